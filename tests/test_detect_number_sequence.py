"""number_sequence against its competitors: the cue that names a code decides, shapes do not.

Lines are written for these tests (not taken from data/pii_eval). Each positive names the
text that must be covered by an entity of the policy; each negative a piece that must not be.
"""

from __future__ import annotations

import pytest

from test_detect import test_negative as check_negative, test_positive as check_positive

POSITIVES: list[tuple[str, str, str]] = [
    # flight numbers are personal codes, written or spoken
    ("number_sequence", "we were on flight 2291 to phoenix", "2291"),
    ("number_sequence", "they rebooked us on flight fourteen oh six", "fourteen oh six"),
    # a gift card number is a code, even when it passes the card checksum
    ("number_sequence", "the gift card number is 6011 0009 9013 9424", "6011 0009 9013 9424"),
    # a code named right before it outranks the shapes of postal codes, words and companies
    ("number_sequence", "your confirmation code is B 7 Q 4 M 2", "B 7 Q 4 M 2"),
    ("number_sequence", "the permit number is BP-24-01197", "BP-24-01197"),
    ("number_sequence", "the booking reference is X-ray four four delta nine", "X-ray four four delta nine"),
    # letters only, after the name of a booking code
    ("number_sequence", "your record locator is QXTRMP", "QXTRMP"),
    # the name of the code after it
    ("number_sequence", "okay so 8 8 2 1 9 0 3 3, that's the claim", "8 8 2 1 9 0 3 3"),
    # "registration" with no vehicle around is an event's or a product's
    ("number_sequence", "the registration number for the webinar is EV4421", "EV4421"),
    # a capital-letter block spoken apart from the digits belongs to the code, and keeps a
    # ten-digit tail from reading as a phone number
    ("number_sequence", "the visa receipt number is WAC 31 217 64409", "WAC 31 217 64409"),
    ("number_sequence", "the service request is SR 2-55120394", "SR 2-55120394"),
    # two letter blocks before the digits
    ("number_sequence", "they issued a credit, NW-CR-33871", "NW-CR-33871"),
    # tags that are no car's, and device ids that pass the card checksum
    ("number_sequence", "the luggage tag number is WN 882014", "WN 882014"),
    ("number_sequence", "the service tag on the back is 7HQ2M31", "7HQ2M31"),
    ("number_sequence", "the IMEI on the box is 49 015420 323751 8", "49 015420 323751 8"),
    # fillers between digit groups stay inside the one code
    ("number_sequence", "the claim is four four one, um, nine oh two, uh, seven seven three",
     "four four one, um, nine oh two, uh, seven seven three"),
    ("phone_number", "you can call me at 415, um, 555 0123", "415, um, 555 0123"),
    # a block of two or three capitals inside a spoken code does not cut it in two
    ("number_sequence", "the order is seven seven nine RT four four one two",
     "seven seven nine RT four four one two"),
    ("number_sequence", "the serial number is four J seven KX two two", "four J seven KX two two"),
    # competitors read by their own cue
    ("account_number", "my gym membership is 2290 4471 18", "2290 4471 18"),
    ("vehicle_id", "the registration on my truck is 7KLM221", "7KLM221"),
    ("password", "the code they texted me is 7 7 1 9 0 3", "7 7 1 9 0 3"),
    ("phone_number", "my new number is 4 4 1 9 0 2 2", "4 4 1 9 0 2 2"),
    ("phone_number", "the confirmation was sent to 415-555-0123", "415-555-0123"),
    ("account_number", "my loan number is 0 0 3 8 8 1 7 4 2", "0 0 3 8 8 1 7 4 2"),
]

NEGATIVES: list[tuple[str, str, str | None]] = [
    ("number_sequence", "the registration on my truck is 7KLM221", None),
    ("number_sequence", "the code they texted me is 7 7 1 9 0 3", None),
    ("number_sequence", "my new number is 4 4 1 9 0 2 2", None),
    ("number_sequence", "the confirmation was sent to 415-555-0123", None),
    ("number_sequence", "my loan number is 0 0 3 8 8 1 7 4 2", None),
    ("credit_card_number", "the gift card number is 6011 0009 9013 9424", None),
    ("location", "your confirmation code is B 7 Q 4 M 2", None),
    ("organization", "the permit number is BP-24-01197", None),
    ("number_sequence", "the booking reference is PENDING until they pay", None),
    ("number_sequence", "it has a 50-year warranty", None),
    ("number_sequence", "the flight leaves at 4:30 and lands at 7", None),
    ("number_sequence", "I ordered 3 things in the 2019 order", None),
    # a promo code named a few words before is marketing, not PII
    ("number_sequence", "the promo code they gave me was SPRING25 but it failed", None),
    ("credit_card_number", "the IMEI on the box is 49 015420 323751 8", None),
    ("vehicle_id", "the service tag on the back is 7HQ2M31", None),
    ("phone_number", "the visa receipt number is WAC 31 217 64409", None),
    ("number_sequence", "my gym membership is 2290 4471 18", None),
    ("number_sequence", "it was 200, uh, 300 dollars maybe", None),
    ("number_sequence", "we meet at 4 PM 5 days from now", None),
    # a cue word or an English word before digits stays out of the code
    ("number_sequence", "the tag number is 7KLM221", "the"),
    ("number_sequence", "my PIN is 4471", None),
]


@pytest.mark.parametrize("policy,line,want", POSITIVES, ids=[f"{p}:{w}" for p, _, w in POSITIVES])
def test_positive(policy: str, line: str, want: str) -> None:
    check_positive(policy, line, want)


@pytest.mark.parametrize("policy,line,piece", NEGATIVES, ids=[f"{p}:{l[:30]}" for p, l, _ in NEGATIVES])
def test_negative(policy: str, line: str, piece: str | None) -> None:
    check_negative(policy, line, piece)
