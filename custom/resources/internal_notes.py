"""`dixa.internal_notes`: notes agents leave on a conversation."""

from __future__ import annotations

from dixa_async.api.internal_notes import (
    get_conversations_conversationid_notes,
    post_conversations_conversationid_notes,
    post_conversations_conversationid_notes_bulk,
)
from dixa_async.models import (
    BulkCreateInternalNoteInput,
    BulkCreateNoteOutput,
    CreateInternalNoteInput,
    CreateNoteOutput,
    ListInternalNotesOutput,
)

from .._call import call
from ._base import Resource

__all__ = ["InternalNotes"]


class InternalNotes(Resource):
    __slots__ = ()

    async def list(self, conversation_id: int) -> ListInternalNotesOutput:
        """The internal notes of a conversation, oldest first."""
        return await call(
            get_conversations_conversationid_notes.asyncio_detailed,
            ListInternalNotesOutput,
            conversation_id,
            client=self._client,
        )

    async def create(
        self, conversation_id: int, *, body: CreateInternalNoteInput
    ) -> CreateNoteOutput:
        return await call(
            post_conversations_conversationid_notes.asyncio_detailed,
            CreateNoteOutput,
            conversation_id,
            client=self._client,
            body=body,
        )

    async def bulk_create(
        self, conversation_id: int, *, body: BulkCreateInternalNoteInput
    ) -> BulkCreateNoteOutput:
        """Add several notes; per-item outcomes in the result, not as exceptions."""
        return await call(
            post_conversations_conversationid_notes_bulk.asyncio_detailed,
            BulkCreateNoteOutput,
            conversation_id,
            client=self._client,
            body=body,
        )
