"""Who spoke when, offline and without torch: silero VAD -> short windows -> MFCC statistics
-> clustering -> smoothed turns; and the word -> speaker label join the engine needs.

The pipeline is shared with the optional neural embedder (piikit.diarize_neural): only the
per-window vectors differ, so both are measured and tuned through the same code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

import numpy as np

from piikit.errors import ParamError, PiikitError

SR = 16000
HOP = 160  # 10 ms analysis frames
WIN_FRAMES = 150  # 1.5 s embedding windows ...
STEP_FRAMES = 50  # ... every 0.5 s
MIN_WIN_FRAMES = 40  # speech shorter than 0.4 s is labelled from its neighbours, not embedded
MIN_TURN_MS = 400  # shorter speaker flips are merged into the neighbouring turn
MAX_AUTO_SPEAKERS = 6
AUTO_WINDOWS_PER_SPEAKER = 10
"""Without an upper bound, each speaker the count may add needs ~5 s of speech (10 windows)."""
SPEAKER_GAIN = 0.5
"""Auto count adds a speaker only while that raises the mean log-likelihood of the speech
frames by this many nats or more (see `speaker_gain`). Set on the dev split of
data/dialogues: splits of one voice gain at most 0.44, a real second voice at least 0.61."""
MIN_SPEAKER_FRAMES = 100
"""A speaker with under 1 s of speech (100 frames) is not counted: its Gaussian would be noise."""


@dataclass(frozen=True)
class Turn:
    """One stretch of speech by one speaker; speaker_index counts from 0 in order of appearance."""

    start_ms: int
    end_ms: int
    speaker_index: int


Embedder = Callable[[np.ndarray, np.ndarray, list[tuple[int, int]]], np.ndarray]
"""(samples 16 kHz mono, their `mfcc` frames, windows as (start, end) 10 ms frame indexes)
-> (n_windows, dim) unit vectors, normalised over the file so that clusters are compared by
cosine."""


def diarize(samples_16k_mono: np.ndarray, *, speakers_expected: int | None = None,
            min_speakers: int | None = None, max_speakers: int | None = None,
            method: str = "default") -> list[Turn]:
    """Split speech into speaker turns; the count is given, bounded, or estimated (default 2)."""
    x = _as_mono(samples_16k_mono)
    lo, hi = _bounds(speakers_expected, min_speakers, max_speakers)
    embed = _embedder(method)
    speech = speech_segments(x)
    if not speech:
        return []
    windows = _windows(speech)
    if not windows:  # only speech blips: one speaker, nothing to compare
        return _turns_from_frames(_frame_labels(speech, [], np.zeros(0, int), len(x)))
    feats = mfcc(x)
    vectors = embed(x, feats, windows)
    labels = cluster(vectors, lo, hi, gain=lambda lab: speaker_gain(
        feats, _frame_labels(speech, windows, lab, len(x))))
    frames = _frame_labels(speech, windows, labels, len(x))
    return _turns_from_frames(_smooth(frames, speech))


def assign_speakers(words: Sequence[dict], turns: Sequence[Turn]) -> list[str]:
    """Speaker letter per word: the turn overlapping it most, else the nearest; "A" first."""
    if not turns:
        return ["A"] * len(words)
    starts = np.array([t.start_ms for t in turns])
    ends = np.array([t.end_ms for t in turns])
    names: dict[int, str] = {}
    out = []
    for w in words:
        overlap = np.minimum(ends, w["end"]) - np.maximum(starts, w["start"])
        if overlap.max() > 0:
            i = int(overlap.argmax())
        else:
            i = int(np.maximum(starts - w["end"], w["start"] - ends).argmin())
        idx = turns[i].speaker_index
        if idx not in names:
            names[idx] = _letter(len(names))
        out.append(names[idx])
    return out


def _letter(i: int) -> str:
    """A..Z, then AA, AB...: the API's speaker names."""
    return chr(65 + i) if i < 26 else _letter(i // 26 - 1) + chr(65 + i % 26)


def _as_mono(samples: np.ndarray) -> np.ndarray:
    """float32 mono from whatever came: int PCM, (channels, n) or (n, channels) arrays."""
    x = np.asarray(samples)
    if np.issubdtype(x.dtype, np.integer):
        x = x.astype(np.float32) / float(np.iinfo(x.dtype).max)
    x = x.astype(np.float32, copy=False)
    if x.ndim == 2:
        x = x.mean(axis=0 if x.shape[0] <= x.shape[1] else 1)
    if x.ndim != 1:
        raise PiikitError(f"diarize needs mono or (channels, samples) audio, got shape {x.shape}")
    return np.nan_to_num(x)


def _bounds(expected: int | None, lo: int | None, hi: int | None) -> tuple[int | None, int | None]:
    """(min, max) speakers to try; both equal when the count is given, (None, None) = auto."""
    for name, v in (("speakers_expected", expected), ("min_speakers_expected", lo),
                    ("max_speakers_expected", hi)):
        if v is not None and v < 1:
            raise ParamError(f"{name} must be at least 1", name)
    if expected is not None:
        return expected, expected
    if lo is not None and hi is not None and lo > hi:
        raise ParamError("min_speakers_expected must not exceed max_speakers_expected", "speaker_options")
    return lo, hi


# ---------------------------------------------------------------- speech and windows

def speech_segments(x: np.ndarray) -> list[tuple[int, int]]:
    """Speech as (start, end) 10 ms frame indexes; pauses of 150 ms or more split segments.

    faster-whisper's bundled silero VAD (ONNX); it caches the model once per process.
    """
    if len(x) < 512:
        return []
    from faster_whisper.vad import VadOptions, get_speech_timestamps
    opts = VadOptions(min_silence_duration_ms=150, speech_pad_ms=30, min_speech_duration_ms=150)
    stamps = get_speech_timestamps(x, opts)
    n = len(x) // HOP
    return [(s["start"] // HOP, min(n, -(-s["end"] // HOP))) for s in stamps if s["end"] > s["start"]]


def _windows(speech: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Windows (frame start, end) inside each speech segment; the last one ends with it."""
    wins = []
    for s, e in speech:
        if e - s < MIN_WIN_FRAMES:
            continue
        if e - s <= WIN_FRAMES:
            wins.append((s, e))
            continue
        starts = list(range(s, e - WIN_FRAMES + 1, STEP_FRAMES))
        if starts[-1] + WIN_FRAMES < e:
            starts.append(e - WIN_FRAMES)
        wins += [(a, a + WIN_FRAMES) for a in starts]
    return wins


# ---------------------------------------------------------------- features

def log_mel(x: np.ndarray, n_mels: int = 40, fmin: float = 20.0, fmax: float = 7600.0) -> np.ndarray:
    """Log mel energies, 25 ms frames every 10 ms, (n_frames, n_mels); frame i starts at i*10 ms."""
    n_fft, win = 512, 400
    pad = np.concatenate([x.astype(np.float32, copy=False), np.zeros(win, np.float32)])
    n = len(x) // HOP
    idx = np.arange(win)[None, :] + HOP * np.arange(n)[:, None]
    frames = pad[idx]
    frames = frames - frames.mean(axis=1, keepdims=True)
    frames[:, 1:] -= 0.97 * frames[:, :-1]
    frames *= _povey(win)
    spec = np.fft.rfft(frames, n_fft)
    power = spec.real ** 2 + spec.imag ** 2
    return np.log(power @ _mel_bank(n_mels, n_fft, fmin, fmax) + 1e-6).astype(np.float32)


@lru_cache(maxsize=4)
def _povey(win: int) -> np.ndarray:
    """Kaldi's "povey" window (a Hann window to the power 0.85)."""
    return ((0.5 - 0.5 * np.cos(2 * np.pi * np.arange(win) / (win - 1))) ** 0.85).astype(np.float32)


@lru_cache(maxsize=4)
def _mel_bank(n_mels: int, n_fft: int, fmin: float, fmax: float) -> np.ndarray:
    """Triangular mel filters, (n_fft//2+1, n_mels)."""
    mel = lambda f: 1127.0 * np.log1p(np.asarray(f) / 700.0)  # noqa: E731
    edges = np.linspace(mel(fmin), mel(fmax), n_mels + 2)
    bins = mel(np.arange(n_fft // 2 + 1) * SR / n_fft)
    lo, mid, hi = edges[:-2, None], edges[1:-1, None], edges[2:, None]
    tri = np.maximum(0, np.minimum((bins - lo) / (mid - lo), (hi - bins) / (hi - mid)))
    return tri.T.astype(np.float32)


@lru_cache(maxsize=2)
def _dct(n_in: int, n_out: int) -> np.ndarray:
    """Orthonormal DCT-II matrix, (n_in, n_out): log-mel -> MFCC."""
    k = np.arange(n_out)[None, :]
    m = np.cos(np.pi / n_in * (np.arange(n_in)[:, None] + 0.5) * k) * np.sqrt(2.0 / n_in)
    m[:, 0] /= np.sqrt(2.0)
    return m.astype(np.float32)


def mfcc(x: np.ndarray) -> np.ndarray:
    """MFCC 1-19 per 10 ms frame, (n_frames, 19); c0, the loudness, is left out."""
    return (log_mel(x) @ _dct(40, 20))[:, 1:]


def mfcc_stats(frames: np.ndarray, windows: list[tuple[int, int]]) -> np.ndarray:
    """Per window: mean and standard deviation of its MFCC frames."""
    out = np.empty((len(windows), 2 * frames.shape[1]), np.float32)
    for i, (s, e) in enumerate(windows):
        seg = frames[s:e]
        out[i] = np.concatenate([seg.mean(axis=0), seg.std(axis=0)])
    return out


def mfcc_vectors(frames: np.ndarray, windows: list[tuple[int, int]]) -> np.ndarray:
    """The default embedder: MFCC statistics standardised per dimension over the file."""
    v = mfcc_stats(frames, windows)
    v = (v - v.mean(axis=0)) / (v.std(axis=0) + 1e-6)
    return v / (np.linalg.norm(v, axis=1, keepdims=True) + 1e-9)


def _embedder(method: str) -> Embedder:
    """The window -> vector function for a method ("default" or "neural")."""
    if method == "default":
        return lambda x, frames, windows: mfcc_vectors(frames, windows)
    if method == "neural":
        from piikit.diarize_neural import camplusplus_embeddings
        return lambda x, frames, windows: camplusplus_embeddings(x, windows)
    raise ParamError(f"piikit_diarizer must be one of default, neural (got {method!r})", "piikit_diarizer")


# ---------------------------------------------------------------- clustering

def kmeans(v: np.ndarray, k: int, *, restarts: int = 8, iters: int = 50, seed: int = 0) -> np.ndarray:
    """Labels of the best of several k-means++ runs (lowest inertia); deterministic by seed."""
    rng = np.random.default_rng(seed)
    best, best_cost = np.zeros(len(v), int), np.inf
    for _ in range(restarts):
        centres = v[[rng.integers(len(v))]]
        for _ in range(1, k):
            d = ((v[:, None, :] - centres[None]) ** 2).sum(-1).min(axis=1)
            centres = np.vstack([centres, v[rng.choice(len(v), p=d / d.sum()) if d.sum() > 0 else 0]])
        for _ in range(iters):
            d = ((v[:, None, :] - centres[None]) ** 2).sum(-1)
            labels = d.argmin(axis=1)
            new = np.array([v[labels == j].mean(axis=0) if (labels == j).any() else centres[j]
                            for j in range(k)])
            if np.allclose(new, centres):
                break
            centres = new
        cost = d.min(axis=1).sum()
        if cost < best_cost:
            best, best_cost = labels, cost
    return best


def speaker_gain(feats: np.ndarray, frame_labels: np.ndarray) -> float:
    """Nats per speech frame that one full-covariance Gaussian per speaker gains over one for all.

    It is the mean log-likelihood ratio of the labelled model (half the log-determinant of the
    pooled covariance minus the speakers' ones, weighted by their share of frames), so it does
    not grow with the length of the file, unlike BIC. A second voice has its own vocal tract,
    so its frames move the mean and the shape of the MFCC cloud; a split of one voice only
    cuts its cloud where the words differ. -inf when a speaker has under MIN_SPEAKER_FRAMES.
    """
    labels = frame_labels[: len(feats)]
    f, labels = feats[: len(labels)][labels >= 0], labels[labels >= 0]
    ks, counts = np.unique(labels, return_counts=True)
    if not len(counts) or counts.min() < MIN_SPEAKER_FRAMES:
        return -np.inf
    own = sum(c / len(f) * _logdet_cov(f[labels == k]) for k, c in zip(ks, counts))
    return 0.5 * (_logdet_cov(f) - own)


def _logdet_cov(f: np.ndarray) -> float:
    """log |covariance| of the rows of f, with a small ridge so silence-like frames stay finite."""
    cov = np.cov(f.T.astype(np.float64)) + 1e-6 * np.eye(f.shape[1])
    return float(np.linalg.slogdet(cov)[1])


def cluster(v: np.ndarray, lo: int | None = None, hi: int | None = None, *,
            gain: Callable[[np.ndarray], float]) -> np.ndarray:
    """Cluster index per window (0 = first to speak); count from lo..hi, or estimated.

    Estimated: start from the least count allowed and add one speaker at a time while the
    k-means split with one more raises `gain` (of labels per window) by SPEAKER_GAIN or more.
    """
    n = len(v)
    hi = min(hi or max(2, lo or 1, min(MAX_AUTO_SPEAKERS, n // AUTO_WINDOWS_PER_SPEAKER)), n)
    lo = min(lo or 1, hi)
    if hi <= 1:
        return np.zeros(n, int)
    labels = kmeans(v, lo) if lo > 1 else np.zeros(n, int)
    if lo == hi:
        return _first_seen(labels)
    fit = gain(labels) if lo > 1 else 0.0
    for k in range(lo + 1, hi + 1):
        more = kmeans(v, k)
        more_fit = gain(more)
        if not more_fit - fit >= SPEAKER_GAIN:  # also stops on nan: both splits too small
            break
        labels, fit = more, more_fit
    return _first_seen(labels)


def _first_seen(labels: np.ndarray) -> np.ndarray:
    """Renumber clusters in order of first appearance."""
    order = {}
    for lab in labels:
        order.setdefault(int(lab), len(order))
    return np.array([order[int(lab)] for lab in labels], int)


# ---------------------------------------------------------------- frames and turns

def _frame_labels(speech: list[tuple[int, int]], windows: list[tuple[int, int]],
                  labels: np.ndarray, n_samples: int) -> np.ndarray:
    """Speaker per 10 ms frame (-1 = no speech): vote of the windows covering it."""
    n = n_samples // HOP + 1
    k = int(labels.max()) + 1 if len(labels) else 1
    votes = np.zeros((n, k), np.float32)
    for (s, e), lab in zip(windows, labels):
        w = np.hanning(e - s + 2)[1:-1]  # a window speaks loudest for its centre
        votes[s:e, lab] += w
    out = np.full(n, -1, int)
    for s, e in speech:
        seg = votes[s:e]
        if seg.sum() == 0:  # a blip with no window: the nearest voted frame decides later
            out[s:e] = -2
        else:
            out[s:e] = np.where(seg.sum(1) > 0, seg.argmax(1), -2)
    return _fill_unvoted(out)


def _fill_unvoted(frames: np.ndarray) -> np.ndarray:
    """Speech frames no window voted for (-2) take the label of the nearest voted frame."""
    voted = np.flatnonzero(frames >= 0)
    todo = np.flatnonzero(frames == -2)
    if not len(todo):
        return frames
    if not len(voted):
        frames[todo] = 0
        return frames
    pos = np.clip(np.searchsorted(voted, todo), 1, len(voted) - 1) if len(voted) > 1 else np.zeros(len(todo), int)
    left, right = voted[np.maximum(pos - 1, 0)], voted[pos]
    nearest = np.where(np.abs(todo - left) <= np.abs(right - todo), left, right)
    frames[todo] = frames[nearest]
    return frames


def _smooth(frames: np.ndarray, speech: list[tuple[int, int]]) -> np.ndarray:
    """Merge speaker runs shorter than MIN_TURN_MS into their longer neighbour, shortest first."""
    min_len = MIN_TURN_MS // 10
    while True:
        runs = _runs(frames)
        short = [r for r in runs if r[1] - r[0] < min_len and r[2] >= 0]
        if not short or len({r[2] for r in runs if r[2] >= 0}) <= 1:
            return frames
        s, e, lab = min(short, key=lambda r: r[1] - r[0])
        i = runs.index((s, e, lab))
        neigh = [runs[j] for j in (i - 1, i + 1) if 0 <= j < len(runs) and runs[j][2] >= 0]
        if not neigh:
            return frames
        seg = frames[s:e]
        seg[seg >= 0] = max(neigh, key=lambda r: r[1] - r[0])[2]


def _runs(frames: np.ndarray) -> list[tuple[int, int, int]]:
    """(start, end, label) of constant runs, ignoring silence between equal labels."""
    idx = np.flatnonzero(frames >= 0)
    if not len(idx):
        return []
    runs, start, prev = [], idx[0], idx[0]
    for i in idx[1:]:
        if frames[i] != frames[prev]:
            runs.append((int(start), int(prev) + 1, int(frames[prev])))
            start = i
        prev = i
    runs.append((int(start), int(prev) + 1, int(frames[prev])))
    return runs


def _turns_from_frames(frames: np.ndarray) -> list[Turn]:
    """Turns from frame labels: a turn ends at a speaker change or a pause."""
    turns: list[Turn] = []
    i, n = 0, len(frames)
    while i < n:
        if frames[i] < 0:
            i += 1
            continue
        j = i
        while j < n and frames[j] == frames[i]:
            j += 1
        turns.append(Turn(i * 10, j * 10, int(frames[i])))
        i = j
    order: dict[int, int] = {}
    for t in turns:
        order.setdefault(t.speaker_index, len(order))
    return [Turn(t.start_ms, t.end_ms, order[t.speaker_index]) for t in turns]
