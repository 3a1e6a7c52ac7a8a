"""Lexicon recognizers: phrase lists (terms.txt, drugs.txt.gz) matched token by token,
with context rules for words that are also everyday English ("single", "cook", "leo"),
and injury phrases ("I broke my arm")."""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from piikit.detect.base import ADDRESS_BEFORE, SPELLING_WORD, Cand, Ctx, everyday_word
from piikit.detect.english import base_words, is_english
from piikit.detect.spoken import DIGIT_WORD
from piikit.detect.temporal import DOB_WORD, MONTH

TOKEN_RX = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")  # "méxico" is one word, not "m" and "xico"
MAX_LEN = 6
LEXICON_POLICIES = ("occupation", "medical_condition", "medical_process", "injury", "religion",
                    "political_affiliation", "marital_status", "gender_sexuality", "zodiac_sign",
                    "physical_attribute", "nationality", "language", "event", "drug")
# Helper lists (not policies) used for names, places and organizations in lower-case text.
HELPER_LISTS = ("first_name", "surname", "place", "organization")

# Everyday words that only count with a cue (context regex on the text before / after).
_BE = r"(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|we'?re|you'?re|are you|is|was|were|been|being|am|very|pretty|quite|really|kind of|sort of|identify as|got|getting|became|become|recently|currently|happily|legally|clearly|still|now|not|registered|lifelong|proud|strong|staunch|die-hard)"
# nouns for people that a nationality describes ("Polish neighbours", "Black driver"s are jobs elsewhere)
_PEOPLE = (r"people|family|families|guys?|lady|ladies|wom[ae]n|m[ae]n|girls?|boys?|students?|community|communities|"
           r"parents|mother|father|mom|dad|wife|husband|grandmother|grandfather|neighbou?rs?|friends?|colleagues?|"
           r"workers?|immigrants?|refugees?")
# who a people's word or a list of facts is said of: "I'm", "she's", "my mum's"
_PERSON = (r"(?:half|i'?m|i am|he'?s|he is|she'?s|she is|we'?re|we are|they'?re|they are|"
           r"(?:mum|mom|dad|mother|father|husband|wife|partner)'s|"
           r"(?:mum|mom|dad|mother|father|husband|wife|partner|grandmother|grandfather|grandma|grandpa|gran|nan|"
           r"parents|family|folks|people)\s+(?:was|were|is|are))")  # "my grandmother was Yoruba"
# who is said to hold a leaning, and how firmly: "I'm pretty conservative", "are you mostly liberal"
_BEING = r"i'?m|i am|he'?s|she'?s|he is|she is|they'?re|we'?re|you'?re|are you|am"
_LEANING_HEDGES = r"pretty|fairly|mostly|kind of|sort of|always|strongly"
_AMBIGUOUS: dict[str, dict[str, tuple[str, str]]] = {
    # also an answer ("Are you married? No, single.") and a list of facts ("I'm 34, divorced")
    "marital_status": {w: (rf"\b(?:{_BE}|(?:we|and i|you) are|status[,:?]?(?:\s+(?:so|um|uh|it's|it is|oh|well|to|as|from)[,.]?)?|"
                           r"from (?:single|married|divorced|separated|engaged|widowed) to|"  # "my status from single to married"
                           r"(?:me|him|her|them|us|myself|down) as|"
                           rf"got|get|getting|no,?|yes,?|yeah,?|nope,?|{_BE}\s+[\w-]+(?:,|\s+and)|"
                           rf"{_PERSON}(?:\s+[\w-]+(?:\s+[\w-]+)?(?:,|\s+and)){{1,3}}|"
                           r"file|files|filed|filing|(?:we|they|i|he|she)(?: just| recently| finally)?)\s+$",
                           r"^,?\s+(?:mom|mother|dad|father|parent|woman|man|guy|now|since|for)\b")
                       for w in ("single", "married", "separated", "engaged", "spouse", "unmarried", "in a relationship")},
    "political_affiliation": {w: (rf"\b(?:{_BEING}|"
                                  r"registered|vote|votes|voted|voting|lean|leans|leaned|leaning|as(?: an?)?|lifelong|proud|staunch|"
                                  r"die-hard|diehard|loyal|big|huge|old school|became|become|a|an|fellow|card-carrying|is|are|was|were|\w+'s|been|used to be|"
                                  r"stay|stays|staying|stayed|remain|remains|remained|affiliation[?:,]?|under|"
                                  r"(?:call|consider|count|describe) (?:myself|himself|herself|themselves|ourselves)(?: as)?|"
                                  r"(?:switched|changed|moved|went|swung)(?: over| back)? (?:from|to)|"
                                  r"(?:switched|changed|moved|went|swung)(?: over| back)? from [\w-]+ to)\s+"
                                  rf"(?:(?:{_LEANING_HEDGES})\s+)?$",
                                  r"^\s+(?:party|voter|voters|candidate|politics|politician|side|volunteers?|supporters?|"
                                  r"members?|man|woman|through and through|canvassers?|campaign|mp|senator|councillor|councilor)\b")
                              for w in ("independent", "independents", "unaffiliated", "conservative", "conservatives", "liberal",
                                        "liberals", "progressive", "progressives", "moderate",
                                        "labour", "labor", "nationalist", "populist", "left wing",
                                        "right wing", "left-wing", "right-wing", "centrist")}
    # colours and adjectives first: only a vote, a registration or a switch makes them a party
    | {w: (r"\b(?:registered|vote|votes|voted|voting|lifelong|staunch|die-hard|diehard|loyal|card-carrying|affiliation[?:,]?|"
           r"(?:switched|changed|moved|went|swung)(?: over| back)? (?:from|to)|"
           r"(?:switched|changed|moved|went|swung)(?: over| back)? from [\w-]+ to)\s+$",
           r"^\s+(?:party|voter|voters|candidate|politics|politician|volunteers?|canvassers?|campaign|mp|senator)\b")
       for w in ("green", "greens", "democratic", "plaid")},  # (Wales's Plaid: "I voted Plaid", not "a plaid shirt")
    "gender_sexuality": {w: (rf"\b{_BE}\s+$", r"^\s+(?:woman|man|person|people|couple|community|rights|guy|girl)\b")
                         for w in ("straight", "bi", "cis")},
    "nationality": {w: (rf"\b{_BE}\s+$", rf"^(?:,?\s+(?:and|or)\s+[a-z-]+)?\s+(?:{_PEOPLE}|male|female|person|"
                                        r"american|neighborhood|kids?|folks)\b")
                    for w in ("black", "white", "english", "indian", "turkish", "jordanian", "georgian",
                              "dominican", "indigenous")},
    "zodiac_sign": {w: (r"\b(?:i'?m a|i am a|she'?s a|he'?s a|you'?re a|your a|you are a|is a|an|typical|sign is|sign'?s|sign|zodiac|"
                        r"horoscope|rising|moon|sun|a total|such a|being a|classic|so"
                        + ("" if w == "leo" else r"|i'?m|she'?s|he'?s")  # "I'm Leo, how can I help?" is a name
                        # someone else said to be one: "Ana's a Libra", "a little Gemini" (not a Leo or a cancer,
                        # mostly a name and an illness; not "it's a", "that's a", "my car's a Taurus")
                        + ("" if w in ("leo", "cancer") else
                           r"|a little|(?!(?:it|that|there|what|here|who|where|how|car|truck|boat|van|bike|one)'s)[a-z]+'s a")
                        # a person or one's family said to be one: "He was a Taurus", "my son's a leo too"
                        + ("" if w == "cancer" else r"|(?:he|she|i|you|we|they) (?:was|were) a|(?:son|daughter|mum|mom|"
                           r"mother|dad|father|wife|husband|brother|sister|partner|boyfriend|girlfriend|baby|kid)'s a")
                        + r")\s+(?:sign\s+)?$",
                        r"^\s*(?:sign|rising|moon|sun|season|horoscope|zodiac|energy|vibes?|traits?|move|thing to do|\?"
                        r"|(?:and|so) (?:the )?stars\b)")
                    for w in ("aries", "taurus", "gemini", "cancer", "leo", "libra")},
    "physical_attribute": {w: (rf"\b(?:{_BE}|has|have|had|with|wears|wear|wearing|got|kind of|grew|"
                               r"little|bit|very|really|too|a big|a small|super|so|kinda|extremely|"
                               r"(?:has|have|had|with|got|wears|wearing|wear) (?:a|an|some|two|these|those))\s+$"
                               # the next item of a description: "six foot two, bald, with", "maybe twenty five, skinny"
                               r"|\b(?:(?:foot|feet)(?:\s+[a-z]+)?|inches|centimet(?:er|re)s|cm|tall|asian|hispanic|latino|male|"
                               r"female|guy|man|beard|hair|eyes|build)(?:,|\s+and)\s+$"
                               r"|\b(?:maybe|about|around|roughly)\s+(?:\d{1,3}|[a-z]+ty(?:[ -][a-z]+)?|(?:four|five|six|seven)"
                               r"(?:\s+[a-z]+)?),\s+$",
                               r"^\s+(?:on (?:my|his|her)|"
                               r"(?:\w+\s+)?(?:guy|man|woman|lady|girl|boy|dude|kid|person|"
                               r"fellow|gentleman|male|female|teenager|teen))\b")
                           for w in ("short", "tall", "glasses", "braces", "mole", "scar", "limp", "slim",
                                     "skinny", "petite", "muscular", "stocky", "overweight", "obese",
                                     "underweight", "bald", "balding", "beard", "mustache", "moustache",
                                     "goatee", "dimples", "piercing", "piercings", "tattoo", "tattoos",
                                     "wheelchair", "blonde", "blond", "brunette", "redhead", "freckles",
                                     "left-handed", "right-handed", "left handed", "thin", "blind", "deaf",
                                     "prosthetic", "crutches", "hunched", "lisp", "stutter", "dreads",
                                     "paralyzed", "six pack", "ponytail", "heavyset", "slender", "lanky",
                                     "burly", "chubby", "athletic", "curvy", "pregnant", "frail", "hunched")},
    "occupation": {w: (r"\b(?:a|an|as|am|i'?m|my|our|your|his|her|their|is|was|work as|worked as|"
                       r"working as|job as|career as|retired|former|head|senior|junior|chief|lead|"
                       r"assistant|part-time|full-time)\s+$", r"^\s+(?:by (?:trade|profession))\b")
                   for w in ("cook", "judge", "coach", "server", "operator", "agent", "driver", "officer",
                             "director", "manager", "buyer", "builder", "cleaner", "painter",
                             "writer", "singer", "dancer", "designer", "developer", "producer", "trader",
                             "supervisor", "administrator", "consultant", "contractor", "instructor",
                             "inspector", "intern", "analyst", "assistant", "clerk", "artist", "author",
                             "editor", "host", "mason", "pilot", "principal", "sailor", "soldier",
                             "tutor", "chef", "nurse", "doctor", "teacher", "banker", "broker",
                             "reporter", "speaker", "founder", "owner", "detective", "vet", "deputy", "minister",
                             "governor", "dean", "host", "teller", "porter", "stylist", "model", "cop", "dj",
                             "blind", "deaf", "trainer", "picker", "assembler", "registrar", "conductor")},
    "medical_condition": {w: (r"\b(?:have|has|had|with|diagnosed|of|from|for|my|his|her|got|get|"
                              r"getting|caught|treat|treating|history|suffer|suffers|suffering|"
                              r"positive|the)\s+(?:\w+\s+)?$", r"^\s+(?:diagnosis|symptoms|patient|medication|treatment)\b")
                          for w in ("flu", "fever", "stroke", "infection", "cold", "mono", "depression",
                                    "cancer", "ulcer", "ulcers", "allergies", "allergy", "headaches",
                                    "seizures", "std", "stds", "tb", "copd", "aids")},
    # what a clinic does, said the short way where it is somebody's or booked: "my bloods", "the flu one, the
    # jab", "her smear", "my son's MMR"; not "the scope of the job", "a smear on the screen", "my MMR dropped"
    "medical_process": {w: (r"\b(?:my|his|her|their|your)\s+$|'s\s+$|\b(?:had|have|has|having|get|got|getting|book|booked|"
                            r"booking|rebook|due|move|cancel|another|next)\s+(?:(?:my|his|her|their|your|the|a|an|another)\s+)?$",
                            r"^\s+(?:(?:is|was)\s+(?:booked|scheduled|tomorrow|today|next|on)|results?|appointment)\b")
                        for w in ("smear", "bloods", "scope", "jab")},
    "event": {w: (r"\b(?:the|for|at|during|this|last|next|on|since|before|after|until|over|celebrate|every|"
                  r"celebrating|watch|watching|went to|going to|attend|attending|happy|is that|was that|hosting|host|"
                  r"near|around)\s+$",
                  # what a feast or a parade has: "Eid dinner", "our Pride float", "Holi colours"
                  r"^\s+(?:dinner|lunch|breakfast|prayers?|party|parade|float|potluck|celebrations?|festivities|holidays?|"
                  r"weekend|week|break|march|month|mubarak|gifts?|clothes|outfits?|costumes?|colou?rs|season|service|mass)\b")
              for w in ("marathon", "graduation", "prom", "homecoming", "lent", "ces", "the election",
                        "eid", "holi", "carnival", "pride")},
    "drug": {w: (r"\b(?:taking|take|takes|took|on|prescribed|supplement|supplements|pills?|tablets?|"
                 r"some|and|of|mg|dose|extra|refill|refills|refilled|refilling)\s+(?:\w+\s+)?$", r"^\s+(?:supplements?|pills?|tablets?|"
                 r"capsules?|drops|every|daily|twice|once|mg|and)\b")
             for w in ("iron", "zinc", "magnesium", "calcium", "potassium", "fish oil", "melatonin",
                       "caffeine", "oxygen", "folic acid")},
}
# deaf or blind in one ear or eye, after an adverb: "he's basically deaf in the left ear"
for _sense, _organ in (("deaf", "ear"), ("blind", "eye")):
    _AMBIGUOUS["physical_attribute"][_sense] = (
        _AMBIGUOUS["physical_attribute"][_sense][0],
        rf"{_AMBIGUOUS['physical_attribute'][_sense][1]}|^\s+in (?:one|both|my|his|her|the) (?:(?:left|right) )?{_organ}s?\b")
# said of a person: "I'm type 2", "she was diagnosed type 1"
_AMBIGUOUS["medical_condition"].update({w: (r"\b(?:i'?m|am|he'?s|she'?s|they'?re|you'?re|being|"
                                            r"diagnosed(?: as| with)?)\s+$", r"^\s+diabet")
                                        for w in ("type 1", "type 2", "type one", "type two")})
# the check before an operation, said alone, not as a word before what it checks ("your pre-op at 2:15", not "the pre-op
# instructions", "your pre-op labs")
_AMBIGUOUS["medical_process"].update({w: (r"(?!)", r"^\s*(?:[.,;?!]|$|(?:at|on|in|before|with|and|is|was|tomorrow|today|next|"
                                                 r"this|first|done|booked|went)\b)")
                                      for w in ("pre-op", "pre op", "pre-assessment", "pre assessment")})
_AMBIGUOUS["medical_process"]["cpap"] = (r"\bon\s+$", r"(?!)")  # a treatment one is put on; "a CPAP machine" is a device
# a child's jab, booked or had ("my son's MMR"), not a gamer's match rating ("my MMR dropped")
_AMBIGUOUS["medical_process"]["mmr"] = (r"'s\s+$|\b(?:had|have|has|having|get|got|book|booked|booking|due)\s+(?:(?:the|his|her|"
                                        r"their|my)\s+)?$", r"(?!)")
# informal names of peoples are fruit, sport and slang too ("a kiwi smoothie", "aussie rules", "the pom-pom"): said of
# one who is one ("she's a Kiwi", "married to an Aussie", "we're Scots") or before people ("the Kiwi lads")
_FOLK_SAID = (rf"\b(?:{_BE}|married to|engaged to|as|another|fellow|with)\s+an?\s+(?:(?:proper|real|true|typical|fellow|"
              r"young|old|lovely|nice)\s+)?$")
_FOLKS_SAID = r"\b(?:we'?re|they'?re|we are|they are|are|were|both|all|fellow|us|two|three|some|of)\s+$"
for _folk in ("kiwi", "aussie", "pom", "pommy", "canuck"):  # ("scot" is a given name, Brits a town: only "scots")
    _AMBIGUOUS["nationality"][_folk] = (_FOLK_SAID, rf"^\s+(?:{_PEOPLE}|lads?|blokes?|expats?|mates?|girls?)\b")
for _folk in ("kiwis", "aussies", "scots", "poms", "canucks"):
    _AMBIGUOUS["nationality"][_folk] = (_FOLKS_SAID, rf"^\s+(?:{_PEOPLE}|lads|blokes|expats|mates)\b")
_TO_SOMEONE = (r"|^\s+to\s+an?\s+(?:[a-z]+\s+)?(?:man|woman|guy|girl|lady|bloke|fella|fellow|chap|lad|lass|doctor|nurse|"
               r"teacher|farmer|soldier|kiwi|aussie|scot|brit|yank|pom|[a-z]+(?:an|ese))\b")  # "a Peruvian", "a Scot"
# whom someone is married or engaged to says they are: "a Kiwi married to a Scot", "my daughter's engaged to a
# Peruvian" (not "married to an idea", "engaged to deliver": those lists' _NOT_AFTER)
for _status in ("married", "engaged"):
    _AMBIGUOUS["marital_status"][_status] = (_AMBIGUOUS["marital_status"][_status][0],
                                             _AMBIGUOUS["marital_status"][_status][1] + _TO_SOMEONE)
# "I need a size 11 in the trainers": shoes, unless the kind of trainer is said
_AMBIGUOUS["occupation"]["trainers"] = (r"\b(?:personal|fitness|dog|horse|female|male)\s+$", r"(?!)")
# jobs only people have: "the nurse said", "the tech came" name a person by the job
_PEOPLE_JOBS = ("nurse", "teacher", "officer", "detective", "cop", "deputy", "pilot", "clerk", "teller",
                "inspector", "instructor", "tutor", "tech")
_AMBIGUOUS["occupation"].update({w: (r"\b(?:a|an|as|am|i'?m|my|our|your|his|her|their|is|was|the|work as|worked as|"
                                     r"working as|job as|retired|former|senior|head)\s+$",
                                     r"^\s+(?:by (?:trade|profession))\b") for w in _PEOPLE_JOBS})
_BODY = (r"(?:arm|arms|leg|legs|wrist|wrists|ankle|ankles|knee|knees|hip|hips|shoulder|shoulders|"
         r"elbow|elbows|finger|fingers|thumb|toe|toes|foot|feet|hand|hands|neck|back|lower back|"
         r"spine|rib|ribs|nose|jaw|skull|head|collarbone|collar bone|pelvis|acl|mcl|meniscus|"
         r"rotator cuff|hamstring|groin|calf|achilles|tendon|ligament|muscle|eye|tooth|teeth|lip|"
         r"chin|forehead|face|chest|shin|heel|palm|tailbone|disc|vertebra|cheekbone|eardrum|fibula|tibia|femur|"
         r"humerus|radius|ulna|clavicle|scapula|sternum|kneecap|patella|tongue|ear|toenail|fingernail|forearm|forearms|"
         r"eyebrow|eyelid|thigh|buttock|knuckle|knuckles|fingertip|earlobe|scalp|cheek)")
# lab tests whose name comes before a value ("LDL 160", "creatinine was 1.9"): statistics cues, no names
ANALYTES = ("ldl", "hdl", "triglycerides", "creatinine", "hemoglobin", "haemoglobin", "hgb", "potassium", "sodium",
            "tsh", "inr", "egfr", "ferritin", "bilirubin", "cholesterol", "glucose")
_MED_MOD = (r"strep|cholesterol|lipid|blood|lumbar|spinal|shingles|flu|covid|tetanus|hepatitis|hpv|mmr|"
            r"pneumonia|acl|mcl|knee|hip|shoulder|back|spine|heart|cardiac|kidney|liver|lung|bone|bone density|"
            r"thyroid|pregnancy|glucose|prostate|colon|breast|skin|eye|cataract|gallbladder|bypass|metabolic|"
            r"urine|stool|allergy|sleep|stress|hearing|vision|pap|hiv|std|genetic|dna|ct|pet|cat|pcr|rapid|"
            r"antigen|antibody|tb|rotator cuff|carpal tunnel|sinus|hernia|appendix|wisdom tooth|tonsil|"
            r"cardiology|ent|dental|a1c|psa|ekg|mri|ultrasound|iron|vitamin d|drug|thyroid function|"
            r"liver function|kidney function|lung function|nerve conduction|colon cancer|breast cancer|"
            r"cancer|diabetes|heart rate|ankle|wrist|elbow|foot|brain|chest|abdominal|pelvic|rsv|dexa|bowel|"
            r"cervical|steroid|whooping cough|glucose tolerance|ear|cortisone|pertussis|measles|polio|"
            r"pneumococcal|chickenpox|meningitis|smear|coil|pacemaker|pre-op|pre-operative|psychological|neuropsych|"
            r"neuropsychological|occupational health|retinal|oct|growth|platelet|troponin|haemoglobin|hemoglobin|clotting|"
            r"polyp|mole|laser|holter|hormone|fertility|sperm|embryo|sti|chlamydia|gonorrhoea|gonorrhea|syphilis|"
            r"sexual health")
_MED_HEAD = (r"test|tests|(?<!back )panel|screening|screen|scan|vaccine|vaccination|shot|booster|reconstruction|"
             r"puncture|replacement|transplant|biopsy|surgery|repair|removal|injection|infusion|"
             r"procedure|x-ray|xray|ultrasound|mri|exam|workup|fusion|ablation|draw|culture|swab|"
             r"study|monitor|monitoring|consult|therapy|treatment|rehab|rehabilitation|jab|fitting|assessment|"
             r"transfer|retrieval|collection")
# checks of the body by what they look at ("the diabetes check", "her six-week check", "a dive medical"; not "back check")
_MED_CHECK = (r"(?:diabetes|pacemaker|eye|hearing|skin|mole|breast|prostate|cholesterol|blood pressure|"
              r"occupational health|dive|six[- ]week|baby|postnatal|antenatal|well[- ]woman|well[- ]child)\s+"
              r"(?:check|check-up|checkup|medical)s?")
_OPERATED = r"hip|knee|back|eye|heart|shoulder|hernia|bowel|ankle|wrist|foot|cataract|gallbladder"  # "her hip op"
# each modifier taken whole and at once, longest first ("breast cancer" is never "breast" then "cancer"), and
# at most four of them: a run of repeated words, as Whisper loops on, costs linear time instead of trying
# every way to split it from every start
_ONE_MOD = "(?>" + "|".join(sorted(set(_MED_MOD.split("|")), key=len, reverse=True)) + ")"
# a part taken out, said with who had it done: "had your gallbladder removed", "getting her wisdom teeth out"
_REMOVED = ("(?:" + "|".join(rf"(?<=\b{w} )" for w in "my his her your their our the".split()) + ")"
            r"(?:gall ?bladder|appendix|tonsils|adenoids|wisdom (?:teeth|tooth)|spleen|thyroid|uterus|womb|ovary|ovaries|"
            r"mole|moles|cyst|polyps?|cataracts?|stitches|coil|implant)\s+(?:removed|taken out|out)\b(?!\s+of\b)")
# a scope said the plain way: "the camera down my throat", "a camera up the bum"
_CAMERA = (r"\bcamera\s+(?:(?:down|up)\s+(?:my|his|her|their|your|the)|(?:in|into)\s+(?:my|his|her|their|your))\s+"
           r"(?:throat|nose|bum|bottom|back passage|stomach|bladder|knee|ear)\b")
# a test done again to see how a treatment went: "a follow-up scan", "the follow up bloods" (not "a follow-up exam" at school)
_FOLLOW_UP = r"\bfollow[- ]up\s+(?:scans?|x-?rays?|mri|ct|ultrasound|swab|biopsy|blood tests?|bloods|mammogram|colonoscopy|endoscopy|ecg|ekg)\b"
MED_PROCESS_RX = re.compile(rf"\b(?:{_ONE_MOD}\s+){{1,4}}(?:{_MED_HEAD})s?\b|\b(?:{_OPERATED})\s+(?:ops?|operation)\b|{_REMOVED}|"
                            rf"\b{_MED_CHECK}\b|{_CAMERA}|{_FOLLOW_UP}", re.I)
# a dentist's work, named by words that are everyday elsewhere ("your crown on Monday", "a filling", "due for a
# cleaning", "the extraction"): only in a call about teeth, and as a noun (not "cleaning the oven")
_DENTAL_CTX = re.compile(r"\b(?:dentists?|dental|dentistry|teeth|tooth|hygienist|orthodontists?|molars?|gums?)\b", re.I)
_DENTAL_WORK = re.compile(r"\b(?:(?:deep|white|temporary|permanent|porcelain|composite)\s+)?(?:crowns?|fillings?|(?<!\bfor )cleaning|"
                          r"extractions?|braces|bonding|scaling|scale and polish|(?:fissure\s+)?sealants|whitening|veneers|"
                          r"root canals?)\b(?!\s+(?:the|my|your|his|her|their|our|it|them|up|out|lady|company|service|"
                          r"products?|for|of|station|stations|court|fan|back|down|job|jobs|staff|crew)\b)(?!-)", re.I)
INJURY_RX = [
    # (not the wish "Break a leg!"; "he might break a leg" is one)
    re.compile(rf"\b(?:(?<=might )|(?<=could )|(?<=would )|(?<=will )|(?<=gonna )|(?<=to )|(?<=almost )|(?<=nearly )|"
               rf"(?<=did )|(?!break a leg\b))(?:broke|broken|break|breaking|fractured|fracture|fracturing|sprained|sprain|"
               rf"twisted|twist|dislocated|dislocate|tore|torn|tear|tearing|bruised|injured|injure|"
               rf"hurt|hurting|pulled|strained|jammed|cut|burned|burnt|sliced|smashed|crushed|banged|"
               rf"hit|bumped|scraped|stubbed|wrenched|messed up|busted|ruptured|herniated|cracked|"
               rf"chipped|slashed|stabbed|shattered|split|gashed|sprung|bit|grazed|skinned|scratched|punctured|"
               rf"severed|amputated)\s+(?:up\s+)?(?:my|his|her|their|your|our|a|the|two|"
               rf"three|several|both|a couple of|some|\d+)\s+"
               rf"(?:left\s+|right\s+|lower\s+|upper\s+|front\s+)?{_BODY}\b", re.I),
    # ways of saying it that need whose it is: "rolled my ankle", "tweaked his back" (not "rolled the back seat",
    # "rolled my shoulders back")
    re.compile(rf"\b(?:rolled|tweaked|jarred|blew out|blown out|did in|done in)\s+(?:my|his|her|their|your|our)\s+"
               rf"(?:left\s+|right\s+)?{_BODY}\b(?!\s+(?:back|forward|up|down|around|out)\b)", re.I),
    re.compile(rf"\b(?:broken|fractured|sprained|dislocated|torn|bruised|twisted|injured|pulled|"
               rf"strained|cracked|chipped|ruptured|herniated|shattered|sore|burst|perforated|punctured)\s+"
               rf"(?:left\s+|right\s+)?{_BODY}\b", re.I),
    # "a cut on her forehead", "a nasty gash on his shin"
    re.compile(rf"\b(?:cut|cuts|gash|gashes|laceration|lacerations|bruise|bruises|burn|burns|scrape|scrapes|bump|lump|"
               rf"graze|wound|bite|bites|puncture)\s+(?:on|to|in)\s+(?:my|his|her|their|your|our|the)\s+"
               rf"(?:left\s+|right\s+|lower\s+|upper\s+)?{_BODY}\b", re.I),
    re.compile(rf"\b{_BODY}\s+(?:injury|injuries|fracture|sprain|strain)\b", re.I),
    re.compile(r"\b(?:first|second|third)[- ]degree burns?\b", re.I),
    # "lost the tip of his finger", "split his eyebrow open", "stepped on a rusty nail"
    re.compile(rf"\b(?:lost|cut off|severed)\s+the\s+(?:tip|end|top)\s+of\s+(?:my|his|her|their|your|our)\s+{_BODY}\b", re.I),
    re.compile(r"\bstepped on (?:a|some) (?:rusty )?(?:nail|needle|glass)\b", re.I),
    re.compile(r"\blost\s+(?:a|an|one|two|three|four|several|both|\d+)\s+(?:fingers?|toes?|teeth|tooth|thumb)\b"
               r"(?!\s+(?:nails?|prints?|rings?|brush|guards?)\b)", re.I),  # "lost two fingers", not "lost my eye drops"
    re.compile(r"\b(?:got|was|been|being)\s+(?:stabbed|shot|bitten|burned|burnt|concussed|mauled)\b", re.I),
    re.compile(r"\b(?:fell|slipped|tripped)\s+(?:and|down)\s+(?:broke|hurt|injured|cracked|sprained|twisted|hit)"
               r"\s+(?:my|his|her)\s+\w+", re.I),
]
_LANG_CUE = re.compile(r"\b(?:speak|speaks|spoke|speaking|spoken|in|learn|learning|learned|fluent|"
                       r"translate|translated|translator|interpreter|language|native|study|studying|"
                       r"studied|read|write|taught|teach|teaching|understand|habla|classes|lessons|"
                       r"prefer|prefers|preferred)\s+"
                       r"(?:\w+\s+)?$")
_LANG_AFTER = re.compile(r"^(?:\s+|-)(?:speaker|speakers|language|translation|interpreter|class|classes|word|words|phrase|"
                         r"dialect|lessons|teacher|tutor|version|subtitles|speaking|fluently)\b"  # "English-speaking" too
                         r"|^,?\s+(?:press|marque|oprima|pulse)\b")  # a menu: "For Spanish, press 2"
# "we're all Vietnamese here", "Nationality for the form, Polish? Yes, Polish.": a people
_HEDGED = (r"(?:,?\s+(?:all|both|kind of|sort of|half|partly|part|originally|actually|technically|"
           r"ethnically))*,?\s+$")  # "she's kind of, uh, Samoan" (the filler is gone by then)
_NAT_BEFORE = re.compile(rf"\b{_PERSON}{_HEDGED}|\b(?:are|is|family'?s)(?:\s+(?:all|both))?\s+$|\bnationality\b[^.!]{{0,50}}$")
_PERSON_IS = re.compile(rf"\b{_PERSON}{_HEDGED}")
# "physio" as the person who gives it: what they do or say after it, "a physio" said of someone, seen "with the physio"
# what a person named by their job does next: "the physio said no school", "the principal hasn't", "the rink manager
# email the statement"
_PRACTISES_AFTER = re.compile(r"^\s+(?:said|says|reckons|reckoned|told|tells|thinks|thought|knows|will|wants|wanted|"
                              r"recommended|suggested|asked|gave|showed|taught|checked|looked|mentioned|called|calls|"
                              r"rang|emailed|agreed|promised|signed|approved|would|can|could|email|call|text|phone|sign|"
                              r"approve|contact|review|has|hasn't|had|did|didn't|won't|doesn't|never|refused|keeps|kept)\b")
_PRACTITIONER_BEFORE = re.compile(rf"(?:\b(?:{_PERSON}|was|is) an?|\bwith (?:the|my|a|her|his))\s+$")
# the answer to "Languages?", "What languages do you speak?": a list of them ("Ukrainian, Russian, and some Polish")
_LANGS_ASKED = re.compile(r"\blanguages?\b[^.!?]{0,30}\?[^.?!]*$")
# what a country gives or a person comes from: said after a language's word, it names the people
_BELONGS_AFTER = re.compile(r"^\s+(?:citizens?|citizenship|descent|nationals?|nationality|passports?|embassy|consulate|"
                            r"number|phone|mobile|sim|plates?|licen[cs]e|id|residency|permit)\b")  # "my Vietnamese number"
# "Turkish food", "a Turkish and Kurdish students society", "a lot of Korean guests": a people's, not a language's
_NAT_AFTER = re.compile(rf"^(?:,?\s+(?:and|or)\s+[a-z-]+)?\s+(?:food|restaurant|cuisine|citizens?|citizenship|descent|"
                        rf"heritage|origin|nationals?|passport|background|roots|ancestry|guests?|customers?|clients?|"
                        rf"patients?|tourists?|visitors?|style|number|phone|mobile|sim|plates?|licen[cs]e|id|residency|"
                        rf"permit|{_PEOPLE})\b")


_GENERIC_PROCEDURES = frozenset("test scan exam shot check checkup procedure treatment surgery therapy".split())


def _plurals(term: str, policy: str) -> list[str]:
    """The phrase and its plural, for lists whose words are nouns for people, and for procedures
    ("vaccinations", "blood transfusions"; not "tests": many are no one's procedure)."""
    if policy == "medical_process" and term not in _GENERIC_PROCEDURES and not term.endswith(("s", "y", "ing")):
        return [term, term + "s"]
    if policy not in ("occupation", "nationality", "zodiac_sign") or " " in term and policy != "occupation":
        return [term]
    last = term.rsplit(" ", 1)[-1]
    if last.endswith("man"):
        return [term, term[:-3] + "men"]
    if last.endswith(("s", "x", "ch", "sh")):
        return [term, term + "es"]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return [term, term[:-1] + "ies"]
    return [term, term + "s"]


def _key(phrase: str) -> tuple[str, ...]:
    """Lower-case tokens without a possessive 's ("notary's" and "notary" match alike)."""
    return tuple(_POSSESSIVE.sub("", t) for t in TOKEN_RX.findall(phrase.lower().replace("’", "'")))


_POSSESSIVE = re.compile(r"'s$")


# letters no accent folding takes apart, written plain, one for one (offsets stay): "Łódź", "Tromsø", "Diyarbakır"
_PLAIN = str.maketrans("ıłŁøØđĐð", "illoOdDd")


def fold(word: str) -> str:
    """'ciarán' -> 'ciaran', 'łódź' -> 'lodz': the lists hold names without accents, as ASR often writes them."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.translate(_PLAIN)) if not unicodedata.combining(c))


_GENERATED = {"first": "first_name", "surname": "surname", "place": "place", "job": "occupation", "nametown": "name_town",
              "wordtown": "word_town"}


def generated_entries(file: str) -> Iterator[tuple[tuple[str, ...], str]]:
    """(phrase key, list) of a generated list in data/: "first sandeep", "surname okonkwo" in
    names.txt.gz (scripts/make_names.py), "place sao paulo" in places.txt.gz (scripts/make_places.py),
    "job payroll specialist" in jobs.txt.gz (scripts/make_jobs.py; with plurals)."""
    with gzip.open(resources.files("piikit.detect") / "data" / file, "rt", encoding="utf-8") as f:
        for line in f:
            kind, phrase = line.rstrip("\n").split(" ", 1)
            for form in _plurals(phrase, _GENERATED[kind]):
                yield _key(form), _GENERATED[kind]


@lru_cache(maxsize=1)
def tables() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Phrase key (lower-case token tuple) -> the lists it is in; loaded once."""
    out = dict(term_tables())
    for file in ("names.txt.gz", "places.txt.gz", "jobs.txt.gz"):  # in no other list
        for key, section in generated_entries(file):
            if section not in _TOWNS_APART:
                out[key] = out.get(key, ()) + (section,)
    return out


# words that say how someone looks only in a list of looks ("kind of chunky, bald", "tall blonde pale"), not alone
LOOKS_LISTED = frozenset("""pale ginger tiny chunky plump portly wiry lean scrawny hefty stooped
tanned freckled bearded pasty buff toned muscly tallish tall-ish shortish short-ish bony gaunt""".split())


def a_look(phrase: str) -> bool:
    """Whether a phrase (lower-case) says how someone looks when listed beside another look: any phrase of the
    physical_attribute lists, or a word that is a look only in a list ("chunky", "pale", "ginger")."""
    return phrase in LOOKS_LISTED or phrase in _AMBIGUOUS["physical_attribute"] \
        or "physical_attribute" in tables().get(tuple(phrase.split()), ())


_TOWNS_APART = ("name_town", "word_town")  # read as towns only where a place is asked for, so out of tables()


@lru_cache(maxsize=2)
def _towns_apart(section: str) -> frozenset[str]:
    return frozenset(" ".join(key) for key, kind in generated_entries("places.txt.gz") if kind == section)


def name_towns() -> frozenset[str]:
    """Towns of 50,000 people or more and countries named as people are ("eugene", "hamilton", "braga"; places.txt.gz's
    "nametown" lines)."""
    return _towns_apart("name_town")


def word_towns() -> frozenset[str]:
    """Towns of 50,000 people or more named by words or left off the place list ("mobile", "split", "can tho";
    places.txt.gz's "wordtown" lines)."""
    return _towns_apart("word_town")


@lru_cache(maxsize=1)
def term_tables() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The hand-written lists of terms.txt and the drug list, without the many-country names."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    data = resources.files("piikit.detect") / "data"
    section = ""
    for line in (data / "terms.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line[1:-1]
            continue
        for form in _plurals(line, section):
            k = _key(form)
            if k and section not in out.get(k, ()):
                out[k] = out.get(k, ()) + (section,)
    with gzip.open(data / "drugs.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:  # one drug name a line, already lower-cased and tokenized
            k = tuple(line.split())
            if k and len(k) <= 4 and "drug" not in out.get(k, ()) and k[-1] not in ("vaccine", "shot"):
                cur = out.get(k, ())
                if cur:
                    continue  # a term of another list wins over a drug of the same spelling
                out[k] = cur + ("drug",)
    for w in _NOT_DRUGS:
        k = _key(w)
        if k in out:
            rest = tuple(p for p in out[k] if p != "drug")
            if rest:
                out[k] = rest
            else:
                del out[k]
    return out


# Drug-list entries that are far more often everyday words in calls.
_NOT_DRUGS = ("today", "yesterday", "tomorrow", "stop", "water", "air", "blue", "green", "red", "plan", "sits",
              "sun", "care", "sleep", "balance", "focus", "relief", "calm", "clear", "health",
              "regular", "extra", "strength", "maximum", "day", "night", "one", "two", "all", "help",
              "hope", "joy", "ease", "cool", "fresh", "natural", "pure", "salt", "sugar",
              "alcohol", "nicotine", "cold", "flu", "cough", "allergy",
              "pain", "fever", "sinus", "headache", "cream", "gel", "spray", "drops", "tablet",
              "tablets", "pills", "pill", "capsule", "shot", "patch", "gas", "ice", "heat", "magic",
              "gold", "silver", "copper", "wheat", "corn", "rice", "milk", "egg", "honey", "apple",
              "lemon", "orange", "peanut", "soy", "fish", "beef", "chicken", "pork", "lamb", "tea",
              "coffee", "beer", "wine", "juice", "vinegar", "soap", "bleach", "dust", "grass", "pollen",
              "mold", "latex", "nickel", "lead", "mercury", "carbon", "charcoal", "glycerin", "blood group", "blood type",
              "chlorine", "sodium", "protein", "fiber", "ethanol",
              "heparin lock", "dial", "ban", "bold", "tide", "gain", "era", "cheer", "all", "secret",
              "dove", "axe", "ivory", "joy", "mint", "pearl", "ruby", "jade", "amber", "crystal",
              "prevent", "restore", "recover", "repair", "revive", "renew", "protect", "defend",
              "guard", "shield", "control", "cure", "fix", "boost", "lift", "rise", "flex", "go",
              "move", "run", "walk", "act", "activ", "advance", "alert", "allergy relief", "anti",
              "nature", "life", "vital", "vita", "max", "plus", "ultra", "super", "pro", "complete",
              "total", "advanced", "original", "classic", "simply", "simple", "basic", "essential",
              "perfect", "premium", "select", "choice", "value", "smart", "good", "best", "better",
              "up", "on", "off", "in", "out", "tab", "tabs", "chew", "chews", "liquid", "solution",
              "rinse", "wash", "lotion", "ointment", "powder", "syrup", "drink", "food", "formula",
              "ultra strength", "mucus", "congestion", "nasal", "eye", "ear", "skin", "hair", "nail",
              "oral", "dental", "tooth", "teeth", "gum", "mouth", "throat", "chest", "heart", "liver",
              "kidney", "bone", "joint", "muscle", "nerve", "brain", "mind", "mood", "energy", "vision",
              "stress", "anxiety", "depression", "insomnia", "acne", "diabetes", "asthma", "arthritis",
              "migraine", "blood", "plasma", "urine", "saline", "oxygen", "nitrogen", "helium",
              "radiation", "x-ray", "contrast", "dye", "ink", "paint", "glue", "tape", "bandage",
              "gauze", "cotton", "wool", "silk", "leather", "rubber", "plastic", "glass", "paper",
              "wood", "stone", "sand", "clay", "mud", "ash", "oil", "fat", "butter", "cheese",
              "bread", "cake", "candy", "chocolate", "vanilla", "cinnamon", "ginger", "garlic",
              "onion", "pepper", "mustard", "aloe", "ginseng", "echinacea", "senna", "guard",
              "pm", "am", "hr", "er", "sr", "xr", "xl", "cr", "la", "dr", "ds", "es", "ec", "dm", "caps", "cap",
              "d", "c", "b", "a", "e", "k", "n", "p", "q", "r", "s", "t", "v", "x", "z",
              # lab values, no medicine: "my ferritin is really low"
              "ferritin", "hemoglobin", "haemoglobin", "cholesterol", "creatinine", "bilirubin", "triglycerides")


# what a term means when these words come before it: a legal power, not a lawyer; money advice, not therapy
_TITLED = re.compile(r"\b(?:mr|mrs|ms|miss|dr|mister)\.?\s+$")
# what a faith's word names when these follow it: a hospital, a board, a charity (an organization, not a faith; but
# "the Lutheran church" is said of the faith)
_INSTITUTION_AFTER = re.compile(r"^\s+(?:hospital|medical cent(?:er|re)|health(?:care| system)|board|university|charities|foundation)\b")


RELATIONS = (r"son|daughter|husband|wife|brother|sister|partner|friend|boss|manager|grandson|granddaughter|nephew|niece|"
             r"cousin|uncle|aunt|boyfriend|girlfriend")
"""Who a person is to the one speaking, said before their name ("my son alfie", "her boss Kemi")."""
# who a colour is said of as one's race: family, people by their role
_THE_PERSONS = (rf"{RELATIONS}|kids?|child|children|baby|mum|mam|grandma|grandpa|fianc[ée]e?|suspect|driver|attacker|person|"
                r"customer|tenant|landlord|officer|patient|victim|caller|applicant|student|teacher|nurse|doctor|"
                r"owner|employee|agent|inspector|technician|engineer|courier|intruder|thief|robber|burglar|rider|"
                r"cyclist|pedestrian|passenger|gentleman|bloke|fella|dude|teen|teenager|toddler|infant|spouse|ex")
_NOT_BEFORE = {
    "attorney": re.compile(r"\bpower of\s+$"),
    # a booklet: "the user guide says", "the style guide", "a quick start guide"
    **dict.fromkeys(("guide", "guides"), re.compile(r"\b(?:user|users|user's|style|study|tv|price|size|field|pocket|quick|start|"
                                                    r"setup|installation|reference|buying|program|programme|rough|travel|"
                                                    r"sizing|care|revision|pdf|online|voter|of the|troubleshooting|hiking|"
                                                    r"printed|beginner's|museum)\s+$")),
    # a place on a screen, a shelf or a road: "the one on the far left", "move to the far right lane"
    **dict.fromkeys(("far left", "far right"), re.compile(r"\b(?:on|to|at|in|from|off)\s+the\s+$")),
    # software: "the printer driver crashed again"
    "driver": re.compile(r"\b(?:printer|graphics|device|audio|sound|video|network|usb|bluetooth|wi-?fi|display|camera|"
                         r"scanner|software|gpu|chipset|nvidia|amd|intel|windows|keyboard|mouse|touchpad|webcam)\s+$"),
    # a thing's colour, said of what is no person: "the van is white", "ours is white", "the screen was black" (not "my
    # wife is white", "the driver was black")
    **dict.fromkeys(("white", "black"), re.compile(
        rf"(?:\b(?:the|our|my|your|his|her|their|this|that|its|a|an)\s+(?!(?:{_PEOPLE}|{_THE_PERSONS})\b)[a-z]+"
        rf"(?:\s+(?!(?:{_PEOPLE}|{_THE_PERSONS})\b)[a-z]+)?"
        r"|\b(?:it|mine|ours|yours|theirs|one))\s+(?:is|was|are|were)\s+$")),
    "rio": re.compile(r"\bkia\s+$"),  # a car
    "manchu": re.compile(r"\bfu\s+$"),  # a moustache
    "paralysis": re.compile(r"\banalysis\s+$"),  # "analysis paralysis"
    "coma": re.compile(r"\bfood\s+$"),  # "a food coma"
    "aids": re.compile(r"\b(?:hearing|walking|mobility|swimming)\s+$"),  # "my hearing aids"
    "cherokee": re.compile(r"\b(?:jeep|grand|\d{4}|my|the|a|our|his|her)\s+$"),  # a Jeep (the people: "she's Cherokee")
    # the doctor's practice (UK): "I had my bloods done at the surgery", "ring the surgery"
    "surgery": re.compile(r"\b(?:at|ring|rang|call|called|phone|phoned|contact|contacted|visit|visited)\s+the\s+$"),
    **dict.fromkeys(("counseling", "counselling"),
                    re.compile(r"\b(?:financial|credit|debt|career|budget|budgeting|mortgage|housing|benefits)\s+$")),
}


# what a term means when these words follow it: a plug, not a sex; loyalty to a plan, not a marriage
# "gate B12", "aisle C4": a place with a number, not a vitamin; "potassium 5.6": a lab value, not a pill
_PLACE_NUMBER = re.compile(r"\b(?:gate|seat|row|bay|platform|bus|room|aisle|terminal|pier|dock|level|floor|section|"
                           r"stand|lot|zone|unit|locker|bin)\s+$")
# where a name is said, not a drug ("this is camila", "hi allegra"): brands named like people
ADDRESSED = re.compile(r"\b(?:this is|my name is|name's|hi|hello|hey|(?:thanks|thank you)(?: so much| very much| again| a lot)?|dear|bye|"
                        r"speak to|speak with|speaking with|talk to|talking to),?\s+$")  # "Thanks, Chase"
# a food the drug list holds as a supplement, said in a dish: "a chickpea and spinach curry", "sweet potato fries"
_DISH_AFTER = re.compile(r"^(?:\s+(?:and|&)\s+(?!(?:some|a|an|the|my|eat|ate|have|had|then)\b)[a-z]+)?\s+(?:curry|curries|stew|soup|salad|pie|bake|traybake|"
                         r"fries|mash|risotto|burgers?|bread|cake|muffins?|pasta|sandwich|wrap|tacos?|casserole|dhal|dal|"
                         r"falafel|hummus|porridge|pancakes?|cookies?|biscuits?|crisps|noodles|pudding|tart|pizza|lasagne|"
                         r"lasagna|chilli|chili)\b")
_LAB_VALUE = re.compile(r"^\s+(?:(?:was|is|level|levels|of|at)\s+)?\d+\.\d+(?!\s*(?:mg|mcg|g|ml|milligrams?|units?)\b)")
# said as a verb with an object: "we separated the recycling", "they engaged a lawyer"
_AS_VERB = r"^\s+(?:the|a|an|my|our|your|his|her|their|them|it|this|these|those|both|all|by|into|out)\b"
_NOT_AFTER = {
    # a guide dog, a guide book, a guide price: no person
    **dict.fromkeys(("guide", "guides"), re.compile(r"^\s+(?:dog|dogs|book|books|price|prices|rope|wire|rail|pin|line|lines|bar|app|apps|"
                                                   r"to the)\b")),
    **dict.fromkeys(("far left", "far right"), re.compile(r"^\s+(?:one|ones|side|lane|corner|hand|column|edge|end|door|"
                                                          r"button|seat|box|field|tab|icon|screen|picture|photo|machine)\b")),
    "unaffiliated": re.compile(r"^\s+(?:with|to|from)\b"),  # "the company is unaffiliated with the bank"
    **dict.fromkeys(("male", "female"), re.compile(r"^\s+(?:end|ends|connector|plug|adapter|cable|port|jack|"
                                                     r"socket|part|thread|fitting|pin|header|lead|cord|aux|"
                                                     r"to (?:male|female))\b")),
    # "my paycheck was short, it should have been"; short of a count: "still short by two", "short by about half a
    # pallet" (not "short by my standards")
    "short": re.compile(r"^(?:-|\s+)(?:staffed|handed|changed|term|notice|list|of|on|supply|circuit|cut|story|"
                        r"answer|while|time|version|lived|sighted|tempered|fused)\b|^,?\s+(?:it|that) should\b"
                        r"|^\s+with\s+(?:you|me|him|her|them|us|people|customers|staff|everyone)\b"  # curt: "a bit short with you"
                        r"|^\s+by\s+(?:about\s+|around\s+|like\s+|almost\s+|nearly\s+)?(?:\d|half\b|a (?:few|couple|dozen|hundred|"
                        r"thousand|box|case|pallet|third|quarter)\b|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                        r"fifteen|twenty|thirty|forty|fifty|hundred|several)"),
    "tech": re.compile(r"^\s+(?:support|company|companies|industry|sector|stocks?|savvy|issues?|problems?|side|"
                       r"world|giants?|jobs?|news|startup)\b"),
    "scope": re.compile(r"^\s+(?:of|creep|for)\b"),  # "the scope of the work"
    # a team's, a tree's, a lamp's: "we are Canucks fans", "some scots pine", "Cree LEDs"
    **dict.fromkeys(("canucks", "kiwis", "aussies", "scots", "poms", "cree"),
                    re.compile(r"^\s+(?:fans?|game|games|match|matches|jerseys?|shirts?|tickets?|score|pines?|leds?|"
                               r"lights?|lighting|bulbs?|whisky|whiskey|broth)\b")),
    "chippy": re.compile(r"^\s+(?:supper|tea|dinner|lunch|chips|shop|run|order|bag|little)\b"),  # food, or touchy
    # a project's review, a sign's check, a trial's design: "an autopsy of the campaign", "a partially blind study"
    **dict.fromkeys(("autopsy", "sight test"), re.compile(r"^\s+(?:of|on)\s+(?:the|our|this|that|a|an|their|your)\b")),
    **dict.fromkeys(("partially blind", "profoundly deaf", "severely deaf"),
                    re.compile(r"^\s+(?:to|on|about|study|studies|trial|trials|tasting|test|tests|review|survey|spot)\b")),
    "single": re.compile(r"^(?:-|\s+(?:staffed|handed|use|payment|room|bed|file|line|person|spaced|sided|digit|click|"
                         r"sign|occupancy|entry|trip|ticket|fare|dose|copy|page|item|time|shifts?|rooms?|beds?)\b)"),  # "single-handedly"
    # a way of spending or guessing, a kind of thing: "a big liberal with his money", "a conservative estimate",
    # "an independent woman", "an independent primary school"
    **dict.fromkeys(("liberal", "conservative"), re.compile(r"^\s+(?:with|about|on|amount|amounts|portion|portions|"
                                                           r"estimate|estimates|guess|spender|use|dose|approach)\b")),
    "independent": re.compile(r"^\s+(?:man|woman|men|women|guy|girl|lady|person|people|type|spirit|club|primary|school|"
                              r"schools|bookstore|shop|store|contractor|living|study|film|review|adjuster|agent)\b"),
    "slim": re.compile(r"^\s+(?:chance|chances|margin|pickings|majority|lead|odds|fit|line|volume)\b"),
    "jab": re.compile(r"^\s+at\b"),  # "a jab at fixing it"
    "transplant": re.compile(_AS_VERB),  # "transplant the tomatoes", "transplant them into pots"
    # a design's or a skill's, not a person's: "colorblind mode", "nonverbal communication"
    **dict.fromkeys(("colorblind", "colourblind", "color blind", "colour blind", "nonverbal", "non-verbal"),
                    re.compile(r"^\s+(?:mode|modes|setting|settings|friendly|palette|filter|communication|cues?|"
                               r"signals?|language|skills?|behaviou?rs?)\b")),
    # "not married to that plan", "to any one roast", "to keeping it", "to it, mind", "to an idea"; not "to an engineer"
    "married": re.compile(r"^\s+to\s+(?:(?:that|the|this|my|our|it|any|either|those|these|keeping|having|doing|using|going|"
                          r"getting|making|working|sticking|staying|taking|running|buying|selling|paying|being|one|nights|"
                          r"days|mornings|evenings|weekends|weekdays|shifts?|hours|overtime)\b"
                          r"(?!\s+(?:same\s+)?(?:man|woman|guy|girl|husband|wife)\b)|an?\s+(?:idea|plan|approach|option|"
                          r"particular|specific|exact|brand|style|name)\b)"
                          r"|^\s+(?:the(?!\s+(?:(?:following|next|previous|same)\s+)?(?:day|week|weekend|month|year|summer|spring|"
                          rf"autumn|fall|winter|{MONTH})\b(?!\s+[a-z]+(?:s|ion)\b))|a|an|our|your|their|them|it|these|those|both|all)\b"),  # "we married the two
    # systems" (not "got married the following June")
    "late partner": re.compile(r"^\s+(?:meeting|call|payment|fee|invoice|charge|at|in|on|from|session|delivery)\b"),
    "separated": re.compile(rf"{_AS_VERB}|^\s+from\s+(?:the|a|an|our|your|its)\b"),  # "separated from the main account"
    "engaged": re.compile(rf"{_AS_VERB}|^\s+(?:in|with|to (?:deliver|provide|do|build|run|help|support|review))\b"),  # "in talks"
    # an idiom, not a pregnancy, a skin or a hospital: "a miscarriage of justice", "warts and all"
    "miscarriage": re.compile(r"^\s+of\b"),
    "warts": re.compile(r"^\s+and all\b"),
    # (no cue needed, no other sense said of a person; but not of a group: "divorced dads", "remarried couples",
    # "the divorced parents program")
    **dict.fromkeys(("divorced", "widowed", "remarried"),
                    re.compile(r"^\s+(?:the|a|an|my|our|your|his|her|their|them|it|this|these|those|both|all|"
                               r"[a-z]+s|parents|people|couples|men|women|folks)\b")),
}


# a guide is a person by the tour, the language or what a guide does ("our guide, Marisol, said", "a guide who speaks
# Korean", "a Portuguese guide", "with a guide"); not a booklet ("the user guide says", "a guide to the tax rules")
for _w in ("guide", "guides"):
    _AMBIGUOUS["occupation"][_w] = (
        r"\b(?:tour|trek|trekking|safari|mountain|local|private|with (?:a|the|our)|[a-z]+[- ]speaking|"
        r"english|french|spanish|portuguese|german|italian|arabic|russian|chinese|korean|japanese)\s+$",
        r"^(?:,?\s+[a-z]+(?=,|\s+(?:is|was|will|said|speaks|never|didn't))|\s+who\b|\s+(?:is|was) (?:so |very |really )?"
        r"(?:lovely|great|fantastic|brilliant|friendly|amazing|rude|late|called)\b)")
_PERSON_JOBS = ("guide", "guides", "judge", "agent", "driver", "officer", "manager", "supervisor", "administrator",
                "consultant", "contractor", "instructor", "inspector", "intern", "analyst", "clerk", "tutor", "chef",
                "nurse", "doctor", "teacher", "banker", "broker", "reporter", "detective", "vet", "deputy", "teller",
                "porter", "stylist", "cop", "cook")
# "the driver will bring one", "the vet will likely", "the officer's name is Johan": a person's doing
# after a job noun only ever said of people makes it an occupation after "the" too
_PERSON_DOING = (r"^(?:\s+(?:name|number|office|report)\b|'s\s+(?!seat|side|licen[cs]e|permit|ed\b|window|door)[a-z]|\s+(?:will|would|can|could|should|said|says|told|asked|"
                 r"suggests?|suggested|thinks?|thought|wants?|wanted|needs?|came|comes|is coming|gave|called|rang|"
                 r"emailed|texted|recommends?|recommended|prescribed|checked|examined|arrives?|arrived|writes|wrote|"
                 r"overcharged|charged|refused|wouldn't|won't|didn't|doesn't|can't|couldn't|yelled|hung up|took|"
                 r"made|makes|dropped|drove|delivered|left|cancell?ed|put|puts|who|there (?:was|is)|crashed|hit|swore|"
                 r"mentioned|explained|confirmed|advised|asks|sent|booked|spoke|speaks|knows|knew|looked|look at|looks at|"
                 r"signed|approved|diagnosed|referred|noticed|warned|reckons|reckoned|promised|quoted|agreed|insisted|"
                 r"shouted|stopped|braked|sped|knocked|knocks?|help|helps|helped|texts?|texted|remembers?|remembered|stays?|stayed|"
                 r"waits?|waited|picks?|picked|collects?|collected|honked|had|was called|"
                 # how the person was: "the driver was bald", "the driver was so rude"
                 r"(?:is|was) (?:so |very |really |quite |a bit |extremely )?(?:rude|drunk|speeding|bald|tall|short|young|"
                 r"nice|lovely|brilliant|great|friendly|polite|helpful|unhelpful|aggressive|careless|reckless|hurt|injured|"
                 r"fantastic|amazing|terrible|awful|on (?:his|her) phone)|"
                 # where the person worked: "the driver on that route"
                 r"on (?:that|the|my|our) (?:train|bus|flight|trip|ride|route|shift|call)|"
                 # where a person is: "the driver is about forty five minutes out"
                 r"(?:is|was|'s) (?:on (?:the|his|her) way|about|here|there|outside|nearby|running|late|away|busy|"
                 r"off|back|available|with)|"
                 # what a person is asked to do: "the field supervisor to call you"
                 r"to (?:call|ring|phone|contact|text|email|visit|come|see|review|sign|approve|check)|"
                 # what a person does as a rule, or who the person is: "the judge always allows", "is Mr. Delgado"
                 r"(?:always|never|usually|often|sometimes|also|normally|already|just)|is (?:mr|mrs|ms|miss|dr)\b\.?)\b)")
# more of a person's doing, said of the job right after "the" or "our" only: "the broker hasn't called"
_DONE_BY_PERSON = re.compile(r"^\s+(?:saw|sees|hasn't|hadn't|has not|had not|has already|(?:is|was) from (?!(?:a|an|the)\b|\d)|"
                             r"kept (?:asking|calling|saying|telling|talking|shouting|honking|texting)|"
                             r"is used to it)\b")
# who a person is asked, told or seen by the job: "just ask the vet for the notes"
_PERSON_ASKED = (r"|\b(?:ask|tell|call|email|text|ring|contact|see|thank|pay|told|asked|called|saw|gave|give|show|showed|"
                 r"when|once|until|report from|"
                 r"tip|tipped|rate|rated|describe|remember|about|complain about|report) the\s+$")
for _job in _PERSON_JOBS:
    _AMBIGUOUS["occupation"][_job] = (_AMBIGUOUS["occupation"][_job][0] + _PERSON_ASKED,
                                      rf"{_AMBIGUOUS['occupation'][_job][1]}|{_PERSON_DOING}")
# "rider" is also a policy's add-on or a cyclist ("the critical illness rider says", "the rider hit my mirror"): a job only
# where a delivery rider's doing follows ("the rider took the money and left", "our rider will call")
_AMBIGUOUS["occupation"]["rider"] = _AMBIGUOUS["occupation"]["riders"] = (r"\b(?:work(?:s|ed|ing)? as|job as)\s+(?:an?\s+)?$",
                                     r"^\s+(?:took the (?:money|cash|parcel|package)|delivered|dropped (?:it|off)|brought|"
                                     r"will (?:call|ring|deliver|bring|drop)|is on (?:his|her) way|left (?:it|the parcel|the package))\b")
# a rigger's gear and a class's line leader are no jobs ("rigger boots", "line leader at school today")
_AMBIGUOUS["occupation"]["rigger"] = _AMBIGUOUS["occupation"]["riggers"] = (r"(?!)", r"^(?!\s+(?:boots?|gloves?|gear|knots?|bands?)\b)")
_AMBIGUOUS["occupation"]["line leader"] = _AMBIGUOUS["occupation"]["line leaders"] = (
    r"\b(?:a|as|the|our|my|your|their|his|her)\s+$", r"^(?!.{0,30}\b(?:school|class|today|teacher)\b)")
# "sparky" is an electrician only after "a" or "as" ("wants to be a sparky"; not "our dog sparky")
_AMBIGUOUS["occupation"]["sparky"] = _AMBIGUOUS["occupation"]["sparkies"] = (r"\b(?:a|as|an?other)\s+$", r"^(?!)")
# "chippy" is a carpenter only so said of someone ("I'm a chippy"; not "a chippy tea", "the chippy on the corner")
_AMBIGUOUS["occupation"]["chippy"] = (rf"\b(?:{_BE})\s+an?\s+$|\b(?:work(?:s|ed|ing)? as|job as)\s+an?\s+$",
                                      r"^\s+by (?:trade|profession)\b")
# "the doctor" is always a person, whatever follows: "before seeing the doctor", "the doctor's office said"
_AMBIGUOUS["occupation"]["doctor"] = (_AMBIGUOUS["occupation"]["doctor"][0] + r"|\b(?:the|that|this|any|every|old|new|family)\s+"
                                      r"(?:(?:same|other|new|usual|regular|right|first|second|on-call|duty)\s+)?$",
                                      _AMBIGUOUS["occupation"]["doctor"][1])


# talk of politics around a word that is a party's only there ("more independent now", "switch to independent")
_POLITICS = re.compile(r"\b(?:republicans?|democrats?|vot(?:e|es|ed|er|ers|ing)|party|parties|politic\w*|elections?|primary|"
                       r"registered|ballot|campaign\w*|councillor|councilor|canvass\w*|doorknock\w*|tory|tories|labour|"
                       r"bjp|anc|ndp|socialist|communist)\b", re.I)


# leanings that are everyday adjectives too ("he's very independent for a toddler"): said with more words between
# the person and the leaning than the list's cues allow where politics is talked of around them
_LEANINGS = frozenset({"independent", "independents", "unaffiliated", "conservative", "conservatives", "liberal", "liberals",
                       "progressive", "progressives", "moderate"})
_LEANS = re.compile(rf"\b(?:{_BEING}|is|are|was|were|been|used to be|become|became|go|going|gone|went|stay|stays|stayed|"
                    r"remain\w*|listed as|down as|as(?: an?)?|(?:more|most) of an?|to)\s+"
                    rf"(?:(?:{_LEANING_HEDGES}|more|very|really|quite|so|too|much|uh|um|er|like)[,]?\s+)*$")
# a when after a party word, no noun it describes: "switched to independent years ago"
_WHEN_AFTER = re.compile(r"\s+(?:years?|months?|weeks?|days?|ago|now|since|last|these|this)\b")


def said_as(policy: str, text: str, a: int, b: int) -> bool:
    """Whether a listed everyday-word phrase at text[a:b] has around it the cue its list requires ("she's a kiwi",
    not "a kiwi smoothie"); True for a phrase no cue is needed for."""
    low = text.lower()
    phrase, before, after = low[a:b], _HESITATION_END.sub(" ", low[max(0, a - 40):a]), low[b:b + 40]
    return _ok(policy, phrase, before, after) and not (phrase in _NOT_AFTER and _NOT_AFTER[phrase].match(after)) \
        and not (phrase in _NOT_BEFORE and _NOT_BEFORE[phrase].search(before))


def _ok(policy: str, phrase: str, before: str, after: str, talk: str = "") -> bool:
    """Whether an everyday-word phrase has the context cue its list requires (`talk`: the call around it)."""
    rule = _AMBIGUOUS.get(policy, {}).get(phrase)
    if rule is None:
        return True
    if policy == "occupation":
        after = _FILLER_AFTER.sub("", after)  # "the driver was, uh, tall", "the principal just, like, email me"
    if policy == "political_affiliation" and phrase in _LEANINGS and _LEANS.search(before) and _POLITICS.search(talk):
        return True  # "I'm, uh, I'm more independent now", "listed as unaffiliated", after a primary or a vote was named
    if re.search(rule[0], before) or re.search(rule[1], after):
        return True
    if policy == "political_affiliation" and _POLITICS.search(f"{before} | {after}") and not before_noun(after) \
            and not re.match(r"\s+[A-Z]", after):
        return True  # "I'm a registered Republican but I voted for the independent", "BJP or Congress"
    the = r"\b(?:the|that|this)\s+$"
    if policy == "occupation" and phrase == "driver" and _DRIVER_AS_JOB.search(before) \
            and not _NOT_A_DRIVERS_JOB.search(before) and not _NOT_A_DRIVER_AFTER.match(after) \
            and _SERVICE_TALK.search(talk or f"{before} | {after}"):
        return True  # "my Uber driver", "a phone number for the driver?" of a delivery: the job (not "the other driver")
    if policy == "occupation" and phrase in _PERSON_JOBS and re.search(r"\b(?:the|our|my|your|his|her|their)\s+$", before) \
            and _DONE_BY_PERSON.match(after):
        return True  # "the driver is from Paro", "the broker hasn't called", "the vet saw him" (not "the cleaning agent
        # hasn't", "the driver is from 2019")
    if policy == "occupation" and phrase in _THE_JOBS and re.search(the, before) and _the_job_said(phrase, after):
        return True  # "the manager there told me", "the principal said": a person by the job, not a thing or a desk
    mod = _JOB_MODIFIER.search(before) if policy == "occupation" else None
    if mod and mod.group(1) in _WHEN_HELD and re.search(r"\b(?:my|our|his|her|their|your)\s+$", before[:mod.start()]):
        return bool(re.search(rule[0], before[:mod.start()]))  # "my old supervisor", "her new manager": a person still
    return bool(mod) and _job_modifier(mod.group(1)) and mod.group(1) not in _SOFTWARE and bool(
        re.search(rule[0], before[:mod.start()])
        or phrase in _THE_JOBS and re.search(the, before[:mod.start()]) and _the_job_said(phrase, after))


# who drives for a service: a ride, a delivery, a transfer, a tow (a party to an accident or an insurance's named
# driver is no job: "the other driver", "the main driver")
_DRIVER_AS_JOB = re.compile(r"\b(?:the|my|your|our|a|his|her|their|that)\s+(?:[a-z]+\s+)?$")
_SERVICE_TALK = re.compile(r"\b(?:uber|lyft|grab|bolt|ola|didi|careem|taxi|cab|deliver\w*|courier|parcels?|packages?|orders?|"
                           r"transfer|shuttle|pick(?:ed|s)? ?up|collect\w*|drop(?:ped)? off|bus|truck|van|lorry|tow|ambulance|"
                           r"depot|route|ride|trip|tours?|coach|fedex|ups|dhl|amazon|dispatch\w*|restaurant|food)\b")
_NOT_A_DRIVERS_JOB = re.compile(r"\b(?:other|second|main|extra|young|named|additional|learner|designated|new|student|any|"
                                r"latest|big|key)\s+$|"
                                r"\b(?:change|changing|add|adding|remove|removing|swap|update)\s+(?:the|a)\s+$|"  # a hire's driver
                                r"\b(?:usually|always|normally|often|never|was|were|be|being|been)\s+the\s+$")  # who drove ("who was the
# driver at the time of the accident", "he's usually the driver")
# a program or a cause, not a person: "the driver for my graphics card", "the big driver of the price rise"
_NOT_A_DRIVER_AFTER = re.compile(r"^\s+(?:for\s+(?:the|my|your|this|that|a)\s+(?:[a-z]+\s+)?(?:printer|graphics|card|scanner|device|"
                                 r"sound|audio|network|webcam|mouse|keyboard|gpu|camera|laptop|pc|computer)|updates?|install|"
                                 r"software|version|file|download|of\s+(?:the|this|that|inflation|growth|prices?|demand|costs?))\b")
# jobs of the everyday-word list that name a person after "the" too (not "the server", "the coach", "the owner", "the
# driver"; a "student" loan, a "judge" of character)
_THE_JOBS = frozenset("manager supervisor principal director officer consultant instructor inspector clerk teacher "
                      "minister nurse detective deputy dean vet rider registrar conductor".split())
_SOFTWARE = frozenset("task password file window package download device display boot session tab memory license "
                      "extension plugin ad app domain".split())  # "the task manager", "my domain registrar": a program, a firm
# where a person named by their job is, said right after it: "the principal at Maplewood", "the manager there, ..."
_WHERE_AFTER = re.compile(r"^(?:,|\s+(?:at|of|from|there|here)\b)")


# what is said of a loan's principal as of a person: "the principal has been reduced", "won't change"
_OWED_AFTER = re.compile(r"^\s+(?:has|had|will|would|can|could|won't|doesn't|never|keeps|kept)\b")


def _the_job_said(phrase: str, after: str) -> bool:
    """Whether a job after "the" is a person: not before a noun it names a kind of ("the manager app", "the consultant
    fee", "the director's cut"), and the principal and the dean only where the words after say so."""
    if (_PRACTISES_AFTER.match(after) or _WHERE_AFTER.match(after)) \
            and not (phrase in ("principal", "dean") and _OWED_AFTER.match(after)):
        return True
    if before_noun(after) or re.match(r"'s\s+(?!(?:name|number|email|phone|office|assistant|desk|line|extension)\b)[a-z]",
                                       after):
        return False
    return phrase not in ("principal", "dean")


# "a female tech", "a patrol officer", "her family doctor": a word that says whose or which job it is
_JOB_MODIFIER = re.compile(r"\b([a-z]{3,})\s+$")
_PERSON_ADJ = frozenset("female male woman lady black white asian hispanic latina latino older younger".split())


_WHEN_HELD = frozenset("old new former previous current".split())  # whose job it was or is, no quality


def _job_modifier(word: str) -> bool:
    """Whether a word before a job noun is a person's kind or a noun naming the job's field, not a
    quality ("a good driver", "a new manager")."""
    return word in _PERSON_ADJ or (word in base_words("noun") and word not in base_words("adj")
                                   and word not in STOP_WORDS and _specialty(word))


_HESITATION_END = re.compile(r"(?:\s+(?:uh|um|er|erm|hmm|like|you know|i mean)[,.]?)+\s+$")
_FILLER_AFTER = re.compile(r",?\s+(?:uh|um|er|erm)\b,?(?=\s)|,\s+(?:like|you know|i mean),(?=\s)")
_HYPHEN_ON = re.compile(r"-[a-z]")  # a phrase ends at no hyphen inside a compound
_GLUED = re.compile(r"[_@]|\.[a-z0-9]")
_GLUED_BEFORE = re.compile(r"[a-z0-9]\.$")
_BREAK = re.compile(r"[,;:!?]")  # no phrase runs over a pause: "He's Serbian, Orthodox Christian" holds no "serbian orthodox"


@lru_cache(maxsize=2048)
def matches(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Longest lexicon phrases in `text`: (start, end, lists) in character offsets (cached:
    the recase step, the lexicon and the name recognizers all ask for the same text)."""
    table = tables()
    low = text.lower().replace("’", "'")
    # tokens glued into a handle, email or file name ("kimberly_perez", "hall.timothy") are not words
    toks = [(_POSSESSIVE.sub("", m.group(0)), m.start(), m.end()) for m in TOKEN_RX.finditer(low)
            if not _GLUED.match(low, m.end()) and not (m.start() and low[m.start() - 1] in "_@")
            and not (text[m.start():m.end()].isupper() and re.match(r"-\d{3}", low[m.end():m.end() + 4]))  # "BP-2024-01177"
            and not _GLUED_BEFORE.match(low[max(0, m.start() - 2):m.start()])]
    words = [t[0] for t in toks]
    folded = [w if w.isascii() else fold(w) for w in words]  # "kraków", "são paulo": listed folded
    accented = folded != words
    out = []
    i, n = 0, len(toks)
    while i < n:
        for length in range(min(MAX_LEN, n - i), 0, -1):
            lists = table.get(tuple(words[i:i + length])) or (accented and table.get(tuple(folded[i:i + length])))
            if lists and not (length > 1 and (_HYPHEN_ON.match(low, toks[i + length - 1][2])  # not "my ex" of "my ex-wife"
                                              or any(_BREAK.search(low, toks[j][2], toks[j + 1][1]) for j in range(i, i + length - 1)))):
                out.append((toks[i][1], toks[i + length - 1][2], lists))
                i += length
                break
        else:
            i += 1
    return tuple(out)


_CLERGY = re.compile(r"(?<![Mm]y )(?<![Yy]our )(?<!his )(?<!her )(?<!our )(?<!their )(?<!the )\b(?:Father|Pastor|Reverend|"
                     r"Rabbi|Imam|Sister|Deacon|Bishop)(?=\s+[A-Z][a-z])")
# lists of proper names: in a transcript whose sentences start with capitals, the lower-case word is the everyday one
# ("the china cabinet", "turkey sandwiches", "the polish on the table", "french toast")
_PROPER = frozenset({"nationality", "language", "event"})
# event names that are everyday words too ("the advent of", "with pride"); a lower-case "thanksgiving" or
# "halloween" in a capitalized transcript is still the holiday, as Whisper writes it at times
_EVERYDAY_EVENTS = frozenset({*_AMBIGUOUS["event"], "advent", "tet", "midsummer"})
# a party word as an adjective before its noun: "a conservative guess", "a liberal hand with the sauce"
_PARTY_NOUNS = frozenset("party parties voter voters supporter supporters politics values government candidate "
                         "candidates member members mp mps leader leaders side wing view views base vote votes "
                         "volunteer volunteers canvasser canvassers campaign senator councillor councilor "
                         "man woman men women guy ballot ballots mailer mailers club rally sticker stickers riding "
                         "primary people lot crowd types folks government governments administration minister ministers "
                         "president".split())  # "a lifelong labour man", "the republican ballot", "the labour people"


def _members(phrase: str) -> bool:
    """A party's members said in the plural, which no noun after can make an adjective ("the tories want")."""
    return phrase.endswith("s") and phrase not in _AMBIGUOUS["political_affiliation"]


def before_noun(after: str) -> bool:
    """Whether a common noun follows, which the word before it describes."""
    m = re.match(r"\s+([a-z]{3,})\b(?!')", after)
    return bool(m) and m.group(1) not in STOP_WORDS and m.group(1) not in _PARTY_NOUNS \
        and m.group(1) in base_words("noun")
_OCC_NOT_AFTER = re.compile(r"^'s\s+(?:seat|door|window|cab)\b|^(?:'s)?\s+(?:address|room|farm|side|id|number|loan|account|visa|discount|"
                            r"licen[cs]e|portal|login|rack|error|is down|went down|book|card|permit|certificate)\b|^\s+name\b")  # not "the driver's name"
_OCC_MODIFIER = re.compile(r"\b(?:a|an|as an?|is an?|my|his|her|was an?)\s+([a-z][a-z-]*)\s+$")
_SPECIALTY = frozenset({"medical_process", "medical_condition", "injury", "drug"})


def _specialty(word: str) -> bool:
    """Whether a word before an occupation belongs to the job ("x-ray technician", "dialysis
    nurse"): an unlisted word or a medical term, not another list's word ("Catholic priest")."""
    return set(tables().get((word,), ())) <= _SPECIALTY
_OCC_ARTICLE = re.compile(r"\b(?:i'?m|am|is|was|as|be|been|he'?s|she'?s|you'?re|they'?re) an?\s+"
                          r"((?:[a-z-]+\s+){1,3})$")
_COORD = re.compile(r"\s*(?:,|,? and|,? or|/)\s*(?:an?\s+|some\s+)?")
_ZODIAC_CTX = re.compile(r"\b(?:sign|zodiac|horoscopes?|rising|astrolog(?:y|er|ers|ical)|star signs?)\b")
# a sign no other word shares said in the same text: "i am a pisces and my girlfriend is aries" (not for cancer or
# Leo: "I'm a Virgo and my mum has cancer", "Leo from accounts is a Virgo"; nor a word read otherwise, a name's or
# before a noun: "a Ford Taurus", "the gemini app", "Gemini Travel")
_SIGN_SAID = re.compile(r"\b(?:virgo|sagittarius|capricorn|aquarius|pisces)\b")
# the clause ends, or a word of a sign's talk follows: "matched with Libra men", "the Libra reading"
_SIGN_ENDS = re.compile(r"\s*(?:[,.?!;]|$)|\s+(?:and|so|but|or|too|as|like|right|is|was|because|though|men|women|man|woman|"
                        r"guys?|girls?|boys?|people|partners?|friends?|reading|readings|traits|energy|season|moon|sun|rising)\b")
# a sign said right after a birth date: the date says which ("Kevin Daugherty, 7/22/1971. Cancer, if you were wondering")
_BORN_BEFORE = re.compile(DOB_WORD)
_ILLNESS_AFTER = re.compile(r"\s+(?:runs|ran|survivor|patient|diagnosis|treatment|screening|free|came back|spread|is back)\b")
# one's command of a language: "my French is okay", "her English isn't great"
_COMMAND_OF = re.compile(r"\b(?:my|his|her|your|their|our)\s+$")
_SAID_OF_IT = re.compile(r"\s+(?:is|isn't|was|wasn't|'s|has|could|needs|got)\b")
_LANG_CTX = re.compile(r"\b(?:speak|speaks|spoke|speaking|language|interpreter|translator|translate|fluent|"
                       r"press \w+ for|para|subtitles|dub|dubbed)\b")
_STOPISH = frozenset("the a an and or but so very really just also my his her our your their this that "
                     "is was be been good great new old other same".split())
COMMON_ORG = frozenset(
    "target subway apple visa who meta delta chase ups progressive southwest amazon citi gm abc ford "
    "kaiser discover budget gap staples dell sears hertz universal current square stripe chime fox "
    "marvel steam valve providence duke shell cox charter sprint frontier national dollar midas "
    "zelle venmo alamo thrifty enterprise avis sofi varo square ally army navy marines "
    "spectrum optimum mint dish boost cricket experian equifax epic universal max windows echo "
    "jeep civic accord zoom slack hinge sling fire ring nest galaxy kindle united nationwide affirm "
    "wise farmers sec ice lemonade visible peacock spirit quest mercy citizens regions travelers "
    "boots starling snap spark orange globe dialog grab flow".split())  # a British chemist and bank, a US benefit,
# telcos and apps named by everyday words (Spark, Orange, Globe, Dialog, Flow, Grab; not Sky, a given name too)
# everyday-word company names read as companies after a customer-of cue ("flying united", "with sprint")
CUEABLE_ORG = COMMON_ORG - frozenset(
    "max fire ring current national universal dollar budget boost mint echo galaxy nest civic accord who "
    "windows steam valve square hinge sling slack zoom shell gap epic fox duke providence midas "
    "meta army navy marines wise farmers jeep kindle sec ice visible quest mercy regions boots starling".split())
# the words before a firm one is a customer of, which name a firm even where a town's name is its name
# ("insured with Zurich", "I bank with Halifax", "my lender is Nationwide")
CUSTOMER_CUES = (r"insured (?:with|by|through)|customer of|(?:provider|carrier|insurer|servicer|lender) (?:is|was)|"
                 r"(?:account|mortgage|insurance|policy|loan|pension|savings)(?: number)?(?: now)?,? (?:with|through)|"
                 r"(?:bank|banks|banked|banking) with")  # "my policy number with Zurich", "the mortgage now, with Halifax"
# the words before a company a person works for or is a customer of: one list for the
# lexicon (listed companies), orgs.py (unknown names) and ner.py (a PERSON guess that is a company)
ORG_CUES = (rf"{CUSTOMER_CUES}|account at|(?:bank|banks|banked|banking) at|work(?:s|ed|ing)? (?:at|for)|employed (?:at|by)|(?:job|position|internship) (?:at|with)|"
            r"retired(?: (?:last|this) (?:year|month))? from|(?:made redundant|laid off) (?:by|from)|resigned from|"
            r"employer(?: is| was|\?(?: (?:yes|yeah|it's|it is),?)?)|member of|subscribers? (?:of|to|with)|"
            r"covered (?:by|through)|"
            r"(?:drives?|drove|driving|driver|deliver(?:s|ed|ing)?) for|"
            r"(?:managed|owned|run|serviced) by|"
            r"stud(?:y|ies|ied|ying) at|enrolled at|patient (?:at|of|with)|"
            r"volunteer(?:s|ed|ing)? (?:at|for|with)|contract(?:s|ed|ing|or)? (?:with|for)|"
            r"(?:ordered|bought|purchased|booked|rented|leased|financed)(?: [a-z]+(?: [a-z]+)?)? "
            r"(?:from|through|thru|via|at)|subscribed (?:to|with)|signed up (?:with|to)|"
            r"(?:shop|shops|shopped|shopping) (?:at|with)|"
            r"(?:invoice|receipt|delivery|refund|quote|shipment|parcel|package|order|orders|voucher|gift card|confirmation|"
            r"email|e-mail|text|letter|bill|statement|notice|plan|loan|booking|tickets?) from|(?:reservation|booking|table) at|"
            r"came over from|(?:ported|porting) (?:over )?from|"
            r"(?:pay|pays|paid|paying)(?: (?:it|that|them|this))? (?:with|through|via|using|by)")
_ORG_CUE = re.compile(rf"\b(?:{ORG_CUES}|employer,|with|at|from|through|thru|flying|flew|fly|flown|use|using|switched (?:from|to)|"
                      r"transferred (?:me )?(?:over )?to|sent me (?:over )?to|"
                      r"called|over at|went with|go with|going with|is this|this is|"
                      r"shipped(?: it)?(?: (?:with|via|through|by))?|ships (?:with|via|by)|delivered by|"
                      r"came (?:through|with|via)|"
                      r"(?:switched|switching|moved|went) (?:over )?from [\w&.'-]+(?: [\w&.'-]+)? to|"
                      r"(?:flying|flew|fly|flight|booked)\b[^.?!]{0,30}\bon)\s+$")


_SENTENCE_START = re.compile(r"(?:[.!?]\s+|[\"“]\s*)$")
_ALONE = re.compile(r"^[\"”]?\s*(?:[.?!,]|$)")  # a one-word answer: "Which bank? Chase."
# what a company does as the subject: "Chase called me", "Target won't refund it"
_ORG_SUBJECT = re.compile(r"^(?:'s\b)?[\"”]?\s*(?:is|was|has|had|says?|said|called|charged|sent|told|won'?t|wouldn'?t|"
                          r"moved|changed|rebooked|delayed|bumped|overbooked|upgraded|updated|raised|lowered|"
                          r"doesn'?t|didn'?t|can'?t|will|would|should|could|did|does|keeps?|kept|lost|refused|"
                          r"denied|approved|cancell?ed|closed|emailed|texted|mailed|shipped|delivered|"
                          r"never|still|just|already|finally|wants?|wanted|needs?|gave|offered|billed|"
                          r"flagged|froze|blocked|declined|reported|messed|owes|owed)\b")
_WORKS_AT = re.compile(r"\b(?:work|works|worked|working|employed|job|shifts?|([a-z]+))\s+(?:at|for)\s+$")


def _works_at(before: str) -> bool:
    """Whether the (lower-case) words before name a place of work: "I work at", "a paramedic at"."""
    m = _WORKS_AT.search(before)
    return bool(m) and (m.group(1) is None or "occupation" in tables().get((m.group(1),), ()))


# a service of the company named right after it: "apple support", "spectrum customer service"
_ORG_AFTER = re.compile(r"^(?:'s)?\s+(?:customer service|customer support|tech support|support|billing|app|website|"
                        r"service|repair|warranty|care|card|credit card|debit card|"
                        rf"(?:ending|ends)\s+(?:in\s+)?(?:double\s+|triple\s+)?(?!(?:19|20)\d\d\b){DIGIT_WORD}\w*\b"
                        r"(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b)|"
                        r"transfer|payment|tracking|order|delivery|driver|store|pharmacy|claim|statement|"
                        r"account|rep|representative|bill|rewards|gift card|subscription|membership|router|modem|"
                        r"headquarters|corporate|for (?:the|my|our) (?:car|truck|house|home|auto|renters|apartment|"
                        r"condo|boat|phone|internet))\b")


_CARD_BRANDS = frozenset({"visa", "mastercard", "master card", "amex", "discover", "american express"})
# a card's brand said as the card: "it's a visa four five five six", "yeah it's a visa, four seven eight four", "the visa
# one", "the visa debit ending in ...", "it is a visa and the cvv is"
_CARD_NUMBER = rf"(?:(?!(?:19|20)\d\d\b)\d{{4}}|{DIGIT_WORD}(?:\s+{DIGIT_WORD}){{3}}\b)"  # its first four digits, no year
_CARD_BRAND_AFTER = re.compile(rf"^\s+(?:one\b(?=\s*(?:[,.?!]|$|okay|ok|please|ending|yeah|yes|right))|debit\b|"
                               rf"credit\b(?!\s+(?:score|rating|check|history|limit|unions?))|{_CARD_NUMBER})"
                               rf"|^,\s+{_CARD_NUMBER}"
                               r"|^,?\s+(?:and\s+)?(?:the\s+)?(?:cvv|cvc|expiry|expiration|security code|long number|card number)\b")
_CARD_DETAILS = r"card|cvv|cvc|security code|last four|ending|ends in|long number"  # the card's own words
_CARD_TALK = re.compile(rf"\b(?:{_CARD_DETAILS}|pay|paying|paid|payment|debit|credit|charge|charged|expir\w*|checkout|"
                        r"declin\w*|refund\w*)\b")
_NOT_A_CARD_NUMBER = re.compile(r"\s*(?:dollars|pounds|euros|rupees|pesos|bucks|new|more|people|times|miles|points)\b")
_AS_A_CARD = re.compile(r"\b(?:a|an|the|my|your|his|her|our|with|on)\s+$")  # "the discover", not "if you discover"


# what a travel visa is said with: "the visa letter", "a visitor visa", "the passport for the visa", "his visa got refused"
_TRAVEL_VISA = re.compile(r"\b(?:passports?|embassy|consulate|consular|immigration|application|letters?|visit|visitor|tourist|"
                          r"work|student|study|uni|university|spouse|extend\w*|extension|sponsor\w*|residence|permit|travel\w*|"
                          r"entry|biometric\w*|appointment|interview|stamp|nationality|nationals?|asylum|abroad|overstay\w*|"
                          r"country|fees?|refus\w*|grant\w*|approv\w*|denied|flights?|come through|came through|transit|hajj|"
                          r"umrah|schengen|e-?visa|forms?|case|valid)\b|['’]s visa\b|\bvisa for\b")
# the card's details said around its brand, or the card charged: "the last four on the visa", "my visa got charged twice"
_CARD_DETAIL = re.compile(rf"\b(?:{_CARD_DETAILS})\b")
# or the card used: charged, or its number given as what it is ("my visa got charged twice", "the visa is four one four
# seven", "visa, the number is 4916"; the number right after the brand is `_CARD_BRAND_AFTER`'s)
_CARD_USED = re.compile(rf"\s+(?:got |was |has been |is being )?(?:charged|billed|debited)\b"
                        rf"|,?\s+(?:the )?(?:number )?is\s+(?:{_CARD_NUMBER}|{DIGIT_WORD}(?:\s+{DIGIT_WORD}){{2}}\b)")
# (or three digits: "the code on the back of my visa is four four six")


_RUNS_OUT = re.compile(r"\s+(?:is\s+)?(?:ending|ends|expir\w*|runs out)\s+(?:in\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b")
# "my visa ending in two weeks": a visa's stay, no card


def _card_said(m: re.Match | None, before: str, low: str, a: int, b: int) -> bool:
    """Whether a card's brand followed by `m` (its number, "debit", "one") names the card: a number in talk of paying
    or after "a/my", not a sum or a count ("my visa 3500 dollars"); "debit" or "credit" after "a/the/my"; "the visa
    one" after "a/the/my" in talk of paying only. With nothing of these after it, a brand no verb spells is the card
    where the card's details are said near it or it is charged, and no word of travel papers is near ("my visa got
    charged twice", "the last four on the visa"; not "the company paid for my visa")."""
    if not m:
        near = low[max(0, a - 80):b + 80]
        return low[a:b] != "discover" and not _TRAVEL_VISA.search(near) and not _RUNS_OUT.match(low, b) \
            and bool(_CARD_DETAIL.search(near) or _CARD_USED.match(low, b))
    said = m.group(0).strip()
    talk = bool(_CARD_TALK.search(low, max(0, a - 150), b + 40))
    if said.startswith(("debit", "credit")):
        return bool(_AS_A_CARD.search(before))  # "my visa debit", not "we discover debit errors"
    if said.startswith("one"):
        return talk and bool(_AS_A_CARD.search(before))
    return (talk or bool(_AS_A_CARD.search(before))) and not _NOT_A_CARD_NUMBER.match(m.string, m.end())


def sentence_case_only(text: str, a: int, b: int) -> bool:
    """Whether an everyday-word company ("Target", "Chase") at `a:b` is capitalized only because it
    starts the sentence ("Target the debt first"), not as the subject of what a company does."""
    after = text[b:b + 40].lower()
    return _POSSESSIVE.sub("", text[a:b].lower()) in COMMON_ORG \
        and (a == 0 or bool(_SENTENCE_START.search(text[max(0, a - 4):a]))) \
        and not (_ORG_SUBJECT.match(after) or _ORG_AFTER.match(after) or _ALONE.match(after))


# a company listed next to another one: "fedex, not ups", "paypal or venmo", "aetna and now it's cigna"
_ORG_COORD = re.compile(r"\s*(?:,|/|,?\s*(?:and|or|not|but not|instead of|then|and then|and now it'?s|now it'?s|"
                        r"to|vs\.?|versus))\s*(?:(?:the|a|an|with|at|through|from)\s+)?")


def _org_name(bare: str, lower_text: bool) -> bool:
    """A listed company written in lower case that is still a name: no English word ("labcorp",
    "cigna") even in mixed-case text, or a vowel-less acronym ("cvs", "ftc") in case-less text."""
    if bare in COMMON_ORG:
        return False
    if lower_text and len(bare) >= 4:
        return True
    return (len(bare) >= 4 and not is_english(bare)) or (lower_text and not re.search(r"[aeiouy\d]", bare))


_VERB_USE = re.compile(r"^\s+(?:it(?!['’])|that|this|them|him|her|me|us|over|there|home|back|around)\b")


# a body named after its place follows it: "gauteng health", "isle of wight council", "the blue nile restaurant"
BODY_AFTER = re.compile(r"\s+(?:(?:royal|general|district|county|city|community|memorial|teaching|children'?s)\s+)?"
                        r"(?:health|council|police|water|power|electricity|tourism|transport|restaurant|hotel|"
                        r"university|college|hospital|infirmary|hospice|airways|airlines|fc|tickets?|government|revenue)\b")
# the words of going somewhere said before "to": "moved to", "flying back to", "ship it to"
GOING = (r"go|goes|going|gone|went|move|moved|moving|fly|flew|flying|drive|drove|driving|travel\w*|trip|flight|ticket|"
         r"head\w*|relocat\w*|return\w*|ship\w*|deliver\w*|post\w*")
# what goes before a place: "in", "from", "moved up to", "flying back to the", "county"
PLACE_BEFORE = re.compile(rf"\b(?:in|from|at|near|of|outside|around|into|via|visit|visiting|live|lives|county|"
                          rf"moved|moving|flew|fly|flying|drove|born|based|toward|towards|through|"
                          rf"(?:{GOING}|train|bus|way|back|come|comes|coming|came|mail\w*)\s+(?:(?:up|down|over|out|back)\s+)?to)"
                          r"\s+(?:the\s+)?$", re.I)

# the last words of regions said with "the" ("the gold coast", "the south island"); a town is said without it ("the
# high point of the trail", "the little rock that flew up")
_REGION_HEADS = frozenset("coast island islands midlands country territory territories cape highlands valley".split())
_BESIDE = re.compile(r",?\s")  # places said side by side: "high point north carolina", "leeds, west yorkshire"


def everyday_place(low: str, a: int, b: int, lists: tuple[str, ...]) -> bool:
    """Whether a listed place of several everyday words, none listed alone, is said as words, not where a place
    goes: "a little rock", "the free state of mind", "a herd of red deer", but "moved to little rock", "we're in the
    western cape" (and "british columbia" whatever goes before)."""
    words = low[a:b].split()
    cue = PLACE_BEFORE.search(low, max(0, a - 30), a)
    return "place" in lists and len(words) > 1 and all(w in STOP_WORDS or is_english(w) and (w,) not in tables() for w in words) \
        and (not cue or re.search(r"\bof\s+$", cue.group(0)) or cue.group(0).endswith("the ") and words[-1] not in _REGION_HEADS)



# what a firm gives its customers, said after its name: "the american express number", "the sydney water meter"
_FIRMS_THING = re.compile(r"\s+(?:number|card|account|bill|meter|app|points|statement|customer|policy|plan|rewards|"
                          r"membership|store|branch|office|website|line|refund|payment|loan)\b")


def _phrase_is_name(phrase: str, raw: str, after: str = "") -> bool:
    """Whether a listed several-word company is named, not initials said as letters ("m t 5 5 0"
    is no "M&T") nor two everyday words in lower case ("just eat", "take two", "the fed"); a people's or a place's
    word first names one unless a noun follows ("american express", not "the hartford area")."""
    words = [w for w in phrase.split() if w != "the"]
    if all(len(w) == 1 for w in words):
        return "&" in raw
    capitalized = all(w[0].isupper() for w in raw.split() if w.lower() not in ("the", "of", "and"))
    everyday = all(len(w) == 1 or w in STOP_WORDS or is_english(w) for w in words)
    company_first = "organization" in tables().get((words[0],), ())  # "discover card", "chase bank"
    split = "organization" in tables().get(("".join(words),), ())  # "master card", "pay pal": one name Whisper split
    # a people's or a place's word before an everyday one: "american express", "british gas", "kenya power"
    of_place = not {"nationality", "place"}.isdisjoint(tables().get((words[0],), ())) \
        and (not before_noun(after) or _FIRMS_THING.match(after) is not None)
    return "-" in raw or "&" in raw or len(words) > 2 or capitalized or not everyday or company_first or split or of_place


def _coordinated(spans: list[tuple[int, int]], a: int, b: int, low: str, joint: re.Pattern = _ORG_COORD) -> bool:
    """Whether a listed name sits next to another of `spans` (either side), joined as `joint` says: a company in a
    list of companies, a place beside another place."""
    return any(joint.fullmatch(low[e:a]) or joint.fullmatch(low[b:s]) for s, e in spans)


def _score(policy: str, phrase: str, cued: bool) -> float:
    """Overlap score of a lexicon match: cue-backed and multi-word phrases rank higher."""
    if cued:
        return 0.88
    if " " in phrase:
        return 0.9  # a curated multi-word phrase ("Green Party") beats a guess of the NER
    if policy in ("nationality", "language", "religion", "political_affiliation", "zodiac_sign"):
        return 0.86  # beats spaCy's NORP/GPE/PERSON reading of the same word
    if policy in ("event", "drug"):
        return 0.86
    return 0.78


_AS_WRITTEN = {"snap": str.isupper, "who": str.isupper}
"""Listed names that are everyday words, found only as written ("SNAP", "the WHO")."""
ASKS = re.compile(r"\s+(?:is|are|was|were|do|does|did|can|could|would|will|should|has|have)\b")


def recognize_lexicons(ctx: Ctx) -> Iterator[Cand]:
    """Phrase-list policies (drug, occupation, religion, ...) with context rules."""
    low = ctx.text.lower().replace("’", "'")
    lower_text = not re.search(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+", ctx.text)
    prev_end, prev_pol = -1, None
    found = matches(ctx.text)
    # (a company named like a first name makes no list of companies: "my name is Marcus, who am I...")
    org_spans = [(a, b) for a, b, lists in found if "organization" in lists and "first_name" not in lists]
    place_spans = [(a, b) for a, b, lists in found if "place" in lists]  # a region said next to its town or country
    for a, b, lists in found:
        start = a
        phrase = " ".join(_POSSESSIVE.sub("", t) for t in TOKEN_RX.findall(low[a:b]))  # "driver's": driver's rules
        before, after = low[max(0, a - 40):a], low[b - 2 * (low[b - 2:b] == "'s"):b + 40]  # "'s" starts what follows
        if SPELLING_WORD.search(before):
            continue  # "Q X as in X-ray": a word that names a letter of a code
        before = _HESITATION_END.sub(" ", before)  # "we're uh married", "my um, COPD": the cue before the filler
        # "anxiety and depression": an everyday word listed next to a sure one of the same list
        coord = prev_pol if prev_end >= 0 and _COORD.fullmatch(low[prev_end:a]) else None
        talk = low[max(0, a - 400):b + 200] if "political_affiliation" in lists or phrase == "driver" else ""
        pols = [p for p in lists if p in LEXICON_POLICIES and (_ok(p, phrase, before, after, talk) or p == coord)
                and not (phrase in _NOT_AFTER and _NOT_AFTER[phrase].match(after))
                and not (phrase in _NOT_BEFORE and _NOT_BEFORE[phrase].search(before))
                and not (p == "drug" and (_PLACE_NUMBER.search(before) or _LAB_VALUE.match(after) or ADDRESSED.search(before)
                                          or _DISH_AFTER.match(after) and all(map(is_english, phrase.split()))))
                and not (p in _PROPER and (p != "event" or phrase in _EVERYDAY_EVENTS) and everyday_word(ctx.text, a, b))
                and not (p == "religion" and _INSTITUTION_AFTER.match(after))  # "United Methodist Hospital": a firm's name
                and not (ctx.text[a].isupper() and _TITLED.search(before))  # "Mr. Foreman", "Mr. Cornish": a surname
                and not (p == "political_affiliation" and " " not in phrase and ctx.text[a].islower() and before_noun(after)
                         and not _members(phrase) and not _WHEN_AFTER.match(after))]
        # (not "the labour market"; but "the republicans sent", "switched to independent years ago")
        occ = _OCC_ARTICLE.search(before) if "occupation" in lists and "occupation" not in pols else None
        if occ and not any(w in _STOPISH or not _specialty(w) for w in occ.group(1).split()):
            pols.insert(0, "occupation")  # "a high school math teacher": the head word after modifiers
            a -= len(before) - occ.start(1)
        prev_end, prev_pol = (b, pols[0]) if pols else (-1, None)
        if "zodiac_sign" in lists and "zodiac_sign" not in pols and (
                _ZODIAC_CTX.search(low) or phrase not in ("cancer", "leo") and _SIGN_SAID.search(low) and not pols
                and _SIGN_ENDS.match(after) and not re.search(r"[A-Z][\w'’-]*\s+$", ctx.text[max(0, a - 20):a])
                or ctx.text[a].isupper() and _BORN_BEFORE.search(low, max(0, a - 120), a)
                and not before_noun(after) and not _ILLNESS_AFTER.match(after)):
            pols.insert(0, "zodiac_sign")  # "14th of August 1988. Oh, a Leo, same as me"
        if pols == ["language"] and _PERSON_IS.search(before) and not _LANG_AFTER.match(after) \
                and not re.match(r"\s+(?:only|first|mostly|please|speaking|is|isn't|was|wasn't)\b", after):
            pols = ["nationality"]  # "he's navajo", "we're both Yoruba", "she's kind of, uh, Samoan": a people named by its language
        if phrase == "physio" and pols == ["medical_process"] and (_PRACTISES_AFTER.match(after)
                                                                 or _PRACTITIONER_BEFORE.search(before)):
            pols = ["occupation"]  # "the physio said no school", "she's a physio", "with the physio"
        if pols == ["language"] and ctx.text[a].isupper() and " " not in phrase \
                and ADDRESSED.search(before) \
                and re.match(r"\s*(?:[.!?,]|$)|,?\s+(?:speaking|here)\s*(?:[.,!?]|$)", after):  # not "Punjabi speaking carers"
            continue  # "this is Shona speaking", "thanks so much, Shona": the agent, named like a language
        if pols == ["language"] and _BELONGS_AFTER.match(after):
            pols = ["nationality"]  # "her Turkish passport", "a Turkish citizen": a country's, not a tongue's
        if "language" in pols and "nationality" in pols:
            if _LANG_CUE.search(before) or _LANG_AFTER.match(after) or _COMMAND_OF.search(before) and _SAID_OF_IT.match(after) \
                    or re.match(r"\s+(?:is\s+)?(?:(?:a bit|a little|pretty|quite|very|not (?:very|that|so))\s+)?(?:ok|okay|fine|"
                                r"alright|all right|rusty|good|better|basic|limited|fluent|poor|broken)\b", after) \
                    and (re.search(r"\bis\s+$", before) or after.lstrip().startswith("is")):  # "English is fine"
                pols = ["language"]
            elif _NAT_AFTER.match(after) or _NAT_BEFORE.search(before) \
                    or not _LANG_CTX.search(low) and not _LANGS_ASKED.search(low, max(0, a - 80), a):
                pols = ["nationality"]  # (the answer to "Languages?" lists languages, unless it says who one is)
            else:
                pols = ["language"]
        if pols[:1] == ["zodiac_sign"] and "medical_condition" in lists and before_noun(after) and not _ZODIAC_CTX.search(low):
            pols = ["medical_condition"]  # "I'm a cancer survivor", "she's a cancer patient"
        if "zodiac_sign" in pols and "medical_condition" in pols:
            pols = ["zodiac_sign"] if _ZODIAC_CTX.search(low) or re.search(r"\b(?:i'?m a|she'?s a|he'?s a)\s+$",
                                                                            before) and not before_noun(after) \
                else ["medical_condition"]  # "I'm a Cancer", but "I'm a cancer survivor"
        if "marital_status" in pols and re.search(r"\b(?:line|phone|number|toilet|bathroom|lavatory|loo)\s+(?:is|was|'s)\s+$", before):
            continue  # "the line is engaged"
        if pols and pols[0] == "occupation":
            named = re.search(r"([A-Z][\w'.-]*|&)\s+$", ctx.text[max(0, a - 30):a])
            if ctx.text[a:b].isupper() and ctx.text[a:b].endswith("S") and b - a <= 5:
                continue  # "The GPS does", "my CNAS card": letters of a device or a body, not a plural of "GP" or "CNA"
            if not lower_text and ctx.text[a].isupper() and named and (named.group(1).lower() not in STOP_WORDS
                                                                       or not ctx.text[a:b].isupper() or re.match(r"\s+[A-Z]", ctx.text[b:b + 3])):
                continue  # "Kerrigan & Doyle Solicitors": the end of a company's name, "On Carer Payment", "The
                # Economist": a word of one (not a job's letters after a sentence's first word: "My GP referred me")
            if re.search(r"\b(?:other|another)\s+$", before) and phrase in _PERSON_JOBS:
                continue  # "the other driver's reg": a party to an accident, not a job
            if _OCC_NOT_AFTER.match(after) or re.search(r"\bthe\s+$", before) and re.match(r"'s\s+(?:office|surgery|practice|clinic)\b", after):
                continue  # "the doctor's office said": the practice (but "your doctor's office" names her doctor)
            mod = None if occ else _OCC_MODIFIER.search(before)
            if mod and mod.group(1) not in _STOPISH and _specialty(mod.group(1)):
                a -= len(before) - mod.start(1)
        for p in pols[:1]:
            cued = p in _AMBIGUOUS and phrase in _AMBIGUOUS[p]
            # a job title with its specialty ("x-ray technician") outranks the specialty word alone;
            # a possessive 's stays outside ("the driver's name")
            end = b - 2 * (low[b - 2:b] == "'s" and p != "medical_condition")  # but "Parkinson's" is the disease
            yield Cand(a, end, p, 0.91 if p == "occupation" and a < start else _score(p, phrase, cued))
        if phrase in ("social security", "national insurance") and re.match(r"\s+(?:number|card|#|no\b)", low[b:b + 12]):
            continue  # "social security number": a cue, not the agency
        if not pols and ("organization" in lists or "place" in lists):
            if phrase in _AS_WRITTEN and not _AS_WRITTEN[phrase](ctx.text[a:b]) \
                    or phrase in _NOT_BEFORE and _NOT_BEFORE[phrase].search(before):
                continue  # "SNAP" the programme, not "oh snap"; a Kia Rio
            if "place" in lists and everyday_word(ctx.text, a, b):
                continue  # "the china cabinet", "turkey sandwiches"
            body = BODY_AFTER.match(after) if "place" in lists and "organization" not in lists and lower_text else None
            if body:  # "i work for gauteng health", "isle of wight council", "bradford royal infirmary": a body named
                yield Cand(a, b + body.end(), "organization", 0.86)  # after its place, the place and its kind together
                continue
            cap = ctx.text[a].isupper() and not sentence_case_only(ctx.text, a, b)
            bare = _POSSESSIVE.sub("", phrase)
            if "organization" in lists and " " not in phrase and _VERB_USE.match(after) \
                    or ctx.text[a:b] == "Who" and ASKS.match(after):
                continue  # "just google it", "we can uber over": a brand used as a verb; "Who is...?": a question
            if re.match(r",?\s+speaking\b", after) and " " not in phrase and cap:
                continue  # "Pennine Removals, Chase speaking": the agent says their own name
            if "place" not in lists and ctx.text[a:b].isupper() and b - a <= 4 and re.match(r"[ -]?(?:\d{6}|\d{3,}[ -]\d{3})", ctx.text[b:b + 12]):
                continue  # "the serial is RTX 9914 2207": the letters of a code, no company
            if "first_name" in lists and (ADDRESSED.search(before) or re.match(r":\s", after)
                                          or bare in COMMON_ORG and not (
                    _ORG_CUE.search(before) or _ORG_AFTER.match(after))):
                continue  # "this is Marcus, how can I help", "I'll call Marcus tonight": a person, no bank
            named = (_phrase_is_name(phrase, ctx.text[a:b], after) or "place" in lists and (
                not everyday_place(low, a, b, lists) or _coordinated(place_spans, a, b, low, _BESIDE))) \
                if " " in phrase else _org_name(bare, lower_text)  # "moved to cape town", "south africa eastern cape",
            # not "a little rock"
            if named or cap \
                    or ("organization" in lists and bare not in COMMON_ORG - CUEABLE_ORG
                        and (_ORG_CUE.search(before) or _ORG_AFTER.match(after)
                             or bare in _CARD_BRANDS and _card_said(_CARD_BRAND_AFTER.match(after), before, low, a, b))) \
                    or ("organization" in lists and _coordinated(org_spans, a, b, low)):
                if "organization" in lists and not ((bare in COMMON_ORG or "place" in lists)
                                                    and ADDRESS_BEFORE.search(low[max(0, a - 120):a])):
                    yield Cand(a, b, "organization", 0.82)  # not "409 Pell Street, Providence, ..."
                else:  # a town where one works may be the employer's name ("a paramedic at Fairview"): the NER's firm wins
                    yield Cand(a, b, "location", 0.68 if _works_at(before) else 0.86 if " " in phrase and lower_text
                               else 0.74)  # case-less "cape town": the NER would read "cape" alone
    for m in _CLERGY.finditer(ctx.text):
        yield Cand(m.start(), m.end(), "occupation", 0.9)  # "Father Tadeusz will call you": a priest, then his name
    for rx in INJURY_RX:
        for m in rx.finditer(ctx.text):
            yield Cand(m.start(), m.end(), "injury", 0.9)
    for m in MED_PROCESS_RX.finditer(ctx.text):  # a procedure's name outranks a condition word inside it ("flu jab")
        yield Cand(m.start(), m.end(), "medical_process", 0.89)
    if _DENTAL_CTX.search(ctx.text):
        for m in _DENTAL_WORK.finditer(ctx.text):
            if m.group(0)[0].islower() or not re.search(r"\w\s+$", ctx.text[max(0, m.start() - 3):m.start()]):
                yield Cand(m.start(), m.end(), "medical_process", 0.8)  # not "the Crown pub"


# medical words no list can hold all of, known by their endings: "splenectomy", "colonoscopy",
# "gastritis", "lymphoma", "neuropathy"; words that only look medical are left out
_PROCEDURE_END = re.compile(r"\b[a-z]{3,}(?:(?:ectom|otom|ostom|oscop|plast|pex)(?:y|ies)|centes[ie]s|therapy|therapies|"
                            r"ograms?)\b")  # also "hydrotherapy", "audiogram", "mammogram"
_CONDITION_END = re.compile(r"\b[a-z]{3,}(?:itis|a?emia|algia|opathy|plegia|iasis|rrh?o?ea|penia|megaly|"
                            r"carcinoma|sarcoma|lymphoma|melanoma|blastoma|myeloma|glioma)\b"
                            r"|\b(?!(?:cache|data|dns|arp|model|seo|index|route|token|cookie|search)\b)[a-z]{4,} poisoning\b")
# "theobromine poisoning", not "cache poisoning"
# drugs by the stems of their international names: "semaglutide", "adalimumab", "apixaban", "olanzapine"
_DRUG_END = re.compile(r"\b[a-z]{3,}(?:mab|tinib|ciclib|parib|pril|sartan|olol|statin|prazole|conazole|cillin|mycin|"
                       r"floxacin|oxacin|cycline|tidine|dronate|gliptin|glutide|parin|xaban|gatran|vir|relix|relin|"
                       r"dipine|azepam|zolam|barbital|caine|oxetine|triptan|setron|lukast|terol|olone|isone|formin|"
                       r"glitazone|profen|fenac|coxib|semide|thiazide|azepine|apine|peridone|idone|tropin|rotide|"
                       r"trotide|tide)(?:-[a-z])?\b")
_LOOKS_MEDICAL = frozenset("sympathy empathy apathy antipathy telepathy homeopathy osteopathy naturopathy "
                           "hyperalgia nostalgia academia bohemia dichotomy trichotomy horoscopy spectroscopy "
                           "stereoscopy instagram telegram program programs histogram histograms hologram "
                           "holograms monogram pictogram kilogram kilograms milligram micrograms nanogram "
                           "epigram anagram cryptogram".split())  # English words of the dictionary with a medical ending


def recognize_medical_words(ctx: Ctx) -> Iterator[Cand]:
    """medical_process / medical_condition / drug for unlisted terms by their Greek and Latin endings
    and drug-name stems (an English word with such an ending, "riptide", "ravir", is left out)."""
    for rx, policy in ((_PROCEDURE_END, "medical_process"), (_CONDITION_END, "medical_condition"), (_DRUG_END, "drug")):
        for m in rx.finditer(ctx.lower):
            if m.group(0) not in _LOOKS_MEDICAL and not (policy == "drug" and (len(m.group(0)) < 7 or is_english(m.group(0)))):
                yield ctx.cand(m.start(), m.end(), policy, 0.7)
