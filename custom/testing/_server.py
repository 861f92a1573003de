"""Serving the fake over real HTTP with uvicorn, in the foreground or in a background thread."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from . import _defaults
from ._app import FakeDixa


def free_port(host: str = _defaults.HOST) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _server(app: FakeDixa, host: str, port: int, log_level: str) -> Any:
    import uvicorn

    config = uvicorn.Config(
        app, host=host, port=port, log_level=log_level, access_log=False, lifespan="on"
    )
    return uvicorn.Server(config)


@contextmanager
def run_fake_server(
    fake: FakeDixa | None = None,
    *,
    host: str = _defaults.HOST,
    port: int | None = None,
    **options: Any,
) -> Iterator[str]:
    """Serve `fake` (or `FakeDixa(**options)`) with uvicorn in a daemon thread; yield its base URL.

    The server listens on 127.0.0.1 and a free port (not the fixed default port: tests run
    side by side) unless told otherwise, and is shut down when the block exits.
    """
    app = fake if fake is not None else FakeDixa(**options)
    server = _server(app, host, port or free_port(host), "error")
    thread = threading.Thread(target=server.run, name="fake-dixa", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10.0
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the fake Dixa server did not start")
        time.sleep(0.01)
    try:
        yield f"http://{host}:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10.0)


def serve(fake: FakeDixa, *, host: str, port: int) -> None:
    """Run the fake in the foreground until interrupted."""
    _server(fake, host, port, "warning").run()
