"""One incremental stream's bookmark in dlt's state: which range a run loads, and what it
remembers for the next run.

The range and the de-duplication are `sync`'s (`_sync.plan_range`, `_sync._Dedupe`): the first
run loads `[since, now)`, each later run `[end of the previous run - overlap, now)`, and
what the previous run already delivered from its overlap (same conversation with the same
`updated_at`, same message id) is skipped. Here the bookmark lives in the dlt resource's
state, which dlt commits together with the rows it loads: a run that dies before its rows
are in the destination leaves the bookmark where it was, and the next run loads the range
again (the merge on primary keys keeps every row once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

from dixa_async._core._errors import JobError
from dixa_async._core.exports._windows import Window, moment_ms, split_ms, to_ms

from ._sync import _Dedupe, plan_range

__all__ = ["Increment", "plan_increment"]


def _iso(ms: int) -> str:
    return moment_ms(ms).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class Increment:
    """The run of one incremental stream: its range cut into Exports API windows, and the
    selector that drops what the previous run delivered from the overlap."""

    mode: str
    start_ms: int
    end_ms: int
    windows: list[Window]
    selector: _Dedupe
    state: MutableMapping[str, Any]
    _zone_conversations: dict[str, int]
    _zone_messages: dict[str, int]

    def window_done(self) -> None:
        """Remember what the window just read saw in this run's overlap zone."""
        selected = self.selector.window_done()
        self._zone_conversations.update(selected["conversations"])
        self._zone_messages.update(selected["messages"])

    def finish(self) -> None:
        """Move the bookmark to the end of this run (committed by dlt with the rows)."""
        if not self.windows:
            return  # nothing was read: the previous run's bookmark and overlap stand
        self.state["bookmark_ms"] = self.end_ms
        self.state["bookmark"] = _iso(self.end_ms)
        self.state["seen"] = {
            "conversations": dict(self._zone_conversations),
            "messages": dict(self._zone_messages),
        }


def plan_increment(
    state: MutableMapping[str, Any],
    *,
    since: dt.date | dt.datetime | None,
    until_ms: int,
    overlap: dt.timedelta,
    what: str,
) -> Increment:
    """The range this run of the stream `what` loads, from its dlt resource `state`.

    Raises:
        ValueError: no `since` on the first run (nothing in the state yet).
        JobError: `since` is earlier than the start the destination's data was loaded
            from (that history would never be loaded: use a new dataset).
    """
    overlap_ms = int(overlap / dt.timedelta(milliseconds=1))
    if overlap_ms < 0:
        raise ValueError("overlap cannot be negative")
    stored_since = state.get("since_ms")
    if stored_since is None:
        if since is None:
            raise ValueError(
                f"the first load of {what} needs since=...: the start of the history to load"
            )
        since_ms = to_ms(since, name="since")
    else:
        since_ms = int(stored_since)
        if since is not None and to_ms(since, name="since") < since_ms:
            raise JobError(
                f"this dataset holds {what} loaded from {_iso(since_ms)}; an earlier since "
                f"({_iso(to_ms(since, name='since'))}) would leave a gap: load into a new "
                "dataset (or destination) to reach further back"
            )
    bookmark = state.get("bookmark_ms")
    bookmark_ms = None if bookmark is None else int(bookmark)
    seen = state.get("seen") or {}
    seen_conversations = {int(k): int(v) for k, v in (seen.get("conversations") or {}).items()}
    seen_messages = {str(k): int(v) for k, v in (seen.get("messages") or {}).items()}
    if bookmark_ms is not None and until_ms <= bookmark_ms:
        # A run that ends where the last one ended (or before) has nothing new to load.
        start_ms, end_ms, mode = until_ms, until_ms, "incremental"
    else:
        start_ms, mode = plan_range(since_ms, bookmark_ms, overlap_ms, until_ms)
        end_ms = until_ms
    state["since_ms"] = since_ms
    state["since"] = _iso(since_ms)
    selector = _Dedupe(seen_conversations, seen_messages, zone_start_ms=end_ms - overlap_ms)
    return Increment(
        mode=mode,
        start_ms=start_ms,
        end_ms=end_ms,
        windows=split_ms(start_ms, end_ms) if end_ms > start_ms else [],
        selector=selector,
        state=state,
        _zone_conversations={},
        _zone_messages={},
    )
