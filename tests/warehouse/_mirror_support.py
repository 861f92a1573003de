"""Shared by the live-mirror tests: `dixa-async mirror` run as a subprocess against a fake
Dixa served on 127.0.0.1 (which delivers signed webhooks over HTTP to it), its output read
line by line, and polling a DuckDB file the mirror writes."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import duckdb
from dixa_async.testing import FakeDixa

TOKEN = "mirror-test-token"
# The fake's clock is the real one: a recent `since` keeps the first load to one window
# (the seeded history is in 2024), and every change the tests make is "now".
SINCE = (dt.datetime.now(dt.UTC) - dt.timedelta(days=2)).date().isoformat()
LANDS_WITHIN = 30.0  # seconds: the bound from the API change to the row


def new_fake(conversations: int = 40) -> FakeDixa:
    """A fake without rate limits: these tests are about the mirror, not pacing."""
    return FakeDixa(conversations=conversations, rate_limit=None, exports_rate_limit=None)


def closed_payload(csid: int) -> bytes:
    """A CONVERSATION_CLOSED delivery as Dixa sends it (reference §12.4)."""
    return json.dumps(
        {
            "event_id": str(uuid.uuid4()),
            "event_fqn": "CONVERSATION_CLOSED",
            "event_version": "1",
            "event_timestamp": dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
            "organization": {"id": str(uuid.uuid4()), "name": "Acme"},
            "data": {"conversation": {"csid": csid, "channel": "EMAIL", "status": "CLOSED"}},
        }
    ).encode()


class MirrorProcess:
    """`python -m dixa_async.cli mirror ...` with its stdout/stderr collected by threads."""

    def __init__(self, url: str, database: Path, port: int, *extra: str) -> None:
        self.port = port
        self.public_url = f"http://127.0.0.1:{port}/dixa/hooks"
        argv = [
            sys.executable, "-m", "dixa_async.cli", "mirror",
            "--base-url", url, "--api-key", TOKEN, "--rate-limit", "0",
            "--exports-rate-limit", "0", "--since", SINCE, "--duckdb", str(database),
            "--listen", f"127.0.0.1:{port}", "--public-url", self.public_url,
            "--json", "--no-progress", "--batch-delay", "0.1", *extra,
        ]  # fmt: skip
        env = {k: v for k, v in os.environ.items() if k != "DIXA_API_KEY"}
        self.process = subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        self.out: list[str] = []
        self.err: list[str] = []
        self._pumps = [
            threading.Thread(target=_pump, args=(stream, lines), daemon=True)
            for stream, lines in ((self.process.stdout, self.out), (self.process.stderr, self.err))
        ]
        for pump in self._pumps:
            pump.start()

    def wait_for(self, pattern: str, timeout: float = 30.0) -> str:
        """The first stderr line matching `pattern` (fails if the process ends first)."""
        deadline = time.monotonic() + timeout
        compiled = re.compile(pattern)
        while time.monotonic() < deadline:
            for line in list(self.err):
                if compiled.search(line):
                    return line
            if self.process.poll() is not None:
                time.sleep(0.2)  # let the pumps finish
                if any(compiled.search(line) for line in self.err):
                    continue
                raise AssertionError(f"the mirror exited {self.process.returncode}: {self.text}")
            time.sleep(0.05)
        raise AssertionError(f"no line matching {pattern!r} within {timeout} s: {self.text}")

    def ready(self) -> MirrorProcess:
        self.wait_for(r"^initial load: ")
        return self

    def merges(self) -> list[dict[str, Any]]:
        """The --json lines of the merges so far."""
        lines = [json.loads(line) for line in list(self.out) if line.startswith("{")]
        return [line for line in lines if line.get("event") == "merge"]

    def merged_csids(self) -> set[int]:
        return {csid for merge in self.merges() for csid in merge["csids"]}

    def wait_for_merge(self, csid: int, timeout: float = 30.0) -> None:
        """Until a merge reported on stdout carried `csid`."""
        deadline = time.monotonic() + timeout
        while csid not in self.merged_csids():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(f"{csid} was not merged: {self.out} {self.text}")
            time.sleep(0.05)

    def interrupt(self, timeout: float = 30.0, signum: int = signal.SIGINT) -> int:
        self.process.send_signal(signum)
        status = self.process.wait(timeout)
        self._drain()
        return status

    def terminate(self) -> int:
        return self.interrupt(signum=signal.SIGTERM)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(10)
        self._drain()

    def _drain(self) -> None:
        """Wait for the output threads to reach the end, then close the pipes."""
        for pump in self._pumps:
            pump.join(10)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()

    @property
    def text(self) -> str:
        return "\n".join(self.err[-40:])

    def __enter__(self) -> MirrorProcess:
        return self

    def __exit__(self, *_: object) -> None:
        if self.process.poll() is None:
            self.kill()


def _pump(stream: Any, lines: list[str]) -> None:
    for line in stream:
        lines.append(line.rstrip("\n"))


def read(database: Path, sql: str, *params: Any) -> list[tuple[Any, ...]] | None:
    """Rows of `sql` ([] while its table does not exist yet), or None while the mirror
    holds the file (a merge is writing)."""
    try:
        with duckdb.connect(str(database), read_only=True) as db:
            return db.execute(sql, list(params)).fetchall()
    except (duckdb.IOException, duckdb.ConnectionException):
        # Another process writes (a lock), or, in-process, dlt's connection is open.
        return None
    except duckdb.CatalogException:
        return []


def wait_for_rows(
    database: Path,
    sql: str,
    *params: Any,
    expected: list[tuple[Any, ...]],
    timeout: float,
    mirror: MirrorProcess | None = None,
) -> float:
    """Seconds until `sql` returns `expected` (fails after `timeout`)."""
    started = time.monotonic()
    rows = None
    while time.monotonic() - started < timeout:
        rows = read(database, sql, *params)
        if rows == expected:
            return time.monotonic() - started
        time.sleep(0.1)
    said = f"; the mirror said:\n{mirror.text}\n{mirror.out}" if mirror is not None else ""
    raise AssertionError(f"{sql} {params} gave {rows}, not {expected}, within {timeout} s{said}")


def free_port() -> int:
    """A port nothing listens on yet, on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def mirror_port() -> int:
    return free_port()
