from enum import StrEnum


class Stage(StrEnum):
    DURING = "during"
    END = "end"

    def __str__(self) -> str:
        return str(self.value)
