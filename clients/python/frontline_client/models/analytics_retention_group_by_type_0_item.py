from enum import StrEnum


class AnalyticsRetentionGroupByType0Item(StrEnum):
    DEPARTMENT = "department"
    SEX = "sex"

    def __str__(self) -> str:
        return str(self.value)
