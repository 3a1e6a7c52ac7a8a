"""Render src/extra_dev11.txt (inline {value|policy} markup, one call per paragraph) to extra_dev11.jsonl.

Self-contained on purpose: the set was written blind to piikit, so this script does not import it.
Run from the repo root: `.venv/bin/python data/pii_eval/src/extra_dev11_render.py`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "extra_dev11.txt"
OUT = HERE.parent / "extra_dev11.jsonl"

# The 44 policy names, copied from piikit/policies.py (not imported, to keep the set blind).
POLICY_NAMES = frozenset((
    "account_number", "banking_information", "blood_type", "credit_card_cvv",
    "credit_card_expiration", "credit_card_number", "date", "date_interval", "date_of_birth",
    "drivers_license", "drug", "duration", "email_address", "event", "filename",
    "gender_sexuality", "healthcare_number", "injury", "ip_address", "language", "location",
    "marital_status", "medical_condition", "medical_process", "money_amount", "nationality",
    "number_sequence", "occupation", "organization", "passport_number", "password",
    "person_age", "person_name", "phone_number", "physical_attribute", "political_affiliation",
    "religion", "statistics", "time", "url", "us_social_security_number", "username",
    "vehicle_id", "zodiac_sign",
))
assert len(POLICY_NAMES) == 44

MARK = re.compile(r"\{([^{}|]+)\|([a-z_]+)\}")


def render_call(markup: str) -> tuple[str, list[dict]]:
    """Strip the markup of one call; return its plain text and its checked, sorted spans."""
    text_parts: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(markup):
        before = markup[pos:m.start()]
        text_parts.append(before)
        length += len(before)
        value, policy = m.group(1), m.group(2)
        if policy not in POLICY_NAMES:
            raise ValueError(f"unknown policy {policy!r} for {value!r}")
        if value != value.strip() or value[-1] in ",:?":
            raise ValueError(f"untrimmed value {value!r}")
        spans.append({"start": length, "end": length + len(value), "policy": policy})
        text_parts.append(value)
        length += len(value)
        pos = m.end()
    text_parts.append(markup[pos:])
    text = "".join(text_parts)
    if any(ch in text for ch in "{}|"):
        raise ValueError(f"stray markup in: {text[:80]!r}")
    values = [m.group(1) for m in MARK.finditer(markup)]
    for span, value in zip(spans, values):
        assert text[span["start"]:span["end"]] == value, (span, value)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (a, b)
    return text, spans


def main() -> None:
    """Write extra_dev11.jsonl: a _meta line, then one object per call."""
    calls = [c.strip() for c in SRC.read_text(encoding="utf-8").split("\n\n") if c.strip()]
    rows = []
    counts: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    for i, markup in enumerate(calls, 1):
        assert "\n" not in markup, f"call {i} spans several lines"
        text, spans = render_call(markup)
        source = "handwritten" if spans else "nopii"
        counts.update(s["policy"] for s in spans)
        sources[source] += 1
        rows.append({"id": f"x11-c{i:02d}", "text": text, "spans": spans, "source": source})
    meta = {
        "split": "extra_dev11",
        "lines": len(rows),
        "spans": sum(counts.values()),
        "tuning": "written and labelled blind to the detector code (only the label guidelines, "
                  "the policy names and the docs table were read); its first score is the "
                  "honest estimate, then a tuning split like dev",
        "licence": "CC0-1.0",
        "generator": "handwritten whole-call transcripts (Whisper style, 5 fully lower-case with "
                     "numbers in words) in src/extra_dev11.txt, rendered by "
                     "src/extra_dev11_render.py",
        "sources": dict(sorted(sources.items())),
        "policies": dict(sorted(counts.items())),
    }
    with OUT.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"_meta": meta}, ensure_ascii=False) + "\n")
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    missing = sorted(POLICY_NAMES - set(counts))
    print(f"{len(rows)} calls, {meta['spans']} spans, sources {dict(sources)}")
    print("per policy:", dict(sorted(counts.items())))
    if missing:
        print("missing policies:", missing)


if __name__ == "__main__":
    main()
