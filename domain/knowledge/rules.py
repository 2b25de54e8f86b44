"""The knowledge base's pure rules: how a text becomes searchable, how a query becomes the grams it
is matched by, where a match stands in a search's order, and the snippet shown with a suggestion.

Chinese has no spaces between words and word segmentation is not available on every database, so
matching is by character trigrams: "扫描枪" is found in "扫描枪无法连接库存系统" because the text holds
the query's trigram. PostgreSQL serves these with pg_trgm's GIN index (LIKE '%gram%'); SQLite scans.
A term of one or two characters has no trigram: it is matched whole (a scan on both databases).
Searches order by `tier` (the whole query in the title, then anywhere, then part of it in the
title), computed by the database from the same rules (domain/knowledge/search.py; a test compares
the two)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

SEPARATOR = "\x1f"  # between title, tags and body in search_text: no query gram can span it
GRAM = 3
MAX_GRAMS = 24  # a long draft (title and body) is matched by its first grams only
SNIPPET_WIDTH = 80

# what separates terms in a query: whitespace, punctuation and symbols of any script
_BREAKS = re.compile(r"[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65!-/:-@\[-`{-~]+")
# characters people may not store: controls other than line feed and tab
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def has_control_characters(value: str) -> bool:
    return _CONTROL.search(value) is not None


def fold(value: str) -> str:
    """The form both sides of a match take: NFKC (full-width Latin and digits become ASCII) and
    lower case."""
    return unicodedata.normalize("NFKC", value).lower()


def terms(query: str) -> list[str]:
    """The query's terms, folded, in order, each once."""
    return list(dict.fromkeys(t for t in _BREAKS.split(fold(query)) if t))


def grams(term: str) -> list[str]:
    """A term's trigrams, in order; a term shorter than a trigram is its own gram."""
    if len(term) < GRAM:
        return [term]
    return [term[i : i + GRAM] for i in range(len(term) - GRAM + 1)]


def query_grams(query: str) -> list[str]:
    """What a query is matched by: the trigrams of its terms (each once, at most MAX_GRAMS).
    Short terms are kept only when the query has nothing longer: "库存 扫描枪" is matched by 扫描枪's
    trigram, not by a scan for 库存."""
    found = terms(query)
    long = [g for t in found if len(t) >= GRAM for g in grams(t)]
    chosen = long if long else found
    return list(dict.fromkeys(chosen))[:MAX_GRAMS]


def searchable_text(title: str, tags: Sequence[str], body: str) -> str:
    """What search reads of an article: title, tags and body, folded, apart by SEPARATOR."""
    return SEPARATOR.join([fold(title), " ".join(fold(t) for t in tags), fold(body)])


def tag_keys(tags: Iterable[str]) -> str:
    """The tags for an exact filter: each folded between separators ("\x1fpos\x1fprinter\x1f")."""
    return SEPARATOR + "".join(f"{fold(t)}{SEPARATOR}" for t in tags)


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags trimmed, each once (by their folded form), in the order given."""
    seen: dict[str, str] = {}
    for tag in tags:
        tag = tag.strip()
        if tag and fold(tag) not in seen:
            seen[fold(tag)] = tag
    return list(seen.values())


TITLE_TIER = 2  # the title holds every term
TEXT_TIER = 1  # the searchable text holds every term, the title not
PARTIAL_TIER = 0  # neither; the title holds some of the query's grams (searched only when no article holds it all)
NO_MATCH = -1


def tier(query: str, title: str, text: str) -> int:
    """Where an article falls in a search's order (domain/knowledge/search.py is its SQL); `title`
    as written, `text` the stored search_text."""
    folded_title, wanted = fold(title), terms(query)
    if wanted and all(t in folded_title for t in wanted):
        return TITLE_TIER
    if wanted and all(t in text for t in wanted):
        return TEXT_TIER
    return PARTIAL_TIER if title_points(query, title) else NO_MATCH


def title_points(query: str, title: str) -> int:
    """How many of the query's grams the title holds: the order within the partial tier."""
    folded_title = fold(title)
    return sum(g in folded_title for g in query_grams(query))


def like_pattern(gram: str) -> str:
    """A LIKE pattern finding `gram` anywhere ("\\" escapes LIKE's wildcards)."""
    escaped = gram.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def snippet(body: str, query: str, width: int = SNIPPET_WIDTH) -> str:
    """A piece of the body around the first place a query gram is found (its start when none is),
    at most `width` characters plus an ellipsis at each cut end; line breaks become spaces."""
    flat = " ".join(body.split())
    folded = fold(flat)
    positions = [p for p in (folded.find(g) for g in query_grams(query)) if p >= 0]
    if len(folded) != len(flat):  # NFKC changed the length: fall back to the start
        positions = []
    first = min(positions) if positions else 0
    start = max(0, min(first - width // 4, len(flat) - width))
    piece = flat[start : start + width]
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(flat) else "")


def article_body(problem: str, answers: Sequence[str], limit: int) -> str:
    """A draft's body from a resolved ticket: the problem as described, then the owning side's
    answers in order, cut at `limit` characters."""
    parts = [problem.strip(), *(answer.strip() for answer in answers if answer.strip())]
    return "\n\n".join(parts)[:limit].strip() or problem[:limit]
