from enum import StrEnum


class PostingStatus(StrEnum):
    CLOSED = "closed"
    DRAFT = "draft"
    FILLED = "filled"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
