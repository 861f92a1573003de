"""Child process of the nesting test: exports one window whose body nests 100,000 levels
deep (about 200 KB) from a hand-built server, then prints what happened and the process's
peak memory (VmHWM) as one JSON line."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _raw_server import RawServer, Reply, Request

from dixa_async import DixaClient

DEPTH = 100_000
SHAPES = {
    "arrays": b"[" + b"[" * DEPTH + b"]" * DEPTH + b"]",
    "inside-an-item": b'[{"id":1,"created_at":1704067200000,"x":'
    + b"[" * DEPTH
    + b"]" * DEPTH
    + b"}]",
    "objects": b"[" + b'{"a":' * DEPTH + b"1" + b"}" * DEPTH + b"]",
}


def peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


async def main(shape: str) -> dict[str, object]:
    body = SHAPES[shape]
    error: str | None = None
    bases: list[str] = []
    message = ""

    async def handler(request: Request, reply: Reply) -> None:
        await reply.head(200)
        for start in range(0, len(body), 16 * 1024):
            await reply.send(body[start : start + 16 * 1024])
        await reply.end()

    async with (
        RawServer(handler) as server,
        DixaClient(
            "token", base_url=server.url, exports_base_url=server.url, exports_rate_limit=None
        ) as dixa,
    ):
        try:
            async for _ in dixa.exports.conversations(
                created_after=dt.date(2024, 1, 1), created_before=dt.date(2024, 1, 2)
            ):
                pass
        except Exception as exc:
            error = type(exc).__name__
            bases = [c.__name__ for c in type(exc).__mro__]
            message = str(exc)[:300]
    return {
        "bytes": len(body),
        "error": error,
        "bases": bases,
        "message": message,
        "peak_mb": peak_mb(),
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1]))))
