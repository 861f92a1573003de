"""`dixa.organization`: the organization that owns the token."""

from __future__ import annotations

from dixa_async.api.organization import get_organization
from dixa_async.models import GetOrganizationOutput

from .._call import call
from ._base import Resource

__all__ = ["Organization"]


class Organization(Resource):
    __slots__ = ()

    async def get(self) -> GetOrganizationOutput:
        return await call(
            get_organization.asyncio_detailed, GetOrganizationOutput, client=self._client
        )
