"""Make a batch test corpus from the bundled sample: many short clips, some broken on purpose.

Each clip is 1 to --max-turns consecutive turns of data/sample/call.wav (cut in the pauses
between turns, as data/sample/call.script.json times them; 3.5 s to ~15 s with the default
3), picked at seeded random, and encoded in varied formats, sample rates and channel counts
(wav, flac, mp3, ogg/vorbis, opus, m4a, mp4), in a few subfolders. Whole turns, not cuts at
random offsets: Whisper decodes a word cut in half by sampling at a raised temperature,
which differs from run to run, and tests compare runs. A share of the files (default 5%) are corrupt or empty: zero bytes, a text
file named .mp3, random bytes named .wav, a WAV header with no samples, a clip shorter than
the 160 ms minimum. `corpus.csv` beside them lists every file with its kind and whether it
must fail, so tests can check that exactly the broken files fail.

Usage: python scripts/make_test_corpus.py OUTDIR [--files 200] [--broken 0.05]
           [--max-turns 3] [--seed 0]        (--max-turns 13: the whole 70 s call)
Deterministic for a given seed (and PyAV build).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample" / "call.wav"
SCRIPT = ROOT / "data" / "sample" / "call.script.json"
PAD_MS = 150
"""Silence kept before the first and after the last turn of a clip."""
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


def make(outdir: Path, files: int = 200, broken: float = 0.05, max_turns: int = 3,
         seed: int = 0) -> list[dict]:
    """Write the corpus into `outdir` and return its rows (also written to corpus.csv)."""
    from piikit.audio import load

    source = load(SAMPLE)
    turns = json.loads(SCRIPT.read_text())["turns"]
    rng = np.random.default_rng(seed)
    n_broken = int(round(files * broken))
    broken_at = set(rng.choice(files, size=n_broken, replace=False).tolist())
    rows = []
    for i in range(files):
        folder = outdir / FOLDERS[i % len(FOLDERS)]
        folder.mkdir(parents=True, exist_ok=True)
        k = int(rng.integers(1, max_turns + 1))
        first = int(rng.integers(0, len(turns) - k + 1))
        start_ms = max(0, turns[first]["start_ms"] - PAD_MS)
        end_ms = min(len(source) * 1000 // 16000, turns[first + k - 1]["end_ms"] + PAD_MS)
        seconds = (end_ms - start_ms) / 1000
        signal = clip_signal(source, 16000, start_ms / 1000)
        if i in broken_at:
            kind = BROKEN[len([b for b in broken_at if b < i]) % len(BROKEN)]
            suffix = {"text": "mp3", "random": "wav"}.get(kind, "wav")
            path = write_broken(folder / f"clip_{i:04d}_{kind}.{suffix}", kind, rng, signal)
            rows.append({"path": path.relative_to(outdir).as_posix(), "kind": kind, "seconds": 0.0,
                         "turns": "", "must_fail": True})
            continue
        fmt, suffix, rate, channels = GOOD[i % len(GOOD)]
        path = write_audio(folder / f"clip_{i:04d}.{suffix}", seconds, kind=fmt, rate=rate,
                           channels=channels, signal=signal)
        rows.append({"path": path.relative_to(outdir).as_posix(), "kind": f"{fmt}/{rate}/{channels}ch",
                     "seconds": seconds, "turns": f"{first}-{first + k - 1}", "must_fail": False})
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
    ap.add_argument("--max-turns", type=int, default=3, help="most consecutive turns in one clip")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    a.outdir.mkdir(parents=True, exist_ok=True)
    rows = make(a.outdir, a.files, a.broken, a.max_turns, a.seed)
    hours = sum(r["seconds"] for r in rows) / 3600
    print(f"{len(rows)} files ({sum(r['must_fail'] for r in rows)} broken), {hours:.3f} h -> {a.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
