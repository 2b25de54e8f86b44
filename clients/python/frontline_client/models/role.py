from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    DEPT_HEAD = "dept_head"
    EMPLOYEE = "employee"
    HR = "hr"
    LEADER = "leader"
    STORE_MANAGER = "store_manager"

    def __str__(self) -> str:
        return str(self.value)
