"""Issue 18 case 1: without an API key a command that talks to Dixa stops (exit 2, one line
saying how to give a key) before it writes anything; the embedded fake runs only when asked
for (`--fake`, and `demo`, which is about the fake)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from _cli_support import CLI, cli_runner


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CLI:
    run = cli_runner(capsys, monkeypatch)  # DIXA_API_KEY unset
    return lambda *argv: run(list(argv))


def _ids(tmp: Path) -> Path:
    rows = tmp / "in" / "ids.csv"
    rows.parent.mkdir()
    rows.write_text("conversation_id\n1001\n1002\n", encoding="utf-8")
    return rows


# Each command line names files (and a folder) that the command would create.
COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "verify": lambda tmp: ["verify"],
    "search": lambda tmp: ["search", "--status", "open"],
    "export": lambda tmp: [
        "export", "--status", "open", "-o", str(tmp / "out.jsonl"),
        "--checkpoint", str(tmp / "export.ckpt"),
    ],
    "export --since": lambda tmp: [
        "export", "--since", "2024-01-01", "--until", "2024-02-01", "-o", str(tmp / "period"),
    ],
    "sync": lambda tmp: [
        "sync", "--state", str(tmp / "sync.state.json"), "-o", str(tmp / "batches"),
        "--since", "2024-01-01",
    ],
    "load": lambda tmp: ["load", "--since", "2024-01-01", "--duckdb", str(tmp / "dixa.duckdb")],
    "mirror": lambda tmp: [
        "mirror", "--since", "2024-01-01", "--duckdb", str(tmp / "dixa.duckdb"),
        "--listen", "127.0.0.1:0", "--public-url", "https://mirror.example.com/dixa",
    ],
    "bulk": lambda tmp: [
        "bulk", "close", "--input", str(_ids(tmp)), "--checkpoint", str(tmp / "bulk.ckpt"),
    ],
    "bulk --results": lambda tmp: [
        "bulk", "conversations.close", "--input", str(_ids(tmp)),
        "--checkpoint", str(tmp / "bulk.ckpt"), "--results", str(tmp / "results.jsonl"),
    ],
}  # fmt: skip


@pytest.mark.parametrize("command", list(COMMANDS))
def test_without_a_key_a_command_exits_2_with_one_line_and_writes_nothing(
    cli: CLI, tmp_path: Path, command: str
) -> None:
    argv = COMMANDS[command](tmp_path)
    before = sorted(tmp_path.rglob("*"))
    run = cli(*argv)
    assert run.status == 2, run.stderr
    errors = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, run.stderr
    assert errors[0].startswith("dixa-async: no API key")
    assert "--api-key" in errors[0]
    assert "DIXA_API_KEY" in errors[0]
    assert "--fake" in errors[0]
    assert run.stdout == ""
    assert sorted(tmp_path.rglob("*")) == before  # no checkpoint, state, output or folder


def test_an_empty_environment_key_is_no_key(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIXA_API_KEY", " , ")
    run = cli("verify")
    assert run.status == 2
    assert "no API key" in run.stderr


def test_fake_runs_a_command_against_the_embedded_fake(cli: CLI, tmp_path: Path) -> None:
    ckpt = tmp_path / "bulk.ckpt"
    run = cli("bulk", "close", "--fake", "--input", str(_ids(tmp_path)), "--checkpoint", str(ckpt))
    assert run.status == 0, run.stderr
    assert "embedded fake Dixa" in run.stderr
    assert ckpt.exists()


def test_fake_ignores_a_key_from_the_environment_and_refuses_one_given(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIXA_API_KEY", "a-real-key")
    run = cli("verify", "--fake")
    assert run.status == 0, run.stderr
    assert "embedded fake Dixa" in run.stderr
    refused = cli("verify", "--fake", "--api-key", "another-key")
    assert refused.status == 2
    assert "--fake" in refused.stderr
    assert "another-key" not in refused.stderr


def test_demo_without_a_key_is_about_the_fake(cli: CLI, tmp_path: Path) -> None:
    # The export path is unusable, so the demo stops right after choosing its target.
    run = cli("demo", "-o", str(tmp_path / "missing-folder" / "demo.jsonl"))
    assert run.status == 2
    assert "embedded fake Dixa" in run.stderr
    assert "no API key" not in run.stderr
