"""Checksums and format rules that tell a real identifier from a look-alike digit run."""

from __future__ import annotations

import re


def digits(s: str) -> str:
    """Only the digits of `s`."""
    return re.sub(r"\D", "", s)


def luhn(number: str) -> bool:
    """Luhn checksum of a card number (digits only, 12-19 long)."""
    if not 12 <= len(number) <= 19 or not number.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_shape(number: str) -> bool:
    """Issuer prefix and length of a payment card (Visa, Mastercard, Amex, Discover, Diners, JCB)."""
    n, first = len(number), number[:1]
    return (first == "4" and n in (13, 16, 19)) or (first in "25" and n == 16) or \
        (number[:2] in ("34", "37") and n == 15) or (first == "6" and 16 <= n <= 19) or \
        (number[:2] in ("30", "36", "38") and n == 14) or (number[:2] == "35" and 16 <= n <= 19)


def za_id(number: str) -> bool:
    """A South African ID number: 13 digits, a YYMMDD birth date first, a Luhn check digit last."""
    return len(number) == 13 and luhn(number) and 1 <= int(number[2:4]) <= 12 and 1 <= int(number[4:6]) <= 31


def ssn(number: str) -> bool:
    """US SSN rules: 9 digits, area not 000/666/9xx, group not 00, serial not 0000."""
    if len(number) != 9 or not number.isdigit():
        return False
    area, group, serial = number[:3], number[3:5], number[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def aba(number: str) -> bool:
    """ABA routing number checksum (9 digits, weights 3-7-1)."""
    if len(number) != 9 or not number.isdigit() or number == "0" * 9:
        return False
    w = (3, 7, 1) * 3
    return sum(int(c) * k for c, k in zip(number, w)) % 10 == 0


def iban(value: str) -> bool:
    """IBAN mod-97 check (spaces ignored)."""
    s = re.sub(r"[\s-]", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


# the length of each country's IBAN (SWIFT's registry), for one said with a digit misheard
_IBAN_LENGTH = {"AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
                "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24,
                "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21,
                "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
                "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31,
                "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
                "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20}


def iban_shaped(value: str) -> bool:
    """Whether a code has an IBAN's country and that country's length: an IBAN said with a digit misheard."""
    s = re.sub(r"[\s-]", "", value).upper()
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s)) and _IBAN_LENGTH.get(s[:2]) == len(s)


_VIN_MAP = {**{str(d): d for d in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
            "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(value: str) -> bool:
    """North American VIN check digit (position 9)."""
    s = value.upper()
    if not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", s):
        return False
    total = sum(_VIN_MAP[c] * w for c, w in zip(s, _VIN_W)) % 11
    return s[8] == ("X" if total == 10 else str(total))


def nanp(number: str) -> bool:
    """A plausible North American number: 10 digits (or 11 with a leading 1), area 2-9."""
    if len(number) == 11 and number[0] == "1":
        number = number[1:]
    return len(number) == 10 and number[0] in "23456789" and number[3] in "23456789"


def uk_phone(number: str) -> bool:
    """A UK number dialled at home: 11 digits, 0 then 1/2 (landline), 3 or 8 (non-geographic, freephone "0800")
    or 7 (mobile)."""
    return len(number) == 11 and number[0] == "0" and number[1] in "12378"


def national_phone(number: str) -> bool:
    """A number dialled at home outside North America by its trunk prefix: 10 digits from 02-08
    (Australia's "0412 345 678", Ghana's "0244 555 013", South Africa's "082 555 0147", Kenya's
    "0712 345 678"), 11 digits from 08 or 09 (UK 08xx, India's "080 5550 4471", the Philippines'
    "0917 555 1234", Nigeria's "0803 555 0199") or 070 (Nigeria); UK 01/02/03/07 are `uk_phone`."""
    return (len(number) == 10 and number[:2] in ("02", "03", "04", "05", "06", "07", "08")) or \
        (len(number) == 11 and (number[:2] in ("08", "09") or number[:3] == "070"))


def dialable(number: str) -> bool:
    """A phone number by its shape alone: North American, UK or another national format."""
    return nanp(number) or uk_phone(number) or national_phone(number)


def ipv4(value: str) -> bool:
    """Four dotted octets 0-255."""
    parts = value.split(".")
    return len(parts) == 4 and all(p.isdigit() and int(p) <= 255 and len(p) <= 3 for p in parts)
