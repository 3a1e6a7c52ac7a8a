"""Matplotlib views of redaction: a call's timeline, counts per policy, evaluation scores.

Each function takes `ax=` (a new figure when None) and returns the Axes, as seaborn does.
Every policy keeps one colour everywhere (its place in `piikit.policies.POLICIES`), so the
same kind of PII looks the same across plots and notebooks.
"""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.legend import Legend

from piikit.errors import PiikitError
from piikit.frames import POLICY_ORDER, entities_frame
from piikit.timeline import coverage_timeline, policy_counts

UNKNOWN = "unknown"
"""Label of words redacted with `#` whose policy nothing tells."""
_UNKNOWN_COLOR = "#555555"


def visible(color: Any) -> bool:
    """Whether a colour stands out on white and on the light grey of a speech lane."""
    r, g, b = to_rgb(color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.72 and max(r, g, b) - min(r, g, b) >= 0.2


def _palette() -> list[tuple[float, float, float]]:
    """Matplotlib's qualitative colours without the pale and grey ones, and no near-twins."""
    out: list[tuple[float, float, float]] = []
    for name in ("tab20", "tab20b", "tab20c", "Set1", "Dark2"):
        for c in colormaps[name].colors:
            if visible(c) and all(sum(abs(x - y) for x, y in zip(c, d)) > 0.1 for d in out):
                out.append(tuple(c))
    return out


_PALETTE = _palette()


def policy_color(policy: str | None) -> Any:
    """The fixed colour of a policy (neighbours in POLICIES get distant colours); grey if unknown."""
    i = POLICY_ORDER.get(policy) if isinstance(policy, str) else None
    return _PALETTE[(i * 23) % len(_PALETTE)] if i is not None else _UNKNOWN_COLOR


def _label(policy: Any) -> str:
    """A policy as shown in legends and ticks."""
    return policy if isinstance(policy, str) else UNKNOWN


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    """The caller's Axes, or a fresh one."""
    return ax if ax is not None else plt.subplots(figsize=size)[1]


def plot_timeline(frame: pd.DataFrame, transcript_id: str | None = None, *, ax: Axes | None = None,
                  bin: str | int = "1s") -> Axes:
    """One transcript as a lane per speaker (or channel): speech in grey, redactions coloured
    by policy (one bar per entity), and the fraction of each time bin redacted drawn under
    the lanes."""
    frame = _one_transcript(frame, transcript_id)
    ax = _axes(ax, (12, 1.2 + 0.6 * max(frame["speaker"].nunique(), 1)))
    lanes = _lanes(frame)
    names = sorted(lanes.dropna().unique())
    row = {name: len(names) - i for i, name in enumerate(names)}
    sec = 1000.0
    for name in names:
        words = frame[lanes == name]
        spans = np.c_[words["start_ms"].to_numpy("int64") / sec,
                      (words["end_ms"] - words["start_ms"]).to_numpy("int64") / sec]
        ax.broken_barh(spans, (row[name] - 0.2, 0.4), facecolors="0.85", gid="speech")

    ents = entities_frame(frame)
    ent_lanes = _lanes(ents)
    for policy, group in ents.groupby(ents["policy"].fillna(UNKNOWN), sort=False):
        lane_rows = ent_lanes[group.index].map(row).to_numpy(float)
        starts = group["start_ms"].to_numpy("int64") / sec
        widths = group["duration_ms"].to_numpy("int64") / sec
        for y in np.unique(lane_rows):
            pick = lane_rows == y
            ax.broken_barh(np.c_[starts[pick], widths[pick]], (y - 0.35, 0.7),
                           facecolors=policy_color(None if policy == UNKNOWN else policy),
                           label=policy, gid=f"policy:{policy}")

    cov = coverage_timeline(frame, bin, by_policy=False)
    x = np.r_[cov["bin_start_ms"].to_numpy("int64"), cov["bin_end_ms"].to_numpy("int64")[-1:]] / sec
    y = np.r_[cov["fraction"].to_numpy(float), cov["fraction"].to_numpy(float)[-1:]]
    ax.fill_between(x, -1.0, -1.0 + 0.8 * y, step="post", color="0.3", alpha=0.5, gid="coverage",
                    label="_coverage")
    ax.axhline(-1.0, color="0.6", linewidth=0.5)

    ax.set_yticks([row[n] for n in names] + [-0.6], [*names, "redacted"])
    ax.set_ylim(-1.2, len(names) + 0.7)
    ax.set_xlim(0, x[-1] if len(x) else 1)
    ax.set_xlabel("time (s)")
    ax.set_title(f"{frame['transcript_id'].iloc[0]}: {len(ents)} redactions")
    legend = dict(zip(*reversed(ax.get_legend_handles_labels())))
    if legend:
        _legend_beside(ax, list(legend.values()), list(legend.keys()), grow=len(ax.figure.axes) == 1)
    _inside_figure(ax)
    return ax


def _legend_beside(ax: Axes, handles: list, labels: list[str], *, grow: bool) -> Legend:
    """A legend right of the axes, in as many columns as keep it no taller than the axes.

    With `grow` (the figure holds only this axes) the figure first gets taller, up to 4 inches.
    """
    fig = ax.figure

    def place(ncols: int) -> Legend:
        return ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.0, 1.0), ncols=ncols,
                         fontsize="small", frameon=False)

    legend, ncols = place(1), 1
    need = (legend.get_window_extent().height + fig.dpi / 9) / (ax.get_position().height * fig.dpi)
    if grow and need > fig.get_figheight():
        fig.set_figheight(min(need, 4.0))
    room = ax.get_window_extent().height
    while legend.get_window_extent().height > room and ncols < len(labels):
        ncols += 1
        legend = place(ncols)
    return legend


def _inside_figure(ax: Axes) -> None:
    """Shrink the axes by whatever of it (ticks, labels, title, legend) sticks out of the figure,
    so a plain `savefig` (no bbox_inches="tight") keeps all of it; layout engines collapse a
    figure with a legend beside the axes."""
    fig, box = ax.figure, ax.get_tightbbox()
    pad = 4 * fig.dpi / 72  # 4 points
    out_left, out_bottom = max(fig.bbox.x0 + pad - box.x0, 0), max(fig.bbox.y0 + pad - box.y0, 0)
    out_right, out_top = max(box.x1 + pad - fig.bbox.x1, 0), max(box.y1 + pad - fig.bbox.y1, 0)
    if out_left or out_bottom or out_right or out_top:
        pos, w, h = ax.get_position(), fig.bbox.width, fig.bbox.height
        width = max(pos.width - (out_left + out_right) / w, 0.25 * pos.width)
        height = max(pos.height - (out_bottom + out_top) / h, 0.25 * pos.height)
        ax.set_position([pos.x0 + out_left / w, pos.y0 + out_bottom / h, width, height])


def plot_policy_counts(data: pd.DataFrame, *, metric: str = "seconds", ax: Axes | None = None) -> Axes:
    """Sorted horizontal bars of `metric` (seconds, words or entities) per policy.

    Takes `policy_counts(...)` output (summed over any `by` groups) or a words frame.
    """
    if metric not in ("seconds", "words", "entities"):
        raise PiikitError(f"metric must be seconds, words or entities, not {metric!r}")
    counts = data if "entities" in data.columns else policy_counts(data)
    totals = counts.groupby(counts["policy"].fillna(UNKNOWN), sort=False)[metric].sum()
    totals = totals.astype(float).sort_values(ascending=True, kind="stable")
    ax = _axes(ax, (7, 0.8 + 0.3 * len(totals)))
    ax.barh(list(totals.index), totals.to_numpy(),
            color=[policy_color(None if p == UNKNOWN else p) for p in totals.index])
    ax.set_xlabel({"seconds": "seconds redacted", "words": "words redacted",
                   "entities": "entities redacted"}[metric])
    ax.set_ylabel("policy")
    _inside_figure(ax)
    return ax


def plot_evaluation(result: Any, *, level: str = "word", ax: Axes | None = None) -> Axes:
    """Precision, recall and F1 per policy (grouped bars) from `piikit.evaluate.evaluate(...)`."""
    scores = result.scores if hasattr(result, "scores") else result
    if level not in set(scores["level"]):
        raise PiikitError(f"level must be one of {sorted(set(scores['level']))}, not {level!r}")
    s = scores[scores["level"] == level].reset_index(drop=True)
    ax = _axes(ax, (max(6, 0.9 * len(s)), 5))
    x = np.arange(len(s))
    for k, (metric, shade) in enumerate((("precision", 0.45), ("recall", 0.7), ("f1", 1.0))):
        values = s[metric].astype(float).fillna(0).to_numpy()
        colors = [(*to_rgb(policy_color(p)), shade) for p in s["policy"]]
        ax.bar(x + (k - 1) * 0.27, values, width=0.27, color=colors, edgecolor="0.2",
               linewidth=0.3, label=metric, gid=metric)
    ax.set_xticks(x, [_label(p) for p in s["policy"]], rotation=45, ha="right")
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("score")
    ax.set_title(f"{level}-level precision / recall / F1 (light to dark)")
    _inside_figure(ax)
    return ax


def _lanes(frame: pd.DataFrame) -> pd.Series:
    """Lane of each row: its speaker, else 'channel N', else 'speech'."""
    channel = ("channel " + frame["channel"].astype("string")).astype(object)
    return frame["speaker"].astype(object).where(frame["speaker"].notna(), channel) \
        .where(lambda s: s.notna(), "speech")


def _one_transcript(frame: pd.DataFrame, transcript_id: str | None) -> pd.DataFrame:
    """The rows of one transcript; an error naming the choices when it is ambiguous."""
    ids = frame["transcript_id"].unique()
    if transcript_id is None and len(ids) == 1:
        transcript_id = ids[0]
    if transcript_id is None or transcript_id not in set(ids):
        raise PiikitError(f"choose a transcript_id among {list(ids)[:10]}"
                          + (" ..." if len(ids) > 10 else "") if len(ids) else "no words to plot")
    return frame[frame["transcript_id"] == transcript_id]
