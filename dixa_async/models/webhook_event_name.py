from enum import StrEnum


class WebhookEventName(StrEnum):
    """A webhook event as named in subscriptions (PascalCase values). Each member's name (`x-enum-
    varnames`) is the `event_fqn` Dixa puts in the payloads of that event (UPPER_SNAKE). Only
    CONVERSATION_CREATED, _PENDING, _NOTE_ADDED, _MESSAGE_ADDED, _TAG_ADDED and _RATED are seen
    in payload examples; the other fqns are derived by converting the subscription name to
    UPPER_SNAKE, and for AGENT_(UN)BANNED_*, CONVERSATION_END_USER_REPLACED and SLA_* the exact
    spelling is uncertain.
    """

    AGENT_BANNED_ENDUSER = "AgentBannedEnduser"
    AGENT_BANNED_IP = "AgentBannedIp"
    AGENT_UNBANNED_ENDUSER = "AgentUnbannedEnduser"
    AGENT_UNBANNED_IP = "AgentUnbannedIp"
    CONVERSATION_ABANDONED = "ConversationAbandoned"
    CONVERSATION_ASSIGNED = "ConversationAssigned"
    CONVERSATION_CLOSED = "ConversationClosed"
    CONVERSATION_CREATED = "ConversationCreated"
    CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED = "ConversationCustomAttributeUpdated"
    CONVERSATION_END_USER_REPLACED = "ConversationEndUserReplaced"
    CONVERSATION_ENQUEUED = "ConversationEnqueued"
    CONVERSATION_MESSAGE_ADDED = "ConversationMessageAdded"
    CONVERSATION_MESSAGE_DELIVERY_DELIVERED = "ConversationMessageDeliveryDelivered"
    CONVERSATION_MESSAGE_DELIVERY_FAILED = "ConversationMessageDeliveryFailed"
    CONVERSATION_MESSAGE_DELIVERY_INFO = "ConversationMessageDeliveryInfo"
    CONVERSATION_MESSAGE_DELIVERY_SEEN = "ConversationMessageDeliverySeen"
    CONVERSATION_MESSAGE_DELIVERY_SENT = "ConversationMessageDeliverySent"
    CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT = (
        "ConversationMessageDeliverySpamComplaint"
    )
    CONVERSATION_NOTE_ADDED = "ConversationNoteAdded"
    CONVERSATION_OPEN = "ConversationOpen"
    CONVERSATION_PENDING = "ConversationPending"
    CONVERSATION_PENDING_EXPIRED = "ConversationPendingExpired"
    CONVERSATION_RATED = "ConversationRated"
    CONVERSATION_TAG_ADDED = "ConversationTagAdded"
    CONVERSATION_TAG_REMOVED = "ConversationTagRemoved"
    CONVERSATION_TRANSFERRED = "ConversationTransferred"
    CONVERSATION_UNASSIGNED = "ConversationUnassigned"
    SLA_EVALUATION_ACHIEVED = "SLAEvaluationAchieved"
    SLA_EVALUATION_BREACHED = "SLAEvaluationBreached"
    SLA_EVALUATION_PENDING = "SLAEvaluationPending"
    SLA_EVALUATION_VOIDED = "SLAEvaluationVoided"
    TYPING_STARTED = "TypingStarted"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookEventName | None":
        # Dixa adds enum values over time: keep an unknown value as a pseudo-member
        # instead of failing the whole response. Single-value enums (the `_type` tags
        # of unions) get no such fallback, so union variants still resolve strictly.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
