"""policy_counts and coverage_timeline: numbers worked out by hand from the crafted transcripts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from piikit.errors import PiikitError
from piikit.frames import words_frame
from piikit.timeline import coverage_timeline, policy_counts

DATA = Path(__file__).parent / "data" / "transcripts"


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return words_frame(sorted(DATA.glob("*.json")))


def test_policy_counts_by_hand():
    df = words_frame(DATA / "merged_tags.json")
    c = policy_counts(df).set_index("policy")
    assert c.index.tolist() == ["phone_number", "person_name"]  # by seconds, largest first
    assert c.loc["person_name", ["entities", "words"]].tolist() == [2, 2]
    assert c.loc["person_name", "seconds"] == pytest.approx(0.88 + 0.45)
    assert c.loc["phone_number", "seconds"] == pytest.approx(1.6)
    speech = (df["end_ms"] - df["start_ms"]).sum() / 1000  # 4.55 s of words
    assert c.loc["phone_number", "share_of_time"] == pytest.approx(1.6 / speech)
    assert c.loc["person_name", "share_of_words"] == pytest.approx(2 / 11)
    assert c["share_of_entities"].sum() == pytest.approx(1.0)


def test_policy_counts_by_transcript_and_speaker(corpus):
    by_t = policy_counts(corpus, by="transcript_id")
    row = by_t[(by_t["transcript_id"] == "hash-only")].iloc[0]
    assert pd.isna(row["policy"]) and (row["entities"], row["words"]) == (3, 6)
    assert by_t.groupby("transcript_id")["share_of_entities"].sum().to_numpy() == pytest.approx(1.0)
    by_s = policy_counts(corpus, by=["transcript_id", "speaker"])
    merged = by_s[by_s["transcript_id"] == "merged-tags"].set_index(["speaker", "policy"])
    assert merged.loc[("B", "person_name"), "entities"] == 1
    assert merged.loc[("B", "person_name"), "share_of_words"] == pytest.approx(1 / 3)
    total = policy_counts(corpus)
    assert total["words"].sum() == corpus["redacted"].sum() == by_s["words"].sum()
    assert total["entities"].sum() == corpus.dropna(subset=["entity_id"]).drop_duplicates(
        ["transcript_id", "entity_id"]).shape[0]


def test_policy_counts_empty_and_bad_by(corpus):
    assert policy_counts(corpus[corpus["transcript_id"] == "nope"]).empty
    with pytest.raises(PiikitError, match="cannot group by"):
        policy_counts(corpus, by="speakr")


def test_coverage_timeline_by_hand():
    df = words_frame(DATA / "merged_tags.json")
    cov = coverage_timeline(df, "1s")
    wide = cov.pivot(index="bin_start_ms", columns="policy", values="redacted_ms")
    assert wide["person_name"].tolist() == [480, 400, 0, 0, 350, 100]
    assert wide["phone_number"].tolist() == [0, 0, 600, 1000, 0, 0]
    last = cov[cov["bin_start_ms"] == 5000].iloc[0]
    assert last["bin_end_ms"] == 5600 and last["fraction"] == pytest.approx(100 / 600)
    total = coverage_timeline(df, 1000, by_policy=False)
    assert total["fraction"].tolist() == pytest.approx([0.48, 0.4, 0.6, 1.0, 0.35, 100 / 600])


def test_coverage_counts_overlapping_channels_once():
    df = words_frame(DATA / "multichannel.json")
    total = coverage_timeline(df, "500ms", by_policy=False)
    # phone 510-1500 on channel 1, name 310-1400 on channel 2: union 310-1500
    assert total["redacted_ms"].tolist() == [190, 500, 500, 0]
    per = coverage_timeline(df, pd.Timedelta("500ms"))
    assert per.groupby("policy")["redacted_ms"].sum().to_dict() == {"person_name": 490 + 590,
                                                                    "phone_number": 990}


def test_coverage_over_a_corpus_is_consistent(corpus):
    per = coverage_timeline(corpus, "2s")
    red = corpus[corpus["redacted"] & (corpus["transcript_id"] != "multichannel")]
    want = (red["end_ms"] - red["start_ms"]).groupby(red["transcript_id"]).sum()
    got = coverage_timeline(corpus, "2s", by_policy=False).groupby("transcript_id")["redacted_ms"].sum()
    assert got[want.index].tolist() == want.tolist()  # words of one channel never overlap
    assert (per["fraction"] <= 1).all() and (per["fraction"] >= 0).all()
    n_bins = coverage_timeline(corpus, "2s", by_policy=False).groupby("transcript_id").size()
    ends = corpus.groupby("transcript_id")["end_ms"].max()
    assert n_bins[ends.index].tolist() == np.ceil(ends / 2000).astype(int).tolist()


def test_coverage_bad_bin(corpus):
    for bad in ("soon", 0, "-1s"):
        with pytest.raises(PiikitError, match="bin must be"):
            coverage_timeline(corpus, bad)


def test_coverage_leaves_out_time_before_zero():
    """A word starting before 0 (clock skew, a cut recording) made coverage_timeline allocate
    2**36 rows and fail with a broadcasting ValueError."""
    df = words_frame({"id": "skew", "words": [{"text": "[PERSON_NAME]", "start": -500, "end": 300},
                                              {"text": "hi", "start": 300, "end": 1200}]})
    cov = coverage_timeline(df, "1s", by_policy=False)
    assert cov[["bin_start_ms", "bin_end_ms", "redacted_ms"]].values.tolist() == [[0, 1000, 300],
                                                                                 [1000, 1200, 0]]
    assert coverage_timeline(df, "1s")["policy"].unique().tolist() == ["person_name"]
