"""`dixa-async verify`: check the API key with one cheap request and show the organisation."""

from __future__ import annotations

import argparse
import time

from ._output import EXIT_OK, UI, new_summary
from ._target import Target

__all__ = ["register", "run"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:  # fmt: skip
    commands.add_parser(
        "verify",
        parents=[common],
        help="check the API key and show the organisation",
        description="Check the API key with one cheap request and show the organisation.",
    )


async def run(args: argparse.Namespace, ui: UI, target: Target) -> int:
    async with target.client() as client:
        started = time.monotonic()
        org = await client.verify()
        summary = new_summary("verify", target)
        summary.add_phase(
            "verify",
            items=1,
            requests=client.stats.requests,
            rate_limited=client.stats.rate_limited,
            elapsed=time.monotonic() - started,
        )
    summary.extra["organization"] = {"id": org.id, "name": org.name, "subdomain": org.subdomain}
    if ui.as_json:
        summary.emit(ui.out, as_json=True)
    else:
        ui.out.print(f"API key OK: organisation {org.name!r} ({org.subdomain}, id {org.id})")
    return EXIT_OK
