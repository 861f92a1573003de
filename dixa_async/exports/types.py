"""Contains some shared types for properties, and Dixa's lenient timestamp parsing"""

import datetime
import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_ZONE_ID_SUFFIX = re.compile(r"\[([^\]]*)\]$")
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def parse_datetime(value: str) -> datetime.datetime:
    """Parse a timestamp in any form Dixa sends.

    Accepts ISO-8601 with `Z` or a numeric offset, Java's zone-id suffix
    (`2021-12-01T12:46:36.581Z[GMT]`, where the zone id only applies when no offset is
    given) and zone-less local times (returned naive, as sent). Raises ValueError otherwise.
    The Exports API sends Unix epoch milliseconds: numbers and digit-only strings are read
    as such (UTC).
    """
    if (isinstance(value, (int, float)) and not isinstance(value, bool)) or (
        isinstance(value, str) and value.isdigit()
    ):
        try:
            return _EPOCH + datetime.timedelta(milliseconds=float(value))
        except (OverflowError, ValueError) as exc:
            raise ValueError(f"not an epoch-millisecond timestamp: {value!r}") from exc
    if not isinstance(value, str):
        raise TypeError(f"expected a timestamp string, got {type(value).__name__}")
    try:
        # The common forms (`...Z`, offsets, zone-less) take the fast standard parser.
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        pass
    text = value.strip()
    zone_id = None
    match = _ZONE_ID_SUFFIX.search(text)
    if match:
        zone_id = match.group(1)
        text = text[: match.start()]
    # Imported here: most timestamps take the fast path above, and dateutil costs a few
    # milliseconds of every process start.
    from dateutil.parser import isoparse  # noqa: PLC0415

    try:
        parsed = isoparse(text)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"not a timestamp Dixa sends: {value!r}") from exc
    if parsed.tzinfo is None and zone_id:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415

        try:
            parsed = parsed.replace(tzinfo=ZoneInfo(zone_id))
        except (ZoneInfoNotFoundError, ValueError):
            pass  # an unknown zone id: keep the local time as sent rather than fail
    return parsed


# Far above any Dixa id (ints and UUIDs); below the URL lengths proxies and httpx accept.
MAX_PATH_SEGMENT = 1024


class InvalidPathParameter(ValueError):
    """A path parameter that would not stay exactly one segment of its route."""


def path_segment(name: str, value: object) -> str:
    """`value` quoted as one URL path segment; raises InvalidPathParameter for values that
    would change the route: empty, `.`, `..` (which URL normalisation removes or climbs),
    or longer than MAX_PATH_SEGMENT characters. `/` and every other reserved character
    are percent-encoded."""
    text = str(value)
    if not text.strip() or text in (".", ".."):
        raise InvalidPathParameter(f"{name} must be a non-empty id, got {text[:40]!r}")
    if len(text) > MAX_PATH_SEGMENT:
        raise InvalidPathParameter(
            f"{name} is {len(text)} characters long; Dixa ids are at most {MAX_PATH_SEGMENT}"
        )
    return quote(text, safe="")


def format_datetime(value: datetime.datetime) -> str:
    """Format a timestamp the way Dixa documents its inputs: UTC as `...Z`, otherwise ISO-8601."""
    if value.tzinfo is not None and value.utcoffset() == datetime.timedelta(0):
        return value.replace(tzinfo=None).isoformat() + "Z"
    return value.isoformat()


__all__ = [
    "MAX_PATH_SEGMENT",
    "UNSET",
    "File",
    "FileTypes",
    "InvalidPathParameter",
    "RequestFiles",
    "Response",
    "Unset",
    "format_datetime",
    "parse_datetime",
    "path_segment",
]
