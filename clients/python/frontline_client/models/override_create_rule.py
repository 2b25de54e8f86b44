from enum import StrEnum


class OverrideCreateRule(StrEnum):
    ROSTER_CONSECUTIVE_DAYS = "roster.consecutive_days"
    ROSTER_MIN_REST = "roster.min_rest"

    def __str__(self) -> str:
        return str(self.value)
