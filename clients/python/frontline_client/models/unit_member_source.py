from enum import StrEnum


class UnitMemberSource(StrEnum):
    HOME = "home"
    PERMANENT = "permanent"
    SECONDMENT = "secondment"

    def __str__(self) -> str:
        return str(self.value)
