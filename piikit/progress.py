"""Progress reporting: engine stages call `progress(fraction, stage)`; edges draw it."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator

Progress = Callable[[float, str], None]
"""A callback taking the fraction done in [0, 1] and the current stage name."""


def no_progress(fraction: float, stage: str) -> None:
    """The callback used when nobody is watching."""


@contextmanager
def terminal_progress(enabled: bool = True, label: str = "") -> Iterator[Progress]:
    """A tqdm bar on stderr driven by the engine's progress callback."""
    if not enabled or not sys.stderr.isatty():
        yield no_progress
        return
    from tqdm import tqdm

    bar = tqdm(total=1000, desc=label, unit="‰", file=sys.stderr, bar_format="{desc} {bar} {percentage:3.0f}% {postfix}")

    def update(fraction: float, stage: str) -> None:
        bar.n = int(min(max(fraction, 0.0), 1.0) * 1000)
        bar.set_postfix_str(stage, refresh=False)
        bar.refresh()

    try:
        yield update
    finally:
        bar.close()


def scaled(progress: Progress, lo: float, hi: float) -> Progress:
    """A callback that maps a sub-stage's [0, 1] onto [lo, hi] of the parent's."""
    return lambda fraction, stage: progress(lo + (hi - lo) * fraction, stage)
