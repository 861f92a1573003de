"""`dixa.exports` against the fake Dixa: the export agrees with the v1 API over years of data,
one request per 31-day window, each item once, boundaries included; what v1 writes shows up;
the fake's Exports API behaves like Dixa's (bounds, auth, limits, streaming)."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import math
import time
from collections import Counter
from collections.abc import Callable, MutableMapping
from typing import Any

import httpx
import pytest
from _exports_support import FAST_RETRY, TOKEN, fake, fake_client
from dixa_async.search import F, SearchQuery
from dixa_async.testing import FakeDixa, run_fake_server
from dixa_async.warehouse import windows

from dixa_async import (
    APIConnectionError,
    AuthenticationError,
    DixaClient,
    OperationNotAllowedError,
    RateLimit,
    ServerError,
)
from dixa_async.models import CreateInternalNoteInput, Email, Inbound, Text

UTC = dt.UTC
START = dt.datetime(2022, 1, 1, tzinfo=UTC)
END = dt.datetime(2026, 1, 1, tzinfo=UTC)
# Moments of conversations created through v1, spread over four years (besides the seeded
# first half of 2024).
SPREAD = [
    dt.datetime(2022, 1, 1, tzinfo=UTC),  # the very first instant of the range
    dt.datetime(2022, 3, 15, 9, 30, tzinfo=UTC),
    dt.datetime(2022, 12, 31, 23, 59, 59, 999000, tzinfo=UTC),
    dt.datetime(2023, 7, 1, 12, tzinfo=UTC),
    dt.datetime(2024, 11, 5, 8, tzinfo=UTC),
    dt.datetime(2025, 12, 31, 23, 59, 59, 999000, tzinfo=UTC),  # the last ms in range
]


class Clock:
    """The fake's wall clock, moved by the test."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start.timestamp()

    def set(self, moment: dt.datetime | float) -> None:
        # A hair past the instant, so the fake's float seconds floor to the intended ms.
        self.now = (moment.timestamp() if isinstance(moment, dt.datetime) else moment) + 1e-7

    def __call__(self) -> float:
        return self.now


async def _create(dixa: DixaClient, app: FakeDixa, text: str = "Hello") -> int:
    requester = next(iter(app.store.end_users))
    created = await dixa.conversations.create(
        body=Email(
            email_integration_id="support@acme.example",
            message=Inbound(content=Text(value=text)),
            requester_id=requester,
            subject=text,
        )
    )
    return int(created.id)


async def _searched(dixa: DixaClient, start: dt.datetime, end: dt.datetime) -> list[int]:
    search = SearchQuery().where(F.created.between(start, end))
    return [hit.id async for hit in dixa.search.conversations(search, page_size=300)]


def _ms(moment: dt.datetime) -> int:
    return (moment - dt.datetime(1970, 1, 1, tzinfo=UTC)) // dt.timedelta(milliseconds=1)


async def test_years_of_conversations_equal_the_v1_search_one_request_per_window() -> None:
    clock = Clock(START)
    app = fake(seed=3, conversations=500, clock=clock)
    async with fake_client(app) as dixa:
        for moment in SPREAD:
            clock.set(moment)
            await _create(dixa, app)
        clock.set(dt.datetime(2026, 6, 1, tzinfo=UTC))
        searched = await _searched(dixa, START, END - dt.timedelta(milliseconds=1))
        exported = [c.id async for c in dixa.exports.conversations(
            created_after=START, created_before=END
        )]  # fmt: skip
        plan = windows(START, END)
        assert len(plan) == 48  # four years of 31-day windows
        assert dixa.exports.stats.requests == len(plan)
    assert len(exported) == len(set(exported)) == 500 + len(SPREAD)  # each once
    assert sorted(exported) == sorted(searched)
    assert [q["created_after"] for q in app.exports.queries] == [str(w.after_ms) for w in plan]
    assert [q["created_before"] for q in app.exports.queries] == [str(w.before_ms) for w in plan]


@pytest.mark.parametrize("before_inclusive", [False, True], ids=["dixa-[)", "dixa-[]"])
async def test_conversations_on_window_boundaries_come_once(before_inclusive: bool) -> None:
    clock = Clock(START)
    app = fake(seed=4, conversations=0, clock=clock)
    app.exports.before_inclusive = before_inclusive
    plan = windows(dt.date(2024, 1, 1), dt.date(2024, 6, 1))
    stamps: list[int] = []
    async with fake_client(app) as dixa:
        for window in plan[1:]:
            for ms in (window.after_ms - 1, window.after_ms, window.after_ms + 1):
                clock.set(ms / 1000)
                csid = await _create(dixa, app)
                assert math.floor(app.store.conversations[csid].created * 1000) == ms
                stamps.append(ms)
        got = [c async for c in dixa.exports.conversations(
            created_after=dt.date(2024, 1, 1), created_before=dt.date(2024, 6, 1)
        )]  # fmt: skip
        assert dixa.exports.stats.requests == len(plan)
    assert sorted(
        _ms(c.created_at) for c in got if isinstance(c.created_at, dt.datetime)
    ) == sorted(stamps)
    assert len({c.id for c in got}) == len(got) == 3 * (len(plan) - 1)


async def test_windows_run_one_by_one_yield_what_one_call_yields() -> None:
    app = fake(seed=5, conversations=800)
    start, end = dt.date(2024, 1, 1), dt.date(2024, 7, 1)
    async with fake_client(app) as dixa:
        whole = [c.id async for c in dixa.exports.conversations(
            created_after=start, created_before=end
        )]  # fmt: skip
        pieces: list[int] = []
        for window in windows(start, end):
            before = dixa.exports.stats.requests
            async for conversation in dixa.exports.conversations(
                created_after=window.after, created_before=window.before
            ):
                pieces.append(conversation.id)
            assert dixa.exports.stats.requests == before + 1  # one window, one request
    assert pieces == whole
    assert len(whole) == 800


async def test_date_and_epoch_ms_bounds_select_the_same_conversations_on_the_fake() -> None:
    app = fake(seed=6, conversations=600)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://fake-exports",
        headers={"Authorization": f"Bearer {TOKEN}"},
    ) as http:
        by_date = await http.get(
            "/v1/conversation_export",
            params={"created_after": "2024-02-01", "created_before": "2024-03-01"},
        )
        by_ms = await http.get(
            "/v1/conversation_export",
            params={
                "created_after": str(_ms(dt.datetime(2024, 2, 1, tzinfo=UTC))),
                "created_before": str(_ms(dt.datetime(2024, 3, 1, tzinfo=UTC))),
            },
        )
    assert by_date.status_code == by_ms.status_code == 200
    ids = [c["id"] for c in by_date.json()]
    assert ids == [c["id"] for c in by_ms.json()]
    expected = [
        c.id
        for c in app.store.conversations.values()
        if dt.datetime(2024, 2, 1, tzinfo=UTC).timestamp()
        <= c.created
        < dt.datetime(2024, 3, 1, tzinfo=UTC).timestamp()
    ]
    assert ids
    assert ids == expected


async def test_messages_match_what_v1_lists_per_conversation_and_notes_stay_out() -> None:
    clock = Clock(dt.datetime(2024, 8, 1, tzinfo=UTC))
    app = fake(seed=7, conversations=150, clock=clock)
    async with fake_client(app) as dixa:
        csid = await _create(dixa, app, "Where is my parcel?")
        clock.set(dt.datetime(2024, 8, 1, 1, tzinfo=UTC))
        await dixa.messages.create(csid, body=Inbound(content=Text(value="Any news?")))
        await dixa.internal_notes.create(csid, body=CreateInternalNoteInput(message="VIP"))
        exported = Counter(
            [
                m.csid
                async for m in dixa.exports.messages(
                    created_after=dt.date(2023, 12, 1), created_before=dt.date(2024, 9, 1)
                )
            ]
        )
        listed = Counter({c: len(await dixa.messages.list(c)) for c in app.store.conversations})
        [conversation] = [c async for c in dixa.exports.conversations(csids=[csid])]
        texts = [
            m.text
            async for m in dixa.exports.messages(
                created_after=dt.date(2024, 8, 1), created_before=dt.date(2024, 8, 2)
            )
            if m.csid == csid
        ]
    assert exported == +listed  # the same count for every conversation
    assert sum(exported.values()) > 150
    assert texts == ["Where is my parcel?", "Any news?"]
    assert conversation.conversation_wrapup_notes == ["VIP"]  # notes come with conversations


async def test_what_v1_writes_shows_up_in_the_export() -> None:
    clock = Clock(dt.datetime(2024, 8, 1, tzinfo=UTC))
    app = fake(seed=8, conversations=200, clock=clock)
    old = next(c.id for c in app.store.conversations.values() if not c.tags)
    async with fake_client(app) as dixa:
        tag = await dixa.tags.create(name="late-refund")
        clock.set(dt.datetime(2024, 8, 10, tzinfo=UTC))
        await dixa.tags.tag(old, tag.id)
        created = await _create(dixa, app, "New one")
        updated = [c async for c in dixa.exports.conversations(
            updated_after=dt.date(2024, 8, 5), updated_before=dt.date(2024, 8, 20)
        )]  # fmt: skip
        [fresh] = [c async for c in dixa.exports.conversations(csids=[created])]
    assert sorted(c.id for c in updated) == sorted([old, created])
    tagged = next(c for c in updated if c.id == old)
    assert tagged.tags == ["late-refund"]
    assert tagged.updated_at == dt.datetime(2024, 8, 10, tzinfo=UTC)
    assert fresh.subject == "New one"
    assert (
        fresh.requester_name == app.store.end_users[next(iter(app.store.end_users))]["displayName"]
    )


async def test_csids_go_in_one_request_when_the_url_allows() -> None:
    app = fake(seed=9, conversations=400)
    wanted = sorted(app.store.conversations)[5:305]
    async with fake_client(app) as dixa:
        got = [c.id async for c in dixa.exports.conversations(csids=wanted)]
        assert dixa.exports.stats.requests == 1
    assert got == wanted
    assert [len(q["csids"].split(",")) for q in app.exports.queries] == [300]


async def test_a_csids_batch_refused_with_422_is_sent_again_in_halves() -> None:
    app = fake(seed=9, conversations=100)
    app.exports.max_csids = 10  # a Dixa that does limit them (none is documented)
    wanted = sorted(app.store.conversations)[5:30]
    async with fake_client(app) as dixa:
        got = [c.id async for c in dixa.exports.conversations(csids=wanted)]
        # 25 refused; 12 and 13 refused; 6, 6, 6, 7 answered.
        assert dixa.exports.stats.requests == 7
    assert got == wanted
    assert [len(q["csids"].split(",")) for q in app.exports.queries] == [6, 6, 6, 7]


# ---- retries, limits, access ---------------------------------------------------------------


async def test_429_from_the_fake_is_retried_and_5xx_on_a_get_too() -> None:
    app = fake(seed=10, conversations=100)
    route = "/v1/conversation_export"
    async with fake_client(app) as dixa:
        app.throttle(route=route, limit=2)
        got = [c.id async for c in dixa.exports.conversations(csids=[1000, 1001])]
        assert (dixa.exports.stats.rate_limited, dixa.exports.stats.retries) == (2, 2)
        app.inject_errors(route=route, limit=1)
        again = [c.id async for c in dixa.exports.conversations(csids=[1000, 1001])]
        assert (dixa.exports.stats.rate_limited, dixa.exports.stats.retries) == (2, 3)
    assert got == again == [1000, 1001]


async def test_a_server_error_that_persists_is_a_server_error() -> None:
    app = fake(seed=10, conversations=10)
    app.inject_errors(route="/v1/message_export")
    async with fake_client(app) as dixa:
        with pytest.raises(ServerError):
            [m async for m in dixa.exports.messages(created_after=dt.date(2024, 1, 1))]


async def test_paced_to_the_fakes_limit_no_429_and_v1_has_its_own_bucket() -> None:
    app = fake(seed=11, conversations=50, rate_limit=(10.0, 4), exports_rate_limit=(20.0, 2))
    async with fake_client(
        app,
        rate_limit=RateLimit(),
        exports_rate_limit=RateLimit(per_second=20, burst=2, headroom=1),
    ) as dixa:
        started = time.monotonic()
        got = [c async for c in dixa.exports.conversations(
            created_after=dt.date(2024, 1, 1), created_before=dt.date(2024, 7, 1)
        )]  # fmt: skip
        elapsed = time.monotonic() - started
        for _ in range(3):  # v1 calls do not draw on the exports bucket, nor it on theirs
            await dixa.organization.get()
    assert len(got) == 50
    assert dixa.exports.stats.requests == 6
    assert dixa.exports.stats.rate_limited == 0
    assert app.exports.stats[TOKEN].rate_limited == 0
    assert elapsed >= 5 / 20 * 0.8  # six requests at 20/s: at least five intervals
    assert app.stats[TOKEN].rate_limited == 0


@pytest.mark.parametrize(
    ("options", "conversations_ok", "messages_ok"),
    [
        ({"read_only": True}, True, True),
        ({"allowed_tags": ["exports"]}, True, True),
        ({"allowed_operations": ["exports.conversations"]}, True, False),
        ({"allowed_tags": ["tags"]}, False, False),
    ],
)
async def test_the_access_policy_covers_exports(
    options: dict[str, Any], conversations_ok: bool, messages_ok: bool
) -> None:
    app = fake(seed=12, conversations=20)
    calls: dict[str, Callable[[DixaClient], Any]] = {
        "conversations": lambda d: d.exports.conversations(csids=[1000]),
        "messages": lambda d: d.exports.messages(created_after=dt.date(2024, 1, 1)),
    }
    async with fake_client(app, **options) as dixa:
        for name, ok in (("conversations", conversations_ok), ("messages", messages_ok)):
            sent = sum(s.requests for s in app.exports.stats.values())
            if ok:
                assert [item async for item in calls[name](dixa)]
            else:
                with pytest.raises(OperationNotAllowedError):
                    [item async for item in calls[name](dixa)]
                assert sum(s.requests for s in app.exports.stats.values()) == sent


# ---- the fake's Exports API itself -------------------------------------------------------------


def _raw(app: FakeDixa, auth: str | None = f"Bearer {TOKEN}") -> httpx.AsyncClient:
    headers = {"Authorization": auth} if auth is not None else {}
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://fake-exports", headers=headers
    )


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"created_after": "2024-01-01", "created_before": "2024-02-02"}, 400),  # 32 days
        (
            {
                "created_after": "1704067200000",
                "created_before": str(1704067200000 + 31 * 86_400_000 + 1),
            },
            400,
        ),
        ({"created_after": "2024-01-01"}, 400),  # missing _before
        ({}, 400),  # nothing at all
        ({"created_after": "Jan 1", "created_before": "2024-01-02"}, 400),
        ({"csids": ",".join(str(1000 + i) for i in range(500))}, 200),  # no limit of 10
        ({"csids": "1000,abc"}, 400),
        ({"created_after": "2024-01-01", "created_before": "2024-02-01"}, 200),  # 31 days
    ],
)
async def test_the_fake_checks_bounds_like_dixa(params: dict[str, str], status: int) -> None:
    app = fake(seed=13, conversations=50)
    async with _raw(app) as http:
        response = await http.get("/v1/conversation_export", params=params)
    assert response.status_code == status
    if status != 200:
        assert isinstance(response.json()["message"], str)


@pytest.mark.parametrize(
    ("auth", "status"),
    [
        (f"Bearer {TOKEN}", 200),
        ("Basic " + base64.b64encode(f"bearer:{TOKEN}".encode()).decode(), 200),
        (TOKEN, 401),  # the bare v1 form is not the Exports API's
        (None, 401),
        ("Bearer someone-else", 401),
    ],
)
async def test_the_fake_authenticates_like_dixas_docs(auth: str | None, status: int) -> None:
    app = fake(seed=14, conversations=5, api_keys=[TOKEN])
    async with _raw(app, auth) as http:
        response = await http.get(
            "/v1/message_export",
            params={"created_after": "2024-01-01", "created_before": "2024-01-02"},
        )
    assert response.status_code == status


async def test_a_wrong_token_is_an_authentication_error_without_the_token() -> None:
    app = fake(seed=14, conversations=5, api_keys=["the-right-one"])
    async with fake_client(app) as dixa:
        with pytest.raises(AuthenticationError) as caught:
            [c async for c in dixa.exports.conversations(csids=[1000])]
    assert caught.value.status_code == 401
    assert TOKEN not in str(caught.value)
    assert TOKEN not in repr(caught.value)


async def test_the_fake_has_its_own_per_token_limit() -> None:
    app = fake(seed=15, conversations=5, rate_limit=None, exports_rate_limit=(10 / 60, 2))
    params = {"csids": "1000"}
    async with _raw(app) as http:
        statuses = [
            (await http.get("/v1/conversation_export", params=params)).status_code for _ in range(3)
        ]
        other = await http.get(
            "/v1/conversation_export", params=params, headers={"Authorization": "Bearer other"}
        )
    assert statuses == [200, 200, 429]
    assert other.status_code == 200
    assert app.exports.stats[TOKEN].rate_limited == 1


async def test_the_fake_streams_the_body_in_bounded_chunks() -> None:
    app = fake(seed=16, conversations=3000)
    app.exports.chunk_size = 16 * 1024
    scope = {
        "type": "http",
        "method": "GET",
        "path": "/v1/conversation_export",
        "query_string": b"created_after=2024-01-01&created_before=2024-02-01",
        "headers": [(b"authorization", f"Bearer {TOKEN}".encode())],
    }
    messages: list[MutableMapping[str, Any]] = []
    requested = False
    never = asyncio.Event()

    async def receive() -> dict[str, Any]:
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await never.wait()  # the client stays connected
        return {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        messages.append(message)

    await app(scope, receive, send)
    bodies = [m for m in messages if m["type"] == "http.response.body"]
    chunks = [m.get("body", b"") for m in bodies]
    items = json.loads(b"".join(chunks))
    assert len(items) > 400
    assert len([c for c in chunks if c]) > 10  # many sends, not one document
    assert max(len(c) for c in chunks) < 16 * 1024 + 4096  # a chunk plus at most one item
    assert all(m.get("more_body") for m in bodies[:-1])
    assert not any(name == b"content-length" for name, _ in messages[0]["headers"])


async def _ids_into(dixa: DixaClient, into: list[int], **filters: Any) -> None:
    async for conversation in dixa.exports.conversations(**filters):
        into.append(conversation.id)


async def test_over_a_real_server_the_export_streams_and_a_cut_is_a_connection_error() -> None:
    app = fake(seed=17, conversations=2000)
    app.exports.chunk_size = 4096
    half_year = {"created_after": dt.date(2024, 1, 1), "created_before": dt.date(2024, 7, 1)}
    with run_fake_server(app) as url:
        async with DixaClient(
            TOKEN,
            base_url=url,
            exports_base_url=url,
            rate_limit=None,
            exports_rate_limit=None,
            retry=FAST_RETRY,
        ) as dixa:
            whole: list[int] = []
            await _ids_into(dixa, whole, **half_year)
            app.drop_connections(after_processing=True, route="/v1/conversation_export", limit=1)
            cut: list[int] = []
            with pytest.raises(APIConnectionError):
                await _ids_into(dixa, cut, **half_year)
            again: list[int] = []
            await _ids_into(dixa, again, **half_year)
    assert whole == sorted(app.store.conversations)
    assert 0 < len(cut) < len(whole)  # items that arrived before the cut were yielded
    assert cut == whole[: len(cut)]
    assert again == whole  # a re-run after the failure is complete
