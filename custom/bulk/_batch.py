"""Batching records of one operation into Dixa's bulk endpoint for it.

Each record stays its own job item (own key, checkpoint entry and result); a `Batcher`
only changes how the items in flight reach Dixa. Records that can share a request
(the same client, and the same path, e.g. one conversation's notes) are collected until
the batch is full or `linger` seconds have passed since its first record, then sent as
one bulk request. Dixa's per-item outcomes (`BulkActionSuccess` / `BulkActionFailure`,
in request order) are handed back to each record: a failed item fails only its record.
A batch of one record is sent with the single-record operation, exactly as unbatched.

Each record's send hook (see `dixa_async._core._sending`) is carried into its batch: when the
bulk request is about to leave, every record in it is recorded as started, and no record
whose batch never left is.

If the bulk request itself fails (a 4xx for the whole request, a 5xx, a dropped
connection), every record in it gets that error, with the engine's usual reading of
whether it may have been applied.
"""

from __future__ import annotations

import asyncio
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from dixa_async._core._errors import DixaError
from dixa_async._core._sending import SendHook, current_hook, sending_as

from ._calls import call_one, jsonable, method_of
from ._fit import body_fields, build, fit
from ._records import Request
from ._writes import DEFAULT_BATCH_MAX, WriteOperation

__all__ = [
    "BatchError",
    "BatchPlan",
    "Batcher",
    "BulkItemError",
    "Plan",
    "TagBatchPlan",
    "plan_for",
]

DEFAULT_LINGER = 0.05
"""Seconds a partial batch waits for more records before it is sent anyway."""


class BulkItemError(DixaError):
    """Dixa refused one record of a bulk request (a `BulkActionFailure` item).

    Attributes:
        kind: Dixa's error `_type` (`Validation`, `NotFound`, ...; `ErrorResponse` for notes).
        message: Dixa's message.
        status_code: always None: the bulk request as a whole succeeded.
    """

    in_doubt = False
    """Dixa said this item failed: it had no effect."""
    status_code = None

    def __init__(self, kind: str, message: str, *, operation: str) -> None:
        self.kind = kind
        self.message = message
        super().__init__(f"{operation}: item refused ({kind}): {message}")


class BatchError(DixaError):
    """A bulk request's answer could not be matched to its records (say, fewer outcomes
    than records). Dixa did process the request, so each record is in doubt."""

    in_doubt = True


@dataclass(frozen=True)
class BatchPlan:
    """How records of `single` go through `bulk`.

    `group` are the path parameters a bulk request shares (a conversation's notes go to
    that conversation's endpoint); `id_param` is the single operation's path parameter
    that the bulk item carries as its `id` (end users, agents).
    """

    single: WriteOperation
    bulk: WriteOperation
    size: int
    group: tuple[str, ...]
    id_param: str | None
    items_key: str | None
    """The body field holding the items (`data`), None when the body is a bare array."""

    async def setup(self, client: Any) -> None:
        """Nothing to look up before the job (see `TagBatchPlan.setup`)."""

    def accepts(self, request: Request) -> bool:
        """Whether `request` can go in a bulk request (query parameters cannot)."""
        return not request.query and request.body_json is not None

    def group_of(self, request: Request) -> tuple[Any, ...]:
        return tuple(request.path[name] for name in self.group)

    def item(self, request: Request) -> Any:
        item = dict(request.body_json)
        if self.id_param is not None:
            item["id"] = request.path[self.id_param]
        return item

    def body(self, requests: Sequence[Request]) -> Any | None:
        """The bulk body for `requests`, or None if it would not fit the bulk model (then
        each record is sent on its own)."""
        items = [self.item(r) for r in requests]
        value = items if self.items_key is None else {self.items_key: items}
        converted, problems = fit(self.bulk.body, value)
        if problems:
            return None
        return build(self.bulk.body, converted)

    async def send(self, client: Any, requests: Sequence[Request]) -> list[Any]:
        """Send one bulk request; one outcome per request: its response JSON or an error."""
        body = self.body(requests)
        if body is None:
            return [await _single(client, self.single, r) for r in requests]
        path = dict(zip(self.group, self.group_of(requests[0]), strict=True))
        answer = await method_of(client, self.bulk)(*path.values(), body=body)
        if answer is None:  # 202 without a body (tags): accepted as a whole
            return [None] * len(requests)
        outcomes = answer if isinstance(answer, list) else getattr(answer, "data", None)
        if not isinstance(outcomes, list) or len(outcomes) != len(requests):
            count = len(outcomes) if isinstance(outcomes, list) else "no"
            error = BatchError(
                f"{self.bulk.name} answered {count} outcomes for {len(requests)} records"
            )
            return [error] * len(requests)
        return [self._outcome(o) for o in outcomes]

    def _outcome(self, outcome: Any) -> Any:
        tag = getattr(getattr(outcome, "type_", None), "value", type(outcome).__name__)
        if str(tag).startswith("BulkActionSuccess"):
            return jsonable(outcome.data)
        error = getattr(outcome, "error", None)
        kind = getattr(getattr(error, "type_", None), "value", None) or type(error).__name__
        message = getattr(error, "message", None) or "no message"
        return BulkItemError(str(kind), str(message), operation=self.bulk.name)


async def _single(client: Any, spec: WriteOperation, request: Request) -> Any:
    try:
        return await call_one(client, spec, request)
    except Exception as exc:  # each record keeps its own error
        return exc


class TagBatchPlan:
    """`tags.tag` records (conversation, tag id) through `tags.bulk_tag` (conversation, tag
    *names*). Only active tags the organisation has are batched: the bulk endpoint would
    create a tag for an unknown name and its handling of deactivated tags is not
    documented, so those records keep the single PUT (and its 404 or 400). Dixa accepts a
    bulk tag request as a whole (202, no per-item outcome) and applies it asynchronously.
    """

    def __init__(self, single: WriteOperation, bulk: WriteOperation, size: int) -> None:
        self.single = single
        self.bulk = bulk
        self.size = size
        self._names: dict[str, str] | None = None

    async def setup(self, client: Any) -> None:
        """Read the organisation's tags once (one request), before the job starts."""
        answer = await client.tags.list(include_deactivated=True)
        tags = answer if isinstance(answer, list) else (getattr(answer, "data", None) or [])
        self._names = {
            str(t.id): str(t.name)
            for t in tags
            if str(getattr(getattr(t, "state", None), "value", "Active")) == "Active"
        }

    def accepts(self, request: Request) -> bool:
        return self._names is not None and str(request.path.get("tag_id")) in self._names

    def group_of(self, request: Request) -> tuple[Any, ...]:
        return (request.path["conversation_id"],)

    async def send(self, client: Any, requests: Sequence[Request]) -> list[Any]:
        assert self._names is not None
        names = [{"name": self._names[str(r.path["tag_id"])]} for r in requests]
        converted, problems = fit(self.bulk.body, {"data": names})
        if problems:  # pragma: no cover - the bulk body is a list of names
            return [await _single(client, self.single, r) for r in requests]
        body = build(self.bulk.body, converted)
        await method_of(client, self.bulk)(*self.group_of(requests[0]), body=body)
        return [None] * len(requests)


Plan = BatchPlan | TagBatchPlan


def plan_for(
    single: WriteOperation, bulk: WriteOperation, *, size: int | None = None
) -> Plan | None:
    """The plan for batching `single` through `bulk`, or None when this module does not
    know how to build `bulk`'s items from `single`'s records."""
    limit = single.batch_max
    chosen = size if size is not None else (limit or DEFAULT_BATCH_MAX)
    if limit is not None:
        chosen = min(chosen, limit)
    if chosen < 2 or bulk.body is None:
        return None
    shared = {p.name for p in bulk.path_params}
    own = [p.name for p in single.path_params if p.name not in shared]
    group = tuple(p.name for p in single.path_params if p.name in shared)
    if single.op.qualified_name == "tags.tag":
        return TagBatchPlan(single, bulk, chosen)
    if len(own) > 1:
        return None
    item_model = _item_model(bulk)
    if item_model is None:
        return None
    id_param = own[0] if own else None
    if id_param is not None and "id" not in {f.key for f in body_fields(item_model[1])}:
        return None
    return BatchPlan(single, bulk, chosen, group, id_param, item_model[0])


def _item_model(bulk: WriteOperation) -> tuple[str | None, Any] | None:
    """(the body field holding the items or None for a bare array, the item model)."""
    hint = bulk.body
    if typing.get_origin(hint) is list:
        return None, typing.get_args(hint)[0]
    fields = body_fields(hint) if hasattr(hint, "from_dict") else ()
    if len(fields) != 1:
        return None
    (only,) = fields
    lists = [m for m in typing.get_args(only.hint) or (only.hint,) if typing.get_origin(m) is list]
    if len(lists) == 1:
        (item,) = typing.get_args(lists[0])
        if hasattr(item, "from_dict"):
            return only.key, item
    return None


@dataclass
class _Entry:
    request: Request
    future: asyncio.Future[Any]
    hook: SendHook | None


@dataclass
class _Group:
    entries: list[_Entry] = field(default_factory=list)


class Batcher:
    """Collects the records in flight into bulk requests (see the module docstring)."""

    def __init__(self, plan: Plan, *, linger: float = DEFAULT_LINGER) -> None:
        self.plan = plan
        self.linger = linger
        self._open: dict[tuple[Any, ...], _Group] = {}

    async def submit(self, client: Any, request: Request) -> Any:
        """Send `request` as part of a batch; returns its response JSON or raises its error."""
        slot = (id(client), *self.plan.group_of(request))
        group = self._open.get(slot)
        if group is None:
            group = self._open[slot] = _Group()
        entry = _Entry(request, asyncio.get_running_loop().create_future(), current_hook())
        group.entries.append(entry)
        if len(group.entries) >= self.plan.size:
            await self._flush(client, slot, group)
        elif len(group.entries) == 1:
            # The first record of a batch sends it when no more arrive in time.
            try:
                await asyncio.wait_for(asyncio.shield(entry.future), self.linger)
            except TimeoutError:
                await self._flush(client, slot, group)
        return await entry.future

    async def _flush(self, client: Any, slot: tuple[Any, ...], group: _Group) -> None:
        if self._open.get(slot) is not group:
            return  # already taken by the record that filled it
        del self._open[slot]
        entries = group.entries
        hooks = [e.hook for e in entries if e.hook is not None]

        async def mark() -> None:
            # Every record of the batch, whichever record's task happens to send it.
            await asyncio.gather(*(hook.fire() for hook in hooks))

        try:
            with sending_as(SendHook(mark) if hooks else None):
                if len(entries) == 1:
                    outcomes = [await _single(client, self.plan.single, entries[0].request)]
                else:
                    outcomes = await self.plan.send(client, [e.request for e in entries])
        except BaseException as exc:
            for e in entries:
                if not e.future.done():
                    if isinstance(exc, Exception):
                        e.future.set_exception(exc)
                    else:
                        e.future.cancel()
            if not isinstance(exc, Exception):
                raise
            return
        for e, outcome in zip(entries, outcomes, strict=True):
            if e.future.done():
                continue
            if isinstance(outcome, BaseException):
                e.future.set_exception(outcome)
            else:
                e.future.set_result(outcome)
