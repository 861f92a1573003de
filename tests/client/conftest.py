"""Fixtures for the client tests: a MockTransport under the real pipeline, instant sleeps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from dixa_async._core import _transport

from dixa_async import DixaClient

TOKEN = "dixa-test-token-5f2b9c"  # a fake token, distinctive enough to grep for

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Routes requests to `handler` and keeps every request that reached the network."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Make retry sleeps instant; the list records every delay the client chose."""
    recorded: list[float] = []

    async def instant(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr(_transport, "_sleep", instant)
    return recorded


MakeClient = Callable[..., tuple[DixaClient, Recorder]]


@pytest.fixture
def make_client(sleeps: list[float]) -> MakeClient:
    """Build a client over a MockTransport; throttling is off unless `rate_limit=` is given."""

    def build(handler: Handler, **options: Any) -> tuple[DixaClient, Recorder]:
        recorder = Recorder(handler)
        options.setdefault("rate_limit", None)
        client = DixaClient(TOKEN, transport=httpx.MockTransport(recorder), **options)
        return client, recorder

    return build


def conversation_json(conversation_id: int = 1) -> dict[str, Any]:
    return {
        "data": {
            "_type": "EmailConversation",
            "id": conversation_id,
            "requesterId": "u-1",
            "channel": "Email",
            "createdAt": "2020-12-16T09:41:43Z",
            "state": "Open",
            "stateUpdatedAt": "2020-12-16T09:41:43Z",
            "fromEmail": "a@example.com",
            "toEmail": "b@example.com",
            "integrationEmail": "support@example.com",
            "direction": "Inbound",
        }
    }


def end_user_json(user_id: str) -> dict[str, Any]:
    return {"id": user_id, "createdAt": "2020-12-16T09:41:43Z"}
