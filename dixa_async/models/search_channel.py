from enum import StrEnum


class SearchChannel(StrEnum):
    """A conversation channel as conversation search filters name it (lower case)."""

    ADACHAT = "adachat"
    CALLBACK = "callback"
    CHAT = "chat"
    CONTACTFORM = "contactform"
    DIGITALGENIUSCHAT = "digitalgeniuschat"
    DIXAMESSENGER = "dixamessenger"
    EMAIL = "email"
    FACEBOOKMESSENGER = "facebookmessenger"
    GENERICAPIMESSAGING = "genericapimessaging"
    KINDLYCHAT = "kindlychat"
    PHONE = "phone"
    SMS = "sms"
    TRUSTPILOT = "trustpilot"
    VOICEMAIL = "voicemail"
    WHATSAPP = "whatsapp"
    YOTPO = "yotpo"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SearchChannel | None":
        # Dixa adds enum values over time: keep an unknown value as a pseudo-member
        # instead of failing the whole response. Single-value enums (the `_type` tags
        # of unions) get no such fallback, so union variants still resolve strictly.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
