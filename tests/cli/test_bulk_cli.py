"""`dixa-async bulk OPERATION` by qualified name against a fake Dixa server on 127.0.0.1
(rate limit off, for speed): listing, results files, batching options, confirmation,
checkpoints, several tokens, and the short names as aliases of the same operations."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _cli_support import CLI, Run, cli_runner, served_fake
from dixa_async.bulk import write_operations
from dixa_async.cli import main


@pytest.fixture(scope="module")
def fake_url() -> Iterator[str]:
    with served_fake("--conversations", "300", "--no-rate-limit") as url:
        yield url


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fake_url: str) -> CLI:
    """`cli(*argv)` runs `dixa-async bulk ...` in this process against the fake server."""
    monkeypatch.setenv("COLUMNS", "200")
    runner = cli_runner(capsys, monkeypatch)

    def run(*argv: str, keys: tuple[str, ...] = ("bulk-cli-key",)) -> Run:
        connection = ["--base-url", fake_url, "--rate-limit", "0"]
        for key in keys:
            connection += ["--api-key", key]
        return runner(["bulk", *argv, *connection])

    return run


def _get(url: str) -> Any:
    response = httpx.get(url, headers={"Authorization": "check"})
    response.raise_for_status()
    return response.json()["data"]


def _results(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_list_shows_every_write_operation_with_its_inputs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["bulk", "--list"])
    assert exited.value.code == 0
    shown = capsys.readouterr().out
    for name in write_operations():
        assert f"  {name} " in shown
    assert (
        "inputs: conversation_id, body CreateInternalNoteInput {message, agentId?, createdAt?}"
        in (shown)
    )
    assert "batched: internal_notes.bulk_create, 100 (no documented maximum) per request" in shown
    assert "add-note" in shown
    assert "-> internal_notes.create" in shown


def test_reads_and_unknown_operations_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    for argv, expected in (
        (["bulk", "end_users.get", "--input", "x.jsonl"], "end_users.get is a read (GET)"),
        (["bulk", "end_users.creat", "--input", "x.jsonl"], "did you mean end_users.create"),
    ):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 2
        assert expected in capsys.readouterr().err


def test_records_in_dixas_shape_from_csv_with_results_and_a_failed_line(
    cli: CLI, fake_url: str, tmp_path: Path
) -> None:
    users = _get(f"{fake_url}/v1/endusers?pageLimit=3")
    rows = tmp_path / "patch.csv"
    rows.write_text(
        "user_id,lastName,middleNames\n"
        f"{users[0]['id']},Lovelace,Augusta|Ada\n"
        f"{users[1]['id']},,\n"  # nothing to change: an empty body is still a valid PATCH
        ",Nobody,\n"  # no user_id: refused alone, before sending
        f"{users[2]['id']},Byron,\n",
        encoding="utf-8",
    )
    results = tmp_path / "patched.jsonl"
    run = cli("end_users.patch", "--input", str(rows), "--results", str(results), "--json")
    assert run.status == 1, run.stderr
    lines = _results(results)
    assert [line["status"] for line in lines] == ["ok", "ok", "failed", "ok"]
    assert lines[0]["response"]["middleNames"] == ["Augusta", "Ada"]
    assert lines[2]["error"]["message"] == (
        "line 4: field 'user_id': is required (a path parameter)"
    )
    summary = run.json()
    assert summary["invalid_records"] == 1
    assert summary["in_doubt"] == 0
    assert summary["batching"] == "up to 100 records per bulk request"
    assert summary["totals"]["requests"] == 1
    assert _get(f"{fake_url}/v1/endusers/{users[2]['id']}")["lastName"] == "Byron"


def test_no_batch_sends_one_request_per_record(cli: CLI, tmp_path: Path) -> None:
    rows = tmp_path / "tags.jsonl"
    rows.write_text("".join(json.dumps({"name": f"cli-{i}"}) + "\n" for i in range(3)), "utf-8")
    users = tmp_path / "users.jsonl"
    users.write_text(
        "".join(json.dumps({"displayName": f"One by one {i}"}) + "\n" for i in range(4)), "utf-8"
    )
    run = cli("end_users.create", "--input", str(users), "--no-batch", "--json")
    assert run.status == 0, run.stderr
    assert run.json()["totals"]["requests"] == 4
    run = cli("tags.create", "--input", str(rows), "--json")
    assert run.status == 0
    assert run.json()["totals"]["requests"] == 3  # no bulk endpoint for tag creation


def test_destructive_operations_need_yes(cli: CLI, fake_url: str, tmp_path: Path) -> None:
    team = _get(f"{fake_url}/v1/teams")[0]["id"]
    rows = tmp_path / "teams.jsonl"
    rows.write_text(json.dumps({"team_id": team}) + "\n", "utf-8")
    refused = cli("teams.delete", "--input", str(rows))
    assert refused.status == 2
    assert "irreversible" in refused.stderr
    assert "add --yes" in refused.stderr
    assert any(t["id"] == team for t in _get(f"{fake_url}/v1/teams"))
    assert cli("teams.delete", "--input", str(rows), "--yes").status == 0
    assert all(t["id"] != team for t in _get(f"{fake_url}/v1/teams"))


def test_a_rerun_with_the_checkpoint_skips_done_records_and_keeps_their_results(
    cli: CLI, tmp_path: Path
) -> None:
    rows = tmp_path / "users.jsonl"
    rows.write_text(
        json.dumps({"displayName": "Kept", "externalId": "cli-ckpt-1"}) + "\n"
        + json.dumps({"displayName": 7}) + "\n",
        "utf-8",
    )  # fmt: skip
    checkpoint, results = tmp_path / "users.ckpt", tmp_path / "users-results.jsonl"
    options = ("--checkpoint", str(checkpoint), "--results", str(results), "--json")
    first = cli("end_users.create", "--input", str(rows), *options)
    assert first.status == 1
    created = _results(results)[0]["response"]["id"]
    rows.write_text(
        json.dumps({"displayName": "Kept", "externalId": "cli-ckpt-1"}) + "\n"
        + json.dumps({"displayName": "Fixed"}) + "\n",
        "utf-8",
    )  # fmt: skip
    second = cli("end_users.create", "--input", str(rows), *options)
    assert second.status == 0, second.stderr
    phase = second.json()["phases"][0]
    assert (phase["items"], phase["skipped"], phase["requests"]) == (1, 1, 1)
    lines = _results(results)
    assert [line["status"] for line in lines] == ["ok", "ok"]
    assert lines[0]["response"]["id"] == created  # the first run's answer is kept
    assert lines[1]["response"]["displayName"] == "Fixed"


def test_several_tokens_share_the_job(cli: CLI, fake_url: str, tmp_path: Path) -> None:
    conversations = [1101, 1102, 1103, 1104, 1105, 1106]
    rows = tmp_path / "notes.csv"
    rows.write_text(
        "conversation_id,message\n" + "".join(f"{c},pooled note\n" for c in conversations), "utf-8"
    )
    run = cli("internal_notes.create", "--input", str(rows), "--json", keys=("pool-a", "pool-b"))
    assert run.status == 0, run.stderr
    assert run.json()["phases"][0]["items"] == 6
    for c in conversations:
        notes = _get(f"{fake_url}/v1/conversations/{c}/notes")
        assert [n["message"] for n in notes].count("pooled note") == 1


def test_short_names_run_the_same_operations_with_results(
    cli: CLI, fake_url: str, tmp_path: Path
) -> None:
    rows = tmp_path / "close.csv"
    rows.write_text("conversation_id\n1120\n1121\n", "utf-8")
    results = tmp_path / "closed.jsonl"
    run = cli("close", "--input", str(rows), "--results", str(results))
    assert run.status == 0, run.stderr
    assert [(line["line"], line["status"]) for line in _results(results)] == [(2, "ok"), (3, "ok")]
    assert _get(f"{fake_url}/v1/conversations/1120")["state"] == "Closed"
    key = cli("close", "--input", str(rows), "--key", "conversation_id")
    assert key.status == 2
    assert "--key works with operation names" in key.stderr
