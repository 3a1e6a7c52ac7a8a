"""The server log: one readable line per event, to stderr and `server.log` in the data dir.

Only ids, sizes, counts, statuses and timings are logged: never text, URLs, file names,
query strings or exception messages, which may carry the personal data being redacted.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s [%(processName)s] %(message)s"


def configure(log_path: Path, *, to_stderr: bool = True) -> logging.Logger:
    """Set up the `piikit.server` logger (once per process) and return it."""
    log = logging.getLogger("piikit.server")
    if log.handlers:
        return log
    log.setLevel(logging.INFO)
    log.propagate = False
    log_path.parent.mkdir(parents=True, exist_ok=True)
    handlers: list[logging.Handler] = [logging.FileHandler(log_path, encoding="utf-8")]
    if to_stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    for h in handlers:
        h.setFormatter(logging.Formatter(FORMAT))
        log.addHandler(h)
    return log


def where(exc: BaseException) -> str:
    """`TypeName at file.py:123` for the innermost frame: enough to debug, nothing from the data."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    place = f" at {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}" if tb else ""
    return f"{type(exc).__name__}{place}"
