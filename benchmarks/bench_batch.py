"""Batch throughput on this machine: 1 worker vs 2 workers vs the single-file engine.

Makes a corpus from the bundled sample (scripts/make_test_corpus.py), then in one run:
  1. acceptance: a LocalCluster of 2 workers over the whole corpus; the failed files must
     be exactly the corrupt/empty ones, each with an error;
  2. the same comparison set (the first --compare files) through
     a. the engine, one file after another in this process (all cores, no Dask),
     b. batch on 1 worker, c. batch on 2 workers;
and prints audio-hours per core-hour for each, by wall clock (cores = worker processes,
or all cores for the engine) and by CPU time actually used (robust when other programs
share the CPU), the 2-worker efficiency (per-core rate at 2 workers / at 1 worker, goal
>= 0.9), batch vs engine throughput (goal >= 0.9), worker memory, output size per audio
hour, and the load average, so numbers taken on a busy machine say so.

Usage: python benchmarks/bench_batch.py [--files 200] [--compare 60] [--max-turns 3]
           [--workdir DIR] [--json OUT.json]
Clips are 1-3 turns of the sample (3.5-20 s). Whisper encodes audio in 30 s windows, so
short clips cost far more per audio hour than calls do: for the cost of real recordings
use whole calls, e.g. --files 24 --compare 24 --broken 0 --max-turns 13.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import make_test_corpus  # noqa: E402

from piikit.batch import run  # noqa: E402
from piikit.batch.store import Store  # noqa: E402

PARAMS = {"redact_pii": True, "redact_pii_policies": ["person_name", "phone_number", "email_address",
                                                       "credit_card_number", "date", "location"],
          "redact_pii_sub": "entity_name"}


def cores() -> int:
    return len(os.sched_getaffinity(0))


def load() -> float:
    return round(os.getloadavg()[0], 2)


def batch_phase(name: str, paths: list[str], out: Path, workers: int) -> dict:
    """One batch run; rates from its manifest and event log (warm-up excluded)."""
    load0, t0 = load(), time.perf_counter()
    summary = run(paths, out, PARAMS, workers=workers, progress=False)
    total_s = time.perf_counter() - t0
    events = Store(out).read_events()
    work = events[events["event"].isin(["start", "finish"])]
    times = pd.to_datetime(work["time"], format="ISO8601")
    busy_s = (times.max() - times.min()).total_seconds()
    done = summary[summary["status"] == "completed"]
    audio_h = float(done["audio_duration_s"].sum()) / 3600
    cpu_h = float(summary["cpu_s"].fillna(0).sum()) / 3600
    return {
        "phase": name, "workers": workers, "files": len(summary), "failed": int((summary["status"] == "error").sum()),
        "audio_h": audio_h, "wall_s": busy_s, "end_to_end_s": total_s, "cpu_h": cpu_h,
        "per_core_h_wall": audio_h / (busy_s / 3600 * workers),
        "per_core_h_cpu": audio_h / cpu_h if cpu_h else float("nan"),
        "throughput_x": audio_h * 3600 / busy_s, "load_before": load0, "load_after": load(),
        "summary": summary, "out_bytes": sum(p.stat().st_size for p in out.rglob("*") if p.is_file()),
    }


def engine_phase(paths: list[str]) -> dict:
    """The engine over the same files, one after another, in this process (model warm first)."""
    from piikit.batch.task import warm_up
    from piikit.engine import run as engine_run

    with tempfile.TemporaryDirectory() as tmp:
        warm_up(tmp)
        load0 = load()
        audio_s = 0.0
        t0, c0 = time.perf_counter(), time.process_time()
        for p in paths:
            result = engine_run(p, PARAMS)
            if result.transcript["status"] == "completed":
                from piikit.audio import probe

                audio_s += probe(p).duration_s
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    audio_h = audio_s / 3600
    return {"phase": "engine, one file at a time", "workers": 0, "files": len(paths), "audio_h": audio_h,
            "wall_s": wall, "end_to_end_s": wall, "cpu_h": cpu / 3600,
            "per_core_h_wall": audio_h / (wall / 3600 * cores()), "per_core_h_cpu": audio_h / (cpu / 3600),
            "throughput_x": audio_h * 3600 / wall, "load_before": load0, "load_after": load()}


def worker_memory_mb(paths: list[str]) -> float:
    """Peak-ish resident memory of one warmed worker after a few files."""
    import psutil
    from distributed import Client, LocalCluster

    from piikit.batch.task import Options, process, warm_up
    from piikit.batch.inputs import plan

    with tempfile.TemporaryDirectory() as tmp, \
            LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0") as cluster, \
            Client(cluster) as client:
        Store(tmp).create()
        client.run(warm_up, tmp)
        for job in plan(paths[:5], PARAMS):
            client.submit(process, job, Options(out=tmp), pure=False).result()
        rss = client.run(lambda: psutil.Process().memory_info().rss)
    return max(rss.values()) / 2**20


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--compare", type=int, default=60, help="files in the 1-vs-2-workers comparison")
    ap.add_argument("--broken", type=float, default=0.05)
    ap.add_argument("--max-turns", type=int, default=3, help="turns of the sample per clip")
    ap.add_argument("--workdir", type=Path, default=None, help="keep corpus and outputs here")
    ap.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    a = ap.parse_args(argv)
    work = a.workdir or Path(tempfile.mkdtemp(prefix="bench_batch_"))
    if (work / "corpus").exists():
        shutil.rmtree(work / "corpus")
    for d in ("acceptance", "one", "two"):
        shutil.rmtree(work / d, ignore_errors=True)
    print(f"machine: {cores()} cores, load {load()} at start; workdir {work}")
    rows = make_test_corpus.make(work / "corpus", a.files, a.broken, a.max_turns, seed=1)
    table = pd.DataFrame(rows)
    table["path"] = [str((work / "corpus" / p).resolve()) for p in table["path"]]
    print(f"corpus: {len(table)} files ({int(table['must_fail'].sum())} broken), "
          f"{table['seconds'].sum() / 3600:.3f} h, 1-{a.max_turns} turns per clip")

    acc = batch_phase("acceptance, 2 workers", table["path"].tolist(), work / "acceptance", 2)
    s = acc["summary"]
    failed, broken = set(s.loc[s["status"] == "error", "path"]), set(table.loc[table["must_fail"], "path"])
    ok = failed == broken and s.loc[s["status"] == "error", "error"].str.len().gt(0).all() \
        and (s["status"] != "pending").all()
    print(f"acceptance: {len(s)} files, {int((s['status'] == 'completed').sum())} completed, "
          f"{len(failed)} failed; failed == broken: {failed == broken}; "
          f"{acc['end_to_end_s']:.0f} s end to end -> {'PASS' if ok else 'FAIL'}")
    for _, r in s[s["status"] == "error"].iterrows():
        print(f"    {Path(r['path']).name:28s} {r['error']}")

    subset = table["path"].tolist()[:a.compare]
    phases = [engine_phase(subset), batch_phase("batch, 1 worker", subset, work / "one", 1),
              batch_phase("batch, 2 workers", subset, work / "two", 2)]
    print(f"\ncomparison on {len(subset)} files ({phases[1]['audio_h'] * 3600:.0f} s of good audio):")
    print(f"{'phase':30s} {'wall s':>8s} {'x realtime':>10s} {'audio-h/core-h':>15s} "
          f"{'audio-h/CPU-h':>14s} {'load':>11s}")
    for p in phases:
        print(f"{p['phase']:30s} {p['wall_s']:8.1f} {p['throughput_x']:10.2f} {p['per_core_h_wall']:15.2f} "
              f"{p['per_core_h_cpu']:14.2f} {p['load_before']:5.1f}->{p['load_after']:<5.1f}")
    engine, one, two = phases
    eff_wall = two["per_core_h_wall"] / one["per_core_h_wall"]
    eff_cpu = two["per_core_h_cpu"] / one["per_core_h_cpu"]
    vs_engine = two["throughput_x"] / engine["throughput_x"]
    vs_engine_cpu = two["per_core_h_cpu"] / engine["per_core_h_cpu"]
    print(f"\n2-worker efficiency (per-core rate, 2 workers / 1 worker): wall {eff_wall:.2f}, "
          f"CPU time {eff_cpu:.2f}  (goal >= 0.9)")
    print(f"batch (2 workers) vs single-file engine throughput: wall {vs_engine:.2f}, "
          f"per CPU-hour {vs_engine_cpu:.2f}  (goal >= 0.9)")
    mem = worker_memory_mb(subset)
    out_mb_per_h = two["out_bytes"] / 2**20 / max(two["audio_h"], 1e-9)
    print(f"worker memory: {mem:.0f} MB resident after warm-up and 5 files")
    print(f"output: {out_mb_per_h:.1f} MB per audio hour (transcripts, datasets, state; no audio)")
    print(f"load average at end: {load()} on {cores()} cores (other programs share this CPU)")
    if a.json:
        keep = [{k: v for k, v in p.items() if k != "summary"} for p in [acc, *phases]]
        a.json.write_text(json.dumps({"phases": keep, "efficiency_wall": eff_wall, "efficiency_cpu": eff_cpu,
                                      "vs_engine_wall": vs_engine, "vs_engine_cpu": vs_engine_cpu,
                                      "worker_mb": mem, "out_mb_per_audio_h": out_mb_per_h,
                                      "acceptance_pass": bool(ok)}, indent=2))
    if a.workdir is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
