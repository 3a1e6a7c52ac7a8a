"""End-to-end PII leaks: call lines spoken by TTS, transcribed by Whisper, redacted by the engine.

Detection is tuned on text lines, but users run it on audio, where Whisper decides how
"K seven four nine two" is written ("K7492", "K-7-4-9-2", "K 7492"). Each line of
benchmarks/data/e2e_lines.jsonl is synthesized (flite and espeak-ng voices in turn, every
--phone'th line through a telephone band), run through `piikit.engine` with all 44 policies,
and each gold value is scored: *heard* if its content is readable in Whisper's unredacted
text, *leaked* if it is still readable in the redacted text. Text-only detection on the same
lines is scored the same way in the same run, as the reference the end-to-end rate is
compared with. Prints a per-policy table and, for every leak, Whisper's text.

    .venv/bin/python benchmarks/bench_e2e_leaks.py [--voices kal16,slt] [--phone 3] [--limit 40]
        [--lines benchmarks/data/e2e_lines2.jsonl]   # the held-out set; the default is tuned on

About 4 minutes for the 176 lines on 2 cores (TTS needs Debian's flite, espeak-ng and sox).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import tempfile
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np

from piikit.detect import find_pii
from piikit.detect.spoken import ORDINALS, REPEAT, SCALES, TEENS, TENS, UNITS
from piikit.engine import run
from piikit.policies import POLICIES

ROOT = Path(__file__).resolve().parent.parent
LINES = ROOT / "benchmarks" / "data" / "e2e_lines.jsonl"
PARAMS = {"redact_pii": True, "redact_pii_policies": list(POLICIES), "redact_pii_sub": "entity_name",
          "redact_pii_return_unredacted": True}


def _dialogue_tools():
    """scripts/make_dialogues.py, whose voices, TTS and telephone band the project's TTS sets share."""
    spec = importlib.util.spec_from_file_location("make_dialogues", ROOT / "scripts" / "make_dialogues.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- what of a value is readable in a text --------------------------------------------
_TAG = re.compile(r"\[[A-Z_]+\]")
_AS_IN = re.compile(r"\b([a-z])\s*,?\s+(?:as|like)\s+in\s+[a-z]+", re.I)
_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")
_TOKEN = re.compile(r"[a-z0-9]+|[,.;:?!]")
_SMALL = {**{w: v for w, v in UNITS.items() if w != "o"}, **TEENS, **TENS, **ORDINALS}  # lone "o" is a letter
_FILLER = frozenset(
    "as in at dot dash slash underscore hyphen and the of is its my to on dollar dollars cent cents "
    "percent year years old pound pounds euro euros com net org co uk gmail yahoo outlook hotmail "
    "protonmail fastmail icloud street road avenue drive lane court gardens flat apartment box morning "
    "afternoon evening".split())


def _number_words(tokens: list[str]) -> list[str]:
    """Number words as digit strings: "twenty one" -> "21", "two thousand and five" -> "2005",
    "double five" -> "55"; "nineteen eighty four" gives "19", "84" (joined later), so a
    value compares equal however Whisper chose to write it."""
    out: list[str] = []
    total, cur, last, repeat = 0, None, "", 1

    def flush() -> None:
        nonlocal total, cur, last
        if cur is not None or total:
            out.append(str(total + (cur or 0)))
        total, cur, last = 0, None, ""

    for t in tokens:
        v = _SMALL.get(t)
        if t in REPEAT:
            flush()
            repeat = REPEAT[t]
        elif v is not None and repeat > 1:
            flush()
            out.append(str(v) * repeat)
            repeat = 1
        elif v is not None:
            if not (cur is not None and (last == "tens" and v < 10 or last == "scale" and v < 100)):
                flush()
                cur = 0
            cur += v
            last = "tens" if t in TENS else "unit"
        elif t in SCALES and (cur is not None or total):
            if SCALES[t] == 100:
                cur = (cur or 1) * 100
            else:
                total, cur = total + (cur or 1) * SCALES[t], 0
            last = "scale"
        elif not (t == "and" and last == "scale"):
            flush()
            out.append(t)
            repeat = 1
    flush()
    return out


def content(text: str) -> list[str]:
    """The readable content of `text`: lower-case words, number words as digits, and runs of
    digits and single letters joined into one code ("K seven four nine two", "K-7-4-9-2" and
    "K7492." all give "k7492"); redaction tags, punctuation and filler words dropped."""
    text = _TAG.sub(" ; ", text).lower().replace("'", "").replace("’", "")
    text = _ORDINAL_SUFFIX.sub("", _AS_IN.sub(r"\1", text))
    out: list[str] = []
    joining = False
    for t in _number_words(_TOKEN.findall(text)):
        if not t.isalnum():
            continue
        piece = len(t) == 1 or any(c.isdigit() for c in t)
        if piece and joining:
            out[-1] += t
        else:
            out.append(t)
        joining = piece
    out = [t.replace("o", "0") if any(c.isdigit() for c in t) else t for t in out]  # "SO83": S, 083
    return [t for t in out if t not in _FILLER and (len(t) > 1 or t.isdigit())]


def _common(a: str, b: str) -> int:
    """Length of the longest common substring of `a` and `b`."""
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def readable(gold: list[str], text: list[str]) -> list[str]:
    """The tokens of a gold value still readable in a text's `content`: a code when 4 of its
    characters in a row (all, if shorter) are there, spaces ignored; a word when it is there
    exactly, as most of it ("kowals" of "kowalski"), or misspelled ("Lindquist")."""
    squashed = "".join(text)
    found = []
    for g in gold:
        if any(c.isdigit() for c in g):
            hit = _common(g, squashed) >= min(len(g), 4)
        elif len(g) <= 3:
            hit = g in text
        else:
            hit = (_common(g, squashed) >= max(4, 0.7 * len(g))
                   or any(SequenceMatcher(None, g, t).ratio() >= 0.8 for t in text if len(t) >= 5))
        if hit:
            found.append(g)
    return found


# --- the run --------------------------------------------------------------------------
@dataclass
class Clip:
    """One synthesized line: its data row, voice, whether it went through the phone band, and
    what the engine and text-only detection made of it."""

    row: dict
    voice: str
    phone: bool
    wav: Path
    unredacted: str = ""
    redacted: str = ""
    text_redacted: str = ""


def load_lines(path: Path = LINES, limit: int | None = None) -> list[dict]:
    """The benchmark lines (the `_meta` line skipped), the first `limit` of them."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [r for r in rows if "_meta" not in r][:limit]


def synthesize(rows: list[dict], voices: list[str], phone_every: int, out: Path) -> list[Clip]:
    """Each line spoken by the next voice, padded with 0.3 s of silence, every `phone_every`'th
    line sent through the telephone band (each voice in turn); written as 16 kHz wavs into `out`."""
    md = _dialogue_tools()
    clips = []
    for i, row in enumerate(rows):
        voice = voices[i % len(voices)]
        phone = phone_every > 0 and (i + i // len(voices)) % phone_every == phone_every - 1
        x = np.pad(md.synth(voice, row["text"], out), int(0.3 * md.SR))
        if phone:
            x = md.phone_line(x, out)[: len(x)]
        wav = out / f"{row['id']}.wav"
        md.write_wav(wav, x)
        clips.append(Clip(row, voice, phone, wav))
    return clips


def redact_text(text: str) -> str:
    """`text` with every span text-only detection finds replaced by its policy's tag."""
    for e in reversed(find_pii(text)):
        text = text[: e.start] + POLICIES[e.policy].tag + text[e.end:]
    return text


def transcribe(clips: list[Clip]) -> None:
    """Fill in each clip's Whisper text, redacted and not, and its line's text-only redaction."""
    for c in clips:
        t = run(c.wav, PARAMS).transcript
        if t["status"] != "completed":
            raise SystemExit(f"{c.row['id']}: {t['error']}")
        c.unredacted, c.redacted = t["unredacted_text"], t["text"]
        c.text_redacted = redact_text(c.row["text"])


def score(clips: list[Clip]) -> list[dict]:
    """One row per gold value: heard, leaked end to end, leaked by text-only detection."""
    rows = []
    for c in clips:
        heard_in, left_in, text_left_in = content(c.unredacted), content(c.redacted), content(c.text_redacted)
        for policy, value in c.row["pii"]:
            gold = content(value)
            rows.append({"id": c.row["id"], "voice": c.voice + ("+phone" if c.phone else ""),
                         "policy": policy, "value": value, "gold": gold,
                         "heard": bool(readable(gold, heard_in)), "leaked": readable(gold, left_in),
                         "text_leaked": bool(readable(gold, text_left_in)),
                         "whisper": c.unredacted, "redacted": c.redacted})
    return rows


def _rate(n: int, d: int) -> str:
    return f"{n / d:6.1%}" if d else "     -"


def report(items: list[dict]) -> None:
    """Print the per-policy table, the summary with the text-only comparison, and the leaks."""
    print(f"\n{'policy':26} {'items':>5} {'heard':>5} {'e2e leaked':>11} {'rate':>6} "
          f"{'text-only':>9} {'rate':>6}")
    for policy in sorted({i["policy"] for i in items}):
        rows = [i for i in items if i["policy"] == policy]
        heard = [i for i in rows if i["heard"]]
        leaked = sum(bool(i["leaked"]) for i in heard)
        text = sum(i["text_leaked"] for i in heard)
        print(f"{policy:26} {len(rows):5d} {len(heard):5d} {leaked:11d} {_rate(leaked, len(heard))} "
              f"{text:9d} {_rate(text, len(heard))}")
    for name, subset in (("all", items), ("clean", [i for i in items if "+phone" not in i["voice"]]),
                         ("phone band", [i for i in items if "+phone" in i["voice"]])):
        heard = [i for i in subset if i["heard"]]
        leaked = sum(bool(i["leaked"]) for i in heard)
        text = sum(i["text_leaked"] for i in heard)
        ratio = f"{(leaked / text):.2f}x" if text else "n/a (text-only leaked none)"
        print(f"{name:10}: {len(subset)} items, heard {len(heard)} ({_rate(len(heard), len(subset)).strip()}); "
              f"leaked end to end {leaked} ({_rate(leaked, len(heard)).strip()}) vs text-only on the same "
              f"items {text} ({_rate(text, len(heard)).strip()}): {ratio}")
    voices = sorted({i["voice"] for i in items})
    print("heard per voice: " + ", ".join(
        f"{v} {sum(i['heard'] for i in items if i['voice'] == v)}/{sum(i['voice'] == v for i in items)}"
        for v in voices))
    print(f"text-only on every item (heard or not): "
          f"{sum(i['text_leaked'] for i in items)} of {len(items)} leaked")
    print("\nLEAKS (end to end; readable piece, policy, gold as spoken / Whisper / redacted):")
    for i in items:
        if i["heard"] and i["leaked"]:
            print(f"- {i['id']} {i['voice']:13} {i['policy']}: {'+'.join(i['leaked'])!r} of {i['value']!r}"
                  f"{'  (text-only leaks it too)' if i['text_leaked'] else ''}\n"
                  f"    whisper:  {i['whisper']}\n    redacted: {i['redacted']}")
    print("\nNOT HEARD (value not readable in Whisper's text; ASR, not detection):")
    for i in items:
        if not i["heard"]:
            print(f"- {i['id']} {i['voice']:13} {i['policy']}: {i['value']!r} -> {i['whisper']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    voices = list(_dialogue_tools().VOICES)
    ap.add_argument("--voices", default=",".join(voices), help=f"comma-separated, of {', '.join(voices)}")
    ap.add_argument("--phone", type=int, default=3, help="every Nth line through a phone band (0: none)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N lines")
    ap.add_argument("--lines", type=Path, default=LINES, help="the line set (jsonl); default: the tuned-on set")
    ap.add_argument("--out", type=Path, default=None, help="also write the scored items here (jsonl)")
    args = ap.parse_args()
    rows = load_lines(args.lines, limit=args.limit)
    with tempfile.TemporaryDirectory(prefix="piikit-e2e-") as d:
        clips = synthesize(rows, args.voices.split(","), args.phone, Path(d))
        transcribe(clips)
    items = score(clips)
    if args.out:
        args.out.write_text("".join(json.dumps(i) + "\n" for i in items))
    report(items)


if __name__ == "__main__":
    main()
