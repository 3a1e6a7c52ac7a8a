"""Organizations no list knows, read from the call's own words: the name after a cue of
working for or doing business with it ("I work for zentrix", "thanks for calling omnicare",
"we're insured with brightpath"). The NER misses such names, above all in case-less ASR text.
"""

from __future__ import annotations

import itertools
import re
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from piikit.detect.base import (CAR_COLOURS, CAR_MAKERS, CAR_MODEL_SAID, CAR_PAINTS, GENERIC_DESK, GREETING, MODEL_YEAR, RANKS,
                                SPEAKER_ROLES, Cand, Ctx)
from piikit.detect.english import base_words, is_english
from piikit.detect.ids import is_cue
from piikit.detect.lexicons import CUEABLE_ORG, ORG_CUES, fold, tables
from piikit.detect.ner import (FIRM_WORDS, ING_TRADES, KIN_TITLES, NOT_ORG_ACRONYMS, POLITE, TITLE_WORDS, firm_then_agent,
                               is_lower, is_name, town_lean)
from piikit.detect.patterns import ORG_HEAD_LOWER
from piikit.detect.spoken import DIGIT_WORD
from piikit.detect.temporal import DAY_OR_MONTH, MONTH, WEEKDAY

_CUE = re.compile(
    rf"\b(?:{ORG_CUES}|"
    r"calling (?:from|on behalf of)|on behalf of|(?:i'?m|i am|we'?re|we are|this is \w+|it'?s \w+) (?:with|from)|"
    r"(?:she'?s|he'?s|they'?re) with|(?:i'?m|i am|he'?s|she'?s|he is|she is) an? (?:[a-z]+ ){1,3}(?:at|for)|"
    r"switched (?:over )?(?:to|from)|thanks? (?:you )?for calling|you'?ve reached|welcome to|"
    r"(?:transferred|sent) (?:me )?(?:here )?from)\s+(?:the\s+)?"
    r"([^\W\d_](?:[^\W\d_]|[&'’-])+)", re.I)
_CHANNELS = frozenset("app apps website site portal online internet web phone email e-mail mail post sms text crypto "
                      "bitcoin btc usdt ether cash cheque".split())  # ways, not firms: "paid with crypto"
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[&'’-])+")  # "Société Générale", not "Soci"


def _unknown(word: str) -> bool:
    """A word no English dictionary or phrase list has: likely a made-up company name."""
    w = re.sub(r"'s$", "", word.lower())
    return len(w) >= 3 and not re.search(r"['’](?:t|re|ve|ll|d|m|all)$", w) and w not in STOP_WORDS \
        and (w,) not in tables() and (fold(w),) not in tables() and not is_english(w)  # (not "hasn't", "y'all")


# the wards, desks and halls of hospitals, schools and airports, named with a capital
_WARDS = frozenset("maternity arrivals departures primary secondary outpatients inpatients emergency pharmacy admin "
                   "management reception triage surgery theatre theatres recovery".split())
_PLACE_GOES_ON = re.compile(r"\s+(?:of|de|des|du|del|da|do|la|le)\s+[A-Z]")


def _capitalized_word(word: str) -> bool:
    """An English word written with a capital where no sentence starts, and in no list of names, places, days or other
    kinds: a firm's name after a cue ("I'm a project manager at Persistent", "she's with Intact")."""
    return word[0].isupper() and not word.isupper() and is_english(word) and word.lower() not in STOP_WORDS \
        and not tables().get((word.lower(),)) and not DAY_OR_MONTH.fullmatch(word) \
        and word.lower() not in KIN_TITLES | _FAMILY | _NOT_A_FIRM | _NOT_A_FIRM_END | _WARDS and not GENERIC_DESK.fullmatch(word) \
        and not word.lower().endswith("ology")  # not "with Grandma", "from Support", "with Security", "at Oncology"


# how an agent answers: "thanks for calling StreamBox support", "you've reached Kindred trust and
# safety", "thank you for calling cascade power, this is luis": the words after it name the company
_ANSWER = re.compile(r"\b(?:(?:thanks?|thank you) for (?:calling|contacting|choosing|(?:driving|flying|riding|"
                     r"shopping|banking|travell?ing|staying) with)|you(?:'?ve| have) reached|"
                     r"you(?:'?re| are) (?:through|speaking) to|you'?ve been (?:put )?through to|"
                     r"(?P<welcome>welcome to))\s+(?P<the>the\s+)?",
                     re.I)
_LEAVE = re.compile(r"\b(?:leave|message|not available|unavailable|can'?t|cannot|unable|get back|away from|beep|tone)\b", re.I)
# what a phone menu or a voicemail says one has reached: "the maximum number of attempts", "the voicemail of James",
# "the Smith family"
_NOT_REACHED = re.compile(r"(?i)(?:maximum|max|end|limit|level|tier|status|voicemail|voice mail|mailbox|your|gold|silver|"
                          r"platinum)\b|.*\b(?:family|household|residence)$")
_VOICEMAIL = re.compile(r"(?:['’]s)?\s+(?:voicemail|voice mail|phone|mobile|cell|line|answering machine|family|household|"
                        r"residence)\b", re.I)
_AGENT_SPEAKING = re.compile(r"\s(\w+)(?=\s+speaking\b)")
_AGENT_NAMED = re.compile(r"you(?:'?re| are) (?:through|speaking) to", re.I)
# the words of a greeting, a thanks or an answer, which a firm's name is not
_COURTESY = (rf"(?:{GREETING}|calling|holding|waiting|thank you|thanks|thank|yes|yeah|yep|okay|ok|sure|right|well|so|oh|"
             r"uh|um|sorry|please)")
# the firm was named just before ("Bayview Dental Studio, you're speaking to Lerato"): who comes next is its agent; a
# clause that starts or ends with a courtesy ("Thanks for holding, ...", "kia ora, ...") named none
_AFTER_FIRM = re.compile(rf"(?:^\s*|[.?!:]\s+|,\s+)(?!{_COURTESY}\b)[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){{0,4}},\s*$", re.I)
_COURTESY_LAST = re.compile(rf"\b{_COURTESY}\s*,\s*$", re.I)


def _a_persons(said: str) -> bool:
    """Whether words answered with are a person's name: two or three words, a given name first or no English word."""
    words = said.lower().split()
    return 2 <= len(words) <= 3 and ("first_name" in tables().get((words[0],), ()) or not any(map(is_english, words)))


_FIRM_AFTER = re.compile(r"\s+(?:at|from|with|of)\s+(?:the\s+)?[A-Z]")  # "... Adaeze Okonkwo at Brightpath Talent"
# "Welcome to Safiri driver support": an agent's first words; "welcome to Canada" mid-call is no answer
_FIRST_WORDS = re.compile(rf"(?:^\s*|[.!?:]\s+)(?:(?:{GREETING}|and)[,.!]?\s+)*$", re.I)
_DESK = frozenset("customer member tech technical support service services help helpdesk helpline billing sales "
                  "claims team line department desk trust safety intake".split())
# desk words that stay outside a name even capitalized ("StreamBox Customer Support"; but "Family Services")
_DESK_NAMED = frozenset("customer support care help helpdesk helpline desk team trust safety".split())
_CONNECTORS = ("&", "and", "of", "de", "for", "del", "la", "los", "las", "da", "dos", "das", "van", "von", "der")
# and the small words of other languages inside a capitalized name ("Praxis am Schrevenpark", "Hotel zum Löwen", "Casa
# di Cura", "Clínica do Sol", "Pereira e Filhos"), only between capitalized words: in case-less text they are words
_CONNECTORS_CASED = frozenset(_CONNECTORS) | frozenset("am an im zum zur auf du des di della delle dei do e y en op aan "
                                                       "het le".split())
_DESK_AFTER = frozenset("payroll admissions reception billing claims helpdesk".split())  # also "IT", "HR", a lower-case desk
_DESK_SAID_AFTER = re.compile(r",\s+(?:[^\W\d_]+\s+){0,2}(?:office|desk|department|team|line|reception|switchboard)\s*(?:,|$)", re.I)
_SERVICE = frozenset("gas water power electric electricity emergency emergencies billing customer service services "
                     "support help front desk reception office pharmacy clinic hospital main general enquiries "
                     "inquiries appointments bookings sales accounts returns line team department claims "
                     "switchboard operator nurse advice out of hours after-hours right wrong place number "
                     "voicemail mailbox animal shelter library school store shop restaurant hotel box ticket "
                     "tickets lost property".split())
# where the name answered with has ended; in case-less text also the words that start what the agent says next
# ("welcome to crestline student aid please have your account number ready")
_CLAUSE = re.compile(r"[,.;:?!]|\s(?:this is|my name|how|who|what|i'?m|i am|you'?re|speaking|where)\b", re.I)
_CLAUSE_LOWER = re.compile(rf"{_CLAUSE.pattern}|\s(?:please|if|before|your|we'?re|we are|can|calls?|press)\b"
                           # "... servicing this call may be recorded", "... bredband för svenska tryck ett"
                           r"|\sthis (?:call|line|conversation)\b|\s(?:för|for|para|pour|für)\s+\w+(?:\s+\w+)?\s+"
                           r"(?:press|tryck|pulse|marque|appuyez|tapez|drücken|druk|trykk|tryk)\b", re.I)


# what a business is, said without its name: "the pet store", "bike shop, this is...", "customer care"
_KIND = frozenset("store shop center centre office desk line support care clinic pharmacy department team service "
                  "services company agency hospital school restaurant hotel bank library helpline hotline garage "
                  "salon studio surgery practice".split())


def _a_kind_of_place(words: list[str]) -> bool:
    """Whether case-less words only say what kind of business it is: a kind noun and at most one
    English word before it ("pet store", "leasing office"); a name has more ("north shore counselling")."""
    said = [w.lower() for w in words]
    return len(said) <= 2 and said[-1] in _KIND and all(is_english(w) for w in said)


_TITLED = re.compile(rf"{TITLE_WORDS}\b", re.I)


def _answered_as(text: str, start: int, lower_text: bool, agent: bool = True) -> int:
    """End of the company name said from `start`: its capitalized words (with "&", "of" between),
    or in case-less text its one to four words before the comma, the desk ("support") or "this is".
    `agent`: whether a person may be named there instead ("you're through to Hamza")."""
    stop = (_CLAUSE_LOWER if lower_text else _CLAUSE).search(text, start, start + 60)
    if not stop:
        return start  # no clause end soon: a sentence, not a name
    words = list(re.finditer(r"\S+", text[start:stop.start()]))
    if _TITLED.match(text, start):
        return start  # "thank you for calling, Mr. Bains": the caller thanked by name, not "Mission Linen"
    while words and (words[-1].group(0) in _DESK
                     or words[-1].group(0)[0].isupper() and words[-1].group(0).lower() in _DESK_NAMED):
        words.pop()
    if lower_text:
        if not 1 <= len([w for w in words if w.group(0) not in _CONNECTORS]) <= 4 \
                or any(w.group(0) in STOP_WORDS and w.group(0) not in _CONNECTORS for w in words) \
                or any(w.group(0) in _GREETS for w in words[1:]) or any(c.isdigit() for w in words for c in w.group(0)) \
                or len(words) == 1 and is_english(words[0].group(0)) or _a_kind_of_place([w.group(0) for w in words]):
            return start  # "thank you for calling back", "... the pharmacy", "... the pet store": no name
    else:
        keep = 0
        while keep < len(words) and (words[keep].group(0)[0].isupper() or keep and words[keep].group(0) in _CONNECTORS_CASED):
            keep += 1
        words = words[:keep]
    while words and words[-1].group(0).lower() in _CONNECTORS_CASED:
        words.pop()
    one = len(words) == 1 and words[0].group(0).lower()
    lists = tables().get((fold(one),), ()) if one else ()  # an accent aside: "Lucía" is listed as "lucia"
    if all(w.group(0).lower() in _SERVICE for w in words) \
            or agent and one and ("first_name" in lists
                                  or not is_english(one) and "organization" not in lists
                                  and firm_then_agent(text, start)):
        return start  # "you're through to the gas emergency line": a service; "... through to Hamza", "Afon Water,
        # you're through to Rhodri": the agent
    return start + words[-1].end() if words else start


# "Peaceful Rest Funeral Home, this is Gerald", "Walgreens pharmacy, this is Kevin", "hello, st.
# brigid's nursing home, bernadette speaking": a business answering by its name, then the agent's
# (not "Honestly, this is our number one priority", "Well, this is the third time": no one is named after it)
_AGENT = re.compile(r",\s+(?:this is(?!\s+(?:our|a|an|the|my|your|his|her|their|it|its|not|what|why|how|so|just|really|"
                    r"about|all|exactly|for|because|where|when|that|actually|very|too|such|ridiculous|crazy|"
                    r"going|getting|happening|taking|costing|killing|driving|making|starting)\b)|my name is|my name's|you'?re (?:speaking|through) (?:with|to)|how (?:can|may) i help"
                    r"|(?:(?:mr|mrs|ms|dr)\.?\s+)?(?:[^\W\d_][\w'’-]*\s+){1,2}speaking"
                    # or greets the caller first: "Kaspi, good afternoon.", "Teranga Express, bonjour, Awa à l'appareil"
                    rf"|(?P<hello>{GREETING})(?=\s*[.,!?]|\s+(?:how|this|my|you)\b))\b", re.I)
# the call's first words, answered without a comma in case-less text: "good afternoon ubuntu life this is lerato"
_BARE_AGENT = re.compile(r"[^.?!,:]{3,60}?(\s+(?:this is|you are speaking (?:to|with)|you'?re speaking (?:to|with)|"
                         r"how (?:can|may) i (?:help|assist))\s|\s+(?=[^\W\d_]+\s+speaking\b))")  # "... rehema speaking"
# a turn or sentence that is only a firm and its desk, as agents answer: "Agent: SGI claims.", "Generali claims, Graz
# office.", "DPMB customer centre." (a speaker's label is blanked before), the desks every business has (GENERIC_DESK)
# and the ones agents answer with; the name is read by _opening, up to the desk
_DESK_TURN = re.compile(
    rf"(?:^|(?<=[.?!:]\s))\s*(?:(?:{GREETING})[,.!]?\s+)*[^\W\d_][^.?!,:]{{0,50}}?,?\s+(?P<desk>(?i:{GENERIC_DESK.pattern}|"
    r"customer (?:centre|center)|bookings|reservations|enquiries|inquiries|support|lost property|box office|"
    r"(?:ticket|rental|booking|lettings|branch|head) office|switchboard|appointments))"
    r"(?:,?\s+(?:[A-Z][\w'’-]+\s+)?(?i:office|branch|desk)|,?\s+(?:in|at)\s+[A-Z][\w'’-]+)?\s*[.!?](?=\s|$)")
_GREETED_LAST = re.compile(rf"\s+(?:{GREETING})$", re.I)  # "lindqvist lettings good afternoon this is freya"
# after a blanked speaker label too, and after a "yes" ("Yes, hello, Partyservice Weinland, Holger speaking")
_OPENER = re.compile(rf"\s*(?:(?:yes|yeah|yep)[,.!]?\s+(?=[^,.?!]+,))?(?:(?:{GREETING})[,.!]?\s+)*", re.I)
# not "St. Brigid's"; a speaker's label ends one too ("Marcus: Ridgeline Property Group, this is Marcus")
_CLAUSE_END = re.compile(r"(?<!\b(?:st|dr|mr|ms|mt|ft|no))(?<!\bmrs)[.?!]\s+|:\s+", re.I)
_FAMILY = frozenset("mum mom mam mummy mommy dad daddy babe baby sweetheart love honey darling son hun hon mate bro sis "
                    "nan nana gran granny grandma grandpa".split())
_SELF = frozenset("i'm i’m im i it's it’s this my we're you're you’re you've you’ve you".split())
_LABELS = frozenset(SPEAKER_ROLES) | {"speaker"}  # a speaker's label, even without its colon
_GREETS = frozenset("hi hello hey hiya thanks thank okay ok yes yeah sorry".split())  # "speaking to callum hi callum"
_NOT_A_NAME = frozenset("okay ok great perfect sure yes yeah right thanks thank alright hello hi hey good "
                        "morning afternoon evening so well um uh oh sorry no g'day ma ma'am sir madam mate love "
                        "dear speaking".split())


def _opening(text: str, clause_start: int, stop: int, lower_text: bool) -> tuple[int, int] | None:
    """The business name at the start of a clause that ends with how the agent answers."""
    greeted = _OPENER.match(text, clause_start)
    start = greeted.end()
    words = list(re.finditer(r"[^\s,]+", text[start:stop]))
    first_comma = text.find(",", start, stop)
    words = [w for w in words if first_comma < 0 or start + w.end() <= first_comma]  # "X, front office, ..."
    if lower_text:
        said = [w.group(0).lower() for w in words]  # "The report, generally speaking": a capital starts the line
        keep = words if 1 <= len(words) <= 5 and not any(
            w in STOP_WORDS - set(_CONNECTORS) or w in _NOT_A_NAME for w in said) and not _a_kind_of_place(said) \
            and not _ANSWER.search(text, start, stop) else []
    else:
        keep = []
        for w in words:
            if not (w.group(0)[0].isupper() or keep and w.group(0).lower() in _CONNECTORS_CASED):
                break
            keep.append(w)
    line, said_before = None, len(keep)
    while keep and (keep[-1].group(0).lower() in _CONNECTORS_CASED or len(keep) > 1 and (
            keep[-1].group(0) in ("IT", "HR") or keep[-1].group(0).lower() in _DESK_AFTER or keep[-1].group(0) in _DESK)):
        line = line or _LINE.fullmatch(keep[-1].group(0))
        keep.pop()  # "Castillo Foods HR, this is Wendy": the desk is no part of the name
    if line and _named_for_purpose(" ".join(w.group(0) for w in keep), lower_text):
        return None
    if keep and keep[0].group(0).lower() in _SELF:
        return None  # "I'm Leo, how can I help?": the agent, not a business
    if keep and (keep[0].group(0).lower() in KIN_TITLES or all(w.group(0).lower() in _FAMILY for w in keep)):
        return None  # "Auntie Meena, this is Priya", "dad hello this is sam": family, no business
    said = [w.group(0).lower() for w in keep]
    if keep and greeted.group(0).strip() and "organization" not in tables().get(tuple(said), ()) and sum(
            is_name(w) for w in said) >= max(1, len(said) - 1) and (
            "," not in greeted.group(0) or "first_name" in tables().get((fold(said[0]),), ()) and all(map(is_name, said))):
        return None  # "Hi Nguyen Thi Lan, this is a reminder", "Hello, Maria Lopez, this is Tom": a person greeted by
        # name (but "Hello, Keller Williams, this is Tom": a firm answers, named for people)
    one = len(keep) == 1 and keep[0].group(0).lower()
    # a firm's desk said after the name: "good morning sriwijaya payroll services dewi speaking", "Good morning,
    # Pestalozzi-Grundschule, school office, Anna speaking"
    desk = said_before > len(keep) and not line or bool(keep) and bool(_DESK_SAID_AFTER.match(text, start + keep[-1].end(), stop))
    if not keep or all(w.group(0).lower().strip(".") in _NOT_A_NAME | _LABELS for w in keep) \
            or all(w.group(0).lower() in _SERVICE for w in keep) or one and (
            greeted.group(0).strip() and not desk or "first_name" in tables().get((one,), ())
            or is_english(one) and not lower_text):
        return None  # "Hi Linda, my name is...": the caller greets the agent by name; "Front desk, this is"
    return start + keep[0].start(), start + keep[-1].end()


def _branch_town(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The town that ends a firm's name of three words or more, only a place in the lists: the branch answering
    ("penwith vets penzance, kerensa speaking", "Anytime Fitness Geelong"), not "Bank of Montreal" nor a listed firm's
    own ("Red Star Belgrade")."""
    words = list(re.finditer(r"\S+", text[a:b]))
    if len(words) >= 3 and words[-2].group(0).lower() not in _CONNECTORS \
            and "organization" not in tables().get(tuple(fold(text[a:b]).lower().split()), ()) \
            and tables().get((fold(words[-1].group(0)).lower(),), ()) == ("place",):
        return a + words[-1].start(), b
    return None


def _firm_at_branch(text: str, a: int, b: int, score: float) -> Iterator[Cand]:
    """The firm an agent answers with and, apart, the town of its branch said last."""
    town = _branch_town(text, a, b)
    if town:
        yield Cand(*town, "location", max(score, 0.9))  # surer than the NER's person of town and agent together
        b = a + len(text[a:town[0]].rstrip())
        agent = re.match(r"\s+([^\W\d_]+)\s+speaking\b", text[town[1]:])
        if agent and not is_english(agent.group(1)):  # case-less "... penzance kerensa speaking": the NER joins them
            yield Cand(town[1] + agent.start(1), town[1] + agent.end(1), "person_name", score)
    yield Cand(a, b, "organization", score)


_LINE = re.compile(r"(?:line|desk|team|department|helpline|hotline)\b", re.I)


def _named_for_purpose(said: str, lower_text: bool) -> bool:
    """Whether what comes before a line, desk or team is what it is for, no name: "plant advice line", "the returns
    and exchanges line" (in case-less text, where capitals cannot tell a name)."""
    return lower_text and all(map(is_english, re.findall(r"[\w'-]+", said)))


def _no_firm_reached(text: str, m: re.Match, end: int) -> bool:
    """Whether what "you've reached" names up to `end` is no firm: a mid-sentence "you have reached" ("when you have
    reached Gold status"), a number, a person's phone or a family ("... 555 0192", "... Mike's phone", "... the
    Johnsons", "... the Smith family"), what a menu says ("... the maximum number of attempts"), or a person before
    a voicemail's words ("... Tom Whitaker, I can't take your call")."""
    said = text[m.end():end]
    return "have" in m.group(0).lower() and not _FIRST_WORDS.search(text, max(0, m.start() - 40), m.start()) \
        or bool(re.search(r"\d", said) or _VOICEMAIL.match(text, end) or _NOT_REACHED.match(said)) \
        or bool(m.group("the") and re.fullmatch(r"\w+s", said)) \
        or _a_persons(said) and bool(_LEAVE.search(text, end, end + 80))


_YES_NO = frozenset("ja jo nee nein si oui non da ya yah hai iya tak igen evet ndiyo haan ja-ja".split())  # "Ja, hello"


def _greets_as_firm(text: str, clause: int, start: int, end: int) -> bool:
    """Whether words before a hello at a turn's start are a firm answering ("DNB, hei", "Latvijas Gāze, hello"):
    the turn's first words, not all a person's name ("Anna Berzina, hello") nor all English ("Everyone, good
    morning") unless listed as a firm."""
    said = [fold(w).lower() for w in re.findall(r"[^\W\d_][\w'’&-]*", text[start:end])]
    return (clause == 0 or text[:clause].rstrip().endswith(":")) and bool(said) \
        and not all(map(is_name, said)) and not (len(said) == 1 and (said[0] in POLITE or said[0] in _YES_NO)) \
        and ("organization" in tables().get(tuple(said), ()) or not all(map(is_english, said)))


def recognize_answered_orgs(ctx: Ctx) -> Iterator[Cand]:
    """organization for the name an agent answers the phone with."""
    lower_text = is_lower(ctx.text)  # case-less ASR: names have no capitals to go by
    for m in _ANSWER.finditer(ctx.text):
        if m.group("welcome") and not _FIRST_WORDS.search(ctx.text, max(0, m.start() - 40), m.start()):
            continue
        end = _answered_as(ctx.text, m.end(), lower_text, agent=not re.match(r"(?i)than|welcome", m.group(0)))
        agent = _AGENT_SPEAKING.search(ctx.text, m.end(), end + 12) if lower_text else None
        if agent and agent.start(1) < end <= agent.end(1):
            end = agent.start(1)  # case-less "thank you for calling telstra bec speaking": the last word is the agent
        said = ctx.text[m.end():end].rstrip()
        end = m.end() + len(said)
        if "reached" in m.group(0).lower() and _no_firm_reached(ctx.text, m, end):
            continue  # a voicemail or a phone menu: "you have reached Tom Whitaker", "... the maximum number of attempts"
        if _AGENT_NAMED.match(m.group(0)) and _AFTER_FIRM.search(ctx.text, max(0, m.start() - 60), m.start()) \
                and not _COURTESY_LAST.search(ctx.text, max(0, m.start() - 30), m.start()) \
                or re.match(r"(?i)you", m.group(0)) and _FIRM_AFTER.match(ctx.text, end) and _a_persons(said):
            continue  # "Bayview Dental, you're speaking to Lerato", "you've reached Adaeze Okonkwo at Brightpath": a person
        if end > m.end() and not (m.group("welcome") and "place" in tables().get(tuple(said.lower().split()), ())) \
                and not (ctx.text[end:end + 1].isspace() and _LINE.match(ctx.text, end + 1) and _named_for_purpose(said, lower_text)):
            yield Cand(m.end(), end, "organization", 0.9)  # not "you've reached the returns and exchanges line"
    bare = _BARE_AGENT.match(ctx.text) if lower_text else None
    greeted = bare and _GREETED_LAST.search(ctx.text, 0, bare.start(1))
    span = bare and _opening(ctx.text, 0, greeted.start() if greeted else bare.start(1), lower_text)
    if span:
        yield from _firm_at_branch(ctx.text, *span, 0.85)  # case-less, unpunctuated: "liberty bail bonds this is carla"
    for m in _DESK_TURN.finditer(ctx.text) if not lower_text else ():
        span = _opening(ctx.text, m.start(), m.start("desk"), lower_text)
        said = span and ctx.text[span[0]:span[1]].lower().split()
        if said and said[0] not in STOP_WORDS and not all(map(is_name, said)) \
                and not ctx.text[span[1]:m.start("desk")].strip(" ,") \
                and not (said[0].endswith("ly") and is_english(said[0])) \
                and not (m.group("desk").lower() == "claims" and is_name(said[-1])):
            yield from _firm_at_branch(ctx.text, *span, 0.9)  # not "Then John claims.", "Maria, reception.", "We'll
            # check for linked accounts.", "Apparently Kevin claims."
    for m in _AGENT.finditer(ctx.text):
        lo = max(0, m.start() - 200)  # the clause must start within 80 characters: no need to read the whole call
        clause = max((s.end() for s in _CLAUSE_END.finditer(ctx.text, lo, m.start())), default=0 if lo == 0 else lo)
        span = _opening(ctx.text, clause, m.start(), lower_text) if m.start() - clause <= 80 else None
        if span and m.group("hello") and not _greets_as_firm(ctx.text, clause, *span):
            continue
        doctor = span and _TITLED_OFFICE.fullmatch(ctx.text, *span)
        if doctor:  # "Dr. Femi Adeyemi's office", "Hi Mrs. Okonkwo, this is Derek from the fraud team": a person
            yield Cand(doctor.start(1), doctor.end(1), "person_name", 0.93)
        elif span:
            yield from _firm_at_branch(ctx.text, *span, 0.92)  # the name as a whole, over a phrase of a list inside it


# a caller's firm after their own name: "it's Marek Nowak from Baltic Line Haulage", "it is tessa marsh from wren and willow"
_INTRO_FROM = re.compile(r"\b(?:it'?s|it is|this is|my name is|my name's)\s+((?:[^\W\d_][\w'’-]*\s+){0,2}?[^\W\d_][\w'’-]*),?\s+"
                         r"(?:here\s+)?(?:from|at|over at|with)\s+(?P<the>the\s+)?", re.I)
_NAME_PART = re.compile(r"[^\W\d_][\w&'’.-]*|&")
_FIRM_JOIN = frozenset(_CONNECTORS) | {"n"}  # "Okafor and Sons", "Pick n Pay"
_NOT_A_FIRM = frozenset("home work school church next upstairs downstairs here there office head the a an my our your his her "
                        "their this that accounts flat apartment apt unit room suite floor house number um uh er erm".split())
_CALL_VERB = frozenset("calling ringing phoning about regarding thanks thank please here again today now just".split())
# what ends the name of a desk, a room or a group, no firm: "Member Services", "Block C", "Year Six", "book club"
_NOT_A_FIRM_END = frozenset("services service accounts prevention property maintenance management resources school club "
                            "ward block year room gate terminal platform department team desk office line support billing "
                            "class unit floor wing".split())
_FIRM_HEAD = re.compile(rf"\b(?:{FIRM_WORDS}|sons|bros|brothers|partners|associates|"
                        r"haulage|logistics|lettings|estates|textiles|electrical|dental|motors|"
                        r"insurance|recruitment|solicitors|accountants|bakery|bakehouse|trattoria|restaurant|cafe|"
                        r"hotel|clinic|pharmacy|vets|salon|studio|agency|consulting|construction|removals|builders|"
                        r"foods|farms|industries|systems|solutions|media|finance|bank|credit union)\b")
_DIRECTIONS = frozenset("north south east west northern southern eastern western central greater upper lower new".split())
_NUMBER_WORD = re.compile(r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")


def recognize_intro_orgs(ctx: Ctx) -> Iterator[Cand]:
    """organization for the firm a caller names after their own name (not a town, a desk or "home")."""
    lower_text = is_lower(ctx.text)
    for m in _INTRO_FROM.finditer(ctx.text):
        name = m.group(1).split()
        if any(w.lower() in STOP_WORDS or not (lower_text or w[0].isupper()) for w in name) \
                or lower_text and not (is_name(name[0].lower()) or _unknown(name[0])):
            continue  # "it's me from", "it's paid from checking": no one's name before it
        keep: list[re.Match] = []
        pos = m.end()
        for w in _NAME_PART.finditer(ctx.text, pos):
            word = w.group(0).rstrip(".")
            if ctx.text[pos:w.start()].strip() or len(keep) == 4:
                break  # a comma or a stop ends the name
            if lower_text:
                if (word.lower() in STOP_WORDS or word.lower() in _CALL_VERB or re.search(r"['’](?:re|ve|ll|d|m)$", word)
                        or word.endswith("ing") and word.lower() not in ING_TRADES and not _unknown(word)) \
                        and not (keep and word.lower() in _FIRM_JOIN):
                    break  # "sunrise dental confirming ...", "lisa chen we're ...": the name has ended
            elif not (word[0].isupper() or keep and word.lower() in _FIRM_JOIN):
                break
            keep.append(w)
            pos = w.end()
            if w.group(0).endswith(".") and word.lower() not in ("inc", "ltd", "co", "corp", "bros", "st"):
                break  # "from Bell's Bakehouse. Priya: ...": the sentence ends with the name
        while keep and keep[-1].group(0).lower() in _FIRM_JOIN:
            keep.pop()
        if not keep:
            continue
        said = tuple(re.sub(r"['’]s$", "", w.group(0).rstrip(".").lower()) for w in keep)
        firm = _FIRM_HEAD.search(" ".join(said))
        if said[0] in _NOT_A_FIRM or said[0] in KIN_TITLES or re.fullmatch(TITLE_WORDS, said[0]) \
                or GENERIC_DESK.fullmatch(" ".join(said)) or "place" in tables().get(said, ()) \
                or not firm and (all(map(is_name, said)) or all("place" in tables().get((w,), ()) or w in _DIRECTIONS for w in said)) \
                or said[-1] in _NOT_A_FIRM_END or len(said[-1]) == 1 or _NUMBER_WORD.fullmatch(said[-1]) \
                or m.group("the") and all(is_english(w) for w in said) \
                or len(said) == 1 and "organization" not in tables().get(said, ()):
            continue  # "from Leeds", "from accounts", "from home", "from the council"; one word may be a town
        yield Cand(keep[0].start(), keep[-1].start() + len(keep[-1].group(0).rstrip(".")), "organization", 0.88)


# a firm named bare, without "the" or "a", by the word that says what it is ("at kuwait oil company", "with spice island
# tours"): English wants an article before such a word unless it is part of a name. Case-less text only (capitals find it
# otherwise); not "at school", "in hospital", "for company", which need no article
_BARE_FIRM = re.compile(r"\b(?:at|with|from|for|to|by|called|through|via|joined|join|using)\s+((?:[a-z][a-z'’&-]*\s+){1,3}?)"
                        r"(company|co|ltd|limited|inc|llc|plc|hotel|motors|removals|haulage|lettings|tours|cabs|taxis|"
                        r"clinic|pharmacy|bakery|salon|garage|builders|airways|airlines|bank|credit union)\b(?!['’-])")
# the words that say which trade a firm is in, or how big or near it is: "a taxi company", "local cabs", "car hire company"
_TRADE = frozenset(ING_TRADES) | frozenset(
    "oil gas taxi cab car cars rental hire bus coach travel tour tours boat walking moving removal insurance phone mobile "
    "cable water power electric energy security delivery courier freight finance loan credit mortgage property estate "
    "letting construction trucking haulage logistics tech software airline train rail ferry medical health food drinks "
    "mining steel tea coffee pet vet hair beauty nail furniture toy motor auto parts tyre tire repair local big small "
    "large national international private public family different another new old same other main former current "
    "previous good bad mixed whole entire guided day budget cheap luxury".split())


# kind words that make two everyday words a firm's name without a place or a name in it: a legal form or a trade's plural
# ("swan river removals", "pest control ltd"), not a singular "company", "bank" ("for debt collection company")
_NAMED_BY_HEAD = frozenset("co ltd limited inc llc plc motors removals haulage lettings tours cabs taxis builders airways "
                           "airlines".split())


def recognize_bare_orgs(ctx: Ctx) -> Iterator[Cand]:
    """organization for a firm said without an article and ending in the word for its kind, in case-less text, where the
    words before that word name it: a place, a name, a word no dictionary has, or two words not of a trade before a
    legal form or a trade's plural."""
    if not is_lower(ctx.text):
        return
    for m in _BARE_FIRM.finditer(ctx.text):
        words = m.group(1).split()
        if any(w in STOP_WORDS or _NUMBER_WORD.fullmatch(w) or w in ("um", "uh", "er", "erm") for w in words):
            continue  # "at the hotel", "with one company", "at um hotel"
        named = [w for w in words if w not in _TRADE and not (w.endswith("ed") and is_english(w))]
        proper = [w for w in named if _unknown(w) or tables().get((w,))]
        if not proper and (len(named) < 2 or len(named) < len(words) or m.group(2) not in _NAMED_BY_HEAD):
            continue  # "at insurance company", "with local cabs", "for pest control company" (but "swan river removals")
        yield Cand(m.start(1), m.end(2), "organization", 0.8)


def recognize_cued_orgs(ctx: Ctx) -> Iterator[Cand]:
    """organization for the unknown word(s) right after a workplace or provider cue."""
    cased = not is_lower(ctx.text)
    for m in _CUE.finditer(ctx.text):
        if not (_unknown(m.group(1)) or cased and _capitalized_word(m.group(1))) \
                or m.group(1).lower() in _CHANNELS or re.search(r"['’](?:re|ve|ll|d|m)$", m.group(1), re.I):
            continue  # "booked through the app": the way, not the company; "thanks for calling you're through to"
        end = m.end(1)
        for nxt in _WORD.finditer(ctx.text, end):  # "Zentrix Labs", "kromer halvorsen": the rest of the name
            if ctx.text[end:nxt.start()] != " " or not (nxt.group(0)[0].isupper() or _unknown(nxt.group(0))):
                break
            end = nxt.end()
        if ctx.text[end - 2:end] == "'s":
            end -= 2
        if not _unknown(m.group(1)) and (ctx.text[m.start(1):end].split()[-1].lower() in _NOT_A_FIRM_END
                                         or _PLACE_GOES_ON.match(ctx.text, end)):
            continue  # "Sara with Member Services": a desk; "calling from Port of Spain", "Rue des Jardins": a place
        yield Cand(m.start(1), end, "organization", 0.78)


# the company whose bill, account or app it is: "her Meralco bill", "my Netflix account", "my delta skymiles number"
_ACCOUNT_OF = re.compile(r"\b(?i:my|the|our|your|her|his|their|a|an)\s+((?:[^\W\d_][\w&'’-]*)(?:\s+(?:of\s+|&\s+)?[^\W\d_][\w&'’-]*){0,2})"
                         r"\s+(?:bill|bills|subscription|account|app|login|bonus|membership|rewards|loyalty|points|statement|refund|"
                         r"router|plan|contract|card|skymiles|miles|order|delivery|parcel|package|shipment|voucher|"
                         r"gift card|store|driver|flight|flights|confirmation|laptop|tablet|station|"
                         # "My Zanaco loan", "the Wave transfer", "your CIE customer number", "the IRS letter"
                         r"loan|loans|booking|claim|customer|member|policy|transfer|payment|receipt|wallet|letter|invoice)\b")


# what only a company gives one, after which a case-less word no list holds is the company's name
_OWN_THING = re.compile(r"\s+(?:app|account|login|loyalty|points|bonus|wallet|rewards)\b")


def _named_like(word: str) -> bool:
    """Whether a case-less word reads as a name, not a common noun: no vector of its own, or one that sits nearer
    names and towns than common nouns ("my livelo points", "the karlstadsbuss app"; not "the admin login", "the
    ebook app")."""
    lean = town_lean(word)
    return lean is None or lean[1] >= -0.03


def _brand(word: str, lower_text: bool) -> bool:
    """A word that names a company here: a listed company that is no everyday word (or a cueable one),
    or, with capitals to go by, a capitalized word no dictionary or name list has."""
    w = word.lower()
    listed = "organization" in tables().get((w,), ())
    if listed:
        return w in CUEABLE_ORG or not is_english(w)
    return not lower_text and word[0].isupper() and _unknown(word) \
        and not {"first_name", "surname", "place"} & set(tables().get((w,), ()))


_NOT_A_BRAND = {"event", "nationality", "language", "religion", "zodiac_sign", "place", "political_affiliation"}
_TIER = frozenset("basic premium gold silver platinum bronze savings checking chequing current business family student "
                  "joint personal standard pro plus free annual monthly prepaid unlimited main old new".split())


def _capitalized_mid_sentence(text: str, m: re.Match, words: list[str]) -> bool:
    """One capitalized word inside a sentence before "bill", "subscription" or "account": a brand even
    when it is an English word ("cancel the Sky subscription", "my EE bill"), not a plan's tier or a month ("the
    September bill")."""
    return len(words) == 1 and words[0][0].isupper() and words[0].lower() not in _TIER and not DAY_OR_MONTH.fullmatch(words[0]) \
        and not re.search(r"(?:^|[.?!]\s+)(?i:my|the|our|your|her|his|their|a|an)\s+$", text[max(0, m.start() - 3):m.start(1)]) \
        and re.match(r"\s+(?:bill|bills|subscription|account)\b", text[m.end(1):]) is not None


def recognize_account_orgs(ctx: Ctx) -> Iterator[Cand]:
    """organization for the company named right before its bill, account, app or card."""
    lower_text = is_lower(ctx.text)
    for m in _ACCOUNT_OF.finditer(ctx.text):
        words = m.group(1).split()
        if lower_text and len(words) > 1:
            words = words[-1:]  # case-less: only the word next to the noun can be read as a name
        if not lower_text and not all(w[0].isupper() or w in ("of", "&") for w in words):
            continue
        # "a John Lewis delivery": a person's would be "John Lewis's"; a name after "a" is a brand's, unless
        # a feast, a people or a day ("a Christmas card", "a Polish driver", "a Saturday delivery")
        branded = not lower_text and re.match(r"(?i:an?)\s", ctx.text[m.start():m.start(1)]) is not None \
            and not any(_NOT_A_BRAND & set(tables().get((w.lower(),), ())) or DAY_OR_MONTH.fullmatch(w) for w in words)
        brand = branded or any(_brand(w, lower_text) for w in words) or _capitalized_mid_sentence(ctx.text, m, words) \
            or lower_text and _OWN_THING.match(ctx.text, m.end(1)) and _unknown(words[-1]) and _named_like(words[-1])
        if any(w.lower() in STOP_WORDS - {"of"} or re.search(r"['’](?:ll|re|ve|d|m)$", w) or w.lower() in NOT_ORG_ACRONYMS
               for w in words) or not brand \
                or _NOT_A_BRAND & set(tables().get(tuple(w.lower() for w in words), ())) or is_cue(words[-1].lower()):
            continue  # "the Kota Kinabalu branch": a town; "my Labour member card": a party; "my Aadhaar card": an ID
        yield Cand(m.end(1) - len(words[-1]) if len(words) == 1 else m.start(1), m.end(1), "organization",
                   0.9 if branded else 0.85)


# a company named for what it provides a household: "we're with Orange for the mobile and Sky for the TV",
# "I use Octopus for the electric" (capitalized: in case-less text the words could be anything)
_UTILITY = (r"(?:mobiles?|phones?|cell|broadband|internet|wi-?fi|tv|telly|cable|landline|gas|electric|electricity|"
            r"energy|power|water|(?:car |home |pet |life |travel )?insurance|banking|mortgage|pension|streaming)")
_SERVED = rf"([A-Z][\w&'-]*(?: [A-Z][\w&'-]*){{0,2}})\s+(?i:for\s+(?:the|my|our|their|his|her)?\s*{_UTILITY})\b"
_PROVIDER_FOR = re.compile(rf"\b(?i:with|use|using|switched to|moved to|go with|went with|gone with)\s+{_SERVED}"
                           rf"(?:,?\s+(?i:and)\s+{_SERVED})?")

_HOUSEHOLD = frozenset("dad mum mom mam nan gran grandma grandpa mother father".split())
"""Who a service may be shared with, said as a name ("I went with Dad for the insurance")."""


def recognize_provider_orgs(ctx: Ctx) -> Iterator[Cand]:
    """organization for the company a household is with for a service ("with Orange for the mobile")."""
    for m in _PROVIDER_FOR.finditer(ctx.text):
        for k in (1, 2):
            said = m.group(k) and m.group(k).lower().split()
            if said and not DAY_OR_MONTH.fullmatch(m.group(k)) and not all(map(is_name, said)) \
                    and said[0] not in _HOUSEHOLD:
                yield Cand(m.start(k), m.end(k), "organization", 0.9)



# a practice answered by the person's name, or a caller greeted by title: "Good morning, Dr. Femi Adeyemi's
# office", "Hi Mrs. Okonkwo, this is Derek" (not "Dr. Patel and Associates", "Mrs. Fields Cookies")
_TITLED_OFFICE = re.compile(r"(?:(?i:hi|hello|hey|good (?:morning|afternoon|evening))[,!]? )?"
                            r"((?:Dr|Mr|Mrs|Ms|Miss|Prof|Doctor|Professor)\.? [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?:'s(?: office| practice)?)?")
# a branch of a chain, named with an article and then where it is: "at a Zara in Madrid", "the Boots on Oxford Street"
_BRANCH = re.compile(r"(?:\b(?:at|from|to|in|into|outside|near|by|but|and|so|because|then)\s+(?:a|an|the|that|this)"
                     r"|(?:^|[.?!,]\s+)(?i:the|a|an))\s+([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?)"
                     r"\s+(?:in|on|near|at|by|off|in downtown|downtown)\s+(?:the\s+)?[A-Z\d]")


def recognize_branch_orgs(ctx: Ctx) -> Iterator[Cand]:
    """organization for a store or branch said with an article before the place it is in: people's
    names take no article, and a place word ("the Station on Main") is no company."""
    if is_lower(ctx.text):
        return
    for m in _BRANCH.finditer(ctx.text):
        words = [w.lower() for w in m.group(1).split()]
        if any(is_english(w) and not _brand(w, False) for w in words) \
                or "place" in tables().get(tuple(words), ()) or "surname" in tables().get((words[-1][:-1],), ()) \
                or is_cue(words[-1]):
            continue  # "the Smiths in Leeds": a family; "The SSN on the W-2": the name of a number
        yield Cand(m.start(1), m.end(1), "organization", 0.86)


# the firm a number is held at, named right after it: "EE47 1010 0220 5319 8764, at SEB", "0210004817263 at Komercijalna
# Banka", "one four four nine two two seven with brightlink" (not a time's "10:40 with Dr. Farrow", a height's "five four
# with long braids", an email's "seven nine at fastmail dot com")
_HELD_AT = re.compile(rf"(?:(?<![:\d.])\d[\w-]*|\b{DIGIT_WORD}\s+{DIGIT_WORD}),?\s+(?:at|with)\s+(?!(?i:{TITLE_WORDS}|{'|'.join(RANKS)})\b)"
                      r"([^\W\d_][\w&'’-]*(?:\s+(?:de|of|la|&)?\s*[^\W\d_][\w&'’-]*){0,3})")
_NOT_HELD = {"medical_condition", "drug", "injury", "occupation", "medical_process"}  # "82 with Alzheimer's"
_CHARGES = frozenset("gst vat hst tax tip interest fee fees delivery shipping postage".split())  # "£20 with VAT"
_SPOT = frozenset("gate terminal platform exit junction door level floor stop station mile row seat window counter "
                  "desk pump bay stand berth pier dock hall room".split())  # "flight 221 at Gate B": where, no firm
_HELD_AT_END = re.compile(r"(?<!\S)(?:in|and|i|i'm|that's|thats|is|was|for|on|not|but|so|please|dot|underscore|eyes?|hair|"
                          r"uh|um|er|erm)\b", re.I)


def recognize_held_at_orgs(ctx: Ctx) -> Iterator[Cand]:
    """organization for the bank, insurer or firm named right after a number held with it."""
    lower_text = is_lower(ctx.text)
    for m in _HELD_AT.finditer(ctx.text):
        if re.match(r"(?i)\d+(?:am|pm)$|\d+(?:st|nd|rd|th)$", ctx.text[m.start():m.start(1)].split(",")[0].split()[0]):
            continue  # "3pm with", "the 9th at": a time or a day
        stop = _HELD_AT_END.search(ctx.text, m.start(1), m.end(1))
        words = ctx.text[m.start(1):stop.start() if stop else m.end(1)].split()
        if lower_text:
            words = list(itertools.takewhile(lambda w: w.lower() not in STOP_WORDS, words))
        end = m.start(1) + len(" ".join(words))
        said = [fold(w).lower() for w in words]
        if not words or ctx.text.startswith(" dot", end) or said[0] in STOP_WORDS or said[0] in _CHANNELS | _CHARGES \
                or said[0] in KIN_TITLES or _NOT_HELD & set(tables().get((re.sub(r"['’]s$", "", said[0]),), ())) \
                or "place" in tables().get(tuple(said), ()) or all(map(is_name, said)) or said[0] in _SPOT \
                or (lower_text or len(said) == 1 and said[0] in _DESK) and "organization" not in tables().get(tuple(said), ()) \
                and all(map(is_english, said)) or not lower_text and not all(w[0].isupper() or w in _CONNECTORS for w in words):
            continue  # "at home", "with cash", "at Leeds", "with Sarah"; case-less English words may be anything
        yield Cand(m.start(1), end, "organization", 0.88)


# the firm a question asks for, named first in the answer: "Your insurance is Star Health?", "do you have health
# insurance? Speaker 2: Salud Isla, member ID ...", "Which lender is the loan with? Caller: Cascade Federal"
# the kinds of firm a caller is asked for or says they are with
_FIRM_KIND = (r"(?:(?:health|medical|car|auto|home|travel|life|pet|dental|energy|mobile|phone|broadband|internet|bus|coach)\s+)?"
              r"(?:bank|insurer|insurance(?:\s+(?:company|provider))?|health\s+plan|provider|supplier|company|employer|carrier|"
              r"courier|lender|network|airline|agency|firm|school|surgery|practice|pharmacy)")
_FIRM_ASKED = re.compile(
    r"\b(?:(?:which|what|who)(?:['’]s| is| was)?\s+(?:(?:is|was)\s+)?(?:your|the|his|her|their)?\s*"
    rf"|(?:your|the|his|her|their)\s+){_FIRM_KIND}\b"
    r"(?:\s+(?:is|was))?[^?.!\d]{0,40}\?|\bdo you have (?:any\s+)?(?:(?:health|medical|dental|travel|car|home|private)\s+)?"
    r"(?:insurance|cover)\b[^?.!]{0,25}\?", re.I)
_FIRM_ANSWER = re.compile(
    r"\s*(?:[A-Z][\w'’]*(?:\s[A-Z\d][\w'’]*)?:\s*)?(?:(?i:yes|yeah|yep|uh|um|oh|well|so|it'?s|it is|it was|that'?s|we'?re with|"
    r"i'?m with|we are with|i am with|with|through|we use|i use|i'?m on|we'?re on|on)[,.]?\s+)*"
    r"((?:(?:St|Mt|Ste)\.\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:&|and|of|de|du|des|la)\s+)?[A-Z][\w&'’-]*){0,3})")
_LABEL = re.compile(r"[A-Z][\w'’]*(?:\s[A-Z\d][\w'’]*)?:")  # the next speaker's label, no answer
_UNSURE = frozenset("hmm hm hmmm ahh ah ahem dunno nah naw gosh gee erm er none nope honestly".split())  # with _NOT_A_NAME
_ANSWER_ENDS = re.compile(r"\s*(?:[,.?!;:]|$|\s(?:and|in|on|for|with|through|policy|member|plan|account|number|id|now|"
                          r"i think|right)\b)")  # the name ends the answer: "Salud Isla, member ID ..." (not "Pre-trip tests")


# the firm a caller asks whether they reached, which answers with its desk or its agent: "Is that, uh, Baltic Bulk
# Terminal? Yes, operations, Guntis speaking.", "Is this Glanzwerk Reinigung? Yes, the office, Urs here."
_REACHED = re.compile(r"\b(?i:is (?:this|that)|am i (?:through to|speaking (?:to|with)|calling)),?\s+(?:(?i:uh|um|er),?\s+)*"
                      r"((?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:(?:&|and|of|de|du|der|van)\s+)?[A-Z][\w'’&-]*){0,4})\?\s+"
                      r"(?:[A-Z][\w'’]*:\s+)?(?i:yes|yeah|yep|it is|that's right|correct)[,.!]?\s+"
                      r"(?:(?:the\s+)?[\w ]{2,25}?,\s+)?(?:([A-Z][\w'’-]+)\s+(?:speaking|here)\b|(?i:this is)\s+([A-Z][\w'’-]+)|"
                      r"(?i:how (?:can|may) i help))")


def _reached_firms(ctx: Ctx) -> Iterator[Cand]:
    """The name a caller asks they reached, where the answer is a desk or an agent, not the person asked for ("Is this
    Jorge? Yes, this is Jorge", "Is that Mrs. Lee? Yes, speaking"): two words or more, no title, no given name first,
    no desk and no listed town."""
    for m in _REACHED.finditer(ctx.text):
        said = [fold(w).lower() for w in m.group(1).split() if w.lower() != "the"]
        agent = (m.group(2) or m.group(3) or "").lower()
        if len(said) < 2 or _TITLED.match(m.group(1)) or said[0] == agent or "first_name" in tables().get((said[0],), ()) \
                or said[0] in STOP_WORDS | _NOT_A_NAME or is_cue(said[-1]) or any(GENERIC_DESK.fullmatch(w) for w in said) \
                or "place" in tables().get(tuple(said), ()):
            continue  # one word may be a household ("Is this Halvorsen? Yeah, Erik speaking"), a desk or a branch's town
        yield Cand(m.start(1), m.end(1), "organization", 0.88)


# the same in case-less text, where the caller's own word that they reached it follows: "is that pennine van hire great
# so it's for a house move", "hello is that caledonian coach tours good morning"
_REACHED_LOWER = re.compile(r"\bis (?:this|that)\s+((?:[a-z][\w'&-]*\s+){1,4}?[a-z][\w'&-]*)\s+(?:great|brilliant|lovely|"
                            r"perfect|aye|yes|yeah|yep|hiya|hi|hello|good (?:morning|afternoon|evening))\b")
_FIRM_HEAD_LOWER = re.compile(rf"\b(?:{ORG_HEAD_LOWER}|hire|rfc|fc|tours|travel|lettings|estates|taxis|cabs|coaches)$")


def _reached_firms_lower(ctx: Ctx) -> Iterator[Cand]:
    """The firm a caller asks they reached in case-less text: two words or more, none a function word, that end in a
    firm's kind of word ("pennine van hire", "hawick rfc", "caledonian coach tours"), more than a noun and that word."""
    for m in _REACHED_LOWER.finditer(ctx.text):
        said = m.group(1).split()
        headed = _FIRM_HEAD_LOWER.search(m.group(1))
        if not headed or len(said) < 2 or any(w in STOP_WORDS for w in said) or said[0] in _NOT_A_NAME \
                or "place" in tables().get(tuple(said), ()) or len(said) == 2 and said[0] in base_words("noun"):
            continue  # (not "is that van hire", "is that chicken tikka masala", "is that dr okonkwo": a kind, a dish, a man)
        yield Cand(m.start(1), m.end(1), "organization", 0.9)  # "hawick rfc": the club, not the town


# the firm one says one is with: "her insurance is lanka shield health", "the bus company is ritchies", "my insurance is
# through Bayshore Care Plan" (not "my insurance is expired", "the company is closed")
_FIRM_SAID = re.compile(rf"\b(?i:my|our|his|her|their|the)\s+(?i:{_FIRM_KIND})(?:['’]s|\s+(?i:is|was))\s+(?:(?i:through|with)\s+)?"
                        r"([^\W\d_][\w&'’-]*(?:\s+(?:(?:&|and|of)\s+)?[^\W\d_][\w&'’-]*){0,3}?)"
                        r"(?=\s*(?:[,.?!;]|$)|\s+(?:and|in|for|with|from|policy|member|account|number|id|but|so|who|which|paid|"
                        r"covers|wants|charged|said)\b)")


def _firms_said(ctx: Ctx, lower_text: bool) -> Iterator[Cand]:
    """organization for the name one says a firm of one's is: a capitalized name, or in case-less text words no
    dictionary has (or a listed firm); not a code ("the airline is BAG-LHR-77124") nor a given name ("the courier
    was Luis")."""
    for m in _FIRM_SAID.finditer(ctx.text):
        words = m.group(1).split()
        said = tuple(fold(w).lower() for w in words)
        listed = "organization" in tables().get(said, ())
        if said[0] in STOP_WORDS | _NOT_A_NAME or is_cue(said[-1]) or _NOT_A_BRAND & set(tables().get(said, ())) \
                or re.search(r"\d", m.group(1)) or len(said) == 1 and "first_name" in tables().get(said, ()) and not words[0].isupper() \
                or _TITLED.match(m.group(1)) \
                or not listed and (all(is_english(w) for w in said) if lower_text
                                   else not all(w[0].isupper() or w in ("&", "and", "of") for w in words)):
            continue
        yield Cand(m.start(1), m.end(1), "organization", 0.88)


def recognize_asked_firms(ctx: Ctx) -> Iterator[Cand]:
    """organization for the capitalized name that answers a question for a bank, insurer, employer or school, or that
    a caller asks they reached (the NER reads an unknown one as a person or a place)."""
    lower_text = is_lower(ctx.text)
    yield from _firms_said(ctx, lower_text)
    if lower_text:
        yield from _reached_firms_lower(ctx)
        return  # in case-less text an answer's first words may be anything
    yield from _reached_firms(ctx)
    for q in _FIRM_ASKED.finditer(ctx.text):
        m = _FIRM_ANSWER.match(ctx.text, q.end())
        said = [fold(w).lower() for w in m.group(1).split()] if m else []
        if not said or _TITLED.match(m.group(1)) or said[0] in STOP_WORDS | _SELF | _UNSURE or said[0] in _NOT_A_NAME \
                or is_cue(said[-1]) or not _ANSWER_ENDS.match(ctx.text, m.end(1)) \
                or _NOT_A_BRAND & set(tables().get(tuple(said), ())) \
                or len(said) == 1 and "first_name" in tables().get((said[0],), ()) \
                or all(is_english(w) and (w,) not in tables() for w in said) and len(said) == 1 \
                or _LABEL.match(ctx.text, m.start(1)):
            continue  # "Which bank? I don't know", "... Dr. Patel", "... Sarah" (a surname alone names a firm: "Huntington"),
            # "... Leeds", a speaker's label
        yield Cand(m.start(1), m.end(1), "organization", 0.88)


# a car's maker before its model, where a car is spoken of: "a little Kia Picanto", "a 2019 Dacia Duster", "my old
# Lada Niva", "a chevy silverado" (not "my daughter Lada Petrova": a name after a kin word)
_MAKER_THEN_MODEL = re.compile(rf"\b(?i:an?|the|my|our|his|her|their|your|(?:19|20)\d\d)\s+(?:(?:[a-z]+|(?:19|20)\d\d)\s+)?"
                               rf"((?i:{CAR_MAKERS}))\s+(?=[A-Z0-9][\w-]*\b|(?:{CAR_MODEL_SAID})\b)(?!(?i:city|county|street|road|avenue|center|centre|"
                               r"station|park|foundation|motors|dealership)\b)")  # (not "the Dodge City office")


# a car's maker said as the car, after its year or colour ("it's a 2021 dodge.", "a silver vauxhall", "a 2006 Mahindra")
_MAKER_SAID = re.compile(rf"\b(?i:an?|the|my|our|his|her|their|your)\s+(?:(?:19|20)\d\d\s+)?(?:(?i:{CAR_COLOURS})\s+)?"
                         rf"((?i:{CAR_MAKERS}))(?![\w'’-])(?=\s*(?:[.,;?!]|$|(?i:and|with|plate|reg|that|which|but|so|is|was|"
                         r"estate|hatchback|saloon|sedan|van|suv|pickup|pick-up|wagon|coupe|convertible|diesel|hybrid|"
                         r"automatic|manual)\b))")  # "a grey Skoda estate"


# a car's maker after its model year, whatever follows: "a two thousand and eighteen fiat ducato", "Yeah, 2020 Chevy"
_MAKER_AFTER_YEAR = re.compile(rf"\b{MODEL_YEAR}\s+(?:(?i:{CAR_COLOURS})\s+)?((?i:{CAR_MAKERS}))(?![\w'’-])")


def recognize_car_makers(ctx: Ctx) -> Iterator[Cand]:
    """organization for a car's maker said before its model, which the NER reads as a person ("Kia Picanto"), or said as
    the car after its year or colour (in lower case or after "the" only so: "a dodge" or "an old dodge" may be a dodge,
    "the new Holden" a person; "seat" and "ram" only capitalized)."""
    for m in _MAKER_THEN_MODEL.finditer(ctx.text):
        between = ctx.text[m.start():m.start(1)].split()[1:]
        if not any(w.lower() in KIN_TITLES or "first_name" in tables().get((w.lower(),), ()) or w.lower() in _FAMILY
                   for w in between):
            yield Cand(m.start(1), m.end(1), "organization", 0.9)
    for m in _MAKER_SAID.finditer(ctx.text):
        said, maker = ctx.text[m.start():m.start(1)], m.group(1)
        if maker[0].isupper() and not said.lower().startswith("the ") or maker.lower() not in ("seat", "ram") and (
                re.search(r"\d", said) or re.search(rf"(?i:{CAR_PAINTS})\s+$", said)):
            yield Cand(m.start(1), m.end(1), "organization", 0.88)
    for m in _MAKER_AFTER_YEAR.finditer(ctx.text):
        if m.group(1)[0].isupper() or m.group(1).lower() not in ("seat", "ram"):
            yield Cand(m.start(1), m.end(1), "organization", 0.88)


# a listed firm's initials said letter by letter, as a recognizer writes them: "i bank with h s b c", "H D F C"
_LETTERS_SAID = re.compile(rf"(?<![\w'-])([A-Za-z](?:[ .-][A-Za-z]){{2,5}})(?![\w'-]|[ .,-]*(?:{DIGIT_WORD}|double|triple)\b"
                           r"|\s+(?:as|like|for)\s+in\b)", re.I)  # (a code's letters lead its digits: "k l m, zero zero four")
_CODE_BEFORE = re.compile(r"\b(?:code|number|no|reference|ref|id|password|passcode|pin|plate|reg|postcode|zip|spell\w*|"
                          r"letters?|initials?|name|surname|that's|is that)\b[^.?!]{0,25}$", re.I)


def recognize_spelled_orgs(ctx: Ctx) -> Iterator[Cand]:
    """organization for a listed firm's initials said one letter at a time ("i work for i b m", "the i r s"), not a
    code's letters ("the reference is a b c d") nor a name spelled out."""
    for m in _LETTERS_SAID.finditer(ctx.text):
        joined = re.sub(r"[ .-]", "", m.group(1)).lower()
        if "organization" in tables().get((joined,), ()) and not _CODE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
            yield Cand(m.start(1), m.end(1), "organization", 0.86)
