"""The one rule for folders: dixa-async creates what a path you give names - the file
(`-o FILE`, `--results`, `--checkpoint`, `--state`) or the directory (`export --since -o DIR`,
`sync -o DIR`, and the batches inside it) - but never the folder that path is in: that
folder must exist, or the command exits 2 before it sends or writes anything. A typo in a
path is then an error, not a new tree of folders.
"""

from __future__ import annotations

import os
from pathlib import Path

from dixa_async._core._errors import JobError
from dixa_async.jobs._files import check_writable

__all__ = ["check_directory", "check_file"]


def check_file(path: str | os.PathLike[str], *, what: str) -> None:
    """A file the command will create or rewrite: its folder must exist (JobError if not)."""
    check_writable(path, what=what)


def check_directory(path: str | os.PathLike[str], *, what: str) -> None:
    """A directory the command will create if needed: the folder it is in must exist, and
    it must not be a file (JobError if not)."""
    target = Path(path)
    if target.is_dir():
        return
    if target.exists():
        raise JobError(f"{what} {target} is a file, not a folder")
    if not target.parent.is_dir():
        raise JobError(
            f"cannot create {what} {target}: the folder {target.parent} does not exist "
            "(create it first)"
        )
