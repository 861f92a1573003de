"""Enums for the values found inside webhook payloads (channels, statuses, roles, ...).

Webhook payloads spell enum-like values in UPPER_SNAKE (`WIDGET_CHAT`, `OPEN`, `INBOUND`),
except user roles (`Agent`, `TeamLead`), user types (`Member`, `Contact`) and rating types
(`Csat`). A value these enums do not know is never an error: the readers keep it as a plain
`str` (see `_event_readers.enum_of`).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

__all__ = ["Channel", "ConversationStatus", "Direction", "RatingType", "UserRole", "UserType"]


class _LenientEnum(StrEnum):
    """A str enum that also matches values differing only in case or underscores.

    Dixa's webhook payloads are UPPER_SNAKE while its REST API spells the same values in
    PascalCase (`WIDGET_CHAT` vs `WidgetChat`), and a third-party fixture shows a lower-case
    `outbound`: all map to the same member. The original spelling survives in `raw`.
    """

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        folded = value.replace("_", "").casefold()
        for member in cls:
            if member.value.replace("_", "").casefold() == folded:
                return member
        return None


class Channel(_LenientEnum):
    """Conversation channel as spelled in webhook payloads.

    Only `WIDGET_CHAT` and `EMAIL` are seen in payload examples; the others are the REST
    channel names converted to UPPER_SNAKE (uncertain). Values outside this list are kept as
    plain strings.
    """

    WIDGET_CHAT = "WIDGET_CHAT"
    EMAIL = "EMAIL"
    PSTN_PHONE = "PSTN_PHONE"
    SMS = "SMS"
    CONTACT_FORM = "CONTACT_FORM"
    CALLBACK = "CALLBACK"
    VOICEMAIL = "VOICEMAIL"
    FACEBOOK_MESSENGER = "FACEBOOK_MESSENGER"
    MESSENGER = "MESSENGER"
    TWITTER = "TWITTER"
    WHATSAPP = "WHATSAPP"


class ConversationStatus(_LenientEnum):
    """Conversation status; `OPEN`, `PENDING` and `CLOSED` are the values seen."""

    OPEN = "OPEN"
    PENDING = "PENDING"
    CLOSED = "CLOSED"


class Direction(_LenientEnum):
    """Direction of a conversation or message (`outbound` in lower case also maps here)."""

    INBOUND = "INBOUND"
    OUTBOUND = "OUTBOUND"


class UserRole(_LenientEnum):
    """Values seen in a user's `roles`."""

    ENDUSER = "Enduser"
    AGENT = "Agent"
    ADMIN = "Admin"
    TEAM_LEAD = "TeamLead"
    SYSTEM_ADMIN = "SystemAdmin"


class UserType(_LenientEnum):
    """A user's `user_type` (third-party fixtures only; not in Dixa's docs example)."""

    MEMBER = "Member"
    CONTACT = "Contact"


class RatingType(_LenientEnum):
    """Rating type; `Csat` is seen in payloads, the others come from the REST rating API."""

    CSAT = "Csat"
    NPS = "Nps"
    THUMBS_UP_OR_DOWN = "ThumbsUpOrDown"
