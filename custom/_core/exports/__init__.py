"""`dixa.exports`: Dixa's Exports API (`https://exports.dixa.io`), streamed and windowed.

```python
from datetime import date
async with DixaClient() as dixa:
    async for conversation in dixa.exports.conversations(
        created_after=date(2023, 1, 1), created_before=date(2024, 1, 1)
    ):
        ...
```

`windows(after, before)` returns the windows the iterators use, so a job can run (and
checkpoint) one window at a time: passing `window.after`/`window.before` as a filter pair costs
exactly one request. The items are the generated models `ExportedConversation` and
`ExportedMessage` (from `dixa_async.exports.models`).

What is not settled by Dixa's documentation, and how this SDK handles it: the rate limit
(`EXPORTS_RATE_LIMIT`, one request every 6 s by default; 429 is always retried with backoff),
the auth form (`Authorization: Bearer <token>`, as Dixa's reference shows), the csids batch
size (bounded by the URL's length, `CSIDS_QUERY_CHARS`; halved on 422/414) and whether bounds are inclusive (windows are half-open and
items are checked against them on arrival).
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dixa_async.exports.models import ExportedConversation, ExportedMessage

    from ._config import (
        CSIDS_PER_REQUEST,
        CSIDS_QUERY_CHARS,
        DEFAULT_EXPORTS_BASE_URL,
        EXPORTS_RATE_LIMIT,
        EXPORTS_RETRY,
        MAX_WINDOW_DAYS,
    )
    from ._handle import ExportsHandle
    from ._namespace import Exports
    from ._windows import Window, windows

# Loaded on first use: a DixaClient is built without importing the Exports API's generated
# package or the streaming parser (see `make bench`, start-up cost).
_HOMES = {
    "CSIDS_PER_REQUEST": "._config",
    "CSIDS_QUERY_CHARS": "._config",
    "DEFAULT_EXPORTS_BASE_URL": "._config",
    "EXPORTS_RATE_LIMIT": "._config",
    "EXPORTS_RETRY": "._config",
    "MAX_WINDOW_DAYS": "._config",
    "ExportedConversation": "dixa_async.exports.models",
    "ExportedMessage": "dixa_async.exports.models",
    "Exports": "._namespace",
    "ExportsHandle": "._handle",
    "Window": "._windows",
    "windows": "._windows",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "CSIDS_PER_REQUEST",
    "CSIDS_QUERY_CHARS",
    "DEFAULT_EXPORTS_BASE_URL",
    "EXPORTS_RATE_LIMIT",
    "EXPORTS_RETRY",
    "MAX_WINDOW_DAYS",
    "ExportedConversation",
    "ExportedMessage",
    "Exports",
    "ExportsHandle",
    "Window",
    "windows",
]
