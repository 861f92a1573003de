"""A full disk (issue 18, case 8): `bulk`, `export` and `sync` end in one line and exit status
2 - not an OSError traceback - with their files as a kill would leave them, and the same
command run again (with space) completes with every item exactly once.

The disk is "filled" for real, without root: the command runs in a child process whose
RLIMIT_FSIZE caps the size of any file it writes, so a write past the cap fails with EFBIG
(Python ignores SIGXFSZ, and so does the child), exactly where ENOSPC would."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from dixa_async.jobs import Checkpoint
from dixa_async.testing import FakeDixa, run_fake_server

EXIT_USAGE = 2
PERIOD = ["--since", "2024-01-01", "--until", "2024-07-01"]  # six windows


@pytest.fixture
def fake() -> FakeDixa:
    return FakeDixa(conversations=120, rate_limit=None, exports_rate_limit=None)


@pytest.fixture
def url(fake: FakeDixa) -> Iterator[str]:
    with run_fake_server(fake) as served:
        yield served


def _cap_file_size(limit: int) -> Callable[[], None]:
    def preexec() -> None:  # runs in the child, before exec
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    return preexec


def dixa_async(
    url: str, *argv: str, max_file_size: int | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DIXA_API_KEY"}
    env.update(COLUMNS="200", PYTHONDONTWRITEBYTECODE="1")
    command = [
        sys.executable, "-m", "dixa_async.cli", *argv,
        "--base-url", url, "--api-key", "disk-key", "--rate-limit", "0", "--no-progress",
    ]  # fmt: skip
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        preexec_fn=None if max_file_size is None else _cap_file_size(max_file_size),
    )


def disk_full(run: subprocess.CompletedProcess[str], file: Path) -> None:
    """The run ended the way a full disk must end it: one line, exit 2."""
    assert run.returncode == EXIT_USAGE, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("dixa-async:")]
    assert len(errors) == 1, run.stderr
    assert "no space left to write" in errors[0], errors[0]
    assert str(file) in errors[0], errors[0]


def _in_doubt(checkpoint: Path) -> set[str]:
    """The keys whose last event in the checkpoint leaves them in doubt."""
    last: dict[str, dict[str, Any]] = {}
    for record in lines(checkpoint):
        if "key" in record:
            last[record["key"]] = record
    return {
        key
        for key, record in last.items()
        if record["event"] == "started" or (record["event"] == "failed" and record["in_doubt"])
    }


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("with_results", [False, True], ids=["checkpoint", "results file"])
def test_bulk_on_a_full_disk_exits_2_and_a_rerun_writes_every_note_once(
    url: str, fake: FakeDixa, tmp_path: Path, with_results: bool
) -> None:
    conversations = sorted(fake.store.conversations)[:40]
    rows = tmp_path / "notes.jsonl"
    rows.write_text(
        "".join(
            json.dumps({"conversation_id": c, "message": f"disk {c}"}) + "\n" for c in conversations
        )
    )
    ckpt = tmp_path / "notes.ckpt"
    argv = [
        "bulk",
        "internal_notes.create",
        "-i",
        str(rows),
        "--checkpoint",
        str(ckpt),
        "--no-batch",
    ]

    results = tmp_path / "results.jsonl"
    if with_results:  # its lines are longer: it is the file that fills the disk
        argv += ["--results", str(results)]
    full = dixa_async(url, *argv, max_file_size=1200)
    disk_full(full, results if with_results else ckpt)
    # As after a kill: complete records only, and the file loads.
    assert ckpt.read_bytes().endswith(b"\n")
    assert len(ckpt.read_bytes()) <= 1200
    Checkpoint(ckpt, job="internal_notes.create").load(write=False)
    written_before = sum(
        1
        for c in conversations
        for n in fake.store.notes_of(fake.store.conversations[c])
        if n.get("message") == f"disk {c}"
    )
    assert 0 < written_before < len(conversations), "the disk filled part-way through"

    again = dixa_async(url, *argv)
    # A note that landed just before the disk filled is stamped within the allowed clock
    # skew of its start, so it cannot be told from an older one: its record stays in doubt
    # (exit 1) and is not written again; everything else completes.
    assert again.returncode == (1 if _in_doubt(ckpt) else 0), again.stderr
    assert len(_in_doubt(ckpt)) <= 8  # at most the writes in flight when the disk filled
    for c in conversations:
        ours = [
            n
            for n in fake.store.notes_of(fake.store.conversations[c])
            if n.get("message") == f"disk {c}"
        ]
        assert len(ours) == 1, (c, ours)


def test_export_on_a_full_disk_exits_2_and_a_rerun_has_every_conversation_once(
    url: str, fake: FakeDixa, tmp_path: Path
) -> None:
    out = tmp_path / "export.jsonl"
    argv = ["export", "--status", "closed", "--limit", "30", "-o", str(out)]
    full = dixa_async(url, *argv, max_file_size=6000)
    disk_full(full, out)
    assert out.read_bytes().endswith(b"\n") or out.read_bytes() == b""
    partial = [row["id"] for row in lines(out)]
    assert len(partial) == len(set(partial)) < 30

    again = dixa_async(url, *argv)
    assert again.returncode == 0, again.stderr
    ids = [row["id"] for row in lines(out)]
    assert len(ids) == len(set(ids)) == 30
    assert set(partial) <= set(ids)


def test_sync_on_a_full_disk_exits_2_and_a_rerun_delivers_every_item_once(
    url: str, tmp_path: Path
) -> None:
    reference = dixa_async(
        url, "sync", "--state", str(tmp_path / "ref.json"), "-o", str(tmp_path / "ref"), *PERIOD
    )
    assert reference.returncode == 0, reference.stderr
    expected = {
        name: sorted(row["id"] for row in lines(tmp_path / "ref" / "run-000001" / name))
        for name in ("conversations.jsonl", "messages.jsonl")
    }
    state, out = tmp_path / "state.json", tmp_path / "batches"
    argv = ["sync", "--state", str(state), "-o", str(out), *PERIOD]
    size = (tmp_path / "ref" / "run-000001" / "messages.jsonl").stat().st_size
    full = dixa_async(url, *argv, max_file_size=size // 2)
    disk_full(full, out / "run-000001")
    assert json.loads(state.read_text())["pending"]["run"] == 1, "the run stays pending"

    again = dixa_async(url, *argv)
    assert again.returncode == 0, again.stderr
    for name, ids in expected.items():
        got = sorted(row["id"] for row in lines(out / "run-000001" / name))
        assert got == ids, name
