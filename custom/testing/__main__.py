"""`python -m dixa_async.custom.testing --port 8080`: serve the fake Dixa API on 127.0.0.1."""

from __future__ import annotations

import argparse

from ._app import FakeDixa
from ._server import serve


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m dixa_async.custom.testing", description="Serve a fake Dixa API v1."
    )
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1 only)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--conversations", type=int, default=2000, help="seeded conversations (default: 2000)"
    )
    parser.add_argument(
        "--api-key", action="append", dest="api_keys", help="accept only this token (repeatable)"
    )
    parser.add_argument(
        "--no-rate-limit", action="store_true", help="turn off the 10/s, burst 4 limit"
    )
    args = parser.parse_args(argv)
    fake = FakeDixa(
        seed=args.seed,
        conversations=args.conversations,
        api_keys=args.api_keys,
        rate_limit=None if args.no_rate_limit else (10.0, 4),
    )
    print(f"Fake Dixa API listening on http://{args.host}:{args.port}", flush=True)
    serve(fake, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
