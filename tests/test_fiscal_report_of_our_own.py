"""A county's 财政决算报告 of our own (tests/data/fiscal_accounts_report.txt): four funds, each
with its items, additions and totals. It stays silent (a reserve fund set aside is no budget,
a total made by 加上 counts its items once), and each figure broken by one digit is found."""

from pathlib import Path

import pytest
from conftest import codes

REPORT = Path(__file__).parent / "data" / "fiscal_accounts_report.txt"

BREAKS = [
    ("非税收入4.68亿元", "非税收入4.38亿元", "AL201"),  # 税收 + 非税 = 收入
    ("债务转贷收入3.50亿元", "债务转贷收入3.80亿元", "AL201"),  # 加上…，收入总计
    ("债务还本支出2.40亿元", "债务还本支出2.70亿元", "AL201"),  # the sentence after the spending
    ("补充预算稳定调节基金0.60亿元", "补充预算稳定调节基金0.90亿元", "AL201"),
    ("专项债务转贷收入6.00亿元", "专项债务转贷收入6.30亿元", "AL201"),
    ("年终结余0.20亿元", "年终结余0.50亿元", "AL201"),  # 收入总计 − 支出总计
    ("当年收支结余0.80亿元", "当年收支结余0.50亿元", "AL201"),
]


def test_the_consistent_report_is_silent():
    assert codes(REPORT) == []


@pytest.mark.parametrize(("good", "bad", "code"), BREAKS)
def test_one_broken_figure_is_found(write, good, bad, code):
    text = REPORT.read_text(encoding="utf-8")
    assert text.count(good) == 1
    assert code in [c[0] for c in codes(write(text.replace(good, bad, 1)))]


TABLE = Path(__file__).parent / "data" / "fiscal_income_table.txt"

TABLE_BREAKS = [
    (
        "增值税 | 40000 | 42000 | 43680 |",
        "增值税 | 40000 | 42000 | 46680 |",
        "AL201",
    ),  # 一、 over its rows
    ("二、非税收入 | 50000 |", "二、非税收入 | 53000 |", "AL201"),  # 收入合计 = 一、 + 二、
    ("| 104.5 |", "| 134.5 |", "AL102"),  # 决算数为上年决算数的%
    ("| 105.3 |", "| 135.3 |", "AL102"),  # 决算数为调整预算数的%
]


def test_the_consistent_income_table_is_silent():
    """Income collected above its budget is no overspending; the % columns are rates."""
    assert codes(TABLE) == []


@pytest.mark.parametrize(("good", "bad", "code"), TABLE_BREAKS)
def test_one_broken_figure_of_the_income_table_is_found(write, good, bad, code):
    text = TABLE.read_text(encoding="utf-8")
    assert text.count(good) == 1
    assert code in [c[0] for c in codes(write(text.replace(good, bad, 1)))]


def test_spending_above_its_budget_in_a_fiscal_table_is_found(write):
    text = (
        "2023年全县一般公共预算支出执行表\n单位：万元\n"
        "项目 | 调整预算数 | 决算数 | 决算数为调整预算数的% |\n"
        "一、教育支出 | 50000 | 51000 | 102.0 |\n二、卫生健康支出 | 30000 | 29000 | 96.7 |\n"
        "支出合计 | 80000 | 80000 | 100.0 |\n"
    )
    assert [c[0] for c in codes(write(text))] == ["AL101"]


@pytest.mark.parametrize(
    "text",
    [
        "全县一般公共预算收入年初预算15.00亿元，实际完成15.60亿元，完成预算的104%。",
        "非税收入预算数4.5亿元，执行数4.68亿元。",
        "本年收入预算300万元，实际收入320万元。",
    ],
)
def test_income_above_its_budget_in_prose_is_no_overspending(write, text):
    assert codes(write(text)) == []


def test_spending_above_its_budget_in_prose_is_found(write):
    assert [c[0] for c in codes(write("本年支出预算300万元，实际支出320万元。"))] == ["AL101"]
