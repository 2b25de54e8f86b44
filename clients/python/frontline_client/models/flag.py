from enum import StrEnum


class Flag(StrEnum):
    IMPOSSIBLE_TRAVEL = "impossible_travel"
    MISSING_OUT = "missing_out"
    MOCK_LOCATION = "mock_location"
    OFFLINE = "offline"

    def __str__(self) -> str:
        return str(self.value)
