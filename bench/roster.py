"""Roster suggestions for a region's week: the CP-SAT suggester against the greedy baseline, in the
same run, on the same stores. Pure computation: no server, no database.

A region of 40 stores with 25 people each (1,000 people; about 60 % women, the share varying by
store; ~5 % under no-night-work and no-extended-hours protections, ~5 % who end their shifts by
22:00; ~15 % assigned to the store for part of the week only), three shift templates (早班
07:00-15:00, 中班 12:00-20:00, 晚班 15:00-23:00, each with a 30-minute meal break, 7.5 h paid) and
3-5 people wanted on each shift of each day (3,360 slots of headcount in the region). The late
shift is the scarce one: at most 10 % of it may go to women, so stores with few men cannot fill it.
Each store is suggested on its own (2 s limit each) and filled greedily; every answer is checked
with the roster rules (outside the timing).

    flock /tmp/frontline-cpu.lock .venv/bin/python bench/roster.py [--stores 40] [--time-limit 2]

Prints e.g. `roster.suggest.filled: 0.973 (of 3360 slots)` and
`roster.suggest.filled_vs_greedy: 1.034` (the same run's greedy is the baseline).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date, timedelta
from datetime import time as clock_time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from domain.care.protections import Basis, Constraint, Kind  # noqa: E402
from domain.care.protections import Rule as CareRule  # noqa: E402
from domain.rosters.rules import Person, RosterPolicy, Shift, check, is_late  # noqa: E402
from domain.rosters.suggest import Candidate, Slot, Suggestion, greedy, suggest  # noqa: E402

MONDAY = date(2026, 10, 5)
WEEK = [MONDAY + timedelta(days=n) for n in range(7)]
SHIFTS = (
    Shift("早班", clock_time(7, 0), clock_time(15, 0), break_minutes=30),
    Shift("中班", clock_time(12, 0), clock_time(20, 0), break_minutes=30),
    Shift("晚班", clock_time(15, 0), clock_time(23, 0), break_minutes=30),
)
PEOPLE_PER_STORE = 25
POLICY = RosterPolicy()
NO_NIGHT = CareRule(Kind.NO_NIGHT_WORK, Basis.LAW, starts=POLICY.night_start, ends=POLICY.night_end)
NO_EXTENDED = CareRule(Kind.NO_EXTENDED_HOURS, Basis.LAW)
ENDS_BY_22 = CareRule(Kind.SHIFT_ENDS_BY, Basis.PERSONAL, ends=clock_time(22, 0))


@dataclass(frozen=True, slots=True)
class Store:
    slots: list[Slot]
    candidates: list[Candidate]

    @property
    def needed(self) -> int:
        return sum(slot.needed for slot in self.slots)


def store(number: int, rng: random.Random) -> Store:
    women = rng.randint(7, 23)  # 60 % on average; stores with few men cannot staff every late shift
    candidates = []
    for n in range(PEOPLE_PER_STORE):
        female = n < women
        constraints: tuple[Constraint, ...] = ()
        roll = rng.random()
        if female and roll < 0.08:  # ~5 % of everyone: pregnant or nursing, protected all week
            constraints = (Constraint(NO_NIGHT, WEEK[0], WEEK[-1]), Constraint(NO_EXTENDED, WEEK[0], WEEK[-1]))
        elif roll > 0.95:
            constraints = (Constraint(ENDS_BY_22, date.min, date.max),)
        days = frozenset(WEEK)
        if rng.random() < 0.15:  # moves in or out of the store this week
            stay = rng.randint(2, 5)
            days = frozenset(WEEK[:stay] if rng.random() < 0.5 else WEEK[-stay:])
        candidates.append(Candidate(f"s{number}-p{n}", Person(female=female, constraints=constraints), days))
    rng.shuffle(candidates)
    slots = [Slot(day, shift, rng.randint(3, 5)) for day in WEEK for shift in SHIFTS]
    return Store(slots, candidates)


@dataclass
class Run:
    seconds: list[float]
    filled: int
    optimal: int
    spreads_h: list[float]
    most_late: list[int]


def run(stores: list[Store], solve: Callable[[Store], Suggestion]) -> Run:
    result = Run([], 0, 0, [], [])
    for one in stores:
        began = time.perf_counter()
        suggestion = solve(one)
        result.seconds.append(time.perf_counter() - began)
        people = {c.person: c.person_data for c in one.candidates}
        broken = check(suggestion.placements, people, POLICY)
        if broken:
            raise SystemExit(f"a suggestion breaks the rules: {broken[:3]}")
        result.filled += len(suggestion.placements)
        result.optimal += suggestion.optimal
        minutes: dict[Hashable, int] = {c.person: 0 for c in one.candidates if len(c.days) == len(WEEK)}
        late: dict[Hashable, int] = dict.fromkeys(people, 0)
        for placement in suggestion.placements:
            if placement.person in minutes:
                minutes[placement.person] += placement.shift.paid_minutes
            late[placement.person] += is_late(placement.shift, POLICY)
        result.spreads_h.append((max(minutes.values()) - min(minutes.values())) / 60 if minutes else 0.0)
        result.most_late.append(max(late.values()))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stores", type=int, default=40)
    parser.add_argument("--time-limit", type=float, default=2.0, help="seconds per store for CP-SAT")
    parser.add_argument("--seed", type=int, default=20261005)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    stores = [store(n, rng) for n in range(args.stores)]
    needed = sum(s.needed for s in stores)
    people = args.stores * PEOPLE_PER_STORE
    print(
        f"roster.region: {args.stores} stores, {people} people, {needed} slots, limit {args.time_limit:g} s per store"
    )

    solved = run(stores, lambda s: suggest(s.slots, s.candidates, (), POLICY, time_limit_s=args.time_limit))
    baseline = run(stores, lambda s: greedy(s.slots, s.candidates, (), POLICY))

    for name, result in (("suggest", solved), ("greedy", baseline)):
        seconds = result.seconds
        print(f"roster.{name}.per_store_s: p50 {statistics.median(seconds):.2f} max {max(seconds):.2f}")
        print(f"roster.{name}.total_s: {sum(seconds):.1f}")
        print(f"roster.{name}.filled: {result.filled / needed:.3f} (of {needed} slots)")
        print(
            f"roster.{name}.fairness: paid-hours spread p50 {statistics.median(result.spreads_h):.1f} h "
            f"(full-week people), most late shifts of one person p50 {statistics.median(result.most_late):.0f}"
        )
    print(f"roster.suggest.optimal: {solved.optimal} of {args.stores} stores")
    print(f"roster.suggest.filled_vs_greedy: {solved.filled / baseline.filled:.3f}")


if __name__ == "__main__":
    main()
