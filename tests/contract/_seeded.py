"""Look-ups of entities that exist in the fake's seeded organisation, for realistic arguments.

The seed is deterministic, but ids are looked up rather than hard-coded so that the cases
survive additions to the seed.
"""

from __future__ import annotations

from dixa_async.testing import Conversation, Store

__all__ = [
    "agent_in_team",
    "attribute",
    "conversation",
    "inactive_tag",
    "queue_with_members",
    "rated_conversation",
    "team_with_members",
    "user_with_conversations",
]


def agent_in_team(store: Store) -> str:
    """An agent that belongs to at least one team (but not to every team)."""
    for agent_id in store.agents:
        teams = [t for t, members in store.team_members.items() if agent_id in members]
        if 0 < len(teams) < len(store.teams):
            return agent_id
    raise LookupError("no agent in some but not all teams")


def team_with_members(store: Store) -> str:
    return next(t for t, members in store.team_members.items() if len(members) >= 2)


def queue_with_members(store: Store) -> str:
    return next(q for q, members in store.queue_members.items() if len(members) >= 2)


def user_with_conversations(store: Store, at_least: int = 1) -> str:
    return next(u for u, convs in store.by_requester.items() if len(convs) >= at_least)


def conversation(
    store: Store,
    *,
    state: str | None = None,
    channel: str | None = None,
    assigned: bool | None = None,
) -> Conversation:
    """A seeded, not anonymized conversation with the given traits."""
    for conv in store.conversations.values():
        if conv.anonymized is not None:
            continue
        if state is not None and conv.state != state:
            continue
        if channel is not None and conv.channel != channel:
            continue
        if assigned is not None and (conv.agent_id is not None) != assigned:
            continue
        return conv
    raise LookupError(f"no conversation with state={state} channel={channel} assigned={assigned}")


def rated_conversation(store: Store) -> Conversation:
    """A conversation whose seeded history includes a rating."""
    return next(c for c in store.conversations.values() if store.ratings_of(c))


def attribute(store: Store, identifier: str) -> str:
    """The id of the custom attribute definition with this identifier."""
    return next(k for k, v in store.attribute_defs.items() if v["identifier"] == identifier)


def inactive_tag(store: Store) -> str:
    return next(k for k, v in store.tags.items() if v["state"] != "Active")
