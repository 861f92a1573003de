"""The one set of defaults for running the fake Dixa, shared by its three entry points:
`python -m dixa_async.testing`, `dixa-async fake-server`, and the embedded fake the
CLI runs against when no API key is given. Same seed and size, so all three serve the same
organisation; the same limit Dixa enforces.

Plain constants only: the CLI reads them without importing the fake (or its extra).
"""

from __future__ import annotations

__all__ = ["CONVERSATIONS", "HOST", "PORT", "RATE_LIMIT", "SEED", "describe"]

HOST = "127.0.0.1"
"""Only this machine: the fake accepts any token."""
PORT = 8765
SEED = 0
"""Seeds the organisation, page keys and fault draws (the `FakeDixa` default too)."""
CONVERSATIONS = 5_000
"""Thousands of conversations, while seeding stays well under a second."""
RATE_LIMIT: tuple[float, int] = (10.0, 4)
"""Dixa's documented limit per token: 10 requests/s, bursts of 4."""


def describe(*, seed: int, conversations: int, rate_limit: tuple[float, int] | None) -> str:
    """How a fake was set up, in the words every entry point prints."""
    limit = (
        "no rate limit"
        if rate_limit is None
        else f"rate-limited like Dixa ({rate_limit[0]:g} requests/s, burst {rate_limit[1]})"
    )
    return f"seed {seed}, {conversations:,} conversations, {limit}"
