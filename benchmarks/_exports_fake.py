"""The fake Dixa of the Exports API benchmarks, served in its own process (so that neither
its CPU nor its memory is counted against the SDK), at Dixa's limits: v1 10 requests/s with
bursts of 4, the Exports API 10 requests/minute with bursts of 2 (the fake's defaults).

    python -m benchmarks._exports_fake --port 8766 --conversations 20000
    python -m benchmarks._exports_fake --port 8766 --conversations 200000 --days 30

The fake seeds its conversations over six months from 2024-01-01. `--days N` squeezes that
history into the first N days instead - creation, state changes, closes and messages alike -
so that one export window holds every conversation (the memory figure needs one window of
200,000).

`serve_exports_fake(...)` starts it as a subprocess and yields its base URL.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from ._server import free_port

__all__ = ["serve_exports_fake"]

_EPOCH = 1_704_067_200  # 2024-01-01T00:00:00Z, where the fake's seeded history starts
_SEED_SPAN_DAYS = 180


@contextmanager
def serve_exports_fake(
    conversations: int, *, days: int | None = None, startup_timeout: float = 300.0
) -> Iterator[str]:
    """Run the benchmark fake in a subprocess; yields its base URL and stops it afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "benchmarks._exports_fake", "--port", str(port)]
    command += ["--conversations", str(conversations)]
    if days is not None:
        command += ["--days", str(days)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with tempfile.TemporaryFile("w+") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=log, env=env, text=True)
        base_url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + startup_timeout
            while True:
                if proc.poll() is not None:
                    log.seek(0)
                    raise RuntimeError(f"the benchmark fake exited:\n{log.read()}")
                if time.monotonic() > deadline:
                    raise RuntimeError("the benchmark fake did not start")
                try:
                    # A throwaway token: the probe spends no benchmark token's budget.
                    httpx.get(f"{base_url}/v1/organization", headers={"Authorization": "probe"})
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            yield base_url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _squeeze(fake: object, days: int) -> None:
    """Move every seeded conversation's timestamps into the first `days` days of 2024."""
    from dixa_async.testing import FakeDixa

    assert isinstance(fake, FakeDixa)
    factor = days / _SEED_SPAN_DAYS

    def moved(ts: float) -> float:
        return _EPOCH + (ts - _EPOCH) * factor

    for conv in fake.store.conversations.values():
        conv.created = moved(conv.created)
        conv.state_updated = moved(conv.state_updated)
        conv.last_message = moved(conv.last_message)
        if conv.closed is not None:
            conv.closed = moved(conv.closed)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks._exports_fake")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--conversations", type=int, required=True)
    parser.add_argument("--days", type=int)
    args = parser.parse_args(argv)

    from dixa_async.testing import FakeDixa
    from dixa_async.testing._server import serve

    fake = FakeDixa(seed=1, conversations=args.conversations)  # Dixa's limits, both APIs
    if args.days is not None:
        _squeeze(fake, args.days)
    print(f"benchmark fake on 127.0.0.1:{args.port}", flush=True)
    serve(fake, host="127.0.0.1", port=args.port)


if __name__ == "__main__":
    main()
