from enum import StrEnum


class AgentIdType(StrEnum):
    AGENTID = "AgentId"

    def __str__(self) -> str:
        return str(self.value)
