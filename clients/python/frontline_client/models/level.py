from enum import StrEnum


class Level(StrEnum):
    INTERMEDIATE = "intermediate"
    JUNIOR = "junior"
    NONE = "none"
    SENIOR = "senior"

    def __str__(self) -> str:
        return str(self.value)
