"""The SDK's request logging: one line per request at INFO, attempts with redacted headers at
DEBUG, turned on for scripts by DIXA_ASYNC_LOG."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap

import httpx
import pytest
from conftest import TOKEN, MakeClient, conversation_json


async def test_requests_are_logged_with_the_token_redacted(
    make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json=conversation_json())])
    dixa, _ = make_client(lambda _: next(answers))
    with caplog.at_level(logging.DEBUG, logger="dixa_async"):
        await dixa.conversations.get(1)
    lines = [record.getMessage() for record in caplog.records if record.name == "dixa_async"]
    assert lines[0].startswith("sending GET /v1/conversations/1 (attempt 1) headers=")
    assert "'authorization': '<redacted>'" in lines[0]
    assert lines[1].startswith("retrying GET /v1/conversations/1: attempt 1")
    assert lines[2].startswith("sending GET /v1/conversations/1 (attempt 2)")
    assert lines[3].startswith("GET /v1/conversations/1 -> 200 (2 attempts, ")
    assert TOKEN not in caplog.text


SCRIPT = textwrap.dedent(
    """
    import asyncio, httpx
    from dixa_async import DixaClient

    async def main() -> None:
        answer = httpx.MockTransport(lambda _: httpx.Response(404, json={"message": "gone"}))
        async with DixaClient("secret-token-0042", transport=answer, rate_limit=None) as dixa:
            try:
                await dixa.tags.get("t-1")
            except Exception as exc:
                print(type(exc).__name__)

    asyncio.run(main())
    """
)


def run_script(level: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIXA_ASYNC_LOG": level}
    return subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=False
    )


@pytest.mark.parametrize("level", ["info", "DEBUG"])
def test_dixa_async_log_turns_logging_on_for_a_script(level: str) -> None:
    done = run_script(level)
    assert done.stdout.strip() == "NotFoundError"
    assert "dixa_async: GET /v1/tags/t-1 -> 404 (1 attempt, " in done.stderr
    assert ("sending GET /v1/tags/t-1" in done.stderr) == (level == "DEBUG")
    assert "secret-token-0042" not in done.stderr


def test_an_unknown_dixa_async_log_level_is_a_configuration_error() -> None:
    done = run_script("verbose")
    assert done.returncode == 1
    assert "ConfigurationError: DIXA_ASYNC_LOG must be 'debug' or 'info', got 'verbose'" in (
        done.stderr
    )
