"""Redaction quality against gold PII labels.

NOTE to the helper who owns `score_spans` (text level): at 05:44 the analysis helper's file
write replaced your uncommitted piikit/evaluate.py by mistake (a create raced with yours).
Your score_spans / SCORE_COLUMNS / read_eval_set / untouched_share were lost: please add
them back ABOVE the transcript-level section below, and delete this note. Sorry.

# --- transcript level: redacted transcripts vs gold labels (word indexes or time spans) ---
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import numpy as np
import pandas as pd
import pyarrow as pa

from piikit.errors import PiikitError
from piikit.frames import _ENTITY_TO_POLICY, entities_frame, load_transcript, words_frame
from piikit.intervals import SPAN, locate_in, measure, overlap

ALL = "all"
"""The `policy` of the score rows over every policy at once."""


@dataclass
class Evaluation:
    """What `evaluate` finds: scores per policy and level, gold items, over-redacted words."""

    scores: pd.DataFrame
    """level (word|time), policy ('all' first, null = redacted with no known policy), gold,
    predicted, found (gold units redacted), correct (redacted units that are gold),
    precision, recall, f1. Word level counts words; time level counts seconds."""
    items: pd.DataFrame
    """One row per gold item: transcript_id, gold_id, policy, text, start_ms, end_ms, words
    (under it), redacted_words, leaked_words, leaked_text, time_redacted (fraction), leaked."""
    over_redacted: pd.DataFrame
    """Redacted words that no gold item covers: transcript_id, word_index, times, text,
    original, policy."""

    @property
    def leaks(self) -> pd.DataFrame:
        """The gold items with at least one word left readable."""
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
    one transcript, and may name a transcript file's stem. A transcript without items has
    no PII. A gold word is a word whose midpoint lies in an item's span (± tolerance_ms).
    `match="redacted"` counts any redaction as a hit (leaks are what matter);
    `match="policy"` also needs the predicted policy to equal the gold one.
    """
    if match not in ("redacted", "policy"):
        raise PiikitError(f"match must be 'redacted' or 'policy', not {match!r}")
    loaded = _load_named(transcripts)
    frame = words_frame([t for _, t in loaded])
    stems = {stem: t.get("id") for stem, t in loaded if stem}
    g = gold_frame(gold, list(dict.fromkeys(frame["transcript_id"])) or [t.get("id") for _, t in loaded],
                   stems)

    tids = pd.Index(list(dict.fromkeys([str(t.get("id")) for _, t in loaded])))
    w_t = tids.get_indexer(frame["transcript_id"])
    w_s, w_e = frame["start_ms"].to_numpy("int64"), frame["end_ms"].to_numpy("int64")
    g_t = tids.get_indexer(g["transcript_id"])
    g_s, g_e = _gold_spans(g, g_t, frame, w_t)

    # each word's gold item: by its index, else by its midpoint in the item's span
    by_index = _word_item_by_index(g, g_t, frame, w_t)
    by_time = locate_in(g_t * SPAN + g_s, g_t * SPAN + g_e,
                        w_t * SPAN + (w_s + w_e) // 2, tolerance_ms)
    timed = np.flatnonzero(g["word_indexes"].isna().to_numpy())
    by_time = np.where(np.isin(by_time, timed), by_time, -1)
    item = np.where(by_index >= 0, by_index, by_time)

    gold_pol = np.asarray(g["policy"], dtype=object)
    word_gold = np.where(item >= 0, gold_pol[np.maximum(item, 0)], None)
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
    word_indexes (list or null). Errors name items that cannot be placed."""
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
        start, end = r.get("start_ms", r.get("start")), r.get("end_ms", r.get("end"))
        idx = r.get("word_indexes", r.get("word_index"))
        if idx is None and (start is None or end is None):
            raise PiikitError(f"gold item {n} needs start_ms/end_ms or word_indexes: {r!r}")
        policy = str(r["policy"]).lower()
        out.append({"transcript_id": tid, "gold_id": str(r.get("id", n)),
                    "policy": _ENTITY_TO_POLICY.get(policy, policy), "text": r.get("text"),
                    "start_ms": None if start is None else int(start),
                    "end_ms": None if end is None else int(end),
                    "word_indexes": None if idx is None else [int(i) for i in np.atleast_1d(idx)]})
    cols = ["transcript_id", "gold_id", "policy", "text", "start_ms", "end_ms", "word_indexes"]
    return pd.DataFrame(out, columns=cols).astype(
        {"start_ms": "Int64", "end_ms": "Int64"}) if out else pd.DataFrame(columns=cols)


def _gold_rows(gold: Any) -> list[dict]:
    """Gold items from a list, a mapping, a DataFrame or a .json/.jsonl file."""
    if isinstance(gold, (str, Path)):
        path = Path(gold)
        try:
            text = path.read_text(encoding="utf-8")
            gold = [json.loads(line) for line in text.splitlines() if line.strip()] \
                if path.suffix == ".jsonl" else json.loads(text)
        except (OSError, ValueError) as e:
            raise PiikitError(f"cannot read gold labels {path}: {e}") from e
    if isinstance(gold, pd.DataFrame):
        return gold.to_dict("records")
    if isinstance(gold, dict):
        if "policy" in gold:
            return [gold]
        return [{**item, "transcript_id": tid} for tid, items in gold.items() for item in items]
    return list(gold)


def _load_named(transcripts: Iterable[Any]) -> list[tuple[str | None, dict]]:
    """(file stem or None, transcript dict) pairs; a file without an id takes its stem."""
    single = isinstance(transcripts, (dict, str, Path)) or hasattr(transcripts, "json_response")
    out = []
    for i, src in enumerate([transcripts] if single else transcripts):
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
    """Gold item of each word named by an item's word_indexes; -1 elsewhere."""
    item = np.full(len(frame), -1)
    by_idx = np.flatnonzero(g["word_indexes"].notna().to_numpy())
    if len(by_idx):
        rows = _index_rows(g.iloc[by_idx], g_t[by_idx], frame, w_t)
        owner = np.repeat(by_idx, [len(v) for v in g["word_indexes"].iloc[by_idx]])
        item[rows[rows >= 0]] = owner[rows >= 0]
    return item


def _prf(gold: float, predicted: float, found: float, correct: float) -> tuple[float, float, float]:
    """Precision, recall, F1 (NaN where undefined)."""
    p = correct / predicted if predicted else np.nan
    r = found / gold if gold else np.nan
    f = 2 * p * r / (p + r) if gold and predicted and (p + r) else (0.0 if gold and predicted else np.nan)
    return p, r, f


def _policies(*arrays: np.ndarray) -> list[Any]:
    """Policies present, in table order (via the entity map), then others, unknown (None) last."""
    present = {p for a in arrays for p in a}
    order = list(_ENTITY_TO_POLICY.values())
    named = sorted((p for p in present if p is not None), key=lambda p: (p not in order, order.index(p)
                                                                        if p in order else 0, p))
    return named + ([None] if None in present else [])


def _word_scores(gold: np.ndarray, red: np.ndarray, pred: np.ndarray, match: str) -> pd.DataFrame:
    """Word-level rows: counts of words per policy, and the 'all' row."""
    is_gold = np.array([g is not None for g in gold], dtype=bool) if len(gold) else np.zeros(0, bool)
    same = red & is_gold & (pred == gold)
    hit = red if match == "redacted" else same
    rows = [(ALL, is_gold.sum(), red.sum(), (is_gold & hit).sum(), (red & is_gold & (
        True if match == "redacted" else same)).sum())]
    for p in _policies(gold[is_gold], pred[red]):
        g_p = gold == p if p is not None else np.zeros(len(gold), bool)
        p_p = red & (pred == p) if p is not None else red & np.array([x is None for x in pred], bool)
        rows.append((p, g_p.sum(), p_p.sum(), (g_p & hit).sum(),
                     (p_p & (is_gold if match == "redacted" else gold == p)).sum()))
    return _score_frame("word", rows)


def _time_scores(gold: tuple, pred: tuple, match: str) -> pd.DataFrame:
    """Time-level rows: seconds of gold spans and of redacted entity spans per policy."""
    gs, ge, gp = gold
    ps, pe, pp = pred
    pick = lambda pol, p: np.array([x == p for x in pol], dtype=bool) if len(pol) else np.zeros(0, bool)
    any_g, any_p = (gs, ge), (ps, pe)
    if match == "redacted":
        found_all = correct_all = overlap(any_g, any_p)
    else:
        found_all = correct_all = sum(overlap((gs[pick(gp, p)], ge[pick(gp, p)]),
                                              (ps[pick(pp, p)], pe[pick(pp, p)]))
                                      for p in _policies(gp) if p is not None)
    rows = [(ALL, measure(gs, ge), measure(ps, pe), found_all, correct_all)]
    for p in _policies(gp, pp):
        g_p = (gs[pick(gp, p)], ge[pick(gp, p)])
        p_p = (ps[pick(pp, p)], pe[pick(pp, p)])
        rows.append((p, measure(*g_p), measure(*p_p),
                     overlap(g_p, any_p if match == "redacted" else p_p),
                     overlap(p_p, any_g if match == "redacted" else g_p)))
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
    covered = np.array([overlap((gs[i:i + 1], ge[i:i + 1]), pred_spans) for i in range(n)])
    span = np.maximum(ge - gs, 1)
    out = g.drop(columns=["word_indexes"]).reset_index(drop=True)
    out["start_ms"], out["end_ms"] = gs % SPAN, ge % SPAN
    out["words"] = words
    out["redacted_words"] = redacted
    out["leaked_words"] = words - redacted
    out["leaked_text"] = pd.Series(leaked_text).reindex(range(n)).to_numpy()
    out["time_redacted"] = np.where(ge > gs, covered / span, np.nan)
    out["leaked"] = out["leaked_words"] > 0
    return out.astype({"transcript_id": pd.ArrowDtype(pa.string()), "gold_id": pd.ArrowDtype(pa.string()),
                       "policy": pd.ArrowDtype(pa.string()), "text": pd.ArrowDtype(pa.string()),
                       "start_ms": pd.ArrowDtype(pa.int64()), "end_ms": pd.ArrowDtype(pa.int64()),
                       "words": pd.ArrowDtype(pa.int64()), "redacted_words": pd.ArrowDtype(pa.int64()),
                       "leaked_words": pd.ArrowDtype(pa.int64()),
                       "leaked_text": pd.ArrowDtype(pa.string()),
                       "time_redacted": pd.ArrowDtype(pa.float64()), "leaked": pd.ArrowDtype(pa.bool_())})
