"""Roster suggestions: fill a store's open headcount for a week without breaking any rule of
domain/rosters/rules.py, as a pure function (no I/O, no database).

`suggest` builds a CP-SAT model (OR-Tools) whose hard constraints are the roster rules themselves:
one shift per person at a time and the minimum rest between shifts (pairs closer than the rest are
mutually exclusive), every care protection of the person on that day (checked per placement by
rules.check), no extended week for people holding no-extended-hours, at most `max_consecutive_days`
worked in any run of days, and the women's share of late shifts in the store's week. It solves
twice within the time limit: the most headcount first, then, holding that headcount, fairness (paid
minutes near each person's share of the week, in proportion to the days they may work here, and
late shifts spread so nobody works many more). `greedy` is the simple baseline (and the first
solve's starting hint).

What comes back never breaks a rule the draft did not already break: the solver's answer is checked
with rules.check and anything offending is dropped (it should never happen), then a greedy top-up
runs to a fixed point, so that every slot left open is explained by the rules that refuse each
remaining candidate there ("roster.women_late_share", "care.no_night_work", ...), never by the
solver's time limit.

Placements the same people hold at other stores in that week are not modelled: the caller passes the
week's placements of this store (`existing`, which stay) and the people who may still be placed.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ortools.sat.python import cp_model

from domain.care.protections import Kind
from domain.rosters.rules import (
    Person,
    Placement,
    RosterPolicy,
    Rule,
    Shift,
    Violation,
    check,
    is_late,
    women_late_share,
)

# rules that a single placement breaks on its own, whatever else the person works
CARE_RULES = frozenset(
    {Rule.NO_NIGHT_WORK, Rule.NO_EXTENDED_DAY, Rule.SHIFT_ENDS_BY, Rule.DAY_WINDOW, Rule.REDUCED_DAY}
)

# reasons for an open slot besides the rules' own slugs
NO_CANDIDATE_ASSIGNED = "no_candidate_assigned"  # nobody may be rostered at this store that day
ALL_CANDIDATES_PLACED = "all_candidates_placed"  # everyone who may works this very shift already
SOLVER_INFEASIBLE = "solver_infeasible"  # the model had no solution (should not happen: all-zero is one)

SOLVER = "cp_sat"
GREEDY = "greedy"


@dataclass(frozen=True, slots=True)
class Slot:
    """Headcount still to fill on one shift of one day (placements already in the draft excluded)."""

    day: date
    shift: Shift
    needed: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """A person who may be placed, on the days they are assigned to this store."""

    person: Hashable
    person_data: Person
    days: frozenset[date]


@dataclass(frozen=True, slots=True)
class Unfilled:
    """Headcount left open on a slot, and the rules that refuse every remaining candidate there."""

    day: date
    shift: Shift
    missing: int
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The new placements only (the existing ones stay as they were) and what is left open."""

    placements: tuple[Placement, ...]
    unfilled: tuple[Unfilled, ...]
    optimal: bool
    solver: str

    @property
    def missing(self) -> int:
        return sum(u.missing for u in self.unfilled)


def suggest(
    slots: Sequence[Slot],
    candidates: Sequence[Candidate],
    existing: Sequence[Placement],
    policy: RosterPolicy,
    *,
    others: Mapping[Any, Person] | None = None,
    time_limit_s: float = 5.0,
    seed: int = 0,
) -> Suggestion:
    """Fill as much of `slots` as the rules allow, fairly. `others` holds the people of `existing`
    who are not candidates. Repeatable for a seed when solved to optimality; under the time limit
    two workers may end on different (equally rule-abiding) rosters."""
    if time_limit_s <= 0:
        raise ValueError("time_limit_s must be positive")
    people = _people(slots, candidates, existing, others)
    options = _options(slots, candidates, existing, people, policy)
    hint = {(index, placement) for index, placement in _fill(_Draft(existing, people, policy), slots, candidates)}
    available_days = {c.person: len(c.days | {p.day for p in existing if p.person == c.person}) for c in candidates}
    chosen, optimal, infeasible = _solve(
        slots, options, existing, people, available_days, policy, hint, time_limit_s, seed
    )
    kept = _without_violations(existing, chosen, people, policy)
    optimal = optimal and len(kept) == len(chosen)
    draft = _Draft(existing, people, policy)
    for _, placement in kept:
        draft.add(placement)
    solver = SOLVER
    if infeasible:
        return _suggestion(slots, candidates, draft, [], optimal=False, solver=SOLVER, extra=(SOLVER_INFEASIBLE,))
    topped = _fill(draft, slots, candidates, already=kept)
    if topped:
        solver, optimal = f"{SOLVER}+{GREEDY}", False
    return _suggestion(slots, candidates, draft, [*kept, *topped], optimal=optimal, solver=solver)


def greedy(
    slots: Sequence[Slot],
    candidates: Sequence[Candidate],
    existing: Sequence[Placement],
    policy: RosterPolicy,
    *,
    others: Mapping[Any, Person] | None = None,
) -> Suggestion:
    """The baseline: slots in order of day and start, each to the candidate with the fewest minutes
    so far whom the rules accept there; passes repeat until nothing more fits."""
    people = _people(slots, candidates, existing, others)
    draft = _Draft(existing, people, policy)
    placed = _fill(draft, slots, candidates)
    return _suggestion(slots, candidates, draft, placed, optimal=False, solver=GREEDY)


class _Draft:
    """The store's week as it grows (existing plus new placements), kept by person so that a
    candidate placement is checked against that person's week and the store's women share only."""

    def __init__(self, existing: Iterable[Placement], people: Mapping[Hashable, Person], policy: RosterPolicy):
        self.people = people
        self.policy = policy
        self.everyone: list[Placement] = []
        self.mine: dict[Hashable, list[Placement]] = defaultdict(list)
        self.minutes: dict[Hashable, int] = defaultdict(int)
        for placement in existing:
            self.add(placement)

    def add(self, placement: Placement) -> None:
        self.everyone.append(placement)
        self.mine[placement.person].append(placement)
        self.minutes[placement.person] += placement.shift.paid_minutes

    def refusing(self, placement: Placement) -> set[Rule]:
        """The rules that `placement`, added to the draft, would break (those naming it)."""
        person = self.people[placement.person]
        found: set[Rule] = {
            v.rule
            for v in check([*self.mine[placement.person], placement], {placement.person: person}, self.policy)
            if v.rule is not Rule.WOMEN_LATE_SHARE and placement in v.placements
        }
        if person.female and is_late(placement.shift, self.policy):
            share = women_late_share([*self.everyone, placement], self.people, self.policy)
            if share is not None and placement in share.placements:
                found.add(share.rule)
        return found


def _people(
    slots: Sequence[Slot],
    candidates: Sequence[Candidate],
    existing: Sequence[Placement],
    others: Mapping[Any, Person] | None,
) -> dict[Hashable, Person]:
    if any(slot.needed < 0 for slot in slots):
        raise ValueError("a slot's needed headcount is never negative")
    people: dict[Hashable, Person] = dict(others or {})
    seen: set[Hashable] = set()
    for candidate in candidates:
        if candidate.person in seen:
            raise ValueError(f"candidate {candidate.person!r} appears twice")
        seen.add(candidate.person)
        people[candidate.person] = candidate.person_data
    missing = {p.person for p in existing} - people.keys()
    if missing:
        raise ValueError(
            f"people of existing placements are neither candidates nor others: {sorted(map(str, missing))}"
        )
    return people


def _slot_order(slots: Sequence[Slot]) -> list[int]:
    return sorted(range(len(slots)), key=lambda i: (slots[i].day, slots[i].shift.starts, slots[i].shift.code, i))


def _fill(
    draft: _Draft,
    slots: Sequence[Slot],
    candidates: Sequence[Candidate],
    already: Iterable[tuple[int, Placement]] = (),
) -> list[tuple[int, Placement]]:
    """Greedy filling of the draft to a fixed point (a man's late shift may open room for a woman's
    on a slot passed earlier), so a slot left open is refused to every candidate by some rule."""
    filled: dict[int, int] = defaultdict(int)
    for index, _ in already:
        filled[index] += 1
    rank = {c.person: position for position, c in enumerate(candidates)}
    order = _slot_order(slots)
    placed: list[tuple[int, Placement]] = []
    changed = True
    while changed:
        changed = False
        for index in order:
            slot = slots[index]
            available = [c.person for c in candidates if slot.day in c.days]
            while filled[index] < slot.needed:
                available.sort(key=lambda person: (draft.minutes[person], rank[person]))
                for person in available:
                    placement = Placement(person, slot.day, slot.shift)
                    if not draft.refusing(placement):
                        draft.add(placement)
                        placed.append((index, placement))
                        filled[index] += 1
                        changed = True
                        break
                else:
                    break
    return placed


def _suggestion(
    slots: Sequence[Slot],
    candidates: Sequence[Candidate],
    draft: _Draft,
    placed: Sequence[tuple[int, Placement]],
    *,
    optimal: bool,
    solver: str,
    extra: tuple[str, ...] = (),
) -> Suggestion:
    filled: dict[int, int] = defaultdict(int)
    for index, _ in placed:
        filled[index] += 1
    unfilled: list[Unfilled] = []
    for index in _slot_order(slots):
        slot = slots[index]
        missing = slot.needed - filled[index]
        if missing > 0:
            unfilled.append(Unfilled(slot.day, slot.shift, missing, _reasons(slot, candidates, draft) + extra))
    placements = sorted((p for _, p in placed), key=lambda p: (p.day, p.shift.starts, p.shift.code, str(p.person)))
    return Suggestion(tuple(placements), tuple(unfilled), optimal, solver)


def _reasons(slot: Slot, candidates: Sequence[Candidate], draft: _Draft) -> tuple[str, ...]:
    available = [c for c in candidates if slot.day in c.days]
    if not available:
        return (NO_CANDIDATE_ASSIGNED,)
    tried = [Placement(c.person, slot.day, slot.shift) for c in available]
    tried = [p for p in tried if p not in draft.mine[p.person]]
    if not tried:
        return (ALL_CANDIDATES_PLACED,)
    return tuple(sorted({rule.value for placement in tried for rule in draft.refusing(placement)}))


def _key(violation: Violation) -> tuple[Rule, frozenset[Placement]]:
    return violation.rule, frozenset(violation.placements)


def _without_violations(
    existing: Sequence[Placement],
    chosen: Sequence[tuple[int, Placement]],
    people: Mapping[Hashable, Person],
    policy: RosterPolicy,
) -> list[tuple[int, Placement]]:
    """The chosen placements less any named by a violation the existing draft did not have."""
    before = {_key(v) for v in check(existing, people, policy)}
    kept = list(chosen)
    while kept:
        found = check([*existing, *(p for _, p in kept)], people, policy)
        offending = {p for v in found if _key(v) not in before for p in v.placements}
        if not any(p in offending for _, p in kept):
            break
        kept = [(index, p) for index, p in kept if p not in offending]
    return kept


def _conflict(first: Placement, second: Placement, policy: RosterPolicy) -> bool:
    """Overlapping, or closer than the minimum rest: one person cannot work both."""
    earlier, later = sorted((first, second), key=lambda p: p.span)
    return (later.span[0] - earlier.span[1]) < timedelta(minutes=policy.min_rest_minutes)


@dataclass(frozen=True, slots=True)
class _Option:
    slot: int
    placement: Placement


def _options(
    slots: Sequence[Slot],
    candidates: Sequence[Candidate],
    existing: Sequence[Placement],
    people: Mapping[Hashable, Person],
    policy: RosterPolicy,
) -> list[_Option]:
    """Every (slot, candidate) pair that no care rule and no existing placement of the person rules
    out on its own."""
    theirs: dict[Hashable, list[Placement]] = defaultdict(list)
    for placement in existing:
        theirs[placement.person].append(placement)
    found: list[_Option] = []
    for index, slot in enumerate(slots):
        if slot.needed <= 0:
            continue
        for candidate in candidates:
            if slot.day not in candidate.days:
                continue
            placement = Placement(candidate.person, slot.day, slot.shift)
            alone = check([placement], {candidate.person: people[candidate.person]}, policy)
            if any(v.rule in CARE_RULES for v in alone):
                continue
            if any(_conflict(placement, held, policy) for held in theirs[candidate.person]):
                continue
            found.append(_Option(index, placement))
    return found


def _at_most(model: cp_model.CpModel, constant: int, terms: Sequence[tuple[int, cp_model.IntVar]], limit: int) -> None:
    """constant + sum(terms) <= limit; where the existing draft already exceeds it, no term may be
    added (the draft must not get worse)."""
    if not terms:
        return
    if constant > limit:
        for _, var in terms:
            model.add(var == 0)
    else:
        model.add(sum(coefficient * var for coefficient, var in terms) <= limit - constant)


def _solve(
    slots: Sequence[Slot],
    options: Sequence[_Option],
    existing: Sequence[Placement],
    people: Mapping[Hashable, Person],
    available_days: Mapping[Hashable, int],
    policy: RosterPolicy,
    hint: set[tuple[int, Placement]],
    time_limit_s: float,
    seed: int,
) -> tuple[list[tuple[int, Placement]], bool, bool]:
    """The chosen (slot, placement) pairs, whether proven optimal, whether the model was infeasible.

    Lexicographic, in two solves sharing the time limit: the most headcount first; then, holding
    that headcount, the fairest roster among those (the second solve starts from the first's)."""
    if not options:
        return [], True, False
    model = cp_model.CpModel()
    chosen = [model.new_bool_var(f"x{k}") for k in range(len(options))]
    for var, option in zip(chosen, options, strict=True):
        model.add_hint(var, (option.slot, option.placement) in hint)
    by_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    by_person: dict[Hashable, list[tuple[Placement, cp_model.IntVar]]] = defaultdict(list)
    for var, option in zip(chosen, options, strict=True):
        by_slot[option.slot].append(var)
        by_person[option.placement.person].append((option.placement, var))
    for index, variables in by_slot.items():
        model.add(sum(variables) <= slots[index].needed)
    theirs: dict[Hashable, list[Placement]] = defaultdict(list)
    for placement in existing:
        theirs[placement.person].append(placement)
    for person, mine in by_person.items():
        _person_rules(model, mine, theirs[person], people[person], policy)
    _women_share(model, [pair for mine in by_person.values() for pair in mine], existing, people, policy)

    filled = sum(chosen)
    model.maximize(filled)
    first = _solver(time_limit_s, seed)
    status = first.solve(model)
    if status in (cp_model.INFEASIBLE, cp_model.MODEL_INVALID):
        return [], False, True
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return [], False, False  # no solution within the time limit: the greedy top-up fills
    picked = [(o.slot, o.placement) for var, o in zip(chosen, options, strict=True) if first.boolean_value(var)]
    remaining = time_limit_s - first.wall_time
    if remaining <= 0.01 * time_limit_s:
        return picked, False, False  # fairness not looked at: reported as not optimal
    model.add(filled >= round(first.objective_value))
    model.clear_hints()  # type: ignore[no-untyped-call]  # (OR-Tools 9.15 leaves it unannotated)
    for var in chosen:
        model.add_hint(var, first.boolean_value(var))
    model.minimize(_unfairness(model, by_person, theirs, available_days, picked, policy))
    second = _solver(remaining, seed)
    fair_status = second.solve(model)
    if fair_status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return picked, False, False
    fairer = [(o.slot, o.placement) for var, o in zip(chosen, options, strict=True) if second.boolean_value(var)]
    return fairer, status == cp_model.OPTIMAL and fair_status == cp_model.OPTIMAL, False


def _solver(time_limit_s: float, seed: int) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit_s
    solver.parameters.num_workers = 2
    solver.parameters.random_seed = seed
    return solver


def _person_rules(
    model: cp_model.CpModel,
    mine: Sequence[tuple[Placement, cp_model.IntVar]],
    held: Sequence[Placement],
    person: Person,
    policy: RosterPolicy,
) -> None:
    """One person's week: rest and overlap, the no-extended week, consecutive days."""
    for position, (first, first_var) in enumerate(mine):
        for second, second_var in mine[position + 1 :]:
            if _conflict(first, second, policy):
                model.add_at_most_one(first_var, second_var)

    protected = [var for placement, var in mine if person.holding(Kind.NO_EXTENDED_HOURS, placement.day)]
    held_minutes = sum(p.shift.paid_minutes for p in held)
    minutes = [(placement.shift.paid_minutes, var) for placement, var in mine]
    if any(person.holding(Kind.NO_EXTENDED_HOURS, p.day) for p in held):
        _at_most(model, held_minutes, minutes, policy.standard_week_minutes)
    elif protected:
        # the week is capped once any placement falls on a protected day
        capped = model.new_bool_var("capped")
        for var in protected:
            model.add_implication(var, capped)
        model.add(held_minutes + sum(c * v for c, v in minutes) <= policy.standard_week_minutes).only_enforce_if(capped)

    worked_before = {p.day for p in held}
    by_day: dict[date, list[cp_model.IntVar]] = defaultdict(list)
    for placement, var in mine:
        by_day[placement.day].append(var)
    worked: dict[date, cp_model.IntVar] = {}
    for day, variables in by_day.items():
        if day not in worked_before:
            worked[day] = model.new_bool_var(f"worked{day}")
            model.add_max_equality(worked[day], variables)
    if not worked:
        return
    longest = policy.max_consecutive_days
    first_day, last_day = min(worked), max(worked)
    start = first_day - timedelta(days=longest)
    while start <= last_day:
        window = [start + timedelta(days=n) for n in range(longest + 1)]
        terms = [(1, worked[day]) for day in window if day in worked]
        _at_most(model, sum(day in worked_before for day in window), terms, longest)
        start += timedelta(days=1)


def _women_share(
    model: cp_model.CpModel,
    mine: Sequence[tuple[Placement, cp_model.IntVar]],
    existing: Sequence[Placement],
    people: Mapping[Hashable, Person],
    policy: RosterPolicy,
) -> None:
    """women_late * denominator <= numerator * all_late over the store's week (the share as a
    fraction, so the bound is exact like the Decimal rule)."""
    numerator, denominator = policy.women_late_share_max.as_integer_ratio()
    women = [var for p, var in mine if is_late(p.shift, policy) and people[p.person].female]
    if not women:
        return
    men = [var for p, var in mine if is_late(p.shift, policy) and not people[p.person].female]
    late_before = [p for p in existing if is_late(p.shift, policy)]
    women_before = sum(people[p.person].female for p in late_before)
    if women_before * denominator > numerator * len(late_before):
        for var in women:
            model.add(var == 0)
        return
    model.add(denominator * (women_before + sum(women)) <= numerator * (len(late_before) + sum(women) + sum(men)))


def _unfairness(
    model: cp_model.CpModel,
    by_person: Mapping[Hashable, Sequence[tuple[Placement, cp_model.IntVar]]],
    theirs: Mapping[Hashable, Sequence[Placement]],
    available_days: Mapping[Hashable, int],
    picked: Sequence[tuple[int, Placement]],
    policy: RosterPolicy,
) -> cp_model.LinearExprT:
    """How far the paid minutes stray from each person's fair share (the week's minutes in
    proportion to the days the person may work here, so someone assigned for two days is not
    'under-used'): the sum of the deviations, plus the largest excess (which the sum alone does not
    see), plus the most late shifts any one person works, weighted as a shift's minutes."""
    shifts = {p.shift for mine in by_person.values() for p, _ in mine} | {
        p.shift for held in theirs.values() for p in held
    }
    unit = math.gcd(*(abs(s.paid_minutes) for s in shifts)) or 1
    days = {person: max(available_days.get(person, 0), 1) for person in by_person}
    all_days = sum(days.values())
    total = sum(p.shift.paid_minutes // unit for _, p in picked) + sum(
        p.shift.paid_minutes // unit for person in by_person for p in theirs.get(person, ())
    )
    deviations: list[cp_model.IntVar] = []
    excesses: list[cp_model.LinearExprT] = []
    lates: list[cp_model.LinearExprT] = []
    late_highest = bound = 0
    for person, mine in by_person.items():
        held = theirs.get(person, ())
        base = sum(p.shift.paid_minutes for p in held) // unit
        steps = [(p.shift.paid_minutes // unit, var) for p, var in mine]
        share = total * days[person]
        excess = all_days * (base + sum(c * v for c, v in steps)) - share
        lowest = all_days * (base + sum(min(c, 0) for c, _ in steps)) - share
        highest = all_days * (base + sum(max(c, 0) for c, _ in steps)) - share
        bound += max(abs(lowest), abs(highest))
        deviation = model.new_int_var(0, max(abs(lowest), abs(highest)), f"deviation{len(deviations)}")
        model.add_abs_equality(deviation, excess)
        deviations.append(deviation)
        excesses.append(excess)
        late_base = sum(is_late(p.shift, policy) for p in held)
        late_steps = [var for p, var in mine if is_late(p.shift, policy)]
        lates.append(late_base + sum(late_steps))
        late_highest = max(late_highest, late_base + len(late_steps))
    most_excess = model.new_int_var(-bound, bound, "most_excess")
    model.add_max_equality(most_excess, excesses)
    most_late = model.new_int_var(0, late_highest, "most_late")
    model.add_max_equality(most_late, lates)
    late_weight = all_days * max(1, max(abs(s.paid_minutes) for s in shifts) // unit)
    return sum(deviations) + most_excess + late_weight * most_late
