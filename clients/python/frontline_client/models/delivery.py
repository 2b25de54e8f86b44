from enum import StrEnum


class Delivery(StrEnum):
    CLASSROOM = "classroom"
    ONLINE = "online"
    PRACTICE = "practice"

    def __str__(self) -> str:
        return str(self.value)
