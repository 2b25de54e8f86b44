from enum import StrEnum


class CareProfileReadSexType0(StrEnum):
    FEMALE = "female"
    MALE = "male"

    def __str__(self) -> str:
        return str(self.value)
