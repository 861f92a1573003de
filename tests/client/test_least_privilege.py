"""Refusals happen before anything is sent: read-only clients, allow-lists, confirmations."""

from __future__ import annotations

import httpx
import pytest
from conftest import MakeClient

from dixa_async import OperationNotAllowedError
from dixa_async.api.tags import post_tags
from dixa_async.models import CreateTagInput


def ok(_: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"data": []})


async def test_read_only_client_refuses_writes_with_zero_requests(make_client: MakeClient) -> None:
    dixa, recorder = make_client(ok, read_only=True)
    with pytest.raises(OperationNotAllowedError, match="read-only"):
        await dixa.conversations.close(1)
    with pytest.raises(OperationNotAllowedError):
        await dixa.tags.create(name="x")
    with pytest.raises(OperationNotAllowedError):
        await dixa.anonymization.anonymize_end_user("u1", confirm=True)
    assert recorder.requests == []
    assert dixa.stats.requests == 0


async def test_read_only_covers_the_raw_generated_client(make_client: MakeClient) -> None:
    dixa, recorder = make_client(ok, read_only=True)
    with pytest.raises(OperationNotAllowedError):
        await post_tags.asyncio_detailed(client=dixa.raw, body=CreateTagInput(name="x"))
    assert recorder.requests == []


async def test_read_only_client_still_reads_and_searches(make_client: MakeClient) -> None:
    dixa, recorder = make_client(ok, read_only=True)
    assert [hit async for hit in dixa.search.conversations(query="x")] == []
    assert [user async for user in dixa.end_users.list()] == []
    assert [r.method for r in recorder.requests] == ["POST", "GET"]


async def test_operation_allow_list(make_client: MakeClient) -> None:
    dixa, recorder = make_client(ok, allowed_operations=["end_users.list"])
    assert [user async for user in dixa.end_users.list()] == []
    with pytest.raises(OperationNotAllowedError, match="allow-list"):
        await dixa.agents.list_presence()
    assert len(recorder.requests) == 1


async def test_tag_allow_list(make_client: MakeClient) -> None:
    dixa, recorder = make_client(lambda _: httpx.Response(200, json=[]), allowed_tags=["agents"])
    assert await dixa.agents.list_presence() == []
    with pytest.raises(OperationNotAllowedError):
        await dixa.tags.tag(1, "t1")
    assert len(recorder.requests) == 1


def test_unknown_allow_list_names_are_rejected_up_front(make_client: MakeClient) -> None:
    with pytest.raises(ValueError, match=r"conversation\.get"):
        make_client(ok, allowed_operations=["conversation.get"])
    with pytest.raises(ValueError, match="users"):
        make_client(ok, allowed_tags=["users"])


async def test_destructive_operations_need_confirm(make_client: MakeClient) -> None:
    dixa, recorder = make_client(lambda _: httpx.Response(204))
    refused = [
        dixa.anonymization.anonymize_conversation(1),
        dixa.anonymization.anonymize_end_user("u1", force=True),
        dixa.messages.anonymize(1, "m1"),
        dixa.tags.delete("t1"),
        dixa.teams.delete("team"),
        dixa.webhooks.delete("w1"),
        dixa.agents.delete("a1"),
    ]
    for call in refused:
        with pytest.raises(OperationNotAllowedError, match="confirm=True"):
            await call
    assert recorder.requests == []

    await dixa.tags.delete("t1", confirm=True)
    assert [(r.method, r.url.path) for r in recorder.requests] == [("DELETE", "/v1/tags/t1")]
