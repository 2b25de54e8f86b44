from enum import StrEnum


class Category(StrEnum):
    CHILDREN = "children"
    HOME = "home"
    NOTES = "notes"
    NURSING = "nursing"
    PREGNANCY = "pregnancy"
    SAFETY = "safety"
    SEX = "sex"

    def __str__(self) -> str:
        return str(self.value)
