"""Records of a bulk job and the requests they become, checked before anything is sent.

A record is one operation call in Dixa's own shape:

    {"conversation_id": 1042, "message": "Refund approved", "agentId": "..."}
    {"conversation_id": 1042, "body": {"message": "Refund approved"}}

Keys named like the method's path or query parameters (`conversation_id`, `user_id`,
`force`) are those parameters; everything else is the request body, camelCase as Dixa
documents it (or the whole body under `"body"`, required when the body is a JSON array).
A record that does not fit raises `RecordError` naming its line and every field at fault.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dixa_async._core._errors import DixaError

from dixa_async.types import UNSET

from ._fit import Problem, body_fields, build, fit
from ._ids import is_tag_id, not_a_tag_id
from ._writes import Param, WriteOperation, models_of

__all__ = ["Record", "RecordError", "Request", "prepare"]

_BODY = "body"
_DOT_SEGMENTS = frozenset({".", ".."})


@dataclass(frozen=True)
class Record:
    """One input record. `line` is its line in the input file (or its 1-based position);
    `text` marks values read from CSV, which are converted to the types the operation
    wants (`"42"` -> 42, `a|b` -> a list)."""

    line: int
    data: Mapping[str, Any]
    text: bool = False


class RecordError(DixaError):
    """A record does not fit its operation; nothing was sent for it.

    Attributes:
        line: the record's line.
        problems: each field at fault, with what is wrong.
    """

    in_doubt = False
    """Read by the job engine: a record refused before sending had no effect."""

    def __init__(self, line: int, problems: list[Problem]) -> None:
        self.line = line
        self.problems = tuple(problems)
        super().__init__(f"line {line}: " + "; ".join(str(p) for p in problems))


@dataclass(frozen=True)
class Request:
    """A record checked and turned into the call's arguments."""

    line: int
    key: str
    path: Mapping[str, Any]
    query: Mapping[str, Any]
    body: Any
    """The generated body object, or UNSET when the operation takes none (or none was given)."""
    body_json: Any = field(default=None, compare=False)
    """The same body as checked JSON (camelCase), for building bulk items."""
    source: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def path_args(self) -> tuple[Any, ...]:
        return tuple(self.path.values())


def _param(param: Param, record: Record, problems: list[Problem]) -> Any:
    value = record.data.get(param.name)
    if value is None or (record.text and value == ""):
        if param.required:
            problems.append(Problem(param.name, "is required (a path parameter)"))
        return UNSET
    # Ids also come as text from JSON (`"1042"`): path values end up in the URL either way.
    text = record.text or (isinstance(value, str) and param.hint is not str)
    converted, found = fit(param.hint, value, text=text, path=param.name)
    problems += found
    if (
        not found
        and isinstance(converted, str)
        and (converted.strip() == "" or converted in _DOT_SEGMENTS or "/" in converted)
    ):
        problems.append(Problem(param.name, f"{converted!r} is not a valid id"))
    elif not found and param.name == "tag_id" and not is_tag_id(str(converted)):
        # A tag name where an id belongs: refused here, so that it is not sent to Dixa.
        problems.append(Problem(param.name, not_a_tag_id(str(converted))))
    return converted


def _body_source(spec: WriteOperation, record: Record, problems: list[Problem]) -> tuple[Any, bool]:
    """(the body as the record gives it, whether any was given)."""
    names = {p.name for p in (*spec.path_params, *spec.query_params)}
    rest = {k: v for k, v in record.data.items() if k not in names}
    if spec.body is None:
        expected = ", ".join(sorted(names)) or "no inputs"
        for key in sorted(rest):
            problems.append(
                Problem(key, f"this operation takes no request body (its inputs: {expected})")
                if key == _BODY
                else Problem(key, f"unknown field: the operation takes {expected}")
            )
        return None, False
    if _BODY in rest and _BODY not in _declared(spec):
        others = sorted(k for k in rest if k != _BODY)
        if others:
            problems.append(
                Problem(
                    others[0],
                    "give the body either under 'body' or as top-level fields, not both",
                )
            )
        value = rest[_BODY]
        return value, value is not None
    if spec.body_is_list:
        if rest:
            problems.append(
                Problem(sorted(rest)[0], "this operation's body is a JSON array: give it as 'body'")
            )
        return None, False
    given = {k: v for k, v in rest.items() if not (record.text and v == "")}
    return rest, bool(given)


def _declared(spec: WriteOperation) -> set[str]:
    return {f.key for model in models_of(spec.body) for f in body_fields(model)}


def _over_batch_max(spec: WriteOperation, body_json: Any) -> list[Problem]:
    """A list in the body longer than the operation's documented maximum (`batch_max`:
    at most 10 agents per queue-membership request) would be refused by Dixa as a whole."""
    limit = spec.op.batch_max
    if limit is None or not isinstance(body_json, Mapping):
        return []
    return [
        Problem(key, f"at most {limit} items per request (Dixa's documented limit), got {len(v)}")
        for key, v in body_json.items()
        if isinstance(v, list) and len(v) > limit
    ]


def _unencodable(value: Any, at: str, problems: list[Problem]) -> None:
    """Text that cannot be sent as UTF-8 (a lone surrogate, as `"\\ud800"` in JSON decodes
    to): the request could never be built, so the record is refused here, alone, rather
    than failing the bulk request it would share with others."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            char = value[exc.start]
            problems.append(
                Problem(at, f"holds a lone surrogate (U+{ord(char):04X}), which is not valid text")
            )
    elif isinstance(value, Mapping):
        for name, item in value.items():
            _unencodable(str(name), at, problems)
            _unencodable(item, f"{at}.{name}" if at else str(name), problems)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _unencodable(item, f"{at}[{index}]", problems)


def prepare(spec: WriteOperation, record: Record, key: str) -> Request:
    """Check `record` against `spec` and build the call's arguments.

    Raises RecordError listing every problem (missing or mistyped fields, unknown fields,
    path parameters that are missing or not valid ids, text that is not valid Unicode).
    """
    problems: list[Problem] = []
    _unencodable(record.data, "", problems)
    path = {p.name: _param(p, record, problems) for p in spec.path_params}
    query = {}
    for p in spec.query_params:
        value = _param(p, record, problems)
        if value is not UNSET:
            query[p.name] = value
    source, given = _body_source(spec, record, problems)
    body: Any = UNSET
    body_json: Any = None
    if spec.body is not None:
        if given:
            body_json, found = fit(spec.body, source, text=record.text)
            problems += found
        elif spec.body_required:
            # No body fields given: fine if the body has no required field (an empty PATCH),
            # otherwise each required field is reported.
            body_json, found = fit(spec.body, {}, text=record.text)
            problems += found
    problems += _over_batch_max(spec, body_json)
    if problems:
        raise RecordError(record.line, problems)
    if body_json is not None:
        try:
            body = build(spec.body, body_json)
        except ValueError as exc:
            raise RecordError(record.line, [Problem("", str(exc))]) from exc
    return Request(record.line, key, path, query, body, body_json, record.data)
