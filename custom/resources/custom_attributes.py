"""`dixa.custom_attributes`: attribute definitions and values on conversations/end users."""

from __future__ import annotations

from dixa_async.api.custom_attributes import (
    get_custom_attributes,
    get_custom_attributes_customattributeid,
    patch_conversations_conversationid_custom_attributes,
    patch_endusers_userid_custom_attributes,
)
from dixa_async.models import (
    GetCustomAttributesDefinitionsOutput,
    ListCustomAttributesDefinitionsOutput,
    MapUUIDOptionAttributeValue,
    PatchConversationCustomAttributesOutput,
    PatchEndUserCustomAttributesOutput,
)

from .._call import call
from ._base import Resource

__all__ = ["CustomAttributes"]


class CustomAttributes(Resource):
    __slots__ = ()

    async def list(self) -> ListCustomAttributesDefinitionsOutput:
        return await call(
            get_custom_attributes.asyncio_detailed,
            ListCustomAttributesDefinitionsOutput,
            client=self._client,
        )

    async def get(self, custom_attribute_id: str) -> GetCustomAttributesDefinitionsOutput:
        return await call(
            get_custom_attributes_customattributeid.asyncio_detailed,
            GetCustomAttributesDefinitionsOutput,
            custom_attribute_id,
            client=self._client,
        )

    async def patch_conversation(
        self, conversation_id: int, *, body: MapUUIDOptionAttributeValue
    ) -> PatchConversationCustomAttributesOutput:
        """Set attribute values (keyed by definition id) on a conversation."""
        return await call(
            patch_conversations_conversationid_custom_attributes.asyncio_detailed,
            PatchConversationCustomAttributesOutput,
            conversation_id,
            client=self._client,
            body=body,
        )

    async def patch_end_user(
        self, user_id: str, *, body: MapUUIDOptionAttributeValue
    ) -> PatchEndUserCustomAttributesOutput:
        """Set attribute values (keyed by definition id) on an end user."""
        return await call(
            patch_endusers_userid_custom_attributes.asyncio_detailed,
            PatchEndUserCustomAttributesOutput,
            user_id,
            client=self._client,
            body=body,
        )
