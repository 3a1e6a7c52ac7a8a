"""Plots render headless and draw what the data says: spans, bars, labels and colours."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_rgba  # noqa: E402

from piikit.errors import PiikitError  # noqa: E402
from piikit.evaluate import evaluate  # noqa: E402
from piikit.frames import words_frame  # noqa: E402
from piikit.plot import plot_evaluation, plot_policy_counts, plot_timeline, policy_color, visible  # noqa: E402
from piikit.policies import POLICIES  # noqa: E402

DATA = Path(__file__).parent / "data" / "transcripts"


@pytest.fixture(scope="module")
def corpus():
    return words_frame(sorted(DATA.glob("*.json")))


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def spans(ax, prefix):
    """{gid: number of bars} for the bar collections whose gid starts with prefix."""
    out = {}
    for c in ax.collections:
        if (c.get_gid() or "").startswith(prefix):
            out[c.get_gid()] = out.get(c.get_gid(), 0) + len(c.get_paths())
    return out


def test_colours_are_fixed_and_distinct():
    colours = [to_rgba(policy_color(p)) for p in POLICIES]
    assert len(set(colours)) == len(POLICIES)
    assert policy_color(None) == policy_color("made_up") != policy_color("person_name")
    assert policy_color("person_name") == policy_color("person_name")
    assert all(visible(c) for c in colours)  # none pale or grey like the speech lane


def test_timeline_lanes_spans_and_coverage(corpus):
    fig, ax = plt.subplots()
    out = plot_timeline(corpus, "merged-tags", ax=ax)
    assert out is ax
    assert spans(ax, "policy:") == {"policy:person_name": 2, "policy:phone_number": 1}
    assert spans(ax, "speech") == {"speech": 11}
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B", "redacted"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["person_name", "phone_number"]
    for c in ax.collections:
        if c.get_gid() == "policy:phone_number":
            assert tuple(c.get_facecolor()[0]) == to_rgba(policy_color("phone_number"))
            x0, x1 = c.get_paths()[0].vertices[:, 0].min(), c.get_paths()[0].vertices[:, 0].max()
            assert (x0, x1) == pytest.approx((2.4, 4.0))  # seconds
    coverage = [c for c in ax.collections if c.get_gid() == "coverage"]
    assert len(coverage) == 1
    top = coverage[0].get_paths()[0].vertices[:, 1].max()
    assert top == pytest.approx(-1.0 + 0.8 * 1.0)  # the 3-4 s bin is fully redacted
    fig.canvas.draw()


def test_timeline_hash_only_docs_example_and_channels(corpus):
    ax = plot_timeline(corpus, "docs-hash")
    assert spans(ax, "policy:") == {"policy:unknown": 10}
    assert [t.get_text() for t in ax.get_yticklabels()] == ["speech", "redacted"]
    ax = plot_timeline(words_frame(DATA / "multichannel.json"))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["1", "2", "redacted"]
    assert spans(ax, "policy:") == {"policy:phone_number": 1, "policy:person_name": 1}
    ax.figure.canvas.draw()


def test_timeline_needs_one_transcript(corpus):
    with pytest.raises(PiikitError, match="choose a transcript_id"):
        plot_timeline(corpus)
    with pytest.raises(PiikitError, match="no words"):
        plot_timeline(words_frame(DATA / "empty.json"))


def test_policy_counts_bars_sorted_with_colours(corpus):
    ax = plot_policy_counts(corpus, metric="words")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    widths = [p.get_width() for p in ax.patches]
    assert len(ax.patches) == 8 and labels[-1] == "unknown" and widths[-1] == 36
    assert widths == sorted(widths)
    for label, patch in zip(labels, ax.patches):
        assert patch.get_facecolor() == to_rgba(policy_color(None if label == "unknown" else label))
    assert ax.get_xlabel() == "words redacted"
    ax.figure.canvas.draw()
    with pytest.raises(PiikitError, match="metric"):
        plot_policy_counts(corpus, metric="bytes")


def test_evaluation_bars():
    gold = [{"policy": "person_name", "start_ms": 517, "end_ms": 1395},
            {"policy": "phone_number", "start_ms": 2405, "end_ms": 3996},
            {"policy": "person_name", "start_ms": 4655, "end_ms": 5104},
            {"policy": "person_name", "word_indexes": [1]}]
    result = evaluate(DATA / "merged_tags.json", gold)
    ax = plot_evaluation(result, level="word")
    assert [t.get_text() for t in ax.get_xticklabels()] == ["all", "person_name", "phone_number"]
    heights = {g: [p.get_height() for p in ax.patches if p.get_gid() == g]
               for g in ("precision", "recall", "f1")}
    assert heights["recall"] == pytest.approx([3 / 4, 2 / 3, 1.0])  # "this" leaked
    assert heights["precision"] == pytest.approx([1.0, 1.0, 1.0])
    assert np.allclose(heights["f1"], [2 * 0.75 / 1.75, 0.8, 1.0])
    ax.figure.canvas.draw()
    with pytest.raises(PiikitError, match="level"):
        plot_evaluation(result, level="char")


def inside(box, fig) -> bool:
    """Whether a display-space box lies within the figure."""
    f = fig.bbox
    return f.x0 <= box.x0 and box.x1 <= f.x1 and f.y0 <= box.y0 and box.y1 <= f.y1


def test_timeline_legend_and_labels_fit_a_plain_savefig(tmp_path):
    """The engine's call has 15 policies: a one-column legend right of a 1.8-inch-high axes
    ran off the figure's right and bottom, and a savefig without bbox_inches="tight" cut it."""
    df = words_frame(DATA / "engine" / "call_entity_name.json")
    ax = plot_timeline(df)
    fig = ax.figure
    fig.savefig(tmp_path / "timeline.png")
    legend = ax.get_legend()
    assert len(legend.get_texts()) == df["policy"].nunique() >= 12
    assert inside(legend.get_window_extent(), fig)
    assert inside(ax.get_tightbbox(), fig)  # tick labels and "time (s)" too
    assert ax.get_xlabel() == "time (s)"
    assert len({round(t.get_window_extent().x0) for t in legend.get_texts()}) == 1  # one column:
    assert 1.8 < fig.get_figheight() <= 4.0  # the figure grew for it


def test_timeline_in_a_figure_of_its_own_grows_it(tmp_path):
    """A Figure made for the timeline alone (as the widget makes one) grows rather than
    squeezing the lanes beside a legend of several columns."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 1.9), dpi=80)
    ax = plot_timeline(words_frame(DATA / "engine" / "call_entity_name.json"), ax=fig.subplots())
    fig.savefig(tmp_path / "alone.png")
    legend = ax.get_legend()
    assert inside(legend.get_window_extent(), fig) and inside(ax.get_tightbbox(), fig)
    assert fig.get_figheight() > 1.9 and ax.get_position().width > 0.6


def test_timeline_legend_fits_beside_the_callers_axes(tmp_path):
    """With the caller's axes in a grid the figure keeps its size; the legend takes columns so
    that it is no taller than its axes and does not spill over the axes below."""
    df = words_frame(DATA / "engine" / "call_entity_name.json")
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 6))
    plot_timeline(df, ax=top)
    fig.savefig(tmp_path / "grid.png")
    assert tuple(fig.get_size_inches()) == (10, 6)
    box = top.get_legend().get_window_extent()
    columns = {round(t.get_window_extent().x0) for t in top.get_legend().get_texts()}
    assert inside(box, fig) and len(columns) > 1
    assert box.y0 >= bottom.get_window_extent().y1


def test_counts_and_evaluation_labels_fit_a_plain_savefig(tmp_path):
    """Long policy names ("us_social_security_number") as y ticks of the counts and as rotated
    x ticks of the evaluation ran off the figure's left and bottom edges."""
    path = DATA / "engine" / "call_entity_name.json"
    gold = Path(__file__).parents[1] / "data" / "sample" / "call.gold.json"
    for ax in (plot_policy_counts(words_frame(path)), plot_evaluation(evaluate(path, gold))):
        ax.figure.savefig(tmp_path / "plot.png")
        labels = [t.get_text() for t in [*ax.get_xticklabels(), *ax.get_yticklabels()]]
        assert "us_social_security_number" in labels
        assert inside(ax.get_tightbbox(), ax.figure)
