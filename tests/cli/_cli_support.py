"""What the CLI tests share: a fake Dixa served by `python -m dixa_async.testing` on a
free 127.0.0.1 port, and running `dixa-async` in this process with its output captured."""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from dixa_async.cli import main

__all__ = ["CLI", "Run", "cli_runner", "free_port", "served_fake"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def served_fake(*options: str) -> Iterator[str]:
    """The base URL of `python -m dixa_async.testing --port P *options`, once it
    answers; the server is stopped on exit."""
    port = free_port()
    command = [sys.executable, "-m", "dixa_async.testing", "--port", str(port), *options]
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile("w+") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=log, text=True)
        try:
            deadline = time.monotonic() + 30
            while True:
                assert proc.poll() is None, "the fake server exited"
                assert time.monotonic() < deadline, "the fake server did not start"
                try:
                    httpx.get(f"{url}/v1/organization", headers={"Authorization": "probe"})
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            yield url
        finally:
            proc.terminate()
            proc.wait(timeout=10)


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str

    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.stdout)
        return data

    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("dixa-async:")]


CLI = Callable[..., Run]


def cli_runner(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[[list[str]], Run]:
    """Runs `dixa-async argv` in this process and returns its status and captured output.
    DIXA_API_KEY is unset, so nothing falls back to a key from the environment."""
    monkeypatch.delenv("DIXA_API_KEY", raising=False)

    def run(argv: list[str]) -> Run:
        capsys.readouterr()
        status = main(argv)
        out, err = capsys.readouterr()
        return Run(status, out, err)

    return run
