from enum import StrEnum


class PoolPreviewSource(StrEnum):
    CALCULATED = "calculated"
    LIVE = "live"

    def __str__(self) -> str:
        return str(self.value)
