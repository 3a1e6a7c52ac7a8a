"""Redaction quality against gold PII labels, at two levels.

Text level (`score_spans`): predicted character spans vs gold spans, utterance by utterance,
one tidy table (long format: one row per rule x policy) for the labeled set in
data/pii_eval/ (`read_eval_set`). Transcript level (`evaluate`, `evaluate_corpus`):
redacted transcripts vs gold items by words and time. Pure over plain data.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher, get_close_matches
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa

from piikit.errors import PiikitError
from piikit.frames import (POLICY_ORDER, _ENTITY_TO_POLICY, entities_frame, load_transcript, sources,
                           words_frame)
from piikit.intervals import SPAN, covered, locate_in, measure, overlap

# --- text level: predicted character spans vs gold spans (data/pii_eval) ---

RULES = ("overlap", "exact")
SCORE_COLUMNS = ("rule", "policy", "support", "tp", "fp", "fn", "precision", "recall", "f1",
                 "char_recall")

Span = tuple[int, int, str]


def _span(s: Any) -> Span:
    """(start, end, policy) from a dict, an Entity-like object or a (start, end, policy, ...) tuple."""
    try:
        if isinstance(s, Mapping):
            return int(s["start"]), int(s["end"]), str(s["policy"])
        if hasattr(s, "start") and hasattr(s, "policy"):
            return int(s.start), int(s.end), str(s.policy)
        return int(s[0]), int(s[1]), str(s[2])
    except (KeyError, IndexError, TypeError, ValueError) as e:
        raise PiikitError(f"not a span (need start, end, policy): {s!r}") from e


def _match_overlap(gold: list[Span], pred: list[Span]) -> int:
    """One-to-one greedy matching of same-policy spans by overlap length; returns the matches."""
    pairs = sorted(((min(g[1], p[1]) - max(g[0], p[0]), i, j)
                    for i, g in enumerate(gold) for j, p in enumerate(pred)
                    if g[2] == p[2] and min(g[1], p[1]) > max(g[0], p[0])),
                   key=lambda t: (-t[0], t[1], t[2]))
    used_g, used_p = set(), set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return len(used_g)


def _match_exact(gold: list[Span], pred: list[Span]) -> int:
    """Spans equal in start, end and policy, counted one-to-one (duplicates match once each)."""
    left: dict[Span, int] = defaultdict(int)
    for g in gold:
        left[g] += 1
    n = 0
    for p in pred:
        if left[p] > 0:
            left[p] -= 1
            n += 1
    return n


def _covered(span: Span, pred: list[Span], text: str | None) -> tuple[int, int]:
    """(covered, total) characters of a gold span: any predicted span of any policy covers."""
    positions: Iterable[int] = range(span[0], span[1])
    if text is not None:
        positions = [i for i in positions if i < len(text) and not text[i].isspace()]
    positions = list(positions)
    hit = sum(1 for i in positions if any(p[0] <= i < p[1] for p in pred))
    return hit, len(positions)


def _ratio(num: float, den: float) -> float:
    return num / den if den else float("nan")


def score_spans(gold: Sequence[Iterable[Any]], pred: Sequence[Iterable[Any]], *,
                texts: Sequence[str] | None = None,
                policies: Iterable[str] | None = None) -> pd.DataFrame:
    """Per-policy precision/recall/F1 (overlap and exact rules), micro row, and character recall.

    `gold[i]` and `pred[i]` are the spans of utterance i: dicts with start/end/policy,
    `Entity` objects, or (start, end, policy) tuples. Under "overlap" a predicted span
    matches a gold span of the same policy that it overlaps by at least one character,
    one-to-one, greedily by overlap length (a prediction spanning two gold spans matches
    one of them; the other is a miss). Under "exact" start, end and policy must be equal.
    `char_recall` is label-agnostic: the share of the policy's gold characters that any
    predicted span covers, the amount that would NOT leak; with `texts` whitespace inside
    spans is not counted. `policies` fixes the rows (others are ignored); default: every
    policy seen in gold or pred. Rows: rule x (policies..., "micro"), columns SCORE_COLUMNS;
    precision/recall/f1/char_recall are NaN when undefined (no predictions / no gold).
    """
    if len(gold) != len(pred):
        raise PiikitError(f"gold has {len(gold)} utterances but pred has {len(pred)}: "
                          "pass one span collection per utterance in both")
    if texts is not None and len(texts) != len(gold):
        raise PiikitError(f"texts has {len(texts)} entries for {len(gold)} utterances")
    keep = None if policies is None else list(dict.fromkeys(policies))
    counts = {rule: defaultdict(lambda: [0, 0, 0]) for rule in RULES}  # tp, n_gold, n_pred
    chars: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # covered, total
    seen: set[str] = set()
    for i, (g_raw, p_raw) in enumerate(zip(gold, pred)):
        g_all, p_all = [_span(s) for s in g_raw], [_span(s) for s in p_raw]
        g_keep = [s for s in g_all if keep is None or s[2] in keep]
        p_keep = [s for s in p_all if keep is None or s[2] in keep]
        for pol in {s[2] for s in g_keep} | {s[2] for s in p_keep}:
            seen.add(pol)
            g = [s for s in g_keep if s[2] == pol]
            p = [s for s in p_keep if s[2] == pol]
            for rule, match in (("overlap", _match_overlap), ("exact", _match_exact)):
                c = counts[rule][pol]
                c[0] += match(g, p)
                c[1] += len(g)
                c[2] += len(p)
        for s in g_keep:
            hit, total = _covered(s, p_all, None if texts is None else texts[i])
            chars[s[2]][0] += hit
            chars[s[2]][1] += total
    rows = []
    order = keep if keep is not None else sorted(seen)
    for rule in RULES:
        micro = [0, 0, 0]
        for pol in [*order, "micro"]:
            tp, n_gold, n_pred = micro if pol == "micro" else counts[rule][pol]
            if pol != "micro":
                micro = [a + b for a, b in zip(micro, (tp, n_gold, n_pred))]
            fp, fn = n_pred - tp, n_gold - tp
            covered, total = ([sum(v[k] for v in chars.values()) for k in (0, 1)] if pol == "micro"
                              else chars[pol])
            rows.append({"rule": rule, "policy": pol, "support": n_gold, "tp": tp, "fp": fp, "fn": fn,
                         "precision": _ratio(tp, n_pred), "recall": _ratio(tp, n_gold),
                         "f1": _ratio(2 * tp, 2 * tp + fp + fn), "char_recall": _ratio(covered, total)})
    return pd.DataFrame(rows, columns=list(SCORE_COLUMNS))


def untouched_share(gold: Sequence[Iterable[Any]], pred: Sequence[Iterable[Any]]) -> float:
    """Share of utterances without gold PII that got no predicted span (NaN if there are none)."""
    clean = [list(p) for g, p in zip(gold, pred) if not list(g)]
    return _ratio(sum(1 for p in clean if not p), len(clean))


def read_eval_set(path: str | Path) -> list[dict]:
    """Utterances of a data/pii_eval JSON-lines file, without its leading `_meta` line."""
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r for r in rows if "_meta" not in r]


# --- transcript level: redacted transcripts vs gold labels (word indexes or time spans) ---

ALL = "all"
"""The `policy` of the score rows over every policy at once."""

UNHEARD = "(not transcribed)"
"""The `leaked_text` of a gold item with no word of the transcript under it (`heard` false).
Such an item is a leak: redacted audio is beeped over redacted words only, so speech the
ASR never wrote down is still there to hear."""


@dataclass
class Evaluation:
    """What `evaluate` finds: scores per policy and level, gold items, over-redacted words."""

    scores: pd.DataFrame
    """level (word|time), policy ('all' first, null = redacted with no known policy), gold,
    predicted, found (gold units redacted), correct (redacted units that are gold),
    precision, recall, f1. Word level counts words; time level counts seconds."""
    items: pd.DataFrame
    """One row per gold item: transcript_id, gold_id, policy, text, start_ms, end_ms, words
    (under it), redacted_words, leaked_words, leaked_text, time_redacted (fraction), heard
    (the transcript has a word under it), leaked (a word left readable, or not heard)."""
    over_redacted: pd.DataFrame
    """Redacted words that no gold item covers: transcript_id, word_index, times, text,
    original, policy."""

    @property
    def leaks(self) -> pd.DataFrame:
        """The gold items with at least one word left readable, and those not heard (`heard`
        false: no word of the transcript under them, as the ASR missed them or the transcript
        is not the one the gold was made for), whose speech the redacted audio still holds."""
        return self.items[self.items["leaked"]].reset_index(drop=True)


def evaluate(transcript: Any, gold: Any, *, match: str = "redacted",
             tolerance_ms: int = 0) -> Evaluation:
    """Score one redacted transcript against its gold items (see `evaluate_corpus`)."""
    return evaluate_corpus([transcript], gold, match=match, tolerance_ms=tolerance_ms)


def evaluate_corpus(transcripts: Iterable[Any], gold: Any, *, match: str = "redacted",
                    tolerance_ms: int = 0) -> Evaluation:
    """Score redacted transcripts against gold PII items, micro-averaged over the corpus.

    `gold`: a list of items, a {transcript_id: [items]} mapping, a DataFrame, or a path to
    .json / .jsonl. An item has `policy` and either `start_ms`/`end_ms` (or `start`/`end`)
    or `word_indexes` (positions in `words`); `transcript_id` may be left out when there is
    one transcript, and may name a transcript file's stem; `channel` limits a timed item to
    one channel. A transcript without items has no PII. A gold word is a word whose midpoint
    lies in an item's span (± tolerance_ms), unless the word can be read and shares no token
    with the item's `text`/`spoken` (a neighbour caught by loose gold timing). The time
    level treats each call as one timeline.
    `match="redacted"` counts any redaction as a hit (leaks are what matter);
    `match="policy"` also needs the predicted policy to equal the gold one.
    An item with no word under it (the ASR missed it, or the gold is for another
    transcript) is not heard and counts as leaked; word scores cannot count it.
    """
    if match not in ("redacted", "policy"):
        raise PiikitError(f"match must be 'redacted' or 'policy', not {match!r}")
    loaded = _load_named(transcripts)
    frame = words_frame([t for _, t in loaded])
    tids = pd.Index([str(t.get("id")) for _, t in loaded])
    g = gold_frame(gold, list(tids), {stem: str(t.get("id")) for stem, t in loaded if stem})
    w_t = tids.get_indexer(frame["transcript_id"])
    g_t = tids.get_indexer(g["transcript_id"])
    g_s, g_e = _gold_spans(g, g_t, frame, w_t)
    by_index = _word_item_by_index(g, g_t, frame, w_t)
    by_time = _word_item_by_time(g, g_t, (g_s, g_e), frame, w_t, tolerance_ms)
    item = np.where(by_index >= 0, by_index, _drop_neighbours(by_time, g, frame))

    gold_pol = np.asarray(g["policy"], dtype=object)
    word_gold = np.append(gold_pol, None)[item]  # item -1 (no gold) takes the None
    red = frame["redacted"].to_numpy(bool, na_value=False)
    pred = np.asarray(frame["policy"].astype(object).where(frame["policy"].notna(), None))
    pred = np.where(red, pred, None)

    ents = entities_frame(frame)
    e_t = tids.get_indexer(ents["transcript_id"])
    e_pol = np.asarray(ents["policy"].astype(object).where(ents["policy"].notna(), None))
    e_s = e_t * SPAN + ents["start_ms"].to_numpy("int64")
    e_e = e_t * SPAN + ents["end_ms"].to_numpy("int64")
    gs, ge = g_t * SPAN + g_s, g_t * SPAN + g_e

    scores = pd.concat([_word_scores(word_gold, red, pred, match),
                        _time_scores((gs, ge, gold_pol), (e_s, e_e, e_pol), match)],
                       ignore_index=True)
    items = _items(g, item, red, frame, (gs, ge), (e_s, e_e))
    over = frame.loc[red & (item < 0), ["transcript_id", "word_index", "start_ms", "end_ms", "text",
                                        "original", "policy"]].reset_index(drop=True)
    return Evaluation(scores, items, over)


def gold_frame(gold: Any, transcript_ids: list[str], stems: dict[str, str] | None = None
               ) -> pd.DataFrame:
    """Gold items as a DataFrame: transcript_id, gold_id, policy, text, start_ms, end_ms,
    word_indexes (list or null), channel (or null: any). Errors name items that cannot be placed."""
    rows = _gold_rows(gold)
    stems = stems or {}
    out = []
    for n, r in enumerate(rows):
        if not isinstance(r, dict) or not r.get("policy"):
            raise PiikitError(f"gold item {n} has no policy: {r!r}")
        tid = r.get("transcript_id")
        if tid is None:
            if len(transcript_ids) != 1:
                raise PiikitError(f"gold item {n} has no transcript_id and there are "
                                  f"{len(transcript_ids)} transcripts")
            tid = transcript_ids[0]
        tid = stems.get(str(tid), str(tid)) if str(tid) not in transcript_ids else str(tid)
        if tid not in transcript_ids:
            raise PiikitError(f"gold item {n} names transcript {tid!r}, which is not among the "
                              f"transcripts given ({', '.join(map(str, transcript_ids[:5]))} ...)")
        start = _ms(r.get("start_ms", r.get("start")), n, "start_ms")
        end = _ms(r.get("end_ms", r.get("end")), n, "end_ms")
        idx = r.get("word_indexes", r.get("word_index"))
        if idx is None and (start is None or end is None):
            raise PiikitError(f"gold item {n} needs start_ms/end_ms or word_indexes: {r!r}")
        if start is not None and end is not None and end < start:
            raise PiikitError(f"gold item {n} ends before it starts ({start} > {end} ms): {r!r}")
        policy = str(r["policy"]).lower()
        if policy not in _ENTITY_TO_POLICY:
            near = get_close_matches(policy, list(_ENTITY_TO_POLICY), n=1)
            raise PiikitError(f"gold item {n} has an unknown policy {r['policy']!r}"
                              + (f" (did you mean {near[0]!r}?)" if near else " (see piikit.policies.POLICIES)"))
        out.append({"transcript_id": tid, "gold_id": str(r.get("id", n)),
                    "policy": _ENTITY_TO_POLICY.get(policy, policy), "text": r.get("text"),
                    "start_ms": start, "end_ms": end,
                    "word_indexes": None if idx is None else _indexes(idx, n),
                    "channel": None if r.get("channel") is None else str(r["channel"]),
                    "spoken": r.get("spoken")})
    cols = ["transcript_id", "gold_id", "policy", "text", "start_ms", "end_ms", "word_indexes",
            "channel", "spoken"]
    return pd.DataFrame(out, columns=cols).astype(
        {"start_ms": "Int64", "end_ms": "Int64"}) if out else pd.DataFrame(columns=cols)


def _ms(value: Any, n: int, name: str) -> int | None:
    """A gold time in whole ms (None stays None); an error naming the item when it is no number."""
    if value is None:
        return None
    try:
        ms = float(value)
    except (TypeError, ValueError):
        ms = float("nan")
    if not np.isfinite(ms) or isinstance(value, bool):
        raise PiikitError(f"gold item {n}: {name} must be a number of ms, not {value!r}")
    return int(round(ms))


def _indexes(value: Any, n: int) -> list[int]:
    """Word positions of a gold item; an error naming the item for anything but whole numbers >= 0."""
    values = list(np.atleast_1d(value))
    if not values or not all(isinstance(i, (int, np.integer)) and not isinstance(i, bool) and i >= 0
                             for i in values):
        raise PiikitError(f"gold item {n}: word_indexes must be positions (whole numbers >= 0) "
                          f"in the transcript's words, not {value!r}")
    return [int(i) for i in values]


def _gold_rows(gold: Any) -> list[dict]:
    """Gold items from a list, a mapping, a DataFrame or a .json/.jsonl file."""
    if isinstance(gold, (str, Path)):
        path = Path(gold)
        try:
            text = path.read_text(encoding="utf-8")
            gold = _jsonl(text, path) if path.suffix == ".jsonl" else json.loads(text)
        except (OSError, ValueError) as e:
            raise PiikitError(f"cannot read gold labels {path}: {e}") from e
    if isinstance(gold, pd.DataFrame):  # empty cells are absent keys, as in JSON
        return [{k: v for k, v in rec.items() if v is not None and v is not pd.NA and v == v}
                for rec in gold.to_dict("records")]
    if isinstance(gold, dict):
        if "policy" in gold:
            return [gold]
        return [{**item, "transcript_id": tid} for tid, items in gold.items() for item in items]
    return list(gold)


def _jsonl(text: str, path: Path) -> list:
    """The objects of a JSON-lines text; an error naming the file's line that does not parse."""
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        try:
            rows.extend([json.loads(line)] if line.strip() else [])
        except ValueError as e:
            raise PiikitError(f"cannot read gold labels {path}: line {number} is not JSON ({e})") from e
    return rows


def _load_named(transcripts: Iterable[Any]) -> list[tuple[str | None, dict]]:
    """(file stem or None, transcript dict) pairs; a file without an id takes its stem."""
    out = []
    for i, src in enumerate(sources(transcripts)):
        t = load_transcript(src)
        stem = Path(src).stem if isinstance(src, (str, Path)) else None
        if not t.get("id"):
            t = {**t, "id": stem or str(i)}
        out.append((stem, t))
    return out


def _gold_spans(g: pd.DataFrame, g_t: np.ndarray, frame: pd.DataFrame, w_t: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray]:
    """Start and end ms of each item; items given by word indexes span their words."""
    s = g["start_ms"].to_numpy("float64", na_value=np.nan)
    e = g["end_ms"].to_numpy("float64", na_value=np.nan)
    by_idx = np.flatnonzero(g["word_indexes"].notna().to_numpy())
    if len(by_idx):
        rows = _index_rows(g.iloc[by_idx], g_t[by_idx], frame, w_t)
        owner = np.repeat(by_idx, [len(v) for v in g["word_indexes"].iloc[by_idx]])
        ok = rows >= 0
        lo = np.full(len(g), np.inf)
        hi = np.full(len(g), -np.inf)
        np.minimum.at(lo, owner[ok], frame["start_ms"].to_numpy("int64")[rows[ok]])
        np.maximum.at(hi, owner[ok], frame["end_ms"].to_numpy("int64")[rows[ok]])
        s[by_idx], e[by_idx] = lo[by_idx], hi[by_idx]
    s, e = np.nan_to_num(s, nan=0, posinf=0, neginf=0), np.nan_to_num(e, nan=0, posinf=0, neginf=0)
    return s.astype(np.int64), np.maximum(e.astype(np.int64), s.astype(np.int64))


def _index_rows(g: pd.DataFrame, g_t: np.ndarray, frame: pd.DataFrame, w_t: np.ndarray) -> np.ndarray:
    """Frame row of every (item, word index) pair, -1 where the transcript has no such word."""
    lengths = [len(v) for v in g["word_indexes"]]
    idx = np.fromiter((i for v in g["word_indexes"] for i in v), dtype=np.int64, count=sum(lengths))
    keys = w_t * SPAN + frame["word_index"].to_numpy("int64")
    want = np.repeat(g_t, lengths) * SPAN + idx
    order = np.argsort(keys)
    pos = np.clip(np.searchsorted(keys[order], want), 0, max(len(keys) - 1, 0))
    found = (len(keys) > 0) & (keys[order][pos] == want) if len(keys) else np.zeros(len(want), bool)
    return np.where(found, order[pos] if len(keys) else -1, -1)


def _word_item_by_index(g: pd.DataFrame, g_t: np.ndarray, frame: pd.DataFrame, w_t: np.ndarray
                        ) -> np.ndarray:
    """Gold item of each word named by an item's word_indexes; -1 elsewhere. An index past the
    transcript's words is an error: the gold was made for another transcript."""
    item = np.full(len(frame), -1)
    by_idx = np.flatnonzero(g["word_indexes"].notna().to_numpy())
    if len(by_idx):
        rows = _index_rows(g.iloc[by_idx], g_t[by_idx], frame, w_t)
        owner = np.repeat(by_idx, [len(v) for v in g["word_indexes"].iloc[by_idx]])
        if (rows < 0).any():
            bad = owner[np.argmax(rows < 0)]
            n_words = int((w_t == g_t[bad]).sum())
            raise PiikitError(f"gold item {g['gold_id'].iloc[bad]} names word_indexes "
                              f"{g['word_indexes'].iloc[bad]}, but transcript {g['transcript_id'].iloc[bad]} "
                              f"has {n_words} words (0..{n_words - 1})")
        item[rows[rows >= 0]] = owner[rows >= 0]
    return item


def _word_item_by_time(g: pd.DataFrame, g_t: np.ndarray, spans: tuple, frame: pd.DataFrame,
                       w_t: np.ndarray, tol: int) -> np.ndarray:
    """Gold item (given by time) whose span holds each word's midpoint; -1 elsewhere.

    An item with a `channel` only takes words of that channel.
    """
    codes = pd.factorize(pd.concat([frame["channel"].astype(object), g["channel"].astype(object)],
                                   ignore_index=True))[0]
    w_c, g_c, n_c = codes[:len(frame)], codes[len(frame):], codes.max(initial=0) + 2
    mid = (frame["start_ms"].to_numpy("int64") + frame["end_ms"].to_numpy("int64")) // 2
    timed = g["word_indexes"].isna().to_numpy()
    item = np.full(len(frame), -1)
    for pick, g_key, w_key in ((timed & (g_c >= 0), g_t * n_c + g_c + 1, w_t * n_c + w_c + 1),
                               (timed & (g_c < 0), g_t, w_t)):
        rows = np.flatnonzero(pick)
        hit = locate_in(g_key[rows] * SPAN + spans[0][rows], g_key[rows] * SPAN + spans[1][rows],
                        w_key * SPAN + mid, tol)
        item = np.where((item < 0) & (hit >= 0), rows[np.maximum(hit, 0)] if len(rows) else -1, item)
    return item


def _drop_neighbours(item: np.ndarray, g: pd.DataFrame, frame: pd.DataFrame) -> np.ndarray:
    """Unassign the neighbours that loose gold timing caught at an item's edges.

    A word under an item is an anchor when its readable text (its original, else its visible
    text when kept) shares a token with the item's `text` or `spoken` form, or nothing can
    be read or compared. The item keeps the words from its first anchor to its last, in
    time; words before the first or after the last ("at" after "nurse") are dropped. An
    item without any anchor keeps all its words: a misheard number or name ("$240.9.50"
    for "$249.50") is still the PII, and hiding its leak would be the worse error.
    """
    rows = np.flatnonzero(item >= 0)
    if not len(rows):
        return item
    original = frame["original"].to_numpy(object)[rows]
    text = frame["text"].to_numpy(object)[rows]
    kept = ~frame["redacted"].to_numpy(bool, na_value=False)[rows]
    gold_tokens = [_tokens(" ".join(v for v in (t, sp) if isinstance(v, str)))
                   for t, sp in zip(g["text"], g["spoken"])]
    readable = np.where([isinstance(o, str) for o in original], original, np.where(kept, text, None))
    anchor = np.fromiter((not r or not gold_tokens[i] or any(_same_token(w, t) for w in _tokens(r)
                                                              for t in gold_tokens[i])
                          for r, i in zip(readable, item[rows])), dtype=bool, count=len(rows))
    at = frame["start_ms"].to_numpy("int64")[rows]
    first = np.full(len(g), np.iinfo(np.int64).max)
    last = np.full(len(g), np.iinfo(np.int64).min)
    np.minimum.at(first, item[rows][anchor], at[anchor])
    np.maximum.at(last, item[rows][anchor], at[anchor])
    it = item[rows]
    inside = (first[it] > last[it]) | ((at >= first[it]) & (at <= last[it]))
    out = item.copy()
    out[rows[~inside]] = -1
    return out


def _tokens(text: str) -> list[str]:
    """Lower-case alphanumeric tokens, whole words ("9/27" -> "927", "Portland," -> "portland")
    and their pieces ("sarah.mitchell@example.com" -> also "sarah", "mitchell", ...)."""
    words = text.lower().split()
    whole = ["".join(c for c in tok if c.isalnum()) for tok in words]
    pieces = [p for tok in words for p in re.split(r"[^\w]+|_", tok) if p and p not in whole]
    return [t for t in whole if t] + list(dict.fromkeys(pieces))


def _same_token(a: str, b: str) -> bool:
    """Equal, one begins the other ("14th" ~ "14"), or alike as misheard words are
    ("michel" ~ "mitchell", "240950" ~ "24950"; both at least 3 characters)."""
    return (a.startswith(b) or b.startswith(a)
            or (min(len(a), len(b)) >= 3 and SequenceMatcher(None, a, b).ratio() >= 0.6))


def _prf(gold: float, predicted: float, found: float, correct: float) -> tuple[float, float, float]:
    """Precision, recall, F1 (NaN where undefined)."""
    p = correct / predicted if predicted else np.nan
    r = found / gold if gold else np.nan
    f = 2 * p * r / (p + r) if gold and predicted and (p + r) else (0.0 if gold and predicted else np.nan)
    return p, r, f


def _policies(*arrays: np.ndarray) -> list[Any]:
    """Policies present, in table order, then other names; unknown (None) last."""
    present = {p for a in arrays for p in a}
    named = sorted((p for p in present if p is not None),
                   key=lambda p: (POLICY_ORDER.get(p, len(POLICY_ORDER)), p))
    return named + ([None] if None in present else [])


def _is(values: np.ndarray, policy: Any) -> np.ndarray:
    """Where `values` (objects, None for none) equal `policy` (None matches None)."""
    return np.fromiter((v == policy if policy is not None else v is None for v in values),
                       dtype=bool, count=len(values))


def _word_scores(gold: np.ndarray, red: np.ndarray, pred: np.ndarray, match: str) -> pd.DataFrame:
    """Word-level rows: counts of words per policy, and the 'all' row."""
    is_gold = ~_is(gold, None)
    agree = red & is_gold & (pred == gold)
    found_any = red if match == "redacted" else agree
    rows = [(ALL, is_gold.sum(), red.sum(), (is_gold & found_any).sum(),
             (red & is_gold).sum() if match == "redacted" else agree.sum())]
    for p in _policies(gold[is_gold], pred[red]):
        g_p, p_p = _is(gold, p) & is_gold, _is(pred, p) & red
        correct = p_p & is_gold if match == "redacted" else p_p & g_p
        rows.append((p, g_p.sum(), p_p.sum(), (g_p & found_any).sum(), correct.sum()))
    return _score_frame("word", rows)


def _time_scores(gold: tuple, pred: tuple, match: str) -> pd.DataFrame:
    """Time-level rows: seconds of gold spans and of redacted entity spans per policy."""
    gs, ge, gp = gold
    ps, pe, pp = pred
    any_g, any_p = (gs, ge), (ps, pe)

    def of(spans: tuple, policy: Any) -> tuple[np.ndarray, np.ndarray]:
        pick = _is(spans[2], policy)
        return spans[0][pick], spans[1][pick]

    if match == "redacted":
        hits = overlap(any_g, any_p)
    else:
        hits = sum(overlap(of(gold, p), of(pred, p)) for p in _policies(gp) if p is not None)
    rows = [(ALL, measure(gs, ge), measure(ps, pe), hits, hits)]
    for p in _policies(gp, pp):
        g_p, p_p = of(gold, p), of(pred, p)
        if match == "redacted":
            rows.append((p, measure(*g_p), measure(*p_p), overlap(g_p, any_p), overlap(p_p, any_g)))
        else:
            both = overlap(g_p, p_p) if p is not None else 0
            rows.append((p, measure(*g_p), measure(*p_p), both, both))
    return _score_frame("time", [(p, *(v / 1000 for v in vals)) for p, *vals in rows])


def _score_frame(level: str, rows: list[tuple]) -> pd.DataFrame:
    """Score rows with precision, recall and F1 as Arrow-backed columns."""
    out = pd.DataFrame(rows, columns=["policy", "gold", "predicted", "found", "correct"])
    prf = [_prf(*r[1:]) for r in rows]
    out["precision"], out["recall"], out["f1"] = zip(*prf) if prf else ([], [], [])
    out.insert(0, "level", level)
    return out.astype({"level": pd.ArrowDtype(pa.string()), "policy": pd.ArrowDtype(pa.string()),
                       **{c: pd.ArrowDtype(pa.float64()) for c in
                          ("gold", "predicted", "found", "correct", "precision", "recall", "f1")}})


def _items(g: pd.DataFrame, item: np.ndarray, red: np.ndarray, frame: pd.DataFrame,
           gold_spans: tuple, pred_spans: tuple) -> pd.DataFrame:
    """Per gold item: its words, how many were redacted, what stayed readable, time covered."""
    n = len(g)
    under = item >= 0
    words = np.bincount(item[under], minlength=n)
    redacted = np.bincount(item[under & red], minlength=n)
    leaked_rows = np.flatnonzero(under & ~red)
    leaked_rows = leaked_rows[np.argsort(item[leaked_rows], kind="stable")]
    texts = frame["text"].to_numpy(object)[leaked_rows]
    leaked_text = pd.Series(texts).groupby(item[leaked_rows]).agg(" ".join) \
        if len(leaked_rows) else pd.Series(dtype=object)
    gs, ge = gold_spans
    redacted_ms = covered(gs, ge, pred_spans)
    span = np.maximum(ge - gs, 1)
    out = g.drop(columns=["word_indexes", "spoken"]).reset_index(drop=True)
    out["start_ms"], out["end_ms"] = gs % SPAN, ge % SPAN
    out["words"] = words
    out["redacted_words"] = redacted
    out["leaked_words"] = words - redacted
    out["leaked_text"] = pd.Series(leaked_text).reindex(range(n)).to_numpy()
    out["time_redacted"] = np.where(ge > gs, redacted_ms / span, np.nan)
    # An item with no word under it was never transcribed, so never redacted: its speech is
    # still in the redacted audio. It is a leak, marked apart by `heard` and its leaked_text.
    heard = words > 0
    out.loc[~heard, "leaked_text"] = UNHEARD
    out["heard"] = heard
    out["leaked"] = (out["leaked_words"] > 0) | ~heard
    return out.astype({"transcript_id": pd.ArrowDtype(pa.string()), "gold_id": pd.ArrowDtype(pa.string()),
                       "policy": pd.ArrowDtype(pa.string()), "text": pd.ArrowDtype(pa.string()),
                       "start_ms": pd.ArrowDtype(pa.int64()), "end_ms": pd.ArrowDtype(pa.int64()),
                       "words": pd.ArrowDtype(pa.int64()), "redacted_words": pd.ArrowDtype(pa.int64()),
                       "leaked_words": pd.ArrowDtype(pa.int64()),
                       "leaked_text": pd.ArrowDtype(pa.string()),
                       "time_redacted": pd.ArrowDtype(pa.float64()), "heard": pd.ArrowDtype(pa.bool_()),
                       "leaked": pd.ArrowDtype(pa.bool_())})
