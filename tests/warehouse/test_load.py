"""`dixa_async.warehouse.load` / `dixa_source` against the fake Dixa served over HTTP, into
real DuckDB files: the tables, one row per id, the conversations the Exports API returns,
and a second load that picks up exactly what changed through the SDK."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from _load_support import (
    SINCE,
    Clock,
    client_options,
    exported_ids,
    iter_ids,
    new_fake,
    query,
    readme_sql,
    sdk,
    tables,
)
from dixa_async.testing import FakeDixa, run_fake_server
from dixa_async.warehouse import LoadProgress, LoadReport, load

from dixa_async import JobError
from dixa_async.models import Inbound, Text

QUEUES = "select distinct queue_name from dixa_data.conversations"
TABLES = {"conversations", "messages", "agents", "end_users", "queues", "teams", "tags"}
KEYED = {
    "conversations": "id",
    "messages": "id",
    "agents": "id",
    "end_users": "id",
    "queues": "id",
    "teams": "id",
    "tags": "id",
    "custom_attributes": "id",
    "internal_notes": "id",
    "activity_log": "id",
}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def fake(clock: Clock) -> FakeDixa:
    return new_fake(clock)


@pytest.fixture
def url(fake: FakeDixa) -> Iterator[str]:
    with run_fake_server(fake) as served:
        yield served


def assert_one_row_per_id(path: Path, names: set[str]) -> None:
    for name in names:
        ids = list(iter_ids(path, name, KEYED[name]))
        assert ids, f"{name} is empty"
        assert len(ids) == len(set(ids)), f"an id appears twice in {name}"


@dataclass
class FirstLoad:
    url: str
    clock: Clock
    fake: FakeDixa
    database: Path
    report: LoadReport
    seen: list[LoadProgress]


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FirstLoad]:
    """One first load with notes and activity, shared by the tests that only read it."""
    clock = Clock()
    fake = new_fake(clock)
    database = tmp_path_factory.mktemp("first") / "dixa.duckdb"
    seen: list[LoadProgress] = []
    with run_fake_server(fake) as url:
        report = load(
            SINCE,
            duckdb=database,
            until=clock.moment(),
            include=["notes", "activity"],
            on_progress=seen.append,
            **client_options(url),
        )
        yield FirstLoad(url, clock, fake, database, report, seen)


def test_first_load_creates_the_tables_with_exactly_the_exported_conversations(
    first: FirstLoad,
) -> None:
    url, clock, fake, database, report, seen = (
        first.url,
        first.clock,
        first.fake,
        first.database,
        first.report,
        first.seen,
    )
    assert set(tables(database)) >= TABLES
    assert {"team_members", "custom_attributes", "internal_notes", "activity_log"} <= set(
        tables(database)
    )
    assert_one_row_per_id(database, TABLES | {"custom_attributes", "internal_notes"})
    loaded = sorted(iter_ids(database, "conversations"))
    assert loaded == sorted(exported_ids(url, SINCE, clock.moment()))
    assert len(loaded) == len(fake.store.conversations)
    assert report.rows["conversations"] == len(loaded)
    assert (
        report.rows["messages"] == query(database, "select count(*) from dixa_data.messages")[0][0]
    )
    # Ids keep Dixa's types; timestamps are UTC timestamps.
    types = dict(
        query(
            database,
            "select column_name, data_type from information_schema.columns "
            "where table_schema = 'dixa_data' and table_name = 'conversations'",
        )
    )
    assert types["id"] == "BIGINT"
    assert types["created_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["updated_at"] == "TIMESTAMP WITH TIME ZONE"
    # Child tables name their conversation; a conversation's ratings load with it.
    orphans = query(
        database,
        "select count(*) from dixa_data.conversations__ratings r "
        "left join dixa_data.conversations c on c.id = r.csid where c.id is null",
    )
    assert orphans == [(0,)]
    assert query(database, "select count(*) from dixa_data.conversations__ratings")[0][0] > 0
    # Team members are keyed by team and agent.
    pairs = query(database, "select team_id, id from dixa_data.team_members")
    assert pairs
    assert len(pairs) == len(set(pairs))
    # Progress per resource and per window; the requests are counted.
    windows = {p.window for p in seen if p.resource == "conversations" and p.state == "done"}
    assert len(windows) == 8  # 2024-01-01 .. 2024-09-01 12:00 in windows of at most 31 days
    assert {p.resource for p in seen if p.window is None} >= {"agents", "tags", "teams"}
    # Per window: conversations by `updated`, messages by `created` and by `updated`.
    assert report.requests.exports == 8 * 3
    assert report.requests.v1 > len(loaded)  # notes and activity: one request each


def test_second_load_updates_the_closed_conversation_and_adds_the_one_message(
    url: str, clock: Clock, fake: FakeDixa, tmp_path: Path
) -> None:
    database = tmp_path / "dixa.duckdb"
    load(SINCE, duckdb=database, until=clock.moment(), **client_options(url))
    messages_before = query(database, "select count(*) from dixa_data.messages")[0][0]
    [(csid,)] = query(
        database,
        "select id from dixa_data.conversations where status <> 'closed' order by id limit 1",
    )

    async def change() -> None:
        async with sdk(url) as dixa:
            clock.now += 60
            await dixa.conversations.close(csid)
            clock.now += 60
            await dixa.messages.create(csid, body=Inbound(content=Text(value="Any news?")))

    asyncio.run(change())
    clock.now += 60
    report = load(SINCE, duckdb=database, until=clock.moment(), **client_options(url))

    assert query(database, "select status from dixa_data.conversations where id = ?", csid) == [
        ("closed",)
    ]
    assert query(database, "select count(*) from dixa_data.messages")[0][0] == messages_before + 1
    assert query(
        database, "select text from dixa_data.messages where csid = ? and text = 'Any news?'", csid
    ) == [("Any news?",)]
    assert report.rows["conversations"] == 1  # exactly the one that changed
    # Messages are also asked for by their conversation's `updated` (complete under either
    # reading of the export's filters): the run carries exactly the changed conversation's
    # messages, the earlier ones merged into their own rows.
    ((of_csid,),) = query(database, "select count(*) from dixa_data.messages where csid = ?", csid)
    assert report.rows["messages"] == of_csid
    assert_one_row_per_id(database, TABLES)
    assert report.requests.exports == 3  # one window since the last run: 1 + 2 requests


def test_a_later_since_is_ignored_and_an_earlier_one_is_refused(
    url: str, clock: Clock, tmp_path: Path
) -> None:
    database = tmp_path / "dixa.duckdb"
    load(dt.date(2024, 3, 1), duckdb=database, until=clock.moment(), **client_options(url))
    clock.now += 60
    with pytest.raises(JobError, match="earlier since"):
        load(SINCE, duckdb=database, until=clock.moment(), **client_options(url))


def test_the_first_load_needs_since(url: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="needs since"):
        load(duckdb=tmp_path / "dixa.duckdb", **client_options(url))


def test_an_unknown_include_is_refused_before_anything_runs(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown include 'nots'"):
        load(SINCE, duckdb=tmp_path / "x.duckdb", include=["nots"], api_key="k")
    assert not (tmp_path / "x.duckdb").exists()


def test_the_readme_dashboard_query_runs_on_the_loaded_database(first: FirstLoad) -> None:
    rows = query(first.database, readme_sql())
    conversations = len(first.fake.store.conversations)
    assert sum(row[2] for row in rows) == conversations  # every conversation counted once
    queues = {row[0] for row in rows}
    assert queues == {q for (q,) in query(first.database, QUEUES)}
    days = [row[1] for row in rows]
    assert days == sorted(days)
    assert all(isinstance(day, dt.date) for day in days)
    responses = [row[3] for row in rows if row[3] is not None]
    assert responses  # outbound replies exist in the fake's history
    assert all(seconds >= 0 for seconds in responses)
    csat = [row[4] for row in rows if row[4] is not None]
    assert csat
    assert all(0 <= float(value) <= 100 for value in csat)
