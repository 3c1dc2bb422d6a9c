"""The share frame on wordings of our own."""

from decimal import Decimal

import pytest
from conftest import codes, extract_text

WORDINGS = [
    # bare 占: the whole is the total the part belongs to
    (
        "本年支出合计400.00万元，其中：基本支出300.00万元，占{p}%；项目支出100.00万元，占25.00%。",
        "75.00",
        "70.00",
    ),
    # the whole named after 占
    (
        "基本支出预算200.00万元，其中工资福利支出160.00万元，占基本支出预算的{p}%。",
        "80.00",
        "85.00",
    ),
    # a `分别` list of amounts and one of shares
    (
        "全年采购1.20亿元，其中货物、工程、服务分别为0.60亿元、0.24亿元和0.36亿元，"
        "占全年采购的比例分别为50%、{p}%和30%。",
        "20",
        "24",
    ),
    # the whole stated inside the share, right after 占
    ("项目支出180.00万元，占总支出500.00万元的{p}%。", "36.00", "38.00"),
    ("截至年底已拨付资金72.00万元，占预算资金80.00万元的{p}%。", "90.00", "96.00"),
    ("参加培训120人，占全体职工400人的比例为{p}%。", "30", "35"),
    # the share in brackets, its whole named there and stated after the parts
    (
        "财政拨款收入360万元（占本年收入的{p}%），其他收入40万元（占10%），本年收入合计400万元。",
        "90",
        "95",
    ),
    (
        "人员经费54.00万元（占基本支出{p}%），公用经费6.00万元（占基本支出10.00%），基本支出合计60.00万元。",
        "90.00",
        "80.00",
    ),
    (
        "设备购置12万元（占项目资金的比重为{p}%）、安装调试8万元（占40%），项目资金合计20万元。",
        "60",
        "65",
    ),
    # a bare share after a sibling's named one is of the same whole (stated the paragraph before)
    (
        "本年支出合计250.00万元。\n基本支出200.00万元，占本年支出合计的80.00%；项目支出50.00万元，占{p}%。",
        "20.00",
        "25.00",
    ),
    (
        "全年收入480万元。\n税收收入360万元，占全年收入的75%，非税收入120万元，占{p}%。",
        "25",
        "30",
    ),
    # a second share of the same part, right after its first
    (
        "本年支出合计250.00万元，基本支出200.00万元。\n人员经费150.00万元，占基本支出的75.00%，"
        "占本年支出合计的{p}%。",
        "60.00",
        "65.00",
    ),
    # the whole named by the share and stated further on, in other words for it
    ("基本支出180万元，占本年支出合计的{p}%。本年支出合计300万元，比上年增加20万元。", "60", "65"),
    ("项目支出60万元，占支出总额的{p}%。全年支出总额240万元。", "25", "30"),
    (
        "公务接待费3.6万元，占三公经费的{p}%。“三公”经费决算数8.0万元，预算数10.0万元。",
        "45",
        "40",
    ),
    # a whole named only as a total (总额, 总数) is the part's own total
    (
        "项目资金合计80万元，其中设备购置60万元，占总额的{p}%；安装费20万元，占总额的25%。",
        "75",
        "70",
    ),
    ("全年培训200人次，其中干部80人次，占总数的{p}%。", "40", "45"),
    # a share naming its part by a shortened name, after the amount of another part
    ("税收收入90.0万元，非税收入10.0万元，税收占比{p}%，收入合计100.0万元。", "90.0", "80.0"),
    ("基本支出360.0万元，项目支出120.0万元，基本占比{p}%，支出合计480.0万元。", "75.0", "70.0"),
    (
        "本年支出合计500.0万元，其中：人员经费支出300.0万元，公用经费支出200.0万元，"
        "人员经费占比{p}%。",
        "60.0",
        "66.0",
    ),
    ("收入共计150万元，其中财政拨款120万元，占合计数的{p}%。", "80", "85"),
    # 所占比例为 at the end of the label
    (
        "全年支出500.00万元。其中培训经费50.00万元，所占比例为{p}%。",
        "10.00",
        "12.00",
    ),
]


@pytest.mark.parametrize(("text", "good", "bad"), WORDINGS)
def test_share_wordings(write, text, good, bad):
    assert codes(write(text.format(p=good))) == []
    found = [c[0] for c in codes(write(text.format(p=bad)))]
    # a share too large in a list of shares of one whole also takes them past 100% (AL105)
    assert found in (["AL103"], ["AL103", "AL105"])


@pytest.mark.parametrize(
    "text",
    [
        # a sub-list's share of the grand total
        "总支出1000.00万元，其中项目支出400.00万元，其中：设备费100.00万元，占总支出的10.00%。",
        # a whole named and never stated is not replaced by another total
        "全年支出900亿元，其中税收返还和转移支付440亿元（包括一般性转移支付300亿元，占转移支付比重达82%）。",
        # a bare figure with no unit is not a part
        "推广面积占总面积比例880%，得分8，指标完成。",
        # 占 a figure of another kind, then a rate of its own: no whole stated inside a share
        "基本建设支出180万元，占地面积500平方米，绿化率36%。",
        # a longer name is another quantity: a part (专项转移支付) or a sum of two
        "一般转移支付300万元，占转移支付的75%。专项转移支付100万元。",
        # a whole without a kind is the actual figure, not its budget
        "公务接待费3.6万元，占三公经费的45%。“三公”经费预算数10.0万元。",
    ],
)
def test_what_is_not_a_broken_share(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL103"] == []


@pytest.mark.parametrize(
    "text",
    [
        # each share fits its rounded amounts; their sum cannot (wordings of our own)
        "本年采购总额1.10亿元。其中，货物、工程、服务采购额分别为0.60亿元、0.03亿元和0.47亿元，"
        "占采购总额的比例为55.00%、3.10%和43.00%。",
        "本年收入1.20亿元，其中当年财政拨款、上年结转分别为0.70亿元、0.50亿元，"
        "占本年收入的比例分别为58.80%和42.00%。",
        "本年支出0.90亿元，其中基本支出、项目支出分别为0.50亿元、0.40亿元，"
        "占本年支出的比重分别为54.80%和43.70%。",
    ],
)
def test_shares_of_a_complete_breakdown_that_miss_100(write, text):
    assert [c for c, _, _ in codes(write(text))] == ["AL105"]


@pytest.mark.parametrize(
    "text",
    [
        "本年采购总额1.10亿元。其中，货物、工程、服务采购额分别为0.60亿元、0.03亿元和0.47亿元，"
        "占采购总额的比例为54.55%、2.73%和42.72%。",
        # three thirds printed to two decimals add to 99.99%: rounding, not an error
        "资金合计0.90亿元，其中中央、省级、市级资金分别为0.30亿元、0.30亿元和0.30亿元，"
        "占资金合计的比例分别为33.33%、33.33%和33.33%。",
    ],
)
def test_shares_of_a_complete_breakdown_that_make_100(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # `分别占X的a%、b%`: 分别 is no part of the share's cue (wordings of our own)
        (
            "本年支出200.00万元，其中甲、乙两项分别为60.00万元和140.00万元，分别占本年支出的30.00%和70.00%。",
            [],
        ),
        (
            "本年支出200.00万元，其中甲、乙两项分别为60.00万元和140.00万元，分别占本年支出的35.00%和70.00%。",
            ["AL103"],
        ),
        (
            "资金合计0.80亿元，其中中央、省级、市级资金分别为0.40亿元、0.25亿元和0.15亿元，"
            "分别占资金合计的50.00%、31.25%和18.75%。",
            [],
        ),
        (  # each share fits its amounts, the three cannot add up to 100.6%
            "资金合计0.80亿元，其中中央、省级、市级资金分别为0.40亿元、0.25亿元和0.15亿元，"
            "分别占资金合计的49.50%、31.80%和19.30%。",
            ["AL105"],
        ),
        (  # one wrong share: one finding, the share's, not a second one for their sum
            "资金合计0.80亿元，其中中央、省级、市级资金分别为0.40亿元、0.25亿元和0.15亿元，"
            "分别占资金合计的40.00%、31.25%和18.75%。",
            ["AL103"],
        ),
    ],
)
def test_respectively_listed_shares(write, text, found):
    assert [c for c, _, _ in codes(write(text))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "本年支出200.00万元，其中A项60.00万元、B项140.00万元，分别占本年支出的30.00%和70.00%。",
            [],
        ),
        (
            "本年支出200.00万元，其中A项60.00万元、B项140.00万元，分别占本年支出的30.00%和60.00%。",
            [[60.0, 140.0, 200.0]],
        ),
        ("本年支出250.00万元，其中培训费50.00万元和设备费200.00万元，分别占20.00%和80.00%。", []),
        (
            "本年支出250.00万元，其中培训费50.00万元和设备费200.00万元，分别占25.00%和80.00%。",
            [[25.0, 50.0, 250.0]],
        ),
    ],
)
def test_named_amounts_then_their_shares_respectively(write, text, found):
    """`A项60万元、B项140万元，分别占…的30%和70%`: each share is its own item's, in order (the
    first share had been paired with the last amount: a false AL103 on a consistent sentence)."""
    assert [sorted(c[2]) for c in codes(write(text)) if c[0] == "AL103"] == found


def test_a_lists_total_between_its_amounts_and_their_shares_is_no_part_of_the_pairing(write):
    """`…分别为300万元、150万元和50万元，合计500万元，分别占…的60%、30%和10%`: each share is its
    own item's (the first had been paired with the list's total)."""
    x = extract_text(
        write(
            "甲、乙、丙三项支出分别为300万元、150万元和50万元，合计500万元，分别占总支出的60%、30%和10%。"
        )
    )
    value = {f.id: f.value for f in x.facts}
    pairs = sorted(
        (value[r.roles["part"]], value[r.roles["percent"]])
        for r in x.relations
        if r.kind in ("share", "share_of_named")
    )
    assert pairs == [(50, 10), (150, 30), (300, 60)]


def test_a_part_stated_as_inside_another_is_no_sibling_of_it(write):
    """人员经费 has a share of 基本支出: its share of the year's spending is not added to
    基本支出's as if they were two parts side by side (AL105)."""
    text = (
        "本年支出合计310.00万元。\n基本支出260.00万元，占本年支出合计的83.87%；项目支出50.00万元，"
        "占16.13%。基本支出中，人员经费220.00万元，占基本支出的84.62%，占本年支出合计的70.97%。\n"
    )
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        # 占比 is the cue itself, naming no whole: the part's own total
        (
            "本年度支出合计1250.00万元。按支出功能分类，教育支出1000.00万元，占比80%；"
            "卫生健康支出250.00万元，占比20%。",
            "本年度支出合计1250.00万元。按支出功能分类，教育支出1000.00万元，占比90%；"
            "卫生健康支出250.00万元，占比20%。",
            [1000.0, 1250.0, 90],
        ),
        (
            "全年收入86万元，其中财政拨款68.8万元，占比为80%。",
            "全年收入86万元，其中财政拨款68.8万元，占比为85%。",
            [68.8, 86, 85],
        ),
        # a whole named by a word for a total, of the name the list's total has
        (
            "全年共完成政府采购金额850万元，其中货物类510万元，占采购总额的60%。",
            "全年共完成政府采购金额850万元，其中货物类510万元，占采购总额的70%。",
            [510, 850, 70],
        ),
        (
            "项目资金总额40万元，其中省级资金30万元，占资金总数的75%。",
            "项目资金总额40万元，其中省级资金30万元，占资金总数的65%。",
            [30, 40, 65],
        ),
    ],
)
def test_a_share_of_the_total_its_part_is_listed_under(write, good, bad, values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL103"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_a_share_of_a_wider_whole_is_not_of_the_list_total(write):
    """占全市采购总额: a whole of another scope than the unit's own total."""
    text = "全年共完成政府采购金额850万元，其中货物类510万元，占全市采购总额的70%。"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "全年发放补贴120万元。其中，种植补贴36万元；养殖补贴24万元；农机补贴48万元；"
            "其他补贴12万元。各项占补贴发放总额的比例分别为30%、20%、40%、10%。",
            "全年发放补贴120万元。其中，种植补贴36万元；养殖补贴24万元；农机补贴48万元；"
            "其他补贴12万元。各项占补贴发放总额的比例分别为30%、20%、45%、10%。",
            [48, 120, 45],
        ),
        (
            "本年支出合计500万元，其中基本支出350万元，项目支出150万元。两项分别占70%和30%。",
            "本年支出合计500万元，其中基本支出350万元，项目支出150万元。两项分别占70%和35%。",
            [150, 500, 35],
        ),
        (
            "全县培训农民2000人次，包括种植技术培训1200人次、养殖技术培训800人次。"
            "所占比例分别为60%、40%。",
            "全县培训农民2000人次，包括种植技术培训1200人次、养殖技术培训800人次。"
            "所占比例分别为60%、50%。",
            [800, 2000, 50],
        ),
    ],
)
def test_shares_listed_after_the_parts_of_the_sentence_before(write, good, bad, values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL103"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_listed_shares_of_another_whole_are_not_of_the_list_total(write):
    """占全省…的比重: the shares are of a whole the text does not state."""
    text = (
        "全市发放补贴12亿元，其中种植补贴7亿元，养殖补贴5亿元。"
        "占全省补贴发放总额的比例分别为3.5%、2.5%。"
    )
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "全年投入资金7740万元，其中青少年体育项目占比48.9%，达到3784万元。",
            "全年投入资金7740万元，其中青少年体育项目占比50%，达到3784万元。",
            [3784, 7740, 50],
        ),
        (
            "项目总投资500万元，财政资金占比80%，计400万元。",
            "项目总投资500万元，财政资金占比80%，计420万元。",
            [420, 500, 80],
        ),
        (
            "全年采购规模850万元，其中货物类占60%，为510万元。",
            "全年采购规模850万元，其中货物类占65%，为510万元。",
            [510, 850, 65],
        ),
    ],
)
def test_a_part_named_before_its_share_and_stated_after_it(write, good, bad, values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL103"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_a_part_after_its_share_is_not_of_a_whole_of_another_unit(write):
    assert codes(write("服务群众1200人次，资金占比60%，为510万元。")) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "（一）总体情况\n一般公共预算拨款支出1720.12万元。\n（二）结构情况\n"
            "一般公共服务支出820.40万元，占47.69%；农林水支出610.72万元，占35.50%；"
            "社会保障和就业支出289.00万元，占16.80%。\n",
            "（一）总体情况\n一般公共预算拨款支出1720.12万元。\n（二）结构情况\n"
            "一般公共服务支出820.40万元，占47.69%；农林水支出610.72万元，占38.50%；"
            "社会保障和就业支出289.00万元，占16.80%。\n",
            [610.72, 1720.12, 38.5],
        ),
        (
            "全年培训农民1500人次。\n其中种植培训900人次，占60%；养殖培训600人次，占40%。\n",
            "全年培训农民1500人次。\n其中种植培训900人次，占60%；养殖培训600人次，占45%。\n",
            [600, 1500, 45],
        ),
        (
            "本年度共采购800万元。\n货物类480万元，占60%；工程类200万元，占25%；服务类120万元，占15%。\n",
            "本年度共采购800万元。\n货物类480万元，占60%；工程类230万元，占25%；服务类120万元，占15%。\n",
            [230, 800, 25],
        ),
    ],
)
def test_bare_shares_are_of_the_total_before_that_gives_them(write, good, bad, values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL103"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_bare_shares_no_total_before_gives_are_not_checked_against_it(write):
    """No figure before gives two of the shares: their total is not stated; what they say of
    it is checked among themselves (480 at 50% is a whole of 960, 200 at 20% one of 1000)."""
    text = "全年支出900万元。\n货物类480万元，占50%；工程类200万元，占20%；服务类120万元，占12%。\n"
    assert [c[0] for c in codes(write(text))] == ["AL106"]


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "基本支出占总支出的60.00%，基本支出90.00万元，总支出150.00万元。",
            "基本支出占总支出的62.00%，基本支出90.00万元，总支出150.00万元。",
            [90.0, 150.0, 62.0],
        ),
        (
            "人员经费占基本支出的比重为75.00%，人员经费67.50万元，基本支出90.00万元。",
            "人员经费占基本支出的比重为78.00%，人员经费67.50万元，基本支出90.00万元。",
            [67.5, 90.0, 78.0],
        ),
        (
            "本年收入合计240万元。其他收入占本年收入合计的15%，其他收入36万元。",
            "本年收入合计240万元。其他收入占本年收入合计的18%，其他收入36万元。",
            [36, 240, 18],
        ),
    ],
)
def test_a_share_that_names_its_part_before_the_amounts(write, good, bad, values):
    """`A占B的x%，A a，B b`: the share first, its part and whole stated after it by name."""
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL103"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_a_share_first_is_not_of_an_amount_of_another_name(write):
    text = "基本支出占总支出的70.00%，项目支出45.00万元，总支出150.00万元。"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "项目资金总额120万元。\n用于设备购置84万元，占总额的70%。\n",
            "项目资金总额120万元。\n用于设备购置84万元，占总额的75%。\n",
            [84, 120, 75],
        ),
        (
            "本年彩票公益金总收入900万元，总支出800万元。\n（一）用于养老服务支出360万元，占总数的45%。\n",
            "本年彩票公益金总收入900万元，总支出800万元。\n（一）用于养老服务支出360万元，占总数的48%。\n",
            [360, 800, 48],
        ),
        (
            "全年培训总人次为1500人次。\n（二）基层干部培训600人次，占总量的40%。\n",
            "全年培训总人次为1500人次。\n（二）基层干部培训600人次，占总量的45%。\n",
            [600, 1500, 45],
        ),
    ],
)
def test_a_whole_named_only_as_a_total_is_a_total_stated_before(write, good, bad, values):
    """`占总额的`, `占总数的`: of a total stated before, of the part's noun where it names one."""
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL103"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_a_whole_named_only_as_a_total_with_no_total_before_is_left_alone(write):
    assert codes(write("用于设备购置84万元，占总额的75%。\n")) == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        # more than the whole, whatever opens the list
        ("甲、乙、丙三个乡镇分别占补助资金总额的{x}%、35%和25%。", "40", "50", [50, 35, 25]),
        # a breakdown by a named dimension is the whole of it: short of 100% too
        (
            "从采购方式看，公开招标、询价采购、单一来源采购分别占采购规模的{x}%、30.5%、9.5%。",
            "60.0",
            "50.0",
            [50.0, 30.5, 9.5],
        ),
        (
            "按支出功能分，教育、卫生健康和农林水支出分别占全年支出的{x}%、28%和14%。",
            "58",
            "68",
            [68, 28, 14],
        ),
    ],
)
def test_shares_listed_of_one_whole_add_up(write, text, good, bad, values):
    """`A、B、C分别占X的a%、b%、c%`: sibling shares of one whole, whose sum is at most 100%, and
    exactly 100% where the sentence opens with the dimension the whole is broken down by."""
    assert codes(write(text.format(x=good))) == []
    found = codes(write(text.format(x=bad)))
    assert [(c[0], c[2]) for c in found] == [("AL105", values)]


def test_shares_listed_of_one_whole_may_fall_short_where_the_list_may_be_partial(write):
    """Without a dimension the list may name only some parts (the rest unlisted)."""
    assert codes(write("甲、乙两个项目分别占全年投资的30%和25%。")) == []


@pytest.mark.parametrize(
    ("text", "bad", "values"),
    [
        (
            "财政拨款支出320.00万元。\n（一）一般公共服务支出150.00万元，占{x}%。\n"
            "（二）教育支出90.00万元，占28.13%。\n（三）社会保障和就业支出80.00万元，占25.00%。\n",
            "49.88",
            [49.88, 150.0, 320.0],
        ),
        (
            "全年培训1200人次。\n1.干部培训480人次，占{x}%；\n2.技术培训720人次，占60%。\n",
            "45",
            [45, 480, 1200],
        ),
        (
            "项目总投资800万元，按来源分列如下：\n中央资金480万元，占{x}%。\n"
            "省级资金200万元，占25%。\n市级资金120万元，占15%。\n",
            "50",
            [50, 480, 800],
        ),
    ],
)
def test_bare_shares_on_lines_one_after_another_are_of_the_total_before(write, text, bad, values):
    """A list's items each on a line of its own, each with its bare share: of the total
    stated before them that most of the shares fit."""
    right = {"49.88": "46.88", "45": "40", "50": "60"}[bad]
    assert codes(write(text.format(x=right))) == []
    found = codes(write(text.format(x=bad)))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL103", sorted(values))]


IMPLIED = [
    # bare shares of a list whose total is stated nowhere
    (
        "其中：差旅费36.00万元，占比{p}%；会议费18.00万元，占比30.00%；培训费6.00万元，占比10.00%。",
        "60.00",
        "64.00",
        [36.0, 64.0],
    ),
    # shares in brackets, one part per numbered line of one paragraph
    (
        "1.设备购置支出75.0万元（占{p}%）；2.维修支出45.0万元（占30.0%）；3.材料支出30.0万元（占20.0%）。",
        "50.0",
        "45.0",
        [75.0, 45.0],
    ),
    # a whole named as a total and never given; the next share is of it too
    (
        "人员经费支出88.00万元，占本年支出合计的{p}%；公用经费支出22.00万元，占20.00%。",
        "80.00",
        "84.00",
        [88.0, 22.0, 84.0, 20.0],
    ),
]


@pytest.mark.parametrize(("text", "good", "bad", "values"), IMPLIED)
def test_shares_of_a_whole_never_stated_give_one_whole(write, text, good, bad, values):
    assert codes(write(text.format(p=good))) == []
    found = codes(write(text.format(p=bad)))
    assert [(c[0], c[2]) for c in found] == [("AL106", values)]


def test_shares_of_each_parts_own_base_imply_no_common_whole(write):
    # `占年初预算的`: each project's own budget; `占计划的`: each task's own plan
    text = (
        "甲项目支出36.00万元，占年初预算的90.00%；乙项目支出19.00万元，占95.00%。"
        "完成培训1100人次，占计划的110%；完成考核980人次，占计划的98%。"
    )
    assert codes(write(text)) == []


def test_rounded_shares_of_an_implied_whole_are_not_flagged(write):
    # 25/76 = 32.89%, 51/76 = 67.11%: printed as 33% and 67%, both give about 76
    text = "其中：财政拨款收入51万元，占67%；其他收入25万元，占33%。"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # parts named before 占, no amounts: of one whole, more than 100% is wrong
        ("从支出结构看，基本支出占比76.3%，项目支出占比{x}%。", [76.3]),
        ("财政拨款收入占本年收入的88.6%，其他收入占{x}%。", [88.6]),
        # every part of a breakdown the domain knows: anything but 100% is wrong
        (
            "按经济分类，工资福利支出占64.2%，商品和服务支出占27.3%，对个人和家庭的补助占{x}%。",
            [64.2, 27.3],
        ),
    ],
)
def test_shares_of_named_parts_without_amounts(write, text, values):
    good = {76.3: "23.7", 88.6: "11.4", 64.2: "8.5"}[values[0]]
    bad = {76.3: "24.7", 88.6: "12.4", 64.2: "7.5"}[values[0]]
    assert codes(write(text.format(x=good))) == []
    found = codes(write(text.format(x=bad)))
    assert [(c[0], c[2]) for c in found] == [("AL105", [*values, float(bad)])]


@pytest.mark.parametrize(
    "text",
    [
        # shares of different wholes, each named
        "基本支出占本年支出的75%，人员经费占基本支出的80%。",
        # two of several parts: short of 100% says nothing
        "其中，教育支出占比45.6%，卫生健康支出占比30.2%。",
    ],
)
def test_shares_of_named_parts_that_need_not_add_up(write, text):
    assert codes(write(text)) == []


def test_a_share_names_its_part_before_it_among_other_amounts(write):
    # the share is 基本支出's, not that of 项目支出, the amount right before it
    text = "本年支出合计480.00万元，其中基本支出360.00万元，项目支出120.00万元，基本支出占比{x}%。"
    assert codes(write(text.format(x="75"))) == []
    found = codes(write(text.format(x="80")))
    assert [(c[0], c[2]) for c in found] == [("AL103", [360.0, 480.0, 80])]


SIDES = (
    "2025年度收入总计1286.40万元，支出总计1286.40万元。\n收入支出决算总表\n单位：万元\n"
    "项目 决算数 项目 决算数\n财政拨款收入 1168.30 一般公共服务支出 486.20\n"
    "其他收入 72.50 农林水支出 751.30\n本年收入合计 1240.80 本年支出合计 1237.50\n"
    "年初结转和结余 45.60 年末结转和结余 48.90\n总计 1286.40 总计 1286.40\n"
    "2025年度财政拨款支出1225.80万元，占本年支出合计的{x}%。\n"
)


def test_a_share_of_a_whole_the_table_names_is_read_against_it(write):
    """`占本年支出合计的` after `支出总计1286.40万元`: the table's 本年支出合计 is another reading
    (1225.80 ÷ 1237.50 = 99.05%)."""
    assert codes(write(SIDES.format(x="99.05"))) == []
    assert [c[0] for c in codes(write(SIDES.format(x="98.05")))] == ["AL103"]


def test_the_right_sides_figures_of_a_paired_table_are_named_by_its_own_labels(write):
    x = extract_text(write(SIDES.format(x="99.05")))
    labels = {f.label: f for f in x.facts if f.source == "table"}
    assert labels["本年支出合计:决算数"].value == Decimal("1237.50")
    assert labels["本年支出合计:决算数"].unit == "万元"  # the table's 单位 line, read first


# a share of a whole named without what it is of (`占总投资的…` after `该项目总投资…`): the whole
# is the figure of that name with its subject (该项目, 本单位, 我局) before it
SUBJECT_WHOLES = [
    (
        "该项目总投资360万元，截至年底已完成投资306万元，占总投资的{x}%。",
        "85",
        "88",
        [360, 306, 88],
    ),
    (
        "本单位本年支出合计720万元，经批准调剂后，人员经费支出504万元，占支出合计的{x}%。",
        "70",
        "74",
        [720, 504, 74],
    ),
    ("本部门基本支出300万元，人员经费支出240万元，占基本支出的{x}%。", "80", "85", [300, 240, 85]),
]


def _share_holds_then_breaks(write, text: str, good: str, bad: str, values: list) -> None:
    """The consistent share is silent; with `bad` for the percentage, one AL103 of `values`."""
    assert codes(write(text.format(x=good))) == []
    found = [c for c in codes(write(text.format(x=bad))) if c[0] == "AL103"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


@pytest.mark.parametrize(("text", "good", "bad", "values"), SUBJECT_WHOLES)
def test_a_share_of_a_whole_named_without_its_subject(write, text, good, bad, values):
    _share_holds_then_breaks(write, text, good, bad, values)


def test_a_longer_name_is_still_another_whole(write):
    """`项目支出` is not `支出合计` with a subject before it: no share of it is read."""
    text = "项目支出合计480万元。年内设备购置120万元，占支出合计的40%。"
    assert [r for r in extract_text(write(text)).relations if r.kind == "share"] == []


# a share that names its part in a sentence of its own (`基本支出占本年支出的70%`): the part is
# the amount of that very name in the sentence before
PART_IN_THE_SENTENCE_BEFORE = [
    (
        "本年支出260万元，其中基本支出195万元，项目支出65万元。基本支出占本年支出的{x}%。",
        "75",
        "78",
        [260, 195, 78],
    ),
    (
        "全年收入80万元，其中财政拨款收入72万元。财政拨款收入占全年收入的比重为{x}%。",
        "90",
        "95",
        [80, 72, 95],
    ),
    (
        "采购总额50万元，其中服务类采购15万元，货物类采购35万元。服务类采购占采购总额{x}%。",
        "30",
        "35",
        [50, 15, 35],
    ),
]


@pytest.mark.parametrize(("text", "good", "bad", "values"), PART_IN_THE_SENTENCE_BEFORE)
def test_a_share_naming_its_part_stated_in_the_sentence_before(write, text, good, bad, values):
    _share_holds_then_breaks(write, text, good, bad, values)


def test_a_part_named_otherwise_in_the_sentence_before_is_not_taken(write):
    text = "本年支出260万元，其中基本支出195万元。人员经费占本年支出的40%。"
    assert [r for r in extract_text(write(text)).relations if r.kind == "share"] == []
