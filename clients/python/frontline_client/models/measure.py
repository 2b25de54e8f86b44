from enum import StrEnum


class Measure(StrEnum):
    METRIC = "metric"
    SALES = "sales"
    TICKET_SATISFACTION = "ticket_satisfaction"

    def __str__(self) -> str:
        return str(self.value)
