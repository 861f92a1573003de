"""Contains all the data models used in inputs/outputs.

A model's module is imported when the model is first used (module `__getattr__`), so importing
one model, or this package, does not load the other four hundred. Type checkers and IDEs see
every name through the `TYPE_CHECKING` imports.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .export_channel import ExportChannel
    from .export_conversation_status import ExportConversationStatus
    from .export_direction import ExportDirection
    from .export_error import ExportError
    from .export_rating_status import ExportRatingStatus
    from .export_rating_type import ExportRatingType
    from .exported_conversation import ExportedConversation
    from .exported_custom_field import ExportedCustomField
    from .exported_message import ExportedMessage
    from .exported_rating import ExportedRating
    from .exported_tag import ExportedTag

_MODULES = {
    "ExportChannel": "export_channel",
    "ExportConversationStatus": "export_conversation_status",
    "ExportDirection": "export_direction",
    "ExportError": "export_error",
    "ExportRatingStatus": "export_rating_status",
    "ExportRatingType": "export_rating_type",
    "ExportedConversation": "exported_conversation",
    "ExportedCustomField": "exported_custom_field",
    "ExportedMessage": "exported_message",
    "ExportedRating": "exported_rating",
    "ExportedTag": "exported_tag",
}

__all__ = (
    "ExportChannel",
    "ExportConversationStatus",
    "ExportDirection",
    "ExportedConversation",
    "ExportedCustomField",
    "ExportedMessage",
    "ExportedRating",
    "ExportedTag",
    "ExportError",
    "ExportRatingStatus",
    "ExportRatingType",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
