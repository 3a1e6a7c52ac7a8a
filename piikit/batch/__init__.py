"""Batch redaction of many recordings on Dask, resumable, into a Parquet dataset.

    from piikit.batch import run
    summary = run("calls/", "out/", {"redact_pii": True, "redact_pii_policies": ["person_name"]})

See docs/scaling.md for the output layout, clusters and what an archive costs.
"""

from __future__ import annotations

from piikit.batch.runner import run

__all__ = ["run"]
