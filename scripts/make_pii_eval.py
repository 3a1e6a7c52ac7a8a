"""Build the labeled PII evaluation set data/pii_eval/{dev,test}.jsonl, deterministically.

Three sources: template lines (this file: templates and value pools, each split in two
DISJOINT halves by a hash so `test` measures generalization), hand-written dialogue lines
and no-PII lines (data/pii_eval/src/*.txt, inline markup ``[surface|policy]``).
Run: ``.venv/bin/python scripts/make_pii_eval.py`` (rewrites both files and _meta.json).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from piikit.policies import POLICIES  # noqa: E402

OUT = ROOT / "data" / "pii_eval"
SPLITS = ("dev", "test")
MIN_PER_POLICY = 28  # per split, all sources together
MIN_TEMPLATE_LINES = 12  # per policy and split, for variety
SEED = 20240611


def h(text: str) -> int:
    """A stable hash (Python's hash() is salted per process)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16)


def halves(items: list[str]) -> tuple[list[str], list[str]]:
    """Split a list into two disjoint halves by hash, alternating over the hash order."""
    ordered = sorted(dict.fromkeys(items), key=h)
    return ordered[0::2], ordered[1::2]


# ---------------------------------------------------------------- spoken forms
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " \
       "fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
       "nine": "ninth", "twelve": "twelfth", "twenty": "twentieth", "thirty": "thirtieth"}
MONTHS = "January February March April May June July August September October November " \
         "December".split()


def words(n: int, hyphen: bool = False) -> str:
    """Cardinal number in words, 0..999,999."""
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + (("-" if hyphen else " ") + ONES[o] if o else "")
    if n < 1000:
        c, r = divmod(n, 100)
        return ONES[c] + " hundred" + (" " + words(r, hyphen) if r else "")
    k, r = divmod(n, 1000)
    return words(k, hyphen) + " thousand" + (" " + words(r, hyphen) if r else "")


def ordinal(n: int) -> str:
    """Ordinal in words: 1 -> first, 23 -> twenty third."""
    w = words(n).split()
    last = w[-1]
    w[-1] = ORD.get(last, last[:-1] + "ieth" if last.endswith("y") else last + "th")
    return " ".join(w)


def ordinal_digits(n: int) -> str:
    """1 -> 1st, 22 -> 22nd."""
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def say_year(y: int, rng: random.Random) -> str:
    """1961 -> nineteen sixty one; 2007 -> two thousand seven; 2019 -> twenty nineteen."""
    if 2000 <= y < 2010 or (y >= 2010 and rng.random() < 0.3):
        return words(y)
    hi, lo = divmod(y, 100)
    return words(hi) + " " + (("oh " + ONES[lo]) if lo < 10 else words(lo))


def say_digits(s: str, rng: random.Random, sep: str | None = None) -> str:
    """Read a digit string aloud: groups by non-digits, 'oh' for zero, 'double five'."""
    groups = re.findall(r"[0-9]+|[A-Za-z]", s)
    sep = sep if sep is not None else rng.choice([", ", " ", " ", ", "])
    oh = rng.random() < 0.6
    double = rng.random() < 0.3
    out = []
    for g in groups:
        if g.isalpha():
            out.append(g.upper())
            continue
        toks, i = [], 0
        while i < len(g):
            d = "oh" if (g[i] == "0" and oh) else ONES[int(g[i])]
            if double and i + 1 < len(g) and g[i + 1] == g[i] and (i + 2 >= len(g) or g[i + 2] != g[i]):
                toks.append("double " + d)
                i += 2
                continue
            toks.append(d)
            i += 1
        out.append(" ".join(toks))
    return sep.join(out)


def spell(s: str, rng: random.Random) -> str:
    """Spell an alphanumeric code: letters as capitals (sometimes 'D as in David'), digits in words."""
    nato = {"A": "Adam", "B": "Boy", "C": "Charlie", "D": "David", "E": "Edward", "F": "Frank",
            "G": "George", "H": "Henry", "J": "John", "K": "King", "L": "Larry", "M": "Mary",
            "N": "Nancy", "P": "Paul", "R": "Robert", "S": "Sam", "T": "Tom", "V": "Victor",
            "W": "William", "X": "X-ray", "Y": "Yellow", "Z": "Zebra"}
    out = []
    for ch in s:
        if ch.isalpha():
            c = ch.upper()
            out.append(f"{c} as in {nato[c]}" if c in nato and rng.random() < 0.25 else c)
        elif ch.isdigit():
            out.append("oh" if ch == "0" and rng.random() < 0.5 else ONES[int(ch)])
    return rng.choice([", ", " "]).join(out) if rng.random() < 0.4 else " ".join(out)


# ---------------------------------------------------------------- check digits
def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, d in enumerate(reversed(body)):
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)


def aba(rng: random.Random) -> str:
    while True:
        d = [rng.choice([0, 1, 2, 3])] + [rng.randrange(10) for _ in range(7)]
        if not (1 <= d[0] * 10 + d[1] <= 12 or 21 <= d[0] * 10 + d[1] <= 32):
            continue
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(a * b for a, b in zip(d, w))
        return "".join(map(str, d + [(10 - s % 10) % 10]))


def iban(rng: random.Random) -> str:
    country, bank = rng.choice([("GB", "WEST"), ("GB", "NWBK"), ("DE", ""), ("FR", ""), ("NL", "ABNA"),
                                ("ES", ""), ("IE", "AIBK")])
    n = {"GB": 14, "DE": 18, "FR": 23, "NL": 10, "ES": 20, "IE": 14}[country]
    bban = bank + "".join(rng.choice(string.digits) for _ in range(n))
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    translit = {**{str(i): i for i in range(10)},
                **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
                **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = [rng.choice("12345JKLSWYZ")] + [rng.choice(chars) for _ in range(16)]
    v[9] = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")  # model year
    s = sum(translit[c] * w for c, w in zip(v, weights))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


# ---------------------------------------------------------------- value pools
def pool(text: str) -> list[str]:
    return [v.strip() for v in text.replace("\n", "|").split("|") if v.strip()]


FIRST = pool("""Sarah|Michael|Jennifer|David|Maria|James|Linda|Robert|Patricia|John|Elizabeth|William|
Barbara|Richard|Susan|Joseph|Jessica|Thomas|Karen|Charles|Nancy|Christopher|Lisa|Daniel|Betty|Matthew|
Margaret|Anthony|Sandra|Mark|Ashley|Donald|Kimberly|Steven|Emily|Paul|Donna|Andrew|Michelle|Joshua|Carol|
Kenneth|Amanda|Kevin|Melissa|Brian|Deborah|George|Stephanie|Timothy|Rebecca|Ronald|Sharon|Jason|Laura|Edward|
Cynthia|Jeffrey|Kathleen|Ryan|Amy|Jacob|Angela|Gary|Shirley|Nicholas|Anna|Eric|Brenda|Jonathan|Pamela|
Stephen|Emma|Larry|Nicole|Justin|Helen|Scott|Samantha|Brandon|Katherine|Benjamin|Christine|Samuel|Debra|
Gregory|Rachel|Alexander|Carolyn|Frank|Janet|Patrick|Catherine|Raymond|Maria|Jack|Heather|Dennis|Diane|
Jerry|Ruth|Tyler|Julie|Aaron|Olivia|Jose|Joyce|Adam|Virginia|Nathan|Victoria|Henry|Kelly|Douglas|Lauren|
Zachary|Christina|Peter|Joan|Kyle|Evelyn|Ethan|Judith|Walter|Megan|Noah|Andrea|Jeremy|Cheryl|Christian|
Hannah|Keith|Jacqueline|Roger|Martha|Terry|Gloria|Gerald|Teresa|Harold|Ann|Sean|Madison|Austin|Frances|
Carl|Kathryn|Arthur|Janice|Lawrence|Jean|Dylan|Abigail|Jesse|Alice|Jordan|Judy|Bryan|Sophia|Billy|Grace|
Joe|Denise|Bruce|Amber|Gabriel|Doris|Logan|Marilyn|Albert|Danielle|Willie|Beverly|Alan|Isabella|Juan|
Theresa|Wayne|Diana|Elijah|Natalie|Randy|Brittany|Roy|Charlotte|Vincent|Marie|Ralph|Kayla|Eugene|Alexis|
Russell|Lori|Bobby|Priya|Wei|Aisha|Mohammed|Yuki|Carlos|Sofia|Dmitri|Fatima|Kwame|Mei|Raj|Ingrid|Lars|
Oluwaseun|Hiroshi|Ananya|Diego|Chiara|Tomasz|Nadia|Kofi|Siobhan|Rohan|Leila|Mateo|Thanh|Esperanza|Bjorn|
Amara|Kenji|Zainab|Jae|Lucia|Declan|Imani|Santiago|Anh|Farah|Ivan|Keisha|Tariq|Noor|Gustavo|Maeve""")
LAST = pool("""Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernandez|Lopez|
Gonzalez|Wilson|Anderson|Thomas|Taylor|Moore|Jackson|Martin|Lee|Perez|Thompson|White|Harris|Sanchez|Clark|
Ramirez|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Torres|Nguyen|Hill|Flores|Green|Adams|Nelson|
Baker|Hall|Rivera|Campbell|Mitchell|Carter|Roberts|Gomez|Phillips|Evans|Turner|Diaz|Parker|Cruz|Edwards|
Collins|Reyes|Stewart|Morris|Morales|Murphy|Cook|Rogers|Gutierrez|Ortiz|Morgan|Cooper|Peterson|Bailey|Reed|
Kelly|Howard|Ramos|Kim|Cox|Ward|Richardson|Watson|Brooks|Chavez|Wood|James|Bennett|Gray|Mendoza|Ruiz|
Hughes|Price|Alvarez|Castillo|Sanders|Patel|Myers|Long|Ross|Foster|Jimenez|Powell|Jenkins|Perry|Russell|
Sullivan|Bell|Coleman|Butler|Henderson|Barnes|Gonzales|Fisher|Vasquez|Simmons|Romero|Jordan|Patterson|
Alexander|Hamilton|Graham|Reynolds|Griffin|Wallace|Moreno|West|Cole|Hayes|Bryant|Herrera|Gibson|Ellis|
Tran|Medina|Aguilar|Stevens|Murray|Ford|Castro|Marshall|Owens|Harrison|Fernandez|McDonald|Woods|Washington|
Kennedy|Wells|Vargas|Henry|Chen|Freeman|Webb|Tucker|Guzman|Burns|Crawford|Olson|Simpson|Porter|Hunter|
Gordon|Mendez|Silva|Shaw|Snyder|Mason|Dixon|Munoz|Hunt|Hicks|Holmes|Palmer|Wagner|Black|Robertson|Boyd|
Rose|Stone|Salazar|Fox|Warren|Mills|Meyer|Rice|Schmidt|Garza|Daniels|Ferguson|Nichols|Stephens|Soto|Weaver|
Ryan|Gardner|Payne|Grant|Dunn|Kowalski|O'Brien|Okafor|Yamamoto|Nakamura|Ivanova|Haddad|Mensah|Lindqvist|
Novak|Dubois|Rossi|Schneider|Papadopoulos|Abernathy|Fitzgerald|Whitaker|Delgado|Obi|Mukherjee|Zhang|Liu|
Singh|Kaur|Khan|Ahmed|Hassan|Sato|Tanaka|Park|Choi|Pham|Vu|Horvat|Jansen|Bakker|Larsen|Byrne|Gallagher""")
CITIES = pool("""Boston|Denver|Chicago|Phoenix|Seattle|Portland|Austin|Dallas|Houston|San Antonio|San Diego|
Los Angeles|San Francisco|Sacramento|Fresno|Tucson|Albuquerque|Las Vegas|Salt Lake City|Boise|Spokane|
Omaha|Kansas City|St. Louis|Minneapolis|Milwaukee|Madison|Des Moines|Indianapolis|Columbus|Cleveland|
Cincinnati|Detroit|Grand Rapids|Louisville|Nashville|Memphis|Atlanta|Savannah|Charlotte|Raleigh|Richmond|
Baltimore|Philadelphia|Pittsburgh|Newark|Hartford|Providence|Albany|Buffalo|Rochester|Syracuse|Burlington|
Portland|Orlando|Tampa|Miami|Jacksonville|New Orleans|Baton Rouge|Birmingham|Little Rock|Tulsa|Oklahoma City|
Wichita|Lincoln|Fargo|Sioux Falls|Billings|Cheyenne|Anchorage|Honolulu|Toronto|Vancouver|Montreal|Calgary|
London|Manchester|Dublin|Paris|Lyon|Berlin|Munich|Madrid|Barcelona|Lisbon|Rome|Milan|Amsterdam|Brussels|
Vienna|Prague|Warsaw|Stockholm|Oslo|Copenhagen|Helsinki|Athens|Istanbul|Cairo|Nairobi|Lagos|Accra|
Johannesburg|Mumbai|Delhi|Bangalore|Karachi|Dhaka|Bangkok|Manila|Singapore|Jakarta|Tokyo|Osaka|Seoul|
Beijing|Shanghai|Sydney|Melbourne|Auckland|Mexico City|Guadalajara|Bogota|Lima|Santiago|Buenos Aires|
Sao Paulo|Springfield|Fairview|Riverside|Georgetown|Greenville|Franklin|Clinton|Bristol|Salem|Dayton|
Akron|Toledo|Scranton|Allentown|Worcester|Lowell|Bakersfield|Modesto|Stockton|Reno|Eugene|Tacoma|Olympia""")
STATES = pool("""California|Texas|Florida|New York|Pennsylvania|Illinois|Ohio|Georgia|North Carolina|Michigan|
New Jersey|Virginia|Washington|Arizona|Massachusetts|Tennessee|Indiana|Missouri|Maryland|Wisconsin|Colorado|
Minnesota|South Carolina|Alabama|Louisiana|Kentucky|Oregon|Oklahoma|Connecticut|Utah|Iowa|Nevada|Arkansas|
Mississippi|Kansas|New Mexico|Nebraska|Idaho|West Virginia|Hawaii|New Hampshire|Maine|Montana|Rhode Island|
Delaware|South Dakota|North Dakota|Alaska|Vermont|Wyoming|Ontario|Quebec|British Columbia|Alberta|Bavaria|
Queensland|Texas|CA|TX|NY|FL|IL|OH|WA|MA|NJ|AZ|CO|OR""")
COUNTRIES = pool("""Canada|Mexico|Brazil|Argentina|Chile|Peru|Colombia|the United Kingdom|Ireland|France|Germany|
Spain|Portugal|Italy|the Netherlands|Belgium|Switzerland|Austria|Poland|Sweden|Norway|Denmark|Finland|Greece|
Turkey|Egypt|Morocco|Nigeria|Ghana|Kenya|South Africa|Ethiopia|India|Pakistan|Bangladesh|Sri Lanka|Nepal|
China|Japan|South Korea|Vietnam|Thailand|the Philippines|Indonesia|Malaysia|Australia|New Zealand|Israel|
Jordan|Lebanon|Iran|Iraq|Saudi Arabia|the UAE|Ukraine|Russia|Romania|Hungary|the Czech Republic|Cuba|
Jamaica|Haiti|the Dominican Republic|Puerto Rico|Guatemala|Honduras|El Salvador|Venezuela|Ecuador|Iceland""")
STREET_NAMES = pool("""Windsor|Maple|Oak|Pine|Cedar|Elm|Washington|Lincoln|Jefferson|Lake|Hill|Park|Main|Church|
High|Mill|Spring|River|Sunset|Ridge|Highland|Meadow|Forest|Willow|Cherry|Walnut|Chestnut|Birch|Magnolia|Dogwood|
Franklin|Madison|Monroe|Jackson|Adams|Grant|Harrison|Cleveland|Kennedy|Martin Luther King|Broadway|Market|Union|
Prospect|Summit|Orchard|Valley|Lakeview|Fairway|Hawthorne|Juniper|Sycamore|Aspen|Poplar|Beacon|Harbor|Bay|
Ocean|Shoreline|Mission|Alameda|Vista|Canyon|Mesa|Sierra|Granite|Quarry|Mulberry|Laurel|Ivy|Holly|Rosewood""")
STREET_TYPES = pool("Street|St.|Avenue|Ave|Road|Rd.|Drive|Lane|Court|Boulevard|Blvd|Way|Place|Terrace|Circle")
LANDMARKS = pool("""Lake Victoria|Central Park|the Grand Canyon|Yellowstone|Lake Tahoe|Mount Rainier|the Golden Gate
Bridge|Times Square|Niagara Falls|the Outer Banks|Cape Cod|Lake Michigan|the Rocky Mountains|Death Valley|
Martha's Vineyard|Fisherman's Wharf|Pike Place Market|the Space Needle|Venice Beach|Key West|the Smoky Mountains|
Lake Placid|Zion National Park|the Everglades|Chesapeake Bay|Long Island|Staten Island|Napa Valley""")
ORGS = pool("""CNN|McDonalds|University of Alaska|Northwest General Hospital|Wells Fargo|Bank of America|Chase|
Citibank|Capital One|Kaiser Permanente|Blue Cross Blue Shield|Aetna|Cigna|UnitedHealthcare|Humana|Geico|
State Farm|Allstate|Progressive|Liberty Mutual|Nationwide|Verizon|AT&T|T-Mobile|Comcast|Spectrum|Amazon|
Walmart|Target|Costco|Home Depot|Lowe's|Best Buy|Apple|Microsoft|Google|Netflix|Delta|United Airlines|
American Airlines|Southwest|JetBlue|Marriott|Hilton|Hertz|Enterprise|Avis|FedEx|UPS|the Postal Service|
Walgreens|CVS|Rite Aid|Mayo Clinic|Cleveland Clinic|Johns Hopkins|Mount Sinai|Stanford Health Care|
Massachusetts General|Cedars-Sinai|St. Mary's Hospital|Riverside Medical Center|Lakeside Family Practice|
Harborview Dental|Greenleaf Pediatrics|Sunrise Senior Living|Acme Corporation|Globex|Initech|Stark Industries|
Pinnacle Insurance|Summit Credit Union|First National Bank|Evergreen Credit Union|Navy Federal|USAA|TD Bank|
PNC|Fidelity|Vanguard|Charles Schwab|Morgan Stanley|Goldman Sachs|Deloitte|KPMG|Accenture|IBM|Oracle|
Salesforce|Adobe|Intel|Nvidia|Tesla|Ford|Toyota|Honda|General Motors|Boeing|Lockheed Martin|Pfizer|Moderna|
Johnson & Johnson|Merck|the Red Cross|Habitat for Humanity|the YMCA|Goodwill|the Salvation Army|
Ohio State University|UCLA|Harvard|MIT|Stanford|NYU|Boston University|Penn State|Texas A&M|
the University of Michigan|Arizona State|Georgia Tech|Purdue|Rutgers|the IRS|the DMV|Medicare|Medicaid|
Social Security Administration|the FBI|the EPA|NASA|the city council|Brightline Logistics|Northstar Realty|
Bluewave Software|Crescent Moving Company|Maplewood Animal Hospital|Tri-County Water District|Redwood Roofing|
Silver Lake Dental Group|Hudson Valley Orthopedics|Coastal Federal Credit Union|Prairie Wind Energy|
Oakridge Elementary|Lincoln High School|Westfield Mall|Trader Joe's|Whole Foods|Starbucks|Chipotle|Uber|Lyft|
Airbnb|Expedia|Booking.com|PayPal|Venmo|Zelle|Square|Intuit|H&R Block|TurboTax|Equifax|Experian|TransUnion""")
OCCUPATIONS = pool("""professor|engineer|software engineer|CPA|accountant|nurse|registered nurse|nurse practitioner|
physician|surgeon|dentist|dental hygienist|pharmacist|paramedic|firefighter|police officer|teacher|
kindergarten teacher|school principal|librarian|lawyer|paralegal|attorney|judge|electrician|plumber|carpenter|
mechanic|truck driver|bus driver|pilot|flight attendant|chef|line cook|waitress|bartender|barista|cashier|
retail manager|store manager|sales associate|real estate agent|mortgage broker|financial advisor|bank teller|
loan officer|insurance adjuster|claims adjuster|data analyst|data scientist|web developer|graphic designer|
architect|civil engineer|mechanical engineer|construction worker|welder|machinist|farmer|rancher|veterinarian|
vet tech|physical therapist|occupational therapist|psychologist|therapist|social worker|counselor|
pediatrician|cardiologist|dermatologist|radiologist|anesthesiologist|medical assistant|home health aide|
caregiver|nanny|housekeeper|janitor|security guard|soldier|marine|sergeant|journalist|reporter|editor|
photographer|actor|musician|singer|artist|writer|author|translator|interpreter|consultant|
project manager|product manager|HR manager|recruiter|receptionist|administrative assistant|secretary|
office manager|customer service rep|call center agent|warehouse worker|forklift operator|delivery driver|
courier|mail carrier|landscaper|gardener|hairdresser|barber|makeup artist|personal trainer|coach|
economist|scientist|biologist|chemist|lab technician|pharmacy technician|optometrist|chiropractor|
midwife|doula|priest|pastor|rabbi|imam|student|graduate student|intern|retiree|contractor|
stay-at-home mom|entrepreneur|small business owner|CEO|CFO|bookkeeper|auditor|tax preparer|
surveyor|geologist|electrical engineer|IT technician|network administrator|systems administrator""")
NATIONALITIES = pool("""American|Canadian|Mexican|Brazilian|Argentinian|Colombian|Peruvian|Chilean|Cuban|
Puerto Rican|Dominican|Jamaican|Haitian|British|English|Scottish|Irish|Welsh|French|German|Italian|Spanish|
Portuguese|Dutch|Belgian|Swiss|Austrian|Polish|Czech|Hungarian|Romanian|Ukrainian|Russian|Greek|Turkish|
Swedish|Norwegian|Danish|Finnish|Egyptian|Moroccan|Nigerian|Ghanaian|Kenyan|Ethiopian|Somali|South African|
Indian|Pakistani|Bangladeshi|Sri Lankan|Nepali|Chinese|Japanese|Korean|Vietnamese|Thai|Filipino|
Indonesian|Malaysian|Australian|Iranian|Iraqi|Lebanese|Syrian|Israeli|Palestinian|Saudi|Afghan|Asian|
Caucasian|Hispanic|Latino|Latina|African American|Black|white|Native American|Pacific Islander|
Asian American|Middle Eastern|Arab|Salvadoran|Guatemalan|Honduran|Venezuelan|Ecuadorian|Icelandic""")
LANGUAGES = pool("""Spanish|French|English|German|Italian|Portuguese|Mandarin|Cantonese|Japanese|Korean|
Vietnamese|Tagalog|Arabic|Hindi|Urdu|Bengali|Punjabi|Tamil|Telugu|Gujarati|Russian|Ukrainian|Polish|Czech|
Greek|Turkish|Farsi|Persian|Hebrew|Swahili|Amharic|Somali|Yoruba|Haitian Creole|Dutch|Swedish|Norwegian|
Danish|Finnish|Hungarian|Romanian|Thai|Indonesian|Malay|Khmer|Lao|Hmong|Navajo|American Sign Language|
Catalan|Basque|Irish|Welsh|Serbian|Croatian|Bulgarian|Nepali|Burmese""")
RELIGIONS = pool("""Hindu|Catholic|Muslim|Jewish|Christian|Buddhist|Sikh|Protestant|Baptist|Methodist|
Lutheran|Presbyterian|Episcopalian|Mormon|Jehovah's Witness|Seventh-day Adventist|Orthodox Christian|
Greek Orthodox|Evangelical|Pentecostal|atheist|agnostic|Quaker|Mennonite|Amish|Sunni|Shia|Jain|Zoroastrian|
Unitarian|Anglican|Roman Catholic|Hasidic|Orthodox Jewish|Wiccan|Shinto|Taoist|Bahai""")
POLITICAL = pool("""Republican|Democrat|Democratic|Liberal|Conservative|Libertarian|Green Party|socialist|
progressive|independent|Tory|Labour|communist|moderate|far-right|far-left|centrist|Democratic Socialist|
MAGA|Tea Party|populist|nationalist|left-wing|right-wing|Social Democrat|Marxist|anarchist""")
MARITAL = pool("""single|married|divorced|widowed|separated|engaged|common-law|remarried|newlywed|
legally separated|never married|happily married|recently divorced|in a civil union|in a domestic partnership""")
MARITAL_NOUNS = pool("""ex-wife|ex-husband|ex-spouse|late husband|late wife|estranged wife|estranged husband|
common-law partner|former spouse|widow|widower|fiancee|fiance|second wife|first husband""")
GENDER = pool("""female|male|bisexual|trans|transgender|non-binary|nonbinary|gay|lesbian|straight|queer|
genderfluid|asexual|pansexual|cisgender|trans woman|trans man|heterosexual|homosexual|intersex|
gender non-conforming|two-spirit""")
ZODIAC = pool("Aries|Taurus|Gemini|Cancer|Leo|Virgo|Libra|Scorpio|Sagittarius|Capricorn|Aquarius|Pisces")
EVENTS = pool("""Olympics|Yom Kippur|Christmas|Christmas Eve|Thanksgiving|Easter|Passover|Hanukkah|Ramadan|
Eid|Diwali|Lunar New Year|Chinese New Year|New Year's Eve|Fourth of July|Independence Day|Memorial Day|
Labor Day|Veterans Day|Halloween|Valentine's Day|Mother's Day|Father's Day|Super Bowl|World Cup|
World Series|Kentucky Derby|Boston Marathon|Coachella|Mardi Gras|Burning Man|Comic-Con|South by Southwest|
the Grammys|the Oscars|Black Friday|Cyber Monday|Martin Luther King Day|Presidents Day|Rosh Hashanah|
Kwanzaa|Cinco de Mayo|St. Patrick's Day|Oktoberfest|the Tour de France|Wimbledon|the Masters|
the state fair|the county fair|Pride|Juneteenth|Good Friday|Lent|the Indy 500|the NBA Finals|
the Stanley Cup|CES|Woodstock""")
DRUGS = pool("""Advil|Acetaminophen|Panadol|Tylenol|ibuprofen|aspirin|Aleve|naproxen|Motrin|Excedrin|
Benadryl|Claritin|Zyrtec|Allegra|Sudafed|Mucinex|NyQuil|DayQuil|Pepcid|Prilosec|Nexium|omeprazole|
Zantac|Tums|Imodium|Pepto-Bismol|metformin|insulin|Lantus|Humalog|Ozempic|Trulicity|Jardiance|
lisinopril|amlodipine|losartan|metoprolol|atenolol|hydrochlorothiazide|furosemide|Lasix|atorvastatin|
Lipitor|simvastatin|Crestor|rosuvastatin|Plavix|warfarin|Coumadin|Eliquis|Xarelto|levothyroxine|
Synthroid|prednisone|amoxicillin|azithromycin|Z-Pak|doxycycline|ciprofloxacin|Keflex|cephalexin|
penicillin|Augmentin|Bactrim|Flagyl|fluconazole|Diflucan|Valtrex|Tamiflu|Paxlovid|sertraline|Zoloft|
fluoxetine|Prozac|escitalopram|Lexapro|citalopram|Celexa|bupropion|Wellbutrin|trazodone|Xanax|
alprazolam|lorazepam|Ativan|Klonopin|clonazepam|Ambien|zolpidem|gabapentin|Neurontin|Lyrica|
tramadol|oxycodone|Percocet|hydrocodone|Vicodin|morphine|codeine|Suboxone|naloxone|Narcan|Adderall|
Ritalin|Vyvanse|Concerta|albuterol|ProAir|Symbicort|Advair|Singulair|montelukast|Flonase|EpiPen|
Humira|Enbrel|Dupixent|methotrexate|Viagra|Cialis|Flomax|finasteride|Premarin|estradiol|Depo-Provera|
melatonin|vitamin D|vitamin B12|vitamin C|folic acid|fish oil|iron supplements|magnesium|zinc|
biotin|probiotics|calcium|multivitamin|glucosamine|turmeric|Metamucil|Miralax|Colace|Dulcolax|Lovenox|
heparin|nitroglycerin|digoxin|spironolactone|carvedilol|clopidogrel|pantoprazole|famotidine|ondansetron|
Zofran|meclizine|cyclobenzaprine|Flexeril|meloxicam|Mobic|celecoxib|Celebrex|Botox|Wegovy|Mounjaro""")
CONDITIONS = pool("""chronic fatigue syndrome|arrhythmia|depression|diabetes|type 2 diabetes|type 1 diabetes|
high blood pressure|hypertension|asthma|COPD|emphysema|bronchitis|pneumonia|the flu|influenza|COVID|
long COVID|strep throat|sinus infection|migraines|epilepsy|seizures|Parkinson's|Alzheimer's|dementia|
multiple sclerosis|MS|lupus|rheumatoid arthritis|arthritis|osteoarthritis|osteoporosis|gout|fibromyalgia|
Crohn's disease|ulcerative colitis|IBS|celiac disease|acid reflux|GERD|kidney stones|kidney disease|
liver disease|cirrhosis|hepatitis C|HIV|shingles|chickenpox|measles|Lyme disease|anemia|sickle cell anemia|
hemophilia|leukemia|lymphoma|breast cancer|prostate cancer|lung cancer|skin cancer|melanoma|
colon cancer|a brain tumor|heart disease|congestive heart failure|atrial fibrillation|AFib|a heart murmur|
high cholesterol|sleep apnea|insomnia|anxiety|panic disorder|PTSD|bipolar disorder|schizophrenia|OCD|
ADHD|autism|dyslexia|an eating disorder|anorexia|bulimia|postpartum depression|endometriosis|PCOS|
hypothyroidism|hyperthyroidism|Graves' disease|glaucoma|cataracts|macular degeneration|tinnitus|vertigo|
psoriasis|eczema|rosacea|acne|an ear infection|a UTI|pink eye|mono|tuberculosis|gallstones|appendicitis|
a hernia|sciatica|carpal tunnel syndrome|plantar fasciitis|tendonitis|neuropathy|a stroke|a heart attack|
preeclampsia|gestational diabetes|allergies|a peanut allergy|celiac|Down syndrome|cerebral palsy|scoliosis""")
PROCEDURES = pool("""heart surgery|CT scan|MRI|X-ray|an ultrasound|a colonoscopy|an endoscopy|a mammogram|
a biopsy|blood work|a blood test|a blood draw|a urinalysis|an EKG|an echocardiogram|a stress test|
a sleep study|physical therapy|occupational therapy|chemotherapy|chemo|radiation therapy|dialysis|
a knee replacement|a hip replacement|bypass surgery|an angioplasty|a stent placement|a C-section|
an appendectomy|a hysterectomy|a vasectomy|cataract surgery|LASIK|a root canal|a tooth extraction|
a cleaning|a filling|a crown|wisdom tooth removal|a flu shot|a vaccine|a tetanus shot|a booster shot|
a Pap smear|a prostate exam|a physical|an annual physical|a pregnancy test|a COVID test|a strep test|
an allergy test|a skin graft|stitches|a cast|rotator cuff surgery|ACL reconstruction|spinal fusion|
a lumbar puncture|a spinal tap|a bone density scan|a PET scan|a nuclear stress test|an IV|
cognitive behavioral therapy|counseling|speech therapy|rehab|a blood transfusion|an organ transplant|
a kidney transplant|gallbladder surgery|a tonsillectomy|a mastectomy|a lumpectomy|IVF|an amniocentesis|
a glucose test|an A1C test|a cholesterol panel|a hearing test|an eye exam|a Holter monitor test""")
INJURIES = pool("""sprained wrist|broken leg|fractured ankle|torn ACL|concussion|dislocated shoulder|
torn rotator cuff|herniated disc|cracked rib|broken nose|black eye|second-degree burn|sprained ankle|
pulled hamstring|pulled muscle|strained back|broken collarbone|fractured wrist|deep cut on the hand|dog bite|
stab wound|gunshot wound|broken hip|torn meniscus|hairline fracture|jammed finger|broken toe|twisted knee|
slipped disc|neck injury|back injury|head injury|broken jaw|chipped tooth|laceration|puncture wound|
separated shoulder|tennis elbow|stress fracture|compound fracture|bruised kidney|whiplash injury|
burn on her forearm|broken pelvis|torn Achilles tendon|fractured vertebra""")
INJURY_VERBS = pool("""broke my arm|burned my hand|cut my finger|hurt my back|twisted my ankle|broke my wrist|
tore my ACL|dislocated my shoulder|fractured my skull|broke two ribs|sprained my knee|banged up my knee|
bruised my hip|strained my neck|broke my foot|pulled a muscle in my back|tore a ligament|sprained my wrist|
broke my nose|cracked a rib|busted my lip|split my chin open|fractured my elbow|injured my shoulder|
jammed my thumb|scraped up both knees|tore my hamstring|broke my collarbone|bruised my tailbone""")
PHYSICAL = pool("""190cm tall|six foot two|five foot four|five eleven|6'1"|5'6"|about six feet tall|
two hundred pounds|180 pounds|a hundred and twenty pounds|95 kilos|bald|overweight|heavyset|very thin|petite|
stocky|muscular|obese|really tall|super short|five foot nothing|six three|two fifty|legally blind|
hard of hearing|an amputee|paralyzed from the waist down|deaf in one ear|very pale|tall and skinny""")
PHYSICAL_HAS = pool("""red hair|blonde hair|curly black hair|a shaved head|gray beard|goatee|blue eyes|
green eyes|brown eyes|hazel eyes|freckles|scar on his left cheek|scar above her eyebrow|
tattoo of a rose on her wrist|dragon tattoo on his back|sleeve tattoo|nose ring|pierced eyebrow|
birthmark on her neck|limp|prosthetic leg|missing two fingers|broad shoulders|thick glasses|braces|
gap in his front teeth|dreadlocks|ponytail|mustache|lazy eye|cleft lip|olive skin|a burn scar on his neck|
hearing aid|long gray braid|port-wine stain on her cheek|gold front tooth|wheelchair|cochlear implant""")


# ---------------------------------------------------------------- value generators
class Values:
    """Value generators for one split: literal pools are that split's half only."""

    def __init__(self, split: int, rng: random.Random):
        self.rng = rng
        pick = lambda p: halves(p)[split]  # noqa: E731
        self.first, self.last = pick(FIRST), pick(LAST)
        self.cities, self.states, self.countries = pick(CITIES), pick(STATES), pick(COUNTRIES)
        self.streets, self.landmarks, self.orgs = pick(STREET_NAMES), pick(LANDMARKS), pick(ORGS)
        self.lex = {"occupation": pick(OCCUPATIONS), "nationality": pick(NATIONALITIES),
                    "language": pick(LANGUAGES), "religion": pick(RELIGIONS),
                    "political_affiliation": pick(POLITICAL), "marital_status": pick(MARITAL),
                    "gender_sexuality": pick(GENDER), "zodiac_sign": pick(ZODIAC), "event": pick(EVENTS),
                    "drug": pick(DRUGS), "medical_condition": pick(CONDITIONS),
                    "medical_process": pick(PROCEDURES), "injury": pick(INJURIES),
                    "physical_attribute": pick(PHYSICAL), "organization": self.orgs,
                    "marital_status:noun": pick(MARITAL_NOUNS), "injury:verb": pick(INJURY_VERBS),
                    "physical_attribute:has": pick(PHYSICAL_HAS)}

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x: float) -> bool:
        return self.rng.random() < x

    def digits(self, n: int) -> str:
        return "".join(self.c(string.digits) for _ in range(n))

    def speak_or(self, formatted: str, p_spoken: float = 0.35) -> str:
        return say_digits(formatted, self.rng) if self.p(p_spoken) else formatted

    # --- people and places
    def person_name(self, v: str | None) -> str:
        f, l = self.c(self.first), self.c(self.last)
        form = v or self.c(["full", "full", "full", "first", "first", "title", "dr", "middle", "lower", "md"])
        return {"full": f"{f} {l}", "first": f, "last": l,
                "title": f"{self.c(['Mr.', 'Mrs.', 'Ms.', 'Miss'])} {l}",
                "dr": f"Dr. {self.c([l, f + ' ' + l])}", "middle": f"{f} {self.c(string.ascii_uppercase)}. {l}",
                "lower": f"{f} {l}".lower(), "md": f"Dr. {f} {l}, {self.c(['MD', 'DO', 'PhD', 'RN'])}"}[form]

    def location(self, v: str | None) -> str:
        form = v or self.c(["city", "city", "state", "country", "street", "street", "zip", "landmark"])
        if form == "street":
            num = self.c([str(self.rng.randint(1, 9899)), words(self.rng.randint(2, 99))])
            unit = self.c(["", "", "", f", Apt {self.rng.randint(1, 40)}{self.c('ABCD')}",
                           f" unit {self.rng.randint(100, 999)}"])
            return f"{num} {self.c(['', '', 'North ', 'South ', 'East ', 'West '])}{self.c(self.streets)} " \
                   f"{self.c(STREET_TYPES)}{unit}"
        if form == "zip":
            z = self.digits(5)
            return say_digits(z, self.rng, sep=" ") if self.p(0.3) else z
        return self.c({"city": self.cities, "state": self.states, "country": self.countries,
                       "landmark": self.landmarks}[form])

    def lexical(self, policy: str) -> str:
        return self.c(self.lex[policy])

    # --- contact and technical
    def phone_number(self, v: str | None) -> str:
        a = self.c(["415", "212", "312", "617", "303", "206", "512", "404", "702", "919", "646", "818",
                    "503", "720", "614", "480", "813", "971", "267", "555"]) if self.p(0.7) else \
            str(self.rng.randint(201, 989))
        m, s = self.c(["555", str(self.rng.randint(200, 989))]), self.digits(4)
        form = v or self.c(["dash", "dash", "paren", "spoken", "spoken", "spoken", "dots", "plus", "tollfree",
                            "seven", "mixed"])
        if form == "tollfree":
            a = self.c(["800", "888", "877", "866"])
            return self.c([f"1-{a}-{m}-{s}", f"1 {words(int(a[0]))} hundred {say_digits(m + '-' + s, self.rng)}"])
        return {"dash": f"{a}-{m}-{s}", "paren": f"({a}) {m}-{s}", "dots": f"{a}.{m}.{s}",
                "plus": f"+1 {a} {m} {s}", "seven": f"{m}-{s}",
                "spoken": say_digits(f"{a}-{m}-{s}", self.rng),
                "mixed": f"{a} {m} {say_digits(s, self.rng)}"}[form]

    def _handle(self) -> str:
        f, l = self.c(self.first).lower(), self.c(self.last).lower().replace("'", "")
        return self.c([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{self.rng.randint(1, 99)}", f"{f}_{l}",
                       f"{l}.{f}", f"{f}{self.rng.randint(70, 2005)}"])

    def email_address(self, v: str | None) -> str:
        dom = self.c(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                      "comcast.net", "proton.me", f"{self.c(['acme', 'globex', 'northstar', 'bluewave'])}.com",
                      "company.org", "university.edu"])
        e = f"{self._handle()}@{dom}"
        if v == "spoken" or (v is None and self.p(0.35)):
            return e.replace(".", " dot ").replace("@", " at ").replace("_", " underscore ")
        return e

    def url(self, v: str | None) -> str:
        site = self.c(["assemblyai", "example", "mybank", "acmehealth", "portal.globex", "support.northstar",
                       "billing.bluewave", "shop.crescent", "pay.evergreencu", "my.pinnacle", "help.redwood",
                       "tickets.summitarena", "claims.maplewood", "app.brightline", "care.lakeside"])
        tld = self.c(["com", "com", "org", "net", "io", "co", "health"])
        path = self.c(["", "", "/login", "/account/settings", "/help", "/pay-bill", "/claims/status",
                       "/appointments", f"/orders/{self.digits(6)}", "/reset-password"])
        pre = self.c(["https://www.", "http://", "www.", "", "https://"])
        u = f"{pre}{site}.{tld}{path}"
        if v == "spoken" or (v is None and self.p(0.3)):
            return (("www dot " if pre.endswith("www.") else "") + f"{site}.{tld}{path}").replace(
                ".", " dot ").replace("/", " slash ").replace("-", " dash ")
        return u

    def ip_address(self, v: str | None) -> str:
        form = v or self.c(["v4", "v4", "v4", "spoken", "v6"])
        if form == "v6":
            g = [format(self.rng.randint(0, 65535), "x") for _ in range(8)]
            return self.c([":".join(g), f"2001:db8::{g[5]}:{g[6]}:{g[7]}", f"fe80::{g[2]}:{g[3]}"])
        ip = self.c([f"192.168.{self.rng.randint(0, 9)}.{self.rng.randint(1, 254)}",
                     f"10.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}",
                     f"{self.rng.randint(11, 223)}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}."
                     f"{self.rng.randint(1, 254)}", f"172.16.{self.rng.randint(0, 31)}.{self.rng.randint(1, 254)}"])
        if form == "spoken":
            return " dot ".join(self.c([words(int(o)), say_digits(o, self.rng, sep=" ")]) for o in ip.split("."))
        return ip

    def username(self, v: str | None) -> str:
        u = self.c([self._handle(), f"{self.c(['dark', 'blue', 'happy', 'lucky', 'iron', 'silent', 'wild'])}_"
                    f"{self.c(['knight', 'falcon', 'panda', 'rider', 'wolf', 'coder', 'gamer'])}{self.rng.randint(1, 999)}",
                    f"{self.c(self.first).lower()}{self.c(['_', '', '.'])}{self.c(['tx', 'ny', 'runs', 'bakes', 'fit'])}"])
        if v == "handle" or (v is None and self.p(0.3)):
            return "@" + u.replace(".", "_")
        return u

    def filename(self, v: str | None) -> str:
        base = self.c(["brad-tax-returns", "invoice_0423", "Q3_report_final", "resume", "resume_2024",
                       "budget", "lease_agreement", "claim_photos", "IMG_2041", "scan0001", "meeting-notes",
                       "payroll_march", "patient_intake_form", "statement_may", "w2_2023", "backup",
                       "contract_signed", "headshot", "insurance_card_front", "notes_final_v2"])
        ext = self.c(["pdf", "pdf", "docx", "xlsx", "jpg", "png", "csv", "txt", "zip", "mp3", "pptx"])
        form = v or self.c(["plain", "plain", "path", "winpath", "spoken"])
        if form == "path":
            return f"{self.c(['Taxes/2012', 'Documents', 'Desktop/claims', 'shared/hr', 'home/' + self._handle().split('.')[0]])}/{base}.{ext}"
        if form == "winpath":
            return f"C:\\Users\\{self.c(self.first)}\\Documents\\{base}.{ext}"
        if form == "spoken":
            return f"{base.replace('_', ' underscore ').replace('-', ' dash ')} dot {ext}"
        return f"{base}.{ext}"

    # --- financial
    def credit_card_number(self, v: str | None) -> str:
        kind = self.c(["visa", "visa", "mc", "amex", "disc"])
        n = {"visa": luhn_complete("4", 16, self.rng), "mc": luhn_complete(self.c(["51", "52", "55", "22"]), 16, self.rng),
             "amex": luhn_complete(self.c(["34", "37"]), 15, self.rng),
             "disc": luhn_complete("6011", 16, self.rng)}[kind]
        if v == "last4":
            return self.speak_or(n[-4:], 0.4)
        groups = [n[:4], n[4:10], n[10:]] if kind == "amex" else [n[i:i + 4] for i in range(0, 16, 4)]
        form = v or self.c(["space", "space", "dash", "plain", "spoken", "spoken"])
        if form == "spoken":
            return say_digits(" ".join(groups), self.rng, sep=self.c([", ", " "]))
        return {"space": " ".join(groups), "dash": "-".join(groups), "plain": n}[form]

    def credit_card_cvv(self, v: str | None) -> str:
        n = self.digits(self.c([3, 3, 3, 4]))
        return self.speak_or(n, 0.45)

    def credit_card_expiration(self, v: str | None) -> str:
        m, y = self.rng.randint(1, 12), self.rng.randint(2025, 2033)
        form = self.c(["slash", "slash", "slash4", "month", "spoken", "spoken2"])
        return {"slash": f"{m:02d}/{y % 100}", "slash4": f"{m:02d}/{y}", "month": f"{MONTHS[m - 1]} {y}",
                "spoken": f"{say_digits(f'{m:02d}', self.rng)} {words(y % 100)}",
                "spoken2": f"{MONTHS[m - 1].lower() if self.p(.5) else MONTHS[m - 1]} {say_year(y, self.rng)}"}[form]

    def money_amount(self, v: str | None) -> str:
        d, cents = self.c([self.rng.randint(1, 99), self.rng.randint(100, 999), self.rng.randint(1000, 25000)]), \
            self.rng.randint(0, 99)
        form = self.c(["dollar", "dollar", "cents", "words", "words", "wordscents", "bucks", "foreign", "k"])
        cur = self.c([("pesos", "MXN"), ("euros", "€"), ("pounds", "£"), ("yen", "¥"), ("rupees", "₹")])
        return {"dollar": f"${d:,}", "cents": f"${d:,}.{cents:02d}", "words": f"{words(d)} dollars",
                "wordscents": f"{words(d % 1000 or 5)} dollars and {words(cents or 50)} cents",
                "bucks": f"{words(d % 1000 or 20)} bucks", "foreign": self.c([f"{d} {cur[0]}", f"{cur[1]}{d}"]),
                "k": f"${self.rng.randint(2, 9)}.{self.rng.randint(1, 9)} million"}[form]

    def statistics(self, v: str | None) -> str:
        n = self.rng.randint(2, 98)
        return self.c([f"{n}%", f"{n} percent", f"{words(n)} percent", f"{n}.{self.rng.randint(1, 9)}%",
                       f"{words(self.rng.randint(1, 9))} in {words(self.c([3, 4, 5, 10, 20, 100]))}"])

    def account_number(self, v: str | None) -> str:
        form = self.c(["digits", "digits", "alpha", "dashed", "spoken"])
        s = {"digits": self.digits(self.c([8, 9, 10, 12])),
             "alpha": f"{self.c(string.ascii_uppercase)}{self.c(string.ascii_uppercase)}-{self.digits(4)}-{self.digits(3)}",
             "dashed": f"{self.digits(4)}-{self.digits(4)}-{self.digits(2)}", "spoken": self.digits(self.c([8, 10]))}[form]
        return say_digits(s, self.rng) if form == "spoken" else s

    def banking_information(self, v: str | None) -> str:
        form = v or self.c(["routing", "routing", "account", "account", "iban"])
        if form == "iban":
            return iban(self.rng)
        s = aba(self.rng) if form == "routing" else self.digits(self.c([8, 10, 12]))
        return self.speak_or(s, 0.45)

    # --- ids
    def us_social_security_number(self, v: str | None) -> str:
        area = self.rng.randint(1, 899)
        area = 667 if area == 666 else area
        s = f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"
        if v == "last4":
            return self.speak_or(s[-4:], 0.5)
        return self.c([s, s, s.replace("-", " "), say_digits(s, self.rng), say_digits(s, self.rng)])

    def healthcare_number(self, v: str | None) -> str:
        L = "ACDEFGHJKMNPQRTUVWXY"
        mbi = f"{self.rng.randint(1, 9)}{self.c(L)}{self.c(L + '0123456789')}{self.rng.randint(0, 9)}-" \
              f"{self.c(L)}{self.c(L + '0123456789')}{self.rng.randint(0, 9)}-{self.c(L)}{self.c(L)}{self.digits(2)}"
        s = self.c([mbi, f"{self.digits(4)}-{self.digits(3)}-{self.digits(3)}-{self.c(L)}{self.c(L)}",
                    f"{self.c(['XJH', 'W', 'ZGP', 'H', 'MEM', 'U'])}{self.digits(self.c([8, 9]))}",
                    f"{self.digits(9)}{self.c(['A', 'B', 'C1', 'D'])}"])
        return spell(s.replace("-", ""), self.rng) if self.p(0.3) else s

    def drivers_license(self, v: str | None) -> str:
        L = string.ascii_uppercase
        s = self.c([f"{self.digits(6)}-{self.digits(3)}", f"{self.c(L)}{self.digits(7)}",
                    f"{self.c(L)}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}", self.digits(9),
                    f"{self.c(L)}{self.digits(12)}", f"{self.c(L)}{self.digits(3)}-{self.digits(3)}-{self.digits(2)}-"
                    f"{self.digits(3)}-{self.digits(1)}"])
        return spell(s, self.rng) if self.p(0.35) else s

    def passport_number(self, v: str | None) -> str:
        L = string.ascii_uppercase
        s = self.c([f"{self.c(L)}{self.c(L)}{self.digits(7)}", self.digits(9),
                    f"{self.c(L)}{self.digits(8)}", f"{self.c(L)}{self.c(L)}{self.digits(1)}{self.c(L)}{self.digits(1)}"
                    f"{self.c(L)}{self.digits(2)}{self.c(L)}{self.digits(2)}"])
        return spell(s, self.rng) if self.p(0.35) else s

    def vehicle_id(self, v: str | None) -> str:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        form = v or self.c(["vin", "plate", "plate", "plate"])
        if form == "vin":
            return vin(self.rng)
        s = self.c([f"{self.c(L)}{self.c(L)}{self.c(L)}{self.digits(4)}", f"{self.digits(1)}{self.c(L)}{self.c(L)}"
                    f"{self.c(L)}{self.digits(3)}", f"{self.c(L)}{self.c(L)}{self.c(L)}-{self.digits(4)}",
                    f"{self.digits(3)} {self.c(L)}{self.c(L)}{self.c(L)}"])
        return spell(s.replace("-", "").replace(" ", ""), self.rng) if self.p(0.35) else s

    def number_sequence(self, v: str | None) -> str:
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        s = self.c([f"{self.digits(3)}-{self.digits(7)}-{self.digits(7)}", f"1Z{self.digits(3)}{self.c(L)}{self.c(L)}"
                    f"{self.digits(11)}", "".join(self.c(L + "23456789") for _ in range(6)),
                    f"CS-{self.digits(7)}", f"INC{self.digits(7)}", f"{self.digits(4)} {self.digits(4)}",
                    self.digits(self.c([6, 7, 8])), f"{self.c(L)}{self.c(L)}{self.digits(6)}"])
        if self.p(0.35):
            return say_digits(s, self.rng) if s.replace(" ", "").replace("-", "").isdigit() else spell(s, self.rng)
        return s

    def password(self, v: str | None) -> str:
        form = v or self.c(["word", "word", "pin", "spelled", "answer"])
        if form == "pin":
            return self.speak_or(self.digits(self.c([4, 4, 6])), 0.5)
        if form == "answer":
            return self.c([self.c(self.last), self.c(["Rex", "Buddy", "Max", "Whiskers", "Daisy", "Coco",
                                                      "Bella", "Shadow", "Pepper", "Biscuit"]),
                           self.c(self.cities)])
        w = self.c(["alfalfa", "sunshine", "dragon", "monkey", "Bluebird", "Pumpkin", "Tiger", "Winter",
                    "maple", "horse", "Falcon", "river", "Lemon", "Jasper", "skyline"])
        p = self.c([f"{self.rng.randint(10, 99)}%{w.lower()}", f"temp{self.digits(4)}", f"{w}{self.digits(2)}!",
                    f"{w}_{self.digits(4)}", f"{w.capitalize()}#{self.rng.randint(1, 9)}{self.c(string.ascii_lowercase)}",
                    f"{w}{self.rng.randint(1970, 2020)}"])
        if form == "spelled":
            return spell(re.sub(r"[^A-Za-z0-9]", "", p)[:10], self.rng)
        return p

    # --- dates and times
    def _date(self, y0: int, y1: int) -> tuple[int, int, int]:
        return self.rng.randint(y0, y1), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def _say_date(self, y: int, m: int, d: int, with_year: bool) -> str:
        mon = MONTHS[m - 1]
        forms = [f"{mon} {d}", f"{mon} {ordinal_digits(d)}", f"{mon} {ordinal(d)}", f"the {ordinal(d)} of {mon}",
                 f"{m}/{d}"]
        if with_year:
            forms = [f"{mon} {d}, {y}", f"{mon} {ordinal(d)} {say_year(y, self.rng)}", f"{m:02d}/{d:02d}/{y}",
                     f"{m}/{d}/{y % 100:02d}", f"{d} {mon} {y}", f"the {ordinal(d)} of {mon}, {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{say_digits(f'{m:02d}', self.rng)} {say_digits(f'{d:02d}', self.rng)} {say_year(y, self.rng)}"]
        s = self.c(forms)
        return s.lower() if self.p(0.15) else s

    def date(self, v: str | None) -> str:
        y, m, d = self._date(2019, 2026)
        if v == "weekday":
            return self.c(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
        return self._say_date(y, m, d, self.p(0.4))

    def date_of_birth(self, v: str | None) -> str:
        y, m, d = self._date(1935, 2012)
        return self._say_date(y, m, d, True)

    def date_interval(self, v: str | None) -> str:
        y = self.rng.randint(1975, 2025)
        mon = self.c(MONTHS)
        mon2 = MONTHS[(MONTHS.index(mon) + self.rng.randint(1, 5)) % 12]
        return self.c([f"{y}-{y + self.rng.randint(1, 4)}", f"{self.rng.randint(1, 9)}-{self.rng.randint(10, 20)} {mon}",
                       f"{mon} {y}", mon, f"{mon} to {mon2}", f"{mon} through {mon2}", str(y),
                       f"the summer of {y}", f"{self.c(['spring', 'fall', 'winter'])} {y}", f"the {y // 10 * 10 % 100 if y < 2000 else y // 10 * 10}s",
                       f"the {y // 10 * 10}s", f"{say_year(y, self.rng)}", f"between {y} and {y + 3}",
                       f"{mon} of {say_year(y, self.rng)}"])

    def duration(self, v: str | None) -> str:
        n = self.rng.randint(2, 60)
        unit = self.c(["minutes", "hours", "days", "weeks", "months", "years", "seconds"])
        if v == "adj":
            return self.c([f"{n}-{unit[:-1]}", f"{words(n, True)}-{unit[:-1]}"])
        return self.c([f"{n} {unit}", f"{words(n)} {unit}", f"{words(n, True)} {unit}",
                       f"{words(self.rng.randint(2, 9))} and a half {unit}", f"{self.rng.randint(2, 9)} {unit}",
                       f"one {unit[:-1]}"])

    def time(self, v: str | None) -> str:
        hh, mm = self.rng.randint(1, 12), self.c([0, 15, 30, 45, self.rng.randint(1, 59)])
        ap = self.c(["am", "pm", "a.m.", "p.m.", "AM", "PM"])
        tz = self.c(["", "", "", " EST", " Eastern", " PST", " Pacific", " Central", " CST", " GMT"])
        return self.c([f"{hh}:{mm:02d}", f"{hh}:{mm:02d} {ap}{tz}", f"{hh}{ap}{tz}", f"{words(hh)} o'clock",
                       f"{words(hh)} {words(mm) if mm >= 10 else 'oh ' + words(mm) if mm else ''}".strip() + f" {ap}",
                       f"half past {words(hh)}", f"quarter to {words(hh)}", f"{self.rng.randint(0, 23):02d}:{mm:02d}",
                       f"{self.rng.randint(0, 23):02d}:{mm:02d}:{self.rng.randint(0, 59):02d}", "noon", "midnight"])

    def person_age(self, v: str | None) -> str:
        n = self.rng.randint(2, 96)
        return self.c([str(n), words(n), words(n, True)])

    def blood_type(self, v: str | None) -> str:
        g, rh = self.c(["O", "A", "B", "AB"]), self.p(0.6)
        return self.c([f"{g}{'+' if rh else '-'}", f"{g} {'positive' if rh else 'negative'}",
                       f"{g} {'pos' if rh else 'neg'}", f"type {g} {'positive' if rh else 'negative'}"])

    def generate(self, policy: str, variant: str | None) -> str:
        if f"{policy}:{variant}" in self.lex:
            return self.lexical(f"{policy}:{variant}")
        if policy in self.lex:
            return self.lexical(policy)
        return getattr(self, policy)(variant)


# ---------------------------------------------------------------- templates
# Markup: {policy} or {policy:variant} = a generated value; [surface|policy] = fixed labeled text.
TEMPLATES: dict[str, list[str]] = {
    "person_name": [
        "hi, my name is {person_name} and I'm calling about my bill",
        "yeah this is {person_name:first}, uh, I spoke with {person_name:first} yesterday",
        "can I speak to {person_name:title} please",
        "um the appointment is with {person_name:dr} on {date:weekday}",
        "so {person_name:lower} told me to call back",
        "the account is under my husband's name, {person_name}",
        "I was referred by {person_name:md} at {organization}",
        "okay {person_name:first}, thanks for holding",
        "who am I speaking with? it's {person_name}, {person_name:first}'s daughter",
        "you can put it under {person_name:middle}",
        "my [manager|occupation] {person_name:first} {person_name:last} approved it",
        "last name {person_name:last}, first name {person_name:first}",
        "uh yes hello this is {person_name:lower} from accounts payable",
        "please make the check out to {person_name}",
        "I'm the [caregiver|occupation] for {person_name:title}, she's my neighbor",
        "and your [representative|occupation] was {person_name:first}? yes {person_name:first}",
    ],
    "phone_number": [
        "you can reach me at {phone_number}",
        "my number is {phone_number}",
        "um call me back on {phone_number:spoken} anytime after lunch",
        "the best number is {phone_number}, that's my cell",
        "their fax number is {phone_number}",
        "yeah the callback number, it's {phone_number}",
        "uh text me at {phone_number:spoken}",
        "the pharmacy's phone is {phone_number}",
        "my work line is {phone_number} and my cell is {phone_number}",
        "did you get my home number? {phone_number}",
        "dial {phone_number} and press two for billing",
        "is {phone_number} still a good number for you",
    ],
    "email_address": [
        "my email is {email_address}",
        "you can send it to {email_address:spoken}",
        "uh it's {email_address}, all lower case",
        "send the receipt to {email_address} please",
        "the email on file is {email_address}, is that still correct",
        "cc my wife at {email_address:spoken}",
        "I never got the confirmation at {email_address}",
        "email address, um, {email_address:spoken}",
        "could you update it to {email_address}",
        "my work email {email_address} is the one I check",
    ],
    "url": [
        "go to {url} and click sign in",
        "you can pay online at {url}",
        "the link is {url:spoken}",
        "uh I was on {url} and it kept timing out",
        "check the status at {url}",
        "she sent me to {url:spoken} but it's blank",
        "the form is at {url}",
        "just type {url} into your browser",
        "it redirected me to {url} for some reason",
        "our website is {url:spoken}",
    ],
    "ip_address": [
        "my IP address is {ip_address}",
        "the router is at {ip_address:spoken}",
        "it says blocked connection from {ip_address}",
        "try pinging {ip_address}",
        "the printer's IP is {ip_address}",
        "uh the server address is {ip_address}",
        "we whitelisted {ip_address} last week",
        "the login came from {ip_address:spoken} which isn't me",
        "set the gateway to {ip_address}",
        "the camera shows up as {ip_address} on the network",
    ],
    "credit_card_number": [
        "my card number is {credit_card_number}",
        "the card is {credit_card_number:spoken}",
        "okay it's a [visa|organization], {credit_card_number}",
        "um the number on the card is {credit_card_number}",
        "the card ending in {credit_card_number:last4} was charged twice",
        "I'll use the card ending {credit_card_number:last4}",
        "card number {credit_card_number:spoken}, expiration {credit_card_expiration}",
        "go ahead and charge {credit_card_number}",
        "the new card is {credit_card_number}, the old one was stolen",
        "it's the [Amex|organization], {credit_card_number}",
        "the last four digits are {credit_card_number:last4}",
        "let me read it, {credit_card_number:spoken}",
    ],
    "credit_card_cvv": [
        "the CVV is {credit_card_cvv}",
        "security code on the back is {credit_card_cvv}",
        "and the three digit code, {credit_card_cvv}",
        "CVV: {credit_card_cvv}",
        "uh the code on the back says {credit_card_cvv}",
        "the verification code is {credit_card_cvv}",
        "the CVC is {credit_card_cvv} I think",
        "card {credit_card_number}, security code {credit_card_cvv}",
        "three digits on the back, {credit_card_cvv}",
        "expiration {credit_card_expiration} and CVV {credit_card_cvv}",
    ],
    "credit_card_expiration": [
        "the expiration date is {credit_card_expiration}",
        "it expires {credit_card_expiration}",
        "exp {credit_card_expiration}",
        "um expiration {credit_card_expiration}",
        "the card expires in {credit_card_expiration}",
        "valid thru {credit_card_expiration}",
        "good through {credit_card_expiration}, and the code is {credit_card_cvv}",
        "expiry date {credit_card_expiration}",
        "it says expires end of {credit_card_expiration}",
        "my new card's expiration is {credit_card_expiration}",
    ],
    "us_social_security_number": [
        "my social is {us_social_security_number}",
        "social security number {us_social_security_number}",
        "SSN: {us_social_security_number}",
        "the last four of my social are {us_social_security_number:last4}",
        "uh my social security number is {us_social_security_number}",
        "for verification, last four of the social, {us_social_security_number:last4}",
        "the SSN on the form should be {us_social_security_number}",
        "her social is {us_social_security_number}",
        "I can give you my social, it's {us_social_security_number}",
        "his Social Security number is {us_social_security_number}",
    ],
    "account_number": [
        "my account number is {account_number}",
        "the member ID is {account_number}",
        "Policy No. {account_number}",
        "uh account {account_number}",
        "my rewards number is {account_number}",
        "the customer number on the bill is {account_number}",
        "the auto policy number is {account_number}",
        "Member ID: {account_number}",
        "my utility account, {account_number}",
        "the loyalty number is {account_number}",
        "membership number {account_number}",
        "the homeowners policy is {account_number}",
    ],
    "banking_information": [
        "the routing number is {banking_information:routing}",
        "my checking account number is {banking_information:account}",
        "routing {banking_information:routing}, account {banking_information:account}",
        "the IBAN is {banking_information:iban}",
        "uh my savings account number is {banking_information:account}",
        "for direct deposit the routing number is {banking_information:routing}",
        "wire it to IBAN {banking_information:iban}",
        "my bank account is {banking_information:account} at {organization}",
        "the ABA number is {banking_information:routing}",
        "account number at the bank, {banking_information:account}",
        "use routing {banking_information:routing}",
        "the transfer went to account {banking_information:account}",
    ],
    "healthcare_number": [
        "my [Medicare|organization] number is {healthcare_number}",
        "the member ID on my insurance card is {healthcare_number}",
        "health plan ID {healthcare_number}",
        "Policy No.: {healthcare_number}",
        "my [Medicaid|organization] ID is {healthcare_number}",
        "the subscriber ID is {healthcare_number}",
        "uh my insurance ID, it's {healthcare_number}",
        "the patient's health insurance number is {healthcare_number}",
        "the group member number for my dental plan is {healthcare_number}",
        "her beneficiary number is {healthcare_number}",
        "my health card number is {healthcare_number}",
        "medical record number {healthcare_number}",
    ],
    "drivers_license": [
        "my driver's license number is {drivers_license}",
        "DL# {drivers_license}",
        "license number {drivers_license}",
        "uh the license is {drivers_license}",
        "driver's license {drivers_license}, issued in {location:state}",
        "his DL number is {drivers_license}",
        "the number on my license is {drivers_license}",
        "my driver license number, um, {drivers_license}",
        "state ID {drivers_license}",
        "I can read you the license, {drivers_license}",
    ],
    "passport_number": [
        "my passport number is {passport_number}",
        "passport {passport_number}",
        "uh the passport number is {passport_number}",
        "her passport is {passport_number}",
        "passport number {passport_number}, it expires in {date_interval}",
        "the number on my passport is {passport_number}",
        "for the booking, passport {passport_number}",
        "my son's passport number is {passport_number}",
        "passport no. {passport_number}",
        "I renewed it, the new passport number is {passport_number}",
    ],
    "vehicle_id": [
        "the VIN is {vehicle_id:vin}",
        "my license plate is {vehicle_id:plate}",
        "plate number {vehicle_id:plate}",
        "uh the vehicle identification number is {vehicle_id:vin}",
        "the car's plate is {vehicle_id:plate}",
        "the VIN on the dash reads {vehicle_id:vin}",
        "a gray sedan, plates {vehicle_id:plate}",
        "tag number {vehicle_id:plate}",
        "the vehicle ID is {vehicle_id}",
        "the truck's VIN, {vehicle_id:vin}",
    ],
    "number_sequence": [
        "my order number is {number_sequence}",
        "the confirmation number is {number_sequence}",
        "tracking number {number_sequence}",
        "uh the case number is {number_sequence}",
        "the ticket number is {number_sequence}",
        "reference {number_sequence}",
        "my claim number is {number_sequence}",
        "the invoice number is {number_sequence}",
        "it's reservation {number_sequence}",
        "the serial number on the router is {number_sequence}",
        "employee ID {number_sequence}",
        "the work order is {number_sequence}",
    ],
    "password": [
        "my password is {password}",
        "the PIN is {password:pin}",
        "um the password, it's {password:spelled}",
        "my mother's maiden name is {password:answer}",
        "the answer to the security question is {password:answer}",
        "the temporary password they gave me was {password}",
        "my PIN number is {password:pin}",
        "the wifi password is {password}",
        "name of my first pet, {password:answer}",
        "the passcode is {password}",
        "my voice PIN is {password:pin}",
        "I reset it to {password}",
    ],
    "username": [
        "my username is {username}",
        "I'm {username:handle} on [Twitter|organization]",
        "the login is {username}",
        "uh user name {username}",
        "follow us at {username:handle}",
        "my gamertag is {username}",
        "log in as {username}",
        "her handle is {username:handle}",
        "the user ID is {username}",
        "I signed up as {username}",
    ],
    "filename": [
        "I uploaded {filename}",
        "the file is called {filename}",
        "open {filename:path}",
        "uh I attached {filename} to the email",
        "it's saved as {filename:winpath}",
        "can you look at {filename:spoken}",
        "the document name is {filename}",
        "I dragged {filename:path} into the portal",
        "the attachment, {filename}, won't open",
        "it's in {filename:path}",
    ],
    "person_age": [
        "I'm {person_age} years old",
        "my son is {person_age}",
        "she's {person_age} years old",
        "a {person_age}-year-old patient",
        "he just turned {person_age}",
        "age {person_age}",
        "my mom is {person_age} and lives alone",
        "I'm {person_age}",
        "my daughter will be {person_age} in {date_interval}",
        "the patient is {person_age}",
        "my father's {person_age} now",
        "he was {person_age} when it happened",
    ],
    "date_of_birth": [
        "my date of birth is {date_of_birth}",
        "Date of Birth: {date_of_birth}",
        "I was born on {date_of_birth}",
        "DOB {date_of_birth}",
        "uh birthday is {date_of_birth}",
        "the patient's date of birth, {date_of_birth}",
        "his birthdate is {date_of_birth}",
        "she was born {date_of_birth}",
        "birth date {date_of_birth}",
        "can you verify the date of birth? {date_of_birth}",
        "I was born {date_of_birth} in {location:city}",
        "born on {date_of_birth}",
    ],
    "date": [
        "the appointment is on {date}",
        "we can do {date:weekday} at {time}",
        "the payment is due {date}",
        "I called on {date}",
        "my flight is {date}",
        "uh let's schedule it for {date}",
        "the charge posted on {date}",
        "it was delivered {date}",
        "on {date} the system went down",
        "see you {date:weekday}",
        "the hearing is set for {date}",
        "my last day is {date}",
    ],
    "date_interval": [
        "we lived there from {date_interval}",
        "I worked there in {date_interval}",
        "back in {date_interval}",
        "the coverage runs {date_interval}",
        "uh sometime in {date_interval}",
        "I was out of the country {date_interval}",
        "the promotion runs through {date_interval}",
        "it happened in {date_interval}",
        "the lease covers {date_interval}",
        "our records go back to {date_interval}",
        "I'll be traveling in {date_interval}",
        "the statements from {date_interval}",
    ],
    "duration": [
        "I've been waiting {duration}",
        "it lasted {duration}",
        "for about {duration}",
        "I've had this pain for {duration}",
        "it has a {duration:adj} warranty",
        "I was on hold for {duration}",
        "take it for {duration}",
        "uh we've been customers for {duration}",
        "it takes {duration} to process",
        "a {duration:adj} trial",
        "I'll be gone {duration}",
        "recovery is about {duration}",
    ],
    "time": [
        "the meeting is at {time}",
        "I'll call you at {time}",
        "uh around {time}",
        "the pharmacy closes at {time}",
        "it happened at {time}",
        "the flight leaves at {time}",
        "we open at {time}",
        "can you come in at {time}",
        "the alarm went off at {time}",
        "check in is {time}",
        "I took the pill at {time}",
        "the last call was {time}",
    ],
    "money_amount": [
        "the bill was {money_amount}",
        "I was charged {money_amount}",
        "it costs {money_amount}",
        "uh my balance is {money_amount}",
        "they refunded {money_amount}",
        "the copay is {money_amount}",
        "I paid {money_amount} for it",
        "the deductible is {money_amount}",
        "I owe {money_amount}",
        "a fee of {money_amount}",
        "the payment of {money_amount} went through",
        "we spent {money_amount} on repairs",
    ],
    "statistics": [
        "the survival rate is {statistics}",
        "about {statistics} of patients respond",
        "my A1C went down {statistics}",
        "the risk is around {statistics}",
        "it's effective in {statistics} of cases",
        "{statistics} of people get side effects",
        "oxygen saturation was {statistics}",
        "the success rate is {statistics}",
        "uh there's a {statistics} chance",
        "my ejection fraction is {statistics}",
        "only {statistics} of claims get denied",
        "body fat at {statistics}",
    ],
    "blood_type": [
        "my blood type is {blood_type}",
        "I'm {blood_type}",
        "blood type {blood_type}",
        "the patient is {blood_type}",
        "uh she's {blood_type} if that matters",
        "his blood group is {blood_type}",
        "we need {blood_type} donors",
        "I'm a universal donor, {blood_type}",
        "they typed me as {blood_type}",
        "blood type on the chart says {blood_type}",
    ],
    "drug": [
        "I take {drug} every morning",
        "they put me on {drug}",
        "uh I'm allergic to {drug}",
        "she's on {drug} and {drug}",
        "can I take {drug} with it",
        "I need a refill of {drug}",
        "the doctor prescribed {drug}",
        "I stopped the {drug} last week",
        "just some {drug} for the pain",
        "is {drug} covered by my plan",
        "he takes {drug} twice a day",
        "I switched from {drug} to {drug}",
    ],
    "medical_condition": [
        "I have {medical_condition}",
        "she was diagnosed with {medical_condition}",
        "my dad has {medical_condition}",
        "uh history of {medical_condition}",
        "it's for my {medical_condition}",
        "I've been dealing with {medical_condition}",
        "they think it's {medical_condition}",
        "he has {medical_condition} and {medical_condition}",
        "my son has {medical_condition}",
        "does the plan cover {medical_condition}",
        "I was treated for {medical_condition}",
        "family history of {medical_condition}",
    ],
    "medical_process": [
        "I'm scheduled for {medical_process}",
        "I need {medical_process}",
        "they did {medical_process} last week",
        "uh is {medical_process} covered",
        "she's going in for {medical_process}",
        "the doctor ordered {medical_process}",
        "after {medical_process} I felt better",
        "I had {medical_process} done",
        "we have to reschedule {medical_process}",
        "he's recovering from {medical_process}",
        "pre-authorization for {medical_process}",
        "I'm due for {medical_process}",
    ],
    "injury": [
        "I {injury:verb} skiing",
        "he has a {injury}",
        "she got a {injury} at work",
        "uh I {injury:verb} last month",
        "the claim is for a {injury}",
        "my son {injury:verb} playing soccer",
        "it was a {injury} from the accident",
        "I think I {injury:verb}",
        "he came in with a {injury}",
        "she's out with a {injury}",
        "the x-ray showed a {injury}",
        "I'm still recovering from a {injury}",
    ],
    "physical_attribute": [
        "he's {physical_attribute}",
        "I'm {physical_attribute}",
        "she has {physical_attribute:has}",
        "the suspect had {physical_attribute:has}",
        "uh he's {physical_attribute}, I'd say",
        "my son has {physical_attribute:has}",
        "you'll recognize me, I have {physical_attribute:has}",
        "the driver was {physical_attribute}",
        "she's {physical_attribute} with {physical_attribute:has}",
        "he has {physical_attribute:has} and {physical_attribute:has}",
        "the guy was {physical_attribute} and had {physical_attribute:has}",
        "for the record I'm {physical_attribute}",
    ],
    "location": [
        "I live at {location:street}",
        "we moved to {location:city}",
        "I'm calling from {location:city}, {location:state}",
        "the zip code is {location:zip}",
        "ship it to {location:street}, {location:city}, {location:state} {location:zip}",
        "uh we were driving near {location:landmark}",
        "I was born in {location:country}",
        "my address is {location:street}",
        "she's flying to {location:city} next week",
        "the branch in {location:city}",
        "we vacationed at {location:landmark}",
        "I'm originally from {location:state}",
        "postal code {location:zip}",
        "they relocated to {location:country}",
    ],
    "organization": [
        "I work at {organization}",
        "I'm calling from {organization}",
        "my insurance is through {organization}",
        "uh I bank with {organization}",
        "she's a patient at {organization}",
        "the package came from {organization}",
        "he used to work for {organization}",
        "I switched to {organization}",
        "we got a letter from {organization}",
        "my son goes to {organization}",
        "the charge from {organization} is wrong",
        "I have a card with {organization}",
    ],
    "occupation": [
        "I'm a {occupation}",
        "my wife is a {occupation}",
        "he works as a {occupation}",
        "she's the {occupation} on the case",
        "uh I used to be a {occupation}",
        "my job title is {occupation}",
        "I work as a {occupation} at {organization}",
        "my son wants to be a {occupation}",
        "I'm a retired {occupation}",
        "occupation, {occupation}",
        "the {occupation} said it was fine",
        "we need a {occupation} to sign off",
    ],
    "nationality": [
        "I'm {nationality}",
        "she's {nationality}",
        "my family is {nationality}",
        "uh he's {nationality} but lives here",
        "my parents are {nationality}",
        "I'm half {nationality}, half {nationality}",
        "ethnicity, {nationality}",
        "he's {nationality} on his mother's side",
        "we're a {nationality} family",
        "the customer was {nationality}",
        "her husband is {nationality}",
        "I identify as {nationality}",
    ],
    "language": [
        "do you speak {language}",
        "I'd prefer {language} please",
        "my mother only speaks {language}",
        "uh is there someone who speaks {language}",
        "can I get the form in {language}",
        "she's fluent in {language} and {language}",
        "press nine for {language}",
        "I need a {language} [interpreter|occupation]",
        "my first language is {language}",
        "he's learning {language}",
        "the letter was in {language}",
        "sorry, my {language} is better",
    ],
    "religion": [
        "I'm {religion}",
        "we're {religion}",
        "my family is {religion}",
        "uh she's {religion}, so no pork",
        "he was raised {religion}",
        "religion, {religion}",
        "we go to a {religion} congregation",
        "I converted, I'm {religion} now",
        "my parents are very {religion}",
        "being {religion} I can't do that",
        "the [chaplain|occupation] is {religion}",
        "they're {religion} so they fast",
    ],
    "political_affiliation": [
        "I'm a {political_affiliation}",
        "he's registered {political_affiliation}",
        "my dad is very {political_affiliation}",
        "uh she votes {political_affiliation}",
        "I'm a registered {political_affiliation}",
        "we're all {political_affiliation}",
        "my neighbor is a die-hard {political_affiliation}",
        "politically I'm {political_affiliation}",
        "the {political_affiliation} candidate",
        "party affiliation, {political_affiliation}",
        "my whole family is {political_affiliation}",
        "he switched to {political_affiliation}",
    ],
    "marital_status": [
        "I'm {marital_status}",
        "marital status, {marital_status}",
        "she's {marital_status}",
        "uh we're {marital_status} now",
        "my {marital_status:noun} still has the card",
        "I'm recently {marital_status}",
        "he is {marital_status} with two kids",
        "are you {marital_status}? yes",
        "my {marital_status:noun} lives in {location:city}",
        "we've been {marital_status} since {date_interval}",
        "status is {marital_status}",
        "I'm {marital_status}, no kids",
    ],
    "gender_sexuality": [
        "I'm {gender_sexuality}",
        "gender, {gender_sexuality}",
        "she identifies as {gender_sexuality}",
        "uh my son is {gender_sexuality}",
        "the patient is a {person_age}-year-old {gender_sexuality}",
        "sex, {gender_sexuality}",
        "he came out as {gender_sexuality}",
        "I'm {gender_sexuality} and my partner is too",
        "a {gender_sexuality} caller",
        "they're {gender_sexuality}",
        "the form asks if I'm {gender_sexuality}",
        "my sister is {gender_sexuality}",
    ],
    "zodiac_sign": [
        "I'm a {zodiac_sign}",
        "she's such a {zodiac_sign}",
        "my sign is {zodiac_sign}",
        "uh he's a {zodiac_sign}, typical",
        "my star sign is {zodiac_sign}",
        "I'm {zodiac_sign} sun, {zodiac_sign} rising",
        "my wife is a {zodiac_sign}",
        "as a {zodiac_sign} I hate waiting",
        "what's your sign? {zodiac_sign}",
        "typical {zodiac_sign} move",
        "the horoscope for {zodiac_sign} said so",
        "my daughter's a {zodiac_sign}",
    ],
    "event": [
        "we're closed for {event}",
        "I'll be traveling over {event}",
        "uh we went to the {event}",
        "the order should arrive before {event}",
        "I watched the {event}",
        "she's visiting for {event}",
        "the sale ends after {event}",
        "we celebrate {event} with family",
        "tickets to {event}",
        "every {event} we go home",
        "right after {event}",
        "the office is closed on {event}",
    ],
}

MARKUP = re.compile(r"\{(\w+)(?::(\w+))?\}|\[([^\[\]|]+)\|(\w+)\]")
LOWERABLE = {"person_name", "location", "organization", "occupation", "nationality", "language", "religion",
             "political_affiliation", "marital_status", "gender_sexuality", "zodiac_sign", "event", "drug",
             "medical_condition", "medical_process", "injury", "physical_attribute", "date", "date_interval",
             "date_of_birth", "credit_card_expiration", "time"}
FILLERS = ["", "", "", "", "um, ", "uh ", "so ", "yeah, ", "okay so ", "right, ", "well, ", "uh, yeah, ",
           "and ", "oh ", "sure, ", "mm-hmm, ", "you know, "]
ENDS = ["", "", ".", ".", ".", "?", " you know.", ", yeah.", ", okay?", " I think.", "...", " um"]


ARTICLED = {"location", "organization", "event", "medical_condition", "medical_process", "injury",
             "physical_attribute", "date", "date_interval", "marital_status", "occupation"}


def _fix_articles(pieces: list[tuple[str, str | None]]) -> None:
    """Move a value's leading article into the literal before it (articles are never in a span), a/an."""
    value, pol = pieces[-1]
    lit = pieces[-2][0]
    art = re.match(r"(?i)(an?|the) (?!hundred|thousand|dozen)", value) if pol in ARTICLED else None
    if art:
        value = value[art.end():]
        if not re.search(r"(?i)\b(a|an|the|my|his|her|your|our|their) $", lit):
            lit += art.group(0)
    if re.search(r"(?i)\ban? $", lit):
        a = "an " if value[:1].lower() in "aeio" else "a "
        lit = lit[:-len(lit.split()[-1]) - 1] + (a.capitalize() if lit.split()[-1][0].isupper() else a)
    pieces[-2:] = [(lit, None), (value, pol)]


def render(template: str, values: Values | None, rng: random.Random, decorate: bool) -> dict:
    """Fill a marked-up line, returning {'text', 'spans'} with exact character offsets."""
    lower = decorate and rng.random() < 0.25
    drop_commas = decorate and rng.random() < 0.3
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for m in MARKUP.finditer(template):
        pieces.append((template[pos:m.start()], None))
        value, pol = (m.group(3), m.group(4)) if m.group(3) else \
            (values.generate(m.group(1), m.group(2)), m.group(1))  # type: ignore[union-attr]
        pieces.append((value, pol))
        _fix_articles(pieces)
        pos = m.end()
    pieces.append((template[pos:], None))
    if decorate:
        pieces.insert(0, (rng.choice(FILLERS), None))
        pieces.append((rng.choice(ENDS), None))
    text, spans = "", []
    for seg, pol in pieces:
        if pol is None:
            seg = seg.replace(",", "") if drop_commas else seg
            seg = seg.lower() if lower else seg
        elif lower and pol in LOWERABLE:
            seg = seg.lower()
        if pol is not None:
            spans.append({"start": len(text), "end": len(text) + len(seg), "policy": pol})
        text += seg
    if decorate and not lower and text[:1].islower() and rng.random() < 0.7:
        text = text[0].upper() + text[1:]
    return {"text": text, "spans": spans}


# ---------------------------------------------------------------- assembly
def read_markup(path: Path) -> list[str]:
    """Lines of a markup source file, skipping blanks and # comments."""
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


def validate(rec: dict) -> None:
    """Raise if a record's spans are not valid, sorted, non-overlapping and trimmed."""
    text, prev = rec["text"], 0
    for s in rec["spans"]:
        assert s["policy"] in POLICIES, (rec["id"], s)
        assert prev <= s["start"] < s["end"] <= len(text), (rec["id"], s, text)
        frag = text[s["start"]:s["end"]]
        assert frag == frag.strip() and frag[-1] not in ",;:?" and frag[0] not in ",;:", (rec["id"], repr(frag))
        prev = s["end"]


def build() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {s: [] for s in SPLITS}
    seen: set[str] = set()
    src = OUT / "src"
    for source, fname in (("handwritten", "handwritten.txt"), ("nopii", "nopii.txt")):
        for i, line in enumerate(read_markup(src / fname)):
            rec = render(line, None, random.Random(0), decorate=False)
            split = SPLITS[h(line) % 2]
            assert rec["text"] not in seen, f"duplicate line in {fname}: {rec['text']}"
            assert (source == "handwritten") == bool(rec["spans"]), f"{fname}: labels do not fit: {line}"
            seen.add(rec["text"])
            out[split].append({"id": f"{split}-{source[0]}{i:04d}", **rec, "source": source})
    for si, split in enumerate(SPLITS):
        rng = random.Random(SEED + si)
        values = Values(si, rng)
        counts = Counter(s["policy"] for r in out[split] for s in r["spans"])
        n = 0
        for policy in POLICIES:
            temps = halves(TEMPLATES[policy])[si]
            made = 0
            while made < MIN_TEMPLATE_LINES or counts[policy] < MIN_PER_POLICY:
                rec = render(temps[made % len(temps)], values, rng, decorate=True)
                made += 1
                if rec["text"] in seen:
                    continue
                seen.add(rec["text"])
                counts.update(s["policy"] for s in rec["spans"])
                out[split].append({"id": f"{split}-t{n:04d}", **rec, "source": "template"})
                n += 1
        random.Random(SEED).shuffle(out[split])
        for rec in out[split]:
            validate(rec)
    return out


def meta(split: str, recs: list[dict]) -> dict:
    return {"_meta": {
        "split": split,
        "tuning": "tune on this split" if split == "dev" else
        "NEVER tune on this split: it holds templates, value pools and hand-written lines disjoint from dev",
        "licence": "CC0-1.0 (written for piikit; see data/pii_eval/README.md)",
        "generator": "scripts/make_pii_eval.py", "lines": len(recs),
        "format": "one JSON object a line after this one: id, text, spans[{start,end,policy}], source"}}


def main() -> None:
    data = build()
    for split, recs in data.items():
        with open(OUT / f"{split}.jsonl", "w", encoding="utf-8") as f:
            f.write(json.dumps(meta(split, recs), ensure_ascii=False) + "\n")
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    stats = {split: {"lines": len(recs), "by_source": dict(Counter(r["source"] for r in recs)),
                     "by_policy": dict(sorted(Counter(s["policy"] for r in recs for s in r["spans"]).items()))}
             for split, recs in data.items()}
    (OUT / "_meta.json").write_text(json.dumps({
        "files": {"dev.jsonl": "tune on it", "test.jsonl": "never tuned on"}, "stats": stats}, indent=1) + "\n")
    for split, st in stats.items():
        print(split, st["lines"], st["by_source"], "min policy count", min(st["by_policy"].values()))


if __name__ == "__main__":
    main()
