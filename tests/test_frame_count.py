"""The count frame (extract/count.py) on wordings of our own: a stated count against the list
that names its items (AL601), in the orders PHRASEBOOK §6 lists."""

import pytest
from conftest import codes


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        # the items glued before the count
        (
            "项目覆盖东山、西岭、南湖和北塘4个乡镇。",
            "项目覆盖东山、西岭、南湖和北塘5个乡镇。",
            [5, 4],
        ),
        ("下设办公室、财务科和业务科3个科室。", "下设办公室、财务科和业务科4个科室。", [4, 3]),
        ("辖甲村、乙村、丙村3个行政村。", "辖甲村、乙村、丙村2个行政村。", [2, 3]),
        # … with the count in words (PHRASEBOOK §6: a Chinese-numeral count after its list)
        (
            "本单位下设办公室、财务科、业务科三个科室。",
            "本单位下设办公室、财务科、业务科、信息科三个科室。",
            [3, 4],
        ),
        ("项目涵盖甲镇、乙镇和丙镇三个乡镇。", "项目涵盖甲镇、乙镇和丙镇两个乡镇。", [2, 3]),
        (
            "建立了月调度、季通报、年考核、半年评估四项制度。",
            "建立了月调度、季通报、年考核、半年评估五项制度。",
            [5, 4],
        ),
        # the count, then 即 / 分别为 and the items
        (
            "设立4个科室，即办公室、财务科、业务科、后勤科。",
            "设立3个科室，即办公室、财务科、业务科、后勤科。",
            [3, 4],
        ),
        (
            "共设3个工作组，分别为：综合组、宣传组、督导组。",
            "共设5个工作组，分别为：综合组、宣传组、督导组。",
            [5, 3],
        ),
        # 和 before the last item, after the cue; the noun before the count
        (
            "本所下设5个室，分别是综合室、审计室、研究室、法务室和培训室。",
            "本所下设6个室，分别是综合室、审计室、研究室、法务室和培训室。",
            [6, 5],
        ),
        (
            "今年实施工程3个，即护坡工程、清淤工程和绿化工程。",
            "今年实施工程4个，即护坡工程、清淤工程和绿化工程。",
            [4, 3],
        ),
        (
            "覆盖社区4个，包括北苑社区、南苑社区、东苑社区、西苑社区。",
            "覆盖社区5个，包括北苑社区、南苑社区、东苑社区、西苑社区。",
            [5, 4],
        ),
    ],
)
def test_a_count_against_its_list(write, good, bad, values):
    assert codes(write(good)) == []
    assert [(c[0], c[2]) for c in codes(write(bad))] == [("AL601", values)]


@pytest.mark.parametrize(
    "text",
    [
        "开展培训、宣传、督查等4项工作。",  # 等: the list is left open
        "东山、西岭等乡镇的3个村。",
        "东山、西岭的3个村完成改造。",  # villages in the two towns
        "道路、桥梁、涵洞各2个。",  # two of each
        "社会保障和就业、卫生健康、农林水3个功能科目。",  # 和 inside the first name
        # a table's cells run together: 3项目… is no count, nor is a list that follows a digit
        "资料齐全、程序规范、依据充分3项目申报合规性2",
        "申报完整性4资料齐全、程序规范、依据充分2个环节",
        # a list that holds a count of its own is another list's: 三个 counts only the last part
        "全市共有城东、城西两个区和城南、城北、城中三个街道。",
        # a list that runs on from items before it (`的投入保障、过程管理…`) is not the whole
        "从单位的投入保障、过程管理、产出质量和群众满意四个维度评价。",
        "从单位的投入保障、过程管理、产出质量和群众满意4个维度评价。",
        "东区、西区各两个站点。",
        "围绕产出、效益、满意度三类指标开展评价。",
        # 和 inside the last name after the cue: the list read either way may be the one counted
        "本局下设3个科室，分别是办公室、财务科和住房和城乡建设科。",
        "下辖乡镇3个，即东坪镇、西坪镇、中和镇。",
    ],
)
def test_what_is_no_count_of_the_list(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL601"] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("主要做了以下三个方面的工作：一是完善制度；二是加强监管；三是开展评价。\n", []),
        (
            "主要做了以下四个方面的工作：一是完善制度；二是加强监管；三是开展评价。\n",
            [("AL601", [4, 3])],
        ),
        ("存在以下3个问题：1.资金拨付慢；2.档案不全。\n", [("AL601", [3, 2])]),
        (
            "本年度重点开展了以下四项工作：\n（一）完善制度建设。\n（二）加强资金监管。\n"
            "（三）开展绩效评价。\n二、下一步计划\n",
            [("AL601", [4, 3])],
        ),
        (
            "本年度重点开展了以下三项工作：\n（一）完善制度建设。\n1.修订办法。\n"
            "（二）加强资金监管。\n（三）开展绩效评价。\n二、下一步计划\n",
            [],
        ),
        (
            "本年度重点开展了以下两项工作：\n（一）完善制度建设。\n1.修订办法。\n"
            "（二）加强资金监管。\n（三）开展绩效评价。\n二、下一步计划\n",
            [("AL601", [2, 3])],
        ),
    ],
)
def test_a_count_announced_before_numbered_items(write, text, found):
    """`以下四个方面：一是…；二是…；三是…` and the numbered paragraphs after `以下四项工作：`:
    the items of one style numbered from one are counted; a sub-item of another style between
    them is no item."""
    assert [(c[0], c[2]) for c in codes(write(text))] == found


def test_numbered_items_the_text_cut_off_are_not_counted_short(write):
    """The last paragraph of an excerpt, cut off mid-list: the items it lost are not missing."""
    assert codes(write("主要做了以下四个方面的工作：一是完善制度；二是加强监管；三是开展")) == []


@pytest.mark.parametrize(
    "text",
    [
        "本局内设机构4个。内设机构：办公室、财务科、业务科。\n",
        # the count ends a heading line; the list's line restates its name
        "②本级下设科室4\n下设科室:综合科、规划科、审批科。\n",
    ],
)
def test_a_count_and_the_named_list_after_it(write, text):
    assert codes(write(text)) == [("AL601", 1, [4, 3])]


@pytest.mark.parametrize(
    "text",
    [
        "本局下属单位2个。\n下属单位：甲服务中心、乙管理站。\n",  # as many as counted
        "完成项目5个。项目：道路硬化、饮水工程等。\n",  # 等: some of them
        "内设机构4个。内设机构职责：负责综合协调、财务管理。\n",  # another name
        "下属单位2个。下属单位：甲中心12人、乙站8人。\n",  # figures in the list
    ],
)
def test_what_is_not_a_named_list_of_the_count(write, text):
    assert codes(write(text)) == []
