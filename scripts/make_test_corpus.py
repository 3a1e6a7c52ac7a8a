"""Make a batch test corpus from the bundled sample: many short clips, some broken on purpose.

Clips are cut at seeded random offsets from data/sample/call.wav and encoded in varied
formats, sample rates and channel counts (wav, flac, mp3, ogg/vorbis, opus, m4a, mp4), in a
few subfolders. A share of the files (default 5%) are corrupt or empty: zero bytes, a text
file named .mp3, random bytes named .wav, a WAV header with no samples, a clip shorter than
the 160 ms minimum. `corpus.csv` beside them lists every file with its kind and whether it
must fail, so tests can check that exactly the broken files fail.

Usage: python scripts/make_test_corpus.py OUTDIR [--files 200] [--broken 0.05]
           [--min-s 1] [--max-s 3] [--seed 0] [--source data/sample/call.wav]
Deterministic for a given seed (and PyAV build).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample" / "call.wav"
sys.path.insert(0, str(ROOT / "scripts"))
from make_audio_fixtures import write_audio  # noqa: E402  (one encoder for all test audio)

# (FORMATS kind of make_audio_fixtures, suffix, sample rate, channels)
GOOD = [
    ("wav", "wav", 16000, 1), ("wav", "wav", 8000, 1), ("wav", "wav", 44100, 2),
    ("flac", "flac", 16000, 1), ("flac", "flac", 48000, 2), ("mp3", "mp3", 16000, 1),
    ("mp3", "mp3", 44100, 2), ("ogg", "ogg", 22050, 2), ("opus", "opus", 48000, 1),
    ("m4a", "m4a", 16000, 1), ("mp4", "mp4", 44100, 2),
]
BROKEN = ["empty", "text", "random", "header_only", "too_short"]
FOLDERS = ["", "north", "south/2024"]


def clip_signal(source: np.ndarray, source_rate: int, offset_s: float):
    """A `make_audio_fixtures` signal playing `source` from `offset_s` (same on every channel)."""

    def signal(t: np.ndarray, channels: int) -> np.ndarray:
        x = np.interp((offset_s + t) * source_rate, np.arange(len(source)), source)
        return np.repeat(x[None, :], channels, axis=0)

    return signal


def write_broken(path: Path, kind: str, rng: np.random.Generator, signal) -> Path:  # noqa: ANN001
    """One file that must fail, of the given kind."""
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("This is a text file with an audio name.\n" * 20)
    elif kind == "random":
        path.write_bytes(rng.bytes(24_000))
    elif kind == "header_only":
        write_audio(path, 1.0, kind="wav", signal=signal)
        path.write_bytes(path.read_bytes()[:44])
    else:  # too_short: 80 ms of real audio
        write_audio(path, 0.08, kind="wav", signal=signal)
    return path


def make(outdir: Path, files: int = 200, broken: float = 0.05, min_s: float = 1.0,
         max_s: float = 3.0, seed: int = 0, source_path: Path = SAMPLE) -> list[dict]:
    """Write the corpus into `outdir` and return its rows (also written to corpus.csv)."""
    from piikit.audio import load

    source = load(source_path)
    length_s = len(source) / 16000
    rng = np.random.default_rng(seed)
    n_broken = int(round(files * broken))
    broken_at = set(rng.choice(files, size=n_broken, replace=False).tolist())
    rows = []
    for i in range(files):
        folder = outdir / FOLDERS[i % len(FOLDERS)]
        folder.mkdir(parents=True, exist_ok=True)
        seconds = round(float(rng.uniform(min_s, max_s)), 2)
        signal = clip_signal(source, 16000, float(rng.uniform(0, max(0.0, length_s - seconds))))
        if i in broken_at:
            kind = BROKEN[len([b for b in broken_at if b < i]) % len(BROKEN)]
            suffix = {"text": "mp3", "random": "wav"}.get(kind, "wav")
            path = write_broken(folder / f"clip_{i:04d}_{kind}.{suffix}", kind, rng, signal)
            rows.append({"path": path.relative_to(outdir).as_posix(), "kind": kind, "seconds": 0.0,
                         "must_fail": True})
            continue
        fmt, suffix, rate, channels = GOOD[i % len(GOOD)]
        path = write_audio(folder / f"clip_{i:04d}.{suffix}", seconds, kind=fmt, rate=rate,
                           channels=channels, signal=signal)
        rows.append({"path": path.relative_to(outdir).as_posix(), "kind": f"{fmt}/{rate}/{channels}ch",
                     "seconds": seconds, "must_fail": False})
    with open(outdir / "corpus.csv", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--broken", type=float, default=0.05, help="share of corrupt or empty files")
    ap.add_argument("--min-s", type=float, default=1.0)
    ap.add_argument("--max-s", type=float, default=3.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--source", type=Path, default=SAMPLE, help="recording to cut clips from")
    a = ap.parse_args(argv)
    a.outdir.mkdir(parents=True, exist_ok=True)
    rows = make(a.outdir, a.files, a.broken, a.min_s, a.max_s, a.seed, a.source)
    hours = sum(r["seconds"] for r in rows) / 3600
    print(f"{len(rows)} files ({sum(r['must_fail'] for r in rows)} broken), {hours:.3f} h -> {a.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
