"""The machinery of the per-operation contract tests: a recorder in front of `FakeDixa`, the
`Contract` handed to each case, and the registry of cases keyed by qualified name.

A case is an async function that calls one public `DixaClient` method with realistic
arguments, then states, through `Contract.sent`, the exact request that had to reach the
fake (method, percent-encoded path, query, JSON body) and asserts what came back. Requests
made to set a case up are discarded with `Contract.begin()`; every request recorded after it
must be claimed by a `sent` call, so an extra or missing request fails the case too.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import EllipsisType
from typing import Any
from urllib.parse import parse_qsl

from dixa_async.testing import FakeDixa, Store
from starlette.types import Message, Receive, Scope, Send

from dixa_async import DixaClient
from dixa_async.operations import Operation

__all__ = [
    "CASES",
    "NO_BODY",
    "Contract",
    "Recorder",
    "Seen",
    "case",
    "returned",
]


class _NoBody:
    def __repr__(self) -> str:
        return "NO_BODY"


NO_BODY: Any = _NoBody()
"""`Contract.sent(json=NO_BODY)`: the request must carry no body at all."""

# A query value of `...` means "present, with any non-empty value" (opaque page keys).
QueryValue = str | EllipsisType


@dataclass(frozen=True, slots=True)
class Seen:
    """One request as it reached the fake, and the status the fake answered."""

    method: str
    raw_path: str
    query: tuple[tuple[str, str], ...]
    body: bytes
    status: int
    content_type: str = ""

    def json(self) -> Any:
        return NO_BODY if not self.body else json.loads(self.body)

    def files(self) -> list[tuple[str, str, bytes]]:
        """The parts of a multipart/form-data body: (field, filename, content)."""
        assert self.content_type.startswith("multipart/form-data; boundary="), self.content_type
        head = f"Content-Type: {self.content_type}\r\n\r\n".encode("latin-1")
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + self.body)
        return [
            (
                str(part.get_param("name", header="content-disposition")),
                str(part.get_filename()),
                bytes(part.get_payload(decode=True) or b""),
            )
            for part in message.iter_parts()
        ]


class Recorder:
    """An ASGI app in front of another: keeps every HTTP request it forwards, byte for byte."""

    def __init__(self, app: FakeDixa) -> None:
        self.app = app
        self.seen: list[Seen] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:  # the app only waits for a disconnect after the body
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        status: list[int] = []

        async def keep_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
            await send(message)

        try:
            await self.app(scope, replay, keep_status)
        finally:
            self.seen.append(
                Seen(
                    method=scope["method"],
                    raw_path=scope["raw_path"].decode("ascii"),
                    query=tuple(
                        parse_qsl(scope["query_string"].decode("ascii"), keep_blank_values=True)
                    ),
                    body=body,
                    status=status[0] if status else 0,
                    content_type=dict(scope["headers"]).get(b"content-type", b"").decode(),
                )
            )


def _route_pattern(route: str) -> re.Pattern[str]:
    # A filled template: every `{param}` is exactly one non-empty segment.
    return re.compile(re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(route)) + "$")


@dataclass
class Contract:
    """What a case works with: the client, the fake behind it, and the request checks."""

    operation: Operation
    dixa: DixaClient
    fake: FakeDixa
    recorder: Recorder
    claimed: int = field(default=0)
    _cursor: int = field(default=0)

    @property
    def store(self) -> Store:
        return self.fake.store

    def begin(self) -> None:
        """Forget the requests made so far (the case's setup); checks start after this."""
        self._cursor = len(self.recorder.seen)

    def sent(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, QueryValue] | None = None,
        json: Any = NO_BODY,
        files: list[tuple[str, str, bytes]] | None = None,
        status: int | None = None,
    ) -> Seen:
        """Claim the next recorded request and assert it is exactly this one.

        `path` is the percent-encoded path as it went over the wire; `query` the complete
        set of query parameters (decoded; `...` for any non-empty value); `json` the decoded
        body (NO_BODY: none was sent). The request must also be the operation's method and
        route, and have succeeded (`status`: the exact status expected instead).
        """
        unclaimed = self.recorder.seen[self._cursor :]
        assert unclaimed, f"expected {method} {path}, but no (further) request reached the fake"
        seen = unclaimed[0]
        self._cursor += 1
        self.claimed += 1
        op = self.operation
        assert (seen.method, seen.raw_path) == (method, path)
        assert seen.method == op.method, f"{op.qualified_name} is a {op.method}"
        assert _route_pattern(op.route).match(seen.raw_path), f"not a path of {op.route}"
        expected_query = dict(query or {})
        actual_query = dict(seen.query)
        assert len(actual_query) == len(seen.query), f"repeated query parameters: {seen.query}"
        assert set(actual_query) == set(expected_query), f"query {seen.query}"
        for name, value in expected_query.items():
            if value is ...:
                assert actual_query[name], f"query parameter {name} is empty"
            else:
                assert actual_query[name] == value, f"query parameter {name}"
        if files is not None:
            assert seen.files() == files
        else:
            assert seen.json() == json
        if status is None:
            assert 200 <= seen.status < 300, f"the fake answered {seen.status}: {seen.body!r}"
        else:
            assert seen.status == status
        return seen

    def unclaimed(self) -> list[Seen]:
        """Requests recorded after `begin()` that no `sent` call claimed."""
        return self.recorder.seen[self._cursor :]


async def returned(call: Awaitable[object]) -> object:
    """What `call` returned, typed loosely so that a case can assert a `-> None` method
    really returns None (for 202/204 answers)."""
    return await call


CaseFunction = Callable[[Contract], Awaitable[None]]


CASES: dict[str, CaseFunction] = {}


def case(qualified_name: str) -> Callable[[CaseFunction], CaseFunction]:
    """Register the contract case of one operation (`"agents.teams"`); one per operation."""

    def register(run: CaseFunction) -> CaseFunction:
        if qualified_name in CASES:
            raise AssertionError(f"two contract cases for {qualified_name}")
        CASES[qualified_name] = run
        return run

    return register
