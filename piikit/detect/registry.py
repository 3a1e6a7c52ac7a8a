"""The one list of recognizers, and overlap resolution: `detect(text, policies)`.

Each recognizer is a function `Ctx -> Iterable[Cand]` declaring the policies it can emit.
All candidates compete: the higher score wins an overlap (validated formats and cue-backed
spans score highest), then the longer span. number_sequence is a fallback that yields to
any other reading of the same characters, requested or not (unless a cue backs it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import repeat
from typing import Callable, Iterable, Iterator, NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from piikit.detect import Entity
from piikit.detect.base import (AFTER_MAKER, CAR_COLOURS, CAR_MAKERS, CAR_MODEL_SAID, CAR_MODELS, GREETING, GREETING_RX, MODEL_YEAR, RANKS, SPEAKER_ROLES, STREET_TYPES,
                                Cand, Ctx)
from piikit.detect.english import base_words, is_english, is_verb
from piikit.detect.ids import PHONE_BY_SHAPE, is_cue, recognize_ids
from piikit.detect.lexicons import (CUSTOMER_CUES, LEXICON_POLICIES, LOOKS_LISTED, a_look, before_noun, fold, name_towns, recognize_lexicons,
                                    recognize_medical_words, tables, word_towns)
from piikit.detect.ner import (BODY_START, KIN_TITLES, NAME_JOINERS, NER_POLICIES, RELATIONS, TITLE_WORDS, before_fillers, docs, is_lower, is_name, place_asked,
                               sentence_cased, used_as_town,
                               recognize_named_ages, recognize_named_events, recognize_names, recognize_names_in_addresses,
                               recognize_ner, recognize_spelled_names, recognize_towns_in_regions)
from piikit.detect.orgs import (recognize_account_orgs, recognize_answered_orgs, recognize_asked_firms, recognize_bare_orgs,
                                 recognize_branch_orgs, recognize_car_makers, recognize_cued_orgs, recognize_held_at_orgs,
                                 recognize_intro_orgs, recognize_provider_orgs, recognize_spelled_orgs)
from piikit.detect.patterns import (FEET, FIRM_KINDS, INCH, ORG_HEAD, ORG_HEAD_LOWER, US_STATES, SECURITY_QUESTION, longest_first, named_as_password,
                                    recognize_amounts, recognize_contact)
from piikit.detect.spoken import DIGIT_WORD, NATO, TEENS, TENS, UNITS, normalize
from piikit.detect.temporal import (DOB_WORD, MONTH, WEEKDAY, recognize_age, recognize_dates, recognize_duration,
                                    recognize_expiration, recognize_time)
from piikit.errors import ParamError
from piikit.policies import POLICIES


class Recognizer(NamedTuple):
    """A named recognizer function and the policies it may emit."""

    name: str
    policies: frozenset[str]
    fn: Callable[[Ctx], Iterable[Cand]]


_ID_POLICIES = frozenset({
    "credit_card_number", "credit_card_cvv", "us_social_security_number", "phone_number",
    "banking_information", "account_number", "healthcare_number", "drivers_license",
    "passport_number", "vehicle_id", "password", "location", "number_sequence"})

RECOGNIZERS: tuple[Recognizer, ...] = (
    Recognizer("ids", _ID_POLICIES, recognize_ids),
    Recognizer("contact", frozenset({"email_address", "url", "ip_address", "username", "password",
                                     "filename"}), recognize_contact),
    Recognizer("amounts", frozenset({"money_amount", "statistics", "blood_type",  # and firms by their head word
                                     "physical_attribute", "location", "organization"}), recognize_amounts),
    Recognizer("dates", frozenset({"date", "date_interval", "date_of_birth",
                                   "credit_card_expiration"}), recognize_dates),
    Recognizer("expiration", frozenset({"credit_card_expiration"}), recognize_expiration),
    Recognizer("time", frozenset({"time"}), recognize_time),
    Recognizer("duration", frozenset({"duration"}), recognize_duration),
    Recognizer("age", frozenset({"person_age"}), recognize_age),
    Recognizer("named_ages", frozenset({"person_age"}), recognize_named_ages),
    Recognizer("lexicons", frozenset(LEXICON_POLICIES) | {"injury"}, recognize_lexicons),
    Recognizer("medical_words", frozenset({"medical_process", "medical_condition", "drug"}), recognize_medical_words),
    Recognizer("names", frozenset({"person_name"}), recognize_names),
    Recognizer("spelled_names", frozenset({"person_name"}), recognize_spelled_names),
    Recognizer("names_in_addresses", frozenset({"person_name"}), recognize_names_in_addresses),
    Recognizer("towns", frozenset({"location"}), recognize_towns_in_regions),
    Recognizer("cued_orgs", frozenset({"organization"}), recognize_cued_orgs),
    Recognizer("answered_orgs", frozenset({"organization"}), recognize_answered_orgs),
    Recognizer("intro_orgs", frozenset({"organization"}), recognize_intro_orgs),
    Recognizer("bare_orgs", frozenset({"organization"}), recognize_bare_orgs),
    Recognizer("account_orgs", frozenset({"organization"}), recognize_account_orgs),
    Recognizer("provider_orgs", frozenset({"organization"}), recognize_provider_orgs),
    Recognizer("branch_orgs", frozenset({"organization"}), recognize_branch_orgs),
    Recognizer("spelled_orgs", frozenset({"organization"}), recognize_spelled_orgs),
    Recognizer("car_makers", frozenset({"organization"}), recognize_car_makers),
    Recognizer("held_at_orgs", frozenset({"organization"}), recognize_held_at_orgs),
    Recognizer("asked_firms", frozenset({"organization"}), recognize_asked_firms),
    Recognizer("ner", NER_POLICIES, recognize_ner),
    Recognizer("named_events", frozenset({"event"}), recognize_named_events),
)
FALLBACK = "number_sequence"
_ALL = frozenset(POLICIES)


def resolve(cands: Iterable[Cand], policies: frozenset[str]) -> list[Cand]:
    """Non-overlapping winners among candidates of the requested policies, sorted by start.

    Linear in the covered characters (masks, not pairwise checks), so long turns stay fast.
    """
    cands = [c for c in cands if c.end > c.start]
    if not cands:
        return []
    size = max(c.end for c in cands)
    claimed = bytearray(size)  # characters some non-fallback reading claims
    for c in cands:
        if c.policy != FALLBACK:
            claimed[c.start:c.end] = b"\x01" * (c.end - c.start)
    pool = [c for c in cands if c.policy in policies and (
        c.policy != FALLBACK or c.score >= 0.5 or not any(claimed[c.start:c.end]))]
    pool = _whole_names(pool)
    pool.sort(key=lambda c: (-c.score, -(c.end - c.start), c.start))
    taken = bytearray(size)
    out: list[Cand] = []
    for c in pool:
        if not any(taken[c.start:c.end]):
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            out.append(c)
    return sorted(out)


def _whole_names(cands: list[Cand]) -> list[Cand]:
    """A name read whole outranks a surer reading of a part of it: "my name is Rafael" is sure of
    "Rafael", the NER reads "Rafael Albuquerque Santos"."""
    names = sorted(c for c in cands if c.policy == "person_name")
    starts = [n.start for n in names]
    out = []
    for c in cands:
        if c.policy == "person_name":  # only the names that start inside c: a long turn stays linear
            inner = names[bisect_left(starts, c.start):bisect_left(starts, c.end)]
            c = Cand(c.start, c.end, c.policy, max([c.score] + [n.score for n in inner if n.end <= c.end]))
        out.append(c)
    return out


# two neighbours that are one value: a range ("October to January", "one and five"), a phone and
# its extension, a phrase the lexicon knows in parts ("Orthodox Jewish", "knee replacement surgery")
_JOIN = {
    ("date_interval", "date_interval"): r"\s*(?:-|–|to|through|thru|until|till)\s*",
    ("date", "date"): r"\s*(?:-|–|to|through|thru|until|till)\s*",
    ("time", "time"): r"\s*(?:-|–|to|through|thru|until|till)\s*",
    ("phone_number", "phone_number"): r",?\s*(?:extension|ext\.?)\s*",
    **{(p, p): r"\s+" for p in ("religion", "medical_process", "medical_condition", "injury")},
}
_JOIN_RX = {k: re.compile(v, re.I) for k, v in _JOIN.items()}


def join_neighbours(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """Resolved candidates with neighbours that form one value merged (two dates become a date
    range, when date_interval is requested)."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        rx = prev and _JOIN_RX.get((prev.policy, c.policy))
        policy = "date_interval" if c.policy == "date" else c.policy
        gap = text[prev.end:c.start] if prev else ""
        between = prev and c.policy == prev.policy == "time" and re.fullmatch(r"\s+and\s+", gap) \
            and re.search(r"\bbetween\s+$", text[:prev.start], re.I)  # "between 3 pm and 5 pm"
        if (rx and rx.fullmatch(gap) or between) and policy in policies:
            out[-1] = Cand(prev.start, c.end, policy, max(prev.score, c.score))
        else:
            out.append(c)
    return out


# a security question or its name just before: a name or place said after it is the answer ("favorite
# teacher it's mr. lindqvist", "for security? wollongong", "answer to your security question? Grandma Rosa")
# (the question may be said after its name: "your security answer, the city where your parents met? Kumasi")
# ("the security answer for the email is Hollandale"; "the security question was the street you grew up on, and I
# put Tamarack Drive")
_SECURITY_ASKED = re.compile(rf"\b(?:{SECURITY_QUESTION}|(?:security|secret|verification) questions?|for security)\b(?:\s+(?:on (?:the|my|your) account|"
                             r"for (?:the|my|your|this|that) [a-z]+|i (?:put|said|used|"
                             r"chose|picked|gave)|is|was|it's|it is|that's|would be|should be))*"
                             r"(?:,\s+[^.?!]{0,50}\?|(?:\s+(?:is|was)|'s)\s+[^.?!]{3,45}?,?\s+(?:so|and i (?:put|said|used|chose|picked|gave)))?"
                             r"[\s?:,.]*"  # (the question ends: "the name of your first teacher. Gulnara.")
                             r"(?:(?:um|uh|oh|oh gosh|gosh|hmm|okay|ok|yes|yeah|it's|it is|that's|it was|i think|"
                             r"(?:the )?answer(?:'s| is| was)|a|an)[,.]?\s+)*$", re.I)  # "the answer's Miss Lavender", "A Lada"
_HONORIFIC = re.compile(r"(?:mr|mrs|ms|miss|dr)\.?", re.I)


# what introduces a person by name, so that a name written in lower case in a text with capitals is still one: "this is
# priya, how can I help", "my name's radek", "ciao gio", "your name? Yes it's hope jackson"
_NAME_CUED = re.compile(rf"\b(?:this is|my name is|my name's|name is|name\?(?:\s+[\w'’]+[,.]?){{0,3}}|ciao|hi|hello|hey|dear|(?:speak|speaking|talk|talking|spoke|"
                        rf"ask|asked|tell|told) to|tell|ask for|(?:my|our|his|her|your) (?:{RELATIONS})(?:['’]s name)?)[,]?\s+$", re.I)


def _unnamed_lower(c: Cand, text: str) -> bool:
    """Whether a name or firm read in lower case in a text written with capitals names no one: a name unless introduced
    or spelled with NATO words, a firm unless a list holds it ("frontier", "cigna"); greetings of other languages
    ("Dumela mma", "Thank you, Sofía, chau", "por favor"), colours, things and pieces of handles ("the light turns
    amber", "sy.park97")."""
    said = text[c.start:c.end]
    return c.policy in ("person_name", "organization") and said == said.lower() and any(ch.isalpha() for ch in said) and (
        c.policy == "person_name" and not _NAME_CUED.search(text, max(0, c.start - 30), c.start)
        and not set(said.split()) <= set(NATO)
        or c.policy == "organization" and "organization" not in tables().get(tuple(fold(said).split()), ()))


def security_answers(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A name, place or firm answered to a security question, or named the password after it, is the
    answer, a password (the guidelines' rule); an honorific read as the start of the answer joins it; so is the first
    car asked for, by its maker or model."""
    if "password" not in policies:
        return cands
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if c.policy == "person_name" and prev and prev.policy == "password" \
                and _HONORIFIC.fullmatch(text[prev.start:prev.end]) and re.fullmatch(r"\.?\s+", text[prev.end:c.start]):
            out[-1] = Cand(prev.start, c.end, "password", max(prev.score, c.score))  # "it's mr. lindqvist"
            continue
        kin = re.search(r"\b(\w+)\s+$", text[max(0, c.start - 10):c.start])
        start = c.start - len(kin.group(0)) if kin and kin.group(1).lower() in KIN_TITLES else c.start
        asked = _SECURITY_ASKED.search(text[max(0, start - 80):start])
        if asked and "." in asked.group(0) and not re.match(r"\s*(?:[.,!?;]|$)", text[c.end:]):
            asked = None  # after a full stop, only a word said alone answers ("first teacher. Gulnara."; not "my
            # favourite food. John made it")
        if c.policy in ("person_name", "location", "organization") \
                and (asked or named_as_password(text, c.end)):  # "Fresno is the password"; "first school? St. Aloysius"
            while start < c.start and out and out[-1].start >= start and out[-1].end <= c.end:
                out.pop()  # the family word alone, read before as the answer ("uncle" of "uncle bob")
            c = Cand(start, c.end, "password", c.score)  # the answer as said, "Grandma Rosa" too
        elif c.policy == "person_name" and prev and prev.policy == "password" and re.fullmatch(r"[\s,.]+", text[prev.end:c.start]) \
                and _chars(text[c.start:c.end]) == _chars(text[prev.start:prev.end]):
            c = Cand(c.start, c.end, "password", c.score)  # "maiden name is Kowalczyk, K-O-W-A-L-C-Z-Y-K": the answer spelled
        out.append(c)
    for m in _FIRST_CAR.finditer(text):  # a car no list names as a firm: "my first car was a Tercel", "a corolla"
        if m.group(1).split()[0].lower() in _NOT_A_CAR or not (_SECURITY_TALK.search(text, max(0, m.start() - 200), m.start())
                                                                or _SECURITY_TALK.search(text, m.end(), m.end() + 40)):
            continue  # ("my first car was a Fiesta, so I know", no question asked; "Yes.", "Dad's old Volvo")
        if not any(o.start < m.end(1) and m.start(1) < o.end and o.policy not in _NAMING | {FALLBACK} for o in out):
            out = [o for o in out if not (o.start < m.end(1) and m.start(1) < o.end)] + [Cand(m.start(1), m.end(1), "password", 0.85)]
    return sorted(out)


# the car asked for by a security question, said by its maker or model: "first car was a Tercel", "The first car I ever
# owned? That'd be a Corolla.", "first car? Caller: A Hilux. A red one." (not "my first car was a red one")
_FIRST_CAR = re.compile(rf"\bfirst (?:car|vehicle)\b(?:\s+(?:i|you|he|she)(?:\s+ever)?\s+(?:owned|had|drove))?"
                        rf"(?:,?\s+(?:was|is|which was))?[?,.:]?\s+(?:[A-Z][\w ]{{0,15}}:\s+)?"
                        rf"(?:(?:that'd be|that would be|it was|it's|that was|was|a|an|my|um|uh|like|oh|gosh|god|well|hmm|ah|er|erm)"
                        rf"[,!]?\s+)*"
                        rf"(?:(?:(?:19|20)\d\d|{CAR_COLOURS})\s+)*((?:{CAR_MAKERS}|{CAR_MODEL_SAID}|(?-i:[A-Z][a-z]+))"
                        rf"(?:\s+(?:{CAR_MODEL_SAID}|(?-i:[A-Z][a-z]+)))?)\b", re.I)


_SECURITY_TALK = re.compile(rf"\b(?:{SECURITY_QUESTION}|(?:security|secret|verification) questions?|for (?:security|verification)|"
                            r"password|passcode)\b", re.I)  # the project's questions, or a password talked of
_NOT_A_CAR = STOP_WORDS | KIN_TITLES | frozenset("yes yeah yep no nope dad mum mom papa mama oh okay ok".split())


_IN_ITS_REGION = re.compile(r",\s+in\s+(?:the\s+)?", re.I)  # "Mérida, in the Yucatán"
# the word other languages put before a street's name ("Calle Ocho", "Jalan Bukit Bintang", "Triq San Pawl")
_STREET_FIRST = (r"calle|rua|rue|avenida|avenue|boulevard|bulevar|bulvar|prospekt|plac|trg|carrera|carrer|avinguda|ulica|"
                 r"ulitsa|vulytsia|jalan|triq|calea|strada|piazza|piazzale|pra[çc]a|barrio|bairro|kampung|kelurahan")
# (and the words of a town's quarter; "Avenue Mohammed V", "Bulevar Independencia": the French and Slavic order)
# a street with its house number, or a post box: what a town's name follows in an address ("41 High Street, Ely",
# "P.O. Box 9120, Daphne, Alabama"), whatever else the town's name may be
_STREET_WORDS = rf"{STREET_TYPES}|{_STREET_FIRST}|ul|via|strasse|straße"
_HOUSE_STREET = re.compile(rf"\b(?:{_STREET_WORDS}|box)\b", re.I)


def _town_after_house(text: str, street: Cand, c: Cand) -> bool:
    """Whether `c`, one or two words after a comma, is the town of the numbered street or post box just before it: any
    name but a firm's or a person's full name ("14 Oak Road, Daphne", not "12 Elm Street, Sarah Jones")."""
    said = text[street.start:street.end]
    words = fold(text[c.start:c.end]).lower().split()
    return bool(re.fullmatch(r",\s*", text[street.end:c.start]) and _HOUSE_STREET.search(said)
                and (re.search(r"\d", said) or re.match(_NUMBER_SAID, said, re.I))
                and len(words) <= 2 and "organization" not in tables().get(tuple(words), ())
                and not (len(words) == 2 and "first_name" in tables().get(tuple(words[:1]), ())))


# the town a firm answers from, said after its name as it picks up: "Sparkle Auto Spa, Balbriggan.", "Bukar Phones,
# Geidam, Musa speaking" (not the one answering: "Acme Dental, Dave speaking"); the firm opens the text or a turn, or
# follows a greeting
_FIRM_ANSWERS = re.compile(rf"(?:(?:^|[:.?!])\s*|\b(?:{GREETING}|thank\s+you\s+for\s+calling|welcome\s+to|you['’]ve\s+reached)"
                           r"[,!?]?\s+)$", re.I)
_SEAT_ENDS = re.compile(rf"\s*(?:[.?!]|$|,\s*(?:{GREETING}|[A-Z][\w'’-]+\s+speaking|this\s+is|you['’]re\s+speaking)\b)", re.I)


def towns_after_firms(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A word the NER took for a person, said right after the firm that answers and before a greeting or a stop, is
    the firm's town when no list holds a word of it as a given name or a surname."""
    if "location" not in policies:
        return cands
    out = list(cands)
    for i in range(1, len(out)):
        firm, c = out[i - 1], out[i]
        if c.policy == "person_name" and firm.policy == "organization" and re.fullmatch(r",\s*", text[firm.end:c.start]) \
                and text[c.start].isupper() and len(text[c.start:c.end].split()) <= 3 \
                and not any(is_name(fold(w).lower()) for w in re.findall(r"[^\W\d_]+", text[c.start:c.end])) \
                and firm.end - firm.start > 3 and not re.match(rf"{TITLE_WORDS}\b", text[c.start:c.end], re.I) \
                and _FIRM_ANSWERS.search(text, max(0, firm.start - 40), firm.start) and _SEAT_ENDS.match(text, c.end):
            out[i] = Cand(c.start, c.end, "location", c.score)
    return out


def towns_after_places(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A listed town (or a city named as people are) read as a name or a firm right after a place is the next part of
    the address ("Rua Augusta, 1508, apartamento 42, São Paulo"; "Ul. Długa 9, m. 4, Gdańsk"; "18 Rue des Lilas, Lyon"),
    or the quarter a caller answers with when asked for the town ("calling from Trabzon? Yes, Ortahisar")."""
    out = list(cands)
    for i in range(1, len(out)):
        prev, c = out[i - 1], out[i]
        if c.policy in ("person_name", "organization") and prev.policy == "location" and "location" in policies \
                and re.match(r"\s*(?:$|[,.;!?]|\d|(?:actually|originally|now|these days)\b)", text[c.end:]) and (  # not "in Texas, Jordan says hi"
                    re.fullmatch(r",\s*(?:[a-z]\.?\s*\d+\w?,\s*)?|\?\s+(?:[A-Z][\w ]{0,15}:\s+)?(?:yes|yeah|yep|that's right),?\s+",
                                 text[prev.end:c.start], re.I)
                    and ("place" in (listed := tables().get(tuple((said := fold(text[c.start:c.end]).lower()).split()), ()))
                         or said in name_towns()
                         or " " not in said and not {"first_name", "organization"} & set(listed) and not is_name(said))
                    or _IN_ITS_REGION.fullmatch(text, prev.end, c.start) or _town_after_house(text, prev, c)):
            out[i] = Cand(c.start, c.end, "location", c.score)  # "Kota Kinabalu, Sabah", "Rennes, in Brittany"
    for i in range(len(out) - 1):
        c, nxt = out[i], out[i + 1]
        if c.policy in ("organization", "person_name") and nxt.policy == "location" and c.end - c.start <= 25 \
                and _FROM_PLACE.search(text, max(0, c.start - 40), c.start) \
                and re.fullmatch(r",?\s+(?:in\s+)?|,\s*", text[c.end:nxt.start], re.I) \
                and "organization" not in tables().get(tuple(fold(text[c.start:c.end]).lower().split()), ()):
            out[i] = Cand(c.start, c.end, "location", c.score)  # "I'm from Cluj in Romania", "we moved to Naenae, Lower Hutt"
    for town in [c for c in out if c.policy == "location"]:  # ... and a quarter answered before its town, which no
        # recognizer named or the NER took for a person: "What suburb? Hillside, in Bulawayo", "Where? Adum, in Kumasi"
        m = _QUARTER.search(text, max(0, town.start - 30), town.start)
        if m and m.end() + len(re.match(r",?\s+(?:in\s+)?", text[m.end():]).group(0)) == town.start \
                and _WHERE_ANSWER.search(text, max(0, m.start() - 60), m.start()) \
                and not any(o.start < m.end() and m.start() < o.end and o.policy != "person_name" for o in out) \
                and not {"first_name", "organization"} & set(tables().get(tuple(fold(m.group(0)).lower().split()), ())) \
                and (not any(is_english(w) for w in m.group(0).lower().split())  # "Where is he? Dad, in Leeds": no place
                     or _AREA_ASKED.search(text, max(0, m.start() - 60), m.start())):
            out = [o for o in out if not (o.start < m.end() and m.start() < o.end)] + [Cand(m.start(), m.end(), "location", town.score)]
    out.sort()
    for i in range(1, len(out)):  # a place set against another: "from Lagos to London Gatwick", "Pasir Ris instead of
        # Punggol", "Hanoi, no, Hai Phong", "in Dartmouth or Cole Harbour" (not "from Leeds to Sarah's", a given name, or
        # in talk of a name: "the surname, it's N A V A R R O, not Navarra")
        for c, other, gap in ((out[i], out[i - 1], text[out[i - 1].end:out[i].start]),
                              (out[i - 1], out[i], text[out[i - 1].end:out[i].start])):
            if c.policy in ("person_name", "organization") and other.policy == "location" and "location" in policies \
                    and (_PLACE_AGAINST.fullmatch(gap) or c is out[i] and gap.strip().lower() == "to"
                         and re.search(r"\bfrom\s+$", text[max(0, other.start - 6):other.start], re.I)
                         and not is_name(fold(text[c.start:c.end]).lower())) \
                    and not re.match(r"['’]s\b", text[c.end:c.end + 3]) and c.end - c.start <= 30 \
                    and not _NAME_TALK.search(re.split(r"[.?!]\s", text[max(0, out[i - 1].start - 60):out[i - 1].start])[-1]) \
                    and not ({"first_name", "organization"} & set(tables().get(tuple(fold(text[c.start:c.end]).lower().split()), ()))):
                out[out.index(c)] = Cand(c.start, c.end, "location", c.score)
                break
    return out


# a trip or a move from one place to another, said near its means or its kind: "the ferry, Stromness to Scrabster",
# "the boat trip from Oban to Mull", "we moved from Dubuque to Asbury", "I flew Mahé to Praslin"
_TRIP = re.compile(r"\b(?:fl(?:y|ies|ew|own|ying|ights?)|ferry|ferries|boat|sail\w*|train|bus|coach|driv(?:e|es|en|ing)|drove|"
                   r"trip|route|journey|travel\w*|mov(?:e|ed|es|ing)|relocat\w*|tow(?:ed|ing)?|ride|shuttle|crossing|commut\w*)\b", re.I)
_PLACE_NAME = r"[A-Z][\w'’-]+(?:\s+(?:(?:de|del|da|do|upon)\s+)?[A-Z][\w'’-]+){0,2}"  # (not "Tyler on Friday")
_ROUTE = re.compile(rf"\b(?:(from)\s+)?({_PLACE_NAME})(?<!['’]s)\s+to\s+({_PLACE_NAME})(?![\w'’])(?<!['’]s)"
                    r"(?!\s+and\s+[A-Z][\w-]*['’]s\b)"  # (not "Sarah's", "Sarah and Tom's")
                    # or between two places: "sailing times between Molde and Vestnes"
                    rf"|\b(between)\s+({_PLACE_NAME})(?<!['’]s)\s+and\s+({_PLACE_NAME})(?![\w'’])(?<!['’]s)")
# ... and in case-less text, one word at each end after "from" ("we moved from barranquilla to cali", "drove from anchorage
# down to homer"), or the place read there already ("from new york to boston")
_ROUTE_LOWER = re.compile(r"\b(from)\s+([a-zà-ÿ][\w'’-]+)\s+(?:(?:down|up|over|out|back|across)\s+)?to\s+([a-zà-ÿ][\w'’-]+)\b(?!['’]s)")
_NOT_A_PLACE = STOP_WORDS | KIN_TITLES | frozenset("mum mom dad mam mama papa god".split())


def _route_end(text: str, a: int, b: int, cands: list[Cand], named: bool) -> bool:
    """Whether text[a:b], one end of a route, may be a place: nothing but a name or a firm read over it, no listed firm,
    day or month, and no given name (any name if `named` is false) ("from Verizon to Vodafone", "drove Murphy to
    Leeds", "from Monday to Friday"; a given name only where "from" leads to a place: "from Dubuque to Asbury"); words
    a dictionary has, and no name list, only where they read as a town ("moved from Sales to Marketing")."""
    words = tuple(fold(text[a:b]).lower().split())
    over = [c for c in cands if c.start < b and a < c.end]
    listed = set(tables().get(words, ()) or tables().get(words[:1], ()))
    return all(c.policy in ("person_name", "organization", "location") and a <= c.start and c.end <= b for c in over) \
        and (all(map(used_as_town, words))
             or not text[a:b].islower() and not all(is_english(w) and not is_name(w) for w in words)) \
        and "organization" not in listed and (named or not listed & {"first_name", "surname"}) \
        and not set(words) & _NOT_A_PLACE and not re.fullmatch(rf"(?:{WEEKDAY}|{MONTH})", text[a:b], re.I)


def routes(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """Both ends of a trip or a move said from one place to another are places (near a word of travel or moving): "from"
    before the first end, or the other end read as a place already."""
    if "location" not in policies or not _TRIP.search(text):
        return cands
    out = list(cands)
    for m in (_ROUTE_LOWER if is_lower(text) else _ROUTE).finditer(text):
        sentence = re.split(r"[.?!]\s", text[max(0, m.start() - 60):m.start()])[-1]
        if not _TRIP.search(sentence + text[m.start():m.end()]):
            continue
        # (a place read over more words than the one said at an end is that end: "from new york to boston")
        between = m.re.groups > 3 and m.group(4)
        lead = between or m.group(1)  # "from" or "between"
        spans = (m.span(5), m.span(6)) if between else (m.span(2), m.span(3))
        ends = [next(((c.start, c.end) for c in out if c.policy == "location" and c.start == a and c.end >= b), (a, b))
                for a, b in spans]
        placed = [any(c.policy == "location" and (c.start, c.end) == span for c in out) for span in ends]
        named = bool(lead and any(placed))  # "from" and a place at one end: the other may be named as people are
        if not (lead or any(placed)) or not all(p or _route_end(text, *span, out, named) for p, span in zip(placed, ends)):
            continue
        for (a, b), p in zip(ends, placed):
            if not p:
                out = [c for c in out if not (c.start < b and a < c.end)] + [Cand(a, b, "location", 0.8)]
    return sorted(out)


# a town said before its state, province or county, with or without a comma, as callers say where they are: "i'm in
# mobile alabama", "outside hope arkansas", "from thompson manitoba", "swords county dublin", "dededo in guam"
_REGION = (rf"(?:{US_STATES}|ontario|qu[eé]bec|manitoba|alberta|saskatchewan|british columbia|nova scotia|new brunswick|"
           r"newfoundland|prince edward island|yukon|nunavut|queensland|new south wales|victoria|tasmania|south australia|"
           r"western australia|northern territory|county [a-z]+)")
_PLACE_PREPOSITIONS = frozenset("in from near outside past around".split())
_TOWN_THEN_REGION = re.compile(rf"\b(?:{'|'.join(_PLACE_PREPOSITIONS)}|(?:{STREET_TYPES}),?)\s+((?:[a-z][\w'’-]*\s+(?:(?:or|on|of|upon)\s+)?)"
                               rf"{{0,2}}?[a-z][\w'’-]*)(,?\s+in)?,?\s+(?=({_REGION})\b(?!\s+(?:{STREET_TYPES}|station|square|park|hall|"
                               r"hospital|bank|cent(?:er|re)|office|airport)\b))", re.I)  # (not "outside Victoria Station")
_NAMED_REGIONS = frozenset("georgia victoria virginia washington carolina".split())  # "maria victoria": two names


def towns_before_regions(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A town said right before its state, province or county is a place whatever its words are ("normal illinois",
    "eagle rock california"); said with "in" between, only a word no dictionary has ("fes in morocco", not "in pain in
    texas")."""
    if "location" not in policies:
        return cands
    out = list(cands)
    for m in _TOWN_THEN_REGION.finditer(text):
        a, b = m.span(1)
        words = m.group(1).lower().split()
        if {words[0], words[-1]} & (STOP_WORDS | _PLACE_PREPOSITIONS) or m.group(2) and any(is_english(w) for w in words) \
                or m.group(3).lower() in _NAMED_REGIONS and "first_name" in tables().get((fold(words[-1]),), ()):
            continue
        over = [c for c in out if c.start < b and a < c.end]
        if any(c.policy not in ("person_name", "organization", FALLBACK) or c.end > b for c in over):
            continue  # (a place already, or a name read across the region: "maria victoria")
        out = [c for c in out if c not in over] + [Cand(a, b, "location", 0.8)]
    return sorted(out)


# a date said again, put right or given late for a birth date asked or said just before ("the DOB should be October
# thirteenth 1944 not August 15th 1997", "March 3rd, 1987, no wait, sorry, March 13th, 1987", "date of birth and
# employee number. twenty fifth of december nineteen seventy nine"), with no other date's talk between
_BIRTH_ASKED = re.compile(DOB_WORD, re.I)
_OTHER_DATE_TALK = re.compile(r"\b(?:appointment|visit|due|expir\w*|issued|renew\w*|since|moved|start\w*|booked|scheduled|deliver\w*|"
                              r"arriv\w*|leav\w*|fl(?:y|ew|ight)|paid|payment|bill|today|tomorrow|yesterday|married|wedding|died|"
                              r"passed|anniversary|surgery|admitted|discharged|hired|joined|policy|claim|accident|incident|loss|happen\w*|"
                              r"when|date of (?!birth))\b", re.I)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b|/\d\d\b|\b(?:nineteen|two thousand)\b|\b(?:'|’)\d\d\b", re.I)


def births_again(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A date with its year said soon after a birth date, or after the birth date is asked for, is a birth date too when
    no other date is talked of between (a date without a year only as the birth date put right)."""
    if "date_of_birth" not in policies:
        return cands
    out = list(cands)
    for i, c in enumerate(out):
        if c.policy != "date":
            continue
        said = text[c.start:c.end]
        before = [o for o in out[:i] if o.policy == "date_of_birth" and c.start - o.end <= 140]
        gap_from = before[-1].end if before else None
        if gap_from is None:
            asked = list(_BIRTH_ASKED.finditer(text, max(0, c.start - 160), c.start))
            gap_from = asked[-1].end() if asked and _A_YEAR.search(said) else None
        elif not _A_YEAR.search(said) and not _PUT_RIGHT.search(text, gap_from, c.start):
            gap_from = None
        if gap_from is not None and not _OTHER_DATE_TALK.search(text, gap_from, c.start) \
                and not any(o.policy in ("date", "date_interval") for o in out[:i] if gap_from <= o.start):
            out[i] = Cand(c.start, c.end, "date_of_birth", c.score)
    return out


# the town said after its street in case-less text, before a postcode, a region or the end: "twenty six damgate street
# wymondham n r eighteen", "fourteen crescent road northdale pietermaritzburg" (a word no dictionary or name list has)
_STREET_END = re.compile(rf"\b(?:{STREET_TYPES})$")
_NUMBER_WORDS = "|".join(sorted({*UNITS, *TEENS, *TENS} - {"o"}, key=len, reverse=True))  # longest first: "sixteen", not "six"
_NUMBER_SAID = rf"(?:\d|(?:{_NUMBER_WORDS})\b)"
_TOWN_WORDS = re.compile(r"\s+(?:(in)\s+)?([a-zà-ÿ'-]{4,}(?:\s+[a-zà-ÿ'-]{4,})?)(?=\s*(?:[,.;?!]|$)|\s+(?:[a-z]\s+){0,2}"
                         rf"{_NUMBER_SAID}|\s+[a-z]{{1,2}}\d|\s+(?:and|but)\b)")


def towns_after_streets(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A town said right after a street read as a location in case-less text is a location too, over a name read in it
    (no English word or name: "twelve oak street and", "... drive sarah said", "mill road ogunleye" stay as they are);
    after "in", a name too ("fourteen florence road in winton")."""
    if "location" not in policies or not is_lower(text):
        return cands
    out = list(cands)
    for i, c in enumerate(cands):
        m = _TOWN_WORDS.match(text, c.end) if c.policy == "location" and _STREET_END.search(text, c.start, c.end) else None
        if not m:
            continue
        read = [o for o in cands[i + 1:i + 3] if o.start < m.end(2) and m.start(2) < o.end]
        words = m.group(2).split()
        if all(o.policy in ("person_name", "organization") and m.start(2) <= o.start and o.end <= m.end(2) for o in read) \
                and all(w not in STOP_WORDS and not is_english(w) and (m.group(1) or not is_name(w)) for w in words):
            out = [o for o in out if o not in read] + [Cand(m.start(2), m.end(2), "location", 0.8)]
    return sorted(out, key=lambda c: c.start)


# the end of an address: a postcode said after its town ("Rondebosch, Cape Town, 7700", "chicago six oh six oh
# eight") or before it ("4050-262 Porto", "31-146 Kraków"), a unit after a block's street ("Bishan Street 12, #05-221")
_POSTCODE_SHAPE = re.compile(rf"#?\d{{2,5}}(?:[ -]\d{{2,4}})?|[a-z]\d[a-z] ?\d[a-z]\d|(?:{DIGIT_WORD}|double|triple)(?:\s+(?:{DIGIT_WORD}|double|triple)){{2,6}}", re.I)
_NAMED_AFTER = re.compile(r"\s+(?:is|was|'s|are)\b", re.I)
_POSTCODE_GAP = re.compile(r",\s*(\d{4}-\d{3}|\d{2}-\d{3}|\d{4,5})\s+")
_STREET_BEFORE = re.compile(rf"\d|\b(?:{_STREET_WORDS})\b", re.I)
_CODE_AFTER_STREET = re.compile(r",\s*(\d{4,5}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3})(?![\w-])(?=\s*(?:[.?!;]|,|$)|\s+(?:in\s+)?[A-Z])")


def postcodes_in_addresses(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A number read as a bare sequence at the end of an address is its postcode or unit: right after the town, or
    right before it, where a street was said just before (a location)."""
    if "location" not in policies:
        return cands
    out = list(cands)
    for i, c in enumerate(out):
        if c.policy != FALLBACK or not _POSTCODE_SHAPE.fullmatch(text[c.start:c.end]) or _NAMED_AFTER.match(text, c.end):
            continue  # (not "London, 44192 is the order number")
        prev = out[i - 1] if i else None
        nxt = out[i + 1] if i + 1 < len(out) else None
        street = [p for p in out[max(0, i - 4):i] if p.policy == "location" and c.start - p.end <= 120
                  and _STREET_BEFORE.search(text[max(0, p.start - 6):p.end])]  # (the house number before "Kingsway")
        after_town = prev is not None and prev.policy == "location" and re.fullmatch(r",?\s*#?", text[prev.end:c.start]) \
            and (street and street[-1] is not prev or text[c.start - 1:c.start] == "#")
        before_town = nxt is not None and nxt.policy == "location" and re.fullmatch(r",?\s+", text[c.end:nxt.start]) \
            and bool(street) and re.fullmatch(r"\d{2,5}[ -]\d{2,3}", text[c.start:c.end])
        if after_town or before_town:
            start = c.start - (text[c.start - 1:c.start] == "#")
            out[i] = Cand(start, c.end, "location", c.score)
    gaps = []  # a postcode nothing read, between a street and its town: "Rua do Carmo 7, 4050-262 Porto"
    for street, town in zip(out, out[1:]):
        gap = _POSTCODE_GAP.fullmatch(text, street.end, town.start)
        if gap and street.policy == town.policy == "location" and _STREET_BEFORE.search(text[max(0, street.start - 6):street.end]):
            gaps.append(Cand(gap.start(1), gap.end(1), "location", 0.8))
    for street in [c for c in out if c.policy == "location" and re.search(r"\d", text[c.start:c.end])]:
        code = _CODE_AFTER_STREET.match(text, street.end)  # ... or right after the street and its number, the town
        # after it or not: "Marienthaler Straße 54, 08060.", "Via Bologna 210, 44122, in Ferrara", "1860 Jackson Street, 52001"
        if code and not re.fullmatch(r"(?:19|20)\d\d", code.group(1)) and _STREET_BEFORE.search(text, street.start, street.end):
            over = [o for o in out if o.start < code.end(1) and code.start(1) < o.end]
            if all(o.policy == FALLBACK and code.start(1) <= o.start and o.end <= code.end(1) for o in over):
                out = [o for o in out if o not in over]
                gaps.append(Cand(code.start(1), code.end(1), "location", 0.8))
    return sorted(out + gaps) if gaps else out


# a place or a name followed by a firm's kind is the firm: "Brightway Furniture", "Canal Street Surgery", "Sentara
# Norfolk General", "Kavanagh's Hardware"; in case-less text "maplewood hardware", "tri state cold storage" (not "a
# chicago hospital": a kind of firm in a town)
_HEAD_ANY_CASE = "auto parts|hardware|cold storage|vets|physio"  # kind words the head lists lack
_FIRM_HEADS = rf"{_HEAD_ANY_CASE.title()}|Storage|Surgery|General|Juniors|Water|Power|Elementary|Drilling|Service|{ORG_HEAD}"
# the kind word with a capital only ("to london storage is", "in ireland general"), two capitalized words may stand
# between ("Malawi Blood Transfusion Service", "London Bridge Hospital")
_FIRM_HEAD_AFTER = re.compile(rf"(?:'s)?(?:\s+(?!(?i:{WEEKDAY}|{MONTH})\b)[A-Z][a-z]+){{0,2}}?\s+(?:{_FIRM_HEADS})\b(?!['’]s)")
# and a place read whole with its kind word is the firm, unless the kind word is a place's too ("West Bank", "Falls
# Church", "State College")
_FIRM_HEAD_LAST = re.compile(rf"\s(?!(?:Bank|Kitchen|Market|Union|Water|Club|Church|College)$)(?:{_FIRM_HEADS})$")
_FIRM_HEAD_AFTER_LOWER = re.compile(rf"\s+(?:{longest_first(ORG_HEAD_LOWER + '|' + _HEAD_ANY_CASE)})\b(?!['’]s)")
_KIND_OF = re.compile(r"\b(?:a|an|any|another|some|every|local|nearest|nearby)\s+$", re.I)


# the kind of firm said beside a name, the clause ending after it: "Gallagher's, the pub, about", "Prairie Sky, the
# credit union", "Hendricks, the furniture place in town"
_KIND_SAID_AFTER = re.compile(rf"(['’]s)?,\s+the\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(FIRM_KINDS - {'branch', 'group', 'trust', 'express', 'electric'}))}|"
                              r"credit union|flower shop|place|firm|company|agency|caf[eé])"
                              r"(?=\s*(?:[,.;!?]|$)|\s+(?:in|on|at|near|by|down|up|round|over|and|about|where)\b)")


def _a_person_named(c: Cand, text: str, before: list[Cand]) -> bool:
    """Whether a name is surely a person's: a listed given name alone (not the last of names joined by "and", as firms
    are named: "Quinn and Rose"), or said with a title or as a friend ("Deirdre, the bank, ringing back", "Mrs Okafor,
    the school", "my mate Declan, the chippy")."""
    said = text[c.start:c.end]
    joined = before and before[-1].policy == c.policy and re.fullmatch(r"\s+(?:and|&|n)\s+", text[before[-1].end:c.start])
    return bool(re.match(rf"(?i:{TITLE_WORDS})\b|(?i:my|our|his|her)\b", said)
                or re.search(r"\b(?:my|our|his|her|your)\s+(?:\w+\s+)?$", text[max(0, c.start - 20):c.start], re.I)
                or not joined and " " not in said and "first_name" in tables().get((fold(said).lower(),), ()))


_SAINT_LAST = re.compile(r"\b(?i:ste?|saint|sainte|san|santa|s[ãa]o)\.?$")
_SAINT_BETWEEN = re.compile(r"\s+(?i:ste|sainte)\.?\s+")  # "sault ste marie" (not "St", said of a church: "Leeds St Mary")


def saints_in_places(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A place read up to its saint's title (or just before it) and the saint's name read apart, as a person's, are one
    place: "Sault Ste. Marie", "sault ste marie" (the NER stops at the title)."""
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev and prev.policy == "location" and c.policy in ("person_name", "location") \
                and (_SAINT_LAST.search(text, prev.start, prev.end) and re.fullmatch(r"\.?\s+", text[prev.end:c.start])
                     or _SAINT_BETWEEN.fullmatch(text, prev.end, c.start)):
            out[-1] = Cand(prev.start, c.end, "location", max(prev.score, c.score))
            continue
        out.append(c)
    return out


def firms_by_head(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A place (or, in cased text, a person) said right before a firm's kind word is that firm's name, the kind word
    included; what was read inside the kind word ("Surgery" as a procedure) gives way. In cased text, a place or a
    person read with the kind word at its end is the firm too ("Midwest Cold Storage")."""
    if "organization" not in policies:
        return cands
    lower = is_lower(text)
    out: list[Cand] = []
    for c in cands:
        if out and out[-1].policy == "organization" and c.start < out[-1].end:
            continue  # read inside the head word just taken
        head = None
        if c.policy == "location" or c.policy == "person_name" and not lower:
            head = (_FIRM_HEAD_AFTER_LOWER if lower else _FIRM_HEAD_AFTER).match(text, c.end)
        if head and not _KIND_OF.search(text, max(0, c.start - 12), c.start):
            c = Cand(c.start, head.end(), "organization", c.score)
            while out and out[-1].end > c.start:
                out.pop()
        elif c.policy in ("person_name", "location") and (kind := _KIND_SAID_AFTER.match(text, c.end)) and (
                c.policy == "person_name" and not _a_person_named(c, text, out)
                or c.policy == "location" and not _listed_town(text[c.start:c.end])
                and not re.search(r"\b(?:in|on|off|near|along|past)\s+$", text[max(0, c.start - 8):c.start], re.I)
                and not _STREET_END.search(text, c.start, c.end)):
            while out and out[-1].policy == c.policy and re.fullmatch(r"\s+(?:and|&|n)\s+", text[out[-1].end:c.start]):
                c = Cand(out.pop().start, c.end, c.policy, c.score)  # "Quinn and Rose, the flower shop"
            c = Cand(c.start, kind.end(1) if kind.group(1) else c.end, "organization", c.score)  # "Gallagher's, the pub", "Prairie Sky, the credit union": a
            # name (no listed town) and, beside it, the kind of firm it is (not "Morrison, the plumber", "Maria, the bank
            # manager", "in Leeds, the city centre", "in Budva, the health centre", "on Station Road, the pizza place")
        elif c.policy in ("location", "person_name") and not lower and _FIRM_HEAD_LAST.search(text, c.start, c.end) \
                and "place" not in (listed := tables().get(tuple(fold(text[c.start:c.end]).lower().split()), ())) \
                and ("organization" in listed or not _first_name_first(c, text)):
            c = Cand(c.start, c.end, "organization", c.score)  # "Amathus Bay Hotel", "St. Hilary Elementary" (not "Falls
            # Church", a listed town, or "Nora Power", a person)
        out.append(c)
    return out


# a landmark by its kind at the end, which names where one is, not a firm: "Carlisle Cathedral", "Gelati Monastery",
# "Zernike Campus", "Lisbon International" (an airport after its town), "Kejetia Market" (a market or temple of a name
# of no English word; "Whole Foods Market", "Gelson's Market" and "Golden Temple" are shops); not a station of the police
_LANDMARK_LAST = re.compile(r"(?<![Pp]olice )(?<![Ff]ire )(?<![Gg]arda )\b(?:Cathedral|Monastery|Mosque|Shrine|Campus|Forest|"
                            r"Canyon|Reef|Terminal|Airport|Stadium|Museum|(?P<shop>Market|Temple)|(?P<airport>International))$")


_KIND_AFTER = re.compile(r"\s+([a-z]{3,})\b")  # a word in lower case after a name: "the Gweru provincial hospital"


def _listed_town(said: str) -> bool:
    """Whether a name is a town or region the place lists hold, however they hold it."""
    folded = fold(said).lower()
    return "place" in tables().get(tuple(folded.split()), ()) or folded in word_towns() or folded in name_towns()


def landmarks(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A firm read in cased text whose last word is a landmark's kind is that place (`_LANDMARK_LAST`); a person's name
    stays one ("Dr. Hannah Forest"). A firm read as a listed town's name alone, said before a word in lower case that is
    no function word, is the town ("the Gweru provincial hospital", "the Dumfries ambulance station"; not "I bank with
    Halifax but")."""
    if "location" not in policies or is_lower(text):
        return cands
    out = []
    for c in cands:
        said = text[c.start:c.end]
        m = _LANDMARK_LAST.search(said) if c.policy == "organization" and " " in said.strip() else None
        before = said[:m.start()].split() if m else []
        if m and before and not (m.group("shop") and (all(is_english(w.lower()) for w in before) or "'" in said)) \
                and not (m.group("airport") and "place" not in tables().get(tuple(fold(" ".join(before)).lower().split()), ())):
            c = Cand(c.start, c.end, "location", c.score)
        elif c.policy == "organization" and (kind := _KIND_AFTER.match(text, c.end)) and kind.group(1) not in STOP_WORDS \
                and _listed_town(town := re.sub(r"^[Tt]he\s+", "", said)):
            c = Cand(c.end - len(town), c.end, "location", c.score)
        out.append(c)
    return out


# an agent who answers with the firm's name and their own: "Birkett and Sons, Shona speaking.", "hello pillay properties
# vinesh speaking hi", "insurance claims jordan speaking" (a name however the lists read it: a language, a country)
_SPEAKING = re.compile(r"(?<![\w'-])(?!(?i:yes|yeah|yep|yup|sure|okay|hi|hello|hey|right|this|who|generally|strictly|"
                       r"technically|roughly|broadly|honestly)\b)([A-Z][a-z]+|[a-z]{3,}),?\s+speaking\b"
                       r"(?=\s*(?:[.,!?]|$|how\b|hi\b|hello\b|good\b|can\b|may\b))")


def agents_speaking(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """The one word said before "speaking" right after a firm's name (a comma or a desk's word or two between) is the
    agent's name."""
    if "person_name" not in policies or "speaking" not in text.lower():
        return cands
    out = list(cands)
    firms = [c for c in cands if c.policy == "organization"]
    for m in _SPEAKING.finditer(text):
        a, b = m.span(1)
        if not any(re.fullmatch(r",?\s*(?:[a-z]+\s+){0,2}", text[f.end:a]) for f in firms) or m.group(1).lower() in STOP_WORDS \
                or m.group(1).islower() and is_english(m.group(1)) and not tables().get((m.group(1),)):
            continue
        inside = [c for c in out if c.start < b and a < c.end]
        if all(c.start >= a and c.end <= b and c.policy != "person_name" for c in inside):
            out = [c for c in out if c not in inside] + [Cand(a, b, "person_name", 0.9)]
    return sorted(out)


# what sets one place against another ("Pasir Ris instead of Punggol", "Hanoi, no, Hai Phong"), and talk of a name,
# where it sets names against each other ("the name was wrong, Firuz instead of Feruz")
_PLACE_AGAINST = re.compile(r"\s+(?:or|instead of|rather than)\s+|,?\s+(?:not|no)[,.]?\s+|,\s+(?:sorry|i mean)[,.]?\s+", re.I)
_NAME_TALK = re.compile(r"\b(?:name|surname|spell\w*|spelt)\b", re.I)
# where someone is from or lives, said before a town (not "calling from", which a firm may follow)
_FROM_PLACE = re.compile(r"\b(?:i'?m|i am|we'?re|we are|he'?s|he is|she'?s|she is|they'?re|they are|originally|born|"
                         r"grew up|live|lives|living|lived|moved|moving|based|raised|relocated|relocating)\s+"
                         r"(?:(?:originally|just|now|out)\s+)?(?:from|in|to|near|outside)\s+$", re.I)
# the answer to where, or where one is out at: "Where's the shop? Caller: Adum, in Kumasi", "I'm out at Kooringal in Wagga"
_AREAS = r"suburb|area|part|village|neighbou?rhood|district"  # what a town's parts are called when asked for
_WHERE_ANSWER = re.compile(rf"\b(?:where|what (?:town|city|{_AREAS}))\b[^.?!]*\?\s+"
                           r"(?:[A-Za-z]+(?: [A-Z0-9])?:\s+)?$|\b(?:i'?m|we'?re|i am|we are|live|lives|based)\s+out\s+at\s+$", re.I)
_AREA_ASKED = re.compile(rf"\bwhat (?:{_AREAS})\b[^.?!]*\?\s+(?:[A-Za-z]+(?: [A-Z0-9])?:\s+)?$", re.I)
_QUARTER = re.compile(r"(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,?\s+in\s+$|,\s+$)")


_OR = re.compile(r",?\s+(?:or|and|nor)\s+(?:in\s+)?", re.I)
_LIST_GOES_ON = re.compile(r"[^.?!]{0,40}\b(?:or|and)\b", re.I)


def _listed_with(a: int, b: int, text: str) -> bool:
    """Whether text[a:b] joins two items of one list: "English or French", "Polish, Vietnamese, or Somali" (a
    bare comma only where an or/and closes the list)."""
    return bool(_OR.fullmatch(text, a, b) or text[a:b].strip() == "," and _LIST_GOES_ON.match(text, b))


def _relabel_listed(cands: list[Cand], text: str, target: str, sources: tuple[str, ...], comma: bool = False) -> list[Cand]:
    """Candidates of `sources` whose words the `target` list holds become `target` when said in one breath
    with a `target` candidate (and, with `comma`, after a bare comma too)."""
    out = list(cands)
    for i in range(len(out)):
        c = out[i]
        if c.policy not in sources or target not in tables().get(tuple(fold(text[c.start:c.end]).lower().split()), ()):
            continue
        near = [out[j] for j in (i - 1, i + 1) if 0 <= j < len(out) and out[j].policy == target]
        if any(_listed_with(min(c.end, n.end), max(c.start, n.start), text)
               or comma and text[min(c.end, n.end):max(c.start, n.start)].strip() in (",", "/") for n in near):
            out[i] = Cand(c.start, c.end, target, c.score)
    return out


def languages_listed(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A word of a people said in one breath with a language is a language too ("in English or
    French", "French and English forms"); "Nigerian and English" stays a people."""
    return _relabel_listed(cands, text, "language", ("nationality",)) if "language" in policies else cands


def parties_listed(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A party named with another is a party, not a firm or a name ("Labour, Tory, doesn't matter",
    "Plaid and Tory voters", "pnp or jlp")."""
    if "political_affiliation" not in policies:
        return cands
    return _relabel_listed(cands, text, "political_affiliation", ("organization", "person_name", "location"), comma=True)


# two parties set side by side in any case: "either liberal or conservative", "national or labour", "mine says progressive and
# theirs says conservative" (each a party's word of the list, no noun after them: not "a liberal or conservative estimate")
_TWO_PARTIES = re.compile(r"\b([a-z]+)(?:,| or| and| nor)(?: (?:theirs|his|hers|mine|ours|yours) says?)? ([a-z]+)\b(?!\s+[a-z]+\s+(?:of|from|for)\b)", re.I)


def parties_paired(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """Two words of the party list said as a pair are two parties, where nothing else read them and no noun follows."""
    if "political_affiliation" not in policies:
        return cands
    out = list(cands)
    for m in _TWO_PARTIES.finditer(text):
        words = [m.group(1).lower(), m.group(2).lower()]
        if all("political_affiliation" in tables().get((w,), ()) for w in words) and words[0] != words[1] \
                and not before_noun(text[m.end():m.end() + 30].lower()) \
                and not any(o.start < m.end() and m.start() < o.end for o in out):
            out += [Cand(m.start(1), m.end(1), "political_affiliation", 0.8), Cand(m.start(2), m.end(2), "political_affiliation", 0.8)]
    return sorted(out)


_HANDLE_PART = rf"(?:(?:dot|at|underscore|dash|slash|backslash|{DIGIT_WORD})\b|[@._/\\\\-]|\d)"
_IN_HANDLE = re.compile(rf"(?:^|\W){_HANDLE_PART}\s*$", re.I)
_HANDLE_GOES_ON = re.compile(rf"\s*{_HANDLE_PART}", re.I)
_ABBREVIATED = re.compile(rf"{MONTH}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun", re.I)  # "Mon to Thu", "Jan"


def names_again(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A name found once is a name wherever else the call says it ("my name is harpreet singh gill ... okay
    harpreet ... take care harpreet"): words of found names that are no English word and in no other list."""
    named = {w for c in cands if c.policy == "person_name" and c.score >= 0.85 and not text[c.start:c.end].isupper()
             for w in re.findall(r"[^\W\d_][^\W\d_'’-]{2,}", text[c.start:c.end].lower())
             if not set(tables().get((w,), ())) - {"first_name", "surname"}}
    words = {w for w in named if not is_english(w)}
    greeted = _greeted_again(cands, text, named - words)
    if greeted:
        cands = sorted(cands + greeted, key=lambda c: c.start)
    if not words:
        return cands
    # a word of a found name that the NER took for a place or, unsure, for a body elsewhere: "harpreet singh gill
    # ... singh", "Chidinma Okafor ... Chidinma" (not an acronym: "Hoa Tran ... my HOA dues")
    out = [Cand(c.start, c.end, "person_name", c.score) if text[c.start:c.end].lower() in words and (
        c.policy == "location" and not place_asked(text, c.start, c.end)  # (not "my sister chelsea lives in chelsea")
        or c.policy == "organization" and c.score < 0.8 and not text[c.start:c.end].isupper())
        else c for c in cands]
    taken = sorted((c.start, c.end) for c in cands)
    found = []
    for m in re.finditer(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, sorted(words)))})(?![\w’-]|'(?!s\b))", text, re.I):
        i = bisect_left(taken, (m.start(), m.start()))
        nxt = re.match(r"\s+([A-Z][a-z]+)", text[m.end():m.end() + 30])
        if _IN_HANDLE.search(text, max(0, m.start() - 14), m.start()) or _HANDLE_GOES_ON.match(text, m.end()) \
                or nxt and nxt.group(1).lower() not in words or m.group(0).isupper() or _ABBREVIATED.fullmatch(m.group(0)):
            continue  # "priscilla dot nguyen at icloud", "tomas herrera eighty one", "a Vallby Pendla", "my HOA dues", "Mon to Thu"
        if not any(a < m.end() and m.start() < b for a, b in taken[max(0, i - 1):i + 1]):
            if found and re.fullmatch(r"\s+", text[found[-1].end:m.start()]):
                found[-1] = Cand(found[-1].start, m.end(), "person_name", 0.8)  # "harpreet singh" said whole again
            else:
                found.append(Cand(m.start(), m.end(), "person_name", 0.8))
    return sorted(out + found, key=lambda c: c.start)


_GREETS_NAME = re.compile(rf"\b(?:{GREETING}|thanks|thank you|bye|goodbye|cheers|no worries|no problem|take care|"
                          r"see you|talk soon)[,]?\s+([a-z]+)\b(?![-'’@])",
                          re.I)  # (not "okay hope that helps", "ok bill me")


def _greeted_again(cands: list[Cand], text: str, words: set[str]) -> list[Cand]:
    """A name that is an everyday word, found once as a name ("this is ray how can i help"), is the person where the
    call greets or thanks them by it ("hi ray", "thank you jade have a nice day")."""
    out = []
    for m in _GREETS_NAME.finditer(text) if words else ():
        if m.group(1).lower() in words and m.group(1).lower() not in STOP_WORDS \
                and not any(c.start < m.end(1) and m.start(1) < c.end for c in cands):  # not "Okay, will you ..."
            out.append(Cand(m.start(1), m.end(1), "person_name", 0.8))
    return out


def _names_label(word: str, name: str, policy: str) -> bool:
    """Whether a found firm or person `name` says who the label `word` is: the word alone, or the first word of
    the name ("Lumos" in "Lumos Broadband", "Maritza" in "Maritza Reyes"; a given name not by a firm named after
    someone: "Charles Schwab"); a role's word never ("Bank" in "Barclays Bank", "Doctor" in "Doctor Patel")."""
    words = name.split()
    lower = word.lower()
    if lower in _ROLES or "occupation" in tables().get((lower,), ()) or lower in RANKS or re.fullmatch(TITLE_WORDS, lower):
        return False
    return words == [word] or words[0] == word and (policy == "person_name" or "first_name" not in tables().get((lower,), ()))


def labels_as_named(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A speaker's label is whoever the call names with that word elsewhere: "Lumos: ..." after "welcome to
    Lumos Broadband" is the firm, "Tolu: ..." after "thank you, Tolu" the person (the most said of the two, a
    person when the word is a given name and it is a tie)."""
    labels = _turn_labels(text)
    if not labels:
        return cands
    out = list(cands)
    for word, spans in labels.items():
        at = {a for a, _ in spans}
        kinds = Counter(c.policy for c in cands if c.policy in ("organization", "person_name") and c.start not in at
                        and _names_label(word, text[c.start:c.end], c.policy))
        if not kinds:
            continue
        given = "first_name" in tables().get((word.lower(),), ())
        policy = "person_name" if given and kinds["person_name"] >= kinds["organization"] else kinds.most_common(1)[0][0]
        starts = [a for a, _ in spans]
        kept = []
        for c in out:
            i = bisect_left(starts, c.end) - 1  # the last label starting before the candidate ends
            over = spans[i] if i >= 0 and spans[i][0] < c.end and c.start < spans[i][1] else None
            rest = over and re.match(r":\s*", text[over[1]:]).end() + over[1]
            if over is None:
                kept.append(c)
            elif rest < c.end and "first_name" in tables().get((text[rest:c.end].lower(),), ()):
                kept.append(Cand(rest, c.end, c.policy, c.score))  # "Julien: Harriet" read as one name: Harriet stays
        out = kept + [Cand(a, b, policy, 0.9) for a, b in spans]
    return sorted(out, key=lambda c: c.start)


# said again at once, as a confirmation: "your age is 55? 55, yes", "so she's 8? yes, she's 8"
_ECHO = re.compile(r"[\s,.?!]+(?:(?:yes|yeah|yep|correct|right|exactly|that's right|so|it's|it is|that's|"
                   r"(?:she|he|i|you|they|we)(?:'s|'m|'re| is| am| are))[\s,.]+)*")


def echoes(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A value said again right after it is the same value: the repeat takes its policy (a bare
    number alone has none), a code or handle over the names read inside it ("mateo.solis09. mateo.solis09")."""
    out = list(cands)
    for c in cands:
        said = text[c.start:c.end]
        m = _ECHO.match(text, c.end)
        if len(said) < 2 or not m or not text.startswith(said, m.end()) \
                or re.match(r"\w", text[m.end() + len(said):m.end() + len(said) + 1]):
            continue
        a, b = m.end(), m.end() + len(said)
        inside = [o for o in out if a <= o.start and o.end <= b] if c.policy in _SPELL_SOURCES else []
        if not any(o.start < b and a < o.end for o in out if o not in inside):
            out = [o for o in out if o not in inside] + [Cand(a, b, c.policy, c.score)]
    return sorted(out, key=lambda c: c.start)


_LEAD_WORD = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")
_RANKED_NAME = re.compile(r"(?:Detective|Sergeant|Officer|Constable|Deputy|Trooper|Lieutenant|Corporal|Inspector)\s+[A-Z][a-z'-]+")


_JOB_NAMED = re.compile(r"(?<!like )(?<!as )\b(?:our|my|your|the|his|her|their)\s+([a-z]+(?:\s+[a-z]+)?),\s+$", re.I)
_NAMED_JOB = re.compile(r",\s+(?:(?:the|our|my|your|a|an)\s+)?([a-z]+(?:\s+[a-z]+)?)(?=\s*[,.;!?]|\s+(?:at|for|from|in|with|there|here)\b)")
_SAID_TO = re.compile(r"\b(?:thanks|thank you|cheers|sorry|hi|hello|hey|okay|ok|right|yes|yeah|no)\W+$", re.I)  # a name called
# where a rank said in lower case comes before a name as its title ("it's nurse priya", "in front of judge ramirez";
# not "we had to nurse james", "don't judge mike", "the coach maria booked")
_RANK_SAID = re.compile(r"(?:^|[,.?!:]\s*|\b(?:it's|its|it is|this is|probably|maybe|perhaps|i'm|im|with|from|by|of|for|that|and|"
                        r"okay|ok|so|now|um|uh|well|yes|yeah|got|have|has|ask|asked|saw|see|called|"
                        r"call|tell|told|thanks|thank you|hi|hello|hey|dear|was|is|named|(?:spoke|speak|speaking|talk|talked|"
                        r"talking|report|reported|went) to)\s+)$", re.I)


def titles_before_names(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A job said as a title right before a name is an occupation ("Officer Delgado", "Judge Ramírez", "nurse priya"),
    as the guidelines have it, when nothing else claimed it; so is a job set beside the name ("our driver, Kwabena,",
    "Deirdre Lynch, the controller")."""
    if "occupation" not in policies:
        return cands
    out: list[Cand] = []
    for c in cands:
        lead = _LEAD_WORD.match(text, c.start, c.end) if c.policy in ("person_name", "organization") else None
        if lead and c.policy == "organization" and not _RANKED_NAME.fullmatch(text, lead.start(), c.end):
            lead = None  # "the Coach Outlet", "Judge Business School": a body named after a rank
        if lead and lead.group(1).lower() in RANKS:  # "Sergeant Briggs", "Detective Marsh" read whole as a name or a body
            out.append(Cand(c.start, c.start + len(lead.group(1)), "occupation", 0.8))
            if c.policy == "organization" and "person_name" not in policies:
                continue
            c = Cand(lead.end(), c.end, "person_name", c.score)
        m = re.search(r"(?<![\w'-])([A-Za-z][a-z]+)\s+$", text[max(0, c.start - 20):c.start]) if c.policy == "person_name" else None
        if m and "occupation" in tables().get((m.group(1).lower(),), ()) and (
                m.group(1)[0].isupper() or m.group(1) in RANKS and _RANK_SAID.search(text, max(0, c.start - len(m.group(0)) - 25),
                                                                                    c.start - len(m.group(0)))) \
                and not (out and out[-1].end > c.start - len(m.group(0))):  # "Officer Brandt", "it's nurse priya"
            a = c.start - len(m.group(0))
            out.append(Cand(a, a + len(m.group(1)), "occupation", 0.8))
        called = _SAID_TO.search(text, max(0, c.start - 12), c.start)
        for job in (_JOB_NAMED.search(text, max(0, c.start - 40), c.start), None if called else _NAMED_JOB.match(text, c.end)) \
                if c.policy == "person_name" else ():
            if job and "occupation" in tables().get(tuple(job.group(1).lower().split()), ()) \
                    and not any(o.start < job.end(1) and job.start(1) < o.end for o in (*out, *cands)):
                out.append(Cand(job.start(1), job.end(1), "occupation", 0.8))  # "our driver, Kwabena,", "Deirdre Lynch, the controller"
        out.append(c)
    return sorted(out)


# "two six zero ... no wait, two six zero ... five one two": a corrected value keeps the kind of the first
# "871, wait, no, sorry, 817", "4682500 uh no 4862500", "DL37470511, no, um, you know, hang on, DL73470511"
# words that say the value before was wrong, in any phrasing: one list for both rules below
_SAID_WRONG = (r"no|nope|wait|sorry|i mean|i meant|mean|actually|correction|scratch that|scratch|my mistake|mistake|wrong|"
               r"hang on|hold on|hang|hold|or was it|or is it|should (?:be|end|read|say)|supposed to be|changed|"
               r"mixed (?:it|them) up")
_CORRECTION = re.compile(rf"[\s,.]*(?=.*?\b(?:{_SAID_WRONG})\b)"
                         r"(?:(?:no|nope|wait|sorry|i mean|actually|correction|scratch that|my mistake|that'?s wrong|but(?: it'?s| it is)?|"
                         r"that'?s not right|hang on|hold on|hang|on|uh|um|er|erm|you know)[\s,.!]+)+"
                         r"(?:(?:it's|it is|that's)\s+)?", re.I)


# said between a value and its correction in other words: "D4471902, or was it D4471920", "Plate's 8BXJ442 — no
# wait, that's my old car, it's 8BXJ447", "512-60-4417 but it should end in 4471", "six one eight, two zero four.
# Oh wait it changed, 337 915"; nothing that names another kind of number in between
_CORRECTED = re.compile(rf"\b(?:{_SAID_WRONG})\b", re.I)
_OTHER_KIND = re.compile(r"\b(?:number|code|id|reference|ref|confirmation|order|ticket|case|claim|tracking|invoice|booking|"
                         r"reservation|account|card|policy|member|licen[cs]e|passport|plate|vin|pin|password|social|ssn|"
                         r"routing|phone|cell|mobile|zip|postcode)\b", re.I)


def _chars(said: str) -> str:
    """The letters and digits said, however read: "B04418273" and "B as in bravo, zero four four ..." alike."""
    return re.sub(r"[\W_]", "", normalize(said).text if re.search(r"[a-z]{2}", said) else said).lower()


def _unprefixed(key: str) -> str:
    """A value's characters without the one to three letters that lead it, which a read-back may add or leave out
    ("MS 4402 8819 7" read back as "4402 8819 7", "7729 4410 58" as "A U seven seven two nine ...")."""
    m = re.fullmatch(r"[a-z]{1,3}(\d{6,}\w*)", key)
    return m.group(1) if m else key


def _corrects(first: str, second: str, between: str, after: str) -> bool:
    """Whether `second` corrects `first` in other words: a correction said between them, nothing that
    names another kind of number (between, or right after: "5531 is my gate code"), and the same
    length as the first or as one of its groups."""
    if len(between) > 70 or not _CORRECTED.search(between) or _OTHER_KIND.search(between) \
            or re.match(r"[\s,]*(?:is|was|that'?s|it'?s)\s+(?:my|the|our|his|her|their)\b", after, re.I):
        return False
    key = _chars(second)
    groups = [_chars(g) for g in re.split(r"[\s,-]+", normalize(first).text)]
    return len(_chars(first)) == len(key) > 3 or len(key) >= 4 and any(len(g) == len(key) for g in groups[1:])


def _same_length(a: str, b: str) -> bool:
    """Whether two written values have the same number of letters and digits (one corrects the other)."""
    return len(re.sub(r"[\W_]", "", a)) == len(re.sub(r"[\W_]", "", b)) > 3


def split_read_backs(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """Two values read back in one breath are the two values again: "Sort code? 20-45-77. Account number
    43917760. So 20-45-77, 43917760?" is a sort code and an account, not one code."""
    out: list[Cand] = []
    said: dict[str, Cand] = {}
    for c in cands:
        parts = None
        if said and c.policy not in _NAMING_POLICIES and _chars(text[c.start:c.end]) not in said:
            for sep in re.finditer(r",\s+|\s+and\s+", text[c.start:c.end]):
                a, b = c.start + sep.start(), c.start + sep.end()
                left, right = said.get(_chars(text[c.start:a])), said.get(_chars(text[b:c.end]))
                if left and right and not 0 <= right.start - left.end <= 3:  # (not one value read in two groups)
                    parts = [Cand(c.start, a, left.policy, c.score), Cand(b, c.end, right.policy, c.score)]
                    break
        out.extend(parts or [c])
        key = _chars(text[c.start:c.end])
        if c.policy not in _NAMING_POLICIES and len(key) >= 4 and re.search(r"\d", key):
            said[key] = c
    return out


# a value with letters read back token by token: "jnguyen27 ... j n g u y e n two seven", "kfoster_hh ... k foster,
# underscore, h h", "XWK 448 120 67. So X-ray, whiskey, kilo, four four eight ..."
_SPELL_TOKEN = re.compile(r"x-ray|[A-Za-z]+|\d+", re.I)
_SPELL_GAP = re.compile(r"[\s,-]*")
_SILENT = frozenset({"underscore", "dot", "dash", "hyphen"})
_DIGIT_SAID = {word: str(n) for word, n in UNITS.items()}  # "oh" -> "0", "seven" -> "7"
_SPELL_SOURCES = frozenset({"username", "password", "account_number", "healthcare_number", "number_sequence",
                            "passport_number", "drivers_license", "vehicle_id", "banking_information"})


def _spelled_from(text: str, pos: int, key: str) -> int | None:
    """The end of a reading of `key` that starts at `pos`, token by token (letters, NATO words, digit words, words
    of the value, "underscore"), or None; two tokens at least, so no written repeat, one of them a letter, a digit or
    a symbol said, and no capitalized word but a NATO one ("John Smith" is the man whose handle is "johnsmith")."""
    i = tokens = 0
    spelled = 0.0  # a letter, NATO word or symbol said counts 1, a digit word 1/2: "big cat, one" spells nothing
    while i < len(key):
        m = _SPELL_TOKEN.match(text, pos)
        if not m:
            return None
        word = m.group(0).lower()
        said = "" if word in _SILENT else next((o for o in (_DIGIT_SAID.get(word), NATO.get(word, "").lower(), word)
                                                 if o and key.startswith(o, i)), None)
        if said is None or len(word) > 1 and word not in NATO and word not in _SILENT and word not in _DIGIT_SAID \
                and m.group(0)[0].isupper() and m.group(0)[1:].islower() and not re.search(r"(?:^|[.?!:]\s*)$", text[:m.start()]):
            return None
        spelled += len(word) == 1 or word in NATO or word in _SILENT or 0.5 * (word in _DIGIT_SAID)
        i += len(said)
        tokens += 1
        end = m.end()
        pos = _SPELL_GAP.match(text, end).end()
    return end if tokens >= 2 and spelled >= 1 and not re.match(r"[\w@]", text[end:end + 1]) else None


def spelled_again(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A code or handle with letters, read back in pieces soon after ("What's your username? jnguyen27. Let me check,
    j n g u y e n two seven"), is the same value again: the reading takes its policy, over the names or numbers found
    inside it."""
    out = list(cands)
    for c in cands:
        key = re.sub(r"[\W_]", "", text[c.start:c.end]).lower()
        if c.policy not in _SPELL_SOURCES or len(key) < 4 or not re.search(r"[a-z]", key) or " " in key:
            continue
        for m in re.finditer(r"(?<![\w'@.-])[A-Za-z0-9]", text[c.end:c.end + 300]):
            a = c.end + m.start()
            b = _spelled_from(text, a, key)
            if b is None:
                continue
            inside = [o for o in out if a <= o.start and o.end <= b]
            if not any(o.start < b and a < o.end for o in out if o not in inside):
                out = [o for o in out if o not in inside] + [Cand(a, b, c.policy, c.score)]
            break
    return sorted(out, key=lambda c: c.start)


def _near(said: str, key: str) -> bool:
    """Whether two values of five characters or more, as long as each other, differ in at most two places."""
    return len(said) == len(key) >= 5 and sum(a != b for a, b in zip(said, key)) <= 2


def _misread(key: str, typed: list[tuple[str, str, int]], start: int) -> str | None:
    """The policy of a value said shortly before that `key` reads back with one or two characters wrong or swapped
    ("HZQ889204117. So HZQ889204171?"): as long, at most two places apart, within 300 characters."""
    for said, policy, end in reversed(typed):
        if start - end > 300:
            break
        if said != key and _near(said, key):
            return policy
    return None


def carry_corrections(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A number_sequence said as the correction of the value just before it, or read back as the
    same characters as an earlier value ("It's 4821 7730 9915. Sorry, one more time? 4821 7730
    9915"; "DSP-5531-0087. So that's D S P, 5 5 3 1, 0 0 8 7?"; with or without its leading
    letters), takes that value's policy."""
    out = list(cands)
    said: dict[str, str] = {}
    unprefixed: dict[str, str] = {}  # the same, by the characters without their leading letters
    first: dict[str, Cand] = {}  # how each value was first read, number_sequence too
    typed: list[tuple[str, str, int]] = []  # the values of a kind said so far: characters, policy, end
    for i, c in enumerate(out):
        # the characters said, however read: "B04418273" and "B as in bravo, zero four four ..." alike
        key = _chars(text[c.start:c.end])
        prev = out[i - 1] if i else None
        kindless = not _OTHER_KIND.search(text[max(prev.end if prev else 0, c.start - 40):c.start])  # no kind named just before
        tail = re.fullmatch(r"\d{3,8}", key) and (len(key) >= 4 or kindless) and (
            _ENDING.search(text[max(0, c.start - 25):c.start]) or _LAST_ASKED.search(text[max(0, c.start - 120):c.start])
            or _AT_THE_END.match(text, c.end))
        earlier = said.get(key) or kindless and unprefixed.get(_unprefixed(key)) \
            or (tail and next((p for k, p in said.items() if k.endswith(key)), None))
        between = text[prev.end:c.start] if prev else ""
        if prev and c.policy != prev.policy and prev.policy in policies and (
                _CORRECTION.fullmatch(between) and (c.policy == FALLBACK or _same_length(text[prev.start:prev.end], text[c.start:c.end]))
                or c.policy == FALLBACK and _corrects(text[prev.start:prev.end], text[c.start:c.end], between,
                                                      text[c.end:c.end + 30])):
            out[i] = Cand(c.start, c.end, prev.policy, c.score)  # "9187442013, sorry, 91874 42031": a ticket still
        elif c.policy == FALLBACK and prev and prev.policy in policies and prev.policy != FALLBACK \
                and _REST_OF.search(text, max(0, prev.start - 30), prev.start) and _THEN_REST.fullmatch(between):
            out[i] = Cand(c.start, c.end, prev.policy, c.score)  # "The first part is 8831, okay, and then 2047 561"
        elif c.policy == FALLBACK and prev and prev.policy in policies and prev.policy != FALLBACK \
                and (_SAME_KIND.search(text[max(0, c.start - 40):c.start]) or _NOT_THAT.fullmatch(text[prev.end:c.start])) \
                and _same_length(text[prev.start:prev.end], text[c.start:c.end]):
            out[i] = Cand(c.start, c.end, prev.policy, c.score)  # "My old passport was 40918827, and the new one is 51127740"
        elif c.policy == FALLBACK and prev and prev.policy in policies and prev.policy != FALLBACK \
                and (_THEIRS_TOO.fullmatch(between) or _LISTED.fullmatch(between) and not _OTHER_KIND.search(between)
                     and prev.policy in _NUMBERS and abs(len(_chars(text[prev.start:prev.end])) - len(key)) <= 3):
            out[i] = Cand(c.start, c.end, prev.policy, c.score)  # "Member ID FPZ3540283 and my son's is MCD-90092-05"
        elif c.policy == FALLBACK and earlier in policies:
            out[i] = Cand(c.start, c.end, earlier, c.score)  # read back whole, or its end ("Ending 7187")
        elif prev and prev.policy == "banking_information" and c.policy in _NUMBERS | {FALLBACK} \
                and c.policy != "banking_information" and "banking_information" in policies and _ACCOUNT_NEXT.fullmatch(between):
            out[i] = Cand(c.start, c.end, "banking_information", c.score)  # "sort code 07-04-36, account 31884902"
        elif (c.policy == FALLBACK or c.policy == "phone_number" and c.score <= PHONE_BY_SHAPE) \
                and (near := _misread(key, typed, c.start)) and near in policies \
                and not _OTHER_KIND.search(text[max(prev.end if prev else 0, c.start - 120):c.start]):
            out[i] = Cand(c.start, c.end, near, c.score)  # "it is 170245839126. Sorry sir, is it 170245839162?"; a
            # phone's shape alone too: "account ... 7002 4419 83. Let me read that back, 7002 4491 83?"
        elif key in first and first[key].policy != c.policy and first[key].policy in policies \
                and c.policy in _NUMBERS | {FALLBACK} and first[key].score >= c.score and kindless:
            # read back without a kind of its own, a value keeps the surer reading of when it was first said:
            # "booking reference is KB4719. Sorry, was that K B four seven one nine?"
            out[i] = Cand(c.start, c.end, first[key].policy, c.score)
        elif c.policy != FALLBACK and len(key) >= 4 and re.search(r"\d", key):
            said.setdefault(key, c.policy)
            unprefixed.setdefault(_unprefixed(key), c.policy)
        if out[i] is not c and out[i].policy != FALLBACK and len(key) >= 4 and re.search(r"\d", key):
            said.setdefault(key, out[i].policy)  # what a value was read as holds when it is read back again
        if out[i].policy != FALLBACK and len(key) >= 5 and re.search(r"\d", key):
            typed.append((key, out[i].policy, c.end))
        if len(key) >= 5 and re.search(r"\d", key) and c.policy in _NUMBERS | {FALLBACK}:
            first.setdefault(key, out[i])
    return out


_PUT_RIGHT = re.compile(r"\b(?:no|sorry|wait|i mean|actually|wrong|mixed up|the other way|other way round)\b", re.I)


def _bare_numbers(cands: list[Cand], text: str) -> Iterator[tuple[int, Cand, str]]:
    """The number_sequence candidates with a digit and three characters or more, with their index and characters."""
    for i, c in enumerate(cands):
        if c.policy == FALLBACK:
            key = _chars(text[c.start:c.end])
            if re.search(r"\d", key) and len(key) >= 3:
                yield i, c, key


def carry_back(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A number_sequence that a value of a kind said soon after completes, repeats or puts right takes that kind: the
    first group said before the whole ("Four seven four six, um, hang on... 4746 6409 3042 7327"), the same value
    read back ("It's 620315 5809 084. Let me read it back, 620315 5809 084") or a value said wrong and then again
    ("five four eight, one two oh, three seven six, no, sorry... 548120367")."""
    out = list(cands)
    for i, c, key in _bare_numbers(out, text):
        for later in out[i + 1:]:
            if later.start - c.end > 150:
                break
            if later.policy not in _NUMBERS or later.policy not in policies:
                continue  # (not "The reference is 4500 and the amount is 4,500 naira")
            if _OTHER_KIND.search(text, c.end, later.start):
                break  # "Order 4417 is done, and your card 4417 8812 ...": another thing named, another value
            whole = _chars(text[later.start:later.end])
            if len(whole) >= len(key) + 2 and whole.startswith(key) \
                    or whole == key and len(key) >= 5 \
                    or _near(whole, key) \
                    and _PUT_RIGHT.search(text, c.end, later.start):
                out[i] = Cand(c.start, c.end, later.policy, c.score)
            break  # only the next value of a kind answers for it
    return out


_NUMBER_WORDS = "|".join(sorted((*UNITS, *TEENS, *TENS), key=len, reverse=True))
_SAID_NUMBER = rf"(?:\d+(?:,\d{{3}})*(?:\.\d\d)?(?![.,]?\d)|(?:{_NUMBER_WORDS})(?:[\s-]+(?:{_NUMBER_WORDS}|hundred|thousand|and))*)"
# a sum said again, put right or set beside another: "$47 ... Forty-seven?", "my bill is $48, forty-eight, maybe fifty",
# "$750,000 ... Yeah, seven fifty", "It used to be fifteen"
_AGAIN_WORDS = r"uh|um|no|sorry|yes|yeah|so|it used to be|it was|used to be|usually|maybe|about|around|like|or|only|just|not"
_AMOUNT_AGAIN = re.compile(rf"(?:[?,]\s+(?:[A-Z][\w ]{{0,15}}:\s+)?|\.\s+(?:[A-Z][\w ]{{0,15}}:\s+)?(?=[^.?!]{{0,40}}\?)|"
                           rf"\s+(?=(?:{_AGAIN_WORDS})\b))(?:(?:{_AGAIN_WORDS})[,.]?\s+)*({_SAID_NUMBER})"
                           rf"(?=\s*(?:[.,?!;]|$|maybe\b|or\b|i think\b|with\b|now\b|that's\b|(?:a|per) (?:month|year|week)\b))", re.I)


def _amount(said: str) -> float | None:
    """The value of a sum as said ("$1,284.60", "seven fifty", "forty-eight"), or None."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", normalize(re.sub(r"^(?:(?:a|an)\s+|(?=hundred|thousand))", "one ", said, flags=re.I)).text)
    return float(m.group(0).replace(",", "")) if m else None


# a bare number set beside a sum said just before it, by a word that compares, adds or puts right ("$85 ... another
# hundred and twenty for parts", "38,500 francs instead of 25,000", "twelve dollars ... last month it was only like
# ninety"), and ending as a sum does (not "$40 ... two tickets", "... at seven thirty")
_HEDGE_WORDS = r"about|around|like|only|just|roughly|maybe|usually|normally"
_HEDGES = rf"(?:(?:{_HEDGE_WORDS}|um|uh|what)[,]?\s+)*"
_SAID_SUM = rf"(?:(?:a\s+|one\s+)?hundred(?:\s+and)?\s+)?{_SAID_NUMBER}|a hundred|a thousand"
_SUM_TAIL = re.compile(r"\s*(?:(?:a|an|per)\s+(?:month|year|week|hour|night|term)\b|(?:for|with|in|on)\s+(?:the\s+)?"
                       r"(?:tip|tax|taxes|fees?|vat|gst|delivery|shipping|postage|packing|parts?|labou?r|call[- ]?out|inspection|"
                       r"roaming|interest|registration|excess|waiver)\b|(?:shipping|delivery|postage|registration|in total|altogether|"
                       r"all in|so far|this month|last month|up ?front|instead|max(?:imum)?|tops|each|flat|or so|plus|to start|if)\b)",
                       re.I)
_SUM_ENDS = rf"\s*(?:[.,?!;]|$|(?:now|and|but|then|because|for)\b)|{_SUM_TAIL.pattern}"  # ("plus 45 for the biometrics")
_STRONG_BESIDE = (r"another|plus|instead of|rather than|not|than|versus|down to|up to|can do|paid|pay|well|no|sorry|i mean|"
                  r"actually|that's|that'll be|it'll be|should be")
# what a sum is said to be the price of, before "is" or "was": "my plan is 1,990", "the medium is 420" (not "the speed
# limit was 50", "the one next door is 24")
_PRICED_THING = re.compile(r"\b(?:plan|bill|fee|fees|total|price|cost|charge|rent|quote|deposit|balance|premium|payment|fare|"
                           r"refund|amount|invoice|medium|large|small|regular|basic|standard|deluxe|"
                           r"the (?!next\b)[a-z]{3,} one)\b[^.?!,\d]{0,12}$", re.I)  # ("the complete one is 80")
# the price of another case, said after the first: "If it's just the reset, 3,000 naira. If we flash it, 7,500."
_IF_SO = r"if\s[^.?!,\d]{1,30},"
_AMOUNT_BESIDE = re.compile(
    rf"\b(?:{_STRONG_BESIDE}|to|it was|it's|it is|was|is|be|been|then|and|or|but|{_IF_SO})[,]?\s+{_HEDGES}({_SAID_SUM})"
    rf"(?<!\sand)(?<!-)(?={_SUM_ENDS})", re.I)


def _set_beside(m: re.Match, text: str) -> bool:
    """Whether a number said after a sum is set beside it, not just said after it: a word that compares, adds or puts
    right, a hedge ("it was only like ninety"), what a sum is for after it ("... is 45 for the call-out") or a priced
    thing before it ("my plan is 1,990"); not "the speed limit was 50", "there were 30 of us, or 35"."""
    cue = text[m.start():m.start(1)]
    return bool(re.search(rf"\b(?:{_STRONG_BESIDE}|{_HEDGE_WORDS})\b", cue, re.I)
                or _SUM_TAIL.match(text, m.end(1)) or _PRICED_THING.search(text, max(0, m.start() - 30), m.start()))


# a sum's value then and now: "18,000 rubles before, now it's 12,000", "2.500 kwanzas, but last month it was 1.800"
_THEN_AND_NOW = re.compile(r"\b(?:now|before|used to|previously|last (?:month|time|year|week)|this (?:month|time|year|week))\b",
                           re.I)


def _other_end(m: re.Match, sum_: Cand, text: str) -> bool:
    """Whether a number said after a sum is its other end or its alternative, right after it ("between GYD 350,000
    and 400,000", "fifteen thousand naira or twenty thousand"), or its value at another time ("it was 18,000 rubles
    before, now it's 12,000")."""
    cue = text[m.start():m.start(1)].strip(" ,").lower()
    if re.fullmatch(_IF_SO, cue + ",") and re.search(r"\bif\b", text[max(0, sum_.start - 60):sum_.start], re.I):
        return True  # the price of another case, beside the first case's: "If it's just the reset, 3,000. If we flash it, 7,500."
    if not text[sum_.end:m.start()].strip(" ,") and (
            cue == "or" or cue == "and" and re.search(r"\bbetween\s+$", text[max(0, sum_.start - 12):sum_.start], re.I)):
        return True
    return bool(_THEN_AND_NOW.search(text, max(0, m.start() - 25), m.start(1))) \
        and not re.search(r"[.?!]", text[sum_.end:m.start(1)])  # (not "The fine was 300 pounds. Now my score is 450")


# ... or the sum's own value said again after a turn: "Your copay is $47. Caller: Forty-seven? It used to be fifteen."
_SUM_ECHO = re.compile(rf"(?<![\w$£€.,-])({_SAID_SUM})(?<!\sand)(?<!-)(?={_SUM_ENDS})", re.I)
# ... or said before it: "the rent went from eleven hundred to $1,350"
_AMOUNT_FROM = re.compile(rf"\bfrom\s+{_HEDGES}({_SAID_SUM})(?<!\sand)\s+to\s+{_HEDGES}$", re.I)
_NOT_A_SUM = re.compile(r"\b(?:at|by|until|till|in|since|number|code|id|pin|reference|ref|order|ticket|case|claim|room|"
                        r"flight|seat|gate|page|line|option|press|ext|extension|age|aged|years?|old)\W*$|\d[\s-]*$", re.I)


def _same_order(first: float, said: str) -> bool:
    """A number said beside a sum is of the sum's order: a twentieth to ten times it, read whole, as dollars and cents
    ("forty-two fifty" by forty bucks) or in thousands said short ("$750,000 ... seven fifty")."""
    again = _amount(said)
    if not again or again < 10 and not re.search(r"\.\d\d$", said):  # "plus 5.99 shipping", not "and 3 more"
        return False
    return any(0.05 <= v / first <= 10 for v in (again, again / 100 if again >= 1000 else again)) \
        or first >= 1000 and first == again * 1000


def _said_beside(cands: list[Cand], policy: str, beside: Callable[[Cand], Iterable[re.Match]],
                 anchors: frozenset[str] = frozenset()) -> list[Cand]:
    """The bare numbers that `beside` finds by each value of `policy` or of `anchors` (group 1 of its matches) take
    that kind, and so do those found by them in turn: "forty-eight, maybe fifty, maybe fifty-five"."""
    out = list(cands)
    todo = [c for c in cands if c.policy == policy or c.policy in anchors]
    while todo:
        c = todo.pop(0)
        for m in beside(c):
            if any(o.start < m.end(1) and m.start(1) < o.end and o.policy != FALLBACK for o in out):
                continue
            out = [o for o in out if not (o.start < m.end(1) and m.start(1) < o.end)]
            out.append(Cand(m.start(1), m.end(1), policy, c.score))
            todo.append(out[-1])
    return sorted(out)


def _window(text: str, end: int, size: int) -> int:
    """Where the talk after a value stops answering for it: `size` characters on, or where another numbered thing is named."""
    stop = _OTHER_KIND.search(text, end, end + size)
    return stop.start() if stop else min(len(text), end + size)


def amounts_again(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A bare number said right after a sum, as its echo, its correction or a guess beside it, or set against it by a
    word that compares or adds, is a sum too when it is of the same order."""
    def beside(c: Cand) -> Iterator[re.Match]:
        first = _amount(text[c.start:c.end])
        if not first:
            return
        end = _window(text, c.end, 160)
        said = [_AMOUNT_AGAIN.match(text, c.end), _AMOUNT_FROM.search(text, max(0, c.start - 60), c.start)]
        yield from (m for m in said if m and _same_order(first, m.group(1)))
        yield from (m for m in _AMOUNT_BESIDE.finditer(text, c.end, end) if (_set_beside(m, text) or _other_end(m, c, text))
                    and not _NOT_A_SUM.search(text, max(0, m.start(1) - 20), m.start(1)) and _same_order(first, m.group(1)))
        yield from (m for m in _SUM_ECHO.finditer(text, c.end, end) if _amount(m.group(1)) in (first, first * 100)
                    and not _NOT_A_SUM.search(text, max(0, m.start(1) - 20), m.start(1)))
    return _said_beside(cands, "money_amount", beside) if "money_amount" in policies else cands


# an age put right, said again or listed with another ("29, no, 30", "I'm forty one. Uh, forty two in December",
# "seventy-three. Yes ma'am, 73", "the kids are nine and, um, six")
_AGE_BESIDE = re.compile(rf"[,.?!…]*\s*\b(?:no|sorry|i mean|actually|wait|or|and|yes|yeah|yep|uh|um|ma'am|sir|so|then)[,.-]*\s+"
                         rf"(?:(?:uh|um|no|sorry|yes|yeah|ma'am|sir|i'?m|he'?s|she'?s|about)[,.]?\s+)*({_SAID_NUMBER})(?<!\sand)(?<!-)"
                         rf"(?=\s*(?:[.,?!;]|$|(?:years?|yrs?) old\b|in,?\s+(?:(?:um|uh),?\s+)?(?:{MONTH})\b|come\b|next\b|and\b|now\b|today\b))", re.I)
# an age said in a description, after a name or what someone looks like or is: "Kyle, 34, and his handle",
# "blonde, blue eyes, maybe twenty five", "she's female fifty two with high blood pressure", "b positive, thirty one"
_DESCRIBED = frozenset({"person_name", "physical_attribute", "gender_sexuality", "nationality", "marital_status",
                        "blood_type", "zodiac_sign"})
_AGE_DESCRIBED = re.compile(rf",?\s+(?:(?:{_HEDGE_WORDS}|probably|uh|um)[,]?\s+)*"
                            rf"({_SAID_NUMBER})(?<!\sand)(?<!-)(?=\s*(?:[,.?!;]|$|and\b|with\b|no\b))", re.I)
# an age an illness or injury came at: "my dad had a heart attack at fifty-eight", "diagnosed with celiac disease at
# nineteen, so" (under 13 only with "age": "a seizure at four" may be the clock's)
_STRUCK = frozenset({"medical_condition", "injury"})
_NO_AGE_AT = re.compile(r"fever|temperature|hypothermia|heat ?stroke", re.I)  # "a fever at 39": degrees
_AGE_AT = re.compile(rf"\s+at\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?(?:(?:about|around|only|just|like)\s+)?({_SAID_NUMBER})(?<!\sand)(?<!-)"
                     r"(?=\s*(?:[,.?!;]|$|and\b|so\b|but\b|which\b|when\b|too\b|as well\b))"
                     # not a reading or a speed said again or on: "a fever at 39, then 40", "at 45, er, 45 kilometres an hour"
                     rf"(?![,\s]*(?:(?:then|er|uh|um|or|to|sorry)[,\s]+)*(?:{_SAID_NUMBER}|degrees|weeks|km|kilomet|miles|mph))", re.I)
_COUNTED = re.compile(r"\b(?:how many|number of|count|which|units?|line|room|bay|bed|table|seat|gate|ward|floor)\b", re.I)
_DIGIT_BY_DIGIT = re.compile(r"0\d*|(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s-]+)+"
                             r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)", re.I)
_AGE_PUT_RIGHT = re.compile(rf"(?<![\w.,-])({_SAID_NUMBER})(?<!\sand)[,.]?\s+(?:(?:no|sorry|i mean|actually|wait)[,.]?\s+)+$", re.I)


# how someone looks, listed beside a look already found: "kind of chunky, um, bald", "White, tall, skinny, acne scars,
# and a lip piercing", "tall blonde pale lots of piercings", "Six four, maybe, skinny, with a grey beard"
# (the features one is known by, which lexicons' body parts for injuries are not: "a dodgy knee" or "a frozen shoulder"
# someone has is no look)
_FEATURES = frozenset("""hair beard moustache moustaches mustache mustaches goatee sideburns eyebrow eyebrows eyes eyelashes teeth
tooth ears nose lips cheeks chin forehead skin complexion freckles dimple dimples scar scars tattoo tattoos piercing
piercings birthmark mole moles build shoulders belly gut head braids dreadlocks dreads ponytail mullet afro cornrows
glasses limp stammer combover""".split())
_FEATURES_ALONE = frozenset("freckles dimples piercings tattoos braids dreadlocks dreads ponytail mullet afro cornrows glasses "
                   "limp stammer".split())  # a body word that is a look by itself in such a list (not "hair", "eyes")
_LOOK_GAP = re.compile(r"(?:\s*(?:,|\band\b|\bwith\b|\b(?:uh|um|er|erm|like|maybe|kind of|kinda|sort of|probably|about|"
                       r"around|quite|pretty|a bit|really|real|proper|very|super|a|an|some|lots of|one of those)\b))*\s*", re.I)
_LISTED = re.compile(r",|\band\b|\bwith\b", re.I)
_PART_OF = re.compile(r"\b(?:his|her|my|their|your|the|of|on|in|through|across|under|over|above|below|down|near|body)\s+$", re.I)
_LOOK_SIZE = re.compile(rf"{FEET}(?:[\s-]{INCH}|\s+(?:foot|feet)(?:\s+{INCH})?)|(?:one|two) (?:twenty|thirty|forty|fifty|sixty|"
                        r"seventy|eighty|ninety)(?:[\s-](?:five|ten))?|(?:[a-z]+teen|eight|nine|ten|eleven|twelve) stone", re.I)
_GRAMMAR = frozenset("""he she it i you we they him his her my your our their its the this that these those is was are were
be been has had have got get of on in at to for from with by through across under over about and or but not no so sore
broken bad swollen bruised infected aching painful itchy cut split burst runny blocked stiff pulled sprained fractured
black bloody bleeding""".split())  # no look: grammar, and what makes a body word an injury ("a black eye", "sore ears")
# a look someone has or is, which starts a list: "he has, um, really big ears", "the guy had a beer belly", "she's got
# one blue eye", "he's a big lad", "hes a skinny little thing", "Oh, he's ginger"
_HAS_LOOK = re.compile(r"\b(?:he|she|they|i|guy|man|woman|lady|bloke|fella|kid|boy|girl)(?:['’]s got|['’]ve got| has got| has| had|"
                       r" have| got)(?:,?\s+(?:um|uh|er|like|also|still|just|only)\b,?)*\s+"
                       r"(?:(?:a|an|some|these|those|one of those|really|very|quite)\s+)*(?=\w)", re.I)
_IS_LOOK = re.compile(r"(?<!since )(?<!when )\b(?:(?:he|she)(?:['’]?s| is| was) an?|(?:i'?m|i am|i was) an?|(?:he|she)(?:['’]?s| is| was)|i(?:['’]?m| am| was))(?:,?\s+(?:um|uh|er|like|"
                      r"only|really|very|so|quite|proper|pretty|a bit|kind of|kinda))*,?\s+(?=\w)", re.I)
_PERSON_AFTER = re.compile(r"\s+(?:little\s+)?(?:lad|lass|fella|fellow|guy|man|woman|girl|boy|bloke|chap|thing|kid|dude|"
                           r"gentleman|lady)\b", re.I)
_ITEM_ENDS = re.compile(r"\s*(?:[,.?!;]|$)|\s+(?:and|with|on|in|down|across|under|from|that|at|but)\b", re.I)
_WHOLE = re.compile(r"(.+)", re.S)  # a span as a match whose group 1 is all of it, as `_said_beside` takes


def _look_item(words: list[str], listed: bool) -> bool:
    """Whether words said in a list of looks are a look: a listed look ("chunky", "acne scars"), a height or weight,
    or (set off by a comma or "and") words of no grammar ending in a body word ("gold teeth", "a beer belly")."""
    phrase = " ".join(words).lower()
    if a_look(phrase) or _LOOK_SIZE.fullmatch(phrase):
        return True
    return listed and words[-1].lower() in _FEATURES and (len(words) > 1 or phrase in _FEATURES_ALONE) \
        and not any(w.lower() in _GRAMMAR or not w.isalpha() and "-" not in w for w in words)


def looks_listed(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """Looks listed beside a look already found are looks too, each found in turn from the last: up to four words
    after or before it, set off by a comma, "and", "with" or a filler (or by a space alone, for a listed look word)."""
    if "physical_attribute" not in policies:
        return cands
    def item(start: int, listed: bool = True, bare: bool = False) -> Iterator[re.Match]:
        """The longest look said as a list's item at `start` (`bare`: one word may run on into the next)."""
        words = _joined(re.finditer(r"[\w'-]+", text[start:start + 50]))
        for k in range(len(words) if words and words[0].start() == 0 else 0, 0, -1):
            end = start + words[k - 1].end()
            if (_ITEM_ENDS.match(text, end) or bare and k == 1) and _look_item([w.group(0) for w in words[:k]], listed):
                yield _WHOLE.match(text, start, end)
                return
    said = [m for h in _HAS_LOOK.finditer(text) for m in item(h.end())]
    said += [_WHOLE.match(text, h.end(), h.end() + len(w.group(0))) for h in _IS_LOOK.finditer(text)
             for w in [re.match(r"[\w-]+", text[h.end():])] if w and w.group(0).lower() in LOOKS_LISTED
             and (_PERSON_AFTER.match(text, h.end() + len(w.group(0))) if text[h.start():h.end()].lower().rstrip().endswith((" a", " an"))
                  else _ITEM_ENDS.match(text, h.end() + len(w.group(0))))]
    cands = sorted(cands + [Cand(m.start(1), m.end(1), "physical_attribute", 0.8) for m in said
                            if not any(o.start < m.end(1) and m.start(1) < o.end and o.policy != FALLBACK for o in cands)])
    def beside(c: Cand) -> Iterator[re.Match]:
        gap = _LOOK_GAP.match(text, c.end)
        listed = bool(_LISTED.search(gap.group(0)))
        yield from item(gap.end(), listed, bare=not listed and bool(gap.group(0)))
        lo = max(0, c.start - 60)
        gap = re.search(rf"(?:{_LOOK_GAP.pattern})$", text[lo:c.start], re.I)
        listed = bool(_LISTED.search(gap.group(0)))
        words = _joined(reversed(list(re.finditer(r"[\w'-]+", text[lo:lo + gap.start()]))), back=True)
        if gap.group(0) and words and words[0].end() == gap.start():
            for k in range(len(words), 0, -1):
                said = [w.group(0) for w in reversed(words[:k])]
                if _look_item(said, listed) and (a_look(" ".join(said).lower()) or not _PART_OF.search(
                        text, max(0, lo + words[k - 1].start() - 10), lo + words[k - 1].start())):  # not "scar through [his left eyebrow]"
                    yield _WHOLE.match(text, lo + words[k - 1].start(), lo + gap.start())
                    break
    return _said_beside(cands, "physical_attribute", beside)


def _joined(words: Iterable[re.Match], back: bool = False) -> list[re.Match]:
    """The first four of `words` (read forward, or backward) that follow one another with one space between."""
    out: list[re.Match] = []
    for w in words:
        if len(out) == 4 or out and (out[-1].start() != w.end() + 1 if back else w.start() != out[-1].end() + 1):
            break
        out.append(w)
    return out


# an age said right before who else the person is: "she is seventy four peruvian", "she's twenty seven bisexual"
_WHO_ELSE = frozenset({"nationality", "religion", "gender_sexuality", "zodiac_sign", "marital_status"})
_WHO_ENDS = re.compile(r"\s*(?:$|[,.;!?]|(?:and|with|but|so|or|who|from|in|living|born|i|he|she|my|his|her)\b)", re.I)  # (not "2 Catholic schools")
_AGE_BEFORE_WHO = re.compile(rf"\b(?:i'?m|i am|he'?s|he is|she'?s|she is)\s+(\d{{1,3}}|(?:{_NUMBER_WORDS})(?:[\s-](?:{_NUMBER_WORDS}))?),?\s+$",
                             re.I)


def ages_before_who(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A number said of a person right before their people, faith, sex, sign or status is their age ("she is seventy
    four peruvian with copd", "I'm 29, Catholic")."""
    if "person_age" not in policies:
        return cands
    out = list(cands)
    for c in cands:
        m = _AGE_BEFORE_WHO.search(text, max(0, c.start - 40), c.start) if c.policy in _WHO_ELSE else None
        said = m.group(1).lower().replace("-", " ").split() if m else []
        if m and (10 <= int(said[0]) <= 125 if said[0].isdigit() else said[0] not in UNITS and len(set(said)) == len(said)) \
                and _WHO_ENDS.match(text, c.end) \
                and not any(o.start < m.end(1) and m.start(1) < o.end for o in out):
            out.append(Cand(m.start(1), m.end(1), "person_age", 0.8))
    return sorted(out)


def ages_again(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A number said right after an age that puts it right (within five years), says it again, or lists a child's age
    beside a child's, is an age too, and so is the age it puts right ("thirty one no sorry thirty two"); so is one said
    after a name or a description ("Kyle, 34,"), unless a count or a number of a room or line is asked for."""
    def beside(c: Cand) -> Iterator[re.Match]:
        first = _amount(text[c.start:c.end])
        if c.policy in _STRUCK:
            m = _AGE_AT.match(text, c.end) if not _NO_AGE_AT.search(text[c.start:c.end]) else None
            age = _amount(m.group(1)) if m else None
            if age and age == int(age) and (13 <= age <= 110 or " age" in text[m.start():m.start(1)].lower() and age >= 1):
                yield m
            return
        if c.policy != "person_age":
            m = _AGE_DESCRIBED.match(text, c.end)
            age = _amount(m.group(1)) if m and ("," in text[c.end:m.start(1)] or c.policy != "person_name") else None
            if age and age == int(age) and 1 <= age <= 110 and not re.match(r"[\s,]*\d", text[m.end():]) \
                    and not _COUNTED.search(text, max(0, c.start - 80), c.start) \
                    and (age >= 13 or not re.match(r"\s*(?:[.!;]|$)", text[m.end():])):  # ("Which line? Brennan, 2.")
                yield m
            return
        if not first:
            return
        for m in filter(None, [_AGE_BESIDE.match(text, c.end), _AGE_PUT_RIGHT.search(text, max(0, c.start - 40), c.start)]):
            again = _amount(m.group(1))
            if again and again == int(again) and (abs(again - first) <= 5 or again <= 18 and first <= 18
                                                  and re.match(r"\W*and\b", text[m.start():m.start(1)], re.I)):
                yield m
    def ages(c: Cand) -> Iterator[re.Match]:
        return (m for m in beside(c) if not _DIGIT_BY_DIGIT.fullmatch(m.group(1)))  # "PL-ZE, zero zero nine eight": a code
    return _said_beside(cands, "person_age", ages, _DESCRIBED | _STRUCK) if "person_age" in policies else cands


def parts_again(cands: list[Cand], text: str, policies: frozenset[str]) -> list[Cand]:
    """A number_sequence said soon after a value of a kind, that is the whole value or a part of it read again, takes
    that kind: "XOF 882 417 309 ... let me read that back, X O F 8 8 2 4 1 7 3 0 9", "TB0448192 ... so one nine two at
    the end", "Tololo#2291 ... hash, two two nine one" (nothing that names another kind of number in between)."""
    out = list(cands)
    for i, c, key in _bare_numbers(out, text):
        for before in reversed(out[:i]):
            if c.start - before.end > 150 or _OTHER_KIND.search(text, before.end, c.start):
                break
            if before.policy in _NUMBERS | {"password"} and before.policy in policies:
                whole = _chars(text[before.start:before.end])
                if key not in whole and len(key) >= 4:  # the last value a part read back: "0151 2274 8830. Zero one
                    # five one, and then? 2274 8830" (the part it reads back, then the rest)
                    whole = next((w for o in reversed(out[:out.index(before)]) if o.policy == before.policy
                                  and before.start - o.end <= 150 and whole in (w := _chars(text[o.start:o.end]))), whole)
                if key in whole and (len(key) >= 4 or whole.endswith(key) or whole.startswith(key)):
                    out[i] = Cand(c.start, c.end, before.policy, c.score)
                break  # only the last value of a kind answers for it
    return out


# the account said right after its bank's routing, sort or branch code
_ACCOUNT_NEXT = re.compile(r"[\s,;.]*(?:and\s+)?(?:the\s+|my\s+)?(?:bank\s+)?(?:account|acct|a/c)(?:\s+(?:number|no\.?|#))?"
                           r"(?:\s+(?:is|was|it's))?[\s:,]*(?:(?:um|uh)[\s,]+)?", re.I)
_SAME_KIND = re.compile(r"\b(?:the|my|his|her|our|their) (?:new|old|other|second|first|current|previous|latest|replacement) one"
                        r"(?:'s|\s+(?:is|was|will be|should be))?[\s:,]*(?:(?:um|uh)[\s,]+)?$", re.I)
# the rest of a value given in parts, after its first part: "The first four are 5310, okay, and then 8826"
_REST_OF = re.compile(r"\b(?:first|1st) (?:part|bit|half|four|three|five|six|group|digits)\b[^.?!\d]{0,20}$", re.I)
_THEN_REST = re.compile(r"[,.]?\s+(?:(?:okay|ok|right|yeah|so)[,.]?\s+)?(?:and )?(?:then|after that|the rest is|"
                        r"the second (?:part|half) is)[\s,:]*", re.I)
_NUMBERS = frozenset({"account_number", "banking_information", "healthcare_number", "drivers_license", "passport_number",
                      "vehicle_id", "credit_card_number", "us_social_security_number", "phone_number"})
# "I have two policies, 6081577513 for the car and 3781 1180 34 for the house": a list of one kind
_LISTED = re.compile(r"[\s,]*(?:for (?:the|my|his|her|our|their) [a-z]+\s*,?\s+)?(?:and|,)\s+(?:(?:the other(?: one)?|then)\s+(?:is\s+)?)?",
                     re.I)
_THEIRS_TOO = re.compile(r"[\s,;.]*(?:and|while|but)\s+(?:my|his|her|our|their|the)\s+[a-z]+(?:'s|s')(?:\s+one)?"
                         r"\s+(?:is|was|'s)[\s,:]*(?:(?:um|uh)[\s,]+)?", re.I)
# "it's F255-921-50-094-0, not F255-921-50-049-0", "has it as H120-4471-9921, but the card says H120-4471-9912"
_NOT_THAT = re.compile(r"[\s,;]*(?:(?:and |but )?not|rather than|instead of|but (?:the|my|his|her) [a-z]+ (?:says|shows|has|reads))\s+",
                       re.I)
_ENDING = re.compile(r"\b(?:ending(?: in| with)?|(?:ends|ended)(?: in| with)?|last (?:four|4)(?: digits)?(?: (?:are|is|of))?)[\s,:]*$", re.I)
# the end of a value asked for, then answered: "Sorry, just the last four again? I'm hard of hearing. 6613."
_LAST_ASKED = re.compile(r"\b(?:last|final) (?:four|4|five|5|six|6)\b[^.?!\d]{0,40}\?[^\d?]{0,60}$", re.I)
_AT_THE_END = re.compile(r"\s*,?\s*(?:at|on) the end\b", re.I)  # the end put right: "No, four oh two at the end"


# a word that names a kind of thing together with the next one: "french fries", "a turkey sandwich",
# "a Phillips head", "the amber light", "google it", "the pilot light"; no nationality, language, place, person,
# company or job
COMPOUNDS = {
    "french": "fries fry toast door doors press horn braid braids kiss dressing bread onion manicure bulldog vanilla "
              "roast window windows twist",
    "swiss": "cheese army chard roll", "danish": "pastry pastries modern oil", "dutch": "oven door auction courage",
    "turkey": "sandwich sandwiches burger burgers bacon dinner breast club wrap slices leg legs gravy stuffing roast sub",
    "india": "ink pale rubber", "boston": "fern terrier cream butt lettuce", "phillips": "head screwdriver screw screws",
    "hunter": "green boots wellies", "german": "shepherd chocolate", "english": "muffin muffins breakfast mustard "
    "bulldog setter ivy", "italian": "dressing sausage seasoning ice leather marble tiles", "irish": "coffee setter stew cream",
    "brussels": "sprouts", "chinese": "checkers lantern lanterns", "spanish": "rice omelette moss", "greek": "yogurt "
    "yoghurt salad", "canadian": "bacon", "belgian": "waffle waffles", "scotch": "tape egg eggs", "russian": "roulette "
    "dressing", "persian": "rug rugs carpet carpets cat cats", "arabic": "numerals", "roman": "numerals blind blinds", "american": "cheese",
    "amber": "light lights alert", "rose": "bush bushes garden gold petals", "google": "it that this them",
    "liberal": "amount amounts helping dose application arts", "female": "end connector plug adapter port one",
    "male": "end connector plug adapter port one",
    "pilot": "light lights program programme project scheme study trial episode", "teller": "machine machines",
    "driver": "fee fees update updates software install", "courier": "fee fees charge charges",
    "charter": "flight flights boat bus plane yacht confirmation school",
    "turkish": "bath baths delight coffee towel towels rug rugs", "brazil": "nut nuts", "venetian": "blind blinds",
    "trans": "fat fats", "straight": "away out after back home line lines talk answer edge face through",
}
_COMPOUND = {(a, b) for a, bs in COMPOUNDS.items() for b in bs.split()}
_NAMING = frozenset({"nationality", "location", "person_name", "organization", "gender_sexuality", "political_affiliation"})
_SEPARATORS = re.compile(r"[\s,.!]+")


_WEEKDAY_FIRST = re.compile(rf"(?i:{WEEKDAY})\s+(?=[A-Z])")
_ANNOUNCED = re.compile(r"\b(?:name is|name's|call me|i'm|i am|this is|it's|named)\s+$", re.I)


def _bare_name(c: Cand, greetings: list[tuple[int, int]], text: str) -> Cand:
    """A person's name without the thanks or greeting it starts with ("merci Gus" -> "Gus") and without
    its possessive ("Solomon's" -> "Solomon")."""
    if c.policy != "person_name":
        return c
    if text[c.end - 2:c.end] in ("'s", "’s") and c.end - c.start > 2:
        c = Cand(c.start, c.end - 2, c.policy, c.score)
    day = _WEEKDAY_FIRST.match(text, c.start, c.end)  # "see you Wednesday Liam": the day is when, the name is who
    if day and not _ANNOUNCED.search(text, max(0, c.start - 15), c.start):
        c = Cand(day.end(), c.end, c.policy, c.score)
    for a, b in greetings:
        if a == c.start and b < c.end:
            m = _SEPARATORS.match(text, b)
            if m and m.end() < c.end:
                return Cand(m.end(), c.end, c.policy, c.score)
    return c


# a name said to the one it names, after a greeting no firm answers with, and before the clause ends
_ADDRESSING = r"\b(?:hi|hey|hiya|hola|ol[aá]|bye|good ?bye|good luck|take care|thank you|thanks|cheers)[,!]?\s+"
_ADDRESS_BEFORE = re.compile(_ADDRESSING + "$", re.I)
_ADDRESS_OPENS = re.compile(_ADDRESSING, re.I)
_ADDRESS_ENDS = re.compile(r"\s*(?:[,.!?]|$)")


# what a person speaks, one or two of them: "she speaks Kurmanji", "only speaks Italian and Sicilian"
_SPOKEN = re.compile(r"\b(?:speaks?|spoke|speaking|(?:first|native|home) language is)\s+(?:only\s+|mostly\s+|some\s+|a little\s+)?"
                     r"(?:[A-Za-z]+\s+(?:and|or)\s+)?$", re.I)


def _spoken(c: Cand, text: str) -> Cand:
    """A people, a place or a name the NER reads in one word right after what a person speaks is the language
    spoken ("she speaks Kurmanji", "my grandma speaks Zapotec", "speaks Italian and Sicilian"); not a listed first name
    or town ("Dana speaking Boston office")."""
    word = text[c.start:c.end]
    if c.policy not in ("nationality", "location", "person_name") or not re.fullmatch(r"[^\W\d_]+", word) \
            or not _SPOKEN.search(text, max(0, c.start - 40), c.start) \
            or {"first_name", "place"} & set(tables().get((fold(word).lower(),), ())):
        return c
    return Cand(c.start, c.end, "language", c.score)


def _addressed(c: Cand, text: str) -> Cand:
    """A firm or place the NER reads in one capitalized word said to someone is that someone: "Hi Magdalena, it's
    Conor", "Good luck, Magdalena.", "Hola Hector, it's Lupita" (not a firm or place a list holds: "hi, Verizon?";
    the NER read the word as a proper name, so an everyday noun or verb may be one: "Hector", "Hope")."""
    if c.policy not in ("organization", "location"):
        return c
    greeting = _ADDRESS_OPENS.match(text, c.start, c.end)  # "Hola Hector": the greeting read into the name
    start = greeting.end() if greeting else c.start
    word = text[start:c.end]
    if not (greeting or _ADDRESS_BEFORE.search(text, max(0, c.start - 15), c.start)) or not _ADDRESS_ENDS.match(text, c.end) \
            or not re.fullmatch(r"[A-Z][^\W\d_]+", word) \
            or {"organization", "place"} & set(tables().get((fold(word).lower(),), ())) \
            or word.lower() in base_words("adj") or word.lower() in base_words("adv"):  # "bye, Perfect."
        return c
    return Cand(start, c.end, "person_name", max(c.score, 0.85))


_OPENS = re.compile(r"(?:^|[.?!,:])\s*$")  # (":" after a speaker's name: "Hamish: Kia ora, is that Losa?")
_CODE_PREFIX = re.compile(r"[A-Z](?: [A-Z])+|[A-Z]{1,4}(?:-[A-Z]{1,4})*")  # spelled letters, or joined by dashes
_CODE_GOES_ON = re.compile(r"(?:[ -][A-Z]{1,4})*[ -]?\d")


def _starts_code(c: Cand, text: str) -> bool:
    """Whether capital letters are the start of a code: spelled or dashed on into digits ("M S K U 7 7 4",
    "MTA-SG-3041"), not a company before its number or model ("UPS 1Z999...", "NHS 111", "BMW X5")."""
    span = text[c.start:c.end]
    dashed = text.startswith("-", c.end)
    if not _CODE_PREFIX.fullmatch(span) or not dashed and (
            "organization" in tables().get((span.lower(),), ()) or _DEALER.search(" " + span)):
        return False  # "a BMW X5", "an AMD RX 580": a company before its model
    goes_on = _CODE_GOES_ON.match(text[c.end:c.end + 40])
    return bool(goes_on) and (dashed or " " in span or bool(re.match(r"[ -][A-Z]", goes_on.group(0))))


_CODE_NEAR = re.compile(rf"{DIGIT_WORD}", re.I)
# NATO words, with digits among them or not: how a code or a word is spelled
_NATO_CODE = re.compile(rf"(?<![\w'])(?:{'|'.join(NATO)})(?:[ ,-]+(?:{'|'.join(NATO)}|{DIGIT_WORD}|\d+))*[ ,-]+(?:{'|'.join(NATO)})(?![\w'])",
                        re.I)


# a phone menu's key in another language after a name: "Kwa Kiswahili, bonyeza 2", "para español, oprima dos"
_IVR_WORDS = (r"oprima|marque|presione|bonyeza|appuyez|tapez|faites|dr[üu]cken|druk|premere|digite|pindutin|tryck|trykk|"
              r"paina|naciśnij")
_IVR_KEY = re.compile(rf",?\s+(?i:{_IVR_WORDS}|pulse|premi|tast)\b")
# "appuyez sur le un", "för svenska tryck ett": a menu's words, no name (in lower case: "Northern Pulse Research" is one)
_IVR_SAID = re.compile(rf"\b(?:{_IVR_WORDS})\b")


_A_CAR = re.compile(rf"\b(?:(?i:the|a|an|my|our|his|her|their|your)|{MODEL_YEAR})\s+(?:(?i:{CAR_COLOURS})\s+)?$")  # "a silver Civic"


_PLACE_NOUN_NEXT = re.compile(r"\s+(?i:branch|office|store|airport|area|location|campus|city|county)\b")  # "the Tacoma branch"


def _first_names_in(text: str) -> bool:
    """Whether a word of `text` is a listed given name ("Sasa", "Rahmat")."""
    return any("first_name" in tables().get((fold(w).lower(),), ()) for w in re.findall(r"[^\W\d_]+", text))


def _names_none(c: Cand, greetings: list[tuple[int, int]], spelled: list[tuple[int, int]], text: str) -> bool:
    """Whether a candidate is a word of a greeting, thanks or goodbye said as one, or after another unless a given name
    ("Kia ora, ...", "ciao ciao buona giornata": no car maker; but "it's Shalom from the clinic", "Hi Sasa, it's
    Marko") or one NATO word of a spelling ("Zulu Alpha India Delta", "kilo
    x-ray seven": no airline, country or scan), capital letters that start a code ("M S K U 7 7 4 1",
    "MTA SG 3041 8872": no company), a car's model ("the 2025 Accord"), or a language named before a phone menu's key
    or a menu's words ("Kwa Kiswahili, bonyeza 2", "appuyez sur le un")."""
    return c.policy in ("person_name", "organization") \
        and bool(_IVR_KEY.match(text, c.end) or _IVR_SAID.search(text, max(0, c.start - 12), c.end)) \
        or c.policy == "organization" and _starts_code(c, text) \
        or c.policy in ("organization", "location", "person_name") and re.sub(r"['’]s$", "", text[c.start:c.end].lower()) in CAR_MODELS \
        and bool(_A_CAR.search(text, max(0, c.start - 32), c.start)) and not _PLACE_NOUN_NEXT.match(text, c.end) \
        or c.policy in _NAMING and any(a <= c.start and c.end <= b and (_OPENS.search(text, max(0, a - 12), a) or any(
            re.fullmatch(r",?\s+", text[e:a]) for _, e in greetings) and not _first_names_in(text[c.start:c.end]))
            for a, b in greetings) \
        or c.policy in _NAMING | {"language", "medical_process"} and any(a <= c.start and c.end <= b and (a, b) != (c.start, c.end)
                                                      for a, b in spelled) \
        or c.policy == "person_name" and _VERB_FIRST.match(text, c.start) and is_verb(text[c.start:c.end].lower()) \
        and bool(_CLAUSE_START.search(text, max(0, c.start - 12), c.start))


# a given name that is a verb, first in its clause with its object after it: "Mark my words", "Bill me later", "Rob them"
_VERB_FIRST = re.compile(r"[A-Z][a-z]+\s+(?:me|my|him|them|us|it|your|our)\b(?![-'’])")
_CLAUSE_START = re.compile(r"(?:^|[.?!:])\s*$")


# what a firm sells or a building holds, named after its kind: "the Summit plan", "the Rustic Harvest box", "the Tower wing"
_PRODUCT_NOUN = re.compile(r"\s+(?:plans?|tiers?|packages?|bundles?|range|box(?:es)?|models?|editions?|wing|"
                           r"series|menu|deal|kit|option|line ?up|flavou?r|blend|setting|mode|"
                           r"three-seater|two-seater|sofa|mattress|suite)\b", re.I)


def _bare(said: str) -> str:
    """A name as said again: lower case, without "the" before it or "'s" after it."""
    return re.sub(r"^the\s+|['’]s$", "", said.lower())


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)  # "the Summit plan"; not "Bill plans to come"


def _product(c: Cand, text: str) -> bool:
    """Whether a capitalized name of everyday words after "the", no firm, place or given name a list holds, names a
    product by its kind after it: "the Summit plan", "the Green Plate range" (but "the Verizon plan", "the Texas plan")."""
    said = text[c.start:c.end]
    words = re.findall(r"[A-Za-z]+", said)
    return c.policy in ("organization", "location", "person_name") and said[:1].isupper() \
        and bool(_PRODUCT_NOUN.match(text, c.end)) and bool(_THE_BEFORE.search(text, max(0, c.start - 6), c.start)) \
        and not {"organization", "place"} & set(tables().get(tuple(said.lower().split()), ())) \
        and all(is_english(w) and not {"place", "first_name"} & set(tables().get((w.lower(),), ())) for w in words)


_BRANCH_NOUN = re.compile(r"\s+(?:store(?!\s+(?:card|credit|brand))|office|branch|location|depot|warehouse|clinic|campus|passport office|"
                          r"plant|factory|property|outlet|showroom|"
                          r"airport|station|terminal|site|hub)\b", re.I)
_WHOSE_BRANCH = re.compile(r"\b(our|your|the)\s+$", re.I)  # a firm's branch called by its place
_IN_TOWN = re.compile(r"\s+in\s+[A-Z]")


def _a_quarter(said: str, branch: str) -> bool:
    """Whether the word before a shop's or office's branch in a town may be the town's quarter: one word, no English one,
    no initials, and no plant or factory, which are named by the firm ("the Foxconn plant in Zhengzhou")."""
    return " " not in said and not is_english(said) and not said.isupper() \
        and branch.split()[0].lower() not in ("plant", "factory")


# a state, county or country named right after a town, as addresses are said
_IN_REGION = re.compile(r",\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=\s*(?:[,.;?!]|$|(?:and|so|zip|postcode|area|in)\b))")
# a dealership is named by its owner or town and its maker, where one is at it: "I'm at Rivera Toyota"
_DEALER = re.compile(rf"\s(?i:{CAR_MAKERS})$")
_AT_DEALER = re.compile(r"\b(?:at|from|to|with|over at|called)\s+$", re.I)


def _compound(c: Cand, text: str) -> bool:
    """Whether a one-word candidate is the first word of a compound noun ("swiss cheese"), or a car's
    model after its maker ("Honda Accord", "a 2017 Volkswagen Jetta")."""
    maker = AFTER_MAKER.search(text, max(0, c.start - 12), c.start) \
        if c.policy in ("organization", "person_name", "location", "drug") and " " not in text[c.start:c.end] else None
    if maker and not _PLACE_NOUN_NEXT.match(text, c.end) and (
            c.policy in ("organization", "location", "drug")
            or (maker.group(0)[0].isupper() or is_lower(text) and not any(  # a maker no verb or adjective ("dodge kevin")
                maker.group(0).strip().lower() in base_words(pos) for pos in ("verb", "adj", "adv")))
            and not _VERB_AFTER.match(text, c.end)):
        return True  # "a toyota tacoma", "the chevy silverado" (not "take a seat Maria", "dodge kevin", "the Toyota Sarah
        # had": a name that starts a clause; not "the Toyota Leeds branch")
    if c.policy not in _NAMING and c.policy not in ("occupation", "language"):
        return False
    words = tuple(text[c.start:c.end].lower().split())
    nxt = re.match(r"\s+([A-Za-z]+)", text[c.end:c.end + 20])
    return words in _COMPOUND and not text[c.start:c.end].istitle() or len(words) == 1 and bool(nxt) and (words[0], nxt.group(1).lower()) in _COMPOUND


_VERB_AFTER = re.compile(r"\s+(?:had|has|have|drives?|drove|lent|sold|bought|owns?|owned|got|gets|uses?|used|is|was|will|said|"
                         r"wants?|needs?|left|took|takes)\b")
# an airport is a place, whatever the NER says: "Jomo Kenyatta International", "flying into O'Hare";
# so is where a flight goes, unless a first name says a person is flown to; a name ending in a car maker
# is a dealership
_STREET_OF = r"(?:(?:de|del|la|las|los|do|da|dos|das|di|des|du)\s+)?"  # "Calle de Alcalá", "Rua das Flores"
_NAMED_STREET = re.compile(rf"(?i:{_STREET_FIRST})\s+{_STREET_OF}\w[\w'-]*(?:\s+\w[\w'-]*){{0,3}}")
_STREET_WORD = re.compile(_STREET_FIRST)
_QUARTER_AFTER = re.compile(r"(?:[^\W\d_][\w'-]*\s+){1,2}(?i:mahallesi|mahalle|köyü)")  # a Turkish quarter or village
_STREET_NAME_AFTER = re.compile(rf"\s+{_STREET_OF}[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}}")
# the word a street's kind is in the languages that say it after the name ("friedrich ebert straße", "Mierové námestie",
# "Baross utca", "Tribhuvan Chowk"), and a street named for a date ("Avenida 5 de Julio", "Calle 16 de Septiembre")
_STREET_LAST = re.compile(r"(?i:straße|strasse|gasse|utca|út|iela|gatan|veien|chowk|námestie|náměstí)(?!\w)")
_STREET_KIND_NEXT = re.compile(rf"\s+{_STREET_LAST.pattern}")
_DATED_STREET = re.compile(rf"\b(?i:{_STREET_FIRST})\s+\d{{1,2}}\s+de\s+$")
_AIR = re.compile(r"\b(?i:air)\s$")  # an airline named by its country: "Air Samoa"
_AIRPORT = re.compile(r"\bairport$", re.I)
_FLOWN_TO = re.compile(r"\b(?:fly|flying|flew|flown|land|lands|landing|landed|depart|departing|departs|"
                       r"flights?(?:\s+(?-i:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{1,4})?(?: back)?)\s+"
                       r"(?:into|out of|from|at|in|to)\s+$", re.I)
# where someone is, said before a one-word name: "she's in Hays", "I'm still in Douglas", "we live in Ramsey"
_BEING = (r"(?:i['’]?m|i am|we['’]re|we are|he['’]?s|she['’]?s|they['’]?re|was|were|live[sd]?|living|based|stuck|staying|"
          r"stayed)\s+(?:(?:still|now|currently|down|up|over|out|back|here|just)\s+)?")
_BEING_IN = re.compile(rf"\b{_BEING}in\s+$", re.I)
# and a town's name where a customer names the firm they are with is that firm: "insured with Zurich"
_CUSTOMER_OF = re.compile(rf"\b(?:{CUSTOMER_CUES})\s+(?:the\s+)?$", re.I)


def _first_name_first(c: Cand, text: str) -> bool:
    """Whether a candidate starts with a listed first name: a person, wherever the words around put it."""
    return "first_name" in tables().get((text[c.start:c.end].split()[0].lower(),), ())


_SAINT = re.compile(r"(?i:saint|st\.?)\s+[A-Z]?[a-z][\w]*(?:['’]s?)?")


_SAINTS_DAY = re.compile(r"(?:['’]s)?\s+(?i:day|eve|feast)\b")


def _a_saints_place(said: str) -> bool:
    """Whether "St. X" or "Saint X" is a listed place ("St. Lucia", "Saint John")."""
    x = re.sub(r"^(?:saint|st\.?)\s+", "", fold(said).lower())
    return any("place" in tables().get((head, *x.split()), ()) for head in ("st", "saint"))



# what is held with a firm, then the firm: "your account number with Rogers", "my plan's through Oscar"
_HELD_WITH = re.compile(r"(?<!\bjoint )\b(?:account|policy|plan|contract|membership|loan|mortgage|insurance|coverage|"
                        r"subscription|broadband|internet)(?:\s+(?:number|no|id))?(?:['’]s|\s+(?:is|was))?\s+(?:with|through)\s+$",
                        re.I)
# (no one named with a title or a given name, nor whose name is said with "'s": "the account with Sarah's name on it",
# "the policy was through Gary Mendes, our broker", "a joint account with Priya")
_TITLED_OR_OWNED = re.compile(r"(?i:mr|mrs|ms|miss|dr)\b|.*['’]s\b")
_THROUGH = re.compile(r"\bthrough\s+$", re.I)  # a given name alone only "through": "my plan's through Oscar"
# a line moved from one provider to another: "port my number from Vi to Airtel", "switched our internet from Shaw to Rogers"
_PORTED_FROM = re.compile(r"\b(?:port|porting|ported|switch|switching|switched|move|moving|moved|bring|bringing|transfer|"
                          r"transferring)\s+(?:my|our|the|his|her|their)\s+(?:number|line|phone|mobile|account|service|"
                          r"internet|broadband)\s+(?:over\s+)?(?:from\s+|from\s+\S+\s+to\s+|to\s+)$", re.I)
_COUNTY = re.compile(r"\b(?:county|co\.)\s+$", re.I)
# the counties of the island of Ireland, said after "county" ("dingle, county kerry"; not "the best in the county, patrick")
_IRISH_COUNTIES = frozenset("antrim armagh carlow cavan clare cork derry donegal down dublin fermanagh galway kerry kildare "
                            "kilkenny laois leitrim limerick longford louth mayo meath monaghan offaly roscommon sligo "
                            "tipperary tyrone waterford westmeath wexford wicklow".split())


def _as_place(c: Cand, text: str) -> Cand:
    """A candidate read again by where it stands: an airport, a flight's destination, a branch's town, a street named
    by its foreign word or a city named as people are where a place is asked for is a location; a name ending in a
    car maker, said where one is at it, a dealership; a town one is insured or banks with, or "Air" and a country, a
    firm."""
    if c.policy == "organization" and (_AIRPORT.search(text[c.start:c.end]) or _FLOWN_TO.search(text[max(0, c.start - 25):c.start])):
        return Cand(c.start, c.end, "location", c.score)
    if c.policy == "person_name" and _DEALER.search(text[c.start:c.end]) and text[c.start].isupper() \
            and _AT_DEALER.search(text, max(0, c.start - 12), c.start) and not _first_name_first(c, text):
        return Cand(c.start, c.end, "organization", c.score)  # "I'm at Rivera Toyota", not "ask for Gerald Ford"
    listed = tables().get(tuple(fold(text[c.start:c.end]).lower().split()), ())
    whose = _WHOSE_BRANCH.search(text, max(0, c.start - 6), c.start)
    branch = _BRANCH_NOUN.match(text, c.end)
    if c.policy in ("person_name", "organization") and branch and (
            "place" in listed or whose and "organization" not in listed and (
                whose.group(1) != "the" or c.policy == "person_name" and text[c.start:c.end].isalpha()
                or _a_quarter(text[c.start:c.end], branch.group(0)) and _IN_TOWN.match(text, branch.end()))):
        return Cand(c.start, c.end, "location", c.score)  # "pickup at our Mississauga store", "your Fairview location",
        # "the Sitabuldi store in Nagpur": a quarter of the town, no word (but "the Summit office in Leeds")
    words = text[c.start:c.end].lower().split()
    if c.policy in ("person_name", "organization") and (_NAMED_STREET.fullmatch(text, c.start, c.end)
                                                        or _QUARTER_AFTER.fullmatch(text, c.start, c.end)) \
            and not (c.policy == "person_name" and len(words) == 2 and "surname" in tables().get((fold(words[1]),), ())
                     and ("first_name" in tables().get((fold(words[0]),), ()) or is_english(words[0]))):
        return Cand(c.start, c.end, "location", c.score)  # "on Calle Ocho", "Rue Makdissi, Nasr building", "Çepni
        # Mahallesi", "Barrio Guanuca": a street or a quarter
        # (not "Rue Henderson called": a name or word and a surname; but "Jalan Gaya")
    if c.policy in ("person_name", "organization") and (
            (kind := _STREET_KIND_NEXT.match(text, c.end)) or len(words) > 1 and _STREET_LAST.fullmatch(words[-1])) \
            and not re.match(rf"{TITLE_WORDS}\b", words[0]):
        return Cand(c.start, kind.end() if kind else c.end, "location", c.score)  # "friedrich ebert straße", "Mierové námestie"
    dated = _DATED_STREET.search(text, max(0, c.start - 20), c.start)
    if c.policy in ("person_name", "organization", "date") and dated and len(words) == 1:
        return Cand(dated.start(), c.end, "location", c.score)  # "Avenida 5 de Julio"
    after = _STREET_NAME_AFTER.match(text, c.end) if len(words) == 1 and _STREET_WORD.fullmatch(words[0]) else None
    if c.policy in ("person_name", "organization") and after:
        return Cand(c.start, after.end(), "location", c.score)  # "Calle" read alone before "Mayor"
    if c.policy == "person_name" and _SAINT.fullmatch(text, c.start, c.end) and not _a_saints_place(text[c.start:c.end]) \
            and not _SAINTS_DAY.match(text, c.end):
        return Cand(c.start, c.end, "organization", c.score)  # "the memorial is at Saint Nicholas", "still in st thomas'":
        # a church, a hospital or a school named for its saint (not "St. Helier", "Saint Patrick's Day")
    if c.policy == "person_name" and (_HELD_WITH.search(text, max(0, c.start - 50), c.start)
                                      or _PORTED_FROM.search(text, max(0, c.start - 60), c.start)) \
            and not _TITLED_OR_OWNED.match(text[c.start:c.end + 2]) and not ("first_name" in tables().get((fold(words[0]),), ())
                                                                           and (len(words) > 1 or not _THROUGH.search(text, 0, c.start))):
        return Cand(c.start, c.end, "organization", c.score)  # "my account with Rogers", "port my number from Vi to"
    county = _COUNTY.search(text, max(0, c.start - 8), c.start)
    if c.policy in ("person_name", "organization") and county and len(words) == 1 and words[0] in _IRISH_COUNTIES:
        return Cand(county.start(), c.end, "location", c.score)  # "from dingle, county kerry": Ireland's counties
    region = _IN_REGION.match(text, c.end)
    if c.policy in ("person_name", "organization") and region and text[c.start].isupper() \
            and "place" in tables().get(tuple(region.group(1).lower().split()), ()) \
            and not (len(words) > 1 and _first_name_first(c, text)) \
            and not (c.policy == "organization" and (BODY_START.match(text, c.start) or _HEAD_WORD.search(text, c.start, c.end))):
        return Cand(c.start, c.end, "location", c.score)  # "Tyler, Texas", "Hope, Derbyshire": a town and its region
        # (not "My name is Joseph Murphy, Durango, Mexico is where I was born"; not a firm by its kind: "Camping
        # Namancambre, Somoto")
    air = _AIR.search(text, max(0, c.start - 4), c.start)
    if c.policy == "location" and air:
        return Cand(air.start(), c.end, "organization", c.score)  # "Air Samoa", "air seychelles": an airline
    if c.policy == "person_name" and _FLOWN_TO.search(text[max(0, c.start - 25):c.start]) and not _first_name_first(c, text):
        return Cand(c.start, c.end, "location", c.score)  # "your flight back to Changi"
    if c.policy == "person_name" and len(words) == 1 and not text[c.start:c.end].isupper() \
            and _BEING_IN.search(text, max(0, c.start - 40), c.start) and place_asked(text, c.start, c.end) \
            and re.match(r"\s*(?:[.,;?!]|$)|\s+(?:on|for|and|with|at|since|last|next|this|now|where|but|so)\b", text[c.end:]):
        return Cand(c.start, c.end, "location", c.score)  # "she's in Hays with a broken pelvis", "I'm in Douglas, on the Isle
        # of Man": a name after "in", the clause going on as after a place (not "R as in Robert", "in Maria's name")
    if c.policy == "person_name" and " " in text[c.start:c.end].strip() and place_asked(text, c.start, c.end) \
            and (re.match(r"(?i:prince|princess|king|queen)\s", text[c.start:c.end])
                 or fold(words[0]).rstrip(".") in _TOWN_FIRST_WORDS and "first_name" not in tables().get((fold(words[0]),), ())
                 or not any({"first_name", "surname"} & set(tables().get((fold(w).lower(),), ()))
                            for w in re.findall(r"[^\W\d_]+", text[c.start:c.end]))):
        return Cand(c.start, c.end, "location", c.score)  # "tickets to Haida Gwaii", "calling from Nieuw Nickerie", "I'm
        # in Prince Rupert": a name of several words, none a given name or surname (or a royal's title first, as towns
        # are named after them, or a town's first word: "we go to Puerto Saavedra"), where a place is asked for
    if c.policy == "organization" and _LIVES_IN.search(before_fillers(text, c.start)) and place_asked(text, c.start, c.end) \
            and "organization" not in listed and not _HEAD_WORD.search(text, c.start, c.end) \
            and not text[c.start:c.end].lower().startswith("the ") and not re.search(r"['’]s?$", text[c.start:c.end]):
        return Cand(c.start, c.end, "location", c.score)  # "we live in Eckerö", "flown in from Tasiilaq", "I'm originally
        # from Tyrol": no firm's word or listed firm where one lives, is or flies from (but "I'm calling from Zopa", "I
        # came over from Telcomax", "he's in the National Guard", "he's in St. Vincent's": a firm)
    if c.policy == "person_name" and fold(text[c.start:c.end]).lower() in name_towns() \
            and (_FLOWN_TO.search(text[max(0, c.start - 25):c.start]) or place_asked(text, c.start, c.end)):
        return Cand(c.start, c.end, "location", c.score)  # "the dealership in Hamilton", "flight EK2005 to Kingston", "i
        # am from kingston": a city named as people are, where a place is asked for (not "a text from Eugene")
    if c.policy == "person_name" and len(words) == 1 and not text[c.start:c.end].isupper() and not is_name(fold(words[0])) \
            and _from_where_one_is(text, c.start, c.end):
        return Cand(c.start, c.end, "location", c.score)  # "I'm calling from Patras", "Lotte Peeters here, from Ghent",
        # "he's Hungarian, from Lendava": a word no list names as a person's, where one says where one is from
    if c.policy in ("person_name", "organization") and _CALLING_FROM.search(before_fillers(text, c.start)) \
            and (own := _OWN_TALK_NEXT.match(text, c.end)) and "organization" not in listed \
            and (own.group(0)[:1] in ".,;!" or own.group(0).strip().startswith("in") or not _first_names_in(text[c.start:c.end])) \
            and (not own.group("lower") or "place" in tables().get((fold(own.group("lower")),), ())) \
            and not any(is_english(w) and w.lower() not in _IN_TOWN_NAMES for w in re.split(r"[\s-]+", text[c.start:c.end])):
        return Cand(c.start, c.end, "location", c.score)  # "I'm calling from Teruel. My mother is", "calling from Loja
        # in Ecuador", "calling from Saint-Laurent-du-Maroni, my little girl": what one calls from, no listed firm and no
        # English word but a town's, before one's own matters or where it lies (not "calling from Zopa about your
        # loan", "from Wexford Research. We're doing a survey", "from Dangote Cement in Obajana")
    if c.policy == "location" and _CUSTOMER_OF.search(text, max(0, c.start - 30), c.start) \
            and not _BRANCH_NOUN.match(text, c.end):
        return Cand(c.start, c.end, "organization", c.score)  # "insured with Zurich", "I bank with Halifax"
    return c


# the words a town's name starts with ("Puerto Saavedra", "Fort Portal", "São Tomé"), and all the words of towns' names
_TOWN_FIRST_WORDS = frozenset("saint sainte san santa santo sao st port porto puerto fort mount ciudad villa vila bandar kota".split())
_IN_TOWN_NAMES = NAME_JOINERS | _TOWN_FIRST_WORDS | frozenset("new old north south east west upper lower great little les am an".split())
_CALLING_FROM = re.compile(r"\b(?:calling|ringing|phoning)\s+from\s+$", re.I)
# what a caller says next about their own matters, or the region a town lies in: "Teruel. My mother", "Pau, my husband",
# "piła about my gas bill", "tábor my electricity meter" (a case-less text has no stop to hear),
# "Loja in Ecuador", "chitré in herrera" (not "Zopa, your loan", "Brightwave Solar, my name is Dave", "Kestrelline, we're
# running a survey": an agent; not "Velmora in regards to")
_OWN_TALK_NEXT = re.compile(r"\s*[.,;!]?\s+(?:(?i:uh|um|er|erm|and|so|well),?\s+)?(?:(?i:about)\s+)?(?i:my)(?!\s+(?i:name))\b"
                            r"|\s+in\s+(?:the\s+)?(?:[A-Z]|(?P<lower>[a-z]+))")
# where one is from, said after "here", "originally" or a nationality: "Yusuf Mohammadi here, from Mazar", "Icelandic, from"
_SAYS_FROM = re.compile(r"\b(?:(?P<how>here|originally)|(?P<nat>[A-Za-zÀ-ÿ]+)),?\s+(?:from,?\s+)+$", re.I)


def _from_where_one_is(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] follows a "from" that says where one is from: where a place is asked for ("I'm calling from",
    "ringing from") or after "here", "originally" or a nationality; not a possessive or a name going on after it."""
    before = before_fillers(text, a)
    said = _SAYS_FROM.search(before)
    if said and (said.group("how") or "nationality" in tables().get((said.group("nat").lower(),), ())):
        return not re.match(r"['’]s\b|\s+[A-Z]|\s+name\b", text[b:b + 9])
    return before.rstrip().lower().endswith("from") and place_asked(text, a, b)


_HEAD_WORD = re.compile(rf"\b(?:{ORG_HEAD})\b|&|\b(?:{ORG_HEAD_LOWER})\b")  # a firm's kind word in any case
# where one is (as `_BEING_IN`, or near or outside), was born, or flies from or to: said of places, never of a firm one
# works for or leaves
_LIVES_IN = re.compile(rf"\b(?:{_BEING}(?:in|near|outside)"
                       r"|(?:originally|born|raised|grew up)\s+(?:in|from|near|outside)"  # not "hi, I'm from Zentrix"
                       r"|(?:fly|flying|flew|flown|flight)\s+(?:(?:in|back|out)\s+)?(?:from|to|into))\s+$", re.I)


# "... K T. Clinic: Perfect": a speaker's label opens a turn (or the blank left where a role's label was)
_TURN_OPENS = re.compile(r"(?:(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)[.?!]\s+|\n)[A-Z][\w'’-]*:\s|[.?!]\s{3,}")
_NAMING_POLICIES = frozenset({"person_name", "organization", "location", "nationality", "language", "event"})


def _within_turn(c: Cand, text: str) -> Cand | None:
    """A name read over the end of one turn and a speaker's label is the part before the turn ends
    ("K T. Clinic: Perfect" read as a firm is no firm; the letters before it stay for their own reading)."""
    if c.policy not in _NAMING_POLICIES:
        return c
    m = _TURN_OPENS.search(text, c.start, c.end + 2)  # (the label's colon may stand right after the name)
    if not m or m.start() >= c.end:
        return c
    end = c.start + len(text[c.start:m.start()].rstrip(" ,"))
    named = re.search(r"[A-Za-z]{2}", text[c.start:end]) and not re.search(r"\d", text[c.start:end])
    return Cand(c.start, end, c.policy, c.score) if named else None  # "It's PX44120. Insurance:": no firm at all


def _entities(ctx: Ctx, policies: frozenset[str]) -> list[Entity]:
    """Run every recognizer on one context and resolve the candidates into entities."""
    cands: list[Cand] = []
    greetings = [g.span() for g in GREETING_RX.finditer(ctx.text)]
    # a run of NATO words spells something when it is long or read with digits, around it or inside it
    # ("lima sierra six two quebec", "Kilo seven Quebec X-ray Papa Mike")
    spelled = [g.span() for g in _NATO_CODE.finditer(ctx.text) if len(g.group(0).split()) >= 3
               or _CODE_NEAR.search(ctx.text[max(0, g.start() - 14):g.start()] + " " + g.group(0) + " " + ctx.text[g.end():g.end() + 14])]
    listed_places: set[Cand] = set()
    capitals = not is_lower(ctx.text) or sentence_cased(ctx.text)
    for rec in RECOGNIZERS:
        if rec.name == "ner" and ctx.doc is None:
            continue
        found = [_spoken(_addressed(_as_place(_bare_name(c, greetings, ctx.text), ctx.text), ctx.text), ctx.text)
                 for c in map(_within_turn, rec.fn(ctx), repeat(ctx.text))
                 if c and not _compound(c, ctx.text) and not _names_none(c, greetings, spelled, ctx.text)]
        if capitals:  # (a text of many sentences begun with capitals names nothing mid-sentence in lower case either)
            found = [c for c in found if not _unnamed_lower(c, ctx.text)]
        if rec.name == "lexicons":
            listed_places = {c for c in found if c.policy == "location"}
        cands.extend(found)
    # a product named by its kind ("the Summit plan") is that product wherever the call names it again ("Summit's the one")
    products = {_bare(ctx.text[c.start:c.end]) for c in cands if _product(c, ctx.text)}
    cands = [c for c in cands if c.policy not in ("organization", "location", "person_name")
             or _bare(ctx.text[c.start:c.end]) not in products]
    # a listed town inside a name the NER reads whole is part of the name: "Rafael Albuquerque Santos"
    people = [c for c in cands if c.policy == "person_name" and c.score >= 0.87]
    cands = [c for c in cands if not (c in listed_places and any(p.start <= c.start and c.end <= p.end
                                                                  and (p.start, p.end) != (c.start, c.end) for p in people))]
    # and a listed place of several words, or a word of it, is no name: "corpus christi", "leaves La Serena at"
    towns = [c for c in listed_places if " " in ctx.text[c.start:c.end].strip()]
    cands = [c for c in cands if not (c.policy == "person_name" and any(
        t.start <= c.start and c.end <= t.end for t in towns))]
    resolved = join_neighbours(resolve(cands, policies), ctx.text, policies)
    for step in (security_answers, titles_before_names, split_read_backs, spelled_again, carry_corrections, carry_back,
                 parts_again, amounts_again, looks_listed, ages_again, ages_before_who, births_again, towns_after_places, routes, towns_after_streets, towns_before_regions,
                 towns_after_firms, postcodes_in_addresses, saints_in_places, firms_by_head, landmarks, agents_speaking, languages_listed,
                 parties_listed, parties_paired, names_again, labels_as_named, echoes):
        resolved = step(resolved, ctx.text, policies)
    return [Entity(c.start, c.end, c.policy, ctx.text[c.start:c.end], round(c.score, 3))
            for c in (_without_lead(c, ctx.text) for c in resolved)]


_TEMPORAL = frozenset({"date", "time", "date_interval", "date_of_birth", "duration", "credit_card_expiration"})
_LEAD = re.compile(r"(?:(?:on|at|by|the|next|last|this|every|until|till|from|since|in)\s+)+(?=\S)", re.I)
_ARTICLE = re.compile(r"the\s+(?=\S)", re.I)


def _without_lead(c: Cand, text: str) -> Cand:
    """A date or time without the words that lead to it ("on Monday", "at noon", "the 1990s"), a firm or
    place without its article ("the IRS", "the Home Office"): the value is what is private, and the spans
    say so the same way every time."""
    m = _LEAD.match(text, c.start, c.end) if c.policy in _TEMPORAL \
        else _ARTICLE.match(text, c.start, c.end) if c.policy in ("organization", "location") else None
    return Cand(m.end(), c.end, c.policy, c.score) if m and m.end() < c.end else c


def _wanted(policies: set[str] | None) -> frozenset[str]:
    """The policies asked for; a name that is none of the 44 is an error, not silently nothing found."""
    if policies is None:
        return _ALL
    unknown = sorted(set(policies) - _ALL)
    if unknown:
        raise ParamError(f"unknown polic{'y' if len(unknown) == 1 else 'ies'} {', '.join(map(repr, unknown))}: "
                         "use names of piikit.policies.POLICIES, e.g. 'phone_number'", field="policies")
    return frozenset(policies)


def detect(text: str, policies: set[str] | None = None) -> list[Entity]:
    """PII entities of `policies` (None = all) in `text`: sorted, non-overlapping."""
    return detect_batch([text], policies)[0]


# a speaker's role written before the turn, as transcripts are exported: "Agent: ...", "caller: ...",
# "Speaker A: ...", "SPEAKER_01: ..." is the role only; "Dana: ..." (a name as the label) is left to be found
_LABEL = re.compile(
    rf"(?<![\w'-])(?<!\bmy )(?<!\bthe )(?<!\byour )(?<!\bour )(?:{'|'.join(SPEAKER_ROLES)}|"
    r"speaker(?:[ _]?(?:[a-z]|\d{1,2}))?|spk[ _]?\d{1,2}|(?:customer|caller|agent) \d)\s?:(?=\s|$)", re.I)


# a word before a colon that opens a turn: "Pharmacy: It's ready", "Lumos: Sorry about that" (also on a line of its own)
_TURN_LABEL = re.compile(r"(?:^|(?<=[.?!] )|(?<=\n))([A-Z][\w'’-]+(?: [a-z][\w'’-]+)?):(?=\s)")  # "School nurse:" too
# roles a transcript names its speakers by: "Pharmacy:", "Student:", "Agency:" (jobs are in the occupation list)
_ROLES = frozenset(SPEAKER_ROLES) | frozenset(
    "patient student member user player guest staff support office pharmacy clinic agency dispatch reservations venue "
    "club shop store plan bank insurance insurer hospital school reception desk team host tenant landlord buyer seller "
    "supplier dealer company firm lender broker owner parent resident applicant claimant driver passenger".split())


def _turn_labels(text: str, least: int = 2) -> dict[str, list[tuple[int, int]]]:
    """Words that open `least` turns or more as their speaker's label, with where each label stands."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _TURN_LABEL.finditer(text):
        spans.setdefault(m.group(1), []).append(m.span(1))
    return {w: s for w, s in spans.items() if len(s) >= least}


def _role_labels(text: str) -> list[tuple[int, int]]:
    """Labels that are a role ("Pharmacy:", "Support:", "Landlord:"): a role's word or a job, or one who does what a
    verb says, of no list, that opens two turns or more ("Arranger:", "Recruiter:"); no name, and no word the call
    says as a name inside a sentence (as it does a firm's: "you've reached Kindred")."""
    out = []
    for word, spans in _turn_labels(text, least=1).items():
        lower = word.lower()
        inside = re.compile(rf"(?<=[\w,;:] ){re.escape(word)}(?![\w'’:-])")  # said with a capital mid-sentence
        role = lower in _ROLES or "occupation" in tables().get(tuple(lower.split()), ()) \
            or len(spans) >= 2 and _agent_noun(lower) and not tables().get((lower,))
        if role and not is_name(lower) and not is_cue(lower) and not inside.search(text):
            out.extend((a, b + 1) for a, b in spans)
    return out


def _agent_noun(word: str) -> bool:
    """Whether a word names one who does what a verb says ("arranger", "recruiter", "canvasser"); of seven letters or
    more, as the old trades that are surnames too are shorter ("Hunter", "Walker")."""
    return len(word) >= 7 and word.endswith(("er", "or")) and (is_verb(word[:-1]) or is_verb(word[:-2]))


def unlabelled(text: str) -> str:
    """`text` with speakers' role labels blanked out (same length, so offsets hold): a label is no
    company ("Agent: Good morning") and starts a turn, so it ends one the ASR left unpunctuated; as a
    question mark, since the next turn often answers it ("agent: expiry caller: oh four twenty eight")."""
    if ":" not in text:
        return text

    def blank(m: re.Match) -> str:
        stopped = re.search(r"[.?!]\s*$", text[max(0, m.start() - 3):m.start()]) or not text[:m.start()].strip()
        return (" " if stopped else "?") + " " * (m.end() - m.start() - 1)
    text = _LABEL.sub(blank, text)
    roles = _role_labels(text)
    if not roles:
        return text
    chars = list(text)
    for a, b in roles:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def detect_batch(texts: list[str], policies: set[str] | None = None) -> list[list[Entity]]:
    """`detect` over many texts, running the NER in batches (faster than one by one)."""
    wanted = _wanted(policies)
    if not wanted:
        return [[] for _ in texts]
    plain = [unlabelled(t) for t in texts]
    use_ner = bool(wanted & NER_POLICIES)
    spacy_docs = docs(plain) if use_ner else (None for _ in texts)
    return [[e._replace(text=t[e.start:e.end]) for e in _entities(Ctx(p, doc), wanted)] if t.strip() else []
            for t, p, doc in zip(texts, plain, spacy_docs)]
