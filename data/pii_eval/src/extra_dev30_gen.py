#!/usr/bin/env python3
"""Write data/pii_eval/extra_dev30.jsonl: a blind, seeded template set of phone-call PII lines.

Stdlib only and deterministic (one seeded ``random.Random``).  Every one of the 44 policies has
8-12 carrier frames (number_sequence 22) filled from multicultural value pools; 120 look-alike
lines without PII come from 30 frames.  Each line gets a transcript style at random (fillers,
a quarter lower-cased with spoken numbers, commas dropped in a third, varied end punctuation)
and every span is checked against the text before the file is written.

Frame mini-language: ``{slot}`` / ``{slot:kind}`` is a labelled value, ``[text|policy]`` a
fixed labelled literal, ``<a|b|c>`` a choice of plain text, ``~a`` the article a/an chosen
from the next word.
"""
from __future__ import annotations

import json
import re
import random
import string
import sys
from collections import Counter, namedtuple
from pathlib import Path

SEED = 30_3030
SPLIT = "extra_dev30"
OUT = Path(__file__).resolve().parents[1] / f"{SPLIT}.jsonl"

Val = namedtuple("Val", "w s code")  # written form, spoken form, keeps case when lower-cased


def val(w: str, s: str | None = None, code: bool = False) -> Val:
    """A value with its Whisper-written and spoken renderings."""
    return Val(w, w if s is None else s, code)


# ---------------------------------------------------------------- spoken-number renderer
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
       18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ("January February March April May June July August September October November "
          "December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def words(n: int) -> str:
    """Cardinal number in words without hyphens: 21 -> 'twenty one'."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        head = ONES[n // 100] + " hundred"
        return head if n % 100 == 0 else head + " " + words(n % 100)
    if n < 1_000_000:
        head = words(n // 1000) + " thousand"
        return head if n % 1000 == 0 else head + " " + words(n % 1000)
    head = words(n // 1_000_000) + " million"
    return head if n % 1_000_000 == 0 else head + " " + words(n % 1_000_000)


def ordinal_words(n: int) -> str:
    """Ordinal in words: 23 -> 'twenty third'."""
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def ordinal_suffix(n: int) -> str:
    """Written ordinal: 3 -> '3rd'."""
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def year_words(y: int, rng: random.Random) -> str:
    """A year as people say it: 1961 'nineteen sixty one', 2005 'two thousand five'."""
    if 2000 <= y < 2010:
        return rng.choice(["two thousand" + ("" if y == 2000 else " " + ONES[y - 2000]),
                           f"twenty oh {ONES[y - 2000]}" if y > 2000 else "two thousand"])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + " hundred"
    return words(hi) + " " + (f"oh {ONES[lo]}" if lo < 10 else words(lo))


def digit_style(rng: random.Random) -> dict:
    """How one speaker reads a digit string: zero word and plain/doubles/pairs."""
    return {"zero": rng.choice(["oh", "oh", "zero"]),
            "mode": rng.choice(["plain", "plain", "doubles", "doubles", "pairs"])}


def _digit(d: str, st: dict) -> str:
    return st["zero"] if d == "0" else ONES[int(d)]


def _pair(p: str, st: dict, first: bool) -> str:
    if p == "00":
        return "hundred" if not first else f"{st['zero']} {st['zero']}"
    if p[0] == "0":
        return f"{st['zero']} {ONES[int(p[1])]}"
    return words(int(p))


def say_digits(ds: str, st: dict) -> str:
    """Digits read one by one, with 'double'/'triple' or as pairs ('twenty one')."""
    if st["mode"] == "pairs" and len(ds) in (2, 4) and ds[0] != "0":
        return " ".join(_pair(ds[i:i + 2], st, i == 0) for i in range(0, len(ds), 2))
    out, i = [], 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        run, w = j - i, _digit(ds[i], st)
        if st["mode"] != "plain":
            while run >= 2:
                if run == 3:
                    out.append("triple " + w)
                    run = 0
                else:
                    out.append("double " + w)
                    run -= 2
            out.extend([w] * run)
        else:
            out.extend([w] * run)
        i = j
    return " ".join(out)


def say_code(code: str, rng: random.Random, st: dict | None = None) -> str:
    """A code read aloud: digit runs spoken, letters spelled (case kept), groups kept."""
    st = st or digit_style(rng)
    sep = rng.choice([", ", " ", " "])
    dash = rng.choice([sep, sep, " dash "])
    groups, cur = [], []
    for tok in re.findall(r"\d+|[A-Za-z]+|[^A-Za-z\d]", code):
        if tok.isdigit():
            cur.append(say_digits(tok, st))
        elif tok.isalpha():
            cur.append(" ".join(tok))
        elif tok == "+":
            cur.append("plus")
        elif tok in "-":
            if cur:
                groups.append((" ".join(cur), dash))
            cur = []
        elif tok in " /.()":
            if cur:
                groups.append((" ".join(cur), sep))
            cur = []
        else:
            cur.append(tok)
    if cur:
        groups.append((" ".join(cur), ""))
    return "".join(g + (s if k < len(groups) - 1 else "") for k, (g, s) in enumerate(groups))


def speak_digits_inline(text: str, rng: random.Random) -> str:
    """Replace each digit run in free text by words (years as pairs, else digit by digit)."""
    st = digit_style(rng)

    def rep(m: re.Match) -> str:
        ds = m.group(0)
        if len(ds) == 4 and ds[:2] in ("19", "20"):
            return f" {year_words(int(ds), rng)} "
        if len(ds) <= 2 and ds[0] != "0":
            return f" {words(int(ds))} "
        return f" {say_digits(ds, st)} "
    return re.sub(r" +", " ", re.sub(r"\d+", rep, text)).strip()


SYMBOLS = {"@": " at ", ".": " dot ", "_": " underscore ", "-": " dash ", "/": " slash ",
           "\\": " backslash ", ":": " colon ", "%": " percent ", "!": " exclamation point ",
           "#": " hash ", "*": " star ", "$": " dollar sign ", "&": " and "}


def speak_symbols(text: str, rng: random.Random, keep_at: bool = False) -> str:
    """Emails, URLs, file names, handles and passwords as dictated: 'dot', 'underscore'."""
    out = []
    for k, ch in enumerate(text):
        if ch == "@" and keep_at and k == 0:
            out.append("at ")
        elif ch in SYMBOLS:
            out.append(SYMBOLS[ch])
        else:
            out.append(ch)
    spoken = speak_digits_inline("".join(out), rng)
    return re.sub(r"\s+", " ", spoken).strip()


# ---------------------------------------------------------------- check-digit helpers
def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    """A card number with a valid Luhn check digit."""
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            n = n - 9 if n > 9 else n
        total += n
    return body + str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(num)):
        n = int(d)
        if i % 2 == 1:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return total % 10 == 0


def aba_routing(rng: random.Random) -> str:
    """Nine-digit ABA routing number with a valid checksum and Federal Reserve prefix."""
    prefix = rng.choice([f"{n:02d}" for n in list(range(1, 13)) + list(range(21, 33))
                         + list(range(61, 73))] + ["80"])
    d = [int(c) for c in prefix + "".join(rng.choice(string.digits) for _ in range(6))]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((10 - s % 10) % 10)
    return "".join(map(str, d))


def aba_ok(r: str) -> bool:
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(rng: random.Random) -> str:
    """An IBAN with valid mod-97 check digits, grouped in fours."""
    D = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    L = lambda n: "".join(rng.choice(string.ascii_uppercase) for _ in range(n))  # noqa: E731
    country, bban = rng.choice([
        ("DE", D(18)), ("GB", rng.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + D(14)),
        ("NL", L(4) + D(10)), ("PL", D(24)), ("AE", "0" + D(18)), ("CH", D(17)),
        ("BE", None), ("NO", D(11)), ("SA", D(20))])
    if country == "BE":
        first = D(10)
        chk = int(first) % 97 or 97
        bban = first + f"{chk:02d}"
    check = 98 - _iban_num(bban + country + "00") % 97
    raw = f"{country}{check:02d}{bban}"
    assert _iban_num(raw[4:] + raw[:4]) % 97 == 1
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                   [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v: str) -> str:
    total = sum((int(c) if c.isdigit() else VIN_VAL[c]) * w for c, w in zip(v, VIN_W))
    r = total % 11
    return "X" if r == 10 else str(r)


def vin(rng: random.Random) -> str:
    """A 17-character VIN with a valid position-9 check digit."""
    wmi = rng.choice(["1HG", "JTD", "WVW", "KMH", "3VW", "5YJ", "SAL", "VF1", "ZFA", "MAJ",
                      "2T1", "1FT", "JN1", "WBA", "9BW", "LSV"])
    body = wmi + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0"
    body += rng.choice("DEFGHJKLMNPRS") + rng.choice(VIN_CHARS)
    body += "".join(rng.choice(string.digits) for _ in range(6))
    v = body[:8] + vin_check(body) + body[9:]
    assert vin_check(v) == v[8] and len(v) == 17
    return v


def clabe(rng: random.Random) -> str:
    """18-digit Mexican CLABE with its weighted check digit."""
    body = rng.choice(["002", "012", "014", "021", "072"]) + "".join(
        rng.choice(string.digits) for _ in range(14))
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def ssn(rng: random.Random) -> str:
    """SSN digits with a valid area (001-899, not 666), group and serial."""
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def shape(pat: str, rng: random.Random) -> str:
    """Fill a code shape: L letter, D digit, A letter-or-digit; 'quoted' and others literal."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    out, quoted = [], False
    for ch in pat:
        if ch == "'":
            quoted = not quoted
        elif quoted:
            out.append(ch)
        elif ch == "L":
            out.append(rng.choice(letters))
        elif ch == "D":
            out.append(rng.choice(string.digits))
        elif ch == "A":
            out.append(rng.choice(letters + "23456789"))
        else:
            out.append(ch)
    return "".join(out)


def code_val(pat: str, rng: random.Random) -> Val:
    c = shape(pat, rng)
    return val(c, say_code(c, rng), code=True)


# ---------------------------------------------------------------- value pools
FIRST = ("Aisha Mateo Oluwaseun Priya Hiroshi Siobhan Dmitri Fatima Kwame Ingrid Tomasz Leilani "
         "Rahul Mei Ximena Yusuf Astrid Chidi Thanh Rafael Nadia Kofi Anneliese Jamal Bao Ewa "
         "Tariq Lucía Arjun Hana Malik Giulia Sipho Noor Declan Amara Kenji Zanele Björn Paloma "
         "Ravi Olga Emeka Marisol Wiremu Saoirse Farid Keisha Lars Ifeoma Joaquín Svetlana Tenzin "
         "Gabriel Min-jun Folasade Dario Agnieszka Rustam").split()
LAST = ("Okafor Patel Nakamura Nguyen O'Brien Kowalski Haddad Fernández Mensah Lindqvist "
        "Abernathy Hwang Martinez Delgado Achterberg Rossi Mwangi Singh Tanaka Adeyemi Petrov "
        "Al-Sayed Kim Dubois Ndlovu Castillo Kaur Moreau Osei Schmidt Yilmaz Bianchi Chowdhury "
        "Pham Gallagher Wójcik Ito Ferreira Banda Novak Takahashi Oyelaran Quispe Haugen Rahimi "
        "Tshabalala Morales Kapoor Ahmadi Bergström").split() + ["Van der Berg"]
HON = ["Dr.", "Mr.", "Mrs.", "Ms.", "Miss"]
CREDS = ["MD", "PhD", "RN", "DDS", "Esq."]

CITIES = ["Lagos", "Nairobi", "Kraków", "Ho Chi Minh City", "Guadalajara", "Manila", "Toronto",
          "Leeds", "Brisbane", "Osaka", "Accra", "Cape Town", "Hyderabad", "Lyon", "Medellín",
          "Tucson", "Duluth", "Fresno", "Savannah", "Boise", "Reykjavík", "Izmir", "Daegu",
          "Porto", "Cluj-Napoca", "Winnipeg", "Dunedin", "Kumasi", "Cebu", "Bogotá",
          "Marrakesh", "Tbilisi", "Gdańsk", "Chennai", "San Antonio", "Halifax", "Kisumu"]
REGIONS = ["Ohio", "Texas", "Kerala", "Ontario", "Bavaria", "Queensland", "Jalisco", "Oregon",
           "Georgia", "New South Wales", "Punjab", "Quebec", "Maharashtra", "Arizona", "Manitoba",
           "Lagos State", "Nova Scotia", "Minnesota", "Andalusia", "Gauteng"]
US_CSZ = [("Tucson", "AZ", "Arizona", "85719"), ("Boise", "ID", "Idaho", "83702"),
          ("Duluth", "MN", "Minnesota", "55802"), ("Savannah", "GA", "Georgia", "31401"),
          ("Fresno", "CA", "California", "93721"), ("Dayton", "OH", "Ohio", "45402"),
          ("Albany", "NY", "New York", "12207"), ("Burlington", "VT", "Vermont", "05401"),
          ("Mobile", "AL", "Alabama", "36602"), ("Spokane", "WA", "Washington", "99201"),
          ("El Paso", "TX", "Texas", "79901"), ("Lansing", "MI", "Michigan", "48933")]
POSTCODES = ["90210", "10027", "60614", "M5V 2T6", "SW1A 1AA", "LS6 3HN", "2000", "00100",
             "110001", "75011", "30-001", "4000", "H2X 1Y4", "78205"]
COUNTRIES = ["Nigeria", "Kenya", "Poland", "Vietnam", "Mexico", "Canada",
             "Ghana", "Brazil", "Japan", "India", "Germany", "Peru", "Turkey", "South Korea", "Chile",
             "Ireland", "Morocco", "Australia", "Colombia", "Egypt", "New Zealand", "Georgia",
             "Bangladesh", "Jamaica"]
STREET_NAMES = ["Sunset", "Windsor", "Maple", "Ashford", "Kilimani", "Oyo", "Juniper", "Harbour",
                "Cedar Hollow", "Mandela", "Riverside", "Sakura", "Linden", "Pine Ridge",
                "Magnolia", "Kingsway", "Calle Luna", "Baobab"]
STREET_TYPES = [("Avenue", "avenue"), ("Street", "street"), ("St.", "street"), ("Road", "road"),
                ("Drive", "drive"), ("Lane", "lane"), ("Boulevard", "boulevard"),
                ("Court", "court"), ("Way", "way"), ("Rd.", "road"), ("Ave.", "avenue")]
LANDMARKS = ["Golden Gate Bridge", "Eiffel Tower", "Lake Victoria", "Mount Kilimanjaro",
             "Table Mountain", "Central Park", "Sydney Opera House", "Taj Mahal",
             "Brandenburg Gate", "Niagara Falls", "Grand Canyon", "Space Needle",
             "Lake Titicaca", "Victoria Falls", "Hollywood sign", "Hagia Sophia", "Alamo",
             "Gateway Arch"]
AIRPORTS = ["O'Hare", "Heathrow", "JFK", "Jomo Kenyatta International", "Narita", "LAX",
            "Ninoy Aquino International", "Schiphol", "Pearson", "Changi", "Sea-Tac",
            "Murtala Muhammed Airport", "Kotoka International", "Dallas Love Field"]
HIGHWAYS = [("I-95", "i ninety five"), ("Route 66", "route sixty six"),
            ("Highway 101", "highway one oh one"), ("M25", "m twenty five"),
            ("I-405", "i four oh five"), ("Trans-Canada Highway", "trans-canada highway"),
            ("Interstate 10", "interstate ten"), ("Route 9", "route nine"),
            ("A1", "a one"), ("Pan-American Highway", "pan-american highway"),
            ("I-35", "i thirty five"), ("Thika Road", "thika road")]

ORGS = {
    "bank": ["Wells Fargo", "Chase", "Barclays", "HDFC Bank", "Banco do Brasil",
             "Commonwealth Bank", "Ecobank", "BBVA", "Scotiabank", "Navy Federal",
             "Equity Bank", "Santander", "Bank of America", "GTBank", "Monzo"],
    "insurer": ["Aetna", "Blue Cross Blue Shield", "Kaiser Permanente", "Cigna", "UnitedHealthcare",
                "Humana", "Bupa", "Anthem", "Molina Healthcare", "Oscar Health"],
    "carinsurer": ["State Farm", "Geico", "Allstate", "Progressive", "Allianz", "AXA",
                   "Liberty Mutual", "Aviva"],
    "hospital": ["Northwest General Hospital", "Mount Sinai", "Aga Khan University Hospital",
                 "St. Luke's Medical Center", "Mayo Clinic", "Cleveland Clinic",
                 "Groote Schuur Hospital", "Toronto General", "Apollo Hospitals"],
    "school": ["University of Alaska", "Universidad de Guadalajara", "Seoul National University",
               "Lincoln High School", "University of Lagos", "Ohio State",
               "Dublin City University", "Makerere University", "Riverside Community College"],
    "agency_the": ["IRS", "DMV", "Social Security Administration", "Department of Labor",
                   "Home Office", "Kenya Revenue Authority", "VA", "Passport Office"],
    "program": ["Medicare", "Medicaid", "SNAP", "WIC", "Medi-Cal", "CHIP"],
    "network": ["Visa", "Mastercard", "Amex", "Discover", "PayPal", "Apple Pay", "M-Pesa"],
    "utility": ["Comcast", "Verizon", "Safaricom", "Spectrum", "AT&T", "Vodafone", "T-Mobile",
                "PG&E", "Con Edison", "British Gas", "Rogers", "Jio"],
    "company": ["Amazon", "Samsung", "IKEA", "Jollibee", "Tata Motors", "Spotify", "FedEx", "DHL",
                "Uber", "Walmart", "Shopify", "Zara", "Netflix", "Costco", "Home Depot",
                "Mercado Libre", "Airbnb", "Tesco", "Lufthansa", "Emirates"],
    "carmaker": ["Toyota", "Honda", "Ford", "Hyundai", "Volkswagen", "Subaru", "Kia", "Nissan",
                 "Mazda", "Chevy", "BMW", "Tesla"],
    "airline": ["Delta", "United", "Kenya Airways", "Air India", "Lufthansa", "Qantas",
                "Avianca", "Emirates", "Aer Lingus", "Ryanair"],
}
OCCUPATIONS = ["nurse", "adjuster", "tech", "paralegal", "electrician", "software engineer",
               "dental hygienist", "truck driver", "barista", "pharmacist", "social worker",
               "teacher", "accountant", "CPA", "plumber", "physical therapist", "line cook",
               "security guard", "bus driver", "midwife", "welder", "real estate agent",
               "caregiver", "professor", "case worker", "mechanic", "cashier", "firefighter",
               "veterinarian", "translator", "data analyst", "home health aide", "surgeon",
               "locksmith", "flight attendant", "roofer", "pastor", "chef", "RN", "LPN"]
NATIONALITIES = ["American", "Asian", "Black", "Hispanic", "Nigerian", "Filipino", "Korean",
                 "Polish", "Caucasian", "Latina", "Pakistani", "Brazilian", "Ghanaian",
                 "Vietnamese", "Irish", "Somali", "Mexican", "Jamaican", "Native American",
                 "Indian", "Egyptian", "Haitian", "Latino", "Ethiopian", "Guatemalan",
                 "Puerto Rican", "Samoan", "Turkish", "Kenyan", "Chinese"]
LANGUAGES = ["Spanish", "Tagalog", "Mandarin", "Yoruba", "Portuguese", "Arabic", "Vietnamese",
             "Haitian Creole", "Polish", "Swahili", "Hindi", "Cantonese", "Korean", "French",
             "Amharic", "Russian", "Farsi", "Somali", "Gujarati", "American Sign Language",
             "Urdu", "Igbo", "Punjabi", "Hmong", "Italian", "Quechua", "Tamil", "Ukrainian"]
RELIGIONS = ["Catholic", "Jewish", "atheist", "Muslim", "Hindu", "Sikh", "Buddhist", "Mormon",
             "Baptist", "Orthodox Christian", "Jehovah's Witness", "agnostic", "Methodist",
             "Pentecostal", "Lutheran", "Evangelical", "Seventh-day Adventist", "Quaker"]
POLITICS = {
    "sing": ["Republican", "Democrat", "independent", "Libertarian", "Green", "socialist",
             "Labour", "Tory", "Liberal Democrat", "conservative", "progressive"],
    "plural": ["Republicans", "Democrats", "Libertarians", "Greens", "Tories", "socialists",
               "conservatives", "progressives", "Labour Party", "Liberals"],
    "adj": ["conservative", "progressive", "libertarian", "liberal", "left", "right",
            "socialist", "moderate"],
}
MARITAL = {
    "adj": ["married", "divorced", "single", "widowed", "separated", "remarried", "common-law",
            "engaged"],
    "split": ["divorced", "separated", "legally separated"],
    "ex": ["ex-wife", "ex-husband", "ex", "ex-partner", "ex-fiancé"],
    "late": ["late husband", "late wife", "late partner"],
    "widow": ["widow", "widower"],
}
GENDER = {
    "adj": ["female", "male", "transgender", "bisexual", "nonbinary", "gay", "lesbian", "trans",
            "queer", "asexual", "pansexual", "genderfluid"],
    "sex": ["female", "male", "nonbinary", "intersex"],
    "couple": ["gay", "lesbian", "queer", "same-sex"],
    "woman": ["trans", "transgender", "gay", "bisexual", "queer", "pansexual", "cisgender"],
    "out": ["gay", "lesbian", "bisexual", "nonbinary", "trans", "pansexual", "queer",
            "transgender"],
}
ZODIAC = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio",
          "Sagittarius", "Capricorn", "Aquarius", "Pisces"]
EVENTS = {
    "any": ["Yom Kippur", "Pride", "Diwali", "Eid al-Fitr", "Lunar New Year", "Thanksgiving",
            "Christmas", "Ramadan", "Hanukkah", "Holi", "Juneteenth", "Rosh Hashanah", "Easter",
            "Mardi Gras", "Songkran", "Independence Day", "Carnival", "Día de los Muertos",
            "Passover", "Kwanzaa", "Vesak", "Nowruz", "Eid", "Chuseok"],
    "the": ["Super Bowl", "World Cup", "Olympics", "Tour de France", "Grand National",
            "Boston Marathon", "Champions League final", "Rugby World Cup", "Met Gala"],
    "fest": ["Coachella", "Oktoberfest", "Glastonbury", "Burning Man", "Notting Hill Carnival",
             "Lollapalooza", "Rock in Rio", "Essence Fest"],
    "fast": ["Ramadan", "Yom Kippur", "Lent", "Navratri"],
    "greet": ["Diwali", "Hanukkah", "Lunar New Year", "Eid", "Nowruz", "Thanksgiving",
              "Kwanzaa", "Easter"],
}
DRUGS = ["Advil", "metformin", "lisinopril", "Ozempic", "vitamin D", "fish oil", "amoxicillin",
         "Zoloft", "insulin", "melatonin", "ibuprofen", "Eliquis", "prednisone", "Tylenol",
         "atorvastatin", "Panadol", "levothyroxine", "albuterol", "gabapentin", "Xarelto",
         "omeprazole", "Adderall", "magnesium", "ashwagandha", "Paxlovid", "warfarin",
         "acetaminophen", "Jardiance", "turmeric", "Lexapro"]
CONDITIONS = {
    "mass": ["type 2 diabetes", "AFib", "asthma", "COPD", "migraines", "high blood pressure",
             "hypertension", "sickle cell anemia", "depression", "celiac disease", "long COVID",
             "sleep apnea", "lupus", "Crohn's disease", "epilepsy", "shingles", "anxiety",
             "gout", "hypothyroidism", "endometriosis", "psoriasis", "tuberculosis", "malaria",
             "rheumatoid arthritis", "multiple sclerosis", "PTSD", "ADHD", "chronic fatigue syndrome",
             "Parkinson's", "kidney disease", "glaucoma", "fibromyalgia"],
    "count": ["kidney stone", "blood clot", "stroke", "heart attack", "UTI", "stomach ulcer",
              "sinus infection", "panic attack", "seizure", "hernia"],
}
PROCEDURES = {
    "mass": ["physical therapy", "dialysis", "chemo", "blood work", "chemotherapy", "radiation",
             "IVF", "acupuncture", "speech therapy", "occupational therapy", "cognitive behavioral therapy",
             "physio", "allergy shots"],
    "count": ["CT scan", "MRI", "colonoscopy", "knee replacement", "root canal", "C-section",
              "mammogram", "X-ray", "ultrasound", "stress test", "biopsy", "EKG", "Pap smear",
              "hip replacement", "endoscopy", "cataract surgery", "sleep study", "angioplasty",
              "bone density scan", "flu shot", "tetanus shot"],
}
INJURIES = {
    "verb": ["broke my arm", "sprained my ankle", "twisted my knee", "cut my hand",
             "dislocated my shoulder", "fractured my wrist", "tore my ACL", "burned my hand",
             "bruised my ribs", "broke two toes", "tore my rotator cuff", "hurt my back",
             "broke my nose", "pulled my hamstring", "chipped my tooth", "sprained my wrist"],
    "noun": ["sprained wrist", "concussion", "torn ACL", "whiplash", "fractured ankle",
             "broken collarbone", "dislocated shoulder", "bruised ribs", "hairline fracture",
             "broken leg", "torn meniscus", "burns", "broken hip", "neck injury", "stitches"],
    "a": ["sprained wrist", "concussion", "torn ACL", "fractured ankle", "broken collarbone",
          "dislocated shoulder", "hairline fracture", "broken rib", "torn meniscus",
          "deep cut on my hand", "sprain", "fractured skull", "broken finger"],
    "mass": ["whiplash", "bruised ribs", "second-degree burns", "two cracked ribs",
             "cuts all over his arms", "internal bleeding", "broken ribs", "facial fractures"],
}
ATTRS = {
    "height": [("190cm tall", "one ninety centimeters tall"), ("six five", "six five"),
               ("5'9", "five nine"), ("6'2", "six two"), ("five foot two", "five foot two"),
               ("165 centimeters", "one sixty five centimeters"), ("4'11", "four eleven"),
               ("six foot four", "six foot four"), ("1.8 meters", "one point eight meters")],
    "hair": ["red hair", "green eyes", "curly gray hair", "freckles", "dreadlocks",
             "long black hair", "blue eyes", "vitiligo", "hazel eyes", "bleached blond hair",
             "cornrows", "box braids"],
    "mark": ["scar across his chin", "tattoo on his neck", "limp", "birthmark on his cheek",
             "mole above his lip", "prosthetic leg", "missing front tooth", "burn scar on his arm",
             "hearing aid", "cleft lip"],
    "cond": ["deaf", "blind in one eye", "hard of hearing", "paralyzed from the waist down",
             "legally blind", "colorblind", "nearsighted", "partially deaf"],
    "weight": [("200 pounds", "two hundred pounds"), ("90 kilos", "ninety kilos"),
               ("300 pounds", "three hundred pounds"), ("150 pounds", "one fifty pounds"),
               ("110 kg", "one hundred ten kilos"), ("16 stone", "sixteen stone")],
    "build": ["heavyset", "stocky", "bald", "skinny", "muscular", "overweight",
              "petite", "tall and thin", "hunched over"],
}
PETS = ["Biscuit", "Rex", "Mochi", "Simba", "Pepper", "Tiko", "Loki", "Bella", "Chispa",
        "Kuma", "Whiskers", "Bruno", "Nala", "Pickles"]
PW_WORDS = ["alfalfa", "sunflower", "kiwi", "mango", "river", "owl", "chai", "tiger", "Lagos",
            "bluebird", "cactus", "dragon", "salsa", "nimbus", "pepper", "Kyoto", "maple",
            "falcon", "jollof", "zebra", "tulip"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.fr", "proton.me",
                 "icloud.com", "yahoo.com", "mail.ru", "gmx.de", "rediffmail.com",
                 "uonbi.ac.ke", "shaw.ca", "bigpond.com", "comcast.net", "naver.com"]
URLS = ["https://www.site.org/help", "spectrum.com/outages", "www.nhs.uk/conditions",
        "kra.go.ke", "https://portal.mybenefits.gov/login", "irs.gov/refunds",
        "www.dmv.ca.gov", "https://help.example.com/reset", "bit.ly/3xYz9Q",
        "mycitywater.com/pay", "https://www.gov.uk/apply-passport", "ticketsonline.co.za",
        "http://192.168.1.1/admin", "docs.google.com/forms", "www.canada.ca/en/services",
        "facebook.com/groups/eastsiderenters", "https://www.amazon.in/returns",
        "linkedin.com/in/priya-k", "jollofbyada.shop", "www.bbc.co.uk/news",
        "support.apple.com/billing", "https://mygrades.uol.edu/portal"]
FILENAMES = ["Taxes/2012/brad-tax-returns.pdf", "resume_2024.pdf", "IMG_4471.HEIC",
             "invoice-88213.xlsx", "Q3_budget_final_v2.xlsx", "scan0042.jpg",
             "C:\\Users\\amara\\Documents\\lease.docx", "contrato_arrendamiento.pdf",
             "passport_scan.png", "notes.txt", "claim_photos.zip", "Medical/2023/xray_left_knee.dcm",
             "W2_2023_final.pdf", "birth-certificate.jpeg", "payslips/march.pdf",
             "Screenshot 2024-05-02.png", "kofi_cv.docx", "lab_results_0611.pdf",
             "backup.tar.gz", "wedding-video.mov", "rent_receipt_june.pdf", "budget.csv",
             "~/Downloads/statement_0424.pdf", "IMG-20230718-WA0003.jpg"]
USERNAMES = ["@night_owl_dee", "jmartinez84", "kofi.builds", "xX_sakura_Xx", "ravi_k_2001",
             "real_olu_", "lena.wolff", "ahmed1990", "@tanaka_eats", "bigpapi_77",
             "@mwangi.codes", "sweetpea_ng", "d.okonkwo", "@lucia_viaja", "gamer4life_tj",
             "siobhan.reads", "@chef_bao", "user_4471", "kenji-sensei", "@astro.ingrid",
             "p.kapoor22", "ninja_nana", "@ewa_w", "farid.builds"]
EMAIL_LOCAL = ["sarah.jones", "k.okafor", "mei_lin88", "jp.dubois", "arjun.mehta", "fatima.z",
               "tomasz.nowak", "lucia-f", "kwame.mensah", "ingrid.l", "dmitri_p", "hana.kim",
               "ndlovu.family", "bao.pham1985", "ximena.quispe", "olu.adeyemi", "s.obrien",
               "rahul.kapoor", "amara_osei", "giulia.rossi", "yusuf.haddad", "leilani.k"]


# ---------------------------------------------------------------- value generators
def g_person_name(rng, kind, ctx):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    kind = kind or rng.choice(["full", "full", "first", "hon", "cred"])
    if kind == "full":
        return val(f"{first} {last}")
    if kind == "first":
        return val(first)
    if kind == "last":
        ctx["last"] = last
        return val(last)
    if kind == "spelled":
        src = ctx.get("last", last).replace("'", "").replace("-", "").replace(" ", "")
        sp = " ".join(src.upper())
        return val(sp, sp.lower())
    if kind == "hon":
        h = rng.choice(HON)
        return val(f"{h} {last}" if rng.random() < 0.7 else f"{h} {first} {last}")
    if kind == "cred":
        c = rng.choice(CREDS)
        return val(f"Dr. {first} {last}, {c}" if c in ("MD", "PhD", "DDS")
                   else f"{first} {last}, {c}")
    raise KeyError(kind)


def g_phone(rng, kind, ctx):
    st = digit_style(rng)
    sep = rng.choice([", ", " "])
    kind = kind or rng.choice(["us", "us", "us", "tollfree", "local", "intl", "intl"])
    D = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if kind == "intl":
        cc, groups = rng.choice([
            ("44", ["20", "7946", "0" + D(3)]), ("44", ["7700", "900" + D(3)]),
            ("91", ["98" + D(3), D(5)]), ("234", ["803", D(3), D(4)]),
            ("254", ["712", D(3), D(3)]), ("52", ["55", D(4), D(4)]),
            ("63", ["917", D(3), D(4)]), ("61", ["4" + D(2), D(3), D(3)]),
            ("49", ["30", D(7)]), ("233", ["24", D(3), D(4)]), ("81", ["90", D(4), D(4)]),
            ("48", ["601", D(3), D(3)]), ("57", ["310", D(3), D(4)])])
        w = "+" + cc + " " + " ".join(groups)
        s = "plus " + say_digits(cc, st) + sep + sep.join(say_digits(g, st) for g in groups)
        return val(w, s)
    if kind == "local":
        line = "01" + D(2)
        return val(f"555-{line}", "five five five" + sep + say_digits(line, st))
    if kind == "tollfree":
        area = rng.choice(["800", "888", "877", "866"])
        ex, line = "555", "01" + D(2)
        w = f"1-{area}-{ex}-{line}"
        a_s = "eight hundred" if area == "800" else say_digits(area, st)
        return val(w, "one " + a_s + sep + say_digits(ex, st) + sep + say_digits(line, st))
    area = str(rng.randint(2, 9)) + D(2)
    if rng.random() < 0.5:
        ex, line = "555", "01" + D(2)
    else:
        ex, line = str(rng.randint(2, 9)) + D(2), D(4)
    fmt = rng.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}",
                      "+1 {a}-{e}-{l}", "+1 ({a}) {e}-{l}", "1-{a}-{e}-{l}"])
    w = fmt.format(a=area, e=ex, l=line)
    pre = "plus one " if w.startswith("+1") else ("one " if w.startswith("1-") else "")
    return val(w, pre + sep.join(say_digits(g, st) for g in (area, ex, line)))


def g_email(rng, kind, ctx):
    if kind == "work":
        first, last = rng.choice(FIRST), rng.choice(LAST)
        clean = lambda x: re.sub(r"[^a-z]", "", x.lower().translate(  # noqa: E731
            str.maketrans("áéíóúñöøåäńśłçü", "aeiounooaanslcu")))
        dom = rng.choice(["acme-logistics.com", "stlukes.org", "tcs.co.in", "unilag.edu.ng",
                          "kpmg.co.za", "citydental.ca"])
        w = f"{clean(first)}.{clean(last)}@{dom}"
    else:
        w = f"{rng.choice(EMAIL_LOCAL)}@{rng.choice(EMAIL_DOMAINS)}"
    return val(w, speak_symbols(w, rng))


def g_url(rng, kind, ctx):
    u = rng.choice(URLS)
    s = u.replace("https://", "").replace("http://", "")
    s = s.replace("www.", "w w w dot " if rng.random() < 0.6 else "")
    return val(u, speak_symbols(s, rng))


def g_ip(rng, kind, ctx):
    if not ctx["spoken"] and rng.random() < 0.2:
        groups = ["2001", "db8", f"{rng.randint(0, 0xffff):x}", "", f"{rng.randint(0, 0xffff):x}",
                  f"{rng.randint(1, 0xfff):x}"]
        w = ":".join(groups)
        return val(w, None)
    octs = [rng.choice([10, 172, 192, 203, 198, 100, 45, 81]), rng.randint(0, 255),
            rng.randint(0, 255), rng.randint(1, 254)]
    if octs[0] == 192:
        octs[1] = 168
    st = digit_style(rng)
    st["mode"] = "plain"
    by_words = rng.random() < 0.4
    s = " dot ".join(words(o) if by_words else say_digits(str(o), st) for o in octs)
    return val(".".join(map(str, octs)), s)


def g_filename(rng, kind, ctx):
    f = rng.choice(FILENAMES)
    return val(f, speak_symbols(f, rng))


def g_username(rng, kind, ctx):
    u = rng.choice(USERNAMES)
    return val(u, speak_symbols(u, rng, keep_at=True))


def g_age(rng, kind, ctx):
    n = rng.randint(3, 16) if kind == "kid" else rng.randint(19, 94)
    if kind == "old":
        n = rng.randint(67, 101)
    w = str(n) if rng.random() < 0.85 else words(n)
    return val(w, words(n))


def _md(rng):
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return m, d


def g_date(rng, kind, ctx):
    m, d = _md(rng)
    mon = MONTHS[m - 1]
    kind = kind or rng.choice(["md", "md", "mdth", "slash", "weekday", "ofmonth", "full"])
    if kind == "weekday":
        wd = rng.choice(WEEKDAYS)
        return val(wd)
    if kind == "ordinal":
        return val(ordinal_suffix(d), ordinal_words(d))
    if kind == "md":
        return val(f"{mon} {d}", f"{mon} {ordinal_words(d)}")
    if kind == "mdth":
        return val(f"{mon} {ordinal_suffix(d)}", f"{mon} {ordinal_words(d)}")
    if kind == "ofmonth":
        return val(f"{ordinal_suffix(d)} of {mon}", f"{ordinal_words(d)} of {mon}")
    if kind == "slash":
        if rng.random() < 0.5:
            return val(f"{m}/{d}", f"{words(m)} {words(d)}")
        y = rng.choice([2023, 2024, 2025])
        return val(f"{m:02d}/{d:02d}/{y}", f"{words(m)} {words(d)} {year_words(y, rng)}")
    if kind == "full":
        y = rng.choice([2019, 2021, 2022, 2023, 2024, 2025])
        return val(f"{mon} {d}, {y}", f"{mon} {ordinal_words(d)} {year_words(y, rng)}")
    raise KeyError(kind)


def g_dob(rng, kind, ctx):
    m, d = _md(rng)
    y = rng.randint(1938, 2006)
    mon = MONTHS[m - 1]
    yw = year_words(y, rng)
    kind = kind or rng.choice(["long", "long", "slash", "dmy", "th", "iso"])
    if kind == "md":
        return val(rng.choice([f"{mon} {ordinal_suffix(d)}", f"{mon} {d}"]),
                   f"{mon} {ordinal_words(d)}")
    if kind == "long":
        return val(f"{mon} {d}, {y}", f"{mon} {ordinal_words(d)} {yw}")
    if kind == "th":
        return val(f"{mon} {ordinal_suffix(d)}, {y}", f"{mon} {ordinal_words(d)} {yw}")
    if kind == "dmy":
        return val(f"{d} {mon} {y}", f"{ordinal_words(d)} of {mon} {yw}")
    if kind == "iso":
        return val(f"{y}-{m:02d}-{d:02d}", f"{yw} {words(m)} {words(d)}")
    st = {"zero": rng.choice(["oh", "zero"]), "mode": "plain"}
    return val(f"{m:02d}/{d:02d}/{y}", f"{say_digits(f'{m:02d}', st)} "
               f"{say_digits(f'{d:02d}', st)} {yw}")


def g_date_interval(rng, kind, ctx):
    kind = kind or rng.choice(["yrange", "monthyear", "month", "season", "decade", "span",
                               "dayrange"])
    y = rng.randint(1979, 2025)
    if kind == "yrange":
        y2 = y + rng.randint(1, 6)
        return val(rng.choice([f"{y}-{y2}", f"{y} to {y2}"]),
                   f"{year_words(y, rng)} to {year_words(y2, rng)}")
    if kind == "dayrange":
        mon, a = rng.choice(MONTHS), rng.randint(1, 20)
        b = a + rng.randint(2, 7)
        return val(rng.choice([f"{a}-{b} {mon}", f"{mon} {a}-{b}", f"{mon} {a} to {b}"]),
                   f"{mon} {ordinal_words(a)} to {ordinal_words(b)}")
    if kind == "monthyear":
        mon = rng.choice(MONTHS)
        return val(f"{mon} {y}", f"{mon} {year_words(y, rng)}")
    if kind == "month":
        return val(rng.choice(MONTHS))
    if kind == "season":
        s = rng.choice(["spring", "summer", "fall", "winter", "autumn"])
        y = rng.randint(2015, 2027)
        return val(rng.choice([f"{s} of {y}", f"{s} {y}"]), f"{s} of {year_words(y, rng)}")
    if kind == "decade":
        dec = rng.choice([1960, 1970, 1980, 1990, 2000])
        spoken = {1960: "nineteen sixties", 1970: "nineteen seventies", 1980: "nineteen eighties",
                  1990: "nineties", 2000: "two thousands"}[dec]
        return val(f"{dec}s", spoken)
    if kind == "year":
        y = rng.randint(2004, 2024)
        return val(str(y), year_words(y, rng))
    if kind == "span":
        a, b = rng.sample(range(12), 2)
        if rng.random() < 0.5:
            da, db = rng.randint(1, 28), rng.randint(1, 28)
            return val(f"{MONTHS[a]} {ordinal_suffix(da)} to {MONTHS[b]} {ordinal_suffix(db)}",
                       f"{MONTHS[a]} {ordinal_words(da)} to {MONTHS[b]} {ordinal_words(db)}")
        j = rng.choice(["to", "through"])
        return val(f"{MONTHS[a]} {j} {MONTHS[b]}")
    raise KeyError(kind)


UNITS = ["minutes", "hours", "days", "weeks", "months", "years", "business days"]


def g_duration(rng, kind, ctx):
    if kind == "range":
        a = rng.randint(2, 10)
        b = a + rng.randint(2, 5)
        unit = rng.choice(["business days", "days", "weeks", "hours", "working days"])
        w = rng.choice([f"{words(a)} to {words(b)} {unit}", f"{a} to {b} {unit}",
                        f"{a}-{b} {unit}"])
        return val(w, f"{words(a)} to {words(b)} {unit}")
    if kind == "adj":
        n, unit = rng.choice([(24, "hour"), (90, "day"), (5, "day"), (30, "day"), (12, "month"),
                              (10, "year"), (60, "day"), (2, "year"), (3, "month")])
        w = rng.choice([f"{n}-{unit}", f"{words(n)} {unit}"])
        return val(w, f"{words(n)} {unit}")
    units = {"short": ["minutes", "minutes", "hours"], "long": ["days", "weeks", "months", "years"],
             "lease": ["months", "years"]}.get(kind, UNITS)
    if rng.random() < 0.12:
        w = rng.choice({"short": ["one and a half hours", "forty five minutes"],
                        "lease": ["two and a half years"]}.get(
            kind, ["two and a half years", "six and a half weeks"]))
        return val(w, w)
    unit = rng.choice(units)
    top = {"minutes": 90, "hours": 48, "days": 45, "weeks": 20, "months": 30, "years": 40,
           "business days": 15}[unit]
    n = rng.randint(2, top)
    w = words(n) + " " + unit if n < 10 and rng.random() < 0.5 else f"{n} {unit}"
    return val(w, f"{words(n)} {unit}")


def g_time(rng, kind, ctx):
    h = rng.randint(1, 12)
    m = rng.choice([0, 0, 15, 30, 45, 10, 20, 40, 5])
    if kind == "range":
        form = rng.choice(["bare", "ampm", "noon"])
        if form == "bare":
            a = rng.randint(1, 8)
            b = a + rng.randint(2, 4)
            return val(f"{a} and {b}", f"{words(a)} and {words(b)}")
        a = rng.randint(7, 11)
        if form == "noon":
            return val(f"{a} and noon", f"{words(a)} and noon")
        b = rng.randint(1, 6)
        ap = rng.choice([("a.m.", "p.m."), ("am", "pm"), ("AM", "PM")])
        return val(f"{a} {ap[0]} and {b} {ap[1]}", f"{words(a)} a.m. and {words(b)} p.m.")
    mm = f"{m:02d}"
    mw = "" if m == 0 else " " + (f"oh {ONES[m]}" if m < 10 else words(m))
    form = rng.choice(["ampm", "ampm", "zone", "oclock", "morning", "noon", "colon", "ampm"])
    if form == "noon":
        x = rng.choice(["noon", "midnight"])
        return val(x)
    if form == "oclock":
        return val(f"{h} o'clock", f"{words(h)} o'clock")
    if form == "morning":
        part, h = rng.choice([("in the morning", rng.randint(5, 11)),
                              ("in the evening", rng.randint(5, 9)),
                              ("at night", rng.randint(8, 11)),
                              ("in the afternoon", rng.randint(1, 5))])
        return val(f"{h}{'' if m == 0 else ':' + mm} {part}", f"{words(h)}{mw} {part}")
    if form == "colon":
        m = m or 30
        return val(f"{h}:{m:02d}", f"{words(h)} {words(m)}")
    ap = rng.choice(["a.m.", "p.m.", "am", "pm", "AM", "PM"])
    sp = {"am": "a.m.", "pm": "p.m.", "AM": "a.m.", "PM": "p.m."}.get(ap, ap)
    w = f"{h}{'' if m == 0 else ':' + mm}" + ("" if ap in ("am", "pm") and rng.random() < 0.5
                                              else " ") + ap
    if form == "zone":
        z, zs = rng.choice([("EST", "eastern"), ("PST", "pacific"), ("CST", "central"),
                            ("GMT", "g m t"), ("Eastern", "eastern"), ("Pacific", "pacific"),
                            ("IST", "i s t"), ("EAT", "east africa time")])
        return val(f"{w} {z}", f"{words(h)}{mw} {sp} {zs}")
    return val(w, f"{words(h)}{mw} {sp}")


CURRENCIES = [("$", "dollars", "USD"), ("€", "euros", None), ("£", "pounds", None),
              ("₹", "rupees", "rupees"), ("", "pesos", "pesos"), ("", "naira", "naira"),
              ("", "shillings", "shillings"), ("R", "rand", None), ("¥", "yen", None),
              ("C$", "Canadian dollars", None), ("", "dirhams", "dirhams"),
              ("", "zloty", "zloty"), ("A$", "Australian dollars", None)]


def money_words(n: int, cents: int, unit: str, rng) -> str:
    if 1100 <= n < 10000 and n % 100 != 0 and rng.random() < 0.4 and n % 1000 >= 100:
        main = f"{words(n // 100)} hundred" + (f" {words(n % 100)}" if n % 100 else "")
    else:
        main = words(n)
    if cents:
        small = "p" if unit == "pounds" else "cents"
        return rng.choice([f"{main} {unit} and {words(cents)} {small}", f"{main} {words(cents)}"])
    return f"{main} {unit}"


def g_money(rng, kind, ctx):
    if kind == "bucks":
        n = rng.choice([20, 35, 40, 60, 75, 15, 120, 90])
        w = rng.choice([f"{words(n)} bucks", f"{n} bucks", f"{words(n)} quid"])
        return val(w, w if not re.search(r"\d", w) else f"{words(n)} bucks")
    n = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 15000)])
    if kind == "bare":
        n = rng.randint(11, 99) * 100 + rng.choice([0, 50, 0])
        return val(f"{n:,}", money_words(n, 0, "", rng).strip())
    sym, unit, word = rng.choice(CURRENCIES)
    cents = rng.choice([0, 0, 50, 99, 25, 17]) if sym in ("$", "€", "£") and n < 5000 else 0
    num = f"{n:,}" + (f".{cents:02d}" if cents else "")
    if sym and (not word or rng.random() < 0.75):
        w = f"{sym}{num}"
    else:
        w = f"{num} {word or unit}"
    s = money_words(n, cents, unit, rng)
    if kind == "neg":
        return val("negative " + w, "negative " + s)
    return val(w, s)


def g_stat(rng, kind, ctx):
    kind = kind or "pct"
    if kind in ("pct", "spo2", "small"):
        n = {"pct": rng.choice([rng.randint(2, 99), rng.randint(2, 9) + 0.5]),
             "spo2": rng.randint(84, 99),
             "small": rng.choice([rng.randint(3, 24), rng.randint(3, 19) + 0.5])}[kind]
        nw = words(int(n)) + (" point five" if n != int(n) else "")
        w = rng.choice([f"{n:g}%", f"{n:g} percent", f"{n:g}%"])
        return val(w, f"{nw} percent")
    if kind == "rate":
        a, b = rng.choice([(1, 5), (1, 3), (1, 10), (2, 3), (1, 4), (3, 10), (1, 100), (1, 8)])
        w = rng.choice([f"{words(a)} in {words(b)}", f"{a} in {b}", f"{words(a)} out of {words(b)}"])
        return val(w, f"{words(a)} in {words(b)}" if re.search(r"\d", w) else w)
    if kind == "bp":
        a, b = rng.randint(105, 190), rng.randint(62, 110)
        sa = words(a) if rng.random() < 0.3 else f"{words(a // 100)} {words(a % 100)}"
        return val(rng.choice([f"{a} over {b}", f"{a}/{b}"]), f"{sa} over {words(b)}")
    if kind in ("a1c", "temp"):
        x = round(rng.uniform(5.6, 11.9), 1) if kind == "a1c" else round(rng.uniform(99.1, 104.2), 1)
        ip, dp = (int(t) for t in str(x).split("."))
        ipw = words(ip)
        if kind == "temp" and ip > 100 and rng.random() < 0.6:
            ipw = "one oh " + ONES[ip - 100]
        return val(str(x), f"{ipw} point {ONES[dp]}")
    n = {"chol": rng.randint(160, 320), "glucose": rng.randint(90, 320),
         "hr": rng.randint(48, 160), "sat": rng.randint(84, 99)}[kind]
    s = words(n) if n < 100 or rng.random() < 0.4 else f"{words(n // 100)} {words(n % 100)}" \
        if n % 100 >= 10 else words(n)
    return val(str(n), s)


def g_blood(rng, kind, ctx):
    g = rng.choice(["O", "A", "B", "AB"])
    pos = rng.random() < 0.5
    if kind == "typed":
        return val(f"type {g} {'positive' if pos else 'negative'}")
    w = rng.choice([f"{g}{'+' if pos else '-'}", f"{g} positive" if pos else f"{g} negative",
                    f"{g} {'pos' if pos else 'neg'}"])
    return val(w, f"{g} {'positive' if pos else 'negative'}")


def g_location(rng, kind, ctx):
    kind = kind or rng.choice(["city", "country", "landmark"])
    if kind == "street":
        num = rng.choice([rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
        name = rng.choice(STREET_NAMES)
        tw, ts = rng.choice(STREET_TYPES)
        if name.startswith("Calle"):
            tw, ts = "", ""
        base_w = f"{num} {name} {tw}".strip()
        st = digit_style(rng)
        nums = words(num) if num < 100 or rng.random() < 0.3 else (
            say_digits(str(num), {**st, "mode": "pairs"}) if len(str(num)) == 4 else
            f"{ONES[num // 100]} {words(num % 100) if num % 100 >= 10 else 'oh ' + ONES[num % 100]}")
        base_s = f"{nums} {name} {ts}".strip()
        if rng.random() < 0.35:
            u = rng.randint(1, 40)
            lab_w, lab_s = rng.choice([(", apartment ", " apartment "), (" Apt ", " apartment "),
                                       (", unit ", " unit "), (", Flat ", " flat "),
                                       (" #", " number ")])
            base_w += f"{lab_w}{u}"
            base_s += f"{lab_s}{words(u)}"
        return val(base_w, base_s)
    if kind in ("usc", "usst", "uszip"):
        if "csz" not in ctx:
            ctx["csz"] = rng.choice(US_CSZ)
        c, st_ab, st_full, z = ctx["csz"]
        if kind == "usc":
            return val(c)
        if kind == "usst":
            return val(st_ab, st_full)
        return val(z, say_digits(z, digit_style(rng)))
    if kind == "zip":
        z = rng.choice(POSTCODES)
        return val(z, say_code(z, rng).lower() if not z.isdigit() else say_digits(z, digit_style(rng)))
    if kind == "city":
        return val(rng.choice(CITIES))
    if kind == "region":
        return val(rng.choice(REGIONS))
    if kind == "country":
        return val(rng.choice(COUNTRIES))
    if kind == "landmark":
        return val(rng.choice(LANDMARKS))
    if kind == "airport":
        return val(rng.choice(AIRPORTS))
    if kind == "highway":
        w, s = rng.choice(HIGHWAYS)
        return val(w, s)
    raise KeyError(kind)


def g_org(rng, kind, ctx):
    return val(rng.choice(ORGS[kind or rng.choice(list(ORGS))]))


def g_pick(pool):
    def gen(rng, kind, ctx):
        src = pool if not isinstance(pool, dict) else pool[kind or next(iter(pool))]
        x = rng.choice(src)
        if isinstance(x, tuple):
            return val(x[0], x[1] if x[1] else speak_digits_inline(x[0], rng))
        return val(x, speak_digits_inline(x, rng) if re.search(r"\d", x) else x)
    return gen


def g_condition(rng, kind, ctx):
    x = rng.choice(CONDITIONS[kind or "mass"])
    return val(x, x.replace("2", "two"))


def g_password(rng, kind, ctx):
    kind = kind or "pw"
    D = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if kind in ("pin", "pin4"):
        p = D(4 if kind == "pin4" else rng.choice([4, 4, 4, 6, 5]))
        return val(p, say_digits(p, digit_style(rng)), code=True)
    if kind == "otp":
        p = D(6)
        w = rng.choice([p, p[:3] + " " + p[3:], p])
        return val(w, say_code(w, rng), code=True)
    if kind == "maiden":
        return val(rng.choice(LAST))
    if kind == "pet":
        return val(rng.choice(PETS))
    if kind == "city":
        return val(rng.choice(CITIES))
    if kind == "street":
        return val(rng.choice(STREET_NAMES))
    word = rng.choice(PW_WORDS)
    word2 = rng.choice(PW_WORDS)
    sym = rng.choice("!#%*-_@$")
    pat = rng.choice(["{W}{s}{n}", "{n}{s}{w}", "{w}{n4}", "{w}-{W2}-{n}", "{W}{n}{s}",
                      "temp{n4}", "{w}{s}{w2}{n}"])
    p = pat.format(W=word.capitalize(), w=word.lower(), W2=word2.capitalize(), w2=word2.lower(),
                   s=sym, n=D(2), n4=D(4))
    return val(p, speak_symbols(p, rng), code=True)


def g_ccn(rng, kind, ctx):
    st = digit_style(rng)
    if kind == "last4":
        d = "".join(rng.choice(string.digits) for _ in range(4))
        return val(d, say_digits(d, st), code=True)
    kind = kind or rng.choice(["visa", "visa", "mc", "amex", "disc", "mc"])
    if kind == "16":
        kind = rng.choice(["visa", "mc", "disc"])
    if kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        prefix = {"visa": "4", "mc": rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]),
                  "disc": "6011"}[kind]
        n = luhn_complete(prefix, 16, rng)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    assert luhn_ok(n)
    sep = rng.choice([" ", " ", "-", ""])
    sp = rng.choice([", ", " "])
    return val(sep.join(groups), sp.join(say_digits(g, st) for g in groups), code=True)


def g_cvv(rng, kind, ctx):
    n = 4 if kind == "4" else 3
    d = "".join(rng.choice(string.digits) for _ in range(n))
    return val(d, say_digits(d, digit_style(rng)), code=True)


def g_exp(rng, kind, ctx):
    m, y = rng.randint(1, 12), rng.randint(2025, 2033)
    kind = kind or rng.choice(["mmyy", "mmyy", "mmyyyy", "words"])
    mw = f"oh {ONES[m]}" if m < 10 else words(m)
    if kind == "words":
        mon = MONTHS[m - 1]
        return val(rng.choice([f"{mon} {y}", f"{mon} of {y}", f"{mon} {y}"]),
                   f"{mon} {year_words(y, rng)}")
    if kind == "mmyyyy":
        return val(f"{m:02d}/{y}", f"{mw} {year_words(y, rng)}")
    return val(f"{m:02d}/{y % 100:02d}", f"{mw} {words(y % 100)}")


def g_ssn(rng, kind, ctx):
    s = ssn(rng)
    st = digit_style(rng)
    if kind == "last4":
        return val(s[5:], say_digits(s[5:], st), code=True)
    w = rng.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}",
                    f"{s[:3]} {s[3:5]} {s[5:]}", s])
    sep = rng.choice([", ", " "])
    return val(w, sep.join(say_digits(g, st) for g in (s[:3], s[3:5], s[5:])), code=True)


ACCOUNT_SHAPES = ["LL-DDDD-DDDD", "DDDDDDDD", "LL-DDDD-DDD", "DDDD DDDD DDD", "'LN'-DDDD-DDDDDD",
                  "DDDDDDDDDDD", "LLLDDDDDDD", "DDD-DDD-DDD-D", "DDDDDD-DD", "L-DDDDDDD",
                  "DDDD-DDDD-DDDD", "LLDDDDDD", "DDDDDDDDDD", "DDD DDDD DDDD"]


def g_account(rng, kind, ctx):
    return code_val(rng.choice(ACCOUNT_SHAPES), rng)


def g_banking(rng, kind, ctx):
    kind = kind or rng.choice(["acct", "aba", "iban"])
    D = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if kind == "aba":
        r = aba_routing(rng)
        assert aba_ok(r)
        return val(r, say_code(r, rng), code=True)
    if kind == "acct":
        a = D(rng.choice([8, 9, 10, 11, 12]))
        a = rng.choice([a, a, "-".join([a[:4], a[4:]])])
        return val(a, say_code(a, rng), code=True)
    if kind == "iban":
        i = iban(rng)
        w = rng.choice([i, i, i.replace(" ", "")])
        return val(w, say_code(i, rng), code=True)
    if kind == "sort":
        s = f"{D(2)}-{D(2)}-{D(2)}"
        return val(s, say_code(s, rng), code=True)
    if kind == "ukacct":
        return code_val("DDDDDDDD", rng)
    if kind == "clabe":
        c = clabe(rng)
        w = rng.choice([c, f"{c[:3]} {c[3:6]} {c[6:17]} {c[17]}"])
        return val(w, say_code(w, rng), code=True)
    if kind == "transit":
        return code_val(rng.choice(["DDDDD-DDD", "DDD-DDD"]), rng)
    raise KeyError(kind)


def g_health(rng, kind, ctx):
    kind = kind or "member"
    if kind == "mbi":
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        c = [rng.choice("123456789"), rng.choice(al), rng.choice(an), rng.choice(string.digits),
             rng.choice(al), rng.choice(an), rng.choice(string.digits), rng.choice(al),
             rng.choice(al), rng.choice(string.digits), rng.choice(string.digits)]
        s = "".join(c)
        w = rng.choice([f"{s[:4]}-{s[4:7]}-{s[7:]}", s])
        return val(w, say_code(w, rng), code=True)
    pats = {"member": ["LLLDDDDDDDDD", "LDDDDDDDDDD", "DDDDDDDDD-DD", "LLL DDD DDD DDD",
                       "LDD-DDDD-DDDD", "DDDDDDDDDDLL"],
            "medicaid": ["DDDDDDDDDL", "LL DDDDD LL", "DDDDDDDD", "LLDDDDDDDD"],
            "mrn": ["DDDDDDDD", "LDDDDDDD", "DDD-DD-DDD", "DDDDDDD"],
            "nhs": ["DDD DDD DDDD"], "ohip": ["DDDD-DDD-DDD-LL", "DDDD DDD DDD"],
            "policy": ["DDDD-DDD-DDD-LL", "LLDDDDDDDD", "DDDDDDDD-DD"]}[kind]
    return code_val(rng.choice(pats), rng)


def g_dl(rng, kind, ctx):
    if kind == "uk" or (kind is None and rng.random() < 0.12):
        sur = re.sub(r"[^A-Z]", "", rng.choice(LAST).upper().translate(
            str.maketrans("ÁÉÍÓÚÖØÅÄŃŚŁÇÜ", "AEIOUOOAANSLCU")))[:5].ljust(5, "9")
        c = sur + shape("DDDDDDLLDLL", rng)
        return val(c, say_code(c, rng), code=True)
    pat = rng.choice(["LDDDDDDD", "DDD DDD DDD", "LDDD-DDD-DD-DDD-D", "LDDD-DDDD-DDDD",
                      "DDDDDDDD", "DDDDDD-DDD", "LDDDD-DDDDD-DDDDD", "LLDDDDDD", "DDDDDDDDD",
                      "LDDDDDDDDDDDD"])
    return code_val(pat, rng)


def g_passport(rng, kind, ctx):
    pat = rng.choice(["LLDDDDDDD", "LLDLDLDDLDD", "DDDDDDDDD", "LDDDDDDDD", "LDDDDDDD",
                      "LDDLDDLDD", "LLDDDDDD", "LDDDDDDDL", "LDDDDDDD", "DDDDDDDDD"])
    return code_val(pat, rng)


def g_vehicle(rng, kind, ctx):
    kind = kind or rng.choice(["vin", "plate", "plate"])
    if kind == "vin":
        v = vin(rng)
        chunks = rng.choice([[v], [v[:3], v[3:9], v[9:]], [v[:4], v[4:8], v[8:12], v[12:]]])
        return val(v, say_code(" ".join(chunks), rng), code=True)
    if kind == "partial":
        c = " ".join(shape("LLL", rng)) if rng.random() < 0.6 else shape("DLL", rng)
        return val(c, say_code(c, rng), code=True)
    if kind == "uk":
        return code_val(rng.choice(["LLDD LLL", "LLDDLLL"]), rng)
    pat = rng.choice(["LLLDDDD", "DLLLDDD", "LLL-DDDD", "LLL DDDD", "LL DD LL DDDD",
                      "L-LL DDDD", "'K'LL DDDL", "DDD-LLL", "LLDD LLL", "LL-DDD-LL"])
    return code_val(pat, rng)


NS_SHAPES = {
    "order": ["DDD-DDDDDDD-DDDDDDD", "LD-DDDDD", "LLL-DDDDDDD", "DDDDDDDD"],
    "conf": ["AAAAAA", "LLL DDD DDD", "DDDD-DDDD", "LDDDDDDDD"],
    "track": ["'1Z' DDD LLD DDDD DDDD DD", "9400 DDDD DDDD DDDD DDDD DD", "'TBA'DDDDDDDDDDDD",
              "LLDDDDDDDDDLL"],
    "case": ["LLDDDDDDD", "DD-DDDD", "'INC'-DDDDDD", "DDDD-'CV'-DDDDD", "DDDDDDDD"],
    "ticket": ["'TKT'-DDDDD", "DDDDDD", "LLL-DDDD"],
    "claim": ["'CLM'-DDDD-DDDDD", "DDDD-DD-DDDD", "LDDDDDDDDD"],
    "invoice": ["'INV'-DDDDD", "DDDD-DDDD", "LLDDDDD"],
    "booking": ["AAAAAA", "L-DDDDDD", "LLLDDDD"],
    "flight": ["'UA' DDDD", "'BA' DDD", "'ET' DDD", "'QR' DDD", "'KQ' DDD", "'AI' DDD",
               "'LH' DDD", "'DL' DDDD"],
    "emp": ["L-DDDDD", "DDDDDD", "'EMP' DDDDD", "LLDDDD"],
    "student": ["LDDDDDDDD", "DDDDDDDD", "DDD-DDD-DDD"],
    "serial": ["AADA-DDAA-DAD", "LDDLLDLLLLDL", "DDLL-DDDD-LL", "AAAAAAAAAAAA"],
    "gift": ["DDDD DDDD DDDD DDDD", "'GC'-DDDD-DDDD-DDDD", "DDDDDDDDDDDDDDDDDDD"],
    "parcel": ["DDD-DDD-DD-DD", "DD-DD-DDD-DDD", "DDDD-DDD-DDD"],
    "notary": ["DDDDDDD", "DDDDDDDDDD", "LLDDDDDD"],
    "ref": ["LL-DDDD-DD", "DDDDDDDDD", "'REF'-DDDDD"],
    "pnr": ["AAAAAA"],
    "wo": ["'WO'-DDDDD", "DDDDD", "LDDDDDD"],
    "rma": ["DDDDDD", "'R'LDDDDDD"],
    "badge": ["DDDD", "DDDDD", "LDDDD"],
    "docket": ["DDDD-LL-DDDDD", "DD-DDDDD"],
}


def g_ns(rng, kind, ctx):
    return code_val(rng.choice(NS_SHAPES[kind]), rng)


def g_occupation(rng, kind, ctx):
    return val(rng.choice(OCCUPATIONS))


GEN = {
    "person_name": g_person_name, "phone_number": g_phone, "email_address": g_email,
    "url": g_url, "ip_address": g_ip, "filename": g_filename, "username": g_username,
    "person_age": g_age, "date_of_birth": g_dob, "date": g_date,
    "date_interval": g_date_interval, "duration": g_duration, "time": g_time,
    "money_amount": g_money, "statistics": g_stat, "blood_type": g_blood,
    "location": g_location, "organization": g_org, "occupation": g_occupation,
    "nationality": g_pick(NATIONALITIES), "language": g_pick(LANGUAGES),
    "religion": g_pick(RELIGIONS), "political_affiliation": g_pick(POLITICS),
    "marital_status": g_pick(MARITAL), "gender_sexuality": g_pick(GENDER),
    "zodiac_sign": g_pick(ZODIAC), "event": g_pick(EVENTS), "drug": g_pick(DRUGS),
    "medical_condition": g_condition, "medical_process": g_pick(PROCEDURES),
    "injury": g_pick(INJURIES), "physical_attribute": g_pick(ATTRS),
    "password": g_password, "credit_card_number": g_ccn, "credit_card_cvv": g_cvv,
    "credit_card_expiration": g_exp, "us_social_security_number": g_ssn,
    "account_number": g_account, "banking_information": g_banking,
    "healthcare_number": g_health, "drivers_license": g_dl, "passport_number": g_passport,
    "vehicle_id": g_vehicle, "number_sequence": g_ns,
}
ALIAS = {"name": "person_name", "phone": "phone_number", "email": "email_address",
         "ip": "ip_address", "age": "person_age", "dob": "date_of_birth",
         "di": "date_interval", "dur": "duration", "money": "money_amount",
         "stat": "statistics", "bt": "blood_type", "loc": "location", "org": "organization",
         "occ": "occupation", "nat": "nationality", "lang": "language", "rel": "religion",
         "pol": "political_affiliation", "ms": "marital_status", "gs": "gender_sexuality",
         "z": "zodiac_sign", "ev": "event", "mc": "medical_condition", "mp": "medical_process",
         "inj": "injury", "pa": "physical_attribute", "pw": "password",
         "ccn": "credit_card_number", "cvv": "credit_card_cvv", "exp": "credit_card_expiration",
         "ssn": "us_social_security_number", "acct": "account_number",
         "bank": "banking_information", "hn": "healthcare_number", "dl": "drivers_license",
         "pp": "passport_number", "veh": "vehicle_id", "ns": "number_sequence"}

# ---------------------------------------------------------------- carrier frames
FRAMES: dict[str, list[str]] = {
    "person_name": [
        "Hi, this is {name:full} calling from {org:company}",
        "Can I speak to {name:hon}, please?",
        "My last name is {name:last}, that's {name:spelled}",
        "{name:first} said to call back after lunch",
        "I talked to somebody named {name:first} <yesterday|last week|this morning>",
        "The account's under my mother, {name:full}",
        "I'm supposed to see {name:cred} on the fourth floor",
        "Please make the check out to {name:full}",
        "Yes, {name:hon} referred me",
        "This is {name:first}, I'm returning a missed call",
        "You can put {name:full} down as the emergency contact",
    ],
    "phone_number": [
        "You can reach me at {phone}",
        "My cell is {phone}",
        "Call me back on {phone}",
        "The best number is {phone}, that's my mobile",
        "Fax it over to {phone}",
        "My work line is {phone:us}",
        "What's a good callback number? {phone}",
        "Text me at {phone}",
        "My [WhatsApp|organization] is {phone:intl}",
        "The landline at home is {phone:us}",
        "{phone}, that's the number they called me from",
        "The one you have on file should be {phone}",
    ],
    "email_address": [
        "My email is {email}",
        "Send it to {email}",
        "You can email me at {email}",
        "The login email is {email}",
        "It's {email}, all lowercase",
        "Did it go to {email} or my other one?",
        "My work email is {email:work}",
        "Can you cc {email} on that?",
        "I never got anything at {email}",
        "Update it to {email} please",
    ],
    "url": [
        "Go to {url}",
        "It says to visit {url}",
        "The link is {url}",
        "I found it on {url}",
        "Is the form still at {url}?",
        "They told me to check {url} for updates",
        "Type in {url} and click sign in",
        "The website on the letter is {url}",
        "I bookmarked {url} <last time|a while ago|yesterday>",
    ],
    "ip_address": [
        "My IP address is {ip}",
        "The router page shows {ip}",
        "It keeps trying to connect to {ip}",
        "Can you whitelist {ip}?",
        "The printer is sitting on {ip}",
        "My public IP is {ip}",
        "The error says host {ip} is unreachable",
        "Set the gateway to {ip}",
        "I'm getting {ip} when I run the test",
    ],
    "filename": [
        "I attached {filename}",
        "The file is called {filename}",
        "Did you get {filename}?",
        "It's saved as {filename}",
        "Open {filename} and scroll down",
        "I uploaded {filename} to the portal <yesterday|this morning|last night>",
        "The scan is {filename}",
        "Look for {filename} in the shared drive",
        "It keeps rejecting {filename}",
    ],
    "username": [
        "My username is {username}",
        "Follow me at {username}",
        "The login is {username}",
        "I'm {username} on there",
        "My handle is {username}",
        "Try {username}, that's what I sign in with",
        "My gamertag is {username}",
        "The user ID should be {username}",
        "Search for {username} and you'll find me",
    ],
    "person_age": [
        "I'm {age} years old",
        "My son is {age:kid}",
        "She's a {age}-year-old",
        "Age? {age}, {gs:sex}",
        "My dad just turned {age:old}",
        "I'm {age} and I've never had this problem before",
        "He's only {age:kid}",
        "At {age} you'd think I'd know better",
        "My grandmother is {age:old} and lives by herself",
        "I'll be {age} <next month|this year|in the spring>",
    ],
    "date_of_birth": [
        "My date of birth is {dob}",
        "DOB {dob}",
        "I was born on {dob}",
        "Born {dob}",
        "My birthday is {dob:md}",
        "Her birth date is {dob}",
        "Date of birth, {dob}",
        "{dob}, that's my birthday",
        "Can you confirm the date of birth? Yes, {dob}",
        "He was born {dob} in {loc:city}",
    ],
    "date": [
        "The appointment is on {date}",
        "Can we do {date:weekday} instead?",
        "It was delivered on {date}",
        "I paid it on the {date:ordinal}",
        "The letter is dated {date:full}",
        "I'm free next {date:weekday}",
        "Your payment is due {date}",
        "We moved in on {date:full}",
        "I called on {date:slash} and nobody got back to me",
        "It's booked for {date}",
    ],
    "date_interval": [
        "I lived there from {di:yrange}",
        "We'll be away {di:dayrange}",
        "I started in {di:monthyear}",
        "It happened back in {di:month}",
        "We're planning for the {di:season}",
        "Our records go back to the {di:decade}",
        "It's a {di:year} {org:carmaker}",
        "Coverage runs {di:span}",
        "That was back in {di:year}",
        "I was out of work most of {di:monthyear}",
    ],
    "duration": [
        "I've had it for {dur:long}",
        "It takes {dur:range} to clear",
        "We were on hold for {dur:short}",
        "It comes with a {dur:adj} warranty",
        "She's been out of work {dur:long}",
        "The refund takes {dur:range}",
        "I waited {dur:short} and then gave up",
        "It's been {dur:long} since the accident",
        "The battery only lasted {dur:short}",
        "My lease is for {dur:lease}",
    ],
    "time": [
        "Can you call me at {time}?",
        "The delivery window is between {time:range}",
        "I'll be there by {time}",
        "The store closes at {time}",
        "It happened around {time}",
        "My appointment's at {time}",
        "They open at {time}",
        "Let's say {time}, does that work?",
        "The flight leaves at {time}",
        "I usually get home around {time}",
    ],
    "money_amount": [
        "The bill came to {money}",
        "I was charged {money} twice",
        "They want {money} for the repair",
        "My rent is {money}",
        "Can I pay {money} now and the rest later?",
        "The balance shows {money:neg}",
        "With the fees it came to {money:bare} altogether",
        "I sent my mom {money} last week",
        "The deposit was {money}",
        "That's {money:bucks}, right?",
    ],
    "statistics": [
        "My A1C was {stat:a1c}",
        "Blood pressure was {stat:bp}",
        "My oxygen was at {stat:spo2}",
        "About {stat:rate} people get it",
        "They said there's a {stat:pct} chance it comes back",
        "My cholesterol came back at {stat:chol}",
        "The battery's at {stat:pct}",
        "His temperature was {stat:temp}",
        "The interest rate went up to {stat:small}",
        "Fasting glucose was {stat:glucose}",
        "Heart rate was {stat:hr} when they checked",
    ],
    "blood_type": [
        "My blood type is {bt}",
        "I'm {bt}, if that matters",
        "He's {bt:typed}",
        "The donor card says {bt}",
        "I donate a lot because I'm {bt:typed}",
        "They really need {bt} donors",
        "Is {bt} the universal one?",
        "Her chart says {bt:typed}",
        "My blood group is {bt}",
    ],
    "location": [
        "I live at {loc:street}",
        "Ship it to {loc:street}, {loc:city}",
        "I'm in {loc:usc}, {loc:usst} {loc:uszip}",
        "We're right by the {loc:landmark}",
        "I'm flying out of {loc:airport}",
        "Traffic on {loc:highway} was terrible",
        "I'm calling from {loc:country}",
        "My postal code is {loc:zip}",
        "We moved here from {loc:city}, {loc:region}",
        "The house is on {loc:street}",
    ],
    "organization": [
        "I bank with {org:bank}",
        "I work for {org:company}",
        "My insurance is through {org:insurer}",
        "She's at {org:hospital} right now",
        "He goes to {org:school}",
        "I got a letter from the {org:agency_the}",
        "I'm on {org:program}",
        "Can I pay with {org:network}?",
        "My internet is with {org:utility}",
        "I ordered it from {org:company}",
        "My car insurance is with {org:carinsurer}",
    ],
    "occupation": [
        "I'm ~a {occ}",
        "I work as ~a {occ} at {org:hospital}",
        "My wife's ~a {occ}",
        "The {occ} told me to call you",
        "I used to be ~a {occ} before I retired",
        "Can I talk to the {occ} who came out?",
        "I'm a self-employed {occ}",
        "The {occ} said it would be covered",
        "He's been ~a {occ} for {dur:long}",
        "Put down {occ} for occupation",
    ],
    "nationality": [
        "I'm {nat}",
        "My mom is {nat} and my dad is {nat}",
        "We're {nat}, we just moved here",
        "For ethnicity put {nat}",
        "She's {nat}, but she speaks {lang} at home",
        "I'm half {nat}",
        "He's {nat} by birth",
        "Race? {nat}",
        "A lot of {nat} families live on our street",
        "I'm {nat} but I grew up in {loc:country}",
    ],
    "language": [
        "Do you have someone who speaks {lang}?",
        "My mom only speaks {lang}",
        "Can I get the forms in {lang}?",
        "I'm more comfortable in {lang}",
        "{lang} is my first language",
        "Is there ~a {lang} option?",
        "She needs ~a {lang} [interpreter|occupation]",
        "Press two for {lang}",
        "I speak {lang} and a little {lang}",
        "We speak {lang} at home",
    ],
    "religion": [
        "I'm {rel}, so I can't do that day",
        "We're {rel}",
        "My family is {rel}",
        "Religion, put {rel}",
        "He was raised {rel}",
        "As ~a {rel}, I don't eat pork",
        "She converted, she's {rel} now",
        "We're not {rel} anymore",
        "I'm a practicing {rel}",
    ],
    "political_affiliation": [
        "I'm registered as ~a {pol:sing}",
        "My dad's a die-hard {pol:sing}",
        "The {pol:plural} want to cut it",
        "I've always voted {pol:sing}",
        "I've always leaned {pol:adj}",
        "My whole family is {pol:sing}",
        "I'm pretty {pol:adj} on most things",
        "Both my parents are {pol:plural}",
        "I switched from {pol:sing} to {pol:sing}",
    ],
    "marital_status": [
        "I'm {ms:adj}",
        "My {ms:ex} still has access to the account",
        "We're {ms:split} now, so take her off",
        "Marital status? {ms:adj}",
        "The policy was in my {ms:late}'s name",
        "I've been {ms:adj} for {dur:long}",
        "I'm a {ms:widow}",
        "My {ms:ex} and I share custody",
        "She's {ms:adj}, no kids",
        "I'm {ms:adj}, so it's just me on the lease",
    ],
    "gender_sexuality": [
        "I'm {gs}",
        "I identify as {gs}",
        "Gender? {gs:sex}",
        "My kid came out as {gs:out}",
        "I'm ~a {gs:woman} woman",
        "Put {gs:sex} on the form",
        "My partner is {gs:out}",
        "We're a {gs:couple} couple",
        "Is there an option besides [male|gender_sexuality] and [female|gender_sexuality]?",
        "{gs:sex}, {age}, first visit",
    ],
    "zodiac_sign": [
        "I'm ~a {z}",
        "My sign is {z}",
        "She's such ~a {z}",
        "What's your sign? {z}",
        "{z} season starts soon",
        "My birthday makes me ~a {z}",
        "He's ~a {z} and I'm ~a {z}",
        "Of course you're ~a {z}",
        "Typical {z}, right?",
    ],
    "event": [
        "We're closed for {ev:any}",
        "I'm traveling for {ev:any}",
        "Can it arrive before {ev:any}?",
        "We watched the {ev:the} at my brother's",
        "It was during {ev:any}",
        "My family does a big dinner for {ev:greet}",
        "I got tickets to {ev:fest}",
        "After {ev:any} the prices go up",
        "I'm fasting for {ev:fast}",
        "Happy {ev:greet}!",
    ],
    "drug": [
        "I take {drug} every morning",
        "Is it safe to mix {drug} with {drug}?",
        "They put me on {drug}",
        "I'm allergic to {drug}",
        "I need a refill on my {drug}",
        "I ran out of {drug}",
        "Does the plan cover {drug}?",
        "I've been taking {drug} for my {mc}",
        "She stopped the {drug} last week",
        "Can I take {drug} on an empty stomach?",
    ],
    "medical_condition": [
        "I was diagnosed with {mc}",
        "My mom has {mc}",
        "I've got {mc}, so I get tired",
        "It's for my {mc}",
        "He had a {mc:count} <last year|a while ago|in the spring>",
        "Does it cover {mc}?",
        "I'm being treated for {mc}",
        "She's dealing with {mc}",
        "There's a history of {mc} in my family",
        "My {mc} is acting up again",
    ],
    "medical_process": [
        "I'm scheduled for my {mp:count} on {date}",
        "She's been doing {mp:mass}",
        "The {mp:count} came back normal",
        "Is {mp:mass} covered?",
        "I need prior authorization for the {mp:count}",
        "He started {mp:mass} <last week|this month|yesterday>",
        "They want me to get the {mp:count} done",
        "I missed my {mp:count}",
        "After the {mp:count} I couldn't drive",
        "How much is {mp:mass} without insurance?",
    ],
    "injury": [
        "I {inj:verb} at work",
        "I {inj:verb} playing soccer",
        "Her {inj:noun} is still healing",
        "I think I {inj:verb}",
        "The claim is for his {inj:noun}",
        "They said it's just a {inj:a}",
        "I slipped on the ice and {inj:verb}",
        "He got {inj:mass} in the crash",
        "I {inj:verb} last month and I'm still off",
        "The [X-ray|medical_process] showed a {inj:a}",
    ],
    "physical_attribute": [
        "He's {pa:height}",
        "She has {pa:hair}",
        "He has a {pa:mark}",
        "I'm {pa:cond}, so please text instead",
        "My son is {pa:cond}",
        "He weighs {pa:weight}",
        "The guy was {pa:build}",
        "You'll recognize me, I've got {pa:hair}",
        "I'm {pa:height}, so the seat doesn't fit",
        "The man who took it was {pa:build} with {pa:hair}",
    ],
    "password": [
        "My password is {pw}",
        "The PIN is {pw:pin}",
        "The code you just texted me is {pw:otp}",
        "My mother's maiden name is {pw:maiden}",
        "First pet, {pw:pet}",
        "The verification code is {pw:otp}",
        "Passcode for the voicemail is {pw:pin}",
        "I changed it to {pw}, one word",
        "The city I was born in? {pw:city}",
        "The four digits I punch in at the ATM are {pw:pin4}",
        "The street I grew up on, that's {pw:street}",
        "Access key is {pw}",
    ],
    "credit_card_number": [
        "My card number is {ccn}",
        "It's the [Visa|organization] ending in {ccn:last4}",
        "The long number on the front is {ccn}",
        "Debit card, {ccn}",
        "{ccn}, that's the card I want to use",
        "Can you read me the card? Sure, {ccn}",
        "Use the one ending in {ccn:last4}",
        "My [Amex|organization] is {ccn:amex}",
        "The sixteen digits are {ccn:16}",
        "The card on file ends with {ccn:last4}",
        "Charge it to my [Mastercard|organization], {ccn:mc}",
    ],
    "credit_card_cvv": [
        "The CVV is {cvv}",
        "Security code {cvv}",
        "The three digits on the back are {cvv}",
        "CVC, {cvv}",
        "It's the four digit code on the front of the [Amex|organization], {cvv:4}",
        "The little code by the signature strip is {cvv}",
        "Card verification value {cvv}",
        "And the code on the back? {cvv}",
        "The CID is {cvv:4}",
    ],
    "credit_card_expiration": [
        "It expires {exp}",
        "Expiration date {exp}",
        "Exp {exp}",
        "Valid thru {exp}",
        "The card's good through {exp}",
        "Expiry is {exp}",
        "And the expiration on the card? {exp}",
        "{exp}, that's when the card expires",
        "The new card expires in {exp:words}",
        "Expiration's {exp}, and the CVV is {cvv}",
    ],
    "us_social_security_number": [
        "My social security number is {ssn}",
        "SSN {ssn}",
        "The last four of my social are {ssn:last4}",
        "My social is {ssn}",
        "It's {ssn}, that's my social",
        "You need my social for the credit check? It's {ssn}",
        "The number on my social security card is {ssn}",
        "Last four of the SSN? {ssn:last4}",
        "SS number {ssn}",
        "Social's {ssn}, I think",
    ],
    "account_number": [
        "My account number with {org:utility} is {acct}",
        "The customer number on the top right of the bill is {acct}",
        "It's for my home insurance, policy number {acct}",
        "Can I get your membership number? Sure, it's {acct}",
        "My rewards number is {acct}",
        "{acct}, that's the loan number on the statement",
        "The frequent flyer number is {acct}",
        "For the gas bill the account is {acct}",
        "I'm calling about my car insurance with {org:carinsurer}, the policy is {acct}",
        "The number on the back of my gym card is {acct}",
        "Mortgage account {acct}, it's under my wife's name",
        "Member ID for the warehouse club is {acct}",
    ],
    "banking_information": [
        "My checking account number is {bank:acct}",
        "And the routing number, {bank:aba}",
        "For direct deposit use account {bank:acct}",
        "The IBAN is {bank:iban}",
        "It's the nine digits on the bottom left of the check, {bank:aba}",
        "Savings is {bank:acct}, the other one's checking",
        "Sort code {bank:sort}, account {bank:ukacct}",
        "Wire it to {bank:iban}, that's my account at {org:bank}",
        "The transit number on my cheques is {bank:transit}",
        "My CLABE is {bank:clabe}",
        "Where should we send the refund? To my bank account, {bank:acct}",
        "RTN {bank:aba}, that's the routing",
    ],
    "healthcare_number": [
        "My [Medicare|organization] number is {hn:mbi}",
        "The member ID on my {org:insurer} card is {hn:member}",
        "Subscriber ID {hn:member}",
        "Her medical record number is {hn:mrn}",
        "My [NHS|organization] number is {hn:nhs}",
        "It's my health card, {hn:ohip}",
        "For my dental plan the policy number is {hn:policy}",
        "[Medicaid|organization] ID, {hn:medicaid}",
        "Do you have your health insurance card? Yeah, the ID is {hn:member}",
        "The hospital put him under chart number {hn:mrn}",
        "Health plan policy no. {hn:policy}",
    ],
    "drivers_license": [
        "My driver's license number is {dl}",
        "DL number {dl}",
        "It's on my license, {dl}",
        "The state ID number is {dl}",
        "My driving licence number is {dl:uk}",
        "You want the number off my license? {dl}",
        "{dl}, that's my license",
        "My learner's permit number is {dl}",
        "Operator license {dl}",
        "The licence number on the ticket was {dl}",
    ],
    "passport_number": [
        "My passport number is {pp}",
        "Passport no. {pp}",
        "The number at the top of the photo page is {pp}",
        "{pp}, that's the passport",
        "It's my [Indian|nationality] passport, number {pp}",
        "Travel document number {pp}",
        "Did you need the passport number too? Yeah, {pp}",
        "For the visa form I put {pp} as my passport",
        "My passport book number is {pp}",
        "The new passport's number is {pp}",
    ],
    "vehicle_id": [
        "The VIN is {veh:vin}",
        "Vehicle identification number {veh:vin}",
        "My plate number is {veh:plate}",
        "License plate {veh:plate}",
        "It's a {di:year} {org:carmaker}, tag number {veh:plate}",
        "The reg is {veh:uk}",
        "The plate started with {veh:partial}",
        "Chassis number {veh:vin}",
        "The number on the dashboard by the windshield is {veh:vin}",
        "{veh:plate}, that's the car that hit me",
        "The frame number on the motorcycle is {veh:vin}",
    ],
    "number_sequence": [
        "My order number is {ns:order}",
        "Confirmation number {ns:conf}",
        "The tracking number is {ns:track}",
        "I have a case number, {ns:case}",
        "Ticket number {ns:ticket}",
        "The claim number they gave me was {ns:claim}",
        "Invoice {ns:invoice}",
        "The reservation number is {ns:booking}",
        "I'm on flight {ns:flight}",
        "My employee ID is {ns:emp}",
        "Student ID {ns:student}",
        "The serial number on the back of the router is {ns:serial}",
        "The gift card number is {ns:gift}",
        "{ns:parcel}, that's the parcel number on the tax bill",
        "{ns:order}, that's the order",
        "It's {ns:notary}, my notary commission number",
        "Do you have a reference number? Yeah, {ns:ref}",
        "What was the booking code? {ns:pnr}",
        "Can you read me the work order? Sure, {ns:wo}",
        "It's printed on the receipt right under the barcode, {ns:order}",
        "The email from the airline just says {ns:pnr} at the top",
        "The sticker on the package reads {ns:track}",
        "RMA {ns:rma}, for the return",
        "My badge number is {ns:badge}",
        "{ns:docket}, that's the docket number for my hearing",
    ],
}

NOPII_FRAMES = [
    "I've called <every single time|like every single time|every time> and <nobody|no one> picks up",
    "I just want a straight answer<| from somebody| for once>",
    "Getting this fixed is my number one priority<| right now| this week>",
    "It told me to press one for billing<| and then it hung up| and I did| but nothing happened>",
    "I'm not married to that plan<, we can change it|, honestly| if there's something better>",
    "We take pride in <getting back to people|doing it right|fixing things fast>",
    "Can you give me a few minutes<| to find it| to grab the paperwork>",
    "My husband usually handles <the bills|this stuff|the paperwork>",
    "I don't have the account number <on me|in front of me|off the top of my head>",
    "<Hold on|Hang on|Bear with me>, let me grab my wallet",
    "It should take a couple of days<| at most| to go through>",
    "The card keeps getting declined<| for some reason| at the pump| online>",
    "I forgot my password again<| and it locked me out| so I'm stuck>",
    "Sorry, you cut out<| there| again>",
    "I'll call you back <later today|first thing tomorrow|after lunch|this afternoon>",
    "That's <a good sign|not a good sign|a sign of things to come>",
    "My son set it up <a while ago|last week|ages ago>",
    "Can you spell your last name for me<| please| one more time>",
    "What's the best <number|email|way> to reach you?",
    "The patient is <resting now|doing better|asking for water>",
    "I'm sick and tired of <waiting|being transferred|calling back>",
    "Honestly it was <a week or so|a few days|a while> before anyone called",
    "I'm <a little|a bit> under the weather<| today| this week>",
    "Tell her to break a leg <tonight|out there|at the show>",
    "<Thanks|Thank you> a million<| for your help| for sorting that out>",
    "I'm single-handedly <running the house|doing all of it|keeping this going> right now",
    "Let me <pull up|look up|check> your account real quick",
    "It's <second to none|hard to beat>, I'll give them that",
    "Do you have <the confirmation number|your date of birth|the card> handy?",
    "Nothing's changed since <the last time I called|we last talked|I moved>",
]

PER_POLICY = 20
NUMBER_SEQUENCE_LINES = 35
NOPII_PER_FRAME = 4
CODE_POLICIES = {"credit_card_number", "credit_card_cvv", "us_social_security_number",
                 "account_number", "banking_information", "healthcare_number", "drivers_license",
                 "passport_number", "vehicle_id", "number_sequence", "password"}

LOWER_POLICIES = {"email_address", "url", "username", "filename", "password", "ip_address"}

# ---------------------------------------------------------------- rendering
SLOT_RE = re.compile(r"\{(\w+)(?::(\w+))?\}|\[([^\]|]+)\|(\w+)\]")
ALT_RE = re.compile(r"<([^<>]*)>")
START_FILLERS = ["Um, ", "Uh, ", "You know, ", "I think ", "Um, so ", "Uh, yeah, ", "Mm-hmm, ",
                 "Okay, um, ", "So, uh, "]
MID_FILLERS = [", um,", ", uh,", " uh", " um", ", you know,", ", like,"]
END_FILLERS = [", um", ", you know", ", I think", " uh", ", I think so", ", um, yeah"]
I_WORDS = {"I", "I'm", "I'll", "I've", "I'd"}
THINK_OK = {"my", "the", "it's", "i'm", "i", "it", "that", "she's", "he's", "we're", "her", "his",
            "we", "they", "there's", "she", "he", "that's", "our", "i've", "it", "social's"}


def resolve_alternations(frame: str, rng: random.Random) -> str:
    return ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), frame)


def render(frame: str, rng: random.Random, spoken: bool) -> list[list]:
    """Frame -> segments [text, policy or None, keep_case]."""
    text = resolve_alternations(frame, rng)
    segs, pos, ctx = [], 0, {"spoken": spoken}
    for m in SLOT_RE.finditer(text):
        if m.start() > pos:
            segs.append([text[pos:m.start()], None, False])
        if m.group(1):
            policy = ALIAS.get(m.group(1), m.group(1))
            v = GEN[policy](rng, m.group(2), ctx)
            segs.append([v.s if spoken else v.w, policy, v.code])
        else:
            segs.append([m.group(3), m.group(4), False])
        pos = m.end()
    if pos < len(text):
        segs.append([text[pos:], None, False])
    return segs


def fix_articles(segs: list[list]) -> None:
    """Replace '~a' by 'a' or 'an' from the sound of the next word."""
    for i, seg in enumerate(segs):
        while "~a" in seg[0]:
            k = seg[0].index("~a")
            rest = seg[0][k + 2:].lstrip() or (segs[i + 1][0] if i + 1 < len(segs) else "")
            word = rest.split(" ")[0] if rest else ""
            art = "a"
            if word:
                if word.isupper() and len(word) > 1:
                    art = "an" if word[0] in "AEFHILMNORSX" else "a"
                elif word[0].lower() in "aeiou" and not word.lower().startswith(("uni", "eu", "uk",
                                                                                  "use", "one")):
                    art = "an"
                elif word.lower().startswith(("hour", "honest")):
                    art = "an"
            seg[0] = seg[0][:k] + art + seg[0][k + 2:]


def style_line(segs: list[list], rng: random.Random, spoken: bool, is_question: bool) -> list:
    """Fillers, casing, commas and end punctuation; spans are never touched inside."""
    last = segs[-1]
    if last[1] is None:
        last[0] = last[0].rstrip(" .?!")
        if not last[0]:
            segs.pop()
    r = rng.random()
    frame_text = " ".join(s[0] for s in segs).lower()
    def fresh(pool: list[str]) -> list[str]:
        keep = []
        for f in pool:
            key = f.strip(" ,").lower()
            think = key.startswith("i think")
            if key in frame_text or (think and ("i think" in frame_text or is_question)):
                continue
            keep.append(f)
        return keep
    if r < 0.22:
        first = segs[0]
        w0 = first[0].split(" ")[0] if first[1] is None else ""
        starts = fresh(START_FILLERS)
        if w0.lower().strip(",") not in THINK_OK:
            starts = [f for f in starts if f != "I think "]
        segs.insert(0, [rng.choice(starts), None, False])
        if w0 and w0 not in I_WORDS and (len(w0) == 1 or w0[1:] == w0[1:].lower()):
            first[0] = first[0][:1].lower() + first[0][1:]
    elif r < 0.38:
        cands = [(i, k) for i, s in enumerate(segs) if s[1] is None
                 for k in range(1, len(s[0]) - 1)
                 if s[0][k] == " " and s[0][k - 1].isalpha() and s[0][k + 1].isalpha()]
        if cands:
            i, k = rng.choice(cands)
            segs[i][0] = segs[i][0][:k] + rng.choice(fresh(MID_FILLERS)) + segs[i][0][k:]
    elif r < 0.52:
        segs.append([rng.choice(fresh(END_FILLERS)), None, False])
    if spoken:
        for s in segs:
            if s[1] is None and re.search(r"\d", s[0]):
                s[0] = re.sub(r"\d+", lambda m: " " + words(int(m.group(0))) + " ", s[0])
                s[0] = re.sub(r"(?<=\w) +(?=\w)", " ", s[0]).replace(" ,", ",")
            if not s[2]:
                s[0] = s[0].lower()
    if rng.random() < 1 / 3:
        for s in segs:
            if s[1] is None:
                s[0] = s[0].replace(",", "")
    for s in segs:
        if s[1] is None:
            s[0] = re.sub(r"\s+", " ", s[0])
            s[0] = s[0].replace(" ?", "?").replace(" .", ".")
    if is_question:
        punct = rng.choice(["?"] * 8 + ["", "."])
    else:
        punct = rng.choice(["."] * 11 + [""] * 3 + ["..."] * 2 + ["?"] * 2 + ["!"])
    if segs[-1][0].endswith(".") and punct.startswith("."):
        punct = ""
    if punct:
        segs.append([punct, None, False])
    head = segs[0]
    if not spoken and head[0][:1].islower() and (head[1] is None or not (
            head[2] or head[1] in LOWER_POLICIES)):
        head[0] = head[0][:1].upper() + head[0][1:]
    segs[0][0] = segs[0][0].lstrip()
    segs[-1][0] = segs[-1][0].rstrip()
    return segs


def assemble(segs: list[list]) -> tuple[str, list[dict]]:
    text, spans = "", []
    for s, policy, _ in segs:
        if policy is not None:
            spans.append({"start": len(text), "end": len(text) + len(s), "policy": policy})
        text += s
    return text, spans


ARTICLE_RE = re.compile(r"^(the|a|an) ", re.I)


def check_line(text: str, spans: list[dict], spoken: bool) -> None:
    """Assert the README's span rules on one line."""
    prev_end = -1
    assert text == text.strip() and "  " not in text, repr(text)
    for sp in spans:
        v = text[sp["start"]:sp["end"]]
        assert sp["start"] >= prev_end, (text, spans)
        prev_end = sp["end"]
        assert v and v == v.strip(), (text, v)
        assert v[-1] not in ",:?;!", (text, v)
        spelled = sp["policy"] in CODE_POLICIES | {"blood_type"}  # "A" is a letter there
        assert spelled or not ARTICLE_RE.match(v), (text, v)
        assert sp["policy"] in GEN, sp
    if spoken:
        assert not re.search(r"\d", text), text


def make_line(frame: str, rng: random.Random, spoken: bool) -> tuple[str, list[dict]]:
    segs = render(frame, rng, spoken)
    fix_articles(segs)
    plain = ALT_RE.sub("", frame).rstrip()
    segs = style_line(segs, rng, spoken, plain.endswith("?"))
    segs = [s for s in segs if s[0]]
    text, spans = assemble(segs)
    check_line(text, spans, spoken)
    return text, spans


def norm(text: str) -> str:
    """Comparison key: two lines differing only in case or punctuation count as one."""
    return re.sub(r"[^a-z0-9 ]", "", text.lower()).strip()


def build() -> tuple[list[dict], dict]:
    rng = random.Random(SEED)
    assert set(FRAMES) == set(GEN) and len(FRAMES) == 44
    lines, seen, frame_use = [], set(), {}
    for policy, frames in FRAMES.items():
        n = NUMBER_SEQUENCE_LINES if policy == "number_sequence" else PER_POLICY
        lo, hi = (20, 30) if policy == "number_sequence" else (8, 12)
        assert lo <= len(frames) <= hi, (policy, len(frames))
        order = frames[:]
        rng.shuffle(order)
        used = set()
        for i in range(n):
            frame = order[i % len(order)]
            for _ in range(200):
                text, spans = make_line(frame, rng, rng.random() < 0.25)
                if norm(text) not in seen:
                    break
            else:
                raise RuntimeError(f"cannot make a new line from {frame!r}")
            assert policy in {s["policy"] for s in spans}, (policy, text)
            seen.add(norm(text))
            used.add(frame)
            lines.append({"text": text, "spans": spans, "source": "template"})
        frame_use[policy] = len(used)
    for frame in NOPII_FRAMES:
        for _ in range(NOPII_PER_FRAME):
            for _ in range(300):
                text, spans = make_line(frame, rng, rng.random() < 0.25)
                if norm(text) not in seen:
                    break
            else:
                raise RuntimeError(f"cannot make a new line from {frame!r}")
            assert not spans
            seen.add(norm(text))
            lines.append({"text": text, "spans": [], "source": "nopii"})
    frame_use["(no PII)"] = len(NOPII_FRAMES)
    rng.shuffle(lines)
    out = []
    for k, ln in enumerate(lines, 1):
        out.append({"id": f"x30-{k:04d}", "text": ln["text"], "spans": ln["spans"],
                    "source": ln["source"]})
    return out, frame_use


def main() -> None:
    lines, frame_use = build()
    meta = {"_meta": {
        "split": SPLIT,
        "tuning": "held out: written blind; scored on arrival and at the end of the session, "
                  "never tuned on in that session",
        "licence": "CC0-1.0",
        "generator": f"data/pii_eval/src/extra_dev30_gen.py (seed {SEED}; 44 policies x 8-12 "
                     f"carrier frames, 20 lines each, number_sequence 35 lines from "
                     f"{len(FRAMES['number_sequence'])} frames; {len(NOPII_FRAMES)} no-PII "
                     f"look-alike frames x {NOPII_PER_FRAME}; stdlib only, deterministic)"}}
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(meta, ensure_ascii=False) + "\n")
        for ln in lines:
            fh.write(json.dumps(ln, ensure_ascii=False) + "\n")
    # re-read and verify every span against the text
    counts, spoken_n = Counter(), 0
    with OUT.open(encoding="utf-8") as fh:
        next(fh)
        for raw in fh:
            ln = json.loads(raw)
            prev = 0
            for sp in ln["spans"]:
                assert prev <= sp["start"] < sp["end"] <= len(ln["text"])
                prev = sp["end"]
                counts[sp["policy"]] += 1
            spoken_n += not re.search(r"[A-Z\d]", ln["text"])
    src = Counter(ln["source"] for ln in lines)
    print(f"wrote {OUT} : {len(lines)} lines ({dict(src)}), ~{spoken_n} fully lower-case")
    print(f"{'policy':28s} spans frames")
    for p in FRAMES:
        print(f"{p:28s} {counts[p]:5d} {frame_use[p]:6d}")
    print(f"{'(no PII)':28s} {'-':>5s} {frame_use['(no PII)']:6d}")
    print(f"total spans {sum(counts.values())}")


if __name__ == "__main__":
    sys.exit(main())
