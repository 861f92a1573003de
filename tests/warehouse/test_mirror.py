"""`dixa_async.warehouse.Mirror` in Python against a fake Dixa served on 127.0.0.1 and a real
DuckDB file: what its receiver accepts and refuses, and its two safety nets - the
delivery-log check and the scheduled load - catching up changes whose delivery failed."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import threading
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _load_support import client_options, sdk
from _mirror_support import SINCE, closed_payload, free_port, new_fake, read
from dixa_async.testing import FakeDixa, run_fake_server
from dixa_async.warehouse import LocalDirtySet, MergeReport, Mirror, load
from dixa_async.warehouse import _mirror as mirror_module
from dixa_async.warehouse._load import open_pipeline
from dixa_async.warehouse._mirror_merge import changes_source, fetch_changes, merge_changes
from dixa_async.webhooks import sign

TIMEOUT = 30.0
# dlt (1.31) calls the deprecated `Logger.warn` when a load is retried after a failed one.
pytestmark = pytest.mark.filterwarnings("ignore:The 'warn' method is deprecated:DeprecationWarning")


@pytest.fixture(scope="module")
def fake() -> FakeDixa:
    return new_fake()


@pytest.fixture(scope="module")
def url(fake: FakeDixa) -> Iterator[str]:
    with run_fake_server(fake) as served:
        yield served


_TAKEN: set[int] = set()


def open_conversation(fake: FakeDixa) -> int:
    """An open conversation no other test of this module has used."""
    for csid, conversation in sorted(fake.store.conversations.items()):
        if conversation.state != "Closed" and csid not in _TAKEN:
            _TAKEN.add(csid)
            return csid
    raise AssertionError("no open conversation left")


class Running:
    """A started mirror and what it reported."""

    def __init__(self, mirror: Mirror, merges: list[MergeReport], database: Path) -> None:
        self.mirror = mirror
        self.merges = merges
        self.database = database

    def merged(self) -> set[int]:
        return {csid for merge in self.merges for csid in merge.csids}

    async def wait_for_merge(self, csid: int) -> None:
        deadline = time.monotonic() + TIMEOUT
        while csid not in self.merged():
            assert time.monotonic() < deadline, f"{csid} not merged within {TIMEOUT} s"
            await asyncio.sleep(0.05)

    def status(self, csid: int) -> list[tuple[Any, ...]] | None:
        return read(self.database, "select status from dixa_data.conversations where id = ?", csid)


@contextlib.asynccontextmanager
async def running(url: str, database: Path, **options: Any) -> AsyncIterator[Running]:
    merges: list[MergeReport] = []
    options.setdefault("listen", f"127.0.0.1:{free_port()}")
    options.setdefault("public_url", f"http://{options['listen']}/hooks")
    mirror = Mirror(
        since=dt.date.fromisoformat(SINCE),
        duckdb=database,
        batch_delay=0.05,
        on_merge=merges.append,
        **options,
        **client_options(url),
    )
    task = asyncio.create_task(mirror.run())
    started = asyncio.create_task(mirror.started.wait())
    await asyncio.wait([task, started], timeout=TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()
    assert mirror.started.is_set()
    try:
        yield Running(mirror, merges, database)
    finally:
        mirror.stop()
        await asyncio.wait_for(task, TIMEOUT)


async def close(url: str, csid: int) -> None:
    async with sdk(url) as dixa:
        await dixa.conversations.close(csid)


async def test_a_bad_signature_is_401_and_changes_nothing(
    url: str, fake: FakeDixa, tmp_path: Path
) -> None:
    csid = open_conversation(fake)
    database = tmp_path / "live.duckdb"
    async with running(url, database, full_every=None, deliveries_every=None) as live:
        public_url = live.mirror.public_url
        secret = next(
            s["secretKey"] for s in fake.store.webhooks.values() if s["url"] == public_url
        )
        body = closed_payload(csid)
        other_secret = "ab" * 32
        async with httpx.AsyncClient() as http:
            refused = [
                await http.post(public_url, content=body),  # no signature
                await http.post(
                    public_url, content=body, headers={"X-DIXA-SIGNATURE": sign(body, other_secret)}
                ),
                await http.post(  # signed, then altered
                    public_url,
                    content=body.replace(b'"Acme"', b'"Evil"'),
                    headers={"X-DIXA-SIGNATURE": sign(body, secret)},
                ),
            ]
            assert [r.status_code for r in refused] == [401, 401, 401]
            await asyncio.sleep(0.5)  # ten times the batch delay: a merge would have run
            assert live.mirror.stats.rejected == 3
            assert live.mirror.stats.events == 0
            assert await live.mirror.dirty.count() == 0
            assert live.merges == []
            assert live.status(csid) == []
            log = database.with_name(database.name + ".mirror.jsonl")
            assert len(log.read_text().splitlines()) == 1  # the header alone

            accepted = await http.post(
                public_url, content=body, headers={"X-DIXA-SIGNATURE": sign(body, secret)}
            )
            assert accepted.status_code == 200
        # The delivery said "closed" but the mirror takes nothing from it except the csid:
        # the row is the export's (still open in the fake).
        await live.wait_for_merge(csid)
        [(status,)] = live.status(csid) or [("missing",)]
        assert status not in ("closed", "missing")
        assert live.mirror.stats.events == 1


async def test_failed_deliveries_found_in_the_delivery_logs_are_merged(
    url: str, fake: FakeDixa, tmp_path: Path
) -> None:
    csid = open_conversation(fake)
    listen = f"127.0.0.1:{free_port()}"
    # Dixa delivers to a URL where nothing answers (the mirror was down, say): every
    # delivery fails and is logged as failed.
    dead = f"http://127.0.0.1:{free_port()}/hooks"
    async with running(
        url,
        tmp_path / "live.duckdb",
        listen=listen,
        public_url=dead,
        full_every=None,
        deliveries_every=dt.timedelta(seconds=0.3),
    ) as live:
        await close(url, csid)
        await live.wait_for_merge(csid)
        assert live.status(csid) == [("closed",)]
        assert live.mirror.stats.events == 0
        assert live.mirror.stats.failed_deliveries == 1
        subscription = live.mirror.subscription_id
        assert subscription is not None
        logged = fake.store.deliveries[(subscription, "ConversationClosed")]
        assert [entry["deliveryDetail"]["success"] for entry in logged] == [False]
        # Read again at the next check, the same failure is not marked twice.
        merges = len(live.merges)
        await asyncio.sleep(1.0)
        assert live.mirror.stats.failed_deliveries == 1
        assert len(live.merges) == merges


async def test_the_scheduled_load_catches_up_what_no_delivery_told(
    url: str, fake: FakeDixa, tmp_path: Path
) -> None:
    csid = open_conversation(fake)
    dead = f"http://127.0.0.1:{free_port()}/hooks"
    async with running(
        url,
        tmp_path / "live.duckdb",
        public_url=dead,
        full_every=dt.timedelta(seconds=0.5),
        deliveries_every=None,
    ) as live:
        loads = live.mirror.stats.loads
        await close(url, csid)
        # A load that started before the change may have missed it; the one after it not.
        # The file is read once the mirror is stopped: in one process, a read while dlt has
        # the file open would fail that load (it is retried at the next interval).
        deadline = time.monotonic() + TIMEOUT
        while live.mirror.stats.loads < loads + 2:
            assert time.monotonic() < deadline, "no scheduled load ran"
            await asyncio.sleep(0.05)
        assert live.merges == []
    assert live.status(csid) == [("closed",)]


async def test_marks_left_by_a_previous_run_are_merged_first(
    url: str, fake: FakeDixa, tmp_path: Path
) -> None:
    csid = open_conversation(fake)
    database = tmp_path / "live.duckdb"
    log = LocalDirtySet(database.with_name(database.name + ".mirror.jsonl"))
    await log.open()
    await log.mark([csid])
    await log.aclose()
    async with running(url, database, full_every=None, deliveries_every=None) as live:
        await live.wait_for_merge(csid)
        assert live.merges[0].lag_seconds > 0
        assert await live.mirror.dirty.count() == 0


async def test_a_second_mirror_on_the_same_database_is_refused(url: str, tmp_path: Path) -> None:
    database = tmp_path / "live.duckdb"
    async with running(url, database, full_every=None, deliveries_every=None):
        second = Mirror(
            since=dt.date.fromisoformat(SINCE),
            duckdb=database,
            listen=f"127.0.0.1:{free_port()}",
            public_url="http://127.0.0.1:9/other",
            **client_options(url),
        )
        with pytest.raises(Exception, match="in use by another running job"):
            await second.run()


async def test_a_merge_after_one_that_did_not_finish_writes_both(
    url: str, fake: FakeDixa, tmp_path: Path
) -> None:
    """dlt's `run` loads what an earlier run left pending *instead of* the data it is given;
    a merge must not report success with its own conversations left out."""
    database = tmp_path / "live.duckdb"
    await asyncio.to_thread(
        load, dt.date.fromisoformat(SINCE), duckdb=database, **client_options(url)
    )
    first, second = open_conversation(fake), open_conversation(fake)
    async with sdk(url) as dixa:
        await dixa.conversations.close(first)
        earlier = await fetch_changes(dixa, [first])
        await dixa.conversations.close(second)
        later = await fetch_changes(dixa, [second])
    # The earlier merge was extracted and normalised, then its process died before loading.
    interrupted = open_pipeline(duckdb=database).pipeline
    interrupted.extract(changes_source(earlier))
    interrupted.normalize()
    assert interrupted.has_pending_data

    await asyncio.to_thread(merge_changes, open_pipeline(duckdb=database), later)

    statuses = read(
        database,
        "select id, status from dixa_data.conversations where id in (?, ?) order by id",
        first,
        second,
    )
    assert statuses == sorted([(first, "closed"), (second, "closed")])
    assert not open_pipeline(duckdb=database).pipeline.has_pending_data


async def test_stop_while_a_merge_is_writing_finishes_it(
    url: str, fake: FakeDixa, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    csid = open_conversation(fake)
    writing = threading.Event()

    def slow_merge(opened: Any, changes: Any) -> None:
        writing.set()
        time.sleep(1.0)  # stop() arrives while the rows are being written
        merge_changes(opened, changes)

    monkeypatch.setattr(mirror_module, "merge_changes", slow_merge)
    database = tmp_path / "live.duckdb"
    async with running(url, database, full_every=None, deliveries_every=None) as live:
        await close(url, csid)
        assert await asyncio.to_thread(writing.wait, TIMEOUT)
        live.mirror.stop()
    # Stopped after the write began: it was finished, reported and cleared, not abandoned.
    assert live.merged() == {csid}
    assert await live.mirror.dirty.count() == 0
    assert live.status(csid) == [("closed",)]


async def test_the_status_line_tells_events_dirty_merged_and_lag(
    url: str, fake: FakeDixa, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mirror_module, "_STATUS_SECONDS", 0.1)
    csid = open_conversation(fake)
    notes: list[str] = []
    async with running(
        url, tmp_path / "live.duckdb", full_every=None, deliveries_every=None, on_note=notes.append
    ) as live:
        await close(url, csid)
        await live.wait_for_merge(csid)
        deadline = time.monotonic() + TIMEOUT
        while not any("merged 1 in 1 merges" in note for note in notes):
            assert time.monotonic() < deadline, notes
            await asyncio.sleep(0.05)
    status = [note for note in notes if note.startswith("status: ")]
    assert status[-1].startswith("status: events 1 (rejected 0), dirty 0, merged 1 in 1 merges")
    assert "last lag " in status[-1]
    assert len(status) == len(set(status))  # told when it changed, not every tick
