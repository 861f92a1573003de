"""Ready-made job operations over `DixaClient`, each marked with what is safe to repeat.

What is safe comes from the operation table (the spec), never typed here: idempotent ones
(tag, untag, close) simply run again when a crash left them in doubt; `add_internal_note`
is not idempotent, so it looks for its own note before re-sending (`_settle`); the
anonymisations are destructive, so `run_job` runs them only with `confirm=True`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict

from dixa_async._core._client import DixaClient

from dixa_async.models import CreateInternalNoteInput
from dixa_async.operations import operation

from ._engine import Task
from ._settle import CLOCK_SKEW, Context, find_note

__all__ = [
    "add_internal_note",
    "anonymize_conversation",
    "anonymize_end_user",
    "close_conversation",
    "tag_conversation",
    "untag_conversation",
]


class _Flags(TypedDict):
    idempotent: bool
    destructive: bool


def _flags(qualified_name: str) -> _Flags:
    """The job flags of the API operation a job operation calls, as the spec states them."""
    op = operation(qualified_name)
    return {"idempotent": op.idempotent, "destructive": op.destructive}


def tag_conversation(tag_id: str) -> Task[DixaClient, int]:
    """Put tag `tag_id` on each conversation (`tags.tag`, a PUT: idempotent)."""

    async def run(dixa: DixaClient, conversation_id: int) -> None:
        await dixa.tags.tag(conversation_id, tag_id)

    return Task(fn=run, name=f"tag:{tag_id}", **_flags("tags.tag"))


def untag_conversation(tag_id: str) -> Task[DixaClient, int]:
    """Remove tag `tag_id` from each conversation (`tags.untag`, a DELETE: idempotent)."""

    async def run(dixa: DixaClient, conversation_id: int) -> None:
        await dixa.tags.untag(conversation_id, tag_id)

    return Task(fn=run, name=f"untag:{tag_id}", **_flags("tags.untag"))


def close_conversation(*, user_id: str | None = None) -> Task[DixaClient, int]:
    """Close each conversation (`conversations.close`, a PUT: idempotent)."""

    async def run(dixa: DixaClient, conversation_id: int) -> None:
        await dixa.conversations.close(conversation_id, user_id=user_id)

    return Task(fn=run, name="close", **_flags("conversations.close"))


def add_internal_note(
    message: str | Callable[[int], str],
    *,
    agent_id: str | None = None,
    clock_skew: float = CLOCK_SKEW,
) -> Task[DixaClient, int]:
    """Add an internal note to each conversation (POST: not idempotent).

    An item left in doubt (dropped connection, 5xx, crash in flight) is resolved on resume by
    listing the conversation's notes and looking for this exact message (by `agent_id` when
    given) stamped more than `clock_skew` seconds after the item was started: an older note
    with the same text never counts (the note is sent), one within `clock_skew` of the start
    leaves the item in doubt (see `_settle`).
    """

    def text(conversation_id: int) -> str:
        return message(conversation_id) if callable(message) else message

    async def run(dixa: DixaClient, conversation_id: int) -> None:
        body = CreateInternalNoteInput(message=text(conversation_id))
        if agent_id is not None:
            body.agent_id = agent_id
        await dixa.internal_notes.create(conversation_id, body=body)

    claimed: set[str] = set()

    async def settle(dixa: DixaClient, conversation_id: int, started_at: float | None) -> bool:
        context = Context(started_at, claimed, clock_skew)
        note = await find_note(dixa, conversation_id, text(conversation_id), agent_id, context)
        if note is None:
            return False
        claimed.add(str(note.id))
        return True

    return Task(
        fn=run,
        name="add_internal_note",
        settle=settle,
        started_on_send=True,
        **_flags("internal_notes.create"),
    )


def anonymize_conversation(*, force: bool = False) -> Task[DixaClient, int]:
    """Request anonymisation of each conversation. Destructive and irreversible."""

    async def run(dixa: DixaClient, conversation_id: int) -> None:
        await dixa.anonymization.anonymize_conversation(conversation_id, force=force, confirm=True)

    return Task(
        fn=run,
        name="anonymize_conversation",
        **_flags("anonymization.anonymize_conversation"),
    )


def anonymize_end_user(*, force: bool = False) -> Task[DixaClient, str]:
    """Request anonymisation of each end user (by id). Destructive and irreversible."""

    async def run(dixa: DixaClient, user_id: str) -> None:
        await dixa.anonymization.anonymize_end_user(user_id, force=force, confirm=True)

    return Task(fn=run, name="anonymize_end_user", **_flags("anonymization.anonymize_end_user"))
