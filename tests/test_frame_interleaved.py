"""Two columns of a form flattened into one line, rows interleaved (extract/interleaved.py):
each row's name twice, the first figure of the first column's total, the second of the
second's. Lines of our own."""

import pytest
from conftest import codes

FORM = (
    "专项名称乡村振兴专项资金资金情况(万元)年度金额:300万元资金使用情况(万元)合计:246.5万元"
    "中央财政180万元中央财政{a}万元省级财政120万元省级财政{b}万元绩效目标：完善基础设施。"
)
SPACED = (
    "预算数 合计:50.00万元 执行数 合计:45.00万元 财政拨款40.00万元 财政拨款{a}万元 "
    "自筹资金10.00万元 自筹资金{b}万元"
)
PEOPLE = "计划培训人数：120人 实际培训人数：115人 教师80人 教师{a}人 学生40人 学生{b}人"


@pytest.mark.parametrize(
    ("line", "good", "bad", "values"),
    [
        (FORM, ("150.2", "96.3"), ("150.2", "90.3"), [246.5, 150.2, 90.3]),
        (SPACED, ("36.00", "9.00"), ("38.00", "9.00"), [45.0, 38.0, 9.0]),
        (PEOPLE, ("78", "37"), ("78", "39"), [115, 78, 39]),
    ],
)
def test_each_column_of_an_interleaved_line_adds_up_to_its_total(write, line, good, bad, values):
    assert codes(write(line.format(a=good[0], b=good[1]) + "\n")) == []
    found = codes(write(line.format(a=bad[0], b=bad[1]) + "\n"))
    assert [(c[0], c[2]) for c in found] == [("AL201", values)]


@pytest.mark.parametrize(
    "line",
    [
        # neither column adds up: nothing proves the line is two columns
        SPACED.format(a="30.00", b="9.00").replace("财政拨款40.00", "财政拨款30.00"),
        # one name twice is no interleaved run
        "预算数 合计:50.00万元 执行数 合计:45.00万元 财政拨款40.00万元 财政拨款36.00万元",
    ],
)
def test_a_line_not_proven_to_be_two_columns_is_silent(write, line):
    assert codes(write(line + "\n")) == []
