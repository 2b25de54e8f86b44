from enum import StrEnum


class Approver(StrEnum):
    DESTINATION_MANAGER = "destination_manager"
    HOME_DEPARTMENT = "home_department"
    HR = "hr"
    LEADER_OVER_DESTINATION = "leader_over_destination"

    def __str__(self) -> str:
        return str(self.value)
