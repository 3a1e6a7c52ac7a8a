"""Where a job's audio comes from: this server's uploads, an http(s) URL, or an allow-listed file.

`source_of` decides at request time (so bad URLs are refused with a 400) and `download`
fetches remote audio at run time within a size and a time limit.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

from piikit.errors import ParamError, PiikitError

UPLOAD_URL = re.compile(r"^https?://[^/?#]+/v2/upload/([0-9a-f]{32})$")
CHUNK = 1024 * 1024


def source_of(audio_url: str, allow_dirs: list[Path]) -> str:
    """`upload:<id>`, `url:` or `path:<file>` for a request's `audio_url`; ParamError if unusable."""
    m = UPLOAD_URL.match(audio_url)
    if m:
        return f"upload:{m.group(1)}"
    scheme = urlsplit(audio_url).scheme.lower()
    if scheme in ("http", "https"):
        return "url:"
    if scheme == "file" or audio_url.startswith("/"):
        return f"path:{_allowed_file(audio_url, allow_dirs)}"
    raise ParamError("audio_url must be an http(s) URL, an upload_url from POST /v2/upload, "
                     "or a file in a directory the server allows", "audio_url")


def _allowed_file(audio_url: str, allow_dirs: list[Path]) -> Path:
    raw = unquote(urlsplit(audio_url).path) if audio_url.startswith("file:") else audio_url
    try:
        path = Path(raw).resolve()
    except (OSError, RuntimeError, ValueError):
        path = None
    if path is None or not any(path.is_relative_to(d) for d in allow_dirs):
        raise ParamError("audio_url is a local path outside the directories this server allows "
                         "(the operator lists them with --allow-dir); upload the file instead",
                         "audio_url")
    if not path.is_file():
        raise ParamError("audio_url names a file that does not exist", "audio_url")
    return path


def download(url: str, dest: Path, *, max_bytes: int, timeout_s: float) -> Path:
    """Fetch `url` into `dest` (atomically), refusing files over `max_bytes` or slower than `timeout_s`."""
    import requests

    failed = (f"Download error, unable to download {url}. Please make sure the file exists "
              "and is accessible from this server.")
    deadline = time.monotonic() + timeout_s
    part = dest.with_name(dest.name + ".part")
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        with requests.get(url, stream=True, timeout=(10, min(60.0, timeout_s))) as r:
            if r.status_code != 200:
                raise PiikitError(f"{failed} (HTTP {r.status_code})")
            if int(r.headers.get("Content-Length") or 0) > max_bytes:
                raise PiikitError(_too_large(url, max_bytes))
            total = 0
            with open(part, "wb") as f:
                for chunk in r.iter_content(CHUNK):
                    total += len(chunk)
                    if total > max_bytes:
                        raise PiikitError(_too_large(url, max_bytes))
                    if time.monotonic() > deadline:
                        raise PiikitError(f"Download error, {url} took longer than "
                                          f"{timeout_s:.0f} s to download.")
                    f.write(chunk)
                f.flush()
                os.fsync(f.fileno())
        os.replace(part, dest)
        return dest
    except requests.RequestException:
        raise PiikitError(failed) from None
    finally:
        part.unlink(missing_ok=True)


def _too_large(url: str, max_bytes: int) -> str:
    return f"Download error, {url} is larger than this server's limit of {max_bytes / 2**20:.0f} MB."
