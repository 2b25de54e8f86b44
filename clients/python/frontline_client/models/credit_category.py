from enum import StrEnum


class CreditCategory(StrEnum):
    ELECTIVE = "elective"
    PRACTICE = "practice"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
