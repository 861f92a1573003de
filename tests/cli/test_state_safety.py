"""State files know where they ran and are never believed when damaged (issue 18, cases 2
and 4), through the command line: a checkpoint, an export manifest or a sync state used
against another Dixa, another output folder, or hand-edited into nonsense is refused with
one line and exit status 2 - and nothing is sent, nothing is changed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _cli_support import CLI, Run, cli_runner
from dixa_async.testing import FakeDixa, run_fake_server

EXIT_USAGE = 2
PERIOD = ["--since", "2024-01-01", "--until", "2024-03-01"]  # two windows


def requests_seen(fake: FakeDixa) -> int:
    """Every request the fake answered, whatever the token (its request log)."""
    return sum(stats.requests for stats in fake.stats.values()) + len(fake.operations)


class Server:
    def __init__(self, fake: FakeDixa, url: str) -> None:
        self.fake = fake
        self.url = url


@pytest.fixture
def servers() -> Iterator[tuple[Server, Server]]:
    """Two fake Dixas on two ports of 127.0.0.1: two different Dixa targets."""
    first = FakeDixa(conversations=40, rate_limit=None, exports_rate_limit=None)
    second = FakeDixa(conversations=40, rate_limit=None, exports_rate_limit=None)
    with run_fake_server(first) as first_url, run_fake_server(second) as second_url:
        yield Server(first, first_url), Server(second, second_url)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CLI:
    monkeypatch.setenv("COLUMNS", "300")
    runner = cli_runner(capsys, monkeypatch)

    def run(*argv: str, server: Server, key: str = "state-key") -> Run:
        connection = ["--base-url", server.url, "--api-key", key, "--rate-limit", "0"]
        return runner([*argv, *connection])

    return run


def refused(run: Run, *expected: str) -> str:
    """The run's one error line, exit status 2, containing every `expected` text."""
    assert run.status == EXIT_USAGE, run.stderr
    assert "Traceback" not in run.stderr
    (line,) = run.errors()
    for text in expected:
        assert text in line, line
    return line


def notes_input(path: Path, conversations: list[int]) -> Path:
    rows = [{"conversation_id": c, "message": f"note for {c}"} for c in conversations]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# -- case 2: a state file records where it ran ----------------------------------------------


def test_a_checkpoint_reused_against_another_dixa_exits_2_and_sends_nothing(
    cli: CLI, servers: tuple[Server, Server], tmp_path: Path
) -> None:
    first, second = servers
    conversations = sorted(first.fake.store.conversations)[:3]
    rows = notes_input(tmp_path / "notes.jsonl", conversations)
    ckpt = tmp_path / "notes.ckpt"
    made = cli("bulk", "internal_notes.create", "-i", str(rows), "--checkpoint", str(ckpt),
               server=first)  # fmt: skip
    assert made.status == 0, made.stderr
    header = json.loads(ckpt.read_text(encoding="utf-8").splitlines()[0])
    assert header["target"]["base_url"] == first.url
    assert "state-key" not in ckpt.read_text(encoding="utf-8"), "never the token"
    before = ckpt.read_bytes()

    again = cli("bulk", "internal_notes.create", "-i", str(rows), "--checkpoint", str(ckpt),
                server=second)  # fmt: skip
    refused(again, str(ckpt), f"made against {first.url}", f"not {second.url}", "sha256:")
    assert requests_seen(second.fake) == 0, "nothing may reach the second Dixa"
    assert ckpt.read_bytes() == before


def test_a_checkpoint_reused_with_another_token_exits_2(
    cli: CLI, servers: tuple[Server, Server], tmp_path: Path
) -> None:
    first, _ = servers
    rows = notes_input(tmp_path / "notes.jsonl", sorted(first.fake.store.conversations)[:2])
    ckpt = tmp_path / "notes.ckpt"
    assert cli("bulk", "internal_notes.create", "-i", str(rows), "--checkpoint", str(ckpt),
               server=first).status == 0  # fmt: skip
    sent = requests_seen(first.fake)
    again = cli("bulk", "internal_notes.create", "-i", str(rows), "--checkpoint", str(ckpt),
                server=first, key="another-orgs-key")  # fmt: skip
    line = refused(again, "made against", "token sha256:")
    assert "another-orgs-key" not in line
    assert "state-key" not in line
    assert requests_seen(first.fake) == sent


def test_an_export_file_reused_against_another_dixa_exits_2(
    cli: CLI, servers: tuple[Server, Server], tmp_path: Path
) -> None:
    first, second = servers
    out = tmp_path / "export.jsonl"
    made = cli("export", "--status", "closed", "--limit", "3", "-o", str(out), server=first)
    assert made.status == 0, made.stderr
    data = out.read_bytes()
    again = cli("export", "--status", "closed", "--limit", "3", "-o", str(out), server=second)
    # The search runs first (it chooses the ids); the export fetches nothing.
    refused(again, "export manifest", f"made against {first.url}")
    assert out.read_bytes() == data
    assert not any("/messages" in op.path for op in second.fake.operations)


def test_a_period_export_reused_against_another_dixa_exits_2(
    cli: CLI, servers: tuple[Server, Server], tmp_path: Path
) -> None:
    first, second = servers
    out = tmp_path / "period"
    assert cli("export", *PERIOD, "-o", str(out), server=first).status == 0
    files = {p.name: p.read_bytes() for p in out.iterdir()}
    again = cli("export", *PERIOD, "-o", str(out), server=second)
    refused(again, "manifest.json", f"made against {first.url}", f"not {second.url}")
    assert requests_seen(second.fake) == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == files


def test_a_sync_state_refuses_another_dixa_and_another_output(
    cli: CLI, servers: tuple[Server, Server], tmp_path: Path
) -> None:
    first, second = servers
    state, out = tmp_path / "state.json", tmp_path / "batches"
    made = cli("sync", "--state", str(state), "-o", str(out), *PERIOD, server=first)
    assert made.status == 0, made.stderr
    saved = state.read_bytes()

    elsewhere = tmp_path / "other-batches"
    moved = cli("sync", "--state", str(state), "-o", str(elsewhere), server=first)
    refused(moved, str(state), f"syncs into {out}", f"not {elsewhere}")
    assert not elsewhere.exists(), "nothing is written into the other folder"

    other = cli("sync", "--state", str(state), "-o", str(out), server=second)
    refused(other, str(state), f"made against {first.url}")
    assert requests_seen(second.fake) == 0
    assert state.read_bytes() == saved


def test_a_pending_batch_pointing_outside_the_output_is_refused(
    cli: CLI, servers: tuple[Server, Server], tmp_path: Path
) -> None:
    first, _ = servers
    state, out = tmp_path / "state.json", tmp_path / "batches"
    assert cli("sync", "--state", str(state), "-o", str(out), *PERIOD, server=first).status == 0
    data = read(state)
    data["pending"] = {
        "run": 2,
        "batch": "../../outside",
        "mode": "incremental",
        "start_ms": 1_700_000_000_000,
        "end_ms": 1_700_000_100_000,
        "started_at": "2024-01-01T00:00:00Z",
    }
    state.write_text(json.dumps(data), encoding="utf-8")
    sent = requests_seen(first.fake)
    run = cli("sync", "--state", str(state), "-o", str(out), server=first)
    refused(run, str(state), "field pending.batch", "run-000001")
    assert requests_seen(first.fake) == sent
    assert not (tmp_path.parent / "outside").exists()
