"""Turn the search options of `search` and `export` into a typed `SearchQuery`, and run a search
with progress (also for `demo`)."""

from __future__ import annotations

import argparse
import time
from typing import cast

from dixa_async._core._client import DixaClient
from dixa_async._core._errors import ConfigurationError
from dixa_async.bulk import resolve_tags
from dixa_async.search import ChannelName, DirectionName, F, SearchQuery, StatusName

from dixa_async.models.condition import Condition
from dixa_async.models.conversation_search_with_filters_hit import ConversationSearchWithFiltersHit
from dixa_async.resources._runtime import Pager

from ._output import UI, Summary

__all__ = ["SEARCH_PAGE_SIZE", "build_search", "collect_ids", "has_filters", "search_hits"]

SEARCH_PAGE_SIZE = 50


def has_filters(args: argparse.Namespace) -> bool:
    return any(
        getattr(args, name, None)
        for name in (
            "query", "status", "channel", "direction", "tags", "queues", "agents",
            "created_since", "created_until", "closed_since", "closed_until",
        )
    )  # fmt: skip


async def build_search(client: DixaClient, args: argparse.Namespace) -> SearchQuery:
    """The search the options describe.

    Raises:
        ConfigurationError: no filter at all (Dixa needs a query or a condition), or an
            unknown tag name.
    """
    if not has_filters(args):
        raise ConfigurationError(
            "give at least one filter (--query, --status, --channel, --tag, --created-since, ...)"
        )
    conditions: list[Condition] = []
    if args.status:
        conditions.append(F.status.is_one_of(cast(list[StatusName], args.status)))
    if args.channel:
        conditions.append(F.channel.is_one_of(cast(list[ChannelName], args.channel)))
    if args.direction:
        conditions.append(F.direction.is_one_of(cast(list[DirectionName], args.direction)))
    if args.tags:
        conditions.append(F.tags.includes_any(await resolve_tags(client, args.tags)))
    if args.queues:
        conditions.append(F.queue.is_one_of(args.queues))
    if args.agents:
        conditions.append(F.agent.is_one_of(args.agents))
    for field, since, until in (
        (F.created, args.created_since, args.created_until),
        (F.closed, args.closed_since, args.closed_until),
    ):
        if since and until:
            conditions.append(field.between(since, until))
        elif since:
            conditions.append(field.since(since))
        elif until:
            conditions.append(field.until(until))
    search = SearchQuery(args.query, exact_match=True if args.exact else None)
    if not conditions:
        return search
    return search.any_of(*conditions) if args.match_any else search.where(*conditions)


def search_hits(
    client: DixaClient, search: SearchQuery, *, max_items: int | None = None
) -> Pager[ConversationSearchWithFiltersHit]:
    """The hits of `search`, page by page (pages of 50, the most Dixa is known to serve)."""
    return client.search.conversations(
        search,
        page_size=SEARCH_PAGE_SIZE,
        max_items=max_items,
    )


async def collect_ids(
    ui: UI,
    summary: Summary,
    client: DixaClient,
    search: SearchQuery,
    *,
    limit: int | None,
    echo: bool = False,
) -> list[int]:
    """Run `search`; every hit's id (at most `limit`), in Dixa's order, recorded as the
    summary's "search" phase."""
    before = (client.stats.requests, client.stats.rate_limited)
    started = time.monotonic()
    ids: list[int] = []
    with ui.board.phase("search", total=limit) as phase:
        async for hit in search_hits(client, search, max_items=limit):
            ids.append(hit.id)
            if echo:
                ui.out.print(hit.id, highlight=False)
            phase.update(done=len(ids), rate_limited=client.stats.rate_limited - before[1])
    summary.add_phase(
        "search",
        items=len(ids),
        requests=client.stats.requests - before[0],
        rate_limited=client.stats.rate_limited - before[1],
        elapsed=time.monotonic() - started,
    )
    return ids
