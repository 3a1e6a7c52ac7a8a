"""Build data/pii_eval/extra_dev8.jsonl: a blind, template-generated PII eval set (seeded, deterministic).

Written without reading piikit/detect, the tests, scripts/make_pii_eval.py or the other splits.
Templates hold slots ({name}) for generated values and [[text|policy]] for fixed labelled words;
values are rendered Whisper-style or spoken, lines are styled (fillers, case, commas, trailing
punctuation) and span offsets are computed from the final text. Run from the repo root:
    .venv/bin/python data/pii_eval/src/extra_dev8_gen.py
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

SEED = 8088
OUT = Path("data/pii_eval/extra_dev8.jsonl")
N_PII, N_NOPII = 350, 100
R = random.Random(SEED)

# ----------------------------------------------------------------------------- spoken numbers
ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = dict(zip(string.ascii_uppercase, (
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november "
    "oscar papa quebec romeo sierra tango uniform victor whiskey x-ray yankee zulu").split()))
ASIN = dict(zip(string.ascii_uppercase, (
    "apple boy Charlie David Edward Frank George Henry Ida John King Larry Mary Nancy Ocean Peter "
    "queen Robert Sam Tom uncle Victor William x-ray yellow zebra").split()))
MONTHS = ("January February March April May June July August September October November "
          "December").split()
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def words(n: int) -> str:
    """Cardinal number in words, up to 999,999."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else R.choice([" ", " and "]) + words(rest))
    rest = n % 1000
    return words(n // 1000) + " thousand" + ("" if rest == 0 else " " + words(rest))


def suffix(d: int) -> str:
    """Ordinal suffix for a day number."""
    if 11 <= d % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def pair(s: str, oh: bool) -> str:
    """Two digits read as a pair: 44 -> forty four, 07 -> oh seven."""
    if s[0] == "0":
        return ("oh " if oh else "zero ") + ONES[int(s[1])]
    return words(int(s))


def say_digits(s: str, allow_pairs: bool = True) -> str:
    """A digit run read aloud: singles with oh/double/triple, or pairs."""
    oh = R.random() < 0.6
    if allow_pairs and len(s) in (2, 4) and R.random() < 0.35 and s[0] != "0":
        return " ".join(pair(s[i:i + 2], oh) for i in range(0, len(s), 2))
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = "oh" if (d == "0" and oh) else ONES[int(d)]
        if run == 3 and R.random() < 0.5:
            out.append("triple " + w)
        elif run >= 2 and R.random() < 0.5:
            out.append("double " + w)
            run = 2
        else:
            out.append(w)
            run = 1
        i += run
    return " ".join(out)


def say_letter(c: str, style: str) -> str:
    """One letter read aloud: 'H' or 'H as in hotel'."""
    c = c.upper()
    if style == "nato":
        return f"{c} as in {NATO[c]}"
    if style == "asin":
        return f"{c} as in {ASIN[c]}"
    return c


def say_code(code: str) -> str:
    """An alphanumeric code read aloud, keeping its grouping."""
    style = R.choices(["plain", "nato", "asin"], [0.7, 0.15, 0.15])[0]
    parts = []
    for tok in re.findall(r"\d+|[A-Za-z]|[-/. _#@:]", code):
        if tok.isdigit():
            for i in range(0, len(tok), 4 if len(tok) > 4 else len(tok)):
                parts.append(say_digits(tok[i:i + 4]))
        elif tok.isalpha():
            parts.append(say_letter(tok, style if R.random() < 0.8 else "plain"))
        elif tok == "-":
            if R.random() < 0.4:
                parts.append("dash")
            elif parts:
                parts[-1] += ","
        elif tok == "/":
            parts.append("slash")
        elif tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "@":
            parts.append("at")
        elif tok == ":":
            parts.append("colon")
    return " ".join(parts).rstrip(",")


def say_year(y: int) -> str:
    """A year read aloud: nineteen eighty four, twenty twenty one, two thousand five."""
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    return words(hi) + " " + ("hundred" if lo == 0 else pair(f"{lo:02d}", True))


# ----------------------------------------------------------------------------- values
def dig(n: int, first_nonzero: bool = True) -> str:
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def let(n: int, pool: str = string.ascii_uppercase) -> str:
    return "".join(R.choice(pool) for _ in range(n))


def group(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(x for x in out if x)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def spoken_or(written: str, spoken: str | None, p: float = 0.5) -> tuple[str, str]:
    """Pick the written or the spoken rendering of a value."""
    if spoken is not None and R.random() < p:
        return spoken, "s"
    return written, "w"


def code_value(code: str, p: float = 0.5) -> tuple[str, str]:
    return spoken_or(code, say_code(code), p)


def v_ns() -> tuple[str, str]:
    kind = R.randrange(9)
    if kind == 0:
        code = f"{let(2)}-{dig(4)}-{dig(2, False)}"
    elif kind == 1:
        code = "W" + dig(R.choice([7, 8, 9]))
    elif kind == 2:
        code = let(1) + R.choice(string.digits) + let(2) + dig(1) + let(1)
    elif kind == 3:
        code = group(dig(8), [4, 4], R.choice([" ", "-", ""]))
    elif kind == 4:
        code = R.choice(["CS-", "INC", "TK", "CLM "]) + dig(7, False)
    elif kind == 5:
        code = dig(R.choice([6, 9, 10, 12]))
    elif kind == 6:
        code = f"{dig(3)}-{dig(3)}-{dig(4, False)}"
    elif kind == 7:
        code = R.choice(["ORD-", "INV-", "RMA "]) + dig(5)
    else:
        code = f"{let(3)}{dig(5)}"
    return code_value(code)


def v_tracking() -> tuple[str, str]:
    if R.random() < 0.5:
        code = "1Z" + let(3, string.ascii_uppercase + string.digits) + dig(3) + "A" + let(1) + dig(10, False)
        return code_value(code, 0.3)
    code = group("94" + dig(20, False), [4] * 5 + [2], " ")
    return code_value(code, 0.3)


def v_flight() -> tuple[str, str]:
    n = dig(R.choice([3, 4]))
    sp = say_digits(n) if len(n) == 3 else R.choice([say_digits(n), pair(n[:2], True) + " " + pair(n[2:], True)])
    return spoken_or(n, sp)


def v_serial() -> tuple[str, str]:
    code = R.choice([dig(1) + let(2) + dig(4) + let(3), let(2) + dig(8), f"{let(3)}-{dig(6)}-{let(1)}"])
    return code_value(code)


def v_giftcard() -> tuple[str, str]:
    s = "6039" + dig(12, False)
    return spoken_or(group(s, [4] * 4, R.choice([" ", "-"])), ", ".join(say_digits(s[i:i + 4]) for i in range(0, 16, 4)))


def v_acct() -> tuple[str, str]:
    kind = R.randrange(5)
    if kind == 0:
        code = f"{let(2)}-{dig(4)}-{dig(4, False)}"
    elif kind == 1:
        code = dig(R.choice([8, 9, 10, 11, 12]))
    elif kind == 2:
        code = f"{let(2)}-{dig(4)}-{dig(3, False)}"
    elif kind == 3:
        code = f"{let(2)} {dig(4)} {dig(4, False)} {dig(2, False)}"
    else:
        code = group(dig(12), [4, 4, 4], R.choice([" ", "-"]))
    return code_value(code)


def aba() -> str:
    while True:
        body = R.choice(["0", "1", "2", "3"]) + dig(7, False)
        if not ("01" <= body[:2] <= "12" or "21" <= body[:2] <= "32"):
            continue
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(d) * k for d, k in zip(body, w))
        return body + str((10 - s % 10) % 10)


def v_routing() -> tuple[str, str]:
    return code_value(aba())


def v_bankacct() -> tuple[str, str]:
    return code_value(dig(R.choice([8, 10, 11, 12])))


def iban() -> str:
    if R.random() < 0.5:
        cc, bban = "GB", let(4) + dig(6, False) + dig(8, False)
    else:
        cc, bban = "DE", dig(8) + dig(10, False)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"


def v_iban() -> tuple[str, str]:
    s = iban()
    written = group(s, [4] * 6, " ") if R.random() < 0.7 else s
    return code_value(written, 0.35)


def v_sortcode() -> tuple[str, str]:
    s = [dig(2, False) for _ in range(3)]
    return spoken_or("-".join(s), " ".join(pair(x, True) for x in s))


def v_ukacct() -> tuple[str, str]:
    return code_value(dig(8, False))


def v_last4() -> tuple[str, str]:
    s = dig(4, False)
    return spoken_or(s, say_digits(s))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def v_mbi() -> tuple[str, str]:
    an = MBI_L + string.digits
    s = (R.choice("123456789") + R.choice(MBI_L) + R.choice(an) + dig(1, False) + "-" + R.choice(MBI_L)
         + R.choice(an) + dig(1, False) + "-" + R.choice(MBI_L) + R.choice(MBI_L) + dig(2, False))
    return code_value(s if R.random() < 0.7 else s.replace("-", ""))


def v_hid() -> tuple[str, str]:
    kind = R.randrange(4)
    if kind == 0:
        code = let(3) + dig(9, False)
    elif kind == 1:
        code = "W" + dig(9)
    elif kind == 2:
        code = f"{dig(4)}-{dig(3)}-{dig(3)}-{let(2)}"
    else:
        code = f"{let(3)} {dig(3)} {dig(3)} {dig(3)}"
    return code_value(code)


def v_mrn() -> tuple[str, str]:
    return code_value(dig(R.choice([7, 8]), False))


def v_dl() -> tuple[str, str]:
    kind = R.randrange(6)
    code = [lambda: "D" + dig(7, False),
            lambda: f"{let(1)}{dig(3)}-{dig(3)}-{dig(2)}-{dig(3)}-{dig(1, False)}",
            lambda: f"{dig(3)} {dig(3)} {dig(3)}",
            lambda: f"{dig(6)}-{dig(3)}",
            lambda: let(5) + dig(6) + let(2) + dig(1) + let(2),
            lambda: f"{let(1)}{dig(2)}-{dig(3)}-{dig(3)}"][kind]()
    return code_value(code)


def v_pp() -> tuple[str, str]:
    code = R.choice([let(2) + dig(7), dig(9), let(1) + dig(8), let(2) + dig(1) + let(1) + dig(1) + let(1) + dig(2) + let(1) + dig(2)])
    return code_value(code)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
          **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin() -> str:
    body = list(R.choice("12345JKLSWYZ") + "".join(R.choice(VIN_CH) for _ in range(16)))
    body[8] = "0"
    total = sum(VIN_TR[c] * w for c, w in zip(body, VIN_W))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


def v_vin() -> tuple[str, str]:
    return code_value(vin(), 0.3)


def v_plate() -> tuple[str, str]:
    code = R.choice([dig(1) + let(3) + dig(3), let(3) + dig(4), f"{let(3)}-{dig(4)}", f"{let(2)}{dig(2)} {let(3)}", let(3) + " " + dig(3)])
    return code_value(code)


CARD_PREFIX = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("34", 15), ("37", 15), ("6011", 16)]


def card() -> str:
    pre, n = R.choice(CARD_PREFIX)
    body = pre + dig(n - len(pre) - 1, False)
    return body + luhn_digit(body)


def v_cc() -> tuple[str, str]:
    s = card()
    sizes = [4, 6, 5] if len(s) == 15 else [4, 4, 4, 4]
    written = group(s, sizes, R.choice([" ", " ", "-", ""]))
    chunks = [s[i:i + 4] for i in range(0, len(s), 4)]
    spoken = R.choice([", ", " "]).join(say_digits(c) for c in chunks)
    return spoken_or(written, spoken)


def v_cvv() -> tuple[str, str]:
    s = dig(R.choice([3, 3, 3, 4]), False)
    return spoken_or(s, say_digits(s, allow_pairs=False) if R.random() < 0.7 else words(int(s)) if s[0] != "0" else say_digits(s))


def v_exp() -> tuple[str, str]:
    m, y = R.randint(1, 12), R.randint(2025, 2033)
    kind = R.randrange(4)
    written = [f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{MONTHS[m - 1]} {y}", f"{m}/{y % 100:02d}"][kind]
    spoken = R.choice([f"{pair(f'{m:02d}', True)} {words(y % 100)}", f"{MONTHS[m - 1].lower()} {say_year(y)}",
                       f"{MONTHS[m - 1].lower()} of {words(y % 100)}"])
    return spoken_or(written, spoken)


def ssn_digits() -> str:
    while True:
        a = dig(3, False)
        if a != "000" and a != "666" and a[0] != "9":
            return a + f"{R.randint(1, 99):02d}" + f"{R.randint(1, 9999):04d}"


def v_ssn() -> tuple[str, str]:
    s = ssn_digits()
    written = R.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s])
    spoken = R.choice([", ", " "]).join([say_digits(s[:3]), say_digits(s[3:5], False), say_digits(s[5:])])
    return spoken_or(written, spoken)


def v_phone() -> tuple[str, str]:
    area = R.choice(["415", "212", "312", "617", "206", "503", "720", "404", "800", "888", "646", "213"])
    last = f"01{R.randint(0, 99):02d}"
    kind = R.randrange(5)
    written = [f"{area}-555-{last}", f"({area}) 555-{last}", f"+1 {area} 555 {last}", f"1-{area}-555-{last}", f"555-{last}"][kind]
    sp_area = "eight hundred" if area == "800" and R.random() < 0.5 else say_digits(area, False)
    sep = R.choice([", ", " "])
    spoken = sep.join(([] if kind == 4 else [("one " if kind == 3 else "") + sp_area]) + [say_digits("555", False), say_digits(last)])
    return spoken_or(written, spoken)


def v_ukphone() -> tuple[str, str]:
    kind = R.randrange(3)
    if kind == 0:
        g = ["020", "7946", "0" + dig(3, False)]
    elif kind == 1:
        g = ["07700", "900", dig(3, False)]
    else:
        g = ["0161", "496", "0" + dig(3, False)]
    written = " ".join(g) if R.random() < 0.7 else "+44 " + " ".join([g[0][1:]] + g[1:])
    return spoken_or(written, ", ".join(say_digits(x, False) for x in g))


PW_WORDS = ["sunflower", "bluemoon", "tiger", "maple", "rocket", "kestrel", "pumpkin", "harbor", "falcon", "lemon"]
SYM = {"!": "exclamation point", "#": "hashtag", "$": "dollar sign", "@": "at sign", "*": "star", "%": "percent"}


def v_pw() -> tuple[str, str]:
    w = R.choice(PW_WORDS)
    n = dig(R.choice([2, 3, 4]), False)
    sym = R.choice(list(SYM) + [""])
    cap = R.random() < 0.5
    written = (w.capitalize() if cap else w) + sym + n
    spoken = ("capital " + w[0].upper() + " " + " ".join(w[1:]) if cap and R.random() < 0.5 else w) + (" " + SYM[sym] if sym else "") + " " + say_digits(n)
    if R.random() < 0.2:
        written = let(2, string.ascii_letters) + dig(1) + R.choice("#!$") + let(4, string.ascii_lowercase) + dig(1)
        return written, "w"
    return spoken_or(written, spoken + (" all one word" if R.random() < 0.3 else ""))


def v_pin() -> tuple[str, str]:
    s = dig(R.choice([4, 4, 6]), False)
    return spoken_or(s, say_digits(s))


def v_otp() -> tuple[str, str]:
    s = dig(6, False)
    return spoken_or(R.choice([s, s[:3] + " " + s[3:]]), say_digits(s, False))


PETS = ["Rex", "Biscuit", "Pepper", "Mochi", "Sparky", "Ziggy", "Luna", "Waffles"]
MAIDEN = ["Kowalski", "Haddad", "Okafor", "Lindqvist", "Moreau", "Nakamura", "Brennan", "Castillo"]


def v_pet() -> tuple[str, str]:
    return R.choice(PETS), "w"


def v_maiden() -> tuple[str, str]:
    return R.choice(MAIDEN), "w"


USERS = [("night_owl_dee", "night underscore owl underscore dee"), ("jsmith84", "j smith eight four"),
         ("k.rivera22", "k dot rivera twenty two"), ("tomcat_1987", "tomcat underscore nineteen eighty seven"),
         ("bluejay.w", "bluejay dot w"), ("mvanholt", "m van holt"), ("dre_builds", "dre underscore builds"),
         ("skatergrl09", "skater g r l oh nine"), ("p.nguyen7", "p dot nguyen seven"), ("captainkale", "captain kale all one word"),
         ("rj_okonkwo", "r j underscore okonkwo"), ("lilac.sky.88", "lilac dot sky dot eighty eight")]


def v_user() -> tuple[str, str]:
    w, s = R.choice(USERS)
    return spoken_or(w, s, 0.4)


def v_handle() -> tuple[str, str]:
    w, s = R.choice(USERS)
    return spoken_or("@" + w, "at " + s, 0.4)


def v_ip() -> tuple[str, str]:
    parts = R.choice([[192, 168, R.randint(0, 9), R.randint(2, 254)], [10, R.randint(0, 9), R.randint(0, 99), R.randint(2, 254)],
                      [172, 16, R.randint(0, 31), R.randint(2, 254)], [203, 0, 113, R.randint(2, 254)], [198, 51, 100, R.randint(2, 254)]])
    written = ".".join(map(str, parts))
    spoken = " dot ".join(say_digits(str(p), False) if p >= 100 or R.random() < 0.5 else words(p) for p in parts)
    return spoken_or(written, spoken)


def v_ipv6() -> tuple[str, str]:
    return "2001:db8:" + ":".join(f"{R.randint(0, 65535):x}" for _ in range(2)) + "::" + f"{R.randint(1, 65535):x}", "w"


def v_money() -> tuple[str, str]:
    kind = R.randrange(6)
    if kind == 0:
        d, c = R.randint(5, 499), R.randint(1, 99)
        return spoken_or(f"${d}.{c:02d}", f"{words(d)} dollars and {words(c)} cents")
    if kind == 1:
        d = R.choice([120, 250, 1200, 1500, 2400, 75, 600, 3100])
        spoken = (words(d // 100) + " hundred dollars") if d >= 1000 and d % 100 == 0 else words(d) + " dollars"
        return spoken_or(f"${d:,}", spoken)
    if kind == 2:
        d = R.randint(15, 90)
        return spoken_or(f"${d}", f"{words(d)} bucks")
    if kind == 3:
        d, c = R.randint(10, 300), R.randint(10, 99)
        return spoken_or(f"£{d}.{c:02d}", f"{words(d)} pounds {words(c)}")
    if kind == 4:
        d = R.choice([40, 300, 85, 1200])
        return spoken_or(f"€{d:,}", f"{words(d)} euros")
    d = R.randint(100, 900)
    return spoken_or(f"{d} pesos", f"{words(d)} pesos")


def v_money_bare() -> tuple[str, str]:
    d, c = R.randint(12, 99), R.randint(10, 99)
    if R.random() < 0.5:
        return f"{words(d)} {words(c)}", "s"
    d = R.choice([1100, 1400, 11400, 2300])
    return (words(d // 100) + " hundred" if d < 10000 else words(d)), "s"


def v_pct() -> tuple[str, str]:
    n = R.choice([R.randint(2, 99), round(R.uniform(1, 20), 1)])
    written = R.choice([f"{n}%", f"{n} percent"])
    if isinstance(n, float):
        a, b = str(n).split(".")
        spoken = f"{words(int(a))} point {ONES[int(b)]} percent"
    else:
        spoken = f"{words(n)} percent"
    return spoken_or(written, spoken)


def v_bp() -> tuple[str, str]:
    s, d = R.randint(105, 175), R.randint(62, 99)
    return spoken_or(R.choice([f"{s}/{d}", f"{s} over {d}"]), f"one {pair(f'{s % 100:02d}', True)} over {words(d)}")


def v_a1c() -> tuple[str, str]:
    a, b = R.randint(5, 11), R.randint(0, 9)
    return spoken_or(f"{a}.{b}", f"{words(a)} point {ONES[b]}")


def v_rate() -> tuple[str, str]:
    a, b = R.choice([(1, 5), (1, 4), (1, 10), (2, 3), (3, 10), (1, 3)])
    return spoken_or(f"{a} in {b}", f"{words(a)} in {words(b)}")


def v_chol() -> tuple[str, str]:
    n = R.randint(160, 290)
    return spoken_or(str(n), f"{ONES[n // 100]} {pair(str(n % 100).zfill(2), True)}")


def v_hr() -> tuple[str, str]:
    n = R.randint(52, 99)
    return spoken_or(str(n), words(n))


def v_temp() -> tuple[str, str]:
    a, b = R.randint(99, 103), R.randint(1, 9)
    return spoken_or(f"{a}.{b}", f"{say_digits(str(a), False)} point {ONES[b]}")


def v_age() -> tuple[str, str]:
    n = R.randint(4, 94)
    return spoken_or(str(n), words(n))


def v_date() -> tuple[str, str]:
    m, d, y = R.randint(1, 12), R.randint(1, 28), R.randint(2019, 2025)
    kind = R.randrange(5)
    written = [f"{MONTHS[m - 1]} {d}{suffix(d)}", f"{MONTHS[m - 1]} {d}", f"{m}/{d}", f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1]} {d}, {y}"][kind]
    spoken = R.choice([f"{MONTHS[m - 1].lower()} {ORD[d]}", f"{MONTHS[m - 1].lower()} {ORD[d]} {say_year(y)}", f"{MONTHS[m - 1].lower()} {words(d)}"])
    return spoken_or(written, spoken)


def v_weekday() -> tuple[str, str]:
    return R.choice("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()), "w"


def v_ord() -> tuple[str, str]:
    d = R.randint(1, 28)
    return spoken_or(f"{d}{suffix(d)}", ORD[d])


def v_dob() -> tuple[str, str]:
    m, d, y = R.randint(1, 12), R.randint(1, 28), R.randint(1938, 2006)
    kind = R.randrange(4)
    written = [f"{MONTHS[m - 1]} {d}, {y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1]} {d}{suffix(d)} {y}"][kind]
    spoken = R.choice([f"{MONTHS[m - 1].lower()} {ORD[d]} {say_year(y)}", f"{words(m)} {words(d)} {pair(str(y % 100).zfill(2), True)}",
                       f"{pair(f'{m:02d}', True)} {pair(f'{d:02d}', True)} {say_year(y)}"])
    return spoken_or(written, spoken)


def v_year() -> tuple[str, str]:
    y = R.randint(1978, 2024)
    return spoken_or(str(y), say_year(y))


def v_decade() -> tuple[str, str]:
    d = R.choice([1960, 1970, 1980, 1990, 2000])
    sp = {1960: "sixties", 1970: "seventies", 1980: "eighties", 1990: "nineties", 2000: "two thousands"}[d]
    return spoken_or(f"{d}s", sp)


def v_month() -> tuple[str, str]:
    return R.choice(MONTHS), "w"


def v_season_year() -> tuple[str, str]:
    s, y = R.choice(["spring", "summer", "fall", "winter"]), R.randint(2012, 2024)
    return spoken_or(R.choice([f"{s} of {y}", f"{s} {y}"]), f"{s} of {say_year(y)}")


def v_yrange() -> tuple[str, str]:
    a = R.randint(1995, 2020)
    b = a + R.randint(1, 4)
    return spoken_or(R.choice([f"{a}-{b}", f"{a} to {b}"]), f"{say_year(a)} to {say_year(b)}")


def v_drange() -> tuple[str, str]:
    m, d = R.randint(1, 12), R.randint(1, 20)
    e = d + R.randint(2, 8)
    kind = R.randrange(4)
    if kind == 0:
        return spoken_or(f"{MONTHS[m - 1]} {d}{suffix(d)} to {MONTHS[m - 1]} {e}{suffix(e)}", f"{MONTHS[m - 1].lower()} {ORD[d]} to the {ORD[e]}")
    if kind == 1:
        return f"{d}-{e} {MONTHS[m - 1]}", "w"
    if kind == 2:
        m2 = (m + R.randint(1, 3)) % 12
        return f"{MONTHS[m - 1]} to {MONTHS[m2]}", "w"
    return spoken_or(f"{MONTHS[m - 1]} {d}{suffix(d)} through the {e}{suffix(e)}", f"{MONTHS[m - 1].lower()} {ORD[d]} through the {ORD[e]}")


def v_month_year() -> tuple[str, str]:
    m, y = R.randint(1, 12), R.randint(1980, 2024)
    return spoken_or(f"{MONTHS[m - 1]} {y}", f"{MONTHS[m - 1].lower()} {say_year(y)}")


def v_mdlyear() -> tuple[str, str]:
    y = R.randint(2005, 2024)
    return spoken_or(str(y), say_year(y))


def v_time() -> tuple[str, str]:
    h, m = R.randint(1, 12), R.choice([0, 0, 15, 30, 45, 10, 20])
    ap = R.choice(["a.m.", "p.m.", "AM", "PM"])
    kind = R.randrange(5)
    written = [f"{h}:{m:02d} {ap}", f"{h} {ap}", f"{h}{R.choice(['am', 'pm'])} {R.choice(['EST', 'PST', 'CT'])}", f"{h}:{m:02d}", "noon"][kind]
    mm = "" if m == 0 else (" " + pair(f"{m:02d}", True))
    spoken = R.choice([f"{words(h)}{mm} {R.choice(['a m', 'p m'])}", f"{words(h)}{mm} in the {R.choice(['morning', 'evening', 'afternoon'])}",
                       f"{words(h)} o'clock", f"quarter past {words(h)}", f"half past {words(h)}"])
    return spoken_or(written, spoken)


def v_trange() -> tuple[str, str]:
    a = R.randint(7, 10)
    b = R.choice(["noon", str(R.randint(1, 5)), f"{R.randint(1, 5)} p.m."])
    return spoken_or(f"{a} and {b}", f"{words(a)} and {R.choice(['noon', words(R.randint(1, 5))])}")


UNITS = ["minutes", "hours", "days", "weeks", "months", "years", "business days"]


def v_dur() -> tuple[str, str]:
    u = R.choice(UNITS)
    n = R.choice([2, 3, 5, 7, 10, 14, 20, 30, 45, 90]) if u != "years" else R.randint(2, 15)
    if R.random() < 0.15:
        a = R.randint(2, 5)
        return spoken_or(f"{a} to {a + 2} {u}", f"{words(a)} to {words(a + 2)} {u}")
    return spoken_or(f"{n} {u}", f"{words(n)} {u}")


def v_durhyph() -> tuple[str, str]:
    n = R.choice([5, 7, 14, 30, 60, 90])
    return spoken_or(f"{n}-{R.choice(['day', 'month'])}", f"{words(n)} day")


STREETS = ["Sunset", "Oak", "Maple", "Windsor", "Cedar Ridge", "Lakeview", "Pine Hollow", "Elm", "Harbor",
           "Willow Creek", "Birch", "Alder", "Juniper", "Quarry", "Fairmount", "Orchard"]
STYPES = ["Avenue", "Street", "St.", "Lane", "Road", "Rd.", "Drive", "Court", "Boulevard", "Way", "Circle"]
CITIES = [("Portland", "OR", "Oregon"), ("Denver", "CO", "Colorado"), ("Tucson", "AZ", "Arizona"), ("Albany", "NY", "New York"),
          ("Omaha", "NE", "Nebraska"), ("Boise", "ID", "Idaho"), ("Raleigh", "NC", "North Carolina"), ("Spokane", "WA", "Washington"),
          ("Duluth", "MN", "Minnesota"), ("Savannah", "GA", "Georgia")]


def v_street() -> tuple[str, str]:
    num = R.choice([dig(2), dig(3), dig(4)])
    name, typ = R.choice(STREETS), R.choice(STYPES)
    unit = R.choice(["", "", "", f", apartment {R.randint(2, 40)}", f" unit {R.randint(1, 9)}{R.choice('ABCD')}", f", suite {R.randint(1, 9)}00", f" apt {R.randint(2, 30)}"])
    written = f"{num} {name} {typ}{unit}"
    sp_num = say_digits(num) if R.random() < 0.5 else (" ".join(pair(num[i:i + 2], True) for i in range(0, 4, 2)) if len(num) == 4 else words(int(num)))
    sp_typ = {"St.": "street", "Rd.": "road"}.get(typ, typ.lower())
    sp_unit = re.sub(r"(\d+)([a-z]?)", lambda mo: words(int(mo.group(1))) + (" " + mo.group(2) if mo.group(2) else ""),
                     unit.lower()).replace(",", "")
    spoken = f"{sp_num} {name.lower()} {sp_typ}{sp_unit}"
    return spoken_or(written, spoken, 0.4)


def v_city() -> tuple[str, str]:
    return R.choice(CITIES)[0], "w"


def v_state() -> tuple[str, str]:
    c = R.choice(CITIES)
    return R.choice([c[1], c[2]]), "w"


def v_zip() -> tuple[str, str]:
    z = R.choice("12345689") + dig(4, False)
    written = z if R.random() < 0.8 else f"{z}-{dig(4, False)}"
    return spoken_or(written, say_digits(z, False))


def v_postcode() -> tuple[str, str]:
    out = let(R.choice([1, 2]), "BCEGLMNSW") + dig(1) + R.choice(["", dig(1, False)])
    inw = dig(1, False) + let(2, "ABDEFGHJLNPQRSTUWXY")
    return code_value(f"{out} {inw}", 0.4)


def v_height() -> tuple[str, str]:
    f, i = R.randint(4, 6), R.randint(0, 11)
    cm = R.randint(150, 198)
    written = R.choice([f"{f}'{i}\"", f"{f} foot {i}", f"{cm}cm", f"{cm} centimeters", f"1.{R.randint(50, 95)} meters"])
    spoken = R.choice([f"{words(f)} foot {words(i)}" if i else f"{words(f)} foot", f"{words(f)} {words(i)}" if i else f"{words(f)} foot even",
                       f"{words(f)} feet {words(i)} inches" if i else f"{words(f)} feet"])
    return spoken_or(written, spoken)


def v_height_tall() -> tuple[str, str]:
    t, k = v_height()
    return t + " tall", k


def v_weight() -> tuple[str, str]:
    lb, kg = R.randint(98, 290), R.randint(45, 130)
    written = R.choice([f"{lb} pounds", f"{lb} lbs", f"{kg} kilos", f"{kg} kg"])
    spoken = R.choice([f"{words(lb)} pounds", f"{words(kg)} kilos", f"{words(R.randint(8, 20))} stone"])
    return spoken_or(written, spoken)


# slot name -> (value generator, policy, keeps case in lower-cased lines when written)
SLOTS = {
    "ns": (v_ns, "number_sequence", True), "tracking": (v_tracking, "number_sequence", True),
    "flight": (v_flight, "number_sequence", True), "serial": (v_serial, "number_sequence", True),
    "giftcard": (v_giftcard, "number_sequence", True),
    "acct": (v_acct, "account_number", True),
    "routing": (v_routing, "banking_information", True), "bankacct": (v_bankacct, "banking_information", True),
    "iban": (v_iban, "banking_information", True), "sortcode": (v_sortcode, "banking_information", True),
    "ukacct": (v_ukacct, "banking_information", True), "banklast4": (v_last4, "banking_information", True),
    "mbi": (v_mbi, "healthcare_number", True), "hid": (v_hid, "healthcare_number", True), "mrn": (v_mrn, "healthcare_number", True),
    "dl": (v_dl, "drivers_license", True), "pp": (v_pp, "passport_number", True),
    "vin": (v_vin, "vehicle_id", True), "plate": (v_plate, "vehicle_id", True),
    "cc": (v_cc, "credit_card_number", True), "cclast4": (v_last4, "credit_card_number", True),
    "cvv": (v_cvv, "credit_card_cvv", True), "exp": (v_exp, "credit_card_expiration", False),
    "ssn": (v_ssn, "us_social_security_number", True), "ssn4": (v_last4, "us_social_security_number", True),
    "phone": (v_phone, "phone_number", True), "ukphone": (v_ukphone, "phone_number", True),
    "pw": (v_pw, "password", True), "pin": (v_pin, "password", True), "otp": (v_otp, "password", True),
    "pet": (v_pet, "password", False), "maiden": (v_maiden, "password", False),
    "user": (v_user, "username", True), "handle": (v_handle, "username", True),
    "ip": (v_ip, "ip_address", True), "ipv6": (v_ipv6, "ip_address", True),
    "money": (v_money, "money_amount", False), "money_bare": (v_money_bare, "money_amount", False),
    "pct": (v_pct, "statistics", False), "bp": (v_bp, "statistics", False), "a1c": (v_a1c, "statistics", False),
    "rate": (v_rate, "statistics", False), "chol": (v_chol, "statistics", False), "hr": (v_hr, "statistics", False),
    "temp": (v_temp, "statistics", False),
    "age": (v_age, "person_age", False),
    "date": (v_date, "date", False), "weekday": (v_weekday, "date", False), "ord": (v_ord, "date", False),
    "dob": (v_dob, "date_of_birth", False),
    "year": (v_year, "date_interval", False), "decade": (v_decade, "date_interval", False), "month": (v_month, "date_interval", False),
    "season_year": (v_season_year, "date_interval", False), "yrange": (v_yrange, "date_interval", False),
    "drange": (v_drange, "date_interval", False), "month_year": (v_month_year, "date_interval", False),
    "mdlyear": (v_mdlyear, "date_interval", False),
    "time": (v_time, "time", False), "trange": (v_trange, "time", False),
    "dur": (v_dur, "duration", False), "durhyph": (v_durhyph, "duration", False),
    "street": (v_street, "location", False), "city": (v_city, "location", False), "state": (v_state, "location", True),
    "zip": (v_zip, "location", True), "postcode": (v_postcode, "location", True),
    "height": (v_height, "physical_attribute", False), "height_tall": (v_height_tall, "physical_attribute", False),
    "weight": (v_weight, "physical_attribute", False),
}

# ----------------------------------------------------------------------------- templates
T: dict[str, list[str]] = {
    "number_sequence": [
        "the order number on the email is {ns}",
        "{ns}, that's the confirmation number",
        "and, um, case number? {ns}",
        "tracking says {tracking} but nothing has moved since",
        "can you read me the claim number again? Sure, it's {ns}",
        "my employee ID is {ns} if that helps",
        "it was on flight {flight} and the bag never showed up",
        "the serial on the back of the router reads {serial}",
        "I've got a gift card here, the number is {giftcard}",
        "reference {ns}, I was told to quote that",
        "the ticket I opened last week was {ns}",
        "invoice {ns} still shows as unpaid",
        "so the reservation code, let me find it, okay it's {ns}",
        "she gave me a case ID, {ns}, and said someone would call back",
        "student ID number {ns}",
        "the parcel number they texted me was {tracking}",
        "my meter number is {ns}",
        "the model's serial number, the one under the battery, is {serial}",
        "order {ns} was charged {money} and I only ordered it once",
        "the claim, {ns}, is about the damage from {date}",
        "the work order was {ns} and they said {dur} for the part",
    ],
    "account_number": [
        "uh yeah the account number on the statement is {acct}",
        "{acct}, that's the account",
        "and, um, account? {acct}",
        "my customer number, it should be {acct}",
        "the membership ID on my card says {acct}",
        "loyalty number is {acct}",
        "for the home insurance the policy number's {acct}",
        "it's under account {acct}",
        "my electric bill has the account listed as {acct}",
        "the loan number, hang on, {acct}",
        "the auto policy is {acct}, not the old one",
        "your rewards number please? {acct}",
        "account {acct} has a balance of {money}",
    ],
    "banking_information": [
        "the routing number is {routing}",
        "{routing} is the routing and the account is {bankacct}",
        "it's the checking account ending in {banklast4}",
        "for direct deposit use account {bankacct}",
        "my IBAN is {iban}",
        "sort code {sortcode}, account number {ukacct}",
        "the savings account, um, it's {bankacct}",
        "can you wire it to {iban} please",
        "ABA number? {routing}",
        "the bank's routing, which is {routing}, and then my checking number",
        "my checking account number is {bankacct}",
    ],
    "healthcare_number": [
        "my member ID on the insurance card is {hid}",
        "the health plan subscriber number is {hid}",
        "my [[Medicare|organization]] number, it's {mbi}",
        "{mbi}, that's what's printed on my red white and blue card",
        "medical record number {mrn}",
        "do you have the patient's MRN? Yes, {mrn}",
        "the policy number for my health insurance is {hid}",
        "my dental plan ID is {hid}",
        "the insurance, the health one, the member number is {hid}",
        "the beneficiary ID on the new card is {mbi}",
    ],
    "drivers_license": [
        "my driver's license number is {dl}",
        "DL number {dl}",
        "license? {dl}",
        "{dl}, that's off my driving licence",
        "the state ID number is {dl}",
        "it's on my license, {dl}, I just renewed it",
        "can I have your license number? Sure, {dl}",
        "driver licence no. {dl}",
        "the number on my permit, the learner's one, is {dl}",
    ],
    "passport_number": [
        "my passport number is {pp}",
        "passport? {pp}",
        "{pp} is the number on my passport",
        "the passport, um, the number's {pp}",
        "I'm travelling on passport {pp}",
        "the number in my passport book reads {pp}",
        "for the visa form I put passport {pp}",
        "new passport, the number is {pp}, the old one expired",
    ],
    "vehicle_id": [
        "the VIN is {vin}",
        "license plate {plate}",
        "{plate}, that's my plate",
        "it's a gray sedan, plate number {plate}",
        "the vehicle identification number, it's {vin}",
        "the tag on the car reads {plate}",
        "VIN? {vin}",
        "the registration says {plate}",
        "my truck, the {mdlyear} one, VIN {vin}",
        "the plates on the van are {plate} and it was parked outside",
    ],
    "credit_card_number": [
        "my card number is {cc}",
        "{cc}, that's the card",
        "it's the card ending in {cclast4}",
        "the number on the front is {cc}",
        "go ahead and charge it to {cc}",
        "last four of the card? {cclast4}",
        "the credit card, um, is {cc}",
        "card {cc} expiring {exp}",
        "I'd like to pay with the debit card, {cc}",
    ],
    "credit_card_cvv": [
        "the CVV is {cvv}",
        "security code on the back, {cvv}",
        "{cvv} is the code on the back",
        "CVV? {cvv}",
        "and the three digits on the back of the card are {cvv}",
        "the CVC, um, {cvv}",
        "the card verification value is {cvv}",
        "card security code {cvv}",
        "it's {cc}, expires {exp}, CVV {cvv}",
    ],
    "credit_card_expiration": [
        "the card expires {exp}",
        "expiration date {exp}",
        "exp {exp}",
        "{exp} is the expiry on the card",
        "valid thru {exp}",
        "and when does the card expire? {exp}",
        "the card's good until {exp}",
        "expiry, um, {exp}",
    ],
    "us_social_security_number": [
        "my social is {ssn}",
        "social security number {ssn}",
        "the last four of my social, {ssn4}",
        "{ssn}, that's my SSN",
        "can you verify the last four of your social? {ssn4}",
        "SSN {ssn}",
        "my social security number, it's {ssn}",
        "the social on file should be {ssn}",
    ],
    "phone_number": [
        "you can reach me at {phone}",
        "my cell is {phone}",
        "{phone}, that's the best number",
        "call back number? {phone}",
        "the number for the office is {phone}",
        "text me on {phone}",
        "my mobile, the UK one, is {ukphone}",
        "fax it to {phone}",
        "my home phone's {phone} and the cell is {phone}",
        "ring me on {ukphone} after {time}",
    ],
    "password": [
        "my password is {pw}",
        "the PIN is {pin}",
        "{pin}, that's my PIN",
        "the one-time code they texted is {otp}",
        "verification code? {otp}",
        "I set the password to {pw}",
        "the answer to my security question, first pet, {pet}",
        "my mother's maiden name is {maiden}",
        "passcode for the voicemail is {pin}",
        "I changed the login password, it's {pw} now",
    ],
    "username": [
        "my username is {user}",
        "I'm {handle} on there",
        "login? {user}",
        "{user} is the login",
        "the handle is {handle}",
        "I sign in as {user}",
        "my user ID, um, {user}",
        "you can find me at {handle}",
        "username {user}, password {pw}",
    ],
    "ip_address": [
        "my IP address is {ip}",
        "it's pinging {ip}",
        "{ip}, that's the gateway",
        "the server at {ip} keeps timing out",
        "IP? {ip}",
        "set the static IP to {ip}",
        "the router admin page is at {ip}",
        "it blocked my address, {ip}",
        "the IPv6 one is {ipv6}",
    ],
    "money_amount": [
        "the bill came to {money}",
        "I was charged {money} twice",
        "{money}, that's what they quoted me",
        "how much was the refund? {money}",
        "the balance is {money_bare}",
        "can I pay {money} today and the rest later",
        "the monthly premium went up to {money}",
        "the repair came to {money_bare}",
        "I still owe {money} on the card",
        "they took {money} out on {date}",
    ],
    "statistics": [
        "the success rate is about {pct}",
        "blood pressure was {bp}",
        "my A1C came back at {a1c}",
        "{pct} of patients see some improvement",
        "oxygen sat? {pct}",
        "the interest rate is {pct}",
        "about {rate} people get side effects",
        "cholesterol was {chol}",
        "resting heart rate was {hr}",
        "temperature was {temp} last night",
        "the battery's at {pct}",
    ],
    "person_age": [
        "I'm {age} years old",
        "she's {age}",
        "age? {age}",
        "my dad is {age} and lives alone",
        "we have a {age}-year-old on the plan",
        "I just turned {age}",
        "{age}, if you need it for the form",
        "he'll be {age} next month",
        "my son is {age} and still on my policy",
    ],
    "date": [
        "the appointment is on {date}",
        "{date}, that's when it was delivered",
        "what day did you call? {date}",
        "I paid it on {date}",
        "can we move it to {weekday}",
        "it's due on the {ord}",
        "the charge posted {date}",
        "the package arrived {date} but it was damaged",
        "they came out {weekday} at {time}",
    ],
    "date_of_birth": [
        "my date of birth is {dob}",
        "DOB {dob}",
        "I was born {dob}",
        "{dob}, that's my birthday",
        "and your date of birth? {dob}",
        "birthday is {dob}",
        "born on {dob} in case you need it",
        "my daughter's DOB, um, {dob}",
    ],
    "date_interval": [
        "we lived there from {yrange}",
        "back in {year} I had the same problem",
        "it happened in {month}",
        "that was the {decade}",
        "the lease runs {drange}",
        "sometime in {season_year}",
        "since {month_year} I've had this plan",
        "for tax year {year}",
        "I was away {drange}",
    ],
    "time": [
        "the appointment's at {time}",
        "call me after {time}",
        "{time} works for me",
        "what time? {time}",
        "the store closes at {time}",
        "someone can come between {trange}",
        "I got the alert at {time}",
        "it went down around {time} last night",
    ],
    "duration": [
        "I was on hold for {dur}",
        "it takes {dur} to process",
        "{dur}, that's how long the outage lasted",
        "the warranty is {dur}",
        "allow {dur} for delivery",
        "they gave me a {durhyph} trial",
        "how long have you had the account? {dur}",
        "I've been waiting {dur} for a callback",
    ],
    "location": [
        "I live at {street}",
        "the address is {street}, {city}, {state} {zip}",
        "zip code {zip}",
        "{zip}, that's the zip",
        "ship it to {street} please",
        "my postcode is {postcode}",
        "we moved to {city} last year",
        "the billing address, um, {street}",
        "what's the zip on the account? {zip}",
        "it's {street} in {city}",
    ],
    "physical_attribute": [
        "I'm {height_tall}",
        "he's about {height}, maybe taller",
        "I weigh {weight}",
        "height {height}, weight {weight}",
        "she's {height_tall}, I think",
        "weight? {weight}",
        "I've lost weight, I'm down to {weight}",
        "he's {height}, {weight}",
    ],
}

NOPII = [
    "press {d} for billing", "to hear these options again press {d}", "I'm in room {room}",
    "we're boarding at gate {gate}", "I'm in seat {seat}", "I keep getting error {err}",
    "it says error code {err} on the screen", "I'm on version {ver} of the app",
    "I ordered the size {d} but it's too small", "the final score was {d} to {d2}",
    "that's my number one priority", "the promo code {promo} didn't work",
    "do I need the W-2 or the 1099 for that", "take {dw} tablets with food",
    "the 500 mg ones are easier to swallow", "I have {dw} kids", "there are {n} items in my cart",
    "we need {dw} copies of the form", "it's on page {n}", "step {d} says to unplug it",
    "I tried {dw} times already", "the box has {n} pieces in it", "it's a {dw} bedroom place",
    "channel {n} is out again", "I'm on floor {d}", "a {n} pack of batteries",
    "I'm on the {gig} gig plan", "the app only has {d} stars", "the number {n} bus doesn't stop there anymore",
    "it's in aisle {n}, next to the bread", "I only have {dw} bars of signal",
    "option {d} didn't do anything", "it's line {n} on the form", "the screen is {n} inches",
    "we've got {dw} people on the call", "tier {d} support told me to call you",
    "a {d}-digit code? No, I never got one", "I'm number {n} in the queue",
    "the form 1040 is what I filed", "I counted {n} boxes at the door", "we have {dw} TVs in the house",
    "the remote needs {dw} batteries", "checkbox {d} is the one I missed",
    "you'll hear {dw} beeps and then it resets", "plug it into port {d} on the back",
    "the printer says tray {d} is empty", "it was a {dw}-way call", "I'm calling about the {n} pack deal",
]


def v_small(lo: int, hi: int) -> tuple[str, str]:
    n = R.randint(lo, hi)
    return spoken_or(str(n), words(n), 0.4)


NOPII_SLOTS = {
    "d": lambda: v_small(2, 9), "d2": lambda: v_small(0, 6), "n": lambda: v_small(2, 48),
    "dw": lambda: (words(R.randint(2, 6)), "s"), "room": lambda: v_small(101, 540),
    "gate": lambda: (R.choice("ABCD") + str(R.randint(2, 40)), "w"), "seat": lambda: (f"{R.randint(3, 38)}{R.choice('ABCDEF')}", "w"),
    "err": lambda: R.choice([(str(R.choice([404, 500, 503, 504])), "w"), (f"E{R.randint(10, 99)}", "w"), ("0x8007" + dig(4, False), "w")]),
    "ver": lambda: (f"{R.randint(2, 12)}.{R.randint(0, 9)}" + R.choice(["", f".{R.randint(1, 9)}"]), "w"),
    "promo": lambda: (R.choice(["SAVE", "WELCOME", "SPRING", "FREESHIP", "TAKE"]) + str(R.choice([10, 15, 20, 25])), "w"),
    "gig": lambda: v_small(5, 50),
}

STARTS = ["Um, ", "Uh, ", "So ", "Okay, so ", "Mm-hmm, ", "Yeah, ", "Um ", "Uh yeah, ", "Okay, ", "Right, so "]
MIDS = [" um", " uh", ", you know,", ", um,", " uh,", " like"]
ENDS = [".", ".", ".", "?", "", "..."]


# ----------------------------------------------------------------------------- rendering
def parse(template: str, slots: dict) -> list[tuple[str, str | None, bool, str]]:
    """Template -> segments (text, policy or None, keeps_case, kind 'l'/'w'/'s')."""
    segs = []
    for tok in re.split(r"(\{\w+\}|\[\[[^\]]+\]\])", template):
        if not tok:
            continue
        if tok.startswith("{"):
            name = tok[1:-1]
            gen, policy, keep = slots[name] if slots is SLOTS else (slots[name], None, False)
            text, kind = gen()
            segs.append((text, policy, keep, kind))
        elif tok.startswith("[["):
            text, policy = tok[2:-2].split("|")
            segs.append((text, policy, False, "w"))
        else:
            segs.append((tok, None, False, "l"))
    return segs


def style(segs: list) -> list:
    """Fillers, lower-casing, comma dropping, first capital and trailing punctuation."""
    segs = [list(s) for s in segs]
    lits = [i for i, s in enumerate(segs) if s[3] == "l"]
    if R.random() < 0.35 and lits:
        i = R.choice(lits)
        spaces = [m.start() for m in re.finditer(" ", segs[i][0])]
        if spaces:
            p = R.choice(spaces)
            t = segs[i][0]
            mid = R.choice(MIDS) if t[:p][-1:] not in ",?." else R.choice([" um", " uh"])
            segs[i][0] = (t[:p] + mid + t[p:]).replace(",,", ",")
    if R.random() < 0.4:
        segs.insert(0, [R.choice(STARTS), None, False, "l"])
    lower = R.random() < 0.25
    nocomma = R.random() < 0.33
    for s in segs:
        if lower and (s[3] != "w" or not s[2]) and not re.fullmatch(r"[A-Z]{2}", s[0]):
            s[0] = s[0].lower()
        if nocomma and s[3] in "ls":
            s[0] = s[0].replace(",", "")
    if not lower and segs[0][0][:1].islower() and (segs[0][3] in "ls" or not segs[0][2]):
        segs[0][0] = segs[0][0][0].upper() + segs[0][0][1:]
    end = R.choice(ENDS)
    if segs[-1][3] == "l" and segs[-1][0].rstrip().endswith(("?", ".")):
        end = ""
    if end and segs[-1][0].endswith(".") :
        end = "" if end == "." else end
    segs.append([end, None, False, "l"])
    return segs


def assemble(segs: list) -> tuple[str, list[dict]]:
    text, spans = "", []
    for t, policy, _, _ in segs:
        if policy:
            spans.append({"start": len(text), "end": len(text) + len(t), "policy": policy, "_v": t})
        text += t
    return text, spans


def make_line(template: str, slots: dict) -> tuple[str, list[dict]]:
    text, spans = assemble(style(parse(template, slots)))
    return text, spans


CODES = {"number_sequence", "account_number", "banking_information", "healthcare_number", "drivers_license",
         "passport_number", "vehicle_id", "password", "username"}


def check(text: str, spans: list[dict], policies: set[str]) -> None:
    prev = 0
    for sp in spans:
        v = sp.pop("_v")
        assert text[sp["start"]:sp["end"]] == v, (text, sp, v)
        assert sp["start"] >= prev, (text, spans)
        assert v == v.strip() and not v.endswith((",", ":", "?", ";")), (text, v)
        assert sp["policy"] in CODES or not re.match(r"(?i)(a|an|the) ", v), (text, v)
        assert sp["policy"] in policies, sp
        prev = sp["end"]


def main() -> None:
    sys.path.insert(0, ".")
    from piikit.policies import POLICIES

    policies = set(POLICIES)
    seen: set[str] = set()
    rows = []

    def add(template: str, slots: dict, source: str) -> bool:
        for _ in range(20):
            text, spans = make_line(template, slots)
            if text not in seen and "  " not in text:
                check(text, spans, policies)
                seen.add(text)
                rows.append({"text": text, "spans": spans, "source": source})
                return True
        return False

    pii_templates = [t for ts in T.values() for t in ts]
    for t in pii_templates:
        add(t, SLOTS, "template")
    keys = sorted(T)
    while len(rows) < N_PII:
        add(R.choice(T[R.choice(keys)]), SLOTS, "template")
    for t in NOPII:
        add(t, NOPII_SLOTS, "nopii")
    while len(rows) < N_PII + N_NOPII:
        add(R.choice(NOPII), NOPII_SLOTS, "nopii")
    R.shuffle(rows)
    out = [dict(id=f"x8-{i:03d}", **r) for i, r in enumerate(rows, 1)]
    pol = Counter(s["policy"] for r in out for s in r["spans"])
    meta = {
        "split": "extra_dev8", "lines": len(out), "sources": dict(Counter(r["source"] for r in out)),
        "spans": sum(pol.values()), "policies": dict(sorted(pol.items())),
        "tuning": "tuning split like dev; written and labelled blind (generated by an independent script, "
                  "before piikit was run on it, without reading piikit/detect, the tests, the repo's generator "
                  "or the other splits); its first score is the honest estimate",
        "licence": "CC0-1.0 (https://creativecommons.org/publicdomain/zero/1.0/)",
        "generator": (
            "data/pii_eval/src/extra_dev8_gen.py (seed 8088), written blind: 244 templates with slots for "
            "26 number-bearing policies (8 to 21 per policy, the cue before or after the value, far from it, "
            "as a question and answer, with fillers, possessives and UK words; some with two or three slots "
            "of different policies) and 48 no-PII templates with ordinary numbers (menu options, rooms, gates, "
            "seats, error codes, versions, sizes, scores, counts, promo codes, tax forms, dosages without a drug). "
            "Values come from per-policy generators (Luhn-valid Visa/MC/Amex/Discover numbers, ABA routing "
            "checksums, mod-97 IBANs, VIN check digits, SSN areas outside 000/666/9xx, MBI-like Medicare IDs, "
            "US and UK phones, codes with letter prefixes) and are rendered Whisper-style or spoken (digit by "
            "digit with oh/double/triple, pairs, spelled or 'as in' letters, dash/dot/slash words, amounts, "
            "years, dates and times in words), about half spoken. Lines get fillers, a quarter are lower-cased "
            "(written codes keep case), a third lose their commas, trailing punctuation varies; span offsets "
            "are computed from the final text and every text[start:end] is checked."),
    }
    with OUT.open("w") as f:
        f.write(json.dumps({"_meta": meta}) + "\n")
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(json.dumps(meta["sources"]), meta["lines"], meta["spans"])
    print(json.dumps(meta["policies"], indent=0))


if __name__ == "__main__":
    main()
