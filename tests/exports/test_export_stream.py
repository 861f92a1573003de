"""The client side of `dixa.exports` against hand-made responses: streaming parse, typed
errors, lenient reading, auth and configuration, and the token kept out of every output."""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

import httpx
import pytest
from _exports_support import TOKEN, ChunkStream, mock_client, tiny_chunks

from dixa_async import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    DixaClient,
    DixaError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    UnprocessableEntityError,
)
from dixa_async.exports.models import ExportChannel, ExportDirection, ExportedConversation
from dixa_async.exports.types import Unset

JAN: dict[str, Any] = {"created_after": dt.date(2024, 1, 1), "created_before": dt.date(2024, 1, 31)}
ITEMS = [
    {"id": n, "created_at": 1_704_067_200_000 + n, "initial_channel": "email", "subject": f"s{n}"}
    for n in range(1, 41)
]


def _respond(*responses: httpx.Response) -> tuple[list[httpx.Request], Any]:
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return seen, handler


async def _all(client: DixaClient, **filters: Any) -> list[ExportedConversation]:
    return [c async for c in client.exports.conversations(**(filters or JAN))]


async def _collect_ids(client: DixaClient, into: list[int]) -> None:
    async for conversation in client.exports.conversations(**JAN):
        into.append(conversation.id)


async def test_a_body_in_three_byte_chunks_is_parsed_as_it_arrives() -> None:
    stream = ChunkStream(tiny_chunks(ITEMS, size=3))
    seen, handler = _respond(httpx.Response(200, stream=stream))
    pulled_at_first_item: int | None = None
    got: list[int] = []
    async with mock_client(handler) as dixa:
        async for conversation in dixa.exports.conversations(**JAN):
            if pulled_at_first_item is None:
                pulled_at_first_item = stream.pulled
            got.append(conversation.id)
    assert got == [item["id"] for item in ITEMS]
    assert len(seen) == 1
    # The first item came out while most of the body had not been read yet.
    assert pulled_at_first_item is not None
    assert pulled_at_first_item < len(stream.chunks) / 10


async def test_each_item_is_the_generated_model_with_lenient_readings() -> None:
    item = {
        "id": 7,
        "created_at": 1_704_067_200_123,  # epoch ms, as Dixa sends
        "closed_at": "2024-01-02T03:04:05.678Z",  # ISO is read too
        "queued_at": "1704067201000",  # and digit strings
        "assigned_at": "2024-01-01T00:01:00.000Z[GMT]",
        "updated_at": 1_704_067_260_000.0,
        "initial_channel": "carrierpigeon",  # unknown enum value: kept
        "direction": "inbound",
        "queue_name": None,  # explicit null: absent
        "tags": ["refund"],
        "ratings": [{"rating_type": "stars", "rating_rated_timestamp": 1_704_070_800_000}],
        "brand_new_field": {"x": 1},  # kept
    }
    _, handler = _respond(httpx.Response(200, json=[item]))
    async with mock_client(handler) as dixa:
        [got] = await _all(dixa)
    utc = dt.UTC
    assert got.created_at == dt.datetime(2024, 1, 1, 0, 0, 0, 123000, tzinfo=utc)
    assert got.closed_at == dt.datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=utc)
    assert got.queued_at == dt.datetime(2024, 1, 1, 0, 0, 1, tzinfo=utc)
    assert got.assigned_at == dt.datetime(2024, 1, 1, 0, 1, tzinfo=utc)
    assert got.updated_at == dt.datetime(2024, 1, 1, 0, 1, tzinfo=utc)
    assert isinstance(got.initial_channel, ExportChannel)
    assert got.initial_channel.value == "carrierpigeon"
    assert got.direction is ExportDirection.INBOUND
    assert isinstance(got.queue_name, Unset)
    assert got.tags == ["refund"]
    assert not isinstance(got.ratings, Unset)
    assert got.ratings[0].rating_rated_timestamp == dt.datetime(2024, 1, 1, 1, tzinfo=utc)
    assert got.additional_properties == {"brand_new_field": {"x": 1}}


async def test_messages_read_to_as_a_string_or_a_list() -> None:
    items = [
        {"id": "m1", "csid": 1, "created_at": 1_704_067_200_000, "to": "a@x.example"},
        {"id": "m2", "csid": 1, "created_at": 1_704_067_200_001, "to": ["a@x.example"]},
        {"id": "m3", "csid": 2, "created_at": 1_704_067_200_002, "from": "b@x.example"},
    ]
    _, handler = _respond(httpx.Response(200, json=items))
    async with mock_client(handler) as dixa:
        got = [m async for m in dixa.exports.messages(**JAN)]
    assert [m.to for m in got[:2]] == ["a@x.example", ["a@x.example"]]
    assert got[2].from_ == "b@x.example"


async def test_requests_carry_bearer_auth_epoch_ms_bounds_and_the_exports_host() -> None:
    seen, handler = _respond(httpx.Response(200, json=[]))
    async with mock_client(handler) as dixa:
        assert await _all(dixa) == []
        assert [m async for m in dixa.exports.messages(created_after=dt.date(2024, 1, 1))] == []
    request = seen[0]
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.url.host == "exports.dixa.io"
    assert request.url.path == "/v1/conversation_export"
    assert dict(request.url.params) == {
        "created_after": "1704067200000",
        "created_before": "1706659200000",
    }
    assert all(r.url.path == "/v1/message_export" for r in seen[1:])


async def test_exports_base_url_is_used_and_checked() -> None:
    seen, handler = _respond(httpx.Response(200, json=[]))
    async with mock_client(handler, exports_base_url="https://exports.example/") as dixa:
        await _all(dixa)
    assert str(seen[0].url).startswith("https://exports.example/v1/conversation_export?")
    with pytest.raises(ConfigurationError, match="exports_base_url"):
        DixaClient(TOKEN, exports_base_url="exports.dixa.io")


# ---- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (422, UnprocessableEntityError),
        (500, ServerError),
    ],
)
async def test_error_statuses_are_typed_errors_with_dixas_message(
    status: int, error: type[DixaError]
) -> None:
    seen, handler = _respond(httpx.Response(status, json={"message": "Invalid query parameters"}))
    async with mock_client(handler) as dixa:
        with pytest.raises(error) as caught:
            await _all(dixa)
    assert getattr(caught.value, "status_code", None) == status
    assert getattr(caught.value, "message", None) == "Invalid query parameters"
    assert getattr(caught.value, "path", None) == "/v1/conversation_export"
    # 5xx on a GET is retried (3 retries here); client errors are not.
    assert len(seen) == (4 if status == 500 else 1)


async def test_a_redirect_is_not_followed_with_the_token() -> None:
    seen, handler = _respond(
        httpx.Response(302, headers={"Location": "https://elsewhere.example/v1/x"})
    )
    async with mock_client(handler) as dixa:
        with pytest.raises(APIStatusError) as caught:
            await _all(dixa)
    assert caught.value.status_code == 302
    assert [r.url.host for r in seen] == ["exports.dixa.io"]


async def test_429_is_always_retried_and_then_the_stream_is_read() -> None:
    seen, handler = _respond(
        httpx.Response(429, json={"message": "API limit has been reached"}),
        httpx.Response(429),
        httpx.Response(200, json=ITEMS[:3]),
    )
    async with mock_client(handler) as dixa:
        got = await _all(dixa)
        assert (dixa.exports.stats.rate_limited, dixa.exports.stats.retries) == (2, 2)
    assert [c.id for c in got] == [1, 2, 3]
    assert len(seen) == 3


async def test_429_that_never_ends_is_a_rate_limit_error() -> None:
    _, handler = _respond(httpx.Response(429, json={"message": "API limit has been reached"}))
    async with mock_client(handler) as dixa:
        with pytest.raises(RateLimitError):
            await _all(dixa)
        assert dixa.exports.stats.requests == 4


async def test_a_malformed_item_is_a_validation_error_after_the_good_ones() -> None:
    body = [*ITEMS[:2], {"created_at": 1_704_067_200_000, "subject": "no id"}, ITEMS[3]]
    _, handler = _respond(httpx.Response(200, stream=ChunkStream(tiny_chunks(body, 7))))
    got: list[int] = []
    async with mock_client(handler) as dixa:
        with pytest.raises(ResponseValidationError, match="item 2 does not fit") as caught:
            await _collect_ids(dixa, got)
    assert got == [1, 2]
    assert json.loads(caught.value.body) == body[2]


@pytest.mark.parametrize(
    "item",
    [
        "not an object",
        {"created_at": 1_704_067_200_000},  # no id: nothing identifies it
        {"id": 1, "created_at": 1_704_067_200_000, "initial_channel": 5},
        {"id": 1, "created_at": 1_704_067_200_000, "ratings": "five stars"},
    ],
)
async def test_items_of_the_wrong_shape_are_validation_errors(item: object) -> None:
    _, handler = _respond(httpx.Response(200, json=[item]))
    async with mock_client(handler) as dixa:
        with pytest.raises(ResponseValidationError):
            await _all(dixa)


@pytest.mark.parametrize(
    ("body", "match"),
    [
        (b'[{"id": 1, "created_at": 1704067200000}, {"id": 2, "crea', "not a complete JSON"),
        (b'{"message": "ok"}', "expected a JSON array"),
        (b"", "empty"),
        (b"[1,2] [3]", "not a complete JSON"),
        (b"<html>502</html>", "expected a JSON array"),
    ],
)
async def test_a_body_that_is_not_a_whole_json_array_is_a_validation_error(
    body: bytes, match: str
) -> None:
    _, handler = _respond(httpx.Response(200, stream=ChunkStream([body[:10], body[10:]])))
    async with mock_client(handler) as dixa:
        with pytest.raises(ResponseValidationError, match=match):
            await _all(dixa)


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (httpx.RemoteProtocolError("peer closed connection"), APIConnectionError),
        (httpx.ReadError("connection reset"), APIConnectionError),
        (httpx.ReadTimeout("read timed out"), APITimeoutError),
    ],
)
async def test_a_connection_lost_mid_body_is_a_connection_error(
    failure: Exception, error: type[DixaError]
) -> None:
    body = json.dumps(ITEMS).encode()
    stream = ChunkStream([body[:200]], fail=failure)
    _, handler = _respond(httpx.Response(200, stream=stream))
    got: list[int] = []
    async with mock_client(handler) as dixa:
        with pytest.raises(error) as caught:
            await _collect_ids(dixa, got)
    assert got  # what had arrived was yielded
    assert isinstance(caught.value, APIConnectionError)
    assert caught.value.path == "/v1/conversation_export"


async def test_a_body_that_does_not_decode_is_a_connection_error() -> None:
    lying = httpx.Response(
        200, headers={"Content-Encoding": "gzip"}, stream=ChunkStream([b"[not gzip]"])
    )
    _, handler = _respond(lying)
    async with mock_client(handler) as dixa:
        with pytest.raises(APIConnectionError, match="DecodingError"):
            await _all(dixa)


async def test_a_closed_client_refuses_to_export() -> None:
    _, handler = _respond(httpx.Response(200, json=[]))
    dixa = mock_client(handler)
    await dixa.aclose()
    with pytest.raises(ClientClosedError):
        await _all(dixa)


# ---- the token stays secret ------------------------------------------------------------------


async def test_the_token_is_in_no_repr_error_or_log(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    failures = [
        httpx.Response(401, json={"message": "Invalid or missing credentials"}),
        httpx.Response(429),
        httpx.Response(200, content=b"[{"),
        httpx.Response(200, json=[{"created_at": 1}]),
    ]
    texts: list[str] = []
    for failure in failures:
        _, handler = _respond(failure)
        async with mock_client(handler) as dixa:
            texts += [repr(dixa), repr(dixa.exports), repr(dixa.exports.raw), repr(dixa._exports)]
            with pytest.raises(DixaError) as caught:
                await _all(dixa)
            texts += [str(caught.value), repr(caught.value), str(caught.value.__cause__)]
            texts += [repr(getattr(caught.value, "headers", ""))]
    out = capsys.readouterr()
    texts += [caplog.text, out.out, out.err]
    assert caplog.records  # the retries were logged
    for text in texts:
        assert TOKEN not in text


async def test_without_retry_the_exports_api_backs_off_longer_than_v1(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Its limit is unknown and counted per minute: waits may grow past v1's 8 s ceiling.
    from dixa_async._core import _transport

    waits: list[float] = []

    async def record(delay: float) -> None:
        waits.append(delay)

    monkeypatch.setattr(_transport, "_sleep", record)
    monkeypatch.setattr("dixa_async._core._transport.random.random", lambda: 0.99)
    seen, handler = _respond(*[httpx.Response(429)] * 4, httpx.Response(200, json=ITEMS[:2]))
    transport = httpx.MockTransport(handler)
    async with DixaClient(TOKEN, transport=transport, exports_rate_limit=None) as dixa:
        got = await _all(dixa)
    assert [c.id for c in got] == [1, 2]
    # Each wait is at least half its ceiling (`min_jitter`): 0.5 + 0.5 * 0.99 of 2, 4, 8, 16 s.
    assert waits == pytest.approx([c * 0.995 for c in (2, 4, 8, 16)])
    assert len(seen) == 5
