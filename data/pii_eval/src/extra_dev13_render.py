"""Render src/extra_dev13.txt (single utterances about which policy a number or code belongs to) to extra_dev13.jsonl.

The utterances were written in inline `{value|policy}` markup, one utterance per paragraph, blind to
the detector code; `call_markup.py` checks every span and writes the split. Run from anywhere:
`.venv/bin/python data/pii_eval/src/extra_dev13_render.py`.
"""

from pathlib import Path

from call_markup import write_split

if __name__ == "__main__":
    write_split(Path(__file__).with_name("extra_dev13.txt"), "extra_dev13", "x13-", {
        "tuning": "written and labelled blind (before piikit was run on it, without reading piikit/detect, "
                  "tests, benchmarks, scripts, test or the other splits); its first score is the honest "
                  "estimate, then a tuning split like dev",
        "generator": "hand-written single utterances in phone-call transcript style (numbers and codes of "
                     "23 policies from many industries and countries, cue before, after, far, in a question "
                     "or absent; Whisper-formatted, spoken and spelled values; partial values, corrections "
                     "and read-backs; numeric look-alikes without PII; a quarter fully lower-cased) in "
                     "src/extra_dev13.txt, rendered by src/extra_dev13_render.py with src/call_markup.py"})
