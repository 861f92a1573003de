"""Wire-level helpers of the fake: Dixa's timestamp forms, error bodies, paging and body checks."""

from __future__ import annotations

import base64
import binascii
import json
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

from starlette.datastructures import QueryParams
from starlette.responses import Response

JSON = dict[str, Any]

MESSAGES = {
    400: "Decoding failure in request",
    401: "User is unauthorized to perform an underlying operation",
    404: "The requested resource could not be found",
    409: "The request conflicts with the current state of the resource",
    429: "Too many requests",
    500: "There was an internal server error while processing the request",
}


class HTTPError(Exception):
    """Raised by handlers; the app answers with `{"message": ...}` and this status."""

    def __init__(self, status: int, message: str | None = None) -> None:
        super().__init__(message or MESSAGES.get(status, "Error"))
        self.status = status
        self.message = message or MESSAGES.get(status, "Error")


def invalid(message: str = MESSAGES[400]) -> HTTPError:
    return HTTPError(400, message)


def not_found() -> HTTPError:
    return HTTPError(404)


def dumps(payload: object) -> bytes:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


def json_response(status: int, payload: object) -> Response:
    return Response(dumps(payload), status_code=status, media_type="application/json")


def error_response(status: int, message: str) -> Response:
    return json_response(status, {"message": message})


def empty(status: int = 204) -> Response:
    return Response(status_code=status)


# Timestamps. Dixa mixes forms (reference §8): plain seconds for most entities, millis for new
# messages and webhook payloads, and Java's ZonedDateTime form `...Z[GMT]` for notes, anonymization,
# activity log and message listings.


def iso_s(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def iso_ms(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ts)) + f".{int(ts * 1000) % 1000:03d}Z"


def zoned(ts: float) -> str:
    return iso_ms(ts) + "[GMT]"


def local(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ts)) + f".{int(ts * 1000) % 1000:03d}"


def parse_ts(value: object) -> float:
    """Parse the ISO forms Dixa accepts in inputs (`Z`, millis, optional `[GMT]`)."""
    if not isinstance(value, str):
        raise invalid("Invalid value in request")
    text = value.split("[", 1)[0]
    from datetime import datetime

    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise invalid("Invalid value in request") from exc
    if parsed.tzinfo is None:
        from datetime import UTC

        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


# Paging. Page keys are opaque url-safe base64 of the offset; `meta.next` is a relative path that
# already carries `/v1` and the whole query, as Dixa sends it (reference §4).

DEFAULT_PAGE_LIMIT = 50
# Dixa documents a cap of 300 for the analytics endpoints only; other paged endpoints take any
# positive `pageLimit` (a Singer tap asks the activity log for 10,000).
ANALYTICS_MAX_PAGE_LIMIT = 300


def _encode_key(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset={offset}".encode()).decode()


def _decode_key(key: str) -> int:
    try:
        text = base64.urlsafe_b64decode(key.encode() + b"=" * (-len(key) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise invalid("Invalid value in request") from exc
    name, _, number = text.partition("=")
    if name != "offset" or not number.isdigit():
        raise invalid("Invalid value in request")
    return int(number)


def page_window(
    query: QueryParams, default_limit: int = DEFAULT_PAGE_LIMIT, max_limit: int | None = None
) -> tuple[int, int]:
    """(offset, limit) from `pageKey`/`pageLimit`; malformed values (and a limit above
    `max_limit`, where the endpoint has one) are a 400."""
    raw_limit = query.get("pageLimit")
    if raw_limit is None:
        limit = default_limit
    else:
        try:
            limit = int(raw_limit)
        except ValueError as exc:
            raise invalid("Invalid value in request") from exc
        if limit < 1 or (max_limit is not None and limit > max_limit):
            raise invalid("Invalid value in request")
    key = query.get("pageKey")
    return (_decode_key(key) if key else 0), limit


def paged(
    items: Sequence[Any],
    path: str,
    query: QueryParams,
    render: Any = None,
    default_limit: int = DEFAULT_PAGE_LIMIT,
    max_limit: int | None = None,
) -> JSON:
    """One page of `items` in Dixa's envelope; `render` maps stored items to wire dicts.
    `items` may stop one item past the page: only then is there a next page."""
    offset, limit = page_window(query, default_limit, max_limit)
    chunk = items[offset : offset + limit]
    body: JSON = {"data": [render(x) for x in chunk] if render else list(chunk)}
    meta: JSON = {}
    if offset + limit < len(items):
        params = [(k, v) for k, v in query.multi_items() if k not in ("pageKey", "pageLimit")]
        params += [("pageKey", _encode_key(offset + limit)), ("pageLimit", str(limit))]
        meta["next"] = f"{path}?{urlencode(params)}"
    if offset > 0:
        params = [(k, v) for k, v in query.multi_items() if k not in ("pageKey", "pageLimit")]
        params += [("pageKey", _encode_key(max(0, offset - limit))), ("pageLimit", str(limit))]
        meta["previous"] = f"{path}?{urlencode(params)}"
    body["meta"] = meta
    return body


# Body checks. Handlers read request JSON through these so that a wrong shape is a 400
# "Decoding failure in request", never a server error.


def obj(value: object) -> JSON:
    if not isinstance(value, dict):
        raise invalid()
    return value


def req(body: Mapping[str, Any], key: str, kind: type | tuple[type, ...] = str) -> Any:
    value = body.get(key)
    if value is None or not _is(value, kind):
        raise invalid()
    return value


def opt(body: Mapping[str, Any], key: str, kind: type | tuple[type, ...] = str) -> Any:
    value = body.get(key)
    if value is not None and not _is(value, kind):
        raise invalid()
    return value


def _is(value: object, kind: type | tuple[type, ...]) -> bool:
    if isinstance(value, bool) and kind in (int, float):
        return False
    return isinstance(value, kind)


def strings(value: object, *, allow_none: bool = False) -> list[str]:
    if value is None and allow_none:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise invalid()
    return list(value)


def objects(value: object) -> list[JSON]:
    if not isinstance(value, list):
        raise invalid()
    return [obj(v) for v in value]


def one_of(value: object, choices: Iterable[str]) -> str:
    if not isinstance(value, str) or value not in set(choices):
        raise invalid()
    return value
