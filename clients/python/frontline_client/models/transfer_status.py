from enum import StrEnum


class TransferStatus(StrEnum):
    APPROVED = "approved"
    CANCELLED = "cancelled"
    IN_REVIEW = "in_review"
    REJECTED = "rejected"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
