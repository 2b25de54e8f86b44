from enum import StrEnum


class ShiftFlag(StrEnum):
    LATE = "late"
    LEFT_EARLY = "left_early"
    MISSED = "missed"
    NO_IN = "no_in"
    NO_OUT = "no_out"
    UNPLANNED = "unplanned"

    def __str__(self) -> str:
        return str(self.value)
