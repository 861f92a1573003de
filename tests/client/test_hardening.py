"""Misuse and hostile input: ids that would change the route, requests too big to send, broken
bodies, closed clients and calls that never end. Every case ends in a typed error, and
nothing reaches another route."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from dixa_async import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    DixaClient,
    InvalidRequestError,
    RateLimit,
    ResponseValidationError,
)
from dixa_async.api.agents import delete_agents_agentid
from dixa_async.operations import OPERATIONS, Operation
from dixa_async.types import InvalidPathParameter

TOKEN = "hardening-token"
HOSTILE_IDS = ["", ".", "..", " ", "x" * 100_000]


class Recorder:
    """A network stand-in that answers 200 `{}` and records what reached it."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._answer = answer or (lambda _: httpx.Response(200, json={"data": {}}))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._answer(request)


def client(recorder: Recorder, **options: Any) -> DixaClient:
    options.setdefault("rate_limit", None)
    return DixaClient(TOKEN, transport=httpx.MockTransport(recorder), **options)


def _arguments(op: Operation, hostile_param: str, hostile: str) -> tuple[list[Any], dict[str, Any]]:
    """Positional path ids (one of them hostile, the others valid) and the keywords the
    method needs to get as far as building its request."""
    positional = [hostile if name == hostile_param else "1" for name in op.path_params]
    keywords: dict[str, Any] = {}
    if op.body is not None:
        # Never serialised: the route is checked before the body is.
        keywords["body"] = [] if op.body_is_list else object()
    if op.qualified_name == "search.conversations_by_text":
        keywords["query"] = "refund"
    if op.destructive:
        keywords["confirm"] = True
    return positional, keywords


CASES = [
    pytest.param(op, name, hostile, id=f"{op.qualified_name}-{name}-{hostile[:3]!r}")
    for op in OPERATIONS
    for name in op.path_params
    for hostile in HOSTILE_IDS
]


def test_every_path_parameter_is_walked() -> None:
    with_ids = [op for op in OPERATIONS if op.path_params]
    assert len(with_ids) > 60
    assert len(CASES) == len(HOSTILE_IDS) * sum(len(op.path_params) for op in with_ids)


@pytest.mark.parametrize(("op", "param", "hostile"), CASES)
async def test_hostile_path_ids_are_refused_before_sending(
    op: Operation, param: str, hostile: str
) -> None:
    recorder = Recorder()
    async with client(recorder) as dixa:
        method = getattr(getattr(dixa, op.tag), op.name)
        positional, keywords = _arguments(op, param, hostile)
        result = method(*positional, **keywords)
        pending = anext(aiter(result)) if op.paged else result
        with pytest.raises(InvalidRequestError, match=param):
            await pending
    assert recorder.requests == []


async def test_hostile_ids_through_the_generated_functions_are_refused_too() -> None:
    recorder = Recorder()
    async with client(recorder) as dixa:
        with pytest.raises(InvalidPathParameter):
            await delete_agents_agentid.asyncio_detailed(agent_id=".", client=dixa.raw)
    assert recorder.requests == []


@pytest.mark.parametrize("path", ["/v1/agents", "/v1/agents/", "/v1/agents/a/b", "/v1/agents/.."])
async def test_the_transport_refuses_a_request_that_left_its_route(path: str) -> None:
    recorder = Recorder()
    async with client(recorder) as dixa:
        http = dixa.raw.get_async_httpx_client()
        with pytest.raises(InvalidRequestError, match="does not fill the route"):
            await http.request("DELETE", path, extensions={"dixa_route": "/v1/agents/{agent_id}"})
    assert recorder.requests == []


async def test_an_id_with_a_slash_stays_one_encoded_segment() -> None:
    recorder = Recorder(lambda _: httpx.Response(204))
    async with client(recorder) as dixa:
        await dixa.tags.untag(1001, "a/../b")
    (sent,) = recorder.requests
    assert sent.url.raw_path == b"/v1/conversations/1001/tags/a%2F..%2Fb"


async def test_a_url_too_long_to_send_is_a_typed_error() -> None:
    recorder = Recorder()
    async with client(recorder) as dixa:
        with pytest.raises(InvalidRequestError):
            await anext(aiter(dixa.end_users.list(email="x" * 100_000)))
    assert recorder.requests == []


async def test_a_body_that_claims_gzip_but_is_not_is_a_connection_error() -> None:
    def broken(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"not gzip at all", headers={"content-encoding": "gzip"})

    async with client(Recorder(broken)) as dixa:
        with pytest.raises(APIConnectionError, match="DecodingError"):
            await dixa.organization.get()


async def test_real_gzip_still_decodes() -> None:
    tag = {"id": "t1", "name": "vip", "state": "Active"}
    body = gzip.compress(json.dumps({"data": tag}).encode())

    def zipped(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-encoding": "gzip"})

    async with client(Recorder(zipped)) as dixa:
        assert (await dixa.tags.get("t1")).name == "vip"


async def test_json_nested_too_deep_is_a_validation_error() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000

    async with client(Recorder(lambda _: httpx.Response(200, content=deep))) as dixa:
        with pytest.raises(ResponseValidationError) as caught:
            await dixa.organization.get()
    assert caught.value.body == deep


async def test_a_2xx_without_the_documented_data_is_a_validation_error() -> None:
    async with client(Recorder(lambda _: httpx.Response(200, json={"meta": {}}))) as dixa:
        with pytest.raises(ResponseValidationError, match="data"):
            await dixa.organization.get()


async def test_calls_on_a_closed_client_are_refused() -> None:
    recorder = Recorder()
    dixa = client(recorder)
    async with dixa:
        pass
    with pytest.raises(ClientClosedError, match="closed"):
        await dixa.organization.get()
    assert recorder.requests == []


async def test_leaving_async_with_fails_the_calls_still_waiting_for_the_limiter() -> None:
    recorder = Recorder(lambda _: httpx.Response(200, json={"data": {"message": "hi"}}))
    dixa = client(recorder, rate_limit=RateLimit(per_second=10.0, burst=2, headroom=1))
    async with dixa:
        calls = [
            asyncio.ensure_future(dixa.internal_notes.create(1749, message=f"note {i}"))
            for i in range(20)
        ]
        await asyncio.sleep(0.25)  # a few go out; the rest queue in the limiter
    sent_at_close = len(recorder.requests)
    results = await asyncio.gather(*calls, return_exceptions=True)
    await asyncio.sleep(0.3)  # time for any straggler that would (wrongly) still go out
    assert 0 < sent_at_close < 20
    assert len(recorder.requests) == sent_at_close
    refused = [r for r in results if isinstance(r, ClientClosedError)]
    assert len(refused) == 20 - sent_at_close


async def test_cancelling_a_queued_call_is_still_a_cancellation() -> None:
    tag = {"data": {"id": "t1", "name": "vip", "state": "Active"}}
    recorder = Recorder(lambda _: httpx.Response(200, json=tag))
    dixa = client(recorder, rate_limit=RateLimit(per_second=1.0, burst=2, headroom=1))
    async with dixa:
        await dixa.tags.get("t1")  # uses the only slot
        waiting = asyncio.ensure_future(dixa.tags.get("t1"))
        await asyncio.sleep(0.05)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
    assert len(recorder.requests) == 1


@contextlib.asynccontextmanager
async def dripping_server(interval: float) -> AsyncIterator[str]:
    """A server on 127.0.0.1 that answers 200 and then sends its body one byte per `interval`."""

    handlers: set[asyncio.Task[None]] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        handlers.add(task)
        with contextlib.suppress(ConnectionError, asyncio.CancelledError):
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n")
            writer.write(b"content-length: 1000\r\n\r\n")
            for _ in range(1000):
                writer.write(b" ")
                await writer.drain()
                await asyncio.sleep(interval)
        writer.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()
        for task in handlers:
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(server.wait_closed(), 1)


async def test_a_deadline_ends_a_call_that_per_read_timeouts_never_would() -> None:
    async with dripping_server(0.2) as url:
        dixa = DixaClient(TOKEN, base_url=url, rate_limit=None, timeout=1.0, deadline=0.8)
        async with dixa:
            started = asyncio.get_running_loop().time()
            with pytest.raises(APITimeoutError, match="deadline"):
                await dixa.organization.get()
            assert asyncio.get_running_loop().time() - started < 5


async def test_with_options_sets_a_deadline_for_one_view() -> None:
    async with (
        dripping_server(0.2) as url,
        DixaClient(TOKEN, base_url=url, rate_limit=None, timeout=1.0) as dixa,
    ):
        with pytest.raises(APITimeoutError, match=r"0\.5 s deadline"):
            await dixa.with_options(deadline=0.5).organization.get()
        assert dixa.organization is not dixa.with_options(deadline=1).organization


def test_a_deadline_must_be_positive() -> None:
    with pytest.raises(ValueError, match="deadline"):
        DixaClient(TOKEN, deadline=0)
