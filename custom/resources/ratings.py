"""`dixa.ratings`: satisfaction ratings of a conversation."""

from __future__ import annotations

from dixa_async.api.ratings import (
    get_conversations_conversationid_rating,
    get_conversations_conversationid_ratings,
    post_conversations_conversationid_ratings_offer,
    post_conversations_conversationid_ratings_ratingid_submit,
)
from dixa_async.models import (
    CreateRatingOfferInput,
    CreateRatingOfferOutput,
    CreateRatingResultInput,
    CreateRatingResultOutput,
    ListConversationRatingsOutput,
)

from .._call import call
from ._base import Resource

__all__ = ["Ratings"]


class Ratings(Resource):
    __slots__ = ()

    async def list(self, conversation_id: int) -> ListConversationRatingsOutput:
        """The latest rating statuses of a conversation."""
        return await call(
            get_conversations_conversationid_ratings.asyncio_detailed,
            ListConversationRatingsOutput,
            conversation_id,
            client=self._client,
        )

    async def list_legacy(self, conversation_id: int) -> ListConversationRatingsOutput:
        """The deprecated `/rating` listing; prefer `list`."""
        return await call(
            get_conversations_conversationid_rating.asyncio_detailed,
            ListConversationRatingsOutput,
            conversation_id,
            client=self._client,
        )

    async def offer(
        self, conversation_id: int, *, body: CreateRatingOfferInput
    ) -> CreateRatingOfferOutput:
        """Create a rating offer (CSAT, NPS, thumbs) for the conversation."""
        return await call(
            post_conversations_conversationid_ratings_offer.asyncio_detailed,
            CreateRatingOfferOutput,
            conversation_id,
            client=self._client,
            body=body,
        )

    async def submit(
        self, conversation_id: int, rating_id: str, *, body: CreateRatingResultInput
    ) -> CreateRatingResultOutput:
        """Record the result of an earlier rating offer."""
        return await call(
            post_conversations_conversationid_ratings_ratingid_submit.asyncio_detailed,
            CreateRatingResultOutput,
            conversation_id,
            rating_id,
            client=self._client,
            body=body,
        )
