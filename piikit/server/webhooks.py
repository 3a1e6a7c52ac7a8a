"""Webhook delivery: POST the job's outcome to `webhook_url`, retrying as the cloud does.

A delivery is due while its bit is set in the job store, so deliveries interrupted by a
restart are sent again. A 2xx ends it; a 4xx ends it too (the receiver refused); anything
else is retried `tries` times, `delay` seconds apart.
"""

from __future__ import annotations

import json
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from piikit.server.store import WEBHOOK_AUDIO, WEBHOOK_TRANSCRIPT, Store

log = logging.getLogger("piikit.server")


def deliver(url: str, body: dict[str, Any], headers: dict[str, str], *, timeout: float,
            tries: int, delay: float, stop: threading.Event) -> int | None:
    """POST `body` until it is taken (2xx), refused (4xx) or out of tries; the last status code."""
    import requests

    code = None
    for attempt in range(max(1, tries)):
        try:
            code = requests.post(url, json=body, headers=headers, timeout=timeout).status_code
        except requests.RequestException:
            code = None
        if code is not None and (200 <= code < 300 or 400 <= code < 500):
            return code
        if attempt + 1 < tries and stop.wait(delay):
            break
    return code


class Dispatcher:
    """Watches the store for due webhooks and delivers each on a small thread pool."""

    def __init__(self, store: Store, audio_url: Callable[[dict], str | None], *, timeout: float,
                 tries: int, delay: float, poll_s: float = 0.25):
        self.store = store
        self.audio_url = audio_url
        self.opts = {"timeout": timeout, "tries": tries, "delay": delay}
        self.poll_s = poll_s
        self._stop = threading.Event()
        self._busy: set[str] = set()
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="webhook")
        self._thread = threading.Thread(target=self._loop, name="webhooks", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _loop(self) -> None:
        while not self._stop.wait(self.poll_s):
            try:
                for row in self.store.webhooks_due():
                    with self._lock:
                        if row["id"] in self._busy:
                            continue
                        self._busy.add(row["id"])
                    self._pool.submit(self._send, row)
            except Exception as e:  # keep delivering whatever one bad row does
                log.error("webhook loop failed: %s", type(e).__name__)

    def _send(self, row: dict[str, Any]) -> None:
        try:
            params = json.loads(row["params"])
            headers = {}
            if params.get("webhook_auth_header_name"):
                headers[params["webhook_auth_header_name"]] = params.get("webhook_auth_header_value") or ""
            if row["webhook_due"] & WEBHOOK_TRANSCRIPT:
                body = {"transcript_id": row["id"], "status": row["status"]}
                code = deliver(params["webhook_url"], body, headers, stop=self._stop, **self.opts)
                if self._stop.is_set():
                    return  # still due: sent again after the restart
                self.store.webhook_sent(row["id"], WEBHOOK_TRANSCRIPT, code)
                log.info("webhook transcript=%s kind=status code=%s", row["id"], code)
            url = self.audio_url(row) if row["webhook_due"] & WEBHOOK_AUDIO else None
            if url:
                body = {"status": "redacted_audio_ready", "redacted_audio_url": url}
                code = deliver(params["webhook_url"], body, headers, stop=self._stop, **self.opts)
                if self._stop.is_set():
                    return
                log.info("webhook transcript=%s kind=redacted_audio code=%s", row["id"], code)
            if row["webhook_due"] & WEBHOOK_AUDIO:
                self.store.webhook_sent(row["id"], WEBHOOK_AUDIO, None)
        except Exception as e:
            log.error("webhook transcript=%s failed: %s", row["id"], type(e).__name__)
        finally:
            with self._lock:
                self._busy.discard(row["id"])
