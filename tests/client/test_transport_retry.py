"""Retries through the real pipeline: what is replayed, what is not, and what is logged."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from conftest import Handler, MakeClient, conversation_json

from dixa_async import (
    APIConnectionError,
    APITimeoutError,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from dixa_async.models import CreateTagInput

TAG_JSON = {"data": {"id": "t1", "name": "vip", "state": "Active"}}


def failing_then(status: int, body: Mapping[str, Any], failures: int = 1) -> Handler:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] <= failures:
            return httpx.Response(status, json={"message": "boom"})
        return httpx.Response(200, json=body)

    return handler


async def test_5xx_is_retried_for_get(make_client: MakeClient) -> None:
    dixa, recorder = make_client(failing_then(502, conversation_json(), failures=2))
    assert (await dixa.conversations.get(1)).id == 1
    assert len(recorder.requests) == 3


async def test_5xx_is_not_retried_for_post_create(make_client: MakeClient) -> None:
    dixa, recorder = make_client(failing_then(500, TAG_JSON))
    with pytest.raises(ServerError) as caught:
        await dixa.tags.create(body=CreateTagInput(name="vip"))
    assert caught.value.status_code == 500
    assert len(recorder.requests) == 1


async def test_5xx_is_retried_for_read_only_post_search(make_client: MakeClient) -> None:
    dixa, recorder = make_client(failing_then(503, {"data": []}))
    assert [hit async for hit in dixa.search.conversations(query="refund")] == []
    assert len(recorder.requests) == 2


async def test_read_error_on_post_is_not_retried(make_client: MakeClient) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset", request=request)

    dixa, recorder = make_client(handler)
    with pytest.raises(APIConnectionError) as caught:
        await dixa.tags.create(name="vip")
    assert len(recorder.requests) == 1
    assert (caught.value.method, caught.value.path) == ("POST", "/v1/tags")


async def test_connect_error_on_post_is_retried(make_client: MakeClient) -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json=TAG_JSON)

    dixa, recorder = make_client(handler)
    created = await dixa.tags.create(name="vip")
    assert created.name == "vip"
    assert len(recorder.requests) == 2


async def test_a_read_timeout_surfaces_at_once_as_a_timeout(
    make_client: MakeClient, sleeps: list[float]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    dixa, recorder = make_client(handler, max_retries=2)
    with pytest.raises(APITimeoutError):
        await dixa.conversations.get(1)
    assert len(recorder.requests) == 1
    assert sleeps == []


async def test_read_timeout_on_get_is_retried_when_the_policy_asks(
    make_client: MakeClient, sleeps: list[float]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    dixa, recorder = make_client(handler, retry=RetryPolicy(max_retries=2, retry_timeouts=True))
    with pytest.raises(APITimeoutError):
        await dixa.conversations.get(1)
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


async def test_retry_after_is_honoured_and_capped(
    make_client: MakeClient, sleeps: list[float]
) -> None:
    answers = iter(
        [
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(429, headers={"Retry-After": "3600"}),
            httpx.Response(200, json=conversation_json()),
        ]
    )
    dixa, _ = make_client(lambda _: next(answers), retry=RetryPolicy(max_retry_after=30.0))
    await dixa.conversations.get(1)
    assert sleeps == [2.0, 30.0]


async def test_429_after_retries_run_out_raises_rate_limit_error(
    make_client: MakeClient,
) -> None:
    dixa, recorder = make_client(lambda _: httpx.Response(429, text=""), max_retries=1)
    with pytest.raises(RateLimitError) as caught:
        await dixa.tags.create(name="vip")
    assert caught.value.status_code == 429
    assert len(recorder.requests) == 2
    assert dixa.stats.rate_limited == 2


async def test_each_retry_is_logged_without_headers(
    make_client: MakeClient, caplog: pytest.LogCaptureFixture, sleeps: list[float]
) -> None:
    dixa, _ = make_client(failing_then(429, conversation_json()))
    with caplog.at_level(logging.INFO, logger="dixa_async"):
        await dixa.conversations.get(5)
    [record] = [
        r for r in caplog.records if r.name == "dixa_async" and r.getMessage().startswith("retry")
    ]
    message = record.getMessage()
    assert "GET /v1/conversations/5" in message
    assert "attempt 1" in message
    assert "status 429" in message
    assert f"{sleeps[0]:.2f}s" in message
    assert "Authorization" not in message
