"""Notebook widgets: `RedactionForm` to submit jobs and `TranscriptView` to read the result.

Both sit at the edge: the form builds API request parameters and checks them with
`piikit.params.validate` (the same rules the server enforces), submits through a
`piikit.Client` (the in-process engine by default), polls each job in a background thread
and shows its result in a `TranscriptView`, which draws on `frames`, `timeline` and `plot`.
"""

from __future__ import annotations

import functools
import html
import io
import shutil
import tempfile
import threading
import time
import weakref
from pathlib import Path
from typing import Any

import ipywidgets as W

from piikit import params as params_mod
from piikit.errors import ApiError, ParamError, PiikitError
from piikit.policies import GROUPS, POLICIES, PRESETS

GROUP_TITLES = {
    "contact": "Contact", "financial": "Financial", "government_id": "Government IDs",
    "medical": "Medical", "demographic": "Demographic", "temporal": "Dates and times",
    "technical": "Technical", "other": "Other",
}
"""Policy groups in the form's order (the presets' groups first), with their titles."""
FIELD_LABELS = {
    "redact_pii_policies": "Policies", "redact_pii_sub": "Replace with", "redact_pii_audio": "Redacted audio",
    "redact_pii_audio_quality": "Format", "redact_pii_audio_options": "Beep / silence",
    "redact_pii_return_unredacted": "Return unredacted text", "multichannel": "Multichannel",
    "speaker_labels": "Speaker labels", "speakers_expected": "Speakers", "language_detection": "Detect language",
}
"""API field -> the form control that sets it, so a refusal names what to change."""
MAX_PLAYER_BYTES = 64 * 2**20
"""Audio larger than this is not embedded in a player (it would travel through the notebook)."""
_ERRORS = (PiikitError, OSError)  # requests' errors are OSErrors


def _hex(policy: str | None) -> str:
    from matplotlib.colors import to_hex

    from piikit.plot import policy_color

    return to_hex(policy_color(policy))


def _ink(hex_color: str) -> str:
    """Black or white text, whichever reads better on `hex_color`."""
    r, g, b = (int(hex_color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return "#000" if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "#fff"


def _chip(policy: str | None, text: str, title: str = "") -> str:
    color = _hex(policy)
    title_attr = f' title="{html.escape(title)}"' if title else ""
    return (f'<span class="piikit-redacted" data-policy="{html.escape(policy or "unknown")}"{title_attr} '
            f'style="background:{color};color:{_ink(color)};border-radius:3px;padding:0 3px">'
            f'{html.escape(text)}</span>')


def _error_html(message: str) -> str:
    return (f'<div class="piikit-error" style="color:#b00020;margin:4px 0">&#9888; '
            f'{html.escape(message)}</div>')


def _note_html(message: str) -> str:
    return f'<div class="piikit-note" style="color:#1b5e20;margin:4px 0">{html.escape(message)}</div>'


def explain(error: BaseException) -> str:
    """A failure in plain words, naming the form control when the request was refused."""
    if isinstance(error, ParamError):
        field = (error.field or "").split(".")[0]
        label = FIELD_LABELS.get(field)
        return f"{label}: {error}" if label else str(error)
    if isinstance(error, ApiError):
        return f"The server refused the request: {error}"
    if isinstance(error, OSError) and not isinstance(error, PiikitError):
        return f"Could not reach or read the audio: {error}"
    return str(error)


@functools.lru_cache(maxsize=None)
def _warm_up() -> None:
    """Import and exercise what a result view needs, once, while the first job runs: the result then shows at once."""
    from matplotlib.figure import Figure

    import piikit.export
    import piikit.frames
    import piikit.plot  # noqa: F401  (imported for its cost, not its names)

    fig = Figure(figsize=(2, 1))
    fig.subplots().plot([0, 1], [0, 1], label="x")
    fig.savefig(io.BytesIO(), format="png", bbox_inches="tight")


def _player(label: str, audio: bytes | str | Path | None, name: str = "") -> W.Widget | None:
    """An audio player for bytes, a local file or a URL; None when there is nothing to play."""
    if audio is None:
        return None
    if isinstance(audio, str) and audio.split(":", 1)[0].lower() in ("http", "https"):
        widget = W.Audio.from_url(audio, autoplay=False)
    else:
        if not isinstance(audio, bytes):
            path = Path(audio)
            if not path.is_file():
                return None
            if path.stat().st_size > MAX_PLAYER_BYTES:
                return W.HTML(f"<b>{label} audio</b>: {html.escape(str(path))} (too large to embed)")
            name, audio = path.name, path.read_bytes()
        if len(audio) > MAX_PLAYER_BYTES:
            return W.HTML(f"<b>{label} audio</b>: too large to embed")
        suffix = Path(name).suffix.lower().lstrip(".")
        fmt = {"mp3": "mpeg", "": "wav", "m4a": "mp4", "oga": "ogg", "opus": "ogg"}.get(suffix, suffix)
        widget = W.Audio(value=audio, format=fmt, autoplay=False, loop=False)
    widget.add_class(f"piikit-audio-{label}")
    return W.VBox([W.HTML(f"<b>{label} audio</b>"), widget], layout=W.Layout(margin="0 24px 0 0"))


class TranscriptView(W.VBox):
    """A finished transcript: coloured redactions, audio players, policy counts and timeline.

    The original words appear on hover only when the transcript carries `unredacted_words`
    and `show_original` is true. Buttons export the words to Parquet (originals left out)
    and save the redacted audio (`redacted_audio`: a local file, as `Job.save_redacted_audio`
    writes it).
    """

    def __init__(self, transcript: dict, *, redacted_audio: str | Path | None = None,
                 original_audio: bytes | str | Path | None = None, original_name: str = "",
                 show_original: bool = False):
        from piikit.frames import words_frame

        self.transcript = transcript
        self.frame = words_frame(transcript)
        self.show_original = show_original
        self.redacted_audio = Path(redacted_audio) if redacted_audio else None
        stem = Path(original_name).stem if original_name else str(transcript.get("id") or "transcript")
        self.text = W.HTML(self._text_html())
        players = [p for p in (_player("original", original_audio, original_name),
                               _player("redacted", self.redacted_audio)) if p is not None]
        self.players = W.HBox(players)
        self.counts = W.HTML(self._counts_html())
        self.timeline = W.Image(value=self._timeline_png(), format="png",
                                layout=W.Layout(max_width="100%", height="auto"))
        wide = W.Layout(width="360px")
        self.export_path = W.Text(value=f"{stem}.parquet", description="Parquet file:", layout=wide,
                                  style={"description_width": "90px"})
        self.export_button = W.Button(description="Export Parquet", icon="download", layout=W.Layout(width="200px"))
        self.export_button.on_click(lambda _: self._report(self.export))
        suffix = self.redacted_audio.suffix if self.redacted_audio else ".mp3"
        self.audio_path = W.Text(value=f"{stem}.redacted{suffix}", description="Audio file:", layout=wide,
                                 style={"description_width": "90px"})
        self.audio_button = W.Button(description="Save redacted audio", icon="save", layout=W.Layout(width="200px"),
                                     disabled=self.redacted_audio is None,
                                     tooltip="" if self.redacted_audio else "No redacted audio was made")
        self.audio_button.on_click(lambda _: self._report(self.save_audio))
        self.message = W.HTML()
        super().__init__([
            self.text, self.players, W.HTML("<b>Redacted per policy</b>"), self.counts, self.timeline,
            W.HBox([self.export_path, self.export_button]), W.HBox([self.audio_path, self.audio_button]),
            self.message,
        ])
        self.add_class("piikit-transcript-view")

    def _text_html(self) -> str:
        t, f = self.transcript, self.frame
        if t.get("status") == "error":
            return _error_html(f"The job failed: {t.get('error') or 'no reason given'}")
        if f.empty:
            return '<div class="piikit-transcript"><i>No speech was transcribed.</i></div>'
        hover = self.show_original and bool(t.get("unredacted_words")) and f["original"].notna().any()
        labelled = bool(t.get("speaker_labels") or t.get("multichannel"))
        lanes = [None if not labelled else f"Speaker {s}" if isinstance(s, str)
                 else f"Channel {c}" if isinstance(c, str) else None
                 for s, c in zip(f["speaker"], f["channel"])]
        paragraphs: list[tuple[str | None, list[str]]] = []
        words: list[str] = []
        lane = lanes[0]
        for text, redacted, policy, original, who in zip(f["text"], f["redacted"], f["policy"],
                                                         f["original"], lanes):
            if who != lane:
                paragraphs.append((lane, words))
                words, lane = [], who
            policy = policy if isinstance(policy, str) else None
            if redacted:
                words.append(_chip(policy, str(text), str(original) if hover and isinstance(original, str) else ""))
            else:
                words.append(html.escape(str(text)))
        paragraphs.append((lane, words))
        body = "".join(
            f'<p style="margin:0 0 6px 0">{f"<b>{html.escape(who)}:</b> " if who else ""}{" ".join(ws)}</p>'
            for who, ws in paragraphs)
        present = [p for p in dict.fromkeys(f.loc[f["redacted"].fillna(False).astype(bool), "policy"])]
        legend = " ".join(_chip(p if isinstance(p, str) else None, p if isinstance(p, str) else "unknown")
                          for p in present)
        hint = " Hover a redaction to see the original." if hover else ""
        return ('<div class="piikit-transcript" style="line-height:1.9;max-height:24em;overflow-y:auto;'
                'border:1px solid #ddd;border-radius:4px;padding:8px 10px">'
                f'<div style="font-size:90%;color:#555;margin-bottom:6px">{legend or "Nothing was redacted."}'
                f'{hint}</div>{body}</div>')

    def _counts_html(self) -> str:
        from piikit.timeline import policy_counts

        if self.frame.empty:
            return ""
        counts = policy_counts(self.frame)
        if counts.empty:
            return "<p>Nothing was redacted.</p>"
        cell = "style='text-align:right;padding:2px 12px'"
        rows = "".join(
            f"<tr><td style='padding:2px 12px 2px 0'>"
            f"{_chip(p if isinstance(p, str) else None, p if isinstance(p, str) else 'unknown')}</td>"
            f"<td {cell}>{e}</td><td {cell}>{w}</td><td {cell}>{s:.1f}</td><td {cell}>{share:.1%}</td></tr>"
            for p, e, w, s, share in zip(counts["policy"], counts["entities"], counts["words"],
                                         counts["seconds"], counts["share_of_time"]))
        head = "".join(f"<th {cell}>{h}</th>" for h in ("entities", "words", "seconds", "of the call"))
        return ('<table class="piikit-counts" style="border-collapse:collapse">'
                f"<tr><th style='text-align:left'>policy</th>{head}</tr>{rows}</table>")

    def _timeline_png(self) -> bytes:
        """The timeline as PNG bytes (drawn without pyplot, so any thread may draw it)."""
        from matplotlib.figure import Figure

        from piikit.plot import plot_timeline

        if self.frame.empty:
            return b""
        lanes = max(int(self.frame["speaker"].nunique()), 1)
        fig = Figure(figsize=(11, 1.3 + 0.6 * lanes), dpi=80)
        plot_timeline(self.frame, ax=fig.subplots())
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight")
        return buf.getvalue()

    def export(self, path: str | Path | None = None) -> Path:
        """Write the words to Parquet (originals left out) and say where."""
        from piikit.export import to_parquet

        out = to_parquet(self.frame, Path(path or self.export_path.value).expanduser())
        self.message.value = _note_html(f"Exported {len(self.frame)} words to {out.resolve()}")
        return out

    def save_audio(self, path: str | Path | None = None) -> Path:
        """Copy the redacted audio to `path` and say where."""
        if self.redacted_audio is None:
            raise PiikitError("No redacted audio was made: turn on Redacted audio and submit again")
        dst = Path(path or self.audio_path.value).expanduser()
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.redacted_audio, dst)
        self.message.value = _note_html(f"Saved the redacted audio to {dst.resolve()}")
        return dst

    def _report(self, action: Any) -> None:
        """Run a button's action, showing a failure in the view instead of a traceback."""
        try:
            action()
        except _ERRORS as e:
            self.message.value = _error_html(explain(e))


class RedactionForm(W.VBox):
    """A form for redaction jobs: audio, policies, substitution, audio and speaker options.

    Submits through `client` (a `piikit.Client` for a local server or the cloud; the
    in-process engine when None). The request is checked with `piikit.params.validate` as
    the user edits it, so invalid combinations are explained before anything is sent. Each
    job is listed with its status and progress, polled every `poll_interval` seconds.
    With the in-process engine the models load in the background as soon as the form is
    made (`preload`), so loading them does not freeze the first job's progress display;
    `models_ready` is set when they are in.
    """

    def __init__(self, client: Any = None, *, poll_interval: float = 0.5, preset: str = "all",
                 workdir: str | Path | None = None, preload: bool = True):
        from piikit.client import Client, LocalClient

        self.client = client if client is not None else Client.local()
        self.models_ready = threading.Event()
        if preload and isinstance(self.client, LocalClient):
            threading.Thread(target=self._preload, name="piikit-preload", daemon=True).start()
        else:
            self.models_ready.set()
        self.poll_interval = poll_interval
        self.workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="piikit-form-"))
        if not workdir:  # a scratch folder of our own (redacted audio to play) goes when Python exits
            weakref.finalize(self, shutil.rmtree, self.workdir, ignore_errors=True)
        label = {"description_width": "initial"}
        self.upload = W.FileUpload(accept="audio/*,video/*,.wav,.mp3,.flac,.ogg,.m4a,.mp4,.webm",
                                   multiple=False, description="Upload audio", icon="upload")
        self.source = W.Text(placeholder="or a file path / http(s) URL", description="Audio:",
                             layout=W.Layout(width="480px"), style={"description_width": "50px"})
        self.audio_note = W.HTML()
        self.preset = W.Dropdown(options=[*PRESETS, "custom"], value=preset, description="Policies:",
                                 style={"description_width": "60px"}, layout=W.Layout(width="220px"))
        self.policy_count = W.HTML()
        self.policy_boxes = {
            name: W.Checkbox(value=False, description=name, indent=False, tooltip=POLICIES[name].description,
                             layout=W.Layout(width="220px"))
            for name in POLICIES}
        self._groups = [g for g in GROUP_TITLES if g in GROUPS] + [g for g in GROUPS if g not in GROUP_TITLES]
        grids = [W.GridBox([self.policy_boxes[n] for n in sorted(GROUPS[g])],
                           layout=W.Layout(grid_template_columns="repeat(3, 225px)"))
                 for g in self._groups]
        self.policies_panel = W.Accordion(children=grids, layout=W.Layout(width="720px"))
        self.sub = W.ToggleButtons(options=[("[POLICY_NAME]", "entity_name"), ("#### (hash)", "hash")],
                                   value="entity_name", description="Replace with:", style=label)
        self.redact_audio = W.Checkbox(value=True, description="Redacted audio", indent=False,
                                       layout=W.Layout(width="140px"))
        self.audio_quality = W.Dropdown(options=list(params_mod.AUDIO_QUALITIES), value="mp3",
                                        description="Format:", style={"description_width": "55px"},
                                        layout=W.Layout(width="150px"))
        self.audio_method = W.ToggleButtons(options=list(params_mod.AUDIO_METHODS), value="beep",
                                            style={"button_width": "70px"})
        self.return_unredacted = W.Checkbox(value=False, description="Return unredacted text", indent=False,
                                            layout=W.Layout(width="200px"))
        self.show_original = W.Checkbox(value=False, description="Show originals on hover", indent=False,
                                        disabled=True, layout=W.Layout(width="200px"))
        self.multichannel = W.Checkbox(value=False, description="Multichannel", indent=False,
                                       layout=W.Layout(width="120px"))
        self.speaker_labels = W.Checkbox(value=False, description="Speaker labels", indent=False,
                                         layout=W.Layout(width="130px"))
        self.speakers_expected = W.BoundedIntText(value=0, min=0, max=10, description="Speakers (0 = auto):",
                                                  style=label, layout=W.Layout(width="190px"))
        self.language_detection = W.Checkbox(value=False, description="Detect language", indent=False,
                                             layout=W.Layout(width="140px"))
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
        section = "<div style='font-weight:600;margin-top:8px'>{}</div>"
        super().__init__([
            W.HTML("<h3 style='margin:0 0 6px 0'>Redact PII from a recording</h3>"),
            W.HBox([self.upload, self.source]), self.audio_note,
            W.HTML(section.format("What to redact")), W.HBox([self.preset, self.policy_count]),
            self.policies_panel, self.sub,
            W.HTML(section.format("Audio and text")),
            W.HBox([self.redact_audio, self.audio_quality, self.audio_method]),
            W.HBox([self.return_unredacted, self.show_original]),
            W.HTML(section.format("Speakers and language")),
            W.HBox([self.multichannel, self.speaker_labels, self.speakers_expected, self.language_detection]),
            W.HBox([self.submit_button], layout=W.Layout(margin="10px 0 0 0")), self.problem,
            self.jobs_box, self.result,
        ], layout=W.Layout(padding="4px"))
        self.add_class("piikit-form")

    def _preload(self) -> None:
        """Load Whisper and the PII recognizers into this process now (a failure shows in the first job)."""
        from piikit import asr
        from piikit.detect import find_pii

        try:
            asr.load_model(self.client.model_dir)
            find_pii("Jane Smith called from 415 555 0123.")
            _warm_up()
        except Exception:  # noqa: BLE001  (the job that needs the models reports the problem)
            pass
        finally:
            self.models_ready.set()

    # --- the request -------------------------------------------------------------------
    def selected_policies(self) -> list[str]:
        """The ticked policies, in the table's order."""
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
        if self.speakers_expected.value:
            p["speakers_expected"] = self.speakers_expected.value
        return p

    def _audio_problem(self) -> str | None:
        if self.upload.value:
            item = self.upload.value[0]
            self.audio_note.value = _note_html(f"Using the uploaded file {item['name']} "
                                               f"({item['size'] / 1e6:.1f} MB).")
            return None if item["size"] else f"The uploaded file {item['name']} is empty."
        self.audio_note.value = ""
        src = self.source.value.strip()
        if not src:
            return "Choose an audio file to upload, or give a path or an http(s) URL."
        if src.split(":", 1)[0].lower() in ("http", "https"):
            return None
        path = Path(src).expanduser()
        if not path.is_file():
            return f"There is no file at {path}: give an existing path or an http(s) URL, or upload a file."
        if path.stat().st_size == 0:
            return f"The file {path} is empty."
        return None

    def check(self) -> str | None:
        """Explain what is wrong with the request in the form, or clear it; returns the problem."""
        audio_on = self.redact_audio.value
        self.audio_quality.disabled = self.audio_method.disabled = not audio_on
        self.show_original.disabled = not self.return_unredacted.value
        if not self.return_unredacted.value:
            self.show_original.value = False
        n = len(self.selected_policies())
        self.policy_count.value = f"<span style='color:#555;margin-left:10px'>{n} of {len(POLICIES)} selected</span>"
        for i, g in enumerate(self._groups):
            ticked = sum(self.policy_boxes[name].value for name in GROUPS[g])
            self.policies_panel.set_title(i, f"{GROUP_TITLES.get(g, g)} ({ticked} of {len(GROUPS[g])})")
        problem = self._audio_problem()
        try:
            params_mod.validate(self.params(), require_audio_url=False)
        except ParamError as e:
            problem = explain(e)
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
        if self._setting_preset:
            return
        chosen = set(self.selected_policies())
        match = [name for name, members in PRESETS.items() if set(members) == chosen]
        self._setting_preset = True
        try:
            self.preset.value = match[0] if match else "custom"
        finally:
            self._setting_preset = False
        self.check()

    # --- jobs --------------------------------------------------------------------------
    def _audio(self) -> tuple[Any, str]:
        """What to submit (path, URL or bytes) and a name to show for it."""
        if self.upload.value:
            item = self.upload.value[0]
            return bytes(item["content"]), item["name"]
        src = self.source.value.strip()
        if src.split(":", 1)[0].lower() in ("http", "https"):
            return src, src.rsplit("/", 1)[-1] or src
        path = Path(src).expanduser()
        return str(path), path.name

    def submit(self) -> "_JobRow | None":
        """Send the request; the job appears in the list and is polled in the background."""
        if self.check():
            return None
        audio, name = self._audio()
        params = self.params()
        self.submit_button.disabled = True
        try:
            job = self.client.submit(audio, **params)
        except _ERRORS as e:
            self.problem.value = _error_html(explain(e))
            return None
        finally:
            self.submit_button.disabled = False
        row = _JobRow(self, job, name, original=audio,
                      show_original=self.show_original.value and self.return_unredacted.value)
        self.jobs.append(row)
        self.jobs_box.children = [*self.jobs_box.children, row]
        row.start()
        return row

    def _show(self, row: "_JobRow") -> None:
        self.result.children = [W.HTML(f"<h4 style='margin:10px 0 4px 0'>{html.escape(row.name)}</h4>"),
                                row.view]


class _JobRow(W.HBox):
    """One submitted job: name, status, a progress bar that polls, Show, and Cancel/forget."""

    def __init__(self, form: RedactionForm, job: Any, name: str, original: Any, show_original: bool):
        self.form, self.job, self.name, self.original = form, job, name, original
        self.show_original = show_original
        self.status = W.Label("queued", layout=W.Layout(width="220px"))
        self.bar = W.FloatProgress(value=0.0, min=0.0, max=1.0, layout=W.Layout(width="220px"))
        self.show_button = W.Button(description="Show", icon="eye", disabled=True, layout=W.Layout(width="80px"))
        self.show_button.on_click(lambda _: self.form._show(self))
        self.forget_button = W.Button(description="Cancel", icon="times", layout=W.Layout(width="100px"),
                                      tooltip="Stop watching this job and discard its result")
        self.forget_button.on_click(lambda _: self.forget())
        self.view: TranscriptView | None = None
        self.error: str | None = None
        self.done = threading.Event()
        self._stop = threading.Event()
        super().__init__([W.Label(name, layout=W.Layout(width="200px")), self.bar, self.status,
                          self.show_button, self.forget_button])
        self.add_class("piikit-job")

    def start(self) -> None:
        threading.Thread(target=self._poll, name=f"piikit-job-{self.job.id}", daemon=True).start()
        threading.Thread(target=_warm_up, name="piikit-warm-up", daemon=True).start()

    def wait(self, timeout: float | None = None) -> "_JobRow":
        """Block until the job's result (or error) is shown in the form."""
        if not self.done.wait(timeout):
            raise PiikitError(f"{self.name} is still {self.status.value} after {timeout:g} s")
        return self

    def _poll(self) -> None:
        t0, failures = time.monotonic(), 0
        while not self._stop.is_set():
            try:
                t = self.job.refresh()
                failures = 0
            except _ERRORS as e:
                failures += 1
                if failures >= 5:
                    self._fail(explain(e))
                    return
                self._stop.wait(self.form.poll_interval)
                continue
            if self._stop.is_set():
                return
            status, fraction = t["status"], t.get("piikit_progress")
            elapsed = int(time.monotonic() - t0)
            if fraction is not None:
                self.bar.value = 1.0 if status == "completed" else float(fraction)
            shown = f"{status} {fraction:.0%}" if status == "processing" and fraction is not None else status
            self.status.value = f"{shown} · {elapsed // 60}:{elapsed % 60:02d}"
            if status == "completed":
                self._done(t)
                return
            if status == "error":
                self._fail(f"The job failed: {t.get('error') or 'no reason given'}")
                return
            self._stop.wait(self.form.poll_interval)

    def _done(self, transcript: dict) -> None:
        redacted = None
        if transcript.get("redact_pii_audio"):
            fmt = transcript.get("redact_pii_audio_quality") or "mp3"
            try:
                redacted = self.job.save_redacted_audio(self.form.workdir / f"{self.job.id}.redacted.{fmt}")
            except _ERRORS as e:
                self.error = f"The redacted audio could not be fetched: {explain(e)}"
        try:
            self.view = TranscriptView(
                transcript, redacted_audio=redacted, original_audio=self.original, original_name=self.name,
                show_original=self.show_original)
        except _ERRORS as e:
            self._fail(explain(e))
            return
        if self.error:
            self.view.message.value = _error_html(self.error)
        self.bar.value, self.bar.bar_style = 1.0, "success"
        self.show_button.disabled = False
        self.forget_button.description, self.forget_button.tooltip = "Forget", "Remove this job from the list"
        if not self._stop.is_set():
            self.form._show(self)
        self.done.set()

    def _fail(self, message: str) -> None:
        self.error = message
        self.bar.bar_style = "danger"
        self.status.value = "error"
        self.forget_button.description, self.forget_button.tooltip = "Forget", "Remove this job from the list"
        self.form.problem.value = _error_html(f"{self.name}: {message}")
        self.done.set()

    def forget(self) -> None:
        """Drop the job from the list; a job still running is cancelled: its result is deleted when it ends."""
        self._stop.set()
        if not self.done.is_set():
            threading.Thread(target=self._discard, name=f"piikit-discard-{self.job.id}", daemon=True).start()
        if self in self.form.jobs:
            self.form.jobs.remove(self)
        self.form.jobs_box.children = [c for c in self.form.jobs_box.children if c is not self]
        if self.view is not None and self.view in self.form.result.children:
            self.form.result.children = []

    def _discard(self) -> None:
        """Wait for the job to end (no API stops a running job), then delete its data."""
        try:
            self.job.wait(progress=False)
            self.job.client.delete(self.job.id)
        except _ERRORS:
            pass
