"""A throwaway redis-server on 127.0.0.1 for the shared-limit tests: no persistence, its own
temporary directory, a free port, killed at the end."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

__all__ = ["RedisServer", "find_redis_server", "require_redis_server"]


def find_redis_server() -> str | None:
    """The redis-server executable (PATH first, then where Debian puts it), or None."""
    found = shutil.which("redis-server")
    if found:
        return found
    for candidate in ("/usr/bin/redis-server", "/usr/sbin/redis-server"):
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def require_redis_server() -> str:
    """The redis-server executable for a test that needs one. Without it the test is
    skipped with the reason - except under CI (`CI` set), where that is a failure:
    `.ci/run` installs it."""
    found = find_redis_server()
    if found is None:
        message = "redis-server is not installed (Debian: apt-get install redis-server)"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and {message}; .ci/run should have installed it")
        pytest.skip(message)
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """One redis-server process. `start()` may be called again after `kill()`: the server
    comes back on the same port (empty, as after a crash of a cache without persistence)."""

    def __init__(self, executable: str, directory: Path) -> None:
        self.executable = executable
        self.directory = directory
        self.port = _free_port()
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        log = (self.directory / "redis.log").open("ab")
        command = [
            self.executable,
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--dir", str(self.directory),
            "--daemonize", "no",
            "--loglevel", "warning",
        ]  # fmt: skip
        self._proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + timeout
        while not _answers_ping(self.port):
            if self._proc.poll() is not None or time.monotonic() > deadline:
                self.kill()
                output = (self.directory / "redis.log").read_text(errors="replace")
                raise RuntimeError(f"redis-server did not start on port {self.port}:\n{output}")
            time.sleep(0.02)

    def kill(self) -> None:
        """SIGKILL, as a crash or an OOM kill would end it."""
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait(timeout=10)
            self._proc = None
