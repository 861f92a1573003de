"""The `dixa-async` command line (needs the `cli` extra: `pip install 'dixa-async[cli]'`).

    dixa-async demo                                  # the README's first job, no key needed
    dixa-async verify                                # check DIXA_API_KEY
    dixa-async search --status open --tag refund
    dixa-async export --channel email --created-since 7d -o week.jsonl
    dixa-async bulk tag --input ids.csv --tag vip --checkpoint tag.ckpt

Exit status: 0 all done; 1 some items failed; 2 usage or configuration error (including an
input, output or checkpoint file that cannot be used, or a checkpoint another job holds);
3 the command could not run (authentication, network, Dixa errors); 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from collections.abc import Sequence

__all__ = ["EXIT_ERROR", "EXIT_USAGE", "main"]

EXIT_USAGE = 2
EXIT_ERROR = 3
EXIT_INTERRUPTED = 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run `dixa-async` with `argv` (default: the process arguments); returns the exit status."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (`dixa-async bulk --list | head`): stop quietly, and point
        # stdout at /dev/null so the interpreter's final flush cannot raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _main(argv: Sequence[str] | None) -> int:
    from ._args import build_parser

    args = build_parser().parse_args(argv)
    if args.command == "fake-server":
        return _fake_server(args)
    try:
        import rich.console  # noqa: F401 - only checks that the extra is installed
    except ImportError:
        print("dixa-async: the CLI needs its extra: pip install 'dixa-async[cli]'", file=sys.stderr)
        return EXIT_USAGE

    from dixa_async._core._errors import (
        AuthenticationError,
        ConfigurationError,
        DixaError,
        JobError,
    )
    from dixa_async._core._errors import OperationNotAllowedError as NotAllowed

    from ._commands import UI, run_command
    from ._inputs import InputError
    from ._output import console
    from ._progress import ProgressBoard

    err = console(stderr=True)
    ui = UI(
        out=console(),
        err=err,
        board=ProgressBoard(err, enabled=not args.no_progress),
        as_json=args.json,
    )
    try:
        return asyncio.run(run_command(args, ui))
    except (ConfigurationError, InputError, NotAllowed, JobError) as exc:
        err.print(f"[red]dixa-async: {exc}", highlight=False)
        return EXIT_USAGE
    except AuthenticationError as exc:
        err.print(
            f"[red]dixa-async: the API key was refused ({exc}). Check --api-key / "
            "DIXA_API_KEY (an admin creates keys under Settings -> Integrations -> API Tokens).",
            highlight=False,
        )
        return EXIT_ERROR
    except DixaError as exc:
        err.print(f"[red]dixa-async: {type(exc).__name__}: {exc}", highlight=False)
        return EXIT_ERROR
    except KeyboardInterrupt:
        hint = (
            " Re-run with the same --checkpoint to resume."
            if getattr(args, "checkpoint", None)
            else ""
        )
        err.print(f"[yellow]dixa-async: interrupted.{hint}", highlight=False)
        return EXIT_INTERRUPTED


def _fake_server(args: argparse.Namespace) -> int:
    """Hand over to the fake's own server entry point (`python -m dixa_async.testing`)."""
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
