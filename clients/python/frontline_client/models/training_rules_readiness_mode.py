from enum import StrEnum


class TrainingRulesReadinessMode(StrEnum):
    BLOCK = "block"
    WARN = "warn"

    def __str__(self) -> str:
        return str(self.value)
