"""The one CSV writer every export uses (timesheets, pool payroll), so a file opened in a
spreadsheet is safe and readable whoever wrote the export.

- Text a spreadsheet would run as a formula (a cell starting with `=`, `+`, `-`, `@`, a tab or a
  carriage return: `=HYPERLINK(...)` as someone's name) gets a leading apostrophe, so opening the
  file shows the text and runs nothing (OWASP "CSV injection"). Only text is touched: numbers,
  dates and amounts are ours and keep their sign.
- UTF-8 with a byte order mark, so Excel shows 张伟 rather than mojibake; RFC 4180 line ends.
- Columns have a stable key and a label from the message catalogue: an English file's header row
  is the keys (what integrations and macros have always read), other languages' header rows are
  the labels in that language (工号, 姓名, ...). The cells never change with the language.
- Money goes in as integer minor units with its currency and comes out as a decimal string
  (`Amount(-5, "CNY")` -> `-0.05`), never through a float.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from domain.shared.i18n import ENGLISH, Message, render
from domain.shared.money import format_minor

BYTE_ORDER_MARK = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Amount:
    """Money for a CSV cell: integer minor units and the ISO 4217 currency that gives their decimals."""

    minor: int
    currency: str


Cell = str | int | date | datetime | Amount | None


@dataclass(frozen=True, slots=True)
class Column:
    """A column of an export: `key` is stable (the English header), `label` what other languages show."""

    key: str
    label: Message


def header_row(columns: Sequence[Column | str], language: str) -> list[str]:
    """The header in `language`; a bare string is a header that reads the same in every language."""
    if language == ENGLISH:
        return [column if isinstance(column, str) else column.key for column in columns]
    return [column if isinstance(column, str) else render(column.label, language) for column in columns]


def neutralise(text: str) -> str:
    """Text a spreadsheet would evaluate as a formula, quoted with a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell_text(value: Cell) -> str:
    """A cell as the file shows it. Only free text can carry a formula; the rest is formatted by us."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, bool):  # a bool is an int to Python, but no export means one as a number
        raise TypeError("a CSV cell takes text, an integer, a date, a time or an Amount, not a bool")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, Amount):
        return format_minor(value.minor, value.currency)
    raise TypeError(f"a CSV cell cannot hold {type(value).__name__}")


def csv_document(columns: Sequence[Column | str], rows: Iterable[Sequence[Cell]], *, language: str = ENGLISH) -> str:
    """The whole file as text, starting with the byte order mark (send it encoded as UTF-8)."""
    header = header_row(columns, language)
    out = io.StringIO()
    out.write(BYTE_ORDER_MARK)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(name) for name in header])
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"a row of {len(row)} cells under a header of {len(header)}")
        writer.writerow([cell_text(value) for value in row])
    return out.getvalue()
