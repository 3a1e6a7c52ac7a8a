"""Vectorized interval joins over packed keys: many transcripts in one sorted numpy array.

A key packs a group (transcript, channel, policy ...) and a time: `group * SPAN + ms`, so
one `searchsorted` serves every group at once and intervals of two groups never meet.
"""

from __future__ import annotations

import numpy as np

SPAN = 1 << 36
"""Distance between groups in packed keys, in ms (~2 years: longer than any recording)."""


def locate(starts: np.ndarray, ends: np.ndarray, points: np.ndarray, tol: int) -> np.ndarray:
    """Index of the interval (sorted by start) holding each point, within `tol` ms; -1 if none.

    A point in a gap between two intervals goes to the nearer one when within `tol`.
    """
    n = len(starts)
    if n == 0:
        return np.full(len(points), -1, dtype=np.int64)
    i = np.searchsorted(starts, points, side="right") - 1
    ic, jc = np.clip(i, 0, n - 1), np.clip(i + 1, 0, n - 1)
    far = np.iinfo(np.int64).max
    gap_i = np.where(i >= 0, points - ends[ic], far)
    gap_j = np.where(i + 1 < n, starts[jc] - points, far)
    take_i = (gap_i <= 0) | ((gap_i <= tol) & (gap_i <= gap_j))
    take_j = ~take_i & (gap_j <= tol)
    return np.where(take_i, i, np.where(take_j, i + 1, -1))


def locate_in(starts: np.ndarray, ends: np.ndarray, points: np.ndarray, tol: int) -> np.ndarray:
    """`locate` over unsorted intervals: returns indexes into the given order (-1 if none)."""
    if len(starts) == 0:
        return np.full(len(points), -1, dtype=np.int64)
    if np.all(starts[1:] >= starts[:-1]):  # the usual case: words come in time order
        return locate(starts, ends, points, tol)
    order = np.argsort(starts, kind="stable")
    hit = locate(starts[order], ends[order], points, tol)
    return np.where(hit >= 0, order[np.maximum(hit, 0)], -1)


def union(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Merge overlapping or touching packed intervals; sorted, disjoint, empty ones dropped."""
    order = np.argsort(starts, kind="stable")
    s, e = starts[order], np.maximum(ends[order], starts[order])
    keep = e > s
    s, e = s[keep], e[keep]
    if len(s) == 0:
        return s, e
    reach = np.maximum.accumulate(e)
    first = np.flatnonzero(np.r_[True, s[1:] > reach[:-1]])
    return s[first], np.maximum.reduceat(e, first)


def measure(starts: np.ndarray, ends: np.ndarray) -> int:
    """Total length of the union of packed intervals."""
    s, e = union(starts, ends)
    return int((e - s).sum())


def covered(starts: np.ndarray, ends: np.ndarray, by: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """For each packed interval, how much of it the union of the intervals `by` covers."""
    b_s, b_e = union(*by)
    if len(b_s) == 0:
        return np.zeros(len(starts), dtype=np.int64)
    before = np.r_[0, np.cumsum(b_e - b_s)]  # covered length before the i-th piece

    def upto(x: np.ndarray) -> np.ndarray:
        i = np.searchsorted(b_s, x, side="right") - 1
        inside = np.clip(x - b_s[np.maximum(i, 0)], 0, (b_e - b_s)[np.maximum(i, 0)])
        return np.where(i >= 0, before[np.maximum(i, 0)] + inside, 0)

    return upto(np.maximum(ends, starts)) - upto(starts)


def overlap(a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray]) -> int:
    """Length of the intersection of two sets of packed intervals (each as (starts, ends))."""
    return int(covered(*union(*a), b).sum())
