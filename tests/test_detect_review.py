"""find_pii on long, repetitive input: rules that read "the sentence" or "the clause" of a value
must read near it, or text without full stops (case-less ASR, a long call) costs time that grows
with the square of its length. Each test pairs the input that was slow with a value that must
still be found (or left alone) when it comes late in a long text.
"""

from __future__ import annotations

from piikit.detect import find_pii
from piikit.detect.temporal import SENTENCE_MAX, sentence_of


def _found(text: str, policy: str) -> list[str]:
    return [e.text for e in find_pii(text) if e.policy == policy]


def test_sentence_of_reads_near_the_value_in_text_without_full_stops():
    text = "so um " * 500 + "we close at 9 " + "and then " * 500
    a = text.index("9")
    said = sentence_of(text, a, a + 1)
    assert "9" in said and len(said) <= 2 * SENTENCE_MAX + 1


def test_sentence_of_keeps_the_question_before_the_answer():
    text = "Okay. When do you open? At ten. Thanks."
    a = text.lower().index("ten")
    assert sentence_of(text.lower(), a, a + 3) == " when do you open? at ten"


def test_bare_times_late_in_a_long_call_are_still_read_and_the_age_rule_still_holds():
    filler = "Yes, I see, thank you for that. " * 200
    assert "nine" in _found(filler + "We close at nine, so come early.", "time")
    assert "six" not in _found(filler + "At six, she started school.", "time")


def test_answered_company_late_in_a_long_call():
    filler = "Yes, I see, thank you for that. " * 200
    assert "Peaceful Rest Funeral Home" in _found(filler + "Peaceful Rest Funeral Home, this is Gerald.", "organization")


def test_a_desk_or_the_agent_answering_is_no_company():
    # a line's first word is capitalized in case-less text too: 'The', 'Okay' are still stop words there
    for line in ("Customer service, how can I help?", "Billing department, how can I help you?",
                 "Front desk, this is the night shift.", "Main office, how may I help you?",
                 "Bob speaking, how can I help?", "The report, generally speaking, looks fine."):
        assert _found(line, "organization") == [], line


def test_a_business_answering_by_its_name_is_still_a_company():
    assert _found("Peaceful Rest Funeral Home, this is Gerald", "organization") == ["Peaceful Rest Funeral Home"]
    assert _found("little wattle early learning, this is kylie", "organization") == ["little wattle early learning"]
    assert _found("Walgreens pharmacy, this is Kevin", "organization") == ["Walgreens"]


def test_everyday_words_with_a_medical_ending_are_no_condition_or_procedure():
    for line in ("She's in academia now.", "It's a false dichotomy.", "They did spectroscopy on the sample."):
        assert [e for e in find_pii(line) if e.policy in ("medical_condition", "medical_process")] == [], line
    assert _found("They removed it with a splenectomy.", "medical_process") == ["splenectomy"]
