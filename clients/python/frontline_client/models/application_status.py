from enum import StrEnum


class ApplicationStatus(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    CLOSED = "closed"
    PENDING = "pending"
    REJECTED = "rejected"
    SHORTLISTED = "shortlisted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
