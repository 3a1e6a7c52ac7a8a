"""What a batch run works on: a folder, a glob or a manifest table, turned into jobs.

A job is one audio file with its request parameters (the run's, with the manifest's per-file
columns merged over them) and a stable id: the hash of the absolute path and the complete,
validated parameters. Running the same input again gives the same ids, so outputs are
overwritten rather than duplicated.
"""

from __future__ import annotations

import glob as globlib
import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import pandas as pd

from piikit import params as params_mod
from piikit.audio import AUDIO_SUFFIXES
from piikit.errors import ParamError, PiikitError

MANIFEST_SUFFIXES = (".csv", ".parquet", ".pq")


@dataclass(frozen=True)
class Job:
    """One input file: where it is, how to process it, and the id its outputs carry."""

    file_id: str
    path: str
    params: dict[str, Any] = field(hash=False)
    error: str | None = None
    """A per-file parameter problem found while planning; the file is recorded as failed."""
    duration_s: float | None = None
    """Audio length from a header probe (None when the file cannot be probed)."""


def file_id(path: str, params: dict[str, Any]) -> str:
    """A stable id for (absolute path, parameters): reruns map to the same outputs."""
    blob = json.dumps({"path": path, "params": params}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:20]


def plan(source: str | Path | Sequence[str | Path] | pd.DataFrame,
         params: dict[str, Any], *, skip: Iterable[str | Path] = ()) -> list[Job]:
    """Jobs for `source` (folder, glob, manifest file or DataFrame, or a list of paths).

    The run's `params` are validated first; a bad one raises `ParamError` and stops the run.
    A bad per-file parameter only fails that file. A folder or glob leaves out the files
    under the folders `skip` names (a run's own outputs, when its output folder is inside
    its input folder); a manifest or a list names its files and gets them all.
    """
    params_mod.validate({**params, "audio_url": "x"})
    rows = _rows(source, tuple(Path(s).expanduser().resolve() for s in skip))
    return [_job(path, {**params, **extra}) for path, extra in rows]


def _job(path: str, merged: dict[str, Any]) -> Job:
    merged = {**merged, "audio_url": path}
    try:
        complete = params_mod.echo(params_mod.validate(merged))
    except ParamError as e:
        return Job(file_id(path, merged), path, merged, error=str(e))
    return Job(file_id(path, complete), path, merged)


def _rows(source: str | Path | Sequence[str | Path] | pd.DataFrame,
          skip: tuple[Path, ...] = ()) -> list[tuple[str, dict]]:
    if isinstance(source, pd.DataFrame):
        return _manifest_rows(source, Path.cwd())
    if isinstance(source, (list, tuple)):
        return [(_absolute(p), {}) for p in source]
    text = str(source)
    path = Path(text).expanduser()
    if path.is_dir():
        return [(str(p), {}) for p in _audio_files(path.rglob("*"), skip)]
    if path.is_file() and path.suffix.lower() in MANIFEST_SUFFIXES:
        return _manifest_rows(_read_manifest(path), path.resolve().parent)
    if path.is_file():
        return [(_absolute(path), {})]
    if globlib.has_magic(text):
        found = _audio_files((Path(p) for p in globlib.glob(str(path), recursive=True)), skip)
        if not found:
            raise PiikitError(f"No audio files match {text}")
        return [(str(p), {}) for p in found]
    raise PiikitError(f"Input not found: {text} (give a folder, a glob, or a CSV/Parquet manifest)")


def _audio_files(paths: Iterable[Path], skip: tuple[Path, ...] = ()) -> list[Path]:
    found = (p.resolve() for p in paths if p.is_file() and p.suffix.lower() in AUDIO_SUFFIXES)
    return sorted(p for p in found if not any(p.is_relative_to(d) for d in skip))


def _absolute(p: str | Path, base: Path | None = None) -> str:
    path = Path(p).expanduser()
    if not path.is_absolute() and base is not None:
        path = base / path
    return str(path.resolve())


def _read_manifest(path: Path) -> pd.DataFrame:
    try:
        if path.suffix.lower() == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False)
        return pd.read_parquet(path)
    except (OSError, ValueError) as e:
        raise PiikitError(f"Cannot read the manifest {path}: {e}") from e


def _manifest_rows(table: pd.DataFrame, base: Path) -> list[tuple[str, dict]]:
    """(absolute path, per-file params) per row; relative paths are relative to the manifest."""
    if "path" not in table.columns:
        raise PiikitError("The manifest needs a `path` column (one audio file per row)")
    unknown = [c for c in table.columns if c != "path" and c not in params_mod.FIELDS]
    if unknown:
        raise PiikitError(f"Manifest column {unknown[0]!r} is neither `path` nor a request parameter "
                          "(see `piikit.params.FIELDS`)")
    rows = []
    for record in table.to_dict("records"):
        extra = {k: _coerce(k, v) for k, v in record.items() if k != "path" and not _missing(v)}
        rows.append((_absolute(str(record["path"]), base), extra))
    return rows


def _missing(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, str):
        return v.strip() == ""
    return isinstance(v, float) and math.isnan(v)


def _coerce(field_name: str, v: Any) -> Any:
    """A manifest cell as its parameter's type: CSV text read as JSON, else as text, else a,b,c."""
    if hasattr(v, "tolist"):  # numpy scalars and arrays from Parquet
        return v.tolist()
    if not isinstance(v, str):
        return v
    candidates = []
    try:
        candidates.append(json.loads(v))
    except ValueError:
        pass
    candidates += [v, [s.strip() for s in v.split(",") if s.strip()]]
    check, _ = params_mod.FIELDS[field_name]
    for candidate in candidates:
        try:
            check(field_name, candidate)
            return candidate
        except ParamError:
            continue
    return v  # validation names the field and the type it wants
