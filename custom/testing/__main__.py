"""`python -m dixa_async.testing [--port 8765]`: serve the fake Dixa API on 127.0.0.1.

Defaults (seed, size, port, rate limit) are the shared ones in `_defaults`, so this, the
`dixa-async fake-server` command and the CLI's embedded fake serve the same organisation.
Exit status: 0 after an interrupt, 2 when the `testing` extra is missing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from dixa_async._core._argtypes import positive_int

from . import _defaults
from ._extra import is_missing_extra, missing_extra_message

__all__ = ["build_parser", "main"]

PROG = "python -m dixa_async.testing"
EXIT_USAGE = 2


def build_parser(prog: str = PROG) -> argparse.ArgumentParser:
    """The fake server's options, with the shared defaults."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve the fake Dixa API v1 (seeded, stateful, rate-limited like Dixa).",
    )
    parser.add_argument(
        "--host",
        default=_defaults.HOST,
        help=f"interface to bind (default: {_defaults.HOST}, this machine only)",
    )
    parser.add_argument(
        "--port", type=int, default=_defaults.PORT, help=f"default: {_defaults.PORT}"
    )
    parser.add_argument(
        "--seed", type=int, default=_defaults.SEED, help=f"default: {_defaults.SEED}"
    )
    parser.add_argument(
        "--conversations",
        type=positive_int,
        default=_defaults.CONVERSATIONS,
        metavar="N",
        help=f"seeded conversations (default: {_defaults.CONVERSATIONS:,})",
    )
    parser.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help="accept only this token (repeatable; default: any non-empty token)",
    )
    rate, burst = _defaults.RATE_LIMIT
    parser.add_argument(
        "--no-rate-limit",
        action="store_true",
        help=(
            f"answer every request of both APIs, never 429 (default: {rate:g} requests/s, "
            f"burst {burst}; the Exports API has its own, slower limit)"
        ),
    )
    return parser


def main(argv: Sequence[str] | None = None, *, prog: str = PROG) -> int:
    """Serve until interrupted; returns the exit status."""
    args = build_parser(prog).parse_args(argv)
    try:
        import uvicorn  # noqa: F401 - checked here, used by `serve`

        from ._app import FakeDixa
        from ._exports import DEFAULT_EXPORTS_RATE_LIMIT
        from ._server import serve
    except ModuleNotFoundError as exc:
        if not is_missing_extra(exc):
            raise
        print(f"{prog}: {missing_extra_message(exc)}", file=sys.stderr)
        return EXIT_USAGE
    rate_limit = None if args.no_rate_limit else _defaults.RATE_LIMIT
    fake = FakeDixa(
        seed=args.seed,
        conversations=args.conversations,
        api_keys=args.api_keys,
        rate_limit=rate_limit,
        exports_rate_limit=None if args.no_rate_limit else DEFAULT_EXPORTS_RATE_LIMIT,
    )
    setup = _defaults.describe(
        seed=args.seed, conversations=args.conversations, rate_limit=rate_limit
    )
    print(f"Fake Dixa API listening on http://{args.host}:{args.port} ({setup})", flush=True)
    serve(fake, host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(0)
