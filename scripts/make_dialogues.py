"""Make the labeled TTS dialogue set for diarization: audio plus exact turn times.

Deterministic: the same seed and the same flite/espeak-ng builds give the same audio and the
same turns. Every utterance is synthesised on its own, trimmed to its speech, then laid on a
timeline with pauses, so the gold turns are exact. Needs Debian's flite, espeak-ng and sox.

    python scripts/make_dialogues.py                 # whole set -> data/dialogues/audio/
    python scripts/make_dialogues.py --only fixtures # the few short files tests/ use
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "dialogues"
SR = 16000

# name -> (engine, voice, pitch 0-99, words per minute); espeak variants move pitch and speed
# so that two espeak voices sound like two people, not one robot.
VOICES = {
    "kal16": ("flite", "kal16", None, None),
    "awb": ("flite", "awb", None, None),
    "rms": ("flite", "rms", None, None),
    "slt": ("flite", "slt", None, None),
    "kal": ("flite", "kal", None, None),
    "us_f3": ("espeak", "en-us+f3", 68, 165),
    "gb_m3": ("espeak", "en-gb+m3", 32, 150),
    "us_f2": ("espeak", "en-us+f2", 55, 180),
    "scot_m1": ("espeak", "en-gb-scotland+m1", 42, 160),
    "rp_m7": ("espeak", "en-gb-x-rp+m7", 25, 170),
    "us_f5": ("espeak", "en-us+f5", 80, 155),
    "carib_m2": ("espeak", "en-029+m2", 50, 145),
}

AGENT = [
    "Thank you for calling Northwind Bank, my name is Laura, how can I help you today?",
    "Can I have your full name please?",
    "Could you confirm your date of birth for me?",
    "I just need the last four digits of the card.",
    "Thanks, I have found your account.",
    "Let me check that for you, it will only take a moment.",
    "I can see a payment of forty two dollars on the fifth of March.",
    "Would you like me to send a new card to the address on file?",
    "What is the best phone number to reach you on?",
    "Can you spell your email address for me?",
    "The new card should arrive within five to seven working days.",
    "Is there anything else I can help you with today?",
    "I have blocked the old card so nobody can use it.",
    "For security I will send a one time code to your phone.",
    "Could you read the code back to me please?",
    "That matches, thank you very much.",
    "Your reference number is seven seven one nine four.",
    "I am sorry about the trouble, let us get this fixed.",
    "Which account would you like the refund paid into?",
    "Please hold the line while I transfer you.",
]
CALLER = [
    "Hi, I think someone used my credit card without asking me.",
    "Sure, it is John Peter Smith.",
    "It is the twelfth of June, nineteen eighty four.",
    "The last four are four four one two.",
    "I did not make that payment, I was at home all day.",
    "Yes please, same address as before.",
    "You can call me on five five five, two one three, eight eight nine zero.",
    "It is john dot smith at example dot com.",
    "Okay, that sounds fine to me.",
    "No, I think that is everything, thank you.",
    "I got the code, it is three nine one five two.",
    "Can you tell me when the money will be back in my account?",
    "I moved house last month, so the address has changed.",
    "My new address is twenty one Baker Street, Springfield.",
    "Sorry, could you repeat that please?",
    "I have been waiting on hold for quite a while.",
    "I also want to ask about the fee on my last statement.",
    "The checking account, the one ending in six seven.",
    "Great, thanks for your help.",
    "Hold on, let me find my wallet.",
]
THIRD = [
    "Hello, this is the fraud team, I have joined the call.",
    "I can confirm that the transaction was flagged this morning.",
    "We will open a dispute and you will hear from us within ten days.",
    "I am the supervisor, I can approve the refund right away.",
    "Could you both hold on for one second?",
    "I have added a note to the account for the next agent.",
    "The merchant is a travel agency in Lisbon.",
    "That is all I needed, I will drop off the call now.",
]
SHORT = ["Okay.", "Yes.", "Right.", "Mm hmm, go ahead.", "Sure.", "Got it.", "No."]
MONOLOGUE = AGENT + CALLER + THIRD


def synth(voice: str, text: str, tmp: Path) -> np.ndarray:
    """One utterance as float32 16 kHz mono, trimmed to its speech."""
    engine, name, pitch, speed = VOICES[voice]
    raw = tmp / "utt.wav"
    if engine == "flite":
        cmd = ["flite", "-voice", name, "-t", text, "-o", str(raw)]
    else:
        cmd = ["espeak-ng", "-v", name, "-p", str(pitch), "-s", str(speed), "-w", str(raw), text]
    subprocess.run(cmd, check=True, capture_output=True)
    pcm = subprocess.run(["sox", "-D", str(raw), "-t", "raw", "-r", str(SR), "-c", "1", "-b", "16",
                          "-e", "signed-integer", "-"], check=True, capture_output=True).stdout
    x = np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0
    x = x / (np.abs(x).max() + 1e-9) * 0.5
    frames = np.abs(x[: len(x) // 160 * 160].reshape(-1, 160)).max(axis=1)
    voiced = np.flatnonzero(frames > 0.02)
    return x[voiced[0] * 160: (voiced[-1] + 1) * 160]


def _script(rng: random.Random, n_speakers: int, n_turns: int) -> list[tuple[int, str]]:
    """(speaker, text) turns: agent and caller alternate, a third voice drops in now and then."""
    turns, prev = [], -1
    for i in range(n_turns):
        if n_speakers == 1:
            spk = 0
        elif n_speakers == 3 and i > 1 and rng.random() < 0.3:
            spk = 2
        else:
            spk = 1 if prev == 0 else 0
        if spk == prev and n_speakers > 1:
            spk = (spk + 1) % n_speakers
        bank = MONOLOGUE if n_speakers == 1 else [AGENT, CALLER, THIRD][spk]
        text = rng.choice(SHORT) if n_speakers > 1 and rng.random() < 0.15 else rng.choice(bank)
        if n_speakers == 1 or rng.random() < 0.3:
            text += " " + rng.choice(bank)
        turns.append((spk, text))
        prev = spk
    return turns


def phone_line(x: np.ndarray, tmp: Path) -> np.ndarray:
    """Telephone band (300-3400 Hz) and mu-law at 8 kHz, like a call recording."""
    src, dst = tmp / "in.raw", tmp / "out.raw"
    (np.clip(x, -1, 1) * 32767).astype("<i2").tofile(src)
    fmt = ["-t", "raw", "-r", str(SR), "-c", "1", "-b", "16", "-e", "signed-integer"]
    subprocess.run(["sox", "-D", *fmt, str(src), "-t", "raw", "-r", "8000", "-c", "1", "-e", "mu-law",
                    str(tmp / "mu.raw"), "sinc", "300-3400"], check=True, capture_output=True)
    subprocess.run(["sox", "-D", "-t", "raw", "-r", "8000", "-c", "1", "-e", "mu-law", str(tmp / "mu.raw"),
                    *fmt, str(dst)], check=True, capture_output=True)
    return np.fromfile(dst, dtype="<i2").astype(np.float32) / 32768.0


def make_one(spec: dict, out_dir: Path) -> dict:
    """Synthesise one item of the set; write <id>.wav and return its labels."""
    rng = random.Random(spec["seed"])
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        pieces, turns, pos = [], [], int(rng.uniform(0.3, 0.8) * SR)
        pieces.append(np.zeros(pos, np.float32))
        for spk, text in _script(rng, len(spec["voices"]), spec["turns"]):
            x = synth(spec["voices"][spk], text, tmp) * rng.uniform(0.6, 1.0)
            turns.append({"start_ms": pos * 1000 // SR, "end_ms": (pos + len(x)) * 1000 // SR,
                          "speaker": "ABC"[spk], "text": text})
            gap = int(rng.uniform(0.15, 0.9) * SR)
            pieces += [x, np.zeros(gap, np.float32)]
            pos += len(x) + gap
        audio = np.concatenate(pieces)
        noise = np.random.default_rng(spec["seed"]).normal(0, 0.003, len(audio)).astype(np.float32)
        audio = audio + noise
        if spec["phone"]:
            audio = phone_line(audio, tmp)[: len(audio)]
    write_wav(out_dir / f"{spec['id']}.wav", audio)
    return {**{k: spec[k] for k in ("id", "split", "phone", "voices")},
            "n_speakers": len(spec["voices"]), "duration_ms": len(audio) * 1000 // SR, "turns": turns}


def write_wav(path: Path, audio: np.ndarray) -> None:
    """16-bit PCM, 16 kHz mono (phone items are band-limited but stored at 16 kHz too)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())


def specs() -> list[dict]:
    """The whole set: 2-voice, 3-voice and 1-voice items, half dev, half test."""
    rng = random.Random(8)
    names = sorted(VOICES)
    out = []
    for kind, count, n_turns in (("two", 32, (8, 14)), ("three", 12, (10, 16)), ("one", 16, (3, 7))):
        n = {"one": 1, "two": 2, "three": 3}[kind]
        for i in range(count):
            out.append({"id": f"{kind}_{i:02d}", "split": "dev" if i % 2 == 0 else "test",
                        "voices": rng.sample(names, n), "turns": rng.randint(*n_turns),
                        "phone": i % 3 == 0, "seed": 1000 * n + i})
    return out


FIXTURES = [  # short files committed for the tests (tests/test_diarize.py)
    {"id": "fx_one", "split": "fixture", "voices": ["rms"], "turns": 2, "phone": False, "seed": 1},
    {"id": "fx_two", "split": "fixture", "voices": ["slt", "kal16"], "turns": 6, "phone": False, "seed": 2},
    {"id": "fx_three", "split": "fixture", "voices": ["awb", "us_f3", "gb_m3"], "turns": 7, "phone": False,
     "seed": 3},
]


def main() -> None:
    """Write the audio and one labels file (manifest.json) for the chosen items."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=["set", "fixtures"], default="set")
    ap.add_argument("--out", type=Path, default=None, help="audio folder (default data/dialogues/audio)")
    args = ap.parse_args()
    items = FIXTURES if args.only == "fixtures" else specs()
    out_dir = args.out or (OUT / ("fixtures" if args.only == "fixtures" else "audio"))
    labels = [make_one(s, out_dir) for s in items]
    manifest = OUT / ("fixtures.json" if args.only == "fixtures" else "manifest.json")
    manifest.write_text(json.dumps(labels, indent=1) + "\n")
    total = sum(x["duration_ms"] for x in labels) / 1000
    print(f"{len(labels)} items, {total:.0f} s of audio -> {out_dir}; labels -> {manifest}")


if __name__ == "__main__":
    main()
