from enum import StrEnum


class DeprecatedActivityLogType(StrEnum):
    CONVERSATIONASSIGNEDACTIVITYTYPE = "ConversationAssignedActivityType"
    CONVERSATIONAUTOREPLYSENTACTIVITYTYPE = "ConversationAutoreplySentActivityType"
    CONVERSATIONCLAIMEDACTIVITYTYPE = "ConversationClaimedActivityType"
    CONVERSATIONCLOSEDACTIVITYTYPE = "ConversationClosedActivityType"
    CONVERSATIONCREATEDBYAGENTACTIVITYTYPE = "ConversationCreatedByAgentActivityType"
    CONVERSATIONCREATEDBYCUSTOMERACTIVITYTYPE = (
        "ConversationCreatedByCustomerActivityType"
    )
    CONVERSATIONENDUSERREPLACEDACTIVITYTYPE = "ConversationEndUserReplacedActivityType"
    CONVERSATIONLANGUAGEUPDATEDACTIVITYTYPE = "ConversationLanguageUpdatedActivityType"
    CONVERSATIONOFFERACCEPTEDACTIVITYTYPE = "ConversationOfferAcceptedActivityType"
    CONVERSATIONOFFEREDACTIVITYTYPE = "ConversationOfferedActivityType"
    CONVERSATIONOFFERREJECTEDACTIVITYTYPE = "ConversationOfferRejectedActivityType"
    CONVERSATIONOFFERTIMEOUTACTIVITYTYPE = "ConversationOfferTimeoutActivityType"
    CONVERSATIONPENDINGACTIVITYTYPE = "ConversationPendingActivityType"
    CONVERSATIONRATEDACTIVITYTYPE = "ConversationRatedActivityType"
    CONVERSATIONRATINGCANCELLEDACTIVITYTYPE = "ConversationRatingCancelledActivityType"
    CONVERSATIONRATINGOFFEREDACTIVITYTYPE = "ConversationRatingOfferedActivityType"
    CONVERSATIONRATINGSCHEDULEDACTIVITYTYPE = "ConversationRatingScheduledActivityType"
    CONVERSATIONRATINGUNSCHEDULEDACTIVITYTYPE = (
        "ConversationRatingUnscheduledActivityType"
    )
    CONVERSATIONREOPENEDACTIVITYTYPE = "ConversationReopenedActivityType"
    CONVERSATIONRESERVEDTYPE = "ConversationReservedType"
    CONVERSATIONTRANSCRIPTIONENDEDACTIVITYTYPE = (
        "ConversationTranscriptionEndedActivityType"
    )
    CONVERSATIONTRANSCRIPTIONSTARTEDACTIVITYTYPE = (
        "ConversationTranscriptionStartedActivityType"
    )
    CONVERSATIONUNASSIGNEDACTIVITYTYPE = "ConversationUnassignedActivityType"
    FOLLOWUPADDEDACTIVITYTYPE = "FollowupAddedActivityType"
    FOLLOWUPEXPIREDACTIVITYTYPE = "FollowupExpiredActivityType"
    FOLLOWUPREMOVEDACTIVITYTYPE = "FollowupRemovedActivityType"
    MESSAGEADDEDBYAGENTACTIVITYTYPE = "MessageAddedByAgentActivityType"
    MESSAGEADDEDBYCUSTOMERACTIVITYTYPE = "MessageAddedByCustomerActivityType"
    NOTEADDEDACTIVITYTYPE = "NoteAddedActivityType"
    TAGADDEDACTIVITYTYPE = "TagAddedActivityType"
    TAGREMOVEDACTIVITYTYPE = "TagRemovedActivityType"
    TRANSFERFAILEDACTIVITYTYPE = "TransferFailedActivityType"
    TRANSFERINITIATEDACTIVITYTYPE = "TransferInitiatedActivityType"
    TRANSFERSUCCESSFULACTIVITYTYPE = "TransferSuccessfulActivityType"
    UNKNOWNACTIVITYTYPE = "UnknownActivityType"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DeprecatedActivityLogType | None":
        # Dixa adds enum values over time: keep an unknown value as a pseudo-member
        # instead of failing the whole response. Single-value enums (the `_type` tags
        # of unions) get no such fallback, so union variants still resolve strictly.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
