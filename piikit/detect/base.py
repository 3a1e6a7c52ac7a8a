"""Shared plumbing for recognizers: the search context and the candidate span type."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from piikit.detect.english import is_english
from piikit.detect.spoken import YEAR_SAID, View, normalize


# the words that open an answer to a question or a request: "Can I get the plate? Sure, ...", "I need your
# user name. Okay, ...", "Do you have the password? Yeah it's ..."
ANSWER_LEAD = (r"(?:\s+(?:sure|yes|yeah|yep|okay|ok|right|so|um|uh|oh|well|alright|mm-hmm|of course)\b[,.!]?)*"
               r"(?:\s+(?:it'?s|it is|that'?s|here it is|here you go)[,:]?)?")
# the other speaker's label, where a transcript shows who answers: "password? B: ...", "Speaker 2: ..."
_LABEL = r"(?:\s+(?:[A-Z][\w]*(?: \d)?):)"
# a question ("plate? Sure, 349 VGB") or a request answered ("I need your user name. Okay, eric.lindqvist"):
# after a full stop an answer word must open the reply, so "wrong password. By the way" holds no password
ANSWER_AFTER = (rf"(?:\?{_LABEL}?{ANSWER_LEAD}|\.(?:\s+(?:sure|yes|yeah|yep|okay|ok|alright|right|here it is|here you go)\b[,.!:]?)+"
                r"(?:\s+(?:it'?s|it is|that'?s)[,:]?)?)")
NAMED_AFTER = (r"[\s,.:-]*(?:(?:(?:sorry|oh)[,.]?\s+)?(?:and\s+)?(?:that'?s|that is|this is|it'?s|which is|is|was),?\s+"
               r"(?:(?:um|uh|er|like|i mean|you know),?\s+)*"
               r"(?:what'?s\s+|what is\s+)?"
               r"(?:(?:off|from|on|in)\s+)?|(?:for|as|on|off)\s+)?"
               r"(?:(?:the|my|your|our|his|her|their|a|an)\s+)?(?:[a-z]+'s\s+)?"  # "that's my husband's birthday"
               r"(?:(?:number|code|id|digits)\s+(?:on|of|for|from|in)\s+(?:the|my|your|our|his|her|their)\s+)?"
               r"(?:(?:new|old|current|full|primary|main|uk|us|home|homeowners?|car|auto|health|dental|life|pet|"
               r"travel|renters|business|personal|joint|member|membership|loyalty|rewards|medical|work|cell|mobile|"
               r"office|driver'?s|drivers|learner'?s|gift|library|[a-z]{3,}(?:ian|ean|can|ish|ese|ani|shi|yan))\s+)?")  # "my British passport"
"""What stands between a value and its name said after it: "9920 4418, that's the account number"."""


class Cand(NamedTuple):
    """A candidate span in original character offsets, before overlap resolution."""

    start: int
    end: int
    policy: str
    score: float


# an address said before a value: a house number and a street word, then place names up to it
# greetings, thanks and goodbyes, also of other languages: no names or companies ("Namaste, tax helpline,
# this is Rohit", "kia ora, ...", "Muchas gracias, Andre", "Takk, thank you", "Ta-ra, Mr. Pryce")
GREETING = (r"hello|hi|hiya|heya|howdy|hey|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|g'day|namaste|kia ora|"
            r"xin ch[aà]o|assalamu? alaikum|as-salamu alaykum|as?-?salaa?m[ou]? ?(?:o |u |wa )?alaikum|wa-?a?laikum(?:[ -]?(?:as-?|us-?)?salaa?m)?|"
            r"(?:allah|khuda|rab) hafiz|salaam|salam|bom dia|boa tarde|buenos d[ií]as|"
            r"buenas tardes|hola|bonjour(?: madame| monsieur)?|ciao|hallo|guten tag|jambo|habari|sawubona|mabuhay|kumusta|talofa|shalom|"
            r"marhaba|ni hao|vanakkam|sat sri akal|dzie[nń] dobry|merhaba|sannu|bawo|ndewo|"
            r"(?:muchas )?gracias|merci(?: beaucoup)?|danke(?: sch[öo]n)?|vielen dank|takk|tack|tusen takk|(?:baie )?dankie|"
            r"obrigad[oa]|grazie(?: mille)?|arigat[oō](?: gozaimasu)?|asante(?: sana)?|shukran|shukriya|dhanyavaa?d|"
            r"xi[eè] xi[eè]|kiitos|dank je(?: wel)?|bedankt|spasibo|dzi[eę]kuj[eę]|efcharist[oó]|toda raba|"
            r"salamat(?: po)?|terima kasih|khob khun|ngiyabonga|enkosi|na gode|daalu|medaase|mahalo|ka pai|"
            r"ng[aā] mihi|ta-ra|cheerio|ciao ciao|adi[oó]s|au revoir|tsch[üu]ss|hasta luego|sayonara|congrats|"
            r"congratulations|diolch(?: yn fawr)?|goedemiddag|goedemorgen|goedenavond|graag gedaan|doei|hujambo|"
            r"karibu(?: sana)?|tak(?: skal du have)?|selv tak|hej(?: hej)?|magandang (?:umaga|hapon|gabi)(?: po)?|"
            r"walang anuman(?: po)?|guten morgen|guten abend|auf wiederh[öo]ren|auf wiedersehen|ol[áà]|desculpa|"
            r"dia dhuit|pas de probl[èe]me|de nada|namaskar|ahlan|sawa(?: sawa)?|"
            r"dzi[eę]kuj[eę] bardzo|do widzenia|spasibo bolshoe|do svidaniya|tack s[åa] mycket|hej d[åa]|"
            r"kamsahamnida|annyeong(?:haseyo)?|konnichiwa|domo arigato|"
            # wishes said at the end of a call: "Boa viagem", "Gern geschehen", "Chag sameach"
            r"boa viagem|boa noite|buen viaje|bon voyage|bonne journ[ée]e|gern geschehen|sch[öo]nen tag|"
            r"chag same'?ach|shabbat shalom|mazel tov|eid mubarak|ramadan kareem|feliz navidad|buona giornata|"
            r"buona sera|buonasera|buongiorno|kalimera|kalispera|iyi g[üu]nler|selamat (?:pagi|siang|sore|malam|jalan|datang)|"
            # hellos of more languages: "Halo, selamat siang", "DNB, hei", "Bula, I'm Vikash"
            r"halo|hei|hoi|tere|sveiki|labas|ahoj|szia|zdravo|dobar dan|dobr[yý] den|bula|mingalaba|sawasdee(?: (?:ka|khrap|krap))?|"
            r"moien|zdravei(?:te)?|zdravstvuyte|privet|dobro utro|gamarjoba|g[óo]ðan daginn|vinaka|assalomu alaykum|"
            r"buona serata|alhamdulillah|inshallah|mashallah|sama-sama|"
            # of Southern Africa, the Pacific, the Caucasus, the Himalaya, Ireland and Scotland: "Dumela, Kalahari
            # Express", "Talofa!", "Fa'afetai", "Go siame, rra", "howya", "nae bother"
            r"dumela(?:ng)?|ke a leboga|go siame|sala sentle|tsamaya sentle|sawubona|sanibonani|molweni|mhoro|mangwanani|"
            r"jambo|habari|kumusta|mabuhay|sabaidee|sua s['’]?dei|tashi delek|kuzuzangpo(?: la)?|barev(?: dzez)?|"
            r"shnorhakalutyun|madloba|rahmat|dhonnobad|nandri|talofa(?: lava)?|fa['’]?afetai(?: lava)?|m[aā]l[oō] (?:aupito|e lelei)|"
            r"arohanui|fakaaue|meitaki|kia orana|ni sa bula|hafa adai|ia ora na|iaorana|m[aā]uruuru|howya|nae bother|"
            # sympathy, thanks and goodbyes of East Africa, the Philippines, the Balkans, Romania, Scandinavia, Germany:
            # "pole sana", "ingat po", "hvala", "mulțumesc", "god tur", "krya på dig", "bis dann", "felicidades"
            r"pole (?:sana|pole)|ingat(?: po| ka| kayo)?|hvala(?: lijepa| puno)?|mul[țţt]umesc(?: frumos)?|god tur|krya p[åa] dig|"
            r"bis dann|bis bald|felicidades|que tenga (?:buen|buena) (?:d[ií]a|tarde|noche)|buena tarde|mamma mia|"
            # of Rwanda, Central Asia and Latin America's short "buenas": "muraho", "murakoze", "rahmet", "buenas"
            r"muraho|mwaramutse|murakoze|rahmet|buenas|sa[ly]ematsyz ba|"
            # and Tongan, Catalan, Welsh, Māori, Finnish, French, German and Swahili courtesies: "malo", "bon dia",
            # "hwyl", "kei te pai", "ole hyvä", "bien sûr", "wie bitte", "tuendelee"
            r"malo|bon dia|hwyl(?: fawr)?|kei te pai|ole hyv[äa]|bien s[uû]r|wie bitte|tuendelee|"
            # and the hellos and thanks of Bavaria and Austria, Japan, Kenya's street Swahili, the Ewe, Slovenia, Romania
            # and Timor: "Grüß Gott", "moshi moshi", "Sasa," (not the name: "Sasa is my sister"), "akpe", "dober dan",
            # "bună ziua", "bondia"
            r"gr[üu](?:ß|ss|e?ss) gott|servus|moshi moshi|sasa(?=,)|akpe(?: kaka)?|dober dan|bun[ăa] ziua|bondia|obrigad[oa]|"
            # and more callers' hellos, thanks and goodbyes: Haitian Creole, Lingala, Kazakh, Hungarian, Mandinka, Kaqchikel,
            # Spanish and French phone hellos, Vietnamese, Belarusian, Dutch, Danish, Ewe, Arabic, Romanian, Portuguese,
            # Slovak and Czech: "Bonjou", "Mbote", "Sälem", "Köszönöm", "Abaraka", "Maltyox", "Aló", "chào", "dziakuj"
            r"bonjou|m[èe]si(?: anpil)?|mbote|sälem(?=,)|k[öo]sz[öo]n[öo]m|k[öo]szi|j[óo] napot|abaraka|maltyox|al[óô]|all[ôo]|"
            r"ch[àa]o|dziakuj(?: vielmi)?|da pabačennia|do pabačennia|tot ziens|god dag|akpe na wo|barak allahu fik(?:um)?|"
            r"cu pl[ăa]cere|la revedere|meus sentimentos|[ďd]akujem|d[ěe]kuji|dank u(?: wel)?")
GENERIC_DESK = re.compile(
    r"(?:the\s+)?(?:customer (?:service|services|care|support|relations)|billing|shipping|accounting|accounts(?: payable| receivable)?|"
    r"sales|marketing|finance|legal|claims|returns|human resources|hr|it|tech(?:nical)? support|front desk|reception|"
    r"post office|fraud|collections|payroll|admissions|records|complaints|dispatch|maintenance|security|help ?desk|"
    r"service desk|autopay|paperless)"
    r"(?:\s+(?:department|dept|team|desk|office|division|line))?", re.I)
"""A desk every business has ("Customer Service", "the Billing Department"): no organization's name."""
# car makers: a model after one is no company or plate ("Honda Accord", "Toyota RAV4"), a name before one a dealer
CAR_MAKERS = (r"honda|toyota|ford|chevy|chevrolet|nissan|hyundai|kia|mazda|subaru|volkswagen|vw|bmw|audi|"
              r"mercedes(?:-benz)?|tesla|volvo|lexus|jeep|dodge|ram|gmc|buick|cadillac|chrysler|acura|infiniti|"
              r"mitsubishi|suzuki|peugeot|renault|[sš]koda|vauxhall|holden|fiat|porsche|citroen|opel|seat|isuzu|"
              r"dacia|lada|tata|mahindra|maruti|proton|perodua|geely|byd|chery|daewoo|saab|land rover|range rover|alfa romeo")
MODEL_YEAR = rf"(?:(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])|(?i:{YEAR_SAID}))"  # "a 2019 Ford", "a twenty nineteen toyota"
CAR_PAINTS = r"black|white|silver|grey|gray|red|blue|green|gold|beige|maroon|navy"  # "a silver vauxhall": the car's maker
CAR_COLOURS = rf"{CAR_PAINTS}|dark|light|old|new|used|rental|little"  # said before a car's model: "a silver Civic", "an old Golf"
CAR_MODELS = frozenset("""corolla camry prius yaris hilux rav4 civic accord cr-v crv altima sentra micra qashqai juke
elantra sonata picanto sportage sorento ceed duster sandero captur corsa astra insignia passat tiguan touareg fiesta
focus mondeo kuga explorer mustang f-150 silverado tundra outback forester impreza crosstrek cx-5 mazda3 vitz axio pajero
tahoe suburban tacoma highlander odyssey wrangler ioniq niro
octavia fabia golf polo jetta megane navara x-trail rogue pathfinder outlander lancer swift vitara""".split())
"""Car models said with an article, a year or a colour ("the 2025 Accord", "a silver Civic"): no firm, place or person
(no model that is also a name, a place or an everyday word: "my Logan", "the Tucson office", "an escape")."""
CAR_MODEL_SAID = "|".join(sorted(CAR_MODELS, key=len, reverse=True))  # the models in a pattern, longest first
SPEAKER_ROLES = ("agent", "caller", "customer", "client", "rep", "representative", "operator", "advisor", "adviser",
                 "associate", "interviewer", "dispatcher", "receptionist",
                 "ivr", "bot", "system", "automated", "recording", "menu", "assistant")  # a phone menu's voice: "IVR: Please say ..."
"""Roles that label a speaker's turn ("Agent:", "IVR:"), also where a recognizer wrote no colon ("agent how can i help")."""
RANKS = frozenset("officer sergeant constable detective deputy trooper judge pastor captain lieutenant corporal "
                  "inspector chaplain rabbi imam reverend nurse coach professor agent".split())
"""Ranks and titles said before a name ("Sergeant Briggs", "this is Constable Gill"): the job, then the name."""
GREETING_RX = re.compile(rf"\b(?:{GREETING})\b", re.I)
AFTER_MAKER = re.compile(rf"\b(?:{CAR_MAKERS})\s+$", re.I)  # "a 2022 Toyota RAV4": what follows is the model
# a word that names a letter of a spelled code ("D as in David", "C for Charlie", "Q X as in X-ray"): never PII itself
SPELLING_WORD = re.compile(r"(?<!['’])\b[a-z],?\s+(?:as|like) in\s+$|(?<!['’])\b[a-z],? for\s+$", re.I)  # not "it's for"
# US state codes that are no English word, safe to read in lower case ("houston tx 77002")
STATE_CODES_LOWER = ("ak|az|ar|ca|ct|dc|fl|ga|ia|il|ks|ky|md|mn|mo|ms|mt|nc|nd|ne|nh|nj|nm|nv|ny|ri|sc|sd|tn|tx|ut|va|"
                     "vt|wa|wi|wv|wy")
STREET_TYPES = (r"street|st|road|rd|avenue|ave|crescent|close|lane|ln|drive|dr|way|court|ct|place|pl|terrace|boulevard|"
                r"blvd|highway|hwy|parade|grove|gardens|square|row|residency|nagar|marg|cross|block|sector|phase|colony|layout")
"""Street types, lower case, as said after a street's name ("42 ivy circle" aside: everyday words need a house number)."""
_STREET = rf"\b\d+[a-z]{{0,2}},?\s+(?:[a-z'-]+\s+){{0,3}}(?:{STREET_TYPES})\b"
# India's postal PIN code, said after an address: "plot 12, sector 14, Gurugram, pin code 122001" (a PIN of a card
# or an account has no address before it)
POSTAL_PIN_BEFORE = re.compile(r"(?:\b(?:sector|plot|nagar|colony|marg|chowk|layout|taluk|tehsil|mandal|district|flat|"
                               r"house|road|street|lane|address|india)\b|,[^,.?!]{2,30},)[^.?!]{0,100}\bpin(?: ?code)?"
                               r"(?: is| was)?\W*$", re.I)
ADDRESS_BEFORE = re.compile(
    _STREET
    # (a flat or unit number may stand between: "9264 granite avenue, apt 36a, prague")
    + r"(?:[^.?!\d]|\b(?:apt|apartment|unit|suite|flat)\.?\s*\d+[a-z]?\b|#\s?\d+[a-z]?\b|\s\d{1,4}[a-z]?(?=,)"  # "county road 14,"
    r"|(?<=\b(?:st|rd|dr|ln|ct|pl))\.|(?<=\b(?:ave|hwy))\.|(?<=\bblvd)\.){0,80}"  # "shoreline rd., orlando"
    r"(?:,|\b(?:wales|queensland|victoria|tasmania|territory|australia|nsw|vic|qld|tas|act|nt|"
    rf"{STATE_CODES_LOWER})|,\s*[a-z]+(?:\s[a-z]+)?)\s+$"
    # or the town said right after the street without a comma: "sixty five north spring avenue springfield 98735"
    + rf"|{_STREET}\s+(?!(?:and|or|but|then|the|to|is|was|for|in|on|at|it|that|number|next|near|by)\b)[a-z]{{3,}}\s+$")
_SENTENCE_END = re.compile(r"[.?!](?=\s)")
_SENTENCE_CAPITAL = re.compile(r"(?:^|[.!?]\s+)[A-Z](?![\s'’])")  # not "I", "I'm"
# words of race said in lower case by convention, unlike nationalities ("male, white, about six foot")
_LOWER_BY_CONVENTION = frozenset({"white", "black", "brown"})


@lru_cache(maxsize=16)
def _sentence_cased(text: str) -> bool:
    """Whether sentences start with capitals (Whisper's style); once per text."""
    return bool(_SENTENCE_CAPITAL.search(text))


def everyday_word(text: str, a: int, b: int) -> bool:
    """Whether text[a:b], which a list holds as a proper name, is the everyday word: written in
    lower case where sentences start with capitals ("the china cabinet", "a danish", "turkey")."""
    word = text[a:b].lower()
    return text[a].islower() and word not in _LOWER_BY_CONVENTION and is_english(word) and _sentence_cased(text)


AROUND = 100
"""Characters of talk before a value that say what it is about, widened to a sentence start."""
_LONGEST_SENTENCE = 300


class Ctx:
    """One text to search: the original, its normalized view, and lazily the spaCy doc."""

    __slots__ = ("text", "view", "norm", "lower", "doc")

    def __init__(self, text: str, doc=None) -> None:
        self.text = text
        self.view: View = normalize(text)
        self.norm = self.view.text
        self.lower = self.norm.lower()
        self.doc = doc

    def cand(self, start: int, end: int, policy: str, score: float) -> Cand:
        """A candidate from a span of the normalized view, trimmed of spaces and punctuation."""
        a, b = self.view.orig(start, end)
        while a < b and self.text[a] in " ,;:!?\"'(" and not (self.text[a] == "(" and ")" in self.text[a:b]):
            a += 1
        while b > a and self.text[b - 1] in " ,;:!?\"')":
            b -= 1
        if b > a and self.text[b - 1] == "." and not _ABBREV.search(self.text[a:b]):
            b -= 1
        return Cand(a, b, policy, score)

    def before(self, start: int, width: int = 60) -> str:
        """Lower-cased normalized text just before `start`."""
        return self.lower[max(0, start - width): start]

    def after(self, end: int, width: int = 40) -> str:
        """Lower-cased normalized text just after `end`."""
        return self.lower[end: end + width]

    def around(self, start: int, end: int) -> str:
        """What the talk is about where a value is said: the lower-cased sentence that holds it and
        those of the last `AROUND` characters before it (a question and its answer), not the whole
        call: a bank talked about at its start, or in the next sentence, says nothing of this number."""
        stop = _SENTENCE_END.search(self.lower, end, end + _LONGEST_SENTENCE)
        return self.lower[self.talk_start(start): stop.start() + 1 if stop else end + _LONGEST_SENTENCE]

    def talk_start(self, start: int) -> int:
        """Where the talk about a value said at `start` begins: the start of the sentence that
        holds the point `AROUND` characters before it."""
        lo = max(0, start - AROUND - _LONGEST_SENTENCE)  # bounded: a call without full stops costs linear time
        ends = [m.end() for m in _SENTENCE_END.finditer(self.lower, lo, max(0, start - AROUND))]
        return ends[-1] if ends else lo


_ABBREV = re.compile(
    r"(?:\b[A-Za-z]\.[A-Za-z]|\b(?:St|Ave|Rd|Dr|Blvd|Ln|Ct|Jr|Sr|Inc|Corp|Co|Ltd|Mr|Mrs|Ms|No|Apt|a\.m|p\.m))\.$", re.I)
