"""Issue 18, case 3's done-when through the command line: `dixa-async bulk
internal_notes.create --checkpoint` against a fake Dixa server; the input file is edited
between runs as a user would (the failed line deleted, a record appended)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _cli_support import CLI, cli_runner, served_fake
from dixa_async.cli import main

CONVERSATIONS = (1010, 1011, 1012)  # seeded by the fake (seed 0: ids from 1000)
MISSING = 987_654


@pytest.fixture(scope="module")
def fake_url() -> Iterator[str]:
    with served_fake("--conversations", "100", "--no-rate-limit") as url:
        yield url


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fake_url: str) -> CLI:
    runner = cli_runner(capsys, monkeypatch)
    return lambda *argv: runner(
        ["bulk", *argv, "--base-url", fake_url, "--api-key", "keys-cli", "--rate-limit", "0"]
    )


def _notes(url: str, cid: int, text: str) -> int:
    answer = httpx.get(f"{url}/v1/conversations/{cid}/notes", headers={"Authorization": "check"})
    answer.raise_for_status()
    return sum(1 for note in answer.json()["data"] if note["message"] == text)


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def _results(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_deleting_the_failed_line_and_appending_one_leaves_one_note_per_conversation(
    cli: CLI, fake_url: str, tmp_path: Path
) -> None:
    a, c, d = CONVERSATIONS
    notes, checkpoint, results = tmp_path / "notes.jsonl", tmp_path / "n.ckpt", tmp_path / "r.jsonl"
    options = ("--input", str(notes), "--checkpoint", str(checkpoint), "--results", str(results))
    _write(
        notes,
        [
            {"conversation_id": a, "message": "cli note A"},
            {"conversation_id": MISSING, "message": "cli note B"},
            {"conversation_id": c, "message": "cli note C"},
        ],
    )
    first = cli("internal_notes.create", *options, "--json")
    assert first.status == 1, first.stderr  # one record failed
    assert [line["status"] for line in _results(results)] == ["ok", "failed", "ok"]
    assert first.json()["in_doubt"] == 0

    _write(
        notes,
        [
            {"conversation_id": a, "message": "cli note A"},
            {"conversation_id": c, "message": "cli note C"},
            {"conversation_id": d, "message": "cli note D"},
        ],
    )
    second = cli("internal_notes.create", *options, "--json")
    assert second.status == 0, second.stderr
    summary = second.json()
    assert summary["totals"]["requests"] == 1  # the appended record only
    for cid, text in ((a, "cli note A"), (c, "cli note C"), (d, "cli note D")):
        assert _notes(fake_url, cid, text) == 1, (cid, text)
    lines = _results(results)
    assert [(line["line"], line["status"]) for line in lines] == [(1, "ok"), (2, "ok"), (3, "ok")]
    assert [line["response"]["csid"] for line in lines] == [a, c, d]


def test_a_checkpoint_of_the_line_keyed_version_exits_2_and_sends_nothing(
    cli: CLI, fake_url: str, tmp_path: Path
) -> None:
    notes, checkpoint = tmp_path / "notes.jsonl", tmp_path / "old.ckpt"
    _write(notes, [{"conversation_id": CONVERSATIONS[0], "message": "never sent"}])
    header = {"format": 2, "kind": "dixa-async checkpoint", "job": "internal_notes.create",
              "target": None}  # fmt: skip
    old = [header, {"key": "1", "event": "started"}, {"key": "1", "event": "ok"}]
    checkpoint.write_text("".join(json.dumps(r) + "\n" for r in old), encoding="utf-8")
    before = checkpoint.read_bytes()
    run = cli("internal_notes.create", "--input", str(notes), "--checkpoint", str(checkpoint))
    assert run.status == 2, run.stderr
    (error,) = run.errors()
    assert str(checkpoint) in error
    assert "line number" in error
    assert checkpoint.read_bytes() == before
    assert _notes(fake_url, CONVERSATIONS[0], "never sent") == 0


@pytest.mark.parametrize("value", ["-1", "nan", "soon"])
def test_a_clock_skew_that_is_not_a_duration_is_a_usage_error(
    value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.jsonl"
    _write(notes, [{"conversation_id": CONVERSATIONS[0], "message": "x"}])
    argv = ["bulk", "internal_notes.create", "-i", str(notes), "--clock-skew", value]
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--base-url", "http://127.0.0.1:9", "--api-key", "k"])
    assert exited.value.code == 2
    assert "--clock-skew" in capsys.readouterr().err
