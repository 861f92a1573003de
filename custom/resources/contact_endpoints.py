"""`dixa.contact_endpoints`: the organization's e-mail addresses and phone numbers."""

from __future__ import annotations

from dixa_async.api.contact_endpoints import (
    get_contact_endpoints,
    get_contact_endpoints_contactendpointid,
)
from dixa_async.models import (
    GetContactEndpointsType,
    GetContactPointByIdOutput,
    ListContactPointsOutput,
)

from .._call import call
from ._base import Resource, opt

__all__ = ["ContactEndpoints"]


class ContactEndpoints(Resource):
    __slots__ = ()

    async def list(
        self, *, endpoint_type: GetContactEndpointsType | None = None
    ) -> ListContactPointsOutput:
        """Every contact endpoint, or only e-mail or only telephony ones."""
        return await call(
            get_contact_endpoints.asyncio_detailed,
            ListContactPointsOutput,
            client=self._client,
            type_=opt(endpoint_type),
        )

    async def get(self, contact_endpoint_id: str) -> GetContactPointByIdOutput:
        """One endpoint, by its address (an e-mail address or E.164 number)."""
        return await call(
            get_contact_endpoints_contactendpointid.asyncio_detailed,
            GetContactPointByIdOutput,
            contact_endpoint_id,
            client=self._client,
        )
