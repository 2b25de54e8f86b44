from enum import StrEnum


class CheckInReadMenteeState(StrEnum):
    STEADY = "steady"
    STRUGGLING = "struggling"
    THRIVING = "thriving"

    def __str__(self) -> str:
        return str(self.value)
