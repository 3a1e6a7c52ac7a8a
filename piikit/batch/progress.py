"""The batch progress bar: hours of audio done, files done and failed, and an ETA.

tqdm's `auto` bar is a text bar in a terminal and an ipywidgets bar in a notebook. Its rate
and ETA are in audio hours, which is what a run's cost scales with (not file counts).
"""

from __future__ import annotations

import sys
from typing import Any


class HoursBar:
    """A context manager; call `advance(hours, failed=...)` as files finish."""

    def __init__(self, total_hours: float, done_hours: float, files: int, files_done: int,
                 *, enabled: bool = True):
        self.files, self.files_done, self.failed = files, files_done, 0
        self.enabled = enabled
        self.total, self.done, self._start_done = total_hours, done_hours, done_hours
        self._bar: Any = None

    def __enter__(self) -> "HoursBar":
        if self.enabled:
            from tqdm.auto import tqdm

            interactive = sys.stderr.isatty() or _in_notebook()
            self._bar = tqdm(
                total=self.total, initial=self.done, unit="h", desc="audio", file=sys.stderr,
                dynamic_ncols=True, mininterval=0.5 if interactive else 30.0,
                bar_format="{desc} {n:.3f}/{total:.3f} h |{bar}| {percentage:3.0f}% "
                           "[{elapsed}<{remaining}{postfix}]")
            self._postfix()
        return self

    def advance(self, hours: float, *, failed: bool = False) -> None:
        """One more file finished (`hours` of audio; `failed` if it ended in error)."""
        self.files_done += 1
        self.failed += failed
        step = min(hours, self.total - self.done)  # float sums must not overshoot the total
        self.done += step
        if self._bar is not None:
            self._postfix()
            self._bar.update(step)

    def _postfix(self) -> None:
        elapsed = self._bar.format_dict["elapsed"]
        speed = (self.done - self._start_done) * 3600 / elapsed if elapsed > 0 else 0.0
        self._bar.set_postfix_str(f"{self.files_done}/{self.files} files, {self.failed} failed, "
                                  f"{speed:.2f}x realtime", refresh=False)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()


def _in_notebook() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"
