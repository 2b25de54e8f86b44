from enum import StrEnum


class ArrangementStepApprover(StrEnum):
    HOME_DEPARTMENT = "home_department"
    HR = "hr"

    def __str__(self) -> str:
        return str(self.value)
