"""Windows and request planning: ranges of any length become queries Dixa answers, with
boundaries neither skipped nor double-counted, and bad arguments fail before any request."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import httpx
import pytest
from dixa_async._core.exports import CSIDS_QUERY_CHARS, MAX_WINDOW_DAYS
from dixa_async._core.exports._plan import CONVERSATION_FILTERS, MESSAGE_FILTERS, plan
from dixa_async.warehouse import Window, windows
from hypothesis import given
from hypothesis import strategies as st

UTC = dt.UTC
DAY_MS = 86_400_000
JAN_1 = dt.datetime(2024, 1, 1, tzinfo=UTC)
JAN_1_MS = 1_704_067_200_000


def _tiles(parts: list[Window], after_ms: int, before_ms: int) -> None:
    assert parts[0].after_ms == after_ms
    assert parts[-1].before_ms == before_ms
    for left, right in itertools.pairwise(parts):
        assert left.before_ms == right.after_ms  # contiguous: no gap, no overlap
    assert all(0 < w.before_ms - w.after_ms <= MAX_WINDOW_DAYS * DAY_MS for w in parts)


def test_a_range_of_31_days_is_one_window_and_one_ms_more_is_two() -> None:
    assert windows(dt.date(2024, 1, 1), dt.date(2024, 2, 1)) == [
        Window(JAN_1_MS, JAN_1_MS + 31 * DAY_MS)
    ]
    longer = windows(JAN_1, JAN_1 + dt.timedelta(days=31, milliseconds=1))
    assert longer == [
        Window(JAN_1_MS, JAN_1_MS + 31 * DAY_MS),
        Window(JAN_1_MS + 31 * DAY_MS, JAN_1_MS + 31 * DAY_MS + 1),
    ]


def test_years_are_tiled_by_31_day_windows() -> None:
    parts = windows(dt.date(2021, 1, 1), dt.date(2025, 1, 1))
    span = (dt.date(2025, 1, 1) - dt.date(2021, 1, 1)).days
    assert len(parts) == -(-span // 31)  # ceil: 1461 days -> 48 windows
    _tiles(parts, parts[0].after_ms, parts[-1].before_ms)
    assert parts[0].after == dt.datetime(2021, 1, 1, tzinfo=UTC)
    assert parts[-1].before == dt.datetime(2025, 1, 1, tzinfo=UTC)


def test_a_moment_on_a_boundary_belongs_to_exactly_one_window() -> None:
    parts = windows(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    for boundary in [w.after for w in parts[1:]]:
        for moment in (boundary - dt.timedelta(milliseconds=1), boundary):
            assert sum(moment in w for w in parts) == 1
        assert boundary in next(w for w in parts if w.after == boundary)  # the later one
    assert parts[-1].before not in parts[-1]  # `before` is exclusive


@given(
    start=st.integers(min_value=0, max_value=4_000_000_000_000),
    length=st.integers(min_value=1, max_value=5 * 365 * DAY_MS),
    days=st.integers(min_value=1, max_value=31),
)
def test_windows_tile_any_range(start: int, length: int, days: int) -> None:
    after = dt.datetime(1970, 1, 1, tzinfo=UTC) + dt.timedelta(milliseconds=start)
    before = after + dt.timedelta(milliseconds=length)
    parts = windows(after, before, max_days=days)
    _tiles(parts, start, start + length)
    assert len(parts) == -(-length // (days * DAY_MS))


def test_dates_are_utc_midnight_and_datetimes_keep_their_instant() -> None:
    copenhagen = dt.datetime(2024, 1, 1, 1, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    assert windows(copenhagen, dt.date(2024, 1, 2)) == [Window(JAN_1_MS, JAN_1_MS + DAY_MS)]
    # Sub-millisecond parts round up: `after <= t` keeps its meaning for millisecond stamps.
    fine = JAN_1 + dt.timedelta(microseconds=1)
    assert windows(fine, JAN_1 + dt.timedelta(days=1))[0].after_ms == JAN_1_MS + 1


def test_an_empty_range_has_no_window() -> None:
    assert windows(JAN_1, JAN_1) == []


@pytest.mark.parametrize(
    ("after", "before", "error"),
    [
        (dt.datetime(2024, 1, 1), dt.date(2024, 2, 1), ValueError),  # naive
        (dt.date(2024, 2, 1), dt.date(2024, 1, 1), ValueError),  # reversed
        ("2024-01-01", dt.date(2024, 2, 1), TypeError),
        (1_704_067_200_000, dt.date(2024, 2, 1), TypeError),
    ],
)
def test_bad_bounds_are_refused(after: object, before: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        windows(after, before)  # type: ignore[arg-type]


@pytest.mark.parametrize("max_days", [0, -1, 32, 31.5])
def test_windows_longer_than_dixa_allows_are_refused(max_days: float) -> None:
    with pytest.raises(ValueError, match="max_days"):
        windows(dt.date(2024, 1, 1), dt.date(2024, 3, 1), max_days=max_days)


def test_before_defaults_to_now() -> None:
    before = dt.datetime.now(UTC)
    parts = windows(before - dt.timedelta(days=40))
    after = dt.datetime.now(UTC)
    assert len(parts) == 2
    assert before <= parts[-1].before <= after + dt.timedelta(milliseconds=1)


# ---- request planning -----------------------------------------------------------------------


def _conversations(**filters: object) -> list[dict[str, str]]:
    bounds = {
        name: (filters.pop(f"{name}_after", None), filters.pop(f"{name}_before", None))
        for name in CONVERSATION_FILTERS
    }
    csids = filters.pop("csids", None)
    assert not filters
    return [r.params for r in plan(CONVERSATION_FILTERS, bounds, csids)]  # type: ignore[arg-type]


def test_a_single_window_call_is_one_request_with_epoch_ms_bounds() -> None:
    assert _conversations(
        created_after=dt.date(2024, 1, 1), created_before=dt.date(2024, 2, 1)
    ) == [{"created_after": str(JAN_1_MS), "created_before": str(JAN_1_MS + 31 * DAY_MS)}]


def test_the_wide_pair_is_windowed_and_the_narrow_one_rides_along() -> None:
    requests = _conversations(
        created_after=dt.date(2024, 1, 1),
        created_before=dt.date(2024, 1, 11),
        updated_after=dt.date(2024, 1, 1),
        updated_before=dt.date(2024, 4, 1),
    )
    assert len(requests) == 3
    assert {r["created_after"] for r in requests} == {str(JAN_1_MS)}
    assert [r["updated_after"] for r in requests] == [
        str(JAN_1_MS),
        str(JAN_1_MS + 31 * DAY_MS),
        str(JAN_1_MS + 62 * DAY_MS),
    ]


def test_csids_go_in_batches_bounded_by_the_url_without_duplicates() -> None:
    ids = [*range(1, 26), 3, 7]
    requests = _conversations(csids=ids)
    assert [r["csids"] for r in requests] == [",".join(map(str, range(1, 26)))]
    assert _conversations(csids=[]) == []  # nothing asked, nothing sent
    # 2,000 ten-digit ids: as many per request as fit in CSIDS_QUERY_CHARS of the query.
    big = list(range(1_000_000_000, 1_000_002_000))
    batches = [r["csids"] for r in _conversations(csids=big)]
    assert [int(i) for b in batches for i in b.split(",")] == big
    encoded = [str(httpx.QueryParams({"csids": b})).removeprefix("csids=") for b in batches]
    assert all(len(e) <= CSIDS_QUERY_CHARS for e in encoded)
    assert len(batches) == -(-2000 // (CSIDS_QUERY_CHARS // 13))  # 10 digits + "%2C" each


def test_csids_with_a_long_range_are_every_window_times_every_batch() -> None:
    requests = _conversations(
        created_after=dt.date(2024, 1, 1),
        created_before=dt.date(2024, 3, 1),
        csids=range(1_000_000_000, 1_000_000_400),
    )
    assert len(requests) == 2 * 2


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({}, "time range"),
        ({"created_before": dt.date(2024, 1, 1)}, "created_after"),
        (
            {
                "created_after": dt.date(2024, 1, 1),
                "created_before": dt.date(2024, 6, 1),
                "closed_after": dt.date(2024, 1, 1),
                "closed_before": dt.date(2024, 6, 1),
            },
            "only one filter pair",
        ),
        ({"closed_after": dt.date(2024, 2, 1), "closed_before": dt.date(2024, 1, 1)}, "later"),
    ],
)
def test_filters_dixa_would_refuse_fail_before_sending(
    filters: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        _conversations(**filters)


@pytest.mark.parametrize(
    ("csids", "error"),
    [("123", TypeError), ([1, "2"], TypeError), ([0], ValueError), ([True], TypeError)],
)
def test_bad_csids_are_refused(csids: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        _conversations(csids=csids)


def test_message_windows_use_the_message_filter() -> None:
    requests = plan(MESSAGE_FILTERS, {"created": (dt.date(2024, 1, 1), dt.date(2024, 3, 1))})
    assert [r.params["created_after"] for r in requests] == [
        str(JAN_1_MS),
        str(JAN_1_MS + 31 * DAY_MS),
    ]
    assert all(g.field == "created_at" for r in requests for g in r.guards)
