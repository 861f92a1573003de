from enum import StrEnum


class MimeTypeImplType(StrEnum):
    MIMETYPEIMPL = "MimeTypeImpl"

    def __str__(self) -> str:
        return str(self.value)
