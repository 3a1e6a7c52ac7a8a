"""What a Dask worker does with one job: run the engine, write its outputs, commit.

Runs inside worker processes. The engine caches its models per process, so a worker loads
Whisper and spaCy once (at warm-up) and reuses them for every file it gets.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from piikit.batch.inputs import Job
from piikit.batch.store import Store, atomic_write, utc_now


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
        row.update(elapsed_s=time.perf_counter() - wall, cpu_s=time.process_time() - cpu)
        store.log("finish", file_id=job.file_id, status="error")
        return _finish(store, row, "error", f"{type(e).__name__}: {e}")
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
    tmp_audio = store.audio / f".{job.file_id}.redacted.{quality}.tmp-{os.getpid()}"
    try:
        result = run(job.path, job.params, audio_out=tmp_audio if job.params.get("redact_pii_audio") else None,
                     model_dir=options.model_dir, transcript_id=job.file_id)
    except BaseException:
        tmp_audio.unlink(missing_ok=True)
        raise
    audio = None
    if result.redacted_audio is not None:
        audio = store.audio / f"{job.file_id}.redacted.{quality}"
        os.replace(result.redacted_audio, audio)
    return result.transcript, audio


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
    tpath = store.transcripts / f"{job.file_id}.json"
    text = json.dumps(transcript, ensure_ascii=False)
    atomic_write(tpath, lambda p: p.write_text(text, encoding="utf-8"))
    out: dict[str, Any] = {"transcript_path": store.relative(tpath),
                           "redacted_audio_path": store.relative(audio) if audio else None}
    if transcript["status"] != "completed":
        for dataset in ("words", "entities"):
            _replace_fragments(store, dataset, job.file_id, None, options)
        return out
    from piikit.frames import entities_frame, words_frame

    words = words_frame(transcript)
    entities = entities_frame(words)
    out["n_entities"] = len(entities)
    out["words_files"] = _replace_fragments(store, "words", job.file_id, words, options)
    out["entities_files"] = _replace_fragments(store, "entities", job.file_id, entities, options)
    return out


def _replace_fragments(store: Store, dataset: str, file_id: str, frame: Any,
                       options: Options) -> list[str]:
    """Write `frame` as this file's fragments of `dataset`, replacing any earlier ones."""
    from piikit.export import to_parquet

    partition_by = [c for c in options.partition_by if frame is not None and c in frame.columns]
    for old in store.fragments(dataset, file_id, len(options.partition_by)):
        old.unlink(missing_ok=True)
    if frame is None:
        return []
    root = store.root / dataset
    if not partition_by:
        path = atomic_write(root / f"{file_id}.parquet",
                            lambda p: to_parquet(frame, p, include_original=options.include_original))
        return [store.relative(path)]
    staging = Path(tempfile.mkdtemp(prefix=f".{file_id}.tmp-", dir=root))
    try:
        to_parquet(frame, staging, partition_by=partition_by, include_original=options.include_original)
        return [store.relative(_move_fragment(staging, f, root, file_id, k))
                for k, f in enumerate(sorted(staging.rglob("*.parquet")))]
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _move_fragment(staging: Path, fragment: Path, root: Path, file_id: str, k: int) -> Path:
    """Move one staged fragment to its partition folder, named after the file id."""
    dest = root / fragment.parent.relative_to(staging) / f"{file_id}-{k}.parquet"
    dest.parent.mkdir(parents=True, exist_ok=True)
    os.replace(fragment, dest)
    return dest


def warm_up(model_dir: str | None = None) -> int:
    """Load Whisper and the PII detector in this process now, not on the first file."""
    from piikit import asr
    from piikit.detect import find_pii

    asr.load_model(model_dir)
    find_pii("Jane Smith called from 415 555 0123.")
    return os.getpid()

