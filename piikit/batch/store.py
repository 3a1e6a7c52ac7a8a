"""The output folder of a batch run, and the rules that make reruns safe.

    OUT/manifest.parquet        one row per input file (rebuilt from _state/ by every run)
    OUT/words/, OUT/entities/   Parquet datasets, one fragment per input file (per partition)
    OUT/transcripts/ID.json     the transcript object, as GET /v2/transcript/ID returns it
    OUT/audio/ID.redacted.EXT   redacted audio, when asked
    OUT/_state/ID.json          the commit record of one file: written last, atomically
    OUT/events.log              one JSON line per transcription started and finished
    OUT/_tmp/                   files being written (renamed into place when whole)

A file is done when its commit record exists. Every output is written under _tmp/ (so no
reader of the datasets ever sees a partial file) and renamed into place, and outputs carry the file's stable id in their names, so a run
killed at any point leaves either nothing or a whole file behind, and the next run
overwrites instead of adding rows. A per-file lock stops two processes (a rerun and a worker
orphaned by a killed client) from transcribing the same file at once.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
import time
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

DATASETS = ("words", "entities")
_seconds = pa.float64()
_when = pa.timestamp("ms", tz="UTC")
MANIFEST_SCHEMA = pa.schema([
    ("file_id", pa.string()), ("path", pa.string()), ("status", pa.string()),
    ("error", pa.string()), ("params", pa.string()), ("size_bytes", pa.int64()),
    ("audio_duration_s", _seconds), ("started_at", _when), ("finished_at", _when),
    ("elapsed_s", _seconds), ("cpu_s", _seconds), ("decode_s", _seconds), ("asr_s", _seconds),
    ("detect_s", _seconds), ("audio_s", _seconds), ("worker", pa.string()),
    ("n_words", pa.int64()), ("n_entities", pa.int64()), ("transcript_path", pa.string()),
    ("redacted_audio_path", pa.string()), ("words_files", pa.list_(pa.string())),
    ("entities_files", pa.list_(pa.string())),
])
"""manifest.parquet: one row per input file (paths relative to the output folder)."""
STALE_TEMP_S = 3600
"""Temporary files older than this are leftovers of killed writers and are removed."""


class Store:
    """Paths and safe writes inside one batch output folder."""

    def __init__(self, root: str | Path):
        self.root = Path(root).expanduser().resolve()
        self.state = self.root / "_state"
        self.transcripts = self.root / "transcripts"
        self.audio = self.root / "audio"
        self.manifest = self.root / "manifest.parquet"
        self.events = self.root / "events.log"
        self.tmp = self.root / "_tmp"

    def folders(self) -> tuple[Path, ...]:
        """The folders a run writes into: never inputs, even when OUT is inside (or is) the input folder."""
        return (self.state, self.transcripts, self.audio, self.tmp, *(self.root / n for n in DATASETS))

    def create(self) -> "Store":
        """Make the folder tree (idempotent)."""
        for d in self.folders():
            d.mkdir(parents=True, exist_ok=True)
        return self

    # -- commit records ------------------------------------------------------------------
    def done_ids(self) -> set[str]:
        """Ids whose commit record exists."""
        return {p.name[:-5] for p in os.scandir(self.state) if p.name.endswith(".json")}

    def intents(self) -> set[str]:
        """Ids whose dataset fragments were being moved when a run stopped."""
        return {p.name[:-7] for p in os.scandir(self.state) if p.name.endswith(".intent")}

    def row(self, file_id: str) -> dict[str, Any] | None:
        """The commit record of `file_id`, or None when the file is not done."""
        try:
            return json.loads((self.state / f"{file_id}.json").read_text())
        except FileNotFoundError:
            return None

    def commit(self, row: dict[str, Any]) -> None:
        """Mark a file done: its record is written last, so it only exists over whole outputs."""
        text = json.dumps(row, default=str)
        self.write(self.state / f"{row['file_id']}.json", lambda p: p.write_text(text))

    def rows(self) -> list[dict[str, Any]]:
        """Every commit record in the folder."""
        return [r for r in (self.row(fid) for fid in sorted(self.done_ids())) if r is not None]

    def write_manifest(self, rows: list[dict[str, Any]]) -> pd.DataFrame:
        """Write manifest.parquet (atomically) from manifest rows and return it as a DataFrame."""
        table = manifest_table(rows)
        self.write(self.manifest, lambda p: pq.write_table(table, p))
        return table.to_pandas(types_mapper=pd.ArrowDtype)

    # -- outputs of one file -------------------------------------------------------------
    def write_intent(self, file_id: str, paths: list[str]) -> None:
        """Record the dataset fragments about to be moved in for `file_id`."""
        text = json.dumps(paths)
        self.write(self.state / f"{file_id}.intent", lambda p: p.write_text(text))

    def clear_intent(self, file_id: str) -> None:
        """The file is committed: its record lists its fragments now."""
        (self.state / f"{file_id}.intent").unlink(missing_ok=True)

    def outputs_of(self, file_id: str) -> list[str]:
        """Dataset fragments that an earlier attempt at `file_id` may have left (relative)."""
        found: list[str] = []
        try:
            found += json.loads((self.state / f"{file_id}.intent").read_text())
        except FileNotFoundError:
            pass
        row = self.row(file_id) or {}
        found += [*(row.get("words_files") or []), *(row.get("entities_files") or [])]
        return list(dict.fromkeys(found))

    def remove(self, file_id: str) -> None:
        """Delete every output and record of `file_id` (superseded, or never committed)."""
        row = self.row(file_id) or {}
        for rel in [*self.outputs_of(file_id), row.get("transcript_path"), row.get("redacted_audio_path")]:
            if rel:
                (self.root / rel).unlink(missing_ok=True)
        (self.state / f"{file_id}.json").unlink(missing_ok=True)
        self.clear_intent(file_id)

    def temp_path(self, name: str) -> Path:
        """A fresh path under _tmp/ ending like `name` (same file system: renames are atomic)."""
        return self.tmp / f"{os.getpid()}-{uuid.uuid4().hex[:12]}-{name}"

    def write(self, path: Path, write: Callable[[Path], Any]) -> Path:
        """Call `write` on a temporary path, then rename the whole file to `path`."""
        tmp = self.temp_path(path.name)
        try:
            write(tmp)
            path.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return path

    def remove_stale_temps(self) -> int:
        """Delete temporary files left by writers killed long ago; returns how many."""
        now, n = time.time(), 0
        for p in list(self.tmp.iterdir()):
            try:
                if now - p.stat().st_mtime > STALE_TEMP_S:
                    shutil.rmtree(p) if p.is_dir() else p.unlink()
                    n += 1
            except FileNotFoundError:
                continue
        return n

    # -- locking and the event log -------------------------------------------------------
    @contextmanager
    def lock(self, file_id: str) -> Iterator[None]:
        """Hold an exclusive lock on one file id; the OS drops it if the holder dies."""
        path = self.state / f"{file_id}.lock"
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                same = os.fstat(fd).st_ino == os.stat(path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)  # the previous holder removed that lock file: take the new one
        try:
            yield
        finally:
            path.unlink(missing_ok=True)
            os.close(fd)

    def log(self, event: str, **fields: Any) -> None:
        """Append one JSON line to events.log (a single O_APPEND write, safe across processes)."""
        record = {"time": utc_now(), "event": event, "host": socket.gethostname(),
                  "pid": os.getpid(), **fields}
        line = (json.dumps(record, default=str) + "\n").encode()
        fd = os.open(self.events, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)

    def read_events(self) -> pd.DataFrame:
        """events.log as a DataFrame (empty when nothing ran yet)."""
        if not self.events.exists():
            return pd.DataFrame(columns=["time", "event", "file_id"])
        return pd.read_json(self.events, lines=True, dtype=False)

    def relative(self, path: Path) -> str:
        """`path` relative to the output folder, in POSIX form (the folder can move)."""
        return self.relative_name(path.resolve())

    def relative_name(self, path: Path) -> str:
        """Like `relative`, for a path under the (resolved) root that need not exist yet."""
        return path.relative_to(self.root).as_posix()


def manifest_table(rows: list[dict[str, Any]]) -> pa.Table:
    """Manifest rows (commit records) as an Arrow table with the fixed schema."""
    times = {"started_at", "finished_at"}
    clean = [{name: (datetime.fromisoformat(r[name]) if name in times and isinstance(r.get(name), str)
                     else r.get(name)) for name in MANIFEST_SCHEMA.names} for r in rows]
    return pa.Table.from_pylist(clean, schema=MANIFEST_SCHEMA)


def utc_now() -> str:
    """The current time, ISO 8601 in UTC."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")
