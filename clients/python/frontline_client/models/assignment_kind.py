from enum import StrEnum


class AssignmentKind(StrEnum):
    PERMANENT = "permanent"
    SECONDMENT = "secondment"

    def __str__(self) -> str:
        return str(self.value)
