from enum import StrEnum


class TrailAction(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    EDITED = "edited"
    REJECTED = "rejected"
    RESUBMITTED = "resubmitted"
    RETURNED = "returned"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
