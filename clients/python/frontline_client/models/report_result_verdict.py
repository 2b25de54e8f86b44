from enum import StrEnum


class ReportResultVerdict(StrEnum):
    GAP = "gap"
    NO_TARGET = "no_target"
    ON_TARGET = "on_target"
    STRENGTH = "strength"

    def __str__(self) -> str:
        return str(self.value)
