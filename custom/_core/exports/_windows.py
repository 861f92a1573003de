"""Time windows: how a range of any length becomes queries Dixa answers.

A window is half-open, `[after, before)`, in whole UTC epoch milliseconds (the unit of the
Exports API): neighbouring windows share a boundary instant that belongs to the later one, so
an item stamped exactly on a boundary falls in exactly one window. The SDK always sends
epoch milliseconds, never `yyyy-mm-dd`: a date is turned into its UTC midnight here, so what
Dixa does with date bounds (whose time zone it does not document) never matters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ._config import MAX_WINDOW_DAYS

__all__ = ["Window", "moment_ms", "ms_of", "to_ms", "windows"]

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MS = dt.timedelta(milliseconds=1)
DAY_MS = 86_400_000

Moment = dt.date | dt.datetime


def to_ms(value: Moment, *, name: str = "moment") -> int:
    """`value` as UTC epoch milliseconds.

    A `date` is its UTC midnight. A `datetime` must be timezone-aware (a naive one is
    ambiguous, and guessing its zone would shift the export window): ValueError otherwise.
    Sub-millisecond parts round up, so that `after <= item` and `item < before` keep the same
    meaning for the millisecond timestamps Dixa stores. TypeError for anything else.
    """
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"{name} must be timezone-aware (e.g. datetime(2024, 1, 1, tzinfo=UTC)) or a date"
            )
        delta = value - _EPOCH
        return -(-delta // _MS)  # ceiling division
    if isinstance(value, dt.date):
        return (dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC) - _EPOCH) // _MS
    raise TypeError(f"{name} must be a date or a datetime, got {type(value).__name__}")


def ms_of(moment: dt.datetime) -> int:
    """Epoch milliseconds of a parsed item timestamp; a zone-less one is read as UTC."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return (moment - _EPOCH) // _MS


def moment_ms(ms: int) -> dt.datetime:
    """The aware UTC datetime of epoch milliseconds `ms`."""
    return _EPOCH + dt.timedelta(milliseconds=ms)


@dataclass(frozen=True, slots=True)
class Window:
    """One export query's time range: `after_ms <= t < before_ms` (UTC epoch milliseconds).

    `after`/`before` are the same bounds as aware UTC datetimes: pass them back as
    `created_after=window.after, created_before=window.before` (or any other filter pair) and
    the call costs exactly one request. Windows are ordered and hashable, so a job can
    checkpoint the ones it finished.
    """

    after_ms: int
    before_ms: int

    def __post_init__(self) -> None:
        if self.before_ms < self.after_ms:
            raise ValueError("a window cannot end before it starts")

    @property
    def after(self) -> dt.datetime:
        return moment_ms(self.after_ms)

    @property
    def before(self) -> dt.datetime:
        return moment_ms(self.before_ms)

    @property
    def days(self) -> float:
        return (self.before_ms - self.after_ms) / DAY_MS

    def __contains__(self, moment: object) -> bool:
        if isinstance(moment, dt.datetime):
            return self.after_ms <= ms_of(moment) < self.before_ms
        return False

    def __repr__(self) -> str:
        return f"Window({self.after.isoformat()} .. {self.before.isoformat()})"


def _max_span_ms(max_days: float) -> int:
    if isinstance(max_days, bool) or not isinstance(max_days, int | float):
        raise TypeError(f"max_days must be a number, got {type(max_days).__name__}")
    if not 0 < max_days <= MAX_WINDOW_DAYS:
        raise ValueError(
            f"max_days must be > 0 and at most {MAX_WINDOW_DAYS} (Dixa refuses longer queries)"
        )
    return max(1, round(max_days * DAY_MS))


def split_ms(after_ms: int, before_ms: int, *, max_days: float = MAX_WINDOW_DAYS) -> list[Window]:
    """`[after_ms, before_ms)` cut into consecutive windows of at most `max_days` each.

    The windows tile the range exactly: the first starts at `after_ms`, each starts where
    the previous one ended, the last ends at `before_ms`. An empty range gives no window.
    """
    span = _max_span_ms(max_days)
    if before_ms < after_ms:
        raise ValueError("the range ends before it starts (after > before)")
    out: list[Window] = []
    start = after_ms
    while start < before_ms:
        stop = min(start + span, before_ms)
        out.append(Window(start, stop))
        start = stop
    return out


def windows(
    after: Moment,
    before: Moment | None = None,
    *,
    max_days: float = MAX_WINDOW_DAYS,
) -> list[Window]:
    """The windows `dixa.exports.conversations/messages` use for `[after, before)`.

    `before=None` means now. Dates are UTC midnights; datetimes must be timezone-aware. A
    range of at most `max_days` (default 31, Dixa's limit; at most 31) is one window, and so
    one request; a longer one is split into consecutive windows of `max_days`, the last one
    shorter. Iterating the windows one by one, passing `window.after`/`window.before` as a
    filter pair, yields exactly what one call over the whole range yields, which lets a job
    checkpoint per window.

    Raises TypeError for bounds that are not dates/datetimes, ValueError for naive datetimes,
    `after > before` and `max_days` outside (0, 31].
    """
    after_ms = to_ms(after, name="after")
    before_ms = to_ms(before, name="before") if before is not None else now_ms()
    return split_ms(after_ms, before_ms, max_days=max_days)


def now_ms() -> int:
    return to_ms(dt.datetime.now(dt.UTC))
