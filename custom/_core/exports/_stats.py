"""`ExportStats`: the counters of `dixa.exports`."""

from __future__ import annotations

from dataclasses import dataclass

from .._transport import ClientStats

__all__ = ["ExportStats"]


@dataclass(slots=True)
class ExportStats(ClientStats):
    """`ClientStats` of the Exports API pipeline, plus what its items needed.

    `lenient`: items read leniently (a null in a list, a null `created_at` or `csid`, an
    unreadable timestamp: read as absent); `outside_window`: items delivered although their
    own timestamp lies outside the window they came in; `repeated`: items Dixa sent again
    (in the same window, or in the window of their timestamp after an earlier one) and that
    were not delivered twice.
    """

    lenient: int = 0
    outside_window: int = 0
    repeated: int = 0
