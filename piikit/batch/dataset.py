"""The words and entities datasets of a batch run: one fragment per input file.

Fragments are named after the file's stable id, so a rerun replaces them instead of adding
rows, and are renamed into place whole. `words/` is written by `piikit.export.to_parquet`
(its schema and metadata), and `finish` adds the `_common_metadata` that lets
`piikit.export.read_parquet` read the whole folder back.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Sequence

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from piikit.batch.store import Store


def stage(store: Store, dataset: str, frame: pd.DataFrame | None, partition_by: Sequence[str],
          include_original: bool) -> Path | None:
    """Write `frame` as a small dataset under _tmp/ (None when there is no frame)."""
    if frame is None:
        return None
    staging = store.temp_path(dataset)
    _write_frame(dataset, frame, staging, partition_by, include_original)
    return staging


def publish(store: Store, file_id: str, staged: dict[str, Path | None]) -> dict[str, list[str]]:
    """Move staged fragments into the datasets as `DATASET/[KEY=VALUE/...]FILE_ID[-K].parquet`.

    Earlier fragments of the file (from a failed or interrupted attempt) are deleted first;
    the list of new ones is recorded before moving, so an interruption can be cleaned up.
    """
    moves: list[tuple[Path, Path]] = []
    for dataset, staging in staged.items():
        if staging is None:
            continue
        root = store.root / dataset
        for k, fragment in enumerate(sorted(staging.rglob("*.parquet"))):
            name = f"{file_id}-{k}.parquet" if k else f"{file_id}.parquet"
            moves.append((fragment, root / fragment.parent.relative_to(staging) / name))
    new = [store.relative_name(dest) for _, dest in moves]
    for old in store.outputs_of(file_id):
        if old not in new:
            (store.root / old).unlink(missing_ok=True)
    store.write_intent(file_id, new)
    for src, dest in moves:
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, dest)
    for staging in staged.values():
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    return {d: [n for n in new if n.startswith(d + "/")] for d in staged}


def _write_frame(dataset: str, frame: pd.DataFrame, folder: Path, partition_by: Sequence[str],
                 include_original: bool) -> None:
    """Words through the analysis export (its schema and metadata); entities alike, by pyarrow."""
    parts = [c for c in partition_by if c in frame.columns]
    if dataset == "words":
        from piikit.export import to_parquet

        target = folder / "part.parquet" if not parts else folder
        to_parquet(frame, target, partition_by=parts or None, include_original=include_original)
        return
    table = pa.Table.from_pandas(frame, preserve_index=False)
    table = table.replace_schema_metadata({b"piikit": json.dumps(frame.attrs.get("piikit", {})).encode()})
    ds.write_dataset(table, folder, format="parquet", basename_template="part-{i}.parquet",
                     partitioning=ds.partitioning(table.select(parts).schema, flavor="hive") if parts else None,
                     file_options=ds.ParquetFileFormat().make_write_options(compression="zstd"))


def finish(store: Store, transcript_ids: Sequence[str], partition_by: Sequence[str],
           include_original: bool) -> None:
    """Write words/_common_metadata: schema, piikit metadata and the transcripts' order."""
    from piikit.export import METADATA_KEY, schema

    root = store.root / "words"
    first = next(root.rglob("*.parquet"), None)
    if first is None:
        return
    meta = json.loads((pq.read_schema(first).metadata or {}).get(METADATA_KEY, b"{}"))
    meta.update(partition_by=list(partition_by), transcripts=list(transcript_ids))
    sch = schema(include_original).with_metadata({METADATA_KEY: json.dumps(meta).encode()})
    store.write(root / "_common_metadata", lambda p: pq.write_metadata(sch, p))
