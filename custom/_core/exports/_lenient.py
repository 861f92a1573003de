"""Reading an export item leniently: what the peers' schemas allow is read as absent.

Dixa's items are read strictly first (the generated `from_dict`); only an item that does not
fit is cleaned and read again, so a well-formed body costs nothing here. Cleaning removes
`null` entries of lists (`ratings`, `tags_info`, `custom_fields`, ...) and timestamps that
are neither epoch milliseconds nor ISO-8601 (`*_at`, `*_timestamp`), at every level. What
still does not fit is a `ResponseValidationError` naming the item.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from dixa_async.exports.types import parse_datetime

from .._call import MISFIT
from .._errors import ResponseValidationError

__all__ = ["clean", "is_timestamp_key", "read_item"]

T = TypeVar("T")

_EXCERPT = 2000


def is_timestamp_key(key: str) -> bool:
    return key.endswith(("_at", "_timestamp"))


def _readable(value: Any) -> bool:
    try:
        parse_datetime(value)
    except (ValueError, TypeError, OverflowError):
        return False
    return True


def clean(value: Any) -> tuple[Any, int]:
    """`value` without nulls in lists and unreadable timestamps; and how many were removed."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        fixes = 0
        for key, inner in value.items():
            if inner is not None and is_timestamp_key(key) and not _readable(inner):
                fixes += 1
                continue
            inner, n = clean(inner)
            out[key] = inner
            fixes += n
        return out, fixes
    if isinstance(value, list):
        items: list[Any] = []
        fixes = 0
        for inner in value:
            if inner is None:
                fixes += 1
                continue
            inner, n = clean(inner)
            items.append(inner)
            fixes += n
        return items, fixes
    return value, 0


def read_item(
    parse: Callable[[Any], T], raw: Any, where: str, index: int, model: str
) -> tuple[T, bool]:
    """`parse(raw)`, or `parse` of the cleaned item; True when it had to be cleaned."""
    try:
        return parse(raw), False
    except MISFIT as exc:
        first = exc
    cleaned, fixes = clean(raw)
    if fixes:
        try:
            return parse(cleaned), True
        except MISFIT as exc:
            first = exc
    body = json.dumps(raw, default=str, ensure_ascii=False).encode()
    raise ResponseValidationError(
        f"{where} -> 200: item {index} does not fit {model} ({type(first).__name__}: {first})",
        body=body[:_EXCERPT],
        status_code=200,
    ) from first
