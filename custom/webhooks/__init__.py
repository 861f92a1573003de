"""Dixa webhooks: verify deliveries, parse them into typed events, receive them over ASGI.

    from dixa_async.webhooks import WebhookReceiver, ConversationNoteAddedEvent

    receiver = WebhookReceiver(secret=os.environ["DIXA_WEBHOOK_SECRET"])

    @receiver.on(ConversationNoteAddedEvent)
    async def note_added(event: ConversationNoteAddedEvent) -> None:
        ...

    # Starlette / FastAPI: an exact route (Mount would 307-redirect to a trailing slash).
    app = Starlette(routes=[Route("/dixa/webhooks", receiver)])
    # Any other framework: event = await receiver.handle(raw_body, request_headers)

Lower level: `verify_signature(raw_body, header, secret)` then `parse_event(raw_body)`.
"""

# Each private module declares its public names in its own `__all__`; this package re-exports
# them, and its `__all__` lists every one (kept complete and sorted by
# tests/test_exported_members.py).
from dixa_async._core._errors import WebhookVerificationError

# The event names are the spec's (generated): one list, shared with the REST models.
from dixa_async.models.webhook_event_name import WebhookEventName

from ._event_enums import (
    Channel,
    ConversationStatus,
    Direction,
    RatingType,
    UserRole,
    UserType,
)
from ._event_readers import (
    JSONObject,
    JSONValue,
    parse_timestamp,
)
from ._event_shared import (
    Conversation,
    MessageContent,
    Organization,
    Queue,
    Tag,
    User,
)
from ._events import (
    EVENT_TYPES,
    AgentBannedEnduserEvent,
    AgentBannedIpEvent,
    AgentUnbannedEnduserEvent,
    AgentUnbannedIpEvent,
    ConversationAbandonedEvent,
    ConversationAssignedEvent,
    ConversationClosedEvent,
    ConversationCreatedEvent,
    ConversationCustomAttributeUpdatedEvent,
    ConversationEndUserReplacedEvent,
    ConversationEnqueuedEvent,
    ConversationEvent,
    ConversationMessageAddedEvent,
    ConversationMessageDeliveryDeliveredEvent,
    ConversationMessageDeliveryFailedEvent,
    ConversationMessageDeliveryInfoEvent,
    ConversationMessageDeliverySeenEvent,
    ConversationMessageDeliverySentEvent,
    ConversationMessageDeliverySpamComplaintEvent,
    ConversationNoteAddedEvent,
    ConversationOpenEvent,
    ConversationPendingEvent,
    ConversationPendingExpiredEvent,
    ConversationRatedEvent,
    ConversationTagAddedEvent,
    ConversationTagRemovedEvent,
    ConversationTransferredEvent,
    ConversationUnassignedEvent,
    GenericEvent,
    MessageDeliveryEvent,
    SLAEvaluationAchievedEvent,
    SLAEvaluationBreachedEvent,
    SLAEvaluationPendingEvent,
    SLAEvaluationVoidedEvent,
    TypingStartedEvent,
    WebhookEvent,
    WebhookPayloadError,
    event_name_of,
    parse_event,
)
from ._receiver import WebhookHandler, WebhookReceiver
from ._signature import (
    DEFAULT_TOLERANCE,
    SIGNATURE_HEADER,
    SUBSCRIPTION_ID_HEADER,
    sign,
    verify_signature,
)

__all__ = [
    "DEFAULT_TOLERANCE",
    "EVENT_TYPES",
    "SIGNATURE_HEADER",
    "SUBSCRIPTION_ID_HEADER",
    "AgentBannedEnduserEvent",
    "AgentBannedIpEvent",
    "AgentUnbannedEnduserEvent",
    "AgentUnbannedIpEvent",
    "Channel",
    "Conversation",
    "ConversationAbandonedEvent",
    "ConversationAssignedEvent",
    "ConversationClosedEvent",
    "ConversationCreatedEvent",
    "ConversationCustomAttributeUpdatedEvent",
    "ConversationEndUserReplacedEvent",
    "ConversationEnqueuedEvent",
    "ConversationEvent",
    "ConversationMessageAddedEvent",
    "ConversationMessageDeliveryDeliveredEvent",
    "ConversationMessageDeliveryFailedEvent",
    "ConversationMessageDeliveryInfoEvent",
    "ConversationMessageDeliverySeenEvent",
    "ConversationMessageDeliverySentEvent",
    "ConversationMessageDeliverySpamComplaintEvent",
    "ConversationNoteAddedEvent",
    "ConversationOpenEvent",
    "ConversationPendingEvent",
    "ConversationPendingExpiredEvent",
    "ConversationRatedEvent",
    "ConversationStatus",
    "ConversationTagAddedEvent",
    "ConversationTagRemovedEvent",
    "ConversationTransferredEvent",
    "ConversationUnassignedEvent",
    "Direction",
    "GenericEvent",
    "JSONObject",
    "JSONValue",
    "MessageContent",
    "MessageDeliveryEvent",
    "Organization",
    "Queue",
    "RatingType",
    "SLAEvaluationAchievedEvent",
    "SLAEvaluationBreachedEvent",
    "SLAEvaluationPendingEvent",
    "SLAEvaluationVoidedEvent",
    "Tag",
    "TypingStartedEvent",
    "User",
    "UserRole",
    "UserType",
    "WebhookEvent",
    "WebhookEventName",
    "WebhookHandler",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookVerificationError",
    "event_name_of",
    "parse_event",
    "parse_timestamp",
    "sign",
    "verify_signature",
]
