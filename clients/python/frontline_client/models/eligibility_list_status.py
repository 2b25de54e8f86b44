from enum import StrEnum


class EligibilityListStatus(StrEnum):
    ALL = "all"
    CLOSE = "close"
    ELIGIBLE = "eligible"

    def __str__(self) -> str:
        return str(self.value)
