from enum import StrEnum


class MimeTypeImplType(StrEnum):
    """Variant tag; always `MimeTypeImpl`."""

    MIMETYPEIMPL = "MimeTypeImpl"

    def __str__(self) -> str:
        return str(self.value)
