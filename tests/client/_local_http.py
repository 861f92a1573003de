"""A tiny HTTP/1.1 server on 127.0.0.1 for tests that need real sockets (proxies, TLS,
timeouts): it records each request head and answers every request with one canned answer."""

from __future__ import annotations

import asyncio
import contextlib
import json
import ssl
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

ORGANIZATION = {"data": {"id": "o1", "name": "Acme", "status": "Active", "subdomain": "acme"}}


@dataclass
class Head:
    """The request line and headers (names lower-cased) of one request received."""

    method: str
    target: str
    headers: dict[str, str]


@dataclass
class LocalServer:
    url: str
    port: int
    heads: list[Head] = field(default_factory=list)


def _parse(raw: bytes) -> Head:
    lines = raw.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    return Head(method, target, headers)


@contextlib.asynccontextmanager
async def local_server(
    body: Any = ORGANIZATION,
    *,
    status: int = 200,
    delay: float = 0.0,
    tls: ssl.SSLContext | None = None,
) -> AsyncIterator[LocalServer]:
    """Serve `body` as JSON with `status`, `delay` seconds after each request head arrived."""
    payload = json.dumps(body).encode()
    handlers: set[asyncio.Task[None]] = set()
    state: list[LocalServer] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        handlers.add(task)
        with contextlib.suppress(ConnectionError, asyncio.CancelledError, ssl.SSLError):
            while True:
                raw = await reader.readuntil(b"\r\n\r\n")
                head = _parse(raw)
                length = int(head.headers.get("content-length", "0"))
                if length:
                    await reader.readexactly(length)
                state[0].heads.append(head)
                await asyncio.sleep(delay)
                writer.write(
                    f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n"
                    f"content-length: {len(payload)}\r\n\r\n".encode()
                    + payload
                )
                await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=tls)
    port = server.sockets[0].getsockname()[1]
    scheme = "https" if tls is not None else "http"
    state.append(LocalServer(f"{scheme}://127.0.0.1:{port}", port))
    try:
        yield state[0]
    finally:
        server.close()
        for task in handlers:
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(server.wait_closed(), 1)
