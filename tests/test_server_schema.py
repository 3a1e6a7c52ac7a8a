"""Schemathesis over the server's OpenAPI document: no 5xx, no answer outside the schema.

Bounded for CI (a few examples per operation, fixed seed); `benchmarks/fuzz_server.py`
runs the long version.
"""

from __future__ import annotations

import re

from server_harness import Server, schemathesis_run


def test_schemathesis_finds_no_violations(tmp_path):
    server = Server(tmp_path / "data", "--workers", "1", "--no-preload", "--webhook-tries", "1").start()
    try:
        run = schemathesis_run(server, max_examples=8, seed=20251128)
    finally:
        server.stop()
    assert run.returncode == 0, run.stdout[-6000:]
    generated = re.search(r"(\d+) generated, (\d+) passed", run.stdout)
    assert generated and int(generated.group(1)) > 300 and generated.group(1) == generated.group(2)
    log = (tmp_path / "data" / "server.log").read_text()
    assert " 500 " not in log and "ERROR" not in log
