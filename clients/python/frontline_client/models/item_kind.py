from enum import StrEnum


class ItemKind(StrEnum):
    LEAVE = "leave"
    OTHER = "other"
    SHOPPING_CARD = "shopping_card"

    def __str__(self) -> str:
        return str(self.value)
