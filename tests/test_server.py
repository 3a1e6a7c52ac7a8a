"""`piikit serve` over HTTP: errors, the PII flow, views, signed audio, webhooks, isolation,
list paging, downloads, local paths and DELETE. One real server, short real speech."""

from __future__ import annotations

import http.server
import json
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from server_harness import KEY_A, KEY_B, make_speech, wait_status

from piikit import params as params_mod
from piikit.server import openapi

LOOKUP = {"error": "Transcript lookup error, transcript id not found"}
AUTH = {"error": "Authentication error, API token missing/invalid"}
PII_FLOW = {"redact_pii": True, "redact_pii_policies": ["person_name", "phone_number"],
            "redact_pii_sub": "entity_name", "redact_pii_audio": True,
            "redact_pii_return_unredacted": True}


class Receiver:
    """A local HTTP endpoint that records POSTs and answers with scripted status codes."""

    def __init__(self, codes=(200,)):
        self.codes, self.calls = list(codes), []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                outer.calls.append({"headers": dict(self.headers), "body": json.loads(body)})
                code = outer.codes.pop(0) if len(outer.codes) > 1 else outer.codes[0]
                self.send_response(code)
                self.end_headers()

            def do_GET(self):
                path = outer.files.get(self.path)
                if path is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                data = Path(path).read_bytes()
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.files: dict[str, Path] = {}
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def wait_calls(self, n: int, timeout: float = 30.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while len(self.calls) < n and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.calls


@pytest.fixture(scope="module")
def hook():
    r = Receiver()
    yield r
    r.httpd.shutdown()


@pytest.fixture(scope="module")
def done(piikit_server, speech_wav, hook):
    """One finished PII job of key A (uploaded speech, webhook with an auth header)."""
    s = piikit_server.session(KEY_A)
    upload_url = s.post(f"{piikit_server.url}/v2/upload", data=speech_wav.read_bytes()).json()["upload_url"]
    r = s.post(f"{piikit_server.url}/v2/transcript", json={
        "audio_url": upload_url, **PII_FLOW, "webhook_url": f"{hook.url}/hook",
        "webhook_auth_header_name": "X-Secret", "webhook_auth_header_value": "s3cret"})
    assert r.status_code == 200, r.text
    queued = r.json()
    t = wait_status(s, piikit_server.url, queued["id"], ("completed", "error"))
    return {"queued": queued, "t": t, "upload_url": upload_url, "s": s, "url": piikit_server.url}


def test_openapi_request_fields_match_params():
    assert set(openapi.PARAM_SCHEMAS) == set(params_mod.FIELDS)


def test_auth_errors(piikit_server):
    for headers in ({}, {"Authorization": "wrong"}, {"Authorization": ""}):
        for method, path in (("GET", "/v2/transcript"), ("POST", "/v2/upload"),
                             ("GET", "/v2/transcript/x"), ("POST", "/v2/transcript")):
            r = requests.request(method, piikit_server.url + path, headers=headers, data=b"x")
            assert (r.status_code, r.json()) == (401, AUTH)


@pytest.mark.parametrize("body, message", [
    ({"audio_url": "https://h/a.wav", "format_text": "yes"}, "format_text must be a Boolean"),
    ({"audio_url": "https://h/a.wav", "colour": 1}, "colour is not a valid parameter"),
    ({"audio_url": "https://h/a.wav", "redact_pii_return_unredacted": True},
     "redact_pii_return_unredacted requires redact_pii to be true"),
    ({"audio_url": "https://h/a.wav", "redact_pii": True},
     "redact_pii_policies must name at least one policy when redact_pii is true"),
    ({"audio_url": "https://h/a.wav", "redact_pii": True, "redact_pii_policies": []},
     "redact_pii_policies must name at least one policy when redact_pii is true"),
    ({"audio_url": "https://h/a.wav", "speakers_expected": 2.5}, "speakers_expected must be an Integer"),
    ({}, "audio_url must be provided"),
])
def test_validation_errors_name_the_field(piikit_server, body, message):
    r = piikit_server.session().post(f"{piikit_server.url}/v2/transcript", json=body)
    assert (r.status_code, r.json()) == (400, {"error": message})
    with pytest.raises(params_mod.ParamError, match=message.split(" ")[0]):
        params_mod.validate(body)  # the same words as the library


def test_bad_bodies_and_paths(piikit_server):
    s = piikit_server.session()
    r = s.post(f"{piikit_server.url}/v2/transcript", data=b"{not json")
    assert r.status_code == 400 and "JSON" in r.json()["error"]
    r = s.post(f"{piikit_server.url}/v2/transcript", json=["audio_url"])
    assert r.status_code == 400
    assert (s.post(f"{piikit_server.url}/v2/upload", data=b"").status_code) == 400
    r = s.get(f"{piikit_server.url}/v2/nothing-here")
    assert (r.status_code, r.json()) == (404, {"error": "Not found"})
    for audio_url in ("ftp://h/a.wav", "a.wav", "/etc/passwd", "file:///etc/passwd"):
        r = s.post(f"{piikit_server.url}/v2/transcript", json={"audio_url": audio_url})
        assert r.status_code == 400 and r.json()["error"].startswith("audio_url"), audio_url


@pytest.mark.slow
def test_pii_flow_completes_redacted(done):
    q, t = done["queued"], done["t"]
    assert q["status"] == "queued" and q["text"] is None and q["redact_pii"] is True
    assert t["status"] == "completed", t.get("error")
    assert t["id"] == q["id"] and t["audio_url"] == done["upload_url"]
    assert "[PERSON_NAME]" in t["text"] and "John" not in t["text"]
    assert "John" in t["unredacted_text"]
    assert len(t["words"]) == len(t["unredacted_words"]) > 5
    assert all(isinstance(w["start"], int) and isinstance(w["end"], int) for w in t["words"])
    assert t["speech_model"] is None and "whisper" in t["speech_model_used"]
    assert t["piikit_progress"] == 1.0 and isinstance(t["audio_duration"], int)
    assert t["redact_pii_policies"] == ["person_name", "phone_number"] and t["webhook_auth"] is True
    assert "webhook_auth_header_value" not in t and "piikit_timings" not in t


@pytest.mark.slow
def test_views(done):
    s, url, t = done["s"], done["url"], done["t"]
    base = f"{url}/v2/transcript/{t['id']}"
    sentences = s.get(f"{base}/sentences").json()
    assert sentences["id"] == t["id"] and sentences["sentences"]
    assert [w for x in sentences["sentences"] for w in x["words"]] == t["words"]
    paragraphs = s.get(f"{base}/paragraphs").json()["paragraphs"]
    assert " ".join(p["text"] for p in paragraphs) == " ".join(w["text"] for w in t["words"])
    word = t["words"][-1]["text"].strip(".,!?")
    found = s.get(f"{base}/word-search", params={"words": f"{word},zebra"}).json()
    assert found["total_count"] >= 1 and found["matches"][0]["text"] == word
    idx = found["matches"][0]["indexes"][-1]
    assert found["matches"][0]["timestamps"][-1] == [t["words"][idx]["start"], t["words"][idx]["end"]]
    assert s.get(f"{base}/word-search").status_code == 400
    srt = s.get(f"{base}/srt", params={"chars_per_caption": 20}).text
    assert srt.startswith("1\n00:00:") and " --> " in srt and "[PERSON_NAME]" in srt and "John" not in srt
    assert s.get(f"{base}/vtt").text.startswith("WEBVTT\n\n")
    assert s.get(f"{base}/srt", params={"chars_per_caption": 0}).status_code == 400
    assert s.get(f"{base}/xml").status_code == 404


@pytest.mark.slow
def test_redacted_audio_signed_url_works_without_auth(done, speech_wav):
    from piikit import audio

    s, url, t = done["s"], done["url"], done["t"]
    r = s.get(f"{url}/v2/transcript/{t['id']}/redacted-audio")
    assert r.status_code == 200 and r.json()["status"] == "redacted_audio_ready"
    signed = r.json()["redacted_audio_url"]
    got = requests.get(signed)  # no Authorization header, as the SDK fetches it
    assert got.status_code == 200 and got.headers["content-type"] == "audio/mpeg"
    path = speech_wav.parent.parent / "redacted.mp3"
    path.write_bytes(got.content)
    assert abs(audio.probe(path).duration_s - audio.probe(speech_wav).duration_s) < 0.2
    parts = urlsplit(signed)
    tampered = signed.replace("signature=", "signature=0")
    assert requests.get(tampered).status_code == 403
    later = signed.replace("expires=", "expires=9")
    assert requests.get(later).status_code == 403
    assert requests.get(f"{url}{parts.path}").status_code == 403


@pytest.mark.slow
def test_webhooks_carry_auth_header(done, hook):
    calls = hook.wait_calls(2)
    assert calls[0]["body"] == {"transcript_id": done["t"]["id"], "status": "completed"}
    assert calls[0]["headers"]["X-Secret"] == "s3cret"
    assert calls[1]["body"]["status"] == "redacted_audio_ready"
    assert requests.get(calls[1]["body"]["redacted_audio_url"]).status_code == 200
    t = done["s"].get(f"{done['url']}/v2/transcript/{done['t']['id']}").json()
    assert t["webhook_status_code"] == 200


@pytest.mark.parametrize("codes, tries, final", [((500, 200), 2, 200), ((404,), 1, 404), ((503,), 3, 503)])
def test_webhook_retries(piikit_server, codes, tries, final):
    receiver = Receiver(codes)
    s = piikit_server.session(KEY_B)
    t = s.post(f"{piikit_server.url}/v2/transcript", json={
        "audio_url": f"{receiver.url}/missing.wav", "webhook_url": f"{receiver.url}/hook"}).json()
    done = wait_status(s, piikit_server.url, t["id"], ("error",), timeout=60)
    assert done["error"].startswith("Download error")
    deadline = time.monotonic() + 30
    while s.get(f"{piikit_server.url}/v2/transcript/{t['id']}").json()["webhook_status_code"] is None:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    time.sleep(0.8)  # any (wrong) extra try would land within the retry delay
    hooks = [c for c in receiver.calls if "transcript_id" in c["body"]]
    assert len(hooks) == tries and hooks[0]["body"] == {"transcript_id": t["id"], "status": "error"}
    assert s.get(f"{piikit_server.url}/v2/transcript/{t['id']}").json()["webhook_status_code"] == final
    receiver.httpd.shutdown()


@pytest.mark.slow
def test_key_isolation(done, piikit_server):
    a, b, url, tid = done["s"], piikit_server.session(KEY_B), done["url"], done["t"]["id"]
    unknown = "00000000-0000-4000-8000-000000000000"
    for suffix in ("", "/sentences", "/paragraphs", "/redacted-audio", "/srt", "/word-search?words=a"):
        for target in (tid, unknown):
            r = b.get(f"{url}/v2/transcript/{target}{suffix}")
            assert (r.status_code, r.json()) == (400, LOOKUP), suffix
    r = b.delete(f"{url}/v2/transcript/{tid}")
    assert (r.status_code, r.json()) == (400, LOOKUP)
    listed = [x["id"] for x in b.get(f"{url}/v2/transcript", params={"limit": 200}).json()["transcripts"]]
    assert tid not in listed
    assert b.get(f"{url}/v2/transcript", params={"before_id": tid}).status_code == 400
    foreign = b.post(f"{url}/v2/transcript", json={"audio_url": done["upload_url"]})
    fake = b.post(f"{url}/v2/transcript", json={"audio_url": f"{url}/v2/upload/{'0' * 32}"})
    assert (foreign.status_code, foreign.json()) == (fake.status_code, fake.json()) == (
        403, {"error": "Cannot access uploaded file"})
    assert a.get(f"{url}/v2/transcript/{tid}").status_code == 200  # still there for its owner


def test_list_paging_and_filters(piikit_server):
    """Key B's jobs only, newest first; prev_url pages to older ones, next_url to newer ones."""
    s, url = piikit_server.session(KEY_B), piikit_server.url
    ids = [s.post(f"{url}/v2/transcript", json={"audio_url": f"http://127.0.0.1:9/{i}.wav"}).json()["id"]
           for i in range(3)]
    first = s.get(f"{url}/v2/transcript", params={"limit": 2}).json()
    assert [x["id"] for x in first["transcripts"]] == ids[::-1][:2]
    assert first["page_details"]["result_count"] == 2 and first["page_details"]["next_url"] is None
    older = s.get(first["page_details"]["prev_url"]).json()
    assert older["transcripts"][0]["id"] == ids[0]
    newer = s.get(older["page_details"]["next_url"]).json()
    assert [x["id"] for x in newer["transcripts"]] == ids[::-1][:2]
    for tid in ids:
        wait_status(s, url, tid, ("error",), timeout=60)
    errors = s.get(f"{url}/v2/transcript", params={"status": "error", "limit": 200}).json()["transcripts"]
    assert set(ids) <= {x["id"] for x in errors} and all(x["status"] == "error" for x in errors)
    item = errors[0]
    assert set(item) == {"id", "resource_url", "status", "created", "completed", "audio_url", "error"}
    today = datetime.now(timezone.utc).date().isoformat()
    assert s.get(f"{url}/v2/transcript", params={"created_on": today}).json()["transcripts"]
    assert s.get(f"{url}/v2/transcript", params={"created_on": "2001-01-01"}).json()["transcripts"] == []
    for bad in ({"limit": 0}, {"limit": 201}, {"limit": "x"}, {"status": "done"}, {"created_on": "May"}):
        assert s.get(f"{url}/v2/transcript", params=bad).status_code == 400, bad


@pytest.mark.slow
def test_http_download_and_its_limits(piikit_server, speech_wav, tmp_path):
    server = Receiver()
    big = tmp_path / "big.wav"
    big.write_bytes(b"\0" * (2 * 1024 * 1024))  # over the test server's 1 MB limit
    server.files.update({"/speech.wav": speech_wav, "/big.wav": big})
    s, url = piikit_server.session(KEY_B), piikit_server.url
    ok = s.post(f"{url}/v2/transcript", json={"audio_url": f"{server.url}/speech.wav"}).json()
    too_big = s.post(f"{url}/v2/transcript", json={"audio_url": f"{server.url}/big.wav"}).json()
    assert "larger than" in wait_status(s, url, too_big["id"], ("error",), timeout=60)["error"]
    t = wait_status(s, url, ok["id"], ("completed", "error"))
    assert t["status"] == "completed" and "John" in t["text"]
    assert not list((piikit_server.data_dir / "downloads").iterdir())  # downloads are not kept
    server.httpd.shutdown()


@pytest.mark.slow
def test_allow_listed_local_path(piikit_server, speech_wav):
    s, url = piikit_server.session(KEY_B), piikit_server.url
    escape = f"{speech_wav.parent}/../{piikit_server.data_dir.parent.name}/data/jobs.sqlite3"
    for outside in (escape, "file://" + escape):
        r = s.post(f"{url}/v2/transcript", json={"audio_url": outside})
        assert r.status_code == 400 and "allows" in r.json()["error"], outside
    r = s.post(f"{url}/v2/transcript", json={"audio_url": speech_wav.as_uri()})
    assert r.status_code == 200, r.text
    t = wait_status(s, url, r.json()["id"], ("completed", "error"))
    assert t["status"] == "completed" and t["audio_url"] == speech_wav.as_uri()


def _upload_speech(s: requests.Session, url: str, tmp_path: Path, text: str) -> tuple[str, str]:
    """Synthesize `text`, upload it; its upload_url and upload id."""
    wav = make_speech(tmp_path / "speech.wav", text)
    upload_url = s.post(f"{url}/v2/upload", data=wav.read_bytes()).json()["upload_url"]
    return upload_url, upload_url.rsplit("/", 1)[1]


@pytest.mark.slow
def test_delete_leaves_nothing_on_disk(piikit_server, tmp_path):
    s, url, data_dir = piikit_server.session(KEY_A), piikit_server.url, piikit_server.data_dir
    upload_url, upload_id = _upload_speech(s, url, tmp_path, "This is Maria Garcia calling from Denver about her order.")
    tid = s.post(f"{url}/v2/transcript", json={"audio_url": upload_url, **PII_FLOW,
                                                "redact_pii_audio_quality": "wav"}).json()["id"]
    early = s.get(f"{url}/v2/transcript/{tid}/redacted-audio")
    assert early.status_code == 202 and early.json()["status"] in ("queued", "processing")
    t = wait_status(s, url, tid, ("completed", "error"))
    assert t["status"] == "completed" and "Maria" in t["unredacted_text"]
    secret = t["unredacted_text"].encode()
    assert list(data_dir.rglob(f"{tid}*")) and list(data_dir.rglob(f"{upload_id}*"))

    gone = s.delete(f"{url}/v2/transcript/{tid}")
    assert gone.status_code == 200
    g = gone.json()
    assert (g["text"], g["audio_url"], g["words"], g["utterances"]) == (
        "Deleted by user.", "http://deleted_by_user", None, None)
    assert g["unredacted_text"] is None and g["id"] == tid and g["status"] == "completed"
    assert s.get(f"{url}/v2/transcript/{tid}").json()["text"] == "Deleted by user."
    assert s.delete(f"{url}/v2/transcript/{tid}").json()["text"] == "Deleted by user."
    assert s.get(f"{url}/v2/transcript/{tid}/redacted-audio").status_code == 400
    assert not list(data_dir.rglob(f"*{tid}*")) and not list(data_dir.rglob(f"*{upload_id}*"))
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert secret not in path.read_bytes(), path
    r = s.post(f"{url}/v2/transcript", json={"audio_url": upload_url})
    assert r.status_code == 403  # the upload went with it


@pytest.mark.slow
def test_deleting_one_transcript_keeps_an_upload_another_queued_job_needs(piikit_server, tmp_path):
    s, url, data_dir = piikit_server.session(KEY_A), piikit_server.url, piikit_server.data_dir
    upload_url, upload_id = _upload_speech(s, url, tmp_path, "My name is Ann Lee.")
    a, b, c = (s.post(f"{url}/v2/transcript", json={"audio_url": upload_url, **PII_FLOW}).json()["id"]
               for _ in range(3))
    assert s.delete(f"{url}/v2/transcript/{b}").status_code == 200  # cancelled while queued (one worker)
    for tid in (a, c):
        t = wait_status(s, url, tid, ("completed", "error"))
        assert t["status"] == "completed", t.get("error")
    for tid in (a, c):
        assert s.delete(f"{url}/v2/transcript/{tid}").status_code == 200
    assert not list(data_dir.rglob(f"*{upload_id}*"))  # the last one takes the upload with it
    assert s.post(f"{url}/v2/transcript", json={"audio_url": upload_url}).status_code == 403


def test_janitor_removes_uploads_no_job_needs(tmp_path):
    from piikit.server.config import ServerConfig
    from piikit.server.runner import _remove_expired
    from piikit.server.store import Store

    cfg = ServerConfig(data_dir=tmp_path, upload_ttl_s=-1.0)  # every upload is past its time
    store = Store(cfg.data_dir / "jobs.sqlite3")
    cfg.uploads_dir.mkdir(parents=True)
    for upload_id in ("a" * 32, "b" * 32):
        (cfg.uploads_dir / upload_id).write_bytes(b"raw audio")
        store.add_upload(upload_id, "owner", cfg.uploads_dir / upload_id, 9)
    store.create("t1", "owner", {}, "upload:" + "b" * 32, "http://127.0.0.1")  # still queued
    _remove_expired(store, cfg)
    assert not (cfg.uploads_dir / ("a" * 32)).exists() and store.upload("a" * 32) is None  # refused request's upload
    assert (cfg.uploads_dir / ("b" * 32)).exists() and store.upload("b" * 32)  # a queued job still reads it


@pytest.mark.slow
def test_server_log_has_no_pii(done, piikit_server):
    done["s"].get(f"{done['url']}/v2/transcript/{done['t']['id']}/word-search", params={"words": "Smith"})
    log = (piikit_server.data_dir / "server.log").read_text()
    assert done["t"]["id"] in log and "completed in" in log
    for word in ("John", "Smith", "Maria", "Garcia", "s3cret", "speech.wav", "X-Secret"):
        assert word not in log, word


def test_policies_without_redact_pii_are_refused_not_queued(piikit_server):
    """A POST with redact_pii_policies and no redact_pii was queued, and its transcript came
    back completed with every name in clear text."""
    s, url = piikit_server.session(KEY_B), piikit_server.url
    listed = lambda: {x["id"] for x in s.get(f"{url}/v2/transcript", params={"limit": 200}).json()["transcripts"]}
    before = listed()
    message = ("redact_pii_policies requires redact_pii to be true: set redact_pii to true to "
               "redact these policies, or drop redact_pii_policies")
    for off in ({}, {"redact_pii": False}):
        body = {"audio_url": "http://127.0.0.1:9/a.wav", "redact_pii_policies": ["person_name"], **off}
        r = s.post(f"{url}/v2/transcript", json=body)
        assert (r.status_code, r.json()) == (400, {"error": message})
    assert listed() == before
    # redaction off with no policies (null or empty, as the SDK's set_redact_pii(False)) is queued
    for policies in (None, []):
        r = s.post(f"{url}/v2/transcript", json={"audio_url": "http://127.0.0.1:9/b.wav",
                                                  "redact_pii": False, "redact_pii_policies": policies})
        assert r.status_code == 200, r.text
        assert r.json()["redact_pii"] is False
        wait_status(s, url, r.json()["id"], ("error",), timeout=60)
