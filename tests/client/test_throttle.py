"""The shared limiter: configuration and sharing, observed without timing assertions."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from conftest import TOKEN, MakeClient

from dixa_async import DixaClient, RateLimit

# Slow enough that no capacity comes back while a test runs.
GLACIAL = RateLimit(per_second=0.001, burst=3, headroom=0)


def org(_: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, json={"data": {"id": "o1", "name": "Acme", "status": "Active", "subdomain": "a"}}
    )


def test_default_rate_drains_at_ten_per_second_with_one_slot_of_headroom() -> None:
    rate = RateLimit()
    assert (rate.per_second, rate.burst, rate.capacity) == (10.0, 4, 3)
    assert rate.capacity / rate.period == pytest.approx(10.0)


def test_rate_limit_rejects_settings_that_allow_nothing() -> None:
    with pytest.raises(ValueError, match="burst"):
        RateLimit(burst=1, headroom=1)
    with pytest.raises(ValueError, match="per_second"):
        RateLimit(per_second=0)


async def test_clients_with_the_same_token_share_one_bucket(make_client: MakeClient) -> None:
    first, _ = make_client(org, rate_limit=GLACIAL)
    second, second_sent = make_client(org, rate_limit=GLACIAL)
    for _ in range(3):
        await first.organization.get()  # uses up the shared capacity

    waiting = asyncio.create_task(second.organization.get())
    for _ in range(20):
        await asyncio.sleep(0)
    assert second_sent.requests == []  # held back by the bucket `first` emptied
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting


async def test_clients_with_different_tokens_do_not_share(sleeps: list[float]) -> None:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["Authorization"])
        return org(request)

    first = DixaClient(TOKEN, transport=httpx.MockTransport(handler), rate_limit=GLACIAL)
    other = DixaClient("another-token", transport=httpx.MockTransport(handler), rate_limit=GLACIAL)
    for _ in range(3):
        await first.organization.get()
    await asyncio.wait_for(other.organization.get(), timeout=5)
    assert sent == [TOKEN] * 3 + ["another-token"]


async def test_rate_limit_none_sends_without_pacing(make_client: MakeClient) -> None:
    dixa, recorder = make_client(org, rate_limit=None)
    await asyncio.wait_for(asyncio.gather(*(dixa.organization.get() for _ in range(50))), 5)
    assert len(recorder.requests) == 50
