"""What the README and docs/ tell users about refusals, leaks and clear-text output."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_docs_point_only_at_files_a_reader_of_the_repo_has():
    """docs/server.md sent readers to ../shared/spec/API.md, which is not in the repository."""
    for doc in DOCS:
        for ref in re.findall(r"`(\.\./[^`\s]+)`", doc.read_text()):
            assert (doc.parent / ref).exists(), f"{doc.name} points at {ref}, which is not in the repo"


def test_entity_detection_is_documented_as_clear_text():
    """scaling.md recommended --entity-detection without saying it writes every PII value in
    clear text in entities[].text."""
    for doc in (ROOT / "README.md", ROOT / "docs" / "scaling.md"):
        paragraphs = [" ".join(p.split()) for p in doc.read_text().split("\n\n")]
        assert any("--entity-detection" in p and "clear text" in p for p in paragraphs), doc.name


def test_the_refusal_of_policies_alone_is_documented_with_the_others():
    text = " ".join((ROOT / "docs" / "server.md").read_text().split())
    assert "`redact_pii_audio` or a non-empty `redact_pii_policies` without `redact_pii: true`" in text
    readme = " ".join((ROOT / "README.md").read_text().split())
    assert "policies without `redact_pii: true`" in readme
