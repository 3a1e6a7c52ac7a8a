"""score_spans: crafted gold/pred pairs whose counts are known by hand."""

from __future__ import annotations

import json
import math

import pytest

from piikit.detect import Entity
from piikit.errors import PiikitError
from piikit.evaluate import SCORE_COLUMNS, read_eval_set, score_spans, untouched_share


def row(df, rule, policy):
    r = df[(df.rule == rule) & (df.policy == policy)]
    assert len(r) == 1, (rule, policy, df)
    return r.iloc[0]


def d(start, end, policy):
    return {"start": start, "end": end, "policy": policy}


def test_perfect_prediction_scores_one_under_both_rules():
    gold = [[d(0, 5, "person_name"), d(10, 22, "phone_number")], []]
    pred = [[Entity(0, 5, "person_name", "Sarah"), Entity(10, 22, "phone_number", "415-555-0123")], []]
    df = score_spans(gold, pred)
    assert list(df.columns) == list(SCORE_COLUMNS)
    assert set(df.policy) == {"person_name", "phone_number", "micro"}
    for rule in ("overlap", "exact"):
        m = row(df, rule, "micro")
        assert (m.tp, m.fp, m.fn, m.support) == (2, 0, 0, 2)
        assert m.precision == m.recall == m.f1 == m.char_recall == 1.0


def test_off_by_one_boundary_counts_under_overlap_only():
    df = score_spans([[d(3, 10, "location")]], [[d(3, 11, "location")]])
    o, e = row(df, "overlap", "location"), row(df, "exact", "location")
    assert (o.tp, o.fp, o.fn) == (1, 0, 0)
    assert (e.tp, e.fp, e.fn) == (0, 1, 1)
    assert e.f1 == 0.0
    assert o.char_recall == e.char_recall == 1.0


def test_one_prediction_over_two_gold_spans_matches_only_one():
    gold = [[d(0, 4, "date"), d(8, 12, "date")]]
    df = score_spans(gold, [[d(0, 12, "date")]])
    o = row(df, "overlap", "date")
    assert (o.tp, o.fp, o.fn) == (1, 0, 1)
    assert o.precision == 1.0 and o.recall == 0.5
    assert o.f1 == pytest.approx(2 / 3)
    assert o.char_recall == 1.0  # nothing leaks even though one span is unmatched


def test_two_predictions_inside_one_gold_span_leave_one_false_positive():
    df = score_spans([[d(0, 20, "credit_card_number")]],
                     [[d(0, 9, "credit_card_number"), d(10, 20, "credit_card_number")]])
    o = row(df, "overlap", "credit_card_number")
    assert (o.tp, o.fp, o.fn) == (1, 1, 0)


def test_greedy_matching_prefers_the_larger_overlap():
    # In prediction order, P1 would grab A (first overlapping gold) and leave P2 unmatched;
    # matching by overlap length pairs P1-B (10 chars) and P2-A (9 chars): two hits.
    gold = [[d(0, 10, "number_sequence"), d(10, 20, "number_sequence")]]
    pred = [[d(8, 20, "number_sequence"), d(0, 9, "number_sequence")]]
    o = row(score_spans(gold, pred), "overlap", "number_sequence")
    assert (o.tp, o.fp, o.fn) == (2, 0, 0)


def test_wrong_policy_is_a_miss_but_not_a_leak():
    df = score_spans([[d(0, 11, "us_social_security_number")]], [[d(0, 11, "phone_number")]])
    s, p = row(df, "overlap", "us_social_security_number"), row(df, "overlap", "phone_number")
    assert (s.tp, s.fn, s.support) == (0, 1, 1) and s.f1 == 0.0
    assert (p.tp, p.fp, p.support) == (0, 1, 0)
    assert math.isnan(p.recall) and p.precision == 0.0
    assert s.char_recall == 1.0
    assert math.isnan(p.char_recall)  # no gold characters of that policy


def test_char_recall_counts_partial_cover_and_skips_whitespace_with_texts():
    text = "call four one five now"
    gold = [[d(5, 18, "phone_number")]]  # "four one five": 11 non-space characters
    pred = [[d(5, 9, "phone_number")]]   # "four": 4 of them
    with_text = row(score_spans(gold, pred, texts=[text]), "overlap", "phone_number")
    raw = row(score_spans(gold, pred), "overlap", "phone_number")
    assert with_text.char_recall == pytest.approx(4 / 11)
    assert raw.char_recall == pytest.approx(4 / 13)


def test_micro_row_sums_counts_over_policies_and_utterances():
    gold = [[d(0, 3, "drug")], [d(0, 3, "drug"), d(5, 9, "event")], []]
    pred = [[d(0, 3, "drug")], [d(5, 9, "event"), d(10, 12, "event")], [d(0, 2, "time")]]
    m = row(score_spans(gold, pred), "overlap", "micro")
    assert (m.support, m.tp, m.fp, m.fn) == (3, 2, 2, 1)
    assert m.f1 == pytest.approx(2 * 2 / (2 * 2 + 2 + 1))


def test_inputs_may_mix_dicts_entities_and_tuples():
    gold = [[d(0, 4, "time")], [(2, 6, "date")]]
    pred = [[Entity(0, 4, "time", "noon")], [{"start": 2, "end": 6, "policy": "date", "score": 0.5}]]
    assert row(score_spans(gold, pred), "exact", "micro").f1 == 1.0


def test_exact_duplicates_match_once():
    e = row(score_spans([[d(0, 4, "time")]], [[d(0, 4, "time"), d(0, 4, "time")]]), "exact", "time")
    assert (e.tp, e.fp, e.fn) == (1, 1, 0)


def test_policies_fixes_the_rows_and_ignores_others():
    df = score_spans([[d(0, 4, "time")]], [[d(0, 4, "time"), d(6, 9, "url")]],
                     policies=["time", "zodiac_sign"])
    assert list(df[df.rule == "overlap"].policy) == ["time", "zodiac_sign", "micro"]
    z = row(df, "overlap", "zodiac_sign")
    assert (z.support, z.tp, z.fp) == (0, 0, 0) and math.isnan(z.f1)
    assert row(df, "overlap", "micro").fp == 0  # the url prediction is outside the selection


def test_mismatched_lengths_and_bad_spans_raise_actionable_errors():
    with pytest.raises(PiikitError, match="one span collection per utterance"):
        score_spans([[]], [[], []])
    with pytest.raises(PiikitError, match="not a span"):
        score_spans([[{"start": 0}]], [[]])


def test_untouched_share_looks_only_at_lines_without_gold():
    gold = [[], [], [d(0, 3, "drug")], []]
    pred = [[], [d(0, 2, "time")], [], []]
    assert untouched_share(gold, pred) == pytest.approx(2 / 3)


def test_read_eval_set_skips_the_meta_line(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"_meta": {"split": "dev"}}) + "\n"
                 + json.dumps({"id": "a", "text": "hi", "spans": [], "source": "nopii"}) + "\n\n")
    assert read_eval_set(p) == [{"id": "a", "text": "hi", "spans": [], "source": "nopii"}]
