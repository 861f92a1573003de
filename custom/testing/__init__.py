"""A faithful fake of the Dixa API v1 for tests, demos and benchmarks.

`FakeDixa` is an ASGI application over an in-memory, seeded organisation. Use it in-process with
`httpx.ASGITransport(app=FakeDixa())`, as a real server with
`python -m dixa_async.custom.testing --port 8080`, in a background thread with
`run_fake_server()`, or through the pytest fixtures `fake_dixa`, `dixa_client` and
`fake_dixa_server`. Needs the `testing` extra (starlette, uvicorn).
"""

from ._app import FakeDixa
from ._faults import DroppedConnection, Fault
from ._limits import TokenStats
from ._server import run_fake_server
from ._store import Conversation, Operation, Store
from ._webhooks import signature

__all__ = [
    "Conversation",
    "DroppedConnection",
    "FakeDixa",
    "Fault",
    "Operation",
    "Store",
    "TokenStats",
    "run_fake_server",
    "signature",
]
