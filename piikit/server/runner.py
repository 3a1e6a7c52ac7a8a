"""Start and stop a server: data dir lock, keys, recovery, workers, webhooks, uvicorn."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import signal
import socket
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from piikit.errors import PiikitError
from piikit.server import auth, logs
from piikit.server.app import Api, create_app
from piikit.server.config import ServerConfig
from piikit.server.signing import Signer
from piikit.server.store import Store
from piikit.server.webhooks import Dispatcher
from piikit.server.worker import WorkerPool

if TYPE_CHECKING:
    import uvicorn

SUPERVISE_EVERY_S = 1.0
JANITOR_EVERY_S = 30.0


def _lock(data_dir: Path) -> int:
    """Hold an exclusive lock on the data dir for this process's lifetime (one server per dir)."""
    fd = os.open(data_dir / "server.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise PiikitError(f"another piikit server is already using {data_dir}") from None
    return fd


def _remove_expired(store: Store, config: ServerConfig) -> None:
    """Redacted audio past its time, and uploads no job will read any more past theirs."""
    for row in store.expired_audio(config.redacted_audio_ttl_s):
        Path(row["redacted_path"]).unlink(missing_ok=True)
        store.forget_audio(row["id"])
    for row in store.stale_uploads(config.upload_ttl_s):
        Path(row["path"]).unlink(missing_ok=True)
        store.remove_upload(row["id"])


def _remove_leftovers(config: ServerConfig) -> None:
    """Half-written files of a run that was killed: nobody can be writing them now (we hold the lock)."""
    for folder, pattern in ((config.uploads_dir, "*.part"), (config.redacted_dir, "*.partial.*"),
                            (config.downloads_dir, "*")):
        for path in folder.glob(pattern):
            path.unlink(missing_ok=True)


def _supervise(pool: WorkerPool, store: Store, config: ServerConfig, stop: threading.Event,
               stopping: Callable[[], bool]) -> None:
    """Replace crashed workers every second; drop expired redacted audio and uploads every half minute.

    Once shutdown has begun, workers that die (a SIGTERM to the whole process group, as
    systemd sends) are left for `WorkerPool.stop`, which requeues their jobs without using
    an attempt.
    """
    log = logs.configure(config.log_path)
    last_janitor = 0.0
    while not stop.wait(SUPERVISE_EVERY_S):
        if stopping():
            continue
        try:
            pool.check()
            if time.monotonic() - last_janitor > JANITOR_EVERY_S:
                last_janitor = time.monotonic()
                _remove_expired(store, config)
        except Exception as e:  # the supervisor must outlive any one failure
            log.error("supervisor: %s", logs.where(e))


def _bind(host: str, port: int) -> socket.socket:
    """The socket the server will serve on, bound as uvicorn binds (SO_REUSEADDR, IPv6 when the host has a colon)
    before anything is made or printed: a port in use is refused in one line naming the option, and no key is used up."""
    s = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((host, port))
        return s
    except socket.gaierror as e:
        s.close()
        raise PiikitError(f"--host {host}: not a name or address this machine can listen on ({e.strerror})") from None
    except OverflowError:
        s.close()
        raise PiikitError(f"--port {port}: a port is a number from 0 to 65535") from None
    except OSError as e:
        s.close()
        if e.errno == errno.EADDRINUSE:
            raise PiikitError(f"port {port} on {host} is in use; pass --port") from None
        if e.errno == errno.EACCES:
            raise PiikitError(f"port {port} on {host}: permission denied (ports below 1024 need root); "
                              "pass --port") from None
        if e.errno == errno.EADDRNOTAVAIL:
            raise PiikitError(f"--host {host} is not an address of this machine") from None
        raise PiikitError(f"cannot listen on {host}:{port} ({e.strerror or e})") from None


def serve(config: ServerConfig) -> int:
    """Run `piikit serve` until interrupted; returns the process exit code."""
    import uvicorn

    sock = _bind(config.host, config.port)  # before a key is made and shown: a failed start must not use it up
    config.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = _lock(config.data_dir)
    log = logs.configure(config.log_path)
    keys, generated = auth.load_keys(config.api_keys, config.data_dir)
    if generated:
        print(f"piikit: generated an API key (shown once; stored in {config.data_dir / auth.KEY_FILE}):\n"
              f"  {generated}", flush=True)
    store = Store(config.db_path)
    recovered = store.recover()
    if recovered:
        log.info("recovered %d interrupted job(s)", len(recovered))
    for folder in (config.uploads_dir, config.redacted_dir, config.downloads_dir):
        folder.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(config)
    pool = WorkerPool(config, store, boot_id=uuid.uuid4().hex[:8])
    api = Api(config, store, auth.KeyRing(keys), Signer.for_data_dir(config.data_dir), pool.notify)
    dispatcher = Dispatcher(store, api.audio_url, timeout=config.webhook_timeout_s,
                            tries=config.webhook_tries, delay=config.webhook_retry_delay_s)
    stop = threading.Event()

    @contextlib.asynccontextmanager
    async def lifespan(app):
        """Workers, webhooks and the supervisor live exactly as long as the HTTP server.

        Stopping here, inside uvicorn's shutdown, also covers SIGTERM, which uvicorn
        re-raises (killing the process) once `run()` is done.
        """
        pool.start()
        dispatcher.start()
        supervisor.start()
        try:
            yield
        finally:
            stop.set()
            supervisor.join(timeout=5)
            dispatcher.stop()
            pool.stop()
            store.checkpoint()
            log.info("stopped")

    server = uvicorn.Server(uvicorn.Config(create_app(api, lifespan), host=config.host, port=config.port,
                                           access_log=False, log_level="warning", lifespan="on"))
    supervisor = threading.Thread(target=_supervise, name="supervisor", daemon=True,
                                  args=(pool, store, config, stop, lambda: server.should_exit))
    log.info("serving on http://%s:%d with %d worker(s); data dir %s", config.host, config.port,
             config.workers, config.data_dir)
    print(f"piikit: serving on http://{config.host}:{config.port} (Ctrl-C to stop)",
          file=sys.stderr, flush=True)
    try:
        with _sigterm_stops(server):
            server.run(sockets=[sock])
    finally:
        sock.close()
        os.close(lock)
    return 0 if server.started else 1


@contextlib.contextmanager
def _sigterm_stops(server: "uvicorn.Server") -> Iterator[None]:
    """SIGTERM stops `server` gracefully and the process then exits 0: uvicorn re-raises the
    signal once it has stopped, which under the default handler killed the process (exit -15)
    before exit handlers ran. Only the main thread can set handlers; elsewhere nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: setattr(server, "should_exit", True))
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
