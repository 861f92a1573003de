"""Per-token token bucket, as Dixa documents it: 10 requests/second with bursts of 4."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class TokenStats:
    """Counters for one API token: requests seen and how many got 429."""

    requests: int = 0
    rate_limited: int = 0
    server_errors: int = 0
    dropped: int = 0


class TokenBucket:
    def __init__(self, rate: float, burst: int, clock: Callable[[], float]) -> None:
        self.rate, self.burst, self._clock = rate, burst, clock
        self._state: dict[str, tuple[float, float]] = {}

    def allow(self, token: str) -> bool:
        now = self._clock()
        level, last = self._state.get(token, (float(self.burst), now))
        level = min(float(self.burst), level + (now - last) * self.rate)
        if level >= 1.0:
            self._state[token] = (level - 1.0, now)
            return True
        self._state[token] = (level, now)
        return False
