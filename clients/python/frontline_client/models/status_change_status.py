from enum import StrEnum


class StatusChangeStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    WAITING_ON_REQUESTER = "waiting_on_requester"

    def __str__(self) -> str:
        return str(self.value)
