"""The spoken-form reader (normalized view + offset map) and the identifier validators."""

from __future__ import annotations

import pytest

from piikit.detect import validators as v
from piikit.detect.spoken import normalize


@pytest.mark.parametrize("said,read", [
    ("my number is four one five, five five five, zero one two three", "my number is 415 555 0123"),
    ("double five triple seven oh one", "5577701"),
    ("born nineteen eighty four", "born 1984"),
    ("in two thousand and five", "in 2005"),
    ("I'm twenty three", "I'm 23"),
    ("twenty-three", "23"),
    ("one hundred twenty three main street", "123 main street"),
    ("twenty five hundred dollars", "2500 dollars"),
    ("two point five percent", "2.5 percent"),
    ("meet at ten thirty pm", "meet at 10:30 pm"),
    ("on march seventh", "on march 7th"),
    ("the twenty first of may", "the 21st of may"),
    ("D as in David, four seven seven", "D477"),
    ("A B dash one two three", "AB-123"),
    ("it's d-a-v-i-d", "it's david"),
    ("sarah dot jones at gmail dot com", "sarah.jones@gmail.com"),
    ("go to www dot example dot com slash help", "go to www.example.com/help"),
    ("one nine two dot one six eight dot zero dot one", "192.168.0.1"),
    ("expires eleven slash twenty seven", "expires 11/27"),
    ("the zip is nine oh two one oh", "the zip is 90210"),
    ("report dot pdf", "report.pdf"),
    ("twelve o'clock", "12 o'clock"),
    ("the CVC is seven two oh I think", "the CVC is 720 I think"),
    ("the confirmation is alpha bravo seven seven delta", "the confirmation is AB77D"),
    ("j o y c e dot pham at yahoo dot com", "joyce.pham@yahoo.com"),
    ("it's m jones at gmail, okay", "it's mjones@gmail.com, okay"),
    ("on the twenty second", "on the 22nd"),
    ("my member id is a b c one two three", "my member id is abc123"),
    ("my social is 4 7 2, 1 9, 3 0 5 8", "my social is 472 19 3058"),  # digits written one by one
    ("my email is j dot smith 77 at yahoo dot com", "my email is j.smith77@yahoo.com"),
    ("d o b 07 04 76", "d o b 070476"),  # a cue said as letters stays a cue
    ("the pin is 4 4 7 1", "the pin is 4471"),
    ("born 3 7 61", "born 3 7 61"),  # next to a longer number: a date, left alone
    ("about 1 2 3 4.5 or so", "about 1 2 3 4.5 or so"),
    # "oh" between commas is a zero when digits (or a code's letters) stand on both sides
    ("my account number is four, four, oh, seven, one", "my account number is 44071"),
    ("it's nine, oh, Y, G", "it's 90YG"),
    ("it was five, oh, I forgot", "it was 5 oh, I forgot"),
    ("G one Q M six", "G1QM6"),  # a lone "one" or "oh" among a code's spelled letters
    ("A T oh W three", "AT0W3"),
])
def test_normalized_reading(said: str, read: str) -> None:
    assert normalize(said).text == read


@pytest.mark.parametrize("text", [
    "no one knows", "oh well, I think so", "wait a second", "blood type O negative",
    "I'm at home", "415-555-0123", "$94.50", "4111 1111 1111 1111", "A 5 year old",
    "It's 5 p.m.", "I talked to Mike and Victor", "I am at home at gmail time", "the second time",
    "Licence? Oh, B is fine", "it's the one B bedroom", "we have one T shirt left",
])
def test_everyday_text_left_alone(text: str) -> None:
    assert normalize(text).text == text


def test_offsets_map_back_to_original_characters() -> None:
    text = "call four one five, five five five, zero one two three now"
    view = normalize(text)
    start = view.text.index("415")
    end = view.text.index("0123") + 4
    a, b = view.orig(start, end)
    assert text[a:b] == "four one five, five five five, zero one two three"
    d = view.text.index("555")
    assert text[slice(*view.orig(d, d + 3))] == "five five five"


def test_validators() -> None:
    assert v.luhn("4111111111111111") and not v.luhn("4111111111111112")
    assert v.ssn("123456789")
    assert not v.ssn("000456789") and not v.ssn("666456789") and not v.ssn("923456789")
    assert not v.ssn("123006789") and not v.ssn("123450000")
    assert v.aba("021000021") and not v.aba("021000022")
    assert v.iban("GB82 WEST 1234 5698 7654 32") and not v.iban("GB82 WEST 1234 5698 7654 33")
    assert v.vin("1HGCM82633A004352") and not v.vin("1HGCM82633A004353")
    assert v.nanp("4155550123") and v.nanp("14155550123") and not v.nanp("0155550123")
    assert v.ipv4("192.168.0.1") and not v.ipv4("256.1.1.1") and not v.ipv4("1.2.3")
