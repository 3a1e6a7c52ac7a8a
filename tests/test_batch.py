"""piikit.batch: planning inputs, the output folder's rules, and real runs on Dask.

The slow tests run the real engine (Whisper base) over a corpus of short clips (one or two
turns) of the bundled sample, with corrupt and empty files mixed in: on a LocalCluster of 2 workers,
killed with SIGKILL midway and resumed, and on a separate `dask scheduler` + 2 `dask worker`
processes. The 200-file acceptance run is benchmarks/bench_batch.py (same checks); here
the corpus is 24 files (5 broken, one of each kind) to keep the CI budget.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from piikit.batch.inputs import file_id, plan
from piikit.batch.store import MANIFEST_SCHEMA, Store, manifest_table
from piikit.errors import ParamError, PiikitError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import make_test_corpus  # noqa: E402

PARAMS = {"redact_pii": True, "redact_pii_policies": ["person_name", "phone_number", "email_address"],
          "redact_pii_sub": "entity_name"}
CLI_PARAMS = ["--policies", "person_name,phone_number,email_address", "--sub", "entity_name"]
CORPUS_FILES = 24
CORPUS_BROKEN = 5
"""One file of each broken kind of make_test_corpus."""


# ---------------------------------------------------------------------------------------
# Planning: folders, globs, manifests, per-file parameters, stable ids (no model needed)
# ---------------------------------------------------------------------------------------
@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.wav", "a/b/two.mp3", "a/b/three.FLAC", "a/notes.txt", "a/b/data.json"):
        (tmp_path / name).write_bytes(b"x")
    return tmp_path


def test_folder_input_finds_audio_recursively_and_skips_other_files(tree: Path):
    jobs = plan(tree / "a", PARAMS)
    assert sorted(Path(j.path).name for j in jobs) == ["one.wav", "three.FLAC", "two.mp3"]
    assert all(Path(j.path).is_absolute() and j.error is None for j in jobs)


def test_glob_input_and_missing_input(tree: Path):
    jobs = plan(str(tree / "a" / "**" / "*.mp3"), PARAMS)
    assert [Path(j.path).name for j in jobs] == ["two.mp3"]
    with pytest.raises(PiikitError, match="No audio files match"):
        plan(str(tree / "*.ogg"), PARAMS)
    with pytest.raises(PiikitError, match="Input not found"):
        plan(tree / "nope", PARAMS)


def test_ids_are_stable_and_change_with_path_or_parameters(tree: Path):
    first, again = plan(tree / "a", PARAMS), plan(tree / "a", dict(PARAMS))
    assert [j.file_id for j in first] == [j.file_id for j in again]
    other = plan(tree / "a", {**PARAMS, "redact_pii_sub": "hash"})
    assert not {j.file_id for j in first} & {j.file_id for j in other}
    assert len({j.file_id for j in first}) == 3
    # equivalent requests (a default spelled out) are the same job
    spelled = plan(tree / "a", {**PARAMS, "punctuate": True})
    assert [j.file_id for j in spelled] == [j.file_id for j in first]


def test_csv_manifest_per_file_parameters_merge_over_the_run(tree: Path):
    manifest = tree / "list.csv"
    manifest.write_text(
        "path,redact_pii_sub,redact_pii_policies,speaker_labels,speakers_expected\n"
        "a/one.wav,hash,,,\n"
        "a/b/two.mp3,,\"person_name,email_address\",true,2\n"
        f"{tree / 'a/b/three.FLAC'},,[\"date\"],false,\n")
    jobs = {Path(j.path).name: j for j in plan(manifest, PARAMS)}
    assert jobs["one.wav"].params["redact_pii_sub"] == "hash"
    assert jobs["one.wav"].params["redact_pii_policies"] == PARAMS["redact_pii_policies"]
    two = jobs["two.mp3"].params
    assert (two["redact_pii_policies"], two["speaker_labels"], two["speakers_expected"]) == \
        (["person_name", "email_address"], True, 2)
    assert jobs["three.FLAC"].params["redact_pii_policies"] == ["date"]
    assert all(j.error is None for j in jobs.values())


def test_parquet_manifest_and_a_bad_per_file_parameter_fails_only_that_file(tree: Path):
    table = pd.DataFrame({"path": ["a/one.wav", "a/b/two.mp3"], "redact_pii_sub": ["hash", "stars"]})
    table.to_parquet(tree / "list.parquet")
    jobs = {Path(j.path).name: j for j in plan(tree / "list.parquet", PARAMS)}
    assert jobs["one.wav"].error is None
    assert jobs["two.mp3"].error == "redact_pii_sub must be one of: hash, entity_name"


def test_bad_run_parameters_and_manifest_columns_stop_before_anything_runs(tree: Path):
    with pytest.raises(ParamError, match="redact_pii_policies"):
        plan(tree / "a", {"redact_pii": True, "redact_pii_policies": ["no_such_policy"]})
    (tree / "bad.csv").write_text("path,customer\na/one.wav,42\n")
    with pytest.raises(PiikitError, match="'customer' is neither"):
        plan(tree / "bad.csv", PARAMS)
    (tree / "nopath.csv").write_text("file\na/one.wav\n")
    with pytest.raises(PiikitError, match="`path` column"):
        plan(tree / "nopath.csv", PARAMS)


def test_file_id_depends_on_every_parameter():
    assert file_id("/x.wav", {"a": 1}) == file_id("/x.wav", {"a": 1})
    assert file_id("/x.wav", {"a": 1}) != file_id("/x.wav", {"a": 2})
    assert file_id("/x.wav", {"a": 1}) != file_id("/y.wav", {"a": 1})


# ---------------------------------------------------------------------------------------
# The output folder: atomic writes, locks across processes, manifest schema
# ---------------------------------------------------------------------------------------
def test_writes_are_atomic_and_leave_no_temporary_files(tmp_path: Path):
    store = Store(tmp_path).create()
    target = store.transcripts / "x.json"
    with pytest.raises(RuntimeError):
        store.write(target, lambda p: (p.write_text("half"), (_ for _ in ()).throw(RuntimeError())))
    assert not target.exists() and not any(store.tmp.iterdir())
    store.write(target, lambda p: p.write_text("whole"))
    assert target.read_text() == "whole" and not any(store.tmp.iterdir())


def test_lock_excludes_another_process_and_is_released_when_its_holder_dies(tmp_path: Path):
    store = Store(tmp_path).create()
    code = ("import sys, time; from piikit.batch.store import Store\n"
            "s = Store(sys.argv[1])\n"
            "with s.lock('f1'):\n"
            "    print('locked', flush=True); time.sleep(60)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        waiter = subprocess.Popen([sys.executable, "-c", code.replace("60", "0"), str(tmp_path)],
                                  stdout=subprocess.PIPE, text=True)
        time.sleep(1.5)
        assert waiter.poll() is None  # still waiting for the lock
        holder.kill()  # SIGKILL: the OS releases the lock
        assert waiter.communicate(timeout=30)[0].strip() == "locked"
    finally:
        holder.kill()
        holder.wait()


def test_manifest_has_a_fixed_schema_even_when_every_value_is_missing():
    table = manifest_table([{"file_id": "a", "path": "/a.wav", "status": "pending"}])
    assert table.schema == MANIFEST_SCHEMA
    assert table.column("words_files").to_pylist() == [None]


# ---------------------------------------------------------------------------------------
# Real runs (Whisper on real audio)
# ---------------------------------------------------------------------------------------
def _cli(*args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "piikit.cli", "batch", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, **kw)


def _run_cli(*args: str, timeout: float = 900) -> tuple[int, str]:
    proc = _cli(*args)
    out, _ = proc.communicate(timeout=timeout)
    return proc.returncode, out


def _dataset(out: Path, name: str) -> pd.DataFrame:
    """A dataset folder's rows, in a canonical order, for comparing runs by content."""
    frame = pd.read_parquet(out / name).astype(str)
    return frame.sort_values(list(frame.columns)).reset_index(drop=True)


def _events(out: Path) -> pd.DataFrame:
    return Store(out).read_events()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, pd.DataFrame]:
    root = tmp_path_factory.mktemp("corpus")
    rows = make_test_corpus.make(root, files=CORPUS_FILES, broken=CORPUS_BROKEN / CORPUS_FILES,
                                 max_turns=2, seed=7)
    table = pd.DataFrame(rows)
    table["path"] = [str((root / p).resolve()) for p in table["path"]]
    return root, table


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> tuple[Path, float]:
    """An uninterrupted run on a LocalCluster of 2 workers, through the CLI."""
    root, _ = corpus
    out = tmp_path_factory.mktemp("reference")
    t = time.perf_counter()
    code, log = _run_cli(str(root), "-o", str(out), "--workers", "2", *CLI_PARAMS)
    assert code == 1, log  # some files failed (on purpose): exit status 1
    return out, time.perf_counter() - t


@pytest.mark.slow
def test_local_cluster_completes_the_corpus_and_fails_exactly_the_broken_files(corpus, reference):
    _, table = corpus
    out, seconds = reference
    manifest = pd.read_parquet(out / "manifest.parquet")
    assert sorted(manifest["path"]) == sorted(table["path"])  # one row per input
    failed = set(manifest.loc[manifest["status"] == "error", "path"])
    assert failed == set(table.loc[table["must_fail"], "path"])
    assert sorted(table.loc[table["must_fail"], "kind"]) == sorted(make_test_corpus.BROKEN)
    assert set(manifest["status"]) == {"completed", "error"}
    errors = manifest.loc[manifest["status"] == "error"]
    assert errors["error"].str.len().gt(10).all(), errors[["path", "error"]]
    by_kind = dict(zip(table["path"], table["kind"]))
    for path, error in zip(errors["path"], errors["error"]):
        if by_kind[path] in ("empty", "text"):
            assert "does not appear to contain audio" in error
    done = manifest[manifest["status"] == "completed"]
    for _, row in done.iterrows():
        transcript = json.loads((out / row["transcript_path"]).read_text())
        assert transcript["id"] == row["file_id"] and transcript["status"] == "completed"
        assert transcript["audio_url"] == row["path"]
        assert row["audio_duration_s"] > 0.9 and row["cpu_s"] > 0 and row["finished_at"] > row["started_at"]
    words = pd.read_parquet(out / "words")
    assert len(words) == done["n_words"].sum() > 0
    assert set(words["transcript_id"]) <= set(done["file_id"])
    assert "original" not in words.columns  # PII originals stay out unless asked
    entities = pd.read_parquet(out / "entities")
    assert len(entities) == done["n_entities"].sum()
    from piikit.export import read_parquet

    assert len(read_parquet(out / "words")) == len(words)  # the analysis reader reads it whole

    events = _events(out)
    warm = events[events["event"] == "warm-up"]
    starts = events[events["event"] == "start"]
    assert len(warm) == 2 and warm["pid"].nunique() == 2  # model loaded once per worker
    assert set(starts["pid"]) <= set(warm["pid"])  # ... and those processes did all the work
    good = manifest.loc[manifest["status"] == "completed", "file_id"]
    assert starts["file_id"].value_counts().max() == 1
    assert set(good) <= set(starts["file_id"])
    print(f"\n{len(table)} files on 2 workers in {seconds:.1f} s (load {os.getloadavg()[0]:.1f})")


@pytest.mark.slow
def test_rerun_of_a_finished_run_redoes_nothing(corpus, reference):
    root, table = corpus
    out, _ = reference
    before = _dataset(out, "words")
    n_events = len(_events(out))
    from piikit.batch import run

    summary = run(root, out, PARAMS, workers=2, progress=False)
    assert len(_events(out)) == n_events  # no cluster work at all
    assert len(summary) == len(table) and (summary["status"] != "pending").all()
    pd.testing.assert_frame_equal(_dataset(out, "words"), before)


@pytest.mark.slow
def test_kill_9_midway_then_rerun_gives_the_same_dataset_without_transcribing_twice(
        corpus, reference, tmp_path):
    root, table = corpus
    ref, _ = reference
    out = tmp_path / "killed"
    proc = _cli(str(root), "-o", str(out), "--workers", "2", *CLI_PARAMS)
    deadline = time.time() + 600
    while time.time() < deadline:
        events = _events(out) if (out / "events.log").exists() else pd.DataFrame(columns=["event"])
        if (events["event"] == "finish").sum() >= 8:
            break
        assert proc.poll() is None, proc.communicate()[0]
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    worker_pids = set(_events(out).query("event == 'warm-up'")["pid"])
    _wait_gone(worker_pids)
    first = _events(out)
    committed = Store(out).done_ids()
    assert 8 <= len(committed) < len(table)
    assert not (out / "manifest.parquet").exists()  # the run never got to its end

    code, log = _run_cli(str(root), "-o", str(out), "--workers", "2", *CLI_PARAMS)
    assert code == 1, log
    assert f"{len(committed)} already done" in log
    second = _events(out).iloc[len(first):]
    assert not set(second.query("event == 'start'")["file_id"]) & committed  # done files not redone
    starts = _events(out).query("event == 'start'")["file_id"].value_counts()
    in_flight = set(first.query("event == 'start'")["file_id"]) - set(first.query("event == 'finish'")["file_id"])
    assert set(starts[starts > 1].index) <= in_flight  # only files cut off by the kill ran again
    for name in ("words", "entities"):
        pd.testing.assert_frame_equal(_dataset(out, name), _dataset(ref, name))
    cols = ["file_id", "path", "status", "error", "n_words", "n_entities"]
    key = ["file_id"]
    pd.testing.assert_frame_equal(
        pd.read_parquet(out / "manifest.parquet")[cols].sort_values(key).reset_index(drop=True),
        pd.read_parquet(ref / "manifest.parquet")[cols].sort_values(key).reset_index(drop=True))


def _wait_gone(pids: set[int], timeout: float = 30) -> None:
    """Workers of a killed LocalCluster notice their parent is gone and exit."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        alive = {p for p in pids if _alive(p)}
        if not alive:
            return
        time.sleep(0.2)
    raise AssertionError(f"worker processes {alive} outlived their killed client")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is gone for our purpose
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def remote_cluster(tmp_path: Path):
    """`dask scheduler` and two single-thread `dask worker` processes on 127.0.0.1."""
    port = _free_port()
    dask = str(Path(sys.executable).parent / "dask")
    address = f"tcp://127.0.0.1:{port}"
    logs = [open(tmp_path / f"dask{i}.log", "w") for i in range(3)]
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], stdout=logs[0], stderr=subprocess.STDOUT)]
    try:
        for i in (1, 2):
            procs.append(subprocess.Popen(
                [dask, "worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard",
                 "--host", "127.0.0.1"], stdout=logs[i], stderr=subprocess.STDOUT))
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
        for f in logs:
            f.close()


@pytest.mark.slow
def test_remote_scheduler_gives_the_same_result(corpus, reference, remote_cluster, tmp_path):
    root, _ = corpus
    ref, _ = reference
    out = tmp_path / "remote"
    code, log = _run_cli(str(root), "-o", str(out), "--scheduler", remote_cluster, *CLI_PARAMS)
    assert code == 1, log
    assert f"dask: scheduler {remote_cluster}, 2 workers, 2 threads" in log
    for name in ("words", "entities"):
        pd.testing.assert_frame_equal(_dataset(out, name), _dataset(ref, name))
    cols = ["file_id", "status", "error", "n_words"]
    pd.testing.assert_frame_equal(
        pd.read_parquet(out / "manifest.parquet")[cols].sort_values("file_id").reset_index(drop=True),
        pd.read_parquet(ref / "manifest.parquet")[cols].sort_values("file_id").reset_index(drop=True))
    warm = _events(out).query("event == 'warm-up'")
    assert warm["pid"].nunique() == 2


@pytest.mark.slow
def test_manifest_with_per_file_parameters_and_redacted_audio(corpus, tmp_path):
    _, table = corpus
    good = table[~table["must_fail"]]["path"].tolist()[:3]
    manifest = pd.DataFrame({"path": good, "redact_pii_sub": ["hash", "entity_name", "stars"]})
    manifest.to_csv(tmp_path / "list.csv", index=False)
    out = tmp_path / "out"
    from piikit.batch import run

    params = {**PARAMS, "redact_pii_audio": True, "redact_pii_audio_quality": "wav"}
    summary = run(tmp_path / "list.csv", out, params, workers=1, progress=False).set_index("path")
    assert summary.loc[good[2], "status"] == "error"
    assert summary.loc[good[2], "error"] == "redact_pii_sub must be one of: hash, entity_name"
    for path, sub in zip(good[:2], ("hash", "entity_name")):
        row = summary.loc[path]
        assert row["status"] == "completed"
        transcript = json.loads((out / row["transcript_path"]).read_text())
        assert transcript["redact_pii_sub"] == sub
        audio = out / row["redacted_audio_path"]
        assert audio.suffix == ".wav" and audio.stat().st_size > 1000
    # the same inputs with other parameters replace the old outputs instead of adding to them
    before = set(summary["file_id"])
    again = run(tmp_path / "list.csv", out, {**params, "redact_pii_policies": ["person_name"]},
                workers=1, progress=False)
    manifest = pd.read_parquet(out / "manifest.parquet")
    assert len(manifest) == 3 and set(manifest["file_id"]) == set(again["file_id"])
    assert not before & set(again["file_id"])
    assert not any((out / "transcripts" / f"{fid}.json").exists() for fid in before)
    assert sorted(p.name for p in (out / "transcripts").iterdir()) == \
        sorted(f"{fid}.json" for fid in again.loc[again["status"] == "completed", "file_id"])
    words = pd.read_parquet(out / "words")
    assert set(words["transcript_id"]) <= set(again["file_id"])


@pytest.mark.slow
def test_local_cluster_prints_a_dashboard_that_serves_pages_on_loopback(tmp_path: Path):
    import requests

    from piikit.batch.cluster import connect

    said: list[str] = []
    Store(tmp_path).create()
    with connect(None, 1, str(tmp_path), None, said.append):
        link = next(s for s in said if s.startswith("dask dashboard: ")).split(": ", 1)[1]
        assert link.startswith("http://127.0.0.1:")
        page = requests.get(link, timeout=30)
        assert page.status_code == 200 and "Dask" in page.text
