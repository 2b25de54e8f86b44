from enum import StrEnum


class RankingSource(StrEnum):
    FROZEN = "frozen"
    LIVE = "live"

    def __str__(self) -> str:
        return str(self.value)
