"""The `piikit` command never destroys what it was given: the recording, an earlier transcript,
a port's one-time key, or a batch's own outputs taken for new inputs.

Most refusals come before the model loads and take well under a second; the few runs that
transcribe use a couple of seconds of synthetic speech.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest
from server_harness import make_speech

from piikit import __version__
from piikit.audio import probe
from piikit.batch.inputs import plan
from piikit.batch.store import Store

ROOT = Path(__file__).resolve().parent.parent


def piikit(*args: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    """`python -m piikit ARGS` (the module form is itself under test) in `cwd`; help unwrapped."""
    return subprocess.run([sys.executable, "-m", "piikit", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "1000"})


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def speech(tmp_path_factory) -> Path:
    """Two seconds of speech with a name in it."""
    return make_speech(tmp_path_factory.mktemp("speech") / "speech.wav", "Hello, my name is John Smith.")


@pytest.fixture()
def folder(tmp_path: Path, speech: Path) -> Path:
    """A working folder holding a recording, victim.wav, and a good earlier transcript, keep.json."""
    (tmp_path / "victim.wav").write_bytes(speech.read_bytes())
    (tmp_path / "keep.json").write_text('{"status": "completed", "text": "an earlier good run"}\n')
    return tmp_path


def test_python_dash_m_piikit_runs_the_cli(tmp_path: Path):
    proc = piikit("--version", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"piikit {__version__}"


# ---------------------------------------------------------------------------------------
# redact: outputs that would overwrite the recording, or each other
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("args,message", [
    (["victim.wav", "-o", "victim.wav"], "-o is the transcript (JSON), not audio"),
    (["victim.wav", "-o", "call.redacted.mp3", "--redact-audio"], "-o is the transcript (JSON), not audio"),
    (["victim.wav", "-o", "out.MP4"], "-o is the transcript (JSON), not audio"),
    (["victim.wav", "--audio-out", "victim.wav"], "would be written over the input recording"),
    (["victim.wav", "--audio-out", "sub/../victim.wav", "--redact-audio"],
     "would be written over the input recording"),
    (["victim.wav", "-o", "same.wav", "--audio-out", "same.wav"], "not audio"),
])
def test_redact_refuses_outputs_over_the_input_or_in_an_audio_name(folder: Path, args, message):
    before = snapshot(folder)
    proc = piikit("redact", *args, "--policies", "person_name", "--quiet", cwd=folder)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stdout == ""
    assert snapshot(folder) == before  # nothing written, the recording intact


def test_redact_refuses_a_default_redacted_audio_name_that_is_the_input(folder: Path):
    """`x.redacted.wav -o x.json --redact-audio --audio-quality wav` would beep over x.redacted.wav itself."""
    os.replace(folder / "victim.wav", folder / "x.redacted.wav")
    before = snapshot(folder)
    proc = piikit("redact", "x.redacted.wav", "-o", "x.json", "--redact-audio", "--audio-quality", "wav",
                  "--quiet", cwd=folder)
    assert proc.returncode == 2 and "over the input recording" in proc.stderr, proc.stderr
    assert snapshot(folder) == before


# ---------------------------------------------------------------------------------------
# redact: an input that cannot be used writes nothing
# ---------------------------------------------------------------------------------------
def _truncated_wav(folder: Path) -> str:
    """A WAV cut off midway: it opens, but the engine finds the damage (after the CLI's probe)."""
    data = (folder / "victim.wav").read_bytes()
    (folder / "cut.wav").write_bytes(data[: len(data) // 3])
    return "cut.wav"


@pytest.mark.parametrize("make,message", [
    (lambda f: "missing.wav", "Audio file not found: missing.wav"),
    (lambda f: (f / "notes.wav").write_text("not audio\n" * 50) and "notes.wav",
     "File does not appear to contain audio"),
    (lambda f: (f / "empty.mp3").write_bytes(b"") or "empty.mp3", "The file is empty"),
    (_truncated_wav, "appears to be truncated"),
])
@pytest.mark.parametrize("to_file", [True, False], ids=["-o", "stdout"])
def test_unusable_input_keeps_an_existing_transcript_and_prints_no_json(folder: Path, make, message, to_file):
    name = make(folder)
    before = snapshot(folder)
    proc = piikit("redact", name, *(["-o", "keep.json"] if to_file else []), "--quiet", cwd=folder)
    assert proc.returncode == 1, proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and proc.stderr.startswith("piikit: error: ")
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stdout == ""  # no transcript object of nulls before the message
    assert snapshot(folder) == before  # keep.json is still the earlier good run


def test_unusable_input_makes_no_output_folder(folder: Path):
    proc = piikit("redact", "missing.wav", "-o", "new/dir/", "--quiet", cwd=folder)
    assert proc.returncode == 1 and "Audio file not found" in proc.stderr
    assert not (folder / "new").exists()


# ---------------------------------------------------------------------------------------
# redact: --audio-out, and where redacted audio goes by default (real runs, a few seconds each)
# ---------------------------------------------------------------------------------------
def test_audio_out_alone_writes_the_redacted_audio_and_o_is_replaced_whole(folder: Path):
    proc = piikit("redact", "victim.wav", "--policies", "person_name", "-o", "keep.json",
                  "--audio-out", "out/v.mp3", "--quiet", cwd=folder)
    assert proc.returncode == 0, proc.stderr
    assert (folder / "out" / "v.mp3").stat().st_size > 1000  # --audio-out implies --redact-audio
    transcript = json.loads((folder / "keep.json").read_text())
    assert transcript["status"] == "completed" and transcript["redact_pii_audio"] is True
    assert sorted(p.name for p in folder.iterdir()) == ["keep.json", "out", "victim.wav"]  # no .part left


def test_redacted_audio_goes_beside_the_input_without_o_as_the_help_says(folder: Path, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("cwd")
    help_text = piikit("redact", "--help", cwd=elsewhere).stdout
    assert "beside the input without -o" in help_text and "implies --redact-audio" in help_text
    proc = piikit("redact", str(folder / "victim.wav"), "--policies", "person_name", "--redact-audio",
                  "--quiet", cwd=elsewhere)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["status"] == "completed"
    assert (folder / "victim.redacted.mp3").stat().st_size > 1000
    assert not list(elsewhere.iterdir())


def test_silent_audio_gets_redacted_audio_only_with_redact_no_speech_audio(tmp_path: Path):
    with wave.open(str(tmp_path / "silence.wav"), "wb") as w:  # three seconds of digital silence
        w.setparams((1, 2, 16000, 0, "NONE", "not compressed"))
        w.writeframes(np.zeros(3 * 16000, "<i2").tobytes())
    proc = piikit("redact", "silence.wav", "--redact-audio", "-o", "t.json", "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert not (tmp_path / "t.redacted.mp3").exists()
    assert "no speech" in proc.stderr and "--redact-no-speech-audio" in proc.stderr  # the way to get it
    proc = piikit("redact", "silence.wav", "--redact-no-speech-audio", "-o", "t.json",  # (implies --redact-audio)
                  "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    transcript = json.loads((tmp_path / "t.json").read_text())
    assert transcript["words"] == [] and transcript["redact_pii_audio_options"] == {
        "return_redacted_no_speech_audio": True}
    assert abs(probe(tmp_path / "t.redacted.mp3").duration_s - 3.0) < 0.2
    assert "redacted audio: t.redacted.mp3" in proc.stderr


# ---------------------------------------------------------------------------------------
# --policies
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("given,suggested", [("person_nam", "'person_name'"), ("contacts", "'contact'")])
def test_a_policy_typo_is_answered_with_the_nearest_names_and_the_presets(folder: Path, given, suggested):
    proc = piikit("redact", "victim.wav", "--policies", f"phone_number,{given}", "--quiet", cwd=folder)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert f"unknown policy {given!r} (did you mean {suggested}" in lines[0]
    assert "preset (all, contact, financial" in lines[0]


def test_policies_with_no_near_name_list_every_policy_and_the_presets(folder: Path):
    proc = piikit("redact", "victim.wav", "--policies", "shoe_size,person_nam", "--quiet", cwd=folder)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1
    assert "unknown policies 'shoe_size', 'person_nam' (did you mean 'person_name'" in proc.stderr
    assert "Policies: account_number, " in proc.stderr and "preset (all, " in proc.stderr


# ---------------------------------------------------------------------------------------
# serve: a port in use
# ---------------------------------------------------------------------------------------
def test_serve_on_a_port_in_use_fails_before_making_a_key_or_saying_serving(tmp_path: Path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        data = tmp_path / "data"
        proc = piikit("serve", "--port", str(port), "--data-dir", str(data), "--no-preload", "--workers", "1",
                      cwd=tmp_path, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr == f"piikit: error: port {port} on 127.0.0.1 is in use; pass --port\n"
    assert proc.stdout == ""  # no key shown, no "serving on"
    assert not data.exists()  # so no key stored either: the next start shows a fresh one


# ---------------------------------------------------------------------------------------
# batch: the output folder inside the input folder
# ---------------------------------------------------------------------------------------
def test_plan_leaves_out_the_folders_a_run_writes(tmp_path: Path):
    calls = tmp_path / "calls"
    store = Store(calls / "out").create()
    for name in ("a.wav", "sub/b.mp3", "out/audio/0123.redacted.mp3", "out/_tmp/x.redacted.wav",
                 "out/mine.wav"):
        (calls / name).parent.mkdir(parents=True, exist_ok=True)
        (calls / name).write_bytes(b"x")
    params = {"redact_pii": True, "redact_pii_policies": ["person_name"]}
    names = {str(Path(j.path).relative_to(calls.resolve())) for j in plan(calls, params, skip=store.folders())}
    assert names == {"a.wav", "sub/b.mp3", "out/mine.wav"}
    globbed = plan(str(calls / "**" / "*.mp3"), params, skip=store.folders())
    assert [Path(j.path).name for j in globbed] == ["b.mp3"]
    listed = plan([calls / "out" / "audio" / "0123.redacted.mp3"], params, skip=store.folders())
    assert len(listed) == 1  # a file named outright is taken as given


@pytest.mark.slow
def test_batch_into_its_own_input_folder_twice_redoes_nothing_and_names_the_failures(tmp_path: Path,
                                                                                   speech: Path):
    calls = tmp_path / "calls"
    calls.mkdir()
    (calls / "good.wav").write_bytes(speech.read_bytes())
    for i in range(4):
        (calls / f"empty{i}.mp3").write_bytes(b"")
    for i in range(3):
        (calls / f"notes{i}.wav").write_text("not audio\n")
    args = ("batch", "calls", "-o", "calls", "--redact-audio", "--policies", "person_name", "--workers", "1")
    first = piikit(*args, "--quiet", cwd=tmp_path, timeout=600)
    assert first.returncode == 1, first.stderr  # seven files failed
    assert first.stderr == ""  # --quiet is quiet
    assert len(list((calls / "audio").glob("*.redacted.mp3"))) == 1
    second = piikit(*args, cwd=tmp_path, timeout=600)
    assert second.returncode == 1, second.stderr
    lines = second.stderr.splitlines()
    assert lines[0] == f"8 files: 8 already done, 0 to do -> {calls.resolve()}"  # no redacted mp3 taken as input
    assert lines[1] == "batch: 1 completed, 7 error; 0.00 h of audio redacted"
    failed = lines[2:7]
    for line in failed:
        assert line.startswith(f"  failed: {calls.resolve()}/"), second.stderr
        assert line.endswith(("File does not appear to contain audio. The file is empty (0 bytes).",
                              "File does not appear to contain audio. File type is text/plain (ASCII text)."))
    assert lines[7:] == [f"  ... 2 more; see {calls.resolve() / 'manifest.parquet'}"]


# ---------------------------------------------------------------------------------------
# a flag the subcommand does not know
# ---------------------------------------------------------------------------------------
def test_an_unknown_flag_gets_the_subcommands_usage_and_the_flag_meant(tmp_path: Path):
    proc = piikit("redact", "call.wav", "--redact_audio", cwd=tmp_path, timeout=60)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("usage: piikit redact ")  # the subcommand's options, not the top-level list
    assert "piikit redact: error: unrecognized arguments: --redact_audio (--redact_audio: did you mean --redact-audio?)" \
        in proc.stderr
