"""The English-word filter behind lone lower-case names (WordNet tables inside en_core_web_md)."""

from __future__ import annotations

import pytest

from piikit.detect.english import is_english


@pytest.mark.parametrize("word", ["listen", "called", "wants", "helped", "busy", "Okay", "went", "children", "it's"])
def test_words_and_their_inflections_are_english(word: str) -> None:
    assert is_english(word)


@pytest.mark.parametrize("word", ["ngozi", "kaveh", "aaliyah", "tomasz", "giorgos", "Yusuf"])
def test_names_are_not(word: str) -> None:
    assert not is_english(word)
