"""Spoken-form reader: a normalized view of a transcript with a map back to the original.

ASR output says "four one five", "double five", "D as in David", "sarah dot jones at gmail
dot com". Recognizers search the normalized view ("415", "55", "D",
"sarah.jones@gmail.com") and map matches back to original character offsets, so one
regex serves written and spoken forms alike.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence, Union

from spacy.lang.en.stop_words import STOP_WORDS

from piikit.detect.english import is_english
from piikit.detect.validators import dialable, luhn

Piece = tuple[str, int, int]
"""A replacement string and the span (in the source view) it stands for."""


class View:
    """Normalized text; character i stands for original characters ``starts[i]:ends[i]``."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str, starts: list[int], ends: list[int]) -> None:
        self.text, self.starts, self.ends = text, starts, ends

    @classmethod
    def identity(cls, text: str) -> "View":
        """The view of an unchanged text."""
        return cls(text, list(range(len(text))), list(range(1, len(text) + 1)))

    def orig(self, start: int, end: int) -> tuple[int, int]:
        """Original character span of the normalized span ``start:end``."""
        return self.starts[start], self.ends[max(start, end - 1)]


Replacement = Union[str, Sequence[Piece], None]


def sub(view: View, rx: re.Pattern, fn: Callable[[re.Match], Replacement]) -> View:
    """Rewrite every match of `rx` with `fn(match)` (a string, pieces, or None = keep)."""
    text, starts, ends = [], [], []
    pos = 0
    for m in rx.finditer(view.text):
        rep = fn(m)
        if rep is None or rep == m.group(0):
            continue
        a, b = m.span()
        text.append(view.text[pos:a])
        starts.extend(view.starts[pos:a])
        ends.extend(view.ends[pos:a])
        pieces = [(rep, a, b)] if isinstance(rep, str) else rep
        for s, pa, pb in pieces:
            o_start, o_end = view.starts[pa], view.ends[max(pa, pb - 1)]
            text.append(s)
            starts.extend([o_start] * len(s))
            ends.extend([o_end] * len(s))
        pos = b
    if pos == 0 and not text:
        return view
    text.append(view.text[pos:])
    starts.extend(view.starts[pos:])
    ends.extend(view.ends[pos:])
    return View("".join(text), starts, ends)


# --- number words -------------------------------------------------------------------

UNITS = {"zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
         "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
_TO_NINETY_NINE = (rf"(?:{'|'.join(t for t in TENS if t != 'fourty')})(?:[\s-](?:{_ONE_TO_NINE}))?|"
                   rf"{'|'.join(TEENS)}|{_ONE_TO_NINE}")
YEAR_SAID = (rf"(?:(?:nineteen|twenty)\s+(?:oh\s+(?:{_ONE_TO_NINE})|{_TO_NINETY_NINE})|two\s+thousand(?:\s+and)?"
             rf"(?:\s+(?:{_TO_NINETY_NINE}))?)(?![\w-])")
"""A year of this or the last century said in words ("twenty nineteen", "two thousand and eighteen", "nineteen oh
five"), lower case: for a model year before a car's maker."""
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
            "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
            "thirtieth": 30}
REPEAT = {"double": 2, "triple": 3}
_NUMWORD = "|".join(sorted([*UNITS, *TEENS, *TENS, *SCALES, *ORDINALS, *REPEAT, "point", "and"],
                           key=len, reverse=True))
_NUMWORD = re.sub(r"(?<=\|)o(?=\||$)", "o(?!['’])", _NUMWORD)
_RUN = re.compile(rf"\b(?:{_NUMWORD})\b(?:(?:[ ,]+|-)(?:{_NUMWORD})\b)*", re.I)
_TOKEN = re.compile(r"[A-Za-z]+|[,-]")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*(?:the\s+)?$", re.I)
_ON_THE = re.compile(r"\b(?:on|by|until|before|after|since) the\s+$", re.I)
_TO_THE = re.compile(r"\b(?:to|for|till|from) the\s+$", re.I)  # "move it to the fifteenth?", not "to the second one"
_THROUGH_THE = re.compile(rf"\b(?:{_MONTHS})\b[^.?!]{{0,25}}\b(?:through|thru) the\s+$", re.I)  # "January second through the ninth"
_DAY_END = re.compile(rf"(?:\s+(?:{'|'.join(ORDINALS)}))?\s*(?:[.?!,;]|$|(?:at|between|in the (?:morning|afternoon|evening))\b)",
                      re.I)  # "... the twenty first, at 3", "for the twelfth between 8 and 1"; not "skip to the fourth if"
_MONTH_AFTER = re.compile(rf"^\s*(?:of\s+)?(?:{_MONTHS})\b", re.I)
# the month said as an ordinal, as British callers give a date: "the thirty-first of the first, sixty-eight"
_ORD_WORD = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|(?:(?:twenty|thirty)[- ]?)?(?:{'|'.join(ORDINALS)}))"
_MONTH_ORD = rf"(?:0?[1-9]|1[0-2])(?:st|nd|rd|th)|{'|'.join(w for w, n in ORDINALS.items() if n <= 12)}"
# a month's ordinal ends the date or comes before its year or time: not "the third of the fourth quarter"
_DATE_GOES_ON = rf"(?=\s*(?:[,.;?!]|$)|\s+(?:\d|nineteen|{'|'.join(TENS)}|oh|at|please|and)\b)"
_OF_THE_ORD = re.compile(rf"^\s+of\s+the\s+(?:{_MONTH_ORD})\b{_DATE_GOES_ON}", re.I)
_ORD_OF_THE = re.compile(rf"\b{_ORD_WORD}\s+of\s+the\s+$", re.I)
_LAST_BEFORE = re.compile(r"\b(?:last|final)\s+$", re.I)
_CODE_BEFORE = re.compile(r"(?:\b[B-HJ-Z]|\b(?:is|number|no|id|code)|[#:])\W*$")
_CODE_AFTER = re.compile(r"\W*(?:[B-HJ-Z]\b|[AI]\W+(?:[A-Z]|\d)\b)|\s*[.?!]?\s*$")
_TIME_BEFORE = re.compile(r"\b(?:at|by|around|until|till|from|before|after|since|about)\s+$", re.I)
_TIME_AFTER = re.compile(r"^\s*(?:a\.?m\b\.?|p\.?m\b\.?|o'?clock|in the (?:morning|afternoon|evening)"
                         r"|tonight|at night|tomorrow|today)", re.I)


def _suffix(n: int) -> str:
    """Ordinal suffix of n: st, nd, rd, th."""
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


class _Numbers:
    """Reads one run of number words as digit pieces.

    Consecutive values concatenate ("four one five" -> 415, "nineteen eighty four" -> 1984),
    scales make cardinals ("two thousand and five" -> 2005), commas and dashes separate
    groups, hour + minutes before am/pm become H:MM, ordinals next to a month become 7th.
    """

    def __init__(self, m: re.Match, text: str) -> None:
        self.toks = [(t.group(0).lower(), m.start() + t.start(), m.start() + t.end())
                     for t in _TOKEN.finditer(m.group(0))]
        # (bounded: every rule looks a few words back or ahead; copying the whole text per run is quadratic)
        self.before, self.after = text[max(0, m.start() - 200): m.start()], text[m.end(): m.end() + 200]

    def word(self, k: int) -> str:
        return self.toks[k][0] if 0 <= k < len(self.toks) else ""

    def read(self) -> list[Piece] | None:
        out: list[Piece] = []
        group: list[Piece] = []
        i = 0
        while i < len(self.toks):
            w, a, b = self.toks[i]
            if w in (",", "-"):
                self._flush(group, out)
                out.append((" " if w == "," else "-", a, b))
                i += 1
                continue
            j, piece = self._value(i)
            if piece is None:
                self._flush(group, out)
                out.append((w, a, b))
                i += 1
            else:
                group.append(piece)
                if len(group) == 2 and group[0][0] in ("19", "20") and len(piece[0]) == 2 and j < len(self.toks) \
                        and _MONTH_BEFORE.search(self.before):
                    self._flush(group, out)  # "january twenty thirty three six three two": the year, then a code
                    out.append((" ", piece[2], piece[2]))
                if i == 0 and j < len(self.toks) and piece[0].isdigit() and 1 <= int(piece[0]) <= 31 \
                        and piece[0] not in ("19", "20") and _MONTH_BEFORE.search(self.before):
                    self._flush(group, out)  # "september five nineteen eighty two": the day, then the year
                    out.append((" ", piece[2], piece[2]))
                i = j
        self._flush(group, out)
        if not any(p[0][0].isdigit() for p in out):
            return None
        return self._join(out)

    def _flush(self, group: list[Piece], out: list[Piece]) -> None:
        alone = not any(t[0] in (",", "-") for t in self.toks)
        if alone and len(group) == 2 and group[0][0].isdigit() and 1 <= int(group[0][0]) <= 12 \
                and len(group[1][0]) == 2 and group[1][0].isdigit() \
                and 10 <= int(group[1][0]) < 60 \
                and (_TIME_AFTER.match(self.after) or _TIME_BEFORE.search(self.before)):
            group.insert(1, (":", group[1][1], group[1][1]))
        out.extend(group)
        group.clear()

    @staticmethod
    def _join(out: list[Piece]) -> list[Piece]:
        res: list[Piece] = []
        for s, a, b in out:
            if s in (" ", "-"):
                if res and res[-1][0] not in (" ", "-"):
                    res.append((s, a, b))
                continue
            prev = res[-1][0] if res else ""
            if prev and prev not in (" ", "-", ":", ".") and s not in (":", ".") \
                    and (s[0].isalpha() or prev[-1].isalpha()):
                res.append((" ", a, a))
            res.append((s, a, b))
        while res and res[-1][0] in (" ", "-"):
            res.pop()
        return res

    def _value(self, i: int) -> tuple[int, Piece | None]:
        """One value starting at token i: (next index, (digits, start, end)), or None."""
        w, a, b = self.toks[i]
        nxt = self.word(i + 1)
        if i == 0 and w in ("four", "five") and nxt and _LAST_BEFORE.search(self.before):
            return i, None  # "last four six seven eight nine": the count names the value that follows
        if w in REPEAT and nxt in UNITS:
            return i + 2, (str(UNITS[nxt]) * REPEAT[w], a, self.toks[i + 1][2])
        hyphened = w in TENS and nxt == "-" and ORDINALS.get(self.word(i + 2), 99) < 10  # "twenty-eighth"
        if w in ORDINALS or (w in TENS and ORDINALS.get(nxt, 99) < 10) or hyphened:
            j = i + 3 if hyphened else i + 2 if w in TENS else i + 1
            v = TENS[w] + ORDINALS[self.word(j - 1)] if w in TENS else ORDINALS[w]
            rest = "".join(" " + t[0] for t in self.toks[j:]) + self.after
            said_before = self.before + " ".join(t[0] for t in self.toks[:i]) + " "
            if not (_MONTH_BEFORE.search(self.before) or _MONTH_AFTER.match(self.after)
                    or _ON_THE.search(self.before) or _OF_THE_ORD.match(self.after)
                    or v <= 12 and _ORD_OF_THE.search(said_before) and re.match(_DATE_GOES_ON, rest)
                    or (_TO_THE.search(said_before) or _THROUGH_THE.search(said_before)) and _DAY_END.match(rest)):
                return i, None
            end = self.toks[j - 1][2]
            return j, (f"{v}{_suffix(v)}", a, end)
        if w == "point":
            if 0 < i and self.word(i - 1) not in (",", "-") and nxt in UNITS:
                return i + 1, (".", a, b)
            return i, None
        if w in ("o", "oh") and not self._near_digit(i):
            return i, None
        small = self._small(i)
        if small is None:
            return i, None
        val, k = small
        if self.word(k) not in SCALES:
            return k, (str(val), a, self.toks[k - 1][2])
        total, cur, after_scale = 0, val, False
        while k < len(self.toks):
            t = self.word(k)
            if t in SCALES:
                if t == "hundred":
                    if cur >= 100:
                        break
                    cur = (cur or 1) * 100
                else:
                    total += (cur or 1) * SCALES[t]
                    cur = 0
                after_scale = True
                k += 1
            elif t == "and" and after_scale and self._small(k + 1):
                k += 1
            elif after_scale and self._small(k):
                if self.word(k) in UNITS and self.word(k + 1) in UNITS:
                    break  # "one eight hundred five five five ...": a toll-free 800, then digits read one by one
                v2, k = self._small(k)
                cur += v2
                after_scale = False
            else:
                break
        return k, (str(total + cur), a, self.toks[k - 1][2])

    def _small(self, k: int) -> tuple[int, int] | None:
        """A number below 100 at token k: (value, next index)."""
        w = self.word(k)
        if w in UNITS:
            return UNITS[w], k + 1
        if w in TEENS:
            return TEENS[w], k + 1
        if w in TENS:
            j = k + 2 if self.word(k + 1) == "-" else k + 1
            u = self.word(j)
            if u in UNITS and u not in ("o", "oh", "zero"):
                return TENS[w] + UNITS[u], j + 1
            return TENS[w], k + 1
        return None

    def _near_digit(self, i: int) -> bool:
        """Whether "o"/"oh" at i sits in a run of digit words (so it means zero).

        A digit word next to it is enough; across a comma ("eight, oh, six") digit words must
        stand on both sides, so "five, oh, I forgot" keeps its "oh".
        """
        after = re.match(r"[\s,]*([a-z']+)", self.after.lower()) if i + 1 >= len(self.toks) else None
        if (self.word(i + 1) or (after.group(1) if after else "")) in _WORD_AFTER_OH:
            return False  # "nineteen fifty three oh an aries like me": the interjection, then talk
        sides = []
        for step in (-1, 1):
            k, comma = i + step, False
            while self.word(k) in ("o", "oh", ",") and abs(k - i) < 8:  # a few tokens: linear on "oh, oh, oh, ..."
                comma |= self.word(k) == ","
                k += step
            w = self.word(k)
            digit = w in UNITS or w in TEENS or w in TENS or w in REPEAT
            if not w:  # the run ends here: a code's letter beyond it ("nine, oh, Y"), the cue before it
                comma = True  # ("number is oh, two, nine") or the sentence's end ("nine, oh."); both sides count
                digit = bool(_CODE_BEFORE.search(self.before) if step < 0 else _CODE_AFTER.match(self.after))
            if digit and not comma:
                return True
            sides.append(digit)
        return all(sides)


_WORD_AFTER_OH = frozenset("an the my that nice wow okay ok really cool great yeah wait sorry well".split())
_PLUS = re.compile(r"(?<![\d+=])(?<!\d )\bplus\s+(?=\d[\d \t-]{6,})", re.I)  # "plus two five four seven ...": a country code
DIGIT_WORD = r"(?:\d|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))"  # a digit, written or said
_JOINED_BEFORE = re.compile(rf"{DIGIT_WORD}\s+(?:dot|point|dash|slash|hyphen)\s+$", re.I)
_JOINED_AFTER = re.compile(rf"^\s+(?:dot|point|dash|slash|hyphen)\s+{DIGIT_WORD}", re.I)


_CODE_UNIT = re.compile(r"[A-Z]|\d+|(?i:zero|oh|one|two|three|four|five|six|seven|eight|nine)")
_CODE_LETTER = re.compile(r"[B-HJ-Z]")


def _in_spelled_code(text: str, start: int, end: int) -> bool:
    """Whether a lone "one"/"oh" sits among the letters and digits of a code read one by one
    ("G one Q M", "T oh W", "one Z zero"), not in words ("one B bedroom", "Section E one")."""
    if re.search(r"(?:^|[.?!])\s*$", text[:start]):
        return False  # "Licence? Oh, B 2 1 9": a sentence that starts with "oh" starts with a word
    left = re.findall(r"[\w']+", text[max(0, start - 30):start])[-2:]
    right = re.findall(r"[\w']+", text[end:end + 30])[:2]
    unit = [bool(_CODE_UNIT.fullmatch(w)) for w in left + right]
    letter = [bool(_CODE_LETTER.fullmatch(w)) for w in left + right]
    k = len(left)  # unit[k - 1] is the word just before, unit[k] the word just after
    return (0 < k < len(unit) and unit[k - 1] and unit[k] and (letter[k - 1] or letter[k])) \
        or (len(right) == 2 and all(unit[k:]) and letter[k]) \
        or (k == 2 and all(unit[:2]) and letter[1])


def _numbers(text: str) -> Callable[[re.Match], Replacement]:
    """The rewrite function for number-word runs of `text`."""
    def fn(m: re.Match) -> Replacement:
        words = m.group(0).lower().split()
        if words == ["oh"] and (_in_spelled_code(text, m.start(), m.end()) or _DOTTED_BEFORE.search(text, max(0, m.start() - 20), m.start())
                                and _DOTTED_AFTER.match(text, m.end())):
            return [("0", m.start(), m.end())]  # "ten dot oh dot oh dot one": an address's zero between its dots
        if len(words) == 1 and words[0] in ("one", "second", "o", "oh", "and", "point") \
                and not (words[0] == "second" and (re.search(r"\bthe\s+$", text[max(0, m.start() - 5):m.start()])
                                                   and (_MONTH_AFTER.match(text[m.end():m.end() + 20])
                                                        or _OF_THE_ORD.match(text[m.end():m.end() + 40]))
                                                   or _MONTH_BEFORE.search(text[max(0, m.start() - 20):m.start()]))) \
                and not (words[0] == "one" and (_TIME_AFTER.match(text[m.end():m.end() + 40])
                                                or _JOINED_BEFORE.search(text[max(0, m.start() - 40):m.start()])
                                                or _JOINED_AFTER.match(text[m.end():m.end() + 40]))) \
                and not (words[0] == "one" and _in_spelled_code(text, m.start(), m.end())):
            return None
        if _ROUND_THE_CLOCK.fullmatch(m.group(0)) and not (re.search(rf"{DIGIT_WORD}[\s-]*$", text[max(0, m.start() - 8):m.start()])
                                                          or re.match(rf"[\s-]*{DIGIT_WORD}", text[m.end():m.end() + 8])) \
                and (_ALL_DAY_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _ALL_DAY_AFTER.match(text, m.end())):
            return None  # "open twenty four seven", "555-0142, twenty four seven": all day, every day, no number
        return _Numbers(m, text).read()
    return fn


_ANY_NUMBER_WORD = rf"(?:\d|\b(?:{'|'.join([*UNITS, *TEENS, *TENS])}))"
_DOTTED_BEFORE = re.compile(rf"{_ANY_NUMBER_WORD}\s+dot\s+$", re.I)
_DOTTED_AFTER = re.compile(rf"\s+dot\s+{_ANY_NUMBER_WORD}\b", re.I)
_ALL_DAY_BEFORE = re.compile(r"(?:\b(?:open|available|staffed|running|operating|operate|answered|manned|there|support|"
                             r"help|service|line|on call|work|works|working|we're|we are|they're|they are)|\d,)\s*$", re.I)
_ALL_DAY_AFTER = re.compile(r"\s*(?:support|service|helpline|line|access|customer|emergency)\b", re.I)
_ROUND_THE_CLOCK = re.compile(r"twenty[\s-]four[\s-]seven", re.I)


# --- letters, symbols, emails ---------------------------------------------------------

_AS_IN = re.compile(r"\b([A-Za-z])\s*,?\s+(?:as|like)\s+in\s+[A-Za-z]+(?:-[A-Za-z]+)?\b")
_HYPHEN_SPELL = re.compile(r"(?<![\w.-])(?=[\w-]*[A-Za-z])(?=[\w-]*\d)[A-Za-z0-9](?:-[A-Za-z0-9]){3,}(?![\w-])|\b[A-Za-z](?:-[A-Za-z]){2,}\b")
_DASH = re.compile(r"(?<=[A-Za-z0-9])\s*,?\s+(?:dash|hyphen),?\s+(?=[A-Za-z0-9])", re.I)
_SLASH = re.compile(r"(?<=[A-Za-z0-9])(?:\s+|-)(?:forward\s+)?slash(?:\s+|-)(?=[A-Za-z0-9])", re.I)  # "12-slash 28" as Whisper writes it
_POINT_DIGITS = re.compile(r"(?<=\d)\s+(?:point|dot)\s+(?=\d)", re.I)
FILE_EXTS = ("pdf|docx?|xlsx?|csv|txt|jpe?g|png|gif|zip|mp3|mp4|wav|pptx?|json|py|exe|html?|log|php|css|"
             "mov|tar|gz|xml|js|md|rtf|odt|key|pages|numbers|heic|tiff?|bmp|svg|sql|db|ini|cfg|"
             "ya?ml|sh|bat|dmg|iso|apk|msi|eml|msg|avi|mkv|m4a|flac|ogg|ics|vcf|bak|dat|psd|indd|dwg|dxf|qbw|qbb|"
             "epub|webp|ged|gpx|kml|kmz|ipynb|srt|vtt|dng|nef|cr2")
_SPOKEN_EXT = re.compile(rf"(?<=\w)\s+dot\s+(?=(?:{FILE_EXTS})\b)", re.I)
# an extension spelled letter by letter: "photo_1234 dot h e i c" -> "photo_1234.heic"
_SPELLED_EXT = re.compile(r"(?<=\w)\s+dot\s+((?:[a-z]\s){1,3}[a-z])\b", re.I)


def _spelled_ext(m: re.Match) -> Replacement:
    """"dot p d f" -> ".pdf" when the letters spell a file extension."""
    ext = m.group(1).replace(" ", "")
    return "." + ext if re.fullmatch(FILE_EXTS, ext, re.I) else None


_AT_SIGN = re.compile(r"\bat\s+(?:sign|symbol)\s+", re.I)
_UNDERSCORE = re.compile(r"\s+underscore\s+", re.I)
_UNIT = r"(?:[A-Z]|\d+)"
_ALONE_B, _ALONE_A = r"(?<![\w'’./])", r"(?![\w'’]|\.\w)"  # a unit is a whole token, not "It's", "p.m." or "06/29"
SPELLED_CUES = frozenset({"dob", "ssn", "vin", "cvv", "cvc", "cid", "csc", "cvn", "pin", "id", "dl", "po", "ein", "tin"})
"""Cue words said as letters ("d o b", "SSN"): never part of the identifier next to them."""
# a block of 2-3 capitals inside a spelled code ("one Z eight one one AE nine three"), not a cue or clock word
_BLOCK = rf"(?!(?:AM|PM|OK|TV|US|{'|'.join(sorted(c.upper() for c in SPELLED_CUES))})\b)[A-Z]{{2,3}}"
_PART = rf"(?:{_BLOCK}|{_UNIT})"
_LETTER_RUN = re.compile(rf"{_ALONE_B}{_UNIT}(?:(?:,?\s+|-)(?:{_BLOCK}(?:,?\s+|-))?{_UNIT}{_ALONE_A})+")
TLDS = ("com|org|net|edu|gov|io|co|us|uk|ca|info|biz|me|ai|de|fr|au|in|ly|tv|app|dev|mil|"
        "health|ie|nz|es|it|nl|ng|ke|za|mx|br|ar|cl|pe|jp|kr|cn|hk|sg|ph|th|vn|pk|bd|lk|ae|sa|eg|gh|tz|ug|"
        "pl|cz|se|dk|fi|pt|gr|tr|ru|ua|ro|hu|ch|lu|il|shop|store|online|site|xyz|tech|news|blog|cloud|email|"
        # the other countries' codes ("inbox dot lv", "correo dot com dot uy"), not those that are files' extensions
        # ("py", "sh", "md", "rs", "cc", "tf", "ps", "mk") or words and fillers, which end a domain only where a mailbox is read
        # (_MAILBOX_TLDS)
        "af|ag|al|ao|aq|aw|ax|az|ba|bb|bf|bg|bh|bi|bj|bl|bm|bn|bo|bq|bs|bt|bv|bw|bz|cd|cf|cg|ci|ck|cm|cr|"
        "cu|cv|cw|cx|cy|dj|dm|dz|ec|ee|eh|et|eu|fj|fk|fm|fo|ga|gb|gd|ge|gf|gg|gi|gl|gm|gn|gp|gq|gs|gt|gu|gw|"
        "gy|hn|hr|ht|im|iq|ir|je|jm|jo|kg|kh|ki|km|kn|kp|kw|ky|kz|lb|lc|li|lr|ls|lt|lv|mc|mf|mg|mh|mn|"
        "mq|mt|mu|mv|mw|mz|nc|nf|ni|np|nr|nu|om|pf|pg|pm|pn|pr|pw|qa|rw|sb|sc|sd|si|sj|sk|sl|sm|sn|sr|"
        "ss|st|sv|sx|sy|sz|tc|td|tg|tj|tk|tl|tm|tn|tt|tw|uy|uz|va|vc|ve|vg|vi|vu|wf|ws|ye|yt|zm|zw")
_MAILBOX_TLDS = "at|be|no|is|to|am|as|by|do|so|my|id|ma|pa|re|la|mo|na|ne|ad|mr|ms|er|ml|mm|hm"
"""Country codes that are words: "gmx dot at" after a mailbox's "at" where the address ends, never a page's end ("on
the dot so"), "polka dot so cheap", "dot to dot", nor a correction's "no" ("sapo dot pt dot no wait, dot com")."""
_NOT_LOCAL_WORD = (r"(?!(?:is|it's|its|my|email|e-mail|mail|address|the|and|was|at|to|me|it|uh|um|so|yeah|"
                   r"okay|ok|sure|that's|think|said|use|try|send|reach|contact|write|or|on|file|account|"
                   r"under|with|for|from|be|should|would|could|just|actually|you|your|i|we|he|she|they|"
                   r"dot|period|underscore|dash|hyphen)\b)")
# every repeat is bounded (a domain label has at most 63 characters): a run of "a a a ..." or "1-1-1-..."
# as Whisper may hallucinate must cost linear time, not quadratic
_LABEL = "[a-z0-9-]{1,63}"
_SPOKEN_EMAIL = re.compile(  # not after an article: "the listing at citas dot mx" is a page, not a mailbox
    rf"(?<![\w'’])(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bthis )(?<!\bthat )((?:(?:[a-z]\s+){{2,20}})?(?:{_NOT_LOCAL_WORD}[a-z0-9]{{1,63}}\s+){{0,3}}{_NOT_LOCAL_WORD}"
    # a part after a dot may come as two words where the recognizer split a name ("tan dot oka for at ...")
    rf"[a-z0-9][a-z0-9_.-]{{0,63}}(?:\s+(?:dot|period|underscore|dash|hyphen)\s+[a-z0-9_-]{{1,63}}(?:\s+(?!(?:at|or|and|also|then|plus)\b)[a-z]{{2,5}})?(?:\s+\d+)?){{0,6}})"
    r"\s+(?:at|at the rate of|at the rate)\s+"  # the domain spoken or, as Whisper often writes it, written
    # "harlow dental dot com", "haras del sur dot cl": a domain said as two or three words
    rf"((?:(?!(?:the|my|a|an|our|your|their|his|her|it|on|in|at|to|and|or|for|of|is|was|this|that)\s){_LABEL}\s+"
    rf"(?=(?:\S+\s+){{1,2}}dot\s)){{0,2}}"
    rf"{_LABEL}(?:(?:\s+dot\s+|\.){_LABEL}){{0,5}}(?:\s+dot\s+|\.)(?:{TLDS}|(?:{_MAILBOX_TLDS})"
    r"(?=\s*(?:[,.?!;]|$)|\s+(?:and|or|thanks|thank|please|okay|ok|right|yeah|yes|that's|is|was)\b)"
    r"(?!,?\s+(?:wait|sorry|i mean|actually|hang on|hold on|not)\b)))\b"
    r"(?!\s*/|\s+(?:forward\s+)?slash\b)", re.I)  # "upload the photos at site dot edu slash my dash account": a page
_SPOKEN_URL = re.compile(
    r"\b((?:h\s*t\s*t\s*p\s*s?\s+colon\s+slash\s+slash\s+)?(?:triple\s+w|w\s*w\s*w|www)\s+dot\s+)?"
    rf"({_LABEL}(?:\s+dot\s+{_LABEL}){{0,5}}\s+dot\s+(?:{TLDS}))\b((?:\s+slash\s+{_LABEL}){{0,10}})", re.I)
_PROVIDERS = "gmail|yahoo|hotmail|outlook|aol|icloud|protonmail|comcast|verizon|att"
"""Mail providers: a word before one of them is a mailbox, whatever the word."""
_PROVIDER_EMAIL = re.compile(
    rf"(?<![\w'’])((?:{_NOT_LOCAL_WORD}[a-z0-9]{{1,63}}\s+){{0,2}}{_NOT_LOCAL_WORD}[a-z0-9][a-z0-9_.-]{{0,63}})\s+at\s+"
    rf"({_PROVIDERS})\b"
    r"(?=\s*(?:[,?!;]|\.(?!\w)|$|(?:and|or|but|please|okay|ok|thanks|no|right|yeah)\b))", re.I)
_DOT = re.compile(r"\s+(?:dot|period)\s+", re.I)


def _as_in(m: re.Match) -> Replacement:
    """"D as in David" -> "D"."""
    return m.group(1).upper()


_LONE_LOWER = re.compile(rf"(?<!-){_ALONE_B}[b-hj-z]{_ALONE_A}")
_SPELLED_BEFORE = re.compile(rf"(?<!-){_ALONE_B}({_UNIT}),?\s+$")
_SPELLED_AFTER = re.compile(rf",?\s+({_UNIT})(?![\w'’])|\s*(?:[,.?!;]|$)")


def _lower_in_spelled(m: re.Match) -> Replacement:
    """A lower-case letter spelled next to a capital one ("K 7 X q 2 M" from "k as in kilo seven x
    as in x-ray q two m as in mike") is a letter of the code too; "2 x 4" stays words."""
    before = _SPELLED_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    after = _SPELLED_AFTER.match(m.string, m.end())
    if not before or not after:
        return None
    sides = [before.group(1), after.group(1) or ""]
    return m.group(0).upper() if any(u.isalpha() and u not in "AI" for u in sides) else None


def _hyphen_spell(m: re.Match) -> Replacement:
    """"d-a-v-i-d" -> "david"; a code spelled with its digits, "I-N-C-0-0-8-8-4-1-2" -> "INC0088412"."""
    return m.group(0).replace("-", "")


def _letter_run(m: re.Match) -> Replacement:
    """Spelled capitals mixed with digits ("A B 1 2 3", "D, 477") joined into one identifier."""
    s = m.group(0)
    units = re.findall(_PART, s)
    # "I" after a number is the pronoun ("580 I think"); "A"/"I" before one is a word too
    if len(units) > 1 and units[-1] == "I":
        s = s[: s.rfind("I")].rstrip(" ,-")
        units = units[:-1]
    if len(units) > 1 and units[0] in ("A", "I") and units[1].isdigit() \
            and not any(u.isalpha() for u in units[2:]) \
            and not (len(units[1]) >= 5 and _CODE_BEFORE.search(m.string[:m.start()])):
        return None  # "A 447 B" is a code, "A 5" a word, and so is "is A 0700479" after a cue
    letters = sum(u.isalpha() for u in units)
    if letters == 0 or (letters == len(units) and letters < 3):
        return None
    pieces: list[Piece] = []
    for u in re.finditer(rf"{_PART}|-", s):
        pieces.append((u.group(0), m.start() + u.start(), m.start() + u.end()))
    return pieces


_NOT_LOCAL = frozenset("is are was me us him her them it that this there here online you reach "
                       "email contact be him site page form also available home work school office "
                       "account in up out on go visit log sign login signup".split())


_LOWER_RUN = re.compile(rf"{_ALONE_B}(?:[a-z]|\d+)(?:(?:,?\s+|-)(?:[a-z]|\d+){_ALONE_A})+")


def _lower_run(m: re.Match) -> Replacement:
    """Lower-case spelled letters mixed with digits ("a b c 123"): an identifier in ASR text."""
    units = re.findall(r"[a-z]|\d+", m.group(0))
    letters = [u for u in units if u.isalpha()]
    if len(letters) == len(units) or len([x for x in letters if x not in "ai"]) < 2:
        return None
    s = m.group(0)
    lead = re.match(r"[ai][ ,]+(?=\d)", s)  # "a 5 k": the article stays a word
    pos = lead.end() if lead else 0
    spelled_cue = re.match(r"((?:[a-z][ ,]+)+)(?=\d)", s)  # "d o b 07 04 76": the cue stays words
    if spelled_cue and re.sub(r"[ ,]", "", spelled_cue.group(1)) in SPELLED_CUES:
        pos = spelled_cue.end()
    kept = [(s[:pos], m.start(), m.start() + pos)] if pos else []
    return kept + [(u.group(0), m.start() + u.start(), m.start() + u.end())
                   for u in re.finditer(r"[a-z]|\d+|-", s) if u.start() >= pos] or None


NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "x-ray": "X", "xray": "X", "yankee": "Y", "zulu": "Z"}
_NATO_WORD = "|".join(sorted(NATO, key=len, reverse=True))
_NATO_UNIT = rf"(?:{_NATO_WORD}|[A-Z]|\d+)"
_HOUR_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|o'?clock)", re.I)
_NAME_LIKE = frozenset("mike victor oscar juliet romeo charlie sierra india lima".split())  # also people's names
_DAY = re.compile(r"0?[1-9]|[12]\d|3[01]")
_NATO_RUN = re.compile(rf"(?<![\w'’])(?:{_NATO_UNIT})(?:(?:,?\s+|-)(?:{_NATO_UNIT})(?![\w'’]))+", re.I)


def _nato(m: re.Match) -> Replacement:
    """NATO-alphabet spelling inside an identifier ("alpha bravo 7 7") becomes letters."""
    units = list(re.finditer(rf"{_NATO_UNIT}", m.group(0), re.I))
    words = [u for u in units if u.group(0).lower() in NATO]
    others = [u for u in units if u.group(0).lower() not in NATO and (u.group(0).isdigit() or u.group(0).isupper())]
    if not words or len(words) + len(others) < 3 or not (others or len(words) >= 3):
        return None
    rest = "".join(u.group(0) for u in units[1:] if u.group(0).isdigit())
    if len(words) == 1 and units[0] is words[0] and (m.group(0)[words[0].end()] == "," or dialable(rest) or luhn(rest)
                                                     or len(rest) >= 7 and words[0].group(0).lower() in _NAME_LIKE):
        return None  # "my brother Mike, 415 555 0123", "Victor 4111 1111 1111 1111": a name, then a number
    said = [u.group(0).lower() for u in units]
    if len(words) == 1 and re.search(r"\bnovember,?\s+(?:19|20)\d\d\b", m.group(0), re.I):
        return None  # "November 2029": a month and its year
    if len(words) == 1 and "november" in said[:2] and _DAY.fullmatch(
            said[1] if said[0] == "november" else said[0]) and not (len(said) > 2 and re.fullmatch(r"\d", said[2])
                                                                    and not _HOUR_AFTER.match(m.string, m.end())):
        return None  # "November 21, 10:30 a.m.", "born 3 November, 1985": a month and its day ("November 4 4 7": a code)
    return [(NATO.get(u.group(0).lower(), u.group(0)), m.start() + u.start(), m.start() + u.end()) for u in units
            if u.group(0).lower() in NATO or u.group(0).isdigit() or u.group(0).isupper()]


def _email(m: re.Match) -> Replacement:
    if m.group(2).lower().startswith("www"):
        return None
    local = m.group(1).split()
    # a mail provider's domain, or an "email" said just before, makes it a mailbox whatever comes before "at"
    mailbox = re.match(rf"(?:{_PROVIDERS})\b", m.group(2), re.I) \
        or re.search(r"\be-?mail\b", m.string[max(0, m.start() - 25):m.start()], re.I)
    written_site = "." in m.group(2) and not mailbox
    if written_site and (len(local) == 1 and local[0].isalpha() and is_english(local[0].lower())
                         or len(local) > 1 and any(w.lower() in STOP_WORDS for w in local)
                         or m.string[m.end():m.end() + 1] == "/"):
        return None  # "we met at google.com", "you can check at keystoneed.com/pslf": a site, no mailbox
    if len(local) > 2 and not mailbox \
            and sum(len(w) > 1 and w.lower() in STOP_WORDS for w in local) >= 2 and is_english(local[-1].lower()):
        return None  # "you can see our menu at tandoor house dot co dot uk": a sentence before a site
    return _email_parts(m.group(1), re.sub(r"\s+", "", _DOT.sub(".", m.group(2))))


def _email_parts(local: str, domain: str) -> Replacement:
    """local@domain from spoken parts ("sarah dot jones", "gmail.com"), or None for a common word."""
    joined = re.search(r"\s(?:dot|period|underscore|dash|hyphen)\s", local, re.I)
    if local.lower().split()[-1] in _NOT_LOCAL and not joined:
        return None  # "i'm home at gmail dot com"? no mailbox; "jkaur dot home at gmail dot com" is one
    local = re.sub(r"\s+(?:dot|period)\s+", ".", local, flags=re.I)
    local = re.sub(r"\s+underscore\s+", "_", local, flags=re.I)
    local = re.sub(r"\s+(?:dash|hyphen)\s+", "-", local, flags=re.I)
    local = re.sub(r"\s+", "", local)
    return f"{local}@{domain}".lower()


def _url(m: re.Match) -> Replacement:
    """www/http prefix + dotted domain + slash path, spoken, as one written url."""
    prefix = "www." if m.group(1) else ""
    if m.group(1) and re.search(r"h\s*t\s*t\s*p", m.group(1), re.I):
        prefix = ("https://" if re.search(r"s\s+colon", m.group(1), re.I) else "http://") + prefix
    path = re.sub(r"\s+slash\s+", "/", m.group(3) or "", flags=re.I)
    return (prefix + _DOT.sub(".", m.group(2)) + path).lower()


# digits read one by one ("4 7 2, 1 9, 3 0 5 8"): each group is one number, a pause between groups a space
# (not next to a longer number: "born 3 7 61" is a date)
_SPELLED_DIGITS = re.compile(r"(?<![\w.,$])(?<!\d )\d(?: \d)+(?:,? \d(?: \d)+)*(?![\w]|[.,]\d| \d|\s*(?:[ap]\.?m\b|o'?clock))",
                             re.I)  # "March 7 3 pm": a day, then an hour


def _spelled_digits(m: re.Match) -> Replacement:
    """Single digits spoken apart, joined into their groups ("4 7 2, 1 9" -> "472 19")."""
    pieces: list[Piece] = []
    for g in re.finditer(r"\d(?: \d)+", m.group(0)):
        if pieces:
            pieces.append((" ", m.start() + g.start() - 1, m.start() + g.start()))
        pieces += [(d.group(0), m.start() + g.start() + d.start(), m.start() + g.start() + d.end())
                   for d in re.finditer(r"\d", g.group(0))]
    return pieces


# digits Whisper writes one by one with hyphens or commas ("2-0-1", "1,7,9,5", "8, 7, 6, 5"): one group each.
# A hyphen run needs three single digits (a date "3-4-21" has two); a comma run three items or more ("1,250"
# has none), in groups of mixed width too ("20, 45, 7, 7"). A said "oh" is a zero among them ("O-8-2", "oh, 8, 2").
_OH = r"(?:(?<![A-Za-z'])[Oo]h?(?![\w']))"
_HYPHEN_DIGITS = re.compile(rf"(?<![\w.-])(?:\d+|{_OH})(?:-(?:\d+|{_OH})){{2,}}(?![\w-]|\.\d)")
_COMMA_DIGITS = re.compile(rf"(?<![\w.,$])(?:(?:\d{{1,4}}|{_OH})(?:, ?(?:\d|{_OH})){{3,}}|\d{{2}}(?:, ?\d{{2}}){{2,}}"
                           rf"|\d{{1,3}}(?:, \d{{1,3}}){{2,}}(?:, \d{{4}})?"
                           rf"|(?:\d|{_OH})(?:, (?:\d|{_OH})){{2}})(?![\w]|[.,]\d)")  # "12, 34, 56", "20, 45, 7, 7" too
_DIGIT_OR_OH = re.compile(rf"\d|{_OH}")
_OH_SAID = re.compile(_OH)


def _zero(said: str) -> str:
    """A digit as said: "oh" is 0."""
    return re.sub(_OH, "0", said)


def _digits_of(m: re.Match) -> Replacement:
    """The digits of a run, each mapped to itself ("oh" to 0), without the separators."""
    return [(_zero(d.group(0)), m.start() + d.start(), m.start() + d.end()) for d in _DIGIT_OR_OH.finditer(m.group(0))]


def _items(run: str, sep: str) -> list[str]:
    """The groups of a run, "oh" read as 0."""
    return [_zero(i.strip()) for i in run.split(sep)]


def _hyphen_digits(m: re.Match) -> Replacement:
    """"2-0-1" -> "201", "O-8-2" -> "082"; "1-800-555-0199" (one single digit) stays, as "O-O-1" (one digit)."""
    items = _items(m.group(0), "-")
    if sum(len(g) == 1 for g in items) < 3 or len(re.findall(r"\d", m.group(0))) < 2:
        return None
    return _digits_of(m)


# what names the number being given; a bare "is"/"it's"/"was" only before a run of four single digits or more
_NUMBER_WORD = (r"\b(?:number|phone|cell|account|ending|ends?|code|pin|iban|card|social|ssn|routing|zip|mine'?s|id|digits"
                r"|cvv|cvc|csc|cvn|postcode|passcode|reference|passport|confirmation|tracking|serial|nhs|medicare|medicaid)")
_REACH_ME = r"\b(?:call|reach|text|ring|dial|contact)\s+(?:me|us|him|her|them)\s+(?:at|on)\W*$"
_NAMED_CUE = re.compile(rf"{_NUMBER_WORD}\b[^.?!\d]{{0,25}}$|{_REACH_ME}", re.I)  # "the code on the back is"
_PHONE_ASKED = re.compile(r"\b(?:mobile|landline|cell|phone|contact)\b[^.!\d]{0,25}$", re.I)  # "And a mobile? 0171... 4489"
_DIGITS_CUE = re.compile(rf"{_NUMBER_WORD}\W*$|{_REACH_ME}|\b(?:is|it's|was)\W*$"
                         # "the last 4 of my social are 3, 3, 9, 1": the number named, then what it is
                         rf"|{_NUMBER_WORD}\b(?:\s+[a-z]+)?\s+(?:are|were|reads|says)\W*$", re.I)
# four single digits or more are a number read out after an answer's first word or a label too ("Got it? Yes. 5, 5,
# 0, 3, 1, 9.", "It says 6, 2, 4, 4, 1, 8", "Caller: 4, 4, 0, 1"), five or more right after a question
_ANSWER_CUE = re.compile(r"\b(?:yes|yeah|yep|okay|ok|sure|says|reads|shows|got it|here it is|ready)[,.!?]*\s*$"
                         r"|(?:^|[.?!]\s+)[a-z]+(?: [a-z0-9])?:\s*$", re.I)
_LETTERS_LAST = re.compile(r"\b[A-Z](?:-?[A-Z]){0,3},?\s*$")  # the letters a code starts with, said before its digits
_ASKED_BEFORE = re.compile(r"\?\s*$")  # not four: "How would you rate us? 4, 5, 3, 5."
_COUNT_ASKED = re.compile(r"\b(?:how many|which|how much)\b[^.?!]*[.?!]?\s*(?:[a-z]+(?: [a-z0-9])?:\s*)?$", re.I)


def _dictated(items: list[str]) -> bool:
    """Nine single digits or more, or seven with a zero, that do not count up or down ("5, 5, 5, 3, 1, 2,
    7, 7, 4"): a number read out digit by digit even where no cue is heard; not "1, 2, 3, 4, 5, 6, 7",
    nor ratings or dice ("4, 5, 3, 5, 4, 5, 5")."""
    return all(len(i) == 1 for i in items) and (len(items) >= 9 or len(items) >= 7 and "0" in items) \
        and not _counts(items)


def _counts(items: list[str]) -> bool:
    """Single digits that count up or down one by one ("1, 2, 3"): a list, not a number."""
    digits = [int(i) for i in items]
    return {b - a for a, b in zip(digits, digits[1:])} in ({1}, {-1})


def _comma_digits(m: re.Match) -> Replacement:
    """"1,7,9,5" -> "1795" always (Whisper's digit-by-digit style); "8, 7, 6, 5" only when a number
    is being given ("it's 8, 7, 6, 5", "reach me at 9, 8, 4, ...", or dictated at length: `_dictated`), not in
    lists ("press 1, 2, 3, 4 or 5", "ages 3, 5, 7, 9"); three digits only where one is asked for
    ("the code on the back is 7, 8, 2")."""
    run = m.group(0)
    if len(re.findall(r"\d", run)) < 2:
        return None  # "Oh, O, 5, ..." is no number
    if " " not in run:
        return _digits_of(m)
    items = _items(run, ",")
    before = m.string[max(0, m.start() - 30):m.start()]
    plain = len(items) >= 4 and all(len(i) == 1 for i in items) and not _OH_SAID.search(run)
    if plain:  # "the card ending, uh, 7, 7, 2, 0", "your reference number is V-F-A, 2, 0, 9, 8, 1, 4": past a pause or letters
        before = _LETTERS_LAST.sub("", re.sub(rf"{_PAUSE}\s*", "", before, flags=re.I))
    asked = (_DIGITS_CUE if plain else _NAMED_CUE).search(before)  # "it was, oh, 4, 5 days": no code
    # an answer's first word or a speaker's label, or a question right before five digits or more, unless the digits
    # count or a count was asked for ("Which floors? 1, 2, 3, 4, 5", "How many in each room? Caller: 2, 2, 1, 3, 1.")
    answered = plain and (_ANSWER_CUE.search(before) or len(items) >= 5 and _ASKED_BEFORE.search(before)) \
        and not _counts(items) and not _COUNT_ASKED.search(m.string[max(0, m.start() - 60):m.start()])
    given = asked and not _counts(items) if len(items) == 3 else asked or answered or _dictated(items)
    if not given or re.match(r",?\s+(?:or|and)\s+\d|\s+years?\b", m.string[m.end():]):
        return None
    return _digits_of(m)


# what may follow a number the ASR wrote as a quantity ("881,930,274", "88193.0274") where an identifier was read out:
# a pause or a plain word, no unit ("1,250,000 dollars", "88193.0274 shares")
ID_END = re.compile(r"\s*(?:[^\w\s]|$|(?:and|has|is|was|that|for|on|in|from|please|thanks|thank|right|yes|yeah|ok|okay)\b)",
                    re.I)
# the number named right before its value: "my social is", "the reference number:", "account no."
NAMED_NOW = re.compile(rf"{_NUMBER_WORD}\b(?:\s+(?:number|no\.?|id|#))?(?:[,:]?\s+(?:is|was|it's|reads))?\W*$", re.I)
# a number of seven digits or more that Whisper grouped in thousands: an identifier where one is named, never a sum
_THOUSANDS = re.compile(r"(?<![\w.,$£€¥₹])\d{1,3}(?:,\d{3}){2,}(?!\w|[.,]\d)")
_SUM_BEFORE = re.compile(r"\b(?:balance|owe[ds]?|paid|pay|cost|costs|price|worth|total|budget|salary|income|loan|limit|"
                         r"population|amount|sum|fee|bill|value|debt|deposit|refund|charge[ds]?)\b[^.?!]*$", re.I)


def _thousands(m: re.Match) -> Replacement:
    """"My social is 881,930,274" -> "881930274": digits read out, which Whisper wrote as a quantity, after the
    number's name; not a sum ("the balance on the account is 1,250,000", "1,250,000 dollars")."""
    before = m.string[max(0, m.start() - 40):m.start()]
    if not NAMED_NOW.search(before) or _SUM_BEFORE.search(before) or not ID_END.match(m.string, m.end()):
        return None
    return [(d.group(0), m.start() + d.start(), m.start() + d.end()) for d in re.finditer(r"\d+", m.group(0))]


# a filler between two digit groups of one code: "940, uh, 551, um, 2208" reads as "940 551 2208"
_HESITATION = r"\b(?:uh|um|er|erm|ah)\b[,.]?"
_PAUSE = rf"(?:{_HESITATION}|\b(?:hang on|hold on|one sec(?:ond)?|let me see)\b[,.]?)"
# a trailing-off "..." too: "07946... 221 580"
_FILLER_IN_DIGITS = re.compile(rf"(?<=\d{{2}})(?:,?\s+{_PAUSE}(?:\s+{_PAUSE})*\s+|(?:\.{{3}}|…) ?)(?=\d{{2}})", re.I)


def _filler_in_digits(m: re.Match) -> Replacement:
    """"940, uh, 551" -> "940 551" (three digits on both sides, or a number being given); "940... 551" only where
    the number is named ("my number's 07946... 221 580")."""
    s = m.string
    if s.startswith(re.search(r"\d+$", s[:m.start()]).group(0), m.end()):
        return None  # "702... 702-555-0139": said again from its start
    start = re.search(r"[\d ,]*$", s[:m.start()]).start()
    if "." in m.group(0) or "…" in m.group(0):  # only where a number is named: not "150... 200 euros"
        named = _NAMED_CUE.search(s, max(0, start - 40), start) or _PHONE_ASKED.search(s, max(0, start - 40), start)
        return " " if named and re.match(r"\d{3}", s[m.end():]) else None
    if re.search(r"\d{3}$", s[:m.start()]) and re.match(r"\d{3}", s[m.end():]):
        return " "
    window = re.sub(rf"{_PAUSE}\s*", "", s[max(0, start - 40):start], flags=re.I)
    return " " if _DIGITS_CUE.search(window) else None


# hesitations, dropped from the view so a cue and its value stay next to each other ("Age? uh 82",
# "my user id um k.rivera22"); a value read across one keeps it inside its span
_FILLER = re.compile(r"(?<![\w'-])(?:uh|um|erm|hmm)(?![\w'-])[,.]?\s*|(?:^|(?<=[.?!,]\s)(?<!Dr\.\s)(?<!Mr\.\s)(?<!Ms\.\s))"
                     r"(?:Uh|Um|Erm|Hmm)(?![\w'-])[,.]?\s*|(?<=,\s)you know,\s*"
                     # "security you know code 139", "my rewards you know number is": inside a value's name
                     r"|(?<=[a-z] )you know (?=(?:code|number|id|is|was|as|pin|password)\b)")


_FULL_WIDTH = re.compile(r"[\uFF01-\uFF5E]")


def normalize(text: str) -> View:
    """The normalized view of `text` (spoken numbers, letters, emails, urls, symbols)."""
    v = View.identity(text)
    v = sub(v, _FULL_WIDTH, lambda m: chr(ord(m.group(0)) - 0xFEE0))  # "１２３-４５": digits typed on an East Asian keyboard
    v = sub(v, _AS_IN, _as_in)
    v = sub(v, _RUN, _numbers(v.text))
    v = sub(v, _LONE_LOWER, _lower_in_spelled)
    v = sub(v, _PLUS, lambda m: "+")
    v = sub(v, _HYPHEN_DIGITS, _hyphen_digits)
    v = sub(v, _COMMA_DIGITS, _comma_digits)
    v = sub(v, _THOUSANDS, _thousands)
    v = sub(v, _SPELLED_DIGITS, _spelled_digits)
    v = sub(v, _FILLER_IN_DIGITS, _filler_in_digits)
    v = sub(v, _POINT_DIGITS, lambda m: ".")
    v = sub(v, _HYPHEN_SPELL, _hyphen_spell)
    v = sub(v, _DASH, lambda m: "-")
    v = sub(v, _SLASH, lambda m: "/")
    v = sub(v, _AT_SIGN, lambda m: "@")
    v = sub(v, _NATO_RUN, _nato)
    v = sub(v, _LETTER_RUN, _letter_run)
    v = sub(v, _LOWER_RUN, _lower_run)
    v = sub(v, _SPOKEN_EMAIL, _email)
    v = sub(v, _PROVIDER_EMAIL, lambda m: _email_parts(m.group(1), m.group(2) + ".com"))
    v = sub(v, _SPOKEN_URL, _url)
    v = sub(v, _SPELLED_EXT, _spelled_ext)
    v = sub(v, _SPOKEN_EXT, lambda m: ".")
    v = sub(v, _UNDERSCORE, lambda m: "_")
    return sub(v, _FILLER, lambda m: "")
