"""The fund block's total row restated in the summary, on wordings of our own: the project's
budget, spending and execution rate must be the same figures in both; a fund's or an item's
figures, and reports with more than one fund block, are left alone."""

import pytest
from conftest import codes

TABLE = (
    "| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "| 年度资金总额 | 80 | 85 | 76.5 | 10 | 90% | 9 |\n"
    "| 其中:财政拨款资金 | 60 | 65 | 58 | — | — | — |\n"
    "| 其他资金 | 20 | 20 | 18.5 | — | — | — |\n"
)


def test_the_summary_states_the_fund_rows_figures(write):
    good = "本项目全年预算数为85万元，执行数为76.5万元，执行率为90%。\n" + TABLE
    assert codes(write(good)) == []
    # the budget the summary states may be the row's 年初 budget
    assert codes(write("项目年初预算80万元，实际支出76.5万元。\n" + TABLE)) == []


def test_a_summary_that_disagrees_with_the_fund_row(write):
    bad = "本项目全年预算数为85万元，执行数为72.5万元，执行率为85.3%。\n" + TABLE
    assert codes(write(bad)) == [("AL301", 3, [72.5, 76.5]), ("AL301", 3, [85.3, 90])]


@pytest.mark.parametrize(
    "text",
    [
        # a fund's figures, not the project's
        "当年财政拨款预算60万元，执行数为55万元。\n" + TABLE,
        # two fund blocks: two projects
        "本项目全年预算数为85万元，执行数为72.5万元。\n" + TABLE + "乙项目\n" + TABLE,
    ],
)
def test_what_is_not_the_fund_rows_restatement(write, text):
    assert codes(write(text)) == []
