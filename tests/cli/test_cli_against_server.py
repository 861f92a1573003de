"""`dixa-async` against a real fake-Dixa server (`python -m dixa_async.testing`,
started once per module on a free port of 127.0.0.1, rate limit off for speed),
as a user runs it: files written, JSON summaries, progress on stderr, exit statuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from _cli_support import CLI, Run, cli_runner, served_fake


@pytest.fixture(scope="module")
def fake_url() -> Iterator[str]:
    """Base URL of a fake Dixa served over HTTP on 127.0.0.1 (its rate limit off, for speed)."""
    with served_fake("--conversations", "300", "--no-rate-limit") as url:
        yield url


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CLI:
    """`cli(*argv, env={...})` runs `dixa-async` in this process; DIXA_API_KEY is unset
    unless `env` sets it."""
    monkeypatch.setenv("COLUMNS", "200")  # keep rich from wrapping asserted lines
    runner = cli_runner(capsys, monkeypatch)

    def run(*argv: str, env: dict[str, str] | None = None) -> Run:
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        return runner(list(argv))

    return run


@pytest.fixture
def server_args(fake_url: str) -> list[str]:
    """Connection options for the fake server: any non-empty key, no client pacing."""
    return ["--base-url", fake_url, "--api-key", "cli-test-key", "--rate-limit", "0"]


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _tags_of(fake_url: str, conversation_id: int) -> set[str]:
    response = httpx.get(
        f"{fake_url}/v1/conversations/{conversation_id}/tags", headers={"Authorization": "t"}
    )
    response.raise_for_status()
    return {tag["name"] for tag in response.json()["data"]}


def test_export_writes_conversations_with_messages_and_a_json_summary(
    cli: CLI, server_args: list[str], tmp_path: Path
) -> None:
    output = tmp_path / "closed-email.jsonl"
    run = cli(
        "export", *server_args, "--status", "closed", "--channel", "email", "--limit", "12",
        "--output", str(output), "--json",
    )  # fmt: skip
    assert run.status == 0, run.stderr
    lines = _jsonl(output)
    assert len(lines) == 12
    for line in lines:
        conversation = line["conversation"]
        assert isinstance(conversation, dict)
        assert conversation["id"] == line["id"]
        assert conversation["channel"] == "Email"
        assert conversation["state"] == "Closed"
        assert isinstance(line["messages"], list)
    summary = run.json()
    assert summary["ok"] is True
    assert summary["failures"] == []
    assert [p["phase"] for p in summary["phases"]] == ["search", "export"]
    assert summary["phases"][1]["items"] == 12
    assert summary["totals"]["requests"] >= 1 + 2 * 12  # a search page, then get + messages
    assert Path(summary["manifest"]).exists()
    assert "export: 12/12 items" in run.stderr  # progress goes to stderr, JSON stays clean
    assert "cli-test-key" not in run.stdout + run.stderr


def test_bulk_tag_fails_items_that_do_not_exist_and_exits_1(
    cli: CLI, server_args: list[str], fake_url: str, tmp_path: Path
) -> None:
    rows = tmp_path / "to-tag.csv"
    rows.write_text("conversation_id\n1001\n1002\n999999\n1003\n", encoding="utf-8")
    run = cli(
        "bulk", "tag", *server_args, "--input", str(rows), "--tag", "cli-bulk", "--create-missing",
        "--json",
    )  # fmt: skip
    assert run.status == 1
    summary = run.json()
    assert summary["ok"] is False
    assert summary["phases"][0]["items"] == 3
    assert summary["phases"][0]["failed"] == 1
    (failure,) = summary["failures"]
    assert failure["key"].startswith("999999/")
    assert "NotFoundError" in failure["error"]
    assert failure["in_doubt"] is False
    assert "tag: 4/4 items" in run.stderr
    assert "failed 1" in run.stderr
    assert all("cli-bulk" in _tags_of(fake_url, cid) for cid in (1001, 1002, 1003))


def test_bulk_resumes_from_its_checkpoint(cli: CLI, server_args: list[str], tmp_path: Path) -> None:
    rows = tmp_path / "close.jsonl"
    rows.write_text("\n".join(json.dumps({"id": c}) for c in (1010, 1011, 1012)), "utf-8")
    checkpoint = tmp_path / "close.ckpt"
    first = cli("bulk", "close", *server_args, "--input", str(rows),
                "--checkpoint", str(checkpoint), "--json")  # fmt: skip
    assert first.status == 0, first.stderr
    assert first.json()["phases"][0]["items"] == 3
    again = cli("bulk", "close", *server_args, "--input", str(rows),
                "--checkpoint", str(checkpoint), "--json")  # fmt: skip
    assert again.status == 0
    phase = again.json()["phases"][0]
    assert (phase["items"], phase["skipped"], phase["requests"]) == (0, 3, 0)


def test_add_note_and_upsert_end_users(
    cli: CLI, server_args: list[str], fake_url: str, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.csv"
    notes.write_text("conversation_id,note\n1020,Checked by the CLI test\n", encoding="utf-8")
    assert cli("bulk", "add-note", *server_args, "--input", str(notes)).status == 0
    listed = httpx.get(
        f"{fake_url}/v1/conversations/1020/notes", headers={"Authorization": "t"}
    ).json()["data"]
    assert [n["message"] for n in listed].count("Checked by the CLI test") == 1

    users = tmp_path / "users.csv"
    users.write_text(
        "external_id,email,display_name\ncrm-1,ada@example.com,Ada\ncrm-2,bob@example.com,Bob\n",
        encoding="utf-8",
    )
    assert cli("bulk", "upsert-end-users", *server_args, "--input", str(users)).status == 0
    users.write_text("external_id,display_name\ncrm-1,Ada Lovelace\n", encoding="utf-8")
    assert cli("bulk", "upsert-end-users", *server_args, "--input", str(users)).status == 0
    found = httpx.get(
        f"{fake_url}/v1/endusers", params={"externalId": "crm-1"}, headers={"Authorization": "t"}
    ).json()["data"]
    assert [(u["displayName"], u["email"]) for u in found] == [("Ada Lovelace", "ada@example.com")]


def test_anonymize_needs_yes(cli: CLI, server_args: list[str], tmp_path: Path) -> None:
    rows = tmp_path / "forget.csv"
    rows.write_text("conversation_id\n1030\n", encoding="utf-8")
    run = cli("bulk", "anonymize", *server_args, "--input", str(rows))
    assert run.status == 2
    assert "irreversible" in run.stderr
    assert "add --yes" in run.stderr
    assert cli("bulk", "anonymize", *server_args, "--input", str(rows), "--yes").status == 0


def test_rows_missing_what_the_operation_needs_are_usage_errors(
    cli: CLI, server_args: list[str], tmp_path: Path
) -> None:
    rows = tmp_path / "bad.csv"
    rows.write_text("conversation_id\n1001\nabc\n", encoding="utf-8")
    run = cli("bulk", "reopen", *server_args, "--input", str(rows))
    assert run.status == 2
    assert "line 3" in run.stderr
    assert "'abc' is not a number" in run.stderr


def test_with_fake_it_says_it_uses_the_embedded_fake(cli: CLI) -> None:
    run = cli("search", "--fake", "--status", "open", "--limit", "5")
    assert run.status == 0, run.stderr
    assert "embedded fake Dixa" in run.stderr
    assert "Nothing is sent to Dixa" in run.stderr
    assert len(run.stdout.split()) == 5
    assert all(token.isdigit() for token in run.stdout.split())


def test_console_script_verifies_a_key_against_the_server(fake_url: str) -> None:
    env = {**os.environ, "DIXA_API_KEY": "script-key"}
    script = Path(sys.executable).with_name("dixa-async")
    done = subprocess.run(
        [str(script), "verify", "--base-url", fake_url, "--json"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["organization"]["name"]
    assert summary["embedded_fake"] is False
    assert "script-key" not in done.stdout + done.stderr


def test_dry_run_validates_and_sends_nothing(
    cli: CLI, server_args: list[str], tmp_path: Path
) -> None:
    rows = tmp_path / "reopen.csv"
    rows.write_text("conversation_id\n1040\n1041\n", encoding="utf-8")
    run = cli("bulk", "reopen", *server_args, "--input", str(rows), "--dry-run", "--json")
    assert run.status == 0
    summary = run.json()
    assert summary["dry_run"] == 2
    assert summary["totals"]["requests"] == 0
