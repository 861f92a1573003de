"""The shape of Dixa's ids where the API description fixes it (tag ids are UUIDs)."""

from __future__ import annotations

import re

__all__ = ["is_tag_id", "not_a_tag_id"]

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def is_tag_id(value: str) -> bool:
    """Whether `value` has the shape of a tag id (`tagId` is `format: uuid` in Dixa's API)."""
    return bool(_UUID.match(value))


def not_a_tag_id(value: str) -> str:
    """What is wrong with `value` as a tag id, with the way to tag by name."""
    return (
        f"{value!r} is not a tag id (tag ids are UUIDs): if it is a tag's name, look it up "
        "first with dixa_async.bulk.resolve_tags or tag_records (`dixa-async bulk tag` does; "
        "--create-missing creates a tag no tag carries), or tag by name with "
        "tags.bulk_tag(conversation_id, names=[...])"
    )
