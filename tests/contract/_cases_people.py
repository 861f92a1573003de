"""Contract cases: `agents`, `end_users` and `teams`."""

from __future__ import annotations

from _contract import Contract, case, returned
from _seeded import agent_in_team, team_with_members, user_with_conversations

from dixa_async import OperationNotAllowedError
from dixa_async.models import (
    Agent,
    BulkActionFailureBulkErrorAgent,
    BulkActionFailureBulkErrorEndUser,
    BulkActionSuccessBulkErrorAgent,
    BulkActionSuccessBulkErrorEndUser,
    BulkPatchAgentInput,
    BulkPatchEndUserInput,
    BulkUpdateAgentInput,
    BulkUpdateEndUserInput,
    BulkUpdateEndUsersInput,
    CreateAgentInput,
    CreateEndUserInput,
    CreateTeamInput,
    DeleteAgentsFromTeamInput,
    EndUser,
    Team,
    Team1,
    TeamMember,
    UpdateAgentInput,
    UpdateAgentPresenceChannelInputChannel,
    UserPresence,
)
from dixa_async.types import UNSET

# ---- agents -----------------------------------------------------------------------------------


@case("agents.bulk_create")
async def _agents_bulk_create(t: Contract) -> None:
    taken = next(iter(t.store.agents.values()))["email"]
    outcomes = await t.dixa.agents.bulk_create(
        data=[
            CreateAgentInput(display_name="Nora Quist", email="nora.quist@acme.example"),
            CreateAgentInput(display_name="Twin", email=taken),
        ]
    )
    t.sent(
        "POST",
        "/v1/agents/bulk",
        json={
            "data": [
                {"displayName": "Nora Quist", "email": "nora.quist@acme.example"},
                {"displayName": "Twin", "email": taken},
            ]
        },
    )
    created, refused = outcomes
    assert isinstance(created, BulkActionSuccessBulkErrorAgent)
    assert isinstance(created.data, Agent)
    assert created.data.email == "nora.quist@acme.example"
    assert created.data.id in t.store.agents
    assert isinstance(refused, BulkActionFailureBulkErrorAgent)


@case("agents.bulk_patch")
async def _agents_bulk_patch(t: Contract) -> None:
    agent_id = next(iter(t.store.agents))
    outcomes = await t.dixa.agents.bulk_patch(
        body=[
            BulkPatchAgentInput(id=agent_id, last_name="Quist"),
            BulkPatchAgentInput(id="00000000-0000-4000-8000-000000000000", first_name="Nobody"),
        ]
    )
    t.sent(
        "PATCH",
        "/v1/agents",
        json=[
            {"id": agent_id, "lastName": "Quist"},
            {"id": "00000000-0000-4000-8000-000000000000", "firstName": "Nobody"},
        ],
    )
    patched, missing = outcomes
    assert isinstance(patched, BulkActionSuccessBulkErrorAgent)
    assert isinstance(patched.data, Agent)
    assert (patched.data.id, patched.data.last_name) == (agent_id, "Quist")
    assert patched.data.display_name == t.store.agents[agent_id]["displayName"]
    assert isinstance(missing, BulkActionFailureBulkErrorAgent)


@case("agents.bulk_update")
async def _agents_bulk_update(t: Contract) -> None:
    agent_id = list(t.store.agents)[1]
    outcomes = await t.dixa.agents.bulk_update(
        body=[BulkUpdateAgentInput(id=agent_id, display_name="B. Dahl", phone_number="+4570999999")]
    )
    t.sent(
        "PUT",
        "/v1/agents",
        json=[{"id": agent_id, "displayName": "B. Dahl", "phoneNumber": "+4570999999"}],
    )
    (replaced,) = outcomes
    assert isinstance(replaced, BulkActionSuccessBulkErrorAgent)
    assert isinstance(replaced.data, Agent)
    assert replaced.data.id == agent_id
    assert (replaced.data.display_name, replaced.data.phone_number) == ("B. Dahl", "+4570999999")
    assert replaced.data.first_name is UNSET  # PUT replaces: fields not sent are cleared


@case("agents.create")
async def _agents_create(t: Contract) -> None:
    agent = await t.dixa.agents.create(
        display_name="Nora Quist", email="nora.quist@acme.example", phone_number="+4570123456"
    )
    t.sent(
        "POST",
        "/v1/agents",
        json={
            "displayName": "Nora Quist",
            "email": "nora.quist@acme.example",
            "phoneNumber": "+4570123456",
        },
        status=201,
    )
    assert isinstance(agent, Agent)
    assert agent.id in t.store.agents
    assert (agent.email, agent.phone_number) == ("nora.quist@acme.example", "+4570123456")
    full = await t.dixa.agents.create(
        display_name="Ola Berg",
        email="ola.berg@acme.example",
        additional_emails=["ola@berg.example"],
        additional_phone_numbers=["+4570000001"],
        avatar_url="https://cdn.example/ola.png",
        first_name="Ola",
        last_name="Berg",
        middle_names=["Kristian"],
        phone_number="+4570000002",
    )
    t.sent(
        "POST",
        "/v1/agents",
        json={
            "displayName": "Ola Berg",
            "email": "ola.berg@acme.example",
            "additionalEmails": ["ola@berg.example"],
            "additionalPhoneNumbers": ["+4570000001"],
            "avatarUrl": "https://cdn.example/ola.png",
            "firstName": "Ola",
            "lastName": "Berg",
            "middleNames": ["Kristian"],
            "phoneNumber": "+4570000002",
        },
        status=201,
    )
    assert (full.first_name, full.last_name, full.middle_names) == ("Ola", "Berg", ["Kristian"])
    assert (full.additional_emails, full.avatar_url) == (
        ["ola@berg.example"],
        "https://cdn.example/ola.png",
    )


@case("agents.delete")
async def _agents_delete(t: Contract) -> None:
    agent_id = list(t.store.agents)[2]
    try:
        await t.dixa.agents.delete(agent_id)
    except OperationNotAllowedError:
        pass
    else:
        raise AssertionError("agents.delete ran without confirm=True")
    assert not t.unclaimed()  # refused before anything was sent
    result = await returned(t.dixa.agents.delete(agent_id, confirm=True))
    t.sent("DELETE", f"/v1/agents/{agent_id}", status=204)
    assert result is None
    assert agent_id not in t.store.agents


@case("agents.get")
async def _agents_get(t: Contract) -> None:
    agent_id = list(t.store.agents)[3]
    agent = await t.dixa.agents.get(agent_id)
    t.sent("GET", f"/v1/agents/{agent_id}")
    assert isinstance(agent, Agent)
    assert agent.id == agent_id
    assert agent.email == t.store.agents[agent_id]["email"]


@case("agents.list")
async def _agents_list(t: Contract) -> None:
    first, second = list(t.store.agents.values())[4:6]
    by_email = [a async for a in t.dixa.agents.list(email=first["email"])]
    t.sent("GET", "/v1/agents", query={"email": first["email"]})
    assert [type(a) for a in by_email] == [Agent]
    assert by_email[0].id == first["id"]
    # A phone number starts with "+": it must arrive as "+", not as a space.
    by_phone = [a async for a in t.dixa.agents.list(phone=second["phoneNumber"])]
    t.sent("GET", "/v1/agents", query={"phone": second["phoneNumber"]})
    assert [a.id for a in by_phone] == [second["id"]]
    pages = [p async for p in t.dixa.agents.list(page_size=20).pages()]
    t.sent("GET", "/v1/agents", query={"pageLimit": "20"})
    assert pages[0].next_cursor is not None
    t.sent("GET", "/v1/agents", query={"pageLimit": "20", "pageKey": pages[0].next_cursor})
    assert [a.id for p in pages for a in p.items] == list(t.store.agents)
    resumed = [a async for a in t.dixa.agents.list(page_size=20, page_key=pages[0].next_cursor)]
    t.sent("GET", "/v1/agents", query={"pageLimit": "20", "pageKey": pages[0].next_cursor})
    assert [a.id for a in resumed] == list(t.store.agents)[20:]


@case("agents.list_presence")
async def _agents_list_presence(t: Contract) -> None:
    presences = await t.dixa.agents.list_presence()
    t.sent("GET", "/v1/agents/presence")
    assert all(isinstance(p, UserPresence) for p in presences)
    assert [p.user_id for p in presences] == list(t.store.agents)


@case("agents.patch")
async def _agents_patch(t: Contract) -> None:
    agent_id = list(t.store.agents)[6]
    before = dict(t.store.agents[agent_id])
    agent = await t.dixa.agents.patch(agent_id, last_name="Quist", middle_names=["Maria"])
    t.sent(
        "PATCH",
        f"/v1/agents/{agent_id}",
        json={"lastName": "Quist", "middleNames": ["Maria"]},
    )
    assert isinstance(agent, Agent)
    assert (agent.id, agent.last_name, agent.middle_names) == (agent_id, "Quist", ["Maria"])
    assert agent.first_name == before["firstName"]  # PATCH keeps what it does not name
    full = await t.dixa.agents.patch(
        agent_id,
        additional_emails=["a@b.example"],
        additional_phone_numbers=["+4570000003"],
        avatar_url="https://cdn.example/a.png",
        display_name="A. Quist",
        first_name="Anna",
        last_name="Quist",
        middle_names=[],
        phone_number="+4570000004",
    )
    t.sent(
        "PATCH",
        f"/v1/agents/{agent_id}",
        json={
            "additionalEmails": ["a@b.example"],
            "additionalPhoneNumbers": ["+4570000003"],
            "avatarUrl": "https://cdn.example/a.png",
            "displayName": "A. Quist",
            "firstName": "Anna",
            "lastName": "Quist",
            "middleNames": [],
            "phoneNumber": "+4570000004",
        },
    )
    assert (full.display_name, full.first_name, full.phone_number) == (
        "A. Quist",
        "Anna",
        "+4570000004",
    )


@case("agents.presence")
async def _agents_presence(t: Contract) -> None:
    agent_id = list(t.store.agents)[7]
    presence = await t.dixa.agents.presence(agent_id)
    t.sent("GET", f"/v1/agents/{agent_id}/presence")
    assert isinstance(presence, UserPresence)
    assert presence.user_id == agent_id


@case("agents.set_working_channel")
async def _agents_set_working_channel(t: Contract) -> None:
    agent_id = next(a for a, p in t.store.presence.items() if not p["activeChannels"])
    result = await returned(
        t.dixa.agents.set_working_channel(
            agent_id, channel=UpdateAgentPresenceChannelInputChannel("Speak"), working=True
        )
    )
    t.sent(
        "PUT",
        f"/v1/agents/{agent_id}/presence/working-channel",
        json={"channel": "Speak", "working": True},
        status=204,
    )
    assert result is None
    assert t.store.presence[agent_id]["activeChannels"] == ["PstnPhone"]


@case("agents.teams")
async def _agents_teams(t: Contract) -> None:
    agent_id = agent_in_team(t.store)
    teams = await t.dixa.agents.teams(agent_id)
    t.sent("GET", f"/v1/agents/{agent_id}/teams")
    assert all(isinstance(team, Team) for team in teams)
    expected = [team for team, members in t.store.team_members.items() if agent_id in members]
    assert [team.id for team in teams] == expected


@case("agents.update")
async def _agents_update(t: Contract) -> None:
    agent_id = list(t.store.agents)[8]
    agent = await t.dixa.agents.update(
        agent_id, body=UpdateAgentInput(display_name="Hugo H.", first_name="Hugo")
    )
    t.sent(
        "PUT",
        f"/v1/agents/{agent_id}",
        json={"displayName": "Hugo H.", "firstName": "Hugo"},
    )
    assert isinstance(agent, Agent)
    assert (agent.id, agent.display_name, agent.first_name) == (agent_id, "Hugo H.", "Hugo")
    assert agent.last_name is UNSET
    full = await t.dixa.agents.update(
        agent_id,
        display_name="Hugo Holm",
        additional_emails=["hugo@holm.example"],
        additional_phone_numbers=["+4570000005"],
        avatar_url="https://cdn.example/hugo.png",
        first_name="Hugo",
        last_name="Holm",
        middle_names=["Erik"],
        phone_number="+4570000006",
    )
    t.sent(
        "PUT",
        f"/v1/agents/{agent_id}",
        json={
            "displayName": "Hugo Holm",
            "additionalEmails": ["hugo@holm.example"],
            "additionalPhoneNumbers": ["+4570000005"],
            "avatarUrl": "https://cdn.example/hugo.png",
            "firstName": "Hugo",
            "lastName": "Holm",
            "middleNames": ["Erik"],
            "phoneNumber": "+4570000006",
        },
    )
    assert (full.last_name, full.middle_names) == ("Holm", ["Erik"])


# ---- end users --------------------------------------------------------------------------------

# Every profile field of an end user, as sent and as Dixa stores it.
FULL_USER = {
    "additionalEmails": ["ola@nordmann.example"],
    "additionalPhoneNumbers": ["+4790000001"],
    "avatarUrl": "https://cdn.example/ola.png",
    "displayName": "Ola Nordmann",
    "email": "ola.n@customer.example",
    "externalId": "crm-778",
    "firstName": "Ola",
    "lastName": "Nordmann",
    "middleNames": ["Johan"],
    "phoneNumber": "+4790000002",
}


def _profile(user: EndUser) -> dict[str, object]:
    """The profile fields of `user` in wire form (what FULL_USER holds)."""
    wire = user.to_dict()
    return {key: wire[key] for key in FULL_USER if key in wire}


@case("end_users.bulk_create")
async def _end_users_bulk_create(t: Contract) -> None:
    outcomes = await t.dixa.end_users.bulk_create(
        data=[
            CreateEndUserInput(display_name="Ola Nordmann", email="ola@customer.example"),
            CreateEndUserInput(display_name="Kari Nordmann", phone_number="+4791234567"),
        ]
    )
    t.sent(
        "POST",
        "/v1/endusers/bulk",
        json={
            "data": [
                {"displayName": "Ola Nordmann", "email": "ola@customer.example"},
                {"displayName": "Kari Nordmann", "phoneNumber": "+4791234567"},
            ]
        },
        status=201,
    )
    assert all(isinstance(o, BulkActionSuccessBulkErrorEndUser) for o in outcomes)
    users = [o.data for o in outcomes if isinstance(o, BulkActionSuccessBulkErrorEndUser)]
    assert all(isinstance(u, EndUser) and u.id in t.store.end_users for u in users)
    assert [u.display_name for u in users] == ["Ola Nordmann", "Kari Nordmann"]


@case("end_users.bulk_patch")
async def _end_users_bulk_patch(t: Contract) -> None:
    user_id = next(iter(t.store.end_users))
    missing = "00000000-0000-4000-8000-000000000001"
    outcomes = await t.dixa.end_users.bulk_patch(
        data=[
            BulkPatchEndUserInput(id=user_id, external_id="crm-900"),
            BulkPatchEndUserInput(id=missing, external_id="crm-901"),
        ]
    )
    t.sent(
        "PATCH",
        "/v1/endusers",
        json={
            "data": [
                {"id": user_id, "externalId": "crm-900"},
                {"id": missing, "externalId": "crm-901"},
            ]
        },
    )
    patched, failed = outcomes
    assert isinstance(patched, BulkActionSuccessBulkErrorEndUser)
    assert isinstance(patched.data, EndUser)
    assert (patched.data.id, patched.data.external_id) == (user_id, "crm-900")
    assert isinstance(failed, BulkActionFailureBulkErrorEndUser)


@case("end_users.bulk_update")
async def _end_users_bulk_update(t: Contract) -> None:
    user_id = list(t.store.end_users)[1]
    outcomes = await t.dixa.end_users.bulk_update(
        body=BulkUpdateEndUsersInput(
            data=[BulkUpdateEndUserInput(id=user_id, display_name="E. Berg", email="e@b.example")]
        )
    )
    t.sent(
        "PUT",
        "/v1/endusers",
        json={"data": [{"id": user_id, "displayName": "E. Berg", "email": "e@b.example"}]},
    )
    (replaced,) = outcomes
    assert isinstance(replaced, BulkActionSuccessBulkErrorEndUser)
    assert isinstance(replaced.data, EndUser)
    assert (replaced.data.id, replaced.data.email) == (user_id, "e@b.example")
    assert replaced.data.first_name is UNSET
    again = await t.dixa.end_users.bulk_update(
        data=[BulkUpdateEndUserInput(id=user_id, display_name="Erik Berg")]
    )
    t.sent("PUT", "/v1/endusers", json={"data": [{"id": user_id, "displayName": "Erik Berg"}]})
    assert isinstance(again[0], BulkActionSuccessBulkErrorEndUser)
    assert again[0].data.email is UNSET


@case("end_users.conversations")
async def _end_users_conversations(t: Contract) -> None:
    user_id = user_with_conversations(t.store, at_least=2)
    conversations = [c async for c in t.dixa.end_users.conversations(user_id, page_size=1)]
    t.sent("GET", f"/v1/endusers/{user_id}/conversations", query={"pageLimit": "1"})
    expected = t.store.by_requester[user_id]
    for _ in expected[1:]:
        t.sent(
            "GET",
            f"/v1/endusers/{user_id}/conversations",
            query={"pageLimit": "1", "pageKey": ...},
        )
    assert [c.id for c in conversations] == expected
    assert all(c.requester_id == user_id for c in conversations)
    pages = t.dixa.end_users.conversations(user_id, page_size=1, max_items=1).pages()
    (first,) = [p async for p in pages]
    t.sent("GET", f"/v1/endusers/{user_id}/conversations", query={"pageLimit": "1"})
    assert first.next_cursor is not None
    resumed = [
        c
        async for c in t.dixa.end_users.conversations(
            user_id, page_size=1, page_key=first.next_cursor, max_items=1
        )
    ]
    t.sent(
        "GET",
        f"/v1/endusers/{user_id}/conversations",
        query={"pageLimit": "1", "pageKey": first.next_cursor},
    )
    assert [c.id for c in resumed] == expected[1:2]


@case("end_users.create")
async def _end_users_create(t: Contract) -> None:
    user = await t.dixa.end_users.create(
        display_name="Ola Nordmann", email="ola@customer.example", external_id="crm-777"
    )
    t.sent(
        "POST",
        "/v1/endusers",
        json={
            "displayName": "Ola Nordmann",
            "email": "ola@customer.example",
            "externalId": "crm-777",
        },
        status=201,
    )
    assert isinstance(user, EndUser)
    assert user.id in t.store.end_users
    assert (user.email, user.external_id) == ("ola@customer.example", "crm-777")
    full = await t.dixa.end_users.create(
        additional_emails=["ola@nordmann.example"],
        additional_phone_numbers=["+4790000001"],
        avatar_url="https://cdn.example/ola.png",
        display_name="Ola Nordmann",
        email="ola.n@customer.example",
        external_id="crm-778",
        first_name="Ola",
        last_name="Nordmann",
        middle_names=["Johan"],
        phone_number="+4790000002",
    )
    t.sent("POST", "/v1/endusers", json=FULL_USER, status=201)
    assert _profile(full) == FULL_USER


@case("end_users.get")
async def _end_users_get(t: Contract) -> None:
    user_id = list(t.store.end_users)[2]
    user = await t.dixa.end_users.get(user_id)
    t.sent("GET", f"/v1/endusers/{user_id}")
    assert isinstance(user, EndUser)
    assert (user.id, user.email) == (user_id, t.store.end_users[user_id]["email"])


@case("end_users.list")
async def _end_users_list(t: Contract) -> None:
    users = list(t.store.end_users.values())
    with_phone = next(u for u in users[1:] if "phoneNumber" in u)
    with_external = next(u for u in users[1:] if "externalId" in u and u is not with_phone)
    by_email = [u async for u in t.dixa.end_users.list(email=users[0]["email"])]
    t.sent("GET", "/v1/endusers", query={"email": users[0]["email"]})
    assert [type(u) for u in by_email] == [EndUser]
    assert by_email[0].id == users[0]["id"]
    by_phone = [u async for u in t.dixa.end_users.list(phone=with_phone["phoneNumber"])]
    t.sent("GET", "/v1/endusers", query={"phone": with_phone["phoneNumber"]})
    assert [u.id for u in by_phone] == [with_phone["id"]]
    by_external = [u async for u in t.dixa.end_users.list(external_id=with_external["externalId"])]
    t.sent("GET", "/v1/endusers", query={"externalId": with_external["externalId"]})
    assert [u.id for u in by_external] == [with_external["id"]]
    first_page = [u async for u in t.dixa.end_users.list(page_size=30, max_items=30)]
    t.sent("GET", "/v1/endusers", query={"pageLimit": "30"})
    assert [u.id for u in first_page] == [u["id"] for u in users[:30]]
    pages = [p async for p in t.dixa.end_users.list(page_size=30).pages()]
    t.sent("GET", "/v1/endusers", query={"pageLimit": "30"})
    assert pages[0].next_cursor is not None
    t.sent("GET", "/v1/endusers", query={"pageLimit": "30", "pageKey": pages[0].next_cursor})
    resumed = [u async for u in t.dixa.end_users.list(page_key=pages[0].next_cursor)]
    t.sent("GET", "/v1/endusers", query={"pageKey": pages[0].next_cursor})
    assert [u.id for u in resumed] == [u["id"] for u in users[30:]]


@case("end_users.patch")
async def _end_users_patch(t: Contract) -> None:
    user_id = list(t.store.end_users)[3]
    before = dict(t.store.end_users[user_id])
    user = await t.dixa.end_users.patch(user_id, email="new@customer.example")
    t.sent("PATCH", f"/v1/endusers/{user_id}", json={"email": "new@customer.example"})
    assert isinstance(user, EndUser)
    assert (user.id, user.email) == (user_id, "new@customer.example")
    assert user.display_name == before["displayName"]
    full = await t.dixa.end_users.patch(
        user_id,
        additional_emails=["ola@nordmann.example"],
        additional_phone_numbers=["+4790000001"],
        avatar_url="https://cdn.example/ola.png",
        display_name="Ola Nordmann",
        email="ola.n@customer.example",
        external_id="crm-778",
        first_name="Ola",
        last_name="Nordmann",
        middle_names=["Johan"],
        phone_number="+4790000002",
    )
    t.sent("PATCH", f"/v1/endusers/{user_id}", json=FULL_USER)
    assert _profile(full) == FULL_USER


@case("end_users.update")
async def _end_users_update(t: Contract) -> None:
    user_id = list(t.store.end_users)[4]
    user = await t.dixa.end_users.update(
        user_id, display_name="Emma Holm", email="emma.holm@customer.example"
    )
    t.sent(
        "PUT",
        f"/v1/endusers/{user_id}",
        json={"displayName": "Emma Holm", "email": "emma.holm@customer.example"},
    )
    assert isinstance(user, EndUser)
    assert (user.id, user.display_name) == (user_id, "Emma Holm")
    assert user.first_name is UNSET
    full = await t.dixa.end_users.update(
        user_id,
        additional_emails=["ola@nordmann.example"],
        additional_phone_numbers=["+4790000001"],
        avatar_url="https://cdn.example/ola.png",
        display_name="Ola Nordmann",
        email="ola.n@customer.example",
        external_id="crm-778",
        first_name="Ola",
        last_name="Nordmann",
        middle_names=["Johan"],
        phone_number="+4790000002",
    )
    t.sent("PUT", f"/v1/endusers/{user_id}", json=FULL_USER)
    assert _profile(full) == FULL_USER


# ---- teams ------------------------------------------------------------------------------------


@case("teams.add_members")
async def _teams_add_members(t: Contract) -> None:
    team_id = next(iter(t.store.teams))
    newcomers = [a for a in t.store.agents if a not in t.store.team_members[team_id]][:2]
    result = await returned(t.dixa.teams.add_members(team_id, agent_ids=newcomers))
    t.sent("PATCH", f"/v1/teams/{team_id}/agents", json={"agentIds": newcomers})
    assert result is None
    assert t.store.team_members[team_id][-2:] == newcomers


@case("teams.create")
async def _teams_create(t: Contract) -> None:
    team = await t.dixa.teams.create(body=CreateTeamInput(name="Escalations"))
    t.sent("POST", "/v1/teams", json={"name": "Escalations"}, status=201)
    assert isinstance(team, Team1)
    assert team.name == "Escalations"
    assert t.store.teams[team.id]["name"] == "Escalations"
    other = await t.dixa.teams.create(name="Night shift")
    t.sent("POST", "/v1/teams", json={"name": "Night shift"}, status=201)
    assert (other.name, other.id in t.store.teams) == ("Night shift", True)


@case("teams.delete")
async def _teams_delete(t: Contract) -> None:
    team_id = list(t.store.teams)[-1]
    result = await returned(t.dixa.teams.delete(team_id, confirm=True))
    t.sent("DELETE", f"/v1/teams/{team_id}", status=204)
    assert result is None
    assert team_id not in t.store.teams


@case("teams.get")
async def _teams_get(t: Contract) -> None:
    team_id = list(t.store.teams)[1]
    team = await t.dixa.teams.get(team_id)
    t.sent("GET", f"/v1/teams/{team_id}")
    assert isinstance(team, Team1)
    assert (team.id, team.name) == (team_id, t.store.teams[team_id]["name"])


@case("teams.list")
async def _teams_list(t: Contract) -> None:
    teams = await t.dixa.teams.list()
    t.sent("GET", "/v1/teams")
    assert all(isinstance(team, Team1) for team in teams)
    assert [team.id for team in teams] == list(t.store.teams)


@case("teams.list_members")
async def _teams_list_members(t: Contract) -> None:
    team_id = team_with_members(t.store)
    members = await t.dixa.teams.list_members(team_id)
    t.sent("GET", f"/v1/teams/{team_id}/agents")
    assert all(isinstance(m, TeamMember) for m in members)
    assert [m.id for m in members] == t.store.team_members[team_id]
    assert members[0].email == t.store.agents[members[0].id]["email"]


@case("teams.presence")
async def _teams_presence(t: Contract) -> None:
    team_id = team_with_members(t.store)
    members = t.store.team_members[team_id]
    presences = [p async for p in t.dixa.teams.presence(team_id, page_size=len(members) - 1)]
    t.sent("GET", f"/v1/teams/{team_id}/presence", query={"pageLimit": str(len(members) - 1)})
    t.sent(
        "GET",
        f"/v1/teams/{team_id}/presence",
        query={"pageLimit": str(len(members) - 1), "pageKey": ...},
    )
    assert all(isinstance(p, UserPresence) for p in presences)
    assert [p.user_id for p in presences] == members
    first = [p async for p in t.dixa.teams.presence(team_id, page_size=1, max_items=1).pages()]
    t.sent("GET", f"/v1/teams/{team_id}/presence", query={"pageLimit": "1"})
    key = first[0].next_cursor
    assert key is not None
    rest = [p async for p in t.dixa.teams.presence(team_id, page_key=key)]
    t.sent("GET", f"/v1/teams/{team_id}/presence", query={"pageKey": key})
    assert [p.user_id for p in rest] == members[1:]


@case("teams.remove_members")
async def _teams_remove_members(t: Contract) -> None:
    team_id = team_with_members(t.store)
    leaving = t.store.team_members[team_id][0]
    result = await returned(
        t.dixa.teams.remove_members(team_id, body=DeleteAgentsFromTeamInput(agent_ids=[leaving]))
    )
    t.sent("DELETE", f"/v1/teams/{team_id}/agents", json={"agentIds": [leaving]}, status=204)
    assert result is None
    assert leaving not in t.store.team_members[team_id]
    also = t.store.team_members[team_id][0]
    await t.dixa.teams.remove_members(team_id, agent_ids=[also])
    t.sent("DELETE", f"/v1/teams/{team_id}/agents", json={"agentIds": [also]}, status=204)
    assert also not in t.store.team_members[team_id]
