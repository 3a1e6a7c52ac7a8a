"""piikit: find and redact PII in speech, fully offline.

Importing piikit is cheap: models, spaCy and the server load only when first used.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "Client": "piikit.client",
    "run": "piikit.engine",
    "find_pii": "piikit.detect",
    "Entity": "piikit.detect",
    "POLICIES": "piikit.policies",
    "words_frame": "piikit.frames",
    "entities_frame": "piikit.frames",
    "policy_counts": "piikit.timeline",
    "coverage_timeline": "piikit.timeline",
    "to_parquet": "piikit.export",
    "read_parquet": "piikit.export",
    "evaluate": "piikit.evaluate",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'piikit' has no attribute {name!r}")


__all__ = ["__version__", *_LAZY]
