"""`RedisLimiter`: a token's rate budget kept in Redis (see the package docstring)."""

from __future__ import annotations

import asyncio
import contextlib
import time
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Self
from urllib.parse import urlsplit

from dixa_async._core._config import RateLimit
from dixa_async._core._errors import ConfigurationError
from dixa_async._core._logging import logger
from dixa_async._core._throttle import InProcessLimiter, Limiter, token_fingerprint

if TYPE_CHECKING:
    from types import TracebackType

    from redis.asyncio import Redis
    from redis.commands.core import AsyncScript

__all__ = ["DEFAULT_KEY_PREFIX", "InProcessLimiter", "Limiter", "RedisLimiter", "token_fingerprint"]

DEFAULT_KEY_PREFIX = "dixa_async:rate:"

# GCRA with reservation. State: the theoretical arrival time (TAT) of the next request, in
# microseconds of Redis's clock. A request arriving at `now` takes the slot at
# max(TAT, now), may go `tolerance` early (the burst), and moves TAT one `interval` on.
# Numbers are doubles: microseconds since the epoch (~1.7e15) are exact well below 1 us.
_GCRA = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1])) or now
if tat < now then tat = now end
local wait = tat - tolerance - now
if wait < 0 then wait = 0 end
local next_tat = tat + interval
redis.call('SET', KEYS[1], string.format('%.17g', next_tat),
           'PX', math.ceil((next_tat - now) / 1000) + 1000)
return math.ceil(wait)
"""

# What "Redis did not answer" looks like from redis-py (its errors all derive from
# RedisError; a socket can still fail with a bare OSError).
_REDIS_ERRORS: tuple[type[BaseException], ...] = (OSError,)


async def _sleep(delay: float) -> None:
    # Looked up at call time, so tests can record the waits instead of sleeping them.
    await asyncio.sleep(delay)


@dataclass(eq=False)
class _Connection:
    """The limiter's Redis client in one event loop (redis-py clients are loop-bound)."""

    client: Redis
    script: AsyncScript
    lock: asyncio.Lock
    users: int = 0
    ready: bool = False
    lost: bool = False
    next_attempt: float = 0.0


class RedisLimiter(Limiter):
    """Share each token's rate budget through Redis at `url` (see the module docstring).

    Args:
        url: `redis://[[user]:password@]host[:port][/db]`, `rediss://...` (TLS) or
            `unix:///path/to/socket`. The password never appears in reprs, logs or errors.
        key_prefix: prefix of the Redis keys (one per token fingerprint).
        timeout: seconds allowed for connecting and for each script call; a Redis that
            does not answer in time counts as lost.
        retry_interval: seconds between attempts to get back to a lost Redis.
        fallback: the limiter used while Redis is lost (default: `InProcessLimiter()`),
            opened and closed along with this one.

    One instance may serve any number of clients and tokens; each client opens it on
    `async with` (or its first request) and closes it on `aclose`, and the connection to
    Redis is closed when the last client of an event loop closes. Used on its own,
    `async with limiter:` opens and closes it around `acquire` calls.

    Raises ConfigurationError for a URL that is not a Redis URL, bad settings, or when the
    `redis` extra is not installed.
    """

    def __init__(
        self,
        url: str,
        *,
        key_prefix: str = DEFAULT_KEY_PREFIX,
        timeout: float = 0.5,
        retry_interval: float = 5.0,
        fallback: Limiter | None = None,
    ) -> None:
        try:
            from redis.asyncio.connection import parse_url
            from redis.exceptions import RedisError
        except ImportError:
            raise ConfigurationError(
                "RedisLimiter needs the redis extra: pip install 'dixa-async[redis]'"
            ) from None
        if not isinstance(url, str):
            raise ConfigurationError(f"the Redis URL must be a string, got {type(url).__name__}")
        self._description = _describe(url)
        try:
            parse_url(url)
        except ValueError as exc:
            raise ConfigurationError(f"not a Redis URL ({self._description}): {exc}") from None
        if timeout <= 0:
            raise ConfigurationError("timeout must be positive")
        if retry_interval <= 0:
            raise ConfigurationError("retry_interval must be positive")
        self._url = url
        self._password = urlsplit(url).password
        self._errors: tuple[type[BaseException], ...] = (RedisError, *_REDIS_ERRORS)
        self.key_prefix = key_prefix
        self.timeout = timeout
        self.retry_interval = retry_interval
        self._fallback = fallback if fallback is not None else InProcessLimiter()
        self._connections: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Connection] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"RedisLimiter({self.description!r})"

    @property
    def description(self) -> str:
        """The URL without credentials or query string: safe to log and show."""
        return self._description

    @property
    def shared(self) -> bool:
        """Whether the running loop's requests are currently paced through Redis (False
        after Redis was lost, until it answers again, and before `open`)."""
        conn = self._connections.get(asyncio.get_running_loop())
        return conn is not None and conn.ready and not conn.lost

    def key(self, fingerprint: str, rate: RateLimit) -> str:
        """The Redis key holding the budget of the token with `fingerprint` at `rate`.

        `headroom` is left out: it is each client's own safety margin, not part of the
        budget, so clients with different margins still share it.
        """
        return f"{self.key_prefix}{fingerprint}:{rate.per_second!r}/s-{rate.burst}"

    # ---- Limiter --------------------------------------------------------------------------

    async def open(self) -> None:
        """Connect in the running loop if this is its first user, and check Redis answers.

        Raises ConfigurationError when Redis cannot be reached (or refuses the credentials)
        at this first connection. Later opens in the same loop never raise: a Redis lost
        since then is the fallback's business. The fallback is opened along with it.
        """
        await self._open_connection()
        try:
            await self._fallback.open()
        except BaseException:
            await self._release_connection()
            raise

    async def close(self) -> None:
        await self._release_connection()
        await self._fallback.close()

    async def _open_connection(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            conn = self._connections.get(loop)
            if conn is None:
                conn = self._connections[loop] = self._connect()
            if conn.ready:
                conn.users += 1
                return
            async with conn.lock:
                if self._connections.get(loop) is not conn:
                    continue  # a concurrent first open failed and dropped it: start over
                if not conn.ready:
                    await self._check(loop, conn)
                conn.users += 1
                return

    async def _release_connection(self) -> None:
        loop = asyncio.get_running_loop()
        conn = self._connections.get(loop)
        if conn is None:
            return
        conn.users -= 1
        if conn.users <= 0:
            del self._connections[loop]
            await self._disconnect(conn)

    async def acquire(self, fingerprint: str, rate: RateLimit) -> None:
        """Reserve the next slot of `fingerprint` in Redis and sleep until it comes.

        Raises RuntimeError when the limiter was not opened in this event loop (use it
        through a `DixaClient`, or inside `async with limiter:`).
        """
        conn = self._connections.get(asyncio.get_running_loop())
        if conn is None or not conn.ready:
            raise RuntimeError("RedisLimiter.acquire before open(): use `async with limiter:`")
        wait = await self._reserve(conn, fingerprint, rate)
        if wait is None:
            await self._fallback.acquire(fingerprint, rate)
        elif wait > 0:
            await _sleep(wait)

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # ---- internals ------------------------------------------------------------------------

    def _connect(self) -> _Connection:
        from redis.asyncio import Redis
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        # No retries inside redis-py: a failed call must reach us at once so the request
        # it paces can fall back instead of waiting through redis-py's backoff.
        client = Redis.from_url(
            self._url,
            socket_timeout=self.timeout,
            socket_connect_timeout=self.timeout,
            retry=Retry(NoBackoff(), 0),
        )
        return _Connection(client=client, script=client.register_script(_GCRA), lock=asyncio.Lock())

    async def _check(self, loop: asyncio.AbstractEventLoop, conn: _Connection) -> None:
        try:
            await conn.client.ping()
        except self._errors as exc:
            self._connections.pop(loop, None)
            await self._disconnect(conn)
            raise ConfigurationError(
                f"cannot use Redis at {self._description} for the shared rate limit: "
                f"{self._reason(exc)}"
            ) from None
        conn.ready = True

    async def _reserve(self, conn: _Connection, fingerprint: str, rate: RateLimit) -> float | None:
        """Seconds to wait for the reserved slot, or None when Redis is (still) lost."""
        if conn.lost:
            now = time.monotonic()
            if now < conn.next_attempt:
                return None
            conn.next_attempt = now + self.retry_interval  # one attempt per interval
        interval = 1e6 / rate.per_second
        tolerance = (rate.capacity - 1) * interval
        try:
            waited_us = await conn.script(
                keys=[self.key(fingerprint, rate)], args=[repr(interval), repr(tolerance)]
            )
        except self._errors as exc:
            if not conn.lost:
                conn.lost = True
                conn.next_attempt = time.monotonic() + self.retry_interval
                logger.warning(
                    "shared rate limit: lost Redis at %s (%s); pacing in this process "
                    "only, trying Redis again every %g s",
                    self._description,
                    self._reason(exc),
                    self.retry_interval,
                )
            return None
        if conn.lost:
            conn.lost = False
            logger.info("shared rate limit: Redis at %s is back", self._description)
        return int(waited_us) / 1e6

    async def _disconnect(self, conn: _Connection) -> None:
        # Closing a connection to a dead server: nothing is left to release.
        with contextlib.suppress(*self._errors):
            await conn.client.aclose()

    def _reason(self, exc: BaseException) -> str:
        text = f"{type(exc).__name__}: {exc}"
        return text.replace(self._password, "***") if self._password else text


def _describe(url: str) -> str:
    """`url` without credentials or query string, for reprs, logs and errors."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<unparseable URL>"
    if parts.scheme == "unix":
        return f"unix://{parts.path}"
    return f"{parts.scheme}://{host}{port}{parts.path}"
