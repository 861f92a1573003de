"""What the client retries, and how long it waits first: a pure, frozen policy.

Replaying a request is safe when Dixa cannot have acted on it, or when acting twice
changes nothing:

* 429: the rate limiter rejected the request before it was processed; any method.
* Connection not established (`ConnectError`, `ConnectTimeout`, `PoolTimeout`): nothing
  reached Dixa; any method.
* 5xx and broken connections after sending (`ReadError`, `RemoteProtocolError`, ...):
  Dixa may have processed the request, so only operations the
  operation table marks idempotent — GET/HEAD/PUT/DELETE, Dixa's PATCHes (each sets
  values, so sending one twice changes nothing more), and the POSTs that only read
  (conversation search, analytics queries). A POST that may have landed is never replayed.
* A read or write timeout (`ReadTimeout`, `WriteTimeout`): not retried unless
  `retry_timeouts=True` (then like a broken connection). The timeout is the caller's own
  bound on how long to wait for Dixa; replaying silently would multiply it, so that
  `with_options(timeout=1.0)` would not end a call in about a second.

Delays are exponential with full jitter. Dixa documents no `Retry-After`; when one is
sent it wins, capped at `max_retry_after`.
"""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass

import httpx

from dixa_async.operations import resolve

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "IDEMPOTENT_METHODS",
    "RetryPolicy",
    "is_replayable",
]

DEFAULT_MAX_RETRIES = 4
# For requests to routes outside the operation table.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# Raised before the request left this process: Dixa never saw it.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Raised after (part of) the request may have been sent.
_MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# The caller's timeout ran out after sending (connect and pool timeouts are _NOT_SENT).
_TIMED_OUT = (httpx.ReadTimeout, httpx.WriteTimeout)


def is_replayable(method: str, path: str) -> bool:
    """True when sending `method path` twice has the effect of sending it once."""
    op = resolve(method, path)
    if op is not None:
        return op.idempotent
    return method.upper() in IDEMPOTENT_METHODS


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retry decisions, free of I/O so they can be tested exhaustively.

    `attempt` is the number of retries already made for the request (0 after the first
    failure). `jitter` is a number drawn uniformly from [0, 1): the caller supplies the
    randomness so the policy stays deterministic. Methods return the delay in seconds
    before the next try, or None when the failure must be surfaced. `retry_timeouts`:
    also replay (replayable) requests whose read or write timed out.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    retry_timeouts: bool = False
    min_jitter: float = 0.0
    """Lower end of the jitter factor: each wait is at least `min_jitter` times its ceiling,
    which gives a policy a guaranteed minimum patience (0: full jitter)."""

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if not 0 <= self.base_delay <= self.max_delay:
            raise ValueError("need 0 <= base_delay <= max_delay")
        if self.max_retry_after < 0:
            raise ValueError("max_retry_after must be >= 0")
        if not 0 <= self.min_jitter <= 1:
            raise ValueError("min_jitter must be between 0 and 1")

    def backoff(self, attempt: int, jitter: float) -> float:
        """Jittered exponential backoff: uniform in [min_jitter * ceiling, ceiling), where
        ceiling = min(max_delay, base * 2**attempt) (full jitter when `min_jitter` is 0)."""
        ceiling = (
            self.max_delay if attempt >= 32 else min(self.max_delay, self.base_delay * 2**attempt)
        )
        return ceiling * (self.min_jitter + (1.0 - self.min_jitter) * jitter)

    def least_patience(self) -> float:
        """The shortest total wait before the policy gives up on a request answered 429 (or
        a retryable failure) every time, without `Retry-After`: every jitter at its minimum."""
        return sum(self.backoff(attempt, 0.0) for attempt in range(self.max_retries))

    def delay_after_status(
        self,
        method: str,
        path: str,
        status: int,
        retry_after: str | None,
        attempt: int,
        jitter: float,
    ) -> float | None:
        """Delay before retrying a request answered with `status`, or None."""
        if attempt >= self.max_retries:
            return None
        if status != 429 and not (status >= 500 and is_replayable(method, path)):
            return None
        hinted = parse_retry_after(retry_after) if retry_after is not None else None
        if hinted is not None:
            return min(hinted, self.max_retry_after)
        return self.backoff(attempt, jitter)

    def delay_after_error(
        self, method: str, path: str, error: Exception, attempt: int, jitter: float
    ) -> float | None:
        """Delay before retrying a request that failed with transport `error`, or None."""
        if attempt >= self.max_retries:
            return None
        if isinstance(error, _NOT_SENT):
            return self.backoff(attempt, jitter)
        if isinstance(error, _TIMED_OUT) and not self.retry_timeouts:
            return None
        if isinstance(error, _MAYBE_SENT) and is_replayable(method, path):
            return self.backoff(attempt, jitter)
        return None


def parse_retry_after(value: str, *, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` value (delta-seconds or HTTP date), else None."""
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
        if moment.tzinfo is None:
            return None
        seconds = moment.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)
