"""The overall score on wordings of our own: an evaluation's total stated up front, in the
conclusion and in the score table's total row must agree; a level's score, another project's
or another year's is another quantity."""

import pytest
from conftest import codes

TABLE = (
    "| 一级指标 | 分值 | 得分 |\n| 决策 | 20 | 18 |\n| 过程 | 20 | {b} |\n| 产出 | 40 | {c} |\n"
    "| 效益 | 20 | 19 |\n| {total} | 100 | {t} |\n"
)


def test_the_score_up_front_against_the_tables_total(write):
    table = TABLE.format(b=19, c=40, total="总分", t=96)
    text = "一、项目自评结论\n本项目自评得分{x}分，等级为优。\n二、绩效指标完成情况\n" + table
    assert codes(write(text.format(x=96))) == []
    assert codes(write(text.format(x=97))) == [("AL301", 9, [97, 96])]


def test_a_summary_may_round_the_tables_total(write):
    table = TABLE.format(b=19.3, c=39.5, total="合计", t=95.8)
    assert codes(write("本项目综合得分96分。\n" + table)) == []
    assert [c[0] for c in codes(write("本项目综合得分97分。\n" + table))] == ["AL301"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "本项目自评得分为92.5分，评价等级为“优”。\n二、主要成效\n五、评价结论\n"
            "综合评价，本项目最终得分{x}分，等级为优秀。\n",
            [92.5, 93.5],
        ),
        (
            "部门整体支出绩效自评得分为91.2分。\n四、评价结论\n"
            "经自评，部门整体考评得分为{x}分，等级为优。\n",
            [91.2, 92.1],
        ),
    ],
)
def test_the_conclusion_restates_the_score(write, text, values):
    assert codes(write(text.format(x=values[0]))) == []
    assert codes(write(text.format(x=values[1]))) == [("AL301", text.count("\n"), values)]


@pytest.mark.parametrize(
    "text",
    [
        # two projects, each its own score
        "一、总体情况\n1.乡村道路项目：自评得分95分，等级为优。\n2.农田水利项目：自评得分90分，等级为优。\n",
        # a department's score and its projects'
        "部门整体支出绩效自评得分92分。\n二、项目支出绩效情况\n本单位重点项目自评得分88分。\n项目自评得分86分。\n",
        # a level's score after its own full marks
        "本项目自评得分96分。\n（一）产出指标满分50分，自评得分48分。\n（二）效益指标满分30分，自评得分28分。\n",
        # last year's score
        "上年自评得分90分，本年自评得分95分，提高5分。\n",
        # two score tables: two evaluations
        "本部门项目自评得分分别为96分和90分。\n"
        + TABLE.format(b=19, c=40, total="总分", t=96)
        + "乙项目\n"
        + TABLE.format(b=19, c=34, total="总分", t=90),
    ],
)
def test_what_is_not_the_same_overall_score(write, text):
    assert codes(write(text)) == []
