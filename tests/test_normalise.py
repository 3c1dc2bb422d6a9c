"""The normalisation stage: each step on wordings of our own, and places that still point into
the original line."""

import pytest
from conftest import codes

from auditlint.normalise import Mapped, normalise_line, normalise_lines
from auditlint.normalise.digits import fix_digits
from auditlint.normalise.glosses import drop_glosses
from auditlint.runner import lint


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("本單位年初預算數為80萬元", "本单位年初预算数为80万元"),
        ("與上年相比，決算支出減少3萬元", "与上年相比,决算支出减少3万元"),
        ("財政撥款收入總計", "财政拨款收入总计"),
        ("本单位预算数为80万元", "本单位预算数为80万元"),  # simplified: unchanged
    ],
)
def test_traditional_becomes_simplified_one_for_one(raw, clean):
    out = normalise_line(raw)
    assert out.text == clean
    assert len(out.text) == len(raw)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("預(yù)算數(shù)80萬(wàn)元", "预算数80万元"),
        ("經(jīng)費(fèi)支出", "经费支出"),
        ("财(cái)政拨款", "财政拨款"),
    ],
)
def test_pinyin_glosses_are_dropped(raw, clean):
    assert normalise_line(raw).text == clean


@pytest.mark.parametrize(
    "kept", ["执行率(B/A)", "金额(万元)", "(一)基本情况", "指标(A)", "附件(ab)", "费用(x)"]
)
def test_brackets_that_are_not_glosses_stay(kept):
    assert drop_glosses(Mapped(kept)).text == kept


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("全年执行数l20.50万元", "全年执行数120.50万元"),
        ("完成率1O0%", "完成率100%"),
        ("培训5O人次", "培训50人次"),
        ("收入1 250.00万元", "收入1250.00万元"),
        ("下降 12.34 %", "下降 12.34%"),
        ("执行率 96  %，", "执行率 96%，"),
        ("80 76 10 95 % 9.5", "80 76 10 95% 9.5"),
    ],
)
def test_figures_as_ocr_and_typesetting_leave_them(raw, clean):
    assert fix_digits(Mapped(raw)).text == clean


@pytest.mark.parametrize(
    "kept",
    [
        "通过ISO9001认证",
        "PM2.5浓度下降",
        "O2O平台",
        "合计 1 000.00",  # two cells of a flattened row, not one grouped figure
        "A1栋",
        "Office2019",
        "执行率 % 得分",  # a heading's unit, no figure before it
    ],
)
def test_what_only_looks_like_a_figure_stays(kept):
    assert fix_digits(Mapped(kept)).text == kept


def test_places_map_back_to_the_original_line():
    raw = "預(yù)算數(shù)80萬(wàn)元"
    out = normalise_line(raw)
    at = out.text.index("80")
    assert raw[out.source_index(at) : out.source_index(at) + 2] == "80"
    assert raw[out.source_index(len(out.text) - 1)] == "元"


def test_whole_file_steps_match_line_steps():
    raws = ["預(yù)算數(shù)80萬元", "plain ISO9001", "執行數l00.00萬元"]
    assert [m.text for m in normalise_lines(raws)] == [normalise_line(r).text for r in raws]


def test_a_traditional_report_is_checked_like_a_simplified_one(write):
    path = write("經覈實，本項目全年預(yù)算數為50.00萬元，全年執行數為55.20萬元。\n")
    assert codes(path) == [("AL101", 1, [50.0, 55.2])]
    finding = lint([path]).findings[0]
    raw = path.read_text(encoding="utf-8")
    # the column points at the figure as the user sees it, gloss and all
    assert raw[finding.column - 1 :].startswith("55.20")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("资金到位率为百分之九十五。", "资金到位率为95%。"),
        ("满意度达百分之九十二点五", "满意度达92.5%"),
        ("执行率较上年提高三个百分点", "执行率较上年提高3个百分点"),
        ("完成率百分之一百", "完成率100%"),
    ],
)
def test_chinese_numerals_of_percentages(raw, clean):
    assert normalise_line(raw).text == clean


@pytest.mark.parametrize("kept", ["第三季度", "十三五规划", "设三个科室", "一是加强管理"])
def test_numerals_that_are_words_stay(kept):
    assert normalise_line(kept).text == kept


def test_a_rate_in_words_is_checked(write):
    text = "项目资金80.00万元，已拨付72.00万元，拨付率为百分之{p}。"
    assert codes(write(text.format(p="九十"))) == []
    assert [c[0] for c in codes(write(text.format(p="九十五")))] == ["AL102"]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("— 3 —", True),
        ("- 12 -", True),
        ("—5—", True),
        ("第 2 页", True),
        ("第2页 共10页", True),
        ("共10页 第2页", True),
        # a figure alone on its line is a cell of a table printed one cell a line
        ("6", False),
        ("-3", False),
        ("第2页显示的数据为3万元", False),
    ],
)
def test_a_line_of_nothing_but_a_page_number_is_read_as_blank(line, furniture):
    assert (normalise_line(line).text == "") is furniture
    assert (normalise_lines(["说明", line])[1].text == "") is furniture


def test_a_sentence_and_a_table_run_on_past_a_page_number(write):
    """The page break falls inside a paragraph and inside a table: neither the number 7 nor
    the break changes what is read (the 7 had been a part of the sum, the table two tables)."""
    text = (
        "本年支出合计46.00万元，其中基本支出30.00万元，\n"
        "— 7 —\n"
        "项目支出16.00万元。\n"
        "单位：万元\n"
        "项目 | 决算数 |\n"
        "办公费 | 12.00 |\n"
        "- 8 -\n"
        "差旅费 | 8.00 |\n"
        "合计 | {x} |\n"
    )
    assert codes(write(text.format(x="20.00"))) == []
    found = codes(write(text.format(x="21.00")))
    assert [(c[0], c[2]) for c in found] == [("AL201", [21.0, 12.0, 8.0])]
