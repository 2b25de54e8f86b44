"""The business rules of recognition, without I/O: budgets by role, the month, the pair key, when
points expire, and the points ledger's lots.

The ledger rule: awards and refunds are lots; every debit takes the oldest points first (the lot
that expires soonest, then the one written first), an expiry takes what is left of its own lot.
So what remains of each lot is a function of the ledger alone, the balance (the ledger's sum) is
always the sum of what remains, and the worker can compute which lots to expire, once each."""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

AWARD = "award"
REFUND = "refund"
REDEMPTION = "redemption"
EXPIRY = "expiry"
CREDITS = (AWARD, REFUND)

ROLE_BUDGET_DEFAULTS: dict[str, int] = {
    "employee": 50,
    "store_manager": 500,
    "dept_head": 500,
    "leader": 500,
    "hr": 0,
    "admin": 0,
}
PAIR_CAP_DEFAULT = 100
EXPIRY_MONTHS_DEFAULT = 24


def month_of(day: date) -> str:
    """The organisation's month a day falls in, as YYYY-MM (budgets and pair caps count by it)."""
    return f"{day.year:04d}-{day.month:02d}"


def budget_for(roles: Iterable[str], budgets: Mapping[str, int]) -> int:
    """A sender's monthly budget: the largest of their roles' budgets (someone holding no role
    counts as an employee). A role the settings leave out has no budget."""
    held = set(roles) or {"employee"}
    return max((int(budgets.get(role, 0)) for role in held), default=0)


def pair_key(first: uuid.UUID, second: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    """Two people in a fixed order, so A->B and B->A count against one cap."""
    return (first, second) if first < second else (second, first)


def add_months(moment: datetime, months: int) -> datetime:
    """The same moment `months` later; a day the target month lacks (31 March + 1 month) becomes
    that month's last day."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


# --- the ledger's lots ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """A ledger row as the rules need it (ids rise in the order rows were written)."""

    id: int
    delta: int
    kind: str
    expires_at: datetime | None = None
    redemption_id: uuid.UUID | None = None
    expires_lot_id: int | None = None


@dataclass(slots=True)
class Lot:
    id: int
    amount: int
    expires_at: datetime
    remaining: int
    expired: bool = False  # an expiry entry names it


@dataclass(slots=True)
class Ledger:
    """What the entries leave: each lot's remainder, and which lots each debit took from."""

    lots: dict[int, Lot] = field(default_factory=dict)
    taken: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # debit id -> [(lot id, points)]
    shortfall: int = 0  # points debited beyond what the lots held (never by the services)

    @property
    def balance(self) -> int:
        return sum(lot.remaining for lot in self.lots.values()) - self.shortfall

    def open_lots(self) -> list[Lot]:
        """Lots with points left, oldest first (the order debits take them in)."""
        return sorted(
            (lot for lot in self.lots.values() if lot.remaining > 0), key=lambda lot: (lot.expires_at, lot.id)
        )


def replay(entries: Iterable[Entry]) -> Ledger:
    """Runs the ledger in the order it was written."""
    ledger = Ledger()
    for entry in sorted(entries, key=lambda e: e.id):
        if entry.delta > 0:
            if entry.expires_at is None:
                raise ValueError(f"credit {entry.id} has no expiry")
            ledger.lots[entry.id] = Lot(entry.id, entry.delta, entry.expires_at, entry.delta)
            continue
        wanted = -entry.delta
        taken: list[tuple[int, int]] = []
        if entry.kind == EXPIRY and entry.expires_lot_id is not None:
            sources = [ledger.lots[entry.expires_lot_id]] if entry.expires_lot_id in ledger.lots else []
            for lot in sources:
                lot.expired = True
        else:
            sources = ledger.open_lots()
        for lot in sources:
            if wanted == 0:
                break
            part = min(lot.remaining, wanted)
            if part > 0:
                lot.remaining -= part
                wanted -= part
                taken.append((lot.id, part))
        ledger.shortfall += wanted
        ledger.taken[entry.id] = taken
    return ledger


def due_expiries(ledger: Ledger, now: datetime) -> list[tuple[int, int]]:
    """(lot id, points) for each lot past its expiry with points left and not yet expired, oldest
    first: the expiry entries to append. Once appended, the lot is expired and never comes again."""
    due = [lot for lot in ledger.lots.values() if lot.expires_at <= now and lot.remaining > 0 and not lot.expired]
    return [(lot.id, lot.remaining) for lot in sorted(due, key=lambda lot: (lot.expires_at, lot.id))]


def expiring(ledger: Ledger, now: datetime, until: datetime) -> int:
    """Points that will expire after `now` and by `until` unless spent first."""
    return sum(lot.remaining for lot in ledger.open_lots() if now < lot.expires_at <= until)


def refund_lots(ledger: Ledger, debit_id: int, points: int, fresh_expiry: datetime) -> list[tuple[datetime, int]]:
    """A rejected redemption's points back, as lots expiring when the points it took would have
    (a refund does not make old points young); anything not traced to a lot gets `fresh_expiry`.
    One (expires_at, points) per distinct expiry, oldest first; they sum to `points`."""
    by_expiry: dict[datetime, int] = {}
    traced = 0
    for lot_id, part in ledger.taken.get(debit_id, []):
        expires_at = ledger.lots[lot_id].expires_at
        by_expiry[expires_at] = by_expiry.get(expires_at, 0) + part
        traced += part
    if points > traced:
        by_expiry[fresh_expiry] = by_expiry.get(fresh_expiry, 0) + points - traced
    return sorted(by_expiry.items())


def entries_sum(entries: Sequence[Entry]) -> int:
    return sum(entry.delta for entry in entries)
