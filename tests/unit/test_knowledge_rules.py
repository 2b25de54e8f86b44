"""The knowledge base's pure rules: query grams (Chinese without word segmentation), search tiers,
snippets, plain-text checks, and the deflection reader tickets need registered."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.knowledge import rules
from domain.tickets import deflections

CHINESE = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80), min_size=0, max_size=40)
WORDS = st.text(alphabet=st.sampled_from("abcXYZ扫描枪库存系统 ，、。"), min_size=0, max_size=30)


def test_a_chinese_query_is_matched_by_its_character_trigrams() -> None:
    assert rules.query_grams("扫描枪") == ["扫描枪"]
    assert rules.query_grams("扫描枪连不上库存") == ["扫描枪", "描枪连", "枪连不", "连不上", "不上库", "上库存"]
    # terms split at spaces and punctuation of either width; short terms only when nothing is longer
    assert rules.query_grams("库存，扫描枪") == ["扫描枪"]
    assert rules.query_grams("库存") == ["库存"]
    assert rules.query_grams("库 存") == ["库", "存"]
    assert rules.query_grams("ＰＯＳ 机") == ["pos"]  # full width folds to ASCII, lower case
    assert rules.query_grams("  ，。 ") == []
    assert len(rules.query_grams("".join(chr(0x4E00 + i) for i in range(100)))) == rules.MAX_GRAMS
    assert len(rules.query_grams("一二三四五六七八九十" * 10)) == 10  # each gram once


@given(CHINESE)
def test_any_text_holds_the_grams_of_any_piece_of_it(text: str) -> None:
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 8) + 1):
            piece = text[start:end]
            assert all(gram in text for gram in rules.query_grams(piece))
            assert rules.tier(piece, "", rules.searchable_text("", [], text)) == rules.TEXT_TIER
            assert rules.tier(piece, text, rules.searchable_text(text, [], "")) == rules.TITLE_TIER


@given(WORDS)
def test_grams_are_unique_folded_and_never_span_a_break(query: str) -> None:
    grams = rules.query_grams(query)
    assert len(grams) == len(set(grams)) <= rules.MAX_GRAMS
    for gram in grams:
        assert gram == rules.fold(gram) and gram
        assert not any(c in gram for c in " ，、。" + rules.SEPARATOR)


def test_a_title_match_ranks_above_a_body_or_tag_match_and_every_term_must_be_there() -> None:
    def tier(title: str, body: str, tags: list[str] | None = None) -> int:
        return rules.tier("扫描枪 库存系统", title, rules.searchable_text(title, tags or [], body))

    assert tier("扫描枪无法连接库存系统", "重启") == rules.TITLE_TIER
    assert tier("无法连接", "扫描枪无法连接库存系统") == rules.TEXT_TIER
    assert tier("库存系统无法连接", "重启", ["扫描枪"]) == rules.TEXT_TIER
    assert tier("空调不制冷", "联系物业") == rules.NO_MATCH
    assert tier("扫描枪坏了", "联系物业") == rules.PARTIAL_TIER  # part of the query in the title


def test_no_term_spans_title_tags_and_body() -> None:
    text = rules.searchable_text("扫描", ["枪"], "库存")
    assert rules.tier("扫描枪", "扫描", text) == rules.NO_MATCH


@given(st.text(max_size=300), WORDS)
def test_a_snippet_is_a_piece_of_the_body(body: str, query: str) -> None:
    piece = rules.snippet(body, query)
    flat = " ".join(body.split())
    assert piece.strip("…") in flat
    assert len(piece.strip("…")) <= rules.SNIPPET_WIDTH


def test_the_snippet_shows_the_match() -> None:
    body = "开头" * 100 + "扫描枪需要重新配对" + "结尾" * 100
    piece = rules.snippet(body, "扫描枪")
    assert "扫描枪需要重新配对" in piece and piece.startswith("…") and piece.endswith("…")
    assert rules.snippet("短文。", "扫描枪") == "短文。"


def test_like_patterns_take_wildcards_as_text() -> None:
    assert rules.like_pattern("100%") == "%100\\%%"
    assert rules.like_pattern("a_b") == "%a\\_b%"
    assert rules.like_pattern("a\\b") == "%a\\\\b%"


def test_tags_are_trimmed_and_kept_once_and_filtered_exactly() -> None:
    assert rules.clean_tags([" 扫描枪 ", "POS", "pos", ""]) == ["扫描枪", "POS"]
    keys = rules.tag_keys(["扫描枪", "POS"])
    assert rules.tag_keys(["pos"]) in keys and rules.tag_keys(["po"]) not in keys


@pytest.mark.parametrize(("text", "refused"), [("a\nb\tc", False), ("a\x07b", True), ("a\rb", True), ("\x85", True)])
def test_control_characters_other_than_line_feed_and_tab_are_refused(text: str, refused: bool) -> None:
    assert rules.has_control_characters(text) is refused


def test_an_article_drafted_from_a_ticket_has_the_problem_then_the_answers() -> None:
    assert rules.article_body("问题", [" 回答一 ", "", "回答二"], 100) == "问题\n\n回答一\n\n回答二"
    assert len(rules.article_body("问" * 50, ["答" * 80], 100)) == 100


async def test_ticket_figures_without_the_knowledge_reader_fail_loudly_never_read_zero() -> None:
    import domain.models  # noqa: F401  (registers the reader)

    kept = list(deflections._readers)
    assert kept, "domain.knowledge registers its reader on import"
    deflections._readers.clear()
    try:
        with pytest.raises(RuntimeError, match="no deflection reader"):
            await deflections.by_department(None, datetime.now(UTC), datetime.now(UTC), None)  # type: ignore[arg-type]
    finally:
        deflections._readers[:] = kept


def test_a_search_orders_the_whole_query_in_the_title_then_anywhere_then_part_of_it_in_the_title() -> None:
    title, body = "扫描枪无法连接库存系统", "重新配对蓝牙底座。"
    text = rules.searchable_text(title, ["扫描枪"], body)
    assert rules.tier("扫描枪 库存", title, text) == rules.TITLE_TIER
    assert rules.tier("蓝牙底座", title, text) == rules.TEXT_TIER
    assert rules.tier("扫描枪连不上", title, text) == rules.PARTIAL_TIER
    assert rules.title_points("扫描枪连不上库存", title) == 1
    assert rules.tier("蓝牙 打印机", title, text) == rules.NO_MATCH  # every term, or part of the title
