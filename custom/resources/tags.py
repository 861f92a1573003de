"""`dixa.tags`: the tag catalogue and tagging conversations."""

from __future__ import annotations

from collections.abc import Iterable

from dixa_async.api.tags import (
    delete_conversations_conversationid_tags_tagid,
    delete_tags_tagid,
    get_conversations_conversationid_tags,
    get_tags,
    get_tags_tagid,
    patch_tags_tagid_activate,
    patch_tags_tagid_deactivate,
    post_conversations_conversationid_tags_bulk,
    post_tags,
    put_conversations_conversationid_tags_tagid,
)
from dixa_async.models import (
    BulkTagConversationInput,
    ConversationTagsOutput,
    CreateTagInput,
    CreateTagOutput,
    GetTagOutput,
    ListTagsOutput,
    TagConversationInput,
)

from .._call import call, call_empty
from ._base import Resource, opt, require_confirm

__all__ = ["Tags"]


class Tags(Resource):
    __slots__ = ()

    async def list(self, *, include_deactivated: bool | None = None) -> ListTagsOutput:
        """The organization's tags (active only unless `include_deactivated`)."""
        return await call(
            get_tags.asyncio_detailed,
            ListTagsOutput,
            client=self._client,
            include_deactivated=opt(include_deactivated),
        )

    async def get(self, tag_id: str) -> GetTagOutput:
        return await call(
            get_tags_tagid.asyncio_detailed, GetTagOutput, tag_id, client=self._client
        )

    async def create(
        self,
        *,
        name: str | None = None,
        color: str | None = None,
        body: CreateTagInput | None = None,
    ) -> CreateTagOutput:
        """Create a tag (or get the existing one of that name): pass `name` or `body`."""
        if body is None:
            if name is None:
                raise TypeError("tags.create needs name= or body=")
            body = CreateTagInput(name=name, color=opt(color))
        return await call(
            post_tags.asyncio_detailed, CreateTagOutput, client=self._client, body=body
        )

    async def delete(self, tag_id: str, *, confirm: bool = False) -> None:
        """Delete the tag and every association (irreversible). Needs confirm=True."""
        require_confirm(confirm, "tags.delete")
        await call_empty(delete_tags_tagid.asyncio_detailed, tag_id, client=self._client)

    async def activate(self, tag_id: str) -> None:
        await call_empty(patch_tags_tagid_activate.asyncio_detailed, tag_id, client=self._client)

    async def deactivate(self, tag_id: str) -> None:
        await call_empty(patch_tags_tagid_deactivate.asyncio_detailed, tag_id, client=self._client)

    async def list_for_conversation(self, conversation_id: int) -> ConversationTagsOutput:
        """The tags on one conversation."""
        return await call(
            get_conversations_conversationid_tags.asyncio_detailed,
            ConversationTagsOutput,
            conversation_id,
            client=self._client,
        )

    async def tag(self, conversation_id: int, tag_id: str) -> None:
        """Attach an active tag to the conversation."""
        await call_empty(
            put_conversations_conversationid_tags_tagid.asyncio_detailed,
            conversation_id,
            tag_id,
            client=self._client,
        )

    async def untag(self, conversation_id: int, tag_id: str) -> None:
        """Detach the tag from the conversation."""
        await call_empty(
            delete_conversations_conversationid_tags_tagid.asyncio_detailed,
            conversation_id,
            tag_id,
            client=self._client,
        )

    async def bulk_tag(
        self,
        conversation_id: int,
        *,
        names: Iterable[str] | None = None,
        body: BulkTagConversationInput | None = None,
    ) -> None:
        """Tag the conversation by tag names; Dixa applies it asynchronously (202) and
        creates unknown names. Pass `names` or `body`."""
        if body is None:
            if names is None:
                raise TypeError("tags.bulk_tag needs names= or body=")
            body = BulkTagConversationInput(data=[TagConversationInput(name=n) for n in names])
        await call_empty(
            post_conversations_conversationid_tags_bulk.asyncio_detailed,
            conversation_id,
            client=self._client,
            body=body,
        )
