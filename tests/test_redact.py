"""Redaction rules of API.md on hand-made word lists (no model needed)."""

from piikit import redact
from piikit.detect import Entity


def _words(*texts):
    return [{"text": t, "start": 100 * i, "end": 100 * i + 80, "confidence": 0.9, "speaker": "A",
             "channel": None} for i, t in enumerate(texts)]


def _spans(words, *entities):
    text, starts = redact.join_words(words)
    out = []
    for piece, policy in entities:
        start = text.index(piece)
        out.append(Entity(start, start + len(piece), policy, piece))
    return redact.project(out, words, starts)


def test_hash_keeps_punctuation_and_hyphens():
    assert redact.substitute("609-217-5555", "phone_number", "hash") == "###-###-####"
    assert redact.substitute("DeCarlo,", "person_name", "hash") == "#######,"
    assert redact.substitute("$94.50.", "money_amount", "hash") == "$##.##."


def test_entity_name_one_tag_per_word_with_trailing_punctuation():
    words = _words("Hi,", "my", "name", "is", "Peter", "DeCarlo.")
    spans = _spans(words, ("Peter DeCarlo", "person_name"))
    out = redact.redact_words(words, spans, "entity_name")
    assert [w["text"] for w in out] == ["Hi,", "my", "name", "is", "[PERSON_NAME]", "[PERSON_NAME]."]
    assert [(w["start"], w["end"]) for w in out] == [(w["start"], w["end"]) for w in words]


def test_inner_small_words_of_an_entity_are_hashed():
    words = _words("at", "the", "University", "of", "Alaska,", "yes")
    spans = _spans(words, ("University of Alaska", "organization"))
    out = redact.redact_words(words, spans, "hash")
    assert " ".join(w["text"] for w in out) == "at the ########## ## ######, yes"


def test_partial_overlap_redacts_whole_word_and_touching_space_does_not():
    words = _words("email:", "bob@x.com", "thanks")
    text, starts = redact.join_words(words)
    e = Entity(text.index("bob"), text.index("bob") + len("bob@x.com") + 1, "email_address", "bob@x.com ")
    spans = redact.project([e], words, starts)
    assert [(s.first, s.last) for s in spans] == [(1, 1)]
    inner = Entity(text.index("mail"), text.index("mail") + 2, "email_address", "ma")
    assert [(s.first, s.last) for s in redact.project([inner], words, starts)] == [(0, 0)]


def test_intervals_merge_touching_words_and_entities_report_ms():
    words = _words("call", "four", "one", "five", "now")
    words[2]["start"] = words[1]["end"]
    spans = _spans(words, ("four one five", "phone_number"))
    assert redact.redacted_intervals(words, spans) == [(100, 280), (300, 380)]
    assert redact.entities_ms(words, spans) == [
        {"entity_type": "phone_number", "text": "four one five", "start": 100, "end": 380}]


def test_utterances_follow_speaker_runs_and_breaks():
    words = _words("a", "b", "c", "d")
    words[2]["speaker"] = "B"
    groups = redact.speaker_runs(words)
    assert groups == [[0, 1], [2], [3]]
    assert redact.speaker_runs(words, breaks=[1]) == [[0], [1], [2], [3]]
    utts = redact.build_utterances(words, groups)
    assert [u["text"] for u in utts] == ["a b", "c", "d"]
    assert utts[1]["speaker"] == "B" and utts[0]["start"] == 0 and utts[0]["end"] == 180
