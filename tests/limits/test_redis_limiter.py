"""RedisLimiter against a real redis-server: the shared budget, its keys, and start-up errors.

Waits are recorded instead of slept (`recorded_waits`), so what is checked is the schedule
Redis hands out, not wall-clock timing.
"""

from __future__ import annotations

import asyncio
import hashlib
import socket

import httpx
import pytest
import redis
from dixa_async.jobs import TokenPool
from dixa_async.limits import DEFAULT_KEY_PREFIX, InProcessLimiter, RedisLimiter

from dixa_async import ConfigurationError, DixaClient, RateLimit

ORG = {"data": {"id": "o1", "name": "Acme", "status": "Active", "subdomain": "a"}}


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=ORG)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens once the socket is closed


async def test_burst_goes_at_once_then_each_request_waits_one_interval_more(
    redis_url: str, token: str, recorded_waits: list[float]
) -> None:
    fingerprint = hashlib.sha256(token.encode()).hexdigest()
    async with RedisLimiter(redis_url) as limiter:
        for _ in range(6):
            await limiter.acquire(fingerprint, RateLimit())  # 10/s, capacity 3
    # The first three (burst 4 minus one slot of headroom) were not held back at all.
    assert len(recorded_waits) == 3
    fourth, fifth, sixth = recorded_waits
    assert 0.05 < fourth <= 0.1
    assert fifth - fourth == pytest.approx(0.1, abs=0.03)
    assert sixth - fifth == pytest.approx(0.1, abs=0.03)


async def test_the_rate_comes_from_the_clients_rate_limit(
    redis_url: str, token: str, recorded_waits: list[float]
) -> None:
    slow = RateLimit(per_second=2, burst=2, headroom=0)
    async with RedisLimiter(redis_url) as limiter:
        for _ in range(3):
            await limiter.acquire(token_fp(token), slow)
    assert len(recorded_waits) == 1
    assert 0.4 < recorded_waits[0] <= 0.5


async def test_two_limiters_on_one_redis_share_one_budget(
    redis_url: str, token: str, recorded_waits: list[float]
) -> None:
    # Two RedisLimiter objects are what two processes have: they meet only in Redis.
    async with RedisLimiter(redis_url) as first, RedisLimiter(redis_url) as second:
        for _ in range(3):
            await first.acquire(token_fp(token), RateLimit())
        assert recorded_waits == []
        await second.acquire(token_fp(token), RateLimit())
    assert len(recorded_waits) == 1
    assert 0.05 < recorded_waits[0] <= 0.1


async def test_tokens_have_separate_budgets(
    redis_url: str, token: str, recorded_waits: list[float]
) -> None:
    async with RedisLimiter(redis_url) as limiter:
        for _ in range(3):
            await limiter.acquire(token_fp(token), RateLimit())
        for _ in range(3):
            await limiter.acquire(token_fp(token + "-other"), RateLimit())
    assert recorded_waits == []


async def test_each_limit_of_a_token_has_its_own_budget_whatever_the_headroom(
    redis_url: str, token: str, recorded_waits: list[float]
) -> None:
    # Dixa's Exports API limits the same token separately, as the in-process limiter does.
    exports = RateLimit(per_second=10 / 60, burst=2, headroom=1)
    async with RedisLimiter(redis_url) as limiter:
        for _ in range(3):
            await limiter.acquire(token_fp(token), RateLimit())
        await limiter.acquire(token_fp(token), exports)
        assert recorded_waits == []
        # Headroom is each client's own margin: a client without it shares the budget, so
        # it gets the one slot of burst 4 that is left and then waits (alone it had four).
        for _ in range(2):
            await limiter.acquire(token_fp(token), RateLimit(headroom=0))
    assert len(recorded_waits) == 1


async def test_redis_holds_the_tokens_fingerprint_never_the_token(
    redis_url: str, token: str
) -> None:
    limiter = RedisLimiter(redis_url)
    async with DixaClient(token, transport=httpx.MockTransport(answer), limiter=limiter) as dixa:
        await dixa.organization.get()
    store = redis.Redis.from_url(redis_url)
    try:
        keys = [key.decode() for key in store.scan_iter(count=1000)]
        expected = limiter.key(token_fp(token), RateLimit())
        assert expected.startswith(DEFAULT_KEY_PREFIX + token_fp(token))
        assert expected in keys
        for key in keys:
            assert token not in key
            assert token.encode() not in (store.get(key) or b"")
        # The key goes away on its own once the bucket is full again.
        assert 0 < store.pttl(expected) <= 2_000
    finally:
        store.close()


async def test_a_client_paces_every_request_through_redis(
    redis_url: str, token: str, recorded_waits: list[float]
) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(request)

    limiter = RedisLimiter(redis_url)
    async with DixaClient(token, transport=httpx.MockTransport(record), limiter=limiter) as dixa:
        assert limiter.shared
        await asyncio.gather(*(dixa.organization.get() for _ in range(5)))
    assert len(sent) == 5
    assert len(recorded_waits) == 2  # requests 4 and 5 waited for their slots


async def test_clients_sharing_a_limiter_keep_its_connection_until_the_last_closes(
    redis_url: str, token: str
) -> None:
    limiter = RedisLimiter(redis_url)
    first = DixaClient(token, transport=httpx.MockTransport(answer), limiter=limiter)
    second = DixaClient(token, transport=httpx.MockTransport(answer), limiter=limiter)
    async with first:
        async with second:
            await second.organization.get()
        # `second` closed; `first` still paces through Redis, not through a fallback.
        await first.organization.get()
        assert limiter.shared
    assert not limiter.shared  # the last client closed the connection


async def test_unreachable_redis_on_async_with_is_a_configuration_error(token: str) -> None:
    url = f"redis://:redis-password-42@127.0.0.1:{closed_port()}/0"
    limiter = RedisLimiter(url, timeout=0.5)
    client = DixaClient(token, transport=httpx.MockTransport(answer), limiter=limiter)
    with pytest.raises(
        ConfigurationError, match=r"cannot use Redis at redis://127\.0\.0\.1"
    ) as err:
        async with client:
            pass
    for text in (str(err.value), repr(err.value), repr(limiter)):
        assert "redis-password-42" not in text
        assert token not in text
    assert err.value.__cause__ is None


async def test_unreachable_redis_on_the_first_request_of_an_unentered_client(
    token: str,
) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(request)

    limiter = RedisLimiter(f"redis://127.0.0.1:{closed_port()}", timeout=0.5)
    dixa = DixaClient(token, transport=httpx.MockTransport(record), limiter=limiter)
    with pytest.raises(ConfigurationError, match="shared rate limit"):
        await dixa.organization.get()
    assert sent == []  # nothing went out unpaced
    await dixa.aclose()


async def test_a_token_pool_shares_one_limiter(redis_url: str, token: str) -> None:
    limiter = RedisLimiter(redis_url)
    tokens = [token, token + "-second"]
    async with TokenPool.from_tokens(
        tokens, limiter=limiter, transport=httpx.MockTransport(answer)
    ) as pool:
        assert limiter.shared  # entering the pool opened the limiter
        for client in pool.clients:
            await client.organization.get()
    store = redis.Redis.from_url(redis_url)
    try:
        for each in tokens:
            assert store.exists(limiter.key(token_fp(each), RateLimit()))
    finally:
        store.close()


async def test_a_token_pool_reports_unreachable_redis_on_entry(token: str) -> None:
    limiter = RedisLimiter(f"redis://127.0.0.1:{closed_port()}", timeout=0.5)
    pool = TokenPool.from_tokens([token], limiter=limiter, transport=httpx.MockTransport(answer))
    with pytest.raises(ConfigurationError, match="cannot use Redis"):
        async with pool:
            pass


def test_one_limiter_serves_successive_event_loops(redis_url: str, token: str) -> None:
    limiter = RedisLimiter(redis_url)

    async def one_run() -> None:
        async with DixaClient(token, transport=httpx.MockTransport(answer), limiter=limiter) as d:
            await d.organization.get()
            assert limiter.shared

    asyncio.run(one_run())
    asyncio.run(one_run())  # a redis-py connection is bound to its loop: a new one is made


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:6379", "localhost:6379", "redis://127.0.0.1:6379/?db=x"]
)
def test_a_url_that_is_not_a_redis_url_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="not a Redis URL"):
        RedisLimiter(url)


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        RedisLimiter("redis://127.0.0.1", timeout=0)
    with pytest.raises(ConfigurationError, match="retry_interval"):
        RedisLimiter("redis://127.0.0.1", retry_interval=-1)
    with pytest.raises(ConfigurationError, match="takes a Limiter"):
        DixaClient("t", limiter="redis://127.0.0.1")  # type: ignore[arg-type]


async def test_acquire_without_open_is_a_usage_error(redis_url: str, token: str) -> None:
    with pytest.raises(RuntimeError, match="open"):
        await RedisLimiter(redis_url).acquire(token_fp(token), RateLimit())


async def test_the_in_process_limiter_is_the_default_and_is_per_process(token: str) -> None:
    glacial = RateLimit(per_second=0.001, burst=3, headroom=0)
    explicit = DixaClient(
        token, transport=httpx.MockTransport(answer), rate_limit=glacial,
        limiter=InProcessLimiter(),
    )  # fmt: skip
    default = DixaClient(token, transport=httpx.MockTransport(answer), rate_limit=glacial)
    async with explicit, default:
        for _ in range(3):
            await explicit.organization.get()
        # Same token, same loop: the default client waits on the bucket `explicit` emptied.
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(default.organization.get(), timeout=0.2)


def token_fp(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
