"""`dixa-async export --since` and `dixa-async sync` against a fake Dixa served over HTTP
on 127.0.0.1, as a user runs them: directories written, JSON summaries, progress per window
on stderr, a run killed with SIGKILL and resumed, two syncs around writes made through v1."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _cli_support import CLI, Run, cli_runner
from dixa_async.cli import main
from dixa_async.testing import FakeDixa, run_fake_server

CONVERSATIONS = 300
PERIOD = ["--since", "2024-01-01", "--until", "2024-07-01"]  # six windows


@pytest.fixture(scope="module")
def fake() -> FakeDixa:
    return FakeDixa(conversations=CONVERSATIONS, rate_limit=None, exports_rate_limit=None)


@pytest.fixture(scope="module")
def fake_url(fake: FakeDixa) -> Iterator[str]:
    with run_fake_server(fake) as url:
        yield url


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CLI:
    monkeypatch.setenv("COLUMNS", "200")
    runner = cli_runner(capsys, monkeypatch)

    def run(*argv: str) -> Run:
        return runner(list(argv))

    return run


@pytest.fixture
def server_args(fake_url: str) -> list[str]:
    """Any non-empty key; no client pacing (the fake's limits are off too)."""
    return ["--base-url", fake_url, "--api-key", "warehouse-cli-key", "--rate-limit", "0"]


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def created_in_period(fake: FakeDixa) -> list[int]:
    low, high = 1_704_067_200, 1_719_792_000  # 2024-01-01, 2024-07-01 (UTC)
    return sorted(c.id for c in fake.store.conversations.values() if low <= c.created < high)


def test_export_since_writes_the_period_with_progress_per_window(
    cli: CLI, server_args: list[str], fake: FakeDixa, tmp_path: Path
) -> None:
    out = tmp_path / "warehouse"
    run = cli("export", *server_args, *PERIOD, "--output", str(out), "--json")
    assert run.status == 0, run.stderr
    ids = [c["id"] for c in lines(out / "conversations.jsonl")]
    assert ids == created_in_period(fake)
    messages = lines(out / "messages.jsonl")
    assert len({m["id"] for m in messages}) == len(messages) > len(ids)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] is True
    assert manifest["counts"]["windows_done"] == 6

    summary = run.json()
    assert summary["ok"] is True
    assert summary["complete"] is True
    assert summary["phases"][0]["phase"] == "exports"
    assert summary["phases"][0]["items"] == len(ids)
    assert summary["phases"][0]["requests"] == 12
    assert summary["conversations_total"] == len(ids)
    assert summary["messages_total"] == len(messages)
    assert summary["windows"] == "6/6"
    assert summary["manifest"] == str(out / "manifest.json")
    for label in ("2024-01-01..2024-02-01 (1/6)", "2024-06-04..2024-07-01 (6/6)"):
        assert label in run.stderr  # a progress line per window, on stderr
    assert "warehouse-cli-key" not in run.stdout + run.stderr


def test_export_since_refuses_rest_only_options(
    cli: CLI, server_args: list[str], tmp_path: Path
) -> None:
    out = str(tmp_path / "warehouse")
    run = cli("export", *server_args, *PERIOD, "--status", "open", "--output", out)
    assert run.status == 2
    assert "does not take search filters" in run.stderr
    run = cli("export", *server_args, *PERIOD, "--include", "notes", "--output", out)
    assert run.status == 2
    assert "not in the Exports API" in run.stderr
    run = cli("export", *server_args, "--since", "2024-07-01", "--until", "2024-01-01", "-o", out)
    assert run.status == 2
    assert "later than since" in run.stderr
    assert not (tmp_path / "warehouse" / "manifest.json").exists()


def test_export_killed_mid_run_and_run_again_has_every_conversation_once(
    cli: CLI, server_args: list[str], fake: FakeDixa, tmp_path: Path
) -> None:
    out = tmp_path / "warehouse"
    manifest_path = out / "manifest.json"
    # One export request per second: the run takes about 12 s, long enough to kill it.
    command = [
        sys.executable, "-m", "dixa_async.cli", "export", *server_args, *PERIOD,
        "--exports-rate-limit", "60", "--output", str(out), "--no-progress",
    ]  # fmt: skip
    log = (tmp_path / "first-run.log").open("w")
    process = subprocess.Popen(command, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, (tmp_path / "first-run.log").read_text()
            assert time.monotonic() < deadline, "the export made no progress"
            if manifest_path.exists():
                done = json.loads(manifest_path.read_text())["counts"]["windows_done"]
                if done >= 2:
                    break
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        log.close()
    assert process.returncode == -signal.SIGKILL
    killed = json.loads(manifest_path.read_text())
    assert killed["complete"] is False
    assert 2 <= killed["counts"]["windows_done"] < 6

    run = cli("export", *server_args, *PERIOD, "--output", str(out), "--json")
    assert run.status == 0, run.stderr
    assert "done by an earlier run" in run.stderr
    ids = [c["id"] for c in lines(out / "conversations.jsonl")]
    assert sorted(ids) == created_in_period(fake)
    assert len(ids) == len(set(ids)), "no conversation twice"
    message_ids = [m["id"] for m in lines(out / "messages.jsonl")]
    assert len(message_ids) == len(set(message_ids)), "no message twice"
    summary = run.json()
    assert summary["complete"] is True
    assert summary["phases"][0]["skipped"] == sum(
        w["conversations"] for w in killed["windows"] if w["done"]
    )


def _v1(fake_url: str) -> httpx.Client:
    return httpx.Client(base_url=fake_url, headers={"Authorization": "another-integration"})


def test_sync_twice_around_v1_writes_delivers_exactly_the_new_and_updated(
    cli: CLI, server_args: list[str], fake: FakeDixa, fake_url: str, tmp_path: Path
) -> None:
    state, output = tmp_path / "state.json", tmp_path / "batches"
    sync_args = ["sync", *server_args, "--state", str(state), "--output", str(output), "--json"]

    first = cli(*sync_args, "--since", "2024-01-01")
    assert first.status == 0, first.stderr
    summary = first.json()
    assert summary["run"] == 1
    assert summary["mode"] == "full"
    assert summary["conversations_total"] == len(fake.store.conversations)

    open_ids = sorted(c.id for c in fake.store.conversations.values() if c.state == "Open")
    with _v1(fake_url) as v1:
        text = {"_type": "Text", "value": "hello again"}
        messaged = open_ids[0]
        v1.post(
            f"/v1/conversations/{messaged}/messages", json={"_type": "Inbound", "content": text}
        ).raise_for_status()
        closed = open_ids[1]
        v1.put(f"/v1/conversations/{closed}/close").raise_for_status()
        created = v1.post(
            "/v1/conversations",
            json={
                "_type": "Email",
                "requesterId": next(iter(fake.store.end_users)),
                "subject": "new",
                "emailIntegrationId": "support@acme.example",
                "message": {"_type": "Inbound", "content": text},
            },
        )
        created.raise_for_status()
        new_id = int(created.json()["data"]["id"])

    second = cli(*sync_args)
    assert second.status == 0, second.stderr
    summary = second.json()
    assert summary["run"] == 2
    assert summary["mode"] == "incremental"
    batch = Path(summary["batch"])
    assert batch == output / "run-000002"
    delivered = sorted(c["id"] for c in lines(batch / "conversations.jsonl"))
    assert delivered == sorted([messaged, closed, new_id])
    # New messages, and the earlier ones of the conversations updated in the range (asked
    # by `updated` too, in case Dixa filters messages by their conversation).
    assert (
        {messaged, new_id}
        <= {m["csid"] for m in lines(batch / "messages.jsonl")}
        <= {
            messaged,
            new_id,
            closed,
        }
    )
    saved = json.loads(state.read_text())
    assert [r["run"] for r in saved["runs"]] == [1, 2]
    assert saved["pending"] is None


def test_a_first_sync_without_since_is_a_usage_error(
    cli: CLI, server_args: list[str], tmp_path: Path
) -> None:
    run = cli("sync", *server_args, "--state", str(tmp_path / "s.json"), "-o", str(tmp_path))
    assert run.status == 2
    assert "needs --since" in run.stderr


def test_a_bad_overlap_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str], server_args: list[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["sync", *server_args, "--state", "x", "-o", "y", "--overlap", "soon"])
    assert stopped.value.code == 2
    assert "not a duration: 'soon'" in capsys.readouterr().err
