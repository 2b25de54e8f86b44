"""The message catalogue's rendering: languages, values formatted per language, zones named."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from domain.shared.i18n import CHINESE, ENGLISH, LocalTime, Message, _, negotiate, render


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, ENGLISH),
        ("", ENGLISH),
        ("zh-CN", CHINESE),
        ("zh-CN,zh;q=0.9,en;q=0.8", CHINESE),
        ("zh", CHINESE),
        ("en-US,en;q=0.9", ENGLISH),
        ("fr-FR, en;q=0.5, zh;q=0.9", CHINESE),
        ("fr-FR", ENGLISH),
        ("zh-TW", ENGLISH),
        ("en;q=0, zh;q=0.1", CHINESE),
        ("*", ENGLISH),
        ("garbage;q=x", ENGLISH),
    ],
)
def test_the_language_an_accept_language_header_prefers(header: str | None, expected: str):
    assert negotiate(header, ENGLISH) == expected


def test_a_message_renders_in_each_language_with_its_values():
    message = _("Not found")
    assert render(message, ENGLISH) == "Not found"
    assert render(message, CHINESE) == "未找到"
    assert str(message) == "Not found"
    assert render("plain text", CHINESE) == "plain text"


def test_values_are_formatted_for_the_language_and_local_times_name_their_zone():
    moment = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai, 07:00 in Urumqi
    message = Message(
        "{count} at {when}, {amount}, on {day}",
        {
            "count": 12345,
            "when": LocalTime(moment, "Asia/Shanghai"),
            "amount": Decimal("1112.47"),
            "day": date(2026, 3, 2),
        },
    )
    english = render(message, ENGLISH)
    assert english.startswith("12,345 at 3/2/26, 9:00") and "Shanghai" in english and "1,112.47" in english
    chinese = render(message, CHINESE)
    assert "09:00" in chinese and "上海" in chinese and "2026年3月2日" in chinese
    urumqi = render(Message("{when}", {"when": LocalTime(moment, "Asia/Urumqi")}), ENGLISH)
    assert "7:00" in urumqi and "Ürümqi" in urumqi
