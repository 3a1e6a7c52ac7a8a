"""Audio decode and redaction speed and memory: piikit.audio against whole-file baselines, same run.

On generated 44.1 kHz stereo wav files (10 and 60 minutes by default) each task runs in a
fresh process, so its peak RSS is its own:
  decode  piikit.audio.load -> 16 kHz mono, streamed     vs  faster_whisper.decode_audio
          (the usual way: every frame collected, then one concatenation)
  redact  piikit.audio.redact_audio to wav and to mp3     vs  decode the whole file into numpy,
          (a 600 ms span every 10 s, beep)                    overwrite the spans, encode it whole
Prints wall and CPU seconds, x real time (per CPU second: the cores are shared), peak RSS, and
naive/piikit ratios. Goals (issue 2, 2 cores):
audio redaction >= 100x real time, memory flat in the file's length.
Usage: python benchmarks/bench_audio.py [--minutes 10 60] [--rate 44100] [--channels 2]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from make_audio_fixtures import tones, write_audio  # noqa: E402

NAIVE_MP3_MAX_MIN = 10  # the naive mp3 encode is LAME-bound like ours: measured on short files only


def spans_for(seconds: float) -> list[tuple[int, int]]:
    """A 600 ms redaction every 10 s, like a call dense with PII."""
    return [(s, s + 600) for s in range(2000, int(seconds * 1000) - 1000, 10_000)]


def naive_redact(src: str, dst: str, fmt: str) -> None:
    """Decode everything into one array, beep the spans, encode it as one frame."""
    import av

    from piikit.audio import MP3_BITRATE, MP3_QUALITY

    with av.open(src) as c:
        stream = c.streams.audio[0]
        frames = [f.to_ndarray() for f in c.decode(stream)]
        sample_fmt = stream.codec_context.format.name
        rate, channels = stream.rate, stream.codec_context.channels
    layout = "mono" if channels == 1 else "stereo"
    pcm = np.concatenate(frames, axis=1).reshape(-1, channels)  # packed s16 -> (n, channels)
    t = np.arange(pcm.shape[0]) / rate
    for s, e in spans_for(pcm.shape[0] / rate):
        a, b = (s - 150) * rate // 1000, (e + 150) * rate // 1000
        pcm[a:b] = (0.2 * 32767 * np.sin(2 * np.pi * 1000 * t[a:b]))[:, None].astype(np.int16)
    with av.open(dst, "w", format=fmt) as out:
        if fmt == "wav":
            ostream = out.add_stream("pcm_s16le", rate=rate, layout=layout)
        else:  # the same encoder settings as piikit's
            ostream = out.add_stream("libmp3lame", rate=rate, layout=layout)
            ostream.bit_rate = MP3_BITRATE
            ostream.codec_context.options = {"compression_level": str(MP3_QUALITY)}
        frame = av.AudioFrame.from_ndarray(pcm.reshape(1, -1), format=sample_fmt, layout=layout)
        frame.sample_rate = rate
        out.mux(ostream.encode(frame))
        out.mux(ostream.encode(None))


def rss_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process; unlike ru_maxrss, not inherited across exec."""
    with open("/proc/self/status") as f:
        return int(next(line for line in f if line.startswith(field)).split()[1]) / 1024


def child(task: str, src: str, dst: str) -> None:
    """Run one task in this fresh process and print its time and memory as JSON.

    +MB is the peak RSS of the process minus its RSS just before the task (after imports).
    """
    from piikit import audio

    if task == "decode_naive":
        from faster_whisper.audio import decode_audio
    seconds = audio.probe(src).duration_s
    base = rss_mb("VmRSS")
    t, cpu = time.perf_counter(), time.process_time()
    if task == "decode":
        audio.load(src)
    elif task == "decode_naive":
        decode_audio(src, sampling_rate=16000)
    elif task.startswith("redact_naive_"):
        naive_redact(src, dst, task.rsplit("_", 1)[1])
    else:
        audio.redact_audio(src, dst, spans_for(seconds), fmt=task.rsplit("_", 1)[1])
    wall, cpu = time.perf_counter() - t, time.process_time() - cpu
    peak = rss_mb("VmHWM")
    print(json.dumps({"wall_s": wall, "cpu_s": cpu, "audio_s": seconds, "base_mb": base, "peak_mb": peak}))


def measure(task: str, src: Path, tmp: Path) -> dict:
    ext = "mp3" if task.endswith("mp3") else "wav"
    proc = subprocess.run([sys.executable, __file__, "--child", task, str(src), str(tmp / f"out.{ext}")],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


PAIRS = [("decode", "decode_naive"), ("redact_wav", "redact_naive_wav"), ("redact_mp3", "redact_naive_mp3")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, nargs="+", default=[10, 60])
    ap.add_argument("--rate", type=int, default=44100, help="sample rate of the generated files")
    ap.add_argument("--channels", type=int, default=2, choices=[1, 2])
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    print(f"{'':18}{'--------- piikit (streamed) ---------':>38}   {'------- naive (whole file) ----------':>38}")
    print(f"{'file':>5} {'task':<11} " + f"{'wall s':>7} {'CPU s':>7} {'x RT':>6} {'peak MB':>8} {'+MB':>6}   " * 2
          + f"{'speed x':>7} {'mem x':>6}")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for minutes in args.minutes:
            src = write_audio(tmp / f"{minutes:g}min.wav", minutes * 60, rate=args.rate, channels=args.channels,
                              signal=tones(220, 0.4), chunk_s=30.0)
            for ours, naive in PAIRS:
                a = measure(ours, src, tmp)
                b = measure(naive, src, tmp) if ours != "redact_mp3" or minutes <= NAIVE_MP3_MAX_MIN else None
                row = f"{minutes:>4g}m {ours:<11} " + cells(a)
                if b:
                    row += cells(b) + (f"{b['cpu_s'] / a['cpu_s']:>7.2f} "
                                       f"{(b['peak_mb'] - b['base_mb']) / max(a['peak_mb'] - a['base_mb'], 1):>6.1f}")
                else:
                    row += f"{'-':>7} {'-':>7} {'-':>6} {'-':>8} {'-':>6}   {'-':>7} {'-':>6}"
                print(row, flush=True)
            src.unlink()
    print("x RT = seconds of audio per CPU second (wall time depends on who else shares the cores);")
    print("+MB = peak RSS growth during the task; speed x / mem x = naive / piikit (CPU s, +MB).")
    print("Goal: redaction >= 100x real time, flat memory.")


def cells(r: dict) -> str:
    return (f"{r['wall_s']:>7.2f} {r['cpu_s']:>7.2f} {r['audio_s'] / r['cpu_s']:>6.0f} "
            f"{r['peak_mb']:>8.0f} {r['peak_mb'] - r['base_mb']:>6.0f}   ")


if __name__ == "__main__":
    main()
