"""`piikit.Client`: one client for AssemblyAI's cloud, a `piikit serve`, or the in-process engine.

    client = piikit.Client("http://127.0.0.1:8765", api_key="...")   # or Client() for the cloud,
    client = piikit.Client.local()                                    # or no server at all
    job = client.submit("call.wav", redact_pii=True, redact_pii_policies=["person_name"])
    job.wait()                     # a progress bar; or wait(progress=callback) for a widget
    job.transcript["text"]; job.save_redacted_audio("call.redacted.mp3")

Polling backs off; 429 and 503 answers are retried after their `Retry-After`. Errors are
`piikit.errors.ApiError` carrying the server's own message.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
import uuid
import weakref
from concurrent.futures import ThreadPoolExecutor
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Union

from piikit.errors import ApiError, PiikitError

CLOUD_URL = "https://api.assemblyai.com"
TERMINAL = ("completed", "error")
ProgressHook = Callable[[float, str], None]
"""A wait() callback: the fraction done in [0, 1] (when the server reports it) and the status."""
Audio = Union[str, Path, bytes, BinaryIO]


def _is_url(audio: Any) -> bool:
    return isinstance(audio, str) and audio.split(":", 1)[0].lower() in ("http", "https")


class _Backoff:
    """Sleep intervals growing from `first` to `cap` by `factor`; `reset()` after progress."""

    def __init__(self, first: float = 0.25, cap: float = 3.0, factor: float = 1.5):
        self.first, self.cap, self.factor = first, cap, factor
        self.current = first

    def reset(self) -> None:
        self.current = self.first

    def sleep(self, deadline: float | None = None) -> None:
        delay = self.current
        if deadline is not None:
            delay = max(0.0, min(delay, deadline - time.monotonic()))
        time.sleep(delay)
        self.current = min(self.cap, self.current * self.factor)


class Job:
    """One transcript job: its status, its transcript, its redacted audio. Same on every backend."""

    def __init__(self, client: "Client | LocalClient", transcript: dict[str, Any]):
        self.client = client
        self._transcript = transcript

    def __repr__(self) -> str:
        return f"<piikit.Job {self.id} {self._transcript.get('status')}>"

    @property
    def id(self) -> str:
        return self._transcript["id"]

    def refresh(self) -> dict[str, Any]:
        """Fetch the transcript object again and return it."""
        self._transcript = self.client._fetch(self.id)
        return self._transcript

    def _current(self) -> dict[str, Any]:
        if self._transcript.get("status") not in TERMINAL:
            self.refresh()
        return self._transcript

    @property
    def status(self) -> str:
        """queued, processing, completed or error (fetched while the job is not finished)."""
        return self._current()["status"]

    @property
    def error(self) -> str | None:
        """Why the job failed, or None."""
        return self._current().get("error")

    @property
    def transcript(self) -> dict[str, Any]:
        """The transcript object, exactly as GET /v2/transcript/{id} returns it."""
        return self._current()

    @property
    def progress(self) -> float | None:
        """The fraction done (piikit servers and `Client.local()` report it; the cloud does not)."""
        t = self._current()
        return 1.0 if t["status"] in TERMINAL else t.get("piikit_progress")

    def wait(self, progress: bool | ProgressHook = True, timeout: float | None = None) -> "Job":
        """Poll until the job completes or fails; draws a bar (True) or calls `progress(fraction, status)`."""
        deadline = None if timeout is None else time.monotonic() + timeout
        backoff = _Backoff()
        with _progress_sink(progress, self.id) as report:
            last = None
            while True:
                t = self.refresh()
                state = (t["status"], t.get("piikit_progress"))
                if state != last:
                    report(1.0 if t["status"] in TERMINAL else (t.get("piikit_progress") or 0.0), t["status"])
                    last = state
                    backoff.reset()
                if t["status"] in TERMINAL:
                    return self
                if deadline is not None and time.monotonic() >= deadline:
                    raise PiikitError(f"transcript {self.id} is still {t['status']} after {timeout:g} s")
                backoff.sleep(deadline)

    @property
    def redacted_audio_url(self) -> str:
        """The (signed, expiring) URL of the redacted audio, waiting while it is being made."""
        backoff = _Backoff()
        while True:
            url = self.client._redacted_audio_url(self.id)
            if url is not None:
                return url
            backoff.sleep()

    def save_redacted_audio(self, path: str | Path) -> Path:
        """Download the redacted audio to `path` (written whole or not at all)."""
        return self.client._download(self.redacted_audio_url, Path(path))

    def sentences(self) -> list[dict]:
        return self.client._view(self.id, "sentences")["sentences"]

    def paragraphs(self) -> list[dict]:
        return self.client._view(self.id, "paragraphs")["paragraphs"]

    def word_search(self, words: Iterable[str]) -> dict[str, Any]:
        """Where each word or phrase occurs: `{total_count, matches: [{text, count, timestamps, indexes}]}`."""
        return self.client._view(self.id, "word-search", words=",".join(words))

    def subtitles(self, fmt: str = "srt", chars_per_caption: int | None = None) -> str:
        """SRT or VTT captions of the (redacted) transcript."""
        return self.client._captions(self.id, fmt, chars_per_caption)


class _progress_sink:
    """Context manager turning wait()'s `progress` argument into a callback (a tqdm bar for True)."""

    def __init__(self, progress: bool | ProgressHook, label: str):
        self.progress, self.label, self.bar = progress, label, None

    def __enter__(self) -> ProgressHook:
        if callable(self.progress):
            return self.progress
        if not self.progress:
            return lambda fraction, status: None
        from tqdm.auto import tqdm

        self.bar = tqdm(total=100, desc=self.label[:8], bar_format="{desc} {bar} {percentage:3.0f}% {postfix}")

        def update(fraction: float, status: str) -> None:
            self.bar.n = int(round(100 * min(max(fraction, 0.0), 1.0)))
            self.bar.set_postfix_str(status, refresh=False)
            self.bar.refresh()

        return update

    def __exit__(self, *exc: Any) -> None:
        if self.bar is not None:
            self.bar.close()


class Client:
    """A client of an AssemblyAI-compatible API: the cloud by default, or `piikit serve`."""

    def __init__(self, base_url: str | None = None, api_key: str | None = None, *,
                 timeout: float = 60.0, max_retries: int = 8):
        import requests

        self.base_url = (base_url or os.environ.get("PIIKIT_BASE_URL") or CLOUD_URL).rstrip("/")
        self.api_key = api_key or os.environ.get("PIIKIT_API_KEY") or os.environ.get("ASSEMBLYAI_API_KEY")
        if not self.api_key:
            raise PiikitError("no API key: pass api_key=..., or set PIIKIT_API_KEY or ASSEMBLYAI_API_KEY")
        self.timeout, self.max_retries = timeout, max_retries
        self.session = requests.Session()
        self.session.headers["Authorization"] = self.api_key

    def __repr__(self) -> str:
        return f"<piikit.Client {self.base_url}>"

    @staticmethod
    def local(*, model_dir: str | Path | None = None, workers: int = 1) -> "LocalClient":
        """A client that runs the engine in this process (background threads), same Job interface."""
        return LocalClient(model_dir=model_dir, workers=workers)

    def _request(self, method: str, path: str, *, accept: tuple[int, ...] = (200,), **kw: Any):
        """One API call, retried after `Retry-After` on 429/503; ApiError with the server's message."""
        for attempt in range(self.max_retries + 1):
            r = self.session.request(method, f"{self.base_url}{path}", timeout=self.timeout, **kw)
            if r.status_code in (429, 503) and attempt < self.max_retries:
                time.sleep(_retry_after(r.headers.get("Retry-After"), attempt))
                continue
            if r.status_code in accept:
                return r
            raise ApiError(_message(r), r.status_code)
        raise AssertionError("unreachable")

    def upload(self, audio: Audio) -> str:
        """Upload a file (path, bytes or binary file object); returns its `upload_url`."""
        if isinstance(audio, (str, Path)):
            with open(audio, "rb") as f:
                return self._request("POST", "/v2/upload", data=f).json()["upload_url"]
        data = audio if isinstance(audio, bytes) else audio.read()
        return self._request("POST", "/v2/upload", data=data).json()["upload_url"]

    def submit(self, audio: Audio, **params: Any) -> Job:
        """Queue a transcript of `audio` (a URL, or a local file/bytes which is uploaded first)."""
        audio_url = audio if _is_url(audio) else self.upload(audio)
        body = {"audio_url": audio_url, **params}
        return Job(self, self._request("POST", "/v2/transcript", json=body).json())

    def get(self, transcript_id: str) -> Job:
        """The job of an existing transcript."""
        return Job(self, self._fetch(transcript_id))

    def list(self, **query: Any) -> dict[str, Any]:
        """GET /v2/transcript: `{page_details, transcripts}`; query: limit, status, created_on, before_id, after_id."""
        return self._request("GET", "/v2/transcript", params=query).json()

    def delete(self, transcript_id: str) -> dict[str, Any]:
        """Delete a transcript's text, words and audio; returns the deleted transcript object."""
        return self._request("DELETE", f"/v2/transcript/{transcript_id}").json()

    # the backend side of Job --------------------------------------------------------------
    def _fetch(self, transcript_id: str) -> dict[str, Any]:
        return self._request("GET", f"/v2/transcript/{transcript_id}").json()

    def _redacted_audio_url(self, transcript_id: str) -> str | None:
        r = self._request("GET", f"/v2/transcript/{transcript_id}/redacted-audio", accept=(200, 202))
        return r.json()["redacted_audio_url"] if r.status_code == 200 else None

    def _download(self, url: str, path: Path) -> Path:
        import requests

        with requests.get(url, stream=True, timeout=self.timeout) as r:  # bare: the URL is signed
            if r.status_code != 200:
                raise ApiError(f"Fetching redacted audio failed: {_message(r)}", r.status_code)
            return _write_atomically(path, r.iter_content(1 << 20))

    def _view(self, transcript_id: str, kind: str, **query: Any) -> dict[str, Any]:
        return self._request("GET", f"/v2/transcript/{transcript_id}/{kind}", params=query).json()

    def _captions(self, transcript_id: str, fmt: str, chars: int | None) -> str:
        query = {"chars_per_caption": chars} if chars else {}
        return self._request("GET", f"/v2/transcript/{transcript_id}/{fmt}", params=query).text


def _message(r: Any) -> str:
    try:
        return r.json()["error"]
    except Exception:
        return f"HTTP {r.status_code}: {r.text[:200]}"


def _retry_after(value: str | None, attempt: int) -> float:
    """Seconds to wait from a `Retry-After` header (seconds or an HTTP date), else backing off."""
    if value:
        try:
            return min(60.0, max(0.0, float(value)))
        except ValueError:
            try:
                return min(60.0, max(0.0, parsedate_to_datetime(value).timestamp() - time.time()))
            except (TypeError, ValueError):
                pass
    return min(30.0, 0.5 * 2 ** attempt)


def _write_atomically(path: Path, chunks: Iterable[bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path


class LocalClient:
    """`Client.local()`: the engine in background threads of this process, behind the same Job API."""

    base_url = "local"

    def __init__(self, *, model_dir: str | Path | None = None, workers: int = 1):
        self.model_dir = model_dir
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="piikit-local")
        self._dir = Path(tempfile.mkdtemp(prefix="piikit-local-"))
        # the scratch copies (uploads, redacted audio) go with the client, at the latest when Python exits
        weakref.finalize(self, shutil.rmtree, self._dir, ignore_errors=True)
        self._jobs: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return "<piikit.Client local>"

    def upload(self, audio: Audio) -> str:
        """Copy `audio` into this client's scratch folder; returns the copy's path."""
        dest = self._dir / f"upload-{uuid.uuid4().hex}"
        if isinstance(audio, (str, Path)):
            shutil.copyfile(audio, dest)
        else:
            _write_atomically(dest, [audio if isinstance(audio, bytes) else audio.read()])
        return str(dest)

    def submit(self, audio: Audio, **params: Any) -> Job:
        """Validate now (ParamError, as the server's 400), then run the engine in the background."""
        from piikit import params as params_mod
        from piikit.server.objects import skeleton

        source = str(audio) if isinstance(audio, (str, Path)) else self.upload(audio)
        request = {"audio_url": source, **params}
        params_mod.validate(request)
        tid = str(uuid.uuid4())
        obj = {**skeleton(tid, request), "status": "queued", "piikit_progress": 0.0}
        obj.pop("piikit_timings", None)
        with self._lock:
            self._jobs[tid] = {"transcript": obj, "audio": None, "created": time.time()}
        self._pool.submit(self._run, tid, source, request)
        return Job(self, dict(obj))

    def _run(self, tid: str, source: str, request: dict[str, Any]) -> None:
        from piikit.engine import run
        from piikit.server.fetch import download

        job = self._jobs[tid]
        job["transcript"]["status"] = "processing"

        def progress(fraction: float, stage: str) -> None:
            job["transcript"]["piikit_progress"] = round(min(max(fraction, 0.0), 1.0), 3)

        fmt = request.get("redact_pii_audio_quality") or "mp3"
        try:
            path = Path(source)
            if _is_url(source):
                path = download(source, self._dir / f"download-{tid}", max_bytes=int(2.2 * 2**30),
                                timeout_s=600.0)
            result = run(path, request, audio_out=self._dir / f"{tid}.{fmt}", model_dir=self.model_dir,
                         progress=progress, transcript_id=tid)
            obj, job["audio"] = dict(result.transcript), result.redacted_audio
        except Exception as e:  # a job failure is a status, never an exception in a thread
            obj = {**job["transcript"], "status": "error", "error": str(e) or type(e).__name__}
        obj.pop("piikit_timings", None)
        obj.pop("created", None)
        obj["piikit_progress"] = 1.0
        job["transcript"] = obj

    def _job(self, transcript_id: str) -> dict[str, Any]:
        job = self._jobs.get(transcript_id)
        if job is None:
            raise ApiError("Transcript lookup error, transcript id not found", 400)
        return job

    def _fetch(self, transcript_id: str) -> dict[str, Any]:
        return dict(self._job(transcript_id)["transcript"])

    def get(self, transcript_id: str) -> Job:
        return Job(self, self._fetch(transcript_id))

    def list(self, limit: int = 10, status: str | None = None, **_: Any) -> dict[str, Any]:
        """This session's jobs, newest first, in the API's list shape."""
        from piikit.server.objects import iso

        jobs = sorted(self._jobs.values(), key=lambda j: j["created"], reverse=True)
        items = [{"id": j["transcript"]["id"], "resource_url": j["transcript"]["id"],
                  "status": j["transcript"]["status"], "audio_url": j["transcript"]["audio_url"],
                  "error": j["transcript"].get("error"), "created": iso(j["created"]), "completed": None}
                 for j in jobs if status in (None, j["transcript"]["status"])][:limit]
        return {"page_details": {"limit": limit, "result_count": len(items), "current_url": "local",
                                 "prev_url": None, "next_url": None}, "transcripts": items}

    def delete(self, transcript_id: str) -> dict[str, Any]:
        from piikit.server.objects import scrub

        job = self._job(transcript_id)
        if job["transcript"]["status"] not in TERMINAL:
            raise ApiError("Transcript is still being processed; delete it once it has completed", 400)
        for path in self._dir.glob(f"*{transcript_id}*"):
            path.unlink(missing_ok=True)
        job["audio"] = None
        job["transcript"] = scrub(job["transcript"])
        return dict(job["transcript"])

    def _redacted_audio_url(self, transcript_id: str) -> str | None:
        job = self._job(transcript_id)
        t = job["transcript"]
        if not (t.get("redact_pii") and t.get("redact_pii_audio")):
            raise ApiError("Redacted audio was not requested: set redact_pii and redact_pii_audio to true", 400)
        if t["status"] not in TERMINAL:
            return None
        if job["audio"] is None:
            raise ApiError("Redacted audio is not available for this transcript", 400)
        return Path(job["audio"]).as_uri()

    def _download(self, url: str, path: Path) -> Path:
        from urllib.parse import unquote, urlsplit

        with open(unquote(urlsplit(url).path), "rb") as f:
            return _write_atomically(path, iter(lambda: f.read(1 << 20), b""))

    def _view(self, transcript_id: str, kind: str, **query: Any) -> dict[str, Any]:
        from piikit.server import views

        t = self._completed(transcript_id)
        if kind == "word-search":
            return {"id": transcript_id, **views.word_search(t["words"], query["words"].split(","))}
        split = views.sentences if kind == "sentences" else views.paragraphs
        return {"id": transcript_id, kind: split(t["words"])}

    def _captions(self, transcript_id: str, fmt: str, chars: int | None) -> str:
        from piikit.server import views

        make = views.srt if fmt == "srt" else views.vtt
        return make(self._completed(transcript_id)["words"], chars or views.DEFAULT_CHARS_PER_CAPTION)

    def _completed(self, transcript_id: str) -> dict[str, Any]:
        t = self._fetch(transcript_id)
        if t["status"] != "completed":
            raise ApiError(f"Transcript is not completed (its status is {t['status']})", 400)
        return t
