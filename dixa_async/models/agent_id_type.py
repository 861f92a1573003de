from enum import StrEnum


class AgentIdType(StrEnum):
    """Variant tag; always `AgentId`."""

    AGENTID = "AgentId"

    def __str__(self) -> str:
        return str(self.value)
