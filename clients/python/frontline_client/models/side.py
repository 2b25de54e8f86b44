from enum import StrEnum


class Side(StrEnum):
    HQ = "hq"
    STORE = "store"
    SUPPORT = "support"

    def __str__(self) -> str:
        return str(self.value)
