"""Notebook widgets: `RedactionForm` to submit jobs and `TranscriptView` to read the result.

Both sit at the edge: the form builds API request parameters and checks them with
`piikit.params.validate` (the same rules the server enforces), submits through a
`piikit.Client` (in-process engine by default), and shows each job's result in a
`TranscriptView`, which draws on `frames`, `timeline` and `plot`.
"""

from __future__ import annotations

import html
import threading
import time
from pathlib import Path
from typing import Any, Callable

import ipywidgets as W

from piikit import params as params_mod
from piikit.errors import ParamError, PiikitError
from piikit.policies import GROUPS, POLICIES, PRESETS

_GROUP_TITLES = {
    "contact": "Contact", "financial": "Financial", "government_id": "Government IDs",
    "medical": "Medical", "demographic": "Demographic", "temporal": "Dates and times",
    "technical": "Technical", "other": "Other",
}


def _hex(policy: str | None) -> str:
    from matplotlib.colors import to_hex

    from piikit.plot import policy_color

    return to_hex(policy_color(policy))


def _error_html(message: str) -> str:
    return f'<div class="piikit-error" style="color:#b00020">&#9888; {html.escape(message)}</div>'


class TranscriptView(W.VBox):
    """A finished transcript: coloured redactions, audio players, policy counts and timeline.

    The original words appear on hover only when the transcript carries `unredacted_words`
    and `show_original` is true. Buttons export the words to Parquet and save the redacted audio.
    """

    def __init__(self, transcript: dict, *, redacted_audio: str | Path | None = None,
                 original_audio: str | Path | None = None, show_original: bool = False,
                 save_redacted_audio: Callable[[str], Any] | None = None):
        from piikit.frames import words_frame

        self.transcript = transcript
        self.frame = words_frame(transcript)
        self.show_original = show_original
        self._save_audio = save_redacted_audio or (
            (lambda dst: Path(dst).write_bytes(Path(redacted_audio).read_bytes())) if redacted_audio else None)
        self.text = W.HTML(self._text_html())
        players = []
        for label, path in (("original", original_audio), ("redacted", redacted_audio)):
            if path and Path(path).exists():
                fmt = Path(path).suffix.lstrip(".").replace("mp3", "mpeg")
                players.append(W.VBox([W.Label(f"{label} audio"),
                                       W.Audio(value=Path(path).read_bytes(), format=fmt, autoplay=False)]))
        self.counts = W.HTML(self._counts_html())
        self.plot = W.Output()
        self._draw()
        self.export_path = W.Text(value=f"{transcript.get('id', 'transcript')}.parquet",
                                  description="Parquet:")
        self.export_button = W.Button(description="Export Parquet", icon="download")
        self.export_button.on_click(lambda _: self.export())
        self.audio_path = W.Text(value=f"{transcript.get('id', 'transcript')}.redacted."
                                 f"{transcript.get('redact_pii_audio_quality') or 'mp3'}",
                                 description="Audio:")
        self.audio_button = W.Button(description="Save redacted audio", icon="save",
                                     disabled=self._save_audio is None)
        self.audio_button.on_click(lambda _: self.save_audio())
        self.message = W.HTML()
        super().__init__([
            self.text, W.HBox(players), self.counts, self.plot,
            W.HBox([self.export_path, self.export_button]),
            W.HBox([self.audio_path, self.audio_button]), self.message,
        ])
        self.add_class("piikit-transcript-view")

    def _text_html(self) -> str:
        f = self.frame
        if f.empty:
            return '<div class="piikit-transcript"><i>No speech was transcribed.</i></div>'
        hover = self.show_original and f["original"].notna().any()
        parts = []
        for text, redacted, policy, original in zip(f["text"], f["redacted"], f["policy"], f["original"]):
            word = html.escape(str(text))
            if redacted:
                policy = policy if isinstance(policy, str) else None
                title = f' title="{html.escape(str(original))}"' if hover and isinstance(original, str) else ""
                parts.append(f'<span class="piikit-redacted" data-policy="{policy or "unknown"}"{title} '
                             f'style="background:{_hex(policy)};color:#000;border-radius:3px;padding:0 2px">'
                             f'{word}</span>')
            else:
                parts.append(word)
        return ('<div class="piikit-transcript" style="line-height:1.8;max-height:22em;overflow-y:auto">'
                + " ".join(parts) + "</div>")

    def _counts_html(self) -> str:
        from piikit.timeline import policy_counts

        counts = policy_counts(self.frame)
        if counts.empty:
            return "<p>Nothing was redacted.</p>"
        cols = [c for c in ("policy", "entities", "words", "seconds", "share_of_time") if c in counts]
        return counts[cols].to_html(index=False, float_format=lambda v: f"{v:.3g}",
                                    classes="piikit-counts", na_rep="unknown")

    def _draw(self) -> None:
        import matplotlib.pyplot as plt

        from piikit.plot import plot_timeline

        if self.frame.empty:
            return
        with self.plot:
            ax = plot_timeline(self.frame)
            plt.show(ax.figure)
            plt.close(ax.figure)

    def export(self, path: str | None = None) -> Path:
        """Write the words to Parquet (originals left out) and say where."""
        from piikit.export import to_parquet

        out = to_parquet(self.frame, path or self.export_path.value)
        self.message.value = f"Exported {len(self.frame)} words to {html.escape(str(out))}"
        return out

    def save_audio(self, path: str | None = None) -> Path:
        """Save the redacted audio and say where."""
        dst = Path(path or self.audio_path.value)
        try:
            self._save_audio(str(dst))
        except (PiikitError, OSError) as e:
            self.message.value = _error_html(f"Could not save the redacted audio: {e}")
            raise
        self.message.value = f"Saved the redacted audio to {html.escape(str(dst))}"
        return dst


class RedactionForm(W.VBox):
    """A form for one or more redaction jobs: audio, policies, substitution, audio options.

    Submits through `client` (a `piikit.Client` for a local server or the cloud; the
    in-process engine when None). The request is checked with `piikit.params.validate` as
    the user edits it, so invalid combinations are explained before anything is sent.
    """

    def __init__(self, client: Any = None, *, poll_interval: float = 1.0):
        self._client = client
        self.poll_interval = poll_interval
        self.upload = W.FileUpload(accept="audio/*,video/*", multiple=False, description="Upload audio")
        self.source = W.Text(placeholder="or a file path / http(s) URL", description="Audio:",
                             layout=W.Layout(width="60%"))
        self.preset = W.Dropdown(options=["custom", *PRESETS], value="contact", description="Preset:")
        self.policy_boxes = {name: W.Checkbox(value=False, description=name, indent=False,
                                              layout=W.Layout(width="230px")) for name in POLICIES}
        groups = [W.GridBox([self.policy_boxes[n] for n in names],
                            layout=W.Layout(grid_template_columns="repeat(3, 240px)"))
                  for names in GROUPS.values()]
        self.policies_panel = W.Accordion(children=groups)
        for i, g in enumerate(GROUPS):
            self.policies_panel.set_title(i, f"{_GROUP_TITLES.get(g, g)} ({len(GROUPS[g])})")
        self.sub = W.ToggleButtons(options=[("#### (hash)", "hash"), ("[ENTITY_NAME]", "entity_name")],
                                   value="entity_name", description="Replace with:")
        self.redact_audio = W.Checkbox(value=True, description="Redacted audio", indent=False)
        self.audio_quality = W.Dropdown(options=["mp3", "wav"], value="mp3", description="Format:")
        self.audio_method = W.ToggleButtons(options=["beep", "silence"], value="beep")
        self.return_unredacted = W.Checkbox(value=False, description="Return unredacted text", indent=False)
        self.show_original = W.Checkbox(value=False, description="Show originals on hover", indent=False)
        self.multichannel = W.Checkbox(value=False, description="Multichannel", indent=False)
        self.speaker_labels = W.Checkbox(value=False, description="Speaker labels", indent=False)
        self.speakers_expected = W.BoundedIntText(value=0, min=0, max=10, description="Speakers (0=auto):")
        self.language_detection = W.Checkbox(value=False, description="Detect language", indent=False)
        self.submit_button = W.Button(description="Submit", button_style="primary", icon="play")
        self.problem = W.HTML()
        self.jobs_box = W.VBox()
        self.result = W.VBox()
        self.jobs: list[_JobRow] = []
        self._setting_preset = False

        self.preset.observe(self._apply_preset, "value")
        for box in self.policy_boxes.values():
            box.observe(self._policy_changed, "value")
        for w in (self.sub, self.redact_audio, self.audio_quality, self.audio_method, self.return_unredacted,
                  self.multichannel, self.speaker_labels, self.speakers_expected, self.language_detection,
                  self.source, self.upload):
            w.observe(lambda _: self.check(), "value")
        self.submit_button.on_click(lambda _: self.submit())
        self._apply_preset({"new": self.preset.value})
        super().__init__([
            W.HBox([self.upload, self.source]),
            W.HBox([self.preset]), self.policies_panel, self.sub,
            W.HBox([self.redact_audio, self.audio_quality, self.audio_method]),
            W.HBox([self.return_unredacted, self.show_original]),
            W.HBox([self.multichannel, self.speaker_labels, self.speakers_expected, self.language_detection]),
            W.HBox([self.submit_button]), self.problem, self.jobs_box, self.result,
        ])
        self.add_class("piikit-form")

    @property
    def client(self) -> Any:
        """The client jobs go to; the in-process engine unless one was given."""
        if self._client is None:
            from piikit.client import Client

            self._client = Client.local()
        return self._client

    # --- the request -------------------------------------------------------------------
    def selected_policies(self) -> list[str]:
        return [name for name, box in self.policy_boxes.items() if box.value]

    def params(self) -> dict[str, Any]:
        """The API request the form describes (without `audio_url`)."""
        p: dict[str, Any] = {
            "redact_pii": True,
            "redact_pii_policies": self.selected_policies(),
            "redact_pii_sub": self.sub.value,
            "redact_pii_audio": self.redact_audio.value,
            "redact_pii_return_unredacted": self.return_unredacted.value,
            "multichannel": self.multichannel.value,
            "speaker_labels": self.speaker_labels.value,
            "language_detection": self.language_detection.value,
        }
        if self.redact_audio.value:
            p["redact_pii_audio_quality"] = self.audio_quality.value
            if self.audio_method.value == "silence":
                p["redact_pii_audio_options"] = {"override_audio_redaction_method": "silence"}
        if self.speaker_labels.value and self.speakers_expected.value:
            p["speakers_expected"] = self.speakers_expected.value
        return p

    def check(self) -> str | None:
        """Explain what is wrong with the request in the form, or clear it; returns the problem."""
        problem = None
        if not self.upload.value and not self.source.value.strip():
            problem = "Choose an audio file to upload, or give a path or URL."
        else:
            try:
                params_mod.validate(self.params(), require_audio_url=False)
            except ParamError as e:
                problem = str(e)
        if self.speakers_expected.value and not self.speaker_labels.value and problem is None:
            problem = "A speaker count needs Speaker labels to be on."
        self.problem.value = _error_html(problem) if problem else ""
        self.submit_button.disabled = problem is not None
        return problem

    def _apply_preset(self, change: dict) -> None:
        if change["new"] == "custom":
            return
        chosen = set(PRESETS[change["new"]])
        self._setting_preset = True
        try:
            for name, box in self.policy_boxes.items():
                box.value = name in chosen
        finally:
            self._setting_preset = False
        self.check()

    def _policy_changed(self, _: dict) -> None:
        if not self._setting_preset:
            chosen = set(self.selected_policies())
            match = [name for name, members in PRESETS.items() if set(members) == chosen]
            self.preset.value = match[0] if match else "custom"
            self.check()

    # --- jobs --------------------------------------------------------------------------
    def _audio(self) -> tuple[Any, str]:
        """What to submit (path, URL or bytes) and a name to show for it."""
        if self.upload.value:
            item = self.upload.value[0]
            return bytes(item["content"]), item["name"]
        src = self.source.value.strip()
        return src, Path(src).name or src

    def submit(self) -> "_JobRow | None":
        """Send the request; the job appears in the list and is polled in the background."""
        if self.check():
            return None
        audio, name = self._audio()
        try:
            job = self.client.submit(audio, **self.params())
        except (PiikitError, OSError) as e:
            self.problem.value = _error_html(str(e))
            return None
        row = _JobRow(self, job, name, original=audio if isinstance(audio, str) and Path(audio).exists() else None)
        self.jobs.append(row)
        self.jobs_box.children = [*self.jobs_box.children, row]
        row.start()
        return row

    def _show(self, row: "_JobRow", view: W.Widget) -> None:
        self.result.children = [W.HTML(f"<h4>{html.escape(row.name)}</h4>"), view]


class _JobRow(W.HBox):
    """One submitted job: name, status, a progress bar that polls, and Cancel/forget."""

    def __init__(self, form: RedactionForm, job: Any, name: str, original: str | None):
        self.form, self.job, self.name, self.original = form, job, name, original
        self.status = W.Label("queued")
        self.bar = W.FloatProgress(value=0.0, min=0.0, max=1.0, layout=W.Layout(width="240px"))
        self.forget_button = W.Button(description="Cancel / forget", icon="times")
        self.forget_button.on_click(lambda _: self.forget())
        self.view: TranscriptView | None = None
        self._stop = threading.Event()
        self.updates = 0
        super().__init__([W.Label(name, layout=W.Layout(width="220px")), self.bar, self.status,
                          self.forget_button])
        self.add_class("piikit-job")

    def start(self) -> None:
        threading.Thread(target=self._poll, name=f"piikit-job-{self.job.id}", daemon=True).start()

    def _poll(self) -> None:
        while not self._stop.is_set():
            try:
                status, fraction = self.job.refresh()
            except PiikitError as e:
                self._fail(str(e))
                return
            self.updates += 1
            self.bar.value = fraction if status != "completed" else 1.0
            self.status.value = status if status != "processing" else f"processing {fraction:.0%}"
            if status == "completed":
                self._done()
                return
            if status == "error":
                self._fail(self.job.transcript.get("error") or "the job failed")
                return
            self._stop.wait(self.form.poll_interval)

    def _done(self) -> None:
        try:
            self.view = self.job.view(show_original=self.form.show_original.value, original_audio=self.original)
        except (PiikitError, OSError) as e:
            self._fail(str(e))
            return
        self.bar.bar_style = "success"
        self.form._show(self, self.view)

    def _fail(self, message: str) -> None:
        self.bar.bar_style = "danger"
        self.status.value = "error"
        self.form.problem.value = _error_html(f"{self.name}: {message}")

    def forget(self) -> None:
        """Stop watching the job and drop it from the list (a running job is cancelled when the client can)."""
        self._stop.set()
        cancel = getattr(self.job, "cancel", None)
        if callable(cancel):
            cancel()
        self.form.jobs.remove(self)
        self.form.jobs_box.children = [c for c in self.form.jobs_box.children if c is not self]
