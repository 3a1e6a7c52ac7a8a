"""HMAC-signed, expiring URLs for redacted audio, fetchable without an Authorization header."""

from __future__ import annotations

import hashlib
import hmac
import time
from pathlib import Path
from urllib.parse import urlencode

from piikit.server.auth import read_or_create_secret

SECRET_FILE = "signing_key"


class Signer:
    """Signs `(transcript id, expiry)` pairs with the data dir's secret."""

    def __init__(self, secret: str):
        self._secret = secret.encode("utf-8")

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> "Signer":
        return cls(read_or_create_secret(data_dir / SECRET_FILE)[0])

    def _mac(self, transcript_id: str, expires: int) -> str:
        msg = f"{transcript_id}:{expires}".encode("utf-8")
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()

    def url(self, base_url: str, transcript_id: str, fmt: str, expires: float) -> str:
        """The public download URL for a transcript's redacted audio, valid until `expires`."""
        exp = int(expires)
        query = urlencode({"expires": exp, "signature": self._mac(transcript_id, exp)})
        return f"{base_url.rstrip('/')}/redacted-audio/{transcript_id}.{fmt}?{query}"

    def valid(self, transcript_id: str, expires: str | None, signature: str | None,
              now: float | None = None) -> bool:
        """True when the signature matches and the expiry is still in the future."""
        if not expires or not signature or not expires.isdigit():
            return False
        ok = hmac.compare_digest(self._mac(transcript_id, int(expires)), signature)
        return ok and int(expires) > (time.time() if now is None else now)
