"""`dixa-async fake-server`: serve the fake Dixa over HTTP (hands over to the fake's own entry
point, `python -m dixa_async.testing`). Needs the `testing` extra, not the `cli` one."""

from __future__ import annotations

import argparse
import contextlib
import sys

from dixa_async._core._argtypes import positive_int
from dixa_async.testing import _defaults as fake_defaults

from ._output import EXIT_USAGE

__all__ = ["register", "run"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    fake = commands.add_parser(
        "fake-server",
        help="serve the fake Dixa on 127.0.0.1 for local development",
        description="Serve the fake Dixa (seeded, stateful, rate-limited like Dixa) over HTTP.",
    )
    # The shared defaults of every way to run the fake (also `python -m ...testing`).
    fake.add_argument("--host", default=fake_defaults.HOST)
    fake.add_argument("--port", type=int, default=fake_defaults.PORT)
    fake.add_argument("--seed", type=int, default=fake_defaults.SEED)
    fake.add_argument(
        "--conversations", type=positive_int, default=fake_defaults.CONVERSATIONS, metavar="N"
    )
    fake.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help="accept only these tokens (default: any non-empty token)",
    )
    fake.add_argument(
        "--no-rate-limit", action="store_true", help="answer every request, never 429"
    )


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; returns the exit status."""
    try:
        from dixa_async.testing.__main__ import main as serve_fake
    except ImportError:
        print(
            "dixa-async: the fake server needs the testing extra: "
            "pip install 'dixa-async[cli,testing]'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    argv = ["--host", args.host, "--port", str(args.port), "--seed", str(args.seed)]
    argv += ["--conversations", str(args.conversations)]
    for key in args.api_keys or []:
        argv += ["--api-key", key]
    if args.no_rate_limit:
        argv.append("--no-rate-limit")
    with contextlib.suppress(KeyboardInterrupt):
        return serve_fake(argv, prog="dixa-async fake-server")
    return 0
