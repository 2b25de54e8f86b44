from enum import StrEnum


class Basis(StrEnum):
    ARRANGEMENT = "arrangement"
    LAW = "law"
    PERSONAL = "personal"

    def __str__(self) -> str:
        return str(self.value)
