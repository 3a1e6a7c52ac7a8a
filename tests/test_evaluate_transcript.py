"""evaluate / evaluate_corpus: redacted transcripts vs gold items, scores worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from piikit.cli import main
from piikit.errors import PiikitError
from piikit.evaluate import UNHEARD, evaluate, evaluate_corpus

DATA = Path(__file__).parent / "data" / "transcripts"
MERGED = DATA / "merged_tags.json"
SAMPLE_GOLD = Path(__file__).parent.parent / "data" / "sample" / "call.gold.json"
GOLD = [{"policy": "person_name", "text": "Peter DeCarlo", "start_ms": 517, "end_ms": 1395},
        {"policy": "phone_number", "text": "609 217 5555", "start_ms": 2405, "end_ms": 3996},
        {"policy": "person_name", "text": "Peter", "start_ms": 4655, "end_ms": 5104},
        {"policy": "person_name", "text": "this", "word_indexes": [1]}]


def row(scores: pd.DataFrame, level: str, policy) -> dict:
    pick = scores["level"] == level
    pick &= scores["policy"].isna() if policy is None else scores["policy"] == policy
    assert pick.sum() == 1
    return scores[pick].iloc[0].to_dict()


def test_word_and_time_scores_by_hand():
    r = evaluate(MERGED, GOLD)
    w = row(r.scores, "word", "all")
    assert (w["gold"], w["predicted"], w["found"], w["correct"]) == (4, 3, 3, 3)
    assert (w["precision"], w["recall"]) == (1.0, 0.75)
    assert row(r.scores, "word", "person_name")["recall"] == pytest.approx(2 / 3)
    t = row(r.scores, "time", "all")
    # gold 878 + 1591 + 449 + 180 ms ("this" spans its word); redacted 880 + 1600 + 450 ms
    assert (t["gold"], t["predicted"]) == pytest.approx((3.098, 2.930))
    assert t["found"] == pytest.approx((875 + 1591 + 445) / 1000)
    assert t["f1"] == pytest.approx(2 * t["precision"] * t["recall"] / (t["precision"] + t["recall"]))
    assert r.scores["level"].tolist() == ["word"] * 3 + ["time"] * 3


def test_leaks_items_and_over_redaction():
    r = evaluate(MERGED, GOLD[:2] + GOLD[3:])  # "Peter." (word 9) is no longer gold
    leaks = r.leaks
    assert leaks[["gold_id", "policy", "leaked_text", "words", "redacted_words"]].values.tolist() == \
        [["2", "person_name", "this", 1, 0]]
    assert r.items["leaked"].tolist() == [False, False, True]
    assert r.items["time_redacted"].tolist()[:2] == pytest.approx([875 / 878, 1.0])
    assert r.items["time_redacted"].iloc[2] == 0.0
    assert r.over_redacted[["word_index", "text", "original", "policy"]].values.tolist() == \
        [[9, "[PERSON_NAME].", "Peter.", "person_name"]]


def test_match_policy_needs_the_right_policy():
    wrong = [{**GOLD[1], "policy": "account_number"}]
    loose = evaluate(MERGED, wrong)
    strict = evaluate(MERGED, wrong, match="policy")
    assert row(loose.scores, "word", "account_number")["recall"] == 1.0
    assert row(strict.scores, "word", "account_number")["recall"] == 0.0
    assert row(strict.scores, "time", "all")["found"] == 0.0
    assert row(strict.scores, "word", "phone_number")["precision"] == 0.0
    assert not strict.items["leaked"].any()  # still hidden: a wrong label is not a leak


def test_hash_only_unknown_policy_and_word_indexes():
    gold = {"hash-only": [{"policy": "credit_card_number", "word_indexes": [3, 4, 5, 6]},
                          {"policy": "credit_card_expiration", "word_indexes": 8},
                          {"policy": "person_name", "word_indexes": [10]},
                          {"policy": "person_name", "word_indexes": [12]}]}
    r = evaluate(DATA / "hash_only.json", gold)
    unknown = row(r.scores, "word", None)
    assert (unknown["predicted"], unknown["correct"], unknown["precision"]) == (6, 6, 1.0)
    assert row(r.scores, "word", "credit_card_number")["recall"] == 1.0
    assert pd.isna(row(r.scores, "word", "credit_card_number")["precision"])  # hash names no policy
    assert row(r.scores, "word", "all")["recall"] == pytest.approx(6 / 7)
    assert r.leaks["leaked_text"].tolist() == ["fan."]
    assert row(evaluate(DATA / "hash_only.json", gold, match="policy").scores, "word", "all")["recall"] == 0


def test_corpus_gold_formats_agree(tmp_path):
    files = [MERGED, DATA / "hash_only.json", DATA / "multichannel.json"]
    items = [{**g, "transcript_id": "merged-tags"} for g in GOLD] + \
        [{"transcript_id": "multichannel", "policy": "person_name", "start_ms": 310, "end_ms": 1400,
          "channel": "2"}]
    (tmp_path / "g.jsonl").write_text("\n".join(json.dumps(i) for i in items) + "\n")
    (tmp_path / "g.json").write_text(json.dumps(items))
    results = [evaluate_corpus(files, g).scores for g in
               (items, pd.DataFrame(items), tmp_path / "g.jsonl", tmp_path / "g.json")]
    for other in results[1:]:
        pd.testing.assert_frame_equal(other, results[0])
    r = evaluate_corpus(files, items)
    # hash-only has no gold items: all 6 of its redacted words are over-redactions
    assert (r.over_redacted["transcript_id"] == "hash-only").sum() == 6
    assert row(r.scores, "word", "all")["gold"] == 4 + 2


def test_file_stems_name_transcripts_and_errors(tmp_path):
    by_stem = [{**GOLD[0], "transcript_id": "merged_tags"}]
    assert len(evaluate_corpus([MERGED, DATA / "hash_only.json"], by_stem).items) == 1
    with pytest.raises(PiikitError, match="no transcript_id and there are 2"):
        evaluate_corpus([MERGED, DATA / "hash_only.json"], GOLD)
    with pytest.raises(PiikitError, match="not among the transcripts"):
        evaluate(MERGED, [{**GOLD[0], "transcript_id": "elsewhere"}])
    with pytest.raises(PiikitError, match="needs start_ms/end_ms or word_indexes"):
        evaluate(MERGED, [{"policy": "person_name"}])
    with pytest.raises(PiikitError, match="has no policy"):
        evaluate(MERGED, [{"start_ms": 1, "end_ms": 2}])
    with pytest.raises(PiikitError, match="match must be"):
        evaluate(MERGED, GOLD, match="exact")
    with pytest.raises(PiikitError, match="cannot read gold"):
        evaluate(MERGED, tmp_path / "none.jsonl")


def test_channel_limits_a_gold_item():
    anywhere = {"policy": "person_name", "start_ms": 310, "end_ms": 1400}
    r = evaluate(DATA / "multichannel.json", [anywhere])
    assert r.items["words"].item() == 4  # channel 1's "number" and phone tag have midpoints there too
    r = evaluate(DATA / "multichannel.json", [{**anywhere, "channel": 2}])
    assert r.items["words"].item() == 2 and not r.items["leaked"].item()
    assert r.over_redacted["text"].tolist() == ["[PHONE_NUMBER]"]


def test_loose_gold_timing_does_not_invent_leaks():
    wide = {"policy": "person_name", "start_ms": 300, "end_ms": 1500}  # also covers "this", "is"
    r = evaluate(MERGED, [{**wide, "text": "Peter DeCarlo"}])
    assert r.items[["words", "leaked"]].values.tolist() == [[1, False]]
    r = evaluate(MERGED, [wide])  # without text every word under the span counts
    assert r.items["leaked_text"].tolist() == ["this is"]
    spoken = {**wide, "text": "P. DeCarlo", "spoken": "Peter DeCarlo"}
    assert evaluate(MERGED, [spoken]).items["words"].item() == 1
    digits = {"policy": "phone_number", "start_ms": 1900, "end_ms": 4000, "text": "609-217-5555"}
    assert evaluate(MERGED, [digits]).items["words"].item() == 1  # "at" (1970-2100) is dropped


def test_gold_without_words_and_tolerance():
    silent = [{"policy": "person_name", "start_ms": 5700, "end_ms": 6000}]
    r = evaluate(MERGED, silent)
    assert r.items[["words", "heard", "leaked"]].values.tolist() == [[0, False, True]]  # see below
    assert row(r.scores, "time", "all")["recall"] == 0.0
    near = [{"policy": "person_name", "start_ms": 5610, "end_ms": 5700}]  # "Thanks." ends 5600
    assert evaluate(MERGED, near).items["words"].item() == 0
    assert evaluate(MERGED, near, tolerance_ms=250).items["words"].item() == 1  # its midpoint: 5400


def test_empty_transcript_and_no_gold():
    r = evaluate(DATA / "empty.json", [])
    assert r.items.empty and r.over_redacted.empty
    assert pd.isna(row(r.scores, "word", "all")["recall"])


def test_cli_evaluate(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps({**g, "transcript_id": "merged-tags"}) for g in GOLD))
    assert main(["evaluate", "--gold", str(gold), str(MERGED), "--leaks"]) == 0
    out = capsys.readouterr().out
    assert "person_name" in out and "1 of 4 gold items leaked" in out and "this" in out
    assert main(["evaluate", "--gold", str(gold), str(MERGED), "--fail-on-leak", "--level", "time"]) == 1
    out = capsys.readouterr().out
    assert "word level" not in out and "time level" in out
    main(["evaluate", "--gold", str(gold), str(MERGED), "--level", "word"])
    words = capsys.readouterr().out.splitlines()
    assert words[0].startswith("word level") and words[2].split()[:3] == ["all", "4", "3"]  # counts, not "4.000"


@pytest.mark.slow
def test_engine_output_on_the_sample(request, sample_path):
    """piikit's own transcript of the bundled call, scored against its gold labels."""
    if not sample_path.exists():
        pytest.skip("the bundled sample data/sample/call.wav is not in this tree yet")
    transcript = request.getfixturevalue("sample_run").transcript
    sample_gold = request.getfixturevalue("sample_gold")
    r = evaluate(transcript, sample_gold)
    assert len(r.items) == len(sample_gold)
    words = row(r.scores, "word", "all")
    assert words["gold"] > 0 and words["recall"] >= 0.8, r.leaks
    assert len(r.leaks) <= 3, r.leaks
    from piikit.frames import words_frame

    frame = words_frame(transcript)
    red = frame[frame["redacted"]]
    assert red["original"].notna().all() and red["policy"].notna().all()  # entity_name + originals
    assert (frame.loc[~frame["redacted"], "original"] == frame.loc[~frame["redacted"], "text"]).all()


def test_bad_gold_rows_are_named_not_scored(tmp_path):
    """Bad rows crashed with bare ValueError/IndexError, or were scored as if valid: an item
    ending before it starts or naming word 99 of an 11-word transcript counted as 'not
    leaked' with 0 words, hiding a gold file made for another transcript."""
    lines = [json.dumps(GOLD[0]), "{not json}"]
    (tmp_path / "gold.jsonl").write_text("\n".join(lines))
    with pytest.raises(PiikitError, match="line 2 is not JSON"):
        evaluate(MERGED, tmp_path / "gold.jsonl")
    for bad, message in [({"start_ms": "soon"}, "gold item 0: start_ms must be a number of ms"),
                         ({"end_ms": float("nan")}, "gold item 0: end_ms must be a number of ms"),
                         ({"start_ms": 1400, "end_ms": 517}, r"ends before it starts \(1400 > 517 ms\)")]:
        with pytest.raises(PiikitError, match=message):
            evaluate(MERGED, [{**GOLD[0], **bad}])
    with pytest.raises(PiikitError, match=r"names word_indexes \[3, 99\], but transcript merged-tags "
                                          r"has 11 words"):
        evaluate(MERGED, [{"policy": "person_name", "word_indexes": [3, 99]}])
    for bad in ([-1], ["3"], []):
        with pytest.raises(PiikitError, match="word_indexes must be positions"):
            evaluate(MERGED, [{"policy": "person_name", "word_indexes": bad}])
    assert evaluate(MERGED, [{**GOLD[0], "start_ms": 517.6}]).items["start_ms"].item() == 518
    with pytest.raises(PiikitError, match="unknown policy 'persn_name' \\(did you mean 'person_name'\\?\\)"):
        evaluate(MERGED, [{**GOLD[0], "policy": "persn_name"}])  # a typo was scored as a policy of its own


def test_no_gold_items_means_every_redaction_is_over_redaction():
    """An empty gold list (a call with no PII) raised IndexError."""
    r = evaluate(MERGED, [])
    assert r.items.empty and r.over_redacted["text"].tolist() == ["[PERSON_NAME].", "[PHONE_NUMBER].",
                                                                  "[PERSON_NAME]."]
    assert row(r.scores, "word", "all")["predicted"] == 3 and row(r.scores, "word", "all")["precision"] == 0


def timed(texts: list[str], originals: list[str] | None = None) -> dict:
    """A transcript of words 400 ms apart (300 ms long), with originals when given."""
    words = [{"text": t, "start": 400 * i, "end": 400 * i + 300} for i, t in enumerate(texts)]
    out = {"id": "t", "words": words, "redact_pii": True}
    if originals:
        out["unredacted_words"] = [{**w, "text": o} for w, o in zip(words, originals)]
    return out


def test_misheard_pii_that_leaked_is_a_leak():
    """The neighbour rule dropped every readable word sharing no token with the gold text, so a
    misheard number or the misheard half of a name that stayed readable was no leak at all."""
    money = timed(["It's", "$240.9.50", "today."])
    gold = [{"policy": "money_amount", "text": "$249.50", "spoken": "two forty nine fifty",
             "start_ms": 400, "end_ms": 700}]
    assert evaluate(money, gold).leaks[["words", "leaked_text"]].values.tolist() == [[1, "$240.9.50"]]

    name = timed(["I'm", "[PERSON_NAME]", "Michel.", "at", "home."], ["I'm", "Sara", "Michel.", "at", "home."])
    gold = [{"policy": "person_name", "text": "Sarah Mitchell", "start_ms": 350, "end_ms": 1500}]
    r = evaluate(name, gold)  # "at" (1200-1500) is a neighbour: after the last word like the name
    assert r.leaks[["words", "redacted_words", "leaked_text"]].values.tolist() == [[2, 1, "Michel."]]

    email = timed(["[EMAIL_ADDRESS]", "dot", "mitchell", "at", "example", "dot", "com.", "Thanks."],
                  ["sarah", "dot", "mitchell", "at", "example", "dot", "com.", "Thanks."])
    gold = [{"policy": "email_address", "text": "sarah.mitchell@example.com", "start_ms": 0,
             "end_ms": 3000}]
    assert evaluate(email, gold).leaks["leaked_text"].tolist() == ["dot mitchell at example dot com."]


def test_pii_no_word_was_heard_for_is_a_leak(tmp_path, capsys):
    """An item with no word of the transcript under it (Whisper missed it, or the gold is for
    another transcript) counted as not leaked with words=0, so --fail-on-leak passed, although
    speech never transcribed is never beeped in the redacted audio."""
    call = timed(["My", "card", "is", "[CREDIT_CARD_NUMBER],", "it", "expires"],
                 ["My", "card", "is", "6011000990139424,", "it", "expires"])  # then "nine twenty seven", unheard
    gold = [{"policy": "credit_card_number", "text": "6011 0009 9013 9424", "start_ms": 1200, "end_ms": 1500},
            {"policy": "credit_card_expiration", "text": "9/27", "start_ms": 2400, "end_ms": 3000}]
    r = evaluate(call, gold)
    assert r.items[["words", "leaked_words", "heard", "leaked"]].values.tolist() == [[1, 0, True, False],
                                                                                    [0, 0, False, True]]
    assert r.leaks[["gold_id", "policy", "heard", "leaked_text"]].values.tolist() == [
        ["1", "credit_card_expiration", False, UNHEARD]]
    assert r.items["heard"].dtype == "bool[pyarrow]"
    assert row(r.scores, "word", "all")["recall"] == 1.0  # words cannot count it; the leak count does
    assert row(r.scores, "time", "all")["recall"] == pytest.approx(300 / 900)

    (tmp_path / "call.json").write_text(json.dumps(call))
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    args = ["evaluate", "--gold", str(tmp_path / "gold.json"), str(tmp_path / "call.json")]
    assert main([*args, "--fail-on-leak", "--level", "word", "--leaks"]) == 1
    out = capsys.readouterr().out
    assert "1 of 2 gold items leaked" in out and UNHEARD in out
    # the wrong transcript: none of the sample's 21 items has a word under it
    wrong = evaluate(MERGED, SAMPLE_GOLD)
    assert (~wrong.items["heard"]).sum() == 19 and len(wrong.leaks) == 20  # was 1 of 21
    assert main(["evaluate", "--gold", str(SAMPLE_GOLD), str(MERGED), "--fail-on-leak", "--level", "word"]) == 1
    assert "20 of 21 gold items leaked" in capsys.readouterr().out


def test_every_item_of_a_transcript_without_words_leaks():
    r = evaluate(DATA / "empty.json", [{"policy": "person_name", "start_ms": 0, "end_ms": 500}])
    assert r.leaks[["words", "heard", "leaked_text"]].values.tolist() == [[0, False, UNHEARD]]
