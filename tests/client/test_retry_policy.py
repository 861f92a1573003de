"""The retry policy as a pure object: properties over all inputs, then specific cases."""

from __future__ import annotations

import email.utils

import httpx
import pytest
from dixa_async._core._retry import is_replayable, parse_retry_after
from hypothesis import given
from hypothesis import strategies as st

from dixa_async import RetryPolicy

METHODS = st.sampled_from(["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "POST", "PATCH"])
PATHS = st.sampled_from(
    [
        "/v1/conversations/1",
        "/v1/endusers",
        "/v1/search/conversations",
        "/v1/analytics/records",
        "/v1/analytics/metrics",
        "/v1/tags",
    ]
)
POLICIES = st.builds(
    RetryPolicy,
    max_retries=st.integers(0, 8),
    base_delay=st.floats(0, 2),
    max_delay=st.floats(2, 30),
    max_retry_after=st.floats(0, 120),
    retry_timeouts=st.booleans(),
)
JITTER = st.floats(0, 1, exclude_max=True)
ATTEMPTS = st.integers(0, 50)
MAYBE_SENT = st.sampled_from([httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError])
TIMED_OUT = st.sampled_from([httpx.ReadTimeout, httpx.WriteTimeout])
NOT_SENT = st.sampled_from([httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])


@given(POLICIES, METHODS, PATHS, st.integers(100, 599), ATTEMPTS, JITTER)
def test_status_delays_are_bounded_and_stop_after_max_retries(
    policy: RetryPolicy, method: str, path: str, status: int, attempt: int, jitter: float
) -> None:
    delay = policy.delay_after_status(method, path, status, None, attempt, jitter)
    if attempt >= policy.max_retries:
        assert delay is None
    if delay is not None:
        assert 0 <= delay <= policy.max_delay


@given(POLICIES, METHODS, PATHS, st.integers(500, 599), ATTEMPTS, JITTER)
def test_5xx_is_retried_only_when_replay_is_safe(
    policy: RetryPolicy, method: str, path: str, status: int, attempt: int, jitter: float
) -> None:
    delay = policy.delay_after_status(method, path, status, None, attempt, jitter)
    expected = attempt < policy.max_retries and is_replayable(method, path)
    assert (delay is not None) == expected


@given(POLICIES, METHODS, PATHS, ATTEMPTS, JITTER)
def test_429_is_retried_for_every_method(
    policy: RetryPolicy, method: str, path: str, attempt: int, jitter: float
) -> None:
    delay = policy.delay_after_status(method, path, 429, None, attempt, jitter)
    assert (delay is not None) == (attempt < policy.max_retries)


@given(POLICIES, METHODS, PATHS, st.integers(200, 428) | st.integers(430, 499), JITTER)
def test_other_statuses_are_never_retried(
    policy: RetryPolicy, method: str, path: str, status: int, jitter: float
) -> None:
    assert policy.delay_after_status(method, path, status, None, 0, jitter) is None


@given(POLICIES, METHODS, PATHS, st.floats(0, 10_000), JITTER)
def test_retry_after_is_honoured_and_capped(
    policy: RetryPolicy, method: str, path: str, hint: float, jitter: float
) -> None:
    if policy.max_retries == 0:
        return
    delay = policy.delay_after_status(method, path, 429, f"{hint}", 0, jitter)
    assert delay == min(hint, policy.max_retry_after)


@given(POLICIES, METHODS, PATHS, NOT_SENT, ATTEMPTS, JITTER)
def test_errors_before_sending_are_retried_for_every_method(
    policy: RetryPolicy,
    method: str,
    path: str,
    error: type[httpx.TransportError],
    attempt: int,
    jitter: float,
) -> None:
    delay = policy.delay_after_error(method, path, error("x"), attempt, jitter)
    assert (delay is not None) == (attempt < policy.max_retries)


@given(POLICIES, METHODS, PATHS, MAYBE_SENT, JITTER)
def test_errors_after_sending_are_retried_only_when_replay_is_safe(
    policy: RetryPolicy,
    method: str,
    path: str,
    error: type[httpx.TransportError],
    jitter: float,
) -> None:
    delay = policy.delay_after_error(method, path, error("x"), 0, jitter)
    assert (delay is not None) == (policy.max_retries > 0 and is_replayable(method, path))


@given(POLICIES, METHODS, PATHS, TIMED_OUT, JITTER)
def test_timeouts_after_sending_are_retried_only_when_asked_and_safe(
    policy: RetryPolicy,
    method: str,
    path: str,
    error: type[httpx.TransportError],
    jitter: float,
) -> None:
    delay = policy.delay_after_error(method, path, error("x"), 0, jitter)
    expected = policy.retry_timeouts and policy.max_retries > 0 and is_replayable(method, path)
    assert (delay is not None) == expected


@given(st.integers(0, 40), JITTER)
def test_backoff_is_full_jitter_under_an_exponential_ceiling(attempt: int, jitter: float) -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0)
    ceiling = min(8.0, 0.5 * 2**attempt)
    assert policy.backoff(attempt, jitter) == pytest.approx(ceiling * jitter)


def test_writes_that_may_have_landed_are_not_replayable() -> None:
    assert not is_replayable("POST", "/v1/conversations")
    assert not is_replayable("POST", "/v1/conversations/1/notes")
    # Outside the operation table only the HTTP method counts: PATCH is not idempotent.
    assert not is_replayable("PATCH", "/v1/not-a-dixa-route/1")


def test_the_operation_table_decides_replay_safety() -> None:
    # Dixa's PATCHes set values: sending one twice changes nothing more.
    assert is_replayable("PATCH", "/v1/endusers/u1")
    assert is_replayable("PATCH", "/v1/queues/q1/members")
    assert is_replayable("POST", "/v1/search/conversations")
    assert is_replayable("POST", "/v1/search/conversations/")
    assert is_replayable("PUT", "/v1/conversations/1/close")


def test_retry_after_accepts_http_dates() -> None:
    now = 1_700_000_000.0
    header = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(header, now=now) == pytest.approx(30.0)
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after("-5") == 0.0


def test_invalid_policies_are_rejected() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match="base_delay"):
        RetryPolicy(base_delay=10, max_delay=1)


def test_policy_is_frozen() -> None:
    policy = RetryPolicy()
    with pytest.raises(AttributeError):
        policy.max_retries = 9  # type: ignore[misc]
