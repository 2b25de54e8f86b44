from enum import StrEnum


class SeriesGroupSexType0(StrEnum):
    OTHERS = "others"
    WOMEN = "women"

    def __str__(self) -> str:
        return str(self.value)
