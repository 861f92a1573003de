"""Export conversations with everything attached to them, one JSON line per conversation.

The output file is its own checkpoint: a conversation is exported exactly when its line is
in the file. A re-run reads the ids already there (dropping a line torn by a crash) and
fetches only the rest, so no conversation is written twice and none is skipped. Memory stays
flat: lines are written as they are fetched; only the set of exported ids is kept.

Like a job checkpoint, the output file is locked for the export's lifetime (a second export
into it is refused with a `JobError`), its folder is never created, and damage in it is
reported with the line number rather than cut away (the rule is in `_lines`).

Each line: {"id": ..., "conversation": {...}, "messages": [...], "internal_notes": [...],
"ratings": [...], "activity_log": [...]} in Dixa's own JSON shapes. Beside it, a manifest
(`<output>.manifest.json`, a state document replaced atomically) records where the export
ran (Dixa's base URL and a token fingerprint), counts, the id range, start and end times,
files and the conversations that could not be exported. It is written before anything is
fetched, and a re-run against another Dixa than the one it records is refused.

A write that fails (the disk is full) is cut back off the output file and ends the export
with a `JobError`: the file holds complete lines only, as after a kill, and a re-run goes on.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from dixa_async._core._errors import JobError
from dixa_async._core._pool import TokenPool
from dixa_async.jobs._document import atomic_write_json, document, now_iso, read_document
from dixa_async.jobs._engine import JobReport, Progress, Task, run_job
from dixa_async.jobs._files import append_all, open_locked, write_error
from dixa_async.jobs._lines import JsonLines
from dixa_async.jobs._schema import (
    BOOL,
    COUNT,
    INT,
    SECONDS,
    STR,
    Each,
    Map,
    Nullable,
    Obj,
    Spec,
    Str,
)
from dixa_async.jobs._target import Target, target_of

from dixa_async.resources.conversations import Conversations
from dixa_async.resources.end_users import EndUsers
from dixa_async.resources.internal_notes import InternalNotes
from dixa_async.resources.messages import Messages
from dixa_async.resources.ratings import Ratings

__all__ = [
    "ConversationExportClient",
    "ExportManifest",
    "Part",
    "export_conversations",
    "export_end_user",
]


class Part(StrEnum):
    """What is fetched besides the conversation itself (one request each)."""

    MESSAGES = "messages"
    INTERNAL_NOTES = "internal_notes"
    RATINGS = "ratings"
    ACTIVITY_LOG = "activity_log"


ALL_PARTS = frozenset(Part)


class ConversationExportClient(Protocol):
    """The parts of `DixaClient` an export uses."""

    @property
    def conversations(self) -> Conversations: ...
    @property
    def messages(self) -> Messages: ...
    @property
    def internal_notes(self) -> InternalNotes: ...
    @property
    def ratings(self) -> Ratings: ...
    @property
    def end_users(self) -> EndUsers: ...


class _Hit(Protocol):
    @property
    def id(self) -> int: ...


KIND = "dixa-async export manifest"
_WHAT = "export manifest"
_SPEC: Spec = Obj(
    {
        "complete": BOOL,
        "started_at": STR,
        "finished_at": Nullable(STR),
        "source": Map(STR),
        "parts": Each(Str(pattern="|".join(Part), meaning="a part name")),
        "files": Each(STR),
        "counts": Obj(
            {
                "exported_total": COUNT,
                "exported_this_run": COUNT,
                "already_exported": COUNT,
                "failed": COUNT,
            }
        ),
        "ids": Obj({"min": Nullable(INT), "max": Nullable(INT)}),
        "errors": Each(Obj({"id": STR, "error": STR})),
        "requests": Nullable(COUNT),
        "rate_limited": Nullable(COUNT),
        "elapsed_seconds": SECONDS,
    }
)


@dataclass
class ExportManifest:
    """What an export run produced; also written as JSON beside the output
    (`<output>.manifest.json`, a versioned state document, see `dixa_async.jobs`).

    `output` is the JSONL file; `failed` counts the conversations of this run that could
    not be exported (listed in `errors`); `target` is the Dixa the export ran against.
    """

    output: Path
    started_at: str
    finished_at: str | None = None
    complete: bool = False
    source: dict[str, str] = field(default_factory=dict)
    parts: list[str] = field(default_factory=list)
    exported_total: int = 0
    """Conversations in the output file, this run and earlier ones."""
    exported_this_run: int = 0
    already_exported: int = 0
    failed: int = 0
    min_id: int | None = None
    max_id: int | None = None
    errors: list[dict[str, str]] = field(default_factory=list)
    requests: int | None = None
    rate_limited: int | None = None
    elapsed: float = 0.0
    target: Target | None = None

    @property
    def path(self) -> Path:
        return self.output.with_name(self.output.name + ".manifest.json")

    def to_json(self) -> dict[str, Any]:
        return document(
            KIND,
            self.target,
            {
                "complete": self.complete,
                "started_at": self.started_at,
                "finished_at": self.finished_at,
                "source": self.source,
                "parts": self.parts,
                "files": [self.output.name],
                "counts": {
                    "exported_total": self.exported_total,
                    "exported_this_run": self.exported_this_run,
                    "already_exported": self.already_exported,
                    "failed": self.failed,
                },
                "ids": {"min": self.min_id, "max": self.max_id},
                "errors": self.errors,
                "requests": self.requests,
                "rate_limited": self.rate_limited,
                "elapsed_seconds": round(self.elapsed, 3),
            },
        )

    def write(self) -> None:
        """Replace the manifest file atomically (JobError when it cannot be written)."""
        atomic_write_json(self.path, self.to_json(), what=_WHAT)

    def saw(self, conversation_id: int) -> None:
        self.min_id = conversation_id if self.min_id is None else min(self.min_id, conversation_id)
        self.max_id = conversation_id if self.max_id is None else max(self.max_id, conversation_id)


def _check_earlier(manifest: ExportManifest) -> None:
    """Refuse an output whose manifest (if any) is damaged or records another Dixa."""
    earlier = read_document(manifest.path, kind=KIND, what=_WHAT, spec=_SPEC, is_v1={})
    if earlier is not None and manifest.target is not None:
        manifest.target.check(earlier.target, manifest.path, _WHAT)


def _existing_ids(fd: int, output: Path, manifest: ExportManifest) -> tuple[set[int], int]:
    """Ids already in the locked `output` (open as `fd`) and where its complete lines end;
    a line torn by a crash mid-write is cut off, and the file left ready for appending.

    Raises:
        JobError: a damaged line, or one without a conversation id (with its number).
    """
    done: set[int] = set()
    with os.fdopen(os.dup(fd), "rb") as fh:
        lines = JsonLines(fh, path=output, what="export file")
        for number, record in lines:
            conversation_id = record.get("id")
            if not isinstance(conversation_id, int) or isinstance(conversation_id, bool):
                raise lines.damage(number, "a line without a conversation id")
            done.add(conversation_id)
            manifest.saw(conversation_id)
    end = lines.good_end
    if end != os.fstat(fd).st_size:
        os.ftruncate(fd, end)
    if lines.needs_newline:
        end = append_all(fd, b"\n", end, path=output, what="export file")
    return done, end


def _data(value: Any) -> Any:
    """The JSON form of what a client method returned (an entity or a list of them)."""
    if isinstance(value, list):
        return [item.to_dict() for item in value]
    return value.to_dict()


async def _ids(items: AsyncIterable[_Hit | int] | Iterable[_Hit | int]) -> AsyncIterator[int]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item if isinstance(item, int) else item.id
    else:
        for item in items:
            yield item if isinstance(item, int) else item.id


async def export_conversations(
    client: ConversationExportClient | TokenPool[ConversationExportClient],
    conversations: AsyncIterable[_Hit | int] | Iterable[_Hit | int],
    output: str | os.PathLike[str],
    *,
    parts: Iterable[Part | str] = ALL_PARTS,
    concurrency: int = 4,
    fsync_every: int = 100,
    on_progress: Callable[[Progress], object] | None = None,
    source: dict[str, str] | None = None,
) -> ExportManifest:
    """Export `conversations` (ids or search hits) to the JSONL file `output`.

    Resumable: run it again with the same `output` and it continues, fetching only what is
    not in the file yet. Fetches are reads, retried by the client's rules; a conversation
    that still fails (for example 404 after anonymisation) is listed in the manifest's
    `errors` and fetched again by the next run. `concurrency` counts conversations in flight
    per client; a `TokenPool` spreads them over several tokens.

    Returns the manifest (also written to `<output>.manifest.json`, including when the
    export is interrupted, then with `complete: false`).

    Raises:
        JobError: before anything is fetched, when another export is writing `output`, a
            line of it is damaged (with the line number), its manifest is damaged (naming
            the field) or records another Dixa (naming both), or it cannot be written
            (missing folder, a file in the way, read-only); during the export, when a
            write fails (the disk is full; the files stay as after a kill).
    """
    path = Path(output)
    wanted = [Part(p) for p in parts]
    manifest = ExportManifest(
        output=path,
        started_at=now_iso(),
        source=dict(source or {}),
        parts=sorted(wanted),
        target=target_of(client),
    )
    fd = open_locked(path, what="export file")  # before reading: one export per file
    try:
        _check_earlier(manifest)
        done, end = _existing_ids(fd, path, manifest)
        manifest.already_exported = manifest.exported_total = len(done)
        # Records where this export runs before anything is fetched.
        manifest.write()
    except BaseException:
        os.close(fd)
        raise
    unsynced = 0

    async def fetch_and_write(c: ConversationExportClient, conversation_id: int) -> None:
        nonlocal unsynced, end
        line: dict[str, Any] = {
            "id": conversation_id,
            "conversation": _data(await c.conversations.get(conversation_id)),
        }
        if Part.MESSAGES in wanted:
            line["messages"] = _data(await c.messages.list(conversation_id))
        if Part.INTERNAL_NOTES in wanted:
            line["internal_notes"] = _data(await c.internal_notes.list(conversation_id))
        if Part.RATINGS in wanted:
            line["ratings"] = _data(await c.ratings.list(conversation_id))
        if Part.ACTIVITY_LOG in wanted:
            line["activity_log"] = _data(await c.conversations.activity_log(conversation_id))
        # One write of a whole line, with no await in between: lines never interleave. A
        # failed write (disk full) is cut back off and ends the export.
        data = (json.dumps(line, separators=(",", ":"), default=str) + "\n").encode()
        end = append_all(fd, data, end, path=path, what="export file")
        done.add(conversation_id)
        manifest.saw(conversation_id)
        manifest.exported_this_run += 1
        unsynced += 1
        if unsynced >= fsync_every:
            os.fsync(fd)
            unsynced = 0

    async def todo() -> AsyncIterator[int]:
        async for conversation_id in _ids(conversations):
            if conversation_id not in done:
                yield conversation_id

    op = Task(fn=fetch_and_write, name="export", idempotent=True)
    report: JobReport | None = None
    try:
        report = await run_job(
            client,
            todo(),
            op,
            concurrency=concurrency,
            on_progress=on_progress,
            keep_outcomes=False,
        )
    finally:
        in_flight = sys.exc_info()[1]
        try:
            os.fsync(fd)
        except OSError as exc:
            if in_flight is None:
                raise write_error(path, "export file", exc) from None
        finally:
            os.close(fd)
        manifest.exported_total = len(done)
        if report is not None:
            manifest.complete = report.failed == 0
            manifest.failed = report.failed
            manifest.errors = [
                {"id": o.key, "error": f"{type(o.error).__name__}: {o.error}"}
                for o in report.failures
            ]
            manifest.requests, manifest.rate_limited = report.requests, report.rate_limited
            manifest.elapsed = report.elapsed
        manifest.finished_at = now_iso()
        try:
            manifest.write()
        except JobError:
            if in_flight is None:
                raise
            # The first error (a full disk, an interruption) is the one to report; the
            # manifest written at the start still names the output and its target.
    return manifest


async def export_end_user(
    client: ConversationExportClient,
    user_id: str,
    output: str | os.PathLike[str],
    *,
    parts: Iterable[Part | str] = ALL_PARTS,
    concurrency: int = 4,
    on_progress: Callable[[Progress], object] | None = None,
) -> ExportManifest:
    """Export every conversation of end user `user_id` (see `export_conversations`)."""
    listing = client.end_users.conversations(user_id)

    async def ids() -> AsyncIterator[int]:
        async for conversation in listing:
            yield int(conversation.id)

    return await export_conversations(
        client,
        ids(),
        output,
        parts=parts,
        concurrency=concurrency,
        on_progress=on_progress,
        source={"kind": "end_user", "user_id": user_id},
    )
