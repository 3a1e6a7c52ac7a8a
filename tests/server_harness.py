"""Run a real `piikit serve` on 127.0.0.1 for tests and benchmarks, and make short speech for it."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample" / "call.wav"
SPEECH = "Hello, my name is John Smith. Please call me at five five five, one two three four. Thank you."
KEY_A, KEY_B = "test-key-alpha", "test-key-bravo"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_speech(path: Path, text: str = SPEECH) -> Path:
    """A few seconds of synthetic speech (espeak-ng, else flite, else the bundled sample)."""
    if shutil.which("espeak-ng"):
        subprocess.run(["espeak-ng", "-s", "150", "-w", str(path), text], check=True)
    elif shutil.which("flite"):
        subprocess.run(["flite", "-t", text, "-o", str(path)], check=True)
    elif SAMPLE.exists():
        shutil.copyfile(SAMPLE, path)
    else:
        pytest.skip("no espeak-ng, flite or bundled sample to make test speech with")
    return path


class Server:
    """A `piikit serve` subprocess on a free port; `kill9()` and `start()` again to test restarts."""

    def __init__(self, data_dir: Path, *args: str, keys: tuple[str, ...] = (KEY_A, KEY_B)):
        self.data_dir = Path(data_dir)
        self.args = list(args)
        self.keys = keys
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 90.0) -> "Server":
        cmd = [sys.executable, "-m", "piikit.cli", "serve", "--port", str(self.port),
               "--data-dir", str(self.data_dir), *[a for k in self.keys for a in ("--api-key", k)], *self.args]
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log = open(self.data_dir.parent / f"{self.data_dir.name}.stdout", "ab")
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT,
                                     env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"piikit serve exited with {self.proc.returncode}")
            try:
                if requests.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError("piikit serve did not start in time")

    def kill9(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill9()
        if getattr(self, "log", None):
            self.log.close()

    def session(self, key: str = KEY_A) -> requests.Session:
        s = requests.Session()
        s.headers["Authorization"] = key
        return s


def wait_status(session: requests.Session, url: str, transcript_id: str, statuses: tuple[str, ...],
                timeout: float = 240.0) -> dict:
    """Poll a transcript until its status is one of `statuses`."""
    deadline = time.monotonic() + timeout
    while True:
        t = session.get(f"{url}/v2/transcript/{transcript_id}", timeout=10).json()
        if t["status"] in statuses:
            return t
        if time.monotonic() > deadline:
            raise AssertionError(f"{transcript_id} still {t['status']} after {timeout} s")
        time.sleep(0.2)


@pytest.fixture(scope="session")
def speech_wav(tmp_path_factory) -> Path:
    """Short synthetic speech with a name and a phone number in it, in an allow-listed folder."""
    return make_speech(tmp_path_factory.mktemp("allowed") / "speech.wav")


@pytest.fixture(scope="session")
def piikit_server(tmp_path_factory, speech_wav):
    """One real server for the session: keys A and B, the speech's folder allow-listed, fast webhook retries."""
    server = Server(tmp_path_factory.mktemp("server") / "data", "--workers", "1",
                    "--allow-dir", str(speech_wav.parent), "--max-download-mb", "1",
                    "--webhook-tries", "3", "--webhook-retry-delay", "0.3")
    server.start()
    yield server
    server.stop()


SCHEMA_CHECKS = ("not_a_server_error,status_code_conformance,content_type_conformance,"
                 "response_schema_conformance,response_headers_conformance,negative_data_rejection,"
                 "ignored_auth,unsupported_method")
"""What schemathesis verifies: no 5xx, every answer documented and shaped as documented,
invalid input refused, auth enforced. (Not `positive_data_acceptance`: valid-typed requests
may still be refused for cross-field rules, e.g. return_unredacted without redact_pii.)"""


def schemathesis_run(server: Server, *, max_examples: int, seed: int | None = None,
                     max_time: float | None = None) -> subprocess.CompletedProcess:
    """Run the schemathesis CLI over the server's own OpenAPI document."""
    cli = Path(sys.executable).with_name("schemathesis")
    cmd = [str(cli), "run", f"{server.url}/openapi.json", "-H", f"Authorization: {server.keys[0]}",
           "--checks", SCHEMA_CHECKS, "--max-examples", str(max_examples), "--workers", "1",
           "--generation-database", "none"]
    if seed is not None:
        cmd += ["--seed", str(seed)]
    if max_time is not None:
        cmd += ["--max-time", str(max_time)]
    return subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
