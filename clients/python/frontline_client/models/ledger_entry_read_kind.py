from enum import StrEnum


class LedgerEntryReadKind(StrEnum):
    ALLOCATION = "allocation"
    REVERSAL = "reversal"

    def __str__(self) -> str:
        return str(self.value)
