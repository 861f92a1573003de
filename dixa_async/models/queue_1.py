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

from ..models.queue_1_member_list_type import Queue1MemberListType
from ..models.queue_1_offering_algorithm import Queue1OfferingAlgorithm
from ..models.queue_1_sla_calculation_method import Queue1SlaCalculationMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_conversation_channel_int import MapConversationChannelInt
    from ..models.map_queue_threshold_int import MapQueueThresholdInt
    from ..models.queue_usages import QueueUsages


T = TypeVar("T", bound="Queue1")


@_attrs_define
class Queue1:
    """
    Attributes:
        do_not_offer_timeouts (MapConversationChannelInt): Map keyed by WhatsApp, Voicemail, WidgetChat, ...
        id (str):
        is_default (bool):
        is_do_not_offer_enabled (bool):
        name (str):
        organization_id (str):
        queue_thresholds (MapQueueThresholdInt): Map keyed by SlaTimeLimit, AvailableAgents, LongestWait, ...
        sla_calculation_method (Queue1SlaCalculationMethod):
        is_preferred_agent_enabled (bool | Unset):
        is_restricted (bool | Unset):
        member_list_type (Queue1MemberListType | Unset):
        offer_abandoned_conversations (bool | Unset):
        offer_timeout (int | Unset):
        offering_algorithm (Queue1OfferingAlgorithm | Unset):
        personal_agent_offline_timeout (int | Unset):
        preferred_agent_offline_timeout (int | Unset):
        preferred_agent_timeouts (MapConversationChannelInt | Unset): Map keyed by WhatsApp, Voicemail, WidgetChat, ...
        priority (int | Unset):
        usages (QueueUsages | Unset):
        wrapup_timeout (int | Unset):
    """

    do_not_offer_timeouts: MapConversationChannelInt
    id: str
    is_default: bool
    is_do_not_offer_enabled: bool
    name: str
    organization_id: str
    queue_thresholds: MapQueueThresholdInt
    sla_calculation_method: Queue1SlaCalculationMethod
    is_preferred_agent_enabled: bool | Unset = UNSET
    is_restricted: bool | Unset = UNSET
    member_list_type: Queue1MemberListType | Unset = UNSET
    offer_abandoned_conversations: bool | Unset = UNSET
    offer_timeout: int | Unset = UNSET
    offering_algorithm: Queue1OfferingAlgorithm | Unset = UNSET
    personal_agent_offline_timeout: int | Unset = UNSET
    preferred_agent_offline_timeout: int | Unset = UNSET
    preferred_agent_timeouts: MapConversationChannelInt | Unset = UNSET
    priority: int | Unset = UNSET
    usages: QueueUsages | Unset = UNSET
    wrapup_timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "do_not_offer_timeouts": "doNotOfferTimeouts",
        "id": "id",
        "is_default": "isDefault",
        "is_do_not_offer_enabled": "isDoNotOfferEnabled",
        "name": "name",
        "organization_id": "organizationId",
        "queue_thresholds": "queueThresholds",
        "sla_calculation_method": "slaCalculationMethod",
        "is_preferred_agent_enabled": "isPreferredAgentEnabled",
        "is_restricted": "isRestricted",
        "member_list_type": "memberListType",
        "offer_abandoned_conversations": "offerAbandonedConversations",
        "offer_timeout": "offerTimeout",
        "offering_algorithm": "offeringAlgorithm",
        "personal_agent_offline_timeout": "personalAgentOfflineTimeout",
        "preferred_agent_offline_timeout": "preferredAgentOfflineTimeout",
        "preferred_agent_timeouts": "preferredAgentTimeouts",
        "priority": "priority",
        "usages": "usages",
        "wrapup_timeout": "wrapupTimeout",
    }

    def to_dict(self) -> dict[str, Any]:
        do_not_offer_timeouts = self.do_not_offer_timeouts.to_dict()

        id = self.id

        is_default = self.is_default

        is_do_not_offer_enabled = self.is_do_not_offer_enabled

        name = self.name

        organization_id = self.organization_id

        queue_thresholds = self.queue_thresholds.to_dict()

        sla_calculation_method = self.sla_calculation_method.value

        is_preferred_agent_enabled = self.is_preferred_agent_enabled

        is_restricted = self.is_restricted

        member_list_type: str | Unset = UNSET
        if not isinstance(self.member_list_type, Unset):
            member_list_type = self.member_list_type.value

        offer_abandoned_conversations = self.offer_abandoned_conversations

        offer_timeout = self.offer_timeout

        offering_algorithm: str | Unset = UNSET
        if not isinstance(self.offering_algorithm, Unset):
            offering_algorithm = self.offering_algorithm.value

        personal_agent_offline_timeout = self.personal_agent_offline_timeout

        preferred_agent_offline_timeout = self.preferred_agent_offline_timeout

        preferred_agent_timeouts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred_agent_timeouts, Unset):
            preferred_agent_timeouts = self.preferred_agent_timeouts.to_dict()

        priority = self.priority

        usages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usages, Unset):
            usages = self.usages.to_dict()

        wrapup_timeout = self.wrapup_timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "doNotOfferTimeouts": do_not_offer_timeouts,
                "id": id,
                "isDefault": is_default,
                "isDoNotOfferEnabled": is_do_not_offer_enabled,
                "name": name,
                "organizationId": organization_id,
                "queueThresholds": queue_thresholds,
                "slaCalculationMethod": sla_calculation_method,
            }
        )
        if is_preferred_agent_enabled is not UNSET:
            field_dict["isPreferredAgentEnabled"] = is_preferred_agent_enabled
        if is_restricted is not UNSET:
            field_dict["isRestricted"] = is_restricted
        if member_list_type is not UNSET:
            field_dict["memberListType"] = member_list_type
        if offer_abandoned_conversations is not UNSET:
            field_dict["offerAbandonedConversations"] = offer_abandoned_conversations
        if offer_timeout is not UNSET:
            field_dict["offerTimeout"] = offer_timeout
        if offering_algorithm is not UNSET:
            field_dict["offeringAlgorithm"] = offering_algorithm
        if personal_agent_offline_timeout is not UNSET:
            field_dict["personalAgentOfflineTimeout"] = personal_agent_offline_timeout
        if preferred_agent_offline_timeout is not UNSET:
            field_dict["preferredAgentOfflineTimeout"] = preferred_agent_offline_timeout
        if preferred_agent_timeouts is not UNSET:
            field_dict["preferredAgentTimeouts"] = preferred_agent_timeouts
        if priority is not UNSET:
            field_dict["priority"] = priority
        if usages is not UNSET:
            field_dict["usages"] = usages
        if wrapup_timeout is not UNSET:
            field_dict["wrapupTimeout"] = wrapup_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_conversation_channel_int import MapConversationChannelInt  # noqa: PLC0415
        from ..models.map_queue_threshold_int import MapQueueThresholdInt  # noqa: PLC0415
        from ..models.queue_usages import QueueUsages  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        do_not_offer_timeouts = MapConversationChannelInt.from_dict(
            d.pop("doNotOfferTimeouts")
        )

        id = d.pop("id")

        is_default = d.pop("isDefault")

        is_do_not_offer_enabled = d.pop("isDoNotOfferEnabled")

        name = d.pop("name")

        organization_id = d.pop("organizationId")

        queue_thresholds = MapQueueThresholdInt.from_dict(d.pop("queueThresholds"))

        sla_calculation_method = Queue1SlaCalculationMethod(
            d.pop("slaCalculationMethod")
        )

        is_preferred_agent_enabled = d.pop("isPreferredAgentEnabled", UNSET)

        is_restricted = d.pop("isRestricted", UNSET)

        _member_list_type = d.pop("memberListType", UNSET)
        member_list_type: Queue1MemberListType | Unset
        if isinstance(_member_list_type, Unset):
            member_list_type = UNSET
        else:
            member_list_type = Queue1MemberListType(_member_list_type)

        offer_abandoned_conversations = d.pop("offerAbandonedConversations", UNSET)

        offer_timeout = d.pop("offerTimeout", UNSET)

        _offering_algorithm = d.pop("offeringAlgorithm", UNSET)
        offering_algorithm: Queue1OfferingAlgorithm | Unset
        if isinstance(_offering_algorithm, Unset):
            offering_algorithm = UNSET
        else:
            offering_algorithm = Queue1OfferingAlgorithm(_offering_algorithm)

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

        _usages = d.pop("usages", UNSET)
        usages: QueueUsages | Unset
        if isinstance(_usages, Unset):
            usages = UNSET
        else:
            usages = QueueUsages.from_dict(_usages)

        wrapup_timeout = d.pop("wrapupTimeout", UNSET)

        queue_1 = cls(
            do_not_offer_timeouts=do_not_offer_timeouts,
            id=id,
            is_default=is_default,
            is_do_not_offer_enabled=is_do_not_offer_enabled,
            name=name,
            organization_id=organization_id,
            queue_thresholds=queue_thresholds,
            sla_calculation_method=sla_calculation_method,
            is_preferred_agent_enabled=is_preferred_agent_enabled,
            is_restricted=is_restricted,
            member_list_type=member_list_type,
            offer_abandoned_conversations=offer_abandoned_conversations,
            offer_timeout=offer_timeout,
            offering_algorithm=offering_algorithm,
            personal_agent_offline_timeout=personal_agent_offline_timeout,
            preferred_agent_offline_timeout=preferred_agent_offline_timeout,
            preferred_agent_timeouts=preferred_agent_timeouts,
            priority=priority,
            usages=usages,
            wrapup_timeout=wrapup_timeout,
        )

        queue_1.additional_properties = d
        return queue_1

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
