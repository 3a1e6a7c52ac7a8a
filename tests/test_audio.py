"""piikit.audio on real files generated with PyAV: decoding, errors, redaction, memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from piikit import audio
from piikit.errors import AudioError, ParamError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from make_audio_fixtures import left_only, noise, tones, write_audio, write_video_only  # noqa: E402

SR = 16000
TONE_RMS = 0.5 / np.sqrt(2)  # tones(): channel 0 is a 440 Hz sine at 0.5
STEREO_TONE_RMS = np.sqrt((0.25**2 + 0.125**2) / 2)  # mean of 440 Hz at 0.5 and 880 Hz at 0.25


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """One small file per case, made once for the module."""
    d = tmp_path_factory.mktemp("audio")
    f = {
        "wav": write_audio(d / "tone.wav", 1.0),
        "mp3": write_audio(d / "tone.mp3", 1.0, kind="mp3", rate=44100),
        "flac": write_audio(d / "tone.flac", 1.0, kind="flac", rate=22050),
        "ogg": write_audio(d / "tone.ogg", 1.0, kind="ogg", channels=2, rate=44100),
        "opus": write_audio(d / "tone.opus", 1.0, kind="opus", rate=48000),
        "m4a": write_audio(d / "tone.m4a", 1.0, kind="m4a", rate=44100),
        "mp4": write_audio(d / "tone.mp4", 1.0, kind="mp4", video=True),
        "mov": write_audio(d / "tone.mov", 1.0, kind="mov", rate=48000, video=True),
        "left": write_audio(d / "left.wav", 1.0, channels=2, signal=left_only()),
        "noise44": write_audio(d / "noise44.wav", 6.0, rate=44100, channels=2, signal=noise()),
        "noise_mp3": write_audio(d / "noise.mp3", 6.0, kind="mp3", rate=44100, channels=2, signal=noise()),
        "odd44": write_audio(d / "odd44.wav", (44100 + 1234) / 44100, rate=44100),
        "short": write_audio(d / "short.wav", 0.1),
        "video_only": write_video_only(d / "video_only.mp4"),
    }
    f["text"] = d / "notes.mp3"
    f["text"].write_text("This is a text file renamed to .mp3, not audio.\n" * 20)
    f["pdf"] = d / "doc.wav"
    f["pdf"].write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    f["empty"] = d / "empty.wav"
    f["empty"].write_bytes(b"")
    wav = f["wav"].read_bytes()
    f["half_wav"] = d / "half.wav"
    f["half_wav"].write_bytes(wav[: len(wav) // 2])
    f["header_wav"] = d / "header.wav"
    f["header_wav"].write_bytes(wav[:44])
    mp3 = f["mp3"].read_bytes()
    f["half_mp3"] = d / "half.mp3"
    f["half_mp3"].write_bytes(mp3[: len(mp3) // 2])
    m4a = f["m4a"].read_bytes()
    f["half_m4a"] = d / "half.m4a"
    f["half_m4a"].write_bytes(m4a[: len(m4a) // 2])
    return f


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64))))


@pytest.mark.parametrize("name,level", [
    ("wav", TONE_RMS), ("mp3", TONE_RMS), ("flac", TONE_RMS), ("ogg", STEREO_TONE_RMS),
    ("opus", TONE_RMS), ("m4a", TONE_RMS), ("mp4", TONE_RMS), ("mov", TONE_RMS),
])
def test_every_format_decodes_to_16k_mono_with_right_length_and_level(files, name, level):
    x = audio.load(files[name])
    assert x.dtype == np.float32 and x.ndim == 1
    # gapless: encoder delay and padding are trimmed (mp3 LAME tag, mp4 edit list, ogg granules);
    # FFmpeg's experimental vorbis encoder itself declares 60 samples of padding as audio
    expected = round(audio.probe(files[name]).duration_s * SR) if name == "ogg" else SR
    assert len(x) == expected and abs(len(x) - SR) <= 1152 * SR // 44100
    assert rms(x[800:-800]) == pytest.approx(level, rel=0.08)


def test_probe_reports_the_headers(files):
    info = audio.probe(files["ogg"])
    assert (info.sample_rate, info.channels, info.codec, info.container) == (44100, 2, "vorbis", "ogg")
    assert info.duration_s == pytest.approx(1.0, abs=0.03)
    assert info.size_bytes == files["ogg"].stat().st_size and info.path == files["ogg"]
    assert audio.probe(files["mp4"]).codec == "aac"  # the audio track of a video


def test_stereo_downmix_is_the_mean_of_channels_not_plus_3_db(files):
    both = audio.load(files["left"], mono=False)
    mono = audio.load(files["left"])
    assert both.shape == (2, SR) and rms(both[1]) == 0
    np.testing.assert_array_equal(mono, both.mean(axis=0, dtype=np.float32))
    assert rms(mono) == pytest.approx(TONE_RMS / 2, rel=0.01)  # FFmpeg's mono mix would be TONE_RMS / sqrt(2)


def test_resampler_is_flushed_so_the_tail_is_kept(files):
    n = 44100 + 1234
    x = audio.load(files["odd44"])
    assert abs(len(x) - n * SR / 44100) <= 1
    assert rms(x[-80:]) == pytest.approx(TONE_RMS, rel=0.15)  # the last 5 ms still carry the tone
    assert audio.load(files["odd44"], sample_rate=44100).shape == (n,)


@pytest.mark.parametrize("name", ["noise44", "noise_mp3"])
@pytest.mark.parametrize("start_ms,end_ms", [(500, 1750), (3500, 5250), (2600, None)])
def test_trimming_matches_a_full_decode_sample_for_sample(files, name, start_ms, end_ms):
    """start_ms >= 2 s seeks; resampling restarts on the output grid, so samples are identical."""
    full = audio.load(files[name], mono=False)
    part = audio.load(files[name], mono=False, start_ms=start_ms, end_ms=end_ms)
    ref = full[:, start_ms * SR // 1000: None if end_ms is None else end_ms * SR // 1000]
    assert part.shape == ref.shape
    np.testing.assert_allclose(part, ref, atol=1e-6)


def test_iter_chunks_streams_the_same_samples_in_fixed_chunks(files):
    chunks = list(audio.iter_chunks(files["noise44"], chunk_s=2.5))
    assert [len(c) for c in chunks] == [40000, 40000, 16000]
    np.testing.assert_array_equal(np.concatenate(chunks), audio.load(files["noise44"]))
    stereo = next(audio.iter_chunks(files["noise44"], mono=False, chunk_s=1.0))
    assert stereo.shape == (2, SR)


@pytest.mark.parametrize("name,words", [
    ("missing", "not found"),
    ("empty", "File does not appear to contain audio. The file is empty (0 bytes)."),
    ("text", "File does not appear to contain audio. File type is text/plain (ASCII text)."),
    ("pdf", "File does not appear to contain audio. File type is application/pdf"),
    ("video_only", "has a video stream but no audio stream"),
    ("header_wav", "truncated or corrupt"),
    ("half_m4a", "truncated or corrupt"),
])
@pytest.mark.parametrize("fn", [audio.probe, audio.load])
def test_bad_files_give_a_clear_audio_error(files, tmp_path, name, words, fn):
    path = files.get(name, tmp_path / "nope.wav")
    with pytest.raises(AudioError) as e:
        fn(path)
    assert words in str(e.value)


def test_too_short_audio_has_the_api_message(files):
    for call in (audio.load, lambda p: list(audio.iter_chunks(p))):
        with pytest.raises(AudioError) as e:
            call(files["short"])
        assert str(e.value) == "Audio duration is too short."


@pytest.mark.parametrize("name", ["half_wav", "half_mp3"])
def test_a_file_cut_in_half_decodes_what_is_there(files, name):
    x = audio.load(files[name])
    assert 0.35 * SR < len(x) < 0.65 * SR
    assert rms(x[800:-800]) == pytest.approx(TONE_RMS, rel=0.08)


def test_size_limits_are_refused_before_reading(tmp_path):
    huge = tmp_path / "huge.wav"
    with huge.open("wb") as f:
        f.truncate(2_200_000_001)  # sparse: no disk used
    with pytest.raises(AudioError, match="upload limit is 2.2 GB"):
        audio.load(huge)
    big = tmp_path / "big.wav"
    with big.open("wb") as f:
        f.truncate(audio.MAX_REDACT_BYTES)
    with pytest.raises(AudioError, match="smaller than 1 GB"):
        audio.redact_audio(big, tmp_path / "out.wav", [(0, 100)])
    assert not (tmp_path / "out.wav").exists()


SPANS = [(500, 800), (700.25, 1200), (2000, 2050), (5900, 7000)]  # overlapping; one runs past the end


def padded_mask(n: int, sr: int, spans=SPANS, pad: int = 150) -> np.ndarray:
    mask = np.zeros(n, bool)
    for s, e in spans:
        mask[max(0, int((s - pad) * sr // 1000)): int((e + pad) * sr // 1000)] = True
    return mask


@pytest.mark.parametrize("kind", ["wav", "wav24", "wavf32", "flac"])
@pytest.mark.parametrize("method", ["beep", "silence"])
def test_redacted_wav_is_exact_outside_and_beep_or_zero_inside(tmp_path, kind, method):
    sr = 44100
    src = write_audio(tmp_path / f"src.{kind[:4]}", 6.0, kind=kind, rate=sr, channels=2, signal=noise())
    seen = []
    out = audio.redact_audio(src, tmp_path / "out" / "red.wav", SPANS, method=method, fmt="wav",
                             progress=lambda f, stage: seen.append(f))
    assert [p.name for p in out.parent.iterdir()] == ["red.wav"]  # the temp file was renamed away
    assert seen[-1] == 1.0 and seen == sorted(seen)
    orig = audio.load(src, sample_rate=sr, mono=False)
    red = audio.load(out, sample_rate=sr, mono=False)
    info = audio.probe(out)
    assert (info.sample_rate, info.channels) == (sr, 2)
    assert info.codec == {"wav": "pcm_s16le", "wav24": "pcm_s24le", "wavf32": "pcm_f32le", "flac": "pcm_s16le"}[kind]
    mask = padded_mask(orig.shape[1], sr)
    np.testing.assert_array_equal(red[:, ~mask], orig[:, ~mask])
    fade = int(audio.FADE_S * sr)
    merged = [(350, 1350), (1850, 2200), (5750, 6000)]  # ms, after padding, merging and clipping
    for s, e in merged:
        a, b = s * sr // 1000, min(e * sr // 1000, orig.shape[1])
        core = red[:, a + fade: b - fade] if e < 6000 else red[:, a + fade: b]
        idx = np.arange(core.shape[1]) + fade
        beep = audio.BEEP_LEVEL * np.sin(2 * np.pi * audio.BEEP_HZ * idx / sr) if method == "beep" else 0 * idx
        np.testing.assert_allclose(core, np.broadcast_to(beep, core.shape), atol=2 / 32768)
        edges = np.r_[a:a + fade, max(a, b - fade):b]
        assert np.all(np.abs(red[:, edges]) <= np.maximum(np.abs(orig[:, edges]), audio.BEEP_LEVEL) + 2 / 32768)


def test_beep_edges_do_not_click(tmp_path):
    src = write_audio(tmp_path / "tone.wav", 2.0, signal=tones(440, 0.5))
    spans = [(400, 600), (1003, 1290)]  # edges land on large sine values
    out = audio.redact_audio(src, tmp_path / "red.wav", spans, fmt="wav", padding_ms=0)
    orig, red = audio.load(src), audio.load(out)
    jump = np.abs(np.diff(red)).max()
    natural = np.abs(np.diff(orig)).max() + audio.BEEP_LEVEL * 2 * np.pi * audio.BEEP_HZ / SR
    assert jump <= natural * 1.1
    hard = orig.copy()  # what replacing without fades would do
    for s, e in spans:
        hard[s * SR // 1000: e * SR // 1000] = 0
    assert np.abs(np.diff(hard)).max() > 2 * jump


def test_padding_before_and_after_a_span_can_differ(tmp_path):
    src = write_audio(tmp_path / "tone.wav", 2.0, signal=tones(440, 0.5))
    out = audio.redact_audio(src, tmp_path / "red.wav", [(1000, 1200)], method="silence", fmt="wav",
                             padding_ms=0, padding_after_ms=300)
    orig, red = audio.load(src), audio.load(out)
    ms = SR // 1000
    np.testing.assert_array_equal(red[:1000 * ms - 1], orig[:1000 * ms - 1])  # nothing before
    assert np.abs(red[1010 * ms:1490 * ms]).max() == 0  # the span and 300 ms after it
    np.testing.assert_array_equal(red[1510 * ms:], orig[1510 * ms:])
    with pytest.raises(ParamError, match="padding_after_ms"):
        audio.redact_audio(src, tmp_path / "bad.wav", [(0, 100)], padding_after_ms=-1)


def test_mp3_output_plays_with_original_length_rate_and_layout(tmp_path, files):
    src = write_audio(tmp_path / "src.wav", 3.0, rate=44100, channels=2, signal=tones(440, 0.5))
    out = audio.redact_audio(src, tmp_path / "red.mp3", [(1000, 1500)])
    info = audio.probe(out)
    assert (info.codec, info.sample_rate, info.channels) == ("mp3float", 44100, 2)
    orig = audio.load(src, sample_rate=44100, mono=False)
    red = audio.load(out, sample_rate=44100, mono=False)
    assert abs(red.shape[1] - orig.shape[1]) <= 1152
    n = min(red.shape[1], orig.shape[1])
    keep = ~padded_mask(n, 44100, [(1000, 1500)], pad=200)
    assert rms(red[:, :n][:, keep] - orig[:, :n][:, keep]) < 0.1 * rms(orig)
    core = red[0, int(1.0 * 44100): int(1.5 * 44100)]
    spectrum = np.abs(np.fft.rfft(core))
    assert np.fft.rfftfreq(len(core), 1 / 44100)[spectrum.argmax()] == pytest.approx(1000, abs=5)
    mono16 = audio.redact_audio(files["wav"], tmp_path / "red16.mp3", [(100, 200)], method="silence")
    assert audio.probe(mono16).channels == 1 and abs(len(audio.load(mono16)) - SR) <= 576


def test_redaction_of_bad_files_leaves_nothing_behind(tmp_path, files):
    with pytest.raises(AudioError, match="does not appear to contain audio"):
        audio.redact_audio(files["text"], tmp_path / "red.mp3", [(0, 100)])
    assert list(tmp_path.iterdir()) == []


def test_redacted_file_gets_the_users_umask_like_any_other_output(tmp_path, files):
    old = os.umask(0o027)
    try:
        out = audio.redact_audio(files["wav"], tmp_path / "red.wav", [(100, 200)], method="silence")
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["red.wav"]


# Peak RSS from VmHWM: unlike ru_maxrss it is not inherited from the (large) pytest parent.
CHILD = textwrap.dedent("""
    import json, sys
    from piikit import audio
    rss = lambda: int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]) / 1024
    sum(len(c) for c in audio.iter_chunks(sys.argv[2], chunk_s=1.0))  # warm up every code path
    base = rss()
    n = sum(len(c) for c in audio.iter_chunks(sys.argv[1]))
    print(json.dumps({"samples": n, "base_mb": base, "growth_mb": rss() - base}))
""")


def test_iter_chunks_memory_stays_flat_on_a_20_minute_file(tmp_path, files):
    long = write_audio(tmp_path / "long.wav", 20 * 60, rate=SR, chunk_s=60.0)  # 38 MB; as floats 77 MB
    proc = subprocess.run([sys.executable, "-c", CHILD, str(long), str(files["wav"])],
                          capture_output=True, text=True, check=True, timeout=60)
    r = json.loads(proc.stdout)
    assert r["samples"] == 20 * 60 * SR
    assert r["growth_mb"] < 15, r  # a full load would add ~77 MB
