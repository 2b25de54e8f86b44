from enum import StrEnum


class EventKind(StrEnum):
    ASSIGNED = "assigned"
    ATTACHMENT = "attachment"
    CREATED = "created"
    ESCALATED = "escalated"
    INTERNAL_NOTE = "internal_note"
    RATED = "rated"
    REPLY = "reply"
    STATUS_CHANGED = "status_changed"
    TRANSFERRED = "transferred"

    def __str__(self) -> str:
        return str(self.value)
