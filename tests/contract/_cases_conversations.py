"""Contract cases: `conversations`, `messages`, `internal_notes`, `ratings`, `tags`,
`custom_attributes` and `anonymization`."""

from __future__ import annotations

from datetime import UTC, datetime

from _contract import Contract, case, returned
from _seeded import attribute, conversation, inactive_tag, rated_conversation
from dixa_async.testing import Conversation

from dixa_async.models import (
    ActivityLogEntry,
    AnonymizationRequestStatus,
    AnonymizeEntityInputType,
    Assignment,
    BulkActionSuccessErrorResponseInternalNoteData,
    CloseConversationInput,
    Closing,
    ConversationFlow,
    ConversationRating,
    ConversationResponse,
    CreateInternalNoteInput,
    CreateMessageOutputData,
    Csat,
    CustomAttribute,
    CustomAttributeDefinition,
    DeprecatedAnonymizationType,
    Email,
    EmailConversation,
    GenericConversationImportDirection,
    GenericConversationImportRequesterConnectionStatus,
    GenericConversationImportType,
    GetConversationsFlowsChannel,
    ImportConversationResponse,
    Inbound,
    InboundImport,
    InternalNoteData,
    LinkConversationInputLinkType,
    MapUUIDOptionAttributeValue,
    Message,
    Outbound,
    RatingOffer,
    RatingResult,
    Tag,
    Text,
)


def _assigned_agent(conv: Conversation) -> str:
    assert conv.agent_id is not None
    return conv.agent_id


# ---- conversations ----------------------------------------------------------------------------


@case("conversations.activity_log")
async def _conversations_activity_log(t: Contract) -> None:
    conv = conversation(t.store, state="Closed", assigned=True)
    entries = await t.dixa.conversations.activity_log(conv.id)
    t.sent("GET", f"/v1/conversations/{conv.id}/activitylog")
    assert entries
    assert all(isinstance(e, ActivityLogEntry) for e in entries)
    assert {e.conversation_id for e in entries} == {conv.id}
    assert [e.id for e in entries] == [e["id"] for e in t.store.activity_of(conv)]


@case("conversations.claim")
async def _conversations_claim(t: Contract) -> None:
    conv = conversation(t.store, state="Open", assigned=False)
    agent_id = list(t.store.agents)[3]
    result = await returned(t.dixa.conversations.claim(conv.id, agent_id=agent_id))
    t.sent("PUT", f"/v1/conversations/{conv.id}/claim", json={"agentId": agent_id}, status=204)
    assert result is None
    assert conv.agent_id == agent_id
    other = list(t.store.agents)[4]
    await t.dixa.conversations.claim(conv.id, agent_id=other, force=True)
    t.sent(
        "PUT",
        f"/v1/conversations/{conv.id}/claim",
        json={"agentId": other, "force": True},
        status=204,
    )
    assert conv.agent_id == other


@case("conversations.close")
async def _conversations_close(t: Contract) -> None:
    first = conversation(t.store, state="Open")
    result = await returned(t.dixa.conversations.close(first.id))
    t.sent("PUT", f"/v1/conversations/{first.id}/close", status=204)  # no body at all
    assert result is None
    assert first.state == "Closed"
    second = conversation(t.store, state="Open")
    agent_id = next(iter(t.store.agents))
    await t.dixa.conversations.close(second.id, user_id=agent_id)
    t.sent("PUT", f"/v1/conversations/{second.id}/close", json={"userId": agent_id}, status=204)
    assert second.state == "Closed"
    third = conversation(t.store, state="Open")
    await t.dixa.conversations.close(third.id, body=CloseConversationInput(user_id=agent_id))
    t.sent("PUT", f"/v1/conversations/{third.id}/close", json={"userId": agent_id}, status=204)
    assert third.state == "Closed"


@case("conversations.create")
async def _conversations_create(t: Contract) -> None:
    user_id = next(iter(t.store.end_users))
    created = await t.dixa.conversations.create(
        body=Email(
            email_integration_id="support@acme.example",
            message=Inbound(content=Text(value="My parcel never arrived.")),
            requester_id=user_id,
            subject="Order 1234 missing",
        )
    )
    t.sent(
        "POST",
        "/v1/conversations",
        json={
            "_type": "Email",
            "emailIntegrationId": "support@acme.example",
            "message": {
                "_type": "Inbound",
                "content": {"_type": "Text", "value": "My parcel never arrived."},
            },
            "requesterId": user_id,
            "subject": "Order 1234 missing",
        },
        status=201,
    )
    assert isinstance(created, ConversationResponse)
    stored = t.store.conversations[created.id]
    assert (stored.channel, stored.requester_id, stored.subject) == (
        "Email",
        user_id,
        "Order 1234 missing",
    )


@case("conversations.flows")
async def _conversations_flows(t: Contract) -> None:
    flows = await t.dixa.conversations.flows(channel=GetConversationsFlowsChannel.EMAIL)
    t.sent("GET", "/v1/conversations/flows", query={"channel": "Email"})
    assert [type(f) for f in flows] == [ConversationFlow]
    assert flows[0].id == next(f["id"] for f in t.store.flows if f["channel"] == "Email")
    everything = await t.dixa.conversations.flows()
    t.sent("GET", "/v1/conversations/flows")
    assert [f.id for f in everything] == [f["id"] for f in t.store.flows]


@case("conversations.follow_up")
async def _conversations_follow_up(t: Contract) -> None:
    conv = conversation(t.store, state="Open")
    agent_id = next(iter(t.store.agents))
    result = await returned(
        t.dixa.conversations.follow_up(
            conv.id, timestamp=datetime(2030, 5, 6, 9, 30, tzinfo=UTC), user_id=agent_id
        )
    )
    t.sent(
        "PUT",
        f"/v1/conversations/{conv.id}/followup",
        json={"timestamp": "2030-05-06T09:30:00Z", "userId": agent_id},
        status=204,
    )
    assert result is None
    assert conv.state == "Pending"


@case("conversations.get")
async def _conversations_get(t: Contract) -> None:
    conv = conversation(t.store, channel="Email")
    found = await t.dixa.conversations.get(conv.id)
    t.sent("GET", f"/v1/conversations/{conv.id}")
    assert isinstance(found, EmailConversation)
    assert (found.id, found.requester_id) == (conv.id, conv.requester_id)


@case("conversations.import_conversation")
async def _conversations_import_conversation(t: Contract) -> None:
    user_id = list(t.store.end_users)[5]
    at = datetime(2023, 3, 1, 12, 0, tzinfo=UTC)
    imported = await t.dixa.conversations.import_conversation(
        created_at=at,
        direction=GenericConversationImportDirection.INBOUND,
        generic_channel_name="legacy-crm",
        requester_id=user_id,
        messages=[InboundImport(content=Text(value="Old ticket text"), created_at=at)],
    )
    t.sent(
        "POST",
        "/v1/conversations/import",
        json={
            "_type": "GenericConversationImport",
            "createdAt": "2023-03-01T12:00:00Z",
            "direction": "Inbound",
            "genericChannelName": "legacy-crm",
            "requesterId": user_id,
            "messages": [
                {
                    "_type": "InboundImport",
                    "content": {"_type": "Text", "value": "Old ticket text"},
                    "createdAt": "2023-03-01T12:00:00Z",
                }
            ],
        },
        status=201,
    )
    assert isinstance(imported, ImportConversationResponse)
    stored = t.store.conversations[imported.id]
    assert stored.requester_id == user_id
    assert [m["_text"] for m in t.store.messages_of(stored)] == ["Old ticket text"]
    agent_id = next(iter(t.store.agents))
    closed_at = datetime(2023, 3, 2, 8, 0, tzinfo=UTC)
    full = await t.dixa.conversations.import_conversation(
        created_at=at,
        direction=GenericConversationImportDirection.OUTBOUND,
        generic_channel_name="legacy-crm",
        requester_id=user_id,
        assignment=Assignment(agent_id=agent_id, assigned_at=at),
        attributes={"legacyPriority": "high"},
        closing=Closing(closed_at=closed_at, closed_by=agent_id),
        external_id="ticket-4711",
        messages=[],
        requester_connection_status=GenericConversationImportRequesterConnectionStatus.DISCONNECTED,
        type_=GenericConversationImportType.GENERICCONVERSATIONIMPORT,
    )
    t.sent(
        "POST",
        "/v1/conversations/import",
        json={
            "_type": "GenericConversationImport",
            "createdAt": "2023-03-01T12:00:00Z",
            "direction": "Outbound",
            "genericChannelName": "legacy-crm",
            "requesterId": user_id,
            "assignment": {"agentId": agent_id, "assignedAt": "2023-03-01T12:00:00Z"},
            "attributes": {"legacyPriority": "high"},
            "closing": {"closedAt": "2023-03-02T08:00:00Z", "closedBy": agent_id},
            "externalId": "ticket-4711",
            "messages": [],
            "requesterConnectionStatus": "Disconnected",
        },
        status=201,
    )
    assert t.store.conversations[full.id].state == "Closed"


@case("conversations.link")
async def _conversations_link(t: Contract) -> None:
    parent, child = list(t.store.conversations.values())[:2]
    result = await returned(
        t.dixa.conversations.link(
            child.id, link_type=LinkConversationInputLinkType.RELATED, parent_id=parent.id
        )
    )
    t.sent(
        "PUT",
        f"/v1/conversations/{child.id}/link",
        json={"linkType": "Related", "parentId": parent.id},
        status=204,
    )
    assert result is None
    assert child.link is not None
    assert child.link["parentId"] == parent.id


@case("conversations.linked")
async def _conversations_linked(t: Contract) -> None:
    parent, first, second = list(t.store.conversations.values())[:3]
    for child in (first, second):
        await t.dixa.conversations.link(
            child.id, link_type=LinkConversationInputLinkType.SIDECONVERSATION, parent_id=parent.id
        )
    t.begin()
    children = await t.dixa.conversations.linked(parent.id)
    t.sent("GET", f"/v1/conversations/{parent.id}/linked")
    assert [c.id for c in children] == [first.id, second.id]
    assert all(c.requester_id == t.store.conversations[c.id].requester_id for c in children)


@case("conversations.list_activity_log")
async def _conversations_list_activity_log(t: Contract) -> None:
    # Every conversation's log, newest conversation first (40 conversations: pages of 50).
    convs = sorted(t.store.conversations.values(), key=lambda c: c.created, reverse=True)
    window = {"fromDatetime": "2024-01-01T00:00:00Z", "toDatetime": "2024-12-31T23:59:59Z"}
    pages = [
        p
        async for p in t.dixa.conversations.list_activity_log(
            from_datetime=datetime(2024, 1, 1, tzinfo=UTC),
            to_datetime=datetime(2024, 12, 31, 23, 59, 59, tzinfo=UTC),
            page_size=50,
        ).pages()
    ]
    t.sent("GET", "/v1/conversations/activitylog", query={**window, "pageLimit": "50"})
    for page in pages[:-1]:
        assert page.next_cursor is not None
        t.sent(
            "GET",
            "/v1/conversations/activitylog",
            query={**window, "pageLimit": "50", "pageKey": page.next_cursor},
        )
    entries = [e for p in pages for e in p.items]
    assert all(isinstance(e, ActivityLogEntry) for e in entries)
    expected = [e["id"] for conv in convs for e in t.store.activity_of(conv)]
    assert len(pages) >= 2
    assert [e.id for e in entries] == expected
    key = pages[0].next_cursor
    assert key is not None
    later = [p async for p in t.dixa.conversations.list_activity_log(page_key=key).pages()]
    t.sent("GET", "/v1/conversations/activitylog", query={"pageKey": key})
    for page in later[:-1]:
        assert page.next_cursor is not None
        t.sent(
            "GET",
            "/v1/conversations/activitylog",
            query={"pageKey": page.next_cursor},
        )
    assert [e.id for p in later for e in p.items] == expected[50:]
    narrow = [
        e
        async for e in t.dixa.conversations.list_activity_log(
            from_datetime=datetime(2030, 1, 1, tzinfo=UTC)
        )
    ]
    t.sent("GET", "/v1/conversations/activitylog", query={"fromDatetime": "2030-01-01T00:00:00Z"})
    assert narrow == []


@case("conversations.reopen")
async def _conversations_reopen(t: Contract) -> None:
    conv = conversation(t.store, state="Closed")
    result = await returned(t.dixa.conversations.reopen(conv.id))
    t.sent("PUT", f"/v1/conversations/{conv.id}/reopen", status=204)
    assert result is None
    assert conv.state == "Open"
    other = conversation(t.store, state="Closed")
    user_id = other.requester_id
    await t.dixa.conversations.reopen(other.id, user_id=user_id)
    t.sent("PUT", f"/v1/conversations/{other.id}/reopen", json={"userId": user_id}, status=204)
    assert other.state == "Open"


@case("conversations.transfer")
async def _conversations_transfer(t: Contract) -> None:
    conv = conversation(t.store, state="Open", assigned=True)
    queue_id = next(q for q in t.store.queues if q != conv.queue_id)
    agent_id = _assigned_agent(conv)
    result = await returned(
        t.dixa.conversations.transfer(conv.id, queue_id=queue_id, user_id=agent_id)
    )
    t.sent(
        "PUT",
        f"/v1/conversations/{conv.id}/transfer/queue",
        json={"queueId": queue_id, "userId": agent_id},
        status=204,
    )
    assert result is None
    assert (conv.queue_id, conv.agent_id) == (queue_id, None)


# ---- messages ---------------------------------------------------------------------------------


@case("messages.anonymize")
async def _messages_anonymize(t: Contract) -> None:
    conv = conversation(t.store, assigned=True)
    message_id = t.store.messages_of(conv)[1]["id"]
    status = await t.dixa.messages.anonymize(conv.id, message_id, confirm=True)
    t.sent(
        "PATCH",
        f"/v1/conversations/{conv.id}/messages/{message_id}/anonymize",
        status=202,
    )
    assert isinstance(status, AnonymizationRequestStatus)
    assert status.target_entity_id == f"{conv.id}_{message_id}"
    assert t.store.messages_of(conv)[1]["_anonymized"] is True
    assert "_anonymized" not in t.store.messages_of(conv)[0]


@case("messages.create")
async def _messages_create(t: Contract) -> None:
    conv = conversation(t.store, state="Open", assigned=True)
    agent_id = _assigned_agent(conv)
    created = await t.dixa.messages.create(
        conv.id, body=Outbound(agent_id=agent_id, content=Text(value="It ships today."))
    )
    t.sent(
        "POST",
        f"/v1/conversations/{conv.id}/messages",
        json={
            "_type": "Outbound",
            "agentId": agent_id,
            "content": {"_type": "Text", "value": "It ships today."},
        },
    )
    assert isinstance(created, CreateMessageOutputData)
    assert (created.author_id, str(created.direction)) == (agent_id, "Outbound")
    assert created.message_id == t.store.messages_of(conv)[-1]["id"]


@case("messages.list")
async def _messages_list(t: Contract) -> None:
    conv = conversation(t.store, assigned=True)
    messages = await t.dixa.messages.list(conv.id)
    t.sent("GET", f"/v1/conversations/{conv.id}/messages")
    assert all(isinstance(m, Message) for m in messages)
    assert [m.id for m in messages] == [m["id"] for m in t.store.messages_of(conv)]
    assert messages[0].author_id == conv.requester_id


# ---- internal notes ---------------------------------------------------------------------------


@case("internal_notes.bulk_create")
async def _internal_notes_bulk_create(t: Contract) -> None:
    conv = conversation(t.store, state="Open")
    agent_id = next(iter(t.store.agents))
    outcomes = await t.dixa.internal_notes.bulk_create(
        conv.id,
        data=[
            CreateInternalNoteInput(message="Called the carrier."),
            CreateInternalNoteInput(message="Refund approved.", agent_id=agent_id),
        ],
    )
    t.sent(
        "POST",
        f"/v1/conversations/{conv.id}/notes/bulk",
        json={
            "data": [
                {"message": "Called the carrier."},
                {"message": "Refund approved.", "agentId": agent_id},
            ]
        },
    )
    assert all(isinstance(o, BulkActionSuccessErrorResponseInternalNoteData) for o in outcomes)
    notes = [
        o.data for o in outcomes if isinstance(o, BulkActionSuccessErrorResponseInternalNoteData)
    ]
    assert all(isinstance(n, InternalNoteData) and n.csid == conv.id for n in notes)
    assert [n.message for n in notes] == ["Called the carrier.", "Refund approved."]


@case("internal_notes.create")
async def _internal_notes_create(t: Contract) -> None:
    conv = conversation(t.store, state="Open")
    note = await t.dixa.internal_notes.create(conv.id, message="hi")
    t.sent("POST", f"/v1/conversations/{conv.id}/notes", json={"message": "hi"})
    assert isinstance(note, InternalNoteData)
    assert (note.csid, note.message) == (conv.id, "hi")
    agent_id = list(t.store.agents)[2]
    dated = await t.dixa.internal_notes.create(
        conv.id,
        message="Backdated",
        agent_id=agent_id,
        created_at=datetime(2024, 2, 1, 8, 0, tzinfo=UTC),
    )
    t.sent(
        "POST",
        f"/v1/conversations/{conv.id}/notes",
        json={"message": "Backdated", "agentId": agent_id, "createdAt": "2024-02-01T08:00:00Z"},
    )
    assert (dated.author_id, dated.created_at) == (agent_id, datetime(2024, 2, 1, 8, 0, tzinfo=UTC))
    assert [n["id"] for n in t.store.notes_of(conv)] == [note.id, dated.id]


@case("internal_notes.list")
async def _internal_notes_list(t: Contract) -> None:
    conv = next(c for c in t.store.conversations.values() if t.store.notes_of(c))
    notes = await t.dixa.internal_notes.list(conv.id)
    t.sent("GET", f"/v1/conversations/{conv.id}/notes")
    assert all(isinstance(n, InternalNoteData) for n in notes)
    assert [(n.id, n.csid) for n in notes] == [(n["id"], conv.id) for n in t.store.notes_of(conv)]


# ---- ratings ----------------------------------------------------------------------------------


@case("ratings.list")
async def _ratings_list(t: Contract) -> None:
    conv = rated_conversation(t.store)
    ratings = await t.dixa.ratings.list(conv.id)
    t.sent("GET", f"/v1/conversations/{conv.id}/ratings")
    assert all(isinstance(r, ConversationRating) for r in ratings)
    assert [r.id for r in ratings] == [r["id"] for r in t.store.ratings_of(conv)]


@case("ratings.list_legacy")
async def _ratings_list_legacy(t: Contract) -> None:
    conv = rated_conversation(t.store)
    ratings = await t.dixa.ratings.list_legacy(conv.id)
    t.sent("GET", f"/v1/conversations/{conv.id}/rating")
    assert all(isinstance(r, ConversationRating) for r in ratings)
    assert [r.id for r in ratings] == [r["id"] for r in t.store.ratings_of(conv)]


@case("ratings.offer")
async def _ratings_offer(t: Contract) -> None:
    conv = conversation(t.store, state="Closed", assigned=True)
    agent_id = _assigned_agent(conv)
    offer = await t.dixa.ratings.offer(conv.id, rating_type="Csat", agent_id=agent_id)
    t.sent(
        "POST",
        f"/v1/conversations/{conv.id}/ratings/offer",
        json={"ratingType": "Csat", "agentId": agent_id},
        status=201,
    )
    assert isinstance(offer, RatingOffer)
    assert (offer.agent_id, offer.user_id, offer.rating_type) == (
        agent_id,
        conv.requester_id,
        "Csat",
    )
    assert t.store.ratings_of(conv)[-1]["id"] == offer.id
    offered_at = datetime(2024, 6, 1, 10, 0, tzinfo=UTC)
    dated = await t.dixa.ratings.offer(
        conv.id, rating_type="Nps", offered_at=offered_at, user_id=conv.requester_id
    )
    t.sent(
        "POST",
        f"/v1/conversations/{conv.id}/ratings/offer",
        json={
            "ratingType": "Nps",
            "offeredAt": "2024-06-01T10:00:00Z",
            "userId": conv.requester_id,
        },
        status=201,
    )
    assert (dated.rating_type, dated.offered_at, dated.user_id) == (
        "Nps",
        offered_at,
        conv.requester_id,
    )


@case("ratings.submit")
async def _ratings_submit(t: Contract) -> None:
    conv = rated_conversation(t.store)
    rating_id = t.store.ratings_of(conv)[0]["id"]
    result = await t.dixa.ratings.submit(
        conv.id, rating_id, rating_result=Csat(value=5), comment="Quick and kind"
    )
    t.sent(
        "POST",
        f"/v1/conversations/{conv.id}/ratings/{rating_id}/submit",
        json={"ratingResult": {"_type": "Csat", "value": 5}, "comment": "Quick and kind"},
        status=201,
    )
    assert isinstance(result, RatingResult)
    assert (result.rating_id, result.comment) == (rating_id, "Quick and kind")
    assert isinstance(result.rating_result, Csat)
    assert result.rating_result.value == 5
    assert t.store.ratings_of(conv)[0]["ratingScore"] == 5
    submitted_at = datetime(2024, 6, 2, 11, 0, tzinfo=UTC)
    user_id = t.store.ratings_of(conv)[0]["userId"]
    again = await t.dixa.ratings.submit(
        conv.id,
        rating_id,
        rating_result=Csat(value=4),
        submitted_at=submitted_at,
        user_id=user_id,
    )
    t.sent(
        "POST",
        f"/v1/conversations/{conv.id}/ratings/{rating_id}/submit",
        json={
            "ratingResult": {"_type": "Csat", "value": 4},
            "submittedAt": "2024-06-02T11:00:00Z",
            "userId": user_id,
        },
        status=201,
    )
    assert (again.submitted_at, again.user_id) == (submitted_at, user_id)


# ---- tags -------------------------------------------------------------------------------------


@case("tags.activate")
async def _tags_activate(t: Contract) -> None:
    tag_id = inactive_tag(t.store)
    result = await returned(t.dixa.tags.activate(tag_id))
    t.sent("PATCH", f"/v1/tags/{tag_id}/activate", status=204)
    assert result is None
    assert t.store.tags[tag_id]["state"] == "Active"


@case("tags.bulk_tag")
async def _tags_bulk_tag(t: Contract) -> None:
    conv = conversation(t.store, state="Open")
    result = await returned(t.dixa.tags.bulk_tag(conv.id, names=["refund", "carrier-delay"]))
    t.sent(
        "POST",
        f"/v1/conversations/{conv.id}/tags/bulk",
        json={"data": [{"name": "refund"}, {"name": "carrier-delay"}]},
        status=202,
    )
    assert result is None
    assert [t.store.tags[tag]["name"] for tag in conv.tags][-2:] == ["refund", "carrier-delay"]


@case("tags.create")
async def _tags_create(t: Contract) -> None:
    tag = await t.dixa.tags.create(name="escalated", color="#ff7043")
    t.sent("POST", "/v1/tags", json={"name": "escalated", "color": "#ff7043"})
    assert isinstance(tag, Tag)
    assert (tag.name, tag.color) == ("escalated", "#ff7043")
    assert t.store.tags[tag.id]["name"] == "escalated"


@case("tags.deactivate")
async def _tags_deactivate(t: Contract) -> None:
    tag_id = next(iter(t.store.tags))
    result = await returned(t.dixa.tags.deactivate(tag_id))
    t.sent("PATCH", f"/v1/tags/{tag_id}/deactivate", status=204)
    assert result is None
    assert t.store.tags[tag_id]["state"] == "Inactive"


@case("tags.delete")
async def _tags_delete(t: Contract) -> None:
    tag_id = list(t.store.tags)[1]
    result = await returned(t.dixa.tags.delete(tag_id, confirm=True))
    t.sent("DELETE", f"/v1/tags/{tag_id}", status=204)
    assert result is None
    assert tag_id not in t.store.tags


@case("tags.get")
async def _tags_get(t: Contract) -> None:
    tag_id = list(t.store.tags)[2]
    tag = await t.dixa.tags.get(tag_id)
    t.sent("GET", f"/v1/tags/{tag_id}")
    assert isinstance(tag, Tag)
    assert (tag.id, tag.name) == (tag_id, t.store.tags[tag_id]["name"])


@case("tags.list")
async def _tags_list(t: Contract) -> None:
    active = await t.dixa.tags.list()
    t.sent("GET", "/v1/tags")
    assert all(isinstance(tag, Tag) for tag in active)
    assert inactive_tag(t.store) not in [tag.id for tag in active]
    everything = await t.dixa.tags.list(include_deactivated=True)
    t.sent("GET", "/v1/tags", query={"includeDeactivated": "true"})
    assert [tag.id for tag in everything] == list(t.store.tags)


@case("tags.list_for_conversation")
async def _tags_list_for_conversation(t: Contract) -> None:
    conv = next(c for c in t.store.conversations.values() if len(c.tags) >= 2)
    tags = await t.dixa.tags.list_for_conversation(conv.id)
    t.sent("GET", f"/v1/conversations/{conv.id}/tags")
    assert all(isinstance(tag, Tag) for tag in tags)
    assert [tag.id for tag in tags] == conv.tags


@case("tags.tag")
async def _tags_tag(t: Contract) -> None:
    conv = next(c for c in t.store.conversations.values() if not c.tags)
    tag_id = list(t.store.tags)[3]
    result = await returned(t.dixa.tags.tag(conv.id, tag_id))
    t.sent("PUT", f"/v1/conversations/{conv.id}/tags/{tag_id}", status=204)
    assert result is None
    assert conv.tags == [tag_id]


@case("tags.untag")
async def _tags_untag(t: Contract) -> None:
    conv = next(c for c in t.store.conversations.values() if len(c.tags) >= 2)
    removed, kept = conv.tags[:2]
    result = await returned(t.dixa.tags.untag(conv.id, removed))
    t.sent("DELETE", f"/v1/conversations/{conv.id}/tags/{removed}", status=204)
    assert result is None
    assert removed not in conv.tags
    assert kept in conv.tags


# ---- custom attributes ------------------------------------------------------------------------


@case("custom_attributes.get")
async def _custom_attributes_get(t: Contract) -> None:
    attr_id = attribute(t.store, "priority")
    definition = await t.dixa.custom_attributes.get(attr_id)
    t.sent("GET", f"/v1/custom-attributes/{attr_id}")
    assert isinstance(definition, CustomAttributeDefinition)
    assert (definition.id, definition.identifier) == (attr_id, "priority")


@case("custom_attributes.list")
async def _custom_attributes_list(t: Contract) -> None:
    definitions = await t.dixa.custom_attributes.list()
    t.sent("GET", "/v1/custom-attributes")
    assert all(isinstance(d, CustomAttributeDefinition) for d in definitions)
    assert [d.id for d in definitions] == list(t.store.attribute_defs)


@case("custom_attributes.patch_conversation")
async def _custom_attributes_patch_conversation(t: Contract) -> None:
    conv = conversation(t.store, state="Open")
    priority, order = attribute(t.store, "priority"), attribute(t.store, "order_number")
    result = await t.dixa.custom_attributes.patch_conversation(
        conv.id, body=MapUUIDOptionAttributeValue.from_dict({priority: ["high"], order: "10234"})
    )
    t.sent(
        "PATCH",
        f"/v1/conversations/{conv.id}/custom-attributes",
        json={priority: ["high"], order: "10234"},
    )
    assert all(isinstance(a, CustomAttribute) for a in result)
    assert {a.id: a.value for a in result} == {priority: ["high"], order: "10234"}
    assert conv.attributes == {priority: ["high"], order: "10234"}


@case("custom_attributes.patch_end_user")
async def _custom_attributes_patch_end_user(t: Contract) -> None:
    user_id = list(t.store.end_users)[1]
    tier = attribute(t.store, "customer_tier")
    result = await t.dixa.custom_attributes.patch_end_user(
        user_id, body=MapUUIDOptionAttributeValue.from_dict({tier: ["silver"]})
    )
    t.sent("PATCH", f"/v1/endusers/{user_id}/custom-attributes", json={tier: ["silver"]})
    assert [(type(a), a.id, a.value) for a in result] == [(CustomAttribute, tier, ["silver"])]
    assert t.store.end_users[user_id]["customAttributes"][0]["value"] == ["silver"]


# ---- anonymization ----------------------------------------------------------------------------


@case("anonymization.anonymize_conversation")
async def _anonymization_anonymize_conversation(t: Contract) -> None:
    closed = conversation(t.store, state="Closed")
    status = await t.dixa.anonymization.anonymize_conversation(closed.id, confirm=True)
    t.sent("PATCH", f"/v1/conversations/{closed.id}/anonymize", status=202)
    assert isinstance(status, AnonymizationRequestStatus)
    assert status.target_entity_id == str(closed.id)
    assert closed.anonymized is not None
    still_open = conversation(t.store, state="Open")
    forced = await t.dixa.anonymization.anonymize_conversation(
        still_open.id, force=True, confirm=True
    )
    t.sent(
        "PATCH",
        f"/v1/conversations/{still_open.id}/anonymize",
        query={"force": "true"},
        status=202,
    )
    assert forced.target_entity_id == str(still_open.id)
    assert (still_open.state, still_open.anonymized is not None) == ("Closed", True)


def _user_with_open_conversation(t: Contract, *, besides: str | None = None) -> str:
    return next(
        c.requester_id
        for c in t.store.conversations.values()
        if c.state == "Open" and c.requester_id != besides
    )


@case("anonymization.anonymize_end_user")
async def _anonymization_anonymize_end_user(t: Contract) -> None:
    user_id = _user_with_open_conversation(t)
    status = await t.dixa.anonymization.anonymize_end_user(user_id, confirm=True)
    t.sent("PATCH", f"/v1/endusers/{user_id}/anonymize", status=202)
    assert isinstance(status, AnonymizationRequestStatus)
    assert status.target_entity_id == user_id
    assert t.store.end_users[user_id]["displayName"] == "Anonymized user"
    assert "Open" in [t.store.conversations[c].state for c in t.store.by_requester[user_id]]
    other = _user_with_open_conversation(t, besides=user_id)
    forced = await t.dixa.anonymization.anonymize_end_user(other, force=True, confirm=True)
    t.sent("PATCH", f"/v1/endusers/{other}/anonymize", query={"force": "true"}, status=202)
    assert forced.target_entity_id == other
    assert {t.store.conversations[c].state for c in t.store.by_requester[other]} == {"Closed"}


@case("anonymization.request")
async def _anonymization_request(t: Contract) -> None:
    user_id = list(t.store.end_users)[7]
    status = await t.dixa.anonymization.request(
        entity_id=user_id, type_=AnonymizeEntityInputType.USER, confirm=True
    )
    t.sent("POST", "/v1/anonymization", json={"entityId": user_id, "_type": "User"})
    assert isinstance(status, AnonymizationRequestStatus)
    assert (status.target_entity_id, str(status.type_)) == (user_id, "User")
    conv = conversation(t.store, state="Closed")
    legacy = await t.dixa.anonymization.request(
        entity_id=str(conv.id),
        entity_type=DeprecatedAnonymizationType.CONVERSATIONANONYMIZATIONTYPE,
        force_anonymization=True,
        confirm=True,
    )
    t.sent(
        "POST",
        "/v1/anonymization",
        json={
            "entityId": str(conv.id),
            "entityType": "ConversationAnonymizationType",
            "forceAnonymization": True,
        },
    )
    assert (legacy.target_entity_id, str(legacy.type_)) == (str(conv.id), "Conversation")
    assert conv.anonymized is not None
