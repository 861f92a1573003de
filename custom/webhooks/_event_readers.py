"""Lenient readers: one decoded JSON value in, a typed value or None out, never an exception.

Each reader returns None (or an empty tuple) for a missing key, an explicit null and a value of
the wrong JSON type alike; `None` is therefore what every reader returns for "absent". The
payload models declare their attributes with these readers (see `_event_fields.wire_field`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import TypeAlias, TypeVar

from dixa_async.types import parse_datetime

__all__ = ["JSONObject", "JSONValue", "parse_timestamp"]

JSONValue: TypeAlias = "str | int | float | bool | list[JSONValue] | dict[str, JSONValue] | None"
"""Any value `json.loads` can produce."""

JSONObject: TypeAlias = Mapping[str, JSONValue]
"""A decoded JSON object, as kept in `raw`, `extra` and `data`."""

_T = TypeVar("_T")
_E = TypeVar("_E", bound=StrEnum)

_INT = re.compile(r"-?[0-9]{1,19}")
_DECIMAL = re.compile(r"-?[0-9]{1,19}\.[0-9]{1,19}")


def parse_timestamp(value: str) -> datetime:
    """Parse a Dixa timestamp into an aware UTC-based datetime.

    Accepts ISO-8601 with or without fractional seconds and with `Z` or a numeric offset, the
    Java `ZonedDateTime` form with a zone-id suffix (`2021-12-01T12:46:36.581Z[GMT]`: the
    `[...]` part is dropped) and zone-less local date-times (`2021-12-01T12:46:35.935`), which
    are taken to be UTC like every other Dixa timestamp.

    Raises:
        ValueError: the text is not such a timestamp.
    """
    try:
        parsed = parse_datetime(value)
    except (ValueError, OverflowError, TypeError) as exc:
        raise ValueError(f"not an ISO-8601 timestamp: {value[:64]!r}") from exc
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        # An offset pushing a year-1 or year-9999 value out of range: keep the original zone.
        return parsed


def as_timestamp(value: JSONValue) -> datetime | None:
    """A timestamp string (any `parse_timestamp` form) or epoch milliseconds."""
    if isinstance(value, str):
        try:
            return parse_timestamp(value)
        except ValueError:
            return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        # Not seen in webhook payloads, but Dixa uses epoch millis in the signature header.
        try:
            return datetime.fromtimestamp(value / 1000, tz=UTC)
        except (ValueError, OverflowError, OSError):
            return None
    return None


def as_object(value: JSONValue) -> dict[str, JSONValue] | None:
    """A JSON object, as delivered."""
    return value if isinstance(value, dict) else None


def as_str(value: JSONValue) -> str | None:
    """A string; an integer is accepted in its decimal form (ids are sometimes numbers)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def as_int(value: JSONValue) -> int | None:
    """An integer, an integral float or a decimal string of at most 19 digits."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INT.fullmatch(value.strip()):
        return int(value)
    return None


def as_number(value: JSONValue) -> int | float | None:
    """A JSON number, or a string holding one (integers stay `int`)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        as_integer = as_int(value)
        if as_integer is not None:
            return as_integer
        if _DECIMAL.fullmatch(value.strip()):
            return float(value)
    return None


def as_bool(value: JSONValue) -> bool | None:
    """A JSON boolean (no truthiness: `"true"` and `1` are not booleans)."""
    return value if isinstance(value, bool) else None


def enum_of(kind: type[_E]) -> Callable[[JSONValue], _E | str | None]:
    """A reader of `kind` members; a string `kind` does not know stays a plain `str`."""

    def read(value: JSONValue) -> _E | str | None:
        if not isinstance(value, str):
            return None
        try:
            return kind(value)
        except ValueError:
            return value  # a value Dixa added later: keep it rather than fail

    return read


def tuple_of(item: Callable[[JSONValue], _T | None]) -> Callable[[JSONValue], tuple[_T, ...]]:
    """A reader of JSON arrays: each element read by `item`, unreadable ones dropped (they stay
    in the model's `raw`). Anything but an array reads as `()`."""

    def read(value: JSONValue) -> tuple[_T, ...]:
        if not isinstance(value, list):
            return ()
        return tuple(read_item for read_item in map(item, value) if read_item is not None)

    return read
