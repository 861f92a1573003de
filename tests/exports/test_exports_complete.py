"""Issue 19, "Patient" and "Complete" at the warehouse level, against hand-built servers on
127.0.0.1: a window cut short is retried in the same run, nothing Dixa returns is dropped
(and nothing is written twice), and `sync` finds new messages on old conversations whichever
way Dixa reads `message_export`'s filters."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from _raw_server import RawServer, Reply, Request
from dixa_async.warehouse import _period as period_module
from dixa_async.warehouse import export_period, sync

from dixa_async import DixaClient

T0 = 1704067200000  # 2024-01-01
DAY = 86_400_000
JAN: dict[str, Any] = {"since": dt.date(2024, 1, 1), "until": dt.date(2024, 1, 11)}


def _client(url: str, **options: Any) -> DixaClient:
    return DixaClient(
        "token", base_url=url, exports_base_url=url, exports_rate_limit=None, **options
    )


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The window retry's waits, recorded instead of slept."""
    recorded: list[float] = []

    async def sleep(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr(period_module, "_sleep", sleep)
    return recorded


CONVERSATIONS = [{"id": i, "created_at": T0 + i * 1000, "subject": f"c{i}"} for i in range(1, 6)]


async def test_a_body_cut_once_then_served_whole_completes_in_the_same_run(
    tmp_path: Path, waits: list[float]
) -> None:
    served = {"conversations": 0}

    async def cut_once(request: Request, reply: Reply) -> None:
        if request.path.endswith("conversation_export"):
            served["conversations"] += 1
            body = json.dumps(CONVERSATIONS).encode()
            if served["conversations"] == 1:
                await reply.head(200, length=len(body))
                await reply.send(body[: len(body) // 2])  # the connection ends mid-array
                return
            await reply.head(200, length=len(body))
            await reply.send(body)
        else:
            await reply.json(200, [])

    async with RawServer(cut_once) as server, _client(server.url, max_retries=0) as dixa:
        manifest = await export_period(dixa, tmp_path / "out", **JAN)
    assert manifest.complete
    assert waits == [period_module.WINDOW_RETRY_DELAYS[0]]
    assert [c["id"] for c in _lines(tmp_path / "out" / "conversations.jsonl")] == [1, 2, 3, 4, 5]
    saved = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert saved["complete"] is True
    assert saved["windows"][0]["retries"] == 1


@pytest.mark.parametrize("failure", ["5xx", "cut", "timeout"])
async def test_a_window_that_keeps_failing_is_rolled_back_and_reported(
    tmp_path: Path, waits: list[float], failure: str
) -> None:
    async def broken(request: Request, reply: Reply) -> None:
        if failure == "5xx":
            await reply.json(503, {"message": "down"})
        elif failure == "cut":
            await reply.head(200, length=1000)
            await reply.send(b'[{"id": 1, "created_at": 1704067200000},')
        else:
            await reply.head(200)
            await reply.send(b"[")
            import asyncio

            await asyncio.sleep(60)

    async with RawServer(broken) as server, _client(server.url, max_retries=0, deadline=1) as dixa:
        manifest = await export_period(dixa, tmp_path / "out", **JAN)
    assert not manifest.complete
    assert waits == list(period_module.WINDOW_RETRY_DELAYS)  # tried 3 times in this run
    assert manifest.failed_windows == 1
    assert (tmp_path / "out" / "conversations.jsonl").read_bytes() == b""  # rolled back
    assert len(manifest.errors) == 1


async def test_nothing_dixa_returns_is_dropped_and_nothing_is_written_twice(
    tmp_path: Path,
) -> None:
    # Two windows (31 + 9 days). Window 1's message export returns a message written in
    # window 2 (Dixa filtering by the conversation), a message on the shared boundary (also
    # returned by window 2: `_before` inclusive), and one message twice.
    boundary = T0 + 31 * DAY
    late = {"id": "late", "csid": 1, "created_at": boundary + 5 * DAY}
    edge = {"id": "edge", "csid": 2, "created_at": boundary}
    early = {"id": "early", "csid": 1, "created_at": T0 + 1000}

    async def windows(request: Request, reply: Reply) -> None:
        first = int(request.query["created_after"]) == T0
        if request.path.endswith("conversation_export"):
            await reply.json(200, [{"id": 1, "created_at": T0 + 5}] if first else [])
        elif first:
            await reply.json(200, [early, late, edge, early])
        else:
            await reply.json(200, [edge, {"id": "other", "csid": 3, "created_at": boundary + 9}])

    async with RawServer(windows) as server, _client(server.url) as dixa:
        manifest = await export_period(
            dixa, tmp_path / "out", since=dt.date(2024, 1, 1), until=dt.date(2024, 2, 10)
        )
    assert manifest.complete
    ids = [m["id"] for m in _lines(tmp_path / "out" / "messages.jsonl")]
    assert sorted(ids) == ["early", "edge", "late", "other"]  # each exactly once
    saved = json.loads((tmp_path / "out" / "manifest.json").read_text())
    first, second = saved["windows"]
    assert (first["messages"], first["outside_window"], first["repeated"]) == (3, 2, 1)
    assert (second["messages"], second["outside_window"], second["repeated"]) == (1, 0, 1)
    assert first["strays"] == {"messages": {"late": late["created_at"], "edge": boundary}}


async def test_a_resumed_run_does_not_write_a_stray_again(tmp_path: Path) -> None:
    # Window 1 is done by a first run (delivering a stray of window 2); a second run does
    # window 2, which returns the stray too.
    boundary = T0 + 31 * DAY
    stray = {"id": "stray", "csid": 1, "created_at": boundary + DAY}
    fail_second = {"on": True}

    async def windows(request: Request, reply: Reply) -> None:
        first = int(request.query["created_after"]) == T0
        if not first and fail_second["on"]:
            await reply.json(400, {"message": "not now"})
        elif request.path.endswith("conversation_export"):
            await reply.json(200, [])
        else:
            await reply.json(
                200,
                [stray] if first else [stray, {"id": "x", "csid": 2, "created_at": boundary + 2}],
            )

    period: dict[str, Any] = {"since": dt.date(2024, 1, 1), "until": dt.date(2024, 2, 10)}
    async with RawServer(windows) as server, _client(server.url) as dixa:
        first_run = await export_period(dixa, tmp_path / "out", **period)
        assert not first_run.complete
        fail_second["on"] = False
        second_run = await export_period(dixa, tmp_path / "out", **period)
    assert second_run.complete
    assert sorted(m["id"] for m in _lines(tmp_path / "out" / "messages.jsonl")) == ["stray", "x"]


@pytest.mark.parametrize("reading", ["message", "conversation"])
async def test_sync_finds_a_new_message_on_an_old_conversation_under_either_reading(
    tmp_path: Path, reading: str
) -> None:
    # One old conversation (created 2024-01-02); after the first sync, a message is written
    # on it, which updates it. Dixa's `message_export` filters either by the message's own
    # creation time ("message") or by the conversation's ("conversation").
    conversation = {"id": 7, "created_at": T0 + DAY, "updated_at": T0 + DAY}
    messages: list[dict[str, Any]] = [{"id": "m1", "csid": 7, "created_at": T0 + DAY}]

    def conv_stamp(name: str) -> int:
        return int(conversation[f"{name}_at"])

    def in_range(request: Request, name: str, stamp: int) -> bool:
        low, high = request.query.get(f"{name}_after"), request.query.get(f"{name}_before")
        return low is None or int(low) <= stamp < int(high or 0)

    async def dixa_like(request: Request, reply: Reply) -> None:
        if request.path.endswith("conversation_export"):
            keep = all(in_range(request, n, conv_stamp(n)) for n in ("created", "updated"))
            await reply.json(200, [conversation] if keep else [])
            return
        out = []
        for message in messages:
            if reading == "message":
                keep = in_range(request, "created", message["created_at"]) and in_range(
                    request, "updated", conv_stamp("updated")
                )
            else:
                keep = all(in_range(request, n, conv_stamp(n)) for n in ("created", "updated"))
            if keep:
                out.append(message)
        await reply.json(200, out)

    state, output = tmp_path / "state.json", tmp_path / "batches"
    async with RawServer(dixa_like) as server, _client(server.url) as dixa:
        first = await sync(
            dixa, state=state, output=output, since=dt.date(2024, 1, 1), until=dt.date(2024, 3, 1)
        )
        assert first.complete
        new: dict[str, Any] = {"id": "m2", "csid": 7, "created_at": T0 + 62 * DAY}  # 2024-03-03
        messages.append(new)
        conversation["updated_at"] = new["created_at"]
        second = await sync(dixa, state=state, output=output, until=dt.date(2024, 3, 5))
    assert second.complete
    delivered = _lines(second.batch / "messages.jsonl")
    assert "m2" in [m["id"] for m in delivered]
    assert len({m["id"] for m in delivered}) == len(delivered)
