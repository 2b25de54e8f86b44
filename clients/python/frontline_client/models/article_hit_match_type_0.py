from enum import StrEnum


class ArticleHitMatchType0(StrEnum):
    PARTIAL = "partial"
    TEXT = "text"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
