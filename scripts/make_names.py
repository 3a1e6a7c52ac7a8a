"""Build piikit/detect/data/names.txt.gz: given names and surnames of many countries, from Faker.

The hand-written [first_name]/[surname] lists of terms.txt hold common US names only, so
callers named Sandeep, Adaeze or Wojciech were read as places or not at all. Faker (MIT)
ships given names and surnames for ~80 locales; this keeps the Latin-script ones (accents
folded), drops every name that is also an English word, a stop word or the name of a number ("Iban") (those stay in the
hand lists with their context rules), and writes "first <name>" / "surname <name>" lines.
WordNet lists many names as nouns ("beatrice", "clive", "kylie"); such a noun stays when its
spaCy vector is nearer the unambiguous names than common nouns and places (`nouns_like`), so
"hope", "will" and "rose" stay out.
Run once, offline, from the downloaded wheel:

    pip download faker==40.63.0 --no-deps -d /tmp/faker && unzip -q /tmp/faker/*.whl -d /tmp/faker/x
    .venv/bin/python scripts/make_names.py /tmp/faker/x
"""

from __future__ import annotations

import calendar
import gzip
import importlib
import pkgutil
import random
import re
import sys
from pathlib import Path

import numpy as np

from piikit.detect.lexicons import fold

OUT = Path(__file__).resolve().parent.parent / "piikit" / "detect" / "data" / "names.txt.gz"
_FIELDS = {"first_names": "first", "first_names_male": "first", "first_names_female": "first",
           "first_names_nonbinary": "first", "first_romanized_names": "first",
           "last_names": "surname", "last_romanized_names": "surname"}


def collect(faker_root: str) -> dict[str, set[str]]:
    """kind ('first' / 'surname') -> folded single-word Latin-script names of every person provider."""
    sys.path.insert(0, faker_root)
    import faker.providers.person as people

    out: dict[str, set[str]] = {"first": set(), "surname": set()}
    for mod in pkgutil.iter_modules(people.__path__):
        provider = getattr(importlib.import_module(f"{people.__name__}.{mod.name}"), "Provider", None)
        for field, kind in _FIELDS.items():
            values = getattr(provider, field, None)
            if not values or isinstance(values, property):
                continue
            for v in values.keys() if hasattr(values, "keys") else values:
                name = fold(v.strip()).lower()
                if re.fullmatch(r"[a-z][a-z'-]{2,}", name):
                    out[kind].add(name)
    return out


def nouns_like(words: set[str], like: list[str], unlike: list[str] = ()) -> set[str]:
    """The nouns among English `words` whose spaCy vector is nearer the centroid of `like` than
    those of common nouns and of `unlike` (if given); never a verb, adjective, adverb, month or weekday.
    (WordNet lists names and cities as nouns: "beatrice", "krakow"; "hope" and "reading" stay out.)"""
    import spacy

    from piikit.detect.english import base_words
    from piikit.detect.ner import model_path

    vectors = spacy.load(model_path(), exclude=["tok2vec", "tagger", "parser", "ner", "lemmatizer",
                                                "attribute_ruler", "senter"]).vocab

    def unit(w: str) -> np.ndarray | None:
        return vectors[w].vector / vectors[w].vector_norm if vectors[w].has_vector else None

    def centroid(ws: list[str]) -> np.ndarray:
        c = np.mean([x for x in map(unit, sorted(ws)) if x is not None], axis=0)
        return c / np.linalg.norm(c)

    target = centroid(like)
    others = [centroid(unlike)] if unlike else []  # names and places share the vectors of proper nouns
    nouns = centroid(random.Random(1).sample(sorted(w for w in base_words("noun") if w.isalpha() and len(w) > 3), 3000))
    dates = {m.lower() for m in (*calendar.month_name, *calendar.day_name) if m}
    out = set()
    for w in words - dates:
        x = unit(w)
        if x is not None and not any(w in base_words(p) for p in ("verb", "adj", "adv")) \
                and x @ target >= 0.45 and x @ target - max(x @ c for c in [nouns, *others]) >= 0.15:
            out.add(w)
    return out


def one_word(known: dict, *lists: str) -> list[str]:
    """The one-word entries of `known` in any of `lists` that are no English word."""
    from piikit.detect.english import is_english

    return [k[0] for k, v in known.items() if len(k) == 1 and set(lists) & set(v) and not is_english(k[0])]


def main() -> None:
    from spacy.lang.en.stop_words import STOP_WORDS

    from piikit.detect.english import is_english
    from piikit.detect.ids import is_cue
    from piikit.detect.lexicons import term_tables

    known = term_tables()
    names = collect(sys.argv[1])
    fresh = {n for group in names.values() for n in group if not is_cue(n) and (n,) not in known}
    keep = {n for n in fresh if not is_english(n)} | nouns_like(
        {n for n in fresh if is_english(n)} - STOP_WORDS, one_word(known, "first_name", "surname"),
        [k[0] for k, v in known.items() if len(k) == 1 and "place" in v])
    lines = sorted(f"{kind} {name}" for kind, group in names.items() for name in group if name in keep)
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:  # same bytes on every rebuild
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{OUT}: {len(lines)} names ({sum(l.startswith('first') for l in lines)} given names)")


if __name__ == "__main__":
    main()
