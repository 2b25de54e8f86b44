from enum import StrEnum


class OrgUnitKind(StrEnum):
    DEPARTMENT = "department"
    HEADQUARTERS = "headquarters"
    PROJECT = "project"
    REGION = "region"
    STORE = "store"

    def __str__(self) -> str:
        return str(self.value)
