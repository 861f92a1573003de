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
(`<output>.manifest.json`, replaced atomically) records counts, the id range, start and end
times, files and the conversations that could not be exported.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Protocol

from dixa_async._core._pool import TokenPool
from dixa_async.jobs._engine import JobReport, Operation, Progress, run_job
from dixa_async.jobs._files import open_locked
from dixa_async.jobs._lines import JsonLines

from dixa_async.resources.conversations import Conversations
from dixa_async.resources.end_users import EndUsers
from dixa_async.resources.internal_notes import InternalNotes
from dixa_async.resources.messages import Messages
from dixa_async.resources.ratings import Ratings

__all__ = ["ExportClient", "ExportManifest", "Part", "export_conversations", "export_end_user"]

_MANIFEST_FORMAT = 1


class Part(StrEnum):
    """What is fetched besides the conversation itself (one request each)."""

    MESSAGES = "messages"
    INTERNAL_NOTES = "internal_notes"
    RATINGS = "ratings"
    ACTIVITY_LOG = "activity_log"


ALL_PARTS = frozenset(Part)


class ExportClient(Protocol):
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


@dataclass
class ExportManifest:
    """What an export run produced; also written as JSON beside the output."""

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

    @property
    def path(self) -> Path:
        return self.output.with_name(self.output.name + ".manifest.json")

    def to_json(self) -> dict[str, Any]:
        return {
            "format": _MANIFEST_FORMAT,
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
        }

    def write(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self.to_json(), indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, self.path)

    def saw(self, conversation_id: int) -> None:
        self.min_id = conversation_id if self.min_id is None else min(self.min_id, conversation_id)
        self.max_id = conversation_id if self.max_id is None else max(self.max_id, conversation_id)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _existing_ids(fd: int, output: Path, manifest: ExportManifest) -> set[int]:
    """Ids already in the locked `output` (open as `fd`); a line torn by a crash mid-write
    is cut off, and the file left ready for appending.

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
    if lines.good_end != os.fstat(fd).st_size:
        os.ftruncate(fd, lines.good_end)
    if lines.needs_newline:
        os.write(fd, b"\n")
    return done


def _open_for_append(fd: int) -> IO[str]:
    return open(fd, "a", encoding="utf-8")


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
    client: ExportClient | TokenPool[ExportClient],
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
            line of it is damaged (with the line number), or it cannot be written (missing
            folder, a file in the way, read-only).
    """
    path = Path(output)
    wanted = [Part(p) for p in parts]
    manifest = ExportManifest(
        output=path, started_at=_now(), source=dict(source or {}), parts=sorted(wanted)
    )
    fd = open_locked(path, what="export file")  # before reading: one export per file
    try:
        done = _existing_ids(fd, path, manifest)
        fh = _open_for_append(fd)
    except BaseException:
        os.close(fd)
        raise
    manifest.already_exported = len(done)
    unsynced = 0

    async def fetch_and_write(c: ExportClient, conversation_id: int) -> None:
        nonlocal unsynced
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
        # One write() of a whole line, with no await in between: lines never interleave.
        fh.write(json.dumps(line, separators=(",", ":"), default=str) + "\n")
        fh.flush()
        done.add(conversation_id)
        manifest.saw(conversation_id)
        manifest.exported_this_run += 1
        unsynced += 1
        if unsynced >= fsync_every:
            os.fsync(fh.fileno())
            unsynced = 0

    async def todo() -> AsyncIterator[int]:
        async for conversation_id in _ids(conversations):
            if conversation_id not in done:
                yield conversation_id

    op = Operation(fn=fetch_and_write, name="export", idempotent=True)
    report: JobReport | None = None
    try:
        if isinstance(client, TokenPool):
            report = await run_job(
                todo(),
                op,
                pool=client,
                concurrency=concurrency,
                on_progress=on_progress,
                keep_outcomes=False,
            )
        else:
            report = await run_job(
                todo(),
                op,
                client=client,
                concurrency=concurrency,
                on_progress=on_progress,
                keep_outcomes=False,
            )
    finally:
        fh.flush()
        os.fsync(fh.fileno())
        fh.close()
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
        manifest.finished_at = _now()
        manifest.write()
    return manifest


async def export_end_user(
    client: ExportClient,
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
