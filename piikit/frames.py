"""Transcripts as DataFrames: one row per word, redacted words joined to their originals by time.

The API returns `words` and (optionally) `unredacted_words` as two lists. They are joined here
by timestamp with a vectorized interval join, so the join holds when a tag was merged over
several words, words were dropped, lists differ in order, or times differ by a few ms.
Pure over plain data: transcript dicts in the API's shape in, Arrow-backed DataFrames out.
"""

from __future__ import annotations

import json
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Union

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from piikit.errors import PiikitError
from piikit.intervals import SPAN, locate_in
from piikit.policies import ALIASES, POLICIES, resolve_policies
from piikit.transcript_json import ENTITY as _ENTITY, WORD as _WORD, Lists, read_files

class UnfinishedTranscriptWarning(UserWarning):
    """A transcript given for analysis has status error, queued or processing: it has no words."""


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

_TIMED_TEXT = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                         ("channel", pa.string())])
_HASHED = r"^[^\pL\pN]*#[^\pL\pN]*$"
_ANY_TAG = r"^[^\pL\pN\[]*\[(?P<tag>[A-Z][A-Z0-9_]*)\][^\pL\pN]*$"
_ENTITY_TO_POLICY = {**{a: ps[0] for a, ps in ALIASES.items()}, **{p: p for p in POLICIES}}
"""Entity types and tag names (lower case) to policy; an SDK alias maps to its first policy."""
_TAG_TO_POLICY = {k.upper(): v for k, v in _ENTITY_TO_POLICY.items()}
_TITLE = r"^(mr|mrs|ms|mx|dr|prof|st|sr|jr|rev|hon|capt|sgt|lt|col|gen)\.$"
POLICY_ORDER = {name: i for i, name in enumerate(POLICIES)}


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
    items, lists = _load_all(transcripts)
    words, n_words = _word_array(items, lists, "words")
    if len(words) == 0:
        frame = _empty_frame()
        frame.attrs["piikit"] = _settings(items)
        return frame
    tidx = np.repeat(np.arange(len(items)), n_words)
    starts = _ints(words.field("start"))
    ends = np.maximum(_ints(words.field("end")), starts)
    texts = words.field("text")
    channel = words.field("channel")

    original = _originals(items, lists, tidx, starts, ends, channel, tolerance_ms)
    cand = np.flatnonzero(pc.fill_null(pc.or_(pc.match_substring(texts, "#"),
                                              pc.match_substring(texts, "[")), False))
    sub = texts.take(pa.array(cand))
    tags = _tag_policy(sub)
    red = pc.fill_null(pc.or_(pc.is_valid(tags), pc.match_substring_regex(sub, _HASHED)), False)
    red = pc.and_(red, pa.array(_redacting(items)[tidx[cand]]))
    if original is not None:  # a word that reads as its own original was never redacted
        red = pc.and_(red, pc.invert(pc.fill_null(pc.equal(sub, original.take(pa.array(cand))),
                                                  False)))
    red_np = red.to_numpy(zero_copy_only=False)
    cand, tags, sub = cand[red_np], tags.filter(red), sub.filter(red)
    from_entities, src = _entity_policy(items, lists, tidx[cand], starts[cand], ends[cand],
                                        tolerance_ms)

    redacted = np.zeros(len(words), dtype=bool)
    redacted[cand] = True
    pos = np.full(len(words), -1)
    pos[cand] = np.arange(len(cand))
    policy = pc.coalesce(tags, from_entities).take(pa.array(pos, mask=pos < 0))
    entity_src = np.full(len(words), -1)
    entity_src[cand] = src
    sentence_end = np.zeros(len(words), dtype=bool)
    sentence_end[cand] = _sentence_ends(sub, None if original is None else original.take(pa.array(cand)))
    entity_id = _entity_ids(tidx, _codes(channel), redacted, sentence_end,
                            [policy, words.field("speaker")], entity_src)

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
        "redacted": pa.array(redacted),
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
        if Path(source).is_dir():
            raise PiikitError(f"{source} is a folder: pass its transcript JSON files "
                              f"(e.g. {Path(source) / '*.json'})")
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


def sources(transcripts: Any) -> list:
    """One transcript-like value or an iterable of them, as a list."""
    single = isinstance(transcripts, (dict, str, Path)) or hasattr(transcripts, "json_response")
    return [transcripts] if single else list(transcripts)


def _load_all(transcripts: Any) -> tuple[list[tuple[str, dict]], Lists]:
    """(transcript_id, dict) pairs, and the word and entity lists when files were read
    straight into Arrow (their dicts then hold only the transcript-level fields).
    The id falls back to the file stem, then the position."""
    srcs = sources(transcripts)
    paths = [Path(s) for s in srcs if isinstance(s, (str, Path))]
    fast = read_files(paths) if srcs and len(paths) == len(srcs) \
        and not any(p.is_dir() for p in paths) else None
    loaded, lists = fast if fast is not None else (map(load_transcript, srcs), {})
    items: list[tuple[str, dict]] = []
    seen: set[str] = set()
    for i, (src, data) in enumerate(zip(srcs, loaded)):
        tid = str(data.get("id") or (Path(src).stem if isinstance(src, (str, Path)) else i))
        if tid in seen:
            raise PiikitError(f"transcript id {tid!r} appears twice; give each transcript its own id")
        seen.add(tid)
        items.append((tid, data))
    _warn_unfinished(items)
    return items, lists


def _warn_unfinished(items: list[tuple[str, dict]]) -> None:
    """Warn about transcripts whose status is not "completed": they add no words, and a
    corpus must not lose them without a word."""
    unfinished = [f"{tid} ({t['status']}" + (f": {t['error']}" if t.get("error") else "") + ")"
                  for tid, t in items if t.get("status") not in (None, "completed")]
    if unfinished:
        warnings.warn(f"{len(unfinished)} of {len(items)} transcripts are not completed and add no "
                      f"words: {', '.join(unfinished[:5])}" + (" ..." if len(unfinished) > 5 else ""),
                      UnfinishedTranscriptWarning, stacklevel=4)


def _redacting(items: list[tuple[str, dict]]) -> np.ndarray:
    """Per transcript, whether its words may be redacted: not when it says redact_pii false
    (a `#` or `[MUSIC]` in a plain transcript is no redaction)."""
    return np.array([t.get("redact_pii") is not False for _, t in items], dtype=bool)


def _as_frame(source: Any) -> pd.DataFrame:
    """A words frame as given, or built from transcripts."""
    return source if isinstance(source, pd.DataFrame) else words_frame(source)


def _settings(items: list[tuple[str, dict]]) -> dict:
    """What was asked of the transcripts: requested policies (resolved) and substitutions."""
    policies: set[str] = set()
    subs: set[str] = set()
    for _, t in items:
        policies.update(_requested(t))
        if t.get("redact_pii"):
            subs.add(t.get("redact_pii_sub") or "hash")
    return {"policies_requested": sorted(policies), "substitution": sorted(subs)}


def _requested(t: dict) -> tuple[str, ...]:
    """The policies a transcript asked for, resolved (unknown names ignored); () if none."""
    return _resolve(tuple(t.get("redact_pii_policies") or ()))


@lru_cache(maxsize=1024)
def _resolve(names: tuple[str, ...]) -> tuple[str, ...]:
    """resolve_policies over the known names, cached: a corpus repeats the same few lists."""
    known = [n for n in names if isinstance(n, str) and (n in POLICIES or n in ALIASES)]
    return tuple(resolve_policies(known)) if known else ()


def _empty_frame() -> pd.DataFrame:
    """A words frame with no rows and the full schema."""
    return pa.table({n: pa.array([], t) for n, t in WORD_COLUMNS.items()}).to_pandas(
        types_mapper=pd.ArrowDtype)


def _word_array(items: list[tuple[str, dict]], lists: Lists, key: str,
                kind: pa.StructType = _WORD) -> tuple[pa.StructArray, np.ndarray]:
    """All word lists under `key`, concatenated into one struct array, and their lengths."""
    try:
        return _flat(items, lists, key, kind)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        for tid, t in items:
            value = t.get(key) or []
            if not isinstance(value, list) or not all(isinstance(w, dict) for w in value):
                raise PiikitError(f"transcript {tid}: `{key}` must be a list of word objects "
                                  f"({{text, start, end, ...}}), not {type(value).__name__} {str(value)[:60]!r}")
        flat = [w for _, t in items for w in t.get(key) or []]
        lengths = np.array([len(t.get(key) or []) for _, t in items], dtype=np.int64)
        lenient = _word_array_lenient(flat)
        return pa.StructArray.from_arrays([lenient.field(f.name) for f in kind],
                                          fields=list(kind)), lengths


def _flat(items: list[tuple[str, dict]], lists: Lists, key: str, kind: pa.StructType
          ) -> tuple[pa.StructArray, np.ndarray]:
    """The lists under `key` of every transcript as one struct array, and their lengths
    (taken from `lists` when the files were read straight into Arrow)."""
    if key in lists:
        values, lengths = lists[key]
        return pa.StructArray.from_arrays([values.field(f.name) for f in kind],
                                          fields=list(kind)), lengths
    per_transcript = [t.get(key) or [] for _, t in items]
    flat: list[dict] = []
    for values in per_transcript:
        flat.extend(values)
    lengths = np.fromiter((len(v) for v in per_transcript), dtype=np.int64,
                          count=len(per_transcript))
    return pa.array(flat, type=kind), lengths


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
    tag = pc.struct_field(pc.extract_regex(texts, r"\[(?P<tag>[A-Z][A-Z0-9_]*)\]"), "tag")
    known = pc.take(pa.array(list(_TAG_TO_POLICY.values())),
                    pc.index_in(tag, pa.array(list(_TAG_TO_POLICY))))
    whole = pc.fill_null(pc.match_substring_regex(texts, _ANY_TAG), False)
    return pc.coalesce(known, pc.if_else(whole, pc.utf8_lower(tag), pa.scalar(None, pa.string())))


def _originals(items, lists, tidx, starts, ends, channel, tol) -> pa.Array | None:
    """Original text per redacted-list word, from `unredacted_words` joined by time."""
    unr, n_unr = _word_array(items, lists, "unredacted_words", _TIMED_TEXT)
    if len(unr) == 0:
        return None
    u_tidx = np.repeat(np.arange(len(items)), n_unr)
    u_starts = _ints(unr.field("start"))
    u_ends = np.maximum(_ints(unr.field("end")), u_starts)
    codes = _codes(pa.concat_arrays([channel, unr.field("channel")]))
    n_ch = int(codes.max()) + 2
    w_group = (tidx * n_ch + codes[:len(tidx)] + 1) * SPAN
    u_group = (u_tidx * n_ch + codes[len(tidx):] + 1) * SPAN

    u_mid = u_group + (u_starts + u_ends) // 2
    owner = locate_in(w_group + starts, w_group + ends, u_mid, tol)

    # each word's original: the unredacted words it owns, in time order, joined with spaces
    hit = np.flatnonzero(owner >= 0)
    d_owner, d_mid = np.diff(owner[hit]), np.diff(u_mid[hit])
    if not np.all((d_owner > 0) | ((d_owner == 0) & (d_mid >= 0))):  # skip when already in order
        hit = hit[np.lexsort((u_mid[hit], owner[hit]))]
    counts = np.bincount(owner[hit], minlength=len(tidx))
    offsets = pa.array(np.concatenate([[0], np.cumsum(counts)]).astype(np.int32))
    joined = pc.binary_join(pa.ListArray.from_arrays(offsets, unr.field("text").take(hit)), " ")

    # a word that owns none takes the unredacted word under its own midpoint (split words)
    alone = np.flatnonzero(counts == 0)
    under = np.full(len(tidx), -1)
    under[alone] = locate_in(u_group + u_starts, u_group + u_ends,
                             w_group[alone] + (starts[alone] + ends[alone]) // 2, tol)
    fallback = unr.field("text").take(pa.array(under, mask=under < 0))
    return pc.if_else(pa.array(counts > 0), joined, fallback)


def _entity_policy(items, lists, tidx, starts, ends, tol) -> tuple[pa.Array, np.ndarray]:
    """Policy of the `entities` item under each word's midpoint (of the requested policies).

    Returns the policies (null where none) and the index of that entity (-1 where none).
    """
    ents, n_ents = _flat(items, lists, "entities", _ENTITY)
    none = pa.nulls(len(tidx), pa.string()), np.full(len(tidx), -1)
    if len(ents) == 0 or len(tidx) == 0:
        return none
    owner = np.repeat(np.arange(len(items)), n_ents)
    names = list(_ENTITY_TO_POLICY)
    pidx = pc.index_in(pc.utf8_lower(ents.field("entity_type")), pa.array(names))
    pidx = pc.fill_null(pidx, -1).to_numpy().astype(np.int64)
    allowed = np.ones((len(items), len(POLICY_ORDER)), dtype=bool)
    for i, (_, t) in enumerate(items):
        if _requested(t):
            allowed[i] = _allowed_row(_requested(t))
    code = np.array([POLICY_ORDER[p] for p in _ENTITY_TO_POLICY.values()])[np.maximum(pidx, 0)]
    keep = np.flatnonzero((pidx >= 0) & allowed[owner, code])
    if len(keep) == 0:
        return none
    group = owner[keep] * SPAN
    e_s = group + _ints(ents.field("start").take(pa.array(keep)))
    e_e = group + _ints(ents.field("end").take(pa.array(keep)))
    hit = locate_in(e_s, e_e, tidx * SPAN + (starts + ends) // 2, tol)
    src = np.where(hit >= 0, keep[np.maximum(hit, 0)], -1)
    policies = pa.array(list(_ENTITY_TO_POLICY.values())).take(
        pa.array(pidx[np.maximum(src, 0)], mask=src < 0))
    return policies, src


@lru_cache(maxsize=1024)
def _allowed_row(policies: tuple[str, ...]) -> np.ndarray:
    """Boolean row over POLICY_ORDER: which policies a transcript asked for."""
    row = np.zeros(len(POLICY_ORDER), dtype=bool)
    row[[POLICY_ORDER[p] for p in policies]] = True
    return row


def _sentence_ends(texts: pa.Array, originals: pa.Array | None) -> np.ndarray:
    """Whether each redacted word ends a sentence (`.`, `!`, `?`); not when its original is a
    title such as "Ms." or "Dr.", whose name follows."""
    ends = pc.match_substring_regex(texts, r"[.!?]$")
    if originals is not None:
        ends = pc.and_(ends, pc.invert(pc.fill_null(pc.match_substring_regex(
            originals, _TITLE, ignore_case=True), False)))
    return pc.fill_null(ends, False).to_numpy(zero_copy_only=False)


def _entity_ids(tidx: np.ndarray, channel: np.ndarray, redacted: np.ndarray, sentence_end: np.ndarray,
                labels: list[pa.Array], entity_src: np.ndarray) -> pa.Array:
    """Per-transcript number of each run of redacted words (in order of their first word);
    null for words kept.

    Runs are read channel by channel (`channel` codes), since channels talking at once
    interleave in `words`. A run breaks at a kept word, after a word ending a sentence
    (unless both words lie in one `entities` item), and where the transcript, source entity
    or any of `labels` (policy, speaker) changes.
    """
    n = len(tidx)
    order = np.lexsort((channel, tidx)) if np.any(channel[1:] != channel[:-1]) else np.arange(n)
    t, red, src = tidx[order], redacted[order], entity_src[order]
    prev_same = np.zeros(n, dtype=bool)
    prev_same[1:] = (red[:-1] & (t[1:] == t[:-1]) & (channel[order][1:] == channel[order][:-1])
                     & (src[1:] == src[:-1]) & (~sentence_end[order][:-1] | (src[:-1] >= 0)))
    for arr in labels:
        codes = _codes(arr)[order]
        prev_same[1:] &= codes[1:] == codes[:-1]
    starts = red & ~prev_same
    if not starts.any():
        return pa.nulls(n, pa.int64())
    first_word = order[starts]  # the first word of each run, runs in walking order
    rank = np.empty(len(first_word), dtype=np.int64)
    rank[np.argsort(first_word, kind="stable")] = np.arange(len(first_word))
    runs_before = np.cumsum(np.bincount(tidx[first_word], minlength=int(tidx.max(initial=0)) + 1))
    runs_before = np.r_[0, runs_before[:-1]]
    ids = np.zeros(n, dtype=np.int64)
    ids[order] = (rank - runs_before[tidx[first_word]])[np.maximum(np.cumsum(starts) - 1, 0)]
    return pa.array(ids, mask=~redacted)


def _join_runs(column: pd.Series, first: np.ndarray) -> pd.Series:
    """Texts of each run (runs start at `first`), joined with spaces, as an Arrow string column."""
    values = pa.array(column.array) if len(column) else pa.array([], pa.string())
    offsets = pa.array(np.r_[first, len(column)].astype(np.int32))
    joined = pc.binary_join(pa.ListArray.from_arrays(offsets, values), " ")
    return pd.Series(joined, dtype=pd.ArrowDtype(pa.string())).reset_index(drop=True) \
        if len(first) else pd.Series([], dtype=pd.ArrowDtype(pa.string()))
