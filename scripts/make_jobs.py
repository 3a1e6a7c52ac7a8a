"""Build piikit/detect/data/jobs.txt.gz: job titles and their head words, from Faker's job provider.

The hand-written [occupation] list of terms.txt holds ~370 jobs, so "I'm a payroll specialist" or
"the legal adviser writes to you" went unnoticed. Faker (MIT) ships ~640 British and American job
titles; this keeps each title as said ("Accountant, chartered" -> "chartered accountant"), and the
head word of every title ("specialist", "adviser", "magistrate") so that a title the list never saw
is still found from its head ("a payroll specialist": lexicons.py reads the words before a head
after "I'm a", "works as a"). Titles and heads already in terms.txt, everyday words a list would
misread ("rep", "model", "host") and titles with brackets or slashes are left out. Run once,
offline, from the downloaded wheel:

    pip download faker==40.63.0 --no-deps -d /tmp/faker && unzip -q /tmp/faker/*.whl -d /tmp/faker/x
    .venv/bin/python scripts/make_jobs.py /tmp/faker/x
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "piikit" / "detect" / "data" / "jobs.txt.gz"
# heads that are jobs in a title but everyday words alone ("a model of", "one more rep", "the host name")
_NOT_ALONE = frozenset("rep model host person crew worker officer agent assistant executive secretary "
                       "director manager partner associate member staff operator controller planner "
                       "producer player runner general setter buyer boy copy land make sub streamer visitor "
                       "professional processor handler dealer examiner emeritus gaffer forwarder trainer "
                       "presenter practitioner mentor organiser fundraiser representative".split())


def titles(faker_root: str) -> set[str]:
    """Lower-case job titles of Faker's en_US provider, each as it is said."""
    sys.path.insert(0, faker_root)
    from faker.providers.job.en_US import Provider

    out = set()
    for job in Provider.jobs:
        job = job.lower().strip()
        if re.search(r"[()/]", job):
            continue
        head, _, kind = job.partition(", ")
        said = f"{kind} {head}" if kind else head  # "accountant, chartered" -> "chartered accountant"
        if re.fullmatch(r"[a-z][a-z' -]*[a-z]", said):
            out.add(said)
    return out


def main() -> None:
    from piikit.detect.lexicons import term_tables

    known = term_tables()
    found = titles(sys.argv[1])
    heads = {t.split()[-1] for t in found} - _NOT_ALONE
    keep = sorted(t for t in found | heads if tuple(t.split()) not in known and t not in _NOT_ALONE)
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:  # same bytes on every rebuild
        f.write(("\n".join(f"job {t}" for t in keep) + "\n").encode("utf-8"))
    print(f"{OUT}: {len(keep)} job titles and head words")


if __name__ == "__main__":
    main()
