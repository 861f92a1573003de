"""`dixa_source(...)`: Dixa as a dlt source - conversations and messages through the Exports
API, incrementally, and the v1 lists - every table with its primary key, merged.

```python
import dlt
from dixa_async.warehouse import dixa_source

pipeline = dlt.pipeline("dixa", destination="duckdb", dataset_name="dixa")
pipeline.run(dixa_source(since=date(2024, 1, 1)))   # DIXA_API_KEY from the environment
```

Every request goes through the SDK's `DixaClient` (its pacing, retries, typed errors and
limiter, e.g. a `RedisLimiter`). dlt runs async resources on an event loop of its own, in
another thread, so the source is given a way to *make* clients (`client=`, a callable
returning a `DixaClient` or a `TokenPool` of them, or the `DixaClient` keyword arguments)
rather than a client bound to the caller's loop; each resource opens its own, and clients of
one token in one loop share its rate limit. With a pool, the resources are spread over its
tokens and the per-conversation requests over all of them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

import dlt
from dixa_async._core._client import DixaClient
from dixa_async._core._pool import TokenPool
from dixa_async._core.exports import ExportedConversation, ExportedMessage
from dixa_async._core.exports._lenient import read_item
from dixa_async._core.exports._once import Delivery
from dixa_async._core.exports._windows import Moment, moment_ms, now_ms, to_ms
from dlt.extract.source import DltSource

from ._increment import Increment, plan_increment
from ._period import _short
from ._rows import row_of
from ._sync import DEFAULT_OVERLAP
from ._window_items import Kind, message_filters, window_items

__all__ = [
    "CONVERSATIONS_HINTS",
    "CONVERSATION_CHILDREN",
    "INCLUDE_CHOICES",
    "LIST_RESOURCES",
    "MESSAGES_HINTS",
    "SOURCE_NAME",
    "SOURCE_NESTING",
    "LoadProgress",
    "RequestCounter",
    "conversation_row",
    "dixa_source",
]

# The opt-in per-conversation resources, by their --include name.
INCLUDE_CHOICES = {"notes": "internal_notes", "activity": "activity_log"}
# The v1 lists loaded whole on every run.
LIST_RESOURCES = (
    "agents",
    "end_users",
    "queues",
    "teams",
    "team_members",
    "tags",
    "custom_attributes",
)
# Lists inside a conversation that dlt loads as child tables `conversations__<name>`,
# each row carrying `csid`, the conversation it belongs to.
CONVERSATION_CHILDREN = ("ratings", "tags", "tags_info", "custom_fields")
_BATCH = 500  # rows per item dlt receives from a windowed resource
_MODEL = {"conversations": "ExportedConversation", "messages": "ExportedMessage"}
_PATH = {"conversations": "conversation_export", "messages": "message_export"}
# The source's name (dlt's schema and state live under it) and nesting depth, and the hints of
# its two incremental tables: whatever else writes these tables (the live mirror's targeted
# merges) uses the same, so both land in the same schema on the same keys.
SOURCE_NAME = "dixa"
SOURCE_NESTING = 1
CONVERSATIONS_HINTS: dict[str, Any] = {
    "name": "conversations",
    "primary_key": "id",
    "write_disposition": "merge",
}
MESSAGES_HINTS: dict[str, Any] = {
    "name": "messages",
    "primary_key": "id",
    "write_disposition": "merge",
}
_FAN_OUT = 8  # concurrent per-conversation requests (notes, activity); paced by the client
_PAGE = 100


@dataclass(frozen=True)
class LoadProgress:
    """What `on_progress` is told while a source is extracted (from dlt's thread).

    `state`: "started"/"done" for a resource or one of its windows; `window` is a label
    (`2024-01-01..2024-02-01`) for the windowed resources, None for the lists. `rows` counts
    the rows the resource yielded so far (for a window: in that window).
    """

    resource: str
    state: Literal["started", "done"]
    rows: int = 0
    window: str | None = None
    index: int = 0
    windows: int = 0


@dataclass
class RequestCounter:
    """Requests the source's clients sent (v1 and Exports API), retries included."""

    v1: int = 0
    exports: int = 0
    rate_limited: int = 0
    by_resource: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.v1 + self.exports

    def add(self, resource: str, client: DixaClient, *, exports: bool = False) -> None:
        """Count what `client` sent (with `exports`, its Exports API requests too)."""
        v1, ex, limited = client.stats.requests, 0, client.stats.rate_limited
        if exports:
            ex, limited = client.exports.stats.requests, limited + client.exports.stats.rate_limited
        self.v1 += v1
        self.exports += ex
        self.rate_limited += limited
        self.by_resource[resource] = self.by_resource.get(resource, 0) + v1 + ex


def _label(ms_after: int, ms_before: int) -> str:
    return f"{_short(moment_ms(ms_after))}..{_short(moment_ms(ms_before))}"


ClientFactory = Callable[[], "DixaClient | TokenPool[DixaClient]"]


class _Clients:
    """Opens the clients of one resource (a client, or a pool's), counts their requests when
    they close."""

    def __init__(
        self,
        make: ClientFactory,
        counter: RequestCounter,
        on_progress: Callable[[LoadProgress], object] | None,
    ) -> None:
        self.make = make
        self.counter = counter
        self.on_progress = on_progress

    def report(self, progress: LoadProgress) -> None:
        if self.on_progress is not None:
            self.on_progress(progress)

    @asynccontextmanager
    async def session(
        self, resource: str, slot: int, *, exports: bool = False
    ) -> AsyncIterator[tuple[DixaClient, tuple[DixaClient, ...]]]:
        """`(client, all clients)` for `resource`: the client the factory made, or the
        pool's client number `slot` (modulo its size) and the whole pool. Every client is
        opened here and closed after (the factory made them for this resource)."""
        made = self.make()
        opened: list[DixaClient] = []
        try:
            for client in made.clients if isinstance(made, TokenPool) else (made,):
                await client.__aenter__()
                opened.append(client)
            every = tuple(opened)
            yield every[slot % len(every)], every
        finally:
            for client in opened:
                self.counter.add(resource, client, exports=exports)
                await client.aclose()


def conversation_row(conversation: Any) -> dict[str, Any]:
    """An exported conversation as its `conversations` row (child lists keyed by `csid`)."""
    return _with_csid(row_of(conversation))


def _with_csid(conversation: dict[str, Any]) -> dict[str, Any]:
    """Child rows name their conversation, so SQL can join them without dlt's ids."""
    csid = conversation["id"]
    for name in CONVERSATION_CHILDREN:
        items = conversation.get(name)
        if isinstance(items, list):
            conversation[name] = [
                {**item, "csid": csid} if isinstance(item, dict) else {"value": item, "csid": csid}
                for item in items
            ]
    return conversation


async def _per_conversation(
    pool: tuple[DixaClient, ...], csids: list[int], include: frozenset[str]
) -> AsyncIterator[Any]:
    """Notes and activity of `csids`, one request per conversation and kind, spread over
    the clients of `pool` (each paced on its own token)."""
    semaphore = asyncio.Semaphore(_FAN_OUT * len(pool))

    def client_of(csid: int) -> DixaClient:
        return pool[csid % len(pool)]

    async def notes(csid: int) -> list[dict[str, Any]]:
        async with semaphore:
            found = await client_of(csid).internal_notes.list(csid)
            return [row_of(note, csid=csid) for note in found]

    async def activity(csid: int) -> list[dict[str, Any]]:
        async with semaphore:
            entries = await client_of(csid).conversations.activity_log(csid)
            return [row_of(entry, csid=csid) for entry in entries]

    for table, fetch in (("internal_notes", notes), ("activity_log", activity)):
        if table not in include:
            continue
        rows: list[dict[str, Any]] = []
        for batch in await asyncio.gather(*(fetch(csid) for csid in csids)):
            rows.extend(batch)
        if rows:
            # A table variant starts from the conversations' hints: say what differs.
            hints = dlt.mark.make_hints(
                table_name=table,
                primary_key="id",
                write_disposition="merge",
                columns={"id": {"data_type": "text"}, "csid": {"data_type": "bigint"}},
            )
            yield dlt.mark.with_hints(rows, hints, create_table_variant=True)


def _conversations(
    clients: _Clients,
    since: Moment | None,
    until_ms: int,
    overlap: dt.timedelta,
    include: frozenset[str],
) -> Any:
    @dlt.resource(**CONVERSATIONS_HINTS)
    async def conversations() -> AsyncIterator[Any]:
        plan = plan_increment(
            dlt.current.resource_state(),
            since=since,
            until_ms=until_ms,
            overlap=overlap,
            what="conversations",
        )
        async with clients.session("conversations", 0, exports=True) as (dixa, pool):
            async for item in _windows_of(clients, plan, "conversations", dixa, pool, include):
                yield item
        plan.finish()

    return conversations


def _row(raw: dict[str, Any], kind: Kind, where: str, position: int, exports: Any) -> Any:
    """The admitted item `raw` as a row, read through its model (leniently, as the SDK's
    `dixa.exports` methods read it: a lenient read is counted in `exports.stats`)."""
    parse = ExportedConversation.from_dict if kind == "conversations" else ExportedMessage.from_dict
    model, lenient = read_item(parse, raw, where, position, _MODEL[kind])
    if lenient:
        exports.stats.lenient += 1
    return model


async def _windows_of(
    clients: _Clients,
    plan: Increment,
    resource: Kind,
    dixa: DixaClient,
    pool: tuple[DixaClient, ...],
    include: frozenset[str],
) -> AsyncIterator[Any]:
    """The resource's rows window by window, read the way `sync` reads them (one
    implementation, `window_items`): conversations by `updated`, messages by `created` and
    by their conversation's `updated` (complete under either reading of the message
    export's filters), each item once per run (`Delivery`), the previous run's overlap
    skipped (`plan.selector`)."""
    exports = dixa.exports
    filters = ("updated",) if resource == "conversations" else message_filters("updated")
    delivery = Delivery(plan.end_ms, remember_all=len(filters) > 1)
    choose = plan.selector.conversation if resource == "conversations" else plan.selector.message
    total = len(plan.windows)
    for index, window in enumerate(plan.windows, start=1):
        label = _label(window.after_ms, window.before_ms)
        clients.report(LoadProgress(resource, "started", 0, label, index, total))
        where = f"GET {_PATH[resource]} {label}"

        def reject(raw: Any, position: int, where: str = where) -> None:
            _row(raw, resource, where, position, exports)  # not an item: the model's error

        rows: list[dict[str, Any]] = []
        touched: list[int] = []
        count = 0
        for by in filters:
            async for raw, position, wanted in window_items(
                exports, resource, by, window, delivery, choose, reject
            ):
                if not wanted:
                    continue
                item = _row(raw, resource, where, position, exports)
                if resource == "conversations":
                    rows.append(conversation_row(item))
                    touched.append(item.id)
                else:
                    rows.append(row_of(item))
                if len(rows) >= _BATCH:
                    count += len(rows)
                    yield rows
                    rows = []
        if rows:
            count += len(rows)
            yield rows
        delivery.commit()
        if include and touched:
            async for extra in _per_conversation(pool, touched, include):
                yield extra
        plan.window_done()
        clients.report(LoadProgress(resource, "done", count, label, index, total))


def _messages(clients: _Clients, since: Moment | None, until_ms: int, overlap: dt.timedelta) -> Any:
    @dlt.resource(**MESSAGES_HINTS)
    async def messages() -> AsyncIterator[Any]:
        plan = plan_increment(
            dlt.current.resource_state(),
            since=since,
            until_ms=until_ms,
            overlap=overlap,
            what="messages",
        )
        async with clients.session("messages", 1, exports=True) as (dixa, pool):
            async for item in _windows_of(clients, plan, "messages", dixa, pool, frozenset()):
                yield item
        plan.finish()

    return messages


def _list_resource(
    clients: _Clients,
    name: str,
    fetch: Callable[[DixaClient], AsyncIterator[dict[str, Any]]],
    primary_key: str | tuple[str, ...] = "id",
    slot: int = 0,
) -> Any:
    @dlt.resource(name=name, primary_key=primary_key, write_disposition="merge")
    async def resource() -> AsyncIterator[list[dict[str, Any]]]:
        clients.report(LoadProgress(name, "started"))
        count = 0
        async with clients.session(name, slot) as (dixa, _):
            batch: list[dict[str, Any]] = []
            async for row in fetch(dixa):
                batch.append(row)
                if len(batch) >= _PAGE:
                    count += len(batch)
                    yield batch
                    batch = []
            if batch:
                count += len(batch)
                yield batch
        clients.report(LoadProgress(name, "done", count))

    return resource


async def _agents(dixa: DixaClient) -> AsyncIterator[dict[str, Any]]:
    async for agent in dixa.agents.list(page_size=_PAGE):
        yield row_of(agent)


async def _end_users(dixa: DixaClient) -> AsyncIterator[dict[str, Any]]:
    async for user in dixa.end_users.list(page_size=_PAGE):
        yield row_of(user)


async def _queues(dixa: DixaClient) -> AsyncIterator[dict[str, Any]]:
    for queue in await dixa.queues.list():
        yield row_of(queue)


async def _teams(dixa: DixaClient) -> AsyncIterator[dict[str, Any]]:
    for team in await dixa.teams.list():
        yield row_of(team)


async def _team_members(dixa: DixaClient) -> AsyncIterator[dict[str, Any]]:
    # One request per team: Dixa lists members team by team.
    for team in await dixa.teams.list():
        for member in await dixa.teams.list_members(team.id):
            yield row_of(member, team_id=team.id)


async def _tags(dixa: DixaClient) -> AsyncIterator[dict[str, Any]]:
    for tag in await dixa.tags.list():
        yield row_of(tag)


async def _custom_attributes(dixa: DixaClient) -> AsyncIterator[dict[str, Any]]:
    for attribute in await dixa.custom_attributes.list():
        yield row_of(attribute)


_LISTS: dict[str, tuple[Callable[[DixaClient], AsyncIterator[dict[str, Any]]], Any]] = {
    "agents": (_agents, "id"),
    "end_users": (_end_users, "id"),
    "queues": (_queues, "id"),
    "teams": (_teams, "id"),
    "team_members": (_team_members, ("team_id", "id")),
    "tags": (_tags, "id"),
    "custom_attributes": (_custom_attributes, "id"),
}


def _include(include: Iterable[str]) -> frozenset[str]:
    if isinstance(include, str):
        include = [part for part in include.split(",") if part.strip()]
    tables: set[str] = set()
    for name in include:
        key = name.strip()
        if key not in INCLUDE_CHOICES:
            raise ValueError(
                f"unknown include {key!r}: choose from {', '.join(sorted(INCLUDE_CHOICES))}"
            )
        tables.add(INCLUDE_CHOICES[key])
    return frozenset(tables)


def dixa_source(
    since: Moment | None = None,
    *,
    client: ClientFactory | None = None,
    until: Moment | None = None,
    overlap: dt.timedelta = DEFAULT_OVERLAP,
    include: Iterable[str] = (),
    on_progress: Callable[[LoadProgress], object] | None = None,
    requests: RequestCounter | None = None,
    **client_options: Any,
) -> DltSource:
    """Dixa as a dlt source named `dixa`; every resource merges on its primary key.

    Resources (tables):
    - `conversations` (key `id`, Dixa's integer csid): the Exports API conversation export,
      by `updated_at`, in windows of at most 31 days. Incremental through dlt's state: the
      first run loads from `since`, each later run what was updated since the previous run
      ended, minus `overlap` (default 1 h), skipping what that run already delivered (the
      logic of `sync`). Its lists load as child tables `conversations__ratings`,
      `__tags`, `__tags_info`, `__custom_fields`, each row with `csid`; a merged
      conversation's child rows are replaced with it (a rating is its conversation, its
      position and its fields - a survey repeats its rating id across questions).
    - `messages` (key `id`): the message export, incremental the same way, asked per window
      by creation time and by the conversation's `updated` (as `sync` does): a new message
      on an old conversation is loaded whichever way Dixa reads the export's filters (by
      the message's time or by its conversation's). The two requests overlap: each message
      id is yielded once per run, and rows merge on `id` across runs.
    - `agents`, `end_users`, `queues`, `teams`, `team_members` (key `team_id`, `id`),
      `tags`, `custom_attributes`: the v1 lists, read whole on every run.
    - with `include=["notes", "activity"]`: `internal_notes` and `activity_log` (key `id`,
      with `csid`) of the conversations this run loaded - one v1 request per conversation
      and kind, so they are opt-in.

    Timestamps load as UTC timestamps, ids with Dixa's types, fields the SDK does not know
    as extra columns (dlt's schema evolution).

    `client` is a zero-argument callable returning a new `DixaClient` or `TokenPool` (called
    once per resource, in dlt's event loop, e.g. `lambda: TokenPool.from_tokens(keys,
    limiter=RedisLimiter(url))`); the source opens and closes what it returns. With a pool,
    resource k works on the pool's client k (modulo its size) and the per-conversation
    requests are spread over all its clients; the Exports API streams each run on one
    token. Without it, `DixaClient(**client_options)` (the key from `DIXA_API_KEY`). A client
    object itself is refused (TypeError): it would be bound to the caller's event loop. `until` (default: now, fixed when the source is made) ends the range.
    `on_progress` is called with `LoadProgress` per resource and window; `requests` counts
    the requests sent.

    Raises ValueError for an unknown `include`, TypeError for a `client` that is not a
    callable (or given with `client_options`); the first run without `since` raises
    ValueError inside the pipeline run, a `since` earlier than the dataset's a JobError.
    """
    if client is not None and client_options:
        raise TypeError("give client= or DixaClient keyword arguments, not both")
    if client is not None and not callable(client):
        raise TypeError(
            f"client= takes a callable that makes a DixaClient or TokenPool (dlt runs the "
            f"source on an event loop of its own), not a {type(client).__name__}: e.g. "
            "client=lambda: TokenPool.from_tokens(keys)"
        )
    make: ClientFactory = client if client is not None else (lambda: DixaClient(**client_options))
    if since is not None:
        to_ms(since, name="since")  # a bad bound fails here, not inside dlt
    until_ms = to_ms(until, name="until") if until is not None else now_ms()
    tables = _include(include)
    clients = _Clients(make, requests if requests is not None else RequestCounter(), on_progress)

    @dlt.source(name=SOURCE_NAME, max_table_nesting=SOURCE_NESTING)
    def dixa() -> list[Any]:
        resources = [
            _conversations(clients, since, until_ms, overlap, tables),
            _messages(clients, since, until_ms, overlap),
        ]
        # With a pool, each resource works on the next token (conversations and messages
        # take the first two).
        resources += [
            _list_resource(clients, name, fetch, key, slot)
            for slot, (name, (fetch, key)) in enumerate(_LISTS.items(), start=2)
        ]
        return resources

    return dixa()
