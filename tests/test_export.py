"""Parquet exports: exact round trips, originals opt-in, metadata, DuckDB and polars reading them."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from piikit import __version__
from piikit.cli import main
from piikit.errors import PiikitError
from piikit.export import read_parquet, schema, to_parquet
from piikit.frames import words_frame
from piikit.timeline import policy_counts

DATA = Path(__file__).parent / "data" / "transcripts"


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return words_frame(sorted(DATA.glob("*.json")))


@pytest.mark.parametrize("partition_by", [None, "transcript_id", ["speaker", "policy"], "channel"])
def test_dataset_round_trip_is_exact(corpus, tmp_path, partition_by):
    out = to_parquet(corpus, tmp_path / "ds", partition_by=partition_by, include_original=True)
    back = read_parquet(out)
    pd.testing.assert_frame_equal(back, corpus, check_exact=True)
    assert back.attrs["piikit"]["include_original"] is True


def test_file_round_trip_leaves_originals_out_by_default(corpus, tmp_path):
    path = to_parquet(corpus, tmp_path / "words.parquet")
    assert "original" not in pq.read_schema(path).names
    assert pq.read_schema(path).remove_metadata() == schema(False).remove_metadata()
    back = read_parquet(path)
    pd.testing.assert_frame_equal(back, corpus.drop(columns=["original"]), check_exact=True)
    secrets = set(corpus["original"].dropna()) - set(corpus["text"])
    assert "Peter DeCarlo." in secrets
    assert not secrets & set(pq.read_table(path).to_pandas().astype(str).stack())


def test_metadata(corpus, tmp_path):
    path = to_parquet(corpus, tmp_path / "w.parquet")
    meta = json.loads(pq.read_schema(path).metadata[b"piikit"])
    assert meta["piikit_version"] == __version__
    assert meta["substitution"] == ["entity_name", "hash"]
    assert "person_name" in meta["policies_requested"] and meta["include_original"] is False
    assert read_parquet(path).attrs["piikit"] == meta


def test_duckdb_counts_equal_policy_counts(corpus, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    to_parquet(corpus, tmp_path / "ds", partition_by="transcript_id")
    sql = f"""
        SELECT policy, count(DISTINCT (transcript_id, entity_id)) AS entities, count(*) AS words,
               sum(end_ms - start_ms) / 1000.0 AS seconds
        FROM read_parquet('{tmp_path}/ds/**/*.parquet', hive_partitioning = true)
        WHERE redacted GROUP BY policy"""
    got = duckdb.sql(sql).df().fillna({"policy": "?"}).set_index("policy").sort_index()
    want = policy_counts(corpus).astype({"policy": object}).fillna({"policy": "?"}) \
        .set_index("policy").sort_index()
    assert got.index.tolist() == want.index.tolist()
    assert got["entities"].tolist() == want["entities"].tolist()
    assert got["words"].tolist() == want["words"].tolist()
    assert got["seconds"].tolist() == pytest.approx(want["seconds"].tolist())


def test_polars_reads_file_and_dataset(corpus, tmp_path):
    pl = pytest.importorskip("polars")
    to_parquet(corpus, tmp_path / "w.parquet")
    df = pl.read_parquet(tmp_path / "w.parquet")
    assert df.height == len(corpus) and df["redacted"].sum() == corpus["redacted"].sum()
    to_parquet(corpus, tmp_path / "ds", partition_by="transcript_id")
    lazy = pl.scan_parquet(str(tmp_path / "ds" / "**" / "*.parquet"), hive_partitioning=True)
    per = lazy.filter(pl.col("redacted")).group_by("transcript_id").len().collect()
    assert dict(per.iter_rows()) == corpus[corpus["redacted"]].groupby("transcript_id").size().to_dict()


def test_overwrite_rules(corpus, tmp_path):
    to_parquet(corpus, tmp_path / "ds", partition_by="transcript_id")
    to_parquet(corpus.iloc[:5], tmp_path / "ds", partition_by="transcript_id")  # replaces it
    assert len(read_parquet(tmp_path / "ds")) == 5
    with pytest.raises(PiikitError, match="already exists"):
        to_parquet(corpus, tmp_path / "ds", overwrite=False)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(PiikitError, match="did not write"):
        to_parquet(corpus, tmp_path / "mine")
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


def test_errors(corpus, tmp_path):
    with pytest.raises(PiikitError, match="cannot partition by"):
        to_parquet(corpus, tmp_path / "ds", partition_by="original")
    with pytest.raises(PiikitError, match="not a words frame"):
        to_parquet(pd.DataFrame({"a": [1]}), tmp_path / "x.parquet")
    with pytest.raises(PiikitError, match="no such Parquet"):
        read_parquet(tmp_path / "missing")
    pd.DataFrame({"a": [1]}).to_parquet(tmp_path / "other.parquet")
    with pytest.raises(PiikitError, match="not written by piikit"):
        read_parquet(tmp_path / "other.parquet")


def test_cli_export(tmp_path, capsys):
    files = [str(p) for p in sorted(DATA.glob("*.json"))]
    assert main(["export", *files, "-o", str(tmp_path / "ds"), "--partition-by", "transcript_id"]) == 0
    assert "originals left out" in capsys.readouterr().out
    back = read_parquet(tmp_path / "ds")
    assert back["transcript_id"].nunique() == 7 and "original" not in back.columns
    assert main(["export", files[0], "-o", str(tmp_path / "ds"), "--no-overwrite"]) == 2
    assert "already exists" in capsys.readouterr().err


def test_every_partition_column_and_awkward_ids(corpus, tmp_path):
    odd = words_frame([{"id": "a/b c=1%", "words": [{"text": "[PERSON_NAME]", "start": 0, "end": 5}]},
                       DATA / "merged_tags.json"])
    to_parquet(odd, tmp_path / "odd", partition_by="transcript_id")
    pd.testing.assert_frame_equal(read_parquet(tmp_path / "odd"), odd.drop(columns=["original"]))
    every = ["transcript_id", "speaker", "channel", "policy", "redacted"]
    to_parquet(corpus, tmp_path / "all", partition_by=every)
    pd.testing.assert_frame_equal(read_parquet(tmp_path / "all"), corpus.drop(columns=["original"]))


def test_export_of_transcripts_without_words_round_trips(tmp_path):
    """A corpus whose transcripts all failed has no rows: the folder export crashed with a
    bare FileNotFoundError (pyarrow writes no part file and never made the folder)."""
    failed = words_frame([{"id": "e1", "status": "error", "error": "Audio duration is too short."}])
    for partition_by in (None, "transcript_id"):
        out = to_parquet(failed, tmp_path / f"ds-{partition_by}", partition_by=partition_by)
        back = read_parquet(out)
        assert back.empty and list(back.columns) == schema(False).names
        pd.testing.assert_frame_equal(back, failed.drop(columns=["original"]))


def test_a_parquet_named_folder_that_exists_takes_a_dataset(corpus, tmp_path):
    """`out.parquet/` made beforehand (an empty folder) was opened as a file: IsADirectoryError."""
    (tmp_path / "out.parquet").mkdir()
    out = to_parquet(corpus, tmp_path / "out.parquet")
    assert out.is_dir() and (out / "_common_metadata").exists()
    pd.testing.assert_frame_equal(read_parquet(out), corpus.drop(columns=["original"]))


def test_cli_names_unfinished_transcripts_in_one_line(tmp_path, capsys):
    """A failed transcript among the inputs is said as 'piikit: warning: ...', not as a Python source line."""
    failed = tmp_path / "failed.json"
    failed.write_text(json.dumps({"id": "t-failed", "status": "error", "error": "bad audio", "words": None}))
    assert main(["export", str(failed), str(DATA / "merged_tags.json"), "-o", str(tmp_path / "w.parquet")]) == 0
    err = capsys.readouterr().err
    assert err.startswith("piikit: warning: ") and "t-failed (error: bad audio)" in err and ".py:" not in err
