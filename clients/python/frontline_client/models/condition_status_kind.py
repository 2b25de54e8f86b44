from enum import StrEnum


class ConditionStatusKind(StrEnum):
    CREDITS = "credits"
    FRONTLINE_PERFORMANCE = "frontline_performance"
    FRONTLINE_TIME = "frontline_time"

    def __str__(self) -> str:
        return str(self.value)
