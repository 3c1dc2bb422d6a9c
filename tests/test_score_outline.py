"""Score weights in an outline of headings (extract/score_outline.py), on outlines of our own:
a heading's weight against its sub-headings' (AL403)."""

import pytest
from conftest import codes

TWO_LEVELS = (
    "一、项目决策（{w}分）\n（一）项目立项（8分）\n项目按程序申报，得8分。\n"
    "（二）绩效目标（12分）\n目标明确，得11分。\n二、项目过程（30分）\n"
    "（一）资金管理（15分）\n资金拨付及时，得15分。\n（二）组织实施（15分）\n制度健全，得14分。\n"
    "三、项目效益（50分）\n"
)
NUMBERED = (
    "1.产出指标(50分)\n(1)数量指标({w}分)\n完成培训120人次。\n(2)质量指标(30分)\n合格率100%。\n"
    "2.效益指标(30分)\n(1)社会效益(20分)\n(2)满意度(10分)\n3.预算执行(20分)\n"
)
THREE_LEVELS = (
    "一、过程（{w}分）\n（一）资金管理（20分）\n1.资金到位（8分）\n2.资金使用（12分）\n"
    "（二）组织实施（20分）\n1.管理制度（10分）\n2.制度执行（10分）\n二、产出（30分）\n"
)


@pytest.mark.parametrize(
    ("outline", "good", "bad", "values"),
    [
        (TWO_LEVELS, "20", "25", [25.0, 8.0, 12.0]),
        (NUMBERED, "20", "25", [50.0, 25.0, 30.0]),
        (THREE_LEVELS, "40", "45", [45.0, 20.0, 20.0]),
    ],
)
def test_a_level_against_the_weights_below_it(write, outline, good, bad, values):
    assert codes(write(outline.format(w=good))) == []
    found = codes(write(outline.format(w=bad)))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL403", sorted(values))]


def test_a_sub_level_against_its_own_children(write):
    bad = THREE_LEVELS.format(w="40").replace("2.资金使用（12分）", "2.资金使用（14分）")
    assert [(c[0], sorted(c[2])) for c in codes(write(bad))] == [("AL403", [8.0, 14.0, 20.0])]


@pytest.mark.parametrize(
    "outline",
    [
        # a child without a weight: the level's children are not all known
        "一、项目决策（20分）\n（一）项目立项\n（二）绩效目标（12分）\n二、项目过程（30分）\n",
        # the last level of the text, which may go on past where it was cut
        "一、项目决策（20分）\n（一）项目立项（8分）\n（二）绩效目标（5分）\n",
        # a score, not a weight, in the heading's bracket
        "一、总体评价（得分92分）\n（一）决策（18分）\n（二）过程（20分）\n二、问题\n",
    ],
)
def test_what_is_no_level_to_check(write, outline):
    assert [c for c in codes(write(outline)) if c[0] == "AL403"] == []
