"""Request validation: the same refusals, in the same words, for every entry point."""

import pytest

from piikit.errors import ParamError
from piikit.params import validate
from piikit.policies import ALIASES, POLICIES, resolve_policies

BASE = {"audio_url": "x.wav"}


def test_defaults_are_echoed():
    p = validate(BASE)
    assert p["redact_pii"] is False and p["redact_pii_sub"] == "hash"
    assert p["redact_pii_audio_quality"] == "mp3" and p["language_code"] == "en_us"
    assert p["_policies"] == []


@pytest.mark.parametrize("field,value,words", [
    ("format_text", "yes", "format_text must be a Boolean"),
    ("speakers_expected", "2", "speakers_expected must be an Integer"),
    ("redact_pii_sub", "stars", "redact_pii_sub must be one of"),
    ("redact_pii_policies", "person_name", "redact_pii_policies must be an Array"),
    ("nonsense", 1, "nonsense is not a valid parameter"),
])
def test_wrong_type_or_unknown_field_names_the_field(field, value, words):
    with pytest.raises(ParamError, match=words) as e:
        validate({**BASE, field: value})
    assert e.value.field == field


def test_unredacted_needs_redact_pii():
    with pytest.raises(ParamError, match="requires redact_pii"):
        validate({**BASE, "redact_pii_return_unredacted": True})


def test_redact_pii_needs_policies():
    for policies in (None, []):
        with pytest.raises(ParamError, match="at least one policy"):
            validate({**BASE, "redact_pii": True, "redact_pii_policies": policies})


def test_unknown_policy_lists_valid_names():
    with pytest.raises(ParamError) as e:
        validate({**BASE, "redact_pii": True, "redact_pii_policies": ["person_name", "shoe_size"]})
    assert "'shoe_size'" in str(e.value) and "zodiac_sign" in str(e.value) and "location_city" in str(e.value)


def test_sdk_aliases_map_to_detected_policies():
    assert len(POLICIES) == 44 and len(ALIASES) == 21
    assert resolve_policies(["location_city", "gender", "sexuality", "person_name"]) == [
        "gender_sexuality", "location", "person_name"]
    for targets in ALIASES.values():
        assert all(t in POLICIES for t in targets)


def test_audio_options_and_speakers_are_checked():
    with pytest.raises(ParamError, match="silence"):
        validate({**BASE, "redact_pii": True, "redact_pii_policies": ["date"],
                  "redact_pii_audio_options": {"override_audio_redaction_method": "whistle"}})
    with pytest.raises(ParamError, match="speaker_labels"):
        validate({**BASE, "speakers_expected": 2})
    with pytest.raises(ParamError, match="greater than"):
        validate({**BASE, "audio_start_from": 500, "audio_end_at": 100})


def test_an_unknown_language_is_refused_with_the_request():
    with pytest.raises(ParamError, match="language_code 'xx_bogus' is not supported"):
        validate({"audio_url": "x", "language_code": "xx_bogus"})
    assert validate({"audio_url": "x", "language_code": "en_uk"})["language_code"] == "en_uk"


def test_the_language_table_is_whispers():
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    from piikit.asr import WHISPER_LANGUAGES
    assert WHISPER_LANGUAGES == set(_LANGUAGE_CODES)


POLICIES_ALONE = ("redact_pii_policies requires redact_pii to be true: set redact_pii to true to "
                  "redact these policies, or drop redact_pii_policies")


def test_policies_without_redact_pii_are_refused_not_ignored():
    """Policies without `redact_pii: true` were accepted and redacted nothing: the transcript
    came back completed with every name in clear text."""
    for off in ({}, {"redact_pii": False}):
        with pytest.raises(ParamError) as e:
            validate({**BASE, **off, "redact_pii_policies": ["person_name"]})
        assert str(e.value) == POLICIES_ALONE and e.value.field == "redact_pii_policies"
    # no policies with redaction off stays valid: the assemblyai SDK sends no policies then
    for policies in (None, []):
        for off in ({}, {"redact_pii": False}):
            p = validate({**BASE, **off, "redact_pii_policies": policies})
            assert p["redact_pii"] is False and p["_policies"] == []
    assert validate({**BASE, "redact_pii": True, "redact_pii_policies": ["person_name"]})["_policies"] == [
        "person_name"]


def test_the_sdk_never_sends_policies_without_redact_pii():
    aai = pytest.importorskip("assemblyai")
    for kw in ({"redact_pii": False}, {"redact_pii_policies": [aai.PIIRedactionPolicy.person_name]},
               {"redact_pii": False, "redact_pii_policies": [aai.PIIRedactionPolicy.person_name]}):
        sent = aai.TranscriptionConfig(**kw).raw.model_dump(exclude_none=True)
        assert "redact_pii_policies" not in sent
        validate({**BASE, **sent})


def test_every_entry_point_refuses_policies_alone(sample_path, tmp_path):
    """The engine (piikit.run), the in-process client and a batch plan refuse before any work."""
    import piikit
    from piikit.batch.inputs import plan

    request = {"redact_pii_policies": ["person_name"]}
    with pytest.raises(ParamError, match="set redact_pii to true"):
        piikit.run(sample_path, request)
    with pytest.raises(ParamError, match="set redact_pii to true"):
        piikit.Client.local().submit(sample_path, **request)
    with pytest.raises(ParamError, match="set redact_pii to true"):
        plan([str(sample_path)], request)


def test_an_unknown_policy_is_answered_with_the_nearest_names():
    """The API (server, SDK, run, batch) names the policy meant, as the CLI does; the full list only when none is near."""
    with pytest.raises(ParamError, match=r"unknown policy 'persn_name' \(did you mean 'person_name'") as near:
        validate({"audio_url": "x", "redact_pii": True, "redact_pii_policies": ["persn_name"]})
    assert "Valid policies" not in str(near.value)
    with pytest.raises(ParamError, match=r"unknown policy 'zzz'\. Valid policies: account_number, "):
        validate({"audio_url": "x", "redact_pii": True, "redact_pii_policies": ["zzz"]})
