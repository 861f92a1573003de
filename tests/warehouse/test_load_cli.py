"""`dixa-async load` as a user runs it, against a fake Dixa served on 127.0.0.1 and real
DuckDB files: progress per resource and window on stderr, rows per table in the summary,
usage errors, and a load killed with SIGKILL (mid-extract, then while loading) that, run
again, leaves the same tables as a load never interrupted."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from _load_support import contents, iter_ids, query
from dixa_async.cli import main
from dixa_async.testing import FakeDixa, run_fake_server

PERIOD = ["--since", "2024-01-01", "--until", "2024-09-01"]  # eight windows
WINDOWS = 8


@pytest.fixture(scope="module")
def fake() -> FakeDixa:
    return FakeDixa(conversations=200, rate_limit=None, exports_rate_limit=None)


@pytest.fixture(scope="module")
def url(fake: FakeDixa) -> Iterator[str]:
    with run_fake_server(fake) as served:
        yield served


def server_args(url: str) -> list[str]:
    """Any non-empty key; no client pacing (the fake's limits are off too)."""
    return ["--base-url", url, "--api-key", "loader-cli-key", "--rate-limit", "0"]


def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str
) -> tuple[int, str, str]:
    monkeypatch.delenv("DIXA_API_KEY", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    capsys.readouterr()
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_load_reports_progress_per_window_and_rows_per_table(
    url: str,
    fake: FakeDixa,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = tmp_path / "kpis.duckdb"
    status, out, err = cli(
        capsys, monkeypatch, "load", *server_args(url), *PERIOD, "--duckdb", str(database)
    )
    assert status == 0, err
    for index in range(1, WINDOWS + 1):
        assert f"({index}/{WINDOWS}): done" in err
    assert "conversations 2024-01-01..2024-02-01 (1/8): done" in err
    assert "agents: done, 25 rows" in err
    conversations = len(fake.store.conversations)
    assert f"conversations: {conversations:,} rows" in out
    assert sorted(iter_ids(database, "conversations")) == sorted(fake.store.conversations)
    assert "loader-cli-key" not in out + err


def test_several_api_keys_spread_the_load_over_their_tokens(
    url: str,
    fake: FakeDixa,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keys = ("loader-cli-pool-a", "loader-cli-pool-b")
    database = tmp_path / "pool.duckdb"
    status, _, err = cli(
        capsys,
        monkeypatch,
        "load",
        "--base-url",
        url,
        "--rate-limit",
        "0",
        *[arg for key in keys for arg in ("--api-key", key)],
        *PERIOD,
        "--duckdb",
        str(database),
        "--no-progress",
    )
    assert status == 0, err
    assert sorted(iter_ids(database, "conversations")) == sorted(fake.store.conversations)
    assert all(fake.stats[key].requests > 0 for key in keys)


def test_a_first_load_without_since_and_a_bad_include_are_usage_errors(
    url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = tmp_path / "dixa.duckdb"
    status, _, err = cli(capsys, monkeypatch, "load", *server_args(url), "--duckdb", str(database))
    assert status == 2
    assert "needs since" in err
    with pytest.raises(SystemExit) as exited:
        cli(capsys, monkeypatch, "load", *server_args(url), *PERIOD, "--include", "nots")
    assert exited.value.code == 2
    assert "unknown --include nots" in capsys.readouterr().err


def _start(command: list[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("w") as handle:
        return subprocess.Popen(command, stdout=handle, stderr=handle)


def _kill_when(process: subprocess.Popen[bytes], log: Path, ready: Callable[[], bool]) -> None:
    """SIGKILL `process` as soon as `ready()` is true."""
    deadline = time.monotonic() + 120
    try:
        while not ready():
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the load never got there"
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL, log.read_text()


def test_a_load_killed_twice_and_run_again_equals_an_uninterrupted_load(
    url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference, killed = tmp_path / "reference.duckdb", tmp_path / "killed.duckdb"
    status, _, err = cli(
        capsys, monkeypatch, "load", *server_args(url), *PERIOD, "--duckdb", str(reference)
    )
    assert status == 0, err

    # One Exports API request per second: the extract takes ~15 s, long enough to kill it.
    command = [
        sys.executable, "-m", "dixa_async.cli", "load", *server_args(url), *PERIOD,
        "--exports-rate-limit", "60", "--duckdb", str(killed),
    ]  # fmt: skip
    # First kill: in the middle of the extract.
    first = tmp_path / "first.log"
    _kill_when(_start(command, first), first, lambda: f"(3/{WINDOWS}): done" in first.read_text())
    # Second kill: once the extract is complete and dlt has a normalized package that it is
    # loading into the file (dlt keeps it under load/normalized until it is loaded).
    second = tmp_path / "second.log"
    normalized = Path(f"{killed}.dlt") / "dixa_dixa_data" / "load" / "normalized"
    unpaced = [arg for arg in command if arg not in ("--exports-rate-limit", "60")]
    _kill_when(
        _start(unpaced, second),
        second,
        lambda: normalized.is_dir() and any(normalized.iterdir()),
    )
    assert any(normalized.iterdir()), "the second kill came before the load step"

    status, _, err = cli(
        capsys, monkeypatch, "load", *server_args(url), *PERIOD, "--duckdb", str(killed)
    )
    assert status == 0, err
    expected, got = contents(reference), contents(killed)
    assert set(got) == set(expected)
    for table, rows in expected.items():
        assert got[table] == rows, f"{table} differs from the uninterrupted load"
    for table in ("conversations", "messages", "agents", "end_users", "tags"):
        ids = [row[0] for row in query(killed, f"select id from dixa_data.{table}")]
        assert len(ids) == len(set(ids)), f"an id appears twice in {table}"


def test_a_refused_key_ends_the_load_with_exit_3_and_the_typed_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    only = FakeDixa(conversations=20, rate_limit=None, exports_rate_limit=None, api_keys=["k"])
    with run_fake_server(only) as served:
        argv = ["--base-url", served, "--api-key", "not-the-key", "--rate-limit", "0"]
        status, _, err = cli(
            capsys, monkeypatch, "load", *argv, *PERIOD, "--duckdb", str(tmp_path / "x.duckdb")
        )
    assert status == 3, err
    assert "the API key was refused" in err
    assert "not-the-key" not in err
