"""A reader that stops early (`dixa-async bulk --list | head`) is not a crash."""

from __future__ import annotations

import os
import subprocess
import sys


def test_a_closed_stdout_ends_quietly() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    try:
        done = subprocess.run(
            [sys.executable, "-m", "dixa_async.cli", "bulk", "--list"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr
    assert done.returncode == 1
