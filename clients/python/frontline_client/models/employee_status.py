from enum import StrEnum


class EmployeeStatus(StrEnum):
    ACTIVE = "active"
    LEFT = "left"
    ON_LEAVE = "on_leave"

    def __str__(self) -> str:
        return str(self.value)
