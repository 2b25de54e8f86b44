from enum import StrEnum


class MyBandBand(StrEnum):
    OTHER = "other"
    TOP_10 = "top_10"
    TOP_30 = "top_30"
    TOP_50 = "top_50"

    def __str__(self) -> str:
        return str(self.value)
