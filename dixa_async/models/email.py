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

from ..models.email_type import EmailType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inbound import Inbound
    from ..models.outbound import Outbound


T = TypeVar("T", bound="Email")


@_attrs_define
class Email:
    """
    Attributes:
        type_ (EmailType): Variant tag; always `Email`. Default: EmailType.EMAIL.
        email_integration_id (str):
        message (Inbound | Outbound): One of several variants, told apart by `_type`.
        requester_id (str): UUID. Kept as a plain string: Dixa's own examples contain ids that are not valid UUIDs.
        subject (str):
        language (str | Unset):
    """

    email_integration_id: str
    message: Inbound | Outbound
    requester_id: str
    subject: str
    type_: EmailType = EmailType.EMAIL
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "email_integration_id": "emailIntegrationId",
        "message": "message",
        "requester_id": "requesterId",
        "subject": "subject",
        "language": "language",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.inbound import Inbound  # noqa: PLC0415

        type_ = self.type_.value

        email_integration_id = self.email_integration_id

        message: dict[str, Any]
        if isinstance(self.message, Inbound):
            message = self.message.to_dict()
        else:
            message = self.message.to_dict()

        requester_id = self.requester_id

        subject = self.subject

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "emailIntegrationId": email_integration_id,
                "message": message,
                "requesterId": requester_id,
                "subject": subject,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound import Inbound  # noqa: PLC0415
        from ..models.outbound import Outbound  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = EmailType(d.pop("_type"))

        email_integration_id = d.pop("emailIntegrationId")

        def _parse_message(data: object) -> Inbound | Outbound:
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "Inbound":
                    componentsschemas_create_message_input_type_0 = Inbound.from_dict(
                        data
                    )

                    return componentsschemas_create_message_input_type_0
                if type_tag == "Outbound":
                    componentsschemas_create_message_input_type_1 = Outbound.from_dict(
                        data
                    )

                    return componentsschemas_create_message_input_type_1
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_message_input_type_0 = Inbound.from_dict(data)

                return componentsschemas_create_message_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_create_message_input_type_1 = Outbound.from_dict(data)

            return componentsschemas_create_message_input_type_1

        message = _parse_message(d.pop("message"))

        requester_id = d.pop("requesterId")

        subject = d.pop("subject")

        language = d.pop("language", UNSET)

        email = cls(
            type_=type_,
            email_integration_id=email_integration_id,
            message=message,
            requester_id=requester_id,
            subject=subject,
            language=language,
        )

        email.additional_properties = d
        return email

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
