"""The server's settings, gathered in one place so the CLI, the app and the workers agree."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

MB = 1024 * 1024
DEFAULT_PORT = 8765


def default_data_dir() -> Path:
    """`$PIIKIT_DATA_DIR`, else `~/.local/share/piikit/server`."""
    env = os.environ.get("PIIKIT_DATA_DIR")
    return Path(env) if env else Path.home() / ".local" / "share" / "piikit" / "server"


def default_workers() -> int:
    """One worker per two cores: each runs the ASR model with its own threads."""
    return max(1, (os.cpu_count() or 2) // 2)


@dataclass
class ServerConfig:
    """Everything `piikit serve` can be told; defaults follow the cloud API's limits."""

    data_dir: Path = field(default_factory=default_data_dir)
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    workers: int = field(default_factory=default_workers)
    api_keys: list[str] = field(default_factory=list)
    allow_dirs: list[Path] = field(default_factory=list)
    public_url: str | None = None
    model_dir: Path | None = None
    max_upload_bytes: int = int(2.2 * 1024 * MB)
    max_download_bytes: int = int(2.2 * 1024 * MB)
    download_timeout_s: float = 600.0
    redacted_audio_ttl_s: float = 24 * 3600.0
    upload_ttl_s: float = 24 * 3600.0
    webhook_timeout_s: float = 10.0
    webhook_tries: int = 10
    webhook_retry_delay_s: float = 10.0
    max_queued_per_key: int = 1000
    preload_model: bool = True

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir).expanduser().resolve()
        self.allow_dirs = [Path(d).expanduser().resolve() for d in self.allow_dirs]
        if self.model_dir is not None:
            self.model_dir = Path(self.model_dir).expanduser().resolve()

    @property
    def db_path(self) -> Path:
        return self.data_dir / "jobs.sqlite3"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def redacted_dir(self) -> Path:
        return self.data_dir / "redacted"

    @property
    def downloads_dir(self) -> Path:
        return self.data_dir / "downloads"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "server.log"
