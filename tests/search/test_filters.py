"""The search builder produces exactly the documented request body."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from dixa_async.search import F, SearchQuery

from dixa_async.models.search_parameters_input import SearchParametersInput

UTC = dt.UTC
A = dt.datetime(2024, 1, 1, tzinfo=UTC)
B = dt.datetime(2024, 3, 1, 12, 30, tzinfo=UTC)


def body(search: SearchQuery) -> dict[str, Any]:
    return search.build().to_dict()


def field_of(search: SearchQuery) -> dict[str, Any]:
    conditions = body(search)["filters"]["conditions"]
    assert len(conditions) == 1
    field: dict[str, Any] = conditions[0]["field"]
    return field


def test_free_text_with_exact_match() -> None:
    assert body(SearchQuery("refund", exact_match=True)) == {
        "query": {"value": "refund", "exactMatch": True}
    }
    assert body(SearchQuery("refund")) == {"query": {"value": "refund"}}


@pytest.mark.parametrize(
    ("condition", "operator"),
    [
        (F.tags.includes_any(["t1", "t2"]), {"_type": "IncludesOne", "values": ["t1", "t2"]}),
        (F.tags.includes_all(["t1"]), {"_type": "IncludesAll", "values": ["t1"]}),
        (F.tags.includes_none(["t1"]), {"_type": "ExcludesAll", "values": ["t1"]}),
        (F.tags.excludes_one(["t1"]), {"_type": "ExcludesOne", "values": ["t1"]}),
        (F.tags.is_empty(), {"_type": "IsEmpty"}),
        (F.tags.is_not_empty(), {"_type": "IsNotEmpty"}),
    ],
)
def test_tag_operators(condition: Any, operator: dict[str, Any]) -> None:
    assert field_of(SearchQuery().where(condition)) == {"_type": "TagId", "operator": operator}


@pytest.mark.parametrize(
    ("name", "attr"),
    [
        ("CreationDate", F.created),
        ("ClosedDate", F.closed),
        ("AssignedDate", F.assigned),
        ("LastActivity", F.last_activity),
        ("LastMessage", F.last_message),
    ],
)
def test_timestamp_fields(name: str, attr: Any) -> None:
    assert field_of(SearchQuery().where(attr.between(A, B))) == {
        "_type": name,
        "operator": {
            "_type": "Between",
            "timestampFrom": "2024-01-01T00:00:00Z",
            "timestampTo": "2024-03-01T12:30:00Z",
        },
    }
    assert field_of(SearchQuery().where(attr.since(A)))["operator"] == {
        "_type": "Since",
        "timestamp": "2024-01-01T00:00:00Z",
    }
    assert field_of(SearchQuery().where(attr.until(B)))["operator"]["_type"] == "Until"


def test_timestamps_are_sent_in_utc_and_must_be_aware() -> None:
    cet = dt.timezone(dt.timedelta(hours=1))
    moment = dt.datetime(2024, 1, 1, 1, 0, tzinfo=cet)
    assert field_of(SearchQuery().where(F.created.since(moment)))["operator"]["timestamp"] == (
        "2024-01-01T00:00:00Z"
    )
    with pytest.raises(ValueError, match="timezone-aware"):
        F.created.since(dt.datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="before start"):
        F.created.between(B, A)


def test_duration() -> None:
    five_min = dt.timedelta(minutes=5)
    assert field_of(SearchQuery().where(F.duration.between(five_min, 600))) == {
        "_type": "Duration",
        "operator": {"_type": "Between", "min": 300, "max": 600},
    }
    assert field_of(SearchQuery().where(F.duration.at_least(five_min)))["operator"] == {
        "_type": "LongerThanOrEqualTo",
        "duration": 300,
    }
    assert field_of(SearchQuery().where(F.duration.at_most(60)))["operator"] == {
        "_type": "ShorterThanOrEqualTo",
        "duration": 60,
    }


def test_enumerated_fields_accept_any_case() -> None:
    assert field_of(SearchQuery().where(F.status.is_one_of(["Open", "pending"]))) == {  # type: ignore[list-item]
        "_type": "Status",
        "operator": {"_type": "IsOneOf", "values": ["open", "pending"]},
    }
    assert field_of(SearchQuery().where(F.channel.is_not_one_of(["email"]))) == {
        "_type": "Channel",
        "operator": {"_type": "IsNotOneOf", "values": ["email"]},
    }
    assert field_of(SearchQuery().where(F.direction.is_one_of(["inbound"])))["_type"] == "Direction"


def test_id_fields() -> None:
    assert field_of(SearchQuery().where(F.queue.is_one_of(["q1"]))) == {
        "_type": "QueueId",
        "operator": {"_type": "IsOneOf", "values": ["q1"]},
    }
    assert field_of(SearchQuery().where(F.agent.is_empty())) == {
        "_type": "AgentId",
        "operator": {"_type": "IsEmpty"},
    }
    assert field_of(SearchQuery().where(F.contact.is_not_one_of(["u1"])))["_type"] == "ContactId"
    assert field_of(SearchQuery().where(F.conversation.is_one_of([42])))["operator"]["values"] == [
        "42"
    ]


def test_custom_attributes_text_select_and_unset() -> None:
    attr = F.custom_attribute("ca-1")
    assert field_of(SearchQuery().where(attr.is_one_of(["VIP", ["Billing", "Refund"]]))) == {
        "_type": "CustomAttribute",
        "attributeId": "ca-1",
        "operator": {"_type": "IsOneOf", "values": [["VIP"], ["Billing", "Refund"]]},
    }
    assert field_of(SearchQuery().where(attr.is_not_set()))["operator"] == {"_type": "IsEmpty"}
    assert field_of(SearchQuery().where(attr.is_set()))["operator"] == {"_type": "IsNotEmpty"}


def test_strategies() -> None:
    all_of = SearchQuery("refund").where(F.status.is_one_of(["open"]), F.tags.is_empty())
    assert body(all_of)["filters"]["strategy"] == "All"
    assert len(body(all_of)["filters"]["conditions"]) == 2
    any_of = SearchQuery().any_of(F.status.is_one_of(["open"])).any_of(F.tags.is_empty())
    assert body(any_of)["filters"]["strategy"] == "Any"
    # Dixa has no nesting: a AND (b OR c) cannot be expressed, so it is refused.
    with pytest.raises(ValueError, match="one strategy"):
        SearchQuery().where(F.tags.is_empty()).any_of(F.agent.is_empty())
    with pytest.raises(ValueError, match="one strategy"):
        any_of.where(F.agent.is_empty())


def test_searches_are_immutable_and_round_trip() -> None:
    base = SearchQuery("x")
    narrowed = base.where(F.tags.is_empty())
    assert base.conditions == ()
    assert len(narrowed.conditions) == 1
    built = narrowed.build()
    assert SearchParametersInput.from_dict(built.to_dict()).to_dict() == built.to_dict()


def test_empty_inputs_are_refused() -> None:
    with pytest.raises(ValueError, match="query"):
        SearchQuery().build()
    with pytest.raises(ValueError, match="at least one"):
        F.tags.includes_all([])
