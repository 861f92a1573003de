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

import asyncio
import os
import sys
from collections.abc import Sequence

from dixa_async._core._errors import (
    AuthenticationError,
    ConfigurationError,
    DixaError,
    JobError,
    OperationNotAllowedError,
)

from . import _fake_server
from ._commands import build_parser, run_command
from ._inputs import InputError
from ._output import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_USAGE, UI, console

__all__ = ["EXIT_ERROR", "EXIT_USAGE", "main"]


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
    args = build_parser().parse_args(argv)
    if args.command == "fake-server":
        return _fake_server.run(args)
    try:
        import rich.console  # noqa: F401 - only checks that the extra is installed
    except ImportError:
        print("dixa-async: the CLI needs its extra: pip install 'dixa-async[cli]'", file=sys.stderr)
        return EXIT_USAGE
    # Imported once the extra is known to be there: the progress board is rich itself.
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
    except (ConfigurationError, InputError, OperationNotAllowedError, JobError) as exc:
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
