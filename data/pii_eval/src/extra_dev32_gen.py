#!/usr/bin/env python3
"""Deterministic, stdlib-only generator of the piikit evaluation split `extra_dev32`.

Single utterances from phone calls, built from carrier frames with value slots.
One seeded random.Random drives everything; running it twice gives the same file.
"""
import json
import re
import random

SEED = 320932
OUT = str(__import__("pathlib").Path(__file__).resolve().parents[1] / "extra_dev32.jsonl")
rng = random.Random(SEED)

ch = rng.choice


def chance(p):
    return rng.random() < p


# ---------------------------------------------------------------- numbers
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ("January February March April May June July August September October November "
          "December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def n2w(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        r = ONES[n // 100] + " hundred"
        if n % 100:
            r += ch([" ", " and "]) + n2w(n % 100)
        return r
    r = n2w(n // 1000) + " thousand"
    if n % 1000:
        r += " " + n2w(n % 1000)
    return r


def ordw(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def ordnum(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def year_w(y):
    if y == 2000:
        return "two thousand"
    if 2001 <= y <= 2009:
        return ch(["two thousand " + ONES[y - 2000], "twenty oh " + ONES[y % 10]])
    hi, lo = divmod(y, 100)
    low = "hundred" if lo == 0 else ("oh " + ONES[lo] if lo < 10 else n2w(lo))
    return n2w(hi) + " " + low


def D(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def Dnz(n):
    return str(rng.randint(1, 9)) + D(n - 1)


UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def L(n):
    return "".join(ch(UP) for _ in range(n))


def AN(n):
    return "".join(ch(UP + "0123456789") for _ in range(n))


DIG = ONES[:10]
PHON = {"A": "apple", "B": "boy", "C": "Charlie", "D": "David", "E": "Edward", "F": "Frank",
        "G": "George", "H": "Henry", "J": "John", "K": "King", "L": "Larry", "M": "Mary",
        "N": "Nancy", "P": "Peter", "Q": "queen", "R": "Robert", "S": "Sam", "T": "Tom",
        "U": "umbrella", "V": "Victor", "W": "William", "X": "x-ray", "Y": "yellow",
        "Z": "zebra", "I": "ice", "O": "orange"}


PHON_LEFT = [2]


def speak_chunk(s, zero, phon_p):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            run = 1
            while i + run < len(s) and s[i + run] == c:
                run += 1
            w = zero if c == "0" else DIG[int(c)]
            if run >= 3 and chance(0.3):
                out.append("triple " + w)
                i += 3
                continue
            if run >= 2 and chance(0.45):
                out.append("double " + w)
                i += 2
                continue
            out.append(w)
            i += 1
        elif c.isalpha():
            u = c.upper()
            if PHON_LEFT[0] > 0 and chance(phon_p):
                PHON_LEFT[0] -= 1
                out.append("%s as in %s" % (u, PHON[u]))
            else:
                out.append(u)
            i += 1
        else:
            i += 1
    return " ".join(out)


def pairs_w(s):
    """Read a digit string in pairs: 4242 -> forty two forty two."""
    out = []
    for k in range(0, len(s), 2):
        p = s[k:k + 2]
        if len(p) == 1:
            out.append(DIG[int(p)])
        elif p == "00":
            out.append("hundred" if k > 0 and out and s[k - 2] != "0" else "oh oh")
        elif p[0] == "0":
            out.append("oh " + DIG[int(p[1])])
        else:
            out.append(n2w(int(p)))
    return " ".join(out)


def speak_code(s, phon_p=0.2, pair_p=0.0):
    """Spoken rendering of a code; separators become pauses (commas) or words."""
    zero = "oh" if chance(0.6) else "zero"
    PHON_LEFT[0] = 2 if chance(0.5) else 1
    toks = re.split(r"(\s+|-|/|\.|:)", s)
    pause = ch([", ", ", ", " "])
    out = []
    for t in toks:
        if t == "":
            continue
        if t.isspace():
            out.append(pause)
        elif t == "-":
            out.append(" dash " if chance(0.3) else pause)
        elif t == "/":
            out.append(" slash ")
        elif t == ".":
            out.append(" dot ")
        elif t == ":":
            out.append(" colon ")
        else:
            if t.isdigit() and len(t) in (2, 4) and chance(pair_p):
                out.append(pairs_w(t))
            else:
                out.append(speak_chunk(t, zero, phon_p))
    r = "".join(out)
    r = re.sub(r"\s+", " ", r).strip(" ,")
    r = r.replace(" ,", ",")
    return r


def codeval(written, p=0.35, phon_p=0.2, pair_p=0.0):
    if chance(p):
        return (speak_code(written, phon_p, pair_p), "spoken")
    return (written, "code")


# ---------------------------------------------------------------- checksummed numbers
def luhn_check(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_digits():
    k = ch(["visa", "visa", "mc", "mc", "amex", "disc"])
    if k == "visa":
        pre, n = "4", 16
    elif k == "mc":
        pre, n = (str(rng.randint(51, 55)) if chance(0.7) else str(rng.randint(2221, 2720))), 16
    elif k == "amex":
        pre, n = ch(["34", "37"]), 15
    else:
        pre, n = ch(["6011", "65"]), 16
    body = pre + D(n - 1 - len(pre))
    return body + luhn_check(body)


def fmt_card(d):
    sep = ch([" ", " ", "-", ""])
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join([d[i:i + 4] for i in range(0, 16, 4)])


def routing_num():
    first = ch(["%02d" % rng.randint(1, 12), "%02d" % rng.randint(21, 32),
                "%02d" % rng.randint(61, 72), "80"])
    d = [int(c) for c in first + D(6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((10 - s % 10) % 10)
    return "".join(map(str, d))


def iban_raw():
    cc = ch(["GB", "GB", "DE", "NL", "IE", "ES", "FR"])
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + D(6) + D(8)
    elif cc == "DE":
        bban = D(18)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + D(10)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI"]) + D(6) + D(8)
    elif cc == "ES":
        bban = D(20)
    else:
        bban = D(23)
    re_ = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in re_))
    chk = 98 - num % 97
    return cc + "%02d" % chk + bban


def fmt_iban(s):
    if chance(0.7):
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3,
                                            4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = ch(["1HG", "1FT", "5YJ", "JTD", "WBA", "3VW", "KMH", "2T1", "1G1", "JN1", "4T1",
              "1C4", "5NP", "WDD", "SAL", "YV1", "JM1"])
    vds = AN(5)
    tail = ch("ABCDEFGHJKLMNPRSTVWXY123456789") + ch(UP + "0123456789") + D(6)
    v = wmi + vds + "0" + tail
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_T[c]
        tot += val * VIN_W[i]
    r = tot % 11
    return v[:8] + ("X" if r == 10 else str(r)) + v[9:]


def ssn_raw():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)


def nhs_num():
    while True:
        b = Dnz(9)
        s = sum(int(c) * w for c, w in zip(b, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            return b + str(c)


def imei():
    body = ch(["35", "86", "01", "99"]) + D(12)
    return body + luhn_check(body)


# ---------------------------------------------------------------- lexicons
FIRST = ["Maria", "José", "Aisha", "Wei", "Priya", "Oluwaseun", "Dmitri", "Fatima", "Sean",
         "Kenji", "Lucia", "Tomasz", "Ngozi", "Carlos", "Hannah", "Rajesh", "Mei", "Abdul",
         "Ingrid", "Darnell", "Keisha", "Siobhan", "Mateo", "Yuki", "Kwame", "Elena",
         "Giorgos", "Leilani", "Tyrone", "Brittany", "Gustavo", "Amara", "Hiroshi", "Zanele",
         "Bogdan", "Farah", "Declan", "Imani", "Rosalind", "Thanh", "Beatriz", "Olu", "Marcus",
         "Svetlana", "Anil", "Connor", "Guadalupe", "Nia", "Pedro", "Wanjiru"]
LAST = ["Okafor", "Nguyen", "Kowalski", "Fernandez", "Chen", "Patel", "Haddad", "Schmidt",
        "O'Brien", "Yamamoto", "Mensah", "Rossi", "Ivanov", "Johnson", "Washington",
        "Gutierrez", "Kim", "Abubakar", "Lindqvist", "Murphy", "Delgado", "Papadopoulos",
        "Tran", "Singh", "Baptiste", "Kaur", "Hernandez", "Novak", "Osei", "Moreau", "Kapoor",
        "Reyes", "Brennan", "Achebe", "Sato", "Dubois", "Mwangi", "Castillo", "Whitaker",
        "Jablonski"]
PETS = ["Rex", "Biscuit", "Luna", "Max", "Peanut", "Shadow", "Coco", "Bruno", "Pepper",
        "Mittens", "Tiger", "Daisy"]
SEC_CITIES = ["Toledo", "Guadalajara", "Manila", "Lagos", "Kraków", "Tulsa", "Cork",
              "Ponce", "Durban", "Kingston"]
SEC_STREETS = ["Maple", "Elm Street", "Jefferson", "Birchwood Lane", "Calle Ocho",
               "Park Avenue", "Oak Hollow"]
SEC_SCHOOLS = ["Lincoln Elementary", "Saint Mary's", "Roosevelt Middle School",
               "Holy Cross", "Westview"]
CITIES = ["Toledo", "Phoenix", "San Antonio", "Tulsa", "Fresno", "Raleigh", "Boise", "Newark",
          "Dayton", "Spokane", "Lagos", "Manila", "Guadalajara", "Toronto", "Manchester",
          "Mumbai", "Kraków", "Ho Chi Minh City", "Bogotá", "Nairobi", "Lyon", "Osaka",
          "Albuquerque", "Savannah", "Kingston", "Accra"]
US_CSZ = [("Dayton", "OH", "Ohio"), ("Fresno", "CA", "California"), ("Tulsa", "OK", "Oklahoma"),
          ("Raleigh", "NC", "North Carolina"), ("Newark", "NJ", "New Jersey"),
          ("Spokane", "WA", "Washington"), ("Savannah", "GA", "Georgia"),
          ("Albuquerque", "NM", "New Mexico"), ("Boise", "ID", "Idaho"),
          ("San Antonio", "TX", "Texas"), ("Phoenix", "AZ", "Arizona"),
          ("Kalamazoo", "MI", "Michigan"), ("Scranton", "PA", "Pennsylvania"),
          ("Duluth", "MN", "Minnesota"), ("Reno", "NV", "Nevada"), ("Tampa", "FL", "Florida")]
STATES = ["Ohio", "Texas", "California", "Florida", "New Jersey", "Georgia", "Illinois",
          "Arizona", "Michigan", "Pennsylvania", "North Carolina", "Oregon", "Nevada",
          "Minnesota", "New York", "Massachusetts", "Virginia"]
COUNTRIES = ["Mexico", "Nigeria", "India", "Canada", "Poland", "Vietnam", "Brazil", "Germany",
             "Ireland", "Kenya", "Colombia", "Jamaica", "Ukraine", "Ghana", "Japan", "Peru",
             "South Korea", "Haiti", "the|Philippines", "the|Dominican Republic", "the|UK",
             "Australia", "Pakistan", "El Salvador"]
PASS_COUNTRIES = ["Mexican", "Canadian", "Indian", "Nigerian", "British", "Filipino",
                  "German", "Irish", "Brazilian", "Australian", "Polish", "Jamaican",
                  "American", "Chinese", "Ghanaian"]
STREETS = ["Sunset Avenue", "Elm Street", "West Main Street", "Oak Ridge Drive",
           "Kingsway Road", "Lakeshore Boulevard", "Magnolia Court", "Pine Hill Road",
           "Cedar Lane", "Martin Luther King Jr. Boulevard", "Calle Sol", "Willow Creek Way"]
LANDMARKS = ["the|Grand Canyon", "the|Golden Gate Bridge", "Central Park", "Times Square",
             "Lake Michigan", "Mount Rainier", "Niagara Falls", "the|Space Needle",
             "Union Station", "Navy Pier", "the|Alamo", "Fenway Park"]
AIRPORTS = ["O'Hare", "JFK", "LAX", "Heathrow", "Hartsfield-Jackson", "Sea-Tac", "Logan",
            "Newark Liberty", "Pearson", "Dallas Fort Worth"]
HIGHWAYS = ["I-95", "Route 66", "the|405", "Highway 101", "I-10", "I-75", "Route 9",
            "the|New Jersey Turnpike", "I-35"]

ORG_HEALTH = ["Aetna", "Blue Cross Blue Shield", "UnitedHealthcare", "Cigna", "Humana",
              "Kaiser Permanente", "Anthem", "Molina Healthcare", "Oscar", "Ambetter",
              "Tricare", "Highmark", "Bupa", "Florida Blue", "CareSource"]
ORG_BANK = ["Chase", "Wells Fargo", "Bank of America", "Citibank", "TD Bank", "Capital One",
            "PNC", "US Bank", "Navy Federal", "Ally", "Barclays", "HSBC", "Santander",
            "RBC", "Scotiabank", "Regions", "Fifth Third"]
ORG_AUTOINS = ["State Farm", "Geico", "Progressive", "Allstate", "Liberty Mutual", "Farmers",
               "USAA", "Nationwide", "Travelers", "Erie Insurance", "Aviva"]
ORG_STORE = ["Walgreens", "CVS", "Kroger", "Target", "Safeway", "Sephora", "Best Buy",
             "Home Depot", "Starbucks", "Macy's", "Walmart", "Publix", "Ulta"]
ORG_UTIL = ["Con Edison", "PG&E", "Duke Energy", "Comcast", "Xfinity", "Spectrum", "AT&T",
            "Verizon", "T-Mobile", "National Grid", "Georgia Power", "Cox", "Dominion Energy"]
ORG_LENDER = ["Sallie Mae", "Nelnet", "Rocket Mortgage", "SoFi", "Toyota Financial Services",
              "Honda Financial Services", "Navient", "LendingClub", "Ally", "Quicken Loans"]
ORG_SHOP = ["Amazon", "eBay", "Wayfair", "Etsy", "Best Buy", "Chewy", "Zappos", "Home Depot",
            "Shein", "Temu"]
ORG_SHIP = ["UPS", "FedEx", "USPS", "DHL", "Canada Post", "Royal Mail"]
ORG_AIR = ["Delta", "United", "American Airlines", "Southwest", "JetBlue", "Air Canada",
           "Lufthansa", "Emirates", "Aer Lingus", "Alaska Airlines"]
ORG_AGENCY = ["the|IRS", "the|Social Security Administration", "the|DMV", "USCIS",
              "the|State Department", "HMRC", "Service Canada", "FEMA",
              "the|Department of Labor", "the|VA"]
ORG_CARD = ["Visa", "Mastercard", "Amex", "American Express", "Discover"]
ORG_HOSP = ["Northwest General Hospital", "Mount Sinai", "Cedars-Sinai", "Mercy Hospital",
            "Cleveland Clinic", "Mayo Clinic", "St. Luke's", "Johns Hopkins",
            "Children's Hospital of Philadelphia", "Baptist Health"]
ORG_SCHOOL = ["University of Alaska", "Ohio State", "Lincoln High School", "Miami Dade College",
              "Georgia Tech", "Rutgers", "UCLA", "Santa Monica College", "Howard University",
              "Arizona State"]
ORG_EMP = ["Amazon", "Walmart", "Boeing", "Tyson Foods", "Tesla", "Deloitte", "FedEx",
           "Starbucks", "Kaiser Permanente", "Home Depot", "Accenture", "Marriott", "Pfizer",
           "Lockheed Martin"]
ORG_PROGRAM = ["Medicaid", "Medicare", "SNAP", "WIC", "CHIP", "Section 8", "Obamacare"]
ORG_CAR = ["Honda", "Toyota", "Ford", "Nissan", "Hyundai", "Chevy", "Subaru", "Kia", "Tesla"]
ORG_SOCIAL = ["Instagram", "TikTok", "Twitter", "Reddit", "Discord", "Facebook"]

OCC = ["nurse", "electrician", "software engineer", "teacher", "CPA", "paralegal",
       "truck driver", "pharmacist", "home health aide", "case worker", "adjuster",
       "contractor", "accountant", "plumber", "dental hygienist", "social worker", "cashier",
       "mechanic", "police officer", "firefighter", "real estate agent", "professor",
       "bus driver", "hairstylist", "veterinarian", "engineer", "nanny", "security guard",
       "medical assistant", "welder", "tech", "registered nurse", "physical therapist"]
OCC_TITLE = ["officer", "deputy", "nurse", "coach", "detective", "sergeant", "pastor",
             "professor"]
NAT = ["American", "Mexican", "Filipino", "Nigerian", "Asian", "Black", "Hispanic", "Korean",
       "Polish", "Caucasian", "Arab", "Vietnamese", "Irish", "Jamaican", "Haitian", "Indian",
       "Pakistani", "Ghanaian", "Brazilian", "Puerto Rican", "Native American", "Salvadoran",
       "Somali", "Ukrainian"]
NAT_CIT = ["American", "Mexican", "Canadian", "Nigerian", "Indian", "British", "Filipino",
           "Brazilian", "Polish", "Jamaican", "Kenyan", "Colombian"]
LANG = ["Spanish", "Tagalog", "Vietnamese", "Mandarin", "Cantonese", "Haitian Creole",
        "Portuguese", "Arabic", "Russian", "Korean", "Polish", "French", "Somali", "Amharic",
        "Hindi", "Punjabi", "American Sign Language", "Farsi", "Ukrainian", "Swahili", "Yoruba"]
REL = ["Catholic", "Jewish", "Muslim", "Hindu", "Buddhist", "Baptist", "Mormon", "Sikh",
       "Lutheran", "Methodist", "Pentecostal", "Orthodox Christian", "Jehovah's Witness",
       "Episcopalian", "evangelical", "Christian"]
REL_N = ["Catholic", "Muslim", "Hindu", "Buddhist", "Baptist", "Mormon", "Sikh", "Lutheran",
         "Methodist", "Christian", "Jehovah's Witness"]
REL_ADJ = ["Catholic", "Jewish", "Muslim", "Hindu", "Buddhist", "Baptist", "Mormon", "Sikh",
           "Lutheran", "Pentecostal", "Orthodox", "evangelical"]
REL_ATH = ["atheist", "agnostic"]
POL_N = ["Republican", "Democrat", "independent", "Libertarian", "conservative", "liberal",
         "progressive", "socialist"]
POL_V = ["Republican", "Democrat", "Labour", "Conservative", "Green", "Libertarian",
         "Democratic"]
POL_ADJ = ["conservative", "liberal", "progressive", "Republican", "Democrat",
           "left-wing", "right-wing"]
POL_BIG = ["Republican", "Democrat", "Libertarian", "liberal", "conservative", "Tory"]
POL_PL = ["Democrats", "Republicans", "Libertarians", "progressives", "conservatives"]
POL_PARTY = ["Green Party", "Labour Party", "Democratic Party", "Republican Party",
             "Conservative Party", "Libertarian Party", "Working Families Party"]
MAR_ADJ = ["married", "divorced", "single", "widowed", "separated", "remarried"]
MAR_EX = ["ex-wife", "ex-husband", "late husband", "late wife", "ex", "former spouse"]
MAR_EX_ALIVE = ["ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "former spouse"]
MAR_LATE = ["late husband", "late wife"]
GEN = ["transgender", "nonbinary", "bisexual", "gay", "lesbian", "queer", "trans",
       "pansexual", "asexual", "genderqueer"]
GEN_ADJ = ["trans", "transgender", "bisexual", "queer", "gay", "cisgender"]
GEN_COUPLE = ["gay", "lesbian", "queer", "same-sex"]
GEN_MF = ["female", "male", "female", "male", "F", "M"]
ZOD = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio",
       "Sagittarius", "Capricorn", "Aquarius", "Pisces"]
EVENT = ["Christmas", "Thanksgiving", "Diwali", "Ramadan", "Yom Kippur", "Easter", "Hanukkah",
         "Pride", "Memorial Day", "Labor Day", "Lunar New Year", "Eid", "Mardi Gras",
         "Black Friday", "Coachella", "Halloween", "the|Super Bowl", "the|World Cup",
         "the|Olympics", "the|Kentucky Derby", "the|Boston Marathon", "the|Fourth of July",
         "Rosh Hashanah", "Carnival", "Juneteenth", "Passover"]
EVENT_HOST = ["Thanksgiving", "Christmas", "Passover", "Diwali", "Easter", "Lunar New Year",
              "Hanukkah", "Eid", "Friendsgiving", "Rosh Hashanah"]
EVENT_FAST = ["Ramadan", "Yom Kippur", "Lent", "Navratri"]
EVENT_WATCH = ["the|Super Bowl", "the|World Cup", "the|Olympics", "the|Oscars",
               "the|NBA Finals", "the|Kentucky Derby", "Wimbledon"]
DRUG = ["Advil", "acetaminophen", "metformin", "lisinopril", "Eliquis", "insulin", "Ozempic",
        "amoxicillin", "ibuprofen", "Zoloft", "prednisone", "atorvastatin", "albuterol",
        "Tylenol", "Lipitor", "gabapentin", "omeprazole", "levothyroxine", "Xarelto",
        "Humira", "Jardiance", "Wegovy", "sertraline", "hydrocodone", "Synthroid", "Adderall",
        "Flonase", "Panadol", "warfarin", "Plavix"]
DRUG_SUPP = ["vitamin D", "fish oil", "magnesium", "melatonin", "turmeric", "biotin",
             "vitamin B12", "zinc", "probiotics", "folic acid"]
DOSE = ["500 milligrams", "20 mg", "10 milligrams", "the 40 milligram", "250 mg", "a half tab"]
COND = ["type 2 diabetes", "AFib", "asthma", "COPD", "hypertension", "high blood pressure",
        "depression", "migraines", "sleep apnea", "Crohn's disease", "arthritis", "anxiety",
        "chronic fatigue syndrome", "hypothyroidism", "pneumonia", "shingles", "gout",
        "epilepsy", "lupus", "ADHD", "PTSD", "bronchitis", "celiac disease", "glaucoma",
        "psoriasis", "multiple sclerosis", "breast cancer", "kidney disease", "fibromyalgia",
        "heart failure"]
PROC_C = ["CT scan", "MRI", "colonoscopy", "mammogram", "biopsy", "EKG", "ultrasound", "X-ray",
          "root canal", "knee replacement", "C-section", "endoscopy", "hip replacement",
          "echocardiogram", "sleep study", "stress test", "Pap smear", "tooth extraction"]
PROC_U = ["physical therapy", "dialysis", "chemo", "blood work", "radiation",
          "occupational therapy", "cataract surgery", "speech therapy", "IVF",
          "heart surgery", "chemotherapy", "allergy shots", "gastric bypass surgery"]
INJ_VP = ["broke {p} arm", "sprained {p} ankle", "tore {p} ACL", "twisted {p} knee",
          "cut {p} hand", "burned {p} hand", "dislocated {p} shoulder", "broke two ribs",
          "fractured {p} wrist", "pulled a muscle in {p} back", "hurt {p} back",
          "jammed {p} finger", "chipped a tooth", "broke {p} collarbone", "sprained {p} wrist",
          "broke {p} nose", "tore {p} rotator cuff"]
INJ_NC = ["sprained wrist", "concussion", "torn ACL", "fractured ankle", "dislocated shoulder",
          "broken collarbone", "black eye", "torn rotator cuff", "hairline fracture",
          "broken toe", "sprained ankle", "broken wrist", "herniated disc", "deep cut"]
INJ_U = ["whiplash", "bruised ribs", "second-degree burns", "a|broken leg", "two broken ribs",
         "a|concussion", "a|torn meniscus", "road rash"]
HEIGHT = ["six five", "6'2", "five foot two", "190cm tall", "five eleven", "165 centimeters tall",
          "six foot three", "5'4", "four foot eleven", "six feet tall"]
HAIR = ["red hair", "gray hair", "long black hair", "curly brown hair", "blonde hair",
        "dreadlocks", "short gray hair", "a|shaved head", "a|beard"]
EYES = ["blue eyes", "green eyes", "hazel eyes", "brown eyes"]
MARK = ["scar across his chin", "tattoo on his neck", "birthmark on his cheek", "limp",
        "lazy eye", "missing front tooth", "prosthetic leg", "tattoo sleeve", "scar on his lip",
        "pierced eyebrow"]
BUILD = ["heavyset", "stocky", "slim", "petite", "overweight", "muscular", "skinny"]
DISAB = ["deaf", "legally blind", "hard of hearing", "blind in one eye", "paraplegic",
         "colorblind", "partially deaf"]
WEIGHT = ["200 pounds", "ninety kilos", "two hundred and ten pounds", "75 kg", "160 pounds",
          "one eighty", "300 pounds"]
BLOOD = ["O-", "O+", "A+", "A-", "B+", "B-", "AB+", "AB-", "O negative", "AB positive",
         "B neg", "A pos", "O positive", "A negative"]


def pick(lst):
    """Lexicon value; 'the|X' means the article stays outside the span."""
    v = ch(lst)
    if "|" in v:
        art, v = v.split("|", 1)
        return (art + " ", v)
    return ("", v)


# ---------------------------------------------------------------- slot value makers
# Each maker returns str, (str, kind) or a list of (text, policy|None, kind) segments.
# kind: lex (lower-cased in lower-case lines, ", " may be dropped), code (untouched),
# spoken (", " may be dropped, letters keep case).

def lexseg(policy, lst, with_article=True):
    art, v = pick(lst)
    if art and with_article:
        return [(art, None, "lex"), (v, policy, "lex")]
    return [(v, policy, "lex")]


def name_full():
    return "%s %s" % (ch(FIRST), ch(LAST))


def name_first():
    return ch(FIRST)


def name_title():
    return "%s %s" % (ch(["Mr.", "Mrs.", "Ms.", "Miss"]), ch(LAST))


def name_dr():
    f = ch([lambda: "Dr. %s %s" % (ch(FIRST), ch(LAST)), lambda: "Dr. %s" % ch(LAST),
            lambda: "%s %s, MD" % (ch(FIRST), ch(LAST)),
            lambda: "Dr. %s %s, DO" % (ch(FIRST), ch(LAST))])
    return f()


def name_spell():
    n = re.sub(r"[^A-Za-z]", "", ch(LAST)).upper()
    return (" ".join(n), "code")


def phone_us():
    ac = ch(["415", "312", "718", "213", "404", "602", "917", "210", "614", "503", "305", "702",
             "832", "267", "919", "206", "469", "347", "571", "480"])
    ex = ch(["555", str(rng.randint(201, 989))])
    ln = D(4) if ex != "555" else "01" + D(2)
    f = ch(["(%s) %s-%s", "%s-%s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "1-%s-%s-%s"])
    if chance(0.08):
        w = ch(["1-800-%s-%s", "1-888-%s-%s", "877-%s-%s"]) % (ex, ln)
    elif chance(0.06):
        w = "%s-%s" % (ex, ln)
    else:
        w = f % (ac, ex, ln)
    if chance(0.35):
        s = w.replace("(", "").replace(")", "")
        if s.startswith("+1 "):
            return ("plus one, " + speak_code(s[3:], 0, 0.15), "spoken")
        if s.startswith("1-"):
            return ("one, " + speak_code(s[2:], 0, 0.15), "spoken")
        return (speak_code(s, 0, 0.15), "spoken")
    return (w, "code")


def phone_intl():
    w = ch([lambda: "+44 20 %s %s" % (D(4), D(4)), lambda: "07700 %s" % D(6),
            lambda: "+91 98%s %s" % (D(3), D(5)), lambda: "+52 55 %s %s" % (D(4), D(4)),
            lambda: "+63 917 %s %s" % (D(3), D(4)), lambda: "+234 803 %s %s" % (D(3), D(4)),
            lambda: "+49 30 %s" % D(8), lambda: "04%s %s %s" % (D(2), D(3), D(3)),
            lambda: "+1 416 %s %s" % (D(3), D(4)), lambda: "+353 87 %s %s" % (D(3), D(4))])()
    if chance(0.3):
        return ("plus " + speak_code(w[1:], 0, 0) if w.startswith("+") else speak_code(w),
                "spoken")
    return (w, "code")


def phone_any():
    return phone_intl() if chance(0.2) else phone_us()


DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
           "comcast.net", "proton.me", "yahoo.co.uk", "gmail.com"]


def email():
    f = re.sub(r"[^a-z]", "", ch(FIRST).lower().replace("é", "e"))
    l_ = re.sub(r"[^a-z]", "", ch(LAST).lower())
    num = ch(["", "", D(2), str(rng.randint(1960, 2005)), D(3)])
    user = ch([f + "." + l_, f[0] + l_ + num, f + "_" + l_ + num, f + l_[0] + num,
               l_ + "." + f[0], f + num])
    dom = ch(DOMAINS + ["%s%s.com" % (l_, ch(["plumbing", "law", "dental", "family"]))])
    if chance(0.4):
        def sp(t):
            t = t.replace(".", " dot ").replace("_", " underscore ")
            t = re.sub(r"\d+", lambda m: " " + (year_w(int(m.group())) if len(m.group()) == 4
                                                 else speak_code(m.group())) + " ", t)
            return re.sub(r"\s+", " ", t).strip()
        return ("%s at %s" % (sp(user), sp(dom)), "spoken")
    return (user + "@" + dom, "code")


def url():
    w = ch(["https://www.healthcare.gov/coverage", "spectrum.com/outages", "www.irs.gov/refunds",
            "ssa.gov/myaccount", "https://www.dmv.ca.gov/portal", "paypal.com/resolutioncenter",
            "https://portal.fidelity.com", "bit.ly/3xYz9Qa", "www.progressive.com/claims",
            "https://myaccount.duke-energy.com/billing", "chase.com/verify", "usps.com/redelivery",
            "https://www.medicare.gov/plan-compare", "help.ticketmaster.com",
            "www.ups.com/track", "https://secure.geico.com/login", "amazon.com/returns",
            "https://mychart.baptisthealth.net", "benefits.va.gov/pension", "www.canada.ca/en"])
    if chance(0.35):
        s = re.sub(r"^https?://", "", w)
        s = s.replace(".", " dot ").replace("/", " slash ").replace("-", " dash ")
        s = re.sub(r"^www ", "w w w ", s)
        return (re.sub(r"\s+", " ", s).strip(), "spoken")
    return (w, "code")


def ipv4():
    w = ch([lambda: "192.168.%d.%d" % (rng.randint(0, 5), rng.randint(1, 254)),
            lambda: "10.0.%d.%d" % (rng.randint(0, 9), rng.randint(2, 254)),
            lambda: "%d.%d.%d.%d" % (rng.randint(24, 223), rng.randint(0, 255),
                                     rng.randint(0, 255), rng.randint(1, 254)),
            lambda: "172.16.%d.%d" % (rng.randint(0, 31), rng.randint(1, 254))])()
    if chance(0.35):
        parts = w.split(".")
        sp = [speak_code(p, 0, 0) if chance(0.7) else n2w(int(p)) for p in parts]
        return (" dot ".join(sp), "spoken")
    return (w, "code")


def ipv6():
    hx = "0123456789abcdef"

    def h(n):
        return "".join(ch(hx) for _ in range(n)).lstrip("0") or "0"
    return (ch(["2001:db8:%s:%s::%s:%s" % (h(4), h(4), h(4), h(3)),
                "fe80::%s:%s:%s:%s" % (h(4), h(4), h(4), h(4)),
                "2600:1700:%s:%s:%s:%s:%s:%s" % (h(4), h(3), h(4), h(4), h(4), h(4))]), "code")


def card_full():
    d = card_digits()
    w = fmt_card(d)
    if chance(0.35):
        g = [d[:4], d[4:10], d[10:]] if len(d) == 15 else [d[i:i + 4] for i in range(0, 16, 4)]
        return (speak_code(" ".join(g), 0, 0.3), "spoken")
    return (w, "code")


def last4():
    d = D(4)
    if chance(0.4):
        return (pairs_w(d) if chance(0.4) else speak_code(d), "spoken")
    return (d, "code")


def cvv3():
    d = D(3)
    if chance(0.4):
        return (speak_code(d) if chance(0.7) else n2w(int(d)) if d[0] != "0" else speak_code(d),
                "spoken")
    return (d, "code")


def cvv4():
    d = D(4)
    if chance(0.4):
        return (speak_code(d, 0, 0.5), "spoken")
    return (d, "code")


def card_exp():
    m = rng.randint(1, 12)
    y = rng.randint(2025, 2033)
    f = ch(["mmyy", "mmyy", "mmyyyy", "month", "spoken", "spoken2", "monthof"])
    if f == "mmyy":
        return ("%02d/%02d" % (m, y % 100), "code")
    if f == "mmyyyy":
        return ("%02d/%d" % (m, y), "code")
    if f == "month":
        return ("%s %d" % (MONTHS[m - 1], y), "lex")
    if f == "monthof":
        return ("%s of %s" % (MONTHS[m - 1], year_w(y) if chance(0.5) else n2w(y % 100)), "lex")
    if f == "spoken":
        mm = ("oh " + ONES[m]) if m < 10 else n2w(m)
        return ("%s %s" % (mm, n2w(y % 100)), "spoken")
    mm = ("zero " + ONES[m]) if m < 10 else n2w(m)
    return ("%s slash %s" % (mm, n2w(y % 100)), "spoken")


def ssn_full():
    a, g, s = ssn_raw()
    w = ch(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s"]) % (a, g, s)
    if chance(0.4):
        return (speak_code("%s %s %s" % (a, g, s), 0, 0.2), "spoken")
    return (w, "code")


def ssn4():
    return last4()


def acct_pol():
    w = ch([lambda: "%s-%s-%s" % (ch(["HO", "PA", "AU", "RN", "LF", "CA", "HM", "CP"]), D(4), D(4)),
            lambda: "%s %s %s" % (ch(["PA", "HO", "AU"]), D(4), D(4)),
            lambda: "%s %s-%s%s-%s" % (D(3), D(4), L(1), D(2), D(2)),
            lambda: Dnz(10),
            lambda: "%s%s" % (L(3), D(7)),
            lambda: "%s-%s-%s" % (D(2), D(6), D(2)),
            lambda: "%s%s" % (ch(["AP", "HQ", "LPA"]), D(8))])()
    return codeval(w, 0.35, 0.25)


def acct_util():
    w = ch([lambda: "%s-%s-%s" % (D(4), D(4), D(2)),
            lambda: "%s %s %s %s" % (Dnz(4), D(4), D(4), D(4)),
            lambda: Dnz(10), lambda: "%s %s %s" % (D(3), D(3), D(4)),
            lambda: "%s-%s-%s" % (D(2), D(5), D(5)), lambda: Dnz(12)])()
    return codeval(w, 0.35)


def acct_loy():
    w = ch([lambda: "%s %s %s" % (Dnz(4), D(4), D(4)), lambda: Dnz(10), lambda: Dnz(12),
            lambda: "%s %s %s %s" % (Dnz(3), D(3), D(3), D(3)),
            lambda: "%s%s" % (L(2), D(8)), lambda: "%s %s" % (Dnz(5), D(6))])()
    return codeval(w, 0.35, 0.2, 0.2)


def acct_loan():
    w = ch([lambda: "LN-%s" % D(8), lambda: "00" + D(8), lambda: "%s-%s" % (D(3), D(7)),
            lambda: "%s %s %s" % (Dnz(4), D(4), D(2)), lambda: "%s%s" % (L(1), D(9)),
            lambda: Dnz(10)])()
    return codeval(w, 0.35)


def acct_mem():
    w = ch([lambda: "%s %s %s" % (Dnz(3), D(4), D(3)), lambda: "MBR-%s" % D(5),
            lambda: Dnz(9), lambda: "%s-%s" % (D(4), D(4)), lambda: "%s%s" % (L(1), D(7))])()
    return codeval(w, 0.35)


def acct_carrier():
    w = ch([lambda: "%s %s %s" % (Dnz(3), D(3), D(3)), lambda: Dnz(9),
            lambda: "%s %s %s" % (Dnz(4), D(4), D(4)), lambda: "%s-%s" % (Dnz(9), D(5))])()
    return codeval(w, 0.35)


def bank_acct():
    n = rng.randint(8, 12)
    d = D(n)
    if n > 8 and chance(0.3):
        d = "".join(d[i:i + 4] + " " for i in range(0, n, 4)).strip()
    return codeval(d, 0.4, 0, 0.15)


def routing():
    return codeval(routing_num(), 0.4)


def iban():
    r = iban_raw()
    if chance(0.3):
        return (speak_code(" ".join(r[i:i + 4] for i in range(0, len(r), 4)), 0.2), "spoken")
    return (fmt_iban(r), "code")


def sortcode():
    return codeval("%s-%s-%s" % (D(2), D(2), D(2)), 0.4, 0, 0.4)


def ukacct():
    return codeval(D(8), 0.35)


def hc_mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN_ = A + "0123456789"
    s = (str(rng.randint(1, 9)) + ch(A) + ch(AN_) + D(1) + ch(A) + ch(AN_) + D(1) + ch(A) +
         ch(A) + D(2))
    w = ch([s, "%s-%s-%s" % (s[:4], s[4:7], s[7:])])
    return codeval(w, 0.35, 0.3)


def hc_member():
    w = ch([lambda: "W" + D(9), lambda: L(3) + D(9), lambda: "%s %s %s" % (L(3), D(4), D(5)),
            lambda: Dnz(9) + "-01", lambda: "H" + D(8), lambda: "%s%s %s" % (L(1), D(8), D(2)),
            lambda: "ZGP" + D(9), lambda: "%s-%s" % (D(9), D(2)), lambda: "M" + D(10),
            lambda: "%s%s" % (L(2), D(9))])()
    return codeval(w, 0.35, 0.25)


def hc_medicaid():
    w = ch([lambda: "%s%s%s" % (L(2), D(5), L(1)), lambda: Dnz(10), lambda: Dnz(8) + L(1),
            lambda: "%s%s" % (L(1), D(9)), lambda: "%s %s %s" % (D(4), D(4), D(4))])()
    return codeval(w, 0.35, 0.25)


def hc_mrn():
    w = ch([lambda: "00" + D(6), lambda: "MRN-" + D(7), lambda: "%s-%s-%s" % (D(3), D(3), D(3)),
            lambda: "E" + D(7), lambda: Dnz(7)])()
    return codeval(w, 0.35)


def hc_nhs():
    n = nhs_num()
    return codeval("%s %s %s" % (n[:3], n[3:6], n[6:]), 0.4)


def hc_ohip():
    return codeval("%s-%s-%s-%s" % (Dnz(4), D(3), D(3), L(2)), 0.35, 0.2)


def hc_pol():
    w = ch([lambda: "%s-%s-%s-%s" % (Dnz(4), D(3), D(3), L(2)), lambda: L(2) + D(7),
            lambda: "%s %s" % (L(3), D(8))])()
    return codeval(w, 0.35, 0.2)


# number_sequence makers
def ns(kind):
    def f():
        w = {
            "order": lambda: ch(["%s-%s-%s" % (D(3), D(7), D(7)), Dnz(5), "W" + D(9),
                                 "%s-%s-%s" % (D(4), D(4), D(4)), "BBY01-" + D(12),
                                 L(2) + D(8), Dnz(8)]),
            "conf": lambda: ch([AN(6), Dnz(8), "HX-%s-%s" % (D(4), L(1)), "CNF" + D(7), AN(8)]),
            "track": lambda: ch(["1Z %s %s %s %s %s" % (AN(3), AN(3), D(2), D(4), D(4)),
                                 "1Z" + AN(6) + D(10),
                                 "9400 %s %s %s %s %s" % (D(4), D(4), D(4), D(4), D(2)),
                                 "%s %s %s" % (Dnz(4), D(4), D(4)), "JD" + D(18)]),
            "case": lambda: ch(["CS-" + D(8), Dnz(8), "%s-%s" % (D(2), D(6)), "0" + D(7),
                                "CAS-%s-%s" % (D(5), AN(4))]),
            "ticket": lambda: ch(["INC" + D(7), "TKT-" + D(5), Dnz(6), "SR" + D(8)]),
            "claim": lambda: ch(["CLM-%s" % D(9), "%s-%s" % (D(2), D(7)),
                                 "%s%s%s" % (D(3), L(1), D(6)), Dnz(12), "%s %s %s" % (D(4), D(4), D(3))]),
            "invoice": lambda: ch(["INV-" + D(5), Dnz(6), "%s-%s" % (D(4), D(3))]),
            "res": lambda: ch(["RES %s %s" % (D(4), D(4)), AN(6), Dnz(9)]),
            "flight": lambda: "%s %s" % (ch(["UA", "DL", "AA", "WN", "B6", "AC", "LH", "EK", "AS"]),
                                         str(rng.randint(10, 2999))),
            "emp": lambda: ch(["E-" + D(5), Dnz(6), L(2) + D(5), "EMP" + D(6)]),
            "student": lambda: ch(["900" + D(6), "S" + D(8), "U" + D(8), Dnz(7)]),
            "serial": lambda: ch(["SN " + AN(10), AN(10), "C02" + AN(8), L(3) + D(7)]),
            "gift": lambda: ch(["6006 %s %s %s %s" % (D(4), D(4), D(4), D(3)),
                                "%s %s %s %s" % (D(4), D(4), D(4), D(4)),
                                "%s-%s-%s" % (AN(4), AN(4), AN(4))]),
            "parcel": lambda: ch([Dnz(10), "%s%s%s" % (ch(["RR", "LX", "CP", "EE"]), D(9),
                                                     ch(["US", "CN", "GB", "CA"]))]),
            "notary": lambda: ch([Dnz(8), "COMM " + D(7), Dnz(6)]),
            "ref": lambda: ch(["REF %s %s" % (D(5), D(2)), AN(8), Dnz(10)]),
            "rma": lambda: ch(["RMA-" + D(5), Dnz(7)]),
            "wo": lambda: ch(["WO-" + D(5), Dnz(6)]),
            "imei": lambda: (lambda x: ch([x, "%s %s %s %s" % (x[:2], x[2:8], x[8:14], x[14])]))(imei()),
            "citation": lambda: ch([L(1) + D(8), Dnz(9), "%s-%s" % (D(2), D(6))]),
            "permit": lambda: ch(["BP-%s" % D(6), "%s-%s" % (D(2), D(5)), "P" + D(7)]),
            "txn": lambda: ch([AN(12), "TXN" + D(10), "%s-%s" % (AN(6), AN(6))]),
            "badge": lambda: ch([Dnz(4), Dnz(5), "B-" + D(4)]),
            "pnr": lambda: "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
        }[kind]()
        return codeval(w, 0.35, 0.25, 0.15)
    return f


def dl():
    w = ch([lambda: L(1) + D(7),                                         # CA
            lambda: "%s %s %s" % (Dnz(3), D(3), D(3)),                   # NY
            lambda: "%s%s-%s-%s-%s-%s" % (L(1), D(3), D(3), D(2), D(3), D(1)),  # FL
            lambda: Dnz(8),                                              # TX
            lambda: "%s%s-%s-%s" % (L(1), D(3), D(4), D(4)),             # IL
            lambda: "%s %s %s" % (D(2), D(3), D(3)),                     # PA
            lambda: "WDL" + AN(9),                                       # WA
            lambda: "%s%s %s %s" % (L(1), D(4), D(5), D(5)),             # NJ
            lambda: "%s%s" % (L(2), D(6)),                               # OH
            lambda: "%s-%s" % (Dnz(6), D(3)),                            # generic
            lambda: "%s%s-%s-%s" % (L(1), D(4), D(5), D(5))])()          # ON
    return codeval(w, 0.35, 0.25)


def dl_uk():
    sur = re.sub(r"[^A-Z]", "", ch(LAST).upper())[:5].ljust(5, "9")
    m = rng.randint(1, 12) + (50 if chance(0.5) else 0)
    s = "%s%s%02d%02d%s%s9%s" % (sur, rng.randint(5, 9), m, rng.randint(1, 28), D(1),
                                 ch(FIRST)[0].upper() + ch(UP), L(2))
    return codeval(s, 0.25, 0.2)


def passport():
    w = ch([lambda: Dnz(9), lambda: ch("ABC") + D(8), lambda: L(2) + D(6),
            lambda: ch("JKLMNPRTZ") + D(7), lambda: "C" + "".join(ch("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
            lambda: "G" + D(8), lambda: "PA" + D(7), lambda: "N" + D(7),
            lambda: D(2) + L(2) + D(5), lambda: "P" + D(7) + L(1), lambda: "E" + D(8),
            lambda: "EA" + D(7), lambda: L(2) + D(7)])()
    return codeval(w, 0.35, 0.25)


def plate():
    w = ch([lambda: Dnz(1) + L(3) + D(3), lambda: "%s-%s" % (L(3), D(4)), lambda: L(3) + D(4),
            lambda: "%s %s%s" % (L(3), L(1), D(2)), lambda: "%s%s-%s" % (L(1), D(2), L(3)),
            lambda: "%s %s" % (L(4), D(3)), lambda: "%s%s" % (L(2), D(5)),
            lambda: "%s%s%s" % (D(3), L(1), D(3))])()
    return codeval(w, 0.4, 0.3)


def plate_uk():
    return codeval("%s%s %s" % (L(2), "%02d" % rng.randint(51, 74), L(3)), 0.35, 0.25)


def plate_part():
    return ch([(" ".join(L(3)), "code"), (" ".join(L(2)), "code"),
               (speak_code(Dnz(1) + L(2), 0.3), "spoken"), (L(3), "code"),
               (speak_code(L(1) + D(2), 0.3), "spoken")])


def vin_full():
    v = vin()
    if chance(0.25):
        return (speak_code(" ".join([v[:3], v[3:9], v[9:]]), 0.2), "spoken")
    return (v, "code")


def vin6():
    return codeval(D(6), 0.4, 0, 0.3)


def pin():
    d = D(rng.choice([4, 4, 4, 5, 6]))
    if chance(0.4):
        return (pairs_w(d) if len(d) == 4 and chance(0.35) else speak_code(d), "spoken")
    return (d, "code")


def otp():
    d = D(6)
    w = ch([d, d, d[:3] + " " + d[3:], "G-" + d])
    if chance(0.4):
        return (speak_code(w.replace("G-", "G ")), "spoken")
    return (w, "code")


def pwd():
    w = ch([lambda: ch(["Sunflower", "Bluebird", "Panther", "Marisol", "Kilimanjaro", "Rocket",
                        "Tequila", "Goldfish"]) + ch(["#", "!", "$", "@", "_", ""]) + D(ch([2, 4])),
            lambda: "temp" + D(4), lambda: D(2) + "%" + ch(["alfalfa", "mango", "lantern"]),
            lambda: ch(["qwerty", "letmein", "ilove", "go"]) + ch(["Mom", "Dogs", "Jesus", "Bears"])
            + D(ch([1, 2, 3])),
            lambda: "Welcome" + D(2) + "!"])()
    if chance(0.3):
        def sp(t):
            t = t.replace("#", " hashtag ").replace("!", " exclamation point ").replace(
                "$", " dollar sign ").replace("@", " at sign ").replace("_", " underscore ").replace(
                "%", " percent sign ")
            t = re.sub(r"\d+", lambda m: " " + speak_code(m.group()) + " ", t)
            t = re.sub(r"([a-z])([A-Z])", r"\1 capital \2", t)
            t = re.sub(r"^([A-Z])", r"capital \1", t)
            return re.sub(r"\s+", " ", t).strip()
        return (sp(w), "spoken")
    return (w, "code")


def username():
    f = re.sub(r"[^a-z]", "", ch(FIRST).lower().replace("é", "e"))
    l_ = re.sub(r"[^a-z]", "", ch(LAST).lower())
    w = ch([f[0] + l_ + str(rng.randint(1960, 2005)), f + "." + l_[0] + "." + D(2),
            f + "_" + ch(["builds", "runs", "the_great", "bakes", "rides"]),
            ch(["night_owl_", "gamer_girl_", "big_", "lil_", "mr_"]) + f[:3],
            f + l_[:2] + D(3), l_ + f[0] + D(1), ch(["darkstar", "blue_heron", "tacoking"]) + D(2)])
    if chance(0.3):
        t = w.replace(".", " dot ").replace("_", " underscore ")
        t = re.sub(r"\d+", lambda m: " " + (year_w(int(m.group())) if len(m.group()) == 4
                                             else speak_code(m.group())) + " ", t)
        return (re.sub(r"\s+", " ", t).strip(), "spoken")
    return (w, "code")


def handle():
    u = username()
    if u[1] == "code":
        return ("@" + u[0], "code")
    return u


def filename():
    w = ch(["Taxes/2012/brad-tax-returns.pdf", "IMG_%s.jpg" % D(4), "claim_form_final.docx",
            "W2_scan.pdf", "bank_statement_%s.pdf" % ch(["march", "June", "Q3"]),
            "C:\\Users\\%s\\Documents\\lease.pdf" % ch(FIRST).replace("é", "e"),
            "invoice_%s.xlsx" % D(5), "medical-records.zip", "scan%s.pdf" % D(4),
            "Screenshot 2024-05-02 at 3.14.55 PM.png", "resume_2024.pdf",
            "Documents/insurance/policy_renewal.pdf", "damage_photos.zip", "PXL_%s.mp4" % D(8),
            "budget-final-v2.xlsx", "passport_scan.png", "estimate.heic"])
    if chance(0.3) and " " not in w and "\\" not in w:
        t = w.replace(".", " dot ").replace("_", " underscore ").replace("/", " slash ").replace(
            "-", " dash ")
        t = re.sub(r"\d+", lambda m: " " + (year_w(int(m.group())) if len(m.group()) == 4
                                             and m.group().startswith("20") else speak_code(m.group()))
                   + " ", t)
        return (re.sub(r"\s+", " ", t).strip(), "spoken")
    return (w, "code")


def age():
    a = rng.randint(4, 96)
    return (str(a), "code") if chance(0.45) else (n2w(a), "lex")


def age_adult():
    a = rng.randint(19, 94)
    return (str(a), "code") if chance(0.45) else (n2w(a), "lex")


def dob():
    y = rng.randint(1938, 2012)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    f = ch(["long", "num", "num2", "the", "dmy", "spoken", "ordlong", "long2"])
    if f == "long":
        return ("%s %d, %d" % (MONTHS[m - 1], d, y), "lex")
    if f == "long2":
        return ("%s %s, %s" % (MONTHS[m - 1], ordw(d), year_w(y)), "lex")
    if f == "num":
        return ("%02d/%02d/%d" % (m, d, y), "code")
    if f == "num2":
        return ("%d/%d/%02d" % (m, d, y % 100), "code")
    if f == "the":
        return [("the ", None, "lex"), ("%s of %s %s" % (ordw(d), MONTHS[m - 1], year_w(y)),
                                          "date_of_birth", "lex")]
    if f == "dmy":
        return ("%d %s %d" % (d, MONTHS[m - 1], y), "lex")
    if f == "ordlong":
        return ("%s %s, %d" % (MONTHS[m - 1], ordnum(d), y), "lex")
    mm = ("oh " + ONES[m]) if m < 10 else n2w(m)
    dd = ("oh " + ONES[d]) if d < 10 else n2w(d)
    return ("%s, %s, %s" % (mm, dd, n2w(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 10]),
            "spoken")


def date():
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    f = ch(["md", "mord", "the", "num", "wd", "wd", "mdy", "theword", "numy"])
    if f == "md":
        return ("%s %d" % (MONTHS[m - 1], d), "lex")
    if f == "mord":
        return ("%s %s" % (MONTHS[m - 1], ordnum(d)), "lex")
    if f == "the":
        return [("the ", None, "lex"), (ordnum(d), "date", "lex")]
    if f == "theword":
        return [("the ", None, "lex"), (ordw(d), "date", "lex")]
    if f == "num":
        return ("%d/%d" % (m, d), "code")
    if f == "numy":
        return ("%02d/%02d/%d" % (m, d, rng.randint(2022, 2025)), "code")
    if f == "mdy":
        return ("%s %s, %d" % (MONTHS[m - 1], ordnum(d), rng.randint(2021, 2025)), "lex")
    return (ch(WEEKDAYS), "lex")


def weekday():
    return (ch(WEEKDAYS), "lex")


def year_range():
    a = rng.randint(1995, 2021)
    b = a + rng.randint(1, 4)
    return ch([("%d-%d" % (a, b), "code"), ("%d to %d" % (a, b), "lex"),
               ("%s to %s" % (year_w(a), year_w(b)), "lex")])


def decade():
    return [("the ", None, "lex"), (ch(["1990s", "1980s", "eighties", "nineties", "'70s", "2000s",
                                        "1960s", "seventies"]), "date_interval", "lex")]


def daterange():
    m1 = rng.randint(1, 12)
    m2 = (m1 + rng.randint(1, 11) - 1) % 12 + 1
    d1, d2 = rng.randint(1, 28), rng.randint(1, 28)
    return ch([("%s %s to %s %s" % (MONTHS[m1 - 1], ordnum(d1), MONTHS[m2 - 1], ordnum(d2)), "lex"),
               ("%s %d through %s %d" % (MONTHS[m1 - 1], d1, MONTHS[m2 - 1], d2), "lex"),
               ("%d/%d to %d/%d" % (m1, d1, m2, d2), "code"),
               ("%s to %s" % (MONTHS[m1 - 1], MONTHS[m2 - 1]), "lex")])


def dayrange():
    m = rng.randint(1, 12)
    a = rng.randint(1, 20)
    b = a + rng.randint(2, 8)
    return ch([("%d-%d %s" % (a, b, MONTHS[m - 1]), "lex"), ("%s %d-%d" % (MONTHS[m - 1], a, b), "lex"),
               ("%s %s to %s" % (MONTHS[m - 1], ordnum(a), ordnum(b)), "lex"),
               ("%s %s through the %s" % (MONTHS[m - 1], ordw(a), ordw(b)), "lex")])


def month():
    return (ch(MONTHS), "lex")


def monthyear():
    y = rng.randint(1975, 2024)
    return ch([("%s %d" % (ch(MONTHS), y), "lex"), ("%s of %d" % (ch(MONTHS), y), "lex"),
               ("%s %s" % (ch(MONTHS), year_w(y)), "lex")])


def modelyear():
    y = rng.randint(2004, 2024)
    return (str(y), "code") if chance(0.6) else (year_w(y), "lex")


def seasonyear():
    y = rng.randint(2010, 2024)
    s = ch(["spring", "summer", "fall", "winter"])
    return ch([("%s of %d" % (s, y), "lex"), ("%s %d" % (s, y), "lex"),
               ("%s of %s" % (s, year_w(y)), "lex")])


def year():
    y = rng.randint(1999, 2024)
    return (str(y), "code") if chance(0.6) else (year_w(y), "lex")


DUR_UNITS = {
    "short": [("minutes", [10, 15, 20, 25, 30, 40, 45, 50, 90]), ("hours", [2, 3])],
    "days": [("days", [2, 3, 5, 7, 10, 14, 30]), ("weeks", [2, 3, 4, 6])],
    "long": [("months", [6, 8, 10, 18]), ("years", [2, 3, 5, 7, 10, 12, 15, 22])],
    "outage": [("hours", [3, 6, 8, 12, 36, 48]), ("days", [2, 3, 4])],
}


def dur_kind(kind):
    def f():
        u, nums = ch(DUR_UNITS[kind])
        n = ch(nums)
        return ("%d %s" % (n, u), "lex") if chance(0.4) else ("%s %s" % (n2w(n), u), "lex")
    return f


def dur_range():
    return ch([("five to seven business days", "lex"), ("7-10 business days", "lex"),
               ("three to five weeks", "lex"), ("24 to 48 hours", "lex"), ("two to three months", "lex"),
               ("10 to 14 days", "lex"), ("six to eight weeks", "lex")])


def dur_adj():
    return ch([("5-day", "lex"), ("30-day", "lex"), ("two-week", "lex"), ("24-hour", "lex"),
               ("90-day", "lex"), ("ten-day", "lex"), ("60-day", "lex")])


def time_():
    h = rng.randint(1, 12)
    mi = ch([0, 15, 30, 45, 10, 20])
    f = ch(["pm", "colon", "ampm", "morning", "noon", "oclock", "zone", "spoken", "quarter"])
    if f == "pm":
        return ("%d%s" % (h, ch(["pm", "am", " p.m.", " a.m."])), "lex")
    if f == "colon":
        return ("%d:%02d" % (h, mi), "code")
    if f == "ampm":
        return ("%d:%02d %s" % (h, mi, ch(["AM", "PM", "a.m.", "p.m."])), "lex")
    if f == "morning":
        return ("%s in the %s" % (n2w(h), ch(["morning", "evening", "afternoon"])), "lex")
    if f == "noon":
        return (ch(["noon", "midnight", "noon"]), "lex")
    if f == "oclock":
        return ("%s o'clock" % n2w(h), "lex")
    if f == "zone":
        return ("%d%s %s" % (h, ch(["pm", "am"]), ch(["EST", "Pacific", "Central", "Eastern", "PST"])), "lex")
    if f == "quarter":
        return (ch(["quarter to ", "quarter past ", "half past "]) + n2w(h), "lex")
    return ("%s %s" % (n2w(h), ch(["thirty", "fifteen", "forty five", "oh five"])), "lex")


def timerange():
    a = rng.randint(1, 10)
    b = a + rng.randint(1, 3)
    return ch([("%s and %s" % (n2w(a), n2w(b)), "lex"), ("%d and %d pm" % (a, b), "lex"),
               ("nine and noon", "lex"), ("%d:30 and %d:30" % (a, b), "code"),
               ("%d and %d in the afternoon" % (a, b), "lex")])


def timerange2():
    a = rng.randint(7, 10)
    b = a + rng.randint(2, 4)
    return ch([("%d to %d %s" % (a, b if b <= 12 else b - 12, "a.m." if b < 12 else "pm"), "lex"),
               ("noon to %d" % rng.randint(3, 6), "lex"), ("%s to %s" % (n2w(a), n2w(min(b, 12))), "lex"),
               ("%d:00 to %d:00" % (a, min(b, 12)), "code")])


def money():
    f = ch(["dollars", "cents", "thou", "spoken", "bucks", "foreign", "foreign", "spoken2"])
    if f == "dollars":
        return ("$%d" % rng.randint(12, 950), "lex")
    if f == "cents":
        return ("$%d.%02d" % (rng.randint(5, 499), rng.randint(0, 99)), "lex")
    if f == "thou":
        return ("$%s,%03d%s" % (rng.randint(1, 12), rng.randint(0, 999), ch(["", ".%02d" % rng.randint(0, 99)])), "lex")
    if f == "spoken":
        return ("%s dollars" % n2w(rng.choice([40, 75, 120, 200, 350, 1500, 85, 960])), "lex")
    if f == "bucks":
        return ("%s bucks" % n2w(rng.choice([20, 35, 50, 60, 80, 15])), "lex")
    if f == "spoken2":
        return ("%s dollars and %s cents" % (n2w(rng.randint(2, 99)), n2w(rng.randint(1, 99))), "lex")
    return ch([("%d pesos" % rng.randint(100, 5000), "lex"), ("£%d" % rng.randint(20, 900), "lex"),
               ("€%d.%02d" % (rng.randint(5, 300), rng.randint(0, 99)), "lex"),
               ("%s rupees" % "{:,}".format(rng.randint(500, 90000)), "lex"),
               ("%d Canadian dollars" % rng.randint(20, 900), "lex"),
               ("%s euros" % n2w(rng.randint(20, 400)), "lex"),
               ("%s pounds" % n2w(rng.choice([30, 45, 150, 600])), "lex")])


def money_big():
    return ch([("$%s,%d00" % (rng.randint(1, 3), rng.randint(0, 9)), "lex"),
               ("%s hundred dollars" % ch(["twelve", "fourteen", "eighteen", "nine", "sixteen"]), "lex"),
               ("£%d" % rng.randint(600, 1500), "lex"), ("%s,%d00 dollars" % (rng.randint(1, 2), rng.randint(0, 9)), "lex"),
               ("%s thousand pesos" % n2w(rng.randint(5, 20)), "lex"), ("$%d" % rng.randint(700, 2900), "lex")])


def negmoney():
    return ch([("negative $%d" % rng.randint(5, 400), "lex"), ("minus $%d.%02d" % (rng.randint(5, 300), rng.randint(0, 99)), "lex"),
               ("-$%d.%02d" % (rng.randint(5, 99), rng.randint(0, 99)), "lex"),
               ("negative %s dollars" % n2w(rng.randint(12, 90)), "lex")])


def baremoney():
    return ch([("%s thousand %s hundred" % (n2w(rng.randint(2, 19)), ONES[rng.randint(1, 9)]), "lex"),
               ("{:,}".format(rng.randint(1100, 9800)), "lex"),
               ("%d.%02d" % (rng.randint(40, 900), rng.randint(0, 99)), "lex"),
               ("%s fifty" % ONES[rng.randint(2, 9)] if chance(0.5) else "%s hundred" % ONES[rng.randint(2, 9)], "lex")])


def pct():
    return ch([("%d%%" % rng.randint(2, 98), "lex"), ("%d percent" % rng.randint(2, 98), "lex"),
               ("%d.%d%%" % (rng.randint(1, 29), rng.randint(1, 9)), "lex"),
               ("%s percent" % n2w(rng.randint(2, 98)), "lex"),
               ("%s point %s percent" % (n2w(rng.randint(1, 24)), ONES[rng.randint(1, 9)]), "lex")])


def bp():
    s, d = rng.randint(100, 190), rng.randint(60, 115)
    return ch([("%d over %d" % (s, d), "lex"), ("%d/%d" % (s, d), "code"),
               ("%s over %s" % (n2w(s).replace(" and ", " ").replace("one hundred ", "one "), n2w(d)), "lex")])


def a1c():
    a, b = rng.randint(5, 11), rng.randint(0, 9)
    return ("%d.%d" % (a, b), "code") if chance(0.6) else ("%s point %s" % (ONES[a], ONES[b]), "lex")


def rate():
    return ch([("one in %s" % ONES[rng.randint(3, 12)], "lex"), ("1 in %d" % rng.randint(3, 100), "lex"),
               ("%s out of %s" % (ONES[rng.randint(1, 3)], ONES[rng.randint(4, 10)]), "lex")])


def numstat():
    v = rng.randint(95, 320)
    return (str(v), "code") if chance(0.6) else (n2w(v).replace(" and ", " "), "lex")


def hr():
    v = rng.randint(48, 150)
    return (str(v), "code") if chance(0.6) else (n2w(v).replace(" and ", " "), "lex")


def blood(allow_type=True):
    def f():
        if allow_type and chance(0.15):
            return ("type %s" % ch(["O negative", "A positive", "B negative", "AB positive", "O positive"]), "code")
        return (ch(BLOOD), "code")
    return f


def addr():
    n = rng.choice([str(rng.randint(1, 99)), str(rng.randint(100, 9999)), str(rng.randint(10, 99)) + str(rng.randint(10, 99))])
    s = "%s %s" % (n, ch(STREETS))
    if chance(0.35):
        s += ch([", apartment %d" % rng.randint(1, 40), ", unit %s" % (str(rng.randint(1, 30)) + ch(["", "B", "C"])),
                 " apt %d" % rng.randint(1, 40), ", suite %d" % rng.randint(100, 450)])
    if chance(0.25):
        num = n if len(n) != 4 else None
        if num is None:
            sp = pairs_w(n)
        else:
            sp = n2w(int(n)).replace(" and ", " ")
        s = sp + s[len(n):]
    return (s, "lex")


def csz():
    c, st, full = ch(US_CSZ)
    z = D(5) if chance(0.8) else D(5) + "-" + D(4)
    zv = (z, "code") if chance(0.7) else (speak_code(z), "spoken")
    stv = st if chance(0.6) else full
    return [(c, "location", "lex"), (", ", None, "lex"), (stv, "location", "lex" if stv == full else "code"),
            (" ", None, "lex"), (zv[0], "location", zv[1])]


def cityst():
    c, st, full = ch(US_CSZ)
    return [(c, "location", "lex"), (", ", None, "lex"), (full if chance(0.6) else st, "location", "lex")]


def zipc():
    z = D(5)
    return codeval(z, 0.4)


def postal():
    return codeval(ch(["%s%s%s %s%s%s" % (ch("KLMNPRTV"), D(1), L(1), D(1), L(1), D(1)),
                       "%s%s %s%s" % (L(2), D(1), D(1), L(2)), "%s%s %s%s" % (ch(["SW", "M", "B", "EH", "LS"]), D(1), D(1), L(2))]), 0.3)


CITY_COUNTRY = [("Lagos", "Nigeria"), ("Manila", "the|Philippines"), ("Guadalajara", "Mexico"),
                ("Toronto", "Canada"), ("Manchester", "the|UK"), ("Mumbai", "India"),
                ("Kraków", "Poland"), ("Ho Chi Minh City", "Vietnam"), ("Bogotá", "Colombia"),
                ("Nairobi", "Kenya"), ("Lyon", "France"), ("Osaka", "Japan"), ("Kingston", "Jamaica"),
                ("Accra", "Ghana"), ("Cork", "Ireland"), ("San Salvador", "El Salvador"),
                ("Port-au-Prince", "Haiti"), ("Lahore", "Pakistan")]


def citycountry():
    c, k = ch(CITY_COUNTRY)
    segs = [(c, "location", "lex"), (", ", None, "lex")]
    if "|" in k:
        a, k = k.split("|")
        segs.append((a + " ", None, "lex"))
    segs.append((k, "location", "lex"))
    return segs


def sec_maiden():
    return (ch(LAST), "lex")


# ---------------------------------------------------------------- slot table
def S(policy, fn):
    return (policy, fn)


def lx(policy, lst):
    return (policy, lambda: lexseg(policy, lst))


def injvp(p):
    return lambda: (ch(INJ_VP).replace("{p}", p), "lex")


SLOTS = {
    "NAME": S("person_name", lambda: (name_full(), "lex")),
    "FIRST": S("person_name", lambda: (name_first(), "lex")),
    "MRS_LAST": S("person_name", lambda: (name_title(), "lex")),
    "DRN": S("person_name", lambda: (name_dr(), "lex")),
    "SPELL": S("person_name", name_spell),
    "LASTN": S("person_name", lambda: (ch(LAST), "lex")),
    "PHONE": S("phone_number", phone_any),
    "PHONE_US": S("phone_number", phone_us),
    "PHONE_INTL": S("phone_number", phone_intl),
    "EMAIL": S("email_address", email),
    "URL": S("url", url),
    "IP": S("ip_address", ipv4),
    "IPV6": S("ip_address", ipv6),
    "CARD": S("credit_card_number", card_full),
    "LAST4CARD": S("credit_card_number", last4),
    "CVV": S("credit_card_cvv", cvv3),
    "CVV4": S("credit_card_cvv", cvv4),
    "EXP": S("credit_card_expiration", card_exp),
    "SSN": S("us_social_security_number", ssn_full),
    "SSN4": S("us_social_security_number", ssn4),
    "ACCT_POL": S("account_number", acct_pol),
    "ACCT_UTIL": S("account_number", acct_util),
    "ACCT_LOY": S("account_number", acct_loy),
    "ACCT_LOAN": S("account_number", acct_loan),
    "ACCT_MEM": S("account_number", acct_mem),
    "ACCT_CARRIER": S("account_number", acct_carrier),
    "ACCT4": S("account_number", last4),
    "BANK_ACCT": S("banking_information", bank_acct),
    "BANK4": S("banking_information", last4),
    "ROUTING": S("banking_information", routing),
    "IBAN": S("banking_information", iban),
    "SORTCODE": S("banking_information", sortcode),
    "UKACCT": S("banking_information", ukacct),
    "HC_MBI": S("healthcare_number", hc_mbi),
    "HC_MEMBER": S("healthcare_number", hc_member),
    "HC_MEDICAID": S("healthcare_number", hc_medicaid),
    "HC_MRN": S("healthcare_number", hc_mrn),
    "HC_NHS": S("healthcare_number", hc_nhs),
    "HC_OHIP": S("healthcare_number", hc_ohip),
    "HC_POL": S("healthcare_number", hc_pol),
    "DL": S("drivers_license", dl),
    "DL_UK": S("drivers_license", dl_uk),
    "PASS": S("passport_number", passport),
    "VIN": S("vehicle_id", vin_full),
    "VIN6": S("vehicle_id", vin6),
    "PLATE": S("vehicle_id", plate),
    "PLATE_UK": S("vehicle_id", plate_uk),
    "PLATE_PART": S("vehicle_id", plate_part),
    "PIN": S("password", pin),
    "OTP": S("password", otp),
    "PWD": S("password", pwd),
    "SEC_MAIDEN": S("password", sec_maiden),
    "SEC_PET": S("password", lambda: (ch(PETS), "lex")),
    "SEC_CITY": S("password", lambda: (ch(SEC_CITIES), "lex")),
    "SEC_STREET": S("password", lambda: (ch(SEC_STREETS), "lex")),
    "SEC_SCHOOL": S("password", lambda: (ch(SEC_SCHOOLS), "lex")),
    "USER": S("username", username),
    "HANDLE": S("username", handle),
    "FILE": S("filename", filename),
    "AGE": S("person_age", age),
    "AGE_AD": S("person_age", age_adult),
    "AGE_SR": S("person_age", lambda: (lambda a: (str(a), "code") if chance(0.45) else (n2w(a), "lex"))(rng.randint(62, 95))),
    "DOB": S("date_of_birth", dob),
    "DATE": S("date", date),
    "WEEKDAY": S("date", weekday),
    "YEAR_RANGE": S("date_interval", year_range),
    "DECADE": S("date_interval", decade),
    "DATERANGE": S("date_interval", daterange),
    "DAYRANGE": S("date_interval", dayrange),
    "MONTH": S("date_interval", month),
    "MONTHYEAR": S("date_interval", monthyear),
    "MODELYEAR": S("date_interval", modelyear),
    "SEASONYEAR": S("date_interval", seasonyear),
    "YEAR": S("date_interval", year),
    "DUR_SHORT": S("duration", dur_kind("short")),
    "DUR_DAYS": S("duration", dur_kind("days")),
    "DUR_LONG": S("duration", dur_kind("long")),
    "DUR_OUT": S("duration", dur_kind("outage")),
    "DUR_RANGE": S("duration", dur_range),
    "DUR_ADJ": S("duration", dur_adj),
    "TIME": S("time", time_),
    "TIMERANGE": S("time", timerange),
    "TIMERANGE2": S("time", timerange2),
    "MONEY": S("money_amount", money),
    "MONEY_BIG": S("money_amount", money_big),
    "NEGMONEY": S("money_amount", negmoney),
    "BAREMONEY": S("money_amount", baremoney),
    "PCT": S("statistics", pct),
    "BP": S("statistics", bp),
    "A1C": S("statistics", a1c),
    "RATE": S("statistics", rate),
    "NUMSTAT": S("statistics", numstat),
    "HR": S("statistics", hr),
    "BLOOD": S("blood_type", blood(True)),
    "BLOOD_NT": S("blood_type", blood(False)),
    "ADDR": S("location", addr),
    "CSZ": S("location", csz),
    "CITYST": S("location", cityst),
    "CITY": S("location", lambda: (ch(CITIES), "lex")),
    "US_CITY": S("location", lambda: (ch(US_CSZ)[0], "lex")),
    "CITYCOUNTRY": S("location", citycountry),
    "STATE": S("location", lambda: (ch(STATES), "lex")),
    "COUNTRY": lx("location", COUNTRIES),
    "COUNTRY_NA": lx("location", [c for c in COUNTRIES if "|" not in c]),
    "ZIP": S("location", zipc),
    "POSTAL": S("location", postal),
    "LANDMARK": lx("location", LANDMARKS),
    "AIRPORT": S("location", lambda: (ch(AIRPORTS), "lex")),
    "HIGHWAY": lx("location", HIGHWAYS),
    "ORG_HEALTH": lx("organization", ORG_HEALTH),
    "ORG_BANK": lx("organization", ORG_BANK),
    "ORG_AUTOINS": lx("organization", ORG_AUTOINS),
    "ORG_STORE": lx("organization", ORG_STORE),
    "ORG_UTIL": lx("organization", ORG_UTIL),
    "ORG_LENDER": lx("organization", ORG_LENDER),
    "ORG_SHOP": lx("organization", ORG_SHOP),
    "ORG_SHIP": lx("organization", ORG_SHIP),
    "ORG_AIR": lx("organization", ORG_AIR),
    "ORG_AGENCY": lx("organization", ORG_AGENCY),
    "ORG_CARD": lx("organization", ORG_CARD),
    "ORG_HOSP": lx("organization", ORG_HOSP),
    "ORG_SCHOOL": lx("organization", ORG_SCHOOL),
    "ORG_EMP": lx("organization", ORG_EMP),
    "ORG_PROGRAM": lx("organization", ORG_PROGRAM),
    "ORG_CAR": lx("organization", ORG_CAR),
    "ORG_SOCIAL": lx("organization", ORG_SOCIAL),
    "OCC": lx("occupation", OCC),
    "OCC_TITLE": lx("occupation", OCC_TITLE),
    "NAT": lx("nationality", NAT),
    "NAT_CIT": lx("nationality", NAT_CIT),
    "PASS_NAT": lx("nationality", PASS_COUNTRIES),
    "LANG": lx("language", LANG),
    "REL": lx("religion", REL),
    "REL_N": lx("religion", REL_N),
    "REL_ADJ": lx("religion", REL_ADJ),
    "REL_ATH": lx("religion", REL_ATH),
    "POL_N": lx("political_affiliation", POL_N),
    "POL_V": lx("political_affiliation", POL_V),
    "POL_ADJ": lx("political_affiliation", POL_ADJ),
    "POL_BIG": lx("political_affiliation", POL_BIG),
    "POL_PL": lx("political_affiliation", POL_PL),
    "POL_PARTY": lx("political_affiliation", POL_PARTY),
    "MAR_ADJ": lx("marital_status", MAR_ADJ),
    "MAR_EX": lx("marital_status", MAR_EX),
    "MAR_EX_ALIVE": lx("marital_status", MAR_EX_ALIVE),
    "MAR_LATE": lx("marital_status", MAR_LATE),
    "GEN": lx("gender_sexuality", GEN),
    "GEN_ADJ": lx("gender_sexuality", GEN_ADJ),
    "GEN_COUPLE": lx("gender_sexuality", GEN_COUPLE),
    "GEN_MF": lx("gender_sexuality", GEN_MF),
    "ZOD": lx("zodiac_sign", ZOD),
    "EVENT": lx("event", EVENT),
    "EVENT_FAST": lx("event", EVENT_FAST),
    "EVENT_HOST": lx("event", EVENT_HOST),
    "EVENT_WATCH": lx("event", EVENT_WATCH),
    "DRUG": lx("drug", DRUG),
    "DRUG_SUPP": lx("drug", DRUG_SUPP),
    "COND": lx("medical_condition", COND),
    "PROC_C": lx("medical_process", PROC_C),
    "PROC_U": lx("medical_process", PROC_U),
    "INJ_MY": S("injury", injvp("my")),
    "INJ_HIS": S("injury", injvp("his")),
    "INJ_HER": S("injury", injvp("her")),
    "INJ_NC": lx("injury", INJ_NC),
    "INJ_U": lx("injury", INJ_U),
    "HEIGHT": lx("physical_attribute", HEIGHT),
    "HAIR": lx("physical_attribute", HAIR),
    "EYES": lx("physical_attribute", EYES),
    "MARK": lx("physical_attribute", MARK),
    "BUILD": lx("physical_attribute", BUILD),
    "DISAB": lx("physical_attribute", DISAB),
    "WEIGHT": lx("physical_attribute", WEIGHT),
}
for _k, _v in [("ORDER", "order"), ("CONF", "conf"), ("TRACK", "track"), ("CASE", "case"),
               ("TICKET", "ticket"), ("CLAIM", "claim"), ("INVOICE", "invoice"), ("RES", "res"),
               ("FLIGHT", "flight"), ("EMP", "emp"), ("STUDENT", "student"), ("SERIAL", "serial"),
               ("GIFT", "gift"), ("PARCEL", "parcel"), ("NOTARY", "notary"), ("REF", "ref"),
               ("RMA", "rma"), ("WO", "wo"), ("IMEI", "imei"), ("CITATION", "citation"),
               ("PERMIT", "permit"), ("TXN", "txn"), ("BADGE", "badge"), ("PNR", "pnr")]:
    SLOTS["NS_" + _k] = S("number_sequence", ns(_v))

# ---------------------------------------------------------------- frames
# {SLOT} value slot, {policy:literal} fixed labelled value, {F} optional filler,
# {A} a/an chosen by the next word, {~x|y} unlabelled choice.
FRAMES = {
    "account_number": [
        "yeah my {ORG_AUTOINS} policy number is{F} {ACCT_POL}.",
        "the rewards number on my {ORG_STORE} card? it's{F} {ACCT_LOY}.",
        "{ACCT_LOAN}, that's the loan number on the statement from {ORG_LENDER}.",
        "I'm calling about my electric bill, the account number is{F} {ACCT_UTIL}.",
        "my membership number{F} {ACCT_MEM}, it's on the back of the card.",
        "it's the {ORG_UTIL} account, number {ACCT_UTIL}.",
        "for the mortgage the loan number is{F} {ACCT_LOAN}.",
        "homeowners policy is {ACCT_POL}, it's under {NAME}.",
        "you asked for the account number? it's {ACCT_CARRIER}, that's for the wireless.",
        "I have renters insurance with {ORG_AUTOINS}, policy{F} {ACCT_POL}.",
        "the loyalty number, I think it's just my phone, no wait, it's {ACCT_LOY}.",
        "student loan with {ORG_LENDER}, account number{F} {ACCT_LOAN}.",
        "my frequent flyer number with {ORG_AIR} is {ACCT_LOY}.",
        "car loan through {ORG_LENDER}, the account ends in {ACCT4}.",
        "the life insurance policy number is, uh, {ACCT_POL}, sorry, {ACCT_POL}.",
        "the number on my gas bill up in the corner, {ACCT_UTIL}, is that what you need?",
    ],
    "banking_information": [
        "my checking account number is{F} {BANK_ACCT}.",
        "the routing number{F} {ROUTING}, and the account is {BANK_ACCT}.",
        "it's {ROUTING}, that's the routing number for {ORG_BANK}.",
        "savings account at {ORG_BANK}, ending in {BANK4}.",
        "the number at the bottom left of the check, the first one, is {ROUTING}.",
        "my IBAN is{F} {IBAN}.",
        "sort code {SORTCODE}, account number {UKACCT}.",
        "you wanted the account it goes into? {BANK_ACCT}, that's my {ORG_BANK} checking.",
        "please deposit it into checking account{F} {BANK_ACCT}.",
        "the ABA number is {ROUTING}.",
        "I'll read you my bank details, IBAN {IBAN}.",
        "wire it to {ORG_BANK}, routing {ROUTING}, account {BANK_ACCT}.",
        "the account my paycheck goes to is {BANK_ACCT}, the direct deposit one.",
        "it's a joint checking with my husband, number {BANK_ACCT}.",
        "yeah the last four of my checking are {BANK4}.",
        "{ROUTING}{F} is the routing and the savings is {BANK_ACCT}.",
    ],
    "healthcare_number": [
        "my {ORG_HEALTH} member ID is{F} {HC_MEMBER}.",
        "the number on my insurance card is {HC_MEMBER}.",
        "my {organization:Medicare} number is{F} {HC_MBI}.",
        "{organization:Medicaid} ID {HC_MEDICAID}.",
        "the subscriber ID, it's{F} {HC_MEMBER}, the plan is through my work.",
        "medical record number {HC_MRN}.",
        "my {organization:NHS} number is {HC_NHS}.",
        "health card number{F} {HC_OHIP}.",
        "it's {HC_MEMBER}, that's the ID on my {ORG_HEALTH} card.",
        "her chart number at {ORG_HOSP} is {HC_MRN}.",
        "you need the member ID? um, {HC_MEMBER}.",
        "my health plan policy number is {HC_POL}.",
        "the red white and blue card, the {organization:Medicare} one, it says {HC_MBI}.",
        "for the dental plan my member number is {HC_MEMBER}.",
        "my son's on my plan, his ID is {HC_MEMBER}.",
        "{HC_MEMBER}, that's my {ORG_HEALTH} ID.",
    ],
    "number_sequence": [
        "my order number is{F} {NS_ORDER}.",
        "the confirmation number is {NS_CONF}.",
        "tracking number{F} {NS_TRACK}.",
        "{NS_CASE}, that's the case number.",
        "I have a ticket open, number {NS_TICKET}.",
        "the claim number is{F} {NS_CLAIM}.",
        "it's about invoice {NS_INVOICE}.",
        "my reservation number is {NS_RES}.",
        "I'm on flight {NS_FLIGHT} and it got cancelled.",
        "employee ID{F} {NS_EMP}.",
        "my student ID is {NS_STUDENT}.",
        "the serial number on the back is {NS_SERIAL}.",
        "the gift card number is {NS_GIFT}.",
        "the parcel number on the slip is {NS_PARCEL}.",
        "my notary commission number is {NS_NOTARY}.",
        "the reference number they gave me was {NS_REF}.",
        "the RMA number is {NS_RMA}.",
        "I'm calling about work order {NS_WO}.",
        "the IMEI is{F} {NS_IMEI}.",
        "the citation number on the parking ticket is {NS_CITATION}.",
        "permit number {NS_PERMIT}.",
        "the transaction ID is {NS_TXN}.",
        "my badge number is {NS_BADGE}.",
        "booking reference{F} {NS_PNR}.",
        "you wanted the order number? {NS_ORDER}.",
        "it's {NS_TRACK}, the {ORG_SHIP} tracking.",
        "my {ORG_SHOP} order, number {NS_ORDER}, never showed up.",
        "the confirmation code from {ORG_AIR} is {NS_PNR}.",
        "the serial on the fridge, uh, {NS_SERIAL}.",
        "the case ID from last time is{F} {NS_CASE}.",
    ],
    "credit_card_cvv": [
        "the CVV is{F} {CVV}.",
        "the three digits on the back are {CVV}.",
        "security code{F} {CVV}.",
        "{CVV}, that's the code on the back.",
        "it's an {organization:Amex} so the four digit code on the front is {CVV4}.",
        "the little code on the back? {CVV}.",
        "CVC {CVV}.",
        "card number's {CARD}, expiration {EXP}, CVV {CVV}.",
        "and the three-digit code is {CVV}, sorry, {CVV}.",
        "the verification code on the card itself is {CVV}.",
        "oh the CVV? {CVV}.",
        "back of the {ORG_CARD} says {CVV}.",
        "um, security code on the back is, let me flip it over,{F} {CVV}.",
        "it's {CVV}, the digits next to the signature strip.",
        "the card security code, {CVV}.",
        "the three numbers by the signature, {CVV}, is that the one you need?",
    ],
    "password": [
        "my PIN is{F} {PIN}.",
        "the code they texted me is {OTP}.",
        "my password is{F} {PWD}.",
        "my mother's maiden name is {SEC_MAIDEN}.",
        "first pet, {SEC_PET}.",
        "the verification code, uh, {OTP}, it just came in.",
        "for the debit card PIN it's {PIN}.",
        "{OTP}, that's the one-time code from the text.",
        "the security question is the city I was born in, so {SEC_CITY}.",
        "my voicemail PIN is {PIN}.",
        "I reset it to {PWD}, that's the new password.",
        "the passcode on the account is {PIN}.",
        "the code in the email says {OTP}.",
        "the street I grew up on, that's {SEC_STREET}.",
        "the answer to the school question is {SEC_SCHOOL}.",
        "the temporary password they gave me was {PWD}.",
    ],
    "credit_card_number": [
        "my card number is{F} {CARD}.",
        "card ending in {LAST4CARD}.",
        "it's {A} {ORG_CARD}, {CARD}.",
        "the long number on the front is {CARD}.",
        "last four of the card are{F} {LAST4CARD}.",
        "{CARD}, expires {EXP}.",
        "the last four digits on my {ORG_CARD} are {LAST4CARD}.",
        "the debit card, the number is {CARD}.",
        "I was charged twice on the card that ends with {LAST4CARD}.",
        "okay the number is {CARD}, did you get that?",
        "the card you have on file ending {LAST4CARD} got replaced.",
        "it's my {ORG_BANK} credit card, {CARD}.",
        "ready? {CARD}.",
        "use the {ORG_CARD} ending in {LAST4CARD}.",
        "the card I paid with was{F} {CARD}.",
        "new card number{F} {CARD}.",
    ],
    "us_social_security_number": [
        "my social is{F} {SSN}.",
        "last four of my social, {SSN4}.",
        "social security number {SSN}.",
        "{SSN}, that's my social.",
        "the SSN on file should be {SSN}.",
        "last four of the SSN are {SSN4}.",
        "my husband's social is {SSN}.",
        "you need my social? {SSN}.",
        "the number on my social security card is {SSN}.",
        "for verification the last four of my social security are {SSN4}.",
        "social{F} {SSN}.",
        "the tax ID I use is just my social, {SSN}.",
        "it's {SSN4}, last four of the social.",
        "his social security number is, uh, {SSN}.",
    ],
    "drivers_license": [
        "my driver's license number is{F} {DL}.",
        "the number on my license is {DL}.",
        "{STATE} license, {DL}.",
        "DL number {DL}.",
        "my state ID number is {DL}.",
        "{DL}, that's the license number.",
        "the license? it's {DL}.",
        "driving licence number{F} {DL_UK}.",
        "my {STATE} driver's license{F} {DL}.",
        "my learner's permit number is {DL}.",
        "the ID number on my driver license, {DL}.",
        "the {organization:DMV} has my license as {DL}.",
        "my CDL number is {DL}.",
        "he gave me his license number, {DL}, after the accident.",
        "the number under DL on the card is {DL}.",
        "I'm reading it off my license,{F} {DL}.",
    ],
    "passport_number": [
        "my passport number is{F} {PASS}.",
        "{PASS_NAT} passport, number {PASS}.",
        "it's {PASS}, that's the passport.",
        "the number on my passport is {PASS}.",
        "passport no. {PASS}.",
        "my passport's from {COUNTRY}, the number is {PASS}.",
        "the passport, um, {PASS}, it expires next year.",
        "my son's passport number is {PASS}.",
        "the number on the passport card is {PASS}.",
        "they need the passport number for the booking, {PASS}.",
        "passport {PASS}, issued in {COUNTRY}.",
        "you asked for the passport? {PASS}.",
        "I renewed it, the new passport number is {PASS}.",
        "on the visa application I put {PASS} for the passport number.",
        "the number at the top right of my passport,{F} {PASS}.",
        "the old passport was {PASS}, new one is {PASS}.",
    ],
    "vehicle_id": [
        "the VIN is{F} {VIN}.",
        "license plate{F} {PLATE}.",
        "the plate started with {PLATE_PART}, that's all I saw.",
        "{PLATE}, that's my plate.",
        "the vehicle identification number is {VIN}.",
        "my plate number is {PLATE}, {STATE} plates.",
        "the number on the dashboard by the windshield, {VIN}.",
        "it's a {MODELYEAR} {ORG_CAR}, VIN {VIN}.",
        "tag number {PLATE}.",
        "the registration is {PLATE_UK}, it's a {location:UK} car.",
        "the last six of the VIN are {VIN6}.",
        "the truck's plate is {PLATE}.",
        "he drove off, the plate was {PLATE}.",
        "the serial number on the trailer is {VIN}.",
        "the VIN on the registration card says {VIN}.",
        "you need the plate? {PLATE}.",
    ],
    "person_name": [
        "my name is{F} {NAME}.",
        "this is {FIRST} calling back about the appointment.",
        "can I speak with {MRS_LAST}?",
        "I saw {DRN} last week.",
        "the last name is spelled{F} {SPELL}.",
        "the account is under my partner, {NAME}.",
        "hi {FIRST}, it's {FIRST} from the front desk.",
        "{NAME}, that's who I spoke to.",
        "the referral came from {DRN}.",
        "please tell {FIRST} I called.",
        "my kid {FIRST} is the one on the lease.",
        "hi, you've reached {NAME}, please leave a message.",
        "yeah {MRS_LAST} told me to call back.",
    ],
    "phone_number": [
        "my number is{F} {PHONE}.",
        "call me back at {PHONE}.",
        "{PHONE}, that's my cell.",
        "you can reach me on {PHONE}.",
        "the best number is {PHONE_US}, or my work, {PHONE_US}.",
        "fax it to {PHONE_US}.",
        "the number on the letter was {PHONE_US}.",
        "my mobile is{F} {PHONE_INTL}.",
        "please call back at{F} {PHONE}, thank you.",
        "the home phone, {PHONE_US}.",
        "text me at {PHONE}.",
        "it's {PHONE_US}, the office line.",
        "I'm calling from {PHONE_INTL}, I'm in {COUNTRY} right now.",
    ],
    "email_address": [
        "my email is{F} {EMAIL}.",
        "send it to {EMAIL}.",
        "{EMAIL}, that's the email on file.",
        "it should go to {EMAIL}, not the old one.",
        "can you email me at {EMAIL}?",
        "the address I signed up with was {EMAIL}.",
        "my work email,{F} {EMAIL}.",
        "it's {EMAIL}, all lowercase.",
        "the login is my email, {EMAIL}.",
        "cc my daughter, {EMAIL}.",
        "the receipt went to {EMAIL}.",
        "change the email to {EMAIL} please.",
    ],
    "url": [
        "go to{F} {URL}.",
        "the website is {URL}.",
        "I found it on {URL}.",
        "they told me to check {URL} for updates.",
        "{URL}, that's where I paid.",
        "the link in the text was {URL}.",
        "you can apply at {URL}.",
        "the page says {URL} at the bottom.",
        "I typed in {URL} and it didn't load.",
        "the portal is{F} {URL}.",
        "it redirected me to {URL}.",
        "the form is at {URL}.",
    ],
    "ip_address": [
        "my IP address is{F} {IP}.",
        "the router is at {IP}.",
        "it says {IP} under the connection details.",
        "{IP}, that's the address it shows.",
        "I tried to ping {IP}.",
        "the default gateway is {IP}.",
        "my public IP came up as {IP}.",
        "the server address is {IP}.",
        "the login attempt came from {IP}.",
        "type {IP} into the browser.",
        "the IPv6 is {IPV6}.",
        "the printer got assigned{F} {IP}.",
    ],
    "credit_card_expiration": [
        "expiration date is{F} {EXP}.",
        "it expires {EXP}.",
        "exp {EXP}.",
        "valid thru {EXP}.",
        "{EXP}, that's the expiration.",
        "the card's good through {EXP}.",
        "the expiry on the card is {EXP}.",
        "the date on the front of the card is {EXP}.",
        "the new card expires{F} {EXP}.",
        "expiration, um, {EXP}.",
        "the month and year on the card, {EXP}.",
        "my {ORG_CARD} expires {EXP}.",
        "card ending {LAST4CARD}, exp {EXP}.",
    ],
    "date_of_birth": [
        "my date of birth is{F} {DOB}.",
        "I was born {DOB}.",
        "DOB {DOB}.",
        "my birthday is {DOB}.",
        "{DOB}, that's my date of birth.",
        "she was born on {DOB}.",
        "date of birth for the patient, {DOB}.",
        "my son's birthday,{F} {DOB}.",
        "I was born {DOB} in {CITY}.",
        "you need my birth date? {DOB}.",
        "his DOB should be {DOB}, not {DOB}.",
        "it's {DOB}, my birthday.",
        "I was born on{F} {DOB}.",
    ],
    "date": [
        "the appointment is on {DATE}.",
        "I was charged on {DATE}.",
        "can we do {WEEKDAY} instead?",
        "the payment was due {DATE}.",
        "the payment posted {DATE}.",
        "{DATE} works for me.",
        "I called on {DATE} and nobody answered.",
        "the package was supposed to come {WEEKDAY}.",
        "my hearing is scheduled for {DATE}.",
        "we moved in on {DATE}.",
        "the letter is dated {DATE}.",
        "the last payment went through on{F} {DATE}.",
        "I'll be back in the office on {DATE}.",
    ],
    "date_interval": [
        "I lived there from {YEAR_RANGE}.",
        "that was back in {DECADE}.",
        "we were covered from {DATERANGE}.",
        "the bill for {MONTH} was way too high.",
        "it started in {MONTHYEAR}.",
        "I'm traveling {DAYRANGE}.",
        "my lease runs {DATERANGE}.",
        "it's a {MODELYEAR} model.",
        "in {SEASONYEAR} we had the leak.",
        "my statements from {YEAR} are missing.",
        "the policy period is {YEAR_RANGE}.",
        "since {MONTHYEAR} I've been paying it.",
        "I worked there in {DECADE}.",
    ],
    "duration": [
        "I've been on hold for {DUR_SHORT}.",
        "they said it takes {DUR_RANGE}.",
        "I've had this account for {DUR_LONG}.",
        "the refund takes{F} {DUR_RANGE}.",
        "it's been {DUR_DAYS} since I called.",
        "the warranty is only {DUR_LONG}.",
        "I waited {DUR_SHORT} at the office.",
        "we've lived here {DUR_LONG}.",
        "there's a {DUR_ADJ} hold on the deposit.",
        "they gave me {DUR_DAYS} to pay.",
        "the free trial lasts {DUR_DAYS}.",
        "it's been down for about {DUR_OUT}.",
        "I need {DUR_DAYS} off work.",
    ],
    "time": [
        "the appointment is at {TIME}.",
        "call me after {TIME}.",
        "can you come between {TIMERANGE}?",
        "the power went out around {TIME}.",
        "{TIME} works.",
        "they close at {TIME}.",
        "I got the text at{F} {TIME}.",
        "the delivery window is {TIMERANGE2}.",
        "I'll be home by {TIME}.",
        "my shift starts at {TIME}.",
        "you're open until {TIME}, right?",
        "the call is at {TIME} my time.",
        "it happened at like {TIME}.",
    ],
    "money_amount": [
        "my bill was {MONEY}.",
        "they charged me {MONEY}.",
        "the balance is{F} {MONEY}.",
        "I paid {MONEY} last month.",
        "the total came to {BAREMONEY}.",
        "the refund should be {MONEY}.",
        "I sent {MONEY} to my sister.",
        "the deductible is {MONEY}.",
        "my account shows {NEGMONEY}.",
        "rent is {MONEY_BIG} a month.",
        "it's {MONEY}? that's way more than the quote.",
        "the late fee was {MONEY}.",
        "I can pay {MONEY} today.",
    ],
    "statistics": [
        "my blood pressure was {BP}.",
        "my A1C came back{F} {A1C}.",
        "the interest rate is {PCT}.",
        "they said {RATE} people get that side effect.",
        "my oxygen was at {PCT}.",
        "my cholesterol is {NUMSTAT}.",
        "they said there's {A} {PCT} chance it comes back.",
        "my heart rate was {HR}.",
        "the discount is {PCT}.",
        "my sugar was {NUMSTAT} this morning.",
        "the premium went up {PCT}.",
        "{BP}, that's what the machine said.",
        "my ejection fraction is {PCT}.",
    ],
    "blood_type": [
        "my blood type is {BLOOD_NT}.",
        "I'm {BLOOD}.",
        "he's {BLOOD}, I think.",
        "{BLOOD}, it's on my donor card.",
        "blood type{F} {BLOOD_NT}.",
        "the chart says {BLOOD} for the blood type.",
        "I'm {BLOOD} so they always call me to donate.",
        "her blood group is {BLOOD}.",
        "the type? {BLOOD_NT}.",
        "we're both {BLOOD}.",
        "they need {BLOOD} donors.",
        "is it {BLOOD} or {BLOOD}? I can't remember.",
    ],
    "location": [
        "I live at {ADDR}, {CSZ}.",
        "I'm in {CITYST}.",
        "send it to {ADDR}.",
        "we're near {LANDMARK}.",
        "I'm flying out of {AIRPORT}.",
        "my zip is{F} {ZIP}.",
        "I moved here from {COUNTRY} last year.",
        "the accident was on {HIGHWAY} near {US_CITY}.",
        "I went to the branch in {CITY}.",
        "my billing address is{F} {ADDR}, {CSZ}.",
        "I'm originally from {CITYCOUNTRY}.",
        "the postal code is {POSTAL}.",
        "the old address was {ADDR}.",
    ],
    "organization": [
        "I bank with {ORG_BANK}.",
        "I work for {ORG_EMP}.",
        "my insurance is through {ORG_HEALTH}.",
        "I was at {ORG_HOSP} last night.",
        "my daughter goes to {ORG_SCHOOL}.",
        "I ordered it from {ORG_SHOP}.",
        "I got a letter from {ORG_AGENCY}.",
        "I'm on {ORG_PROGRAM}.",
        "I switched from {ORG_UTIL} to {ORG_UTIL}.",
        "my car insurance is with {ORG_AUTOINS}.",
        "they told me to call {ORG_AGENCY}.",
        "{ORG_EMP} sent me a check.",
        "I paid with my {ORG_CARD}.",
    ],
    "occupation": [
        "I'm {A} {OCC}.",
        "I work as {A} {OCC}.",
        "the {OCC} told me to call.",
        "my wife is {A} {OCC}.",
        "he's {A} {OCC}, he works nights.",
        "I spoke with the {OCC} yesterday.",
        "I used to be {A} {OCC}.",
        "can I talk to {A} {OCC}?",
        "she's working as {A} {OCC} now.",
        "the {OCC} came out to look at it.",
        "my son's {A} {OCC}.",
        "{OCC_TITLE} {LASTN} took the report.",
        "I'm {A} {OCC}, so my hours are all over the place.",
    ],
    "nationality": [
        "I'm {NAT}.",
        "my father is {NAT} and my mom is {NAT}.",
        "the form asked if I'm {NAT}.",
        "we're {NAT}.",
        "she's {NAT}, she just moved here.",
        "my husband is {NAT}.",
        "I put {NAT} on the race question.",
        "I'm half {NAT}, half {NAT}.",
        "he's {NAT}, about my age.",
        "they assumed I was {NAT}.",
        "I'm {A} {NAT_CIT} citizen.",
        "the guy was {NAT}, I think.",
    ],
    "language": [
        "do you have someone who speaks {LANG}?",
        "I speak {LANG}.",
        "can I get an {occupation:interpreter} in {LANG}?",
        "my mom only speaks {LANG}.",
        "{LANG}, please.",
        "is the letter available in {LANG}?",
        "I'm more comfortable in {LANG}.",
        "we speak {LANG} at home.",
        "is there an option for {LANG}?",
        "my first language is {LANG}.",
        "she understands {LANG} but not much {language:English}.",
        "sorry, my {LANG} isn't great.",
    ],
    "religion": [
        "I'm {REL}.",
        "we're {REL}, so that day doesn't work.",
        "my family is {REL}.",
        "the hospital asked if I'm {REL}.",
        "he was raised {REL}.",
        "she's a practicing {REL_N}.",
        "I'm {REL}, if that matters for the funeral.",
        "we're {A} {REL_ADJ} family.",
        "my wife converted, she's {REL} now.",
        "I'm not religious, I'm {A} {REL_ATH}.",
        "both of us are {REL}.",
        "my parents are {REL} but I'm not.",
    ],
    "political_affiliation": [
        "I'm a registered {POL_N}.",
        "I've always voted {POL_V}.",
        "my dad's {A} {POL_N}.",
        "my whole family is {POL_ADJ}.",
        "the {POL_PL} in my district never call back.",
        "I'm a member of the {POL_PARTY}.",
        "I'm registered as {A} {POL_N}.",
        "he's {A} {POL_N}, we don't talk politics.",
        "she votes {POL_V} every time.",
        "I used to be {A} {POL_N}.",
        "my neighbor is a big {POL_BIG}.",
        "honestly I'm {A} {POL_N} these days.",
    ],
    "marital_status": [
        "I'm {MAR_ADJ}.",
        "my {MAR_EX_ALIVE} still has the card.",
        "I'm {MAR_ADJ}, does that change my rate?",
        "marital status{F} {MAR_ADJ}.",
        "I was {MAR_ADJ} when I opened it.",
        "the account was in my {MAR_EX_ALIVE}'s name.",
        "I'm {MAR_ADJ} now, so take him off.",
        "my {MAR_LATE} handled all the bills.",
        "check the box for {MAR_ADJ}.",
        "she's {MAR_ADJ}, no kids.",
        "I'm recently {MAR_ADJ}.",
        "we're {marital_status:common-law}, does that count?",
    ],
    "gender_sexuality": [
        "I'm {GEN}.",
        "put {GEN_MF} for sex.",
        "my kid is {GEN}.",
        "I identify as {GEN}.",
        "the form has me as {GEN_MF} but I'm {GEN}.",
        "the patient is {AGE_AD}, {GEN_MF}.",
        "I'm a {GEN_ADJ} woman.",
        "we're a {GEN_COUPLE} couple.",
        "my partner is {GEN}.",
        "gender,{F} {GEN_MF}.",
        "she came out as {GEN} last year.",
        "he's a {GEN_ADJ} man, is that a problem?",
    ],
    "zodiac_sign": [
        "I'm {A} {ZOD}.",
        "she's such {A} {ZOD}.",
        "my sign is {ZOD}.",
        "{ZOD}, that's me.",
        "typical {ZOD}.",
        "what sign am I? {ZOD}.",
        "my horoscope for {ZOD} said this would happen.",
        "I'm {A} {ZOD} sun, {ZOD} rising.",
        "he's {A} {ZOD}, we always fight.",
        "I was born under {ZOD}.",
        "as {A} {ZOD} I can't help it.",
        "my daughter's {A} {ZOD} too.",
    ],
    "event": [
        "are you closed for {EVENT}?",
        "I'm traveling for {EVENT}.",
        "the package was supposed to come before {EVENT}.",
        "I'll be away over {EVENT}.",
        "I got tickets to {EVENT_WATCH}.",
        "we're hosting {EVENT_HOST} this year.",
        "after {EVENT} I'll pay it off.",
        "the sale was for {EVENT}.",
        "during {EVENT} the office was closed.",
        "I'm fasting for {EVENT_FAST}.",
        "we watched {EVENT_WATCH} at my brother's.",
        "{EVENT} is coming up so money's tight.",
    ],
    "drug": [
        "I take {DRUG} for it.",
        "I'm on {DRUG} {~500 milligrams|20 mg|10 milligrams|five mg}.",
        "I need a refill on my {DRUG}.",
        "they switched me to {DRUG}.",
        "I'm allergic to {DRUG}.",
        "I took some {DRUG} and lay down.",
        "is {DRUG} covered?",
        "{DRUG}, that's the one they prescribed.",
        "I ran out of {DRUG}.",
        "I take {DRUG} and {DRUG}.",
        "the pharmacy gave me {DRUG} instead of {DRUG}.",
        "does {DRUG} interact with {DRUG}?",
        "I've been taking {DRUG_SUPP} too.",
    ],
    "medical_condition": [
        "I have {COND}.",
        "I was diagnosed with {COND}.",
        "my son has {COND}.",
        "it's for my {COND}.",
        "{COND} runs in my family.",
        "she's dealing with {COND}.",
        "because of my {COND} I can't work right now.",
        "they think it's {COND}.",
        "I've had {COND} for years.",
        "the claim is for {COND} treatment.",
        "is {COND} a pre-existing condition?",
        "my husband's {COND} got worse.",
        "I'm managing my {COND} with diet.",
    ],
    "medical_process": [
        "I need to schedule {A} {PROC_C}.",
        "I had {A} {PROC_C} last week.",
        "is {PROC_U} covered?",
        "I'm doing {PROC_U} right now.",
        "they want me to get {A} {PROC_C}.",
        "the bill for the {PROC_C} came.",
        "my mom starts {PROC_U} soon.",
        "I'm calling to preauthorize {A} {PROC_C}.",
        "after the {PROC_C} I felt better.",
        "I'm scheduled for {PROC_U}.",
        "the {PROC_C} results came back.",
        "do I need a referral for {PROC_U}?",
        "{PROC_C}, that's what the claim is for.",
    ],
    "injury": [
        "I {INJ_MY}.",
        "I have {A} {INJ_NC}.",
        "my son {INJ_HIS} at practice.",
        "he got {A} {INJ_NC} from the fall.",
        "it's for the {INJ_NC}.",
        "she {INJ_HER} at work.",
        "I'm out with {A} {INJ_NC}.",
        "the claim is for {INJ_U}.",
        "I slipped and {INJ_MY}.",
        "my husband {INJ_HIS} on the ladder.",
        "{A} {INJ_NC}, that's what they said at urgent care.",
        "I think I {INJ_MY}.",
        "I'm recovering from {A} {INJ_NC}.",
    ],
    "physical_attribute": [
        "I'm {HEIGHT}.",
        "he has {HAIR}.",
        "I'm {DISAB}, so please email me.",
        "he's {BUILD}.",
        "she has {EYES}.",
        "he weighs {WEIGHT}.",
        "he's {physical_attribute:bald} with {A} {MARK}.",
        "she's got {HAIR}, about {HEIGHT}.",
        "you can't miss him, he has {A} {MARK}.",
        "I'm {HEIGHT} and {WEIGHT}.",
        "my dad is {DISAB}.",
        "the guy had {A} {MARK}.",
        "my son is {DISAB} so I'm calling for him.",
    ],
    "person_age": [
        "I'm {AGE_AD} years old.",
        "my son is {AGE}.",
        "she's a {AGE_AD}-year-old.",
        "I just turned {AGE_AD}.",
        "age{F} {AGE}.",
        "he's {AGE_AD}, he can't do the stairs.",
        "I'm {AGE_SR}, is there a senior discount?",
        "my mom is {AGE_AD} and lives alone.",
        "the patient is {AGE_AD}, {GEN_MF}.",
        "I'm only {AGE_AD}.",
        "he'll be {AGE} soon.",
        "I was {AGE} when I opened the account.",
        "my daughter, she's {AGE}, she's on my plan.",
    ],
    "username": [
        "my username is{F} {USER}.",
        "my login is {USER}.",
        "{USER}, that's my username.",
        "the handle is {HANDLE}.",
        "I go by {HANDLE} on there.",
        "my user name for the portal, {USER}.",
        "it's {USER}, the login for the app.",
        "my gamertag is {USER}.",
        "try logging in as {USER}.",
        "the screen name is {USER}.",
        "the login they set up for me is {USER}, all lowercase.",
        "my {ORG_SOCIAL} is {HANDLE}.",
    ],
    "filename": [
        "I attached {FILE}.",
        "the file is called {FILE}.",
        "I uploaded {FILE} to the portal.",
        "it's saved as {FILE}.",
        "{FILE}, that's the one I sent.",
        "did you get {FILE}?",
        "the attachment {FILE} won't open.",
        "I renamed it to {FILE}.",
        "look for {FILE} in the documents.",
        "the scan is in{F} {FILE}.",
        "I emailed over {FILE} this morning.",
        "it's in the folder, {FILE}.",
    ],
    # two or more number policies in one line
    "contrast": [
        "the routing number is {ROUTING} and my account number is {BANK_ACCT}.",
        "member ID {HC_MEMBER}, and the claim number is {NS_CLAIM}.",
        "card ending {LAST4CARD}, the three digits on the back are {CVV}.",
        "my license is {DL} and the plate is {PLATE}.",
        "passport {PASS}, and my driver's license is {DL}.",
        "the loan number is {ACCT_LOAN}, and it's paid from checking {BANK_ACCT}.",
        "the PIN is {PIN}, not the CVV, the CVV is {CVV}.",
        "order number {NS_ORDER}, and my rewards number is {ACCT_LOY}.",
        "last four of my social {SSN4}, last four of the card {LAST4CARD}.",
        "the code they texted me is {OTP}, and my PIN is {PIN}.",
        "VIN {VIN}, policy number {ACCT_POL}.",
        "my {organization:Medicare} number is {HC_MBI}, my social is {SSN}.",
        "the tracking number is {NS_TRACK} and the order is {NS_ORDER}.",
        "my login is {USER} and the password is {PWD}.",
        "the auto policy is {ACCT_POL}, the health plan ID is {HC_MEMBER}.",
    ],
}

NOPII = [
    "I've called {~every single time|over and over|like five times|a bunch of times} and nobody {~picks up|calls me back|gets back to me}.",
    "I just want a straight answer{~| please| for once|, that's all}.",
    "this is {~my number one priority|the number one thing on my list} right now.",
    "it said press one for {~billing|payments|claims} so I did{~| and it hung up}.",
    "I'm not married to that plan, I just want {~it cheaper|something that works|lower payments}.",
    "we take pride in paying on time{~|, you know|, always have}.",
    "can you give me a few minutes to {~find it|look for it|dig it out}?",
    "I don't have my insurance card {~on me|with me|in front of me} right now.",
    "I can't remember my PIN{~, that's the problem|, honestly|| at all}.",
    "the code they texted me {~never came through|expired already|didn't work}.",
    "hold on, let me grab the card from my {~wallet|purse|car|bag}.",
    "is that a zero or the letter O{~|, sorry|? I can't tell}?",
    "the three digits on the back are {~scratched off|worn off|hard to read|rubbed out}.",
    "my license expired, {~can I still use it|is that a problem|do I need a new one}?",
    "I lost my passport, {~what do I do|who do I call|is there a form}?",
    "the plate {~fell off|got bent|is cracked} on my car.",
    "I'm looking at the statement but I can't find the {~account number|routing number|member ID}.",
    "which number do you need, the one on the front or the {~back|side}?",
    "may I ask who I'm speaking with{~|, please|, sorry}?",
    "mark it as paid{~ please|, it went through| on your end}.",
    "the bill is {~higher|way higher|a lot higher|so much higher} {~than usual|than normal|than it should be}.",
    "I'll chase them up about it{~| myself| later}.",
    "a couple of days ago I got a letter{~| about it| saying I owe money}.",
    "can you read that back to me{~| slowly| one more time}?",
    "sorry, which one did you {~say|want|mean}?",
    "I'll wait, take your time{~| no rush|, it's fine}.",
    "the number on the letter doesn't match {~what I have|my records|the card}.",
    "my login isn't working {~at all|again|since the update|on the app}.",
    "I forgot my password {~again|and now I'm locked out|for the third time}.",
    "it keeps asking for the security code{~| and I don't know which one| over and over}.",
    "the routing number is on the bottom of the check, {~right|isn't it|I think}?",
    "I'll call back when I have the {~member ID|policy number|account info}.",
    "tell me when you're ready for the {~numbers|card info|details}.",
    "I get the same error message {~every time|each time I try|no matter what}.",
    "a week or so ago they said it was {~fixed|sorted out|taken care of}.",
]

FILLERS = [", uh,", ", um,", " uh", " um", ", you know,", "... uh,", ", like,", ", let me see,",
           ", hang on,", ", uh, let me find it,", ", um, okay,", " uh, uh,"]
OPENERS = ["Um, ", "Uh, ", "Okay so ", "Yeah, ", "So ", "Right, ", "Well, ", "Hi, yes, ",
           "Mm-hmm, ", "Yes, ", "Oh, ", "Sorry, ", "Okay, um, ", "Uh yeah, ", "Hello? Yes, ",
           "Yeah so ", "Alright, "]

POLICIES = """account_number banking_information blood_type credit_card_cvv credit_card_expiration
credit_card_number date date_interval date_of_birth drivers_license drug duration email_address
event filename gender_sexuality healthcare_number injury ip_address language location
marital_status medical_condition medical_process money_amount nationality number_sequence
occupation organization passport_number password person_age person_name phone_number
physical_attribute political_affiliation religion statistics time url us_social_security_number
username vehicle_id zodiac_sign""".split()

TOKEN = re.compile(r"\{([^{}]+)\}")


def article_for(word):
    w = word.strip()
    if not w:
        return "a"
    if re.match(r"^(uni|eu|one\b|use)", w, re.I):
        return "a"
    if re.match(r"^(hour|honest|heir)", w, re.I):
        return "an"
    if re.match(r"^[FHLMNRSX](?=[A-Z-]|$)", w):
        return "an"
    if re.match(r"^(8|11\b|18\b|11[^0-9]|18[^0-9])", w):
        return "an"
    return "an" if w[0].lower() in "aeiou" else "a"


def render(frame, nopii=False):
    """Return (text, spans) for one frame with random values and transcript style."""
    lower = chance(0.25)
    nocomma = chance(0.33)
    segs = []  # [text, policy, kind]
    pos = 0
    for m in TOKEN.finditer(frame):
        if m.start() > pos:
            segs.append([frame[pos:m.start()], None, "lex"])
        tok = m.group(1)
        pos = m.end()
        if tok == "F":
            fl = ch(FILLERS) if chance(0.45) else ""
            if fl.startswith(",") and segs and segs[-1][0].endswith(","):
                fl = fl[1:]
            segs.append([fl, None, "lex"])
        elif tok == "A":
            segs.append(["{A}", None, "art"])
        elif tok.startswith("~"):
            segs.append([ch(tok[1:].split("|")), None, "lex"])
        elif ":" in tok:
            pol, val = tok.split(":", 1)
            assert pol in POLICIES, pol
            segs.append([val, pol, "lex"])
        else:
            pol, fn = SLOTS[tok]
            r = fn()
            if isinstance(r, str):
                r = (r, "lex")
            if isinstance(r, tuple):
                segs.append([r[0], pol, r[1]])
            else:
                for t, p, k in r:
                    segs.append([t, p, k])
    if pos < len(frame):
        segs.append([frame[pos:], None, "lex"])
    # articles
    for i, s in enumerate(segs):
        if s[2] == "art":
            nxt = ""
            for s2 in segs[i + 1:]:
                if s2[0].strip():
                    nxt = s2[0].strip()
                    break
            s[0], s[2] = article_for(nxt), "lex"
    # avoid double periods after abbreviations
    for i in range(len(segs) - 1):
        if segs[i][1] and segs[i][0].endswith(".") and segs[i + 1][0].startswith("."):
            segs[i + 1][0] = segs[i + 1][0][1:]
    # end punctuation
    last = segs[-1]
    if last[1] is None:
        t = last[0]
        if t.endswith("."):
            r = rng.random()
            if r < 0.22:
                last[0] = t[:-1]
            elif r < 0.30:
                last[0] = t[:-1] + "..."
            elif r < 0.34:
                last[0] = t[:-1] + "?"
        elif t.endswith("?") and chance(0.2):
            last[0] = t[:-1]
    else:
        if not last[0].endswith("."):
            segs.append([ch([".", ".", ".", "", "?"]), None, "lex"])
    # opener
    if chance(0.42):
        segs.insert(0, [ch(OPENERS), None, "lex"])
    # style
    for s in segs:
        if lower and s[2] == "lex":
            s[0] = s[0].lower()
        if nocomma and s[2] in ("lex", "spoken"):
            s[0] = re.sub(r",(?= |$)", "", s[0])
    text = ""
    spans = []
    for t, p, k in segs:
        if p:
            spans.append({"start": len(text), "end": len(text) + len(t), "policy": p})
        text += t
    # the first word is capitalised unless the line is all lower-case
    if not lower and text and text[0].islower():
        in_code = any(sp["start"] == 0 for sp in spans) and segs and segs[0][2] != "lex"
        if not in_code:
            text = text[0].upper() + text[1:]
    assert "  " not in text, text
    return text, spans


SEEN = set()


def render_unique(frame, nopii=False):
    """Re-draw values and style until the text is new to the set (at most 30 tries)."""
    for _ in range(30):
        text, spans = render(frame, nopii)
        if text.lower() not in SEEN:
            break
    SEEN.add(text.lower())
    return text, spans


def main():
    lines = []
    for pol, frames in FRAMES.items():
        n = 60 if pol == "number_sequence" else (15 if pol == "contrast" else 25)
        order = list(frames)
        rng.shuffle(order)
        for i in range(n):
            fr = order[i % len(order)]
            text, spans = render_unique(fr)
            if pol != "contrast":
                assert any(s["policy"] == pol for s in spans), (pol, fr)
            lines.append({"text": text, "spans": spans, "source": "template", "_target": pol})
    order = list(NOPII)
    rng.shuffle(order)
    for i in range(150):
        text, spans = render_unique(order[i % len(order)], nopii=True)
        assert not spans
        lines.append({"text": text, "spans": [], "source": "nopii", "_target": None})
    rng.shuffle(lines)
    import collections
    tc = collections.Counter(ln["_target"] or "nopii" for ln in lines)
    fc = {p: len(set(fr)) for p, fr in FRAMES.items()}
    for p in sorted(tc):
        print("%-28s lines %3d  frames %2d" % (p, tc[p], fc.get(p, len(NOPII))))
    meta = {"_meta": {
        "split": "extra_dev32",
        "tuning": "written blind in session 9; its first score is the honest estimate, then a tuning split like dev",
        "licence": "CC0-1.0",
        "generator": ("extra_dev32_gen.py (stdlib, one random.Random seeded %d) fills hand-written "
                      "phone-call carrier frames with generated values (checksummed cards, routing "
                      "numbers, IBANs, VINs, SSNs; many US and foreign formats, written or spoken) "
                      "and applies fillers, openers, lower-casing, comma dropping and varied end "
                      "punctuation at random per line." % SEED),
    }}
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(json.dumps(meta, ensure_ascii=False) + "\n")
        for i, ln in enumerate(lines, 1):
            rec = {"id": "x32-%04d" % i, "text": ln["text"], "spans": ln["spans"],
                   "source": ln["source"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
