"""Knowing when a job's write leaves the process: a hook the transport runs right before it
hands a write request to the network.

A job engine sets a `SendHook` around one item's work (`sending_as`); `DixaTransport` calls
`before_send` after the request passed every local check and waited for the rate limiter,
just before the first byte can leave. The hook runs once however many requests or retries
follow, and never for reads (GET, HEAD), which change nothing. So the engine can record an
item as `started` only when its request may actually reach Dixa, and knows that an item
whose hook never ran was refused before sending (its failure cannot have taken effect).

The hook travels in a context variable, so it follows the item's task and the tasks it
starts, and never leaks into another item's.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Iterator
from contextvars import ContextVar

__all__ = ["SendHook", "before_send", "current_hook", "sending_as"]

_READS = frozenset({"GET", "HEAD"})


class SendHook:
    """Runs `mark` once, before the first write request of the work it was set around."""

    __slots__ = ("_mark", "fired")

    def __init__(self, mark: Callable[[], Awaitable[None]] | None = None) -> None:
        self._mark = mark
        self.fired = False
        """Whether a write request may have left (the hook ran, or began to)."""

    async def fire(self) -> None:
        if self.fired:
            return
        # Set first: if `mark` fails or is interrupted, the request is not sent, but the
        # item must still count as possibly sent rather than risk a second write.
        self.fired = True
        if self._mark is not None:
            await self._mark()


_HOOK: ContextVar[SendHook | None] = ContextVar("dixa_async_send_hook", default=None)


@contextlib.contextmanager
def sending_as(hook: SendHook | None) -> Iterator[None]:
    """Run the block with `hook` as the one `before_send` fires (None: no hook)."""
    token = _HOOK.set(hook)
    try:
        yield
    finally:
        _HOOK.reset(token)


def current_hook() -> SendHook | None:
    """The hook set around the running work, if any."""
    return _HOOK.get()


async def before_send(method: str) -> None:
    """Called by the transport right before a request is handed to the network."""
    hook = _HOOK.get()
    if hook is not None and method.upper() not in _READS:
        await hook.fire()
