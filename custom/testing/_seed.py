"""Deterministic seed organisation: agents, teams, queues, tags, attributes, users, conversations."""

from __future__ import annotations

import random
import uuid
from itertools import accumulate
from typing import TYPE_CHECKING

from ._knowledge import seed_knowledge
from ._store import (
    BODIES,
    CHANNEL_WEIGHTS,
    CHANNELS,
    EPOCH,
    FIRST_NAMES,
    LAST_NAMES,
    SEED_SPAN,
    STATE_WEIGHTS,
    STATES,
    SUBJECTS,
    Conversation,
    Store,
)
from ._wire import JSON, iso_ms, iso_s, zoned

if TYPE_CHECKING:
    from collections.abc import Callable

TEAM_NAMES = ("Tier 1", "Tier 2", "Billing", "Returns", "VIP")
QUEUE_NAMES = ("General", "Billing", "Returns", "Technical", "VIP", "Nordics")
TAG_NAMES = (
    ("refund", "#e53935"),
    ("shipping", "#1e88e5"),
    ("vip", "#8e24aa"),
    ("complaint", "#f4511e"),
    ("billing", "#43a047"),
    ("bug", "#6d4c41"),
    ("feedback", "#00897b"),
    ("urgent", "#d81b60"),
    ("warranty", "#3949ab"),
    ("spam", "#757575"),
    ("legacy", "#9e9e9e"),
)


def seeded_store(
    *,
    seed: int,
    conversations: int,
    end_users: int | None,
    agents: int,
    clock: Callable[[], float],
) -> Store:
    """A `Store` holding the organisation `seed` always gives."""
    store = Store(seed=seed, clock=clock)
    store.message_seeder = seed_messages
    build(store, conversations=conversations, end_users=end_users, agents=agents)
    store.knowledge = seed_knowledge(store)
    return store


def build(store: Store, *, conversations: int, end_users: int | None, agents: int) -> None:
    rng = store.rng
    _agents(store, rng, agents)
    _teams_and_queues(store, rng)
    _tags_and_attributes(store, rng)
    _endpoints(store)
    _users(store, rng, end_users if end_users is not None else max(50, conversations // 4))
    _conversations(store, rng, conversations)


def _person(rng: random.Random, i: int) -> tuple[str, str]:
    return FIRST_NAMES[i % len(FIRST_NAMES)], LAST_NAMES[
        (i * 7 + rng.randrange(3)) % len(LAST_NAMES)
    ]


def _agents(store: Store, rng: random.Random, count: int) -> None:
    for i in range(count):
        first, last = _person(rng, i)
        agent_id = store.uuid()
        store.agents[agent_id] = {
            "id": agent_id,
            "createdAt": iso_s(EPOCH - 86_400 * (400 - i)),
            "displayName": f"{first} {last}",
            "email": f"{first.lower()}.{last.lower()}.{i}@acme.example",
            "firstName": first,
            "lastName": last,
            "phoneNumber": f"+4570{100000 + i:06d}",
            "roles": ["Agent"] if i % 5 else ["Admin", "Agent"],
        }
        online = i % 3 != 0
        store.presence[agent_id] = {
            "userId": agent_id,
            "connectionStatus": "Online" if online else "Offline",
            "presenceStatus": "Working" if i % 4 else "Away",
            "activeChannels": ["Email", "WidgetChat"] if online else [],
        }


def _teams_and_queues(store: Store, rng: random.Random) -> None:
    agent_ids = list(store.agents)
    for i, name in enumerate(TEAM_NAMES):
        team_id = store.uuid()
        store.teams[team_id] = {"id": team_id, "name": name}
        store.team_members[team_id] = agent_ids[i :: len(TEAM_NAMES)]
    for i, name in enumerate(QUEUE_NAMES):
        queue_id = store.uuid()
        store.queues[queue_id] = {
            "id": queue_id,
            "name": name,
            "isDefault": i == 0,
            "isDoNotOfferEnabled": False,
            "doNotOfferTimeouts": {},
            "queueThresholds": {},
            "organizationId": store.org["id"],
            "slaCalculationMethod": "AbandonedIgnored",
            "offeringAlgorithm": "AgentPriorityLongestIdle",
            "offerTimeout": 30,
            "priority": i,
            "wrapupTimeout": 60,
            "memberListType": "Default",
        }
        store.queue_members[queue_id] = {a: 1 + j % 3 for j, a in enumerate(agent_ids[i::2])}


def _tags_and_attributes(store: Store, rng: random.Random) -> None:
    for i, (name, color) in enumerate(TAG_NAMES):
        tag_id = store.uuid()
        store.tags[tag_id] = {
            "id": tag_id,
            "name": name,
            "color": color,
            "state": "Inactive" if i == len(TAG_NAMES) - 1 else "Active",
        }
    definitions = (
        (
            "Conversation",
            "order_number",
            "Order number",
            {"_type": "Text", "placeholder": "e.g. 10234"},
        ),
        ("Conversation", "priority", "Priority", _select("low", "normal", "high")),
        (
            "Conversation",
            "product_area",
            "Product area",
            _select("hardware", "software", "accounts"),
        ),
        ("Contact", "customer_tier", "Customer tier", _select("bronze", "silver", "gold")),
        ("Contact", "crm_id", "CRM id", {"_type": "Text"}),
    )
    for entity, identifier, label, definition in definitions:
        attr_id = store.uuid()
        store.attribute_defs[attr_id] = {
            "id": attr_id,
            "entityType": entity,
            "identifier": identifier,
            "label": label,
            "description": f"{label} of the {entity.lower()}",
            "inputDefinition": definition,
            "isArchived": False,
            "isDeactivated": False,
            "isRequired": False,
            "createdAt": zoned(EPOCH - 86_400 * 300),
            "updatedAt": zoned(EPOCH - 86_400 * 10),
        }


def _select(*values: str) -> JSON:
    options = [
        {"id": v, "value": v, "label": v.title(), "isDeactivated": False, "orderIndex": i}
        for i, v in enumerate(values)
    ]
    return {"_type": "Select", "options": options}


def _endpoints(store: Store) -> None:
    emails = ("support@acme.example", "billing@acme.example")
    for address in emails:
        store.contact_endpoints[address] = {
            "_type": "EmailEndpoint",
            "address": address,
            "name": address.split("@")[0].title(),
        }
    numbers = (("+4570112233", ["VoiceInbound", "VoiceOutbound"]), ("+4570445566", ["Sms"]))
    for number, functionality in numbers:
        store.contact_endpoints[number] = {
            "_type": "TelephonyEndpoint",
            "number": number,
            "name": f"Line {number[-4:]}",
            "functionality": functionality,
        }
    for name in ("Office hours", "Weekend"):
        schedule_id = store.uuid()
        store.schedules[schedule_id] = {"id": schedule_id, "name": name}
    for channel, endpoint in (
        ("Email", emails[0]),
        ("PstnPhone", numbers[0][0]),
        ("WidgetChat", "widget-main"),
    ):
        store.flows.append(
            {
                "id": store.uuid(),
                "name": f"{channel} flow",
                "channel": channel,
                "contactEndpointId": endpoint,
            }
        )


def _users(store: Store, rng: random.Random, count: int) -> None:
    attr_tier = next(
        k for k, v in store.attribute_defs.items() if v["identifier"] == "customer_tier"
    )
    for i in range(count):
        first, last = _person(rng, i + 3)
        user_id = store.uuid()
        user: JSON = {
            "id": user_id,
            "createdAt": iso_s(EPOCH - 86_400 + i * 37),
            "displayName": f"{first} {last}",
            "firstName": first,
            "lastName": last,
            "email": f"{first.lower()}.{last.lower()}.{i}@customer.example",
        }
        if i % 2 == 0:
            user["phoneNumber"] = f"+4520{i:06d}"
        if i % 5 == 0:
            user["externalId"] = f"crm-{i}"
            user["customAttributes"] = [
                {
                    "id": attr_tier,
                    "identifier": "customer_tier",
                    "name": "Customer tier",
                    "value": ["gold"],
                }
            ]
        store.end_users[user_id] = user


def _conversations(store: Store, rng: random.Random, count: int) -> None:
    users = list(store.end_users)
    agents = list(store.agents)
    queues = list(store.queues)
    tags = [k for k, v in store.tags.items() if v["state"] == "Active"]
    channel_cum = list(accumulate(CHANNEL_WEIGHTS))
    state_cum = list(accumulate(STATE_WEIGHTS))
    attr_priority = next(
        k for k, v in store.attribute_defs.items() if v["identifier"] == "priority"
    )
    choices = rng.choices
    random_ = rng.random
    for n in range(count):
        csid = 1000 + n
        created = EPOCH + SEED_SPAN * n / max(1, count) + random_() * 3600
        channel = choices(CHANNELS, cum_weights=channel_cum)[0]
        state = choices(STATES, cum_weights=state_cum)[0]
        topic = n % len(SUBJECTS)
        agent = agents[int(random_() * len(agents))] if state != "Open" or random_() < 0.6 else None
        conv = Conversation(
            id=csid,
            channel=channel,
            requester_id=users[int(random_() * len(users))],
            created=created,
            state=state,
            direction="Inbound" if random_() < 0.9 else "Outbound",
            agent_id=agent,
            queue_id=queues[n % len(queues)],
            subject=SUBJECTS[topic],
            body=BODIES[topic],
            seeded=True,
        )
        duration = 300 + random_() * 172_800
        conv.last_message = created + duration / 2
        conv.state_updated = created
        if state == "Closed":
            conv.closed = created + duration
            conv.state_updated = conv.closed
        if n % 3 == 0:
            conv.tags = (
                [tags[n % len(tags)]] if n % 2 else [tags[n % len(tags)], tags[(n + 3) % len(tags)]]
            )
        if n % 4 == 0:
            conv.attributes = {attr_priority: ["high" if n % 8 == 0 else "normal"]}
        store.add_conversation(conv)


def seed_messages(store: Store, conv: Conversation, rng: random.Random) -> None:
    """Materialise a seeded conversation's messages (called on first access)."""
    assert conv.messages is not None
    first = message(store, conv, conv.requester_id, "Inbound", conv.body, conv.created, rng)
    conv.messages.append(first)
    if conv.agent_id:
        reply = message(
            store,
            conv,
            conv.agent_id,
            "Outbound",
            "Thanks for reaching out, we are looking into it.",
            conv.last_message,
            rng,
        )
        conv.messages.append(reply)


def message(
    store: Store,
    conv: Conversation,
    author: str,
    direction: str,
    text: str,
    at: float,
    rng: random.Random | None = None,
) -> JSON:
    """One stored message in the `Message` shape of `GET .../messages` for the conversation's channel."""
    message_id = str(uuid.UUID(int=(rng or store.rng).getrandbits(128), version=4))
    content = {"_type": "Text", "value": text}
    attributes: JSON
    if conv.channel in ("Email", "ContactForm"):
        sender = (
            store.end_users.get(author, {}).get("email")
            or store.agents.get(author, {}).get("email")
            or "unknown@acme.example"
        )
        attributes = {
            "_type": "EmailAttributes" if conv.channel == "Email" else "ContactFormAttributes",
            "from": {"email": sender},
            "to": [{"email": "support@acme.example"}],
            "isAutoReply": False,
            "direction": direction,
            "emailContent": {"_type": "Regular", "content": content},
        }
    elif conv.channel == "PstnPhone":
        attributes = {
            "_type": "PhoneAttributes",
            "from": "+4520000000",
            "to": "+4570112233",
            "direction": direction,
            "duration": 120,
        }
    elif conv.channel in ("WidgetChat", "Messenger"):
        attributes = {
            "_type": "ChatAttributes",
            "isAutomated": False,
            "content": content,
            "direction": direction,
        }
    else:
        kind = {
            "Sms": "SmsAttributes",
            "WhatsApp": "WhatsAppAttributes",
            "FacebookMessenger": "FacebookMessengerAttributes",
        }
        attributes = {
            "_type": kind.get(conv.channel, "GenericAttributes"),
            "content": content,
            "direction": direction,
        }
    return {
        "id": message_id,
        "authorId": author,
        "createdAt": zoned(at),
        "attributes": attributes,
        "_text": text,
        "_ms": iso_ms(at),
    }
