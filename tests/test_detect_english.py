"""The English-word filter behind lone lower-case names (WordNet tables inside en_core_web_md),
and the name list it keeps clean."""

from __future__ import annotations

import pytest

from piikit.detect.english import is_english


@pytest.mark.parametrize("word", ["listen", "called", "wants", "helped", "busy", "Okay", "went", "children", "it's",
                                  "claimable"])
def test_words_and_their_inflections_are_english(word: str) -> None:
    assert is_english(word)


@pytest.mark.parametrize("word", ["ngozi", "kaveh", "aaliyah", "tomasz", "giorgos", "Yusuf"])
def test_names_are_not(word: str) -> None:
    assert not is_english(word)


def test_the_many_country_name_list_holds_no_common_word_and_no_other_term() -> None:
    """names.txt.gz only adds names that cannot be read as anything else (scripts/make_names.py):
    no English word but the nouns WordNet lists for names ("beatrice"), never a verb, adjective,
    adverb, stop word, month or weekday."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from piikit.detect.english import base_words
    from piikit.detect.ids import is_cue
    from piikit.detect.lexicons import generated_entries, term_tables

    names: dict[str, tuple[str, ...]] = {}
    for key, section in generated_entries("names.txt.gz"):
        if len(key) == 1:  # "anne-rose" is two words of the text
            names[key[0]] = names.get(key[0], ()) + (section,)
    assert len(names) > 20_000 and {"kavya", "wojciech", "okonkwo", "beatrice", "clive", "kylie"} <= set(names)
    assert not {"hope", "will", "rose", "june", "sunday", "mark", "bill", "faith"} & set(names)
    assert all(set(v) <= {"first_name", "surname"} for v in names.values())
    assert not [n for n in names if (n,) in term_tables()]
    assert not [n for n in names if is_cue(n) or n in STOP_WORDS or any(n in base_words(p) for p in ("verb", "adj", "adv"))]
    assert len([n for n in names if is_english(n)]) < 0.02 * len(names)


def test_the_city_list_holds_no_common_word_no_name_and_no_other_term() -> None:
    """places.txt.gz (scripts/make_places.py): cities of many countries that cannot be read as a
    person, a plain word or another list's term; WordNet's city nouns only when their vector sits
    with places or they are big cities of no everyday word (Cardiff, Lahore, Winnipeg)."""
    from piikit.detect.english import base_words
    from piikit.detect.lexicons import generated_entries, term_tables

    places = [key for key, kind in generated_entries("places.txt.gz") if kind == "place"]
    names = {key for key, _ in generated_entries("names.txt.gz")}
    assert len(places) > 5_000 and {("krakow",), ("da", "nang"), ("accra",), ("guadalajara",), ("cardiff",),
                                    ("lahore",), ("winnipeg",), ("leeds",)} <= set(places)
    assert not {("reading",), ("mobile",), ("bath",), ("madison",), ("long", "beach"), ("derby",), ("tours",),
                ("split",), ("nice",), ("florence",), ("corona",)} & set(places)
    assert not set(places) & (names | set(term_tables()))
    assert not [k for k in places if len(k) == 1 and any(k[0] in base_words(p) for p in ("verb", "adj", "adv"))]
    assert len([k for k in places if all(is_english(w) for w in k)]) < 0.08 * len(places)


def test_towns_named_as_words_are_kept_apart_from_the_lists() -> None:
    """places.txt.gz's "wordtown" lines: towns of 50,000 or more that the place list leaves out as words ("Reading",
    "Split", "Can Tho"), never a name another list holds ("Orange" the firm) and never in `tables()`."""
    from piikit.detect.lexicons import tables, word_towns

    assert {"split", "can tho", "chihuahua", "billings", "reading", "faro"} <= word_towns()
    assert not {"orange", "enterprise", "toyota", "wimbledon", "eugene", "march"} & word_towns()
    assert not [t for t in word_towns() if tuple(t.split()) in tables()]


def test_cities_named_as_people_are_kept_apart_from_the_lists() -> None:
    """places.txt.gz's "nametown" lines: big cities that are also given names or surnames ("Eugene", "Hamilton"),
    which `tables()` never holds as places (a name stays a name where no place is asked for)."""
    from piikit.detect.lexicons import generated_entries, name_towns, tables

    names = {key[0] for key, _ in generated_entries("names.txt.gz") if len(key) == 1} | {
        key[0] for key, kinds in tables().items() if len(key) == 1 and {"first_name", "surname"} & set(kinds)}
    assert {"eugene", "hamilton", "kingston", "santiago", "braga"} <= name_towns() <= names
    assert not [t for t in name_towns() if "place" in tables().get((t,), ()) or "name_town" in tables().get((t,), ())]
