"""The job store: uploads and transcripts in one SQLite database (WAL, fsync on commit).

Every state change is one committed statement, so a server killed at any moment restarts
from a consistent table: queued jobs run, jobs caught mid-run are retried once, then fail.
Deleted content is overwritten on disk (`secure_delete`) and the WAL is truncated.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS uploads (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS transcripts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL,
    status TEXT NOT NULL,
    params TEXT NOT NULL,
    source TEXT NOT NULL,
    base_url TEXT NOT NULL,
    result TEXT,
    error TEXT,
    created REAL NOT NULL,
    started REAL,
    completed REAL,
    attempts INTEGER NOT NULL DEFAULT 0,
    worker TEXT,
    progress REAL NOT NULL DEFAULT 0,
    redacted_path TEXT,
    redacted_ready REAL,
    webhook_due INTEGER NOT NULL DEFAULT 0,
    webhook_status_code INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS transcripts_owner ON transcripts (owner, seq);
CREATE INDEX IF NOT EXISTS transcripts_status ON transcripts (status, seq);
CREATE INDEX IF NOT EXISTS transcripts_webhooks ON transcripts (webhook_due) WHERE webhook_due != 0;
"""

TERMINAL = ("completed", "error")
WEBHOOK_TRANSCRIPT = 1
"""`webhook_due` bit: the transcript-ready notification is still to be delivered."""
WEBHOOK_AUDIO = 2
"""`webhook_due` bit: the redacted-audio-ready notification is still to be delivered."""
MAX_ATTEMPTS = 2
INTERRUPTED = ("Processing was interrupted twice (the server stopped or a worker crashed), "
               "so the job was not retried again. Submit it again to retry.")


_PENDING = "t.status IN ('queued', 'processing') AND t.deleted = 0"


class Store:
    """Thread-safe access to the job database: one connection per thread."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = self._conn()
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(SCHEMA)

    def _conn(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA secure_delete=ON")
            db.execute("PRAGMA busy_timeout=30000")
            self._local.db = db
        return db

    def _one(self, sql: str, args: tuple = ()) -> dict[str, Any] | None:
        row = self._conn().execute(sql, args).fetchone()
        return dict(row) if row else None

    def _all(self, sql: str, args: tuple = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self._conn().execute(sql, args).fetchall()]

    def _run(self, sql: str, args: tuple = ()) -> int:
        return self._conn().execute(sql, args).rowcount

    # uploads -----------------------------------------------------------------------------
    def add_upload(self, upload_id: str, owner: str, path: Path, size: int) -> None:
        self._run("INSERT INTO uploads (id, owner, path, size, created) VALUES (?, ?, ?, ?, ?)",
                  (upload_id, owner, str(path), size, time.time()))

    def upload(self, upload_id: str, owner: str | None = None) -> dict[str, Any] | None:
        """The upload row, only if it belongs to `owner` (when given)."""
        row = self._one("SELECT * FROM uploads WHERE id = ?", (upload_id,))
        return row if row and (owner is None or row["owner"] == owner) else None

    def remove_upload(self, upload_id: str) -> None:
        self._run("DELETE FROM uploads WHERE id = ?", (upload_id,))

    def upload_pending(self, upload_id: str) -> bool:
        """Whether a queued or running job still has to read this upload."""
        return self._one(f"SELECT 1 AS x FROM transcripts t WHERE source = ? AND {_PENDING} LIMIT 1",
                         (f"upload:{upload_id}",)) is not None

    def stale_uploads(self, ttl_s: float) -> list[dict[str, Any]]:
        """Uploads older than `ttl_s` that no queued or running job reads (also those whose
        transcript request was refused: nothing else would ever remove them)."""
        return self._all(f"SELECT id, path FROM uploads u WHERE created < ? AND NOT EXISTS "
                         f"(SELECT 1 FROM transcripts t WHERE t.source = 'upload:' || u.id AND {_PENDING})",
                         (time.time() - ttl_s,))

    # transcripts ---------------------------------------------------------------------------
    def create(self, transcript_id: str, owner: str, params: dict, source: str,
               base_url: str) -> dict[str, Any]:
        """A new queued job; `base_url` is where its client reached us (for URLs in webhooks)."""
        self._run("INSERT INTO transcripts (id, owner, status, params, source, base_url, created) "
                  "VALUES (?, ?, 'queued', ?, ?, ?, ?)",
                  (transcript_id, owner, json.dumps(params), source, base_url, time.time()))
        return self.get(transcript_id)

    def get(self, transcript_id: str, owner: str | None = None) -> dict[str, Any] | None:
        """The transcript row, only if it belongs to `owner` (when given)."""
        row = self._one("SELECT * FROM transcripts WHERE id = ?", (transcript_id,))
        return row if row and (owner is None or row["owner"] == owner) else None

    def queued_count(self, owner: str) -> int:
        return self._one("SELECT COUNT(*) AS n FROM transcripts WHERE owner = ? AND status = 'queued'",
                         (owner,))["n"]

    def page(self, owner: str, *, limit: int, status: str | None = None,
             day: tuple[float, float] | None = None, before_seq: int | None = None,
             after_seq: int | None = None) -> tuple[list[dict], bool, bool]:
        """One page of an owner's transcripts, newest first, and whether older/newer ones exist."""
        where, args = ["owner = ?"], [owner]
        if status:
            where.append("status = ?")
            args.append(status)
        if day:
            where.append("created >= ? AND created < ?")
            args.extend(day)
        base = " AND ".join(where)
        cols = "seq, id, status, params, created, completed, error, deleted"
        if after_seq is not None:
            rows = self._all(f"SELECT {cols} FROM transcripts WHERE {base} AND seq > ? "
                             "ORDER BY seq ASC LIMIT ?", (*args, after_seq, limit))[::-1]
        elif before_seq is not None:
            rows = self._all(f"SELECT {cols} FROM transcripts WHERE {base} AND seq < ? "
                             "ORDER BY seq DESC LIMIT ?", (*args, before_seq, limit))
        else:
            rows = self._all(f"SELECT {cols} FROM transcripts WHERE {base} ORDER BY seq DESC LIMIT ?",
                             (*args, limit))
        if not rows:
            return rows, False, False
        older = self._one(f"SELECT 1 FROM transcripts WHERE {base} AND seq < ? LIMIT 1",
                          (*args, rows[-1]["seq"])) is not None
        newer = self._one(f"SELECT 1 FROM transcripts WHERE {base} AND seq > ? LIMIT 1",
                          (*args, rows[0]["seq"])) is not None
        return rows, older, newer

    # the worker's side ---------------------------------------------------------------------
    def claim(self, worker: str) -> dict[str, Any] | None:
        """Atomically take the oldest queued job for `worker`, counting one attempt."""
        return self._one(
            "UPDATE transcripts SET status = 'processing', attempts = attempts + 1, worker = ?, "
            "started = ?, progress = 0 WHERE seq = (SELECT seq FROM transcripts "
            "WHERE status = 'queued' ORDER BY seq LIMIT 1) AND status = 'queued' RETURNING *",
            (worker, time.time()))

    def set_progress(self, transcript_id: str, worker: str, fraction: float) -> None:
        self._run("UPDATE transcripts SET progress = ? WHERE id = ? AND worker = ? "
                  "AND status = 'processing'", (fraction, transcript_id, worker))

    def finish(self, transcript_id: str, worker: str, *, status: str, result: dict | None,
               error: str | None, redacted_path: Path | None, webhook: bool) -> bool:
        """Store a job's outcome if `worker` still owns it; False when it no longer does."""
        now = time.time()
        due = 0
        if webhook:
            due = WEBHOOK_TRANSCRIPT | (WEBHOOK_AUDIO if redacted_path else 0)
        return self._run(
            "UPDATE transcripts SET status = ?, result = ?, error = ?, completed = ?, progress = 1, "
            "redacted_path = ?, redacted_ready = ?, webhook_due = ? "
            "WHERE id = ? AND worker = ? AND status = 'processing' AND deleted = 0",
            (status, json.dumps(result) if result is not None else None, error, now,
             str(redacted_path) if redacted_path else None, now if redacted_path else None,
             due, transcript_id, worker)) == 1

    def release(self, worker: str, *, count_attempt: bool) -> list[str]:
        """Put `worker`'s unfinished jobs back in the queue (or fail those out of attempts)."""
        return self._release("worker = ?", (worker,), count_attempt)

    def recover(self) -> list[str]:
        """At start-up: every job left `processing` by a previous run was interrupted."""
        return self._release("1 = 1", (), True)

    def _release(self, cond: str, args: tuple, count_attempt: bool) -> list[str]:
        now = time.time()
        with self._tx() as db:
            rows = db.execute(f"SELECT id, attempts, params FROM transcripts "
                              f"WHERE status = 'processing' AND {cond}", args).fetchall()
            for r in rows:
                attempts = r["attempts"] if count_attempt else r["attempts"] - 1
                if attempts >= MAX_ATTEMPTS:
                    hook = WEBHOOK_TRANSCRIPT if json.loads(r["params"]).get("webhook_url") else 0
                    db.execute("UPDATE transcripts SET status = 'error', error = ?, completed = ?, "
                               "worker = NULL, webhook_due = ? WHERE id = ?",
                               (INTERRUPTED, now, hook, r["id"]))
                else:
                    db.execute("UPDATE transcripts SET status = 'queued', attempts = ?, worker = NULL, "
                               "progress = 0 WHERE id = ?", (attempts, r["id"]))
        return [r["id"] for r in rows]

    def _tx(self) -> "_Transaction":
        return _Transaction(self._conn())

    # deletion, expiry, webhooks ----------------------------------------------------------
    def cancel_queued(self, transcript_id: str, owner: str) -> bool:
        """Stop a queued job from ever running (before it is deleted)."""
        return self._run("UPDATE transcripts SET status = 'error', error = 'Deleted by user.', "
                         "completed = ? WHERE id = ? AND owner = ? AND status = 'queued'",
                         (time.time(), transcript_id, owner)) == 1

    def mark_deleted(self, transcript_id: str, tombstone: dict, params: dict) -> None:
        """Replace a finished transcript's content with its tombstone and scrub the disk."""
        self._run("UPDATE transcripts SET result = ?, params = ?, deleted = 1, redacted_path = NULL, "
                  "redacted_ready = NULL, webhook_due = 0 WHERE id = ?",
                  (json.dumps(tombstone), json.dumps(params), transcript_id))
        self.checkpoint()

    def checkpoint(self) -> None:
        """Fold the WAL into the database and truncate it, so old page images leave the disk."""
        try:
            self._conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError:
            pass  # busy: the next checkpoint will fold it

    def expired_audio(self, ttl_s: float) -> list[dict[str, Any]]:
        return self._all("SELECT id, redacted_path FROM transcripts WHERE redacted_path IS NOT NULL "
                         "AND redacted_ready < ?", (time.time() - ttl_s,))

    def forget_audio(self, transcript_id: str) -> None:
        self._run("UPDATE transcripts SET redacted_path = NULL WHERE id = ?", (transcript_id,))

    def webhooks_due(self) -> list[dict[str, Any]]:
        return self._all("SELECT * FROM transcripts WHERE webhook_due != 0 AND deleted = 0")

    def webhook_sent(self, transcript_id: str, bit: int, status_code: int | None) -> None:
        if bit == WEBHOOK_TRANSCRIPT:
            self._run("UPDATE transcripts SET webhook_due = webhook_due & ?, webhook_status_code = ? "
                      "WHERE id = ?", (~bit, status_code, transcript_id))
        else:
            self._run("UPDATE transcripts SET webhook_due = webhook_due & ? WHERE id = ?",
                      (~bit, transcript_id))

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None


class _Transaction:
    """`BEGIN IMMEDIATE` ... `COMMIT` (or `ROLLBACK` on error) on one connection."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
