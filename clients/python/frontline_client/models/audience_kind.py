from enum import StrEnum


class AudienceKind(StrEnum):
    DEPARTMENT = "department"
    EVERYONE = "everyone"
    HEAD_OFFICE = "head_office"
    REGION = "region"

    def __str__(self) -> str:
        return str(self.value)
