from enum import StrEnum


class AllowanceNotApprovedProblemStatusNow(StrEnum):
    APPROVED = "approved"
    CALCULATED = "calculated"

    def __str__(self) -> str:
        return str(self.value)
