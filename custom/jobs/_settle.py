"""Telling this job's write from an older one when settling an item left in doubt.

A look-up (`Task.settle`) finds entities that match an item - notes with its text, contacts
with its email - and must decide whether one of them is the item's own write. Only an entity
stamped (by Dixa's clock) more than `clock_skew` seconds after the item was recorded
`started` (by this machine's clock) can be; one stamped more than `clock_skew` before is
someone else's and is ignored; one in between cannot be told apart, so the item stays in
doubt (`StillInDoubt`). Without a start time (a checkpoint of an earlier version), any match
leaves it in doubt. An entity settles at most one item: ids already accounted for in the run
(`Context.claimed`) are skipped.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dixa_async._core._errors import JobError

__all__ = ["CLOCK_SKEW", "Context", "StillInDoubt", "choose", "find_note"]

CLOCK_SKEW = 2.0
"""Seconds by which this machine's clock and Dixa's are assumed to differ at most."""


class StillInDoubt(JobError):
    """A look-up cannot tell whether the write took effect; the item stays in doubt."""


@dataclass
class Context:
    """When the item was started (None: not recorded), the ids already accounted for in this
    run, and the clock skew allowed."""

    started_at: float | None
    claimed: set[str] = field(default_factory=set)
    clock_skew: float = CLOCK_SKEW


def _stamp(value: object) -> float | None:
    if isinstance(value, datetime.datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)
        return aware.timestamp()
    return None


def choose(candidates: Iterable[Any], context: Context, what: str) -> Any | None:
    """The candidate (with `id` and `created_at`) this item's write made, or None when none
    of them can be (the write did not land).

    Raises:
        StillInDoubt: a candidate may be the item's write or an older one.
    """
    left = [c for c in candidates if str(getattr(c, "id", "")) not in context.claimed]
    if not left:
        return None
    start, skew = context.started_at, context.clock_skew
    if start is None:
        raise StillInDoubt(
            f"{len(left)} matching {what} found, and the checkpoint does not say when this "
            "record was started (written by an earlier version, or a back-dated note), so an "
            "older one cannot be told from this job's: check by hand"
        )
    near: list[str] = []
    for candidate in left:
        stamp = _stamp(getattr(candidate, "created_at", None))
        if stamp is not None and stamp > start + skew:
            return candidate
        # Stamps may be cut to the second: the moment itself may be up to 1 s later.
        if stamp is None or stamp + 1.0 >= start - skew:
            near.append(str(getattr(candidate, "created_at", "no time")))
    if near:
        raise StillInDoubt(
            f"a matching {what[:-1]} was created at {near[0]}, within {skew:g} s of when this "
            "record was started: it may be older than this job (check by hand)"
        )
    return None  # every match is older than the job: this write did not land


async def find_note(
    client: Any, conversation_id: Any, message: object, author: object, context: Context
) -> Any | None:
    """The note this item's `internal_notes.create` wrote, if it landed (see `choose`): same
    text, and by `author` when given."""
    answer = await client.internal_notes.list(conversation_id)
    notes = answer if isinstance(answer, list) else (getattr(answer, "data", None) or [])
    matching = [
        n
        for n in notes
        if getattr(n, "message", None) == message
        and (author is None or str(getattr(n, "author_id", "")) == str(author))
    ]
    return choose(matching, context, "notes")
