"""`dixa.tags`, extended: `bulk_tag` also takes plain tag names; `tag`/`untag` given a tag's
name where its id belongs say so in the error Dixa's answer raises."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dixa_async.models.bulk_tag_conversation_input import BulkTagConversationInput
from dixa_async.models.tag_conversation_input import TagConversationInput
from dixa_async.resources import tags

from .._errors import BadRequestError, NotFoundError, UnprocessableEntityError

__all__ = ["Tags"]

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_HINT = (
    "hint: tag_id {tag_id!r} is not a tag id (tag ids are UUIDs). If it is a tag's name, "
    "look its id up with dixa_async.bulk.resolve_tags(dixa, [name]), or tag by name with "
    "dixa.tags.bulk_tag(conversation_id, names=[name])."
)
_BAD_ID = (BadRequestError, NotFoundError, UnprocessableEntityError)


class Tags(tags.Tags):
    __slots__ = ()

    async def tag(self, conversation_id: int, tag_id: str) -> None:
        """Attach tag `tag_id` (its id, a UUID) to a conversation; see the generated method.

        An error Dixa answers for a `tag_id` that is not a UUID carries a note saying how to
        tag by name (`exc.__notes__`, shown with the traceback).
        """
        try:
            await super().tag(conversation_id, tag_id)
        except _BAD_ID as exc:
            _hint(exc, tag_id)
            raise

    async def untag(self, conversation_id: int, tag_id: str) -> None:
        """Remove tag `tag_id` (its id, a UUID) from a conversation; errors as for `tag`."""
        try:
            await super().untag(conversation_id, tag_id)
        except _BAD_ID as exc:
            _hint(exc, tag_id)
            raise

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


def _hint(exc: BaseException, tag_id: str) -> None:
    if isinstance(tag_id, str) and not _UUID.match(tag_id):
        exc.add_note(_HINT.format(tag_id=tag_id))
