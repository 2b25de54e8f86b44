from enum import StrEnum


class SwapStatus(StrEnum):
    APPROVED = "approved"
    OFFERED = "offered"
    REJECTED = "rejected"
    TAKEN = "taken"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
