from enum import StrEnum


class AnalyticsPoolPayoutsFormat(StrEnum):
    CSV = "csv"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
