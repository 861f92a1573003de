"""Issue 19, "Patient" and "Complete" at the namespace level, against hand-built servers on
127.0.0.1: two minutes of 429s ridden out by default, csids batches halved on 422/414, odd
items read leniently, items outside their window delivered once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from _raw_server import RawServer, Reply, Request
from dixa_async._core import _transport
from dixa_async._core.exports import EXPORTS_RETRY

from dixa_async import DixaClient, RateLimitError

JAN: dict[str, Any] = {"created_after": dt.date(2024, 1, 1), "created_before": dt.date(2024, 1, 2)}
T0 = 1704067200000  # 2024-01-01


def _client(url: str, **options: Any) -> DixaClient:
    return DixaClient(
        "token", base_url=url, exports_base_url=url, exports_rate_limit=None, **options
    )


class Clock:
    """A clock the transport's backoff advances instead of sleeping for real."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = 0.0
        self.waits: list[float] = []

        async def sleep(delay: float) -> None:
            self.waits.append(delay)
            self.now += delay

        monkeypatch.setattr(_transport, "_sleep", sleep)


def test_the_default_exports_policy_waits_at_least_two_minutes_of_429s() -> None:
    # Every wait is at least half its ceiling: 0.5 * (2 + 4 + 8 + 16 + 32 + 60 + 60 + 60).
    assert EXPORTS_RETRY.least_patience() == pytest.approx(121.0)
    assert EXPORTS_RETRY.least_patience() >= 120
    assert sum(EXPORTS_RETRY.backoff(a, 0.999999) for a in range(EXPORTS_RETRY.max_retries)) < 243


@pytest.mark.parametrize("jitter", [0.0, 0.5, 0.999])
async def test_70_s_of_429s_then_answers_completes_with_default_settings(
    monkeypatch: pytest.MonkeyPatch, jitter: float
) -> None:
    clock = Clock(monkeypatch)
    monkeypatch.setattr("dixa_async._core._transport.random.random", lambda: jitter)

    async def limited(request: Request, reply: Reply) -> None:
        if clock.now < 70:
            await reply.json(429, {"message": "API limit has been reached"})
        else:
            await reply.json(200, [{"id": 7, "created_at": T0}])

    async with RawServer(limited) as server, _client(server.url) as dixa:
        got = [c.id async for c in dixa.exports.conversations(**JAN)]
        assert dixa.exports.stats.rate_limited == len(server.requests) - 1
    assert got == [7]
    assert clock.now >= 70


async def test_429s_past_the_patience_end_in_rate_limit_error_after_two_minutes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = Clock(monkeypatch)
    monkeypatch.setattr("dixa_async._core._transport.random.random", lambda: 0.0)

    async def always(request: Request, reply: Reply) -> None:
        await reply.json(429, {"message": "API limit has been reached"})

    async with RawServer(always) as server, _client(server.url) as dixa:
        with pytest.raises(RateLimitError):
            [c async for c in dixa.exports.conversations(**JAN)]
    assert clock.now >= 120
    assert len(server.requests) == EXPORTS_RETRY.max_retries + 1


@pytest.mark.parametrize("status", [422, 414])
async def test_a_csids_batch_dixa_refuses_is_halved_until_it_fits(status: int) -> None:
    async def at_most_40(request: Request, reply: Reply) -> None:
        ids = [int(i) for i in request.query["csids"].split(",")]
        if len(ids) > 40:
            await reply.json(status, {"message": "Exceeded max allowed csids per request"})
        else:
            await reply.json(200, [{"id": i, "created_at": T0} for i in ids])

    wanted = list(range(1000, 1150))
    async with RawServer(at_most_40) as server, _client(server.url) as dixa:
        got = [c.id async for c in dixa.exports.conversations(csids=wanted)]
    assert got == wanted
    sizes = [len(r.query["csids"].split(",")) for r in server.requests]
    assert sizes == [150, 75, 37, 38, 75, 37, 38]


async def test_a_single_csid_refused_is_the_status_error() -> None:
    async def never(request: Request, reply: Reply) -> None:
        await reply.json(422, {"message": "no"})

    async with RawServer(never) as server, _client(server.url) as dixa:
        with pytest.raises(Exception, match="no") as caught:
            [c async for c in dixa.exports.conversations(csids=[1, 2])]
    assert getattr(caught.value, "status_code", None) == 422
    assert [r.query["csids"] for r in server.requests] == ["1,2", "1", "2"][: len(server.requests)]
    assert len(server.requests) == 2  # "1,2" then "1": the halves stop at one id


ODD = [
    {"id": 1, "created_at": None, "subject": "null created_at"},
    {"id": 2, "created_at": T0, "ratings": [None, {"rating_score": 5, "rating_type": "csat"}]},
    {"id": 3, "created_at": T0, "tags_info": [None], "custom_fields": [None, {"identifier": "x"}]},
    {"id": 4, "created_at": "yesterday-ish", "closed_at": "not a time", "updated_at": T0},
    {"id": 5, "created_at": T0, "ratings": [{"rating_rated_timestamp": "soon"}]},
    {"id": 6, "created_at": T0},
]


async def test_odd_items_are_read_leniently_and_counted() -> None:
    async def odd(request: Request, reply: Reply) -> None:
        await reply.json(200, ODD)

    async with RawServer(odd) as server, _client(server.url) as dixa:
        got = {c.id: c async for c in dixa.exports.conversations(**JAN)}
        assert dixa.exports.stats.lenient == 5  # all but the last
    assert sorted(got) == [1, 2, 3, 4, 5, 6]
    assert got[1].to_dict().get("created_at") is None
    assert got[1].subject == "null created_at"
    assert [r.rating_score for r in got[2].ratings] == [5]  # type: ignore[union-attr]
    assert got[3].tags_info == []
    assert [f.identifier for f in got[3].custom_fields] == ["x"]  # type: ignore[union-attr]
    assert "created_at" not in got[4].to_dict()
    assert "closed_at" not in got[4].to_dict()
    assert got[4].updated_at == dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    assert "rating_rated_timestamp" not in got[5].to_dict()["ratings"][0]


async def test_messages_with_a_null_csid_or_created_at_are_read() -> None:
    async def odd(request: Request, reply: Reply) -> None:
        await reply.json(200, [
            {"id": "m1", "csid": None, "created_at": T0, "text": "hi"},
            {"id": "m2", "csid": 5, "created_at": None, "to": ["a@example.com"]},
            {"id": "m3", "csid": 5, "created_at": "garbage", "to": "a@example.com, b@example.com"},
        ])  # fmt: skip

    async with RawServer(odd) as server, _client(server.url) as dixa:
        got = [m async for m in dixa.exports.messages(**JAN)]
        assert dixa.exports.stats.lenient == 3
    assert [m.id for m in got] == ["m1", "m2", "m3"]
    assert [m.to for m in got][1:] == [["a@example.com"], "a@example.com, b@example.com"]


async def test_an_item_outside_its_window_is_yielded_once_and_counted() -> None:
    # Two windows of a 40-day range; Dixa returns a message of the first window's
    # conversation written in the second window (reading: filters on the conversation), and
    # a message stamped on the shared boundary from both windows (`_before` inclusive).
    boundary = T0 + 31 * 86_400_000

    async def windows(request: Request, reply: Reply) -> None:
        after = int(request.query["created_after"])
        if after == T0:
            items = [
                {"id": "a", "csid": 1, "created_at": T0 + 1},
                {"id": "late", "csid": 1, "created_at": boundary + 5},  # in window 2's range
                {"id": "edge", "csid": 2, "created_at": boundary},
                {"id": "a", "csid": 1, "created_at": T0 + 1},  # sent twice
            ]
        else:
            items = [
                {"id": "edge", "csid": 2, "created_at": boundary},
                {"id": "b", "csid": 3, "created_at": boundary + 9},
            ]
        await reply.json(200, items)

    async with RawServer(windows) as server, _client(server.url) as dixa:
        got = [m.id async for m in dixa.exports.messages(
            created_after=dt.date(2024, 1, 1), created_before=dt.date(2024, 2, 10)
        )]  # fmt: skip
        stats = dixa.exports.stats
        assert (stats.outside_window, stats.repeated) == (2, 2)
    assert got == ["a", "late", "edge", "b"]
    assert len(server.requests) == 2
