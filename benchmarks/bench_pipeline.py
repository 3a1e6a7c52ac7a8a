"""Per-stage time, real-time factor and peak memory of the engine, end to end.

Runs the engine (every policy, redacted audio) on the bundled sample, on a 10-minute
concatenation of it and, with --hour, on a 1-hour one, each in a fresh process so that
peak memory (VmHWM) is that run's own. Prints each stage's time and RTF, and the
audio redaction speed as a multiple of real time. Goals (2 cores): end-to-end RTF <= 0.15,
audio redaction >= 100x real time, peak memory < 1.5 GB on the 1-hour file.

    .venv/bin/python benchmarks/bench_pipeline.py [--hour]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample" / "call.wav"

CHILD = """
import json, re, sys, time
from piikit.engine import run
from piikit.policies import POLICIES
t = time.perf_counter()
r = run(sys.argv[1], {"redact_pii": True, "redact_pii_policies": list(POLICIES),
                      "redact_pii_audio": True, "redact_pii_audio_quality": "wav"},
        audio_out=sys.argv[2])
wall = time.perf_counter() - t
t = r.transcript
assert t["status"] == "completed", t["error"]
print(json.dumps({"timings": t["piikit_timings"], "wall_s": wall, "duration_s": t["audio_duration"],
                  "words": len(t["words"]),
                  "peak_mb": int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read())[1]) / 1024}))
"""


def concat(minutes: float, dst: Path) -> Path:
    """The sample repeated to `minutes`, written as 16-bit wav."""
    import av

    from piikit import audio

    sr = audio.probe(SAMPLE).sample_rate
    one = audio.load(SAMPLE, sample_rate=sr)
    reps = int(np.ceil(minutes * 60 * sr / len(one)))
    with av.open(str(dst), "w", format="wav") as out:
        stream = out.add_stream("pcm_s16le", rate=sr, layout="mono")
        for _ in range(reps):
            pcm = (np.clip(one, -1, 1) * 32767).astype(np.int16)
            frame = av.AudioFrame.from_ndarray(pcm[None, :], format="s16", layout="mono")
            frame.sample_rate = sr
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return dst


def measure(path: Path, tmp: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path), str(tmp / (path.stem + ".red.wav"))],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hour", action="store_true", help="also run a 1-hour file (about 5-10 min)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        files = [("sample", SAMPLE), ("10 min", concat(10, tmp / "ten.wav"))]
        if args.hour:
            files.append(("60 min", concat(60, tmp / "hour.wav")))
        stages = ["decode_s", "asr_s", "detect_s", "audio_s"]
        print(f"{'file':8} {'audio s':>8} " + " ".join(f"{s[:-2]+' RTF':>11}" for s in stages)
              + f" {'total RTF':>10} {'audio x RT':>11} {'peak MB':>8}")
        for name, path in files:
            m = measure(path, tmp)
            dur = max(m["duration_s"], 1)
            t = m["timings"]
            rtfs = " ".join(f"{t.get(s, 0) / dur:11.4f}" for s in stages)
            speed = dur / max(t.get("audio_s", 1e-9), 1e-9)
            print(f"{name:8} {dur:8d} {rtfs} {t['total_s'] / dur:10.4f} {speed:10.0f}x {m['peak_mb']:8.0f}")
        print("goals: total RTF <= 0.15, audio redaction >= 100x real time, peak < 1500 MB on 60 min")


if __name__ == "__main__":
    main()
