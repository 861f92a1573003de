"""Settling a record left in doubt: a read that tells whether its write took effect after all.

Which read settles which write is data in the spec (`x-dixa-settled-by`, emitted into the
operation table as `Operation.settled_by`); this module holds how each read is asked and
read. A look-up answers one of three things:

* found - the write took effect: the record is `ok`, with the entity found as its response;
* not found - it did not: the record is sent again (safe: nothing of it is in Dixa);
* cannot tell - it raises `StillInDoubt` and the record stays `in_doubt`, saying why.

Only an entity this job could have written settles a record: one stamped (by Dixa's clock)
more than `clock_skew` seconds after the record was recorded `started` (by this machine's
clock). A matching entity from before the job - the same note text already in the
conversation, a contact that already had the email - never does: if it is older than the
start by more than `clock_skew` it is ignored (the write is then known not to have landed
if nothing newer matches), and if it falls within `clock_skew` of the start the record stays
in doubt. A record whose start time the checkpoint does not hold (written by an earlier
version) and that matches anything stays in doubt. Where the record names the note's author
(`agentId`), only that author's notes match. An entity settles at most one record, and
never one this run itself created.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from dixa_async._core._errors import JobError

from ._calls import jsonable
from ._records import Request
from ._results import JsonResponse

__all__ = ["CLOCK_SKEW", "Found", "Settle", "StillInDoubt", "identity_of", "settle_read"]

CLOCK_SKEW = 2.0
"""Seconds by which this machine's clock and Dixa's are assumed to differ at most."""


class StillInDoubt(JobError):
    """The look-up cannot tell whether the write took effect; the record stays in doubt."""


@dataclass(frozen=True)
class Found:
    """The write took effect: the entity it made, as JSON, and its id."""

    response: JsonResponse
    id: str


@dataclass
class Context:
    """What a look-up needs besides the record: when it was started, the entity ids already
    accounted for in this run (created by it, or settling another record), the skew."""

    started_at: float | None
    claimed: set[str]
    clock_skew: float


Settle = Callable[[Any, Request, Context], Awaitable[Found | None]]


def _stamp(value: object) -> float | None:
    if isinstance(value, datetime.datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)
        return aware.timestamp()
    return None


def _choose(candidates: Iterable[Any], context: Context, what: str) -> Any | None:
    """The candidate this job's write made, None if none of them can be, or StillInDoubt."""
    left = [c for c in candidates if str(getattr(c, "id", "")) not in context.claimed]
    if not left:
        return None
    start, skew = context.started_at, context.clock_skew
    if start is None:
        raise StillInDoubt(
            f"{len(left)} {what} match it, and the checkpoint (written by an earlier version) "
            "does not say when this record was started, so an older one cannot be told from "
            "this job's: check by hand"
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


async def _notes(client: Any, request: Request, context: Context) -> Found | None:
    body = request.body_json if isinstance(request.body_json, dict) else {}
    wanted, author = body.get("message"), body.get("agentId")
    if body.get("createdAt") is not None:
        # A back-dated note carries the time it was given, not when it was written.
        context = Context(None, context.claimed, context.clock_skew)
    answer = await client.internal_notes.list(request.path["conversation_id"])
    notes = answer if isinstance(answer, list) else (getattr(answer, "data", None) or [])
    matching = [
        n
        for n in notes
        if getattr(n, "message", None) == wanted
        and (author is None or str(getattr(n, "author_id", "")) == str(author))
    ]
    chosen = _choose(matching, context, "notes")
    return None if chosen is None else Found(jsonable(chosen), str(chosen.id))


# The end-user fields a contact can be looked up by, with `end_users.list`'s parameter.
_USER_LOOKUPS = (("externalId", "external_id"), ("email", "email"), ("phoneNumber", "phone"))


async def _end_users(client: Any, request: Request, context: Context) -> Found | None:
    body = request.body_json if isinstance(request.body_json, dict) else {}
    given = [(parameter, body[field]) for field, parameter in _USER_LOOKUPS if body.get(field)]
    if not given or not isinstance(given[0][1], str):
        raise StillInDoubt(
            "the record has no externalId, email or phoneNumber to look the end user up by: "
            "check by hand"
        )
    parameter, value = given[0]
    found = [user async for user in client.end_users.list(**{parameter: value})]
    chosen = _choose(found, context, "end users")
    return None if chosen is None else Found(jsonable(chosen), str(chosen.id))


_READS: dict[str, Settle] = {
    "internal_notes.list": _notes,
    "end_users.list": _end_users,
}


def settle_read(settled_by: str | None) -> Settle | None:
    """How to ask the read `settled_by` names (None: no read, or none this module knows)."""
    return None if settled_by is None else _READS.get(settled_by)


def identity_of(request: Request) -> tuple[Any, ...]:
    """What a look-up matches on for `request`: records sharing it are sent and looked up
    one at a time, so that a look-up never mistakes a sibling's fresh write for its own."""
    body = request.body_json if isinstance(request.body_json, dict) else {}
    if "message" in body:
        return ("note", request.path.get("conversation_id"), body.get("message"))
    for field, _ in _USER_LOOKUPS:
        value = body.get(field)
        if isinstance(value, str) and value:
            return ("user", field, value)
    return ("key", request.key.split("#", 1)[0])
