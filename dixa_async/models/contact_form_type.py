from enum import StrEnum


class ContactFormType(StrEnum):
    CONTACTFORM = "ContactForm"

    def __str__(self) -> str:
        return str(self.value)
