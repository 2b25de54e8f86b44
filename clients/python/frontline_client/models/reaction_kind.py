from enum import StrEnum


class ReactionKind(StrEnum):
    APPLAUSE = "applause"
    INSPIRED = "inspired"
    LIKE = "like"

    def __str__(self) -> str:
        return str(self.value)
