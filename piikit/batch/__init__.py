"""Batch redaction of many recordings on Dask, resumable, into a Parquet dataset.

    from piikit.batch import run
    summary = run("calls/", "out/", {"redact_pii": True, "redact_pii_policies": ["person_name"]})

See docs/scaling.md for the output layout, clusters and what an archive costs.
"""

from __future__ import annotations

from typing import Any

__all__ = ["run"]


def __getattr__(name: str) -> Any:
    """`run` on first use: `piikit.batch.media` (read by `piikit redact`) loads no pandas or Dask."""
    if name == "run":
        from piikit.batch.runner import run

        return run
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
