"""The OpenAPI document of what `piikit serve` implements (a subset of AssemblyAI's v2 API).

Served at /openapi.json; schemathesis checks the server against it. Request fields mirror
`piikit.params.FIELDS` one to one (a test keeps them in step).
"""

from __future__ import annotations

from typing import Any

from piikit import __version__
from piikit.policies import ALIASES, POLICIES

JSON = "application/json"


def _t(*types: str, **extra: Any) -> dict[str, Any]:
    return {"type": list(types) if len(types) > 1 else types[0], **extra}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


_STR_LIST = _t("array", "null", items=_t("string"))
_OBJ = _t("object", "null")

PARAM_SCHEMAS: dict[str, dict[str, Any]] = {
    "audio_url": _t("string", minLength=1),
    "speech_models": _STR_LIST,
    "speech_model": _t("string", "null"),
    "language_code": _t("string", "null"),
    "language_codes": _STR_LIST,
    "language_detection": _t("boolean"),
    "language_detection_options": _OBJ,
    "language_confidence_threshold": _t("number", "null"),
    "punctuate": _t("boolean"),
    "format_text": _t("boolean"),
    "disfluencies": _t("boolean"),
    "speaker_labels": _t("boolean"),
    "speakers_expected": _t("integer", "null", minimum=1, maximum=10),
    "speaker_options": _OBJ,
    "multichannel": _t("boolean"),
    "dual_channel": _t("boolean", "null"),
    "audio_start_from": _t("integer", "null", minimum=0),
    "audio_end_at": _t("integer", "null", minimum=0),
    "webhook_url": _t("string", "null"),
    "webhook_auth_header_name": _t("string", "null"),
    "webhook_auth_header_value": _t("string", "null"),
    "word_boost": _STR_LIST,
    "boost_param": {"enum": ["low", "default", "high", None]},
    "keyterms_prompt": _STR_LIST,
    "keyterms_prompt_options": _OBJ,
    "prompt": _t("string", "null"),
    "temperature": _t("number", "null"),
    "speech_threshold": _t("number", "null"),
    "custom_spelling": _t("array", "null"),
    "filter_profanity": _t("boolean"),
    "remove_audio_tags": {"enum": ["all", None]},
    "entity_detection": _t("boolean"),
    "redact_pii": _t("boolean"),
    "redact_pii_policies": _t("array", "null", items={"enum": sorted([*POLICIES, *ALIASES])}),
    "redact_pii_sub": {"enum": ["hash", "entity_name", None]},
    "redact_pii_audio": _t("boolean"),
    "redact_pii_audio_quality": {"enum": ["mp3", "wav", None]},
    "redact_pii_audio_options": _t("object", "null", additionalProperties=False, properties={
        "override_audio_redaction_method": {"enum": ["silence", None]},
        "return_redacted_no_speech_audio": _t("boolean", "null")}),
    "redact_pii_return_unredacted": _t("boolean"),
    "auto_chapters": _t("boolean"),
    "auto_highlights": _t("boolean"),
    "content_safety": _t("boolean"),
    "content_safety_confidence": _t("integer", "null"),
    "iab_categories": _t("boolean"),
    "sentiment_analysis": _t("boolean"),
    "summarization": _t("boolean"),
    "summary_model": _t("string", "null"),
    "summary_type": _t("string", "null"),
    "custom_topics": _t("boolean"),
    "topics": _STR_LIST,
    "speech_understanding": _OBJ,
    "domain": _t("string", "null"),
    "piikit_audio_padding_ms": _t("integer", minimum=0, maximum=2000),
    "piikit_audio_padding_after_ms": _t("integer", minimum=0, maximum=2000),
    "piikit_diarizer": {"enum": ["default", "neural"]},
}

_WORD = _t("object", required=["text", "start", "end", "confidence", "speaker"], properties={
    "text": _t("string"), "start": _t("integer"), "end": _t("integer"),
    "confidence": _t("number", minimum=0, maximum=1),
    "speaker": _t("string", "null"), "channel": _t("string", "null")})

_UTTERANCE = _t("object", required=["text", "start", "end", "confidence", "speaker", "words"],
                properties={**_WORD["properties"], "words": _t("array", items=_ref("TranscriptWord"))})

_NULL_WORDS = _t("array", "null", items=_ref("TranscriptWord"))
_NULL_UTTERANCES = _t("array", "null", items=_ref("TranscriptUtterance"))
_STATUS = {"enum": ["queued", "processing", "completed", "error"]}

_TRANSCRIPT = _t("object", additionalProperties=True, required=[
    "id", "status", "audio_url", "error", "text", "words", "utterances", "confidence",
    "audio_duration", "speech_model", "speech_model_used", "webhook_auth", "redact_pii",
    "language_code", "piikit_progress"], properties={
    **{k: v for k, v in PARAM_SCHEMAS.items() if k != "webhook_auth_header_value"},
    "id": _t("string", format="uuid"),
    "status": _STATUS,
    "error": _t("string", "null"),
    "text": _t("string", "null"),
    "words": _NULL_WORDS,
    "utterances": _NULL_UTTERANCES,
    "unredacted_text": _t("string", "null"),
    "unredacted_words": _NULL_WORDS,
    "unredacted_utterances": _NULL_UTTERANCES,
    "confidence": _t("number", "null", minimum=0, maximum=1),
    "audio_duration": _t("integer", "null"),
    "audio_channels": _t("integer"),
    "language_confidence": _t("number", "null"),
    "speech_model": {"enum": ["best", "nano", "slam-1", "universal", None]},
    "speech_model_used": _t("string", "null"),
    "webhook_status_code": _t("integer", "null"),
    "webhook_auth": _t("boolean"),
    "entities": _t("array", "null", items=_t("object", required=["entity_type", "text", "start", "end"],
                                               properties={"entity_type": _t("string"), "text": _t("string"),
                                                           "start": _t("integer"), "end": _t("integer")})),
    "piikit_progress": _t("number", minimum=0, maximum=1),
})


def _segments(kind: str, item: str) -> dict[str, Any]:
    return _t("object", required=["id", "confidence", "audio_duration", kind], properties={
        "id": _t("string"), "confidence": _t("number"), "audio_duration": _t("number"),
        "speech_model_used": _t("string", "null"), kind: _t("array", items=_ref(item))})


_SEGMENT = _t("object", required=["text", "start", "end", "confidence", "words", "speaker"],
              properties={**_WORD["properties"], "words": _t("array", items=_ref("TranscriptWord"))})

_ISO = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"

SCHEMAS: dict[str, Any] = {
    "Error": _t("object", required=["error"], additionalProperties=True,
                properties={"error": _t("string")}),
    "UploadedFile": _t("object", required=["upload_url"], additionalProperties=False,
                       properties={"upload_url": _t("string")}),
    "TranscriptParams": _t("object", required=["audio_url"], additionalProperties=False,
                           properties=PARAM_SCHEMAS),
    "TranscriptStatus": _STATUS,
    "TranscriptWord": _WORD,
    "TranscriptUtterance": _UTTERANCE,
    "Transcript": _TRANSCRIPT,
    "TranscriptSentence": _SEGMENT,
    "TranscriptParagraph": _SEGMENT,
    "SentencesResponse": _segments("sentences", "TranscriptSentence"),
    "ParagraphsResponse": _segments("paragraphs", "TranscriptParagraph"),
    "WordSearchResponse": _t("object", required=["id", "total_count", "matches"], properties={
        "id": _t("string"), "total_count": _t("integer"),
        "matches": _t("array", items=_t("object", required=["text", "count", "timestamps", "indexes"],
                                        properties={"text": _t("string"), "count": _t("integer"),
                                                    "timestamps": _t("array", items=_t(
                                                        "array", items=_t("integer"), minItems=2, maxItems=2)),
                                                    "indexes": _t("array", items=_t("integer"))}))}),
    "RedactedAudioResponse": _t("object", required=["status", "redacted_audio_url"], properties={
        "status": {"enum": ["redacted_audio_ready"]}, "redacted_audio_url": _t("string")}),
    "RedactedAudioPending": _t("object", required=["status"], properties={
        "status": _STATUS, "redacted_audio_url": _t("null")}),
    "PageDetails": _t("object", required=["limit", "result_count", "current_url", "prev_url", "next_url"],
                      additionalProperties=False, properties={
                          "limit": _t("integer"), "result_count": _t("integer"),
                          "current_url": _t("string"), "prev_url": _t("string", "null"),
                          "next_url": _t("string", "null")}),
    "TranscriptListItem": _t("object", additionalProperties=False, required=[
        "id", "resource_url", "status", "created", "completed", "audio_url", "error"], properties={
        "id": _t("string", format="uuid"), "resource_url": _t("string"), "status": _STATUS,
        "created": _t("string", pattern=_ISO), "completed": _t("string", "null", pattern=_ISO),
        "audio_url": _t("string"), "error": _t("string", "null")}),
    "TranscriptList": _t("object", required=["page_details", "transcripts"], additionalProperties=False,
                         properties={"page_details": _ref("PageDetails"),
                                     "transcripts": _t("array", items=_ref("TranscriptListItem"))}),
    "Health": _t("object", required=["status"], properties={"status": {"enum": ["ok"]}}),
}


def _error(description: str, headers: dict | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"description": description, "content": {JSON: {"schema": _ref("Error")}}}
    if headers:
        out["headers"] = headers
    return out


_ERRORS = {
    "400": _error("Bad request: an invalid parameter, or an unknown transcript id"),
    "401": _error("Authentication error, API token missing/invalid"),
    "404": _error("Not found"),
    "429": _error("Too many queued jobs", {"Retry-After": {"schema": _t("integer")}}),
    "500": _error("Internal Server Error"),
}
_ID = {"name": "transcript_id", "in": "path", "required": True, "schema": _t("string")}


def _json(schema: str, description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {JSON: {"schema": _ref(schema)}}}


def _op(op_id: str, summary: str, ok: dict, *, params: list | None = None, body: dict | None = None,
        extra: dict | None = None, links: dict | None = None,
        errors: tuple = ("400", "401", "404", "429", "500")) -> dict[str, Any]:
    if links:
        ok = {**ok, "links": links}
    out: dict[str, Any] = {"operationId": op_id, "summary": summary,
                           "parameters": params or [],
                           "responses": {"200": ok, **(extra or {}), **{c: _ERRORS[c] for c in errors}}}
    if body:
        out["requestBody"] = body
    return out


def _q(name: str, schema: dict, **kw: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema, **kw}


_BY_ID = {"transcript_id": "$response.body#/id"}
_TRANSCRIPT_LINKS = {op: {"operationId": op, "parameters": _BY_ID} for op in (
    "getTranscript", "deleteTranscript", "getTranscriptSentences", "getTranscriptParagraphs",
    "getRedactedAudio")}
_EXAMPLE_REQUEST = {"audio_url": "https://example.invalid/call.mp3", "redact_pii": True,
                    "redact_pii_policies": ["person_name", "phone_number"], "redact_pii_sub": "entity_name",
                    "redact_pii_audio": True, "redact_pii_return_unredacted": True}


def document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of this server."""
    text = {"description": "Captions", "content": {"text/plain": {"schema": _t("string")}}}
    paths = {
        "/v2/upload": {"post": _op(
            "uploadFile", "Upload a media file", _json("UploadedFile"),
            body={"required": True, "content": {"application/octet-stream": {
                "schema": _t("string", format="binary")}}},
            links={"createTranscript": {"operationId": "createTranscript",
                                        "requestBody": {"audio_url": "$response.body#/upload_url"}}})},
        "/v2/transcript": {
            "post": _op("createTranscript", "Queue a transcript", _json("Transcript"),
                        body={"required": True, "content": {JSON: {"schema": _ref("TranscriptParams"),
                                                                   "example": _EXAMPLE_REQUEST}}},
                        extra={"403": _error("Cannot access uploaded file")}, links=_TRANSCRIPT_LINKS),
            "get": _op("listTranscripts", "List transcripts, newest first", _json("TranscriptList"), params=[
                _q("limit", _t("integer", minimum=1, maximum=200, default=10)),
                _q("status", _STATUS),
                _q("created_on", _t("string", format="date")),
                _q("before_id", _t("string", format="uuid")),
                _q("after_id", _t("string", format="uuid")),
                _q("throttled_only", _t("boolean"))])},
        "/v2/transcript/{transcript_id}": {
            "get": _op("getTranscript", "Get a transcript", _json("Transcript"), params=[_ID]),
            "delete": _op("deleteTranscript", "Delete a transcript's content and audio",
                          _json("Transcript"), params=[_ID])},
        "/v2/transcript/{transcript_id}/sentences": {"get": _op(
            "getTranscriptSentences", "Sentences", _json("SentencesResponse"), params=[_ID])},
        "/v2/transcript/{transcript_id}/paragraphs": {"get": _op(
            "getTranscriptParagraphs", "Paragraphs", _json("ParagraphsResponse"), params=[_ID])},
        "/v2/transcript/{transcript_id}/word-search": {"get": _op(
            "wordSearch", "Search words", _json("WordSearchResponse"), params=[
                _ID, _q("words", _t("array", items=_t("string")), required=True, style="form",
                        explode=False)])},
        "/v2/transcript/{transcript_id}/{subtitle_format}": {"get": _op(
            "getSubtitles", "SRT or VTT captions", text, params=[
                _ID, {"name": "subtitle_format", "in": "path", "required": True,
                      "schema": {"enum": ["srt", "vtt"]}},
                _q("chars_per_caption", _t("integer", minimum=1))])},
        "/v2/transcript/{transcript_id}/redacted-audio": {"get": _op(
            "getRedactedAudio", "The signed URL of the redacted audio", _json("RedactedAudioResponse"),
            params=[_ID], extra={"202": _json("RedactedAudioPending", "Not ready yet")})},
        "/redacted-audio/{file_name}": {"get": {
            "operationId": "downloadRedactedAudio", "summary": "Download redacted audio (signed URL)",
            "security": [],
            "parameters": [{"name": "file_name", "in": "path", "required": True, "schema": _t("string")},
                           _q("expires", _t("string"), required=True),
                           _q("signature", _t("string"), required=True)],
            "responses": {"200": {"description": "The audio", "content": {
                "audio/mpeg": {"schema": _t("string", format="binary")},
                "audio/wav": {"schema": _t("string", format="binary")}}},
                "403": _error("Invalid or expired signature"), "404": _ERRORS["404"]}}},
        "/health": {"get": {"operationId": "health", "summary": "Liveness", "security": [],
                            "responses": {"200": _json("Health")}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "piikit", "version": __version__,
                 "description": "Offline PII redaction behind an AssemblyAI-compatible transcript API."},
        "security": [{"ApiKey": []}],
        "paths": paths,
        "components": {"schemas": SCHEMAS, "securitySchemes": {
            "ApiKey": {"type": "apiKey", "in": "header", "name": "Authorization"}}},
    }
