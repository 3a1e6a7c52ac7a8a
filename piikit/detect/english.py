"""Is a word ordinary English? The WordNet-derived lemma tables shipped inside en_core_web_md.

A lower-case word in a name slot ("okay ravi,", "my daughter aaliyah") is read as a name only
when it is no English word, so "okay listen," and "my son called" stay untouched.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

_POS = ("noun", "verb", "adj", "adv")
# contractions as case-less ASR writes them, without the apostrophe: "whats your username", "dont tell me"
BARE_CONTRACTIONS = frozenset("whats thats dont doesnt didnt cant wont isnt wasnt arent werent havent hasnt hadnt "
                              "couldnt wouldnt shouldnt mustnt youre theyre weve youve theyve ive im hes shes lets "
                              "heres theres wheres whos hows whens itll youll theyll shell hell wed youd theyd "
                              "aint yall".split())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, list[tuple[str, str]]], dict[str, frozenset[str]]]:
    """Base words, suffix rules and irregular forms, per part of speech (loaded once, ~40 ms)."""
    from spacy.lookups import Lookups

    from piikit.detect.ner import model_path

    lk = Lookups().from_disk(model_path() / "lemmatizer" / "lookups")
    index, exc = lk.get_table("lemma_index"), lk.get_table("lemma_exc")
    bases = {pos: frozenset(index.get(pos, ())) for pos in _POS}
    irregular = {pos: frozenset(exc.get(pos, {})) for pos in _POS}
    rules_table = lk.get_table("lemma_rules")
    rules = {pos: [tuple(r) for r in rules_table.get(pos, ())] for pos in _POS}
    return bases, rules, irregular


def base_words(pos: str) -> frozenset[str]:
    """WordNet's base words of one part of speech ("noun", "verb", "adj" or "adv")."""
    return _tables()[0][pos]


@lru_cache(maxsize=4096)
def is_english(word: str) -> bool:
    """Whether `word` (any case) is an English dictionary word or one of its inflections."""
    w = word.lower().strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in STOP_WORDS or w in BARE_CONTRACTIONS:
        return True
    bases, rules, irregular = _tables()
    if any(w in b for b in (*bases.values(), *irregular.values())):
        return True
    for pos in _POS:
        for old, new in rules[pos]:
            if old and w.endswith(old) and w[: len(w) - len(old)] + new in bases[pos]:
                return True
    return len(w) >= 8 and w.endswith(("able", "ible"))  # "claimable", "reimbursable": no name ends so


@lru_cache(maxsize=4096)
def is_verb(word: str) -> bool:
    """Whether `word` (lower case) is an English verb or one of its forms ("handles", "set", "paid")."""
    bases, rules, irregular = _tables()
    return word in bases["verb"] or word in irregular["verb"] or any(
        old and word.endswith(old) and word[: len(word) - len(old)] + new in bases["verb"] for old, new in rules["verb"])

