"""The `--input` file of a bulk job, read strictly: CSV with a header row, or JSON lines.

A file that is not well-formed is refused as a whole, before anything is sent, with
`file:line: what is wrong`: a quote that is never closed, a row with more (or fewer)
values than the header has columns, a repeated or empty column name, a JSON line that is
not one object, a key given twice in one object, text that is not UTF-8.

`read_records` keeps the file's own keys and values (records in Dixa's shape; CSV values
stay text, to be converted per field by the job). `read_rows` is the form the short
operation names (`tag`, `close`, ...) use: every value a string, every column name
lower-case with underscores (`Conversation ID`, `conversationId` -> `conversation_id`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dixa_async.bulk import Record

__all__ = ["InputError", "normalise_column", "numbered_rows", "read_records", "read_rows"]


class InputError(ValueError):
    """The input file cannot be used; the message names the file and line."""


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = re.compile(r"[\s\-]+")
_SUFFIXES = {".csv": "csv", ".jsonl": "json", ".ndjson": "json", ".json": "json"}


def normalise_column(name: str) -> str:
    """`Conversation ID` / `conversationId` / `conversation-id` -> `conversation_id`."""
    snake = _CAMEL.sub("_", name.strip())
    return _SEPARATORS.sub("_", snake).lower()


def _text(file: Path) -> tuple[str, str]:
    """(format, the file's text) or InputError."""
    kind = _SUFFIXES.get(file.suffix.lower())
    if kind is None:
        shown = file.suffix or "no extension"
        raise InputError(f"{file}: use a .csv or .jsonl file (got {shown!r})")
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {file}: {exc.strerror or exc}") from None
    try:
        return kind, raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"{file}:{line}: not UTF-8 text (byte {raw[exc.start]:#04x}); save the file as UTF-8"
        ) from None


def read_records(path: str | Path) -> list[Record]:
    """Every record of `path` with its line number (blank lines and empty CSV rows skipped).

    Raises InputError for a file that cannot be read or is not well-formed.
    """
    file = Path(path)
    kind, text = _text(file)
    if kind == "csv":
        return [Record(line, row, text=True) for line, row in _csv(file, text)]
    return [Record(line, obj) for line, obj in _json_lines(file, text)]


def read_rows(path: str | Path) -> list[dict[str, str]]:
    """Every row of `path` as text keyed by normalised column names (see the module doc).

    Raises InputError as `read_records` does, and for two keys of one row that normalise
    to the same column.
    """
    return [row for _, row in numbered_rows(path)]


def numbered_rows(path: str | Path) -> list[tuple[int, dict[str, str]]]:
    """`read_rows`, each row with its line in the file."""
    rows = []
    for record in read_records(path):
        row: dict[str, str] = {}
        for name, value in record.data.items():
            column = normalise_column(str(name))
            if column in row:
                raise InputError(
                    f"{path}:{record.line}: two columns mean {column!r}; keep one of them"
                )
            row[column] = _cell(value)
        if any(row.values()):
            rows.append((record.line, row))
    return rows


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value).strip()
    return json.dumps(value)


def _csv(file: Path, text: str) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    header: list[str] | None = None
    try:
        for values in reader:
            line, start = start, reader.line_num + 1
            if header is None:
                header = _header(file, line, values)
                continue
            if not values or all(not v.strip() for v in values):
                continue  # a blank line or a row of empty cells
            if len(values) != len(header):
                raise InputError(
                    f"{file}:{line}: {len(values)} value(s) but the header has "
                    f"{len(header)} column(s) ({', '.join(header)}); quote values that "
                    "contain commas"
                )
            yield line, dict(zip(header, values, strict=True))
    except csv.Error as exc:
        if "end of data" in str(exc):
            raise InputError(
                f"{file}:{start}: a quoted value starting on this line is never closed "
                "(the quote runs to the end of the file)"
            ) from None
        raise InputError(f"{file}:{reader.line_num}: not valid CSV ({exc})") from None
    if header is None:
        raise InputError(f"{file}: the CSV file needs a header row")


def _header(file: Path, line: int, values: list[str]) -> list[str]:
    names = [v.strip() for v in values]
    if not names or all(not n for n in names):
        raise InputError(f"{file}:{line}: the CSV file needs a header row")
    for index, name in enumerate(names, start=1):
        if not name:
            raise InputError(f"{file}:{line}: column {index} of the header has no name")
        if names.index(name) != index - 1:
            raise InputError(f"{file}:{line}: the header names column {name!r} twice")
    return names


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(key)
        data[key] = value
    return data


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _json_lines(file: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    # Split on newlines only: JSON strings may hold U+2028 and other characters that
    # `str.splitlines` would also break on.
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            record = json.loads(line, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
        except _DuplicateKey as exc:
            raise InputError(f"{file}:{number}: key {exc.key!r} appears twice") from None
        except json.JSONDecodeError as exc:
            hint = (
                " (write one JSON object per line, not one JSON array)"
                if number == 1 and line.lstrip().startswith("[")
                else ""
            )
            raise InputError(f"{file}:{number}: not JSON ({exc.msg}){hint}") from None
        except ValueError as exc:
            raise InputError(f"{file}:{number}: not JSON ({exc})") from None
        if not isinstance(record, dict):
            raise InputError(f"{file}:{number}: expected a JSON object per line")
        yield number, record
