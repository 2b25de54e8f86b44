from enum import StrEnum


class AnalyticsLateShiftsGroupByType0Item(StrEnum):
    REGION = "region"
    STORE = "store"

    def __str__(self) -> str:
        return str(self.value)
