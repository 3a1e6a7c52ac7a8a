"""Temporal recognizers: date, date_interval, date_of_birth, time, duration, person_age,
credit_card_expiration. All search the normalized view, so "march seventh nineteen
sixty one" reads as "march 7th 1961"."""

from __future__ import annotations

import re
from typing import Iterator

from piikit.detect.base import NAMED_AFTER, Cand, Ctx
from piikit.detect.english import base_words
from piikit.detect.spoken import UNITS
from piikit.detect.validators import card_shape

MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
          r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d)"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!s)"
SEASON = r"(?:spring|summer|autumn|fall|winter)"
DAY_OR_MONTH = re.compile(rf"{WEEKDAY}|{MONTH}", re.I)
"""A weekday's or a month's name, whole ("Friday", "Sept"): said of a date, no firm or name."""
_I = re.I

DATE_RX = [
    re.compile(rf"\b(?:{WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{_YEAR})?\b", _I),
    re.compile(rf"\b(?:{WEEKDAY},?\s+)?{MONTH}\s+(?:the\s+)?{_DAY}\b(?:,?\s+{_YEAR}\b)?(?!\s*(?:-|to|through)\s*\d)", _I),
    re.compile(r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2})\b"),
    re.compile(r"\b(?:0?[1-9]|[12]\d|3[01])[.-](?:0?[1-9]|1[0-2])[.-](?:19|20)\d\d\b"),
    re.compile(r"\b(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d{2})\b"),  # day first: 23/09/1987
    re.compile(r"\b(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])-(?:19|20)\d\d\b"),
    re.compile(r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"),
    re.compile(rf"\b(?:(?:this|next|last|on|every|until|by|before|after)\s+)?{WEEKDAY}\b", _I),
    re.compile(r"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b(?!/)"),
    # British, the month as an ordinal: "the 31st of the 1st, 68" (not "the 3rd of the 4th floor")
    re.compile(rf"\bthe\s+{_DAY}\s+of\s+the\s+(?:0?[1-9]|1[0-2])(?:st|nd|rd|th)(?:,?\s+(?:{_YEAR}|\d\d)\b)?"
               r"(?![ \t]*(?!(?:at|please|and|for|in|is|was|then)\b)[A-Za-z])", _I),
    re.compile(r"\b(?:the\s+)(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b(?!\s+(?:floor|time|grade|century|place|street|avenue|"
               r"day|week|month|year|call|attempt|try|one|1\b(?!:|\.\d|\s*[ap]\.?m)|thing|step|page|person|round|visit|payment|"
               r"installment|bill|statement|invoice|letter|email|notice|dose|appointment|session|shift|option|question|"
               r"number|digits?|name|part|half|line|box|item|order|charge|set|batch|stage|phase|course|lesson|class|"
               r"meeting|check|cheque|paycheck|deposit|result|test|scan|shot|injection|semester|trimester|child|baby|"
               r"room|seat|row|door|stop|exit|light|turn|block|lot|choice|draft|version|edition|episode|season|game|"
               r"hour|minute|go|refill|bag|package|parcel|delivery|claim|ticket|flight|leg|"
               r"of (?:the|my|his|her|their|our|your|these|those)\b))", _I),  # "fixed on the first call"
]
_DAY_BEFORE = re.compile(rf"\b{_DAY}(?:\s+of)?,?\s*$", _I)
_DATE_ANY = (rf"(?:{MONTH}\s+(?:the\s+)?{_DAY}|(?:the\s+)?{_DAY}\s+(?:of\s+)?{MONTH}|"
             r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:/(?:19|20)?\d\d)?)")
# spoken numeric dates ("oh four one five nineteen forty two" -> 04151942), only after a cue
_NUMERIC_DATE = re.compile(r"\b(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d\d\b"
                           r"|\b(?:0?[1-9]|1[0-2])(?:[ .-]|, ?)(?:0?[1-9]|[12]\d|3[01])(?:[ .-]|, ?)(?:19|20)?\d\d\b"
                           # day first: "29 08 71"; Whisper's commas between the parts too: "3, 14, 1985"
                           r"|\b(?:1[3-9]|2\d|3[01])(?:[ .-]|, ?)(?:0?[1-9]|1[0-2])(?:[ .-]|, ?)(?:19|20)?\d\d\b")
_DATE_CUE = re.compile(r"\b(?:born|birthday|birth date|birthdate|date of birth|d\.?o\.?b|d o b|dob|date|dated|"
                       r"delivered|on|shipped|happened|visit|appointment|since)\b[^.!]{0,25}$", _I)
RANGE_RX = [
    re.compile(rf"\b(?:between\s+|from\s+)?{_DATE_ANY}(?:,?\s+{_YEAR})?\s*(?:-|–|to|through|thru|until|till|and)\s*"
               rf"{_DATE_ANY}(?:,?\s+{_YEAR})?", _I),
    re.compile(rf"\b{_YEAR}\s*(?:-|–|to|through|until|and)\s*{_YEAR}\b", _I),
    re.compile(rf"\b(?:between\s+|from\s+)?{_DAY}\s*(?:-|–|to|through|and)\s*{_DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{_YEAR})?\b", _I),
    re.compile(rf"\b(?:between\s+|from\s+)?{MONTH}\s+{_DAY}\s*(?:-|–|to|through|and|until)\s*(?:{MONTH}\s+|the\s+)?{_DAY}\b(?:,?\s+{_YEAR})?", _I),
    re.compile(rf"\b(?:between\s+|from\s+){MONTH}\s*(?:-|–|to|through|and|until)\s*{MONTH}(?:,?\s+{_YEAR})?", _I),
]
INTERVAL_RX = [
    re.compile(rf"\b(?:early|mid|late|end of|beginning of|start of)?\s*{MONTH}(?:\s+of)?,?\s+{_YEAR}\b", _I),
    re.compile(r"\b(?:(?:early|mid|late|the)[- ])?(?:19|20)?\d0'?s\b", _I),
    re.compile(r"\b(?:the\s+)?(?:early\s+|mid\s+|late\s+)?(?:nineteen\s+)?(?:twenties|thirties|forties|fifties|"
               r"sixties|seventies|eighties|nineties)\b(?!\s*(?:years?|yrs?)?\s*old)", _I),
    # a season; "fall" and "spring" not as verbs ("somebody's going to fall", "I fall asleep", "fall under")
    re.compile(rf"(?<!\ba )(?<!\bbad )(?<!\bnasty )(?<!\bbig )(?<!\bsharp )(?<!\bhuge )(?<!\bsteep )"
               rf"\b(?:(?:this|last|next|early|late|in the|during the|the)\s+)?"
               r"(?!(?-i:SPRING|SUMMER|FALL|AUTUMN|WINTER)\b)(?:summer|autumn|winter|"
               r"(?<!\bto )(?<!\bwill )(?<!\bmight )(?<!\bcould )(?<!\bwould )(?<!\bcan )(?<!\bmay )(?<!\bdon't )(?<!\bdid )"
               r"(?<!\bnot )(?<!\bgonna )(?<!\bi )(?<!\bthey )(?<!\bwe )(?<!\byou )"
               r"(?:spring|fall(?!\s+(?:asleep|over|down|off|apart|behind|through|into|ill|short|back|out|in love|under|for|"
               r"in (?:prices?|sales|numbers|demand|value|rates?|profits?|income|the (?:price|market|rate|number)))\b)))"
               rf"(?:\s+(?:of\s+)?{_YEAR}|\s+(?:semester|term|quarter|break))?\b"
               # a kind of thing, not a time: "spring rolls", "spring-loaded", "the summer salad"
               r"(?!-loaded|\s+(?:rolls?|onions?|salads?|mattress)\b)", _I),
    re.compile(rf"\b(?:q[1-4]|(?:first|second|third|fourth) quarter)(?:\s+(?:of\s+)?{_YEAR})?\b", _I),
    re.compile(rf"\b(?:in|since|from|until|till|by|of|during|around|before|after|back in|circa|year)\s+({_YEAR})\b", _I),
    re.compile(rf"\b(?:in|since|from|until|till|by|during|around|before|after|of|this|next|last|early|late|mid)\s+({MONTH})\b", _I),
    re.compile(r"(?<![\w$.,:/-])(?:19[5-9]\d|20[0-3]\d)(?![\d%:/-]|\s*(?:dollars|bucks|people|miles|pounds|calories|"
               r"model|version|edition|square|customers|employees|units))"),
    re.compile(r"\b(?:january|february|april|june|july|september|october|november|december)\b(?!\s+\d)"),
    re.compile(r"\b(?:January|February|April|June|July|August|September|October|November|December)\b(?!\s+\d)"),
]
_TZ = (r"(?:\s*(?:est|edt|pst|pdt|cst|cdt|mst|mdt|et|pt|ct|mt|gmt|utc|bst|cet|ist|"
       r"eastern|pacific|central|mountain)(?:\s+time)?\b)?")
_AMPM = r"(?:a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
_COUNTED = (r"%|percent|years?|weeks?|days?|months?|hours?|minutes?|people|persons|guests|kids|children|times|items|"
            r"dollars|bucks|pounds|euros|stars|points|miles|kilos|pieces|units")
"""What a number before it counts: "Saturday 3 kids", "open 7 to 9 days", no clock."""
TIME_RX = [
    re.compile(rf"\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*{_AMPM})?{_TZ}", _I),
    re.compile(rf"\b(?:1[0-2]|0?[1-9])(?:[0-5]\d)?\s*{_AMPM}{_TZ}", _I),  # "11 pm", "1120 p m" (eleven twenty)
    re.compile(rf"\bbetween\s+((?:1[0-2]|[1-9])(?:\s*{_AMPM})?\s+(?:and|to)\s+(?:noon|midnight|(?:1[0-2]|[1-9])\s*{_AMPM}))", _I),
    re.compile(r"\b(?:1[0-2]|0?[1-9])\s*o'?\s?clock\b", _I),
    re.compile(r"\b(?:half past|quarter past|quarter to|quarter till|quarter after)\s+(?:1[0-2]|[1-9])\b", _I),
    # British "half five" is half past five: after a word of when, not before what it counts
    re.compile(r"\b(?:at|by|around|about|until|till|before|after|from|for|gone|it's|it is|is)\s+(half\s+(?:1[0-2]|[1-9]))\b"
               r"(?![.,]?\d|\s+(?:an?|of|the|my|your|dozen|hours?|days?|weeks?|months?|years?|miles?|kilos?|pounds?|"
               r"litres?|liters?|people|percent|times|price|off|more|and half|ml|mg|g|cups?|(?:tea|table)?spoons?|"
               r"tablets?|pills?|doses?)\b)", _I),
    re.compile(r"\b(?:(?:at|by|around|until|before|after|till)\s+)?(?:noon|midnight|midday)\b(?!\s+blue)"
               rf"(?:\s*(?:-|to|and|until|till)\s*(?:1[0-2]|[1-9])(?::[0-5]\d)?(?:\s*{_AMPM})?\b"
               r"(?!\s*(?:people|persons|guests|kids|children|times|days|hours|items|more|of)\b))?", _I),
    re.compile(r"\b(?:1[0-2]|[1-9])(?::[0-5]\d)?\s+(?:in the (?:morning|afternoon|evening)|at night|tonight)\b", _I),
    re.compile(rf"\b(?:at|by|around|until|till|before|after)\s+((?:1[0-2]|[1-9])[:.][0-5]\d\b(?:\s*{_AMPM})?{_TZ})", _I),
    # a clock time said sharp, or minutes past or to the hour: "at ten sharp", "ten past six", "twenty to five"
    re.compile(r"\b((?:1[0-2]|[1-9])(?::[0-5]\d)?\s+sharp)\b"
               r"|\b((?:5|10|20|25|five|ten|twenty|twenty[- ]five)\s+(?:past|to)\s+(?:1[0-2]|[1-9]))\b(?![.,]?\d|\s*(?:%|percent))"
               r"(?!\s+(?!(?:at|on|in|and|so|or|this|today|tomorrow|tonight|then|now|please|sharp|pm|am|in the)\b)[a-z]{2,})", _I),
    # the hour a day's plan is at, or its window: "saturday at four", "Saturday 10 to 12", "Deliveries come 7 to 9"
    re.compile(rf"\b{WEEKDAY}\s+(?:at\s+)?((?:1[0-2]|[1-9])(?::[0-5]\d)?(?:\s+(?:to|till|until|-)\s+(?:1[0-2]|[1-9])(?::[0-5]\d)?)?)\b"
               rf"(?![.,]?\d|\s*(?:{_COUNTED}|of|th|st|nd|rd|{MONTH})\b)", _I),
    re.compile(r"\b(?:open|opens|opening|slot|window|come|comes|shifts?|hours are|morning|afternoon|weekdays|weekends?|"
               r"work|works|working|runs)"
               r"(?:\s+(?:is|are|from))?\s+((?:1[0-2]|[1-9])(?::[0-5]\d)?\s+(?:to|till|until|-)\s+(?:1[0-2]|[1-9])(?::[0-5]\d)?)\b"
               rf"(?![.,]?\d|\s*(?:{_COUNTED})\b)", _I),
    # the 24-hour dial said with "hours": "report at seventeen hundred hours", "by 0930 hours" (not "1700 hours of work")
    re.compile(r"\b(?:at|by|around|until|till|before|after|from|since)\s+((?:[01]\d|2[0-3])[0-5]\d\s+hours)\b"
               r"(?!\s+(?:of|a|per|each|in total|total|on)\b)", _I),
]
UNIT = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|yrs?|decades?|centuries)"
_QTY = r"(?:\d+(?:\.\d+)?|one|half an?)"
DURATION_RX = re.compile(
    rf"\b(?:{_QTY}(?:\s*(?:-|to|or)\s*\d+)?(?:\s+and\s+a\s+half)?[\s-]+(?:more\s+|full\s+|whole\s+|business\s+|"
    rf"working\s+|calendar\s+|straight\s+)?{UNIT}"
    rf"(?:\s+and\s+(?:a\s+half|\d+\s+{UNIT}))?)\b(?![\s-]+(?:old|of age))", _I)
_DURATION_SOFT = re.compile(r"^(?:one|half an?)\s", _I)
_GENDER_SAID = r"male|female|man|woman|nonbinary|non-binary|intersex|genderqueer|transgender|trans"
# who a caller describes: "the guy driving looked about twenty five", "the driver was about fifty, bald"
_STRANGER = r"guy|man|woman|lady|bloke|boy|girl|kid|driver|person|suspect|male|female|fella|chap|dude|teenager"
# an age said again, put right: "He's seventy, uh, seventy two", "she's eighty, sorry, eighty one" (within five years:
# not a height or weight after it, "she's 32, 115, brown hair")
# (the fillers may be gone from the normalized text: "He's 70, 72, I think")
_AGE_FIXED = re.compile(r"(?:,?\s*(?:right|correct|yes|yeah)\?\s+(?:[A-Z][a-z]+:\s+)?|[,?]\s+(?:[A-Z][a-z]+:\s+)?|"
                        r"\.\s+(?:[A-Z][a-z]+:\s+)?(?=(?:yes|yeah|yep|no|sorry|actually)\b))"  # not "He's 9. 10, 11, 12"
                        r"(?:(?:uh|um|er|sorry|no|yes|yeah|yep|i mean|actually|wait)[,.]?\s+)*(\d{1,3})"
                        rf"(?=\s*(?:[.,!?;]|$|i think\b|years? old\b|now\b|next\b|this\b|come\b|in {MONTH}))", re.I)
# who an age is said of: "my son is seven", "the patient's 81"
_PEOPLE = (r"son|daughter|kid|kids|child|children|boy|girl|mother|mom|mum|mam|father|dad|wife|husband|brother|"
           r"sister|grandma|grandpa|grandmother|grandfather|granny|gran|nan|nana|grandad|granddad|baby|patient|"
           r"partner|friend|twins|grandson|granddaughter|niece|nephew|aunt|uncle|cousin|parents|"
           r"stepson|stepdaughter|stepmom|stepdad|spouse|fianc[eé]e?|boyfriend|girlfriend|teenager|toddler|"
           r"youngest|eldest|oldest|(?:little|middle|older|younger|big) one|traveler|traveller|passenger|applicant|claimant|"
           r"policyholder|client|tenant|student|apprentice|employee|mother-in-law|father-in-law|nonna|nonno|abuela|abuelo|"
           r"oma|opa|auntie|nani|dadi|lola|lolo|bubbe|babcia|babushka|ouma|oupa")
_AGE_RX = [
    re.compile(r"\b(\d{1,3})(?:\s*|-)(?:years?|yrs?|yr)(?:\s*|-)olds?\b", _I),
    re.compile(r"\b(\d{1,3})\s+(?:years?|yrs?)\s+of\s+age\b", _I),
    re.compile(r"\b(?:age|aged|ages|age of|age is|age (?:shows|says|reads|is listed as|shows as|on file is)|(?<!minimum )(?<!maximum )age for (?:the|this|your) (?:form|file|record)|turned|turning|turns|turn|"
               r"(?<!minimum )(?<!maximum )(?<!the )age for (?:the|this|your) [a-z]+(?= ?\?))"  # "confirm your age for the policy? 63"
               r"(?:,? please\?\s+(?:[a-z]+(?: \w)?:\s+)?|\?\s+[a-z]+(?: \w)?:\s+|[:?,.]?\s+)"  # "Your age, please? Caller: Forty-seven.", "age? B: 31"
               r"(?:(?:uh|um|er|it's|it is)[,.]?\s+)*(\d{1,3})\b(?!\s*(?:%|percent|dollars|minutes|hours|times|o'clock|am|pm|a\.m|p\.m|"
               r"and (?:up|over|under|older)\b))", _I),  # (not a box's "ages 8 and up")
    # the answer to the question: "how old is she? eighty seven.", "How old are you, for the form? Caller: 29.",
    # "how old were you when you were diagnosed? Mother: Nineteen.", "how old are you mister novak fifty two okay"
    re.compile(r"\b(?:how old|what age(?= (?:are|am|were|was|is (?:he|she|the|your|his|her|their|my|our)\b)))(?: are you| am i| were you| was (?:he|she)|(?:'s| is)(?: like)? (?:he|she|(?-i:[A-Z][a-z]+)|"
               r"(?:the|your|his|her|their|my|our)(?: [a-z]+)? (?:son|daughter|child|kid|baby|boy|girl|"
               r"mother|mom|mum|father|dad|wife|husband|brother|sister|patient|grandson|granddaughter|grandmother|"
               r"grandfather|partner|account holder|policyholder|policy holder|caller|driver|member|applicant|"
               r"passenger|student|client|customer|tenant|resident|victim|owner|youngest|eldest|oldest)))"
               r"(?!['’]s\b)(?![^.?!\d]{0,40}?\b(?:how many|how much|and (?:what|how|where|when|which))\b)"  # "your son's car"; a 2nd question
               r"(?:[^.?!\d]{0,50}[?.]\s+(?:[a-z]+(?: [a-z0-9])?:\s+)?"  # asked, then answered, maybe by a labelled turn
               r"|(?:\s+now)?(?:,?\s+(?!(?:in|at|on|by|for|after|when|since)\b)[a-z]+){0,2}\s+(?=she|he|i|\d))"  # unpunctuated
               r"(?:(?:mm-?hmm|um|uh|er|so|well|oh|yes|yeah|okay|hmm|i'?m|what'?s it|let'?s see|let me see)[,.]?\s+)*"
               r"(?:(?:she'?s|he'?s|i'?m|she is|he is|i am|just|about|almost|nearly|only|(?:he |she |i )?(?:just )?turned)\s+)?"
               r"(\d{1,3})\b(?=\s*(?:$|[.,!?;]|and\b|you know\b|um\b|uh\b|i think\b|great\b|okay\b|then\b|"
               r"do you\b|does\b|years?\b|next\b|in (?:may|june|july|august|september|october|november|december|january|february|march|april)\b|"
               r"\d{1,3}\s+(?:in|on|next|this|come)\b))", _I),  # "Eleven, twelve in June" (read "11 12 in June")
    re.compile(r"\b(?:i'?m|i am|he'?s|he is|she'?s|she is|(?:they'?re|they are|we're|we are)(?: both| all)?|you'?re|you are|"
               r"who is|who's|(?:that|which|it|this) (?:makes|would make|will make|'d make|'ll make) (?:you|me|him|her|them)|"
               r"(?:i|he|she|they|you) (?:was|were|will be|turned|turns|just turned)|when (?:i|he|she) was|"
               r"(?:i|he|she|they|you)'ll be|(?:i|he|she|they|you)'d be|"
               rf"(?:{_PEOPLE}|they)(?:'s| is| was| are| were|"
               r" will be| just turned| turned| turns|(?-i: [A-Z][a-z]+| [a-z]{3,})(?:'s| is| was| just turned| turned| turns)|"
               r" (?:in|from) [a-z]+(?: [a-z]+)?(?: is| was))?)(?:,\s+(?=uh|um|er|\d|only|just|about|almost|nearly)|\s+)"
               r"(?:(?:uh|um|er|i mean),?\s+)*(?:both\s+|all\s+)?(?:only\s+|just\s+|almost\s+|nearly\s+|about\s+|now\s+|over\s+|under\s+|like\s+|actually\s+|already\s+|still\s+)?(\d{1,3})\b(?![.,]\d)"
               # a head count, no age: "we're only four in the house", "there are six of us"
               r"(?!\s+(?:in (?:the|our|my|this|that) (?:house|home|household|family|flat|car|group|team|room)(?=\s*(?:[.,!?;]|$))"
               r"|of us|of them)\b)"
               r"(?!,?\s*(?:or\s+)?\d{1,3}\s+(?:hours?|minutes?|miles?|km|kilomet(?:re|er)s?)\b)"  # "is 8, 9 hours behind"
               # a height after it, its comma gone with the digits' ("He's eighty four, five seven, bald": "84 57,")
               r"(?=\s*(?:$|[.,!?;]|\d+\s*(?:foot|feet|ft)\b|[4-6](?:1[01]|\d)(?=[,.;]|\s+(?:about|and|with|tall|maybe)\b)|and\b|now\b|this\b|next\b|but\b|so\b|"
               r"(?:years?|yrs?)\b(?!\s+(?:behind|late|overdue|ago|in arrears|into|of|left|on|at|with|in)\b)|in\b|going\b|"
               r"soon\b|today\b|you\b|i\b|she\b|he\b|they\b|we\b|my\b|his\b|her\b|our\b|their\b|"  # "I'm 45 my phone is"
               r"um\b|uh\b|yeah\b|yes\b|yep\b|okay\b|right\b|actually\b|or\b|already\b|anyway\b|ma'am\b|sir\b|"
               r"at the time\b|when\b|last\b|on\b|by\b|myself\b|if\b|"  # "I'm 62 if that matters"
               r"can\b|could\b|will\b|would\b|should\b|does\b|did\b|is\b|has\b|had\b|still\b|with\b|which\b|for most\b|"
               r"do i\b|do we\b|do you\b|"  # "he's sixteen do i need to sign"
               r"male\b|female\b|transgender\b|trans\b|nonbinary\b|non-binary\b|"
               # who else the person is: "i am thirty married two kids", "he is seventy nine a retired firefighter"
               r"(?:an?\s+)?(?:retired|former|semi-retired|single|married|divorced|widowed|separated|engaged)\b(?!\s+[a-z]+s\b)))", _I),
    re.compile(r"\b(?:(?:kids|children|boys|girls|twins|they|sons|daughters) are|they'?re|ages|aged) (\d{1,2})(?! and (?:up|over|under|older)\b)"
               r"(?:,? (?:and )?(\d{1,2}))?"
               r"(?:,? (?:and )?(\d{1,2}))?\b"
               r"(?!\s*(?:%|percent|dollars|minutes|hours|days|weeks|months|feet|inches|inch|for|each|per|a|of|left|off|"
               r"apart|milligrams|mg|kilos|kg|pounds|lbs|cm|mm)\b)", _I),
    re.compile(r"\b(?:in (?:my|his|her|their|your) )(?:early |mid |late )?((?:twenties|thirties|forties|fifties|"
               r"sixties|seventies|eighties|nineties)|[2-9]0'?s)\b", _I),
    # one of a few words said of a person: "She's a widow, eighty-two, lives alone"
    re.compile(r"\b(?:i'?m|he'?s|she'?s|he is|she is),? (?:an? )?[a-z]+(?:,\s+[a-z]+){0,2},\s+(\d{1,3})(?:,|(?=\s+and\b(?!\s+\d)))", _I),
    # a description: "a white male mid thirties", "female, maybe late forties"
    re.compile(r"(?:(?<=male )|(?<=male, )|(?<=man )|(?<=man, )|(?<=guy )|(?<=lady )|(?<=maybe ))(?:early |mid |late )?"
               r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", _I),
    re.compile(r"\b(\d{1,3})(?:\s*|-)(?:months?|weeks?|days?)(?:\s*|-)old\b", _I),
    re.compile(r"\b(?:\d|two|three|four|five|six) (?:kids|children|boys|girls|sons|daughters),?\s+(?:ages?\s+)?"
               r"(\d{1,2})(?!\s+(?!and\b)[a-z]{3,})(?:,? (?:and )?(\d{1,2})(?!\s+(?!and\b)[a-z]{3,}))?"
               r"(?:,? (?:and )?(\d{1,2})(?!\s+[a-z]{3,}))?"
               r"\b(?!\s*(?:%|percent|dollars|minutes|hours))", _I),
    # said in a list of who someone is: "male, 58, date of birth ...", "trans man, seventy eight, separated",
    # "the patient is male, 46.", "genderqueer, fourteen, and"
    re.compile(rf"\b(?:{_GENDER_SAID}),\s+(\d{{1,3}})(?:,\s+(?=[a-z])|(?= and\b))", _I),
    re.compile(rf"\b(?:is|'s|was)\s+(?:a\s+)?(?:{_GENDER_SAID}),\s+(\d{{1,3}})(?=\s+and\b|\s*(?:[.!?;]|$))", _I),  # "the patient is male, 46."
    # a stranger described: "the guy looked about twenty five", "maybe 45, white, about six foot"
    re.compile(rf"\b(?:he|she|they|{_STRANGER})\b[^.?!]{{0,20}}?\b(?:look(?:s|ed|ing)?|seemed|seems)\s+(?:about|around|maybe|like|"
               r"roughly)\s+(\d{1,2})\b(?=\s*(?:[.,!?;]|$|or\b|and\b|in\b|with\b))", _I),
    re.compile(rf"\b(?:{_STRANGER})\b[^.?!]{{0,30}}?\b(?:maybe|about|around|roughly)\s+(\d{{1,2}}),\s+(?=(?:white|black|asian|"
               r"hispanic|latino|bald|skinny|stocky|heavyset|medium build|blond|blonde|gr[ae]y|male|female)\b)", _I),
    # ... or named by who they were and a guess: "older guy, maybe sixty.", "A young man, maybe twenty five, quite tall"
    re.compile(rf"\b(?:{_STRANGER}),\s+(?:maybe|about|around|roughly|probably|like)\s+(1[3-9]|[2-9]\d)\b(?![.,]\d)(?=\s*(?:[.,!?;]|$))", _I),
    # ... or how they were, a guess at the end: "the driver was maybe twenty.", "he was, uh, short, stocky, maybe thirty."
    re.compile(rf"\b(?:he|she|{_STRANGER})\s+(?:was|is)\b(?:[,\s]+(?:uh|um|er|like|short|tall|stocky|skinny|thin|heavy|heavyset|"
               r"big|small|white|black|bald|young|younger|older|blond|blonde|medium build|i'd say|i think))*[,\s]+"
               r"(?:maybe|about|around|roughly|like|probably)\s+(\d{1,2})\b(?=\s*(?:[.!?;]|$))", _I),
    # an age and the next one to come: "He's 84, 85 in November" (the comma may be gone with the words': "I'm 41 42 in June")
    re.compile(rf"\b(?:i'?m|he'?s|she'?s|he is|she is)\s+(\d{{1,3}}),?\s+(\d{{1,3}})\s+(?:in|on|next|this|come)\s+"
               rf"(?:{MONTH}|month|week|year|{SEASON})\b", _I),
    # an age things happen at: "At 39 you'd think I'd know better", "and at 56 it finally gave out" (not a clock's 1-12)
    re.compile(r"(?:^|[.!?,]\s+|\b(?:and|but|so|now)\s+)[Aa]t ((?:1[3-9]|[2-9]\d)),?\s+(?i:you'?d|you|i|i'?m|he|she|it|we|they|"
               r"that|your|my|with)\b(?!\s*(?:o'?clock|[ap]\.?m))"
               # (not the 24-hour clock's: "At 16 I finish my shift")
               r"(?!(?i:'ll|\s+(?:will|can|could|should|need|finish|start|leave|close|open|clock|get|go|come|"
               r"call|ring|have to|usually|always|normally)\b))"),
    # an age things began at: "a canadian citizen since i was twelve", "ever since she was 5"
    re.compile(r"\bsince (?:i|he|she|we|they) (?:was|were) (\d{1,2})\b(?!\s*(?:%|percent|dollars|minutes|hours|days|weeks|months|"
               r"years|o'?clock|am|pm|a\.m|p\.m)\b)", _I),
    # a patient described as "41, female", "67 M"
    re.compile(r"(?<![\d/.:-])\b(\d{1,3}),?\s+(?:male|female|(?-i:M|F)\b)(?![\w-])", _I),
    # a status, a sex, then the age: "i am single male forty one and i need a quote"
    re.compile(rf"\b(?:single|married|divorced|widowed|separated),? (?:{_GENDER_SAID}),?\s+(\d{{1,3}})(?=,|\s+and\b|\s*[.!?]|\s*$)", _I),
]
DOB_WORD = r"(?:\b(?:born|birthday|birth date|birthdate|date of birth|dob|birth)\b|\bd\.o\.b\.?|\bd o b\b)"
# the cue in the same clause, or in a question just before the answer ("...date of birth? It's March 14"),
# also after the other half of the answer ("name and date of birth? Alondra Reyes. And, uh, June 3rd, 1979")
# or the question written with a stop, as ASR often does ("And your date of birth. June 30th 1958.")
_DOB_CUE = re.compile(rf"{DOB_WORD}(?:[^.!]{{0,25}}|[^.!?]{{0,70}}\?(?:[^.!?]{{1,30}}\.)?[^.!?]{{0,30}}"
                      r")$"
                      r"|\b(?:date of birth|birth ?date|dob|d\.?o\.?b\.?|d o b)(?: please)?\.\s*"
                      r"(?:(?:um|uh|er|yes|yeah|sure|okay|ok|it's|it is|that's|that is|so)[,.]?\s+){0,3}$", _I)
_SHORT_YEAR = re.compile(r",?\s+\d\d\b(?![\d:/.-]|\s*(?:[ap]\.?m\b|o'?clock|years?|yrs?|percent|%))", _I)  # "march 5, 85"
EXP_WORDS = r"expir\w*|exp|expiry|valid,? (?:thru|through)|good (?:thru|through)"
_EXP_TAIL = r"\b\.?(?:[^.?!]{0,40}|[^.?!]{0,20}\?[^.?!]{0,15})$"
# asked further back, answered after a speaker's label: "the expiration date on the card? Caller: Yeah, it's"
_EXP_ASKED = re.compile(rf"\b(?:{EXP_WORDS})\b\.?[^.?!]{{0,20}}\?[^.?!\d]{{0,25}}$", _I)
_EXP_CUE = re.compile(rf"\b(?:{EXP_WORDS}){_EXP_TAIL}", _I)
# "good until", "runs out": an expiry only when the sentence is about a card (not a sale or a prescription)
_EXP_SOFT = re.compile(rf"\b(?:valid,? (?:until|till)|good (?:until|till)|runs? out|date on (?:it|the card|the front)){_EXP_TAIL}", _I)
# read straight after the card's number, as a card is read out: "4111 1111 1111 1111, 12/25, 123"
# a card number as written (4-4-4-4, Amex 4-6-5 or run together), and an expiry right after one
CARD_WRITTEN = r"(?:(?:\d{4}[ -]?){3}\d{1,4}|\d{4}[ -]\d{6}[ -]\d{5}|\d{13,19})"
EXPIRY_WRITTEN = rf"(?:(?:0?[1-9]|1[0-2])\s?/\s?(?:20)?\d\d|(?:0[1-9]|1[0-2])(?:20)?\d\d|{MONTH}\s+(?:20)?\d\d)"
_AFTER_CARD_NUMBER = re.compile(rf"\b{CARD_WRITTEN},?\s+$")
# the cue named right after the value: "2/28/68, that's my birthday", "ten twenty eight, that's the expiration"
_DOB_AFTER = re.compile(rf"{NAMED_AFTER}{DOB_WORD}", _I)
_EXP_AFTER = re.compile(rf"{NAMED_AFTER}(?:expiration|expiry|exp)\b", _I)
# MM/YY, MMYY, MYY ("nine twenty seven" -> 927), Month YY(YY); only ever read after an expiry cue
_EXP_RX = re.compile(rf"\b(?:(?:0?[1-9]|1[0-2])\s*(?:/|-|\s)\s*(?:20)?\d\d|(?:0[1-9]|1[0-2])(?:20)?\d\d|[1-9](?:20)?[2-4]\d|"
                     rf"{MONTH}\s*(?:of\s+)?(?:20\d\d|'?\d\d))\b"
                     r"(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|dollars|bucks|percent|%))", _I)
_OTHER_DOC = re.compile(r"\b(?:passport|licen[cs]e|id card|membership|lease|warranty|permit|registration|commission|"
                        r"certificate|certification|contract|subscription|trial|coupon|voucher|prescription|inspection|"
                        r"domain|tag|sticker)\b", _I)
_CARD = re.compile(r"\b(?:card|visa|mastercard|amex|discover|cvv|cvc)\b", _I)
_CARD_RUN_BEFORE = re.compile(r"\d{4}[ -]\d{4}[ -]\d{4}[ -]$")
_LAST_DIGITS = re.compile(r"\b(?:ends? in|ending(?: in| with)?|last (?:four|4|digits)(?: are| is)?)[\s,:]*$", _I)


def _card_context(low: str) -> bool:
    """Whether an expiry cue in `low` is about a payment card (not a passport, lease...)."""
    return bool(_CARD.search(low)) or not _OTHER_DOC.search(low)


def _after_card(before: str) -> bool:
    """Whether `before` ends with a card number (an issuer's prefix and length; ASR may mishear a digit)."""
    m = _AFTER_CARD_NUMBER.search(before)
    d = re.sub(r"\D", "", m.group(0)) if m else ""
    return bool(m) and card_shape(d) and not re.search(r"\d[ -]?$", before[:m.start()])


def _expiry_cued(low: str, a: int, b: int) -> bool:
    """Whether the value at a:b of the lower-cased text is named as a card's expiry, before or after it."""
    before = low[max(0, a - 70):a]
    return bool(_EXP_CUE.search(before) or _EXP_AFTER.match(low[b:b + 40])
                or (_EXP_ASKED.search(before) and _CARD.search(low, max(0, a - 200), b + 100))
                or (_after_card(low[max(0, a - 60):a]) and re.fullmatch(EXPIRY_WRITTEN, low[a:b].strip(), _I)
                    and not re.match(r"\s*(?:\d{1,2}\b|\d{5})", low[b:b + 7]))
                or (_EXP_SOFT.search(before) and _CARD.search(low, max(0, a - 200), b + 100)))
# four digits read one by one after a code's name ("a pin of two zero one nine"): the code, not a year (a year
# may be dictated so too: "born in one nine six two")
_DIGIT_BY_DIGIT = re.compile(rf"(?:(?:{'|'.join(UNITS)})[\s,-]+){{3,}}(?:{'|'.join(UNITS)})", _I)
_CODE_NAMED = re.compile(r"\b(?:pin|code|passcode|password|number|no)\b[^.?!\d]{0,20}$")
_YEAR_SAID = re.compile(r"\b(?:born|in|since|year|until|till|from|by|of|graduated|married|moved)\s+$")
_HOLIDAY_DATES = re.compile(r"\b(?:christmas|new year'?s) (?:eve|day)\b", _I)


# what is said just before a price by the month: "it is nineteen ninety nine a month", "the plan's fourteen ninety nine"
PRICED_BEFORE = re.compile(r"\b(?:plan|plan's|subscription|membership|package|bundle|cost|costs|price|pay|paying|charge|charged|"
                     r"fee|rent|it'?s|it is|that'?s|that is|only|just|now|at|is|not|for|be)\s+(?:(?:is|was|about|around|like|only|just)\s+)?$")


def recognize_dates(ctx: Ctx) -> Iterator[Cand]:
    """date, date_interval and date_of_birth (a date with a birth cue just before)."""
    for rx in DATE_RX:
        for m in rx.finditer(ctx.norm):
            yield from _dob_or(ctx, m.start(), m.end(), "date", 0.85)
    for rx in RANGE_RX:
        for m in rx.finditer(ctx.norm):
            yield from _dob_or(ctx, m.start(), m.end(), "date_interval", 0.9)
    for i, rx in enumerate(INTERVAL_RX):
        for m in rx.finditer(ctx.norm):
            a, b = m.span(1) if rx.groups else m.span()
            if re.match(MONTH, ctx.norm[a:b].strip(), _I) and _DAY_BEFORE.search(ctx.norm, max(0, a - 30), a):
                continue  # "14 August 2022", "the seventeenth of August, 2025": the month and year of a whole date
            if re.fullmatch(r"(?:19|20)\d\d", ctx.norm[a:b]) \
                    and re.match(r"\s+(?:a|per)\s+(?:month|week|night)\b(?!\s+(?:ago|after|before|later|late|early|earlier)\b)",
                                 ctx.lower[b:b + 30]) \
                    and PRICED_BEFORE.search(ctx.lower, max(0, a - 30), a):
                continue  # "nineteen ninety nine a month", "the plan is 1999 a month": a price (19.99), no year
            if _DIGIT_BY_DIGIT.fullmatch(ctx.text[slice(*ctx.view.orig(a, b))]) \
                    and (_CODE_NAMED.search(ctx.lower, max(0, a - 30), a) or not _YEAR_SAID.search(ctx.lower, max(0, a - 20), a)):
                continue
            yield from _dob_or(ctx, a, b, "date_interval", 0.88 if i < 4 else 0.8)
    for m in _NUMERIC_DATE.finditer(ctx.norm):
        if _DATE_CUE.search(ctx.lower[max(0, m.start() - 40):m.start()]):
            yield from _dob_or(ctx, m.start(), m.end(), "date", 0.8)
    for m in re.finditer(r"\b(?:\d{5,8}|\d{4} (?:19|20)?\d\d)\b", ctx.norm):  # "nine fourteen sixty eight" -> 91468
        said = m.group(0).replace(" ", "")  # (after a birth cue; "one two one five twenty twenty five" -> 1215 2025)
        if _mdy(said) and _DOB_CUE.search(ctx.lower[max(0, m.start() - 130):m.start()]):
            yield ctx.cand(m.start(), m.end(), "date_of_birth", 0.93)
        elif len(said) == 8 and _mdy(said) and said[4:6] in ("19", "20") \
                and not re.search(r"\d", ctx.text[slice(*ctx.view.orig(*m.span()))]):
            # "expires oh five two oh twenty twenty one": a date said digit by digit (a code's name said wins)
            cued = _DATE_SAID_CUE.search(ctx.lower[max(0, m.start() - 30):m.start()])
            yield ctx.cand(m.start(), m.end(), "date", 0.85 if cued else 0.81)


_DATE_SAID_CUE = re.compile(r"\b(?:expires?|expired|expiring|expiry|expiration|issued|dated|due|on|until|till|by|since|"
                            r"from|valid (?:until|through|thru))\s+(?:date\s+)?(?:is\s+|was\s+)?$")


def _mdy(d: str) -> bool:
    """Whether a digit run splits into month, day and a 2- or 4-digit year (91468, 04151942)."""
    for ml in (1, 2):
        for dl in (1, 2):
            mo, day, yr = d[:ml], d[ml:ml + dl], d[ml + dl:]
            if mo[0] != "0" or ml == 2:
                if 1 <= int(mo) <= 12 and 1 <= int(day or 0) <= 31 and (
                        len(yr) == 2 or (len(yr) == 4 and yr[:2] in ("19", "20"))):
                    return True
    return False


_NINE_DIGITS_NEXT = re.compile(r"[,\s]+(?:\d[,\s-]*){9}(?![\d,\s-]*\d)")
_NAME_BEFORE = re.compile(r"(?:^|[.?!]\s+|,\s+)(?:[A-Za-z][a-z'’-]+\s+){1,2}[A-Za-z][a-z'’-]+,?\s*$")


def _in_identity_list(ctx: Ctx, a: int, b: int) -> bool:
    """A dated year between a name and a nine-digit number ("Lori Rose, 14 December 2009, 705-95-9925"):
    a birth date in the list a caller verifies with."""
    return bool(re.search(r"\d{2}\b", ctx.norm[a:b])) and bool(_NINE_DIGITS_NEXT.match(ctx.norm, b)) \
        and bool(_NAME_BEFORE.search(ctx.norm, max(0, a - 40), a))


def _dob_or(ctx: Ctx, a: int, b: int, policy: str, score: float) -> Iterator[Cand]:
    """The plain date reading, plus date_of_birth or card expiration when a cue says so."""
    yield ctx.cand(a, b, policy, score)
    if _DOB_CUE.search(ctx.lower[max(0, a - 130):a]) or _DOB_AFTER.match(ctx.lower[b:b + 40]) or _in_identity_list(ctx, a, b):
        short_year = _SHORT_YEAR.match(ctx.norm, b) if re.search(r"[a-z]", ctx.norm[a:b], re.I) else None
        yield ctx.cand(a, short_year.end() if short_year else b, "date_of_birth", 0.95)  # "born june fifth ninety nine"
    elif _expiry_cued(ctx.lower, a, b) and _EXP_RX.fullmatch(ctx.norm[a:b].strip()) and _card_context(ctx.around(a, b)):
        yield ctx.cand(a, b, "credit_card_expiration", 0.95)


def recognize_expiration(ctx: Ctx) -> Iterator[Cand]:
    """credit_card_expiration: MM/YY, "March 2027", "11 27" right after an expiry cue."""
    for m in _EXP_RX.finditer(ctx.norm):
        if re.match(MONTH, m.group(0), _I) and _DAY_BEFORE.search(ctx.norm, max(0, m.start() - 30), m.start()):
            continue  # "expires 22 January 2024": a whole date, no card's month and year
        if re.match(r"\s+(?:is|was)\s+(?:the|my|your)\s+(?:cvv2?|cvc|security code|code|pin)\b", ctx.lower[m.end():m.end() + 30]):
            continue  # "expires March 2027, 724 is the code": the code named after it
        if _LAST_DIGITS.search(ctx.lower, max(0, m.start() - 25), m.start()) \
                or re.fullmatch(r"\d{4}", m.group(0)) and _CARD_RUN_BEFORE.search(ctx.norm, max(0, m.start() - 25), m.start()):
            continue  # "Card ends in 1147, expiry 11/26", "5424 1802 7979 1142, exp 11/27": the card's last group
        if _expiry_cued(ctx.lower, m.start(), m.end()) and _card_context(ctx.around(m.start(), m.end())) \
                and not re.search(r"\b(?:cvv2?|cvc2?|cid|csc|cvn|code|pin|back|security (?:number|digits)|verification)\b[^\d]*$",
                                  ctx.lower[max(0, m.start() - 25):m.start()]):
            yield ctx.cand(m.start(), m.end(), "credit_card_expiration", 0.96)
    for m in _EXP_BARE.finditer(ctx.norm):  # a month or a year alone, said as a card's end: "it expires next march"
        if _CARD.search(ctx.around(m.start(), m.end())) and not _OTHER_DOC.search(ctx.lower, max(0, m.start() - 60), m.start()) \
                and not _NOT_PAYING_CARD.search(ctx.lower, max(0, m.start() - 60), m.start()):
            yield ctx.cand(m.start(1), m.end(1), "credit_card_expiration", 0.95)


_NOT_PAYING_CARD = re.compile(r"\b(?:gift|store|loyalty|insurance|library|id|membership|member|health|medicare|medicaid|"
                              r"vote|voter|sim|key|rewards?|residence|green|student|bus|rail|travel|oyster)\s+card\b")
# a card's month or year alone after its expiry verb: "it expires next march", "the card is good until 2031"
_EXP_BARE = re.compile(rf"\b(?:expir(?:es|ing|ed)|exp|good (?:until|till|thru|through)|valid (?:until|till|thru|through))\s+"
                       rf"(?:in\s+|on\s+|at the end of\s+)?(?:next\s+)?({MONTH}|20[2-4]\d)\b(?!\s*(?:/|-)?\s*\d)", _I)


def recognize_time(ctx: Ctx) -> Iterator[Cand]:
    """Clock times: 19:37:28, 10pm EST, 3 o'clock, half past four, at noon."""
    for rx in TIME_RX:
        for m in rx.finditer(ctx.norm):
            if _EXP_CUE.search(ctx.lower[max(0, m.start() - 30):m.start()]) or _spoken_not_clock(ctx, m):
                continue
            a, b = m.span(m.lastindex) if m.lastindex else m.span()
            yield ctx.cand(a, b, "time", 0.88)
    yield from _bare_times(ctx)


# a price said like a clock ("it costs about seven fifty", "they charged me around twelve forty")
_PRICE_BEFORE = re.compile(r"\b(?:costs?|costing|price[sd]?|paid|pay|charged?|owe|owed|fee|bill|sale|sells?|sold|"
                           r"spent|refund(?:ed)?|dollars|bucks)\b[^.?!\d]{0,25}$", _I)


# ... or an oven's heat in degrees ("bake it at three fifty till it's golden", "preheat to four twenty five")
_OVEN_BEFORE = re.compile(r"\b(?:bake|baked|baking|preheat|preheated|roast|roasting)\b[^.?!\d]{0,25}$", _I)


def _spoken_not_clock(ctx: Ctx, m: re.Match) -> bool:
    """Whether a time read from number words without am/pm comes right after a price word or an oven's."""
    said = ctx.text[slice(*ctx.view.orig(*m.span()))]
    before = ctx.before(m.start(), 40)
    return not re.search(r"\d|[ap]\.?\s?m\b|o'?clock|morning|afternoon|evening|night", said, _I) and bool(
        _PRICE_BEFORE.search(before) or _OVEN_BEFORE.search(before) and re.search(r"\b(?:two|three|four|five)\b", said, _I))


_HOUR = r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?![\d.,:]\d|\w)"
_HM = r"(?:1[0-2]|[1-9])[0-5]\d"  # an hour and its minutes said as words and joined by the reader ("six fifteen" -> 615)
# an hour said without am/pm: after a preposition of time, or a range ("from 1 to 4", "between 4 and 6")
# (a comma may stand where a filler was: "we close at, uh, nine"; the end of a range may be an hour and its minutes said
# as words, "from nine to five thirty", read "9 to 530")
_BARE_TIME = re.compile(rf"\b(?:at|by|until|till|til|around|after|before|since|from|between),?\s+"
                        rf"(?:(?:about|around|like|maybe|roughly|approximately|say),?\s+)?"
                        rf"({_HOUR}(?:\s*(?:-|to|and|until|till)\s*(?:{_HOUR}|noon|midnight|(?P<hm>{_HM})\b))?)", _I)
# what may follow a clock time: the clause ends, or a day or part of it ("on Saturday", "that day", "sharp");
# any other word is what the number counts ("at 5 people", "from 1 to 4 stars", "at nine I moved")
_TIME_FOLLOWS = re.compile(r"\s*(?:$|[.,?!;:)]|(?:on|tonight|last night|today|yesterday|tomorrow|this|that|every|"
                           r"each|sharp|ish|-ish|or so|and|or|then|so|but|if|because|when|instead|latest|at the latest|please|"
                           r"is best|onwards|"
                           r"okay|ok|right|um|uh|er|erm|"
                           r"in the (?:morning|afternoon|evening)|at night|weekdays|weekends|"
                           r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b)", _I)
# the clause is about the time something happens: opening hours, appointments, arrivals, shifts, calls
_TIME_TOPIC = re.compile(
    r"\b(?:open|opens|opening|opened|close|closes|closing|closed|hours|check[- ]?in|check[- ]?out|appointment|appt|"
    r"pick(?:ing)? (?:\w+ )?up|pickup|pick-up|drop(?:ping)? (?:\w+ )?off|drop-off|arriv\w*|meet|meeting|"
    r"call|calls|calling|called|callback|reach me|exams?|ring|best|shift|party|start(?:s|ing|ed)?(?! with)|finish|finishes|"
    r"end|ends|leave(?! it)|leaving|come|comes|coming|came|be there|be here|be home|be back|get there|get here|"
    r"ready|get off|off work|work|lunch|dinner|breakfast|flight|departs?|departure|lands|landing|boards?|boarding|"
    r"class|service|mass|reservation|booked|book|schedule|scheduled|slot|available|availability|what time|"
    r"delivery|deliver|deliveries|visit|visiting|tech|technician|window|session|interview|doors|begins?|"
    r"wake|sleep|bed|tonight|today|tomorrow|morning|afternoon|evening|weekdays|weekends|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", _I)
# ...and not a count, a level, a price or an age ("prices start at 9", "the pain is at 7", "kids start at 5")
_NOT_TIME_TOPIC = re.compile(
    r"(?:[$£€%]|\b(?:price|prices|cost|costs|plan|plans|fee|fees|rate|rates|bid|bidding|dollars|bucks|size|sizes|"
    r"score|scored|points?|goals?|tied|pain|scale|level|levels|rating|stars?|number|numbers|count|volume|"
    r"temperature|thermostat|degrees|speed|mph|version|pages?|chapters?|questions?|grade|ranked|rank|percent|age|aged|old|"
    r"years?|kids?|children|son|daughter|baby|toddler)\b)", _I)


_STOP = re.compile(r"[.!?](?=\s)")
_STOP_OR_END = re.compile(r"[.!?](?=\s|$)|$")
SENTENCE_MAX = 400
"""Farthest a sentence reaches from a value: text without full stops (case-less ASR) is no one sentence."""


def _sentence_start(low: str, a: int) -> int:
    """Where the sentence that holds position `a` starts, at most `SENTENCE_MAX` characters before it."""
    lo = max(0, a - SENTENCE_MAX)
    return max((m.end() for m in _STOP.finditer(low, lo, a)), default=lo)


def _asked_start(low: str, a: int) -> int:
    """Where the sentence that holds position `a` starts, or the question before it when it follows one."""
    start = _sentence_start(low, a)
    return _sentence_start(low, start - 1) if start and low[start - 1] == "?" else start


def sentence_of(low: str, a: int, b: int) -> str:
    """The sentence around a:b, with the question before it when it is one ("When do you open? At ten.")."""
    start = _asked_start(low, a)
    end = _STOP_OR_END.search(low, b, b + SENTENCE_MAX).start()
    return low[start:end]


_AT_AGE = re.compile(r"(?:^|[.?!]\s+)at\s+\S+,$")  # "At six, she started school" (searched near the value only)


def _bare_times(ctx: Ctx) -> Iterator[Cand]:
    """Clock times without am/pm ("we close at nine", "check-out is at 11", "Sunday, from 1 to 4"), when
    the clause is about when something happens and nothing after the number says it counts something."""
    for m in _BARE_TIME.finditer(ctx.norm):
        a, b = m.span(1)
        if m.group("hm") and re.search(r"\d", ctx.text[slice(*ctx.view.orig(a, b))]):
            continue  # "from 9 to 530" written: no clock
        # a range of hours may run on into the next clause ("thursday between 8 and 12 i'm at work then")
        ranged = re.search(r"\d\s*(?:-|to|and|until|till)\s*\d", m.group(1)) and not _COUNTED_AFTER.match(ctx.lower, b) \
            and not _counted_range(ctx.lower, b)
        if not (_TIME_FOLLOWS.match(ctx.lower, b) or ranged) or _AT_AGE.search(ctx.lower, max(0, m.start() - 20), b + 1):
            continue  # "At six, she started school": an age
        clause = sentence_of(ctx.lower, a, b)
        if _TIME_TOPIC.search(clause) and not _NOT_TIME_TOPIC.search(clause):
            yield ctx.cand(a, b, "time", 0.88 if m.group(1).endswith(("noon", "midnight")) else 0.7)  # (over "noon" alone)
    for m in _SPOKEN_HM.finditer(ctx.norm):
        a, b = m.span("hm")
        if re.search(r"\d", ctx.text[slice(*ctx.view.orig(a, b))]) or not _TIME_FOLLOWS.match(ctx.lower, b):
            continue  # written digits ("745") or a count ("six fifteen people")
        if m.group("prep") or _PART_OF_DAY.match(ctx.lower, b) or (
                m.group("offer") and _SLOT_ASKED.search(ctx.before(a, 150))):
            yield ctx.cand(a, b, "time", 0.7)


_COUNTED_AFTER = re.compile(rf"\s*(?:{_COUNTED}|of|out of)\b", _I)
_PLURAL_AFTER = re.compile(r"\s+(?:(?:wrong|right|more|less|extra)\b|(?:[a-z]+\s+)?([a-z]{3,})s\b)")
_TIMES_OF_DAY = frozenset("day weekday weekend night morning evening afternoon".split())


def _counted_range(low: str, b: int) -> bool:
    """Whether what follows a range of small numbers says it counts things: "between 3 and 4 missed calls", "from 6 to 8
    wrong" (not "from 9 to 5 weekdays", "between 8 and 12 i'm at work")."""
    m = _PLURAL_AFTER.match(low, b)
    return bool(m) and (m.group(1) is None or m.group(1) in base_words("noun") and m.group(1) not in _TIMES_OF_DAY
                        and not DAY_OR_MONTH.fullmatch(m.group(1)))


# hour and minutes said as words that the reader joined ("six fifteen" -> 615): after a preposition of
# time (also past a filler: "since like six fifteen"), before a part of the day, or offered as a slot
_SPOKEN_HM = re.compile(r"\b(?:(?P<prep>(?:at|by|until|till|around|after|before|since|from)\s+"
                        r"(?:(?:like|about|around|maybe|roughly|um|uh)\s+)?)"
                        r"|(?P<offer>(?:i have|i've got|i got|how about|what about|there's|we have|i can do|can you do)"
                        r"\s+))?"
                        rf"(?P<hm>{_HM})\b", _I)
_PART_OF_DAY = re.compile(r"\s*,?\s*(?:tonight|last night|this (?:morning|afternoon|evening)|tomorrow (?:morning|"
                          r"afternoon|evening|night)|in the (?:morning|afternoon|evening)|at night)\b", _I)
_SLOT_ASKED = re.compile(r"\b(?:what time|appointment|slot|opening|available|availability|time works)\b", _I)


_ONE_MOMENT = re.compile(r"(?:one|1) (?:second|sec|minute|min|moment)", _I)
_WAIT_BEFORE = re.compile(r"(?:hang on|hold on|wait|just|give me|gimme)\s*$")
_CHECKING_BEFORE = re.compile(r"\b(?:let me|lemme|hold on|hang on|bear with me)\b[^.?!]{0,20}[,.]\s*$")
_TURN_OPENS = re.compile(r"(?:^|[.?!]|\b(?:uh|um|oh|okay|ok|yes|yeah|sure))[\s,]*$")
_HOW_LONG = re.compile(r"\bhow (?:long|much time)\b")


def _filler(ctx: Ctx, m: re.Match, before: str) -> bool:
    """Whether "one second" is said to hold the line, no duration: "hold on one second", "Let me check, one
    second.", "One second... 9876", "One second, my phone is dying" (a minute only in the first three ways)."""
    if not _ONE_MOMENT.fullmatch(m.group(0)):
        return False
    after = ctx.lower[m.end():m.end() + 4]
    return bool(_WAIT_BEFORE.search(before) or _CHECKING_BEFORE.search(ctx.lower, max(0, m.start() - 40), m.start())
                or re.match(r"\s*(?:\.\.\.|…)", after)
                or "min" not in m.group(0).lower() and _TURN_OPENS.search(before) and re.match(r"\s*[,;-]", after)
                and not _HOW_LONG.search(ctx.lower, max(0, m.start() - 60), m.start()))


def recognize_duration(ctx: Ctx) -> Iterator[Cand]:
    """Durations: a number plus a unit of time (8 months, 27 minutes, two to three weeks)."""
    for m in DURATION_RX.finditer(ctx.norm):
        soft = bool(_DURATION_SOFT.match(m.group(0)))
        before = ctx.lower[max(0, m.start() - 12):m.start()]
        if re.search(r"\b(?:last|next|this|past|the)\s+$", before) and soft:
            continue
        if re.search(r"\bago\b", ctx.lower[m.end():m.end() + 5]) and soft:
            continue
        if _filler(ctx, m, before):
            continue
        if re.match(r"['’]s?\s+(?:rent|pay|salary|wages|supply|worth|deposit|interest)\b", ctx.lower[m.end():m.end() + 12]):
            continue  # "one month's rent", "two weeks' pay": an amount
        yield ctx.cand(m.start(), m.end(), "duration", 0.6 if soft else 0.8)


# animals and things whose age is said like a person's: "my dog is seven", "the boiler's about twelve years old"
_ANIMAL = (r"dog|dogs|cat|cats|puppy|pup|kitten|horse|pony|parrot|budgie|bird|rabbit|bunny|hamster|guinea pig|"
           r"tortoise|pet|beagle|labrador|lab|terrier|greyhound|spaniel|collie|poodle|retriever|husky|tabby")
_AGED_THING = (rf"(?:{_ANIMAL}|"
               r"car|truck|van|vehicle|boiler|furnace|roof|house|fridge|freezer|washer|dryer|dishwasher|laptop|computer|"
               r"tv|bike|boat|tyres|tires|battery|mattress|water heater|heater|engine|printer|router|tree|"
               r"building|club|company|business|shop|store|firm|school|church|restaurant|charity)")
# how sure an age is said: "my dog's about seven", "he's like nine"
_AGE_HEDGES = r"about|around|almost|nearly|only|just|like|now|maybe"
# an animal or a thing as the subject the number follows ("my dog is seven", "a greyhound, about six years old"), or
# asked about ("How old is the dog? Caller: He's seven.")
_THING_AGED = re.compile(
    rf"(?:\b{_AGED_THING}(?:'s|\s+is|\s+was|\s+will be|\s+turns|\s+turned)?"
    rf"|\bhow old(?:'s| is| was) (?:the|your|his|her|their|my|our) (?:[a-z]+ )?{_AGED_THING}(?:\s+now)?\?(?:\s+[a-z]+(?: [a-z0-9])?:)?"
    r"(?:\s+(?:he|she|it)(?:'s| is))?)"
    rf",?\s+(?:(?:{_AGE_HEDGES}|over|under)\s+)?$", _I)
# ...or "he's twelve" in a sentence of an animal and no person: "it's just me and the dog now, and he's twelve"
_PRONOUN_AGED = re.compile(rf"\b(?:he'?s|she'?s|he is|she is|(?P<it>it'?s))(?:[,\s]+(?:{_AGE_HEDGES}|old|uh|um))*[,\s]+$", _I)
_PERSON_SAID = re.compile(rf"\b(?:{_PEOPLE}|{_STRANGER}|owner|owners|neighbou?r|mr|mrs|ms|miss)\b", _I)
_THING_SAID = re.compile(rf"\b{_AGED_THING}\b", _I)
_ANIMAL_SAID = re.compile(rf"\b(?:{_ANIMAL})\b", _I)
_YEARS_OLD = re.compile(r"\d{1,3}\s*(?:years?|yrs?)[\s-]+old\b")


def _aged_thing(ctx: Ctx, a: int) -> bool:
    """Whether the age at `a` is an animal's or a thing's: said of one ("my dog is seven", "How old is the beagle now?
    He's nine") or by "he's" in a sentence that talks of an animal ("it's": of a thing) and of no other person ("the
    dog's friendly, he's old, he's like nine"; not "My son walks the dog, he's nine")."""
    if _THING_AGED.search(ctx.lower, max(0, a - 90), a):
        return True
    pronoun = _PRONOUN_AGED.search(ctx.lower, max(0, a - 40), a)
    if not pronoun:
        return False
    if pronoun.group("it") and _YEARS_OLD.match(ctx.lower, a):
        return True  # "it's about twenty years old so you'll hear it coming": no one is "it"
    start = max(_asked_start(ctx.lower, a), a - 150)  # (a case-less call is no one sentence)
    said = _THING_SAID if pronoun.group("it") else _ANIMAL_SAID  # "she came off her bike ..., she's twelve": hers
    if not said.search(ctx.lower, start, a) or _PERSON_SAID.search(ctx.lower, start, a):
        return False
    s0, a0 = ctx.view.orig(start, a)  # "Tom was feeding the cat, he's 16": a person named
    return not (ctx.doc is not None and any(e.label_ == "PERSON" and s0 <= e.start_char < a0 for e in ctx.doc.ents))


def recognize_age(ctx: Ctx) -> Iterator[Cand]:
    """person_age: "27 years old", "I'm 27", "aged 75", "turned forty", "in my thirties"; not a pet's or a thing's."""
    for i, rx in enumerate(_AGE_RX):
        for m in rx.finditer(ctx.norm):
            g = m.group(1) if rx.groups else m.group(0)
            if g.isdigit() and not 0 < int(g) <= 125:
                continue
            a, b = m.span(1) if rx.groups else m.span()  # the number only: "a 34-year-old", "in my thirties"
            if _aged_thing(ctx, a):
                continue
            yield ctx.cand(a, b, "person_age", 0.9 if i in (0, 1, 6) or not rx.groups else 0.82)
            fixed = _AGE_FIXED.match(ctx.norm, b) if g.isdigit() else None
            if fixed and 0 < int(fixed.group(1)) <= 125 and abs(int(fixed.group(1)) - int(g)) <= 5:
                yield ctx.cand(fixed.start(1), fixed.end(1), "person_age", 0.82)  # "He's seventy, uh, seventy two"
            for k in range(2, rx.groups + 1):
                if m.group(k):
                    yield ctx.cand(m.start(k), m.end(k), "person_age", 0.82)
