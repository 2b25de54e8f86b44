from enum import StrEnum


class AnalyticsCareArrangementsGroupByType0Item(StrEnum):
    DEPARTMENT = "department"
    STORE = "store"

    def __str__(self) -> str:
        return str(self.value)
