"""The CLI's output side: paths it cannot write end in one line and exit 2 (1 means "items
failed") before anything is sent; output that is not a terminal is never wrapped."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from _cli_support import CLI, Run, cli_runner
from dixa_async.cli._output import console
from dixa_async.jobs import Checkpoint
from dixa_async.testing import FakeDixa
from rich.table import Table

EXIT_USAGE = 2


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CLI:
    monkeypatch.delenv("COLUMNS", raising=False)  # the width rich would otherwise pick: 80
    runner = cli_runner(capsys, monkeypatch)

    def run(*argv: str) -> Run:
        return runner(list(argv))

    return run


@pytest.fixture
def server(fake_dixa_server: str) -> list[str]:
    return ["--base-url", fake_dixa_server, "--api-key", "output-test-key", "--rate-limit", "0"]


def requests_seen(fake: FakeDixa) -> int:
    return sum(stats.requests for stats in fake.stats.values())


def one_refusal(run: Run, expected: str) -> str:
    """The run's single error line, which must contain `expected`."""
    assert run.status == EXIT_USAGE, run.stderr
    assert "Traceback" not in run.stderr
    errors = run.errors()
    assert len(errors) == 1, run.stderr
    assert expected in errors[0], errors[0]
    return errors[0]


# -- output paths that cannot be written --------------------------------------------------


def test_export_into_a_path_under_a_file_is_one_line_and_exit_2(
    cli: CLI, server: list[str], fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")
    output = tmp_path / "afile" / "x.jsonl"
    run = cli("export", *server, "--status", "open", "-o", str(output))
    line = one_refusal(run, f"cannot create export file {output}: {tmp_path / 'afile'} is a file")
    assert len(line) > 80, "long enough that wrapping would have split it"
    assert requests_seen(fake_dixa) == 0, "not even the search was sent"


def test_export_into_a_missing_folder_creates_nothing_and_exits_2(
    cli: CLI, server: list[str], fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    output = tmp_path / "not-yet" / "x.jsonl"
    run = cli("export", *server, "-o", str(output))
    one_refusal(run, f"the folder {output.parent} does not exist")
    assert not output.parent.exists()
    assert requests_seen(fake_dixa) == 0


def test_export_into_a_folder_path_exits_2(
    cli: CLI, server: list[str], fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    run = cli("export", *server, "-o", str(tmp_path))
    one_refusal(run, "is a folder, not a file")
    assert requests_seen(fake_dixa) == 0


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder no file can be created in (chmod; the immutable flag when running as root,
    whom file modes do not stop)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    as_root = os.geteuid() == 0
    if as_root:
        flagged = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
        if flagged.returncode != 0:
            pytest.skip(f"cannot make a read-only folder as root here: {flagged.stderr!r}")
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(PermissionError):
            (folder / "probe").touch()
        yield folder
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def test_export_into_a_read_only_folder_exits_2(
    cli: CLI, server: list[str], fake_dixa: FakeDixa, read_only_dir: Path
) -> None:
    run = cli("export", *server, "-o", str(read_only_dir / "x.jsonl"))
    one_refusal(run, f"permission denied (the folder {read_only_dir} is read-only)")
    assert requests_seen(fake_dixa) == 0


def test_the_demo_refuses_an_unwritable_export_path(cli: CLI, tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    run = cli("demo", "-o", str(tmp_path / "afile" / "demo.jsonl"))
    one_refusal(run, "afile is a file, not a folder")


def test_a_checkpoint_in_a_missing_folder_exits_2_and_sends_nothing(
    cli: CLI, server: list[str], fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    rows = tmp_path / "ids.csv"
    rows.write_text("conversation_id\n1001\n", encoding="utf-8")
    ckpt = tmp_path / "missing" / "tag.ckpt"
    run = cli(
        "bulk", "tag", *server, "--input", str(rows), "--tag", "vip", "--checkpoint", str(ckpt)
    )
    one_refusal(run, f"cannot create checkpoint {ckpt}: the folder {ckpt.parent} does not exist")
    assert requests_seen(fake_dixa) == 0
    assert not ckpt.parent.exists()


def test_a_checkpoint_another_job_holds_exits_2_before_even_the_tag_look_up(
    cli: CLI, server: list[str], fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    rows = tmp_path / "ids.csv"
    rows.write_text("conversation_id\n1001\n", encoding="utf-8")
    ckpt = tmp_path / "tag.ckpt"
    with Checkpoint(ckpt, job="tag"):
        run = cli(
            "bulk", "tag", *server, "--input", str(rows), "--tag", "vip", "--checkpoint", str(ckpt)
        )
    one_refusal(run, f"checkpoint {ckpt} is in use by another running job")
    assert requests_seen(fake_dixa) == 0, "the tag name was not even looked up"


def test_a_corrupt_checkpoint_exits_2_with_its_line(
    cli: CLI, server: list[str], fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    rows = tmp_path / "ids.csv"
    rows.write_text("conversation_id\n1001\n", encoding="utf-8")
    ckpt = tmp_path / "reopen.ckpt"
    ckpt.write_text('{"checkpoint":1,"job":"reopen"}\n{"event":"ok"}\n', encoding="utf-8")
    run = cli("bulk", "reopen", *server, "--input", str(rows), "--checkpoint", str(ckpt))
    one_refusal(run, "is corrupt at line 2: field key is missing")
    assert requests_seen(fake_dixa) == 0


# -- output that is not a terminal is never wrapped ---------------------------------------


def _cli_process(*argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("DIXA_API_KEY", "COLUMNS")}
    return subprocess.run(
        [sys.executable, "-m", "dixa_async.cli", *argv],
        capture_output=True, text=True, env={**environ, **env}, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("columns", [None, "40"], ids=["no COLUMNS", "COLUMNS=40"])
def test_verify_piped_prints_its_line_whole(columns: str | None) -> None:
    done = _cli_process(
        "verify", "--fake", "--no-progress", **({"COLUMNS": columns} if columns else {})
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout
    assert lines[0].startswith("API key OK: organisation 'Acme Support' (acme, id ")
    assert lines[0].endswith(")")
    assert len(lines[0]) > 80
    # The notice on stderr is one line too.
    notices = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(notices) == 1, done.stderr
    assert notices[0].endswith("Nothing is sent to Dixa."), done.stderr


def test_a_console_on_a_pipe_or_file_never_wraps() -> None:
    buffer = io.StringIO()
    out = console(file=buffer)
    out.print("word " * 60)
    table = Table(title="dixa-async bulk tag — http://127.0.0.1:8765 with a long title")
    table.add_column("phase")
    table.add_row("tag")
    table.caption = "achieved 9.9 req/s against a limit of 10 req/s: 99% of the physical limit"
    out.print(table)
    lines = buffer.getvalue().splitlines()
    assert lines[0] == "word " * 60
    assert any(
        line.startswith("dixa-async bulk tag — http://127.0.0.1:8765 with") for line in lines
    )
    assert lines[-1].strip() == table.caption
    assert max(len(line) for line in lines) < 400, "tables keep their natural width"


def test_a_console_on_a_terminal_still_wraps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    leader, follower = os.openpty()
    with open(follower, "w", encoding="utf-8") as tty:
        term = console(file=tty)
        assert term.width == 50
        with term.capture() as captured:
            term.print("word " * 30)
    os.close(leader)
    assert len(captured.get().splitlines()) > 1
