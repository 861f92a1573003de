"""Search helpers through DixaClient against the in-process fake: windows, dedup, hydration."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from dixa_async.search import F, SearchQuery, hydrate, split_by_creation, windowed_hits
from dixa_async.search._hydrate import hydrate_with
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient, NotFoundError

START = dt.datetime(2023, 12, 1, tzinfo=dt.UTC)
END = dt.datetime(2024, 12, 1, tzinfo=dt.UTC)


async def ids_of(pager: object) -> list[int]:
    return [hit.id async for hit in pager]  # type: ignore[attr-defined]


async def test_search_builder_goes_straight_into_the_client(dixa_client: DixaClient) -> None:
    query = SearchQuery().where(F.created.between(START, END), F.status.is_one_of(["closed"]))
    hits = await ids_of(dixa_client.search.conversations(query, page_size=50))
    assert hits
    for conversation_id in hits[:5]:
        conversation = await dixa_client.conversations.get(conversation_id)
        assert str(conversation.state).lower() == "closed"
    with pytest.raises(TypeError, match="not both"):
        dixa_client.search.conversations(query, query="refund")


async def test_windows_cover_the_range_once(dixa_client: DixaClient) -> None:
    query = SearchQuery().where(F.created.between(START, END))
    whole = await ids_of(dixa_client.search.conversations(query, page_size=50))
    windows = split_by_creation(query, window=dt.timedelta(days=31))
    assert len(windows) == 12
    before = dixa_client.stats.requests
    chunked = await ids_of(windowed_hits(dixa_client, query, page_size=50))
    assert sorted(chunked) == sorted(whole)
    assert len(chunked) == len(set(chunked))
    assert dixa_client.stats.requests - before >= 12


async def test_a_conversation_on_a_window_boundary_comes_once(
    dixa_client: DixaClient, fake_dixa: FakeDixa
) -> None:
    conversation = next(iter(fake_dixa.store.conversations.values()))
    moment = dt.datetime.fromtimestamp(conversation.created, dt.UTC)
    week = dt.timedelta(days=7)
    query = SearchQuery().where(F.created.between(moment - week, moment + week))
    windows = split_by_creation(query, window=week)
    assert len(windows) == 2  # both windows include `moment`
    per_window = [await ids_of(dixa_client.search.conversations(w)) for w in windows]
    assert all(conversation.id in ids for ids in per_window)
    merged = await ids_of(windowed_hits(dixa_client, query, window=week))
    assert merged.count(conversation.id) == 1


def test_split_needs_one_created_range_joined_with_all() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        split_by_creation(SearchQuery("refund"))
    with pytest.raises(ValueError, match="All"):
        split_by_creation(
            SearchQuery().any_of(F.created.between(START, END), F.status.is_one_of(["open"]))
        )
    short = SearchQuery().where(F.created.between(START, START + dt.timedelta(days=3)))
    assert split_by_creation(short) == [short]


async def test_hydrate_yields_full_conversations_in_hit_order(dixa_client: DixaClient) -> None:
    query = SearchQuery().where(F.created.between(START, END))
    hits = [hit async for hit in dixa_client.search.conversations(query, max_items=30)]
    conversations = [c async for c in hydrate(dixa_client, hits, concurrency=5)]
    assert [c.id for c in conversations] == [h.id for h in hits]


async def test_hydrate_bounds_concurrency_and_skips_missing_on_request() -> None:
    in_flight = peak = 0

    async def fetch(conversation_id: int) -> int:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0)
        in_flight -= 1
        if conversation_id == 3:
            raise NotFoundError("gone", status_code=404, method="GET", path="/v1/conversations/3")
        return conversation_id * 10

    got = [r async for r in hydrate_with(fetch, range(20), concurrency=4, skip_missing=True)]
    assert got == [i * 10 for i in range(20) if i != 3]
    assert peak == 4
    with pytest.raises(NotFoundError):
        [r async for r in hydrate_with(fetch, range(5), concurrency=2, skip_missing=False)]
