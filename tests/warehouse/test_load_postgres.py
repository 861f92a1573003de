"""`dixa-async load --destination postgres` into a real PostgreSQL (Debian's `postgresql`,
a throwaway cluster on 127.0.0.1), credentials given the dlt way: one row per id in every
table, and a second load after a change through the SDK updates the row and adds the
message; the README's dashboard query runs on it. Without PostgreSQL the tests are skipped with the reason, except under CI (`CI`
set), where that is a failure: `.ci/run` installs it."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _load_support import Clock, new_fake, readme_sql, sdk
from _postgres_server import PostgresServer, find_postgres_bin
from dixa_async.cli import main
from dixa_async.testing import FakeDixa, run_fake_server

from dixa_async.models import Inbound, Text

DATASET = "dixa_data"  # the README's dashboard query names it
KEYED = {
    "conversations": "id",
    "messages": "id",
    "agents": "id",
    "end_users": "id",
    "queues": "id",
    "teams": "id",
    "tags": "id",
    "custom_attributes": "id",
}


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    bindir = find_postgres_bin()
    if bindir is None:
        message = (
            "PostgreSQL is not installed; the Postgres loader tests need a real server "
            "(Debian: apt-get install postgresql)"
        )
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and {message}; .ci/run should have installed it")
        pytest.skip(message)
    server = PostgresServer(bindir)
    try:
        server.start()
        yield server.url
    finally:
        server.stop()


def _rows(url: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    import psycopg2

    with psycopg2.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows: list[tuple[Any, ...]] = cursor.fetchall()
    connection.close()
    return rows


def _load(
    url: str,
    fake_url: str,
    until: str,
    work: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    monkeypatch.setenv("DESTINATION__POSTGRES__CREDENTIALS", url)
    monkeypatch.delenv("DIXA_API_KEY", raising=False)
    capsys.readouterr()
    status = main(
        [
            "load",
            "--base-url",
            fake_url,
            "--api-key",
            "loader-postgres-key",
            "--rate-limit",
            "0",
            "--since",
            "2024-01-01",
            "--until",
            until,
            "--destination",
            "postgres",
            "--dataset",
            DATASET,
            "--pipelines-dir",
            str(work),
            "--no-progress",
        ]
    )
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert "loader-postgres-key" not in captured.out + captured.err
    return captured.out


def test_load_into_postgres_one_row_per_id_and_a_second_load_updates(
    postgres_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = Clock()
    fake: FakeDixa = new_fake(clock, conversations=80)
    work = tmp_path / "dlt"
    with run_fake_server(fake) as fake_url:
        out = _load(postgres_url, fake_url, clock.moment().isoformat(), work, capsys, monkeypatch)
        assert f"conversations: {len(fake.store.conversations):,} rows" in out
        tables = {
            name
            for (name,) in _rows(
                postgres_url,
                "select table_name from information_schema.tables where table_schema = %s",
                DATASET,
            )
        }
        assert set(KEYED) <= tables
        for table, key in KEYED.items():
            ids = [
                value for (value,) in _rows(postgres_url, f'select "{key}" from {DATASET}.{table}')
            ]
            assert ids, f"{table} is empty"
            assert len(ids) == len(set(ids)), f"an id appears twice in {table}"
        loaded = sorted(
            i for (i,) in _rows(postgres_url, f"select id from {DATASET}.conversations")
        )
        assert loaded == sorted(fake.store.conversations)
        # Types as in DuckDB: integer csids, UTC timestamps.
        types = dict(
            _rows(
                postgres_url,
                "select column_name, data_type from information_schema.columns "
                "where table_schema = %s and table_name = 'conversations'",
                DATASET,
            )
        )
        assert types["id"] == "bigint"
        assert types["updated_at"] == "timestamp with time zone"
        # The README's dashboard query runs as it is on Postgres too.
        dashboard = _rows(postgres_url, readme_sql())
        assert sum(row[2] for row in dashboard) == len(fake.store.conversations)
        assert any(row[3] is not None for row in dashboard)
        assert any(row[4] is not None for row in dashboard)

        [(csid,)] = _rows(
            postgres_url,
            f"select id from {DATASET}.conversations where status <> 'closed' order by id limit 1",
        )
        [(messages_before,)] = _rows(postgres_url, f"select count(*) from {DATASET}.messages")

        async def change() -> None:
            async with sdk(fake_url) as dixa:
                clock.now += 60
                await dixa.conversations.close(csid)
                clock.now += 60
                await dixa.messages.create(csid, body=Inbound(content=Text(value="Still there?")))

        asyncio.run(change())
        clock.now += 60
        _load(postgres_url, fake_url, clock.moment().isoformat(), work, capsys, monkeypatch)

    assert _rows(
        postgres_url, f"select status from {DATASET}.conversations where id = %s", csid
    ) == [("closed",)]
    assert _rows(postgres_url, f"select count(*) from {DATASET}.messages") == [
        (messages_before + 1,)
    ]
    assert _rows(
        postgres_url, f"select count(*) from {DATASET}.messages where text = %s", "Still there?"
    ) == [(1,)]
    for table, key in KEYED.items():
        ids = [value for (value,) in _rows(postgres_url, f'select "{key}" from {DATASET}.{table}')]
        assert len(ids) == len(set(ids)), f"an id appears twice in {table} after the second load"
