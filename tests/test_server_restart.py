"""Crash safety: kill -9 the server mid-job and restart it; nothing is lost or stuck.

A job interrupted once is retried; interrupted twice it ends in `error` with a message.
Workers die with the server (no orphan keeps writing), uploads survive.
"""

from __future__ import annotations

import psutil
import pytest
from server_harness import Server, wait_status

PARAMS = {"redact_pii": True, "redact_pii_policies": ["person_name"], "redact_pii_audio": True}


def _kill9_and_check_workers_die(server: Server) -> None:
    children = psutil.Process(server.proc.pid).children(recursive=True)
    assert children, "the server should have worker processes"
    server.kill9()
    gone, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, f"orphaned workers: {alive}"


@pytest.mark.slow
def test_kill9_mid_job_retries_once_then_fails_and_loses_nothing(tmp_path, speech_wav):
    server = Server(tmp_path / "data", "--workers", "1", "--no-preload").start()
    try:
        s = server.session()
        upload_url = s.post(f"{server.url}/v2/upload", data=speech_wav.read_bytes()).json()["upload_url"]
        spare_upload = s.post(f"{server.url}/v2/upload", data=speech_wav.read_bytes()).json()["upload_url"]
        x = s.post(f"{server.url}/v2/transcript", json={"audio_url": upload_url, **PARAMS}).json()["id"]
        y = s.post(f"{server.url}/v2/transcript", json={"audio_url": upload_url, **PARAMS}).json()["id"]

        wait_status(s, server.url, x, ("processing",), timeout=30)
        _kill9_and_check_workers_die(server)
        server.start()
        s = server.session()
        assert s.get(f"{server.url}/v2/transcript/{y}").json()["status"] in ("queued", "processing")
        wait_status(s, server.url, x, ("processing",), timeout=30)  # retried: attempt 2
        _kill9_and_check_workers_die(server)
        server.start()
        s = server.session()

        tx = wait_status(s, server.url, x, ("completed", "error"), timeout=30)
        assert tx["status"] == "error" and "interrupted twice" in tx["error"]
        ty = wait_status(s, server.url, y, ("completed", "error"))
        assert ty["status"] == "completed" and ty["text"]
        listed = s.get(f"{server.url}/v2/transcript", params={"limit": 200}).json()["transcripts"]
        assert {t["status"] for t in listed} <= {"completed", "error"} and len(listed) == 2
        for url in (upload_url, spare_upload):  # acknowledged uploads survived both kills
            assert (server.data_dir / "uploads" / url.rsplit("/", 1)[1]).stat().st_size == speech_wav.stat().st_size
        r = s.post(f"{server.url}/v2/transcript", json={"audio_url": spare_upload})
        assert r.status_code == 200
        assert not list((server.data_dir / "uploads").glob("*.part"))
        assert not list((server.data_dir / "redacted").glob("*.partial.*"))
    finally:
        server.stop()
