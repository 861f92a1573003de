"""Does a JSON value fit a generated request type? Checked field by field, before sending.

The generated `from_dict` methods only catch a missing required field; a string where an
integer belongs, a misspelt optional field or an enum value Dixa does not know all pass
through and come back as a 400 (or worse, are silently ignored). `fit` walks the type
hints of the generated models instead, with the JSON key of each field the generator
emitted (`JSON_KEYS`), and reports every problem with the path of the field
(`request.name`, `data[2].email`), then builds the model with `from_dict`.

A file field (the multipart upload of knowledge attachments) takes a path to a file: `fit`
checks that it is a readable file, `build` reads it (so a job holds in memory only the
files of the records in flight) into a `File` named after the path.

Values read from CSV arrive as text: with `text=True` a cell is converted to what the
field wants (`"42"` -> 42, `"true"` -> True, `"a|b"` -> `["a", "b"]`, a JSON cell for a
nested object). Enum values are checked against the values the description declares.
"""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import inspect
import io
import json
import mimetypes
import re
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import attrs

import dixa_async.models as _models
from dixa_async.types import File, Unset, parse_datetime

__all__ = ["LIST_SEPARATOR", "Problem", "body_fields", "build", "describe", "fit"]

LIST_SEPARATOR = "|"
"""Separates the values of a list field in one CSV cell: `a@x.com|b@x.com`."""

_NONE = type(None)


@dataclass(frozen=True)
class Problem:
    """One reason a value does not fit: `path` names the field (empty: the whole value)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"field '{self.path}': {self.message}" if self.path else self.message


def _is_model(hint: object) -> bool:
    return inspect.isclass(hint) and attrs.has(hint)


def _members(hint: object) -> tuple[object, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


class _ModelNames(dict[str, Any]):
    """Names for evaluating generated annotations: the generated modules import nested
    models only under TYPE_CHECKING, and the models package exports them lazily."""

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(_models, name)
        except AttributeError:
            raise KeyError(name) from None  # not a model: globals and builtins come next


@functools.cache
def _hints(obj: Any) -> dict[str, Any]:
    """The resolved type hints of a generated model."""
    module = importlib.import_module(obj.__module__)
    # The module's own names first: `File` is `dixa_async.types.File` in a multipart body,
    # not the `File` model of message attachments.
    return typing.get_type_hints(obj, globalns=vars(module), localns=_ModelNames(vars(module)))


@dataclass(frozen=True)
class Field:
    """A field of a request body as a record gives it."""

    key: str
    hint: Any
    required: bool


@functools.cache
def body_fields(cls: type) -> tuple[Field, ...]:
    """The JSON fields of model `cls`, in declaration order."""
    hints = _hints(cls)
    keys: Mapping[str, str] = vars(cls)["JSON_KEYS"]
    fields = []
    for name, key in keys.items():
        hint = hints[name]
        fields.append(Field(key, hint, required=Unset not in _members(hint)))
    return tuple(fields)


def _extra_hint(cls: type) -> Any | None:
    """The value type of `additional_properties` when the model is a map (no declared
    fields), else None: keys a structured model does not declare are refused."""
    if body_fields(cls):
        return None
    hint = _hints(cls).get("additional_properties")
    args = typing.get_args(hint)
    return args[1] if len(args) == 2 else Any


def describe(hint: object) -> str:
    """A short human name for a type hint: `string`, `list of string`, `Email`, ..."""
    members = [m for m in _members(hint) if m is not Unset and m is not _NONE]
    if len(members) > 1:
        return " or ".join(describe(m) for m in members)
    (one,) = members or (Any,)
    origin = typing.get_origin(one)
    if origin is list:
        return f"list of {describe(typing.get_args(one)[0])}"
    if origin is dict:
        return f"object of {describe(typing.get_args(one)[1])}"
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if one in simple:
        return simple[one]
    if one is datetime.datetime:
        return "timestamp (e.g. 2024-05-01T12:00:00Z)"
    if one is Any:
        return "any value"
    if inspect.isclass(one) and issubclass(one, enum.Enum):
        return "one of " + ", ".join(repr(m.value) for m in one)
    return getattr(one, "__name__", str(one))


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _shown(value: object) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


Walk = tuple[Any, list[Problem]]


def fit(hint: Any, value: Any, *, text: bool = False, path: str = "") -> Walk:
    """(value converted for `hint`, problems). No problems means `build` will succeed."""
    members = [m for m in _members(hint) if m is not Unset]
    if value is None:
        if _NONE in members:
            return None, []
        return None, [Problem(path, f"expected {describe(hint)}, got null")]
    candidates = [m for m in members if m is not _NONE]
    if len(candidates) == 1:
        return _fit_one(candidates[0], value, text, path)
    return _fit_union(candidates, value, text, path)


def _fit_union(candidates: list[Any], value: Any, text: bool, path: str) -> Walk:
    tries = [_fit_one(member, value, text, path) for member in candidates]
    for converted, problems in tries:
        if not problems:
            return converted, []
    # A `_type` tag names the variant meant: report that variant's problems.
    tag = value.get("_type") if isinstance(value, Mapping) else None
    tagged = [
        i for i, member in enumerate(candidates) if tag is not None and _tag_values(member) == {tag}
    ]
    if tagged:
        return tries[tagged[0]]
    tags = [t for member in candidates for t in sorted(_tag_values(member))]
    if tags and isinstance(value, Mapping):
        got = "no _type" if tag is None else f"_type {tag!r}"
        return value, [Problem(_join(path, "_type"), f"expected one of {tags}, got {got}")]
    names = " or ".join(describe(m) for m in candidates)
    return value, [Problem(path, f"expected {names}, got {_shown(value)}")]


def _tag_values(member: Any) -> set[str]:
    """The `_type` values a union variant accepts (empty if it has no `_type` tag)."""
    if not _is_model(member):
        return set()
    for field in body_fields(member):
        if field.key == "_type":
            enums = [m for m in _members(field.hint) if inspect.isclass(m)]
            return {e.value for m in enums if issubclass(m, enum.Enum) for e in m}
    return set()


def _fit_file(value: Any, path: str) -> Walk:
    if not isinstance(value, str) or not value:
        return value, [Problem(path, f"expected the path of a file, got {_shown(value)}")]
    if not Path(value).is_file():
        return value, [Problem(path, f"no such file: {value}")]
    return value, []


def _read_file(value: str) -> File:
    where = Path(value)
    try:
        payload = where.read_bytes()
    except OSError as exc:  # gone or unreadable since `fit` looked
        raise ValueError(f"cannot read {value}: {exc.strerror}") from exc
    mime, _ = mimetypes.guess_type(where.name)
    return File(payload=io.BytesIO(payload), file_name=where.name, mime_type=mime)


def _has_files(cls: type) -> bool:
    return any(File in (f.hint, *typing.get_args(f.hint)) for f in body_fields(cls))


def _fit_one(hint: Any, value: Any, text: bool, path: str) -> Walk:
    if hint is File:
        return _fit_file(value, path)
    if hint is Any:
        return value, []
    origin = typing.get_origin(hint)
    if origin is list:
        return _fit_list(typing.get_args(hint)[0], value, text, path)
    if origin is dict:
        return _fit_map(typing.get_args(hint)[1], value, text, path)
    if _is_model(hint):
        if text and isinstance(value, str):
            value, problems = _json_cell(value, path, hint)
            if problems:
                return value, problems
            text = False  # a JSON cell carries typed values
        return _fit_model(hint, value, text, path)
    if inspect.isclass(hint) and issubclass(hint, enum.Enum):
        allowed = [m.value for m in hint]
        if isinstance(value, str) and value in allowed:
            return value, []
        return value, [Problem(path, f"expected one of {allowed}, got {_shown(value)}")]
    if hint is datetime.datetime:
        if isinstance(value, str):
            try:
                parse_datetime(value)
            except (ValueError, OverflowError):
                pass
            else:
                return value, []
        return value, [Problem(path, f"expected {describe(hint)}, got {_shown(value)}")]
    return _fit_scalar(hint, value, text, path)


def _fit_scalar(hint: Any, value: Any, text: bool, path: str) -> Walk:
    if text and isinstance(value, str) and hint is not str:
        converted = _from_text(hint, value)
        if converted is not None:
            return converted, []
    ok = {
        str: lambda v: isinstance(v, str),
        int: lambda v: isinstance(v, int) and not isinstance(v, bool),
        float: lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        bool: lambda v: isinstance(v, bool),
    }.get(hint)
    if ok is None:  # pragma: no cover - a type the generator does not produce for inputs
        return value, [Problem(path, f"cannot check a value for {describe(hint)}")]
    if ok(value):
        return value, []
    return value, [Problem(path, f"expected {describe(hint)}, got {_shown(value)}")]


def _from_text(hint: Any, cell: str) -> Any:
    value = cell.strip()
    if hint is int and re.fullmatch(r"[+-]?\d+", value):
        return int(value)
    if hint is float:
        try:
            return float(value)
        except ValueError:
            return None
    if hint is bool and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return None


def _json_cell(cell: str, path: str, hint: Any) -> Walk:
    try:
        return json.loads(cell), []
    except ValueError:
        return cell, [Problem(path, f"expected {describe(hint)} as a JSON cell, got {cell!r}")]


def _fit_list(item: Any, value: Any, text: bool, path: str) -> Walk:
    if text and isinstance(value, str):
        stripped = value.strip()
        if stripped.startswith("["):
            value, problems = _json_cell(stripped, path, list[item])
            if problems:
                return value, problems
            text = False
        else:
            value = [part.strip() for part in stripped.split(LIST_SEPARATOR)] if stripped else []
    if not isinstance(value, list):
        return value, [Problem(path, f"expected {describe(list[item])}, got {_shown(value)}")]
    out, problems = [], []
    for index, entry in enumerate(value):
        converted, found = fit(item, entry, text=text, path=_join(path, index))
        out.append(converted)
        problems += found
    return out, problems


def _fit_map(item: Any, value: Any, text: bool, path: str) -> Walk:
    if not isinstance(value, Mapping):
        return value, [Problem(path, f"expected an object, got {_shown(value)}")]
    out, problems = {}, []
    for key, entry in value.items():
        out[key], found = fit(item, entry, text=text, path=_join(path, str(key)))
        problems += found
    return out, problems


def _fit_model(cls: type, value: Any, text: bool, path: str) -> Walk:
    if not isinstance(value, Mapping):
        return value, [Problem(path, f"expected an object ({cls.__name__}), got {_shown(value)}")]
    fields = body_fields(cls)
    out: dict[str, Any] = {}
    problems: list[Problem] = []
    for field in fields:
        entry = value.get(field.key)
        if entry is None or (text and entry == ""):
            # An explicit null means "absent" (as the generated models read it); so does an
            # empty CSV cell.
            if field.required and _NONE not in _members(field.hint):
                problems.append(Problem(_join(path, field.key), "is required"))
            elif entry is None and field.key in value:
                out[field.key] = None
            continue
        out[field.key], found = fit(field.hint, entry, text=text, path=_join(path, field.key))
        problems += found
    declared = {field.key for field in fields}
    extra = _extra_hint(cls)
    for key in value:
        if key in declared:
            continue
        if extra is None:
            expected = ", ".join(sorted(declared)) or "none"
            problems.append(Problem(_join(path, key), f"unknown field (expected: {expected})"))
            continue
        out[key], found = fit(extra, value[key], text=text, path=_join(path, key))
        problems += found
    return out, problems


def build(hint: Any, value: Any) -> Any:
    """The generated object for a value `fit` accepted (a model, a list of models, ...).

    Raises ValueError if `from_dict` still refuses it (it should not, once `fit` passed).
    """
    candidates = [m for m in _members(hint) if m is not Unset and m is not _NONE]
    if len(candidates) > 1:
        for member in candidates:
            if not fit(member, value)[1]:
                return build(member, value)
        raise ValueError(f"fits none of {describe(hint)}")
    (one,) = candidates
    if typing.get_origin(one) is list:
        return [build(typing.get_args(one)[0], entry) for entry in value]
    if one is File:
        return _read_file(value)
    if _is_model(one) and _has_files(typing.cast(type, one)):
        # `from_dict` takes file contents, not paths: build such a model field by field.
        model: Any = one
        keys: Mapping[str, str] = vars(model)["JSON_KEYS"]
        names = {key: name for name, key in keys.items()}
        hints = _hints(model)
        return model(**{names[k]: build(hints[names[k]], v) for k, v in value.items()})
    if _is_model(one):
        from_dict: Callable[[Any], Any] = getattr(one, "from_dict")  # noqa: B009
        try:
            return from_dict(value)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            name = getattr(one, "__name__", "the model")
            raise ValueError(f"{name}.from_dict refused it: {exc!r}") from exc
    return value
