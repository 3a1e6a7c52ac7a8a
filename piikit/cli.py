"""The `piikit` command: redact, serve, batch, export, evaluate.

Each subcommand parses its arguments here and calls into the library; errors that piikit
raises on purpose are printed as one line, never as a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from pathlib import Path
from typing import Callable, Sequence

from piikit import __version__
from piikit.errors import PiikitError
from piikit.policies import ALIASES, POLICIES, PRESETS, unknown_policies

Handler = Callable[[argparse.Namespace], int]


def _policy_list(value: str) -> list[str]:
    """A comma-separated list of policy names and presets (`all`, `contact`, ...), expanded."""
    names: list[str] = []
    for item in (v.strip() for v in value.split(",")):
        names.extend(PRESETS.get(item, (item,)) if item else ())
    return list(dict.fromkeys(names))


def _check_policies(names: list[str]) -> None:
    """Refuse an unknown --policies entry before any work, with the nearest names and the presets."""
    unknown = [n for n in names if n not in POLICIES and n not in ALIASES]
    if unknown:
        presets = ", ".join(repr(p) if " " in p else p for p in PRESETS)
        raise PiikitError(f"--policies: {unknown_policies(unknown, [*POLICIES, *ALIASES, *PRESETS], POLICIES, 'Policies')}"
                          f" Give a preset ({presets}) or a comma-separated list of policies.")


def _add_redact(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("redact", help="transcribe one audio file and redact its PII")
    p.add_argument("audio", help="audio or video file (wav, mp3, flac, ogg, m4a, mp4, ...)")
    _add_request_options(p)
    p.add_argument("-o", "--output", default=None,
                   help="transcript JSON, or a folder to write <audio name>.json in (default: stdout)")
    p.add_argument("--audio-out", default=None,
                   help="redacted audio path, .mp3 or .wav; implies --redact-audio (default: "
                        "<name>.redacted.<mp3|wav> beside -o's transcript, or beside the input without -o)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=_redact)


def _add_request_options(p: argparse.ArgumentParser) -> None:
    """The request-parameter options shared by `redact` and `batch`."""
    p.add_argument("--policies", type=_policy_list, default=list(POLICIES),
                   help="'all' (default), a preset (" + ", ".join(p for p in PRESETS if p != "all")
                   + ") or a comma-separated list of policies")
    p.add_argument("--sub", choices=("hash", "entity_name"), default="hash", help="substitution")
    p.add_argument("--redact-audio", action="store_true", help="also write a beeped copy of the audio")
    p.add_argument("--audio-quality", choices=("mp3", "wav"), default=None,
                   help="redacted audio format (default: from --audio-out's extension, else mp3)")
    p.add_argument("--silence", action="store_true", help="silence instead of a beep; implies --redact-audio")
    p.add_argument("--redact-no-speech-audio", action="store_true",
                   help="write the redacted audio even when no speech is found; implies --redact-audio "
                        "(redact_pii_audio_options.return_redacted_no_speech_audio)")
    p.add_argument("--return-unredacted", action="store_true",
                   help="also keep unredacted_text/words/utterances in the output")
    p.add_argument("--multichannel", action="store_true", help="transcribe each channel apart")
    p.add_argument("--speaker-labels", action="store_true", help="label who spoke each word")
    p.add_argument("--speakers-expected", type=int, default=None)
    p.add_argument("--diarizer", choices=("default", "neural"), default="default",
                   help="speaker labels from MFCC statistics (default) or CAM++ (needs piikit[neural])")
    p.add_argument("--language-detection", action="store_true")
    p.add_argument("--entity-detection", action="store_true", help="add `entities` to the output")
    p.add_argument("--model-dir", default=None, help="another CTranslate2 Whisper model folder")


def _request_params(args: argparse.Namespace) -> dict:
    """API request fields from the options of `_add_request_options`."""
    _check_policies(args.policies)
    args.redact_audio = args.redact_audio or args.silence or args.redact_no_speech_audio  # each asks for the audio
    params = {
        "redact_pii": True,
        "redact_pii_policies": args.policies,
        "redact_pii_sub": args.sub,
        "redact_pii_audio": args.redact_audio,
        "redact_pii_audio_quality": args.audio_quality or "mp3",
        "redact_pii_return_unredacted": args.return_unredacted,
        "multichannel": args.multichannel,
        "speaker_labels": args.speaker_labels,
        "language_detection": args.language_detection,
        "entity_detection": args.entity_detection,
        "piikit_diarizer": args.diarizer,
    }
    if args.speakers_expected is not None:
        params["speakers_expected"] = args.speakers_expected
    options = {"override_audio_redaction_method": "silence"} if args.silence else {}
    if args.redact_no_speech_audio:
        options["return_redacted_no_speech_audio"] = True
    if options:
        params["redact_pii_audio_options"] = options
    return params


def _redact(args: argparse.Namespace) -> int:
    from piikit.engine import run
    from piikit.progress import terminal_progress

    audio_out = args.audio_out
    if audio_out is not None:
        ext = Path(audio_out).suffix.lower().lstrip(".")
        if ext not in ("mp3", "wav"):
            raise PiikitError(f"--audio-out {audio_out}: redacted audio is written as mp3 or wav; "
                              "name the file .mp3 or .wav")
        if args.audio_quality not in (None, ext):
            raise PiikitError(f"--audio-out {audio_out} does not match --audio-quality {args.audio_quality}; "
                              f"name the file .{args.audio_quality}")
        args.audio_quality = ext
        args.redact_audio = True  # naming where the redacted audio goes asks for it
    if args.output and (Path(args.output).is_dir() or args.output.endswith(("/", os.sep))):
        args.output = str(Path(args.output) / (Path(args.audio).stem + ".json"))  # "-o out/": out/call.json
    params = {"audio_url": str(args.audio), **_request_params(args)}
    if args.redact_audio and audio_out is None:
        base = Path(args.output) if args.output else Path(args.audio)
        audio_out = str(base.with_name(base.stem + ".redacted." + params["redact_pii_audio_quality"]))
    _check_outputs(Path(args.audio), args.output, audio_out)
    if not _readable_audio(args.audio):
        return 1
    if args.output:
        try:  # before the transcription, so that a folder that cannot be made costs no work
            Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise PiikitError(f"-o {args.output}: cannot make its folder ({e.strerror})") from e
    with terminal_progress(enabled=not args.quiet, label=Path(args.audio).name) as progress:
        result = run(args.audio, params, audio_out=audio_out, model_dir=args.model_dir,
                     progress=progress)
    transcript = result.transcript
    if transcript["status"] == "error":  # nothing written: an earlier -o file stays as it was
        print(f"piikit: error: {transcript['error']}", file=sys.stderr)
        return 1
    text = json.dumps(transcript, indent=2, ensure_ascii=False)
    if args.output:
        _write_whole(Path(args.output), text + "\n")
        print(f"transcript: {args.output}", file=sys.stderr)
    else:
        print(text)
    if result.redacted_audio:
        print(f"redacted audio: {result.redacted_audio}", file=sys.stderr)
    elif args.redact_audio:
        print("piikit: no redacted audio written: no speech was found in the file "
              "(give --redact-no-speech-audio to write it anyway)", file=sys.stderr)
    return 0


def _check_outputs(audio: Path, output: str | None, audio_out: str | None) -> None:
    """Refuse outputs that would overwrite the recording, each other, or put JSON in an audio name."""
    from piikit.audio import AUDIO_SUFFIXES

    if output and Path(output).suffix.lower() in AUDIO_SUFFIXES:
        raise PiikitError(f"-o {output}: -o is the transcript (JSON), not audio; name it .json, "
                          "and give --audio-out for the redacted audio")
    if output and _same_file(Path(output), audio):
        raise PiikitError(f"-o {output} is the input recording; writing the transcript there would "
                          "destroy it. Give another -o")
    if audio_out and _same_file(Path(audio_out), audio):
        raise PiikitError(f"the redacted audio would be written over the input recording {audio}; "
                          "give another --audio-out")
    if output and audio_out and _same_file(Path(output), Path(audio_out)):
        raise PiikitError(f"-o and --audio-out are the same file ({output}); give each its own name")


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same place once resolved, or hard links of one file."""
    try:
        if a.resolve() == b.resolve():
            return True
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _readable_audio(path: str) -> bool:
    """Probe the input before anything is written; say why it cannot be used when it cannot.

    The engine finds the same faults, but only after -o's folder is made and, for damage that
    shows only in decoding, after the work; its error then goes to stderr and no file is written.
    """
    from piikit.audio import probe
    from piikit.errors import AudioError

    try:
        probe(path)
    except AudioError as e:
        print(f"piikit: error: {e}", file=sys.stderr)
        return False
    return True


def _write_whole(path: Path, text: str) -> None:
    """Write `text` to a hidden file beside `path` and rename it into place: an interrupted
    write never leaves a half transcript where a whole one was."""
    tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as for open()
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException as e:
        tmp.unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise PiikitError(f"-o {path}: cannot write the transcript ({e.strerror or e})") from e
        raise


def _add_batch(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("batch", help="redact many recordings on Dask into a Parquet dataset (resumable)")
    p.add_argument("input", help="a folder, a glob (quote it), or a CSV/Parquet manifest with a `path` "
                                 "column and optional per-file request-parameter columns")
    p.add_argument("-o", "--out", required=True, help="output folder (rerun with the same one to resume)")
    _add_request_options(p)
    p.add_argument("--scheduler", default=None, help="address of a running Dask scheduler "
                   "(tcp://host:port); default: start a local cluster")
    p.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    p.add_argument("--partition-by", default="", help="comma-separated dataset columns to partition by")
    p.add_argument("--include-original", action="store_true",
                   help="keep the unredacted text in the Parquet dataset (needs --return-unredacted)")
    p.add_argument("--retry-failed", action="store_true", help="process files that failed before again")
    p.add_argument("--quiet", action="store_true", help="no progress bar or messages")
    p.set_defaults(handler=_batch)


def _batch(args: argparse.Namespace) -> int:
    from piikit.batch import run

    summary = run(args.input, args.out, _request_params(args), scheduler=args.scheduler,
                  workers=args.workers, model_dir=args.model_dir,
                  partition_by=[c.strip() for c in args.partition_by.split(",") if c.strip()],
                  include_original=args.include_original, retry_failed=args.retry_failed,
                  progress=not args.quiet)
    return 1 if (summary["status"] != "completed").any() else 0


def _add_serve(sub: argparse._SubParsersAction) -> None:
    from piikit.server.config import DEFAULT_PORT, default_data_dir, default_workers

    p = sub.add_parser("serve", help="serve the AssemblyAI-compatible API on this machine")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.add_argument("--data-dir", type=Path, default=None,
                   help=f"jobs, uploads, keys and the log (default {default_data_dir()})")
    p.add_argument("--workers", type=int, default=None,
                   help=f"engine processes, each loading the model once (default {default_workers()})")
    p.add_argument("--api-key", action="append", default=[], dest="api_keys",
                   help="accepted API key (repeatable; else PIIKIT_API_KEYS, else one is generated)")
    p.add_argument("--allow-dir", action="append", default=[], dest="allow_dirs", type=Path,
                   help="directory whose files may be given as audio_url (repeatable)")
    p.add_argument("--public-url", default=None, help="base URL clients reach this server at")
    p.add_argument("--model-dir", type=Path, default=None, help="another CTranslate2 Whisper model folder")
    p.add_argument("--max-download-mb", type=float, default=2.2 * 1024, help="audio_url download limit")
    p.add_argument("--download-timeout", type=float, default=600.0, help="audio_url download time limit (s)")
    p.add_argument("--redacted-audio-ttl", type=float, default=24 * 3600.0,
                   help="seconds redacted audio is kept and its signed URL valid (default 24 h)")
    p.add_argument("--upload-ttl", type=float, default=24 * 3600.0,
                   help="seconds an upload is kept once no queued job needs it (default 24 h)")
    p.add_argument("--webhook-tries", type=int, default=10)
    p.add_argument("--webhook-retry-delay", type=float, default=10.0, help="seconds between tries")
    p.add_argument("--no-preload", action="store_true", help="load the model at the first job instead")
    p.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace) -> int:
    from piikit.server.config import MB, ServerConfig
    from piikit.server.runner import serve

    optional = {"data_dir": args.data_dir, "workers": None if args.workers is None else max(1, args.workers)}
    cfg = ServerConfig(host=args.host, port=args.port, api_keys=args.api_keys, allow_dirs=args.allow_dirs,
                       public_url=args.public_url, model_dir=args.model_dir,
                       max_download_bytes=int(args.max_download_mb * MB),
                       download_timeout_s=args.download_timeout, redacted_audio_ttl_s=args.redacted_audio_ttl,
                       upload_ttl_s=args.upload_ttl,
                       webhook_tries=args.webhook_tries, webhook_retry_delay_s=args.webhook_retry_delay,
                       preload_model=not args.no_preload,
                       **{k: v for k, v in optional.items() if v is not None})
    return serve(cfg)


def _add_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="transcript JSON files -> a Parquet dataset of words (docs/analysis.md)")
    p.add_argument("transcripts", nargs="+", help="transcript JSON files (piikit's or AssemblyAI's)")
    p.add_argument("-o", "--out", required=True, help="a .parquet file, or a dataset folder")
    p.add_argument("--partition-by", default="",
                   help="comma-separated columns: transcript_id, speaker, channel, policy, redacted")
    p.add_argument("--include-original", action="store_true",
                   help="also write the unredacted words (the PII itself); off by default")
    p.add_argument("--no-overwrite", action="store_true", help="refuse to replace an earlier export")
    p.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    from piikit.export import to_parquet
    from piikit.frames import words_frame

    frame = words_frame(args.transcripts)
    parts = [c.strip() for c in args.partition_by.split(",") if c.strip()] or None
    out = to_parquet(frame, args.out, partition_by=parts, include_original=args.include_original,
                     overwrite=not args.no_overwrite)
    print(f"{len(frame)} words ({int(frame['redacted'].sum())} redacted) from "
          f"{frame['transcript_id'].nunique()} transcripts -> {out}"
          + ("" if args.include_original else " (originals left out)"))
    return 0


def _add_evaluate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="score redacted transcripts against gold PII labels")
    p.add_argument("transcripts", nargs="+", help="redacted transcript JSON files")
    p.add_argument("--gold", required=True,
                   help=".json or .jsonl gold items: policy + start_ms/end_ms or word_indexes "
                        "(+ transcript_id, or the file's stem, when there are several transcripts)")
    p.add_argument("--match", choices=("redacted", "policy"), default="redacted",
                   help="a hit is any redaction (default) or one with the gold policy")
    p.add_argument("--level", choices=("word", "time", "both"), default="both")
    p.add_argument("--tolerance-ms", type=int, default=0, help="widen gold spans by this much")
    p.add_argument("--leaks", action="store_true", help="also list the gold items left readable")
    p.add_argument("--fail-on-leak", action="store_true", help="exit 1 when any gold item leaked")
    p.set_defaults(handler=_evaluate)


def _evaluate(args: argparse.Namespace) -> int:
    from piikit.evaluate import evaluate_corpus

    result = evaluate_corpus(args.transcripts, args.gold, match=args.match,
                             tolerance_ms=args.tolerance_ms)
    scores = result.scores.fillna({"policy": "unknown"})
    for level, unit in (("word", "words"), ("time", "seconds")):
        if args.level in (level, "both"):
            table = scores[scores["level"] == level].drop(columns="level")
            if level == "word":  # counts of words are whole numbers; seconds keep their decimals
                table = table.astype({c: "Int64" for c in ("gold", "predicted", "found", "correct")})
            print(f"{level} level (gold, predicted, found, correct in {unit}):")
            print(table.to_string(index=False, float_format="{:.3f}".format) + "\n")
    leaks = result.leaks
    print(f"{len(leaks)} of {len(result.items)} gold items leaked; "
          f"{len(result.over_redacted)} words redacted outside gold items")
    if args.leaks and len(leaks):
        print(leaks[["transcript_id", "gold_id", "policy", "start_ms", "end_ms", "leaked_text"]]
              .to_string(index=False))
    return 1 if args.fail_on_leak and len(leaks) else 0


COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [_add_redact, _add_batch, _add_serve, _add_export, _add_evaluate]
"""Subcommand registrars; each adds its parser and sets `handler`."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="piikit", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"piikit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for add in COMMANDS:
        add(sub)
    for command in sub.choices.values():
        command.set_defaults(command_parser=command)  # its own usage for a flag it does not know
    return parser


def _unknown_flags(command: argparse.ArgumentParser, extra: list[str]) -> str:
    """The subcommand's refusal of arguments it does not know, with the flag meant where one is close
    ("--policy" -> "--policies", "--redact_audio" -> "--redact-audio")."""
    import difflib

    known = [o for a in command._actions for o in a.option_strings if o.startswith("--")]
    hints = []
    for flag in (e.split("=")[0] for e in extra if e.startswith("-")):
        close = difflib.get_close_matches(flag.replace("_", "-"), known, n=1, cutoff=0.6)
        if close:
            hints.append(f"{flag}: did you mean {close[0]}?")
    return f"unrecognized arguments: {' '.join(extra)}" + (f" ({'; '.join(hints)})" if hints else "")


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:  # noqa: ANN001
    """Warnings as one line for the person at the terminal, not a Python source location."""
    print(f"piikit: warning: {message}", file=file or sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args, extra = build_parser().parse_known_args(argv)
    if extra:
        args.command_parser.error(_unknown_flags(args.command_parser, extra))
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            return args.handler(args)
    except PiikitError as e:
        print(f"piikit: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("piikit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # "piikit evaluate ... | head": the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
