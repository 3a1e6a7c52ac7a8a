"""Render hand-written whole calls in inline markup to a data/pii_eval split.

One call per paragraph; each value written as `{value|policy}`. Every span is checked (a known
policy, trimmed, no trailing `,:?`, no leading article, sorted, equal to its value) before the
JSON lines are written with their `_meta` line. `blind_sets.py` lists the blind sets and renders
them; the writers of a new blind set may keep to the format in ../README.md without reading this file.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from piikit.policies import POLICIES  # noqa: E402  (run as a script from any folder)

MARK = re.compile(r"\{([^{}|]+)\|([a-z_]+)\}")
# "the Grand Canyon" keeps its article outside; "a hundred" is a number, "A 213 884" a code
_ARTICLE = re.compile(r"(?i:the|an?) (?=[A-Za-z][a-z])(?!(?i:hundred|thousand|million)\b)")


def render_call(markup: str) -> tuple[str, list[dict]]:
    """The plain text of one call and its checked, sorted spans."""
    parts, spans, length, pos = [], [], 0, 0
    for m in MARK.finditer(markup):
        parts.append(markup[pos:m.start()])
        length += m.start() - pos
        value, policy = m.group(1), m.group(2)
        assert policy in POLICIES, f"unknown policy {policy!r} in {m.group(0)!r}"
        assert value == value.strip() and not value.endswith((",", ":", "?")), f"untrimmed value {value!r}"
        assert policy == "blood_type" or not _ARTICLE.match(value), f"leading article in {value!r}"
        spans.append({"start": length, "end": length + len(value), "policy": policy})
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(markup[pos:])
    text = "".join(parts)
    assert not set("{}|") & set(text), f"stray markup in: {text[:80]!r}"
    for s, m in zip(spans, MARK.finditer(markup)):
        assert text[s["start"]:s["end"]] == m.group(1)
    assert all(a["end"] <= b["start"] for a, b in zip(spans, spans[1:])), "spans overlap or are unsorted"
    return text, spans


def write_split(src: Path, split: str, id_prefix: str, about: dict) -> None:
    """Render every paragraph of `src` to data/pii_eval/<split>.jsonl; `about` holds the _meta
    line's tuning rule and generator (split, counts, licence and sources are added here)."""
    calls = [p.strip() for p in re.split(r"\n\s*\n", src.read_text(encoding="utf-8")) if p.strip()]
    rows = []
    for n, markup in enumerate(calls, 1):
        assert "\n" not in markup, f"call {n} spans several lines"
        text, spans = render_call(markup)
        rows.append({"id": f"{id_prefix}{n:02d}", "text": text, "spans": spans,
                     "source": "handwritten" if spans else "nopii"})
    per_policy = Counter(s["policy"] for r in rows for s in r["spans"])
    words = [len(r["text"].split()) for r in rows]
    meta = {"split": split, "lines": len(rows), "spans": sum(per_policy.values()),
            "words": {"min": min(words), "max": max(words), "total": sum(words)}, **about,
            "licence": "CC0-1.0 (https://creativecommons.org/publicdomain/zero/1.0/)",
            "sources": dict(sorted(Counter(r["source"] for r in rows).items())),
            "policies": {p: per_policy[p] for p in POLICIES if per_policy[p]}}
    out = src.resolve().parent.parent / f"{split}.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for line in [{"_meta": meta}, *rows]:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    missing = [p for p in POLICIES if not per_policy[p]]
    print(f"{out.name}: {len(rows)} texts, {meta['spans']} spans, {meta['words']['total']} words"
          + (f"; policies never used: {missing}" if missing and per_policy else ""))
