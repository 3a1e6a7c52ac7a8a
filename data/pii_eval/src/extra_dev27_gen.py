"""Write the blind extra_dev27 PII eval split from seeded call-transcript templates.

Stdlib only and deterministic: `python data/pii_eval/src/extra_dev27_gen.py` rewrites
data/pii_eval/extra_dev27.jsonl byte for byte. Frames and value pools were written fresh
from the README's format, style and label guidelines and the policy table only.
"""
from __future__ import annotations

import json
import re
import random
from collections import Counter
from pathlib import Path

SEED = 27
OUT = Path(__file__).resolve().parents[1] / "extra_dev27.jsonl"
LINES_PER_POLICY = 25
LINES_NUMBER_SEQUENCE = 40
NOPII_LINES = 150

POLICIES = (
    "account_number banking_information blood_type credit_card_cvv credit_card_expiration "
    "credit_card_number date date_interval date_of_birth drivers_license drug duration "
    "email_address event filename gender_sexuality healthcare_number injury ip_address "
    "language location marital_status medical_condition medical_process money_amount "
    "nationality number_sequence occupation organization passport_number password "
    "person_age person_name phone_number physical_attribute political_affiliation religion "
    "statistics time url us_social_security_number username vehicle_id zodiac_sign"
).split()

# ---------------------------------------------------------------- spoken numbers

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD_IRREGULAR = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                 "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
MONTHS = ("January February March April May June July August September October "
          "November December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def words(n: int) -> str:
    """Cardinal number in words ("two hundred forty one")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + (" " + ONES[o] if o else "")
    if n < 1000:
        h, rest = divmod(n, 100)
        return ONES[h] + " hundred" + (" " + words(rest) if rest else "")
    if n < 1_000_000:
        th, rest = divmod(n, 1000)
        return words(th) + " thousand" + (" " + words(rest) if rest else "")
    m, rest = divmod(n, 1_000_000)
    return words(m) + " million" + (" " + words(rest) if rest else "")


def ordinal_words(n: int) -> str:
    """Ordinal in words ("twenty third")."""
    parts = words(n).split()
    last = parts[-1]
    if last in ORD_IRREGULAR:
        last = ORD_IRREGULAR[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return " ".join(parts[:-1] + [last])


def ordinal_suffix(n: int) -> str:
    """Ordinal with a suffix ("23rd")."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def pair_words(s: str) -> str:
    """A two-digit group read as a pair ("oh five", "twenty one")."""
    if s[0] == "0":
        return "oh " + ("oh" if s[1] == "0" else ONES[int(s[1])])
    return words(int(s))


def year_words(r: random.Random, y: int) -> str:
    """A year as spoken ("nineteen sixty one", "twenty twenty one", "two thousand four")."""
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    if y >= 2010:
        return r.choice(["twenty " + words(y - 2000), "twenty " + words(y - 2000),
                         "two thousand " + words(y - 2000)])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + " hundred"
    if lo < 10:
        return words(hi) + " oh " + ONES[lo]
    return words(hi) + " " + words(lo)


def say_digits(r: random.Random, s: str) -> str:
    """Digits one by one, with "double"/"triple" for runs and "oh" or "zero"."""
    zero = r.choice(["oh", "oh", "zero"])
    names = [zero] + ONES[1:10]
    out: list[str] = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run, name = j - i, names[int(s[i])]
        while run > 0:
            if run >= 3 and r.random() < 0.4:
                out.append("triple " + name)
                run -= 3
            elif run >= 2 and r.random() < 0.5:
                out.append("double " + name)
                run -= 2
            else:
                out.append(name)
                run -= 1
        i = j
    return " ".join(out)


def say_group(r: random.Random, s: str) -> str:
    """One digit group as a person reads it: by digits, in pairs or as hundreds."""
    x = r.random()
    if len(s) == 4 and x < 0.35:
        return pair_words(s[:2]) + " " + pair_words(s[2:])
    if len(s) == 3 and s[0] != "0" and s[1:] == "00" and x < 0.6:
        return ONES[int(s[0])] + " hundred"
    if len(s) == 2 and x < 0.5:
        return pair_words(s)
    return say_digits(r, s)


def say_number_string(r: random.Random, s: str) -> str:
    """A phone-like digit string read group by group."""
    groups = re.findall(r"\d+", s)
    joiner = r.choice([", ", " ", " "])
    head = "plus " if s.startswith("+") else ""
    return head + joiner.join(say_group(r, g) for g in groups)


NATO = {c: w for c, w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
    "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November "
    "Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu").split())}
AS_IN = {c: w for c, w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
    "apple boy cat David Edward Frank George Henry igloo John king Larry Mary Nancy orange "
    "Peter queen Robert Sam Tom umbrella Victor William X-ray yellow zebra").split())}
SEP_WORDS = {"-": ["dash", ""], "/": ["slash"], ".": ["dot"], "_": ["underscore"],
             " ": [""], "#": ["pound"], "*": ["star"]}


def say_code(r: random.Random, code: str) -> str:
    """An alphanumeric code read aloud: letters plain, NATO or "B as in boy", digits spoken."""
    style = r.choice(["plain", "plain", "plain", "nato", "asin"])
    out: list[str] = []
    for part in re.findall(r"[A-Za-z]+|\d+|[^A-Za-z\d]", code):
        if part.isdigit():
            out.append(say_group(r, part) if len(part) <= 4 else say_digits(r, part))
        elif part.isalpha():
            for ch in part.upper():
                pick = style if r.random() < 0.7 else "plain"
                if pick == "nato":
                    out.append(NATO[ch])
                elif pick == "asin":
                    out.append(f"{ch} as in {AS_IN[ch]}")
                else:
                    out.append(ch)
        else:
            word = r.choice(SEP_WORDS.get(part, [""]))
            if word:
                out.append(word)
    return " ".join(out)


def spell_written(r: random.Random, code: str) -> str:
    """A code as Whisper writes a spelled reading: "B as in Bravo, 4471"."""
    out: list[str] = []
    for part in re.findall(r"[A-Za-z]+|\d+", code):
        if part.isdigit():
            out.append(part)
        else:
            out.extend(f"{ch} as in {NATO[ch]}" if r.random() < 0.6 else ch
                       for ch in part.upper())
    return r.choice([", ", " "]).join(out)


# ---------------------------------------------------------------- value pools

FIRST = ("Aisha Mateo Priya Oluwaseun Hiroshi Siobhan Dmitri Fatima Thanh Ingrid Kwame Lucía "
         "Rajesh Mei Tomasz Ngozi Alejandro Yuki Amara Connor Leilani Farid Zanele Bogdan Camila "
         "Deshawn Esperanza Gustavo Hana Ibrahim Jolene Kenji Lakshmi Marisol Nikolai Olga Pedro "
         "Qiana Rosalind Sanjay Tatiana Uchenna Valentina Wen Xiomara Yusuf Zofia Brendan Carmen "
         "Dariush Efua Florin Giselle Hamza Imani Jonah Keiko Lorenzo Malia Nasrin Oren Paulette "
         "Rhys Sunita Tyrone Ulla Vikram Wanjiru Yara Anh Bao Chidi Dolores Emeka Fiona Guadalupe "
         "Hector Isabela Jasmine Kofi Margarethe Sione Tariq Beatriz Ruairi Aroha Svetlana").split()
LAST = ("Okafor Nakamura Castellanos Haddad Kowalski Fitzgerald Abernathy Ramaswamy Lindqvist "
        "Mbeki Nguyen Delgado Petrov Adeyemi O'Sullivan Tanaka Khoury Schmidt Morales Chen Patel "
        "Okonkwo Bianchi Hwang Svensson Mensah Gutierrez Rosenberg Park Singh Dubois Kuznetsova "
        "Achebe Yilmaz Fernandes Ivanova Bautista Goldberg MacLeod Ferreira Novak Oyelaran Sato "
        "Wójcik Takahashi Mwangi Reyes Quispe Hakimi Zhao Lefebvre Moreau Kaur Eriksen Abara "
        "Dimitriou Papadopoulos Salazar Tran Obi Kim Horvath Baptiste Jean-Louis Mahmoud Sandoval "
        "Whitaker Brennan Lopez Ortega Ruiz Kamara Diallo Tuilagi Rahimi Vasquez Halvorsen").split()
HONORIFICS = ["Mr.", "Mrs.", "Ms.", "Miss", "Dr."]
CREDENTIALS = ["MD", "RN", "PhD", "DDS", "Esq.", "NP", "DO"]
PETS = ("Rex Biscuit Mochi Luna Chewie Pepper Simba Kiwi Bruno Tofu Coco Max Peanut Ziggy "
        "Nala Gizmo Oreo Pickles Duke Mango").split()
ANSWERS = ["Lagos", "Cork", "Tucson", "Maple Street", "Corolla", "Lincoln Elementary",
           "Grandma Rosa", "Guadalajara", "blue", "Kowalski", "pizza", "Hamburg",
           "Falcons", "Mrs. Dunleavy", "Civic", "Ridgemont"]
PW_WORDS = ("alfalfa sunflower bluejay tacos mango riverside pumpkin dolphin cobalt jasmine "
            "falcon lighthouse pretzel thunder walnut marigold").split()

CITIES = ["Austin", "Fresno", "Dearborn", "Tucson", "Lagos", "Manila", "Guadalajara", "Toronto",
          "Hamburg", "Kraków", "Osaka", "Nairobi", "Chennai", "São Paulo", "Dublin", "Cork",
          "Halifax", "Spokane", "Albuquerque", "El Paso", "Savannah", "Boise", "Newark",
          "Oakland", "Baton Rouge", "Hialeah", "Addis Ababa", "Lyon", "Porto", "Kingston",
          "Accra", "Winnipeg", "Leeds", "Medellín", "Da Nang", "Cebu", "Tulsa", "Anchorage",
          "Scranton", "Reno", "Honolulu", "Ho Chi Minh City", "Marrakesh", "Auckland"]
STATES = ["Texas", "California", "Ohio", "New Jersey", "Georgia", "Arizona", "Michigan",
          "Oregon", "Florida", "Minnesota", "Ontario", "Quebec", "British Columbia", "Virginia",
          "Nevada", "Louisiana", "Alaska", "Hawaii", "Queensland", "Jalisco"]
CSZ = [("Austin", "TX", "787"), ("Fresno", "CA", "937"), ("Dearborn", "MI", "481"),
       ("Tucson", "AZ", "857"), ("Spokane", "WA", "992"), ("Albuquerque", "NM", "871"),
       ("Savannah", "GA", "314"), ("Boise", "ID", "837"), ("Newark", "NJ", "071"),
       ("Oakland", "CA", "946"), ("Baton Rouge", "LA", "708"), ("Hialeah", "FL", "330"),
       ("Duluth", "MN", "558"), ("Lowell", "MA", "018"), ("Paterson", "NJ", "075"),
       ("Yonkers", "NY", "107"), ("Green Bay", "WI", "543"), ("Lubbock", "TX", "794"),
       ("Fargo", "ND", "581"), ("Chattanooga", "TN", "374"), ("Tacoma", "WA", "984"),
       ("Provo", "UT", "846"), ("Toledo", "OH", "436"), ("Laredo", "TX", "780")]
COUNTRIES = ["Mexico", "Nigeria", "Vietnam", "Brazil", "India", "Poland", "Haiti", "Ethiopia",
             "Canada", "Germany", "Japan", "South Korea", "Ghana", "Peru", "Ukraine", "Jamaica",
             "Ireland", "Egypt", "Turkey", "Colombia", "El Salvador", "Guatemala", "Somalia",
             "Kenya", "Morocco", "Portugal", "Australia", "Pakistan", "Bangladesh", "Samoa"]
STREET_NAMES = ["Sunset", "Oak Hollow", "Maple", "Peachtree", "Kingsway",
                "Willow Creek", "Magnolia", "Jefferson", "Cedar Ridge", "Harbor",
                "Mbeki", "Lakeshore", "Orchard", "Riverbend", "Alvarado", "Kamehameha",
                "Birchwood", "Pinecrest", "Dogwood", "Waverly", "Juniper", "Mission"]
STREET_TYPES = ["Avenue", "Street", "Drive", "Road", "Boulevard", "Lane", "Court", "Way",
                "Ave.", "St.", "Blvd.", "Terrace", "Place"]
LANDMARKS_THE = ["Grand Canyon", "Golden Gate Bridge", "Space Needle", "Eiffel Tower", "Alamo",
                 "Gateway Arch", "Lincoln Memorial", "Brooklyn Bridge", "CN Tower",
                 "Blue Mosque", "Taj Mahal", "Hoover Dam", "Colosseum", "Great Wall"]
LANDMARKS = ["Central Park", "Niagara Falls", "Millennium Park", "Pike Place Market",
             "Lake Tahoe", "Mount Rainier", "Table Mountain", "Stone Mountain", "Lake Victoria",
             "Yosemite", "Machu Picchu", "Times Square", "Mount Kilimanjaro", "Waikiki Beach"]
AIRPORTS = ["JFK", "O'Hare", "LAX", "Heathrow", "Logan", "Sea-Tac", "Newark",
            "Hartsfield-Jackson", "Pearson", "Narita", "Dulles", "SFO", "Midway",
            "Murtala Muhammed", "Ninoy Aquino", "Schiphol"]
HIGHWAYS = ["I-95", "I-10", "Route 9", "Highway 101", "Interstate 35", "M25", "US-1",
            "Loop 610", "Route 66", "I-405", "Highway 401", "I-5"]
CITY_STATE = [("Austin", "Texas"), ("Fresno", "California"), ("Dearborn", "Michigan"),
              ("Tucson", "Arizona"), ("Toronto", "Ontario"), ("Savannah", "Georgia"),
              ("Reno", "Nevada"), ("Honolulu", "Hawaii"), ("Anchorage", "Alaska"),
              ("Baton Rouge", "Louisiana"), ("Hialeah", "Florida"), ("Guadalajara", "Jalisco"),
              ("Vancouver", "British Columbia"), ("Brisbane", "Queensland"), ("Duluth", "MN"),
              ("Tulsa", "OK"), ("Scranton", "PA"), ("Salem", "Oregon"), ("Laval", "Quebec"),
              ("Paterson", "NJ"), ("Norfolk", "Virginia")]
CITY_COUNTRY = [("Lagos", "Nigeria"), ("Manila", "Philippines"), ("Kraków", "Poland"),
                ("Osaka", "Japan"), ("Nairobi", "Kenya"), ("Chennai", "India"),
                ("São Paulo", "Brazil"), ("Cork", "Ireland"), ("Lyon", "France"),
                ("Porto", "Portugal"), ("Kingston", "Jamaica"), ("Accra", "Ghana"),
                ("Medellín", "Colombia"), ("Da Nang", "Vietnam"), ("Marrakesh", "Morocco"),
                ("Auckland", "New Zealand"), ("Hamburg", "Germany"), ("Lahore", "Pakistan"),
                ("Cusco", "Peru"), ("Apia", "Samoa"), ("Izmir", "Turkey")]

BANKS = ["Chase", "Wells Fargo", "Bank of America", "Desjardins", "HSBC", "Banco Santander",
         "Navy Federal", "Pinecrest Credit Union", "First Tidewater Bank", "Ally", "Citibank",
         "TD Bank", "BBVA", "Barclays", "Golden Plains Savings"]
INSURERS = ["State Farm", "Allstate", "Geico", "Progressive", "Liberty Mutual",
            "Harborline Mutual", "Nationwide", "Farmers", "USAA", "Travelers", "Erie Insurance"]
HEALTH_INSURERS = ["Aetna", "Blue Cross Blue Shield", "Kaiser Permanente", "Humana", "Cigna",
                   "UnitedHealthcare", "Molina Healthcare", "Oscar Health", "Ambetter",
                   "Highmark", "Bupa"]
HOSPITALS = ["Northwest General Hospital", "Mercy Regional", "St. Luke's", "Cedars-Sinai",
             "Mount Sinai", "Lakeview Medical Center", "Riverside Community Hospital",
             "Toronto General", "Baylor Scott and White", "Children's Hospital of Philadelphia",
             "Mayo Clinic", "Sunnybrook", "Hope Valley Clinic"]
K12_SCHOOLS = ["Lincoln High School", "Oakridge Elementary", "Pinewood Academy",
               "Ridgeview Middle School", "Saint Brigid's School", "Jefferson Elementary",
               "Riverside Montessori", "Escuela Benito Juárez", "Al-Noor Academy"]
SCHOOLS = K12_SCHOOLS + ["University of Alaska", "Georgia Tech", "Universidad de Guadalajara",
                         "Santa Monica College", "Howard University", "McGill",
                         "Tulsa Community College"]
AGENCIES = ["IRS", "DMV", "Social Security Administration", "FEMA", "USCIS", "HMRC",
            "Department of Labor", "Service Canada", "Housing Authority", "Veterans Affairs"]
PROGRAMS = ["Medicare", "Medicaid", "SNAP", "WIC", "CHIP", "Medi-Cal", "Tricare"]
NETWORKS = ["Visa", "Mastercard", "Amex", "American Express", "Discover"]
CAR_BRANDS = ["Toyota", "Honda", "Hyundai", "Ford", "Subaru", "Kia", "Tesla", "Nissan",
              "Volkswagen", "Chevy", "BMW", "Mazda"]
COMPANIES = ["Amazon", "Comcast", "Verizon", "Dell", "Microsoft", "Apple", "Samsung", "Costco",
             "Target", "Walgreens", "CVS", "Home Depot", "IKEA", "Uber", "Airbnb", "Expedia",
             "Marriott", "Hilton", "Twitter", "Netflix", "Shopify", "Tata Consultancy",
             "Accenture", "Deloitte"]
LOCAL_BIZ = ["Rosario's Tile and Stone", "Blue Heron Dental", "Kowalski Brothers Plumbing",
             "Golden Lotus Nail Spa", "Mama Ngozi's Kitchen", "Sunrise Auto Glass",
             "Patel Pharmacy", "Tran and Sons Hardware", "Big Sky Storage",
             "Haddad Family Bakery", "Fjord Street Coffee", "Ortega Law Group",
             "Nakamura Dental Arts", "Brightside Tutoring", "Cedar Lane Veterinary",
             "Kestrel Home Goods", "Bayou Breeze Cleaners", "Three Rivers Roofing"]
COURIERS = ["FedEx", "UPS", "DHL", "USPS", "Canada Post", "Royal Mail", "Purolator", "OnTrac"]
AIRLINES = ["Delta", "United", "Lufthansa", "Air India", "Emirates", "Southwest", "JetBlue",
            "Aer Lingus", "Avianca", "Air Canada", "Qantas", "Ethiopian Airlines"]
UTILITIES = ["PG&E", "Con Edison", "Spectrum", "Duke Energy", "Xfinity", "Hydro One",
             "National Grid", "Dominion Energy", "AT&T", "T-Mobile"]
RETAILERS = ["Target", "Best Buy", "Walmart", "Nordstrom", "Zara", "Wayfair", "Kohl's",
             "Kestrel Home Goods", "Chewy", "Sephora"]

JOBS_BY_KIND = {
    "claims": ["adjuster", "claims examiner", "case worker", "loan officer", "underwriter",
               "claims adjuster", "paralegal"],
    "visit": ["meter reader", "tech", "electrician", "plumber", "field technician",
              "inspector", "cable installer"],
    "care": ["nurse", "case worker", "pharmacist", "physical therapist", "home health aide",
             "nurse practitioner", "care coordinator", "respiratory therapist"],
}
JOBS = ["nurse", "adjuster", "paralegal", "dental hygienist", "pharmacist", "electrician",
        "software engineer", "truck driver", "accountant", "CPA", "teacher", "social worker",
        "case worker", "forklift operator", "line cook", "physical therapist",
        "real estate agent", "flight attendant", "firefighter", "barista",
        "warehouse associate", "professor", "welder", "home health aide", "police officer",
        "mechanic", "civil engineer", "bookkeeper", "security guard", "tech", "surgeon",
        "veterinarian", "architect", "graphic designer", "data analyst", "plumber",
        "court reporter", "meter reader", "loan officer", "claims examiner", "cashier",
        "respiratory therapist", "substitute teacher", "bus driver", "machinist"]
COUNTRY_NATIONALITIES = ["American", "Mexican", "Nigerian", "Vietnamese", "Filipino",
                         "Brazilian", "Korean", "Indian", "Pakistani", "Polish", "Irish",
                         "Haitian", "Ethiopian", "Somali", "Guatemalan", "Ukrainian", "Jamaican",
                         "Canadian", "Egyptian", "Turkish", "Colombian", "Ghanaian", "Samoan"]
NATIONALITIES = ["American", "Mexican", "Nigerian", "Vietnamese", "Filipino", "Brazilian",
                 "Korean", "Indian", "Pakistani", "Polish", "Irish", "Haitian", "Ethiopian",
                 "Somali", "Guatemalan", "Salvadoran", "Ukrainian", "Jamaican", "Chinese",
                 "Japanese", "Canadian", "Egyptian", "Turkish", "Iranian", "Colombian",
                 "Cuban", "Hispanic", "Latino", "Asian", "Black", "Caucasian",
                 "Native American", "Pacific Islander", "African American", "Samoan",
                 "Ghanaian", "Puerto Rican", "Dominican"]
LANGUAGES = ["Spanish", "French", "Mandarin", "Cantonese", "Tagalog", "Vietnamese", "Arabic",
             "Portuguese", "Haitian Creole", "Korean", "Russian", "Polish", "Amharic", "Somali",
             "Hindi", "Urdu", "Punjabi", "Farsi", "Swahili", "Yoruba", "American Sign Language",
             "Hmong", "Navajo", "German", "Italian", "Japanese", "Greek", "Tamil", "Bengali",
             "Ukrainian", "Igbo", "Gujarati"]
NO_RELIGION = ["atheist", "agnostic"]
RELIGIONS = ["Catholic", "Jewish", "Muslim", "Hindu", "Sikh", "Buddhist", "Mormon", "Baptist",
             "Methodist", "Lutheran", "Presbyterian", "Evangelical", "Greek Orthodox",
             "Seventh-day Adventist", "Jehovah's Witness", "Quaker", "atheist", "agnostic",
             "Christian", "Pentecostal", "Episcopalian", "Jain", "Baha'i"]
PARTIES = ["Republican", "Democrat", "Democratic", "independent", "Libertarian", "Green Party",
           "Labour", "Conservative", "Liberal Democrat", "socialist", "progressive",
           "Tory", "NDP", "Green", "conservative", "liberal"]
MARITAL = ["married", "divorced", "single", "widowed", "separated", "common-law", "engaged",
           "remarried", "legally separated", "newly married"]
EX_SPOUSES = ["ex-wife", "ex-husband", "late husband", "late wife", "ex", "ex-partner",
              "ex-fiancé", "former husband", "former wife"]
GENDERS = ["female", "male", "transgender", "trans", "nonbinary", "non-binary", "bisexual",
           "gay", "lesbian", "queer", "genderfluid", "asexual", "pansexual", "cisgender",
           "intersex"]
OUT_TERMS = ["gay", "lesbian", "bisexual", "trans", "transgender", "nonbinary", "queer",
             "pansexual", "asexual", "genderfluid"]
SIGNS = ("Aries Taurus Gemini Cancer Leo Virgo Libra Scorpio Sagittarius Capricorn Aquarius "
         "Pisces").split()
HOLIDAYS = ["Yom Kippur", "Diwali", "Thanksgiving", "Lunar New Year", "Eid al-Fitr", "Christmas",
            "Fourth of July", "Black Friday", "Hanukkah", "Día de los Muertos", "Cyber Monday",
            "Labor Day", "Memorial Day", "Passover", "Easter", "Ramadan", "Juneteenth",
            "New Year's Eve", "Holi", "Kwanzaa", "Rosh Hashanah", "Canada Day", "Boxing Day",
            "Eid al-Adha", "Chuseok", "Songkran"]
EVENTS_THE = ["Super Bowl", "Boston Marathon", "World Cup", "Olympics", "Kentucky Derby",
              "Tour de France", "Rose Parade", "Chicago Marathon", "Grammys", "State Fair",
              "Macy's parade"]
FESTIVALS = ["Coachella", "Comic-Con", "Burning Man", "Oktoberfest", "Lollapalooza",
             "Wimbledon", "SXSW", "Glastonbury", "Essence Fest", "Carnival", "Mardi Gras"]
PARADES = ["Pride", "Mardi Gras", "Carnival", "Juneteenth", "Fourth of July", "Lunar New Year",
           "Saint Patrick's Day", "Día de los Muertos", "Puerto Rican Day", "Diwali"]
DRUGS = ["Advil", "Tylenol", "acetaminophen", "ibuprofen", "metformin", "lisinopril",
         "atorvastatin", "Lipitor", "Zoloft", "sertraline", "amoxicillin", "prednisone",
         "gabapentin", "levothyroxine", "Synthroid", "albuterol", "Eliquis", "warfarin",
         "Ozempic", "insulin", "omeprazole", "Xanax", "Adderall", "vitamin D", "fish oil",
         "melatonin", "Panadol", "Humira", "Keppra", "Benadryl", "Claritin", "losartan",
         "amlodipine", "Wellbutrin", "penicillin", "turmeric", "magnesium", "vitamin B12",
         "Jardiance", "Flonase", "naproxen", "Suboxone", "Paxlovid", "folic acid"]
PAINKILLERS = ["Advil", "Tylenol", "ibuprofen", "Aleve", "Excedrin", "Panadol", "aspirin",
               "acetaminophen", "naproxen", "Motrin"]
DOSES = ["20 milligrams", "500 mg", "10 mg", "two tablets", "81 milligrams", "one pill",
         "5 mg", "a half tablet", "25 mg", "1,000 units"]
CONDITIONS = ["type 2 diabetes", "AFib", "kidney stones", "asthma", "hypertension", "migraines",
              "COPD", "celiac disease", "Crohn's disease", "sleep apnea", "depression",
              "anxiety", "lupus", "shingles", "GERD", "hypothyroidism", "multiple sclerosis",
              "endometriosis", "gout", "pneumonia", "ADHD", "PTSD", "high blood pressure",
              "high cholesterol", "rheumatoid arthritis", "fibromyalgia", "epilepsy",
              "Parkinson's", "Alzheimer's", "dementia", "bipolar disorder",
              "chronic fatigue syndrome", "arrhythmia", "psoriasis", "eczema", "glaucoma",
              "anemia", "kidney disease", "congestive heart failure", "long COVID",
              "strep throat", "vertigo", "plantar fasciitis", "sickle cell anemia",
              "type 1 diabetes", "macular degeneration", "IBS"]
PROCS_COUNT = ["CT scan", "MRI", "colonoscopy", "knee replacement", "hip replacement",
               "echocardiogram", "mammogram", "root canal", "ultrasound", "EKG", "biopsy",
               "stress test", "flu shot", "C-section", "appendectomy", "sleep study",
               "pap smear", "X-ray", "endoscopy", "skin graft", "angioplasty", "hearing test",
               "spinal fusion", "PET scan", "hysterectomy", "lumbar puncture", "tonsillectomy"]
PROCS_THERAPY = ["physical therapy", "dialysis", "chemo", "radiation", "occupational therapy",
                 "cognitive behavioral therapy", "speech therapy", "chemotherapy",
                 "allergy shots", "IV antibiotics", "cardiac rehab"]
PROCS_SURGERY = ["cataract surgery", "LASIK", "bypass surgery", "gallbladder surgery",
                 "knee surgery", "back surgery", "rotator cuff surgery", "open heart surgery"]
PROCS_MASS = PROCS_THERAPY + PROCS_SURGERY + ["blood work"]
PROCEDURES = PROCS_COUNT + PROCS_MASS
INJURIES = ["sprained wrist", "concussion", "torn ACL", "fractured ankle", "dislocated shoulder",
            "hairline fracture", "broken collarbone", "black eye", "cracked rib",
            "pulled hamstring", "torn rotator cuff", "broken nose", "stress fracture",
            "sprained ankle", "broken wrist", "torn meniscus", "deep gash on {p} forearm"]
INJURIES_MASS = ["whiplash", "bruised ribs", "second-degree burns", "two broken fingers",
                 "cuts on {p} face", "torn ligaments in {p} knee", "broken ribs",
                 "burns on {p} arms", "a |concussion", "road rash"]
INJURY_VERBS = ["broke {p} arm", "sprained {p} ankle", "twisted {p} knee", "cut {p} finger",
                "burned {p} hand", "hurt {p} back", "tore {p} meniscus", "fractured {p} wrist",
                "dislocated {p} shoulder", "bruised {p} tailbone", "chipped {p} tooth",
                "broke two ribs", "pulled a muscle in {p} back", "tore {p} Achilles",
                "broke {p} big toe", "strained {p} neck"]
HAIR_EYES = ["red hair", "curly gray hair", "blue eyes", "green eyes", "long black hair",
             "blond dreadlocks", "brown eyes", "freckles", "short white hair", "hazel eyes",
             "a |buzz cut", "bright red curls"]
MARKS = ["scar across {p} chin", "tattoo on {p} left forearm", "birthmark on {p} neck",
         "limp", "prosthetic leg", "lazy eye", "burn scar on {p} hand", "gold front tooth",
         "snake tattoo on {p} neck", "mole above {p} lip", "hearing aid"]
DISABILITIES = ["deaf", "legally blind", "hard of hearing", "paraplegic", "colorblind",
                "blind in one eye", "heavyset", "bald", "hearing impaired", "quadriplegic",
                "nonverbal", "an |amputee", "autistic", "very tall"]
HEARING = ["deaf", "hard of hearing", "hearing impaired", "nonverbal", "mute"]
MOBILITY = ["paraplegic", "quadriplegic", "legally blind", "an |amputee", "blind",
            "partially paralyzed"]

# no-PII look-alike values (carrier text, never labeled)
NP_ROOMS = ["214", "4C", "108", "3A", "12", "Oak", "C", "Maple"]
NP_GATES = ["B12", "22", "C7", "A3", "14", "D41", "9"]
NP_MODELS = ["X200", "RT-400 router", "Series 7", "AX3000", "model 52", "Pro 14", "TX-9 unit"]
NP_FORMS = ["W-2", "1099", "I-9", "W-4", "1040", "Form 8821", "DS-82", "Schedule C"]
NP_PROMOS = ["SAVE20", "SPRING15", "FREESHIP", "WELCOME10", "BOGO", "FALL25"]
NP_ERRORS = ["404", "E-17", "500", "code 12", "F-03", "1603", "E4"]
NP_VERSIONS = ["4.2", "12.1", "3.0", "7.5.1", "2.8"]


# ---------------------------------------------------------------- value generators

class Ctx:
    """Per-line random source and speaking style."""

    def __init__(self, r: random.Random, spoken: bool):
        self.r = r
        self.sp = spoken

    def pick(self, pool: list[str]) -> str | tuple[str, str]:
        """A pool entry; "a |value" entries give (carrier prefix, value)."""
        value = self.r.choice(pool)
        return tuple(value.split("|")) if "|" in value else value


def digits(r: random.Random, n: int) -> str:
    """n random digits."""
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def letters(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    """n random capital letters."""
    return "".join(r.choice(alphabet) for _ in range(n))


def render_code(c: Ctx, code: str) -> str:
    """A code written, spelled ("B as in Bravo") or read aloud, by style."""
    if c.sp and c.r.random() < 0.75:
        return say_code(c.r, code)
    if not c.sp and c.r.random() < 0.12:
        return spell_written(c.r, code)
    return code


def render_digits(c: Ctx, written: str) -> str:
    """A purely numeric value written or read group by group."""
    return say_number_string(c.r, written) if c.sp else written


def pronoun(c: Ctx, arg: str | None) -> str:
    """The possessive for a body-part phrase."""
    return arg or c.r.choice(["his", "her"])


# person names
def g_first(c, a):
    return c.pick(FIRST)


def g_last(c, a):
    return c.pick(LAST)


def g_full(c, a):
    return f"{c.pick(FIRST)} {c.pick(LAST)}"


def g_hon(c, a):
    return f"{c.pick(HONORIFICS)} {c.pick(LAST)}"


def g_drname(c, a):
    name = f"Dr. {c.pick(FIRST)} {c.pick(LAST)}"
    return name + (", MD" if c.r.random() < 0.3 else "")


def g_credname(c, a):
    return f"{c.pick(FIRST)} {c.pick(LAST)}, {c.pick(CREDENTIALS)}"


def g_lastspelled(c, a):
    name = c.r.choice([n for n in LAST if n.isalpha()])
    return [(name, "person_name"), (r" spelled " if c.r.random() < 0.3 else ", spelled ", None),
            (" ".join(name.upper()), "person_name")]


# contact
AREAS = ["415", "212", "646", "713", "305", "312", "206", "617", "404", "503", "718", "832",
         "469", "602", "510", "917", "214", "773", "347", "857", "808", "907", "210"]


def g_phone(c, a):
    r = c.r
    kind = r.choices(["dash", "paren", "dots", "toll", "plus1", "seven", "intl"],
                     weights=[5, 4, 1, 2, 2, 1, 2])[0]
    area, ex = r.choice(AREAS), r.choice(["555", "555", str(r.randint(201, 989))])
    line = f"01{r.randint(0, 99):02d}" if ex == "555" else digits(r, 4)
    if kind == "dash":
        w = f"{area}-{ex}-{line}"
    elif kind == "paren":
        w = f"({area}) {ex}-{line}"
    elif kind == "dots":
        w = f"{area}.{ex}.{line}"
    elif kind == "toll":
        w = f"1-{r.choice(['800', '888', '877', '866'])}-{ex}-{line}"
    elif kind == "plus1":
        w = f"+1 {area} {ex} {line}"
    elif kind == "seven":
        w = f"{ex}-{line}"
    else:
        w = r.choice([f"+44 20 7946 0{digits(r, 3)}", f"+52 55 {digits(r, 4)} {digits(r, 4)}",
                      f"+91 98{digits(r, 3)} {digits(r, 5)}", f"+234 803 555 0{digits(r, 3)}",
                      f"+63 917 555 0{digits(r, 3)}", f"+33 6 {digits(r, 2)} {digits(r, 2)} "
                      f"{digits(r, 2)} {digits(r, 2)}", f"+49 30 {digits(r, 8)}"])
    return render_digits(c, w)


EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                 "proton.me", "comcast.net", "gmx.de", "yahoo.co.uk", "live.ca",
                 "harborlinemutual.com", "pinecrestcu.org", "ridgeviewschools.org",
                 "ortegalaw.com", "bigskystorage.net", "mercyregional.org", "uni-hamburg.de"]


def spoken_text(r: random.Random, s: str) -> str:
    """Emails, URLs, handles and file names read aloud symbol by symbol."""
    out: list[str] = []
    for part in re.findall(r"[A-Za-z]+|\d+|[^A-Za-z\d]", s):
        if part.isdigit():
            year = len(part) == 4 and part[:2] in ("19", "20")
            out.append(year_words(r, int(part)) if year else say_group(r, part)
                       if len(part) <= 4 else say_digits(r, part))
        elif part.isalpha():
            out.append(part.lower())
        else:
            name = {".": "dot", "@": "at", "_": "underscore", "-": "dash", "/": "slash",
                    ":": "colon", "\\": "backslash", " ": ""}.get(part, "")
            if name:
                out.append(name)
    return " ".join(out)


def email_local(r: random.Random) -> str:
    """A local part built from a name."""
    f, l = r.choice(FIRST), r.choice([n for n in LAST if n.isascii() and n.isalpha()])
    f = f if f.isascii() else r.choice(["maria", "jose", "lucia", "zofia"])
    f, l = f.lower(), l.lower()
    return r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}{l}{r.randint(1, 99)}",
                     f"{f}.{l[0]}", f"{f}{r.randint(70, 99)}", f"{l}.{f}", f"{f[0]}.{l}"])


def g_email(c, a):
    w = f"{email_local(c.r)}@{c.r.choice(EMAIL_DOMAINS)}"
    return spoken_text(c.r, w) if c.sp else w


URL_HOSTS = ["spectrum.com", "pge.com", "harborlinemutual.com", "ridgeviewschools.org",
             "mybenefits.ny.gov", "cityofdenton.gov", "lufthansa.com", "kestrelhome.com",
             "ortegalaw.com", "pinecrestcu.org", "irs.gov", "canada.ca", "gov.uk",
             "bigskystorage.net", "bayoubreeze.co", "blueherondental.com", "fjordstreet.coffee",
             "mercyregional.org", "shop.rosariostile.com", "help.duke-energy.com"]
URL_PATHS = ["", "", "/help", "/pay", "/outages", "/claims/new", "/returns", "/login",
             "/forms/w9", "/contact", "/appointments", "/en/services", "/track",
             "/support/reset-password", "/billing/autopay", "/calendar"]


def g_url(c, a):
    r = c.r
    if not c.sp and r.random() < 0.08:
        return f"https://bit.ly/{letters(r, 3)}{digits(r, 2)}{letters(r, 2, 'abcdefghkmnpqrstuvwxyz')}"
    host = r.choice(URL_HOSTS)
    schemes = ["", "", "https://", "https://www.", "www.", "http://"] if host.count(".") == 1 \
        else ["", "", "https://"]
    w = f"{r.choice(schemes)}{host}{r.choice(URL_PATHS)}"
    if not c.sp:
        return w
    m = re.match(r"(https?://)?(www\.)?(.*)", w)
    head = ""
    if m.group(1):
        head += ("h t t p s" if m.group(1).startswith("https") else "h t t p") + " colon slash slash "
    if m.group(2):
        head += "w w w dot "
    return head + spoken_text(r, m.group(3))


def g_ip(c, a):
    r = c.r
    if not c.sp and r.random() < 0.15:
        return r.choice([f"2001:db8:{r.randint(0, 65535):x}::{r.randint(1, 65535):x}",
                         f"fe80::{r.randint(0, 65535):x}:{r.randint(0, 65535):x}:"
                         f"{r.randint(0, 65535):x}:{r.randint(0, 65535):x}"])
    octets = r.choice([[192, 168, r.randint(0, 2), r.randint(2, 254)],
                       [10, 0, r.randint(0, 9), r.randint(2, 254)],
                       [172, 16, r.randint(0, 31), r.randint(2, 254)],
                       [r.randint(24, 99), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)],
                       [203, 0, 113, r.randint(1, 254)], [198, 51, 100, r.randint(1, 254)]])
    if not c.sp:
        return ".".join(map(str, octets))
    by_digit = r.random() < 0.6
    return " dot ".join(say_digits(r, str(o)) if by_digit else words(o) for o in octets)


# cards
def luhn_check_digit(partial: str) -> str:
    """The Luhn digit that completes `partial`."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    """Luhn checksum over a full digit string."""
    return luhn_check_digit(number[:-1]) == number[-1]


NETWORK_KIND = {"Visa": "visa", "Mastercard": "mc", "Amex": "amex", "American Express": "amex",
                "Discover": "disc"}


def g_netcard(c, a):
    network = c.r.choice(NETWORKS)
    return [(network, "organization"), (", number ", None),
            (g_card(c, NETWORK_KIND[network]), "credit_card_number")]


def g_card(c, a):
    r = c.r
    kind = a or r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    prefix = {"visa": "4", "mc": str(r.randint(51, 55)), "amex": r.choice(["34", "37"]),
              "disc": "6011"}[kind]
    length = 15 if kind == "amex" else 16
    body = prefix + digits(r, length - 1 - len(prefix))
    num = body + luhn_check_digit(body)
    assert luhn_valid(num)
    groups = [num[:4], num[4:10], num[10:]] if kind == "amex" else \
        [num[i:i + 4] for i in range(0, 16, 4)]
    if c.sp:
        joiner = r.choice([", ", " "])
        return joiner.join(say_group(r, g) if len(g) == 4 else say_digits(r, g) for g in groups)
    return r.choice([" ", " ", " ", "-"]).join(groups) if r.random() < 0.85 else num


def g_last4(c, a):
    return render_digits(c, digits(c.r, 4))


def g_cvv(c, a):
    n = 4 if a == "4" else 3
    s = digits(c.r, n)
    return say_digits(c.r, s) if c.sp else s


def g_exp(c, a):
    r = c.r
    m, y = r.randint(1, 12), r.randint(2025, 2033)
    if c.sp:
        return r.choice([f"{pair_words(f'{m:02d}')} {pair_words(str(y % 100))}",
                         f"{MONTHS[m - 1]} {year_words(r, y)}",
                         f"{words(m)} {words(y % 100)}",
                         f"{words(m)} slash {words(y % 100)}"])
    return r.choice([f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}",
                     f"{MONTHS[m - 1]} {y}", f"{m}/{y % 100:02d}", f"{m:02d}-{y % 100:02d}"])


# government / account numbers
def ssn(r: random.Random) -> str:
    """An SSN with a valid area (001-899, not 666), group and serial."""
    area = r.choice([x for x in range(1, 900) if x != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def g_ssn(c, a):
    s = ssn(c.r)
    if not c.sp and c.r.random() < 0.2:
        s = s.replace("-", " ")
    return render_digits(c, s)


def g_acct(c, a):
    r = c.r
    code = r.choice([f"{letters(r, 2)}-{digits(r, 4)}-{digits(r, 4)}", digits(r, r.randint(8, 12)),
                     f"{digits(r, 4)} {digits(r, 4)} {digits(r, 4)}", f"LN{digits(r, 7)}",
                     f"{letters(r, 1)}-{digits(r, 8)}", f"{digits(r, 4)}-{digits(r, 3)}-{digits(r, 3)}",
                     f"{letters(r, 3)}{digits(r, 6)}", f"{digits(r, 2)}-{digits(r, 5)}-{digits(r, 2)}"])
    return render_code(c, code)


def aba_routing(r: random.Random) -> str:
    """A 9-digit ABA routing number with a valid checksum."""
    first2 = r.choice([f"{x:02d}" for x in list(range(1, 13)) + list(range(21, 33))])
    d = [int(ch) for ch in first2 + digits(r, 6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((10 - s % 10) % 10)
    return "".join(map(str, d))


def aba_valid(n: str) -> bool:
    """ABA checksum."""
    d = [int(ch) for ch in n]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def iban_number(r: random.Random) -> str:
    """An IBAN with valid mod-97 check digits (no spaces)."""
    cc, bban = r.choice([
        ("DE", digits(r, 18)),
        ("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14)),
        ("FR", digits(r, 23)), ("ES", digits(r, 20)),
        ("NL", r.choice(["ABNA", "INGB", "RABO"]) + digits(r, 10)),
        ("IT", letters(r, 1) + digits(r, 22)),
        ("IE", r.choice(["AIBK", "BOFI"]) + digits(r, 14)),
        ("BE", digits(r, 12)), ("CH", digits(r, 17)), ("PL", digits(r, 24))])
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    return f"{cc}{98 - num % 97:02d}{bban}"


def iban_valid(iban: str) -> bool:
    """mod-97 check."""
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def g_bankacct(c, a):
    return render_digits(c, digits(c.r, c.r.randint(8, 12)))


def g_bank4(c, a):
    return render_digits(c, digits(c.r, 4))


def g_routing(c, a):
    n = aba_routing(c.r)
    assert aba_valid(n)
    return say_digits(c.r, n) if c.sp else n


def g_iban(c, a):
    n = iban_number(c.r)
    assert iban_valid(n)
    grouped = " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    if c.sp:
        return say_code(c.r, grouped)
    return grouped if c.r.random() < 0.8 else n


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def g_mbi(c, a):
    r = c.r
    an = MBI_ALPHA + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(MBI_ALPHA) + r.choice(an) + str(r.randint(0, 9))
         + r.choice(MBI_ALPHA) + r.choice(an) + str(r.randint(0, 9)) + r.choice(MBI_ALPHA)
         + r.choice(MBI_ALPHA) + digits(r, 2))
    code = f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.6 else s
    return render_code(c, code)


def g_hcn(c, a):
    r = c.r
    code = r.choice([f"{letters(r, 3)}{digits(r, 9)}", f"W{digits(r, 9)}",
                     f"{digits(r, 4)}-{digits(r, 3)}-{digits(r, 3)}-{letters(r, 2)}",
                     f"{letters(r, 3)} {digits(r, 5)}-{digits(r, 2)}", f"{digits(r, 11)}",
                     f"MA{digits(r, 7)}", f"{letters(r, 1)}{digits(r, 8)}0{digits(r, 1)}",
                     f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {letters(r, 1)}"])
    return render_code(c, code)


def g_mrn(c, a):
    return render_code(c, c.r.choice([digits(c.r, 8), "00" + digits(c.r, 6), digits(c.r, 7),
                                      f"{digits(c.r, 3)}-{digits(c.r, 4)}"]))


def g_dl(c, a):
    r = c.r
    code = r.choice([f"{letters(r, 1)}{digits(r, 7)}", f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
                     f"{letters(r, 1)}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-"
                     f"{digits(r, 1)}", digits(r, 8), f"{letters(r, 1)}{digits(r, 3)}-{digits(r, 4)}-"
                     f"{digits(r, 4)}", f"{digits(r, 6)}-{digits(r, 3)}",
                     f"{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
                     f"{letters(r, 1)}{digits(r, 4)}-{digits(r, 5)}-{digits(r, 5)}",
                     f"{letters(r, 5)}{digits(r, 6)}{letters(r, 2)}{digits(r, 1)}{letters(r, 2)}"])
    return render_code(c, code)


def g_passport(c, a):
    r = c.r
    code = r.choice([digits(r, 9), f"{letters(r, 1)}{digits(r, 8)}", f"{letters(r, 2)}{digits(r, 6)}",
                     f"{letters(r, 1)}{digits(r, 7)}", f"C{letters(r, 1, 'FGHJKLMNPRTVWXYZ')}"
                     f"{digits(r, 1)}{letters(r, 1)}{digits(r, 2)}{letters(r, 1)}{digits(r, 2)}",
                     f"PA{digits(r, 7)}", f"P{digits(r, 7)}{letters(r, 1)}",
                     f"{letters(r, 2)}{digits(r, 1)}{letters(r, 1)}{digits(r, 1)}"
                     f"{letters(r, 1)}{digits(r, 2)}{letters(r, 1)}{digits(r, 2)}"])
    return render_code(c, code)


VIN_VALUES = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(vin: str) -> str:
    """The VIN check digit (position 9) for a 17-character VIN."""
    total = sum(VIN_VALUES[ch] * w for ch, w in zip(vin, VIN_WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def vin(r: random.Random) -> str:
    """A 17-character VIN with a valid check digit."""
    wmi = r.choice(["1HG", "5FN", "JTD", "WBA", "1FT", "3VW", "KMH", "2T1", "WDD", "YV1",
                    "JN1", "1G1", "5YJ", "KNA", "JM1", "4S4"])
    vds = "".join(r.choice(VIN_CHARS) for _ in range(5))
    year = r.choice("ABCDEFGHJKLMNPRSTVWXY123456789")
    rest = r.choice(VIN_CHARS[:-10]) + digits(r, 6)
    draft = wmi + vds + "0" + year + rest
    return draft[:8] + vin_check(draft) + draft[9:]


def g_vin(c, a):
    v = vin(c.r)
    assert vin_check(v) == v[8]
    return render_code(c, v)


def g_vinpart(c, a):
    return render_code(c, vin(c.r)[-c.r.choice([6, 8]):])


def g_plate(c, a):
    r = c.r
    code = r.choice([f"{letters(r, 3)}{digits(r, 4)}", f"{digits(r, 1)}{letters(r, 3)}{digits(r, 3)}",
                     f"{letters(r, 3)} {digits(r, 4)}", f"{letters(r, 3)}-{digits(r, 4)}",
                     f"{letters(r, 2)}{digits(r, 2)} {letters(r, 3)}", f"{digits(r, 3)} {letters(r, 3)}",
                     f"{letters(r, 2)}-{digits(r, 5)}", f"{letters(r, 1)}{digits(r, 2)} {letters(r, 1)}{digits(r, 2)}"])
    return render_code(c, code)


def g_platepart(c, a):
    r = c.r
    part = r.choice([letters(r, 3), letters(r, 2), digits(r, 1) + letters(r, 2), letters(r, 1) + digits(r, 1)])
    if c.sp:
        return say_code(r, part)
    return " ".join(part) if r.random() < 0.6 else part


def g_serialv(c, a):
    r = c.r
    return render_code(c, r.choice([f"{letters(r, 2)}-{digits(r, 5)}-{letters(r, 1)}",
                                    f"{digits(r, 1)}{letters(r, 2)}{digits(r, 8)}",
                                    f"{letters(r, 3)}{digits(r, 5)}{letters(r, 1)}{digits(r, 3)}"]))


# other codes
def g_code(c, a):
    r = c.r
    code = r.choice([digits(r, r.randint(6, 10)), f"{letters(r, r.randint(2, 3))}-{digits(r, r.randint(4, 7))}",
                     f"{digits(r, 4)}-{digits(r, 3)}-{digits(r, 3)}", letters(r, 2) + digits(r, 1)
                     + letters(r, 1) + digits(r, 1) + letters(r, 1),
                     f"{letters(r, 2)}{digits(r, 7)}", f"{digits(r, 5)}-{letters(r, 2)}",
                     f"{letters(r, 1)}{digits(r, 2)}{letters(r, 1)}-{digits(r, 2)}{letters(r, 1)}-"
                     f"{digits(r, 1)}{letters(r, 2)}", f"#{digits(r, 6)}"[1:],
                     f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", f"{letters(r, 6)}",
                     f"{digits(r, 2)}-{digits(r, 6)}", f"{letters(r, 1)}-{digits(r, 3)}-{digits(r, 3)}"])
    return render_code(c, code)


def g_tracking(c, a):
    r = c.r
    kind = r.randrange(4)
    if kind == 0:
        body = f"1Z{r.choice(['999', letters(r, 3)])}{r.choice(['AA1', letters(r, 2) + digits(r, 1)])}{digits(r, 10)}"
        code = body if r.random() < 0.5 else \
            f"{body[:2]} {body[2:5]} {body[5:8]} {body[8:10]} {body[10:14]} {body[14:]}"
    elif kind == 1:
        code = f"{digits(r, 4)} {digits(r, 4)} {digits(r, 4)}"
    elif kind == 2:
        s = "9400" + digits(r, 18)
        code = " ".join(s[i:i + 4] for i in range(0, 22, 4))
    else:
        code = r.choice([digits(r, 10), f"{letters(r, 2)}{digits(r, 9)}{letters(r, 2)}"])
    return render_code(c, code)


def g_flight(c, a):
    r = c.r
    code = f"{r.choice(['UA', 'DL', 'AA', 'LH', 'AI', 'EK', 'WN', 'B6', 'AC', 'ET', 'AV'])}" \
           f"{r.choice([' ', ''])}{r.randint(10, 2999)}"
    return render_code(c, code)


def g_gift(c, a):
    r = c.r
    code = r.choice([" ".join(digits(r, 4) for _ in range(4)), f"GC-{letters(r, 4)}-{digits(r, 4)}",
                     digits(r, 19), f"{letters(r, 4)}-{letters(r, 4)}-{digits(r, 4)}"])
    return render_code(c, code)


def g_serial(c, a):
    r = c.r
    code = r.choice([f"C02{letters(r, 2)}{digits(r, 1)}{letters(r, 3)}{digits(r, 1)}{letters(r, 1)}",
                     f"{digits(r, 1)}CG{digits(r, 4)}{letters(r, 3)}",
                     f"{letters(r, 4)}-{digits(r, 4)}-{letters(r, 2)}{digits(r, 2)}",
                     f"SN{digits(r, 9)}", f"{digits(r, 2)}{letters(r, 1)}{digits(r, 7)}"])
    return render_code(c, code)


# secrets
SYMBOL_WORDS = {"%": "percent", "!": "exclamation point", "#": "pound sign", "_": "underscore",
                "@": "at sign", "$": "dollar sign", "&": "and sign", "*": "star", ".": "dot"}


def g_pw(c, a):
    r = c.r
    w = r.choice(PW_WORDS)
    pw = r.choice([f"{r.randint(10, 99)}%{w}", f"temp{digits(r, 4)}", f"{w.title()}{digits(r, 2)}!",
                   f"{w}_{r.choice(PW_WORDS)}{digits(r, 1)}", f"{w.title()}#{r.randint(1985, 2024)}",
                   f"{w}{digits(r, 4)}", f"{w.upper()[:3]}{digits(r, 3)}{w[3:]}", f"{w}&{w[::-1]}",
                   f"Welcome{digits(r, 3)}$"])
    if not c.sp:
        return pw
    out: list[str] = []
    for part in re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]*|[a-z]+|\d+|[^A-Za-z\d]", pw):
        if part.isdigit():
            out.append(year_words(r, int(part)) if len(part) == 4 and part[:2] in ("19", "20")
                       else say_group(r, part) if len(part) <= 4 else say_digits(r, part))
        elif part[0].isupper() and len(part) == 1:
            out.append(f"capital {part}")
        elif part.isupper():
            out.append("all caps " + " ".join(part))
        elif part[0].isupper():
            out.append(f"capital {part.lower()}" if r.random() < 0.4 else
                       f"{part.lower()} with a capital {part[0]}")
        elif part.isalpha():
            out.append(part)
        else:
            out.append(SYMBOL_WORDS.get(part, part))
    return " ".join(out)


def g_pin(c, a):
    s = digits(c.r, c.r.choice([4, 4, 6]))
    return say_digits(c.r, s) if c.sp else s


def g_otp(c, a):
    s = digits(c.r, 6)
    if c.sp:
        return say_digits(c.r, s) if c.r.random() < 0.6 else \
            f"{say_digits(c.r, s[:3])}, {say_digits(c.r, s[3:])}"
    return s if c.r.random() < 0.6 else f"{s[:3]} {s[3:]}"


def g_pet(c, a):
    return c.pick(PETS)


def g_answer(c, a):
    return c.pick(ANSWERS)


def handle_body(r: random.Random) -> str:
    """A username without the @."""
    f = r.choice([n for n in FIRST if n.isascii()]).lower()
    l = r.choice([n for n in LAST if n.isascii() and n.isalpha()]).lower()
    adj = r.choice(["night", "lazy", "blue", "salty", "quiet", "wild", "tiny", "rusty"])
    noun = r.choice(["owl", "fox", "mango", "pixel", "tiger", "wave", "panda", "otter"])
    return r.choice([f"{f}{l}{r.randint(1, 99)}", f"{f[0]}{l}{r.randint(70, 99)}",
                     f"{adj}_{noun}_{f[:3]}", f"{f}.{l}", f"{adj}{noun}{digits(r, 3)}",
                     f"{l}_{f}", f"the_real_{f}", f"{f}{adj}{r.randint(1, 9)}",
                     f"{noun}.{l}.{digits(r, 2)}"])


def g_user(c, a):
    u = handle_body(c.r)
    return spoken_text(c.r, u) if c.sp else u


def g_handle(c, a):
    u = handle_body(c.r)
    return "at " + spoken_text(c.r, u) if c.sp else "@" + u


def g_file(c, a):
    r = c.r
    name = r.choice([n for n in FIRST if n.isascii()]).lower()
    year = r.randint(2012, 2025)
    f = r.choice([f"Taxes/{year}/{name}-tax-returns.pdf", f"resume_{year}.pdf",
                  f"IMG_{digits(r, 4)}.HEIC", f"scan{digits(r, 4)}.jpg", f"{name}_lease_signed.pdf",
                  f"Q{r.randint(1, 4)}-budget-v{r.randint(2, 5)}.xlsx", f"invoice_{digits(r, 6)}.pdf",
                  f"C:\\Users\\{name}\\Documents\\claim_photos.zip", f"{name}-passport-scan.jpg",
                  f"medical-records-{year}.zip", "final_final_v3.docx", f"payroll_{MONTHS[r.randrange(12)].lower()}.csv",
                  f"backup_{year}.tar.gz", f"Photos/accident/{digits(r, 3)}.png",
                  f"{name}_transcript.pdf", f"enrollment-form-{name}.docx", "cover letter.docx",
                  f"Downloads/statement_{year}_{r.randint(1, 12):02d}.pdf", "notes.txt"])
    return spoken_text(r, f) if c.sp else f


# people
AGE_RANGES = {"kid": (2, 12), "teen": (16, 19), "senior": (66, 97), "adult": (19, 64)}


def g_age(c, a):
    r = c.r
    lo, hi = AGE_RANGES.get(a or "", (18, 92))
    n = r.randint(lo, hi)
    if c.sp or r.random() < 0.15:
        return words(n)
    return str(n)


def g_dob(c, a):
    r = c.r
    y, m, d = r.randint(1938, 2012), r.randint(1, 12), r.randint(1, 28)
    mon = MONTHS[m - 1]
    if c.sp:
        return r.choice([f"{mon} {ordinal_words(d)} {year_words(r, y)}",
                         f"{mon} {words(d)} {year_words(r, y)}",
                         f"{pair_words(f'{m:02d}') if r.random() < 0.5 else words(m)} "
                         f"{words(d)} {pair_words(str(y)[2:])}",
                         f"{ordinal_words(d)} of {mon} {year_words(r, y)}"])
    return r.choice([f"{mon} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{str(y)[2:]}",
                     f"{mon} {ordinal_suffix(d)}, {y}", f"{d} {mon} {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{mon} {d} {y}", f"{mon[:3]}. {d}, {y}" if mon != "May" else f"May {d}, {y}"])


def g_date(c, a):
    r = c.r
    m, d = r.randint(1, 12), r.randint(1, 28)
    mon = MONTHS[m - 1]
    if c.sp:
        return r.choice([f"{mon} {ordinal_words(d)}", f"{mon} {words(d)}",
                         f"{words(m)} {words(d)}", f"{mon} {ordinal_words(d)} {year_words(r, 2025)}"])
    return r.choice([f"{mon} {d}", f"{mon} {ordinal_suffix(d)}", f"{m}/{d}", f"{m:02d}/{d:02d}",
                     f"{mon} {ordinal_suffix(d)}, {r.choice([2024, 2025])}", f"{d} {mon}"])


def g_weekday(c, a):
    return c.r.choice(WEEKDAYS)


def g_dom(c, a):
    d = c.r.randint(1, 31)
    return ordinal_words(d) if c.sp else ordinal_suffix(d)


def g_month(c, a):
    return c.r.choice(MONTHS)


def g_year(c, a):
    y = c.r.randint(1979, 2024)
    return year_words(c.r, y) if c.sp else str(y)


def g_modelyear(c, a):
    y = c.r.randint(2004, 2024)
    return year_words(c.r, y) if c.sp else str(y)


def g_season(c, a):
    r = c.r
    s = r.choice(["spring", "summer", "fall", "winter", "autumn"])
    y = r.randint(2015, 2026)
    ys = year_words(r, y) if c.sp else str(y)
    return r.choice([f"{s} of {ys}", f"{s} {ys}", s])


def plural_decade(w: str) -> str:
    """"ninety" -> "nineties"."""
    return w[:-1] + "ies" if w.endswith("y") else w + "s"


def g_decade(c, a):
    r = c.r
    dec = r.choice([1960, 1970, 1980, 1990, 2000])
    if dec == 2000:
        return "two thousands" if c.sp else "2000s"
    if c.sp:
        return plural_decade(r.choice([year_words(r, dec), TENS[dec % 100 // 10]]))
    return r.choice([f"{dec}s", f"{dec}s", f"{dec % 100}s"])


def g_range(c, a):
    r = c.r
    y1 = r.randint(1995, 2022)
    y2 = y1 + r.randint(1, 4)
    m1, m2 = r.sample(range(12), 2)
    d1, d2 = sorted(r.sample(range(1, 29), 2))
    if a == "long":
        if c.sp:
            return r.choice([f"{year_words(r, y1)} to {year_words(r, y2)}",
                             f"{MONTHS[m1]} {year_words(r, y1)} to {MONTHS[m2]} {year_words(r, y2)}"])
        return r.choice([f"{y1} to {y2}", f"{y1}-{y2}", f"{MONTHS[m1]} {y1} to {MONTHS[m2]} {y2}",
                         f"{y1} through {y2}"])
    if c.sp:
        return r.choice([f"{year_words(r, y1)} to {year_words(r, y2)}",
                         f"{MONTHS[m1]} to {MONTHS[m2]}",
                         f"{MONTHS[m1]} {ordinal_words(d1)} to {MONTHS[m2]} {ordinal_words(d2)}",
                         f"{MONTHS[m1]} {year_words(r, y1)} through {MONTHS[m2]} {year_words(r, y2)}",
                         f"{ordinal_words(d1)} to the {ordinal_words(d2)} of {MONTHS[m1]}"])
    return r.choice([f"{y1}-{y2}", f"{y1} to {y2}", f"{d1}-{d2} {MONTHS[m1]}",
                     f"{MONTHS[m1]} {ordinal_suffix(d1)} to {MONTHS[m2]} {ordinal_suffix(d2)}",
                     f"{MONTHS[m1]} to {MONTHS[m2]}", f"{MONTHS[m1]} through {MONTHS[m2]}",
                     f"{MONTHS[m1]} {y1} to {MONTHS[m2]} {y2}", f"{MONTHS[m1]} {d1}-{d2}"])


def g_monthyear(c, a):
    r = c.r
    y = r.randint(2025, 2035) if a == "future" else r.randint(1978, 2024)
    return f"{r.choice(MONTHS)} {year_words(r, y) if c.sp else y}"


DUR_UNITS = {"short": ["minutes", "minutes", "hours"], "days": ["days", "business days", "weeks"],
             "long": ["months", "years", "years"]}


def g_dur(c, a):
    r = c.r
    unit = r.choice(DUR_UNITS[a] if a else DUR_UNITS["days"] + DUR_UNITS["long"])
    n = {"days": r.randint(2, 30), "weeks": r.randint(2, 8), "months": r.randint(2, 18),
         "years": r.randint(2, 25), "hours": r.randint(2, 6), "minutes": r.randint(5, 90),
         "business days": r.randint(3, 10)}[unit]
    kind = r.random()
    if kind < 0.2:
        lo = max(1, n - r.randint(1, 3))
        return f"{words(lo)} to {words(n)} {unit}" if c.sp or r.random() < 0.5 else f"{lo}-{n} {unit}"
    if kind < 0.27 and unit in ("years", "hours", "months"):
        return f"{words(n)} and a half {unit}"
    return f"{words(n) if c.sp or r.random() < 0.4 else n} {unit}"


def g_durA(c, a):
    r = c.r
    n, unit = r.choice([(30, "day"), (24, "hour"), (5, "day"), (48, "hour"), (6, "month"),
                        (2, "week"), (90, "day"), (72, "hour"), (10, "day"), (12, "month"),
                        (3, "year"), (14, "day")])
    if c.sp or r.random() < 0.3:
        return f"{words(n)} {unit}"
    return f"{n}-{unit}"


def g_time(c, a):
    r = c.r
    h, mm = r.randint(1, 12), r.choice([0, 0, 15, 30, 45, 10, 20, 5, 40])
    ampm = r.choice(["a.m.", "p.m.", "AM", "PM", "am", "pm"])
    zone = r.choice(["EST", "Eastern", "Pacific", "CST", "PST", "Central"])
    if c.sp:
        mins = "" if mm == 0 else " " + pair_words(f"{mm:02d}")
        return r.choice([f"{words(h)}{mins} {r.choice(['a.m.', 'p.m.'])}", f"{words(h)} o'clock",
                         "noon", "midnight", f"{words(h)} in the {r.choice(['morning', 'evening', 'afternoon'])}",
                         f"{words(h)}{mins}", f"quarter to {words(h)}", f"half past {words(h)}",
                         f"{words(h)} p.m. {zone}"])
    t = f"{h}:{mm:02d}" if mm or r.random() < 0.4 else str(h)
    return r.choice([f"{t} {ampm}", f"{t}{r.choice(['am', 'pm'])}",
                     f"{h}pm {zone}" if zone.isupper() else f"{h} p.m. {zone}", "noon",
                     f"{ONES[h] if h < 13 else h} in the morning", f"{h} o'clock",
                     f"{r.randint(13, 22)}:{mm:02d}", f"{h}:{mm:02d}", "midnight",
                     f"{words(h)} thirty"])


def g_trange(c, a):
    r = c.r
    h1 = r.randint(7, 11)
    h2 = r.randint(1, 6)
    joiner = " and " if a == "and" else r.choice([" to ", " and "]) if a == "either" else " to "
    if c.sp:
        left = words(h1)
        right = r.choice([words(h2), "noon", f"{words(h2)} p.m.", f"{words(h2)} thirty"])
        return left + joiner + right
    return r.choice([f"{h1}{joiner}{h2}", f"{h1}{joiner}noon", f"{h1} a.m.{joiner}{h2} p.m.",
                     f"{h1}:30{joiner}{h2}:30", f"{words(h1)}{joiner}{words(h2)}", f"{h1}am{joiner}{h2}pm"])


def g_money(c, a):
    r = c.r
    d = r.randint(5, 480) if a == "small" else \
        r.choice([r.randint(5, 99), r.randint(100, 999), r.randint(1000, 25000)])
    cents = r.choice([0, 0, r.randint(1, 99)])
    if c.sp:
        return r.choice([f"{words(d)} dollars" + (f" and {words(cents)} cents" if cents else ""),
                         f"{words(d)} {pair_words(f'{cents:02d}')}" if cents and d < 1000 else f"{words(d)} bucks",
                         f"{words(d)} {r.choice(['pesos', 'euros', 'pounds', 'rupees', 'bucks', 'dollars'])}",
                         f"negative {words(d)} dollars" if a == "neg" else f"{words(d)} dollars",
                         f"{words(d // 100)} hundred dollars" if 1100 <= d < 10000 and d % 100 == 0
                         else f"{words(d)} dollars"])
    amount = f"{d:,}" + (f".{cents:02d}" if cents else "")
    return r.choice([f"${amount}", f"${amount}", f"${amount}", f"{d:,} pesos", f"€{amount}", f"£{amount}",
                     f"{d:,} dollars", f"{words(d % 100 or 35)} bucks",
                     f"negative ${d:,}" if a == "neg" else f"${d:,}",
                     f"{d:,} rupees", f"CA${amount}", f"{amount} euros"])


def g_pct(c, a):
    r = c.r
    n = r.randint(86, 99) if a == "ox" else r.randint(1, 29) if a == "low" else r.randint(2, 99)
    dec = r.random() < 0.25
    tenth = r.randint(1, 9)
    if c.sp:
        return f"{words(n)}{' point ' + ONES[tenth] if dec else ''} percent"
    v = f"{n}.{tenth}" if dec else str(n)
    return r.choice([f"{v}%", f"{v}%", f"{v} percent"])


def g_rate(c, a):
    r = c.r
    k, n = r.choice([(1, 5), (1, 4), (3, 10), (2, 3), (1, 10), (1, 3), (4, 5), (1, 100), (7, 10)])
    if c.sp or r.random() < 0.6:
        return f"{words(k)} {r.choice(['in', 'out of'])} {words(n)}"
    return f"{k} {r.choice(['in', 'out of'])} {n}"


def g_bp(c, a):
    r = c.r
    s = r.randint(98, 185)
    d = r.randint(58, min(110, s - 25))
    if c.sp:
        hi = f"{ONES[s // 100]} {pair_words(str(s)[1:])}" if r.random() < 0.6 else words(s)
        return f"{hi} over {words(d)}"
    return r.choice([f"{s} over {d}", f"{s}/{d}"])


def g_a1c(c, a):
    r = c.r
    whole, tenth = r.randint(5, 11), r.randint(0, 9)
    return f"{words(whole)} point {ONES[tenth]}" if c.sp else f"{whole}.{tenth}"


LAB_RANGES = {"chol": (140, 290), "glucose": (70, 320), "pulse": (48, 130)}


def g_lab(c, a):
    n = c.r.randint(*LAB_RANGES[a])
    return words(n) if c.sp else str(n)


BLOOD = ["O-", "O+", "A+", "A-", "B+", "B-", "AB+", "AB-", "O negative", "O positive",
         "A positive", "B negative", "AB positive", "AB negative", "A neg", "O pos"]
BLOOD_WORDS = [b for b in BLOOD if " " in b]


def g_blood(c, a):
    r = c.r
    b = r.choice(BLOOD_WORDS if c.sp else BLOOD)
    if a != "bare" and " " in b and r.random() < 0.3:
        b = "type " + b
    return b


# places
def street_number(c: Ctx) -> str:
    n = c.r.choice([c.r.randint(2, 99), c.r.randint(100, 999), c.r.randint(1000, 9899)])
    if not c.sp:
        return str(n)
    s = str(n)
    if len(s) == 4:
        return pair_words(s[:2]) + " " + pair_words(s[2:]) if c.r.random() < 0.7 else say_digits(c.r, s)
    if len(s) == 3 and c.r.random() < 0.6:
        return ONES[int(s[0])] + " " + pair_words(s[1:])
    return words(n)


def g_street(c, a):
    r = c.r
    if r.random() < 0.12:
        return r.choice([f"Calle Serrano {r.randint(2, 120)}", f"Rua Augusta {r.randint(2, 400)}",
                         f"{r.randint(2, 99)} Baker Street", f"Hauptstraße {r.randint(2, 80)}"])
    stype = r.choice(STREET_TYPES)
    if c.sp:
        stype = stype.replace("Ave.", "Avenue").replace("St.", "Street").replace("Blvd.", "Boulevard")
    return f"{street_number(c)} {r.choice(STREET_NAMES)} {stype}"


def g_addr(c, a):
    r = c.r
    base = g_street(c, a)
    unit_n = r.randint(1, 40)
    if c.sp:
        unit = r.choice([f", apartment {words(unit_n)}", f" unit {words(unit_n)}",
                         f", suite {street_number(c)}", f" apartment {ONES[r.randint(1, 9)]} {r.choice('ABCD')}"])
    else:
        unit = r.choice([f", apartment {unit_n}", f", apt {unit_n}{r.choice(['', 'B', 'C'])}",
                         f", unit {r.randint(1, 9)}{r.choice('ABCD')}", f", suite {r.randint(100, 450)}",
                         f" #{unit_n}", f" Apt. {unit_n}"])
    return base + (unit if r.random() < 0.75 else "")


def g_zip(c, a):
    r = c.r
    z = r.choice(CSZ)[2] + digits(r, 2)
    if not c.sp and r.random() < 0.15:
        z += "-" + digits(r, 4)
    return say_digits(r, z.replace("-", "")) if c.sp else z


def g_csz(c, a):
    city, st, prefix = c.r.choice(CSZ)
    z = prefix + digits(c.r, 2)
    return [(city, "location"), (", ", None), (st, "location"), (" ", None),
            (say_digits(c.r, z) if c.sp else z, "location")]


def g_postcode(c, a):
    r = c.r
    code = r.choice(["SW1A 1AA", "M1 1AE", "EH1 2NG", "B33 8TH", "CR2 6XH", "LS6 3HN",
                     f"M5V {r.randint(1, 9)}T{r.randint(1, 9)}", f"H2X {r.randint(1, 9)}Y{r.randint(1, 9)}",
                     f"V6B {r.randint(1, 9)}A{r.randint(1, 9)}", f"K1A 0B{r.randint(1, 9)}"])
    return say_code(r, code) if c.sp else code


def g_highway(c, a):
    h = c.pick(HIGHWAYS)
    if not c.sp:
        return h
    m = re.match(r"([A-Za-z ]*?)[- ]?(\d+)$", h)
    head = {"I": "I", "US": "U S", "M": "M"}.get(m.group(1), m.group(1))
    return f"{head} {words(int(m.group(2))) if len(m.group(2)) < 3 else say_group(c.r, m.group(2))}"


def lex(pool: list[str], **by_arg: list[str]):
    """A generator over a literal pool; the frame's arg may name a sub-pool."""
    return lambda c, a: c.pick(by_arg[a] if a else pool)


def g_citystate(c, a):
    city, state = c.r.choice(CITY_STATE)
    return [(city, "location"), (", ", None), (state, "location")]


def g_citycountry(c, a):
    city, country = c.r.choice(CITY_COUNTRY)
    return [(city, "location"), (", ", None), (country, "location")]


def with_pronoun(c: Ctx, pool: list[str], arg: str | None):
    """A pool entry with its {p} filled by the frame's possessive."""
    value = c.pick(pool)
    if isinstance(value, tuple):
        return value[0], value[1].replace("{p}", pronoun(c, arg))
    return value.replace("{p}", pronoun(c, arg))


def g_inj(c, a):
    return with_pronoun(c, INJURIES, a)


def g_injm(c, a):
    return with_pronoun(c, INJURIES_MASS, a)


def g_injv(c, a):
    return with_pronoun(c, INJURY_VERBS, a)


def g_mark(c, a):
    return with_pronoun(c, MARKS, a)


def g_height(c, a):
    r = c.r
    ft, inch = r.choice([4, 5, 5, 5, 6, 6]), r.randint(0, 11)
    cm = r.randint(150, 200)
    if c.sp:
        return r.choice([f"{words(ft)} {words(inch)}" if inch else f"{words(ft)} foot",
                         f"{words(ft)} foot {words(inch)}" if inch else f"{words(ft)} feet tall",
                         f"{words(cm)} centimeters tall"])
    return r.choice([f"{cm}cm tall", f"{ft}'{inch}\"", f"{words(ft)} {words(inch)}" if inch else f"{ft} feet",
                     f"{ft} foot {inch}", f"{ft} feet {inch} inch{'es' if inch != 1 else ''}",
                     f"{cm} centimeters"])


def g_weight(c, a):
    r = c.r
    n = r.randint(95, 320)
    kilos = r.random() < 0.3
    unit = "kilos" if kilos else r.choice(["pounds", "pounds", "lbs"])
    if kilos:
        n = n * 45 // 100
    if c.sp:
        return f"{words(n)} {unit.replace('lbs', 'pounds')}"
    return f"{n} {unit}"


# no-PII look-alikes (not labeled)
def np_small(c, a):
    n = c.r.randint(2, 12)
    return words(n) if c.sp or c.r.random() < 0.5 else str(n)


def np_menu(c, a):
    n = c.r.randint(1, 9)
    return words(n) if c.sp or c.r.random() < 0.5 else str(n)


def np_room(c, a):
    v = c.pick(NP_ROOMS)
    return say_code(c.r, v) if c.sp and any(ch.isdigit() for ch in v) else v


def np_dose(c, a):
    return c.pick(DOSES)


def np_version(c, a):
    v = c.pick(NP_VERSIONS)
    return " point ".join(words(int(x)) for x in v.split(".")) if c.sp else v


# name -> (policy, generator, keeps case in lower-cased lines); policy None for
# multi-span generators (they label their own parts) and for no-PII look-alikes
FAITHS = [x for x in RELIGIONS if x not in NO_RELIGION]
FAITH_SCHOOLS = ["Catholic", "Jewish", "Muslim", "Baptist", "Lutheran", "Methodist",
                 "Presbyterian", "Episcopalian", "Quaker", "Seventh-day Adventist", "Evangelical",
                 "Christian", "Greek Orthodox", "Hindu"]
PRACTICING = ["Catholic", "Muslim", "Buddhist", "Hindu", "Sikh", "Mormon", "Christian", "Jain",
              "Quaker", "Baptist", "Methodist", "Lutheran", "Jew"]
ALONE = ["single", "divorced", "widowed", "separated", "legally separated"]
SEXES = ["female", "male", "female", "male", "female", "male", "transgender", "nonbinary",
         "intersex"]
COUPLE = ["divorced", "separated", "legally separated", "engaged", "married", "common-law",
          "newly married"]
SLOTS = {
    "first": ("person_name", g_first, False), "last": ("person_name", g_last, False),
    "full": ("person_name", g_full, False), "hon": ("person_name", g_hon, False),
    "drname": ("person_name", g_drname, False), "credname": ("person_name", g_credname, False),
    "lastspelled": (None, g_lastspelled, False),
    "phone": ("phone_number", g_phone, False), "email": ("email_address", g_email, False),
    "url": ("url", g_url, False), "ip": ("ip_address", g_ip, False),
    "card": ("credit_card_number", g_card, False), "netcard": (None, g_netcard, False),
    "last4": ("credit_card_number", g_last4, False),
    "cvv": ("credit_card_cvv", g_cvv, False), "exp": ("credit_card_expiration", g_exp, False),
    "ssn": ("us_social_security_number", g_ssn, False),
    "ssn4": ("us_social_security_number", g_last4, False),
    "acct": ("account_number", g_acct, True),
    "bankacct": ("banking_information", g_bankacct, False),
    "bank4": ("banking_information", g_bank4, False),
    "routing": ("banking_information", g_routing, False),
    "iban": ("banking_information", g_iban, True),
    "mbi": ("healthcare_number", g_mbi, True), "hcn": ("healthcare_number", g_hcn, True),
    "mrn": ("healthcare_number", g_mrn, True),
    "dl": ("drivers_license", g_dl, True), "passport": ("passport_number", g_passport, True),
    "vin": ("vehicle_id", g_vin, True), "vinpart": ("vehicle_id", g_vinpart, True),
    "plate": ("vehicle_id", g_plate, True), "platepart": ("vehicle_id", g_platepart, True),
    "serialv": ("vehicle_id", g_serialv, True),
    "code": ("number_sequence", g_code, True), "tracking": ("number_sequence", g_tracking, True),
    "flight": ("number_sequence", g_flight, True), "gift": ("number_sequence", g_gift, True),
    "serial": ("number_sequence", g_serial, True),
    "pw": ("password", g_pw, True), "pin": ("password", g_pin, False),
    "otp": ("password", g_otp, False), "pet": ("password", g_pet, False),
    "maiden": ("password", g_last, False), "answer": ("password", g_answer, False),
    "user": ("username", g_user, True), "handle": ("username", g_handle, True),
    "file": ("filename", g_file, False),
    "age": ("person_age", g_age, False), "dob": ("date_of_birth", g_dob, False),
    "date": ("date", g_date, False), "weekday": ("date", g_weekday, False),
    "dom": ("date", g_dom, False),
    "month": ("date_interval", g_month, False), "year": ("date_interval", g_year, False),
    "season": ("date_interval", g_season, False), "decade": ("date_interval", g_decade, False),
    "range": ("date_interval", g_range, False), "monthyear": ("date_interval", g_monthyear, False),
    "modelyear": ("date_interval", g_modelyear, False),
    "dur": ("duration", g_dur, False), "durA": ("duration", g_durA, False),
    "time": ("time", g_time, False), "trange": ("time", g_trange, False),
    "money": ("money_amount", g_money, False),
    "pct": ("statistics", g_pct, False), "rate": ("statistics", g_rate, False),
    "bp": ("statistics", g_bp, False), "a1c": ("statistics", g_a1c, False),
    "lab": ("statistics", g_lab, False),
    "blood": ("blood_type", g_blood, True),
    "street": ("location", g_street, False), "addr": ("location", g_addr, False),
    "city": ("location", lex(CITIES), False), "state": ("location", lex(STATES), False),
    "country": ("location", lex(COUNTRIES), False), "zip": ("location", g_zip, False),
    "csz": (None, g_csz, False), "citystate": (None, g_citystate, False),
    "citycountry": (None, g_citycountry, False), "postcode": ("location", g_postcode, True),
    "lmthe": ("location", lex(LANDMARKS_THE), False), "lm": ("location", lex(LANDMARKS), False),
    "airport": ("location", lex(AIRPORTS), False), "highway": ("location", g_highway, False),
    "bank": ("organization", lex(BANKS), False),
    "insurer": ("organization", lex(INSURERS, health=HEALTH_INSURERS), False),
    "hospital": ("organization", lex(HOSPITALS), False),
    "school": ("organization", lex(SCHOOLS, k12=K12_SCHOOLS), False),
    "agency": ("organization", lex(AGENCIES), False),
    "program": ("organization", lex(PROGRAMS), False),
    "network": ("organization", lex(NETWORKS), False),
    "company": ("organization", lex(COMPANIES), False),
    "localbiz": ("organization", lex(LOCAL_BIZ), False),
    "courier": ("organization", lex(COURIERS), False),
    "airline": ("organization", lex(AIRLINES), False),
    "utility": ("organization", lex(UTILITIES), False),
    "retailer": ("organization", lex(RETAILERS), False),
    "brand": ("organization", lex(CAR_BRANDS), False),
    "job": ("occupation", lex(JOBS, **JOBS_BY_KIND), False),
    "nat": ("nationality", lex(NATIONALITIES, country=COUNTRY_NATIONALITIES), False),
    "lang": ("language", lex(LANGUAGES), False),
    "rel": ("religion", lex(RELIGIONS, none=NO_RELIGION, faith=FAITHS, school=FAITH_SCHOOLS,
                            practicing=PRACTICING), False),
    "party": ("political_affiliation", lex(PARTIES), False),
    "marital": ("marital_status", lex(MARITAL, alone=ALONE, couple=COUPLE), False),
    "exspouse": ("marital_status", lex(EX_SPOUSES), False),
    "gender": ("gender_sexuality", lex(GENDERS, sex=SEXES, out=OUT_TERMS,
                                       son=[x for x in OUT_TERMS if x != "lesbian"]), False),
    "sign": ("zodiac_sign", lex(SIGNS), False),
    "event": ("event", lex(HOLIDAYS, the=EVENTS_THE, fest=FESTIVALS, parade=PARADES), False),
    "drug": ("drug", lex(DRUGS, pain=PAINKILLERS), False),
    "cond": ("medical_condition", lex(CONDITIONS), False),
    "proc": ("medical_process", lex(PROCEDURES, count=PROCS_COUNT, mass=PROCS_MASS,
                                    therapy=PROCS_THERAPY, surgery=PROCS_SURGERY), False),
    "inj": ("injury", g_inj, False), "injm": ("injury", g_injm, False),
    "injv": ("injury", g_injv, False),
    "mark": ("physical_attribute", g_mark, False), "height": ("physical_attribute", g_height, False),
    "weight": ("physical_attribute", g_weight, False),
    "hair": ("physical_attribute", lex(HAIR_EYES), False),
    "disab": ("physical_attribute", lex(DISABILITIES, hearing=HEARING, mobility=MOBILITY), False),
    # not PII
    "n_small": (None, np_small, False), "n_menu": (None, np_menu, False),
    "n_room": (None, np_room, False), "n_gate": (None, lex(NP_GATES), False),
    "n_model": (None, lex(NP_MODELS), False), "n_form": (None, lex(NP_FORMS), False),
    "n_promo": (None, lex(NP_PROMOS), False), "n_err": (None, lex(NP_ERRORS), False),
    "n_dose": (None, np_dose, False), "n_ver": (None, np_version, False),
}


# ---------------------------------------------------------------- carrier frames
# {slot} or {slot:arg} is filled from SLOTS; [text|policy] is a fixed labeled value.

FRAMES: dict[str, list[str]] = {
    "person_name": [
        "Hi, this is {first} calling from {localbiz} about the <estimate|quote|invoice>",
        "Can I get your full name for the file? Sure, it's {full}",
        "You're booked with {drname} on the <second|third> floor",
        "The account is under my <wife's|husband's|mom's> name, {full}",
        "Last name is {lastspelled}",
        "I spoke with {hon} <yesterday|this morning> and they said it was approved",
        "Please make the check out to {credname}",
        "Is {first} there? I'm returning a call about the <parcel|refund|appointment>",
        "My <son|daughter> {first} is in the <fourth|second|sixth> grade at {school:k12}",
        "Your case has been assigned to {full} in our claims unit",
        "Okay, and who am I speaking with today? {full}",
        "The emergency contact is my <brother|sister|neighbor>, {full}",
        "Yeah, {first} from the front desk told me to call this number",
        "This is {hon}'s office, how can I help",
        "I'm calling on behalf of my <mother|father|aunt>, {full}, <she's|they're> at home",
        "Can you transfer me to {first} in <billing|scheduling|returns>",
    ],
    "phone_number": [
        "You can reach me at {phone}",
        "The best callback number is {phone}",
        "My cell is {phone} and my work number is {phone}",
        "Call our claims line at {phone} any time",
        "Do you have a number for us? Yes, {phone}",
        "I'm texting from {phone}, can you see it on your end",
        "Please fax the records to {phone}, attention {full}",
        "The pharmacy's number is {phone}",
        "Is {phone} still a good number for you",
        "My daughter's number is {phone} in case I don't pick up",
        "For gas leaks and outages call {phone}",
        "He left a voicemail from {phone}",
        "Update the phone on file to {phone} please",
        "Our front desk is {phone}, just ask for the billing office",
    ],
    "email_address": [
        "Send the receipt to {email}",
        "My email is {email}",
        "Can you confirm the email on the account? It's {email}",
        "I never got the link at {email}",
        "You can forward the documents to {email} and copy {email}",
        "Our login is tied to {email}",
        "Write to us at {email} with your claim details",
        "Is it still {email}? No, I changed it to {email}",
        "The boarding pass went to {email}",
        "Please update my contact email to {email}",
        "Her school email is {email}",
        "I emailed {email} twice and nobody answered",
        "The confirmation came from {email} but I didn't recognize it",
    ],
    "url": [
        "You can pay online at {url}",
        "Go to {url} and click on forgot password",
        "The form is posted at {url}",
        "Check {url} for the outage map",
        "I found the listing on {url}",
        "Just type {url} into your browser",
        "Our portal is {url}, you'll log in with your member ID",
        "Returns are started at {url}",
        "The school calendar is on {url}",
        "Did you try {url}? It should show the tracking status",
        "He sent me a link, {url}, and it looked sketchy",
        "Everything is explained at {url}",
        "Book your slot at {url} before the weekend",
    ],
    "ip_address": [
        "Your router's address is {ip}",
        "Can you ping {ip} for me",
        "The login attempt came from {ip}",
        "Set the gateway to {ip}",
        "It says my IP is {ip}, is that blocked",
        "Try connecting to {ip} on the remote desktop",
        "The printer is sitting at {ip}",
        "We whitelisted {ip} and {ip}",
        "My laptop got {ip} instead of the usual one",
        "The camera's static IP is {ip}",
        "Your session was flagged from {ip}",
        "Type {ip} into the address bar to reach the modem",
    ],
    "credit_card_number": [
        "The card number is {card}",
        "I'd like to pay with my {network} ending in {last4}",
        "Go ahead with the card number whenever you're ready. {card}",
        "Is it the card ending in {last4}? Yes",
        "Charge it to {card} please",
        "I see two cards on file, one ending in {last4} and one ending in {last4}",
        "My new card is {card}, the old one was stolen",
        "It's a {netcard}",
        "Last four on the card are {last4}",
        "Can you read the long number on the front? {card}",
        "The refund went back to the card ending {last4}",
        "Okay the card is {card}, expiration {exp}",
        "I think I typed {card} wrong on the website",
    ],
    "credit_card_cvv": [
        "The security code on the back is {cvv}",
        "CVV is {cvv}",
        "And the three digits on the back? {cvv}",
        "It's {cvv}, the little number by the signature strip",
        "Security code {cvv}, expiration {exp}",
        "For the <[Amex|organization]|[American Express|organization]> the four digit code on the front is {cvv:4}",
        "I gave them the CVV, {cvv}, over the phone",
        "Can you repeat the security code? {cvv}",
        "CVC {cvv}",
        "The verification code on my card is {cvv}",
        "Okay, {cvv} is the code on the back",
        "The card ending {last4} has the security code {cvv}",
    ],
    "credit_card_expiration": [
        "The card expires {exp}",
        "Expiration date is {exp}",
        "Exp {exp}",
        "It's valid thru {exp}",
        "What's the expiration on that card? {exp}",
        "The new card expires in {exp}",
        "My card ending in {last4} expires {exp}",
        "Expiration {exp}, and the billing zip is {zip}",
        "The old card expired {exp} so use the new one",
        "The card is good through {exp}",
        "Valid through {exp}, security code {cvv}",
        "The expiry on the front of the card says {exp}",
        "Month and year on the card? {exp}",
    ],
    "us_social_security_number": [
        "My social is {ssn}",
        "Can I get the last four of your social? {ssn4}",
        "Social security number {ssn}",
        "The SSN on the W-2 is {ssn}",
        "For verification, last four of the SSN, {ssn4}",
        "His social is {ssn}, he's my dependent",
        "I gave them my social, {ssn}, on the application",
        "The social ending in {ssn4} is mine",
        "Please confirm the social on file. {ssn}",
        "My daughter's social security number is {ssn}",
        "SSN {ssn}, date of birth {dob}",
        "It's {ssn}, I just checked my social security card",
        "Last four {ssn4} on the social",
    ],
    "account_number": [
        "My account number is {acct}",
        "The policy number for the homeowners policy is {acct}",
        "Customer number {acct}",
        "Our membership number is {acct}",
        "My loyalty number should be {acct}",
        "The loan number on the statement is {acct}",
        "Utility account {acct}, it's for the gas service",
        "Can I have your account number? {acct}",
        "I have the auto policy with {insurer}, number {acct}",
        "The member ID on my gym card is {acct}",
        "Account {acct} is the one that got charged twice",
        "Please note the renters policy {acct} on the claim",
        "My rewards account is {acct} under {full}",
        "The reference on my water bill is account {acct}",
    ],
    "banking_information": [
        "My checking account number is {bankacct}",
        "The routing number is {routing}",
        "For direct deposit use routing {routing} and account {bankacct}",
        "Our IBAN is {iban}",
        "Send the wire to IBAN {iban} at {bank}",
        "It's the savings account ending in {bank4}",
        "Can you read me the routing number off the check? {routing}",
        "Deposit it into savings, account number {bankacct}",
        "I updated my direct deposit to checking account {bankacct} at {bank}",
        "The transfer went to bank account {bankacct}, routing {routing}",
        "My {bank} checking number is {bankacct}",
        "Please refund to IBAN {iban}",
        "The ABA number is {routing}",
    ],
    "healthcare_number": [
        "My {program} number is {mbi}",
        "The member ID on my insurance card is {hcn}",
        "Subscriber ID {hcn}",
        "Medical record number {mrn}",
        "I'm covered by {insurer:health}, member number {hcn}",
        "The patient's MRN is {mrn}",
        "Her [Medicaid|organization] ID is {hcn}",
        "Policy number on the health plan is {hcn}",
        "Can I get the ID from your health insurance card? {hcn}",
        "Group number is on the front, and the member ID is {hcn}",
        "The health plan ID for my son is {hcn}",
        "Your chart number here is {mrn}",
        "His [Medicare|organization] beneficiary number is {mbi}",
        "The dental plan member number is {hcn}",
    ],
    "drivers_license": [
        "My driver's license number is {dl}",
        "DL number {dl}",
        "License number {dl}, issued in {state}",
        "Can you read the number on your license? {dl}",
        "Her state ID number is {dl}",
        "I showed them my license, {dl}",
        "Driver license {dl}, expires next year",
        "The license on file is {dl}",
        "ID number on the {state} license is {dl}",
        "For the rental we need your license number. {dl}",
        "My learner's permit number is {dl}",
        "His DL is {dl}",
        "Write down {dl}, that's my license",
    ],
    "passport_number": [
        "My passport number is {passport}",
        "Passport {passport}, issued in {country}",
        "Can you confirm the passport number on the booking? {passport}",
        "The number on her passport is {passport}",
        "I renewed it, so the new passport number is {passport}",
        "Passport no. {passport}",
        "For the visa application I used passport {passport}",
        "His passport is {passport} and it expires in {monthyear:future}",
        "Enter {passport} in the passport field",
        "We have passport {passport} on the reservation",
        "My {nat:country} passport number is {passport}",
        "The old passport was {passport}, it's been cancelled",
        "Travel document number {passport}",
    ],
    "vehicle_id": [
        "The VIN is {vin}",
        "My plate number is {plate}",
        "License plate {plate}, it's a {modelyear} {brand}",
        "Can you read me the VIN off the dashboard? {vin}",
        "The plate started with {platepart}",
        "It's a silver sedan, plate {plate}",
        "The vehicle identification number is {vin}",
        "The car that hit me had plate {plate}",
        "The tow yard has the car with plate {plate}",
        "VIN ending in {vinpart}",
        "Registration shows plate {plate} and VIN {vin}",
        "The trailer serial number is {serialv}",
        "I think the plate was {platepart} something",
        "The parking permit is linked to plate {plate}",
    ],
    "number_sequence": [
        "Your order number is {code}",
        "The confirmation number is {code}",
        "Tracking number {tracking}",
        "I'm calling about case number {code}",
        "Ticket {code} is still open",
        "My claim number is {code}",
        "The invoice number at the top is {code}",
        "Reservation {code} under my name",
        "I'm on flight {flight} to {city}",
        "My employee ID is {code}",
        "Student ID {code}",
        "The serial number on the back is {serial}",
        "Gift card number {gift}",
        "The parcel reference is {tracking}",
        "The notary commission number is {code}",
        "Booking reference {code}, can you check the seat",
    ],
    "password": [
        "My password is {pw}",
        "The PIN is {pin}",
        "The verification code you sent is {otp}",
        "My mother's maiden name is {maiden}",
        "First pet, {pet}",
        "I set the temporary password to {pw}",
        "What's the answer to your security question? {answer}",
        "The code in the text was {otp}",
        "The Wi-Fi password is {pw}",
        "My voicemail PIN is {pin}",
        "For the security question I put {answer}",
        "Passcode {pin}",
        "Name of my first pet? It was {pet}",
        "I changed it to {pw} last week",
    ],
    "username": [
        "My username is {user}",
        "You can find me on <[Instagram|organization]|[TikTok|organization]>, {handle}",
        "Log in as {user}",
        "The account handle is {handle}",
        "My gamer tag is {user}",
        "Her login is {user} and she's locked out",
        "Try the user ID {user}",
        "I posted it from {handle}",
        "The admin account is {user}",
        "DM us at {handle}",
        "Is the username {user} or {user}",
        "His screen name was {user}",
        "The portal login is {user}",
    ],
    "filename": [
        "I attached {file}",
        "Can you open {file}? It won't load for me",
        "The file is saved as {file}",
        "Upload {file} to the portal",
        "I renamed it to {file}",
        "The scan is called {file}",
        "Look for {file} in the shared drive",
        "She emailed me {file} last night",
        "The error happens when I open {file}",
        "Please send back {file} with a signature",
        "The attachment came through as {file}",
        "I think I deleted {file} by accident",
        "Drag {file} onto the upload box",
    ],
    "person_age": [
        "I'm {age:adult} years old",
        "The patient is a {age}-year-old {gender:sex}",
        "She just turned {age}",
        "{age:adult}, {gender:sex}, no known allergies",
        "How old is your son? He's {age:kid}",
        "My dad is {age:senior} and still drives",
        "We have a {age:teen}-year-old on the policy",
        "Age {age}",
        "I was {age:adult} when that happened",
        "My grandmother is {age:senior}, she lives alone",
        "The traveler is {age:senior} so she qualifies for the senior fare",
        "He's {age:kid} years old and on my plan",
        "I'm {age:adult}, is that too old for the program",
    ],
    "date_of_birth": [
        "My date of birth is {dob}",
        "I was born {dob}",
        "DOB {dob}",
        "Can you verify the date of birth? {dob}",
        "His birthday is {dob}",
        "Born on {dob} in {city}",
        "Date of birth, {dob}",
        "She was born {dob}",
        "Birth date on the form says {dob}",
        "For the patient, DOB is {dob}",
        "My son's date of birth is {dob}",
        "I have the birthdate as {dob}, is that right",
        "Name is {full}, date of birth {dob}",
    ],
    "date": [
        "Your appointment is on {date}",
        "The payment is due {date}",
        "Can we move it to {weekday}",
        "I called on the {dom} and again on the {dom}",
        "The package was delivered {date}",
        "It's scheduled for {weekday} <morning|afternoon>",
        "My flight leaves on {date}",
        "The hearing is set for {date}",
        "We lost power on {date}",
        "Your next bill goes out {date}",
        "School's closed on {weekday}",
        "I started the job on {date}",
        "Can you come in {weekday} at {time}",
        "The check was dated {date}",
    ],
    "date_interval": [
        "I lived there from {range:long}",
        "Our records go back to the {decade}",
        "The policy covered {range}",
        "I was out of work all of {month}",
        "We're planning to travel in the {season}",
        "It was a {modelyear} {brand}",
        "I started there in {monthyear}",
        "The statements from {year} are missing",
        "He was at the company {range:long}",
        "The charges started in {month}",
        "We moved here in {year}",
        "The lease runs {range}",
        "That was back in the {decade}",
        "The warranty <ended|runs out> in {monthyear:future}",
    ],
    "duration": [
        "The refund takes {dur:days}",
        "I've been on hold for {dur:short}",
        "Delivery is {dur:days}",
        "She was in the hospital for {dur:days}",
        "It's a {durA} waiting period",
        "We've had the account for {dur:long}",
        "The prescription is for {dur:days}",
        "I worked there for {dur:long}",
        "The outage lasted {dur:short}",
        "You have {dur:days} to dispute the charge",
        "The flight is delayed {dur:short}",
        "There's a {durA} hold on the deposit",
        "Recovery is usually {dur:days}",
        "He's been out of work for {dur}",
    ],
    "time": [
        "Someone will arrive between {trange:and}",
        "Your appointment is at {time}",
        "We close at {time}",
        "The flight boards at {time}",
        "Call me back after {time}",
        "I took the pill at {time}",
        "The outage started around {time}",
        "The pickup window is {trange:to}",
        "The office opens at {time}",
        "It happened at about {time}",
        "Can you do {time}",
        "The meeting got moved to {time}",
        "Delivery is scheduled for {time}",
        "We'll be there by {time}",
    ],
    "money_amount": [
        "The total comes to {money}",
        "I was charged {money} twice",
        "Your balance is {money:neg}",
        "The deductible is {money}",
        "Can I pay {money} now and the rest later",
        "The repair estimate came to {money}",
        "They're offering a refund of {money}",
        "My rent is {money} a month",
        "The late fee was {money:small}",
        "I sent him {money} through the app",
        "The fare difference is {money:small}",
        "Your copay is {money:small}",
        "I'm showing a credit of {money:neg}",
        "The ticket cost {money}",
    ],
    "statistics": [
        "There's a {pct:low} chance of a delay",
        "Her blood pressure was {bp}",
        "My A1C came back at {a1c}",
        "The success rate is about {pct}",
        "About {rate} patients have that side effect",
        "His oxygen was at {pct:ox}",
        "We saw a {pct} increase in claims",
        "Cholesterol was {lab:chol}",
        "Only {rate} people respond to the survey",
        "The interest rate is {pct:low}",
        "Blood pressure {bp}, pulse {lab:pulse}",
        "The battery is at {pct}",
        "My glucose was {lab:glucose} this morning",
        "Roughly {pct} of members use the app",
    ],
    "blood_type": [
        "My blood type is {blood}",
        "She's {blood}",
        "The patient is {blood}, please note it on the chart",
        "I'm {blood} so they always call me to donate",
        "Blood type, {blood:bare}",
        "He needs {blood:bare} blood",
        "Is it {blood}? Yes",
        "The donor card says {blood}",
        "Her type is {blood:bare}",
        "We're short on {blood:bare} this month",
        "I think my son is {blood}",
        "Blood group {blood:bare}, no allergies",
    ],
    "location": [
        "I live at {addr}",
        "Ship it to {street}, {csz}",
        "I'm calling from {city}",
        "We just moved here from {country}",
        "The zip code is {zip}",
        "Meet me near the {lmthe}",
        "I'm flying out of {airport}",
        "There's an accident on {highway}",
        "The property is in {citystate}",
        "My billing address is {addr}, {csz}",
        "She's staying with family in {citycountry}",
        "Take {highway} to exit <twelve|four|thirty one>",
        "The branch on {street} closed",
        "Postal code {postcode}",
        "We visited {lm} and then drove to {city}",
        "Is the service address still {addr}",
    ],
    "organization": [
        "I'm calling from {company}",
        "I bank with {bank}",
        "My <health insurance|coverage> is through {insurer:health}",
        "She's at {hospital} right now",
        "He goes to {school}",
        "I got a letter from the {agency}",
        "I'm on {program}",
        "Does {localbiz} take {network}",
        "The package is coming with {courier}",
        "I booked with {airline}",
        "We switched to {utility} last year",
        "I work for {company} in their warehouse",
        "Is this {localbiz}? I'd like to place an order",
        "The refund is from {retailer}",
    ],
    "occupation": [
        "I work as a {job}",
        "My wife is a {job:care} at {hospital}",
        "The {job:claims} said the claim would be reviewed",
        "I'm a {job}, so I work <nights|weekends>",
        "Can I speak with a {job:care}",
        "He's been a {job} for {dur:long}",
        "Occupation, {job}",
        "My son wants to be a {job}",
        "I'm a retired {job}",
        "The {job:visit} came by to check the meter",
        "She's a {job} with the county",
        "What do you do for work? {job}",
        "I used to be a {job} before the injury",
        "Your {job:claims} will call you back",
    ],
    "nationality": [
        "I'm {nat}",
        "My family is {nat}",
        "He's {nat:country} but lives here now",
        "On the form I checked {nat}",
        "She's half {nat:country}, half {nat:country}",
        "Ethnicity, {nat}",
        "We're {nat}, so the whole family comes to these things",
        "The patient identifies as {nat}",
        "My husband is {nat}",
        "Race or ethnicity? {nat}",
        "I'm {nat:country}, I have a green card",
        "They're a {nat} family from down the street",
        "Both my parents are {nat}",
    ],
    "language": [
        "Do you have someone who speaks {lang}",
        "My mom only speaks {lang}",
        "Can I get the letter in {lang}",
        "I need an interpreter for {lang}",
        "We speak {lang} at home",
        "Press nine for {lang}",
        "Is there a {lang} version of the form",
        "He's fluent in {lang} and {lang}",
        "Preferred language, {lang}",
        "The menu is in {lang} only",
        "My grandmother understands {lang} a little",
        "Sorry, my {lang} is better than my [English|language]",
        "I can switch to {lang} if that's easier",
    ],
    "religion": [
        "I'm {rel}",
        "We're {rel:faith}, so please note that for the meals",
        "My family is {rel}",
        "Religion on the intake form, {rel}",
        "He's a practicing {rel:practicing}",
        "She was raised {rel:faith}",
        "Is there a {rel:faith} prayer room at the hospital",
        "I'm not religious anymore, I'd say {rel:none}",
        "Our school is {rel:school}, so the calendar is different",
        "My husband is {rel} and I'm {rel}",
        "The patient is {rel:faith} and has dietary restrictions",
        "Religious preference, {rel}",
        "They're a {rel:faith} family",
    ],
    "political_affiliation": [
        "I'm a registered {party}",
        "I vote {party}",
        "My dad is a die-hard {party}",
        "We're {party} in this house",
        "Party affiliation? {party}",
        "I switched from {party} to {party}",
        "She's always been {party}",
        "I'm not calling about politics, I'm {party} anyway",
        "The {party} volunteer knocked on my door",
        "I registered as {party}",
        "He ran as a {party} for city council",
        "My whole family votes {party}",
    ],
    "marital_status": [
        "I'm {marital}",
        "Marital status, {marital}",
        "My {exspouse} still has access to the account",
        "We're {marital:couple} now, so update the status",
        "My {exspouse} is the beneficiary",
        "She's {marital} with two kids",
        "Are you married or single? {marital}",
        "I'm recently {marital}",
        "Please remove my {exspouse} from the policy",
        "My {exspouse} used to handle the bills",
        "We're {marital:couple} but still on the same plan",
        "He's {marital:alone}, so he files alone",
        "I put down {marital} on the form",
    ],
    "gender_sexuality": [
        "Sex on the form, {gender:sex}",
        "I'm {gender}",
        "The patient is {gender:sex}, {age}",
        "My daughter came out as {gender:out}",
        "Gender, {gender:sex}",
        "I identify as {gender}",
        "My son is {gender:son}",
        "Our support group is for {gender:out} teens",
        "Is there a box for {gender:sex}",
        "My partner is {gender}",
        "The applicant marked {gender:sex}",
        "She's {gender:out} and very open about it",
    ],
    "zodiac_sign": [
        "I'm a {sign}",
        "She's such a {sign}",
        "What's your sign? {sign}",
        "My son is a {sign} like me",
        "Of course he's a {sign}, he's so stubborn",
        "The cake has the {sign} symbol on it",
        "I'm a {sign} with {sign} rising",
        "Yeah, total {sign} energy",
        "My horoscope for {sign} said to be careful with money",
        "Both of us are {sign}",
        "She put her sign on the profile, {sign}",
        "The necklace is the {sign} one",
    ],
    "event": [
        "We'll be closed for {event}",
        "I'm flying home for {event}",
        "Is shipping delayed because of {event}",
        "We met at {event:fest}",
        "The sale runs through {event}",
        "I bought the tickets for the {event:the}",
        "Our office is closed on {event}",
        "We always travel during {event}",
        "She had the baby right before {event}",
        "I ordered it for {event} and it never came",
        "Do you have hours on {event}",
        "Traffic is terrible because of the {event:the}",
        "The parade for {event:parade} blocked the road",
        "We got tickets to {event:fest} this year",
    ],
    "drug": [
        "I take {drug} every morning",
        "They put me on {drug} {n_dose}",
        "Can I refill my {drug}",
        "I'm allergic to {drug}",
        "I took two {drug:pain} for the headache",
        "He's on {drug} and {drug}",
        "Does {drug} interact with {drug}",
        "The pharmacy is out of {drug}",
        "She stopped taking {drug} because of the side effects",
        "I also take {drug} at night",
        "Is {drug} covered under my plan",
        "The prior authorization for {drug} was denied",
        "Give him {drug:pain} if the fever comes back",
        "My {drug} prescription is out of refills",
    ],
    "medical_condition": [
        "I was diagnosed with {cond}",
        "She has {cond}",
        "My son's {cond} is acting up",
        "Is {cond} considered a pre-existing condition",
        "He's being treated for {cond}",
        "I have a history of {cond}",
        "My mom has {cond} and {cond}",
        "The claim was for {cond}",
        "They think it might be {cond}",
        "I've had {cond} since I was a kid",
        "Does the plan cover {cond} treatment",
        "Family history of {cond}",
        "She's out on leave because of {cond}",
        "My {cond} makes it hard to stand in line",
    ],
    "medical_process": [
        "I need to schedule my {proc}",
        "Is {proc:mass} covered",
        "She's going in for a {proc:count} next week",
        "He starts {proc:therapy} on {weekday}",
        "The {proc} results came back",
        "I had a {proc:count} done last year",
        "Do I need a referral for {proc:therapy}",
        "They want to do a {proc:count} first",
        "Prior authorization for the {proc:count} is pending",
        "The bill is for the {proc:count}",
        "Can I eat before the {proc:count}",
        "My {proc} got rescheduled",
        "I'm recovering from {proc:surgery}",
        "We recommend {proc:therapy} at this point",
    ],
    "injury": [
        "I {injv:my} at work",
        "She has a {inj:her}",
        "He {injv:his} playing soccer",
        "The claim is for {injm} from the crash",
        "I got a {inj:my} when I fell",
        "My son {injv:his} on the trampoline",
        "She's off work with a {inj:her}",
        "I think I {injv:my}",
        "He came in with {injm:his}",
        "It turned out to be a {inj}",
        "I {injv:my} slipping on the ice",
        "He's still dealing with {injm:his}",
        "One of our guys {injv:his} unloading the truck",
    ],
    "physical_attribute": [
        "He's about {height}",
        "She's {height} with {hair}",
        "He has a {mark:his}",
        "I'm {disab:hearing}, so please text me instead",
        "I weigh {weight}",
        "The man had {hair} and a {mark:his}",
        "My son is {disab}",
        "She has {hair}",
        "Look for a guy around {height}",
        "He's {disab:mobility} and needs help getting to the appointment",
        "I'm {height} and {weight}",
        "She's got a {mark:her}",
        "I'm {disab:mobility}, is the building accessible",
    ],
}

NOPII_FRAMES = [
    "Press {n_menu} for <billing|payments|technical support|new service>, or stay on the line",
    "For questions about your <bill|order|refund|delivery>, press {n_menu}",
    "You're caller number {n_small} in the <queue|line>",
    "Head to gate {n_gate}, it's on the <left|right> past security",
    "The meeting is in room {n_room} on the <third|second|top> floor",
    "Which model do you have? The {n_model} I think",
    "Take {n_dose} with <food|a full glass of water|dinner>",
    "You'll need to fill out the {n_form} <first|before we can continue|and mail it back>",
    "Use promo code {n_promo} at checkout",
    "It keeps showing error {n_err} when I <try to sign in|open the app|print>",
    "That's <every single time|the third time|twice now> I <call|ask|try>",
    "I just want a straight answer from <somebody|someone|anybody|you guys>",
    "This is our number one priority <right now|this week|for the team|today>",
    "I'm not married to that <plan|idea|date|option>, we can change it",
    "We take pride in <getting it right|our service|fast replies|clean work>",
    "It'll take a few <minutes|seconds|moments> to <load|update|go through>",
    "Will you <hold|wait> for just a <moment|second|bit>",
    "Can you mark that as <resolved|paid|urgent|done>",
    "The <rose bushes|hedges|lilies|ivy> out front need trimming",
    "Turn left at the <second|first|next> light and then <go straight|keep going>",
    "<Honestly|Frankly|Man|Ugh> that's a real pain in the neck<| every time| to deal with>",
    "I'm sick and tired of <getting the same answer|waiting|being transferred|the runaround>",
    "<There's|We have> a twin bed in the <guest room|back room|basement>",
    "<Please bring|Bring> a valid photo ID <to the counter|to the front desk|for the appointment>",
    "Is this the <main line|right number|right department> or the <fax line|wrong one>",
    "The party <next door|upstairs|down the hall> <was loud all night|kept us up>",
    "She was very liberal with the <hot sauce|glitter|tape|salt>",
    "We're a small <shop|team|office> so <things move a little slower|please bear with us>",
    "I'm <on|stuck on> the <second|last|third> page of the application",
    "Your ticket has been <escalated|updated|reopened> and <someone will follow up|you'll hear back soon>",
    "The sign at the <entrance|door|counter> <says closed|is out of date|fell down>",
    "<He's|She's> a real saint for <helping me with this|waiting|putting up with me>",
    "<Grace period|A grace period>? I didn't know there <was one|was such a thing|was any>",
    "Bring the form to window {n_small}",
    "The chart on page {n_small} explains the <tiers|fees|options>",
    "The store ran out of <apple juice|bread|ice|batteries> again",
    "It's a jersey, size <medium|large|small>, in the <dark blue|red|white>",
    "Version {n_ver} of the app fixed the <crash|login bug|freezing>",
    "I pressed {n_menu} and it <hung up on me|went back to the menu|went silent>",
    "The fine print <says|clearly says> no refunds on <sale items|clearance|opened boxes>",
]


# ---------------------------------------------------------------- line rendering

TOKEN = re.compile(r"\{(\w+)(?::(\w+))?\}|\[([^\]|]+)\|(\w+)\]")
CHOICE = re.compile(r"<([^<>]*)>")
START_FILLERS = ["Um,", "Uh,", "So,", "Yeah,", "Okay so", "Mm-hmm,", "Oh,", "Well,", "Um, yeah,",
                 "Uh, so", "You know,", "I think"]
MID_FILLERS = ["uh", "um", "like", "you know", "I mean", "uh,", "um,"]
END_FILLERS = [", you know", ", I think", ", um", ", uh", " I guess", ", yeah"]
QUESTION_START = re.compile(r"^(Can|Could|Is|Do|Does|Did|What|Are|Should|Will|Would|How|Who)\b")
ABBREV_END = {"dr.", "mr.", "mrs.", "ms.", "st.", "esq.", "jr.", "sr.", "a.m.", "p.m.", "ave.",
              "blvd.", "apt."}


def needs_an(word: str) -> bool:
    """Whether "a" before `word` is spoken "an"."""
    if not word:
        return False
    if word[0].isdigit():
        lead = re.match(r"\d+", word.replace(",", "")).group()
        return lead[0] == "8" or lead[:2] in ("11", "18") and len(lead) in (2, 5)
    head = re.match(r"[A-Za-z]+", word)
    if head and head.group().isupper() and (len(head.group()) >= 2 or word[1:2] == "-"):
        return head.group()[0] in "AEFHILMNORSX"
    if word[0].lower() == "u":
        return not re.match(r"u(ni|s|ti|r[aeiou])", word.lower())
    if word.lower().startswith(("hour", "honest")):
        return True
    return word[0].lower() in "aeio"


def code_lower(text: str) -> str:
    """Lower-case a code's reading but keep its letters and mixed tokens as written."""
    return " ".join(t if any(ch.isupper() for ch in t) and (t.isupper() or any(ch.isdigit() for ch in t)
                             or len(t) == 1) else t.lower() for t in text.split(" "))


def build(r: random.Random, frame: str, spoken: bool) -> list[list]:
    """Fill a frame: a list of [text, policy or None, keeps_case] segments."""
    c = Ctx(r, spoken)
    segs: list[list] = []
    pos = 0
    for m in TOKEN.finditer(frame):
        segs.append([frame[pos:m.start()], None, False])
        if m.group(1):
            policy, gen, keep = SLOTS[m.group(1)]
            value = gen(c, m.group(2))
            if isinstance(value, tuple):
                value = [(value[0], None), (value[1], policy)]
            if isinstance(value, list):
                segs.extend([t, p, keep] for t, p in value)
            else:
                segs.append([value, policy, keep])
        else:
            segs.append([m.group(3), m.group(4), False])
        pos = m.end()
    segs.append([frame[pos:], None, False])
    for i in range(1, len(segs)):  # a -> an
        prev = segs[i - 1]
        if prev[1] is None and re.search(r"(^|\s)[Aa] $", prev[0]) and needs_an(segs[i][0]):
            prev[0] = prev[0][:-2] + prev[0][-2] + "n "
    if spoken:
        for s in segs:
            if s[1] is None:
                s[0] = s[0].replace("-year-old", " year old")
    return [s for s in segs if s[0]]


DETERMINERS = {"the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that"}


def choose_alternatives(r: random.Random, frame: str) -> str:
    """Resolve <a|b|c> carrier alternatives (labeled [x|policy] inside stay intact)."""
    def pick(m: re.Match) -> str:
        parts, depth, cur = [], 0, ""
        for ch in m.group(1):
            depth += ch == "["
            depth -= ch == "]"
            if ch == "|" and depth == 0:
                parts.append(cur)
                cur = ""
            else:
                cur += ch
        return r.choice(parts + [cur])
    return CHOICE.sub(pick, frame)


def add_mid_filler(r: random.Random, segs: list[list], plain: bool = False) -> None:
    """Insert a filler in carrier text, most often just before a value."""
    first_space = segs[0][0].find(" ") if segs[0][1] is None else -1
    spots = [(i, j) for i, s in enumerate(segs) if s[1] is None
             for j, ch in enumerate(s[0]) if ch == " " and j > 0 and s[0][j - 1] not in " "
             and (i, j) != (0, first_space)]
    before_value = [(i, len(segs[i][0]) - 1) for i in range(len(segs) - 1)
                    if segs[i][1] is None and segs[i + 1][1] is not None
                    and segs[i][0].endswith(" ") and len(segs[i][0]) > 1]
    if before_value and r.random() < 0.6:
        spots = before_value
    if not spots:
        return
    i, j = r.choice(spots)
    t = segs[i][0]
    prev_word = re.findall(r"[\w']+", t[:j])
    determiner = bool(prev_word) and prev_word[-1].lower() in DETERMINERS
    filler = r.choice(["uh", "um"] if determiner or plain else MID_FILLERS)
    if t[j - 1] == ",":
        filler = filler.rstrip(",")
    segs[i][0] = t[:j + 1] + filler + " " + t[j + 1:]


def style(r: random.Random, segs: list[list], lower: bool, question: bool) -> list[list]:
    """Apply fillers, casing, comma dropping and trailing punctuation."""
    if r.random() < 0.55:
        where = r.choices(["start", "mid", "end", "two"], weights=[4, 4, 2, 1])[0]
        if where in ("mid", "two"):
            add_mid_filler(r, segs, plain=where == "two")
        if where in ("start", "two"):
            filler = r.choice(START_FILLERS[:-2] if question else START_FILLERS)
            if re.match(r"(?i)i think", segs[0][0]):
                filler = "Um,"
            first = segs[0]
            if first[1] is None:
                t = first[0]
                if not re.match(r"I\b|I'|[A-Z]{2}", t) and t[:1].isupper():
                    t = t[0].lower() + t[1:]
                first[0] = filler + " " + t
            else:
                segs.insert(0, [filler + " ", None, False])
        if where == "end":
            said = " ".join(x[0] for x in segs).lower()
            segs.append([r.choice([f for f in END_FILLERS if f.strip(", ") not in said]), None, False])
    if lower:
        for s in segs:
            s[0] = code_lower(s[0]) if s[2] else s[0].lower()
    if r.random() < 1 / 3:
        for s in segs:
            s[0] = re.sub(r",(?=\s|$)", "", s[0])
    if not lower and segs[0][1] is None and segs[0][0][:1].islower():
        segs[0][0] = segs[0][0][0].upper() + segs[0][0][1:]
    # merge neighbouring carrier text and normalise spaces there
    merged: list[list] = []
    for s in segs:
        if merged and s[1] is None and merged[-1][1] is None:
            merged[-1][0] += s[0]
        else:
            merged.append(s)
    for s in merged:
        if s[1] is None:
            s[0] = re.sub(r" {2,}", " ", s[0])
    merged[-1][0] = merged[-1][0].rstrip()
    punct = r.choices(["?", ".", ""], weights=[6, 1, 1])[0] if question else \
        r.choices([".", "", "?", "...", "!"], weights=[6, 2, 1, 1, 1])[0]
    last = merged[-1][0]
    if not (punct.startswith(".") and last.endswith(".")):
        merged.append([punct, None, False])
    return merged


def render(r: random.Random, frame: str) -> tuple[str, list[dict]]:
    """One styled line and its spans."""
    lower = r.random() < 0.25
    frame = choose_alternatives(r, frame)
    question = bool(QUESTION_START.match(frame)) and "?" not in frame
    segs = style(r, build(r, frame, lower), lower, question)
    text, spans, pos = "", [], 0
    for t, policy, _ in segs:
        if policy is not None:
            spans.append({"start": pos, "end": pos + len(t), "policy": policy})
        text += t
        pos += len(t)
    return text, spans


# values read symbol by symbol or letter by letter may start with "a" or "the"
FREE_TEXT_POLICIES = {"blood_type", "person_name", "username", "password", "filename", "url",
                      "email_address", "account_number", "banking_information",
                      "healthcare_number", "drivers_license", "passport_number", "vehicle_id",
                      "number_sequence"}


def check_line(text: str, spans: list[dict]) -> None:
    """Assert the README's span rules on one line."""
    end = 0
    for s in spans:
        value = text[s["start"]:s["end"]]
        assert s["policy"] in POLICIES, s
        assert value and value == value.strip(), (text, s)
        assert s["start"] >= end, (text, spans)
        assert value[-1] not in ",:;?" and (value[-1] != "!" or s["policy"] == "password"), (text, value)
        if value.endswith("."):
            assert value.split()[-1].lower() in ABBREV_END, (text, value)
        if s["policy"] not in FREE_TEXT_POLICIES:
            assert not re.match(r"(?i)(the|an?) ", value), (text, value)
        end = s["end"]
    for a, b in zip(spans, spans[1:]):
        gap = text[a["end"]:b["start"]]
        if a["policy"] == b["policy"] and a["policy"] != "location":
            assert gap.strip(), ("adjacent spans of one policy", text, a, b)


FILLER_WORDS = re.compile(r"\b(um|uh|like|you know|i mean|i think|i guess|so|yeah|okay|oh|well|"
                          r"mm-hmm)\b")


def dedup_key(text: str) -> str:
    """A line without case, punctuation and fillers: two lines with one key are one line."""
    t = FILLER_WORDS.sub(" ", text.lower())
    return " ".join(re.sub(r"[^\w\s]", " ", t).split())


def frame_order(r: random.Random, frames: list[str], n: int) -> list[str]:
    """n frames using every frame as evenly as possible."""
    order: list[str] = []
    while len(order) < n:
        batch = frames[:]
        r.shuffle(batch)
        order.extend(batch)
    return order[:n]


def generate() -> tuple[list[dict], dict]:
    """All lines (shuffled, with ids) and per-policy frame usage."""
    r = random.Random(SEED)
    seen: set[str] = set()
    rows: list[dict] = []
    usage: dict[str, Counter] = {}

    def emit(frame: str, source: str, key: str) -> None:
        for _ in range(60):
            text, spans = render(r, frame)
            key_text = dedup_key(text)
            if key_text not in seen:
                break
        else:
            raise RuntimeError(f"no fresh line for {frame!r}")
        check_line(text, spans)
        if source == "nopii":
            assert not spans
        else:
            assert any(s["policy"] == key for s in spans), (key, text)
        seen.add(key_text)
        usage.setdefault(key, Counter())[frame] += 1
        rows.append({"text": text, "spans": spans, "source": source})

    for policy in POLICIES:
        frames = FRAMES[policy]
        assert 12 <= len(frames) <= 16 and len(set(frames)) == len(frames), policy
        n = LINES_NUMBER_SEQUENCE if policy == "number_sequence" else LINES_PER_POLICY
        for frame in frame_order(r, frames, n):
            emit(frame, "template", policy)
    assert len(NOPII_FRAMES) == 40 and len(set(NOPII_FRAMES)) == 40
    for frame in frame_order(r, NOPII_FRAMES, NOPII_LINES):
        emit(frame, "nopii", "nopii")
    r.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row_id = {"id": f"x27-{i:04d}"}
        row_id.update(row)
        rows[i - 1] = row_id
    return rows, usage


META = {"_meta": {
    "split": "extra_dev27",
    "tuning": "written blind (from the README's format, transcript style and label guidelines "
              "and the policy table only; no piikit code, tests or other eval data read, "
              "detector never run on it); its first score is the honest estimate, then a "
              "tuning split like dev",
    "licence": "CC0-1.0",
    "generator": "data/pii_eval/src/extra_dev27_gen.py (seeded template generator, seed 27, "
                 "stdlib only; 44 policies x 12-16 carrier frames, 25 lines each, "
                 "number_sequence 40, plus 150 no-PII look-alike lines from 40 frames)",
}}


def main() -> None:
    """Write the split and print per-policy counts."""
    rows, usage = generate()
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(META, ensure_ascii=False) + "\n")
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    span_counts = Counter(s["policy"] for row in rows for s in row["spans"])
    print(f"{len(rows)} lines, {sum(1 for x in rows if x['source'] == 'nopii')} without PII, "
          f"{sum(span_counts.values())} spans -> {OUT}")
    print(f"{'policy':28} {'spans':>5} {'lines':>5} {'frames':>6}")
    for policy in POLICIES:
        print(f"{policy:28} {span_counts[policy]:5} {sum(usage[policy].values()):5} "
              f"{len(usage[policy]):6}")
    print(f"{'nopii':28} {0:5} {sum(usage['nopii'].values()):5} {len(usage['nopii']):6}")


if __name__ == "__main__":
    main()
