"""`dixa.end_users`: contacts (customers) and their conversations."""

from __future__ import annotations

from collections.abc import Awaitable

from dixa_async.api.end_users import (
    get_endusers,
    get_endusers_userid,
    get_endusers_userid_conversations,
    patch_endusers,
    patch_endusers_userid,
    post_endusers,
    post_endusers_bulk,
    put_endusers,
    put_endusers_userid,
)
from dixa_async.models import (
    AnonymizedConversation,
    BulkPatchEndUsersInput,
    BulkPatchEndUsersOutput,
    BulkUpdateEndUsersInput,
    BulkUpdateEndUsersOutput,
    ChatConversation,
    ContactFormConversation,
    CreateEndUserInput,
    CreateEndUserOutput,
    CreateEndUsersInput,
    CreateEndUsersOutput,
    EmailConversation,
    EndUser,
    FacebookMessengerConversation,
    GenericConversation,
    GetEndUserOutput,
    ListEndUserConversationsOutput,
    ListEndUsersOutput,
    MessengerConversation,
    PatchEndUserInput,
    PatchEndUserOutput,
    PstnPhoneConversation,
    SmsConversation,
    TwitterConversation,
    UpdateEndUserInput,
    UpdateEndUserOutput,
    WhatsAppConversation,
)

from .._call import call
from .._pagination import AsyncPager
from ._base import Resource, opt

__all__ = ["Conversation", "EndUsers"]

# The channel-specific conversation variants Dixa returns (told apart by `_type`).
Conversation = (
    AnonymizedConversation
    | ChatConversation
    | ContactFormConversation
    | EmailConversation
    | FacebookMessengerConversation
    | GenericConversation
    | MessengerConversation
    | PstnPhoneConversation
    | SmsConversation
    | TwitterConversation
    | WhatsAppConversation
)


class EndUsers(Resource):
    """End users (contacts) of the organization."""

    __slots__ = ()

    def list(
        self,
        *,
        email: str | None = None,
        phone: str | None = None,
        external_id: str | None = None,
        page_size: int | None = None,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[EndUser]:
        """Every end user (custom attributes omitted), optionally filtered."""

        def fetch(key: str | None) -> Awaitable[ListEndUsersOutput]:
            return call(
                get_endusers.asyncio_detailed,
                ListEndUsersOutput,
                client=self._client,
                page_limit=opt(page_size),
                page_key=opt(key),
                email=opt(email),
                phone=opt(phone),
                external_id=opt(external_id),
            )

        return self._pager(fetch, page_key=page_key, max_items=max_items)

    async def get(self, user_id: str) -> GetEndUserOutput:
        """One end user, with custom attributes."""
        return await call(
            get_endusers_userid.asyncio_detailed, GetEndUserOutput, user_id, client=self._client
        )

    async def create(self, *, body: CreateEndUserInput) -> CreateEndUserOutput:
        return await call(
            post_endusers.asyncio_detailed, CreateEndUserOutput, client=self._client, body=body
        )

    async def bulk_create(self, *, body: CreateEndUsersInput) -> CreateEndUsersOutput:
        """Create several end users; per-item outcomes in the result, not as exceptions."""
        return await call(
            post_endusers_bulk.asyncio_detailed,
            CreateEndUsersOutput,
            client=self._client,
            body=body,
        )

    async def update(self, user_id: str, *, body: UpdateEndUserInput) -> UpdateEndUserOutput:
        return await call(
            put_endusers_userid.asyncio_detailed,
            UpdateEndUserOutput,
            user_id,
            client=self._client,
            body=body,
        )

    async def patch(self, user_id: str, *, body: PatchEndUserInput) -> PatchEndUserOutput:
        return await call(
            patch_endusers_userid.asyncio_detailed,
            PatchEndUserOutput,
            user_id,
            client=self._client,
            body=body,
        )

    async def bulk_update(self, *, body: BulkUpdateEndUsersInput) -> BulkUpdateEndUsersOutput:
        return await call(
            put_endusers.asyncio_detailed, BulkUpdateEndUsersOutput, client=self._client, body=body
        )

    async def bulk_patch(self, *, body: BulkPatchEndUsersInput) -> BulkPatchEndUsersOutput:
        return await call(
            patch_endusers.asyncio_detailed, BulkPatchEndUsersOutput, client=self._client, body=body
        )

    def conversations(
        self,
        user_id: str,
        *,
        page_size: int | None = None,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Conversation]:
        """Every conversation requested by the end user."""

        def fetch(key: str | None) -> Awaitable[ListEndUserConversationsOutput]:
            return call(
                get_endusers_userid_conversations.asyncio_detailed,
                ListEndUserConversationsOutput,
                user_id,
                client=self._client,
                page_limit=opt(page_size),
                page_key=opt(key),
            )

        return self._pager(fetch, page_key=page_key, max_items=max_items)
