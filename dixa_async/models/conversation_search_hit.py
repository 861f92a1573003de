from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_search_inner_hit import ConversationSearchInnerHit
    from ..models.map_vector_string import MapVectorString


T = TypeVar("T", bound="ConversationSearchHit")


@_attrs_define
class ConversationSearchHit:
    """
    Attributes:
        highlights (MapVectorString):
        id (int):
        inner_hits (list[ConversationSearchInnerHit] | Unset):
    """

    highlights: MapVectorString
    id: int
    inner_hits: list[ConversationSearchInnerHit] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "highlights": "highlights",
        "id": "id",
        "inner_hits": "innerHits",
    }

    def to_dict(self) -> dict[str, Any]:
        highlights = self.highlights.to_dict()

        id = self.id

        inner_hits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inner_hits, Unset):
            inner_hits = []
            for inner_hits_item_data in self.inner_hits:
                inner_hits_item = inner_hits_item_data.to_dict()
                inner_hits.append(inner_hits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "highlights": highlights,
                "id": id,
            }
        )
        if inner_hits is not UNSET:
            field_dict["innerHits"] = inner_hits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_search_inner_hit import ConversationSearchInnerHit  # noqa: PLC0415
        from ..models.map_vector_string import MapVectorString  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        highlights = MapVectorString.from_dict(d.pop("highlights"))

        id = d.pop("id")

        _inner_hits = d.pop("innerHits", UNSET)
        inner_hits: list[ConversationSearchInnerHit] | Unset = UNSET
        if _inner_hits is not UNSET:
            inner_hits = []
            for inner_hits_item_data in _inner_hits:
                inner_hits_item = ConversationSearchInnerHit.from_dict(
                    inner_hits_item_data
                )

                inner_hits.append(inner_hits_item)

        conversation_search_hit = cls(
            highlights=highlights,
            id=id,
            inner_hits=inner_hits,
        )

        conversation_search_hit.additional_properties = d
        return conversation_search_hit

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
