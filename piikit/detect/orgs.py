"""Organizations no list knows, read from the call's own words: the name after a cue of
working for or doing business with it ("I work for zentrix", "thanks for calling omnicare",
"we're insured with brightpath"). The NER misses such names, above all in case-less ASR text.
"""

from __future__ import annotations

import re
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from piikit.detect.base import Cand, Ctx
from piikit.detect.english import is_english
from piikit.detect.lexicons import ORG_CUES, tables

_CUE = re.compile(
    rf"\b(?:{ORG_CUES}|"
    r"calling (?:from|on behalf of)|on behalf of|(?:i'?m|i am|we'?re|we are|this is \w+|it'?s \w+) (?:with|from)|"
    r"switched (?:over )?(?:to|from)|thanks? (?:you )?for calling|you'?ve reached|welcome to|"
    r"(?:transferred|sent) (?:me )?(?:here )?from)\s+(?:the\s+)?"
    r"([A-Za-z][A-Za-z&'-]+)", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z&'-]+")


def _unknown(word: str) -> bool:
    """A word no English dictionary or phrase list has: likely a made-up company name."""
    w = re.sub(r"'s$", "", word.lower())
    return len(w) >= 3 and w not in STOP_WORDS and (w,) not in tables() and not is_english(w)


def recognize_cued_orgs(ctx: Ctx) -> Iterator[Cand]:
    """organization for the unknown word(s) right after a workplace or provider cue."""
    for m in _CUE.finditer(ctx.text):
        if not _unknown(m.group(1)):
            continue
        end = m.end(1)
        for nxt in _WORD.finditer(ctx.text, end):  # "Zentrix Labs", "kromer halvorsen": the rest of the name
            if ctx.text[end:nxt.start()] != " " or not (nxt.group(0)[0].isupper() or _unknown(nxt.group(0))):
                break
            end = nxt.end()
        if ctx.text[end - 2:end] == "'s":
            end -= 2
        yield Cand(m.start(1), end, "organization", 0.78)
