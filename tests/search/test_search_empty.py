"""A search with no query and no filters sends `{}` (Dixa documents both as optional);
an optional body left out is sent without a JSON content type."""

from __future__ import annotations

import json

import httpx

from dixa_async import DixaClient

TOKEN = "dixa-test-token-5f2b9c"


async def test_search_without_arguments_sends_an_empty_json_object() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"data": [{"id": 5, "highlights": {}}], "meta": {}})

    async with DixaClient(TOKEN, transport=httpx.MockTransport(answer), rate_limit=None) as dixa:
        hits = [hit.id async for hit in dixa.search.conversations()]
    assert hits == [5]
    assert sent[0].headers["content-type"] == "application/json"
    assert json.loads(sent[0].content) == {}


async def test_search_without_arguments_is_answered_by_the_fake(dixa_client: DixaClient) -> None:
    hits = [hit.id async for hit in dixa_client.search.conversations(max_items=3)]
    assert len(hits) == 3


async def test_an_optional_body_left_out_sends_no_content_type() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    async with DixaClient(TOKEN, transport=httpx.MockTransport(answer), rate_limit=None) as dixa:
        await dixa.conversations.close(1)
        await dixa.conversations.close(1, user_id="u-1")
    assert "content-type" not in sent[0].headers
    assert sent[0].content == b""
    assert sent[1].headers["content-type"] == "application/json"
    assert json.loads(sent[1].content) == {"userId": "u-1"}
