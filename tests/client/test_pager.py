"""AsyncPager edge cases: filters and bodies on every page, stopping rules, unsafe links."""

from __future__ import annotations

import inspect
import json

import httpx
import pytest
from conftest import MakeClient, end_user_json

from dixa_async import Page, ResponseValidationError, UnsafeRedirectError


def paged(pages: dict[str | None, tuple[list[str], str | None]]) -> object:
    def handler(request: httpx.Request) -> httpx.Response:
        ids, link = pages[request.url.params.get("pageKey")]
        body: dict[str, object] = {"data": [end_user_json(i) for i in ids]}
        if link is not None:
            body["meta"] = {"next": link}
        return httpx.Response(200, json=body)

    return handler


TWO_PAGES = {None: (["a", "b"], "/v1/endusers?pageKey=k2"), "k2": (["c"], None)}


async def test_filters_are_carried_onto_every_page(make_client: MakeClient) -> None:
    dixa, recorder = make_client(paged(TWO_PAGES))
    users = [u.id async for u in dixa.end_users.list(email="x@example.com", page_size=2)]
    assert users == ["a", "b", "c"]
    assert [r.url.params.get("email") for r in recorder.requests] == ["x@example.com"] * 2


async def test_post_search_resends_the_same_body_for_every_page(make_client: MakeClient) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("pageKey") is None:
            hits = [{"id": 1, "highlights": {}}]
            return httpx.Response(
                200, json={"data": hits, "meta": {"next": "/v1/search/conversations/?pageKey=p2"}}
            )
        return httpx.Response(200, json={"data": [{"id": 2, "highlights": {}}]})

    dixa, recorder = make_client(handler)
    hits = [hit.id async for hit in dixa.search.conversations(query="refund", exact_match=True)]
    assert hits == [1, 2]
    bodies = [json.loads(r.content) for r in recorder.requests]
    assert bodies == [{"query": {"value": "refund", "exactMatch": True}}] * 2
    assert [r.url.params.get("pageKey") for r in recorder.requests] == [None, "p2"]


async def test_an_empty_page_ends_iteration_even_with_a_next_link(make_client: MakeClient) -> None:
    dixa, recorder = make_client(paged({None: ([], "/v1/endusers?pageKey=more")}))
    assert [u async for u in dixa.end_users.list()] == []
    assert len(recorder.requests) == 1


async def test_max_items_stops_without_fetching_more(make_client: MakeClient) -> None:
    dixa, recorder = make_client(paged(TWO_PAGES))
    assert [u.id async for u in dixa.end_users.list(max_items=2)] == ["a", "b"]
    assert len(recorder.requests) == 1
    assert [u.id async for u in dixa.end_users.list(max_items=0)] == []
    assert len(recorder.requests) == 1


async def test_pages_expose_items_and_the_cursor_to_resume_from(make_client: MakeClient) -> None:
    dixa, _ = make_client(paged(TWO_PAGES))
    pages = [page async for page in dixa.end_users.list().pages()]
    assert [(len(p.items), p.next_cursor) for p in pages] == [(2, "k2"), (1, None)]
    assert all(isinstance(p, Page) for p in pages)

    resumed = [u.id async for u in dixa.end_users.list(page_key=pages[0].next_cursor)]
    assert resumed == ["c"]


async def test_protocol_relative_foreign_link_is_refused(make_client: MakeClient) -> None:
    dixa, recorder = make_client(paged({None: (["a"], "//evil.example/v1/endusers?pageKey=x")}))
    with pytest.raises(UnsafeRedirectError, match=r"evil\.example"):
        [u async for u in dixa.end_users.list()]
    assert len(recorder.requests) == 1


async def test_absolute_link_on_the_same_host_is_followed(make_client: MakeClient) -> None:
    pages = {None: (["a"], "https://dev.dixa.io/v1/endusers?pageKey=k2"), "k2": (["b"], None)}
    dixa, _ = make_client(paged(pages))
    assert [u.id async for u in dixa.end_users.list()] == ["a", "b"]


async def test_a_next_link_without_page_key_is_a_validation_error(make_client: MakeClient) -> None:
    dixa, _ = make_client(paged({None: (["a"], "/v1/endusers?cursor=x")}))
    with pytest.raises(ResponseValidationError, match="pageKey"):
        [u async for u in dixa.end_users.list()]


async def test_pager_is_an_async_iterator_and_not_awaitable(make_client: MakeClient) -> None:
    dixa, recorder = make_client(paged(TWO_PAGES))
    pager = dixa.end_users.list()
    assert not inspect.isawaitable(pager)
    assert hasattr(pager, "__aiter__")
    assert recorder.requests == []  # nothing is sent until iteration starts
