"""File suffixes of audio and video: what a folder or glob input picks up, and what the CLI
refuses as a transcript name. Kept apart from `inputs` so that reading it loads no pandas."""

from __future__ import annotations

AUDIO_SUFFIXES = frozenset({
    ".wav", ".wave", ".mp3", ".flac", ".ogg", ".oga", ".opus", ".m4a", ".aac", ".mp4", ".m4v",
    ".mov", ".mkv", ".webm", ".wma", ".amr", ".aif", ".aiff", ".3gp", ".caf",
})
"""File suffixes a folder or glob input picks up (manifests list files explicitly)."""
