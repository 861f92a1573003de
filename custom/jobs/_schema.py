"""A small declarative schema for the JSON state files jobs read back (checkpoint records,
manifests, the sync state): every field is checked for its type and meaning before a
value is believed.

    WINDOW = Obj({"done": BOOL, "conversations": COUNT, "error": Nullable(STR)})
    window = validate(WINDOW, data, where="manifest.json", at="windows[0]")

`validate` returns the value (with JSON's string map keys converted where a spec says so)
or raises `JobError` naming the file and the field path (`windows[0].done`) and what was
expected - never a raw `KeyError`/`TypeError`. Python's `bool` is an `int`; the specs
here keep them apart (`"done": 1` is not a boolean, `"runs": true` is not a count).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from dixa_async._core._errors import JobError

__all__ = [
    "ANY",
    "BOOL",
    "COUNT",
    "INT",
    "SECONDS",
    "STR",
    "Check",
    "Each",
    "Int",
    "Invalid",
    "Map",
    "Nullable",
    "Obj",
    "Spec",
    "Str",
    "damaged",
    "describe",
    "validate",
]

_EXCERPT = 40


class Invalid(Exception):
    """A value that does not fit its spec, at `field` (a path such as `windows[0].done`)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def describe(value: Any) -> str:
    """A short, safe rendering of a JSON value for an error message."""
    text = repr(value)
    return text if len(text) <= _EXCERPT else text[:_EXCERPT] + "..."


class Spec:
    """What one JSON value must be. `check(value, at)` returns it, or raises `Invalid`."""

    def check(self, value: Any, at: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _wrong(at: str, expected: str, value: Any) -> Invalid:
    return Invalid(at, f"expected {expected}, found {_kind(value)} {describe(value)}")


@dataclass(frozen=True)
class _Any(Spec):
    def check(self, value: Any, at: str) -> Any:
        return value


@dataclass(frozen=True)
class _Bool(Spec):
    def check(self, value: Any, at: str) -> bool:
        if not isinstance(value, bool):
            raise _wrong(at, "true or false", value)
        return value


@dataclass(frozen=True)
class Int(Spec):
    """An integer (never a boolean or a float), at least `minimum` when given."""

    minimum: int | None = None

    def check(self, value: Any, at: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _wrong(at, "an integer", value)
        if self.minimum is not None and value < self.minimum:
            raise Invalid(at, f"expected an integer >= {self.minimum}, found {value}")
        return value


@dataclass(frozen=True)
class _Number(Spec):
    def check(self, value: Any, at: str) -> float:
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise _wrong(at, "a number >= 0", value)
        return float(value)


@dataclass(frozen=True)
class Str(Spec):
    """A string; non-empty when `nonempty`; matching `pattern` (fully) when given."""

    nonempty: bool = False
    pattern: str | None = None
    meaning: str = ""
    """What the pattern stands for, in the error message (`a batch name like run-000001`)."""

    def check(self, value: Any, at: str) -> str:
        if not isinstance(value, str):
            raise _wrong(at, "a string", value)
        if self.nonempty and not value:
            raise Invalid(at, "expected a non-empty string")
        if self.pattern is not None and re.fullmatch(self.pattern, value) is None:
            raise Invalid(at, f"expected {self.meaning or self.pattern}, found {describe(value)}")
        return value


@dataclass(frozen=True)
class Nullable(Spec):
    spec: Spec

    def check(self, value: Any, at: str) -> Any:
        return None if value is None else self.spec.check(value, at)


@dataclass(frozen=True)
class Each(Spec):
    """A list whose every item fits `spec`."""

    spec: Spec

    def check(self, value: Any, at: str) -> list[Any]:
        if not isinstance(value, list):
            raise _wrong(at, "a list", value)
        return [self.spec.check(item, f"{at}[{i}]") for i, item in enumerate(value)]


@dataclass(frozen=True)
class Map(Spec):
    """An object used as a map: every key fits `keys` (a string spec, or `int_keys` for
    keys that are decimal integers, returned as `int`), every value fits `values`."""

    values: Spec
    keys: Str = Str(nonempty=True)
    int_keys: bool = False

    def check(self, value: Any, at: str) -> dict[Any, Any]:
        if not isinstance(value, dict):
            raise _wrong(at, "an object", value)
        checked: dict[Any, Any] = {}
        for key, item in value.items():
            where = f"{at}[{key!r}]"
            if self.int_keys:
                if not isinstance(key, str) or re.fullmatch(r"-?[0-9]+", key) is None:
                    raise Invalid(where, f"expected an integer key, found {describe(key)}")
                checked[int(key)] = self.values.check(item, where)
            else:
                checked[self.keys.check(key, where)] = self.values.check(item, where)
        return checked


@dataclass(frozen=True)
class Obj(Spec):
    """An object with `fields` (each required unless listed in `optional`, where a missing
    field reads as the given default). Unknown fields are kept as they are: a newer
    version may add fields an older one need not understand."""

    fields: Mapping[str, Spec]
    optional: Mapping[str, Any] | None = None

    def check(self, value: Any, at: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise _wrong(at or "the file", "an object", value)
        checked = dict(value)
        optional = self.optional or {}
        for name, spec in self.fields.items():
            where = f"{at}.{name}" if at else name
            if name not in value:
                if name in optional:
                    checked[name] = optional[name]
                    continue
                raise Invalid(where, "is missing")
            checked[name] = spec.check(value[name], where)
        return checked


@dataclass(frozen=True)
class Check(Spec):
    """`spec`, then `rule(value)` returning a problem (str) or None - for meaning that a
    type cannot say (`done` windows have a finish time)."""

    spec: Spec
    rule: Callable[[Any], tuple[str, str] | None]
    """Returns None, or (field below this value, problem) - an empty field for the value
    itself."""

    def check(self, value: Any, at: str) -> Any:
        checked = self.spec.check(value, at)
        found = self.rule(checked)
        if found is not None:
            field, problem = found
            where = ".".join(part for part in (at, field) if part) or "(the whole file)"
            raise Invalid(where.replace(".[", "["), problem)
        return checked


ANY: Spec = _Any()
BOOL: Spec = _Bool()
INT: Spec = Int()
COUNT: Spec = Int(minimum=0)
STR: Spec = Str()
SECONDS: Spec = _Number()


def validate(spec: Spec, value: Any, *, where: str, at: str = "") -> Any:
    """`value` checked against `spec`; `where` names the file in the error.

    Raises:
        JobError: "`where`: field `path` ...: expected ..., found ..." - nothing is used.
    """
    try:
        return spec.check(value, at)
    except Invalid as exc:
        raise damaged(where, exc.field, exc.problem) from None


def damaged(where: str, field: str, problem: str) -> JobError:
    """The error for a state file whose `field` is not what it must be."""
    return JobError(
        f"{where} is damaged: field {field} {problem}; nothing was sent and no file was "
        "changed (repair the field, or start again with a new file)"
    )
