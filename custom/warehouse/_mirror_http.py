"""A small HTTP/1.1 server on asyncio streams that serves one ASGI application - the live
mirror's webhook receiver - without a web-server dependency.

It reads a request (`Content-Length` or chunked body, bounded), hands it to the app as an
ASGI `http` scope, and writes the app's response with `Content-Length`, keeping the
connection open for the next request unless either side says `close`. A response is
written and drained before the next request on the connection is read. `close()` stops
accepting, lets requests in progress finish (up to a grace period) and closes the
connections.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

__all__ = ["AsgiApp", "HttpServer"]

AsgiApp = Callable[
    [Mapping[str, object], Callable[[], Awaitable[Mapping[str, object]]], Any],
    Awaitable[None],
]

_MAX_HEAD = 64 * 1024
_IDLE_SECONDS = 75.0  # a kept-alive connection with no new request is closed after this
_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 405: "Method Not Allowed",
            411: "Length Required", 413: "Content Too Large", 500: "Internal Server Error",
            503: "Service Unavailable"}  # fmt: skip


class _BadRequest(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class HttpServer:
    """Serve `app` on `host:port` (port 0: a free one, see `port` once started).

    `max_body`: larger bodies are answered 413 without reading them.
    """

    def __init__(self, app: AsgiApp, host: str, port: int, *, max_body: int = 1024 * 1024):
        self.app = app
        self.host = host
        self.requested_port = port
        self.max_body = max_body
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()
        self._busy: set[asyncio.Task[None]] = set()

    @property
    def port(self) -> int:
        if self._server is None or not self._server.sockets:
            raise RuntimeError("the server is not listening")
        return int(self._server.sockets[0].getsockname()[1])

    async def start(self) -> None:
        """Start listening (raises OSError when the address is taken)."""
        self._server = await asyncio.start_server(
            self._accept, self.host, self.requested_port, limit=_MAX_HEAD
        )

    async def close(self, grace: float = 10.0) -> None:
        """Stop accepting; wait up to `grace` seconds for requests in progress; close."""
        if self._server is None:
            return
        self._server.close()
        busy = list(self._busy)
        if busy:
            await asyncio.wait(busy, timeout=grace)
        for task in list(self._connections):
            task.cancel()
        for task in list(self._connections):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self._server.wait_closed()
        self._server = None

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            await self._serve(reader, writer, task)
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError):
            pass
        finally:
            self._connections.discard(task)
            self._busy.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _serve(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, task: asyncio.Task[None]
    ) -> None:
        while True:
            try:
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), _IDLE_SECONDS)
            except asyncio.LimitOverrunError:
                await _write(writer, 413, b"", keep_alive=False)
                return
            self._busy.add(task)
            try:
                try:
                    method, path, version, headers = _parse_head(head)
                    body = await self._body(reader, headers)
                except _BadRequest as bad:
                    await _write(writer, bad.status, b"", keep_alive=False)
                    return
                keep_alive = _keep_alive(version, headers)
                status, response_headers, content = await self._call(
                    method, path, version, headers, body, writer
                )
                await _write(writer, status, content, response_headers, keep_alive=keep_alive)
            finally:
                self._busy.discard(task)
            if not keep_alive or self._server is None or not self._server.is_serving():
                return

    async def _body(self, reader: asyncio.StreamReader, headers: list[tuple[str, str]]) -> bytes:
        values = dict(headers)
        if "chunked" in values.get("transfer-encoding", "").lower():
            chunks: list[bytes] = []
            size = 0
            while True:
                line = await reader.readuntil(b"\r\n")
                try:
                    length = int(line.split(b";")[0].strip(), 16)
                except ValueError:
                    raise _BadRequest(400) from None
                if length == 0:
                    await _trailers(reader)
                    return b"".join(chunks)
                size += length
                if size > self.max_body:
                    raise _BadRequest(413)
                chunks.append(await reader.readexactly(length))
                await reader.readexactly(2)
        declared = values.get("content-length")
        if declared is None:
            return b""
        if not declared.strip().isdigit():
            raise _BadRequest(400)
        length = int(declared)
        if length > self.max_body:
            raise _BadRequest(413)
        return await reader.readexactly(length)

    async def _call(
        self,
        method: str,
        path: str,
        version: str,
        headers: list[tuple[str, str]],
        body: bytes,
        writer: asyncio.StreamWriter,
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        peer = writer.get_extra_info("peername")
        scope: dict[str, object] = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": version.removeprefix("HTTP/"),
            "method": method,
            "scheme": "http",
            "path": path.split("?", 1)[0],
            "raw_path": path.encode("latin-1"),
            "query_string": path.split("?", 1)[1].encode("latin-1") if "?" in path else b"",
            "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers],
            "client": tuple(peer[:2]) if isinstance(peer, tuple) else None,
            "server": (self.host, self.port),
        }
        sent = False

        async def receive() -> Mapping[str, object]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        status = 500
        response_headers: list[tuple[bytes, bytes]] = []
        parts: list[bytes] = []

        async def send(message: Mapping[str, Any]) -> None:
            nonlocal status, response_headers
            if message.get("type") == "http.response.start":
                status = int(message["status"])
                response_headers = [
                    (bytes(k), bytes(v))
                    for k, v in message.get("headers", [])
                    if bytes(k).lower() not in (b"content-length", b"connection")
                ]
            elif message.get("type") == "http.response.body":
                parts.append(bytes(message.get("body", b"")))

        await self.app(scope, receive, send)
        return status, response_headers, b"".join(parts)


async def _trailers(reader: asyncio.StreamReader) -> None:
    while (await reader.readuntil(b"\r\n")) != b"\r\n":
        pass


def _parse_head(head: bytes) -> tuple[str, str, str, list[tuple[str, str]]]:
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise _BadRequest(400)
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if not line:
            continue
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            raise _BadRequest(400)
        headers.append((name.lower(), value.strip()))
    return parts[0], parts[1], parts[2], headers


def _keep_alive(version: str, headers: list[tuple[str, str]]) -> bool:
    connection = dict(headers).get("connection", "").lower()
    if version == "HTTP/1.0":
        return "keep-alive" in connection
    return "close" not in connection


async def _write(
    writer: asyncio.StreamWriter,
    status: int,
    body: bytes,
    headers: list[tuple[bytes, bytes]] | None = None,
    *,
    keep_alive: bool,
) -> None:
    reason = _REASONS.get(status, "Status")
    lines = [f"HTTP/1.1 {status} {reason}".encode()]
    lines += [name + b": " + value for name, value in headers or []]
    lines.append(b"content-length: " + str(len(body)).encode())
    lines.append(b"connection: " + (b"keep-alive" if keep_alive else b"close"))
    writer.write(b"\r\n".join(lines) + b"\r\n\r\n" + body)
    await writer.drain()
