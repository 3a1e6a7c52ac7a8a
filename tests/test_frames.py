"""words_frame / entities_frame on real transcript JSON: the docs' examples and crafted cases."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pandas as pd
import pytest

from piikit.errors import PiikitError
from piikit.frames import (WORD_COLUMNS, UnfinishedTranscriptWarning, entities_frame, load_transcript,
                           words_frame)
from piikit.transcript_json import read_files

DATA = Path(__file__).parent / "data" / "transcripts"


def load(name: str) -> dict:
    return json.loads((DATA / f"{name}.json").read_text())


def test_docs_entity_name_example_response():
    df = words_frame(DATA / "docs_entity_name.json")
    assert list(df.columns) == list(WORD_COLUMNS)
    row = df.iloc[0]
    assert (row["text"], row["original"], row["policy"], row["entity_id"]) == \
        ("[PERSON_NAME]", "Mary", "person_name", 0)
    assert bool(row["redacted"]) and pd.isna(row["speaker"]) and pd.isna(row["channel"])
    assert (row["start_ms"], row["end_ms"], row["confidence"]) == (250, 650, 0.98)
    assert df.attrs["piikit"] == {"policies_requested": ["email_address", "person_name", "phone_number"],
                                  "substitution": ["entity_name"]}


def test_docs_hash_example_runs_and_unknown_policy():
    df = words_frame(DATA / "docs_hash.json")
    assert len(df) == 856 and df["redacted"].sum() == 30
    assert df.loc[df["redacted"], "policy"].isna().all()  # hash, no entities: nothing says why
    ents = entities_frame(df)
    # "##### #######," / "######### #########" / "########## ## ############# ###### ### ###########"
    # / "##### ####### ##########." / "#########." / "#######" / "##### #######, ######### #########"
    # / 6 words / 3 words / "######## #####,"  (a sentence end closes a run)
    assert ents["words"].tolist() == [2, 2, 6, 3, 1, 1, 4, 6, 3, 2]
    assert ents["text"].iloc[2] == "########## ## ############# ###### ### ###########"
    assert ents["entity_id"].tolist() == list(range(10))
    assert (ents["duration_ms"] == ents["end_ms"] - ents["start_ms"]).all()


def test_merged_tags_shuffled_jittered_and_dropped_words():
    df = words_frame(DATA / "merged_tags.json")
    red = df[df["redacted"]]
    assert red["original"].tolist() == ["Peter DeCarlo.", "609 217 5555.", "Peter."]
    assert red["policy"].tolist() == ["person_name", "phone_number", "person_name"]
    assert red["entity_id"].tolist() == [0, 1, 2]
    kept = df[~df["redacted"]]
    assert (kept["original"] == kept["text"]).all()  # times off by a few ms still join
    assert "um" not in " ".join(df["original"])  # the word missing from `words` goes nowhere
    assert df["word_index"].tolist() == list(range(11))


def test_alignment_holds_under_any_order_and_small_jitter():
    clean = load("merged_tags")
    base = words_frame(clean)["original"].tolist()
    rnd = random.Random(3)
    for _ in range(5):
        t = copy.deepcopy(clean)
        rnd.shuffle(t["unredacted_words"])
        for w in t["unredacted_words"]:
            d = rnd.randint(-9, 9)
            w["start"] += d
            w["end"] += d
        assert words_frame(t)["original"].tolist() == base


def test_words_out_of_time_order_still_join():
    t = load("merged_tags")
    t["words"] = t["words"][::-1]
    df = words_frame(t)
    assert df["original"].tolist() == words_frame(load("merged_tags"))["original"].tolist()[::-1]


def test_split_word_takes_the_original_under_it():
    t = {"id": "split", "words": [{"text": "###", "start": 0, "end": 500},
                                  {"text": "####", "start": 500, "end": 1000}],
         "unredacted_words": [{"text": "609-2175", "start": 0, "end": 1000}]}
    df = words_frame(t)
    assert df["original"].tolist() == ["609-2175", "609-2175"]
    assert df["entity_id"].tolist() == [0, 0]


def test_hash_only_without_originals():
    df = words_frame(DATA / "hash_only.json")
    assert df["original"].isna().all()
    assert df.loc[df["redacted"], "word_index"].tolist() == [3, 4, 5, 6, 8, 10]
    assert not df.loc[df["word_index"] == 11, "redacted"].item()  # "#1" keeps a digit: not hashed
    assert df.loc[df["redacted"], "entity_id"].tolist() == [0, 0, 0, 0, 1, 2]


def test_hash_policy_from_requested_entities():
    df = words_frame(DATA / "hash_entities.json")
    red = df[df["redacted"]]
    assert red["policy"].tolist() == ["location", "location", "occupation"] + ["date_of_birth"] * 3
    assert red["original"].tolist() == ["San", "Antonio", "nurse.", "March", "7,", "1961."]
    # the person_name entity over "I" was not requested and "I" was not redacted
    assert not df.loc[0, "redacted"] and pd.isna(df.loc[0, "policy"])
    assert entities_frame(df, include_original=True)["original"].tolist() == \
        ["San Antonio", "nurse.", "March 7, 1961."]


def test_multichannel_joins_within_each_channel():
    df = words_frame(DATA / "multichannel.json")
    red = df[df["redacted"]]
    assert red["original"].tolist() == ["555-0123", "Ada", "Lovelace."]
    assert red["channel"].tolist() == ["1", "2", "2"]
    ents = entities_frame(df, include_original=True)
    assert ents[["channel", "policy", "original"]].values.tolist() == [
        ["1", "phone_number", "555-0123"], ["2", "person_name", "Ada Lovelace."]]


def test_empty_and_error_transcripts():
    empty = words_frame(DATA / "empty.json")
    assert empty.empty and list(empty.columns) == list(WORD_COLUMNS)
    assert all(isinstance(t, pd.ArrowDtype) for t in empty.dtypes)
    failed = {"id": "x", "status": "error", "error": "Audio duration is too short.", "words": None}
    with pytest.warns(UnfinishedTranscriptWarning):
        assert words_frame(failed).empty
    assert entities_frame(empty).empty


def test_null_speaker_and_arrow_dtypes():
    df = words_frame(DATA / "null_speaker.json")
    assert df["speaker"].isna().all()
    assert df.loc[df["redacted"], "policy"].tolist() == ["email_address", "url"]
    assert df.loc[df["redacted"], "original"].tolist() == ["jo@example.com", "example.com/help."]
    for name, dtype in df.dtypes.items():
        assert dtype == pd.ArrowDtype(WORD_COLUMNS[name]), name


def test_corpus_concatenates_with_ids_and_rejects_duplicates():
    files = sorted(DATA.glob("*.json"))
    df = words_frame(files)
    sizes = df.groupby("transcript_id", sort=False).size()
    assert list(sizes.index) == [load(f.stem)["id"] for f in files if load(f.stem)["words"]]
    assert sizes["merged-tags"] == 11
    assert df.attrs["piikit"]["substitution"] == ["entity_name", "hash"]
    with pytest.raises(PiikitError, match="appears twice"):
        words_frame([DATA / "hash_only.json", DATA / "hash_only.json"])
    no_id = {k: v for k, v in load("hash_only").items() if k != "id"}
    assert words_frame([no_id, load("merged_tags")])["transcript_id"].iloc[0] == "0"


def test_tags_inside_words_aliases_and_unknown_tags():
    words = [{"text": t, "start": i * 100, "end": i * 100 + 90} for i, t in enumerate(
        ["[EMAIL_ADDRESS]'s", "[LOCATION_CITY],", "[CUSTOM_THING]", "x[NOPE]y", "(#####)"])]
    df = words_frame({"id": "t", "words": words})
    assert df["policy"].tolist()[:3] == ["email_address", "location", "custom_thing"]
    assert df["redacted"].tolist() == [True, True, True, False, True]
    assert pd.isna(df["policy"].iloc[4])


def test_lenient_input_float_times_numeric_labels():
    t = {"id": "odd", "words": [{"text": "[PERSON_NAME]", "start": 10.4, "end": 99.6, "confidence": 1,
                                 "speaker": 1, "channel": 2}]}
    df = words_frame(t)
    assert (df["start_ms"].item(), df["end_ms"].item(), df["speaker"].item(), df["channel"].item()) == \
        (10, 100, "1", "2")


def test_assemblyai_sdk_transcript_object():
    aai = pytest.importorskip("assemblyai")
    from assemblyai import types

    data = load("merged_tags")
    response = types.TranscriptResponse(**{**data, "audio_url": "https://example.org/a.mp3"})
    transcript = aai.Transcript.from_response(client=aai.Client(api_key="offline"), response=response)
    assert load_transcript(transcript)["redact_pii_sub"] == "entity_name"
    sdk = words_frame([transcript])
    plain = words_frame(data)
    pd.testing.assert_frame_equal(sdk.drop(columns=["confidence"]), plain.drop(columns=["confidence"]))


def test_bad_inputs_name_the_problem(tmp_path):
    with pytest.raises(PiikitError, match="cannot read transcript JSON"):
        words_frame(tmp_path / "missing.json")
    (tmp_path / "list.json").write_text("[1, 2]")
    with pytest.raises(PiikitError, match="does not hold one transcript"):
        words_frame(tmp_path / "list.json")
    with pytest.raises(PiikitError, match="not a transcript"):
        words_frame([42])
    with pytest.raises(PiikitError, match=r"is a folder: pass its transcript JSON files \(e.g. .*\*\.json\)"):
        words_frame(tmp_path)  # was "[Errno 21] Is a directory"


def test_piikit_engine_output_both_substitutions():
    """Two real engine transcripts of the bundled call: entity_name with originals, and hash
    with speaker labels and entity detection; they must describe the same redactions."""
    tags = words_frame(DATA / "engine" / "call_entity_name.json")
    hashes = words_frame(DATA / "engine" / "call_hash.json")
    raw = json.loads((DATA / "engine" / "call_entity_name.json").read_text())
    assert len(tags) == len(raw["unredacted_words"]) and tags["original"].notna().all()
    assert tags.loc[tags["redacted"], "policy"].notna().all()
    kept = tags[~tags["redacted"]]
    assert (kept["original"] == kept["text"]).all()
    assert hashes["speaker"].notna().all() and hashes.loc[hashes["redacted"], "policy"].notna().all()
    cols = ["start_ms", "end_ms", "policy", "words"]
    pd.testing.assert_frame_equal(entities_frame(tags)[cols], entities_frame(hashes)[cols])


def test_channels_interleaved_in_time_keep_one_entity_per_name():
    """piikit's engine and the cloud list multichannel words in time order, so the channels
    interleave: "Ada" (channel 2), then the phone number (channel 1), then "Lovelace." was one
    name cut into two entities, counted twice."""
    t = load("multichannel")
    t["words"] = sorted(t["words"], key=lambda w: w["start"])
    assert [w["channel"] for w in t["words"]][2:6] == ["1", "2", "1", "2"]
    df = words_frame(t)
    ents = entities_frame(df, include_original=True)
    assert ents[["entity_id", "channel", "policy", "words", "original"]].values.tolist() == [
        [0, "2", "person_name", 2, "Ada Lovelace."], [1, "1", "phone_number", 1, "555-0123"]]
    assert df.loc[df["redacted"], "entity_id"].tolist() == [0, 1, 0]
    from piikit.timeline import policy_counts
    assert policy_counts(df).set_index("policy")["entities"].to_dict() == {"person_name": 1,
                                                                          "phone_number": 1}


def test_a_title_or_one_entities_item_does_not_end_a_name():
    """'Ms. Mitchell' is one person_name: its "Ms." does not end a sentence (seen in the
    original), and with hash substitution the one `entities` item over both words says so."""
    words = [{"text": t, "start": 1000 + 500 * i, "end": 1400 + 500 * i} for i, t in enumerate(
        ["Thanks,", "[PERSON_NAME].", "[PERSON_NAME].", "[PERSON_NAME].", "[PERSON_NAME]."])]
    originals = [{**w, "text": t} for w, t in zip(words, ["Thanks,", "Ms.", "Mitchell.", "Sarah.",
                                                          "Michael."])]
    tags = entities_frame(words_frame({"id": "tags", "words": words, "unredacted_words": originals}),
                          include_original=True)
    assert tags["original"].tolist() == ["Ms. Mitchell.", "Sarah.", "Michael."]
    hashed = [{**w, "text": "#" * len(o["text"][:-1]) + "."} for w, o in zip(words, originals)][1:]
    entities = [{"entity_type": "person_name", "start": 1500, "end": 2400},
                {"entity_type": "person_name", "start": 2500, "end": 2900},
                {"entity_type": "person_name", "start": 3000, "end": 3400}]
    df = words_frame({"id": "hash", "words": hashed, "entities": entities, "redact_pii": True,
                      "redact_pii_policies": ["person_name"]})
    assert entities_frame(df)["words"].tolist() == [2, 1, 1]
    assert words_frame({"id": "bare", "words": hashed})["entity_id"].tolist() == [0, 1, 2, 3]


def test_unfinished_transcripts_in_a_corpus_are_named_not_lost_silently():
    """A failed or still-queued transcript has no words; in a corpus it vanished without a sign."""
    good = load("merged_tags")
    failed = {"id": "e1", "status": "error", "error": "Audio duration is too short."}
    with pytest.warns(UnfinishedTranscriptWarning, match=r"2 of 3 transcripts are not completed.*"
                      r"e1 \(error: Audio duration is too short\.\), q1 \(queued\)"):
        df = words_frame([good, failed, {"id": "q1", "status": "queued"}])
    assert df["transcript_id"].unique().tolist() == ["merged-tags"]


def test_a_transcript_without_redaction_has_no_redacted_words():
    """With redact_pii false, '#' and '[MUSIC]' are what was said or heard, not redactions."""
    words = [{"text": t, "start": 100 * i, "end": 100 * i + 90} for i, t in enumerate(
        ["press", "#", "then", "[MUSIC]", "#####"])]
    df = words_frame({"id": "plain", "redact_pii": False, "words": words})
    assert not df["redacted"].any() and df["policy"].isna().all() and df["entity_id"].isna().all()
    assert words_frame({"id": "on", "redact_pii": True, "words": words})["redacted"].sum() == 3
    assert df.attrs["piikit"] == {"policies_requested": [], "substitution": []}


def test_ids_equal_as_text_are_duplicates_and_bad_word_lists_are_named():
    """Ids 5 and "5" both became "5": two calls merged under one id, their entities mixed."""
    with pytest.raises(PiikitError, match="'5' appears twice"):
        words_frame([{**load("merged_tags"), "id": 5}, {**load("hash_only"), "id": "5"}])
    for bad in ("Hi there", [1, 2], {"text": "Hi"}):
        with pytest.raises(PiikitError, match="transcript x: `words` must be a list of word objects"):
            words_frame({"id": "x", "words": bad})


def test_files_read_straight_into_arrow_equal_the_dicts_read_one_by_one(tmp_path):
    """Files parsed in bulk by Arrow's JSON reader give the frame the per-file `json` path
    gives; one file Arrow cannot take as is (a float time, a numeric speaker, line breaks
    inside) sends the whole set through the per-file path, with the same result."""
    files = sorted(DATA.glob("*.json")) + sorted((DATA / "engine").glob("*.json"))
    fast = words_frame(files)
    assert read_files(files) is not None and len(fast) > 1000
    slow = words_frame([load_transcript(f) for f in files])
    assert fast.equals(slow) and fast.attrs == slow.attrs
    odd = tmp_path / "odd.json"
    odd.write_text('{"id": "odd",\r\n "words": [{"text": "[PERSON_NAME]", "start": 10.4,\n'
                   ' "end": 99.6, "speaker": 1}]}')
    assert read_files([odd]) is None
    mixed = words_frame(files + [odd])
    assert mixed.iloc[-1][["transcript_id", "start_ms", "speaker", "policy"]].tolist() == \
        ["odd", 10, "1", "person_name"]
    assert mixed.iloc[:-1].equals(fast)
