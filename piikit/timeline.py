"""How much was redacted, of which kinds, and where in time: tidy tables over a words frame.

Pure over DataFrames from `piikit.frames.words_frame`; vectorized (no per-word Python).
A null `policy` stands for words that were redacted with `#` and nothing says why.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd
import pyarrow as pa

from piikit.errors import PiikitError
from piikit.intervals import SPAN, union

def policy_counts(frame: pd.DataFrame, by: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Entities, words and seconds redacted per policy (and per `by` columns), with shares.

    `share_of_entities` is of all redacted entities in the group; `share_of_words` and
    `share_of_time` are of all words and all word time in the group (redacted or not), so
    they say how much of a call went under each policy. Sorted by group, then seconds.
    """
    by = _columns(frame, by)
    dur = (frame["end_ms"] - frame["start_ms"]).to_numpy("int64") / 1000.0
    mask = frame["redacted"].to_numpy(bool, na_value=False)
    keys = [frame[c] for c in by]
    totals = pd.DataFrame({"all_words": np.ones(len(frame), dtype=np.int64), "all_seconds": dur})
    totals = totals.groupby(keys, dropna=False, sort=False).sum() if by else totals.sum().to_frame().T

    red = frame.loc[mask, list(dict.fromkeys([*by, "policy", "transcript_id", "entity_id"]))].assign(
        words=1, seconds=dur[mask])
    grouped = red.groupby([*by, "policy"], dropna=False, sort=False)
    out = grouped[["words", "seconds"]].sum()
    out["entities"] = red.drop_duplicates(["transcript_id", "entity_id"]).groupby(
        [*by, "policy"], dropna=False, sort=False).size()
    out = out.reset_index()
    if by:
        out = out.merge(totals.reset_index(), on=by, how="left")
        ent_total = out.groupby(by, dropna=False, sort=False)["entities"].transform("sum")
    else:
        out["all_words"], out["all_seconds"] = totals["all_words"].iloc[0], totals["all_seconds"].iloc[0]
        ent_total = out["entities"].sum()
    out["share_of_entities"] = out["entities"] / ent_total
    out["share_of_words"] = out["words"] / out["all_words"]
    out["share_of_time"] = out["seconds"] / out["all_seconds"]
    out = out.sort_values([*by, "seconds", "policy"], ascending=[True] * len(by) + [False, True],
                          na_position="last", kind="stable", ignore_index=True)
    cols = [*by, "policy", "entities", "words", "seconds",
            "share_of_entities", "share_of_words", "share_of_time"]
    types = {"entities": pa.int64(), "words": pa.int64(), "seconds": pa.float64(),
             "share_of_entities": pa.float64(), "share_of_words": pa.float64(),
             "share_of_time": pa.float64(), "policy": pa.string()}
    out = out[cols].astype({k: pd.ArrowDtype(v) for k, v in types.items()})
    return out


def coverage_timeline(frame: pd.DataFrame, bin: str | int | pd.Timedelta = "1s", *,
                      by_policy: bool = True) -> pd.DataFrame:
    """Per transcript and time bin, the fraction of the bin that was redacted (per policy).

    Overlapping redactions (several channels at once) count once; time before 0 (a word
    with a negative start) is left out. Bins run from 0 to the
    transcript's last word end (the last bin is cut there). With `by_policy=True` there is
    one row per bin for each policy that occurs in the transcript; with False, one row per
    bin for the union of all policies.
    """
    width = _bin_ms(bin)
    tcodes, tids = pd.factorize(frame["transcript_id"])
    ends_all = np.maximum(frame["end_ms"].to_numpy("int64"), 0)  # time before 0 is not on the timeline
    starts_all = np.maximum(frame["start_ms"].to_numpy("int64"), 0)
    t_end = np.zeros(len(tids), dtype=np.int64)
    np.maximum.at(t_end, tcodes, ends_all)
    n_bins = np.maximum(-(-t_end // width), 1)

    mask = frame["redacted"].to_numpy(bool, na_value=False)
    t = tcodes[mask]
    if by_policy:
        pcodes, pols = pd.factorize(frame["policy"][mask], use_na_sentinel=False)
        n_pol = max(len(pols), 1)
        group = t * n_pol + pcodes
        pairs = np.unique(group)
        pair_t, pair_p = pairs // n_pol, pairs % n_pol
    else:
        group = t
        pair_t = pairs = np.arange(len(tids))
    s, e = union(group * SPAN + starts_all[mask], group * SPAN + ends_all[mask])
    g_of_interval = s // SPAN
    s, e = s - g_of_interval * SPAN, e - g_of_interval * SPAN

    # dense rows: for each (transcript[, policy]) pair, every bin of that transcript
    rows_per_pair = n_bins[pair_t]
    first_row = np.concatenate([[0], np.cumsum(rows_per_pair)[:-1]])
    pair_row = np.repeat(np.arange(len(pairs)), rows_per_pair)
    bins = np.arange(rows_per_pair.sum()) - first_row[pair_row]

    # split each interval over the bins it spans, and add its ms to the right rows
    b0, b1 = s // width, (e - 1) // width
    spans = b1 - b0 + 1
    which = np.repeat(np.arange(len(s)), spans)
    b = b0[which] + np.arange(spans.sum()) - np.repeat(np.cumsum(spans) - spans, spans)
    covered = np.minimum(e[which], (b + 1) * width) - np.maximum(s[which], b * width)
    row = first_row[np.searchsorted(pairs, g_of_interval[which])] + b
    redacted_ms = np.bincount(row, weights=covered, minlength=len(pair_row)).astype(np.int64)

    tt = pair_t[pair_row]
    bin_start = bins * width
    bin_end = np.minimum(bin_start + width, np.maximum(t_end[tt], bin_start + 1))
    out = {"transcript_id": _take(tids, tt)}
    if by_policy:
        out["policy"] = _take(pols, pair_p[pair_row])
    out.update({
        "bin_start_ms": pd.array(bin_start, pd.ArrowDtype(pa.int64())),
        "bin_end_ms": pd.array(bin_end, pd.ArrowDtype(pa.int64())),
        "redacted_ms": pd.array(redacted_ms, pd.ArrowDtype(pa.int64())),
        "fraction": pd.array(redacted_ms / (bin_end - bin_start), pd.ArrowDtype(pa.float64())),
    })
    return pd.DataFrame(out)


def _take(values: pd.Index, codes: np.ndarray) -> pd.Series:
    """values[codes] as an Arrow string column, without a Python object per row."""
    return pd.Series(pa.array(values.array, pa.string()).take(pa.array(codes, pa.int64())),
                     dtype=pd.ArrowDtype(pa.string()))


def _columns(frame: pd.DataFrame, by: str | Sequence[str] | None) -> list[str]:
    """`by` as a list of existing columns, with a clear error for a wrong name."""
    cols = [] if by is None else [by] if isinstance(by, str) else list(by)
    missing = [c for c in cols if c not in frame.columns or c == "policy"]
    if missing:
        raise PiikitError(f"cannot group by {missing}: choose among "
                          f"{[c for c in frame.columns if c != 'policy']}")
    return cols


def _bin_ms(bin: str | int | pd.Timedelta) -> int:
    """Bin width in ms from '1s', '500ms', a Timedelta or an int of ms."""
    try:
        ms = int(bin) if isinstance(bin, (int, np.integer)) else int(
            pd.Timedelta(bin).total_seconds() * 1000)
    except ValueError as e:
        raise PiikitError(f"bin must be a duration like '1s' or '500ms', not {bin!r}") from e
    if ms <= 0:
        raise PiikitError(f"bin must be a positive duration, not {bin!r}")
    return ms
