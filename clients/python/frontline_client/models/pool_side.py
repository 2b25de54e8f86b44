from enum import StrEnum


class PoolSide(StrEnum):
    BACK_OFFICE = "back_office"
    FRONTLINE = "frontline"

    def __str__(self) -> str:
        return str(self.value)
