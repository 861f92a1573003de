"""Opening the files a job writes (checkpoints, export output): exclusively locked for the
job's lifetime, and every way of failing to open one turned into a `JobError` that says
what is wrong with the path.

Every lock of every job is taken here, one way: `flock(LOCK_EX | LOCK_NB)` on a file that
is never replaced, held through a descriptor kept open for the run. A file the job appends
to (checkpoint, export file, a period's data files, results) is that file itself. A state
document replaced by rename (`_document`) cannot carry a lock - the rename swaps the inode
the lock is on - so it is guarded by the lock of the files it describes (a manifest by its
data files) or, when it describes none (the sync state), by `<document>.lock`. The kernel
drops the lock when the descriptor is closed or the process dies (including SIGKILL), so a
crashed job never leaves a stale lock behind. On Windows, which has no `flock`, no lock is
taken.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from dixa_async._core._errors import JobError

__all__ = [
    "WriteFailedError",
    "append_all",
    "check_writable",
    "describe_open_error",
    "open_locked",
    "write_error",
]

# A write that fails for want of space (a full disk, a quota, a file-size limit) leaves
# nothing wrong with the job's files that a re-run cannot mend; it is a usage error.
_NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})

if sys.platform != "win32":
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

else:  # pragma: no cover - no flock on Windows

    def _try_lock(fd: int) -> bool:
        return True


def _file_in_the_way(path: Path) -> Path | None:
    """The nearest ancestor of `path` that exists but is not a folder, if any."""
    for ancestor in path.parents:
        if ancestor.exists():
            return None if ancestor.is_dir() else ancestor
    return None


def describe_open_error(path: Path, what: str, error: OSError) -> str:
    """One line saying why `path` (a `what`, e.g. "checkpoint") could not be opened."""
    folder = path.parent
    if isinstance(error, IsADirectoryError):
        return f"{what} {path} is a folder, not a file"
    if isinstance(error, NotADirectoryError):
        blocker = _file_in_the_way(path)
        shown = blocker if blocker is not None else folder
        return f"cannot create {what} {path}: {shown} is a file, not a folder"
    if isinstance(error, FileNotFoundError):
        return f"cannot create {what} {path}: the folder {folder} does not exist (create it first)"
    if isinstance(error, PermissionError):
        where = f"{path} is read-only" if path.exists() else f"the folder {folder} is read-only"
        return f"cannot write {what} {path}: permission denied ({where})"
    return f"cannot open {what} {path}: {error.strerror or error}"


class WriteFailedError(JobError):
    """A job's own file could not be written (the disk is full, above all). It ends the
    job - the job engine does not count it as one item's failure - with the files left as
    a kill would have left them, so that a re-run resumes."""


def write_error(path: Path, what: str, error: OSError) -> WriteFailedError:
    """The one-line error for a failed write to `path` (a `what`), the disk being full
    above all. Callers leave their files as a kill would have (see their docs)."""
    reason = error.strerror or str(error)
    if error.errno in _NO_SPACE:
        return WriteFailedError(
            f"no space left to write {what} {path} ({reason}); the files are as an "
            "interruption would leave them: free some space and run the same command again "
            "to resume"
        )
    return WriteFailedError(f"cannot write {what} {path}: {reason}")


def append_all(fd: int, data: bytes, good_end: int, *, path: Path, what: str) -> int:
    """Write all of `data` at the end of the file open (O_APPEND) as `fd`, whose complete
    content ends at `good_end`; returns the new end.

    Raises:
        WriteFailedError: the write failed (the disk is full); the file has been cut back
            to `good_end`, so no partial record is left behind.
    """
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(fd, view) :]
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, good_end)
        raise write_error(path, what, exc) from None
    return good_end + len(data)


def check_writable(path: str | os.PathLike[str], *, what: str) -> None:
    """Raise `JobError` now if `path` can plainly not be written as a `what`: its folder is
    missing or is a file, it is a folder itself, or it (or its folder, for a new file) is
    not writable. Nothing is created. Used to fail before any request is sent; opening the
    file later still reports anything this cannot foresee.
    """
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        error: OSError = IsADirectoryError(errno.EISDIR, "is a folder")
    elif _file_in_the_way(target) is not None:
        error = NotADirectoryError(errno.ENOTDIR, "not a folder")
    elif not folder.exists():
        error = FileNotFoundError(errno.ENOENT, "no such folder")
    elif not os.access(target if target.exists() else folder, os.W_OK):
        error = PermissionError(errno.EACCES, "permission denied")
    else:
        return
    raise JobError(describe_open_error(target, what, error))


def open_locked(path: str | os.PathLike[str], *, what: str) -> int:
    """Open `path` for reading and appending, creating the file (never its folder), and take
    an exclusive lock on it; returns the descriptor (closing it releases the lock).

    Raises:
        JobError: another job holds the lock (named in the message), or the path cannot be
            opened (missing folder, a file in the way, a folder, no permission).
    """
    target = Path(path)
    try:
        # Not inherited by child processes (PEP 446), so a subprocess cannot keep it locked.
        fd = os.open(target, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
    except OSError as exc:
        raise JobError(describe_open_error(target, what, exc)) from None
    try:
        locked = _try_lock(fd)
    except OSError as exc:  # e.g. ENOLCK on a file system without locks
        os.close(fd)
        raise JobError(f"cannot lock {what} {target}: {exc.strerror or exc}") from None
    if not locked:
        os.close(fd)
        raise JobError(
            f"{what} {target} is in use by another running job (it holds the file's lock): "
            f"wait for that job to finish, or use another {what} file"
        )
    return fd
