"""Generate small real audio files (every format piikit reads) for tests and benchmarks.

Files are encoded with PyAV chunk by chunk, so an hour-long file costs no more memory than
a few seconds of one. Usage: `python scripts/make_audio_fixtures.py OUTDIR` writes the set.
"""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path
from typing import Callable

import av
import numpy as np

Signal = Callable[[np.ndarray, int], np.ndarray]
"""signal(t_seconds, channels) -> float array (channels, len(t)) in [-1, 1]."""

# name -> (container format, audio codec, sample format fed to the encoder)
FORMATS: dict[str, tuple[str, str, str]] = {
    "wav": ("wav", "pcm_s16le", "s16"),
    "wav24": ("wav", "pcm_s24le", "s32"),
    "wavf32": ("wav", "pcm_f32le", "flt"),
    "mp3": ("mp3", "libmp3lame", "fltp"),
    "flac": ("flac", "flac", "s16"),
    "ogg": ("ogg", "vorbis", "fltp"),  # FFmpeg's own vorbis encoder: stereo only
    "opus": ("ogg", "libopus", "flt"),
    "m4a": ("ipod", "aac", "fltp"),
    "mp4": ("mp4", "aac", "fltp"),
    "mov": ("mov", "aac", "fltp"),
}


def tones(freq: float = 440.0, amplitude: float = 0.5) -> Signal:
    """A sine per channel: channel c plays `freq * (c + 1)` at `amplitude / (c + 1)`."""

    def signal(t: np.ndarray, channels: int) -> np.ndarray:
        return np.stack([amplitude / (c + 1) * np.sin(2 * np.pi * freq * (c + 1) * t) for c in range(channels)])

    return signal


def left_only(freq: float = 440.0, amplitude: float = 0.5) -> Signal:
    """A sine on channel 0 and silence elsewhere: a mono mix must halve it (stereo)."""

    def signal(t: np.ndarray, channels: int) -> np.ndarray:
        out = np.zeros((channels, len(t)))
        out[0] = amplitude * np.sin(2 * np.pi * freq * t)
        return out

    return signal


def noise(amplitude: float = 0.3, seed: int = 0) -> Signal:
    """Deterministic white noise (per call, seeded by the first sample time)."""

    def signal(t: np.ndarray, channels: int) -> np.ndarray:
        rng = np.random.default_rng(seed + int(round(t[0] * 1000)) if len(t) else seed)
        return amplitude * rng.uniform(-1, 1, size=(channels, len(t)))

    return signal


def write_audio(
    path: str | Path,
    seconds: float,
    *,
    kind: str = "wav",
    rate: int = 16000,
    channels: int = 1,
    signal: Signal | None = None,
    video: bool = False,
    chunk_s: float = 10.0,
) -> Path:
    """Encode `seconds` of `signal` at `rate`/`channels` as `kind` (a FORMATS key); stream it."""
    fmt, codec, sample_fmt = FORMATS[kind]
    signal = signal or tones()
    path = Path(path)
    layout = {1: "mono", 2: "stereo"}.get(channels, f"{channels}c")
    with av.open(str(path), "w", format=fmt) as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        stream.codec_context.format = sample_fmt
        if codec == "vorbis":
            stream.codec_context.options = {"strict": "experimental"}
        vstream = None
        if video:
            vstream = out.add_stream("mpeg4", rate=10)
            vstream.width, vstream.height, vstream.pix_fmt = 32, 32, "yuv420p"
        total = int(round(seconds * rate))
        step = max(1, int(chunk_s * rate))
        for start in range(0, total, step):
            n = min(step, total - start)
            _encode_audio(out, stream, signal, start, n, rate, channels, sample_fmt, layout)
        out.mux(stream.encode(None))
        if vstream is not None:
            _encode_video(out, vstream, seconds)
    return path


def write_video_only(path: str | Path, seconds: float = 1.0) -> Path:
    """An mp4 with a video stream and no audio stream."""
    path = Path(path)
    with av.open(str(path), "w", format="mp4") as out:
        vstream = out.add_stream("mpeg4", rate=10)
        vstream.width, vstream.height, vstream.pix_fmt = 32, 32, "yuv420p"
        _encode_video(out, vstream, seconds)
    return path


def _encode_audio(out, stream, signal: Signal, start: int, n: int, rate: int, channels: int, sample_fmt: str, layout: str) -> None:
    t = (start + np.arange(n)) / rate
    x = np.clip(signal(t, channels), -1.0, 1.0)
    if sample_fmt == "s16":
        data = np.round(x * 32767).astype(np.int16).T.reshape(1, -1)
    elif sample_fmt == "s32":
        data = (np.round(x * 8388607).astype(np.int32) << 8).T.reshape(1, -1)
    elif sample_fmt == "flt":
        data = x.astype(np.float32).T.reshape(1, -1)
    else:  # planar float
        data = np.ascontiguousarray(x.astype(np.float32))
    frame = av.AudioFrame.from_ndarray(data, format=sample_fmt, layout=layout)
    frame.sample_rate = rate
    frame.pts = start
    frame.time_base = Fraction(1, rate)
    out.mux(stream.encode(frame))


def _encode_video(out, vstream, seconds: float) -> None:
    for i in range(max(1, int(seconds * 10))):
        img = np.full((32, 32, 3), (i * 7) % 255, dtype=np.uint8)
        frame = av.VideoFrame.from_ndarray(img, format="rgb24")
        frame.pts = i
        out.mux(vstream.encode(frame))
    out.mux(vstream.encode(None))


def main(outdir: str) -> None:
    """Write one 2-second file per format into `outdir`."""
    root = Path(outdir)
    root.mkdir(parents=True, exist_ok=True)
    for kind in FORMATS:
        ext = {"wav24": "wav", "wavf32": "wav", "opus": "opus"}.get(kind, kind)
        channels = 2 if kind == "ogg" else 1
        print(write_audio(root / f"tone_{kind}.{ext}", 2.0, kind=kind, rate=48000 if kind == "opus" else 16000, channels=channels))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/audio")
