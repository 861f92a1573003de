"""The live-mirror figures of `make bench`: how soon a change made through the API is in the
DuckDB file `dixa-async mirror` keeps, and what it costs in requests, at the SDK's default
pacing against a fake at Dixa's limits (v1 10 requests/s, burst 4; Exports API 10
requests/minute, burst 2).

The fake is served on 127.0.0.1 and delivers signed webhooks over HTTP to the mirror, which
runs as the CLI in its own process with its defaults (no pacing option given). Two runs:

* one change at a time - a conversation closed, or a message added - each waited for before
  the next: the latency a single change sees, with the Exports API bucket refilled between;
* a burst of changes at once: they share merges, so the requests per change fall.

Latency is from the moment the API call returned to the moment the mirror reported the merge
that carried the conversation (`--json`, written right after the commit); at the end every
changed row is checked in the file.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from rich.console import Console

from ._report import Figure
from ._server import free_port

__all__ = ["mirror_figures"]

_TOKEN = "bench-mirror-token"
_SINGLE = 6
_BURST = 10


class _Mirror:
    def __init__(self, url: str, database: Path) -> None:
        port = free_port()
        since = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).date().isoformat()
        argv = [
            sys.executable, "-m", "dixa_async.cli", "mirror", "--base-url", url,
            "--api-key", _TOKEN, "--since", since, "--duckdb", str(database),
            "--listen", f"127.0.0.1:{port}", "--public-url", f"http://127.0.0.1:{port}/h",
            "--json", "--no-progress",
        ]  # fmt: skip
        env = {k: v for k, v in os.environ.items() if k != "DIXA_API_KEY"}
        self.process = subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
        )
        self.merged: dict[int, float] = {}  # csid -> when its merge was reported (monotonic)
        self.merges: list[dict[str, Any]] = []
        self.err: list[str] = []
        self._threads = [
            threading.Thread(target=self._read_out, daemon=True),
            threading.Thread(target=self._read_err, daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _read_out(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if not line.startswith("{"):
                continue
            record = json.loads(line)
            if record.get("event") == "merge":
                now = time.monotonic()
                self.merges.append(record)
                for csid in record["csids"]:
                    self.merged.setdefault(csid, now)

    def _read_err(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.err.append(line.rstrip())

    def wait_ready(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while not any(line.startswith("initial load: ") for line in self.err):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the mirror did not start:\n" + "\n".join(self.err[-20:]))
            time.sleep(0.05)

    def wait_merged(self, csids: list[int], timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while any(c not in self.merged for c in csids):
            if time.monotonic() > deadline:
                raise RuntimeError(f"not merged within {timeout} s: {self.err[-10:]}")
            time.sleep(0.02)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        self.process.wait(60)
        for thread in self._threads:
            thread.join(10)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


async def _change(url: str, csid: int, index: int) -> None:
    from dixa_async import DixaClient
    from dixa_async.models import Inbound, Text

    async with DixaClient(_TOKEN, base_url=url) as dixa:
        if index % 2:
            await dixa.messages.create(csid, body=Inbound(content=Text(value=f"bench {index}")))
        else:
            await dixa.conversations.close(csid)


def mirror_figures(console: Console) -> list[Figure]:
    import duckdb
    from dixa_async.testing import FakeDixa, run_fake_server

    fake = FakeDixa(seed=2, conversations=200)  # Dixa's limits on both APIs
    candidates = sorted(c for c, v in fake.store.conversations.items() if v.state != "Closed")
    singles, burst = candidates[:_SINGLE], candidates[_SINGLE : _SINGLE + _BURST]
    with run_fake_server(fake) as url, tempfile.TemporaryDirectory() as tmp:
        console.print(f"[bold]live mirror[/]: fake at Dixa's limits ({url}), default pacing ...")
        database = Path(tmp) / "mirror.duckdb"
        mirror = _Mirror(url, database)
        try:
            mirror.wait_ready()
            single: list[float] = []
            for index, csid in enumerate(singles):
                asyncio.run(_change(url, csid, index))
                changed = time.monotonic()
                mirror.wait_merged([csid])
                single.append(mirror.merged[csid] - changed)
            single_merges = len(mirror.merges)
            single_requests = sum(m["requests"] for m in mirror.merges)

            async def all_at_once() -> None:
                await asyncio.gather(*(_change(url, c, i) for i, c in enumerate(burst)))

            asyncio.run(all_at_once())
            changed = time.monotonic()
            mirror.wait_merged(burst)
            bursts = [mirror.merged[c] - changed for c in burst]
            burst_merges = mirror.merges[single_merges:]
            burst_requests = sum(m["requests"] for m in burst_merges)
        finally:
            mirror.stop()
        with duckdb.connect(str(database), read_only=True) as db:
            present = {
                int(row[0])
                for row in db.execute("select id from dixa_data.conversations").fetchall()
            }
    missing = set(singles + burst) - present
    if missing:
        raise RuntimeError(f"merged but not in the file: {sorted(missing)}")
    console.print(
        f"   one change at a time: median {statistics.median(single):.1f} s, max "
        f"{max(single):.1f} s, {single_requests / len(singles):.1f} Exports API requests per "
        f"change; a burst of {len(burst)}: all in within {max(bursts):.1f} s, "
        f"{len(burst_merges)} merges, {burst_requests / len(burst):.2f} requests per change"
    )
    details = {
        "single_latencies_s": [round(s, 2) for s in single],
        "burst_latencies_s": [round(s, 2) for s in bursts],
        "single_merges": single_merges,
        "burst_merges": len(burst_merges),
    }
    return [
        Figure(
            "live mirror: API change to DuckDB row, one change at a time (max)",
            max(single),
            "s",
            30.0,
            "<=",
            details=details,
        ),
        Figure(
            f"live mirror: a burst of {len(burst)} changes, all in DuckDB within",
            max(bursts),
            "s",
            30.0,
            "<=",
        ),
        Figure(
            "live mirror: Exports API requests per change, one at a time",
            single_requests / len(singles),
            "requests",
            None,
            baselines={f"in a burst of {len(burst)}": burst_requests / len(burst)},
        ),
    ]
