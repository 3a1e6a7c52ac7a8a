"""Where batch tasks run: a LocalCluster started for the run, or a cluster the user runs.

Workers are processes with one thread each, so each loads the Whisper model once and keeps
it; a worker plugin loads it at start-up (warm-up), also on workers that join later.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Callable, Iterator

from distributed import WorkerPlugin

from piikit.errors import PiikitError

ASR_THREADS_ENV = "PIIKIT_ASR_THREADS"
"""CPU threads Whisper uses in a worker: local workers share the cores; on a cluster the
default is 1 (run one single-thread worker per core)."""


class WarmUp(WorkerPlugin):
    """Dask worker plugin: load the models when a worker starts."""

    name = "piikit-warm-up"

    def __init__(self, out: str, model_dir: str | None):
        self.out, self.model_dir = out, model_dir

    def setup(self, worker) -> None:  # noqa: ANN001 (dask.distributed.Worker)
        from piikit.batch.task import warm_up

        os.environ.setdefault(ASR_THREADS_ENV, "1")  # workers are meant to be one per core
        warm_up(self.out, self.model_dir)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


@contextmanager
def connect(scheduler: str | None, workers: int, out: str, model_dir: str | None,
            say: Callable[[str], None]) -> Iterator["distributed.Client"]:  # noqa: F821
    """A Client on `scheduler`, or on a new LocalCluster of `workers` single-thread processes."""
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as e:
                raise PiikitError(f"Cannot reach the Dask scheduler at {scheduler}: {e}") from e
        else:
            if workers < 1:
                raise PiikitError("--workers must be at least 1")
            import dask

            # the statistical profiler samples every task's stack: ~5 % CPU that Whisper can use
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                cluster = LocalCluster(  # dashboard on loopback only: its pages show file paths
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                    env={ASR_THREADS_ENV: os.environ.get(ASR_THREADS_ENV, str(max(1, _cores() // workers)))})
            client = Client(cluster)
    except PiikitError:
        raise
    except Exception as e:
        if cluster is not None:
            cluster.close()
        raise PiikitError(f"Cannot start the Dask cluster: {e}") from e
    try:
        _describe(client, say)
        say("warming up workers (loading the model once per worker)...")
        try:
            client.register_plugin(WarmUp(out, model_dir))
        except Exception as e:
            raise PiikitError(f"The workers cannot load the models: {type(e).__name__}: {e}") from e
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _describe(client, say: Callable[[str], None]) -> None:  # noqa: ANN001
    info = client.scheduler_info()
    workers = info.get("workers", {})
    threads = sum(w.get("nthreads", 1) for w in workers.values())
    say(f"dask: scheduler {client.scheduler.address}, {len(workers)} workers, {threads} threads")
    if "dashboard" not in info.get("services", {}):
        say("dask dashboard: off on this scheduler")
    else:
        say(f"dask dashboard: {client.dashboard_link}")
