"""Analysis chain on a 1,000,000-word corpus vs a straightforward per-word Python loop.

Builds 10,000 synthetic transcripts of 100 words (entity_name and hash, unredacted words
with jittered times, merged tags, entities), then times words_frame + policy_counts +
coverage_timeline + to_parquet, and the same job done word by word in plain Python, and
the floor of any chain that starts from dicts (copying the word dicts into Arrow). Then the
same from the transcripts' JSON files (as `piikit export` reads them), where the loop parses
each file with `json` first. Goals: chain < 5 s on 2 cores, >= 20x faster than the loop,
peak memory < 2 GB.
Usage: python benchmarks/bench_frames.py [--transcripts N] [--words N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from piikit.export import to_parquet
from piikit.frames import words_frame
from piikit.timeline import coverage_timeline, policy_counts

PLAIN = ("so", "the", "call", "was", "about", "my", "account", "and", "then", "we", "talked.")
PII = (("person_name", ("Peter", "DeCarlo")), ("phone_number", ("609", "217", "5555")),
       ("location", ("Baltimore",)), ("email_address", ("jo@example.com",)),
       ("date", ("March", "7")), ("organization", ("Johns", "Hopkins", "University")))


def synthetic_corpus(n_transcripts: int, n_words: int, seed: int = 7) -> list[dict]:
    """Transcripts in the API's shape; every 4th uses hash + entities, the rest entity_name."""
    rnd = random.Random(seed)
    corpus = []
    for t in range(n_transcripts):
        hashed = t % 4 == 0
        words, unredacted, entities, ms = [], [], [], 0
        while len(words) < n_words:
            speaker = "AB"[(len(words) // 20) % 2]
            if rnd.random() < 0.08:
                policy, toks = rnd.choice(PII)
                merge = not hashed and len(toks) > 1 and rnd.random() < 0.3
                start = ms
                for tok in toks:
                    unredacted.append({"text": tok, "start": ms + rnd.randint(-4, 4), "end": ms + 280,
                                       "confidence": 0.9, "speaker": speaker, "channel": None})
                    if not merge:
                        red = re.sub(r"\w", "#", tok) if hashed else f"[{policy.upper()}]"
                        words.append({"text": red, "start": ms, "end": ms + 280,
                                      "confidence": 0.9, "speaker": speaker, "channel": None})
                    ms += 300
                if merge:
                    words.append({"text": f"[{policy.upper()}]", "start": start, "end": ms - 20,
                                  "confidence": 0.9, "speaker": speaker, "channel": None})
                entities.append({"entity_type": policy, "text": " ".join(toks), "start": start,
                                 "end": ms - 20})
            else:
                w = {"text": rnd.choice(PLAIN), "start": ms, "end": ms + 280, "confidence": 0.9,
                     "speaker": speaker, "channel": None}
                words.append(w)
                unredacted.append(dict(w))
                ms += 300
        corpus.append({"id": f"t{t:05d}", "status": "completed", "words": words,
                       "unredacted_words": unredacted, "redact_pii": True,
                       "redact_pii_policies": [p for p, _ in PII],
                       "redact_pii_sub": "hash" if hashed else "entity_name",
                       "entities": entities if hashed else None})
    return corpus


_TAG = re.compile(r"\[([A-Z_]+)\]")
_HASH = re.compile(r"^[^\w]*#[^\w]*$")


def loop_chain(corpus: list[dict], out: Path, bin_ms: int = 1000) -> tuple[dict, int]:
    """The same job, word by word: align by time, tag, count, bin, write Parquet."""
    rows, counts, cover = [], defaultdict(lambda: [0, 0, 0.0]), defaultdict(float)
    for t in corpus:
        unr = sorted(t.get("unredacted_words") or [], key=lambda w: w["start"])
        ents = t.get("entities") or []
        j, prev = 0, None
        for i, w in enumerate(t["words"]):
            parts = []
            while j < len(unr) and (unr[j]["start"] + unr[j]["end"]) // 2 <= w["end"] + 50:
                if (unr[j]["start"] + unr[j]["end"]) // 2 >= w["start"] - 50:
                    parts.append(unr[j]["text"])
                j += 1
            m = _TAG.search(w["text"])
            redacted = bool(m or _HASH.match(w["text"]))
            policy = m.group(1).lower() if m else None
            if redacted and policy is None:
                mid = (w["start"] + w["end"]) // 2
                policy = next((e["entity_type"] for e in ents if e["start"] <= mid <= e["end"]), None)
            entity = prev if redacted and rows and rows[-1]["redacted"] and rows[-1]["policy"] == policy \
                else (None if not redacted else (prev + 1 if prev is not None else 0))
            if redacted:
                prev = entity
                c = counts[policy]
                c[0] += rows[-1]["entity_id"] != entity if rows else 1
                c[1] += 1
                c[2] += (w["end"] - w["start"]) / 1000
                for b in range(w["start"] // bin_ms, (w["end"] - 1) // bin_ms + 1):
                    lo, hi = max(w["start"], b * bin_ms), min(w["end"], (b + 1) * bin_ms)
                    cover[(t["id"], policy, b)] += (hi - lo) / bin_ms
            rows.append({"transcript_id": t["id"], "word_index": i, "start_ms": w["start"],
                         "end_ms": w["end"], "speaker": w.get("speaker"), "channel": w.get("channel"),
                         "confidence": w.get("confidence"), "text": w["text"],
                         "original": " ".join(parts) or None, "redacted": redacted,
                         "policy": policy, "entity_id": entity})
    pq.write_table(pa.Table.from_pylist(rows).drop_columns(["original"]), out)
    return dict(counts), len(cover)


def loop_from_files(paths: list[Path], out: Path) -> tuple[dict, int]:
    """The per-word loop over transcripts read from their JSON files."""
    return loop_chain([json.loads(p.read_text(encoding="utf-8")) for p in paths], out)


def vector_chain(corpus: list[dict] | list[Path], out: Path) -> tuple[pd.DataFrame, int]:
    """words_frame + policy_counts + coverage_timeline + to_parquet."""
    frame = words_frame(corpus)
    counts = policy_counts(frame)
    timeline = coverage_timeline(frame, "1s")
    to_parquet(frame, out)
    return counts, len(timeline)


def to_arrow_only(corpus: list[dict]) -> int:
    """The floor of any chain that starts from dicts: copy both word lists into Arrow, nothing else."""
    word = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                      ("confidence", pa.float64()), ("speaker", pa.string()), ("channel", pa.string())])
    return sum(len(pa.array([w for t in corpus for w in t.get(key) or []], word))
               for key in ("words", "unredacted_words"))


def _timed(fn, *args):
    """((wall s, CPU s of this process), result) of one call."""
    w0, c0 = time.perf_counter(), time.process_time()
    result = fn(*args)
    return (time.perf_counter() - w0, time.process_time() - c0), result


def _rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--transcripts", type=int, default=10_000)
    ap.add_argument("--words", type=int, default=100)
    args = ap.parse_args()
    load = os.getloadavg()
    print(f"cpus={os.cpu_count()} loadavg(1/5/15 min)={load[0]:.2f}/{load[1]:.2f}/{load[2]:.2f}")
    t0 = time.perf_counter()
    corpus = synthetic_corpus(args.transcripts, args.words)
    n = sum(len(t["words"]) for t in corpus)
    print(f"corpus: {len(corpus)} transcripts, {n} words, built in {time.perf_counter() - t0:.1f} s; "
          f"peak RSS so far {_rss_mb():.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        before = _rss_mb()
        (fast, fast_cpu), (counts, n_bins) = _timed(vector_chain, corpus, Path(tmp) / "words.parquet")
        peak = _rss_mb()
        print(f"piikit chain: {fast:.2f} s wall, {fast_cpu:.2f} s CPU ({n / fast / 1e6:.2f} M words/s); "
              f"{len(counts)} policy rows, {n_bins} timeline rows; "
              f"peak RSS {peak:.0f} MB (+{peak - before:.0f} MB over the corpus)")
        (slow, slow_cpu), (loop_counts, _) = _timed(loop_chain, corpus, Path(tmp) / "loop.parquet")
        print(f"per-word loop: {slow:.2f} s wall, {slow_cpu:.2f} s CPU")
        (floor, _), _ = _timed(to_arrow_only, corpus)
        print(f"floor: only copying the words' dicts into Arrow takes {floor:.2f} s, so no chain that "
              f"starts from these dicts can beat the loop by more than {slow / floor:.1f}x")
        same = {p: c[1] for p, c in loop_counts.items()} == dict(zip(counts["policy"], counts["words"]))
        print(f"same redacted words per policy in both: {same}")
        print(f"ratio: {slow / fast:.1f}x faster by wall time, {slow_cpu / fast_cpu:.1f}x by CPU time "
              f"(goal >= 20x); chain {fast:.2f} s (goal < 5 s); peak {peak:.0f} MB (goal < 2048 MB)")

        files = Path(tmp) / "json"
        files.mkdir()
        for t in corpus:  # as `piikit redact` writes them
            (files / f"{t['id']}.json").write_text(json.dumps(t, indent=2), encoding="utf-8")
        paths = sorted(files.glob("*.json"))
        size = sum(p.stat().st_size for p in paths) / 1e6
        del corpus
        (fast_f, _), (counts_f, _) = _timed(vector_chain, paths, Path(tmp) / "files.parquet")
        (slow_f, _), (loop_counts_f, _) = _timed(loop_from_files, paths, Path(tmp) / "loop2.parquet")
        same_f = {p: c[1] for p, c in loop_counts_f.items()} == dict(zip(counts_f["policy"], counts_f["words"]))
        print(f"from {len(paths)} JSON files ({size:.0f} MB): piikit chain {fast_f:.2f} s, per-word loop "
              f"(json.loads + loop) {slow_f:.2f} s: {slow_f / fast_f:.1f}x (goal >= 20x); "
              f"same redacted words per policy: {same_f}")
    print(f"loadavg after: {os.getloadavg()[0]:.2f} (on {os.cpu_count()} cpus shared with other jobs)")


if __name__ == "__main__":
    main()
