"""Rows of a bulk job's `--input` file, read from CSV (header row) or JSON lines.

Every row becomes a plain `dict[str, str]` keyed by lower-case, underscore-separated column
names (`Conversation ID`, `conversationId` and `conversation_id` are the same column), so
files exported from spreadsheets and from other tools both work.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

__all__ = ["InputError", "normalise_column", "read_rows"]


class InputError(ValueError):
    """The input file cannot be used; the message names the file and line."""


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = re.compile(r"[\s\-]+")


def normalise_column(name: str) -> str:
    """`Conversation ID` / `conversationId` / `conversation-id` -> `conversation_id`."""
    snake = _CAMEL.sub("_", name.strip())
    return _SEPARATORS.sub("_", snake).lower()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value).strip()
    return json.dumps(value)


def read_rows(path: str | Path) -> list[dict[str, str]]:
    """All rows of `path` (`.csv`, or `.jsonl`/`.ndjson`/`.json` lines). Blank lines are skipped.

    Raises:
        InputError: unreadable file, unknown extension, a JSON line that is not an object,
            or a CSV file without a header row.
    """
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in {".csv", ".jsonl", ".ndjson", ".json"}:
        raise InputError(f"{file}: use a .csv or .jsonl file (got {suffix or 'no extension'!r})")
    try:
        text = file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read {file}: {exc.strerror or exc}") from None
    return _csv_rows(file, text) if suffix == ".csv" else _json_rows(file, text)


def _csv_rows(file: Path, text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames:
        raise InputError(f"{file}: the CSV file needs a header row")
    columns = [normalise_column(name) for name in reader.fieldnames]
    rows = []
    for record in reader:
        values = [record.get(name) for name in reader.fieldnames]
        row = {col: _cell(v) for col, v in zip(columns, values, strict=True)}
        if any(row.values()):
            rows.append(row)
    return rows


def _json_rows(file: Path, text: str) -> list[dict[str, str]]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{file}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{file}:{number}: expected a JSON object per line")
        rows.append({normalise_column(str(k)): _cell(v) for k, v in record.items()})
    return rows
