"""The one shape of a job's JSON state documents (export manifests, the period manifest, the
sync state), and the one way they are read and written.

    {"format": 2, "kind": "dixa-async sync state", "target": {...}, ...the kind's fields}

* `format` is the version of the shape; `kind` says which document it is, so one kind is
  never read as another; `target` is where the job ran (`_target`), null when the clients
  did not say.
* Written atomically and durably (`atomic_write_json`): a reader, or a crash, sees the old
  document or the new one, never a torn one.
* Read strictly (`read_document`): not JSON, not an object, another kind, a format this
  version does not know, or any field of the wrong type or meaning (checked against the
  kind's schema, `_schema`) is a `JobError` naming the file and the field; nothing is
  believed and nothing is changed. Format 1 documents (written before `kind` and `target`
  existed) are read through the same schema and upgraded on the next write.

The checkpoint is a JSON-lines file rather than a document, but its header line carries the
same `format`/`kind`/`target` fields (see `_checkpoint`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dixa_async._core._errors import JobError

from ._files import write_error
from ._schema import Nullable, Spec, validate
from ._target import TARGET_SPEC, Target

__all__ = [
    "FORMAT",
    "Document",
    "atomic_write_json",
    "document",
    "iso",
    "iso_ms",
    "now_iso",
    "read_document",
    "read_json",
]

FORMAT = 2
"""The version of the state document shape this version writes (it reads 1 and 2)."""


def now_iso() -> str:
    """The current UTC time, to the second: `2024-05-01T12:00:00Z`."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def iso(moment: dt.datetime) -> str:
    """An aware datetime in UTC, to the millisecond: `2024-05-01T12:00:00.000Z`."""
    utc = moment.astimezone(dt.UTC)
    return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def iso_ms(ms: int) -> str:
    """Milliseconds since the epoch, as `iso` writes them."""
    return iso(dt.datetime.fromtimestamp(ms / 1000, dt.UTC))


def atomic_write_json(path: Path, data: Mapping[str, Any], *, what: str) -> None:
    """Replace `path` with `data` as JSON, atomically and durably.

    The JSON goes to a temporary file beside `path`, is fsynced, renamed over `path`, and
    the folder entry is fsynced too. The folder must exist.

    Raises:
        JobError: the document (a `what`, for the message) cannot be written - the disk is
            full, say; `path` is then left as it was and the temporary file removed.
    """
    tmp = path.with_name(f".{path.name}.tmp")
    text = json.dumps(data, indent=2, default=str) + "\n"
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_directory(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise write_error(path, what, exc) from None


def _fsync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_json(path: Path, what: str) -> dict[str, Any] | None:
    """The JSON object in `path`, or None if there is no such file.

    Raises:
        JobError: the file exists but cannot be read or is not a JSON object.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise JobError(f"cannot read the {what} {path}: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise JobError(
            f"the {what} {path} is damaged: not valid JSON; nothing was sent and no file was "
            "changed"
        ) from None
    if not isinstance(data, dict):
        raise JobError(f"the {what} {path} is damaged: not a JSON object")
    return data


@dataclass(frozen=True)
class Document:
    """A state document as read: its format, target and fields (checked)."""

    path: Path
    format: int
    target: Target | None
    fields: dict[str, Any]


def read_document(
    path: Path, *, kind: str, what: str, spec: Spec, is_v1: Mapping[str, Any] | None = None
) -> Document | None:
    """Read the `kind` document at `path` (None if there is none), every field checked
    against `spec`.

    `is_v1` lists fields (with their values) a format 1 document of this kind carried, to
    tell it from a format 1 document of another kind; an empty mapping accepts any.

    Raises:
        JobError: the file is not such a document, has a format this version cannot read,
            or a field is wrong (naming the file and the field).
    """
    data = read_json(path, what)
    if data is None:
        return None
    version = data.get("format")
    where = f"the {what} {path}"
    if version == FORMAT:
        if data.get("kind") != kind:
            raise JobError(f"{path} is not a {what} (its kind is {data.get('kind')!r})")
        target_json = validate(Nullable(TARGET_SPEC), data.get("target"), where=where, at="target")
        target = None if target_json is None else Target.from_json(target_json)
    elif version == 1 and is_v1 is not None:
        if any(data.get(k) != v for k, v in is_v1.items()):
            raise JobError(f"{path} is not a {what}")
        target = None
    elif isinstance(version, int) and not isinstance(version, bool) and version > FORMAT:
        raise JobError(
            f"{path} has format {version}; this version of dixa-async reads formats up to "
            f"{FORMAT}: upgrade dixa-async"
        )
    else:
        raise JobError(f"{path} is not a {what} (format {version!r})")
    return Document(path, version, target, validate(spec, data, where=where))


def document(kind: str, target: Target | None, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON of a `kind` document: the envelope, then `fields`."""
    return {
        "format": FORMAT,
        "kind": kind,
        "target": None if target is None else target.to_json(),
        **fields,
    }
