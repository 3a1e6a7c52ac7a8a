#!/usr/bin/env python3
"""Deterministic generator of the held-out piikit evaluation split extra_dev31.

Written blind (session 9): single-utterance phone-call lines built from carrier frames,
value generators (Luhn cards, ABA routing numbers, mod-97 IBANs, check-digit VINs, NHS
mod-11 numbers, valid SSN ranges, ...) and a Whisper-like transcript styler.
Standard library only; one seeded random.Random.
"""
import json
import re
import random
import unicodedata

SEED = 3109031
OUT = str(__import__("pathlib").Path(__file__).resolve().parents[1] / "extra_dev31.jsonl")
PREFIX = "x31-"
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def p(prob):
    return R.random() < prob


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def nz_digits(n):
    return str(R.randint(1, 9)) + digits(n - 1)


def letters(n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(pool) for _ in range(n))


def alnum(n, pool="ABCDEFGHJKLMNPRSTUVWXYZ0123456789"):
    return "".join(R.choice(pool) for _ in range(n))


# ---------------------------------------------------------------- number words
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_ONES = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
ORD_TENS = {20: "twentieth", 30: "thirtieth"}


def n2w(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + n2w(n % 100))
    return n2w(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + n2w(n % 1000))


def ordw(n):
    if n < 20:
        return ORD_ONES[n]
    if n % 10 == 0:
        return ORD_TENS[n]
    return TENS[n // 10] + " " + ORD_ONES[n % 10]


def ordnum(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def year_words(y):
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else ch([" ", " and "]) + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return n2w(hi) + " hundred"
    if lo < 10:
        return n2w(hi) + " oh " + ONES[lo]
    return n2w(hi) + " " + n2w(lo)


DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def say_digits(s, zero="oh", dbl=False):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        w = zero if d == "0" else DW[int(d)]
        if dbl and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and p(0.5):
            out.append("triple " + w)
            i += 3
            continue
        if dbl and i + 1 < len(s) and s[i + 1] == d:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_groups(groups, sep=None, zero=None, dbl=None):
    zero = zero or ch(["oh", "oh", "zero"])
    dbl = p(0.4) if dbl is None else dbl
    sep = sep or ch([", ", ", ", " "])
    return sep.join(say_digits(g, zero, dbl) for g in groups)


NATO = dict(A="alpha", B="bravo", C="charlie", D="delta", E="echo", F="foxtrot", G="golf",
            H="hotel", I="india", J="juliet", K="kilo", L="lima", M="mike", N="november",
            O="oscar", P="papa", Q="quebec", R="romeo", S="sierra", T="tango", U="uniform",
            V="victor", W="whiskey", X="x-ray", Y="yankee", Z="zulu")
ASIN = dict(A="apple", B="boy", C="Charlie", D="David", E="Edward", F="Frank", G="George",
            H="Henry", I="igloo", J="John", K="king", L="Larry", M="Mary", N="Nancy", O="orange",
            P="Peter", Q="queen", R="Robert", S="Sam", T="Tom", U="umbrella", V="Victor",
            W="William", X="x-ray", Y="yellow", Z="zebra")


def say_code(s, zero=None):
    """Spell an alphanumeric code the way a caller reads it."""
    zero = zero or ch(["oh", "zero"])
    style = ch(["plain", "plain", "plain", "asin_first", "nato", "asin_some"])
    groups = [g for g in re.split(r"[-\s/]+", s) if g]
    if "-" in s:
        gsep = ch([", ", " ", " dash "])
    else:
        gsep = ch([", ", " "])
    parts, first = [], True
    for g in groups:
        toks = []
        for c in g:
            if c.isdigit():
                toks.append(zero if c == "0" else DW[int(c)])
                continue
            c = c.upper()
            if style == "nato":
                toks.append(NATO[c])
            elif (style == "asin_first" and first) or (style == "asin_some" and p(0.35)):
                toks.append(f"{c} as in {ASIN[c]}")
                first = False
            else:
                toks.append(c)
        parts.append(" ".join(toks))
    return no_art(gsep.join(parts))


def no_art(v):
    """A value read aloud must not start like an article ("A B C", "a smith")."""
    if re.match(r"(?i)a as in \w+", v):
        return "alpha" + v[len(re.match(r"(?i)a as in \w+", v).group(0)):]
    if re.match(r"(?i)a\s", v):
        return "alpha " + v[2:]
    return v


def luhn_complete(payload):
    s = 0
    for i, d in enumerate(reversed(payload)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return payload + str((10 - s % 10) % 10)


def ascii_lower(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


# ---------------------------------------------------------------- pools
FIRST = ["Maria", "James", "Aisha", "Wei", "Priya", "Oluwaseun", "Dmitri", "Siobhan", "Carlos",
         "Mohammed", "Fatima", "Hiroshi", "Ingrid", "Kwame", "Luis", "Sofia", "Raj", "Chloe",
         "Tyrone", "Keisha", "Giuseppe", "Ana", "Bogdan", "Yusuf", "Mei", "Thandiwe", "Liam",
         "Olivia", "Emeka", "Darnell", "Rosa", "Anh", "Jorge", "Kateryna", "Hamid", "Leilani",
         "Matteo", "Ewa", "Sanjay", "Deborah", "Frank", "Gloria", "Ibrahim", "Noor", "Tomás",
         "Pooja", "Connor", "Brianna", "Esperanza", "Gareth", "Mariam", "Trevor", "Yolanda",
         "Kenji", "Amara", "Declan", "Shanice", "Ravi", "Lucía", "Bernard", "Marisol", "Dale"]
LAST = ["Martinez", "Okafor", "Nguyen", "Patel", "Kowalski", "O'Brien", "Haddad", "Tanaka",
        "Schmidt", "Johnson", "Williams", "Abernathy", "Hwang", "Delgado", "Mensah", "Rossi",
        "Ivanova", "Fernandes", "Chowdhury", "Larsen", "Goldberg", "Castillo", "Yamamoto",
        "Boateng", "Dubois", "Kaur", "Reyes", "Sullivan", "Whitfield", "Ramirez", "Petrov",
        "Adeyemi", "Lindqvist", "Moreno", "Thompson", "Baker", "Kim", "Singh", "Cohen",
        "Mahmoud", "Novak", "Ferreira", "Jaramillo", "McAllister", "Osei", "Brennan", "Vasquez",
        "Al-Sayed", "Park", "Gallagher", "Nakamura", "Oyelaran"]
BANKS = ["Chase", "Wells Fargo", "Bank of America", "Citibank", "TD Bank", "Capital One", "PNC",
         "US Bank", "Navy Federal", "Ally", "Barclays", "HSBC", "Scotiabank", "RBC", "Lloyds",
         "Santander", "USAA", "BMO", "Regions Bank", "Fifth Third"]
AUTO_INS = ["Geico", "State Farm", "Progressive", "Allstate", "Liberty Mutual", "Nationwide",
            "Farmers", "Travelers", "Erie Insurance", "Aviva", "Direct Line", "The Hartford",
            "Intact Insurance", "Esurance"]
HEALTH_INS = ["Blue Cross Blue Shield", "Aetna", "Cigna", "UnitedHealthcare", "Kaiser Permanente",
              "Humana", "Anthem", "Molina", "Oscar Health", "Ambetter", "Highmark", "Bupa",
              "Blue Shield of California", "Florida Blue", "Sun Life"]
HOSPITALS = ["Northwest General Hospital", "Mount Sinai", "Cedars-Sinai", "Cleveland Clinic",
             "Mass General", "St. Luke's Hospital", "Johns Hopkins", "Mercy Medical Center",
             "Toronto General", "Royal London Hospital", "Baptist Health", "Parkland Hospital",
             "Children's Hospital of Philadelphia", "Valley Presbyterian"]
TELCOS = ["Verizon", "AT&T", "T-Mobile", "Comcast", "Spectrum", "Xfinity", "Cox", "Rogers",
          "Vodafone", "Optimum", "Bell", "Cricket Wireless", "Boost Mobile"]
AIRLINES = ["Delta", "United", "American Airlines", "Southwest", "JetBlue", "Air Canada",
            "Lufthansa", "Emirates", "British Airways", "Alaska Airlines", "Aeromexico", "Qantas",
            "Spirit", "Frontier"]
CARDNETS = ["Visa", "Mastercard", "Amex", "Discover", "American Express"]
CARRIERS = ["UPS", "FedEx", "DHL", "USPS", "Canada Post", "Royal Mail", "OnTrac"]
RETAILERS = ["Amazon", "Walmart", "Target", "Best Buy", "Home Depot", "Costco", "IKEA", "Wayfair",
             "Lowe's", "Macy's", "eBay", "Etsy", "Sam's Club", "Kohl's"]
CARMAKERS = ["Toyota", "Honda", "Ford", "Chevy", "Nissan", "Hyundai", "Subaru", "Tesla", "Kia",
             "Jeep", "Volkswagen", "BMW", "Mazda", "Dodge"]
AGENCIES = ["IRS", "DMV", "Social Security Administration", "USCIS", "FEMA", "HMRC",
            "Service Canada", "Department of Labor", "VA", "Harris County Sheriff's Office"]
POLICE = ["Chicago Police Department", "NYPD", "Phoenix Police Department", "LAPD",
          "Metropolitan Police", "Dallas Police Department", "county sheriff's office"]
SCHOOLS = ["University of Alaska", "Ohio State", "Arizona State University", "Miami Dade College",
           "UCLA", "Georgia Tech", "University of Toronto", "Rutgers", "Lincoln High School",
           "Houston Community College", "Penn State"]
UTILITIES = ["PG&E", "Con Edison", "Duke Energy", "Xcel Energy", "Georgia Power",
             "Dominion Energy", "National Grid", "Hydro One", "Southern California Edison"]
SOCIAL = ["Instagram", "TikTok", "Twitter", "Facebook", "Snapchat", "Reddit", "Discord", "Twitch",
          "Threads", "YouTube"]
COMPANIES = ["Accenture", "Deloitte", "Pfizer", "Boeing", "Starbucks", "McDonald's", "Uber",
             "DoorDash", "Kroger", "CVS", "Walgreens", "Marriott", "Hilton", "Cisco", "Nike",
             "Shopify", "Infosys", "Amazon", "Tyson Foods", "Lockheed Martin"]
CITY_ST_ZIP = [("Denver", "CO", "802"), ("Houston", "TX", "770"), ("Phoenix", "AZ", "850"),
               ("Toledo", "OH", "436"), ("Sacramento", "CA", "958"), ("Tampa", "FL", "336"),
               ("Milwaukee", "WI", "532"), ("Boise", "ID", "837"), ("Albuquerque", "NM", "871"),
               ("Raleigh", "NC", "276"), ("Spokane", "WA", "992"), ("Omaha", "NE", "681"),
               ("Savannah", "GA", "314"), ("Baton Rouge", "LA", "708"), ("Fresno", "CA", "937"),
               ("Newark", "NJ", "071"), ("Tucson", "AZ", "857"), ("El Paso", "TX", "799"),
               ("Knoxville", "TN", "379"), ("Worcester", "MA", "016")]
CITIES = [c for c, _, _ in CITY_ST_ZIP] + ["Toronto", "Calgary", "Manchester", "Glasgow", "Leeds",
                                             "Dublin", "Sydney", "Manila", "Lagos", "Mumbai",
                                             "Guadalajara", "Monterrey", "São Paulo", "Kraków",
                                             "Nairobi", "Auckland", "Brooklyn", "Winnipeg",
                                             "Kingston", "Accra"]
STATES = ["Texas", "Ohio", "California", "Florida", "New Jersey", "Georgia", "Arizona", "Illinois",
          "Michigan", "Washington", "Oregon", "North Carolina", "Pennsylvania", "Nevada",
          "Colorado", "Minnesota", "Ontario", "Alberta", "Quebec", "Virginia", "Tennessee"]
COUNTRIES = ["Mexico", "Canada", "India", "Nigeria", "Brazil", "Germany", "Poland", "Kenya",
             "Vietnam", "Japan", "Ireland", "Jamaica", "Colombia", "Ghana", "Italy", "Pakistan",
             "Egypt", "Australia", "Portugal", "Peru", "South Korea", "El Salvador", "Ukraine",
             "Scotland", "Trinidad", "Morocco", "Haiti"]
STREETS = ["Sunset Avenue", "Maple Street", "Oak Drive", "Elm St.", "Kingsway", "Cedar Lane",
           "Lakeshore Boulevard", "Pine Road", "Washington Avenue", "Calle Ocho", "Birch Court",
           "Main Street", "Riverside Drive", "Queen Street West", "Magnolia Way", "Hillcrest Rd.",
           "Fulton Street", "Old Mill Road"]
LANDMARKS = ["Grand Canyon", "Golden Gate Bridge", "Central Park", "Space Needle", "Niagara Falls",
             "Lake Victoria", "Times Square", "Navy Pier", "Hoover Dam", "Mall of America",
             "CN Tower", "Lake Tahoe", "Alamo", "Pike Place Market", "Gateway Arch"]
AIRPORTS = ["JFK", "LAX", "O'Hare", "Heathrow", "Pearson", "Sea-Tac", "DFW", "Hartsfield-Jackson",
            "Logan", "Midway", "Gatwick", "Sky Harbor"]
HIGHWAYS = [("", "I-95"), ("", "I-10"), ("", "Route 66"), ("", "Highway 101"), ("", "I-35"),
            ("the ", "405"), ("the ", "M25"), ("", "Route 9"), ("", "I-80"), ("the ", "Beltway"),
            ("", "Interstate 5")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SEASONS = ["spring", "summer", "fall", "winter", "autumn"]
OCCS = ["nurse", "electrician", "teacher", "software engineer", "adjuster", "paralegal",
        "truck driver", "CPA", "pharmacist", "plumber", "accountant", "dental hygienist",
        "social worker", "firefighter", "paramedic", "barista", "real estate agent", "mechanic",
        "professor", "home health aide", "welder", "cashier", "case worker", "flight attendant",
        "architect", "security guard", "chef", "lawyer", "veterinarian", "contractor",
        "physical therapist", "IT tech", "bus driver", "substitute teacher", "electrical engineer",
        "medical assistant", "EMT", "bartender", "forklift operator"]
OCC_TITLES = ["officer", "Detective", "Sergeant", "Nurse", "Professor", "Coach", "Judge", "Pastor",
              "Deputy", "Trooper"]
NATS = ["Mexican", "Nigerian", "Filipino", "Korean", "Hispanic", "Black", "Asian", "Caucasian",
        "Indian", "Polish", "Irish", "Haitian", "Vietnamese", "Puerto Rican", "Ghanaian",
        "Brazilian", "Pakistani", "Jamaican", "Latina", "Salvadoran", "Ukrainian",
        "Native American", "white", "Dominican", "Somali", "Italian", "Chinese", "Guatemalan"]
LANGS = ["Spanish", "Tagalog", "Mandarin", "Portuguese", "ASL", "Vietnamese", "Arabic", "French",
         "Haitian Creole", "Polish", "Korean", "Hindi", "Cantonese", "Russian", "Somali",
         "Punjabi", "Amharic", "Italian", "Yoruba", "Farsi", "English", "Urdu", "Twi"]
RELS = ["Catholic", "Muslim", "Jewish", "Hindu", "Buddhist", "Mormon", "Baptist", "atheist", "Sikh",
        "Methodist", "Orthodox Christian", "Lutheran", "Pentecostal", "agnostic",
        "Jehovah's Witness", "evangelical", "Christian", "Seventh-day Adventist"]
POL_NOUNS = ["Republican", "Democrat", "independent", "Libertarian"]
POL_ADJ = ["conservative", "liberal", "progressive", "socialist", "MAGA", "left-wing",
           "right-wing", "moderate", "libertarian"]
PARTIES = ["Green Party", "Labour", "Conservative Party", "Democratic Party", "Republican Party",
           "NDP", "Liberal Party", "Libertarian Party", "Tories"]
MARITAL = ["married", "divorced", "single", "widowed", "separated", "engaged", "common-law",
           "remarried", "legally separated"]
EXSP = ["ex-wife", "ex-husband", "late husband", "late wife", "ex", "ex-partner",
        "former husband", "estranged wife"]
GENDERS = ["female", "male", "nonbinary", "transgender", "trans", "gay", "lesbian", "bisexual",
           "queer", "straight", "genderfluid", "pansexual"]
ZODIAC = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius",
          "Capricorn", "Aquarius", "Pisces"]
EVENTS = [("", "Thanksgiving"), ("", "Christmas"), ("the ", "Super Bowl"), ("", "Diwali"),
          ("", "Ramadan"), ("the ", "Fourth of July"), ("", "Black Friday"), ("", "Easter"),
          ("", "Lunar New Year"), ("", "Yom Kippur"), ("the ", "Olympics"), ("", "Hanukkah"),
          ("", "Eid"), ("", "Labor Day"), ("", "Memorial Day"), ("", "Día de los Muertos"),
          ("", "New Year's Eve"), ("", "Passover"), ("", "Mardi Gras"), ("the ", "World Cup"),
          ("", "Coachella"), ("", "Pride"), ("", "Mother's Day"), ("", "Halloween"),
          ("", "Juneteenth"), ("", "Boxing Day"), ("", "Oktoberfest"), ("", "Kwanzaa"),
          ("", "Rosh Hashanah"), ("", "Comic-Con"), ("", "Carnival"), ("", "Holi")]
DRUGS = ["Advil", "metformin", "lisinopril", "ibuprofen", "Zoloft", "amoxicillin", "vitamin D",
         "insulin", "Eliquis", "prednisone", "Tylenol", "atorvastatin", "Ozempic", "albuterol",
         "gabapentin", "Synthroid", "Xarelto", "melatonin", "omeprazole", "Adderall",
         "levothyroxine", "fish oil", "Lexapro", "naproxen", "Benadryl", "losartan", "Humira",
         "Wegovy", "Flonase", "Plavix", "tramadol", "B12"]
DOSES = ["20 mg", "500 milligrams", "10 mg", "two puffs", "a half tablet", "50 micrograms",
         "one pill", "40 milligrams", "5 mg"]
CONDS = ["type 2 diabetes", "AFib", "asthma", "high blood pressure", "migraines", "COPD",
         "depression", "sleep apnea", "kidney stones", "anxiety", "celiac disease",
         "Crohn's disease", "hypothyroidism", "ADHD", "arthritis", "lupus", "epilepsy",
         "heart failure", "long COVID", "PTSD", "gout", "psoriasis", "shingles", "pneumonia",
         "bipolar disorder", "glaucoma", "fibromyalgia", "chronic fatigue syndrome", "autism",
         "multiple sclerosis", "UTI", "strep throat", "vertigo"]
PROCS = [("a ", "CT scan"), ("an ", "MRI"), ("", "physical therapy"), ("", "dialysis"),
         ("a ", "colonoscopy"), ("", "blood work"), ("", "chemo"), ("a ", "knee replacement"),
         ("a ", "root canal"), ("a ", "mammogram"), ("an ", "X-ray"), ("an ", "ultrasound"),
         ("an ", "EKG"), ("a ", "biopsy"), ("", "radiation"), ("a ", "C-section"),
         ("a ", "hip replacement"), ("an ", "endoscopy"), ("a ", "stress test"),
         ("a ", "Pap smear"), ("", "cataract surgery"), ("", "speech therapy"),
         ("a ", "vasectomy"), ("a ", "sleep study"), ("an ", "allergy test"),
         ("", "gallbladder surgery"), ("a ", "flu shot"), ("", "IVF"), ("a ", "tooth extraction"),
         ("", "occupational therapy"), ("a ", "PET scan")]
PROC_TX = ["physical therapy", "dialysis", "chemo", "radiation", "speech therapy",
           "occupational therapy", "IVF", "cardiac rehab", "insulin therapy", "counseling"]
DOCS = ["doctor", "cardiologist", "surgeon", "GP", "dermatologist", "neurologist", "dentist",
        "OB", "primary care doctor"]
INJ_V = ["broke {p} arm", "sprained {p} ankle", "twisted {p} knee", "cut {p} hand",
         "burned {p} hand", "tore {p} ACL", "dislocated {p} shoulder", "fractured {p} wrist",
         "hurt {p} back", "broke two ribs", "pulled a hamstring", "cracked a tooth",
         "broke {p} collarbone", "jammed {p} finger", "tore {p} rotator cuff", "bruised {p} tailbone"]
INJ_N = [("a ", "concussion"), ("", "whiplash"), ("a ", "sprained wrist"), ("a ", "torn ACL"),
         ("a ", "fractured ankle"), ("", "bruised ribs"), ("a ", "dislocated shoulder"),
         ("a ", "broken collarbone"), ("a ", "herniated disc"), ("", "second-degree burns"),
         ("a ", "black eye"), ("a ", "hairline fracture"), ("a ", "deep cut on my thumb"),
         ("a ", "broken wrist"), ("a ", "torn meniscus"), ("a ", "pinched nerve")]
HEIGHTS = ["six foot two", "5'7\"", "190cm tall", "five ten", "about six feet", "165 centimeters",
           "six three", "five foot nothing", "4'11\"", "six feet tall"]
WEIGHTS = ["about 200 pounds", "ninety kilos", "140 pounds", "two twenty", "300 pounds",
           "65 kilos", "a buck fifty"]
HAIR = [("", "long red hair"), ("", "short gray hair"), ("", "curly black hair"),
        ("a ", "shaved head"), ("", "blond hair"), ("", "dreadlocks"), ("a ", "beard"),
        ("", "braids"), ("a ", "gray ponytail"), ("", "bleached hair")]
EYES = ["brown eyes", "green eyes", "blue eyes", "hazel eyes", "one blue eye and one brown"]
MARKS = [("a ", "scar across his chin"), ("a ", "tattoo on her left arm"),
         ("a ", "birthmark on his neck"), ("a ", "limp"), ("a ", "missing front tooth"),
         ("", "freckles"), ("a ", "nose ring"), ("a ", "tattoo of a rose on his hand"),
         ("a ", "lazy eye"), ("a ", "prosthetic leg")]
BUILDS = ["slim", "heavyset", "stocky", "tall and thin", "petite", "muscular", "overweight",
          "really skinny"]
DISAB = [("", "deaf"), ("", "hard of hearing"), ("", "blind in one eye"), ("", "legally blind"),
         ("", "in a wheelchair"), ("", "paralyzed from the waist down"), ("an ", "amputee"),
         ("", "nonverbal")]
PETS = ["Rex", "Biscuit", "Luna", "Pepper", "Max", "Coco", "Shadow", "Peanut", "Mittens", "Bruno",
        "Goldie", "Oreo", "Chewie", "Princess"]
TEACHERS = ["Mrs. Henderson", "Mr. Pruitt", "Ms. Okonkwo", "Miss Lavender", "Mr. Baptiste",
            "Mrs. Albright"]
SEC_STREETS = ["Maple Street", "Delancey", "Wisteria Lane", "Crescent Avenue", "Old Orchard Road",
               "Bayview"]
SECWORDS = ["pineapple", "blue heron", "galaxy", "Tinkerbell", "marmalade", "Rosebud", "thunder",
            "kiwi", "Bluebonnet"]
BIRTHCITIES = ["Toledo", "Lagos", "Manila", "Cork", "Ponce", "Kalamazoo", "Pune", "Tulsa"]
PW_WORDS = ["sunshine", "bluedog", "maple", "tigers", "rocket", "pumpkin", "falcon", "alfalfa",
            "coffee", "summer", "dragon", "mango", "buster", "lakers", "cookie", "jasmine"]
SYMS = [("!", "exclamation point"), ("#", "hashtag"), ("%", "percent sign"), ("$", "dollar sign"),
        ("@", "at sign"), ("*", "star"), ("&", "and sign"), ("_", "underscore")]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com",
                 "comcast.net", "proton.me", "sbcglobal.net", "yahoo.co.uk", "live.ca",
                 "verizon.net", "gmx.de", "rediffmail.com", "mail.com"]
WORK_DOMAINS = ["acmeplumbing.com", "riversidedental.org", "okaforlaw.com", "brightpath.io",
                "northshorerealty.net", "sunvalleyschools.org"]
URL_BASES = ["spectrum.com/outages", "cityofboise.org/permits", "irs.gov/refunds",
             "ssa.gov/myaccount", "pay.duke-energy.com", "kp.org/mychart", "dmv.ca.gov/portal",
             "help.shopify.com/en/manual", "bit.ly/3xK9fQ2", "mountsinai.org/patients",
             "forms.gle/7XcPqLm", "canada.ca/en/services", "gov.uk/renew-passport",
             "myaccount.xfinity.com", "fedex.com/tracking", "healthcare.gov/apply",
             "zillow.com/homedetails", "studentaid.gov", "usps.com/manage", "linktr.ee/chefrosa",
             "venmo.com/u/dale-m", "docs.google.com/forms", "acmeplumbing.com/schedule",
             "smilesbydrkim.com/new-patients", "returns.target.com", "unemployment.ohio.gov"]
FILE_STEMS = ["resume_2024", "lease_signed", "IMG_4471", "invoice-3321", "W2_scan",
              "insurance_card_front", "Q3 budget final", "medical_records", "claim_photos",
              "passport_scan", "birth_certificate", "meeting_notes", "floorplan_v2",
              "bank_statement_march", "DSC00817", "tax_return_2022", "cover-letter",
              "Screenshot 2024-05-02", "payroll_export", "proof_of_address", "vaccine_card",
              "accident_report", "estimate_final_FINAL", "kitchen-remodel"]
FILE_EXTS = [".pdf", ".docx", ".jpg", ".HEIC", ".xlsx", ".png", ".txt", ".csv", ".zip", ".mp4",
             ".pages", ".doc", ".jpeg", ".mov"]
PATHS = ["Documents/Taxes/2019/w2_scan.pdf", "Taxes/2012/brad-tax-returns.pdf",
         "C:\\Users\\maria\\Desktop\\lease.pdf", "Downloads/claim_photos.zip",
         "/home/dev/config.yaml", "Desktop/old stuff/resume_v3.docx",
         "Pictures/2023/car_damage_01.jpg", "shared drive/HR/onboarding_packet.pdf",
         "OneDrive/Medical/lab_results_june.pdf", "Dropbox/school/essay_final.docx"]


# ---------------------------------------------------------------- segment helpers
def S(pol, text):
    return [(text, pol)]


def L(text):
    return [(text, None)]


def art(pol, pair):
    pre, val = pair
    return ([(pre, None)] if pre else []) + [(val, pol)]


def a_an(word):
    return "an " if word[0].lower() in "aeiou" or word.startswith(("MRI", "X-", "EKG", "EMT", "IT ")) else "a "


# ---------------------------------------------------------------- value generators
US_AREAS = ["415", "212", "312", "713", "305", "617", "206", "404", "602", "720", "503", "919",
            "615", "702", "808", "816", "210", "347", "646", "469", "786", "971", "832", "901",
            "614", "313", "718", "408", "470", "267"]


def gen_phone():
    area = ch(US_AREAS)
    if p(0.5):
        ex, line = "555", "01" + digits(2)
    else:
        ex, line = str(R.randint(201, 989)), digits(4)
        if ex[1:] == "11":
            ex = "555"
    r = R.random()
    if r < 0.12:
        return f"({area}) {ex}-{line}"
    if r < 0.24:
        return f"{area}-{ex}-{line}"
    if r < 0.28:
        return f"{area}.{ex}.{line}"
    if r < 0.33:
        return f"1-{ch(['800', '888', '877', '866'])}-{ex}-{line}"
    if r < 0.37:
        return f"+1 {area} {ex} {line}"
    if r < 0.41:
        return f"{ex}-{line}"
    if r < 0.58:
        return say_groups([area, ex, line])
    if r < 0.62:
        tf = ch(["eight hundred", "eight eight eight", "eight seven seven", "eight six six"])
        return ch(["one ", "one, ", ""]) + tf + ", " + say_groups([ex, line])
    if r < 0.65:
        return say_groups([ex, line])
    intl = ch(["uk_m", "uk_l", "in", "au", "mx", "ph", "de", "ng", "br", "fr", "uk_sp", "ph_sp",
               "ng_sp", "in_sp"])
    if intl == "uk_m":
        return ch(["07" + digits(3) + " " + digits(6), "+44 7" + digits(3) + " " + digits(6)])
    if intl == "uk_l":
        return ch(["+44 20 7946 0" + digits(3), "020 7946 0" + digits(3), "0161 496 0" + digits(3)])
    if intl == "in":
        return f"+91 9{digits(4)} {digits(5)}"
    if intl == "au":
        return ch([f"04{digits(2)} {digits(3)} {digits(3)}", f"+61 4{digits(2)} {digits(3)} {digits(3)}"])
    if intl == "mx":
        return f"+52 55 {digits(4)} {digits(4)}"
    if intl == "ph":
        return ch([f"+63 9{digits(2)} {digits(3)} {digits(4)}", f"09{digits(2)} {digits(3)} {digits(4)}"])
    if intl == "de":
        return f"+49 30 {digits(8)}"
    if intl == "ng":
        return ch([f"+234 80{digits(1)} {digits(3)} {digits(4)}", f"080{digits(1)} {digits(3)} {digits(4)}"])
    if intl == "br":
        return f"+55 11 9{digits(4)}-{digits(4)}"
    if intl == "fr":
        return "+33 6 " + " ".join(digits(2) for _ in range(4))
    if intl == "uk_sp":
        return say_groups(["07" + digits(3), digits(6)])
    if intl == "ph_sp":
        return "plus six three, " + say_groups(["9" + digits(2), digits(3), digits(4)])
    if intl == "ng_sp":
        return say_groups(["080" + digits(1), digits(3), digits(4)])
    return "plus nine one, " + say_groups(["9" + digits(4), digits(5)])


CTX = {}
NET_NAMES = {"visa": ["Visa"], "mc": ["Mastercard", "MasterCard"], "amex": ["Amex", "American Express"],
             "disc": ["Discover"]}


def card_digits(kind=None):
    kind = kind or CTX.get("card") or ch(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        return luhn_complete("4" + digits(14))
    if kind == "mc":
        pre = ch(["51", "52", "53", "54", "55", "2221", "2720"])
        return luhn_complete(pre + digits(15 - len(pre)))
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]) + digits(12))
    return luhn_complete("6011" + digits(11))


def gen_cc():
    num = card_digits()
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    r = R.random()
    if r < 0.35:
        return " ".join(groups)
    if r < 0.45:
        return "-".join(groups)
    if r < 0.55:
        return num
    return say_groups(groups, dbl=p(0.2))


def gen_cc4():
    d = digits(4)
    return d if p(0.6) else say_digits(d, ch(["oh", "zero"]), p(0.3))


def gen_cvv(n=3):
    d = digits(n)
    return d if p(0.55) else say_digits(d, ch(["oh", "zero", "zero"]), p(0.3))


def gen_exp():
    m = R.randint(1, 12)
    y = R.randint(2025, 2033)
    yy = y % 100
    r = R.random()
    if r < 0.25:
        return f"{m:02d}/{yy:02d}"
    if r < 0.33:
        return f"{m:02d}/{y}"
    if r < 0.38:
        return f"{m}/{yy:02d}"
    if r < 0.5:
        return f"{MONTHS[m - 1]} {y}"
    if r < 0.56:
        return f"{MONTHS[m - 1]} of {y}"
    if r < 0.62:
        return f"{MONTHS[m - 1]} {year_words(y)}"
    mw = ("oh " + ONES[m] if m < 10 and p(0.7) else ("zero " + ONES[m] if m < 10 else n2w(m)))
    yw = n2w(yy)
    return ch([f"{mw} {yw}", f"{mw}, {yw}", f"{mw} slash {yw}", f"{mw} {yw}"])


def ssn_digits():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


def gen_ssn():
    a, g, s = ssn_digits()
    r = R.random()
    if r < 0.4:
        return f"{a}-{g}-{s}"
    if r < 0.48:
        return f"{a} {g} {s}"
    if r < 0.53:
        return a + g + s
    return say_groups([a, g, s])


def gen_ssn4():
    s = f"{R.randint(1, 9999):04d}"
    return s if p(0.55) else say_digits(s, ch(["oh", "zero"]), p(0.3))


def maybe_spoken(code, prob=0.35):
    return say_code(code) if p(prob) else code


def gen_acct():
    r = R.random()
    if r < 0.15:
        v = f"{letters(2)}-{digits(4)}-{digits(4)}"
    elif r < 0.3:
        v = nz_digits(10)
    elif r < 0.42:
        v = f"{digits(4)} {digits(4)} {digits(4)}"
    elif r < 0.52:
        v = f"ACC-{digits(4)}-{digits(4)}"
    elif r < 0.62:
        v = f"{digits(4)}-{digits(3)}-{digits(2)}"
    elif r < 0.7:
        v = f"{letters(2)}{digits(8)}"
    else:
        return say_groups([digits(4), digits(3), digits(3)])
    return maybe_spoken(v, 0.25)


def gen_acct4():
    d = digits(4)
    return d if p(0.6) else say_digits(d, "oh", p(0.3))


def gen_policy():
    r = R.random()
    if r < 0.2:
        v = f"{letters(2)}-{digits(8)}"
    elif r < 0.35:
        v = f"{digits(7)}-{digits(2)}"
    elif r < 0.5:
        v = f"{letters(3)} {digits(4)} {digits(4)}"
    elif r < 0.62:
        v = f"{digits(3)} {digits(4)}-{letters(1)}{digits(2)}-{digits(2)}"
    elif r < 0.72:
        v = f"{letters(2)}-{digits(4)}-{digits(4)}"
    else:
        v = nz_digits(10)
        return say_groups([v[:3], v[3:6], v[6:]]) if p(0.6) else v
    return maybe_spoken(v, 0.3)


def gen_loan():
    r = R.random()
    if r < 0.3:
        v = f"LN-{R.randint(2012, 2024)}-{digits(6)}"
    elif r < 0.55:
        v = "00" + digits(8)
    elif r < 0.75:
        v = f"{digits(4)}-{digits(5)}-{digits(2)}"
    else:
        v = nz_digits(10)
        return say_groups([v[:5], v[5:]])
    return maybe_spoken(v, 0.3)


def gen_loyalty():
    r = R.random()
    if r < 0.4:
        v = f"{digits(4)} {digits(4)} {digits(4)}"
    elif r < 0.6:
        v = f"RW-{digits(8)}"
    elif r < 0.8:
        v = nz_digits(11)
    else:
        return say_groups([digits(3), digits(3), digits(4)])
    return maybe_spoken(v, 0.2)


def gen_ff():
    v = ch([f"{letters(2)}{digits(2)}{letters(1)}{digits(3)}", nz_digits(10), f"{digits(3)} {digits(3)} {digits(3)}",
            f"{letters(3)}{digits(6)}"])
    return maybe_spoken(v, 0.35)


def gen_member():
    v = ch([f"{digits(3)} {digits(4)} {digits(4)}", nz_digits(12), f"M{digits(8)}", f"{digits(4)}-{digits(6)}"])
    return maybe_spoken(v, 0.3)


def aba_digits():
    first2 = ch(list(range(1, 13)) + list(range(21, 33)))
    d = f"{first2:02d}" + digits(6)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(x) * y for x, y in zip(d, w))
    return d + str((10 - s % 10) % 10)


def gen_routing():
    d = aba_digits()
    r = R.random()
    if r < 0.55:
        return d
    if r < 0.62:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    return say_groups([d[:3], d[3:6], d[6:]], sep=ch([", ", " ", " "]))


def gen_bankacct():
    n = R.randint(8, 12)
    d = nz_digits(n)
    r = R.random()
    if r < 0.5:
        return d
    if r < 0.6:
        return f"{d[:4]} {d[4:8]} {d[8:]}".strip()
    k = len(d) // 2
    return say_groups([d[:k], d[k:]])


def iban_make(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"


def gen_iban():
    k = ch(["DE", "GB", "NL", "ES", "IE", "FR", "PT", "IT"])
    if k == "DE":
        ib = iban_make("DE", digits(18))
    elif k == "GB":
        ib = iban_make("GB", ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14))
    elif k == "NL":
        ib = iban_make("NL", ch(["ABNA", "INGB", "RABO"]) + digits(10))
    elif k == "ES":
        ib = iban_make("ES", digits(20))
    elif k == "IE":
        ib = iban_make("IE", ch(["AIBK", "BOFI"]) + digits(14))
    elif k == "FR":
        ib = iban_make("FR", digits(23))
    elif k == "PT":
        ib = iban_make("PT", digits(21))
    else:
        ib = iban_make("IT", letters(1) + digits(10) + digits(12))
    if p(0.6):
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if p(0.8):
        return ib
    return say_code(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)))


def gen_sortcode():
    a, b, c = digits(2), digits(2), digits(2)
    return f"{a}-{b}-{c}" if p(0.65) else say_groups([a, b, c])


def gen_ukacct():
    d = digits(8)
    return d if p(0.6) else say_groups([d[:4], d[4:]])


def gen_transit():
    d = digits(5)
    return d if p(0.6) else say_digits(d, "zero", p(0.3))


def gen_inst():
    d = ch(["001", "002", "003", "004", "006", "010", "016", "815"])
    return d if p(0.6) else say_digits(d, ch(["oh", "zero"]))


def gen_bankacct4():
    d = digits(4)
    return d if p(0.6) else say_digits(d, "oh", p(0.3))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi():
    c = [str(R.randint(1, 9)), R.choice(MBI_L), R.choice(MBI_L + "0123456789"), str(R.randint(0, 9)),
         R.choice(MBI_L), R.choice(MBI_L + "0123456789"), str(R.randint(0, 9)), R.choice(MBI_L),
         R.choice(MBI_L), str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(c)
    v = ch([f"{s[:4]}-{s[4:7]}-{s[7:]}", s, f"{s[:4]} {s[4:7]} {s[7:]}"])
    return maybe_spoken(v, 0.35)


def gen_hcid():
    r = R.random()
    if r < 0.2:
        v = "W" + digits(9)
    elif r < 0.38:
        v = letters(3) + digits(9)
    elif r < 0.5:
        v = "H" + digits(8)
    elif r < 0.6:
        v = f"{letters(3)} {digits(3)} {digits(3)} {digits(3)}"
    elif r < 0.7:
        v = nz_digits(9) + "-01"
    elif r < 0.8:
        v = "U" + digits(10)
    else:
        v = f"{letters(2)}{digits(4)} {digits(4)} {digits(2)}"
    return maybe_spoken(v, 0.35)


def gen_medicaid():
    v = ch([digits(8) + letters(1), nz_digits(10), nz_digits(12), f"{letters(2)}{digits(5)}{letters(1)}"])
    return maybe_spoken(v, 0.35)


def gen_mrn():
    v = ch(["00" + digits(6), nz_digits(7), "E" + digits(7), f"{digits(3)}-{digits(2)}-{digits(2)}", nz_digits(9)])
    return maybe_spoken(v, 0.35)


def gen_nhs():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            break
    n = "".join(map(str, d)) + str(c)
    return ch([f"{n[:3]} {n[3:6]} {n[6:]}", say_groups([n[:3], n[3:6], n[6:]])])


def gen_ohip():
    v = f"{digits(4)}-{digits(3)}-{digits(3)}-{letters(2)}"
    return maybe_spoken(v, 0.3)


def gen_group():
    v = ch([f"GRP-{digits(6)}", "00" + digits(6), nz_digits(5), f"{digits(6)}-{digits(3)}", letters(1) + digits(5)])
    return maybe_spoken(v, 0.3)


def gen_hcpolicy():
    v = ch([f"{digits(4)}-{digits(3)}-{digits(3)}-{letters(2)}", f"{letters(3)}{digits(9)}",
            f"{digits(3)}-{digits(4)}-{digits(3)}"])
    return maybe_spoken(v, 0.3)


def gen_dl():
    k = ch(["ca", "ny", "fl", "tx", "il", "wa", "pa", "nj", "mi", "on", "ca", "tx"])
    if k == "ca":
        v = letters(1) + digits(7)
    elif k == "ny":
        v = f"{digits(3)} {digits(3)} {digits(3)}"
    elif k == "fl":
        v = f"{letters(1)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}"
    elif k == "tx":
        v = nz_digits(8)
    elif k == "il":
        v = f"{letters(1)}{digits(3)}-{digits(4)}-{digits(4)}"
    elif k == "wa":
        v = "WDL" + alnum(9)
    elif k == "pa":
        v = f"{digits(2)} {digits(3)} {digits(3)}"
    elif k == "nj":
        v = f"{letters(1)}{digits(4)} {digits(5)} {digits(5)}"
    elif k == "mi":
        v = f"{letters(1)} {digits(3)} {digits(3)} {digits(3)} {digits(3)}"
    else:
        v = f"{letters(1)}{digits(4)}-{digits(5)}-{digits(5)}"
    return maybe_spoken(v, 0.35)


def gen_dl_uk():
    sur = ascii_lower(ch(LAST)).upper()[:5].ljust(5, "9")
    mm = R.randint(1, 12) + ch([0, 50])
    v = f"{sur}{R.randint(4, 9)}{mm:02d}{R.randint(1, 28):02d}{R.randint(0, 9)}{letters(2)}9{letters(2)}"
    return maybe_spoken(v, 0.2)


def gen_pp():
    k = ch(["us", "us2", "uk", "ca", "in", "de", "mx", "ph", "au", "fr", "ng"])
    v = {"us": lambda: nz_digits(9), "us2": lambda: letters(1) + digits(8), "uk": lambda: nz_digits(9),
         "ca": lambda: letters(2) + digits(6), "in": lambda: letters(1) + digits(7),
         "de": lambda: "C" + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789"), "mx": lambda: "G" + digits(8),
         "ph": lambda: "P" + digits(7) + letters(1), "au": lambda: "PA" + digits(7),
         "fr": lambda: digits(2) + letters(2) + digits(5), "ng": lambda: "A" + digits(8)}[k]()
    return maybe_spoken(v, 0.35)


def gen_ppcard():
    return maybe_spoken("C" + digits(8), 0.35)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_digits():
    wmi = ch(["1HG", "1FT", "JTD", "5YJ", "WVW", "KNA", "2T1", "3VW", "1C4", "JN1", "5NP", "4S4", "WBA", "1G1"])
    body = wmi + alnum(5, VIN_CHARS) + "0" + ch("ABCDEFGHJKLMNPRSTVWXY123456789") + ch(VIN_CHARS[:23]) + digits(6)
    tot = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else VIN_TR[c]
        tot += v * VIN_W[i]
    r = tot % 11
    return body[:8] + ("X" if r == 10 else str(r)) + body[9:]


def gen_vin():
    v = vin_digits()
    return v if p(0.7) else say_code(v)


def gen_vin6():
    d = digits(6)
    return d if p(0.5) else say_digits(d, ch(["oh", "zero"]), p(0.3))


def gen_plate():
    k = ch(["ca", "ny", "tx", "fl", "on", "gen", "sp", "sp"])
    if k == "ca":
        v = f"{R.randint(1, 9)}{letters(3)}{digits(3)}"
    elif k == "ny":
        v = f"{letters(3)}-{digits(4)}"
    elif k == "tx":
        v = f"{letters(3)}{digits(4)}"
    elif k == "fl":
        v = f"{letters(3)} {letters(1)}{digits(2)}"
    elif k == "on":
        v = f"{letters(4)} {digits(3)}"
    elif k == "gen":
        v = f"{letters(3)} {digits(3)}"
    else:
        v = ch([f"{R.randint(1, 9)}{letters(3)}{digits(3)}", f"{letters(3)}{digits(4)}"])
        return say_code(v)
    return v


def gen_plate_partial():
    v = letters(3) if p(0.6) else f"{R.randint(1, 9)}{letters(2)}"
    return no_art(ch([" ".join(v), v, say_code(v)]))


def gen_plate_uk():
    v = f"{letters(2)}{R.randint(10, 24)} {letters(3)}"
    return maybe_spoken(v, 0.3)


def gen_pw():
    w = ch(PW_WORDS)
    r = R.random()
    if r < 0.15:
        return f"temp{digits(4)}"
    if r < 0.3:
        return f"{R.randint(10, 99)}{ch(SYMS)[0]}{w}"
    if r < 0.5:
        return f"{w.capitalize()}{ch(SYMS)[0]}{R.randint(1990, 2025)}"
    if r < 0.62:
        return f"{w}_{ch(PW_WORDS)}{R.randint(1, 99)}"
    if r < 0.7:
        return alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") + ch(SYMS)[0] + alnum(5, "abcdefghjkmnpqrstuvwxyz23456789")
    # spoken
    sym, symname = ch(SYMS)
    num = R.randint(1, 99)
    numw = ch([n2w(num), say_digits(str(num))])
    cap = ch(["capital " + w[0].upper() + " " + w, w, "all lowercase " + w, w + " with a capital " + w[0].upper()])
    return f"{cap} {symname} {numw}"


def gen_pin():
    d = digits(ch([4, 4, 4, 6, 5]))
    return d if p(0.5) else say_digits(d, ch(["oh", "zero"]), p(0.4))


def gen_otp():
    d = digits(6)
    r = R.random()
    if r < 0.4:
        return d
    if r < 0.55:
        return f"{d[:3]} {d[3:]}"
    if r < 0.65:
        return f"{d[:3]}-{d[3:]}"
    return say_groups([d[:3], d[3:]], dbl=p(0.3))


def user_parts():
    f, l = ascii_lower(ch(FIRST)), ascii_lower(ch(LAST))
    k = ch(["fl", "f.l", "f_l", "iln", "word", "gamer", "fln"])
    n = str(R.choice([R.randint(1, 99), R.randint(1970, 2012)]))
    if k == "fl":
        return [(f[0], "letter"), (l, "word"), (n, "num")], ""
    if k == "f.l":
        return [(f, "word"), (".", "dot"), (l, "word"), (n, "num")] if p(0.5) else [(f, "word"), (".", "dot"), (l, "word")], ""
    if k == "f_l":
        return [(f, "word"), ("_", "us"), (l, "word")], ""
    if k == "iln":
        return [(f[0], "letter"), (l, "word")], ""
    if k == "word":
        a, b = ch(["night", "blue", "lucky", "coffee", "iron", "misty", "sunny", "wild"]), ch(["owl", "fox", "rider", "queen", "wolf", "bean", "moon"])
        return [(a, "word"), ("_", "us"), (b, "word"), ("_", "us"), (f[:3], "word")], ""
    if k == "gamer":
        a = ch(["Gamer", "Shadow", "Pixel", "Ninja", "Turbo"])
        b = ch(["Girl", "King", "Wolf", "Boss", "Cat"])
        return [(a, "word"), (b, "word"), ("_", "us"), (f"{R.randint(0, 99):02d}", "num")], ""
    return [(f, "word"), (l[0], "letter"), (n, "num")], ""


def render_user(parts, spoken):
    if not spoken:
        return "".join(t for t, _ in parts)
    out = []
    for t, k in parts:
        if k == "letter":
            out.append(t)
        elif k == "word":
            out.append(t.lower())
        elif k == "dot":
            out.append("dot")
        elif k == "us":
            out.append("underscore")
        else:
            n = int(t)
            out.append(ch([n2w(n) if n < 100 else year_words(n), say_digits(t, ch(["oh", "zero"]))]) if not t.startswith("0") else say_digits(t, "zero"))
    return no_art(" ".join(out))


def gen_user():
    parts, _ = user_parts()
    return render_user(parts, p(0.35))


def gen_handle():
    parts, _ = user_parts()
    if p(0.35):
        return "at " + render_user(parts, True)
    return "@" + render_user(parts, False)


def say_octet(n):
    if n < 100:
        return n2w(n)
    if p(0.5):
        return say_digits(str(n), "zero")
    h, r = divmod(n, 100)
    if r == 0:
        return ONES[h] + " hundred"
    if r < 10:
        return f"{ONES[h]} oh {ONES[r]}"
    return f"{ONES[h]} {n2w(r)}"


def gen_ip():
    k = ch(["192", "192", "10", "172", "pub", "pub", "dns"])
    if k == "192":
        o = [192, 168, ch([0, 1, 1, 2, 10, 100]), R.randint(1, 254)]
    elif k == "10":
        o = [10, R.randint(0, 20), R.randint(0, 255), R.randint(1, 254)]
    elif k == "172":
        o = [172, R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)]
    elif k == "dns":
        o = ch([[8, 8, 8, 8], [1, 1, 1, 1], [9, 9, 9, 9], [8, 8, 4, 4]])
    else:
        a = R.randint(23, 223)
        while a in (127, 10, 172, 192):
            a = R.randint(23, 223)
        o = [a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)]
    if p(0.6):
        return ".".join(map(str, o))
    return " dot ".join(say_octet(x) for x in o)


def gen_ipv6():
    hx = lambda: format(R.randint(0, 0xFFFF), "x")
    k = ch(["doc", "ll", "glob", "full"])
    if k == "doc":
        return f"2001:db8:{hx()}::{hx()}:{hx()}"
    if k == "ll":
        return f"fe80::{hx()}:{hx()}:{hx()}:{hx()}"
    if k == "glob":
        return f"2600:1700:{hx()}:{hx()}::{hx()}"
    return ":".join(format(R.randint(0, 0xFFFF), "04x") for _ in range(8))


# number_sequence generators
def ns(v, prob=0.3):
    return maybe_spoken(v, prob)


NSGEN = {
    "ord": lambda: ns(ch([f"{digits(3)}-{digits(7)}-{digits(7)}", f"W{nz_digits(10)}", f"ORD-{digits(5)}",
                          f"{R.randint(2022, 2025)}{digits(4)}-{digits(4)}", nz_digits(8), f"BBY01-{digits(12)}"]), 0.25),
    "conf": lambda: ns(ch([alnum(6), f"CNF {digits(4)} {digits(4)}", nz_digits(9), f"H{digits(7)}", alnum(8)]), 0.4),
    "trk": lambda: ns(ch([f"1Z{alnum(6)}{digits(10)}", " ".join(["9400"] + [digits(4) for _ in range(4)] + [digits(2)]),
                          f"{digits(4)} {digits(4)} {digits(4)}", nz_digits(10), f"{letters(2)}{digits(9)}GB",
                          nz_digits(16)]), 0.25),
    "case": lambda: ns(ch([f"CS-{digits(8)}", nz_digits(8), f"{R.randint(2022, 2025)}-{digits(6)}",
                           f"SR {digits(1)}-{digits(4)}-{digits(4)}", f"C{digits(7)}"]), 0.35),
    "tkt": lambda: ns(ch([f"INC{digits(7)}", f"REQ{digits(7)}", f"TKT-{digits(5)}", digits(6), f"RITM{digits(7)}"]), 0.3),
    "claim": lambda: ns(ch([f"CLM-{R.randint(2022, 2025)}-{digits(5)}", f"{digits(4)}-{digits(4)}-{digits(2)}",
                            f"{nz_digits(7)}-01", f"{letters(2)}{digits(9)}", nz_digits(11)]), 0.35),
    "inv": lambda: ns(ch([f"INV-{digits(5)}", nz_digits(8), f"{R.randint(2023, 2025)}-{digits(4)}", f"A{digits(6)}"]), 0.3),
    "resv": lambda: ns(ch([f"R-{digits(6)}", nz_digits(8), alnum(7)]), 0.35),
    "pnr": lambda: ns(alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), 0.45),
    "flightno": lambda: ch([str(R.randint(100, 2999)), str(R.randint(10, 999)), n2w(R.randint(21, 99)) + " " + n2w(R.randint(10, 99))]),
    "flightcode": lambda: ch([f"{ch(['UA', 'AA', 'DL', 'WN', 'AC', 'BA', 'LH', 'EK', 'B6'])}{R.randint(10, 2999)}",
                              f"{ch(['UA', 'AA', 'DL', 'BA', 'AC'])} {R.randint(10, 2999)}"]),
    "emp": lambda: ns(ch([f"E{digits(5)}", "00" + digits(4), f"EMP-{digits(5)}", nz_digits(7), f"{letters(1)}{digits(6)}"]), 0.35),
    "stu": lambda: ns(ch([f"9{digits(8)}", f"A00{digits(6)}", f"S{digits(7)}", nz_digits(8)]), 0.4),
    "serial": lambda: ns(ch([f"5CD{digits(4)}{letters(3)}", f"C02{alnum(9)}", f"SN-{alnum(4)}-{digits(4)}", f"{letters(2)}{digits(8)}",
                             f"{digits(2)}{letters(1)}{digits(6)}"]), 0.3),
    "gift": lambda: ns(ch([" ".join(digits(4) for _ in range(4)), "6006" + digits(15), f"{digits(4)}-{digits(4)}-{digits(4)}-{digits(4)}",
                           alnum(4) + "-" + alnum(6) + "-" + alnum(4)]), 0.3),
    "wo": lambda: ns(ch([f"WO-{digits(5)}", nz_digits(7), f"WO{R.randint(2023, 2025)}-{digits(4)}"]), 0.35),
    "permit": lambda: ns(ch([f"BP-{R.randint(2022, 2025)}-{digits(4)}", f"B{R.randint(22, 25)}-{digits(5)}", f"ROW-{digits(4)}",
                             f"{R.randint(2022, 2025)}-{digits(5)}-RES"]), 0.3),
    "apn": lambda: ns(ch([f"{digits(3)}-{digits(3)}-{digits(2)}", f"{digits(4)}-{digits(3)}-{digits(3)}-{digits(3)}",
                          f"{digits(2)}-{digits(2)}-{digits(3)}-{digits(3)}"]), 0.3),
    "notary": lambda: ns(ch([nz_digits(7), nz_digits(6), f"{R.randint(2019, 2025)}{digits(6)}"]), 0.35),
    "rma": lambda: ns(ch([f"RMA{digits(6)}", nz_digits(6), f"RMA-{digits(4)}-{digits(3)}"]), 0.3),
    "ref": lambda: ns(ch([f"REF{digits(5)}", f"{digits(4)}-{digits(4)}-{letters(1)}", alnum(10), nz_digits(12)]), 0.35),
    "lot": lambda: ns(ch([f"{digits(2)}{letters(1)}{digits(4)}", f"L{digits(4)}{letters(1)}", f"{digits(4)}-{digits(2)}",
                          f"{letters(2)}{digits(5)}"]), 0.35),
    "txn": lambda: ns(ch([f"TXN-{alnum(8)}", f"T{R.randint(2023, 2025)}{digits(8)}", nz_digits(12), alnum(16)]), 0.2),
    "po": lambda: ns(ch([f"PO-{digits(5)}", "45" + digits(8), f"{digits(4)}-{digits(3)}"]), 0.3),
    "docket": lambda: ns(ch([f"{R.randint(1, 9)}:{R.randint(20, 25)}-cv-{digits(5)}", f"{R.randint(20, 25)}-CR-{digits(4)}",
                             f"{R.randint(2022, 2025)}-{letters(2)}-{digits(6)}"]), 0.25),
    "uscis": lambda: ns(ch([f"EAC{digits(10)}", f"IOE{digits(10)}", f"MSC{digits(10)}", f"WAC{digits(10)}", f"LIN{digits(10)}"]), 0.3),
    "imei": lambda: (lambda d: ch([d, f"{d[:2]} {d[2:8]} {d[8:14]} {d[14]}", say_groups([d[:5], d[5:10], d[10:]])]))(luhn_complete("35" + digits(12))),
    "report": lambda: ns(ch([f"{R.randint(22, 25)}-{digits(6)}", f"P{R.randint(22, 25)}{digits(5)}", nz_digits(9),
                             f"RD{digits(6)}"]), 0.35),
    "badge": lambda: ns(ch([digits(4), f"B-{digits(4)}", nz_digits(6)]), 0.45),
    "cont": lambda: ns(ch(["MSCU", "MAEU", "TGHU", "CMAU", "HLXU"]) + digits(7), 0.3),
    "bol": lambda: ns(ch([nz_digits(8), f"BOL{digits(8)}", f"{letters(4)}{digits(9)}"]), 0.3),
    "eticket": lambda: ns(ch(["016", "001", "006", "014", "125"]) + digits(10), 0.35),
    "warranty": lambda: ns(ch([f"WR-{digits(4)}-{digits(4)}", nz_digits(10), f"{letters(3)}{digits(7)}"]), 0.3),
    "app": lambda: ns(ch([f"APP-{R.randint(2023, 2025)}-{digits(5)}", f"A{digits(7)}", nz_digits(10)]), 0.3),
    "raffle": lambda: ns(ch(["00" + digits(5), nz_digits(6), f"{letters(1)}-{digits(4)}"]), 0.45),
    "pickup": lambda: ns(ch([f"P-{digits(4)}", nz_digits(5), f"{letters(2)}{digits(4)}"]), 0.45),
    "ro": lambda: ns(ch([nz_digits(5), f"RO-{digits(6)}", nz_digits(7)]), 0.35),
    "quote": lambda: ns(ch([f"Q-{digits(5)}", f"QT{digits(7)}", f"{R.randint(2024, 2025)}-{digits(4)}"]), 0.3),
    "so": lambda: ns(ch([f"SO-{digits(7)}", nz_digits(8), f"SO{digits(6)}"]), 0.3),
    "efile": lambda: ns(ch([digits(6) + str(R.randint(2023, 2025)) + digits(3) + alnum(7).lower(), nz_digits(20)]), 0.1),
    "layaway": lambda: ns(ch([f"LW-{digits(5)}", nz_digits(6)]), 0.4),
    "job": lambda: ns(ch([f"J-{R.randint(22, 25)}-{digits(4)}", f"JOB{digits(5)}", nz_digits(6)]), 0.35),
    "foia": lambda: ns(ch([f"FOIA-{R.randint(2023, 2025)}-{digits(5)}", f"{R.randint(2023, 2025)}-{letters(3)}-{digits(5)}"]), 0.25),
    "bagclaim": lambda: ns(ch([f"{letters(3)}{letters(2)}{digits(5)}", f"{letters(3)}{digits(6)}"]), 0.35),
    "member_staff": lambda: ns(ch([f"ST{digits(6)}", nz_digits(6), f"{letters(2)}-{digits(5)}"]), 0.35),
    "meter": lambda: ns(ch([nz_digits(9), f"{letters(1)}{digits(8)}", f"{digits(2)}-{digits(6)}"]), 0.35),
    "booking": lambda: ns(ch([nz_digits(10), f"{letters(2)}{digits(8)}", alnum(8)]), 0.35),
    "cert": lambda: ns(ch([f"{letters(2)}-{digits(6)}", nz_digits(8), f"{R.randint(2015, 2024)}-{digits(5)}"]), 0.3),
}


def gen_age(lo=18, hi=92):
    a = R.randint(lo, hi)
    return str(a) if p(0.5) else n2w(a)


def gen_dob():
    y = R.randint(1935, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    r = R.random()
    if r < 0.2:
        return L(""), f"{MONTHS[m - 1]} {d}, {y}"
    if r < 0.35:
        return L(""), f"{m:02d}/{d:02d}/{y}"
    if r < 0.45:
        return L(""), f"{m}/{d}/{y % 100:02d}"
    if r < 0.58:
        return L(""), f"{MONTHS[m - 1]} {ordw(d)}, {year_words(y)}"
    if r < 0.65:
        return L(""), f"{m:02d}-{d:02d}-{y}"
    if r < 0.72:
        return L("the "), f"{ordw(d)} of {MONTHS[m - 1]}, {y}"
    if r < 0.8:
        return L(""), f"{d} {MONTHS[m - 1]} {y}"
    if r < 0.9:
        mw = ("oh " + ONES[m]) if m < 10 else n2w(m)
        dw = ("oh " + ONES[d]) if d < 10 else n2w(d)
        return L(""), f"{mw}, {dw}, {year_words(y) if p(0.5) else n2w(y % 100) if y % 100 >= 10 else 'oh ' + ONES[y % 100]}"
    return L(""), f"{MONTHS[m - 1]} {ordnum(d)} {y}"


def gen_date():
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    r = R.random()
    if r < 0.2:
        return f"{MONTHS[m - 1]} {d}"
    if r < 0.35:
        return f"{MONTHS[m - 1]} {ordnum(d)}"
    if r < 0.47:
        return f"{m}/{d}"
    if r < 0.57:
        return f"{MONTHS[m - 1]} {d}, {R.randint(2023, 2026)}"
    if r < 0.7:
        return f"{MONTHS[m - 1]} {ordw(d)}"
    if r < 0.85:
        return ch(WEEKDAYS)
    return f"{ch(WEEKDAYS)} the {ordnum(d)}"


def gen_ordday():
    d = R.randint(1, 31)
    return ordnum(d) if p(0.6) else ordw(d)


def gen_dur():
    opts = [lambda: f"{n2w(R.randint(2, 12))} weeks", lambda: f"{ch([15, 20, 30, 45, 90])} minutes",
            lambda: f"{n2w(R.randint(2, 11))} months", lambda: f"{n2w(R.randint(2, 30))} years",
            lambda: f"{ch([30, 60, 90])} days", lambda: "one hour", lambda: "two and a half hours",
            lambda: "five to seven business days", lambda: "24 hours", lambda: f"{R.randint(2, 18)} months",
            lambda: f"{n2w(R.randint(2, 14))} days", lambda: "forty five minutes", lambda: "three hours",
            lambda: "six weeks", lambda: "18 months", lambda: "ten business days", lambda: "one year"]
    return ch(opts)()


def gen_time():
    opts = [lambda: f"{R.randint(1, 12)}pm EST", lambda: f"{n2w(R.randint(5, 11))} in the morning", lambda: "noon",
            lambda: f"{R.randint(1, 12)}:{ch(['00', '15', '30', '45'])}", lambda: f"{n2w(R.randint(1, 12))} {ch(['fifteen', 'thirty', 'forty five'])} pm",
            lambda: f"{R.randint(7, 11)} a.m.", lambda: f"{R.randint(1, 9)}:{ch(['15', '30', '45', '05'])} p.m.",
            lambda: f"quarter past {n2w(R.randint(1, 12))}", lambda: f"{n2w(R.randint(1, 12))} o'clock",
            lambda: f"{R.randint(7, 10)}:{ch(['00', '30'])} Eastern", lambda: f"{R.randint(13, 22)}:{ch(['00', '30', '45'])}",
            lambda: f"{n2w(R.randint(5, 9))} thirty in the evening", lambda: "midnight",
            lambda: f"{R.randint(1, 11)}am Pacific", lambda: f"half past {n2w(R.randint(1, 12))}"]
    return ch(opts)()


def gen_timerange():
    return ch([f"{n2w(a)} and {n2w(a + R.randint(2, 4))}" for a in [1, 2, 9]] +
              [f"{a} and {a + 2} a.m." for a in [7, 8, 9]] + [f"{a} and {a + 3} pm" for a in [1, 2, 3]] +
              [f"{a}:30 and {a + 1}:30" for a in [3, 4]])


def gen_money():
    opts = [lambda: f"${R.randint(5, 999)}.{R.randint(0, 99):02d}", lambda: f"${R.randint(1, 9)},{R.randint(0, 999):03d}",
            lambda: f"${R.randint(10, 500)}", lambda: f"{n2w(R.randint(12, 90))} dollars",
            lambda: f"{n2w(ch([15, 20, 35, 40, 60]))} bucks", lambda: f"£{R.randint(20, 900)}",
            lambda: f"€{R.randint(10, 2000):,}", lambda: f"{R.randint(200, 5000)} pesos",
            lambda: f"{n2w(ch([200, 500, 800]))} rupees", lambda: f"{R.randint(20, 300)} Canadian dollars",
            lambda: f"{n2w(ch([50, 80, 120]))} euros", lambda: f"{n2w(ch([20, 40, 50]))} quid",
            lambda: f"{n2w(R.randint(2, 12))} hundred dollars", lambda: f"${R.randint(1, 99)}.99"]
    return ch(opts)()


def gen_money_bare():
    return ch(["eleven thousand four hundred", f"{R.randint(1, 9)},{R.randint(100, 999)}", "three hundred and twelve",
               f"{R.randint(1, 3)},{R.randint(100, 999)}.{R.randint(10, 99)}", "two eighty five", "fourteen hundred"])


def gen_money_neg():
    return ch([f"negative ${R.randint(5, 300)}", f"minus {R.randint(20, 400)} dollars", f"-${R.randint(5, 99)}.{R.randint(10, 99)}",
               f"negative {n2w(R.randint(20, 90))} dollars"])


def gen_pct():
    return ch([f"{R.randint(2, 98)}%", f"{R.randint(5, 95)} percent", f"{n2w(R.randint(5, 95))} percent",
               f"{R.randint(1, 9)}.{R.randint(1, 9)}%", "100 percent"])


def gen_bp():
    s, d = R.randint(105, 185), R.randint(62, 110)
    return ch([f"{s} over {d}", f"{s}/{d}", f"{say_octet(s)} over {n2w(d)}"])


def gen_a1c():
    v = R.randint(55, 115)
    return ch([f"{v // 10}.{v % 10}", f"{n2w(v // 10)} point {n2w(v % 10)}"])


def gen_rate():
    return ch(["one in five", "two out of three", "one in a thousand", "one in ten", "three in four", "one out of every hundred"])


# ---------------------------------------------------------------- slots
def name_full():
    r = R.random()
    f, l = ch(FIRST), ch(LAST)
    if r < 0.55:
        return f"{f} {l}"
    if r < 0.65:
        return f"{f} {ch('ABCDEJKLMRST')}. {l}"
    if r < 0.85:
        return f"{ch(['Mr.', 'Mrs.', 'Ms.', 'Miss'])} {l}"
    return f
    

def name_dr():
    f, l = ch(FIRST), ch(LAST)
    return ch([f"Dr. {l}", f"Dr. {f} {l}", f"Dr. {f} {l}, MD", f"Dr. {l}"])


def spelled(word):
    lt = [c.upper() for c in ascii_lower(word)]
    return ch([" ".join(lt), "-".join(lt), ", ".join(lt) if len(lt) < 7 else " ".join(lt)])


def slot_last_spelled():
    l = ch([x for x in LAST if re.fullmatch(r"[A-Za-z]+", x)])
    return S("person_name", l) + L(ch([", ", ", that's ", ", spelled ", ". "])) + S("person_name", spelled(l))


def slot_first_spelled():
    f = ch([x for x in FIRST if re.fullmatch(r"[A-Za-z]+", x)])
    return S("person_name", f) + L(ch([", ", ", that's ", ", spelled "])) + S("person_name", spelled(f))


def slot_addr():
    num = R.randint(3, 9899)
    nums = str(num) if p(0.75) else (n2w(num) if num < 100 else
                                      (n2w(num // 100) + " " + (n2w(num % 100) if num % 100 >= 10 else "oh " + ONES[num % 100] if num % 100 else "hundred")))
    st = ch(STREETS)
    unit = ch(["", "", "", f", apartment {R.randint(1, 40)}", f", Apt {R.randint(1, 9)}{ch('ABCD')}",
               f" unit {R.randint(1, 300)}", f", suite {R.randint(1, 9)}00"])
    v = f"{nums} {st}{unit}"
    return S("location", v)


def slot_csz():
    c, st, z = ch(CITY_ST_ZIP)
    zz = z + digits(2)
    if p(0.2):
        zz = say_digits(zz, ch(["oh", "zero"]))
    return S("location", c) + L(", " if p(0.8) else " ") + S("location", st) + L(" ") + S("location", zz)


def slot_zip():
    z = ch(CITY_ST_ZIP)[2] + digits(2)
    r = R.random()
    if r < 0.5:
        return S("location", z)
    if r < 0.65:
        return S("location", z + "-" + digits(4))
    if r < 0.8:
        return S("location", say_digits(z, ch(["oh", "zero"])))
    return S("location", ch(["M5V 2T6", "SW1A 1AA", "T2P 1J9", "M1 1AE", "H3Z 2Y7"]))


def f_slot():
    if p(0.55):
        return L("")
    return L(ch([", uh,", ", um,", " uh", ", you know,", ", let me see,", " um", "...", ", okay,",
                 ", hold on,", ", uh, it's", " like", ", mm,"]))


def F_slot():
    if p(0.45):
        return L("")
    return L(ch(["Um, ", "Uh, ", "So ", "Okay so ", "Yeah, ", "Right, ", "Well, ", "Hi, ", "Yes, ",
                 "Mm-hmm, ", "Uh, yeah, ", "Oh, ", "Okay, ", "Alright, so ", "Yeah so ", "Sorry, ",
                 "Hello, ", "Hey, ", "Um, okay, ", "You know, ", "Okay um ", "Uh so "]))


def Fb_slot():
    if p(0.35):
        return L("")
    return L(ch(["Uh, ", "Um, ", "Yeah, ", "It's ", "Yes, it's ", "Sure, ", "Okay, ", "Mm-hmm, ",
                 "Yeah, it's ", "Uh, it's ", "Let me see, ", "Hold on... "]))


def lex(pol, pool):
    return lambda: S(pol, ch(pool))


def gen_year():
    return str(R.randint(1998, 2025)) if p(0.7) else year_words(R.randint(1998, 2025))


SLOTS = {
    "F": F_slot, "f": f_slot, "Fb": Fb_slot,
    # people
    "name": lambda: S("person_name", name_full()),
    "first": lex("person_name", FIRST),
    "last": lex("person_name", LAST),
    "mrname": lambda: S("person_name", f"{ch(['Mr.', 'Mrs.', 'Ms.', 'Miss'])} {ch(LAST)}"),
    "drname": lambda: S("person_name", name_dr()),
    "last_spelled": slot_last_spelled,
    "first_spelled": slot_first_spelled,
    # organizations
    "bank": lex("organization", BANKS), "auto_ins": lex("organization", AUTO_INS),
    "health_ins": lex("organization", HEALTH_INS), "hospital": lex("organization", HOSPITALS),
    "telco": lex("organization", TELCOS), "airline": lex("organization", AIRLINES),
    "cardnet": lambda: S("organization", ch(NET_NAMES[CTX["card"]])), "amex": lex("organization", ["Amex", "American Express"]),
    "carrier": lex("organization", CARRIERS), "retailer": lex("organization", RETAILERS),
    "carmaker": lex("organization", CARMAKERS), "agency": lex("organization", AGENCIES),
    "agency_police": lex("organization", POLICE), "school": lex("organization", SCHOOLS),
    "utility": lex("organization", UTILITIES), "social": lex("organization", SOCIAL),
    "company": lex("organization", COMPANIES), "medicare": lambda: S("organization", "Medicare"),
    "medicaid_org": lex("organization", ["Medicaid", "Medi-Cal", "MassHealth", "TennCare", "Medicaid"]),
    "nhs_org": lambda: S("organization", "NHS"), "uscis_org": lambda: S("organization", "USCIS"),
    # location
    "city": lex("location", CITIES), "city_us": lambda: S("location", ch(CITY_ST_ZIP)[0]),
    "mar_we": lex("marital_status", ["married", "separated", "engaged", "divorced", "legally married"]), "state": lex("location", STATES), "country": lex("location", COUNTRIES),
    "addr": slot_addr, "csz": slot_csz, "zip": slot_zip, "landmark": lex("location", LANDMARKS),
    "airport": lex("location", AIRPORTS), "highway": lambda: art("location", ch(HIGHWAYS)),
    "street": lex("location", STREETS),
    # time
    "date": lambda: S("date", gen_date()), "weekday": lex("date", WEEKDAYS), "ordday": lambda: S("date", gen_ordday()),
    "dob": lambda: (lambda pre, v: pre + S("date_of_birth", v))(*gen_dob()),
    "year": lambda: S("date_interval", gen_year()),
    "month": lex("date_interval", MONTHS),
    "season_year": lambda: S("date_interval", f"{ch(SEASONS)} of {R.randint(2019, 2027)}"),
    "decade": lambda: S("date_interval", ch(["1990s", "80s", "seventies", "2000s", "nineties", "1960s", "early 2010s"])),
    "yrange": lambda: S("date_interval", (lambda y: ch([f"{y}-{y + 1}", f"{y}-{(y + 1) % 100:02d}", f"{year_words(y)} to {year_words(y + 1)}"]))(R.randint(2019, 2026))),
    "yrange_to": lambda: S("date_interval", (lambda y: f"{y} to {y + R.randint(2, 9)}")(R.randint(1995, 2016))),
    "monthyear": lambda: S("date_interval", f"{ch(MONTHS)} {R.randint(1984, 2024)}"),
    "drange": lambda: S("date_interval", ch(["September 1st to August 31st", "June 1 to May 31", "March through November",
                                             "January 15th to March 15th", "5-9 May", "May 3rd to May 10th"])),
    "dur": lambda: S("duration", gen_dur()),
    "dur_y": lambda: S("duration", ch([f"{n2w(R.randint(2, 30))} years", f"{R.randint(2, 30)} years", "six months", "eight months"])),
    "durA": lambda: S("duration", ch(["5-day", "two-week", "30-day", "three-day", "90-day", "six-month"])),
    "time": lambda: S("time", gen_time()), "timerange": lambda: S("time", gen_timerange()),
    # money and stats
    "money": lambda: S("money_amount", gen_money()), "money_bare": lambda: S("money_amount", gen_money_bare()),
    "money_neg": lambda: S("money_amount", gen_money_neg()),
    "pct": lambda: S("statistics", gen_pct()), "bp": lambda: S("statistics", gen_bp()),
    "a1c": lambda: S("statistics", gen_a1c()), "rate": lambda: S("statistics", gen_rate()),
    "chol": lambda: S("statistics", ch([str(R.randint(160, 290)), n2w(R.randint(160, 290))])),
    "hr": lambda: S("statistics", ch([str(R.randint(48, 140)), n2w(R.randint(48, 99))])),
    "temp": lambda: S("statistics", ch([f"{R.randint(99, 104)}.{R.randint(1, 9)}", "one oh two", "one oh three point five", "39.4"])),
    "ox": lambda: S("statistics", ch([str(R.randint(84, 99)), f"{R.randint(84, 99)} percent", n2w(R.randint(84, 99)), f"{R.randint(84, 99)}%"])),
    # lexicon policies
    "bt": lex("blood_type", ["O-", "O+", "A+", "A-", "B+", "AB+", "AB positive", "O negative", "type A negative",
                             "B negative", "AB negative", "O neg", "type O negative", "type A positive", "B pos",
                             "O positive", "AB-"]),
    "occ": lex("occupation", OCCS),
    "a_occ": lambda: (lambda o: L(a_an(o)) + S("occupation", o))(ch(OCCS)),
    "occ_title": lex("occupation", OCC_TITLES),
    "cop": lex("occupation", ["officer", "trooper", "deputy", "cop", "police officer"]),
    "doc": lex("occupation", DOCS),
    "a_interp": lambda: ch([L("an ") + S("occupation", "interpreter"), L("a ") + S("occupation", "translator")]),
    "chaplain": lex("occupation", ["chaplain", "hospital chaplain", "chaplain on call"]),
    "nat": lex("nationality", NATS), "lang": lex("language", LANGS), "rel": lex("religion", RELS),
    "pol": lex("political_affiliation", POL_NOUNS), "pol_adj": lex("political_affiliation", POL_ADJ),
    "party": lex("political_affiliation", PARTIES),
    "mar": lex("marital_status", MARITAL), "exsp": lex("marital_status", EXSP),
    "mar_v": lex("marital_status", ["divorced", "married", "remarried"]),
    "gen": lex("gender_sexuality", GENDERS), "gen_mf": lex("gender_sexuality", ["female", "male", "Female", "Male"]),
    "gen_nb": lex("gender_sexuality", ["nonbinary", "genderqueer", "non-binary", "agender"]),
    "gen_gs": lex("gender_sexuality", ["gay", "trans", "queer", "lesbian", "bi"]),
    "zod": lex("zodiac_sign", ZODIAC),
    "a_zod": lambda: (lambda z: L(a_an(z)) + S("zodiac_sign", z))(ch(ZODIAC)),
    "event": lambda: art("event", ch(EVENTS)),
    "drug": lex("drug", DRUGS), "dose": lambda: L(ch(DOSES)),
    "cond": lex("medical_condition", CONDS),
    "proc": lambda: S("medical_process", ch(PROCS)[1]), "a_proc": lambda: art("medical_process", ch(PROCS)),
    "proc_tx": lex("medical_process", PROC_TX),
    "inj_my": lambda: S("injury", ch(INJ_V).format(p="my")),
    "inj_his": lambda: S("injury", ch(INJ_V).format(p="his")),
    "a_inj_n": lambda: art("injury", ch(INJ_N)),
    "height": lex("physical_attribute", HEIGHTS), "weight": lex("physical_attribute", WEIGHTS),
    "hair": lambda: art("physical_attribute", ch(HAIR)), "eyes": lex("physical_attribute", EYES),
    "a_mark": lambda: art("physical_attribute", ch(MARKS)), "build": lex("physical_attribute", BUILDS),
    "disab": lambda: art("physical_attribute", ch(DISAB)),
    "age": lambda: S("person_age", gen_age()), "age_child": lambda: S("person_age", gen_age(2, 17)),
    "age_old": lambda: S("person_age", gen_age(70, 98)), "age_d": lambda: S("person_age", str(R.randint(19, 88))),
    # contact / digital
    "phone": lambda: S("phone_number", gen_phone()),
    "email": lambda: S("email_address", gen_email()),
    "url": lambda: S("url", gen_url()),
    "file": lambda: S("filename", gen_file()),
    "path": lambda: S("filename", gen_path()),
    "user": lambda: S("username", gen_user()), "handle": lambda: S("username", gen_handle()),
    "ip": lambda: S("ip_address", gen_ip()), "ipv6": lambda: S("ip_address", gen_ipv6()),
    # card / ids
    "cc": lambda: S("credit_card_number", gen_cc()), "cc4": lambda: S("credit_card_number", gen_cc4()),
    "cvv": lambda: S("credit_card_cvv", gen_cvv(3)), "cvv4": lambda: S("credit_card_cvv", gen_cvv(4)),
    "exp": lambda: S("credit_card_expiration", gen_exp()),
    "ssn": lambda: S("us_social_security_number", gen_ssn()), "ssn4": lambda: S("us_social_security_number", gen_ssn4()),
    "acct": lambda: S("account_number", gen_acct()), "acct4": lambda: S("account_number", gen_acct4()),
    "policy": lambda: S("account_number", gen_policy()), "loan": lambda: S("account_number", gen_loan()),
    "loyalty": lambda: S("account_number", gen_loyalty()), "ff": lambda: S("account_number", gen_ff()),
    "member": lambda: S("account_number", gen_member()),
    "routing": lambda: S("banking_information", gen_routing()), "bankacct": lambda: S("banking_information", gen_bankacct()),
    "bankacct4": lambda: S("banking_information", gen_bankacct4()), "iban": lambda: S("banking_information", gen_iban()),
    "sortcode": lambda: S("banking_information", gen_sortcode()), "ukacct": lambda: S("banking_information", gen_ukacct()),
    "transit": lambda: S("banking_information", gen_transit()), "inst": lambda: S("banking_information", gen_inst()),
    "hcid": lambda: S("healthcare_number", gen_hcid()), "mbi": lambda: S("healthcare_number", gen_mbi()),
    "medicaid": lambda: S("healthcare_number", gen_medicaid()), "mrn": lambda: S("healthcare_number", gen_mrn()),
    "nhs": lambda: S("healthcare_number", gen_nhs()), "ohip": lambda: S("healthcare_number", gen_ohip()),
    "group": lambda: S("healthcare_number", gen_group()), "hcpolicy": lambda: S("healthcare_number", gen_hcpolicy()),
    "dl": lambda: S("drivers_license", gen_dl()), "dl_uk": lambda: S("drivers_license", gen_dl_uk()),
    "pp": lambda: S("passport_number", gen_pp()), "ppcard": lambda: S("passport_number", gen_ppcard()),
    "vin": lambda: S("vehicle_id", gen_vin()), "vin6": lambda: S("vehicle_id", gen_vin6()),
    "plate": lambda: S("vehicle_id", gen_plate()), "plate_partial": lambda: S("vehicle_id", gen_plate_partial()),
    "plate_uk": lambda: S("vehicle_id", gen_plate_uk()),
    "pw": lambda: S("password", gen_pw()), "pin": lambda: S("password", gen_pin()), "otp": lambda: S("password", gen_otp()),
    "pet": lex("password", PETS), "maiden": lex("password", LAST), "teacher": lex("password", TEACHERS),
    "sec_street": lex("password", SEC_STREETS), "secword": lex("password", SECWORDS),
    "birthcity": lex("password", BIRTHCITIES),
}
for _k, _g in NSGEN.items():
    SLOTS["ns_" + _k] = (lambda g: (lambda: S("number_sequence", g())))(_g)


def gen_email():
    f, l = ascii_lower(ch(FIRST)), ascii_lower(ch(LAST))
    dom = ch(EMAIL_DOMAINS) if p(0.8) else ch(WORK_DOMAINS)
    k = ch(["f.l", "fl", "fln", "f_l", "l.f", "word", "fl"])
    n = str(R.randint(1, 99)) if p(0.5) else str(R.randint(1960, 2010))
    local_parts = {"f.l": [(f, "w"), (".", "dot"), (l, "w")], "fl": [(f[0], "c"), (l, "w")],
                   "fln": [(f, "w"), (l, "w"), (n, "n")], "f_l": [(f, "w"), ("_", "us"), (l, "w")],
                   "l.f": [(l, "w"), (".", "dot"), (f[0], "c")],
                   "word": [(ch(["sunnyday", "mamabear", "bigpapi", "queenb", "thebakery", "gardenlady"]), "w"), (n, "n")]}[k]
    if p(0.6):
        return "".join(t for t, _ in local_parts) + "@" + dom
    out = []
    for t, kind in local_parts:
        if kind == "dot":
            out.append("dot")
        elif kind == "us":
            out.append("underscore")
        elif kind == "n":
            out.append(n2w(int(t)) if int(t) < 100 else year_words(int(t)))
        else:
            out.append(t)
    out[0] = no_art(out[0] + " ").strip()
    if p(0.1):  # partial
        return " ".join(out) + " at " + dom.split(".")[0]
    return " ".join(out) + " at " + " dot ".join(dom.split("."))


def gen_url():
    base = ch(URL_BASES)
    r = R.random()
    if r < 0.5:
        return ch(["", "", "www.", "https://", "https://www."]) + base
    if r < 0.6:
        return "http://" + base
    s = base.replace(".", " dot ").replace("/", " slash ").replace("-", " dash ")
    return ch(["", "www dot "]) + s


def gen_file():
    stem, ext = ch(FILE_STEMS), ch(FILE_EXTS)
    if p(0.65):
        return stem + ext
    s = stem.replace("_", " underscore ").replace("-", " dash ")
    s = re.sub(r"\d+", lambda m: say_digits(m.group(0), "zero") if len(m.group(0)) > 4 or p(0.5)
               else (year_words(int(m.group(0))) if len(m.group(0)) == 4 and m.group(0)[0] in "12" else say_digits(m.group(0), "oh")), s)
    return s + " dot " + ext[1:].lower()


def gen_path():
    pth = ch(PATHS)
    if p(0.7):
        return pth
    s = pth.replace("\\", " backslash ").replace("/", " slash ").replace("_", " underscore ").replace(".", " dot ")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- frames
FRAMES = {
    "phone_number": [
        "{F}my callback number is{f} {phone}.",
        "{F}you can reach me at {phone}, that's my cell.",
        "{F}{phone}, that's the best number to get me on.",
        "{F}what's a good number to reach you? {Fb}{phone}.",
        "{F}hi, it's {first} again, call me back on {phone} when you get this.",
        "{F}the fax number for our office is{f} {phone}.",
        "{F}I got a new number, it's {phone}, the old one's disconnected.",
        "{F}can you text me at {phone} instead?",
        "{F}let me read that back to you, {phone}, is that right?",
        "{F}my work line is {phone} and my cell is {phone2}.",
        "{F}if I don't pick up, try my husband at {phone}.",
        "{F}I'm staying with my sister in {city} for now, her landline is {phone}.",
        "{F}put down {phone} as the emergency contact, that's my mom.",
        "{F}somebody called me from {phone} saying they were from {bank}.",
        "{F}I need to update my contact info. The new one is {phone}.",
        "{F}the number on the voicemail was {phone}, is that you guys?",
        "{F}okay, and a phone number? {Fb}{phone}.",
        "{F}just call the house, {phone}, anytime after lunch.",
    ],
    "credit_card_number": [
        "{F}the card number is{f} {cc}.",
        "{F}{cc}, that's the {cardnet}.",
        "{F}I'd like to pay with my {cardnet}, it's {cc}.",
        "{F}it's the card ending in {cc4}.",
        "{F}what's the long number on the front of the card? {Fb}{cc}.",
        "{F}can you put it on the {cardnet} ending in{f} {cc4}?",
        "{F}there's a charge I didn't make on the card that ends with {cc4}.",
        "{F}let me read it off the card, {cc}, and it expires {exp}.",
        "{F}my debit card, {cc}, got declined at the store.",
        "{F}the last four digits are {cc4}, it's a {bank} card.",
        "{F}the new card just came in the mail, number {cc}.",
        "{F}okay I've got it in my hand. {cc}.",
        "{F}so you have it as {cc}, right?",
        "{F}the replacement card ends in {cc4}, not {cc42}.",
        "{F}card number{f} {cc}, and {name} is the name on the card.",
        "{F}I want to dispute a charge on my {bank} card, the number is {cc}.",
    ],
    "credit_card_cvv": [
        "{F}the security code is{f} {cvv}.",
        "{F}and the three digits on the back? {Fb}{cvv}.",
        "{F}CVV is {cvv}.",
        "{F}{cvv}, that's the code on the back.",
        "{F}it's an {amex}, so the code on the front is {cvv4}.",
        "{F}the little number next to the signature strip is {cvv}.",
        "{F}CVC{f} {cvv}.",
        "{F}okay, the security number on the back, {cvv}.",
        "{F}sorry, the last three on the back are {cvv}, I read it wrong before.",
        "{F}the card verification number is {cvv}.",
        "{F}do you need the code on the back too? It's {cvv}.",
        "{F}expires {exp} and the code on the back is {cvv}.",
        "{F}three digit code {cvv}, expiration {exp}.",
        "{F}the security code, I think it's {cvv}, it's kind of rubbed off.",
        "{F}it's asking for the CSC, is that {cvv}, the one on the back?",
        "{F}what are the three numbers on the back of the card? {Fb}{cvv}.",
    ],
    "credit_card_expiration": [
        "{F}the expiration date is{f} {exp}.",
        "{F}it expires {exp}.",
        "{F}exp date {exp}.",
        "{F}valid thru {exp}.",
        "{F}it's good through {exp}.",
        "{F}{exp}, that's when the card expires.",
        "{F}and the expiry on that card? {Fb}{exp}.",
        "{F}the new card expires {exp} but the old one was {exp2}.",
        "{F}my card expired {exp}, that's probably why it got declined.",
        "{F}month and year on the front of the card? {Fb}{exp}.",
        "{F}expiration{f} {exp}, and the name on the card is {name}.",
        "{F}the date on the card says {exp}, right under the number.",
        "{F}my {cardnet} expires at the end of {exp}.",
        "{F}the expiration on the {bank} card is {exp}, I just got it.",
        "{F}so the card's valid until {exp}?",
    ],
    "us_social_security_number": [
        "{F}my social is{f} {ssn}.",
        "{F}social security number {ssn}.",
        "{F}the last four of my social, {ssn4}.",
        "{F}{ssn4}, those are the last four of my social.",
        "{F}SSN is {ssn}.",
        "{F}can you verify the last four of your social? {Fb}{ssn4}.",
        "{F}his social security number is {ssn}, he's my dependent.",
        "{F}the SSN on the W-2 is wrong, it should be {ssn}.",
        "{F}I think they typed my social as {ssn} but it's {ssn2}.",
        "{F}for the tax return, my wife's social is {ssn}.",
        "{F}full social? Okay, {ssn}.",
        "{F}my social security number ends in {ssn4}.",
        "{F}the number on my social security card is {ssn}.",
        "{F}I'm applying for unemployment, my SSN's {ssn}.",
        "{F}the last four on the account should be {ssn4}, not {ssn42}, that's my social.",
        "{F}my son's social, he's a minor, {ssn}.",
    ],
    "account_number": [
        "{F}my account number is{f} {acct}.",
        "{F}customer number {acct}.",
        "{F}my policy number with {auto_ins} is {policy}.",
        "{F}{policy}, that's my auto policy.",
        "{F}my loan number is {loan}.",
        "{F}the mortgage loan number on the statement is {loan}.",
        "{F}my rewards number is {loyalty}.",
        "{F}frequent flyer number {ff}, with {airline}.",
        "{F}the account number on the electric bill, {acct}.",
        "{F}membership number {member}, it's on the back of my gym card.",
        "{F}what's the account number on your statement? {Fb}{acct}.",
        "{F}{acct}, that's the account for my internet with {telco}.",
        "{F}I'm calling about my renters policy, number {policy}.",
        "{F}the homeowners policy, it's {policy}.",
        "{F}the car loan, number {loan}, I want to pay it off early.",
        "{F}my {retailer} membership number ends in {acct4}.",
        "{F}it's under account {acct} with {utility}.",
        "{F}the policy number on the insurance card in my glovebox is {policy}.",
    ],
    "banking_information": [
        "{F}the routing number is{f} {routing}.",
        "{F}checking account number {bankacct}.",
        "{F}for direct deposit, routing {routing}, account {bankacct}.",
        "{F}my IBAN is {iban}.",
        "{F}{routing}, that's the routing number, bottom left of the check.",
        "{F}the savings account ending in {bankacct4}.",
        "{F}sort code {sortcode}, account number {ukacct}.",
        "{F}what's the ABA number on your checks? {Fb}{routing}.",
        "{F}wire it to {iban}, that's my account in {country}.",
        "{F}the refund should go into my checking, {bankacct}.",
        "{F}my checking with {bank} is {bankacct}.",
        "{F}the transit number is {transit} and the institution number is {inst}.",
        "{F}they pulled it from my bank account, {bankacct}, twice.",
        "{F}the direct deposit went to the old account, the one ending {bankacct4}.",
        "{F}ABA {routing}, and it's a checking account.",
        "{F}the account number at the bottom of the check, after the routing, is {bankacct}.",
    ],
    "healthcare_number": [
        "{F}my member ID on the {health_ins} card is{f} {hcid}.",
        "{F}my {medicare} number is {mbi}.",
        "{F}{hcid}, that's the ID on my health insurance card.",
        "{F}subscriber ID {hcid}, the plan's under my husband.",
        "{F}medical record number {mrn}.",
        "{F}my {medicaid_org} ID is {medicaid}.",
        "{F}the patient's MRN is {mrn}.",
        "{F}the policy number for my health plan is {hcpolicy}.",
        "{F}what's the ID number on the front of your {health_ins} card? {Fb}{hcid}.",
        "{F}my health card number is {ohip}.",
        "{F}the group number is {group} and the member ID is {hcid}.",
        "{F}for the dental plan my member number is {hcid}.",
        "{F}my {nhs_org} number is {nhs}.",
        "{F}the number on my red, white and blue card is {mbi}.",
        "{F}at the pharmacy they asked for my insurance ID, {hcid}.",
        "{F}the vision plan member number is {hcid}.",
        "{F}my chart number at {hospital} is {mrn}.",
    ],
    "drivers_license": [
        "{F}my driver's license number is{f} {dl}.",
        "{F}DL number {dl}.",
        "{F}{dl}, that's my license number.",
        "{F}license number {dl}, issued in {state}.",
        "{F}I only have a state ID, the number's {dl}.",
        "{F}can you read me the number on your license? {Fb}{dl}.",
        "{F}the {cop} wrote my license down as {dl}.",
        "{F}my {state} driver's license, {dl}.",
        "{F}for the rental they need the license number, it's {dl}.",
        "{F}my licence number is {dl_uk}.",
        "{F}the license on file is {dl} but I got a new one, {dl2}.",
        "{F}driver's license {dl}, class C.",
        "{F}my CDL number is {dl}.",
        "{F}the number on my learner's permit is {dl}.",
        "{F}ID number on the license, {dl}, it expires next year.",
        "{F}DL{f} {dl}.",
    ],
    "passport_number": [
        "{F}my passport number is{f} {pp}.",
        "{F}passport no. {pp}.",
        "{F}{pp}, that's the passport number.",
        "{F}the number on the photo page is {pp}.",
        "{F}it's a {nat} passport, number {pp}.",
        "{F}for the visa application I put passport {pp}.",
        "{F}my old passport was {pp} and the new one is {pp2}.",
        "{F}what's the passport number for your son? {Fb}{pp}.",
        "{F}document number {pp}, it's the passport.",
        "{F}I'm renewing, the expired passport is {pp}.",
        "{F}the airline has my passport as {pp}, but that's wrong.",
        "{F}passport{f} {pp}, issued in {country}.",
        "{F}on the form under passport number I wrote {pp}.",
        "{F}her passport card number is {ppcard}.",
        "{F}the top right of the passport page says {pp}.",
    ],
    "vehicle_id": [
        "{F}the VIN is{f} {vin}.",
        "{F}my plate number is {plate}.",
        "{F}license plate {plate}.",
        "{F}{plate}, that's my plate.",
        "{F}the last six of the VIN are {vin6}.",
        "{F}it's a {year} {carmaker}, plate {plate}.",
        "{F}the plate started with {plate_partial}, that's all I saw.",
        "{F}tag number {plate}.",
        "{F}what's the vehicle identification number? {Fb}{vin}.",
        "{F}the car that hit me had plates {plate}.",
        "{F}my reg is {plate_uk}.",
        "{F}the serial number on the trailer is {vin}.",
        "{F}the VIN on the dashboard, {vin}, doesn't match the title.",
        "{F}they towed my car, {state} plates, {plate}.",
        "{F}for the toll account the plate's {plate}.",
        "{F}the motorcycle's VIN ends in {vin6}.",
    ],
    "password": [
        "{F}my password is{f} {pw}.",
        "{F}the PIN is {pin}.",
        "{F}the code you just texted me is {otp}.",
        "{F}my mother's maiden name is {maiden}.",
        "{F}first pet? {Fb}{pet}.",
        "{F}the verification code is {otp}.",
        "{F}my voicemail PIN is {pin}.",
        "{F}the temporary password was {pw}, I changed it already.",
        "{F}the street I grew up on, {sec_street}.",
        "{F}{pin}, that's my PIN.",
        "{F}the security word on the account is {secword}.",
        "{F}the wifi password is {pw}.",
        "{F}the gate code for the building is {pin}.",
        "{F}one-time passcode {otp}.",
        "{F}the answer to my security question is {birthcity}.",
        "{F}my old password was {pw} and I also tried {pw2}.",
        "{F}favorite teacher, the answer's {teacher}.",
        "{F}the passcode on my account is {pin}.",
    ],
    "username": [
        "{F}my username is{f} {user}.",
        "{F}the login is {user}.",
        "{F}my handle is {handle}.",
        "{F}{user}, that's my user name.",
        "{F}you can find me on {social}, {handle}.",
        "{F}the account's under the user ID {user}.",
        "{F}what's your login? {Fb}{user}.",
        "{F}my gamertag is {user}.",
        "{F}the screen name is {user}.",
        "{F}it says the username {user} is already taken.",
        "{F}I log in as {user}, not with my email.",
        "{F}my son's account, the username is {user}.",
        "{F}send it to {handle} on {social}.",
        "{F}the admin login is {user}.",
        "{F}the portal ID I picked was {user}.",
    ],
    "ip_address": [
        "{F}my IP address is{f} {ip}.",
        "{F}the router's at {ip}.",
        "{F}{ip}, that's the default gateway.",
        "{F}the static IP you gave us is {ip}.",
        "{F}it's showing {ip} as my IP.",
        "{F}can you whitelist {ip} for me?",
        "{F}the login came from {ip}, that's not me.",
        "{F}the printer's IP is {ip}.",
        "{F}what does it say next to IPv4 address? {Fb}{ip}.",
        "{F}the IPv6 address is {ipv6}.",
        "{F}the server at {ip} isn't responding.",
        "{F}I typed {ip} into the browser and nothing loads.",
        "{F}the DNS is set to {ip}.",
        "{F}my public IP changed from {ip} to {ip2}.",
        "{F}the camera on the porch is at {ip}, I think.",
    ],
    "number_sequence": [
        "{F}my order number is{f} {ns_ord}.",
        "{F}confirmation number {ns_conf}.",
        "{F}the tracking number is {ns_trk}, it's with {carrier}.",
        "{F}I have a case number from last time, {ns_case}.",
        "{F}the ticket number is {ns_tkt}.",
        "{F}my claim number is {ns_claim}.",
        "{F}invoice {ns_inv}, it says past due.",
        "{F}the reservation's under {last}, confirmation {ns_resv}.",
        "{F}booking reference {ns_pnr}.",
        "{F}I'm on {airline} flight {ns_flightno}.",
        "{F}my employee ID is {ns_emp}.",
        "{F}my student ID number is {ns_stu}, I'm at {school}.",
        "{F}the serial number on the back of the unit is {ns_serial}.",
        "{F}the gift card number is {ns_gift}.",
        "{F}work order {ns_wo}, the heater's still broken.",
        "{F}the building permit number is {ns_permit}.",
        "{F}the parcel number on the property tax bill is {ns_apn}.",
        "{F}my notary commission number is {ns_notary}.",
        "{F}they gave me an RMA number, {ns_rma}.",
        "{F}reference number{f} {ns_ref}.",
        "{F}the lot number on the formula can is {ns_lot}.",
        "{F}the transaction ID is {ns_txn}.",
        "{F}PO number {ns_po}.",
        "{F}the docket number is {ns_docket}.",
        "{F}my receipt number from {uscis_org} is {ns_uscis}.",
        "{F}the IMEI is {ns_imei}.",
        "{F}the police report number is {ns_report}.",
        "{F}badge number {ns_badge}, I'm on the night crew.",
        "{F}container number {ns_cont}, it's stuck at the port.",
        "{F}the bill of lading number is {ns_bol}.",
        "{F}my e-ticket number is {ns_eticket}.",
        "{F}the warranty registration number is {ns_warranty}.",
        "{F}my application number is {ns_app}.",
        "{F}my raffle ticket number is {ns_raffle}.",
        "{F}the pickup number for will call is {ns_pickup}.",
        "{F}the repair order on the paperwork from the dealership is {ns_ro}.",
        "{F}quote number {ns_quote}, can you honor that price?",
        "{F}sales order {ns_so} still hasn't shipped.",
        "{F}{ns_conf}, that's the hotel confirmation.",
        "{F}do you have a case number? {Fb}{ns_case}.",
        "{F}I'm looking at the receipt, it says {ns_ord} at the top.",
        "{F}my staff number is {ns_member_staff}.",
        "{F}I called about a package. It's {ns_trk}.",
        "{F}the e-file submission ID is {ns_efile}.",
        "{F}my layaway number is {ns_layaway}.",
        "{F}the incident number the {agency_police} gave me is {ns_report}.",
        "{F}the job number on the estimate is {ns_job}.",
        "{F}my records request number is {ns_foia}.",
        "{F}the claim number for my lost bag is {ns_bagclaim}.",
        "{F}my flight is {ns_flightcode}, and it just got cancelled.",
        "{F}the ticket for my laptop repair is {ns_tkt}.",
        "{F}the meter number on the side of the house is {ns_meter}.",
        "{F}the booking number for the ferry is {ns_booking}.",
        "{F}my certificate number from the training is {ns_cert}.",
    ],
    # ------------------------------------------------------------- other policies
    "person_name": [
        "{F}hi, this is {name} calling about my appointment.",
        "{F}can I speak to {mrname}, please?",
        "{F}my name is {first_spelled}.",
        "{F}it's under {last_spelled}.",
        "{F}{name} referred me to you.",
        "{F}I'm calling on behalf of my father, {name}.",
        "{F}{drname} told me to call if it didn't get better.",
        "{F}you were talking to {first} earlier, she said she'd call me back.",
        "{F}the account holder is {name}, I'm her son.",
        "{F}tell {first} that {first2} called.",
        "{F}last name {last}, first name {first}.",
        "{F}I was helped by {first} at the front desk last time.",
        "{F}yeah, I'm {first}'s mom.",
        "{F}please make the check out to {name}.",
    ],
    "email_address": [
        "{F}my email is{f} {email}.",
        "{F}you can send it to {email}.",
        "{F}{email}, that's the best email for me.",
        "{F}the receipt went to {email} but that's my old one.",
        "{F}is it {email}? No, it's {email2}.",
        "{F}what email do you have on file? {Fb}{email}.",
        "{F}cc my wife at {email}.",
        "{F}I typed {email} into the form and it bounced back.",
        "{F}email me at {email}, I'll check it tonight.",
    ],
    "url": [
        "{F}go to {url} and click on pay my bill.",
        "{F}the website is {url}.",
        "{F}it's on {url}, at the bottom of the page.",
        "{F}I found the form at {url}.",
        "{F}they told me to use {url} to reset it.",
        "{F}the link in the text was {url}, is that legit?",
        "{F}our site is {url}, we just relaunched it.",
        "{F}I'm on {url} right now and it won't load.",
    ],
    "filename": [
        "{F}I attached {file} to the email.",
        "{F}the file is called {file}.",
        "{F}can you open {file}? It won't load for me.",
        "{F}I saved it as {file} on the desktop.",
        "{F}it's in {path}.",
        "{F}the error says it can't find {file}.",
        "{F}I uploaded {file} and {file2}.",
        "{F}{file}, that's the one with the signatures.",
    ],
    "person_age": [
        "{F}I'm {age} years old.",
        "{F}my son is {age_child}, he's the one on my plan.",
        "{F}she's a {age_d}-year-old with no history of this.",
        "{F}my dad's {age_old} and he still drives.",
        "{F}I'm {age}, {gen}.",
        "{F}he turned {age} last week.",
        "{F}how old is the patient? {Fb}{age}.",
        "{F}the kids are {age_child} and {age_child2}.",
        "{F}I'll be {age} next month, does that change my rate?",
        "{F}age{f} {age}.",
    ],
    "date_of_birth": [
        "{F}my date of birth is{f} {dob}.",
        "{F}DOB {dob}.",
        "{F}I was born on {dob}.",
        "{F}my birthday's {dob}.",
        "{F}and your date of birth? {Fb}{dob}.",
        "{F}{dob}, that's her birthday.",
        "{F}he was born {dob} in {city}.",
        "{F}the birth date on the form says {dob} but it should be {dob2}.",
        "{F}date of birth for the patient is {dob}.",
    ],
    "date": [
        "{F}the appointment is on {date}.",
        "{F}I can come in {weekday}.",
        "{F}it was delivered on {date} and I wasn't home.",
        "{F}you're closed {weekday} and {weekday2}, right?",
        "{F}the payment is due {date}.",
        "{F}I called on the {ordday} and again on the {ordday2}.",
        "{F}{date} works for me.",
        "{F}can we push it to {weekday}?",
        "{F}the last time I came in was {date}.",
        "{F}my {proc} is scheduled for {date}.",
    ],
    "date_interval": [
        "{F}I lived there from {yrange_to}.",
        "{F}this has been going on since {month}.",
        "{F}we're planning to move in the {season_year}.",
        "{F}my records go back to the {decade}.",
        "{F}it's a {year} {carmaker}.",
        "{F}I worked there in {monthyear}.",
        "{F}the lease runs {drange}.",
        "{F}we were in {country} in {month}.",
        "{F}that was back in {year}.",
        "{F}it's for the {yrange} school year.",
    ],
    "duration": [
        "{F}I've been on hold for {dur}.",
        "{F}we've been {mar_we} for {dur_y}.",
        "{F}it took {dur} to get through to anyone.",
        "{F}the warranty's good for {dur}.",
        "{F}I've worked there {dur}.",
        "{F}they said it'd take {dur}.",
        "{F}he's on a {durA} suspension.",
        "{F}I was out of the country for {dur}.",
        "{F}the free trial is {dur}, then it's paid.",
    ],
    "time": [
        "{F}can you call me back at {time}?",
        "{F}the appointment's at {time}.",
        "{F}I get off work at {time}.",
        "{F}the power went out around {time}.",
        "{F}you can reach me between {timerange}.",
        "{F}we open at {time} tomorrow.",
        "{F}the flight lands at {time}.",
        "{F}{time} is fine with me.",
        "{F}I'll be there by {time} on {weekday}.",
    ],
    "money_amount": [
        "{F}the bill came to {money}.",
        "{F}they charged me {money} twice.",
        "{F}I can pay {money} now and the rest next month.",
        "{F}the total came to {money_bare}.",
        "{F}my balance is showing {money_neg}.",
        "{F}I sent her {money} for rent.",
        "{F}is the deductible {money} or {money2}?",
        "{F}the late fee was {money}, that's ridiculous.",
        "{F}it's {money} a month for the basic plan.",
    ],
    "statistics": [
        "{F}my blood pressure was {bp} this morning.",
        "{F}my A1C came back at {a1c}.",
        "{F}they said the chance it comes back is about {pct}.",
        "{F}my oxygen was {ox} at the clinic.",
        "{F}about {rate} people get that side effect.",
        "{F}my cholesterol was {chol}.",
        "{F}the battery's at {pct} and it won't charge.",
        "{F}they only approved {pct} of the claim.",
        "{F}his heart rate was {hr}.",
        "{F}her temperature was {temp} last night.",
    ],
    "blood_type": [
        "{F}my blood type is {bt}.",
        "{F}I'm {bt}, if that matters.",
        "{F}he's {bt} and she's {bt2}.",
        "{F}the donor card says {bt}.",
        "{F}{bt}, I think, it's on my donor card.",
        "{F}is {bt} the universal donor or is it {bt2}?",
        "{F}blood type? {Fb}{bt}.",
        "{F}they're short on {bt} at the blood bank.",
    ],
    "location": [
        "{F}I live at {addr}.",
        "{F}ship it to {addr}, {csz}.",
        "{F}I'm in {city}, {state}.",
        "{F}we're right by the {landmark}.",
        "{F}I'm flying out of {airport}.",
        "{F}there was a crash on {highway} near {city_us}.",
        "{F}my zip code is {zip}.",
        "{F}I moved here from {country}.",
        "{F}the branch on {street} closed.",
        "{F}I'm originally from {city}, in {country}.",
        "{F}my billing address is {addr}, {csz}.",
    ],
    "organization": [
        "{F}I'm calling from {company}.",
        "{F}I bank with {bank}.",
        "{F}my insurance is through {health_ins}.",
        "{F}I was at {hospital} last night.",
        "{F}I switched from {telco} to {telco2}.",
        "{F}my daughter goes to {school}.",
        "{F}I ordered it from {retailer}.",
        "{F}I got a letter from the {agency}.",
        "{F}I work for {company}.",
        "{F}{utility} shut off my power.",
    ],
    "occupation": [
        "{F}I'm {a_occ}.",
        "{F}I work as {a_occ} at {company}.",
        "{F}my wife's {a_occ}, she works nights.",
        "{F}can I talk to the {occ}?",
        "{F}the {occ} said it'd be done by {weekday}.",
        "{F}I'm retired, I used to be {a_occ}.",
        "{F}{occ_title} {last} came by this morning.",
        "{F}she's the {occ} on the night shift.",
        "{F}I'm {a_occ} and {a_occ2} on weekends.",
    ],
    "nationality": [
        "{F}I'm {nat}, I've been here {dur_y}.",
        "{F}my mom is {nat} and my dad is {nat2}.",
        "{F}he's {nat}, he just moved here.",
        "{F}I'm half {nat}.",
        "{F}we're {nat}, both of us.",
        "{F}for ethnicity I put {nat}.",
        "{F}the boy is {nat}, I think, about {age_child}.",
        "{F}she's {nat} and speaks {lang}.",
    ],
    "language": [
        "{F}do you have someone who speaks {lang}?",
        "{F}my mother only speaks {lang}.",
        "{F}can I get the letter in {lang}?",
        "{F}I speak {lang} and a little {lang2}.",
        "{F}I need {a_interp} for {lang}.",
        "{F}is there an option in {lang}?",
        "{F}sorry, my {lang} is better than my {lang2}.",
        "{F}{lang}, please.",
    ],
    "religion": [
        "{F}I'm {rel}.",
        "{F}my family is {rel}.",
        "{F}I was raised {rel} but I'm {rel2} now.",
        "{F}the form asks for religion, just put {rel}.",
        "{F}we're {rel}, so please keep that in mind for the service.",
        "{F}he's {rel}, he'd want to see the {chaplain}.",
        "{F}my in-laws are very {rel}.",
        "{F}is there a {chaplain} there? We're {rel}.",
    ],
    "political_affiliation": [
        "{F}I'm a registered {pol}.",
        "{F}my dad's a lifelong {pol}.",
        "{F}I've always voted {pol}.",
        "{F}I'm {pol_adj}, not that it matters.",
        "{F}the {party} keeps sending me flyers.",
        "{F}I switched from {pol} to {pol2} a while ago.",
        "{F}she's pretty {pol_adj}.",
        "{F}I'm a {pol} but I vote for whoever.",
    ],
    "marital_status": [
        "{F}I'm {mar}.",
        "{F}my {exsp} still has access to the account.",
        "{F}we're {mar}, do we file together?",
        "{F}I'm {mar}, no kids.",
        "{F}the account was my {exsp}'s.",
        "{F}marital status? {Fb}{mar}.",
        "{F}I got {mar_v} in {year}.",
        "{F}my {exsp} is the one who set it up.",
    ],
    "gender_sexuality": [
        "{F}I'm {gen}, if you need that for the form.",
        "{F}my kid is {gen_nb}, they use they/them.",
        "{F}gender? {Fb}{gen}.",
        "{F}the patient is {gen_mf}, {age}.",
        "{F}I'm {gen} and my partner is {gen2}.",
        "{F}I identify as {gen}.",
        "{F}sex at birth, {gen_mf}.",
        "{F}it's a {gen_gs} support group.",
    ],
    "zodiac_sign": [
        "{F}I'm {a_zod}, so that explains it.",
        "{F}she's {a_zod}, of course she's stubborn.",
        "{F}what sign are you? {Fb}{zod}.",
        "{F}I'm {a_zod} and he's {a_zod2}, it's a disaster.",
        "{F}my horoscope for {zod} said this would happen.",
        "{F}typical {zod}.",
        "{F}{zod} sun, {zod2} rising.",
    ],
    "event": [
        "{F}we're traveling for {event}.",
        "{F}is the store open on {event}?",
        "{F}I ordered it before {event} and it still hasn't come.",
        "{F}we're hosting {event} this year.",
        "{F}everyone's off for {event}.",
        "{F}after {event} I'll have more time.",
        "{F}I'm going to {event} with my cousins.",
    ],
    "drug": [
        "{F}I take {drug} for it.",
        "{F}they put me on {drug}, {dose}.",
        "{F}I'm allergic to {drug}.",
        "{F}can I take {drug} with {drug2}?",
        "{F}I need a refill on my {drug}.",
        "{F}I've been taking {drug} since {month}.",
        "{F}the pharmacy gave me {drug} instead of {drug2}.",
        "{F}is {drug} covered under my plan?",
    ],
    "medical_condition": [
        "{F}I have {cond}.",
        "{F}I was diagnosed with {cond} in {year}.",
        "{F}my son has {cond}.",
        "{F}is this covered if I have {cond}?",
        "{F}{cond} runs in my family.",
        "{F}she's dealing with {cond} and {cond2}.",
        "{F}they think it's {cond}.",
        "{F}I've had {cond} for {dur_y}.",
    ],
    "medical_process": [
        "{F}I'm scheduled for {a_proc} on {weekday}.",
        "{F}I need to reschedule my {proc}.",
        "{F}is {a_proc} covered?",
        "{F}they did {a_proc} and found nothing.",
        "{F}after the {proc} I couldn't drive.",
        "{F}I need a referral for {a_proc}.",
        "{F}he started {proc_tx} last month.",
        "{F}my {doc} wants me to get {a_proc}.",
    ],
    "injury": [
        "{F}I {inj_my} at work.",
        "{F}she has {a_inj_n}.",
        "{F}he fell off a ladder and {inj_his}.",
        "{F}I've got {a_inj_n} from the accident.",
        "{F}the claim is for {a_inj_n}.",
        "{F}my son {inj_his} playing soccer.",
        "{F}I {inj_my} last week and can't work.",
        "{F}it's {a_inj_n}, the ER said.",
    ],
    "physical_attribute": [
        "{F}he's about {height}, {build}.",
        "{F}she has {hair}.",
        "{F}I'm {height} and about {weight}.",
        "{F}he has {a_mark}.",
        "{F}I'm {disab}, so please email me instead.",
        "{F}look for a guy with {hair} and {a_mark}.",
        "{F}she's {build} with {eyes}.",
        "{F}my son is {disab}, can he bring someone?",
        "{F}I'm {height}, {weight}, {eyes}.",
    ],
}

NOPII_SLOTS = {
    "n_small": lambda: ch([str(R.randint(2, 12)), n2w(R.randint(2, 12))]),
    "n_big": lambda: str(R.randint(20, 400)),
    "exitn": lambda: ch([str(R.randint(3, 180)), f"{R.randint(3, 99)}{ch('AB')}", n2w(R.randint(3, 60))]),
    "dose": lambda: ch(DOSES[:3] + ["250 milligrams", "two tablets", "one capsule"]),
    "promo": lambda: ch(["SAVE20", "WELCOME10", "FREESHIP", "SPRING25", "THANKS15", "BOGO"]),
    "s1": lambda: str(R.randint(0, 9)), "s2": lambda: ch(["nothing", "one", "two", "three", "4"]),
    "form": lambda: ch(["W-2", "1099", "I-9", "W-9", "1040", "DS-11", "W-4", "SF-86", "I-130", "8962"]),
    "errcode": lambda: ch(["E04", "error 503", "code 43", "F2", "0x80070005", "E-21"]),
    "opt": lambda: ch(["one", "two", "three", "4", "5", "nine", "zero"]),
    "ver": lambda: ch(["2.3", "15", "4.1.2", "ten", "3"]),
    "steps": lambda: ch(["8,000", "twelve thousand", "10,000", "5,500"]),
    "inch": lambda: ch(["55", "65", "forty three", "75", "32"]),
    "page": lambda: str(R.randint(2, 80)),
    "ch": lambda: ch(["4", "seven", "12", "two", "44"]),
    "lvl": lambda: str(R.randint(3, 60)),
    "volt": lambda: ch(["12", "five", "120", "nine"]),
}

NOPII = [
    "{F}press one for billing or two for technical support.",
    "{F}I've been on hold for a few minutes, that's all.",
    "{F}that's my number one priority right now.",
    "{F}the conference room fits {n_big} people, is that enough?",
    "{F}it says step {n_small} of {n_small2}, what do I click next?",
    "{F}take exit {exitn} and stay in the right lane.",
    "{F}the label says {dose}, do I take it with food?",
    "{F}do I need the {form} or the {form2} for that?",
    "{F}I tried the promo code {promo} and it didn't work.",
    "{F}we won {s1} to {s2} last night.",
    "{F}I'm not married to that plan, honestly.",
    "{F}we take pride in our work here.",
    "{F}every single time I call I get disconnected.",
    "{F}can I get a straight answer on this?",
    "{F}I need {n_small} of the large boxes and one of the small ones.",
    "{F}the TV is a {inch} inch, does it fit on that stand?",
    "{F}I gave it five stars.",
    "{F}the printer keeps showing {errcode}.",
    "{F}it's on page {page} of the booklet.",
    "{F}I'll hold, no problem.",
    "{F}option {opt} didn't do anything, I pressed it twice.",
    "{F}I'm calling because I can't find my account number anywhere.",
    "{F}do you need the card number or just the name on it?",
    "{F}hang on, let me grab my wallet.",
    "{F}I don't have the routing number in front of me.",
    "{F}where's the security code, like where do I find it?",
    "{F}I never got the verification code.",
    "{F}it's a two-story house with {n_small} bedrooms.",
    "{F}can you spell that back to me?",
    "{F}the tank says it holds {n_big} gallons.",
    "{F}I walked about {steps} steps according to the app.",
    "{F}it's the third door on the left.",
    "{F}the recipe calls for {n_small} cups of flour.",
    "{F}table for {n_small}, please.",
    "{F}I've got {n_small} kids and a dog, so it gets loud.",
    "{F}the password field is grayed out, I can't type in it.",
    "{F}I'm not sure which plan I'm on, the basic one maybe.",
    "{F}you said a couple of days, right?",
    "{F}the last four digits? I'd have to look.",
    "{F}that game's on channel {ch}.",
    "{F}version {ver} of the app keeps crashing.",
    "{F}the shelf holds about {n_big} books.",
    "{F}I'm in line, there are like {n_small} people ahead of me.",
    "{F}the form asks for my name, do I put it in all caps?",
    "{F}does the {n_small}-piece set come in blue?",
    "{F}I clicked forgot password and nothing happened.",
    "{F}aisle {n_small}, next to the batteries.",
    "{F}I want the bigger size, not the small one.",
    "{F}the speed limit on that road is {n_big}.",
    "{F}the game went into overtime, it was crazy.",
    "{F}can you transfer me to the right department?",
    "{F}we need chairs for about {n_big} guests.",
    "{F}it's the model with {n_small} burners.",
    "{F}press pound and then star.",
    "{F}I was the first one in line, number one.",
    "{F}I just want to know where it is, that's all.",
    "{F}we're a family of {n_small}.",
    "{F}the kids' meal comes with {n_small} nuggets.",
    "{F}I tried it {n_small} times and it still says invalid.",
    "{F}I'm looking at the bill and it's all just numbers to me.",
    "{F}it's form {form}, the one with the blue header.",
    "{F}is it the long number or the short one?",
    "{F}you guys are my number one choice, for real.",
    "{F}I got a text saying my package was delivered but there's nothing here.",
    "{F}the app says I'm on level {lvl}.",
    "{F}do I add the area code or not?",
    "{F}we need {n_small} copies, double-sided.",
    "{F}the room holds {n_big} and we've got more than that.",
    "{F}I have the card, I just can't read the numbers, they're worn off.",
    "{F}I'd like the {n_small} pack.",
    "{F}the volume's at {n_small} and I still can't hear it.",
    "{F}I need to reset my PIN, I forgot it.",
    "{F}I'll give you a thumbs up on the survey.",
    "{F}the counter says {n_big} pages printed.",
    "{F}the code is on the back, hold on, let me flip it over.",
    "{F}I'm just double-checking, that's all.",
    "{F}it takes the double A batteries, not triple A.",
    "{F}I want the bigger rug, the {n_small} by {n_small2}.",
    "{F}the elevator only goes up to {n_small}.",
    "{F}put me down for {n_small} tickets.",
    "{F}the dishwasher beeps {n_small} times and stops.",
    "{F}I think it's a {n_small}-digit code but I'm not sure.",
    "{F}what does the star next to my name mean?",
    "{F}that's plan B if this doesn't work.",
    "{F}it's a {n_small} bedroom, {n_small2} bath.",
    "{F}I'm number {n_small} in the queue, the recording said.",
    "{F}the puzzle has {n_big} pieces and one's missing.",
    "{F}sorry, can you repeat the last part?",
    "{F}it's the one with the big red button.",
    "{F}we ordered {n_small} pizzas for everybody.",
    "{F}no, the other form, the one that says {form} at the top.",
    "{F}I'm not giving out my social over the phone.",
    "{F}the zip code field keeps turning red.",
    "{F}the thermostat's set to {n_big}.",
    "{F}I only have {n_small} bars of signal here.",
    "{F}the charger says {volt} volts.",
    "{F}do you want the short version or the long version?",
    "{F}she got a perfect score.",
    "{F}it locks you out if you type it wrong {n_small} times.",
    "{F}second floor, I think, or maybe it's the third.",
    "{F}I already gave you my number, didn't I?",
    "{F}the receipt is in the glovebox somewhere.",
    "{F}I'm looking for the expiration date on the milk, not the card.",
    "{F}my license is in the other bag, hang on.",
    "{F}you need the serial number? It's on a sticker I can't reach.",
    "{F}we're rated number one in the county for customer service.",
    "{F}it's just a one-time thing, don't worry about it.",
    "{F}I'll take the first available slot.",
    "{F}press zero to speak to someone.",
    "{F}the box had {n_small} pairs in it and I only got {n_small2}.",
    "{F}give me a sec, I'm pulling over.",
    "{F}I scored {s1} goals in the pickup game.",
    "{F}the invoice looks fine, I just had a question.",
    "{F}I don't know my password, that's why I'm calling.",
    "{F}it went from level {lvl} to level {lvl2} overnight.",
    "{F}you can take your time, I'm not in a rush.",
    "{F}the quiz had {n_big} questions.",
    "{F}I need the one that fits a queen bed.",
    "{F}it came with {n_small} screws and I need {n_small2}.",
    "{F}could you say the last digit again?",
    "{F}I'll put it on speaker.",
    "{F}my kid's in grade {n_small}.",
    "{F}the handout says section {n_small}, part B.",
    "{F}yeah, that's the one, the silver model.",
    "{F}I don't want the extended warranty, thanks.",
    "{F}the website keeps saying try again later.",
    "{F}I counted {n_big} boxes on the pallet.",
    "{F}the sign says lot {s1} is full.",
    "{F}that's a straight flush, by the way.",
    "{F}the second option sounds better.",
    "{F}they gave me a ticket for the deli counter, I'm number {n_big}.",
    "{F}I'm on the fourth step and it's asking for a code.",
    "{F}there was a slip on the door but no box.",
    "{F}how many digits is it supposed to be?",
    "{F}I'd give it a ten, honestly.",
    "{F}it's a six-pack, not a twelve.",
    "{F}the first one worked but the second one didn't.",
    "{F}the printer only takes tray {n_small}.",
    "{F}I'll call back once I find the paperwork.",
    "{F}my score on the game was {n_big}.",
    "{F}I'm okay with either one.",
    "{F}the bus was full, standing room only.",
    "{F}it says {n_big} characters max.",
]

CODE_POLS = {"phone_number", "credit_card_number", "credit_card_cvv", "us_social_security_number",
             "account_number", "banking_information", "healthcare_number", "drivers_license",
             "passport_number", "vehicle_id", "password", "username", "ip_address", "number_sequence",
             "email_address", "url", "filename"}

ALL_POLICIES = ["account_number", "banking_information", "blood_type", "credit_card_cvv",
                "credit_card_expiration", "credit_card_number", "date", "date_interval", "date_of_birth",
                "drivers_license", "drug", "duration", "email_address", "event", "filename",
                "gender_sexuality", "healthcare_number", "injury", "ip_address", "language", "location",
                "marital_status", "medical_condition", "medical_process", "money_amount", "nationality",
                "number_sequence", "occupation", "organization", "passport_number", "password",
                "person_age", "person_name", "phone_number", "physical_attribute",
                "political_affiliation", "religion", "statistics", "time", "url",
                "us_social_security_number", "username", "vehicle_id", "zodiac_sign"]

SLOT_RE = re.compile(r"\{(\w+)\}")
TAILS = [", thanks", ", okay", ", yeah", ", sorry", ", I think", " if that helps", ", please", ", thank you"]


def resolve(name, table):
    if name in table:
        return table[name]
    if name[-1].isdigit() and name[:-1] in table:
        return table[name[:-1]]
    raise KeyError(name)


def render(tpl, table):
    CTX["card"] = ch(["visa", "visa", "mc", "mc", "amex", "disc"])
    segs, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append([tpl[pos:m.start()], None])
        name = m.group(1)
        if name in ("F", "f", "Fb"):
            out = SLOTS[name]()
        else:
            out = resolve(name, table)()
            if isinstance(out, str):
                out = L(out)
        segs.extend([list(s) for s in out])
        pos = m.end()
    if pos < len(tpl):
        segs.append([tpl[pos:], None])
    return segs


def style(segs):
    # merge literals
    merged = []
    for t, pol in segs:
        if pol is None and merged and merged[-1][1] is None:
            merged[-1][0] += t
        elif t != "" or pol is not None:
            merged.append([t, pol])
    segs = merged
    lower = p(0.25)
    nocomma = p(0.33)
    for s in segs:
        if s[1] is None:
            t = s[0]
            if nocomma:
                t = t.replace(",", "")
            if lower:
                t = t.lower()
            t = re.sub(r" {2,}", " ", t)
            t = re.sub(r",\s*([.?!])", r"\1", t)
            t = re.sub(r",\s*,", ",", t)
            t = re.sub(r" ([,?!])", r"\1", t)
            s[0] = t
        elif lower and s[1] not in CODE_POLS:
            s[0] = s[0].lower()
    # ending
    if segs[-1][1] is None:
        body = segs[-1][0].rstrip()
        m = re.search(r"[.?!,]+$", body)
        orig = m.group(0) if m else ""
        body = body[:len(body) - len(orig)]
        segs[-1][0] = body
    else:
        orig = ""
    question = "?" in orig
    tail = ""
    if not question and p(0.1):
        tail = ch(TAILS)
        if nocomma:
            tail = tail.replace(",", "")
        if lower:
            tail = tail.lower()
    prev_text = "".join(s[0] for s in segs)
    if question:
        end = "?" if p(0.85) else ""
    else:
        end = R.choices([".", "", "...", "!", "?"], [56, 22, 9, 5, 4])[0]
    if not tail and prev_text.endswith(".") and end in (".", "..."):
        end = ""
    add = tail + end
    if add:
        if segs[-1][1] is None:
            segs[-1][0] += add
        else:
            segs.append([add, None])
    # leading whitespace
    if segs[0][1] is None:
        segs[0][0] = segs[0][0].lstrip()
        if segs[0][0] == "":
            segs = segs[1:]
    # capitalise
    if not lower:
        first = segs[0]
        if first[1] is None or first[1] not in CODE_POLS:
            first[0] = first[0][:1].upper() + first[0][1:]
    text, spans, pos = "", [], 0
    for t, pol in segs:
        if pol is not None:
            spans.append({"start": len(text), "end": len(text) + len(t), "policy": pol})
        text += t
    return text, spans


def make_line(tpl, table, seen):
    for _ in range(50):
        text, spans = style(render(tpl, table))
        if text not in seen:
            seen.add(text)
            return text, spans
    raise RuntimeError("could not make a unique line for " + tpl)


NUMBER_POLS = ["phone_number", "credit_card_number", "credit_card_cvv", "credit_card_expiration",
               "us_social_security_number", "account_number", "banking_information", "healthcare_number",
               "drivers_license", "passport_number", "vehicle_id", "password", "username", "ip_address"]
NUMBER_LINES = {pol: 33 for pol in NUMBER_POLS}
NUMBER_LINES["credit_card_expiration"] = 30
NUMBER_LINES["credit_card_cvv"] = 32
NS_LINES = 70
NOPII_LINES = 150
TOTAL = 1200
MIN_OTHER = 9


class FrameCycler:
    def __init__(self, frames):
        self.frames = list(frames)
        R.shuffle(self.frames)
        self.i = 0
        self.used = {}

    def next(self):
        f = self.frames[self.i % len(self.frames)]
        self.i += 1
        self.used[f] = self.used.get(f, 0) + 1
        return f


def main():
    seen = set()
    lines = []  # (primary, text, spans, source)
    cyclers = {pol: FrameCycler(fr) for pol, fr in FRAMES.items()}
    for pol in NUMBER_POLS:
        for _ in range(NUMBER_LINES[pol]):
            t, s = make_line(cyclers[pol].next(), SLOTS, seen)
            lines.append((pol, t, s, "template"))
    for _ in range(NS_LINES):
        t, s = make_line(cyclers["number_sequence"].next(), SLOTS, seen)
        lines.append(("number_sequence", t, s, "template"))
    others = [pol for pol in FRAMES if pol not in NUMBER_POLS and pol != "number_sequence"]
    counts = {pol: 0 for pol in ALL_POLICIES}
    for _, _, s, _ in lines:
        for sp in s:
            counts[sp["policy"]] += 1

    def add_other(pol):
        t, s = make_line(cyclers[pol].next(), SLOTS, seen)
        lines.append((pol, t, s, "template"))
        for sp in s:
            counts[sp["policy"]] += 1

    for _ in range(MIN_OTHER):
        for pol in others:
            add_other(pol)
    order = list(others)
    R.shuffle(order)
    while len(lines) < TOTAL - NOPII_LINES:
        pol = min(order, key=lambda q: counts[q])
        add_other(pol)
    nop_table = dict(NOPII_SLOTS)
    nop = FrameCycler(NOPII)
    for _ in range(NOPII_LINES):
        t, s = make_line(nop.next(), nop_table, seen)
        assert not s
        lines.append(("nopii", t, s, "nopii"))
    R.shuffle(lines)
    meta = {"_meta": {
        "split": "extra_dev31",
        "tuning": "written blind and held out for the whole of session 9 (micro-F1 0.949 at its end; 0.944 with its start code, 0.946 on arrival); after that end score was recorded, a tuning split like dev",
        "licence": "CC0-1.0",
        "generator": ("data/pii_eval/src/extra_dev31_gen.py: seeded stdlib generator that fills carrier frames "
                      "(cue before, after, in a question, a sentence earlier or implied) with generated "
                      "values in written and spoken forms and applies Whisper-like transcript styling."),
    }}
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(meta, ensure_ascii=False) + "\n")
        for i, (_, t, s, src) in enumerate(lines, 1):
            fh.write(json.dumps({"id": f"{PREFIX}{i:04d}", "text": t, "spans": s, "source": src},
                                ensure_ascii=False) + "\n")
    # summary (counts only)
    print("lines", len(lines))
    frames_used = {pol: len(c.used) for pol, c in cyclers.items()}
    print("frames defined/used per primary policy:")
    for pol in sorted(FRAMES):
        print(f"  {pol}: {len(FRAMES[pol])}/{frames_used[pol]}")
    print("nopii templates defined/used:", len(NOPII), len(nop.used))


if __name__ == "__main__":
    main()
