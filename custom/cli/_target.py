"""Which Dixa a command talks to: Dixa itself (or any `--base-url`) with the user's API
keys, or - only when asked for (`--fake`, and `demo` without a key) - the embedded fake
Dixa, in-process, at Dixa's real limits. Without a key and without `--fake`, a command stops
before it writes anything."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from dixa_async._core._client import DixaClient
from dixa_async._core._config import API_KEY_ENV, DEFAULT_BASE_URL, RateLimit
from dixa_async._core._errors import ConfigurationError
from dixa_async._core._pool import TokenPool
from dixa_async._core._throttle import Limiter
from dixa_async.testing import _defaults as fake_defaults

__all__ = [
    "EMBEDDED_CONVERSATIONS",
    "NO_API_KEY",
    "REDIS_URL_ENV",
    "Target",
    "embedded_target",
    "fake_setup",
    "first_client",
    "has_api_key",
    "require_api_keys",
    "resolve_target",
]

REDIS_URL_ENV = "DIXA_REDIS_URL"

# The shared defaults of every way to run the fake (`dixa-async fake-server` too).
EMBEDDED_CONVERSATIONS = fake_defaults.CONVERSATIONS
_EMBEDDED_TOKEN = "embedded-fake-dixa-token"
_EMBEDDED_URL = "http://fake-dixa.invalid"


def fake_setup() -> str:
    """How the embedded fake is seeded and limited, in the words the fake server prints."""
    return fake_defaults.describe(
        seed=fake_defaults.SEED,
        conversations=EMBEDDED_CONVERSATIONS,
        rate_limit=fake_defaults.RATE_LIMIT,
    )


@dataclass(frozen=True)
class Target:
    """Where requests go. `keys` are never printed; `describe()` is safe to show."""

    keys: tuple[str, ...]
    base_url: str
    rate_limit: RateLimit | None
    embedded: object | None = None
    """The in-process `FakeDixa` application (`--fake`)."""
    limiter: Limiter | None = None
    """Where the tokens' rate budgets are kept (None: in this process)."""

    @property
    def is_embedded(self) -> bool:
        return self.embedded is not None

    def describe(self) -> str:
        if self.is_embedded:
            return "the embedded fake Dixa (in-process)"
        tokens = f", {len(self.keys)} tokens" if len(self.keys) > 1 else ""
        shared = getattr(self.limiter, "description", None)
        via = f", rate limit shared through {shared}" if shared else ""
        return f"{self.base_url}{tokens}{via}"

    def _options(self, *, read_only: bool = False) -> dict[str, Any]:
        transport = (
            httpx.ASGITransport(app=self.embedded)  # type: ignore[arg-type]
            if self.embedded is not None
            else None
        )
        return {
            "base_url": self.base_url,
            "rate_limit": self.rate_limit,
            "transport": transport,
            "read_only": read_only,
            "limiter": self.limiter,
        }

    def client(self, *, read_only: bool = False) -> DixaClient:
        """A client for the first key, paced by `rate_limit` (not yet open)."""
        return DixaClient(self.keys[0], **self._options(read_only=read_only))

    def executor(self) -> DixaClient | TokenPool[DixaClient]:
        """What a job runs on: a client for the one key, or a `TokenPool` of one client per
        key (not yet open: use it as an async context manager, which opens and closes
        every client)."""
        if len(self.keys) == 1:
            return self.client()
        return TokenPool.from_tokens(self.keys, **self._options())


def first_client(executor: DixaClient | TokenPool[DixaClient]) -> DixaClient:
    """The client of `executor` used for look-ups (searches, tag names)."""
    return executor.clients[0] if isinstance(executor, TokenPool) else executor


NO_API_KEY = (
    f"no API key: pass --api-key KEY or set {API_KEY_ENV} (an admin creates keys under "
    "Settings -> Integrations -> API Tokens); add --fake to run against the embedded fake "
    "Dixa instead"
)


def _keys(given: list[str] | None, environ: Mapping[str, str]) -> tuple[str, ...]:
    raw = given if given else [environ.get(API_KEY_ENV, "")]
    keys = [part.strip() for value in raw for part in value.split(",")]
    unique = tuple(dict.fromkeys(k for k in keys if k))
    if given and not unique:
        raise ConfigurationError("--api-key is empty")
    return unique


def require_api_keys(
    api_keys: list[str] | None, environ: Mapping[str, str] = os.environ
) -> tuple[str, ...]:
    """The API keys of `--api-key` (or `$DIXA_API_KEY`, comma-separated), at least one.

    Every command that talks to Dixa calls this (through `resolve_target`) before it writes
    anything: without a key a command must stop, never fall back to a fake Dixa (a keyless
    cron job would otherwise fill checkpoints and move sync bookmarks against it).

    Raises:
        ConfigurationError: no key at all (the message says how to give one), or an empty
            `--api-key`.
    """
    keys = _keys(api_keys, environ)
    if not keys:
        raise ConfigurationError(NO_API_KEY)
    return keys


def has_api_key(api_keys: list[str] | None, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether a key was given (`--api-key` or `$DIXA_API_KEY`)."""
    return bool(_keys(api_keys, environ))


def _limit(rate_limit: float | None) -> RateLimit | None:
    if rate_limit is None:
        return RateLimit()
    if rate_limit == 0:
        return None
    return RateLimit(per_second=rate_limit)


def embedded_target(rate_limit: float | None = None) -> Target:
    """The embedded fake Dixa, in this process, seeded and limited like `fake-server`."""
    from dixa_async.testing import FakeDixa

    fake = FakeDixa(
        seed=fake_defaults.SEED,
        conversations=EMBEDDED_CONVERSATIONS,
        rate_limit=fake_defaults.RATE_LIMIT,
    )
    return Target((_EMBEDDED_TOKEN,), _EMBEDDED_URL, _limit(rate_limit), embedded=fake)


def resolve_target(
    api_keys: list[str] | None,
    base_url: str | None,
    rate_limit: float | None,
    *,
    fake: bool = False,
    redis_url: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Target:
    """The target for these options: Dixa (or `base_url`) with the keys given, or - only with
    `fake=True` (`--fake`) - the embedded fake Dixa.

    `rate_limit` is requests per second per token (None: Dixa's 10/s, burst 4; 0: no pacing).
    `redis_url` (default: `$DIXA_REDIS_URL`) shares each token's budget through Redis; the
    embedded fake, which lives in this one process, does without.

    Raises:
        ConfigurationError: no API key and not `fake` (see `require_api_keys`); `fake` with
            `--api-key` or `--base-url`; an empty `--api-key`; a `--redis` value that is not
            a Redis URL (or the redis extra is missing).
    """
    if fake:
        given = [
            name for name, value in (("--api-key", api_keys), ("--base-url", base_url)) if value
        ]
        if given:
            raise ConfigurationError(
                f"--fake runs against the embedded fake Dixa: drop {' and '.join(given)}"
            )
        return embedded_target(rate_limit)
    keys = require_api_keys(api_keys, environ)
    limit = _limit(rate_limit)
    shared = redis_url or environ.get(REDIS_URL_ENV, "").strip()
    limiter: Limiter | None = None
    if shared and limit is not None:
        from dixa_async.limits import RedisLimiter

        limiter = RedisLimiter(shared)
    return Target(keys, base_url or DEFAULT_BASE_URL, limit, limiter=limiter)
