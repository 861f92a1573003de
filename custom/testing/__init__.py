"""A faithful fake of the Dixa API v1 for tests, demos and benchmarks.

`FakeDixa` is an ASGI application over an in-memory, seeded organisation. Use it in-process with
`httpx.ASGITransport(app=FakeDixa())`, as a real server with
`python -m dixa_async.testing --port 8080`, in a background thread with
`run_fake_server()`, or through the pytest fixtures `fake_dixa`, `dixa_client` and
`fake_dixa_server`. Needs the `testing` extra (starlette, uvicorn).

The names below load on first use, so that `python -m dixa_async.testing` (and
`dixa-async fake-server`) can say which extra to install when starlette is missing,
instead of failing while this package is imported.
"""

from __future__ import annotations

import warnings as _warnings
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from ._extra import is_missing_extra as _is_missing_extra
from ._extra import missing_extra_message as _missing_extra_message

if _TYPE_CHECKING:
    from ._app import FakeDixa
    from ._faults import DroppedConnection, Fault
    from ._limits import TokenStats
    from ._server import run_fake_server
    from ._store import Conversation, LoggedRequest, Store
    from ._webhooks import signature

__all__ = [
    "Conversation",
    "DroppedConnection",
    "FakeDixa",
    "Fault",
    "LoggedRequest",
    "Store",
    "TokenStats",
    "run_fake_server",
    "signature",
]

_HOMES = {
    "Conversation": "._store",
    "DroppedConnection": "._faults",
    "FakeDixa": "._app",
    "Fault": "._faults",
    "LoggedRequest": "._store",
    "Store": "._store",
    "TokenStats": "._limits",
    "run_fake_server": "._server",
    "signature": "._webhooks",
}


# Renamed (issue 17), kept for one release: `Operation` also named a job's task and the
# operation table's row.
_DEPRECATED = {"Operation": "LoggedRequest"}


def __getattr__(name: str) -> _Any:
    if name in _DEPRECATED:
        new = _DEPRECATED[name]
        _warnings.warn(
            f"{__name__}.{name} is deprecated and will be removed in the next release: "
            f"use {__name__}.{new}",
            DeprecationWarning,
            stacklevel=2,
        )
        return __getattr__(new)
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        value = getattr(_import_module(home, __name__), name)
    except ModuleNotFoundError as exc:
        if not _is_missing_extra(exc):
            raise
        raise ModuleNotFoundError(_missing_extra_message(exc), name=exc.name) from exc
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
