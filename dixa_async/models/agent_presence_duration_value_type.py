from enum import StrEnum


class AgentPresenceDurationValueType(StrEnum):
    """Variant tag; always `AgentPresenceDurationValue`."""

    AGENTPRESENCEDURATIONVALUE = "AgentPresenceDurationValue"

    def __str__(self) -> str:
        return str(self.value)
