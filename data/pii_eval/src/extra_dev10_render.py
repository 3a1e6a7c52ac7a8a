"""Render the whole-call markup of extra_dev10.txt into data/pii_eval/extra_dev10.jsonl.

One call per paragraph (calls are separated by a blank line); every labelled value is written
inline as ``{value|policy}``. The script strips the markup, computes character offsets, checks
every span (text[start:end] == value, sorted, non-overlapping, a known policy) and writes the
JSON lines with a ``_meta`` first line. It does not import piikit, so the set stays blind.

Run from the repo root:  .venv/bin/python data/pii_eval/src/extra_dev10_render.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "extra_dev10.txt"
OUT = HERE.parent / "extra_dev10.jsonl"
SPLIT = "extra_dev10"

# The 44 policy names, copied by hand from piikit/policies.py (not imported: blind set).
POLICIES = (
    "account_number", "banking_information", "blood_type", "credit_card_cvv",
    "credit_card_expiration", "credit_card_number", "date", "date_interval", "date_of_birth",
    "drivers_license", "drug", "duration", "email_address", "event", "filename",
    "gender_sexuality", "healthcare_number", "injury", "ip_address", "language", "location",
    "marital_status", "medical_condition", "medical_process", "money_amount", "nationality",
    "number_sequence", "occupation", "organization", "passport_number", "password",
    "person_age", "person_name", "phone_number", "physical_attribute", "political_affiliation",
    "religion", "statistics", "time", "url", "us_social_security_number", "username",
    "vehicle_id", "zodiac_sign",
)
assert len(POLICIES) == 44 and len(set(POLICIES)) == 44

MARK = re.compile(r"\{([^{}|]+)\|([a-z_]+)\}")


def render_call(markup: str) -> tuple[str, list[dict]]:
    """Strip the inline markup of one call and return its text and checked spans."""
    text_parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(markup):
        before = markup[pos:m.start()]
        text_parts.append(before)
        length += len(before)
        value, policy = m.group(1), m.group(2)
        assert policy in POLICIES, f"unknown policy {policy!r} in {m.group(0)!r}"
        assert value == value.strip(), f"untrimmed value {value!r}"
        assert not value.endswith((",", ":", "?")), f"trailing punctuation in {value!r}"
        spans.append({"start": length, "end": length + len(value), "policy": policy, "_v": value})
        text_parts.append(value)
        length += len(value)
        pos = m.end()
    text_parts.append(markup[pos:])
    text = "".join(text_parts)
    assert "{" not in text and "}" not in text and "|" not in text, f"stray markup in: {text[:80]}"
    for i, s in enumerate(spans):
        assert text[s["start"]:s["end"]] == s.pop("_v")
        if i:
            assert spans[i - 1]["end"] <= s["start"], "spans overlap or are unsorted"
    return text, spans


def main() -> None:
    """Read the markup, render every call, write the JSON lines with their _meta line."""
    calls = [p.strip() for p in re.split(r"\n\s*\n", SRC.read_text(encoding="utf-8")) if p.strip()]
    records = []
    for n, markup in enumerate(calls, 1):
        assert "\n" not in markup, f"call {n} spans several lines"
        text, spans = render_call(markup)
        records.append({"id": f"x10-c{n:02d}", "text": text, "spans": spans,
                        "source": "handwritten" if spans else "nopii"})
    per_policy = Counter(s["policy"] for r in records for s in r["spans"])
    sources = Counter(r["source"] for r in records)
    words = [len(r["text"].split()) for r in records]
    meta = {
        "split": SPLIT,
        "lines": len(records),
        "spans": sum(per_policy.values()),
        "unit": "whole call transcripts (one text per call, no speaker labels, 12-40 sentences)",
        "words": {"min": min(words), "max": max(words), "total": sum(words)},
        "tuning": "written and labelled blind (before piikit was run on it, without reading "
                  "piikit/detect, tests, benchmarks, scripts, the generators, test or the other "
                  "splits); its first score is the honest estimate, then a tuning split like dev",
        "licence": "CC0-1.0 (https://creativecommons.org/publicdomain/zero/1.0/)",
        "generator": "markup render: hand-written whole-call transcripts in inline markup "
                     "({value|policy}) in src/extra_dev10.txt, one call per paragraph, rendered "
                     "to offsets by src/extra_dev10_render.py, which checks every "
                     "text[start:end]; label guidelines of data/pii_eval/README.md; file order",
        "sources": dict(sorted(sources.items())),
        "policies": {p: per_policy.get(p, 0) for p in POLICIES},
    }
    with OUT.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"_meta": meta}, ensure_ascii=False) + "\n")
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{OUT.name}: {len(records)} calls, {meta['spans']} spans, words {meta['words']}, "
          f"sources {meta['sources']}")
    for p in POLICIES:
        print(f"  {p:28s} {per_policy.get(p, 0)}")


if __name__ == "__main__":
    main()
