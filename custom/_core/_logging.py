"""The `dixa_async` logger: the line written per request and per retry, and the
`DIXA_ASYNC_LOG` switch.

Lines carry method, path, status, attempt, delay and timings. Never the query string (a
`pageKey` is harmless, but filters can hold e-mail addresses) and never bodies. Headers
only at DEBUG, with `Authorization` (the token) and cookies redacted.

Every module of the SDK logs under `dixa_async` (`dixa_async.webhooks` for the webhook
receiver), so one logger configures them all. `DIXA_ASYNC_LOG=info` (requests and retries)
or `=debug` (plus each attempt and its headers) attaches a stderr handler to it when the
first `DixaClient` is created, for users who have not configured logging themselves.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable

from ._errors import ConfigurationError

__all__ = [
    "LOG_ENV",
    "log_attempt",
    "log_response",
    "log_retry",
    "logger",
    "redacted_headers",
    "setup_from_env",
]

LOG_ENV = "DIXA_ASYNC_LOG"
logger = logging.getLogger("dixa_async")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_SECRET_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "proxy-authorization"})
_handler: logging.Handler | None = None


def setup_from_env() -> None:
    """Apply `DIXA_ASYNC_LOG` (unset or empty: leave logging alone), once per process.

    ConfigurationError for a value other than debug/info (either case)."""
    global _handler
    value = os.environ.get(LOG_ENV, "").strip().lower()
    if not value:
        return
    level = _LEVELS.get(value)
    if level is None:
        raise ConfigurationError(f"{LOG_ENV} must be 'debug' or 'info', got {value!r}")
    if _handler is None:
        _handler = logging.StreamHandler(sys.stderr)
        _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(_handler)
    logger.setLevel(level)


def redacted_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """`headers` with the token and cookies replaced by `<redacted>`."""
    return {
        name: "<redacted>" if name.lower() in _SECRET_HEADERS else value for name, value in headers
    }


def log_attempt(method: str, path: str, attempt: int, headers: Iterable[tuple[str, str]]) -> None:
    """DEBUG: attempt number `attempt` (0: the first) of `method path` is being sent."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "sending %s %s (attempt %d) headers=%s",
            method, path, attempt + 1, redacted_headers(headers),
        )  # fmt: skip


def log_response(method: str, path: str, status: int, attempts: int, seconds: float) -> None:
    """INFO: `method path` was answered with `status` after `attempts` tries in `seconds`."""
    logger.info(
        "%s %s -> %d (%d attempt%s, %.3f s)",
        method, path, status, attempts, "" if attempts == 1 else "s", seconds,
    )  # fmt: skip


def log_retry(method: str, path: str, attempt: int, delay: float, reason: str) -> None:
    """Log that request `method path` will be sent again as retry number `attempt`."""
    logger.info(
        "retrying %s %s: attempt %d in %.2fs after %s", method, path, attempt, delay, reason
    )
