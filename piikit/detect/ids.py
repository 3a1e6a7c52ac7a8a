"""Identifier recognizers: every digit/alphanumeric run is classified by format and cue.

Card, SSN, phone, bank, account, healthcare, licence, passport, vehicle, CVV and PIN
numbers look alike once spoken; the nearest cue phrase before (or just after) the run,
plus checksums (Luhn, SSN area rules, ABA, IBAN, VIN), decides which one it is. Runs
that nothing claims but still look like personal numbers fall back to number_sequence.
"""

from __future__ import annotations

import re
from typing import Iterator

from piikit.detect import validators as v
from piikit.detect.base import (ADDRESS_BEFORE, AFTER_MAKER, ANSWER_AFTER, CAR_MAKERS, NAMED_AFTER,
                                POSTAL_PIN_BEFORE, Cand, Ctx)
from piikit.detect.english import is_english
from piikit.detect.lexicons import tables
from piikit.detect.spoken import ID_END, NAMED_NOW, SPELLED_CUES, TEENS, TENS, UNITS
from piikit.detect.temporal import CARD_WRITTEN, EXP_WORDS, EXPIRY_WRITTEN, MONTH

# An identifier: groups containing a digit (or up to two short letter prefixes, and suffixes),
# joined by single spaces, dashes or dots. "HZ-5235-001", "4111 1111 1111 1111", "PA4568332",
# "UA-VCH-44190".
# A group is no ordinal day ("March 4th 2024") and no part of a date after it ("... 1111 11/27").
_GROUP = r"(?!\d{1,2}(?:st|nd|rd|th)\b)(?:[A-Za-z]{1,4}-)?(?:[A-Za-z]{1,4}-?)?\d[A-Za-z0-9]*(?!/\d)"
_SPACE = "[ \t\u00a0\u2009\u202f]"  # ASR joins and copy-paste leave tabs, double and no-break spaces
ID_RX = re.compile(
    rf"(?<![\w@$£€.:/-])(?<!\d,)(?:\+\s?)?\(?{_GROUP}\)?(?:(?:{_SPACE}{{1,2}}|-|\.(?=\d)|,\s(?=\d{{3,}}|\d{{2}},\s\d{{4}}(?!\d)|[A-Za-z]{{1,3}}\d"
    # the last digit or two of a value read back digit by digit, before the sentence ends ("9-1-0-0, 2-7-3-8, 4-5.")
    rf"|\d-\d[.?!](?:\s|$)))\(?{_GROUP}\)?"
    rf"|-[A-Za-z]{{1,4}}\b)*(?![\w@]|[.,]\d|%)"
)
# a code whose parts are joined by slashes (invoices, policies, case files): "CPC/2425/G22/1883047125"
_SLASH_CODE_RX = re.compile(r"(?<![\w/.-])(?:[A-Z]{1,5} )?[A-Z0-9]{1,12}(?:/[A-Z0-9]{1,12}){1,5}(?![\w/])")
_ALNUM_RX = re.compile(r"(?<![\w@$.:/#-])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{5,}(?![\w@])")

# tags that are no car's: "bag tag", "service tag", "asset tag"
_OTHER_TAG = (r"(?:bag|luggage|baggage|asset|service|repair|name|price|dog|claim|equipment|inventory|property) "
              r"tag(?: number| no| id)?")

# cards that pay for nothing: "gift card", "loyalty card", "insurance card"
_NOT_PAY_CARD = "".join(f"(?<!{w} )" for w in ("gift", "store", "prepaid", "loyalty", "library", "rewards", "reward",
                                                "membership", "member", "id", "insurance", "health", "club", "points",
                                                "aadhaar", "aadhar", "pan", "ration", "voter", "green", "medicare", "medicaid"))

# insurance that is no health plan: "my pet insurance number", "the funeral policy", "a Geico customer"
_NOT_HEALTH_KINDS = ("home", "car", "auto", "motor", "life", "pet", "travel", "renters", "renter's", "boat", "homeowners",
                     "homeowner's", "homeowner", "business", "flood", "contents", "landlord", "funeral", "device",
                     "phone", "gadget", "vehicle", "umbrella", "motorbike", "motorcycle", "bike")
_NOT_HEALTH_INS = "".join(f"(?<!{w} )" for w in _NOT_HEALTH_KINDS)
_OTHER_INSURANCE = re.compile(rf"\b(?:(?:{'|'.join(_NOT_HEALTH_KINDS)})\s+(?:insurance|policy|cover|plan|insurer)|"
                              r"geico|state farm|allstate|progressive|liberty mutual|usaa|esurance|aviva|direct line|"
                              r"admiral|hastings direct|churchill|esure|lemonade|travelers)\b")
# a plan named by that word alone, and the plans that are no health plan's: a pension's, a phone's, a payment plan
_BARE_PLAN = re.compile(r"(?<!health )(?<!medical )(?<!dental )(?<!vision )\bplan (?:member |subscriber )?(?:id|number|no)\b")
_NOT_HEALTH_PLAN = re.compile(r"\b(?:retirement|pension|401 ?\(?k\)?|403 ?\(?b\)?|superannuation|super fund|kiwisaver|isa|annuity|"
                              r"mobile|phone|data|broadband|payment plan|instal?ments?|savings|investment|tuition|college)\b")
# said outright of health (a narrower word list than _HEALTH_CTX, which also reads insurers and plans as health)
_HEALTH_SAID = re.compile(r"\b(?:health|medical|medicare|medicaid|dental|patient|hospital|clinic|doctor|prescription|"
                          r"pharmacy|nhs)\b")

# licences to work or trade, not to drive: "my teaching license number is TL-0044817"
_TRADES = ("teaching", "nursing", "medical", "business", "liquor", "fishing", "hunting", "marriage", "contractor's",
           "contractor", "software", "real estate", "professional", "practising", "practicing", "firearms", "gun",
           "trade", "food", "pharmacy", "cosmetology", "tv", "music", "pilot's", "pilot", "physician's", "dental",
           "bar", "law", "cpa", "plumbing", "electrician's", "electrical", "dog", "food handler's")
_NOT_DRIVING = "".join(f"(?<!{w} )" for w in _TRADES)

# things a number belongs to, which make it no person's phone ("the order's number", "my card, the number ending in")
DOCUMENT_NOUNS = ("order|claim|case|account|policy|card|visa|mastercard|amex|discover|ticket|car|vehicle|passport|"
                  "licen[cs]e|member|customer|booking|reservation|invoice|item|part|model|room|flight|unit|apartment")

# cue classes, most specific first inside each alternation; matched on lower-cased text
CUES: dict[str, str] = {
    "cvv": r"\b(?:cvv2?|cvc2?|c\.v\.v\.?|c v v|c v c|c\.v\.c\.?|cvn|csc|cid|v code|security (?:code|number|digits)|card verification(?: value| code)?|"
           r"verification value|(?<!last )(?<!final )(?:three|four|3|4)[- ]digits?(?: (?:security )?(?:code|number))?(?: on the (?:back|front))?"
           r"|(?:code|number|digits|numbers|three|four|3|4) on the (?:back|front)|(?<!pin )on the back(?: of (?:the|my) card)?|back of (?:the|my) card"
           r"|signature (?:strip|panel|box)|(?:code|numbers|digits) (?:by|next to|beside|near) the signature|(?<!pin on )the back is"
           r"|back of (?:the|my) (?:visa|mastercard|amex|discover)(?: card)?(?: says| reads)?)\b",
    "verify": r"\b(?:verification code|verification number|confirmation code sent)\b",
    "ssn": r"\b(?:social security|ss (?:number|no)|social insurance(?: number)?|national insurance(?: number)?|ni number|sin|"
           r"social|ssn|s s n|taxpayer id|tin|itin|aadhaa?r(?: number)?|pps(?: number| no)?|ppsn|"
           # other countries' tax and identity numbers ("Tax file number? 123 456 782", "PAN card number is ...")
           r"tax file number|tfn|tax (?:id|identification|reference) number|national id(?:entity)?(?: card)?(?: number| no)?|"
           r"national identity number|nin|bvn|pan card|pan number|pan no|cpf|curp|kra pin|tax pin|"
           r"ird(?: number)?|nid|sss(?: number)?|nric|mykad|ic number|i c number|cnic|c n i c(?: number)?|n i c number|"
           r"emirates id|ghana card|utr|unique taxpayer reference|umid|tin number|"
           r"codice fiscale|fiscal code|bsn|burgerservicenummer|dni|nie|nif|rut|rfc|hkid|personnummer|"
           r"f[øo]dselsnummer|henkil[öo]tunnus|pesel|steuer-?id|steueridentifikationsnummer|my number card|"
           # more countries' personal numbers: Bulgaria's EGN, the Yugoslav JMBG/EMBG, Greece's AMKA, Switzerland's AHV,
           # Romania's CNP, Croatia's OIB, Denmark's CPR, Indonesia's KTP, Turkey's kimlik, ... (not a cédula,
           # which callers' sets label as a plain number as often)
           r"egn|[je]mbg|amka|ahv(?: number| no)?|cnp|oib|cpr (?:number|no)|ktp|"
           r"(?:t\.?\s?c\.?\s)?kimlik(?: number| no)?|e-?tazkira|tazkira|iqama|hetu|rodn[ée] [čc][íi]slo|birth number|"
           r"personal identity (?:code|number)|personal id code|personal numeric code|identity number)\b",
    "routing": r"\b(?:routing|aba|iban|sort code|swift(?=\s*(?:code|number|no|bic|/|is|was|:|,|$))|bic|transit,? number|transit no|transit(?=\s*(?:is|was|:|,)?\s*$)|institution(?: number)?|bsb|ifsc(?: code)?|"
               r"ag[eê]ncia|clabe|i f s c(?: code)?|b s b|"
               r"branch code|branch number|wire|bottom (?:left )?of (?:the|my|a) (?:check|cheque)|(?:transit|routing)\W+\w+ number)\b",
    "health": rf"\b(?:medicare|medicaid|nhis|ohip|ehic|ghic|tricare|health insurance|health plan|{_NOT_HEALTH_INS}insurance (?:id|number|member)"
              r"|member id on (?:my|the) insurance(?: card)?|nhs|beneficiary|medical record|mrn|patient id"
              rf"|health card|health id|{_NOT_HEALTH_INS}insurance card|subscriber id|group number|plan id"
              r"|(?:drug|prescription|dental|vision|medical|health) coverage"
              r"|patient (?:number|no)|hospital number|chart number|coverage id|nhif|abha|philhealth|medical aid|medi-cal"
              # "my Alberta health care number", "CHI number" (Scotland), "NHI" (New Zealand), "PHN" (Canada)
              r"|health ?care (?:number|no|id|card)|health (?:number|no)|chi number|nhi(?: number)?|phn|medical card|wristband"
              r"|patient file(?: number| no)?|health (?:certificate|coverage)(?: number| no)?|[a-z]+health (?:id|number|no|card)"
              # a health insurer's own name for it: "my Blue Cross ID", "Aetna member number", "plan member ID"
              r"|(?:blue cross|blue shield|bcbs|aetna|cigna|humana|anthem|kaiser|unitedhealth(?:care)?|united healthcare|"
              r"molina|ambetter|wellcare|highmark|bupa|medibank|florida blue|premera|regence|oscar|medica|geisinger|"
              r"harvard pilgrim|tufts|caresource|amerigroup|optum|emblemhealth|fidelis|health net|healthnet|priority health|"
              r"selecthealth|carefirst|excellus|wellmark|horizon|independence blue|ibx|capital blue|"
              r"plan)(?: blue shield)?(?:(?: member| subscriber)? (?:id|number|no)| (?:insurance |member |id )?card)"
              r"|krankenkasse(?:nnummer)?|krankenversicherung|carte vitale|mutuelle|tessera sanitaria|tarjeta sanitaria|sus card"
              # public health plans by their own names: Tennessee's, Quebec's, Hungary's, Indonesia's, India's, Cyprus's
              r"|tenncare|ramq|taj (?:number|card)|bpjs kesehatan|ayushman (?:bharat|card)|pm[- ]?jay|gesy|ahcip"
              # ... and Australia's funds, Austria's e-card, Argentina's and Chile's, British Columbia's plans, Scotland's
              # CHI said alone ("her CHI's 030455 1184")
              r"|health fund(?: number| no| id)?|e-card(?: number| no)?|isapre|obra social|medical scheme"
              r"|msp (?:number|no|card)|chi['’]s"
              r"|hospital (?:registration|reference|record|file) (?:number|no))\b",
    "vehicle": r"\b(?:vin|vehicle identification|license plate|licence plate|plate number|plate|"
               r"plates|tag number|registration number|(?<!warranty )(?<!product )registration|reg(?: number| no)?|rego|(?:car|bike|van|truck|lorry|motorbike|scooter) (?:number|no)|chassis|hull (?:id|number|identification(?: number)?)|hin|vehicle)\b",
    "dl": rf"\b(?:driver'?s licen[cs]e|drivers licen[cs]e|driving licen[cs]e|{_NOT_DRIVING}licen[cs]e number|"
          rf"(?<!number is )(?<!number )dl|cdl|c d l|cnh|commercial licen[cs]e|{_NOT_DRIVING}licen[cs]e|lic number|lic no|state id|state identification|id card|"
          r"learner'?s permit|learner permit|provisional)\b",
    "passport": r"\b(?:passports?|travel document(?: number| no)?|photo page)\b",
    "gift": r"\b(?:gift ?card|gift certificate|store card|prepaid card)\b",
    "card": rf"\b{_NOT_PAY_CARD}(?:credit card|debit card|card number|card no|card ending|card|"
            r"visa(?! (?:application|appointment|interview|status|office|extension|renewal|stamp|holder|type|category|"
            r"sponsor|number|centre|center|form))|mastercard|"
            r"master card|amex|american express|discover)\b",
    "bank": r"\b(?:bank account|checking account|savings account|chequing(?: account)?|current account|direct deposit(?: account)?|"
            r"checking(?! (?:in|on|out|up|back|with|for|if|to)\b)|"
            r"savings|bank|conta(?: corrente)?)\b",
    "account": rf"\b(?:(?:{'|'.join(_NOT_HEALTH_KINDS)}) insurance (?:number|no|id)|"  # "my life insurance number is ..."
               r"accounts?(?! (?:pin|password|passcode)\b)(?: reference)?|acct|loan|member(?:ship)? (?:id|number|no)|membership|member(?! of staff)|customer (?:id|number|no)"
               r"|policy (?:number|no)|polic(?:y|ies)|loyalty|subscriber|customer reference|tenan(?:t|cy) (?:reference|number|id|ref)"
               r"|lease (?:number|contract|agreement)(?: number)?|rewards (?:number|id)|client (?:id|number)"
               r"|frequent flyer|frequent flier|mileage (?:plan |program )?(?:number|no)|pension (?:fund )?(?:number|no)"
               r"|contract (?:number|no|id)"
               r"|(?:miles|points|rewards|bonus)(?:&\w+| and \w+)? (?:number|no|id|account)"  # "my TAP Miles&Go number"
               r"|bonus (?:program|programme|card)"  # "the card number for the evroopt bonus program"
               r"|utility (?:account|number)|billing (?:id|number)|(?:bill|statement) number"
               r"|(?<!parcel )(?<!order )(?<!tracking )(?<!invoice )(?<!case )(?<!claim )(?<!ticket )(?<!serial )(?<!reference )"
               r"(?:number|digits) (?:on|at the top of|in the corner of|from) (?:my|the|your|our)(?: [a-z]+){0,2} (?:bill|statement)|subscription (?:number|no|id)|club (?:number|no|id)|(?:library|rewards?|membership|club|points) card"
               r"|aeroplan|aadvantage|skymiles|mileageplus|avios|air miles|nectar|clubcard|flybuys|rapid rewards|bonvoy"
               r"|skywards|krisflyer|flying blue|asia miles|executive club|velocity|centrelink(?: number)?|railcard|rail card)\b",
    "password": r"\b(?:(?:account|card|security|debit|atm|online|banking|voicemail|app|phone) (?:pin|password|passcode)|"
                r"pin|pin number|pin code|passcode|pass code|password|passphrase|access code|door code|"
                r"gate code|alarm code|lockbox code|garage code|buzzer(?: code| number)?|intercom code|(?:garage |door |gate )?keypad(?: code)?|code (?:to|for) (?:the|my) (?:door|garage|gate|building|alarm|"
                r"safe|lockbox|house|voicemail|locker|phone)|voicemail (?:code|pin)|"
                r"access key|one[- ]time code|verification pin|backup code|recovery (?:key|code)|collection code|"
                r"pac(?: code)?|porting code|unlock code|puk(?: code)?|otp|one[- ]time password)\b",
    "phone": r"\b(?:phone|cellphone|cell phone|smartphone|whatsapp(?= (?:is|number|on)\b)|ring (?:me|us|him|her|them)(?: back)? on|cell|mobile|(?<!this )(?<!the )(?<!your )(?<!my )(?<!a )call(?! (?:is|was|today|about|regarding))|calling(?! (?:about|regarding|in regards?|on behalf|re)\b)|reach|text|fax|telephone|extension|ext|"
             r"callback|call back|landline|contact number|dial|number to reach|best number|good number|best contact|"
             r"number (?:i|we|they) can reach|(?:what|which) number are you on|(?:to|on) (?:which|what) number|"
             # the number of a place one calls: "the pharmacy number is ...", "my work number", "the office line"
             r"(?:pharmacy|surgery|office|dispatch|reception|front desk|hotel|school|restaurant|salon|switchboard|"
             r"helpline|hotline|direct|work|daytime|evening|after[- ]hours) (?:number|line|no))\b",
    "zip": r"\b(?:zip|zip code|postal code|postcode|post code|eircode|c[oó]digo postal|cep|plz|postleitzahl)\b",
    # words that name a personal code ("order", "flight", "serial"): specific, they win over shapes
    "seq": rf"\b(?:(?:{'|'.join(_TRADES)}) licen[cs]e(?: number| no)?|(?<!account )reference|ref|confirmation|complaint|member of staff(?: number| id)?|staff (?:number|id)|(?<!in )case|ticket|order|tracking|claim|invoice|serial|"
           r"transaction|booking|reservation|employee id|employee number|badge|student id|meeting (?:id|number|code)|(?:conference|webinar) (?:id|code)|"
           r"student number|record (?:number|no|id)|file number|receipt|batch|flight|parcel|notary|commission number|"
           r"voucher|coupon|promo|certificate|permit|registration|case id|ticket id|order id|tracking id|"
           r"transaction id|ref no|reference code|record locator|locator|pnr|work order|rma|model number|"
           r"part number|sku|lot number|application|authorization|approval code|incident|report number|"
           r"docket|member code|customer code|access number|service request|request number|asset tag|isbn|upc|barcode|"
           r"item number|product (?:number|code|id)|estimate (?:number|no|id)|quote (?:number|no)|port request|"
           rf"warranty|quote|job number|itinerary|shipment|package|waybill|consignment|imei|meid|esn|{_OTHER_TAG}|"
           # "Rx 6023381", "the sticker on the gas meter says", "a violation number", "the shipping container is"
           r"rx|prescription number|meter(?: number| serial| id)?|violation|citation|penalty charge notice|pcn|container|"
           r"matric(?:ulation)? number|matric no|authori[sz]ation)s?\b",  # "I have two orders, 4731896 and ..."
    # words that only say "a number follows"
    "num": r"\b(?:id number|id|code|number|no)\b|#",
}
_SEQ_CUES = ("seq", "num")
_CUE_RX = re.compile("|".join(f"(?P<{k}>{p})" for k, p in CUES.items()))


def is_cue(word: str) -> bool:
    """Whether a word names a kind of number ("order", "reference", "zip"), so it is no name."""
    return bool(_CUE_RX.fullmatch(word.lower()))


def cue_at(text: str, pos: int) -> bool:
    """Whether the name of a kind of number starts at `pos` ("Driver's license", "CVC is")."""
    return bool(_CUE_RX.match(text[pos:pos + 40].lower().replace("’", "'")))
_LAST_FOUR = re.compile(r"\b(?:last|final) (?:four|4|five|5)\b|\bending\b|\b(?:ends|ended)(?: in| with)?\b")
_LAST_FOUR_HERE = re.compile(r"(?:\bcard on file|\b(?:ending|ends|ended)(?: in| with)?|\b(?:last|final|first) (?:four|4)(?: digits)?(?: (?:is|are))?"
                             r"(?:\?\s*(?:(?:yes|yeah|sure|okay|ok|um|uh|it's)[,.]?\s*)*)?)[\s:,]*$")  # right before the run: "ending in 8-8-24"
_LAST_FOUR_OF = re.compile(r"\b(?:last|final) (?:four|4)(?: digits)? of (?:the |your |my |his |her |their )?(?=\w)")
_LAST_OF_AFTER = re.compile(r"[\s,.:-]*(?:(?:that'?s|that is|it'?s|which is|is|are),?\s+)?(?:the\s+)?(?:last|final|first) "
                            r"(?:four|4|three|3|five|5|six|6)(?: digits)? (?:of|on|from) (?:the |your |my |his |her |their |our )?")
_NOT_ID_AFTER = re.compile(
    r"^\s*(?:%|-year|x\b|(?:percent|per\s?cent|dollars?|bucks|cents?|pesos?|euros?|pounds?|yen|rupees?|usd|"
    r"years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|"
    r"am|pm|a\.m|p\.m|o'?clock|feet|foot|ft|inches|inch|cm|centimet\w*|met(?:er|re)s?|kg|kilos?|"
    r"kilograms?|lbs?|miles?|km|kilomet\w*|times|mg|milligrams?|ml|grams?|degrees?|st|nd|rd|th|"
    r"people|kids|children|items|things|of (?:them|us|my)|year[- ]old|tablets?|pills?|"
    r"doses?|units?|calories|steps|points?|stars?|floors?|stories|bedrooms?|square|sq|gigs?|gb|mb|tb|"
    r"model|version|edition|inch|pack|bucks|forms?)\b|in (?:the )?(?:queue|line)\b|by \d)", re.I)  # "700 by 32": a size
# "1500 customers": a small bare number before a plural noun counts things
_COUNTED = re.compile(r"^\s+(?!(?:is|was|has|as|its|this|us|yes|plus|minus|his|hers|ours|yours|theirs|always|"
                      r"sometimes|perhaps|thus|pls|thanks|unless|less|across|besides|expires|ends|starts|works|"
                      r"goes|sounds|seems|looks|means|says|belongs|matches|comes|runs|gets|needs|does|was)\b)"
                      r"[a-z]+s\b")
_NOT_ID_BEFORE = re.compile(r"\b(?:error|jam|fault|diagnostic|trouble|version|firmware|build|port|rule|caller|queue|channel|page|room|size|grade|gate|seat|row|press|option|model|"
                            r"serving|(?:i'?m|you'?re|we'?re|he'?s|she'?s) number|"
                            r"exit|chapter|section|step|level|floor|aisle|platform|bus|route|highway|cabin|berth|deck|bay|"
                            r"ward|locker|counter|booth|stall|pump|lane|(?:on|form|tax) line|(?:meter )?reading|model's|(?:tire|tyre) size)"
                            r"(?:\s+(?:is|was))?(?:\s+(?:code|number|no\.?|#))?\s*(?:is\s+|was\s+|says\s+)?$", re.I)
_MODEL_ON = re.compile(r"\bmodel(?: number| no\.?| #)? on (?:the|its|my|your) [a-z]+\s*(?:is\s+|was\s+|says\s+)?$", re.I)
# a model number named a few words before it, in the same sentence ("the model number on the bottom starts with X1420",
# "Model number... RX-5400?"): no one's code, unless another value's name comes nearer (`_cues` says which)
_MODEL_SAID = re.compile(r"\b(?:(?:model|part|sku|catalog(?:ue)?) (?:number|no\.?|#)|(?:which|what) model)\b(?=(?:[^.?!\d]{0,35}|\.\.\.\s*"
                         r"|[^.?!\d]{0,35}\?\s+(?:\w+:\s+)?(?:(?:uh|um|yeah|yes|it says|it's|it is|says|the|one),?\s+)*(?:[a-z]{1,4}\s+)?)$)", re.I)
# (and the answer to a question for it: "is there a model number on the bottom? It says KT-200")
_EXPIRES_SOON = re.compile(r"\bexpir\w* (?:in|after) [^.?!]*?\b(?:minutes?|seconds?|hours?|mins?)\b")  # a code's, no card's
_HEALTH_CTX = re.compile(rf"\b(?:medicare|medicaid|health|medical|insurer|{_NOT_HEALTH_INS}insurance|"
                         r"blue ?cross|blue ?shield|anthem|aetna|cigna|humana|kaiser|unitedhealth|hospital|clinic|"
                         r"bupa|medibank|molina|centene|ambetter|tricare|delta dental|dental plan|"
                         r"patient|prescription|pharmacy|doctor|dental|vision plan|group number|florida blue|copay|"
                         r"deductible|rx bin|rx group|formulary|drug coverage|prescription coverage|isapre|osde|fonasa|"
                         r"ögk|obra social)\b")  # (the insurers by name only here: as cues they would be read as no firm)
# a vehicle named right before a code of letters and digits, which is its plate
_CAR_IS = re.compile(r"\b(?:car|truck|van|lorry|taxi|cab|caravan|motorbike|scooter|vehicle)(?:\s+(?:was|is)|'s|,)?\s+$")
# accounts of what no bank runs: "my electricity account", "my pension account", "my betting account"
_NOT_BANK_KINDS = (r"electricity|gas|water|energy|utility|utilities|pension|betting|bet|casino|phone|mobile|wallet|broadband|"
                   r"internet|council")
_BANK_CTX = re.compile(r"\b(?:bank|banking|routing|checking|chequing|cheque account|savings|wire|direct deposit|transfer|ach|paycheck|"
                       r"sort code|bsb|ifsc|transit number|institution number|(?:transit|institution)(?= (?:is |number |no )?\d)|"
                       r"transferred|deposit|"
                       # money paid into an account no other kind is named for ("paid into my GCB account", not "paid into
                       # my pension account", "deposited 50 dollars on my Betway account")
                       rf"(?:deposited|paid into|pay into)(?![^.?!]{{0,30}}\b(?:{_NOT_BANK_KINDS})\b)|"
                       # the bank by the word other languages name it with: "Banco Pichincha", "BancoEstado", "Banque Misr"
                       r"banco\w*|banca|banque|caixa|caja|sparkasse|"
                       r"credit union|iban|branch code|branch number|chase|wells fargo|citibank|bank of america|"
                       # big banks of other countries, named for the account ("Capitec, account 1482 337 906")
                       r"barclays|hsbc|lloyds|natwest|santander|monzo|starling|revolut|capitec|absa|nedbank|fnb|"
                       r"hdfc|icici|axis bank|kotak|bdo|gtbank|zenith bank|equity bank|scotiabank|rbc|cibc|bmo|"
                       r"westpac|anz|commbank|kiwibank|aib|ulster bank|ing|bbva|itau|itaú|bradesco|nubank)\b")
_SSN_CTX = re.compile(r"\b(?:ssn|social security|social|w-?2|w-?4|1099)\b")
_CARD_CTX = re.compile(rf"\b(?:{_NOT_PAY_CARD}card|visa|mastercard|amex|discover|expir\w*|exp|cvv|cvc)\b")
_CARD_GROUPS = re.compile(r"\d{4}([ -]|, )\d{4}\1\d{4}\1\d{4}")
_NOT_CARD_CUES = ("account", "routing", "bank", "health", "dl", "passport", "vehicle", "gift", "seq")
# "PL 37 1140 ..." too, and its groups apart as Whisper writes them read slowly: "GB29, NWBK, 6016, 1331, 9268, 19"
_IBAN_RX = re.compile(r"\b[A-Z]{2} ?\d{2}(?:(?:, | )?[A-Z0-9]{4}){2,7}(?:(?:, | )?[A-Z0-9]{1,4})?\b")
_SWIFT_RX = re.compile(r"\b[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b")
_VIN_RX = re.compile(r"\b[A-HJ-NPR-Z0-9]{17}\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_PAIRED = re.compile(rf"\b(?:{'|'.join(list(TEENS) + list(TENS))})\b")
_AGED = re.compile(r"\d-(?:years?|months?|weeks?|days?)(?:-old)?$", re.I)
# Medicare Beneficiary Identifier: 11 characters, no S, L, O, I, B, Z ("1EG4-TE5-MK72")
_MBI = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d"
                  r"[AC-HJKMNP-RT-Y]{2}\d{2}")
_NINO = re.compile(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]", re.I)  # after a social cue; "QQ" is the specimen prefix
_EIRCODE = re.compile(r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}")  # Ireland's postal code
# a British driving licence number: five letters of the surname (9s pad it), six digits of the birth date, the
# initials (9s pad them), a digit and two check characters
_UK_LICENCE_RX = re.compile(r"\b[A-Z][A-Z9]{4} ?\d{6} ?[A-Z][A-Z9] ?\d[A-Z0-9]{2}\b")
_PPS = re.compile(r"\d{7}[A-W][A-IW]?", re.I)  # Ireland's Personal Public Service number
_AFTER_CARD_EXPIRY = re.compile(rf"\b{CARD_WRITTEN},?\s+{EXPIRY_WRITTEN},?\s+$", re.I)
# a card number, its expiry and its code read in one breath: "4256 4323 6822 3721, 0827, 909"
_CARD_EXPIRY_CODE = re.compile(rf"({CARD_WRITTEN})(,?\s+)((?:0[1-9]|1[0-2])(?:20)?\d\d)(?:(,?\s+)(\d{{3,4}}))?")
_PAN = re.compile(r"[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]")  # India's tax number (Permanent Account Number)
_PIN_PLACE = re.compile(r"\b(?:address|city|town|village|district|area|post office|india|delhi|mumbai|bengaluru|"
                        r"bangalore|chennai|kolkata|hyderabad|pune|ahmedabad|jaipur|lucknow|noida|gurgaon|gurugram|"
                        r"kochi|nagar|colony|sector|layout|marg)\b")
_TRAVEL = re.compile(r"\b(?:passport|travel\w*|trip|flight|fly|flying|abroad|visa|embassy|consulate|border|"
                     r"immigration|check-?in|boarding|airport|airline|holiday|vacation|landing|lands|landed|"
                     r"arriving|arrives|departing|departs|layover|connecting)\b")
_MONTH_DAY = re.compile(rf"\b{MONTH} (?:the )?\d{{1,2}}(?:st|nd|rd|th)?,? $|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH},? $")
_MODEL_YEAR = re.compile(r"19[5-9]\d|20[0-3]\d")
_TAX_FORMS = frozenset({"1099", "1040", "1098", "1095", "1065", "1120", "8949"})
# plates no other code looks like (California 6ZCS268, UK WN68 KTE): a plate even when the
# sentence names no car ("the registration says 6ZCS268")
# and Germany's "RV-AK 4471", India's "UP93 AK 4471", France's and Italy's "FZ-993-TR"
_PLATE_SHAPE = re.compile(r"\d[A-Z]{3}\d{3}|[A-Z]{2} ?\d{2} ?[A-Z]{3}|[A-Z]{3}[- ]?\d{3,4}|\d{3}[- ]?[A-Z]{3}"
                          r"|[A-Z]{1,3}-[A-Z]{1,2} ?\d{1,4}|[A-Z]{2} ?\d{1,2} ?[A-Z]{1,3} ?\d{4}|[A-Z]{2}[- ]?\d{3}[- ]?[A-Z]{2}")
_AFTER_BIRTH_DATE = re.compile(rf"(?:\b\d{{1,2}}/\d{{1,2}}/(?:19|20)?\d\d(?:,\s*|\s+)"  # "2/14/75, " or "7/27/70 "
                               rf"|(?:\b(?:19|20)\d\d(?:-\d\d-\d\d)?|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?),\s*)$", re.I)
_DATE_THEN_KEY = re.compile(r"((?:19|20)\d\d(?:-\d\d-\d\d)?|\d{1,2}[/-]\d{1,2}[/-](?:19|20)?\d\d),\s(.+)")
_PLATE_AFTER = re.compile(rf"{NAMED_AFTER}(?:license |licence |number )?(?:plate|plates|tag|reg|registration|rego)\b")  # "365 SJZ, that's my plate"
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_AT_TIME = re.compile(r"\b(?:at|by|until|till|before|after|around|between)\s+$")
_DATE_LIKE = re.compile(r"(?:19|20)\d\d\s?(?:-|to)\s?(?:19|20)?\d\d"
                        r"|(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:19|20)?\d\d"  # 6/14/24
                        r"|(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?\d\d"  # 14/6/24
                        r"|(?:19|20)\d\d-\d\d-\d\d")
_PLATE_RX = re.compile(r"(?<![\w-])(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{2,8}(?:[ -][A-Z0-9]{1,5}){0,2}(?![\w-])")  # "191-D-24817"
_NOT_A_CAR = re.compile(r"\b(?:registration|reg)\b(?:\s+(?:number|no|#|id|code))?(?:\s+(?:is|was))?[^.?!]{0,30}$")
_CAR_CTX = re.compile(r"\b(?:car|truck|vehicle|van|suv|motorcycle|bike|boat|trailer|rv|plates?|tags?|dmv|dvla|mot|"
                      r"ute|sedan|hatchback|coupe|wagon|pickup|motorbike|scooter|caravan|parking|"
                      rf"license plate|licence plate|{CAR_MAKERS})\b")


def _not_personal(before: str) -> bool:
    """Whether the number's own name says it is nobody's ("page 12", "error code", "gate is"), unless
    that word is only what a code is for ("the confirmation number for the room is")."""
    m = _NOT_ID_BEFORE.search(before, max(0, len(before) - 40))
    return bool(m) and not _FOR_THE.search(before[:m.start()]) or bool(_MODEL_ON.search(before[-40:]))


def _not_a_car(before: str, sentence: str) -> bool:
    """Whether a vehicle cue is only "registration" with no vehicle in the sentence
    ("the registration number for the conference"): then the code is no vehicle's."""
    return bool(_NOT_A_CAR.search(before[-45:])) and not _CAR_CTX.search(sentence)


def _bag_tag(before: str, sentence: str) -> bool:
    """Whether a "tag" is a bag's: "We lost our bag in Frankfurt, the tag number is LH 448211"."""
    return bool(re.search(r"\btag\b[^.?!]{0,25}$", before[-45:]) and _BAGGAGE.search(sentence)
                and not _CAR_CTX.search(re.sub(r"\btags?\b", "", sentence)))


_BAGGAGE = re.compile(r"\b(?:bags?|luggage|baggage|suitcases?|backpack|carousel|checked)\b")
_ON_A_PLATE = re.compile(r"\b(?:on|in|by) an? plate\b")  # a maker's plate: where a serial is stamped, no car's
_OTHER_TAG_RX = re.compile(rf"\b{_OTHER_TAG}\b[^.?!]{{0,30}}$")
_PLATE_CUE = re.compile(r"\b(?:license plate|licence plate|plate number|plates?|tag number|tags?|registration|reg|rego)\b"
                        rf"(?:[^.?!\d]{{0,40}}(?:\?\s*)?|{ANSWER_AFTER}\s*)$")
# (the cue, then the plate: "What's the rego? DF 82 QR", "plate? Sure, 349 VGB", "the registration of your car? KL19 RTX")


_NAMED_AFTER = re.compile(NAMED_AFTER + r"(?:(?!ones?\b)[a-z]+\s+)?")  # and a word of the issuer's: "on my Nevada driver's license"
_DET = r"(?:the|my|your|our|his|her|their|this|that)"
_DET_END = rf"\s+{_DET}\s+$"
# "the confirmation number for the room is", "confirmation for the accessible room is": the room is what the
# code is for, not its name
_FOR_THE = re.compile(rf"\b(?:for|of|on)\s+{_DET}\s+(?:[a-z]+\s+)?$", re.I)
# "your driver's licence number for the hearing record. It's ...", "your passport number to update
# the ticket": what a code is for, not its name
_FOR_A = re.compile(rf"\b(?:for|of|to\s+[a-z]+)\s+{_DET}\s+(?:[a-z]+\s+)?$")
# "the passport on the booking says", "the IMEI on the phone is": where a code is, not what it is
_LOAN = re.compile(r"^(?:loan|mortgage)\b")
_OWN_VALUE = re.compile(r"\s*(?:number|no|#|ending|ends|ended)\b")  # "on your debit card ending 3307": the card's
_SEQ_ON = re.compile(r"(?:\s+(?:number|no|id|code))?\s+(?:on|in|from|off|for)\s+(?:the|my|your|our|his|her|their|a|an)\s+(?:[a-z]+\s+)?")
_WHERE = re.compile(rf"\b(?:on|in|from|off)(?:{_DET_END}|\s+an?\s+$|\s+{_DET}\s+[a-z]+\s+$)")  # "on the lab order"  # "stamped on a plate by the door hinge"
_VALUE = re.compile(r"(?<![\w-])(?!(?:19|20)\d\d(?![\w#-]))[\w#-]*\d[\w#-]*\d[\w#-]*\d[\w#-]*")  # a year answers no cue
# words of a read-back or a value read on ("So that's A 0998...?", "capital W, i n t e r, hash, 2291")
_READ_ON = frozenset("so that's thats that is it's its it okay ok yes yeah right correct capital lower "
                     "case hash dash dot slash underscore at oh zero double triple and then "
                     # a correction or a request to hear it again keeps the cue too
                     "sorry no wait mean actually correction scratch my mistake one more time again hold on wrong "
                     "ma'am sir pardon repeat come say "
                     # acknowledgements while a value is read in pieces ("4921 8830. Yep. 1175 6402.")
                     "yep yup mhm uh-huh go on got ready".split())


def _first_value(between: str, digits: str = "") -> re.Match | None:
    """The first value said in `between`, not counting a first part of the run's own `digits` ("It's 7002, hold on.
    Right, 7002 4419 83")."""
    return next((v for v in _VALUE.finditer(between)
                 if not (digits and digits.startswith(re.sub(r"\D", "", v.group(0))))), None)


def _answered(between: str) -> bool:
    """Whether a value was said between a cue and the run, then talk moved on ("the member ID?
    W229 481 076. Thank you. And is (312) 555-0148 still..."): the cue was that value's (a
    correction of it takes its kind in registry.carry_corrections)."""
    value = _first_value(between)
    return bool(value) and bool(set(re.findall(r"[a-z']{2,}", between[value.end():])) - _READ_ON)


AFTER = 40
"""Distance given to a cue after the run: past the tight ones before it, within reach."""
_NAMED_BEFORE = 60
"""Farthest a specific cue may be before a generic "number" and still name it ("We'll need his
passport for that. I have it, it's Nigerian, number A05531872")."""
NEAR = 45
"""Farthest a cue may be from its value."""


# a sentence that names its own value ("Your passport is fine. Anything else? The total was 55123881"):
# a cue said in a sentence before it is not this value's
_OWN_NAME = re.compile(r"[.?!]\s+(?:(?:and|so|but|well|okay|ok|oh|um|uh|yeah)[,]?\s+)*"
                       r"(?:the|my|your|our|his|her|their)\s+([a-z]+)\s+(?:is|was|are|were|'s)\s+$")


def _cues(ctx: Ctx, start: int, end: int) -> list[tuple[str, int]]:
    """Cue classes before the run, nearest first (then one right after it), with distances.

    A generic cue ("number", "id") defers to a specific one just before it, so "account
    number is" reads as an account cue first.
    """
    window = ctx.before(start, 70)
    own = _OWN_NAME.search(window)
    found = [(m.lastgroup, len(window) - m.end(), m.start()) for m in _CUE_RX.finditer(window)
             if not (m.lastgroup == "phone" and _WHERE.search(window[:m.start()]))
             and not _answered(window[m.end():])
             and not (own and m.end() <= own.start() and not is_cue(own.group(1)))][::-1]
    for i in range(len(found) - 1):
        if found[i][0] == "num" and found[i + 1][0] != "num" and found[i][2] - (len(window) - found[i + 1][1]) <= _NAMED_BEFORE \
                and not _FOR_A.search(window[:found[i + 1][2]]):  # "For the claim they want your ID number": a purpose
            found[i], found[i + 1] = (found[i + 1][0], found[i][1], found[i + 1][2]), found[i]
    named = next((j for j, f in enumerate(found) if f[0] != "num"), None)
    if named and found[0][2] - (len(window) - found[named][1]) <= _NAMED_BEFORE and not _FOR_A.search(window[:found[named][2]]):
        # "a different passport number. Which number do you have?": past the nums said since
        found.insert(0, (found[named][0], found[0][1], found.pop(named)[2]))
    for i in range(len(found) - 1):
        # "the passport on the booking says N 772...": the code is the passport's, the booking is where it is;
        # "the reference on the bank transfer should be ...": the reference's
        if found[i][0] != found[i + 1][0] and (found[i + 1][0] not in _SEQ_CUES and (
                _WHERE.search(window[:found[i][2]]) or _FOR_A.search(window[:found[i][2]]))
                or found[i + 1][0] == "seq" and _SEQ_ON.fullmatch(window, _CUE_RX.match(window, found[i + 1][2]).end(), found[i][2])
                and not _OWN_VALUE.match(window, _CUE_RX.match(window, found[i][2]).end())):
            found[i], found[i + 1] = (found[i + 1][0], found[i][1], found[i + 1][2]), found[i]
    if len(found) > 1 and found[0][0] == "bank" and found[1][0] == "account" and _LOAN.search(window[found[1][2]:found[0][2]]):
        found[0], found[1] = (found[1][0], found[0][1], found[1][2]), found[0]  # "my mortgage loan number with td bank is"
    # "The PIN for the debit card, well I shouldn't say it, it's 4,8,1,9": a PIN is named, then hesitated over
    out = [(cue, min(dist, NEAR - 1) if cue == "password" and not re.search(r"[.!]", window[pos:]) else dist)
           for cue, dist, pos in found]
    # "the last four of the social on the account": the thing named right after "last four of" leads
    of = ([None] + list(_LAST_FOUR_OF.finditer(window[-120:])))[-1]  # the last one said: "social 4826, last four of the card"
    if of:
        named = _CUE_RX.match(window[-120:], of.end())
        if named and named.lastgroup not in _SEQ_CUES:
            out.insert(0, (named.lastgroup, 0))
    after = ctx.after(end, 60)
    lead = _LAST_OF_AFTER.match(after)  # "3871, last four of my social": the thing named after "of"
    m = _CUE_RX.match(after, lead.end()) if lead else None
    if m and m.lastgroup not in _SEQ_CUES:
        out.append((m.lastgroup, AFTER))
        return out
    named = [c for c in _CUE_RX.finditer(after) if c.lastgroup != "num"]
    # "nine three five eight, that's my card security code": the head of the name said, its last cue word
    m = max((c for c in named if c is named[0] or c.start() <= named[0].start() + 12
             and not re.search(r"\b(?:on|of|for|in|at|from|to|with)\b", after[named[0].end():c.end()])),
            key=lambda c: c.end()) if named else None  # (not "the VIN on the registration")
    if m and re.match(r"[\s:#]*(?:(?:number|no|id)\b)?[\s:#]*(?:is\s+)?[a-z0-9-]*\d", after[m.end():]):
        m = None  # "on 1215 2025 for order Q24Q5M": the cue after names the value after it
    if m:
        # "9920 4418 376, that's the account number": a cue named right after the value
        tight = _NAMED_AFTER.fullmatch(after[:m.start()])
        out.append((m.lastgroup, AFTER if tight else AFTER + m.start()))
        if tight and m.lastgroup not in _SEQ_CUES and out[0][0] in _SEQ_CUES and out[0][1] < AFTER \
                and re.search(r"\b(?:number|id|no)\b", after[m.start():m.end() + 12]) \
                and not _TIGHT.fullmatch(window[len(window) - out[0][1]:]):
            out.insert(0, out.pop())  # "on the visa application I put EA5283707 for the passport number": named after
    return out


# the answer to a count asked for: "How many did you order? Caller: 120 I think"
_HOW_MANY_ANSWERED = re.compile(r"\bhow many\b[^.?!]*\?\s*(?:[a-z]+(?: [a-z0-9])?:\s*)?"
                                r"(?:(?:about|around|maybe|like|um|uh|er|oh|only|just|roughly|approximately)[,.]?\s+)*$", re.I)


def _dotted_id(ctx: Ctx, start: int, end: int, cued: bool) -> bool:
    """A run of six digits or more that Whisper wrote with a dot ("my social is 88193.0274", "account 4401.9927"),
    said right after an identifier's cue and away from talk of sums: the identifier, not a decimal quantity."""
    raw = ctx.norm[start:end].strip()
    return (cued and re.fullmatch(r"\d+\.\d{3,}", raw) is not None and len(raw) >= 7
            and NAMED_NOW.search(ctx.norm, max(0, start - 40), start) is not None
            and ID_END.match(ctx.norm, end) is not None and not _SUM_TALK.search(ctx.around(start, end)))


def _classify(ctx: Ctx, start: int, end: int) -> Iterator[Cand]:
    """Candidate readings of one run: validated formats first, then cues, then the fallback."""
    raw = ctx.norm[start:end]
    d = v.digits(raw)
    nd, nl = len(d), sum(c.isalpha() for c in raw)
    if nd == 0 or nl and AFTER_MAKER.search(ctx.norm, max(0, start - 15), start):
        return  # no digits; or a car's model after its maker ("a 2022 Toyota RAV4")
    if nl == 0 and (_NOT_ID_AFTER.match(ctx.norm[end:]) and not _key_shape(raw, d)
                    or (nd <= 5 and raw.isdigit() and _COUNTED.match(ctx.norm[end:]))):
        return  # "700 by 32", "1500 customers"; not "call me at 415-555-0123 days"
    if nl == 0 and nd <= 4 and _HOW_MANY_ANSWERED.search(ctx.before(start, 120)):
        return  # "How many parcels did you send? Caller: About 120.": a count
    cues = _cues(ctx, start, end)
    if cues and cues[0][0] == "num" and (_national_id(ctx.before(start, 50)) or _BARE_ID.search(ctx.before(start, 50))
                                         and _topic(ctx, start) is None):
        # "my south african id number is ...": a country's ID is its national one; so is "your ID number?"
        # said of no card the talk is about (an employee's or a student's ID names its kind)
        cues[0] = ("ssn", cues[0][1])
    cue, dist = cues[0] if cues else (None, 999)
    near = dist < NEAR
    if nl == 0 and _SAID_AS_SUM.search(ctx.text[slice(*ctx.view.orig(start, end))]) and not _AT_TIME.search(ctx.before(start, 12)) \
            and not (near and (cue in ("password", "phone") or cue in ("seq", "num", "account") and not _SUM_TALK.search(ctx.around(start, end)))):
        return  # "the loan was ten thousand", "fifteen hundred": a sum said with its scale, no code read out digit by digit
        # (but "the alarm code ... two thousand and nine", "my employee number is three thousand and forty two")
    before = ctx.before(start, 70)
    if nd <= 5 and nl <= 1 and _HOUSE_NUMBER.search(before):
        yield ctx.cand(start, end, "location", 0.9)  # "my house number is 42", "we live at number 17": an address
        return
    if nl == 0 and nd <= 3 and cues and all(k == "num" for k, _ in cues) and _BARE_NUMBER.search(before):
        return  # "a number 27 with no onions", "he wore number 23": a menu item, a shirt, nobody's code
    sentence = ctx.around(start, end)
    c = lambda pol, score: ctx.cand(start, end, pol, score)  # noqa: E731
    # --- validated formats
    model = _MODEL_SAID.search(before, max(0, len(before) - 50))
    if _not_personal(ctx.norm[max(0, start - 45):start]) and not (cue == "password" and near) \
            or model and dist >= len(before) - model.end() - 2:
        return  # an error code, a flight, a page, a model (no other value named nearer): a number, but no personal one
    if nl == 0 and nd <= 6 and re.search(r"\b(?:text|texted|texting|send|sent|sms)\s+[a-z]+\s+to\s*$", before):
        return  # "I sent PORT to 1900": a service's short code
    if raw.lower().startswith("0x") or re.fullmatch(r"40[13]\s?\(?[kb]\)?|457\s?\(?b\)?", raw.strip().lower()):
        return  # a hex error code ("0x80070005"); a retirement plan's name ("my 401k")
    if _AGED.search(raw):
        return  # "67-year-old": an age
    if nd + nl <= 7 and re.match(r"\s+(?:notice|form|letter|schedule|type|ones|series|range|model)s?\b", ctx.lower[end:end + 12]):
        return  # "a CP2000 notice", "the W-2 form": the name of a form, no one's number
    if re.fullmatch(r"(?:480|720|1080|1440|2160)[pi]|[48]k", raw.strip(), re.I):
        return  # "a 1080p camera", "4K": a screen's resolution
    if nl == 0 and re.fullmatch(r"\d+\.\d+", raw.strip()) and not _dotted_id(ctx, start, end, near and cue != "num"):
        return  # a decimal quantity (3.8, 16.4)
    if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", raw.strip(), re.I):
        return  # an ordinal day ("May 14th"), not a code
    if nl == 0 and _DATE_LIKE.fullmatch(raw.strip()) and not (_LAST_FOUR_HERE.search(before) and nd == 4) \
            and not (nd == 4 and ADDRESS_BEFORE.search(ctx.before(start, 120))) \
            and not (near and cue == "routing"):  # "Pyrmont, NSW 2009": a postcode; "sort code 07-04-36"
        return  # years, year ranges and numeric dates belong to the date recognizers ("ending in 8-8-24" is none)
    if nl == 0 and _CLOCK.fullmatch(raw.strip()) and _AT_TIME.search(before[-12:]):
        yield c("time", 0.6)  # "we close at 2100": a clock time on the 24-hour dial
        return
    if nl == 0 and nd == 4 and _YEAR.fullmatch(raw.strip()) and _MONTH_DAY.search(before[-25:]):
        return  # "October 12th, 1984": the year of a date
    if nl == 0 and nd == 4 and _YEAR.fullmatch(d) and _CAR_CTX.match(ctx.after(end, 20).lstrip()):
        return  # "my 2019 Hyundai": a model year
    if nl == 0 and nd == 4 and _YEAR.fullmatch(d) and not _LAST_FOUR_HERE.search(before) and re.search(
            r"\b(?:in|since|from|until|by|of|during|around|before|after|year|back in)\s+$", before[-12:]):
        return
    if nl == 0 and v.luhn(d) and 13 <= nd <= 19 and not (nd == 13 and d[0] != "4") \
            and not re.search(r"\b(?:imei|meid|esn|sim|iccid)\b", before[-45:]) \
            and (v.card_shape(d) or _CARD_CTX.search(sentence)):  # 13 digits: only Visa; a Luhn ID else
        # without an issuer's prefix, a Luhn check digit alone is one chance in ten: a pet's chip, an ID
        other = near and cue in ("account", "routing", "bank", "health", "dl", "passport", "vehicle", "gift")
        generic = near and cue in _SEQ_CUES
        # a card-issuer prefix and length make "the number is 4111..." a card even after a generic cue
        yield c("credit_card_number", 0.6 if other or (generic and not v.card_shape(d)) else 0.97)
    elif nl == 0 and v.card_shape(d) and _CARD_GROUPS.fullmatch(raw.strip()) and _CARD_CTX.search(sentence) \
            and not (near and cue in _NOT_CARD_CUES):
        # four groups of four with an issuer's prefix, in talk of a card: one whose check digit ASR misheard
        yield c("credit_card_number", 0.85)
    if nl == 0 and nd == 13 and v.za_id(d) and not (near and cue not in ("num", "ssn")):
        yield c("us_social_security_number", 0.92)  # South Africa's ID: a birth date, a Luhn digit ("my ID number")
    if nl == 0 and nd == 9 and v.ssn(d) and re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", raw.strip()) \
            and not re.search(r"\bpassport\b", before[-60:]):  # a US passport has nine digits too, read in any groups
        yield c("us_social_security_number", 0.9)
    if nl == 0 and (v.nanp(d) or v.uk_phone(d)) and not re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}|(?:19|20)\d\d[-/][\d-]+", raw.strip()):
        # "What's the ticket number? It's 9187442013": a code's name said for it beats a phone's shape
        named = (cue == "seq" or cue == "num" and re.search(r"\b(?!caller\b)[a-z]{2,} id\b[^.?!]{0,12}$", before)) \
            and near and _NAMES_IT.fullmatch(before[len(before) - dist:])  # "my UCAS ID is 441-928-3071"
        # a kind named near it, then where it is written: "the parcel number on the slip is 598 891 6717", no phone
        # (but "the claims line at 214-830-2539", "the number on the card says 1-800-555-0199" are)
        other_kind = near and cue not in (None, "phone", "num") and re.fullmatch(
            r"(?![^.?!]*\b(?:line|call|dial|reach|desk|office|hotline|support|card)\b)[^.?!]{4,30}\b(?:is|was|reads|says)\s*",
            before[len(before) - dist:]) is not None
        topic = _topic(ctx, start, d) if cue != "phone" and _NO_PHONE_GROUPS.fullmatch(raw.strip()) \
            and not _REACH_ME.search(before[-30:]) else None
        topic = topic and _by_cue(topic, nd, nl, raw, before, sentence, "", ctx.after(end, 60))[0]
        if topic and topic != "number_sequence":
            yield c(topic, 0.88)  # "your account number? ... It's 7002, hold on. Right, 7002 4419 83": no phone's groups
        yield c("phone_number", 0.96 if cue == "phone" else 0.75 if named or other_kind else PHONE_BY_SHAPE)
    if nl == 0 and nd == 9 and v.aba(d) and (cue == "routing" or _BANK_CTX.search(sentence)) and not (near and cue == "ssn"):
        yield c("banking_information", 0.97)
    # "my new number is ...": a person's number is a phone number
    phone_cue = cue in (None, "phone") or (cue == "num" and near and _MY_NUMBER.search(before[-45:]))
    if nl == 0 and nd == 7 and re.fullmatch(r"\d{3}[-. ]\d{4}", raw.strip()) and phone_cue:
        yield c("phone_number", 0.8)
    elif nl == 0 and nd == 7 and d[0] in "23456789" and phone_cue and not re.search(r"\d[-./]\d", raw):
        # (not "9509-028", "88104-22": written in groups that are no phone's)
        yield c("phone_number", 0.5 if cue is None else 0.85)
    elif nl == 0 and 10 <= nd <= 13 and cue == "num" and near and _MY_NUMBER.search(before[-45:]):
        yield c("phone_number", 0.85)  # "my number is double four twenty seven ...": a person's number, any country's
    if nl == 0 and v.national_phone(d) and not v.uk_phone(d) and (phone_cue or not (near and cue in _SEQ_CUES)):
        yield c("phone_number", 0.82)
    if (raw.startswith("+") and nd >= 8) or (re.match(r"\(\d{2,4}\)\s?\d", raw) and 9 <= nd <= 12):  # "(11) 95555-1234"
        yield c("phone_number", 0.9)
    if _MBI.fullmatch(re.sub(r"[\s-]", "", raw).upper()) and (_HEALTH_CTX.search(sentence) or "card" in sentence):
        yield c("healthcare_number", 0.92)
    if nl == 0 and nd in (3, 4) and re.match(r"\s+on the back\b(?! of (?:the|my|your) (?:form|letter|bill|envelope|page))", ctx.after(end, 40)):
        yield c("credit_card_cvv", 0.9)  # "is that the 773 on the back?"
        return
    if nl == 0 and nd in (3, 4) and _AFTER_CARD_EXPIRY.search(before):
        yield c("credit_card_cvv", 0.9)  # "4111 1111 1111 1111, 12/25, 123": number, expiry, then the code
        return
    if _PAN.fullmatch(raw.strip()) and re.search(r"\b(?:pan|income tax|tax)\b", before[-30:]):
        yield c("us_social_security_number", 0.93)  # "and PAN ABCPD1234E"
    if nd + nl == 17 and v.vin(raw) and (nl or not (cue in _SEQ_CUES and near)):
        yield c("vehicle_id", 0.97)  # (seventeen digits only pass the check digit once in eleven: an order number's too)
    elif nd + nl == 17 and nd >= 5 and nl >= 2 and re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", re.sub(r"[\s-]", "", raw.upper())) \
            and _CAR_TALK.search(ctx.before(start, 150)) \
            and (not (cue in _SEQ_CUES and near) or re.search(r"\b(?:vin|vehicle identification)\b", before[-60:])):
        yield c("vehicle_id", 0.85)  # a VIN of a maker outside North America, which has no check digit
        # (named as the VIN even when a claim it is for is named nearer: "the vin for my warranty claim, it's ...")
    if nl == 0 and nd == 6 and re.search(r"\bpin ?code\b[^.?!\d]{0,25}$", before) and (_PIN_PLACE.search(
            ctx.lower[max(0, start - 80):end + 40]) or _named_place_after(ctx.norm[end:end + 30])):
        yield c("location", 0.96)  # India's postal "PIN code 560034, Koramangala", not a bank PIN
        return
    if (not near or cue == "num") and (nl == 0 and 4 <= nd <= 6 or _EIRCODE.fullmatch(raw.strip().upper())) \
            and ADDRESS_BEFORE.search(ctx.before(start, 120)):
        yield c("location", 0.91)  # "14 Jacaranda Crescent, Lynnwood, Pretoria, 0081": the end of an address
        return
    # the document the talk is about, for a number said as an answer or after a bare "number"
    topic = _topic(ctx, start) if nd + nl >= 5 and not (cue in _SEQ_CUES and near and cue != "num") \
        and (cue == "num" and near or _READ_OUT.search(before)) else None
    topic = topic and _by_cue(topic, nd, nl, raw, before, sentence, "", ctx.after(end, 60))[0]
    topic = topic if topic != "number_sequence" else None
    if topic and cue == "num" and near and not re.search(r"\bcode\b", before[-NEAR:]):
        yield c(topic, 0.8)  # "my driver's license got renewed ... what's the new number? 41882097"
        return  # (a code read back has its own rules first)
    if nl == 0 and 3 <= nd <= 4 and _LINE_ENDING.search(before[-50:]) and not re.search(rf"\b(?:{DOCUMENT_NOUNS})\b", before[-60:]):
        yield c("phone_number", 0.9)  # "texted a code to the number ending in 0192", "the mobile ending in 4-3-1"
        return
    if raw.strip()[:4] in _TAX_FORMS and re.fullmatch(r"\d{4}-[A-Z]{1,4}", raw.strip()):
        return  # "my 1099-G for my taxes": a tax form's name, whatever was named before it
    # --- cue-driven
    named_after = re.match(r"[\s,.]*(?:that'?s|that is|it'?s|which is)\b", ctx.norm[end:end + 12])  # "2012, that's my badge number"
    for cue_k, dist_k in cues:
        if dist_k >= NEAR:
            break
        if dist_k >= AFTER and (cue_k == "seq" and nd < 5 and not named_after or dist_k > AFTER and nl == 0 and _YEAR.fullmatch(raw.strip())
                                and not _LAST_FOUR.search(before[-30:])):
            continue  # "the 2019 order", "a 50-year warranty", "March 4th 2024, my social is": a year or a count
        gap = before[len(before) - dist_k:] if dist_k < AFTER else ""
        if nl == 0 and raw.strip() == d and _MODEL_YEAR.fullmatch(d) and cue_k not in ("password", "num", "card", "ssn") \
                and not _LAST_FOUR_HERE.search(before) and (dist_k > AFTER or dist_k < AFTER and not _TIGHT.fullmatch(gap)):
            return  # "plate 7KLM219, it's a 2017 Ford": a year, not what the cue named
        pol, score = _by_cue(cue_k, nd, nl, raw, before, sentence, gap, ctx.after(end, 60))
        if pol == "account_number" and cue_k == "account" and nl == 0 and _BANK_ANSWERS.search(_OPENING.match(ctx.lower).group(1)) \
                and _bank_account_named(before):
            pol = "banking_information"  # a call a bank answered: "your account number? 5010028847193" is the bank account
        if pol == "healthcare_number" and cue_k == "health" and _BARE_PLAN.search(before[-40:]) \
                and _NOT_HEALTH_PLAN.search(ctx.lower, max(0, start - 300), start) \
                and not _HEALTH_SAID.search(ctx.lower, max(0, start - 300), start):
            pol = "account_number"  # "Northgate Retirement Partners ... your plan number? NRP-004-8177": no health plan
        if pol == "account_number" and cue_k == "account" and _health_member(ctx, start, end, before):
            pol = "healthcare_number"  # "I'm with UnitedHealthcare ... the member ID is 993844710": a health plan's, said earlier
        if pol:
            yield c(pol, score)
            return
    # --- shape-driven fallbacks without a (usable) cue
    if nl >= 2 and nd and 5 <= nd + nl <= 10 and _CAR_IS.search(before) and not _MODEL_YEAR.fullmatch(d):
        yield c("vehicle_id", 0.8)  # "his car was k d g four four one x", "the truck c zero four four b k l": its plate
        # (two letters or more: "the excess on the car is R3500" is a sum)
        return
    if re.search(r"\bthe\s+$", before) and re.fullmatch(r"[A-Z]{1,3}-?\d{2,4}[A-Z]?", raw.strip()):
        return  # "the T200 is supported", "the white one, the H3600": a model, which many own, no one's code
    if (nl and nd and 6 <= nd + nl <= 8 and re.fullmatch(r"[A-Z]{2,3}[- ]?\d{3,4}|\d[A-Z]{3}\d{3}", raw)
            or nl and nd and 5 <= nd + nl <= 10 and not near and re.fullmatch(r"[A-Z0-9 -]+", raw)
            and re.search(r"\b(?:car|truck|van|vehicle|driveway|tow|towed|parked|plate|rego|reg)\b", sentence)) \
            and not AFTER_MAKER.search(ctx.norm, max(0, start - 15), start):
        yield c("vehicle_id", 0.55)  # "The car blocking my driveway 94-D-74462", "The tow truck took KKG 803W"
    if nl and re.fullmatch(r"[A-Z]{1,2}\d{6,9}", raw) and _TRAVEL.search(sentence):
        yield c("passport_number", 0.5)  # a passport's shape, in talk of travel; else some other code
    if nl == 0 and _YEAR.fullmatch(d) and len(raw) == 4:
        return
    said = ctx.text[slice(*ctx.view.orig(start, end))].lower()
    if re.search(r"\b(?:hundred|thousand|million|billion)\b", said):
        return  # a spoken quantity, not an identifier
    if nl == 0 and nd <= 4 and _PAIRED.search(said) and not (cue in _SEQ_CUES and near):
        return  # "fourteen fifty", "ninety nine ninety nine": read as amounts are, not digit by digit as codes
    if _promo(before) or (raw.strip() in _TAX_FORMS and not near) or (re.search(r"\bforms?\s+$", before)
                                                                       and len(raw.strip()) <= 8):
        return  # a promo code; "the 1099": a tax form's name
    if nl == 0 and re.fullmatch(r"[1-9]\d*000", raw.strip()) and not (cue in _SEQ_CUES and near):
        return  # "the population is 25000": a round count, no code
    if nl == 0 and 4 <= nd <= 8 and not _YEAR.fullmatch(d) and _CODE_SENT.search(sentence) and _READ_OUT.search(before):
        yield c("password", 0.75)  # "It's asking for a code. We just texted it. It's 482 915."
        return
    if topic:
        yield c(topic, 0.7)  # "We'll need her licence when the patrol gets there. She's here, it's 18 447 902."
        return
    if nl == 0 and nd == 4 and _LAST_FOUR_HERE.search(before) and not (cue in _SEQ_CUES and near and cue != "num"):
        # "Charge it to the one on file ending 7159?", "send the ACH to the one ending in 7701": a last four
        # whose kind only the talk around it says
        kind = "credit_card_number" if re.search(r"\b(?:charge|charged|charging|pay with|paid with|on file)\b", sentence) \
            or _CARD_CTX.search(sentence) else "us_social_security_number" if _SSN_CTX.search(sentence) \
            else "banking_information" if _BANK_CTX.search(sentence) \
            else "phone_number" if _PHONE_NOUN.search(sentence) \
            else None if re.search(rf"{d}(?!\w)", ctx.norm[:start]) or not _OF_NOTHING.search(before) else "credit_card_number"
        if kind:  # said of nothing: the last four people read out is most often a card's, unless it reads back
            yield c(kind, 0.6)  # the end of a value said before ("532-44-7187. Ending 7187"), which takes its kind
            return
    if nl == 0 and 8 <= nd <= 17 and not near and _BANK_CTX.search(sentence) and re.search(r"\b(?:into|to|from)\s+$", before):
        yield c("banking_information", 0.6)  # "My paycheck goes into 4400 1937 2281 at Chase"
        return
    tight = cue in _SEQ_CUES and near and (nd >= 4 or _TIGHT.fullmatch(before[len(before) - dist:]))
    if nd >= 4 or (nd >= 3 and nl >= 1) or (tight and nd >= 2) \
            or nd and nl >= 3 and len(raw) >= 6 and raw.isupper() and raw.isalnum() and not is_english(raw):  # "JE2ZZG"
        yield c("number_sequence", 0.4 if (cue in _SEQ_CUES and near) or nd >= 5 else 0.3)


_TOPICS = ("ssn", "routing", "health", "vehicle", "dl", "passport", "bank", "account")
PHONE_BY_SHAPE = 0.86
"""The score of a phone number read by its digits alone, no cue: a read-back may still be another kind's."""
# ten digits in groups no phone number is written in ("7002 4419 83", "12 3456 7890"; not "415 555 0142", "020 7946 0018")
_REACH_ME = re.compile(r"\b(?:get|reach|call|ring|text|phone|contact)\s+(?:me|us|him|her)\s+(?:on|at)\s*$")  # a phone's words
_NO_PHONE_GROUPS = re.compile(r"\d{4}[ -]\d{4}[ -]\d{2}|\d{2}[ -]\d{4}[ -]\d{4}|\d{4}[ -]\d{2}[ -]\d{4}|\d{5}[ -]\d{5}")


def _key_shape(raw: str, d: str) -> bool:
    """Whether a run has the checked shape of a card, an SSN or a phone number: no quantity, whatever
    word follows it ("4111 1111 1111 1111 points were not credited", "123-45-6789 years ago")."""
    return 13 <= len(d) <= 19 and v.luhn(d) or v.dialable(d) or bool(re.fullmatch(r"\d{3}-\d{2}-\d{4}", raw.strip()))


def _topic(ctx: Ctx, start: int, digits: str = "") -> str | None:
    """The kind of document the talk is about when a number is said without its name nearby: the
    nearest specific cue in the sentences before it (Ctx.around) that no other value answered
    ("The TRICARE number in your file is ...", "her licence ... She's here, it's 18 447 902"); a first part of
    the number's `digits` answers none ("It's 7002, hold on. Right, 7002 4419 83")."""
    window = ctx.lower[ctx.talk_start(start):start]
    for m in reversed(list(_CUE_RX.finditer(window))):
        if m.lastgroup in _TOPICS and not _first_value(window[m.end():], digits):
            return m.lastgroup
    return None


# a bank answering the call, in the call's first sentence ("Namaste, welcome to Sahyadri Co-operative Bank",
# "Good afternoon, Zenith Bank, how can I help?"; not a food or blood bank), and the accounts it keeps that are
# no bank account
_OPENING = re.compile(r"[\W]*([^.?!]{0,120})")
_BANK_ANSWERS = re.compile(r"(?<!food )(?<!blood )(?<!sperm )(?<!toy )(?<!milk )(?<!seed )(?<!cord )(?<!data )(?<!power )"
                           r"(?<!my )(?<!the )\bbank\b|\bbuilding society\b")


# what a bank's customer is asked for besides the account itself: "your customer number? It's ...", "the member ID"
_NOT_BANK_ACCOUNT = re.compile(r"\b(?:(?:customer|client) (?:id|number|no|reference)|member(?:ship)?|loan|mortgage|credit card|card|"
                               rf"policy|loyalty|rewards?|frequent flyer|login|profile|with us|{_NOT_BANK_KINDS})\b")
# (us: whoever answered)


def _bank_account_named(before: str) -> bool:
    """Whether the account last named before a number is the bank account: no other kind named with or after it (a
    customer or member number, a loan, a card: "your customer number for the claim form? It's on my statements,
    6601 4482 19", "your mortgage account number")."""
    last = [m.start() for m in re.finditer(r"\b(?:accounts?|acct)\b", before)]
    return not _NOT_BANK_ACCOUNT.search(before, max(0, last[-1] - 20) if last else 0)


_EXPIRY_NEXT = re.compile(rf"[\s,.;]*(?:and\s+)?(?:the\s+)?(?:{EXP_WORDS})\b", re.I)


def _by_cue(cue: str, nd: int, nl: int, raw: str, before: str, sentence: str, gap: str,
            after: str = "") -> tuple[str | None, float]:
    """The policy a cue class assigns to a run of `nd` digits and `nl` letters (`gap`: the
    text between a cue before the run and the run; `after`: the words right after it)."""
    last_four = bool(_LAST_FOUR.search(before[-45:]) or _LAST_FOUR_OF.search(before))
    total = nd + nl
    if nl == 0 and cue in ("bank", "account", "routing") and v.card_shape(v.digits(raw)) \
            and _EXPIRY_NEXT.match(after):
        return "credit_card_number", 0.96  # "... from Keystone Savings Bank? ... 5412 7700 3318 2096, expiration 11/28": a card
    if cue == "cvv" and nl == 0 and 3 <= nd <= 4:
        if re.search(r"\b(?:pin|passcode)\b(?![^.?!]*\b(?:card|on the back|cvv|cvc|security code)\b)[^?!]*$", before):
            return "password", 0.95  # "a purchase PIN for parental controls, four digits. B: Let's do 2 6 8 1"
        return "credit_card_cvv", 0.95
    if cue == "verify" and total >= 3:
        # a one-time code's words: sent, texted, got, mailed, resent, expiring in minutes ("the verification code I got
        # is 552", "... it's 190 and it expires in five minutes")
        texted = re.search(r"\b(?:text|texted|sent|email|emailed|app|login|log in|sign in|phone|got|received|mailed|resend|"
                           r"send (?:me )?(?:a )?new|transfer|expires? in|authenticator)\b", sentence)
        card = _CARD_CTX.search(_EXPIRES_SOON.sub("", sentence))
        if nl == 0 and nd <= 4 and (card or not texted):
            return "credit_card_cvv", 0.9  # a card's length ("the verification code is 552"), unless a text or app sent it
        return "password", 0.9
    if cue == "card":
        if re.search(r"\b(?:sim|iccid|imei)\b", before[-45:]):
            return "number_sequence", 0.85  # "the sim number, the long one on the card": a SIM's serial
        if re.search(r"\b(?:loyalty|rewards?|points|miles|bonus|library)\b", before[-45:]):
            return "account_number", 0.9  # "The loyalty number on my Tesco card is ...": no payment card, no health plan
        if _HEALTH_CTX.search(sentence) and total >= 5 and not (nl == 0 and v.card_shape(v.digits(raw))):
            return "healthcare_number", 0.88  # "Medicaid? Yes, I have the card right here, the ID is 104829375118"
        if nl == 0 and (12 <= nd <= 19 or (last_four and nd == 4)
                        or nd in (4, 8) and re.search(r"\bcard (?:number|no)\b", before[-60:])):
            return "credit_card_number", 0.93  # also read in halves: "Card number when you're ready. 4921 8830."
        if _HEALTH_CTX.search(sentence) and total >= 5:
            return "healthcare_number", 0.88
        if nl == 0 and 3 <= nd <= 4 and re.search(r"\b(?:code|back)\b", before[-25:]):
            return "credit_card_cvv", 0.85
        return None, 0
    if cue == "ssn":
        if nl == 0 and ((nd == 9 and (v.ssn(v.digits(raw)) or (v.luhn(v.digits(raw)) and _TIGHT.fullmatch(gap))))
                        or (nd == 4 and (last_four or _TIGHT.fullmatch(gap)))):
            return "us_social_security_number", 0.96  # or a Canadian SIN (Luhn)
        if nl == 0 and nd == 9 and 0 < len(gap) <= 30:
            return "us_social_security_number", 0.85  # nine digits the cue names, though no rule checks them out
        if nl == 0 and nd == 12 and re.search(r"\baadhaa?r\b", before):
            return "us_social_security_number", 0.93  # India's national number (the docs' "or equivalent")
        if _NINO.fullmatch(raw.strip()) or _PPS.fullmatch(re.sub(r"[\s-]", "", raw.strip())):
            return "us_social_security_number", 0.93  # a UK National Insurance number "JT 47 19 82 B", an Irish PPS
        if nd >= 4 and 6 <= total <= 18 and (_TIGHT.fullmatch(gap) or _NAMES_IT.fullmatch(gap) or _BARE_ID.search(before)):
            # said right after its name, whatever its country's shape: an ITIN, a TFN, a CPF, a PAN, a national ID
            return "us_social_security_number", 0.9
        return None, 0
    if cue == "routing" and total >= 3 or (cue == "bank" and total >= 4):
        return "banking_information", 0.93
    if cue == "health" and nl == 0 and v.dialable(v.digits(raw)) and (
            re.search(r"\bhospital number\b", before[-40:]) or re.search(r"\b(?:on|at)\s*$", before)):
        return None, 0  # "the hospital number is 555-201-3344", "ring TennCare on 855-259-0701": a phone
    if cue == "health" and total >= 4:
        return "healthcare_number", 0.93
    if cue == "dl" and total >= 4:
        return "drivers_license", 0.93
    if cue == "passport" and (total >= 5 or last_four and nd == 4):
        return "passport_number", 0.95
    if cue == "vehicle" and total >= 4:
        if _not_a_car(before, sentence) and not _PLATE_SHAPE.fullmatch(re.sub(r"(?<=[A-Z]) (?=[A-Z])", "", raw.strip())) \
                or _ON_A_PLATE.search(before) \
                or _bag_tag(before, sentence):
            return "number_sequence", 0.85  # "the registration for the conference"; "stamped on a plate by the hinge"
        return "vehicle_id", 0.93
    if cue == "gift" and total >= 4:
        return "number_sequence", 0.9
    if cue == "account" and total >= 3:
        if nl == 0 and re.search(r"\b(?:bill|statement)\b[^.?!\d]{0,25}$", before[-40:]) \
                and re.fullmatch(r"(?:\+?1[-. ])?(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}", raw.strip()):
            return None, 0  # "The number on the bill is 1-800-555-0164": written as a phone, it is one
        if _BANK_CTX.search(sentence) and not _HEALTH_CTX.search(sentence) and _bank_account_named(before):
            return "banking_information", 0.88  # (not a credit union's member number, not a loan paid from checking)
        if _HEALTH_CTX.search(sentence) and not _OTHER_POLICY.search(before[-40:]) \
                and not (_OTHER_INSURANCE.search(sentence) and not _HEALTH_SAID.search(sentence)) \
                and not (_POLICY_SAID.search(before[-70:]) and not _health_named(sentence)) \
                and not _named_not_health(before):
            return "healthcare_number", 0.88  # (not "the auto policy is X, the health plan ID is Y")
        if _CARD_CTX.search(before[-40:]) and 12 <= nd <= 19 \
                and not re.search(r"\b(?:loyalty|rewards?|points|membership|member|club|store|library|gift)\b", before[-40:]):
            return "credit_card_number", 0.88
        return "account_number", 0.9
    if cue == "password" and total >= 3:
        if nl == 0 and nd in (5, 6) and POSTAL_PIN_BEFORE.search(before[-140:]):
            return "location", 0.9  # "Gurugram, pin code 122001": India's postal code
        return "password", 0.9
    if cue == "phone" and nl == 0 and (7 <= nd <= 15 or nd == 4 and last_four and _PHONE_NOUN.search(before[-40:])):
        return "phone_number", 0.92  # "your mobile ending 0921" too
    if cue == "phone" and nl == 0 and 2 <= nd <= 6 and re.search(r"\bext(?:ension)?\b", before[-20:]):
        return "phone_number", 0.8
    if cue == "zip" and (nl == 0 and 4 <= nd <= 9 or nl and 5 <= total <= 8):
        return "location", 0.93  # a zip, or another country's postal code (4 to 6 digits, "D13 XK72", "B3H 3C4")
    if cue in _SEQ_CUES and total >= 3:
        if _promo(before):
            return None, 0
        if re.search(rf"\b(?:{_VEHICLES})(?:'s)? (?:serial|frame|chassis|hull)\b[^.?!]{{0,25}}$"
                     rf"|\b(?:serial|frame|chassis|hull)(?: number| no)? (?:on|of|for) (?:the|my|his|her|our) (?:{_VEHICLES})\b[^.?!]{{0,12}}$",
                     before[-60:]):
            return "vehicle_id", 0.9  # "the trailer's serial number is 4T0119920": a vehicle serial
        if cue == "num" and last_four and nl == 0 and nd == 4 and _MY_NUMBER.search(before[-45:]):
            return "phone_number", 0.85  # "my old number ended in 0155"
        if cue == "num" and (re.search(r"\bcode\b[^.?!]*$", before[-40:]) and _SENT_CODE.search(sentence)
                             or nl == 0 and not _YEAR.fullmatch(v.digits(raw)) and _CODE_SAID.search(before)
                             and (_READ_OUT.search(before) and (_SENT_CODE.search(sentence) or _CODE_SENT.search(sentence))
                                  or _CODE_HERE.search(before) and _CODE_SENT.search(before[-120:]))):
            # "the code they texted me", "the code's come through, 471 922", "I'll text a code to the number ending
            # 0419. Got it? Yeah, it's 883 102", "the code from your authenticator app. Six oh four, nine one eight"
            return "password", 0.88
        if nl == 0 and nd in (3, 4) and _CARD_CTX.search(sentence) and re.search(r"\bcode\b", before[-20:]):
            return "credit_card_cvv", 0.85
        if cue == "num" and nl == 0 and re.search(r"\bcode\b", before[-20:]) and re.search(
                r"\b(?:gate|door|alarm|keypad|lockbox|key ?safe|garage|entry|front door|lift|buzzer|intercom)\b", sentence):
            return "password", 0.88  # "a car park gate at the new place, the code is 4829": an access code
        if re.search(r"\b(?:member(?! of staff)|membership|customer|policy|insurance(?! (?:claim|quote|reference|excess|case)))"
                     r"\b[^\d,.;?!]*$", before[-40:]):
            return "account_number", 0.85  # (not "policy 4461-7992-40 claim 719...": a policy's value was said between)
        return "number_sequence", 0.92 if cue == "seq" and _TIGHT.fullmatch(gap) else 0.8
    return None, 0


# a member's number, and memberships that are no health plan's: a health plan talked of anywhere near in the call makes
# the member ID its own ("... I'm with Aetna ... and the member ID is W0792790")
_MEMBER_ID = re.compile(r"\bmember(?:ship)? (?:id|number|no)\b[^.?!\d]{0,20}(?:\?\s*(?:[a-z]+(?: [a-z0-9])?:\s*)?)?"
                        r"(?:(?:it'?s|yes|sure|um|uh)[,.]?\s*)*$")
# a name said right before "member number" that owns it: "my SkyMiles member number", "my USAA member number" (no plan's)
_OWNER_BEFORE = re.compile(r"\b([A-Za-z][\w&-]*) member(?:ship)? (?:id|number|no)\b")
_CARE_TALK = re.compile(r"\b(?:unitedhealthcare|surgery|surgeon|physio\w*|therapy|therapist|scan|mri|x-?rays?|treatment|"
                        r"referral|specialist|gp|dentist|optometrist|nurse|prior auth\w*|pre-?auth\w*|in-network|"
                        r"out-of-network|sleep study|infusions?|diagnos\w+)\b")
_OTHER_MEMBERSHIP = re.compile(r"\b(?:gym|club|library|loyalty|rewards?|frequent fl[iy]er|credit union|union|costco|aaa|air ?miles|"
                               r"museum|golf|society|association|co-?op|airline|hotel|bank|federal credit|rac[qvw]?|nrma|caa|automobile|"
                               r"fitness|leisure|sports|local \d+|studio|pool|climbing|yoga|pilates|crossfit|membership at|vets?|pets?|dogs?|puppy|kitten|"
                               r"roadside|breakdown)\b")


def _health_member(ctx: Ctx, start: int, end: int, before: str) -> bool:
    """Whether a member ID is a health plan's: named right before the value, owned by no programme named with capitals
    ("my SkyMiles member number"), with a plan or care talked of in the call around it and no other membership."""
    if not _MEMBER_ID.search(before[-60:]):
        return False
    said = ctx.view.orig(start, end)[0]
    owner = _OWNER_BEFORE.search(ctx.text, max(0, said - 60), said)
    if owner and owner.group(1)[0].isupper() and not _HEALTH_CTX.search(owner.group(1).lower()):
        return False
    call = ctx.lower[max(0, start - 600):end + 300]
    return bool(_HEALTH_CTX.search(call) or _CARE_TALK.search(call)) and not _OTHER_MEMBERSHIP.search(call)


def _national_id(before: str) -> bool:
    """Whether a nationality names the ID just before the value ("my Kenyan ID number is")."""
    m = re.search(r"\b([a-z]+(?: [a-z]+)?) id(?: number| no| card)?\b[^.?!\d]{0,15}$", before)
    return bool(m) and any("nationality" in tables().get(tuple(m.group(1).split()[i:]), ()) for i in (0, 1)
                           if i < len(m.group(1).split()))


_BARE_ID = re.compile(r"\b(?:my|your|his|her|their) (?:\w+[- ]digit )?id(?: number| no)?(?: for (?:verification|security|the record))?\s*[.?!:,]?\s*"
                      r"(?:(?:is|was|it's|it is|yes|sure|um|uh)[,.]?\s*)*$")


def _named_place_after(after: str) -> bool:
    """Whether a capitalized word that is no English word follows ("560034, Koramangala")."""
    m = re.match(r",?\s+([A-Z][a-z]+)", after)
    return bool(m) and not is_english(m.group(1))


def _promo(before: str) -> bool:
    """Whether a promo, coupon or discount code is named just before: marketing codes are no PII."""
    return bool(re.search(r"\b(?:promo|coupon|discount(?= code| voucher| coupon)|(?<!for the )(?<!for a )(?<!for my )discount)\b[^.?!]*$|\b(?:use|enter|apply|try|with) (?:the |this )?code\s*$"
                          r"|\berror(?: code)?\s+(?:on|in|for|from)\b[^.?!\d]{0,25}$|\berror(?: code)?\s*(?:is|was|says|:)?\s*$"
                          r"|\bports?\b(?!\s+(?:request|requests|order|in|out)\b)[^.?!]{0,25}$", before[-45:]))
    # (a network port, not a phone number's port request)


_VEHICLES = "trailer|car|truck|tractor|vehicle|van|motorbike|motorcycle|boat|rv|camper|scooter|moped|caravan|bike|bicycle|e-bike"
_CAR_TALK = re.compile(rf"\b(?:vin|chassis|windscreen|windshield|dashboard|lease|registration|{_VEHICLES})\b")
# a last four said of nothing named: "the last four digits are", "the one ending in", "ends in" said of "it"
_OF_NOTHING = re.compile(r"\b(?:last|final|first) (?:four|4)\b[^.!]{0,25}$|\b(?:the one|one|it|that|mine|yours|his|hers|theirs|ours)(?: that| which)?(?:'s)?"
                         r"(?:,? (?:you know|like|i think),?)?\s+"
                         r"(?:ending|ends|ended)(?: in| with)?[\s:,]*$|(?:^|[.?!]\s*)(?:ending|ends)(?: in| with)?[\s:,]*$")
_HOUSE_NUMBER = re.compile(r"\b(?:house|flat|apartment|apt|door|street) (?:number|no|#)\s*(?:is|was|'s)?\s*:?\s*$"
                           r"|\b(?:live|living|lives|lived|stay|staying) at number\s*$")
_BARE_NUMBER = re.compile(r"(?:^|[.?!,]\s*|\b(?:a|the|and|or|two|three|four|get|got|have|had|want|wanted|like|wore|wears|"
                          r"wear|wearing|using|use|try|tried|it's|is)\s+)number\s*$", re.I)
_MY_NUMBER = re.compile(r"\b(?:my|your|his|her|their|our|new|old|previous|best|good|cell|home|work|contact|wrong) number\b"
                        # "the adjuster's number is 512-9034": a person's number, not a document's
                        rf"|\b(?!(?:{DOCUMENT_NOUNS})'s)[a-z]+'s (?:direct |office |work |cell |mobile |phone |contact )?number\b"
                        r"|\b(?:is|was) the number (?:ending|that ends)\b|\bnumber (?:i'?m|i am) calling (?:from|on)\b"
                        r"|\b(?:husband|wife|son|daughter|mom|mum|dad|partner|brother|sister|friend|neighbou?r|boss)'s number\b"
                        r"|\bnumber (?:that|which|who) (?:keeps? |kept )?(?:call|calls|called|calling|rang|rings|texted|texts)\b"
                        r"|\bnumber for (?:the|your|our|their) (?:front )?(?:office|desk|reception|front desk|clinic|store|shop|"
                        r"branch|pharmacy|school|hotel|surgery|practice)\b"
                        r"|\b(?:what|which)(?:'s| is)? (?:the |your |a )?number\b|\b(?:have|get|take) (?:the|a) number\b"
                        r"|\bnumber (?:should|to call|to reach|"
                        r"(?:can|could|should) (?:he|she|they|we|i) (?:use|call|reach))\b")
_SENT_CODE = re.compile(r"\b(?:text|texted|texts|sms|sent me|sent to my|emailed|authenticator|app|log ?in|sign ?in|come through|"
                        r"came through|two[- ]factor|2fa|one[- ]time|otp|send you|sent you|new code|reset code|verification|"
                        r"in the (?:e-?mail|text|message|app))\b")
_NAMES_IT = re.compile(r"[\s:#,.?]*(?:(?:number|no|is|was|it'?s|it is|that'?s|yes|sure|(?:they|you|he|she|we) (?:gave|sent|issued|"
                       r"assigned) (?:me|us|him|her)|i (?:got|was given))[\s:#,.?]*)*")  # "ticket number? It's"
# a code read out in the sentence after the one that said it was sent: "the code I got by SMS. It was 7 3 0, 5 5 1"
_CODE_HERE = re.compile(r"(?:^|[.?!]\s+)(?:(?:okay|ok|yes|yeah|right|so|um|uh),?\s+)*(?:it was|it's here|it is here|here it is|"
                        r"(?:it's|it is),?\s+(?:(?:um|uh),?\s+)?(?:it's|it is)\s+here)[,:]?\s+$", re.I)
_READ_OUT = re.compile(r"(?:^|[.?!]\s+|\bit'?s,?\s+|\bit is\s+|\b(?:mine|hers|theirs|ours)(?:'s|\s+is),?\s+|\bhis\s+is,?\s+|"
                       r"(?:^|[.?!]\s+)[a-z]+(?: [a-z0-9])?:\s+|"  # after a speaker's label: "Caller: A31009274"
                       r"\bit'?s,?\s+(?:on|in|at the (?:top|bottom) of)\s+(?:the|my|your|his|her)\s+[a-z]+(?:\s+[a-z]+)?,?\s+|\bthat'?s\s+|\bgot(?: it,)?\s+"
                       r"|\b(?:it|the (?:app|token|text|message|screen|email|code)) (?:says|reads|shows)\s+|\bhere (?:it is|you go)[,.]?\s+"
                       r"|[.?!]\s+(?:[a-z]+(?: [a-z0-9])?:\s+)?(?:sure|yes|yeah|yep|okay|ok)[,.]?\s+"
                       r"|\b(?:it\s+(?:just\s+)?|just\s+)(?:came|arrived)(?:\s+(?:in|through))?[,.]\s+"  # "yes, it came, 582903"
                       r"|\bread (?:it|that|them|me)(?: to me| back| out| out to me)?[,.?]?\s+|\bcode,\s+)"  # "can you read it 604 918"
                       r"(?:(?:um|uh|em|erm|er|ah)[,.]?\s+)*$")  # an answer
# an account named as no health plan's, right before its number: "your customer number? It's ...", "the library card
# number", "calling about account MCS-8830217" (a hospital's debt is an account)
_NOT_HEALTH_ACCOUNT = re.compile(r"\b(?:customer|client|library|loyalty|rewards?|frequent fl[iy]er|railcard|accounts?|acct|"
                                 r"loan|mortgage|pension|contract|tenancy|lease|subscription|utility|energy|"
                                 r"broadband|internet)"
                                 r"(?: (?:number|no|id|card(?: number)?))?\b")
_HEALTH_ID = re.compile(r"\b(?:member|subscriber|patient|health|medical|medicare|medicaid|nhs)\b")  # "... the member ID?"


def _named_not_health(before: str) -> bool:
    """The account was last named as no health plan's, even a question and a speaker's label ago ("your customer
    number please? Caller: yes it's ..."); a health word next to that name wins ("patient account number"), and so does
    a member ID asked for after it ("my account with Blue Cross. Could I get the member ID?")."""
    window = before[-70:]
    named = list(_NOT_HEALTH_ACCOUNT.finditer(window))
    last = named[-1] if named else None
    return last is not None and not _HEALTH_SAID.search(window, max(0, last.start() - 12)) \
        and not _HEALTH_ID.search(window, last.end())


# a policy's number, which is a health plan's only where health is said ("the FBD Insurance policy number is ...": an
# insurer of anything)
_POLICY_SAID = re.compile(r"\bpolic(?:y|ies)\b[^.?!\d]{0,45}(?:[.?!]\s+(?:[A-Za-z]+\s?\d?:\s+)?[^.?!\d]{0,15})?$")  # or asked


def _health_named(sentence: str) -> bool:
    """Whether health is said, or a health insurer or plan named, beyond the words "insurance" and "insurer"."""
    return any(m.group(0) not in ("insurance", "insurer", "deductible") for m in _HEALTH_CTX.finditer(sentence)) \
        or "private insurance" in sentence


_OTHER_POLICY = re.compile(rf"\b(?:{'|'.join(_NOT_HEALTH_KINDS)})\s+(?:insurance\s+)?policy\b")
_PHONE_NOUN = re.compile(r"\b(?:phone|cell|mobile|landline|telephone)\b")
# a phone named by its end with no other kind before "number": "to the number ending in", "the line ending 2281"
_LINE_ENDING = re.compile(r"\b(?:the|your|my|this|that|a) (?:(?:phone |mobile |cell |home |work |landline )?(?:number|line)|phone|mobile|cell)"
                          r",? (?:ending|ends|that ends|which ends)(?: in| with)?[\s:,]*$")
# a code that may be a one-time one: not an area, zip, promo, error or booking code
_CODE_SAID = re.compile(r"(?<!area )(?<!zip )(?<!post )(?<!postal )(?<!promo )(?<!error )(?<!sort )(?<!discount )(?<!country )"
                        r"(?<!tracking )(?<!confirmation )(?<!booking )(?<!reference )(?<!job )\bcode\b")
# a one-time code sent in the talk before a bare number read back without its name
_CODE_SENT = re.compile(r"\b(?:code|passcode|otp)\b[^.?!]*\b(?:send|sending|sent|text|texted|texting|email|emailed|go|goes|went|get|got|"
                        r"come|comes|came|arrived|received|receive|receiving|push|pushed|pushes|pop|pops|popped|sms)\b"
                        r"|\b(?:push|pushed|pushes|send|sent)\b[^.?!]*\b(?:mfa|2fa|two[- ]factor|authenticator|verification)\b"
                        r"|\b(?:send|sending|sent|text|texted|texting|email|emailed|got|get|received)\b[^.?!]*\b(?:code|passcode|otp)\b"
                        r"|\b(?:code|passcode|otp)\b[.?!]\s+(?:we|i|they)(?:'ve| have)?(?: just)? (?:texted|sent|emailed)\b"
                        r"|\b(?:code|passcode|otp|tan)\b[^.?!]*\b(?:from|on|in) (?:the|your|my) (?:[a-z]+ )?(?:app|authenticator|token|"
                        r"text|email|key ?fob|card reader)\b"  # "type the code from your token", "the TAN from your app"
                        r"|\b(?:asks|asking|asked|prompts|prompting|prompted|wants) (?:me )?for (?:a|the|my|your) (?:[a-z0-9]+[- ]digit )?code\b")
# what may stand between a code's name and the code: "order number is", "ticket #", "claim's"
_TIGHT = re.compile(r"(?:[\s:#.,'-]|\b(?:number|no|id|code|is|was|it's|its|s|of|the|my|your|for|um|uh|er|erm|like)\b)*")


# booking codes and record locators may be letters only ("QXTRMP", spelled "Q X T R M P")
_LETTER_CODE_RX = re.compile(r"(?<![\w'-])[A-Z]{5,8}(?![\w'-])")
_LETTER_CODE_CUE = re.compile(
    rf"(?:{CUES['seq']}|{CUES['gift']})(?:\s+(?:number|no\.?|code|id|#))?(?:\s+(?:they|you|he|she) (?:gave|sent) (?:me|us)|\s+on file)?"
    r"(?:\s+(?:is|was))?[\s:,]*(?:it's[\s,]+)*$")
_LETTER_CODE_AFTER = re.compile(rf"{NAMED_AFTER}{CUES['seq']}")  # "CSGWRS is my parcel number"


def _letter_codes(ctx: Ctx) -> Iterator[Cand]:
    """number_sequence for an all-letter code named a code before or right after it, unless a word."""
    for m in _LETTER_CODE_RX.finditer(ctx.norm):
        if (_LETTER_CODE_CUE.search(ctx.before(m.start(), 40)) or _LETTER_CODE_AFTER.match(ctx.after(m.end(), 40))) \
                and not is_english(m.group(0)) and not _promo(ctx.before(m.start(), 45)):
            yield ctx.cand(m.start(), m.end(), "number_sequence", 0.9)


def _word(letters: str) -> bool:
    """An English word with a vowel ("on", "it"): vowel-less blocks ("sr", "pkg") are abbreviations."""
    return bool(re.search(r"[aeiouy]", letters)) and is_english(letters)


# an airline's two-character code and a flight number ("UA 2291", "PO 418"), not a road ("US 101", "I-95")
_FLIGHT_RX = re.compile(r"(?<![\w-])(?!US|I\b|SR|RT)(?:[A-Z]{2} ?|[A-Z]\d |\d[A-Z] )\d{1,4}(?![\w-])")
_LETTER_PREFIX = re.compile(r"(?<![\w'-])([A-Z]{2,4}) $")
_SENT_BY = frozenset({"sms", "txt", "tel", "fax", "mob"})  # "I'll SMS 082 555 7310": how a number is reached, no code's letters
_ONE_LETTER_PREFIX = re.compile(r"\b(?:is|it's|was|number|id|no)\s+[b-hj-np-z]\s$", re.I)  # not "a", "i", "o"


def _with_letter_prefix(ctx: Ctx, a: int, b: int) -> int:
    """Start of a run widened over a capital-letter block spoken apart from its digits
    ("EAC 21 044 51234", "SR 1-44092817"): the letters are part of the code, and a
    letter keeps the digits from reading as a phone number. Cue words ("PIN", "ID") stay out;
    a prescription's capital "RX" is written as part of its number ("RX 6610294")."""
    one = _ONE_LETTER_PREFIX.search(ctx.norm[max(0, a - 12):a])
    if one and len(v.digits(ctx.norm[a:b])) >= 6 and not re.search(r"\d", ctx.text[slice(*ctx.view.orig(a, b))]):
        return a - 2  # "my student id is s zero zero nine four four ...": one letter, said apart, leads the code
    m = _LETTER_PREFIX.search(ctx.norm[max(0, a - 6):a])
    if not m or len(v.digits(ctx.norm[a:b])) < 4 or _CUE_RX.fullmatch(m.group(1).lower()) and m.group(1) != "RX" \
            or m.group(1).lower() in SPELLED_CUES or m.group(1).lower() in _SENT_BY \
            or _word(m.group(1).lower()) and not _NINO.fullmatch(f"{m.group(1)} {ctx.norm[a:b]}") \
            or ADDRESS_BEFORE.search(ctx.before(a, 120)):  # "Pyrmont, NSW 2009": a state and its postcode
        return a
    return a - len(m.group(0))


_KEY = frozenset({"credit_card_number", "us_social_security_number", "phone_number"})
_SEP = re.compile(rf"(?:{_SPACE}{{1,2}}|-)")


def _card_expiry_code(raw: str) -> list[tuple[str, int, int]]:
    """A card number, its expiry and maybe its code read as one run ("4256 4323 6822 3721, 0827, 909", or with no
    pause at all: "... seven nine three oh oh two twenty six"): (policy, start, end) of each, when the card has an
    issuer's prefix and check digit and the expiry a month and a year a card may expire in; else []."""
    def valid(card: str, mmyy: str) -> bool:
        return v.luhn(card) and v.card_shape(card) and 1 <= int(mmyy[:2]) <= 12 and 20 <= int(mmyy[-2:]) <= 39

    joined = _CARD_EXPIRY_CODE.fullmatch(raw)
    if joined and valid(v.digits(joined.group(1)), joined.group(3)):
        return [(policy, joined.start(k), joined.end(k)) for k, policy in
                ((1, "credit_card_number"), (3, "credit_card_expiration"), (5, "credit_card_cvv")) if joined.group(k)]
    digits = [m.start() for m in re.finditer(r"\d", raw)]
    if re.search(r"[A-Za-z]", raw) or len(digits) not in (19, 20):
        return []
    d = "".join(raw[i] for i in digits)
    if not valid(d[:-4], d[-4:]):
        return []
    return [("credit_card_number", 0, digits[-5] + 1), ("credit_card_expiration", digits[-4], len(raw))]


def _key_parts(ctx: Ctx, a: int, b: int) -> Iterator[Cand]:
    """A card, SSN or phone number with a short group of the next value run into it ("my number is
    415 555 0123 3 pm", "ssn 123-45-6789 7"): the run without that group, when only that has a key's shape."""
    raw = ctx.norm[a:b]
    seps = list(_SEP.finditer(raw))
    if raw.startswith(("+", "(")) or len(seps) < 2 or _key_shape(raw, v.digits(raw)):
        return
    for s, e, cut in ((a, a + seps[-1].start(), raw[seps[-1].end():]), (a + seps[0].end(), b, raw[:seps[0].start()])):
        part = ctx.norm[s:e]
        if len(cut) <= 2 and cut.isdigit() and re.fullmatch(r"[\d\s-]+", part) and _key_shape(part, v.digits(part)):
            yield from _classify(ctx, s, e)


def _said_again(ctx: Ctx, a: int, b: int) -> tuple[int, int] | None:
    """Where a run of groups joined by commas holds one value twice (said, then read back digit by digit: "416-555-0126,
    4-1-6, 5-5-5, 0-1-2-6"; or a phone's length said twice), the end of the first and the start of the second; not
    "1500, 1500 pounds"."""
    norm = ctx.norm
    for m in re.finditer(r", ", norm[a:b]):
        first, second = v.digits(norm[a:a + m.start()]), v.digits(norm[a + m.end():b])
        if len(first) >= 4 and first == second and (len(first) >= 7 or re.search(
                r"\b\d[- ]\d\b", ctx.text[slice(*ctx.view.orig(a + m.end(), b))])):  # (a phone's length said twice too)
            return a + m.start(), a + m.end()
    return None


def recognize_ids(ctx: Ctx) -> Iterator[Cand]:
    """Every identifier-like run in the normalized view, classified."""
    seen: set[tuple[int, int]] = set()
    for m in ID_RX.finditer(ctx.norm):
        a, b = m.span()
        while b > a and ctx.norm[b - 1] in "-. ":
            b -= 1
        a = _with_letter_prefix(ctx, a, b)
        seen.add((a, b))
        named = re.match(rf"[A-Za-z]+\d(?={_SPACE})", ctx.norm[a:b])
        if named and is_cue(named.group(0)):
            a += named.end() + 1  # "CVV2 482": the code's name, then the code
        lead = re.match(rf"[45](?:,?{_SPACE}{{1,2}}|-)(?=\d)", ctx.norm[a:b])
        if lead and re.search(r"\b(?:last|final)\s+$", ctx.before(a, 10)):
            a += lead.end()  # "last four 1005", "the last 4, 6789": the count is the cue's, not the value's
        four = re.match(r"\d{4}(?=, )", ctx.norm[a:b])
        if four and _LAST_FOUR_HERE.search(ctx.before(a)):
            yield from _classify(ctx, a, a + 4)  # "the card ending 8931, 662 is the code": two numbers
            a += 6
        day_year = re.match(r"\d{1,2},?\s+(?:19|20)\d\d,\s+(?=\d)", ctx.norm[a:b])
        if day_year and re.search(rf"\b{MONTH}\s+$", ctx.before(a, 12)):
            a += day_year.end()  # "On March 3, 2021, 415-555-0123 called": the date's day and year, then the number
        year_code = re.fullmatch(r"(?:19|20)\d\d(,?\s+)\d{3,4}", ctx.norm[a:b])
        if year_code and re.search(rf"\b{MONTH}\s+$", ctx.before(a, 12)):
            a += year_code.end(1)  # "January 2033, 724": the expiry's year, then the code
        parts = _card_expiry_code(ctx.norm[a:b])
        if parts:
            yield from (ctx.cand(a + s, a + e, policy, 0.95) for policy, s, e in parts)
            continue
        dated = _DATE_THEN_KEY.fullmatch(ctx.norm[a:b])
        if dated and (_key_shape(dated.group(2), v.digits(dated.group(2)))
                      or v.ssn(v.digits(dated.group(2))) and re.fullmatch(r"\d{3}[ -]\d{2}[ -]\d{4}", dated.group(2))):
            a += dated.start(2)  # "Paul Sanders, 2006-09-08, 359-12-7686": a birth date (read elsewhere), then a key
        again = _said_again(ctx, a, b)
        if again:
            yield from _classify(ctx, a, again[0])  # "416-555-0126, 4-1-6, 5-5-5, 0-1-2-6": a value, then read back
            yield from _classify(ctx, again[1], b)
            continue
        whole = list(_classify(ctx, a, b))
        yield from whole
        if not any(c.policy in _KEY and c.score >= 0.8 for c in whole):
            yield from _key_parts(ctx, a, b)
            d = v.digits(ctx.norm[a:b])
            if len(d) == 9 and v.ssn(d) and re.fullmatch(r"[\d\s-]+", ctx.norm[a:b]) and _AFTER_BIRTH_DATE.search(ctx.before(a, 40)):
                yield ctx.cand(a, b, "us_social_security_number", 0.88)  # "brandon kelly, 2/14/75, 260 71 5877": name, birth date, SSN
    for m in _ALNUM_RX.finditer(ctx.norm):
        if m.span() not in seen:
            yield from _classify(ctx, *m.span())
    for m in _SLASH_CODE_RX.finditer(ctx.norm):
        code = re.sub(r"\W", "", m.group(0))
        if len(code) >= 7 and (re.search(r"[A-Z]", code) or len(re.findall(r"\d", code)) >= 8) \
                and not re.match(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?(?!\d)", m.group(0)):  # a date or an expiry first
            yield ctx.cand(m.start(), m.end(), "number_sequence", 0.5)  # "FT 2024/88120", "HIP/LG/2023/004417"
            yield from _classify(ctx, *m.span())
    for m in _IBAN_RX.finditer(ctx.norm):
        if v.iban(m.group(0)):
            yield ctx.cand(m.start(), m.end(), "banking_information", 0.98)
        elif re.search(r"\biban\b[^.?!\d]{0,20}$", ctx.before(m.start(), 30)) or v.iban_shaped(m.group(0)):
            yield ctx.cand(m.start(), m.end(), "banking_information", 0.95)  # "my IBAN is ...", or a country's IBAN length:
            # a digit misheard
    for m in _PLATE_RX.finditer(ctx.norm):
        if AFTER_MAKER.search(ctx.norm, max(0, m.start() - 15), m.start()):
            continue
        if (_PLATE_CUE.search(ctx.before(m.start(), 45)) or _PLATE_SHAPE.fullmatch(m.group(0))
                and (re.search(r"\b(?:car|van|truck|vehicle|motorbike|motorcycle|ute)(?:['’]s|\s+is|\s+was)?\s*,?\s*$",
                               ctx.before(m.start(), 20))  # "the car's UP93 AK 4471"
                     or _PLATE_AFTER.match(ctx.after(m.end(), 40)))) \
                and (_PLATE_SHAPE.fullmatch(m.group(0)) or not _not_a_car(ctx.before(m.start()), ctx.around(m.start(), m.end()))) \
                and not is_cue(m.group(0)) \
                and not _OTHER_TAG_RX.search(ctx.before(m.start(), 45)) \
                and not _ON_A_PLATE.search(ctx.before(m.start(), 45)) \
                and (re.search(r"\d", m.group(0)) or len(m.group(0)) >= 3):
            yield ctx.cand(m.start(), m.end(), "vehicle_id", 0.94)
    yield from _letter_codes(ctx)
    for m in _FLIGHT_RX.finditer(ctx.norm):
        if _not_personal(ctx.before(m.start(), 45)):
            continue  # "boarding at gate BA 12"
        if _TRAVEL.search(ctx.around(m.start(), m.end())) or re.search(r"\bon\s+$", ctx.before(m.start(), 10)) \
                and re.match(r"\s+(?:out of|from|to|departing|arriving|leaving|into)\b", ctx.after(m.end(), 20)):
            yield ctx.cand(m.start(), m.end(), "number_sequence", 0.8)  # "booked on UA 2291 out of Denver": a flight
    for m in _UK_LICENCE_RX.finditer(ctx.norm):  # "OCHIE 751020 W9 9AB": surname, birth date, initials, check
        yield ctx.cand(m.start(), m.end(), "drivers_license", 0.95 if _cues(ctx, m.start(), m.end()) else 0.9)
    for m in _SWIFT_RX.finditer(ctx.norm):
        if re.search(r"\b(?:swift|bic)\b", ctx.before(m.start(), 30)):
            yield ctx.cand(m.start(), m.end(), "banking_information", 0.9)
    yield from _number_pieces(ctx)


# a value read in pieces with "then" between them: "604, and then 555, and then 0171"
_THEN = r"[,.]?\s+(?:and\s+)?then,?\s+"
_PIECE = r"\d{2,6}(?:[ -]\d{2,6})*"
_PIECES = re.compile(rf"(?<![\w.-])(\d{{3,4}}(?:[ -]\d{{2,6}})*)(?:{_THEN}({_PIECE}))(?:{_THEN}({_PIECE}))?(?:{_THEN}({_PIECE}))?(?![\w-])")
# the area code said on its own: "the area code is 312", "area code's the same as yours, 646", "702, that's the area code"
_AREA_CODE = re.compile(r"(?i:\barea code)(?:'s|\s+is|\s+was)?(?:\s+the same as (?:yours|mine|before|the [a-z]+))?[,:]?\s+(?:it'?s\s+)?(\d{3})(?![\w-])"
                        r"|(?<![\w.-])(\d{3})[,.]?\s+(?:(?:that|which|this)(?:'s|\s+is)|is)\s+the\s+area code\b"
                        r"|(?<!not )\b(?:in (?:the|a|an)|my|our|his|her|their|a|an)\s+(\d{3})\s+(?i:area code)\b(?!\s+(?:changes|numbers|overlays|splits|lists|regions|codes)\b)")
_AFTER_AREA_CODE = re.compile(r"(?i:\barea code)\b[^.?!]{0,25}?\b(?:and then|then|(?:and )?the rest is|(?:and )?the number(?:'s|\s+is))"
                              r"\s+(\d{3}[ -]?\d{4})(?![\w-])")
# a toll-free number with letters for digits: "1-800-FLOWERS", "1-888-GOT-JUNK"
_VANITY = re.compile(r"(?<![\w-])1[-.]8(?:00|33|44|55|66|77|88)[-.](?=[A-Za-z0-9-]{7,11}(?![\w-]))"
                     r"(?:[A-Za-z0-9]+-)*[A-Za-z]{3,}[A-Za-z0-9]*(?![\w-])")


# a number said with its scale, as sums are and codes are not: "ten thousand", "fifteen hundred", "twenty five hundred"
_SAID_AS_SUM = re.compile(rf"\b(?:thousand|million|billion)\b|^(?:[a-z]+teen|(?:{'|'.join(TENS)})[- ][a-z]+) hundred$", re.I)
_DIGITS_SAID = re.compile(rf"\b(?:{'|'.join(UNITS)}|double|triple)\s+(?:{'|'.join(UNITS)}|double|triple)\b")
_PHONE_ASKED = re.compile(r"\b(?:phone|number|call|reach|mobile|cell|text|landline|contact|dial|it'?s|it is)\b")
_SUM_TALK = re.compile(r"\b(?:rent|bill|paid|pay|cost|price|owe|fee|charge|quote|quoted|loan|balance|deposit|refund|budget|"
                       r"sugar|weigh\w*|units|ordered|sold|calories|"
                       r"pounds|kilos|miles|dollars|euros)\b")


def _number_pieces(ctx: Ctx) -> Iterator[Cand]:
    """The pieces of a phone or card number read apart with "then" between them, and an area code said
    apart from the rest; each piece is a span of its own (the words between them are no number)."""
    for m in _PIECES.finditer(ctx.norm):
        parts = [(m.start(i), m.end(i)) for i in range(1, 5) if m.group(i)]
        d = v.digits("".join(ctx.norm[a:b] for a, b in parts))
        shape = [len(v.digits(ctx.norm[a:b])) for a, b in parts]
        said = ctx.text[slice(*ctx.view.orig(m.start(), m.end()))].lower()
        read_out = _DIGITS_SAID.search(said)
        asked = _PHONE_ASKED.search(ctx.lower, max(0, m.start() - 80), m.start())
        if shape in ([3, 3, 4], [3, 7], [4, 3, 4], [4, 6], [5, 6]) and v.dialable(d) and (read_out or asked) \
                and not _SUM_TALK.search(ctx.around(m.start(), m.end())):
            policy = "phone_number"  # "613 then 555 then 0188", "0161 then 496 0321"
        elif v.card_shape(d) and (v.luhn(d) or _CARD_CTX.search(ctx.around(m.start(), m.end()))):
            policy = "credit_card_number"  # "3782 then 822463 then 10005", "5425 2334, then 3010 9903, that's the whole card"
        else:
            continue
        yield from (ctx.cand(a, b, policy, 0.93) for a, b in parts)
    for m in _AREA_CODE.finditer(ctx.norm):
        g = next(i for i in (1, 2, 3) if m.group(i))
        if ctx.norm[m.start(g)] not in "01":  # no area code starts with 0 or 1
            yield ctx.cand(m.start(g), m.end(g), "phone_number", 0.93)
    for m in _AFTER_AREA_CODE.finditer(ctx.norm):
        yield ctx.cand(m.start(1), m.end(1), "phone_number", 0.93)
    if not ctx.text.isupper():  # (all capitals: "800 DOLLARS BY FRIDAY" is no number with letters)
        for m in _VANITY.finditer(ctx.text):
            yield Cand(m.start(), m.end(), "phone_number", 0.93)
