"""Conversations, messages, internal notes, ratings, tags on conversations, activity log."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ._call import Call
from ._export_items import peek
from ._seed import message
from ._store import CONVERSATION_TYPES, Conversation, Store, tag_by_name
from ._wire import (
    JSON,
    HTTPError,
    empty,
    invalid,
    iso_ms,
    iso_s,
    json_response,
    not_found,
    obj,
    objects,
    one_of,
    opt,
    page_window,
    paged,
    parse_ts,
    req,
    strings,
    zoned,
)

_CREATE_CHANNELS = {
    "Email": "Email",
    "Chat": "WidgetChat",
    "ContactForm": "ContactForm",
    "Sms": "Sms",
    "Callback": "Callback",
}


def render(store: Store, conv: Conversation) -> JSON:
    """A stored conversation in the `Conversation` union shape for its channel."""
    if conv.anonymized is not None:
        out: JSON = {
            "_type": "AnonymizedConversation",
            "id": conv.id,
            "requesterId": conv.requester_id,
            "channel": conv.channel,
            "createdAt": iso_s(conv.created),
            "anonymizedAt": iso_s(conv.anonymized),
            "state": conv.state,
            "direction": conv.direction,
        }
        return out
    out = {
        "_type": CONVERSATION_TYPES[conv.channel],
        "id": conv.id,
        "requesterId": conv.requester_id,
        "channel": conv.channel,
        "createdAt": iso_s(conv.created),
        "direction": conv.direction,
        "state": conv.state,
        "stateUpdatedAt": iso_s(conv.state_updated or conv.created),
    }
    if conv.agent_id:
        out["assignment"] = {"agentId": conv.agent_id, "assignedAt": iso_s(conv.created + 60)}
    if conv.queue_id:
        out["queue"] = {"id": conv.queue_id, "queuedAt": iso_s(conv.created + 1)}
    if conv.link:
        out["link"] = conv.link
    if conv.attributes:
        out["customAttributes"] = custom_attributes(store, conv.attributes)
    if conv.language:
        out["language"] = conv.language
    if conv.channel in ("Email", "ContactForm"):
        requester = store.end_users.get(conv.requester_id, {})
        out["fromEmail"] = requester.get("email", "unknown@customer.example")
        out["toEmail"] = "support@acme.example"
        out["integrationEmail"] = "support@acme.example"
        if conv.subject:
            out["subject"] = conv.subject
    return out


def custom_attributes(store: Store, values: dict[str, Any]) -> list[JSON]:
    out = []
    for attr_id, value in values.items():
        definition = store.attribute_defs.get(attr_id, {})
        out.append(
            {
                "id": attr_id,
                "identifier": definition.get("identifier", attr_id),
                "name": definition.get("label", attr_id),
                "value": value,
            }
        )
    return out


def _agent(store: Store, agent_id: object) -> str:
    if not isinstance(agent_id, str):
        raise invalid()
    if agent_id not in store.agents:
        raise not_found()
    return agent_id


def _content(value: object) -> str:
    content = obj(value)
    one_of(content.get("_type"), ("Text", "Html", "Markdown"))
    return str(req(content, "value"))


# ---- conversations ----------------------------------------------------------------------------


async def create(call: Call) -> Response:
    store = call.store
    body = obj(call.json())
    kind = one_of(body.get("_type"), _CREATE_CHANNELS)
    requester = req(body, "requesterId")
    if requester not in store.end_users:
        raise not_found()
    conv = Conversation(
        id=store.next_csid,
        channel=_CREATE_CHANNELS[kind],
        requester_id=requester,
        created=store.now(),
        language=opt(body, "language"),
    )
    conv.state_updated = conv.created
    conv.messages, conv.notes, conv.ratings, conv.activity = [], [], [], []
    first: tuple[str, str, str] | None = None
    if kind in ("Email", "ContactForm"):
        conv.subject = req(body, "subject")
        req(body, "emailIntegrationId")
    if kind == "Chat":
        req(body, "widgetId")
    if kind in ("Callback", "Sms"):
        req(body, "contactEndpointId")
    if kind == "Callback":
        conv.direction = one_of(body.get("direction"), ("Inbound", "Outbound"))
        conv.queue_id = req(body, "queueId")
        if conv.queue_id not in store.queues:
            raise not_found()
    else:
        first = _message_input(store, obj(body.get("message")), requester)
        conv.direction = first[1]
    store.add_conversation(conv)
    if first is not None:
        author, direction, text = first
        conv.body = text
        conv.messages.append(message(store, conv, author, direction, text, conv.created))
        conv.last_message = conv.created
    store.counts["conversations_created"] += 1
    store.log_activity(
        conv,
        "ConversationCreatedByCustomer"
        if conv.direction == "Inbound"
        else "ConversationCreatedByAgent",
        requester,
    )
    store.emit("ConversationCreated", conv)
    return json_response(201, {"data": {"id": conv.id}})


def _message_input(store: Store, body: JSON, requester: str) -> tuple[str, str, str]:
    """(author, direction, text) of a `CreateMessageInput`."""
    kind = one_of(body.get("_type"), ("Inbound", "Outbound"))
    if kind == "Inbound":
        return requester, "Inbound", _content(body.get("content"))
    author = _agent(store, body.get("agentId"))
    text = _content(body["content"]) if body.get("content") is not None else ""
    return author, "Outbound", text


async def get(call: Call) -> Response:
    return json_response(200, {"data": render(call.store, call.store.conversation(call.csid()))})


def _open(conv: Conversation) -> None:
    if conv.anonymized is not None:
        raise HTTPError(400, "Conversation is anonymized")


def _actor(call: Call, body: JSON, key: str = "userId") -> str | None:
    user: str | None = opt(body, key)
    if user is not None and user not in call.store.agents and user not in call.store.end_users:
        raise not_found()
    return user


def _maybe_body(call: Call) -> JSON:
    return obj(call.json()) if call.raw_body else {}


async def close(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    actor = _actor(call, _maybe_body(call))
    _open(conv)
    conv.state, conv.closed = "Closed", store.now()
    conv.state_updated = conv.closed
    store.log_activity(conv, "ConversationClosed", actor or conv.agent_id)
    store.emit("ConversationClosed", conv)
    return empty()


async def reopen(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    actor = _actor(call, _maybe_body(call))
    _open(conv)
    conv.state, conv.closed, conv.state_updated = "Open", None, store.now()
    store.log_activity(conv, "ConversationReopened", actor)
    store.emit("ConversationOpen", conv)
    return empty()


async def claim(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    body = obj(call.json())
    agent = _agent(store, body.get("agentId"))
    force = opt(body, "force", bool)
    _open(conv)
    if conv.agent_id and conv.agent_id != agent and not force:
        raise HTTPError(409, "Conversation is already assigned to another agent")
    conv.agent_id = agent
    store.log_activity(conv, "ConversationClaimed", agent)
    store.emit("ConversationAssigned", conv)
    return empty()


async def followup(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    body = obj(call.json())
    parse_ts(body.get("timestamp"))
    actor = _actor(call, body)
    _open(conv)
    conv.state, conv.state_updated = "Pending", store.now()
    store.log_activity(conv, "FollowupAdded", actor)
    store.emit("ConversationPending", conv)
    return empty()


async def transfer(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    body = obj(call.json())
    queue = req(body, "queueId")
    actor = _actor(call, body)
    if queue not in store.queues:
        raise not_found()
    _open(conv)
    conv.queue_id, conv.agent_id = queue, None
    store.log_activity(conv, "TransferSuccessful", actor)
    store.emit("ConversationTransferred", conv)
    return empty()


async def link(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    body = obj(call.json())
    link_type = one_of(body.get("linkType"), ("Related", "SideConversation"))
    parent_id = req(body, "parentId", int)
    parent = store.conversation(parent_id)
    if parent.id == conv.id or parent.link is not None:
        raise invalid("Invalid value in request")
    children = sum(
        1 for c in store.conversations.values() if c.link and c.link["parentId"] == parent.id
    )
    if children >= 100:  # Dixa: at most 100 linked children per parent (reference §9).
        raise invalid("Invalid value in request")
    conv.link = {
        "_type": "SideConversation" if link_type == "SideConversation" else "FollowUp",
        "parentId": parent.id,
    }
    store.log_activity(conv, "ConversationLinkedToParent", None)
    return empty()


async def linked(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    children = [
        render(store, c)
        for c in store.conversations.values()
        if c.link and c.link["parentId"] == conv.id
    ]
    return json_response(200, {"data": children})


async def set_custom_attributes(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    updates = attribute_patch(store, call.json(), "Conversation")
    values = dict(conv.attributes or {})
    values.update(updates)
    conv.attributes = {k: v for k, v in values.items() if v is not None}
    store.log_activity(conv, "ConversationCustomAttributesUpdated", None)
    store.emit("ConversationCustomAttributeUpdated", conv)
    return json_response(200, {"data": custom_attributes(store, conv.attributes)})


def attribute_patch(store: Store, raw: object, entity: str) -> dict[str, Any]:
    body = obj(raw)
    updates: dict[str, Any] = {}
    for attr_id, value in body.items():
        definition = store.attribute_defs.get(attr_id)
        if definition is None or definition["entityType"] != entity:
            raise invalid("Invalid value in request")
        if value is not None and not isinstance(value, str):
            value = strings(value)
        updates[attr_id] = value
    return updates


async def anonymize(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    force = call.flag("force")
    if conv.anonymized is not None:
        raise HTTPError(409, "Conversation is already anonymized")
    if force:  # `force` closes the conversation first (reference: Anonymization)
        close_for_anonymization(store, conv)
    conv.anonymized = store.now()
    return json_response(
        202, {"data": anonymization(store, "Conversation", str(conv.id), call.token)}
    )


def close_for_anonymization(store: Store, conv: Conversation) -> None:
    """Close `conv` now unless it is closed already (what anonymizing with `force` does)."""
    if conv.state != "Closed":
        conv.state, conv.closed = "Closed", store.now()
        conv.state_updated = conv.closed


def anonymization(store: Store, kind: str, target: str, _token: str) -> JSON:
    request_id = store.uuid()
    status = {
        "_type": kind,
        "id": request_id,
        "entityType": f"{kind}AnonymizationType",
        "initiatedAt": zoned(store.now()),
        "requestedBy": next(iter(store.agents), request_id),
        "targetEntityId": target,
    }
    store.anonymizations[request_id] = status
    return status


async def activity_log(call: Call) -> Response:
    store = call.store
    conv = store.conversations.get(call.csid())
    entries = store.activity_of(conv) if conv is not None else []
    return json_response(200, {"data": entries})


async def organization_activity_log(call: Call) -> Response:
    store = call.store
    start = parse_ts(call.query["fromDatetime"]) if "fromDatetime" in call.query else None
    end = parse_ts(call.query["toDatetime"]) if "toDatetime" in call.query else None
    offset, limit = page_window(call.query)
    # Every conversation's log, newest conversations first; seeded logs are rendered without
    # being kept, and only as far as this page (and one entry past it) needs.
    wanted = offset + limit + 1
    entries: list[JSON] = []
    for conv in sorted(store.conversations.values(), key=lambda c: c.created, reverse=True):
        if end is not None and conv.created > end:
            continue
        for entry in peek(conv, "activity", store.activity_of):
            at = parse_ts(entry["activityTimestamp"])
            if (start is None or at >= start) and (end is None or at <= end):
                entries.append(entry)
        if len(entries) >= wanted:
            break
    return json_response(200, paged(entries, "/v1/conversations/activitylog", call.query))


async def flows(call: Call) -> Response:
    channel = call.query.get("channel")
    data = [f for f in call.store.flows if channel is None or f["channel"] == channel]
    return json_response(200, {"data": data})


async def import_conversation(call: Call) -> Response:
    store = call.store
    body = obj(call.json())
    created = parse_ts(body.get("createdAt"))
    direction = one_of(body.get("direction"), ("Inbound", "Outbound"))
    req(body, "genericChannelName")
    requester = req(body, "requesterId")
    if requester not in store.end_users:
        raise not_found()
    conv = Conversation(
        id=store.next_csid,
        channel="Callback",
        requester_id=requester,
        created=created,
        direction=direction,
    )
    conv.messages, conv.notes, conv.ratings, conv.activity = [], [], [], []
    partial: list[JSON] = []
    for item in objects(body.get("messages") or []):
        text = item.get("content")
        value = text.get("value") if isinstance(text, dict) else None
        if not isinstance(value, str):
            partial.append({"message": "Message without text content was skipped"})
            continue
        raw_author = item.get("authorId")
        author = raw_author if isinstance(raw_author, str) else requester
        conv.messages.append(message(store, conv, author, "Inbound", value, created))
    if body.get("closing") is not None:
        conv.state, conv.closed = "Closed", created
    store.add_conversation(conv)
    store.counts["conversations_imported"] += 1
    out: JSON = {"id": conv.id}
    if partial:
        out["partialErrors"] = partial
    return json_response(201, {"data": out})


# ---- messages ---------------------------------------------------------------------------------


def render_message(stored: JSON) -> JSON:
    return {k: v for k, v in stored.items() if not k.startswith("_")}


async def list_messages(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    return json_response(200, {"data": [render_message(m) for m in store.messages_of(conv)]})


async def add_message(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    body = obj(call.json())
    author, direction, text = _message_input(store, body, conv.requester_id)
    external_id = opt(body, "externalId")
    _open(conv)
    now = store.now()
    stored = message(store, conv, author, direction, text, now)
    if external_id:
        stored["externalId"] = external_id
    store.messages_of(conv).append(stored)
    conv.last_message = now
    store.counts["messages_created"] += 1
    kind = "MessageAddedByCustomer" if direction == "Inbound" else "MessageAddedByAgent"
    store.log_activity(conv, kind, author)
    store.emit("ConversationMessageAdded", conv, {"message": stored})
    out: JSON = {
        "authorId": author,
        "content": {"_type": "Text", "value": text},
        "createdAt": iso_ms(now),
        "direction": direction,
        "messageId": stored["id"],
    }
    if external_id:
        out["externalId"] = external_id
    return json_response(200, {"data": out})


async def anonymize_message(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    message_id = call.params["messageId"]
    stored = next((m for m in store.messages_of(conv) if m["id"] == message_id), None)
    if stored is None:
        raise not_found()
    if stored.get("_anonymized"):
        raise HTTPError(409, "Message is already anonymized")
    stored["_anonymized"] = True
    stored["_text"] = ""
    attributes = stored["attributes"]
    if "content" in attributes:
        attributes["content"] = {"_type": "Text", "value": ""}
    return json_response(
        202, {"data": anonymization(store, "Message", f"{conv.id}_{message_id}", call.token)}
    )


# ---- internal notes ---------------------------------------------------------------------------


def _note(store: Store, conv: Conversation, body: JSON) -> JSON:
    text = req(body, "message")
    author = body.get("agentId")
    author = _agent(store, author) if author is not None else next(iter(store.agents))
    created = body.get("createdAt")
    at = parse_ts(created) if created is not None else store.now()
    note = {
        "id": store.uuid(),
        "authorId": author,
        "createdAt": zoned(at),
        "csid": conv.id,
        "message": text,
    }
    store.notes_of(conv).append(note)
    store.counts["notes_created"] += 1
    store.log_activity(conv, "NoteAdded", author)
    store.emit("ConversationNoteAdded", conv, {"note": note})
    return note


async def list_notes(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    return json_response(200, {"data": list(store.notes_of(conv))})


async def add_note(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    return json_response(200, {"data": _note(store, conv, obj(call.json()))})


async def add_notes(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    items = objects(obj(call.json()).get("data") or [])
    outcomes: list[JSON] = []
    for item in items:
        try:
            outcomes.append({"_type": "BulkActionSuccess", "data": _note(store, conv, item)})
        except HTTPError as exc:
            error = {"_type": "ErrorResponse", "message": exc.message}
            outcomes.append({"_type": "BulkActionFailure", "error": error})
    return json_response(200, {"data": outcomes})


# ---- ratings ----------------------------------------------------------------------------------


async def list_ratings(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    return json_response(200, {"data": list(store.ratings_of(conv))})


async def offer_rating(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    body = obj(call.json())
    rating_type = one_of(body.get("ratingType"), ("Csat", "Nps", "ThumbsUpOrDown"))
    agent = body.get("agentId")
    agent = _agent(store, agent) if agent is not None else conv.agent_id or next(iter(store.agents))
    user = opt(body, "userId") or conv.requester_id
    offered = parse_ts(body["offeredAt"]) if body.get("offeredAt") is not None else store.now()
    rating_id = store.uuid()
    store.ratings_of(conv).append(
        {
            "id": rating_id,
            "agentId": agent,
            "userId": user,
            "conversationChannel": conv.channel,
            "ratingType": rating_type,
            "ratingStatus": "Offered",
            "timestamps": {"offered": iso_s(offered)},
        }
    )
    store.log_activity(conv, "ConversationRatingOffered", agent)
    offer = {
        "id": rating_id,
        "agentId": agent,
        "userId": user,
        "ratingType": rating_type,
        "offeredAt": iso_s(offered),
    }
    return json_response(201, {"data": offer})


async def submit_rating(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    rating = next((r for r in store.ratings_of(conv) if r["id"] == call.params["ratingId"]), None)
    if rating is None:
        raise not_found()
    body = obj(call.json())
    result = obj(body.get("ratingResult"))
    one_of(result.get("_type"), ("Csat", "Nps", "ThumbsUpOrDown"))
    score = req(result, "value", int)
    comment = opt(body, "comment")
    submitted = (
        parse_ts(body["submittedAt"]) if body.get("submittedAt") is not None else store.now()
    )
    rating.update(ratingStatus="Rated", ratingScore=score)
    rating["timestamps"] = {**rating["timestamps"], "rated": iso_s(submitted)}
    if comment:
        rating["ratingComment"] = comment
    store.log_activity(conv, "ConversationRated", rating["userId"])
    store.emit("ConversationRated", conv, {"rating": rating})
    out: JSON = {
        "ratingId": rating["id"],
        "ratingResult": {"_type": result["_type"], "value": score},
        "submittedAt": iso_s(submitted),
        "userId": rating["userId"],
    }
    if comment:
        out["comment"] = comment
    return json_response(201, {"data": out})


# ---- tags on conversations --------------------------------------------------------------------


async def list_tags(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    return json_response(200, {"data": [store.tags[t] for t in conv.tags if t in store.tags]})


def _tag(store: Store, conv: Conversation, tag_id: str) -> None:
    if tag_id in conv.tags:
        return  # tagging is idempotent in Dixa: a second PUT changes nothing
    conv.tags.append(tag_id)
    store.counts["tags_added"] += 1
    store.log_activity(conv, "TagAdded", None)
    store.emit("ConversationTagAdded", conv, {"tag": store.tags[tag_id]})


async def add_tag(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    tag_id = call.known(store.tags, "tagId")
    if store.tags[tag_id]["state"] != "Active":
        raise invalid("Tag is deactivated")
    _tag(store, conv, tag_id)
    return empty()


async def remove_tag(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    tag_id = call.known(store.tags, "tagId")
    if tag_id in conv.tags:
        conv.tags.remove(tag_id)
        store.counts["tags_removed"] += 1
        store.log_activity(conv, "TagRemoved", None)
        store.emit("ConversationTagRemoved", conv, {"tag": store.tags[tag_id]})
    return empty()


async def bulk_tag(call: Call) -> Response:
    store = call.store
    conv = store.conversation(call.csid())
    names = [req(item, "name") for item in objects(obj(call.json()).get("data") or [])]
    for name in names:  # unknown names are created, as Dixa does (reference §9)
        _tag(store, conv, tag_by_name(store, name)["id"])
    return empty(202)


async def anonymize_entity(call: Call) -> Response:
    """`POST /v1/anonymization`: anonymise a conversation, message or user by id."""
    store = call.store
    body = obj(call.json())
    entity_id = req(body, "entityId")
    kind = body.get("_type")
    if kind is None:
        legacy = body.get("entityType")
        kinds = {
            "ConversationAnonymizationType": "Conversation",
            "MessageAnonymizationType": "Message",
            "UserAnonymizationType": "User",
        }
        kind = kinds.get(legacy) if isinstance(legacy, str) else None
    kind = one_of(kind, ("Conversation", "Message", "User"))
    if kind == "User":
        user = store.end_users.get(entity_id)
        if user is None:
            raise not_found()
    elif kind == "Conversation":
        if not entity_id.isdigit():
            raise invalid("Invalid value in request")
        conv = store.conversation(int(entity_id))
        conv.anonymized = conv.anonymized or store.now()
    else:
        csid, _, message_id = entity_id.partition("_")
        if not csid.isdigit():
            raise invalid("Invalid value in request")
        conv = store.conversation(int(csid))
        if not any(m["id"] == message_id for m in store.messages_of(conv)):
            raise not_found()
    return json_response(200, {"data": anonymization(store, kind, entity_id, call.token)})
