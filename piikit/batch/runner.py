"""The batch run: plan the inputs, skip what is done, farm the rest out to Dask, keep score."""

from __future__ import annotations

import dataclasses
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Sequence

import pandas as pd

from piikit.batch import dataset
from piikit.batch.cluster import connect
from piikit.batch.inputs import Job, plan
from piikit.batch.progress import HoursBar
from piikit.batch.store import Store, utc_now
from piikit.batch.task import Options, base_row, process
from piikit.errors import PiikitError

IN_FLIGHT_PER_THREAD = 2
"""Tasks queued per worker thread: enough to keep workers busy, few enough to stop fast."""


def run(
    inputs: str | Path | Sequence[str | Path] | pd.DataFrame,
    out: str | Path,
    params: dict[str, Any] | None = None,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    model_dir: str | Path | None = None,
    partition_by: Sequence[str] = (),
    include_original: bool = False,
    retry_failed: bool = False,
    progress: bool = True,
    say: Callable[[str], None] | None = None,
) -> pd.DataFrame:
    """Redact every audio file of `inputs` into `out`; return one summary row per input.

    `inputs` is a folder, a glob, a CSV/Parquet manifest (a `path` column plus optional
    per-file request parameters), a DataFrame manifest or a list of paths. `params` are the
    API's request fields applied to every file. Files already done in `out` are skipped;
    failed files are retried only with `retry_failed`. Without `scheduler` a LocalCluster of
    `workers` single-thread processes runs the files; with it, that Dask cluster does (its
    workers must see the same file system). Interrupt it at any time and run it again.
    """
    say = say or ((lambda msg: print(msg, file=sys.stderr)) if progress else (lambda msg: None))
    _check_partitions(partition_by)
    # a second run over "calls/ -o calls/" must not take the first run's redacted audio as input
    jobs = _unique(plan(inputs, dict(params or {}), skip=Store(out).folders()))
    if not jobs:
        raise PiikitError(f"No audio files found in {inputs}")
    store = Store(out).create()
    rows = _forget_superseded(store, jobs)
    todo = [j for j in jobs if j.file_id not in rows
            or (retry_failed and rows[j.file_id]["status"] != "completed")]
    store.remove_stale_temps()
    say(f"{len(jobs)} files: {len(jobs) - len(todo)} already done, {len(todo)} to do -> {store.root}")
    todo = _longest_first(_probed(todo))
    try:
        if todo:
            options = Options(out=str(store.root), model_dir=str(model_dir) if model_dir else None,
                              partition_by=tuple(partition_by), include_original=include_original,
                              retry_failed=retry_failed)
            _execute(todo, jobs, rows, options, scheduler, workers, progress, say)
    except KeyboardInterrupt:
        say(f"interrupted: {sum(j.file_id in rows for j in jobs)} of {len(jobs)} files done; "
            "run the same command again to finish")
        raise
    finally:
        pending = {j.file_id: base_row(store, j) for j in jobs if j.file_id not in rows}
        manifest = store.write_manifest([*rows.values(), *pending.values()])
        dataset.finish(store, [fid for fid, r in rows.items() if r["status"] == "completed"],
                       partition_by, include_original)
    current = manifest[manifest["file_id"].isin({j.file_id for j in jobs})].reset_index(drop=True)
    _report(current, store, say)
    return current


def _unique(jobs: list[Job]) -> list[Job]:
    """Drop repeated inputs (the same file with the same parameters)."""
    seen: dict[str, Job] = {}
    for job in jobs:
        seen.setdefault(job.file_id, job)
    return list(seen.values())


def _check_partitions(partition_by: Sequence[str]) -> None:
    from piikit.export import PARTITION_COLUMNS

    bad = [c for c in partition_by if c not in PARTITION_COLUMNS]
    if bad:
        raise PiikitError(f"cannot partition by {bad}: use {', '.join(PARTITION_COLUMNS)}")


def _forget_superseded(store: Store, jobs: list[Job]) -> dict[str, dict]:
    """Commit records by id, after deleting what is stale: outputs of inputs now run with
    other parameters (a new id), and fragments of other files never committed."""
    ids = {j.file_id for j in jobs}
    paths = {j.path for j in jobs}
    rows = {}
    for row in store.rows():
        if row["file_id"] not in ids and row["path"] in paths:
            store.remove(row["file_id"])
        else:
            rows[row["file_id"]] = row
    for fid in store.intents() - ids - set(rows):
        store.remove(fid)
    return rows


def _probed(jobs: list[Job]) -> list[Job]:
    """Jobs with their audio duration read from the file headers (in parallel: it is I/O)."""
    from piikit.audio import probe

    def one(job: Job) -> Job:
        try:
            return dataclasses.replace(job, duration_s=probe(job.path).duration_s)
        except Exception:  # the engine reports what is wrong with the file
            return job

    with ThreadPoolExecutor(max_workers=16) as pool:
        return list(pool.map(one, jobs))


def _longest_first(jobs: list[Job]) -> list[Job]:
    """Longest files first, so the run does not end waiting on one long file."""
    return sorted(jobs, key=lambda j: -(j.duration_s or 0.0))


def _hours(seconds: float | None) -> float:
    return (seconds or 0.0) / 3600.0


def _execute(todo: list[Job], jobs: list[Job], rows: dict[str, dict], options: Options,
             scheduler: str | None, workers: int, progress: bool,
             say: Callable[[str], None]) -> None:
    """Run `todo` on Dask, keeping a bounded number of tasks queued; fills `rows` as they end."""
    from distributed import as_completed

    store = Store(options.out)
    todo_ids = {j.file_id for j in todo}
    done_hours = sum(_hours(rows[j.file_id].get("audio_duration_s")) for j in jobs
                     if j.file_id in rows and j.file_id not in todo_ids)
    total_hours = done_hours + sum(_hours(j.duration_s) for j in todo)
    token = uuid.uuid4().hex[:8]
    with connect(scheduler, workers, options.out, options.model_dir, say) as client, \
            HoursBar(total_hours, done_hours, len(jobs), len(jobs) - len(todo), enabled=progress) as bar:
        queue = list(reversed(todo))
        running: dict[Any, Job] = {}
        stream = as_completed()

        def refill() -> None:
            limit = IN_FLIGHT_PER_THREAD * max(1, sum(client.nthreads().values()))
            while queue and len(running) < limit:
                job = queue.pop()
                future = client.submit(process, job, options, key=f"piikit-batch-{job.file_id}-{token}",
                                       pure=False, retries=0)
                running[future] = job
                stream.add(future)

        refill()
        try:
            for future in stream:
                job = running.pop(future)
                row = _outcome(store, job, future)
                if row is not None:
                    rows[job.file_id] = row
                    bar.advance(_hours(job.duration_s), failed=row["status"] != "completed")
                refill()
        finally:
            client.cancel(list(running))


def _outcome(store: Store, job: Job, future) -> dict | None:  # noqa: ANN001 (distributed.Future)
    """The commit record of a finished task; a task that crashed its workers is recorded failed."""
    from concurrent.futures import CancelledError

    from distributed.scheduler import KilledWorker

    try:
        return future.result()
    except CancelledError:
        return None  # not this file's fault: it stays pending for the next run
    except KilledWorker:
        error = ("WorkerDied: the worker processing this file died repeatedly (out of memory, "
                 "or a crash in a decoder); rerun with --retry-failed to try again")
    except Exception as e:  # noqa: BLE001 - any task failure is this file's failure
        error = f"{type(e).__name__}: {e}"
    row = store.row(job.file_id)
    if row is None:
        row = base_row(store, job)
        row.update(status="error", error=error, finished_at=utc_now())
        store.commit(row)
    return row


SHOW_FAILED = 5
"""Failed files the closing report names, with their errors; the manifest has the rest."""


def _report(summary: pd.DataFrame, store: Store, say: Callable[[str], None]) -> None:
    counts = summary["status"].value_counts().to_dict()
    hours = float(summary.loc[summary["status"] == "completed", "audio_duration_s"].sum() or 0) / 3600
    say("batch: " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
        + f"; {hours:.2f} h of audio redacted")
    failed = summary[summary["status"] == "error"]
    for path, error in list(zip(failed["path"], failed["error"]))[:SHOW_FAILED]:
        first = (str(error or "").strip().splitlines() or ["unknown error"])[0]
        say(f"  failed: {path}: {first[:300]}")
    if len(failed) > SHOW_FAILED:
        say(f"  ... {len(failed) - SHOW_FAILED} more; see {store.manifest}")
