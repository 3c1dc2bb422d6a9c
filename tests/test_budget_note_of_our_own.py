"""A 部门预算说明 of our own (tests/data/department_budget_note.txt): it stays silent (a change
against last year's budget, `比上年预算增加…`, is no budget of its own), and each figure broken
by one digit is found by the check for its relation."""

from pathlib import Path

import pytest
from conftest import codes

REPORT = Path(__file__).parent / "data" / "department_budget_note.txt"

BREAKS = [
    ("政府性基金预算拨款收入200.00万元", "政府性基金预算拨款收入230.00万元", "AL201"),
    ("占90.91%", "占93.91%", "AL103"),
    ("增长4.39%", "增长4.69%", "AL501"),
    ("项目支出560.00万元", "项目支出590.00万元", "AL201"),
    ("比上年预算增加100.40万元，增长4.02%", "比上年预算增加100.40万元，增长5.02%", "AL501"),
    ("住房保障支出60.00万元", "住房保障支出90.00万元", "AL201"),
    ("公务接待费4.00万元", "公务接待费4.30万元", "AL201"),
    ("服务类140.00万元", "服务类170.00万元", "AL201"),
]


def test_the_consistent_note_is_silent():
    assert codes(REPORT) == []


@pytest.mark.parametrize(("good", "bad", "code"), BREAKS)
def test_one_broken_figure_is_found(write, good, bad, code):
    text = REPORT.read_text(encoding="utf-8")
    assert text.count(good) == 1
    assert code in [c[0] for c in codes(write(text.replace(good, bad, 1)))]
