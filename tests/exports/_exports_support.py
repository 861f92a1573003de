"""Shared helpers of the Exports API tests (imported by path; not a conftest so that the
fixtures stay visible in each test file)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

import httpx
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient, RetryPolicy

TOKEN = "dixa-exports-token-7c41e0"  # a fake token, distinctive enough to grep for
FAST_RETRY = RetryPolicy(max_retries=3, base_delay=0.0, max_delay=0.0)


class ChunkStream(httpx.AsyncByteStream):
    """A response body delivered in the given chunks, optionally failing after them.

    `pulled` counts the chunks handed out so far, which lets a test see how much of the
    body had arrived when an item was yielded.
    """

    def __init__(self, chunks: Iterable[bytes], fail: Exception | None = None) -> None:
        self.chunks = list(chunks)
        self.fail = fail
        self.pulled = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk
        if self.fail is not None:
            raise self.fail


def tiny_chunks(payload: object, size: int = 3) -> list[bytes]:
    body = json.dumps(payload).encode()
    return [body[i : i + size] for i in range(0, len(body), size)]


Handler = Callable[[httpx.Request], httpx.Response]


def mock_client(handler: Handler, **options: Any) -> DixaClient:
    """A DixaClient whose exports go to `handler` through the real pipeline, unthrottled."""
    options.setdefault("exports_rate_limit", None)
    options.setdefault("rate_limit", None)
    options.setdefault("retry", FAST_RETRY)
    return DixaClient(TOKEN, transport=httpx.MockTransport(handler), **options)


def fake(**options: Any) -> FakeDixa:
    """A FakeDixa without rate limits unless asked for."""
    options.setdefault("rate_limit", None)
    options.setdefault("exports_rate_limit", None)
    options.setdefault("conversations", 300)
    return FakeDixa(**options)


def fake_client(app: FakeDixa, **options: Any) -> DixaClient:
    """A DixaClient wired in-process to `app`, unthrottled unless asked for."""
    options.setdefault("exports_rate_limit", None)
    options.setdefault("rate_limit", None)
    options.setdefault("retry", FAST_RETRY)
    return DixaClient(
        TOKEN,
        base_url="http://fake-dixa",
        exports_base_url="http://fake-exports",
        transport=httpx.ASGITransport(app=app),
        **options,
    )
