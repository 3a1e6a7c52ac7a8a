"""Render src/nopii_calls.txt (one whole call per paragraph) to nopii_calls.jsonl, zero spans.

Written blind to the detector: each call holds no PII under the README's label guidelines, only
look-alikes, so the split measures how many whole calls piikit leaves untouched.
Run: .venv/bin/python data/pii_eval/src/nopii_calls_render.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "nopii_calls.txt"
OUT = HERE.parent / "nopii_calls.jsonl"


def read_calls(path: Path = SRC) -> list[str]:
    """Return the calls of the source file: paragraphs separated by blank lines."""
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    return [" ".join(p.split()) for p in paragraphs if p.strip()]


def render(calls: list[str]) -> list[dict]:
    """Return the JSONL objects: the `_meta` line, then one span-free record per call."""
    meta = {
        "split": "nopii_calls",
        "lines": len(calls),
        "spans": 0,
        "tuning": "written blind, no PII by the label guidelines; "
        "measures how many whole calls piikit leaves untouched",
        "licence": "CC0-1.0 (hand-written for piikit, no third-party text)",
        "generator": "data/pii_eval/src/nopii_calls_render.py from src/nopii_calls.txt",
    }
    rows = [{"id": f"nopii-c{i:02d}", "text": text, "spans": [], "source": "nopii"}
            for i, text in enumerate(calls, 1)]
    return [{"_meta": meta}, *rows]


def main() -> None:
    """Write nopii_calls.jsonl next to the other splits."""
    lines = [json.dumps(obj, ensure_ascii=False) for obj in render(read_calls())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(lines) - 1} calls)")


if __name__ == "__main__":
    main()
