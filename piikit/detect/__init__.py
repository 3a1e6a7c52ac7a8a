"""PII detection over plain text: `find_pii(text, policies) -> [Entity]`.

The interface is stable (the redactor and the evaluation call it); the recognizers behind
it live in this package and are registered in `registry.py`.
"""

from __future__ import annotations

from typing import Iterable, NamedTuple


class Entity(NamedTuple):
    """A PII span: character offsets into the searched text, its policy and a score in [0, 1]."""

    start: int
    end: int
    policy: str
    text: str
    score: float = 1.0


def find_pii(text: str, policies: Iterable[str] | None = None) -> list[Entity]:
    """Find PII of the given policies (None = all 44) in `text`, sorted, non-overlapping."""
    from piikit.detect.registry import detect

    return detect(text, _policy_set(policies))


def find_pii_batch(texts: Iterable[str], policies: Iterable[str] | None = None) -> list[list[Entity]]:
    """`find_pii` over many texts at once (the recognizers may batch their model calls)."""
    from piikit.detect.registry import detect_batch

    return detect_batch(list(texts), _policy_set(policies))


def _policy_set(policies: Iterable[str] | str | None) -> set[str] | None:
    """The policy names as a set; one name given as a string is one name, not its letters."""
    return None if policies is None else {policies} if isinstance(policies, str) else set(policies)


__all__ = ["Entity", "find_pii", "find_pii_batch"]
