"""Settling a record left in doubt: a read that tells whether its write took effect after all.

Which read settles which write is data in the spec (`x-dixa-settled-by`, emitted into the
operation table as `Operation.settled_by`); this module holds how each read is asked and
read. A look-up answers one of three things:

* found - the write took effect: the record is `ok`, with the entity found as its response;
* not found - it did not: the record is sent again (safe: nothing of it is in Dixa);
* cannot tell - it raises `StillInDoubt` and the record stays `in_doubt`, saying why.

Only an entity this job could have written settles a record (the time rule of
`dixa_async.jobs._settle`): a matching note or contact from before the job never does.
Where the record names the note's author (`agentId`), only that author's notes match. An
entity settles at most one record, and never one this run itself created.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from dixa_async.jobs._settle import Context, StillInDoubt, choose, find_note

from ._calls import jsonable
from ._records import Request
from ._results import JsonResponse

__all__ = ["Found", "Settle", "identity_of", "settle_read"]


@dataclass(frozen=True)
class Found:
    """The write took effect: the entity it made, as JSON, and its id."""

    response: JsonResponse
    id: str


Settle = Callable[[Any, Request, Context], Awaitable[Found | None]]


def _found(entity: Any | None) -> Found | None:
    return None if entity is None else Found(jsonable(entity), str(entity.id))


async def _notes(client: Any, request: Request, context: Context) -> Found | None:
    body = request.body_json if isinstance(request.body_json, dict) else {}
    if body.get("createdAt") is not None:
        # A back-dated note carries the time it was given, not when it was written.
        context = Context(None, context.claimed, context.clock_skew)
    note = await find_note(
        client, request.path["conversation_id"], body.get("message"), body.get("agentId"), context
    )
    return _found(note)


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
    return _found(choose(found, context, "end users"))


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
