"""The warehouse writes, for each decoded item, what the generated model would: its fast
path (`dixa_async.warehouse._records`) against `Model.from_dict(item).to_dict()`."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from _exports_support import fake
from dixa_async.warehouse._records import conversation_records, message_records

from dixa_async import ResponseValidationError
from dixa_async.exports.models import ExportedConversation, ExportedMessage

APP = fake(seed=31, conversations=400)
CONVERSATIONS = list(APP.exports.conversations({"created": (0, 10**13)}, None))
MESSAGES = list(APP.exports.messages({"created": (0, 10**13)}))


def _model_line(model: Any, item: dict[str, Any]) -> Any:
    return json.loads(json.dumps(model.from_dict(copy.deepcopy(item)).to_dict()))


def test_every_fake_item_is_written_as_its_model_would_write_it() -> None:
    assert len(CONVERSATIONS) == 400
    assert len(MESSAGES) > 400
    for items, records, model in (
        (CONVERSATIONS, conversation_records(), ExportedConversation),
        (MESSAGES, message_records(), ExportedMessage),
    ):
        for item in json.loads(json.dumps(items)):
            expected = _model_line(model, item)
            line = records.line(item)
            assert line.endswith(b"\n")
            assert line.count(b"\n") == 1
            assert json.loads(line) == expected
        assert records.lenient == 0


@pytest.mark.parametrize(
    ("item", "absent"),
    [
        ({"id": 1, "created_at": None, "ratings": [None]}, ["created_at"]),
        ({"id": 1, "created_at": "soon", "closed_at": 17e11}, ["created_at"]),
        ({"id": 1, "created_at": 1, "ratings": [{"rating_rated_timestamp": "x"}]}, []),
        (
            {"id": 1, "created_at": "2024-01-01T10:00:00+02:00", "tags_info": [None, {"id": "t"}]},
            [],
        ),
    ],
)
def test_odd_items_are_read_leniently_as_the_model_reads_them(
    item: dict[str, Any], absent: list[str]
) -> None:
    records = conversation_records()
    got = json.loads(records.line(copy.deepcopy(item)))
    for name in absent:
        assert name not in got
    assert all(None not in (r or {}).values() for r in got.get("ratings", []))
    lenient_model = {k: v for k, v in item.items() if v is not None}
    lenient_model.pop("ratings", None)
    lenient_model.pop("tags_info", None)
    if isinstance(item.get("created_at"), str) and item["created_at"] == "soon":
        lenient_model.pop("created_at")
    expected = _model_line(ExportedConversation, lenient_model)
    for key, value in expected.items():
        assert got[key] == value
    assert records.lenient == 1  # each of these items was read leniently once


@pytest.mark.parametrize(
    "item",
    ["not an object", {"created_at": 1}, {"id": 1, "initial_channel": 5}, {"id": 1, "ratings": 3}],
)
def test_items_that_do_not_fit_are_validation_errors(item: Any) -> None:
    with pytest.raises(ResponseValidationError, match="does not fit ExportedConversation"):
        conversation_records().line(copy.deepcopy(item), "GET conversation_export", 4)
