"""The worker pool: N processes, each loading the model once and running queued jobs.

Workers take jobs from the store themselves (an atomic claim), so the HTTP process never
blocks on the engine and a crashed worker loses nothing: the supervisor puts its job back
in the queue (once) and starts a replacement. Workers die with the server (PDEATHSIG).
"""

from __future__ import annotations

import json
import logging
import multiprocessing as mp
import os
import signal
import time
from pathlib import Path
from typing import Any

from piikit.errors import PiikitError
from piikit.server import logs
from piikit.server.config import ServerConfig
from piikit.server.fetch import download
from piikit.server.store import Store

log = logging.getLogger("piikit.server")
PROGRESS_EVERY_S = 0.5
INTERNAL_ERROR = "Internal error while processing this file; the server log has the details."


def _die_with_parent(parent_pid: int) -> None:
    """Ask Linux to SIGKILL this process when the server dies, so no orphan keeps working."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:
        os._exit(0)


def _warm_up(config: ServerConfig) -> None:
    """Load the ASR model and the NER pipeline now, so the first job does not wait for them."""
    t0 = time.monotonic()
    from piikit import asr
    from piikit.detect import find_pii

    asr.load_model(config.model_dir)
    find_pii("Warm up the recognizers for Jane Doe in Boston.")
    log.info("models loaded in %.1f s", time.monotonic() - t0)


def _exit_on_sigterm(signum: int, frame: Any) -> None:
    """Leave by SystemExit, not the default kill: multiprocessing then releases the semaphores
    libraries made here (tqdm's lock, made for faster-whisper), which would otherwise be reported
    leaked by the resource tracker when the server stops during a job."""
    raise SystemExit(0)


def worker_main(config: ServerConfig, worker_id: str, wake: Any, parent_pid: int,
                cpus: list[int] | None) -> None:
    """The body of one worker process: claim, run, store, repeat, until the server goes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    _die_with_parent(parent_pid)
    if cpus:
        os.sched_setaffinity(0, cpus)  # the engine sizes its thread pools from the affinity
    logs.configure(config.log_path)
    store = Store(config.db_path)
    if config.preload_model:
        try:
            _warm_up(config)
        except Exception as e:  # the job will report it properly
            log.error("model warm-up failed: %s", logs.where(e))
    while os.getppid() == parent_pid:
        job = store.claim(worker_id)
        if job is None:
            wake.acquire(timeout=1.0)
            continue
        run_job(job, store, config, worker_id)


def run_job(job: dict[str, Any], store: Store, config: ServerConfig, worker_id: str) -> str:
    """Run one claimed job through the engine and store its outcome; returns the status."""
    from piikit import engine

    tid = job["id"]
    params = json.loads(job["params"])
    t0 = time.monotonic()
    log.info("job %s started (attempt %d)", tid, job["attempts"])
    fmt = params.get("redact_pii_audio_quality") or "mp3"
    partial = config.redacted_dir / f"{tid}.partial.{fmt}"
    result, error, redacted, size = None, None, None, 0
    cleanup: Path | None = None
    try:
        audio, cleanup = _audio_for(job, store, config)
        size = audio.stat().st_size
        out = engine.run(audio, params, audio_out=partial if params.get("redact_pii_audio") else None,
                         model_dir=config.model_dir, progress=_progress(store, tid, worker_id),
                         transcript_id=tid)
        result, error = out.transcript, out.transcript.get("error")
        if out.redacted_audio:
            redacted = config.redacted_dir / f"{tid}.{fmt}"
            os.replace(out.redacted_audio, redacted)
    except PiikitError as e:
        error = str(e)
    except Exception as e:
        error = INTERNAL_ERROR
        log.error("job %s failed: %s", tid, logs.where(e))
    finally:
        if cleanup:
            cleanup.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    status = result["status"] if result else "error"
    kept = store.finish(tid, worker_id, status=status, result=result, error=error,
                        redacted_path=redacted, webhook=bool(params.get("webhook_url")))
    if not kept and redacted:
        redacted.unlink(missing_ok=True)
    duration = (result or {}).get("audio_duration")
    log.info("job %s %s in %.2f s (input %d bytes, audio %s s)", tid, status,
             time.monotonic() - t0, size, duration)
    return status


def _audio_for(job: dict[str, Any], store: Store, config: ServerConfig) -> tuple[Path, Path | None]:
    """The local file to run, and a downloaded copy to remove afterwards (if any)."""
    kind, _, value = job["source"].partition(":")
    if kind == "upload":
        up = store.upload(value, job["owner"])
        if up is None or not Path(up["path"]).is_file():
            raise PiikitError("Cannot access uploaded file: it was deleted. Upload the file again.")
        return Path(up["path"]), None
    if kind == "path":
        if not Path(value).is_file():
            raise PiikitError("The audio file no longer exists on the server.")
        return Path(value), None
    url = json.loads(job["params"])["audio_url"]
    dest = config.downloads_dir / job["id"]
    return download(url, dest, max_bytes=config.max_download_bytes,
                    timeout_s=config.download_timeout_s), dest


def _progress(store: Store, tid: str, worker_id: str):
    """The engine's progress callback, writing to the store at most every half second."""
    last = [0.0]

    def update(fraction: float, stage: str) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY_S and fraction < 1.0:
            last[0] = now
            store.set_progress(tid, worker_id, min(max(fraction, 0.0), 0.999))

    return update


class WorkerPool:
    """Starts, watches and stops the worker processes of one server run."""

    def __init__(self, config: ServerConfig, store: Store, boot_id: str):
        self.config = config
        self.store = store
        self.boot_id = boot_id
        self.ctx = mp.get_context("spawn")
        self.wake = self.ctx.Semaphore(0)
        self.procs: dict[int, tuple[str, mp.process.BaseProcess]] = {}
        self._generation = 0

    def _cpus(self, slot: int) -> list[int] | None:
        """Pin each worker to its share of the cores when there are enough to share."""
        cores = sorted(os.sched_getaffinity(0))
        n = self.config.workers
        if n <= 1 or n > len(cores):
            return None
        k = len(cores) // n
        return cores[slot * k:(slot + 1) * k]

    def _spawn(self, slot: int) -> None:
        self._generation += 1
        worker_id = f"{self.boot_id}:{slot}:{self._generation}"
        p = self.ctx.Process(target=worker_main, name=f"worker-{slot}", daemon=True,
                             args=(self.config, worker_id, self.wake, os.getpid(), self._cpus(slot)))
        p.start()
        self.procs[slot] = (worker_id, p)

    def start(self) -> None:
        for slot in range(self.config.workers):
            self._spawn(slot)
        log.info("started %d worker(s)", self.config.workers)

    def notify(self) -> None:
        """Wake a sleeping worker: a job was queued."""
        self.wake.release()

    def check(self) -> None:
        """Replace dead workers, putting their job back in the queue (or failing it)."""
        for slot, (worker_id, p) in list(self.procs.items()):
            if p.is_alive():
                continue
            released = self.store.release(worker_id, count_attempt=True)
            log.warning("worker-%d exited (code %s); %d job(s) released", slot, p.exitcode, len(released))
            self._spawn(slot)
            for _ in released:
                self.notify()

    def stop(self) -> None:
        """Stop every worker; jobs they were running go back to the queue without using an attempt."""
        for worker_id, p in self.procs.values():
            p.terminate()
        for worker_id, p in self.procs.values():
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
                p.join()
            self.store.release(worker_id, count_attempt=False)
        self.procs.clear()
        self.wake = None  # frees the semaphore now, not in a warning at exit
