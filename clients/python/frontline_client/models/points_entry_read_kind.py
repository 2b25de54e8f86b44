from enum import StrEnum


class PointsEntryReadKind(StrEnum):
    AWARD = "award"
    EXPIRY = "expiry"
    REDEMPTION = "redemption"
    REFUND = "refund"

    def __str__(self) -> str:
        return str(self.value)
