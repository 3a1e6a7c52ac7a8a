"""Diarization on the labeled TTS dialogues: DER, word-speaker accuracy, speaker count, speed.

    python benchmarks/bench_diarize.py [--split dev|test|all] [--neural-python PATH] [--proxy-words]

Each method runs in its own subprocess (so peak RSS is its own): "default" with this
interpreter, "neural" with --neural-python (an environment with `piikit[neural]`), and the
baseline "everything is A" (one speaker over the VAD's speech). DER uses pyannote.metrics
with a 0.25 s collar (overlap scored; the set has none). Words come from Whisper via
piikit.asr (cached next to the audio), or with --proxy-words from the script's words spread
evenly over each gold turn. Scores map predicted to gold speakers optimally per file.
The bundled two-voice call (data/sample/call.wav, its script's turns as gold) is scored too,
and without --proxy-words the diarizer's time is set against the ASR's on that call.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "data" / "dialogues"
SAMPLE = ROOT / "data" / "sample"
AUDIO = DATA / "audio"
COLLAR_S = 0.25


def load_wav(path: Path) -> np.ndarray:
    """16-bit 16 kHz mono wav -> float32 (the set is written that way)."""
    with wave.open(str(path)) as w:
        assert w.getframerate() == 16000 and w.getnchannels() == 1
        return np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32768.0


def items(split: str) -> list[dict]:
    """Labels of the chosen split; the audio is made first if it is missing."""
    labels = json.loads((DATA / "manifest.json").read_text())
    if not all((AUDIO / f"{x['id']}.wav").exists() for x in labels):
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_dialogues.py")], check=True)
    return [x for x in labels if split == "all" or x["split"] == split]


def words_for(item: dict, proxy: bool) -> list[dict]:
    """Timed words with their gold speaker: Whisper's (cached) or the proxy."""
    if proxy:
        out = []
        for t in item["turns"]:
            toks = t["text"].split()
            weights = np.cumsum([0] + [len(w) + 1 for w in toks])
            edges = t["start_ms"] + (t["end_ms"] - t["start_ms"]) * weights / weights[-1]
            out += [{"text": w, "start": int(a), "end": int(b)} for w, a, b in zip(toks, edges, edges[1:])]
    else:
        cache = AUDIO / f"{item['id']}.words.json"
        if not cache.exists():
            from piikit import asr
            cache.write_text(json.dumps(asr.transcribe(load_wav(AUDIO / f"{item['id']}.wav")).words))
        out = json.loads(cache.read_text())
    for w in out:
        ov = [min(t["end_ms"], w["end"]) - max(t["start_ms"], w["start"]) for t in item["turns"]]
        mid = (w["start"] + w["end"]) / 2
        near = [-abs((t["start_ms"] + t["end_ms"]) / 2 - mid) for t in item["turns"]]
        w["gold"] = item["turns"][int(np.argmax(ov) if max(ov) > 0 else np.argmax(near))]["speaker"]
    return out


def run_method(method: str, split: str, proxy: bool) -> list[dict]:
    """Diarize every item with the count given and with the automatic count."""
    from piikit import diarize
    out = []
    for it in items(split):
        x = load_wav(AUDIO / f"{it['id']}.wav")
        row = {"id": it["id"], "audio_s": len(x) / 16000}
        for mode, kw in (("given", {"speakers_expected": it["n_speakers"]}), ("auto", {})):
            t = time.perf_counter()
            if method == "baseline":
                turns = [diarize.Turn(s * 10, e * 10, 0) for s, e in diarize.speech_segments(x)]
            else:
                turns = diarize.diarize(x, method=method, **kw)
            row[f"{mode}_s"] = time.perf_counter() - t
            row[mode] = [[t.start_ms, t.end_ms, t.speaker_index] for t in turns]
        out.append(row)
    return out, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def der(item: dict, turns: list) -> float:
    """Diarization error rate, 0.25 s collar, via pyannote.metrics."""
    from pyannote.core import Annotation, Segment
    from pyannote.metrics.diarization import DiarizationErrorRate
    ref, hyp = Annotation(), Annotation()
    for t in item["turns"]:
        ref[Segment(t["start_ms"] / 1000, t["end_ms"] / 1000)] = t["speaker"]
    for s, e, k in turns:
        hyp[Segment(s / 1000, e / 1000)] = f"s{k}"
    m = DiarizationErrorRate(collar=COLLAR_S)
    return m(ref, hyp, detailed=True)


def der_rate(item: dict, turns: list) -> float:
    """DER of one file as a fraction."""
    d = der(item, turns)
    return (d["confusion"] + d["missed detection"] + d["false alarm"]) / d["total"]


def n_speakers(turns: list) -> int:
    """How many speakers a [start, end, speaker] turn list has."""
    return len({t[2] for t in turns})


def word_accuracy(words: list[dict], turns: list) -> tuple[int, int]:
    """(words right, words) under the best one-to-one speaker mapping."""
    from piikit.diarize import Turn, assign_speakers
    pred = assign_speakers(words, [Turn(*t) for t in turns])
    gold = [w["gold"] for w in words]
    p_names, g_names = sorted(set(pred)), sorted(set(gold))
    best = 0
    for perm in itertools.permutations(g_names + [None] * len(p_names), len(p_names)):
        m = dict(zip(p_names, perm))
        best = max(best, sum(m[p] == g for p, g in zip(pred, gold)))
    return best, len(words)


def report(name: str, results: list[dict], labels: dict, words: dict, rss: float) -> None:
    """Print one method's table, by kind of item and mode."""
    for mode in ("given", "auto"):
        for n in (2, 3, 1):
            rows = [r for r in results if labels[r["id"]]["n_speakers"] == n]
            if not rows:
                continue
            ders = [der(labels[r["id"]], r[mode]) for r in rows]
            err = sum(d["confusion"] + d["missed detection"] + d["false alarm"] for d in ders)
            tot = sum(d["total"] for d in ders)
            right = sum(word_accuracy(words[r["id"]], r[mode])[0] for r in rows)
            nwords = sum(len(words[r["id"]]) for r in rows)
            count_ok = sum(n_speakers(r[mode]) == n for r in rows)
            conf = sum(d["confusion"] for d in ders) / tot
            print(f"{name:9s} {mode:5s} {n}spk n={len(rows):2d}  DER {100 * err / tot:5.1f}%"
                  f" (confusion {100 * conf:4.1f}%)  words {100 * right / nwords:5.1f}%"
                  f"  count {count_ok}/{len(rows)}")
    audio = sum(r["audio_s"] for r in results)
    secs = sum(r["given_s"] for r in results)
    print(f"{name:9s} RTF {secs / audio:.4f} ({secs:.1f} s for {audio:.0f} s), peak RSS {rss:.0f} MB")


def main() -> None:
    """Run each method in its own process, then score them all against the same labels."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--neural-python", help="interpreter with piikit[neural] installed")
    ap.add_argument("--proxy-words", action="store_true", help="no Whisper: script words over gold turns")
    ap.add_argument("--_worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._worker:
        print(json.dumps(run_method(args._worker, args.split, args.proxy_words)))
        return
    labels = {x["id"]: x for x in items(args.split)}
    methods = [("baseline", sys.executable), ("default", sys.executable)]
    if args.neural_python:
        methods.append(("neural", args.neural_python))
    runs = {}
    for name, python in methods:
        cmd = [python, __file__, "--split", args.split, "--_worker", name]
        runs[name] = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    words = {k: words_for(v, args.proxy_words) for k, v in labels.items()}
    print(f"split={args.split} items={len(labels)} collar={COLLAR_S}s words="
          f"{'proxy (script words over gold turns)' if args.proxy_words else 'Whisper (piikit.asr)'}")
    for name, (res, rss) in runs.items():
        report(name, res, labels, words, rss)
    for name, (res, _) in runs.items():
        if name != "baseline":
            auto_summary(name, res, runs["baseline"][0], labels)
    sample_call()
    if not args.proxy_words:
        engine_share()


def auto_summary(name: str, results: list[dict], baseline: list[dict], labels: dict) -> None:
    """Automatic count right per kind, and whether it is never worse than all-A on one voice."""
    kinds = []
    for n in (1, 2, 3):
        rows = [r for r in results if labels[r["id"]]["n_speakers"] == n]
        if rows:
            kinds.append(f"{n} voice(s) {sum(n_speakers(r['auto']) == n for r in rows)}/{len(rows)}")
    all_a = {r["id"]: r["auto"] for r in baseline}
    worse = [r["id"] for r in results if labels[r["id"]]["n_speakers"] == 1
             and der_rate(labels[r["id"]], r["auto"]) > der_rate(labels[r["id"]], all_a[r["id"]]) + 1e-9]
    print(f"{name:9s} auto count right: {', '.join(kinds)}; never worse than all-A on single-speaker"
          f" files: {'yes' if not worse else 'NO (' + ', '.join(worse) + ')'}")


def sample_call() -> None:
    """The bundled two-voice call: speakers found and DER, with the count given and without."""
    from piikit import diarize
    gold = {"turns": json.loads((SAMPLE / "call.script.json").read_text())["turns"]}
    x = load_wav(SAMPLE / "call.wav")
    for mode, kw in (("given", {"speakers_expected": 2}), ("auto", {})):
        turns = [[t.start_ms, t.end_ms, t.speaker_index] for t in diarize.diarize(x, **kw)]
        print(f"sample call {mode:5s}: {n_speakers(turns)} speakers, DER {100 * der_rate(gold, turns):.1f}%")


def engine_share() -> None:
    """Default diarization time on the sample call over the ASR's and over the rest of an engine run.

    The engine runs twice (the first loads the models); the diarizer's share of the second is
    taken from a separate timing of the same call, back to back in this process.
    """
    from piikit import asr, diarize, engine
    x = load_wav(SAMPLE / "call.wav")
    for _ in range(2):
        t = time.perf_counter()
        engine.run(SAMPLE / "call.wav", {"speaker_labels": True})
        t_engine = time.perf_counter() - t
    t = time.perf_counter()
    asr.transcribe(x)
    t_asr = time.perf_counter() - t
    for mode, kw in (("auto count", {}), ("count given", {"speakers_expected": 2})):
        t = time.perf_counter()
        diarize.diarize(x, **kw)
        t_dia = time.perf_counter() - t
        print(f"default diarization ({mode}) on the {len(x) / 16000:.0f} s sample call: {t_dia:.2f} s ="
              f" {100 * t_dia / t_asr:.1f}% of the ASR's {t_asr:.1f} s, adds"
              f" {100 * t_dia / (t_engine - t_dia):.1f}% to an engine run ({t_engine:.1f} s with speaker labels)")


if __name__ == "__main__":
    main()
