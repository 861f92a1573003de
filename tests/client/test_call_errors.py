"""Error mapping at the choke point: every outcome becomes an SDK error or a typed model."""

from __future__ import annotations

import httpx
import pytest
from conftest import MakeClient, conversation_json

from dixa_async import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    PermissionDeniedError,
    ResponseValidationError,
    ServerError,
)


async def test_non_iana_520_becomes_server_error(make_client: MakeClient) -> None:
    dixa, recorder = make_client(lambda _: httpx.Response(520, text="origin error"))
    with pytest.raises(ServerError) as caught:
        await dixa.tags.create(name="x")  # a POST: not retried, so one 520 reaches the caller
    assert caught.value.status_code == 520
    assert caught.value.message == "origin error"
    assert len(recorder.requests) == 1


async def test_520_on_get_is_retried_then_raised_as_server_error(make_client: MakeClient) -> None:
    dixa, recorder = make_client(lambda _: httpx.Response(520), max_retries=1)
    with pytest.raises(ServerError):
        await dixa.conversations.get(1)
    assert len(recorder.requests) == 2


async def test_malformed_200_body_is_a_validation_error_with_the_raw_body(
    make_client: MakeClient,
) -> None:
    raw = b'{"data": {"unexpected": true}}'
    dixa, _ = make_client(lambda _: httpx.Response(200, content=raw))
    with pytest.raises(ResponseValidationError) as caught:
        await dixa.conversations.get(1)
    assert caught.value.body == raw
    assert caught.value.status_code == 200


async def test_undecodable_200_body_is_a_validation_error(make_client: MakeClient) -> None:
    dixa, _ = make_client(lambda _: httpx.Response(200, content=b"<html>oops"))
    with pytest.raises(ResponseValidationError) as caught:
        await dixa.organization.get()
    assert caught.value.body == b"<html>oops"


async def test_undocumented_2xx_status_is_still_parsed(make_client: MakeClient) -> None:
    # Dixa documents 200 for GET /conversations/{id}; a 203 must not become a silent None.
    dixa, _ = make_client(lambda _: httpx.Response(203, json=conversation_json(9)))
    assert (await dixa.conversations.get(9)).id == 9


async def test_no_content_operation_sends_its_body_and_completes(make_client: MakeClient) -> None:
    dixa, recorder = make_client(lambda _: httpx.Response(204))
    await dixa.conversations.close(5, user_id="agent-1")
    assert recorder.requests[0].method == "PUT"
    assert recorder.requests[0].content == b'{"userId":"agent-1"}'


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (409, ConflictError),
        (418, APIStatusError),
    ],
)
async def test_statuses_map_to_their_error_classes(
    make_client: MakeClient, status: int, error: type[APIStatusError]
) -> None:
    dixa, _ = make_client(lambda _: httpx.Response(status, json={"message": "says Dixa"}))
    with pytest.raises(error) as caught:
        await dixa.tags.tag(5, "t1")
    assert type(caught.value) is error
    assert caught.value.message == "says Dixa"
    assert str(caught.value) == f"PUT /v1/conversations/5/tags/t1 -> {status}: says Dixa"


async def test_verify_with_a_bad_token_raises_authentication_error(
    make_client: MakeClient,
) -> None:
    dixa, recorder = make_client(
        lambda _: httpx.Response(401, json={"message": "User is unauthorized"})
    )
    with pytest.raises(AuthenticationError):
        await dixa.verify()
    assert recorder.requests[0].url.path == "/v1/organization"


async def test_connection_failure_after_retries_is_a_connection_error(
    make_client: MakeClient, sleeps: list[float]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    dixa, recorder = make_client(handler, max_retries=3)
    with pytest.raises(APIConnectionError, match="GET /v1/organization"):
        await dixa.organization.get()
    assert len(recorder.requests) == 4
    assert len(sleeps) == 3


async def test_body_of_the_wrong_shape_is_a_validation_error(make_client: MakeClient) -> None:
    # GET /v1/agents/presence answers a bare array; an object instead must not leak
    # an AttributeError from the generated parser.
    dixa, _ = make_client(lambda _: httpx.Response(200, json={"data": []}))
    with pytest.raises(ResponseValidationError):
        await dixa.agents.list_presence()
