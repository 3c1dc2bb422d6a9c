"""The composition frame on wordings of our own: parts in one sentence, in the next sentence,
and as the items that follow an open `其中：`; and the change of a total split over its parts."""

import pytest
from conftest import codes, extract_text, sum_holds_then_breaks

from auditlint.config import Config
from auditlint.runner import lint

WORDINGS = [
    # parts as the numbered items after an open cue (parts above the total: always an error;
    # below it only in a breakdown known to be complete, as the next one)
    (
        "（一）设备购置支出90.00万元，其中：\n1.采购检测仪器60.00万元。\n2.购置办公家具30.00万元。\n",
        "（一）设备购置支出90.00万元，其中：\n1.采购检测仪器60.00万元。\n2.购置办公家具40.00万元。\n",
        [90.0, 60.0, 40.0],
    ),
    # unnumbered items, one paragraph each, after a cue that opens its own sentence
    (
        "基本支出预算500.00万元。其中：\n人员经费预算380.00万元，主要用于工资发放。\n"
        "公用经费预算120.00万元，主要用于日常运转。\n二、项目支出\n",
        "基本支出预算500.00万元。其中：\n人员经费预算380.00万元，主要用于工资发放。\n"
        "公用经费预算102.00万元，主要用于日常运转。\n二、项目支出\n",
        [500.0, 380.0, 102.0],
    ),
    # items marked (1) (2) (3)
    (
        "培训经费共36.50万元，具体包括：\n(1)师资费12.00万元；\n(2)场地费14.50万元；\n(3)资料费10.00万元。\n",
        "培训经费共36.50万元，具体包括：\n(1)师资费12.00万元；\n(2)场地费14.50万元；\n(3)资料费16.00万元。\n",
        [36.5, 12.0, 14.5, 16.0],
    ),
    # the open cue followed by a comma, the parts one paragraph each (ASCII and full width)
    (
        "公用经费48.00万元，其中，\n办公费30.00万元，用于日常办公。\n会议费18.00万元，用于会议。\n",
        "公用经费48.00万元，其中，\n办公费30.00万元，用于日常办公。\n会议费21.00万元，用于会议。\n",
        [48.0, 30.0, 21.0],
    ),
    (
        "项目资金120万元,主要用于,\n1.设备采购80万元。\n2.人员培训40万元。\n",
        "项目资金120万元,主要用于,\n1.设备采购80万元。\n2.人员培训45万元。\n",
        [120.0, 80.0, 45.0],
    ),
]


@pytest.mark.parametrize(("good", "bad", "values"), WORDINGS)
def test_parts_after_an_open_cue(write, good, bad, values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


CHANGE_SPLIT = (
    "商品和服务支出200.00万元，比上年减少10.00万元。其中：\n"
    "办公费50.00万元，比上年增加5.00万元。\n"
    "印刷费60.00万元，比上年减少{x}万元。\n"
    "差旅费90.00万元，比上年减少5.00万元。\n"
    "（二）其他\n"
)


@pytest.mark.parametrize(
    ("text", "part", "broken", "values"),
    [
        (
            "三公经费预算总额为500万元，较上年减少60万元，减少10.7%；其中：因公出国（境）费20万元，"
            "与上年持平；公务接待费80万元，较上年减少10万元，减少11.1%；"
            "公务用车购置及运行维护费400万元，较上年减少50万元，减少11.1%。\n",
            "运行维护费400", "运行维护费410", [500, 20, 80, 410],
        ),
        (
            "本年支出320万元，比上年减少30万元，减幅8.6%；其中：基本支出200万元，比上年减少20万元，"
            "减幅9.1%；项目支出120万元，比上年减少10万元，减幅7.7%。\n",
            "项目支出120", "项目支出130", [320, 200, 130],
        ),
        (
            "非税收入90万元，比上年减收10万元，减收10%；其中：行政事业性收费收入50万元，比上年"
            "减收6万元，减收10.7%；罚没收入40万元，比上年减收4万元，减收9.1%。\n",
            "罚没收入40", "罚没收入45", [90, 50, 45],
        ),
    ],
)  # fmt: skip
def test_a_part_s_own_decrease_does_not_end_the_list(write, text, part, broken, values):
    """`，减少9.1%；` is the part's change, not `，减去…` taken from the total: the parts after it
    are still parts."""
    assert codes(write(text)) == []
    found = [c for c in codes(write(text.replace(part, broken))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_the_parts_of_a_change_add_up_to_the_change(write):
    assert codes(write(CHANGE_SPLIT.format(x="10.00"))) == []
    found = [c for c in codes(write(CHANGE_SPLIT.format(x="12.00"))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted([10.0, 5.0, 12.0, 5.0])]


@pytest.mark.parametrize(
    "text",
    [
        # `主要用于` lists the main uses only: a shortfall is not an error
        "专项经费80.00万元，主要用于：\n1.宣传活动30.00万元。\n2.课题研究20.00万元。\n",
        # the list stops at a paragraph of another kind
        "运行经费60.00万元，其中：\n1.水电费20.00万元。\n2.物业费40.00万元。\n另安排培训5人次。\n",
        # a previous-year figure before the cue is not the total
        "支出2.05万元，较上年2.08减少0.03万元；其中：出国费0万元；接待费2.05万元。",
        # what was done after a budget's parts is no part of it
        "项目总预算60万元，其中财政资金50万元；实际完成投资58万元。",
        "年初预算120.00万元，其中：人员经费72.00万元，公用经费48.00万元；全年执行115.00万元。",
        "全年支出决算90万元，其中基本支出60万元，项目支出30万元；年初预算100万元。",
    ],
)
def test_what_is_not_a_broken_composition(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "基本支出1,365,400元。其中：人员经费1,100,000元，公用经费265,400元。",
            "基本支出1,365,400元。其中：人员经费1,100,000元，公用经费256,400元。",
            [1365400, 1100000, 256400],
        ),
        (
            "收入合计2,486,153.25元，其中财政拨款2,306,021.75元，其他收入180,131.50元。",
            "收入合计2,486,153.25元，其中财政拨款2,306,021.75元，其他收入190,131.50元。",
            [2486153.25, 2306021.75, 190131.5],
        ),
        (
            "培训人次共12,600人次，其中线上8,400人次、线下4,200人次。",
            "培训人次共12,600人次，其中线上8,400人次、线下4,800人次。",
            [12600, 8400, 4800],
        ),
    ],
)
def test_parts_printed_with_thousands_separators(write, good, bad, values):
    """The comma inside 1,100,000 is no break between the clauses of a list."""
    assert codes(write(good)) == []
    assert [(c[0], sorted(c[2])) for c in codes(write(bad))] == [("AL201", sorted(values))]


def test_the_parts_of_a_budget_are_checked_without_what_was_done(write):
    text = "年初预算120.00万元，其中：人员经费72.00万元，公用经费49.00万元；全年执行115.00万元。"
    assert [(c[0], c[2]) for c in codes(write(text))] == [("AL201", [120.0, 72.0, 49.0])]


def test_a_split_of_the_whole_into_what_was_done_and_not_is_a_breakdown(write):
    text = "下达资金100万元，其中已拨付60万元，未拨付{x}万元。"
    assert codes(write(text.format(x="40"))) == []
    assert [c[0] for c in codes(write(text.format(x="45")))] == ["AL201"]


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        # parts that each name one level of government make up the whole: a shortfall counts
        (
            "下达补助资金500.00万元，其中中央200.00万元、省级180.00万元、县级120.00万元。",
            "下达补助资金500.00万元，其中中央200.00万元、省级130.00万元、县级120.00万元。",
            [500.0, 200.0, 130.0, 120.0],
        ),
        # this year's money and the carry-over
        (
            "全年可用资金88.50万元，其中当年拨款80.00万元，上年结转8.50万元。",
            "全年可用资金88.50万元，其中当年拨款70.00万元，上年结转8.50万元。",
            [88.5, 70.0, 8.5],
        ),
        # the three items of 三公经费
        (
            "三公经费支出6.00万元，其中因公出国费0万元，公务用车运行费4.00万元，公务接待费2.00万元。",
            "三公经费支出6.00万元，其中因公出国费0万元，公务用车运行费3.00万元，公务接待费2.00万元。",
            [6.0, 0, 3.0, 2.0],
        ),
    ],
)
def test_parts_that_name_a_whole_partition(write, good, bad, values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


@pytest.mark.parametrize(
    "text",
    [
        # parts of the figure before a bracket are in the bracket only
        "上级补助收入300万元（其中：专项补助40万元），债务收入100万元，收入合计400万元。",
        # run-on text whose full stops were lost: the list ends where prose starts again
        "共安排资金120.00万元，其中上级资金90.00万元，本级30.00万元，项目目标是保障学校正常运转"
        "二、资金使用情况学校按规定使用资金，全年支出45.50万元",
        # several figures before an open cue: the parts fit one of them
        "收入合计900万元，安排支出850万元，结转下年50万元。其中：\n1.甲类资金400万元。\n"
        "2.乙类资金500万元。\n",
        # parts that are not a known partition may leave a remainder
        "专项资金500.00万元，其中设备购置200.00万元、人员培训130.00万元。",
    ],
)
def test_what_is_not_a_broken_breakdown(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        # parts first, the total after them
        (
            "安排市级资金45.50万元、县级资金20.00万元，合计65.50万元。",
            "安排市级资金45.50万元、县级资金20.00万元，合计66.50万元。",
            [66.5, 45.5, 20.0],
        ),
        (
            "拨付甲镇12万元，乙镇8万元，丙镇5万元，共计拨付25万元。",
            "拨付甲镇12万元，乙镇8万元，丙镇5万元，共计拨付29万元。",
            [29, 12, 8, 5],
        ),
        # only the figures that make up the total: a run that ends at it
        (
            "年初预算30万元；采购设备18.20万元，培训6.80万元，总额为25.00万元。",
            "年初预算30万元；采购设备18.20万元，培训6.80万元，总额为26.00万元。",
            [26.0, 30, 18.2, 6.8],
        ),
    ],
)
def test_parts_then_their_total(write, good, bad, values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        (
            "本年收入合计120.00万元，支出合计100.00万元，年终结余20.00万元。",
            "本年收入合计120.00万元，支出合计100.00万元，年终结余25.00万元。",
        ),
        (
            "专项资金收入80万元，安排支出72万元，结转下年使用8万元。",
            "专项资金收入80万元，安排支出72万元，结转下年使用11万元。",
        ),
        (
            "基金总收入3.6亿元，总支出3.1亿元，滚存结余0.5亿元。",
            "基金总收入3.6亿元，总支出3.1亿元，滚存结余0.8亿元。",
        ),
        # a budget or an approval less what was spent is what remains
        (
            "全年预算200万元，实际支出150万元，结转50万元。",
            "全年预算200万元，实际支出150万元，结转40万元。",
        ),
        (
            "批复项目经费80万元，拨付70万元，剩余10万元。",
            "批复项目经费80万元，拨付70万元，剩余20万元。",
        ),
        (
            "年初预算资金300万元，已支出260万元，结余40万元。",
            "年初预算资金300万元，已支出260万元，结余30万元。",
        ),
        # what a project had to spend: its total investment, the funds arranged or raised
        (
            "项目总投资560.25万元，实际使用498.75万元，结余61.50万元，已全部收回。",
            "项目总投资560.25万元，实际使用498.75万元，结余81.50万元，已全部收回。",
        ),
        (
            "年初安排资金120万元，实际支付110万元，剩余10万元。",
            "年初安排资金120万元，实际支付110万元，剩余12万元。",
        ),
        (
            "共筹集资金95万元，使用88万元，结余7万元。",
            "共筹集资金95万元，使用88万元，结余9万元。",
        ),
        # the parts of what there was stand between it and its use
        (
            "项目总投资600.5万元，其中省级资金500万元，市级资金100.5万元，实际使用560.3万元，结余40.2万元。",
            "项目总投资600.5万元，其中省级资金500万元，市级资金100.5万元，实际使用560.3万元，结余50.2万元。",
        ),
    ],
)
def test_income_less_spending_is_what_remains(write, good, bad):
    assert codes(write(good)) == []
    assert [c[0] for c in codes(write(bad))] == ["AL201"]


def test_what_was_invested_is_no_part_of_the_investment(write):
    """A figure of what was done after the parts of a total investment is not one more part."""
    x = extract_text(
        write("项目总投资800万元，其中中央资金500万元，省级资金300万元，完成投资760万元。")
    )
    by_id = {f.id: f.text for f in x.facts}
    lists = [
        (by_id[r.roles["total"]], [by_id[i] for i in r.roles["parts"]])
        for r in x.relations
        if r.kind == "total_parts"
    ]
    assert lists == [("800", ["500", "300"])]


def test_a_budget_and_its_remainder_rate_are_no_balance(write):
    assert codes(write("预算执行率95%，预算结余资金20万元，结余率5%。")) == []


def test_a_difference_from_budget_is_not_the_budget(write):
    text = "三公经费支出合计28.50万元，比预算数减少24.10万元；接待费实际支出6.20万元，超出预算金额1.10万元。"
    assert codes(write(text)) == []


def test_a_remainder_is_not_an_approximate_figure(write):
    from conftest import extract_text

    x = extract_text(write("年终结余6.50亿元，结余资金约2.00亿元，培训60余人次。"))
    assert [(f.text, f.qualifier) for f in x.facts] == [
        ("6.50", ""),
        ("2.00", "approximate"),
        ("60", "lower_bound"),
    ]


def test_a_short_list_that_falls_a_little_short_is_a_slip(write):
    bad = "下达专项资金300.00万元，其中设备购置180.00万元，人员培训96.00万元。"
    found = [c for c in codes(write(bad)) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [[96.0, 180.0, 300.0]]


def test_a_long_list_that_leaves_out_an_item_is_not(write):
    items = "，".join(f"第{k}项{v}.00万元" for k, v in enumerate([30, 25, 20, 15, 12, 8], 1))
    assert codes(write(f"全年支出115.00万元，其中{items}。")) == []


def test_names_listed_before_fenbiewei_label_the_figures_after_it(write):
    from conftest import extract_text

    text = "全年采购2.40亿元。其中，货物、工程和服务采购规模分别为1.20亿元、0.50亿元和0.70亿元。"
    x = extract_text(write(text))
    assert [f.label for f in x.facts] == ["全年采购", "货物", "工程", "服务采购规模"]
    # the three names are a partition: a shortfall is an error
    bad = text.replace("0.70亿元", "0.50亿元")
    assert [c[0] for c in codes(write(bad))] == ["AL201"]


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        (
            "全区下达资金124.00万元。从资金层级看，省级资金73.50万元；市级资金50.50万元。",
            "全区下达资金124.00万元。从资金层级看，省级资金73.50万元；市级资金55.50万元。",
        ),
        (
            "全年下达资金90.00万元。按资金来源分，中央资金50.00万元，省级资金40.00万元。",
            "全年下达资金90.00万元。按资金来源分，中央资金50.00万元，省级资金30.00万元。",
        ),
        (
            "全年支出80.00万元。分项目看，甲项目50.00万元，乙项目30.00万元。",
            "全年支出80.00万元。分项目看，甲项目50.00万元，乙项目36.00万元。",
        ),
    ],
)
def test_a_sentence_that_names_the_dimension_lists_parts(write, good, bad):
    assert codes(write(good)) == []
    assert [c[0] for c in codes(write(bad))] == ["AL201"]


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        # the dimension named in a clause right after the total
        (
            "项目资金共计86.5万元，按用途分：设备购置52.3万元，人员培训14.2万元，宣传印刷20万元。",
            "项目资金共计86.5万元，按用途分：设备购置52.3万元，人员培训15.2万元，宣传印刷20万元。",
            [86.5, 52.3, 15.2, 20],
        ),
        (
            "收入合计90.00万元，从来源看，财政拨款80.00万元，其他收入10.00万元。",
            "收入合计90.00万元，从来源看，财政拨款80.00万元，其他收入15.00万元。",
            [90.0, 80.0, 15.0],
        ),
        # … or as where the money came from
        (
            "项目总投资1250万元，资金来源为：上级补助800万元，地方自筹450万元。",
            "项目总投资1250万元，资金来源为：上级补助800万元，地方自筹540万元。",
            [1250, 800, 540],
        ),
        (
            "该工程投资300万元，资金来源是：中央资金200万元、县级配套100万元。",
            "该工程投资300万元，资金来源是：中央资金200万元、县级配套110万元。",
            [300, 200, 110],
        ),
    ],
)
def test_a_clause_that_names_the_dimension_lists_the_parts_of_the_figure_before(
    write, good, bad, values
):
    assert codes(write(good)) == []
    assert [(c[0], sorted(c[2])) for c in codes(write(bad))] == [("AL201", sorted(values))]


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "共设置绩效指标6个，即：数量指标2个、质量指标2个、时效指标1个、满意度指标1个。",
            "共设置绩效指标7个，即：数量指标2个、质量指标2个、时效指标1个、满意度指标1个。",
            [7, 2, 2, 1, 1],
        ),
        (
            "实有人员30人，即在编人员25人、聘用人员5人。",
            "实有人员32人，即在编人员25人、聘用人员5人。",
            [32, 25, 5],
        ),
        (
            "本年度共实施项目9个，即续建项目4个、新建项目5个。",
            "本年度共实施项目12个，即续建项目4个、新建项目5个。",
            [12, 4, 5],
        ),
    ],
)
def test_parts_after_ji_are_the_whole(write, good, bad, values):
    """即 restates the whole (PHRASEBOOK §1): parts that fall short are an error too."""
    assert codes(write(good)) == []
    assert [(c[0], sorted(c[2])) for c in codes(write(bad))] == [("AL201", sorted(values))]


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        # parts in one sentence, each with its change
        (
            "会议培训费12.00万元，较上年减少1.50万元。其中：会议费8.00万元，较上年减少1.00万元；"
            "培训费4.00万元，较上年减少{x}万元。",
            "0.50",
            "0.70",
            [1.5, 1.0, 0.7],
        ),
        # changes both ways
        (
            "本年支出90.00万元，比上年增加6.00万元，其中基本支出60.00万元，比上年增加8.00万元，"
            "项目支出30.00万元，比上年减少{x}万元。",
            "2.00",
            "3.00",
            [6.0, 8.0, 3.0],
        ),
        # the parts after 包括, against the total's base named once
        (
            "收入合计50万元，同比增加5万元，包括财政拨款45万元，同比增加4万元，其他收入5万元，"
            "同比增加{x}万元。",
            "1",
            "3",
            [5, 4, 3],
        ),
        # the parts' changes without a base of their own take the total's (PHRASEBOOK §1 trap 1)
        (
            "培训会议经费12.00万元，较上年减少1.50万元。其中：会议费8.00万元，减少1.00万元；"
            "培训费4.00万元，减少{x}万元。",
            "0.50",
            "0.70",
            [1.5, 1.0, 0.7],
        ),
        (
            "本年支出90.00万元，比上年增加6.00万元，其中基本支出60.00万元，增加8.00万元，"
            "项目支出30.00万元，减少{x}万元。",
            "2.00",
            "3.00",
            [6.0, 8.0, 3.0],
        ),
        # … against the budget
        (
            "“三公”经费支出15.60万元，比预算减少6.40万元。其中：公务用车运行费10.60万元，"
            "节约4.40万元；公务接待费5.00万元，节约{x}万元。",
            "2.00",
            "2.50",
            [6.4, 4.4, 2.5],
        ),
        # … and a total's change with its rate and no base
        (
            "事业收入36.00万元，增加4.00万元，增长12.50%，其中：服务收入30.00万元，增加3.00万元；"
            "其他事业收入6.00万元，增加{x}万元。",
            "1.00",
            "1.40",
            [4.0, 3.0, 1.4],
        ),
    ],
)
def test_the_changes_of_a_whole_breakdown_add_up_to_the_totals(write, text, good, bad, values):
    assert codes(write(text.format(x=good))) == []
    assert [(c[0], sorted(c[2])) for c in codes(write(text.format(x=bad)))] == [
        ("AL201", sorted(values))
    ]


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        # the changes of every part of a known breakdown, one item each, after the total's
        (
            "基本支出较上年增加12.00万元，增长8.00%。变动原因如下：\n"
            "1.工资福利支出比上年增加10.00万元。\n"
            "2.商品和服务支出比上年增加1.50万元。\n"
            "3.对个人和家庭的补助比上年增加{x}万元。\n",
            "0.50",
            "0.80",
            [12.0, 10.0, 1.5, 0.8],
        ),
        (
            "“三公”经费较上年减少3.00万元。其中：因公出国（境）费较上年减少0.40万元；"
            "公务接待费较上年减少1.00万元；公务用车费较上年减少{x}万元。",
            "1.60",
            "2.50",
            [3.0, 0.4, 1.0, 2.5],
        ),
        (
            "本年支出比上年增加40万元。基本支出比上年增加25万元。项目支出比上年增加{x}万元。",
            "15",
            "25",
            [40, 25, 25],
        ),
        # the parts after 其中 with no base of their own: the total's (PHRASEBOOK §1 trap 1)
        (
            "本年支出22.00万元，与上年相比增加3.00万元，增长15.79%，其中基本支出增加1.00万元，"
            "项目支出增加{x}万元。",
            "2.00",
            "1.00",
            [3.0, 1.0, 1.0],
        ),
        (
            "“三公”经费支出较上年减少3.00万元。其中：因公出国（境）费减少0.40万元；"
            "公务接待费减少1.00万元；公务用车购置及运行费减少{x}万元。",
            "1.60",
            "1.80",
            [3.0, 0.4, 1.0, 1.8],
        ),
    ],
)
def test_the_changes_of_every_part_of_a_known_breakdown_add_up(write, text, good, bad, values):
    assert codes(write(text.format(x=good))) == []
    assert [(c[0], sorted(c[2])) for c in codes(write(text.format(x=bad)))] == [
        ("AL201", sorted(values))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the total states no change: the parts' changes have no base to be read against
        "培训会议经费12.00万元。其中：会议费8.00万元，减少1.00万元；培训费4.00万元，减少0.70万元。",
        # the parts do not make the total
        "项目支出80.00万元，较上年增加10.00万元，主要用于设备购置30.00万元，增加2.00万元；"
        "人员培训20.00万元，增加1.00万元。",
        # a change of another kind (pieces of equipment, not money)
        "设备购置费12.00万元，较上年减少1.50万元。其中：电脑8.00万元，减少3台；打印机4.00万元，"
        "减少2台。",
    ],
)
def test_parts_changes_without_a_base_are_not_summed_without_their_totals(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "基本支出较上年增加12.00万元。人员经费较上年增加10.00万元，主要是人员增加。",
        "本年支出较上年增加12.00万元，其中基本支出增加10.00万元，主要是人员增加。",
    ],
)
def test_the_changes_of_some_parts_of_a_breakdown_are_not_summed(write, text):
    assert codes(write(text)) == []


def test_the_changes_of_parts_that_do_not_make_the_total_are_not_summed(write):
    """主要用于 names some of the parts; their changes need not make the total's."""
    text = (
        "项目支出80万元，较上年增加10万元，主要用于设备购置30万元，较上年增加2万元；"
        "人员培训20万元，较上年增加1万元。"
    )
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "支出100万元，按计划分三批拨付，已拨付60万元，待拨付45万元。",
        "项目资金100万元，资金来源为财政拨款，已支付80万元，结余20万元。",
    ],
)
def test_a_clause_that_names_no_dimension_lists_nothing(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        # a paragraph that opens with a dimension naming its quantity breaks down that figure
        # of the paragraph before, whichever came last
        (
            "本年收入620.00万元，本年支出575.00万元。\n从收入构成看，财政拨款500.00万元，其他收入120.00万元。\n",
            "本年收入620.00万元，本年支出575.00万元。\n从收入构成看，财政拨款500.00万元，其他收入130.00万元。\n",
        ),
        (
            "本年收入620.00万元，本年支出575.00万元。\n从支出构成看，基本支出395.00万元，项目支出180.00万元。\n",
            "本年收入620.00万元，本年支出575.00万元。\n从支出构成看，基本支出395.00万元，项目支出185.00万元。\n",
        ),
        (
            "全年财政拨款支出96.50万元，比上年增加6.50万元。\n按支出功能分类，教育支出80.00万元，住房保障支出16.50万元。\n",
            "全年财政拨款支出96.50万元，比上年增加6.50万元。\n按支出功能分类，教育支出80.00万元，住房保障支出18.50万元。\n",
        ),
        # past the paragraph of the other quantity's parts, to the one that states both
        (
            "全市一般公共预算收入400亿元。全市一般公共预算支出500亿元，增长13%。\n"
            "从收入详细来看，税收收入300亿元；非税收入100亿元。\n"
            "从支出详细来看，市本级支出180亿元，增长3%；对区转移支付320亿元。\n",
            "全市一般公共预算收入400亿元。全市一般公共预算支出500亿元，增长13%。\n"
            "从收入详细来看，税收收入300亿元；非税收入100亿元。\n"
            "从支出详细来看，市本级支出200亿元，增长3%；对区转移支付320亿元。\n",
        ),
    ],
)
def test_a_paragraph_that_names_the_dimension_breaks_down_the_figure_before(write, good, bad):
    assert codes(write(good)) == []
    assert [c[0] for c in codes(write(bad))] == ["AL201"]


def test_a_paragraph_whose_dimension_names_nothing_reaches_no_paragraph_before(write):
    text = "全年下达资金90.00万元。\n从实施进度看，一季度完成30.00万元，二季度完成50.00万元。\n"
    assert codes(write(text)) == []


def test_a_dimension_without_parts_is_no_breakdown(write):
    assert codes(write("全年支出进度95%。从全年看，支出进度达到95%，高于序时进度。")) == []


@pytest.mark.parametrize(
    ("good", "bad", "code_values"),
    [
        (
            "全年共发放300.00万元（当年资金280.00万元，上年结转资金20.00万元）。",
            "全年共发放300.00万元（当年资金280.00万元，上年结转资金25.00万元）。",
            [300.0, 280.0, 25.0],
        ),
        (
            "车辆费用15.00万元（购置费0万元、运行费15.00万元），接待费3.00万元。",
            "车辆费用15.00万元（购置费0万元、运行费16.00万元），接待费3.00万元。",
            [15.0, 0, 16.0],
        ),
        # the total printed without its unit, which its parts carry
        (
            "全年执行数5230.5（含中央资金3120.2万元，地方资金2110.3万元），执行率96%。",
            "全年执行数5230.5（含中央资金3120.2万元，地方资金2210.3万元），执行率96%。",
            [5230.5, 3120.2, 2210.3],
        ),
        (
            "支出2.05万元，年初预算为2.95万元，差值为0.90万元。",
            "支出2.05万元，年初预算为2.95万元，差值为0.40万元。",
            [2.95, 2.05, 0.4],
        ),
    ],
)
def test_bracketed_parts_and_unsigned_differences(write, good, bad, code_values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(code_values)]


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "中心共有人员420人（在编人员96人、编外人员{x}人、2家劳务公司派遣人员180人）。",
            "144",
            "154",
            [420, 96, 154, 180],
        ),
        (
            "全年培训1260人次（举办5期骨干班培训300人次、8期普及班培训{x}人次）。",
            "960",
            "990",
            [1260, 300, 990],
        ),
    ],
)
def test_a_count_inside_a_parts_name_in_a_bracket(write, text, good, bad, values):
    """`、2家公司派遣人员180人`: a figure of another unit right before a part's figure is part of
    that part's name, not a figure that makes the bracket something other than parts."""
    sum_holds_then_breaks(write, text, good, bad, values)


def test_a_bracket_with_a_figure_of_another_unit_as_an_item_is_no_list_of_parts(write):
    """A figure of another unit standing as an item of its own: the bracket is no list of parts."""
    assert codes(write("完成培训500人次（线上课程12门、线下培训300人次）。")) == []


def test_a_bracket_with_a_code_or_a_note_is_no_list_of_parts(write):
    text = "下达资金111万元（某财发〔2023〕5号），其中甲资金100万元，乙资金11万元。"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "bad", "terms"),
    [
        (
            "年初预算100万元，追加20万元，调减5万元，调整后预算115万元。",
            "年初预算100万元，追加20万元，调减5万元，调整后预算125万元。",
            "100+20−5",
        ),
        (
            "下达资金120万元，调减35万元，全年实际下达85万元。",
            "下达资金120万元，调减35万元，全年实际下达95万元。",
            "120−35",
        ),
        (
            "预算下达50.00万元，追加预算8.00万元，调整后为58.00万元。",
            "预算下达50.00万元，追加预算8.00万元，调整后为68.00万元。",
            "50.00+8.00",
        ),
        (
            "本年收入预算110.00万元，加上上年结转20.00万元，收入总量为130.00万元。",
            "本年收入预算110.00万元，加上上年结转20.00万元，收入总量为135.00万元。",
            "110.00+20.00",
        ),
        (  # the budget's own parts come between: they are passed over, and end the 其中 list
            "年初预算50.00万元，其中人员经费30.00万元、公用经费20.00万元，追加预算10.00万元，"
            "调整后预算60.00万元。",
            "年初预算50.00万元，其中人员经费30.00万元、公用经费20.00万元，追加预算10.00万元，"
            "调整后预算65.00万元。",
            "50.00+10.00",
        ),
        (
            "下达资金80.00万元，扣除收回资金5.00万元，实际下达75.00万元。",
            "下达资金80.00万元，扣除收回资金5.00万元，实际下达70.00万元。",
            "80.00−5.00",
        ),
    ],
)
def test_an_adjusted_budget_is_the_first_plus_and_minus_its_adjustments(write, good, bad, terms):
    """年初 + 调增 − 调减 = 调整后 (wordings of our own)."""
    assert codes(write(good)) == []
    (found,) = lint([write(bad)], Config()).findings
    assert found.code == "AL201" and terms in found.message and "变动额" not in found.message


@pytest.mark.parametrize(
    ("good", "bad", "terms"),
    [
        (  # a name that holds 支付 is no spending where it is added
            "本级收入52亿元，加上转移支付31亿元、上年结转6亿元，收入总计89亿元。",
            "本级收入52亿元，加上转移支付31亿元、上年结转6亿元，收入总计95亿元。",
            "52+31+6",
        ),
        (
            "全县税收收入120亿元，加上上级补助收入40亿元、调入资金8亿元，减去上解支出5亿元，"
            "可用财力163亿元。",
            "全县税收收入120亿元，加上上级补助收入40亿元、调入资金8亿元，减去上解支出5亿元，"
            "可用财力173亿元。",
            "120+40+8−5",
        ),
        (  # the sentence opens with the addition: it starts from the figure before
            "本年收入合计300万元。加上年初结转和结余20万元，收入总计320万元。",
            "本年收入合计300万元。加上年初结转和结余20万元，收入总计330万元。",
            "300+20",
        ),
        (  # … from the total there, not its last part
            "本年收入410万元，其中：拨款收入380万元，其他收入30万元。再加上上年结转15万元，"
            "收入总量为425万元。",
            "本年收入410万元，其中：拨款收入380万元，其他收入30万元。再加上上年结转15万元，"
            "收入总量为452万元。",
            "410+15",
        ),
        (  # … from the level there, not the change stated after it
            "本级收入52.0亿元，比上年增加3.0亿元。加上转移支付31.0亿元、上年结转6.0亿元，"
            "收入总计89.0亿元。",
            "本级收入52.0亿元，比上年增加3.0亿元。加上转移支付31.0亿元、上年结转6.0亿元，"
            "收入总计91.0亿元。",
            "52.0+31.0+6.0",
        ),
        (
            "一般公共预算收入80万元，同比下降5%，减收4万元。加上上级补助收入30万元，收入合计110万元。",
            "一般公共预算收入80万元，同比下降5%，减收4万元。加上上级补助收入30万元，收入合计120万元。",
            "80+30",
        ),
    ],
)
def test_added_and_taken_away_from_the_figure_before(write, good, bad, terms):
    """`A，加上B、C，减去D，合计E`: E = A + B + C − D, A being whatever figure stands first."""
    assert codes(write(good)) == []
    (found,) = lint([write(bad)], Config()).findings
    assert found.code == "AL201" and terms in found.message


def test_an_addition_word_inside_a_name_starts_nothing(write):
    """加强 is no 加上: the figures before it are not summed with those after."""
    text = "加强项目管理，投入资金30万元，加上配套资金10万元，共计40万元。"
    assert codes(write(text)) == []
    found = [c for c in codes(write(text.replace("共计40", "共计45"))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [[10.0, 30.0, 45.0]]


def test_two_budgets_and_a_later_increase_are_no_adjustment(write):
    # the adjusted budget is stated before the increase: no start, steps, result in order
    assert codes(write("年初预算100万元，全年预算120万元，其中追加20万元。")) == []


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        (
            "三公经费支出11.00万元，因公出国费2.00万元，公务接待费3.00万元，公务用车费6.00万元。",
            "三公经费支出10.00万元，因公出国费2.00万元，公务接待费3.00万元，公务用车费6.00万元。",
        ),
        (
            "基本支出495.00万元，人员经费400.00万元，公用经费90.00万元，对个人和家庭补助5.00万元。",
            "基本支出500.00万元，人员经费400.00万元，公用经费90.00万元，对个人和家庭补助5.00万元。",
        ),
        (
            "“三公”经费支出6.30万元，因公出国(境)经费0.40万元，公务接待经费1.10万元，公务用车"
            "经费4.80万元（购置公务用车0.00万元，公务用车日常运行4.80万元）。",
            "“三公”经费支出6.40万元，因公出国(境)经费0.40万元，公务接待经费1.10万元，公务用车"
            "经费4.80万元（购置公务用车0.00万元，公务用车日常运行4.80万元）。",
        ),
    ],
)
def test_a_total_followed_by_every_part_of_its_definition(write, good, bad):
    """No cue word: the figures after the total name each part of its known breakdown once."""
    assert codes(write(good)) == []
    assert [c[0] for c in codes(write(bad))] == ["AL201"]


@pytest.mark.parametrize(
    "text",
    [
        # one part missing: maybe a list of some items, not the breakdown
        "三公经费支出10.00万元，公务接待费3.00万元，公务用车费6.00万元。",
        # a part and its own sub-parts are not three parts
        "三公经费29.00万元，其中：因公出国费0万元；公务用车费28.00万元（购置费0万元，公务用车"
        "运行费28.00万元）；公务接待费1.00万元。",
    ],
)
def test_what_is_not_a_whole_breakdown(write, text):
    assert codes(write(text)) == []


def test_an_added_budget_is_no_budget_of_the_spending_beside_it(write):
    text = "公用经费20.00万元，追加预算10.00万元。"
    assert codes(write(text)) == []


@pytest.mark.parametrize("cue", ["主要用于：", "主要包括："])
def test_main_items_may_fall_short_of_their_total_but_not_exceed_it(write, cue):
    short = f"全年支出120.00万元，{cue}\n\n1. 培训费70.00万元。\n\n2. 会议费38.00万元。\n"
    assert codes(write(short)) == []  # the text names only the main items
    over = f"全年支出120.00万元，{cue}\n\n1. 培训费70.00万元。\n\n2. 会议费60.00万元。\n"
    assert [c[0] for c in codes(write(over))] == ["AL201"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("安排培训经费40.00万元，其中师资费35.00万元，场地费25.00万元。", [40.0, 35.0, 25.0]),
        (
            "全年下达资金150.00万元，其中设备购置120.00万元，运行维护90.00万元。",
            [150.0, 120.0, 90.0],
        ),
        ("项目总投资80万元，其中财政资金70万元，自筹资金30万元。", [80.0, 70.0, 30.0]),
    ],
)
def test_parts_far_above_their_total_are_an_error(write, text, values):
    """However far above the total, parts none of which can be left out are an error."""
    found = codes(write(text))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", sorted(values))]


@pytest.mark.parametrize(
    "text",
    [
        # the list runs on past its end: 300 + 200 make the 500, what was paid is no part
        "项目总投资500.00万元，其中中央资金300.00万元，县级配套200.00万元，已支付450.00万元，结余50.00万元。",
        # the total restated inside its own list
        "收到资金64.00万元，其中本级资金64.00万元，已拨付乡镇40.00万元，结余24.00万元。",
        # each part followed by its change: the parts are every other figure
        "三公经费12.00万元，其中公务接待费2.00万元，压减1.50万元；公务用车费10.00万元，压减3.00万元。",
    ],
)
def test_parts_above_the_total_that_some_reading_explains_are_no_error(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL201"] == []


CHAINED_DIMENSIONS = (
    "全市接待游客500万人次。从来源看，省内游客300万人次，省外游客200万人次。"
    "从方式看，团队游客120万人次，散客{x}万人次。"
)


def test_each_dimension_splits_the_same_whole(write):
    """The second `从…看` sentence breaks down the total, not the last part of the first."""
    assert codes(write(CHAINED_DIMENSIONS.format(x="380"))) == []
    found = codes(write(CHAINED_DIMENSIONS.format(x="480")))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", [120.0, 480.0, 500.0])]
    money = "本年支出80万元。按经济分类分，工资福利50万元，商品服务30万元。按功能分，教育支出60万元，科技支出{x}万元。"
    assert codes(write(money.format(x="20"))) == []
    assert [c[0] for c in codes(write(money.format(x="25")))] == ["AL201"]


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        (
            "县级一般公共预算收入84.00亿元，上级补助收入31.50亿元，上年结余4.20亿元，收入合计119.70亿元。",
            "县级一般公共预算收入84.00亿元，上级补助收入31.50亿元，上年结余4.20亿元，收入合计121.70亿元。",
        ),
        (
            "基本支出60万元，项目支出40万元，本年支出合计100万元。",
            "基本支出60万元，项目支出40万元，本年支出合计110万元。",
        ),
        (
            "工资福利支出30万元，商品和服务支出12万元，两项总计42万元。",
            "工资福利支出30万元，商品和服务支出12万元，两项总计45万元。",
        ),
    ],
)
def test_a_total_named_before_its_total_word_closes_the_parts(write, good, bad):
    assert codes(write(good)) == []
    assert [c[0] for c in codes(write(bad))] == ["AL201"]


def test_a_single_total_character_inside_a_name_is_no_total(write):
    # 一般公共预算 holds 共: no total after parts here
    from conftest import extract_text

    text = "一般公共预算收入100亿元，政府性基金收入30亿元，一般公共预算支出90亿元。"
    assert [r for r in extract_text(write(text)).relations if r.kind == "total_parts"] == []


def test_a_figure_broken_down_may_stand_for_its_parts_before_a_total(write):
    """The total adds what follows to the part the 其中 names, not to the figure before it."""
    text = "全市财政总收入410亿元，其中地方收入270亿元；加上级补助收入125亿元，上年结余40亿元，收入合计{x}亿元。"
    assert codes(write(text.format(x="435"))) == []
    assert [c[0] for c in codes(write(text.format(x="445")))] == ["AL201"]


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "项目资金共计80万元，主要是设备购置50万元、人员培训30万元。",
            "项目资金共计80万元，主要是设备购置50万元、人员培训40万元。",
            [80.0, 50.0, 40.0],
        ),
        (
            "三公经费预算12.00万元，即公务接待费2.50万元，公务用车运行维护费9.50万元。",
            "三公经费预算12.00万元，即公务接待费2.50万元，公务用车运行维护费10.50万元。",
            [12.0, 2.5, 10.5],
        ),
        (
            "本年收入60.00万元，含财政拨款55.00万元、其他收入5.00万元。",
            "本年收入60.00万元，含财政拨款55.00万元、其他收入8.00万元。",
            [60.0, 55.0, 8.0],
        ),
        (
            "本年支出90.00万元，主要用于以下方面：教育支出60.00万元；卫生支出30.00万元。",
            "本年支出90.00万元，主要用于以下方面：教育支出60.00万元；卫生支出36.00万元。",
            [90.0, 60.0, 36.0],
        ),
    ],
)
def test_other_cues_of_parts_inside_a_sentence(write, good, bad, values):
    assert codes(write(good)) == []
    found = codes(write(bad))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", sorted(values))]


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "全年收入合计640.40万元，其中：财政拨款收入512.30万元，主要是人员和公用经费；"
            "事业收入96.10万元，主要是检测服务收费；其他收入32.00万元。",
            "全年收入合计640.40万元，其中：财政拨款收入512.30万元，主要是人员和公用经费；"
            "事业收入99.10万元，主要是检测服务收费；其他收入32.00万元。",
            [640.4, 512.3, 99.1, 32.0],
        ),
        (
            "项目支出75.00万元，包括设备购置45.00万元，主要用于更新检测仪器，"
            "以及技术培训30.00万元。",
            "项目支出75.00万元，包括设备购置45.00万元，主要用于更新检测仪器，"
            "以及技术培训38.00万元。",
            [75.0, 45.0, 38.0],
        ),
        (
            "到位资金210万元，其中省级资金150万元，即第一批下达资金，市级资金60万元。",
            "到位资金210万元，其中省级资金150万元，即第一批下达资金，市级资金66万元。",
            [210.0, 150.0, 66.0],
        ),
    ],
)
def test_a_part_described_in_words_does_not_end_its_list(write, good, bad, values):
    """`，主要是…` after a part says what it holds: the list of parts runs on past it."""
    assert codes(write(good)) == []
    found = codes(write(bad))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", sorted(values))]


@pytest.mark.parametrize(
    "text",
    [
        # a name that starts with a cue character, after a semicolon
        "全年销售食品300万元，其中：冷冻类产品180万元；即食类产品120万元。",
        # the cue's clause says in words what the figure holds; the next figure is no part
        "其他收入50.00万元，主要是利息收入；年初结转和结余80.00万元。",
        # run-on text between the last figure and a cue far after it
        "本级资金42.00万元，项目目标是保障学校正常运转及教学设施日常维护工作顺利开展，主要用于设备购置65.00万元。",
    ],
)
def test_what_is_no_list_of_parts(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL201"] == []


@pytest.mark.parametrize(
    ("bad", "good", "values"),
    [
        (
            "项目总投资100万元，其中中央资金60万元，县级资金30万元，共计下达90万元。",
            "项目总投资90万元，其中中央资金60万元，县级资金30万元，共计下达90万元。",
            [100.0, 60.0, 30.0],
        ),
        (
            "培训经费50.00万元，其中师资费20.00万元，场地费25.00万元，两项总计45.00万元。",
            "培训经费45.00万元，其中师资费20.00万元，场地费25.00万元，两项总计45.00万元。",
            [50.0, 20.0, 25.0],
        ),
        (
            "接待人数80人，其中省内60人、省外15人，共计75人。",
            "接待人数75人，其中省内60人、省外15人，共计75人。",
            [80.0, 60.0, 15.0],
        ),
        # the list's own total wrong, the total before the cue right
        (
            "项目总投资70万元。其中：下达中央资金45万元，县级资金25万元，共计下达76万元。",
            "项目总投资70万元。其中：下达中央资金45万元，县级资金25万元，共计下达70万元。",
            [76.0, 45.0, 25.0],
        ),
        (
            "本年支出42.60万元，其中人员经费35.10万元，公用经费7.50万元，合计57.60万元。",
            "本年支出42.60万元，其中人员经费35.10万元，公用经费7.50万元，合计42.60万元。",
            [57.6, 35.1, 7.5],
        ),
        (
            "参训学员120人，其中教师70人、校医50人，总计102人。",
            "参训学员120人，其中教师70人、校医50人，总计120人。",
            [102.0, 70.0, 50.0],
        ),
    ],
)
def test_a_list_summed_up_by_its_own_total_is_complete(write, bad, good, values):
    """The 共计 after the parts says every part is listed: the total before them must be theirs,
    and the 共计 is checked against the parts too."""
    found = [c for c in codes(write(bad)) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]
    assert codes(write(good)) == []


@pytest.mark.parametrize(
    "text",
    [
        "全年收入150万元，其中财政拨款50万元，事业收入31万元，两项合计81万元。",
        "项目支出300万元，其中设备购置90万元、工程监理40万元，以上两项共计130万元。",
        "服务对象900人次，其中老人300人次、儿童200人次，这两类合计500人次。",
    ],
)
def test_a_closer_that_counts_its_parts_sums_only_those(write, text):
    """`两项合计` sums the parts it counts; the total before the cue may hold more."""
    assert codes(write(text)) == []


def test_figures_in_brackets_after_a_part_are_its_own_parts(write):
    text = "现有人员{t}人，其中机关本级60人（在职45人、退休10人、临聘5人），下属中心140人（在职100人、临聘40人）。"
    assert codes(write(text.format(t="200"))) == []
    found = [c for c in codes(write(text.format(t="210"))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [[60.0, 140.0, 210.0]]


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "项目支出80.00万元，其中：设备费50.00万元（其中：购置费20.00万元，运行费30.00万元），"
            "培训费{x}万元。",
            "30.00",
            "35.00",
            [80.0, 50.0, 35.0],
        ),
        (
            "本年收入120.00万元，其中财政拨款收入104.00万元（其中：一般公共预算拨款90.00万元，"
            "政府性基金拨款14.00万元），其他收入{x}万元。",
            "16.00",
            "19.00",
            [120.0, 104.0, 19.0],
        ),
        (
            "在职人员36人，其中：行政编制20人（其中：处级4人，科级16人），事业编制{x}人，"
            "工勤人员4人。",
            "12",
            "14",
            [36, 20, 14, 4],
        ),
    ],
)
def test_a_cue_inside_a_part_s_bracket_does_not_end_the_list(write, text, good, bad, values):
    """`其中：A 50万元（其中：…），B 30万元`: the bracket's 其中 opens A's own parts; the outer
    list runs on to B after the bracket (it had stopped at the inner cue)."""
    assert codes(write(text.format(x=good))) == []
    assert [(c[0], sorted(c[2])) for c in codes(write(text.format(x=bad)))] == [
        ("AL201", sorted(values))
    ]


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        (
            "年初预算8.00万元，决算支出6.50万元，节约1.50万元。",
            "年初预算8.00万元，决算支出6.50万元，节约2.50万元。",
        ),
        (
            "计划培训200人次，实际培训230人次，超出30人次。",
            "计划培训200人次，实际培训230人次，超出20人次。",
        ),
        (
            "项目安排资金30.00万元，使用28.20万元，节余资金1.80万元。",
            "项目安排资金30.00万元，使用28.20万元，节余资金1.20万元。",
        ),
    ],
)
def test_what_was_saved_or_overspent_is_the_difference(write, good, bad):
    assert codes(write(good)) == []
    assert [c[0] for c in codes(write(bad))] == ["AL201"]


def test_a_saving_is_no_approximation(write):
    from conftest import extract_text

    (saved,) = [
        f for f in extract_text(write("决算支出6.50万元，节约1.50万元。")).facts if f.value == 1.5
    ]
    assert (saved.qualifier, saved.label) == ("", "节约")


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "项目资金到位1010.00万元，到位率100%。已支出960.50万元，结余49.50万元。\n"
            "其中：县道养护支出{x}万元，乡道养护支出310.20万元，村道养护支出370.00万元。\n",
            "280.30",
            "210.30",
            [210.3, 310.2, 370.0, 960.5],
        ),
        (
            "2023年末全县共有养老机构48家。\n其中：公办{x}家，民办20家。\n",
            "28",
            "26",
            [20, 26, 48],
        ),
        (
            "本年度共组织培训班12期，培训人员1500人次。\n其中：基层干部{x}人次，技术人员600人次。\n",
            "900",
            "800",
            [600, 800, 1500],
        ),
    ],
)
def test_a_paragraph_opening_with_its_parts_cue_splits_the_sentence_before(
    write, text, good, bad, values
):
    """`其中：` opening the next line lists the parts of a figure of the last sentence before
    it, as if the line break were not there."""
    assert codes(write(text.format(x=good))) == []
    found = codes(write(text.format(x=bad)))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", values)]


def test_a_paragraph_opening_with_its_parts_cue_after_another_section_has_no_total(write):
    """A heading between: the figures before belong to another section."""
    text = "一、资金情况\n全年下达资金500万元。\n二、产出情况\n其中：新建道路20公里，维修道路35公里。\n"
    assert codes(write(text)) == []


def test_a_cue_that_opens_the_next_sentence_lists_the_total_before_it(write):
    text = (
        "机关运行经费12.50万元，比上年增加1.50万元，增长13.64%。"
        "主要用于办公费4.00万元、印刷费2.50万元、水电费{x}万元。"
    )
    assert codes(write(text.format(x="6.00"))) == []
    found = [c for c in codes(write(text.format(x="7.00"))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [[2.5, 4.0, 7.0, 12.5]]


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        ("（一）基本支出300万元。\n（二）项目支出200万元。\n合计{t}万元。\n", "500", "510"),
        (
            "二、支出情况\n1.设备购置45.00万元；\n2.人员培训12.50万元；\n3.宣传印刷2.50万元。\n以上合计{t}万元。\n",
            "60.00",
            "62.00",
        ),
        ("(1)东区培训120人；\n(2)西区培训80人。\n总计：{t}人。\n", "200", "210"),
    ],
)
def test_numbered_items_then_their_total(write, text, good, bad):
    assert codes(write(text.format(t=good))) == []
    assert [c[0] for c in codes(write(text.format(t=bad)))] == ["AL201"]


def test_sub_items_before_a_total_are_not_its_parts(write):
    # the 500 totals the (一)(二) items; the 1. 2. items split the last of them
    text = "（一）甲项目300万元。\n（二）乙项目200万元。\n1.设备购置120万元。\n2.安装调试80万元。\n合计500万元。\n"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "“三公”经费支出{t}万元，同比减少1.20万元。“三公”经费包括：因公出国（境）费2.00万元，"
            "公务用车运行维护费11.70万元，公务接待费4.30万元。",
            "18.00",
            "17.00",
            [17.0, 2.0, 11.7, 4.3],
        ),
        (
            "项目支出共安排{t}万元，比上年增加15万元。项目支出主要用于：设备购置95万元，人员培训40万元。",
            "140",
            "125",
            [125, 95, 40],
        ),
        (
            "本年收入合计{t}万元，较上年增长3%。收入包括：财政拨款收入265万元、其他收入35万元。",
            "300",
            "290",
            [290, 265, 35],
        ),
    ],
)
def test_a_list_that_names_its_total_takes_that_figure_from_the_sentence_before(
    write, text, good, bad, values
):
    """`X包括：…` after a sentence that states X: the parts are X's."""
    assert codes(write(text.format(t=good))) == []
    found = [c for c in codes(write(text.format(t=bad))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_a_list_that_names_another_total_takes_none(write):
    text = "本年收入合计290万元。支出包括：基本支出265万元、项目支出35万元。"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "2023年全县筹集资金合计{t}万元：财政资金420万元，社会资金150万元。",
            "570",
            "560",
            [560, 420, 150],
        ),
        (
            "全年培训人员{t}人次：干部120人次、技术人员85人次、农户300人次。",
            "505",
            "495",
            [495, 120, 85, 300],
        ),
        (
            "项目总投资{t}万元：设备购置36.5万元，安装调试8.2万元，监理费2.3万元。",
            "47.00",
            "44.00",
            [44.0, 36.5, 8.2, 2.3],
        ),
    ],
)
def test_a_colon_right_after_a_figure_opens_its_parts(write, text, good, bad, values):
    assert codes(write(text.format(t=good))) == []
    found = [c for c in codes(write(text.format(t=bad))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


@pytest.mark.parametrize(
    "text",
    [
        # a colon after a change, then numbered items: no list of parts
        "主要原因为：（1）人员增加2人，公用经费3万元；（2）绩效奖金增长10.5万元:（3）增加补助5万元，其他8万元。",
        # a colon after a plain figure that opens a numbered item
        "全年支出60万元：1、人员经费支出情况说明，人员经费40万元，公用经费50万元。",
        # words before the colon, not a figure
        "支出情况如下：基本支出40万元，项目支出50万元。",
    ],
)
def test_what_a_colon_does_not_open(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL201"] == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "found"),
    [
        # an overspend, and its excess wrong: both (test_checks, acknowledged excess)
        (
            "申请补贴312.40万元，发放补贴345.90万元，超出预算金额{x}万元。",
            "33.50",
            "35.50",
            ["AL101", "AL201"],
        ),
        ("项目预算20.00万元，实际支出18.50万元，节约预算资金{x}万元。", "1.50", "2.50", ["AL201"]),
        ("计划投入60.00万元，实际投入52.40万元，节约了{x}万元。", "7.60", "6.60", ["AL201"]),
    ],
)
def test_what_was_saved_or_overspent_against_the_budget(write, text, good, bad, found):
    """`超出预算金额` / `节约预算资金` / `节约了`: the difference of the two amounts before."""
    assert codes(write(text.format(x=good))) == []
    assert sorted(c[0] for c in codes(write(text.format(x=bad)))) == found


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        ("参训的300人中，甲类120人、乙类100人、丙类{x}人。", "80", "90"),
        ("全年支出的85万元中，人员经费60万元，公用经费{x}万元。", "25", "35"),
        ("收到的2.4亿元中：中央资金1.6亿元，省级资金{x}亿元。", "0.8", "1.0"),
    ],
)
def test_a_figure_followed_by_zhong_opens_its_parts(write, text, good, bad):
    """`N人中，A人、B人`: 中 after the figure stands for 其中 (PHRASEBOOK §6)."""
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL201"]


def test_zhong_after_a_figure_of_another_unit_opens_nothing(write):
    assert codes(write("3个月中，完成培训5次、检查3次。")) == []


def test_one_source_named_after_an_exhaustive_cue_is_no_whole_breakdown(write):
    """`资金来源为财政拨款100万元` of a 120万元 project names one source; the rest may be unnamed."""
    assert codes(write("项目投资120万元，资金来源为财政拨款100万元。")) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("基本支出、项目支出分别为300万元、100万元。本年支出合计400万元。", []),
        (
            "基本支出、项目支出分别为300万元、110万元。本年支出合计400万元。",
            [("AL201", [400, 300, 110])],
        ),
        (
            "因公出国（境）费0万元，公务接待费1.2万元，公务用车运行费3.3万元。“三公”经费合计4.8万元。",
            [("AL201", [4.8, 0, 1.2, 3.3])],
        ),
        # … and their changes make the total's
        (
            "基本支出、项目支出分别为300万元、100万元，比上年分别增加30万元、减少20万元。"
            "本年支出合计400万元，比上年增加20万元。",
            [("AL201", [20, 30, 20])],
        ),
        # one part of a breakdown before a total is no breakdown of it
        ("基本支出300万元。本年支出合计400万元。", []),
    ],
)
def test_a_total_after_the_sentence_that_gave_its_whole_breakdown(write, text, found):
    assert [(c[0], sorted(c[2])) for c in codes(write(text))] == [
        (code, sorted(v)) for code, v in found
    ]


@pytest.mark.parametrize(
    ("tail", "found"),
    [
        ("收入总计155.0亿元。", []),
        ("收入总计158.0亿元。", [("AL201", [158.0, 86.5, 45.0, 12.0, 6.5, 5.0])]),
    ],
)
def test_an_addition_after_a_sentence_of_parts_starts_from_their_whole(write, tail, found):
    """`…86.5亿元。其中：A…；B…。加上…，收入总计…`: the addition is to the whole the parts split,
    and the run after 加上 alone is no list of parts of the 总计 (a false AL201 on ours)."""
    text = (
        "全市一般公共预算收入完成86.5亿元，为预算的101.8%，增长5.2%。其中：税收收入62.3亿元，增长6.1%；"
        "非税收入24.2亿元，增长3.0%。"
        "加上上级补助收入45.0亿元、债务转贷收入12.0亿元、调入资金6.5亿元、上年结转5.0亿元，" + tail
    )
    assert [(c[0], sorted(c[2])) for c in codes(write(text))] == [
        (code, sorted(v)) for code, v in found
    ]


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "全年下达专项资金4800万元，市级配套资金1200万元，合计6000万元。资金分配到东城区、西城区、"
            "南山县三个县（区），分别为2100万元、1500万元、2400万元。",
            "全年下达专项资金4800万元，市级配套资金1200万元，合计6000万元。资金分配到东城区、西城区、"
            "南山县三个县（区），分别为2100万元、1500万元、2700万元。",
            [6000, 2100, 1500, 2700],
        ),
        (
            "上级下达补助资金50万元，已全部下达到甲镇、乙镇，分别为30万元、20万元。",
            "上级下达补助资金50万元，已全部下达到甲镇、乙镇，分别为30万元、25万元。",
            [50, 30, 25],
        ),
        (
            "全年安排奖补资金90万元，按因素法分配给A县、B县、C县，分别分配40万元、30万元和20万元。",
            "全年安排奖补资金90万元，按因素法分配给A县、B县、C县，分别分配40万元、30万元和25万元。",
            [90, 40, 30, 25],
        ),
        # the total before its own parts: not the last part, which the places' sums are not
        (
            "下达补助资金共计1250.00万元，其中中央资金800.00万元，省级资金450.00万元。"
            "资金分配到甲县、乙县、丙区，分别为500.00万元、430.00万元、320.00万元。",
            "下达补助资金共计1250.00万元，其中中央资金800.00万元，省级资金450.00万元。"
            "资金分配到甲县、乙县、丙区，分别为500.00万元、430.00万元、340.00万元。",
            [1250.0, 500.0, 430.0, 340.0],
        ),
    ],
)
def test_a_total_given_out_to_places_listed_with_respectively(write, good, bad, values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "县财政下达补助资金360万元，按照任务量分配到各乡镇：城关镇120万元、河口镇90万元、"
            "新集镇80万元、柳林镇{x}万元。",
            "70",
            "80",
            [360, 120, 90, 80, 80],
        ),
        (
            "市级下达资金150.00万元，拨付至各县如下：甲县60.00万元；乙县50.00万元；丙县{x}万元。",
            "40.00",
            "45.00",
            [150, 60, 50, 45],
        ),
        (
            "共争取奖补资金64万元。资金已全部下达到项目村：东山村24万元，西岭村{x}万元，南湾村18万元。",
            "22",
            "27",
            [64, 24, 27, 18],
        ),
    ],
)
def test_a_total_given_out_to_places_listed_after_a_colon(write, text, good, bad, values):
    sum_holds_then_breaks(write, text, good, bad, values)


def test_figures_after_a_colon_without_a_giving_out_are_no_parts(write):
    """A colon after other words opens no list of the whole's parts: `主要用于：` names some."""
    text = "项目资金200万元，主要用于以下几个方面：道路维修100万元、设备购置50万元。"
    assert codes(write(text)) == []


def test_figures_listed_with_respectively_without_a_giving_out_are_no_parts(write):
    """分别为 alone pairs names with figures; they need not be all of the total before."""
    text = "全年支出100万元。教育、卫生和社保三项支出，分别为20万元、30万元和10万元。"
    assert codes(write(text)) == []


def test_names_in_the_clause_before_a_respectively_are_its_labels(write):
    x = extract_text(
        write("资金分配到东城区、西城区、南山县三个县（区），分别为2100万元、1500万元、2400万元。")
    )
    # the words of the giving out are no part of the first name
    assert [f.label for f in x.facts if f.unit == "万元"] == [
        "东城区",
        "西城区",
        "南山县",
    ]


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "安排资金100万元，用于设备购置60万元、人员培训30万元。",
            "安排资金100万元，用于设备购置60万元、人员培训50万元。",
            [100, 60, 50],
        ),
        (
            "共投入资金500万元，涉及道路建设300万元、水利设施150万元、村容整治40万元。",
            "共投入资金500万元，涉及道路建设300万元、水利设施150万元、村容整治80万元。",
            [500, 300, 150, 80],
        ),
        (
            "下达奖补资金45万元，用于村级活动场所建设20万元，购置健身器材25万元。",
            "下达奖补资金45万元，用于村级活动场所建设20万元，购置健身器材28万元。",
            [45, 20, 28],
        ),
    ],
)
def test_uses_of_a_total_are_some_of_its_parts(write, good, bad, values):
    """用于/涉及 name uses of the funds, not all of them: only parts above the total are wrong."""
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_a_use_named_in_words_opens_no_list(write):
    assert codes(write("下达资金30万元，用于A项目建设；下达资金20万元，用于B项目建设。")) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "“三公”经费预算25.00万元，实际支出18.60万元。其中：公务接待费预算5.00万元，支出3.20万元；"
            "公务用车运行维护费预算20.00万元，支出15.40万元；因公出国（境）费0元。",
            "“三公”经费预算25.00万元，实际支出18.60万元。其中：公务接待费预算5.00万元，支出3.50万元；"
            "公务用车运行维护费预算20.00万元，支出15.40万元；因公出国（境）费0元。",
            [18.6, 3.5, 15.4, 0],
        ),
        (
            "培训经费预算12.00万元，实际支出10.50万元，其中：师资费预算8.00万元，支出7.20万元；"
            "资料费预算4.00万元，支出3.30万元。",
            "培训经费预算12.00万元，实际支出10.50万元，其中：师资费预算8.00万元，支出7.20万元；"
            "资料费预算4.50万元，支出3.30万元。",
            [12.0, 8.0, 4.5],
        ),
        (
            "项目预算30万元，决算28万元。其中：设备费预算20万元，决算19万元；安装费预算10万元，决算9万元。",
            "项目预算30万元，决算28万元。其中：设备费预算20万元，决算19万元；安装费预算10万元，决算12万元。",
            [28, 19, 12],
        ),
    ],
)
def test_parts_each_with_its_budget_and_its_spending(write, good, bad, values):
    """The budgets add up to the budget total and the spendings to the spending total."""
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "培训经费共计48.00万元，分别为：师资费20.00万元、场地费16.00万元、资料费12.00万元。",
            "培训经费共计48.00万元，分别为：师资费20.00万元、场地费16.00万元、资料费14.00万元。",
            [48.0, 20.0, 16.0, 14.0],
        ),
        (
            "下拨奖补资金150万元，分别为东村70万元、西村50万元、南村30万元。",
            "下拨奖补资金150万元，分别为东村70万元、西村50万元、南村40万元。",
            [150, 70, 50, 40],
        ),
        (
            "本年收入合计84.6万元，分别为财政拨款62.4万元和事业收入22.2万元。",
            "本年收入合计84.6万元，分别为财政拨款62.4万元和事业收入24.2万元。",
            [84.6, 62.4, 24.2],
        ),
    ],
)
def test_named_parts_after_fenbiewei_are_the_parts_of_the_total_before(write, good, bad, values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


WHOLE_NAMED = [
    # the whole named before a cue of parts, in a paragraph of its own
    (
        "本年支出预算300.00万元，其中：基本支出210.00万元；项目支出90.00万元。\n"
        "项目支出主要用于：文化活动经费50.00万元，设备维护经费{p}万元。\n",
        "30.00",
        "45.00",
        [90.0, 50.0, 45.0],
    ),
    (
        "本年基本支出96.00万元。\n基本支出包括：人员经费80.00万元，公用经费{p}万元。\n",
        "16.00",
        "18.00",
        [96.0, 80.0, 18.0],
    ),
    # the whole stated in the section before, its name opening the sentence of parts
    (
        "一、总体情况\n本单位“三公”经费的支出预算是15.00万元，支出决算是9.60万元。\n"
        "二、具体情况\n2025年度“三公”经费的支出决算中，出国费0万元，占0%；"
        "公务用车费6.40万元，占66.67%；公务接待费{p}万元，占33.33%。\n",
        "3.20",
        "3.60",
        [9.6, 0, 6.4, 3.6],
    ),
    (
        "本年收入合计356.00万元。\n在本年收入中，财政拨款收入300.00万元，事业收入{p}万元。\n",
        "56.00",
        "60.00",
        [356.0, 300.0, 60.0],
    ),
    (
        "项目资金总额为80万元，已全部到位。\n项目资金中，设备购置支出50万元，人员培训支出{p}万元。\n",
        "30",
        "36",
        [80, 50, 36],
    ),
]


@pytest.mark.parametrize(("text", "good", "bad", "values"), WHOLE_NAMED)
def test_a_sentence_that_opens_by_naming_its_whole_lists_its_parts(write, text, good, bad, values):
    """`X中，A a，B b`: the parts of the figure stated before under the name X."""
    assert codes(write(text.format(p=good))) == []
    found = [c for c in codes(write(text.format(p=bad))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


@pytest.mark.parametrize(
    "text",
    [
        # what the opening names is no quantity (a stage of the work)
        "项目资金80万元。\n在项目实施过程中，设备购置50万元，人员培训36万元。\n",
        # no figure stated before under that name
        "本年支出合计812万元。\n在政府采购支出中，货物类30万元，服务类16万元。\n",
        # the cue says the parts are some of the whole: short of it is no error
        "专项资金支出200万元。\n专项资金支出主要用于：设备购置120万元，人员培训50万元。\n",
        # the list runs to where the text ends, without closing: it may be cut off
        "“三公”经费的支出决算是9.60万元。\n“三公”经费的支出决算中，出国费0万元；公务用车费10.40万元",
        # two figures go by the name (the budget and the spending): the parts are one of them
        "“三公”经费支出为15.00万元，上年“三公”经费支出为9.60万元。\n"
        "“三公”经费支出中，出国费0万元，公务用车费6.40万元，公务接待费3.20万元。\n",
    ],
)
def test_what_is_not_a_whole_named_before_its_parts(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "“三公”经费预算6.00万元，比上年减少0.50万元。其中：因公出国（境）费0万元，与上年持平；"
            "公务用车费4.00万元，比上年减少0.30万元；公务接待费2.00万元，比上年减少0.20万元。",
            "“三公”经费预算6.00万元，比上年减少0.50万元。其中：因公出国（境）费0万元，与上年持平；"
            "公务用车费4.00万元，比上年减少0.40万元；公务接待费2.00万元，比上年减少0.20万元。",
            [0.5, 0, 0.4, 0.2],
        ),
        (
            "支出合计500.00万元，比上年增加20.00万元。其中基本支出300.00万元，与上年持平；"
            "项目支出200.00万元，比上年增加20.00万元。",
            "支出合计500.00万元，比上年增加20.00万元。其中基本支出300.00万元，与上年持平；"
            "项目支出200.00万元，比上年增加25.00万元。",
            [20.0, 0, 25.0],
        ),
        (
            "基本支出280.00万元，比上年增加12.00万元。其中：人员经费230.00万元，比上年增加12.00万元；"
            "公用经费50.00万元，同比无变化。",
            "基本支出280.00万元，比上年增加12.00万元。其中：人员经费230.00万元，比上年增加10.00万元；"
            "公用经费50.00万元，同比无变化。",
            [12.0, 10.0, 0],
        ),
    ],
)
def test_a_part_said_unchanged_is_a_change_of_zero_in_the_totals_change(write, good, bad, values):
    """`A 0万元，与上年持平；B …，比上年减少0.30万元`: the words say A changed by nothing, and the
    parts' changes, A's zero among them, make the total's change."""
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_a_part_about_the_same_as_last_year_is_no_change_of_zero(write):
    text = (
        "支出合计500.00万元，比上年增加20.00万元。其中基本支出300.00万元，与上年基本持平；"
        "项目支出200.00万元，比上年增加15.00万元。"
    )
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        ("在校学生{x}人，其中男生842人、女生778人。", "1620", "1920"),
        ("参训人员{x}人，其中男性152人，女性198人。", "350", "360"),
        ("全局干部职工{x}人，其中男职工51人，女职工33人。", "84", "86"),
    ],
)
def test_men_and_women_are_all_of_the_people_counted(write, text, good, bad):
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL201"]


def test_women_and_another_group_are_not_all_of_the_people(write):
    assert codes(write("全局干部86人，其中女干部31人，少数民族干部12人。")) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "调整后预算为210.00万元。资金来源：县级财政资金150.00万元，上级补助资金{x}万元。",
            "60.00",
            "63.00",
        ),
        (
            "项目总投资500.0万元，资金来源：中央资金300.0万元、省级资金120.0万元、县级资金{x}万元。",
            "80.0",
            "90.0",
        ),
        ("项目总投资500.0万元，资金构成：中央资金300.0万元、地方配套{x}万元。", "200.0", "210.0"),
    ],
)
def test_where_the_money_came_from_is_all_of_it(write, text, good, bad):
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL201"]


def test_a_source_named_without_amounts_is_no_list_of_parts(write):
    assert codes(write("下达资金86.0万元，资金来源：县级财政。")) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # some of the parts happen to make the total (5 + 5 + 4 of 14): no reading of a list
        (
            "本部门共有车辆14辆，其中：机要通信用车5辆、应急保障用车5辆、执法执勤用车3辆、"
            "特种专业技术用车4辆。",
            [14, 5, 5, 3, 4],
        ),
        ("共设置岗位12个，其中管理岗位3个，专业技术岗位7个，工勤技能岗位5个。", [12, 3, 7, 5]),
        ("全年开展检查20次，其中专项检查8次、日常检查9次、联合检查6次。", [20, 8, 9, 6]),
    ],
)
def test_parts_above_their_total_that_no_reading_excuses(write, text, values):
    assert [(c[0], c[2]) for c in codes(write(text))] == [("AL201", values)]


@pytest.mark.parametrize(
    "text",
    [
        # the list ran on past its end
        "共有车辆14辆，其中：机要通信用车5辆、应急保障用车9辆，另有报废车辆3辆。",
        # a part's own sub-parts right after it
        "共有车辆14辆，其中：执法执勤用车9辆，含执法车5辆、执勤车4辆，其他用车5辆。",
        # one part is the total itself
        "共编制12个指标，其中一级指标3个，二级指标6个，三级指标12个。",
    ],
)
def test_parts_above_their_total_in_a_reading_a_list_can_have(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL201"] == []


LEAD_INS = [
    # the lead-in stands alone; the total is in the paragraph before
    (
        "本单位本年收入合计820万元，较上年增加20万元。\n收入具体情况如下：\n"
        "1.财政拨款收入700万元，占85.4%。\n2.事业收入100万元。\n3.其他收入{x}万元。\n",
        "20",
        "40",
        [820.0, 700.0, 100.0, 40.0],
    ),
    # the lead-in ends the total's paragraph with a full stop; items (一) (二)
    (
        "支出总计300万元，较上年增长5%。支出构成情况如下。\n（一）基本支出200万元，用于人员工资。\n"
        "（二）项目支出{x}万元，用于设备购置。\n",
        "100",
        "120",
        [300.0, 200.0, 120.0],
    ),
    # an item's own 其中 lines continue it; the list goes on after them
    (
        "全年收入560万元。各项收入明细如下：\n1.财政拨款收入400万元。其中：\n"
        "当年拨款380万元，上年结转20万元。\n2.其他收入{x}万元。\n",
        "160",
        "150",
        [560.0, 400.0, 150.0],
    ),
    # `以下两类`: a count equal to the items' says they are all the parts, so a shortfall counts
    (
        "下达补助资金共计96万元，具体分为以下两类：\n（一）种植补贴60万元，惠及农户300户。\n"
        "（二）养殖补贴{x}万元。\n",
        "36",
        "26",
        [96.0, 60.0, 26.0],
    ),
    # … even after 主要, and in a sentence of its own after the total's
    (
        "全年拨付经费48万元。主要用于以下三个方面：\n1.办公设备12万元；\n2.课程开发20万元；\n"
        "3.课题研究{x}万元。\n",
        "16",
        "14",
        [48.0, 12.0, 20.0, 14.0],
    ),
    # `以下几个方面` gives no count: parts above the total are an error all the same
    (
        "本年项目支出合计150万元。资金主要用于以下几个方面：\n1.设备购置80万元。\n"
        "2.人员培训40万元。\n3.宣传印刷{x}万元。\n",
        "30",
        "36",
        [150.0, 80.0, 40.0, 36.0],
    ),
]


@pytest.mark.parametrize(("text", "good", "bad", "values"), LEAD_INS)
def test_a_lead_in_announces_the_parts_of_the_total_before_it(write, text, good, bad, values):
    sum_holds_then_breaks(write, text, good, bad, values)


@pytest.mark.parametrize(
    "text",
    [
        # `主要…如下` lists some of the parts: a shortfall is no error
        "项目支出500万元。主要支出情况如下：\n1.设备购置200万元。\n2.培训费100万元。\n",
        # the paragraph already lists the items' figures: a restatement, not a breakdown
        "甲项支出0万元；乙项支出3.4万元；丙项支出3.8万元。具体情况如下：\n"
        "1.甲项支出0万元。\n2.乙项支出3.4万元。\n3.丙项支出3.8万元。\n",
        # an item without a figure: no list of parts
        "全年共发放补贴30万元。主要做法如下。\n1.加强宣传，印发资料500份。\n2.完善制度。\n",
        # items that are not numbered from one
        "项目资金共计90万元，资金使用情况如下：\n2.设备购置60万元。\n3.培训20万元。\n",
        # `主要…以下几个方面` without a count: some of the parts
        "本年项目支出合计150万元。资金主要用于以下几个方面：\n1.设备购置80万元。\n"
        "2.人员培训40万元。\n",
        # `以下` as a bound, not a lead-in
        "项目资金共计50万元，补助标准在5000元以下。\n1.甲村补助20万元。\n2.乙村补助20万元。\n",
    ],
)
def test_what_a_lead_in_does_not_break_down(write, text):
    assert codes(write(text)) == []


def test_a_list_marker_is_no_part_of_the_name_a_figure_is_repeated_under(write):
    text = (
        "（二）支出总计300万元，较上年增长5%。\n（一）基本支出200万元，用于人员工资。\n"
        "（二）项目支出100万元，用于设备购置。\n"
    )
    assert codes(write(text)) == []


SENTENCE_TOTALS = [
    (
        "甲类支出120万元，乙类支出60万元，丙类支出20万元。合计{x}万元。",
        "200",
        "210",
        [210.0, 120.0, 60.0, 20.0],
    ),
    ("甲类支出120万元；乙类支出60万元。以上两项共计{x}万元。", "180", "190", [190.0, 120.0, 60.0]),
    ("向甲县下达50万元，向乙县下达30万元。上述资金合计{x}万元。", "80", "90", [90.0, 50.0, 30.0]),
]


@pytest.mark.parametrize(("text", "good", "bad", "values"), SENTENCE_TOTALS)
def test_a_sentence_that_opens_with_a_total_sums_the_one_before(write, text, good, bad, values):
    sum_holds_then_breaks(write, text, good, bad, values)


@pytest.mark.parametrize(
    "text",
    [
        "支出120万元，较上年增加20万元。共计完成项目5个。",  # another unit
        "本年支出200万元，其中基本支出120万元，项目支出80万元。合计200万元。",  # parts taken
        "本年收入100万元，本年支出90万元。收入合计100万元。",  # a named total: one side's
    ],
)
def test_what_a_sentence_opening_with_a_total_does_not_sum(write, text):
    assert codes(write(text)) == []


def test_parts_that_open_their_clauses_with_the_figure(write):
    """`其中：50万元用于A，30万元用于B`: each clause after the first opens with its figure."""
    text = "共下达资金90万元，其中：50万元用于设备购置，30万元用于人员培训，{x}万元用于宣传。"
    assert codes(write(text.format(x="10"))) == []
    assert codes(write(text.format(x="20"))) == [("AL201", 1, [90, 50, 30, 20])]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("总投资100万元，由中央资金60万元、省级资金30万元构成。", [100, 60, 30]),
        ("收入合计80万元，由财政拨款收入70万元、其他收入12万元两部分构成。", [80, 70, 12]),
    ],
)
def test_parts_a_total_is_made_of(write, text, values):
    assert [(c[0], sorted(c[2])) for c in codes(write(text))] == [("AL201", sorted(values))]


@pytest.mark.parametrize(
    "text",
    [
        "项目资金共计50万元，由财政拨款45万元和自筹资金5万元组成。",
        "项目资金20万元，由县财政拨付30万元。",  # 由 without 构成: who paid, not the parts
        "支出3万元，由于价格上涨增加5万元。",
    ],
)
def test_what_a_total_is_not_made_of(write, text):
    assert codes(write(text)) == []


WRAPPED_AT_THE_CUE = (
    "本年度部门收入合计为1200万元，较上年增加100万元，\n"
    "主要是项目支出增加。本年度支出合计为1150万元，其中，\n"
    "基本支出800万元，项目支出{x}万元，各项工作均按计划\n"
    "开展，资金使用规范，管理有序，全年共开展检查二十余次，\n"
    "发现的问题均已整改完毕，下一步将继续加强预算管理，提高\n"
    "资金的使用效益，确保本年度的各项绩效目标全面如期实现。\n"
)


def test_a_page_wrapped_right_after_its_parts_cue_runs_on(write):
    """`其中，` that ends a line the width of the page's wrapped lines opens no list of the
    lines below: the page wrapped there and the parts follow in the same sentence."""
    assert codes(write(WRAPPED_AT_THE_CUE.format(x=350))) == []
    found = codes(write(WRAPPED_AT_THE_CUE.format(x=340)))
    assert [(c[0], c[1], sorted(c[2])) for c in found] == [("AL201", 2, [340, 800, 1150])]


@pytest.mark.parametrize(
    "text",
    [
        # the cue ends a line of ragged text; the paragraphs below it are prose, one of them
        # with a figure deep inside
        "安排部门行政经费80.50亿元，较上年下降3%。其中：\n"
        "会议费5.20亿元，同比减少0.40亿元，\n下降7.1%。\n"
        "按照有关规定，在预算批准前，\n提前安排必须支付的基本支出等120.30亿元。\n",
        "本年项目支出60万元，其中：\n"
        "设备购置20万元，已全部完成。\n"
        "根据年初计划，全年还安排培训经费65万元，用于基层培训。\n",
        "公用经费48万元，具体包括：\n"
        "办公费12万元。\n"
        "经过核查，会议费和培训费共计55万元均按规定使用。\n",
    ],
)
def test_a_paragraph_without_a_figure_in_its_first_clause_is_no_item(write, text):
    """An unmarked item after an open cue opens with its part; a paragraph whose first clause
    holds no figure is prose again and ends the list."""
    assert codes(write(text)) == []


RUN_ON = [
    # a paragraph per part, its line breaks lost: each part a sentence of one paragraph
    (
        "2024年基本支出500.00万元，其中：人员经费420.00万元，主要包括基本工资、津贴补贴等。"
        "公用经费80.00万元，主要包括办公费、印刷费等。\n",
        "公用经费80.00",
        "公用经费70.00",
        [500.0, 420.0, 70.0],
    ),
    (
        "“三公”经费支出10.50万元，其中：因公出国（境）费0万元。公务用车费6.20万元，"
        "主要用于车辆维护。公务接待费4.30万元，主要用于接待考察。\n",
        "接待费4.30",
        "接待费3.30",
        [10.5, 0.0, 6.2, 3.3],
    ),
    (
        "本单位“三公”经费决算12.4万元，其中，因公出国（境）费为0万元，与上年持平。"
        "公务用车购置及运行维护费为8.1万元，较上年减少1万元。公务接待费为4.3万元，较上年增加0.5万元。\n",
        "维护费为8.1",
        "维护费为9.1",
        [12.4, 0.0, 9.1, 4.3],
    ),
]


@pytest.mark.parametrize(("text", "part", "broken", "values"), RUN_ON)
def test_a_list_runs_on_into_the_sentences_that_complete_its_breakdown(
    write, text, part, broken, values
):
    assert codes(write(text)) == []
    found = [c for c in codes(write(text.replace(part, broken))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence's figure is another quantity, not the breakdown's next member
        "基本支出140.00万元，其中：人员经费80.00万元。项目支出50.00万元，主要用于设备购置。\n",
        # the same member again: the part's own change, not a second part
        "基本支出140.00万元，其中：人员经费80.00万元，主要是工资。人员经费较上年增加65.00万元。\n",
        # a member whose figure is not the sentence's first: a sentence about something else
        "基本支出140.00万元，其中：人员经费80.00万元。按规定标准，公用经费安排70.00万元。\n",
        # a breakdown the sentences after stop short of: some other list
        "三公经费10.00万元，其中：因公出国（境）费2.00万元。公务用车运行费9.00万元。\n",
    ],
)
def test_a_list_does_not_run_on_without_its_breakdown(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL201"] == []


NUMBERED_ITEMS = [
    # numbered inside the sentence, each item with a figure of its own after its part
    (
        "项目资金30.00万元，其中：1.设备购置10.00万元，已拨付8.00万元；"
        "2.人员培训20.00万元，已拨付15.00万元。\n",
        "培训20.00",
        "培训25.00",
        [30.0, 10.0, 25.0],
    ),
    (
        "专项经费64.0万元，包括：（1）场地租赁24.0万元，已支付20.0万元；（2）专家咨询40.0万元，"
        "已支付32.0万元。\n",
        "咨询40.0",
        "咨询44.0",
        [64.0, 24.0, 44.0],
    ),
    # one item a sentence, numbered on past the cue's sentence
    (
        "项目资金30.00万元，主要用于以下两个方面：1.设备购置10.00万元，已拨付8.00万元。"
        "2.人员培训20.00万元，已拨付15.00万元。\n",
        "培训20.00",
        "培训25.00",
        [30.0, 10.0, 25.0],
    ),
    (
        "本年收入1237万元，安排支出1169万元，结转下年68万元。其中：1.福利类资金498万元，"
        "安排用于养老服务286万元；结余68万元。2.体育类资金739万元，主要用于场馆维修532万元。\n",
        "体育类资金739",
        "体育类资金749",
        [1237.0, 498.0, 749.0],
    ),
]


@pytest.mark.parametrize(("text", "part", "broken", "values"), NUMBERED_ITEMS)
def test_each_numbered_item_gives_one_part(write, text, part, broken, values):
    assert codes(write(text)) == []
    found = [c for c in codes(write(text.replace(part, broken))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


@pytest.mark.parametrize(
    "text",
    [
        # a number out of sequence opens no next item
        "项目资金30.00万元，其中：1.设备购置10.00万元。3.人员培训25.00万元。\n",
        # the next item has no figure in its first clause: the list of amounts ends there
        "项目资金30.00万元，其中：1.设备购置10.00万元。2.人员培训按计划开展，支出25.00万元。\n",
    ],
)
def test_numbered_sentences_out_of_order_or_without_a_part_add_nothing(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL201"] == []


@pytest.mark.parametrize(
    ("x", "found"), [("82.00", []), ("85.00", [("AL201", [192.0, 110.0, 85.0])])]
)
def test_a_line_that_ends_inside_a_bracket_runs_on(write, x, found):
    """`…110.00万元（其中：` at a line's end, the bracket closed on the next line: the sentence
    had not ended, so the parts after the bracket are still the total's (it had been split
    into two paragraphs at the colon)."""
    text = (
        "一、收入情况\n"
        "收入合计192.00万元，其中上级补助收入110.00万元（其中：\n"
        f"专项转移支付30.00万元），其他收入{x}万元。\n"
    )
    assert [(c[0], c[2]) for c in codes(write(text))] == found


@pytest.mark.parametrize(
    ("x", "found"), [("20.00", []), ("25.00", [("AL201", [110.0, 60.0, 30.0, 25.0])])]
)
def test_circled_item_numbers_inside_a_sentence_are_items(write, x, found):
    """`其中：①…；②…；③…`: circled numbers mark the parts (Python takes ① for a digit, and
    reading it as one had ended the file's check with an internal error)."""
    text = f"项目资金110.00万元，其中：①设备购置60.00万元；②人员培训30.00万元；③其他{x}万元。\n"
    assert [(c[0], c[2]) for c in codes(write(text))] == found


# a cue that opens each part in turn (`，用于A…，用于B…`) lists siblings of one total: the second
# part is not a part of the first (it had been, a false AL201 where it was the larger)
SIBLING_CUES = [
    "本年使用福利金640万元，用于敬老院改造250万元，用于困境儿童救助390万元。",
    "共拨付补助资金88万元，其中用于村道维修52万元，用于水渠清淤36万元。",
    "下达奖补资金75万元，用于甲乡17万元，用于乙乡23万元，用于丙乡35万元。",
    # a cue right after another (`其中，用于…`) opens the same list
    "下达奖补资金75万元。其中，用于甲乡17万元，用于乙乡58万元。",
]


@pytest.mark.parametrize("text", SIBLING_CUES)
def test_a_cue_opening_each_part_lists_siblings(write, text):
    path = write(text)
    assert codes(path) == []
    (rel,) = [r for r in extract_text(path).relations if r.kind == "total_parts"]
    facts = {f.id: f.value for f in extract_text(path).facts}
    assert facts[rel.roles["total"]] == sum(facts[i] for i in rel.roles["parts"])
    assert len(rel.roles["parts"]) == text.count("用于")


def test_a_sibling_part_above_its_total_is_still_found(write):
    found = codes(write("共拨付补助资金88万元，其中用于村道维修52万元，用于水渠清淤39万元。"))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", [39.0, 52.0, 88.0])]


def test_a_repeated_qizhong_still_nests(write):
    """`其中A…，其中B…`: the second 其中 breaks down the part before it."""
    path = write("支出合计95万元，其中基本支出61万元，其中人员经费43万元。")
    rels = [r for r in extract_text(path).relations if r.kind == "total_parts"]
    facts = {f.id: f.value for f in extract_text(path).facts}
    assert sorted(
        (facts[r.roles["total"]], [facts[i] for i in r.roles["parts"]]) for r in rels
    ) == [
        (61, [43]),
        (95, [61]),
    ]


# `主要为` names the main parts (like 主要是): more than the total is an error, less is not
MAIN_PARTS = [
    (
        "公用经费支出48.6万元，主要为差旅费20万元、邮电费8.6万元、维修费{x}万元。",
        "15",
        "45",
        [48.6, 20, 8.6, 45],
    ),
    ("其他收入7.2万元，主要为利息收入{x}万元。", "5.1", "9.1", [7.2, 9.1]),
    ("年末结转结余31万元，主要为基建项目结转{x}万元、课题经费结转9万元。", "20", "26", [31, 26, 9]),
]


@pytest.mark.parametrize(("text", "good", "bad", "values"), MAIN_PARTS)
def test_main_parts_above_their_total(write, text, good, bad, values):
    assert codes(write(text.format(x=good))) == []
    found = codes(write(text.format(x=bad)))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", sorted(values))]


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        ("项目资金150万元，用于设备购置{x}万元，结余50万元。", "100", "90", [150.0, 90.0, 50.0]),
        (
            "收到补助资金200万元，主要用于道路维修120万元、设备购置50万元，剩余{x}万元结转下年使用。",
            "30",
            "20",
            [200.0, 120.0, 50.0, 20.0],
        ),
        (
            "到位资金80.00万元，其中用于培训30.00万元，用于宣传{x}万元，尚未使用资金30.00万元。",
            "20.00",
            "12.00",
            [80.0, 30.0, 12.0, 30.0],
        ),
    ],
)
def test_uses_closed_by_what_is_left_are_the_whole(write, text, good, bad, values):
    """What a fund was used for and what is left of it are all of it, even after a cue that
    names only some parts (用于, 主要用于)."""
    sum_holds_then_breaks(write, text, good, bad, values)


@pytest.mark.parametrize(
    "text",
    [
        # some of the uses, nothing said of what is left: no sum to check
        "项目资金150万元，主要用于设备购置90万元，人员培训30万元。",
        # what was carried in is one source among others, not what is left
        "到位资金100万元，主要用于设备购置60万元，上年结余资金30万元。",
    ],
)
def test_uses_not_closed_by_what_is_left_are_some_parts(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "收入合计100万元，其中：财政拨款80万元，其他收入20万元；支出合计90万元，结余10万元。",
        "支出合计100万元，其中：基本支出70万元，项目支出30万元；收入合计95万元。",
    ],
)
def test_the_other_sides_total_after_a_list_is_not_its_sum(write, text):
    """`收入…，其中：A，B；支出合计…`: a 合计 that names the other side of the account opens a
    clause of its own; it is not the total of the income sources listed before it."""
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "收到省级补助资金200万元，安排用于设备购置120万元；拨付各乡镇{x}万元，主要用于道路维修；"
            "结余30万元，结转下年继续使用。",
            "50",
            "40",
            [200.0, 120.0, 40.0, 30.0],
        ),
        (
            "到位资金300.00万元，发放补贴210.00万元，支付管理费60.00万元，剩余{x}万元结转下年使用。",
            "30.00",
            "38.00",
            [300.0, 210.0, 60.0, 38.0],
        ),
        (
            "收到专项经费64万元，支付培训费{x}万元，支付印刷费12万元，尚未使用资金7万元。",
            "45",
            "54",
            [64.0, 54.0, 12.0, 7.0],
        ),
    ],
)
def test_a_fund_its_uses_and_what_is_left(write, text, good, bad, values):
    """A fund, the things it was spent on, each named, then what is left: they add up."""
    sum_holds_then_breaks(write, text, good, bad, values)


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        # money passed on to a place below is spent from the fund (下达 alone names income)
        (
            "福利彩票公益金300万元，安排用于养老服务设施180万元；下达东湖区80万元，主要用于社区养老项目；"
            "结余{x}万元，结转下年使用。",
            "40",
            "30",
            [300.0, 180.0, 80.0, 30.0],
        ),
        # a use whose words run over a 、 (用于扶老、助残等…事业)
        (
            "体育彩票公益金120万元，安排用于全民健身、青少年体育等体育事业70万元；拨付至各乡镇{x}万元；"
            "结余10万元。",
            "40",
            "45",
            [120.0, 70.0, 45.0, 10.0],
        ),
    ],
)
def test_a_fund_given_on_and_used_with_what_is_left(write, text, good, bad, values):
    sum_holds_then_breaks(write, text, good, bad, values)


def test_stages_of_the_same_money_are_no_uses_beside_one_another(write):
    """Issued, then paid out, then spent: one amount at three stages, not three uses."""
    assert codes(write("下达资金100万元，已拨付100万元，已支出90万元，结余10万元。")) == []


@pytest.mark.parametrize(
    "closing",
    ["以上三项合计支出{x}万元。", "上述三项共计安排资金{x}万元。", "合计投入资金{x}万元。"],
)
def test_a_paragraph_opening_with_the_items_total_says_what_it_sums(write, closing):
    """`以上三项合计支出…`: the words between the total word and the figure name how many items
    it sums and what of them."""
    items = (
        "资金使用情况如下：\n1.道路硬化工程支出210万元；\n2.饮水工程支出140万元；\n"
        "3.产业扶持支出160万元。\n"
    )
    assert codes(write(items + closing.format(x="510"))) == []
    found = [(c[0], sorted(c[2])) for c in codes(write(items + closing.format(x="500")))]
    assert found == [("AL201", [140.0, 160.0, 210.0, 500.0])]


HEADED = (
    "（一）人员经费320.00万元\n1.基本工资180.00万元\n2.津贴补贴{x}万元\n3.社会保障缴费50.00万元\n"
    "（二）公用经费80.00万元\n1.办公费30.00万元\n2.差旅费50.00万元\n二、项目支出\n"
)


def test_a_headings_amount_is_the_sum_of_the_items_under_it(write):
    """Items marked one level deeper under a heading that ends with its amount, up to the
    next heading of its level: all of it."""
    assert codes(write(HEADED.format(x="90.00"))) == []
    found = [(c[0], sorted(c[2])) for c in codes(write(HEADED.format(x="95.00")))]
    assert found == [("AL201", [50.0, 95.0, 180.0, 320.0])]


@pytest.mark.parametrize(
    "text",
    [
        # the items run into prose: the list may go on there
        "（一）人员经费320万元\n1.基本工资180万元\n2.津贴补贴90万元\n主要用于发放在职人员工资。\n",
        # the text ends after them: an excerpt may cut a list short
        "（一）人员经费320万元\n1.基本工资180万元\n2.津贴补贴90万元\n",
        # the heading says more than its amount
        "（一）人员经费320万元，比上年增加20万元\n1.基本工资180万元\n2.津贴补贴90万元\n（二）公用经费\n",
    ],
)
def test_items_under_a_heading_not_seen_to_their_end_are_no_sum(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "本年度共安排专项资金三项，合计540万元：\n1.农业技术推广资金210万元；\n2.动物防疫补助资金180万元；\n"
        "3.农田水利建设资金{x}万元。\n",
        "下达市级奖补资金540万元：\n（1）示范村创建210万元；\n（2）人居环境整治180万元；\n（3）产业配套{x}万元。\n",
    ],
)
def test_a_figure_and_a_colon_ending_a_paragraph_announce_its_items(write, text):
    assert codes(write(text.format(x="150"))) == []
    found = [(c[0], sorted(c[2])) for c in codes(write(text.format(x="160")))]
    assert found == [("AL201", [160.0, 180.0, 210.0, 540.0])]


@pytest.mark.parametrize(("x", "found"), [("40", []), ("50", [[40.0, 50.0, 150.0, 260.0, 30.0]])])
def test_a_sentence_naming_its_total_takes_the_whole_not_its_last_part(write, x, found):
    """`资金主要用于：` after `资金总额260万元，其中：…，配套资金60万元。`: the uses split the whole
    fund, not the last of its sources (a false AL201 against 60)."""
    text = (
        "项目资金总额为260万元，其中：市级财政资金200万元，区级配套资金60万元。"
        f"资金主要用于：设备购置150万元，人员培训40万元，宣传推广30万元，其他支出{x}万元。\n"
    )
    assert [sorted(c[2]) for c in codes(write(text)) if c[0] == "AL201"] == [
        sorted(v) for v in found
    ]
