"""`--redis URL` / `DIXA_REDIS_URL`: the CLI shares each token's limit through Redis."""

from __future__ import annotations

import hashlib
import socket

import pytest
import redis
from dixa_async.cli import main
from dixa_async.cli._commands import build_parser
from dixa_async.cli._target import resolve_target
from dixa_async.limits import RedisLimiter

from dixa_async import ConfigurationError, RateLimit


def test_the_option_is_on_every_command_that_talks_to_dixa() -> None:
    for command in (["verify"], ["search"], ["export", "-o", "x.jsonl"], ["demo"]):
        args = build_parser().parse_args([*command, "--redis", "redis://cache:6379/2"])
        assert args.redis_url == "redis://cache:6379/2"


def test_the_option_or_the_environment_gives_the_target_a_shared_limiter() -> None:
    env = {"DIXA_REDIS_URL": "redis://from-env:6379/0"}
    from_env = resolve_target(["key"], None, None, environ=env)
    assert isinstance(from_env.limiter, RedisLimiter)
    assert from_env.limiter.description == "redis://from-env:6379/0"

    option = resolve_target(["key"], None, None, redis_url="redis://opt:1/0", environ=env)
    assert isinstance(option.limiter, RedisLimiter)
    assert option.limiter.description == "redis://opt:1/0"  # the option wins

    assert resolve_target(["key"], None, None, environ={}).limiter is None
    assert resolve_target(["key"], None, 0, environ=env).limiter is None  # pacing off


def test_the_target_description_names_redis_without_its_password() -> None:
    target = resolve_target(["key"], None, None, redis_url="redis://:s3cret-pw@cache:6379/0")
    assert target.describe().endswith("rate limit shared through redis://cache:6379/0")
    assert "s3cret-pw" not in target.describe()


def test_a_value_that_is_not_a_redis_url_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="not a Redis URL"):
        resolve_target(["key"], None, None, redis_url="http://cache:6379")


def test_the_embedded_fake_needs_no_redis() -> None:
    target = resolve_target(
        None, None, None, fake=True, redis_url="redis://cache:6379/0", environ={}
    )
    assert target.is_embedded
    assert target.limiter is None


@pytest.mark.fake_dixa(rate_limit=(10.0, 4))
def test_verify_paces_through_redis(
    fake_dixa_server: str,
    redis_url: str,
    token: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DIXA_REDIS_URL", redis_url)
    status = main(["verify", "--api-key", token, "--base-url", fake_dixa_server, "--no-progress"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert token not in out + err
    store = redis.Redis.from_url(redis_url)
    try:
        fingerprint = hashlib.sha256(token.encode()).hexdigest()
        assert store.exists(RedisLimiter(redis_url).key(fingerprint, RateLimit()))
    finally:
        store.close()


def test_unreachable_redis_exits_with_the_usage_status_and_says_why(
    fake_dixa_server: str, token: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    status = main(
        ["verify", "--api-key", token, "--base-url", fake_dixa_server, "--no-progress",
         "--redis", f"redis://:pw-xyz@127.0.0.1:{port}/0"]
    )  # fmt: skip
    _, err = capsys.readouterr()
    assert status == 2
    assert f"cannot use Redis at redis://127.0.0.1:{port}/0" in " ".join(err.split())
    assert "pw-xyz" not in err
