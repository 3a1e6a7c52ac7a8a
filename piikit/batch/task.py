"""What a Dask worker does with one job: run the engine, write its outputs, commit.

Runs inside worker processes. The engine caches its models per process, so a worker loads
Whisper and spaCy once (at warm-up) and reuses them for every file it gets.
"""

from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from piikit.batch.dataset import publish, stage
from piikit.batch.inputs import Job
from piikit.batch.store import Store, utc_now


@dataclass(frozen=True)
class Options:
    """Run-wide settings every task needs."""

    out: str
    model_dir: str | None = None
    partition_by: tuple[str, ...] = ()
    include_original: bool = False
    retry_failed: bool = False


def process(job: Job, options: Options) -> dict[str, Any]:
    """Redact one file into the output folder and return its commit record (never raises
    for a bad file: the record says status "error" and why)."""
    store = Store(options.out)
    with store.lock(job.file_id):
        done = store.row(job.file_id)
        if done is not None and (done["status"] == "completed" or not options.retry_failed):
            return done  # finished by another process (e.g. a worker of a killed run)
        return _process_locked(store, job, options)


def _process_locked(store: Store, job: Job, options: Options) -> dict[str, Any]:
    row = base_row(store, job)
    row["started_at"] = utc_now()
    row["worker"] = f"{socket.gethostname()}:{os.getpid()}"
    if job.error:
        return _finish(store, row, "error", job.error)
    store.log("start", file_id=job.file_id, path=job.path)
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        transcript, audio = _run_engine(store, job, options)
    except Exception as e:  # a bad file must never stop the run: record what went wrong
        transcript, audio = {"status": "error", "error": f"{type(e).__name__}: {e}"}, None
    row.update(elapsed_s=round(time.perf_counter() - wall, 3),
               cpu_s=round(time.process_time() - cpu, 3))
    row.update(_timings(transcript))
    row.update(_write_outputs(store, job, transcript, audio, options))
    store.log("finish", file_id=job.file_id, status=transcript["status"])
    return _finish(store, row, transcript["status"], transcript.get("error"))


def base_row(store: Store, job: Job) -> dict[str, Any]:
    """The manifest row of a job before it runs."""
    return {
        "file_id": job.file_id, "path": job.path, "status": "pending", "error": None,
        "params": json.dumps({k: v for k, v in job.params.items() if k != "audio_url"}, sort_keys=True),
        "size_bytes": _size(job.path), "audio_duration_s": job.duration_s,
        "started_at": None, "finished_at": None, "elapsed_s": None, "cpu_s": None,
        "decode_s": None, "asr_s": None, "detect_s": None, "audio_s": None, "worker": None,
        "n_words": None, "n_entities": None, "transcript_path": None, "redacted_audio_path": None,
        "words_files": [], "entities_files": [],
    }


def _finish(store: Store, row: dict[str, Any], status: str, error: str | None) -> dict[str, Any]:
    row.update(status=status, error=error, finished_at=utc_now())
    store.commit(row)
    store.clear_intent(row["file_id"])
    return row


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None


def _run_engine(store: Store, job: Job, options: Options) -> tuple[dict, Path | None]:
    """The engine on one file, its redacted audio written to a temporary name first."""
    from piikit.engine import run

    quality = job.params.get("redact_pii_audio_quality") or "mp3"
    final = store.audio / f"{job.file_id}.redacted.{quality}"
    tmp = store.temp_path(final.name)
    try:
        result = run(job.path, job.params, audio_out=tmp, model_dir=options.model_dir,
                     transcript_id=job.file_id)
        if result.redacted_audio is None:
            final.unlink(missing_ok=True)
            return result.transcript, None
        os.replace(result.redacted_audio, final)
        return result.transcript, final
    finally:
        tmp.unlink(missing_ok=True)


def _timings(transcript: dict[str, Any]) -> dict[str, Any]:
    t = transcript.get("piikit_timings") or {}
    words = transcript.get("words")
    return {
        "decode_s": t.get("decode_s"), "asr_s": t.get("asr_s"), "detect_s": t.get("detect_s"),
        "audio_s": t.get("audio_s"), "n_words": None if words is None else len(words),
    }


def _write_outputs(store: Store, job: Job, transcript: dict, audio: Path | None,
                   options: Options) -> dict[str, Any]:
    """Transcript JSON and dataset fragments, each atomically; returns their manifest fields."""
    out: dict[str, Any] = {"redacted_audio_path": store.relative(audio) if audio else None}
    if "id" in transcript:  # the engine's object (an engine crash leaves none)
        tpath = store.transcripts / f"{job.file_id}.json"
        text = json.dumps(transcript, ensure_ascii=False)
        store.write(tpath, lambda p: p.write_text(text, encoding="utf-8"))
        out["transcript_path"] = store.relative(tpath)
    words = entities = None
    if transcript["status"] == "completed":
        from piikit.frames import entities_frame, words_frame

        words = words_frame(transcript)
        entities = entities_frame(words, include_original=options.include_original)
        out["n_entities"] = len(entities)
    staged = {name: stage(store, name, frame, options.partition_by, options.include_original)
              for name, frame in (("words", words), ("entities", entities))}
    files = publish(store, job.file_id, staged)
    out["words_files"], out["entities_files"] = files["words"], files["entities"]
    return out


def warm_up(out: str, model_dir: str | None = None) -> None:
    """Load Whisper (and its VAD), spaCy and every module a task uses, in this process, now:
    the first file must cost what the others do. Logged, so tests can count model loads."""
    import numpy as np

    import piikit.engine  # noqa: F401
    import piikit.export  # noqa: F401
    from piikit import asr
    from piikit.detect import find_pii

    t = time.perf_counter()
    asr.load_model(model_dir)
    noise = np.random.default_rng(0).normal(0, 0.01, 16000).astype(np.float32)
    asr.transcribe(noise, model_dir=model_dir)
    find_pii("Jane Smith called from 415 555 0123.")
    Store(out).log("warm-up", seconds=round(time.perf_counter() - t, 3))
