"""organization in case-less and cased call text: name shapes, cues and look-alike plain words.

Lines are written for these tests (not taken from data/pii_eval). Each positive names the
text that must be covered by an organization; each negative a piece that must not be.
"""

from __future__ import annotations

import pytest

from test_detect import test_negative as check_negative, test_positive as check_positive

POSITIVES: list[tuple[str, str]] = [
    # (line, organization that must be found)
    # a head word names the business in lower-case text, even with "I" capitalized
    ("hi I'm calling from brightside plumbing about the estimate", "brightside plumbing"),
    ("you've reached harbor dental group, how can I help?", "harbor dental group"),
    ("I work for tacoma public utilities", "tacoma public utilities"),
    ("I have an appointment at mercy general on the 14th", "mercy general"),
    # the head word outranks a person-name guess at the surname before it
    ("novak roofing fixed the leak", "novak roofing"),
    ("the car is at hendrix auto body right now", "hendrix auto body"),
    ("i'm with summit staffing group, they placed me here", "summit staffing group"),
    ("we got the couch at carlson furniture", "carlson furniture"),
    ("um there was a charge from some place called halcyon electronics", "halcyon electronics"),
    ("she works for marion public schools", "marion public schools"),
    # a school named by its level after a school cue, in lower case
    ("my son goes to eastlake high", "eastlake high"),
    # an everyday-word company after "my employer is" or "transferred me to"
    ("my employer is target, part time", "target"),
    ("they transferred me to equifax and then back here", "equifax"),
    # a word no dictionary knows, after a workplace or provider cue
    ("I work at Zentrix", "Zentrix"),
    ("we're insured with brightpath", "brightpath"),
    ("thanks for calling omnicare, how can I help", "omnicare"),
    # everyday-word companies read by what is said around them
    ("apple support told me to call you", "apple"),
    ("is this spectrum? I think I dialed wrong", "spectrum"),
    ("um we switched from at&t to cricket", "cricket"),
    ("it shipped ups, should be here friday", "ups"),
    ("I have lemonade for the apartment", "lemonade"),
    # a listed company next to another one, or before a service noun, in any case
    ("the charge was from Hulu, not netflix", "netflix"),
    ("I paid with venmo or paypal", "venmo"),
    ("the venmo payment bounced", "venmo"),
    ("my claim went to Progressive and then geico", "geico"),
    # a vowel-less listed acronym in case-less text
    ("I had to call the ftc about it", "ftc"),
    # head words of clubs, societies, offices and papers; "and"/"of" inside, the place after
    ("we donate to the Lakeside Humane Society", "Lakeside Humane Society"),
    ("the Clark County Assessor's Office sent a bill", "Clark County Assessor's Office"),
    ("I banked at Second Federal Bank of Dayton", "Second Federal Bank of Dayton"),
    ("he coaches at the Boys and Girls Club", "Boys and Girls Club"),
    ("we read the Oak Street Journal every week", "Oak Street Journal"),
    # well-known names from the phrase list
    ("we adopted him from the humane society", "humane society"),
]

NEGATIVES: list[tuple[str, str | None]] = [
    # (line, piece that must not be an organization; None = the whole line)
    ("you've reached harbor dental group, how can I help?", "reached"),
    ("the house was built in 1988", None),
    ("let me grab the paperwork, one sec", None),
    ("he works construction, he's a carpenter", None),
    ("we bank online now", None),
    ("the patient's health insurance number is on the card", None),
    ("they need more from the blood bank", None),
    ("I'm calling from work", None),
    ("i work at home mostly", None),
    ("I'm with my son right now", None),
    ("the apple doesn't fall far from the tree", None),
    ("I work at a shoe factory", None),
    ("I'm calling from denver", None),
    ("the notary's commission number is 2044819", "notary's"),
    ("the tenants had a meeting about the association fees", None),
    ("he went to junior high with me", None),
    ("prices are at a record high right now", None),
    ("so the shop is my employer, I'm in the back", "I'm"),
    # a first name and an unknown surname are a person, whatever the NER guesses
    ("the table is under Marta Okonkwo", "Marta Okonkwo"),
    ("I live on Main Street in Dayton", "Main Street"),
    ("the rent is due and the bank wants it", None),
    ("I paid cash or check", None),
    ("we went to target and then to the park", None),
]


@pytest.mark.parametrize("line,want", POSITIVES, ids=[w for _, w in POSITIVES])
def test_positive(line: str, want: str) -> None:
    check_positive("organization", line, want)


@pytest.mark.parametrize("line,piece", NEGATIVES, ids=[l[:30] for l, _ in NEGATIVES])
def test_negative(line: str, piece: str | None) -> None:
    check_negative("organization", line, piece)
