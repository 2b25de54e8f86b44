from enum import StrEnum


class PostStatus(StrEnum):
    HIDDEN = "hidden"
    PUBLISHED = "published"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
