"""A figure's context (extract/context.py): one label in two scopes is two quantities (AL301
stays silent), one label restated in one scope is one quantity (AL301 finds the conflict)."""

import pytest
from conftest import codes


@pytest.mark.parametrize(
    "text",
    [
        # two places
        "东湖区申请补助资金80.00万元，培训补贴12.50万元。\n西山县申请补助资金40.00万元，培训补贴6.20万元。\n",
        # two budget kinds
        "一般公共预算收入20.5亿元，上级补助收入8.1亿元。\n政府性基金收入9.2亿元，上级补助收入3.3亿元。\n",
        # two years
        "2022年差旅费预算中，会议费支出12.00万元。\n2023年差旅费预算中，会议费支出10.50万元。\n",
        # a part singled out by its topic
        "本年共安排专项资金300万元。\n在设备购置方面，本年共安排专项资金120万元。\n",
        # two numbered items about different funds
        "1.养老服务资金60万元，资金使用30万元。\n2.儿童关爱资金20万元，资金使用8万元。\n",
        # two points in time
        "截至6月底，项目已支付资金20万元。\n截至12月底，项目已支付资金45万元。\n",
        "上半年累计完成投资36万元。下半年累计完成投资50万元。\n",
        "一季度发放补贴资金12万元，三季度发放补贴资金15万元。\n",
        # two items, each titled before a colon
        "1.工资福利支出：年初预算50万元，支出48万元。\n2.商品和服务支出：年初预算20万元，支出18万元。\n",
        "办公设备：采购金额8万元。\n车辆维修：采购金额3万元。\n",
    ],
)
def test_one_label_in_two_scopes_is_two_quantities(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL301"] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "本年支出合计870.00万元，其中：基本支出580.00万元，项目支出290.00万元。\n"
            "（一）基本支出情况\n本年基本支出为610.00万元。\n",
            [580.0, 610.0],
        ),
        (
            "东湖区申请补助资金80.00万元，用于培训。\n东湖区申请补助资金85.00万元，已全部下达。\n",
            [80.0, 85.0],
        ),
        (
            "2023年会议费支出12.00万元，主要用于业务会议。\n2023年会议费支出13.00万元。\n",
            [12.0, 13.0],
        ),
        # the same point in time, and the same title
        (
            "截至12月底，项目已支付资金45万元。\n截至12月底，项目已支付资金40万元。\n",
            [40.0, 45.0],
        ),
        ("1.工资福利支出：年初预算50万元。\n工资福利支出：年初预算55万元。\n", [50.0, 55.0]),
    ],
)
def test_one_label_restated_in_one_scope_conflicts(write, text, values):
    found = [c for c in codes(write(text)) if c[0] == "AL301"]
    assert [sorted(c[2]) for c in found] == [values]


def test_one_label_under_two_top_sections_is_two_quantities(write):
    """`(二)资金使用` under 一、甲项目 and under 二、乙项目 are two places: the figures there are
    each project's own, however alike their words (a false AL301 on a report of ours)."""
    text = (
        "一、甲项目\n（一）资金安排\n安排项目资金80万元。\n（二）资金使用\n截至年底已支付项目资金72万元。\n"
        "二、乙项目\n（一）资金安排\n安排项目资金50万元。\n（二）资金使用\n截至年底已支付项目资金40万元。\n"
    )
    assert codes(write(text)) == []
    # … while within one sub-section a numbered item is inside it, not beside it
    inside = "一、总体情况\n（一）收入\n全年收入合计90万元。\n1.财政拨款\n全年收入合计95万元。\n"
    assert [c[0] for c in codes(write(inside))] == ["AL301"]


def test_items_titled_before_their_colon_are_two_quantities(write):
    """`1.A（项）：年初预算为600万元` and `2.B（项）：年初预算为300万元`: one label under two titles
    (long 项级 names included) is two quantities, not one stated twice."""
    text = (
        "1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：年初预算为600.00万元。\n"
        "2.农林水支出（类）农业农村（款）事业运行（项）：年初预算为300.00万元。\n"
    )
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "2025年本级政府性基金预算收入总量为86.40亿元。\n一、收入预算\n"
            "加上上年结转收入3.20亿元，2025年本级政府性基金预算收入总量为86.40亿元。\n",
            "2025年本级政府性基金预算收入总量为86.40亿元。\n一、收入预算\n"
            "加上上年结转收入3.20亿元，2025年本级政府性基金预算收入总量为88.40亿元。\n",
            [86.4, 88.4],
        ),
        (
            "本中心2025年度财政资金支出合计412.60万元。\n（一）支出结构\n"
            "本中心2025年度财政资金支出合计412.60万元，主要用于机构运转。\n",
            "本中心2025年度财政资金支出合计412.60万元。\n（一）支出结构\n"
            "本中心2025年度财政资金支出合计421.60万元，主要用于机构运转。\n",
            [412.6, 421.6],
        ),
        (
            "2025年全市城乡居民医疗保险参保人数达到52.30万人。\n二、工作成效\n"
            "2025年全市城乡居民医疗保险参保人数达到52.30万人，参保率稳定。\n",
            "2025年全市城乡居民医疗保险参保人数达到52.30万人。\n二、工作成效\n"
            "2025年全市城乡居民医疗保险参保人数达到53.20万人，参保率稳定。\n",
            [52.3, 53.2],
        ),
    ],
)
def test_a_quantity_named_in_full_before_the_first_heading_is_one_under_it(
    write, good, bad, values
):
    """A long name with its year, stated before the first heading and again under one, is one
    quantity there (across sections otherwise only for concepts the domain data names)."""
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL301"]
    assert [sorted(c[2]) for c in found] == [values]


def test_a_long_name_under_two_sibling_headings_is_two_quantities(write):
    """Two projects' sections may word their figures alike, year and all."""
    text = (
        "一、甲项目\n2025年项目资金实际到位总额为80.00万元。\n"
        "二、乙项目\n2025年项目资金实际到位总额为60.00万元。\n"
    )
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "省级补助资金120.00万元用于设备购置。\n省级补助资金已拨付108.00万元。\n",
        "县级配套资金80万元。\n截至年底县级配套资金到位72万元。\n",
        "困难群众救助资金300万元。\n困难群众救助资金发放285万元。\n",
    ],
)
def test_a_sum_and_what_was_done_with_it_are_two_quantities(write, text):
    """`省级补助资金` and `省级补助资金已拨付`: the words of what was done make another quantity."""
    assert [c for c in codes(write(text)) if c[0] == "AL301"] == []


WRAPPED = (
    "（二）各区情况\n"
    "东区申请养老金补贴845.72万元，缴费补贴56.30万元；\n"
    "年底发放养老金945.28万元，超出预算金额99.56万元；补贴金额\n"
    "160.10万元，超出预算金额103.80万元。\n"
    "西区申请养老金补贴300.00万元，缴费补贴20.00万元；\n"
    "年底发放养老金298.50万元，补贴金额19.70万元。\n"
)


def test_two_figures_of_one_name_in_one_wrapped_paragraph_are_two_quantities(write):
    """A page wrapped at a fixed width: a line that ends with `；` at that width runs on, and
    two excesses in one paragraph (a pension's, a subsidy's) are not one figure restated;
    the excess stated on the line after the spending acknowledges it."""
    assert codes(write(WRAPPED)) == []


def test_items_of_one_list_name_two_things_unless_named_alike(write):
    """`一是采购优质苗木树苗3200株` and, in the next paragraph, `二是企业自行采购优质苗木树苗1500株`: two
    purchases listed side by side; items that name one thing word for word (项目资金 in the
    到位 item and the 执行 item) still state one quantity."""
    listed = (
        "（一）年度目标\n"
        "全年安排造林资金。一是采购优质苗木树苗3200株，免费发放给农户；\n"
        "二是企业自行采购优质苗木树苗1500株，建成苗圃两处。\n"
    )
    assert codes(write(listed)) == []
    alike = (
        "（一）资金投入情况\n"
        "1.项目资金到位情况。项目资金560.00万元已全部到位。\n"
        "2.项目资金执行情况。项目资金共580.00万元，已拨付560.00万元。\n"
    )
    assert [(c[0], c[2]) for c in codes(write(alike))] == [("AL301", [560.0, 580.0])]


# figures under headings on two sides of one distinction are two quantities, as labels would be
OPPOSED_HEADINGS = [
    "一、年初预算情况\n2024年基本支出430万元。\n二、决算情况\n2024年基本支出415万元。\n",
    "（一）上年收支情况\n“三公”经费支出9.6万元。\n（二）本年收支情况\n“三公”经费支出8.4万元。\n",
    "一、项目计划情况\n机关运行经费62万元。\n二、项目执行情况\n机关运行经费58万元。\n",
]


@pytest.mark.parametrize("text", OPPOSED_HEADINGS)
def test_figures_under_opposed_headings_are_two_quantities(write, text):
    assert codes(write(text)) == []


def test_figures_under_headings_of_one_kind_are_one_quantity(write):
    text = "一、收入支出决算总体情况\n2024年基本支出430万元。\n二、支出决算情况\n2024年基本支出415万元。\n"
    assert [(c[0], c[2]) for c in codes(write(text))] == [("AL301", [430, 415])]
