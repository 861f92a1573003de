"""Split a search over a long creation-date range into windows Dixa answers in one query.

Dixa does not document the widest range one conversation search may span; 31 days is this
SDK's assumption (`DEFAULT_WINDOW`), and every helper takes `window=` to change it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterable, AsyncIterator, Callable
from dataclasses import replace
from typing import Protocol

from dixa_async._core._filters import F, SearchQuery

from dixa_async.models.between import Between
from dixa_async.models.condition import Condition
from dixa_async.models.creation_date import CreationDate

__all__ = ["DEFAULT_WINDOW", "deduplicated", "split_by_creation"]

DEFAULT_WINDOW = dt.timedelta(days=31)


class _Hit(Protocol):
    @property
    def id(self) -> int: ...


def _created_between(condition: Condition) -> Between | None:
    field = condition.field
    if isinstance(field, CreationDate) and isinstance(field.operator, Between):
        return field.operator
    return None


def split_by_creation(
    search: SearchQuery, *, window: dt.timedelta = DEFAULT_WINDOW
) -> list[SearchQuery]:
    """The searches, one per creation-date window, that together cover `search`.

    `search` must contain exactly one `F.created.between(start, end)` condition and join its
    conditions with `All` (with `Any`, narrowing one condition would not narrow the result).
    A range no wider than `window` comes back as `[search]`. Neighbouring windows share
    their boundary instant (Dixa does not say whether bounds are inclusive), so iterate the
    results through `deduplicated`.
    """
    if window <= dt.timedelta(0):
        raise ValueError("window must be positive")
    ranges = [(i, b) for i, c in enumerate(search.conditions) if (b := _created_between(c))]
    if len(ranges) != 1:
        raise ValueError("split_by_creation needs exactly one F.created.between(...) condition")
    if search.strategy == "Any" and len(search.conditions) > 1:
        raise ValueError("split_by_creation needs conditions joined with All (where)")
    index, between = ranges[0]
    start, end = between.timestamp_from, between.timestamp_to
    if end - start <= window:
        return [search]
    parts: list[SearchQuery] = []
    while start < end:
        stop = min(start + window, end)
        conditions = list(search.conditions)
        conditions[index] = F.created.between(start, stop)
        parts.append(replace(search, conditions=tuple(conditions)))
        start = stop
    return parts


async def deduplicated(
    windows: list[SearchQuery],
    hits_of: Callable[[SearchQuery], AsyncIterable[_Hit]],
) -> AsyncIterator[_Hit]:
    """Hits of every window in order, each conversation id once.

    Only neighbouring windows can overlap (at their shared boundary), so only the ids of
    the previous and the current window are remembered: memory grows with one window's
    hits, not with the whole range.
    """
    previous: set[int] = set()
    for search in windows:
        current: set[int] = set()
        async for hit in hits_of(search):
            if hit.id in previous or hit.id in current:
                continue
            current.add(hit.id)
            yield hit
        previous = current
