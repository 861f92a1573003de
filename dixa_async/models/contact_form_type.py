from enum import StrEnum


class ContactFormType(StrEnum):
    """Variant tag; always `ContactForm`."""

    CONTACTFORM = "ContactForm"

    def __str__(self) -> str:
        return str(self.value)
