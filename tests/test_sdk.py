"""The official `assemblyai` SDK runs its whole PII flow against `piikit serve`, unchanged.

The SDK validates responses with pydantic v2 when `pydantic_settings` imports, else with
pydantic.v1 (stricter about some types, looser about others): both modes run, each in its
own interpreter, one with `pydantic_settings` blocked.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from server_harness import KEY_A

SDK_FLOW = r'''
import json, sys
if sys.argv[1] == "v1":
    sys.modules["pydantic_settings"] = None  # as if pydantic-settings were not installed
import assemblyai as aai
from assemblyai import types

aai.settings.base_url, aai.settings.api_key, audio, out = sys.argv[2:6]
aai.settings.polling_interval = 0.2
config = aai.TranscriptionConfig(speaker_labels=True).set_redact_pii(
    policies=[aai.PIIRedactionPolicy.person_name, aai.PIIRedactionPolicy.phone_number],
    substitution=aai.PIISubstitutionPolicy.entity_name, redact_audio=True, return_unredacted=True)
t = aai.Transcriber().transcribe(audio, config)
assert t.status == aai.TranscriptStatus.completed, t.error
t.save_redacted_audio(out)
again = aai.Transcript.get_by_id(t.id)
page = aai.Transcriber().list_transcripts(aai.ListTranscriptParameters(limit=5))
search = t.word_search(["call"])
result = {
    "pydantic_v2": types.pydantic_v2,
    "id": t.id, "text": t.text, "unredacted_text": t.json_response.get("unredacted_text"),
    "words": len(t.words), "utterances": len(t.utterances or []),
    "redacted_audio_url": t.get_redacted_audio_url(),
    "again_text": again.text, "listed": [x.id for x in page.transcripts],
    "sentences": [s.text for s in t.get_sentences()],
    "paragraphs": [p.text for p in t.get_paragraphs()],
    "search": search[0].count if search else 0,
    "srt": t.export_subtitles_srt(), "vtt": t.export_subtitles_vtt(),
}
deleted = aai.Transcript.delete_by_id(t.id)
result["deleted_text"] = deleted.text
print(json.dumps(result))
'''


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["v2", "v1"])
def test_official_sdk_pii_flow(piikit_server, speech_wav, tmp_path, mode):
    out = tmp_path / "redacted.mp3"
    proc = subprocess.run([sys.executable, "-c", SDK_FLOW, mode, piikit_server.url, KEY_A,
                           str(speech_wav), str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    r = json.loads(proc.stdout.splitlines()[-1])
    assert r["pydantic_v2"] is (mode == "v2")
    assert "[PERSON_NAME]" in r["text"] and "John" not in r["text"] and "John" in r["unredacted_text"]
    assert r["words"] > 5 and r["utterances"] >= 1
    assert out.stat().st_size > 1000 and out.read_bytes()[:3] in (b"ID3", b"\xff\xfb", b"\xff\xf3")
    assert r["again_text"] == r["text"] and r["id"] in r["listed"]
    assert r["sentences"] and " ".join(r["sentences"]) == " ".join(r["paragraphs"])
    assert r["search"] >= 1
    assert r["srt"].startswith("1\n") and r["vtt"].startswith("WEBVTT")
    assert r["deleted_text"] == "Deleted by user."
