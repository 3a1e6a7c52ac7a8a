"""Render src/extra_dev14.txt (26 calls in new domains and countries, disfluent and ASR-like, 3 fully lower-case with numbers in words, 2 without PII) to extra_dev14.jsonl.

The calls were written in inline `{value|policy}` markup, one call per paragraph, blind to the
detector code; `call_markup.py` checks every span and writes the split. Run from anywhere:
`.venv/bin/python data/pii_eval/src/extra_dev14_render.py`.
"""

from pathlib import Path

from call_markup import write_split

if __name__ == "__main__":
    write_split(Path(__file__).with_name("extra_dev14.txt"), "extra_dev14", "x14-c", {
        "tuning": "written and labelled blind (before piikit was run on it, without reading piikit/detect, "
                  "tests, benchmarks, scripts, test or the other splits); its first score is the honest "
                  "estimate, then a tuning split like dev",
        "generator": "hand-written whole-call transcripts (26 calls in new domains and countries, disfluent and ASR-like, 3 fully lower-case with numbers in words, 2 without PII) in src/extra_dev14.txt, rendered by "
                     "src/extra_dev14_render.py with src/call_markup.py"})
