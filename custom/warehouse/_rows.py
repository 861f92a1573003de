"""Dixa's models as database rows: every field Dixa sent (unknown ones too), timestamps as
aware UTC datetimes, ids as Dixa typed them.

A model's `to_dict()` is Dixa's own JSON again - field names as Dixa spells them, fields the
SDK does not model kept (`additional_properties`) - with timestamps as ISO strings. A
database would load those strings as text, so every string under a timestamp-named key
(`*_at`, `*At`, `*_timestamp`, `*Timestamp`) that reads as an ISO-8601 date-time becomes a
UTC `datetime`, at any depth. Keys are matched rather than every string parsed: a subject
line that happens to look like a date stays text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Protocol

__all__ = ["Modelled", "row_of", "timestamps_to_utc"]

_STAMP_KEY = re.compile(r"(_at|At|_timestamp|Timestamp)$")
# Dates with a time and a zone (Z or an offset), as Dixa writes them; nothing looser.
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$")


class Modelled(Protocol):
    """A generated model: anything with `to_dict()`."""

    def to_dict(self) -> dict[str, Any]: ...


def _utc(text: str) -> dt.datetime | str:
    if not _ISO.match(text):
        return text
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return moment.astimezone(dt.UTC)


def _convert(value: Any, stamp: bool) -> Any:
    if isinstance(value, str):
        return _utc(value) if stamp else value
    if isinstance(value, dict):
        return timestamps_to_utc(value)
    if isinstance(value, list):
        return [_convert(item, stamp) for item in value]
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC) if value.tzinfo is not None else value
    return value


def timestamps_to_utc(record: dict[str, Any]) -> dict[str, Any]:
    """A copy of `record` whose timestamp-named string fields are aware UTC datetimes."""
    return {key: _convert(value, bool(_STAMP_KEY.search(key))) for key, value in record.items()}


def row_of(item: Modelled, **extra: Any) -> dict[str, Any]:
    """`item` as a row: its `to_dict()` with timestamps as UTC datetimes, plus `extra`
    columns (e.g. the conversation a note belongs to)."""
    row = timestamps_to_utc(item.to_dict())
    row.update(extra)
    return row
