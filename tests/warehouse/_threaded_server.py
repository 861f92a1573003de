"""A hand-built server (tests/exports/_raw_server.py) on its own event loop in a thread: dlt
runs the loader's resources on an event loop of its own, so the server cannot share the
test's loop the way the Exports API tests do."""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exports"))
from _raw_server import Handler, RawServer, Reply, Request

__all__ = ["Reply", "Request", "served"]


@contextmanager
def served(handler: Handler) -> Iterator[RawServer]:
    """`handler` served on 127.0.0.1 until the block ends; `server.url`, `server.requests`."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="raw-server", daemon=True)
    thread.start()
    server = RawServer(handler)
    asyncio.run_coroutine_threadsafe(server.__aenter__(), loop).result(10)
    try:
        yield server
    finally:
        asyncio.run_coroutine_threadsafe(server.__aexit__(None, None, None), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
