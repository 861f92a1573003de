"""Defaults and the rate-limit setting of `DixaClient`.

Facts from Dixa's "API Standards & Rules": the host is `https://dev.dixa.io` (operation paths
carry the `/v1` prefix), and every token may send 10 requests per second with bursts of 4.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

__all__ = ["API_KEY_ENV", "DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "RateLimit"]

DEFAULT_BASE_URL = "https://dev.dixa.io"
API_KEY_ENV = "DIXA_API_KEY"
# Connect fails fast; reads get room for slow analytics/search queries.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


@dataclass(frozen=True, slots=True)
class RateLimit:
    """How fast a client may send, per API token.

    Dixa meters each token with a bucket of `burst` requests refilled at `per_second`.
    The client mirrors it with a leaky bucket that drains at exactly `per_second` (so a
    sustained run really reaches the limit) but holds `burst - headroom` requests: the
    `headroom` slots stay free on Dixa's side, because requests sent exactly on schedule
    can reach Dixa bunched together (a first request slowed by the TLS handshake, event-loop
    jitter) and a bucket filled to the brim turns any such bunching into a 429. Costs one
    slot of the initial burst (0.1 s) and nothing after.
    """

    per_second: float = 10.0
    burst: int = 4
    headroom: int = 1

    def __post_init__(self) -> None:
        if self.per_second <= 0:
            raise ValueError("per_second must be positive")
        if self.headroom < 0 or self.burst - self.headroom < 1:
            raise ValueError("burst - headroom must leave at least one request")

    @property
    def capacity(self) -> int:
        """Requests the client sends back to back before pacing starts."""
        return self.burst - self.headroom

    @property
    def period(self) -> float:
        """The aiolimiter `time_period` that drains `capacity` at `per_second`."""
        return self.capacity / self.per_second
