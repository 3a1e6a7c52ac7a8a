"""Render src/extra_dev17.txt (446 single utterances over all 44 policies, 80 look-alikes without PII) to extra_dev17.jsonl.

The utterances were written in inline `{value|policy}` markup, one utterance per paragraph, blind to
the detector code; `call_markup.py` checks every span and writes the split. Run from anywhere:
`.venv/bin/python data/pii_eval/src/extra_dev17_render.py`.
"""

from pathlib import Path

from call_markup import write_split

if __name__ == "__main__":
    write_split(Path(__file__).with_name("extra_dev17.txt"), "extra_dev17", "x17-", {
        "tuning": "written and labelled blind (before piikit was run on it, without reading piikit/detect, "
                  "tests, benchmarks, scripts, test or the other splits); its first score is the honest "
                  "estimate, then a tuning split like dev",
        "generator": "hand-written single utterances (customer calls, voicemails, telehealth, insurance claims, HR, "
                     "support chats read aloud, 911-style reports, school and social-services calls; all 44 "
                     "policies, 80 look-alike lines without PII, a quarter fully lower-cased with numbers in words) "
                     "in src/extra_dev17.txt, rendered by src/extra_dev17_render.py with src/call_markup.py"})
