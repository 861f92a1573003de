"""Serving the live mirror's webhook receiver (an ASGI app) over HTTP with uvicorn, on the
mirror's own event loop.

uvicorn does the HTTP: parsing, keep-alive, chunked bodies, `Expect: 100-continue`. The
receiver bounds the body (413) and checks the signature. The server is driven through
uvicorn's `startup`/`shutdown` rather than `serve`, which would install its own SIGINT and
SIGTERM handlers: the mirror handles those itself, so that a stop finishes or rolls back
the merge in flight.
"""

from __future__ import annotations

import socket
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import uvicorn

__all__ = ["AsgiApp", "HttpServer"]

AsgiApp = Callable[
    [Mapping[str, object], Callable[[], Awaitable[Mapping[str, object]]], Any],
    Awaitable[None],
]


class HttpServer:
    """Serve `app` on `host:port` (port 0: a free one, see `port` once started)."""

    def __init__(self, app: AsgiApp, host: str, port: int) -> None:
        self.host = host
        self.requested_port = port
        self._config = uvicorn.Config(
            app, lifespan="off", access_log=False, log_level="warning", log_config=None
        )
        self._server: uvicorn.Server | None = None
        self._socket: socket.socket | None = None

    @property
    def port(self) -> int:
        if self._socket is None:
            raise RuntimeError("the server is not listening")
        return int(self._socket.getsockname()[1])

    async def start(self) -> None:
        """Start listening (raises OSError when the address is taken)."""
        # Bound here, so that a taken address is an OSError to the caller (uvicorn would
        # log it and exit the process) and port 0 tells which port it got.
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self.requested_port))
            sock.listen(128)
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
        if not self._config.loaded:
            self._config.load()
        server = uvicorn.Server(self._config)
        server.lifespan = self._config.lifespan_class(self._config)  # as `serve` sets it
        await server.startup(sockets=[sock])
        self._server, self._socket = server, sock

    async def close(self, grace: int = 10) -> None:
        """Stop accepting; wait up to `grace` seconds for requests in progress; close."""
        if self._server is None or self._socket is None:
            return
        self._config.timeout_graceful_shutdown = grace
        await self._server.shutdown(sockets=[self._socket])
        self._socket.close()
        self._server = self._socket = None
