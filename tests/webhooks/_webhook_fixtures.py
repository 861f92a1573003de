"""Realistic Dixa webhook payloads, written for these tests.

Shapes follow the reference (§12.4/§12.5): envelope `event_id`/`event_fqn`/`event_version`/
`event_timestamp`/`organization`/`data`; conversation, user and tag objects as in Dixa's
delivery-log example and third-party fixtures. For events whose `data` is not established, the
payload carries a plausible conversation plus fields the SDK does not model, so tests can check
that those survive in `data_extra`.
"""

from __future__ import annotations

import copy
import json
from typing import Any

# The 32 subscription event names, copied from the reference's `CreateWebhookSubscriptionInput`
# enum, with the event_fqn each maps to (§12.5 table).
SUBSCRIPTION_TO_FQN: dict[str, str] = {
    "ConversationCreated": "CONVERSATION_CREATED",
    "ConversationOpen": "CONVERSATION_OPEN",
    "ConversationPending": "CONVERSATION_PENDING",
    "ConversationPendingExpired": "CONVERSATION_PENDING_EXPIRED",
    "ConversationClosed": "CONVERSATION_CLOSED",
    "ConversationAbandoned": "CONVERSATION_ABANDONED",
    "ConversationEnqueued": "CONVERSATION_ENQUEUED",
    "ConversationAssigned": "CONVERSATION_ASSIGNED",
    "ConversationUnassigned": "CONVERSATION_UNASSIGNED",
    "ConversationNoteAdded": "CONVERSATION_NOTE_ADDED",
    "ConversationMessageAdded": "CONVERSATION_MESSAGE_ADDED",
    "ConversationTagAdded": "CONVERSATION_TAG_ADDED",
    "ConversationTagRemoved": "CONVERSATION_TAG_REMOVED",
    "ConversationRated": "CONVERSATION_RATED",
    "ConversationTransferred": "CONVERSATION_TRANSFERRED",
    "ConversationEndUserReplaced": "CONVERSATION_END_USER_REPLACED",
    "ConversationCustomAttributeUpdated": "CONVERSATION_CUSTOM_ATTRIBUTE_UPDATED",
    "ConversationMessageDeliverySent": "CONVERSATION_MESSAGE_DELIVERY_SENT",
    "ConversationMessageDeliveryDelivered": "CONVERSATION_MESSAGE_DELIVERY_DELIVERED",
    "ConversationMessageDeliverySeen": "CONVERSATION_MESSAGE_DELIVERY_SEEN",
    "ConversationMessageDeliveryFailed": "CONVERSATION_MESSAGE_DELIVERY_FAILED",
    "ConversationMessageDeliveryInfo": "CONVERSATION_MESSAGE_DELIVERY_INFO",
    "ConversationMessageDeliverySpamComplaint": "CONVERSATION_MESSAGE_DELIVERY_SPAM_COMPLAINT",
    "AgentBannedEnduser": "AGENT_BANNED_ENDUSER",
    "AgentUnbannedEnduser": "AGENT_UNBANNED_ENDUSER",
    "AgentBannedIp": "AGENT_BANNED_IP",
    "AgentUnbannedIp": "AGENT_UNBANNED_IP",
    "TypingStarted": "TYPING_STARTED",
    "SLAEvaluationPending": "SLA_EVALUATION_PENDING",
    "SLAEvaluationBreached": "SLA_EVALUATION_BREACHED",
    "SLAEvaluationAchieved": "SLA_EVALUATION_ACHIEVED",
    "SLAEvaluationVoided": "SLA_EVALUATION_VOIDED",
}

ORG = {"id": "2f3c1a52-7b61-4f4e-9a8e-0c3d1f6b2a90", "name": "Acme Support"}

REQUESTER: dict[str, Any] = {
    "id": "7d1e4f0a-3c5b-4a8e-b2f1-9e6d0c8a7b34",
    "name": "Jane Customer",
    "email": "jane@example.com",
    "phone": None,
    "roles": ["Enduser"],
    "user_type": "Contact",
}

AGENT: dict[str, Any] = {
    "id": "c0a8012e-5f6d-4b3a-9e1c-2d7f8b6a4e10",
    "name": "Alex Agent",
    "email": "alex@acme.example",
    "phone": "+4512345678",
    "roles": ["Agent", "TeamLead"],
    "user_type": "Member",
}

QUEUE = {"id": "a3b2c1d0-1111-4222-8333-944455566677", "name": "Tier 1"}


def conversation(**overrides: Any) -> dict[str, Any]:
    conv: dict[str, Any] = {
        "csid": 10749,
        "channel": "WIDGET_CHAT",
        "status": "OPEN",
        "direction": "INBOUND",
        "queue": copy.deepcopy(QUEUE),
        "contact_point": "support@acme.example",
        "requester": copy.deepcopy(REQUESTER),
        "assignee": copy.deepcopy(AGENT),
        "subject": "Where is my order?",
        "tags": [
            {"id": "5e0b7c1d-2a3f-4e5d-8c9b-0a1f2e3d4c5b", "name": "vip", "is_deactivated": False}
        ],
        "created_at": "2023-09-15T11:58:02.512Z",
    }
    conv.update(overrides)
    return conv


def envelope(
    fqn: str,
    data: dict[str, Any],
    *,
    event_id: str = "0b6f1c2e-8d3a-4f5b-9c7e-1a2b3c4d5e6f",
    timestamp: str = "2023-09-15T12:00:00.000Z",
) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "event_fqn": fqn,
        "event_version": "1",
        "event_timestamp": timestamp,
        "organization": dict(ORG),
        "data": data,
    }


def note_added_payload(event_id: str = "0b6f1c2e-8d3a-4f5b-9c7e-1a2b3c4d5e6f") -> dict[str, Any]:
    """CONVERSATION_NOTE_ADDED as documented: conversation, note_id, text, created_at, author."""
    return envelope(
        "CONVERSATION_NOTE_ADDED",
        {
            "conversation": conversation(),
            "note_id": "9f8e7d6c-5b4a-4392-8172-6a5b4c3d2e1f",
            "text": "Customer called again, escalate to Tier 2.",
            "created_at": "2023-09-15T11:59:58.123Z",
            "author": copy.deepcopy(AGENT),
        },
        event_id=event_id,
    )


def _data_for(fqn: str) -> dict[str, Any]:
    unmodelled = {"unmodelled_detail": {"source": "test"}}
    if fqn == "CONVERSATION_NOTE_ADDED":
        return dict(note_added_payload()["data"])
    if fqn == "CONVERSATION_MESSAGE_ADDED":
        return {
            "conversation": conversation(channel="EMAIL"),
            "message_id": "3c2b1a09-8f7e-4d6c-b5a4-392817161514",
            "text": "Thanks, it arrived!",
            "created_at": "2023-09-15T11:59:59.001Z",
            "direction": "outbound",
            "channel": "EMAIL",
            "author": copy.deepcopy(REQUESTER),
            "content": {
                "text": "Thanks, it arrived!",
                "content_type": "text/plain",
                "original_content_url": "https://files.dixa.example/original/1",
                "processed_content_url": None,
            },
            "external_id": "<msg-123@example.com>",
            "attachments": [{"url": "https://files.dixa.example/a.pdf", "pretty_name": "a.pdf"}],
        }
    if fqn in {"CONVERSATION_TAG_ADDED", "CONVERSATION_TAG_REMOVED"}:
        return {"conversation": conversation(), "author": copy.deepcopy(AGENT), "tag": "refund"}
    if fqn == "CONVERSATION_RATED":
        return {
            "conversation": conversation(status="CLOSED"),
            "agent": copy.deepcopy(AGENT),
            "comment": "Very helpful",
            "score": 5,
            "type": "Csat",
        }
    if fqn == "CONVERSATION_PENDING_EXPIRED":
        return {"conversation": conversation(status="PENDING"), "pending_by_user": dict(AGENT)}
    if fqn == "CONVERSATION_ABANDONED":
        return {"conversation": conversation(assignee=None), "queue": dict(QUEUE)}
    if fqn.startswith("CONVERSATION_MESSAGE_DELIVERY_"):
        return {
            "conversation": conversation(channel="SMS"),
            "message_id": "11111111-2222-4333-8444-555555555555",
            **unmodelled,
        }
    if fqn.startswith("AGENT_"):
        return {"agent": dict(AGENT), "enduser": dict(REQUESTER), "ip": "203.0.113.7"}
    return {"conversation": conversation(), **unmodelled}


def payload_for(fqn: str) -> dict[str, Any]:
    """A realistic payload for any of the 32 event_fqns."""
    return envelope(fqn, _data_for(fqn))


def body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode()
