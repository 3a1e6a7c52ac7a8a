"""Derived views of a finished transcript: sentences, paragraphs, word search, SRT/VTT captions.

Pure functions over the transcript dict; they read the (redacted) `words`, so no view
shows more than the transcript itself does.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

SENTENCE_END = re.compile(r"[.?!][\"')\]]*$")
PARAGRAPH_GAP_MS = 2000
PARAGRAPH_MAX_MS = 60_000
DEFAULT_CHARS_PER_CAPTION = 40
_PUNCT = re.compile(r"[^\w#\[\]'-]+")


def _group(words: list[dict], items: list[dict]) -> dict[str, Any]:
    """A sentence or paragraph object over `words` (items are what it was built from)."""
    first, last = items[0], items[-1]
    return {
        "text": " ".join(w["text"] for w in words),
        "start": first["start"],
        "end": last["end"],
        "confidence": sum(w["confidence"] for w in words) / len(words),
        "words": words,
        "speaker": first.get("speaker"),
        "channel": first.get("channel"),
    }


def sentences(words: list[dict] | None) -> list[dict[str, Any]]:
    """Split words into sentences at end punctuation and at every change of speaker or channel."""
    out: list[dict] = []
    current: list[dict] = []
    for w in words or []:
        if current and (w.get("speaker"), w.get("channel")) != (current[-1].get("speaker"),
                                                                 current[-1].get("channel")):
            out.append(_group(current, current))
            current = []
        current.append(w)
        if SENTENCE_END.search(w["text"]):
            out.append(_group(current, current))
            current = []
    if current:
        out.append(_group(current, current))
    return out


def paragraphs(words: list[dict] | None) -> list[dict[str, Any]]:
    """Join sentences into paragraphs, breaking at speaker changes, pauses and after a minute."""
    out: list[dict] = []
    current: list[dict] = []
    for s in sentences(words):
        if current and (s["speaker"] != current[0]["speaker"] or s["channel"] != current[0]["channel"]
                        or s["start"] - current[-1]["end"] > PARAGRAPH_GAP_MS
                        or s["end"] - current[0]["start"] > PARAGRAPH_MAX_MS):
            out.append(_paragraph(current))
            current = []
        current.append(s)
    if current:
        out.append(_paragraph(current))
    return out


def _paragraph(group: list[dict]) -> dict[str, Any]:
    return _group([w for s in group for w in s["words"]], group)


def _norm(text: str) -> str:
    return _PUNCT.sub("", text.lower())


def word_search(words: list[dict] | None, terms: Iterable[str]) -> dict[str, Any]:
    """Where each search term (a word or a phrase of up to five) occurs, by word index and time."""
    normed = [_norm(w["text"]) for w in words or []]
    matches = []
    for term in terms:
        tokens = [t for t in (_norm(x) for x in term.split()) if t]
        if not tokens:
            continue
        n = len(tokens)
        timestamps, indexes = [], []
        for i in range(len(normed) - n + 1):
            if normed[i:i + n] == tokens:
                timestamps.append([words[i]["start"], words[i + n - 1]["end"]])
                indexes.extend(range(i, i + n))
        if timestamps:
            matches.append({"text": term, "count": len(timestamps), "timestamps": timestamps,
                            "indexes": indexes})
    return {"total_count": sum(m["count"] for m in matches), "matches": matches}


def _captions(words: list[dict] | None, chars: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    line: list[dict] = []
    for w in words or []:
        text = " ".join(x["text"] for x in line + [w])
        if line and (len(text) > chars or w.get("speaker") != line[0].get("speaker")):
            out.append((line[0]["start"], line[-1]["end"], " ".join(x["text"] for x in line)))
            line = []
        line.append(w)
    if line:
        out.append((line[0]["start"], line[-1]["end"], " ".join(x["text"] for x in line)))
    return out


def _clock(ms: int, sep: str) -> str:
    h, rest = divmod(max(ms, 0), 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def srt(words: list[dict] | None, chars_per_caption: int = DEFAULT_CHARS_PER_CAPTION) -> str:
    """SubRip captions of at most `chars_per_caption` characters each (a long word stands alone)."""
    blocks = [f"{i}\n{_clock(s, ',')} --> {_clock(e, ',')}\n{text}\n"
              for i, (s, e, text) in enumerate(_captions(words, chars_per_caption), 1)]
    return "\n".join(blocks)


def vtt(words: list[dict] | None, chars_per_caption: int = DEFAULT_CHARS_PER_CAPTION) -> str:
    """WebVTT captions of at most `chars_per_caption` characters each."""
    blocks = [f"{_clock(s, '.')} --> {_clock(e, '.')}\n{text}\n"
              for s, e, text in _captions(words, chars_per_caption)]
    return "WEBVTT\n\n" + "\n".join(blocks)
