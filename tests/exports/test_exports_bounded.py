"""Issue 19, "Bounded": against hand-built servers on 127.0.0.1, an export request ends -
whatever the body nests, however slowly or endlessly it arrives."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _raw_server import RawServer, Reply, Request

from dixa_async import (
    APIConnectionError,
    APITimeoutError,
    DixaClient,
    DixaError,
    ResponseValidationError,
    ServerError,
)
from dixa_async.exports.models import ExportedConversation

CHILD = Path(__file__).with_name("_deep_child.py")
ITEM = b'{"id":1,"created_at":1704067200000}'
JAN: dict[str, Any] = {"created_after": dt.date(2024, 1, 1), "created_before": dt.date(2024, 1, 2)}


def _client(url: str, **options: Any) -> DixaClient:
    return DixaClient(
        "token", base_url=url, exports_base_url=url, exports_rate_limit=None, **options
    )


async def _drain(dixa: DixaClient) -> list[ExportedConversation]:
    return [c async for c in dixa.exports.conversations(**JAN)]


async def _collect(items: AsyncIterator[ExportedConversation], into: list[int]) -> None:
    async for conversation in items:
        into.append(conversation.id)


@pytest.mark.parametrize("shape", ["arrays", "inside-an-item", "objects"])
def test_a_body_nesting_100000_levels_is_a_validation_error_in_bounded_memory(shape: str) -> None:
    done = subprocess.run(
        [sys.executable, str(CHILD), shape], capture_output=True, text=True, timeout=120, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert 190_000 <= result["bytes"] <= 700_000
    assert result["error"] == "ResponseValidationError", result
    assert "DixaError" in result["bases"]
    assert "nested deeper" in result["message"] or "depth" in result["message"]
    assert result["peak_mb"] < 400, result


async def test_deadline_ends_a_trickling_export_within_15_s() -> None:
    async def trickle(request: Request, reply: Reply) -> None:
        await reply.head(200)
        await reply.send(b"[" + ITEM + b",")
        while True:  # a byte every 0.5 s: never silent for the read timeout
            await asyncio.sleep(0.5)
            await reply.send(b" ")

    async with RawServer(trickle) as server, _client(server.url, deadline=5) as dixa:
        started = time.monotonic()
        with pytest.raises(DixaError) as caught:
            await _drain(dixa)
        elapsed = time.monotonic() - started
    assert isinstance(caught.value, APITimeoutError)
    assert "5 s deadline" in str(caught.value)
    assert 4.5 <= elapsed < 15


async def test_with_options_deadline_bounds_an_endless_array() -> None:
    async def endless(request: Request, reply: Reply) -> None:
        await reply.head(200)
        await reply.send(b"[" + ITEM)
        while True:
            await reply.send(b',{"id":2,"created_at":1704067200000}')

    async with RawServer(endless) as server, _client(server.url) as dixa:
        assert dixa.exports.deadline is None
        view = dixa.with_options(deadline=1.5)
        assert view.exports.deadline == 1.5
        started = time.monotonic()
        seen: list[int] = []
        with pytest.raises(APITimeoutError):
            await _collect(view.exports.conversations(**JAN), seen)
        assert time.monotonic() - started < 10
    assert len(seen) >= 1  # items came, and were yielded, before the deadline ended it


async def test_by_default_a_silent_body_ends_after_the_read_timeout() -> None:
    async def silent(request: Request, reply: Reply) -> None:
        await reply.head(200)
        await reply.send(b"[" + ITEM + b",")
        await asyncio.sleep(3600)

    async with RawServer(silent) as server, _client(server.url, timeout=httpx.Timeout(1.0)) as dixa:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="ReadTimeout"):
            await _drain(dixa)
        assert time.monotonic() - started < 10


async def test_an_endless_error_body_ends_with_the_status_error() -> None:
    async def endless_500(request: Request, reply: Reply) -> None:
        await reply.head(500)
        await reply.send(b'{"message": "Internal error"')
        while True:
            await reply.send(b" " * 4096)

    async with RawServer(endless_500) as server, _client(server.url, max_retries=1) as dixa:
        started = time.monotonic()
        with pytest.raises(ServerError) as caught:
            await _drain(dixa)
        assert time.monotonic() - started < 20  # one retry after at most 2 s
    assert caught.value.status_code == 500
    assert len(caught.value.body) == 64 * 1024  # what was read of it: bounded
    assert len(server.requests) == 2


@pytest.mark.parametrize("promised", [0, 100])
async def test_a_body_cut_mid_array_is_a_typed_error(promised: int) -> None:
    # 0: the HTTP message is whole but the array is not; 100: the connection ends early.
    async def cut(request: Request, reply: Reply) -> None:
        body = b"[" + ITEM + b"," + ITEM[:10]
        await reply.head(200, length=len(body) + promised)
        await reply.send(body)

    async with RawServer(cut) as server, _client(server.url, max_retries=0) as dixa:
        got: list[int] = []
        with pytest.raises(DixaError) as caught:
            await _collect(dixa.exports.conversations(**JAN), got)
    assert got == [1]
    expected = ResponseValidationError if promised == 0 else APIConnectionError
    assert type(caught.value) is expected
