"""The in-process engine: one audio file and API request parameters in, the transcript
object (exactly as GET /v2/transcript/{id} returns it) and the redacted audio out.

The CLI, the server's workers, the batch runner and `Client.local()` all call `run`.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

from piikit import audio as audio_io
from piikit import params as params_mod
from piikit import redact
from piikit.errors import AudioError, PiikitError
from piikit.progress import Progress, no_progress, scaled


class Result(NamedTuple):
    """What `run` returns: the transcript dict and the redacted audio file, if one was made."""

    transcript: dict[str, Any]
    redacted_audio: Path | None


@dataclass
class _Transcribed:
    words: list[dict]
    breaks: list[int]
    language: str | None
    language_confidence: float | None
    model_name: str


def run(
    audio: str | Path,
    params: dict[str, Any] | None = None,
    *,
    audio_out: str | Path | None = None,
    model_dir: str | Path | None = None,
    progress: Progress | None = None,
    transcript_id: str | None = None,
) -> Result:
    """Transcribe `audio`, redact it as `params` ask, and return the transcript object.

    `params` are the API's request fields (`audio_url` defaults to the path). Invalid
    params raise `ParamError`; a file that cannot be used gives ``status: "error"``.
    `audio_out` is where redacted audio goes (default: beside the input).
    """
    p = params_mod.validate({"audio_url": str(audio), **(params or {})})
    progress = progress or no_progress
    tid = transcript_id or str(uuid.uuid4())
    obj = base_object(tid, p)
    t0 = time.perf_counter()
    try:
        obj, redacted_audio = _process(Path(audio), p, obj, audio_out, model_dir, progress)
    except AudioError as e:
        obj.update(status="error", error=str(e))
        return Result(obj, None)
    except PiikitError as e:
        obj.update(status="error", error=str(e))
        return Result(obj, None)
    obj["piikit_timings"]["total_s"] = round(time.perf_counter() - t0, 3)
    progress(1.0, "done")
    return Result(obj, redacted_audio)


def base_object(tid: str, p: dict[str, Any]) -> dict[str, Any]:
    """The transcript object before any work: validated params echoed, results still null."""
    obj: dict[str, Any] = {
        "id": tid,
        "status": "processing",
        "error": None,
        **params_mod.echo(p),
        "text": None,
        "words": None,
        "utterances": None,
        "confidence": None,
        "audio_duration": None,
        "language_confidence": None,
        "speech_model": None,
        "speech_model_used": None,
        "webhook_status_code": None,
        "webhook_auth": bool(p["webhook_auth_header_name"]),
        "entities": None,
        "piikit_timings": {},
    }
    obj["created"] = datetime.now(timezone.utc).isoformat()
    return obj


def _process(path: Path, p: dict, obj: dict, audio_out: str | Path | None,
             model_dir: str | Path | None, progress: Progress) -> tuple[dict, Path | None]:
    timings = obj["piikit_timings"]
    t = time.perf_counter()
    progress(0.0, "reading audio")
    info = audio_io.probe(path)
    cut = audio_io.wav_cut_short(path)
    if cut and cut[1] < cut[0] - 1.0:
        raise AudioError(f"The WAV file appears to be truncated: its header promises {cut[0]:.1f} s of audio "
                         f"but only {cut[1]:.1f} s is in the file. Copy or export it again.")
    if p["redact_pii_audio"] and info.size_bytes >= audio_io.MAX_REDACT_BYTES:
        raise AudioError("Redacted audio is only available for files smaller than 1 GB; "
                         "downsample the file first or set redact_pii_audio to false.")
    samples = audio_io.load(path, mono=not p["multichannel"],
                            start_ms=p["audio_start_from"], end_ms=p["audio_end_at"])
    timings["decode_s"] = round(time.perf_counter() - t, 3)
    obj["audio_duration"] = int(round(info.duration_s))
    if p["multichannel"]:
        obj["audio_channels"] = int(samples.shape[0])

    detecting = p["redact_pii"] or p["entity_detection"]
    warming = _warm_detection() if detecting else None
    t = time.perf_counter()
    tr = _transcribe(samples, p, model_dir, scaled(progress, 0.02, 0.85))
    timings["asr_s"] = round(time.perf_counter() - t, 3)
    obj["speech_model_used"] = tr.model_name
    if p["language_detection"]:
        obj["language_code"] = tr.language
        obj["language_confidence"] = tr.language_confidence

    progress(0.86, "finding PII")
    t = time.perf_counter()
    words = tr.words
    if warming is not None:
        warming.join()
    spans = _detect(words, _channels(words), p) if detecting else []
    timings["detect_s"] = round(time.perf_counter() - t, 3)

    requested = set(p["_policies"]) if p["redact_pii"] else set()
    redact_spans = [s for s in spans if s.policy in requested]
    if p["entity_detection"]:
        obj["entities"] = redact.entities_ms(words, spans)
    utterance_groups = redact.speaker_runs(words, breaks=() if p["speaker_labels"] else tr.breaks)
    shown = redact.redact_words(words, redact_spans, p["redact_pii_sub"]) if p["redact_pii"] else words
    obj.update(_texts(shown, utterance_groups))
    if p["redact_pii"] and p["redact_pii_return_unredacted"]:
        obj.update({f"unredacted_{k}": v for k, v in _texts(words, utterance_groups).items()})
    obj["confidence"] = (sum(w["confidence"] for w in words) / len(words)) if words else None

    redacted_audio = None
    if p["redact_pii_audio"]:
        progress(0.9, "redacting audio")
        t = time.perf_counter()
        redacted_audio = _redact_audio(path, p, words, redact_spans, audio_out, scaled(progress, 0.9, 1.0))
        timings["audio_s"] = round(time.perf_counter() - t, 3)
    obj["status"] = "completed"
    return obj, redacted_audio


def _warm_detection() -> threading.Thread:
    """Load spaCy and the lexicons while Whisper runs: a cold run (the CLI) spent ~2 s on them
    after the ASR. A failure here is left for the detection step to raise and report."""
    def warm() -> None:
        from piikit.detect import find_pii

        try:
            find_pii("warm up")
        except Exception:  # noqa: BLE001 (reported by _detect, which loads the same things)
            pass

    thread = threading.Thread(target=warm, name="piikit-warm-detection", daemon=True)
    thread.start()
    return thread


def _transcribe(samples, p: dict, model_dir, progress: Progress) -> _Transcribed:
    """ASR on one channel, or on each channel of a multichannel file, merged by time."""
    from piikit import asr

    language = None if p["language_detection"] else (p["language_code"] or "en_us")
    channels = [samples] if samples.ndim == 1 else list(samples)
    offset = p["audio_start_from"] or 0
    words: list[dict] = []
    breaks: set[tuple[int, int]] = set()
    first = None
    for c, channel in enumerate(channels):
        result = asr.transcribe(channel, language=language, detect_language=p["language_detection"],
                                model_dir=model_dir,
                                progress=scaled(progress, c / len(channels), (c + 1) / len(channels)))
        first = first or result
        label = str(c + 1) if p["multichannel"] else None
        for seg in result.segments:
            if seg["words"]:
                w0 = result.words[seg["words"][0]]
                breaks.add((w0["start"] + offset, c))
        for w in result.words:
            words.append({
                "text": w["text"],
                "start": int(w["start"]) + offset,
                "end": int(w["end"]) + offset,
                "confidence": float(w["confidence"]),
                "speaker": label,  # null unless speaker_labels or multichannel, as the cloud answers
                "channel": label,
                "_c": c,
            })
    words.sort(key=lambda w: (w["start"], w["_c"]))
    if p["speaker_labels"] and not p["multichannel"] and words:
        _label_speakers(samples, words, p)
    break_idx = [i for i, w in enumerate(words) if (w["start"], w["_c"]) in breaks]
    for w in words:
        del w["_c"]
    return _Transcribed(words, break_idx, first.language_code if first else None,
                        first.language_confidence if first else None,
                        first.model_name if first else asr.model_name(model_dir))


def _label_speakers(samples, words: list[dict], p: dict) -> None:
    """Diarize mono audio and give every word the speaker whose turn overlaps it most."""
    from piikit import diarize

    opts = p["speaker_options"] or {}
    offset = p["audio_start_from"] or 0
    turns = diarize.diarize(samples, speakers_expected=p["speakers_expected"],
                            min_speakers=opts.get("min_speakers_expected"),
                            max_speakers=opts.get("max_speakers_expected"),
                            method=p["piikit_diarizer"])
    local = [{**w, "start": w["start"] - offset, "end": w["end"] - offset} for w in words]
    for w, speaker in zip(words, diarize.assign_speakers(local, turns)):
        w["speaker"] = speaker


def _channels(words: list[dict]) -> list[list[int]]:
    """Word indexes per channel, in time order: each channel reads as one coherent text.

    Speaker turns are not cut apart, so a cue in one turn ("your date of birth?") serves
    the answer in the next; channels are, as their words interleave in time."""
    by_channel: dict[str | None, list[int]] = {}
    for i, w in enumerate(words):
        by_channel.setdefault(w["channel"], []).append(i)
    return list(by_channel.values())


def _detect(words: list[dict], groups: list[list[int]], p: dict) -> list[redact.WordSpan]:
    """Find PII in each group of words (one text per group), as word spans."""
    from piikit.detect import find_pii_batch

    policies = None if p["entity_detection"] else set(p["_policies"])
    texts, starts = [], []
    for g in groups:
        text, st = redact.join_words([words[i] for i in g])
        texts.append(text)
        starts.append(st)
    spans: list[redact.WordSpan] = []
    for g, st, entities in zip(groups, starts, find_pii_batch(texts, policies)):
        local = redact.project(entities, [words[i] for i in g], st)
        spans.extend(redact.WordSpan(g[s.first], g[s.last], s.policy, s.entity) for s in local)
    return spans


def _texts(words: list[dict], groups: list[list[int]]) -> dict[str, Any]:
    text, _ = redact.join_words(words)
    return {"text": text, "words": words, "utterances": redact.build_utterances(words, groups)}


def _redact_audio(path: Path, p: dict, words: list[dict], spans: list[redact.WordSpan],
                  audio_out: str | Path | None, progress: Progress) -> Path | None:
    opts = p["redact_pii_audio_options"] or {}
    if not words and not opts.get("return_redacted_no_speech_audio"):
        return None
    fmt = p["redact_pii_audio_quality"]
    dst = Path(audio_out) if audio_out else path.with_name(f"{path.stem}.redacted.{fmt}")
    return audio_io.redact_audio(path, dst, redact.redacted_intervals(words, spans),
                                 method=params_mod.audio_method(p), fmt=fmt,
                                 padding_ms=p["piikit_audio_padding_ms"],
                                 padding_after_ms=p["piikit_audio_padding_after_ms"], progress=progress)
