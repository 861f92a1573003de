"""The issue's acceptance checks, through the public surface only."""

from __future__ import annotations

import logging

import httpx
import pytest
from conftest import TOKEN, MakeClient, conversation_json, end_user_json

from dixa_async import (
    AsyncPager,
    ConfigurationError,
    DixaClient,
    DixaError,
    NotFoundError,
    RateLimit,
    UnsafeRedirectError,
)


async def test_three_429s_then_200_succeed_in_four_requests(
    make_client: MakeClient, sleeps: list[float]
) -> None:
    answers = iter([429, 429, 429, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        status = next(answers)
        if status == 429:
            return httpx.Response(429, json={"message": "Too Many Requests"})
        return httpx.Response(200, json=conversation_json(42))

    # The default limiter stays on: retries go through the real throttle.
    dixa, recorder = make_client(handler, rate_limit=RateLimit())
    conversation = await dixa.conversations.get(42)

    assert conversation.id == 42
    assert len(recorder.requests) == 4
    assert len(sleeps) == 3
    assert (dixa.stats.requests, dixa.stats.rate_limited, dixa.stats.retries) == (4, 3, 3)


async def test_authorization_header_is_the_raw_token(make_client: MakeClient) -> None:
    dixa, recorder = make_client(lambda _: httpx.Response(200, json=conversation_json()))
    await dixa.conversations.get(1)
    assert recorder.requests[0].headers["Authorization"] == TOKEN
    assert recorder.requests[0].url == "https://dev.dixa.io/v1/conversations/1"


async def test_404_raises_not_found_error(make_client: MakeClient) -> None:
    dixa, _ = make_client(
        lambda _: httpx.Response(404, json={"message": "The requested resource could not be found"})
    )
    with pytest.raises(NotFoundError) as caught:
        await dixa.conversations.get(7)
    error = caught.value
    assert isinstance(error, DixaError)
    assert error.status_code == 404
    assert error.message == "The requested resource could not be found"
    assert (error.method, error.path) == ("GET", "/v1/conversations/7")


async def test_end_users_list_follows_relative_meta_next_across_three_pages(
    make_client: MakeClient,
) -> None:
    pages = {
        None: (["u1", "u2"], "/v1/endusers?pageKey=cGFnZTI%3D&pageLimit=2"),
        "cGFnZTI=": (["u3", "u4"], "/v1/endusers/?pageKey=cGFnZTM%3D"),
        "cGFnZTM=": (["u5"], None),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        ids, link = pages[request.url.params.get("pageKey")]
        body: dict[str, object] = {"data": [end_user_json(i) for i in ids]}
        if link is not None:
            body["meta"] = {"next": link}
        return httpx.Response(200, json=body)

    dixa, recorder = make_client(handler)
    pager = dixa.end_users.list(page_size=2)
    assert isinstance(pager, AsyncPager)
    ids = [user.id async for user in pager]

    assert ids == ["u1", "u2", "u3", "u4", "u5"]
    assert [r.url.params.get("pageLimit") for r in recorder.requests] == ["2", "2", "2"]
    assert {r.url.host for r in recorder.requests} == {"dev.dixa.io"}


async def test_resuming_from_page_key_never_sends_to_a_foreign_host(
    make_client: MakeClient,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "data": [end_user_json("u9")],
                "meta": {"next": "https://evil.example/v1/endusers?pageKey=next"},
            },
        )

    dixa, recorder = make_client(handler)
    with pytest.raises(UnsafeRedirectError):
        async for _ in dixa.end_users.list(page_size=2, page_key="resume-here"):
            pass

    assert [r.url.params.get("pageKey") for r in recorder.requests] == ["resume-here"]
    assert all(r.url.host == "dev.dixa.io" for r in recorder.requests)


async def test_token_never_in_logs_reprs_or_exception_text(
    make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    answers = iter([httpx.Response(503, text="busy"), httpx.Response(401, json={"message": "no"})])
    dixa, _ = make_client(lambda _: next(answers))
    caplog.set_level(logging.DEBUG)  # root: dixa_async, httpx and httpcore included

    with pytest.raises(DixaError) as caught:
        await dixa.conversations.get(1)

    texts = [record.getMessage() for record in caplog.records]
    assert any("retrying GET /v1/conversations/1" in text for text in texts)
    assert any(record.name == "httpx" for record in caplog.records)
    for text in [*texts, repr(dixa), repr(dixa.raw), str(caught.value), repr(caught.value)]:
        assert TOKEN not in text


def test_missing_api_key_is_a_clear_configuration_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DIXA_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="DIXA_API_KEY"):
        DixaClient()


async def test_api_key_falls_back_to_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIXA_API_KEY", TOKEN)
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(
            200,
            json={"data": {"id": "o1", "name": "Acme", "status": "Active", "subdomain": "acme"}},
        )

    async with DixaClient(transport=httpx.MockTransport(handler), rate_limit=None) as dixa:
        organization = await dixa.verify()
    assert (organization.id, organization.name) == ("o1", "Acme")
    assert seen == [TOKEN]
