"""1,000 non-idempotent writes through a hostile fake Dixa: every item accounted for once.

Faults: 10% injected 5xx, 5% dropped connections (half before, half after the write was
processed), 429 storms. The client's limiter is off and its backoff is zero, so this runs in
about a second; pacing itself is covered by the done-when test against the real server.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import httpx
from dixa_async.jobs import JobReport, OutcomeStatus, Progress, Task, run_job
from dixa_async.testing import FakeDixa

from dixa_async import DixaClient, RetryPolicy
from dixa_async.models import CreateInternalNoteInput

NOTE_ROUTE = "POST /v1/conversations/{conversationId}/notes"
ITEMS = 1000


def marker(conversation_id: int) -> str:
    return f"chaos-note-{conversation_id}"


async def add_note(dixa: DixaClient, conversation_id: int) -> None:
    body = CreateInternalNoteInput(message=marker(conversation_id))
    await dixa.internal_notes.create(conversation_id, body=body)


async def note_exists(dixa: DixaClient, conversation_id: int) -> bool:
    notes = await dixa.internal_notes.list(conversation_id)
    return any(note.message == marker(conversation_id) for note in notes or [])


ADD_NOTE = Task(fn=add_note, name="chaos-notes", verify=note_exists)


def notes_in_store(fake: FakeDixa) -> Counter[int]:
    found: Counter[int] = Counter()
    for conversation in fake.store.conversations.values():
        for note in fake.store.notes_of(conversation):
            if note.get("message") == marker(conversation.id):
                found[conversation.id] += 1
    return found


def client_for(fake: FakeDixa) -> DixaClient:
    return DixaClient(
        "chaos-token",
        base_url="http://fake-dixa",
        transport=httpx.ASGITransport(app=fake),
        rate_limit=None,
        retry=RetryPolicy(max_retries=6, base_delay=0.0, max_delay=0.0),
    )


def assert_store_matches(report: JobReport, store: Counter[int]) -> None:
    assert max(store.values(), default=0) <= 1, "a note was written twice"
    for outcome in report.outcomes:
        applied = store[int(outcome.key)]
        if outcome.status is OutcomeStatus.OK:
            assert applied == 1, outcome
        elif outcome.status is OutcomeStatus.FAILED and not outcome.in_doubt:
            assert applied == 0, outcome  # a definite failure left nothing behind
    unknown = [o for o in report.outcomes if o.in_doubt]
    assert sum(store.values()) == report.succeeded + sum(store[int(o.key)] for o in unknown)


async def test_chaos_every_write_accounted_for_exactly_once(tmp_path: Path) -> None:
    fake = FakeDixa(seed=7, conversations=ITEMS, rate_limit=None)
    ids = sorted(fake.store.conversations)[:ITEMS]
    fake.inject_errors(0.10, route=NOTE_ROUTE)
    fake.drop_connections(0.025, route=NOTE_ROUTE)
    fake.drop_connections(0.025, route=NOTE_ROUTE, after_processing=True)
    fake.throttle(0.05)
    storms = 0

    def storm(progress: Progress) -> None:
        nonlocal storms
        if progress.done // 200 > storms:  # a burst of 429s every 200 items
            storms += 1
            fake.rate_limit_storm(25)

    checkpoint = tmp_path / "notes.jsonl"
    async with client_for(fake) as dixa:
        first = await run_job(
            dixa, ids, ADD_NOTE, concurrency=16, checkpoint=checkpoint, on_progress=storm
        )

    # Every item has exactly one outcome, and the store agrees with it.
    assert first.total == ITEMS
    assert sorted(int(o.key) for o in first.outcomes) == ids
    assert first.succeeded + first.failed == ITEMS
    assert first.failed > 0
    assert first.in_doubt > 0
    assert first.rate_limited is not None
    assert first.rate_limited > 0
    assert storms >= 3
    assert_store_matches(first, notes_in_store(fake))
    # Writes the fake processed == notes in the store: nothing was replayed blindly.
    processed = [
        op for op in fake.operations if f"{op.method} {op.route}" == NOTE_ROUTE and op.status < 300
    ]
    assert len(processed) == sum(notes_in_store(fake).values())

    # The re-run verifies what was in doubt and writes only what is missing.
    fake.clear_faults()
    async with client_for(fake) as dixa:
        second = await run_job(dixa, ids, ADD_NOTE, concurrency=16, checkpoint=checkpoint)
    assert second.failed == 0
    assert second.skipped == first.succeeded
    assert second.succeeded == ITEMS - first.succeeded
    assert notes_in_store(fake) == Counter(dict.fromkeys(ids, 1))
