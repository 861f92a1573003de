"""The warehouse's lines, straight from Dixa's decoded items: what
`Model.from_dict(item).to_dict()` gives, without building the model.

Building the generated model and turning it back into a dict costs several times what
decoding the item does, and a period export does nothing with the model but write it. So
`Records` applies the model's reading rules to the decoded dict directly - drop nulls, turn
timestamps into ISO-8601 (`...Z`), read nested items (`ratings`, `tags_info`,
`custom_fields`) by their own rules, keep unknown fields - and serialises the line with
orjson. The rules are read from the generated model's annotations, so a field added to the
spec is handled without a change here. Anything the rules do not cover (an enum value that
is not a string, a nested item that is not an object, an item without `id`) goes through
the model itself, which reads it leniently or raises the usual `ResponseValidationError`.
Lenient reads (a null in a list, an unreadable timestamp) are counted in `lenient`.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from dixa_async._core.exports import ExportedConversation, ExportedMessage
from dixa_async._core.exports._lenient import read_item

import dixa_async.exports.models as exported_models
from dixa_async.exports.types import format_datetime, parse_datetime

__all__ = ["Records", "conversation_records", "message_records"]

_EPOCH = dt.datetime(1970, 1, 1)
_MS = dt.timedelta(milliseconds=1)
# Naive datetimes are UTC, written with `Z`; one line per record.
_DUMP = orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z | orjson.OPT_APPEND_NEWLINE


def _iso(value: Any) -> str | dt.datetime | None:
    """What the model writes for the timestamp `value` (text, or a naive UTC datetime that
    `_DUMP` writes as that same text), or None if it cannot be read."""
    if type(value) is int and 0 <= value <= 253_402_300_799_999:
        # The common case, epoch milliseconds: orjson writes this datetime as
        # format_datetime(parse_datetime(value)) does - `...T12:00:00Z` or `...T12:00:00.345000Z`.
        return _EPOCH + value * _MS
    try:
        return format_datetime(parse_datetime(value))
    except (ValueError, TypeError, OverflowError):
        return None


@dataclass(frozen=True)
class _Rules:
    """How a model reads its special fields (JSON keys); every other field is kept as sent."""

    timestamps: tuple[str, ...]
    enums: tuple[str, ...]
    nested: tuple[tuple[str, _Rules], ...]


def _rules(model: type[Any]) -> _Rules:
    """The rules of `model`, from the generated class's annotations."""
    # The nested models are imported under TYPE_CHECKING in the generated module, and the
    # models package loads each model on first use: resolve those names through it.
    names = {n: getattr(exported_models, n) for n in exported_models.__all__}
    hints = typing.get_type_hints(model, localns=names)
    timestamps: list[str] = []
    enums: list[str] = []
    nested: list[tuple[str, _Rules]] = []
    for name, hint in hints.items():
        if name == "additional_properties":
            continue
        key = name[:-1] if name.endswith("_") else name  # `from_` is JSON's `from`
        for arg in typing.get_args(hint) or (hint,):
            if arg is dt.datetime:
                timestamps.append(key)
            elif isinstance(arg, type) and issubclass(arg, enum.Enum):
                enums.append(key)
            elif typing.get_origin(arg) is list:
                (inner,) = typing.get_args(arg)
                if isinstance(inner, type) and hasattr(inner, "from_dict"):
                    nested.append((key, _rules(inner)))
    return _Rules(tuple(timestamps), tuple(enums), tuple(nested))


class _Fallback(Exception):
    """The item needs the model's own reading."""


@dataclass
class Records:
    """Turns decoded items of one model into warehouse lines (bytes, newline-terminated)."""

    model: type[Any]
    what: str
    lenient: int = 0
    _rules: _Rules = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._rules = _rules(self.model)

    def line(self, item: Any, where: str = "", index: int = 0) -> bytes:
        """The line of `item`; ResponseValidationError if it does not fit the model.

        `item` is a freshly decoded item the caller is done with: it may be changed."""
        try:
            if not isinstance(item, dict) or "id" not in item or item["id"] is None:
                raise _Fallback
            record, fixes = _read(item, self._rules)
        except _Fallback:
            parsed, lenient = read_item(self.model.from_dict, item, where, index, self.what)
            self.lenient += lenient
            return orjson.dumps(parsed.to_dict(), option=_DUMP)
        if fixes:
            self.lenient += 1
        return orjson.dumps(record, option=_DUMP)


def _read(item: dict[str, Any], rules: _Rules) -> tuple[dict[str, Any], int]:
    # The decoded item is ours: it is changed in place where that is cheaper.
    out = item if None not in item.values() else {k: v for k, v in item.items() if v is not None}
    fixes = 0
    for key in rules.timestamps:
        value = out.get(key)
        if value is not None:
            text = _iso(value)
            if text is None:
                del out[key]
                fixes += 1
            else:
                out[key] = text
    for key in rules.enums:
        value = out.get(key)
        if value is not None and value.__class__ is not str and not isinstance(value, str):
            raise _Fallback
    for key, inner_rules in rules.nested:
        value = out.get(key)
        if value is None or value == []:
            continue
        if value.__class__ is not list:
            raise _Fallback
        nested = []
        plain = not (inner_rules.timestamps or inner_rules.enums or inner_rules.nested)
        for inner in value:
            if inner is None:
                fixes += 1
                continue
            if inner.__class__ is not dict:
                raise _Fallback
            if plain:
                if None in inner.values():
                    inner = {k: v for k, v in inner.items() if v is not None}
                nested.append(inner)
            else:
                record, more = _read(inner, inner_rules)
                nested.append(record)
                fixes += more
        out[key] = nested
    return out, fixes


def conversation_records() -> Records:
    return Records(ExportedConversation, "ExportedConversation")


def message_records() -> Records:
    return Records(ExportedMessage, "ExportedMessage")


RecordsFactory = Callable[[], Records]
