"""One result per input record, and the JSON-lines file they are written to.

    {"line": 2, "key": "2", "status": "ok", "response": {"id": "...", ...}, "error": null}
    {"line": 3, "key": "3", "status": "failed", "response": null,
     "error": {"type": "RecordError", "status_code": null, "message": "line 3: ..."}}

`status` is `ok`, `failed` (nothing took effect), `in_doubt` (the write may have reached
Dixa; a re-run repeats it only if it is idempotent), `skipped` (done in an earlier run of the same checkpoint, or a
repeated key) or `dry_run`. Lines are written as records finish, so the file is useful
after a crash; when the job ends it is rewritten in input order.

Each line also names the job that wrote it (`"job"`: the operation, and the checkpoint's
path when there is one). A job refuses a non-empty results file another job wrote - any
file, unless it is this job's (the same operation and checkpoint) - so that a second job
never overwrites the responses (new ids) of the first; `overwrite=True` (`--force`) allows it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, TypeAlias

from dixa_async._core._errors import JobError
from dixa_async.jobs._files import append_all, check_writable, open_locked, write_error

__all__ = ["JsonResponse", "RecordResult", "ResultStatus", "ResultsFile", "error_json", "job_id"]

JsonResponse: TypeAlias = dict[str, Any] | list[Any] | None
"""Dixa's answer for one record as JSON: an entity (object), a list (of outcomes or
entities), or None for an answer without a body."""

_WHAT = "results file"


class ResultStatus(StrEnum):
    OK = "ok"
    FAILED = "failed"
    IN_DOUBT = "in_doubt"
    SKIPPED = "skipped"
    DRY_RUN = "dry_run"


@dataclass(frozen=True)
class RecordResult:
    """What became of one input record.

    `response` is Dixa's answer for it (for `ok`): the entity its response carries (the
    `data` of Dixa's envelope, the same whether the record went alone or in a bulk
    request) as JSON (`JsonResponse`), or None for operations that answer without a
    body. `error` is
    `{"type", "status_code", "message"}` for `failed` and `in_doubt`.
    """

    line: int
    key: str
    status: ResultStatus
    response: JsonResponse = None
    error: Mapping[str, Any] | None = None
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "line": self.line,
            "key": self.key,
            "status": str(self.status),
            "response": self.response,
            "error": dict(self.error) if self.error is not None else None,
        }
        if self.note:
            data["note"] = self.note
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RecordResult:
        """The result a `to_json` line describes; TypeError/KeyError/ValueError if it
        does not describe one."""
        response = data.get("response")
        if not isinstance(response, dict | list | None):
            raise TypeError(f"response must be an object, a list or null, not {response!r}")
        return cls(
            line=int(data["line"]),
            key=str(data["key"]),
            status=ResultStatus(data["status"]),
            response=response,
            error=data.get("error"),
            note=str(data.get("note") or ""),
        )


def error_json(error: BaseException | None) -> dict[str, Any] | None:
    """`{"type", "status_code", "message"}` for an error (None for None)."""
    if error is None:
        return None
    status = getattr(error, "status_code", None)
    return {
        "type": type(error).__name__,
        "status_code": status if isinstance(status, int) else None,
        "message": str(error),
    }


def job_id(name: str, checkpoint: str | os.PathLike[str] | Any | None) -> str:
    """What names a job in its results file: its name, and its checkpoint's path if any
    (`checkpoint` is a path or an open `Checkpoint`)."""
    if checkpoint is None:
        return name
    path = Path(getattr(checkpoint, "path", checkpoint))
    return f"{name} {path.resolve()}"


class ResultsFile:
    """The `results` JSON-lines file of one job, locked while the job runs.

    Opening it keeps, from an earlier run of the same job, the `ok` results (those
    records are skipped by the checkpoint, and their responses are not lost); everything
    else is written afresh.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, job: str = "", resumable: bool = False,
        overwrite: bool = False,
    ) -> None:  # fmt: skip
        self.path = Path(path)
        self.job = job
        """Written on every line: which job wrote the file."""
        self.resumable = resumable
        """Whether the job has a checkpoint (only then is an earlier file its own)."""
        self.overwrite = overwrite
        self._fd: int | None = None
        self._end = 0
        self.earlier: dict[str, RecordResult] = {}

    def check(self) -> None:
        """Raise JobError now if the file cannot be written, or is another job's (before
        anything is sent)."""
        check_writable(self.path, what=_WHAT)
        try:
            with self.path.open("rb") as fh:
                self._check_owner(fh)
        except FileNotFoundError:
            pass

    def _check_owner(self, fh: IO[bytes]) -> None:
        """Refuse a non-empty file that is not this job's (unless `overwrite`)."""
        if self.overwrite:
            return
        first = next((raw for raw in fh if raw.strip()), None)
        if first is None:
            return
        try:
            written_by = json.loads(first).get("job")
        except (ValueError, AttributeError):
            written_by = None
        if self.resumable and written_by == self.job:
            return
        who = f"job {written_by!r}" if isinstance(written_by, str) else "something else"
        raise JobError(
            f"results file {self.path} holds the results of {who}"
            + ("" if self.resumable else " (a job without --checkpoint starts afresh)")
            + ": use another --results file, or --force to overwrite it"
        )

    def open(self, *, keep_earlier: bool) -> None:
        """Lock and truncate the file; with `keep_earlier`, first read its `ok` results."""
        fd = open_locked(self.path, what=_WHAT)
        try:
            with os.fdopen(os.dup(fd), "rb") as fh:
                fh.seek(0)
                self._check_owner(fh)
            if keep_earlier:
                self.earlier = self._read_ok(fd)
            os.ftruncate(fd, 0)
            self._fd, self._end = fd, 0
        except BaseException:
            os.close(fd)
            raise

    def _read_ok(self, fd: int) -> dict[str, RecordResult]:
        kept: dict[str, RecordResult] = {}
        with os.fdopen(os.dup(fd), "rb") as fh:
            fh.seek(0)
            for number, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                try:
                    result = RecordResult.from_json(json.loads(raw))
                except (ValueError, KeyError, TypeError):
                    raise JobError(
                        f"{self.path}:{number}: not a result line of a bulk job; use another "
                        "--results file or remove this one"
                    ) from None
                if result.status is ResultStatus.OK:
                    kept[result.key] = result
        return kept

    def write(self, result: RecordResult) -> None:
        """Append one result line (one write: a failed one is cut off again).

        Raises:
            JobError: the line cannot be written (the disk is full); this ends the job.
        """
        if self._fd is None:
            raise JobError(f"{_WHAT} {self.path} is not open")
        line = {**result.to_json(), "job": self.job}
        data = (json.dumps(line, default=str, separators=(",", ":")) + "\n").encode()
        self._end = append_all(self._fd, data, self._end, path=self.path, what=_WHAT)

    def close(self, in_order: Iterable[RecordResult] | None = None) -> None:
        """Close the file; given every result, rewrite it in input order first."""
        if self._fd is None:
            return
        try:
            if in_order is not None:
                os.ftruncate(self._fd, 0)
                self._end = 0
                for result in sorted(in_order, key=lambda r: r.line):
                    self.write(result)
            os.fsync(self._fd)
        except OSError as exc:
            raise write_error(self.path, _WHAT, exc) from None
        finally:
            os.close(self._fd)
            self._fd = None
