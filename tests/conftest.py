"""Shared fixtures: the bundled sample and one engine run over it, reused by many tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from server_harness import piikit_server, speech_wav  # noqa: F401  (session fixtures: a real server)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample" / "call.wav"
SAMPLE_GOLD = ROOT / "data" / "sample" / "call.gold.json"

ALL_FEATURES = {
    "redact_pii": True,
    "redact_pii_sub": "entity_name",
    "redact_pii_audio": True,
    "redact_pii_audio_quality": "wav",
    "redact_pii_return_unredacted": True,
    "entity_detection": True,
}


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_gold() -> list[dict]:
    return json.loads(SAMPLE_GOLD.read_text())


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """The engine over the sample with every policy, entity_name, wav audio and originals."""
    from piikit.engine import run
    from piikit.policies import POLICIES

    out = tmp_path_factory.mktemp("sample_run")
    params = {**ALL_FEATURES, "redact_pii_policies": list(POLICIES)}
    result = run(SAMPLE, params, audio_out=out / "call.redacted.wav")
    (out / "call.json").write_text(json.dumps(result.transcript))
    return result
