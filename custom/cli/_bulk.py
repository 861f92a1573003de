"""`dixa-async bulk OPERATION --input FILE`: which job a command line asks for, and running it.

OPERATION is any write operation by its qualified name (`end_users.create`,
`conversations.close`, ...: `dixa-async bulk --list`), whose records are in Dixa's own
shape and go to `run_bulk` as they are; or one of the short names kept from earlier
versions (`tag`, `close`, `add-note`, ...), whose rows are mapped onto the same operations.

The input file is read strictly before anything is sent (a malformed file is a usage
error naming its line). For an operation name, a record that does not fit fails alone
and the others run; for a short name, a row lacking what it needs is a usage error, as
it always was.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from dixa_async._core._client import DixaClient
from dixa_async._core._errors import ConfigurationError
from dixa_async.bulk import BulkReport, Record, run_bulk, write_operation, write_operations
from dixa_async.bulk._fit import LIST_SEPARATOR
from dixa_async.jobs import Checkpoint, JobReport, Operation, Progress, TokenPool, run_job
from dixa_async.jobs._files import check_writable

from dixa_async.models.create_end_user_input import CreateEndUserInput
from dixa_async.models.patch_end_user_input import PatchEndUserInput
from dixa_async.types import UNSET

from ._inputs import InputError, numbered_rows, read_records
from ._query import resolve_tags

__all__ = ["ALIASES", "BulkJob", "describe_operations", "is_operation", "plan_job"]


@dataclass(frozen=True)
class Alias:
    """A short operation name and the operation it runs."""

    operation: str | None
    help: str


ALIASES: dict[str, Alias] = {
    "tag": Alias(
        "tags.tag", "tag conversations (column conversation_id; tag from --tag or a 'tag' column)"
    ),
    "untag": Alias("tags.untag", "remove a tag from conversations (same columns as tag)"),
    "close": Alias(
        "conversations.close", "close conversations (column conversation_id; optional agent_id)"
    ),
    "reopen": Alias("conversations.reopen", "reopen conversations (column conversation_id)"),
    "add-note": Alias(
        "internal_notes.create",
        "add an internal note (column conversation_id; text from --note or 'note')",
    ),
    "anonymize": Alias(
        "anonymization.anonymize_conversation",
        "anonymise conversations, irreversibly (column conversation_id; needs --yes)",
    ),
    "upsert-end-users": Alias(None, "create or update end users matched by external_id or email"),
}

_CONVERSATION_COLUMNS = ("conversation_id", "id", "csid", "conversation")
_END_USER_FIELDS = (
    "external_id", "email", "phone_number", "display_name", "first_name", "last_name",
    "avatar_url",
)  # fmt: skip
_END_USER_ALIASES = {"phone": "phone_number", "name": "display_name"}


def is_operation(name: str) -> bool:
    """A name `bulk` accepts: a short name or a write operation's qualified name."""
    return name in ALIASES or name in write_operations()


def _batching(name: str) -> str:
    spec = write_operations()[name]
    if spec.batched_by is None:
        return "-"
    limit = f"up to {spec.batch_max}" if spec.batch_max else "100 (no documented maximum)"
    return f"{spec.batched_by}, {limit} per request"


def describe_operations() -> str:
    """The text of `dixa-async bulk --list`."""
    writes = write_operations()
    width = max(len(n) for n in writes) + 2
    lines = [
        "Write operations (records: the request body's fields, camelCase, plus the path "
        "parameters; '?' = optional):",
        "",
    ]
    for name, spec in writes.items():
        flags = [spec.op.method]
        if spec.destructive:
            flags.append("destructive: needs --yes")
        elif not spec.idempotent:
            flags.append("not replayed")
        lines.append(f"  {name:<{width}}{', '.join(flags)}")
        lines.append(f"  {'':<{width}}inputs: {spec.inputs()}")
        if spec.batched_by is not None:
            lines.append(f"  {'':<{width}}batched: {_batching(name)}")
    lines += ["", "Short names (rows as in earlier versions):", ""]
    for alias, info in ALIASES.items():
        target = f" -> {info.operation}" if info.operation else ""
        lines.append(f"  {alias:<{width}}{info.help}{target}")
    lines += [
        "",
        f"CSV: one column per body field or parameter; several values in one cell are "
        f"separated by {LIST_SEPARATOR!r}; a nested object is a JSON cell.",
    ]
    return "\n".join(lines)


@dataclass
class BulkJob:
    """One `bulk` command, read and checked, ready to run."""

    name: str
    operation: str | None
    records: list[Record]
    args: argparse.Namespace
    notices: list[str] = field(default_factory=list)
    key: Callable[[Mapping[str, Any]], str | int] | str | None = None
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)

    @property
    def destructive(self) -> bool:
        return self.operation is not None and write_operation(self.operation).destructive

    @property
    def total(self) -> int:
        return len(self.records) if self.operation is not None else len(self.rows)

    async def prepare(self, client: DixaClient) -> None:
        """The look-ups a short name needs before the job (tag names -> ids)."""
        if self.name in ("tag", "untag"):
            self.records = await _tag_records(
                client,
                self.rows,
                self.args.tag_name,
                create=self.name == "tag",
                dry_run=self.args.dry_run,
                notices=self.notices,
            )

    async def run(
        self,
        clients: Sequence[DixaClient],
        *,
        checkpoint: Checkpoint | str | None,
        on_progress: Callable[[Progress], object],
    ) -> JobReport:
        args = self.args
        target: DixaClient | TokenPool[DixaClient] = (
            clients[0] if len(clients) == 1 else TokenPool(clients)
        )
        if self.operation is None:
            return await _upsert_end_users(
                target, self.rows, args, checkpoint=checkpoint, on_progress=on_progress
            )
        return await run_bulk(
            target,
            self.operation,
            self.records,
            name=self.name,
            batch=not args.no_batch,
            batch_size=args.batch_size,
            results=args.results,
            checkpoint=checkpoint,
            key=self.key,
            concurrency=args.concurrency,
            dry_run=args.dry_run,
            confirm=args.yes,
            on_progress=on_progress,
        )

    def summary(self, report: JobReport) -> dict[str, Any]:
        """What the command's summary adds for a bulk job."""
        extra: dict[str, Any] = {"operation": self.operation or self.name}
        if isinstance(report, BulkReport):
            extra["in_doubt"] = report.in_doubt
            extra["invalid_records"] = report.invalid
            if report.batched:
                extra["batching"] = f"up to {report.batch_size} records per bulk request"
            if report.results_path is not None:
                extra["results"] = str(report.results_path)
        return extra


def plan_job(args: argparse.Namespace) -> BulkJob:
    """Read `--input` strictly and check the options, sending nothing.

    Raises:
        InputError: the file is not well-formed, or (short names) a row lacks what it needs.
        ConfigurationError: options that do not go together.
        JobError: the results file cannot be written.
    """
    name = args.operation
    if args.results:
        check_writable(args.results, what="results file")
    if name not in ALIASES:
        write_operation(name)  # a clear error for a read or an unknown name
        return BulkJob(name, name, read_records(args.input), args, key=args.key)
    alias = ALIASES[name]
    for option, flag in (
        (args.key, "--key"),
        (args.results and alias.operation is None, "--results"),
    ):
        if option:
            raise ConfigurationError(
                f"{flag} works with operation names (e.g. {alias.operation or 'end_users.patch'}), "
                f"not with the short name {name!r}"
            )
    rows = numbered_rows(args.input)
    job = BulkJob(name, alias.operation, [], args, rows=rows)
    if name in ("tag", "untag"):
        job.notices += _overrides(rows, ("tag", "tag_name", "tag_id"), args.tag_name, "--tag")
        job.key = lambda data: f"{data['conversation_id']}/{data['tag_id']}"
        for line, row in rows:
            _conversation_id(row, line)
            if not _tag_name(row, args.tag_name):
                raise InputError(
                    f"{args.input}:{line}: no tag (pass --tag NAME or add a 'tag' column)"
                )
    elif name in ("close", "reopen", "anonymize"):
        job.records = [_conversation_record(row, line, name) for line, row in rows]
    elif name == "add-note":
        job.notices += _overrides(rows, ("note", "message"), args.note, "--note")
        job.records = [_note_record(row, line, args.note, args.input) for line, row in rows]
    else:
        for line, row in rows:
            _end_user_fields(row, line)
    return job


def _overrides(
    rows: Sequence[tuple[int, Mapping[str, str]]],
    columns: tuple[str, ...],
    option: str | None,
    flag: str,
) -> list[str]:
    """Say so when a column's value replaces the option's on some rows."""
    if option is None:
        return []
    lines = [
        line
        for line, row in rows
        if any(row.get(c) for c in columns)
        and next(row[c] for c in columns if row.get(c)) != option
    ]
    if not lines:
        return []
    column = next(c for c in columns if any(row.get(c) for _, row in rows))
    shown = ", ".join(str(n) for n in lines[:5]) + (", ..." if len(lines) > 5 else "")
    return [
        f"[yellow]Note:[/] the {column!r} column overrides {flag} {option!r} on "
        f"{len(lines)} row(s) (line {shown})."
    ]


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


def _tag_name(row: Mapping[str, str], option: str | None) -> str:
    return row.get("tag") or row.get("tag_name") or row.get("tag_id") or option or ""


def _conversation_record(row: Mapping[str, str], line: int, name: str) -> Record:
    data: dict[str, Any] = {"conversation_id": _conversation_id(row, line)}
    if name != "anonymize" and row.get("agent_id"):
        data["userId"] = row["agent_id"]
    return Record(line, data)


def _note_record(row: Mapping[str, str], line: int, note: str | None, path: str) -> Record:
    text = row.get("note") or row.get("message") or note or ""
    if not text:
        raise InputError(f"{path}:{line}: no note text (pass --note TEXT or add a 'note' column)")
    return Record(line, {"conversation_id": _conversation_id(row, line), "message": text})


async def _tag_records(
    client: DixaClient, rows: Sequence[tuple[int, Mapping[str, str]]], option: str | None,
    *, create: bool, dry_run: bool, notices: list[str],
) -> list[Record]:  # fmt: skip
    """Tag names resolved to ids once each (`tag` creates a missing tag, except in a dry
    run, which only says so; `untag` refuses an unknown one with ConfigurationError)."""
    names: dict[str, str] = {}
    for _, row in rows:
        name = _tag_name(row, option)
        names.setdefault(name.casefold(), name)
    ids: dict[str, str] = {}
    for folded, name in names.items():
        try:
            ids[folded] = (await resolve_tags(client, [name]))[0]
        except ConfigurationError:
            if not create:
                raise
            if dry_run:
                notices.append(f"Tag {name!r} does not exist yet: the real run creates it.")
                ids[folded] = f"(new tag {name})"
                continue
            # POST /v1/tags returns the existing tag of that name unchanged, so this is safe
            # to repeat; the tag only appears once the user asked to tag with it.
            created = await client.tags.create(name=name)
            ids[folded] = getattr(created, "data", created).id
    return [
        Record(
            line,
            {
                "conversation_id": _conversation_id(row, line),
                "tag_id": ids[_tag_name(row, option).casefold()],
            },
        )
        for line, row in rows
    ]


# ---- upsert-end-users: a look-up, then a create or a patch (no single Dixa operation) ----


@dataclass(frozen=True)
class _EndUserRow:
    key: str
    fields: Mapping[str, str]


def _end_user_fields(row: Mapping[str, str], line: int) -> _EndUserRow:
    values = {_END_USER_ALIASES.get(k, k): v for k, v in row.items() if v}
    fields = {k: values[k] for k in _END_USER_FIELDS if k in values}
    match = fields.get("external_id") or fields.get("email")
    if not match:
        raise InputError(f"line {line}: an end user needs an external_id or email column")
    key = f"external_id:{match}" if "external_id" in fields else f"email:{match}"
    return _EndUserRow(key, fields)


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


async def _upsert_end_user(client: DixaClient, row: _EndUserRow) -> None:
    user_id = await _find_end_user(client, row.fields)
    if user_id is None:
        await client.end_users.create(body=_end_user_body(CreateEndUserInput, row.fields))
    else:
        await client.end_users.patch(user_id, body=_end_user_body(PatchEndUserInput, row.fields))


async def _upsert_end_users(
    target: DixaClient | TokenPool[DixaClient],
    rows: Sequence[tuple[int, Mapping[str, str]]],
    args: argparse.Namespace,
    *,
    checkpoint: Checkpoint | str | None,
    on_progress: Callable[[Progress], object],
) -> JobReport:
    items = [_end_user_fields(row, line) for line, row in rows]
    # It looks the user up before writing, so running it again updates rather than
    # duplicates: safe to repeat.
    operation: Operation[DixaClient, _EndUserRow] = Operation(
        _upsert_end_user, name="upsert-end-users", idempotent=True
    )
    if isinstance(target, TokenPool):
        return await run_job(
            items, operation, pool=target, key=lambda item: item.key,
            concurrency=args.concurrency, checkpoint=checkpoint, dry_run=args.dry_run,
            on_progress=on_progress, keep_outcomes=False,
        )  # fmt: skip
    return await run_job(
        items,
        operation,
        client=target,
        key=lambda item: item.key,
        concurrency=args.concurrency,
        checkpoint=checkpoint,
        dry_run=args.dry_run,
        on_progress=on_progress,
        keep_outcomes=False,
    )
