from enum import StrEnum


class SatisfactionSeriesDirectionType0(StrEnum):
    ABOVE = "above"
    BELOW = "below"

    def __str__(self) -> str:
        return str(self.value)
