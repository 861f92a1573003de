"""Where a token's rate budget is kept: in this process (the default) or in Redis, shared
by every process that uses the token.

Dixa meters each token (10 requests/s, bursts of 4) however many processes use it. The
default `InProcessLimiter` paces one process perfectly, but N processes on one token each
pace themselves to the full limit and together send N times too much. `RedisLimiter`
keeps the budget in Redis instead:

    from dixa_async import DixaClient
    from dixa_async.limits import RedisLimiter

    async with DixaClient(limiter=RedisLimiter("redis://localhost:6379/0")) as dixa:
        ...

Needs the `redis` extra (`pip install "dixa-async[redis]"`) and a Redis server 5 or newer.

How it paces: one atomic Lua script per request implements GCRA (the generic cell rate
algorithm, a token bucket kept as one timestamp) with Redis's own clock (`TIME`), so the
clocks of the client machines do not matter. The script *reserves* the next free slot
and returns how long to wait for it; the client sleeps exactly that long and sends. One
round trip per request, no polling, and waiting requests are served in the order they
asked, across all processes.

Failure behaviour:

* **Redis unreachable at start** - `ConfigurationError`. "Start" is the moment a client
  opens the limiter while no other client in the event loop has it open: `async with
  DixaClient(limiter=...)` (or `async with TokenPool.from_tokens(..., limiter=...)`), or
  the first request of a client used without `async with`.
* **Redis lost mid-run** - a warning on the `dixa_async` logger, and from then on each
  process paces itself with the in-process limiter (the `fallback`): requests keep
  flowing, never faster than one process's full limit, never a crash. Several processes
  together may then exceed the token's limit; Dixa's 429s are retried with backoff as
  always. Every `retry_interval` seconds one request tries Redis again; when it answers,
  sharing resumes (logged at INFO).
* **Keys** are `<key_prefix><SHA-256 of the token>:<per_second>/s-<burst>` (one budget per
  token and limit, as in-process: Dixa's Exports API, for one, has its own), hold one
  timestamp and expire about a second after the bucket is full again. No key or value ever
  holds the token.
"""

from dixa_async._core._throttle import InProcessLimiter, Limiter, token_fingerprint

from ._redis import DEFAULT_KEY_PREFIX, RedisLimiter

__all__ = ["DEFAULT_KEY_PREFIX", "InProcessLimiter", "Limiter", "RedisLimiter", "token_fingerprint"]
