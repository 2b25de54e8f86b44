from enum import StrEnum


class PoolWrongStatusProblemStatusNow(StrEnum):
    APPROVED = "approved"
    CALCULATED = "calculated"
    DRAFT = "draft"
    LOCKED = "locked"

    def __str__(self) -> str:
        return str(self.value)
