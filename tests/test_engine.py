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


def test_a_cut_wav_is_an_error_not_a_shorter_call(tmp_path, sample_path):
    cut = tmp_path / "cut.wav"
    cut.write_bytes(sample_path.read_bytes()[:100_000])  # the header still promises the whole call
    t = run(cut, {"redact_pii": True, "redact_pii_policies": ["person_name"]}).transcript
    assert t["status"] == "error" and "truncated" in t["error"] and "s is in the file" in t["error"]


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


def test_cli_redact_into_a_folder_names_the_transcript_after_the_audio(tmp_path, sample_path):
    proc = subprocess.run([sys.executable, "-m", "piikit.cli", "redact", str(sample_path), "--policies", "contact",
                           "--quiet", "-o", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / f"{sample_path.stem}.json").read_text())["status"] == "completed"


def test_cli_refuses_an_output_folder_it_cannot_make_before_transcribing(tmp_path, sample_path):
    (tmp_path / "file").write_text("x")
    proc = subprocess.run([sys.executable, "-m", "piikit.cli", "redact", str(sample_path), "--quiet",
                           "-o", str(tmp_path / "file" / "t.json")], capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "cannot make its folder" in proc.stderr and "Traceback" not in proc.stderr


def test_cli_refuses_bad_params_in_one_line(tmp_path, sample_path):
    proc = subprocess.run([sys.executable, "-m", "piikit.cli", "redact", str(sample_path),
                           "--policies", "person_name,shoe_size", "--quiet"],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "shoe_size" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("options,message", [
    (["--audio-out", "x.flac"], "name the file .mp3 or .wav"),
    (["--audio-quality", "wav", "--audio-out", "y.mp3"], "does not match --audio-quality wav"),
])
def test_cli_refuses_a_redacted_audio_name_of_another_format(tmp_path, sample_path, options, message):
    proc = subprocess.run([sys.executable, "-m", "piikit.cli", "redact", str(sample_path), "--redact-audio",
                           "--quiet", "-o", str(tmp_path / "t.json"), *options],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert proc.returncode != 0 and message in proc.stderr and "Traceback" not in proc.stderr
    assert not list(tmp_path.iterdir())  # refused before anything was written


def _script_speaker(script: dict, ms: float) -> str | None:
    for turn in script["turns"]:
        if turn["start_ms"] <= ms <= turn["end_ms"]:
            return turn["speaker"]
    return None


def _agreement(words: list[dict], script: dict) -> float:
    """Share of words whose label maps one-to-one onto the script's speaker (best mapping)."""
    from collections import Counter

    pairs = Counter((w["speaker"], _script_speaker(script, (w["start"] + w["end"]) / 2)) for w in words)
    pairs = {k: v for k, v in pairs.items() if k[1] is not None}
    best = {}
    for (label, truth), n in sorted(pairs.items(), key=lambda kv: -kv[1]):
        if label not in best and truth not in best.values():
            best[label] = truth
    return sum(n for (label, truth), n in pairs.items() if best.get(label) == truth) / sum(pairs.values())


def test_multichannel_labels_words_and_utterances_by_channel(sample_path):
    import json as _json

    stereo = sample_path.with_name("call_stereo.wav")
    script = _json.loads(sample_path.with_name("call.script.json").read_text())
    t = run(stereo, {"multichannel": True, "redact_pii": True, "redact_pii_policies": ["person_name"],
                     "redact_pii_sub": "entity_name"}).transcript
    assert t["status"] == "completed" and t["audio_channels"] == 2
    assert {w["channel"] for w in t["words"]} == {"1", "2"}
    assert all(w["speaker"] == w["channel"] for w in t["words"])
    channel_of = {name: str(ch) for name, ch in script["channels"].items()}
    truth = [channel_of[_script_speaker(script, (w["start"] + w["end"]) / 2) or "agent"] for w in t["words"]]
    assert sum(w["channel"] == c for w, c in zip(t["words"], truth)) >= 0.95 * len(truth)
    assert all(len({w["channel"] for w in u["words"]}) == 1 and u["channel"] == u["words"][0]["channel"]
               for u in t["utterances"])
    assert "[PERSON_NAME]" in t["text"]
    assert [w["start"] for w in t["words"]] == sorted(w["start"] for w in t["words"])


def test_speaker_labels_tell_agent_from_caller(sample_path, tmp_path):
    import json as _json

    script = _json.loads(sample_path.with_name("call.script.json").read_text())
    t = run(sample_path, {"speaker_labels": True, "speakers_expected": 2, "redact_pii": True,
                          "redact_pii_policies": ["phone_number"], "redact_pii_return_unredacted": True}).transcript
    assert t["status"] == "completed"
    assert {w["speaker"] for w in t["words"]} == {"A", "B"}
    assert _agreement(t["words"], script) >= 0.92
    for utts in (t["utterances"], t["unredacted_utterances"]):
        assert all(len({w["speaker"] for w in u["words"]}) == 1 for u in utts)
        assert all(a["speaker"] != b["speaker"] for a, b in zip(utts, utts[1:]))
    assert [w["text"] for u in t["utterances"] for w in u["words"]] == [w["text"] for w in t["words"]]
    path = tmp_path / "speakers.json"
    path.write_text(json.dumps(t))
    for mode in ("v1", "v2"):  # the SDK takes speaker strings and utterances with words
        proc = subprocess.run([sys.executable, "-c", VALIDATE, mode, str(path)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr


def test_words_have_no_speaker_unless_asked(sample_run):
    """As the cloud answers: `speaker` is null without speaker_labels (a lone "A" looks diarized)."""
    words = sample_run.transcript["words"] + sample_run.transcript["unredacted_words"]
    assert words and all(w["speaker"] is None and w["channel"] is None for w in words)
