"""The notebook form and result view, driven without a browser: set values, click, read what they show.

The slow tests run the real engine (in-process, and behind a real `piikit serve`) on real audio.
"""

from __future__ import annotations

import re
import threading
import time
import wave
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest
from server_harness import KEY_A

from piikit import params as params_mod
from piikit.client import Client
from piikit.errors import ParamError
from piikit.export import read_parquet
from piikit.policies import GROUPS, POLICIES, PRESETS
from piikit.widgets import GROUP_TITLES, RedactionForm, TranscriptView


def _word(text: str, start: int, end: int, speaker: str | None = "A") -> dict:
    return {"text": text, "start": start, "end": end, "confidence": 0.9, "speaker": speaker, "channel": None}


UNREDACTED = [_word("Hi", 0, 300), _word("I'm", 300, 500), _word("Jane", 500, 800), _word("Doe.", 800, 1100),
              _word("Call", 1200, 1500, "B"), _word("555-0199.", 1500, 2500, "B")]
TRANSCRIPT = {
    "id": "t-view", "status": "completed", "speaker_labels": True, "multichannel": False,
    "redact_pii": True, "redact_pii_sub": "entity_name", "redact_pii_return_unredacted": True,
    "redact_pii_policies": ["person_name", "phone_number"],
    "text": "Hi I'm [PERSON_NAME] [PERSON_NAME]. Call [PHONE_NUMBER].",
    "words": [*UNREDACTED[:2], _word("[PERSON_NAME]", 500, 800), _word("[PERSON_NAME].", 800, 1100),
              UNREDACTED[4], _word("[PHONE_NUMBER].", 1500, 2500, "B")],
    "unredacted_words": UNREDACTED,
    "unredacted_text": "Hi I'm Jane Doe. Call 555-0199.",
}


def _spans(html_text: str) -> list[tuple[str, str | None, str]]:
    """(policy, hover title or None, text) of every redacted span in the transcript HTML."""
    body = html_text.split("</div>", 1)[1]  # after the legend
    return [(m[1], m[3] or None, m[4]) for m in re.finditer(
        r'<span class="piikit-redacted" data-policy="([^"]+)"( title="([^"]*)")? [^>]*>([^<]*)</span>', body)]


def _make_wav(path: Path, samples: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def _upload(form: RedactionForm, name: str, content: bytes) -> None:
    form.upload.value = ({"name": name, "type": "audio/wav", "size": len(content), "content": memoryview(content),
                          "last_modified": datetime.now(timezone.utc)},)


# --- the form's request, without running anything -----------------------------------------------

def test_presets_tick_their_group_and_hand_edits_become_custom_or_a_preset(sample_path):
    form = RedactionForm(client=object())
    assert form.selected_policies() == list(POLICIES) and form.preset.value == "all"
    form.preset.value = "government IDs"
    assert form.selected_policies() == [p for p in POLICIES if p in GROUPS["government_id"]]
    form.policy_boxes["person_name"].value = True
    assert form.preset.value == "custom" and "person_name" in form.selected_policies()
    form.policy_boxes["person_name"].value = False
    assert form.preset.value == "government IDs"
    form.preset.value = "medical"
    assert set(form.selected_policies()) == set(PRESETS["medical"])
    titles = [form.policies_panel.get_title(i) for i in range(len(GROUPS))]
    assert titles == [f"{GROUP_TITLES[g]} ({len(PRESETS['medical']) if g == 'medical' else 0} of {len(GROUPS[g])})"
                      for g in GROUP_TITLES]


def test_params_follow_the_controls_and_pass_the_shared_validation(sample_path):
    form = RedactionForm(client=object())
    form.source.value = str(sample_path)
    form.preset.value = "contact"
    form.sub.value = "hash"
    form.audio_quality.value = "wav"
    form.audio_method.value = "silence"
    form.return_unredacted.value = True
    form.speaker_labels.value = True
    form.speakers_expected.value = 2
    form.language_detection.value = True
    assert form.params() == {
        "redact_pii": True, "redact_pii_policies": list(PRESETS["contact"]), "redact_pii_sub": "hash",
        "redact_pii_audio": True, "redact_pii_return_unredacted": True, "multichannel": False,
        "speaker_labels": True, "language_detection": True, "redact_pii_audio_quality": "wav",
        "redact_pii_audio_options": {"override_audio_redaction_method": "silence"}, "speakers_expected": 2,
    }
    assert form.check() is None and not form.submit_button.disabled
    params_mod.validate({"audio_url": "x", **form.params()})
    form.redact_audio.value = False
    assert form.audio_quality.disabled and form.audio_method.disabled
    assert "redact_pii_audio_quality" not in form.params() and "redact_pii_audio_options" not in form.params()


def test_invalid_combinations_are_explained_before_submission_with_the_servers_words(sample_path, tmp_path):
    form = RedactionForm(client=object())
    assert "Choose an audio file" in form.check() and form.submit_button.disabled
    form.source.value = str(tmp_path / "nowhere.wav")
    assert "There is no file at" in form.problem.value and "nowhere.wav" in form.problem.value
    form.source.value = str(sample_path)
    assert form.problem.value == "" and not form.submit_button.disabled

    form.speakers_expected.value = 3  # speaker count without speaker labels: the server refuses it too
    with pytest.raises(ParamError) as refused:
        params_mod.validate({"audio_url": "x", **form.params()})
    assert form.submit_button.disabled
    assert f"Speaker labels: {refused.value}" in form.check()
    assert "speaker_labels to be true" in form.problem.value
    assert form.submit() is None and form.jobs == []
    form.speaker_labels.value = True
    assert form.check() is None

    form.preset.value = "custom"
    for box in form.policy_boxes.values():
        box.value = False
    assert form.check().startswith("Policies: redact_pii_policies must name at least one policy")
    assert "0 of 44 selected" in form.policy_count.value

    assert form.show_original.disabled  # originals on hover only once they are asked for
    form.return_unredacted.value = True
    assert not form.show_original.disabled


def test_server_refusal_is_shown_in_plain_words(piikit_server, sample_path):
    form = RedactionForm(Client(piikit_server.url, api_key="not-a-key"))
    form.source.value = str(sample_path)
    assert form.submit() is None and form.jobs == []
    assert "The server refused the request:" in form.problem.value
    assert "Traceback" not in form.problem.value and not form.submit_button.disabled


# --- the result view over a transcript in the API's shape ----------------------------------------

def test_view_colours_redactions_by_policy_and_shows_originals_only_when_asked(tmp_path):
    shown = TranscriptView(TRANSCRIPT, show_original=True)
    assert _spans(shown.text.value) == [("person_name", "Jane", "[PERSON_NAME]"),
                                        ("person_name", "Doe.", "[PERSON_NAME]."),
                                        ("phone_number", "555-0199.", "[PHONE_NUMBER].")]
    assert "<b>Speaker A:</b> Hi I&#x27;m" in shown.text.value and "<b>Speaker B:</b> Call" in shown.text.value
    assert [t for _, t, _ in _spans(TranscriptView(TRANSCRIPT).text.value)] == [None, None, None]
    no_originals = {k: v for k, v in TRANSCRIPT.items() if not k.startswith("unredacted")}
    assert [t for _, t, _ in _spans(TranscriptView(no_originals, show_original=True).text.value)] == [None] * 3
    assert "Jane" not in TranscriptView(no_originals, show_original=True).text.value

    counts = shown.counts.value
    assert counts.index('data-policy="phone_number"') < counts.index('data-policy="person_name"')  # by seconds
    assert re.search(r'person_name</span></td><td[^>]*>1</td><td[^>]*>2</td>', counts)
    assert shown.timeline.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert shown.players.children == () and shown.audio_button.disabled


def test_view_buttons_export_parquet_and_save_audio_or_say_why_not(tmp_path, sample_path):
    view = TranscriptView(TRANSCRIPT, redacted_audio=sample_path, original_audio=sample_path.read_bytes(),
                          original_name="call.wav")
    assert [c.children[1].format for c in view.players.children] == ["wav", "wav"]
    view.export_path.value = str(tmp_path / "words.parquet")
    view.export_button.click()
    back = read_parquet(tmp_path / "words.parquet")
    assert list(back["text"]) == [w["text"] for w in TRANSCRIPT["words"]] and "original" not in back
    assert "Exported 6 words" in view.message.value
    view.audio_path.value = str(tmp_path / "out" / "call.redacted.wav")
    view.audio_button.click()
    assert (tmp_path / "out" / "call.redacted.wav").read_bytes() == sample_path.read_bytes()
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "mine.txt").write_text("not an export")
    view.export_path.value = str(tmp_path / "taken")
    view.export_button.click()
    assert "piikit-error" in view.message.value and (tmp_path / "taken" / "mine.txt").exists()


def test_failed_job_transcript_reads_as_a_sentence():
    view = TranscriptView({"id": "x", "status": "error", "error": "File does not appear to contain audio.",
                           "words": None, "text": None})
    assert "The job failed: File does not appear to contain audio." in view.text.value


# --- real jobs ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def local_client():
    return Client.local()


@pytest.fixture(scope="module")
def short_speech(speech_wav) -> Path:
    return speech_wav


def test_bad_upload_becomes_a_job_error_in_the_form(local_client):
    form = RedactionForm(local_client, preset="contact", preload=False)
    assert form.models_ready.is_set()
    _upload(form, "notes.wav", b"these are meeting notes, not audio\n" * 50)
    row = form.submit()
    row.wait(60)
    assert row.status.value == "error" and row.bar.bar_style == "danger" and row.view is None
    assert "notes.wav: The job failed:" in form.problem.value and "Traceback" not in form.problem.value
    assert row.forget_button.description == "Forget"


@pytest.mark.slow
def test_form_runs_several_jobs_and_renders_the_result(local_client, sample_path, short_speech, tmp_path):
    form = RedactionForm(local_client, workdir=tmp_path)
    _upload(form, "call.wav", sample_path.read_bytes())
    form.preset.value = "contact"
    form.policy_boxes["credit_card_number"].value = True
    form.audio_quality.value = "wav"
    form.return_unredacted.value = True
    form.show_original.value = True
    submitted = form.params()
    first = form.submit()

    form.upload.value = ()
    form.source.value = str(short_speech)
    form.preset.value = "contact"
    form.sub.value = "hash"
    form.redact_audio.value = False
    form.return_unredacted.value = False
    second = form.submit()
    cancelled = form.submit()
    assert [r.name for r in form.jobs] == ["call.wav", short_speech.name, short_speech.name]
    cancelled.forget()
    assert form.jobs == [first, second] and cancelled not in form.jobs_box.children

    first.wait(600)
    t = first.job.transcript
    assert t["status"] == "completed", t.get("error")
    assert {k: t[k] for k in submitted} == submitted
    assert submitted["redact_pii_policies"] == [p for p in POLICIES if p in {*PRESETS["contact"], "credit_card_number"}]
    assert (submitted["redact_pii_sub"], submitted["redact_pii_audio_quality"]) == ("entity_name", "wav")
    spans = _spans(first.view.text.value)
    assert any(p == "person_name" and title.startswith("Michael") and text.startswith("[PERSON_NAME]")
               for p, title, text in spans), spans
    assert {p for p, _, _ in spans} <= {*PRESETS["contact"], "credit_card_number"}
    assert all(title for _, title, _ in spans)  # originals were asked for and shown on hover
    players = [c.children[1] for c in first.view.players.children]
    assert [p.format for p in players] == ["wav", "wav"] and all(len(p.value) > 10_000 for p in players)
    assert 'data-policy="person_name"' in first.view.counts.value

    second.wait(300)
    assert second.job.transcript["redact_pii_sub"] == "hash"
    assert [c.children[1]._dom_classes for c in second.view.players.children] == [("piikit-audio-original",)]
    hashed = _spans(second.view.text.value)
    assert hashed and all("#" in text and not any(c.isalnum() for c in text) and title is None
                          for _, title, text in hashed)
    second.show_button.click()
    assert form.result.children[1] is second.view
    assert [r.bar.bar_style for r in form.jobs] == ["success", "success"]

    cancelled.job.wait(progress=False)
    deadline = time.monotonic() + 10
    while local_client.get(cancelled.job.id).transcript["words"] is not None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert local_client.get(cancelled.job.id).transcript["words"] is None  # discarded once it ended


@pytest.mark.slow
def test_form_through_a_real_server(piikit_server, short_speech, tmp_path):
    form = RedactionForm(Client(piikit_server.url, api_key=KEY_A), workdir=tmp_path, preset="contact")
    form.source.value = str(short_speech)
    row = form.submit()
    row.wait(300)
    assert row.job.transcript["status"] == "completed", row.error
    assert any(p == "person_name" for p, _, _ in _spans(row.view.text.value))
    redacted = [c.children[1] for c in row.view.players.children][1]
    assert redacted.format == "mpeg" and len(redacted.value) > 1000
    assert redacted.value[:3] == b"ID3" or redacted.value[0] == 0xFF
    row.view.audio_path.value = str(tmp_path / "saved.mp3")
    row.view.audio_button.click()
    assert (tmp_path / "saved.mp3").read_bytes() == redacted.value


@pytest.mark.slow
def test_progress_every_2s_and_result_soon_after_the_engine_on_a_3_minute_call(local_client, sample_path,
                                                                                  tmp_path):
    from piikit.audio import load

    one = load(sample_path)
    call = _make_wav(tmp_path / "three_minutes.wav", np.tile(one, 3)[: 180 * 16000])
    form = RedactionForm(local_client, workdir=tmp_path, preset="all")
    form.source.value = str(call)
    assert form.models_ready.wait(300)  # a user picks a file while the models load
    updates: list[tuple[float, str, float]] = []
    engine_done: list[float] = []

    t0 = time.monotonic()
    row = form.submit()
    row.status.observe(lambda c: updates.append((time.monotonic(), c["new"], row.bar.value)), "value")

    def watch_engine() -> None:  # when the engine's result lands in the backend, to 20 ms
        while local_client._fetch(row.job.id)["status"] not in ("completed", "error"):
            time.sleep(0.02)
        engine_done.append(time.monotonic())

    watcher = threading.Thread(target=watch_engine)
    watcher.start()
    row.wait(900)
    shown = time.monotonic()
    watcher.join()
    assert row.job.transcript["status"] == "completed", row.error
    running = [u for u in updates if u[0] <= engine_done[0]]
    times = [t0, *[u[0] for u in running], engine_done[0]]
    gaps = np.diff(times)
    worst = int(gaps.argmax())
    print(f"engine {engine_done[0] - t0:.1f} s, {len(running)} updates, max gap {gaps.max():.2f} s "
          f"at {times[worst] - t0:.1f} s ({running[max(worst - 1, 0)][1]!r}), "
          f"result shown {shown - engine_done[0]:.2f} s after the engine")
    assert gaps.max() <= 2.0
    fractions = sorted({f for _, _, f in running if 0 < f < 1})
    assert len(fractions) >= 3, fractions  # the bar really moves, not only the clock
    assert shown - engine_done[0] <= 2.0
    assert form.result.children[1] is row.view
