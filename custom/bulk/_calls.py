"""Sending one checked request through the client's resource method, and reading its answer
as JSON for the results file."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from typing import Any

from dixa_async.types import UNSET, Unset

from ._records import Request
from ._writes import WriteOperation

__all__ = ["call_one", "jsonable"]


def jsonable(value: Any) -> Any:
    """A generated model (or list of them, or scalar) as plain JSON values."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Unset):
        return None
    return value


def method_of(client: Any, spec: WriteOperation) -> Any:
    """`client.<tag>.<name>`: the resource method of the operation."""
    return getattr(getattr(client, spec.op.tag), spec.op.name)


async def call_one(client: Any, spec: WriteOperation, request: Request) -> Any:
    """Send `request` with the client's own method (so its pacing, retry policy and
    allow-lists apply) and return Dixa's answer as JSON (None for a bodiless answer).

    The job has already been confirmed for a destructive operation: `confirm=True` is
    passed on.
    """
    kwargs: dict[str, Any] = dict(request.query)
    if request.body is not UNSET:
        kwargs["body"] = request.body
    if spec.destructive:
        kwargs["confirm"] = True
    return jsonable(await method_of(client, spec)(*request.path_args, **kwargs))
