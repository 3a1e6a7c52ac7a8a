"""Words frames to Parquet and back: one file or a partitioned dataset, with a fixed schema.

Originals (the PII itself) are left out unless the caller asks: exports are the usual way
PII escapes. The schema is `piikit.frames.WORD_COLUMNS`; the file metadata key `piikit`
holds JSON with the piikit version, the policies requested and the substitutions used.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from piikit import __version__
from piikit.errors import PiikitError
from piikit.frames import WORD_COLUMNS, words_frame

SCHEMA_VERSION = 1
METADATA_KEY = b"piikit"
PARTITION_COLUMNS = ("transcript_id", "speaker", "channel", "policy", "redacted")
"""Columns an export may be partitioned by (few distinct values, never PII)."""


def schema(include_original: bool = False) -> pa.Schema:
    """The Arrow schema of an export (without `original` unless asked)."""
    return pa.schema([pa.field(n, t, nullable=n not in ("transcript_id", "word_index"))
                      for n, t in WORD_COLUMNS.items() if include_original or n != "original"])


def to_parquet(frame: Any, path: str | Path, *, partition_by: str | Sequence[str] | None = None,
               include_original: bool = False, overwrite: bool = True) -> Path:
    """Write a words frame (or transcripts) to `path`: a `.parquet` file, else a dataset folder.

    A folder holds `part-N.parquet` files, Hive-partitioned with `partition_by` (e.g.
    "transcript_id" -> `transcript_id=abc/part-0.parquet`), and `_common_metadata`.
    `overwrite` replaces a file, or a folder that an earlier export wrote; any other
    non-empty folder is refused.
    """
    frame = frame if isinstance(frame, pd.DataFrame) else words_frame(frame)
    missing = [c for c in WORD_COLUMNS if c != "original" and c not in frame.columns]
    if missing:
        raise PiikitError(f"not a words frame (missing columns {missing}); build it with words_frame")
    parts = [] if partition_by is None else [partition_by] if isinstance(partition_by, str) \
        else list(partition_by)
    bad = [c for c in parts if c not in PARTITION_COLUMNS]
    if bad:
        raise PiikitError(f"cannot partition by {bad}: use {', '.join(PARTITION_COLUMNS)}")
    if include_original and "original" not in frame.columns:
        raise PiikitError("include_original=True, but this frame has no `original` column")
    sch = schema(include_original)
    table = pa.Table.from_pandas(frame[sch.names], schema=sch, preserve_index=False)
    meta = {**frame.attrs.get("piikit", {}), "piikit_version": __version__,
            "schema_version": SCHEMA_VERSION, "include_original": include_original}
    table = table.replace_schema_metadata({METADATA_KEY: json.dumps(meta).encode()})
    path = Path(path)
    _make_room(path, overwrite)
    if not parts and path.suffix == ".parquet" and not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, path, compression="zstd")
        return path
    ds.write_dataset(
        table, path, format="parquet", basename_template="part-{i}.parquet",
        partitioning=ds.partitioning(pa.schema([sch.field(c) for c in parts]), flavor="hive")
        if parts else None,
        file_options=ds.ParquetFileFormat().make_write_options(compression="zstd"),
        max_rows_per_group=1 << 20)
    path.mkdir(parents=True, exist_ok=True)  # no rows (only failed transcripts) write no part files
    order = list(dict.fromkeys(table.column("transcript_id").to_pylist()))
    common = {**meta, "partition_by": parts, "transcripts": order}
    pq.write_metadata(sch.with_metadata({METADATA_KEY: json.dumps(common).encode()}),
                      path / "_common_metadata")
    return path


def read_parquet(path: str | Path) -> pd.DataFrame:
    """Read an export back as the words frame it was written from (exact dtypes and values).

    A dataset folder comes back in its transcripts' original order, then `word_index`.
    The metadata lands in `frame.attrs["piikit"]`.
    """
    path = Path(path)
    if path.is_file():
        table = pq.read_table(path)
        meta = _metadata(table.schema, path)
        table = table.replace_schema_metadata(None)
    elif path.is_dir():
        meta = _metadata(pq.read_schema(path / "_common_metadata"), path) \
            if (path / "_common_metadata").exists() else _metadata(pa.schema([]), path)
        sch = schema(bool(meta.get("include_original")))
        dataset = ds.dataset(path, format="parquet", partitioning="hive")
        table = dataset.to_table() if dataset.files else sch.empty_table()
        table = pa.table({n: table.column(n).cast(sch.field(n).type) for n in sch.names}, schema=sch)
        rank = pd.Series(np.arange(len(meta["transcripts"])), index=meta["transcripts"])
        tid = table.column("transcript_id").to_pandas()
        table = table.take(np.lexsort((table.column("word_index").to_numpy(),
                                       pd.factorize(tid, sort=True)[0],
                                       tid.map(rank).fillna(len(rank)).to_numpy(np.int64))))
    else:
        raise PiikitError(f"no such Parquet file or dataset: {path}")
    frame = table.to_pandas(types_mapper=pd.ArrowDtype)
    for key in ("transcripts", "partition_by"):
        meta.pop(key, None)
    frame.attrs["piikit"] = meta
    return frame


def _make_room(path: Path, overwrite: bool) -> None:
    """Clear an earlier export at `path` when allowed; refuse anything else in the way."""
    if not path.exists() or (path.is_dir() and not any(path.iterdir())):
        return
    if not overwrite:
        raise PiikitError(f"{path} already exists; pass overwrite=True (CLI: --overwrite) to replace it")
    if path.is_file():
        path.unlink()
        return
    common = path / "_common_metadata"
    if not common.exists() or METADATA_KEY not in (pq.read_schema(common).metadata or {}):
        raise PiikitError(f"{path} is a folder that a piikit export did not write; "
                          "choose a new or empty folder")
    shutil.rmtree(path)


def _metadata(sch: pa.Schema, path: Path) -> dict:
    """The piikit metadata of a Parquet schema; a clear error for data piikit did not write."""
    raw = (sch.metadata or {}).get(METADATA_KEY)
    if raw is None:
        raise PiikitError(f"{path} was not written by piikit's to_parquet (no piikit metadata)")
    return json.loads(raw)
