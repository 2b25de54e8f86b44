from enum import StrEnum


class TransferKind(StrEnum):
    EARLY_RETURN = "early_return"
    EXTENSION = "extension"
    PERMANENT = "permanent"
    SECONDMENT = "secondment"

    def __str__(self) -> str:
        return str(self.value)
