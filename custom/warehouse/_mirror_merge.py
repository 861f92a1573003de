"""One merge of the live mirror: the dirty conversations re-exported through the Exports API
(with their messages) and merged into the dataset with the loader's own tables and keys.

Two Exports API requests per merge, however many conversations it carries (up to the csids
a URL holds):

1. `conversation_export?csids=...` - the conversations themselves;
2. `message_export?updated_after=...&updated_before=...` - the message export takes no
   `csids`, and Dixa describes its filters as filters on conversations, so it is asked for
   the messages of the conversations *updated* between the earliest and the latest
   `updated_at` the first request returned; only the dirty conversations' messages are kept.
   A span wider than 31 days (a conversation that was marked without having changed for a
   month) is split into windows, one request each.

The rows go through the same dlt source name, table names, primary keys and merge
disposition as `dixa_source`, in the same pipeline, so a merged conversation replaces its
row (and its child rows) and a message is there once. The incremental bookmarks in dlt's
state are not touched.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import dlt
from dixa_async._core._client import DixaClient
from dixa_async._core.exports._windows import moment_ms

from dixa_async.exports.types import Unset

from ._dlt_source import (
    CONVERSATIONS_HINTS,
    MESSAGES_HINTS,
    SOURCE_NAME,
    SOURCE_NESTING,
    conversation_row,
)
from ._load import Pipeline, run_source
from ._rows import row_of

__all__ = ["Changes", "changes_source", "fetch_changes", "merge_changes"]

# A conversation's `updated_at` and the message export's clock are Dixa's; this margin on
# both ends of the message window absorbs rounding of the bounds.
_MARGIN_MS = 1000


@dataclass
class Changes:
    """What one merge writes: rows for `conversations` and `messages`, and what it asked."""

    csids: tuple[int, ...]
    conversations: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    missing: tuple[int, ...] = ()
    """Asked-for conversations the export did not return."""
    requests: int = 0
    """Exports API requests sent (retries included)."""


def _stamp_ms(value: object) -> int | None:
    if isinstance(value, dt.datetime):
        return int(value.timestamp() * 1000)
    return None


async def fetch_changes(dixa: DixaClient, csids: Iterable[int]) -> Changes:
    """Re-export `csids` and their messages (see the module docstring).

    Raises what the Exports API calls raise (DixaError subclasses) after the client's
    retries; nothing is written.
    """
    asked = tuple(dict.fromkeys(int(c) for c in csids))
    changes = Changes(asked)
    if not asked:
        return changes
    before = dixa.exports.stats.requests
    stamps: list[int] = []
    found: set[int] = set()
    async for conversation in dixa.exports.conversations(csids=asked):
        if conversation.id not in asked or conversation.id in found:
            continue
        found.add(conversation.id)
        changes.conversations.append(conversation_row(conversation))
        stamp = _stamp_ms(conversation.updated_at)
        if stamp is None and not isinstance(conversation.created_at, Unset):
            stamp = _stamp_ms(conversation.created_at)
        if stamp is not None:
            stamps.append(stamp)
    changes.missing = tuple(c for c in asked if c not in found)
    if found:
        # Without any timestamp (Dixa always sends them) the last day is searched.
        low = min(stamps) if stamps else int(time.time() * 1000) - 86_400_000
        high = max(stamps) if stamps else int(time.time() * 1000)
        seen: set[str] = set()
        async for message in dixa.exports.messages(
            updated_after=moment_ms(low - _MARGIN_MS),
            updated_before=moment_ms(high + _MARGIN_MS),
        ):
            if message.csid in found and message.id not in seen:
                seen.add(message.id)
                changes.messages.append(row_of(message))
    changes.requests = dixa.exports.stats.requests - before
    return changes


def changes_source(changes: Changes) -> Any:
    """`changes` as a dlt source: the loader's source name, tables, keys and disposition."""

    @dlt.source(name=SOURCE_NAME, max_table_nesting=SOURCE_NESTING)
    def dixa() -> list[Any]:
        return [
            dlt.resource(changes.conversations, **CONVERSATIONS_HINTS),
            dlt.resource(changes.messages, **MESSAGES_HINTS),
        ]

    return dixa()


def merge_changes(opened: Pipeline, changes: Changes) -> None:
    """Merge `changes` into the dataset of `opened` (blocking: run it in a thread).

    Committed when this returns; a failure (or a kill) leaves the dataset as it was, or a
    package dlt completes on the next run of the pipeline.

    Raises JobError when the destination cannot be written (a DuckDB file another process
    holds, ...).
    """
    if not changes.conversations and not changes.messages:
        return
    run_source(opened, changes_source(changes), finish_pending=True)
