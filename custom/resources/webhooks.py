"""`dixa.webhooks`: webhook subscriptions and their delivery logs."""

from __future__ import annotations

from dixa_async.api.webhooks import (
    delete_webhooks_webhooksubscriptionid,
    get_webhooks,
    get_webhooks_webhooksubscriptionid,
    get_webhooks_webhooksubscriptionid_delivery_status,
    get_webhooks_webhooksubscriptionid_delivery_status_logs_event,
    patch_webhooks_webhooksubscriptionid,
    post_webhooks,
)
from dixa_async.models import (
    CreateWebhookSubscriptionInput,
    CreateWebhookSubscriptionOutput,
    GetWebhookEventDeliveryLogsOutput,
    GetWebhookLastDeliveryStatusOutput,
    GetWebhookSubscriptionOutput,
    GetWebhooksWebhooksubscriptionidDeliveryStatusLogsEventEvent,
    ListWebhookSubscriptionsEndpointOutput,
    PatchWebhookSubscriptionInput,
    PatchWebhookSubscriptionOutput,
)

from .._call import call, call_empty
from ._base import Resource, require_confirm

__all__ = ["Webhooks"]


class Webhooks(Resource):
    __slots__ = ()

    async def list(self) -> ListWebhookSubscriptionsEndpointOutput:
        return await call(
            get_webhooks.asyncio_detailed,
            ListWebhookSubscriptionsEndpointOutput,
            client=self._client,
        )

    async def get(self, webhook_subscription_id: str) -> GetWebhookSubscriptionOutput:
        return await call(
            get_webhooks_webhooksubscriptionid.asyncio_detailed,
            GetWebhookSubscriptionOutput,
            webhook_subscription_id,
            client=self._client,
        )

    async def create(
        self, *, body: CreateWebhookSubscriptionInput
    ) -> CreateWebhookSubscriptionOutput:
        return await call(
            post_webhooks.asyncio_detailed,
            CreateWebhookSubscriptionOutput,
            client=self._client,
            body=body,
        )

    async def update(
        self, webhook_subscription_id: str, *, body: PatchWebhookSubscriptionInput
    ) -> PatchWebhookSubscriptionOutput:
        """Partially update the subscription (only the fields set in `body`)."""
        return await call(
            patch_webhooks_webhooksubscriptionid.asyncio_detailed,
            PatchWebhookSubscriptionOutput,
            webhook_subscription_id,
            client=self._client,
            body=body,
        )

    async def delete(self, webhook_subscription_id: str, *, confirm: bool = False) -> None:
        """Delete the subscription. Needs confirm=True."""
        require_confirm(confirm, "webhooks.delete")
        await call_empty(
            delete_webhooks_webhooksubscriptionid.asyncio_detailed,
            webhook_subscription_id,
            client=self._client,
        )

    async def delivery_status(
        self, webhook_subscription_id: str
    ) -> GetWebhookLastDeliveryStatusOutput:
        """The last delivery status per subscribed event."""
        return await call(
            get_webhooks_webhooksubscriptionid_delivery_status.asyncio_detailed,
            GetWebhookLastDeliveryStatusOutput,
            webhook_subscription_id,
            client=self._client,
        )

    async def delivery_logs(
        self,
        webhook_subscription_id: str,
        event: GetWebhooksWebhooksubscriptionidDeliveryStatusLogsEventEvent,
    ) -> GetWebhookEventDeliveryLogsOutput:
        """Recent deliveries of one event of the subscription."""
        return await call(
            get_webhooks_webhooksubscriptionid_delivery_status_logs_event.asyncio_detailed,
            GetWebhookEventDeliveryLogsOutput,
            webhook_subscription_id,
            event,
            client=self._client,
        )
