"""The `dixa_async` logger and the one line written per retry.

Lines carry method, path, attempt, delay and the status or error class. Never headers,
never the query string (a `pageKey` is harmless, but filters can hold e-mail addresses),
and so never the token.
"""

from __future__ import annotations

import logging

__all__ = ["log_retry", "logger"]

logger = logging.getLogger("dixa_async")


def log_retry(method: str, path: str, attempt: int, delay: float, reason: str) -> None:
    """Log that request `method path` will be sent again as retry number `attempt`."""
    logger.info(
        "retrying %s %s: attempt %d in %.2fs after %s", method, path, attempt, delay, reason
    )
