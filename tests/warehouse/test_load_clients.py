"""The loader runs on the SDK's clients: a `TokenPool` spreads its resources over the pool's
tokens, and a `RedisLimiter` paces every request through a real redis-server - against the
fake Dixa served on 127.0.0.1, into real DuckDB files."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from _load_support import SINCE, Clock, client_options, iter_ids, new_fake
from dixa_async.testing import FakeDixa, run_fake_server
from dixa_async.warehouse import load

from dixa_async import DixaClient, RateLimit, TokenPool

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "limits"))
from _redis_server import RedisServer, require_redis_server

UNTIL = dt.date(2024, 3, 1)
TOKENS = ("loader-pool-token-a", "loader-pool-token-b")


@pytest.fixture
def fake() -> FakeDixa:
    return new_fake(Clock(), conversations=60)


@pytest.fixture
def url(fake: FakeDixa) -> Iterator[str]:
    with run_fake_server(fake) as served:
        yield served


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    server = RedisServer(require_redis_server(), tmp_path / "redis")
    server.start()
    try:
        yield server.url
    finally:
        server.kill()


def _pool_options(url: str) -> dict[str, object]:
    options = client_options(url)
    del options["api_key"]
    return options


def test_a_token_pool_spreads_the_resources_over_its_tokens(
    url: str, fake: FakeDixa, tmp_path: Path
) -> None:
    database = tmp_path / "pool.duckdb"
    report = load(
        SINCE,
        duckdb=database,
        until=UNTIL,
        include=["notes"],
        client=lambda: TokenPool.from_tokens(TOKENS, **_pool_options(url)),
    )
    ids = list(iter_ids(database, "conversations"))
    assert ids
    assert len(ids) == len(set(ids))
    assert report.rows["internal_notes"] > 0
    # Both tokens sent v1 requests (lists and the per-conversation notes), and the counter
    # holds every client's requests.
    used = {token: fake.stats[token].requests for token in TOKENS}
    assert all(n > 0 for n in used.values()), used
    assert report.requests.v1 == sum(used.values())


def test_a_client_paced_through_redis_loads_and_shares_its_budget(
    url: str, redis_url: str, tmp_path: Path
) -> None:
    import redis
    from dixa_async.limits import RedisLimiter

    limiter = RedisLimiter(redis_url)
    options = client_options(url) | {
        "rate_limit": RateLimit(per_second=500, burst=50),
        "exports_rate_limit": RateLimit(per_second=500, burst=50),
        "limiter": limiter,
    }
    database = tmp_path / "redis.duckdb"
    report = load(SINCE, duckdb=database, until=UNTIL, client=lambda: DixaClient(**options))
    assert report.rows["conversations"] == len(list(iter_ids(database, "conversations")))
    # Every request (v1 and Exports API) reserved its slot in Redis - the limiter's script
    # ran once per request, in dlt's event loop - rather than in an in-process fallback.
    with redis.Redis.from_url(redis_url) as server:
        stats = server.info("commandstats")
    scripts = sum(
        int(stats.get(f"cmdstat_{name}", {}).get("calls", 0)) for name in ("evalsha", "eval")
    )
    assert report.requests.total > 0
    assert scripts >= report.requests.total, (scripts, report.requests)


def test_a_client_object_is_refused_with_the_way_to_give_one() -> None:
    from dixa_async.warehouse import dixa_source

    with pytest.raises(TypeError, match="callable"):
        dixa_source(SINCE, client=TokenPool.from_tokens(TOKENS))  # type: ignore[arg-type]
