"""Argument parsing, input files and target selection of `dixa-async`, without a server."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest
from dixa_async.cli._args import parse_moment
from dixa_async.cli._commands import build_parser
from dixa_async.cli._export import parse_parts
from dixa_async.cli._inputs import InputError, read_rows
from dixa_async.cli._target import resolve_target
from dixa_async.warehouse import Part

from dixa_async import ConfigurationError


def test_bulk_takes_operation_input_and_job_options() -> None:
    args = build_parser().parse_args(
        ["bulk", "tag", "--input", "ids.csv", "--tag", "vip", "--checkpoint", "c.jsonl",
         "--api-key", "k1", "--api-key", "k2", "--json", "--concurrency", "4"]
    )  # fmt: skip
    assert (args.command, args.operation, args.input, args.tag_name) == (
        "bulk", "tag", "ids.csv", "vip"
    )  # fmt: skip
    assert args.checkpoint == "c.jsonl"
    assert args.api_keys == ["k1", "k2"]
    assert args.json
    assert args.concurrency == 4
    assert not args.yes
    assert not args.dry_run


@pytest.mark.parametrize(
    "argv",
    [
        ["bulk", "tag"],  # --input is required
        ["bulk", "explode", "--input", "x.csv"],  # unknown operation
        ["export", "--status", "open"],  # --output is required
        ["search", "--status", "archived"],  # not a Dixa status
        ["search", "--created-since", "yesterday-ish"],
        ["bulk", "close", "--input", "x.csv", "--concurrency", "0"],
        [],  # a command is required
    ],
)
def test_invalid_command_lines_exit_with_usage_status(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(argv)
    assert exc.value.code == 2


def test_search_filters_parse_into_typed_values() -> None:
    args = build_parser().parse_args(
        ["search", "--status", "open", "--status", "pending", "--channel", "email",
         "--tag", "vip", "--created-since", "2024-05-01", "--any", "--limit", "10"]
    )  # fmt: skip
    assert args.status == ["open", "pending"]
    assert args.channel == ["email"]
    assert args.tags == ["vip"]
    assert args.match_any
    assert args.limit == 10
    assert args.created_since == dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def test_moments_accept_iso_and_relative_ages() -> None:
    now = dt.datetime(2024, 6, 10, 12, tzinfo=dt.UTC)
    assert parse_moment("7d", now=now) == dt.datetime(2024, 6, 3, 12, tzinfo=dt.UTC)
    assert parse_moment("30m", now=now) == dt.datetime(2024, 6, 10, 11, 30, tzinfo=dt.UTC)
    offset = parse_moment("2024-06-01T10:00:00+02:00")
    assert offset == dt.datetime(2024, 6, 1, 8, tzinfo=dt.UTC)


def test_include_parts() -> None:
    assert parse_parts("messages,notes") == [Part.MESSAGES, Part.INTERNAL_NOTES]
    assert parse_parts("none") == []
    assert set(parse_parts("all")) == set(Part)
    with pytest.raises(ConfigurationError, match="unknown part"):
        parse_parts("attachments")


def test_csv_and_jsonl_rows_normalise_column_names(tmp_path: Path) -> None:
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("Conversation ID,Tag\n1001,vip\n\n1002, refund \n", encoding="utf-8")
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text('{"conversationId": 1001, "note": "hi"}\n\n{"id": 7}\n', encoding="utf-8")
    assert read_rows(csv_file) == [
        {"conversation_id": "1001", "tag": "vip"},
        {"conversation_id": "1002", "tag": "refund"},
    ]
    assert read_rows(jsonl) == [{"conversation_id": "1001", "note": "hi"}, {"id": "7"}]


def test_bad_input_files_name_the_problem(tmp_path: Path) -> None:
    broken = tmp_path / "in.jsonl"
    broken.write_text('{"id": 1}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"in\.jsonl:2: expected a JSON object"):
        read_rows(broken)
    with pytest.raises(InputError, match=r"use a \.csv or \.jsonl"):
        read_rows(tmp_path / "ids.txt")
    with pytest.raises(InputError, match="cannot read"):
        read_rows(tmp_path / "missing.csv")


def test_keys_come_from_options_or_environment_and_are_never_described() -> None:
    target = resolve_target(None, "http://127.0.0.1:9", None, environ={"DIXA_API_KEY": "a, b"})
    assert target.keys == ("a", "b")
    assert not target.is_embedded
    assert "a" not in target.describe().replace("127.0.0.1", "")
    given = resolve_target(["secret-key"], None, 0, environ={"DIXA_API_KEY": "other"})
    assert given.keys == ("secret-key",)
    assert given.rate_limit is None
    assert given.base_url == "https://dev.dixa.io"
    assert "secret-key" not in given.describe()


def test_fake_targets_the_embedded_fake_at_dixas_limit_whatever_the_environment() -> None:
    target = resolve_target(None, None, None, fake=True, environ={"DIXA_API_KEY": "real"})
    assert target.is_embedded
    assert "embedded fake Dixa" in target.describe()
    assert target.rate_limit is not None
    assert target.rate_limit.per_second == 10


@pytest.mark.parametrize("base_url", [None, "http://127.0.0.1:9"])
def test_without_a_key_there_is_no_target_and_the_error_says_how_to_give_one(
    base_url: str | None,
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        resolve_target(None, base_url, None, environ={})
    message = str(caught.value)
    assert "--api-key" in message
    assert "DIXA_API_KEY" in message
    assert "--fake" in message
    assert "\n" not in message


def test_fake_with_a_key_or_a_base_url_is_a_usage_error() -> None:
    with pytest.raises(ConfigurationError, match=r"--fake .* drop --api-key"):
        resolve_target(["k"], None, None, fake=True, environ={})
    with pytest.raises(ConfigurationError, match="drop --base-url"):
        resolve_target(None, "http://127.0.0.1:9", None, fake=True, environ={})


def test_version_prints_the_installed_distributions_version() -> None:
    # The installed `dixa-async` script, as a user runs it.
    script = Path(sys.executable).with_name("dixa-async")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.strip() == f"dixa-async {importlib.metadata.version('dixa-async')}"
