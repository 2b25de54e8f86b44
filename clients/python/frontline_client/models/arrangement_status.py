from enum import StrEnum


class ArrangementStatus(StrEnum):
    APPROVED = "approved"
    IN_REVIEW = "in_review"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
