"""`dixa.queues`: queues, their members and availability."""

from __future__ import annotations

from collections.abc import Iterable

from dixa_async.api.queues import (
    delete_queues_queueid_members,
    get_queues,
    get_queues_queueid,
    get_queues_queueid_availability,
    get_queues_queueid_members,
    patch_queues_queueid_members,
    post_queues,
)
from dixa_async.models import (
    BulkQueueEndpointInput,
    BulkQueueEndpointOutput,
    CreateQueueInput,
    CreateQueueOutput,
    GetQueueByIdOutput,
    ListQueuesOutput,
    QueueAvailabilityOutput,
    QueueMembersOutput,
)

from .._call import call, call_empty
from ._base import Resource

__all__ = ["Queues"]


class Queues(Resource):
    __slots__ = ()

    async def list(self) -> ListQueuesOutput:
        return await call(get_queues.asyncio_detailed, ListQueuesOutput, client=self._client)

    async def get(self, queue_id: str) -> GetQueueByIdOutput:
        return await call(
            get_queues_queueid.asyncio_detailed, GetQueueByIdOutput, queue_id, client=self._client
        )

    async def create(self, *, body: CreateQueueInput) -> CreateQueueOutput:
        return await call(
            post_queues.asyncio_detailed, CreateQueueOutput, client=self._client, body=body
        )

    async def availability(self, queue_id: str) -> QueueAvailabilityOutput:
        return await call(
            get_queues_queueid_availability.asyncio_detailed,
            QueueAvailabilityOutput,
            queue_id,
            client=self._client,
        )

    async def list_members(self, queue_id: str) -> QueueMembersOutput:
        return await call(
            get_queues_queueid_members.asyncio_detailed,
            QueueMembersOutput,
            queue_id,
            client=self._client,
        )

    async def add_members(
        self, queue_id: str, *, agent_ids: Iterable[str]
    ) -> BulkQueueEndpointOutput:
        """Assign agents (Dixa documents up to 10 per call); per-item outcomes returned."""
        return await call(
            patch_queues_queueid_members.asyncio_detailed,
            BulkQueueEndpointOutput,
            queue_id,
            client=self._client,
            body=BulkQueueEndpointInput(agent_ids=list(agent_ids)),
        )

    async def remove_members(self, queue_id: str, *, agent_ids: Iterable[str]) -> None:
        """Remove agents (Dixa documents up to 10 per call)."""
        await call_empty(
            delete_queues_queueid_members.asyncio_detailed,
            queue_id,
            client=self._client,
            body=BulkQueueEndpointInput(agent_ids=list(agent_ids)),
        )
