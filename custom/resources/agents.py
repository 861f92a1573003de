"""`dixa.agents`: agents and admins, their teams and presence."""

from __future__ import annotations

import builtins
from collections.abc import Awaitable

from dixa_async.api.agents import (
    delete_agents_agentid,
    get_agents,
    get_agents_agentid,
    get_agents_agentid_presence,
    get_agents_agentid_teams,
    get_agents_presence,
    patch_agents,
    patch_agents_agentid,
    post_agents,
    post_agents_bulk,
    put_agents,
    put_agents_agentid,
    put_agents_agentid_presence_working_channel,
)
from dixa_async.models import (
    Agent,
    AgentOutput,
    AgentTeamsOutput,
    BulkPatchAgentInput,
    BulkUpdateAgentInput,
    BulkUpdateAgentOutput,
    CreateAgentInput,
    CreateAgentsInput,
    CreateAgentsOutput,
    ListAgentsOutput,
    PatchAgentInput,
    UpdateAgentInput,
    UpdateAgentPresenceChannelInput,
    UserPresence,
    UserPresenceOutput,
)

from .._call import call, call_empty, call_list
from .._pagination import AsyncPager
from ._base import Resource, opt, require_confirm

__all__ = ["Agents"]


class Agents(Resource):
    """Agents and admins of the organization."""

    __slots__ = ()

    def list(
        self,
        *,
        email: str | None = None,
        phone: str | None = None,
        page_size: int | None = None,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[Agent]:
        """Every agent/admin, optionally filtered by e-mail or phone (not both)."""

        def fetch(key: str | None) -> Awaitable[ListAgentsOutput]:
            return call(
                get_agents.asyncio_detailed,
                ListAgentsOutput,
                client=self._client,
                page_limit=opt(page_size),
                page_key=opt(key),
                email=opt(email),
                phone=opt(phone),
            )

        return self._pager(fetch, page_key=page_key, max_items=max_items)

    async def get(self, agent_id: str) -> AgentOutput:
        return await call(
            get_agents_agentid.asyncio_detailed, AgentOutput, agent_id, client=self._client
        )

    async def create(self, *, body: CreateAgentInput) -> AgentOutput:
        return await call(post_agents.asyncio_detailed, AgentOutput, client=self._client, body=body)

    async def bulk_create(self, *, body: CreateAgentsInput) -> CreateAgentsOutput:
        """Create several agents; per-item outcomes in the result, not as exceptions."""
        return await call(
            post_agents_bulk.asyncio_detailed, CreateAgentsOutput, client=self._client, body=body
        )

    async def update(self, agent_id: str, *, body: UpdateAgentInput) -> AgentOutput:
        return await call(
            put_agents_agentid.asyncio_detailed,
            AgentOutput,
            agent_id,
            client=self._client,
            body=body,
        )

    async def patch(self, agent_id: str, *, body: PatchAgentInput) -> AgentOutput:
        return await call(
            patch_agents_agentid.asyncio_detailed,
            AgentOutput,
            agent_id,
            client=self._client,
            body=body,
        )

    async def bulk_update(
        self, *, body: builtins.list[BulkUpdateAgentInput]
    ) -> BulkUpdateAgentOutput:
        return await call(
            put_agents.asyncio_detailed, BulkUpdateAgentOutput, client=self._client, body=body
        )

    async def bulk_patch(
        self, *, body: builtins.list[BulkPatchAgentInput]
    ) -> BulkUpdateAgentOutput:
        return await call(
            patch_agents.asyncio_detailed, BulkUpdateAgentOutput, client=self._client, body=body
        )

    async def delete(self, agent_id: str, *, confirm: bool = False) -> None:
        """Downgrade the agent/admin to an end user (Dixa has no hard delete). Needs confirm=True."""
        require_confirm(confirm, "agents.delete")
        await call_empty(delete_agents_agentid.asyncio_detailed, agent_id, client=self._client)

    async def teams(self, agent_id: str) -> AgentTeamsOutput:
        return await call(
            get_agents_agentid_teams.asyncio_detailed,
            AgentTeamsOutput,
            agent_id,
            client=self._client,
        )

    async def presence(self, agent_id: str) -> UserPresenceOutput:
        return await call(
            get_agents_agentid_presence.asyncio_detailed,
            UserPresenceOutput,
            agent_id,
            client=self._client,
        )

    async def list_presence(self) -> builtins.list[UserPresence]:
        """Presence of every agent/admin (one unpaged list)."""
        return await call_list(
            get_agents_presence.asyncio_detailed, UserPresence, client=self._client
        )

    async def set_working_channel(
        self, agent_id: str, *, body: UpdateAgentPresenceChannelInput
    ) -> None:
        await call_empty(
            put_agents_agentid_presence_working_channel.asyncio_detailed,
            agent_id,
            client=self._client,
            body=body,
        )
