"""API keys: which keys the server accepts and which owner each key's data belongs to.

Keys come from `--api-key` or `PIIKIT_API_KEYS`; with none, one is generated on first start
and kept in the data dir (0600). The database stores only a hash of the key (the owner),
so a copied database does not hand out working keys.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_FILE = "api_key"
AUTH_ERROR = "Authentication error, API token missing/invalid"


def owner_of(key: str) -> str:
    """The stable, non-reversible owner id stored with a key's uploads and transcripts."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def read_or_create_secret(path: Path, nbytes: int = 32) -> tuple[str, bool]:
    """The secret stored at `path`, creating it with 0600 permissions if absent; (secret, created)."""
    try:
        return path.read_text(encoding="ascii").strip(), False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(nbytes)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process won the race: use its secret
        return path.read_text(encoding="ascii").strip(), False
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(value + "\n")
        f.flush()
        os.fsync(f.fileno())
    return value, True


def load_keys(given: list[str], data_dir: Path) -> tuple[list[str], str | None]:
    """The accepted keys, and the one newly generated (to print once) when none were given."""
    keys = [k.strip() for k in given if k.strip()]
    if not keys:
        keys = [k.strip() for k in os.environ.get("PIIKIT_API_KEYS", "").split(",") if k.strip()]
    if keys:
        return keys, None
    key, created = read_or_create_secret(data_dir / KEY_FILE)
    return [key], key if created else None


class KeyRing:
    """Answers "which owner is this Authorization header?" in constant time per key."""

    def __init__(self, keys: list[str]):
        self._keys = [(k.encode("utf-8"), owner_of(k)) for k in keys]

    def owner(self, header: str | None) -> str | None:
        """The owner id for a raw `Authorization` header value (a `Bearer ` prefix is tolerated)."""
        if not header:
            return None
        value = header.strip()
        if value[:7].lower() == "bearer ":
            value = value[7:].strip()
        given = value.encode("utf-8")
        found = None
        for key, owner in self._keys:
            if hmac.compare_digest(key, given):
                found = owner
        return found
