from enum import StrEnum


class HoursKind(StrEnum):
    DAY_WINDOW = "day_window"
    PROTECTED_TIME = "protected_time"
    REDUCED_DAY = "reduced_day"

    def __str__(self) -> str:
        return str(self.value)
