"""Write data/pii_eval/extra_dev28.jsonl: a blind held-out PII set built from fresh carrier frames.

Seeded and stdlib only, so the file is reproducible: `python data/pii_eval/src/extra_dev28_gen.py`.
Every policy has its own carrier frames (short lines cut from phone calls) filled from value pools;
each line gets a random transcript style (fillers, lower-case with spoken numbers, dropped commas,
trailing punctuation). Labels follow the README's label guidelines; every span is checked.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

SEED = 280028
SPLIT = "extra_dev28"
OUT = Path(__file__).resolve().parent.parent / f"{SPLIT}.jsonl"
LINES_PER_POLICY = 25
LINES_NUMBER_SEQUENCE = 40
NOPII_LINES = 150


class K(str):
    """A value that keeps its case when a line is lower-cased (codes, handles, file names)."""


# ---------------------------------------------------------------- spoken numbers

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_LAST = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
            "nine": "ninth", "twelve": "twelfth"}


def words(n: int) -> str:
    """Cardinal number in words, without 'and' or hyphens ('twenty one')."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    for div, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= div:
            return words(n // div) + " " + name + ("" if n % div == 0 else " " + words(n % div))
    raise ValueError(n)


def ordinal_words(n: int) -> str:
    """Ordinal in words ('twenty third')."""
    head, _, last = words(n).rpartition(" ")
    if last in ORD_LAST:
        last = ORD_LAST[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return (head + " " + last).strip()


def suffix(n: int) -> str:
    """Ordinal suffix for digits ('st', 'nd', 'rd', 'th')."""
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_words(y: int, rng: random.Random) -> str:
    """A year as people say it ('nineteen sixty one', 'two thousand nine', 'twenty twenty')."""
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y % 10])
    if y >= 2010 and rng.random() < 0.25:
        return "two thousand " + words(y - 2000)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + " hundred"
    if lo < 10:
        return words(hi) + " oh " + ONES[lo]
    return words(hi) + " " + words(lo)


def zero_word(rng: random.Random) -> str:
    return "oh" if rng.random() < 0.7 else "zero"


def speak_digits(g: str, rng: random.Random, pairs: bool = True) -> str:
    """One digit group read digit by digit (with double/triple) or in pairs ('twenty one')."""
    if pairs and len(g) in (2, 4) and rng.random() < 0.3:
        out = []
        for i in range(0, len(g), 2):
            p = g[i:i + 2]
            out.append((zero_word(rng) + " " + ONES[int(p[1])]) if p[0] == "0" else words(int(p)))
        return " ".join(out)
    out, i = [], 0
    while i < len(g):
        d = g[i]
        run = len(g[i:]) - len(g[i:].lstrip(d))
        w = zero_word(rng) if d == "0" else ONES[int(d)]
        if run >= 3 and rng.random() < 0.5:
            out.append("triple " + w)
            i += 3
        elif run >= 2 and rng.random() < 0.55:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def speak_groups(groups: list[str], rng: random.Random) -> str:
    """Several digit groups, separated by a pause (comma) or not."""
    sep = rng.choice([", ", ", ", " "])
    return sep.join(speak_digits(g, rng) for g in groups)


def chunk_digits(s: str, rng: random.Random) -> list[str]:
    """Split a long digit run into the 3-4 digit chunks people read out."""
    if len(s) <= 4:
        return [s]
    out, i = [], 0
    while len(s) - i > 4:
        n = 3 if len(s) - i == 5 else rng.choice([3, 4])
        out.append(s[i:i + n])
        i += n
    out.append(s[i:])
    return out


def speak_long(s: str, rng: random.Random) -> str:
    return speak_groups(chunk_digits(s, rng), rng)


def amount_words(d: int, rng: random.Random) -> str:
    """A whole amount as said aloud ('twelve fifty', 'one thousand two hundred fifty')."""
    if 1100 <= d <= 9999 and d % 1000 >= 100 and d % 100 == 0 and rng.random() < 0.4:
        return words(d // 100) + " hundred"
    if 1100 <= d <= 9999 and d % 1000 >= 100 and rng.random() < 0.3:
        rest = d % 100
        return words(d // 100) + " hundred" + (" " + words(rest) if rest else "")
    return words(d)


NATO = dict(A="alpha", B="bravo", C="charlie", D="delta", E="echo", F="foxtrot", G="golf",
            H="hotel", I="india", J="juliett", K="kilo", L="lima", M="mike", N="november",
            O="oscar", P="papa", Q="quebec", R="romeo", S="sierra", T="tango", U="uniform",
            V="victor", W="whiskey", X="x-ray", Y="yankee", Z="zulu")
AS_IN = dict(A=["apple", "Adam"], B=["boy", "bravo"], C=["cat", "Charlie"], D=["David", "dog"],
             E=["Edward", "echo"], F=["Frank", "fox"], G=["George", "golf"], H=["Henry", "hotel"],
             I=["igloo", "India"], J=["John", "jump"], K=["king", "kilo"], L=["Larry", "lion"],
             M=["Mary", "mike"], N=["Nancy", "November"], O=["ocean", "Oscar"], P=["Peter", "papa"],
             Q=["queen", "Quebec"], R=["Robert", "Romeo"], S=["Sam", "sugar"], T=["Tom", "tango"],
             U=["umbrella", "uniform"], V=["Victor", "violin"], W=["William", "whiskey"],
             X=["x-ray"], Y=["yellow", "yankee"], Z=["zebra", "Zulu"])


def render_code(code: str, rng: random.Random, lw: bool, style: str | None = None) -> K:
    """A code as written ('HO-3348-2271') or read out ('H O dash three three four eight ...').

    Letters keep their case; spelled styles give 'B as in boy' or NATO words."""
    letters = sum(c.isalpha() for c in code)
    if style is None:
        style = rng.choices(["plain", "asin", "nato"], [0.76, 0.13, 0.11])[0]
    if style == "asin" and not 0 < letters <= 3 or style == "nato" and not 0 < letters <= 4:
        style = "plain"
    if style == "plain" and not lw:
        return K(code)
    parts = []
    for tok in re.findall(r"[A-Za-z]+|\d+|[^A-Za-z\d]+", code):
        if tok.isdigit():
            parts.append(speak_long(tok, rng) if lw else tok)
        elif tok.isalpha():
            up = tok.upper()
            if style == "plain":
                parts.append(" ".join(up))
            elif style == "nato":
                parts.append(" ".join(NATO[c] if lw else NATO[c].capitalize() for c in up))
            else:
                spelled = []
                for c in up:
                    w = rng.choice(AS_IN[c])
                    spelled.append(f"{c} as in {w.lower() if lw else w}")
                parts.append(", ".join(spelled) + ",")
        elif "-" in tok and lw and rng.random() < 0.35:
            parts.append("dash")
    text = " ".join(parts).replace(",,", ",").strip().rstrip(",")
    return K(re.sub(r"\s+", " ", text))


# ---------------------------------------------------------------- checksums

def luhn_digit(body: str) -> str:
    """Luhn check digit for a card body."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def aba_ok(r: str) -> bool:
    d = [int(c) for c in r]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


VIN_VAL = {**{str(i): i for i in range(10)},
           **dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5, P=7, R=9,
                  S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9)}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin: str) -> str:
    r = sum(VIN_VAL[c] * w for c, w in zip(vin, VIN_W)) % 11
    return "X" if r == 10 else str(r)


# ---------------------------------------------------------------- value pools (many cultures)

FIRST = ("Adebayo Aiko Alejandro Amara Ananya Andrzej Aroha Bao Beatriz Bongani Carmen Chidi Dmitri "
         "Dolores Eamon Elif Emeka Esperanza Fatima Farid Giulia Gustavo Hana Hamid Ingrid Isabela "
         "Jamal Ji-woo Joaquin Kaveh Keiko Kwame Lakshmi Lars Leilani Malik Mateo Mei Mohammed Nadia "
         "Naveen Nkechi Olga Oluwaseun Omar Pania Priya Rafael Ravi Rosa Saoirse Sanjay Sergei "
         "Siobhan Sipho Tariq Thandiwe Tomasz Valentina Wei Xochitl Yara Yusuf Zainab Brittany Cody "
         "Darlene Earl Gary Heather Kyle Tammy Wade Tyrell DeShawn Latoya Brenda Marcus Hiroshi "
         "Kenji Ngozi Ayesha Bilal Minh Linh Astrid Björn Magdalena Ewa Agnieszka Luca Matteo Chiara "
         "Nikos Eleni Mehmet Ayşe Kofi Abena Tendai Nomvula Rangi Manon Thierry Élodie Sione Mele "
         "Pedro Camila Santiago Ximena Hyun-woo Seo-yeon Arjun Deepika Farhan Nusrat Quang Kateryna "
         "Oleksandr Shira Avi Layla Karim Noor Gunnar Wilhelmina Dorothy Reginald").split()
LAST = ("Abernathy Okafor Nakamura Fernández Kowalski Nguyen Patel Haddad O'Brien Schmidt Ivanova "
        "Mensah Castillo Kim Park Chen Wang Singh Gupta Adeyemi McAllister Rossi Dubois Lefebvre "
        "Müller Johansson Lindqvist Papadopoulos Yilmaz Demir Khan Hussein Al-Farsi Dlamini Mahlangu "
        "Tanaka Watanabe Hernández Ramírez Thompson Fitzgerald Sokolov Novak Horvath Takahashi "
        "Banerjee Chowdhury Boateng Tremblay Gagnon Ruiz Moreau Kaur Nwosu Oyelaran Achterberg "
        "Ferreira Santos Oliveira Kowalczyk Wiśniewska Petrov Shevchenko Cohen Levi Mansour Rahman "
        "Hossain Tran Pham Waititi Tuilagi Fonoti Bergström Halvorsen Murphy Gallagher MacLeod "
        "Whitaker Delacroix Esposito Romano Jovanović Kuznetsov Osei Acheampong Mwangi Otieno Kamau "
        "Alvarez Quispe Mamani Okonkwo Szabo Abubakar Ogunleye Varga Lachance Henriksen").split()
ASCII_FIRST = [n for n in FIRST if n.isascii() and n.isalpha()]
ASCII_LAST = [n for n in LAST if n.isascii() and n.isalpha()]
SPELLABLE = [n for n in ASCII_LAST if 3 <= len(n) <= 9]

US_CITY = [("Fresno", "CA"), ("Boise", "ID"), ("Duluth", "MN"), ("Chattanooga", "TN"),
           ("Spokane", "WA"), ("San Antonio", "TX"), ("Albuquerque", "NM"), ("Savannah", "GA"),
           ("Scranton", "PA"), ("Dayton", "OH"), ("Akron", "OH"), ("Flagstaff", "AZ"),
           ("Bakersfield", "CA"), ("Tulsa", "OK"), ("Lansing", "MI"), ("Des Moines", "IA"),
           ("Burlington", "VT"), ("Baton Rouge", "LA"), ("Greenville", "SC"), ("Provo", "UT"),
           ("Lexington", "KY"), ("Omaha", "NE"), ("Eugene", "OR"), ("Madison", "WI")]
STATE = dict(CA="California", ID="Idaho", MN="Minnesota", TN="Tennessee", WA="Washington",
             TX="Texas", NM="New Mexico", GA="Georgia", PA="Pennsylvania", OH="Ohio", AZ="Arizona",
             OK="Oklahoma", MI="Michigan", IA="Iowa", VT="Vermont", LA="Louisiana",
             SC="South Carolina", UT="Utah", KY="Kentucky", NE="Nebraska", OR="Oregon",
             WI="Wisconsin", NJ="New Jersey", MD="Maryland", CO="Colorado", FL="Florida")
REGIONS = ["Ontario", "Manitoba", "Alberta", "Quebec", "Bavaria", "Queensland", "Gauteng",
           "Maharashtra", "Jalisco", "Kerala", "Andalusia", "Tasmania", "Mindanao", "Nova Scotia"]
CITY_COUNTRY = [("Lagos", "Nigeria"), ("Accra", "Ghana"), ("Cebu", "Philippines"), ("Hanoi", "Vietnam"),
                ("Da Nang", "Vietnam"), ("Lahore", "Pakistan"), ("Pune", "India"), ("Guadalajara", "Mexico"),
                ("Medellín", "Colombia"), ("Lima", "Peru"), ("Porto Alegre", "Brazil"), ("Kraków", "Poland"),
                ("Cork", "Ireland"), ("Auckland", "New Zealand"), ("Winnipeg", "Canada"), ("Osaka", "Japan"),
                ("Busan", "South Korea"), ("Izmir", "Turkey"), ("Casablanca", "Morocco"),
                ("Addis Ababa", "Ethiopia"), ("Kingston", "Jamaica"), ("Beirut", "Lebanon"), ("Lviv", "Ukraine"),
                ("Port-au-Prince", "Haiti"), ("Valparaíso", "Chile"), ("Sylhet", "Bangladesh"),
                ("Alexandria", "Egypt"), ("Mombasa", "Kenya"), ("Rotterdam", "Netherlands"), ("Apia", "Samoa")]
WORLD_CITY = ["Lagos", "Nairobi", "Accra", "Manila", "Cebu", "Hanoi", "Da Nang", "Karachi", "Lahore",
              "Pune", "Chennai", "Guadalajara", "Monterrey", "Medellín", "Lima", "Porto Alegre",
              "Kraków", "Gdańsk", "Lyon", "Marseille", "Rotterdam", "Gothenburg", "Leeds", "Glasgow",
              "Cork", "Auckland", "Brisbane", "Winnipeg", "Halifax", "Osaka", "Busan", "Kaohsiung",
              "Izmir", "Casablanca", "Tunis", "Addis Ababa", "Kampala", "Durban", "Tbilisi",
              "Yerevan", "Almaty", "Ho Chi Minh City", "Quito", "Valparaíso", "Bergen", "Tampere",
              "Thessaloniki", "Bologna"]
COUNTRY = [("Nigeria", 0), ("Ghana", 0), ("Peru", 0), ("Colombia", 0), ("Vietnam", 0),
           ("Philippines", 1), ("Poland", 0), ("Portugal", 0), ("Morocco", 0), ("Turkey", 0),
           ("Kenya", 0), ("Ethiopia", 0), ("New Zealand", 0), ("Canada", 0), ("Mexico", 0),
           ("Brazil", 0), ("India", 0), ("Pakistan", 0), ("Bangladesh", 0), ("Ireland", 0),
           ("Jamaica", 0), ("Haiti", 0), ("Lebanon", 0), ("Ukraine", 0), ("South Korea", 0),
           ("Japan", 0), ("Egypt", 0), ("Netherlands", 1), ("Dominican Republic", 1),
           ("United Kingdom", 1), ("Samoa", 0), ("El Salvador", 0), ("Somalia", 0), ("Chile", 0)]
STREET_NAME = ["Sunset", "Kingfisher", "Old Mill", "Magnolia", "Juniper", "Harbour", "Linden",
               "Jacaranda", "Baobab", "Cedar Hollow", "Lakeshore", "Pemberton", "Willow Creek",
               "Okonjo", "Calle Ocho", "Rosewood", "Tamarind", "Birchwood", "Quarry", "Marigold"]
STREET_TYPE = ["Street", "Avenue", "Road", "Lane", "Drive", "Boulevard", "Court", "Way", "St.",
               "Place", "Terrace"]
LANDMARK = [("Golden Gate Bridge", 1), ("Grand Canyon", 1), ("Space Needle", 1), ("Central Park", 0),
            ("Niagara Falls", 0), ("Table Mountain", 0), ("Mount Kilimanjaro", 0), ("Alamo", 1),
            ("Pike Place Market", 0), ("Eiffel Tower", 1), ("Navy Pier", 0), ("Louvre", 1),
            ("Lake Victoria", 0), ("Sydney Opera House", 1), ("Hollywood Bowl", 1),
            ("Liberty Bell", 1), ("Brooklyn Bridge", 1), ("Great Wall", 1), ("Uluru", 0),
            ("Victoria Falls", 0), ("Mall of America", 1), ("Gateway Arch", 1)]
AIRPORT = [("JFK", 0), ("O'Hare", 0), ("Heathrow", 0), ("LAX", 0), ("Hartsfield-Jackson", 0),
           ("Changi", 0), ("Schiphol", 0), ("Sea-Tac", 0), ("Logan", 0), ("Dulles", 0),
           ("Ninoy Aquino International", 0), ("Jomo Kenyatta International", 0),
           ("Pearson", 0), ("Dallas Love Field", 0), ("Murtala Muhammed Airport", 0)]
HIGHWAY = [("I-95", 0, "i ninety five"), ("Route 66", 0, "route sixty six"),
           ("I-405", 0, "the four oh five"), ("Highway 101", 0, "highway one oh one"),
           ("M25", 1, "m twenty five"), ("Interstate 80", 0, "interstate eighty"),
           ("State Route 9", 0, "state route nine"), ("I-35", 0, "i thirty five"),
           ("Pan-American Highway", 1, "pan-american highway"),
           ("Trans-Canada Highway", 1, "trans-canada highway")]
UK_POSTCODE = ["LS6 2AB", "G12 8QQ", "M14 5RT", "EH3 9DP", "BS7 0LU", "CF10 1EP", "NW1 6XE"]
CA_POSTCODE = ["M5V 2T6", "H2X 1Y4", "V6B 4Y8", "T2P 1J9", "R3C 4T3", "B3H 1W2"]

ORG = {
    "bank": ["Wells Fargo", "Chase", "Barclays", "Santander", "TD Bank", "Ally Bank",
             "Banco Popular", "HDFC Bank", "Navy Federal Credit Union", "First Harbor Credit Union",
             "BBVA", "Monzo", "Ecobank", "Scotiabank", "Citibank", "Regions Bank"],
    "insurer": ["State Farm", "Allstate", "Geico", "Progressive", "Liberty Mutual", "Nationwide",
                "USAA", "Farmers Insurance", "Aviva", "AXA", "Travelers"],
    "health_insurer": ["Blue Cross Blue Shield", "Aetna", "Kaiser Permanente", "UnitedHealthcare",
                       "Cigna", "Humana", "Molina Healthcare", "Oscar Health", "Ambetter",
                       "Highmark"],
    "courier": ["FedEx", "UPS", "DHL", "Canada Post", "Royal Mail", "Purolator", "Aramex"],
    "airline": ["Delta", "Emirates", "Qantas", "Aer Lingus", "LATAM", "Air India", "Southwest",
                "Ethiopian Airlines", "KLM", "Cebu Pacific", "JetBlue", "Turkish Airlines"],
    "utility": ["Con Edison", "PG&E", "Duke Energy", "Xcel Energy", "Dominion Energy",
                "Southern California Edison", "Eskom", "Hydro-Québec"],
    "telecom": ["Comcast", "Verizon", "T-Mobile", "Spectrum", "AT&T", "Xfinity", "Vodafone",
                "Rogers", "Safaricom", "Globe Telecom", "Cox"],
    "hospital": ["Mercy Medical Center", "St. Luke's Hospital", "Cedars-Sinai", "Mayo Clinic",
                 "Johns Hopkins", "Mass General", "Riverside Community Hospital",
                 "Lagos University Teaching Hospital", "Apollo Hospitals", "Mount Sinai",
                 "Cleveland Clinic", "Sunnybrook"],
    "school": ["Lincoln High School", "Ohio State", "Tec de Monterrey", "University of Lagos",
               "Arizona State", "Roosevelt Elementary", "Santa Monica College", "McGill",
               "University of Nairobi", "Kenwood Academy", "Howard University", "Purdue"],
    "network": ["Visa", "Mastercard", "Amex", "Discover", "American Express", "UnionPay"],
    "retailer": ["Costco", "Walgreens", "CVS", "IKEA", "Target", "Best Buy", "Walmart", "Tesco",
                 "Lowe's", "Sephora", "Zara", "Trader Joe's"],
    "employer": ["Amazon", "Google", "Tyson Foods", "Accenture", "Kroger", "Deloitte", "Boeing",
                 "Infosys", "Samsung", "Marriott", "Starbucks", "Siemens"],
    "carmaker": ["Toyota", "Honda", "Ford", "Hyundai", "Kia", "Subaru", "Nissan", "Chevy", "Tesla",
                 "Volkswagen", "Mazda"],
    "social": ["Instagram", "TikTok", "Facebook", "Twitter", "Reddit", "LinkedIn", "Discord",
               "Snapchat", "YouTube"],
}
AGENCY = [("IRS", 1), ("DMV", 1), ("Social Security Administration", 1), ("Medicaid", 0),
          ("FEMA", 0), ("USCIS", 0), ("VA", 1), ("Department of Labor", 1), ("HMRC", 0),
          ("Service Canada", 0), ("Medicare", 0)]
OCC_TRADE = ["electrician", "plumber", "HVAC technician", "tech", "adjuster", "contractor",
             "inspector", "locksmith", "exterminator", "roofer", "appraiser", "surveyor", "handyman"]
OCC_CARE = ["doctor", "physical therapist", "dentist", "therapist", "pediatrician", "chiropractor",
            "optometrist", "counselor", "primary care doctor", "OB-GYN", "psychiatrist"]
OCC_CLINICAL = ["nurse", "radiologist", "surgeon", "midwife", "pharmacist", "phlebotomist",
                "respiratory therapist", "unit clerk", "nurse practitioner", "anesthesiologist", "orderly"]
OCCUPATION = ["nurse", "adjuster", "tech", "electrician", "paralegal", "software engineer",
              "pharmacist", "plumber", "teacher", "cashier", "accountant", "CPA", "dental hygienist",
              "truck driver", "flight attendant", "social worker", "case worker",
              "physical therapist", "barista", "welder", "professor", "firefighter", "paramedic",
              "security guard", "contractor", "HVAC technician", "veterinarian", "midwife",
              "home health aide", "mail carrier", "real estate agent", "bus driver", "line cook",
              "machinist", "pilot", "dentist", "surgeon", "architect", "landscaper", "bookkeeper",
              "electrical engineer", "EMT", "optometrist", "radiologist"]
TITLE = ["Officer", "Nurse", "Detective", "Professor", "Coach", "Sergeant", "Captain", "Judge",
         "Pastor"]
NATIONALITY = ["American", "Nigerian", "Vietnamese", "Filipino", "Brazilian", "Mexican", "Kenyan",
               "Polish", "Indian", "Pakistani", "Korean", "Japanese", "Ethiopian", "Ghanaian",
               "Jamaican", "Haitian", "Irish", "Scottish", "Lebanese", "Ukrainian", "Peruvian",
               "Colombian", "Salvadoran", "Somali", "Samoan", "Cuban", "Dominican", "Egyptian",
               "Moroccan", "Turkish", "Greek", "Italian", "Puerto Rican", "Chinese", "Bangladeshi",
               "Nepali", "Canadian", "Australian"]
RACE = ["Black", "Asian", "Hispanic", "Latino", "Latina", "Caucasian", "Pacific Islander",
        "Native American", "African American", "Asian American"]
LANGUAGE = ["Spanish", "Tagalog", "Mandarin", "Cantonese", "Amharic", "Arabic", "Portuguese",
            "Haitian Creole", "Korean", "Vietnamese", "Russian", "Polish", "Swahili", "Hindi",
            "Urdu", "Bengali", "French", "Somali", "Farsi", "Yoruba", "Igbo", "Hmong", "Navajo",
            "Punjabi", "Tamil", "Gujarati", "Japanese", "Greek", "Italian", "German", "Ukrainian",
            "Turkish", "Samoan", "Tigrinya"]
RELIGION = ["Catholic", "Jewish", "Muslim", "Hindu", "Buddhist", "Sikh", "Mormon", "Baptist",
            "Methodist", "Lutheran", "Jehovah's Witness", "Episcopalian", "Orthodox Christian",
            "Pentecostal", "Presbyterian", "Seventh-day Adventist", "evangelical", "Quaker", "Jain"]
NONBELIEVER = ["atheist", "agnostic"]
CHURCH = ["Catholic", "Baptist", "Methodist", "Lutheran", "Presbyterian", "Pentecostal",
          "Episcopal", "Greek Orthodox", "Mormon", "Adventist"]
PARTY = ["Republican", "Democrat", "Libertarian", "Green"]
IDEOLOGY = ["conservative", "liberal", "progressive", "socialist", "libertarian"]
PARTY_PLURAL = ["Republican", "Democrat", "Labour", "Green", "Conservative", "Liberal"]
PARTY_FULL = ["Green Party", "Labour Party", "Libertarian Party", "Democratic Party",
              "Republican Party", "Conservative Party", "Liberal Democrats", "Working Families Party"]
PARTY_GROUP = ["Democrats", "Republicans", "Tories", "Greens", "Libertarians"]
MARITAL = ["married", "divorced", "single", "widowed", "separated", "engaged"]
MARITAL_EX = ["ex-wife", "ex-husband", "late husband", "late wife", "ex-partner", "ex-fiancé"]
MARITAL_EX_LIVING = ["ex-wife", "ex-husband", "ex-partner", "ex-fiancé", "ex-fiancée"]
MARITAL_PARTNER = ["common-law", "engaged", "married", "separated"]
GENDER = ["female", "male", "nonbinary", "transgender", "trans", "intersex"]
ORIENT = ["bisexual", "gay", "lesbian", "queer", "asexual", "pansexual"]
NB = ["nonbinary", "genderqueer", "gender-fluid", "agender"]
ZODIAC = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius",
          "Capricorn", "Aquarius", "Pisces"]
HOLIDAY = [("Christmas", 0), ("Thanksgiving", 0), ("Diwali", 0), ("Eid", 0), ("Lunar New Year", 0),
           ("Yom Kippur", 0), ("Hanukkah", 0), ("Passover", 0), ("Easter", 0), ("Halloween", 0),
           ("Labor Day", 0), ("Memorial Day", 0), ("Kwanzaa", 0), ("Nowruz", 0),
           ("Rosh Hashanah", 0), ("Holi", 0), ("Boxing Day", 0), ("Mardi Gras", 0),
           ("Juneteenth", 0), ("Canada Day", 0), ("Día de los Muertos", 0), ("Songkran", 0),
           ("Chuseok", 0), ("Vesak", 0), ("New Year's Eve", 0), ("Mother's Day", 0),
           ("Veterans Day", 0), ("Eid al-Adha", 0)]
NAMED_EVENT = [("Super Bowl", 1), ("World Cup", 1), ("Olympics", 1), ("Boston Marathon", 1),
               ("Tour de France", 1), ("Wimbledon", 0), ("Coachella", 0), ("Comic-Con", 0),
               ("Burning Man", 0), ("Oktoberfest", 0), ("Glastonbury", 0), ("Kentucky Derby", 1),
               ("Rose Parade", 1), ("NBA Finals", 1), ("Cricket World Cup", 1)]
FAST = ["Ramadan", "Yom Kippur", "Lent", "Navratri", "Tisha B'Av"]
SALE = ["Black Friday", "Cyber Monday", "Prime Day", "Boxing Day", "Singles' Day"]
FESTIVAL = [("Pride", 0), ("Carnival", 0), ("Mardi Gras", 0), ("Notting Hill Carnival", 1),
            ("Edinburgh Fringe", 1), ("Holi", 0), ("St. Patrick's Day", 0)]
DRUG_OTC = ["Advil", "Tylenol", "ibuprofen", "Benadryl", "Aleve", "aspirin", "melatonin", "Motrin",
            "Claritin", "acetaminophen"]
DRUG = ["Advil", "ibuprofen", "metformin", "lisinopril", "atorvastatin", "amoxicillin", "Tylenol",
        "insulin", "prednisone", "vitamin D", "fish oil", "melatonin", "sertraline", "albuterol",
        "omeprazole", "warfarin", "levothyroxine", "gabapentin", "Eliquis", "Ozempic", "Zyrtec",
        "amlodipine", "naproxen", "Adderall", "Lipitor", "penicillin", "Benadryl", "magnesium",
        "turmeric", "folic acid", "Xarelto", "Humira", "losartan", "Paxlovid"]
CONDITION_ACUTE = ["pneumonia", "bronchitis", "shingles", "strep throat", "COVID", "mono",
                   "gastroenteritis", "a sinus infection", "the flu", "pinkeye"]
CONDITION_CHRONIC = ["asthma", "eczema", "ADHD", "type 1 diabetes", "Crohn's disease", "epilepsy",
                     "psoriasis", "migraines", "rheumatoid arthritis", "sickle cell anemia", "allergies",
                     "gout", "lupus", "sleep apnea"]
CONDITION = ["type 2 diabetes", "AFib", "kidney stones", "asthma", "hypertension", "COPD",
             "migraines", "depression", "anxiety", "sleep apnea", "rheumatoid arthritis", "gout",
             "celiac disease", "lupus", "high blood pressure", "hypothyroidism", "pneumonia",
             "shingles", "epilepsy", "ADHD", "Crohn's disease", "multiple sclerosis",
             "sickle cell anemia", "endometriosis", "psoriasis", "glaucoma", "bronchitis",
             "long COVID", "PTSD", "Parkinson's", "heart failure", "fibromyalgia"]
PROCEDURE = [("CT scan", 1, "d"), ("MRI", 1, "d"), ("colonoscopy", 1, "s"), ("physical therapy", 0, "t"),
             ("dialysis", 0, "t"), ("blood test", 1, "d"), ("X-ray", 1, "d"), ("chemo", 0, "t"),
             ("knee replacement", 1, "s"), ("root canal", 1, "s"), ("mammogram", 1, "d"),
             ("ultrasound", 1, "d"), ("biopsy", 1, "s"), ("cataract surgery", 0, "s"), ("EKG", 1, "d"),
             ("stress test", 1, "d"), ("endoscopy", 1, "s"), ("hip replacement", 1, "s"),
             ("allergy testing", 0, "d"), ("sleep study", 1, "d"), ("echocardiogram", 1, "d"),
             ("Pap smear", 1, "d"), ("vasectomy", 1, "s"), ("gallbladder surgery", 0, "s"),
             ("PET scan", 1, "d"), ("bone density scan", 1, "d"), ("tonsillectomy", 1, "s"),
             ("spinal fusion", 1, "s"), ("hearing test", 1, "d")]
ONGOING = ["physical therapy", "dialysis", "chemo", "radiation", "speech therapy",
           "occupational therapy", "cardiac rehab", "infusion therapy"]
INJ_VERB = ["broke {p} arm", "sprained {p} ankle", "tore {p} ACL", "dislocated {p} shoulder",
            "fractured {p} wrist", "burned {p} hand", "cut {p} finger", "twisted {p} knee",
            "cracked {p} rib", "pulled {p} hamstring", "bruised {p} tailbone", "chipped {p} tooth",
            "broke {p} collarbone", "hurt {p} lower back", "jammed {p} thumb", "busted {p} lip"]
INJ_NOUN = [("concussion", 1), ("sprained wrist", 1), ("torn ACL", 1), ("whiplash", 0),
            ("broken collarbone", 1), ("fractured ankle", 1), ("herniated disc", 1),
            ("bruised ribs", 0), ("dislocated shoulder", 1), ("hairline fracture", 1),
            ("black eye", 1), ("stress fracture", 1), ("torn rotator cuff", 1),
            ("second-degree burn", 1), ("broken wrist", 1), ("dog bite", 1), ("deep gash", 1)]
HAIR = [("red hair", 0), ("curly black hair", 0), ("dreadlocks", 0), ("gray beard", 1),
        ("shaved head", 1), ("long braids", 0), ("bleached blonde hair", 0), ("buzz cut", 1),
        ("bright pink hair", 0), ("salt-and-pepper hair", 0)]
EYES = [("blue eyes", 0), ("green eyes", 0), ("hazel eyes", 0), ("dark brown eyes", 0),
        ("lazy eye", 1), ("glass eye", 1)]
MARK = [("scar across the chin", 1), ("tattoo on the right forearm", 1),
        ("birthmark on the neck", 1), ("missing front tooth", 1), ("scar over the left eyebrow", 1),
        ("snake tattoo on the hand", 1), ("burn scar on the arm", 1), ("nose ring", 1),
        ("port-wine stain on the cheek", 1)]
BUILD = ["heavyset", "slim", "stocky", "petite", "muscular", "overweight", "very thin",
         "broad-shouldered", "lanky", "big and tall"]
DISABILITY = ["deaf", "blind", "legally blind", "hard of hearing", "paraplegic",
              "visually impaired", "partially deaf", "nonverbal", "quadriplegic"]
BLOOD = ["O", "A", "B", "AB"]
PET = ["Rex", "Biscuit", "Mochi", "Pepper", "Chewy", "Tiger", "Kiko", "Bruno", "Simba", "Nala",
       "Coco", "Pickles", "Zeus", "Bandit"]
ANSWER_FOOD = ["pizza", "lasagna", "tacos", "jollof rice", "pho", "pierogi", "sushi", "biryani"]
ANSWER_STREET = ["Maple", "Elm", "Orchard", "Calle Luna", "Hillcrest", "Birch"]
PW_WORDS = ["alfalfa", "sunflower", "mango", "tiger", "river", "purple", "coffee", "pumpkin",
            "galaxy", "maple", "thunder", "pickle", "falcon", "butterfly", "cactus", "lemon"]
SYMBOL = {"!": "exclamation point", "@": "at sign", "#": "hashtag", "$": "dollar sign",
          "%": "percent", "&": "ampersand", "*": "star", "_": "underscore", "-": "dash",
          "?": "question mark", ".": "dot"}
HANDLE_WORDS = ["night", "owl", "sunny", "river", "quiet", "storm", "pixel", "taco", "lucky",
                "cosmic", "wolf", "maple", "ninja", "honey", "rocket", "salty", "panda", "echo"]
MAIL_DOMAIN = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "proton.me",
               "web.de", "yahoo.co.in", "comcast.net", "gmx.de", "orange.fr", "live.ca",
               "rediffmail.com", "brightwaterdental.com", "kestrellogistics.co.nz", "uonbi.ac.ke"]
URL_A = ["riverbend", "bluepeak", "harborlight", "sunvalley", "meridian", "oakcrest", "northwind",
         "clearwater", "tidewater", "greenleaf", "silverline", "kestrel", "lakeview", "cityof"]
URL_B = ["health", "energy", "bank", "shipping", "air", "insurance", "schools", "realty", "legal",
         "hotels", "springvale", "water", "clinic", "motors"]
URL_TLD = [".com", ".com", ".org", ".net", ".gov", ".co.uk", ".io", ".edu", ".ca", ".com.au"]
URL_PATH = ["/help", "/claims", "/outages", "/pay", "/returns", "/portal/login", "/track",
            "/appointments", "/support/reset", "/forms", "/billing/autopay", "/enroll", "/refunds",
            "/listings/4471", "/my-account"]
FILE_EXT = ["pdf", "docx", "jpg", "png", "xlsx", "csv", "zip", "mp4", "heic", "txt", "log", "pptx"]
FILE_DIRS = ["Documents", "Desktop", "Downloads", "claims", "Taxes/2021", "school/essays",
             "HR/onboarding", "Pictures/insurance", "backups/2019", "Shared/contracts"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEASONS = ["spring", "summer", "fall", "winter", "autumn"]

DIG = "0123456789"
ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = ALPHA + "23456789"

Pieces = list[tuple[str, str | None, bool]]
GEN: dict[tuple[str, str], Callable[[random.Random, bool], object]] = {}


def gen(policy: str, *variants: str):
    """Register a value generator for policy (and variant names; '' is the default)."""
    def deco(fn):
        for v in variants or ("",):
            GEN[(policy, v)] = fn
        return fn
    return deco


def d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIG) for _ in range(n))


def a(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ALPHA) for _ in range(n))


def an(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(ALNUM) for _ in range(n))


def needs_an(word: str) -> bool:
    """Whether 'an' (not 'a') goes before this word or number."""
    first = word.strip().split()[0].strip(",.") if word.strip() else ""
    if not first:
        return False
    if first[0].isdigit():
        return first.startswith("8") or re.match(r"(11|18)(\D|$)", first) is not None
    if (first.isupper() and len(first) > 1) or len(first) == 1 or re.match(r"^[A-Z]-", first):
        return first[0].upper() in "AEFHILMNORSX"
    low = first.lower()
    if low.startswith(("uni", "use", "usu", "eu", "one", "ur", "uk")):
        return False
    if low.startswith(("hour", "honest", "heir")):
        return True
    return low[0] in "aeiou"


def art(word: str, cap: bool = False) -> str:
    s = "an " if needs_an(word) else "a "
    return s.capitalize() if cap else s


def with_article(text: str, countable: int, policy: str) -> Pieces:
    """A pool value with 'a/an' outside the span when the noun is countable."""
    if countable:
        return [(art(text), None, False), (text, policy, False)]
    return [(text, policy, False)]


def with_the(text: str, the: int, policy: str) -> Pieces:
    if the:
        return [("the ", None, False), (text, policy, False)]
    return [(text, policy, False)]


# ---------------------------------------------------------------- generators: people, contact

@gen("person_name", "", "full")
def g_name_full(rng, lw):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


@gen("person_name", "first")
def g_name_first(rng, lw):
    return rng.choice(FIRST)


@gen("person_name", "last")
def g_name_last(rng, lw):
    return rng.choice(LAST)


@gen("person_name", "hon")
def g_name_hon(rng, lw):
    return f"{rng.choice(['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Miss'])} {rng.choice(LAST)}"


@gen("person_name", "hon_full")
def g_name_hon_full(rng, lw):
    return f"{rng.choice(['Mr.', 'Ms.', 'Mrs.', 'Dr.'])} {rng.choice(FIRST)} {rng.choice(LAST)}"


@gen("person_name", "cred")
def g_name_cred(rng, lw):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return rng.choice([f"Dr. {f} {l}, MD", f"{f} {l}, Esq.", f"Dr. {f} {l}", f"{f} {l}, DDS",
                       f"Dr. {f} {l}, PhD", f"{f} {l}, MD"])


@gen("person_name", "spelled")
def g_name_spelled(rng, lw):
    last = rng.choice(SPELLABLE)
    return [(last, "person_name", False), (", ", None, False),
            (" ".join(last.upper()), "person_name", False)]


@gen("phone_number", "")
def g_phone(rng, lw):
    return rng.choice([g_phone_us, g_phone_us, g_phone_us, g_phone_intl, g_phone_toll,
                       g_phone_short])(rng, lw)


def _exch(rng):
    return rng.choice(["555", str(rng.randint(201, 989))])


@gen("phone_number", "us")
def g_phone_us(rng, lw):
    area = rng.choice(["415", "312", "206", "718", "469", "503", "919", "602", "305", "617",
                       "404", "215", "971", "385", "682", "808", "907", "313"])
    ex, line = _exch(rng), d(rng, 4)
    lead = rng.choice(["", "", "", "+1 ", "1-"])
    if lw:
        pre = {"": "", "+1 ": "plus one ", "1-": "one "}[lead]
        return pre + speak_groups([area, ex, line], rng)
    if lead:
        return f"{lead}{area}-{ex}-{line}"
    return rng.choice([f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}-{ex}-{line}"])


@gen("phone_number", "tollfree")
def g_phone_toll(rng, lw):
    area = rng.choice(["800", "888", "877", "866", "855"])
    ex, line = _exch(rng), d(rng, 4)
    if lw:
        aw = "eight hundred" if area == "800" and rng.random() < 0.6 else speak_digits(area, rng)
        return rng.choice(["one ", "one ", ""]) + aw + ", " + speak_groups([ex, line], rng)
    return rng.choice([f"1-{area}-{ex}-{line}", f"{area}-{ex}-{line}", f"1 ({area}) {ex}-{line}"])


@gen("phone_number", "short")
def g_phone_short(rng, lw):
    ex, line = _exch(rng), d(rng, 4)
    return speak_groups([ex, line], rng) if lw else f"{ex}-{line}"


INTL_PHONE = [("44", [2, 4, 4]), ("91", [5, 5]), ("234", [3, 3, 4]), ("63", [3, 3, 4]),
              ("52", [2, 4, 4]), ("49", [2, 8]), ("61", [1, 4, 4]), ("55", [2, 5, 4]),
              ("254", [3, 6]), ("33", [1, 2, 2, 2, 2]), ("82", [2, 4, 4]), ("353", [2, 3, 4])]


@gen("phone_number", "intl")
def g_phone_intl(rng, lw):
    cc, lens = rng.choice(INTL_PHONE)
    groups = [str(rng.randint(1, 9)) + d(rng, n - 1) for n in lens]
    if lw:
        return "plus " + speak_digits(cc, rng, pairs=False) + ", " + speak_groups(groups, rng)
    body = " ".join(groups)
    if cc == "55":
        body = f"{groups[0]} {groups[1]}-{groups[2]}"
    return f"+{cc} {body}"


def _say_token(tok: str, rng: random.Random) -> str:
    """One token of an email, handle or file name as read aloud."""
    names = {"@": "at", ".": "dot", "_": "underscore", "-": "dash", "/": "slash"}
    if tok in names:
        return names[tok]
    if tok.isdigit():
        if len(tok) == 4 and tok[:2] in ("19", "20"):
            return year_words(int(tok), rng)
        if len(tok) == 2 and tok[0] != "0" and rng.random() < 0.7:
            return words(int(tok))
        return speak_digits(tok, rng)
    m = re.fullmatch(r"([A-Za-z]+)(\d+)", tok)
    if m:
        return m.group(1).lower() + " " + _say_token(m.group(2), rng)
    return tok.lower()


def _first_lower(rng: random.Random) -> str:
    """A first name for handles; not one starting with 'a', whose initial reads like an article."""
    return rng.choice([n for n in ASCII_FIRST if n[0] not in "Aa"]).lower()


def _local_part(rng: random.Random) -> list[str]:
    f, l = _first_lower(rng), rng.choice(ASCII_LAST).lower()
    num = str(rng.choice([rng.randint(2, 99), rng.randint(1962, 2006)]))
    w1, w2 = rng.sample(HANDLE_WORDS, 2)
    return rng.choice([[f, ".", l], [f[0], l], [f, "_", l, num], [f, l[0], num], [l, ".", f[0]],
                       [w1, "_", w2, num], [f, ".", l, num], [f, "-", l], [w1, w2, f[:3]]])


@gen("email_address", "")
def g_email(rng, lw):
    local = _local_part(rng)
    dom = rng.choice(MAIL_DOMAIN)
    if not lw:
        return K("".join(local) + "@" + dom)
    dom_tokens = re.findall(r"[^.]+|\.", dom)
    return K(" ".join(_say_token(t, rng) for t in local + ["@"] + dom_tokens))


@gen("email_address", "partial")
def g_email_partial(rng, lw):
    f, l = _first_lower(rng), rng.choice([n for n in ASCII_LAST if n[0] not in "Aa"]).lower()
    dom = rng.choice(["gmail", "yahoo", "outlook", "hotmail", "icloud"])
    return K(rng.choice([f"{f[0]} {l}", f"{f} {l[0]}", f"{l} {f[0]}"]) + " at " + dom)


@gen("url", "")
def g_url(rng, lw):
    host = rng.choice(URL_A) + rng.choice(URL_B)
    tld = rng.choice(URL_TLD)
    path = rng.choice(URL_PATH + ["", ""])
    www = rng.random() < 0.35
    if not lw:
        scheme = rng.choice(["", "", "https://", "http://"]) if www or rng.random() < 0.3 else ""
        return K(scheme + ("www." if www else "") + host + tld + path)
    out = ["w w w dot"] if www else []
    out.append(host)
    out += [("dot " + p) for p in tld.strip(".").split(".")]
    for seg in [s for s in path.split("/") if s]:
        out.append("slash " + " ".join(_say_token(t, rng) for t in re.findall(r"[^-]+|-", seg)))
    return K(" ".join(out))


@gen("ip_address", "")
def g_ip(rng, lw):
    return (g_ip6 if rng.random() < 0.2 else g_ip4)(rng, lw)


@gen("ip_address", "v4")
def g_ip4(rng, lw):
    kind = rng.randrange(4)
    if kind == 0:
        octs = [192, 168, rng.randint(0, 20), rng.randint(2, 254)]
    elif kind == 1:
        octs = [10, rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)]
    elif kind == 2:
        octs = [172, rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)]
    else:
        octs = [rng.choice([23, 45, 66, 81, 98, 104, 142, 185, 203, 212]),
                rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)]
    if not lw:
        return K(".".join(map(str, octs)))
    said = [speak_digits(str(o), rng, pairs=False) if rng.random() < 0.5 else words(o) for o in octs]
    return K(" dot ".join(said))


@gen("ip_address", "v6")
def g_ip6(rng, lw):
    hexd = "0123456789abcdef"
    groups = ["".join(rng.choice(hexd) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(2, 4))]
    head = rng.choice(["2001:db8", "fe80", "2600:1700", "2a02:c7f", "2001:0db8:85a3"])
    return K(head + "::" + ":".join(groups))


# ---------------------------------------------------------------- cards, SSN, banking, ids

def card_number(rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    prefix, length = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16),
                      "mc2": (str(rng.randint(2221, 2720)), 16),
                      "amex": (rng.choice(["34", "37"]), 15),
                      "disc": (rng.choice(["6011", "65"]), 16)}[kind]
    body = prefix + d(rng, length - 1 - len(prefix))
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    return num, kind


@gen("credit_card_number", "", "full")
def g_card(rng, lw):
    num, kind = card_number(rng)
    groups = [num[:4], num[4:10], num[10:]] if kind == "amex" else [num[i:i + 4] for i in range(0, 16, 4)]
    if lw:
        return speak_groups(groups, rng)
    return rng.choice([" ".join(groups), " ".join(groups), "-".join(groups), num])


@gen("credit_card_number", "last4")
def g_card4(rng, lw):
    num, _ = card_number(rng)
    return speak_digits(num[-4:], rng) if lw else num[-4:]


@gen("credit_card_cvv", "")
def g_cvv(rng, lw):
    v = d(rng, 3)
    return speak_digits(v, rng, pairs=False) if lw else v


@gen("credit_card_cvv", "amex")
def g_cvv4(rng, lw):
    v = d(rng, 4)
    return speak_digits(v, rng) if lw else v


@gen("credit_card_expiration", "")
def g_exp(rng, lw):
    m, y = rng.randint(1, 12), rng.randint(2025, 2033)
    if lw:
        mm = rng.choice([speak_digits(f"{m:02d}", rng, pairs=False), words(m), MONTHS[m - 1].lower()])
        yy = rng.choice([words(y % 100), year_words(y, rng)])
        return f"{mm} of {yy}" if mm.capitalize() in MONTHS and rng.random() < 0.3 else f"{mm} {yy}"
    return rng.choice([f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}",
                       f"{m}/{y % 100:02d}", f"{MONTHS[m - 1]} {y}"])


def ssn(rng: random.Random) -> tuple[str, str, str]:
    area = rng.choice([x for x in range(1, 900) if x != 666])
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


@gen("us_social_security_number", "", "full")
def g_ssn(rng, lw):
    g = ssn(rng)
    assert g[0] not in ("000", "666") and int(g[0]) < 900 and g[1] != "00" and g[2] != "0000"
    return speak_groups(list(g), rng) if lw else "-".join(g)


@gen("us_social_security_number", "last4")
def g_ssn4(rng, lw):
    last = ssn(rng)[2]
    return speak_digits(last, rng) if lw else last


ACCOUNT_SHAPES = [lambda r: d(r, r.randint(8, 12)), lambda r: f"{a(r, 2)}-{d(r, 4)}-{d(r, 4)}",
                  lambda r: f"{a(r, 1)}{d(r, 9)}", lambda r: f"LN-{d(r, 7)}",
                  lambda r: f"{d(r, 4)}-{d(r, 3)}-{d(r, 3)}", lambda r: f"{a(r, 3)} {d(r, 4)} {d(r, 4)}",
                  lambda r: f"{d(r, 3)}-{d(r, 6)}-{d(r, 2)}", lambda r: f"{a(r, 2)}{d(r, 7)}"]


@gen("account_number", "")
def g_account(rng, lw):
    return render_code(rng.choice(ACCOUNT_SHAPES)(rng), rng, lw)


@gen("banking_information", "acct")
def g_bank_acct(rng, lw):
    num = d(rng, rng.randint(8, 12))
    return speak_long(num, rng) if lw else num


@gen("banking_information", "last4")
def g_bank_last4(rng, lw):
    v = d(rng, 4)
    return speak_digits(v, rng) if lw else v


@gen("banking_information", "routing")
def g_routing(rng, lw):
    first = f"{rng.choice(list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73))):02d}"
    b = first + d(rng, 6)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    check = (10 - sum(int(c) * x for c, x in zip(b, w)) % 10) % 10
    r = b + str(check)
    assert aba_ok(r)
    return speak_groups([r[:3], r[3:6], r[6:]], rng) if lw else r


IBAN_SPEC = {"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11n2n", "ES": "4n4n1n1n10n", "NL": "4a10n",
             "IT": "1a5n5n12n", "IE": "4a6n8n", "PT": "4n4n11n2n", "PL": "8n16n", "BE": "3n7n2n",
             "TR": "5n1n16n", "SA": "2n18n", "AE": "3n16n", "BR": "8n5n10n1a1a"}


@gen("banking_information", "iban")
def g_iban(rng, lw):
    cc = rng.choice(list(IBAN_SPEC))
    bban = "".join((d if kind == "n" else a)(rng, int(n))
                   for n, kind in re.findall(r"(\d+)([na])", IBAN_SPEC[cc]))
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    iban = f"{cc}{98 - num % 97:02d}{bban}"
    assert iban_ok(iban)
    spaced = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if lw:
        return render_code(spaced, rng, True, "plain")
    return K(rng.choice([spaced, spaced, iban]))


@gen("banking_information", "")
def g_bank_any(rng, lw):
    return rng.choice([g_bank_acct, g_routing, g_iban])(rng, lw)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier in the CMS character layout."""
    alnum = MBI_ALPHA + DIG
    c = [str(rng.randint(1, 9)), rng.choice(MBI_ALPHA), rng.choice(alnum), rng.choice(DIG),
         rng.choice(MBI_ALPHA), rng.choice(alnum), rng.choice(DIG), rng.choice(MBI_ALPHA),
         rng.choice(MBI_ALPHA), rng.choice(DIG), rng.choice(DIG)]
    s = "".join(c)
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


@gen("healthcare_number", "medicare")
def g_mbi(rng, lw):
    return render_code(mbi(rng), rng, lw)


@gen("healthcare_number", "member")
def g_member(rng, lw):
    code = rng.choice([f"{a(rng, 3)}{d(rng, 9)}", f"W{d(rng, 9)}", f"{a(rng, 3)} {d(rng, 4)} {d(rng, 4)}",
                       f"{d(rng, 9)}-{d(rng, 2)}", f"{a(rng, 1)}{d(rng, 8)}{rng.choice(['01', '02', '00'])}"])
    return render_code(code, rng, lw)


@gen("healthcare_number", "medicaid")
def g_medicaid(rng, lw):
    code = rng.choice([d(rng, 10), f"{a(rng, 2)}{d(rng, 5)}{a(rng, 1)}", d(rng, 12),
                       f"{d(rng, 8)}{a(rng, 1)}"])
    return render_code(code, rng, lw)


@gen("healthcare_number", "mrn")
def g_mrn(rng, lw):
    code = rng.choice([d(rng, 8), f"E{d(rng, 7)}", d(rng, 7), f"{d(rng, 3)}-{d(rng, 2)}-{d(rng, 3)}"])
    return render_code(code, rng, lw)


@gen("healthcare_number", "policy")
def g_hpolicy(rng, lw):
    code = rng.choice([f"{d(rng, 4)}-{d(rng, 3)}-{d(rng, 3)}-{a(rng, 2)}", f"H{d(rng, 4)}-{d(rng, 3)}",
                       f"{a(rng, 2)}{d(rng, 8)}"])
    return render_code(code, rng, lw)


@gen("healthcare_number", "")
def g_health_any(rng, lw):
    return rng.choice([g_mbi, g_member, g_mrn, g_hpolicy])(rng, lw)


def uk_licence(rng: random.Random) -> str:
    sur = (rng.choice(ASCII_LAST).upper() + "99999")[:5]
    return f"{sur}{d(rng, 6)}{a(rng, 2)}{rng.randint(1, 9)}{a(rng, 2)}"


DL_SHAPES = [lambda r: f"{a(r, 1)}{d(r, 7)}", lambda r: f"{d(r, 3)} {d(r, 3)} {d(r, 3)}",
             lambda r: f"{a(r, 1)}{d(r, 3)}-{d(r, 3)}-{d(r, 2)}-{d(r, 3)}-{d(r, 1)}",
             lambda r: d(r, 8), lambda r: f"WDL{an(r, 9)}", lambda r: f"{a(r, 1)}{d(r, 3)}-{d(r, 4)}-{d(r, 4)}",
             lambda r: f"{d(r, 2)} {d(r, 3)} {d(r, 3)}", lambda r: f"{d(r, 6)}-{d(r, 3)}", uk_licence,
             lambda r: f"{a(r, 1)}{d(r, 4)}-{d(r, 5)}-{d(r, 5)}"]


@gen("drivers_license", "")
def g_dl(rng, lw):
    return render_code(rng.choice(DL_SHAPES)(rng), rng, lw)


PASSPORT_SHAPES = [lambda r: f"{a(r, 1)}{d(r, 8)}", lambda r: d(r, 9), lambda r: f"{a(r, 1)}{d(r, 7)}",
                   lambda r: f"{a(r, 2)}{d(r, 6)}", lambda r: f"C{an(r, 8)}", lambda r: f"P{d(r, 7)}{a(r, 1)}",
                   lambda r: f"{a(r, 2)}{d(r, 7)}"]


@gen("passport_number", "")
def g_passport(rng, lw):
    return render_code(rng.choice(PASSPORT_SHAPES)(rng), rng, lw)


@gen("passport_number", "partial")
def g_passport_partial(rng, lw):
    v = d(rng, 4)
    return speak_digits(v, rng) if lw else v


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_YEAR = "ABCDEFGHJKLMNPRSTVWXY123456789"


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["1HG", "JTD", "WBA", "3FA", "KMH", "5YJ", "1FT", "2T1", "VF1", "SAL", "YV1",
                      "ZFA", "MA3", "4T1", "1C4", "JN1", "KNA"])
    body = wmi + "".join(rng.choice(VIN_CHARS) for _ in range(5)) + "0" + rng.choice(VIN_YEAR) + \
        rng.choice(VIN_CHARS) + d(rng, 6)
    v = body[:8] + vin_check(body) + body[9:]
    assert len(v) == 17 and vin_check(v) == v[8]
    return v


@gen("vehicle_id", "vin")
def g_vin(rng, lw):
    return render_code(vin(rng), rng, lw, "plain")


@gen("vehicle_id", "vin6")
def g_vin6(rng, lw):
    return render_code(vin(rng)[-6:], rng, lw)


PLATE_SHAPES = [lambda r: f"{r.randint(1, 9)}{a(r, 3)}{d(r, 3)}", lambda r: f"{a(r, 3)} {d(r, 4)}",
                lambda r: f"{a(r, 3)}-{d(r, 4)}", lambda r: f"{a(r, 2)}{d(r, 2)} {a(r, 3)}",
                lambda r: f"{d(r, 3)} {a(r, 3)}", lambda r: f"{a(r, 3)}{d(r, 4)}",
                lambda r: f"{a(r, 2)}-{d(r, 4)}-{a(r, 1)}", lambda r: f"{d(r, 3)}-{a(r, 3)}"]


@gen("vehicle_id", "plate")
def g_plate(rng, lw):
    return render_code(rng.choice(PLATE_SHAPES)(rng), rng, lw)


@gen("vehicle_id", "partial")
def g_plate_partial(rng, lw):
    letters = a(rng, rng.choice([2, 3]))
    if lw and rng.random() < 0.4:
        return K(" ".join(NATO[c] for c in letters))
    return K(" ".join(letters) if rng.random() < 0.7 or lw else letters)


@gen("vehicle_id", "serial")
def g_vserial(rng, lw):
    return render_code(rng.choice([f"TR-{d(rng, 5)}-{a(rng, 1)}", f"{a(rng, 2)}{d(rng, 8)}",
                                   f"{d(rng, 4)}{a(rng, 2)}{d(rng, 4)}"]), rng, lw)


@gen("vehicle_id", "hin")
def g_hin(rng, lw):
    return render_code(f"{a(rng, 3)}{d(rng, 5)}{a(rng, 1)}{rng.randint(0, 9)}{d(rng, 2)}", rng, lw)


def flight_code(rng: random.Random) -> str:
    return rng.choice(["UA", "BA", "DL", "EK", "QF", "AA", "LH", "AF", "ET", "PR", "AI", "LA",
                       "B6", "WN", "TK", "KL"]) + rng.choice([" ", ""]) + str(rng.randint(1, 2999))


NS_SHAPES: dict[str, list[Callable[[random.Random], str]]] = {
    "order": [lambda r: f"{d(r, 3)}-{d(r, 7)}-{d(r, 7)}", lambda r: f"W{d(r, 9)}",
              lambda r: f"ORD-{d(r, 6)}", lambda r: d(r, 8)],
    "conf": [lambda r: an(r, 6), lambda r: f"{an(r, 3)}-{an(r, 3)}", lambda r: d(r, 9)],
    "booking": [lambda r: an(r, 6), lambda r: f"{a(r, 2)}{d(r, 6)}"],
    "tracking": [lambda r: (lambda s: f"1Z {s[:3]} {s[3:6]} {d(r, 2)} {d(r, 4)} {d(r, 4)}")(an(r, 6)),
                 lambda r: " ".join(("94" + d(r, 20))[i:i + 4] for i in range(0, 22, 4)),
                 lambda r: f"TBA{d(r, 12)}", lambda r: d(r, 10), lambda r: d(r, 12)],
    "case": [lambda r: f"CS-{d(r, 7)}", lambda r: d(r, 8), lambda r: f"CAS-{d(r, 5)}-{an(r, 4)}"],
    "ticket": [lambda r: f"INC{d(r, 7)}", lambda r: f"TKT-{d(r, 5)}", lambda r: d(r, 6)],
    "claim": [lambda r: f"CLM-{d(r, 7)}", lambda r: f"{d(r, 2)}-{d(r, 6)}-{d(r, 2)}",
              lambda r: f"0{a(r, 1)}{d(r, 5)}-{d(r, 2)}"],
    "invoice": [lambda r: f"INV-{d(r, 5)}", lambda r: f"{d(r, 4)}-{d(r, 4)}", lambda r: d(r, 6)],
    "receipt": [lambda r: f"{d(r, 4)} {d(r, 4)} {d(r, 4)}", lambda r: d(r, 10), lambda r: f"R{d(r, 8)}"],
    "workorder": [lambda r: f"WO-{d(r, 5)}", lambda r: d(r, 7)],
    "rma": [lambda r: d(r, 7), lambda r: f"{d(r, 3)}-{d(r, 4)}", lambda r: f"RA{d(r, 6)}"],
    "serial": [lambda r: f"SN{an(r, 10)}", lambda r: f"C02{an(r, 8)}", lambda r: f"{a(r, 2)}{d(r, 2)}-{d(r, 6)}",
               lambda r: f"5CG{d(r, 4)}{an(r, 3)}"],
    "empid": [lambda r: f"E{d(r, 6)}", lambda r: d(r, 6), lambda r: f"{a(r, 2)}-{d(r, 5)}"],
    "studentid": [lambda r: f"9{d(r, 8)}", lambda r: f"S{d(r, 7)}", lambda r: d(r, 7)],
    "badge": [lambda r: d(r, 4), lambda r: f"B-{d(r, 4)}", lambda r: d(r, 5)],
    "giftcard": [lambda r: " ".join(d(r, 4) for _ in range(4)),
                 lambda r: " ".join(d(r, 4) for _ in range(4)) + " " + d(r, 3)],
    "parcel": [lambda r: f"LP{d(r, 9)}CN", lambda r: f"PKG-{d(r, 4)}-{d(r, 2)}", lambda r: f"RR{d(r, 9)}GB"],
    "notary": [lambda r: f"{d(r, 4)}-{d(r, 3)}", lambda r: f"NC{d(r, 6)}"],
    "permit": [lambda r: f"BP-{d(r, 2)}-{d(r, 5)}", lambda r: f"PRM{d(r, 6)}", lambda r: f"{a(r, 1)}{d(r, 7)}"],
    "docket": [lambda r: f"{d(r, 2)}-CV-{d(r, 5)}", lambda r: f"CR-{d(r, 2)}-{d(r, 4)}",
               lambda r: f"{d(r, 4)}-{a(r, 2)}-{d(r, 6)}"],
    "lot": [lambda r: f"{d(r, 4)}{a(r, 1)}", lambda r: f"L{d(r, 5)}-{a(r, 2)}", lambda r: d(r, 6)],
    "voucher": [lambda r: f"{an(r, 4)}-{an(r, 4)}-{an(r, 4)}", lambda r: f"VCH{d(r, 7)}"],
    "flight": [flight_code],
    "ref": [lambda r: f"REF{d(r, 7)}", lambda r: f"{an(r, 3)}-{an(r, 4)}", lambda r: d(r, 10)],
}


def _ns(kind: str):
    def fn(rng, lw):
        k = rng.choice(list(NS_SHAPES)) if kind == "any" else kind
        return render_code(rng.choice(NS_SHAPES[k])(rng), rng, lw)
    return fn


for _kind in list(NS_SHAPES) + ["any"]:
    GEN[("number_sequence", _kind)] = _ns(_kind)


# ---------------------------------------------------------------- password, username, file

def say_chars(s: str) -> str:
    out = []
    for c in s:
        if c.isdigit():
            out.append(ONES[int(c)])
        elif c.isupper():
            out.append("capital " + c)
        elif c.isalpha():
            out.append(c)
        else:
            out.append(SYMBOL[c])
    return " ".join(out)


@gen("password", "pw")
def g_pw(rng, lw):
    w = rng.choice(PW_WORDS)
    W = w.capitalize()
    num = rng.choice([d(rng, 2), d(rng, 4), str(rng.randint(1, 9))])
    sym = rng.choice("!@#$%&*_-?")
    shapes = [[W, num, sym], [w, sym, rng.choice(PW_WORDS)], [num, sym, w], ["temp", d(rng, 4)],
              [W, sym, rng.choice(PW_WORDS).capitalize(), num], ["rand"]]
    toks = rng.choice(shapes)
    if toks == ["rand"]:
        s = "".join(rng.choice("abcdefghkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789!@#$") for _ in range(rng.randint(8, 10)))
        return K(say_chars(s) if lw else s)
    if not lw:
        return K("".join(toks))
    said = []
    for t in toks:
        if t.isdigit():
            said.append(speak_digits(t, rng))
        elif t in SYMBOL:
            said.append(SYMBOL[t])
        elif t[0].isupper():
            said.append(f"capital {t[0]} {t.lower()}")
        else:
            said.append(t)
    return K(" ".join(said))


@gen("password", "pin")
def g_pin(rng, lw):
    v = d(rng, rng.choice([4, 4, 4, 6]))
    return speak_digits(v, rng) if lw else v


@gen("password", "otp")
def g_otp(rng, lw):
    v = d(rng, 6)
    if lw:
        return speak_groups([v[:3], v[3:]], rng)
    return rng.choice([v, f"{v[:3]} {v[3:]}", f"{v[:3]}-{v[3:]}"])


@gen("password", "maiden")
def g_maiden(rng, lw):
    return rng.choice(LAST)


@gen("password", "pet")
def g_pet(rng, lw):
    return rng.choice(PET)


@gen("password", "city")
def g_answer_city(rng, lw):
    return rng.choice(WORLD_CITY + [c for c, _ in US_CITY])


@gen("password", "food")
def g_answer_food(rng, lw):
    return rng.choice(ANSWER_FOOD)


@gen("password", "street")
def g_answer_street(rng, lw):
    return rng.choice(ANSWER_STREET)


def _handle_tokens(rng: random.Random) -> list[str]:
    f, l = _first_lower(rng), rng.choice(ASCII_LAST).lower()
    w1, w2, w3 = rng.sample(HANDLE_WORDS, 3)
    num = str(rng.choice([rng.randint(2, 99), rng.randint(1985, 2008)]))
    return rng.choice([[w1, "_", w2, "_", f[:3]], [f[0], l, "_", num], [f, l[0], num], [f[0], ".", l],
                       [w1, w2, num], [w1, ".", w2, ".", num], ["its", f, num], [f, "_", w3],
                       [l, f[0], num]])


@gen("username", "")
def g_user(rng, lw):
    toks = _handle_tokens(rng)
    if not lw:
        return K("".join(toks))
    return K(" ".join(_say_token(t, rng) for t in toks))


@gen("username", "at")
def g_user_at(rng, lw):
    toks = _handle_tokens(rng)
    if not lw:
        return K("@" + "".join(toks))
    return K("at " + " ".join(_say_token(t, rng) for t in toks))


def _file_tokens(rng: random.Random) -> list[str]:
    year = str(rng.randint(2015, 2025))
    last = rng.choice(ASCII_LAST).lower()
    base = rng.choice([["resume", "_", year], ["IMG", "_", d(rng, 4)], ["lease", "-", "signed", "-", "final"],
                       ["invoice", "_", d(rng, 5)], ["passport", "_", "scan"], ["claim", "-", "photos"],
                       ["tax", "_", "return", "_", year], ["meeting", "_", "notes"],
                       ["budget", "_", "final", "_", f"v{rng.randint(2, 9)}"], ["DSC", "_", d(rng, 4)],
                       [last, "_", "medical", "_", "records"], ["transcript", "_", last],
                       ["roof", "-", "damage", "-", d(rng, 2)], ["payslip", "_", rng.choice(MON3).lower()],
                       ["cover", "_", "letter"], ["Scan", d(rng, 4)], [last, "-", "w2", "-", year],
                       ["error", "_", "log"]])
    return base + [".", rng.choice(FILE_EXT)]


@gen("filename", "")
def g_file(rng, lw):
    toks = _file_tokens(rng)
    if not lw:
        return K("".join(toks))
    return K(" ".join(_say_token(t, rng) for t in toks))


@gen("filename", "log")
def g_file_log(rng, lw):
    toks = [rng.choice(["server", "install", "crash", "sync", "app", "backup"]), rng.choice(["_", "-"]),
            rng.choice(["log", "report", "errors", d(rng, 4)]), ".", rng.choice(["log", "txt"])]
    if not lw:
        return K("".join(toks))
    return K(" ".join(_say_token(t, rng) for t in toks))


@gen("filename", "path")
def g_file_path(rng, lw):
    dirs = rng.choice(FILE_DIRS).split("/")
    toks = []
    for x in dirs:
        toks += [x, "/"]
    toks += _file_tokens(rng)
    if not lw:
        return K("".join(toks))
    return K(" ".join(_say_token(t, rng) for t in toks))


# ---------------------------------------------------------------- ages, dates, times, money

def _age(rng):
    return rng.choice([rng.randint(2, 17), rng.randint(18, 45), rng.randint(18, 45), rng.randint(46, 97)])


def num_text(n: int, lw: bool) -> str:
    """A count as Whisper writes it (words under ten, digits above) or as spoken."""
    return words(n) if lw or n < 10 else str(n)


@gen("person_age", "")
def g_age(rng, lw):
    return num_text(_age(rng), lw)


AGE_RANGES = {"child": (2, 17), "adult": (18, 64), "senior": (62, 97)}


def _age_in(band: str):
    def fn(rng, lw):
        return num_text(rng.randint(*AGE_RANGES[band]), lw)
    return fn


for _band in AGE_RANGES:
    GEN[("person_age", _band)] = _age_in(_band)


@gen("person_age", "yo")
def g_age_yo(rng, lw):
    n = _age(rng)
    return [(str(n) if not lw else words(n), "person_age", False),
            ("-year-old" if not lw else rng.choice([" year old", "-year-old"]), None, False)]


def _day_month(rng):
    return rng.randint(1, 28), rng.randint(1, 12)


@gen("date_of_birth", "")
def g_dob(rng, lw):
    day, m = _day_month(rng)
    y = rng.randint(1934, 2016)
    M = MONTHS[m - 1]
    if lw:
        yw = year_words(y, rng)
        choice = rng.randrange(5)
        if choice == 0:
            return f"{M} {ordinal_words(day)} {yw}"
        if choice == 1:
            return f"{M} {words(day)} {yw}"
        if choice == 2:
            return [("the ", None, False), (f"{ordinal_words(day)} of {M} {yw}", "date_of_birth", False)]
        if choice == 3:
            return f"{speak_digits(f'{m:02d}', rng, False)} {speak_digits(f'{day:02d}', rng, False)} {words(y % 100) if y % 100 >= 10 else yw}"
        return f"{words(m)} {words(day)} {words(y % 100) if y % 100 >= 10 else yw}"
    return rng.choice([f"{M} {day}, {y}", f"{M} {day}{suffix(day)}, {y}", f"{m}/{day}/{y}",
                       f"{m:02d}/{day:02d}/{y}", f"{day} {M} {y}", f"{m}/{day}/{y % 100:02d}"])


@gen("date", "")
def g_date(rng, lw):
    day, m = _day_month(rng)
    M = MONTHS[m - 1]
    if lw:
        c = rng.randrange(3)
        if c == 0:
            return f"{M} {ordinal_words(day)}"
        if c == 1:
            return f"{M} {words(day)}"
        return [("the ", None, False), (f"{ordinal_words(day)} of {M}", "date", False)]
    return rng.choice([f"{M} {day}", f"{M} {day}{suffix(day)}", f"{m}/{day}",
                       [("the ", None, False), (f"{day}{suffix(day)} of {M}", "date", False)]])


@gen("date", "weekday")
def g_weekday(rng, lw):
    return rng.choice(WEEKDAYS)


@gen("date", "weekday_rel")
def g_weekday_rel(rng, lw):
    return [(rng.choice(["next ", "this ", "this coming ", "last "]), None, False),
            (rng.choice(WEEKDAYS), "date", False)]


@gen("date", "ordinal")
def g_date_ord(rng, lw):
    day = rng.randint(1, 31)
    return ordinal_words(day) if lw else f"{day}{suffix(day)}"


@gen("date", "slash")
def g_date_slash(rng, lw):
    day, m = _day_month(rng)
    if lw:
        return rng.choice([f"{words(m)} {words(day)}", f"{MONTHS[m - 1]} {ordinal_words(day)}"])
    return rng.choice([f"{m}/{day}", f"{m:02d}/{day:02d}"])


@gen("date", "full")
def g_date_full(rng, lw):
    day, m = _day_month(rng)
    y = rng.randint(2019, 2027)
    M = MONTHS[m - 1]
    if lw:
        return f"{M} {ordinal_words(day)} {year_words(y, rng)}"
    return rng.choice([f"{M} {day}{suffix(day)}, {y}", f"{M} {day}, {y}", f"{day} {M} {y}",
                       f"{m}/{day}/{y}"])


@gen("date_interval", "years")
def g_di_years(rng, lw):
    y1 = rng.randint(1982, 2021)
    y2 = y1 + rng.randint(1, 6)
    if lw:
        return f"{year_words(y1, rng)} to {year_words(y2, rng)}"
    return rng.choice([f"{y1}-{y2}", f"{y1} to {y2}", f"{y1} through {y2}"])


@gen("date_interval", "days")
def g_di_days(rng, lw):
    d1 = rng.randint(1, 20)
    d2 = d1 + rng.randint(2, 8)
    m = rng.randint(1, 12)
    M = MONTHS[m - 1]
    if lw:
        return rng.choice([f"{M} {ordinal_words(d1)} to {ordinal_words(d2)}",
                           f"{M} {ordinal_words(d1)} through the {ordinal_words(d2)}",
                           f"{M} {words(d1)} to {words(d2)}"])
    return rng.choice([f"{d1}-{d2} {M}", f"{M} {d1}-{d2}", f"{M} {d1}{suffix(d1)} to the {d2}{suffix(d2)}",
                       f"{M} {d1} through {d2}"])


@gen("date_interval", "month_year")
def g_di_month_year(rng, lw):
    y = rng.randint(1975, 2025)
    M = rng.choice(MONTHS)
    return f"{M} {year_words(y, rng)}" if lw else f"{M} {y}"


@gen("date_interval", "month")
def g_di_month(rng, lw):
    return rng.choice(MONTHS)


@gen("date_interval", "season")
def g_di_season(rng, lw):
    y = rng.randint(1995, 2025)
    s = rng.choice(SEASONS)
    if lw:
        return rng.choice([f"{s} of {year_words(y, rng)}", f"{s} {year_words(y, rng)}"])
    return rng.choice([f"{s} of {y}", f"{s} {y}"])


@gen("date_interval", "decade")
def g_di_decade(rng, lw):
    y = rng.choice([1950, 1960, 1970, 1980, 1990, 2000, 2010])
    if lw:
        if y in (2000, 2010):
            return "two thousands" if y == 2000 else "twenty tens"
        tens = words(y % 100).replace("ty", "ties")
        return rng.choice([tens, f"nineteen {tens}" if y < 2000 else f"twenty {tens}"])
    return f"{y}s"


@gen("date_interval", "range")
def g_di_range(rng, lw):
    d1, m1 = _day_month(rng)
    d2, m2 = rng.randint(1, 30), (m1 + rng.randint(2, 10) - 1) % 12 + 1
    if lw:
        return f"{MONTHS[m1 - 1]} {ordinal_words(d1)} to {MONTHS[m2 - 1]} {ordinal_words(d2)}"
    return rng.choice([f"{MONTHS[m1 - 1]} {d1}{suffix(d1)} to {MONTHS[m2 - 1]} {d2}{suffix(d2)}",
                       f"{MONTHS[m1 - 1]} {d1} through {MONTHS[m2 - 1]} {d2}",
                       f"{m1}/{d1} to {m2}/{d2}"])


@gen("date_interval", "year")
def g_di_year(rng, lw):
    y = rng.randint(1990, 2025)
    return year_words(y, rng) if lw else str(y)


DUR_UNITS = [("minute", 5, 120), ("hour", 2, 48), ("day", 2, 30), ("week", 2, 12), ("month", 2, 18),
             ("year", 2, 30), ("business day", 2, 10)]


DUR_KINDS = {"": DUR_UNITS, "wait": [("minute", 10, 95), ("hour", 2, 5)],
             "stay": [("day", 2, 21), ("week", 2, 8), ("night", 2, 14)],
             "long": [("month", 2, 18), ("year", 2, 30), ("week", 3, 20)],
             "term": [("month", 3, 36), ("year", 2, 10), ("day", 30, 90)]}


def _duration(kind: str):
    def fn(rng, lw):
        return g_duration(rng, lw, DUR_KINDS[kind])
    return fn


def g_duration(rng, lw, units=DUR_UNITS):
    unit, lo, hi = rng.choice(units)
    n = rng.randint(lo, hi)
    if rng.random() < 0.1 and unit in ("year", "hour", "month"):
        return f"{words(n) if lw or n < 10 else n} and a half {unit}s"
    return f"{num_text(n, lw)} {unit}s"


for _dk in DUR_KINDS:
    GEN[("duration", _dk)] = _duration(_dk)


@gen("duration", "range")
def g_duration_range(rng, lw):
    lo = rng.randint(2, 7)
    hi = lo + rng.randint(1, 5)
    unit = rng.choice(["business days", "business days", "days", "weeks"])
    if lw:
        return f"{words(lo)} to {words(hi)} {unit}"
    return rng.choice([f"{num_text(lo, False)} to {num_text(hi, False)} {unit}", f"{lo}-{hi} {unit}"])


@gen("duration", "adj")
def g_duration_adj(rng, lw):
    n, unit = rng.choice([(30, "day"), (14, "day"), (90, "day"), (24, "hour"), (12, "month"),
                          (5, "day"), (60, "day"), (48, "hour"), (2, "year"), (6, "week")])
    return f"{words(n)} {unit}" if lw else f"{n}-{unit}"


def _clock(rng: random.Random, lw: bool) -> str:
    h, ampm = rng.choice([(h, "a.m.") for h in range(6, 12)] + [(12, "p.m.")] +
                         [(h, "p.m.") for h in range(1, 10)])
    m = rng.choice([0, 0, 0, 15, 30, 45, rng.randint(1, 59)])
    if lw:
        mw = "" if m == 0 else (" oh " + ONES[m] if m < 10 else " " + words(m))
        c = rng.randrange(6)
        if c == 0 and ampm == "a.m." and 5 <= h <= 11:
            return f"{words(h)}{mw} in the morning"
        if c == 1 and ampm == "p.m." and 1 <= h <= 5:
            return f"{words(h)}{mw} in the afternoon"
        if c == 2 and m == 0:
            return f"{words(h)} o'clock"
        if c == 3:
            return rng.choice(["noon", "midnight", f"half past {words(h)}", f"quarter to {words(h)}"])
        return f"{words(h)}{mw} {ampm}"
    if rng.random() < 0.07:
        return rng.choice(["noon", "midnight"])
    if m == 0:
        return rng.choice([f"{h} {ampm}", f"{h} {ampm}", f"{h}{ampm.replace('.', '')}",
                           f"{h} o'clock", f"{h}:00 {ampm}"])
    return rng.choice([f"{h}:{m:02d} {ampm}", f"{h}:{m:02d} {ampm}", f"{h}:{m:02d}",
                       f"{(h % 12) + (12 if ampm == 'p.m.' else 0)}:{m:02d}"])


@gen("time", "")
def g_time(rng, lw):
    return _clock(rng, lw)


@gen("time", "zone")
def g_time_zone(rng, lw):
    h = rng.randint(1, 12)
    if lw:
        return f"{words(h)} {rng.choice(['a.m.', 'p.m.'])} {rng.choice(['eastern', 'pacific', 'central', 'mountain', 'eastern time'])}"
    return rng.choice([f"{h}pm EST", f"{h} p.m. Eastern", f"{h}:30 a.m. Pacific", f"{h} a.m. CST",
                       f"{h}:00 p.m. GMT", f"{h}am PT"])


@gen("time", "range")
def g_time_range(rng, lw):
    h1 = rng.randint(7, 11)
    h2 = rng.randint(1, 5)
    if lw:
        return rng.choice([f"{words(h1)} and {words(h2)}", f"{words(h1)} and noon",
                           f"{words(h1)} in the morning and {words(h2)} in the afternoon"])
    return rng.choice([f"{h1} and {h2}", f"{h1} a.m. and {h2} p.m.", f"{h1} and noon",
                       f"{h1}:30 and {h2}:30"])


CURRENCY = [("pesos", None), ("euros", "€"), ("pounds", "£"), ("rupees", "₹"), ("naira", "₦"),
            ("yen", "¥"), ("dirhams", None), ("rand", None), ("reais", None), ("Canadian dollars", None),
            ("shillings", None), ("zloty", None)]


MONEY_RANGES = {"": (5, 2500, 1), "small": (5, 300, 1), "rent": (650, 4800, 5), "big": (250, 9000, 50)}


def _money(kind: str):
    def fn(rng, lw):
        lo, hi, step = MONEY_RANGES[kind]
        return g_money(rng, lw, rng.randrange(lo, hi + 1, step))
    return fn


def g_money(rng, lw, dollars):
    cents = rng.choice([0, 0, 0, 50, 99, 25, rng.randint(1, 99)]) if dollars < 1000 else 0
    if not lw:
        return f"${dollars:,}" + (f".{cents:02d}" if cents else "")
    dw = amount_words(dollars, rng)
    if cents:
        short = words(cents) if cents >= 10 else "oh " + ONES[cents]
        opts = [f"{dw} dollars and {words(cents)} cents", f"{dw} dollars {words(cents)}"]
        if dollars < 1000:
            opts.append(f"{dw} {short}")
        return rng.choice(opts)
    return f"{dw} bucks" if dollars < 200 and rng.random() < 0.3 else f"{dw} dollars"


for _mk in MONEY_RANGES:
    GEN[("money_amount", _mk)] = _money(_mk)


@gen("money_amount", "foreign")
def g_money_foreign(rng, lw):
    name, sym = rng.choice(CURRENCY)
    n = rng.choice([rng.randint(5, 95), rng.randint(1, 99) * 100, rng.randint(1, 50) * 1000])
    if lw:
        return f"{amount_words(n, rng)} {name.lower()}"
    if sym and rng.random() < 0.5:
        return f"{sym}{n:,}"
    return f"{n:,} {name}"


@gen("money_amount", "bucks")
def g_money_bucks(rng, lw):
    n = rng.randint(5, 95)
    if rng.random() < 0.2:
        k = rng.randint(2, 9)
        return f"{words(k)} grand"
    return f"{words(n)} bucks" if lw else f"{n} bucks"


@gen("money_amount", "negative")
def g_money_neg(rng, lw):
    n = rng.randint(12, 480)
    c = rng.choice([0, 0, rng.randint(1, 99)])
    if lw:
        return f"{rng.choice(['negative', 'minus'])} {words(n)} dollars" + (f" and {words(c)} cents" if c else "")
    amt = f"${n}" + (f".{c:02d}" if c else "")
    return rng.choice([f"negative {amt}", f"-{amt}", f"minus {amt}"])


@gen("money_amount", "bare")
def g_money_bare(rng, lw):
    n = rng.choice([rng.randint(11, 99) * 100, rng.randint(1, 60) * 1000 + rng.randint(1, 9) * 100])
    return amount_words(n, rng) if lw else f"{n:,}"


PCT_RANGES = {"pct": (1, 99), "o2": (86, 99), "apr": (3, 29), "off": (10, 50), "small": (2, 40)}


def _pct(kind: str):
    def fn(rng, lw):
        return g_pct(rng, lw, rng.randint(*PCT_RANGES[kind]))
    return fn


def g_pct(rng, lw, n):
    half = rng.random() < 0.2
    if lw:
        return f"{words(n)}{' point five' if half else ''} percent"
    v = f"{n}.5" if half else str(n)
    return rng.choice([f"{v}%", f"{v}%", f"{v} percent"])


for _pk in PCT_RANGES:
    GEN[("statistics", _pk)] = _pct(_pk)


@gen("statistics", "rate")
def g_rate(rng, lw):
    x, y = rng.choice([(1, 3), (1, 4), (1, 5), (1, 10), (2, 3), (2, 5), (3, 4), (1, 8), (3, 10), (1, 20)])
    if lw or rng.random() < 0.6:
        return rng.choice([f"{words(x)} in {words(y)}", f"{words(x)} out of {words(y)}"])
    return f"{x} in {y}"


@gen("statistics", "bp")
def g_bp(rng, lw):
    s, dia = rng.randint(105, 185), rng.randint(62, 110)
    if lw:
        sw = rng.choice([words(s), f"{ONES[s // 100]} {words(s % 100) if s % 100 >= 10 else 'oh ' + ONES[s % 100]}"])
        return f"{sw} over {words(dia)}"
    return rng.choice([f"{s} over {dia}", f"{s}/{dia}"])


@gen("statistics", "a1c")
def g_a1c(rng, lw):
    w, f = rng.randint(5, 12), rng.randint(0, 9)
    return f"{words(w)} point {ONES[f]}" if lw else f"{w}.{f}"


@gen("statistics", "chol")
def g_chol(rng, lw):
    n = rng.randint(160, 290)
    return words(n) if lw else str(n)


@gen("statistics", "glucose")
def g_glucose(rng, lw):
    n = rng.randint(65, 380)
    return words(n) if lw else str(n)


@gen("blood_type", "")
def g_blood(rng, lw):
    g = rng.choice(BLOOD)
    pos = rng.random() < 0.5
    if lw or rng.random() < 0.5:
        return K(f"{g} {'positive' if pos else 'negative'}")
    return K(g + ("+" if pos else "-"))


@gen("blood_type", "type")
def g_blood_type(rng, lw):
    g = rng.choice(BLOOD)
    return K(f"type {g} {rng.choice(['positive', 'negative'])}")


# ---------------------------------------------------------------- places, organisations, lexicons

def street(rng: random.Random, lw: bool) -> str:
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
    if lw:
        if n >= 1000 and n % 100 >= 10 and rng.random() < 0.6:
            nw = f"{words(n // 100)} {words(n % 100)}"
        elif 100 <= n < 1000 and n % 100 >= 10 and rng.random() < 0.5:
            nw = f"{ONES[n // 100]} {words(n % 100)}"
        else:
            nw = speak_digits(str(n), rng, pairs=False) if rng.random() < 0.4 else words(n)
    else:
        nw = str(n)
    return f"{nw} {rng.choice(STREET_NAME)} {rng.choice(STREET_TYPE)}"


@gen("location", "street")
def g_street(rng, lw):
    return street(rng, lw)


@gen("location", "street_unit")
def g_street_unit(rng, lw):
    unit_n = rng.randint(1, 40)
    unit = rng.choice([f"apartment {unit_n if not lw else words(unit_n)}",
                       f"unit {unit_n}{rng.choice('ABCD')}" if not lw else f"unit {words(unit_n)} {rng.choice('abcd')}",
                       f"suite {unit_n * 100 if not lw else words(unit_n * 100)}",
                       f"apt {unit_n}" if not lw else f"apartment {words(unit_n)}"])
    return f"{street(rng, lw)}{rng.choice([', ', ' '])}{unit}"


def zip_code(rng: random.Random, lw: bool) -> str:
    z = f"{rng.randint(1, 99):02d}{d(rng, 3)}"
    return speak_digits(z, rng, pairs=False) if lw else z


@gen("location", "zip")
def g_zip(rng, lw):
    return zip_code(rng, lw)


@gen("location", "city")
def g_city(rng, lw):
    return rng.choice(WORLD_CITY + [c for c, _ in US_CITY])


@gen("location", "city_country")
def g_city_country(rng, lw):
    city, country = rng.choice(CITY_COUNTRY)
    the = dict(COUNTRY).get(country, 0)
    return [(city, "location", False), (", ", None, False)] + with_the(country, the, "location")


@gen("location", "us_city")
def g_us_city(rng, lw):
    return rng.choice(US_CITY)[0]


@gen("location", "state")
def g_state(rng, lw):
    return rng.choice(list(STATE.values()) + REGIONS)


@gen("location", "country")
def g_country(rng, lw):
    c, the = rng.choice(COUNTRY)
    return with_the(c, the, "location")


@gen("location", "csz")
def g_csz(rng, lw):
    city, st = rng.choice(US_CITY)
    state = STATE[st] if lw or rng.random() < 0.25 else st
    return [(city, "location", False), (", ", None, False), (K(state) if state == st else state, "location", state == st),
            (" ", None, False), (zip_code(rng, lw), "location", False)]


@gen("location", "landmark")
def g_landmark(rng, lw):
    name, the = rng.choice(LANDMARK)
    return with_the(name, the, "location")


@gen("location", "airport")
def g_airport(rng, lw):
    name, the = rng.choice(AIRPORT)
    return with_the(name, the, "location")


@gen("location", "highway")
def g_highway(rng, lw):
    name, the, said = rng.choice(HIGHWAY)
    if lw and said.startswith("the "):
        return [("the ", None, False), (said[4:], "location", False)]
    return with_the(said if lw else name, the, "location")


@gen("location", "postcode")
def g_postcode(rng, lw):
    return render_code(rng.choice(UK_POSTCODE + CA_POSTCODE), rng, lw, "plain")


def _org(kind: str):
    def fn(rng, lw):
        return rng.choice(ORG[kind])
    return fn


for _k in ORG:
    GEN[("organization", _k)] = _org(_k)


@gen("organization", "agency")
def g_agency(rng, lw):
    name, the = rng.choice(AGENCY)
    return with_the(name, the, "organization")


@gen("organization", "medicare")
def g_medicare(rng, lw):
    return "Medicare"


@gen("organization", "medicaid")
def g_medicaid_org(rng, lw):
    return rng.choice(["Medicaid", "Medi-Cal", "MassHealth"])


@gen("organization", "amex")
def g_amex(rng, lw):
    return rng.choice(["Amex", "American Express"])


@gen("organization", "")
def g_org_any(rng, lw):
    kind = rng.choice(list(ORG) + ["agency"])
    return g_agency(rng, lw) if kind == "agency" else rng.choice(ORG[kind])


@gen("occupation", "")
def g_occ(rng, lw):
    return rng.choice(OCCUPATION)


@gen("occupation", "trade")
def g_occ_trade(rng, lw):
    return rng.choice(OCC_TRADE)


@gen("occupation", "care")
def g_occ_care(rng, lw):
    return rng.choice(OCC_CARE)


@gen("occupation", "clinical")
def g_occ_clinical(rng, lw):
    return rng.choice(OCC_CLINICAL)


@gen("occupation", "title")
def g_occ_title(rng, lw):
    return rng.choice(TITLE)


@gen("nationality", "")
def g_nat(rng, lw):
    return rng.choice(NATIONALITY)


@gen("nationality", "race")
def g_race(rng, lw):
    return rng.choice(RACE)


@gen("language", "")
def g_lang(rng, lw):
    return rng.choice(LANGUAGE)


@gen("religion", "")
def g_rel(rng, lw):
    return rng.choice(RELIGION)


@gen("religion", "non")
def g_rel_non(rng, lw):
    return rng.choice(NONBELIEVER)


@gen("religion", "church")
def g_rel_church(rng, lw):
    return rng.choice(CHURCH)


@gen("political_affiliation", "")
def g_pol(rng, lw):
    return rng.choice(PARTY + IDEOLOGY + ["independent"])


@gen("political_affiliation", "party")
def g_pol_party(rng, lw):
    return rng.choice(PARTY + ["independent"])


@gen("political_affiliation", "ideology")
def g_pol_ideology(rng, lw):
    return rng.choice(IDEOLOGY)


@gen("political_affiliation", "plural")
def g_pol_plural(rng, lw):
    return rng.choice(PARTY_PLURAL)


@gen("political_affiliation", "full")
def g_pol_full(rng, lw):
    return rng.choice(PARTY_FULL)


@gen("political_affiliation", "group")
def g_pol_group(rng, lw):
    return rng.choice(PARTY_GROUP)


@gen("marital_status", "")
def g_mar(rng, lw):
    return rng.choice(MARITAL)


@gen("marital_status", "ex")
def g_mar_ex(rng, lw):
    return rng.choice(MARITAL_EX)


@gen("marital_status", "ex_living")
def g_mar_ex_living(rng, lw):
    return rng.choice(MARITAL_EX_LIVING)


@gen("marital_status", "filing")
def g_mar_filing(rng, lw):
    return rng.choice(["single", "married", "married", "widowed"])


@gen("marital_status", "partner")
def g_mar_partner(rng, lw):
    return rng.choice(MARITAL_PARTNER)


@gen("marital_status", "change")
def g_mar_change(rng, lw):
    return rng.choice(["divorced", "widowed", "separated", "married", "engaged"])


@gen("gender_sexuality", "")
def g_gs(rng, lw):
    return rng.choice(GENDER + ORIENT)


@gen("gender_sexuality", "gender")
def g_gender(rng, lw):
    return rng.choice(["female", "male", "female", "male", "nonbinary", "transgender"])


@gen("gender_sexuality", "orient")
def g_orient(rng, lw):
    return rng.choice(ORIENT)


@gen("gender_sexuality", "nb")
def g_nb(rng, lw):
    return rng.choice(NB)


@gen("zodiac_sign", "")
def g_zodiac(rng, lw):
    return rng.choice(ZODIAC)


@gen("event", "")
def g_event(rng, lw):
    name, the = rng.choice(HOLIDAY)
    return with_the(name, the, "event")


@gen("event", "named")
def g_event_named(rng, lw):
    name, the = rng.choice(NAMED_EVENT)
    return with_the(name, the, "event")


@gen("event", "fast")
def g_event_fast(rng, lw):
    return rng.choice(FAST)


@gen("event", "sale")
def g_event_sale(rng, lw):
    return rng.choice(SALE)


@gen("event", "festival")
def g_event_fest(rng, lw):
    name, the = rng.choice(FESTIVAL)
    return with_the(name, the, "event")


@gen("drug", "")
def g_drug(rng, lw):
    return rng.choice(DRUG)


@gen("drug", "otc")
def g_drug_otc(rng, lw):
    return rng.choice(DRUG_OTC)


@gen("medical_condition", "acute")
def g_cond_acute(rng, lw):
    name = rng.choice(CONDITION_ACUTE)
    if name.startswith(("a ", "the ")):
        head, _, rest = name.partition(" ")
        return [(head + " ", None, False), (rest, "medical_condition", False)]
    return name


@gen("medical_condition", "chronic")
def g_cond_chronic(rng, lw):
    return rng.choice(CONDITION_CHRONIC)


@gen("medical_condition", "")
def g_cond(rng, lw):
    return rng.choice(CONDITION)


@gen("medical_process", "")
def g_proc(rng, lw):
    return rng.choice(PROCEDURE)[0]


@gen("medical_process", "diag")
def g_proc_diag(rng, lw):
    return rng.choice([p for p in PROCEDURE if p[2] == "d"])[0]


def _proc_art(kinds: str):
    def fn(rng, lw):
        name, countable, _ = rng.choice([p for p in PROCEDURE if p[2] in kinds])
        return with_article(name, countable, "medical_process")
    return fn


GEN[("medical_process", "art")] = _proc_art("dst")
GEN[("medical_process", "diag_art")] = _proc_art("d")
GEN[("medical_process", "surg_art")] = _proc_art("s")


@gen("medical_process", "ongoing")
def g_proc_ongoing(rng, lw):
    return rng.choice(ONGOING)


def _inj_verb(pron: str):
    def fn(rng, lw):
        return rng.choice(INJ_VERB).format(p=pron)
    return fn


for _p, _v in (("my", "verb_my"), ("his", "verb_his"), ("her", "verb_her")):
    GEN[("injury", _v)] = _inj_verb(_p)


@gen("injury", "noun")
def g_inj_noun(rng, lw):
    name, countable = rng.choice(INJ_NOUN)
    return with_article(name, countable, "injury")


def _height(rng: random.Random, lw: bool) -> str:
    ft, inch = divmod(rng.randint(58, 79), 12)
    cm = rng.randint(150, 201)
    if lw:
        return rng.choice([f"{words(ft)} foot {words(inch)}" if inch else f"{words(ft)} feet tall",
                           f"{words(ft)} {words(inch)}" if inch else f"{words(ft)} foot",
                           f"{words(cm)} centimeters", f"{words(ft)} foot {words(inch)}" if inch else f"{words(ft)} foot"])
    return rng.choice([f"{ft}'{inch}\"", f"{ft} foot {inch}" if inch else f"{ft} feet tall", f"{cm}cm tall",
                       f"{cm} centimeters", f"{words(ft)} foot {words(inch)}" if inch else f"{words(ft)} foot"])


@gen("physical_attribute", "height")
def g_height(rng, lw):
    return _height(rng, lw)


@gen("physical_attribute", "weight")
def g_weight(rng, lw):
    if rng.random() < 0.7:
        n = rng.randint(95, 320)
        return f"{words(n)} pounds" if lw else f"{n} pounds"
    n = rng.randint(45, 140)
    return f"{words(n)} kilos" if lw else rng.choice([f"{n} kilos", f"{n} kg"])


@gen("physical_attribute", "build")
def g_build(rng, lw):
    return rng.choice(BUILD)


@gen("physical_attribute", "hair")
def g_hair(rng, lw):
    name, c = rng.choice(HAIR)
    return with_article(name, c, "physical_attribute")


@gen("physical_attribute", "eyes")
def g_eyes(rng, lw):
    name, c = rng.choice(EYES)
    return with_article(name, c, "physical_attribute")


@gen("physical_attribute", "mark")
def g_mark(rng, lw):
    name, c = rng.choice(MARK)
    return with_article(name, c, "physical_attribute")


@gen("physical_attribute", "disability")
def g_disab(rng, lw):
    return rng.choice(DISABILITY)


# ---------------------------------------------------------------- unlabeled look-alike values (no PII)

@gen("_", "menu")
def u_menu(rng, lw):
    n = rng.randint(1, 9)
    return words(n) if lw or rng.random() < 0.5 else str(n)


@gen("_", "room")
def u_room(rng, lw):
    n = rng.randint(101, 480)
    return f"{ONES[n // 100]} {words(n % 100) if n % 100 >= 10 else 'oh ' + ONES[n % 100]}" if lw else str(n)


@gen("_", "gate")
def u_gate(rng, lw):
    g, n = rng.choice("ABCDEF"), rng.randint(1, 40)
    return K(f"{g} {words(n)}" if lw else f"{g}{n}")


@gen("_", "model")
def u_model(rng, lw):
    code = rng.choice([f"X{rng.randint(1, 9)}00", f"Pro {rng.randint(2, 9)}", f"S{rng.randint(10, 30)}",
                       f"RT-{rng.randint(2, 9)}0"])
    if not lw:
        return K(code)
    return K(re.sub(r"\s+", " ", re.sub(r"\d+", lambda m: " " + words(int(m.group())) + " ", code).replace("-", " ")).strip())


@gen("_", "dose")
def u_dose(rng, lw):
    n = rng.choice([5, 10, 20, 25, 40, 50, 81, 100, 200, 250, 500, 1000])
    unit = rng.choice(["mg", "milligrams", "mg"])
    if lw:
        return f"{words(n)} milligrams"
    return f"{n} {unit}" if unit == "milligrams" or rng.random() < 0.5 else f"{n}{unit}"


@gen("_", "form")
def u_form(rng, lw):
    return K(rng.choice(["W-2", "W-9", "1099", "I-9", "W-4", "1040", "DS-160", "I-130"]))


@gen("_", "promo")
def u_promo(rng, lw):
    return K(rng.choice(["SAVE20", "WELCOME10", "FREESHIP", "SPRING15", "TAKE5", "BOGO50"]))


@gen("_", "err")
def u_err(rng, lw):
    code = rng.choice([f"E{rng.randint(10, 99)}", f"{rng.randint(400, 504)}", f"0x{rng.randint(10, 99)}F",
                       f"F-{rng.randint(1, 30)}"])
    if not lw:
        return K(code)
    return K(re.sub(r"\d+", lambda m: " " + words(int(m.group())) + " ", code).replace("-", " ").strip().replace("  ", " "))


@gen("_", "step")
def u_step(rng, lw):
    return words(rng.randint(2, 9))


@gen("_", "version")
def u_version(rng, lw):
    x, y = rng.randint(2, 9), rng.randint(0, 9)
    return f"{words(x)} point {ONES[y]}" if lw else f"{x}.{y}"


@gen("_", "aisle")
def u_aisle(rng, lw):
    n = rng.randint(2, 24)
    return words(n) if lw else str(n)


@gen("_", "qty")
def u_qty(rng, lw):
    return words(rng.randint(2, 6))


@gen("_", "page")
def u_page(rng, lw):
    n = rng.randint(3, 120)
    return words(n) if lw else str(n)


@gen("_", "floor")
def u_floor(rng, lw):
    return ordinal_words(rng.randint(2, 9))


@gen("_", "channel")
def u_channel(rng, lw):
    n = rng.randint(2, 60)
    return words(n) if lw else str(n)


# ---------------------------------------------------------------- carrier frames

FRAMES: dict[str, list[str]] = {
    "person_name": [
        "Hi, this is {person_name:full} calling from the billing office at {organization:hospital}",
        "Can I get your first and last name? Sure, it's {person_name:full}",
        "I'm trying to reach {person_name:hon} about an open claim",
        "The account holder is my spouse, {person_name:full}",
        "Last name is {person_name:spelled}",
        "You'll be seeing {person_name:cred} for the follow-up",
        "{person_name:first} at the front desk told me to call this number",
        "Please make the check out to {person_name:cred}",
        "My husband {person_name:first} is on the policy too",
        "Is {person_name:hon} available? I'm returning a call",
        "The reservation's under {person_name:last}",
        "I spoke with someone named {person_name:first} yesterday and was told it was fixed",
        "Ask for {person_name:hon_full} when you get to the counter",
    ],
    "phone_number": [
        "You can reach me at {phone_number}",
        "The best callback number is {phone_number:us}",
        "My cell is {phone_number}, and that's also the one on the account",
        "Did you want the fax? It's {phone_number:us}",
        "Call the claims line at {phone_number:tollfree} and ask for the property team",
        "My sister lives in {location:country}, her number is {phone_number:intl}",
        "It's {phone_number:short}, same area code as yours",
        "For the pharmacy, dial {phone_number:us}",
        "Could you text me at {phone_number} instead?",
        "I've been calling {phone_number:tollfree} all morning and nobody picks up",
        "Update the emergency contact to {person_name:first}, {phone_number}",
        "The number for the front office is {phone_number}",
    ],
    "email_address": [
        "My email is {email_address}",
        "Send the receipt to {email_address}, please",
        "Is it still {email_address} on file?",
        "You can send the forms over to {email_address}",
        "I changed it to {email_address} last month",
        "The confirmation went to my old address, {email_address}",
        "Can you copy my wife? Her email is {email_address}",
        "It's {email_address}, all lowercase",
        "We'll email the itinerary to {email_address}",
        "For the school portal they have {email_address}",
        "I never got anything at {email_address}",
        "I think it was {email_address:partial}, I don't remember the rest",
    ],
    "url": [
        "Go to {url} and click on billing",
        "The outage map is at {url}",
        "You can upload the photos at {url}",
        "I found the form on {url}",
        "Our portal is {url}, log in with your email",
        "Try {url}, that should have the tracking",
        "The link they sent me was {url}",
        "The letter says visit {url} for more details",
        "Check {url} before you come in",
        "I posted the listing at {url}",
        "The enrollment page is {url}",
    ],
    "ip_address": [
        "My IP address is {ip_address}",
        "The router is at {ip_address:v4}",
        "Can you whitelist {ip_address} for me?",
        "It says the connection from {ip_address} was blocked",
        "Ping {ip_address:v4} and tell me if it answers",
        "The printer's IP is {ip_address:v4}",
        "We're seeing logins from {ip_address} that aren't you",
        "Set the gateway to {ip_address:v4}",
        "The VPN gave me {ip_address}",
        "The IPv6 address on the modem is {ip_address:v6}",
        "Type {ip_address:v4} into the browser bar",
    ],
    "credit_card_number": [
        "The card number is {credit_card_number}",
        "I'd like to pay with the card ending in {credit_card_number:last4}",
        "It's a {organization:network}, {credit_card_number}",
        "Okay, card number {credit_card_number}",
        "Was it the one ending {credit_card_number:last4}?",
        "Charge it to {credit_card_number}",
        "My debit card is {credit_card_number}",
        "Can you read me the last four? Yes, {credit_card_number:last4}",
        "The new card number is {credit_card_number} and it just came in the mail",
        "I see a hold on the card ending in {credit_card_number:last4}",
        "Put the deposit on {credit_card_number}, please",
        "Card is {credit_card_number}, expiration {credit_card_expiration}",
    ],
    "credit_card_cvv": [
        "The security code on the back is {credit_card_cvv}",
        "CVV is {credit_card_cvv}",
        "And the three digits on the back? {credit_card_cvv}",
        "It's an {organization:amex}, so the code on the front is {credit_card_cvv:amex}",
        "Security code {credit_card_cvv}",
        "CVC {credit_card_cvv}, and the billing zip is {location:zip}",
        "I think the CVV is {credit_card_cvv} but it's kind of rubbed off",
        "Verification code on the card is {credit_card_cvv}",
        "The code on the back of the card, {credit_card_cvv}",
        "{credit_card_cvv}, that's the security code",
        "Sorry, the CVV was {credit_card_cvv}, not what I said before",
    ],
    "credit_card_expiration": [
        "Expiration date {credit_card_expiration}",
        "It expires {credit_card_expiration}",
        "Valid thru {credit_card_expiration}",
        "The exp on the card is {credit_card_expiration}",
        "The card's good until {credit_card_expiration}",
        "Expiry is {credit_card_expiration}, CVV {credit_card_cvv}",
        "What's the expiration? {credit_card_expiration}",
        "The replacement card expires {credit_card_expiration}",
        "{credit_card_expiration}, that's the expiration on the card",
        "My card expired {credit_card_expiration} so I need to update it",
        "It says valid through {credit_card_expiration}",
    ],
    "us_social_security_number": [
        "My social is {us_social_security_number}",
        "Social Security number {us_social_security_number}",
        "Last four of my social, {us_social_security_number:last4}",
        "The SSN on the form is {us_social_security_number}",
        "For verification, last four of your social? {us_social_security_number:last4}",
        "His Social Security number is {us_social_security_number}",
        "I put {us_social_security_number} on the W-4 as my social",
        "SSN ending in {us_social_security_number:last4}",
        "My daughter's social is {us_social_security_number}",
        "The last four are {us_social_security_number:last4}, that's my social",
        "Tax ID, which is just my social, {us_social_security_number}",
    ],
    "account_number": [
        "My customer number is {account_number}",
        "The account number on the electric bill is {account_number}",
        "Membership number {account_number}",
        "Loyalty number's {account_number}",
        "The policy number for the auto insurance is {account_number}",
        "Homeowner's policy {account_number}",
        "My loan number is {account_number}",
        "Rewards number, {account_number}",
        "The gym membership ID is {account_number}",
        "The water bill account is {account_number}",
        "Frequent flyer number {account_number}",
        "My account with {organization:telecom} is {account_number}",
        "For the renters policy the number is {account_number}",
    ],
    "banking_information": [
        "My routing number is {banking_information:routing}",
        "Checking account number {banking_information:acct}",
        "For direct deposit, routing {banking_information:routing} and account {banking_information:acct}",
        "The IBAN is {banking_information:iban}",
        "Savings account ending in {banking_information:last4}",
        "Wire it to {banking_information:iban}",
        "The ABA number is {banking_information:routing}",
        "My checking is {banking_information:acct} at {organization:bank}",
        "Deposit the refund into my checking, {banking_information:acct}",
        "Can you confirm the routing? {banking_information:routing}",
        "The bank account for payroll is {banking_information:acct}",
        "Our supplier's IBAN is {banking_information:iban}",
        "Savings account {banking_information:acct}, routing {banking_information:routing}",
    ],
    "healthcare_number": [
        "My {organization:medicare} number is {healthcare_number:medicare}",
        "Member ID on the health insurance card is {healthcare_number:member}",
        "The medical record number is {healthcare_number:mrn}",
        "Subscriber ID for {organization:health_insurer} is {healthcare_number:member}",
        "My {organization:medicaid} ID is {healthcare_number:medicaid}",
        "Policy number on the health plan is {healthcare_number:policy}",
        "MRN {healthcare_number:mrn}",
        "The patient ID on the lab order is {healthcare_number:mrn}",
        "My dental plan member number is {healthcare_number:member}",
        "For the pharmacy benefits, the member ID is {healthcare_number:member}",
        "His health insurance ID is {healthcare_number}",
        "The chart number at the clinic is {healthcare_number:mrn}",
    ],
    "drivers_license": [
        "My driver's license number is {drivers_license}",
        "DL number {drivers_license}",
        "The state ID number is {drivers_license}",
        "License number {drivers_license}, issued in {location:state}",
        "Can I get your license number? {drivers_license}",
        "The rental counter copied {drivers_license} off my license",
        "{drivers_license}, that's my driver's license",
        "Her license is {drivers_license}",
        "The ID I'm using is my driving licence, {drivers_license}",
        "Driver license {drivers_license}, it expires next year",
        "I gave them my license number, {drivers_license}",
    ],
    "passport_number": [
        "My passport number is {passport_number}",
        "Passport {passport_number}, issued in {location:country}",
        "The number on my passport is {passport_number}",
        "I renewed it, so the new passport number is {passport_number}",
        "For the entry paperwork they need passport number {passport_number}",
        "{passport_number}, that's the passport",
        "My son's passport is {passport_number}",
        "Can you update the booking with passport {passport_number}?",
        "It's a {nationality} passport, number {passport_number}",
        "The passport on file ends in {passport_number:partial}",
        "Travel document number, the passport, {passport_number}",
    ],
    "vehicle_id": [
        "The VIN is {vehicle_id:vin}",
        "License plate {vehicle_id:plate}",
        "It's a {date_interval:year} {organization:carmaker}, plate {vehicle_id:plate}",
        "The plate started with {vehicle_id:partial}",
        "Vehicle identification number {vehicle_id:vin}",
        "My plate number is {vehicle_id:plate}",
        "The car that hit me had plates {vehicle_id:plate}",
        "Serial number on the trailer is {vehicle_id:serial}",
        "Can you read me the VIN off the dash? {vehicle_id:vin}",
        "Tag number {vehicle_id:plate}",
        "The boat's hull number is {vehicle_id:hin}",
        "Last six of the VIN are {vehicle_id:vin6}",
    ],
    "number_sequence": [
        "My order number is {number_sequence:order}",
        "{number_sequence:conf}, that's the confirmation number",
        "The booking reference is {number_sequence:booking}",
        "Tracking says {number_sequence:tracking} but it hasn't moved",
        "Do you have a case number? Yeah, {number_sequence:case}",
        "I opened a ticket last week, {number_sequence:ticket}",
        "The claim number is {number_sequence:claim} and nobody ever called back",
        "Invoice {number_sequence:invoice} was paid already",
        "It's on receipt number {number_sequence:receipt}",
        "Work order {number_sequence:workorder}, the leak under the sink",
        "They gave me a return authorization, {number_sequence:rma}, to send it back",
        "The serial on the bottom of the router is {number_sequence:serial}",
        "My employee ID is {number_sequence:empid}",
        "Student ID {number_sequence:studentid}",
        "Badge number {number_sequence:badge}, and I can't get into the building",
        "The gift card number is {number_sequence:giftcard}",
        "I'm calling about parcel {number_sequence:parcel}",
        "The notarial certificate number is {number_sequence:notary}",
        "I applied for the permit, it's {number_sequence:permit}",
        "The docket number for the hearing is {number_sequence:docket}",
        "The lot number on the recall notice is {number_sequence:lot}",
        "I have a voucher, {number_sequence:voucher}, from the cancelled trip",
        "I'm on flight {number_sequence:flight} and it just got cancelled",
        "Reference number is {number_sequence:ref}",
        "What was the number they gave you? It's {number_sequence:any}",
        "Can you look up {number_sequence:any} for me?",
    ],
    "password": [
        "My password is {password:pw}",
        "The PIN is {password:pin}",
        "The verification code you texted me is {password:otp}",
        "My mother's maiden name is {password:maiden}",
        "The security question is my first pet, {password:pet}",
        "The city I was born in? That's the security answer, {password:city}",
        "I reset it to {password:pw} but it still won't let me in",
        "Temporary password {password:pw}",
        "The gate code is {password:pin}",
        "Favorite food for the security question, {password:food}",
        "The one-time passcode is {password:otp}",
        "Voicemail PIN {password:pin}",
        "The wifi password is {password:pw}",
        "Street I grew up on, that's the answer, {password:street}",
    ],
    "username": [
        "My username is {username}",
        "I'm {username:at} on {organization:social}",
        "Log in as {username}",
        "The handle is {username:at}",
        "My login for the portal is {username}",
        "Find me on {organization:social}, {username:at}",
        "It says the user {username} is locked out",
        "Try username {username}",
        "My gamer tag is {username}",
        "The screen name is {username}, no caps",
        "Reset the password for user {username}",
    ],
    "filename": [
        "I attached {filename}",
        "Can you open {filename}?",
        "The file is called {filename}",
        "It's saved under {filename:path}",
        "I uploaded {filename} to the portal",
        "The log file {filename:log} shows the crash",
        "Did you get {filename}? I sent it yesterday",
        "Look for {filename:path} on the shared drive",
        "I renamed it {filename}",
        "Please resend {filename}, it won't open",
        "The scan came through as {filename}",
    ],
    "person_age": [
        "I'm {person_age:adult} years old",
        "She's a {person_age:yo} and this is her first claim",
        "My son is {person_age:child}",
        "Patient is {person_age}, {gender_sexuality:gender}",
        "He just turned {person_age}",
        "I'll be {person_age:adult} next month",
        "My dad's {person_age:senior} and he doesn't drive anymore",
        "Age? {person_age}",
        "She's only {person_age:child}, so she's still on my plan",
        "I'm a {person_age:yo} {occupation}",
        "We have a {person_age:yo} {gender_sexuality:gender}, conscious and breathing",
        "How old is the account holder? {person_age:adult}",
    ],
    "date_of_birth": [
        "My date of birth is {date_of_birth}",
        "DOB {date_of_birth}",
        "I was born {date_of_birth}",
        "Birthday is {date_of_birth}",
        "He was born on {date_of_birth}",
        "Can you verify your date of birth? {date_of_birth}",
        "Her birthdate is {date_of_birth}",
        "Born {date_of_birth} in {location:city}",
        "{date_of_birth}, that's my birthday",
        "The DOB on the claim should be {date_of_birth}, not what's printed",
        "I'm verifying with date of birth {date_of_birth}",
    ],
    "date": [
        "The appointment is on {date}",
        "It was delivered {date}",
        "Can we do {date:weekday} instead?",
        "The payment posted on the {date:ordinal}",
        "Your bill is due {date}",
        "I called on {date:slash} and nobody called back",
        "The movers are coming {date:weekday_rel}",
        "Check-in is {date} and checkout is {date}",
        "The hearing got moved to {date:full}",
        "I was in the store on {date:weekday}",
        "Your package should arrive by {date:weekday_rel}",
        "The deadline is {date:full}",
    ],
    "date_interval": [
        "I lived there from {date_interval:years}",
        "We'll be traveling {date_interval:days}",
        "The charges started in {date_interval:month_year}",
        "I'm off all of {date_interval:month}",
        "We moved in the {date_interval:season}",
        "Our records go back to the {date_interval:decade}",
        "The lease runs {date_interval:range}",
        "I've had the car since {date_interval:year}",
        "The policy covered {date_interval:years}",
        "Coverage was active in {date_interval:year}",
        "We renovated in {date_interval:month_year}",
        "The tax return for {date_interval:year} is still pending",
        "The enrollment window is {date_interval:range}",
    ],
    "duration": [
        "I've been on hold for {duration:wait}",
        "Shipping takes {duration:range}",
        "The warranty is {duration:term}",
        "She was in the hospital for {duration:stay}",
        "I've worked there {duration:long}",
        "The flight was delayed {duration:wait}",
        "It's a {duration:adj} trial",
        "Give it {duration:wait} and then restart the router",
        "We stayed {duration:stay}",
        "The outage lasted {duration}",
        "He's been out of work for {duration:long}",
        "Refunds take {duration:range} to show up",
    ],
    "time": [
        "The appointment is at {time}",
        "Someone will be there between {time:range}",
        "We open at {time}",
        "The flight leaves at {time}",
        "Can you call me back after {time}?",
        "It happened around {time}",
        "Pickup is at {time}",
        "Check-out is {time}",
        "I'll be home by {time}",
        "The outage started at {time}",
        "Your call is scheduled for {time:zone}",
        "The store closes at {time}",
    ],
    "money_amount": [
        "The total comes to {money_amount}",
        "I was charged {money_amount:small} twice",
        "My rent is {money_amount:rent}",
        "The deductible is {money_amount:big}",
        "Can I pay {money_amount} now and the rest later?",
        "The balance shows {money_amount:negative}",
        "It cost me {money_amount:foreign} over there",
        "That's like {money_amount:bucks}",
        "The repair came to {money_amount:bare} with parts and labor",
        "The refund was {money_amount}",
        "They want a deposit of {money_amount}",
        "I sent {money_amount:foreign} to my brother",
        "The copay is {money_amount:small}",
    ],
    "statistics": [
        "There's a {statistics:pct} chance the shipment is late",
        "Her blood pressure was {statistics:bp}",
        "My A1C came back at {statistics:a1c}",
        "About {statistics:rate} callers report the same problem",
        "The interest rate on the card is {statistics:apr}",
        "His oxygen was at {statistics:o2} when they checked",
        "Cholesterol was {statistics:chol}, so they want to recheck it",
        "Blood sugar this morning was {statistics:glucose}",
        "They said your premium went up {statistics:small}",
        "Roughly {statistics:rate} patients get side effects, they told me",
        "You'll get {statistics:off} off the first order",
        "BP was {statistics:bp}, pulse was fine",
    ],
    "blood_type": [
        "My blood type is {blood_type}",
        "She's {blood_type}",
        "Patient is {blood_type}, and that's on the wristband",
        "I'm {blood_type:type}, so they always call me to donate",
        "The chart says {blood_type}",
        "His blood group is {blood_type}",
        "Do you know your blood type? {blood_type}",
        "We need {blood_type} units sent up",
        "{blood_type}, I believe",
        "Blood type on file is {blood_type:type}",
    ],
    "location": [
        "I live at {location:street_unit}",
        "Ship it to {location:street}, {location:csz}",
        "I'm calling from {location:city}",
        "We're flying into {location:airport}",
        "The accident happened on {location:highway} near {location:us_city}",
        "We visited {location:landmark} on the trip",
        "My parents live in {location:country}",
        "The zip code is {location:zip}",
        "I'm originally from {location:city_country}",
        "Meet me by {location:landmark}",
        "Postcode is {location:postcode}",
        "We're moving to {location:state}",
        "The branch on {location:street} closed",
    ],
    "organization": [
        "I bank with {organization:bank}",
        "My insurance is through {organization:insurer}",
        "I'm calling from {organization:hospital}",
        "The package is coming with {organization:courier}",
        "I flew {organization:airline} and they lost my bag",
        "I work for {organization:employer}",
        "My son goes to {organization:school}",
        "I already called {organization:agency}",
        "It's a {organization:network} card",
        "I bought it at {organization:retailer}",
        "We switched our internet to {organization:telecom}",
        "Are you with {organization:utility}?",
        "I saw the ad on {organization:social}",
    ],
    "occupation": [
        "I'm a {occupation}",
        "The {occupation:trade} said it would be covered",
        "My wife works as a {occupation}",
        "Can I talk to the {occupation:trade} who came out?",
        "She's a {occupation:clinical} at {organization:hospital}",
        "I'm self-employed, I'm a {occupation}",
        "We're sending a {occupation:trade} out tomorrow",
        "{occupation:title} {person_name:last} handled the report",
        "What do you do for work? {occupation}",
        "Her dad's a retired {occupation}",
        "I need a note from my {occupation:care}",
        "I spoke with {occupation:title} {person_name:last} this morning",
    ],
    "nationality": [
        "I'm {nationality}",
        "My family is {nationality}",
        "She's {nationality} but grew up in {location:city}",
        "He's half {nationality}, half {nationality}",
        "We're a {nationality} family",
        "The form asks for race, I put {nationality:race}",
        "Ethnicity, {nationality:race}",
        "My grandmother was {nationality}",
        "I'm a {nationality} citizen",
        "Both my parents are {nationality}",
        "The survey asked, and I checked {nationality:race}",
    ],
    "language": [
        "Do you have someone who speaks {language}?",
        "I prefer {language}, please",
        "My mom only speaks {language}",
        "Can I get the letter in {language}?",
        "We speak {language} at home",
        "Is there someone who can translate {language}?",
        "He's fluent in {language} and {language}",
        "My first language is {language}",
        "The instructions were all in {language}",
        "I'm learning {language} for work",
    ],
    "religion": [
        "I'm {religion}, so I can't come in that day",
        "We're {religion}",
        "The patient is {religion} and has some dietary restrictions",
        "My family's {religion}",
        "Is the cemetery for {religion} families only?",
        "She was raised {religion}",
        "Religious preference on the form, {religion}",
        "He converted and he's {religion} now",
        "I'm not religious, I'm {religion:non}",
        "We go to a {religion:church} church",
        "The school is {religion:church}, but anyone can enroll",
    ],
    "political_affiliation": [
        "I'm registered {political_affiliation:party}",
        "My dad's a die-hard {political_affiliation}",
        "I vote {political_affiliation:plural}",
        "Party affiliation? {political_affiliation:party}",
        "She's pretty {political_affiliation:ideology}",
        "The {political_affiliation:group} sent me another mailer",
        "I'm a {political_affiliation:party}, just so you know",
        "I used to be a {political_affiliation:party} but I switched",
        "Most of my family votes {political_affiliation:plural}",
        "He's a member of the {political_affiliation:full}",
        "I'm {political_affiliation:ideology}, so that's where I stand",
    ],
    "marital_status": [
        "I'm {marital_status}",
        "Marital status? {marital_status}",
        "My {marital_status:ex_living} still has the card",
        "She's {marital_status} now",
        "I'm recently {marital_status:change}",
        "The account was my {marital_status:ex}'s",
        "Filing status is {marital_status:filing}",
        "We're {marital_status:partner}, does that count?",
        "My {marital_status:ex_living} is the one who opened it",
        "He's {marital_status:change}, so update the beneficiary",
    ],
    "gender_sexuality": [
        "Gender? {gender_sexuality:gender}",
        "I'm {gender_sexuality}",
        "She's {gender_sexuality:orient}",
        "My kid is {gender_sexuality:nb}, they use they/them",
        "Sex on the form is listed as {gender_sexuality:gender}",
        "We're a {gender_sexuality:orient} couple",
        "I identify as {gender_sexuality}",
        "Is there a support group for {gender_sexuality} teens?",
        "He came out as {gender_sexuality} last year",
        "The caller was {gender_sexuality:gender}",
    ],
    "zodiac_sign": [
        "I'm a {zodiac_sign}",
        "She's such a {zodiac_sign}",
        "My sign is {zodiac_sign}",
        "Typical {zodiac_sign}, right?",
        "What's your sign? {zodiac_sign}",
        "He's a {zodiac_sign} like me",
        "The horoscope for {zodiac_sign} said to expect delays",
        "I'm a {zodiac_sign} with {zodiac_sign} rising",
        "My daughter's a {zodiac_sign}, so she's stubborn",
        "Being a {zodiac_sign}, I double-check everything",
    ],
    "event": [
        "We're closed for {event}",
        "I'm flying home for {event}",
        "The package was supposed to arrive before {event}",
        "Rates go up around {event}",
        "We have tickets to {event:named}",
        "I'm fasting for {event:fast}",
        "Is the office open on {event}?",
        "Last year during {event} the power went out",
        "We're hosting {event} this year",
        "I bought it on {event:sale}",
        "The parade for {event:festival} blocked the street",
        "She's performing at {event:named}",
    ],
    "drug": [
        "I'm on {drug}",
        "They prescribed {drug}",
        "I'm allergic to {drug}",
        "Can I take {drug} with {drug}?",
        "I need a refill on my {drug}",
        "She's on {drug} {_:dose}",
        "I took two {drug:otc} and it didn't help",
        "The pharmacy is out of {drug}",
        "Is {drug} covered under my plan?",
        "He stopped taking {drug} last week",
        "Does {drug} interact with anything else I take?",
        "The prescription for {drug} {_:dose} was denied",
    ],
    "medical_condition": [
        "I have {medical_condition}",
        "She was diagnosed with {medical_condition}",
        "My son's {medical_condition:chronic} is acting up",
        "Is {medical_condition} a pre-existing condition?",
        "He's been dealing with {medical_condition} for years",
        "I'm calling about coverage for {medical_condition}",
        "They think it's {medical_condition}",
        "My mom has {medical_condition} and can't climb stairs",
        "History of {medical_condition}",
        "I'm out sick with {medical_condition:acute}",
        "The {medical_condition:chronic} medication isn't working",
        "Any family history of {medical_condition}?",
    ],
    "medical_process": [
        "I'm scheduled for {medical_process:art} next week",
        "Does my plan cover {medical_process:art}?",
        "I had {medical_process:art} last month",
        "The {medical_process:diag} results came back",
        "They want to do {medical_process:diag_art}",
        "I need prior authorization for {medical_process:art}",
        "She's getting {medical_process:art} on {date:weekday}",
        "After {medical_process:surg_art}, how long is recovery?",
        "I'm in {medical_process:ongoing} right now",
        "Can I reschedule my {medical_process}?",
        "How much is {medical_process:art} without insurance?",
        "He had {medical_process:art} years ago",
    ],
    "injury": [
        "I {injury:verb_my} at work",
        "She has {injury:noun}",
        "He {injury:verb_his} playing soccer",
        "The claim is for {injury:noun}",
        "I think I {injury:verb_my}",
        "My daughter {injury:verb_her} on the trampoline",
        "He slipped on the ice and {injury:verb_his}",
        "I'm out with {injury:noun}",
        "They told me it's {injury:noun}",
        "I got {injury:noun} in the accident",
        "Workers' comp claim for {injury:noun}",
        "Do I need to come in for {injury:noun}?",
    ],
    "physical_attribute": [
        "I'm {physical_attribute:height}, if that helps you find me",
        "He's about {physical_attribute:height} and {physical_attribute:build}",
        "She has {physical_attribute:hair}",
        "The guy who took it had {physical_attribute:mark}",
        "My son is {physical_attribute:disability}, so please text instead of calling",
        "I weigh about {physical_attribute:weight}",
        "He has {physical_attribute:eyes} and {physical_attribute:hair}",
        "You'll spot me, I'm the one with {physical_attribute:hair}",
        "My mother is {physical_attribute:disability} and needs an accessible room",
        "Distinguishing marks? {physical_attribute:mark}",
        "Description is {physical_attribute:build}, around {physical_attribute:height}",
        "I'm {physical_attribute:build}, so the standard seat is a little tight",
    ],
}

NOPII_FRAMES = [
    "Press {_:menu} for billing, or stay on the line",
    "For pharmacy refills, press {_:menu}",
    "Please head to room {_:room} and someone will be right with you",
    "Boarding has moved to gate {_:gate}",
    "The one we carry is the {_:model}",
    "The label says take {_:dose} with food",
    "You'll need to fill out form {_:form} first",
    "Use code {_:promo} at checkout for the discount",
    "The screen is showing error {_:err} again",
    "Every single time I call, it drops",
    "I just want a straight answer",
    "Getting this fixed is our number one priority",
    "Honestly I'm not married to that plan",
    "We take pride in getting it right",
    "Can you hold for a few minutes while I look?",
    "Mark my words, it'll get sorted out",
    "Will you be able to help me with that?",
    "I'll be frank with you, it doesn't look good",
    "We can grant access once the form is in",
    "The sign on the door says closed for inventory",
    "The other party already hung up",
    "Let me pull up the terms and conditions",
    "Take the second left and it's on your right",
    "Step {_:step} says to unplug the modem",
    "Select option {_:menu} to hear these choices again",
    "Version {_:version} of the app fixed the login bug",
    "The batteries are in aisle {_:aisle}",
    "I ordered {_:qty} of them but only got one",
    "Page {_:page} of the manual explains the reset",
    "The office is on the {_:floor} floor, past the elevators",
    "Please leave your message after the tone",
    "It usually takes a couple of days, a week or so at most",
    "The weather conditions are slowing deliveries down",
    "I think that's a sign we should start over",
    "I don't want to chase this again next month",
    "Reading through the notice now, give me a moment",
    "Mobile coverage is spotty out here",
    "It's a third-party app, so we can't support it",
    "The bill is higher than usual and I don't know why",
    "Channel {_:channel} is the one with the local weather",
]

START_FILLERS = ["um", "uh", "you know", "so um", "uh yeah", "okay so", "I think", "mm-hmm", "yeah um"]
MID_FILLERS = ["uh", "um", "you know", "I think", "uh,", "um,", "like"]
END_FILLERS = ["you know", "I think", "uh", "um"]
PUNCT = [".", ".", ".", ".", "?", "!", "", "", "..."]
SLOT = re.compile(r"\{([a-z_]+)(?::([a-z0-9_]+))?\}")
ABBREV_END = re.compile(r"(?:\b(?:Dr|St|Esq|Jr|Mr|Mrs|Ms)|a\.m|p\.m)\.$", re.I)


# ---------------------------------------------------------------- assembly and styling

def fill(frame: str, rng: random.Random, lw: bool) -> Pieces:
    """Frame text and generated values as (text, policy or None, keep_case) pieces."""
    pieces: Pieces = []
    pos = 0
    used: set[str] = set()
    for m in SLOT.finditer(frame):
        if m.start() > pos:
            pieces.append((frame[pos:m.start()], None, False))
        pol, var = m.group(1), m.group(2) or ""
        for _ in range(20):  # two slots of one line never repeat a value ("Swahili and Swahili")
            ret = GEN[(pol, var)](rng, lw)
            key = str(ret if isinstance(ret, str) else [t[0] for t in ret]).lower()
            if key not in used:
                break
        used.add(key)
        label = None if pol == "_" else pol
        if isinstance(ret, str):
            pieces.append((str(ret), label, isinstance(ret, K)))
        else:
            for t in ret:
                keep = t[2] if len(t) > 2 else isinstance(t[0], K)
                pieces.append((str(t[0]), t[1] if label else None, keep))
        pos = m.end()
    if pos < len(frame):
        pieces.append((frame[pos:], None, False))
    return merge_adjacent(fix_articles(pieces))


def merge_adjacent(pieces: Pieces) -> Pieces:
    """Join touching pieces of one policy (a value built from parts is one span)."""
    out: Pieces = []
    for t, p, k in pieces:
        if out and p is not None and out[-1][1] == p and t[:1] != "," and not out[-1][0].endswith(","):
            pt, pp, pk = out[-1]
            out[-1] = (pt + t, p, pk and k)
            continue
        out.append((t, p, k))
    return out


def fix_articles(pieces: Pieces) -> Pieces:
    """Make a literal 'a' before a value agree with it ('an MRI', 'a nurse')."""
    out = list(pieces)
    for i in range(len(out) - 1):
        t, p, k = out[i]
        m = re.search(r"(^|\s)([Aa]n?) $", t)
        if p is None and m:
            nxt = "".join(x[0] for x in out[i + 1:])
            word = ("an" if needs_an(nxt) else "a")
            if m.group(2)[0] == "A":
                word = word.capitalize()
            out[i] = (t[:m.start(2)] + word + " ", p, k)
    return out


def sentence_case(pieces: Pieces) -> Pieces:
    """Capitalise the first letter after '?' or '!' inside a line, as Whisper writes it."""
    out, prev = [], ""
    for t, p, k in pieces:
        if not k and t[:1].isalpha() and re.search(r"[?!] $", prev):
            t = t[0].upper() + t[1:]
        out.append((t, p, k))
        prev += t
    return out


def lower_pieces(pieces: Pieces) -> Pieces:
    return [(t if k else t.lower(), p, k) for t, p, k in pieces]


def drop_commas(pieces: Pieces) -> Pieces:
    out = [(t.replace(", ", " "), p, k) for t, p, k in pieces]
    for i in range(len(out) - 1):
        t, p, k = out[i]
        if t.endswith(",") and out[i + 1][0].startswith(" "):
            out[i] = (t[:-1], p, k)
    return out


def join(pieces: Pieces) -> tuple[str, list[list]]:
    text, spans = "", []
    for t, p, _ in pieces:
        if p is not None:
            spans.append([len(text), len(text) + len(t), p])
        text += t
    return text, spans


def insert(text: str, spans: list[list], at: int, s: str) -> str:
    for sp in spans:
        if sp[0] >= at:
            sp[0] += len(s)
            sp[1] += len(s)
        else:
            assert sp[1] <= at, "insertion inside a span"
    return text[:at] + s + text[at:]


def style(frame: str, rng: random.Random) -> tuple[str, list[list]]:
    """One line from a frame with a random transcript style."""
    lw = rng.random() < 0.25
    drop = rng.random() < 1 / 3
    question = frame.endswith("?")
    pieces = fill(frame.rstrip("?"), rng, lw)
    pieces = lower_pieces(pieces) if lw else sentence_case(pieces)
    if drop:
        pieces = drop_commas(pieces)
    text, spans = join(pieces)
    first_keep = pieces[0][2]
    first_literal = pieces[0][1] is None
    where = rng.choices(["none", "start", "mid", "end"], [0.46, 0.2, 0.2, 0.14])[0]
    comma = "" if drop else ","
    if where == "start":
        f = rng.choice(START_FILLERS)
        f = f.lower() if lw else f[0].upper() + f[1:]
        if not lw and first_literal and re.match(r"[A-Z][a-z]", text) and not text.startswith("Social Security"):
            text = text[0].lower() + text[1:]
        text = insert(text, spans, 0, f + comma + " ")
    elif not lw and not first_keep:
        text = text[0].upper() + text[1:]
    if where == "mid":
        cands = [i for i, c in enumerate(text) if c == " " and i > 2 and text[i - 1] not in ".?!"
                 and not any(s <= i < e for s, e, _ in spans) and i < len(text) - 3]
        if cands:
            i = rng.choice(cands)
            f = rng.choice(MID_FILLERS)
            f = f.lower() if lw else f
            if drop:
                f = f.rstrip(",")
            text = insert(text, spans, i + 1, f + " ")
    if where == "end":
        f = rng.choice(END_FILLERS)
        text = text + comma + " " + (f.lower() if lw else f)
    punct = rng.choice(["?", "?", "?", "?", ".", ""] if question else PUNCT)
    if text.endswith(".") and punct in (".", "..."):
        punct = ""
    return text + punct, spans


CODE_POLICIES = {"blood_type", "account_number", "banking_information", "healthcare_number",
                 "drivers_license", "passport_number", "vehicle_id", "number_sequence", "password"}


def check(rec: dict) -> None:
    """Assert the README's format and label rules on one record."""
    text, prev = rec["text"], 0
    for sp in rec["spans"]:
        v = text[sp["start"]:sp["end"]]
        assert sp["start"] >= prev and sp["start"] < sp["end"], rec
        assert v == v.strip() and v, rec
        assert v[-1] not in ",:;?!" and (v[-1] != "." or ABBREV_END.search(v)), (v, rec)
        assert sp["policy"] in CODE_POLICIES or not re.match(r"(?i)(the|a|an) ", v), (v, rec)
        prev = sp["end"]
    assert not re.search(r"\d", text) or rec["spans"] or rec["source"] == "nopii", rec


def build() -> list[dict]:
    rng = random.Random(SEED)
    jobs: list[tuple[str, str]] = []
    for pol, frames in FRAMES.items():
        n = LINES_NUMBER_SEQUENCE if pol == "number_sequence" else LINES_PER_POLICY
        order = frames[:]
        rng.shuffle(order)
        jobs += [(pol, order[i % len(order)]) for i in range(n)]
    order = NOPII_FRAMES[:]
    rng.shuffle(order)
    jobs += [("_nopii", order[i % len(order)]) for i in range(NOPII_LINES)]
    rng.shuffle(jobs)
    seen: set[str] = set()
    records = []
    for pol, frame in jobs:
        for _ in range(200):
            text, spans = style(frame, rng)
            if text.lower() not in seen:
                break
        else:
            raise RuntimeError(f"no distinct line for {frame!r}")
        seen.add(text.lower())
        rec = {"id": f"x28-{len(records) + 1:04d}", "text": text,
               "spans": [{"start": s, "end": e, "policy": p} for s, e, p in spans],
               "source": "nopii" if pol == "_nopii" else "template"}
        check(rec)
        assert pol == "_nopii" or any(s["policy"] == pol for s in rec["spans"]), rec
        records.append(rec)
    return records


def main() -> None:
    assert len(FRAMES) == 44 and all(10 <= len(f) <= 14 or p == "number_sequence" for p, f in FRAMES.items())
    assert len(NOPII_FRAMES) == 40
    for frames in list(FRAMES.values()) + [NOPII_FRAMES]:
        assert len(set(frames)) == len(frames)
        for fr in frames:
            for m in SLOT.finditer(fr):
                assert (m.group(1), m.group(2) or "") in GEN, fr
    records = build()
    meta = {"_meta": {
        "split": SPLIT,
        "tuning": "held out: written blind; scored on arrival and at the end of the session, never tuned on in that session",
        "licence": "CC0-1.0",
        "generator": f"data/pii_eval/src/extra_dev28_gen.py (seed {SEED}; {sum(map(len, FRAMES.values()))} "
                     f"carrier frames over 44 policies + {len(NOPII_FRAMES)} no-PII frames; stdlib only)",
    }}
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(meta, ensure_ascii=False) + "\n")
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    spans = Counter(s["policy"] for r in records for s in r["spans"])
    nopii = sum(r["source"] == "nopii" for r in records)
    print(f"wrote {OUT} : {len(records)} lines ({nopii} no-PII), {sum(spans.values())} spans")
    print(f"{'policy':28s} {'spans':>5s} {'lines':>5s} {'frames':>6s}")
    for pol, frames in sorted(FRAMES.items()):
        n = LINES_NUMBER_SEQUENCE if pol == "number_sequence" else LINES_PER_POLICY
        print(f"{pol:28s} {spans[pol]:5d} {n:5d} {len(frames):6d}")
    print(f"{'(no PII)':28s} {0:5d} {nopii:5d} {len(NOPII_FRAMES):6d}")


if __name__ == "__main__":
    sys.exit(main())
