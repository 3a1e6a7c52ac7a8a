"""Audio at the edges: decode any file to float32 samples, and beep or silence spans in a copy.

Everything streams through PyAV a few frames at a time, so memory is the output array
(`load`), one chunk (`iter_chunks`) or a few frames (`redact_audio`), whatever the file's
length. Problems come out as `AudioError` with a message a user can act on.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from math import floor, gcd
from pathlib import Path
from typing import Iterable, Iterator

import av
import numpy as np

from piikit.errors import AudioError, ParamError
from piikit.progress import Progress, no_progress

MIN_DURATION_S = 0.16
MAX_UPLOAD_BYTES = 2_200_000_000
MAX_REDACT_BYTES = 1_000_000_000
BEEP_HZ = 1000.0
BEEP_LEVEL = 0.2
FADE_S = 0.005
MP3_BITRATE = 128_000
MP3_QUALITY = 7  # LAME -q: 7 is "fast, ok quality", twice the speed of the default for speech
MP3_RATES = (8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000)

AUDIO_SUFFIXES = frozenset({
    ".wav", ".wave", ".mp3", ".flac", ".ogg", ".oga", ".opus", ".m4a", ".aac", ".mp4", ".m4v",
    ".mov", ".mkv", ".webm", ".wma", ".amr", ".aif", ".aiff", ".3gp", ".caf",
})
"""File suffixes of audio and video: what a batch's folder or glob input picks up, and what
`piikit redact` refuses as a transcript's name."""
TOO_SHORT = "Audio duration is too short."
NOT_AUDIO = "File does not appear to contain audio."
_TRUNCATED = "The audio file appears to be truncated or corrupt: it has a header but no audio could be decoded."
_MOV_FAMILY = "mov"  # demuxer name prefix whose stream durations are exact (edit lists)
_PREALLOC_MAX_S = 4 * 3600  # trust a header's duration this far when sizing the output
_SEEK_MIN_S = 2.0  # below this start offset, decoding from the top is as cheap as seeking
_SEEK_EXACT = {"wav", "w64", "aiff", "flac", "ogg", "mov", "matroska"}  # seeking gives exact timestamps
# (mp3 and raw AAC seek by byte-rate estimates: decode those from the top, it is fast)
_SEEK_LEAD_S = 1.0  # seek this far before the start: decoders (mp3 bit reservoir) and the resampler settle

# (magic bytes, offset, what the file is) for containers we can read: a failure to open
# one of these means damage, not "not audio".
_AUDIO_MAGIC = [
    (b"RIFF", 0, "WAV"), (b"RF64", 0, "WAV"), (b"ID3", 0, "MP3"), (b"fLaC", 0, "FLAC"),
    (b"OggS", 0, "Ogg"), (b"ftyp", 4, "MP4/M4A/MOV"), (b"moov", 4, "MP4/M4A/MOV"),
    (b"mdat", 4, "MP4/M4A/MOV"), (b"\x1a\x45\xdf\xa3", 0, "Matroska/WebM"),
]
_OTHER_MAGIC = [
    (b"%PDF", "application/pdf (PDF document)"), (b"\x89PNG", "image/png (PNG image data)"),
    (b"\xff\xd8\xff", "image/jpeg (JPEG image data)"), (b"GIF8", "image/gif (GIF image data)"),
    (b"PK\x03\x04", "application/zip (Zip archive data)"),
]


@dataclass(frozen=True)
class AudioInfo:
    """What a file holds, from its headers: enough to plan decoding and show the user."""

    path: Path
    size_bytes: int
    duration_s: float
    sample_rate: int
    channels: int
    codec: str
    container: str


def wav_cut_short(path: str | Path) -> tuple[float, float] | None:
    """(seconds the RIFF header promises, seconds present) when a WAV file ends before its data
    chunk does, as a copy or upload cut off midway leaves it; None otherwise. FFmpeg sizes such
    a file by its bytes and would decode the stump without a word."""
    p = Path(path)
    with open(p, "rb") as f:
        head = f.read(4096)
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None
    pos, rate_bytes = 12, None
    while pos + 8 <= len(head):
        cid, size = head[pos:pos + 4], int.from_bytes(head[pos + 4:pos + 8], "little")
        if cid == b"fmt " and pos + 20 <= len(head):
            rate_bytes = int.from_bytes(head[pos + 16:pos + 20], "little")  # byte rate
        if cid == b"data":
            present = p.stat().st_size - (pos + 8)
            if not rate_bytes or size in (0, 0xFFFFFFFF) or present >= size:
                return None  # a streamed WAV leaves the size open: nothing promised
            return size / rate_bytes, present / rate_bytes
        pos += 8 + size + (size & 1)
    return None


def probe(path: str | Path) -> AudioInfo:
    """Describe the first audio stream of `path` from its headers (decodes only if they lack a duration)."""
    p, size = _check_file(path)
    with _opened(p) as (container, stream):
        duration = _header_duration(container, stream)
        if duration is None:
            duration = sum(f.samples for f in _frames(container, stream)) / stream.rate
        return AudioInfo(p, size, duration, stream.rate, stream.codec_context.channels,
                         stream.codec_context.name, container.format.name)


def load(path: str | Path, *, sample_rate: int = 16000, mono: bool = True,
         start_ms: float | None = None, end_ms: float | None = None) -> np.ndarray:
    """Decode `path` to float32 at `sample_rate`: (n,) mono (mean of channels) or (channels, n).

    `start_ms`/`end_ms` keep only that part (the API's audio_start_from/audio_end_at).
    Memory is the returned array: the file is decoded and resampled frame by frame.
    """
    p, _ = _check_file(path)
    with _opened(p) as (container, stream):
        expected = _expected_samples(container, stream, sample_rate, start_ms, end_ms)
        out = _Growing(min(expected + sample_rate // 10, _PREALLOC_MAX_S * sample_rate))
        for block in _blocks(container, stream, sample_rate, mono, start_ms, end_ms):
            out.append(block)
    if out.n < MIN_DURATION_S * sample_rate:
        raise AudioError(TOO_SHORT)
    return out.result()


def iter_chunks(path: str | Path, *, sample_rate: int = 16000, mono: bool = True,
                chunk_s: float = 30.0) -> Iterator[np.ndarray]:
    """Yield `load`'s samples as consecutive chunks of `chunk_s` seconds (the last may be shorter).

    Memory stays at about one chunk however long the file is.
    """
    if chunk_s <= 0:
        raise ValueError("chunk_s must be positive")
    p, _ = _check_file(path)
    size = max(1, int(round(chunk_s * sample_rate)))
    with _opened(p) as (container, stream):
        pending: list[np.ndarray] = []
        have = total = 0
        for block in _blocks(container, stream, sample_rate, mono, None, None):
            pending.append(block)
            have += block.shape[-1]
            while have >= size:
                joined = np.concatenate(pending, axis=-1)
                total += size
                yield joined[..., :size]
                pending, have = [joined[..., size:]], have - size
        if total + have < MIN_DURATION_S * sample_rate:
            raise AudioError(TOO_SHORT)
        if have:
            yield np.concatenate(pending, axis=-1)


def _new_part_file(dst: Path) -> Path:
    """A fresh hidden file next to `dst`, created with the user's umask as `dst` would be (not 0600)."""
    while True:
        tmp = dst.parent / f".{dst.name}.{os.urandom(6).hex()}.part"
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return tmp
        except FileExistsError:
            continue


def redact_audio(src: str | Path, dst: str | Path, spans_ms: Iterable[tuple[float, float]], *,
                 method: str = "beep", fmt: str = "mp3", padding_ms: float = 150,
                 padding_after_ms: float | None = None, progress: Progress | None = None) -> Path:
    """Write a copy of `src` to `dst` with every span (ms, widened by `padding_ms` before and
    `padding_after_ms` after, default the same) beeped or silenced.

    The copy keeps the original sample rate and channel layout. A span is replaced by a
    1 kHz tone at 0.2 of full scale (`method="beep"`) or by zeros (`"silence"`); its first
    and last 5 ms cross-fade from the original so there is no click. Samples outside the
    spans are untouched: bit-exact in wav (same PCM format as a PCM source, else 16-bit).
    mp3 is 128 kbps at the original rate (or the nearest rate mp3 has). Streams frame by
    frame, writes a temporary file beside `dst` and renames it into place.
    """
    if method not in ("beep", "silence"):
        raise ParamError(f"Unknown audio redaction method {method!r}: use 'beep' or 'silence'.", "method")
    if fmt not in ("mp3", "wav"):
        raise ParamError(f"Unknown redacted audio format {fmt!r}: use 'mp3' or 'wav'.",
                         "redact_pii_audio_quality")
    after = padding_ms if padding_after_ms is None else padding_after_ms
    for name, value in (("padding_ms", padding_ms), ("padding_after_ms", after)):
        if value < 0:
            raise ParamError(f"{name} must be zero or more.", name)
    progress = progress or no_progress
    p, size = _check_file(src)
    if size >= MAX_REDACT_BYTES:
        raise AudioError(f"Redacted audio is only available for files smaller than 1 GB; "
                         f"this file is {size / 1e9:.2f} GB.")
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = _new_part_file(dst)
    try:
        with _opened(p) as (container, stream):
            rate = stream.rate
            spans = _merge_spans(spans_ms, padding_ms, after, rate)
            total = _expected_samples(container, stream, rate, None, None) or 1
            with av.open(str(tmp), "w", format=fmt, options={"rf64": "auto"} if fmt == "wav" else None) as out:
                writer = _Writer(out, fmt, stream.codec_context.name)
                limit = _declared_samples(container, stream)
                pos = 0
                shown = 0.0
                for frame in _frames(container, stream):
                    n = frame.samples if limit is None else min(frame.samples, limit - pos)
                    if n <= 0:
                        break
                    writer.write(_redact_frame(frame, pos, n, spans, method))
                    pos += n
                    if pos / total - shown >= 0.01:
                        shown = min(pos / total, 1.0)
                        progress(shown, "redacting audio")
                if pos == 0:
                    raise AudioError(_TRUNCATED)
                writer.close()
        os.replace(tmp, dst)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    progress(1.0, "redacting audio")
    return dst


# --- opening and checking -------------------------------------------------------------

def _check_file(path: str | Path) -> tuple[Path, int]:
    """The path and its size, or an AudioError for a missing, empty or oversized file."""
    p = Path(path)
    if not p.exists():
        raise AudioError(f"Audio file not found: {p}")
    if not p.is_file():
        raise AudioError(f"Not a file: {p}")
    size = p.stat().st_size
    if size == 0:
        raise AudioError(f"{NOT_AUDIO} The file is empty (0 bytes).")
    if size > MAX_UPLOAD_BYTES:
        raise AudioError(f"File is too large ({size / 1e9:.2f} GB): the upload limit is 2.2 GB.")
    return p, size


@contextmanager
def _opened(p: Path) -> Iterator[tuple[av.container.InputContainer, av.audio.stream.AudioStream]]:
    """The opened container and its first audio stream; PyAV errors become AudioError."""
    try:
        container = av.open(str(p), metadata_errors="ignore")
    except av.error.FFmpegError:
        raise AudioError(_unreadable_message(p)) from None
    try:
        if not container.streams.audio:
            what = "a video stream but no audio stream" if container.streams.video else "no audio stream"
            raise AudioError(f"{NOT_AUDIO} The file ({container.format.name}) has {what}.")
        stream = container.streams.audio[0]
        if not stream.codec_context.name or not stream.rate:
            raise AudioError(f"{NOT_AUDIO} Its audio stream uses a codec piikit cannot decode.")
        try:
            yield container, stream
        except av.error.FFmpegError as e:
            raise AudioError(f"Could not process the audio: {e.strerror or e}.") from None
    finally:
        container.close()


def _sniff(p: Path) -> bytes:
    with p.open("rb") as f:
        return f.read(4096)


def _unreadable_message(p: Path) -> str:
    """Why FFmpeg could not open the file: a damaged audio container, or not audio at all."""
    head = _sniff(p)
    for magic, offset, kind in _AUDIO_MAGIC:
        if head[offset:offset + len(magic)] == magic:
            return f"The {kind} file appears to be truncated or corrupt: it could not be read."
    return f"{NOT_AUDIO} File type is {_file_type(head)}."


def _file_type(head: bytes) -> str:
    """A libmagic-style description (as AssemblyAI reports it) of a file that is not audio."""
    for magic, kind in _OTHER_MAGIC:
        if head.startswith(magic):
            return kind
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and all(c.isprintable() or c in "\r\n\t\f" for c in text):
        return "text/plain (ASCII text)" if text.isascii() else "text/plain (UTF-8 Unicode text)"
    return "application/octet-stream (data)"


def _header_duration(container: av.container.InputContainer, stream: av.audio.stream.AudioStream) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return None


def _declared_samples(container: av.container.InputContainer, stream: av.audio.stream.AudioStream) -> int | None:
    """The exact sample count MP4/MOV headers promise (decoders overshoot by the AAC padding)."""
    if not container.format.name.startswith(_MOV_FAMILY) or stream.duration is None:
        return None
    return int(round(stream.duration * stream.time_base * stream.rate))


def _expected_samples(container: av.container.InputContainer, stream: av.audio.stream.AudioStream,
                      rate: int, start_ms: float | None, end_ms: float | None) -> int:
    """About how many samples decoding will give (0 if unknown): sizes the output buffer."""
    duration = _header_duration(container, stream) or 0.0
    if end_ms is not None:
        duration = min(duration, end_ms / 1000)
    duration -= (start_ms or 0) / 1000
    return max(0, int(duration * rate))


# --- decoding -------------------------------------------------------------------------

def _frames(container: av.container.InputContainer, stream: av.audio.stream.AudioStream) -> Iterator[av.AudioFrame]:
    """Decoded frames of `stream` in order: a corrupt packet is skipped, a cut-off file just ends."""
    try:
        for packet in container.demux(stream):
            try:
                frames = packet.decode()
            except av.error.InvalidDataError:
                continue
            yield from frames
    except (av.error.InvalidDataError, av.error.EOFError):
        return


def _blocks(container: av.container.InputContainer, stream: av.audio.stream.AudioStream, rate: int,
            mono: bool, start_ms: float | None, end_ms: float | None) -> Iterator[np.ndarray]:
    """float32 blocks at `rate`, (n,) mono or (channels, n), covering [start_ms, end_ms)."""
    start = _ms_to_sample(start_ms or 0, rate)
    declared = _declared_samples(container, stream)
    ends = [_ms_to_sample(end_ms, rate)] if end_ms is not None else []
    ends += [int(round(declared * rate / stream.rate))] if declared is not None else []
    end = min(ends, default=None)
    pos = _seek(container, stream, start_ms)  # output index of the next sample; None: from the first frame
    seeked = pos is None
    resampler = _Resampler(rate)
    decoded = False
    drop = 0  # source samples still to discard so that resampling restarts on the output grid
    for frame in _frames(container, stream):
        decoded = True
        if pos is None:
            pos, drop = _grid_start(frame, stream, rate)
        if drop:
            frame, drop = _drop(frame, drop)
            if frame is None:
                continue
        for out in resampler.push(frame):
            yield from _trim(out, pos, start, end, mono)
            pos += out.samples
        if end is not None and pos >= end:
            return
    if not decoded and not seeked:
        raise AudioError(_TRUNCATED)
    for out in resampler.flush():
        yield from _trim(out, pos, start, end, mono)
        pos += out.samples


def _trim(frame: av.AudioFrame, pos: int, start: int, end: int | None, mono: bool) -> Iterator[np.ndarray]:
    """The part of a resampled `frame` (first sample at output index `pos`) inside [start, end),
    as (channels, n), or as (n,) averaged over the channels straight from the frame's planes."""
    n = frame.samples
    lo, hi = max(0, start - pos), n if end is None else min(n, end - pos)
    if hi <= lo:
        return
    if not mono:
        yield frame.to_ndarray()[:, lo:hi]
        return
    planes = [np.frombuffer(plane, np.float32, n)[lo:hi] for plane in frame.planes]
    if len(planes) == 1:
        yield planes[0]
        return
    mean = planes[0] + planes[1]
    for plane in planes[2:]:
        mean += plane
    mean /= np.float32(len(planes))
    yield mean


def _seek(container: av.container.InputContainer, stream: av.audio.stream.AudioStream,
          start_ms: float | None) -> int | None:
    """Seek to a little before `start_ms` when that saves decoding. Returns 0 when decoding
    from the top, None after a seek (the first frame's timestamp then says where we are)."""
    seekable = any(name in _SEEK_EXACT for name in container.format.name.split(","))
    if not start_ms or start_ms / 1000 < _SEEK_MIN_S or stream.time_base is None or not seekable:
        return 0
    origin = float(stream.start_time * stream.time_base) if stream.start_time is not None else 0.0
    target = origin + start_ms / 1000 - _SEEK_LEAD_S
    try:
        container.seek(int(target / stream.time_base), stream=stream, backward=True)
    except av.error.FFmpegError:
        container.seek(0, stream=stream, backward=True)
        return 0
    return None


def _grid_start(frame: av.AudioFrame, stream: av.audio.stream.AudioStream, rate: int) -> tuple[int, int]:
    """Where to restart resampling after a seek: the first source sample that falls exactly on
    an output sample, so the samples match a decode from the top. Returns (output index, samples to drop)."""
    src = frame.sample_rate
    first = int(round(_frame_time(frame, stream) * src))
    step = src // gcd(src, rate)
    aligned = -(-first // step) * step
    return aligned * rate // src, aligned - first


def _drop(frame: av.AudioFrame, k: int) -> tuple[av.AudioFrame | None, int]:
    """`frame` without its first `k` samples (None if that is all of it), and what is left to drop."""
    if k >= frame.samples:
        return None, k - frame.samples
    arr = frame.to_ndarray()
    arr = arr[:, k:] if frame.format.is_planar else arr[:, k * frame.layout.nb_channels:]
    out = av.AudioFrame.from_ndarray(np.ascontiguousarray(arr), format=frame.format.name, layout=frame.layout.name)
    out.sample_rate = frame.sample_rate
    return out, 0


def _frame_time(frame: av.AudioFrame, stream: av.audio.stream.AudioStream) -> float:
    """Seconds from the start of the stream to the frame's first sample."""
    if frame.pts is None or frame.time_base is None:
        raise AudioError("Cannot seek in this file: its frames carry no timestamps. Omit audio_start_from.")
    origin = stream.start_time * stream.time_base if stream.start_time is not None else 0
    return float(frame.pts * frame.time_base - origin)


def _ms_to_sample(ms: float, rate: int) -> int:
    return int(floor(ms * rate / 1000))


class _Resampler:
    """av.AudioResampler to planar float at `rate`, rebuilt if the stream changes mid-way."""

    def __init__(self, rate: int):
        self.rate = rate
        self.inner: av.AudioResampler | None = None
        self.key: tuple | None = None

    def push(self, frame: av.AudioFrame) -> Iterator[av.AudioFrame]:
        key = (frame.format.name, frame.layout.name, frame.sample_rate)
        if key != self.key:
            yield from self.flush()
            self.inner, self.key = av.AudioResampler(format="fltp", rate=self.rate), key
        yield from self.inner.resample(frame)

    def flush(self) -> Iterator[av.AudioFrame]:
        if self.inner is not None:
            yield from self.inner.resample(None)


class _Growing:
    """The output array: preallocated to the expected length (channels from the first block),
    grown by half when it must be and shrunk in place at the end, so decoding never holds a
    second full-length copy."""

    def __init__(self, capacity: int):
        self.capacity = max(capacity, 1)
        self.buf: np.ndarray | None = None
        self.n = 0

    def append(self, block: np.ndarray) -> None:
        if self.buf is None:
            self.buf = np.empty(block.shape[:-1] + (self.capacity,), np.float32)
        elif block.shape[:-1] != self.buf.shape[:-1]:
            raise AudioError("The number of audio channels changes mid-file; decode it as mono.")
        need = self.n + block.shape[-1]
        if need > self.buf.shape[-1]:
            grown = np.empty(self.buf.shape[:-1] + (max(need, self.buf.shape[-1] * 3 // 2),), np.float32)
            grown[..., :self.n] = self.buf[..., :self.n]
            self.buf = grown
        self.buf[..., self.n:need] = block
        self.n = need

    def result(self) -> np.ndarray:
        """The samples so far (call once, at the end)."""
        assert self.buf is not None
        if self.n == self.buf.shape[-1]:
            return self.buf
        if self.buf.ndim == 1:
            self.buf.resize(self.n, refcheck=False)
            return self.buf
        return self.buf[:, :self.n].copy()


# --- redaction ------------------------------------------------------------------------

def _merge_spans(spans_ms: Iterable[tuple[float, float]], before_ms: float, after_ms: float,
                 rate: int) -> list[tuple[int, int]]:
    """Padded spans as sorted, merged [start, end) sample ranges."""
    ranges = sorted((max(0, _ms_to_sample(s - before_ms, rate)), _ms_to_sample(e + after_ms, rate))
                    for s, e in spans_ms)
    merged: list[tuple[int, int]] = []
    for s, e in ranges:
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _redact_frame(frame: av.AudioFrame, pos: int, n: int, spans: list[tuple[int, int]], method: str) -> av.AudioFrame:
    """`frame` (first `n` samples, at sample index `pos`) with the spans it overlaps replaced."""
    hits = _overlapping(spans, pos, pos + n)
    if not hits and n == frame.samples:
        return frame
    planar = frame.format.is_planar
    arr = frame.to_ndarray()
    arr = arr[:, :n] if planar else arr.reshape(-1, frame.layout.nb_channels)[:n]
    if hits:
        arr = arr.copy()
        view = arr.T if planar else arr  # (n, channels) either way
        for s, e in hits:
            a, b = max(s, pos), min(e, pos + n)
            view[a - pos:b - pos] = _replace(view[a - pos:b - pos], np.arange(a, b), s, e, frame.sample_rate, method)
    data = arr if planar else arr.reshape(1, -1)
    out = av.AudioFrame.from_ndarray(np.ascontiguousarray(data), format=frame.format.name, layout=frame.layout.name)
    out.sample_rate = frame.sample_rate
    return out


def _overlapping(spans: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """The spans that overlap samples [a, b)."""
    i = max(bisect_right(spans, (a, a)) - 1, 0)
    hits = []
    while i < len(spans) and spans[i][0] < b:
        if spans[i][1] > a:
            hits.append(spans[i])
        i += 1
    return hits


_SCALES = {"i2": (32768.0, 0.0), "i4": (2147483648.0, 0.0), "u1": (128.0, 128.0)}  # dtype -> (full scale, zero)


def _replace(x: np.ndarray, idx: np.ndarray, s: int, e: int, rate: int, method: str) -> np.ndarray:
    """Samples `x` (indices `idx` of span [s, e)) cross-faded into the beep or silence, same dtype."""
    scale, offset = _SCALES.get(x.dtype.str[1:], (1.0, 0.0))
    fade = max(1, min(int(FADE_S * rate), (e - s) // 2))
    r = np.minimum(idx - s, e - 1 - idx)
    w = np.where(r < fade, 0.5 - 0.5 * np.cos(np.pi * (r + 0.5) / fade), 1.0)[:, None]
    y = (x.astype(np.float64) - offset) / scale * (1.0 - w)
    if method == "beep":
        y += w * (BEEP_LEVEL * np.sin(2 * np.pi * BEEP_HZ * (idx - s) / rate))[:, None]
    if x.dtype.kind == "f":
        return y.astype(x.dtype)
    info = np.iinfo(x.dtype)
    return np.clip(np.rint(y * scale + offset), info.min, info.max).astype(x.dtype)


class _Writer:
    """Encodes frames into `out`: mp3, or wav that keeps the source's samples bit for bit
    (its own PCM format, or the decoder's integer format; decoded floats become 16-bit)."""

    _PCM = {"s16": "pcm_s16le", "s32": "pcm_s32le", "u8": "pcm_u8", "flt": "pcm_f32le", "dbl": "pcm_f64le"}

    def __init__(self, out: av.container.OutputContainer, fmt: str, source_codec: str):
        self.out, self.fmt, self.source_codec = out, fmt, source_codec
        self.stream: av.audio.stream.AudioStream | None = None
        self.pts = 0

    def _open(self, frame: av.AudioFrame) -> av.audio.stream.AudioStream:
        layout = frame.layout
        if self.fmt == "mp3":
            rate = min(MP3_RATES, key=lambda r: abs(r - frame.sample_rate))
            stream = self.out.add_stream("libmp3lame", rate=rate, layout="mono" if layout.nb_channels == 1 else "stereo")
            stream.bit_rate = MP3_BITRATE
            stream.codec_context.options = {"compression_level": str(MP3_QUALITY)}
            return stream
        packed = frame.format.packed.name
        pcm_source = self.source_codec.startswith("pcm_")
        if packed in ("flt", "dbl") and not pcm_source:
            packed = "s16"
        codec = "pcm_s24le" if self.source_codec.startswith("pcm_s24") else self._PCM[packed]
        stream = self.out.add_stream(codec, rate=frame.sample_rate, layout=layout.name)
        stream.codec_context.format = packed
        return stream

    def write(self, frame: av.AudioFrame) -> None:
        if self.stream is None:
            self.stream = self._open(frame)
        frame.pts = self.pts
        frame.time_base = Fraction(1, frame.sample_rate)
        self.pts += frame.samples
        self.out.mux(self.stream.encode(frame))

    def close(self) -> None:
        if self.stream is not None:
            self.out.mux(self.stream.encode(None))
