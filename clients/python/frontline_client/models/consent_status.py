from enum import StrEnum


class ConsentStatus(StrEnum):
    GIVEN = "given"
    PENDING = "pending"
    REFUSED = "refused"

    def __str__(self) -> str:
        return str(self.value)
