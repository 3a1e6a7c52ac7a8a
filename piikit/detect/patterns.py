"""Pattern recognizers with validators and cue words: contact and technical strings,
amounts, blood types, body measurements and street addresses."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from piikit.detect import validators as v
from piikit.detect.base import (ADDRESS_BEFORE, ANSWER_AFTER, GENERIC_DESK, NAMED_AFTER, POSTAL_PIN_BEFORE,
                                STATE_CODES_LOWER, Cand, Ctx)
from piikit.detect.english import BARE_CONTRACTIONS, base_words, is_english, is_verb
from piikit.detect.ids import CUES, cue_at, is_cue
from piikit.detect.lexicons import ANALYTES, fold, name_towns, tables, word_towns
from piikit.detect.ner import EVERYDAY_TOWNS, is_lower, is_name, town_lean, used_as_town
from piikit.detect.spoken import DIGIT_WORD, FILE_EXTS, TENS, TLDS, UNITS
from piikit.detect.temporal import MONTH, PRICED_BEFORE, UNIT, WEEKDAY, sentence_of

_I = re.I
EMAIL_RX = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+%-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
URL_RX = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)]"
    rf"|(?<![@\w.-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:{TLDS})\b(?:/[^\s<>\"']*[^\s<>\"'.,;:!?)])?", _I)
IPV4_RX = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]*\d)")
IPV6_RX = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
_VERSION_BEFORE = re.compile(r"\b(?:firmware|version|ver|v|build|release|update|software|ios|android)"
                             r"(?:\s+(?:is|was|number|no))?[\s:.]*$")  # "firmware 4.2.0.11": a version, no address
HANDLE_RX = re.compile(r"(?<![\w.])@[A-Za-z_][\w.]{1,30}\b")
# sites and games whose accounts are named by a handle
_SITES = ("instagram|insta|tiktok|twitter|snapchat|github|gitlab|discord|reddit|threads|twitch|telegram|youtube|steam|"
          "xbox|psn|playstation|roblox|fortnite|minecraft")
# "the password they gave me was", "the login they set up for me is": who chose it, between the name and the value
_GIVEN = (r"(?:\s+(?:that\s+)?(?:they|you|he|she|i|we|it|the (?:bank|school|office|agent|system|app|site))\s+"
          r"(?:gave|sent|set|made|assigned|issued|created|chose|picked|use|used|generated|emailed|texted)"
          r"(?:\s+(?:me|us|him|her|up|you))?(?:\s+for\s+(?:me|us|him|her|you))?)")
_USER_CUE = re.compile(rf"\b(?:(?:sign|signed|signing|log|logged|logging) (?:in|on) as|user ?name\b(?:\s+on file)?(?:\s+(?:for|on) (?:the|my|your|our)(?: [a-z]+){{1,2}}(?:'s|\s+(?:is|was|it's|:|would be|will be)|,)|{_GIVEN}(?:\s+(?:is|was|it's|:|would be|will be))?|(?:'s|\s+(?:is|was|it's|:|would be|will be))?)|(?:user id|login id|sign[ -]in (?:name|id))\b(?:'s|\s+(?:is|was|it's|:|would be|will be)|\?)?|"
                       r"(?:login|log in|handle|screen name|gamertag|account name|my user|"
                       # "His Twitch name is X", "the admin account is X", "my login got changed to X"
                       rf"(?:{_SITES}|gamer) (?:name|handle|username|user name|id|tag)|"
                       r"(?:admin|administrator|work|school|windows|network|domain) (?:account|login|user)(?: name)?)"
                       rf"\b(?:\s+(?:for|on) (?:the|my|your|our)(?: [a-z]+){{1,2}})?{_GIVEN}?(?:'s|\s+(?:is|was|it's|:|would be|will be)|\?|,)|"
                       r"(?:login|username|user name|handle|user id) (?:got |was |has been )?(?:changed|updated|reset|switched) to|"
                       # "my instagram is at maricel dot bakes", "his github is"
                       rf"(?:my|his|her|their|our|your) (?:{_SITES})(?: account| handle)?(?:\s+(?:is|was|it's)|:)|"
                       r"(?:signed up|registered|logged in|log in|go|goes|went) (?:as|by))"
                       r"(?:\s+is it)?(?:\s+(?:just|actually|still|now))?(?:\s+at)?[\s:,]+(?:(?:uh|um|let me (?:find|see|check)(?: it)?|hold on|one sec)[\s,.]+)*$", _I)
# asked for, the answer after the question: "What username are you using? emrod_teach", "Which app
# login do you use? nadia.abrahams" (above "logged in with", a password's cue)
_USER_ASKED = re.compile(r"\b(?:user ?name|login(?! password| pin| code| passcode)|screen name|gamertag|sign[- ]in id|user id|login id)\b[^.?!]{0,35}"
                         rf"{ANSWER_AFTER}(?:\s+(?:it's|it is|i made it|i use))?(?:\s+at)?[\s:,]+$", _I)
# what a security question asks for, by its name: one list for the cue before an answer here and for the
# names and places answered to it (registry.security_answers)
SECURITY_QUESTION = (r"secret (?:answer|word)|(?:security|verification) (?:answer|question answer|word)s?|"
                     r"memorable (?:word|answer|information|question|name|place|date)|"
                     r"(?:(?:mother|mom|mum|mama)'?s )?(?<!\bmy )(?<!\bher )(?<!\byour )(?<!\bunder )maiden name|"
                     r"(?:first |childhood )?pet'?s name|first pet was named|"
                     r"(?:first|favou?rite) (?:car|pet|school|teacher|boss|street|color|colour|food|movie|book|band|team)|"
                     r"childhood (?:friend|hero|nickname|street)|(?<!\bmy )(?<!\bour )childhood best friend|"
                     r"street (?:i|you) grew up on|city (?:i|you) were born in")
# an answer, then the question it answers: "The answer's Peanut, that was my first dog"
_ANSWER_THEN_QUESTION = re.compile(
    rf"\b(?:the |my )?answer(?:'s| is| was| would be)\s+([A-Za-z][\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?),?\s+(?:that'?s|that was|it'?s|it was|"
    rf"which is|which was|was|after|like)\s+(?:my |the |our )?(?:{SECURITY_QUESTION}|(?:first|childhood) (?:dog|cat|pet|car|job|"
    r"school|house|street|friend)|(?:dog|cat|pet)'?s name)\b", re.I)
# the answer told as a story: "first pet, it was a dog called biscuit"
_PET_CALLED = re.compile(r"\b(?:first|childhood) (?:pet|dog|cat)\b[^.?!]{0,30}?\b(?:called|named)\s+([A-Za-z][\w'-]*)", re.I)
_PASS_CUE = re.compile(rf"(?<![\w-])(?:(?:new |old |temporary |temp |current |wifi |wi-fi |account |login |admin )?"
                       r"(?:password|passcode|pass code|passphrase|pass phrase|passwd|(?<!kra )(?<!tax )pin(?: number| code)?|"
                       r"access (?:key|code)|(?:door|gate|alarm|lockbox|garage|keypad|entry|building) code|"
                       r"api key|secret key|license key|product key|code word|secret word|"
                       r"safe word|verbal password|security word|security pin|(?:a|my|the|his|her) (?:pin|passcode)(?: number| code)? of)|"
                       rf"{SECURITY_QUESTION}|"
                       r"answer (?:to (?:my|the|your) (?:[a-z]+ ){0,2}question )?(?:is|was)|"
                       # "the security question is the city I was born in, so Tulsa"
                       r"(?:security|verification|secret) (?:question|answer)(?:'s| is| was) [^.?!]{3,45}?,?\s+"
                       r"(?:so|and it'?s|it'?s|which is|(?:and )?that'?s|(?:and )?(?:that|it) would be)|"
                       # "For the security question I put Ridgemont."
                       r"security question,? (?:i|we) (?:put|used|chose|picked|set|gave)|"
                       r"(?:(?:reset|changed|change|update|updated) it|(?:reset|changed|change|update|updated|set) "
                       r"(?:my|the|our|his|her|your) (?:[\w-]+ )?(?:password|pin|passcode)) to|"  # "I changed the Wi-Fi password to, um, ..."
                       r"logged in with|log in with|"
                       # a PIN chosen as it is set: "a purchase PIN for parental controls, four digits. B: Let's do 2 6 8 1"
                       r"(?<!drop a )(?<!dropped a )(?<!send a )(?<!sent a )(?<!me a )(?:pin|passcode)\b[^?!]{0,60}\b(?:let'?s|i'?ll|we'?ll|i will|we will) "
                       r"(?:do|use|go with|make it|pick|choose))"
                       # "passphrase on the account?", "the passcode for the app is"
                       r"\b(?:'s)?(?:\s+on file)?(?:\s+(?:on|for) (?:it|(?:the|your|my) (?:[a-z]+ )?(?:account|card|app|login|portal|phone|"
                       r"email|router|wi-?fi|laptop|computer|tablet|safe))\??)?"  # "the phone password on it is"
                       rf"{_GIVEN}?{ANSWER_AFTER}?"  # "I need your password. Okay, 49%horse"
                       r"(?:,?\s+(?:is|was|it's|would be|should be|will be|:))?(?:\s+(?:just|actually|still|now|"
                       r"like|probably))?[\s:,?—–]+(?:(?:oh|um|uh|er|erm|hmm|gosh|god|well|let me think)[\s,.!—–]+)*"
                       r"(?:(?:that|it) (?:would be|was|is|'d be)\s+|(?:that'?s|it'?s|that'd be|it'd be)\s+)?$", _I)
# the bare name before a value: "login: kim.jonathan", "sure, login brittanyolson95", "user name, it's sdixon"
_USER_BARE = re.compile(r"\b(?:login|log-in|user ?name|user id|handle|(?<=the )user)(?:\s*:|,)?\s+(?:it'?s\s+|it is\s+)?$", _I)
# a handle named after it: "gamer_4471 is my gamertag"
_USER_AFTER = re.compile(rf"{NAMED_AFTER}(?:user ?name|gamer ?tag|handle|screen name|login)\b", _I)
_HANDLE_TALK = re.compile(rf"\b(?:user ?names?|handle|login|log in|signed in|sign in|account name|gamertag|screen name|"
                          rf"{_SITES}|password|passcode)\b[^.!]*$")
_PASS_WORD = re.compile(r"\b(?:password|passcode|passphrase|pass phrase|temporary one)\b(?![^.?!]*\b(?:user ?name|login|handle)\b)")
# a handle's shape: three letters or more with digits, a dot or an underscore inside ("dokonkwo78", "sarah.k.lin"),
# not a code's capitals ("N20441873"), a web address ("help.site.io") nor a decimal
_HANDLE_SHAPE = re.compile(r"(?<![\w@.:/-])(?=[A-Za-z]*[a-z]{3})(?=[\w.]*(?:\d|[a-z][._][a-z]))[A-Za-z][a-z0-9]*(?:[._][A-Za-z0-9]+)*"
                           r"(?![\w@]|\.[A-Za-z0-9])")
# where a login is talked of in the same sentence and no password, PIN or code is named after it
_LOGIN_NAMED = re.compile(r"\b(?:user ?names?|logins?|log ?in|logged in|log on|sign ?in|signed in|net ?id|portal id|user id|"
                          r"account name|screen name)\b(?![^.!]*\b(?:password|passcode|pin|code|email|e-mail)\b)[^.!]*"
                          # or asked in the sentence before and answered now: "I can't remember my username. Caller: It's ..."
                          r"(?:[.!?]\s+(?:[A-Za-z]+(?: [A-Z0-9])?:\s+)?(?:(?:it's|it is|yes|yeah|sure|okay|ok)[,.]?\s+)+)?$")
_AT_DOMAIN = re.compile(r"\s+(?:at|@)\s+[a-z]")  # "jamal.reed at icloud.com": an address, not a handle
_HANDLE_TOKEN = re.compile(r"(?<![\w@.])[A-Za-z][\w.]*(?![\w@])")  # then: has "_" or a digit
# words that name a programmer's identifier, not a person's handle: "the variable is max_value"
_ON_PLATFORM = re.compile(r"\s+on\s+(?:instagram|insta|twitter|tiktok|facebook|snapchat|threads|reddit|discord|"
                          r"linkedin|github|telegram|twitch|youtube|x)\b")
_CODE_WORD = re.compile(r"\b(?:file|variable|setting(?! (?:it|that|this|them|him|her|up|back)\b)|function|field|column|config|folder|table|class|method|"
                        r"parameter|flag|key|option|env|python|code)\b[^.?!]{0,25}$", _I)
_TOKEN = re.compile(r"[^\s,;]+")
_STOP_VALUE = re.compile(r"^(?:the|a|an|my|your|and|or|but|is|was|it|that|this|to|for|on|in|of|what|me|us|him|her|them|sorry|"
                         r"yeah|yep|yup|uh|um|so|well|sure|thanks|thank|hmm|mm-hmm|oh|broken|disabled|suspended|"
                         r"blocked|compromised|hacked|already|up|down|private|public|gone|deleted|active|inactive|closed|"
                         r"same|not|no|yes|correct|right|please|okay|ok|going|gonna|i|you|number|code|"
                         r"page|screen|button|field|portal|again|something|anything|what|which|"
                         r"reset|change|changed|expired|expires|expiring|aged|locked|wrong|incorrect|case|too|invalid|required|"
                         r"needed|being|getting|supposed|at|like|probably|usually|longer|short|long|different|"
                         r"written|saved|stored|sent|working|wrong|weak|strong|also|still|now|then|there|here|"
                         r"blank|empty|set|on|off|new|old|fine|good|bad|hard|easy|simple|forgotten|named|called|name|"
                         r"give|done|two-step|two-factor|"
                         r"are|do|does|did|should|would|will|can|could|have|has|had|be|been|just|you're|"
                         r"link|updated|update|requirements|rules|manager|hint|strength|reset|sent|accepted|"
                         r"user|username|email|option|options|digit|digits|once|we|they|he|she|him|them|us|though|account|app|login|"
                         r"itself|myself|yourself|himself|herself|themselves|"
                         r"anymore|either|yet|oh|um|uh|er|erm|hmm|gosh|god|well|let|"
                         # what is said of a password, not the password: "the password comes in the email"
                         r"comes?|came|goes|went|expires|works|worked|needs|keeps|gets|got|must|might|may|resets|"
                         r"from|under|over|with|into|pad|expire|never|temporary|permanent|default|automatically|"
                         r"changes|arrives|arrived|appears|shows|says|"
                         # a clause goes on after the word: "choose a new password when you next log in"
                         r"when|whenever|where|wherever|anywhere|everywhere|somewhere|while|until|unless|if|because|"
                         r"since|as|by|than|ever|really|basically|quite|very|pretty|super|kinda|literally|answer|"
                         r"actually|honestly)$", _I)
# when something was done to it, said right after the cue: "I reset my password yesterday" (not "the password is Friday")
_WHEN_DONE = re.compile(rf"^(?:today|yesterday|tonight|tomorrow|twice|{WEEKDAY}|recently|lately|earlier|later|before|"
                        r"after|soon|asap|immediately|every|last|next)$", _I)
# the words of a name with spaces before its written end, after the file it names ("the file tax return 2023.pdf")
_FILE_WORDS = re.compile(r"(?:\b(?i:file|document|attachment|spreadsheet|upload|photo|picture|image|scan|pdf)(?:s|'s)?\s+"
                         r"(?:(?i:is|was)\s+)?(?:(?i:called|named|titled|labelled|labeled)\s+)?"
                         r"|\b(?i:saved|save|saving|named|renamed|called)\s+(?:it|them|the file)\s+(?:as\s+)?)"
                         r"((?:(?!(?i:uploaded|shared|forwarded|sent|opened|attached|saved|emailed|yesterday|today|"
                         r"earlier|here|there)\b)[A-Za-z0-9]+\s+){1,4})$")
_NOT_IN_FILE_NAME = frozenset("the a an my your his her their our it this that to of in on for with and or is was i you "
                               "he she we they".split())
# written only (said aloud, "dot ai" is more often a web address): design files, archives, media
_WRITTEN_EXTS = "ai|eps|ods|odp|rar|7z|m4v|wmv|aac"
FILE_RX = re.compile(
    rf"(?<![\w@/.-])(?:[A-Za-z]:\\\\|~?/)?(?:[\w.-]+[/\\\\])*[\w-]+(?:\.[\w-]+)*\.(?:{FILE_EXTS}|{_WRITTEN_EXTS})\b"
    r"(?![.@]\w)", _I)
_CUR_SYM = (r"(?:GH[₵¢]|(?:US|CA|AU|A|C|NZ|HK|NT|S|J|TT|EC|BZ|BB|N|FJ|SI|WS|T|G|BD|KY|BM)\$|[$£€¥₹₦₵₱₩₪₺₴₽₫฿₡₲₸৳₮]|R\$|KSh|Ksh|(?-i:TSh|USh)|"
            # the rand's, the kwacha's and the pula's or peso's letter before a sum with its thousands or before a fee: "K1,250",
            # "a R120 dishonour fee", "anything over P2,000"
            r"(?-i:[RKP])(?=\d{1,3}(?:,\d{3})+\b|\d{2,4}\s+(?:[a-z]+\s+)?(?:fee|charge|a month|per month|monthly)\b)|"
            r"(?:(?:RM|(?-i:Rp)|\$U)(?=\s?\d)|S/(?:\.\s?|\s)(?=\d))|N(?=\d{1,3}(?:,\d{3})+))")
_RAND_GROUPED = re.compile(r"(?<![\w-])R\s?\d{1,3}(?:,\d{3})+(?:\.\d\d)?\b")  # rand: "R4,500" (grouped, so no "R2")
# ... and, once the rand is in use, a sum of it written whole where a price is said: "on a R4,500 fridge that's R450
# today" (not a road, a model or a room: "the R61", "a BMW R1250", "room R204")
_RAND_WHOLE = re.compile(r"\b(?:that's|it's|is|was|be|of|about|around|only|just|paid|pay|cost|costs|for)\s+(R\d{3,6}(?:\.\d\d)?)"
                         r"(?![\w-]|[.,]\d)", re.I)
# a price said as shops end them, dollars and then ninety-nine, ninety-five or forty-nine cents: "it was eighty nine
# ninety nine", "the eighty-four ninety-nine charge", "the twenty nine ninety nine plan" (never a year: no teens first)
_SPOKEN_PRICE = re.compile(rf"(?<![\w-])((?:{'|'.join(TENS)})(?:[\s-](?:{'|'.join(w for w, n in UNITS.items() if n)}))?"
                           r"[\s-](?:ninety[\s-](?:nine|five)|forty[\s-]nine))(?![\w-])"
                           r"(?=\s*(?:$|[.,?!;]|charge|plan|a month|per month|a year|each|for|on|plus|and|but|dollars?|bucks))", re.I)
_ISO_FIRST = re.compile(r"[A-Z]{3}\s?\d")  # "CLP 38.500": a sum by its currency's code, surer than a code of letters and digits
_NOT_SHOP = r"\b(?!\s+(?-i:General|Tree)\b)"  # "a Dollar General", "the Dollar Tree": shops, no sums
_CUR_WORD = (r"(?:dollars|dollar" + _NOT_SHOP + r"|bucks|cents?|pence|pesos?|euros?|pounds?(?! of)(?!\s+(?:bags?|box(?:es)?|sacks?|weights?|dumbbells?|turkey|bird|dog|baby|fish|bass|bear|"
             r"child|kid|boy|girl|toddler|infant|man|woman|cat|puppy|ones|one\b|"
             r"cake|bucket|block|bar|tub|jar|can|roll|package|pack|pail|drum)\b)|quid|yen|yuan|renminbi|rmb|rupees?|"
             r"rupiah|rubles?|roubles?|francs?|kronor|krona|krone|kroner|(?:korunas|koruna)\b|won(?!')|reais|real(?=\s*(?:[.,?!]|$))|"
             r"rands?|dirhams?|shekels?|naira|kobo|cedis?|pesewas|shillings?|ringgit|baht|riyals?|rials?|liras?|"
             r"(?:kip|riels?|kyats?|dalasis?|leones|gourdes|escudos|ariary|afghanis|rufiyaa|tugriks?|t[öo]gr[öo]gs?|ngultrum|"
             r"meticais|metical|florins?|cfa|k[čc]|zł)(?!\w)|kr\.?(?!\w)(?!\s*\d)|[€₫]|"
             r"lire|zlotys?|zloty|(?:złotych|złotys|złote|złoty|pula)\b|forints?|dinars?|taka|kwacha|birr|hryvnias?|"
             r"(?:(?<=\d\d )soles|(?<=hundred )soles|(?<=thousand )soles|(?<=million )soles|kr[oó]nur|pa['’]anga|guaran[ií]es|guaran[ií]|c[oó]rdobas?|balboas?|tala|vatu|kina|somoni|soms|"
             r"(?:(?<=\d\d )|(?<=hundred )|(?<=thousand )|(?<=million ))(?:drams?|som|crowns)|(?<=\.\d\d )(?-i:KM)|denars?|marka|lek|bitcoins?|btc|ether|"
             r"kwanzas?|ouguiyas?|emalangeni|lilangeni|patacas?|maloti|loti|nakfa|kwanza|leones?|dobras?)\b|"
             r"usd|eur|gbp|cad|aud|bob|(?:lei|leu|leva|kuna|colones|quetzales|lempiras?|bolivianos?|tenge|manat|lari|(?:(?<=thousand )|(?<=million )|(?<=billion )|(?<=vietnamese )|(?<=000 ))dong)\b|"
             r"(?<!\d{5} )grand|(?<!\d{6})k\b(?!\s*(?:hdr|tv|uhd|ultra|video|resolution|screen|monitor|display|streaming)\b))")  # not "8810442793k": a reference
# whose currency, said between the amount and its word: "1,500 Kenyan shillings", "200 US dollars"
_CUR_OF = (r"(?:(?:us|u\.s\.|american|canadian|australian|new zealand|hong kong|singapore|kenyan|ugandan|"
           r"tanzanian|nigerian|ghanaian|south african|indian|pakistani|sri lankan|mexican|philippine|swiss|"
           r"swedish|norwegian|danish|japanese|chinese|korean|saudi|egyptian|turkish|polish|brazilian|jamaican|"
           r"trinidad and tobago|trinidadian|barbadian|bahamian|east caribbean|fijian|namibian|zambian|malawian|"
           r"rwandan|ethiopian|moroccan|tunisian|algerian|jordanian|kuwaiti|emirati|qatari|omani|israeli|russian|"
           r"ukrainian|czech|hungarian|romanian|bulgarian|serbian|thai|indonesian|malaysian|taiwanese|argentine|"
           r"argentinian|chilean|colombian|peruvian|uruguayan|dominican|cuban|icelandic|botswana|zimbabwean|cfa|"
           r"west african cfa|central african cfa|congolese|rwandan|burundian|guinean|malagasy|djibouti|djiboutian|"
           r"comorian|"
           r"guyana|guyanese|belize|belizean|barbados|bahamas|cayman|cayman islands|fiji|solomon islands|brunei|liberian|"
           r"liberia|namibia|jamaica|trinidad|seychelles|seychellois|mauritian|samoan|tongan|bermudian|bermuda|surinamese|"
           r"eastern caribbean|new taiwan|ec|e\.c\.|tt|bds|nt|hk)\s+)")
_NUM = r"\d[\d,]*(?:\.\d{3})*(?:\.\d+)?"  # "Rp 1.200.000" too
# nouns that name a price: "the deductible is 500", "my salary was 65000"
_PRICE_NOUN = (r"(?:hourly rate|day rate|pay rate|rate of pay|price|cost|bill|total|fee|charge|balance|amount|rent|payment|"
               r"premium|copay|co-pay|co pay|deductible|installment|salary|wage|income|estimate|quote|refund|overdraft|"
               r"excess(?! baggage| luggage| weight))")
_SCALE = r"(?:\s?(?:thousand|million|billion|trillion|k|m|bn|lakhs?|crores?)\b)?"
MONEY_RX = [
    re.compile(rf"(?<![A-Za-z0-9]){_CUR_SYM}\s?{_NUM}{_SCALE}(?:\s+(?:dollars|usd))?", _I),
    # "11 pounds 50", "3 quid 50": sterling and its pence
    re.compile(rf"(?<!seat )(?<!row )(?<!gate )(?<!room )(?<!aisle )(?<![\d,])\b{_NUM}{_SCALE}\s?{_CUR_OF}?{_CUR_WORD}"
               rf"(?:\s+and\s+\d+\s+cents?|(?:(?<=pounds)|(?<=pound)|(?<=quid))\s\d\d\b"
               rf"(?!\s*(?:[:.]\d|percent|%|kilos?|people|{UNIT})))?", _I),
    re.compile(r"\b\d+\s+and\s+a\s+half\s+(?:grand|thousand|million|billion|quid|pounds|dollars|bucks|euros)\b", _I),  # "4 and a half grand"
    # British notes by name: "a fiver for parking", "two tenners"; "a grand" said alone
    re.compile(r"(?<=\ba )(?:fiver|tenner)\b|\b(?:one|two|three|four|five|\d)\s+(?:fivers?|tenners?)\b"
               r"|\ba grand(?=\s*(?:[.,?!]|$)|\s+(?:for|on|a|per|each|to|or|in)\b)", _I),
    re.compile(rf"\b(?:usd|eur|gbp|cad|aud|inr|rs\.?)\s?{_NUM}{_SCALE}", _I),
    _RAND_GROUPED,
    # rand written whole after what is paid: "I paid R450", "the slip says R540" (not "an R32", "table under R4471")
    re.compile(r"\b(?:paid|pay|paying|cost|costs|charged|owe|owed|spent|came to|comes to|"
               r"(?:fee|total|balance|deposit|excess|rent|price|bill)(?:[^.?!\d]{0,25}?\s(?:is|was|of))?)\s+(R\d{3,6}(?:\.\d\d)?)(?![\w-])"),
    # or a price said with what it is for, or as the last word: "it's R185 after medical aid", "the slip says R540."
    re.compile(r"\b(?:it's|it is|that's|that'll be|says)\s+(R\d{3,6}(?:\.\d\d)?)(?=\s+(?:after|for|each|per|a month|"
               r"plus|including|in total|total)\b|[.!?]|$)"),
    re.compile(rf"\b(?:USD|EUR|GBP|CAD|AUD|MXN|JPY|INR|CNY|CHF|BRL|ZAR|NZD|SEK|NOK|KRW|NGN|GHS|KES|PKR|EGP|AED|"
               rf"SAR|THB|MYR|IDR|PLN|HUF|CZK|HKD|SGD|DKK|PHP|TZS|UGX|RWF|ZMW|VND|COP|CLP|ARS|PEN|TRY|RUB|UAH|ILS|"
               rf"QAR|KWD|BDT|LKR|NPR|MAD|XOF|XAF|ETB|BBD|ANG|AWG|XCD|TTD|JMD|BSD|BZD|GYD|SRD|HTG|DOP|CRC|GTQ|HNL|NIO|PYG|"
               rf"UYU|MZN|BTN|MNT|MMK|LAK|KHR|MVR|FJD|PGK|WST|KZT|UZS|GEL|AMD|AZN|RON|BGN|RSD|ISK|MUR|SCR|MGA|MWK|BWP|"
               rf"NAD|AOA|CDF|TND|DZD|GMD|GNF|JOD|BHD|OMR|IQD|LBP)\s?(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}})(?:\.\d+)?{_SCALE}(?!\w|,\d)"),
    # (no long digit run: "member ID XOF 882 417 309" is a code)
    re.compile(r"\b(?:cost|costs|costed|paid|pay|paying|charged?|charges|refund(?:ed)?|price|owe|owed|balance(?: is| of)?|fee"
               r"|spent|spend|came to|comes to|came out to|comes out to|total(?: is| was| of)?|bill(?:ed)?|deposit(?:ed)?|had like|had|"
               r"co pay(?:'s| is| was)?|co-pay's|copay's|(?:insurance|insurer|they|bank) only (?:gave|paid|covered) (?:me |us )?|"
               r"paid out|"
               r"make|making|made|earn|earning|salary(?: is| of)?|budget(?: is| of)?|withdrew|withdraw|sent|"
               r"quoted(?: me| us| him| her)?(?: at)?|(?:wage|income|estimate|quote|refund|overdraft)(?: is| was| of)?|"
               r"premium|rent|copay|co-pay|deductible|"
               rf"{_PRICE_NOUN}\b[^.?!\d]{{0,25}}?"
               r"(?:(?:went|goes|going|gone) (?:up|down) to|increased to|dropped to|raised (?:it )?to|was|is))"
               r",?\s+(?:(?:me|us|him|her|them|you|about|around|like|only|"  # (", um," gone)
               r"over|almost|nearly|roughly|approximately),?\s+)*"
               r"(\d[\d,]*(?:\.\d\d)?(?:\s\d\d|\s+thousand\b)?)"
               r"(?!,?\s+(?:not\s+)?(?:counting|including)\s+(?:me|us|you|him|her|them|myself|"  # "a total of 14, counting the kids"
               r"the (?:kids|children|staff|driver|family|baby|babies|adults|guests|grandkids))\b)"
               r"(?=\s+(?:in there|on it|total|a month|a year|an hour|"
               r"in (?:fines?|fees?|late fees?|interest|charges|rent|arrears|back rent|taxes|tax)\b|"
               r"per|for|and they|to|from|all in|in total|up front|upfront|twice|each|cash|out of pocket|so far|"
               r"already|and|with|before|plus|including|on|in cash|that's|no wait|flat|or so|give or take|$)|(?<=\d\d\d)\s+(?:but|which)\b|[.,?!](?!\d)|$)", _I),
    # what a household lives on, by the month: "I live on about eighteen hundred a month"
    re.compile(r"\b(?:live|living|lives|get by|getting by) on (?:about |around |like |only |just |roughly )?"
               r"(\d{3,}(?:,\d{3})*)(?= (?:a|per) (?:month|week|year|fortnight)\b)", _I),
    # what labour costs: "labour is one forty five an hour" (not a birth's "her labour was 20 hours")
    re.compile(r"\blabou?r (?:is|was|costs?|comes to|came to) (?:about |around |like )?(\d{2,}(?:\.\d\d)?)"
               r"(?= (?:an|per|a) hour\b| plus\b| for (?:the|that|it)\b)", _I),
    # a price by the month with its tax: "it's nineteen ninety nine a month plus tax"
    re.compile(r"\b\d{1,4}(?:\.\d\d)?(?=\s+(?:a|per)\s+(?:month|week|year|night)\s+plus\s+(?:tax|taxes|vat|gst|hst|fees?)\b)", _I),
    re.compile(r"\b(?:a|one|a few|a couple of)\s+(?:hundred|thousand|million|billion)\s+(?:dollars|bucks|euros|pounds)\b", _I),
    re.compile(r"\b(?:a|one|half a)\s+(?:dollar" + _NOT_SHOP + r"|buck|penny|nickel|dime|quarter(?= (?:for|each)))\b", _I),
]
# what a reading names: "A1C 7.4", "my INR was 2.8", "heart rate 64"
_READINGS = (r"a1c|hba1c|a one c|bmi|blood sugar|ejection fraction|heart rate|oxygen saturation|o2 sat|"
             r"white (?:blood )?(?:cell )?count|platelet count|viral load|psa|amh|ige|" + "|".join(ANALYTES) + "|spo2|sats|pulse|"
             # the eye's pressure, oxygen, the A1C said in words ("her eye pressure was 26 in the left", "Oxygen's 94", "my
             # last hba one c was 58")
             r"eye pressure|intraocular pressure|oxygen['’]s|oxygen (?:level|sats?|saturation)|hba one c|h b a one c")
# ... said a few words on ("my A1C came back, let me see, 8.9.") or answered ("Last HbA1c? Caller: 6.1, the GP said"),
# where the sentence ends or goes on with the next clause after it; not a device's, a version's, a floor's or a count
# ("the heart rate app, version 3.2", "check my blood sugar like 3 times"), nor when asked ("When was your last A1C? 3
# months ago")
_READING_SAID = re.compile(
    rf"\b(?:{_READINGS})\b(?![^.?!\d]{{0,40}}\b(?:version|app|apps|monitor|meter|machine|model|floor|room|clinic|test|times|"
    r"every|a day|a week)\b)[^.?!\d]{0,40}(?:\?\s+(?:[a-z]+(?: [a-z0-9])?:\s+)?(?:(?:uh|um|er|it's|it was)[,.]?\s+)*)?"
    r"(?!(?:19|20)\d\d\b)(\d+(?:\.\d+)?)(?!\d|\.\d)"
    r"(?!,?\s*(?:(?:maybe|or|to)\s+)?\d+\s+(?:months?|weeks?|days?|years?|times|hours?)\b)"
    r"(?=\s*(?:[,.;!?]|$|and\b|but\b|so\b|which\b|last\b|this\b|now\b|up\b|down\b|or\b|on\b|yesterday\b|today\b|"
    r"in (?:the|my|his|her|both) (?:left|right|eyes?)\b|degrees\b))", _I)
_RATED = re.compile(r"\b(?:reviews?|rated|rating|ratings|stars?|scored?|scores|scoring|marks?|points|grade[sd]?|chill?is?|"
                    r"chillies|on (?:the|my|his|her|their|a|an) (?:[a-z]+ )?(?:test|exam|quiz|paper))\b")
_COUNTED_OUT_OF = re.compile(r"\s+(?:of\s+)?(?:the\s+|our\s+|my\s+)?(?:reviews|ratings|people|customers|patients|users|"
                             r"students|kids|tests|exams|cases)\b")  # "three out of four reviews mention the noise": a rate
_WHEN_ASKED = re.compile(r"\b(?:when|how often|how many|how long|where|which|what time)\b[^.?!]*$", _I)
STATS_RX = [
    # a hearing test's loss in decibels ("70 decibels on the last test", "about forty decibels of loss")
    re.compile(r"\b\d{1,3}\s?(?:decibels|dB)\b(?=[^.?!]{0,40}\b(?:loss|test|audiogram)\b)", _I),
    re.compile(r"\b(?:hearing (?:test|loss)|audiogram|audiologist|audiometry)\b[^.?!\d]{0,40}?\b(\d{1,3}\s?(?:decibels|dB))\b", _I),
    re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:%(?![A-Za-z])|percent\b|per cent\b|percentage points?\b)"
               r"(?:\s*(?:-|to)\s*\d+(?:\.\d+)?\s?(?:%|percent\b))?", _I),  # not "51%falcon": a password
    re.compile(r"\b(?:\d+|one)\s+(?:in|out of)\s+(?:every\s+)?(?!(?:19|20)\d\d\b|1\b)\d+\b(?!\s*(?:minutes|hours|days|weeks|months|years|am|pm|-))", _I),
    # a chance said in words ("one in a thousand people", "one out of every hundred"), a growth centile
    re.compile(r"\b(?:\d+|one|two|three|five|ten)\s+(?:in|out of)\s+(?:every\s+|a\s+)?(?:ten|hundred|thousand|million)\b"
               r"|\b\d{1,2}(?:st|nd|rd|th)\s+(?:percentile|centile)\b", _I),
    re.compile(r"\b\d+(?:\.\d+)?\s+(?:mg/dl|mmol|bpm|beats per minute)\b", _I),
    re.compile(r"\b(?:blood pressure|bp)\b[^.?!\d]{0,20}(\d{2,3}\s?(?:/|over)\s?(?:\d{2,3}|a hundred(?: and (?:\d{1,2}|ten|[a-z]+teen|twenty|thirty|forty|fifty))?)\b)", _I),  # "one sixty over a hundred"
    re.compile(rf"\b(?:{_READINGS})\b[^.?!\d]{{0,20}}(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)", _I),
    _READING_SAID,
    # the reading before it, with its decimal: "A1C 7.4, up from 6.8", "seven point six, down from eleven point one"
    re.compile(r"\b(?:up|down)\s+from\s+(\d{1,3}\.\d)\b(?!\s*(?:%|percent|dollars|pounds|euros|k\b|million|thousand))", _I),
    # a body temperature (95-107 F, 35-42 C), not a room's or the weather's ("her temperature was 39 last night", "temp's
    # thirty eight five")
    re.compile(r"\b(?:temperature|temp|fever)\b(?:(?!outside|weather|room|house|office|fridge|freezer|oven|water|pool|"
               r"sea|car|set)[^.?!\d]){0,20}((?:9[5-9]|10[0-7])(?:\.\d)?|(?:3[5-9]|4[0-2])(?:\.\d)?)\b"
               r"(?!\s*(?:in the|am|pm|a\.m|p\.m|o'clock))", _I),
    # a reading that names what it measures ("my sugar this morning was two sixty", "my oxygen was at 92", "the
    # fasting was 140"), not a price or a count after it
    re.compile(r"\b(?:sugars?|glucose|oxygen|o2|fasting)(?:\s+(?:this|last|yesterday|today)\s+\w+)?(?:\s+(?:levels?|readings?|"
               r"was|were|is|are|at|reading|read|came back|come back|went up to|dropped to))+\b[^.?!\d]{0,12}(\d+(?:\.\d+)?)"
               r"\b(?!\s*(?:%|percent|dollars|pounds|minutes|hours|days|weeks|times|people|tanks?|bottles?|liters?|litres?)\b)", _I),
]
# a blood pressure read without its name ("it says 142 over 88"): systolic above diastolic, both in a body's
# range, no unit after it ("100 over 50 miles") and no game before it ("we won 102 over 98"); a slash only
# after three digits, as "11/28" is a date
_BP_RX = re.compile(r"(?<![\w./-])(\d{2,3})\s?(?:over|(?<=\d{3})/)\s?(\d{2,3})(?![\w/-]|[.,]\d)"
                    r"(?!\s*(?:%|percent|years?|people|miles|km|dollars|bucks|cents|pounds|kg|points|feet|inches|mbps|"
                    r"minutes|hours|seconds|days|units|items|games|times|votes|degrees|calories|steps|"
                    r"[a-z]+s)\b)", _I)  # "120 over 80 applicants": counted things
_NOT_BP = re.compile(r"\b(?:won|win|beat|lost|lose|score|scored|got|passed|game|match|final|votes?|voted|test|exam)\b"
                     r"[^.?!]*$", _I)


def _blood_pressure(m: re.Match, low: str) -> bool:
    """Whether "N over M" reads as systolic over diastolic pressure."""
    hi, lo = int(m.group(1)), int(m.group(2))
    return 70 <= hi <= 250 and 40 <= lo <= 150 and hi > lo and not _NOT_BP.search(low[max(0, m.start() - 60):m.start()])


BLOOD_RX = [
    re.compile(r"(?<![\w-])(?:AB|A|B|O)\s?(?:\+|-|−)(?=\s|$|[.,;!?)])"),
    re.compile(r"(?<![\w-])(?:AB|A|B|O)\s?(?:positive|negative|pos|neg)\b"),
    re.compile(r"\b(?:blood type|blood group|type)\s+(?:is\s+)?((?:ab|a|b|o)(?:\s?(?:\+|-|positive|negative|pos|neg))?)(?![\w])", _I),
    # after "blood type": "a b negative" as spoken, "oh/on/0 negative" as Whisper may hear "O negative"
    re.compile(r"\bblood (?:type|group)[?:,]?\s+(?:(?:is|it'?s)\s+)?((?:a\s?b|a|b|o|oh|on|0)\s?(?:positive|negative|pos|neg))(?![\w])", _I),
    # case-less ASR, said apart from its cue: "the form asks for blood type if you know it, hers is o positive"
    re.compile(r"(?<![\w-])(?:ab|a|b|o)\s(?:positive|negative)\b", _I),
]
_BLOOD_CTX = re.compile(r"\b(?:blood|type|donor|transfusion)\b", _I)
# body measurements and descriptions (the phrase lists are in lexicons.py)
_COLOR = (r"(?:blonde?|brown|black|red|gray|grey|white|silver|auburn|ginger|brunette|dark|light|purple|pink|"
          r"blue|green|orange|platinum|sandy|salt and pepper|jet black|dirty blonde?|strawberry blonde?)")
_HAIRSTYLE = (r"(?:long|short|curly|straight|wavy|thinning|graying|greying|dyed|shaved|spiky|braided|messy|"
              r"shoulder[- ]length|buzzed|bleached|frizzy|thick|bushy|scruffy|full|big)")
PHYS_RX = [
    re.compile(rf"\b(?:(?:{_HAIRSTYLE}|{_COLOR}),?\s+)*(?:{_COLOR}|{_HAIRSTYLE})\s+(?:hair|beard|mustache|moustache|"
               rf"goatee|curls|ponytail|braids|dreadlocks|afro|mullet|bangs)\b", _I),
    re.compile(r"\b(?:blue|brown|green|hazel|gray|grey|dark|light|black)[- ](?:eyes|eyed)\b", _I),
    re.compile(r"\b(?:pale|dark|fair|olive|light|tan|tanned|freckled|brown|black|white|ruddy)[- ](?:skin|skinned|complexion)\b", _I),
    re.compile(r"\b(?:(?:small|big|large|long|little|visible|huge|faded|fresh|deep)\s+)?(?:tattoos?|scars?|birthmark|mole|"
               r"piercings?|burn marks?|sleeve tattoo|face tattoo)\s+(?:on|across|over|under|near|above|below|down)\s+"
               r"(?:his|her|my|their|the)\s+(?:left\s+|right\s+|upper\s+|lower\s+)?[a-z]+\b", _I),
    re.compile(r"\b(?:(?:thick|thin|big|round|dark|black|wire[- ]rimmed|coke[- ]bottle|horn[- ]rimmed)\s+glasses|"
               r"clean[- ]shaven|wears (?:glasses|a hearing aid|hearing aids|contacts|a prosthetic)|"
               r"walks with a (?:limp|cane)|has a limp|uses a (?:cane|walker|wheelchair)|in a wheelchair|"
               r"blind in one eye|missing (?:a|his|her|my|two|an) (?:finger|tooth|teeth|front tooth|leg|arm|eye|hand|toe)s?|"
               r"(?:heavy[- ]?set|big[- ]boned|athletic build|medium build|slim build|stocky build|heavy build|"
               r"thin build|average build|plus[- ]size))\b", _I),
    re.compile(r"\b\d(?:\.\d+)?\s?(?:meters?|metres?|m)\b(?=\s+tall)|\b\d{3}\s?(?:centimet(?:er|re)s?|cm)\b", _I),
    re.compile(r"\b\d(?:'|\s?(?:foot|feet|ft))\s?(?:\d{1,2}(?:\"|''|\s?(?:inches|inch|in)\b)?)?(?:\s+tall)?(?![\w-])", _I),
    re.compile(r"\b\d{2,3}(?:\.\d)?\s?(?:cm|centimet(?:er|re)s?)\b(?:\s+tall)?", _I),
    re.compile(r"\b\d(?:\.\d+)?\s?(?:m|met(?:er|re)s?)\s+tall\b", _I),
    re.compile(r"\b(?:i'?m|he'?s|she'?s|i am|he is|she is|height[?:,]?)\s+(?:about\s+|around\s+)?([12]\.\d{1,2}\s?(?:m|met(?:er|re)s?))\b"
               r"(?!\s+(?:away|from|behind|ahead|back|off|long|wide|deep|high|out)\b)", _I),
    re.compile(r"\b(?:i'?m|he'?s|she'?s|weight|weighs?|lost|gained)\b[^.?!\d]{0,20}\b(?:down|up) to\s+"
               r"(\d{2,3}(?:\.\d)?\s?(?:pounds|lbs?|kilos|kilograms|kg|stone))\b", _I),
    re.compile(r"\b(?:weigh|weighs|weighed|weighing|weight is|weight of|weight[?:,]?)\s+(?:about\s+|around\s+|like\s+)?"
               r"\d{2,3}(?:\.\d)?\s?(?:pounds|lbs?|kilos|kilograms|kg|stone)?", _I),
    re.compile(r"\b\d{2,3}\s?(?:kilos|kilograms|kg)\b(?![^.?!]{0,12}\b(?:of|worth)\b)", _I),
    # a body's weight in stone, said in Britain and Ireland: "about sixteen stone", "eighteen and a half stone", "12 stone 4"
    # (said of someone: after "weighs", "he's", "lost", "about", a height; not "12 Stone Road", "a three stone ring",
    # "a 20 stone limit")
    re.compile(r"\b(?i:weigh\w*|weight|i'?m|he'?s|she'?s|they'?re|you'?re|i am|he is|she is|was|lost|gained|put on|dropped|"
               r"down to|up to|tall|(?:foot|feet)(?:\s+\d{1,2})?|inches|about|around|roughly|nearly|almost)[\s,]+"
               r"(?i:(?:about|around|like|nearly|almost|over|under|just|roughly|"
               r"and|a good)\s+)*(\d{1,2}(?:\.5|\s+and\s+a\s+half)?\s+stone\b(?:\s+\d{1,2}\b(?!\s*(?i:stone|years?|months?|days?|"
               r"percent|%|foot|feet|ft|inches|cm|tall|'|\"))(?:\s*(?i:pounds|lbs?))?)?)"
               r"(?![\s-]+(?i:walls?|steps?|floors?|houses?|cottages?|buildings?|rings?|limit|weight|max|maximum)\b)"),
    re.compile(r"\b(?:lost|gained|i'm|he's|she's|was|is|weighs)\s+(?:about |around |like )?(\d{2,3}\s?(?:pounds|lbs))\b"
               r"(?!\s+(?:of|worth|for|a|an|per|each))", _I),
    re.compile(r"\b(?:i'?m|he'?s|she'?s|i am|he is|she is)\s+(?:about\s+|around\s+)?(\d\s+\d{1,2}(?=\s*(?:tall|$|[.,!?]))|"
               r"\d(?:\s+\d{1,2})?\s+tall)", _I),
    re.compile(r"(?:[\"']|\btall)\s*,?\s*(?:and\s+)?(?:about\s+|around\s+)?(\d{2,3}\s?(?:pounds|lbs))\b", _I),
    # a weight in talk of a body: "Height and weight? Five four, about 190 pounds", "hazel eyes, five nine, 170 pounds"
    re.compile(r"\b(?:weight|weigh\w*|height|tall|descriptors?|build|eyes|hair)\b"
               r"(?:(?!\b(?:bill|cost|costs|price|paid|pay|charge|charged|fee|owe|owed|refund|spent|worth)\b)[^.!]){0,40}?"
               r"\b(\d{2,3}\s?(?:pounds|lbs))\b(?!\s+(?:of|worth|for|per|each|a|an)\b)", _I),
]
# what a weight may be of, said just before it: no body ("one checked bag at 23 kilos")
_CARGO_BEFORE = re.compile(r"\b(?:bags?|luggage|suitcases?|parcels?|packages?|box(?:es)?|allowance|loads?|shipments?|"
                           r"crates?|orders?|sacks?|pallets?|deliver(?:y|ies)|trays?|kegs?|bales?|bins?)\b[^.!?]{0,20}$", _I)
US_STATES = ("alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|"
             "idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|"
             "minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|"
             "new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|"
             "south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|"
             "wisconsin|wyoming")
ORG_HEAD = (r"Insurance|Bank|Credit Union|Hospital|Medical Center|Medical Group|Clinic|Family Practice|Rehab|"
             r"Pharmacy|Dental|Auto Body|Auto|Motors|Realty|Roofing|Plumbing|Electric|Electronics|"
             r"Construction|Landscaping|Logistics|Airlines|Airways|University|College|Academy|School|"
             r"High School|Church|Foundation|Council|Department|Agency|Associates|Partners|Group|"
             r"Company|Corporation|Corp\.?|Inc\.?|LLC|Ltd\.?|Co\.|Services|Solutions|Systems|"
             r"Technologies|Labs|Laboratories|Market|Foods|Grocery|Pizza|Cafe|Restaurant|Bakery|"
             r"Salon|Spa|Fitness|Gym|Hotel|Inn|Motel|Resort|Factory|Kitchen|Grill|Diner|Outlet|Warehouse|Law Firm|Law Office|Legal|Capital|"
             r"Financial|Mortgage|Energy|Telecom|Wireless|Healthcare|Health System|Urgent Care|"
             r"Properties|Property Management|Bureau|Senior Living|Union|Freight|Pediatrics|Orthopedics|"
             r"Dermatology|Cardiology|Radiology|Imaging|Physical Therapy|Chiropractic|Veterinary|Vet Clinic|"
             r"Federal Credit Union|Savings Bank|Trust|Club|Society|Association|Journal|Furniture|Pizzeria|"
             r"Food Pantry|Pantry|Animal Rescue|Rescue|Animal Shelter|Shelter|Ministries|"
             r"Water District|Utility District|School District|Fire District|Industries|Enterprises|Holdings|"
             r"Sushi|Childcare|Daycare|Nursery|Cleaners|Dry Cleaning|Dry Cleaners|Catering|Caterers|Vets|Florist|"
             r"Florists|Tailors|Barbers|Bistro|Deli|Brewery|Taqueria|Trattoria|Steakhouse|Tyres|Tires|Garage|"
             r"Removals|Locksmiths|Builders|Opticians|Optical|Kennels|Car Wash|Laundromat|Self Storage|"
             r"Driving School|Pub|Tavern|Boutique|Jewelers|Jewellers|Auto Glass|County Schools|Public Schools|Tire and Auto|"
             r"Auto and Tire|Orthopedic|Orthopaedic|Orthopaedics|Nails|Nail Bar|Tours|Broadband|Sons|Brothers|Bros\.?|"
             r"Ferry|Ferries|Solicitors|Accountants|Estate Agents|Lettings|Family Law|Immigration Law|Employment Law|"
             r"Superior Court|County Court|District Court|Crown Court|Magistrates Court|Family Court|Circuit Court|"
             r"Medical Centre|Health Centre|Health Center|Leisure Centre|Community Centre|Community Center|"
             r"Donor Centre|Donor Center|Care Centre|Medical Practice|Chemist|Chemists|Counselling|Counseling|"
             r"Police|Police Service|Police Department|Constabulary|"
             r"Petroleum|Pharmaceuticals|Textiles|Recruitment|Staffing|Ventures|Hospitality|Haulage|Couriers|"
             r"Therapeutics|Assurance|Mutual|Bancorp|Medical Scheme|Medical Aid|Health Fund|Health Plan|"
             r"Repairs|Hardware|Trucking|Consulting|Engineering|Printing|Moving|Supply|Supplies|Lube|Medicals|Phones|Mobiles|"
             r"(?:Imaging|Surgery|Surgical|Cancer|Eye|Dialysis|Heart|Diagnostic|Sleep|Wellness|Rehabilitation|Treatment|"
             r"Birth|Fertility|Vision|Hearing|Spine|Pain|Infusion|Breast|Endoscopy|Cardiac|Stroke|Trauma|Kidney) "
             r"(?:Center|Centre|Clinic|Unit|Institute)|"
             r"[A-Z][a-z]+'s Office")
_NOT_NAME_WORD = r"(?!(?:and|or|but|is|was|to|in|on|at|for|they|we|i|you|he|she|it|that|this|with|the|my|our)\b)"
# hospitals, schools and parishes named by shape after a place cue: "at St. Vincent's", "to mercy general"
ORG_CARE_RX = re.compile(
    r"\b(?:at|to|from|in|of|with|attends?|attended|attending)\s+(?:the\s+)?((?:[Ss]t\.?|[Ss]aint) [A-Za-z][a-z]+'s"
    r"(?!\s+(?:[Dd]ay|[Ee]ve|[Ss]treet|[Ss]t\b|[Aa]venue|[Rr]oad|[Ss]quare|[Pp]lace|[Pp]ark|[Cc]athedral\s+[Ss]quare))"
    r"(?:\s+(?:[Hh]ospital|[Mm]edical [Cc]enter|[Ss]chool|[Cc]hurch|[Aa]cademy))?"
    r"|[A-Za-z][a-z]+ (?:[Gg]eneral|[Mm]emorial|[Rr]egional|[Cc]ommunity) (?:[Hh]ospital|[Mm]edical [Cc]enter)"
    r"|(?:[A-Z][a-z]+ ){1,2}(?:High|Middle|Elementary|Prep)(?: School)?\b"
    r"|(?!(?:a|an|my|his|her|our|their|the|no|all|very|junior|senior|record|new|upper|lower|time)\b)[a-z]+ "
    r"(?:high|middle|elementary)\b(?! school)"
    r"|(?!(?:a|the|my|in|at|to|no|very|more|most|some|is|was)\b)[A-Za-z][a-z]+ [Gg]eneral"
    r"(?=\s*(?:$|[.,!?]|(?:and|for|hospital|er|emergency|last|yesterday|today|tomorrow|on|in|at|since|"
    r"next|this|about|because|but|so|with|until)\b)))")
ORG_OF_RX = re.compile(r"\b(?:University|Bank|Department|Bureau|Office|College|Institute|Board|"
                       r"Ministry|City|County|State|Church|Museum|Hospital|Archdiocese|Diocese|Port|Commonwealth|"
                       r"Academy|School|Society|Association|Federation|Chamber|League|Court|Attorney General|Embassy|"
                       r"Consulate|Consulate General|High Commission)"
                       r" of (?:the )?[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|&)){0,3}(?<! of)"
                       rf"|\b(?:university|bank|department|college|institute) of (?:the )?{_NOT_NAME_WORD}[a-z]+"
                       rf"(?: {_NOT_NAME_WORD}[a-z]+)?\b")


def longest_first(alternatives: str) -> str:
    """A regex alternation with longer phrases first, so "dental group" wins over "dental"."""
    return "|".join(sorted(alternatives.split("|"), key=len, reverse=True))


ORG_HEAD_LOWER = (r"family practice|medical center|medical group|credit union|insurance company|insurance|bank|community bank|"
                   r"community hospital|community health center|community credit union|"
                   r"hospital|clinic|pharmacy|university|college|school district|auto body|roofing|plumbing|"
                   r"realty|dental|dentistry|pediatrics|orthopedics|urgent care|law firm|community college|"
                   r"high school|elementary school|middle school|city council|county council|fire department|"
                   r"police department|sheriff's office|animal hospital|veterinary clinic|daycare|church|"
                   r"motors|airlines|construction|landscaping|electric|heating and cooling|towing|"
                   r"family medicine|internal medicine|senior living|assisted living|public utilities|"
                   r"gas and electric|power and light|dental group|law group|"
                   r"realty group|and associates|& associates|orthodontics|diagnostics|laboratories|hospice|"
                   r"animal clinic|eye care|vision center|academy|elementary|montessori|preschool|institute|"
                   r"seminary|ministries|foundation|mutual|federal credit union|savings bank|wireless|"
                   r"communications|van lines|pest control|property management|co-op|cooperative|auto sales|"
                   r"auto repair|collision center|funeral home|medical supply|home care|logistics|movers|"
                   r"staffing|staffing group|energy|association|pizzeria|furniture|animal rescue|food pantry|"
                   r"electronics|telecom|public schools|corporation|industries|enterprises|incorporated|holdings|"
                   r"water district|utility district|fire district|park district|tax office|assessor's office|clerk's office|"
                   r"housing authority|transit authority|water authority|inn|inn express|inn and suites|inn & suites|motel|suites|secondary|secondary school|"
                   r"primary school|grammar school|dry cleaning|dry cleaners|cleaners|catering|tire and auto|auto and tire|"
                   r"tyre and auto|sushi|childcare|kennels|car wash|florist|barbers|locksmiths|removals|bistro|deli|pub|tavern|"
                   r"express|cargo|couriers|properties|recovery services")
_COUNT_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|several|few|many"  # how many of a kind, no name
_COUNT_BEFORE = re.compile(rf"\b(?:{_COUNT_WORDS}|some|\d+)\s+$")
# what a street's name may be the name of, or what stands on it ("soi dog rescue", "boots on leith walk"): the firms'
# one-word heads and the shops, rooms and halls they have
FIRM_KINDS = frozenset(w for w in ORG_HEAD_LOWER.split("|") if " " not in w) | frozenset(
    "rescue hotel hostel restaurant cafe bar shop store school centre center trust group market bakery salon chemist "
    "branch surgery garage library dealership gym supermarket takeaway".split())
_FIRM_KIND_NEXT = re.compile(rf" (?:{'|'.join(sorted(FIRM_KINDS, key=len, reverse=True))})\b")
# kinds of insurance, banks and practices, not their names: "health insurance", "blood bank"
_GENERIC_KIND = (r"health|car|auto|life|home|homeowners|homeowner|renters|renter|travel|pet|dental|vision|medical|"
                 r"flood|business|liability|supplemental|term|whole|disability|patient|blood|food|piggy|sperm|"
                 r"data|river|power|memory|online|mobile|savings|checking|joint|personal|student|small|big|"
                 r"private|family|general|primary|urgent|walk-in|free|insurance|employer|company|work|community|"
                 r"regional|cheap|nice|little|fancy|nearby|airport|beach|roadside|budget|contents|buildings|specialist|"
                 r"professional|commercial|travel|gap|landlord|tenant|tenants|local|great|tiny|large|huge|rural|urban|busy|"
                 r"decent|excellent|wonderful|lovely|friendly|caring|reliable|trusted|independent|non-?profit|volunteer|"
                 r"neighbou?rhood|children|another|real|proper|run|owned|government|teaching|nominated|wrong|building|"
                 r"buildings|house|household|"
                 # ... and what kind of letting, carrying or collecting ("rental properties", "next day express", "sea cargo",
                 # "bike couriers", "asset recovery services")
                 r"rental|overnight|next|day|same|sea|air|road|rail|bike|motorcycle|asset|debt|standard|priority|premium|"
                 rf"economy|international|{_COUNT_WORDS}")
ORG_LOWER_RX = re.compile(rf"(?<![\w'’])((?:(?!(?:uh|um|so|okay|ok|yeah|yes|well|oh|right|hi|hey|hello|thanks|the|a|an|my|your|our|his|her|their|this|that|from|at|to|with|in|on|of|"
                          rf"for|and|or|is|was|if|whether|when|where|because|local|nearest|same|other|new|old|big|small|good|best|any|some|every|"
                          rf"morning|afternoon|evening|"
                          rf"which|what|whose|by|through|called|named|i|we|you|they|he|she|it|who|it's|that's|"
                          rf"there's|i'm|we're|they're|you're|he's|she's|work|works|worked|working|do|does|did|"
                          rf"also|just|still|never|always|about|like|get|got|need|call|called|into|under|reached|"
                          rf"calling|visit|visited|try|tried|contact|contacted|told|ask|asked|see|saw|went|go|going|"
                          rf"use|used|using|joined|join|left|hired|phoned|emailed|pay|paid|said|says|social|national|have|has|had|"
                          rf"having|want|wanted|cancel|cancelled|renew|renewed|buy|bought|take|took|no|"
                          rf"{_GENERIC_KIND})(?:'s)?\b)"
                          rf"[a-z][\w'&-]*\s+){{1,2}}(?:{longest_first(ORG_HEAD_LOWER)}))\b")
# capitalized words (joined by and/&/of/for: "Boys and Girls Club") before a head word, and the
# place after it: "First National Bank of Omaha"
ORG_RX = re.compile(rf"\b((?:[A-Z][\w'&.-]*\s+(?:(?:and|&|of|for)\s+(?=[A-Z]))?){{1,3}}(?:{ORG_HEAD})"
                    r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\b(?!\s+[A-Z][a-z]+\b(?!\s+(?:speaking|here)\b))")
_HEAD_ONLY = re.compile(rf"(?:{ORG_HEAD})")
_THING_BEFORE = re.compile(r"\b(?:the|our|my|your|this|that)\s+$")  # "in the Cleaning Supplies closet"
_GOODS = re.compile(r"\b(?:Supplies|Supply|Phones|Mobiles)$")  # heads that also name the goods ("not the Star Ferry pier")
# what a firm has, said after its name: "the Himalayan Bank account", "the Royal Hotel manager"
_FIRMS_OWN = frozenset("account accounts branch branches card cards app office offices manager managers staff number website "
                       "team store shop customer customers loan loans policy claim claims building headquarters".split())
_SAID_BEFORE = re.compile(r"(?:it|that|there|here|where|what|who|he|she|we|they|i)['’](?:s|re|m)|(?:it|that|there|what)s")
_NOT_FIRM = r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Mum|Mom|Dad|Me|You|Him|Her|Us|I|My|His|Our|Their)\b)"
_AMPERSAND = re.compile(rf"\b{_NOT_FIRM}[A-Z][\w'-]+(?: [A-Z][\w'-]+)? & {_NOT_FIRM}[A-Z][\w'-]+(?: [A-Z][\w'-]+)?\b(?<!'s)")
FEET = r"(?:four|five|six|seven)"
INCH = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
_SPOKEN_HEIGHT = re.compile(
    rf"\b(?:i'?m|he'?s|she'?s|i am|he is|she is|was|maybe|about|around|height(?: is)?|like)\s*,?\s+"
    rf"(?:about\s+|around\s+|like,?\s+|actually\s+)?"
    rf"({FEET}(?:\s+(?:foot|feet)(?:\s+{INCH}|\s+and\s+a\s+half)?|[\s-]{INCH}))\b(?!\s+(?:at|years|months|weeks|days|"
    rf"hours|minutes|dollars|percent|kids|children|o'clock|am|pm|in the|thirty|fifteen|forty|"
    rf"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|\d)\b))", _I)
# a height said bare in a list of how someone looks, between commas
_HEIGHT_LISTED = re.compile(rf"(?<=, )\b{FEET}[\s-]{INCH}\b(?=,)", _I)
_LOOKS = re.compile(r"\b(?:hair|eyes|beard|bald|shaved|tattoo|pounds|lbs|kilos|stone|build|skinny|slim|heavyset|stocky|tall)\b", _I)


def _looks_near(text: str, m: re.Match) -> bool:
    """Whether how someone looks is described around a match (hair, eyes, build, weight)."""
    return bool(_LOOKS.search(text, max(0, m.start() - 40), min(len(text), m.end() + 40)))


_STREET = (r"(?:(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|terrace|"
           r"highway|hwy|parkway|pkwy|trail|trl|crescent)|[Pp]lace|Pl|Way|Circle|Cir|Square|Sq|Row|Close|Alley|Gardens|Grove|Mews)")
_NAMEWORD = (r"(?:(?!(?i:from|some|the|a|an|to|of|in|and|at|my|your|is|was|for|on|with|called|that|this|"
             r"it|which|where|by|near|off)\b)[A-Za-z0-9']+\s+)")
_STATE_CODES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|"
                "NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")
_HIGHWAY_RX = re.compile(r"(?<!\bbus )(?<!\bdelivery )(?<!\bpaper )\b(?:I|US|(?i:route|highway|hwy|interstate|state route)|SR|Rt)[- ]?\d{1,3}\b(?!-\d)"
                         r"|\bi-\d{1,3}\b(?!-\d)")
_STATE_ZIP_RX = re.compile(rf"\b(?:{_STATE_CODES})\s(\d{{5}}(?:-\d{{4}})?)\b")  # a state's zip, not "job JN 70441"
_TOWN_STATE_ZIP_RX = re.compile(rf"\b[A-Za-z][a-z]+,?\s+({_STATE_CODES}|{STATE_CODES_LOWER}),?\s+\d{{5}}(?:-\d{{4}})?\b")
# an Australian state or territory before its four-digit postcode, as addresses end ("ballarat victoria three three
# five zero", "Fitzroy VIC 3065"); "Victoria" is a first name too
_AU_STATE_POSTCODE_RX = re.compile(rf"\b(?i:victoria|queensland|new south wales|tasmania|south australia|western australia|"
                                   rf"northern territory)\b(?=\s+(?:\d{{4}}\b(?![\s,-]*\d)|{DIGIT_WORD}(?:\s+{DIGIT_WORD}){{3}}\b"
                                   rf"(?!\s+{DIGIT_WORD}\b)))|\b(?:VIC|QLD|NSW|TAS)\b(?=,?\s+\d{{4}}\b(?![\s,-]*\d))")
_AU_STATE_BEFORE = re.compile(r"\b(?:to|through|queen|king|lake|is|was|and|the|with|for|from|ask|hi|hello|thanks)\s+$", re.I)
_NAMED_CODE_BEFORE = re.compile(r"\b(?:number|no|id|code|reference|ref)\s*(?:is|was|will be|'s)?\s*:?\s*$")
_ADDRESS_ASKED = re.compile(r"\baddress(?:es)?\b[^.!\d]{0,20}[?:,.]?\s*(?:(?:it's|it is|yes|um|uh|sure)[,.]?\s+)*$")
# a street by the word other languages put first ("on calle luna", "staying on soi nana", "the address is via roma
# dodici", "at calle do franco 12", Colombia's "carrera 7 number 20-15"), with the house number after it; "via" only
# with that number ("sent via email")
_FOREIGN_STREET = (r"(?:(?:calle|rue|rua|avenida|soi|jalan|rruga|ulica|carrera|strada|triq|calea|carrer|avinguda|paseo|"
                   r"camino|travessa|viale|corso) (?!jalan\b)|via (?=(?:[a-z]+ ){1,3}\d+(?! (?:times|days|weeks|months|years|"
                   r"hours|minutes|percent|pounds|dollars|euros)\b)))(?:(?:de|del|la|las|los|do|da|dos|das|di|des|du|e|"
                   r"el|il) )?(\d{1,3}[a-z]?(?= (?:number |no |#) ?\d)|(?!(?:tonight|today|tomorrow)\b)[a-z]{3,}(?: (?!(?:and|"
                   r"the|for|near|with|but|from|just|then|right|now|was|were|are|has|had|have|please|thanks|okay|number|"
                   r"apartment|flat|floor|tonight|today|tomorrow|yesterday|later|soon|again|instead|next|last|this)\b)"
                   r"[a-z]{3,})?)(?: (?:number |no |# ?)?\d{1,5}(?:-\d{1,3})?)?")
_STREET_SAID = re.compile(rf"\b(?:off|on|onto|along|down|up|near|at|is|from) "
                          rf"({_FOREIGN_STREET}|((?:[a-z]{{3,}} )?[a-z]{{3,}}) "
                          r"(?:avenue|boulevard|street|road|lane|drive|way|close|crescent|terrace|grove|walk|gate|parade|"
                          r"quay|wharf|mews|square))\b")
# where someone says where they are, a street's name may be an everyday word ("i live on station road", "we're just
# off church lane", "the shop's on marine drive"); elsewhere "up another road", "down memory lane" name none
_HOME_ON = re.compile(r"\b(?:live|lives|living|lived|house|home|flat|shop|shop's|office|store|located|based|address is|"
                      r"turn(?:ed)? (?:left|right)|parked|towed(?: away)?|stopped|stuck|broke down|broken down|pulled over|"
                      r"crashed|waiting|out front|went flat)\s+(?:(?:just|right|up|down)\s+)?(?:on|onto|off|along|from)\s+$")
# a shop, school or office on a street: "the walgreens on university drive", "the school on oak avenue"
_THING_ON = re.compile(r"\b(?:the|a|our|my|your|their|his|her|at)\s+(?:[a-z0-9'-]+\s+){1,2}(?:on|off)\s+$"
                       r"|\b(?:i'm|we're|it's|it is)\s+(?:on|off)\s+$")
# words that say what kind of road it is or how it is, not which ("slip road", "a narrow road", "on hold")
_NOT_STREET_NAME = frozenset("another other same wrong next busy quiet dirt gravel private side back country toll easy slip ring "
                             "service bus cycle farm dead inside outside left right middle fast slow narrow wide dark "
                             "rural different parallel steep pretty long short big small little hold time shift duty "
                             "site break fire test memory".split())




# where someone gives their address, what follows up to the next pause is one when it holds a house number and a
# name no dictionary holds or a street's kind ("the address is Lienes iela 22, flat 7", "we're at Duga ulica 36", "i
# live at budovcova two four one", "a tenant at Goranska 9, stan 12"; not "we're at 41 percent", "i'm at work 5 days")
_ADDRESS_GIVEN = re.compile(r"\b(?:(?<!email )(?<!e-mail )(?<!mail )(?<!wallet )(?<!ip )(?<!web )(?<!mac )(?<!bitcoin )"
                            r"(?<!server )address(?:\s+is|'s|:)|(?:live|lives|living|lived|stay|stays|staying|reside|resides)\s+at"
                            r"|(?P<weak>(?:i'm|i am|we're|we are)\s+at)|tenant\s+at|deliver(?:ed|y)?\s+to)\s+", re.I)
_UNIT_AFTER = re.compile(r"(?:%|percent|per|pounds?|dollars?|euros?|quid|bucks|rupees?|[a-z]*metres?|[a-z]*meters?|km|kms|"
                         r"miles?|kilos?|kg|degrees|points?|times|people|bars?|am|pm|a\.m\.|p\.m\.|o'clock|mg|ml|items?|"
                         rf"pieces?|{UNIT})$")
_FLAT_AFTER = re.compile(r",?\s+(?:flat|apartment|apt\.?|unit|suite|stan|piso|apto|dpto|depto|door|wohnung|lgh)\s+\w{1,4}\b", re.I)
# the kinds of street said after a name (those said first are _STREET_FIRST_WORDS)
_STREET_KIND_WORDS = frozenset(("street road avenue lane drive close crescent way circle court place square boulevard row "
                                "iela ulice gatve gatvė utca ut út cesta ro gil dong chome cho soi moo mawatha marg nagar "
                                "chowk").split())


# where a given address stops: a full stop (not an abbreviation's: "ul. Makedonia 18", "str. Unirii 4"), a question, or a
# comma that no flat follows
_ADDRESS_PAUSE = re.compile(r"(?<!\bul)(?<!\bstr)(?<!\bst)(?<!\bno)(?<!\bnr)(?<!\bav)(?<!\bjl)(?<!\bbd)\.(?!\d)|[;?!]"
                            r"|,(?!\s+(?:flat|apartment|apt|unit|suite|stan|piso|apto|dpto|depto)\b)|$", re.I)


def _addresses_given(ctx: Ctx) -> Iterator[Cand]:
    """The address given after "the address is", "I live at", "we're at": a house number and a name, to the pause."""
    for m in _ADDRESS_GIVEN.finditer(ctx.norm):
        stop = _ADDRESS_PAUSE.search(ctx.norm[m.end():m.end() + 60])
        words = list(re.finditer(r"[^\s,]+", ctx.norm[m.end():m.end() + stop.start()]))
        kept = []
        for w in words:
            low = w.group(0).lower()
            if low in STOP_WORDS and not low.isdigit() or _UNIT_AFTER.fullmatch(low):
                break
            kept.append(w)
        else:
            low = ""
        if not 2 <= len(kept) <= 6 or _UNIT_AFTER.fullmatch(low):
            continue  # (a number of things: "we're at Kaufland 5 minutes away")
        while len(kept) > 1 and not re.search(r"\d", kept[0].group(0)) and not re.search(r"\d", kept[-1].group(0)):
            kept.pop()  # the town after the house number: "lenin street 44 batken"
        toks = [w.group(0) for w in kept]
        if any(t.lower() in ("underscore", "dot", "at") or "_" in t or "@" in t for t in toks):
            continue  # a handle: "on twitter i'm at sunny underscore daze 22"
        street = [t for t in toks if t.lower() in _STREET_KIND_WORDS or t.lower() in _STREET_FIRST_WORDS]
        numbered = [t for t in toks if re.search(r"\d", t)]
        named = street or [t for t in toks if not re.search(r"\d", t) and not is_english(t) and not is_cue(t)]
        if not numbered or not named or not (re.search(r"\d", toks[0]) or re.search(r"\d", toks[-1])) \
                or m.group("weak") and not (re.search(r"\d", toks[0]) or street):
            continue  # (where one only is: "I'm at Aldi 2 blocks away", "on Instagram I'm at mwangi 254", "we're at covid
            # level two": a house number first or a street's kind)
        a, b = m.end() + kept[0].start(), m.end() + kept[-1].end()
        flat = _FLAT_AFTER.match(ctx.norm, b)
        yield ctx.cand(a, flat.end() if flat else b, "location", 0.9)


# a region by its kind said after its name ("Krasnodar Krai", "the Ashanti Region", "ratnapura district", "Ratchaburi
# province", "Auchi, Edo State"): one or two words before the kind that name places, no everyday word ("Springfield
# School District", "the Central Region" name none), not its office ("Edo State Government"); "State" only after "in"
# or a comma and away from talk of study ("went to Boise State", "an email from Wichita State": universities)
_REGION_KIND = re.compile(r"(?<=\w )(krai|oblast|province|region|governorate|prefecture|voivodeship|canton|district|state)\b"
                          r"(?!\s+(?i:government|university|college|council|court|hospital|police|office|board|schools?|assembly|"
                          r"house|ministry|authority|department|commission|agency|library|bank|polytechnic|teaching|general|"
                          r"secondary|primary|line|fair|lottery|water|health|transport)\b)", re.I)


_CAMPUS_TALK = re.compile(r"\b(?:graduat\w*|degree|college|universit\w*|stud\w*|semester|campus|alumn\w*|football|"
                          r"basketball|team|game|fans?|scholarship|professor|class|course|major\w*)\b")
_TWO_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]+\s+){1,2}$")
_WORD = re.compile(r"\S+")


def _names_a_place(word: str) -> bool:
    """Whether a word before a region's kind can be its name: a town's word, or a noun whose vector does not sit with
    common nouns ("edo", "ashanti"), no everyday word ("school", "central", "rivers")."""
    low = word.lower()
    if used_as_town(word):
        return True
    lean = town_lean(low)
    return low not in STOP_WORDS and not any(low in base_words(pos) for pos in ("verb", "adj", "adv")) \
        and lean is not None and lean[1] >= -0.05


def _regions(ctx: Ctx) -> Iterator[Cand]:
    """A region named with its kind after it ("Krasnodar Krai", "Edo State")."""
    for m in _REGION_KIND.finditer(ctx.norm):
        before = _TWO_WORDS_BEFORE.search(ctx.norm, max(0, m.start() - 40), m.start())
        if not before:
            continue
        words = list(_WORD.finditer(ctx.norm, before.start(), m.start()))
        while words and not all(_names_a_place(w.group(0)) and (w.group(0)[0].isupper() or m.group(1).islower())
                                for w in words):
            words.pop(0)  # "the Ashanti Region", "in Edo State": the name only
        if not words:
            continue
        a = words[0].start()
        if m.group(1).lower() == "state" and (not re.search(r"(?:\bin|,)\s+$", ctx.norm[max(0, a - 6):a])
                                              or re.fullmatch(US_STATES, ctx.lower[a:m.start()].strip())
                                              or _CAMPUS_TALK.search(ctx.lower, max(0, a - 60), m.end() + 60)):
            continue  # "I graduated from Michigan State", "an email from Wichita State about the tuition": a university
        yield ctx.cand(a, m.end(), "location", 0.9)


def _street_named(lower: str, m: re.Match) -> bool:
    """Whether an "on/off X road" (or "at/is calle X") names a street: a foreign street word, a name no dictionary
    holds, or an everyday word where someone says where they are ("on another road", "off sick road works" name none)."""
    words = (m.group(2) or m.group(3)).split()
    if any(w in STOP_WORDS or w in _NOT_STREET_NAME for w in words) or m.group(3) and m.group(0).startswith(("at ", "is ")) \
            or m.group(2) and words[-1] in FIRM_KINDS or _FIRM_KIND_NEXT.match(lower, m.end()):
        return False  # (an English street's name only after "on", "off" and the like: "this is david lane"; "at soi dog
        # rescue" is a charity)
    if m.group(2) or not all(is_english(w) and not {"first_name", "surname", "place"} & set(tables().get((w,), ()))
                             for w in words):
        return True
    if m.group(0).endswith((" way", " close")):
        return False  # "i'm on hold way too long", "on site close by"
    end = m.start() + len(m.group(0).split()[0]) + 1
    shop = re.search(r"([a-z']+)\s+(?:on|off)\s+$", lower[max(0, m.start() - 30):end])
    shop_on = shop and (re.sub(r"'s$", "", shop.group(1)) in FIRM_KINDS
                        or "organization" in tables().get((re.sub(r"'s$", "", shop.group(1)),), ()))
    return bool(_HOME_ON.search(lower, max(0, m.start() - 30), end)
                or re.search(r" (?:street|avenue|boulevard|crescent|terrace|road|drive|lane)$", m.group(0))  # a thing there
                and _THING_ON.search(lower, max(0, m.start() - 30), end)
                or shop_on and not m.group(0).endswith((" grove", " close"))
                and not (m.group(0).endswith((" walk", " parade", " gate", " square")) and all(
                    is_english(w) and not {"first_name", "surname", "place"} & set(tables().get((w,), ())) for w in words)))
    # "boots on leith walk", "the pharmacy on queen street", "the walgreens on university drive" (not "the church on
    # easter parade", "the school on sponsored walk")


_NOT_STREET_WORD = "(?:The|A|An|My|And|But|So|I)"
_CAP_WORD = r"[A-Z][a-z]*(?:['’-][A-Za-z][a-z]+)*(?<=[a-z])"  # "Maple", "O'Connell", "Castle-Hill"
_ROAD_ENDS = (r"(?=\s*(?:[.,;!?]|$|near\b|at\b|by\b|(?:north|south|east|west)(?:bound)?\b|towards?\b|between\b|past\b|"
              r"before\b|after\b|when\b|heading\b|going\b|exit\b|junction\b|and\b|just\b|then\b|(?:anti-?)?clockwise\b))")
# a road by its number where one drives: "the m 60 near warrington", "rear ended on i 95", "heading north on the 405"
_ROAD_BY_NUMBER_RX = re.compile(rf"\b(?i:on|off|take|took|taking|via|along|down|up|round|around|onto|joined|joining|exited) "
                                rf"(?:the )?((?<=the )(?i:[am]) ?\d{{1,3}}(?:\(m\))?|(?i:i)[- ]\d{{1,3}})\b(?!-\d){_ROAD_ENDS}")  # (A and M after "the")
# the kind of street said after its name in central and eastern Europe and Turkey, no English word among them
_STREET_KIND_AFTER = "cesta|út|útja|körút|utca|caddesi|sokak|sokağı|bulvarı|mahallesi|náměstí|namesti|třída|nábřeží|ulice|trg|námestie"
_PAPER = re.compile(r"\b(?:print\w*|paper|sheets?|pages?|envelopes?|size|folded|photocop\w+|scan\w*)\b")
ADDRESS_RX = [
    re.compile(rf"\b\d{{1,6}}(?:(?![Gg]\b)[A-Za-z])?(?:-\d+)?\s+(?!(?i:bed|bedroom|bath|bathroom|room|story|storey|car|(?:square|sq\.?) ?(?:foot|feet|ft|met(?:er|re)s?))\b)"
               rf"(?:(?:[NS][EW]|[NSEW])\.?\s+|(?i:north|south|east|west)\s+)?{_NAMEWORD}{{0,3}}"
               rf"{_STREET}\b\.?(?:,?\s+(?i:apt|apartment|unit|suite|ste|#)\.?\s*#?\w+)?"),
    # a house number, a pause, then its street, as Whisper writes it: "I'm at 42, uh, Oak Lane" (capitals and the street's
    # whole kind: not "82, he can't drive", "38, Dr. Osei")
    re.compile(r"\b\d{1,5}[A-Za-z]?,\s+(?:[A-Z][a-z'’]+\s+){1,3}(?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Court|Way|"
               r"Place|Terrace|Boulevard|Gardens|Grove|Square|Parade|Highway|Parkway)\b"),
    # a street type that is also an everyday word, said in lower case ("6751 ivy circle", "forty two cedar way"):
    # only where an address is given, after a house number of two digits or more
    re.compile(rf"\b(?:at|to|on|is|live|lives|address|it's)\s+(\d{{2,6}}\s+(?:(?:north|south|east|west)\s+)?{_NAMEWORD}{{1,2}}"
               r"(?:way|circle|cir|square|close|grove|gardens|mews|row|alley|place|pl)\b(?:,?\s+(?:apt|apartment|unit|suite)\.?\s*#?\w+)?)"),
    re.compile(r"\b(?:apartment|apt|unit|suite|ste)\.?\s*(?:is\s+|number\s+|no\.?\s+)?#?\s*\d+[A-Za-z]?\b", _I),
    # a house number and a name ending in a kind of street the lists above leave out, as Britain and the Commonwealth
    # name them ("4 Chapel Hill", "9 Fell View", "72 Marine Parade", "twelve harbour view" said where one is)
    re.compile(r"(?<!\bTable )(?<!\bRoom )(?<!\bSeat )(?<!\bGate )(?<!\bStop )(?<!\bPlatform )(?<!\bBus )"
               r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][a-z'’]+\s+){1,2}(?:Hill|View|Parade|Rise|Vale|Heights|Brow|Wynd|Chase)\b"
               r"(?!\s+[a-z])"),  # (not "2 Sunny Hill climbs", "Table 12 Sea View")
    re.compile(r"\b(?:at|to|on|is|live|lives|address|it's)\s+(\d{2,5}\s+(?:(?!(?:percent|per|on|in|at|of|and|the|a|pounds|"
               r"dollars|euros|more|less|extra)\b)[a-z'’]+\s+){1,2}(?:view|parade|heights|wynd))\b"),  # (not "30 percent rise")
    # a house number and a capitalized name where someone says where they live, whatever the street type or how
    # the recognizer heard it ("I live at 1422 Maple Ridge Rhyme", "we moved to 2050 St. Denis")
    re.compile(r"\b(?:(?i:live|lives|living|lived|moved|moving)\s+(?i:at|to|on)|(?i:address is|address's|address:))\s+"
               rf"(\d{{1,5}}[A-Za-z]?\s+(?!(?i:days?|weeks?|months?|years?|hours?|minutes?|times?|people|countries|states|"
               rf"cities|{MONTH}|{WEEKDAY})\b)(?:The\s+)?(?:(?!{_NOT_STREET_WORD}\b){_CAP_WORD}\.?\s+){{0,2}}"
               rf"(?!{_NOT_STREET_WORD}\b){_CAP_WORD})"),
    # other countries' ways: "No. 12, 3rd Cross" (India), "Plot 12, Sector 14", "Lot 7, Block 12, Phase 2" (the
    # Philippines), the street before its number ("Calle Reforma 222, piso 3", "Rua Augusta 1500", "Hauptstraße 5")
    re.compile(r"\b(?:No\.?|#|Plot|House|Flat|Door)\s*(?:No\.?\s*)?\d+[A-Za-z]?(?:/\d+)?,?\s+\d+(?:st|nd|rd|th)\s+"
               r"(?:Cross|Main|Stage|Block|Sector|Phase|Street|Avenue|Road)(?:\s+Road)?\b"),
    # the Gulf's numbered streets: "Villa 17, Street 32", "Building 4, Road 2715"
    re.compile(r"\b(?:Villa|House|Building|Bldg\.?|Flat)\s+\d+[A-Za-z]?,?\s+(?:Street|St\.?|Road|Rd\.?|Way|Block)\s+\d+\b"),
    re.compile(r"\b(?:Lot|Plot)\s+(?:No\.?\s*)?\d+[A-Za-z]?,?\s+(?i:block|blk\.?|sector)\s+\d+[A-Za-z]?"
               r"(?:,?\s+(?i:phase)\s+\d+[A-Za-z]?)?"),
    re.compile(r"\b(?:(?:(?<=\bat )|(?<=\bon )|(?<=\bin )|(?<=\bis )|(?<=\bto )|(?<=, ))(?:calle|avenida|rua|via|viale|piazza)|"
               # (in lower case where an address is said: "at via Roma 41", not "flew via Dubai 2 years ago")
               r"Calle|Avenida|Rua|Via|Viale|Piazza|Carrera|Rue|Av\.|Paseo|Camino|Calzada|Travessa|"
               r"Alameda|Corso|Ul\.|Ulica|Aleja|Strada|Str\.|Bulevardul|Bulevar|Aleea|Calea|[SȘ]oseaua|Ulitsa|Vulytsia|Rruga|"
               r"Jalan|Jl\.|Heol|Stryd|Ffordd)\s+(?:(?:de|del|dei|della|delle|degli|la|las|los|do|da|dos|das|di|des|du|e|y)\s+)?"
               r"(?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+,?\s+\d{1,5}[A-Za-z]?(?!\s+(?i:nights?|days?|weeks?|people|guests|seater|"
               r"stars?|times)\b)"  # (not "the Piazza Hotel 3 nights")
               r"(?:,?\s+(?:piso|apto|apartamento|depto|dpto|int|interior|andar|sala|bloco|casa)\.?\s+\d+\w?)?"),
    # street-then-number of Germany, the Netherlands, Scandinavia, Finland: "Hauptstrasse 12", "trondheimsveien forty two"
    re.compile(r"\b(?:[A-Z][a-zäöüåæøé]+\s+)?[A-Za-zäöüåæøé]+(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|straat|gracht|laan|"
               # and its stair and flat: "Rantakatu 12 B 7" (the view joins them: "12B7")
               r"plein|kade|singel|veien|vegen|gata|gatan|vägen|gade|vej|katu|utca)\s+\d{1,4}(?:[a-z]|[A-Z]\d{0,3})?\b"
               # the street's kind as a word of its own: "Eppendorfer Weg 212", "Lange Laan 5", "Franz-Josef-Straße 9", and
               # the kinds said after the name from Slovenia to Turkey ("Koroška cesta 14", "Rákóczi út 38", "İnönü
               # Caddesi 58", "Masarykovo náměstí 20")
               # (in case-less text too: "leipziger strasse sixty three")
               r"|\b[^\W\d_][\w'’]+(?:-[^\W\d_][\w'’]+)*[\s-](?i:straße|strasse|weg|gasse|allee|damm|straat|gracht|laan|plein|"
               rf"kade|singel|{_STREET_KIND_AFTER})\s+\d{{1,4}}[a-z]?\b"),
    # a Dutch postcode before its town: "1072 LK Amsterdam"
    re.compile(r"\b[1-9]\d{3}\s?(?!MB|GB|KB|TB|AD|BC|AM|PM)[A-Z]{2}(?=\s+[A-Z][a-z])"),
    re.compile(r"\b\d{1,5},?\s+(?:(?i:calle|avenida|rua|rue|boulevard|chemin)|avenue|allée|impasse|quai|Via|Heol|Stryd|Ffordd)\s+"
               r"(?:(?:de|del|la|do|da|di|des|du|y|yr)\s+){0,2}"
               r"[A-Z][\w'-]+\b(?:,?\s+(?i:apt|apartment|appartement|flat|unit)\.?\s*#?\w+)?"),  # "8224 Calle Luna", "88 rue
    # Saint-Martin", "14 rue de la République", "4 allée du Saulcy, apartment six"
    _HIGHWAY_RX,
    _ROAD_BY_NUMBER_RX,
    re.compile(rf"\b(?i:heading|driving|drove|traffic|accident|crash|stuck|ended|merging|north|south|east|west|bound) "
               rf"(?i:on|off|onto|along|down) the (\d{{3}})\b(?!-\d){_ROAD_ENDS}"),
    # an Irish or British county after a town ("Skibbereen, County Cork"), and a street named where one is, said in
    # lower case without a number ("right off bolsa avenue", "on calle luna")
    re.compile(r"(?:(?<=, )|(?<=\bin ))(?:County|Co\.) (?!(?:Council|Court|Courthouse|Hall|Clerk|Office|Commission|Sheriff|Jail|Hospital|"
               r"Fair|Board|Schools?|Line|Services?)\b)[A-Z][a-z]+\b"),
    _STREET_SAID,
    # a country by its letters where one is ("I'm in the UK", "a licence from the UK"), not as an adjective
    # ("the UK one", "the US Army")
    re.compile(r"(?<=\b(?:in|to) the )(?:UK|USA|US|UAE|EU)(?![\w.]|\s+[A-Za-z](?<!\s[a-z]))|(?<=\bfrom the )(?:UK|USA|US|UAE|EU)"
               r"(?![\w.]|\s+[A-Za-z](?<!\s[a-z]))|(?<=\b(?:in|to) the )(?:U\.S\.|U\.K\.)(?:A\.)?(?!\s+[A-Z])|(?<=\bfrom the )(?:U\.S\.|U\.K\.)(?:A\.)?(?!\s+[A-Z])"),
    # a town named by an English word, capitalized where one is going or coming from ("I got it in Cork", "the trip
    # to Bath", "between Swindon and Reading"); the place lists hold no such word
    re.compile(r"(?:\b(?:in|to|from|near|outside|into|and|at|of)|,) ((?:Cork|Bath|Reading|Split|Hove|Nice|Derby)\b)"
               r"(?=\s*(?:[,.;?!]|$)|\s+(?:on|at|for|last|next|this|since|until|by|from|near|yesterday|today|tomorrow|now|"
               r"soon|where|westbound|eastbound|northbound|southbound|station|city centre|city center)\b)"),
    # a British or Irish motorway or A-road, a North American freeway by its number, said where one drives ("on the
    # M25", "off the A38", "on the m6 toll", "take the 405 north"; not "the A4 sheets", "my seat is the A14")
    re.compile(r"\b(?i:on|off|along|up|down|onto|via|take|took|taking|join|joined|joining|exit|exited|leave|left) the "
               r"((?i:[MAN])\d{1,3}\b(?:\s+(?i:toll))?)(?!\s*\d[A-Z]{2}\b)(?!\s*(?i:paper|size|sheets?|envelopes?|"
               r"format|notebooks?|screws?|bolts?|chip|macbook|ipad|processor|printer|card|folder|pad|form|level|exam|seat|unit|"
               r"avant|saloon|estate|sportback)\b)"),
    re.compile(r"\b(?i:on|take|took|taking|via|down|up|onto) the (\d{3})(?=\s+(?:near|past|toward|towards|"
               r"northbound|southbound|eastbound|westbound|north|south|east|west|exit|freeway|highway|express|between)\b)"),
    # "Springfield, IL 62704", "Houston TX 77002", "houston tx 77002": the state (in lower case, no English word)
    _TOWN_STATE_ZIP_RX,
    _AU_STATE_POSTCODE_RX,
    # not when an organization's head word follows: "Wall Street Journal", "Elm Street Elementary"
    re.compile(rf"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}\s+(?:Street|Avenue|Road|Boulevard|Lane|Drive|Parkway|Highway)\b"
               rf"(?!\s+(?:{ORG_HEAD}|Elementary|Middle|High)\b)"),
    # the busiest airports by their codes, as callers say them ("lands at JFK"); capitals only, and not the letters
    # that lead a code's digits ("member ID PHX 778 204 551")
    re.compile(r"\b(?:ATL|LAX|ORD|DFW|DEN|JFK|SFO|SEA|LAS|MCO|EWR|CLT|PHX|IAH|MIA|BOS|MSP|DTW|FLL|PHL|LGA|BWI|SLC|"
               r"DCA|IAD|SAN|TPA|PDX|HNL|MDW|AUS|BNA|STL|RDU|YYZ|YVR|YUL|LHR|LGW|STN|CDG|AMS|FRA|DXB|HKG|NRT|SYD)\b"
               r"(?!-\d|,?\s\d{3}[\s,]+\d{3}|\s+(?i:number|no|card|id)\b)"),  # (not "her MSP number": a health plan's)
    re.compile(r"\b(?:p\.?\s?o\.?\s+box|post office box)(?:\s+(?:is|number|no\.?))?\s+(?:box\s+)?#?\d+\b", _I),
    re.compile(r"\b(?:zip(?: code)?|postal code|postcode)\s*(?:is\s+)?:?\s*(\d{5}(?:-\d{4})?)\b", _I),
    _STATE_ZIP_RX,
    re.compile(rf"\b(?:{US_STATES}),?\s+(\d{{5}}(?:-\d{{4}})?)\b", _I),
    re.compile(r"\b[A-Z]\d[A-Z](?:,\s)?\s?\d[A-Z]\d\b"),  # a Canadian postal code, its halves apart as Whisper writes them too
    re.compile(r"\b-?\d{1,3}\.\d{3,}\s*°?\s*[NS]?,\s*-?\d{1,3}\.\d{3,}\s*°?\s*[EW]?\b"),
]


# a street's kind joined to its name in the languages that join them ("Kirkkokatu", "Hauptstraße", "Korenmarkt")
_JOINED_KINDS = ("straße", "strasse", "weg", "gasse", "platz", "allee", "damm", "straat", "gracht", "laan", "plein", "kade",
                 "singel", "veien", "vegen", "gatan", "vägen", "gade", "vej", "katu", "utca", "markt", "torget")
_STREET_FIRST_WORDS = frozenset("via viale calle rua rue avenida corso paseo carrera calzada ulica ulitsa jalan rambla strada "
                                 "carrer avinguda travessa rruga derb".split())
# streets named without their number: of the countries that join a street's kind to its name ("I live on Camsdorfer
# Straße", "near the Ludwig Brücke", "it should be Kirkkokatu"; a Platz, Damm or Weg only after an adjective's -er, as
# "Jonas Platz" and "Linda Damm" are people), by the word others put first ("on Via Palmieri",
# "off Calle Mayor"), and a shopping mall by its name ("right by Millcreek Mall"); a word of English is no street
# ("the Fire Brigade"), nor what is done ("sent on Via Email")
_NAMED_STREETS = re.compile(
    r"(?<!Mr\. )(?<!Ms\. )(?<!Dr\. )(?<!Mrs\. )"
    r"(?:\b[A-Z][a-zäöüåæøéß]+er\s+(?:Straße|Strasse|Weg|Gasse|Allee|Platz|Brücke|Damm|Straat|Gracht|Laan|Plein|Kade|Singel)\b"
    r"|\b[A-Z][a-zäöüåæøéß]+\s+(?:Straße|Strasse|Gasse|Allee|Brücke|Straat|Gracht)\b"
    rf"|\b[A-Z][a-zäöüåæøéß]{{2,}}(?:{'|'.join(_JOINED_KINDS)})\b)"
    # the same in lower case where a place is said ("on the hengelosestraat", "by järntorget"; not a "-laan" or "-markt"
    # that is a surname or a shop: "vanderlaan", "mediamarkt")
    r"|(?:(?<=\bon )|(?<=\boff )|(?<=\balong )|(?<=\bnear )|(?<=\bat )|(?<=\bby )|(?<=\bthe )|(?<=\bin ))"
    rf"[a-zäöüåæøéß]{{3,}}(?:{'|'.join(k for k in _JOINED_KINDS if k not in ('laan', 'markt'))})\b"
    r"|(?:(?<=\bon )|(?<=\boff )|(?<=\balong )|(?<=\bnear )|(?<=\bat )|(?<=\bin )|(?<=\bfrom ))"
    rf"(?:(?i:{'|'.join(sorted(_STREET_FIRST_WORDS - {'via', 'viale'}))})|Via|Viale)\s+(?:(?:de|del|la|las|los|do|da|dos|das|di|dei|della|des|du)\s+)?[A-Z][\w'-]+"
    r"(?:\s+(?:(?:de|del|la|los|do|da|das|di|della|du)\s+)?[A-Z][\w'-]+){0,2}"
    r"|(?<!\bon )\b(?!The\b)(?:[A-Z][\w'-]+\s+){1,2}Mall\b")  # (not a shop online: "ordered it on Shopee Mall")


# a UK postcode ("BN1 3FP", "SW1A 1AA"); scored below a cued code, which it may also look like
UK_POSTCODE_RX = re.compile(r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?(?:[ -]|, )?\d[ABD-HJLNP-UW-Z]{2}(?![\w-])")
# a Canadian postal code said letter by letter and digit by digit: "v one y two k six"
_CA_POSTCODE_SAID = re.compile(rf"(?<![\w'])[a-z](?:\s+{DIGIT_WORD}\s+[a-z]){{2}}\s+{DIGIT_WORD}\b", re.I)
_POSTAL_CUE = re.compile(rf"{CUES['zip']}\s*(?:is\s+)?[:,]?\s*$", re.I)
_UK_POSTCODE_ANY_CASE = re.compile(rf"(?i:{UK_POSTCODE_RX.pattern})")  # "penzance, tr18 2dq" after a street
# a postcode asked for or named, then answered in parts, every part with a digit, as a recognizer writes one read out
# ("Postal code? V9T, um, 2K7.", "And the postcode? Margaret: T-R-1, 2-N-Q.", "zip? 52001.", "eircode is D02 X285")
_POSTCODE_ANSWERED = re.compile(
    r"\b(?:zip(?:\s?code)?|postal code|postcode|post code|pin ?code|eircode)(?:,?\s+(?:is|was|there|please|again))*\s*[?:,.]?\s+"
    r"(?:[a-z]+(?: [a-z0-9])?:\s+)?(?:(?:it'?s|it is|yeah|yes|so|that'?s|sure|uh|um)[,.]?\s+)*"
    r"((?=[a-z-]*\d)[a-z0-9]{1,6}(?:-[a-z0-9]{1,4})*(?:(?:,\s+|\s+|-)(?=[a-z-]*\d)[a-z0-9]{1,4}(?:-[a-z0-9]{1,4})*){0,2})"
    r"(?=\s*(?:[.;!?]|,\s|$))", _I)
_NOT_POSTCODE_BEFORE = re.compile(r"\b(?:error|code|exit|junction|model|version|bmw|audi|mercedes)\b[\w\s]{0,8}$")


# the town of an address line, named just before its zip or postcode ("Brighton BN1 3FP", "Dayton, OH 45402")
_TOWN_BEFORE_CODE = re.compile(
    rf"\b([A-Z][a-z]+),?\s+(?=([A-Z]{{2}},?\s+)?(\d{{5}}(?:-\d{{4}})?\b|[1-9]\d{{5}}\b|{UK_POSTCODE_RX.pattern}))")
# the code before its town, as much of Europe writes it ("10115 Berlin", "75011 Paris"): a listed place only
_CODE_BEFORE_TOWN = re.compile(r"(?<![\w.,/-])(\d{4,5}|\d{2}-\d{3})\s+([A-Z][a-zäöüéèßąćęłńóśźż]+)(?=\s*(?:[,.?!]|$))")
# a postcode as Europe and Ireland write them, or of digits only, closing an address line after its town: "Mobile, 36605",
# "Dublin 6, D06 F2X9", "Braga, 4700-329", "Oudegracht 217 bis, 3511 NK"; the line holds a house number by a name
_POSTCODE_SHAPES = r"(?:\d{2}-\d{3}|\d{4}-\d{3}|[1-9]\d{3}\s?[A-Z]{2}|[AC-FHKNPRTV-Y]\d[\dW]\s?[AC-FHKNPRTV-Y\d]{4}|\d{4,6})"
_CODE_CLOSING = re.compile(rf"(?<=[\w'’], )({_POSTCODE_SHAPES})(?![\w-])(?=\s*(?:[.?!;]|,\s+(?:and|but|so)\b|$))")
_HOUSE_NUMBER = re.compile(r"\b\d{1,5}[A-Za-z]?,?\s+(?:[a-z]{1,3}\s+)?[A-Z][a-z][\w'’-]*|\b[A-Z][a-z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+"
                           r"\d{1,5}[A-Za-z]?\b")
# a street and its number, then the postcode, or a floor or flat between ("Gade 12, second floor, 8800 Viborg")
_STREET_THEN = re.compile(rf"(?:{_HOUSE_NUMBER.pattern})(?:[ -][\w'’-]+){{0,3}},\s+(?:(?:[\w'’.-]+\s+){{0,2}}(?i:floor|flat|apt\.?|"
                          r"apartment|unit|suite|top|door|stock|etage|étage|piso|andar)(?:\s+[\w'’.-]+)?,\s+)?$")


# a four-digit postcode after its listed town (Australia, New Zealand, much of Europe, South Africa), not a year
_MONEY_TALK = re.compile(rf"\b(?:paid|pay|spent|owe|charged|{_PRICE_NOUN})s?\b")  # "I paid in Leeds, 1200"
_TOWN_THEN_FOUR = re.compile(r"\b([A-Z][a-zäöüéèß]+),\s+((?!19\d\d\b|20\d\d\b)[1-9]\d{3})(?=\s*(?:[,.?!;]|$|and\b))")
# a zip said as a place: "I live in 90210", "the 60614 area"
_ZIP_BY_PLACE = re.compile(r"\b(?:(?:live|lives|living|lived|moved|moving|located|based) (?:in|to)"
                           # "I'm calling from 30155", "the office in 30155", "deliveries to 30155", "near 30155"
                           r"|(?:calling|phoning|ringing) from|(?:i'?m|we'?re|i am|we are|it'?s|it is|they'?re|he'?s|she'?s) "
                           r"(?:in|near|outside)|(?:near|outside)"
                           r"|(?:deliver(?:y|ies|ed|ing)?|ship(?:ped|ping)?|send|sent|mail(?:ed)?|drive|driving|go|going) (?:it |them )?to"
                           r"|(?:office|store|branch|location|shop|clinic|warehouse|depot|stores|offices) (?:in|near))\s+"
                           r"(\d{5})\b(?!\s*(?:%|percent|dollars|different|other|more|(?!(?:is|was|has|does|this|its|yes|us|as)\b)[a-z]+s)\b)"
                           r"|\b(\d{5})\s+(?:area|zip)(?! is code)\b", _I)


# said after a password in words, no part of it ("sunflower last time", "rosebud lowercase", "pineapple i think"),
# beside what _STOP_VALUE and _WHEN_DONE hold
_AFTER_ANSWER = frozenset("anyway wait time lowercase uppercase caps capital capitals both all mate love believe think guess "
                          "know mind one each".split())
# the word password in a token, plain or with digits for letters ("Pa55w0rd_Lucy", "passw0rd_2024")
_PASSWORD_SPELT = re.compile(r"p[a@4][s5$]{2}w[o0]rd", re.I)
_EMAIL_CUE = re.compile(r"\b(?:e-?mail|e-mail address|email address)(?: address)?(?: is| it's| was)?:?\s+$")


def recognize_contact(ctx: Ctx) -> Iterator[Cand]:
    """email_address, url, ip_address, username (handles and cued), filename."""
    emails = []
    for m in EMAIL_RX.finditer(ctx.norm):
        emails.append(m.span())
        yield ctx.cand(m.start(), m.end(), "email_address", 0.99)
    for m in URL_RX.finditer(ctx.norm):
        if any(a <= m.start() < b for a, b in emails):
            continue
        if re.fullmatch(rf"[\w-]+\.(?:{FILE_EXTS})", m.group(0), _I):
            continue
        if not re.match(r"(?:https?://|www\.)", m.group(0), _I) and "/" not in m.group(0) \
                and (_USER_CUE.search(ctx.norm[max(0, m.start() - 70):m.start()])
                     or _USER_ASKED.search(ctx.norm[max(0, m.start() - 70):m.start()])):
            continue  # "your username is luna.and.me": a handle with dots, no site
        # "the email is sarah.mitchell.example.com": ASR dropped the "at" of a spoken address
        email = _EMAIL_CUE.search(ctx.lower[max(0, m.start() - 30):m.start()]) and not re.match(
            r"(?:https?://|www\.)", m.group(0), _I)
        yield ctx.cand(m.start(), m.end(), "email_address" if email else "url", 0.97)
    for m in IPV4_RX.finditer(ctx.norm):
        if v.ipv4(m.group(0)) and not _VERSION_BEFORE.search(ctx.lower[max(0, m.start() - 30):m.start()]):
            yield ctx.cand(m.start(), m.end(), "ip_address", 0.98)
    for m in IPV6_RX.finditer(ctx.norm):
        if m.group(0).count(":") >= 2 and re.search(r"[0-9a-f]{3}", m.group(0), _I):
            yield ctx.cand(m.start(), m.end(), "ip_address", 0.95)
    for m in HANDLE_RX.finditer(ctx.norm):
        if not any(a <= m.start() < b for a, b in emails):
            yield ctx.cand(m.start(), m.end(), "username", 0.95)
    for c in _cued_values(ctx, _USER_CUE, "username", 0.93):
        said = ctx.text[c.start:c.end]
        if " " not in said and len(said) > 2 and is_english(said) and not re.search(r"[\d_.@]", said) \
                and re.search(r"\b(?:still|now|will be)\s+$", ctx.text[max(0, c.start - 12):c.start], re.I):
            continue  # "your username is still valid", "will be emailed": what becomes of it, no handle
        yield c
    yield from (c for c in _cued_values(ctx, _USER_ASKED, "username", 0.95)  # a handle's shape, not "Honestly"
                if re.search(r"[\d_.@]", ctx.text[c.start:c.end]) or not is_english(ctx.text[c.start:c.end].lower()))
    for m in _HANDLE_TOKEN.finditer(ctx.norm):
        tok = m.group(0).rstrip(".")
        if not re.search(r"[_\d]", tok):
            continue
        if _USER_AFTER.match(ctx.norm, m.start() + len(tok)):
            yield ctx.cand(m.start(), m.start() + len(tok), "username", 0.9)
        elif "_" in tok and not _CODE_WORD.search(ctx.norm[max(0, m.start() - 40):m.start()]):
            # "it's kayla underscore b 7": words joined by an underscore, with a digit, are a handle
            # (and a short word before its digits, where the recognizer split a name: "dan_opa for 88")
            word_part = "" if re.search(r"\d", tok) else r"|[a-z]{2,4}(?=\s+\d+\b(?![.,]\d|\s+[a-z]{2,}))"
            tail = re.match(rf"(?:\s+(?:\d+|[b-hj-z]{word_part})\b)*", ctx.norm[m.start() + len(tok):])
            if re.search(r"\d", tok + tail.group(0)) or _HANDLE_TALK.search(ctx.lower[max(0, m.start() - 60):m.start()]) \
                    or _ON_PLATFORM.match(ctx.lower, m.start() + len(tok)):  # "it's under mtremblay_yeg on Instagram"
                # (or words only, named a handle: "my username on the booking app is kai_lq"); a password asked for
                # is one ("wi-fi password? No, it's Casa_Lupita_77")
                kind = "password" if _PASS_WORD.search(ctx.lower[max(0, m.start() - 60):m.start()]) \
                    or _PASSWORD_SPELT.search(tok) else "username"  # "I typed Pa55w0rd_Lucy": a password by its word
                # a handle the recognizer split into words is surer whole than a cue's reading of its first part
                name_split = re.search(r"[a-z]{2}", tail.group(0))
                yield ctx.cand(m.start(), m.start() + len(tok) + tail.end(), kind, 0.94 if name_split else 0.86)
    for m in _HANDLE_SHAPE.finditer(ctx.norm):
        if _LOGIN_NAMED.search(ctx.lower, max(0, m.start() - 60), m.start()) and not is_cue(m.group(0).lower()) \
                and not _AT_DOMAIN.match(ctx.norm, m.end()) \
                and not re.match(rf"\s*\d*\.(?:{FILE_EXTS})\b", ctx.norm[m.end():m.end() + 12], _I):  # a file's name
            # "is your username still dokonkwo78?", "the portal id i picked was ydelgado1", "tanaka_hana or hlopez83"
            yield ctx.cand(m.start(), m.end(), "username", 0.92)
    yield from _cued_values(ctx, _PASS_CUE, "password", 0.94)
    for m in _STRONG_SHAPE.finditer(ctx.text):
        if _LOGIN_TALK.search(ctx.lower, max(0, m.start() - 200), m.start()) \
                and not _NAMED_NOT_SECRET.search(ctx.lower, max(0, m.start() - 30), m.start()) \
                and not (re.fullmatch(r"[A-Za-z]+#\d{4,5}", m.group(0)) and not _PASS_WORD.search(ctx.lower, max(0, m.start() - 60), m.start())) \
                and not re.match(r"\.[a-z]", ctx.text[m.end():m.end() + 2]) \
                and (re.search(r"[!@#$%&*~^+=]", m.group(0)) or _PASS_WORD.search(ctx.text[max(0, m.start() - 120):m.start()].lower())):
            # "I'll set a temporary one, it's Tulip!Harbor92"; words and digits alone only where a password was named
            yield Cand(m.start(), m.end(), "password", 0.88)
    for rx in (_ANSWER_THEN_QUESTION, _PET_CALLED):
        for m in rx.finditer(ctx.text):
            yield Cand(m.start(1), m.end(1), "password", 0.9)
    yield from _named_after(ctx)
    yield from (c for c in _cued_values(ctx, _USER_BARE, "username", 0.9)  # "login kim.jonathan", not "login problems"
                if re.search(r"[\d_.@]", ctx.text[c.start:c.end]) or not is_english(ctx.text[c.start:c.end].lower()))
    for m in FILE_RX.finditer(ctx.norm):
        if not any(a <= m.start() < b for a, b in emails):
            named = _FILE_WORDS.search(ctx.norm, max(0, m.start() - 60), m.start())
            words = named.group(1).split() if named else []
            start = named.start(1) if words and not any(w.lower() in _NOT_IN_FILE_NAME or w[0].isupper() and not is_english(w)
                                                        for w in words) else m.start()  # no "Priya" in a file's name
            yield ctx.cand(start, m.end(), "filename", 0.96)


_NEXT_VALUE = (r"(?!(?i:\s+(?:and|plus|then)\s+(?:my\s+|the\s+|your\s+)?(?:id|zip|account|ssn|social|card|"
               r"phone|number|member|date|dob|birthday|address|email|pin|password)\b))")
"""A spoken password runs on over words ("blue dog 7"), not into the next value ("and ID 22")."""


_SPEAKER_LABEL = re.compile(r"[A-Z][A-Za-z]*_?\d*:")  # "B:", "Caller:", "SPEAKER_01:"
_CONTRACTED = re.compile(r"[A-Za-z]+'(?:t|d|m|s|re|ve|ll)", _I)  # "PIN, don't laugh": no value


def _contraction(tok: str) -> bool:
    """A contraction, with its apostrophe or as case-less ASR writes it ("don't", "dont"): never a value."""
    return bool(_CONTRACTED.fullmatch(tok)) or tok.lower() in BARE_CONTRACTIONS

# the value, then what it is: "44%falcon, my password", "Fresno is the password", "it's dennistx my user name"
_NAMED_AS_RX = re.compile(
    r"(?P<link>,\s*(?:(?:that'?s|it'?s|which is)\s+)?|\s+(?:is|was|that'?s|which is)\s+|\s+)"
    r"(?:the|my|our|his|her|their)\s+(?:(?:new|old|current|temporary|login|account|wifi|wi-fi|email|bank|online|app)\s+)?"
    r"(?:(?P<password>password|passcode|pass code|passphrase|pin(?: number)?)|user ?name|login|handle|screen name|"
    r"gamer ?tag|user id)\b"
    r"(?=\s*(?:[.?!,;]|$|(?:i think|i believe|you know|yeah|okay|ok|right|please|thanks|um|uh|too|as well)\b))", _I)
_IT_IS = re.compile(r"\b(?:it'?s|it is)\s+$", _I)
_DETERMINED = re.compile(r"\b(?:the|a|an|on|in|at|to|of|for|from|with|by)\s+$", _I)


def named_as_password(text: str, end: int) -> bool:
    """Whether the word ending at `end` is then named a password with a comma or "is" ("Fresno is the password")."""
    m = _NAMED_AS_RX.match(text, end)
    return bool(m and m.group("password") and m.group("link").strip())


def _named_after(ctx: Ctx) -> Iterator[Cand]:
    """A word said just before its name ("X, my password", "X is the user name"), when it has a value's shape:
    digits or symbols, no dictionary word, or a capital inside the sentence; without a comma or "is", only
    after "it's" ("it's Bailey my password"). Found from the names, so a line is read once."""
    for after in _NAMED_AS_RX.finditer(ctx.norm):
        m = re.search(r"[^\s,;]+$", ctx.norm[max(0, after.start() - 60):after.start()])  # the word said before the name
        if not m:
            continue
        start = after.start() - len(m.group(0))
        tok = m.group(0).rstrip(".!?")
        if not tok or _STOP_VALUE.match(tok) or _contraction(tok):
            continue
        if not after.group("link").strip() and not _IT_IS.search(ctx.norm[max(0, start - 8):start]):
            continue
        if not re.search(r"\w", tok) or _DETERMINED.search(ctx.norm[max(0, start - 12):start]):
            continue  # "name — uh kowalczyk", "@bluefinch22 on the app, that's my handle": no value
        if _shaped(tok, ctx.norm[:start]):
            policy, score = ("password", 0.93) if after.group("password") else ("username", 0.92)
            end = start + len(tok)
            while (prev := re.search(r"(?<![\w.@])([\w.@-]+) $", ctx.norm[max(0, start - 40):start])) \
                    and not _STOP_VALUE.match(prev.group(1)) and re.search(r"[\d_.@]", prev.group(1)) or \
                    prev and not is_english(prev.group(1).lower()) and not _STOP_VALUE.match(prev.group(1)):
                start -= len(prev.group(0))  # "jquintero eight seven, that's my user id": the whole of it
            yield ctx.cand(start, end, policy, score)


def _shaped(tok: str, before: str) -> bool:
    """Whether a word looks like a value: digits or symbols, no dictionary word, or a capital inside a sentence."""
    return bool(re.search(r"[\d_.@%#$!&*]", tok)) or not is_english(tok.lower()) \
        or tok[0].isupper() and not re.search(r"(?:^|[.?!]\s+)$", before)


# what only a password looks like: capitals, small letters, digits and a symbol in one token, in talk of logging in
_STRONG_SHAPE = re.compile(r"(?<![\w@.!#$%&*+=/-])(?:(?=[^\s,]{0,40}?[A-Z])(?=[^\s,]{0,40}?[a-z])(?=[^\s,]{0,40}?\d)"
                           r"(?=[^\s,]{0,40}?[!@#$%&*~^+=])[A-Za-z\d!@#$%&*~^+=_-]{8,40}"
                           r"|[A-Z][a-z]+(?:-[A-Za-z][a-z]+)+-\d{1,6})(?![\w@/-])")  # or words and digits joined: "Harbour-Welcome-73"
_LOGIN_TALK = re.compile(r"\b(?:password|passcode|passphrase|pass code|log ?in|sign ?in|credentials|temporary|wi-?fi)\b")
# what names a tag, a handle or a network, not a secret: "my BattleTag is DragonSlayer#1234", "the wi-fi is called Home_Net#5G"
_NAMED_NOT_SECRET = re.compile(r"\b(?:name|called|tag|gamertag|battletag|ssid|network|handle|username|user name|user id|"
                               r"login id|email)\b[^.?!]{0,12}$")


def _cued_values(ctx: Ctx, cue: re.Pattern, policy: str, score: float) -> Iterator[Cand]:
    """The token after a cue phrase ("my password is X", "username: X")."""
    for m in _TOKEN.finditer(ctx.norm):
        cued = cue.search(ctx.norm[max(0, m.start() - 70):m.start()])
        if not cued:
            continue
        tok = m.group(0).rstrip(".!?")
        if not re.search(r"\w", tok) or _STOP_VALUE.match(tok) or _contraction(tok) \
                or "@" in tok[1:] and policy == "password" or _SPEAKER_LABEL.fullmatch(tok):
            continue  # (a speaker's label, "B:", opens the answer; the value comes after it)
        if _WHEN_DONE.match(tok) and re.search(r"(?:password|passcode|pass code|passphrase|pin|code|word|name)\s+$", cued.group(0), _I):
            continue  # "I reset my password yesterday": when, right after the cue's noun (not "the password's Sunday")
        if policy == "password" and re.fullmatch(r"\d{5,6}", tok) and POSTAL_PIN_BEFORE.search(ctx.norm, max(0, m.start() - 140), m.start()):
            continue  # India's postal PIN code, after an address
        if policy == "username" and "political_affiliation" in tables().get((tok.lower(),), ()):
            continue  # "I registered as conservative": a voter's registration
        pin = policy == "password" and re.search(r"\bpin\b", cued.group(0), _I)
        if pin and not re.search(r"\d", tok):
            continue  # "enter your pin followed by", "a pin, want to set it now?": a PIN is digits
        if policy == "password" and tok.isdigit() and len(tok) < 3 and not re.match(r"[\s,.-]*(?:\d|[A-Za-z]\b|oh\b)", ctx.norm[m.end():]):
            continue  # "pin 2 and pin 5 on the connector": no PIN is one or two digits
        end = m.start() + len(tok)
        # a spoken value may run over a few more tokens ("temp 1234", "blue dog 7")
        rest = re.match(rf"{_NEXT_VALUE}(?:\s+[A-Za-z]+){{0,3}}\s+[A-Za-z]*\d[\w!#$%&*@]*(?![\w.-]*\s+(?:minutes|hours|days|times))", ctx.norm[end:]) \
            if policy == "password" else None
        rest = rest or re.match(r"(?:\s+(?:[A-Za-z]*\d[\w!#$%&*]*|[A-Z][a-z]+|_\w+|[A-Za-z]\w*_\w*|[!#$%&*]\w*|[a-z](?=\s+\d)"
                                r"|dot \w+))*",
                                ctx.norm[end:])  # ("szabo n 1985": a letter before digits too)
        if rest:
            end += rest.end()
        if policy == "password" and ctx.norm[end - 1:end].isalpha():  # "passphrase on the account? Blue kettle.", "the
            # passcode is zebra stripes": the whole answer in words, where the sentence ends with it (not "4471 star"),
            # a passphrase up to four words
            words = 4 if re.search(r"pass ?phrase", cued.group(0), _I) else 2
            whole = re.match(r"(?:\s+[a-z]+){1,%d}(?=[.!?]\s|[.!?]?$)" % words, ctx.norm[end:])
            if whole and not any(_STOP_VALUE.match(w) or _WHEN_DONE.match(w) or w in _AFTER_ANSWER
                                 for w in whole.group(0).split()):
                end += whole.end()
        if policy == "password" and ctx.norm[end - 1:end].isdigit():  # a PIN read digit by digit: "4 4 7 1"
            end += re.match(r"(?:[\s-]+\d+)*", ctx.norm[end:]).end()
        if policy == "password" and not pin:  # a PIN's star is a key
            end = _SYMBOL_SAID.match(ctx.norm, end).end()  # "sunflower 27 exclamation mark"
        yield ctx.cand(m.start(), end, policy, score)


# the symbols a password ends with, said as words
_SYMBOL_SAID = re.compile(r"(?:\s+(?:exclamation (?:mark|point)|question mark|at sign|hash(?:tag)?|pound sign|dollar sign|"
                          r"percent sign|ampersand|asterisk|star|full stop))*", _I)


_BODY_CUE = re.compile(r"\b(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|tall|feet|foot|inches)\b"
                       r"(?![^.?!]*\b(?:cost|paid|pay|owe|charged|price|bill|fee)\b)[^.?!]*$")


# a bare amount in talk about money ("pre-approved? Yes, up to six hundred thousand", "salary? ... I'm looking
# for around one sixty", "pay rent late? I'll have the sixteen fifty by the fifth"): the sentence or the
# question before it names a price, pay or loan, the number is 100 or more, no year or code, and nothing
# after it names what it counts
# a battery's charge is no price: "the battery holds a charge of 80 now", "it's fully charged"
_ELECTRIC = r"(?<!holds a )(?<!hold a )(?<!battery )(?<!fully )(?<!full )"
_MONEY_TOPIC = re.compile(r"\b(?:salary|salaries|income|wages?|pay|paid|paying|paycheck|payslip|paystub|rent|mortgage|loan|pre-?approved|"
                          r"approved for|budget|afford|price|priced|cost|costs|asking|offer|owe|owed|refund(?:ed)?|"
                          r"deposit|fee|premium|bill|contract|subscription|" + _ELECTRIC + r"(?:charged?|charges)|quoted?|"
                          r"invoice|estimate|"
                          r"raised|donat\w+|worth|cash|(?<=\d )grand|a grand|insurance (?:only )?(?:gave|paid))\b", _I)
_BARE_AMOUNT = re.compile(r"(?<![\w#$£€.,/:-])(\d{1,3}(?:,\d{3})+|\d{3,9})(?![\w%/:-]|[.,]\d)")
_AMOUNT_FOLLOWS = re.compile(r"\s*(?:$|[.,?!;]|(?:a|an|per)\s+(?:month|year|week|hour|night)\b|"
                             r"(?:monthly|yearly|annually|total|up ?front|each|by|before|and|or|but|so|plus|for|with tax|"
                             r"after tax(?:es)?|before tax(?:es)?|pre-?tax|net|gross|take[- ]home)\b)", _I)
_NOT_AMOUNT_BEFORE = re.compile(r"(?:\b(?:number|no|account|room|page|flight|order|unit|suite|apt|apartment|"
                                r"route|exit|gate|code|pin|ext|extension|model|version|ending|ends|in|since|"
                                r"from|by|of)|#|\d[\s-]*)\s*$", _I)  # "7730 0419 9921": a group of a code


_FORM_NUMBERS = frozenset("1099 1098 1095 1040 1065 1120 1094 1097 941 940 990 1042".split())


def _bare_amounts(ctx: Ctx) -> Iterator[Cand]:
    """Amounts without a currency where the sentence or the question before it is about money."""
    for m in _BARE_AMOUNT.finditer(ctx.norm):
        digits = m.group(1).replace(",", "")
        said = ctx.text[slice(*ctx.view.orig(*m.span(1)))]
        spoken = not re.search(r"\d", said)
        per_period = _PER_PERIOD.match(ctx.lower, m.end())
        if int(digits) < 100 or (not spoken and "," not in m.group(1) and len(digits) > 4) \
                or (re.fullmatch(r"(?:19|20)\d\d", digits) and not re.search(r"thousand", said, _I)
                    and not per_period):  # "nineteen ninety nine a month": 19.99, no year
            continue
        if not _AMOUNT_FOLLOWS.match(ctx.lower, m.end()) or _NOT_AMOUNT_BEFORE.search(ctx.before(m.start(), 20)):
            continue
        talk = sentence_of(ctx.lower, m.start(), m.end())
        if digits in _FORM_NUMBERS and not spoken:
            continue  # "my 1099 for tax season": a form's name
        priced = PRICED_BEFORE.search(ctx.lower, max(0, m.start() - 30), m.start())
        if (_MONEY_TOPIC.search(talk) or per_period and (re.search(r"\bplan\b", talk) or priced)) \
                and not re.search(r"\bhow many\b|\bcalled\b", talk):  # counts, "I called 311"
            yield ctx.cand(m.start(), m.end(), "money_amount", 0.6)


# a bare sum named by what it is, where a sum goes: "a payment of 29.99 failed", "a credit of 195", "your offer of 485",
# "with the fees it came to 5,700 altogether" (not "a total of 12 people", "a fee of 5 percent")
_SUM_NAMED = re.compile(
    r"\b" + _ELECTRIC + r"(?:(?:payment|credit|debit|charge|refund|deposit|fee|balance|bill|offer|premium|rebate|fine|"
    r"invoice|withdrawal|transfer|reimbursement|settlement|donation|pledge|bid)s?\s+(?:of|for)|"
    r"(?:bill|fees?|charges?|cost|price|invoice|delivery|postage|shipping)\b[^.?!\d]{0,15}\b(?:came|comes|come|coming)\s+(?:to|out at))"
    r"\s+(?:(?:about|around|roughly|like|just|only|over|under|nearly|almost)\s+)?"
    r"(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d{2,}(?:\.\d\d)?|\d\.\d\d)(?:\s+(?:thousand|million|grand))?"
    r"(?=\s*(?:$|[.,?!;]|failed|from|to|on|in|for|was|is|and|but|so|which|that|twice|each|a month|a year|per|altogether|"
    r"all in|plus|already|today|now|last|this|next|back|off|left|owing|outstanding|went|goes|bounced|pending|due|has|had|every|"
    r"hasn't|didn't|will|still|showing|came|comes)\b|\s*[.,?!;]|\s*$)", _I)
# the answer to a sum asked for: "How much do you want to transfer? Caller: Two thousand, from savings", "What amount? 250"
_SUM_ASKED = re.compile(
    r"\b(?:what amount|which amount|what sum|how much(?= (?:money|cash)\b| (?:do|did|does|is|was|would|will|can|could|should|are|"
    r"were)\b[^.?!]{0,40}?\b(?:pay|paid|cost|costs|owe|owed|spend|spent|transfer|send|sent|move|withdraw|deposit|borrow|lend|"
    r"" + _ELECTRIC + r"charge|charged|refund|earn|make|rent|budget|afford|sell|sold|asking|save|saved|donate|put down|"
    r"take out)\b))"
    r"[^.?!]{0,60}\?\s*(?:[a-z]+(?: [a-z0-9])?:\s*)?(?:(?:about|around|like|maybe|um|uh|er|roughly|just|only|oh|so)[,.]?\s+)*"
    r"(\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d{2,}(?:\.\d\d)?|\d\.\d\d)(?![.,]?\d)"
    r"(?=\s*(?:[.,!?;]|$|(?:a|per) (?:month|year|week)\b|from\b|to\b|into\b|tops\b|max\b))", _I)
# a sum after its currency's letters, where a price is said: "I was charged P220", "R389.90 each", "urgent is JD 100",
# "Airtel took MK 15,000" (the dinar's, kwacha's, quetzal's, pula's or peso's, rand's letters; not a code: "the P220 form")
_LETTER_SUM = re.compile(r"(?<![\w-])(KD|JD|BD|MK|Q|P|R|K)\s?\d{1,3}(?:,\d{3})*(?:\.\d\d)?(?![\w-]|[.,]\d)")
_PAYING = r"paid|pay|paying|spent|owe|owed|charged|took|refunded|withdrew|transferred|worth|costs?|costing"
_PAID = re.compile(rf"\b(?:{_PAYING}|{_PRICE_NOUN})\b[^.?!\d]{{0,8}}$")
_EACH_AFTER = re.compile(r"\s+(?:each|per\b|a month|a night|a year|a week|an hour|monthly)")
_SAID_AS_SUM = re.compile(r"\b(?:is|was|of|for|about|only|just|around)\s+$")
# what a sum in pounds is said as: "the excess is", "costs", "charged"
_PRICED = re.compile(rf"\b(?:{_PAYING}|{_PRICE_NOUN}|fine|deposit|quoted|canal|crown|filling|extraction)s?\b")
_WEIGHED = re.compile(r"\b(?:weigh\w*|weight|lost|gained|heavy|heavier|lighter)\b")
_PENCE_AFTER = re.compile(r"\s+\d{1,2}\b(?!\s*(?:ounces?|oz|stone|kilos?|kg|lbs?|pounds?|years?|months?|weeks?|days?|"
                          r"minutes?|hours?|foot|feet|ft|inch|inches|\d))")
_PER_PERIOD = re.compile(r"\s*(?:(?:a|an|per)\s+(?:month|year|week|hour|night)|monthly|yearly|annually)\b"
                         r"(?!\s+(?:ago|after|before|later|late|early|earlier)\b)")  # a rate: a sum


_YEAR_BEFORE = re.compile(r"\b(?:since|in|by|until|till|from|of|before|after)\s+$", _I)
_SUM_OF = re.compile(rf"\b(?:{_PRICE_NOUN}|sum|deposit|loan|fine|grant|budget|debt)s?\s+of\s+$", _I)  # "the costs of 2000 reais"


def recognize_amounts(ctx: Ctx) -> Iterator[Cand]:
    """money_amount, statistics, blood_type, physical_attribute measurements, addresses."""
    for i, rx in enumerate(MONEY_RX):
        for m in rx.finditer(ctx.norm):
            if re.fullmatch(r"401\s?k", m.group(0), _I):
                continue  # the retirement plan, not $401,000
            if re.match(r"(?:19|20)\d\d\s", m.group(0)) and _YEAR_BEFORE.search(ctx.norm, max(0, m.start() - 10), m.start()) \
                    and not _SUM_OF.search(ctx.norm, max(0, m.start() - 30), m.start()):
                continue  # "since 1983 HK dollars have been pegged": a year, then the currency
            if re.search(r"pounds?\b|lbs?\b", m.group(0), _I) and _WEIGHED.search(ctx.lower, max(0, m.start() - 25), m.start()):
                continue  # a weight, not sterling
            if re.search(r"pounds?\b|lbs?\b", m.group(0), _I) and _BODY_CUE.search(ctx.lower[max(0, m.start() - 40):m.start()]) \
                    and not re.search(r"pounds \d\d$", m.group(0)) and not _PER_PERIOD.match(ctx.lower, m.end()):
                yield ctx.cand(m.start(), m.end(), "physical_attribute", 0.9)
                continue  # "I'm five three and about 140 pounds": a body weight
            if rx.groups:
                if m.group(1) == "1":
                    continue  # "they sent one", "I had one": a count, no sum
                if m.group(1)[0] == "R" and not re.match(r"R\d", ctx.text[slice(*ctx.view.orig(*m.span(1)))]):
                    continue  # "R as in Robert, one four one": a code spelled out, which the reader joined
                if re.search(r"\b(?:was|is)\s*$", m.group(0)[: m.start(1) - m.start()]) and \
                        not re.search(rf"\b(?:{_PRICE_NOUN}|labou?r)\b", ctx.lower[max(0, m.start() - 25):m.start(1)]):
                    continue
                yield ctx.cand(m.start(1), m.end(1), "money_amount", 0.7)
            else:
                sure = _ISO_FIRST.match(m.group(0)) and not re.match(r"\s\d", ctx.norm[m.end():m.end() + 2])
                yield ctx.cand(m.start(), m.end(), "money_amount", 0.95 if sure else 0.92)
    for m in _SPOKEN_PRICE.finditer(ctx.text):
        yield Cand(m.start(1), m.end(1), "money_amount", 0.8)
    if _RAND_GROUPED.search(ctx.norm) or re.search(r"\brands?\b", ctx.lower):
        for m in _RAND_WHOLE.finditer(ctx.norm):
            yield ctx.cand(m.start(1), m.end(1), "money_amount", 0.85)
    for m in _LETTER_SUM.finditer(ctx.norm):
        strong = _PAID.search(ctx.lower, max(0, m.start() - 20), m.start()) or _EACH_AFTER.match(ctx.lower, m.end())
        if strong or len(m.group(1)) > 1 and _SAID_AS_SUM.search(ctx.lower, max(0, m.start() - 12), m.start()):
            yield ctx.cand(m.start(), m.end(), "money_amount", 0.9)
    yield from _bare_amounts(ctx)
    for m in _SUM_NAMED.finditer(ctx.norm):
        value = m.group(1).replace(",", "")
        if not (re.fullmatch(r"(?:19|20)\d\d", value) and " " not in ctx.norm[m.start(1):m.end()]) \
                and (float(value) >= 100 or "." in value or _MONEY_TOPIC.search(sentence_of(ctx.lower, m.start(), m.end()))):
            yield ctx.cand(m.start(1), m.end(), "money_amount", 0.8)  # (no year: "a deposit of 2019")
    for m in _SUM_ASKED.finditer(ctx.norm):
        yield ctx.cand(m.start(1), m.end(1), "money_amount", 0.85)
    for rx in STATS_RX:
        for m in rx.finditer(ctx.norm):
            if rx is _READING_SAID and _WHEN_ASKED.search(ctx.norm, max(0, m.start() - 40), m.start()):
                continue  # "When was your last A1C? Caller: 3, maybe 4 months ago"
            if " out of " in m.group(0) and _RATED.search(sentence_of(ctx.lower, m.start(), m.end())) \
                    and not _COUNTED_OUT_OF.match(ctx.lower, m.end()):
                continue  # a rating or a mark, no rate: "four out of five on the reviews", "18 out of 20 on the test"
            a, b = m.span(1) if rx.groups else m.span()
            yield ctx.cand(a, b, "statistics", 0.9)
    for m in _BP_RX.finditer(ctx.norm):
        if _blood_pressure(m, ctx.lower):
            yield ctx.cand(m.start(), m.end(), "statistics", 0.85)
    for i, rx in enumerate(BLOOD_RX):
        for m in rx.finditer(ctx.norm):
            a, b = m.span(1) if rx.groups else m.span()
            if i < 2 and m.group(0)[0] == "A" and m.start() == 0 and not _BLOOD_CTX.search(ctx.around(a, b)):
                continue  # "A positive attitude" at the start of a sentence
            around = ctx.around(a, b)
            if i == 2 and not re.search(r"blood|\blabs?\b|transfus|donat|donor", around) and len(m.group(1)) < 2 \
                    or i == 4 and (m.group(0)[0].isupper()
                                   or not (re.search(r"\bblood (?:type|group)", around)
                                           or len(BLOOD_RX[4].findall(around)) > 1 or not re.match(r"a\s", m.group(0), _I))
                                   or re.match(r"\s+(?!and\b|but\b|so\b|too\b)[a-z]{3,}", ctx.lower[b:])):
                continue  # the last: case-less only, with a blood type named in the talk
            yield ctx.cand(a, b, "blood_type", 0.95)
    for rx in PHYS_RX:
        for m in rx.finditer(ctx.norm):
            a, b = m.span(1) if rx.groups else m.span()
            if re.search(r"pounds?$", ctx.lower[a:b]) and _PRICED.search(ctx.lower, max(0, a - 30), a) \
                    and not _WEIGHED.search(ctx.lower, max(0, a - 30), a):
                continue  # "your excess is 250 pounds", "a root canal on a molar is 540 pounds": sterling
            if not _CARGO_BEFORE.search(ctx.norm, max(0, a - 40), a) and not (
                    _PENCE_AFTER.match(ctx.norm, b) and not _WEIGHED.search(ctx.lower, max(0, a - 30), a)):
                yield ctx.cand(a, b, "physical_attribute", 0.93)  # not "three hundred pounds forty five": a sum
    for m in _SPOKEN_HEIGHT.finditer(ctx.text):
        if m.group(0)[:4].lower() != "like" or _looks_near(ctx.text, m):  # "Like six two, shaved head", not "I like six two"
            yield Cand(m.start(1), m.end(), "physical_attribute", 0.92)
    for m in _HEIGHT_LISTED.finditer(ctx.text):  # "brown hair, hazel eyes, five nine, 170 pounds"
        if _looks_near(ctx.text, m):
            yield Cand(m.start(), m.end(), "physical_attribute", 0.9)
    for m in ORG_RX.finditer(ctx.text):
        words = m.group(1).split()
        if words[0] in ("The", "A", "My", "Our", "Your", "I", "Hi", "Hello", "This", "That", "And", "So", "Yes", "No",
                        "Most", "All", "Some", "Many", "Any", "Every", "Other", "Contact", "Call", "Ring", "Ask",
                        "Okay", "Ok", "Thanks", "Well", "Oh", "Um", "Uh", "Right", "Sure") \
                or _SAID_BEFORE.fullmatch(words[0].lower()):  # "It's Bank of America", "Where's First Federal"
            if len(words) < 3:
                continue
            a = m.start(1) + len(words[0]) + 1
        else:
            a = m.start(1)
        said = ctx.text[a:m.end(1)]
        nxt = re.match(r"\s+([a-z]+)\b", ctx.text[m.end(1):m.end(1) + 20])
        if (a > m.start(1) or _THING_BEFORE.search(ctx.text, max(0, a - 12), a)) and _GOODS.search(said) \
                and all(is_english(w.lower()) for w in said.split()) and nxt \
                and nxt.group(1) not in STOP_WORDS and nxt.group(1) not in _FIRMS_OWN and nxt.group(1) in base_words("noun"):
            continue  # "The Medical Supplies cupboard": words of a thing's kind before a noun, no firm (but "The
            # Himalayan Bank account")
        if not cue_at(ctx.text, a) and not GENERIC_DESK.fullmatch(said) \
                and not _HEAD_ONLY.fullmatch(said):  # "Most Estate Agents charge": the trade, no firm
            yield Cand(a, m.end(1), "organization", 0.9)  # not "National Insurance number", "Billing Department"
    for m in _AMPERSAND.finditer(ctx.text):  # "Gibson & Mwangi", "Pugh & Lloyd": a firm, not two people
        sides = [side.strip().lower() for side in m.group(0).split("&")]
        if GENERIC_DESK.fullmatch(m.group(0)) or all("organization" in tables().get(tuple(side.split()), ()) for side in sides) \
                or all(is_english(w) and not is_name(w)
                       for side in sides for w in side.split()):
            continue  # "Billing & Payments", "Visa & Mastercard", "Monday & Tuesday", "Question & Answer"
        yield Cand(m.start(), m.end(), "organization", 0.9)
    for m in ORG_OF_RX.finditer(ctx.text):
        b = m.end()
        last = re.search(r" ([a-z]+)$", m.group(0))
        if last and m.group(0).islower() and (last.group(1) in STOP_WORDS or last.group(1).endswith("ed")):
            b = m.start() + last.start()  # "bank of america never showed up": the name ends before the verb
        yield Cand(m.start(), b, "organization", 0.88)
    for m in ORG_CARE_RX.finditer(ctx.text):
        yield Cand(m.start(1), m.end(1), "organization", 0.9)
    if is_lower(ctx.text):  # case-less ASR text: name shapes by head word
        for m in ORG_LOWER_RX.finditer(ctx.text):
            if _COUNT_BEFORE.search(ctx.text, max(0, m.start(1) - 12), m.start(1)):
                continue  # "two holiday properties": things counted, no firm
            yield Cand(m.start(1), m.end(1), "organization", 0.86)  # the head word outranks a name guess inside
    for rx in ADDRESS_RX:
        for m in rx.finditer(ctx.norm):
            a, b = m.span(1) if rx.groups else m.span()
            if rx is _STREET_SAID and not _street_named(ctx.lower, m):
                continue
            if rx is _AU_STATE_POSTCODE_RX and _AU_STATE_BEFORE.search(ctx.norm, max(0, a - 20), a):
                continue  # "put you through to Victoria, 3412 is her extension": a person
            if rx is _HIGHWAY_RX and re.search(r"\bforms?\b", ctx.lower[max(0, a - 30):b + 20]) \
                    or rx is _ROAD_BY_NUMBER_RX and _PAPER.search(ctx.lower, max(0, a - 40), b + 30):
                continue  # "The form's called the I-9": an immigration form, no interstate; "print it on the A4": paper
            state = m.start() if rx is _STATE_ZIP_RX else a if rx is _TOWN_STATE_ZIP_RX else None
            if state is not None and _NAMED_CODE_BEFORE.search(ctx.lower[max(0, state - 30):state]):
                continue  # "his student number will be MS 20418": a code with a state's letters
            asked = rx is ADDRESS_RX[0] and _ADDRESS_ASKED.search(ctx.lower, max(0, a - 30), a)
            yield ctx.cand(a, b, "location", 0.97 if asked else 0.92)  # "New address? 3340 SE Belmont Street": no SSN's end
    yield from _addresses_given(ctx)
    yield from _regions(ctx)
    for m in _NAMED_STREETS.finditer(ctx.norm):
        words = m.group(0).lower().split()
        if len(words) == 1 and is_english(words[0]) or words[0] in _STREET_FIRST_WORDS \
                and any(is_verb(w) for w in words[1:]):
            continue  # "the Fire Brigade", "sent on Via Email"
        yield ctx.cand(m.start(), m.end(), "location", 0.9)
    for m in UK_POSTCODE_RX.finditer(ctx.norm):
        if not (_NOT_POSTCODE_BEFORE.search(ctx.lower[max(0, m.start() - 20):m.start()])
                or re.match(r"\s+(?:exit|junction)\b", ctx.lower[m.end():])):
            yield ctx.cand(m.start(), m.end(), "location", 0.75)
    for m in _POSTCODE_ANSWERED.finditer(ctx.norm):
        code = re.sub(r"\W", "", m.group(1))
        if 3 <= len(code) <= 10 and (not code.isdigit() or 4 <= len(code) <= 6 and not re.fullmatch(r"(?:19|20)\d\d", code)) \
                and not code.isalpha() and not _WHEN_ASKED.search(ctx.norm, max(0, m.start() - 40), m.start()):
            yield ctx.cand(m.start(1), m.end(1), "location", 0.93)  # (a UK one too: "postcode is SW1A 1AA")
    for m in _UK_POSTCODE_ANY_CASE.finditer(ctx.norm):
        if not m.group(0).isupper() and ADDRESS_BEFORE.search(ctx.norm[max(0, m.start() - 120):m.start()]):
            yield ctx.cand(m.start(), m.end(), "location", 0.9)  # a case-less postcode ending an address
    for m in _CA_POSTCODE_SAID.finditer(ctx.text):
        before = ctx.text[max(0, m.start() - 120):m.start()]
        if _POSTAL_CUE.search(before) or ADDRESS_BEFORE.search(before):
            yield Cand(m.start(), m.end(), "location", 0.93)
    for m in _TOWN_BEFORE_CODE.finditer(ctx.norm):
        # a bare 5-digit number may be a code ("Invoice 44719"): then only a non-word is a town
        town = m.group(1).lower()
        if not is_cue(m.group(1)) and (m.group(2) or not m.group(3)[0].isdigit() or not is_english(town)
                                       or "place" in tables().get((town,), ())
                                       or re.search(r"(?:,|\bin|\bto|\bfrom)\s+$", ctx.norm[max(0, m.start() - 6):m.start()])):
            yield ctx.cand(m.start(1), m.end(1), "location", 0.8)
            yield ctx.cand(m.start(3), m.end(3), "location", 0.8)  # and its zip ("Dayton 45402")
    for m in _CODE_BEFORE_TOWN.finditer(ctx.norm):
        town = fold(m.group(2).lower())
        listed = "place" in tables().get((town,), ())
        if listed or town in EVERYDAY_TOWNS or town in word_towns() or town in name_towns() or not is_english(town):
            street = _STREET_THEN.search(ctx.norm, max(0, m.start() - 60), m.start())  # not "a 2019 Honda", "ticket 40217 Jackson"
            if listed or street:
                yield ctx.cand(m.start(1), m.end(1), "location", 0.8)
            if street:  # the town after its postcode in an address, whatever else its name is: "rue Chabot-Charny, 21000 Dijon"
                yield ctx.cand(m.start(2), m.end(2), "location", 0.85)
    for m in _CODE_CLOSING.finditer(ctx.norm):
        line = ctx.norm[max(0, ctx.norm.rfind(".", 0, m.start()) + 1, m.start() - 120):m.start()]
        if re.fullmatch(r"(?:19|20)\d\d", m.group(1)) or not _HOUSE_NUMBER.search(line) \
                or not re.search(r"\d[^,]*(?:,| in) [A-Z][a-z][\w'’-]*(?: \d{1,2})?, $", line) or _MONEY_TALK.search(line.lower()):
            continue  # a house number, then the town: not "born in Leeds, 1987", "paid at 14 High Street, Leeds, 1200",
            # "Order 12 Smith, 44719"
        yield ctx.cand(m.start(1), m.end(1), "location", 0.95)
    for m in _TOWN_THEN_FOUR.finditer(ctx.norm):  # "my old place in Tauranga, 3110", "Debrecen, 4025": a postcode
        if "place" in tables().get((fold(m.group(1).lower()),), ()) \
                and not _MONEY_TALK.search(ctx.lower, max(0, m.start() - 40), m.start()):
            yield ctx.cand(m.start(2), m.end(2), "location", 0.93)
    for m in _ZIP_BY_PLACE.finditer(ctx.norm):
        if not re.search(r"\b(?:hundred|thousand|million|grand|k)\b", ctx.text[slice(*ctx.view.orig(*m.span(m.lastindex)))], _I):
            yield ctx.cand(m.start(m.lastindex), m.end(m.lastindex), "location", 0.82)  # (not "ninety five thousand")
