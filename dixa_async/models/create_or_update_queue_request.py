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

from ..models.create_or_update_queue_request_offer_algorithm import (
    CreateOrUpdateQueueRequestOfferAlgorithm,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_conversation_channel_int import MapConversationChannelInt
    from ..models.map_queue_threshold_int import MapQueueThresholdInt


T = TypeVar("T", bound="CreateOrUpdateQueueRequest")


@_attrs_define
class CreateOrUpdateQueueRequest:
    """
    Attributes:
        call_functionality (bool):
        is_default (bool):
        is_do_not_offer_enabled (bool):
        name (str):
        do_not_offer_timeouts (MapConversationChannelInt | Unset): Map keyed by WhatsApp, Voicemail, WidgetChat, ...
        is_preferred_agent_enabled (bool | Unset):
        is_restricted (bool | Unset):
        offer_abandoned_conversations (bool | Unset):
        offer_algorithm (CreateOrUpdateQueueRequestOfferAlgorithm | Unset):
        offer_timeout (int | Unset):
        personal_agent_offline_timeout (int | Unset):
        preferred_agent_offline_timeout (int | Unset):
        preferred_agent_timeouts (MapConversationChannelInt | Unset): Map keyed by WhatsApp, Voicemail, WidgetChat, ...
        priority (int | Unset):
        queue_thresholds (MapQueueThresholdInt | Unset): Map keyed by SlaTimeLimit, AvailableAgents, LongestWait, ...
        wrapup_timeout (int | Unset):
    """

    call_functionality: bool
    is_default: bool
    is_do_not_offer_enabled: bool
    name: str
    do_not_offer_timeouts: MapConversationChannelInt | Unset = UNSET
    is_preferred_agent_enabled: bool | Unset = UNSET
    is_restricted: bool | Unset = UNSET
    offer_abandoned_conversations: bool | Unset = UNSET
    offer_algorithm: CreateOrUpdateQueueRequestOfferAlgorithm | Unset = UNSET
    offer_timeout: int | Unset = UNSET
    personal_agent_offline_timeout: int | Unset = UNSET
    preferred_agent_offline_timeout: int | Unset = UNSET
    preferred_agent_timeouts: MapConversationChannelInt | Unset = UNSET
    priority: int | Unset = UNSET
    queue_thresholds: MapQueueThresholdInt | Unset = UNSET
    wrapup_timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "call_functionality": "callFunctionality",
        "is_default": "isDefault",
        "is_do_not_offer_enabled": "isDoNotOfferEnabled",
        "name": "name",
        "do_not_offer_timeouts": "doNotOfferTimeouts",
        "is_preferred_agent_enabled": "isPreferredAgentEnabled",
        "is_restricted": "isRestricted",
        "offer_abandoned_conversations": "offerAbandonedConversations",
        "offer_algorithm": "offerAlgorithm",
        "offer_timeout": "offerTimeout",
        "personal_agent_offline_timeout": "personalAgentOfflineTimeout",
        "preferred_agent_offline_timeout": "preferredAgentOfflineTimeout",
        "preferred_agent_timeouts": "preferredAgentTimeouts",
        "priority": "priority",
        "queue_thresholds": "queueThresholds",
        "wrapup_timeout": "wrapupTimeout",
    }

    def to_dict(self) -> dict[str, Any]:
        call_functionality = self.call_functionality

        is_default = self.is_default

        is_do_not_offer_enabled = self.is_do_not_offer_enabled

        name = self.name

        do_not_offer_timeouts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.do_not_offer_timeouts, Unset):
            do_not_offer_timeouts = self.do_not_offer_timeouts.to_dict()

        is_preferred_agent_enabled = self.is_preferred_agent_enabled

        is_restricted = self.is_restricted

        offer_abandoned_conversations = self.offer_abandoned_conversations

        offer_algorithm: str | Unset = UNSET
        if not isinstance(self.offer_algorithm, Unset):
            offer_algorithm = self.offer_algorithm.value

        offer_timeout = self.offer_timeout

        personal_agent_offline_timeout = self.personal_agent_offline_timeout

        preferred_agent_offline_timeout = self.preferred_agent_offline_timeout

        preferred_agent_timeouts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred_agent_timeouts, Unset):
            preferred_agent_timeouts = self.preferred_agent_timeouts.to_dict()

        priority = self.priority

        queue_thresholds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue_thresholds, Unset):
            queue_thresholds = self.queue_thresholds.to_dict()

        wrapup_timeout = self.wrapup_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callFunctionality": call_functionality,
                "isDefault": is_default,
                "isDoNotOfferEnabled": is_do_not_offer_enabled,
                "name": name,
            }
        )
        if do_not_offer_timeouts is not UNSET:
            field_dict["doNotOfferTimeouts"] = do_not_offer_timeouts
        if is_preferred_agent_enabled is not UNSET:
            field_dict["isPreferredAgentEnabled"] = is_preferred_agent_enabled
        if is_restricted is not UNSET:
            field_dict["isRestricted"] = is_restricted
        if offer_abandoned_conversations is not UNSET:
            field_dict["offerAbandonedConversations"] = offer_abandoned_conversations
        if offer_algorithm is not UNSET:
            field_dict["offerAlgorithm"] = offer_algorithm
        if offer_timeout is not UNSET:
            field_dict["offerTimeout"] = offer_timeout
        if personal_agent_offline_timeout is not UNSET:
            field_dict["personalAgentOfflineTimeout"] = personal_agent_offline_timeout
        if preferred_agent_offline_timeout is not UNSET:
            field_dict["preferredAgentOfflineTimeout"] = preferred_agent_offline_timeout
        if preferred_agent_timeouts is not UNSET:
            field_dict["preferredAgentTimeouts"] = preferred_agent_timeouts
        if priority is not UNSET:
            field_dict["priority"] = priority
        if queue_thresholds is not UNSET:
            field_dict["queueThresholds"] = queue_thresholds
        if wrapup_timeout is not UNSET:
            field_dict["wrapupTimeout"] = wrapup_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_conversation_channel_int import MapConversationChannelInt  # noqa: PLC0415
        from ..models.map_queue_threshold_int import MapQueueThresholdInt  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        call_functionality = d.pop("callFunctionality")

        is_default = d.pop("isDefault")

        is_do_not_offer_enabled = d.pop("isDoNotOfferEnabled")

        name = d.pop("name")

        _do_not_offer_timeouts = d.pop("doNotOfferTimeouts", UNSET)
        do_not_offer_timeouts: MapConversationChannelInt | Unset
        if isinstance(_do_not_offer_timeouts, Unset):
            do_not_offer_timeouts = UNSET
        else:
            do_not_offer_timeouts = MapConversationChannelInt.from_dict(
                _do_not_offer_timeouts
            )

        is_preferred_agent_enabled = d.pop("isPreferredAgentEnabled", UNSET)

        is_restricted = d.pop("isRestricted", UNSET)

        offer_abandoned_conversations = d.pop("offerAbandonedConversations", UNSET)

        _offer_algorithm = d.pop("offerAlgorithm", UNSET)
        offer_algorithm: CreateOrUpdateQueueRequestOfferAlgorithm | Unset
        if isinstance(_offer_algorithm, Unset):
            offer_algorithm = UNSET
        else:
            offer_algorithm = CreateOrUpdateQueueRequestOfferAlgorithm(_offer_algorithm)

        offer_timeout = d.pop("offerTimeout", UNSET)

        personal_agent_offline_timeout = d.pop("personalAgentOfflineTimeout", UNSET)

        preferred_agent_offline_timeout = d.pop("preferredAgentOfflineTimeout", UNSET)

        _preferred_agent_timeouts = d.pop("preferredAgentTimeouts", UNSET)
        preferred_agent_timeouts: MapConversationChannelInt | Unset
        if isinstance(_preferred_agent_timeouts, Unset):
            preferred_agent_timeouts = UNSET
        else:
            preferred_agent_timeouts = MapConversationChannelInt.from_dict(
                _preferred_agent_timeouts
            )

        priority = d.pop("priority", UNSET)

        _queue_thresholds = d.pop("queueThresholds", UNSET)
        queue_thresholds: MapQueueThresholdInt | Unset
        if isinstance(_queue_thresholds, Unset):
            queue_thresholds = UNSET
        else:
            queue_thresholds = MapQueueThresholdInt.from_dict(_queue_thresholds)

        wrapup_timeout = d.pop("wrapupTimeout", UNSET)

        create_or_update_queue_request = cls(
            call_functionality=call_functionality,
            is_default=is_default,
            is_do_not_offer_enabled=is_do_not_offer_enabled,
            name=name,
            do_not_offer_timeouts=do_not_offer_timeouts,
            is_preferred_agent_enabled=is_preferred_agent_enabled,
            is_restricted=is_restricted,
            offer_abandoned_conversations=offer_abandoned_conversations,
            offer_algorithm=offer_algorithm,
            offer_timeout=offer_timeout,
            personal_agent_offline_timeout=personal_agent_offline_timeout,
            preferred_agent_offline_timeout=preferred_agent_offline_timeout,
            preferred_agent_timeouts=preferred_agent_timeouts,
            priority=priority,
            queue_thresholds=queue_thresholds,
            wrapup_timeout=wrapup_timeout,
        )

        create_or_update_queue_request.additional_properties = d
        return create_or_update_queue_request

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
