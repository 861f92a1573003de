"""The bulk operations of `dixa-async bulk`: input rows -> job items -> `Operation`s.

Rows are validated before anything is sent (a bad row is a usage error naming its line);
what Dixa refuses for one item is that item's failure, reported and counted, not a crash.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from dixa_async.models.create_end_user_input import CreateEndUserInput
from dixa_async.models.create_internal_note_input import CreateInternalNoteInput
from dixa_async.models.patch_end_user_input import PatchEndUserInput
from dixa_async.types import UNSET

from .._client import DixaClient
from .._errors import ConfigurationError
from ..jobs import Operation
from ._inputs import InputError
from ._query import resolve_tags

__all__ = ["Item", "prepare"]

_CONVERSATION_COLUMNS = ("conversation_id", "id", "csid", "conversation")
_END_USER_FIELDS = (
    "external_id", "email", "phone_number", "display_name", "first_name", "last_name",
    "avatar_url",
)  # fmt: skip
_END_USER_ALIASES = {"phone": "phone_number", "name": "display_name"}


@dataclass(frozen=True)
class Item:
    """One row of the input, validated for its operation. `key` identifies it in the
    checkpoint and the report (the conversation id, or `id/tag` for tagging)."""

    key: str
    line: int
    conversation_id: int = 0
    tag_id: str = ""
    text: str = ""
    user_id: str = ""
    fields: Mapping[str, str] = field(default_factory=dict)


Rows = list[dict[str, str]]
Fn = Callable[[DixaClient, Item], Awaitable[object]]


def _conversation_id(row: Mapping[str, str], line: int) -> int:
    for column in _CONVERSATION_COLUMNS:
        value = row.get(column, "")
        if value:
            try:
                return int(value)
            except ValueError:
                raise InputError(
                    f"line {line}: conversation id {value!r} is not a number"
                ) from None
    raise InputError(
        f"line {line}: no conversation id (columns: {', '.join(_CONVERSATION_COLUMNS)})"
    )


def _line(index: int) -> int:
    return index + 2  # 1-based, after a header row (close enough for JSON lines too)


async def _tagging(
    client: DixaClient, rows: Rows, tag_name: str | None, *, create: bool
) -> list[Item]:
    names: dict[str, str] = {}
    pending: list[tuple[int, int, str]] = []
    for index, row in enumerate(rows):
        line = _line(index)
        name = row.get("tag") or row.get("tag_name") or row.get("tag_id") or tag_name or ""
        if not name:
            raise InputError(f"line {line}: no tag (pass --tag NAME or add a 'tag' column)")
        pending.append((line, _conversation_id(row, line), name))
        names.setdefault(name.casefold(), name)
    ids: dict[str, str] = {}
    for folded, name in names.items():
        try:
            ids[folded] = (await resolve_tags(client, [name]))[0]
        except ConfigurationError:
            if not create:
                raise
            # POST /v1/tags returns the existing tag of that name unchanged, so this is safe
            # to repeat; the tag only appears once the user asked to tag with it.
            ids[folded] = (await client.tags.create(name=name)).data.id
    return [
        Item(
            f"{cid}/{ids[name.casefold()]}", line, conversation_id=cid, tag_id=ids[name.casefold()]
        )
        for line, cid, name in pending
    ]


def _conversations(rows: Rows) -> list[Item]:
    items = []
    for index, row in enumerate(rows):
        line = _line(index)
        cid = _conversation_id(row, line)
        items.append(Item(str(cid), line, conversation_id=cid, user_id=row.get("agent_id", "")))
    return items


def _notes(rows: Rows, note: str | None) -> list[Item]:
    items = []
    for index, row in enumerate(rows):
        line = _line(index)
        text = row.get("note") or row.get("message") or note or ""
        if not text:
            raise InputError(f"line {line}: no note text (pass --note TEXT or add a 'note' column)")
        cid = _conversation_id(row, line)
        items.append(Item(f"{cid}/{line}", line, conversation_id=cid, text=text))
    return items


def _end_users(rows: Rows) -> list[Item]:
    items = []
    for index, row in enumerate(rows):
        line = _line(index)
        values = {_END_USER_ALIASES.get(k, k): v for k, v in row.items() if v}
        fields = {k: values[k] for k in _END_USER_FIELDS if k in values}
        match = fields.get("external_id") or fields.get("email")
        if not match:
            raise InputError(f"line {line}: an end user needs an external_id or email column")
        key = f"external_id:{match}" if "external_id" in fields else f"email:{match}"
        items.append(Item(key, line, fields=fields))
    return items


async def _tag(client: DixaClient, item: Item) -> None:
    await client.tags.tag(item.conversation_id, item.tag_id)


async def _untag(client: DixaClient, item: Item) -> None:
    await client.tags.untag(item.conversation_id, item.tag_id)


async def _close(client: DixaClient, item: Item) -> None:
    await client.conversations.close(item.conversation_id, user_id=item.user_id or None)


async def _reopen(client: DixaClient, item: Item) -> None:
    await client.conversations.reopen(item.conversation_id, user_id=item.user_id or None)


async def _add_note(client: DixaClient, item: Item) -> None:
    await client.internal_notes.create(
        item.conversation_id, body=CreateInternalNoteInput(message=item.text)
    )


async def _note_exists(client: DixaClient, item: Item) -> bool:
    notes = await client.internal_notes.list(item.conversation_id)
    return any(note.message == item.text for note in notes.data or [])


async def _anonymize(client: DixaClient, item: Item) -> None:
    await client.anonymization.anonymize_conversation(item.conversation_id, confirm=True)


async def _find_end_user(client: DixaClient, fields: Mapping[str, str]) -> str | None:
    if "external_id" in fields:
        pager = client.end_users.list(external_id=fields["external_id"], max_items=1)
    else:
        pager = client.end_users.list(email=fields["email"], max_items=1)
    async for user in pager:
        return user.id
    return None


_Body = TypeVar("_Body", CreateEndUserInput, PatchEndUserInput)


def _end_user_body(model: type[_Body], fields: Mapping[str, str]) -> _Body:
    return model(
        external_id=fields.get("external_id", UNSET),
        email=fields.get("email", UNSET),
        phone_number=fields.get("phone_number", UNSET),
        display_name=fields.get("display_name", UNSET),
        first_name=fields.get("first_name", UNSET),
        last_name=fields.get("last_name", UNSET),
        avatar_url=fields.get("avatar_url", UNSET),
    )


async def _upsert_end_user(client: DixaClient, item: Item) -> None:
    user_id = await _find_end_user(client, item.fields)
    if user_id is None:
        await client.end_users.create(body=_end_user_body(CreateEndUserInput, item.fields))
    else:
        body = _end_user_body(PatchEndUserInput, item.fields)
        await client.end_users.patch(user_id, body=body)


async def prepare(
    operation: str,
    rows: Rows,
    client: DixaClient,
    *,
    tag_name: str | None = None,
    note: str | None = None,
) -> tuple[list[Item], Operation[DixaClient, Item]]:
    """Validate `rows` for `operation` and build the job's items and operation.

    Tag names are resolved to ids once, up front (`tag` creates a missing tag; `untag`
    refuses an unknown one). Sends only those look-ups.

    Raises:
        InputError: a row lacks what the operation needs (the message names the line).
        ConfigurationError: `untag` with a tag name the organisation does not have.
    """
    if operation in ("tag", "untag"):
        items = await _tagging(client, rows, tag_name, create=operation == "tag")
        fn: Fn = _tag if operation == "tag" else _untag
        return items, Operation(fn, name=operation, idempotent=True)
    if operation in ("close", "reopen"):
        fn = _close if operation == "close" else _reopen
        return _conversations(rows), Operation(fn, name=operation, idempotent=True)
    if operation == "add-note":
        return _notes(rows, note), Operation(_add_note, name=operation, verify=_note_exists)
    if operation == "anonymize":
        op = Operation(_anonymize, name=operation, idempotent=True, destructive=True)
        return _conversations(rows), op
    if operation == "upsert-end-users":
        # It looks the user up before writing, so running it again updates rather than
        # duplicates: safe to repeat.
        return _end_users(rows), Operation(_upsert_end_user, name=operation, idempotent=True)
    raise ConfigurationError(f"unknown bulk operation {operation!r}")
