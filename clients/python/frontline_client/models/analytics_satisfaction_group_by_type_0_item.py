from enum import StrEnum


class AnalyticsSatisfactionGroupByType0Item(StrEnum):
    DEPARTMENT = "department"
    SEX = "sex"
    STORE = "store"

    def __str__(self) -> str:
        return str(self.value)
