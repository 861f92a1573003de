"""Tags by name: the ids of tag names (and, only when asked, the creation of missing tags),
and conversation-tag records written by name turned into records of `tags.tag`/`tags.untag`.

Dixa's `tags.tag`/`tags.untag` take a tag's id (a UUID). Resolving names is a read of
`GET /v1/tags`; creating a missing tag is opt-in (`create_missing=True`), so that a typo
never tags conversations with a new tag.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from dixa_async._core._errors import ConfigurationError

from ._ids import is_tag_id
from ._records import Record

__all__ = [
    "TagRecords",
    "UnknownTagError",
    "is_tag_id",
    "resolve_tags",
    "tag_records",
]

# What a dry run puts in place of a tag the real run would create (a well-formed id, so the
# records are checked as the real run's will be; a dry run sends nothing).
_NOT_YET_CREATED = "00000000-0000-0000-0000-000000000000"
_TAG_FIELDS = ("tag", "tag_name", "tag_id")


class _TagsClient(Protocol):
    @property
    def tags(self) -> Any: ...


class UnknownTagError(ConfigurationError):
    """Tag names that no tag of the organisation carries.

    Attributes:
        names: the unknown names, as given.
    """

    def __init__(self, names: Iterable[str], known: Iterable[str] | None = None) -> None:
        self.names = tuple(names)
        listed = ", ".join(repr(n) for n in self.names)
        shown = "" if known is None else f" (tags: {', '.join(sorted(known)) or 'none'})"
        super().__init__(f"no tag named {listed}{shown}")


async def _ids_by_name(client: _TagsClient) -> dict[str, str]:
    by_name: dict[str, str] = {}
    for tag in await client.tags.list(include_deactivated=True):
        by_name.setdefault(tag.name.casefold(), tag.id)
    return by_name


async def _create(client: _TagsClient, name: str) -> str:
    # POST /v1/tags returns the existing tag of that name unchanged: safe to repeat.
    created = await client.tags.create(name=name)
    return str(getattr(created, "data", created).id)


async def resolve_tags(
    client: _TagsClient, names_or_ids: Iterable[str], *, create_missing: bool = False
) -> list[str]:
    """The tag id of each name or id, in order (ids pass through; names are matched
    case-insensitively, deactivated tags included).

    Raises:
        UnknownTagError: names no tag carries (unless `create_missing`, which creates them).
    """
    wanted = list(names_or_ids)
    by_name = await _ids_by_name(client) if any(not is_tag_id(v) for v in wanted) else {}
    missing = list(
        dict.fromkeys(v for v in wanted if not is_tag_id(v) and v.casefold() not in by_name)
    )
    if missing and not create_missing:
        raise UnknownTagError(missing, by_name)
    for name in missing:
        by_name[name.casefold()] = await _create(client, name)
    return [v if is_tag_id(v) else by_name[v.casefold()] for v in wanted]


@dataclass(frozen=True)
class TagRecords:
    """Records of `tags.tag`/`tags.untag` made from records naming their tag.

    `records` keep each input record's line. A record whose tag name is unknown keeps the
    name as its `tag_id`, which `run_bulk` refuses for that record alone (not a tag id;
    nothing is sent for it): it is reported failed, the others run.
    """

    records: tuple[Record, ...]
    created: tuple[str, ...] = ()
    """Tags created for this job (`create_missing`)."""
    would_create: tuple[str, ...] = ()
    """Tags a dry run with `create_missing` would create."""
    unknown: tuple[str, ...] = ()
    """Names no tag carries, whose records fail."""


def _tag_of(data: Mapping[str, Any], default: str | None) -> str:
    for name in _TAG_FIELDS:
        value = data.get(name)
        if value not in (None, ""):
            return str(value).strip()
    return (default or "").strip()


async def tag_records(
    client: _TagsClient,
    records: Iterable[Record],
    *,
    tag: str | None = None,
    create_missing: bool = False,
    dry_run: bool = False,
) -> TagRecords:
    """Resolve the tag of each record (its `tag`, `tag_name` or `tag_id` field, else `tag`)
    to an id, once per distinct name, and return records of `{"conversation_id", "tag_id"}`.

    Args:
        records: records with a `conversation_id` and a tag name or id.
        tag: the tag of records that name none.
        create_missing: create tags no tag carries (`POST /v1/tags`); otherwise their
            records fail as unknown tags.
        dry_run: create nothing; say which tags the real run would create.

    Raises:
        ValueError: a record names no tag and `tag` is not given.
    """
    given = list(records)
    names: dict[str, str] = {}
    for record in given:
        name = _tag_of(record.data, tag)
        if not name:
            raise ValueError(f"line {record.line}: no tag (give a 'tag' field or tag=)")
        names.setdefault(name.casefold(), name)
    wanted = [n for n in names.values() if not is_tag_id(n)]
    by_name = await _ids_by_name(client) if wanted else {}
    missing = [n for n in wanted if n.casefold() not in by_name]
    created: list[str] = []
    would_create: list[str] = []
    unknown: list[str] = []
    for name in missing:
        if not create_missing:
            unknown.append(name)
        elif dry_run:
            would_create.append(name)
            by_name[name.casefold()] = _NOT_YET_CREATED
        else:
            by_name[name.casefold()] = await _create(client, name)
            created.append(name)

    def tag_id(name: str) -> str:
        return name if is_tag_id(name) else by_name.get(name.casefold(), name)

    out = []
    for record in given:
        data = {k: v for k, v in record.data.items() if k not in _TAG_FIELDS}
        data["tag_id"] = tag_id(_tag_of(record.data, tag))
        out.append(Record(record.line, data, text=record.text))
    return TagRecords(tuple(out), tuple(created), tuple(would_create), tuple(unknown))
