"""The labeled PII evaluation set: shape, validity, split hygiene, and the issue's quality bar."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from piikit.evaluate import read_eval_set, score_spans, untouched_share
from piikit.policies import POLICIES

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "pii_eval"
KEY_POLICIES = ("person_name", "phone_number", "email_address", "us_social_security_number",
                "credit_card_number", "banking_information", "date_of_birth")


@pytest.fixture(scope="module")
def splits() -> dict[str, list[dict]]:
    return {s: read_eval_set(DATA / f"{s}.jsonl") for s in ("dev", "test")}


def test_each_file_opens_with_a_meta_line_and_test_says_never_tune(splits):
    for split in splits:
        first = json.loads((DATA / f"{split}.jsonl").open(encoding="utf-8").readline())
        assert first["_meta"]["split"] == split
        assert first["_meta"]["lines"] == len(splits[split])
        assert "CC0" in first["_meta"]["licence"]
    assert "NEVER tune" in json.loads((DATA / "test.jsonl").open().readline())["_meta"]["tuning"]


def test_sizes_sources_and_policy_counts(splits):
    everything = splits["dev"] + splits["test"]
    assert len(everything) >= 1500
    sources = Counter(r["source"] for r in everything)
    assert sources["handwritten"] >= 200 and sources["nopii"] >= 150
    assert set(sources) == {"template", "handwritten", "nopii"}
    for split, recs in splits.items():
        counts = Counter(s["policy"] for r in recs for s in r["spans"])
        short = {p: counts[p] for p in POLICIES if counts[p] < 25}
        assert not short, f"{split}: policies seen fewer than 25 times: {short}"


def _check_record(r: dict) -> None:
    """One utterance: its keys, and spans that are known policies, sorted, apart and trimmed."""
    assert set(r) == {"id", "text", "spans", "source"}, r["id"]
    assert (r["source"] == "nopii") == (not r["spans"]) or r["source"] == "template", r["id"]
    prev = 0
    for s in r["spans"]:
        assert s["policy"] in POLICIES, (r["id"], s)
        assert prev <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
        frag = r["text"][s["start"]:s["end"]]
        assert frag == frag.strip() and not frag.endswith((",", "?", ":")), (r["id"], frag)
        prev = s["end"]


def test_every_span_is_valid_sorted_trimmed_and_nopii_lines_have_none(splits):
    for recs in splits.values():
        for r in recs:
            _check_record(r)


@pytest.mark.parametrize("name", sorted(p.stem for p in DATA.glob("*.jsonl") if p.stem not in ("dev", "test")))
def test_extra_tuning_sets_are_valid_and_share_nothing_with_test(splits, name):
    path = DATA / f"{name}.jsonl"
    meta = json.loads(path.open(encoding="utf-8").readline())["_meta"]
    assert meta["split"] == name and "CC0" in meta["licence"]
    recs = read_eval_set(path)
    for r in recs:
        _check_record(r)
    assert not {r["text"] for r in recs} & {r["text"] for r in splits["test"]}


def test_splits_share_no_ids_and_no_texts(splits):
    ids = {s: {r["id"] for r in recs} for s, recs in splits.items()}
    texts = {s: {r["text"] for r in recs} for s, recs in splits.items()}
    assert all(len(ids[s]) == len(splits[s]) for s in splits)
    assert not ids["dev"] & ids["test"]
    assert not texts["dev"] & texts["test"]


def test_template_value_pools_are_disjoint_between_splits(splits):
    def names(recs):
        return {r["text"][s["start"]:s["end"]].lower() for r in recs if r["source"] == "template"
                for s in r["spans"] if s["policy"] in ("person_name", "drug", "organization", "occupation")}
    assert not names(splits["dev"]) & names(splits["test"])


def test_files_are_what_the_generator_makes(splits):
    spec = importlib.util.spec_from_file_location("make_pii_eval", ROOT / "scripts" / "make_pii_eval.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert gen.build() == splits


@pytest.fixture(scope="module")
def test_scores(splits):
    """piikit's predictions on the held-out test split, scored once for the quality tests."""
    from piikit.detect import find_pii

    recs = splits["test"]
    texts, gold = [r["text"] for r in recs], [r["spans"] for r in recs]
    pred = [find_pii(t) for t in texts]
    scores = score_spans(gold, pred, texts=texts, policies=POLICIES)
    return scores.query("rule == 'overlap'").set_index("policy"), untouched_share(gold, pred)


@pytest.mark.quality
def test_micro_f1_on_test_is_at_least_0_92(test_scores):
    ov, _ = test_scores
    assert ov.at["micro", "f1"] >= 0.92


@pytest.mark.quality
def test_key_policies_leak_at_most_3_percent_of_characters(test_scores):
    ov, _ = test_scores
    leaky = {p: round(float(ov.at[p, "char_recall"]), 3) for p in KEY_POLICIES
             if not ov.at[p, "char_recall"] >= 0.97}
    assert not leaky, f"key policies with char recall < 0.97: {leaky}"


@pytest.mark.quality
def test_no_pii_lines_stay_untouched(test_scores):
    _, untouched = test_scores
    assert untouched >= 0.95


@pytest.mark.quality
def test_every_policy_f1_on_test_is_at_least_0_80(test_scores):
    ov, _ = test_scores
    weak = {p: round(float(ov.at[p, "f1"]), 2) for p in POLICIES if not ov.at[p, "f1"] >= 0.80}
    assert not weak, f"policies with F1 < 0.80: {weak}"
