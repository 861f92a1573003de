"""Checkpoint and export files that are damaged or cannot be written: a `JobError` naming
the file (and the line), before anything is sent; only a record torn by a crash mid-write
at the very end is dropped."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from dixa_async.jobs import Checkpoint, run_job
from dixa_async.jobs._lines import is_cut_off_object
from dixa_async.testing import FakeDixa
from dixa_async.warehouse import export_conversations

from dixa_async import DixaClient, JobError


class Recorder:
    """A client stand-in that records every write it is asked to send."""

    def __init__(self) -> None:
        self.sent: list[int] = []


async def write(client: Recorder, item: int) -> None:
    client.sent.append(item)


def checkpoint_with(path: Path, *lines: bytes, tail: bytes = b"") -> Path:
    """A checkpoint of job "operation" (run_job's default name) with these raw lines."""
    header = b'{"checkpoint":1,"job":"operation"}\n'
    path.write_bytes(header + b"".join(line + b"\n" for line in lines) + tail)
    return path


async def refused(path: Path, match: str) -> JobError:
    client = Recorder()
    with pytest.raises(JobError, match=match) as caught:
        await run_job(client, range(5), write, checkpoint=path)
    assert client.sent == [], "nothing may be sent when the checkpoint is refused"
    assert str(path) in str(caught.value)
    return caught.value


# -- damage is reported with its line number ---------------------------------------------


async def test_invalid_utf8_names_its_line(tmp_path: Path) -> None:
    ckpt = checkpoint_with(
        tmp_path / "job.ckpt", b'{"key":"1","event":"ok"}', b'{"key":"2\xff\xfe","event":"ok"}'
    )
    await refused(ckpt, r"corrupt at line 3: not valid UTF-8")


async def test_invalid_utf8_in_an_unterminated_last_line_is_damage_too(tmp_path: Path) -> None:
    # The writer only ever writes ASCII (json.dumps escapes the rest): no tear makes this.
    ckpt = checkpoint_with(tmp_path / "job.ckpt", tail=b'{"key":"\xc3')
    await refused(ckpt, r"corrupt at line 2: not valid UTF-8")


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        (b'{"event":"ok"}', "field key is missing"),
        (b'{"key":"","event":"ok"}', "field key expected a non-empty string"),
        (b'{"key":12,"event":"ok"}', "field key expected a string, found a number 12"),
    ],
    ids=["no key", "empty key", "key not a string"],
)
async def test_a_record_without_a_key_names_its_line(
    tmp_path: Path, record: bytes, problem: str
) -> None:
    ckpt = checkpoint_with(tmp_path / "job.ckpt", b'{"key":"1","event":"ok"}', record)
    await refused(ckpt, rf"corrupt at line 3: {problem}")


async def test_unknown_events_and_malformed_failures_are_damage(tmp_path: Path) -> None:
    ckpt = checkpoint_with(tmp_path / "a.ckpt", b'{"key":"1","event":"done"}')
    await refused(ckpt, r"corrupt at line 2: field event expected started, ok or failed")
    ckpt = checkpoint_with(
        tmp_path / "b.ckpt", b'{"key":"1","event":"failed","maybe_applied":"no","error":null}'
    )
    await refused(ckpt, r"corrupt at line 2: field maybe_applied expected true or false")
    ckpt = checkpoint_with(tmp_path / "c.ckpt", b'{"key":"1","event":"failed","error":7}')
    await refused(ckpt, r"corrupt at line 2: field maybe_applied is missing")


@pytest.mark.parametrize(
    "tail",
    [b"garbage", b"\x00\x00\x00\x00", b'{"key":"4","event":"ok"}}', b"[1, 2", b"12"],
    ids=["text", "nul bytes", "object then junk", "array", "number"],
)
async def test_garbage_appended_without_a_newline_names_its_line(
    tmp_path: Path, tail: bytes
) -> None:
    ckpt = checkpoint_with(tmp_path / "job.ckpt", b'{"key":"1","event":"ok"}', tail=tail)
    before = ckpt.read_bytes()
    await refused(ckpt, r"corrupt at line 3")
    assert ckpt.read_bytes() == before, "a refused checkpoint is left exactly as it was"


async def test_damage_in_the_middle_is_refused_even_with_a_torn_end(tmp_path: Path) -> None:
    ckpt = checkpoint_with(
        tmp_path / "job.ckpt", b'{"key":"1","event":"ok"}', b"oops", tail=b'{"key":"3","ev'
    )
    await refused(ckpt, r"corrupt at line 3: not a JSON record: 'oops'")


async def test_a_file_that_is_not_a_checkpoint_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "rows.jsonl"
    other.write_text('{"conversation_id": 1}\n', encoding="utf-8")
    await refused(other, r"not a dixa-async checkpoint file \(line 1 should be its header\)")


# -- a torn final record is what a crash leaves: dropped, and cut from the file -----------


async def test_a_torn_last_record_is_dropped_and_cut_so_later_runs_still_load(
    tmp_path: Path,
) -> None:
    ckpt = tmp_path / "job.ckpt"
    client = Recorder()
    await run_job(client, range(3), write, checkpoint=ckpt)
    intact = ckpt.read_bytes()
    ckpt.write_bytes(intact + b'{"key":"3","event":"started"')  # crash mid-write
    again = await run_job(client, range(4), write, checkpoint=ckpt)
    assert (again.skipped, again.succeeded) == (3, 1)
    text = ckpt.read_text(encoding="utf-8")
    assert '"event":"started"{' not in text
    assert text.endswith("\n")
    # Earlier versions glued a newline after the torn bytes: the third run then found
    # "corrupt" data in the middle. Every line is now a whole record.
    third = await run_job(client, range(5), write, checkpoint=ckpt)
    assert (third.skipped, third.succeeded) == (4, 1)
    assert client.sent == [0, 1, 2, 3, 4]
    assert all(json.loads(line) for line in text.splitlines())


async def test_a_complete_last_record_that_lost_only_its_newline_is_kept(tmp_path: Path) -> None:
    ckpt = checkpoint_with(
        tmp_path / "job.ckpt", b'{"key":"0","event":"ok"}', tail=b'{"key":"1","event":"ok"}'
    )
    client = Recorder()
    report = await run_job(client, range(3), write, checkpoint=ckpt)
    assert (report.skipped, report.succeeded) == (2, 1)
    assert client.sent == [2]
    lines = ckpt.read_text(encoding="utf-8").splitlines()
    assert lines[2] == '{"key":"1","event":"ok"}'  # its own line again
    assert json.loads(lines[3])["key"] == "2"


async def test_a_torn_header_is_a_fresh_file(tmp_path: Path) -> None:
    ckpt = tmp_path / "job.ckpt"
    ckpt.write_bytes(b'{"checkpoint":1,"jo')
    report = await run_job(Recorder(), range(2), write, checkpoint=ckpt)
    assert report.succeeded == 2
    first = ckpt.read_text(encoding="utf-8").splitlines()[0]
    assert json.loads(first) == {
        "format": 3,
        "kind": "dixa-async checkpoint",
        "job": "operation",
        "keys": None,  # run_job with its own key function does not say
        "target": None,  # a stand-in client says nowhere
    }


def _records() -> list[str]:
    """Records exactly as the checkpoint writer lays them out."""
    records: list[dict[str, object]] = [
        {"checkpoint": 1, "job": "tag:42"},
        {"checkpoint": 1, "job": None},
        {"key": "1042", "event": "started"},
        {"key": "1042", "event": "ok"},
        {"key": "7", "event": "failed", "maybe_applied": True, "error": 'ServerError: "x" \\ é'},
        {"key": "8", "event": "failed", "maybe_applied": False, "error": None},
        {"format": 2, "kind": "dixa-async checkpoint", "job": "tag:42", "target": None},
        {
            "format": 2,
            "kind": "dixa-async checkpoint",
            "job": "x",
            "target": {"base_url": "http://127.0.0.1:1", "tokens": ["sha256:0123456789abcdef"]},
        },
        {"key": "7", "event": "failed", "in_doubt": True, "error": "ServerError: x"},
        {
            "format": 3,
            "kind": "dixa-async checkpoint",
            "job": "x",
            "keys": "content",
            "target": None,
        },
        {"key": "3f0a9c1e5b7d2468#2", "event": "started", "at": 1764740000.125},
    ]
    return [json.dumps(r, separators=(",", ":")) for r in records]


@pytest.mark.parametrize("record", _records())
def test_every_cut_of_a_real_record_counts_as_torn(record: str) -> None:
    for cut in range(1, len(record)):
        assert is_cut_off_object(record[:cut]), record[:cut]
    assert not is_cut_off_object(record), "a whole record is not cut off"


@pytest.mark.parametrize(
    "text",
    ["", "garbage", "x{", '{"a":1}}', '{"a":1} ', '{"a":tx', '{"a":"\\q', '{"a":1]', '"str', "[1,"],
)
def test_text_that_cannot_start_a_record_is_not_torn(text: str) -> None:
    assert not is_cut_off_object(text)


# -- paths that cannot be written ----------------------------------------------------------


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may create files in: chmod for a normal user; for root (whom file
    modes do not stop) the ext4/xfs immutable flag."""
    folder = tmp_path / "locked-down"
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


async def test_a_missing_folder_is_reported_and_not_created(tmp_path: Path) -> None:
    ckpt = tmp_path / "no-such-folder" / "job.ckpt"
    await refused(ckpt, r"cannot create checkpoint .*: the folder .*no-such-folder does not exist")
    assert not ckpt.parent.exists()


async def test_a_dry_run_reports_a_missing_folder_too(tmp_path: Path) -> None:
    ckpt = tmp_path / "no-such-folder" / "job.ckpt"
    with pytest.raises(JobError, match="does not exist"):
        await run_job(Recorder(), range(2), write, checkpoint=ckpt, dry_run=True)


async def test_a_file_where_a_folder_should_be_is_reported(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    await refused(afile / "job.ckpt", r"afile is a file, not a folder")


async def test_a_folder_in_place_of_the_checkpoint_is_reported(tmp_path: Path) -> None:
    await refused(tmp_path, r"is a folder, not a file")
    with pytest.raises(JobError, match="is a folder, not a file"):
        await run_job(Recorder(), range(2), write, checkpoint=tmp_path, dry_run=True)


async def test_a_read_only_folder_is_reported(read_only_dir: Path) -> None:
    await refused(read_only_dir / "job.ckpt", r"permission denied \(the folder .* is read-only\)")


@pytest.fixture
def read_only_checkpoint(tmp_path: Path) -> Iterator[Path]:
    """A checkpoint file that cannot be opened for writing (chmod; immutable for root)."""
    ckpt = checkpoint_with(tmp_path / "job.ckpt", b'{"key":"0","event":"ok"}')
    as_root = os.geteuid() == 0
    if as_root:
        flagged = subprocess.run(["chattr", "+i", str(ckpt)], capture_output=True, check=False)
        if flagged.returncode != 0:
            pytest.skip(f"cannot make a read-only file as root here: {flagged.stderr!r}")
    else:
        ckpt.chmod(0o444)
    try:
        yield ckpt
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(ckpt)], check=True)


async def test_a_read_only_checkpoint_file_is_reported(read_only_checkpoint: Path) -> None:
    await refused(read_only_checkpoint, r"permission denied \(.*job.ckpt is read-only\)")


def test_checkpoint_open_errors_are_typed_when_used_directly(tmp_path: Path) -> None:
    with pytest.raises(JobError, match="does not exist"):
        Checkpoint(tmp_path / "missing" / "c.ckpt").load()
    with pytest.raises(JobError, match="is a folder"):
        Checkpoint(tmp_path).load(write=False)


# -- the export file follows the same rule --------------------------------------------------


def _no_requests(fake: FakeDixa) -> bool:
    return sum(stats.requests for stats in fake.stats.values()) == 0


async def test_export_file_damage_is_reported_not_cut_away(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    ids = sorted(fake_dixa.store.conversations)[:3]
    output = tmp_path / "export.jsonl"
    content = b'{"id":%d}\nnot json\n{"id":%d}\n' % (ids[0], ids[1])
    output.write_bytes(content)
    with pytest.raises(JobError, match=r"export file .* is corrupt at line 2"):
        await export_conversations(dixa_client, ids, output, parts=[])
    assert output.read_bytes() == content, "exported lines after the damage are kept"
    assert _no_requests(fake_dixa)


async def test_export_lines_need_a_conversation_id(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path
) -> None:
    output = tmp_path / "export.jsonl"
    output.write_bytes(b'{"conversation":{}}\n')
    with pytest.raises(JobError, match="line 1: a line without a conversation id"):
        await export_conversations(dixa_client, [1], output, parts=[])
    assert _no_requests(fake_dixa)


@pytest.mark.parametrize("where", ["missing", "file"])
async def test_export_does_not_create_folders_or_write_through_files(
    dixa_client: DixaClient, fake_dixa: FakeDixa, tmp_path: Path, where: str
) -> None:
    if where == "file":
        (tmp_path / "afile").write_text("x", encoding="utf-8")
        output, match = tmp_path / "afile" / "x.jsonl", "afile is a file, not a folder"
    else:
        output, match = tmp_path / "new" / "x.jsonl", "the folder .*new does not exist"
    with pytest.raises(JobError, match=match):
        await export_conversations(dixa_client, [1], output, parts=[])
    assert not (tmp_path / "new").exists()
    assert _no_requests(fake_dixa)
