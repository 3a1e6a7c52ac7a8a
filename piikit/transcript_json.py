"""Many transcript JSON files straight into Arrow, without a Python object per word.

`words_frame` over thousands of files spends most of its time making a dict per word with
`json.loads` and copying those dicts into Arrow again. Here Arrow's C++ JSON reader parses
all files at once (on every core) into list columns. Any file it cannot read exactly as the
API writes it (a float time, a numeric speaker, not one object, ...) makes `read_files`
return None, and the caller takes the careful per-file path with its clear errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pajson

WORD = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                  ("confidence", pa.float64()), ("speaker", pa.string()),
                  ("channel", pa.string())])
"""A word of `words` / `unredacted_words`, with every field `words_frame` reads."""
ENTITY = pa.struct([("entity_type", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
LISTS = {"words": WORD, "unredacted_words": WORD, "entities": ENTITY}
"""The transcript's lists read into Arrow, and the struct of their items."""
FIELDS = {"id": pa.string(), "status": pa.string(), "error": pa.string(),
          "redact_pii": pa.bool_(), "redact_pii_sub": pa.string(),
          "redact_pii_policies": pa.list_(pa.string())}
"""The transcript-level fields read into Python (one small dict per transcript)."""
_SCHEMA = pa.schema([*FIELDS.items(), *((k, pa.list_(t)) for k, t in LISTS.items())])

Lists = dict[str, tuple[pa.StructArray, np.ndarray]]
"""Per list name: all transcripts' items concatenated, and how many each transcript has."""


def read_files(paths: Sequence[Path]) -> tuple[list[dict], Lists] | None:
    """(transcript-level fields per file, the lists of all files), or None when any file is
    not plain API-shaped JSON (the caller then reads the files one by one)."""
    # Inside valid JSON a raw line break can only be whitespace between tokens, so each
    # file becomes one line and all files one newline-delimited document.
    document, longest = bytearray(), 0
    for path in paths:
        try:
            line = path.read_bytes().replace(b"\r", b" ").replace(b"\n", b" ").strip()
        except OSError:
            return None
        if not line.startswith(b"{"):
            return None
        document += line + b"\n"
        longest = max(longest, len(line))
    block = max(1 << 20, longest + 1)
    try:
        table = pajson.read_json(
            pa.BufferReader(pa.py_buffer(document)),
            read_options=pajson.ReadOptions(block_size=block),
            parse_options=pajson.ParseOptions(explicit_schema=_SCHEMA,
                                              unexpected_field_behavior="ignore"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError):
        return None
    if table.num_rows != len(paths):
        return None
    fields = table.select(list(FIELDS)).to_pylist()
    lists = {}
    for name in LISTS:
        column = table.column(name).combine_chunks()
        items = column.flatten()
        if items.null_count:  # a null where a word or entity object belongs
            return None
        lengths = pc.fill_null(pc.list_value_length(column), 0)
        lists[name] = (items, lengths.to_numpy().astype(np.int64))
    return fields, lists
