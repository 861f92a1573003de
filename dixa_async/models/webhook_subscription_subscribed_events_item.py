from enum import StrEnum


class WebhookSubscriptionSubscribedEventsItem(StrEnum):
    AGENTBANNEDENDUSER = "AgentBannedEnduser"
    AGENTBANNEDIP = "AgentBannedIp"
    AGENTUNBANNEDENDUSER = "AgentUnbannedEnduser"
    AGENTUNBANNEDIP = "AgentUnbannedIp"
    CONVERSATIONABANDONED = "ConversationAbandoned"
    CONVERSATIONASSIGNED = "ConversationAssigned"
    CONVERSATIONCLOSED = "ConversationClosed"
    CONVERSATIONCREATED = "ConversationCreated"
    CONVERSATIONCUSTOMATTRIBUTEUPDATED = "ConversationCustomAttributeUpdated"
    CONVERSATIONENDUSERREPLACED = "ConversationEndUserReplaced"
    CONVERSATIONENQUEUED = "ConversationEnqueued"
    CONVERSATIONMESSAGEADDED = "ConversationMessageAdded"
    CONVERSATIONMESSAGEDELIVERYDELIVERED = "ConversationMessageDeliveryDelivered"
    CONVERSATIONMESSAGEDELIVERYFAILED = "ConversationMessageDeliveryFailed"
    CONVERSATIONMESSAGEDELIVERYINFO = "ConversationMessageDeliveryInfo"
    CONVERSATIONMESSAGEDELIVERYSEEN = "ConversationMessageDeliverySeen"
    CONVERSATIONMESSAGEDELIVERYSENT = "ConversationMessageDeliverySent"
    CONVERSATIONMESSAGEDELIVERYSPAMCOMPLAINT = (
        "ConversationMessageDeliverySpamComplaint"
    )
    CONVERSATIONNOTEADDED = "ConversationNoteAdded"
    CONVERSATIONOPEN = "ConversationOpen"
    CONVERSATIONPENDING = "ConversationPending"
    CONVERSATIONPENDINGEXPIRED = "ConversationPendingExpired"
    CONVERSATIONRATED = "ConversationRated"
    CONVERSATIONTAGADDED = "ConversationTagAdded"
    CONVERSATIONTAGREMOVED = "ConversationTagRemoved"
    CONVERSATIONTRANSFERRED = "ConversationTransferred"
    CONVERSATIONUNASSIGNED = "ConversationUnassigned"
    SLAEVALUATIONACHIEVED = "SLAEvaluationAchieved"
    SLAEVALUATIONBREACHED = "SLAEvaluationBreached"
    SLAEVALUATIONPENDING = "SLAEvaluationPending"
    SLAEVALUATIONVOIDED = "SLAEvaluationVoided"
    TYPINGSTARTED = "TypingStarted"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "WebhookSubscriptionSubscribedEventsItem | None":
        # Dixa adds enum values over time: keep an unknown value as a pseudo-member
        # instead of failing the whole response. Single-value enums (the `_type` tags
        # of unions) get no such fallback, so union variants still resolve strictly.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
