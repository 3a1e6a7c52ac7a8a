"""`piikit.Client` against a real `piikit serve`, and `Client.local()` over the in-process engine."""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from server_harness import KEY_A

import piikit
from piikit.errors import ApiError, ParamError, PiikitError

PII = {"redact_pii": True, "redact_pii_policies": ["person_name"], "redact_pii_audio": True,
       "redact_pii_return_unredacted": True}


@pytest.fixture
def client(piikit_server):
    return piikit.Client(piikit_server.url, api_key=KEY_A)


@pytest.mark.slow
def test_submit_wait_save_list_delete(client, speech_wav, tmp_path):
    seen = []
    job = client.submit(speech_wav, **PII).wait(progress=lambda f, status: seen.append((f, status)))
    assert job.status == "completed" and job.error is None and job.progress == 1.0
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and seen[-1] == (1.0, "completed")
    t = job.transcript
    assert "#" in t["text"] and "John" not in t["text"] and "John" in t["unredacted_text"]
    out = job.save_redacted_audio(tmp_path / "out" / "call.mp3")
    assert out.stat().st_size > 1000 and job.redacted_audio_url.startswith(client.base_url)
    assert job.sentences() and job.paragraphs()
    assert job.word_search(["call"])["total_count"] >= 1
    assert job.subtitles("vtt").startswith("WEBVTT")
    assert client.get(job.id).transcript["text"] == t["text"]
    assert job.id in [x["id"] for x in client.list(limit=50)["transcripts"]]
    assert client.delete(job.id)["text"] == "Deleted by user."
    with pytest.raises(ApiError) as e:
        job.redacted_audio_url
    assert e.value.status_code == 400


@pytest.mark.slow
def test_errors_carry_the_servers_message(client, piikit_server, speech_wav):
    with pytest.raises(ApiError, match="redact_pii_policies must name at least one policy") as e:
        client.submit("https://example.invalid/a.wav", redact_pii=True)
    assert e.value.status_code == 400
    with pytest.raises(ApiError, match="Authentication error") as e:
        piikit.Client(piikit_server.url, api_key="nope").list()
    assert e.value.status_code == 401
    with pytest.raises(ApiError, match="Transcript lookup error"):
        client.get("no-such-id")
    job = client.submit(speech_wav)
    with pytest.raises(PiikitError, match="still (queued|processing) after"):
        job.wait(progress=False, timeout=0.0)
    failed = client.submit("http://127.0.0.1:9/never.wav").wait(progress=True, timeout=120)
    assert failed.status == "error" and failed.error.startswith("Download error")
    assert job.wait(progress=False, timeout=120).status == "completed"


def test_no_api_key_is_a_clear_error(monkeypatch):
    for name in ("PIIKIT_API_KEY", "ASSEMBLYAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(PiikitError, match="no API key"):
        piikit.Client("http://127.0.0.1:1")
    monkeypatch.setenv("ASSEMBLYAI_API_KEY", "from-env")
    c = piikit.Client()
    assert c.base_url == "https://api.assemblyai.com" and c.api_key == "from-env"


def test_retry_after_is_honoured():
    """429 then 503 with Retry-After: the client waits as told, then gets its answer."""
    hits: list[float] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(time.monotonic())
            if len(hits) < 3:
                self.send_response(429 if len(hits) == 1 else 503)
                self.send_header("Retry-After", "1")
                self.end_headers()
                return
            body = json.dumps({"id": "x", "status": "completed"}).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        job = piikit.Client(f"http://127.0.0.1:{httpd.server_address[1]}", api_key="k").get("x")
    finally:
        httpd.shutdown()
    assert job.status == "completed" and len(hits) == 3
    assert hits[1] - hits[0] >= 0.95 and hits[2] - hits[1] >= 0.95


@pytest.mark.slow
def test_local_client_same_interface(speech_wav, tmp_path):
    client = piikit.Client.local()
    with pytest.raises(ParamError, match="redact_pii_return_unredacted requires redact_pii"):
        client.submit(speech_wav, redact_pii_return_unredacted=True)
    seen = []
    job = client.submit(speech_wav, **PII)
    assert job.wait(progress=lambda f, s: seen.append(f), timeout=300).status == "completed"
    assert seen[-1] == 1.0 and seen == sorted(seen)
    t = job.transcript
    assert "#" in t["text"] and "John" in t["unredacted_text"] and t["id"] == job.id
    assert job.save_redacted_audio(tmp_path / "local.mp3").stat().st_size > 1000
    assert job.sentences() and job.word_search(["call"])["total_count"] >= 1
    assert client.list()["transcripts"][0]["id"] == job.id
    assert client.delete(job.id)["text"] == "Deleted by user."
    with pytest.raises(ApiError):
        job.redacted_audio_url


def test_local_client_scratch_copies_are_gone_when_python_exits(tmp_path):
    script = ("import sys, piikit\n"
              "c = piikit.Client.local()\n"
              "print(c.upload(b'raw audio bytes'))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    copy = Path(out.stdout.strip())
    assert out.returncode == 0 and copy.name.startswith("upload-"), out.stderr
    assert not copy.exists() and not copy.parent.exists()
