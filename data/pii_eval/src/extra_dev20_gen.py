#!/usr/bin/env python3
"""Blind, seeded template generator for extra_dev20: 400 lines with PII over all 44 policies, 100 look-alikes.

Written blind: its author read only data/pii_eval/README.md, the docs' policy table and the API
note, not piikit/, tests, benchmarks, scripts or the other splits, and never ran the detector on
the output. Stdlib only; the same seed rebuilds the file byte for byte:

    .venv/bin/python data/pii_eval/src/extra_dev20_gen.py
"""
from __future__ import annotations

import json
import random
import re
import string
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

SEED = 20_2020
OUT = Path(__file__).resolve().parents[1] / "extra_dev20.jsonl"
SPLIT = "extra_dev20"

POLICIES = """account_number banking_information blood_type credit_card_cvv credit_card_expiration
credit_card_number date date_interval date_of_birth drivers_license drug duration email_address event
filename gender_sexuality healthcare_number injury ip_address language location marital_status
medical_condition medical_process money_amount nationality number_sequence occupation organization
passport_number password person_age person_name phone_number physical_attribute political_affiliation
religion statistics time url us_social_security_number username vehicle_id zodiac_sign""".split()

# Policies whose written values keep their case in a lower-cased line ("codes keep their case").
CODE_POLICIES = {"account_number", "banking_information", "healthcare_number", "drivers_license",
                 "passport_number", "vehicle_id", "number_sequence", "password"}

# --------------------------------------------------------------------------------------------
# spoken-number renderers
# --------------------------------------------------------------------------------------------
ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
            8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
            14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
            19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NATO = dict(zip(string.ascii_uppercase,
                "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november "
                "oscar papa quebec romeo sierra tango uniform victor whiskey x-ray yankee zulu".split()))
AS_IN = {"A": ["apple", "Adam"], "B": ["boy", "bravo"], "C": ["cat", "Charlie"], "D": ["David", "dog"],
         "E": ["Edward", "echo"], "F": ["Frank", "fox"], "G": ["George", "golf"], "H": ["Henry", "hotel"],
         "I": ["igloo", "India"], "J": ["John", "juliet"], "K": ["kilo", "king"], "L": ["Larry", "lima"],
         "M": ["Mary", "mike"], "N": ["Nancy", "November"], "O": ["ocean", "Oscar"], "P": ["Peter", "papa"],
         "Q": ["queen", "Quebec"], "R": ["Robert", "Romeo"], "S": ["Sam", "sugar"], "T": ["Tom", "tango"],
         "U": ["umbrella", "uniform"], "V": ["Victor", "victory"], "W": ["William", "whiskey"],
         "X": ["x-ray"], "Y": ["yellow", "yankee"], "Z": ["zebra", "zulu"]}


def words(n: int, and_: bool = True) -> str:
    """English words for 0..999999 ("nine hundred and twelve")."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        head = ONES[n // 100] + " hundred"
        return head if rest == 0 else head + (" and " if and_ else " ") + words(rest)
    rest = n % 1000
    head = words(n // 1000, and_) + " thousand"
    if rest == 0:
        return head
    return head + (" and " if (rest < 100 and and_) else " ") + words(rest, and_)


def ordinal(n: int) -> str:
    """Spoken ordinal 1..31 ("twenty second")."""
    if n in ORDINALS:
        return ORDINALS[n]
    return TENS[n // 10] + " " + ORDINALS[n % 10]


def suffix(n: int) -> str:
    """Digit ordinal ("22nd")."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


class Speaker:
    """Reads digits aloud with per-value habits (oh or zero, doubles, pairs)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.oh = rng.random() < 0.6
        self.doubles = rng.random() < 0.5
        self.pairs = rng.random() < 0.35

    def d(self, ch: str) -> str:
        return "oh" if ch == "0" and self.oh else ONES[int(ch)]

    def digits(self, s: str) -> str:
        out, i = [], 0
        while i < len(s):
            run = 1
            while i + run < len(s) and s[i + run] == s[i]:
                run += 1
            if self.doubles and run >= 3 and self.rng.random() < 0.5:
                out.append("triple " + self.d(s[i]))
                i += 3
            elif self.doubles and run >= 2:
                out.append("double " + self.d(s[i]))
                i += 2
            else:
                out.append(self.d(s[i]))
                i += 1
        return " ".join(out)

    def group(self, g: str) -> str:
        """A short digit group, digit by digit or as pairs/hundreds."""
        if self.pairs and g[0] != "0":
            if len(g) == 2:
                return words(int(g))
            if len(g) == 4 and g[2] != "0":
                return words(int(g[:2])) + " " + words(int(g[2:]))
            if len(g) == 4 and g[2:] == "00":
                return words(int(g[:2])) + " hundred"
            if len(g) == 3 and g[1] != "0":
                return ONES[int(g[0])] + " " + words(int(g[1:]))
        return self.digits(g)

    def chunked(self, s: str, sep: str = ", ") -> str:
        """A long digit string read in chunks of 3-4."""
        parts, i = [], 0
        while len(s) - i > 4:
            n = 3 if len(s) - i in (5, 6, 9) else 4
            parts.append(self.group(s[i:i + n]))
            i += n
        parts.append(self.group(s[i:]))
        return sep.join(parts)


def speak_code(code: str, rng: random.Random, filler: bool = True) -> str:
    """Read an alphanumeric code aloud: letters plain, 'as in' or NATO; digits in groups."""
    sp = Speaker(rng)
    style = rng.choice(["plain", "plain", "asin", "nato", "mixed"])
    sep = rng.choice([" dash ", ", ", " ", ", "])
    segs = [s for s in re.split(r"[-\s/]+", code) if s]
    out = []
    for seg in segs:
        bits = []
        for run in re.findall(r"[A-Za-z]+|\d+", seg):
            if run.isdigit():
                bits.append(sp.chunked(run, " ") if len(run) > 4 else sp.group(run))
            else:
                for ch in run.upper():
                    st = style if style != "mixed" else rng.choice(["plain", "asin", "nato"])
                    if st == "plain":
                        bits.append(ch)
                    elif st == "asin":
                        bits.append(f"{ch} as in {rng.choice(AS_IN[ch])}")
                    else:
                        bits.append(NATO[ch])
        out.append(", ".join(bits) if style == "asin" else " ".join(bits))
    text = sep.join(out)
    if filler and len(out) > 1 and rng.random() < 0.08:
        k = rng.randrange(1, len(out))
        text = sep.join(out[:k]) + rng.choice([", uh, ", " um "]) + sep.join(out[k:]).lstrip(", ")
    return text


def pattern(rng: random.Random, pat: str, letters: str = string.ascii_uppercase) -> str:
    """Fill a pattern: l letter, d digit, a letter-or-digit, n digit 1-9; anything else (capitals) literal."""
    out = []
    for ch in pat:
        if ch == "l":
            out.append(rng.choice(letters))
        elif ch == "d":
            out.append(rng.choice(string.digits))
        elif ch == "n":
            out.append(rng.choice("123456789"))
        elif ch == "a":
            out.append(rng.choice(letters + string.digits))
        else:
            out.append(ch)
    return "".join(out)


def code(rng: random.Random, sp: bool, pats: list[str], letters: str = string.ascii_uppercase) -> str:
    """A code from one of the patterns, written or spoken."""
    c = pattern(rng, rng.choice(pats), letters)
    return speak_code(c, rng) if sp else c


# --------------------------------------------------------------------------------------------
# checksummed numbers
# --------------------------------------------------------------------------------------------
def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def card_digits(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + pattern(rng, "d" * 14)
    elif kind == "mc":
        body = rng.choice(["51", "52", "53", "54", "55"]) + pattern(rng, "d" * 13)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + pattern(rng, "d" * 12)
    else:
        body = "6011" + pattern(rng, "d" * 11)
    return body + luhn_digit(body)


def aba(rng: random.Random) -> str:
    d = [int(x) for x in f"{rng.choice([rng.randint(1, 12), rng.randint(21, 32)]):02d}"]
    d += [rng.randint(0, 9) for _ in range(6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((-s) % 10)
    return "".join(map(str, d))


def aba_ok(r: str) -> bool:
    d = [int(x) for x in r]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def iban(rng: random.Random) -> str:
    cc, pat = rng.choice([("GB", "lllldddddddddddddd"), ("DE", "dddddddddddddddddd"),
                          ("IE", "lllldddddddddddddd"), ("NL", "lllldddddddddd"),
                          ("FR", "ddddddddddddddddddddddd"), ("ES", "dddddddddddddddddddd")])
    bban = pattern(rng, pat)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    check = 98 - int(num) % 97
    raw = f"{cc}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(v: str) -> bool:
    raw = v.replace(" ", "")
    s = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
           **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["1HG", "JTD", "2T1", "1FA", "5YJ", "3VW", "KNA", "1G1", "WBA", "JN1", "4S4"])
    chars = list(wmi + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0"
                 + rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + rng.choice(VIN_CHARS)
                 + pattern(rng, "dddddd"))
    r = sum(VIN_VAL[c] * w for c, w in zip(chars, VIN_W)) % 11
    chars[8] = "X" if r == 10 else str(r)
    return "".join(chars)


def vin_ok(v: str) -> bool:
    r = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[8] == ("X" if r == 10 else str(r))


def ssn_digits(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "99"]) + pattern(rng, "d" * 12)
    return body + luhn_digit(body)


def nhs(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


# --------------------------------------------------------------------------------------------
# value pools (all people and numbers made up)
# --------------------------------------------------------------------------------------------
FIRST = ["Dana", "Marcus", "Priya", "Tomasz", "Aaliyah", "Kenji", "Fatima", "Rosa", "Declan", "Ngozi",
         "Hannah", "Luis", "Mei", "Oluwaseun", "Bridget", "Rafael", "Ingrid", "Desmond", "Yusuf",
         "Carmen", "Theo", "Lakshmi", "Colette", "Andre", "Siobhan", "Hamid", "Wren", "Mateo", "Grace",
         "Dmitri", "Esperanza", "Kwame", "Lorna", "Jasper", "Imani", "Björn", "Thuy", "Gideon"]
LAST = ["Okafor", "Brandt", "Nakamura", "Delgado", "Abernathy", "Kowalski", "Thibodeaux", "Ferreira",
        "Haddad", "Lindqvist", "McAllister", "Osei", "Castellano", "Pham", "Whitfield", "Varga", "Iyer",
        "Rasmussen", "Quintero", "Sato", "Gallagher", "Novak", "Szabo", "Ruiz", "Chukwu", "Fairbanks",
        "Ellery", "O'Donnell", "Moreau", "Yilmaz", "Petrov", "Adeyemi", "Halvorsen", "Trujillo"]
CITIES = ["Tulsa", "Spokane", "Dayton", "Fresno", "Macon", "Boise", "Albany", "Duluth", "Savannah",
          "Lubbock", "Provo", "Akron", "Scranton", "Eugene", "Reno", "Chattanooga", "Green Bay", "Yakima"]
STATES = ["Ohio", "Oregon", "Georgia", "Texas", "Nevada", "Maine", "Iowa", "Arizona", "Vermont",
          "New Mexico", "Kentucky", "Minnesota"]
ST_ABBR = ["OH", "OR", "GA", "TX", "NV", "ME", "IA", "AZ", "VT", "NM", "KY", "MN"]
STREET_NAMES = ["Sunset", "Maple Ridge", "Alder", "Kingsley", "Harbor View", "Old Mill", "Birchwood",
                "Juniper", "Cedar Hollow", "Wexford", "Larkspur", "Pruitt"]
STREET_TYPES = ["Avenue", "Street", "Road", "Drive", "Lane", "Court", "Boulevard", "St.", "Ave.", "Way"]
COUNTRIES = ["Portugal", "Nigeria", "Vietnam", "Canada", "Peru", "Poland", "Kenya", "Ireland",
             "Jamaica", "Romania", "Ghana", "Chile"]
LANDMARKS = ["Golden Gate Bridge", "Space Needle", "Pike Place Market", "Navy Pier", "Lincoln Memorial",
             "Hoover Dam", "Gateway Arch", "Alamo"]
AIRPORTS = ["O'Hare", "JFK", "Sea-Tac", "Hartsfield-Jackson", "LAX", "Logan", "Denver International"]
HIGHWAYS = ["I-95", "I-80", "Route 9", "Highway 101", "US 30", "I-35", "Route 66"]
BANKS = ["Wells Fargo", "Chase", "Bank of America", "Navy Federal", "TD Bank", "Ally Bank", "Capital One",
         "Lakeshore Credit Union"]
INSURERS = ["State Farm", "Geico", "Allstate", "Liberty Mutual", "Aetna", "Cigna", "Kaiser Permanente",
            "Blue Cross Blue Shield", "Humana", "UnitedHealthcare", "Nationwide"]
HOSPITALS = ["Mercy General Hospital", "St. Luke's Medical Center", "Cedars-Sinai", "Mayo Clinic",
             "Northwest General Hospital", "Riverside Regional"]
COURIERS = ["FedEx", "UPS", "DHL", "Purolator"]
COMPANIES = ["Comcast", "Verizon", "Home Depot", "Costco", "Walmart", "Amazon", "Dell", "Microsoft",
             "Spotify", "Delta", "Southwest", "Con Edison", "Duke Energy", "Xfinity", "T-Mobile"]
SCHOOLS = ["Lincoln High School", "University of Oregon", "Riverside Community College", "Ohio State",
           "Westbrook Elementary", "Arizona State University"]
AGENCIES = ["Social Security Administration", "IRS", "FEMA", "Department of Labor", "DMV", "USCIS"]
CARD_NETS = ["Visa", "Mastercard", "Amex", "Discover"]
CAR_MAKES = ["Toyota", "Honda", "Ford", "Subaru", "Hyundai", "Chevy", "Kia", "Nissan", "Mazda"]
JOBS = ["nurse", "claims adjuster", "tech", "case worker", "paralegal", "electrician", "dental hygienist",
        "pharmacist", "software engineer", "bus driver", "accountant", "substitute teacher",
        "warehouse supervisor", "paramedic", "CPA", "mail carrier", "line cook", "locksmith",
        "social worker", "plumber", "flight attendant", "crossing guard", "physical therapist",
        "radiologist", "underwriter", "welder", "home health aide", "veterinarian"]
NATS = ["American", "Mexican", "Nigerian", "Filipino", "Korean", "Irish", "Pakistani", "Brazilian",
        "Haitian", "Ukrainian", "Guatemalan", "Ethiopian", "Canadian", "Jamaican"]
RACES = ["Hispanic", "Asian", "Black", "Caucasian", "Latino", "African American", "Pacific Islander"]
LANGS = ["Spanish", "Tagalog", "Mandarin", "Portuguese", "Vietnamese", "Arabic", "Polish",
         "Haitian Creole", "Punjabi", "Somali", "Russian", "French", "Korean", "Cantonese", "Amharic"]
RELIGIONS = ["Catholic", "Jewish", "Muslim", "Hindu", "Buddhist", "Lutheran", "atheist", "Mormon",
             "Sikh", "Baptist", "Methodist", "agnostic", "Greek Orthodox", "Jehovah's Witness"]
PARTY_PEOPLE = ["Republican", "Democrat", "Libertarian", "socialist", "conservative", "progressive",
                "Democratic Socialist", "Tory", "Green"]
PARTIES = ["Republican", "Democrat", "Green Party", "Libertarian", "Labour", "Democratic", "Reform Party",
           "Conservative"]
MARITAL = ["married", "divorced", "single", "widowed", "separated", "common-law", "remarried"]
EXSP = ["ex-wife", "ex-husband", "late husband", "late wife", "ex", "ex-partner"]
GENDERS = ["female", "male", "nonbinary", "transgender", "trans", "genderqueer", "intersex", "gender fluid"]
SEXUALITIES = ["bisexual", "gay", "lesbian", "queer", "pansexual", "trans", "nonbinary", "asexual"]
ZODIAC = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius",
          "Capricorn", "Aquarius", "Pisces"]
EVENTS = ["Thanksgiving", "Yom Kippur", "Diwali", "Christmas Eve", "Ramadan", "Labor Day",
          "Pride", "Black Friday", "Lunar New Year", "Easter", "Memorial Day", "Hanukkah",
          "Mardi Gras", "Eid"]
EVENTS_THE = ["Super Bowl", "Olympics", "World Cup", "Fourth of July", "NBA Finals", "Kentucky Derby",
              "Boston Marathon"]
DRUGS = ["Advil", "ibuprofen", "metformin", "lisinopril", "amoxicillin", "Zoloft", "atorvastatin",
         "vitamin D", "insulin", "Eliquis", "prednisone", "albuterol", "Tylenol", "omeprazole",
         "fish oil", "gabapentin", "Ozempic", "melatonin", "levothyroxine", "Xanax"]
CONDS = ["type 2 diabetes", "AFib", "kidney stones", "asthma", "hypertension", "migraines", "COPD",
         "sleep apnea", "depression", "celiac disease", "high blood pressure", "anxiety",
         "Crohn's disease", "GERD", "epilepsy", "rheumatoid arthritis", "ADHD", "shingles", "gout"]
PROCS_COUNT = ["CT scan", "MRI", "colonoscopy", "knee replacement", "root canal", "X-ray", "mammogram",
               "stress test", "flu shot", "ultrasound", "biopsy", "EKG", "hip replacement", "echocardiogram"]
PROCS_MASS = ["physical therapy", "dialysis", "blood work", "chemo", "allergy testing", "cataract surgery",
              "speech therapy", "radiation", "IV antibiotics"]
INJ_NOUN = ["sprained wrist", "concussion", "torn ACL", "fractured ankle", "dislocated shoulder", "bruised rib",
            "broken collarbone", "hairline fracture", "second-degree burn", "torn meniscus"]
INJ_VERB = ["broke my arm", "sprained my ankle", "cut my hand", "twisted my knee", "hurt my back",
            "burned my hand", "tore my rotator cuff", "cracked a rib", "broke my wrist"]
HAIR = ["red hair", "curly gray hair", "long black hair", "blond hair", "thick eyebrows",
        "gray stubble", "dreadlocks", "brown eyes", "green eyes", "freckles", "shaved head"]
MARKS = ["scar across his chin", "tattoo on her left wrist", "birthmark on his neck",
         "limp", "missing front tooth", "tattoo of a rose on his forearm", "mole above her lip"]
DISAB = ["deaf", "hard of hearing", "legally blind", "paraplegic", "partially deaf", "colorblind"]
BUILDS = ["heavyset", "stocky", "petite", "muscular", "skinny", "tall and thin"]
PETS = ["Biscuit", "Pepper", "Rex", "Nugget", "Shadow", "Coco", "Bandit", "Mango", "Ziggy", "Oreo"]
STREET_ANS = ["Maple", "Elm Street", "Poplar Avenue", "Dogwood", "Frontenac"]
CARS_ANS = ["Corolla", "Beetle", "Civic", "Tercel"]
WORDS_PW = ["marigold", "kestrel", "sunflower", "bluejay", "tangerine", "granite", "harbor", "velvet"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "protonmail.com",
             "aol.com", "comcast.net"]
URLS = ["https://www.riverbendpower.com/outages", "northfieldschools.org/enroll",
        "myaccount.tricountywater.com", "https://portal.harborviewclinic.org/forms", "lakeshorecu.com/help",
        "www.metrotransit.gov/lostandfound", "https://claims.pinecrestmutual.com/status",
        "cityofdayton.gov/permits", "www.shipquickly.com/track", "help.brightlinefiber.net/reset"]
FILES = ["Q3_claims_export.xlsx", "brad-tax-returns.pdf", "Taxes/2021/okafor-return.pdf", "IMG_4471.jpg",
         "lease_final_v2.docx", "scan0042.pdf", "C:\\Users\\dana\\Documents\\benefits.pdf", "homework3.docx",
         "payslip_march.pdf", "timesheet_week14.xlsx", "incident_photos.zip", "w2_2023.pdf",
         "Desktop/receipts/hotel_folio.pdf", "budget-v3-final.xlsx", "transcript_fall.pdf"]
SPOKEN_FILES = ["resume underscore 2024 dot pdf", "lease final dot docx", "I M G underscore four four seven "
                "one dot jpg", "budget dash v3 dot xlsx", "claim photos dot zip", "scan oh oh four two dot pdf",
                "payslip underscore march dot pdf", "homework three dot docx"]


def pick(pool):
    return lambda rng, sp: rng.choice(pool)


def name(rng, sp):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def honorific(rng, sp):
    last, first = rng.choice(LAST), rng.choice(FIRST)
    return rng.choice([f"Dr. {first} {last}", f"Ms. {last}", f"Mr. {last}", f"Mrs. {last}", f"Dr. {last}",
                       f"Dr. {first} {last}, MD", f"Miss {last}", f"{first} {last}, Esq."])


def spelled(rng, sp):
    last = rng.choice([x for x in LAST if x.isalpha()])
    sep = rng.choice([" ", " ", "-"])
    return sep.join(last.upper())


# phones --------------------------------------------------------------------------------------
AREAS = ["212", "312", "415", "503", "617", "702", "813", "919", "206", "469", "720", "404", "614"]


def phone(rng, sp):
    area, line = rng.choice(AREAS), f"01{rng.randint(0, 99):02d}"
    if not sp:
        return rng.choice([f"{area}-555-{line}", f"({area}) 555-{line}", f"+1 {area}-555-{line}",
                           f"{area}.555.{line}", f"1-{area}-555-{line}", f"555-{line}", f"{area}-555-{line}"])
    s = Speaker(rng)
    ex = rng.choice(["five five five", "triple five", "double five five"])
    lp = s.group(line)
    sep = rng.choice([", ", " ", ", "])
    if rng.random() < 0.15:
        return f"five five five{sep}{lp}"
    return f"{s.digits(area)}{sep}{ex}{sep}{lp}"


def tollfree(rng, sp):
    pre, line = rng.choice(["800", "888", "877", "866"]), f"01{rng.randint(0, 99):02d}"
    if not sp:
        return rng.choice([f"1-{pre}-555-{line}", f"{pre}-555-{line}", f"1 ({pre}) 555-{line}"])
    s = Speaker(rng)
    head = rng.choice(["one ", ""]) + {"800": "eight hundred", "888": "triple eight", "877": "eight seven seven",
                                       "866": "eight six six"}[pre]
    return f"{head}, five five five, {s.group(line)}"


# emails, urls, ip, usernames, files ---------------------------------------------------------
def email(rng, sp):
    f, l = rng.choice(FIRST).lower(), rng.choice([x for x in LAST if x.isalpha()]).lower()
    local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{l}.{f[0]}",
                        f"{f}{rng.randint(70, 99)}"])
    dom = rng.choice(EMAIL_DOM)
    if not sp:
        return f"{local}@{dom}"
    say = local.replace(".", " dot ").replace("_", " underscore ")
    say = " ".join(re.sub(r"\d+", lambda m: " " + Speaker(rng).group(m.group()) + " ", say).split())
    return f"{say} at {dom.replace('.', ' dot ')}"


def url(rng, sp):
    u = rng.choice(URLS)
    if not sp:
        return u
    u = re.sub(r"^https?://", "", u).replace("www.", "")
    u = u.replace(".", " dot ").replace("/", " slash ")
    return u


def ip(rng, sp):
    if rng.random() < 0.15:
        return rng.choice(["2001:db8:85a3::8a2e:370:7334", "fe80::1c2a:4bff:fe3d:9a01",
                           "2001:db8:4f2::17", "fd12:3456:789a:1::42"])
    a = rng.choice([[192, 168, rng.randint(0, 20), rng.randint(2, 254)],
                    [10, rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254)],
                    [172, rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)],
                    [rng.randint(24, 98), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)]])
    if not sp:
        return ".".join(map(str, a))
    s = Speaker(rng)
    return " dot ".join(s.digits(str(x)) if rng.random() < 0.6 else words(x, False) for x in a)


def username(rng, sp):
    f, l = rng.choice(FIRST).lower(), rng.choice([x for x in LAST if x.isalpha()]).lower()
    n = rng.randint(2, 99)
    u = rng.choice([f"{f[0]}{l}{n}", f"{f}.{l}", f"{f}_{l[:4]}{n}", f"night_owl_{f[:3]}", f"{f}{l[0]}{n}",
                    f"the_real_{f}", f"{l}{f[0]}_{n}"])
    if not sp:
        return rng.choice(["", "", "@"]) + u
    say = u.replace(".", " dot ").replace("_", " underscore ")
    say = " ".join(re.sub(r"\d+", lambda m: " " + Speaker(rng).group(m.group()) + " ", say).split())
    return rng.choice(["", "at "]) + say


def handle(rng, sp):
    u = username(rng, False).lstrip("@")
    return "@" + u if not sp else "at " + u.replace("_", " underscore ").replace(".", " dot ")


def filename(rng, sp):
    return rng.choice(SPOKEN_FILES) if sp else rng.choice(FILES)


# cards ---------------------------------------------------------------------------------------
def card(rng, sp):
    c = card_digits(rng)
    assert luhn_ok(c)
    groups = [c[:4], c[4:10], c[10:]] if len(c) == 15 else [c[i:i + 4] for i in range(0, 16, 4)]
    if not sp:
        return rng.choice([" ", " ", "-", ""]).join(groups)
    s = Speaker(rng)
    return ", ".join(s.group(g) if len(g) <= 4 else s.digits(g) for g in groups)


def card4(rng, sp):
    g = pattern(rng, "dddd")
    return Speaker(rng).group(g) if sp else g


def cvv(rng, sp, n=None):
    g = pattern(rng, "d" * (n or rng.choice([3, 3, 3, 4])))
    return Speaker(rng).group(g) if sp else g


def exp(rng, sp):
    m, y = rng.randint(1, 12), rng.randint(25, 33)
    if not sp:
        return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{MONTHS[m - 1]} 20{y}", f"{m}/{y}",
                           f"{MONTHS[m - 1][:3]} 20{y}"])
    s = Speaker(rng)
    mm = rng.choice([s.digits(f"{m:02d}"), words(m)])
    return rng.choice([f"{mm} {words(y)}", f"{mm} slash {words(y)}", f"{MONTHS[m - 1]} twenty {words(y)}",
                       f"{MONTHS[m - 1]} of twenty {words(y)}", f"{mm}, {words(y)}"])


# social numbers ------------------------------------------------------------------------------
def ssn(rng, sp):
    d = ssn_digits(rng)
    if not sp:
        return rng.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", d])
    s = Speaker(rng)
    return rng.choice([", ", " ", " dash "]).join([s.digits(d[:3]), s.digits(d[3:5]), s.group(d[5:])])


def ssn4(rng, sp):
    d = ssn_digits(rng)[5:]
    return Speaker(rng).group(d) if sp else d


def sin(rng, sp):
    body = str(rng.randint(1, 7)) + pattern(rng, "ddddddd")
    d = body + luhn_digit(body)
    if not sp:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    s = Speaker(rng)
    return ", ".join(s.digits(d[i:i + 3]) for i in (0, 3, 6))


def nino(rng, sp):
    c = "QQ" + pattern(rng, "dddddd") + rng.choice("ABCD")
    return speak_code(c, rng, False) if sp else f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:8]} {c[8]}"


# account / banking / healthcare / ids --------------------------------------------------------
def acct(rng, sp):
    return code(rng, sp, ["dddddddddd", "dddd-dddd-dd", "ll-dddd-dddd", "dddddddd", "nddddddddddd",
                          "ddd ddd ddd", "ldddddddd"])


def loyalty(rng, sp):
    return code(rng, sp, ["dddd dddd dddd", "lldddddd", "dddddddddd", "ndddddddd"])


def ins_policy(rng, sp):
    return code(rng, sp, ["HO-dddd-dddd", "PA-ddddddd", "dddddddddd", "ldd dddd ddd", "dd-ll-dddddd",
                          "RNT-dddddd", "lddddddddd"])


def loan(rng, sp):
    return code(rng, sp, ["dddddddddd", "LN-ddddd-dd", "dddddddddddd", "ddd-ddddddd"])


def member(rng, sp):
    return code(rng, sp, ["Mddddddd", "ddddddd", "dddddddddddddd", "llddddd"])


def ffn(rng, sp):
    return code(rng, sp, ["lldddddddd", "ddddddddd", "ddddddddddd"])


def bankacct(rng, sp):
    d = pattern(rng, "n" + "d" * rng.randint(7, 11))
    return Speaker(rng).chunked(d, rng.choice([", ", " "])) if sp else d


def bank4(rng, sp):
    return card4(rng, sp)


def routing(rng, sp):
    r = aba(rng)
    assert aba_ok(r)
    if not sp:
        return r
    s = Speaker(rng)
    return rng.choice([", ", " "]).join([s.digits(r[:3]), s.digits(r[3:6]), s.digits(r[6:])])


def iban_v(rng, sp):
    v = iban(rng)
    assert iban_ok(v)
    return speak_code(v, rng, False) if sp else v


def sortcode(rng, sp):
    d = pattern(rng, "dddddd")
    if not sp:
        return f"{d[:2]}-{d[2:4]}-{d[4:]}"
    s = Speaker(rng)
    return rng.choice([" ", ", ", " dash "]).join(s.group(d[i:i + 2]) for i in (0, 2, 4))


def ukacct(rng, sp):
    d = pattern(rng, "dddddddd")
    return Speaker(rng).chunked(d) if sp else d


def hmember(rng, sp):
    return code(rng, sp, ["lllddddddddd", "lddddddddd", "lll ddd dd dddd", "ddddddddd-dd", "lldddddddd"])


def mbi(rng, sp):
    al = "ACDEFGHJKMNPQRTUVWXY"
    c = (rng.choice("123456789") + rng.choice(al) + rng.choice(al + string.digits) + rng.choice(string.digits)
         + rng.choice(al) + rng.choice(al + string.digits) + rng.choice(string.digits) + rng.choice(al)
         + rng.choice(al) + pattern(rng, "dd"))
    w = rng.choice([f"{c[:4]}-{c[4:7]}-{c[7:]}", c])
    return speak_code(w, rng) if sp else w


def medicaid(rng, sp):
    return code(rng, sp, ["ddddddddll", "llddddddddl", "dddddddddddd"])


def mrn(rng, sp):
    return code(rng, sp, ["dddddddd", "ddddddd", "Mdddddddd", "dd-dd-dd"])


def nhs_v(rng, sp):
    v = nhs(rng)
    if not sp:
        return v
    s = Speaker(rng)
    return ", ".join(s.digits(g) for g in v.split())


def ohip(rng, sp):
    return code(rng, sp, ["dddd-ddd-ddd-ll", "dddd ddd ddd"])


def dental(rng, sp):
    return code(rng, sp, ["ddddddddd", "ldddddddd", "ddd-dd-dddd-l"])


def dl(rng, sp):
    return code(rng, sp, ["lddddddd", "lddd-ddd-dd-ddd-d", "ddd ddd ddd", "dddddddd", "ldd-ddd-dddd",
                          "dddddd-ddd", "lddddddddddd", "ddllldddddd"])


def ukdl(rng, sp):
    last = rng.choice([x for x in LAST if x.isalpha()]).upper()[:5].ljust(5, "9")
    c = last + pattern(rng, "dddddd") + pattern(rng, "lldll")
    return speak_code(c, rng, False) if sp else rng.choice([c, f"{c[:5]} {c[5:11]} {c[11:]}"])


def passport(rng, sp):
    return code(rng, sp, ["ddddddddd", "ldddddddd", "llddddddd", "lddddddd", "ddddddddd", "lldddddd"])


def plate(rng, sp):
    return code(rng, sp, ["nlllddd", "lll-dddd", "llldddd", "lll ddd", "dlllddd", "lldd lll"])


def ukplate(rng, sp):
    c = pattern(rng, "lldd lll")
    return speak_code(c, rng, False) if sp else c


def partplate(rng, sp):
    c = pattern(rng, rng.choice(["lll", "dll", "llld"]))
    if sp:
        return speak_code(c, rng, False)
    return " ".join(c)


def vin_v(rng, sp):
    v = vin(rng)
    assert vin_ok(v)
    return speak_code(v, rng, False) if sp and rng.random() < 0.5 else v


def vin6(rng, sp):
    v = vin(rng)[-6:]
    return Speaker(rng).chunked(v, " ") if sp else v


# passwords ------------------------------------------------------------------------------------
def pw(rng, sp):
    w = rng.choice(WORDS_PW)
    n = rng.randint(2, 99)
    if not sp:
        return rng.choice([f"{w.capitalize()}#{n}", f"{w}{n}!", f"temp{rng.randint(1000, 9999)}",
                           f"{rng.randint(10, 99)}%{w}", f"{w[:3]}_{w[3:].upper()}{n}", f"{w}{n}{w[0].upper()}"])
    return rng.choice([f"{w} {words(n)}", f"capital {w[0].upper()}, {w[1:]}, {words(n)}",
                       f"{w} {Speaker(rng).digits(str(n))} exclamation point", f"{w} hashtag {words(n)}"])


def pin(rng, sp):
    g = pattern(rng, "d" * rng.choice([4, 4, 4, 6]))
    return Speaker(rng).group(g) if sp and len(g) == 4 else (Speaker(rng).chunked(g, " ") if sp else g)


def otp(rng, sp):
    g = pattern(rng, "dddddd")
    if not sp:
        return rng.choice([g, f"{g[:3]} {g[3:]}", f"{g[:3]}-{g[3:]}"])
    s = Speaker(rng)
    return rng.choice([", ", " "]).join([s.digits(g[:3]), s.digits(g[3:])])


def maiden(rng, sp):
    return rng.choice(LAST)


def teacher_ans(rng, sp):
    return rng.choice(["Mrs. ", "Mr. ", "Ms. "]) + rng.choice(LAST)


# numbers of number_sequence -----------------------------------------------------------------
NS = {
    "order": ["ddd-ddddddd-ddddddd", "Wddddddddd", "dddddddd", "ORD-dddddd", "dddddddddd"],
    "conf": ["lldlld", "lllddd", "dllddl", "alaala"],
    "pnr": ["llllll", "llldll"],
    "tracking": ["1Zaaaaaadddddddddd", "dddd dddd dddd", "9400 dddd dddd dddd dddd dd", "lldddddddddUS"],
    "case": ["dddddddd", "CS-ddddddd", "dd-dddddd", "CASE-ddddd"],
    "ticket": ["INCddddddd", "TKT-ddddd", "dddddd", "HD-ddddd"],
    "claim": ["CLM-ddddddd", "dd-ddddd-l", "dddddddddd", "ldddddddd"],
    "incident": ["dd-dddddd", "ldd-ddddd", "ddddddddd"],
    "ref": ["lll-dddd-dd", "dddddddddd", "REF-lddddl", "ldldld"],
    "invoice": ["INV-ddddd", "dddd-ddddd", "dddddd"],
    "receipt": ["dddd-dddd-dddd", "dddddddddddd", "Rddddddd"],
    "rma": ["RMA-dddddd", "dddddddl", "RMAddddd"],
    "wo": ["WO-dddddd", "ddddddd", "WOddddd"],
    "flight": ["UA dddd", "DL ddd", "AA dddd", "BA ddd", "AC ddd", "WN dddd", "AS ddd"],
    "bagtag": ["ll dddddd", "lldddddd"],
    "empid": ["E-dddddd", "ddddddd", "EMPddddd", "ddddd"],
    "studid": ["Sddddddd", "900dddddd", "dddddddd"],
    "badge": ["dddd", "ddddd", "Bdddd"],
    "serial": ["ldlddllddl", "C02llddllldd", "SN-dddddddd", "dllddddldl"],
    "lot": ["ldldddd", "ddddll", "lddddd"],
    "permit": ["P-dddd-ddddd", "BLD-dddddd", "PKddddd"],
    "voucher": ["llll-dddd-lldd", "VCH-dddddd", "llddlldd"],
    "giftcard": ["6006 dddd dddd dddd", "dddd dddd dddd dddd", "dddddddddddddddd"],
    "parcel": ["ddd-ddd-dd", "dddddddddddd", "dd-dddd-ddd"],
    "app": ["APP-ddddddd", "GWFddddddddd", "ldddddddd"],
    "txn": ["TXN-dddddddd", "dddddddddddd", "lldddddddddd"],
    "meter": ["dd-ddd-ddd", "dddddddd"],
    "quote": ["Q-dddddd", "dddddddd"],
    "res": ["ddddddddd", "RES-lddddd"],
    "warranty": ["WR-dddddddd", "dddddddddd"],
    "dispute": ["ddddddddd", "DSP-dddddd"],
    "notary": ["ddddddd", "ndddddd"],
    "docket": ["ddCVddddd", "dd-l-dddd"],
    "container": ["lllUddddddd"],
}


def ns(kind):
    def gen(rng, sp):
        c = pattern(rng, rng.choice(NS[kind]))
        return speak_code(c, rng) if sp else c
    return gen


def imei_v(rng, sp):
    d = imei(rng)
    assert luhn_ok(d)
    if not sp:
        return rng.choice([d, f"{d[:2]}-{d[2:8]}-{d[8:14]}-{d[14]}", f"{d[:2]} {d[2:8]} {d[8:14]} {d[14]}"])
    return Speaker(rng).chunked(d, rng.choice([", ", " "]))


# dates, times, amounts ---------------------------------------------------------------------
def dob(rng, sp):
    y, m, d = rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28)
    if (m, d) in ((7, 4), (12, 25), (12, 24), (2, 14)):
        d += 1
    if sp:
        yy = words(y // 100) + " " + (words(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100])
        if y >= 2000:
            yy = "two thousand" + ("" if y == 2000 else (" and " if rng.random() < 0.5 else " ") + words(y % 100))
        return rng.choice([f"{MONTHS[m - 1]} {ordinal(d)}, {yy}", f"{ordinal(d)} of {MONTHS[m - 1]} {yy}",
                           f"{MONTHS[m - 1]} {words(d)} {yy}", f"{words(m)} {words(d)} {yy}"])
    return rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}",
                       f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {suffix(d)}, {y}", f"{m}-{d}-{y}"])


def date(rng, sp):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if sp:
        return rng.choice([f"{MONTHS[m - 1]} {ordinal(d)}", f"{rng.choice(WEEKDAYS)}, {MONTHS[m - 1]} {ordinal(d)}",
                           rng.choice(WEEKDAYS), f"{MONTHS[m - 1]} {words(d)}"])
    return rng.choice([f"{MONTHS[m - 1]} {d}", f"{MONTHS[m - 1]} {suffix(d)}", f"{m}/{d}", rng.choice(WEEKDAYS),
                       f"{rng.choice(WEEKDAYS)}, {MONTHS[m - 1]} {suffix(d)}", f"{MONTHS[m - 1][:3]}. {d}"])


def weekday(rng, sp):
    return rng.choice(WEEKDAYS)


def ordday(rng, sp):
    d = rng.randint(1, 30)
    return ordinal(d) if sp else suffix(d)


def month(rng, sp):
    return rng.choice(MONTHS)


def yrange(rng, sp):
    a = rng.randint(1996, 2018)
    b = a + rng.randint(1, 6)
    say = lambda y: ("twenty " + words(y % 100)) if y >= 2010 else ("two thousand " + words(y % 100) if y > 2000
                                                                     else "nineteen " + words(y % 100))
    if sp:
        return f"{say(a)} to {say(b)}"
    return rng.choice([f"{a} to {b}", f"{a}-{b}", f"{a} until {b}"])


def monthyear(rng, sp):
    y = rng.randint(2012, 2024)
    if sp:
        return rng.choice([f"{rng.choice(MONTHS)} twenty {words(y % 100)}", f"spring of twenty {words(y % 100)}",
                           f"fall of twenty {words(y % 100)}"])
    return rng.choice([f"{rng.choice(MONTHS)} {y}", f"{rng.choice(['spring', 'fall', 'summer', 'winter'])} of {y}",
                       str(y), f"{rng.choice(MONTHS)} of {y}", f"{rng.choice(MONTHS)} {y}"])


def lrange(rng, sp):
    m = rng.randint(0, 11)
    if sp:
        return rng.choice([f"{MONTHS[m]} first to {MONTHS[m - 1]} thirty first".replace("February thirty first",
                                                                                       "February twenty eighth"),
                           f"{MONTHS[m]} through {MONTHS[(m + 5) % 12]}"])
    end = {1: "28th", 3: "30th", 5: "30th", 8: "30th", 10: "30th"}.get((m - 1) % 12, "31st")
    return rng.choice([f"{MONTHS[m]} 1st to {MONTHS[m - 1]} {end}", f"{MONTHS[m]} through {MONTHS[(m + 5) % 12]}",
                       f"{rng.randint(1, 9)}-{rng.randint(12, 20)} {MONTHS[m]}", f"{2020 + m % 5}-{2021 + m % 5}"])


def decade(rng, sp):
    return rng.choice(["1990s", "'80s", "2000s", "1970s"]) if not sp else rng.choice(["nineties", "eighties",
                                                                                       "seventies"])


def modelyear(rng, sp):
    y = rng.randint(2004, 2024)
    if not sp:
        return str(y)
    return "two thousand " + words(y % 100) if y < 2010 else "twenty " + words(y % 100)


def dur(rng, sp):
    n = rng.choice([2, 3, 4, 6, 8, 10, 14, 18, 24, 30, 45, 90])
    unit = rng.choice(["minutes", "hours", "days", "weeks", "months", "years", "business days"])
    if n > 10 and unit in ("years", "months", "weeks"):
        unit = "days"
    if sp:
        return rng.choice([f"{words(n)} {unit}", f"{words(n)} {unit}", "five to seven business days",
                           "two and a half years", "one hour and forty five minutes"])
    return rng.choice([f"{n} {unit}", f"{n} {unit}", "5-7 business days", "1.5 hours", f"{n} {unit}"])


def time_v(rng, sp):
    h, mi = rng.randint(1, 12), rng.choice([0, 15, 30, 45, 10, 50])
    if sp:
        hm = words(h) + ("" if mi == 0 else " " + (words(mi) if mi >= 10 else "oh " + words(mi)))
        return rng.choice([f"{hm} in the morning", f"{hm} p.m.", f"{words(h)} o'clock", "noon",
                           f"quarter past {words(h)}", f"{hm} in the evening", f"half past {words(h)}", hm])
    return rng.choice([f"{h}:{mi:02d} p.m.", f"{h}pm EST", f"{h}:{mi:02d} a.m.", f"{h} o'clock", "noon",
                       f"{h}:{mi:02d}", f"{h} AM", f"{h}:{mi:02d} PM Pacific", f"{h + 8 if h < 12 else h}:{mi:02d}"])


def trange(rng, sp):
    a = rng.randint(7, 10)
    b = rng.randint(1, 5)
    if sp:
        return rng.choice([f"{words(a)} and noon", f"{words(b)} and {words(b + 3)}", f"{words(a)} and {words(a + 2)} a.m."])
    return rng.choice([f"{a} and {a + 2} a.m.", f"{b} and {b + 3}", f"{a} a.m. and noon", f"{b}:30 and {b + 2}:30"])


def money(rng, sp):
    if sp:
        n = rng.choice([35, 212, 89, 1400, 640, 19, 2750, 118])
        return rng.choice([f"{words(n)} dollars", f"{words(n)} bucks", f"{words(n)} pounds", f"{words(n)} euros",
                           f"{words(n)} dollars and {words(rng.randint(10, 99))} cents"])
    cents = rng.randint(0, 99)
    n = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
    return rng.choice([f"${n:,}.{cents:02d}", f"${n:,}", f"{n:,} pesos", f"£{n:,}", f"€{n:,}", f"${n:,}.{cents:02d}",
                       f"{n:,} dollars", f"CA${n:,}"])


def bp(rng, sp):
    s, d = rng.randint(110, 175), rng.randint(65, 105)
    return f"{words(s, False)} over {words(d)}" if sp else f"{s} over {d}"


def a1c(rng, sp):
    v = rng.choice(["6.4", "7.2", "8.1", "9.3", "5.9", "10.2"])
    a, b = v.split(".")
    return f"{words(int(a))} point {ONES[int(b)]}" if sp else v


def pct(rng, sp):
    n = rng.randint(2, 97)
    if sp:
        return rng.choice([f"{words(n)} percent", f"{words(n)} point {ONES[rng.randint(1, 9)]} percent"])
    return rng.choice([f"{n}%", f"{n} percent", f"{n}.{rng.randint(1, 9)}%"])


def spo2(rng, sp):
    n = rng.randint(84, 99)
    return rng.choice([f"{words(n)} percent", f"{n} percent"]) if sp else rng.choice([f"{n}%", f"{n} percent"])


def rate(rng, sp):
    if sp or rng.random() < 0.5:
        return rng.choice([f"one in {words(rng.randint(3, 10))}", f"{words(rng.randint(2, 40))} percent"])
    return rng.choice([f"1 in {rng.randint(3, 20)}", f"{rng.randint(2, 40)}%"])


def blood(rng, sp):
    g = rng.choice(["O", "A", "B", "AB"])
    return rng.choice([f"{g} positive", f"{g} negative", f"{g}+", f"{g}-", f"{g} neg", f"{g} pos"])


def bloodtype(rng, sp):
    return "type " + rng.choice(["O", "A", "B", "AB"]) + rng.choice([" positive", " negative"])


def age(rng, sp):
    n = rng.randint(3, 94)
    return words(n) if sp else str(n)


def adult_age(rng, sp):
    n = rng.randint(19, 89)
    return words(n) if sp else str(n)


def height(rng, sp):
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    cm = rng.randint(150, 198)
    if sp:
        return rng.choice([f"{words(ft)} foot {words(inch)}" if inch else f"{words(ft)} foot",
                           f"{words(ft)} {words(inch)}" if inch else f"{words(ft)} foot even", f"{words(ft)} foot {words(inch)} tall" if inch else f"{words(ft)} feet tall"])
    return rng.choice([f"{ft}'{inch}\"", f"{cm}cm tall", f"{ft} foot {inch}", f"{ft}'{inch}\" tall", f"{cm} centimeters"])


def weight(rng, sp):
    n = rng.randint(105, 290)
    return f"{words(n, False)} pounds" if sp else rng.choice([f"{n} pounds", f"{n} lbs", f"{n // 2} kilos"])


def street(rng, sp):
    num = rng.randint(12, 9899)
    s = f"{num} {rng.choice(STREET_NAMES)} {rng.choice(STREET_TYPES)}"
    unit = rng.choice(["", "", f", apartment {rng.randint(1, 40)}", f", unit {rng.randint(1, 9)}{rng.choice('ABC')}",
                       f" Suite {rng.randint(100, 450)}", f", apt {rng.randint(1, 30)}"])
    if sp:
        s = f"{words(num, False) if num < 1000 else Speaker(rng).group(str(num))} {rng.choice(STREET_NAMES)} " \
            f"{rng.choice(['Avenue', 'Street', 'Road', 'Drive', 'Lane', 'Court'])}"
        unit = rng.choice(["", f", apartment {words(rng.randint(1, 40))}"])
    return s + unit


def zipc(rng, sp):
    z = pattern(rng, "ndddd")
    return Speaker(rng).digits(z) if sp else z


# --------------------------------------------------------------------------------------------
# slot kinds: name -> (policy, generator)
# --------------------------------------------------------------------------------------------
K: dict[str, tuple[str, object]] = {
    "name": ("person_name", name), "first": ("person_name", pick(FIRST)), "last": ("person_name", pick(LAST)),
    "hon": ("person_name", honorific), "spelled": ("person_name", spelled),
    "phone": ("phone_number", phone), "tollfree": ("phone_number", tollfree),
    "email": ("email_address", email), "url": ("url", url), "ip": ("ip_address", ip),
    "user": ("username", username), "handle": ("username", handle), "file": ("filename", filename),
    "card": ("credit_card_number", card), "card4": ("credit_card_number", card4),
    "cvv": ("credit_card_cvv", cvv), "cvv3": ("credit_card_cvv", lambda r, s: cvv(r, s, 3)),
    "cvv4": ("credit_card_cvv", lambda r, s: cvv(r, s, 4)),
    "exp": ("credit_card_expiration", exp),
    "ssn": ("us_social_security_number", ssn), "ssn4": ("us_social_security_number", ssn4),
    "sin": ("us_social_security_number", sin), "nino": ("us_social_security_number", nino),
    "acct": ("account_number", acct), "loyalty": ("account_number", loyalty),
    "policy": ("account_number", ins_policy), "loan": ("account_number", loan),
    "member": ("account_number", member), "ffn": ("account_number", ffn),
    "bankacct": ("banking_information", bankacct), "bank4": ("banking_information", bank4),
    "routing": ("banking_information", routing), "iban": ("banking_information", iban_v),
    "sortcode": ("banking_information", sortcode), "ukacct": ("banking_information", ukacct),
    "hmember": ("healthcare_number", hmember), "mbi": ("healthcare_number", mbi),
    "medicaid": ("healthcare_number", medicaid), "mrn": ("healthcare_number", mrn),
    "nhs": ("healthcare_number", nhs_v), "ohip": ("healthcare_number", ohip),
    "dental": ("healthcare_number", dental),
    "dl": ("drivers_license", dl), "ukdl": ("drivers_license", ukdl),
    "passport": ("passport_number", passport),
    "vin": ("vehicle_id", vin_v), "vin6": ("vehicle_id", vin6), "plate": ("vehicle_id", plate),
    "ukplate": ("vehicle_id", ukplate), "partplate": ("vehicle_id", partplate),
    "pw": ("password", pw), "pin": ("password", pin), "otp": ("password", otp),
    "maiden": ("password", maiden), "pet": ("password", pick(PETS)), "street_ans": ("password", pick(STREET_ANS)),
    "car_ans": ("password", pick(CARS_ANS)), "teacher_ans": ("password", teacher_ans),
    "city_ans": ("password", pick(CITIES)),
    "imei": ("number_sequence", imei_v),
    "age": ("person_age", age), "adult": ("person_age", adult_age),
    "dob": ("date_of_birth", dob), "date": ("date", date), "weekday": ("date", weekday),
    "ord": ("date", ordday),
    "yrange": ("date_interval", yrange), "monthyear": ("date_interval", monthyear),
    "lrange": ("date_interval", lrange), "month": ("date_interval", month), "decade": ("date_interval", decade),
    "modelyear": ("date_interval", modelyear),
    "dur": ("duration", dur), "time": ("time", time_v), "trange": ("time", trange),
    "money": ("money_amount", money),
    "bp": ("statistics", bp), "a1c": ("statistics", a1c), "pct": ("statistics", pct), "rate": ("statistics", rate), "spo2": ("statistics", spo2),
    "blood": ("blood_type", blood), "bloodtype": ("blood_type", bloodtype),
    "street": ("location", street), "city": ("location", pick(CITIES)), "state": ("location", pick(STATES)),
    "st": ("location", pick(ST_ABBR)), "zip": ("location", zipc), "country": ("location", pick(COUNTRIES)),
    "landmark": ("location", pick(LANDMARKS)), "airport": ("location", pick(AIRPORTS)),
    "highway": ("location", pick(HIGHWAYS)),
    "bank": ("organization", pick(BANKS)), "insurer": ("organization", pick(INSURERS)),
    "hospital": ("organization", pick(HOSPITALS)), "courier": ("organization", pick(COURIERS)),
    "company": ("organization", pick(COMPANIES)), "school": ("organization", pick(SCHOOLS)),
    "agency": ("organization", pick(AGENCIES)), "cardnet": ("organization", pick(CARD_NETS)),
    "make": ("organization", pick(CAR_MAKES)), "medicare": ("organization", pick(["Medicare"])),
    "medicaid_org": ("organization", pick(["Medicaid"])), "nhs_org": ("organization", pick(["NHS"])),
    "amex": ("organization", pick(["Amex", "American Express"])),
    "bluecross": ("organization", pick(["Blue Cross", "Aetna", "Cigna", "Humana"])),
    "job": ("occupation", pick(JOBS)), "interp": ("occupation", pick(["interpreter", "translator"])),
    "nat": ("nationality", pick(NATS)), "race": ("nationality", pick(RACES)),
    "lang": ("language", pick(LANGS)), "rel": ("religion", pick(RELIGIONS)),
    "pol": ("political_affiliation", pick(PARTY_PEOPLE)), "party": ("political_affiliation", pick(PARTIES)), "indep": ("political_affiliation", pick(["independent"])),
    "marital": ("marital_status", pick(MARITAL)), "exsp": ("marital_status", pick(EXSP)),
    "gender": ("gender_sexuality", pick(GENDERS)), "sexuality": ("gender_sexuality", pick(SEXUALITIES)), "mf": ("gender_sexuality", pick(["female", "male"])),
    "zodiac": ("zodiac_sign", pick(ZODIAC)), "event": ("event", pick(EVENTS)), "event_the": ("event", pick(EVENTS_THE)),
    "drug": ("drug", pick(DRUGS)), "cond": ("medical_condition", pick(CONDS)),
    "procc": ("medical_process", pick(PROCS_COUNT)), "procm": ("medical_process", pick(PROCS_MASS)), "inj": ("injury", pick(INJ_NOUN)),
    "injv": ("injury", pick(INJ_VERB)),
    "height": ("physical_attribute", height), "weight": ("physical_attribute", weight),
    "hair": ("physical_attribute", pick(HAIR)), "mark": ("physical_attribute", pick(MARKS)),
    "disab": ("physical_attribute", pick(DISAB)), "build": ("physical_attribute", pick(BUILDS)),
}
for _k in NS:
    K[_k] = ("number_sequence", ns(_k))

# --------------------------------------------------------------------------------------------
# carrier frames, keyed by the policy they exist for (other slots ride along)
# --------------------------------------------------------------------------------------------
FRAMES: dict[str, list[str]] = {
    "number_sequence": [
        "I'm calling about order number {order}, it never showed up",
        "The confirmation code they emailed me is {conf}",
        "Can you pull up booking {pnr} for me?",
        "My tracking number, hang on, okay it's {tracking}",
        "{tracking} is what it says right under the barcode",
        "So the case number for your file is {case}, please write that down",
        "I opened a ticket with the help desk last week. It's {ticket}",
        "They gave me claim {claim} when I reported the hail damage to the roof",
        "For the stolen bike I got incident number {incident} from the non-emergency line",
        "Your reference for today's call is {ref}",
        "I'm looking at invoice {invoice} and the total doesn't match",
        "The receipt number at the very bottom is {receipt}",
        "I need a return label for RMA {rma}",
        "The work order for the furnace repair was {wo}",
        "I was on flight {flight} and my bag never came out",
        "My bag tag says {bagtag} if that helps you find it",
        "My employee ID is {empid} if you need it for payroll",
        "{studid}, that's my student number",
        "My building badge is number {badge} and it stopped opening the side door",
        "The serial number on the back of the laptop reads {serial}",
        "The IMEI is {imei} according to the settings screen",
        "The recall letter says it's lot {lot} so I stopped using it",
        "We filed for the fence and the permit number they issued is {permit}",
        "I have a gift card, the number on the back is {giftcard}, and it won't go through at checkout",
        "The travel voucher they gave me after the cancellation, {voucher}, isn't being accepted",
        "The county lists the house under parcel number {parcel}",
        "I'm following up on application {app} that I submitted online",
        "Transaction {txn}, that's the one that got charged twice",
        "The meter number on the side of the house is {meter}",
        "My quote number was {quote} when I called the first time",
        "Do you need the reservation? It's {res}",
        "{warranty} is the warranty registration they sent me",
        "I was told to mention the dispute I opened. It was {dispute}",
        "The sticker under the router has a long number, {serial}",
        "The seal on the affidavit shows commission number {notary}",
        "My hearing notice has docket number {docket} at the top",
        "The shipping container is {container}, it's still held at customs",
        "Payroll asked for the worker number, mine's {empid}",
        "Whatever you do keep this handy, {case}, that's your case",
        "Yeah the little number printed in the corner of the form is {ref}",
    ],
    "account_number": [
        "My account number is {acct}",
        "The customer number on the bill is {acct}",
        "Can I get your loyalty number? Yeah, it's {loyalty}",
        "I'm a member, my membership ID is {member}",
        "The policy number for the homeowners policy is {policy}",
        "{policy}, that's our auto policy",
        "My loan number, let me grab the statement, okay, {loan}",
        "Frequent flyer number {ffn}, please add it to the trip",
        "I pay the water bill under account {acct}",
        "Rewards number is {loyalty}, the one tied to my phone",
        "My library card number is {member}",
        "For the renters insurance it's policy {policy}",
        "What's the account on file for the electric? It should be {acct}",
        "Our student loan account is {loan}",
        "Pet insurance policy number {policy}, the claim is for the dog",
    ],
    "banking_information": [
        "My checking account number is {bankacct}",
        "The routing number is {routing}",
        "Please put it into savings, account {bankacct}, routing {routing}",
        "For direct deposit use account {bankacct} at routing number {routing}",
        "The IBAN is {iban}",
        "Send the refund to my IBAN, {iban}",
        "ABA {routing}, that's for the credit union",
        "The bank account ending in {bank4} is the one that got overdrawn",
        "My sort code is {sortcode} and the account number is {ukacct}",
        "I set up the wire from account {bankacct}",
        "{routing} is the nine digit number on the bottom left of my checks",
        "Deposit it into my checking, the account is {bankacct}",
        "The transfer came out of savings account {ukacct}",
    ],
    "healthcare_number": [
        "My member ID on the insurance card is {hmember}",
        "My {medicare} number is {mbi}",
        "The subscriber ID on the front of the card is {hmember}",
        "The medical record number for the patient is {mrn}",
        "MRN {mrn}, and she's here for the follow-up",
        "Her {medicaid_org} ID is {medicaid}",
        "Health plan ID, {hmember}",
        "His {nhs_org} number is {nhs}",
        "The health card number is {ohip}",
        "Dental plan member number is {dental}",
        "{hmember}, that's the ID on the back of my {bluecross} card",
        "Policy no. {ohip} for the health plan",
        "The chart number the clinic gave us is {mrn}",
    ],
    "drivers_license": [
        "My driver's license number is {dl}",
        "DL number {dl}",
        "The license number is {dl}, issued in {state}",
        "State ID number, {dl}",
        "{dl}, that's off my license",
        "My driving licence number is {ukdl}",
        "CDL number {dl}, it's a commercial license",
        "Can you read me the number on your license? Sure, {dl}",
        "They wrote down my license number as {dl} on the report",
        "For the rental I gave them license {dl}",
        "Operator's license number is {dl}",
        "The number on my {state} ID card is {dl}",
    ],
    "passport_number": [
        "My passport number is {passport}",
        "Passport no. {passport}",
        "The number on my passport is {passport}",
        "{passport}, that's the passport I'm traveling on",
        "For the visa application the passport number I used was {passport}",
        "My son's passport is {passport}",
        "Passport card number {passport}",
        "I renewed it, so the new passport number is {passport}",
        "Could you confirm the passport on the booking? It's {passport}",
        "I'm traveling on my {nat} passport, number {passport}",
        "The airline still has my old passport {passport} on file",
    ],
    "vehicle_id": [
        "The VIN is {vin}",
        "License plate {plate}",
        "It's a {modelyear} {make}, plate {plate}",
        "The plate started with {partplate}, that's all I could see",
        "The last six of the VIN are {vin6}",
        "Tag number {plate}, {state} tags",
        "{vin}, that's the vehicle identification number on the title",
        "The registration is {ukplate}",
        "My car's plate number is {plate}",
        "The chassis number on the trailer reads {vin}",
        "The motorcycle plate is {plate}",
        "I'm parked in the visitor lot, plate {plate}",
    ],
    "password": [
        "My password is {pw}",
        "The PIN is {pin}",
        "The verification code you texted me is {otp}",
        "My mother's maiden name is {maiden}",
        "First pet? That was {pet}",
        "The temporary password they gave me was {pw}",
        "The door code for the building is {pin}",
        "Passcode {pin}",
        "The one-time code, {otp}, just came through",
        "The street I grew up on? {street_ans}",
        "Security question, the city I was born in, that's {city_ans}",
        "My voicemail PIN is {pin}",
        "The wifi password is {pw}",
        "My first car was a {car_ans}, that's the security answer",
        "For the security question about school, the answer is {teacher_ans}",
    ],
    "phone_number": [
        "You can reach me at {phone}",
        "My cell is {phone}",
        "Call me back on {phone}",
        "The fax number for the clinic is {phone}",
        "{phone}, that's my work line",
        "Best number is {phone}",
        "Text me at {phone}",
        "The number on file should be {phone}",
        "My home phone is {phone} and my mobile is {phone}",
        "You can call the claims line at {tollfree}",
        "The school has my number as {phone} but it changed",
        "The number that kept calling me was {phone}",
        "Put down {phone} as the emergency contact",
    ],
    "credit_card_number": [
        "The card number is {card}",
        "My {cardnet} ending in {card4}",
        "Charge it to {card}",
        "The long number on the front is {card}",
        "Last four of the card are {card4}",
        "Debit card, {card}",
        "{card}, that's the card I want on file",
        "Can I pay by card? It's {card}, expires {exp}, and the code on the back is {cvv}",
        "The card that was stolen ends in {card4}",
        "Okay I'm reading it off the card now, {card}",
        "Use the company card, {card}",
        "My credit card number is {card} and the zip is {zip}",
    ],
    "credit_card_cvv": [
        "The CVV is {cvv}",
        "Security code {cvv}",
        "The three digits on the back are {cvv3}",
        "CVC {cvv}",
        "The four digit code on the front of the {amex} is {cvv4}",
        "{cvv}, that's the code on the back",
        "The card security code is {cvv}",
        "Verification value is {cvv}",
        "What's the code on the back? {cvv}",
        "Card ending {card4}, CVV {cvv}",
        "It's asking for the CVV and I typed {cvv3}",
    ],
    "credit_card_expiration": [
        "It expires {exp}",
        "Expiration date is {exp}",
        "Exp {exp}",
        "Valid thru {exp}",
        "Good through {exp}",
        "The expiry on the card is {exp}",
        "{exp} is the expiration on it",
        "Expiration's {exp} and the CVV is {cvv}",
        "The new card's expiration date, {exp}",
        "My card number is {card} with an expiration of {exp}",
        "The card expires at the end of {exp}",
    ],
    "us_social_security_number": [
        "My social security number is {ssn}",
        "The last four of my social are {ssn4}",
        "SSN {ssn}",
        "Social is {ssn}",
        "{ssn}, that's his social",
        "For the W-2 they need my social, it's {ssn}",
        "Can you verify the last four of your social? {ssn4}",
        "My SIN is {sin}",
        "National insurance number {nino}",
        "The social on the application is {ssn}",
        "Social security number {ssn}, date of birth {dob}",
        "Her social ends in {ssn4}",
    ],
    "person_name": [
        "Hi, my name is {name}",
        "This is {hon} returning your call",
        "I spoke to someone named {first} yesterday",
        "Last name is {last}, spelled {spelled}",
        "Can I speak to {hon}, please?",
        "The account is under {name}",
        "My kid {first} is the one enrolled",
    ],
    "email_address": [
        "My email is {email}",
        "Send it to {email}",
        "The email on file is {email}",
        "{email}, that's the best email",
        "Could you update my email to {email}?",
        "I never got anything at {email}",
    ],
    "url": [
        "Go to {url} and click pay my bill",
        "The portal is {url}",
        "It's on the website, {url}",
        "I filled out the form at {url}",
        "{url} is where you can track it",
        "Check {url} for updates",
    ],
    "ip_address": [
        "My IP address is {ip}",
        "The router's at {ip}",
        "The firewall keeps blocking {ip}",
        "The VPN assigned me {ip}",
        "{ip}, that's the printer's address",
        "Can you whitelist {ip} for me?",
    ],
    "username": [
        "My username is {user}",
        "I log in as {user}",
        "My handle is {handle}",
        "The login is {user}",
        "{user}, that's my user ID",
        "She posted it from {handle}",
    ],
    "filename": [
        "I attached {file}",
        "The file is called {file}",
        "Can you open {file} on your end?",
        "I saved it as {file}",
        "{file} won't upload",
        "It's the one named {file}",
    ],
    "person_age": [
        "I'm {adult} years old",
        "My son is {age}",
        "The patient is a {adult}-year-old {mf}",
        "Age? {adult}",
        "He just turned {adult}",
        "{adult}, {mf}, here for a follow-up",
    ],
    "date_of_birth": [
        "My date of birth is {dob}",
        "I was born on {dob}",
        "DOB {dob}",
        "Birthday's {dob}",
        "{dob}, that's his date of birth",
        "She was born {dob} in {city}",
    ],
    "date": [
        "The appointment is on {date}",
        "I called on {weekday} and nobody answered",
        "Can we move it to the {ord}?",
        "The package was supposed to arrive {date}",
        "It happened on {date} around {time}",
        "The payment posts on {date}",
    ],
    "date_interval": [
        "I worked there from {yrange}",
        "We moved in {month}",
        "This goes back to the {decade}",
        "Coverage started in {monthyear}",
        "It's a {modelyear} {make} with the bad transmission",
        "The lease runs {lrange}",
    ],
    "duration": [
        "I've been waiting {dur} for this",
        "It usually takes {dur}",
        "The warranty is good for {dur}",
        "I was on hold for {dur} yesterday",
        "She's been out of work for {dur}",
        "Shipping is {dur}",
    ],
    "time": [
        "The appointment is at {time}",
        "Call me after {time}",
        "They said someone would come between {trange}",
        "The branch closes at {time}",
        "It happened around {time}",
        "The flight leaves at {time}",
    ],
    "money_amount": [
        "The bill came to {money}",
        "I was charged {money}",
        "The refund should be {money}",
        "I owe {money} on it",
        "The deductible is {money}",
        "It cost me {money}",
    ],
    "statistics": [
        "My blood pressure was {bp}",
        "The A1C came back at {a1c}",
        "They said only {pct} of claims like this get approved",
        "My premium went up {pct}",
        "Oxygen was at {spo2} when they checked",
        "About {rate} of patients get that side effect",
    ],
    "blood_type": [
        "My blood type is {blood}",
        "I'm {bloodtype}",
        "He's {blood}",
        "The chart says {blood}",
        "{blood}, if that matters for the donation",
        "Blood group {blood}",
    ],
    "location": [
        "I live at {street}",
        "Ship it to {street}, {city}, {st} {zip}",
        "We're right by the {landmark}",
        "I flew into {airport}",
        "The accident was on {highway} just past the exit",
        "I'm originally from {country}",
        "Is there a branch in {city}?",
    ],
    "organization": [
        "I bank with {bank}",
        "I work at {company}",
        "My insurance is through {insurer}",
        "She goes to {school}",
        "I was transferred here from {company}",
        "The package came through {courier}",
        "He was admitted at {hospital}",
        "I got a letter from the {agency}",
    ],
    "occupation": [
        "I'm a {job}",
        "My wife works as a {job}",
        "He's the {job} on the case",
        "Can I talk to a {job}?",
        "I was a {job} before I retired",
        "The {job} told me to call this number",
    ],
    "nationality": [
        "I'm {nat}",
        "My dad is {nat}",
        "She identifies as {race}",
        "The form asks for race and I put {race}",
        "He's {nat}, so the name is spelled differently",
        "We're both {nat} citizens",
    ],
    "language": [
        "Do you have someone who speaks {lang}?",
        "My mom only speaks {lang}",
        "Can I get the form in {lang}?",
        "I'd prefer {lang}, please",
        "She needs a {lang} {interp}",
        "{lang} is my first language",
    ],
    "religion": [
        "I'm {rel}",
        "We're {rel}, so please put that on the chart",
        "My family is {rel}",
        "Religious preference? {rel}",
        "He was raised {rel}",
        "The school is {rel} but we aren't",
    ],
    "political_affiliation": [
        "I'm registered as a {pol}",
        "I'm an {indep}, I don't vote party lines",
        "My dad's a lifelong {pol}",
        "I'm voting {party} this time",
        "Party affiliation, {party}",
        "She's a {pol} and proud of it",
    ],
    "marital_status": [
        "I'm {marital}",
        "My {exsp} still has access to the account",
        "Marital status? {marital}",
        "I'm recently {marital}",
        "My {exsp} used to handle the bills",
        "We're {marital}, so list us both",
    ],
    "gender_sexuality": [
        "Gender, {gender}",
        "I'm {sexuality}",
        "The patient is {gender}",
        "I identify as {gender}",
        "Sex on the form says {mf}",
        "My kid came out as {sexuality}",
    ],
    "zodiac_sign": [
        "I'm a {zodiac}",
        "My sign is {zodiac}",
        "She's such a {zodiac}",
        "What's your sign? {zodiac}",
        "{zodiac}, so we should get along",
        "The horoscope for {zodiac} said to stay home",
    ],
    "event": [
        "We're closed for {event}",
        "I'm traveling for {event}",
        "The package should get here before {event}",
        "We're having people over for the {event_the}",
        "Over {event} the office was closed",
        "{event} orders are killing us",
    ],
    "drug": [
        "I take {drug}",
        "I'm on {drug} 20 mg",
        "Can you refill my {drug}?",
        "I'm allergic to {drug}",
        "They prescribed {drug} for it",
        "I stopped taking the {drug}",
    ],
    "medical_condition": [
        "I have {cond}",
        "I was diagnosed with {cond}",
        "My son has {cond}",
        "History of {cond}",
        "It's my {cond} acting up again",
        "{cond} runs in my family",
    ],
    "medical_process": [
        "I'm scheduled for a {procc}",
        "I need to reschedule my {procc}",
        "Is {procm} covered under my plan?",
        "They did a {procc} last year",
        "After the {procm} I felt fine",
        "The referral is for {procm}",
    ],
    "injury": [
        "I {injv} at work",
        "He has a {inj}",
        "She got a {inj} playing soccer",
        "The claim is for a {inj}",
        "I slipped on the stairs and {injv}",
        "It's a {inj} from the crash",
    ],
    "physical_attribute": [
        "I'm {height}",
        "He has {hair}",
        "She's about {weight}",
        "He's got a {mark}",
        "My son is {disab}, so please text instead",
        "The guy was {height} with {hair}",
        "The man who took it was {build}",
    ],
}

# Another policy's value before the frame: whole sentences, or a clause before a frame that starts so.
PREFIXES = ["Hi, this is {name}. ", "Yeah hi, {first} here. ", "Hello, it's {hon}. ", "I'm calling from {city}, ",
            "Okay {first}, ", "Thanks {first}, "]
PREFIX_OK = re.compile(r"(I |I'm |I've |I was |My |Our |We |We're |The |For |Can |Could |What's |Do )")

# --------------------------------------------------------------------------------------------
# lines without PII: look-alike numbers and words
# --------------------------------------------------------------------------------------------
NOPII = [
    "Press {opt} for billing or {opt2} to hear these options again",
    "For claims, press {opt}",
    "Okay so step {n} says unplug it and plug it back in",
    "It's on page {big} of the handbook",
    "I have the iPhone {phoneno} and it keeps freezing",
    "Do I need the W-2 or the 1099 for that?",
    "I tried the promo code {promo} but it didn't apply",
    "Take exit {big} and then go left at the light",
    "The label says {mg} mg, one tablet with food",
    "We just updated the app to version {ver}",
    "The final score was {n} to {n2}",
    "That's our number one priority",
    "It takes the size {n} filter, the thin one",
    "I'll call back tomorrow morning",
    "There are {n} callers ahead of you",
    "Error code {err} keeps popping up",
    "Meeting room {n} is free after lunch",
    "I ordered {big} boxes but only {n} showed up",
    "On a scale of one to ten, I'd say {n}",
    "It has {gig} gigs of storage",
    "Gate {big} is at the far end of the terminal",
    "My seat was {seat} but they moved me",
    "Can I get a reference number for this call?",
    "My password doesn't work anymore",
    "I forgot my PIN again",
    "The verification code never came through",
    "The bank told me to call you",
    "My insurance card is in the car",
    "I just want a straight answer",
    "Honestly I'm not married to that plan",
    "We take pride in getting it right",
    "The male end of the cable goes into the wall",
    "Could you chase that up for me?",
    "Let's target the biggest problem first",
    "May I put you on a brief hold?",
    "It happens every single time I log in",
    "Call 911 if it's an emergency",
    "Aisle {n}, next to the batteries",
    "We have {n} bedrooms and {n2} bathrooms",
    "Turn the dial to {n} and wait for the click",
    "The printer on floor {n} is jammed again",
    "Just give it a few minutes",
    "It'll be a couple of days",
    "I have {n} kids so it gets busy",
    "Chapter {n} covers the return policy",
    "The return policy is pretty liberal, honestly",
    "We're open twenty-four seven",
    "Plug it into HDMI {n}",
    "Reply STOP to opt out of the texts",
    "It's a three-in-one printer",
    "Dial star {pair} to check voicemail",
    "I'm on level {n} of the parking garage",
    "I need {n} copies of the form",
    "Is this call being recorded?",
    "I'd like a single room if that's possible",
    "The patient is resting now",
    "My husband usually handles the bills",
    "The pharmacy said it's not ready yet",
    "Is the office open later today?",
    "Bring two forms of ID to the appointment",
    "Option {opt}, then the pound key",
    "The router has {n} lights and the last one is blinking",
    "I'm number {n} in line apparently",
    "They gave it {star} stars out of five",
    "It's the {n}-pack of paper towels",
    "Did the 401k form come through?",
    "Hold the reset button until the light blinks",
    "The letter said I'm on the waitlist",
    "I'm calling about my bill from last month",
    "Can you send me a new card?",
    "The screen says E{digit} and then it shuts off",
    "Go to settings, then step {n2}, then tap save",
    "Oh I'd say a good {n} out of ten",
    "Our team is in first place this year, finally",
]


def nopii_fill(rng: random.Random, kind: str, sp: bool) -> str:
    n = rng.randint(2, 9)
    big = rng.randint(11, 240)
    vals = {
        "opt": words(rng.randint(1, 9)), "opt2": words(rng.randint(1, 9)),
        "n": words(n) if sp else str(n), "n2": words(rng.randint(1, 9)) if sp else str(rng.randint(1, 9)),
        "big": words(big, False) if sp else str(big),
        "phoneno": str(rng.randint(11, 16)), "promo": rng.choice(["WELCOME10", "FREESHIP", "TAKE25", "SAVE15"]),
        "mg": str(rng.choice([5, 10, 20, 40, 250, 500])), "ver": f"{rng.randint(2, 17)}.{rng.randint(0, 9)}",
        "err": rng.choice(["E4", "404", "F21", "0x80070005", "E-07"]), "gig": str(rng.choice([64, 128, 256, 512])),
        "seat": f"{rng.randint(3, 38)}{rng.choice('ABCDEF')}",
        "digit": str(n), "star": words(rng.randint(2, 4)) if sp else str(rng.randint(2, 4)),
        "pair": " ".join(ONES[rng.randint(2, 9)] for _ in "ab") if sp else str(rng.randint(22, 99)),
    }
    return vals[kind]


# --------------------------------------------------------------------------------------------
# styling
# --------------------------------------------------------------------------------------------
@dataclass
class Piece:
    text: str
    policy: str | None = None
    keep: bool = False
    spoken: bool = False


FILLERS = ["um ", "uh ", "um, ", "uh, ", "um ", "uh ", "you know, ", "like ", "I mean, "]
FILLER_WORDS = {"um", "uh", "know", "like", "mean", "so", "okay"}
HESITATE_AFTER = re.compile(r"(?:\b(?:is|was|it's|are|says|reads|be|at|to|for|in|on|from|as|number|code|me|that's)|,) $", re.I)
OPENERS = ["Um, ", "Uh, ", "So ", "Okay, ", "Okay so ", "Yeah, ", "Um so ", "Right, ", "Oh, "]
NO_FILLER_AFTER = {"a", "an", "the", "Dr.", "Mr.", "Ms.", "Mrs."}


def needs_an(word: str) -> bool:
    if re.match(r"\d", word):
        return bool(re.match(r"(8|11|18)(\D|$)|8\d", word))
    if re.match(r"[A-Z](?:[A-Z]|-|$)", word):
        return word[0] in "AEFHILMNORSX"
    if word.lower().startswith(("one", "uni", "use")):
        return False
    return word[:1].lower() in "aeiou" or word.lower().startswith("hour")


def fix_articles(pieces: list[Piece]) -> None:
    for a, b in zip(pieces, pieces[1:]):
        if a.policy is None and b.policy is not None and re.search(r"(^|\s)an? $", a.text):
            first = b.text.split()[0] if b.text.split() else ""
            art = "an" if needs_an(first) else "a"
            a.text = re.sub(r"(^|\s)an? $", lambda m: m.group(1) + art + " ", a.text)


def insert_filler(rng: random.Random, pieces: list[Piece], used: set) -> None:
    """Insert one hesitation where a speaker pauses: between a cue and its value, after a comma or a verb."""
    spots = []
    for i, p in enumerate(pieces):
        if p.policy is not None:
            continue
        for m in re.finditer(r" ", p.text):
            head = p.text[:m.end()]
            before = head.split()
            if not before or before[-1] in NO_FILLER_AFTER or before[-1].strip(",") in FILLER_WORDS:
                continue
            cue_gap = m.end() == len(p.text) and i + 1 < len(pieces)
            if cue_gap and (i, "gap") not in used:
                spots += [(i, m.end(), "gap")] * 3
            elif not cue_gap and HESITATE_AFTER.search(head) and not before[-1].endswith((".", "?", "!")):
                spots.append((i, m.end(), m.end()))
    if not spots:
        return
    i, at, key = rng.choice(spots)
    used.add((i, key))
    p = pieces[i]
    f = rng.choice(FILLERS)
    if re.search(r"(?:[?!]|[a-z]{3}\.) $", p.text[:at]):
        f = f[0].upper() + f[1:]
    p.text = p.text[:at] + f + p.text[at:]


def lower_first(pieces: list[Piece]) -> None:
    """Lower the first letter of a sentence-initial literal when something is put before it."""
    p = pieces[0]
    if p.policy is None and p.text and not re.match(r"I\b|I'|[A-Z]{2}|[A-Z]\d", p.text):
        p.text = p.text[0].lower() + p.text[1:]


def build(rng: random.Random, template: str, prefix: str | None, lower: bool, sp_prob: float,
          nopii: bool = False) -> tuple[str, list[dict]]:
    pieces: list[Piece] = []
    body: list[Piece] = []
    ctx: dict[str, str] = {}
    nopii_sp = rng.random() < sp_prob
    for target, tpl in ((pieces, prefix or ""), (body, template)):
        for j, part in enumerate(re.split(r"\{(\w+)\}", tpl)):
            if j % 2 == 0:
                if part:
                    target.append(Piece(part))
            elif nopii:
                target.append(Piece(nopii_fill(rng, part, nopii_sp)))
            else:
                policy, fn = K[part]
                sp = rng.random() < sp_prob
                text = fn(rng, sp)
                if part == "spelled" and "last" in ctx:
                    text = rng.choice([" ", " ", "-"]).join(c for c in ctx["last"].upper() if c.isalpha())
                ctx[part] = text
                keep = policy in CODE_POLICIES and not sp and bool(re.search(r"[A-Z]", text))
                target.append(Piece(text, policy, keep, sp))
    if prefix and prefix.endswith(", "):
        lower_first(body)
    pieces += body
    # merge adjacent literals
    merged: list[Piece] = []
    for p in pieces:
        if merged and p.policy is None and merged[-1].policy is None:
            merged[-1].text += p.text
        else:
            merged.append(p)
    pieces = merged
    fix_articles(pieces)
    drop_commas = rng.random() < 0.33
    if drop_commas:
        for p in pieces:
            if p.policy is None or p.spoken:
                p.text = p.text.replace(",", "")
    n_fill = rng.choices([0, 1, 2], [0.4, 0.45, 0.15])[0]
    opener = rng.random() < 0.3
    if opener:
        if pieces[0].policy is None:
            lower_first(pieces)
            pieces[0].text = rng.choice(OPENERS) + pieces[0].text
        else:
            pieces.insert(0, Piece(rng.choice(OPENERS)))
        if drop_commas:
            pieces[0].text = pieces[0].text.replace(",", "")
    used: set = set()
    for _ in range(n_fill):
        insert_filler(rng, pieces, used)
    if drop_commas:
        for p in pieces:
            if p.policy is None:
                p.text = p.text.replace(",", "")
    # trailing punctuation
    question = template.rstrip().endswith("?")
    if pieces[-1].policy is None:
        pieces[-1].text = pieces[-1].text.rstrip("?.! ")
    end = rng.choice(["?", "?", "."]) if question else rng.choice([".", ".", ".", ".", "", "...", "!"])
    if end == "." and pieces[-1].policy is not None and pieces[-1].text.endswith("."):
        end = ""
    if end:
        if pieces[-1].policy is None:
            pieces[-1].text += end
        else:
            pieces.append(Piece(end))
    if lower:
        for p in pieces:
            if not p.keep:
                p.text = p.text.lower()
    elif pieces[0].policy is None and pieces[0].text:
        pieces[0].text = pieces[0].text[0].upper() + pieces[0].text[1:]
    # assemble
    text, spans = "", []
    for p in pieces:
        if p.policy is not None:
            spans.append({"start": len(text), "end": len(text) + len(p.text), "policy": p.policy,
                          "_value": p.text})
        text += p.text
    return text, spans


# --------------------------------------------------------------------------------------------
# counts and checks
# --------------------------------------------------------------------------------------------
PER_POLICY = {p: 6 for p in POLICIES}
PER_POLICY["number_sequence"] = 70
for _p in ["account_number", "banking_information", "healthcare_number", "drivers_license", "passport_number",
           "vehicle_id", "password", "phone_number", "credit_card_number", "credit_card_cvv",
           "credit_card_expiration", "us_social_security_number"]:
    PER_POLICY[_p] = 12
N_NOPII = 100
ARTICLE = re.compile(r"^(the|a|an)\s", re.I)
SPELLED = re.compile(r"^(?:[A-Za-z][ -])+[A-Za-z]$")


def check(line: dict) -> None:
    text, prev = line["text"], 0
    assert text == text.strip() and "  " not in text, text
    for s in line["spans"]:
        v = s.pop("_value")
        assert text[s["start"]:s["end"]] == v, (text, s, v)
        assert s["start"] >= prev, (text, line["spans"])
        assert s["policy"] in POLICIES
        assert v == v.strip() and not v.endswith((",", ":", "?")) and v, (text, v)
        if s["policy"] not in CODE_POLICIES | {"credit_card_number", "credit_card_cvv", "phone_number", "blood_type"}:
            assert not ARTICLE.match(v) or SPELLED.match(v), (text, v)
        prev = s["end"]


def main() -> None:
    assert set(FRAMES) == set(POLICIES), set(POLICIES) ^ set(FRAMES)
    assert sum(PER_POLICY.values()) == 400
    for p, fr in FRAMES.items():
        need = 20 if p == "number_sequence" else (10 if PER_POLICY[p] == 12 else 6)
        assert len(set(fr)) == len(fr) >= need, (p, len(fr))
    rng = random.Random(SEED)
    seen: set[str] = set()
    rows: list[dict] = []

    def make(template: str, nopii: bool) -> dict:
        for _ in range(50):
            lower = rng.random() < 0.25
            sp_prob = 0.7 if lower else 0.4
            prefix = None
            if not nopii and PREFIX_OK.match(template) and rng.random() < 0.15:
                prefix = rng.choice(PREFIXES)
            text, spans = build(rng, template, prefix, lower, sp_prob, nopii)
            if text.lower() not in seen:
                seen.add(text.lower())
                return {"text": text, "spans": spans, "source": "nopii" if nopii else "template"}
        raise RuntimeError(template)

    for policy in POLICIES:
        frames = FRAMES[policy][:]
        rng.shuffle(frames)
        for k in range(PER_POLICY[policy]):
            rows.append(make(frames[k % len(frames)], False))
    frames = NOPII[:]
    rng.shuffle(frames)
    for k in range(N_NOPII):
        rows.append(make(frames[k % len(frames)], True))
    rng.shuffle(rows)
    meta = {"_meta": {
        "split": SPLIT,
        "tuning": "written and labelled blind (before piikit was run on it, without reading piikit/detect, "
                  "tests, benchmarks, scripts, test or the other splits); its first score is the honest "
                  "estimate, then a tuning split like dev",
        "licence": "CC0-1.0",
        "generator": "data/pii_eval/src/extra_dev20_gen.py: seeded stdlib-only template generator written blind "
                     "(400 template lines over all 44 policies, 70 number_sequence lines, 100 look-alike lines "
                     "without PII); rebuild byte for byte with `.venv/bin/python data/pii_eval/src/extra_dev20_gen.py`",
    }}
    out = [json.dumps(meta, ensure_ascii=False)]
    counts: Counter = Counter()
    for i, row in enumerate(rows, 1):
        line = {"id": f"x20-{i:04d}", **row}
        check(line)
        counts.update(s["policy"] for s in line["spans"])
        out.append(json.dumps(line, ensure_ascii=False))
    assert set(counts) == set(POLICIES)
    assert sum(1 for r in rows if r["source"] == "nopii" and not r["spans"]) == N_NOPII
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(rows)} lines, {sum(counts.values())} spans -> {OUT}")
    for p in POLICIES:
        print(f"  {p:28s} {counts[p]}")


if __name__ == "__main__":
    main()
