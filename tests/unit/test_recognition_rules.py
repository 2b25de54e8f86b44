"""Recognition's rules without a database: the ledger's lots (hypothesis properties: the balance
is the ledger's sum, debits and expiry take the oldest points first, nothing goes below zero,
expiring twice changes nothing, a refund gives back exactly what was taken with the same expiries),
budgets by role, the month, the pair key and adding months."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from domain.recognition import rules
from domain.recognition.rules import Entry

START = datetime(2026, 1, 31, 8, tzinfo=UTC)

# an operation: ("award", points, months to expiry) | ("redeem", share of the balance in %) | ("expire", days on)
Operation = tuple[str, int, int]
operations = st.lists(
    st.one_of(
        st.tuples(st.just("award"), st.integers(1, 500), st.integers(1, 30)),
        st.tuples(st.just("redeem"), st.integers(1, 100), st.just(0)),
        st.tuples(st.just("expire"), st.integers(0, 400), st.just(0)),
    ),
    max_size=40,
)


def run(ops: list[Operation]) -> tuple[list[Entry], datetime]:
    """The ledger the services would write for these operations: redemptions only of what is held
    after the expiries due (as a redemption expires first), expiries through `due_expiries`."""
    entries: list[Entry] = []
    now = START
    next_id = 1

    def add(delta: int, kind: str, **extra: object) -> None:
        nonlocal next_id
        entries.append(Entry(next_id, delta, kind, **extra))  # type: ignore[arg-type]
        next_id += 1

    def expire() -> None:
        for lot_id, points in rules.due_expiries(rules.replay(entries), now):
            add(-points, rules.EXPIRY, expires_lot_id=lot_id)

    for kind, amount, months in ops:
        now += timedelta(days=1)
        if kind == "award":
            add(amount, rules.AWARD, expires_at=rules.add_months(now, months))
        elif kind == "redeem":
            expire()
            balance = rules.replay(entries).balance
            points = balance * amount // 100
            if points:
                add(-points, rules.REDEMPTION, redemption_id=uuid.uuid4())
        else:
            now += timedelta(days=amount)
            expire()
    return entries, now


@given(operations)
def test_the_balance_is_the_sum_of_the_ledger_and_of_what_remains_of_each_lot(ops: list[Operation]) -> None:
    entries, _now = run(ops)
    ledger = rules.replay(entries)
    assert ledger.shortfall == 0
    assert ledger.balance == rules.entries_sum(entries) == sum(lot.remaining for lot in ledger.lots.values())


@given(operations)
def test_no_lot_and_no_balance_ever_goes_below_zero(ops: list[Operation]) -> None:
    entries, _now = run(ops)
    for end in range(len(entries) + 1):
        ledger = rules.replay(entries[:end])
        assert ledger.balance >= 0
        assert all(0 <= lot.remaining <= lot.amount for lot in ledger.lots.values())


@given(operations)
def test_a_debit_takes_the_oldest_points_first(ops: list[Operation]) -> None:
    entries, _now = run(ops)
    for position, entry in enumerate(entries):
        if entry.kind != rules.REDEMPTION:
            continue
        before = rules.replay(entries[:position]).open_lots()
        taken = rules.replay(entries[: position + 1]).taken[entry.id]
        # the lots taken are the oldest open ones, in order, each emptied but perhaps the last
        assert [lot_id for lot_id, _points in taken] == [lot.id for lot in before[: len(taken)]]
        for (lot_id, points), lot in zip(taken[:-1], before, strict=False):
            assert (lot_id, points) == (lot.id, lot.remaining)


@given(operations)
def test_expiry_takes_only_lots_past_their_day_and_expiring_twice_changes_nothing(ops: list[Operation]) -> None:
    entries, now = run(ops)
    ledger = rules.replay(entries)
    due = rules.due_expiries(ledger, now)
    assert all(ledger.lots[lot_id].expires_at <= now for lot_id, _points in due)
    assert [ledger.lots[lot_id].expires_at for lot_id, _ in due] == sorted(ledger.lots[i].expires_at for i, _ in due)
    first = len(entries) + 1
    expired = entries + [
        Entry(first + n, -points, rules.EXPIRY, expires_lot_id=lot_id) for n, (lot_id, points) in enumerate(due)
    ]
    after = rules.replay(expired)
    assert rules.due_expiries(after, now) == []
    assert all(lot.remaining == 0 for lot in after.lots.values() if lot.expires_at <= now)
    # what has not reached its day is untouched
    assert {i: lot.remaining for i, lot in after.lots.items() if lot.expires_at > now} == {
        i: lot.remaining for i, lot in ledger.lots.items() if lot.expires_at > now
    }


@given(operations, st.integers(1, 100))
def test_a_refund_gives_back_what_a_redemption_took_expiring_when_it_would_have(
    ops: list[Operation], share: int
) -> None:
    entries, now = run(ops)
    balance = rules.replay(entries).balance
    points = balance * share // 100
    if points == 0:
        return
    debit = Entry(len(entries) + 1, -points, rules.REDEMPTION)
    ledger = rules.replay([*entries, debit])
    fresh = now + timedelta(days=730)
    refund = rules.refund_lots(ledger, debit.id, points, fresh)
    assert sum(part for _expiry, part in refund) == points
    taken = {ledger.lots[lot_id].expires_at for lot_id, _ in ledger.taken[debit.id]}
    assert {expiry for expiry, _part in refund} == taken  # no fresh expiry: every point was traced


def test_expiry_takes_the_oldest_lot_first_a_worked_example() -> None:
    old = Entry(1, 100, rules.AWARD, expires_at=START + timedelta(days=10))
    young = Entry(2, 100, rules.AWARD, expires_at=START + timedelta(days=400))
    spent = Entry(3, -150, rules.REDEMPTION)
    ledger = rules.replay([old, young, spent])
    assert ledger.taken[3] == [(1, 100), (2, 50)]
    assert rules.due_expiries(ledger, START + timedelta(days=11)) == []  # the old lot was spent first
    ledger = rules.replay([old, young, Entry(3, -30, rules.REDEMPTION)])
    assert rules.due_expiries(ledger, START + timedelta(days=11)) == [(1, 70)]
    assert rules.expiring(ledger, START, START + timedelta(days=30)) == 70


def test_budgets_are_the_largest_of_the_senders_roles() -> None:
    budgets = {"employee": 50, "store_manager": 500, "hr": 0}
    assert rules.budget_for(["employee"], budgets) == 50
    assert rules.budget_for(["employee", "store_manager"], budgets) == 500
    assert rules.budget_for(["hr"], budgets) == 0
    assert rules.budget_for([], budgets) == 50  # no role: a colleague
    assert rules.budget_for(["leader"], budgets) == 0  # a role the settings leave out has none


def test_months_pairs_and_expiry_dates() -> None:
    assert rules.month_of(date(2026, 3, 31)) == "2026-03"
    a, b = uuid.uuid4(), uuid.uuid4()
    assert rules.pair_key(a, b) == rules.pair_key(b, a)
    assert rules.add_months(datetime(2026, 1, 31, tzinfo=UTC), 1) == datetime(2026, 2, 28, tzinfo=UTC)
    assert rules.add_months(datetime(2024, 2, 29, tzinfo=UTC), 24) == datetime(2026, 2, 28, tzinfo=UTC)
    assert rules.add_months(datetime(2026, 11, 15, tzinfo=UTC), 14) == datetime(2028, 1, 15, tzinfo=UTC)
