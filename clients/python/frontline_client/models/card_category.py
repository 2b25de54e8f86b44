from enum import StrEnum


class CardCategory(StrEnum):
    COST_SAVING = "cost_saving"
    CUSTOMER = "customer"
    OTHER = "other"
    PROBLEM_SOLVED = "problem_solved"
    TEAMWORK = "teamwork"

    def __str__(self) -> str:
        return str(self.value)
