"""A hand-built HTTP/1.1 server on 127.0.0.1 for the Exports API's failure cases.

Not the fake: each test writes the bytes Dixa (or a broken proxy) might send - a body that
trickles, never ends, is cut mid-array, nests 100,000 levels - through a real socket, so the
client's own stack (httpx, h11, the transport pipeline, the parser) meets them as it would
in production. One request per connection (`Connection: close`).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["RawServer", "Reply", "Request"]


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return {k: v[-1] for k, v in parse_qs(urlsplit(self.target).query).items()}


@dataclass
class Reply:
    writer: asyncio.StreamWriter
    _chunked: bool = field(default=False, init=False)

    async def head(
        self, status: int, *, length: int | None = None, headers: dict[str, str] | None = None
    ) -> None:
        """The status line and headers; chunked transfer unless `length` is given."""
        lines = [f"HTTP/1.1 {status} X", "Content-Type: application/json", "Connection: close"]
        if length is None:
            lines.append("Transfer-Encoding: chunked")
            self._chunked = True
        else:
            lines.append(f"Content-Length: {length}")
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
        await self.writer.drain()

    async def send(self, data: bytes) -> None:
        if self._chunked:
            if not data:
                return
            self.writer.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        else:
            self.writer.write(data)
        await self.writer.drain()
        await asyncio.sleep(0)  # the client shares this event loop: let it read

    async def end(self) -> None:
        if self._chunked:
            self.writer.write(b"0\r\n\r\n")
        await self.writer.drain()

    async def json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        await self.head(status, length=len(data), headers=headers)
        await self.send(data)


Handler = Callable[[Request, Reply], Awaitable[None]]


class RawServer:
    """`async with RawServer(handler) as server:` serves on `server.url`; `requests` lists
    what came in. The handler writes the whole answer; the connection closes after it."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[Request] = []
        self.url = ""
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            line = await reader.readline()
            if not line:
                return
            method, target, _ = line.decode("latin-1").split(" ", 2)
            headers: dict[str, str] = {}
            while (raw := await reader.readline()) not in (b"\r\n", b"\n", b""):
                name, _, value = raw.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            request = Request(method, target, headers)
            self.requests.append(request)
            await self.handler(request, Reply(writer))
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()
