"""Issue 18 case 10: a `"body"` key on an operation without a body is refused; a results file
another job wrote is not overwritten unless asked (`overwrite_results=True` / `--force`); one
rule for folders (`-o`, `--results`, `--checkpoint`, `--state`, `export --since -o DIR`,
`sync -o DIR`): dixa-async creates what a path names, never the folder it is in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _cli_support import CLI, cli_runner
from dixa_async.bulk import RecordError, ResultStatus, run_bulk

from dixa_async import DixaClient, JobError


async def _tag_id(client: DixaClient) -> str:
    return str((await client.tags.list())[0].id)


async def test_a_body_on_an_operation_without_one_is_refused(dixa_client: DixaClient) -> None:
    tag_id = await _tag_id(dixa_client)
    before = dixa_client.stats.requests
    record = {"conversation_id": 1001, "tag_id": tag_id, "body": {"note": "ignored?"}}
    report = await run_bulk(dixa_client, "tags.tag", [record], batch=False)
    (result,) = report.results
    assert result.status is ResultStatus.FAILED
    assert result.error is not None
    assert result.error["type"] == RecordError.__name__
    assert "field 'body': this operation takes no request body" in result.error["message"]
    assert dixa_client.stats.requests == before


def _close(n: int) -> list[dict[str, int]]:
    return [{"conversation_id": 1001 + i} for i in range(n)]


async def test_a_results_file_of_another_job_is_refused_unless_overwrite(
    dixa_client: DixaClient, tmp_path: Path
) -> None:
    results = tmp_path / "results.jsonl"
    await run_bulk(dixa_client, "conversations.close", _close(2), results=results)
    first = results.read_text(encoding="utf-8")
    assert all(json.loads(line)["job"] == "conversations.close" for line in first.splitlines())
    sent = dixa_client.stats.requests
    # Without a checkpoint every run is a new job: the first run's responses are kept.
    with pytest.raises(JobError, match=r"holds the results of job 'conversations\.close'"):
        await run_bulk(dixa_client, "conversations.reopen", _close(1), results=results)
    assert results.read_text(encoding="utf-8") == first
    assert dixa_client.stats.requests == sent
    report = await run_bulk(
        dixa_client, "conversations.reopen", _close(1), results=results, overwrite_results=True
    )
    assert report.succeeded == 1
    assert len(results.read_text(encoding="utf-8").splitlines()) == 1


async def test_the_same_checkpointed_job_reuses_its_results_file_another_does_not(
    dixa_client: DixaClient, tmp_path: Path
) -> None:
    results, ckpt = tmp_path / "results.jsonl", tmp_path / "close.ckpt"
    await run_bulk(dixa_client, "conversations.close", _close(2), results=results, checkpoint=ckpt)
    again = await run_bulk(
        dixa_client, "conversations.close", _close(3), results=results, checkpoint=ckpt
    )
    assert (again.succeeded, again.skipped) == (1, 2)
    with pytest.raises(JobError, match="holds the results of job"):
        await run_bulk(
            dixa_client, "conversations.close", _close(3), results=results,
            checkpoint=tmp_path / "other.ckpt",
        )  # fmt: skip
    assert not (tmp_path / "other.ckpt").exists()


async def test_a_file_that_is_not_a_results_file_is_refused(
    dixa_client: DixaClient, tmp_path: Path
) -> None:
    results = tmp_path / "notes.txt"
    results.write_text("my own notes\n", encoding="utf-8")
    with pytest.raises(JobError, match="holds the results of something else"):
        await run_bulk(dixa_client, "conversations.close", _close(1), results=results)
    assert results.read_text(encoding="utf-8") == "my own notes\n"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CLI:
    run = cli_runner(capsys, monkeypatch)
    return lambda *argv: run([*argv, "--fake", "--rate-limit", "0"])


def test_cli_refuses_another_jobs_results_before_writing_anything_and_force_overwrites(
    cli: CLI, tmp_path: Path
) -> None:
    rows = tmp_path / "ids.csv"
    rows.write_text("conversation_id\n1001\n", encoding="utf-8")
    results, ckpt = tmp_path / "results.jsonl", tmp_path / "close.ckpt"
    results.write_text('{"line": 2, "key": "x", "status": "ok", "job": "other"}\n', "utf-8")
    argv = ["bulk", "conversations.close", "--input", str(rows), "--results", str(results)]
    run = cli(*argv, "--checkpoint", str(ckpt))
    assert run.status == 2
    assert "holds the results of job 'other'" in run.stderr
    assert "--force" in run.stderr
    assert not ckpt.exists()
    forced = cli(*argv, "--checkpoint", str(ckpt), "--force")
    assert forced.status == 0, forced.stderr
    assert json.loads(results.read_text("utf-8").splitlines()[0])["status"] == "ok"
    # Re-running the same checkpointed job is its own file: no --force needed.
    assert cli(*argv, "--checkpoint", str(ckpt)).status == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["sync", "--state", "{tmp}/state.json", "-o", "{tmp}/missing/batches", "--since", "7d"],
        ["sync", "--state", "{tmp}/missing/state.json", "-o", "{tmp}/batches", "--since", "7d"],
        ["export", "--since", "7d", "-o", "{tmp}/missing/warehouse"],
        ["export", "--status", "open", "-o", "{tmp}/missing/out.jsonl"],
        ["bulk", "close", "--input", "{tmp}/ids.csv", "--checkpoint", "{tmp}/missing/c.ckpt"],
        ["bulk", "conversations.close", "--input", "{tmp}/ids.csv",
         "--results", "{tmp}/missing/r.jsonl"],
    ],
    ids=["sync -o", "sync --state", "export --since -o", "export -o", "--checkpoint", "--results"],
)  # fmt: skip
def test_no_command_creates_the_folder_a_path_is_in(
    cli: CLI, tmp_path: Path, argv: list[str]
) -> None:
    (tmp_path / "ids.csv").write_text("conversation_id\n1001\n", encoding="utf-8")
    before = sorted(tmp_path.rglob("*"))
    run = cli(*[a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert run.status == 2, run.stderr
    assert f"the folder {tmp_path / 'missing'} does not exist" in run.stderr
    assert sorted(tmp_path.rglob("*")) == before
