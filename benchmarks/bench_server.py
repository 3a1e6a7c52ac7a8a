"""Server overhead: 20 short jobs through `piikit serve` (submitted at once) vs the in-process engine.

Both sides run the same warm engine on the same cores: first the 20 jobs one after another in
this process, then a real server on 127.0.0.1 with one worker gets all 20 at once through
`piikit.Client` (upload, create, poll with back-off). The ratio of the two wall times is the
cost of the server path (HTTP, uploads, SQLite, process hand-off, polling); goal <= 1.10.
A second server with two workers shows the throughput the pool adds on this machine.

    .venv/bin/python benchmarks/bench_server.py [--jobs 20]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from server_harness import KEY_A, Server, make_speech  # noqa: E402

import piikit  # noqa: E402
from piikit import audio  # noqa: E402

PARAMS = {"redact_pii": True, "redact_pii_policies": ["person_name", "phone_number", "location"],
          "redact_pii_sub": "entity_name", "redact_pii_audio": True}
TEXT = ("Hi, this is Sarah Johnson calling from Denver about my account. "
        "You can reach me at five five five, two one two, three four five six.")
GOAL = 1.10


def in_process(wav: Path, jobs: int, out: Path) -> float:
    """Wall time of `jobs` engine runs in this process (after one warm-up run)."""
    from piikit.engine import run

    run(wav, PARAMS, audio_out=out / "warm.mp3")
    t0 = time.perf_counter()
    for i in range(jobs):
        result = run(wav, PARAMS, audio_out=out / f"{i}.mp3")
        assert result.transcript["status"] == "completed", result.transcript["error"]
    return time.perf_counter() - t0


def through_server(wav: Path, jobs: int, data_dir: Path, workers: int) -> float:
    """Wall time from the first submission to the last job seen completed, on a warm server."""
    server = Server(data_dir, "--workers", str(workers)).start()
    try:
        client = piikit.Client(server.url, api_key=KEY_A)
        with ThreadPoolExecutor(workers) as pool:  # warm every worker's model
            list(pool.map(lambda _: client.submit(wav, **PARAMS).wait(progress=False), range(workers)))

        def one(_: int) -> str:
            return client.submit(wav, **PARAMS).wait(progress=False, timeout=1800).status

        t0 = time.perf_counter()
        with ThreadPoolExecutor(jobs) as pool:
            statuses = list(pool.map(one, range(jobs)))
        wall = time.perf_counter() - t0
    finally:
        server.stop()
    assert statuses == ["completed"] * jobs, statuses
    return wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        tmp = Path(tmp)
        wav = make_speech(tmp / "speech.wav", TEXT)
        seconds = audio.probe(wav).duration_s
        print(f"{args.jobs} jobs of {seconds:.1f} s speech each; {len(os.sched_getaffinity(0))} cores")
        base = in_process(wav, args.jobs, tmp)
        print(f"in-process engine, sequential : {base:7.1f} s  ({args.jobs / base:.2f} jobs/s, "
              f"{args.jobs * seconds / base:.1f} audio s/s)")
        one = through_server(wav, args.jobs, tmp / "data1", workers=1)
        print(f"piikit serve, 1 worker        : {one:7.1f} s  ({args.jobs / one:.2f} jobs/s, "
              f"{args.jobs * seconds / one:.1f} audio s/s)")
        two = through_server(wav, args.jobs, tmp / "data2", workers=2)
        print(f"piikit serve, 2 workers       : {two:7.1f} s  ({args.jobs / two:.2f} jobs/s, "
              f"{args.jobs * seconds / two:.1f} audio s/s)")
    ratio = one / base
    print(f"overhead ratio server/in-process (same cores, 1 worker): {ratio:.3f}  "
          f"(goal <= {GOAL}: {'met' if ratio <= GOAL else 'MISSED'})")
    print(f"throughput ratio 2 workers / 1 worker: {one / two:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
