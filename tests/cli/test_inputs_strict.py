"""A malformed `--input` file is refused whole, before anything is sent: exit 2 with
`file:line: what is wrong` (issue 13, item 7). A column that overrides an option is named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dixa_async.cli import main
from dixa_async.cli._inputs import InputError, read_records, read_rows

# Nothing listens here: a command that sent anything would fail with exit 3, not 2.
NOWHERE = ["--base-url", "http://127.0.0.1:9", "--api-key", "strict-test", "--rate-limit", "0"]


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "unclosed.csv",
            'conversation_id,tag\n1006,"unterminated\n1007,vip\n1008,vip\n',
            "unclosed.csv:2: a quoted value starting on this line is never closed",
        ),
        (
            "wide.csv",
            "conversation_id,tag\n1006,vip\n1007,vip,extra\n",
            "wide.csv:3: 3 value(s) but the header has 2 column(s) (conversation_id, tag)",
        ),
        ("narrow.csv", "conversation_id,tag\n1006\n", "narrow.csv:2: 1 value(s) but the header"),
        ("twice.csv", "id,tag,id\n1,a,2\n", "twice.csv:1: the header names column 'id' twice"),
        ("blank.csv", "id,,tag\n1,2,3\n", "blank.csv:1: column 2 of the header has no name"),
        ("stray.csv", 'id,tag\n1,"a"b\n', "stray.csv:2: not valid CSV"),
        ("latin1.csv", b"id,tag\n1,caf\xe9\n", "latin1.csv:2: not UTF-8 text"),
        ("empty.csv", "", "empty.csv: the CSV file needs a header row"),
        ("dup.jsonl", '{"id": 1}\n{"id": 2, "id": 3}\n', "dup.jsonl:2: key 'id' appears twice"),
        ("nan.jsonl", '{"id": NaN}\n', "nan.jsonl:1: not JSON"),
        ("list.jsonl", "[1, 2]\n", "list.jsonl:1: expected a JSON object per line"),
        ("array.json", '[\n  {"id": 1}\n]\n', "array.json:1: not JSON"),
    ],
)
def test_malformed_files_are_refused_with_file_and_line(
    tmp_path: Path, name: str, content: str | bytes, expected: str
) -> None:
    path = _write(tmp_path, name, content)
    with pytest.raises(InputError) as caught:
        read_records(path)
    assert expected in str(caught.value)


def test_well_formed_files_keep_line_numbers_and_multiline_values(tmp_path: Path) -> None:
    csv_file = _write(
        tmp_path, "notes.csv", 'conversation_id,message\n1001,"two\nlines"\n\n1002,plain\n'
    )
    records = read_records(csv_file)
    assert [(r.line, dict(r.data)) for r in records] == [
        (2, {"conversation_id": "1001", "message": "two\nlines"}),
        (5, {"conversation_id": "1002", "message": "plain"}),
    ]
    assert all(r.text for r in records)
    jsonl = _write(
        tmp_path, "notes.jsonl", '{"conversation_id": 1, "message": "a\u2028b"}\n\n{"x": 2}\n'
    )
    assert [(r.line, r.text) for r in read_records(jsonl)] == [(1, False), (3, False)]
    assert read_records(jsonl)[0].data["message"] == "a\u2028b"


def test_the_cli_exits_2_naming_the_line_and_sends_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unclosed = _write(tmp_path, "ids.csv", 'conversation_id,tag\n1006,"unterminated\n1007,vip\n')
    status = main(["bulk", "tag", "--input", str(unclosed), "--tag", "vip", *NOWHERE])
    err = capsys.readouterr().err
    assert status == 2
    assert f"{unclosed}:2: a quoted value starting on this line is never closed" in err
    wide = _write(tmp_path, "users.csv", "displayName,email\nAda,ada@example.com,extra\n")
    status = main(["bulk", "end_users.create", "--input", str(wide), *NOWHERE])
    err = capsys.readouterr().err
    assert status == 2
    assert f"{wide}:2: 3 value(s) but the header has 2 column(s)" in err


def test_a_results_path_that_cannot_be_written_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    users = _write(tmp_path, "users.jsonl", json.dumps({"displayName": "Ada"}) + "\n")
    blocker = _write(tmp_path, "afile", "not a folder")
    status = main(
        ["bulk", "end_users.create", "--input", str(users), "--results", f"{blocker}/x.jsonl",
         *NOWHERE]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert status == 2
    assert f"{blocker} is a file, not a folder" in err
    assert "Traceback" not in err


def test_a_column_that_overrides_an_option_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DIXA_API_KEY", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    rows = _write(tmp_path, "ids.csv", "conversation_id,tag\n1001,\n1002,refund\n1003,vip\n")
    # Against the embedded fake, as a dry run: nothing is written anywhere.
    status = main(["bulk", "tag", "--input", str(rows), "--tag", "vip", "--dry-run", "--fake"])
    err = capsys.readouterr().err
    assert status == 0, err
    assert "the 'tag' column overrides --tag 'vip' on 1 row(s) (line 3)" in err
    notes = _write(tmp_path, "notes.csv", "conversation_id,note\n1001,custom text\n1002,\n")
    status = main(
        ["bulk", "add-note", "--input", str(notes), "--note", "default", "--dry-run", "--fake"]
    )
    err = capsys.readouterr().err
    assert status == 0, err
    assert "the 'note' column overrides --note 'default' on 1 row(s) (line 2)" in err


def test_short_name_rows_keep_their_normalised_columns(tmp_path: Path) -> None:
    both = _write(tmp_path, "both.csv", "Conversation ID,conversation_id\n1,2\n")
    with pytest.raises(InputError, match=r"both\.csv:2: two columns mean 'conversation_id'"):
        read_rows(both)
