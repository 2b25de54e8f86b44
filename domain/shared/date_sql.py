"""Days between two dates inside SQL, on both databases, so a sum of days runs in the database."""

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
