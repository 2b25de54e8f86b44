"""Reading one field of a JSON document inside SQL, on both databases, so a filter on it runs in the
database instead of over rows loaded into Python."""

from __future__ import annotations

from typing import Any

from sqlalchemy import SQLColumnExpression, String, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class list_item_text(FunctionElement[str]):
    """`document[index][key]` as text, where `document` is a JSON list of objects (e.g. a request's
    approval steps and the step it waits at); NULL when any part is missing."""

    type = String()
    inherit_cache = True
    name = "list_item_text"

    def __init__(self, document: SQLColumnExpression[Any], index: SQLColumnExpression[int | None], key: str) -> None:
        # the key travels as a bound value, so it is part of the statement's cache key
        super().__init__(document, index, literal(key, String()))


@compiles(list_item_text, "postgresql")
def _postgresql(element: list_item_text, compiler: SQLCompiler, **kw: Any) -> str:
    document, index, key = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"jsonb_extract_path_text({document}, CAST({index} AS TEXT), CAST({key} AS TEXT))"


@compiles(list_item_text, "sqlite")
def _sqlite(element: list_item_text, compiler: SQLCompiler, **kw: Any) -> str:
    document, index, key = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"json_extract({document}, '$[' || {index} || '].' || {key})"
