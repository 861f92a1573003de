"""The items of one Exports API window request, each delivered once, and the filters a
window's messages are asked by: what `run_period` (files) and the dlt source (tables) share.

Why both filters for messages: Dixa's reference describes `message_export`'s filters as
filters on conversations ("Filter for conversations created after this date"), so
`created_*` may select a message by its own creation time or by its conversation's. A job
that follows conversations by `updated_at` (`sync`, `dixa_source`) therefore also asks for
the messages of the conversations updated in the window: a new message on an old
conversation updates that conversation, so it arrives under either reading. The two
requests overlap; `Delivery` (remembering every key for the run) keeps each message once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any, Literal

from dixa_async._core.exports import Exports, Window
from dixa_async._core.exports._once import Delivery

__all__ = ["ConversationsBy", "Kind", "message_filters", "window_items"]

ConversationsBy = Literal["created", "updated"]
Kind = Literal["conversations", "messages"]
_MODELS: dict[str, str] = {"conversations": "ExportedConversation", "messages": "ExportedMessage"}


def message_filters(by: ConversationsBy) -> tuple[str, ...]:
    """The filters a window's messages are fetched by, when its conversations are chosen by
    `by`: `created` always; with `updated` (incremental jobs) `updated` too."""
    return ("created", "updated") if by == "updated" else ("created",)


async def window_items(
    exports: Exports,
    kind: Kind,
    by: str,
    window: Window,
    delivery: Delivery,
    choose: Callable[[dict[str, Any]], bool] | None,
    reject: Callable[[Any, int], object],
) -> AsyncIterator[tuple[dict[str, Any], int, bool]]:
    """`(item, index in the body, wanted)` for each item of the `kind` request filtered by
    `by` over `window` that `delivery` admits (a stray is admitted, a repeat is not).

    `choose` (a `Selector` method) sees every item, admitted or not, because it remembers
    the overlap for the next run; `wanted` is its answer. An entry that is not an item (not
    an object, or without `id`) goes to `reject(entry, index)`, which raises the model's
    error (`ResponseValidationError`).
    """
    request, build = exports.window_request(kind, by, window)
    index = 0
    async for raw in exports.stream(request, build, _MODELS[kind]):
        if type(raw) is not dict or raw.get("id") is None:
            reject(raw, index)
        wanted = choose is None or choose(raw)
        if exports.admit(delivery, request, raw["id"], raw):
            yield raw, index, wanted
        index += 1
