"""The per-request context handed to route handlers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import QueryParams

from ._store import Store
from ._wire import invalid, not_found


@dataclass(slots=True)
class Call:
    store: Store
    method: str
    path: str
    route: str
    params: dict[str, str]
    query: QueryParams
    raw_body: bytes
    token: str
    content_type: str = ""

    def json(self) -> Any:
        """The decoded request body; anything that is not JSON is a 400."""
        if not self.raw_body:
            raise invalid()
        try:
            return json.loads(self.raw_body)
        except ValueError as exc:
            raise invalid() from exc

    def csid(self, name: str = "conversationId") -> int:
        raw = self.params[name]
        if not raw.lstrip("-").isdigit():
            raise invalid("Invalid value in request")
        return int(raw)

    def known(self, table: dict[str, Any], name: str) -> str:
        key = self.params[name]
        if key not in table:
            raise not_found()
        return key

    def flag(self, name: str) -> bool:
        raw = self.query.get(name)
        if raw is None:
            return False
        if raw not in ("true", "false"):
            raise invalid("Invalid value in request")
        return raw == "true"
