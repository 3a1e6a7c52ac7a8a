"""The one place that validates transcript request parameters.

The engine, the server, the CLI and the notebook form all call `validate`, so they accept
and refuse the same things with the same words. Field names, types and defaults follow
AssemblyAI's v2 API (the OpenAPI file and the official SDK); unknown fields and wrong
types are refused with a message naming the field, as the cloud does.
"""

from __future__ import annotations

import math
from typing import Any, Callable

from piikit.errors import ParamError
from piikit.policies import resolve_policies

SUBSTITUTIONS = ("hash", "entity_name")
AUDIO_QUALITIES = ("mp3", "wav")
AUDIO_METHODS = ("beep", "silence")
DIARIZERS = ("default", "neural")
DEFAULT_PADDING_MS = (150, 500)
"""Audio padding (ms) before and after each redacted word. Whisper's word starts are close,
but its word ends come up to ~450 ms early before a following word (measured on the
bundled sample against flite's exact phone times), so the padding after is larger."""


def _bool(field: str, v: Any) -> bool:
    if not isinstance(v, bool):
        raise ParamError(f"{field} must be a Boolean", field)
    return v


def _int(field: str, v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise ParamError(f"{field} must be an Integer", field)
    return v


def _number(field: str, v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise ParamError(f"{field} must be a Number", field)
    return v


def _str(field: str, v: Any) -> str:
    if not isinstance(v, str):
        raise ParamError(f"{field} must be a String", field)
    return v


def _str_list(field: str, v: Any) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise ParamError(f"{field} must be an Array of Strings", field)
    return v


def _object(field: str, v: Any) -> dict:
    if not isinstance(v, dict):
        raise ParamError(f"{field} must be an Object", field)
    return v


def _any_list(field: str, v: Any) -> list:
    if not isinstance(v, list):
        raise ParamError(f"{field} must be an Array", field)
    return v


def _enum(*values: str) -> Callable[[str, Any], str]:
    def check(field: str, v: Any) -> str:
        if v not in values:
            raise ParamError(f"{field} must be one of: {', '.join(values)}", field)
        return v

    return check


def _nullable(check: Callable[[str, Any], Any]) -> Callable[[str, Any], Any]:
    return lambda field, v: None if v is None else check(field, v)


# field -> (checker, default echoed back when the caller leaves it out)
FIELDS: dict[str, tuple[Callable[[str, Any], Any], Any]] = {
    "audio_url": (_str, None),
    "speech_models": (_nullable(_str_list), None),
    "speech_model": (_nullable(_str), None),
    "language_code": (_nullable(_str), "en_us"),
    "language_codes": (_nullable(_str_list), None),
    "language_detection": (_bool, False),
    "language_detection_options": (_nullable(_object), None),
    "language_confidence_threshold": (_nullable(_number), None),
    "punctuate": (_bool, True),
    "format_text": (_bool, True),
    "disfluencies": (_bool, False),
    "speaker_labels": (_bool, False),
    "speakers_expected": (_nullable(_int), None),
    "speaker_options": (_nullable(_object), None),
    "multichannel": (_bool, False),
    "dual_channel": (_nullable(_bool), None),
    "audio_start_from": (_nullable(_int), None),
    "audio_end_at": (_nullable(_int), None),
    "webhook_url": (_nullable(_str), None),
    "webhook_auth_header_name": (_nullable(_str), None),
    "webhook_auth_header_value": (_nullable(_str), None),
    "word_boost": (_nullable(_str_list), None),
    "boost_param": (_nullable(_enum("low", "default", "high")), None),
    "keyterms_prompt": (_nullable(_str_list), None),
    "keyterms_prompt_options": (_nullable(_object), None),
    "prompt": (_nullable(_str), None),
    "temperature": (_nullable(_number), None),
    "speech_threshold": (_nullable(_number), None),
    "custom_spelling": (_nullable(_any_list), None),
    "filter_profanity": (_bool, False),
    "remove_audio_tags": (_nullable(_enum("all")), None),
    "entity_detection": (_bool, False),
    "redact_pii": (_bool, False),
    "redact_pii_policies": (_nullable(_str_list), None),
    "redact_pii_sub": (_nullable(_enum(*SUBSTITUTIONS)), "hash"),
    "redact_pii_audio": (_bool, False),
    "redact_pii_audio_quality": (_nullable(_enum(*AUDIO_QUALITIES)), "mp3"),
    "redact_pii_audio_options": (_nullable(_object), None),
    "redact_pii_return_unredacted": (_bool, False),
    # accepted and echoed so existing requests keep working; piikit does not compute them
    "auto_chapters": (_bool, False),
    "auto_highlights": (_bool, False),
    "content_safety": (_bool, False),
    "content_safety_confidence": (_nullable(_int), None),
    "iab_categories": (_bool, False),
    "sentiment_analysis": (_bool, False),
    "summarization": (_bool, False),
    "summary_model": (_nullable(_str), None),
    "summary_type": (_nullable(_str), None),
    "custom_topics": (_bool, False),
    "topics": (_nullable(_str_list), None),
    "speech_understanding": (_nullable(_object), None),
    "domain": (_nullable(_str), None),
    # piikit's own extensions
    "piikit_audio_padding_ms": (_int, DEFAULT_PADDING_MS[0]),
    "piikit_audio_padding_after_ms": (_int, DEFAULT_PADDING_MS[1]),
    "piikit_diarizer": (_enum(*DIARIZERS), "default"),
}

IGNORED_FEATURES = (
    "auto_chapters", "auto_highlights", "content_safety", "iab_categories",
    "sentiment_analysis", "summarization", "custom_topics",
)
"""Features of the cloud API that piikit accepts but does not compute (their results stay null)."""


def validate(params: dict[str, Any], *, require_audio_url: bool = True, accepted: bool = False) -> dict[str, Any]:
    """Check a transcript request and return it complete with defaults, ready to echo back.

    Raises `ParamError` (HTTP 400) naming the first offending field. Policies are
    resolved (SDK aliases mapped) into the private key ``_policies``. `accepted` is for a
    request stored earlier (a queued job): the refusals that only stop new work (policies
    without redact_pii, a diarizer whose extra is missing) are left to its run, which fails
    with the reason, so the job can still be shown.
    """
    if not isinstance(params, dict):
        raise ParamError("Request body must be a JSON object")
    unknown = sorted(set(params) - set(FIELDS))
    if unknown:
        raise ParamError(f"{unknown[0]} is not a valid parameter", unknown[0])
    if require_audio_url and params.get("audio_url") in (None, ""):
        raise ParamError("audio_url must be provided", "audio_url")
    out: dict[str, Any] = {}
    for field, (check, default) in FIELDS.items():
        out[field] = check(field, params[field]) if field in params else default
    if out["redact_pii_sub"] is None:
        out["redact_pii_sub"] = "hash"
    if out["redact_pii_audio_quality"] is None:
        out["redact_pii_audio_quality"] = "mp3"
    if out["dual_channel"]:
        out["multichannel"] = True

    if out["language_code"] is not None:
        from piikit.asr import whisper_language  # refused now, not after the upload has queued a job
        whisper_language(out["language_code"])
    if out["redact_pii_return_unredacted"] and not out["redact_pii"]:
        raise ParamError(
            "redact_pii_return_unredacted requires redact_pii to be true", "redact_pii_return_unredacted")
    if out["redact_pii_audio"] and not out["redact_pii"]:
        raise ParamError("redact_pii_audio requires redact_pii to be true", "redact_pii_audio")
    policies: list[str] = []
    if out["redact_pii"]:
        if not out["redact_pii_policies"]:
            raise ParamError(
                "redact_pii_policies must name at least one policy when redact_pii is true",
                "redact_pii_policies")
        policies = resolve_policies(out["redact_pii_policies"])
    elif out["redact_pii_policies"] and not accepted:
        # Policies alone redacted nothing: the transcript came back complete, names and all.
        raise ParamError(
            "redact_pii_policies requires redact_pii to be true: set redact_pii to true to redact "
            "these policies, or drop redact_pii_policies", "redact_pii_policies")
    _check_audio_options(out["redact_pii_audio_options"])
    _check_speakers(out)
    if not accepted:
        _check_diarizer(out)
    _check_range(out)
    if out["webhook_auth_header_name"] and not out["webhook_auth_header_value"]:
        raise ParamError("webhook_auth_header_value must be provided with webhook_auth_header_name",
                         "webhook_auth_header_value")
    for field in ("piikit_audio_padding_ms", "piikit_audio_padding_after_ms"):
        if not 0 <= out[field] <= 2000:
            raise ParamError(f"{field} must be between 0 and 2000", field)
    out["_policies"] = policies
    return out


def _check_audio_options(opts: dict | None) -> None:
    field = "redact_pii_audio_options"
    if not opts:
        return
    allowed = {"override_audio_redaction_method", "return_redacted_no_speech_audio"}
    for key in opts:
        if key not in allowed:
            raise ParamError(f"{field}.{key} is not a valid parameter", f"{field}.{key}")
    method = opts.get("override_audio_redaction_method")
    if method is not None and method != "silence":
        raise ParamError(f"{field}.override_audio_redaction_method must be 'silence'",
                         f"{field}.override_audio_redaction_method")
    flag = opts.get("return_redacted_no_speech_audio")
    if flag is not None:
        _bool(f"{field}.return_redacted_no_speech_audio", flag)


def _check_speakers(out: dict) -> None:
    n = out["speakers_expected"]
    if n is not None and not 1 <= n <= 10:
        raise ParamError("speakers_expected must be between 1 and 10", "speakers_expected")
    opts = out["speaker_options"]
    if opts:
        for key, value in opts.items():
            if key not in ("min_speakers_expected", "max_speakers_expected"):
                raise ParamError(f"speaker_options.{key} is not a valid parameter", f"speaker_options.{key}")
            _int(f"speaker_options.{key}", value)
            if value < 1:
                raise ParamError(f"speaker_options.{key} must be at least 1", f"speaker_options.{key}")
        lo, hi = opts.get("min_speakers_expected", 1), opts.get("max_speakers_expected", 10)
        if lo > hi:
            raise ParamError("speaker_options.min_speakers_expected must not exceed max_speakers_expected",
                             "speaker_options")
    if (n is not None or opts) and not out["speaker_labels"]:
        raise ParamError("speakers_expected and speaker_options require speaker_labels to be true",
                         "speaker_labels")


def _check_diarizer(out: dict) -> None:
    """A neural diarizer that would run needs its extra: refused now, not after the ASR."""
    if out["piikit_diarizer"] == "neural" and out["speaker_labels"] and not out["multichannel"]:
        from piikit.diarize_neural import MISSING, installed

        if not installed():
            raise ParamError(MISSING, "piikit_diarizer")


def _check_range(out: dict) -> None:
    start, end = out["audio_start_from"], out["audio_end_at"]
    for field, v in (("audio_start_from", start), ("audio_end_at", end)):
        if v is not None and v < 0:
            raise ParamError(f"{field} must not be negative", field)
    if start is not None and end is not None and end <= start:
        raise ParamError("audio_end_at must be greater than audio_start_from", "audio_end_at")


def audio_method(params: dict[str, Any]) -> str:
    """'beep' or 'silence', from `redact_pii_audio_options` of validated params."""
    opts = params.get("redact_pii_audio_options") or {}
    return "silence" if opts.get("override_audio_redaction_method") == "silence" else "beep"


def echo(params: dict[str, Any]) -> dict[str, Any]:
    """The request parameters as the transcript object echoes them (private keys dropped)."""
    return {k: v for k, v in params.items() if not k.startswith("_")}
