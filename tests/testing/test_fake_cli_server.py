"""The done-when checks, against `python -m dixa_async.testing --port P` and plain httpx."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _serve(*options: str) -> Iterator[tuple[str, str]]:
    """`python -m dixa_async.testing --port P *options`: its URL and first line."""
    port = _free_port()
    args = [sys.executable, "-m", "dixa_async.testing", "--port", str(port), *options]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        url = f"http://127.0.0.1:{port}"
        assert url in banner
        deadline = time.monotonic() + 15
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                assert time.monotonic() < deadline, "server did not come up"
                time.sleep(0.05)
        yield url, banner
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    with _serve("--seed", "7", "--conversations", "500") as (url, _):
        yield url


async def test_request_without_token_is_401(server_url: str) -> None:
    async with httpx.AsyncClient(base_url=server_url) as client:
        response = await client.get("/v1/agents")
    assert response.status_code == 401
    assert "message" in response.json()


async def test_thirty_simultaneous_gets_meet_the_burst_of_four(server_url: str) -> None:
    async with httpx.AsyncClient(
        base_url=server_url, headers={"Authorization": "burst-token"}
    ) as client:
        responses = await asyncio.gather(*(client.get("/v1/organization") for _ in range(30)))
    codes = [r.status_code for r in responses]
    assert set(codes) <= {200, 429}
    assert 4 <= codes.count(200) <= 8  # the burst, plus refills while the 30 arrive
    assert all("retry-after" not in r.headers for r in responses if r.status_code == 429)
    assert all(r.json()["message"] for r in responses if r.status_code == 429)


async def test_end_users_paged_through_meta_next_return_the_whole_set(server_url: str) -> None:
    seen: list[str] = []
    async with httpx.AsyncClient(
        base_url=server_url, headers={"Authorization": "paging-token"}
    ) as client:
        url: str | None = "/v1/endusers?pageLimit=25"
        while url is not None:
            response = await client.get(url)
            if response.status_code == 429:
                await asyncio.sleep(0.2)
                continue
            assert response.status_code == 200
            body = response.json()
            assert len(body["data"]) <= 25
            seen.extend(user["id"] for user in body["data"])
            url = body["meta"].get("next")
            assert url is None or url.startswith("/v1/endusers?")
    assert len(seen) == len(set(seen)) == 125  # max(50, 500 // 4) seeded end users


async def test_search_answers_with_hits(server_url: str) -> None:
    async with httpx.AsyncClient(
        base_url=server_url, headers={"Authorization": "search-token"}
    ) as client:
        response = await client.post(
            "/v1/search/conversations", json={"query": {"value": "refund"}}
        )
    assert response.status_code == 200
    hits = response.json()["data"]
    assert hits
    assert all(isinstance(hit["id"], int) for hit in hits)


def test_no_rate_limit_lifts_the_exports_limit_too() -> None:
    window = {"created_after": "1704067200000", "created_before": "1706745600000"}
    with (
        _serve("--no-rate-limit", "--conversations", "50") as (url, banner),
        httpx.Client(base_url=url) as client,
    ):
        assert "no rate limit" in banner
        statuses = [
            client.get(
                "/v1/conversation_export",
                params=window,
                headers={"Authorization": "Bearer any-token"},
            ).status_code
            for _ in range(5)  # the default limit allows 2 back to back
        ]
    assert statuses == [200] * 5
