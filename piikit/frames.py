"""Transcripts as DataFrames: one row per word, redacted words joined to their originals by time.

The API returns `words` and (optionally) `unredacted_words` as two lists. They are joined here
by timestamp with a vectorized interval join, so the join holds when a tag was merged over
several words, words were dropped, lists differ in order, or times differ by a few ms.
Pure over plain data: transcript dicts in the API's shape in, Arrow-backed DataFrames out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Union

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from piikit.errors import PiikitError
from piikit.policies import ALIASES, POLICIES, resolve_policies

TranscriptLike = Union[dict, str, Path, Any]
"""A transcript dict, a path to its JSON, or an `assemblyai` SDK `Transcript`."""

WORD_COLUMNS: dict[str, pa.DataType] = {
    "transcript_id": pa.string(),
    "word_index": pa.int64(),
    "start_ms": pa.int64(),
    "end_ms": pa.int64(),
    "speaker": pa.string(),
    "channel": pa.string(),
    "confidence": pa.float64(),
    "text": pa.string(),
    "original": pa.string(),
    "redacted": pa.bool_(),
    "policy": pa.string(),
    "entity_id": pa.int64(),
}
"""Columns of `words_frame`, in order, with their Arrow types (the export schema too)."""

_WORD = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                   ("confidence", pa.float64()), ("speaker", pa.string()),
                   ("channel", pa.string())])
_ENTITY = pa.struct([("entity_type", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
_HASHED = r"^[^\pL\pN]*#[^\pL\pN]*$"
_ANY_TAG = r"^[^\pL\pN\[]*\[(?P<tag>[A-Z][A-Z0-9_]*)\][^\pL\pN]*$"
_TAG_TO_POLICY = {**{a.upper(): ps[0] for a, ps in ALIASES.items()},
                  **{p.upper(): p for p in POLICIES}}
_KNOWN_TAG = r"\[(?P<tag>" + "|".join(sorted(_TAG_TO_POLICY, key=len, reverse=True)) + r")\]"
_SPAN = 1 << 36
"""Time offset between groups in the packed join keys (~2 years of ms: no word is that long)."""


def words_frame(transcripts: TranscriptLike | Iterable[TranscriptLike], *,
                tolerance_ms: int = 50) -> pd.DataFrame:
    """One row per word of one or many transcripts, with its original text, policy and entity.

    `policy` comes from the `[POLICY_NAME]` tag, else from `entities` overlapping the word,
    else stays null (hash substitution says only *that* a word was redacted). `original` is
    the text of the `unredacted_words` whose midpoint falls in the word's time span
    (± `tolerance_ms`), joined with spaces; null without `unredacted_words`.
    `entity_id` numbers the runs of redacted words within each transcript.
    `frame.attrs["piikit"]` keeps the requested policies and substitutions for exports.
    """
    items = _load_all(transcripts)
    words, n_words = _word_array(items, "words")
    if len(words) == 0:
        frame = _empty_frame()
        frame.attrs["piikit"] = _settings(items)
        return frame
    tidx = np.repeat(np.arange(len(items)), n_words)
    starts = _ints(words.field("start"))
    ends = np.maximum(_ints(words.field("end")), starts)
    texts = words.field("text")
    channel = words.field("channel")

    original = _originals(items, tidx, starts, ends, channel, tolerance_ms)
    tags = _tag_policy(texts)
    redacted = pc.fill_null(pc.or_(pc.is_valid(tags), pc.match_substring_regex(texts, _HASHED)),
                            False)
    if original is not None:  # a word that reads as its own original was never redacted
        same = pc.fill_null(pc.equal(texts, original), False)
        redacted = pc.and_(redacted, pc.invert(same))
    redacted_np = redacted.to_numpy(zero_copy_only=False)
    from_entities, entity_src = _entity_policy(items, tidx, starts, ends, tolerance_ms)
    policy = pc.if_else(redacted, pc.coalesce(tags, from_entities), pa.nulls(len(words), pa.string()))
    sentence_end = pc.fill_null(pc.match_substring_regex(texts, r"[.!?]$"), False)
    entity_id = _entity_ids(tidx, redacted_np, sentence_end.to_numpy(zero_copy_only=False),
                            [policy, words.field("speaker"), channel], entity_src)

    offsets = np.concatenate([[0], np.cumsum(n_words)[:-1]])
    columns = {
        "transcript_id": pa.array([tid for tid, _ in items], pa.string()).take(pa.array(tidx)),
        "word_index": pa.array(np.arange(len(words)) - np.repeat(offsets, n_words)),
        "start_ms": pa.array(starts),
        "end_ms": pa.array(ends),
        "speaker": words.field("speaker"),
        "channel": channel,
        "confidence": words.field("confidence"),
        "text": texts,
        "original": original if original is not None else pa.nulls(len(words), pa.string()),
        "redacted": redacted,
        "policy": policy,
        "entity_id": entity_id,
    }
    table = pa.table({name: col.cast(WORD_COLUMNS[name]) for name, col in columns.items()})
    frame = table.to_pandas(types_mapper=pd.ArrowDtype)
    frame.attrs["piikit"] = _settings(items)
    return frame


def entities_frame(frame_or_transcripts: pd.DataFrame | TranscriptLike | Iterable[TranscriptLike],
                   *, include_original: bool = False) -> pd.DataFrame:
    """One row per redacted entity (a run of redacted words): policy, times, words, speaker.

    Takes a `words_frame` or anything `words_frame` takes. `text` is the redacted text;
    `original` (the PII itself) is added only with `include_original=True`.
    """
    frame = _as_frame(frame_or_transcripts)
    red = frame[frame["entity_id"].notna()]
    tcodes = pd.factorize(red["transcript_id"])[0]
    order = np.lexsort((red["word_index"].to_numpy("int64"), red["entity_id"].to_numpy("int64"),
                        tcodes))
    red = red.iloc[order]
    tcodes, eids = tcodes[order], red["entity_id"].to_numpy("int64")
    first = np.flatnonzero(np.r_[True, (tcodes[1:] != tcodes[:-1]) | (eids[1:] != eids[:-1])]) \
        if len(red) else np.array([], dtype=np.int64)
    starts, ends = red["start_ms"].to_numpy("int64"), red["end_ms"].to_numpy("int64")
    n = np.diff(np.r_[first, len(red)])
    head = red.iloc[first]
    out = pd.DataFrame({
        "transcript_id": head["transcript_id"].array,
        "entity_id": head["entity_id"].array,
        "policy": head["policy"].array,
        "start_ms": pd.array(np.minimum.reduceat(starts, first) if len(red) else starts,
                             pd.ArrowDtype(pa.int64())),
        "end_ms": pd.array(np.maximum.reduceat(ends, first) if len(red) else ends,
                           pd.ArrowDtype(pa.int64())),
        "words": pd.array(n, pd.ArrowDtype(pa.int64())),
        "first_word": head["word_index"].array,
        "speaker": head["speaker"].array,
        "channel": head["channel"].array,
        "text": _join_runs(red["text"], first),
    })
    out.insert(5, "duration_ms", out["end_ms"] - out["start_ms"])
    if include_original:
        out["original"] = _join_runs(red["original"], first)
    out.attrs = dict(frame.attrs)
    return out


def load_transcript(source: TranscriptLike) -> dict:
    """A transcript dict from a dict, a JSON file path, or an `assemblyai` SDK object."""
    if isinstance(source, dict):
        return source
    if isinstance(source, (str, Path)):
        try:
            data = json.loads(Path(source).read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise PiikitError(f"cannot read transcript JSON {source}: {e}") from e
        if not isinstance(data, dict):
            raise PiikitError(f"{source} does not hold one transcript object")
        return data
    for attr in ("json_response", "model_dump", "dict"):
        value = getattr(source, attr, None)
        if value is not None:
            data = value() if callable(value) else value
            if isinstance(data, dict):
                return json.loads(json.dumps(data, default=_plain))
    raise PiikitError(f"not a transcript: {type(source).__name__} (expected a dict, a JSON path "
                      "or an assemblyai Transcript)")


def _plain(value: Any) -> Any:
    """JSON fallback for SDK values: enums by value, everything else as text."""
    return getattr(value, "value", str(value))


def _load_all(transcripts: Any) -> list[tuple[str, dict]]:
    """(transcript_id, dict) pairs; the id falls back to the file stem, then the position."""
    single = isinstance(transcripts, (dict, str, Path)) or hasattr(transcripts, "json_response")
    sources = [transcripts] if single else list(transcripts)
    items: list[tuple[str, dict]] = []
    seen: set[str] = set()
    for i, src in enumerate(sources):
        data = load_transcript(src)
        tid = data.get("id") or (Path(src).stem if isinstance(src, (str, Path)) else str(i))
        if tid in seen:
            raise PiikitError(f"transcript id {tid!r} appears twice; give each transcript its own id")
        seen.add(tid)
        items.append((str(tid), data))
    return items


def _as_frame(source: Any) -> pd.DataFrame:
    """A words frame as given, or built from transcripts."""
    return source if isinstance(source, pd.DataFrame) else words_frame(source)


def _settings(items: list[tuple[str, dict]]) -> dict:
    """What was asked of the transcripts: requested policies (resolved) and substitutions."""
    policies: set[str] = set()
    subs: set[str] = set()
    for _, t in items:
        requested = t.get("redact_pii_policies") or []
        known = [p for p in requested if p in POLICIES or p in ALIASES]
        policies.update(resolve_policies(known) if known else ())
        if t.get("redact_pii"):
            subs.add(t.get("redact_pii_sub") or "hash")
    return {"policies_requested": sorted(policies), "substitution": sorted(subs)}


def _empty_frame() -> pd.DataFrame:
    """A words frame with no rows and the full schema."""
    return pa.table({n: pa.array([], t) for n, t in WORD_COLUMNS.items()}).to_pandas(
        types_mapper=pd.ArrowDtype)


def _word_array(items: list[tuple[str, dict]], key: str) -> tuple[pa.StructArray, np.ndarray]:
    """All word lists under `key`, concatenated into one struct array, and their lengths."""
    lists = [t.get(key) or [] for _, t in items]
    flat: list[dict] = []
    for ws in lists:
        flat.extend(ws)
    lengths = np.fromiter((len(ws) for ws in lists), dtype=np.int64, count=len(lists))
    try:
        arr = pa.array(flat, type=_WORD)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        arr = _word_array_lenient(flat)
    return arr, lengths


def _word_array_lenient(flat: list[dict]) -> pa.StructArray:
    """Slow path for words with float times or numeric speaker/channel labels."""
    frame = pd.DataFrame.from_records(flat, columns=[f.name for f in _WORD])
    for col in ("speaker", "channel", "text"):
        frame[col] = frame[col].map(lambda v: None if v is None or v != v else str(v))
    for col in ("start", "end"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").round().astype("Int64")
    frame["confidence"] = pd.to_numeric(frame["confidence"], errors="coerce")
    return pa.StructArray.from_arrays(
        [pa.array(frame[f.name], f.type, from_pandas=True) for f in _WORD], fields=list(_WORD))


def _ints(arr: pa.Array) -> np.ndarray:
    """Integer ms as numpy; a missing time counts as 0."""
    return pc.fill_null(arr, 0).to_numpy(zero_copy_only=False).astype(np.int64)


def _codes(arr: pa.Array) -> np.ndarray:
    """Integer code per value (equal values, equal codes), -1 for null."""
    return pc.fill_null(pc.dictionary_encode(arr).indices, -1).to_numpy().astype(np.int64)


def _tag_policy(texts: pa.Array) -> pa.Array:
    """Policy named by an `[ENTITY_NAME]` tag in the word (aliases mapped), else null.

    A known tag may sit inside a word (`[EMAIL_ADDRESS]'s`); an unknown tag must be the
    whole word and is kept as its lower-case name.
    """
    known = pc.struct_field(pc.extract_regex(texts, _KNOWN_TAG), "tag")
    unknown = pc.struct_field(pc.extract_regex(texts, _ANY_TAG), "tag")
    names = pc.coalesce(known, unknown)
    table = pa.array(list(_TAG_TO_POLICY))
    mapped = pc.take(pa.array(list(_TAG_TO_POLICY.values())), pc.index_in(names, table))
    return pc.coalesce(mapped, pc.utf8_lower(names))


def _locate(starts: np.ndarray, ends: np.ndarray, points: np.ndarray, tol: int) -> np.ndarray:
    """Index of the interval (sorted by start) holding each point, within `tol` ms; -1 if none.

    A point in the gap between two intervals goes to the nearer one when within `tol`.
    """
    n = len(starts)
    if n == 0:
        return np.full(len(points), -1, dtype=np.int64)
    i = np.searchsorted(starts, points, side="right") - 1
    ic, jc = np.clip(i, 0, n - 1), np.clip(i + 1, 0, n - 1)
    gap_i = np.where(i >= 0, points - ends[ic], np.iinfo(np.int64).max)
    gap_j = np.where(i + 1 < n, starts[jc] - points, np.iinfo(np.int64).max)
    take_i = (gap_i <= 0) | ((gap_i <= tol) & (gap_i <= gap_j))
    take_j = ~take_i & (gap_j <= tol)
    return np.where(take_i, i, np.where(take_j, i + 1, -1))


def _sorted_index(keys_start: np.ndarray, keys_end: np.ndarray):
    """Order by start, and the starts/ends in that order."""
    order = np.argsort(keys_start, kind="stable")
    return order, keys_start[order], keys_end[order]


def _originals(items, tidx, starts, ends, channel, tol) -> pa.Array | None:
    """Original text per redacted-list word, from `unredacted_words` joined by time."""
    unr, n_unr = _word_array(items, "unredacted_words")
    if len(unr) == 0:
        return None
    u_tidx = np.repeat(np.arange(len(items)), n_unr)
    u_starts = _ints(unr.field("start"))
    u_ends = np.maximum(_ints(unr.field("end")), u_starts)
    codes = _codes(pa.concat_arrays([channel, unr.field("channel")]))
    n_ch = int(codes.max()) + 2
    w_group = (tidx * n_ch + codes[:len(tidx)] + 1) * _SPAN
    u_group = (u_tidx * n_ch + codes[len(tidx):] + 1) * _SPAN

    w_order, w_s, w_e = _sorted_index(w_group + starts, w_group + ends)
    u_mid = u_group + (u_starts + u_ends) // 2
    owner = _locate(w_s, w_e, u_mid, tol)
    owner = np.where(owner >= 0, w_order[np.clip(owner, 0, None)], -1)

    # each word's original: the unredacted words it owns, in time order, joined with spaces
    hit = np.flatnonzero(owner >= 0)
    hit = hit[np.lexsort((u_mid[hit], owner[hit]))]
    counts = np.bincount(owner[hit], minlength=len(tidx))
    offsets = pa.array(np.concatenate([[0], np.cumsum(counts)]).astype(np.int32))
    joined = pc.binary_join(pa.ListArray.from_arrays(offsets, unr.field("text").take(hit)), " ")

    # a word that owns none takes the unredacted word under its own midpoint (split words)
    u_order, u_s, u_e = _sorted_index(u_group + u_starts, u_group + u_ends)
    under = _locate(u_s, u_e, w_group + (starts + ends) // 2, tol)
    under = np.where(under >= 0, u_order[np.clip(under, 0, None)], -1)
    fallback = unr.field("text").take(pa.array(np.where(under >= 0, under, 0)))
    fallback = pc.if_else(pa.array(under >= 0), fallback, pa.nulls(len(under), pa.string()))
    return pc.if_else(pa.array(counts > 0), joined, fallback)


def _entity_policy(items, tidx, starts, ends, tol) -> tuple[pa.Array, np.ndarray]:
    """Policy of the `entities` item under each word's midpoint (of the requested policies).

    Returns the policies (null where none) and the index of that entity (-1 where none).
    """
    rows, owners = [], []
    for i, (_, t) in enumerate(items):
        wanted = set(resolve_policies([p for p in t.get("redact_pii_policies") or []
                                       if p in POLICIES or p in ALIASES]))
        for e in t.get("entities") or []:
            kind = str(e.get("entity_type") or "").lower()
            policy = kind if kind in POLICIES else (ALIASES.get(kind) or (None,))[0]
            if policy and (not wanted or policy in wanted):
                rows.append({"entity_type": policy, "start": e.get("start"), "end": e.get("end")})
                owners.append(i)
    if not rows:
        return pa.nulls(len(tidx), pa.string()), np.full(len(tidx), -1)
    ents = pa.array(rows, type=_ENTITY)
    group = np.asarray(owners, dtype=np.int64) * _SPAN
    e_s, e_e = group + _ints(ents.field("start")), group + _ints(ents.field("end"))
    order, e_s, e_e = _sorted_index(e_s, e_e)
    hit = _locate(e_s, e_e, tidx * _SPAN + (starts + ends) // 2, tol)
    src = np.where(hit >= 0, order[np.clip(hit, 0, None)], -1)
    kinds = ents.field("entity_type").take(pa.array(np.clip(src, 0, None)))
    return pc.if_else(pa.array(src >= 0), kinds, pa.nulls(len(src), pa.string())), src


def _entity_ids(tidx: np.ndarray, redacted: np.ndarray, sentence_end: np.ndarray,
                labels: list[pa.Array], entity_src: np.ndarray) -> pa.Array:
    """Per-transcript number of each run of redacted words; null for words kept.

    A run breaks at a kept word, after a word ending a sentence (`.`, `!`, `?`), and where
    the transcript, source entity or any of `labels` (policy, speaker, channel) changes.
    """
    prev_same = np.zeros(len(tidx), dtype=bool)
    prev_same[1:] = (redacted[:-1] & ~sentence_end[:-1] & (tidx[1:] == tidx[:-1])
                     & (entity_src[1:] == entity_src[:-1]))
    for arr in labels:
        codes = _codes(arr)
        prev_same[1:] &= codes[1:] == codes[:-1]
    starts = redacted & ~prev_same
    run = np.cumsum(starts)
    first_run = np.zeros(tidx.max() + 1 if len(tidx) else 0, dtype=np.int64)
    t_first = np.flatnonzero(np.r_[True, tidx[1:] != tidx[:-1]])
    first_run[tidx[t_first]] = run[t_first] - starts[t_first]
    ids = run - first_run[tidx] - 1
    return pa.array(ids, mask=~redacted)


def _join_runs(column: pd.Series, first: np.ndarray) -> pd.Series:
    """Texts of each run (runs start at `first`), joined with spaces, as an Arrow string column."""
    values = pa.array(column.array) if len(column) else pa.array([], pa.string())
    offsets = pa.array(np.r_[first, len(column)].astype(np.int32))
    joined = pc.binary_join(pa.ListArray.from_arrays(offsets, values), " ")
    return pd.Series(joined, dtype=pd.ArrowDtype(pa.string())).reset_index(drop=True) \
        if len(first) else pd.Series([], dtype=pd.ArrowDtype(pa.string()))
