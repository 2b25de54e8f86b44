from enum import StrEnum


class BroadcastsReceiptsState(StrEnum):
    ALL = "all"
    READ = "read"
    UNACKNOWLEDGED = "unacknowledged"
    UNREAD = "unread"

    def __str__(self) -> str:
        return str(self.value)
