from enum import StrEnum


class TicketsListScope(StrEnum):
    ALL = "all"
    MINE = "mine"
    QUEUE = "queue"
    STORES = "stores"

    def __str__(self) -> str:
        return str(self.value)
