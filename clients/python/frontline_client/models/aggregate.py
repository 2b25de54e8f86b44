from enum import StrEnum


class Aggregate(StrEnum):
    AVERAGE = "average"
    BEST = "best"
    LATEST = "latest"

    def __str__(self) -> str:
        return str(self.value)
