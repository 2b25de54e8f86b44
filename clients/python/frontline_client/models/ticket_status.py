from enum import StrEnum


class TicketStatus(StrEnum):
    ACKNOWLEDGED = "acknowledged"
    CLOSED = "closed"
    IN_PROGRESS = "in_progress"
    OPEN = "open"
    RESOLVED = "resolved"
    WAITING_ON_REQUESTER = "waiting_on_requester"

    def __str__(self) -> str:
        return str(self.value)
