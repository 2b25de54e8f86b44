from enum import StrEnum


class Kind(StrEnum):
    CHECKUPS_ARE_WORK = "checkups_are_work"
    DAY_WINDOW = "day_window"
    MAX_COMMUTE = "max_commute"
    NO_EXTENDED_HOURS = "no_extended_hours"
    NO_NIGHT_WORK = "no_night_work"
    PROTECTED_TIME = "protected_time"
    REDUCED_DAY = "reduced_day"
    REMOTE_DAYS = "remote_days"
    REST_WITHIN_HOURS = "rest_within_hours"
    SHIFT_ENDS_BY = "shift_ends_by"

    def __str__(self) -> str:
        return str(self.value)
