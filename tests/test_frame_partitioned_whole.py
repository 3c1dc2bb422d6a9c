"""A whole stated once and its parts later in its section, each named by one member of a known
partition (extract/partitioned_whole.py), on wordings of our own."""

import pytest
from conftest import codes, sum_holds_then_breaks

BROKEN = [
    # the parts under a heading of their own, two quantities split alike
    (
        "一、年度概况\n2024年，全市彩票销售额9000万元，提取彩票公益金2600万元。\n（二）分发行单位情况\n"
        "福彩中心完成彩票销售额5000万元，提取福彩公益金1500万元；"
        "体彩中心完成彩票销售额{x}万元，提取体彩公益金1100万元。\n",
        "4000",
        "4300",
        [9000.0, 5000.0, 4300.0],
    ),
    # the next sentence, the short names of the members
    (
        "本年度筹集彩票公益金826.40万元。福彩公益金{x}万元，体彩公益金317.20万元。\n",
        "509.20",
        "590.20",
        [826.4, 590.2, 317.2],
    ),
    # this year's money and what was carried over, after a sentence without figures
    (
        "项目可用资金共计80万元。资金安排情况如下。当年财政资金60万元，上年结转资金{x}万元。\n",
        "20",
        "25",
        [80.0, 60.0, 25.0],
    ),
]


@pytest.mark.parametrize(("text", "good", "bad", "values"), BROKEN)
def test_the_members_parts_add_up_to_the_whole(write, text, good, bad, values):
    sum_holds_then_breaks(write, text, good, bad, values)


@pytest.mark.parametrize(
    "text",
    [
        # another quantity of the members: what was spent, not what was raised
        "本年度筹集彩票公益金2600万元。福利彩票公益金支出1500万元，体育彩票公益金支出900万元。\n",
        # one member only
        "本年度筹集彩票公益金2600万元。其中福利彩票公益金1500万元。\n",
        # another year's parts
        "2023年可用资金80万元。2024年当年资金60万元，上年结转资金25万元。\n",
        # the parts in the next section, not the whole's
        "一、资金筹集\n筹集彩票公益金2600万元。\n二、资金使用\n福利彩票公益金1500万元，体育彩票公益金900万元。\n",
        # … or in the first section after a whole stated before any heading
        "筹集彩票公益金2600万元。\n一、资金使用\n福利彩票公益金1500万元，体育彩票公益金900万元。\n",
    ],
)
def test_what_is_no_whole_split_by_a_partition(write, text):
    assert codes(write(text)) == []
