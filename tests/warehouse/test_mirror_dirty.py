"""The mirror's dirty set behind its one interface: the local fsynced log and the Redis set
(against a real redis-server on a free 127.0.0.1 port) keep the same contract - a mark is
kept until a clear that covers its sequence number, a mark made during a merge survives that
merge's clear - plus what each home adds: the log survives a restart and refuses damage and
a second mirror; the Redis set is shared between processes and lets one merger lead."""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "limits"))  # the shared redis-server helper
from _load_support import client_options, sdk
from _mirror_support import SINCE, closed_payload, free_port, new_fake
from _redis_server import RedisServer, require_redis_server
from dixa_async.testing import FakeDixa, run_fake_server
from dixa_async.warehouse import (
    DirtySet,
    LocalDirtySet,
    MergeReport,
    Mirror,
    RedisDirtySet,
)
from dixa_async.warehouse import _dirty as dirty_module
from dixa_async.warehouse import _mirror as mirror_module
from dixa_async.webhooks import sign

from dixa_async import JobError


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server = RedisServer(require_redis_server(), tmp_path_factory.mktemp("redis"))
    server.start()
    try:
        yield server.url
    finally:
        server.kill()


_NAMES = iter(range(1_000_000))


@pytest.fixture(params=["local", "redis"])
async def dirty(
    request: pytest.FixtureRequest, tmp_path: Path, redis_url: str
) -> AsyncIterator[DirtySet]:
    made: DirtySet
    if request.param == "local":
        made = LocalDirtySet(tmp_path / "dixa.duckdb.mirror.jsonl")
    else:
        made = RedisDirtySet(redis_url, f"contract-{next(_NAMES)}-{tmp_path.name}")
    await made.open()
    try:
        yield made
    finally:
        await made.aclose()


async def test_marks_wait_oldest_first_and_keep_their_first_time(dirty: DirtySet) -> None:
    await dirty.mark([7, 3], event_ms=100)
    await asyncio.sleep(0.01)
    await dirty.mark([9])
    await dirty.mark([3], event_ms=50)  # marked again: keeps its first time, newest seq
    marks = await dirty.pending()
    assert [m.csid for m in marks] == [7, 3, 9]
    by_csid = {m.csid: m for m in marks}
    assert by_csid[3].first_ms == by_csid[7].first_ms < by_csid[9].first_ms
    assert by_csid[3].seq > by_csid[9].seq > by_csid[7].seq
    assert by_csid[3].event_ms == 100  # the latest event time is kept
    assert await dirty.count() == 3
    assert [m.csid for m in await dirty.pending(limit=2)] == [7, 3]


async def test_a_mark_made_while_merging_survives_the_merge_clear(dirty: DirtySet) -> None:
    await dirty.mark([1, 2])
    snapshot = await dirty.pending()  # what a merge re-exports
    await dirty.mark([2])  # a new change to 2 arrives while the merge runs
    assert await dirty.clear(snapshot) == 1
    remaining = await dirty.pending()
    assert [m.csid for m in remaining] == [2]
    assert await dirty.clear(remaining) == 1
    assert await dirty.count() == 0
    assert await dirty.clear(remaining) == 0  # clearing again changes nothing


async def test_the_local_log_survives_a_restart_and_drops_a_torn_write(tmp_path: Path) -> None:
    path = tmp_path / "dixa.duckdb.mirror.jsonl"
    first = LocalDirtySet(path)
    await first.open()
    await first.mark([11, 12])
    await first.clear([m for m in await first.pending() if m.csid == 11])
    await first.aclose()
    with path.open("ab") as fh:
        fh.write(b'{"mark":13,"se')  # a crash in the middle of a write
    again = LocalDirtySet(path)
    await again.open()
    assert [m.csid for m in await again.pending()] == [12]
    await again.mark([14])
    assert [m.csid for m in await again.pending()] == [12, 14]
    await again.aclose()
    assert b'"mark":13' not in path.read_bytes()


async def test_the_local_log_refuses_damage_and_a_second_mirror(tmp_path: Path) -> None:
    path = tmp_path / "dixa.duckdb.mirror.jsonl"
    holder = LocalDirtySet(path)
    await holder.open()
    await holder.mark([5])
    with pytest.raises(JobError, match="in use by another running job"):
        await LocalDirtySet(path).open()
    await holder.aclose()

    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0], '{"mark": "five", "seq": 9}', *lines[1:]]) + "\n")
    before = path.read_bytes()
    with pytest.raises(JobError, match=r"corrupt at line 2: a mark needs integer"):
        await LocalDirtySet(path).open()
    assert path.read_bytes() == before  # nothing changed

    other = tmp_path / "not-a-log.jsonl"
    other.write_text('{"format": 2, "kind": "dixa-async sync state"}\n')
    with pytest.raises(JobError, match="is not a mirror dirty log"):
        await LocalDirtySet(other).open()


async def test_the_local_log_is_compacted_without_losing_a_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dirty_module, "_COMPACT_AFTER", 10)
    path = tmp_path / "dixa.duckdb.mirror.jsonl"
    log = LocalDirtySet(path)
    await log.open()
    await log.mark([100])
    for csid in range(20):
        await log.mark([csid])
        await log.clear([m for m in await log.pending() if m.csid == csid])
    await log.aclose()
    assert len(path.read_text().splitlines()) < 12  # rewritten, not 42 lines
    again = LocalDirtySet(path)
    await again.open()
    assert [m.csid for m in await again.pending()] == [100]
    await again.aclose()


async def test_the_redis_set_is_shared_and_one_merger_leads(redis_url: str) -> None:
    receiver = RedisDirtySet(redis_url, "shared-mirror")
    merger = RedisDirtySet(redis_url, "shared-mirror")
    standby = RedisDirtySet(redis_url, "shared-mirror")
    other_mirror = RedisDirtySet(redis_url, "another-mirror")
    for member in (receiver, merger, standby, other_mirror):
        await member.open()
    try:
        await receiver.mark([42])
        assert [m.csid for m in await merger.pending()] == [42]
        assert await other_mirror.count() == 0
        await merger.clear(await merger.pending())
        assert await receiver.count() == 0

        assert await merger.hold_merger_lease(300) is True
        assert await standby.hold_merger_lease(300) is False
        assert await merger.hold_merger_lease(300) is True  # renewed by its holder
        await asyncio.sleep(0.4)  # the merger died: its lease runs out
        assert await standby.hold_merger_lease(300) is True
        assert await merger.hold_merger_lease(300) is False
    finally:
        for member in (receiver, merger, standby, other_mirror):
            await member.aclose()


async def test_a_redis_that_does_not_answer_is_a_configuration_error() -> None:
    from dixa_async import ConfigurationError

    unreachable = RedisDirtySet(f"redis://127.0.0.1:{free_port()}/0", "nobody", timeout=0.5)
    with pytest.raises(ConfigurationError, match="does not answer"):
        await unreachable.open()
    assert "password" not in repr(RedisDirtySet("redis://:password@127.0.0.1:1/0", "x"))


@pytest.fixture(scope="module")
def fake() -> FakeDixa:
    return new_fake()


@pytest.fixture(scope="module")
def url(fake: FakeDixa) -> Iterator[str]:
    with run_fake_server(fake) as served:
        yield served


async def test_two_receivers_feed_one_merger_through_redis(
    url: str, fake: FakeDixa, redis_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Behind a load balancer (here: Dixa delivers to receiver A; a delivery also reaches
    receiver B), both receivers mark the shared set and the one merger merges; a second
    merger stands by, neither loading nor merging, until the first stops."""
    monkeypatch.setattr(mirror_module, "_LEASE_MS", 1500)  # renewed every 0.5 s
    port_a, port_b = free_port(), free_port()
    public_url = f"http://127.0.0.1:{port_a}/hooks"
    database = tmp_path / "shared.duckdb"
    merges: list[MergeReport] = []

    def member(role: Literal["merger", "receiver"], port: int, **options: Any) -> Mirror:
        return Mirror(
            role=role,
            public_url=public_url,
            listen=f"127.0.0.1:{port}",
            dirty=RedisDirtySet(redis_url, "load-balanced"),
            since=dt.date.fromisoformat(SINCE),
            duckdb=database,
            batch_delay=0.05,
            full_every=None,
            deliveries_every=None,
            **options,
            **client_options(url),
        )

    merger = member("merger", free_port(), on_merge=merges.append)
    standby_merges: list[MergeReport] = []
    standby = member("merger", free_port(), on_merge=standby_merges.append)
    receivers = [member("receiver", port_a), member("receiver", port_b)]
    tasks = [asyncio.create_task(merger.run())]
    try:
        await asyncio.wait_for(merger.started.wait(), 30)  # it creates the subscription
        tasks.append(asyncio.create_task(standby.run()))
        await asyncio.wait_for(standby.started.wait(), 30)
        tasks += [asyncio.create_task(r.run()) for r in receivers]
        for receiver in receivers:
            await asyncio.wait_for(receiver.started.wait(), 30)
        with pytest.raises(RuntimeError, match="not listening"):
            merger.port  # noqa: B018 - the merger does not listen

        by_a, by_b = sorted(c for c, v in fake.store.conversations.items() if v.state != "Closed")[
            :2
        ]
        async with sdk(url) as dixa:
            await dixa.conversations.close(by_a)  # delivered by the fake to receiver A
        secret = next(
            s["secretKey"] for s in fake.store.webhooks.values() if s["url"] == public_url
        )
        body = closed_payload(by_b)
        async with httpx.AsyncClient() as http:
            answer = await http.post(
                f"http://127.0.0.1:{port_b}/hooks",
                content=body,
                headers={"X-DIXA-SIGNATURE": sign(body, secret)},
            )
        assert answer.status_code == 200

        deadline = time.monotonic() + 30
        while {by_a, by_b} - {c for m in merges for c in m.csids}:
            assert time.monotonic() < deadline, f"not merged: {merges}"
            await asyncio.sleep(0.05)
        assert [r.stats.events for r in receivers] == [1, 1]
        assert merger.stats.events == 0
        assert await receivers[0].dirty.count() == 0
        assert (standby.stats.loads, standby_merges) == (0, [])

        # The merger stops (and gives its lease back): the standby loads and merges.
        merger.stop()
        await tasks[0]
        async with sdk(url) as dixa:
            await dixa.conversations.close(by_b)
        deadline = time.monotonic() + 30
        while by_b not in {c for m in standby_merges for c in m.csids}:
            assert time.monotonic() < deadline, "the standby merger did not take over"
            await asyncio.sleep(0.05)
        assert standby.stats.loads == 1
    finally:
        for running_member in (*receivers, merger, standby):
            running_member.stop()
        await asyncio.gather(*tasks)
