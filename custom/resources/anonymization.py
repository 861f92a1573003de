"""`dixa.anonymization`: GDPR anonymization of conversations and end users.

Anonymization is irreversible: every method needs `confirm=True`, checked before anything
is sent. Dixa runs the request asynchronously and answers with its status.
"""

from __future__ import annotations

from dixa_async.api.anonymization import (
    patch_conversations_conversationid_anonymize,
    patch_endusers_userid_anonymize,
    post_anonymization,
)
from dixa_async.models import AnonymizeEntityInput, AnonymizeEntityOutput

from .._call import call
from ._base import Resource, require_confirm

__all__ = ["Anonymization"]


class Anonymization(Resource):
    __slots__ = ()

    async def anonymize_conversation(
        self, conversation_id: int, *, force: bool = False, confirm: bool = False
    ) -> AnonymizeEntityOutput:
        """Anonymize a conversation; `force=True` closes it first if open."""
        require_confirm(confirm, "anonymization.anonymize_conversation")
        return await call(
            patch_conversations_conversationid_anonymize.asyncio_detailed,
            AnonymizeEntityOutput,
            conversation_id,
            client=self._client,
            force=force,
        )

    async def anonymize_end_user(
        self, user_id: str, *, force: bool = False, confirm: bool = False
    ) -> AnonymizeEntityOutput:
        """Anonymize an end user; `force=True` closes their open conversations first."""
        require_confirm(confirm, "anonymization.anonymize_end_user")
        return await call(
            patch_endusers_userid_anonymize.asyncio_detailed,
            AnonymizeEntityOutput,
            user_id,
            client=self._client,
            force=force,
        )

    async def request(
        self, *, body: AnonymizeEntityInput, confirm: bool = False
    ) -> AnonymizeEntityOutput:
        """The deprecated generic request; prefer the two methods above."""
        require_confirm(confirm, "anonymization.request")
        return await call(
            post_anonymization.asyncio_detailed,
            AnonymizeEntityOutput,
            client=self._client,
            body=body,
        )
