"""Render src/extra_dev15.txt (338 single call-centre utterances about which policy a spoken number belongs to, 73 without PII) to extra_dev15.jsonl.

The utterances were written in inline `{value|policy}` markup, one utterance per paragraph, blind to the
detector code; `call_markup.py` checks every span and writes the split. Run from anywhere:
`.venv/bin/python data/pii_eval/src/extra_dev15_render.py`.
"""

from pathlib import Path

from call_markup import write_split

if __name__ == "__main__":
    write_split(Path(__file__).with_name("extra_dev15.txt"), "extra_dev15", "x15-", {
        "tuning": "written and labelled blind (before piikit was run on it, without reading piikit/detect, "
                  "tests, benchmarks, scripts, test or the other splits); its first score is the honest "
                  "estimate, then a tuning split like dev",
        "generator": "hand-written single utterances (338, 73 without PII, about a quarter fully lower-case) "
                     "from utility, telco, bank, insurer, clinic, pharmacy, airline, car-rental, courier, "
                     "returns, government, DMV, immigration, university, app-support, property, vet and legal "
                     "calls by callers from many countries, about which of the number-carrying policies a "
                     "spoken or Whisper-formatted number belongs to, with numeric look-alikes; in "
                     "src/extra_dev15.txt, rendered by src/extra_dev15_render.py with src/call_markup.py"})
