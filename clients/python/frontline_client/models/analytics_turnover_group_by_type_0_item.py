from enum import StrEnum


class AnalyticsTurnoverGroupByType0Item(StrEnum):
    SEX = "sex"
    STORE = "store"

    def __str__(self) -> str:
        return str(self.value)
