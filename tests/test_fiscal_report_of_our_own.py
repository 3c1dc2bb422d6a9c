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
    ("安排预算稳定调节基金0.60亿元", "安排预算稳定调节基金0.90亿元", "AL201"),
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
