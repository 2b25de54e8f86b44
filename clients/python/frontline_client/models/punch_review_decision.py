from enum import StrEnum


class PunchReviewDecision(StrEnum):
    CONFIRM = "confirm"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
