"""`RedisDirtySet`: the live mirror's dirty set in Redis, shared by several receivers (behind a
load balancer) and the one merger.

Keys, under `<prefix><name>:` (`name` is the mirror's, by default derived from its public
URL, so every process of one mirror meets at the same keys):

* `marks` - a hash `csid -> "seq first_ms event_ms"`;
* `seq` - the counter the sequence numbers come from;
* `merger` - the merger's lease (`SET NX PX`, renewed while it runs), so that one merger
  writes even if two are started.

Every change is one Lua script, atomic in Redis. Durability is Redis's: a mark is in Redis's
memory when `mark` returns; to survive a Redis crash too, run Redis with
`appendonly yes` and `appendfsync always`.
"""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from dixa_async._core._errors import ConfigurationError

from ._dirty import Mark, now_ms

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["DEFAULT_DIRTY_PREFIX", "RedisDirtySet", "mirror_name"]

DEFAULT_DIRTY_PREFIX = "dixa_async:mirror:"

# KEYS: marks, seq. ARGV: now_ms, event_ms, csid... For each csid: the next sequence number;
# the first-marked time kept from an earlier mark, the latest event time.
_MARK = """
for i = 3, #ARGV do
  local seq = redis.call('INCR', KEYS[2])
  local first = ARGV[1]
  local event = tonumber(ARGV[2])
  local known = redis.call('HGET', KEYS[1], ARGV[i])
  if known then
    local _, _, f, e = string.find(known, '^%d+ (%d+) (%d+)$')
    if f then
      first = f
      if tonumber(e) > event then event = tonumber(e) end
    end
  end
  redis.call('HSET', KEYS[1], ARGV[i], seq .. ' ' .. first .. ' ' .. string.format('%d', event))
end
return #ARGV - 2
"""

# KEYS: marks. ARGV: csid, seq, csid, seq, ... Removes a csid whose latest mark is not newer.
_CLEAR = """
local removed = 0
for i = 1, #ARGV, 2 do
  local known = redis.call('HGET', KEYS[1], ARGV[i])
  if known then
    local seq = tonumber(string.match(known, '^(%d+)'))
    if seq and seq <= tonumber(ARGV[i + 1]) then
      redis.call('HDEL', KEYS[1], ARGV[i])
      removed = removed + 1
    end
  end
end
return removed
"""

# KEYS: lease. ARGV: holder, ttl_ms. Take the lease if free, or extend it if ours.
_LEASE = """
local holder = redis.call('GET', KEYS[1])
if holder == false or holder == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', tonumber(ARGV[2]))
  return 1
end
return 0
"""


# KEYS: lease. ARGV: holder. Give the lease up if ours.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
end
return 0
"""


def mirror_name(public_url: str) -> str:
    """The name the processes of the mirror behind `public_url` share (a short hash)."""
    return hashlib.sha256(public_url.encode()).hexdigest()[:16]


def _describe(url: str) -> str:
    from dixa_async.limits._redis import _describe as describe_url

    return describe_url(url)


class RedisDirtySet:
    """The dirty set in Redis at `url` (see the module docstring), named `name`.

    Raises ConfigurationError for a URL that is not a Redis URL or without the `redis`
    extra; `open` raises it when Redis does not answer.
    """

    def __init__(
        self, url: str, name: str, *, key_prefix: str = DEFAULT_DIRTY_PREFIX, timeout: float = 2.0
    ) -> None:
        try:
            from redis.asyncio.connection import parse_url
        except ImportError:
            raise ConfigurationError(
                "a Redis dirty set needs the redis extra: pip install 'dixa-async[redis]'"
            ) from None
        self._shown = _describe(url)
        try:
            parse_url(url)
        except ValueError as exc:
            raise ConfigurationError(f"not a Redis URL ({self._shown}): {exc}") from None
        self._url = url
        self._timeout = timeout
        base = f"{key_prefix}{name}:"
        self.marks_key, self.seq_key, self.lease_key = base + "marks", base + "seq", base + "merger"
        self._holder = uuid.uuid4().hex
        self._redis: Redis | None = None

    @property
    def description(self) -> str:
        return f"Redis {self._shown} ({self.marks_key})"

    def __repr__(self) -> str:
        return f"RedisDirtySet({self.description})"

    async def open(self) -> None:
        if self._redis is not None:
            return
        from redis.asyncio import Redis
        from redis.exceptions import RedisError

        client: Redis = Redis.from_url(
            self._url,
            socket_timeout=self._timeout,
            socket_connect_timeout=self._timeout,
            decode_responses=True,
        )
        try:
            await client.ping()
        except (RedisError, OSError) as exc:
            await client.aclose()
            raise ConfigurationError(
                f"the dirty set's Redis ({self._shown}) does not answer: {type(exc).__name__}"
            ) from None
        self._redis = client

    def _client(self) -> Redis:
        if self._redis is None:
            raise RuntimeError("the dirty set is not open: call open() first")
        return self._redis

    async def _eval(self, script: str, keys: list[str], args: list[Any]) -> Any:
        return await self._client().eval(script, len(keys), *keys, *args)

    async def mark(self, csids: Iterable[int], *, event_ms: int = 0) -> None:
        ids = [str(int(c)) for c in dict.fromkeys(csids)]
        if ids:
            await self._eval(_MARK, [self.marks_key, self.seq_key], [now_ms(), event_ms, *ids])

    async def pending(self, limit: int | None = None) -> list[Mark]:
        raw = await self._client().hgetall(self.marks_key)
        marks = []
        for key, value in raw.items():
            seq, first, event = (int(part) for part in value.split())
            marks.append(Mark(int(key), seq, first, event))
        marks.sort(key=lambda m: (m.first_ms, m.seq))
        return marks if limit is None else marks[:limit]

    async def clear(self, marks: Iterable[Mark]) -> int:
        args: list[Any] = []
        for mark in marks:
            args += [str(mark.csid), mark.seq]
        if not args:
            return 0
        return int(await self._eval(_CLEAR, [self.marks_key], args))

    async def count(self) -> int:
        return int(await self._client().hlen(self.marks_key))

    async def hold_merger_lease(self, ttl_ms: int) -> bool:
        """Take (or extend) the merger's lease for `ttl_ms`; False while another holds it."""
        return bool(await self._eval(_LEASE, [self.lease_key], [self._holder, ttl_ms]))

    async def aclose(self) -> None:
        """Release the merger's lease if this set holds it (a standby merger takes over at
        its next try), then disconnect. The marks stay."""
        if self._redis is not None:
            client, self._redis = self._redis, None
            # Best effort: a lease not given back runs out by itself.
            with contextlib.suppress(Exception):
                await client.eval(_RELEASE, 1, self.lease_key, self._holder)
            await client.aclose()
