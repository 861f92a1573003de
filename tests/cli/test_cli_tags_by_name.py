"""Issue 18 case 9: tags by name. `bulk tag` never creates a tag for an unknown name unless
`--create-missing`: the records naming it fail (listed in the results), the others run. A tag
name where a tag id belongs gets a hint, in bulk records and from `tags.tag` itself."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _cli_support import CLI, Run, cli_runner, served_fake
from dixa_async.bulk import RecordError, ResultStatus, run_bulk

from dixa_async import DixaClient, NotFoundError


@pytest.fixture(scope="module")
def fake_url() -> Iterator[str]:
    with served_fake("--conversations", "50", "--no-rate-limit") as url:
        yield url


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fake_url: str) -> CLI:
    runner = cli_runner(capsys, monkeypatch)

    def run(*argv: str) -> Run:
        return runner(
            ["bulk", *argv, "--base-url", fake_url, "--api-key", "k", "--rate-limit", "0"]
        )

    return run


def _tag_names(url: str) -> set[str]:
    response = httpx.get(
        f"{url}/v1/tags", params={"includeDeactivated": "true"}, headers={"Authorization": "k"}
    )
    response.raise_for_status()
    return {t["name"] for t in response.json()["data"]}


def _results(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_an_unknown_tag_name_fails_its_records_and_creates_no_tag(
    cli: CLI, fake_url: str, tmp_path: Path
) -> None:
    known = sorted(_tag_names(fake_url))[0]
    rows = tmp_path / "tags.csv"
    rows.write_text(
        f"conversation_id,tag\n1001,{known}\n1002,vipp\n1003,{known}\n", encoding="utf-8"
    )
    results = tmp_path / "results.jsonl"
    run = cli("tag", "--input", str(rows), "--results", str(results))
    assert run.status == 1, run.stderr
    assert "No tag named 'vipp'" in run.stderr
    assert "--create-missing" in run.stderr
    assert "vipp" not in _tag_names(fake_url)
    by_line = {r["line"]: r for r in _results(results)}
    assert [by_line[n]["status"] for n in (2, 3, 4)] == ["ok", "failed", "ok"]
    assert by_line[3]["error"]["type"] == "RecordError"
    assert "'vipp' is not a tag id" in by_line[3]["error"]["message"]


def test_create_missing_creates_the_tag_and_tags_with_it(
    cli: CLI, fake_url: str, tmp_path: Path
) -> None:
    rows = tmp_path / "ids.csv"
    rows.write_text("conversation_id\n1004\n1005\n", encoding="utf-8")
    dry = cli(
        "tag", "--input", str(rows), "--tag", "brand-new-tag", "--create-missing", "--dry-run"
    )
    assert dry.status == 0, dry.stderr
    assert "brand-new-tag" not in _tag_names(fake_url)
    run = cli("tag", "--input", str(rows), "--tag", "brand-new-tag", "--create-missing")
    assert run.status == 0, run.stderr
    assert "brand-new-tag" in _tag_names(fake_url)


def test_create_missing_is_only_for_tag(cli: CLI, tmp_path: Path) -> None:
    rows = tmp_path / "ids.csv"
    rows.write_text("conversation_id\n1004\n", encoding="utf-8")
    run = cli("untag", "--input", str(rows), "--tag", "x", "--create-missing")
    assert run.status == 2
    assert "--create-missing" in run.stderr


async def test_run_bulk_refuses_a_tag_name_as_tag_id_with_a_hint(
    dixa_client: DixaClient,
) -> None:
    records = [{"conversation_id": 1001, "tag_id": "vip"}]
    report = await run_bulk(dixa_client, "tags.tag", records, batch=False)
    (result,) = report.results
    assert result.status is ResultStatus.FAILED
    assert result.error is not None
    assert result.error["type"] == RecordError.__name__
    assert "'vip' is not a tag id" in result.error["message"]
    assert "resolve_tags" in result.error["message"]
    assert dixa_client.stats.requests == 0


async def test_tags_tag_given_a_name_says_how_to_tag_by_name(dixa_client: DixaClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        await dixa_client.tags.tag(1001, "vip")
    notes = "\n".join(getattr(caught.value, "__notes__", []))
    assert "'vip' is not a tag id" in notes
    assert "bulk_tag" in notes
    assert "resolve_tags" in notes
