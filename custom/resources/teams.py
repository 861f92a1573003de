"""`dixa.teams`: teams, their members and presence."""

from __future__ import annotations

from collections.abc import Awaitable, Iterable

from dixa_async.api.teams import (
    delete_teams_teamid,
    delete_teams_teamid_agents,
    get_teams,
    get_teams_teamid,
    get_teams_teamid_agents,
    get_teams_teamid_presence,
    patch_teams_teamid_agents,
    post_teams,
)
from dixa_async.models import (
    AgentsToTeamInput,
    CreateTeamInput,
    CreateTeamOutput,
    DeleteAgentsFromTeamInput,
    ListPresenceOutput,
    ListTeamMembersOutput,
    ListTeamsOutput,
    UserPresence,
)

from .._call import call, call_empty
from .._pagination import AsyncPager
from ._base import Resource, opt, require_confirm

__all__ = ["Teams"]


class Teams(Resource):
    __slots__ = ()

    async def list(self) -> ListTeamsOutput:
        return await call(get_teams.asyncio_detailed, ListTeamsOutput, client=self._client)

    async def get(self, team_id: str) -> CreateTeamOutput:
        # Dixa answers GET /teams/{id} with the same model as the create call.
        return await call(
            get_teams_teamid.asyncio_detailed, CreateTeamOutput, team_id, client=self._client
        )

    async def create(self, *, name: str) -> CreateTeamOutput:
        return await call(
            post_teams.asyncio_detailed,
            CreateTeamOutput,
            client=self._client,
            body=CreateTeamInput(name=name),
        )

    async def delete(self, team_id: str, *, confirm: bool = False) -> None:
        """Delete the team. Needs confirm=True."""
        require_confirm(confirm, "teams.delete")
        await call_empty(delete_teams_teamid.asyncio_detailed, team_id, client=self._client)

    async def list_members(self, team_id: str) -> ListTeamMembersOutput:
        return await call(
            get_teams_teamid_agents.asyncio_detailed,
            ListTeamMembersOutput,
            team_id,
            client=self._client,
        )

    async def add_members(self, team_id: str, *, agent_ids: Iterable[str]) -> None:
        await call_empty(
            patch_teams_teamid_agents.asyncio_detailed,
            team_id,
            client=self._client,
            body=AgentsToTeamInput(agent_ids=list(agent_ids)),
        )

    async def remove_members(self, team_id: str, *, agent_ids: Iterable[str]) -> None:
        await call_empty(
            delete_teams_teamid_agents.asyncio_detailed,
            team_id,
            client=self._client,
            body=DeleteAgentsFromTeamInput(agent_ids=list(agent_ids)),
        )

    def presence(
        self,
        team_id: str,
        *,
        page_size: int | None = None,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[UserPresence]:
        """Presence of every member of the team."""

        def fetch(key: str | None) -> Awaitable[ListPresenceOutput]:
            return call(
                get_teams_teamid_presence.asyncio_detailed,
                ListPresenceOutput,
                team_id,
                client=self._client,
                page_limit=opt(page_size),
                page_key=opt(key),
            )

        return self._pager(fetch, page_key=page_key, max_items=max_items)
