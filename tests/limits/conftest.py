"""Fixtures for the shared-limit tests: real redis-server instances on 127.0.0.1.

Nothing here is mocked: a session-wide server for the tests that only need Redis to work,
and dedicated servers (`own_redis`) for the tests that kill and restart one. Without
redis-server these tests are skipped with the reason, except under CI (`CI` set), where a
missing redis-server is a failure: `.ci/run` installs it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from _redis_server import RedisServer, require_redis_server
from dixa_async.limits import _redis as limits  # white-box: the sleep the limiter waits with


@pytest.fixture(scope="session")
def redis_executable() -> str:
    return require_redis_server()


@pytest.fixture(scope="session")
def redis_url(redis_executable: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A redis-server shared by the whole session (tests keep apart by using fresh tokens)."""
    server = RedisServer(redis_executable, tmp_path_factory.mktemp("redis"))
    server.start()
    try:
        yield server.url
    finally:
        server.kill()


@pytest.fixture
def own_redis(redis_executable: str, tmp_path: Path) -> Iterator[RedisServer]:
    """A started redis-server of this test alone, free to be killed and started again."""
    server = RedisServer(redis_executable, tmp_path / "redis")
    server.start()
    try:
        yield server
    finally:
        server.kill()


@pytest.fixture
def token() -> str:
    """A fresh API token: each test starts with a full bucket on the shared server."""
    return f"dixa-secret-token-{uuid.uuid4().hex}"


@pytest.fixture
def recorded_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Make the limiter's waits instant; the list records each wait Redis asked for."""
    waits: list[float] = []

    async def record(delay: float) -> None:
        waits.append(delay)

    monkeypatch.setattr(limits, "_sleep", record)
    return waits
