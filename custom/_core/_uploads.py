"""Checks a multipart upload against its operation's limits before anything is sent.

Dixa documents limits for its knowledge attachment upload (5 files, 4 MB each, 10 MB in
total; read as MiB, the lenient reading, since Dixa does not say which). Sending more only
earns an error after the whole body went over the wire, so the client counts first.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import IO, Any

from dixa_async.operations import UploadLimits

from ._errors import UploadLimitError

__all__ = ["check_upload"]

_MIB = 1024 * 1024


def _bytes(size: int) -> str:
    shown = f"{size:,} bytes"
    return f"{shown} ({size / _MIB:g} MiB)" if size % _MIB == 0 else shown


def _measure(payload: Any, limit: int) -> tuple[int, bool, Any]:
    """The size httpx will send for `payload`, whether that size is exact, and the payload
    to send.

    httpx rewinds seekable files and sends them whole, so a seekable file's size is its
    length. A stream that cannot seek is read (at most `limit` + 1 bytes: enough to tell
    that it is too big) and replaced by the bytes read, so that it can still be sent.
    """
    if isinstance(payload, (bytes, bytearray, memoryview)):
        return len(payload), True, payload
    if isinstance(payload, str):
        return len(payload.encode()), True, payload
    stream: IO[bytes] = payload
    try:
        if stream.seekable():
            here = stream.tell()
            size = stream.seek(0, io.SEEK_END)
            stream.seek(here)
            return size, True, payload
    except (AttributeError, OSError):
        pass
    data = stream.read(limit + 1)
    return len(data), len(data) <= limit, io.BytesIO(data)


def check_upload(
    qualified_name: str, limits: UploadLimits, files: Sequence[tuple[str, Any]]
) -> list[tuple[str, Any]]:
    """The multipart `files` of a request, checked against `limits`; raises UploadLimitError.

    `files` is httpx's list of `(field, (filename, payload, content_type))`. Returns it
    with unseekable payloads replaced by the bytes read from them.
    """
    count = sum(isinstance(part, tuple) for _, part in files)
    if count > limits.max_files:
        raise UploadLimitError(
            f"{qualified_name}: {count} files, at most {limits.max_files} per call"
        )
    checked: list[tuple[str, Any]] = []
    total = 0
    for field, part in files:
        if not isinstance(part, tuple):  # a plain form field
            checked.append((field, part))
            continue
        filename, payload, *rest = part
        size, exact, payload = _measure(payload, limits.max_file_bytes)
        if size > limits.max_file_bytes:
            measured = _bytes(size) if exact else f"over {_bytes(limits.max_file_bytes)}"
            raise UploadLimitError(
                f"{qualified_name}: file {filename!r} is {measured}, "
                f"at most {_bytes(limits.max_file_bytes)} each"
            )
        total += size
        checked.append((field, (filename, payload, *rest)))
    if total > limits.max_total_bytes:
        raise UploadLimitError(
            f"{qualified_name}: {_bytes(total)} in all, at most {_bytes(limits.max_total_bytes)} per call"
        )
    return checked
