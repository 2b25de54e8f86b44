from enum import StrEnum


class Population(StrEnum):
    SECONDED = "seconded"
    STORE = "store"
    SUPPORT = "support"

    def __str__(self) -> str:
        return str(self.value)
