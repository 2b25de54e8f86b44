from enum import StrEnum


class AnalyticsGrowthGroupByType0Item(StrEnum):
    DEPARTMENT = "department"
    SEX = "sex"

    def __str__(self) -> str:
        return str(self.value)
