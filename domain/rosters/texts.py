"""What a violation says to the manager: the rule and, for a care rule, the day it ends; never why
it holds ("care rule: no night work for this person until 2027-05-01")."""

from __future__ import annotations

from domain.rosters.rules import Rule, Violation
from domain.shared.i18n import Message, _


def violation_text(violation: Violation) -> Message:
    until = violation.until.isoformat() if violation.until else ""
    numbers = violation.numbers
    match violation.rule:
        case Rule.OVERLAP:
            return _("Two shifts of one person overlap.")
        case Rule.NO_NIGHT_WORK:
            return _("Care rule: no night work for this person until {until}.", until=until)
        case Rule.NO_EXTENDED_DAY:
            return _("Care rule: no shift beyond the standard day for this person until {until}.", until=until)
        case Rule.NO_EXTENDED_WEEK:
            return _(
                "Care rule: at most {limit} minutes a week for this person until {until} ({minutes} rostered).",
                limit=numbers.get("limit_minutes", ""),
                minutes=numbers.get("week_minutes", ""),
                until=until,
            )
        case Rule.SHIFT_ENDS_BY:
            return _("Personal need: no shift ending this late for this person until {until}.", until=until)
        case Rule.DAY_WINDOW:
            return _("Approved arrangement: this person works within a daily window until {until}.", until=until)
        case Rule.REDUCED_DAY:
            return _("Approved arrangement: this person works a shorter day until {until}.", until=until)
        case Rule.WOMEN_LATE_SHARE:
            return _(
                "Women would work {by_women} of {late_shifts} late shifts this week; at most {allowed} are allowed.",
                by_women=numbers.get("by_women", ""),
                late_shifts=numbers.get("late_shifts", ""),
                allowed=numbers.get("allowed", ""),
            )
        case Rule.MIN_REST:
            return _(
                "Only {rest} minutes of rest between two shifts; the rule asks for {minimum}.",
                rest=numbers.get("rest_minutes", ""),
                minimum=numbers.get("minimum_minutes", ""),
            )
        case Rule.CONSECUTIVE_DAYS:
            return _(
                "{days} working days in a row; the rule allows {maximum}.",
                days=numbers.get("days", ""),
                maximum=numbers.get("maximum_days", ""),
            )
