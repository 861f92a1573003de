from enum import StrEnum


class ExportChannel(StrEnum):
    """The channel a conversation started on. Values Dixa adds later are kept, not rejected."""

    CALLBACK = "callback"
    CONTACTFORM = "contactform"
    EMAIL = "email"
    FACEBOOKMESSENGER = "facebookmessenger"
    GENERICAPIMESSAGING = "genericapimessaging"
    INSTAGRAM = "instagram"
    MESSENGER = "messenger"
    PSTNPHONE = "pstnphone"
    SMS = "sms"
    TWITTER = "twitter"
    VOICEMAIL = "voicemail"
    WHATSAPP = "whatsapp"
    WIDGETCHAT = "widgetchat"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ExportChannel | None":
        # Dixa adds enum values over time: keep an unknown value as a pseudo-member
        # instead of failing the whole response. Single-value enums (the `_type` tags
        # of unions) get no such fallback, so union variants still resolve strictly.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
