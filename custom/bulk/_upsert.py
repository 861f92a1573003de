"""Create-or-update end users: each one is looked up by `external_id` (else `email`), then
patched if found, created if not. Dixa has no single operation for this, so it is a job of
its own; looking up before writing makes it safe to run again (it updates, never duplicates).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from dixa_async._core._client import DixaClient
from dixa_async._core._pool import TokenPool
from dixa_async.jobs._checkpoint import Checkpoint
from dixa_async.jobs._engine import JobReport, Progress, Task, run_job

from dixa_async.models.create_end_user_input import CreateEndUserInput
from dixa_async.models.patch_end_user_input import PatchEndUserInput
from dixa_async.types import UNSET

from ._fit import Problem
from ._records import Record, RecordError

__all__ = ["END_USER_FIELDS", "EndUserUpsert", "upsert_end_user", "upsert_end_users"]

END_USER_FIELDS = (
    "external_id", "email", "phone_number", "display_name", "first_name", "last_name",
    "avatar_url",
)  # fmt: skip
"""The end-user fields an upsert record may carry (snake_case; camelCase is accepted too)."""
_ALIASES = {
    "phone": "phone_number",
    "name": "display_name",
    "externalId": "external_id",
    "phoneNumber": "phone_number",
    "displayName": "display_name",
    "firstName": "first_name",
    "lastName": "last_name",
    "avatarUrl": "avatar_url",
}


@dataclass(frozen=True)
class EndUserUpsert:
    """One end user to create or update; `key` (`external_id:...` or `email:...`) is how the
    job's checkpoint knows it."""

    key: str
    fields: Mapping[str, str]

    @classmethod
    def from_record(cls, record: Record | Mapping[str, Any], line: int = 0) -> EndUserUpsert:
        """The upsert a record asks for (empty values are left out).

        Raises:
            RecordError: the record has neither `external_id` nor `email`.
        """
        if isinstance(record, Record):
            line, data = record.line, record.data
        else:
            data = record
        values = {_ALIASES.get(k, k): str(v) for k, v in data.items() if v not in (None, "")}
        fields = {k: values[k] for k in END_USER_FIELDS if k in values}
        if "external_id" in fields:
            return cls(f"external_id:{fields['external_id']}", fields)
        if "email" in fields:
            return cls(f"email:{fields['email']}", fields)
        raise RecordError(
            line, [Problem("external_id", "an end user needs an external_id or an email")]
        )


async def _find(client: DixaClient, fields: Mapping[str, str]) -> str | None:
    if "external_id" in fields:
        pager = client.end_users.list(external_id=fields["external_id"], max_items=1)
    else:
        pager = client.end_users.list(email=fields["email"], max_items=1)
    async for user in pager:
        return str(user.id)
    return None


_Body = TypeVar("_Body", CreateEndUserInput, PatchEndUserInput)


def _body(model: type[_Body], fields: Mapping[str, str]) -> _Body:
    return model(
        external_id=fields.get("external_id", UNSET),
        email=fields.get("email", UNSET),
        phone_number=fields.get("phone_number", UNSET),
        display_name=fields.get("display_name", UNSET),
        first_name=fields.get("first_name", UNSET),
        last_name=fields.get("last_name", UNSET),
        avatar_url=fields.get("avatar_url", UNSET),
    )


async def upsert_end_user(client: DixaClient, user: EndUserUpsert) -> None:
    """Patch the end user matching `user` (by external id, else email), or create it."""
    user_id = await _find(client, user.fields)
    if user_id is None:
        await client.end_users.create(body=_body(CreateEndUserInput, user.fields))
    else:
        await client.end_users.patch(user_id, body=_body(PatchEndUserInput, user.fields))


async def upsert_end_users(
    client: DixaClient | TokenPool[DixaClient],
    records: Iterable[Record | Mapping[str, Any] | EndUserUpsert],
    *,
    checkpoint: str | os.PathLike[str] | Checkpoint | None = None,
    name: str = "upsert-end-users",
    concurrency: int = 8,
    dry_run: bool = False,
    on_progress: Callable[[Progress], object] | None = None,
) -> JobReport:
    """Create or update one end user per record, through the job engine (pacing, retries,
    checkpoint). Every record is checked before anything is sent.

    Raises:
        RecordError: a record with neither `external_id` nor `email` (nothing is sent).
        JobError: the checkpoint cannot be used.
    """
    users = [
        r if isinstance(r, EndUserUpsert) else EndUserUpsert.from_record(r, line)
        for line, r in enumerate(records, start=1)
    ]
    # Looked up before written: running it again updates rather than duplicates.
    operation: Task[DixaClient, EndUserUpsert] = Task(upsert_end_user, name=name, idempotent=True)
    return await run_job(
        client,
        users,
        operation,
        key=lambda user: user.key,
        concurrency=concurrency,
        checkpoint=checkpoint,
        dry_run=dry_run,
        on_progress=on_progress,
        keep_outcomes=False,
    )
