from enum import StrEnum


class PoolNotLockedProblemStatusNow(StrEnum):
    APPROVED = "approved"
    CALCULATED = "calculated"
    DRAFT = "draft"
    LOCKED = "locked"

    def __str__(self) -> str:
        return str(self.value)
