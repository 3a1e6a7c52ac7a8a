"""Exceptions that carry a message fit to show a user, and where it applies."""

from __future__ import annotations


class PiikitError(Exception):
    """Base of every error piikit raises on purpose; `str(e)` is the user-facing message."""


class ParamError(PiikitError, ValueError):
    """A request parameter is unknown, ill-typed or inconsistent (HTTP 400)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class AudioError(PiikitError):
    """The audio cannot be used: empty, not audio, truncated, too short or too large."""


class ApiError(PiikitError):
    """A transcript API (piikit serve or the cloud) refused a request; `str(e)` is its message."""

    def __init__(self, message: str, status_code: int | None = None):
        super().__init__(message)
        self.status_code = status_code
