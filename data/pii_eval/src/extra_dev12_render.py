"""Render extra_dev12.txt (inline {value|policy} markup, one call per paragraph) to extra_dev12.jsonl.

Written blind to the detector code; deterministic. Run from the repo root:
    .venv/bin/python data/pii_eval/src/extra_dev12_render.py
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "extra_dev12.txt"
OUT = HERE.parent / "extra_dev12.jsonl"

# The 44 policy names, copied from piikit/policies.py (not imported: this set stays independent).
POLICIES = frozenset("""
account_number banking_information blood_type credit_card_cvv credit_card_expiration
credit_card_number date date_interval date_of_birth drivers_license drug duration
email_address event filename gender_sexuality healthcare_number injury ip_address language
location marital_status medical_condition medical_process money_amount nationality
number_sequence occupation organization passport_number password person_age person_name
phone_number physical_attribute political_affiliation religion statistics time url
us_social_security_number username vehicle_id zodiac_sign
""".split())
assert len(POLICIES) == 44

MARK = re.compile(r"\{([^{}|]+)\|([a-z_]+)\}")
NUMBER_A = re.compile(r"a (hundred|thousand|million)\b", re.I)  # "a hundred" is a number, not an article


def parse(paragraph: str) -> tuple[str, list[dict]]:
    """Strip the markup from one call and return its text and character spans."""
    text, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(paragraph):
        before = paragraph[pos:m.start()]
        text.append(before)
        length += len(before)
        value, policy = m.group(1), m.group(2)
        assert policy in POLICIES, f"unknown policy {policy!r}"
        assert value == value.strip() and value, f"untrimmed value {value!r}"
        article = (value.lower().startswith(("the ", "a ", "an ")) and not NUMBER_A.match(value)
                   and policy != "blood_type")  # blood group A is not an article
        assert not article, f"leading article {value!r}"
        spans.append({"start": length, "end": length + len(value), "policy": policy, "_value": value})
        text.append(value)
        length += len(value)
        pos = m.end()
    text.append(paragraph[pos:])
    out = "".join(text)
    assert "{" not in out and "}" not in out and "|" not in out, f"broken markup near {out[:80]!r}"
    last_end = -1
    for sp in spans:
        assert out[sp["start"]:sp["end"]] == sp.pop("_value")
        assert sp["start"] >= last_end, "spans overlap or are unsorted"
        last_end = sp["end"]
    return out, spans


def main() -> None:
    """Parse every call, check it, and write the JSONL with its _meta line."""
    paragraphs = [p.strip() for p in SRC.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    rows, counts = [], Counter()
    for i, para in enumerate(paragraphs, 1):
        assert "\n" not in para, f"call {i} spans several lines"
        text, spans = parse(para)
        counts.update(sp["policy"] for sp in spans)
        rows.append({"id": f"x12-c{i:02d}", "text": text, "spans": spans,
                     "source": "handwritten" if spans else "nopii"})
    missing = POLICIES - set(counts)
    assert not missing, f"policies never used: {sorted(missing)}"
    meta = {
        "split": "extra_dev12",
        "lines": len(rows),
        "spans": sum(counts.values()),
        "tuning_rule": "written and labelled blind to the detector code; its first score is the "
                       "honest estimate, then a tuning split like dev",
        "licence": "CC0-1.0",
        "generator": "hand-written whole-call transcripts (Whisper style, 5 calls lower-case with "
                     "spoken numbers) in src/extra_dev12.txt with inline {value|policy} markup, "
                     "rendered by src/extra_dev12_render.py",
        "sources": dict(Counter(r["source"] for r in rows)),
        "by_policy": dict(sorted(counts.items())),
    }
    with OUT.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"_meta": meta}, ensure_ascii=False) + "\n")
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(json.dumps(meta, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
