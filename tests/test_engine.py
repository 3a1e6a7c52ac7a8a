"""The engine end to end on the bundled sample: the API's shape, the SDK's models, the rules."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from piikit import audio
from piikit.engine import run

pytestmark = pytest.mark.slow

VALIDATE = """
import json, sys
if sys.argv[1] == "v1":
    sys.modules["pydantic_settings"] = None  # the SDK falls back to pydantic.v1 models
import assemblyai.types as t
assert t.pydantic_v2 == (sys.argv[1] == "v2"), t.pydantic_v2
data = json.load(open(sys.argv[2]))
r = t.TranscriptResponse.model_validate(data) if t.pydantic_v2 else t.TranscriptResponse.parse_obj(data)
assert r.status == t.TranscriptStatus.completed
assert len(r.words) == len(data["words"]) and r.words[0].start == data["words"][0]["start"]
print("ok", len(r.words))
"""


@pytest.mark.parametrize("mode", ["v1", "v2"])
def test_output_validates_against_the_official_sdk(sample_run, tmp_path, mode):
    path = tmp_path / "t.json"
    path.write_text(json.dumps(sample_run.transcript))
    proc = subprocess.run([sys.executable, "-c", VALIDATE, mode, str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok")


def test_shape_and_echo(sample_run):
    t = sample_run.transcript
    assert t["status"] == "completed" and t["error"] is None
    assert t["redact_pii"] is True and t["redact_pii_audio"] is True and t["speech_model"] is None
    assert "whisper" in t["speech_model_used"].lower()
    assert isinstance(t["audio_duration"], int) and t["audio_duration"] > 10
    for w in t["words"]:
        assert set(w) == {"text", "start", "end", "confidence", "speaker", "channel"}
        assert isinstance(w["start"], int) and 0 <= w["start"] <= w["end"]
    assert t["text"] == " ".join(w["text"] for w in t["words"])
    assert " ".join(u["text"] for u in t["utterances"]) == t["text"]
    assert [w for u in t["utterances"] for w in u["words"]] == t["words"]


def test_words_and_unredacted_words_align(sample_run):
    t = sample_run.transcript
    red, orig = t["words"], t["unredacted_words"]
    assert len(red) == len(orig)
    assert [(w["start"], w["end"]) for w in red] == [(w["start"], w["end"]) for w in orig]
    changed = [(r["text"], o["text"]) for r, o in zip(red, orig) if r["text"] != o["text"]]
    assert changed, "nothing was redacted"
    for r, _ in changed:
        assert r.startswith("[") and "]" in r and r[1:r.index("]")].lower() in _policy_names()


def _policy_names():
    from piikit.policies import POLICIES
    return set(POLICIES)


def _norm(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _carries(word: str, item: dict) -> bool:
    """Whether an ASR word holds part of a gold item (its written or spoken form)."""
    from difflib import SequenceMatcher

    w = _norm(word)
    if len(w) < (2 if w.isdigit() else 3):
        return False
    for form in (item["text"], item["spoken"]):
        g = _norm(form)
        if w in g or g in w or (len(w) >= 4 and SequenceMatcher(None, w, g).ratio() >= 0.6):
            return True
    return False


def test_every_gold_item_is_redacted(sample_run, sample_gold):
    """Each gold item's words (found by time, with Whisper's drift, and by content) are redacted
    in words, text and utterances."""
    t = sample_run.transcript
    drift = 250
    leaks = []
    for item in sample_gold:
        near = [i for i, w in enumerate(t["unredacted_words"])
                if w["end"] > item["start_ms"] - drift and w["start"] < item["end_ms"] + drift]
        carriers = [i for i in near if _carries(t["unredacted_words"][i]["text"], item)]
        assert carriers, f"ASR lost gold item {item['policy']} at {item['start_ms']} ms"
        leaks += [(item["policy"], t["words"][i]["text"]) for i in carriers
                  if t["words"][i]["text"] == t["unredacted_words"][i]["text"]]
    assert not leaks
    assert [w["text"] for u in t["utterances"] for w in u["words"]] == [w["text"] for w in t["words"]]
    assert t["text"] == " ".join(w["text"] for w in t["words"])


def test_redacted_wav_is_beeped_inside_and_exact_outside(sample_run, sample_path):
    t = sample_run.transcript
    original = audio.load(sample_path, sample_rate=audio.probe(sample_path).sample_rate)
    redacted = audio.load(sample_run.redacted_audio, sample_rate=audio.probe(sample_path).sample_rate)
    assert original.shape == redacted.shape
    sr = audio.probe(sample_path).sample_rate
    before, after = t["piikit_audio_padding_ms"], t["piikit_audio_padding_after_ms"]
    mask = np.zeros(len(original), bool)
    spans = [(r["start"], r["end"]) for r, o in zip(t["words"], t["unredacted_words"]) if r["text"] != o["text"]]
    for s, e in spans:
        mask[max(0, (s - before) * sr // 1000): (e + after) * sr // 1000] = True
    assert mask.any()
    np.testing.assert_array_equal(redacted[~mask], original[~mask])
    assert not np.array_equal(redacted[mask], original[mask])


def test_no_gold_pii_speech_is_audible_in_the_redacted_audio(sample_run, sample_path, sample_gold):
    """With the default padding, every gold item's exact time span (flite's own phone times)
    is beeped: Whisper's drifting word times do not let PII speech through."""
    sr = audio.probe(sample_path).sample_rate
    original = audio.load(sample_path, sample_rate=sr)
    redacted = audio.load(sample_run.redacted_audio, sample_rate=sr)
    audible = []
    for item in sample_gold:
        a, b = item["start_ms"] * sr // 1000, item["end_ms"] * sr // 1000
        same = np.isclose(redacted[a:b], original[a:b], atol=1e-6) & (np.abs(original[a:b]) > 1e-3)
        if same.sum() > 0.01 * sr:  # more than 10 ms of the item's speech left as it was
            audible.append((item["policy"], item["text"], int(same.sum()) * 1000 // sr))
    assert not audible


def test_hash_substitution_and_no_unredacted_fields(sample_path, sample_run):
    r = run(sample_path, {"redact_pii": True, "redact_pii_policies": ["person_name", "phone_number"]})
    t = r.transcript
    assert "unredacted_words" not in t and "unredacted_text" not in t and r.redacted_audio is None
    red = [w["text"] for w in t["words"] if "#" in w["text"]]
    assert red and all(not any(ch.isalnum() for ch in w) for w in red)


@pytest.mark.parametrize("content,suffix,words", [
    (b"", ".wav", "empty"),
    (b"hello, this is a text file, not audio\n" * 20, ".mp3", "does not appear to contain audio"),
])
def test_bad_audio_gives_error_status_not_traceback(tmp_path, content, suffix, words):
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    t = run(path, {"redact_pii": True, "redact_pii_policies": ["person_name"]}).transcript
    assert t["status"] == "error" and words in t["error"].lower()


def test_cli_redact_writes_transcript_and_audio(tmp_path, sample_path):
    out = tmp_path / "t.json"
    proc = subprocess.run(
        [sys.executable, "-m", "piikit.cli", "redact", str(sample_path), "--policies", "contact",
         "--sub", "entity_name", "--redact-audio", "--quiet", "-o", str(out)],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    t = json.loads(out.read_text())
    assert t["status"] == "completed" and "[PERSON_NAME]" in t["text"]
    assert (tmp_path / "t.redacted.mp3").stat().st_size > 1000


def test_cli_refuses_bad_params_in_one_line(tmp_path, sample_path):
    proc = subprocess.run([sys.executable, "-m", "piikit.cli", "redact", str(sample_path),
                           "--policies", "person_name,shoe_size", "--quiet"],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "shoe_size" in proc.stderr and "Traceback" not in proc.stderr
