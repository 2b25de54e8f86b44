from enum import StrEnum


class FigureSeriesDirectionType0(StrEnum):
    ABOVE = "above"
    BELOW = "below"

    def __str__(self) -> str:
        return str(self.value)
