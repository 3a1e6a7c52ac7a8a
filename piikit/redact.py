"""Project detected PII onto transcript words and rebuild text and utterances, redacted.

Pure functions over API-shaped dicts: a word is ``{text, start, end, confidence, speaker,
channel}`` with times in ms. Redaction never changes the number of words or their times;
only their text changes, so ``words`` and ``unredacted_words`` stay aligned one to one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from piikit.detect import Entity
from piikit.policies import POLICIES

_TRAILING_PUNCT = re.compile(r"[.,!?;:\"')\]]+$")


@dataclass(frozen=True)
class WordSpan:
    """An entity projected onto words: words ``first..last`` (inclusive) belong to it."""

    first: int
    last: int
    policy: str
    entity: Entity


def join_words(words: Sequence[dict]) -> tuple[str, list[int]]:
    """The transcript text (words joined by single spaces) and each word's start offset in it."""
    starts: list[int] = []
    pos = 0
    for w in words:
        starts.append(pos)
        pos += len(w["text"]) + 1
    return " ".join(w["text"] for w in words), starts


def project(entities: Iterable[Entity], words: Sequence[dict], starts: Sequence[int]) -> list[WordSpan]:
    """Map character-offset entities onto the words they overlap (any overlap counts)."""
    import bisect

    spans: list[WordSpan] = []
    for e in entities:
        first = max(bisect.bisect_right(starts, e.start) - 1, 0)
        last = max(bisect.bisect_left(starts, e.end) - 1, first)
        # skip a word the entity only touches at its trailing space
        if first < len(words) and starts[first] + len(words[first]["text"]) <= e.start:
            first += 1
        if first <= last < len(words):
            spans.append(WordSpan(first, last, e.policy, e))
    return spans


def substitute(text: str, policy: str, sub: str) -> str:
    """Redact one word: ``hash`` turns letters and digits into ``#``; ``entity_name`` gives
    ``[POLICY_NAME]`` with the word's trailing punctuation kept."""
    if sub == "hash":
        return "".join("#" if ch.isalnum() else ch for ch in text)
    trail = _TRAILING_PUNCT.search(text)
    return POLICIES[policy].tag + (trail.group(0) if trail else "")


def redact_words(words: Sequence[dict], spans: Iterable[WordSpan], sub: str) -> list[dict]:
    """Copies of `words` with every word covered by a span substituted (first span wins)."""
    policy_of: dict[int, str] = {}
    for s in spans:
        for i in range(s.first, s.last + 1):
            policy_of.setdefault(i, s.policy)
    out = []
    for i, w in enumerate(words):
        w = dict(w)
        if i in policy_of:
            w["text"] = substitute(w["text"], policy_of[i], sub)
        out.append(w)
    return out


def redacted_intervals(words: Sequence[dict], spans: Iterable[WordSpan]) -> list[tuple[int, int]]:
    """Time intervals (ms) of the redacted words, merged where they touch: for audio redaction."""
    intervals = sorted((words[i]["start"], words[i]["end"]) for s in spans for i in range(s.first, s.last + 1))
    merged: list[tuple[int, int]] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def entities_ms(words: Sequence[dict], spans: Iterable[WordSpan]) -> list[dict]:
    """The `entities` field of the API: type, original text and time span in ms."""
    return [
        {
            "entity_type": s.policy,
            "text": s.entity.text,
            "start": words[s.first]["start"],
            "end": words[s.last]["end"],
        }
        for s in spans
    ]


def build_utterances(words: Sequence[dict], groups: Sequence[Sequence[int]]) -> list[dict]:
    """Utterances from groups of word indexes (each group is one turn, in time order)."""
    utterances = []
    for group in groups:
        if not group:
            continue
        ws = [words[i] for i in group]
        utterances.append({
            "text": " ".join(w["text"] for w in ws),
            "start": ws[0]["start"],
            "end": ws[-1]["end"],
            "confidence": sum(w["confidence"] for w in ws) / len(ws),
            "speaker": ws[0].get("speaker"),
            "channel": ws[0].get("channel"),
            "words": [dict(w) for w in ws],
        })
    return utterances


def speaker_runs(words: Sequence[dict], breaks: Iterable[int] = ()) -> list[list[int]]:
    """Word-index groups: maximal runs of one speaker and channel, also cut before each index in `breaks`."""
    cut = set(breaks)
    groups: list[list[int]] = []
    for i, w in enumerate(words):
        key = (w.get("speaker"), w.get("channel"))
        if groups and i not in cut:
            prev = words[groups[-1][-1]]
            if (prev.get("speaker"), prev.get("channel")) == key:
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups
