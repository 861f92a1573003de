"""Payload attributes declared once: name, type, wire key(s) and reader in one line.

    note_id: str | None = wire_field(as_str)
    rating_type: RatingType | str | None = wire_field(enum_of(RatingType), "type")

`read_fields` turns a JSON object into the keyword arguments of such a class and `known_keys`
tells which keys of the object those attributes consumed, so that the rest can be kept in the
model's `extra` / `data_extra`. No key list is written twice.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from ._event_readers import JSONValue

_T = TypeVar("_T")

_WIRE = "dixa_async.webhooks.wire"
"""attrs metadata key under which `wire_field` stores its `_Wire`."""


@attrs.frozen
class _Wire:
    reader: Callable[[JSONValue], object]
    paths: tuple[str, ...]


@attrs.frozen
class _Spec:
    name: str
    paths: tuple[tuple[str, ...], ...]
    reader: Callable[[JSONValue], object]
    absent: object


def wire_field(reader: Callable[[JSONValue], _T], *paths: str, hash: bool = True) -> _T:
    """Declare an attribute of an attrs payload class, read from the JSON object by `reader`.

    `paths` are the keys to read it from, tried in order (default: the attribute's own name);
    the first whose value reads as something other than None wins, so alternative spellings
    (`"pending_by_user", "pendingByUser"`) and alternative places (`"score",
    "conversation.score"`: a dotted path reads inside a nested object) are both expressed
    here. The attribute defaults to what `reader` makes of an absent key (None, or `()` for
    arrays), which is also what parsing gives when no path has a usable value.

    Typed as returning the reader's result so that the type checker compares the reader with
    the attribute's annotation. Set `hash=False` for values that hold JSON objects.
    """
    result: _T = attrs.field(
        default=reader(None), hash=hash, metadata={_WIRE: _Wire(reader, paths)}
    )
    return result


@functools.cache
def _specs(cls: type[attrs.AttrsInstance]) -> tuple[_Spec, ...]:
    specs = []
    for attribute in attrs.fields(cls):
        wire = attribute.metadata.get(_WIRE)
        if isinstance(wire, _Wire):
            paths = tuple(tuple(path.split(".")) for path in wire.paths or (attribute.name,))
            specs.append(_Spec(attribute.name, paths, wire.reader, wire.reader(None)))
    return tuple(specs)


def _at(source: Mapping[str, JSONValue], path: tuple[str, ...]) -> JSONValue:
    value: JSONValue = source.get(path[0])
    for key in path[1:]:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def read_fields(cls: type[attrs.AttrsInstance], source: Mapping[str, JSONValue]) -> dict[str, Any]:
    """Keyword arguments for `cls`: every `wire_field` attribute read from `source`."""
    fields: dict[str, Any] = {}
    for spec in _specs(cls):
        reading = spec.absent
        for path in spec.paths:
            value = _at(source, path)
            if value is None:
                continue
            candidate = spec.reader(value)
            if candidate is not None:
                reading = candidate
                break
        fields[spec.name] = reading
    return fields


@functools.cache
def known_keys(cls: type[attrs.AttrsInstance]) -> frozenset[str]:
    """The top-level keys of a source object that `cls`'s `wire_field` attributes read."""
    return frozenset(path[0] for spec in _specs(cls) for path in spec.paths)


def unknown_items(
    cls: type[attrs.AttrsInstance], source: Mapping[str, JSONValue]
) -> dict[str, JSONValue]:
    """The entries of `source` that no attribute of `cls` reads (kept as `extra`)."""
    known = known_keys(cls)
    return {key: value for key, value in source.items() if key not in known}
