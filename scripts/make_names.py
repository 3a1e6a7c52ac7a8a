"""Build piikit/detect/data/names.txt.gz: given names and surnames of many countries, from Faker.

The hand-written [first_name]/[surname] lists of terms.txt hold common US names only, so
callers named Sandeep, Adaeze or Wojciech were read as places or not at all. Faker (MIT)
ships given names and surnames for ~80 locales; this keeps the Latin-script ones (accents
folded), drops every name that is also an English word, a stop word or the name of a number ("Iban") (those stay in the
hand lists with their context rules), and writes "first <name>" / "surname <name>" lines.
Run once, offline, from the downloaded wheel:

    pip download faker==40.63.0 --no-deps -d /tmp/faker && unzip -q /tmp/faker/*.whl -d /tmp/faker/x
    .venv/bin/python scripts/make_names.py /tmp/faker/x
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
import re
import sys
from pathlib import Path

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


def main() -> None:
    from piikit.detect.english import is_english
    from piikit.detect.ids import is_cue
    from piikit.detect.lexicons import term_tables

    known = term_tables()
    names = collect(sys.argv[1])
    lines = sorted(f"{kind} {name}" for kind, group in names.items() for name in group
                   if not is_english(name) and not is_cue(name) and (name,) not in known)
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:  # same bytes on every rebuild
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{OUT}: {len(lines)} names ({sum(l.startswith('first') for l in lines)} given names)")


if __name__ == "__main__":
    main()
