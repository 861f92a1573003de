"""The loader's `messages` are complete whichever way Dixa reads `message_export`'s filters
(issue 19 items 5-6, issue 21): against a hand-built server on 127.0.0.1 that selects
messages either by their own creation time or by their conversation's creation and update
times, a message written months later on an old conversation is loaded by the next `load`,
once, into a real DuckDB file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from _load_support import iter_ids, query
from _threaded_server import Reply, Request, served
from dixa_async.warehouse import load

T0 = 1704067200000  # 2024-01-01
DAY = 86_400_000


def _options(url: str) -> dict[str, Any]:
    return {
        "api_key": "loader-readings-key",
        "base_url": url,
        "exports_base_url": url,
        "rate_limit": None,
        "exports_rate_limit": None,
    }


def _in_range(request: Request, name: str, stamp: int) -> bool:
    low, high = request.query.get(f"{name}_after"), request.query.get(f"{name}_before")
    return low is None or int(low) <= stamp < int(high or 0)


@pytest.mark.parametrize("reading", ["message", "conversation"])
def test_a_later_message_on_an_old_conversation_is_loaded_under_either_reading(
    tmp_path: Path, reading: str
) -> None:
    # One conversation created 2024-01-02 with one message; after the first load a message
    # is written on it in March, which updates the conversation.
    conversation: dict[str, Any] = {"id": 7, "created_at": T0 + DAY, "updated_at": T0 + DAY}
    messages: list[dict[str, Any]] = [{"id": "m1", "csid": 7, "created_at": T0 + DAY}]
    asked: list[dict[str, str]] = []

    def conversation_in(request: Request) -> bool:
        return all(
            _in_range(request, name, int(conversation[f"{name}_at"]))
            for name in ("created", "updated")
        )

    async def dixa_like(request: Request, reply: Reply) -> None:
        if request.path.endswith("conversation_export"):
            await reply.json(200, [conversation] if conversation_in(request) else [])
        elif request.path.endswith("message_export"):
            asked.append(request.query)
            if reading == "message":
                # By the message's own time; `updated_*` still selects its conversation.
                found = [
                    m
                    for m in messages
                    if _in_range(request, "created", m["created_at"])
                    and _in_range(request, "updated", int(conversation["updated_at"]))
                ]
            else:
                found = list(messages) if conversation_in(request) else []
            await reply.json(200, found)
        else:
            await reply.json(200, {"data": []})  # the v1 lists: empty

    database = tmp_path / "readings.duckdb"
    with served(dixa_like) as server:
        first = load(
            dt.date(2024, 1, 1),
            duckdb=database,
            until=dt.date(2024, 3, 1),
            **_options(server.url),
        )
        assert first.rows.get("messages") == 1
        new = {"id": "m2", "csid": 7, "created_at": T0 + 62 * DAY}  # 2024-03-03
        messages.append(new)
        conversation["updated_at"] = new["created_at"]
        second = load(duckdb=database, until=dt.date(2024, 3, 5), **_options(server.url))
    # Messages were asked for by both filters.
    assert any("created_after" in q for q in asked)
    assert any("updated_after" in q for q in asked)
    # The second load asked by `updated` too, which returns every message of the updated
    # conversation: m1 again (merged into its row) and m2 - once, although under the
    # message reading both of the window's requests return it.
    assert second.rows.get("messages") == 2
    ids = sorted(iter_ids(database, "messages"))
    assert ids == ["m1", "m2"]
    ((csid, created),) = query(
        database, "select csid, created_at from dixa_data.messages where id = 'm2'"
    )
    assert csid == 7
    assert created == dt.datetime(2024, 3, 3, tzinfo=dt.UTC)
    assert sorted(iter_ids(database, "conversations")) == [7]
