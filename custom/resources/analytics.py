"""`dixa.analytics`: metric and record catalogues, aggregated and row-level queries."""

from __future__ import annotations

from collections.abc import Awaitable

from dixa_async.api.analytics import (
    get_analytics_filter_filterattribute,
    get_analytics_metrics,
    get_analytics_metrics_metricid,
    get_analytics_records,
    get_analytics_records_recordid,
    post_analytics_metrics,
    post_analytics_records,
)
from dixa_async.models import (
    FilterValue,
    GetFilterValuesOutput,
    GetMetricDataInputCsidFilter,
    GetMetricDataInputPeriodFilter,
    GetMetricDataOutput,
    GetMetricOutput,
    GetMetricRecordOutput,
    GetMetricRecordsDataInputCsidFilter,
    GetMetricRecordsDataInputPeriodFilter,
    GetMetricRecordsDataOutput,
    GetMetricRecordsOutput,
    GetMetricsOutput,
    MetricMetadata,
    MetricRecord,
    MetricRecordMetadata,
)

from .._call import call
from .._pagination import AsyncPager
from ._base import Resource, opt

__all__ = ["Analytics"]


class Analytics(Resource):
    """Analytics queries. They only read, so the client retries them like GETs."""

    __slots__ = ()

    def list_metrics(
        self,
        *,
        page_size: int | None = None,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[MetricMetadata]:
        """The metric ids available to `query_metric`."""

        def fetch(key: str | None) -> Awaitable[GetMetricsOutput]:
            return call(
                get_analytics_metrics.asyncio_detailed,
                GetMetricsOutput,
                client=self._client,
                page_limit=opt(page_size),
                page_key=opt(key),
            )

        return self._pager(fetch, page_key=page_key, max_items=max_items)

    async def get_metric(self, metric_id: str) -> GetMetricOutput:
        """What a metric offers: filters, aggregations, related records."""
        return await call(
            get_analytics_metrics_metricid.asyncio_detailed,
            GetMetricOutput,
            metric_id,
            client=self._client,
        )

    async def query_metric(
        self, *, body: GetMetricDataInputPeriodFilter | GetMetricDataInputCsidFilter
    ) -> GetMetricDataOutput:
        """Aggregated values of one metric over a period or a set of conversations."""
        return await call(
            post_analytics_metrics.asyncio_detailed,
            GetMetricDataOutput,
            client=self._client,
            body=body,
        )

    def list_records(
        self,
        *,
        page_size: int | None = None,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[MetricRecordMetadata]:
        """The record ids available to `query_records`."""

        def fetch(key: str | None) -> Awaitable[GetMetricRecordsOutput]:
            return call(
                get_analytics_records.asyncio_detailed,
                GetMetricRecordsOutput,
                client=self._client,
                page_limit=opt(page_size),
                page_key=opt(key),
            )

        return self._pager(fetch, page_key=page_key, max_items=max_items)

    async def get_record(self, record_id: str) -> GetMetricRecordOutput:
        """What a record type offers: filters, fields, related metrics."""
        return await call(
            get_analytics_records_recordid.asyncio_detailed,
            GetMetricRecordOutput,
            record_id,
            client=self._client,
        )

    def query_records(
        self,
        *,
        body: GetMetricRecordsDataInputPeriodFilter | GetMetricRecordsDataInputCsidFilter,
        page_size: int | None = None,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[MetricRecord]:
        """Row-level records of one record id; the same body is sent for every page."""

        def fetch(key: str | None) -> Awaitable[GetMetricRecordsDataOutput]:
            return call(
                post_analytics_records.asyncio_detailed,
                GetMetricRecordsDataOutput,
                client=self._client,
                body=body,
                page_limit=opt(page_size),
                page_key=opt(key),
            )

        return self._pager(fetch, page_key=page_key, max_items=max_items)

    def filter_values(
        self,
        filter_attribute: str,
        *,
        page_size: int | None = None,
        page_key: str | None = None,
        max_items: int | None = None,
    ) -> AsyncPager[FilterValue]:
        """The values a filter attribute accepts."""

        def fetch(key: str | None) -> Awaitable[GetFilterValuesOutput]:
            return call(
                get_analytics_filter_filterattribute.asyncio_detailed,
                GetFilterValuesOutput,
                filter_attribute,
                client=self._client,
                page_limit=opt(page_size),
                page_key=opt(key),
            )

        return self._pager(fetch, page_key=page_key, max_items=max_items)
