"""From keyword filters to the exact list of export requests, before anything is sent.

Each filter pair (`created_after`/`created_before`, ...) is a half-open range. A pair wider
than the window limit is split into windows (only one pair per call may need that); the other
pairs ride along on every request unchanged. `csids` are sent in batches as large as the
URL allows (`CSIDS_QUERY_CHARS`), and every (window, batch) combination is one request.

Every request also carries guards: the ranges its items are expected in, checked on each
item's own timestamp field. Dixa does not say whether `_before` is inclusive, nor what
`message_export`'s bounds select; an item outside its guards is still delivered (see
`_once`), and an item stamped exactly on a window boundary that two windows return is
delivered once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from ._config import CSIDS_PER_REQUEST, CSIDS_QUERY_CHARS, MAX_WINDOW_DAYS
from ._windows import DAY_MS, Moment, Window, ms_of, now_ms, split_ms, to_ms

__all__ = [
    "CONVERSATION_FILTERS",
    "MESSAGE_FILTERS",
    "Guard",
    "Request",
    "accepts",
    "plan",
    "stamp_ms",
]


@dataclass(frozen=True, slots=True)
class Guard:
    """Items must have `after_ms <= item.<field> < before_ms` (checked when the field is set)."""

    field: str
    after_ms: int
    before_ms: int


@dataclass(frozen=True, slots=True)
class Request:
    """One export request: its query parameters, the ranges its items are expected in
    (`guards`; `split` is the one cut into windows, None when no range was split) and its
    window."""

    params: dict[str, str]
    guards: tuple[Guard, ...]
    window: Window | None
    split: Guard | None = None

    def halves(self) -> tuple[Request, Request] | None:
        """This request with its csids in two halves (None: fewer than two csids)."""
        ids = self.params.get("csids", "").split(",")
        if len(ids) < 2:
            return None
        middle = len(ids) // 2
        return (
            replace(self, params={**self.params, "csids": ",".join(ids[:middle])}),
            replace(self, params={**self.params, "csids": ",".join(ids[middle:])}),
        )


# Filter name (the query parameters are `<name>_after`/`<name>_before`) -> the item field it
# is expected to match ("": the items carry no such field).
CONVERSATION_FILTERS: Mapping[str, str] = {
    "created": "created_at",
    "updated": "updated_at",
    "closed": "closed_at",
    "last_message_created": "last_message_created_at",
}
# Dixa's reference lists the conversation filters for `message_export` too, each described as
# a filter on conversations; messages carry only their own `created_at`.
MESSAGE_FILTERS: Mapping[str, str] = {
    "created": "created_at",
    "updated": "",
    "closed": "",
    "last_message_created": "",
}


def _pairs(
    bounds: Mapping[str, tuple[Moment | None, Moment | None]], now: int
) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for name, (after, before) in bounds.items():
        if after is None and before is None:
            continue
        if after is None:
            raise ValueError(f"{name}_before needs {name}_after: Dixa needs both bounds")
        after_ms = to_ms(after, name=f"{name}_after")
        before_ms = to_ms(before, name=f"{name}_before") if before is not None else now
        if before_ms < after_ms:
            raise ValueError(f"{name}_after is later than {name}_before")
        out[name] = (after_ms, before_ms)
    return out


def _batches(csids: Iterable[int]) -> list[tuple[int, ...]]:
    if isinstance(csids, str | bytes):
        raise TypeError("csids must be an iterable of conversation ids (ints), not a string")
    unique: dict[int, None] = {}
    for csid in csids:
        if isinstance(csid, bool) or not isinstance(csid, int):
            raise TypeError(f"csids must be ints, got {type(csid).__name__}")
        if csid <= 0:
            raise ValueError(f"conversation ids are positive, got {csid}")
        unique[csid] = None
    batches: list[tuple[int, ...]] = []
    batch: list[int] = []
    chars = 0
    for csid in unique:
        width = len(str(csid)) + 3  # the id and its percent-encoded comma
        if batch and (chars + width > CSIDS_QUERY_CHARS or len(batch) >= CSIDS_PER_REQUEST):
            batches.append(tuple(batch))
            batch, chars = [], 0
        batch.append(csid)
        chars += width
    if batch:
        batches.append(tuple(batch))
    return batches


def plan(
    filters: Mapping[str, str],
    bounds: Mapping[str, tuple[Moment | None, Moment | None]],
    csids: Iterable[int] | None = None,
    *,
    max_days: float = MAX_WINDOW_DAYS,
    now: int | None = None,
) -> list[Request]:
    """The requests that together export exactly what the filters select, each item once.

    `bounds` maps a filter name of `filters` to its (after, before) pair; a missing `before`
    means now. Raises ValueError when nothing narrows the export (Dixa needs a time range or
    csids), when a `_before` comes without its `_after`, when more than one pair is wider
    than the window limit, or for reversed ranges; TypeError for bounds that are not dates or
    datetimes and csids that are not ints.
    """
    unknown = set(bounds) - set(filters)
    if unknown:  # pragma: no cover - the namespaces pass only their own names
        raise ValueError(f"unknown export filters: {sorted(unknown)}")
    pairs = _pairs(bounds, now_ms() if now is None else now)
    batches = _batches(csids) if csids is not None else None
    if not pairs and batches is None:
        raise ValueError(
            "give a time range (for example created_after=...) or csids: Dixa exports nothing "
            "without one"
        )
    limit = round(max_days * DAY_MS)
    wide = [name for name, (a, b) in pairs.items() if b - a > limit]
    if len(wide) > 1:
        raise ValueError(
            f"only one filter pair may span more than {max_days:g} days, got "
            + ", ".join(wide)
            + ": narrow all but one of them"
        )
    split = wide[0] if wide else next(iter(pairs), None)
    windows: list[Window | None] = (
        [None] if split is None else list(split_ms(*pairs[split], max_days=max_days))
    )
    fixed = {name: span for name, span in pairs.items() if name != split}
    requests: list[Request] = []
    for window in windows:
        params: dict[str, str] = {}
        guards: list[Guard] = []
        spans = dict(fixed)
        split_guard: Guard | None = None
        if window is not None and split is not None:
            spans[split] = (window.after_ms, window.before_ms)
        for name, (after_ms, before_ms) in spans.items():
            params[f"{name}_after"] = str(after_ms)
            params[f"{name}_before"] = str(before_ms)
            if filters[name]:
                guard = Guard(filters[name], after_ms, before_ms)
                guards.append(guard)
                if name == split and window is not None:
                    split_guard = guard
        if any(a == b for a, b in spans.values()):
            continue  # an empty range selects nothing: no request
        for batch in batches if batches is not None else [None]:
            query = dict(params)
            if batch is not None:
                query["csids"] = ",".join(map(str, batch))
            requests.append(Request(query, tuple(guards), window, split_guard))
    return requests


def accepts(guards: tuple[Guard, ...], item: object) -> bool:
    """True when every guarded timestamp of `item` (a model or a decoded dict) that is set
    lies in its range."""
    for guard in guards:
        stamp = stamp_ms(item, guard.field)
        if stamp is not None and not guard.after_ms <= stamp < guard.before_ms:
            return False
    return True


def stamp_ms(item: object, name: str) -> int | None:
    """The timestamp `name` of `item` in epoch ms: a model's datetime, or a decoded item's
    epoch-ms number or string (None when absent or unreadable)."""
    value = item.get(name) if isinstance(item, dict) else getattr(item, name, None)
    if isinstance(value, dt.datetime):
        return ms_of(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value == value and abs(value) < 1e17:
        return int(value)
    if isinstance(value, str):
        if value.isdigit():
            return int(value)
        try:
            return ms_of(dt.datetime.fromisoformat(value))
        except ValueError:
            return None
    return None
