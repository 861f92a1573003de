"""The operations a bulk job can run, read off the generated operation table.

Every operation that is not a GET and not a paged read is a *write* here (the read-only
POSTs that answer in one go, analytics metric queries, are included: a job of them is
a batch of queries). For each one the generated tables give the inputs a record must give
(path and query parameters with their types, the request body's generated type:
`dixa_async.operation_inputs`) and, where Dixa has a bulk endpoint doing the same for many
records, how far one request may go (`dixa_async.operations`).
"""

from __future__ import annotations

import difflib
import functools
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dixa_async._core._errors import ConfigurationError

from dixa_async.operation_inputs import INPUTS, Input
from dixa_async.operations import OPERATIONS
from dixa_async.operations import Operation as TableOperation
from dixa_async.types import Unset

from ._fit import body_fields, describe

__all__ = [
    "DEFAULT_BATCH_MAX",
    "Param",
    "WriteOperation",
    "models_of",
    "write_operation",
    "write_operations",
]

DEFAULT_BATCH_MAX = 100
"""Records per bulk request where Dixa documents no maximum (none of its end-user, agent,
note or tag bulk endpoints does): our choice, kept moderate; `batch_size=` changes it."""


@dataclass(frozen=True)
class Param:
    """A path or query parameter, named as the method's Python parameter."""

    name: str
    hint: Any
    required: bool


@dataclass(frozen=True)
class WriteOperation:
    """A write operation as a bulk job sees it."""

    op: TableOperation
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    body: Any
    """The body's type hint (a model, `list[Model]`, a union of models), None: no body."""
    body_required: bool
    batched_by: str | None
    """The qualified name of the bulk operation that batches this one, if any."""
    batch_max: int | None
    """Records one request of `batched_by` may carry where Dixa documents a maximum (the
    spec's `x-dixa-batch-max`); None: Dixa documents none, `DEFAULT_BATCH_MAX` applies."""

    @property
    def name(self) -> str:
        return self.op.qualified_name

    @property
    def idempotent(self) -> bool:
        return self.op.idempotent

    @property
    def destructive(self) -> bool:
        return self.op.destructive

    @property
    def body_is_list(self) -> bool:
        return self.op.body_is_list

    def inputs(self) -> str:
        """The record keys this operation takes, for `--list` and error messages."""
        parts = [p.name + ("" if p.required else "?") for p in self.path_params]
        parts += [p.name + "?" for p in self.query_params]
        if self.body is not None:
            parts.append(self.body_summary())
        return ", ".join(parts) or "(nothing: an empty record)"

    def body_summary(self) -> str:
        if self.body is None:
            return ""
        optional = "" if self.body_required else "optional "
        if self.body_is_list:
            return f'{optional}"body": {describe(self.body)}'
        fields = [
            f.key + ("" if f.required else "?")
            for model in models_of(self.body)
            for f in body_fields(model)
        ]
        shown = describe(self.body)
        if fields and len(models_of(self.body)) == 1:
            return f"{optional}body {shown} {{{', '.join(fields)}}}"
        return f"{optional}body {shown}"


def models_of(hint: Any) -> list[Any]:
    """The generated models a body hint names (one, or each member of a union)."""
    args = typing.get_args(hint) if typing.get_origin(hint) is not None else (hint,)
    return [a for a in args if a is not Unset and a is not type(None) and hasattr(a, "from_dict")]


def _param(given: Input) -> Param:
    return Param(given.name, given.type, required=given.required)


def _spec(op: TableOperation, batched_by: TableOperation | None) -> WriteOperation:
    inputs = INPUTS[op.qualified_name]
    return WriteOperation(
        op=op,
        path_params=tuple(_param(p) for p in inputs.path),
        query_params=tuple(_param(p) for p in inputs.query),
        body=inputs.body,
        body_required=inputs.body is not None and inputs.body_required,
        batched_by=batched_by.qualified_name if batched_by is not None else None,
        batch_max=batched_by.batch_max if batched_by is not None else None,
    )


def _is_write(op: TableOperation) -> bool:
    return op.method != "GET" and not op.paged


@functools.cache
def write_operations() -> Mapping[str, WriteOperation]:
    """Every write operation by qualified name, in table order."""
    by_name = {op.qualified_name: op for op in OPERATIONS}
    batchers = {op.batch_of: op for op in OPERATIONS if op.batch_of and op.batch_of in by_name}
    return {
        op.qualified_name: _spec(op, batchers.get(op.qualified_name))
        for op in OPERATIONS
        if _is_write(op)
    }


def write_operation(name: str) -> WriteOperation:
    """The write operation called `name` (`"end_users.create"`).

    Raises ConfigurationError for a read, a paged query or an unknown name (with the
    closest names).
    """
    writes = write_operations()
    found = writes.get(name)
    if found is not None:
        return found
    known = {op.qualified_name: op for op in OPERATIONS}
    if name in known:
        op = known[name]
        why = "a read (GET)" if op.method == "GET" else "a paged query"
        raise ConfigurationError(f"{name} is {why}, not something a bulk job writes")
    close = difflib.get_close_matches(name, list(writes), n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else " (see `dixa-async bulk --list`)"
    raise ConfigurationError(f"unknown operation {name!r}{hint}")
