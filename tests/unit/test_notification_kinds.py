"""Every notification kind renders in both languages, its values filled and formatted."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest

from domain.notifications.kinds import KINDS, LEGACY
from domain.notifications.texts import day, label, listed, local_time, named, render_text
from domain.shared.i18n import CHINESE, ENGLISH, placeholders

SAMPLES = {
    "title": "库存管理系统故障",
    "origin": named("Jing'an Temple store", "静安寺店"),
    "employee": named("Li Na", "李娜"),
    "destination": named("Jing'an Temple store", "静安寺店"),
    "unit": named("Jing'an Temple store", "静安寺店"),
    "store": named("Jing'an Temple store", "静安寺店"),
    "transfer_kind": label("secondment"),
    "start_date": day(date(2026, 3, 10)),
    "valid_from": day(date(2026, 3, 10)),
    "valid_to": day(date(2026, 3, 20)),
    "punched_at": local_time(datetime(2026, 3, 2, 1, 0, tzinfo=UTC), "Asia/Shanghai"),
    "flags": listed([label("mock location"), label("offline punch")]),
    "sla_clock": label("first response"),
    "step": label("HR approval"),
    "next_step": label("Leader sign-off"),
}


@pytest.mark.parametrize("kind", [k for k in KINDS.values() if k is not LEGACY], ids=lambda k: k.name)
def test_every_kind_renders_in_chinese_and_english(kind):
    params = {name: SAMPLES.get(name, 1234) for name in placeholders(kind.title) | placeholders(kind.body)}
    english = (render_text(kind.title, params, ENGLISH), render_text(kind.body, params, ENGLISH))
    chinese = (render_text(kind.title, params, CHINESE), render_text(kind.body, params, CHINESE))
    for text in (*english, *chinese):
        assert "{" not in text and "$" not in text, text
    assert chinese[0] != english[0], "the title is translated"
    assert re.search(r"[\u4e00-\u9fff]", chinese[1]), chinese[1]
    if "destination" in params:
        assert "静安寺店" in chinese[1] and "Jing'an Temple store" in english[1]
    if "punched_at" in params:
        assert "中国（上海）时间" in chinese[1] and "9:00" in english[1]
    if "level" in params or "score" in params:
        assert "1,234" in english[1]
