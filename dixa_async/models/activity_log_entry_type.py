from enum import StrEnum


class ActivityLogEntryType(StrEnum):
    CONVERSATIONASSIGNED = "ConversationAssigned"
    CONVERSATIONAUTOREPLYSENT = "ConversationAutoreplySent"
    CONVERSATIONCHANNELCHANGED = "ConversationChannelChanged"
    CONVERSATIONCLAIMED = "ConversationClaimed"
    CONVERSATIONCLOSED = "ConversationClosed"
    CONVERSATIONCREATEDBYAGENT = "ConversationCreatedByAgent"
    CONVERSATIONCREATEDBYCUSTOMER = "ConversationCreatedByCustomer"
    CONVERSATIONCUSTOMATTRIBUTESUPDATED = "ConversationCustomAttributesUpdated"
    CONVERSATIONENDUSERREPLACED = "ConversationEndUserReplaced"
    CONVERSATIONLANGUAGEUPDATED = "ConversationLanguageUpdated"
    CONVERSATIONLINKEDFROMCHILD = "ConversationLinkedFromChild"
    CONVERSATIONLINKEDTOPARENT = "ConversationLinkedToParent"
    CONVERSATIONMESSAGEREDACTED = "ConversationMessageRedacted"
    CONVERSATIONOFFERACCEPTED = "ConversationOfferAccepted"
    CONVERSATIONOFFERED = "ConversationOffered"
    CONVERSATIONOFFERREJECTED = "ConversationOfferRejected"
    CONVERSATIONOFFERTIMEOUT = "ConversationOfferTimeout"
    CONVERSATIONPENDING = "ConversationPending"
    CONVERSATIONRATED = "ConversationRated"
    CONVERSATIONRATINGCANCELLED = "ConversationRatingCancelled"
    CONVERSATIONRATINGNOTOFFERED = "ConversationRatingNotOffered"
    CONVERSATIONRATINGOFFERED = "ConversationRatingOffered"
    CONVERSATIONRATINGSCHEDULED = "ConversationRatingScheduled"
    CONVERSATIONRATINGUNSCHEDULED = "ConversationRatingUnscheduled"
    CONVERSATIONREOPENED = "ConversationReopened"
    CONVERSATIONRESERVED = "ConversationReserved"
    CONVERSATIONRESOLVEDSTATETOGGLED = "ConversationResolvedStateToggled"
    CONVERSATIONTRANSCRIPTIONENDED = "ConversationTranscriptionEnded"
    CONVERSATIONTRANSCRIPTIONSTARTED = "ConversationTranscriptionStarted"
    CONVERSATIONUNASSIGNED = "ConversationUnassigned"
    CONVERSATIONUNLINKEDFROMCHILD = "ConversationUnlinkedFromChild"
    CONVERSATIONUNLINKEDTOPARENT = "ConversationUnlinkedToParent"
    FOLLOWUPADDED = "FollowupAdded"
    FOLLOWUPEXPIRED = "FollowupExpired"
    FOLLOWUPREMOVED = "FollowupRemoved"
    MESSAGEADDEDBYAGENT = "MessageAddedByAgent"
    MESSAGEADDEDBYCUSTOMER = "MessageAddedByCustomer"
    NOTEADDED = "NoteAdded"
    TAGADDED = "TagAdded"
    TAGREMOVED = "TagRemoved"
    TRANSFERFAILED = "TransferFailed"
    TRANSFERINITIATED = "TransferInitiated"
    TRANSFERSUCCESSFUL = "TransferSuccessful"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ActivityLogEntryType | None":
        # Dixa adds enum values over time: keep an unknown value as a pseudo-member
        # instead of failing the whole response. Single-value enums (the `_type` tags
        # of unions) get no such fallback, so union variants still resolve strictly.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
