#!/usr/bin/env python3
"""Seeded generator for extra_dev36.jsonl (blind tuning split, session 10).

Standard library only. Frames are written by hand below; values are generated with
realistic shapes (Luhn cards, ABA routing, IBAN mod-97, VIN check digit, valid SSN
area/group, NHS mod-11, Australian Medicare check digit) and rendered either as Whisper
would write them or spoken.
"""
import json
import random
import re
import string
import sys

SEED = 360036
R = random.Random(SEED)
OUT = str(__import__("pathlib").Path(__file__).resolve().parents[1] / "extra_dev36.jsonl")

POLICIES = """account_number banking_information blood_type credit_card_cvv credit_card_expiration
credit_card_number date date_interval date_of_birth drivers_license drug duration email_address
event filename gender_sexuality healthcare_number injury ip_address language location
marital_status medical_condition medical_process money_amount nationality number_sequence
occupation organization passport_number password person_age person_name phone_number
physical_attribute political_affiliation religion statistics time url us_social_security_number
username vehicle_id zodiac_sign""".split()
assert len(POLICIES) == 44


def ch(seq):
    return R.choice(seq)


def p(prob):
    return R.random() < prob


# ---------------------------------------------------------------- spoken renderers
DIG = "zero one two three four five six seven eight nine".split()
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def n2w(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        s = ONES[n // 100] + " hundred"
        if rest:
            s += (" and " if p(0.3) else " ") + n2w(rest)
        return s
    if n < 1000000:
        rest = n % 1000
        s = n2w(n // 1000) + " thousand"
        if rest:
            s += " " + n2w(rest)
        return s
    return str(n)


def year2w(y):
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    if 2010 <= y <= 2099 and p(0.5):
        return "two thousand " + n2w(y - 2000)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return n2w(hi) + " hundred"
    if lo < 10:
        return n2w(hi) + " oh " + ONES[lo]
    return n2w(hi) + " " + n2w(lo)


def say_group(g, oh=True, dbl=True):
    out = []
    i = 0
    while i < len(g):
        d = g[i]
        word = ("oh" if oh else "zero") if d == "0" else DIG[int(d)]
        if dbl and i + 2 < len(g) and g[i + 1] == d and g[i + 2] == d and p(0.5):
            out.append("triple " + word)
            i += 3
            continue
        if dbl and i + 1 < len(g) and g[i + 1] == d and p(0.6):
            out.append("double " + word)
            i += 2
            continue
        out.append(word)
        i += 1
    return " ".join(out)


def say_digits(s, sep=None, oh=None, dbl=None):
    """Speak a digit string; separators in s (space, dash, slash, dot) mark groups."""
    oh = p(0.7) if oh is None else oh
    dbl = p(0.5) if dbl is None else dbl
    sep = ch([", ", " ", ", "]) if sep is None else sep
    groups = [g for g in re.split(r"[\s\-/.]+", s) if g]
    return sep.join(say_group(g, oh, dbl) for g in groups)


NATO = dict(zip(string.ascii_uppercase, """alpha bravo charlie delta echo foxtrot golf hotel india
juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey x-ray
yankee zulu""".split()))
ASIN = dict(zip(string.ascii_uppercase, """Adam boy Charlie David Edward Frank George Henry Ida John
King Larry Mary Nancy Oscar Peter queen Robert Sam Tom umbrella Victor William x-ray yellow
zebra""".split()))


def say_letter(c, mode):
    c = c.upper()
    if mode == "nato":
        return NATO[c]
    if mode == "asin":
        return c + " as in " + ASIN[c]
    if mode == "mixed":
        return c + " as in " + ASIN[c] if p(0.35) else c
    return c


def say_code(s, mode=None, sep=None):
    """Speak an alphanumeric code: letters one by one, digit runs in groups."""
    mode = mode or ch(["plain", "plain", "nato", "asin", "mixed"])
    sep = sep if sep is not None else ch([", ", " ", ", "])
    oh = p(0.7)
    dbl = p(0.4)
    parts = []
    for run in re.findall(r"[A-Za-z]+|\d+", s):
        if run.isdigit():
            if len(run) > 4 and p(0.6):
                chunks = [run[i:i + 3] for i in range(0, len(run), 3)]
                parts.append(sep.join(say_group(c, oh, dbl) for c in chunks))
            else:
                parts.append(say_group(run, oh, dbl))
        else:
            parts.append(" ".join(say_letter(c, mode) for c in run))
    return sep.join(parts)


def spell(word, mode=None):
    mode = mode or ch(["plain", "plain", "dash", "asin", "mixed"])
    letters = [c for c in word.upper() if c.isalpha()]
    if mode == "dash":
        return "-".join(letters)
    if mode == "asin":
        return ", ".join(say_letter(c, "asin") if i % 2 == 0 else c for i, c in enumerate(letters))
    if mode == "mixed":
        return " ".join(say_letter(c, "mixed") for c in letters)
    return " ".join(letters)


def rdig(n, first_nonzero=False):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def rlet(n, alphabet=string.ascii_uppercase):
    return "".join(R.choice(alphabet) for _ in range(n))


# value piece helpers: (text, policy, keepcase)
def V(text, pol, keep=False):
    return (text, pol, keep)


def L(text):
    return (text, None, False)


# ---------------------------------------------------------------- lexicons
FIRST = """Sarah Michael Jennifer David Brittany Tyler Ashley Kevin Megan Brandon José María Alejandro
Guadalupe Carlos Ximena Luis Sofía Priya Arjun Rahul Deepika Sanjay Ananya Wei Mei Jing Xiaoming
Ji-woo Min-jun Thanh Linh Chinedu Ngozi Oluwaseun Adebayo Mohammed Fatima Omar Layla Katarzyna
Tomasz Siobhan Niamh Cian Maricel Oksana Dmitri Haruto Yuki João Thiago Abdi Hodan Jean-Baptiste
Jürgen Anke Darnell Keisha Tremaine Latoya Dolores Earl Gladys Bernard Rosalind Hamza Aaliyah
Kwame Ama Tariq Noor Esperanza Ignacio Marisol Rafael Bich Hoang Sunil Kavya Pradeep Agnieszka
Piotr Svetlana Yusuf Zeynep Mateo Valentina Camila Diego Renata Aiyana Koa Leilani Declan Maeve""".split()
LAST = """Smith Johnson Okafor Nguyen Patel García Rodríguez Kowalski Kim Wang Chen O'Brien Fitzgerald
Haddad Abdullah Mensah Adeyemi Suzuki Tanaka Schmidt Müller Dubois Rossi Silva Santos Ivanova
Petrov Hernández Gupta Sharma Reddy Singh Mahmoud Cohen Levi Murphy Walsh Jackson Washington
Thompson Abernathy Delgado Castillo Reyes Cruz Mwangi Otieno Farah Yilmaz Demir Nakamura Park
Choi Tran Pham Novak Horvat Lindqvist Johansson Baptiste Oyelaran Brennan McAllister Kaur
Chaudhry Banerjee Iyer Fonseca Alvarado Quintero Whitfield Pennington Holloway Dawson Greer
Mbeki Achterberg Sokolov Kuznetsova Yamamoto Lam Ho Vu Bui Gallagher Doherty Asante Boateng""".split()
ASCII_LAST = [n for n in LAST if re.fullmatch(r"[A-Za-z]+", n)]
ASCII_FIRST = [n for n in FIRST if re.fullmatch(r"[A-Za-z]+", n)]
PETS = "Rex Biscuit Max Luna Coco Peanut Shadow Bella Milo Oreo Tiger Pepper Bruno Simba Pickles Gizmo Daisy Bandit Mochi Ziggy".split()

US_CITIES = [("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
             ("Phoenix", "AZ", "850"), ("Denver", "CO", "802"), ("Atlanta", "GA", "303"),
             ("Charlotte", "NC", "282"), ("Seattle", "WA", "981"), ("Minneapolis", "MN", "554"),
             ("Nashville", "TN", "372"), ("Tampa", "FL", "336"), ("Sacramento", "CA", "958"),
             ("Fresno", "CA", "937"), ("Boise", "ID", "837"), ("Omaha", "NE", "681"),
             ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Albany", "NY", "122"),
             ("Newark", "NJ", "071"), ("Hartford", "CT", "061"), ("Providence", "RI", "029"),
             ("Milwaukee", "WI", "532"), ("Detroit", "MI", "482"), ("Louisville", "KY", "402"),
             ("Baton Rouge", "LA", "708"), ("Little Rock", "AR", "722"), ("Spokane", "WA", "992"),
             ("Reno", "NV", "895"), ("Albuquerque", "NM", "871"), ("El Paso", "TX", "799"),
             ("San Antonio", "TX", "782"), ("Honolulu", "HI", "968"), ("Anchorage", "AK", "995"),
             ("Burlington", "VT", "054"), ("Des Moines", "IA", "503"), ("Wichita", "KS", "672"),
             ("Tulsa", "OK", "741"), ("Birmingham", "AL", "352"), ("Savannah", "GA", "314"),
             ("Bakersfield", "CA", "933"), ("Orlando", "FL", "328"), ("Pittsburgh", "PA", "152"),
             ("Cleveland", "OH", "441"), ("Kansas City", "MO", "641"), ("St. Louis", "MO", "631"),
             ("Salt Lake City", "UT", "841"), ("Madison", "WI", "537"), ("Richmond", "VA", "232"),
             ("Brooklyn", "NY", "112"), ("Yonkers", "NY", "107"), ("Chula Vista", "CA", "919")]
STATE_NAMES = {"OR": "Oregon", "TX": "Texas", "OH": "Ohio", "AZ": "Arizona", "CO": "Colorado",
               "GA": "Georgia", "NC": "North Carolina", "WA": "Washington", "MN": "Minnesota",
               "TN": "Tennessee", "FL": "Florida", "CA": "California", "ID": "Idaho", "NE": "Nebraska",
               "NY": "New York", "NJ": "New Jersey", "CT": "Connecticut", "RI": "Rhode Island",
               "WI": "Wisconsin", "MI": "Michigan", "KY": "Kentucky", "LA": "Louisiana",
               "AR": "Arkansas", "NV": "Nevada", "NM": "New Mexico", "HI": "Hawaii", "AK": "Alaska",
               "VT": "Vermont", "IA": "Iowa", "KS": "Kansas", "OK": "Oklahoma", "AL": "Alabama",
               "PA": "Pennsylvania", "MO": "Missouri", "UT": "Utah", "VA": "Virginia",
               "IL": "Illinois", "MA": "Massachusetts"}
STREET_NAMES = """Sunset Maple Oak Cedar Lincoln Elm Willow Magnolia Peachtree Congress Division Halsted
Mission Broadway Main Washington Jefferson Chestnut Walnut Birch Alder Cypress Sycamore Mockingbird
Bluebonnet Larkspur Kenwood Fairview Riverside Hillcrest Juniper Lakeview Aspen Greenbriar
Cherry Hawthorne Orchard Prospect Delmar Belmont Clement Alvarado Euclid""".split()
STREET_SUFFIX = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way", "Place",
                 "Circle", "St.", "Ave.", "Rd.", "Dr."]
UNITS = ["apartment {n}", "apt {n}", "unit {n}", "suite {n}", "apartment {n}B", "unit {n}A", "#{n}"]
UK_PLACES = [("Manchester", "M"), ("Leeds", "LS"), ("Birmingham", "B"), ("Glasgow", "G"),
             ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Bristol", "BS"), ("Newcastle", "NE"),
             ("Liverpool", "L"), ("London", "SW"), ("London", "E"), ("London", "N"), ("Sheffield", "S")]
UK_STREETS = ["Aldwych Road", "Victoria Street", "Church Lane", "Park Road", "Station Road",
              "Mill Lane", "Kingsway", "Granby Row", "Queen's Drive", "Albert Terrace", "Beech Grove"]
CA_PLACES = [("Toronto", "Ontario", "ON", "M"), ("Vancouver", "British Columbia", "BC", "V"),
             ("Calgary", "Alberta", "AB", "T"), ("Montreal", "Quebec", "QC", "H"),
             ("Ottawa", "Ontario", "ON", "K"), ("Winnipeg", "Manitoba", "MB", "R"),
             ("Halifax", "Nova Scotia", "NS", "B"), ("Edmonton", "Alberta", "AB", "T")]
DE_PLACES = [("Berlin", "10"), ("München", "80"), ("Hamburg", "20"), ("Köln", "50"), ("Frankfurt", "60"),
             ("Stuttgart", "70"), ("Leipzig", "04")]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Gartenweg", "Lindenallee", "Kastanienweg"]
IN_PLACES = [("Pune", "Maharashtra", "411"), ("Bengaluru", "Karnataka", "560"), ("Hyderabad", "Telangana", "500"),
             ("Chennai", "Tamil Nadu", "600"), ("Mumbai", "Maharashtra", "400"), ("Delhi", "Delhi", "110"),
             ("Kochi", "Kerala", "682")]
AU_PLACES = [("Melbourne", "VIC", "30"), ("Sydney", "NSW", "20"), ("Brisbane", "QLD", "40"),
             ("Perth", "WA", "60"), ("Adelaide", "SA", "50")]
WORLD_CITIES = ["Lagos", "Accra", "Nairobi", "Manila", "Quezon City", "Guadalajara", "Monterrey",
                "São Paulo", "Bogotá", "Kraków", "Kyiv", "Ho Chi Minh City", "Seoul", "Karachi",
                "Cairo", "Kingston", "Port-au-Prince", "Dublin", "Cork", "Osaka", "Lyon", "Valencia",
                "Mogadishu", "Dhaka", "Lima", "Ibadan", "Cebu", "Tijuana"]
WORLD_CITY_COUNTRY = [("Lagos", "Nigeria"), ("Accra", "Ghana"), ("Nairobi", "Kenya"), ("Manila", "the Philippines"),
                      ("Cebu", "the Philippines"), ("Guadalajara", "Mexico"), ("Monterrey", "Mexico"),
                      ("São Paulo", "Brazil"), ("Bogotá", "Colombia"), ("Kraków", "Poland"), ("Kyiv", "Ukraine"),
                      ("Ho Chi Minh City", "Vietnam"), ("Seoul", "South Korea"), ("Karachi", "Pakistan"),
                      ("Cairo", "Egypt"), ("Kingston", "Jamaica"), ("Dublin", "Ireland"), ("Osaka", "Japan"),
                      ("Lyon", "France"), ("Valencia", "Spain"), ("Dhaka", "Bangladesh"), ("Lima", "Peru"),
                      ("Porto", "Portugal"), ("San Salvador", "El Salvador"), ("Glasgow", "Scotland")]
COUNTRIES = ["Mexico", "Canada", "the Philippines", "India", "Nigeria", "Ghana", "Kenya", "Brazil",
             "Poland", "Ukraine", "Vietnam", "South Korea", "Germany", "France", "Spain", "Ireland",
             "the UK", "Australia", "Jamaica", "Haiti", "Colombia", "Pakistan", "Egypt", "Japan",
             "Somalia", "Bangladesh", "Peru", "El Salvador", "Guatemala", "Portugal"]
LANDMARKS = ["Golden Gate Bridge", "Central Park", "Space Needle", "Navy Pier", "Union Station",
             "Lake Tahoe", "Grand Canyon", "Millennium Park", "Times Square", "Mall of America",
             "Pike Place Market", "Hollywood Bowl", "Lake Michigan", "Niagara Falls", "Stone Mountain",
             "Liberty Bell", "Fisherman's Wharf", "Riverwalk", "Brooklyn Bridge", "Lincoln Park"]
AIRPORTS = ["JFK", "LAX", "O'Hare", "Heathrow", "Pearson", "Sea-Tac", "Logan", "DFW",
            "Hartsfield-Jackson", "Newark airport", "Midway", "SFO", "Gatwick", "Dulles"]
HIGHWAYS = ["I-95", "I-5", "Route 9", "Highway 101", "I-285", "M25", "Highway 401", "I-10", "I-35",
            "Route 66", "I-80", "Interstate 40", "US-1", "Highway 17"]

# organizations by kind (invented ones mixed with well-known ones)
ORG = {
    "bank": ["Chase", "Wells Fargo", "Bank of America", "Citibank", "Capital One", "US Bank", "PNC",
             "TD Bank", "Truist", "Ally Bank", "Navy Federal", "USAA", "HSBC", "Barclays", "Lloyds",
             "NatWest", "Santander", "BBVA", "Deutsche Bank", "ING", "RBC", "Scotiabank", "BMO",
             "ICICI Bank", "HDFC Bank", "State Bank of India", "Commonwealth Bank", "Northgate Credit Union",
             "Prairie Hills Federal Credit Union", "Cascade Trust Bank", "Bluestem Savings",
             "Harborline Bank", "First Lakeview Bank", "Desert Sun Credit Union"],
    "insurer": ["Geico", "State Farm", "Progressive", "Allstate", "Liberty Mutual", "Farmers",
                "Nationwide", "Travelers", "Aviva", "Direct Line", "Intact", "Bluewater Insurance",
                "Granite State Mutual", "Keystone Home Assurance", "Redfield Auto Insurance",
                "Lone Pine Casualty"],
    "healthplan": ["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Cigna", "Humana",
                   "Kaiser Permanente", "Anthem", "Molina Healthcare", "Oscar Health", "Bupa",
                   "Evergreen Health Plan", "Sunvale Health Partners", "Bayshore Care Plan", "Ambetter"],
    "hospital": ["Mayo Clinic", "Cleveland Clinic", "Johns Hopkins Hospital", "Mount Sinai",
                 "Massachusetts General Hospital", "Cedars-Sinai", "NYU Langone", "Northwestern Memorial",
                 "Toronto General", "Harbor Point Medical Center", "St. Brigid's Hospital",
                 "Mercy Valley Regional", "Riverside Community Hospital", "Maple Ridge Pediatrics",
                 "Lakeside Urgent Care", "Summit Orthopedics", "Pinecrest Dental", "Tri-County Animal Hospital",
                 "Good Shepherd Medical Center", "Sutter Health"],
    "school": ["Stanford University", "University of Texas", "Ohio State", "Harvard", "Arizona State",
               "University of Toronto", "Miami Dade College", "Georgia Tech", "UCLA", "Rutgers",
               "Penn State", "University of Michigan", "Purdue", "Lakeshore Community College",
               "Westbrook High School", "Cedar Grove Elementary", "Northfield Technical Institute",
               "Hillcrest Academy", "Saint Agnes Catholic School"],
    "agency": ["IRS", "Social Security Administration", "DMV", "FEMA", "Department of Labor", "USCIS",
               "VA", "HMRC", "Service Canada", "CRA", "HM Passport Office", "Marion County Tax Office",
               "Brookfield Housing Authority", "Department of Motor Vehicles", "Child Support Services"],
    "store": ["Amazon", "Walmart", "Target", "Costco", "Best Buy", "Home Depot", "Lowe's", "IKEA",
              "Kroger", "Safeway", "Trader Joe's", "Whole Foods", "Macy's", "Nordstrom", "Tesco",
              "Sainsbury's", "Aldi", "Lidl", "eBay", "Etsy", "Wayfair", "Shein", "Temu",
              "Brightwater Outfitters", "Hollis Hardware", "Cornerstone Furniture"],
    "pharmacy": ["CVS", "Walgreens", "Rite Aid", "Boots", "Shoppers Drug Mart", "Costco", "Kroger"],
    "app": ["Venmo", "PayPal", "Zelle", "Cash App", "Uber", "Lyft", "DoorDash", "Instacart", "Grubhub",
            "Airbnb", "Spotify", "Netflix", "Hulu", "Klarna", "Afterpay", "Revolut", "Wise", "Chime"],
    "social": ["Instagram", "TikTok", "Facebook", "Twitter", "Snapchat", "Reddit", "Twitch", "Discord",
               "LinkedIn", "YouTube"],
    "telco": ["Verizon", "AT&T", "T-Mobile", "Comcast", "Xfinity", "Spectrum", "Cox", "Rogers", "Bell",
              "Telus", "Vodafone", "EE", "O2", "Airtel", "Jio", "Telstra", "Optus", "Mint Mobile",
              "Cricket Wireless", "Silver Fern Telecom", "Clearpath Wireless"],
    "courier": ["UPS", "FedEx", "USPS", "DHL", "Royal Mail", "Canada Post", "Purolator", "OnTrac", "Evri"],
    "airline": ["Delta", "United", "American Airlines", "Southwest", "JetBlue", "Alaska Airlines",
                "Spirit", "Air Canada", "WestJet", "British Airways", "Lufthansa", "Emirates",
                "Qatar Airways", "Ryanair", "easyJet", "Qantas", "Air India", "Avianca", "Aeroméxico",
                "Philippine Airlines"],
    "carmake": ["Toyota", "Honda", "Ford", "Chevy", "Tesla", "Hyundai", "Kia", "Nissan", "Subaru",
                "BMW", "Volkswagen", "Jeep", "Mazda"],
    "utility": ["PG&E", "Con Edison", "Duke Energy", "Georgia Power", "Xcel Energy", "National Grid",
                "SoCal Edison", "Dominion Energy", "British Gas", "Octopus Energy", "Hydro One",
                "Redwood Valley Electric", "Cedar Hollow Water District", "Tri-Lakes Gas"],
    "employer": ["Amazon", "Google", "Microsoft", "Apple", "Boeing", "Starbucks", "Deloitte",
                 "Accenture", "Infosys", "Tata Consultancy Services", "FedEx", "Summit Freight Logistics",
                 "Quantix Software", "Oakhaven Property Management", "Brightline Fitness",
                 "Meridian Home Warranty", "Hollowell & Price", "Ridgeway Construction", "Chipotle",
                 "Home Depot", "Sodexo", "Marriott"],
    "rental": ["Hertz", "Enterprise", "Avis", "Budget", "Turo", "Sixt"],
    "hotel": ["Marriott", "Hilton", "Hyatt", "Holiday Inn", "Best Western", "Airbnb", "La Quinta"],
    "program": ["Medicare", "Medicaid", "SNAP", "WIC", "Medi-Cal", "CHIP", "TRICARE", "Section 8"],
    "cardnet": ["Visa", "Mastercard", "Amex", "American Express", "Discover"],
}
ORG_ALL = sorted({o for k, v in ORG.items() if k != "cardnet" for o in v})

OCC = ["nurse", "teacher", "electrician", "paralegal", "software engineer", "truck driver", "pharmacist",
       "accountant", "CPA", "adjuster", "case worker", "social worker", "dental hygienist", "firefighter",
       "police officer", "mechanic", "cashier", "real estate agent", "contractor", "plumber", "professor",
       "barista", "warehouse associate", "physical therapist", "paramedic", "veterinarian", "chef",
       "line cook", "welder", "landscaper", "attorney", "bus driver", "home health aide", "pastor",
       "graphic designer", "carpenter", "receptionist", "loan officer", "HVAC tech", "night auditor"]
NAT = ["American", "Mexican", "Canadian", "Nigerian", "Filipino", "Indian", "Vietnamese", "Korean",
       "Polish", "Brazilian", "Irish", "Asian", "Black", "Hispanic", "Latino", "White", "Caucasian",
       "Pakistani", "Ukrainian", "Haitian", "Somali", "Ghanaian", "Jamaican", "Salvadoran", "Puerto Rican",
       "Chinese", "Guatemalan", "Native American", "Colombian", "Egyptian"]
LANG = ["Spanish", "French", "Mandarin", "Cantonese", "Tagalog", "Vietnamese", "Arabic", "Portuguese",
        "Russian", "Hindi", "Punjabi", "Korean", "ASL", "Polish", "Haitian Creole", "Swahili", "German",
        "Italian", "Japanese", "Urdu", "Farsi", "Somali", "Amharic", "Yoruba", "Bengali", "English"]
REL = ["Catholic", "Jewish", "Muslim", "Hindu", "Buddhist", "Sikh", "Mormon", "Baptist", "Methodist",
       "Lutheran", "atheist", "agnostic", "Christian", "Jehovah's Witness", "Episcopalian", "Pentecostal",
       "Orthodox", "Evangelical", "Presbyterian", "Seventh-day Adventist"]
POL = ["Republican", "Democrat", "Libertarian", "Green Party", "Labour", "Conservative", "Tory",
       "Liberal", "socialist", "progressive", "MAGA", "Democratic Socialist", "NDP"]
MAR = ["married", "divorced", "separated", "widowed", "single", "common-law", "engaged", "remarried"]
EX = ["ex-wife", "ex-husband", "ex", "late husband", "late wife", "ex-partner", "ex-fiancé"]
GENDER = ["female", "male", "transgender", "trans", "nonbinary", "gay", "lesbian", "bisexual", "queer",
          "genderfluid", "pansexual", "asexual", "trans woman", "trans man", "cis"]
ZOD = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius",
       "Capricorn", "Aquarius", "Pisces"]
EVENT = ["Christmas", "Thanksgiving", "Diwali", "Eid", "Ramadan", "Super Bowl", "Olympics", "World Cup",
         "Black Friday", "Hanukkah", "Lunar New Year", "Fourth of July", "Coachella", "Boston Marathon",
         "Easter", "Passover", "Yom Kippur", "Halloween", "Mardi Gras", "Cyber Monday", "Pride",
         "Memorial Day", "Labor Day", "New Year's Eve", "Oktoberfest", "Día de los Muertos", "Juneteenth",
         "Burning Man", "Comic-Con", "Wimbledon"]
DRUG = ["Advil", "ibuprofen", "Tylenol", "acetaminophen", "lisinopril", "metformin", "atorvastatin",
        "Lipitor", "amoxicillin", "Zoloft", "sertraline", "insulin", "Ozempic", "albuterol", "prednisone",
        "gabapentin", "levothyroxine", "omeprazole", "vitamin D", "fish oil", "melatonin", "Eliquis",
        "Xarelto", "Adderall", "Benadryl", "Claritin", "Plavix", "warfarin", "Humira", "Synthroid",
        "Jardiance", "Wegovy", "losartan", "amlodipine", "Flonase", "Mounjaro", "Lexapro", "Keppra",
        "iron supplements", "B12"]
DOSES = ["20 mg", "500 milligrams", "10 mg", "40 milligrams", "81 mg", "2.5 mg", "25 mg", "", "", ""]
COND = ["type 2 diabetes", "AFib", "asthma", "COPD", "hypertension", "high blood pressure", "migraines",
        "depression", "anxiety", "sleep apnea", "Crohn's disease", "celiac disease", "arthritis",
        "rheumatoid arthritis", "kidney stones", "gout", "lupus", "epilepsy", "ADHD", "PTSD", "bronchitis",
        "pneumonia", "shingles", "UTIs", "strep throat", "COVID", "hypothyroidism", "anemia",
        "fibromyalgia", "multiple sclerosis", "Parkinson's", "breast cancer", "heart failure",
        "glaucoma", "psoriasis", "kidney disease", "bipolar disorder", "vertigo", "endometriosis"]
PROC = ["CT scan", "MRI", "colonoscopy", "X-ray", "ultrasound", "mammogram", "knee replacement",
        "hip replacement", "root canal", "biopsy", "cataract surgery", "EKG", "echocardiogram",
        "endoscopy", "stress test", "flu shot", "C-section", "gallbladder surgery", "sleep study",
        "blood test", "Pap smear", "tonsillectomy", "angioplasty", "bone density scan", "PET scan",
        "spinal tap", "vasectomy", "hernia repair", "lumpectomy", "allergy test"]
PROC_MASS = ["physical therapy", "dialysis", "chemo", "chemotherapy", "radiation", "blood work",
             "speech therapy", "occupational therapy", "IV antibiotics", "cardiac rehab", "acupuncture",
             "infusions", "counseling", "CPAP therapy"]
INJ_VERB = ["broke my arm", "sprained my ankle", "tore my ACL", "dislocated my shoulder",
            "fractured my wrist", "broke my leg", "twisted my knee", "cracked a rib", "cut my hand",
            "burned my hand", "pulled my hamstring", "broke my collarbone", "hurt my back",
            "busted my lip", "broke two toes", "herniated a disc", "tore my rotator cuff",
            "sprained my wrist", "broke my nose", "jammed my finger"]
INJ_NOUN = ["concussion", "sprained wrist", "torn ACL", "broken collarbone", "whiplash", "hairline fracture",
            "dislocated shoulder", "fractured ankle", "broken rib", "black eye", "deep cut on the thigh",
            "herniated disc", "torn meniscus", "bad burn on the arm", "stress fracture", "broken wrist",
            "neck injury", "bruised tailbone", "sprained ankle", "dog bite on the calf"]
HAIR = ["red hair", "curly black hair", "braids", "gray hair", "long blonde hair", "dreadlocks",
        "gray streaks", "short brown hair", "bleached blond hair", "green eyes", "blue eyes", "freckles"]
MARKS = ["scar across his chin", "tattoo on his neck", "birthmark on his cheek", "sleeve tattoo",
         "limp", "scar over his left eye", "nose ring", "gold tooth", "prosthetic leg", "missing front tooth"]
DISAB = ["deaf", "hard of hearing", "legally blind", "blind in one eye", "in a wheelchair", "partially deaf",
         "paraplegic", "nonverbal", "visually impaired", "hearing impaired"]
BUILD = ["heavyset", "petite", "stocky", "really thin", "overweight", "muscular", "tall and skinny",
         "short and stocky", "obese", "slim"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORD_W = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
         8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
         14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
         19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second", 23: "twenty third",
         24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth", 27: "twenty seventh",
         28: "twenty eighth", 29: "twenty ninth", 30: "thirtieth", 31: "thirty first"}


def ordsuf(d):
    if 10 <= d % 100 <= 20:
        return str(d) + "th"
    return str(d) + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


# ---------------------------------------------------------------- value generators
def g_first():
    return V(ch(FIRST), "person_name")


def g_last():
    return V(ch(LAST), "person_name")


def g_name():
    f, l = ch(FIRST), ch(LAST)
    r = R.random()
    if r < 0.08:
        t = f"{f} {rlet(1, 'ABCDEFGHJKLMNPRSTW')}. {l}"
    elif r < 0.14:
        t = f"Dr. {f} {l}" + ch(["", ", MD", ", DO", ", PhD"])
    elif r < 0.2:
        t = f"{f} {l}" + ch([" Jr.", " III", " Sr."])
    else:
        t = f"{f} {l}"
    return V(t, "person_name")


def g_hon():
    h = ch(["Mr.", "Ms.", "Mrs.", "Miss", "Dr.", "Mr.", "Ms."])
    if p(0.3):
        return V(f"{h} {ch(FIRST)} {ch(LAST)}", "person_name")
    return V(f"{h} {ch(LAST)}", "person_name")


def g_drname():
    if p(0.5):
        return V(f"Dr. {ch(LAST)}", "person_name")
    return V(f"Dr. {ch(FIRST)} {ch(LAST)}" + ch(["", "", ", MD", ", DDS"]), "person_name")


def g_spelled_last():
    return V(spell(ch(ASCII_LAST)), "person_name")


def g_name_spelled():
    if p(0.5):
        n = ch(ASCII_LAST)
        return [L("last name "), V(n, "person_name"), L(ch([", spelled ", ", that's ", ", "])),
                V(spell(n), "person_name")]
    n = ch(ASCII_FIRST)
    return [L("it's "), V(n, "person_name"), L(ch([", ", " like ", ", uh, "])), V(spell(n), "person_name")]


# phones
AREA = ["415", "212", "312", "713", "206", "404", "617", "305", "503", "602", "720", "615", "818",
        "929", "347", "469", "702", "480", "919", "267", "216", "504", "808", "971", "253", "786"]


def us_parts():
    area = ch(AREA) if p(0.7) else str(R.randint(2, 9)) + rdig(2)
    exch = "555" if p(0.35) else str(R.randint(2, 9)) + rdig(2)
    return area, exch, rdig(4)


INTL = [("+44", lambda: ["20", rdig(4), rdig(4)]), ("+44", lambda: ["7" + rdig(3), rdig(6)]),
        ("+91", lambda: [str(R.randint(7, 9)) + rdig(4), rdig(5)]),
        ("+61", lambda: ["4" + rdig(2), rdig(3), rdig(3)]),
        ("+49", lambda: ["30", rdig(8)]), ("+33", lambda: ["6", rdig(2), rdig(2), rdig(2), rdig(2)]),
        ("+52", lambda: ["55", rdig(4), rdig(4)]), ("+63", lambda: ["9" + rdig(2), rdig(3), rdig(4)]),
        ("+234", lambda: ["80" + str(R.randint(2, 9)), rdig(3), rdig(4)]),
        ("+353", lambda: ["8" + str(R.randint(3, 9)), rdig(3), rdig(4)]),
        ("+254", lambda: ["7" + rdig(2), rdig(6)]), ("+57", lambda: ["3" + rdig(2), rdig(3), rdig(4)])]


def phone_intl_written():
    cc, f = ch(INTL)
    return cc + " " + " ".join(f())


def phone_intl_spoken():
    cc, f = ch(INTL)
    return "plus " + say_group(cc[1:], dbl=False) + ", " + say_digits(" ".join(f()), sep=ch([", ", " "]))


def g_phone_intl():
    if p(0.6):
        return V(phone_intl_written(), "phone_number")
    return V(phone_intl_spoken(), "phone_number")


def g_phone():
    r = R.random()
    a, e, n = us_parts()
    if r < 0.12:
        return g_phone_intl()
    if r < 0.55:
        fmt = ch(["({a}) {e}-{n}", "{a}-{e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "1-{a}-{e}-{n}",
                  "+1 {a} {e} {n}", "+1 ({a}) {e}-{n}", "{e}-{n}", "1-800-{e}-{n}", "1-888-{e}-{n}"])
        return V(fmt.format(a=a, e=e, n=n), "phone_number")
    if r < 0.6:
        return V(ch(["one eight hundred", "one eight eight eight", "one eight seven seven"]) + ", " +
                 say_digits(e + " " + n), "phone_number")
    if r < 0.67:
        # line number read in pairs: "forty five oh one"
        return V(say_group(a) + ", " + say_group(e) + ", " + pair2w(n[:2]) + " " +
                 ("hundred" if n[2:] == "00" else pair2w(n[2:])), "phone_number")
    return V(say_digits(f"{a} {e} {n}"), "phone_number")


def pair2w(pp):
    if pp[0] == "0":
        return "oh " + DIG[int(pp[1])]
    return n2w(int(pp))


def g_phone4():
    n = rdig(4)
    return V(n if p(0.6) else say_group(n), "phone_number")


# email / url / ip / username / filename
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "proton.me",
           "yahoo.co.uk", "gmail.com", "live.ca", "quantixsoftware.com", "harborpointmed.org",
           "comcast.net", "hotmail.co.uk", "rediffmail.com", "gmx.de", "ridgewaybuild.com"]


def email_local():
    f, l = ch(ASCII_FIRST).lower(), ch(ASCII_LAST).lower()
    return ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{f}_{l[0]}", f"{l}.{f}",
               f"{f}{R.randint(70, 99)}", f"{f[0]}.{l}", f"{f}-{l}", f"real.{f}.{l}", f"{l}{f[0]}{rdig(3)}"])


def speak_sym(s, speak_digits=True):
    out = []
    for tok in re.findall(r"[A-Za-z]+|\d+|.", s):
        if tok == ".":
            out.append("dot")
        elif tok == "@":
            out.append("at")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append("dash")
        elif tok == "/":
            out.append("slash")
        elif tok == ":":
            out.append("colon")
        elif tok.isdigit():
            out.append(say_group(tok) if speak_digits and (len(tok) != 2 or p(0.5)) else
                       (n2w(int(tok)) if speak_digits and tok[0] != "0" else tok))
        else:
            out.append(tok)
    return " ".join(out)


def g_email():
    e = email_local() + "@" + ch(DOMAINS)
    if p(0.4):
        return V(speak_sym(e, speak_digits=p(0.5)), "email_address")
    return V(e, "email_address")


URLS = ["https://www.{d}/help", "{d}/outages", "www.{d}", "portal.{d}/login", "https://{d}/account/billing",
        "{d}/returns", "https://www.{d}/pay", "{d}/claims/status", "http://{d}/support/contact-us",
        "my.{d}", "{d}/forms/w9", "https://app.{d}/reset"]
URL_DOMAINS = ["spectrum.com", "irs.gov", "ssa.gov", "chase.com", "amazon.com", "medicare.gov", "usps.com",
               "dmv.ca.gov", "harborpointmed.org", "brightlinefitness.com", "quantixsoftware.com",
               "pge.com", "gov.uk", "canada.ca", "northgatecu.org", "meridianwarranty.com", "zillow.com",
               "redwoodvalleyelectric.com", "etsy.com", "ridgewaybuild.com", "bluewaterins.co"]


def g_url():
    u = ch(URLS).format(d=ch(URL_DOMAINS))
    if p(0.2):
        u = ch(["bit.ly/", "tinyurl.com/"]) + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(6))
    if p(0.35) and "bit.ly" not in u and "tinyurl" not in u:
        u = u.replace("https://", "").replace("http://", "")
        return V(speak_sym(u, speak_digits=True), "url")
    return V(u, "url", keep="bit.ly" in u or "tinyurl" in u)


def g_ip():
    r = R.random()
    if r < 0.35:
        ip = ch(["192.168.", "10.0.", "172.16."]) + f"{R.randint(0, 20)}.{R.randint(1, 254)}"
    else:
        ip = f"{R.randint(23, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if p(0.35):
        return V(" dot ".join(say_group(x, oh=p(0.5), dbl=False) if p(0.6) or len(x) < 2 else n2w(int(x))
                              for x in ip.split(".")), "ip_address")
    return V(ip, "ip_address")


def g_ip6():
    if p(0.5):
        ip = "2001:db8:" + ":".join(f"{R.randint(0, 65535):x}" for _ in range(2)) + "::" + f"{R.randint(1, 65535):x}"
    else:
        ip = "fe80::" + ":".join(f"{R.randint(0, 65535):x}" for _ in range(4))
    return V(ip, "ip_address", keep=True)


HANDLE_WORDS = ["night_owl", "bakes", "gamer", "codes", "runs", "its_real", "official", "vibes", "makes",
                "lens", "fit", "travels", "kitchen", "garage"]


def user_base():
    f, l = ch(ASCII_FIRST).lower(), ch(ASCII_LAST).lower()
    w = ch(HANDLE_WORDS)
    return ch([f"{f[0]}{l}{R.randint(1, 99)}", f"{w}_{f}", f"{f}.{w}", f"{f}_{l}_{rdig(2)}",
               f"{l}{f[0]}", f"{f}{w}{rdig(2)}", f"{f}x{l}", f"{w}{f}", f"{f}_{w}_{R.randint(1, 30)}"])


def g_user():
    u = user_base()
    if p(0.35):
        return V(speak_sym(u), "username")
    return V(u, "username")


def g_handle():
    u = user_base()
    if p(0.3):
        return V("at " + speak_sym(u), "username")
    return V("@" + u, "username")


FILES = ["Taxes/{y}/{f}-tax-returns.pdf", "IMG_{n}.jpg", "invoice_{n}.pdf", "resume_{y}.docx",
         "lease-agreement-signed.pdf", "Q3_budget_v2.xlsx", "scan{n}.pdf", "damage_photos.zip",
         "W2_{y}.pdf", "{f}_passport_scan.png", "claim_form_final.pdf", "Documents/medical/{f}_labs.pdf",
         "screenshot_{n}.png", "backup_{y}.zip", "{f}-{l}-cv.pdf", "IMG_{n}.HEIC", "statement_{y}_{m}.csv",
         "Desktop/receipts/{f}.pdf", "payroll_export.xls", "VID_{y}{m}{n}.mp4", "notes.txt",
         "report_final_FINAL.docx", "setup.exe", "photo_{n}.jpeg"]


def g_file():
    t = ch(FILES).format(y=R.randint(2012, 2025), n=rdig(4), f=ch(ASCII_FIRST).lower(),
                         l=ch(ASCII_LAST).lower(), m=f"{R.randint(1, 12):02d}")
    if p(0.3):
        return V(speak_sym(t, speak_digits=p(0.5)).replace("dot HEIC", "dot heic"), "filename")
    return V(t, "filename")


# cards
def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card_digits():
    net = ch(["visa", "visa", "mc", "mc", "amex", "disc", "jcb", "unionpay"])
    if net == "visa":
        pre, ln = "4", 16
    elif net == "mc":
        pre, ln = (str(R.randint(51, 55)) if p(0.7) else str(R.randint(2221, 2720))), 16
    elif net == "amex":
        pre, ln = ch(["34", "37"]), 15
    elif net == "disc":
        pre, ln = ch(["6011", "65"]), 16
    elif net == "jcb":
        pre, ln = "35" + str(R.randint(28, 89)), 16
    else:
        pre, ln = "62" + rdig(2), 16
    body = pre + rdig(ln - 1 - len(pre))
    return body + luhn_digit(body), net


def render_card(d, spoken=None):
    groups = [d[:4], d[4:10], d[10:]] if len(d) == 15 else [d[i:i + 4] for i in range(0, 16, 4)]
    spoken = p(0.35) if spoken is None else spoken
    if spoken:
        return say_digits(" ".join(groups), oh=p(0.6))
    return ch([" ", " ", "-", ""]).join(groups)


LAST_CARD = {}


def g_card():
    d, net = card_digits()
    LAST_CARD["net"] = net
    return V(render_card(d), "credit_card_number")


NET_NAMES = {"visa": ["Visa"], "mc": ["Mastercard", "MasterCard"], "amex": ["Amex", "American Express"],
             "disc": ["Discover"], "jcb": ["JCB"], "unionpay": ["UnionPay"]}


def g_cardnet_card():
    d, net = card_digits()
    LAST_CARD["net"] = net
    return [V(ch(NET_NAMES[net]), "organization"), L(ch([", number's ", ", the number is ", " card, it's "])),
            V(render_card(d), "credit_card_number")]


def g_card4():
    d = rdig(4)
    return V(d if p(0.65) else say_group(d), "credit_card_number")


def g_cvv():
    d = rdig(4) if LAST_CARD.get("net") == "amex" and p(0.7) else rdig(3)
    return V(d if p(0.6) else say_group(d, dbl=p(0.5)), "credit_card_cvv")


def g_cvv3():
    d = rdig(3)
    return V(d if p(0.55) else say_group(d), "credit_card_cvv")


def g_cvv4():
    d = rdig(4)
    return V(d if p(0.55) else say_group(d), "credit_card_cvv")


def exp_text():
    m, y = R.randint(1, 12), R.randint(2025, 2033)
    r = R.random()
    if r < 0.3:
        return f"{m:02d}/{y % 100:02d}"
    if r < 0.4:
        return f"{m}/{y % 100:02d}"
    if r < 0.5:
        return f"{m:02d}/{y}"
    if r < 0.62:
        return f"{MONTHS[m - 1]} {y}" if p(0.5) else f"{MONTHS[m - 1]} {year2w(y)}"
    if r < 0.75:
        mm = ("oh " + DIG[m]) if m < 10 else n2w(m)
        return f"{mm} {n2w(y % 100)}"
    if r < 0.85:
        mm = ("oh " + DIG[m]) if m < 10 else say_group(f"{m}")
        return f"{mm} slash {n2w(y % 100)}"
    if r < 0.93:
        return f"{n2w(m)} {n2w(y % 100)}"
    return f"{m:02d} {y % 100:02d}"


def g_exp():
    return V(exp_text(), "credit_card_expiration")


# SSN
def ssn_digits():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


def g_ssn():
    a, g, s = ssn_digits()
    r = R.random()
    if r < 0.45:
        return V(f"{a}-{g}-{s}", "us_social_security_number")
    if r < 0.55:
        return V(f"{a} {g} {s}", "us_social_security_number")
    if r < 0.6:
        return V(f"{a}{g}{s}", "us_social_security_number")
    return V(say_digits(f"{a} {g} {s}"), "us_social_security_number")


def g_ssn4():
    s = f"{R.randint(1, 9999):04d}"
    return V(s if p(0.55) else say_group(s), "us_social_security_number")


# account numbers (customer, utility, loyalty, non-health policy, loan)
def acct_text():
    r = R.random()
    if r < 0.25:
        return rdig(R.choice([8, 10, 12]), True), False
    if r < 0.35:
        return " ".join([rdig(4), rdig(4), rdig(4)]), False
    if r < 0.5:
        return f"{rlet(2)}-{rdig(4)}-{rdig(3)}", True
    if r < 0.6:
        return f"{ch(['CUS', 'ACC', 'CN', 'A'])}{ch(['-', ''])}{rdig(7)}", True
    if r < 0.7:
        return f"{rdig(3)}-{rdig(3)}-{rdig(4)}", False
    return rdig(R.choice([9, 11]), True), False


def code_render(code, keep, spoken_prob=0.35, pol=None):
    if p(spoken_prob):
        return V(say_code(code) if re.search(r"[A-Za-z]", code) else say_digits(code), pol)
    return V(code, pol, keep and bool(re.search(r"[A-Za-z]", code)))


def g_acct():
    t, k = acct_text()
    return code_render(t, k, 0.35, "account_number")


def g_acct4():
    d = rdig(4)
    return V(d if p(0.6) else say_group(d), "account_number")


def g_policyno():
    t = ch([f"{ch(['HO', 'PA', 'AUT', 'RN', 'LF', 'UMB'])}-{rdig(4)}-{rdig(4)}", rdig(8, True),
            f"{rlet(3)}{rdig(7)}", f"{rdig(2)}-{rdig(6)}-{rdig(2)}", f"{ch(['P', 'Q'])}{rdig(9)}",
            f"{rdig(3)} {rdig(4)} {rdig(3)}"])
    return code_render(t, True, 0.3, "account_number")


def g_loyalty():
    t = ch([f"{rdig(4)} {rdig(4)} {rdig(4)}", f"MR-{rdig(6)}", rdig(10, True), f"{rlet(2)}{rdig(8)}",
            f"{rdig(3)}-{rdig(3)}-{rdig(3)}"])
    return code_render(t, True, 0.35, "account_number")


def g_loan():
    t = ch([f"LN-{rdig(8)}", rdig(10), f"{rdig(4)}-{rdig(6)}", f"{rdig(3)}{rlet(1)}{rdig(6)}"])
    return code_render(t, True, 0.3, "account_number")


# banking
def aba():
    while True:
        pre = ch(["0", "1", "2", "3"])
        first2 = f"{R.randint(1, 12):02d}" if pre in "01" else f"{R.randint(21, 32)}"
        body = first2 + rdig(6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * w[i] for i, c in enumerate(body))
        chk = (10 - s % 10) % 10
        num = body + str(chk)
        t = sum(int(c) * [3, 7, 1][i % 3] for i, c in enumerate(num))
        assert t % 10 == 0
        return num


IBAN_SPEC = {"DE": "n8n10", "GB": "a4n6n8", "FR": "n5n5n11n2", "ES": "n4n4n2n10", "NL": "a4n10",
             "IT": "a1n5n5n12", "IE": "a4n6n8", "BE": "n12", "CH": "n5n12", "PL": "n24", "PT": "n21",
             "AT": "n16"}


def iban():
    cc = ch(list(IBAN_SPEC))
    bban = ""
    for kind, n in re.findall(r"([an])(\d+)", IBAN_SPEC[cc]):
        n = int(n)
        bban += rlet(n) if kind == "a" else rdig(n)
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    ib = f"{cc}{chk:02d}{bban}"
    assert int("".join(str(int(c, 36)) for c in ib[4:] + ib[:4])) % 97 == 1
    return ib


def g_iban():
    ib = iban()
    if p(0.3):
        return V(say_code(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), mode=ch(["plain", "nato", "mixed"])),
                 "banking_information")
    return V(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if p(0.7) else ib, "banking_information", True)


def g_routing():
    n = aba()
    return V(n if p(0.6) else say_digits(n if p(0.5) else f"{n[:3]} {n[3:6]} {n[6:]}"), "banking_information")


def g_bankacct():
    n = rdig(R.choice([8, 9, 10, 11, 12]), True)
    if p(0.4):
        return V(say_digits(" ".join(n[i:i + 3] for i in range(0, len(n), 3)) if p(0.5) else n), "banking_information")
    return V(n, "banking_information")


def g_bank4():
    d = rdig(4)
    return V(d if p(0.6) else say_group(d), "banking_information")


def g_sortcode():
    s = f"{R.randint(1, 99):02d}-{rdig(2)}-{rdig(2)}"
    return V(s if p(0.65) else say_digits(s), "banking_information")


def g_ukacct():
    n = rdig(8)
    return V(n if p(0.6) else say_digits(n[:4] + " " + n[4:]), "banking_information")


def g_swift():
    code = rlet(4) + ch(["US", "GB", "DE", "FR", "IN", "MX", "PH", "NG", "CA", "ES"]) + rlet(1) + str(R.randint(0, 9))
    if p(0.3):
        code += rdig(3)
    if p(0.3):
        return V(say_code(code, mode=ch(["plain", "nato"])), "banking_information")
    return V(code, "banking_information", True)


def g_ifsc():
    code = ch(["HDFC", "SBIN", "ICIC", "UTIB", "PUNB", "KKBK"]) + "0" + rdig(6)
    return V(code if p(0.7) else say_code(code), "banking_information", True)


def g_inacct():
    n = rdig(R.choice([11, 12, 14]), True)
    return V(n if p(0.6) else say_digits(n[:4] + " " + n[4:8] + " " + n[8:]), "banking_information")


def g_ca_bank():
    t = f"{rdig(5)}-{rdig(3)}-{rdig(7)}"
    return V(t if p(0.6) else say_digits(t), "banking_information")


# healthcare
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_L + string.digits
    c = [str(R.randint(1, 9)), R.choice(MBI_L), R.choice(an), R.choice(string.digits), R.choice(MBI_L),
         R.choice(an), R.choice(string.digits), R.choice(MBI_L), R.choice(MBI_L), R.choice(string.digits),
         R.choice(string.digits)]
    s = "".join(c)
    return s


def g_mbi():
    s = mbi()
    if p(0.3):
        return V(say_code(s), "healthcare_number")
    return V(f"{s[:4]}-{s[4:7]}-{s[7:]}" if p(0.6) else s, "healthcare_number", True)


def nhs():
    while True:
        d = rdig(9, True)
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        return d + str(chk)


def g_nhs():
    n = nhs()
    t = f"{n[:3]} {n[3:6]} {n[6:]}"
    return V(t if p(0.6) else say_digits(t), "healthcare_number")


def g_hmember():
    t = ch([f"{rlet(3)}{rdig(9)}", f"W{rdig(9)}", f"U{rdig(8)}01", f"H{rdig(8)}", rdig(9, True),
            f"{rlet(1)}{rdig(8)}", f"{rdig(4)}-{rdig(3)}-{rdig(3)}-{rlet(2)}", f"{rlet(2)}{rdig(7)}",
            f"{rdig(3)}{rlet(2)}{rdig(6)}"])
    return code_render(t, True, 0.35, "healthcare_number")


def g_mrn():
    t = ch([rdig(7, True), rdig(8, True), f"MR{rdig(7)}", f"{rdig(3)}-{rdig(2)}-{rdig(2)}"])
    return code_render(t, True, 0.35, "healthcare_number")


def g_medicaid():
    t = ch([f"{rdig(8)}{rlet(1)}", f"{rlet(2)}{rdig(5)}{rlet(1)}", rdig(10, True), rdig(12, True)])
    return code_render(t, True, 0.35, "healthcare_number")


def g_onhc():
    while True:
        body = rdig(9, True)
        full = body + luhn_digit(body)
        if luhn_ok(full):
            break
    t = f"{full[:4]}-{full[4:7]}-{full[7:]}" + ch(["", "-" + rlet(2), " " + rlet(2)])
    return code_render(t, True, 0.3, "healthcare_number")


def g_aumed():
    d = str(R.randint(2, 6)) + rdig(7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    chk = sum(int(c) * w[i] for i, c in enumerate(d)) % 10
    n = d + str(chk) + str(R.randint(1, 9))
    t = f"{n[:4]} {n[4:9]} {n[9]}"
    return V(t if p(0.6) else say_digits(t), "healthcare_number")


def g_health():
    return ch([g_hmember, g_hmember, g_mrn, g_mbi, g_medicaid])()


# drivers licence
def dl_for(state):
    f = {
        "CA": lambda: f"{rlet(1)}{rdig(7)}",
        "NY": lambda: ch([f"{rdig(3)} {rdig(3)} {rdig(3)}", rdig(9)]),
        "FL": lambda: f"{rlet(1)}{rdig(3)}-{rdig(3)}-{rdig(2)}-{rdig(3)}-{rdig(1)}",
        "TX": lambda: rdig(8, True),
        "IL": lambda: f"{rlet(1)}{rdig(3)}-{rdig(4)}-{rdig(4)}",
        "PA": lambda: f"{rdig(2)} {rdig(3)} {rdig(3)}",
        "WA": lambda: "WDL" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
        "MI": lambda: f"{rlet(1)} {rdig(3)} {rdig(3)} {rdig(3)} {rdig(3)}",
        "NJ": lambda: f"{rlet(1)}{rdig(4)} {rdig(5)} {rdig(5)}",
        "OH": lambda: f"{rlet(2)}{rdig(6)}",
        "GA": lambda: rdig(9, True),
        "AZ": lambda: f"{rlet(1)}{rdig(8)}",
        "MA": lambda: f"S{rdig(8)}",
        "CO": lambda: f"{rdig(2)}-{rdig(3)}-{rdig(4)}",
    }[state]
    return f()


def uk_dl():
    sur = (ch(ASCII_LAST).upper() + "99999")[:5]
    y = R.randint(1950, 2004)
    m = R.randint(1, 12) + (50 if p(0.5) else 0)
    d = R.randint(1, 28)
    ini = rlet(1) + (rlet(1) if p(0.6) else "9")
    code = f"{sur}{str(y)[2]}{m:02d}{d:02d}{str(y)[3]}{ini}9{rlet(2)}"
    assert len(code) == 16
    return code


def g_dl(state=None):
    r = R.random()
    if state is None and r < 0.12:
        code = uk_dl()
    elif state is None and r < 0.2:
        code = f"{rlet(1)}{rdig(4)}-{rdig(5)}-{rdig(5)}"  # Ontario
    else:
        code = dl_for(state or ch(["CA", "NY", "FL", "TX", "IL", "PA", "WA", "MI", "NJ", "OH", "GA", "AZ", "MA", "CO"]))
    if p(0.35):
        return V(say_code(code) if re.search(r"[A-Z]", code) else say_digits(code), "drivers_license")
    return V(code, "drivers_license", True)


def g_ukdl():
    code = uk_dl()
    if p(0.3):
        return V(say_code(code), "drivers_license")
    return V(code if p(0.6) else f"{code[:5]} {code[5:11]} {code[11:]}", "drivers_license", True)


def g_ondl():
    code = f"{rlet(1)}{rdig(4)}-{rdig(5)}-{rdig(5)}"
    return V(code if p(0.65) else say_code(code), "drivers_license", True)


def g_dl_with_state():
    st = ch(["CA", "NY", "FL", "TX", "IL", "PA", "WA", "MI", "NJ", "OH", "GA", "AZ", "MA", "CO"])
    name = STATE_NAMES[st] if p(0.7) else st
    return [V(name, "location"), L(ch([" license, ", " license, number ", " driver's license, it's "])), g_dl(st)]


# passports
def passport_code():
    kind = ch(["us", "us2", "uk", "ca", "in", "de", "mx", "ph", "au", "fr", "ng", "ie", "cn", "br"])
    return {
        "us": lambda: rdig(9, True), "us2": lambda: rlet(1) + rdig(8), "uk": lambda: rdig(9, True),
        "ca": lambda: rlet(2) + rdig(6), "in": lambda: R.choice("ABCDEFGHJKLMNPRSTUVW") + rdig(7),
        "de": lambda: R.choice("CFGHJK") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "mx": lambda: rlet(1) + rdig(8), "ph": lambda: "P" + rdig(7) + rlet(1),
        "au": lambda: rlet(2) + rdig(7), "fr": lambda: rdig(2) + rlet(2) + rdig(5),
        "ng": lambda: "A" + rdig(8), "ie": lambda: rlet(2) + rdig(7), "cn": lambda: "E" + rdig(8),
        "br": lambda: rlet(2) + rdig(6),
    }[kind]()


def g_passport():
    code = passport_code()
    if p(0.35):
        return V(say_code(code) if re.search(r"[A-Z]", code) else say_digits(code[:3] + " " + code[3:6] + " " + code[6:]),
                 "passport_number")
    return V(code, "passport_number", True)


# vehicles
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
WMI = ["1HG", "1FA", "1FT", "2T1", "4T1", "5YJ", "JTD", "KMH", "5NP", "1G1", "3GN", "WBA", "WVW", "JF1",
       "1N4", "5XY", "1C4", "JM1", "SAL", "VF1", "ZFA", "3VW", "2HG", "1GC"]
YEAR_CODE = "ABCDEFGHJKLMNPRS"  # 2010..2025


def vin():
    body = ch(WMI) + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + R.choice(YEAR_CODE + "6789") + \
        R.choice(VIN_CH) + rdig(6)
    val = lambda c: int(c) if c.isdigit() else VIN_TR[c]
    s = sum(val(c) * VIN_W[i] for i, c in enumerate(body))
    chk = s % 11
    v = body[:8] + ("X" if chk == 10 else str(chk)) + body[9:]
    assert sum(val(c) * VIN_W[i] for i, c in enumerate(v)) % 11 == (10 if v[8] == "X" else int(v[8]))
    return v


def g_vin():
    v = vin()
    if p(0.3):
        return V(say_code(v), "vehicle_id")
    return V(v, "vehicle_id", True)


def g_vin6():
    d = rdig(6)
    return V(d if p(0.6) else say_digits(d[:3] + " " + d[3:]), "vehicle_id")


PL_L = "ABCDEFGHJKLMNPRSTUVWXYZ"


def plate():
    return ch([lambda: str(R.randint(4, 9)) + rlet(3, PL_L) + rdig(3),
               lambda: rlet(3, PL_L) + ch(["-", " ", ""]) + rdig(4),
               lambda: rlet(4, PL_L) + rdig(2),
               lambda: rlet(2, PL_L) + " " + rdig(5),
               lambda: rlet(2, PL_L) + ch(["02", "12", "19", "21", "24", "67", "70", "73"]) + " " + rlet(3, PL_L),
               lambda: rlet(4, PL_L) + " " + rdig(3),
               lambda: ch(["MH", "KA", "DL", "TN"]) + " " + rdig(2) + " " + rlet(2, PL_L) + " " + rdig(4),
               lambda: rdig(3) + " " + rlet(3, PL_L),
               lambda: ch(["B", "M", "HH", "K"]) + "-" + rlet(2, PL_L) + " " + rdig(4)])()


def g_plate():
    t = plate()
    if p(0.35):
        return V(say_code(t), "vehicle_id")
    return V(t, "vehicle_id", True)


def g_platepart():
    t = rlet(R.choice([2, 3]), PL_L)
    if p(0.3):
        t += str(R.randint(1, 9))
    return V(" ".join(t) if p(0.6) else say_code(t, mode=ch(["nato", "asin"])), "vehicle_id")


def g_trailer_serial():
    t = ch([f"{rlet(2)}{rdig(7)}", f"4{rlet(2)}{rdig(6)}{rlet(1)}{rdig(3)}", rdig(10, True)])
    return code_render(t, True, 0.3, "vehicle_id")


# number sequences
def g_ns(kind=None):
    kind = kind or ch(["order", "conf", "track", "case", "ticket", "claim", "invoice", "resv"])
    t = {
        "order": lambda: ch([f"{rdig(3)}-{rdig(7)}-{rdig(7)}", rdig(5, True), f"W{rdig(10)}", f"ORD-{rdig(5)}",
                             rdig(9, True), f"{rdig(4)}-{rdig(4)}", f"BBY01-{rdig(12)}"]),
        "conf": lambda: ch(["".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                            f"CNF{rdig(5)}", rdig(8, True), f"{rlet(2)}{rdig(4)}{rlet(1)}"]),
        "track": lambda: ch(["1Z" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(6)) + rdig(10),
                             "9400 " + " ".join(rdig(4) for _ in range(4)) + " " + rdig(2),
                             f"{rdig(4)} {rdig(4)} {rdig(4)}", rdig(10, True),
                             f"{rlet(2)}{rdig(9)}{ch(['GB', 'US', 'CA'])}", f"TBA{rdig(12)}"]),
        "case": lambda: ch([f"CS{rdig(7)}", rdig(8, True), f"{R.randint(20, 25)}-{rdig(6)}", f"CAS-{rdig(5)}-{rlet(1)}{rdig(1)}{rlet(1)}{rdig(1)}"]),
        "ticket": lambda: ch([f"INC{rdig(7)}", rdig(5, True), f"TKT-{rdig(5)}", f"SR{rdig(8)}", f"REQ{rdig(6)}"]),
        "claim": lambda: ch([f"CLM-{rdig(7)}", f"{rdig(2)}-{rdig(4)}-{rdig(2)}", f"{rdig(4)}-{rdig(4)}",
                             rdig(10, True), f"{rlet(1)}{rdig(3)}{rlet(1)}{rdig(5)}"]),
        "invoice": lambda: ch([f"INV-{rdig(5)}", f"{R.randint(2021, 2025)}-{rdig(4)}", rdig(5, True), f"{rlet(2)}{rdig(6)}"]),
        "resv": lambda: ch(["".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), rdig(8, True),
                            f"H{rdig(9)}", f"{rlet(1)}{rdig(2)}{rlet(3)}"]),
        "flight": lambda: str(R.randint(12, 2999)),
        "flightcode": lambda: ch(["UA", "DL", "AA", "BA", "AC", "LH", "EK", "WN", "B6", "QF", "AI"]) + ch([" ", ""]) + str(R.randint(12, 2999)),
        "empid": lambda: ch([f"E{rdig(5)}", rdig(6, True), f"EMP-{rdig(5)}", f"{rlet(2)}{rdig(4)}"]),
        "studentid": lambda: ch([rdig(9, True), f"A{rdig(8)}", f"{rdig(3)}-{rdig(3)}-{rdig(3)}", f"S{rdig(7)}"]),
        "serial": lambda: ch(["".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)),
                              f"SN{rdig(4)}-{rdig(4)}-{rdig(2)}", f"{rdig(1)}{rlet(2)}{rdig(4)}{rlet(3)}",
                              rdig(11, True)]),
        "giftcard": lambda: ch([" ".join(rdig(4) for _ in range(4)), rdig(19, True), f"{rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(3)}"]),
        "parcel": lambda: ch([f"{rdig(3)}-{rdig(3)}-{rdig(2)}", f"{rdig(4)}-{rdig(3)}-{rdig(3)}", f"{rdig(2)}-{rdig(2)}-{rdig(3)}-{rdig(3)}"]),
        "notary": lambda: rdig(7, True),
        "rx": lambda: ch([rdig(7, True), f"RX{rdig(7)}", f"{rdig(7)}-{rdig(5)}"]),
        "rma": lambda: ch([f"RMA-{rdig(7)}", f"RMA{rdig(6)}", rdig(9, True)]),
        "refno": lambda: ch([f"RF-{rdig(6)}", f"{rdig(5)}-{rlet(1)}", f"REF{rdig(8)}", rdig(12, True)]),
        "wo": lambda: ch([f"WO-{rdig(6)}", rdig(7, True), f"W{rdig(6)}"]),
        "permit": lambda: ch([f"BP-{R.randint(2019, 2025)}-{rdig(5)}", f"{rlet(3)}{rdig(6)}", rdig(8, True)]),
        "docket": lambda: ch([f"{R.randint(18, 25)}-CV-{rdig(5)}", f"{rdig(2)}-{rdig(4)}", f"CR-{rdig(6)}"]),
    }[kind]()
    sp = 0.3 if kind not in ("track", "giftcard") else 0.15
    if kind == "flight":
        return V(t if p(0.7) else n2w(int(t)) if int(t) < 1000 and p(0.5) else say_group(t), "number_sequence")
    return code_render(t, True, sp, "number_sequence")


def ns_slot(kind):
    return lambda: g_ns(kind)


# passwords
PW_WORDS = ["sunflower", "bluejay", "pumpkin", "tigerlily", "rocket", "monkey", "dragon", "maple", "coffee",
            "soccer", "princess", "shadow", "jasmine", "falcon", "thunder", "kitty", "panther", "summer",
            "welcome", "password", "letmein", "bella", "mustang", "cowboys", "hello", "lakers", "butterfly"]
SYMS = [("!", "exclamation point"), ("@", "at sign"), ("#", "hashtag"), ("$", "dollar sign"), ("_", "underscore"),
        ("*", "star"), ("&", "and sign"), (".", "dot")]


def g_pw():
    w = ch(PW_WORDS)
    cap = p(0.5)
    sym = ch(SYMS)
    num = ch([rdig(2), rdig(4), str(R.randint(1, 9)), rdig(3), ""])
    style = ch(["wsn", "wn", "wns", "snw", "leet", "rand"])
    if style == "rand":
        pw = "".join(R.choice(string.ascii_letters + string.digits + "#%!") for _ in range(R.randint(8, 12)))
        if p(0.25):
            return V(say_code(pw.replace("#", "").replace("%", "").replace("!", "")), "password")
        return V(pw, "password", True)
    if style == "leet":
        pw = w.replace("o", "0").replace("e", "3").replace("a", "@")
        word_sp = w
    else:
        pw = w
        word_sp = w
    if cap:
        pw = pw[0].upper() + pw[1:]
    if not num:
        num = rdig(2)
    if style == "wsn":
        written = pw + sym[0] + num
        spoken = ("capital " + word_sp[0].upper() + ", " + word_sp if cap else word_sp) + " " + sym[1] + " " + say_group(num)
    elif style == "wn" or style == "leet":
        written = pw + num
        spoken = ("capital " + word_sp[0].upper() + " " + word_sp if cap else word_sp) + " " + say_group(num)
    elif style == "wns":
        written = pw + num + sym[0]
        spoken = word_sp + " " + say_group(num) + " " + sym[1]
    else:
        written = sym[0] + num + pw
        spoken = sym[1] + " " + say_group(num) + " " + word_sp
    if style != "leet" and p(0.3):
        return V(spoken, "password")
    return V(written, "password", True)


def g_pin():
    d = rdig(R.choice([4, 4, 4, 6]))
    return V(d if p(0.5) else say_group(d), "password")


def g_otp():
    d = rdig(6)
    r = R.random()
    if r < 0.4:
        return V(d, "password")
    if r < 0.55:
        return V(d[:3] + " " + d[3:], "password")
    return V(say_digits(d[:3] + " " + d[3:], sep=ch([", ", " "])), "password")


def g_maiden():
    n = ch(LAST)
    return V(n if p(0.75) else spell(ch(ASCII_LAST)), "password")


def g_pet():
    return V(ch(PETS), "password")


def g_street_ans():
    return V(ch(STREET_NAMES) + ch(["", " Street", " Avenue", " Road", " Lane"]), "password")


def g_city_ans():
    return V(ch([c[0] for c in US_CITIES] + WORLD_CITIES), "password")


# dates
def rand_md():
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else 30)
    return m, d


def day_w(d):
    return ORD_W[d]


def dob_pieces(y=None):
    """returns list of pieces (a leading 'the' sits outside the span)"""
    m, d = rand_md()
    y = y or R.randint(1931, 2019)
    r = R.random()
    M = MONTHS[m - 1]
    if r < 0.18:
        return [V(f"{M} {d}, {y}", "date_of_birth")]
    if r < 0.3:
        return [V(f"{m:02d}/{d:02d}/{y}" if p(0.6) else f"{m}/{d}/{y % 100:02d}", "date_of_birth")]
    if r < 0.38:
        return [V(f"{d} {M} {y}" if p(0.5) else f"{d:02d}/{m:02d}/{y}", "date_of_birth")]
    if r < 0.46:
        return [L("the "), V(f"{ordsuf(d)} of {M}, {y}" if p(0.5) else f"{day_w(d)} of {M} {year2w(y)}", "date_of_birth")]
    if r < 0.62:
        return [V(f"{M} {day_w(d)}, {year2w(y)}", "date_of_birth")]
    if r < 0.74:
        mm = ("oh " + DIG[m]) if m < 10 else n2w(m)
        dd = ("oh " + DIG[d]) if d < 10 else n2w(d)
        return [V(f"{mm}, {dd}, {n2w(y % 100) if y % 100 >= 10 else 'oh ' + DIG[y % 10]}" if y < 2000 else f"{mm}, {dd}, {year2w(y)}", "date_of_birth")]
    if r < 0.82:
        return [V(f"{m}-{d}-{y}" if p(0.5) else f"{y}-{m:02d}-{d:02d}", "date_of_birth")]
    if r < 0.9:
        return [V(f"{M} {ordsuf(d)} {y}", "date_of_birth")]
    return [V(f"{n2w(m)} {n2w(d)} {year2w(y)}", "date_of_birth")]


def g_dob():
    return dob_pieces()


def g_dob_old():
    return dob_pieces(R.randint(1930, 1972))


def g_dob_young():
    return dob_pieces(R.randint(1996, 2022))


def dob_age(pron):
    y = R.randint(1935, 2015)
    a = 2025 - y - (1 if p(0.4) else 0)
    av = str(a) if p(0.5) else n2w(a)
    return dob_pieces(y) + [L(f", so {pron}'s " if p(0.5) else f", {pron}'s "), V(av, "person_age")]


def g_date():
    m, d = rand_md()
    M = MONTHS[m - 1]
    r = R.random()
    if r < 0.3:
        return V(f"{M} {d}", "date")
    if r < 0.45:
        return V(f"{M} {ordsuf(d)}", "date")
    if r < 0.55:
        return V(f"{m}/{d}", "date")
    if r < 0.65:
        return V(f"{M} {day_w(d)}", "date")
    if r < 0.75:
        return V(ch(WEEKDAYS), "date")
    if r < 0.85:
        return V(f"{ch(WEEKDAYS)}, {M} {d}" if p(0.5) else f"{ch(WEEKDAYS)} the {ordsuf(d)}", "date")
    return V(f"{M} {d}, {R.randint(2019, 2025)}", "date")


def g_weekday():
    return V(ch(WEEKDAYS), "date")


def g_ord():
    d = R.randint(1, 31)
    return V(ordsuf(d) if p(0.6) else day_w(d), "date")


def g_date_num():
    m, d = rand_md()
    return V(ch([f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}/{d}/{R.randint(22, 26)}"]), "date")


def g_year():
    y = R.randint(1985, 2025)
    return V(str(y) if p(0.6) else year2w(y), "date_interval")


def g_month():
    return V(ch(MONTHS), "date_interval")


def g_dint():
    r = R.random()
    y = R.randint(1978, 2025)
    if r < 0.15:
        return V(ch(MONTHS), "date_interval")
    if r < 0.3:
        return V(f"{ch(MONTHS)} {y}" if p(0.6) else f"{ch(MONTHS)} of {y}", "date_interval")
    if r < 0.42:
        return V(f"{ch(['spring', 'summer', 'fall', 'winter'])} of {y}" if p(0.5) else
                 f"{ch(['spring', 'summer', 'fall', 'winter'])} {y}", "date_interval")
    if r < 0.55:
        return V(f"{y}-{y + R.randint(1, 3)}" if p(0.5) else f"{y} to {y + R.randint(1, 5)}", "date_interval")
    if r < 0.65:
        return [L("the "), V(ch(["1990s", "80s", "nineties", "eighties", "2000s", "seventies", "'90s"]), "date_interval")]
    if r < 0.78:
        a, b = R.sample(range(12), 2)
        return V(f"{MONTHS[a]} through {MONTHS[b]}" if p(0.5) else f"{MONTHS[a]} to {MONTHS[b]}", "date_interval")
    if r < 0.88:
        m1, d1 = rand_md()
        m2, d2 = rand_md()
        return V(f"{MONTHS[m1 - 1]} {ordsuf(d1)} to {MONTHS[m2 - 1]} {ordsuf(d2)}", "date_interval")
    return V(str(y) if p(0.5) else year2w(y), "date_interval")


def g_year_range():
    y = R.randint(1975, 2020)
    return V(ch([f"{y} to {y + R.randint(2, 9)}", f"{y}-{y + R.randint(1, 6)}", f"{year2w(y)} to {year2w(y + R.randint(2, 6))}"]),
             "date_interval")


def g_decade():
    return V(ch(["1990s", "80s", "nineties", "eighties", "2000s", "seventies", "'90s", "1960s", "early 2000s",
                 "late eighties"]), "date_interval")


def g_season_year():
    y = R.randint(1995, 2025)
    return V(f"{ch(['spring', 'summer', 'fall', 'winter', 'autumn'])} {'of ' if p(0.5) else ''}{y if p(0.6) else year2w(y)}",
             "date_interval")


def g_month_year():
    y = R.randint(1990, 2025)
    return V(f"{ch(MONTHS)} {y if p(0.6) else year2w(y)}", "date_interval")


def g_month_year_future():
    y = R.randint(2026, 2035)
    return V(f"{ch(MONTHS)} {y if p(0.6) else year2w(y)}", "date_interval")


def g_month_range():
    a, b = R.sample(range(12), 2)
    return V(f"{MONTHS[a]} {ch(['through', 'to', 'until'])} {MONTHS[b]}", "date_interval")


def g_model_year():
    y = R.randint(2004, 2025)
    return V(str(y) if p(0.7) else year2w(y), "date_interval")


# durations and times
UNITS_T = [("minute", 5, 90), ("hour", 1, 48), ("day", 2, 60), ("week", 2, 12), ("month", 2, 18), ("year", 2, 30)]


def g_dur():
    u, lo, hi = ch(UNITS_T)
    n = R.randint(lo, hi)
    r = R.random()
    if r < 0.45:
        return V(f"{n} {u}s", "duration")
    if r < 0.85:
        return V(f"{n2w(n)} {u}s", "duration")
    return V(f"{n2w(n)} and a half {u}s" if n < 10 else f"{n} {u}s", "duration")


def g_dur_bd():
    a = R.randint(2, 7)
    return V(ch([f"{n2w(a)} to {n2w(a + 2)} business days", f"{a}-{a + 3} business days",
                 f"{n2w(a + 5)} to {n2w(a + 9)} days", f"{n2w(a)} business days"]), "duration")


def g_dur_adj():
    r = R.random()
    if r < 0.3:
        return V(f"{ch([14, 30, 60, 90])}-day", "duration")
    if r < 0.6:
        return V(f"{n2w(R.randint(1, 10))}-year", "duration")
    if r < 0.8:
        return V(f"{ch([3, 6, 12, 18, 24, 36])}-month", "duration")
    return V(f"{ch(['ninety', 'thirty', 'sixty'])}-day", "duration")


def g_time():
    h = R.randint(1, 12)
    mnt = ch([0, 0, 15, 30, 45, 10, 20])
    r = R.random()
    if r < 0.25:
        return V(f"{h}:{mnt:02d}" + ch([" a.m.", " p.m.", " AM", " PM", "pm", ""]), "time")
    if r < 0.35:
        return V(f"{h}{ch(['am', 'pm', ' a.m.', ' p.m.'])}" + ch(["", " EST", " Pacific", " Central", " CST"]), "time")
    if r < 0.5:
        part = ch([("in the morning", 5, 11), ("in the evening", 5, 9), ("at night", 8, 11), ("in the afternoon", 1, 5)])
        return V(f"{n2w(R.randint(part[1], part[2]))} {part[0]}" if p(0.5) else f"{n2w(h)} o'clock", "time")
    if r < 0.6:
        return V(ch(["noon", "midnight", "noon Eastern"]), "time")
    if r < 0.72:
        return V(f"{ch(['quarter past', 'half past', 'quarter to'])} {n2w(h)}", "time")
    if r < 0.85:
        return V(f"{n2w(h)} {n2w(mnt) if mnt >= 10 else 'oh five'}" + ch([" pm", " am", ""]), "time")
    return V(f"{R.randint(8, 21):02d}:{mnt:02d}", "time")


def g_time_range():
    h = R.randint(1, 9)
    return V(ch([f"{h} and {h + 2}", f"{n2w(h)} and {n2w(h + 3)}", f"{h} and {h + 2} pm",
                 f"{h}:30 and {h + 1}:30", f"{n2w(h)} and {n2w(h + 4)} in the afternoon"]), "time")


# statistics
def g_pct():
    r = R.random()
    x = R.randint(1, 99)
    if r < 0.35:
        return V(f"{x}%", "statistics")
    if r < 0.55:
        return V(f"{x} percent", "statistics")
    if r < 0.8:
        return V(f"{n2w(x)} percent", "statistics")
    return V(f"{x}.{R.randint(1, 9)}%" if p(0.5) else f"{n2w(R.randint(1, 9))} point {DIG[R.randint(0, 9)]} percent", "statistics")


def g_o2():
    x = R.randint(82, 99)
    return V(ch([f"{x}%", f"{x} percent", f"{n2w(x)} percent"]), "statistics")


def g_bp():
    s = R.randint(105, 185)
    d = R.randint(60, min(110, s - 30))
    return V(f"{s} over {d}" if p(0.6) else f"{n2w(s)} over {n2w(d)}", "statistics")


def g_a1c():
    a, b = R.randint(5, 11), R.randint(0, 9)
    return V(f"{a}.{b}" if p(0.6) else f"{n2w(a)} point {DIG[b]}", "statistics")


def g_chol():
    x = R.randint(150, 310)
    return V(str(x) if p(0.6) else n2w(x), "statistics")


def g_hr():
    x = R.randint(48, 140)
    return V(str(x) if p(0.6) else n2w(x), "statistics")


def g_temp():
    x = R.randint(99, 104)
    return V(f"{x}.{R.randint(1, 9)}" if p(0.6) else f"{n2w(x)} point {DIG[R.randint(1, 9)]}", "statistics")


def g_rate():
    return V(ch([f"one in {n2w(R.randint(3, 20))}", f"1 in {R.randint(3, 1000)}", f"two out of {n2w(R.randint(5, 10))}",
                 f"one in a {ch(['hundred', 'thousand'])}"]), "statistics")


def g_stat():
    return ch([g_pct, g_pct, g_bp, g_a1c, g_rate])()


# money
CUR = [("$", None), ("£", None), ("€", None)]


def money_text():
    r = R.random()
    if r < 0.3:
        x = R.choice([R.randint(5, 99), R.randint(100, 999), R.randint(1000, 9999)])
        cents = ch(["", f".{R.randint(0, 99):02d}"])
        xs = f"{x:,}" if p(0.8) else str(x)
        return f"{ch(['$', '$', '$', '£', '€'])}{xs}{cents}"
    if r < 0.45:
        x = R.randint(15, 900)
        return f"{n2w(x)} {ch(['dollars', 'bucks', 'dollars', 'pounds', 'euros'])}"
    if r < 0.55:
        x = R.randint(11, 99) * 100
        return f"{n2w(x // 100)} hundred {ch(['dollars', 'bucks', 'dollars'])}"
    if r < 0.72:
        x = R.randint(100, 60000)
        return f"{x:,} {ch(['rupees', 'pesos', 'naira', 'yen', 'reais', 'dirhams', 'euros', 'Canadian dollars', 'shillings', 'zloty'])}"
    if r < 0.8:
        return f"{n2w(R.randint(5, 90))} quid" if p(0.4) else f"{n2w(R.randint(2, 99))} dollars and {n2w(R.randint(10, 99))} cents"
    if r < 0.86:
        return f"{R.randint(2, 60)},000 {ch(['dollars', 'pesos', 'rupees'])}"
    if r < 0.93:
        return f"{n2w(R.randint(2, 90))} thousand dollars"
    return f"USD {R.randint(20, 2000)}" if p(0.5) else f"{R.randint(20, 900)} CAD"


def g_money():
    return V(money_text(), "money_amount")


def g_money_pair():
    cur = ch(["$", "£", "€", "words"])
    if cur == "words":
        a, b = R.sample(range(20, 900), 2)
        return [V(f"{n2w(a)} dollars", "money_amount"), L(ch([", not ", " not "])), V(f"{n2w(b)}", "money_amount")]
    a, b = R.sample(range(20, 3000), 2)
    return [V(f"{cur}{a:,}.{R.randint(0, 99):02d}", "money_amount"), L(", not "), V(f"{cur}{b:,}", "money_amount")]


def g_money_neg():
    return V(ch([f"negative ${R.randint(5, 400)}", f"minus {n2w(R.randint(5, 90))} dollars",
                 f"-${R.randint(5, 400)}.{R.randint(0, 99):02d}", f"negative {n2w(R.randint(12, 300))} dollars"]),
             "money_amount")


def g_money_bare():
    x = R.randint(1100, 48000)
    return V(ch([n2w(x), f"{x:,}", f"{n2w(R.randint(2, 99))} hundred", f"{x:,}.{R.randint(0, 99):02d}"]), "money_amount")


# locations
def house_no():
    n = R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 24999)])
    return n


def street_text(spoken=None):
    n = house_no()
    st = f"{ch(STREET_NAMES)} {ch(STREET_SUFFIX)}"
    if R.random() < 0.1:
        st = ch(["North ", "South ", "East ", "West ", "N. ", "SW "]) + st
    spoken = p(0.3) if spoken is None else spoken
    if spoken:
        if 1000 <= n <= 9999 and n % 1000 >= 10:
            ns = n2w(n // 100) + " " + (n2w(n % 100) if n % 100 >= 10 else "oh " + DIG[n % 100])
        else:
            ns = say_group(str(n)) if p(0.5) else n2w(n)
    else:
        ns = str(n)
    s = f"{ns} {st}"
    if p(0.3):
        s += ", " + ch(UNITS).format(n=R.randint(1, 40) if p(0.5) else R.randint(100, 999))
    return s


def g_addr():
    return V(street_text(), "location")


def g_street_only():
    return V(f"{ch(STREET_NAMES)} {ch(STREET_SUFFIX)}", "location")


def zip_for(prefix):
    return prefix + rdig(2)


def g_city():
    return V(ch([c[0] for c in US_CITIES] + WORLD_CITIES + [c[0] for c in UK_PLACES] + [c[0] for c in CA_PLACES]), "location")


def g_state():
    st = ch(list(STATE_NAMES))
    return V(STATE_NAMES[st] if p(0.75) else st, "location")


def g_zip():
    z = zip_for(ch(US_CITIES)[2])
    if p(0.4):
        return V(say_group(z, oh=p(0.7), dbl=p(0.4)), "location")
    return V(z if p(0.85) else z + "-" + rdig(4), "location")


def g_country():
    c = ch(COUNTRIES)
    if c.startswith("the "):
        return [L("the "), V(c[4:], "location")]
    return V(c, "location")


def g_landmark():
    return V(ch(LANDMARKS), "location")


def g_airport():
    return V(ch(AIRPORTS), "location")


def g_highway():
    return V(ch(HIGHWAYS), "location")


def uk_postcode(out):
    o = out + str(R.randint(1, 20))
    return f"{o} {R.randint(1, 9)}{rlet(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def g_us_full():
    city, st, zp = ch(US_CITIES)
    sep = ch([", ", ", ", " "])
    stt = STATE_NAMES[st] if p(0.3) else st
    z = zip_for(zp)
    z = z if p(0.7) else say_group(z)
    return [V(street_text(), "location"), L(", "), V(city, "location"), L(sep), V(stt, "location"), L(" "), V(z, "location")]


def g_city_state_zip():
    city, st, zp = ch(US_CITIES)
    return [V(city, "location"), L(", "), V(st if p(0.6) else STATE_NAMES[st], "location"), L(" "), V(zip_for(zp), "location")]


def g_city_country():
    r = R.random()
    if r < 0.3:
        c = ch(CA_PLACES)
        return [V(c[0], "location"), L(", "), V(c[1] if p(0.5) else c[2], "location")]
    if r < 0.5:
        c = ch(IN_PLACES)
        return [V(c[0], "location"), L(", "), V(c[1], "location")]
    city, country = ch(WORLD_CITY_COUNTRY)
    if country.startswith("the "):
        return [V(city, "location"), L(", the "), V(country[4:], "location")]
    return [V(city, "location"), L(", "), V(country, "location")]


def g_ukaddr():
    city, out = ch(UK_PLACES)
    pc = uk_postcode(out)
    return [V(f"{R.randint(1, 220)} {ch(UK_STREETS)}", "location"), L(", "), V(city, "location"), L(", "),
            V(pc if p(0.7) else say_code(pc, mode="plain"), "location", True)]


def g_capost():
    c = ch(CA_PLACES)
    pc = f"{c[3]}{R.randint(1, 9)}{rlet(1, 'ABCEGHJKLMNPRSTVXY')} {R.randint(1, 9)}{rlet(1, 'ABCEGHJKLMNPRSTVXY')}{R.randint(0, 9)}"
    return V(pc if p(0.7) else say_code(pc, mode="plain"), "location", True)


def g_de_addr():
    city, pre = ch(DE_PLACES)
    return [V(f"{ch(DE_STREETS)} {R.randint(1, 120)}", "location"), L(", "), V(pre + rdig(3), "location"), L(" "), V(city, "location")]


def g_in_addr():
    c = ch(IN_PLACES)
    return [V(f"{R.randint(1, 40)} {ch(['MG Road', 'Linking Road', 'Anna Salai', 'Baner Road', 'Brigade Road', 'Park Street'])}", "location"),
            L(", "), V(c[0], "location"), L(" "), V(c[2] + rdig(3), "location")]


def g_au_addr():
    c = ch(AU_PLACES)
    return [V(c[0], "location"), L(" "), V(c[1], "location"), L(" "), V(c[2] + rdig(2), "location")]


def g_intl_addr():
    return ch([g_ukaddr, g_de_addr, g_in_addr, g_au_addr])()


# organizations
def org_of(kind):
    def f():
        return V(ch(ORG[kind]), "organization")
    return f


def g_org():
    return V(ch(ORG_ALL), "organization")


# misc lexicon slots
def lex(pol, items):
    def f():
        return V(ch(items), pol)
    return f


def g_age():
    a = R.randint(2, 94)
    return V(str(a) if p(0.5) else n2w(a), "person_age")


def g_age_adult():
    a = R.randint(19, 92)
    return V(str(a) if p(0.5) else n2w(a), "person_age")


def g_blood():
    g = ch(["O", "A", "B", "AB"])
    return V(ch([g + "+", g + "-", g + " positive", g + " negative", g + " pos", g + " neg"]), "blood_type")


def g_blood_type():
    g = ch(["O", "A", "B", "AB"])
    return V("type " + g + ch([" positive", " negative", "+", "-"]), "blood_type")


def g_height():
    r = R.random()
    if r < 0.3:
        return V(f"{n2w(R.randint(5, 6))} {n2w(R.randint(1, 11))}", "physical_attribute")
    if r < 0.5:
        return V(f"{R.randint(150, 198)}cm tall" if p(0.5) else f"{R.randint(150, 198)} centimeters", "physical_attribute")
    if r < 0.75:
        return V(f"{n2w(R.randint(5, 6))} foot {n2w(R.randint(1, 11))}", "physical_attribute")
    return V(f"{R.randint(5, 6)}'{R.randint(1, 11)}\"", "physical_attribute")


def g_weight():
    return V(ch([f"{R.randint(110, 320)} pounds", f"{n2w(R.randint(110, 320))} pounds", f"{R.randint(50, 140)} kilos",
                 f"{R.randint(8, 22)} stone"]), "physical_attribute")


# ---------------------------------------------------------------- frames (hand-written)
# <slot> marks a value; a(n) becomes "a" or "an" by the next word; <f> is an optional filler,
# <F> an optional opening filler. Each list is keyed by the frame's main policy.
FRAMES = {
"phone_number": [
    "<F>the best number to reach me is <f><phone>",
    "Can you call me back at <phone>? That's my cell",
    "And what's a good callback number for you? <F><phone>",
    "hi, it's <first>, I'm calling about the refill, call me back at <phone> thanks",
    "my old number was <phone>, no wait, that's the old one, it's <phone> now",
    "so let me read that back, <phone>, is that right? Yes, that's it",
    "you can text me at <phone> or just email me at <email>",
    "The number on file ends in <phone4>? Mm-hmm, that's still mine",
    "This is <name> from <org>, returning your call, you can reach me directly at <phone>",
    "I'm calling from my daughter's phone, um, it's <phone>, mine is dead",
    "<phone>, that's the landline, but honestly I never pick that one up",
    "put down <phone> for the fax, they still use fax over there",
    "the emergency contact is my brother <first>, his number is <phone>",
    "okay I'm abroad right now so it's <phone_intl>, my regular one won't work",
    "if it goes to voicemail just try the office, uh, <phone>, and ask for <first>",
    "the guy who hit my car gave me <phone> but nobody answers",
],
"email_address": [
    "my email is <f><email>",
    "Can you send the receipt to <email>? Yeah",
    "it's <email>, all lowercase",
    "We'll send a confirmation to the email on file, is that still <email>? Yes ma'am",
    "no it's not that one, it's <email>, the other one is my work email",
    "send it to my wife, she's <email>, she handles the paperwork",
    "I tried to log in with <email> and it just says account not found",
    "the invoice went to <email> which I don't check anymore, can we change it to <email>",
    "um, you can reach me by email, <email>, I'm not great with phone calls",
    "<email>, that's where all the statements go",
    "I'm <name> and my email is <email>",
    "let me spell that again, <email>, got it?",
],
"url": [
    "just go to <url> and click on the payment tab",
    "the text said to visit <url> for updates",
    "I found it on <url>, the listing is still up",
    "the link they sent me was <url> but it doesn't load",
    "you can download the form at <url>",
    "is it <url>? No wait, I think it's <url>",
    "<url> is where I reset it last time",
    "okay so type in <url>, then go to my account",
    "my business website is <url> if you want to see the photos",
    "she told me to check <url> for the outage map",
    "on <store>'s site, <url>, it shows the order as shipped",
    "the page you want is, uh, <url>",
],
"ip_address": [
    "the router's IP is <ip>",
    "I'm trying to connect to <ip> and it just times out",
    "It says my address is <ip>, is that normal?",
    "okay so the printer is at <ip>, uh, I think",
    "Can you whitelist <ip>? That's our office",
    "the log shows a login from <ip> that wasn't me",
    "<ip>, that's the gateway",
    "we moved the server from <ip> to <ip> and now nothing works",
    "type <ip> into the browser bar",
    "it's showing an IPv6 address, <ip6>",
    "the camera's on <ip>, no wait, <ip>",
    "my static IP from <telco> is <ip>",
],
"username": [
    "my username is <user>",
    "I log in as <user>, or I used to",
    "you can find us on <social>, <handle>",
    "the account name is <user>, not my email",
    "it's <user>, all one word",
    "somebody changed my handle from <handle> to something weird",
    "<handle>, that's my gamer tag",
    "Did you try <user>? That's the login they gave me",
    "my kid made the account, I think it's <user>",
    "so the login, um, <user>, and I forgot the password",
    "her username on the portal is <user>",
    "I'm <handle> on <social>, send me a message there",
],
"filename": [
    "I attached a file called <file>",
    "Did you get <file>? I sent it this morning",
    "it's saved as <file> on the desktop",
    "the error says it can't open <file>",
    "upload <file>, that's the signed copy",
    "I renamed it to <file> so it's easier to find",
    "look for <file> in the shared drive",
    "<file>, that's the one with the photos of the damage",
    "they want <file> and <file> both",
    "the scanner saved it as <file>, uh, weird name",
    "I can't find <file> anywhere",
    "open the folder and there's a file, <file>, that's it",
],
"credit_card_number": [
    "the card number is <f><card>",
    "okay it's <card>, expiration <exp>, and the code on the back is <cvv>",
    "it's the <cardnet> ending in <card4>",
    "<card>, that's the one I want to use",
    "Can I get the long number on the front? <F><card>",
    "no not that one, use the card ending <card4>",
    "let me read it again, <card>, yeah",
    "my card was charged twice, the one ending in <card4>",
    "I've got it here, um, <card>, and it expires <exp>",
    "it's a(n) <cardnet_card>",
    "the last four are <card4>",
    "so I'm using my <bank> debit card, <card>",
    "somebody stole my card, <card>, I need it cancelled right now",
    "put it on the card on file, <card4>, yeah that one",
    "ending in <card4>? No, the new one ends in <card4>",
],
"credit_card_cvv": [
    "the security code is <cvv3>",
    "CVV is <cvv3>",
    "And the three digits on the back? <F><cvv3>",
    "it's <cvv3>, the code on the back",
    "<cvv3>, that's the security code",
    "code is, uh, <cvv3>, let me flip it over, no, <cvv3>",
    "expires <exp>, security code <cvv3>",
    "the little number on the back is worn off, I think it's <cvv3>",
    "the four digit code on the front of my <amex> is <cvv4>",
    "<card>, and the CVV <cvv>",
    "it keeps saying the CVV is wrong but I typed <cvv3>",
    "okay the card verification code, um, <cvv3>",
],
"credit_card_expiration": [
    "it expires <exp>",
    "expiration date is <exp>",
    "valid thru <exp>",
    "And the exp? <F><exp>",
    "<exp>, that's the expiration",
    "the new card expires <exp>, the old one's expired",
    "the card's good through <exp>",
    "it expires <exp>, no sorry, <exp>, I was looking at the old card",
    "my card expires <exp> so it should still work",
    "exp date on my <cardnet> is <exp>",
    "the card ending <card4> expires <exp>",
    "the card says valid until <exp> right under my name",
],
"us_social_security_number": [
    "my social is <ssn>",
    "social security number, <f><ssn>",
    "last four of my social are <ssn4>",
    "<ssn>, that's my social",
    "For verification I'll need the last four of your SSN. <F><ssn4>",
    "my name is <name>, date of birth <dob>, and my social is <ssn>",
    "it's <ssn>, no wait, <ssn>, I mixed up the middle part",
    "I put my SSN on the form, <ssn>, and it got rejected",
    "my son's social security number is <ssn>",
    "the letter from <agency> had my full social on it, <ssn>",
    "um, the last four, <ssn4>",
    "So that's <ssn>? That's correct",
    "You need the social? Okay, <ssn>",
    "SSN <ssn>, DOB <dob>",
    "my tax ID is just my social, <ssn>",
],
"account_number": [
    "my account number is <acct>",
    "the policy number on my car insurance is <policyno>",
    "rewards number, <loyalty>",
    "<acct>, that's the account number on the bill",
    "I'm calling about my <utility> bill, account <acct>",
    "the loan number is <loan>",
    "my customer number is, uh, <acct>",
    "it's <policyno>, the home policy",
    "member ID for the gym is <loyalty>",
    "What's the account number? Um, <acct>, I think",
    "my <insurer> policy, it's <policyno>, the renters one",
    "the account ending in <acct4>, that's the one getting the late fees",
    "I have two accounts, <acct> and <acct>, and I want them merged",
    "my mortgage loan number with <bank> is <loan>",
    "so the account is <acct>? Correct",
],
"banking_information": [
    "my checking account number is <bankacct>",
    "routing number is <routing>",
    "for direct deposit, routing <routing> and account <bankacct>",
    "the IBAN is <iban>",
    "<bankacct>, that's my savings",
    "it's <bank>, routing number <routing>",
    "sort code <sortcode>, account number <ukacct>",
    "Can you send it to my IBAN? It's <iban>",
    "the routing number, uh, <routing>, no wait, <routing>",
    "the swift code is <swift>",
    "the checking account ending in <bank4>",
    "I gave them my account number, <bankacct>, and they took money out twice",
    "the IFSC code is <ifsc> and the account is <inacct>",
    "so deposit it into savings, <bankacct>",
    "my transit and account number is <ca_bank>",
],
"healthcare_number": [
    "my <medicare> number is <mbi>",
    "member ID on my insurance card is <hmember>",
    "<hmember>, that's my member ID",
    "my <nhs_org> number is <nhs>",
    "medical record number <mrn>",
    "my health plan subscriber ID is <hmember>",
    "the <medicaid_org> ID, um, <medicaid>",
    "my <healthplan> member number is <hmember>",
    "the patient's MRN is <mrn>",
    "my health card number is <onhc>",
    "The member ID, is it <hmember>? Yes",
    "my <medicare> card number, it's <aumed>",
    "I'm on my husband's plan, the subscriber ID is <hmember>",
    "my <healthplan> policy number is <hmember>",
    "the ID on the back of my insurance card says <hmember>",
],
"drivers_license": [
    "my driver's license number is <dl>",
    "license number, <dl>",
    "<dl>, that's my state ID",
    "DL number is <dl>",
    "it's a(n) <dl_with_state>",
    "my licence number is <ukdl>",
    "the number on my license is <dl>, no wait, <dl>",
    "Can I get your driver's license number? <F><dl>",
    "state ID number <dl>",
    "they wrote down my license as <dl> but it's actually <dl>",
    "his driver's license is <dl>, he's on the rental too",
    "for the rental they need the license, it's <dl>",
    "the <prov_on> licence number is <ondl>",
    "I renewed it, so the new license number is <dl>",
],
"passport_number": [
    "my passport number is <passport>",
    "passport, <f><passport>",
    "<passport>, that's my passport",
    "it's a(n) <nat_pp> passport, number <passport>",
    "passport number is <passport> and it expires <month_year_future>",
    "my daughter's passport is <passport>",
    "Can you check passport <passport>? The booking won't go through",
    "the passport number, um, <passport>, sorry, <passport>",
    "on the form I put <passport> as the passport number",
    "I renewed it, so the new number is <passport>",
    "the <country_nt> passport is <passport>, the other one is <passport>",
    "for the visa they need my passport, <passport>",
    "let me read it off, <passport>, yeah",
    "I have my passport right here, it's <passport>",
],
"vehicle_id": [
    "the VIN is <vin>",
    "license plate <plate>",
    "my plate number is <f><plate>",
    "<plate>, that's my plate",
    "the car that hit me had a plate starting with <platepart>",
    "VIN number, <vin>",
    "the last six of the VIN are <vin6>",
    "it's a(n) <model_year> <carmake>, plate <plate>",
    "Can you read me the VIN? <F><vin>",
    "my tag is <plate>",
    "the plate is <plate>, no wait, <plate>",
    "the serial number on the trailer is <trailer_serial>",
    "it's registered under plate <plate>",
    "the VIN on the dash is <vin> but the paperwork says something else",
    "the truck's plate is <plate>, <state> plates",
],
"password": [
    "my password is <pw>",
    "the PIN is <pin>",
    "the code they texted me is <otp>",
    "my mother's maiden name, <maiden>",
    "first pet was <pet>",
    "I set it to <pw> but it says it's wrong",
    "the verification code is <f><otp>",
    "the security question is the street I grew up on, so that's <street_ans>",
    "my PIN, um, <pin>, no wait, <pin>",
    "<pw>, that's the wifi password",
    "the temporary password they gave me was <pw>",
    "the answer's <pet>, that was my first dog",
    "the passcode for the voicemail is <pin>",
    "city where I was born, that's the question, and the answer is <city_ans>",
    "the code is <otp>, I literally just got it",
],
"date_of_birth": [
    "my date of birth is <dob>",
    "I was born <dob>",
    "DOB <dob>",
    "birthday's <dob>",
    "<dob>, that's my birthday",
    "Can I get your date of birth? <F><dob>",
    "born on <dob> in <city>",
    "my daughter was born <dob_young>",
    "it's <dob>, no wait, <dob>, sorry, that's my husband's birthday",
    "the patient's date of birth is <dob>",
    "date of birth, <dob>, and the member ID is <hmember>",
    "my mom's birthday is <dob_she>",
    "he was born <dob_he> now",
    "the birth date on the license says <dob> but that's wrong",
    "My DOB? <F><dob>",
],
"money_amount": [
    "the bill came to <money>",
    "they charged me <money> for nothing",
    "I paid <money> last week",
    "<money>, that's what they quoted me",
    "the refund should be <money_pair>",
    "Can I make a payment of <money> today?",
    "My balance is <money>?",
    "it was like <money> at <store>",
    "the deposit was <money>, but now the balance shows <money_neg>",
    "I sent <money> through <app> and it never arrived",
    "The fee is <money>? That's ridiculous",
    "rent is <money> a month",
    "so I owe <money>, right?",
    "the repair estimate was <money>",
    "the total came out to, um, <money_bare>",
],
"location": [
    "I live at <addr>",
    "the address is <us_full>",
    "ship it to <addr>, <city>",
    "my zip code is <zip>",
    "we moved to <city> from <city>",
    "it's <ukaddr>",
    "I'm in <city_country> right now",
    "the accident was on <highway> near <landmark>",
    "the postal code is <capost>",
    "the billing address is still the old one, <addr>",
    "Pickup at <airport>? Yes, terminal B",
    "the nearest branch is on <street_only>",
    "my sister lives out in <state>",
    "the house is at <addr>, right by <landmark>",
    "zip <zip_city>",
    "send it to <intl_addr>",
],
"number_sequence": [
    "my order number is <order>",
    "the confirmation number is <conf>",
    "tracking number <track>",
    "I have a case number, <case>",
    "the claim number is <claim>",
    "invoice <invoice>",
    "the reservation code is <resv>",
    "I'm on <airline> flight <flight>",
    "my employee ID is <empid>",
    "student ID, <studentid>",
    "the serial number on the back is <serial>",
    "the gift card number is <giftcard> and the PIN is <pin>",
    "<order>, that's the order number",
    "I'm calling about order <order>, and you can reach me at <phone>",
    "ticket number <ticket>",
    "I already opened a ticket, it's <ticket>",
    "the parcel number on the tax bill is <parcel>",
    "notary commission number <notary>",
    "confirmation <conf>, no wait, <conf>",
    "the prescription number is <rx>",
    "so the RMA number is <rma>",
    "reference number, um, <refno>",
    "my badge number at <employer> is <empid>",
    "the work order is <wo>",
    "Can you read me the tracking? <F><track>",
    "the booking reference is <resv>",
    "it's case <case>, I've called about it before",
    "my claim number is <claim>, and the <occ_adjuster> is <name>",
    "model number doesn't matter, the serial is <serial>",
    "I got two packages, <track> and <track>",
    "the permit number is <permit>",
    "the docket number is <docket>",
    "I was on flight <flightcode> and my bag never showed up",
],
"organization": [
    "I'm calling from <org>",
    "<store> charged me twice for order <order>",
    "I work for <employer>",
    "my insurance is through <healthplan>, member ID <hmember>",
    "I was at <hospital> last night, they gave me a case number, <case>",
    "my son goes to <school>",
    "we bank with <bank>",
    "I ordered it on <store> and it never showed up",
    "the letter came from <agency>",
    "I switched from <telco> to <telco>",
    "<store> said to call you guys",
    "hi this is <first> with <org>, returning your call",
    "Is this <org>? I think I dialed wrong",
    "I paid <money> with <app>",
    "they transferred me to <insurer> about claim <claim> and then back to you",
    "my clinic is part of <hospital>",
    "I take classes at <school>",
    "we got a notice from <utility> about the meter, account <acct>",
    "<bank> froze my account",
    "the package was shipped with <courier>, tracking <track>",
    "I used to work at <employer> and now I'm at <employer>",
    "the rental was through <rental>, plate <plate>",
    "my card is a(n) <cardnet> from <bank>",
    "<hospital> sent my bill to collections",
    "I'm enrolled in <program>",
    "uh, I booked through <airline> but the hotel was <hotel>",
    "the pharmacy at <pharmacy> said the prescription wasn't sent",
    "they told me at <org> that you'd cover it",
    "I got an email from <app> saying my subscription renewed",
    "we're with <insurer> for the car and <insurer> for the house",
    "I'm calling on behalf of <employer>, we're a client",
    "<courier> says <track> was delivered but it's not here",
    "so <program> covers part of it and <healthplan> covers the rest",
],
"person_name": [
    "my name is <name>",
    "this is <name>, calling back",
    "Can I speak to <hon>?",
    "I spoke with <first> last time and she said it was fixed",
    "last name is <spelled_last>",
    "<name>, that's me",
    "it's under my husband's name, <name>",
    "I'm calling for my mother, <name>, date of birth <dob_old>",
    "<drname> referred me",
    "Who am I speaking with? <F><first>",
    "<name_spelled>",
    "can you tell <first> I called?",
    "I'm <name> and I'm the account holder, last four of my social is <ssn4>",
    "the person I talked to was <first>, or <first>, something like that",
],
"person_age": [
    "I'm <age_adult>",
    "my son is <age_kid> years old",
    "she's <age_adult>, she can't do this herself",
    "the patient is a(n) <age_adult>-year-old <gender_mf>",
    "my dad, he's <age_adult> and lives alone",
    "I'm <age_next> soon",
    "How old is the patient? <F><age>",
    "I'm <age_adult> years old and I've never had this problem",
    "the kids are <age_kid> and <age_kid>",
    "my mother is <age_adult>, she has <cond>",
    "he just turned <age>",
    "I'm a(n) <age_adult> year old <gender_mf>",
],
"date": [
    "the appointment is on <date>",
    "I called on <weekday> and again today",
    "it was delivered <date>",
    "Can we do <date> instead?",
    "my payment is due on the <ord>",
    "<weekday>, that's when the <occ_tech> came",
    "they said it'd be here by <date>",
    "I went in on <date> and got out on <date>",
    "the charge posted on <date_num>",
    "next <weekday> works for me",
    "I have it written down, <date>",
    "we close on the house <date>",
],
"date_interval": [
    "I've been a customer since <year>",
    "this was back in <month>",
    "we lived there <year_range>",
    "it happened in the <decade>",
    "sometime in <season_year>, I don't remember exactly",
    "my lease runs <dint>",
    "the coverage lapsed in <month_year>",
    "I bought it in <year_recent>, so it's still under warranty",
    "they raised the rate in <month>",
    "<month_year>, that's when I opened the account",
    "the classes run <month_range>",
    "I was out of work <season_year>",
],
"duration": [
    "I've been on hold for <dur>",
    "it takes <dur_bd>",
    "we've been waiting <dur>",
    "I had it for <dur> before it broke",
    "<dur>, that's how long the power's been out",
    "the free trial is <dur>",
    "I've been a member for <dur>",
    "they said it'd take <dur>",
    "she was in the hospital for <dur>",
    "it came with a(n) <dur_adj> warranty",
    "I've been taking it for <dur>",
    "it's been <dur>, no, more like <dur>",
],
"time": [
    "the appointment is at <time>",
    "call me after <time>",
    "I called at <time> and no one picked up",
    "they can come between <time_range>",
    "<time>, that's when it went out",
    "the store opens at <time>",
    "Can you do <time>?",
    "my flight leaves at <time>",
    "it was around <time> when I noticed",
    "pickup is <time>",
    "we close at <time>, so try before that",
    "I'll be home after <time>",
],
"statistics": [
    "my blood pressure was <bp>",
    "my A1C came back <a1c>",
    "they said I have a(n) <pct> chance",
    "oxygen was at <o2>",
    "the interest rate is <pct>",
    "my cholesterol was <chol>",
    "only <rate> people get that side effect",
    "my heart rate was up around <hr>",
    "kidney function is at <pct>",
    "the premium went up <pct>",
    "her temp was <temp> last night",
    "<pct>, that's what the survey said",
],
"blood_type": [
    "my blood type is <blood>",
    "I'm <blood_type>",
    "she's <blood>, it's on her card",
    "<blood>, that's what the lab said",
    "blood type <blood>",
    "he needs <blood> blood",
    "I'm a donor, <blood>",
    "the chart says <blood> but I thought I was <blood>",
    "What's the patient's blood type? <F><blood>",
    "it's <blood>, the rare one",
    "my son's <blood>, same as me",
    "the card in my wallet says <blood_type>",
],
"occupation": [
    "I'm a(n) <occ>",
    "my husband is a(n) <occ>",
    "I work as a(n) <occ> at <employer>",
    "the <occ> told me to call you",
    "<occ>, that's what I do",
    "I talked to a(n) <occ> yesterday and they said it was fine",
    "she's a retired <occ>",
    "I used to be a(n) <occ> but now I drive for <app>",
    "Can I talk to a(n) <occ>?",
    "the <occ> who came out said the line was cut",
    "we need a(n) <occ> out here",
    "my job title is <occ>",
],
"nationality": [
    "I'm <nat>",
    "my family is <nat>",
    "he's <nat>, just moved here",
    "she's half <nat>, half <nat>",
    "<nat>, it says that on the form",
    "Is there a(n) <nat> community center near me?",
    "I'm <nat> but I live in <country>",
    "the form asks for ethnicity, I put <nat>",
    "we're a(n) <nat> family",
    "I'm <nat>, born and raised",
    "the guy was <nat>, maybe <nat>",
    "they assumed I was <nat> because of my accent",
],
"language": [
    "Do you have someone who speaks <lang>?",
    "I speak <lang>",
    "my mom only speaks <lang>",
    "Can I get the letter in <lang>?",
    "<lang>, please",
    "she speaks <lang> and a little <lang>",
    "Is there a(n) <lang> option?",
    "sorry, my <lang> isn't great, I'm more comfortable in <lang>",
    "the <occ_interp> spoke <lang> but we need <lang>",
    "the manual is only in <lang>",
    "I pressed two for <lang>, that's what I did",
    "I grew up speaking <lang> at home",
],
"religion": [
    "I'm <rel>",
    "we're <rel>, so we can't do that",
    "my family is <rel>",
    "he's <rel>, very devout",
    "being <rel>, there's some dietary stuff",
    "the hospital asked if I'm <rel>",
    "<rel>, if that matters for the form",
    "she was raised <rel> but she's <rel> now",
    "Is there a(n) <rel> <occ_chaplain> on staff?",
    "we're a(n) <rel> household",
    "I'm not <rel>, I'm <rel>",
    "my grandmother is very <rel_devout>",
],
"political_affiliation": [
    "I'm a registered <pol>",
    "I vote <pol>",
    "my dad's a lifelong <pol>",
    "I'm <pol_ind>, I don't belong to any party",
    "the <pol> candidate called me",
    "Is this a(n) <pol> survey?",
    "we're <pol> in this house",
    "I used to be <pol> but now I'm more <pol>",
    "<pol>, if you have to know",
    "I switched my registration to <pol>",
    "the flyer was from the <pol> people",
    "I'm a(n) <pol> voter",
],
"marital_status": [
    "I'm <mar>",
    "my <ex> keeps calling",
    "we're <mar>, so I'm the only one on the account",
    "my <late> was the account holder",
    "status, <mar>",
    "I got <mar_got> so the name changed",
    "the form says <mar> but I'm actually <mar>",
    "my <ex> and I share custody",
    "I'm a(n) <widow>",
    "we were <mar_past> for years",
    "the property was in my <ex>'s name",
    "Marital status? <F><mar>",
],
"gender_sexuality": [
    "the patient is a(n) <age_adult>-year-old <gender_mf> and identifies as <gender>",
    "I'm <gender>",
    "gender, <gender>",
    "I identify as <gender>",
    "my kid came out as <gender_out>",
    "I'm a(n) <gender_adj> man",
    "on the form I put <gender>",
    "<gender_nb>, and my pronouns are they them",
    "the caller was <gender_mf>, sounded older",
    "we're a(n) <gender_couple> couple",
    "sex on the license says <gender_mf>",
    "I'm <gender>, is that a problem?",
],
"zodiac_sign": [
    "I'm a(n) <zod>",
    "she's such a(n) <zod>",
    "my sign is <zod>",
    "<zod>, that's why I'm like this",
    "classic <zod> move",
    "What's your sign? <F><zod>",
    "we're both <zod>, so it's a lot",
    "the horoscope for <zod> said today would be bad",
    "my rising is <zod>",
    "he's a(n) <zod>, very stubborn",
    "I'm a(n) <zod> sun, <zod> moon",
    "she put <zod> on her dating profile",
],
"event": [
    "we're traveling for <ev_hol>",
    "I need it before <event>",
    "we were at <ev_att> when it happened",
    "the package was supposed to arrive before <event>",
    "the <ev_sale> sale said free shipping",
    "Are you open on <ev_hol>?",
    "we're hosting <ev_hol> this year",
    "I bought tickets to <ev_att>",
    "after <event> things got crazy",
    "my son's going to <ev_att>",
    "Is the office closed for <ev_hol>?",
    "we celebrate <ev_hol> and <ev_hol>",
],
"drug": [
    "I take <drug><dose>",
    "I'm on <drug><dose>",
    "the pharmacy said my <drug> isn't covered",
    "I need a refill on my <drug>",
    "I'm allergic to <drug>",
    "<drug>, that's what they prescribed",
    "they switched me from <drug> to <drug>",
    "Can I take <drug> with <drug>?",
    "I've been taking <drug> for my <cond>",
    "she's on <drug> and <drug>",
    "it says <drug><dose> on the bottle",
    "I tried <drug> but it made me dizzy",
],
"medical_condition": [
    "I have <cond>",
    "I was diagnosed with <cond>",
    "my son has <cond>",
    "because of my <cond> I can't stand for long",
    "<cond>, that's the main thing",
    "she's dealing with <cond>",
    "they think it's <cond>",
    "I've had <cond> since I was a kid",
    "it's for my <cond>",
    "Pre-existing conditions? <F><cond> and <cond>",
    "he passed from <cond>",
    "the claim was for <cond>",
],
"medical_process": [
    "I had a(n) <proc> done",
    "I'm scheduled for a(n) <proc>",
    "insurance denied my <proc>",
    "<proc>, that's what they ordered",
    "I need to reschedule my <proc>",
    "after the <proc> I couldn't drive",
    "they want me to do <proc_mass>",
    "Is <proc_mass> covered?",
    "she's doing <proc_mass>",
    "the <proc> showed nothing",
    "I had <proc_mass> three times",
    "they did a(n) <proc> and a(n) <proc>",
],
"injury": [
    "I <inj_verb>",
    "I have a(n) <inj_noun>",
    "my son <inj_verb_his> at school",
    "he got a(n) <inj_noun> from the fall",
    "<inj_noun>, that's what the ER said",
    "I slipped on the ice and <inj_verb>",
    "she has a(n) <inj_noun>",
    "the claim is for a(n) <inj_noun>",
    "I <inj_verb> at work",
    "they said it's a(n) <inj_noun>",
    "I think I <inj_verb>",
    "from the crash I got a(n) <inj_noun> and a(n) <inj_noun>",
],
"physical_attribute": [
    "he's <height>",
    "I'm <height>",
    "she has <hair>",
    "he's got a(n) <mark>",
    "I'm <disab>",
    "he's about <weight>",
    "the guy had <hair> and a(n) <mark>",
    "I'm <height>, <weight>",
    "my son is <disab>, so please text instead of calling",
    "she's <build>",
    "<hair>, you can't miss him",
    "the suspect was about <height>",
],
}


# ---------------------------------------------------------------- extra composite slots
def g_age_next():
    a = R.randint(19, 90)
    if p(0.5):
        return [V(str(a), "person_age"), L(", I'll be "), V(str(a + 1), "person_age")]
    return [V(n2w(a), "person_age"), L(", I'll be "), V(n2w(a + 1), "person_age")]


def g_inj_his():
    return V(ch(INJ_VERB).replace(" my ", " his "), "injury")


def g_zip_city():
    city, st, zp = ch(US_CITIES)
    z = zip_for(zp)
    z = z if p(0.7) else say_group(z)
    return [V(z, "location"), L(", that's "), V(city, "location"), L(", "), V(STATE_NAMES[st] if p(0.5) else st, "location")]


def g_country_nt():
    return V(ch([c for c in COUNTRIES if not c.startswith("the ")]), "location")


def g_dose():
    d = ch(DOSES)
    return L(" " + d) if d else L("")


def filler():
    return L(ch(["", "", "", "uh, ", "um, ", "you know, ", "like, ", "so, ", "let me see, ", "hold on, ",
                 "uh, ", "okay, "]))


def opener():
    return L(ch(["", "", "", "Okay so ", "Um, ", "Yeah, ", "Right, ", "Well, ", "So ", "Mm-hmm, ", "Uh, ",
                 "Sure, ", "Oh, ", "Yes, "]))


SLOTS = {
    "f": filler, "F": opener,
    "name": g_name, "first": g_first, "last": g_last, "hon": g_hon, "drname": g_drname,
    "spelled_last": g_spelled_last, "name_spelled": g_name_spelled,
    "phone": g_phone, "phone_intl": g_phone_intl, "phone4": g_phone4,
    "email": g_email, "url": g_url, "ip": g_ip, "ip6": g_ip6, "user": g_user, "handle": g_handle, "file": g_file,
    "card": g_card, "card4": g_card4, "cvv": g_cvv, "cvv3": g_cvv3, "cvv4": g_cvv4, "exp": g_exp,
    "ssn": g_ssn, "ssn4": g_ssn4,
    "acct": g_acct, "acct4": g_acct4, "policyno": g_policyno, "loyalty": g_loyalty, "loan": g_loan,
    "bankacct": g_bankacct, "routing": g_routing, "iban": g_iban, "sortcode": g_sortcode, "ukacct": g_ukacct,
    "swift": g_swift, "ifsc": g_ifsc, "inacct": g_inacct, "ca_bank": g_ca_bank, "bank4": g_bank4,
    "mbi": g_mbi, "nhs": g_nhs, "hmember": g_hmember, "mrn": g_mrn, "medicaid": g_medicaid, "onhc": g_onhc,
    "aumed": g_aumed, "health": g_health,
    "dl": g_dl, "ukdl": g_ukdl, "ondl": g_ondl, "dl_with_state": g_dl_with_state,
    "passport": g_passport,
    "vin": g_vin, "vin6": g_vin6, "plate": g_plate, "platepart": g_platepart, "trailer_serial": g_trailer_serial,
    "pw": g_pw, "pin": g_pin, "otp": g_otp, "maiden": g_maiden, "pet": g_pet, "street_ans": g_street_ans,
    "city_ans": g_city_ans,
    "dob": g_dob,
    "date": g_date, "weekday": g_weekday, "ord": g_ord, "date_num": g_date_num, "year": g_year, "month": g_month,
    "dint": g_dint, "year_range": g_year_range, "decade": g_decade, "season_year": g_season_year,
    "month_year": g_month_year, "month_year_future": g_month_year_future, "month_range": g_month_range, "model_year": g_model_year,
    "dur": g_dur, "dur_bd": g_dur_bd, "dur_adj": g_dur_adj, "time": g_time, "time_range": g_time_range,
    "pct": g_pct, "bp": g_bp, "a1c": g_a1c, "chol": g_chol, "hr": g_hr, "temp": g_temp, "rate": g_rate, "stat": g_stat,
    "money": g_money, "money_bare": g_money_bare,
    "addr": g_addr, "street_only": g_street_only, "city": g_city, "state": g_state, "zip": g_zip,
    "country": g_country, "country_nt": g_country_nt, "landmark": g_landmark, "airport": g_airport,
    "highway": g_highway, "us_full": g_us_full, "city_state_zip": g_city_state_zip, "city_country": g_city_country,
    "ukaddr": g_ukaddr, "capost": g_capost, "de_addr": g_de_addr, "in_addr": g_in_addr, "au_addr": g_au_addr,
    "intl_addr": g_intl_addr, "zip_city": g_zip_city,
    "org": g_org,
    "medicare": lambda: V("Medicare", "organization"),
    "medicaid_org": lex("organization", ["Medicaid", "Medi-Cal", "MassHealth", "Medicaid"]),
    "nhs_org": lambda: V("NHS", "organization"),
    "amex": lex("organization", ["Amex", "American Express"]),
    "age": g_age, "age_adult": g_age_adult, "age_next": g_age_next,
    "blood": g_blood, "blood_type": g_blood_type,
    "occ": lex("occupation", OCC),
    "occ_adjuster": lex("occupation", ["adjuster", "claims adjuster", "field adjuster", "claims examiner"]),
    "occ_tech": lex("occupation", ["tech", "technician", "installer", "repairman", "cable guy"]),
    "occ_interp": lex("occupation", ["interpreter", "translator"]),
    "occ_chaplain": lex("occupation", ["chaplain", "priest", "rabbi", "imam", "pastor", "minister"]),
    "nat": lex("nationality", NAT),
    "nat_pp": lex("nationality", ["American", "Mexican", "Canadian", "Nigerian", "Filipino", "Indian", "Polish",
                                  "Brazilian", "Irish", "British", "German", "French", "Pakistani", "Ukrainian",
                                  "Haitian", "Ghanaian", "Jamaican", "Colombian", "Egyptian", "Kenyan"]),
    "lang": lex("language", LANG), "rel": lex("religion", REL), "pol": lex("political_affiliation", POL),
    "pol_ind": lex("political_affiliation", ["independent", "Independent", "unaffiliated"]),
    "mar": lex("marital_status", MAR), "ex": lex("marital_status", [e for e in EX if not e.startswith("late")]),
    "late": lex("marital_status", ["late husband", "late wife", "late partner"]),
    "mar_got": lex("marital_status", ["divorced", "married", "remarried", "separated"]),
    "mar_past": lex("marital_status", ["married", "separated", "engaged"]),
    "widow": lex("marital_status", ["widow", "widower"]),
    "gender": lex("gender_sexuality", GENDER),
    "gender_mf": lex("gender_sexuality", ["female", "male", "female", "male", "transgender female", "trans male"]),
    "gender_out": lex("gender_sexuality", ["gay", "lesbian", "bisexual", "trans", "nonbinary", "queer", "pansexual", "asexual"]),
    "gender_adj": lex("gender_sexuality", ["gay", "bi", "trans", "straight", "queer", "bisexual"]),
    "gender_couple": lex("gender_sexuality", ["gay", "lesbian", "same-sex", "queer"]),
    "zod": lex("zodiac_sign", ZOD), "event": lex("event", EVENT), "drug": lex("drug", DRUG), "dose": g_dose,
    "cond": lex("medical_condition", COND), "proc": lex("medical_process", PROC),
    "proc_mass": lex("medical_process", PROC_MASS), "inj_verb": lex("injury", INJ_VERB), "inj_verb_his": g_inj_his,
    "inj_noun": lex("injury", INJ_NOUN),
    "height": g_height, "weight": g_weight, "hair": lex("physical_attribute", HAIR),
    "mark": lex("physical_attribute", MARKS), "disab": lex("physical_attribute", DISAB),
    "build": lex("physical_attribute", BUILD),
}
for _k in ORG:
    SLOTS[_k] = org_of(_k)
for _k in ["order", "conf", "track", "case", "ticket", "claim", "invoice", "resv", "flight", "flightcode", "empid",
           "studentid", "serial", "giftcard", "parcel", "notary", "rx", "rma", "refno", "wo", "permit", "docket"]:
    SLOTS[_k] = ns_slot(_k)
SLOTS["ns"] = g_ns
SLOTS.update({
    "o2": g_o2, "prov_on": lambda: V("Ontario", "location"), "age_kid": lambda: (lambda a: V(str(a) if p(0.5) else n2w(a), "person_age"))(R.randint(1, 17)),
    "gender_nb": lex("gender_sexuality", ["nonbinary", "genderfluid", "genderqueer", "agender", "non-binary"]), "dob_old": g_dob_old, "dob_young": g_dob_young,
    "dob_she": lambda: dob_age("she"), "dob_he": lambda: dob_age("he"), "cardnet_card": g_cardnet_card, "money_pair": g_money_pair, "money_neg": g_money_neg,
    "ev_hol": lex("event", ["Christmas", "Thanksgiving", "Diwali", "Eid", "Hanukkah", "Lunar New Year",
                            "Fourth of July", "Easter", "Passover", "Yom Kippur", "Halloween", "Memorial Day",
                            "Labor Day", "New Year's Eve", "Juneteenth", "Rosh Hashanah", "Boxing Day",
                            "Día de los Muertos", "Ramadan", "Kwanzaa"]),
    "ev_att": lex("event", ["Super Bowl", "Olympics", "World Cup", "Coachella", "Boston Marathon", "Burning Man",
                            "Comic-Con", "Wimbledon", "Oktoberfest", "Mardi Gras", "Pride", "SXSW",
                            "Kentucky Derby", "Lollapalooza", "NBA Finals", "Glastonbury"]),
    "ev_sale": lex("event", ["Black Friday", "Cyber Monday", "Prime Day", "Labor Day", "Memorial Day",
                             "Fourth of July", "Boxing Day", "Presidents' Day", "Christmas"]),
    "rel_devout": lex("religion", ["Catholic", "Jewish", "Muslim", "Hindu", "Baptist", "Mormon", "Pentecostal",
                                   "Orthodox", "Sikh", "Buddhist", "Evangelical"]),
    "year_recent": lambda: V(str(R.randint(2019, 2025)) if p(0.7) else year2w(R.randint(2019, 2025)), "date_interval"),
})

# optional openers that put an organization or a name before the caller's line
PREFIXES = [
    "Thank you for calling <org>, this is <first>. ",
    "Hi, this message is for <first>. ",
    "Yeah hi, I'm calling from <org>. ",
    "Hello, is this <org> billing? Okay. ",
    "Hi, <first> here. ",
    "Good afternoon, you've reached <org>. ",
    "Hey, it's <first> again. ",
    "<org> claims, how can I help? ",
]

# ---------------------------------------------------------------- no-PII look-alikes
NOPII = [
    "I've called like three times and nobody calls back",
    "press one for billing, that's what the menu said",
    "can you transfer me to customer service",
    "I went to the bank and they sent me here",
    "the pharmacy said it's not ready yet",
    "it's on the second floor, the elevator's broken",
    "we have a two bedroom, so it's not that big",
    "I ordered three of them and only two showed up",
    "that's my number one priority right now",
    "every single time I call I get disconnected",
    "I just want a straight answer",
    "I'm not married to that plan, honestly",
    "I take pride in paying on time, you know",
    "give me a few minutes to find it",
    "it's the Premium plan, not the Basic one",
    "I signed up for Autopay and Paperless",
    "the Gold tier has better perks I guess",
    "I picked Express shipping and it still took forever",
    "the front desk told me to call the main line",
    "option four didn't do anything",
    "there's like a dozen boxes in the garage",
    "it's the third one from the left",
    "my account? I don't have it in front of me",
    "the website keeps crashing when I hit submit",
    "I'll hold, that's fine",
    "can you repeat that last part",
    "there are five rooms in the house and only one has power",
    "the order hasn't moved in a while",
    "we bought a 12-pack and half of them were broken",
    "the box says it fits up to four people",
    "I need a copy of the statement, the whole thing",
    "is this the right department for returns",
    "I'm on the top floor, the unit on the left",
    "the printer blinks twice and then shuts off",
    "we've got two cars and three kids, so it's chaos",
    "the Welcome Kit never showed up",
    "the Customer Care line hung up on me",
    "the Billing Department said it was fixed",
    "my Settings page won't load",
    "I clicked Forgot Password and nothing happened",
    "what's the best way to reach you guys",
    "the number on the back of the card doesn't work",
    "I don't remember my PIN, can you reset it",
    "I need to update my address",
    "my date of birth is wrong on the account, can you fix it",
    "do you need my social or just the last four",
    "size large, the medium was too small",
    "sorry, the dog's barking",
    "it's about a block away from the bus stop",
    "there's water all over the basement floor",
    "we have like a hundred emails about this",
    "I'm calling about the letter we got",
    "the tracking page just says label created",
    "I need the form, the one for the reimbursement",
    "hold on, let me put you on speaker",
    "is there a fee for that, or no",
    "it's the big one, with the blue lid",
    "yeah no, I'm good, thanks for your help",
    "can you just mail it to the address on file",
    "my card got declined at the register",
    "the phone number I have for you guys doesn't work",
    "the app says my account is locked",
    "the order says delivered but it's not here",
    "I'm in the parking lot right now",
    "the second time they came they didn't fix it",
    "one of the two cables is missing",
    "I've been a loyal customer forever",
    "we're a family of four, so the small plan won't work",
    "the Silver plan, I think, or maybe the other one",
    "I called the Help Desk first and they sent me here",
    "it just says Pending in the portal",
    "top of the page, under Account Summary",
    "they said bring two forms of ID",
    "the form asks for my blood type, do I have to fill that in",
    "they said the check is in the mail",
    "I was told to call back in a couple of days",
    "it happened a while ago, I can't remember exactly",
    "can you check if the payment went through",
    "the screen says error and a bunch of numbers",
    "I'm not sure which account it's under",
    "the second page of the form is blank",
    "my husband usually handles this stuff",
    "I have the letter right here, hold on",
    "the lights flicker whenever the dryer runs",
    "we ordered the double bed, not the single",
    "the package was left at the wrong door",
    "I'm just checking on the status",
    "can you put a note on the account",
    "it went to the pharmacy instead of my house",
    "I got a text saying my password changed but I didn't change it",
    "I need to speak to someone in billing",
    "is the clinic open today",
    "the hospital said to call the insurance",
    "they gave me a case number but I lost it",
    "the receipt is somewhere in my car",
    "the main menu keeps looping",
    "the Priority line said the wait was long",
    "I'd rather get it by mail",
    "the top two drawers are broken",
    "I've been a member a long time",
    "the tenth floor has no signal at all",
]


# ---------------------------------------------------------------- assembly
SLOT_RE = re.compile(r"<([A-Za-z0-9_]+)>")
NO_CAP = {"email_address", "url", "username", "filename", "password", "ip_address", "phone_number",
          "credit_card_number", "credit_card_cvv", "credit_card_expiration", "us_social_security_number",
          "account_number", "banking_information", "healthcare_number", "drivers_license", "passport_number",
          "vehicle_id", "number_sequence"}


def render(frame):
    pieces = []
    pos = 0
    for m in SLOT_RE.finditer(frame):
        lit = frame[pos:m.start()]
        if lit:
            pieces.append(L(lit))
        out = SLOTS[m.group(1)]()
        pieces.extend(out if isinstance(out, list) else [out])
        pos = m.end()
    if frame[pos:]:
        pieces.append(L(frame[pos:]))
    return [x for x in pieces if x[0] != "" or x[1] is not None]


def article(nxt):
    w = nxt.strip().split(" ")[0] if nxt.strip() else ""
    m = re.match(r"\d+", w)
    if m:
        d = m.group()
        return "an" if d[0] == "8" or d in ("11", "18") else "a"
    if w in ("MAGA", "PET"):
        return "a"
    if len(w) >= 2 and w.replace("-", "").isupper() and w[0].isalpha():
        return "an" if w[0] in "AEFHILMNORSX" else "a"
    lw = w.lower()
    if lw.startswith(("ukr", "uni", "ut", "use", "eur", "one", "uti")):
        return "a"
    return "an" if lw[:1] in "aeiou" else "a"


def fix_articles(pieces):
    out = list(pieces)
    for i, (t, pol, k) in enumerate(out):
        if pol is None and "a(n)" in t.lower():
            nxt = ""
            for j in range(i + 1, len(out)):
                if out[j][0]:
                    nxt = out[j][0]
                    break
            parts = t.split("a(n)")
            if len(parts) > 2:
                raise ValueError("one a(n) per literal: " + t)
            tail = parts[1]
            follow = tail if tail.strip() else nxt
            out[i] = (parts[0] + article(follow) + tail, pol, k)
    return out


def capitalize_first(pieces):
    if not pieces:
        return pieces
    t, pol, k = pieces[0]
    for idx, c in enumerate(t):
        if c.isalpha():
            if pol is None or (pol not in NO_CAP and c.islower() and t == t.lower()):
                t = t[:idx] + c.upper() + t[idx + 1:]
            break
        if not c.isspace():
            break
    return [(t, pol, k)] + pieces[1:]


def build(pieces, lower, nocomma):
    text = ""
    spans = []
    for t, pol, keep in pieces:
        if lower and not keep:
            t = t.lower()
        if nocomma:
            t = t.replace(", ", " ").replace(",", "")
        if pol is None:
            if not text:
                t = t.lstrip()
            if text.endswith(" ") and t.startswith(" "):
                t = t.lstrip(" ")
            text += t
        else:
            assert t and t == t.strip(), (t, pol)
            spans.append({"start": len(text), "end": len(text) + len(t), "policy": pol})
            text += t
    stripped = text.rstrip()
    assert all(s["end"] <= len(stripped) for s in spans)
    return stripped, spans


def make_line(frame, prefix=None):
    pieces = render(frame)
    pieces = fix_articles(pieces)
    pieces = capitalize_first(pieces)
    if prefix:
        pp = capitalize_first(fix_articles(render(prefix)))
        pieces = pp + pieces
    lower = p(0.25)
    nocomma = p(0.33)
    text, spans = build(pieces, lower, nocomma)
    end = ch([".", ".", ".", "", "", "...", "."])
    if text[-1] not in "?.!":
        text += end
    return text, spans


# ---------------------------------------------------------------- main
NUMBER_POLICIES = ["phone_number", "account_number", "banking_information", "credit_card_number",
                   "credit_card_cvv", "credit_card_expiration", "healthcare_number", "drivers_license",
                   "passport_number", "us_social_security_number", "vehicle_id", "password",
                   "date_of_birth", "money_amount", "location"]
MIN_SPANS = {pol: 15 for pol in POLICIES}
MIN_SPANS.update({pol: 35 for pol in NUMBER_POLICIES})
MIN_SPANS["organization"] = 180
MIN_SPANS["number_sequence"] = 150

N_TOTAL = 1200
N_NOPII = 150
LINES = {pol: 15 for pol in POLICIES}
LINES.update({pol: 31 for pol in NUMBER_POLICIES})
LINES["organization"] = 57
LINES["number_sequence"] = 137
LINES["person_name"] = 14
LINES["date_of_birth"] = 29
LINES["credit_card_cvv"] = 31
LINES["banking_information"] = 30
LINES["credit_card_number"] = 30
LINES["us_social_security_number"] = 33
LINES["vehicle_id"] = 33
LINES["drivers_license"] = 32
LINES["account_number"] = 32
LINES["healthcare_number"] = 32
LINES["credit_card_expiration"] = 28
LINES["location"] = 18
PREFIX_PROB = 0.13


def main():
    n_pii = N_TOTAL - N_NOPII
    assert sum(LINES.values()) == n_pii, (sum(LINES.values()), n_pii)
    seen = set()
    rows = []
    frame_use = {}
    for pol in POLICIES:
        frames = FRAMES[pol]
        order = list(range(len(frames)))
        R.shuffle(order)
        assert LINES[pol] >= len(frames), pol
        for i in range(LINES[pol]):
            fi = order[i % len(frames)]
            for _ in range(50):
                greet = re.match(r"(?i)(<F>)?(hi|hello|this is|thank you)\b", frames[fi])
                prefix = ch(PREFIXES) if p(PREFIX_PROB) and not greet else None
                text, spans = make_line(frames[fi], prefix)
                if text not in seen:
                    break
            else:
                raise RuntimeError("duplicate " + frames[fi])
            seen.add(text)
            frame_use[(pol, fi)] = frame_use.get((pol, fi), 0) + 1
            rows.append({"text": text, "spans": spans, "source": "template"})
    bases = list(NOPII)
    R.shuffle(bases)
    k = 0
    while k < N_NOPII:
        base = bases[k % len(bases)]
        for _ in range(50):
            t = base
            if p(0.45):
                t = ch(["uh ", "um, ", "yeah ", "okay so ", "so ", "well, ", "right, ", "oh ", "mm-hmm, ", "no, "]) + t
            if p(0.25):
                t = t + ch([", you know", ", honestly", ", so yeah", ", anyway", " I think"])
            t = t[0].upper() + t[1:]
            if p(0.25):
                t = t.lower()
            if p(0.33):
                t = t.replace(", ", " ").replace(",", "")
            end = ch([".", ".", "", "...", "?" if base.startswith(("can ", "is ", "do ", "what")) else "."])
            t = t + end
            if t not in seen:
                break
        seen.add(t)
        rows.append({"text": t, "spans": [], "source": "nopii"})
        k += 1
    R.shuffle(rows)
    meta = {"_meta": {"split": "extra_dev36", "tuning": "written blind in session 10; a tuning split",
                      "licence": "CC0-1.0",
                      "generator": "data/pii_eval/src/extra_dev36_gen.py: seeded stdlib generator filling hand-written phone-call "
                                   "frames for all 44 policies with checksum-valid written or spoken values, "
                                   "plus no-PII look-alike lines."}}
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(meta, ensure_ascii=False) + "\n")
        for i, r in enumerate(rows, 1):
            rec = {"id": f"x36-{i:04d}", "text": r["text"], "spans": r["spans"], "source": r["source"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # self-check
    counts = {pol: 0 for pol in POLICIES}
    for r in rows:
        last = 0
        for s in r["spans"]:
            v = r["text"][s["start"]:s["end"]]
            assert s["start"] >= last and v == v.strip() and v and not v.endswith((",", ":", "?")), (r, s)
            assert s["policy"] in POLICIES
            assert not re.match(r"(?i)(an|the)\s", v), (v, r["text"])
            if s["policy"] != "blood_type" and s["policy"] not in NO_CAP:
                assert not re.match(r"(?i)a\s(?!as\b)[a-z]{2,}", v), (v, r["text"])
            last = s["end"]
            counts[s["policy"]] += 1
    unused = [(pol, i) for pol in POLICIES for i in range(len(FRAMES[pol])) if (pol, i) not in frame_use]
    assert not unused, unused
    short = {pol: (counts[pol], MIN_SPANS[pol]) for pol in POLICIES if counts[pol] < MIN_SPANS[pol]}
    print("lines", len(rows), "spans", sum(counts.values()))
    print("short", short)
    if "-v" in sys.argv:
        for pol in POLICIES:
            print(f"{pol:28s} {counts[pol]:4d}  frames {len(FRAMES[pol])}")
    return short


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
