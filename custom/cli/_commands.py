"""The `dixa-async` commands: the parser made of every command's options, and running the
command a command line names. Each command is one module with `register` (its options) and
`run` (calling the library); what they share is in `_args`, `_output`, `_query`, `_target`.
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable

from dixa_async._core._version import __version__

from . import _bulk, _demo, _export, _fake_server, _load, _mirror, _search, _sync, _verify
from ._args import common_options
from ._output import UI, announce
from ._target import Target, has_api_key, resolve_target

__all__ = ["build_parser", "run_command"]

Command = Callable[[argparse.Namespace, UI, Target], Awaitable[int]]

# In the order `dixa-async --help` lists them.
_COMMANDS: dict[str, tuple[Callable[..., None], Command]] = {
    "verify": (_verify.register, _verify.run),
    "search": (_search.register, _search.run),
    "export": (_export.register, _export.run),
    "sync": (_sync.register, _sync.run),
    "load": (_load.register, _load.run),
    "mirror": (_mirror.register, _mirror.run),
    "bulk": (_bulk.register, _bulk.run),
}


def build_parser() -> argparse.ArgumentParser:
    """The `dixa-async` argument parser."""
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="dixa-async",
        description="Work with the Dixa API from the shell: search, export and bulk jobs "
        "paced to Dixa's rate limit, resumable, with progress.",
        epilog="Exit status: 0 all done, 1 some items failed, 2 usage or configuration "
        "error (also a file that cannot be used, or a checkpoint another job holds), 3 the "
        "job could not run (authentication, network, server).",
    )
    parser.add_argument(
        "--version", action="version", version=f"dixa-async {__version__}",
        help="print the installed version and exit",
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for register, _ in _COMMANDS.values():
        register(commands, common)
    _fake_server.register(commands)
    _demo.register(commands, common)
    return parser


async def run_command(args: argparse.Namespace, ui: UI) -> int:
    """Resolve the target, announce it, run the command; returns the exit status.

    The target is resolved before any command runs, so that a command talking to Dixa
    without a key stops (exit 2) before it writes anything. Only `demo`, which is about
    the fake, runs against the embedded fake without a key; every other command needs
    `--fake` for that.
    """
    if args.command == "demo":
        run: Command = _demo.run
        fake = args.fake or not has_api_key(args.api_keys)
    else:
        run = _COMMANDS[args.command][1]
        fake = args.fake
    target = resolve_target(
        args.api_keys, args.base_url, args.rate_limit, fake=fake, redis_url=args.redis_url
    )
    announce(ui, target)
    return await run(args, ui, target)
