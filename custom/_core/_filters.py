"""A typed builder for the body of `POST /v1/search/conversations`.

Every method returns a generated model (`Condition`, `SearchParametersInput`), so what the
builder produces is exactly what the generated operation sends; nothing here builds dicts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from dixa_async.literals import ChannelName, DirectionName, StatusName
from dixa_async.models.agent_id import AgentId
from dixa_async.models.assigned_date import AssignedDate
from dixa_async.models.between import Between
from dixa_async.models.channel import Channel
from dixa_async.models.channel_in import ChannelIn
from dixa_async.models.channel_not_in import ChannelNotIn
from dixa_async.models.closed_date import ClosedDate
from dixa_async.models.condition import Condition
from dixa_async.models.contact_id import ContactId
from dixa_async.models.conversation_id import ConversationId
from dixa_async.models.creation_date import CreationDate
from dixa_async.models.custom_attribute_field import CustomAttributeField
from dixa_async.models.direction import Direction
from dixa_async.models.direction_in import DirectionIn
from dixa_async.models.direction_not_in import DirectionNotIn
from dixa_async.models.duration import Duration
from dixa_async.models.duration_between import DurationBetween
from dixa_async.models.excludes_all import ExcludesAll
from dixa_async.models.excludes_one import ExcludesOne
from dixa_async.models.filters import Filters
from dixa_async.models.filters_strategy import FiltersStrategy
from dixa_async.models.id_in import IdIn
from dixa_async.models.id_not_in import IdNotIn
from dixa_async.models.includes_all import IncludesAll
from dixa_async.models.includes_one import IncludesOne
from dixa_async.models.is_empty import IsEmpty
from dixa_async.models.is_not_empty import IsNotEmpty
from dixa_async.models.last_activity import LastActivity
from dixa_async.models.last_message import LastMessage
from dixa_async.models.longer_than_or_equal_to import LongerThanOrEqualTo
from dixa_async.models.option_path_in import OptionPathIn
from dixa_async.models.option_path_not_in import OptionPathNotIn
from dixa_async.models.query import Query
from dixa_async.models.queue_id import QueueId
from dixa_async.models.search_channel import SearchChannel
from dixa_async.models.search_direction import SearchDirection
from dixa_async.models.search_parameters_input import SearchParametersInput
from dixa_async.models.search_status import SearchStatus
from dixa_async.models.shorter_than_or_equal_to import ShorterThanOrEqualTo
from dixa_async.models.since import Since
from dixa_async.models.status_field import StatusField
from dixa_async.models.status_in import StatusIn
from dixa_async.models.status_not_in import StatusNotIn
from dixa_async.models.tag_id import TagId
from dixa_async.models.until import Until

__all__ = [
    "ChannelName",
    "DirectionName",
    "F",
    "SearchQuery",
    "StatusName",
]

# ChannelName, DirectionName and StatusName are generated from the spec's SearchChannel,
# SearchDirection and SearchStatus enums (`x-dixa-literal`): the values are never typed here.

_TimestampField = type[CreationDate | ClosedDate | LastActivity | LastMessage | AssignedDate]


def _utc(value: dt.datetime) -> dt.datetime:
    # Dixa documents its timestamp inputs as UTC `...Z`; a naive datetime is ambiguous, and
    # guessing the zone would silently shift the search window.
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("search timestamps must be timezone-aware (e.g. datetime.now(UTC))")
    return value.astimezone(dt.UTC)


def _ids(values: Iterable[str]) -> list[str]:
    out = [str(v) for v in values]
    if not out:
        raise ValueError("give at least one value")
    return out


def _lower(values: Iterable[str]) -> list[str]:
    # Dixa's enums are lower-case ("open", "email"); accept "Open" as a courtesy.
    return [v.lower() for v in _ids(values)]


@dataclass(frozen=True)
class _TimestampCondition:
    kind: _TimestampField

    def between(self, start: dt.datetime, end: dt.datetime) -> Condition:
        """From `start` to `end` (timezone-aware; Dixa does not say whether bounds are inclusive)."""
        start_utc, end_utc = _utc(start), _utc(end)
        if end_utc < start_utc:
            raise ValueError("between(): end is before start")
        op = Between(timestamp_from=start_utc, timestamp_to=end_utc)
        return Condition(field=self.kind(operator=op))

    def since(self, moment: dt.datetime) -> Condition:
        """At or after `moment`."""
        return Condition(field=self.kind(operator=Since(timestamp=_utc(moment))))

    def until(self, moment: dt.datetime) -> Condition:
        """At or before `moment`."""
        return Condition(field=self.kind(operator=Until(timestamp=_utc(moment))))


@dataclass(frozen=True)
class _TagCondition:
    def includes_any(self, tag_ids: Iterable[str]) -> Condition:
        """The conversation carries at least one of `tag_ids` (Dixa: `IncludesOne`)."""
        return Condition(field=TagId(operator=IncludesOne(values=_ids(tag_ids))))

    includes_one = includes_any

    def includes_all(self, tag_ids: Iterable[str]) -> Condition:
        """The conversation carries every one of `tag_ids`."""
        return Condition(field=TagId(operator=IncludesAll(values=_ids(tag_ids))))

    def excludes_all(self, tag_ids: Iterable[str]) -> Condition:
        """The conversation carries none of `tag_ids`."""
        return Condition(field=TagId(operator=ExcludesAll(values=_ids(tag_ids))))

    includes_none = excludes_all

    def excludes_one(self, tag_ids: Iterable[str]) -> Condition:
        """At least one of `tag_ids` is missing from the conversation (Dixa: `ExcludesOne`)."""
        return Condition(field=TagId(operator=ExcludesOne(values=_ids(tag_ids))))

    def is_empty(self) -> Condition:
        """The conversation has no tags."""
        return Condition(field=TagId(operator=IsEmpty()))

    def is_not_empty(self) -> Condition:
        """The conversation has at least one tag."""
        return Condition(field=TagId(operator=IsNotEmpty()))


@dataclass(frozen=True)
class _OptionalIdCondition:
    """Agent and queue: a single id that may be unset."""

    kind: type[AgentId] | type[QueueId]

    def is_one_of(self, ids: Iterable[str]) -> Condition:
        return Condition(field=self.kind(operator=IdIn(values=_ids(ids))))

    def is_not_one_of(self, ids: Iterable[str]) -> Condition:
        return Condition(field=self.kind(operator=IdNotIn(values=_ids(ids))))

    def is_empty(self) -> Condition:
        """No agent (or queue) is assigned."""
        return Condition(field=self.kind(operator=IsEmpty()))

    def is_not_empty(self) -> Condition:
        return Condition(field=self.kind(operator=IsNotEmpty()))


@dataclass(frozen=True)
class _IdCondition:
    """Contact (end user) and conversation id: always set."""

    kind: type[ContactId] | type[ConversationId]

    def is_one_of(self, ids: Iterable[str | int]) -> Condition:
        return Condition(field=self.kind(operator=IdIn(values=_ids(map(str, ids)))))

    def is_not_one_of(self, ids: Iterable[str | int]) -> Condition:
        return Condition(field=self.kind(operator=IdNotIn(values=_ids(map(str, ids)))))


@dataclass(frozen=True)
class _StatusCondition:
    def is_one_of(self, statuses: Iterable[StatusName]) -> Condition:
        """`"open"`, `"closed"`, `"pending"` (case-insensitive)."""
        values = [SearchStatus(v) for v in _lower(statuses)]
        return Condition(field=StatusField(operator=StatusIn(values=values)))

    def is_not_one_of(self, statuses: Iterable[StatusName]) -> Condition:
        values = [SearchStatus(v) for v in _lower(statuses)]
        return Condition(field=StatusField(operator=StatusNotIn(values=values)))


@dataclass(frozen=True)
class _DirectionCondition:
    def is_one_of(self, directions: Iterable[DirectionName]) -> Condition:
        values = [SearchDirection(v) for v in _lower(directions)]
        return Condition(field=Direction(operator=DirectionIn(values=values)))

    def is_not_one_of(self, directions: Iterable[DirectionName]) -> Condition:
        values = [SearchDirection(v) for v in _lower(directions)]
        return Condition(field=Direction(operator=DirectionNotIn(values=values)))


@dataclass(frozen=True)
class _ChannelCondition:
    def is_one_of(self, channels: Iterable[ChannelName]) -> Condition:
        values = [SearchChannel(v) for v in _lower(channels)]
        return Condition(field=Channel(operator=ChannelIn(values=values)))

    def is_not_one_of(self, channels: Iterable[ChannelName]) -> Condition:
        values = [SearchChannel(v) for v in _lower(channels)]
        return Condition(field=Channel(operator=ChannelNotIn(values=values)))


def _duration_value(value: dt.timedelta | int) -> int:
    # Dixa does not document the unit; a timedelta is sent as whole seconds (an assumption),
    # a plain int is sent unchanged for callers who know better.
    if isinstance(value, dt.timedelta):
        return int(value.total_seconds())
    return value


@dataclass(frozen=True)
class _DurationCondition:
    def between(self, shortest: dt.timedelta | int, longest: dt.timedelta | int) -> Condition:
        low, high = _duration_value(shortest), _duration_value(longest)
        if high < low:
            raise ValueError("between(): longest is shorter than shortest")
        return Condition(field=Duration(operator=DurationBetween(min_=low, max_=high)))

    def at_least(self, value: dt.timedelta | int) -> Condition:
        op = LongerThanOrEqualTo(duration=_duration_value(value))
        return Condition(field=Duration(operator=op))

    def at_most(self, value: dt.timedelta | int) -> Condition:
        op = ShorterThanOrEqualTo(duration=_duration_value(value))
        return Condition(field=Duration(operator=op))


def _option_paths(values: Iterable[str | Sequence[str]]) -> list[list[str]]:
    paths = [[v] if isinstance(v, str) else [str(part) for part in v] for v in values]
    if not paths or any(not p for p in paths):
        raise ValueError("give at least one non-empty value")
    return paths


@dataclass(frozen=True)
class _CustomAttributeCondition:
    """Values are option paths: a Text attribute's value is one string; a Select option is the
    path of labels from the top level down (`["Billing", "Refund"]`), or one string at top level.
    """

    attribute_id: str

    def is_one_of(self, values: Iterable[str | Sequence[str]]) -> Condition:
        op = OptionPathIn(values=_option_paths(values))
        return Condition(field=CustomAttributeField(attribute_id=self.attribute_id, operator=op))

    def is_not_one_of(self, values: Iterable[str | Sequence[str]]) -> Condition:
        op = OptionPathNotIn(values=_option_paths(values))
        return Condition(field=CustomAttributeField(attribute_id=self.attribute_id, operator=op))

    def is_set(self) -> Condition:
        op = IsNotEmpty()
        return Condition(field=CustomAttributeField(attribute_id=self.attribute_id, operator=op))

    def is_not_set(self) -> Condition:
        op = IsEmpty()
        return Condition(field=CustomAttributeField(attribute_id=self.attribute_id, operator=op))


class F:
    """Search conditions, one attribute per field Dixa can filter on.

        F.tags.includes_any([tag_id])           F.created.between(start, end)
        F.status.is_one_of(["open"])            F.custom_attribute(attr_id).is_one_of(["VIP"])
        F.duration.at_least(timedelta(minutes=5))

    Each call returns a generated `Condition`; pass them to `SearchQuery.where` / `SearchQuery.any_of`.
    """

    tags = _TagCondition()
    created = _TimestampCondition(CreationDate)
    closed = _TimestampCondition(ClosedDate)
    assigned = _TimestampCondition(AssignedDate)
    last_activity = _TimestampCondition(LastActivity)
    last_message = _TimestampCondition(LastMessage)
    duration = _DurationCondition()
    queue = _OptionalIdCondition(QueueId)
    agent = _OptionalIdCondition(AgentId)
    contact = _IdCondition(ContactId)
    conversation = _IdCondition(ConversationId)
    status = _StatusCondition()
    direction = _DirectionCondition()
    channel = _ChannelCondition()

    @staticmethod
    def custom_attribute(attribute_id: str) -> _CustomAttributeCondition:
        """Conditions on the custom attribute with this definition id."""
        return _CustomAttributeCondition(attribute_id)


Strategy = Literal["All", "Any"]


@dataclass(frozen=True)
class SearchQuery:
    """An immutable conversation search: free text and/or conditions joined by one strategy.

    `where(...)` joins conditions with `All` (every one must hold), `any_of(...)` with `Any`.
    Dixa applies one strategy to the whole flat list (no nesting), so mixing both on one
    search raises `ValueError` rather than silently changing what `a AND (b OR c)` means.

        SearchQuery("refund", exact_match=False).where(F.status.is_one_of(["open"]), F.tags.is_empty())
    """

    query: str | None = None
    exact_match: bool | None = None
    conditions: tuple[Condition, ...] = ()
    strategy: Strategy | None = field(default=None)

    def where(self, *conditions: Condition) -> SearchQuery:
        """Add conditions that must all hold."""
        return self._add("All", conditions)

    def any_of(self, *conditions: Condition) -> SearchQuery:
        """Add conditions of which at least one must hold."""
        return self._add("Any", conditions)

    def _add(self, strategy: Strategy, conditions: tuple[Condition, ...]) -> SearchQuery:
        if self.strategy not in (None, strategy):
            raise ValueError(
                f"this search already joins conditions with {self.strategy!r}; Dixa allows "
                "one strategy per search (run two searches and merge the ids instead)"
            )
        return replace(self, conditions=self.conditions + conditions, strategy=strategy)

    def build(self) -> SearchParametersInput:
        """The generated request body for `POST /v1/search/conversations`."""
        body = SearchParametersInput()
        if self.query is not None:
            query = Query(value=self.query)
            if self.exact_match is not None:
                query.exact_match = self.exact_match
            body.query = query
        if self.conditions:
            body.filters = Filters(
                strategy=FiltersStrategy(self.strategy or "All"), conditions=list(self.conditions)
            )
        if self.query is None and not self.conditions:
            raise ValueError("a search needs a query, at least one condition, or both")
        return body
