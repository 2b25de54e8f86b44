from enum import StrEnum


class Source(StrEnum):
    FRONTLINE_DAYS = "frontline_days"
    MANUAL = "manual"
    PUSHED = "pushed"
    SALES = "sales"
    TICKETS = "tickets"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
