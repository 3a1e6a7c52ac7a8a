"""The API's JSON objects built from job-store rows: transcripts, list items, tombstones."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from piikit import params as params_mod

HIDDEN = ("webhook_auth_header_value", "piikit_timings", "created")
"""Stored fields never shown: the webhook secret, and engine internals."""
DELETED_TEXT = "Deleted by user."
DELETED_URL = "http://deleted_by_user"
FREE_TEXT_PARAMS = ("word_boost", "keyterms_prompt", "prompt", "custom_spelling", "topics",
                    "webhook_auth_header_value")
"""Request fields that may hold personal words; a DELETE clears them too."""


def iso(ts: float | None) -> str | None:
    """An epoch time as the API writes it: UTC, no zone suffix, microseconds."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")


def skeleton(transcript_id: str, request: dict[str, Any]) -> dict[str, Any]:
    """The transcript object of a job with no result yet: every request field echoed, results null."""
    from piikit.engine import base_object

    return base_object(transcript_id, params_mod.validate(request, accepted=True))


def transcript(row: dict[str, Any]) -> dict[str, Any]:
    """GET /v2/transcript/{id}: the stored result (or a skeleton) with the live job state."""
    obj = json.loads(row["result"]) if row["result"] else skeleton(row["id"], json.loads(row["params"]))
    obj["id"] = row["id"]
    obj["status"] = row["status"]
    if row["status"] == "error":
        obj["error"] = obj.get("error") or row["error"]
    obj["webhook_status_code"] = row["webhook_status_code"]
    obj["piikit_progress"] = round(float(row["progress"]), 3)
    for key in HIDDEN:
        obj.pop(key, None)
    return obj


def tombstone(row: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """What DELETE leaves: (the deleted transcript object, the request with free text cleared)."""
    request = json.loads(row["params"])
    for key in FREE_TEXT_PARAMS:
        if key in request:
            request[key] = None
    request["audio_url"] = DELETED_URL
    return scrub(transcript({**row, "params": json.dumps(request)})), request


def scrub(obj: dict[str, Any]) -> dict[str, Any]:
    """A transcript object as DELETE leaves it: no text, words, entities or free-text fields."""
    obj = dict(obj)
    for key in list(obj):
        if key.startswith("unredacted_") or key in FREE_TEXT_PARAMS:
            obj[key] = None
    obj.update(text=DELETED_TEXT, audio_url=DELETED_URL, words=None, utterances=None, entities=None)
    return obj


def list_item(row: dict[str, Any], base_url: str) -> dict[str, Any]:
    """One entry of GET /v2/transcript."""
    audio_url = DELETED_URL if row["deleted"] else json.loads(row["params"])["audio_url"]
    return {
        "id": row["id"],
        "resource_url": f"{base_url}/v2/transcript/{row['id']}",
        "status": row["status"],
        "created": iso(row["created"]),
        "completed": iso(row["completed"]),
        "audio_url": audio_url,
        "error": row["error"] if row["status"] == "error" else None,
    }
