from enum import StrEnum


class AgentPresenceDurationValueType(StrEnum):
    AGENTPRESENCEDURATIONVALUE = "AgentPresenceDurationValue"

    def __str__(self) -> str:
        return str(self.value)
