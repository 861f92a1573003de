"""Which job a `dixa-async bulk OPERATION --input FILE` command line asks for.

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
from typing import Any

from dixa_async._core._client import DixaClient
from dixa_async._core._errors import ConfigurationError
from dixa_async.bulk import (
    BulkReport,
    EndUserUpsert,
    Record,
    RecordError,
    run_bulk,
    tag_records,
    upsert_end_users,
    write_operation,
    write_operations,
)
from dixa_async.bulk._fit import LIST_SEPARATOR
from dixa_async.bulk._keys import scheme
from dixa_async.bulk._results import ResultsFile, job_id
from dixa_async.jobs import Checkpoint, JobReport, Progress, TokenPool

from ._inputs import InputError, numbered_rows, read_records

__all__ = [
    "ALIASES",
    "BulkJob",
    "check_operation",
    "describe_operations",
    "is_operation",
    "plan_job",
]


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


def is_operation(name: str) -> bool:
    """A name `bulk` accepts: a short name or a write operation's qualified name."""
    return name in ALIASES or name in write_operations()


def check_operation(text: str) -> str:
    """The `OPERATION` argument, checked (argparse type)."""
    if is_operation(text):
        return text
    try:
        write_operation(text)  # the reason: a read, or an unknown name
    except ConfigurationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text  # pragma: no cover - every write operation is known to is_operation


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
    users: list[EndUserUpsert] = field(default_factory=list)

    @property
    def destructive(self) -> bool:
        return self.operation is not None and write_operation(self.operation).destructive

    @property
    def keys(self) -> str | None:
        """How the job keys its records in the checkpoint (None: not through `run_bulk`)."""
        return scheme(self.key) if self.operation is not None else None

    @property
    def total(self) -> int:
        return len(self.records) if self.operation is not None else len(self.users)

    async def prepare(self, client: DixaClient) -> None:
        """The look-ups a short name needs before the job (tag names -> ids)."""
        if self.name not in ("tag", "untag"):
            return
        tagged = await tag_records(
            client,
            [_tag_record(row, line) for line, row in self.rows],
            tag=self.args.tag_name,
            create_missing=self.name == "tag" and self.args.create_missing,
            dry_run=self.args.dry_run,
        )
        hint = " (add --create-missing to create it)" if self.name == "tag" else ""
        self.notices += [
            f"[yellow]No tag named {name!r}:[/] its records fail{hint}." for name in tagged.unknown
        ]
        self.notices += [
            f"Tag {name!r} does not exist yet: the real run creates it."
            for name in tagged.would_create
        ]
        self.notices += [f"Created tag {name!r} (--create-missing)." for name in tagged.created]
        self.records = list(tagged.records)

    async def run(
        self,
        target: DixaClient | TokenPool[DixaClient],
        *,
        checkpoint: Checkpoint | str | None,
        on_progress: Callable[[Progress], object],
    ) -> JobReport:
        args = self.args
        if self.operation is None:
            return await upsert_end_users(
                target,
                self.users,
                name=self.name,
                checkpoint=checkpoint,
                concurrency=args.concurrency,
                dry_run=args.dry_run,
                on_progress=on_progress,
            )
        return await run_bulk(
            target,
            self.operation,
            self.records,
            name=self.name,
            batch=not args.no_batch,
            batch_size=args.batch_size,
            results=args.results,
            overwrite_results=args.force,
            checkpoint=checkpoint,
            key=self.key,
            concurrency=args.concurrency,
            dry_run=args.dry_run,
            confirm=args.yes,
            on_progress=on_progress,
            clock_skew=args.clock_skew,
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
    if args.results and not args.dry_run:
        # Before the checkpoint is locked (created): a results file another job wrote is
        # refused before this job writes anything.
        ResultsFile(
            args.results,
            job=job_id(args.operation, args.checkpoint),
            resumable=bool(args.checkpoint),
            overwrite=args.force,
        ).check()
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
    if args.create_missing and name != "tag":
        raise ConfigurationError("--create-missing works with the short name 'tag' only")
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
        try:
            job.users = [EndUserUpsert.from_record(row, line) for line, row in rows]
        except RecordError as exc:
            raise InputError(f"{args.input}: {exc}") from None
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


def _tag_record(row: Mapping[str, str], line: int) -> Record:
    data: dict[str, Any] = {"conversation_id": _conversation_id(row, line)}
    data.update({k: row[k] for k in ("tag", "tag_name", "tag_id") if row.get(k)})
    return Record(line, data)
