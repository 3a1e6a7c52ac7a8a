"""The HTTP routes of `piikit serve`: AssemblyAI's v2 transcript API over the job store.

Every answer uses the cloud's shapes: errors are `{"error": message}`; an id that does not
exist, or belongs to another key, is a 400 "Transcript lookup error"; job failures are
`status: "error"` transcripts, not HTTP errors.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
import uuid
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from piikit import __version__
from piikit import params as params_mod
from piikit.errors import ParamError
from piikit.server import fetch, logs, objects, openapi, views
from piikit.server.auth import AUTH_ERROR, KeyRing
from piikit.server.config import ServerConfig
from piikit.server.signing import Signer
from piikit.server.store import Store

log = logging.getLogger("piikit.server")
LOOKUP_ERROR = "Transcript lookup error, transcript id not found"
RETRY_AFTER_S = 30
AUDIO_TYPES = {"mp3": "audio/mpeg", "wav": "audio/wav"}
_FILE_NAME = re.compile(r"^([0-9a-f-]{36})\.(mp3|wav)$")
_ID = re.compile(r"^[0-9a-f-]{32,36}(\.(mp3|wav))?$")


class ApiError(Exception):
    """An HTTP error answered as `{"error": message}`."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


class Api:
    """The state the routes share: settings, store, keys, signer and the workers' wake-up call."""

    def __init__(self, config: ServerConfig, store: Store, keys: KeyRing, signer: Signer,
                 notify: Callable[[], None]):
        self.config, self.store, self.keys, self.signer, self.notify = config, store, keys, signer, notify

    def base_url(self, request: Request) -> str:
        return (self.config.public_url or str(request.base_url)).rstrip("/")

    def owner(self, request: Request) -> str:
        owner = self.keys.owner(request.headers.get("authorization"))
        if owner is None:
            raise ApiError(401, AUTH_ERROR)
        return owner

    def row(self, request: Request, transcript_id: str) -> tuple[str, dict[str, Any]]:
        """(owner, the owner's transcript row); another key's id answers exactly like an unknown one."""
        owner = self.owner(request)
        row = self.store.get(transcript_id, owner)
        if row is None:
            raise ApiError(400, LOOKUP_ERROR)
        return owner, row

    def finished_words(self, request: Request, transcript_id: str) -> tuple[dict, dict]:
        """(row, transcript object) of a completed transcript, for the derived views."""
        _, row = self.row(request, transcript_id)
        if row["status"] != "completed":
            raise ApiError(400, f"Transcript is not completed (its status is {row['status']})")
        return row, objects.transcript(row)

    def audio_url(self, row: dict[str, Any], base_url: str | None = None) -> str | None:
        """The signed URL of a row's redacted audio while it is kept, else None."""
        if not row["redacted_path"] or not row["redacted_ready"]:
            return None
        expires = row["redacted_ready"] + self.config.redacted_audio_ttl_s
        if expires <= time.time():
            return None
        fmt = Path(row["redacted_path"]).suffix.lstrip(".")
        return self.signer.url(base_url or self.config.public_url or row["base_url"], row["id"], fmt, expires)


def create_app(api: Api, lifespan: Callable | None = None) -> FastAPI:
    """The FastAPI application; `runner.serve` starts and stops the workers in its `lifespan`."""
    app = FastAPI(title="piikit", version=__version__, docs_url="/docs", redoc_url=None, lifespan=lifespan)
    app.openapi = openapi.document  # type: ignore[method-assign]
    _install_handlers(app)
    _install_access_log(app)

    @app.get("/health", include_in_schema=False)
    def health() -> dict:
        return {"status": "ok"}

    @app.post("/v2/upload")
    async def upload(request: Request) -> dict:
        owner = api.owner(request)
        return await _receive_upload(api, request, owner)

    @app.post("/v2/transcript")
    async def create(request: Request) -> dict:
        owner = api.owner(request)
        try:
            body = json.loads(await request.body() or b"null")
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "Request body must be a valid JSON object") from None
        return await run_in_threadpool(_create, api, request, owner, body)

    @app.get("/v2/transcript")
    def list_transcripts(request: Request) -> dict:
        return _list(api, request, api.owner(request))

    @app.get("/v2/transcript/{transcript_id}")
    def get(transcript_id: str, request: Request) -> dict:
        return objects.transcript(api.row(request, transcript_id)[1])

    @app.delete("/v2/transcript/{transcript_id}")
    def delete(transcript_id: str, request: Request) -> dict:
        return _delete(api, *api.row(request, transcript_id))

    @app.get("/v2/transcript/{transcript_id}/sentences")
    def sentences(transcript_id: str, request: Request) -> dict:
        return _segments(api, request, transcript_id, "sentences", views.sentences)

    @app.get("/v2/transcript/{transcript_id}/paragraphs")
    def paragraphs(transcript_id: str, request: Request) -> dict:
        return _segments(api, request, transcript_id, "paragraphs", views.paragraphs)

    @app.get("/v2/transcript/{transcript_id}/word-search")
    def word_search(transcript_id: str, request: Request) -> dict:
        terms = [t.strip() for v in request.query_params.getlist("words") for t in v.split(",")]
        terms = [t for t in terms if t]
        _, obj = api.finished_words(request, transcript_id)
        if not terms:
            raise ApiError(400, "words must be provided: a comma-separated list of words or phrases")
        if any(len(t.split()) > 5 for t in terms):
            raise ApiError(400, "words: a phrase may have at most five words")
        return {"id": transcript_id, **views.word_search(obj["words"], terms)}

    @app.get("/v2/transcript/{transcript_id}/redacted-audio")
    def redacted_audio(transcript_id: str, request: Request) -> JSONResponse:
        return _redacted_audio(api, request, *api.row(request, transcript_id))

    @app.get("/v2/transcript/{transcript_id}/{subtitle_format}")
    def subtitles(transcript_id: str, subtitle_format: str, request: Request) -> PlainTextResponse:
        if subtitle_format not in ("srt", "vtt"):
            raise ApiError(404, "Not found")
        chars = _int_query(request, "chars_per_caption", views.DEFAULT_CHARS_PER_CAPTION, 1, 10_000)
        _, obj = api.finished_words(request, transcript_id)
        make = views.srt if subtitle_format == "srt" else views.vtt
        return PlainTextResponse(make(obj["words"], chars))

    @app.get("/redacted-audio/{file_name}", include_in_schema=False)
    def download(file_name: str, request: Request) -> FileResponse:
        m = _FILE_NAME.match(file_name)
        q = request.query_params
        if not m or not api.signer.valid(m.group(1), q.get("expires"), q.get("signature")):
            raise ApiError(403, "This redacted audio URL is invalid or has expired")
        row = api.store.get(m.group(1))
        path = Path(row["redacted_path"]) if row and row["redacted_path"] else None
        if path is None or not path.is_file() or path.suffix != f".{m.group(2)}":
            raise ApiError(404, "Not found")
        return FileResponse(path, media_type=AUDIO_TYPES[m.group(2)], filename=file_name)

    return app


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, e: ApiError) -> JSONResponse:
        return _error(e.status, e.message, e.headers)

    @app.exception_handler(ParamError)
    async def param_error(request: Request, e: ParamError) -> JSONResponse:
        return _error(400, str(e))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, e: StarletteHTTPException) -> JSONResponse:
        message = "Not found" if e.status_code == 404 else str(e.detail)
        return _error(e.status_code, message, getattr(e, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, e: RequestValidationError) -> JSONResponse:
        return _error(400, "Invalid request")

    @app.exception_handler(Exception)
    async def internal_error(request: Request, e: Exception) -> JSONResponse:
        log.error("%s %s failed: %s", request.method, request.url.path, logs.where(e))
        return _error(500, "Internal Server Error")


def _install_access_log(app: FastAPI) -> None:
    @app.middleware("http")
    async def access_log(request: Request, call_next):
        t0 = time.perf_counter()
        response = await call_next(request)
        # the route and the id only: paths and query strings (search terms) may hold personal data
        route = getattr(request.scope.get("route"), "path", "(no route)")
        ids = " ".join(f"{k}={v}" for k, v in request.path_params.items() if _ID.match(str(v)))
        log.info("%s %s %s%d %.1f ms", request.method, route, ids + " " if ids else "",
                 response.status_code, (time.perf_counter() - t0) * 1000)
        return response


async def _receive_upload(api: Api, request: Request, owner: str) -> dict:
    """Stream the body to disk, fsync, rename into place: an upload is either whole or absent."""
    cfg = api.config
    upload_id = uuid.uuid4().hex
    cfg.uploads_dir.mkdir(parents=True, exist_ok=True)
    final = cfg.uploads_dir / upload_id
    part = final.with_suffix(".part")
    t0 = time.perf_counter()
    size = 0
    try:
        with open(part, "wb") as f:
            try:
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > cfg.max_upload_bytes:
                        raise ApiError(400, f"Upload is larger than this server's limit of "
                                            f"{cfg.max_upload_bytes / 2**30:.1f} GB")
                    f.write(chunk)
            except ClientDisconnect:
                raise ApiError(400, "The upload was interrupted") from None
            if size == 0:
                raise ApiError(400, "The upload is empty: send the file's bytes as the request body")
            await run_in_threadpool(_sync_file, f)
        await run_in_threadpool(_commit_upload, api.store, part, final, upload_id, owner, size)
    finally:
        part.unlink(missing_ok=True)
    log.info("upload %s %d bytes in %.2f s", upload_id, size, time.perf_counter() - t0)
    return {"upload_url": f"{api.base_url(request)}/v2/upload/{upload_id}"}


def _sync_file(f) -> None:
    f.flush()
    os.fsync(f.fileno())


def _commit_upload(store: Store, part: Path, final: Path, upload_id: str, owner: str, size: int) -> None:
    os.replace(part, final)
    fd = os.open(final.parent, os.O_RDONLY)
    try:
        os.fsync(fd)  # the rename itself survives a crash
    finally:
        os.close(fd)
    store.add_upload(upload_id, owner, final, size)


def _create(api: Api, request: Request, owner: str, body: Any) -> dict:
    params_mod.validate(body)  # ParamError -> 400 naming the field
    source = fetch.source_of(body["audio_url"], api.config.allow_dirs)
    if source.startswith("upload:") and api.store.upload(source[7:], owner) is None:
        raise ApiError(403, "Cannot access uploaded file")
    if api.store.queued_count(owner) >= api.config.max_queued_per_key:
        raise ApiError(429, "Too many queued transcripts for this API key; retry later",
                       {"Retry-After": str(RETRY_AFTER_S)})
    transcript_id = str(uuid.uuid4())
    row = api.store.create(transcript_id, owner, body, source, api.base_url(request))
    api.notify()
    log.info("transcript %s queued (source %s)", transcript_id, source.split(":")[0])
    return objects.transcript(row)


def _delete(api: Api, owner: str, row: dict[str, Any]) -> dict:
    """Remove a transcript's text, words, upload and redacted audio; keep a tombstone."""
    if row["deleted"]:
        return objects.transcript(row)
    if row["status"] == "queued" and api.store.cancel_queued(row["id"], owner):
        row = api.store.get(row["id"])
    if row["status"] in ("queued", "processing"):
        raise ApiError(400, "Transcript is still being processed; delete it once it has completed")
    cfg = api.config
    kind, _, value = row["source"].partition(":")
    if kind == "upload" and not api.store.upload_pending(value):
        # another queued job made from the same upload_url still needs it; the janitor removes it later
        (cfg.uploads_dir / value).unlink(missing_ok=True)
        api.store.remove_upload(value)
    for folder in (cfg.redacted_dir, cfg.downloads_dir):
        for path in folder.glob(f"{row['id']}*"):
            path.unlink(missing_ok=True)
    obj, request = objects.tombstone(row)
    api.store.mark_deleted(row["id"], obj, request)
    log.info("transcript %s deleted", row["id"])
    return objects.transcript(api.store.get(row["id"]))


def _segments(api: Api, request: Request, transcript_id: str, kind: str,
              split: Callable[[list | None], list]) -> dict:
    _, obj = api.finished_words(request, transcript_id)
    return {"id": transcript_id, "confidence": obj.get("confidence") or 0.0,
            "audio_duration": obj.get("audio_duration") or 0,
            "speech_model_used": obj.get("speech_model_used"), kind: split(obj.get("words"))}


def _redacted_audio(api: Api, request: Request, owner: str, row: dict[str, Any]) -> JSONResponse:
    params = json.loads(row["params"])
    if not (params.get("redact_pii") and params.get("redact_pii_audio")):
        raise ApiError(400, "Redacted audio was not requested: set redact_pii and redact_pii_audio to true")
    if row["status"] in ("queued", "processing"):
        return JSONResponse({"status": row["status"], "redacted_audio_url": None}, status_code=202)
    if row["deleted"]:
        raise ApiError(400, "Redacted audio is not available: the transcript was deleted")
    if row["status"] == "error":
        raise ApiError(400, "Redacted audio is not available: the transcript failed")
    url = api.audio_url(row, api.base_url(request))
    if url is None and row["redacted_ready"]:
        raise ApiError(400, "Redacted audio has expired: it is kept for "
                            f"{api.config.redacted_audio_ttl_s / 3600:g} hours after the transcript completes")
    if url is None:
        raise ApiError(400, "No redacted audio was produced for this transcript (no speech was found)")
    return JSONResponse({"status": "redacted_audio_ready", "redacted_audio_url": url})


def _int_query(request: Request, name: str, default: int | None, lo: int, hi: int) -> int | None:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, f"{name} must be an Integer") from None
    if not lo <= value <= hi:
        raise ApiError(400, f"{name} must be between {lo} and {hi}")
    return value


def _list(api: Api, request: Request, owner: str) -> dict:
    """GET /v2/transcript: newest first, `before_id`/`after_id` paging, status and day filters."""
    q = request.query_params
    limit = _int_query(request, "limit", 10, 1, 200)
    status = q.get("status")
    if status is not None and status not in ("queued", "processing", "completed", "error"):
        raise ApiError(400, "status must be one of: queued, processing, completed, error")
    day = None
    if "created_on" in q:
        try:
            d = date.fromisoformat(q["created_on"])
        except ValueError:
            raise ApiError(400, "created_on must be a date (YYYY-MM-DD)") from None
        start = datetime(d.year, d.month, d.day, tzinfo=timezone.utc).timestamp()
        day = (start, start + 86400)
    throttled = q.get("throttled_only", "false").lower()
    if throttled not in ("true", "false"):
        raise ApiError(400, "throttled_only must be a Boolean")
    seqs = {}
    for key in ("before_id", "after_id"):
        if key in q:
            row = api.store.get(q[key], owner)
            if row is None:
                raise ApiError(400, f"{key}: {LOOKUP_ERROR}")
            seqs[key] = row["seq"]
    rows, older, newer = ([], False, False) if throttled == "true" else api.store.page(
        owner, limit=limit, status=status, day=day,
        before_seq=seqs.get("before_id"), after_seq=seqs.get("after_id"))
    base = api.base_url(request)
    filters = {k: v for k, v in (("limit", limit), ("status", status),
                                 ("created_on", q.get("created_on"))) if v}

    def page_url(**extra: str) -> str:
        return f"{base}/v2/transcript?{urlencode({**filters, **extra})}"

    current = {k: q[k] for k in ("before_id", "after_id", "throttled_only") if q.get(k)}
    return {
        "page_details": {
            "limit": limit, "result_count": len(rows), "current_url": page_url(**current),
            "prev_url": page_url(before_id=rows[-1]["id"]) if older else None,
            "next_url": page_url(after_id=rows[0]["id"]) if newer else None,
        },
        "transcripts": [objects.list_item(r, base) for r in rows],
    }
