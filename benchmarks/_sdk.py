"""The dixa-async side of the rate-limit benchmarks: a bulk tagging job through `run_job`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dixa_async.jobs import Task, TokenPool, run_job
from dixa_async.search import F, SearchQuery

from dixa_async import DixaClient

__all__ = ["JobRun", "bulk_tag", "pick_work"]


@dataclass(frozen=True)
class JobRun:
    items: int
    failures: int
    requests: int
    rate_limited: int
    elapsed: float


async def pick_work(base_url: str, count: int) -> tuple[list[int], str]:
    """`count` conversation ids and a tag id from the fake, found with a throwaway token."""
    async with DixaClient("bench-setup", base_url=base_url) as client:
        tags = await client.tags.list()
        tag_id = next(t.id for t in tags if t.name == "vip")
        since = F.created.since(dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
        body = SearchQuery().where(since).build()
        ids = [
            hit.id
            async for hit in client.search.conversations(
                filters=body.filters or None, page_size=50, max_items=count
            )
        ]
    if len(ids) < count:
        raise RuntimeError(f"the fake has only {len(ids)} conversations, {count} needed")
    return ids, tag_id


def _tag_with(tag_id: str) -> Task[DixaClient, int]:
    async def tag(client: DixaClient, conversation_id: int) -> None:
        await client.tags.tag(conversation_id, tag_id)

    return Task(tag, name="tag", idempotent=True)


async def bulk_tag(
    base_url: str, tokens: list[str], conversation_ids: list[int], tag_id: str
) -> JobRun:
    """Tag every conversation through `run_job`, spread over one client per token."""
    clients = [DixaClient(token, base_url=base_url) for token in tokens]
    try:
        for client in clients:
            await client.__aenter__()
        operation = _tag_with(tag_id)
        if len(clients) == 1:
            report = await run_job(clients[0], conversation_ids, operation)
        else:
            report = await run_job(TokenPool(clients), conversation_ids, operation)
    finally:
        for client in clients:
            await client.aclose()
    return JobRun(
        items=len(conversation_ids),
        failures=report.failed,
        requests=report.requests or 0,
        rate_limited=report.rate_limited or 0,
        elapsed=report.elapsed,
    )
