"""`dixa.conversations`: one conversation's life cycle, links and activity log."""

from __future__ import annotations

import datetime
from collections.abc import Awaitable

from dixa_async.api.conversations import (
    get_conversations_activitylog,
    get_conversations_conversationid,
    get_conversations_conversationid_activitylog,
    get_conversations_conversationid_linked,
    get_conversations_flows,
    post_conversations,
    post_conversations_import,
    put_conversations_conversationid_claim,
    put_conversations_conversationid_close,
    put_conversations_conversationid_followup,
    put_conversations_conversationid_link,
    put_conversations_conversationid_reopen,
    put_conversations_conversationid_transfer_queue,
)
from dixa_async.models import (
    ActivityLogEntry,
    Callback,
    Chat,
    ClaimConversationInput,
    CloseConversationInput,
    ContactForm,
    CreateConversationOutput,
    Email,
    FollowupConversationInput,
    GenericConversationImport,
    GetActivityLogOutput,
    GetConversationOutput,
    GetConversationsFlowsChannel,
    ImportConversationOutput,
    LinkConversationInput,
    LinkConversationInputLinkType,
    ListActivityLogOutput,
    ListFlowsOutput,
    ListLinkedConversationsOutput,
    ReopenConversationInput,
    Sms,
    TransferConversationInput,
)
from dixa_async.types import UNSET

from .._call import call, call_empty
from .._pagination import AsyncPager
from ._base import Resource, opt

__all__ = ["Conversations", "CreateConversationInput"]

CreateConversationInput = Callback | Chat | ContactForm | Email | Sms


class Conversations(Resource):
    """Conversations: fetch, create, and move through open/pending/closed."""

    __slots__ = ()

    async def get(self, conversation_id: int) -> GetConversationOutput:
        return await call(
            get_conversations_conversationid.asyncio_detailed,
            GetConversationOutput,
            conversation_id,
            client=self._client,
        )

    async def create(self, *, body: CreateConversationInput) -> CreateConversationOutput:
        """Create a conversation; the body's type picks the channel."""
        return await call(
            post_conversations.asyncio_detailed,
            CreateConversationOutput,
            client=self._client,
            body=body,
        )

    async def import_conversation(
        self, *, body: GenericConversationImport
    ) -> ImportConversationOutput:
        """Import an existing conversation with its message history."""
        return await call(
            post_conversations_import.asyncio_detailed,
            ImportConversationOutput,
            client=self._client,
            body=body,
        )

    async def close(self, conversation_id: int, *, user_id: str | None = None) -> None:
        """Close the conversation, on behalf of agent `user_id` if given."""
        body = UNSET if user_id is None else CloseConversationInput(user_id=user_id)
        await call_empty(
            put_conversations_conversationid_close.asyncio_detailed,
            conversation_id,
            client=self._client,
            body=body,
        )

    async def reopen(self, conversation_id: int, *, user_id: str | None = None) -> None:
        """Reopen the conversation in its queue, on behalf of agent `user_id` if given."""
        body = UNSET if user_id is None else ReopenConversationInput(user_id=user_id)
        await call_empty(
            put_conversations_conversationid_reopen.asyncio_detailed,
            conversation_id,
            client=self._client,
            body=body,
        )

    async def claim(
        self, conversation_id: int, *, agent_id: str, force: bool | None = None
    ) -> None:
        """Assign the conversation to `agent_id`; `force=False` will not steal it."""
        await call_empty(
            put_conversations_conversationid_claim.asyncio_detailed,
            conversation_id,
            client=self._client,
            body=ClaimConversationInput(agent_id=agent_id, force=opt(force)),
        )

    async def transfer(
        self, conversation_id: int, *, queue_id: str, user_id: str | None = None
    ) -> None:
        """Move the conversation to queue `queue_id`."""
        await call_empty(
            put_conversations_conversationid_transfer_queue.asyncio_detailed,
            conversation_id,
            client=self._client,
            body=TransferConversationInput(queue_id=queue_id, user_id=opt(user_id)),
        )

    async def follow_up(
        self,
        conversation_id: int,
        *,
        timestamp: datetime.datetime,
        user_id: str | None = None,
    ) -> None:
        """Put the conversation in pending state until `timestamp`."""
        await call_empty(
            put_conversations_conversationid_followup.asyncio_detailed,
            conversation_id,
            client=self._client,
            body=FollowupConversationInput(timestamp=timestamp, user_id=opt(user_id)),
        )

    async def link(
        self,
        conversation_id: int,
        *,
        parent_id: int,
        link_type: LinkConversationInputLinkType,
    ) -> None:
        """Make the conversation a child of `parent_id`."""
        await call_empty(
            put_conversations_conversationid_link.asyncio_detailed,
            conversation_id,
            client=self._client,
            body=LinkConversationInput(link_type=link_type, parent_id=parent_id),
        )

    async def linked(self, conversation_id: int) -> ListLinkedConversationsOutput:
        """The child conversations linked to this one."""
        return await call(
            get_conversations_conversationid_linked.asyncio_detailed,
            ListLinkedConversationsOutput,
            conversation_id,
            client=self._client,
        )

    async def activity_log(self, conversation_id: int) -> GetActivityLogOutput:
        """The activity log of one conversation."""
        return await call(
            get_conversations_conversationid_activitylog.asyncio_detailed,
            GetActivityLogOutput,
            conversation_id,
            client=self._client,
        )

    def list_activity_log(
        self,
        *,
        from_datetime: datetime.datetime | None = None,
        to_datetime: datetime.datetime | None = None,
        page_size: int | None = None,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[ActivityLogEntry]:
        """The organization-wide activity log, optionally within a time window."""

        def fetch(key: str | None) -> Awaitable[ListActivityLogOutput]:
            return call(
                get_conversations_activitylog.asyncio_detailed,
                ListActivityLogOutput,
                client=self._client,
                page_limit=opt(page_size),
                page_key=opt(key),
                from_datetime=opt(from_datetime),
                to_datetime=opt(to_datetime),
            )

        return self._pager(fetch, page_key=page_key, max_items=max_items)

    async def flows(
        self, *, channel: GetConversationsFlowsChannel | None = None
    ) -> ListFlowsOutput:
        """Conversation flows, for one channel if given (Dixa's default: PstnPhone)."""
        return await call(
            get_conversations_flows.asyncio_detailed,
            ListFlowsOutput,
            client=self._client,
            channel=opt(channel),
        )
