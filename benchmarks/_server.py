"""The fake Dixa as a real HTTP server in a subprocess, for benchmarks that must cross a
socket (`python -m dixa_async.testing`, uvicorn on 127.0.0.1)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import httpx

__all__ = ["fake_server", "free_port"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def fake_server(*args: str, startup_timeout: float = 120.0) -> Iterator[str]:
    """Run the fake with extra CLI `args`; yields its base URL and stops it afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "dixa_async.testing", "--port", str(port), *args]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # A file, not a pipe: a server that logs every request would block on a full pipe.
    with tempfile.TemporaryFile("w+") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=log, env=env, text=True)
        base_url = f"http://127.0.0.1:{port}"
        try:
            _wait_ready(proc, log, base_url, startup_timeout)
            yield base_url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_ready(proc: subprocess.Popen[str], log: IO[str], base_url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"the fake Dixa exited with {proc.returncode}:\n{log.read()}")
        try:
            # Any HTTP answer means uvicorn is serving; the token is a throwaway one so the
            # probe spends no benchmark token's rate budget.
            httpx.get(f"{base_url}/v1/organization", headers={"Authorization": "probe"})
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"the fake Dixa did not start within {timeout:.0f} s")
