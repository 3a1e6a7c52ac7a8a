#!/usr/bin/env python3
"""Write data/pii_eval/extra_dev25.jsonl: 600 seeded template lines cut from phone calls, 44 PII policies.

Written blind: its author read only the eval README's format, style and label sections (and, by mistake, its
descriptions of older extra_dev splits), the docs' policy table and API.md; not piikit's detector, tests, the
other splits or generators, and never ran the detector on these lines.
Stdlib only and seeded, so `.venv/bin/python data/pii_eval/src/extra_dev25_gen.py` rebuilds the
file byte for byte; every span is checked (order, overlap, trim, value, policy name).
"""
from __future__ import annotations

import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

SEED = 25_600_2025
SPLIT = "extra_dev25"
OUT = Path(__file__).resolve().parent.parent / f"{SPLIT}.jsonl"

POLICIES = frozenset("""account_number banking_information blood_type credit_card_cvv credit_card_expiration
credit_card_number date date_interval date_of_birth drivers_license drug duration email_address event filename
gender_sexuality healthcare_number injury ip_address language location marital_status medical_condition
medical_process money_amount nationality number_sequence occupation organization passport_number password
person_age person_name phone_number physical_attribute political_affiliation religion statistics time url
us_social_security_number username vehicle_id zodiac_sign""".split())
COMPETING = ("account_number", "banking_information", "healthcare_number", "drivers_license", "passport_number",
             "vehicle_id", "password", "phone_number", "credit_card_number", "us_social_security_number",
             "credit_card_cvv", "credit_card_expiration")

# ---------------------------------------------------------------- spoken numbers

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen").split()
TENS = ",,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety".split(",")
ORD_IRREG = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
             "nine": "ninth", "twelve": "twelfth"}
MONTHS = ("January February March April May June July August September October November December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def cardinal(n: int) -> str:
    """English words for a non-negative integer, without 'and'."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    for size, word in ((1_000_000, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= size:
            head = cardinal(n // size) + " " + word
            return head if n % size == 0 else head + " " + cardinal(n % size)
    raise AssertionError(n)


def ordinal(n: int) -> str:
    """'twenty second' for 22."""
    words = cardinal(n).split()
    last = words[-1]
    last = ORD_IRREG.get(last) or (last[:-1] + "ieth" if last.endswith("y") else last + "th")
    return " ".join(words[:-1] + [last])


def suffixed(n: int) -> str:
    """'22nd' for 22."""
    end = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{end}"


def pair(n: int) -> str:
    """A two-digit chunk as read in years and house numbers: 5 -> 'oh five'."""
    return "hundred" if n == 0 else ("oh " + ONES[n] if n < 10 else cardinal(n))


def year_words(y: int, rng: random.Random) -> str:
    """'nineteen sixty one', 'two thousand five', 'twenty nineteen'."""
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    if y >= 2010 and rng.random() < 0.3:
        return "two thousand " + cardinal(y - 2000)
    return cardinal(y // 100) + " " + pair(y % 100)


def read_number(s: str) -> str:
    """How a bare number in running text is read: 214 -> 'two fourteen', 1099 -> 'ten ninety nine'."""
    n = int(s)
    if len(s) > 1 and s[0] == "0":
        return " ".join("oh" if c == "0" else ONES[int(c)] for c in s)
    if n < 100 or (len(s) <= 4 and n % 100 == 0 and n % 1000 == 0):
        return cardinal(n)
    if len(s) == 3:
        return ONES[n // 100] + " " + pair(n % 100) if n % 100 else cardinal(n)
    if len(s) == 4:
        return cardinal(n // 100) + " " + pair(n % 100)
    return " ".join(ONES[int(c)] for c in s)


def speak_literal(s: str) -> str:
    """Spell out the numbers of frame text for the lower-cased, unformatted style."""
    s = s.replace("24/7", "twenty four seven").replace("2-in-1", "two-in-one").replace("#", "number ")
    s = re.sub(r"(?<=[A-Za-z])-(?=\d)", " ", s)
    s = re.sub(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", " ", s)
    s = re.sub(r"(\d+)\.(\d+)", lambda m: read_number(m[1]) + " point " + " ".join(ONES[int(c)] for c in m[2]), s)
    s = re.sub(r"(?<=\d),(?=\d{3})", "", s)
    s = re.sub(r"\d+", lambda m: read_number(m[0]), s)
    return re.sub(r" {2,}", " ", s)


def say_digits(s: str, rng: random.Random, zero: str, doubles: bool) -> str:
    """Digits read one by one, with 'double'/'triple' runs and 'oh' or 'zero'."""
    if len(s) == 4 and s[0] != "0" and s[2] != "0" and rng.random() < 0.2:
        return cardinal(int(s[:2])) + " " + cardinal(int(s[2:]))
    words, i = [], 0
    while i < len(s):
        d = s[i]
        w = zero if d == "0" else ONES[int(d)]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if doubles and run >= 2 and rng.random() < 0.6:
            words.append(("triple " if run == 3 else "double ") + w)
            i += run
            continue
        words.append(w)
        i += 1
    return " ".join(words)


NATO = dict(zip(string.ascii_uppercase, ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima "
                                          "mike november oscar papa quebec romeo sierra tango uniform victor "
                                          "whiskey x-ray yankee zulu").split()))
AS_IN = dict(zip(string.ascii_uppercase, ("apple boy cat David Edward Frank George Henry igloo John king Larry "
                                           "Mary Nancy orange Peter queen Robert Sam Tom umbrella Victor William "
                                           "x-ray yellow zebra").split()))


def say_letters(tok: str, rng: random.Random, style: str, low: bool) -> str:
    """Letters of a code read plainly ('A X'), in NATO words or as 'B as in boy'."""
    out = []
    for ch in tok.upper():
        roll = rng.random()
        if style == "nato" and roll < 0.8:
            out.append(NATO[ch])
        elif style == "asin" and roll < 0.5:
            word = AS_IN[ch].lower() if low else AS_IN[ch]
            out.append(f"{ch} as in {word}")
        else:
            out.append(ch)
    return " ".join(out)


def chunks(s: str, rng: random.Random) -> list[str]:
    """Split a long digit run the way people read it aloud: threes and fours."""
    out = []
    while len(s) > 4:
        k = rng.choice((3, 4))
        out.append(s[:k])
        s = s[k:]
    return out + [s]


def say_code(code: str, rng: random.Random, low: bool, style: str | None = None, filler: bool = False) -> str:
    """Read a code, number or plate aloud; one string however it is read."""
    style = style or rng.choice(("plain", "plain", "plain", "nato", "asin"))
    zero = rng.choice(("oh", "oh", "zero"))
    doubles = rng.random() < 0.5
    groups: list[str] = []
    cur: list[str] = []
    for tok in re.findall(r"[A-Za-z]+|\d+|\S", code):
        if tok.isdigit():
            parts = chunks(tok, rng) if len(tok) > 5 else [tok]
            for k, part in enumerate(parts):
                if k and cur:
                    groups.append(" ".join(cur))
                    cur = []
                cur.append(say_digits(part, rng, zero, doubles))
        elif tok.isalpha():
            cur.append(say_letters(tok, rng, style, low))
        elif tok == "+":
            cur.append("plus")
        elif cur:
            groups.append(" ".join(cur))
            cur = []
    if cur:
        groups.append(" ".join(cur))
    sep = rng.choice((", ", ", ", " ", " dash ")) if "-" in code else rng.choice((", ", ", ", " "))
    if filler and len(groups) > 1:
        k = rng.randrange(1, len(groups))
        word = rng.choice(("um", "uh", "hang on", "uh, hang on"))
        return sep.join(groups[:k]) + f", {word}, " + sep.join(groups[k:])
    return sep.join(groups)


def speak_symbols(s: str) -> str:
    """An email, URL, handle or file name as said aloud: 'kwame dot asante eight eight at gmail dot com'."""
    names = {".": "dot", "@": "at", "_": "underscore", "-": "dash", "/": "slash", ":": "colon", "!": "exclamation mark",
             "#": "hashtag", "$": "dollar sign", "&": "and", "%": "percent", "*": "star"}
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d+|\S", s):
        if tok.isdigit():
            out.append(cardinal(int(tok)) if len(tok) == 2 and tok[0] != "0" and len(s) < 40 and tok[0] != "1"
                       else " ".join("zero" if c == "0" else ONES[int(c)] for c in tok))
        elif tok.isalpha():
            out.append(tok.lower())
        else:
            out.append(names[tok])
    return " ".join(out)


# ---------------------------------------------------------------- checksums


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    """A random number of `length` digits starting with `prefix` whose last digit passes Luhn."""
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    """True when the digits pass the Luhn check."""
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def aba(rng: random.Random) -> str:
    """A routing number with a valid ABA check digit and a Federal Reserve prefix."""
    head = f"{rng.choice([*range(1, 13), *range(21, 33), *range(61, 73)]):02d}"
    d = [int(c) for c in head + "".join(rng.choice(string.digits) for _ in range(6))]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    num = "".join(map(str, d)) + str((10 - s % 10) % 10)
    assert aba_ok(num)
    return num


def aba_ok(num: str) -> bool:
    """True when a 9-digit routing number passes the ABA checksum."""
    d = [int(c) for c in num]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def iban_digits(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(rng: random.Random) -> str:
    """An IBAN of one of eight countries with valid mod-97 check digits, grouped by four."""
    dig = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    country, bban = rng.choice((
        ("DE", lambda: dig(18)),
        ("GB", lambda: rng.choice(("NWBK", "BARC", "MIDL", "LOYD")) + dig(14)),
        ("FR", lambda: dig(23)),
        ("ES", lambda: dig(20)),
        ("NL", lambda: rng.choice(("ABNA", "RABO", "INGB")) + dig(10)),
        ("IE", lambda: rng.choice(("AIBK", "BOFI")) + dig(14)),
        ("PT", lambda: dig(21)),
        ("IT", lambda: rng.choice("ABCDEFGHKLMNPRSTUVXYZ") + dig(22)),
    ))
    body = bban()
    check = 98 - iban_digits(body + country + "00") % 97
    raw = f"{country}{check:02d}{body}"
    assert iban_digits(raw[4:] + raw[:4]) % 97 == 1
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


VIN_VALUE = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
             **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v: str) -> str:
    r = sum(VIN_VALUE[c] * w for c, w in zip(v, VIN_WEIGHTS)) % 11
    return "X" if r == 10 else str(r)


def vin(rng: random.Random) -> str:
    """A 17-character VIN with a valid check digit in position 9."""
    wmi = rng.choice(("1HG", "JTD", "WVW", "KMH", "SAL", "3FA", "5YJ", "MA1", "VF1", "ZFA", "JN1", "2T1", "WBA", "KNA"))
    vds = "".join(rng.choice(VIN_CHARS) for _ in range(5))
    year = rng.choice("DEFGHJKLMNP")
    tail = rng.choice(VIN_CHARS[:-10]) + "".join(rng.choice(string.digits) for _ in range(6))
    v = wmi + vds + "0" + year + tail
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8]
    return v


def ssn(rng: random.Random) -> str:
    """A US SSN with a valid area (not 000, 666 or 9xx), group and serial."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def nhs_number(rng: random.Random) -> str:
    """A 10-digit NHS number with a valid mod-11 check digit, as '943 476 5919'."""
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(4, 9)
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(0 if c == 11 else c)
        return f"{s[:3]} {s[3:6]} {s[6:]}"


# ---------------------------------------------------------------- value pools

FIRST = """Adaeze Chinedu Oluwaseun Funmilayo Kwame Abena Kofi Thandiwe Sipho Lindiwe Amara Priya Arjun Ananya Rohan
Deepika Harpreet Gurpreet Mei Wei Xiaoling Haruto Yuki Hiroshi Min-jun Ji-woo Seo-yeon Minh Linh Nimal Sanduni
Fatima Omar Layla Yusuf Reza Shirin Ayse Emre Dmitri Olga Natalia Tomasz Agnieszka Katarzyna Sven Ingrid Astrid
Lars Mateo Valentina Joaquin Ximena Camila Rafael Luciana Siobhan Declan Niamh Eoin Aroha Tane Leilani Kalani
Malia Tevita Pierre Margaux Giulia Luca Benedikt Greta Marisol Dwayne Tamika Bradley Heather Colleen Wendell
Josephine Alinta Jarrah Esra Dalia Nikolai Zanele Bongani Efua Ikaika Farid Noor Nayeli Chayton Zoë José""".split()
LAST = """Okonkwo Adeyemi Balogun Mensah Asante Dlamini Nkosi Sharma Venkataraman Iyer Gill Sandhu Chen Zhang Liu
Takahashi Nakamura Kim Park Choi Nguyen Tran Pham Perera Haddad Farouk Rahimi Tehrani Yilmaz Demir Ivanova Sokolov
Kowalski Nowak Lindqvist Johansson Haugen Fernandez Castillo Morales Quispe Oliveira Santos O'Sullivan Byrne
MacLeod Ngata Kealoha Fifita Moreau Girard Rossi Bianchi Schneider Vogel Abernathy Washington Okafor Achterberg
Papadopoulos Horvath Novak Benali Mwangi Otieno Wanjiru Reyes Bautista Whitfield Hargreaves Pemberton""".split()
LAST += ["Te Rangi", "Dela Cruz", "van der Berg", "Al-Masri"]
HONORIFICS = ("Dr.", "Mr.", "Mrs.", "Ms.", "Miss")

CITIES = """Lagos Abuja Accra Kumasi Nairobi Mombasa Durban Johannesburg Pune Chennai Kochi Jaipur Lahore Dhaka Colombo
Davao Busan Osaka Sapporo Hanoi Izmir Tbilisi Krakow Poznan Gothenburg Bergen Tampere Lyon Marseille Bologna Porto
Seville Rotterdam Leeds Glasgow Cork Galway Halifax Saskatoon Winnipeg Wollongong Geelong Dunedin Rotorua
Guadalajara Monterrey Medellin Valparaiso Cusco Tucson Boise Duluth Chattanooga Albuquerque Spokane Hilo Savannah
Kraków Gdańsk Tromsø""".split()
CITIES += ["Cebu City", "Da Nang", "Baton Rouge", "Port Harcourt", "Cape Town", "Quezon City", "Thunder Bay",
           "San Antonio", "Alice Springs", "Kota Kinabalu"]
STATES = ["Ohio", "Oregon", "New Mexico", "Tennessee", "Louisiana", "Manitoba", "Nova Scotia", "Queensland",
          "Maharashtra", "Kerala", "Gauteng", "Bavaria", "Ontario", "Texas", "Minnesota", "Hawaii", "Arizona",
          "Idaho", "Alberta", "Tasmania", "Jalisco", "Punjab", "Lagos State", "KwaZulu-Natal", "Wisconsin"]
COUNTRIES = ["Nigeria", "Ghana", "Kenya", "South Africa", "India", "Sri Lanka", "the Philippines", "South Korea",
             "Japan", "Vietnam", "Poland", "Sweden", "Norway", "Finland", "France", "Italy", "Portugal", "Spain",
             "the Netherlands", "Ireland", "Scotland", "Canada", "Australia", "New Zealand", "Mexico", "Colombia",
             "Chile", "Peru", "Brazil", "Egypt", "Morocco", "Lebanon", "Ukraine", "Georgia", "Tonga", "Samoa",
             "Jamaica", "Trinidad", "Bangladesh", "Turkey"]
US_CITIES = [("Tucson", "AZ", "Arizona", "857"), ("Boise", "ID", "Idaho", "837"), ("Duluth", "MN", "Minnesota", "558"),
             ("Chattanooga", "TN", "Tennessee", "374"), ("Albuquerque", "NM", "New Mexico", "871"),
             ("Spokane", "WA", "Washington", "992"), ("Hilo", "HI", "Hawaii", "967"), ("Savannah", "GA", "Georgia", "314"),
             ("Baton Rouge", "LA", "Louisiana", "708"), ("Dayton", "OH", "Ohio", "454"), ("Fresno", "CA", "California", "937"),
             ("Lubbock", "TX", "Texas", "794"), ("Burlington", "VT", "Vermont", "054"), ("Sioux Falls", "SD", "South Dakota", "571")]
STREETS = ["Kestrel", "Juniper", "Oduduwa", "Marula", "Jacaranda", "Linden", "Rowan", "Tamarind", "Baobab",
           "Cedar Hollow", "Mill", "Harbour View", "Kowhai", "Pohutukawa", "Wattle", "Magnolia", "Aspen", "Willow Creek",
           "Adeola Odeku", "Ridgeway", "Sampaguita", "Frangipani", "Birchwood", "Old Quarry", "Lakeshore", "Galway"]
SUFFIXES = ["Street", "Road", "Lane", "Avenue", "Drive", "Crescent", "Court", "Close", "Way", "Boulevard", "Terrace", "Place"]
INTL_STREETS = ["Avenida Hidalgo", "Rua das Flores", "Kastanienallee", "Calle Morelos", "Via Zamboni", "Rue Mercière",
                "Ulica Długa", "Jalan Gaya", "Ponsonby Road", "MG Road"]
LANDMARKS = ["Table Mountain", "Lake Victoria", "Golden Gate Bridge", "Union Station", "Marina Beach", "Stanley Park",
             "Heathrow", "O'Hare", "JFK", "Murtala Muhammed Airport", "Kotoka Airport", "Changi", "Lekki Toll Gate",
             "Bondi Beach", "Tower Bridge", "Central Park", "Rizal Park", "Gateway of India", "Sky Tower",
             "Pike Place Market", "Eyre Square", "Victoria Falls", "Gallery Mall"]

BANKS = ["Wells Fargo", "Barclays", "HDFC Bank", "Standard Bank", "GTBank", "Zenith Bank", "Commonwealth Bank", "ANZ",
         "Scotiabank", "Desjardins", "BBVA", "ING", "Deutsche Bank", "Monzo", "Lakeshore Credit Union",
         "Prairie Gold Credit Union", "Ecobank", "BDO", "Kiwibank", "ICICI Bank", "Capitec", "Access Bank",
         "Bank of Ireland", "Navy Federal"]
UTILITIES = ["Vodafone", "Telstra", "MTN", "Airtel", "Globe Telecom", "Rogers", "T-Mobile", "Verizon", "Spark",
             "Comcast", "Eskom", "Hydro One", "British Gas", "Ikeja Electric", "Meralco", "Octopus Energy",
             "Kenya Power", "Jio", "Optus", "Bell", "Xfinity", "PG&E"]
INSURERS = ["State Farm", "Geico", "Aviva", "Allianz", "Progressive", "Direct Line", "NRMA", "Intact", "Liberty Mutual",
            "Old Mutual", "Leadway Assurance", "Tower Insurance", "Lemonade", "Nationwide"]
HEALTH_INS = ["Aetna", "Cigna", "Bupa", "Humana", "Star Health", "Discovery Health", "Blue Cross", "Kaiser Permanente",
              "UnitedHealthcare", "Medibank", "PhilHealth", "Anthem", "Vhi", "Southern Cross", "Hygeia"]
RETAIL = ["Amazon", "IKEA", "Flipkart", "Jumia", "Lazada", "Mercado Libre", "Zalando", "Walmart", "Tesco", "Woolworths",
          "Best Buy", "Shoprite", "Decathlon", "Uniqlo", "Costco", "Argos", "Takealot", "Shopee", "Canadian Tire"]
AIRLINES = ["Emirates", "Qantas", "Kenya Airways", "IndiGo", "Aer Lingus", "LATAM", "Ryanair", "WestJet",
            "Air New Zealand", "Korean Air", "Ethiopian Airlines", "Cebu Pacific", "Turkish Airlines", "Delta", "Air Peace"]
COURIERS = ["DHL", "FedEx", "Aramex", "Royal Mail", "Canada Post", "Australia Post", "UPS", "USPS", "GIG Logistics",
            "Blue Dart", "NZ Post", "PostNL", "Evri", "LBC Express"]
SCHOOLS = ["University of Otago", "Makerere University", "Riverside Community College", "University of Lagos",
           "McGill", "Monash University", "Trinity College Dublin", "Ateneo de Manila", "IIT Madras",
           "Seoul National University", "University of Cape Town", "Boise State", "Ridgeview High School",
           "St. Brendan's Primary"]
HOSPITALS = ["St. Vincent's Hospital", "Lagos University Teaching Hospital", "Northwest General Hospital",
             "Apollo Hospitals", "Groote Schuur Hospital", "Mayo Clinic", "Auckland City Hospital",
             "Aga Khan University Hospital", "Toronto General", "Cedar Hollow Veterinary Clinic", "Manipal Hospital",
             "Korle Bu Teaching Hospital"]
LOCAL = ["Kowalski Family Bakery", "Sunrise Tandoor", "Bluegum Plumbing", "Mama Ngozi's Kitchen",
         "Haddad Brothers Tire and Auto", "Okafor and Sons Removals", "Lindqvist Dental", "Tui Street Pharmacy",
         "Pham's Nail Studio", "Ridgeway Self Storage", "Casa Morales Catering", "Harbourside Physio",
         "Golden Lotus Travel", "Nakamura Print Shop", "Te Awa Motors", "Mensah Hair Gallery", "Kealoha Surf Rentals",
         "Quispe Alpaca Knits", "Dlamini Fresh Produce", "Rossi's Pizzeria", "Sandhu Brothers Trucking",
         "Bautista Laundromat", "Achterberg Bike Repair", "Venkat Tiffin Centre"]
CARDNETS = ["Visa", "Mastercard", "Amex", "American Express", "Discover", "RuPay", "JCB", "Verve"]
CARMAKES = ["Toyota", "Honda", "Hyundai", "Kia", "Volkswagen", "Ford", "Nissan", "Subaru", "Mazda", "Tesla", "Peugeot",
            "Suzuki", "BMW", "Renault", "Mahindra", "Chevrolet"]
APPS = ["WhatsApp", "Telegram", "Signal", "Viber", "WeChat"]
SOCIAL = ["Instagram", "TikTok", "LinkedIn", "Facebook", "YouTube", "Threads", "Snapchat"]
ORG_ANY = BANKS[:8] + UTILITIES[:6] + RETAIL[:6] + LOCAL + SCHOOLS[:5] + HOSPITALS[:5] + AIRLINES[:4]

OCCUPATIONS = ["nurse", "paramedic", "teacher", "accountant", "electrician", "software engineer", "welder",
               "pharmacist", "bus driver", "midwife", "social worker", "chef", "dental hygienist", "forklift operator",
               "lawyer", "civil engineer", "plumber", "cashier", "truck driver", "professor", "librarian", "carpenter",
               "radiographer", "security guard", "real estate agent", "barista", "data analyst", "physiotherapist",
               "flight attendant", "electrical engineer", "tailor", "fisherman", "veterinarian", "architect",
               "home health aide", "kindergarten teacher", "surgeon", "optometrist", "mechanic", "farmer"]
MED_OCC = ["doctor", "nurse", "physiotherapist", "cardiologist", "GP", "dermatologist", "midwife", "pediatrician",
           "surgeon", "pharmacist", "dentist", "occupational therapist"]
NATIONALITIES = ["Nigerian", "Ghanaian", "Kenyan", "Filipino", "Vietnamese", "Korean", "Japanese", "Indian",
                 "Sri Lankan", "Pakistani", "Polish", "Swedish", "Mexican", "Colombian", "Peruvian", "Brazilian",
                 "Irish", "Scottish", "Lebanese", "Iranian", "Turkish", "Maori", "Samoan", "Hispanic", "Latina",
                 "Black", "Asian", "White", "Pacific Islander", "Ukrainian", "Ethiopian", "Somali", "Jamaican",
                 "Tongan", "Moroccan", "Chilean", "Canadian", "Australian"]
LANGUAGES = ["Yoruba", "Igbo", "Hausa", "Twi", "Swahili", "Zulu", "Xhosa", "Hindi", "Tamil", "Malayalam", "Punjabi",
             "Bengali", "Urdu", "Sinhala", "Tagalog", "Cebuano", "Korean", "Japanese", "Vietnamese", "Mandarin",
             "Cantonese", "Arabic", "Farsi", "Turkish", "Polish", "Russian", "Ukrainian", "Swedish", "Portuguese",
             "Spanish", "French", "Italian", "German", "Maori", "Samoan", "Tongan", "Amharic", "Somali",
             "Haitian Creole", "American Sign Language", "Quechua", "Afrikaans"]
RELIGIONS = ["Catholic", "Muslim", "Hindu", "Sikh", "Buddhist", "Jewish", "Anglican", "Baptist", "Methodist",
             "Pentecostal", "Orthodox Christian", "Lutheran", "Seventh-day Adventist", "Jain", "Baha'i", "atheist",
             "agnostic", "Mormon", "Presbyterian", "Shinto", "Coptic"]
PARTIES = ["Republican", "Democrat", "Labour", "Conservative", "Liberal", "Green", "Libertarian", "socialist",
           "independent", "progressive", "Lib Dem", "NDP", "Tory", "Social Democrat"]
MARITAL = ["married", "divorced", "single", "widowed", "separated", "engaged", "common-law"]
MARITAL_X = ["ex-husband", "ex-wife", "late husband", "late wife", "ex-partner", "ex"]
GENDERS = ["female", "male", "nonbinary", "transgender", "trans", "gay", "lesbian", "bisexual", "queer", "asexual",
           "pansexual", "cisgender", "trans woman", "trans man"]
ZODIAC = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius", "Capricorn",
          "Aquarius", "Pisces"]
EVENTS = ["Diwali", "Eid al-Fitr", "Ramadan", "Lunar New Year", "Christmas", "Hanukkah", "Thanksgiving", "Easter",
          "Holi", "Carnival", "Oktoberfest", "Glastonbury", "the Super Bowl", "the World Cup", "the Olympics",
          "Day of the Dead", "Waitangi Day", "Canada Day", "Boxing Day", "Midsummer", "Chuseok", "Songkran",
          "Notting Hill Carnival", "ANZAC Day", "Juneteenth", "Black Friday", "Pride", "Yom Kippur", "Vesak",
          "Independence Day", "Pongal", "Obon"]
DRUGS = ["ibuprofen", "paracetamol", "amoxicillin", "metformin", "lisinopril", "atorvastatin", "sertraline",
         "levothyroxine", "insulin", "omeprazole", "prednisone", "salbutamol", "Ventolin", "Panadol", "Tylenol",
         "Advil", "vitamin D", "folic acid", "melatonin", "warfarin", "gabapentin", "cetirizine", "Zyrtec",
         "Coartem", "Ozempic", "Eliquis", "amlodipine", "iron tablets", "Benadryl", "codeine", "penicillin"]
CONDITIONS = ["type 2 diabetes", "hypertension", "asthma", "migraines", "sickle cell anemia", "malaria", "COPD",
              "epilepsy", "depression", "anxiety", "Crohn's disease", "lupus", "ADHD", "celiac disease",
              "atrial fibrillation", "gout", "hypothyroidism", "long COVID", "psoriasis", "sleep apnea",
              "tuberculosis", "glaucoma", "kidney stones", "endometriosis", "PCOS", "bipolar disorder",
              "multiple sclerosis", "high cholesterol", "dengue", "eczema", "arthritis", "heart failure"]
PROCEDURES = [("an ", "MRI"), ("a ", "CT scan"), ("a ", "colonoscopy"), ("a ", "blood test"), ("an ", "ultrasound"),
              ("an ", "X-ray"), ("", "physical therapy"), ("", "chemotherapy"), ("", "dialysis"), ("a ", "root canal"),
              ("a ", "knee replacement"), ("", "cataract surgery"), ("a ", "biopsy"), ("a ", "mammogram"),
              ("an ", "ECG"), ("", "IVF"), ("a ", "C-section"), ("an ", "appendectomy"), ("a ", "stress test"),
              ("a ", "Pap smear"), ("", "allergy testing"), ("", "cognitive behavioral therapy"),
              ("an ", "angioplasty"), ("a ", "skin graft"), ("a ", "hip replacement"), ("", "radiation therapy"),
              ("an ", "endoscopy"), ("a ", "glucose tolerance test"), ("", "speech therapy"), ("a ", "hearing test")]
INJURY_VERB = ["sprained my ankle", "broke my wrist", "tore my ACL", "dislocated my shoulder", "cracked a rib",
               "twisted my knee", "burned my hand", "cut my finger", "hurt my back", "fractured my collarbone",
               "pulled a hamstring", "broke my nose", "sprained my wrist", "bruised my ribs", "chipped a tooth",
               "broke two toes", "strained my neck"]
INJURY_NOUN = [("a ", "concussion"), ("", "whiplash"), ("a ", "sprained wrist"), ("a ", "torn ACL"),
               ("a ", "fractured rib"), ("a ", "dislocated shoulder"), ("a ", "stress fracture"),
               ("a ", "second-degree burn"), ("a ", "broken arm"), ("a ", "black eye"), ("a ", "deep cut on his hand"),
               ("a ", "hairline fracture"), ("a ", "torn rotator cuff"), ("", "bruised ribs"), ("a ", "broken hip")]
MARKS = [("", "red hair"), ("", "curly gray hair"), ("", "brown eyes"), ("a ", "scar over his left eyebrow"),
         ("", "freckles"), ("a ", "tattoo of a fern on her wrist"), ("a ", "shaved head"), ("a ", "full beard"),
         ("a ", "birthmark on his neck"), ("", "long black braids"), ("a ", "limp"), ("a ", "stocky build"),
         ("a ", "slim build"), ("", "green eyes"), ("a ", "gold front tooth"), ("", "dreadlocks"),
         ("a ", "port-wine stain on his cheek"), ("", "blond hair")]
DISABILITIES = [("", "deaf"), ("", "hard of hearing"), ("", "partially sighted"), ("a ", "wheelchair user"),
                ("", "blind in one eye"), ("an ", "amputee"), ("", "legally blind")]
BLOOD = ["O positive", "O negative", "A positive", "A negative", "B positive", "B negative", "AB positive",
         "AB negative", "O+", "A-", "B+", "AB-", "O neg", "type O negative", "type A positive"]
PETS = ["Biscuit", "Mochi", "Simba", "Kopi", "Bruno", "Tigger", "Pepper", "Chai", "Bingo", "Nala", "Ziggy", "Coco",
        "Rex", "Tofu", "Mango", "Shadow"]
PASSWORDS = [("Sunflower!88", "capital S sunflower exclamation mark eight eight"),
             ("blue-kettle-42", "blue dash kettle dash forty two"),
             ("Qz7#mango", "capital Q z seven hashtag mango"),
             ("tamarind2019", "tamarind twenty nineteen"),
             ("pohutukawa_77", "pohutukawa underscore seven seven"),
             ("Jollof2024!", "capital J jollof twenty twenty four exclamation point"),
             ("lagos.rain.7", "lagos dot rain dot seven"),
             ("temp1234", "temp one two three four"),
             ("winter_fjord_9", "winter underscore fjord underscore nine"),
             ("Chai&Biscuits5", "capital C chai and biscuits five"),
             ("kopi-susu-88", "kopi dash susu dash eight eight"),
             ("Mw@ngi1990", "capital M w at ngi nineteen ninety"),
             ("raindrop$43", "raindrop dollar sign four three"),
             ("GreenTea_2k", "capital G green capital T tea underscore two k"),
             ("hibiscus*12", "hibiscus star twelve")]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "proton.me", "icloud.com", "rediffmail.com",
           "web.de", "orange.fr", "yahoo.com.ph", "xtra.co.nz", "bigpond.com", "mweb.co.za", "naver.com"]
SITES = ["www.kowalskibakery.pl/orders", "https://portal.lakeshorecu.org/login", "sunrisetandoor.co.uk/menu",
         "bluegumplumbing.com.au/book", "https://www.tuistreetpharmacy.co.nz/refills", "mensahhair.com.gh",
         "https://rossispizzeria.it/ordina", "casamorales.mx/eventos", "www.teawamotors.nz/service",
         "https://help.ridgewaystorage.com/units", "okafor-removals.ng/quote", "harboursidephysio.ie/book-online",
         "www.goldenlotustravel.vn", "https://nakamuraprint.jp/upload", "kealohasurf.com/rentals",
         "https://www.prairiegold.ca/disputes", "dlaminifresh.co.za/boxes", "venkat-tiffin.in/menu"]
HANDLES = ["@night_owl_dee", "kwame.asante88", "priya_codes", "bluegum_ben", "tomasz.k", "@xiaoling2001",
           "@amara.bakes", "sipho_runs_42", "leilani.k", "@dmitri_builds", "marisol_m", "ikaika808",
           "@funmi.reads", "chayton_w", "@lars.fjell", "noor_designs", "@tevita.f", "greta_v_92", "haruto.t",
           "@mama_ngozi_kitchen"]
FILES = ["Taxes/2023/payslip_october.pdf", "lease-agreement-final-v2.docx", "IMG_4471.HEIC", "scan0042.jpg",
         "taxes_2022.xlsx", "passport_scan.png", "CV_Adeyemi.pdf", "claim_photos.zip", "invoice_8821.pdf",
         "medical_report_march.pdf", "Documents/visa/bank_statement.pdf", "selfie_id.jpeg", "budget-2024.xlsx",
         "resume_priya_sharma.docx", "contract_signed.pdf", "backup_photos.tar.gz", "receipt-kowalski.png",
         "pay_stub_june.pdf", "Desktop/kids/school_form.pdf", "floorplan_v3.dwg"]
COLORS = ["silver", "black", "white", "red", "blue", "grey", "dark green", "maroon", "beige"]
RELATIVE = ["today", "yesterday", "last week", "this morning", "the other day", "a while ago", "last night",
            "earlier today", "last month"]

# ---------------------------------------------------------------- generators

GENS: dict = {}
KEEPCASE: set[str] = set()


def gen(name: str, keepcase: bool = False):
    """Register a slot generator: (rng, low, ctx) -> value or (prefix, value, suffix)."""
    def deco(fn):
        GENS[name] = fn
        if keepcase:
            KEEPCASE.add(name)
        return fn
    return deco


def lex(name: str, pool, with_article: bool = False) -> None:
    """A slot filled from a word list; pools of (article, value) keep the article outside the span."""
    def fn(rng, low, ctx):
        used = ctx.setdefault("used", set())
        v = rng.choice(pool)
        for _ in range(20):
            if v not in used:
                break
            v = rng.choice(pool)
        used.add(v)
        if isinstance(v, tuple):
            return (v[0], v[1], "") if with_article else v[1]
        if with_article:
            art = "an " if v[0].lower() in "aeio" or v in ("MRI", "X-ray", "ECG", "GP") else "a "
            return (art, v, "")
        return v
    GENS[name] = fn


for _name, _pool in {
    "first": FIRST, "city": CITIES, "state": STATES, "landmark": LANDMARKS, "bank": BANKS,
    "util": UTILITIES, "ins": INSURERS, "hins": HEALTH_INS, "retail": RETAIL, "airline": AIRLINES,
    "courier": COURIERS, "school": SCHOOLS, "hospital": HOSPITALS, "local": LOCAL,
    "make": CARMAKES, "app": APPS, "social": SOCIAL, "org": ORG_ANY, "medocc": MED_OCC,
    "nat": NATIONALITIES, "lang": LANGUAGES, "relig": RELIGIONS, "pol": PARTIES, "marital": MARITAL,
    "maritalx": MARITAL_X, "gs": GENDERS, "zodiac": ZODIAC, "drug": DRUGS, "cond": CONDITIONS,
    "inj": INJURY_VERB, "pet": PETS,
    "color": COLORS, "rel": RELATIVE, "maiden": [x for x in LAST if x.isalpha()],
}.items():
    lex(_name, _pool)
TESTS = [p for p in PROCEDURES if p[1] in ("MRI", "CT scan", "colonoscopy", "blood test", "ultrasound", "X-ray", "biopsy",
                                             "mammogram", "ECG", "stress test", "endoscopy", "glucose tolerance test",
                                             "hearing test", "Pap smear", "allergy testing")]
TREATMENTS = [p for p in PROCEDURES if p[1].endswith("therapy") or p[1] in ("dialysis", "IVF", "chemotherapy")]
FOOD = [x for x in LOCAL if any(w in x for w in ("Bakery", "Tandoor", "Kitchen", "Catering", "Pizzeria", "Tiffin"))]
for _name, _pool in {"test": TESTS, "treat": TREATMENTS, "food": FOOD, "couple": ["married", "engaged", "common-law"],
                     "apart": ["divorced", "separated", "single", "widowed"], "exsp": ["ex-husband", "ex-wife", "ex-partner", "ex"],
                     "latesp": ["late husband", "late wife", "late partner"],
                     "relf": ["tomorrow", "next week", "later today", "in a few days", "tonight", "next month"]}.items():
    lex(_name, _pool)
for _name, _pool in {"test_a": TESTS, "occ_a": OCCUPATIONS, "medocc_a": MED_OCC, "proc_a": PROCEDURES, "injn_a": INJURY_NOUN,
                     "mark_a": MARKS, "disab_a": DISABILITIES, "relig_a": ["Catholic", "Muslim", "Hindu", "Sikh",
                     "Buddhist", "Jain", "Methodist", "Baptist", "atheist", "agnostic", "Mormon", "Lutheran"],
                     "pol_a": ["Republican", "Democrat", "Liberal", "Green", "Libertarian", "socialist",
                               "independent", "Tory"], "zodiac_a": ZODIAC}.items():
    lex(_name, _pool, with_article=True)


@gen("blood", keepcase=True)
def _blood(rng, low, ctx):
    v = rng.choice(BLOOD)
    return v.replace("+", " positive").replace("-", " negative") if low else v


@gen("inj_her")
def _inj_her(rng, low, ctx):
    return rng.choice(INJURY_VERB).replace(" my ", " her ")


@gen("event")
def _event(rng, low, ctx):
    v = rng.choice(EVENTS)
    return ("the ", v[4:], "") if v.startswith("the ") else v


ABROAD = [("Port Harcourt", "Nigeria"), ("Kumasi", "Ghana"), ("Mombasa", "Kenya"), ("Durban", "South Africa"),
          ("Kochi", "India"), ("Colombo", "Sri Lanka"), ("Davao", "the Philippines"), ("Busan", "South Korea"),
          ("Sapporo", "Japan"), ("Da Nang", "Vietnam"), ("Poznan", "Poland"), ("Bergen", "Norway"),
          ("Tampere", "Finland"), ("Bologna", "Italy"), ("Porto", "Portugal"), ("Seville", "Spain"),
          ("Rotorua", "New Zealand"), ("Wollongong", "Australia"), ("Medellin", "Colombia"), ("Cusco", "Peru"),
          ("Izmir", "Turkey"), ("Tbilisi", "Georgia")]


@gen("abroad_city")
def _abroad_city(rng, low, ctx):
    ctx["abroad"] = rng.choice(ABROAD)
    return ctx["abroad"][0]


@gen("abroad_country")
def _abroad_country(rng, low, ctx):
    v = ctx.get("abroad", rng.choice(ABROAD))[1]
    return ("the ", v[4:], "") if v.startswith("the ") else v


@gen("country_in")
def _country(rng, low, ctx):
    v = rng.choice(COUNTRIES)
    return ("the ", v[4:], "") if v.startswith("the ") else v


@gen("F")
def _start_filler(rng, low, ctx):
    if rng.random() < 0.45:
        ctx["F"] = True
        return rng.choice(("Um, ", "Uh, ", "Yeah, ", "Okay, so ", "So, ", "Yes, ", "Right, ", "Mm-hmm, ", "Oh, ",
                           "Uh, yeah, ", "Okay, um, "))
    return ""


@gen("f")
def _filler(rng, low, ctx):
    if rng.random() < 0.35:
        return rng.choice(("um, ", "uh, ", "you know, ", "like, ", "uh, ", "let me see, ", "hold on, "))
    return ""


@gen("party")
def _party(rng, low, ctx):
    return rng.choice(("two", "three", "four", "five", "six"))


@gen("full")
def _full(rng, low, ctx):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    ctx["last"] = last
    return f"{first} {last}"


@gen("last")
def _last(rng, low, ctx):
    ctx["last"] = rng.choice([x for x in LAST if x.isalpha()])
    return ctx["last"]


@gen("hon")
def _hon(rng, low, ctx):
    last = rng.choice(LAST)
    ctx["last"] = last
    if low:
        return f"{rng.choice(FIRST)} {last}"
    h = rng.choice(HONORIFICS)
    return f"{h} {rng.choice(FIRST)} {last}" if rng.random() < 0.3 else f"{h} {last}"


@gen("spell")
def _spell(rng, low, ctx):
    name = ctx.get("last") or rng.choice(LAST)
    letters = [c for c in name.upper() if c.isalpha()]
    return (" " if low or rng.random() < 0.5 else "-").join(letters)


@gen("addr")
def _addr(rng, low, ctx):
    roll = rng.random()
    if roll < 0.2:
        num = rng.randint(2, 240)
        street = rng.choice(INTL_STREETS)
        return f"{street} {cardinal(num) if low else num}"
    num = rng.choice((rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 9899)))
    street = f"{rng.choice(STREETS)} {rng.choice(SUFFIXES)}"
    spoken = read_number(str(num))
    base = f"{spoken if low else num} {street}"
    if roll > 0.8:
        unit = rng.randint(2, 40)
        return f"{base}, {'apartment' if low else 'Apt'} {cardinal(unit) if low else unit}" if rng.random() < 0.5 \
            else f"{'flat' if low else 'Flat'} {cardinal(unit) if low else unit}, {base}"
    return base


@gen("uscity")
def _uscity(rng, low, ctx):
    ctx["us"] = rng.choice(US_CITIES)
    return ctx["us"][0]


@gen("usst")
def _usst(rng, low, ctx):
    us = ctx.get("us") or rng.choice(US_CITIES)
    return us[2] if low or rng.random() < 0.3 else us[1]


@gen("zip", keepcase=True)
def _zip(rng, low, ctx):
    us = ctx.get("us") or rng.choice(US_CITIES)
    z = us[3] + f"{rng.randint(1, 99):02d}"
    return say_code(z, rng, low, "plain") if low else z


@gen("postcode", keepcase=True)
def _postcode(rng, low, ctx):
    kind = rng.random()
    if kind < 0.45:
        z = rng.choice(("LS6", "G12", "M14", "BS3", "EH7", "CF24", "NE1", "B29")) + " " + \
            f"{rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    elif kind < 0.7:
        z = f"{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')} " \
            f"{rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    elif kind < 0.85:
        z = (f"{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)} "
             f"{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}")
    else:
        z = f"{rng.randint(10, 99)}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    return say_code(z, rng, low, "plain") if low else z


# ----- dates and times

def _date_parts(rng):
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return m, d


@gen("date")
def _date(rng, low, ctx):
    m, d = _date_parts(rng)
    month = MONTHS[m - 1]
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(WEEKDAYS)
    if roll < 0.3:
        return ("the ", ordinal(d) if low else suffixed(d), "")
    if low:
        return rng.choice((f"{month} {ordinal(d)}", ("the ", f"{ordinal(d)} of {month}", "")))
    return rng.choice((f"{month} {d}", f"{month} {suffixed(d)}", f"{d} {month}", f"{m}/{d}"))


@gen("dob")
def _dob(rng, low, ctx):
    m, d = _date_parts(rng)
    y = rng.randint(1938, 2015)
    month = MONTHS[m - 1]
    if low:
        return rng.choice((f"{month} {ordinal(d)} {year_words(y, rng)}",
                           f"{ordinal(d)} of {month} {year_words(y, rng)}",
                           f"{say_digits(f'{m:02d}', rng, 'oh', False)} {say_digits(f'{d:02d}', rng, 'oh', False)} "
                           f"{cardinal(y % 100) if y % 100 >= 10 else pair(y % 100)}"))
    return rng.choice((f"{month} {d}, {y}", f"{d} {month} {y}", f"{m:02d}/{d:02d}/{y}", f"{suffixed(d)} of {month} {y}",
                       f"{month} {suffixed(d)}, {y}"))


@gen("yr")
def _yr(rng, low, ctx):
    y = rng.randint(1988, 2024)
    return year_words(y, rng) if low else str(y)


@gen("myear_future")
def _myear_future(rng, low, ctx):
    y = rng.randint(2026, 2036)
    return f"{rng.choice(MONTHS)} {year_words(y, rng) if low else y}"


@gen("yr_future")
def _yr_future(rng, low, ctx):
    y = rng.randint(2026, 2035)
    return year_words(y, rng) if low else str(y)


@gen("caryr")
def _caryr(rng, low, ctx):
    y = rng.randint(1998, 2025)
    return year_words(y, rng) if low else str(y)


@gen("myear")
def _myear(rng, low, ctx):
    y = rng.randint(1984, 2024)
    return f"{rng.choice(MONTHS)} {year_words(y, rng) if low else y}"


@gen("decade")
def _decade(rng, low, ctx):
    dec = rng.choice((1970, 1980, 1990, 2000))
    if low:
        return ("the ", {1970: "seventies", 1980: "eighties", 1990: "nineties", 2000: "two thousands"}[dec], "")
    return ("the ", f"{dec}s", "")


@gen("drange")
def _drange(rng, low, ctx):
    roll = rng.random()
    y = rng.randint(2008, 2024)
    if roll < 0.3:
        return f"{year_words(y, rng)} to {year_words(y + 2, rng)}" if low else rng.choice((f"{y} to {y + 2}", f"{y}-{y + 1}"))
    if roll < 0.55:
        a = rng.randint(0, 8)
        return f"{MONTHS[a]} to {MONTHS[a + 3]} {year_words(y, rng) if low else y}"
    if roll < 0.75:
        m = MONTHS[rng.randint(0, 11)]
        d = rng.randint(2, 20)
        return f"{m} {ordinal(d)} to {ordinal(d + 4)}" if low else rng.choice((f"{d}-{d + 4} {m}", f"{m} {d} to {d + 5}"))
    season = rng.choice(("summer", "spring", "winter", "fall"))
    return f"{season} of {year_words(y, rng) if low else y}"


DUR_UNITS = {"days": (2, 14), "weeks": (2, 10), "months": (2, 18), "years": (2, 25), "minutes": (5, 55), "hours": (2, 3)}


def duration(units: tuple[str, ...], business: bool = False):
    """A duration generator over some units: 'three weeks', '45 minutes', 'five to seven business days'."""
    def fn(rng, low, ctx):
        unit = rng.choice(units)
        n = rng.randint(*DUR_UNITS[unit])
        if business and rng.random() < 0.2:
            return "five to seven business days" if low or rng.random() < 0.5 else "5 to 7 business days"
        if low or (rng.random() < 0.5 and n < 20) or n < 10:
            return f"{cardinal(n)} {unit}"
        return f"{n} {unit}"
    return fn


GENS["dur_short"] = duration(("days", "weeks"), business=True)
GENS["dur_mid"] = duration(("weeks", "months"))
GENS["dur_long"] = duration(("months", "years"))
GENS["dur_wait"] = duration(("minutes", "hours"))


def _clock(rng, low):
    h = rng.randint(1, 12)
    mm = rng.choice((0, 0, 15, 30, 45, 10, 20))
    ap = rng.choice(("a.m.", "p.m.", "am", "pm", "AM", "PM"))
    if low:
        hw = cardinal(h) + ("" if mm == 0 else " " + pair(mm) if mm < 10 else " " + cardinal(mm))
        return rng.choice((f"{hw} {ap.replace('.', '').lower()}",
                           f"{hw} in the {rng.choice(('morning', 'evening', 'afternoon'))}",
                           f"{cardinal(h)} o'clock", "noon", f"quarter to {cardinal(h)}", f"half past {cardinal(h)}"))
    sep = " " if "." in ap or rng.random() < 0.5 else ""
    body = f"{h}" if mm == 0 and rng.random() < 0.6 else f"{h}:{mm:02d}"
    return rng.choice((f"{body}{sep}{ap}", f"{body}{sep}{ap}", f"{h}:{mm:02d}", "noon", f"{h} o'clock",
                       f"{rng.randint(13, 21)}:{mm:02d}", f"{h}{ap.replace('.', '').lower()} EST"))


@gen("time")
def _time(rng, low, ctx):
    return _clock(rng, low)


@gen("trange")
def _trange(rng, low, ctx):
    a = rng.randint(7, 11)
    b = a + rng.randint(2, 4)
    b12 = b - 12 if b > 12 else b
    if low:
        return rng.choice((f"{cardinal(a)} and {cardinal(b12)}", f"{cardinal(a)} and noon" if b == 12 else
                           f"{cardinal(a)} and {cardinal(b12)} in the {'morning' if b < 12 else 'afternoon'}"))
    tail = "a.m." if b < 12 else "p.m."
    return rng.choice((f"{a} and {b12} {tail}", f"{a} a.m. and {b12} {tail}" if b != 12 else f"{a} and noon",
                       f"{a} and {b12}"))


# ----- money, statistics, ages, bodies

CURRENCIES = [("$", "dollars"), ("£", "pounds"), ("€", "euros"), ("₦", "naira"), ("", "rupees"), ("", "rand"),
              ("", "pesos"), ("A$", "Australian dollars"), ("", "shillings"), ("", "bucks"), ("", "yen"), ("", "cedis")]


@gen("money")
def _money(rng, low, ctx):
    sym, word = ctx.setdefault("currency", rng.choice(CURRENCIES))
    big = word in ("naira", "rupees", "pesos", "shillings", "yen")
    n = rng.choice((rng.randint(5, 99), rng.randint(100, 999), rng.randint(1, 40) * 100)) * (25 if big else 1)
    cents = rng.choice((0, 0, 0, 50, 99, 25, 75, 10)) if not big and word != "bucks" and n < 1000 else 0
    if low:
        s = f"{cardinal(n)} {word}"
        if cents:
            s = rng.choice((f"{s} and {cardinal(cents)} cents", f"{cardinal(n)} {cardinal(cents)}"
                            if word == "dollars" and rng.random() < 0.3 else f"{s} and {cardinal(cents)} cents"))
        return s
    amount = f"{n:,}" + (f".{cents:02d}" if cents else "")
    if sym and rng.random() < 0.8:
        return f"{sym}{amount}"
    if word == "bucks" and rng.random() < 0.5:
        return f"{cardinal(n)} bucks" if n < 100 else f"{amount} bucks"
    return f"{amount} {word}"


@gen("pct")
def _pct(rng, low, ctx):
    n = rng.randint(2, 97)
    roll = rng.random()
    if roll < 0.2:
        return rng.choice(("one in five", "one in three", "two out of three", "one in ten", "three in four"))
    if low:
        return f"{cardinal(n)} percent"
    return f"{n}%" if roll < 0.7 else f"{n} percent"


@gen("bp")
def _bp(rng, low, ctx):
    a, b = rng.randint(105, 185), rng.randint(62, 112)
    if low:
        return f"{read_number(str(a))} over {cardinal(b) if b < 100 else read_number(str(b))}"
    return f"{a} over {b}" if rng.random() < 0.7 else f"{a}/{b}"


def measure(lo: int, hi: int, tenths: bool = False):
    """A lab value or vital sign: '7.2' (A1C), '240' (cholesterol), '112' (heart rate)."""
    def fn(rng, low, ctx):
        v = rng.randint(lo, hi)
        s = f"{v // 10}.{v % 10}" if tenths else str(v)
        return speak_literal(s) if low else s
    return fn


GENS["a1c"] = measure(52, 130, tenths=True)
GENS["chol"] = measure(140, 290)
GENS["hr"] = measure(48, 135)


@gen("kidage")
def _kidage(rng, low, ctx):
    n = rng.randint(4, 16)
    return cardinal(n) if low or rng.random() < 0.3 else str(n)


@gen("oldage")
def _oldage(rng, low, ctx):
    n = rng.randint(58, 97)
    return cardinal(n) if low or rng.random() < 0.3 else str(n)


@gen("age")
def _age(rng, low, ctx):
    n = rng.randint(17, 89)
    return cardinal(n) if low or rng.random() < 0.15 else str(n)


@gen("height")
def _height(rng, low, ctx):
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    cm = rng.randint(150, 198)
    if low:
        return rng.choice((f"{cardinal(ft)} foot {cardinal(inch)}" if inch else f"{cardinal(ft)} foot",
                           f"{cardinal(ft)} {cardinal(inch)}" if inch else f"{cardinal(ft)} foot",
                           f"{cardinal(cm)} centimeters tall"))
    return rng.choice((f"{ft} foot {inch}" if inch else f"{ft} foot", f"{ft}'{inch}\"", f"{cm}cm tall", f"{cm} cm",
                       f"{cardinal(ft)} foot {cardinal(inch)}" if inch else f"{cardinal(ft)} feet"))


@gen("weight")
def _weight(rng, low, ctx):
    if rng.random() < 0.5:
        n, unit = rng.randint(95, 260), rng.choice(("pounds", "lbs", "pounds"))
    else:
        n, unit = rng.randint(45, 120), rng.choice(("kilos", "kg", "kilograms"))
    if low:
        return f"{read_number(str(n)) if n >= 100 else cardinal(n)} {unit.replace('lbs', 'pounds').replace('kg', 'kilos')}"
    return f"{n} {unit}"


# ----- online

def _emailish(rng, low, addr):
    return speak_symbols(addr) if low or rng.random() < 0.25 else addr


@gen("email")
def _email(rng, low, ctx):
    first = re.sub(r"[^a-z]", "", rng.choice(FIRST).lower().replace("ë", "e").replace("é", "e"))
    last = re.sub(r"[^a-z]", "", rng.choice(LAST).lower())
    local = rng.choice((f"{first}.{last}", f"{first}_{last}{rng.randint(1, 99)}", f"{first[0]}{last}",
                        f"{first}{last[:3]}{rng.randint(70, 99)}", f"{last}.{first}"))
    if rng.random() < 0.2:
        dom = re.sub(r"[^a-z]", "", rng.choice(LOCAL).lower())[:14] + rng.choice((".com", ".co.za", ".ie", ".ng"))
    else:
        dom = rng.choice(DOMAINS)
    return _emailish(rng, low, f"{local}@{dom}")


@gen("url")
def _url(rng, low, ctx):
    u = rng.choice(SITES)
    if low or rng.random() < 0.2:
        return speak_symbols(re.sub(r"^https?://", "", u))
    return u


@gen("ip")
def _ip(rng, low, ctx):
    if not low and rng.random() < 0.25:
        return rng.choice(("2001:db8:85a3::8a2e:370:7334", "fe80::1c2a:9f4b:3e11:7d02", "2001:db8:4f2a::19",
                           "2404:6800:4003:c00::8b"))
    octets = rng.choice(((192, 168, rng.randint(0, 20), rng.randint(2, 250)),
                         (10, rng.randint(0, 99), rng.randint(0, 255), rng.randint(2, 250)),
                         (172, rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 250)),
                         (203, 0, 113, rng.randint(2, 250)), (198, 51, 100, rng.randint(2, 250)),
                         (rng.randint(41, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250))))
    if low:
        parts = [say_digits(str(o), rng, "zero", False) if rng.random() < 0.5 or o > 99 else cardinal(o) for o in octets]
        return " dot ".join(parts)
    return ".".join(map(str, octets))


@gen("user")
def _user(rng, low, ctx):
    h = rng.choice(HANDLES)
    return speak_symbols(h) if low or rng.random() < 0.2 else h


@gen("fname")
def _fname(rng, low, ctx):
    f = rng.choice(FILES)
    return speak_symbols(f) if low or rng.random() < 0.2 else f


# ----- codes and numbers

def _d(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _nz(rng, n):
    return str(rng.randint(1, 9)) + _d(rng, n - 1)


def _a(rng, n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(pool) for _ in range(n))


def _an(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


NS_KINDS = {
    "ord": lambda r: r.choice((f"ORD-{_nz(r, 6)}", f"{_nz(r, 3)}-{_d(r, 7)}-{_d(r, 7)}", _nz(r, 5), _nz(r, 8),
                               f"W{_nz(r, 9)}", f"{_nz(r, 4)}-{_d(r, 3)}")),
    "conf": lambda r: r.choice((_a(r, 2) + _an(r, 4), f"CNF-{_nz(r, 6)}", _nz(r, 6), f"{_a(r, 2)}{_nz(r, 4)}", _an(r, 6))),
    "book": lambda r: r.choice((f"BK{_nz(r, 6)}", _a(r, 1) + _an(r, 5), _nz(r, 7), f"{_a(r, 3)}-{_nz(r, 4)}")),
    "trk": lambda r: r.choice((f"1Z{_an(r, 6)}{_d(r, 10)}", _nz(r, 12), _nz(r, 10), f"TBA{_nz(r, 12)}",
                               f"JD{_d(r, 12)}", f"{_nz(r, 4)} {_d(r, 4)} {_d(r, 4)}")),
    "case": lambda r: r.choice((f"CS-{_d(r, 7)}", _nz(r, 8), f"CAS-{_nz(r, 5)}-{_an(r, 4)}", f"{_nz(r, 2)}-{_d(r, 6)}")),
    "tkt": lambda r: r.choice((f"TKT-{_nz(r, 5)}", f"INC{_d(r, 7)}", _nz(r, 6), f"SR {_nz(r, 8)}", f"#{_nz(r, 5)}")),
    "claim": lambda r: r.choice((f"CLM-{_nz(r, 2)}-{_d(r, 5)}", _nz(r, 10), f"CL{_nz(r, 7)}", f"{_nz(r, 3)}-{_d(r, 3)}-{_d(r, 3)}")),
    "inv": lambda r: r.choice((f"INV-{_nz(r, 5)}", _nz(r, 6), f"INV {_nz(r, 4)}-{_d(r, 3)}", f"{_a(r, 2)}{_nz(r, 6)}")),
    "rcpt": lambda r: r.choice((f"R-{_d(r, 7)}", f"{_nz(r, 4)} {_d(r, 4)} {_d(r, 4)}", _nz(r, 9))),
    "wo": lambda r: r.choice((f"WO-{_nz(r, 5)}", _nz(r, 7), f"WO{_nz(r, 6)}")),
    "rma": lambda r: r.choice((f"RMA {_nz(r, 5)}", f"RMA-{_an(r, 6)}", _nz(r, 8))),
    "sn": lambda r: r.choice((f"{_an(r, 4)}-{_an(r, 4)}-{_an(r, 3)}", f"{_a(r, 2)}{_nz(r, 4)}-{_d(r, 4)}", _an(r, 12),
                              f"SN{_nz(r, 9)}")),
    "emp": lambda r: r.choice((f"E-{_nz(r, 5)}", f"EMP{_nz(r, 5)}", _nz(r, 6), f"{_a(r, 1)}{_nz(r, 6)}")),
    "stu": lambda r: r.choice((f"S{_d(r, 8)}", _nz(r, 9), f"STU-{_nz(r, 6)}", f"{_nz(r, 3)}-{_d(r, 3)}-{_d(r, 3)}")),
    "badge": lambda r: r.choice((f"B-{_nz(r, 4)}", _nz(r, 5), f"{_a(r, 2)}{_nz(r, 4)}")),
    "gift": lambda r: r.choice((f"6006 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"{_nz(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
                                f"GC-{_an(r, 4)}-{_an(r, 4)}-{_an(r, 4)}")),
    "parcel": lambda r: r.choice((f"PX {_nz(r, 4)} {_d(r, 4)}", _nz(r, 11), f"{_a(r, 2)}{_nz(r, 9)}")),
    "notary": lambda r: r.choice((_nz(r, 7), f"NP-{_nz(r, 6)}", f"{_nz(r, 2)}-{_d(r, 5)}")),
    "permit": lambda r: r.choice((f"BP-{_nz(r, 4)}-{_d(r, 4)}", f"PRM{_nz(r, 6)}", f"{_a(r, 1)}{_nz(r, 2)}-{_d(r, 5)}")),
    "docket": lambda r: r.choice((f"{_nz(r, 2)}-CV-{_d(r, 5)}", f"CR-{_nz(r, 6)}", f"{_nz(r, 4)}-{_d(r, 4)}")),
    "lot": lambda r: r.choice((f"{_nz(r, 4)}{_a(r, 1)}", f"L{_nz(r, 3)}{_an(r, 3)}", f"{_a(r, 2)}{_nz(r, 5)}")),
    "vch": lambda r: r.choice((f"VCH-{_nz(r, 6)}", f"EV{_nz(r, 8)}", f"{_an(r, 4)}-{_an(r, 4)}")),
    "flt": lambda r: f"{r.choice(('BA', 'EK', '6E', 'KQ', 'QF', 'AC', 'LA', 'TK', 'EI', 'NZ', 'KE', 'ET', '5J', 'P4', 'WS', 'FR'))} "
                     f"{r.randint(2, 2999)}",
    "ref": lambda r: r.choice((f"REF-{_nz(r, 4)}-{_d(r, 4)}", _nz(r, 8), _an(r, 8), f"{_a(r, 3)}{_nz(r, 7)}")),
    "resv": lambda r: r.choice((_nz(r, 6), f"RES{_nz(r, 6)}", f"{_a(r, 1)}{_nz(r, 7)}")),
    "txn": lambda r: r.choice((f"TXN {_nz(r, 4)} {_d(r, 4)}", _an(r, 10), _nz(r, 12))),
    "appno": lambda r: r.choice((f"APP-{_nz(r, 5)}", _nz(r, 9), f"{_a(r, 2)}-{_nz(r, 7)}")),
}


def render_code(code: str, rng: random.Random, low: bool, ctx: dict, spoken_p: float = 0.3,
                filler_p: float = 0.12) -> str:
    """A code as Whisper writes it or as read aloud (always aloud in lower-cased lines)."""
    code = code.lstrip("#")
    ctx["code"] = code
    if low or rng.random() < spoken_p:
        ctx["spoken"] = True
        return say_code(code, rng, low, filler=rng.random() < filler_p * 2)
    ctx["spoken"] = False
    if rng.random() < filler_p and re.search(r"\d[- ]\d", code):
        k = [m.start() for m in re.finditer(r"(?<=\d)[- ](?=\d)", code)]
        if not k:
            return code
        i = rng.choice(k)
        return f"{code[:i]}, {rng.choice(('uh', 'um'))}, {code[i + 1:]}"
    return code


def _ns(kind):
    def fn(rng, low, ctx):
        return render_code(NS_KINDS[kind](rng), rng, low, ctx, spoken_p=0.3, filler_p=0.14)
    return fn


for _k in NS_KINDS:
    GENS[_k] = _ns(_k)
    KEEPCASE.add(_k)


@gen("tail", keepcase=True)
def _tail(rng, low, ctx):
    t = _d(rng, rng.choice((3, 4)))
    return say_digits(t, rng, rng.choice(("oh", "zero")), True) if low or rng.random() < 0.3 else t


@gen("rb", keepcase=True)
def _readback(rng, low, ctx):
    code = ctx["code"]
    if low or not ctx.get("spoken") and rng.random() < 0.8:
        return say_code(code, rng, low)
    return code


def _corrupt(code: str, rng: random.Random) -> str:
    digits = [i for i, c in enumerate(code) if c.isdigit()]
    for _ in range(20):
        i = rng.choice(digits)
        c = list(code)
        if i + 1 < len(code) and code[i + 1].isdigit() and code[i] != code[i + 1] and rng.random() < 0.6:
            c[i], c[i + 1] = c[i + 1], c[i]
        else:
            c[i] = rng.choice([x for x in string.digits if x != code[i]])
        if "".join(c) != code:
            return "".join(c)
    raise AssertionError(code)


@gen("corr", keepcase=True)
def _correction(rng, low, ctx):
    code = _corrupt(ctx["code"], rng)
    ctx["code"] = code
    return say_code(code, rng, low) if low or ctx.get("spoken") else code


def numeric(name: str, make, spoken_p: float = 0.3, filler_p: float = 0.06) -> None:
    """Register a generator of a policy's number, written or spoken."""
    def fn(rng, low, ctx):
        return render_code(make(rng), rng, low, ctx, spoken_p, filler_p)
    GENS[name] = fn
    KEEPCASE.add(name)


CARD_PREFIX = {"Visa": ("4", 16), "Mastercard": ("5", 16), "Amex": ("3", 15), "American Express": ("3", 15),
               "Discover": ("6011", 16), "RuPay": ("6521", 16), "JCB": ("3528", 16), "Verve": ("5061", 16)}


def _card(r, net: str | None = None):
    """A Luhn-valid card number whose prefix fits the network named in the line, grouped as printed."""
    net = net or r.choice(("Visa", "Visa", "Mastercard", "Mastercard", "Amex", "Discover"))
    prefix, length = CARD_PREFIX[net]
    if prefix == "5":
        prefix = str(r.randint(51, 55))
    elif prefix == "3":
        prefix = r.choice(("34", "37"))
    n = luhn_complete(prefix, length, r)
    assert luhn_ok(n)
    if length == 15:
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.85 else n


def _phone(r):
    kind = r.randrange(12)
    ac = r.choice(("415", "212", "312", "602", "208", "505", "423", "902", "604", "780", "808", "512", "404"))
    line = f"555-01{_d(r, 2)}"
    return [
        f"({ac}) {line}", f"{ac}-{line}", f"1-800-555-01{_d(r, 2)}", line,
        f"+44 20 7946 0{_d(r, 3)}", f"07700 900{_d(r, 3)}", f"+234 803 555 0{_d(r, 3)}", f"+91 98{_d(r, 3)} {_d(r, 5)}",
        f"0491 570 {r.randint(150, 159)}", f"+254 712 {_d(r, 3)} {_d(r, 3)}", f"0917 555 0{_d(r, 3)}",
        f"+52 33 5555 0{_d(r, 3)}",
    ][kind]


def _acct(r):
    return r.choice((f"HO-{_nz(r, 4)}-{_d(r, 4)}", _nz(r, 10), f"AC-{_nz(r, 5)}-{_d(r, 2)}", f"{_a(r, 2)}{_nz(r, 7)}",
                     f"LN-{_nz(r, 6)}", f"{_nz(r, 4)} {_d(r, 4)} {_d(r, 2)}", f"MBR{_nz(r, 7)}",
                     f"{_nz(r, 3)}-{_d(r, 6)}-{_d(r, 3)}"))


def _bank_acct(r):
    return r.choice((_nz(r, 8), _nz(r, 10), _nz(r, 12), f"{_nz(r, 4)}-{_d(r, 6)}", f"00{_nz(r, 8)}"))


def _sort(r):
    return f"{r.randint(10, 99)}-{_d(r, 2)}-{_d(r, 2)}"


def _ifsc(r):
    return r.choice(("HDFC", "ICIC", "SBIN", "UTIB", "KKBK")) + "0" + _an(r, 6)


def _mbi(r):
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + string.digits
    s = (str(r.randint(1, 9)) + r.choice(letters) + r.choice(an) + r.choice(string.digits) + r.choice(letters)
         + r.choice(an) + r.choice(string.digits) + r.choice(letters) + r.choice(letters) + _d(r, 2))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _hmem(r):
    return r.choice((f"{_a(r, 3)} {_nz(r, 3)} {_d(r, 5)}", f"W{_nz(r, 9)}", f"{_a(r, 3)}{_nz(r, 7)}",
                     f"MCD-{_nz(r, 5)}-{_d(r, 2)}", f"{_nz(r, 4)}-{_d(r, 3)}-{_d(r, 3)}-{_a(r, 2)}", f"{_nz(r, 9)}{_a(r, 1)}"))


def _dl(r):
    return r.choice((f"{_a(r, 1)}{_nz(r, 7)}", f"{_nz(r, 3)} {_d(r, 3)} {_d(r, 3)}",
                     f"{_a(r, 1)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-{_d(r, 1)}",
                     _nz(r, 8), f"{_a(r, 1)}{_d(r, 4)}-{_d(r, 5)}-{_d(r, 5)}", f"MH{_nz(r, 2)} {_d(r, 11)}",
                     f"{_nz(r, 6)}-{_d(r, 3)}", f"WDL{_an(r, 6)}"))


def _ukdl(r):
    last = re.sub(r"[^A-Z]", "", r.choice(LAST).upper())[:5].ljust(5, "9")
    return f"{last}{_d(r, 6)}{_a(r, 2)}{r.randint(1, 9)}{_a(r, 2)}"


def _pp(r):
    return r.choice((_nz(r, 9), f"{_a(r, 1)}{_nz(r, 8)}", f"{_a(r, 1)}{_nz(r, 7)}", f"{_a(r, 2)}{_nz(r, 6)}",
                     f"C{_an(r, 8)}", f"P{_nz(r, 7)}{_a(r, 1)}", f"A{_d(r, 8)}"))


PLATE_LETTERS = "BCDFGHJKLMNPRSTVWXYZ"


def _plate(r):
    a = lambda n: _a(r, n, PLATE_LETTERS)  # noqa: E731
    return r.choice((f"{r.randint(4, 9)}{a(3)}{_d(r, 3)}", f"{a(3)}-{_nz(r, 4)}", f"{a(3)} {_nz(r, 4)}",
                     f"MH {r.randint(10, 49)} {a(2)} {_nz(r, 4)}", f"K{a(2)} {_nz(r, 3)}{a(1)}",
                     f"{a(3)}-{_nz(r, 3)}{a(2)}", f"{r.randint(1, 9)}{a(3)} {_nz(r, 3)}", f"{a(2)}{_nz(r, 4)}"))


def _ukplate(r):
    return f"{_a(r, 2, PLATE_LETTERS)}{r.randint(10, 74)} {_a(r, 3, PLATE_LETTERS)}"


def _sin(r):
    n = luhn_complete(str(r.randint(1, 7)), 9, r)
    assert luhn_ok(n)
    return f"{n[:3]} {n[3:6]} {n[6:]}" if r.random() < 0.7 else f"{n[:3]}-{n[3:6]}-{n[6:]}"


def _ni(r):
    first = r.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = r.choice([c for c in "ABCEGHJKLMNPRSTWXYZ" if first + c not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")])
    return f"{first}{second} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {r.choice('ABCD')}"


for _name, _make, _sp in (
    ("cc4", lambda r: _d(r, 4), 0.3), ("cvv", lambda r: _d(r, r.choice((3, 3, 3, 4))), 0.35),
    ("cvv3", lambda r: _d(r, 3), 0.35),
    ("ssn", ssn, 0.3), ("ssn4", lambda r: _nz(r, 4), 0.3), ("sin", _sin, 0.3), ("ni", _ni, 0.3),
    ("phone", _phone, 0.3), ("ph4", lambda r: _d(r, 4), 0.3),
    ("acct", _acct, 0.3), ("acct4", lambda r: _d(r, 4), 0.3),
    ("aba", aba, 0.3), ("bacct", _bank_acct, 0.3), ("bacct4", lambda r: _d(r, 4), 0.3), ("iban", iban, 0.25),
    ("sort", _sort, 0.3), ("ifsc", _ifsc, 0.3),
    ("swift", lambda r: r.choice(("DEUT", "BARC", "HDFC", "SBZA", "ZEIB", "CIBC", "BOFI", "INGB"))
     + r.choice(("DE", "GB", "IN", "ZA", "NG", "CA", "IE", "NL")) + _an(r, 2), 0.3),
    ("mbi", _mbi, 0.3), ("hmem", _hmem, 0.3), ("mrn", lambda r: "00" + _nz(r, 6) if r.random() < 0.4 else _nz(r, 8), 0.3),
    ("nhsno", nhs_number, 0.3), ("ohip", lambda r: f"{_nz(r, 4)}-{_d(r, 3)}-{_d(r, 3)}-{_a(r, 2)}", 0.3),
    ("aumc", lambda r: f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {r.randint(1, 9)}", 0.3),
    ("dl", _dl, 0.3), ("ukdl", _ukdl, 0.3), ("pp", _pp, 0.3),
    ("vin", vin, 0.25), ("vin6", lambda r: vin(r)[-6:], 0.3), ("plate", _plate, 0.3), ("ukplate", _ukplate, 0.3),
    ("pin", lambda r: _d(r, r.choice((4, 4, 4, 6))), 0.35),
    ("otp", lambda r: r.choice((_d(r, 6), f"{_d(r, 3)} {_d(r, 3)}", f"{_d(r, 3)}-{_d(r, 3)}")), 0.35),
):
    numeric(_name, _make, _sp)


@gen("cc", keepcase=True)
def _cc(rng, low, ctx):
    return render_code(_card(rng, ctx.get("net")), rng, low, ctx, 0.3, 0.06)


@gen("cardnet")
def _cardnet(rng, low, ctx):
    ctx["net"] = rng.choice(CARDNETS)
    return ctx["net"]


@gen("cardnet_a")
def _cardnet_a(rng, low, ctx):
    net = _cardnet(rng, low, ctx)
    return ("an " if net[0] in "AE" else "a ", net, "")


@gen("pplate_spaced", keepcase=True)
def _pplate_spaced(rng, low, ctx):
    p = _a(rng, 3, PLATE_LETTERS)
    return " ".join(p) if low or rng.random() < 0.6 else p


@gen("rbx", keepcase=True)
def _rbx(rng, low, ctx):
    return _readback(rng, low, ctx)


@gen("corrx", keepcase=True)
def _corrx(rng, low, ctx):
    return _correction(rng, low, ctx)


@gen("exp", keepcase=True)
def _exp(rng, low, ctx):
    m, y = rng.randint(1, 12), rng.randint(2025, 2034)
    if low:
        mm = say_digits(f"{m:02d}", rng, "oh", False) if rng.random() < 0.5 else cardinal(m)
        return rng.choice((f"{mm} {cardinal(y - 2000)}", f"{MONTHS[m - 1].lower()} {year_words(y, rng)}",
                           f"{mm} slash {cardinal(y - 2000)}"))
    return rng.choice((f"{m:02d}/{y - 2000}", f"{m:02d}/{y}", f"{MONTHS[m - 1]} {y}", f"{m}/{y - 2000}", f"{m:02d}/{y - 2000}"))


@gen("pw", keepcase=True)
def _pw(rng, low, ctx):
    w, s = rng.choice(PASSWORDS)
    return s if low or rng.random() < 0.3 else w


@gen("seccity")
def _seccity(rng, low, ctx):
    return rng.choice(CITIES)


@gen("medicare")
def _medicare(rng, low, ctx):
    return "Medicare"


@gen("medicaid")
def _medicaid(rng, low, ctx):
    return "Medicaid"


@gen("nhs")
def _nhs(rng, low, ctx):
    return "NHS"


# ---- unlabeled look-alike numbers

def _small(rng, low, lo, hi):
    n = rng.randint(lo, hi)
    return cardinal(n) if low or rng.random() < 0.4 else str(n)


GENS["opt"] = lambda r, low, c: _small(r, low, 1, 9)
GENS["qty"] = lambda r, low, c: _small(r, low, 2, 12)
GENS["few"] = lambda r, low, c: _small(r, low, 2, 5)
GENS["ch"] = lambda r, low, c: _small(r, low, 2, 60)
GENS["mg"] = lambda r, low, c: (lambda n: cardinal(n) if low else str(n))(r.choice((5, 10, 20, 25, 40, 50, 250, 500)))
GENS["gate"] = lambda r, low, c: (lambda g: speak_literal(g).lower() if low else g)(
    r.choice((f"{_a(r, 1)}{r.randint(2, 40)}", str(r.randint(2, 60)))))
GENS["aisle"] = lambda r, low, c: (lambda g: speak_literal(g).lower() if low else g)(
    r.choice((str(r.randint(2, 24)), f"{r.randint(2, 24)}{_a(r, 1, 'ABC')}")))
GENS["room"] = lambda r, low, c: (lambda g: speak_literal(g).lower() if low else g)(
    r.choice((str(r.randint(101, 940)), f"{r.randint(1, 9)}{_a(r, 1, 'ABCD')}", str(r.randint(1001, 1240)))))
GENS["floor"] = lambda r, low, c: r.choice(("second", "third", "fourth", "fifth", "ninth", "ground"))
GENS["exit"] = lambda r, low, c: (lambda g: speak_literal(g).lower() if low else g)(
    r.choice((str(r.randint(3, 140)), f"{r.randint(3, 60)}{_a(r, 1, 'AB')}")))
GENS["ver"] = lambda r, low, c: (lambda g: speak_literal(g).lower() if low else g)(
    r.choice((f"{r.randint(2, 17)}.{r.randint(0, 9)}", f"{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(1, 9)}")))
GENS["promo"] = lambda r, low, c: (lambda g: speak_literal(g).lower() if low else g)(
    r.choice(("SAVE20", "WELCOME10", "FREESHIP", "TAKE15", "BOGO", "FIRSTORDER", "EXTRA5", "HELLO25")))
GENS["err"] = lambda r, low, c: (lambda g: speak_literal(g).lower() if low else g)(
    r.choice(("E-04", "404", "E17", "503", "F2", "U-301", "E-11")))
GENS["plat"] = lambda r, low, c: _small(r, low, 1, 14)
GENS["temp"] = lambda r, low, c: _small(r, low, 17, 26)
GENS["size"] = lambda r, low, c: (lambda n: cardinal(n) if low else str(n))(r.choice((32, 43, 50, 55, 65, 75)))
GENS["gb"] = lambda r, low, c: (lambda n: cardinal(n) if low else str(n))(r.choice((64, 128, 256, 512)))


# ---------------------------------------------------------------- rendering

SLOT = re.compile(r"\{(\w+)(?:\|(\w+))?\}")
ABBREV_END = ("Dr.", "Mr.", "Mrs.", "Ms.", "St.", "a.m.", "p.m.", "Jr.", "Apt.", "Esq.")
NOT_LOWER_AFTER_FILLER = ("I ", "I'm", "I've", "I'd", "I'll", "I,")


def render(frame: str, rng: random.Random, low: bool, drop_commas: bool):
    """One line from a frame: text and spans, after the style transforms."""
    ctx: dict = {}
    pieces: list[list] = []  # [text, policy or None, is_value, keepcase]
    pos = 0
    for m in SLOT.finditer(frame):
        if m.start() > pos:
            pieces.append([frame[pos:m.start()], None, False, False])
        pos = m.end()
        name, pol = m.group(1), m.group(2)
        assert pol is None or pol in POLICIES, (frame, pol)
        out = GENS[name](rng, low, ctx)
        pre, val, suf = ("", out, "") if isinstance(out, str) else out
        if name == "F":
            pieces.append([val, None, False, False, "F"])
            continue
        if pre:
            pieces.append([pre, None, False, False])
        if val:
            pieces.append([val, pol, pol is not None, name in KEEPCASE])
        if suf:
            pieces.append([suf, None, False, False])
    if pos < len(frame):
        pieces.append([frame[pos:], None, False, False])
    # a sentence-opening filler lower-cases the next common word; without one, that word is capitalised
    for i, p in enumerate(pieces[:-1]):
        nxt = pieces[i + 1]
        if len(p) == 5 and not nxt[2]:
            if not p[0]:
                nxt[0] = nxt[0][:1].upper() + nxt[0][1:]
            elif not nxt[0].startswith(NOT_LOWER_AFTER_FILLER):
                nxt[0] = nxt[0][:1].lower() + nxt[0][1:]
    pieces = [p for p in pieces if p[0]]
    for p in pieces:
        if low and not p[3]:
            p[0] = speak_literal(p[0]).lower()
        if drop_commas:
            p[0] = re.sub(r",(?!\d)", "", p[0])
    # no double period after an abbreviation at a value's end
    for a, b in zip(pieces, pieces[1:]):
        if a[2] and a[0].endswith(".") and b[0].startswith("."):
            b[0] = b[0][1:]
    last = pieces[-1]
    if not last[2]:
        roll = rng.random()
        if last[0].endswith("?"):
            if roll < 0.15:
                last[0] = last[0][:-1]
        elif last[0].endswith("."):
            if roll < 0.18:
                last[0] = last[0][:-1]
            elif roll < 0.28:
                last[0] = last[0][:-1] + "..."
            elif roll < 0.33:
                last[0] = last[0][:-1] + "!"
    if not low and not pieces[0][2]:
        pieces[0][0] = pieces[0][0][:1].upper() + pieces[0][0][1:]
    text, spans = "", []
    for p in pieces:
        if p[2]:
            spans.append({"start": len(text), "end": len(text) + len(p[0]), "policy": p[1]})
        text += p[0]
    return text, spans


ARTICLES = ("a ", "an ", "the ", "An ", "The ")  # a capital "A " is a spelled letter


def check(text: str, spans: list[dict], low: bool) -> None:
    """Fail loudly on any span that breaks the README's format or label rules."""
    assert text == text.strip() and "  " not in text, repr(text)
    assert " ," not in text and " ." not in text.replace(" ...", ""), repr(text)
    if low:
        assert not re.search(r"\d", text), repr(text)
    end = -1
    for s in spans:
        assert s["policy"] in POLICIES
        assert s["start"] > end, (text, spans)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), (text, v)
        assert not v.endswith((",", ":", "?", ";")) and (s["policy"] == "password" or not v.endswith("!")), (text, v)
        assert not v.endswith(".") or v.endswith(ABBREV_END), (text, v)
        assert not v.startswith(ARTICLES), (text, v)
        end = s["end"]


# ---------------------------------------------------------------- frames
# {gen|policy} is a labelled value, {gen} an unlabelled filler or look-alike; {F} a sentence-opening filler.

NS = [
    "{F}I'm calling about order {ord|number_sequence}, it still says processing.",
    "My order number is {ord|number_sequence} and I placed it {rel}.",
    "{ord|number_sequence} is the order, and it came in the wrong size.",
    "Do you have the order number? {F}it's {ord|number_sequence}.",
    "Okay, I found an order ending in {tail|number_sequence}, is that the one from {retail|organization}?",
    "The confirmation number is {conf|number_sequence}.",
    "{F}I got a confirmation, {conf|number_sequence}, but no email after that.",
    "Can you read me the confirmation code? {F}sure, {conf|number_sequence}. And the last name? {last|person_name}.",
    "So the confirmation is {conf|number_sequence}? Let me read that back, {rb|number_sequence}.",
    "Booking reference {book|number_sequence}, two adults, checking in on {date|date}.",
    "My booking number, hang on, it's {book|number_sequence}, under {full|person_name}.",
    "I have the booking here, {book|number_sequence}, for the hotel in {city|location}, and the flight is {flt|number_sequence}.",
    "The tracking number is {trk|number_sequence} and it's been stuck in {city|location} since {rel}.",
    "{trk|number_sequence}, that's the tracking from {courier|organization}.",
    "Where's my package? {F}I've got the tracking right here, {trk|number_sequence}.",
    "Tracking ends in {tail|number_sequence}, and it was supposed to arrive {rel}, but it didn't.",
    "I opened a case, number {case|number_sequence}, about the outage.",
    "Case {case|number_sequence}. Sorry, {corr|number_sequence}, I misread it.",
    "{F}they gave me a case ID, {case|number_sequence}, when I called {rel}.",
    "What's the case number so I can note it? {F}it's {case|number_sequence}.",
    "Ticket {tkt|number_sequence} was closed without anyone calling me back.",
    "I've got a support ticket open, {tkt|number_sequence}, for the login issue.",
    "The ticket number is {tkt|number_sequence}, so that's {rb|number_sequence}.",
    "Your incident number is {tkt|number_sequence}, please keep it for your records.",
    "My claim number is {claim|number_sequence}, for the water damage in the basement.",
    "{F}the claim, {claim|number_sequence}, was filed by my husband {rel}.",
    "I need an update on claim {claim|number_sequence}, nobody has called me back.",
    "Is that claim {claim|number_sequence}? No, it's {corr|number_sequence}.",
    "The invoice number is {inv|number_sequence} and it says {money|money_amount}.",
    "{inv|number_sequence} is the invoice, dated {date|date}.",
    "I'm looking at invoice {inv|number_sequence} from {local|organization} and the total is wrong.",
    "Receipt number {rcpt|number_sequence}, I paid cash, and the order was {ord|number_sequence}.",
    "It's on the receipt, {rcpt|number_sequence}, bought at the {city|location} store.",
    "The work order is {wo|number_sequence}, someone was supposed to come between {trange|time}.",
    "Work order number {wo|number_sequence}, for the leak under the kitchen sink, ticket {tkt|number_sequence}.",
    "They gave me an RMA, {rma|number_sequence}, to send the headphones back.",
    "The return authorization is {rma|number_sequence}, it's printed on the label.",
    "The serial number on the back is {sn|number_sequence}, and the RMA they gave me is {rma|number_sequence}.",
    "Serial, {f}{sn|number_sequence}, it's printed under the battery.",
    "My employee ID is {emp|number_sequence}, I work in the {city|location} warehouse.",
    "{F}employee number {emp|number_sequence}, I'm {occ_a|occupation} there.",
    "Student ID {stu|number_sequence}, I'm enrolled at {school|organization}.",
    "What's your student number? {F}{stu|number_sequence}.",
    "My employee ID is {emp|number_sequence} and my badge number is {badge|number_sequence}, and it stopped opening the side door.",
    "{badge|number_sequence}, that's the badge, it's under {full|person_name}.",
    "The gift card number is {gift|number_sequence} and it shows a zero balance.",
    "I got a gift card as a present, the number is {gift|number_sequence}.",
    "The parcel number is {parcel|number_sequence}, it went to the wrong house.",
    "Parcel {parcel|number_sequence} was left at the depot in {city|location}.",
    "My notary commission number is {notary|number_sequence}, and the reference on the document is {ref|number_sequence}.",
    "The permit number is {permit|number_sequence}, it's for the deck out back.",
    "I applied for the permit, it's {permit|number_sequence}, about {dur_mid|duration} ago.",
    "The docket number is {docket|number_sequence}, and the hearing's on {date|date}.",
    "Lot number {lot|number_sequence}, it's on the bottom of the jar, and my son got sick after eating it.",
    "The voucher number is {vch|number_sequence}, from the cancelled flight.",
    "I'm on flight {flt|number_sequence} to {city|location} and it's delayed again.",
    "{flt|number_sequence} from {city|location}, landing at {time|time}.",
    "Which flight was it? {F}{flt|number_sequence}, the one that got cancelled.",
    "Reference number {ref|number_sequence}, for the transfer I made {rel}.",
    "My reference is {ref|number_sequence}. Sorry, {corr|number_sequence}.",
    "{F}the reservation is {resv|number_sequence}, a table for {party}.",
    "Reservation number {resv|number_sequence}, under {hon|person_name}.",
    "The transaction ID is {txn|number_sequence}, and it went through twice, the second one is {txn|number_sequence}.",
    "Application number {appno|number_sequence}, I submitted it {rel}, and the receipt says {rcpt|number_sequence}.",
    "I'm calling about {ord|number_sequence}, it never shipped.",
    "{trk|number_sequence} says delivered, but there's nothing on my porch.",
    "{ref|number_sequence}, that's what the letter says at the top.",
    "Yeah, the number they gave me was {conf|number_sequence}, for the {city|location} trip.",
    "Can you confirm the last digits of the order? {F}{tail|number_sequence}.",
    "Okay, so that's {conf|number_sequence}, {rb|number_sequence}, got it.",
    "The order for the blender, {ord|number_sequence}, was charged twice.",
    "I have two orders, {ord|number_sequence} and {ord|number_sequence}.",
    "The claim is {claim|number_sequence} and the policy holder is {full|person_name}.",
    "Hi {first|person_name}, your repair ticket {tkt|number_sequence} has been updated.",
    "Your order {ord|number_sequence} will arrive on {date|date} between {trange|time}.",
    "I put the serial, {sn|number_sequence}, in the warranty form already.",
    "Did you get the invoice? Yes, {inv|number_sequence}, but it's for {money|money_amount}, not {money|money_amount}.",
    "The booking code they texted me was {book|number_sequence}, does that help?",
    "My staff number, {emp|number_sequence}, should be on the payslip.",
    "It was ticket {tkt|number_sequence}, or maybe {corr|number_sequence}, I'm not sure which.",
    "Case number? Um, {case|number_sequence}.",
    "The tracking, {f}{trk|number_sequence}, shows it left {country_in|location} {rel}.",
    "For the appeal I need the docket, which is {docket|number_sequence}, right?",
    "Your new case number will be {case|number_sequence}. Did you get that? {F}yes, {rb|number_sequence}.",
    "The return label has {rma|number_sequence} on it, is that the RMA?",
    "The lot on the formula tin says {lot|number_sequence}.",
    "I'm {full|person_name}, staff ID {emp|number_sequence}, calling from the {city|location} branch.",
    "There's a parcel notice with {parcel|number_sequence} on it, from {courier|organization}.",
    "My student number's {stu|number_sequence} and my email is {email|email_address}.",
]

CARD = [
    "CVV {cvv|credit_card_cvv}. Sorry, {corrx|credit_card_cvv}, I read it upside down.",
    "The code on the back, {cvv|credit_card_cvv}, and it expires {exp|credit_card_expiration}.",
    "The card number is {cc|credit_card_number}, expiration {exp|credit_card_expiration}, and the CVV is {cvv|credit_card_cvv}.",
    "{F}it's {cardnet_a|organization}, {cc|credit_card_number}.",
    "Charge it to the {cardnet|organization} ending in {cc4|credit_card_number}, expiring {exp|credit_card_expiration}.",
    "Card ending {cc4|credit_card_number}, it expires {exp|credit_card_expiration}, and the CVV is {cvv|credit_card_cvv}.",
    "Expiration date? {F}{exp|credit_card_expiration}. And the security code on the back, {cvv|credit_card_cvv}.",
    "{cc|credit_card_number}, that's the card I used on {date|date}.",
    "My card is {cc|credit_card_number}. Let me read that back, {rbx|credit_card_number}.",
    "The three-digit code is {cvv3|credit_card_cvv}.",
    "CVV is {cvv|credit_card_cvv}, and it's valid thru {exp|credit_card_expiration}.",
    "I think it expires {exp|credit_card_expiration}, let me check, yeah, that's right.",
    "The new card ends in {cc4|credit_card_number} and the old one ended in {cc4|credit_card_number}.",
    "The last four digits on my debit card are {cc4|credit_card_number}.",
    "Card number {cc|credit_card_number}, CVC {cvv|credit_card_cvv}.",
    "It's the {bank|organization} card, {cc|credit_card_number}, exp {exp|credit_card_expiration}, code {cvv|credit_card_cvv}.",
    "Can I have the card's expiration date? {F}{exp|credit_card_expiration}.",
    "{cvv|credit_card_cvv} is the code on the back of the card.",
    "The fraud charge was {money|money_amount} on my card ending {cc4|credit_card_number}.",
    "Okay, {f}the long number on the card, {cc|credit_card_number}, and it's good thru {exp|credit_card_expiration}.",
    "What's the security code? {F}{cvv|credit_card_cvv}.",
    "My {cardnet|organization} expires {exp|credit_card_expiration}, so I need a new one sent to {addr|location}.",
    "Expiry {exp|credit_card_expiration}, security code {cvv|credit_card_cvv}.",
    "It says valid thru {exp|credit_card_expiration}, and the CVV, {f}{cvv|credit_card_cvv}.",
    "The card expires {exp|credit_card_expiration}? And the code on the back is {cvv|credit_card_cvv}? {F}yes.",
    "{cc|credit_card_number}, expiring {exp|credit_card_expiration}, code {cvv|credit_card_cvv}.",
    "The replacement card, {cc4|credit_card_number} at the end, has a new CVV, {cvv|credit_card_cvv}.",
    "I typed the expiration as {exp|credit_card_expiration} but it should be {exp|credit_card_expiration}.",
]

SSN = [
    "Last four of the social? {F}{ssn4|us_social_security_number}. And the full number? {ssn|us_social_security_number}.",
    "{ssn|us_social_security_number}, and my wife's is {ssn|us_social_security_number}.",
    "It's {ssn|us_social_security_number}. So the last four are {ssn4|us_social_security_number}? {F}yes.",
    "My social security number is {ssn|us_social_security_number}, and you can call me at {phone|phone_number}.",
    "My social is {ssn|us_social_security_number}.",
    "Social security number {ssn|us_social_security_number}, and my date of birth is {dob|date_of_birth}.",
    "The last four of my social are {ssn4|us_social_security_number}.",
    "Can you verify the last four of your SSN? {F}sure, {ssn4|us_social_security_number}.",
    "{ssn|us_social_security_number}, that's my social, do you need my address too?",
    "For the W-2 they need my SSN, and it's {ssn|us_social_security_number}.",
    "My husband's social is {ssn|us_social_security_number}, sorry, {corrx|us_social_security_number}.",
    "My social insurance number is {sin|us_social_security_number}.",
    "National Insurance number {ni|us_social_security_number}, I just moved here from {city|location}.",
    "SSN ending in {ssn4|us_social_security_number}, for {full|person_name}.",
    "The form wants a social security number, mine's {ssn|us_social_security_number}.",
]

PHONE = [
    "My cell is {phone|phone_number} and the landline is {phone|phone_number}.",
    "Call {full|person_name} at {phone|phone_number}, he handles the account.",
    "You can call me back at {phone|phone_number}.",
    "{phone|phone_number}, that's my cell.",
    "What's the best number to reach you? {F}{phone|phone_number}.",
    "My work line is {phone|phone_number}, but I'm only at my desk in the mornings.",
    "Fax it to {phone|phone_number}, attention {full|person_name}.",
    "Is the number ending in {ph4|phone_number} still good for you?",
    "Message me on {app|organization}, {phone|phone_number}, I'm in {country_in|location} right now.",
    "My daughter's number is {phone|phone_number}, she can pick up if I can't.",
    "The old number was {phone|phone_number} and the new one is {phone|phone_number}.",
    "It's {phone|phone_number}, no wait, {corrx|phone_number}.",
    "Text the link to {phone|phone_number}, please.",
]

ACCOUNT = [
    "Account number {acct|account_number}, sorry, {corrx|account_number}.",
    "I have two policies, {acct|account_number} for the car and {acct|account_number} for the house.",
    "My loyalty number is {acct|account_number}, and the phone on it is {phone|phone_number}.",
    "The account number on my {util|organization} bill is {acct|account_number}.",
    "It's for the home insurance, policy number {acct|account_number}.",
    "{acct|account_number}, that's my rewards number with {retail|organization}.",
    "Do you have your membership number? {F}yeah, {acct|account_number}.",
    "My car insurance policy with {ins|organization} is {acct|account_number}.",
    "The loan number is {acct|account_number} and I'd like to pay it off early.",
    "My frequent flyer number is {acct|account_number}, with {airline|organization}.",
    "Your account ending in {acct4|account_number} has a balance of {money|money_amount}.",
    "Customer number {acct|account_number}, for the gas at {addr|location}.",
    "Our pet insurance policy is {acct|account_number}, it's for the dog.",
    "My library card number is {acct|account_number}.",
    "Internet account, {acct|account_number}, under {full|person_name}, email {email|email_address}.",
    "The gym membership ID is {acct|account_number}, and I want to cancel it.",
]

BANKING = [
    "Savings is {bacct|banking_information} and checking is {bacct|banking_information}, both at {bank|organization}.",
    "It's account {bacct|banking_information}, routing {aba|banking_information}, at {bank|organization} in {city|location}.",
    "The routing number is {aba|banking_information} and the account number is {bacct|banking_information}.",
    "For direct deposit, it's checking account {bacct|banking_information} at {bank|organization}.",
    "{aba|banking_information}, that's the routing number on the bottom of the check.",
    "My IBAN is {iban|banking_information}, and the SWIFT code is {swift|banking_information}.",
    "Can you send it to my savings? The account is {bacct|banking_information}.",
    "Sort code {sort|banking_information}, account number {bacct|banking_information}.",
    "The last four of my checking are {bacct4|banking_information}.",
    "Please wire it to IBAN {iban|banking_information}, at {bank|organization}.",
    "Bank account number, {f}{bacct|banking_information}, and routing {aba|banking_information}.",
    "The IFSC code is {ifsc|banking_information} and the account number is {bacct|banking_information}.",
]

HEALTH = [
    "Member ID {hmem|healthcare_number}, and my son's is {hmem|healthcare_number}.",
    "The insurance card says {hmem|healthcare_number}, that's my health plan, not the car one.",
    "{F}my {medicare|organization} number, {mbi|healthcare_number}, let me read it again, {rbx|healthcare_number}.",
    "My {medicare|organization} number is {mbi|healthcare_number}.",
    "The member ID on my {hins|organization} card is {hmem|healthcare_number}.",
    "Medical record number {mrn|healthcare_number}, date of birth {dob|date_of_birth}, blood type {blood|blood_type}.",
    "My {nhs|organization} number is {nhsno|healthcare_number}.",
    "{hmem|healthcare_number}, that's my subscriber ID for the dental plan.",
    "What's your health card number? {F}it's {ohip|healthcare_number}.",
    "Health insurance policy number {hmem|healthcare_number}.",
    "For the pharmacy, my plan ID is {hmem|healthcare_number}, with {hins|organization}.",
    "His {medicaid|organization} ID is {hmem|healthcare_number}.",
    "My {medicare|organization} card number is {aumc|healthcare_number}.",
    "The patient's MRN is {mrn|healthcare_number}.",
    "The hospital number on her wristband is {mrn|healthcare_number}.",
]

DL = [
    "The old license was {dl|drivers_license} and the new one is {dl|drivers_license}.",
    "Driver's license {dl|drivers_license}, and you can reach me at {phone|phone_number}.",
    "My driver's license number is {dl|drivers_license}.",
    "DL number {dl|drivers_license}, it expires in {yr_future|date_interval}.",
    "{dl|drivers_license}, that's my {state|location} license.",
    "Can you read me the number on your license? {F}sure, {dl|drivers_license}. Let me repeat that, {rbx|drivers_license}.",
    "I'll use my state ID, the number is {dl|drivers_license}.",
    "Driving licence number {ukdl|drivers_license}.",
    "The rental counter wants the licence number, it's {dl|drivers_license}.",
    "My learner's permit number is {dl|drivers_license}.",
    "License, {dl|drivers_license}, issued in {state|location}.",
    "My licence number is {dl|drivers_license}, sorry, {corrx|drivers_license}.",
]

PASSPORT = [
    "The passport number, {f}{pp|passport_number}, is on the photo page.",
    "Passport {pp|passport_number}. Reading it back, {rbx|passport_number}.",
    "Passport number {pp|passport_number}, and my wife's is {pp|passport_number}.",
    "My passport number is {pp|passport_number}.",
    "My {nat|nationality} passport, number {pp|passport_number}, expires in {myear_future|date_interval}.",
    "{pp|passport_number} is the passport number.",
    "And the passport for the second traveler? {F}{pp|passport_number}.",
    "The new passport is {pp|passport_number}, the old one was {pp|passport_number}.",
    "For the visa they need the passport number, {pp|passport_number}.",
    "Passport, {pp|passport_number}, issued in {city|location}.",
    "Travel document number {pp|passport_number}, for {full|person_name}, born {dob|date_of_birth}.",
    "My son's passport is {pp|passport_number}.",
]

VEHICLE = [
    "Plate {plate|vehicle_id}, VIN {vin|vehicle_id}.",
    "The plate is {plate|vehicle_id}. Sorry, {corrx|vehicle_id}, I always mix those up.",
    "The VIN is {vin|vehicle_id}.",
    "Plate number {plate|vehicle_id}.",
    "{plate|vehicle_id}, it's a {color} {make|organization}.",
    "The last six of the VIN are {vin6|vehicle_id}.",
    "Registration {ukplate|vehicle_id}, it was towed from outside {local|organization}.",
    "It's a {caryr|date_interval} {make|organization}, plate {plate|vehicle_id}.",
    "The tow yard has it under plate {plate|vehicle_id} from {state|location}.",
    "I only saw that the plate started with {pplate_spaced|vehicle_id}.",
    "Vehicle identification number, {vin|vehicle_id}.",
    "My license plate is {plate|vehicle_id}, and the VIN ends in {vin6|vehicle_id}.",
    "The car's VIN? {F}{vin|vehicle_id}, it's on the windshield sticker.",
]

PASSWORD = [
    "The PIN is {pin|password}, no, {corrx|password}, I changed it.",
    "The old password was {pw|password} and the new one is {pw|password}.",
    "My PIN is {pin|password}, and the code you texted was {otp|password}.",
    "The security answer is {maiden|password}, and the PIN is {pin|password}.",
    "My password is {pw|password}.",
    "The PIN is {pin|password}.",
    "The verification code you just sent is {otp|password}.",
    "Mother's maiden name? {F}{maiden|password}.",
    "The answer to my security question is {pet|password}, that was my first dog.",
    "The door code for the building is {pin|password}.",
    "{otp|password}, that's the one-time code.",
    "I reset it to {pw|password} last night.",
    "The passcode for my voicemail is {pin|password}.",
    "What city were you born in, for security? {F}{seccity|password}.",
    "My gift card PIN is {pin|password}.",
    "The Wi-Fi password is {pw|password}.",
]

GENERAL = [
    "She's {height|physical_attribute}, with {mark_a|physical_attribute}, and she's {disab_a|physical_attribute}.",
    "He's {disab_a|physical_attribute}, so please send everything in writing, in {lang|language} if you can.",
    "My brother's got {mark_a|physical_attribute}, you can't miss him, he's {height|physical_attribute}.",
    "The donor form asks for {blood|blood_type}, and mine is {blood|blood_type}.",
    "Book me for {proc_a|medical_process} and {proc_a|medical_process} on the same day if you can.",
    "I'm {gs|gender_sexuality}, {relig|religion}, and I speak {lang|language} and {lang|language}.",
    "My mom's {relig|religion} and my dad's {relig|religion}, so we do {event|event} and {event|event}.",
    "He's {zodiac_a|zodiac_sign} and she's {zodiac_a|zodiac_sign}, they fight all the time.",
    "The admin page is {url|url} and it only opens from {ip|ip_address}.",
    "Try {url|url} instead, or {url|url}.",
    "I saved it as {fname|filename}, then again as {fname|filename}.",
    "My old username was {user|username}, and I'm {gs|gender_sexuality}, so please fix the title.",
    "She's {age|person_age}, {pol|political_affiliation}, and she {inj_her|injury} on the ice.",
    "If you're calling about the server, it's {ip|ip_address}, and the backup is {ip|ip_address}.",
    "Text me at {phone|phone_number} if the {test|medical_process} gets moved.",
    "This is {full|person_name}, my number is {phone|phone_number}, and I'm {nat|nationality}.",
    "{F}I'm calling for my mother, she's {oldage|person_age} and she was diagnosed with {cond|medical_condition} in {yr|date_interval}.",
    "He takes {drug|drug} for the {cond|medical_condition}, and {drug|drug} when the pain gets bad.",
    "The {test|medical_process} is booked for {date|date} at {time|time}.",
    "I {inj|injury} playing football, so they sent me for {test_a|medical_process}.",
    "My blood type is {blood|blood_type}, and I'm allergic to {drug|drug}.",
    "Her blood pressure was {bp|statistics} and her A1C came back at {a1c|statistics}.",
    "They told us the success rate for {treat|medical_process} is about {pct|statistics}.",
    "I've been on {drug|drug} for {dur_mid|duration} now and the {cond|medical_condition} hasn't improved.",
    "The {medocc|occupation} recommended {proc_a|medical_process} after I {inj|injury}.",
    "I'm {height|physical_attribute} and about {weight|physical_attribute}, if that matters for the dose.",
    "He's got {mark_a|physical_attribute} and {mark_a|physical_attribute}, and he was last seen near {landmark|location}.",
    "I'm {disab_a|physical_attribute}, so I'll need a seat near the front.",
    "For the form: {gs|gender_sexuality}, {age|person_age}, {marital|marital_status}, born {dob|date_of_birth}.",
    "I'm {gs|gender_sexuality}, and my partner and I are {couple|marital_status}.",
    "We're {relig|religion}, so please, no pork in the catering from {food|organization}.",
    "My {exsp|marital_status} still has the joint account at {bank|organization}.",
    "She's {nat|nationality}, and she speaks {lang|language} and a little {lang|language}.",
    "Do you have someone who speaks {lang|language}? My father only speaks {lang|language}.",
    "I'm {occ_a|occupation} at {org|organization} in {city|location}.",
    "He's been {occ_a|occupation} for {dur_long|duration}, so he knows the job.",
    "I'm registered as {pol_a|political_affiliation}, but I'm not sure who I'm voting for.",
    "My whole family votes {pol|political_affiliation}, I'm the only {pol|political_affiliation} at dinner.",
    "I'm {zodiac_a|zodiac_sign}, born {dob|date_of_birth}, if that tells you anything.",
    "What's your sign? {F}{zodiac|zodiac_sign}, my birthday's {dob|date_of_birth}.",
    "We're closed for {event|event} and back on {date|date}.",
    "I'm flying home to {city|location} for {event|event}.",
    "Our {event|event} party is at {food|organization} at {time|time}.",
    "Send it to {email|email_address}, that's my work email.",
    "My email is {email|email_address}, and the backup is {email|email_address}.",
    "It's on our website, {url|url}.",
    "The login page {url|url} keeps timing out from IP {ip|ip_address}.",
    "My username is {user|username} and the account is under {full|person_name}.",
    "Tag us, we're {user|username} on {social|organization}.",
    "I attached {fname|filename} to the email I sent to {email|email_address}.",
    "The scan is saved as {fname|filename} on the shared drive.",
    "Our router shows {ip|ip_address} and the printer is {ip|ip_address}.",
    "I uploaded {fname|filename} and {fname|filename}, can you see both?",
    "Delivery is between {trange|time} on {date|date}.",
    "It's {money|money_amount} a month for {dur_mid|duration}, then it goes up to {money|money_amount}.",
    "The refund of {money|money_amount} should show up in {dur_short|duration}.",
    "I was charged {money|money_amount} twice on {date|date}.",
    "We've lived at {addr|location} since {yr|date_interval}.",
    "I was in {country_in|location} from {drange|date_interval} for work.",
    "Rent is {money|money_amount} and it's due on {date|date}.",
    "Can you call back after {time|time}? I'm driving until then.",
    "I started there in {myear|date_interval} and left after {dur_long|duration}.",
    "The appointment moved to {date|date} at {time|time}.",
    "The address is {addr|location}, {city|location}.",
    "It's {addr|location}, {uscity|location}, {usst|location} {zip|location}.",
    "I'm in {abroad_city|location}, {abroad_country|location}, so it's late here.",
    "The postcode is {postcode|location}, and it's the blue door.",
    "Ship it to my office at {addr|location} in {city|location}, postcode {postcode|location}.",
    "We met at {landmark|location} near {city|location} back in {decade|date_interval}.",
    "This is {full|person_name} calling from {local|organization}.",
    "Can I speak to {hon|person_name}, please?",
    "Last name {last|person_name}, that's {spell|person_name}.",
    "It's under my wife, {full|person_name}, she set it up.",
    "Thanks {first|person_name}, I'll let {first|person_name} know you called.",
    "{hon|person_name} referred me, she's {medocc_a|occupation} at {hospital|organization}.",
    "My son's {kidage|person_age} and he has {cond|medical_condition}, so he needs {drug|drug} at school.",
    "About {pct|statistics} of our members use the app now.",
    "His oxygen was {pct|statistics} and his cholesterol was {chol|statistics}.",
    "I'm {age|person_age} years old and I {inj|injury} at work, I'm {occ_a|occupation}.",
    "The service will be {relig|religion}, on {date|date}, at {time|time}.",
    "My grandmother is {nat|nationality} and {relig|religion}, and she only speaks {lang|language}.",
    "We're {couple|marital_status}, no kids, and we're both {age|person_age}.",
    "I've been {apart|marital_status} since {myear|date_interval}, so please take his name off.",
    "After the fall he had {injn_a|injury}, and now he's got {cond|medical_condition} too.",
    "She was in {hospital|organization} with {injn_a|injury} for {dur_short|duration}.",
    "I'm {nat|nationality}, {gs|gender_sexuality}, {age|person_age}, date of birth {dob|date_of_birth}, if you need that for the survey.",
    "I'm {relig_a|religion}, so I'd rather not come in during {event|event}.",
    "The {event|event} tickets were {money|money_amount} each, can you believe that?",
    "My {exsp|marital_status} moved to {city|location} with the kids in {yr|date_interval}.",
    "We're {pol|political_affiliation} voters, but this isn't about politics, it's about the road.",
    "Oh, you're {zodiac_a|zodiac_sign}? My daughter's {zodiac_a|zodiac_sign} too.",
    "The {test|medical_process} showed {cond|medical_condition}, and they want to start {treat|medical_process}.",
    "He weighs {weight|physical_attribute} and he's {height|physical_attribute}, with {mark_a|physical_attribute}.",
    "Her blood group is {blood|blood_type}, she's {gs|gender_sexuality}, and she's {age|person_age}.",
    "I need the form in {lang|language}, or at least in {lang|language}.",
    "You can find me on {social|organization} as {user|username}, or email {email|email_address}.",
    "The server at {ip|ip_address} went down around {time|time}.",
    "Go to {url|url} and upload {fname|filename} there.",
    "I'm {nat|nationality}, and I moved here from {city|location} in {yr|date_interval}.",
    "My dad was {occ_a|occupation} and my mom was {occ_a|occupation} in {city|location}.",
    "I got hurt on {date|date}, I {inj|injury} on the stairs at {local|organization}.",
    "The clinic says {drug|drug} is {money|money_amount} without insurance.",
    "I'm {gs|gender_sexuality}, and the app keeps asking for {social|organization} access.",
    "We came over for {event|event} in {yr|date_interval} and just stayed.",
    "She goes to {relig|religion} services with her {maritalx|marital_status}'s family.",
]
GENERAL += [
    "Blood type? {F}{blood|blood_type}, I think, it's on my donor card.",
    "The blood bank is short on {blood|blood_type}, and I'm {blood|blood_type}, so I can come in.",
    "She's {blood|blood_type}, and so is her brother, so he can donate.",
    "Date of birth is {dob|date_of_birth}.",
    "He was born on {dob|date_of_birth} in {city|location}.",
    "My DOB is {dob|date_of_birth}, and I'm {age|person_age}.",
    "Our booking site is {url|url}, or you can just call us.",
    "Check the status at {url|url} and log in with {email|email_address}.",
    "The handle is {user|username}, all lowercase.",
    "Log in as {user|username} and reset it from there.",
    "I'm {nat|nationality}, but I grew up in {country_in|location}.",
    "My husband is {nat|nationality} and I'm {nat|nationality}, so the kids speak {lang|language} at home.",
    "I've always voted {pol|political_affiliation}, but someone from the {pol|political_affiliation} campaign called me twice.",
    "Are you {zodiac_a|zodiac_sign} or {zodiac_a|zodiac_sign}? I always mix them up.",
    "The horoscope for {zodiac|zodiac_sign} said today would be rough, and here we are.",
    "The camera's IP is {ip|ip_address}, but I can't reach it.",
    "Please whitelist {ip|ip_address}, that's our office.",
    "My partner is {gs|gender_sexuality} and I'm {gs|gender_sexuality}, and we want both names on the lease.",
    "We're {relig|religion}, so {event|event} is a big deal for us.",
    "Forward it to {email|email_address}, and copy {email|email_address}.",
    "Rename it to {fname|filename} before you upload it.",
    "Her blood type is {blood|blood_type} and she's had {proc_a|medical_process} before.",
    "Type in {user|username} as the login, and the recovery email is {email|email_address}.",
    "The screenshot's called {fname|filename}, it shows the error.",
    "We're {relig_a|religion} family, and my husband is {nat|nationality}.",
    "I'm {zodiac_a|zodiac_sign}, so of course I double check everything.",
    "She was born {dob|date_of_birth}, she's my youngest.",
    "I'm {age|person_age}, {gs|gender_sexuality}, and I was {pol_a|political_affiliation} volunteer in {yr|date_interval}.",
    "The donor card says {blood|blood_type}, is that enough?",
    "I'm in {state|location}, the office in {city|location} is closer than {city|location}.",
]
GENERAL += [
    "The form is at {url|url}, and the help page is {url|url}.",
    "The portal, {url|url}, says my session expired from {ip|ip_address}.",
    "Is it {user|username} or {user|username}? I have two accounts.",
    "He's on {drug|drug} and {drug|drug}, and the {medocc|occupation} wants to add {drug|drug}.",
    "I ran out of {drug|drug} {rel} and the pharmacy won't refill it until I see someone.",
    "They think it's {cond|medical_condition}, maybe {cond|medical_condition}, they're not sure yet.",
    "She {inj_her|injury} at the gym and it took {dur_mid|duration} to heal.",
    "After the crash I had {injn_a|injury} and {injn_a|injury}.",
    "The odds are {pct|statistics}, and her heart rate was {hr|statistics} when they checked.",
    "His blood pressure is {bp|statistics}, and that's on {drug|drug}.",
    "I waited {dur_wait|duration} on hold, then another {dur_wait|duration} for a callback.",
    "The {test|medical_process} takes {dur_wait|duration}, and they said the results come back {relf}.",
    "I'm {apart|marital_status}, my {exsp|marital_status} lives in {city|location}.",
    "Put me down as {couple|marital_status}, it makes the forms easier.",
    "My {latesp|marital_status} was {relig|religion} and I'm {relig|religion}, so the funeral was complicated.",
    "We're both {pol|political_affiliation}, so please take us off the {pol|political_affiliation} mailing list.",
    "I volunteer for the {pol|political_affiliation} party, but I'm calling about my water bill.",
    "We do a big thing for {event|event} and another for {event|event}.",
    "The files are {fname|filename} and {fname|filename}, both in the folder.",
    "I'm {occ_a|occupation}, and my {maritalx|marital_status} was {occ_a|occupation} too.",
    "The {medocc|occupation} said my {cond|medical_condition} is under control.",
    "I {inj|injury} and now I can't work, I'm {occ_a|occupation}.",
    "Since {myear|date_interval} I've had {cond|medical_condition} and I take {drug|drug} for it.",
    "I need {proc_a|medical_process} before {event|event}, is there anything {relf}?",
    "Her A1C is {a1c|statistics}, down from {a1c|statistics}.",
    "The survey said {pct|statistics} of {nat|nationality} families speak {lang|language} at home.",
    "We set the gateway to {ip|ip_address}, and my laptop shows {ip|ip_address}.",
    "Is {user|username} taken? Then try {user|username}.",
    "I'm {age|person_age} and {gs|gender_sexuality}, and I've been {occ_a|occupation} for {dur_long|duration}.",
    "My {zodiac|zodiac_sign} friend says it's a sign, but I think it's {cond|medical_condition}.",
]

NOPII = [
    "I'm on the fourth floor, room {room}, the one with the view.",
    "Hold on, let me put you on speaker.",
    "It says {qty} items in the cart, but I only added two.",
    "Rate us from one to five after the call.",
    "Your call is important to us, please stay on the line.",
    "The kitchen faucet drips every few seconds, it's driving me nuts.",
    "We're looking at option B, the middle one.",
    "Just a heads up, the connection is bad on my end.",
    "Dial {opt} to repeat this menu.",
    "It's the third drawer down, behind the spoons.",
    "I'll take the large, the small one was too tight.",
    "Can you hold for a moment while I check?",
    "Sorry, I was on mute the whole time.",
    "I've read chapter {qty} twice and I still don't get it.",
    "The dog chewed the remote again, so here we are.",
    "We need {qty} chairs and one long table.",
    "Drop it at bay {qty} and ring the bell.",
    "Level {plat} of the parking garage is closed.",
    "The meeting's in conference room B, down the hall.",
    "Is it pay at the pump or pay inside?",
    "The sticker on the box says fragile, this side up.",
    "I'd like the vegetarian option, please.",
    "Rose bushes need more sun than that, trust me.",
    "Will you be home when they come by?",
    "Paris green paint, the can with the dent in it.",
    "French doors or sliding ones, what do you recommend?",
    "We want the Danish pastries, the ones with the jam.",
    "Is that a Phillips head or a flat head?",
    "The Boston fern on the porch needs water.",
    "India ink stained my good shirt.",
    "Graham crackers and milk for the kids, that's all.",
    "Press the pound key twice and then zero.",
    "It's a two-step process, first the form, then the photo.",
    "Only {qty} left in stock, apparently.",
    "We're in lane {few} at the drive-through.",
    "The fridge is making that humming noise again.",
    "Can you turn the volume up? I can barely hear you.",
    "The shelf holds about {qty} kilos, so don't overload it.",
    "Is it a king or a queen bed in that room?",
    "We're in row {plat}, seats C and D.",
    "Cash or card? Either is fine.",
    "Page {qty}, the paragraph at the bottom.",
    "Press {opt} for billing, press {opt} for technical support, or stay on the line.",
    "{F}I'm at gate {gate} now and the board says it's delayed.",
    "It should be in aisle {aisle}, right by the batteries.",
    "Take {qty} tablets with water and don't lie down right after.",
    "She said to take it with food, {mg} milligrams, and not more than that.",
    "Do I need the W-2 or the 1099 for that?",
    "The promo code {promo} didn't work at checkout.",
    "Take exit {exit} and it's the second light on the right.",
    "We updated to version {ver} and now the screen flickers.",
    "Room {room} is on the {floor} floor, just past the elevators.",
    "There are {qty} boxes, and one of them is pretty heavy.",
    "You're caller number {qty} in the queue, please continue to hold.",
    "Error code {err} keeps popping up when I try to print.",
    "{F}I'll just google it and call you back.",
    "We can uber over there after lunch, it's not far.",
    "Honestly I'm not married to that plan, we can change it.",
    "You need the male end of the cable for that port.",
    "We take pride in getting it right the first time.",
    "It'll take a few minutes, and the email might take a couple of days.",
    "That's our number one priority, I promise.",
    "Every single time I call I get a different answer.",
    "Mark it as urgent, please, the bill is already late.",
    "I will, I just need a straight answer first.",
    "The price rose again and, frankly, I'm done with it.",
    "Let me jack up the car first and then I'll check the tire.",
    "Is there a grace period if I pay a little late?",
    "The amber light on the modem keeps blinking.",
    "There's a gap between the door and the frame, that's where the draft comes in.",
    "We only use the good china when the whole family comes over.",
    "The kids want french fries and the Swiss cheese one.",
    "Reading the fine print right now, hold on.",
    "Nice, that worked. Thank you so much.",
    "The visa application asks for {qty} photos, is that right?",
    "It's a shell script that runs when the machine starts.",
    "I tried to chase it up but nobody answered.",
    "Let's not sprint through this, take your time.",
    "Channel {ch} has the game, but the picture is fuzzy.",
    "Table for {qty}, please, somewhere by the window.",
    "The {qty}-pack is cheaper per unit, if you want that one.",
    "Step {qty}, unplug it and wait for the lights to go off.",
    "The box says {gb} gigabytes of storage, is that enough?",
    "Platform {plat}, the train on the left.",
    "The form is the I-9, section {opt}, right at the bottom.",
    "Open the app, tap settings, then option {opt}.",
    "Our team is on the {floor} floor, near the kitchen.",
    "It's a 24/7 line, so call any time.",
    "I've got {few} kids and a dog, so it's chaos here.",
    "The {size} inch one, the one on the top shelf.",
    "Just the basic plan, nothing fancy, thanks.",
    "I'm on hold forever every time, it's ridiculous.",
    "Can you spell that again slowly for me?",
    "My mobile keeps dropping calls in the kitchen.",
    "Hang on, the dog is barking, give me a second.",
    "You want the HDMI 2 port, not HDMI 1.",
    "It's the 2-in-1 model, the cheaper one.",
    "Zoom in on the photo and you'll see the crack.",
    "Cut me some slack, I've never done this before.",
    "Bath towels are out of stock online, apparently.",
    "Orange light, then green, then it restarts by itself.",
    "The chip on the card is scratched, that's all it is.",
    "Sunny outside, so the solar panels should be fine.",
    "Apple juice or water for the little one?",
    "My will is in the drawer somewhere, I'm sure of it.",
    "Hunter green or navy, which one's in stock?",
    "We're {qty} people, so we need the bigger room.",
    "It's on the second shelf, third from the left.",
    "The queue says there are {qty} people ahead of me.",
    "The subway's closed so I'll walk the rest of the way.",
    "Turkey sandwich, no mayo, and a bottle of water.",
    "The target is to finish before lunch, if we can.",
    "I'll grab the jersey from the car and bring it back.",
    "Can you open the window a bit? It's stuffy in here.",
    "Go down {qty} doors and it's the one with the red sign.",
    "The thermostat is set to {temp} degrees, is that normal?",
    "Bus {ch} stops right outside the building, doesn't it?",
    "{F}press star, then pound, then {opt}.",
    "The discount is only on the {qty}-piece set.",
    "I'm in the lobby, by the elevators, next to the plants.",
    "Do you have it in a bigger size, or just this one?",
    "It's aisle {aisle}, bay {qty}, on the bottom.",
    "Sorry, can you repeat the last part? The line cut out.",
    "Version {ver} fixed it, so never mind.",
    "I'd like to speak to someone about the noise, it's every night.",
]

GROUPS = [  # (name, frames, lines or None for each frame once, source)
    ("number_sequence", NS, 131, "template"),
    ("card", CARD, 36, "template"),
    ("ssn", SSN, 16, "template"),
    ("phone", PHONE, 16, "template"),
    ("account", ACCOUNT, 18, "template"),
    ("banking", BANKING, 13, "template"),
    ("health", HEALTH, 18, "template"),
    ("dl", DL, 17, "template"),
    ("passport", PASSPORT, 16, "template"),
    ("vehicle", VEHICLE, 17, "template"),
    ("password", PASSWORD, 17, "template"),
    ("general", GENERAL, None, "template"),
    ("nopii", NOPII, 120, "nopii"),
]


def build() -> tuple[list[dict], Counter, set]:
    """All 600 lines, shuffled, with ids; also the frame of every line."""
    rows, seen = [], set()
    for name, frames, n, source in GROUPS:
        rng = random.Random(f"{SEED}-{name}")
        assert len(set(frames)) == len(frames), name
        n = n or len(frames)
        order = []
        while len(order) < n:
            batch = frames[:]
            rng.shuffle(batch)
            order += batch
        order = order[:n]
        low_idx = set(rng.sample(range(n), round(n / 4)))
        for i, frame in enumerate(order):
            low = i in low_idx
            for _ in range(50):
                text, spans = render(frame, rng, low, drop_commas=rng.random() < 1 / 3)
                if text not in seen:
                    break
            assert text not in seen, text
            seen.add(text)
            check(text, spans, low)
            if source == "nopii":
                assert not spans, frame
            else:
                assert spans, frame
            rows.append({"text": text, "spans": spans, "source": source, "_frame": frame, "_low": low})
    random.Random(SEED).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"x25-{i:04d}"
    return rows


def main() -> int:
    rows = build()
    counts = Counter(s["policy"] for r in rows for s in r["spans"])
    ns_frames = {r["_frame"] for r in rows if any(s["policy"] == "number_sequence" for s in r["spans"])}
    frames = {r["_frame"] for r in rows}
    nopii = sum(r["source"] == "nopii" for r in rows)
    low = sum(r["_low"] for r in rows)
    for pol, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{pol:28s} {n}")
    print(f"lines {len(rows)}  no-PII {nopii}  lower-cased {low}  spans {sum(counts.values())}  "
          f"frames {len(frames)}  number_sequence frames {len(ns_frames)}")
    assert len(rows) == 600 and nopii == 120, (len(rows), nopii)
    assert set(counts) == POLICIES and min(counts.values()) >= 10, sorted(counts.items(), key=lambda kv: kv[1])[:5]
    assert counts["number_sequence"] >= 150 and len(ns_frames) >= 60, (counts["number_sequence"], len(ns_frames))
    assert all(counts[p] >= 20 for p in COMPETING), {p: counts[p] for p in COMPETING}
    assert len(frames) >= 150
    meta = {"_meta": {
        "split": SPLIT,
        "tuning": "written blind (its author read only this README's format, style and label sections, by mistake "
                  "also its descriptions of older extra_dev splits, the docs' policy table and API.md; not piikit's "
                  "detector, tests, benchmarks, scripts, the other splits or generators, and the detector was never "
                  "run on it); its first score is the honest estimate, then a tuning split like dev",
        "licence": "CC0-1.0",
        "generator": "data/pii_eval/src/extra_dev25_gen.py (seeded, stdlib only; rebuilds this file byte for byte; "
                     f"{len(rows)} lines, {nopii} without PII, {sum(counts.values())} spans over all 44 policies, "
                     f"{counts['number_sequence']} number_sequence spans from {len(ns_frames)} frames, "
                     f"{len(frames)} frames, {low} lines lower-cased with spoken numbers)",
    }}
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(meta, ensure_ascii=False) + "\n")
        for r in rows:
            fh.write(json.dumps({"id": r["id"], "text": r["text"], "spans": r["spans"], "source": r["source"]},
                                ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
