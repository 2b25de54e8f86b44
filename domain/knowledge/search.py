"""Search over articles, one statement for both databases: the candidates are the articles whose
searchable text holds one of the query's grams (LIKE '%gram%'), ranked by rules.score computed by the
database. On PostgreSQL the LIKEs are served by the pg_trgm GIN index on search_text (migration
0032), so only candidates are read and ranked; SQLite scans the column, which at an embedded
database's size is what it does well (as for people, migrations/name_search.py). A gram of one or
two characters cannot use a trigram index: such a query scans on both databases."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Integer, case, literal, or_
from sqlalchemy.orm import InstrumentedAttribute

from domain.knowledge import rules
from domain.knowledge.models import KnowledgeArticle


def matches(query: str) -> ColumnElement[bool]:
    """Articles holding at least one of the query's grams."""
    return or_(*(_holds(KnowledgeArticle.search_text, gram) for gram in rules.query_grams(query)))


def score(query: str) -> ColumnElement[int]:
    """rules.score in SQL, for the articles `matches` keeps."""
    points: list[ColumnElement[int]] = []
    for gram in rules.query_grams(query):
        points.append(case((_holds(KnowledgeArticle.title_text, gram), rules.TITLE_WEIGHT), else_=0))
        points.append(case((_holds(KnowledgeArticle.search_text, gram), 1), else_=0))
    whole = rules.phrase(query)
    if whole is not None:
        points.append(case((_holds(KnowledgeArticle.title_text, whole), 2 * rules.PHRASE_BONUS), else_=0))
        points.append(case((_holds(KnowledgeArticle.search_text, whole), rules.PHRASE_BONUS), else_=0))
    total: ColumnElement[int] = literal(0, Integer)
    for point in points:
        total = total + point
    return total


def _holds(column: InstrumentedAttribute[str], needle: str) -> ColumnElement[bool]:
    return column.like(rules.like_pattern(needle), escape="\\")
