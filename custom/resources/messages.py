"""`dixa.messages`: the messages of a conversation."""

from __future__ import annotations

from dixa_async.api.messages import (
    get_conversations_conversationid_messages,
    patch_conversations_conversationid_messages_messageid_anonymize,
    post_conversations_conversationid_messages,
)
from dixa_async.models import (
    AnonymizeEntityOutput,
    CreateMessageOutput,
    Inbound,
    ListMessagesOutput,
    Outbound,
)

from .._call import call
from ._base import Resource, require_confirm

__all__ = ["Messages"]


class Messages(Resource):
    __slots__ = ()

    async def list(self, conversation_id: int) -> ListMessagesOutput:
        """The messages of a conversation, oldest first."""
        return await call(
            get_conversations_conversationid_messages.asyncio_detailed,
            ListMessagesOutput,
            conversation_id,
            client=self._client,
        )

    async def create(
        self, conversation_id: int, *, body: Inbound | Outbound
    ) -> CreateMessageOutput:
        """Add an inbound or outbound message."""
        return await call(
            post_conversations_conversationid_messages.asyncio_detailed,
            CreateMessageOutput,
            conversation_id,
            client=self._client,
            body=body,
        )

    async def anonymize(
        self, conversation_id: int, message_id: str, *, confirm: bool = False
    ) -> AnonymizeEntityOutput:
        """Request anonymization of one message (irreversible, asynchronous). Needs confirm=True."""
        require_confirm(confirm, "messages.anonymize")
        return await call(
            patch_conversations_conversationid_messages_messageid_anonymize.asyncio_detailed,
            AnonymizeEntityOutput,
            conversation_id,
            message_id,
            client=self._client,
        )
