"""What identifies a bulk record in the checkpoint: its content, unless the job names a field
or passes a function.

By default a record's key follows what it asks Dixa to do, never where it sits in the file:

    a3f09c1e5b7d2468        the first record asking for this exact call
    a3f09c1e5b7d2468#2      the second identical one (counted in input order)

The fingerprint is the first 16 hex digits of the SHA-256 of the checked request - path
and query parameters and the body, as canonical JSON (sorted keys, no spaces, ASCII) - so
`"1042"` from a CSV cell and `1042` from JSON, or fields in another order, are the same
record. Removing, inserting, reordering or fixing lines therefore never gives a record the
key of another one: a record done in an earlier run is skipped wherever it moved, and a new
or corrected one is new. Identical records are told apart only by their count, so removing
one of several identical records leaves the others' work done.

The checkpoint records which of these a job used (`scheme`): a checkpoint is only ever
matched with keys made the same way.
"""

from __future__ import annotations

import datetime
import enum
import hashlib
import json
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from ._fit import Problem
from ._records import Record, RecordError, Request

__all__ = ["CONTENT", "Key", "Keys", "scheme"]

Key = str | Callable[[Mapping[str, Any]], str | int] | None
"""A field name, a function of the record's data, or None (its content)."""

CONTENT = "content"
_DIGITS = 16


def scheme(key: Key) -> str:
    """How `key` makes keys, as the checkpoint records it."""
    if key is None:
        return CONTENT
    if callable(key):
        return "function"
    return f"field:{key}"


def _canonical(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime | datetime.date | uuid.UUID):
        return str(value)
    raise TypeError(f"a {type(value).__name__} has no stable text")


def _digest(content: Any) -> str:
    text = json.dumps(
        content, sort_keys=True, separators=(",", ":"), ensure_ascii=True, default=_canonical
    )
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:_DIGITS]


class Keys:
    """The keys of one job's records, in input order (content keys count repeats)."""

    def __init__(self, key: Key) -> None:
        self.key = key
        self._seen: Counter[str] = Counter()

    def of(self, request: Request, record: Record) -> str:
        """The key of `record` (checked into `request`).

        Raises:
            RecordError: the record has no key (the key field is missing or empty, the
                function raised, or a value has no stable text to fingerprint).
        """
        key = self.key
        if key is None:
            content = {"path": request.path, "query": request.query, "body": request.body_json}
            try:
                fingerprint = _digest(content)
            except (TypeError, ValueError) as exc:
                problem = Problem("", f"no key: {exc} (pass a key field)")
                raise RecordError(record.line, [problem]) from exc
            self._seen[fingerprint] += 1
            count = self._seen[fingerprint]
            return fingerprint if count == 1 else f"{fingerprint}#{count}"
        if callable(key):
            try:
                return str(key(record.data))
            except Exception as exc:  # the caller's function: this record fails, not the job
                raise RecordError(record.line, [Problem("", f"no key: {exc!r}")]) from exc
        value = record.data.get(key)
        if value is None or value == "":
            raise RecordError(record.line, [Problem(key, "is required (it is the job's key)")])
        return str(value)

    def refused(self, record: Record) -> str:
        """The key shown for a record refused before it got one (it never reaches the
        checkpoint): a fingerprint of its raw data, or `line:N`."""
        if self.key is None:
            try:
                return _digest(dict(record.data))
            except (TypeError, ValueError):
                pass
        return f"line:{record.line}"
