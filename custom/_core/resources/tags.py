"""`dixa.tags`, extended: `bulk_tag` also takes plain tag names."""

from __future__ import annotations

from collections.abc import Iterable

from dixa_async.models.bulk_tag_conversation_input import BulkTagConversationInput
from dixa_async.models.tag_conversation_input import TagConversationInput
from dixa_async.resources import tags

__all__ = ["Tags"]


class Tags(tags.Tags):
    __slots__ = ()

    async def bulk_tag(
        self,
        conversation_id: int,
        *,
        names: Iterable[str] | None = None,
        data: list[TagConversationInput] | None = None,
        body: BulkTagConversationInput | None = None,
    ) -> None:
        """Tag a conversation with every tag in `names` in one request (Dixa answers 202 and
        applies them asynchronously, creating unknown names). `data=`/`body=` as generated.

        Raises TypeError when `names` is mixed with `data`/`body`, or is a single string.
        """
        if names is not None:
            if data is not None or body is not None:
                raise TypeError("tags.bulk_tag takes names= or data=/body=, not both")
            if isinstance(names, str):
                raise TypeError("names must be a list of tag names, not a single string")
            data = [TagConversationInput(name=name) for name in names]
        await super().bulk_tag(conversation_id, data=data, body=body)
