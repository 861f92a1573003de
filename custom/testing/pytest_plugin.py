"""pytest fixtures for the fake Dixa API (registered through the `pytest11` entry point).

* `fake_dixa` — a `FakeDixa` with both rate limits (v1 and Exports API) off; configure it with
  `@pytest.mark.fake_dixa(seed=..., conversations=..., rate_limit=(10, 4), ...)` (any `FakeDixa`
  keyword) or override the fixture.
* `dixa_client` — a `DixaClient` wired to `fake_dixa` in-process through `httpx.ASGITransport`.
* `fake_dixa_server` — the base URL of `fake_dixa` served by uvicorn on 127.0.0.1.

This module loads in every pytest run, so it imports nothing heavy at import time.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from . import FakeDixa

_DEFAULTS: dict[str, Any] = {"conversations": 200, "rate_limit": None, "exports_rate_limit": None}
TOKEN = "fake-dixa-token"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "fake_dixa(**options): keyword arguments for the fake_dixa fixture's FakeDixa"
    )


@pytest.fixture
def fake_dixa(request: pytest.FixtureRequest) -> FakeDixa:
    from . import FakeDixa

    options = dict(_DEFAULTS)
    marker = request.node.get_closest_marker("fake_dixa")
    if marker is not None:
        options.update(marker.kwargs)
    return FakeDixa(**options)


@pytest.fixture
async def dixa_client(fake_dixa: FakeDixa) -> AsyncIterator[Any]:
    import httpx
    from dixa_async._core import DixaClient, RateLimit
    from dixa_async._core.exports import EXPORTS_RATE_LIMIT

    # The client paces itself like the fake does: off when the fake's limit is off.
    limit = None if fake_dixa.rate_limit is None else RateLimit()
    exports_limit = None if fake_dixa.exports.rate_limit is None else EXPORTS_RATE_LIMIT
    transport = httpx.ASGITransport(app=fake_dixa)
    client = DixaClient(
        TOKEN,
        base_url="http://fake-dixa",
        transport=transport,
        rate_limit=limit,
        exports_rate_limit=exports_limit,
    )
    async with client:
        yield client


@pytest.fixture
def fake_dixa_server(fake_dixa: FakeDixa) -> Iterator[str]:
    from . import run_fake_server

    with run_fake_server(fake_dixa) as url:
        yield url
