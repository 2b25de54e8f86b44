"""Days between two dates (and minutes between two timestamps) inside SQL, on both databases, so a
sum of days runs in the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, SQLColumnExpression
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class days_between(FunctionElement[int]):
    """`later - earlier` in whole days (negative when `later` is earlier) for two DATE values."""

    type = Integer()
    inherit_cache = True
    name = "days_between"

    def __init__(self, later: SQLColumnExpression[Any], earlier: SQLColumnExpression[Any]) -> None:
        super().__init__(later, earlier)


@compiles(days_between, "postgresql")
def _postgresql(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"(CAST({later} AS DATE) - CAST({earlier} AS DATE))"


@compiles(days_between, "sqlite")
def _sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


class minutes_between(FunctionElement[int]):
    """`later - earlier` in whole minutes (wall clock, rounded down) for two timestamps."""

    type = Integer()
    inherit_cache = True
    name = "minutes_between"

    def __init__(self, later: SQLColumnExpression[Any], earlier: SQLColumnExpression[Any]) -> None:
        super().__init__(later, earlier)


@compiles(minutes_between, "postgresql")
def _postgresql_minutes(element: minutes_between, compiler: SQLCompiler, **kw: Any) -> str:
    # date_part gives double precision; EXTRACT gives numeric since PostgreSQL 14, a third slower over
    # a year of tickets for the same minutes (whole seconds and their microseconds stay exact in a
    # double at any span a ticket has, and a multiple of 60 seconds divides exactly)
    later, earlier = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"CAST(FLOOR(date_part('epoch', {later} - {earlier}) / 60) AS INTEGER)"


@compiles(minutes_between, "sqlite")
def _sqlite_minutes(element: minutes_between, compiler: SQLCompiler, **kw: Any) -> str:
    # seconds rounded first: julianday's fractions of a day would make 10 minutes 9.99999
    later, earlier = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"(CAST(ROUND((julianday({later}) - julianday({earlier})) * 86400) AS INTEGER) / 60)"
