from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_log_entry_type import ActivityLogEntryType
from ..models.deprecated_activity_log_type import DeprecatedActivityLogType
from ..types import UNSET, Unset, format_datetime, parse_datetime

if TYPE_CHECKING:
    from ..models.activity_log_user import ActivityLogUser
    from ..models.conversation_assigned_attribute import ConversationAssignedAttribute
    from ..models.conversation_auto_reply_sent_attribute import (
        ConversationAutoReplySentAttribute,
    )
    from ..models.conversation_channel_changed_attribute import (
        ConversationChannelChangedAttribute,
    )
    from ..models.conversation_claimed_attribute import ConversationClaimedAttribute
    from ..models.conversation_created_attribute import ConversationCreatedAttribute
    from ..models.conversation_custom_attributes_updated_attribute import (
        ConversationCustomAttributesUpdatedAttribute,
    )
    from ..models.conversation_end_user_replaced_attribute import (
        ConversationEndUserReplacedAttribute,
    )
    from ..models.conversation_language_updated_attribute import (
        ConversationLanguageUpdatedAttribute,
    )
    from ..models.conversation_linked_attribute import ConversationLinkedAttribute
    from ..models.conversation_offered_attribute import ConversationOfferedAttribute
    from ..models.conversation_rated_attribute import ConversationRatedAttribute
    from ..models.conversation_rating_not_offered_attribute import (
        ConversationRatingNotOfferedAttribute,
    )
    from ..models.conversation_rating_offered_attribute import (
        ConversationRatingOfferedAttribute,
    )
    from ..models.conversation_rating_scheduled_attribute import (
        ConversationRatingScheduledAttribute,
    )
    from ..models.conversation_reserved_attribute import ConversationReservedAttribute
    from ..models.conversation_resolved_state_toggled_attribute import (
        ConversationResolvedStateToggledAttribute,
    )
    from ..models.conversation_subject_updated_attribute import (
        ConversationSubjectUpdatedAttribute,
    )
    from ..models.conversation_transcription_ended_attribute import (
        ConversationTranscriptionEndedAttribute,
    )
    from ..models.conversation_transferred_attribute import (
        ConversationTransferredAttribute,
    )
    from ..models.conversation_unassigned_attribute import (
        ConversationUnassignedAttribute,
    )
    from ..models.message_added_attribute import MessageAddedAttribute
    from ..models.message_redacted_attribute import MessageRedactedAttribute
    from ..models.note_added_attribute import NoteAddedAttribute
    from ..models.tag_added_attribute import TagAddedAttribute
    from ..models.tag_removed_attribute import TagRemovedAttribute


T = TypeVar("T", bound="ActivityLogEntry")


@_attrs_define
class ActivityLogEntry:
    """
    Attributes:
        type_ (ActivityLogEntryType):
        activity_timestamp (datetime.datetime):
        activity_type (DeprecatedActivityLogType):
        conversation_id (int):
        id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        attributes (ConversationAssignedAttribute | ConversationAutoReplySentAttribute |
            ConversationChannelChangedAttribute | ConversationClaimedAttribute | ConversationCreatedAttribute |
            ConversationCustomAttributesUpdatedAttribute | ConversationEndUserReplacedAttribute |
            ConversationLanguageUpdatedAttribute | ConversationLinkedAttribute | ConversationOfferedAttribute |
            ConversationRatedAttribute | ConversationRatingNotOfferedAttribute | ConversationRatingOfferedAttribute |
            ConversationRatingScheduledAttribute | ConversationReservedAttribute | ConversationResolvedStateToggledAttribute
            | ConversationSubjectUpdatedAttribute | ConversationTranscriptionEndedAttribute |
            ConversationTransferredAttribute | ConversationUnassignedAttribute | MessageAddedAttribute |
            MessageRedactedAttribute | NoteAddedAttribute | TagAddedAttribute | TagRemovedAttribute | Unset): One of several
            variants, told apart by `_type`.
        author (ActivityLogUser | Unset):
    """

    type_: ActivityLogEntryType
    activity_timestamp: datetime.datetime
    activity_type: DeprecatedActivityLogType
    conversation_id: int
    id: str
    attributes: (
        ConversationAssignedAttribute
        | ConversationAutoReplySentAttribute
        | ConversationChannelChangedAttribute
        | ConversationClaimedAttribute
        | ConversationCreatedAttribute
        | ConversationCustomAttributesUpdatedAttribute
        | ConversationEndUserReplacedAttribute
        | ConversationLanguageUpdatedAttribute
        | ConversationLinkedAttribute
        | ConversationOfferedAttribute
        | ConversationRatedAttribute
        | ConversationRatingNotOfferedAttribute
        | ConversationRatingOfferedAttribute
        | ConversationRatingScheduledAttribute
        | ConversationReservedAttribute
        | ConversationResolvedStateToggledAttribute
        | ConversationSubjectUpdatedAttribute
        | ConversationTranscriptionEndedAttribute
        | ConversationTransferredAttribute
        | ConversationUnassignedAttribute
        | MessageAddedAttribute
        | MessageRedactedAttribute
        | NoteAddedAttribute
        | TagAddedAttribute
        | TagRemovedAttribute
        | Unset
    ) = UNSET
    author: ActivityLogUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "activity_timestamp": "activityTimestamp",
        "activity_type": "activityType",
        "conversation_id": "conversationId",
        "id": "id",
        "attributes": "attributes",
        "author": "author",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversation_assigned_attribute import (
            ConversationAssignedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_auto_reply_sent_attribute import (
            ConversationAutoReplySentAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_channel_changed_attribute import (
            ConversationChannelChangedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_claimed_attribute import ConversationClaimedAttribute  # noqa: PLC0415
        from ..models.conversation_created_attribute import ConversationCreatedAttribute  # noqa: PLC0415
        from ..models.conversation_custom_attributes_updated_attribute import (
            ConversationCustomAttributesUpdatedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_end_user_replaced_attribute import (
            ConversationEndUserReplacedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_language_updated_attribute import (
            ConversationLanguageUpdatedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_linked_attribute import ConversationLinkedAttribute  # noqa: PLC0415
        from ..models.conversation_offered_attribute import ConversationOfferedAttribute  # noqa: PLC0415
        from ..models.conversation_rated_attribute import ConversationRatedAttribute  # noqa: PLC0415
        from ..models.conversation_rating_not_offered_attribute import (
            ConversationRatingNotOfferedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_rating_offered_attribute import (
            ConversationRatingOfferedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_rating_scheduled_attribute import (
            ConversationRatingScheduledAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_reserved_attribute import (
            ConversationReservedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_resolved_state_toggled_attribute import (
            ConversationResolvedStateToggledAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_subject_updated_attribute import (
            ConversationSubjectUpdatedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_transcription_ended_attribute import (
            ConversationTranscriptionEndedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_transferred_attribute import (
            ConversationTransferredAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_unassigned_attribute import (
            ConversationUnassignedAttribute,  # noqa: PLC0415
        )
        from ..models.message_added_attribute import MessageAddedAttribute  # noqa: PLC0415
        from ..models.message_redacted_attribute import MessageRedactedAttribute  # noqa: PLC0415
        from ..models.note_added_attribute import NoteAddedAttribute  # noqa: PLC0415
        from ..models.tag_added_attribute import TagAddedAttribute  # noqa: PLC0415

        type_ = self.type_.value

        activity_timestamp = format_datetime(self.activity_timestamp)

        activity_type = self.activity_type.value

        conversation_id = self.conversation_id

        id = self.id

        attributes: dict[str, Any] | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, ConversationAssignedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationAutoReplySentAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationChannelChangedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationClaimedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationCreatedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationCustomAttributesUpdatedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationEndUserReplacedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationLanguageUpdatedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationLinkedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationOfferedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationRatedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationRatingNotOfferedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationRatingOfferedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationRatingScheduledAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationReservedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationResolvedStateToggledAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationSubjectUpdatedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationTranscriptionEndedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationTransferredAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, ConversationUnassignedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, MessageAddedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, MessageRedactedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, NoteAddedAttribute):
            attributes = self.attributes.to_dict()
        elif isinstance(self.attributes, TagAddedAttribute):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "activityTimestamp": activity_timestamp,
                "activityType": activity_type,
                "conversationId": conversation_id,
                "id": id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if author is not UNSET:
            field_dict["author"] = author

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_log_user import ActivityLogUser  # noqa: PLC0415
        from ..models.conversation_assigned_attribute import (
            ConversationAssignedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_auto_reply_sent_attribute import (
            ConversationAutoReplySentAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_channel_changed_attribute import (
            ConversationChannelChangedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_claimed_attribute import ConversationClaimedAttribute  # noqa: PLC0415
        from ..models.conversation_created_attribute import ConversationCreatedAttribute  # noqa: PLC0415
        from ..models.conversation_custom_attributes_updated_attribute import (
            ConversationCustomAttributesUpdatedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_end_user_replaced_attribute import (
            ConversationEndUserReplacedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_language_updated_attribute import (
            ConversationLanguageUpdatedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_linked_attribute import ConversationLinkedAttribute  # noqa: PLC0415
        from ..models.conversation_offered_attribute import ConversationOfferedAttribute  # noqa: PLC0415
        from ..models.conversation_rated_attribute import ConversationRatedAttribute  # noqa: PLC0415
        from ..models.conversation_rating_not_offered_attribute import (
            ConversationRatingNotOfferedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_rating_offered_attribute import (
            ConversationRatingOfferedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_rating_scheduled_attribute import (
            ConversationRatingScheduledAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_reserved_attribute import (
            ConversationReservedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_resolved_state_toggled_attribute import (
            ConversationResolvedStateToggledAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_subject_updated_attribute import (
            ConversationSubjectUpdatedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_transcription_ended_attribute import (
            ConversationTranscriptionEndedAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_transferred_attribute import (
            ConversationTransferredAttribute,  # noqa: PLC0415
        )
        from ..models.conversation_unassigned_attribute import (
            ConversationUnassignedAttribute,  # noqa: PLC0415
        )
        from ..models.message_added_attribute import MessageAddedAttribute  # noqa: PLC0415
        from ..models.message_redacted_attribute import MessageRedactedAttribute  # noqa: PLC0415
        from ..models.note_added_attribute import NoteAddedAttribute  # noqa: PLC0415
        from ..models.tag_added_attribute import TagAddedAttribute  # noqa: PLC0415
        from ..models.tag_removed_attribute import TagRemovedAttribute  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ActivityLogEntryType(d.pop("_type"))

        activity_timestamp = parse_datetime(d.pop("activityTimestamp"))

        activity_type = DeprecatedActivityLogType(d.pop("activityType"))

        conversation_id = d.pop("conversationId")

        id = d.pop("id")

        def _parse_attributes(
            data: object,
        ) -> (
            ConversationAssignedAttribute
            | ConversationAutoReplySentAttribute
            | ConversationChannelChangedAttribute
            | ConversationClaimedAttribute
            | ConversationCreatedAttribute
            | ConversationCustomAttributesUpdatedAttribute
            | ConversationEndUserReplacedAttribute
            | ConversationLanguageUpdatedAttribute
            | ConversationLinkedAttribute
            | ConversationOfferedAttribute
            | ConversationRatedAttribute
            | ConversationRatingNotOfferedAttribute
            | ConversationRatingOfferedAttribute
            | ConversationRatingScheduledAttribute
            | ConversationReservedAttribute
            | ConversationResolvedStateToggledAttribute
            | ConversationSubjectUpdatedAttribute
            | ConversationTranscriptionEndedAttribute
            | ConversationTransferredAttribute
            | ConversationUnassignedAttribute
            | MessageAddedAttribute
            | MessageRedactedAttribute
            | NoteAddedAttribute
            | TagAddedAttribute
            | TagRemovedAttribute
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "ConversationAssignedAttribute":
                    componentsschemas_activity_log_attribute_type_0 = (
                        ConversationAssignedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_0
                if type_tag == "ConversationAutoReplySentAttribute":
                    componentsschemas_activity_log_attribute_type_1 = (
                        ConversationAutoReplySentAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_1
                if type_tag == "ConversationChannelChangedAttribute":
                    componentsschemas_activity_log_attribute_type_2 = (
                        ConversationChannelChangedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_2
                if type_tag == "ConversationClaimedAttribute":
                    componentsschemas_activity_log_attribute_type_3 = (
                        ConversationClaimedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_3
                if type_tag == "ConversationCreatedAttribute":
                    componentsschemas_activity_log_attribute_type_4 = (
                        ConversationCreatedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_4
                if type_tag == "ConversationCustomAttributesUpdatedAttribute":
                    componentsschemas_activity_log_attribute_type_5 = (
                        ConversationCustomAttributesUpdatedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_5
                if type_tag == "ConversationEndUserReplacedAttribute":
                    componentsschemas_activity_log_attribute_type_6 = (
                        ConversationEndUserReplacedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_6
                if type_tag == "ConversationLanguageUpdatedAttribute":
                    componentsschemas_activity_log_attribute_type_7 = (
                        ConversationLanguageUpdatedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_7
                if type_tag == "ConversationLinkedAttribute":
                    componentsschemas_activity_log_attribute_type_8 = (
                        ConversationLinkedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_8
                if type_tag == "ConversationOfferedAttribute":
                    componentsschemas_activity_log_attribute_type_9 = (
                        ConversationOfferedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_9
                if type_tag == "ConversationRatedAttribute":
                    componentsschemas_activity_log_attribute_type_10 = (
                        ConversationRatedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_10
                if type_tag == "ConversationRatingNotOfferedAttribute":
                    componentsschemas_activity_log_attribute_type_11 = (
                        ConversationRatingNotOfferedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_11
                if type_tag == "ConversationRatingOfferedAttribute":
                    componentsschemas_activity_log_attribute_type_12 = (
                        ConversationRatingOfferedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_12
                if type_tag == "ConversationRatingScheduledAttribute":
                    componentsschemas_activity_log_attribute_type_13 = (
                        ConversationRatingScheduledAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_13
                if type_tag == "ConversationReservedAttribute":
                    componentsschemas_activity_log_attribute_type_14 = (
                        ConversationReservedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_14
                if type_tag == "ConversationResolvedStateToggledAttribute":
                    componentsschemas_activity_log_attribute_type_15 = (
                        ConversationResolvedStateToggledAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_15
                if type_tag == "ConversationSubjectUpdatedAttribute":
                    componentsschemas_activity_log_attribute_type_16 = (
                        ConversationSubjectUpdatedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_16
                if type_tag == "ConversationTranscriptionEndedAttribute":
                    componentsschemas_activity_log_attribute_type_17 = (
                        ConversationTranscriptionEndedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_17
                if type_tag == "ConversationTransferredAttribute":
                    componentsschemas_activity_log_attribute_type_18 = (
                        ConversationTransferredAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_18
                if type_tag == "ConversationUnassignedAttribute":
                    componentsschemas_activity_log_attribute_type_19 = (
                        ConversationUnassignedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_19
                if type_tag == "MessageAddedAttribute":
                    componentsschemas_activity_log_attribute_type_20 = (
                        MessageAddedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_20
                if type_tag == "MessageRedactedAttribute":
                    componentsschemas_activity_log_attribute_type_21 = (
                        MessageRedactedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_21
                if type_tag == "NoteAddedAttribute":
                    componentsschemas_activity_log_attribute_type_22 = (
                        NoteAddedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_22
                if type_tag == "TagAddedAttribute":
                    componentsschemas_activity_log_attribute_type_23 = (
                        TagAddedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_23
                if type_tag == "TagRemovedAttribute":
                    componentsschemas_activity_log_attribute_type_24 = (
                        TagRemovedAttribute.from_dict(data)
                    )

                    return componentsschemas_activity_log_attribute_type_24
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_0 = (
                    ConversationAssignedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_1 = (
                    ConversationAutoReplySentAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_2 = (
                    ConversationChannelChangedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_3 = (
                    ConversationClaimedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_4 = (
                    ConversationCreatedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_5 = (
                    ConversationCustomAttributesUpdatedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_6 = (
                    ConversationEndUserReplacedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_7 = (
                    ConversationLanguageUpdatedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_8 = (
                    ConversationLinkedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_9 = (
                    ConversationOfferedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_10 = (
                    ConversationRatedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_11 = (
                    ConversationRatingNotOfferedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_12 = (
                    ConversationRatingOfferedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_13 = (
                    ConversationRatingScheduledAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_14 = (
                    ConversationReservedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_15 = (
                    ConversationResolvedStateToggledAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_16 = (
                    ConversationSubjectUpdatedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_17 = (
                    ConversationTranscriptionEndedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_18 = (
                    ConversationTransferredAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_19 = (
                    ConversationUnassignedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_20 = (
                    MessageAddedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_21 = (
                    MessageRedactedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_22 = (
                    NoteAddedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_activity_log_attribute_type_23 = (
                    TagAddedAttribute.from_dict(data)
                )

                return componentsschemas_activity_log_attribute_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_activity_log_attribute_type_24 = (
                TagRemovedAttribute.from_dict(data)
            )

            return componentsschemas_activity_log_attribute_type_24

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        _author = d.pop("author", UNSET)
        author: ActivityLogUser | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = ActivityLogUser.from_dict(_author)

        activity_log_entry = cls(
            type_=type_,
            activity_timestamp=activity_timestamp,
            activity_type=activity_type,
            conversation_id=conversation_id,
            id=id,
            attributes=attributes,
            author=author,
        )

        activity_log_entry.additional_properties = d
        return activity_log_entry

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
