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

from ..models.contact_form_attributes_direction import ContactFormAttributesDirection
from ..models.contact_form_attributes_type import ContactFormAttributesType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_contact import EmailContact
    from ..models.file import File
    from ..models.regular import Regular
    from ..models.too_large import TooLarge


T = TypeVar("T", bound="ContactFormAttributes")


@_attrs_define
class ContactFormAttributes:
    """
    Attributes:
        type_ (ContactFormAttributesType): Variant tag; always `ContactFormAttributes`. Default:
            ContactFormAttributesType.CONTACTFORMATTRIBUTES.
        is_auto_reply (bool):
        attachments (list[File] | Unset):
        bcc (list[EmailContact] | Unset):
        cc (list[EmailContact] | Unset):
        delivery_failure_reason (str | Unset):
        direction (ContactFormAttributesDirection | Unset):
        email_content (Regular | TooLarge | Unset): One of several variants, told apart by `_type`.
        from_ (EmailContact | Unset):
        inline_images (list[File] | Unset):
        original_content_url (File | Unset):
        reply_default_to_emails (list[EmailContact] | Unset):
        to (list[EmailContact] | Unset):
    """

    is_auto_reply: bool
    type_: ContactFormAttributesType = ContactFormAttributesType.CONTACTFORMATTRIBUTES
    attachments: list[File] | Unset = UNSET
    bcc: list[EmailContact] | Unset = UNSET
    cc: list[EmailContact] | Unset = UNSET
    delivery_failure_reason: str | Unset = UNSET
    direction: ContactFormAttributesDirection | Unset = UNSET
    email_content: Regular | TooLarge | Unset = UNSET
    from_: EmailContact | Unset = UNSET
    inline_images: list[File] | Unset = UNSET
    original_content_url: File | Unset = UNSET
    reply_default_to_emails: list[EmailContact] | Unset = UNSET
    to: list[EmailContact] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Each field's JSON key, by attribute, in declaration order (a class attribute, not a
    # field): what `to_dict` writes and `from_dict` reads, for code that checks input
    # against the model before building it.
    JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "_type",
        "is_auto_reply": "isAutoReply",
        "attachments": "attachments",
        "bcc": "bcc",
        "cc": "cc",
        "delivery_failure_reason": "deliveryFailureReason",
        "direction": "direction",
        "email_content": "emailContent",
        "from_": "from",
        "inline_images": "inlineImages",
        "original_content_url": "originalContentUrl",
        "reply_default_to_emails": "replyDefaultToEmails",
        "to": "to",
    }

    def to_dict(self) -> dict[str, Any]:
        from ..models.regular import Regular  # noqa: PLC0415

        type_ = self.type_.value

        is_auto_reply = self.is_auto_reply

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        bcc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = []
            for bcc_item_data in self.bcc:
                bcc_item = bcc_item_data.to_dict()
                bcc.append(bcc_item)

        cc: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = []
            for cc_item_data in self.cc:
                cc_item = cc_item_data.to_dict()
                cc.append(cc_item)

        delivery_failure_reason = self.delivery_failure_reason

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        email_content: dict[str, Any] | Unset
        if isinstance(self.email_content, Unset):
            email_content = UNSET
        elif isinstance(self.email_content, Regular):
            email_content = self.email_content.to_dict()
        else:
            email_content = self.email_content.to_dict()

        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        inline_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inline_images, Unset):
            inline_images = []
            for inline_images_item_data in self.inline_images:
                inline_images_item = inline_images_item_data.to_dict()
                inline_images.append(inline_images_item)

        original_content_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_content_url, Unset):
            original_content_url = self.original_content_url.to_dict()

        reply_default_to_emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reply_default_to_emails, Unset):
            reply_default_to_emails = []
            for reply_default_to_emails_item_data in self.reply_default_to_emails:
                reply_default_to_emails_item = (
                    reply_default_to_emails_item_data.to_dict()
                )
                reply_default_to_emails.append(reply_default_to_emails_item)

        to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = []
            for to_item_data in self.to:
                to_item = to_item_data.to_dict()
                to.append(to_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_type": type_,
                "isAutoReply": is_auto_reply,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if cc is not UNSET:
            field_dict["cc"] = cc
        if delivery_failure_reason is not UNSET:
            field_dict["deliveryFailureReason"] = delivery_failure_reason
        if direction is not UNSET:
            field_dict["direction"] = direction
        if email_content is not UNSET:
            field_dict["emailContent"] = email_content
        if from_ is not UNSET:
            field_dict["from"] = from_
        if inline_images is not UNSET:
            field_dict["inlineImages"] = inline_images
        if original_content_url is not UNSET:
            field_dict["originalContentUrl"] = original_content_url
        if reply_default_to_emails is not UNSET:
            field_dict["replyDefaultToEmails"] = reply_default_to_emails
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_contact import EmailContact  # noqa: PLC0415
        from ..models.file import File  # noqa: PLC0415
        from ..models.regular import Regular  # noqa: PLC0415
        from ..models.too_large import TooLarge  # noqa: PLC0415

        # An explicit null where the description declares no null means "absent".
        d = {key: value for key, value in src_dict.items() if value is not None}
        type_ = ContactFormAttributesType(d.pop("_type"))

        is_auto_reply = d.pop("isAutoReply")

        _attachments = d.pop("attachments", UNSET)
        attachments: list[File] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = File.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _bcc = d.pop("bcc", UNSET)
        bcc: list[EmailContact] | Unset = UNSET
        if _bcc is not UNSET:
            bcc = []
            for bcc_item_data in _bcc:
                bcc_item = EmailContact.from_dict(bcc_item_data)

                bcc.append(bcc_item)

        _cc = d.pop("cc", UNSET)
        cc: list[EmailContact] | Unset = UNSET
        if _cc is not UNSET:
            cc = []
            for cc_item_data in _cc:
                cc_item = EmailContact.from_dict(cc_item_data)

                cc.append(cc_item)

        delivery_failure_reason = d.pop("deliveryFailureReason", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: ContactFormAttributesDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ContactFormAttributesDirection(_direction)

        def _parse_email_content(data: object) -> Regular | TooLarge | Unset:
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                type_tag = data.get("_type")
                if type_tag == "Regular":
                    componentsschemas_email_content_type_0 = Regular.from_dict(data)

                    return componentsschemas_email_content_type_0
                if type_tag == "TooLarge":
                    componentsschemas_email_content_type_1 = TooLarge.from_dict(data)

                    return componentsschemas_email_content_type_1
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_email_content_type_0 = Regular.from_dict(data)

                return componentsschemas_email_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_email_content_type_1 = TooLarge.from_dict(data)

            return componentsschemas_email_content_type_1

        email_content = _parse_email_content(d.pop("emailContent", UNSET))

        _from_ = d.pop("from", UNSET)
        from_: EmailContact | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = EmailContact.from_dict(_from_)

        _inline_images = d.pop("inlineImages", UNSET)
        inline_images: list[File] | Unset = UNSET
        if _inline_images is not UNSET:
            inline_images = []
            for inline_images_item_data in _inline_images:
                inline_images_item = File.from_dict(inline_images_item_data)

                inline_images.append(inline_images_item)

        _original_content_url = d.pop("originalContentUrl", UNSET)
        original_content_url: File | Unset
        if isinstance(_original_content_url, Unset):
            original_content_url = UNSET
        else:
            original_content_url = File.from_dict(_original_content_url)

        _reply_default_to_emails = d.pop("replyDefaultToEmails", UNSET)
        reply_default_to_emails: list[EmailContact] | Unset = UNSET
        if _reply_default_to_emails is not UNSET:
            reply_default_to_emails = []
            for reply_default_to_emails_item_data in _reply_default_to_emails:
                reply_default_to_emails_item = EmailContact.from_dict(
                    reply_default_to_emails_item_data
                )

                reply_default_to_emails.append(reply_default_to_emails_item)

        _to = d.pop("to", UNSET)
        to: list[EmailContact] | Unset = UNSET
        if _to is not UNSET:
            to = []
            for to_item_data in _to:
                to_item = EmailContact.from_dict(to_item_data)

                to.append(to_item)

        contact_form_attributes = cls(
            type_=type_,
            is_auto_reply=is_auto_reply,
            attachments=attachments,
            bcc=bcc,
            cc=cc,
            delivery_failure_reason=delivery_failure_reason,
            direction=direction,
            email_content=email_content,
            from_=from_,
            inline_images=inline_images,
            original_content_url=original_content_url,
            reply_default_to_emails=reply_default_to_emails,
            to=to,
        )

        contact_form_attributes.additional_properties = d
        return contact_form_attributes

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
