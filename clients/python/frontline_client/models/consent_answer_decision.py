from enum import StrEnum


class ConsentAnswerDecision(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"

    def __str__(self) -> str:
        return str(self.value)
