"""Render src/extra_dev16.txt (26 whole calls in new domains and countries, 2 without PII, 2 fully lower-case with numbers in words) to extra_dev16.jsonl.

The calls were written in inline `{value|policy}` markup, one call per paragraph, blind to the
detector code (second writer); `call_markup.py` checks every span and writes the split. Run from
anywhere: `.venv/bin/python data/pii_eval/src/extra_dev16_render.py`.
"""

from pathlib import Path

from call_markup import write_split

if __name__ == "__main__":
    write_split(Path(__file__).with_name("extra_dev16.txt"), "extra_dev16", "x16-c", {
        "tuning": "written and labelled blind (before piikit was run on it, without reading piikit/detect, "
                  "tests, benchmarks, scripts, test or the other splits); its first score is the honest "
                  "estimate, then a tuning split like dev",
        "generator": "hand-written whole-call transcripts (26 calls in new domains and countries: pest control, "
                     "scholarships, wedding venue, dialysis transport, consulate, ferry, student loans, home care, "
                     "solar, foster care, satellite TV, debt collection, pet insurance, cemetery, hospital IT desk, "
                     "taxi lost property, rugby club, poison control, timeshare, orthodontist, customs duty, jury "
                     "duty, food bank, mobile-home park; a library and a farm-supply call without PII; 2 fully "
                     "lower-case with numbers in words) in src/extra_dev16.txt, rendered by "
                     "src/extra_dev16_render.py with src/call_markup.py"})
