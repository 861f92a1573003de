"""Per-client and per-view options: timeout, retries, headers, deadline; the raw response;
the User-Agent and version every request is identified by."""

from __future__ import annotations

import asyncio
import importlib.metadata
import platform

import httpx
import pytest
from _local_http import local_server
from conftest import MakeClient, conversation_json

import dixa_async
from dixa_async import (
    APITimeoutError,
    DixaClient,
    DixaError,
    NotFoundError,
    RawResponse,
    RetryPolicy,
    ServerError,
    with_raw_response,
)
from dixa_async.models import EmailConversation

TOKEN = "dixa-test-token-5f2b9c"


async def test_with_options_timeout_ends_a_slow_call_in_a_timeout_error() -> None:
    async with (
        local_server(delay=4.0) as slow,
        DixaClient(TOKEN, base_url=slow.url, rate_limit=None) as dixa,
    ):
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(APITimeoutError) as caught:
            await dixa.with_options(timeout=1.0).organization.get()
        elapsed = loop.time() - started
    assert isinstance(caught.value, DixaError)
    assert elapsed < 3.0
    assert len(slow.heads) == 1  # a timed-out read is not replayed by default


async def test_with_options_max_retries_and_retry_apply_to_the_view_only(
    make_client: MakeClient, sleeps: list[float]
) -> None:
    dixa, recorder = make_client(lambda _: httpx.Response(503), max_retries=3)
    with pytest.raises(ServerError):
        await dixa.with_options(max_retries=0).conversations.get(1)
    assert len(recorder.requests) == 1
    with pytest.raises(ServerError):
        await dixa.with_options(retry=RetryPolicy(max_retries=1)).conversations.get(1)
    assert len(recorder.requests) == 1 + 2
    with pytest.raises(ServerError):
        await dixa.conversations.get(1)  # the client itself keeps its 3 retries
    assert len(recorder.requests) == 1 + 2 + 4
    with pytest.raises(ValueError, match="not both"):
        dixa.with_options(max_retries=1, retry=RetryPolicy())


async def test_headers_per_client_and_per_view(make_client: MakeClient) -> None:
    dixa, recorder = make_client(
        lambda _: httpx.Response(200, json=conversation_json()),
        headers={"X-Team": "support", "X-Trace": "client"},
    )
    await dixa.conversations.get(1)
    view = dixa.with_options(headers={"X-Trace": "view"}).with_options(headers={"X-Run": "7"})
    await view.conversations.get(1)
    first, second = recorder.requests
    assert (first.headers["x-team"], first.headers["x-trace"]) == ("support", "client")
    assert (second.headers["x-team"], second.headers["x-trace"]) == ("support", "view")
    assert second.headers["x-run"] == "7"
    assert second.headers["authorization"] == TOKEN
    with pytest.raises(ValueError, match="Authorization"):
        dixa.with_options(headers={"Authorization": "other"})
    with pytest.raises(ValueError, match=r"(?i)authorization"):
        DixaClient(TOKEN, headers={"authorization": "other"})


async def test_options_left_out_keep_the_views_settings(make_client: MakeClient) -> None:
    dixa, _ = make_client(lambda _: httpx.Response(200))
    view = dixa.with_options(deadline=5, timeout=2.0, max_retries=1)
    again = view.with_options(headers={"X-A": "1"})
    assert again._runtime.options.deadline == 5
    assert again._runtime.options.timeout == httpx.Timeout(2.0)
    assert again._runtime.options.retry == RetryPolicy(max_retries=1)
    assert again.with_options(deadline=None)._runtime.options.deadline is None
    with pytest.raises(ValueError, match="timeout"):
        dixa.with_options(timeout=0)


async def test_with_raw_response_gives_the_http_response_with_the_value(
    make_client: MakeClient,
) -> None:
    dixa, _ = make_client(
        lambda _: httpx.Response(200, json=conversation_json(7), headers={"X-Request-Id": "r-1"})
    )
    raw = await dixa.with_raw_response(dixa.conversations.get, 7)
    assert isinstance(raw, RawResponse)
    assert isinstance(raw.parsed, EmailConversation)
    assert raw.parsed.id == 7
    assert (raw.status_code, raw.headers["x-request-id"]) == (200, "r-1")
    assert raw.http_response.request.url.path == "/v1/conversations/7"
    same = await with_raw_response(dixa.with_options(timeout=5.0).conversations.get, 7)
    assert same.parsed.id == 7


async def test_with_raw_response_keeps_the_sdks_errors(make_client: MakeClient) -> None:
    dixa, _ = make_client(lambda _: httpx.Response(404, json={"message": "no such thing"}))
    with pytest.raises(NotFoundError, match="no such thing"):
        await dixa.with_raw_response(dixa.conversations.get, 1)

    async def nothing_sent() -> int:
        return 1

    with pytest.raises(TypeError, match="sent no request"):
        await with_raw_response(nothing_sent)


def test_version_is_the_installed_distributions() -> None:
    assert dixa_async.__version__ == importlib.metadata.version("dixa-async")


async def test_requests_carry_the_sdks_user_agent(make_client: MakeClient) -> None:
    dixa, recorder = make_client(lambda _: httpx.Response(200, json=conversation_json()))
    await dixa.conversations.get(1)
    assert recorder.requests[0].headers["user-agent"] == (
        f"dixa-async/{dixa_async.__version__} python/{platform.python_version()} "
        f"httpx/{httpx.__version__}"
    )


async def test_with_raw_response_gives_each_page_of_a_pager(dixa_client: DixaClient) -> None:
    pages = dixa_client.end_users.list(page_size=5).pages()
    first = await dixa_client.with_raw_response(anext, pages)
    second = await dixa_client.with_raw_response(anext, pages)
    assert [len(first.parsed.items), len(second.parsed.items)] == [5, 5]
    assert first.status_code == 200
    assert "pageKey" not in first.http_response.request.url.params
    assert "pageKey" in second.http_response.request.url.params
    assert {user.id for user in first.parsed.items}.isdisjoint(
        user.id for user in second.parsed.items
    )
