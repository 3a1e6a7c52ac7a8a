"""Regenerate data/sample/: a two-voice customer-service call full of PII, with gold labels.

Each turn is synthesised by Debian's flite (agent and caller have different voices). flite
reports every phone's end time (`-psdur`), so each word's time span is known exactly from
the synthesiser itself: gold PII times come by construction, not from the recogniser. The
script then runs piikit's own ASR over the finished call to report its WER and to check
that every gold item is heard at its gold time.

Usage: python scripts/make_sample.py [OUTDIR] [--no-verify]     (default OUTDIR data/sample)
Deterministic: same flite, same bytes.
"""

from __future__ import annotations

import difflib
import json
import re
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
RATE = 16000
STEREO_RATE = 8000
"""call_stereo.wav is telephone-rate (8 kHz) to stay small; each channel still transcribes
with every gold item heard (checked by `verify`)."""
VOICES = {"agent": "kal16", "caller": "slt"}
CHANNELS = {"agent": 1, "caller": 2}
LEAD_IN_MS, TAIL_MS = 400, 500
GAPS_MS = (450, 350, 600, 400, 700, 500, 300, 550)
"""Silence between turns, cycled: 0.3-0.7 s like a real call."""
TARGET_RMS = 0.08
STRETCH = 0.9
"""flite's speaking rate: 0.9 is a little brisker than its default, like a real call."""

# The call. Markup: {policy:written|spoken} marks PII (`written` is how a transcript shows
# it, `spoken` what the voice says; `|spoken` may be left out). {:written|spoken} only
# changes what is said. Numbers are spelled the way people say them.
TURNS: list[tuple[str, str]] = [
    ("agent", "Thank you for calling {organization:Lakeside Credit Union}, this is {person_name:Michael}. "
              "How can I help you?"),
    ("caller", "Hi {person_name:Michael}, this is {person_name:Sarah Mitchell}. I need to update my "
               "details and make a payment."),
    ("agent", "Sure. Can you confirm your date of birth and your Social Security number?"),
    ("caller", "It's {date_of_birth:March 14, 1985|March fourteenth, nineteen eighty five}, and my "
               "social is {us_social_security_number:472-19-3058|four seven two, one nine, "
               "three zero five eight}."),
    ("agent", "Thanks, {:Ms.|Miz} {person_name:Mitchell}. What's the new phone number and email?"),
    ("caller", "The number is {phone_number:415-555-0123|four one five, five five five, "
               "zero one two three}, and the email is "
               "{email_address:sarah.mitchell@example.com|sarah dot mitchell at example dot com}."),
    ("agent", "And your new address?"),
    ("caller", "{location:221 Main Street|two two one Main Street} in {location:Portland, Oregon}."),
    ("agent", "Got it. How much would you like to pay today?"),
    ("caller", "{money_amount:$249.50|two hundred forty nine dollars and fifty cents}, on my credit "
               "card. The number is {credit_card_number:6011 0009 9013 9424|six zero one one, "
               "zero zero zero nine, nine zero one three, nine four two four}. It expires "
               "{credit_card_expiration:9/27|nine twenty seven}, and the code is "
               "{credit_card_cvv:427|four two seven}."),
    ("agent", "Thank you, the payment went through. Anything else?"),
    ("caller", "Yes. I work as a {occupation:nurse} at {organization:Riverside General Hospital}, I'm "
               "{person_age:42|forty two}, and my {drug:insulin} for my {medical_condition:diabetes} "
               "keeps getting more expensive."),
    ("agent", "I'm sorry to hear that. I'll email you some options. Have a great day, {:Ms.|Miz} "
              "{person_name:Mitchell}."),
]

_MARK = re.compile(r"\{(\w*):([^|}]*)(?:\|([^}]*))?\}")
_WORD = re.compile(r"[A-Za-z']+")


@dataclass
class Item:
    """One gold PII item inside a turn: written char span and spoken word span."""

    policy: str
    text: str
    spoken: str
    char_start: int
    char_end: int
    word_start: int
    word_end: int


def parse(marked: str) -> tuple[str, str, list[Item]]:
    """A marked-up turn → (written text, spoken text, PII items)."""
    text, say, items, pos = "", "", [], 0
    for m in _MARK.finditer(marked):
        text += marked[pos:m.start()]
        say += marked[pos:m.start()]
        policy, written, spoken = m.group(1), m.group(2), m.group(3) or m.group(2)
        first = len(_WORD.findall(say))
        say += spoken
        if policy:
            items.append(Item(policy, written, spoken, len(text), len(text) + len(written),
                              first, len(_WORD.findall(say))))
        text += written
        pos = m.end()
    return text + marked[pos:], say + marked[pos:], items


def flite(text: str, voice: str, wav: Path | None = None) -> list[tuple[str, float]]:
    """Synthesise `text` (to `wav`, if given); flite's phones with their end times (s)."""
    out = subprocess.run(["flite", "-voice", voice, "--setf", f"duration_stretch={STRETCH}",
                          "-psdur", "-t", text, "-o",
                          str(wav) if wav else "none"], capture_output=True, text=True, check=True)
    return [(p.rsplit(":", 1)[0], float(p.rsplit(":", 1)[1])) for p in out.stdout.split()]


def word_times(say: str, voice: str, phones: list[tuple[str, float]]) -> list[tuple[float, float]]:
    """Each spoken word's (start, end) in seconds, from flite's own phone segmentation."""
    alone = [[p for p, _ in flite(w, voice) if p != "pau"] for w in _WORD.findall(say)]
    spoken = [(i, p) for i, (p, _) in enumerate(phones) if p != "pau"]
    same = sum(a == b for a, (_, b) in zip(sum(alone, []), spoken))
    if sum(map(len, alone)) != len(spoken) or same < 0.9 * len(spoken):
        raise SystemExit(f"flite phones do not split into words for {say!r}: reword the turn")
    times, k = [], 0
    for n in map(len, alone):
        first, last = spoken[k][0], spoken[k + n - 1][0]
        times.append((phones[first - 1][1] if first else 0.0, phones[last][1]))
        k += n
    return times


def read_wav(path: Path) -> np.ndarray:
    """A 16-bit mono wav at RATE → float32."""
    with wave.open(str(path)) as w:
        assert w.getframerate() == RATE and w.getnchannels() == 1 and w.getsampwidth() == 2
        return np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32768


def write_wav(path: Path, channels: list[np.ndarray], rate: int = RATE) -> None:
    """16-bit PCM wav from float channels of equal length."""
    pcm = np.clip(np.stack(channels, axis=1), -1, 1 - 1 / 32768)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(len(channels))
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((pcm * 32768).round().astype("<i2").tobytes())


def halve_rate(x: np.ndarray) -> np.ndarray:
    """Downsample by 2 behind a windowed-sinc low-pass at 0.45 of the new rate (no aliasing)."""
    n = np.arange(127) - 63
    taps = np.sinc(0.9 * n / 2) * np.blackman(127)
    return np.convolve(x, taps / taps.sum(), mode="same")[::2].astype(np.float32)


def build(outdir: Path) -> tuple[list[dict], list[dict]]:
    """Write call.wav, call_stereo.wav, call.script.json and call.gold.json; return script, gold."""
    outdir.mkdir(parents=True, exist_ok=True)
    script, gold, pieces = [], [], []
    cursor = LEAD_IN_MS * RATE // 1000
    with tempfile.TemporaryDirectory() as tmp:
        for n, (speaker, marked) in enumerate(TURNS):
            text, say, items = parse(marked)
            voice = VOICES[speaker]
            wav = Path(tmp) / f"turn{n:02d}.wav"
            phones = flite(say, voice, wav)
            times = word_times(say, voice, phones)
            audio = read_wav(wav)
            audio *= TARGET_RMS / max(float(np.sqrt(np.mean(audio ** 2))), 1e-9)
            audio /= max(1.0, float(np.abs(audio).max()) / 0.95)
            start_ms = cursor * 1000 // RATE
            script.append({"turn": n, "speaker": speaker, "voice": voice,
                           "channel": CHANNELS[speaker], "text": text, "spoken": say,
                           "start_ms": start_ms, "end_ms": start_ms + len(audio) * 1000 // RATE})
            for it in items:
                gold.append({"policy": it.policy, "text": it.text, "spoken": it.spoken,
                             "start_ms": start_ms + round(times[it.word_start][0] * 1000),
                             "end_ms": start_ms + round(times[it.word_end - 1][1] * 1000),
                             "turn": n, "char_start": it.char_start, "char_end": it.char_end})
            pieces.append((cursor, speaker, audio))
            cursor += len(audio) + GAPS_MS[n % len(GAPS_MS)] * RATE // 1000
    total = cursor - GAPS_MS[(len(TURNS) - 1) % len(GAPS_MS)] * RATE // 1000 + TAIL_MS * RATE // 1000
    tracks = {s: np.zeros(total, np.float32) for s in CHANNELS}
    for at, speaker, audio in pieces:
        tracks[speaker][at:at + len(audio)] += audio
    write_wav(outdir / "call.wav", [tracks["agent"] + tracks["caller"]])
    write_wav(outdir / "call_stereo.wav",
              [halve_rate(tracks[s]) for s in sorted(CHANNELS, key=CHANNELS.get)], STEREO_RATE)
    (outdir / "call.script.json").write_text(json.dumps(
        {"sample_rate": RATE, "stereo_sample_rate": STEREO_RATE, "channels": CHANNELS,
         "duration_ms": total * 1000 // RATE, "voices": VOICES, "stretch": STRETCH,
         "turns": script}, indent=1) + "\n")
    (outdir / "call.gold.json").write_text(json.dumps(gold, indent=1) + "\n")
    return script, gold


def _squash(text: str) -> str:
    """Letters and digits only, lower case: "415-555-0123." → "4155550123"."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _coverage(needle: str, heard: str) -> float:
    """Share of `needle`'s letters and digits found, in order, in `heard` (difflib blocks)."""
    a, b = _squash(needle), _squash(heard)
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(m.size for m in blocks) / max(len(a), 1)


def heard_at(words: list[dict], item: dict, slack_ms: int = 250) -> tuple[float, list[str]]:
    """How well `item` (a gold label) is heard in ASR `words` around its gold time span."""
    heard = [w["text"] for w in words
             if w["end"] > item["start_ms"] - slack_ms and w["start"] < item["end_ms"] + slack_ms]
    return max(_coverage(item[k], " ".join(heard)) for k in ("text", "spoken")), heard


def _report(label: str, words: list[dict], turns: list[dict], gold: list[dict], took: float,
            duration: float) -> bool:
    """Print WER and each gold item's coverage for one transcription; True if all are heard."""
    from piikit.asr import normalize_words, wer

    ref = " ".join(t["text"] for t in turns)
    print(f"{label}: {duration:.1f} s, ASR {took:.1f} s, RTF {took / duration:.3f}, "
          f"WER {wer(ref, ' '.join(w['text'] for w in words)):.2%} "
          f"({len(normalize_words(ref))} reference words)")
    ok = True
    for g in gold:
        cover, heard = heard_at(words, g)
        ok &= cover >= 0.85
        if cover < 1:
            print(f"  {'ok ' if cover >= 0.85 else 'MISS'} {cover:4.0%} {g['policy']:26} "
                  f"{g['text']!r:30} {g['start_ms']:6}-{g['end_ms']:6} heard {' '.join(heard)!r}")
    return ok


def verify(outdir: Path, script: list[dict], gold: list[dict]) -> bool:
    """Transcribe the mono call and each stereo channel with piikit; report WER and gold items."""
    import time

    sys.path.insert(0, str(ROOT))
    from piikit import asr, audio

    asr.load_model()
    ok = True
    mono = audio.load(outdir / "call.wav")
    stereo = audio.load(outdir / "call_stereo.wav", mono=False)
    jobs = [("call.wav", mono, script, gold)]
    for speaker, ch in CHANNELS.items():
        turns = {t["turn"] for t in script if t["speaker"] == speaker}
        jobs.append((f"call_stereo.wav channel {ch} ({speaker})", stereo[ch - 1],
                     [t for t in script if t["turn"] in turns],
                     [g for g in gold if g["turn"] in turns]))
    for label, samples, turns, items in jobs:
        t0 = time.perf_counter()
        result = asr.transcribe(samples)
        ok &= _report(label, result.words, turns, items, time.perf_counter() - t0,
                      result.duration_s)
    return ok


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    outdir = Path(args[0]) if args else ROOT / "data" / "sample"
    script, gold = build(outdir)
    print(f"wrote {outdir}: {len(script)} turns, {len(gold)} gold items")
    if "--no-verify" in argv:
        return 0
    return 0 if verify(outdir, script, gold) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
