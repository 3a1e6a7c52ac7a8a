"""The long schemathesis run over `piikit serve`'s OpenAPI document (CI runs a short one).

Starts a real server on 127.0.0.1, runs every phase (examples, coverage, fuzzing, stateful
via the document's links) with many examples per operation, and prints the summary: the
number of generated cases and whether any answer was a 5xx or broke the schema.

    .venv/bin/python benchmarks/fuzz_server.py [--max-examples 200] [--max-time 600]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from server_harness import Server, schemathesis_run  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-examples", type=int, default=200)
    ap.add_argument("--max-time", type=float, default=None, help="time budget in seconds")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="fuzz-server-") as tmp:
        server = Server(Path(tmp) / "data", "--workers", "1", "--no-preload", "--webhook-tries", "1").start()
        t0 = time.perf_counter()
        try:
            run = schemathesis_run(server, max_examples=args.max_examples, max_time=args.max_time)
        finally:
            server.stop()
        log = (Path(tmp) / "data" / "server.log").read_text()
    elapsed = time.perf_counter() - t0
    print(run.stdout[-4000:])
    counts = re.search(r"(\d+) generated, (\d+) passed", run.stdout)
    generated = int(counts.group(1)) if counts else 0
    errors = log.count(" ERROR ")
    print(f"schemathesis: {generated} cases in {elapsed:.0f} s ({generated / max(elapsed, 1e-9):.0f} cases/s), "
          f"exit {run.returncode}; server log errors: {errors}")
    return 0 if run.returncode == 0 and errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
