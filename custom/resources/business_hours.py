"""`dixa.business_hours`: opening-hours schedules."""

from __future__ import annotations

import datetime

from dixa_async.api.business_hours import (
    get_business_hours_schedules,
    get_business_hours_schedules_scheduleid_status,
)
from dixa_async.models import GetBusinessOpenStatusOutput, ListBusinessHoursSchedulesOutput

from .._call import call
from ._base import Resource, opt

__all__ = ["BusinessHours"]


class BusinessHours(Resource):
    __slots__ = ()

    async def list_schedules(self) -> ListBusinessHoursSchedulesOutput:
        return await call(
            get_business_hours_schedules.asyncio_detailed,
            ListBusinessHoursSchedulesOutput,
            client=self._client,
        )

    async def status(
        self, schedule_id: str, *, timestamp: datetime.datetime | None = None
    ) -> GetBusinessOpenStatusOutput:
        """Whether the schedule is open now, or at `timestamp`."""
        return await call(
            get_business_hours_schedules_scheduleid_status.asyncio_detailed,
            GetBusinessOpenStatusOutput,
            schedule_id,
            client=self._client,
            timestamp=opt(timestamp),
        )
