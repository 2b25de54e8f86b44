from enum import StrEnum


class BonusRuleUpdateBasis(StrEnum):
    PERSONAL = "personal"
    STORE = "store"

    def __str__(self) -> str:
        return str(self.value)
