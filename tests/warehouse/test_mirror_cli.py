"""`dixa-async mirror` as a user runs it: a subprocess against a fake Dixa served on
127.0.0.1, which delivers signed webhooks over real HTTP to the mirror's listener, and a real
DuckDB file. Changes made through the SDK land in the file without another command; SIGINT
stops it with exit 0; a restart finds its subscription; a mirror killed right after it
answered a delivery, restarted, still merges that conversation."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _load_support import sdk
from _mirror_support import (
    LANDS_WITHIN,
    TOKEN,
    MirrorProcess,
    mirror_port,
    new_fake,
    read,
    wait_for_rows,
)
from dixa_async.testing import FakeDixa, run_fake_server

from dixa_async.models import Inbound, Text


@pytest.fixture(scope="module")
def fake() -> FakeDixa:
    return new_fake()


@pytest.fixture(scope="module")
def url(fake: FakeDixa) -> Iterator[str]:
    with run_fake_server(fake) as served:
        yield served


def subscriptions_to(url: str, public_url: str) -> list[str]:
    async def listed() -> list[str]:
        async with sdk(url) as dixa:
            return [s.id for s in await dixa.webhooks.list() if s.url == public_url]

    return asyncio.run(listed())


def close(url: str, csid: int) -> None:
    async def change() -> None:
        async with sdk(url) as dixa:
            await dixa.conversations.close(csid)

    asyncio.run(change())


def add_message(url: str, csid: int, text: str) -> str:
    async def change() -> str:
        async with sdk(url) as dixa:
            added = await dixa.messages.create(csid, body=Inbound(content=Text(value=text)))
            return str(added.message_id)

    return asyncio.run(change())


def open_conversations(fake: FakeDixa) -> list[int]:
    return sorted(csid for csid, c in fake.store.conversations.items() if c.state != "Closed")


def test_a_close_and_a_message_land_within_30_s_and_sigint_exits_0(
    url: str, fake: FakeDixa, tmp_path: Path
) -> None:
    database = tmp_path / "live.duckdb"
    first, second = open_conversations(fake)[:2]
    with MirrorProcess(url, database, mirror_port()) as mirror:
        mirror.ready()
        assert read(database, "select id from dixa_data.conversations where id = ?", first) == []

        close(url, first)
        took = wait_for_rows(
            database,
            "select status from dixa_data.conversations where id = ?",
            first,
            expected=[("closed",)],
            timeout=LANDS_WITHIN,
            mirror=mirror,
        )
        message_id = add_message(url, second, "Is my parcel on its way?")
        took = max(
            took,
            wait_for_rows(
                database,
                "select csid, text from dixa_data.messages where id = ?",
                message_id,
                expected=[(second, "Is my parcel on its way?")],
                timeout=LANDS_WITHIN,
                mirror=mirror,
            ),
        )
        assert took < LANDS_WITHIN
        assert mirror.interrupt() == 0
    # The conversation came with its message, and every row is there once.
    assert read(database, "select id from dixa_data.conversations where id = ?", second) == [
        (second,)
    ]
    for table in ("conversations", "messages"):
        rows = read(database, f"select id from dixa_data.{table}")
        assert rows
        assert len(rows) == len(set(rows))
    assert {first, second} <= mirror.merged_csids(), (mirror.out, mirror.text)
    assert any(line.startswith("mirror stopped: ") for line in mirror.err)
    merge = mirror.merges()[0]
    assert merge["requests"] == 2  # one conversation export by csids, one message export
    assert TOKEN not in "\n".join(mirror.out + mirror.err)


def test_a_restart_leaves_exactly_one_subscription_for_the_url(
    url: str, fake: FakeDixa, tmp_path: Path
) -> None:
    database = tmp_path / "live.duckdb"
    port = mirror_port()
    with MirrorProcess(url, database, port) as mirror:
        mirror.ready()
        public_url = mirror.public_url
        assert len(subscriptions_to(url, public_url)) == 1
        assert mirror.terminate() == 0  # SIGTERM stops it as cleanly as SIGINT
    with MirrorProcess(url, database, port) as again:
        again.ready()
        assert len(subscriptions_to(url, public_url)) == 1
        # ... and it still works: a change after the restart lands.
        csid = open_conversations(fake)[0]
        close(url, csid)
        wait_for_rows(
            database,
            "select status from dixa_data.conversations where id = ?",
            csid,
            expected=[("closed",)],
            timeout=LANDS_WITHIN,
        )
        assert again.interrupt() == 0


def test_a_mirror_killed_after_answering_a_delivery_merges_it_when_restarted(
    url: str, fake: FakeDixa, tmp_path: Path
) -> None:
    database = tmp_path / "live.duckdb"
    log = tmp_path / "live.duckdb.mirror.jsonl"
    port = mirror_port()
    csid = open_conversations(fake)[0]
    # A merge that waits a minute after the first mark: the delivery is answered, then the
    # process dies before anything is merged.
    with MirrorProcess(url, database, port, "--batch-delay", "60") as mirror:
        mirror.ready()
        subscription = subscriptions_to(url, mirror.public_url)[0]
        before = len(fake.store.deliveries.get((subscription, "ConversationClosed"), []))
        close(url, csid)
        deliveries = _wait_for_delivery(fake, subscription, "ConversationClosed", before)
        assert deliveries[-1]["deliveryDetail"]["success"] is True  # answered 2xx
        mirror.kill()
    assert mirror.merges() == []
    assert read(database, "select id from dixa_data.conversations where id = ?", csid) == []
    marks = [json.loads(line) for line in log.read_text().splitlines()[1:]]
    assert [m["mark"] for m in marks if "mark" in m] == [csid]

    # Restarted: the mark left in the log is merged (the resumed load's one-hour overlap may
    # bring the row too; the merge report and the clear record show the mark was used).
    with MirrorProcess(url, database, port) as again:
        again.ready()
        again.wait_for_merge(csid)
        wait_for_rows(
            database,
            "select status from dixa_data.conversations where id = ?",
            csid,
            expected=[("closed",)],
            timeout=LANDS_WITHIN,
        )
        assert again.interrupt() == 0
    remaining = [json.loads(line) for line in log.read_text().splitlines()[1:]]
    assert {m["clear"] for m in remaining if "clear" in m} == {csid}


def _wait_for_delivery(
    fake: FakeDixa, subscription: str, event: str, before: int
) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        logged = fake.store.deliveries.get((subscription, event), [])
        if len(logged) > before:
            return logged
        time.sleep(0.02)
    raise AssertionError(f"no {event} delivery within 10 s")


def test_sigint_while_a_merge_is_fetching_drops_it_and_keeps_the_mark(
    url: str, fake: FakeDixa, tmp_path: Path
) -> None:
    database = tmp_path / "live.duckdb"
    log = tmp_path / "live.duckdb.mirror.jsonl"
    port = mirror_port()
    csid = open_conversations(fake)[0]
    with MirrorProcess(url, database, port) as mirror:
        mirror.ready()
        # The merge's conversation export is answered only after 8 s: the merge is in flight.
        slow = fake.add_latency(8, route="GET /v1/conversation_export", limit=1)
        try:
            close(url, csid)
            deadline = time.monotonic() + 10
            while slow.hits == 0:
                assert time.monotonic() < deadline, "the merge did not start"
                time.sleep(0.02)
            asked = time.monotonic()
            assert mirror.interrupt() == 0
            assert time.monotonic() - asked < 6  # it did not wait for the slow answer
        finally:
            fake.faults.active.remove(slow)
    assert mirror.merges() == []
    records = [json.loads(line) for line in log.read_text().splitlines()[1:]]
    assert [r["mark"] for r in records if "mark" in r] == [csid]
    assert not [r for r in records if "clear" in r]  # rolled back: still dirty

    with MirrorProcess(url, database, port) as again:
        again.ready()
        again.wait_for_merge(csid)
        assert again.interrupt() == 0
