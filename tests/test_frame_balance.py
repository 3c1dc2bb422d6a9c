"""The fund balance frame (extract/balance.py) on statements of our own: what a fund has left is
what came in less what went out (AL201), and a statement with a figure of neither side is no
balance."""

import pytest
from conftest import codes

STATEMENTS = [
    # items in and out, then the remainder, in one sentence
    (
        "国有资本经营收入300万元，上级补助收入80万元，上年结余20万元，国有资本经营支出350万元，年终结余{r}万元。\n",
        "50",
        "60",
        [300.0, 80.0, 20.0, 350.0, 60.0],
    ),
    # totals standing for their items, the remainder in a paragraph of its own
    (
        "2.政府性基金收支情况\n政府性基金收入50亿元，上级补助收入10亿元，上年结余5亿元，收入合计65亿元。\n"
        "政府性基金支出40亿元，调出资金5亿元，支出合计45亿元。\n上述收支相抵，年终结余{r}亿元。\n",
        "20",
        "25",
        [65.0, 45.0, 25.0],
    ),
    # a reserve fund either way, as its verb says: drawn on, it comes in; set aside, it goes out
    (
        "本级收入60.00亿元，动用周转金4.00亿元，本级支出50.00亿元，提取周转金6.00亿元，年终结余{r}亿元。\n",
        "8.00",
        "9.00",
        [60.0, 4.0, 50.0, 6.0, 9.0],
    ),
    # transfers in and out, and a rolled-over remainder
    (
        "社会保险基金收入120.00亿元，上年结余30.00亿元，调入资金5.00亿元，社会保险基金支出96.00亿元，"
        "上解上级支出15.00亿元，年末滚存结余{r}亿元。\n",
        "44.00",
        "46.00",
        [120.0, 30.0, 5.0, 96.0, 15.0, 46.0],
    ),
    # the remainder named without 和 (年末结转结余) or for a period (期末结余)
    (
        "年初结转结余12万元，本年收入230万元，本年支出236万元，年末结转结余{r}万元。\n",
        "6",
        "8",
        [12.0, 230.0, 236.0, 8.0],
    ),
    (
        "期初结余3.60万元，本期收入41.20万元，本期支出40.10万元，期末结余{r}万元。\n",
        "4.70",
        "5.70",
        [3.6, 41.2, 40.1, 5.7],
    ),
    (
        "上年结转4万元，当年拨入资金66万元，当年支出63万元，期末结转结余{r}万元。\n",
        "7",
        "9",
        [4.0, 66.0, 63.0, 9.0],
    ),
    # money the finance bureau or a higher level takes back goes out
    (
        "公益金总收入500.00万元，上年结转40.00万元，总支出480.00万元，财政收回统筹10.00万元，"
        "年末结余{r}万元。\n",
        "50.00",
        "60.00",
        [500.0, 40.0, 480.0, 10.0, 60.0],
    ),
    (
        "项目资金收入200万元，上年结余20万元，支出170万元，上级收回5万元，年末结余{r}万元。\n",
        "45",
        "40",
        [200.0, 20.0, 170.0, 5.0, 40.0],
    ),
]


@pytest.mark.parametrize(("text", "good", "bad", "values"), STATEMENTS)
def test_a_remainder_is_income_less_expenditure(write, text, good, bad, values):
    assert codes(write(text.format(r=good))) == []
    found = codes(write(text.format(r=bad)))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", sorted(values))]


@pytest.mark.parametrize(
    "text",
    [
        # a figure of neither side: not a balance statement
        "基金收入80万元，上年结余10万元，固定资产20万元，基金支出60万元，年终结余30万元。\n",
        # no remainder stated
        "一般公共预算收入100亿元，增长5%，一般公共预算支出90亿元，增长3%，主要用于教育。\n",
        # a carried-over figure in brackets qualifies the one before it
        "收入合计100万元（含上年结转12万元），支出合计80万元，年终结余20万元。\n",
        # receivables collected: which way they go is not said by 收回 alone
        "收入合计300万元，收回往来款20万元，支出合计280万元，年末结余40万元。\n",
    ],
)
def test_what_is_no_broken_balance(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL201"] == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "全年下达补助资金500万元，资金到位率100%。已支出460万元，结余{r}万元。",
            "40",
            "30",
            [30, 460, 500],
        ),
        (
            "项目收到上级资金86.00万元。实际使用80.50万元，剩余{r}万元将结转下年。",
            "5.50",
            "6.50",
            [6.5, 80.5, 86.0],
        ),
        ("2023年收入合计320万元。支出合计300万元，年终结余{r}万元。", "20", "25", [25, 300, 320]),
        # the sentence before ends with the last part of what came in: the whole it splits
        (
            "共收到项目资金520万元，其中中央资金300万元，省级资金150万元，县级配套资金70万元。"
            "截至年底已支出480万元，结余{r}万元。",
            "40",
            "45",
            [45, 480, 520],
        ),
    ],
)
def test_what_came_in_may_end_the_sentence_before(write, text, good, bad, values):
    """A sentence that opens with the spending and the remainder balances the income that
    ends the sentence before."""
    assert codes(write(text.format(r=good))) == []
    found = codes(write(text.format(r=bad)))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", values)]


def test_a_part_ending_the_sentence_before_is_no_income_to_balance(write):
    """`其中财政拨款300万元` is one part of the income, not what came in."""
    text = "收入合计320万元，其中财政拨款300万元。支出合计290万元，结余30万元。\n"
    assert codes(write(text)) == []


def test_the_last_of_many_incomes_is_no_balance_of_its_own(write):
    """A one-sentence balance is income, spending and remainder alone; after other amounts
    the income is one item of many, and the whole statement is read."""
    text = (
        "基金上年结余20.00亿元，上级补助收入10.00亿元，调入资金0.50亿元，转贷收入2.00亿元；"
        "基金支出15.00亿元，年终结余{r}亿元。\n"
    )
    assert codes(write(text.format(r="17.50"))) == []
    found = codes(write(text.format(r="18.50")))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", [0.5, 2.0, 10.0, 15.0, 18.5, 20.0])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("年初结转和结余30万元，本年收入470万元，本年支出480万元，年末结转和结余20万元。", []),
        (
            "年初结转和结余30万元，本年收入470万元，本年支出480万元，年末结转和结余25万元。",
            ["AL201"],
        ),
        ("上年结余8.00万元，本年收入52.00万元，本年支出55.00万元，年末结余5.00万元。", []),
    ],
)
def test_what_was_carried_in_is_income_not_a_remainder_before(write, text, found):
    """年初结转和结余 comes in: the remainder is it plus the income less the spending (it had
    been taken for the end of a balance before, and 收入 = 支出 + 结余 checked without it)."""
    assert [c[0] for c in codes(write(text))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2024年度收入总计1,826.40万元，支出总计1,826.40万元。", []),
        ("2024年度收入总计1,826.40万元，支出总计1,862.40万元。", [("AL301", [1826.4, 1862.4])]),
        ("全年一般公共预算收入总计80亿元，一般公共预算支出总计82亿元。", [("AL301", [80, 82])]),
        ("本年收入总量96亿元，支出总量96亿元。", []),
        # a budget's grand totals (部门预算)
        ("2026年收入预算总计3152.80万元，支出预算总计3152.80万元。", []),
        ("2026年收入预算总计3152.80万元，支出预算总计3125.80万元。", [("AL301", [3125.8, 3152.8])]),
        # two funds' totals, or this year's income and spending (合计), need not agree
        ("政府性基金收入总计20亿元，一般公共预算支出总计80亿元。", []),
        ("本年收入合计500万元，本年支出合计480万元。", []),
    ],
)
def test_the_two_grand_totals_of_one_fund_agree(write, text, found):
    """收入总计 and 支出总计 both hold the carry-over: one sum by construction."""
    assert [(c[0], sorted(c[2])) for c in codes(write(text))] == found


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "全县一般公共预算收入12.30亿元，上级补助收入8.40亿元，上年结余0.60亿元，债务转贷收入1.20亿元。"
            "一般公共预算支出19.80亿元，上解上级支出0.90亿元，债务还本支出0.50亿元。"
            "收入合计22.50亿元，支出合计21.20亿元，年终结余1.30亿元。",
            "全县一般公共预算收入12.30亿元，上级补助收入8.40亿元，上年结余0.90亿元，债务转贷收入1.20亿元。"
            "一般公共预算支出19.80亿元，上解上级支出0.90亿元，债务还本支出0.50亿元。"
            "收入合计22.50亿元，支出合计21.20亿元，年终结余1.30亿元。",
            [22.5, 12.3, 8.4, 0.9, 1.2],
        ),
        (
            "国有资本经营收入3.20亿元，上级补助收入0.80亿元；国有资本经营支出2.10亿元，"
            "调出资金1.50亿元。收入合计4.00亿元，支出合计3.60亿元，年终结余0.40亿元。",
            "国有资本经营收入3.20亿元，上级补助收入0.80亿元；国有资本经营支出2.10亿元，"
            "调出资金1.30亿元。收入合计4.00亿元，支出合计3.60亿元，年终结余0.40亿元。",
            [3.6, 2.1, 1.3],
        ),
        (
            "本年财政拨款收入860.50万元，事业收入120.00万元，其他收入19.50万元；本年基本支出700.00万元，"
            "项目支出260.00万元。收入合计1000.00万元，支出合计960.00万元，年末结转结余40.00万元。",
            "本年财政拨款收入860.50万元，事业收入120.00万元，其他收入19.50万元；本年基本支出700.00万元，"
            "项目支出250.00万元。收入合计1000.00万元，支出合计960.00万元，年末结转结余40.00万元。",
            [960.0, 700.0, 250.0],
        ),
        # 合计 said once for both sides: `收入合计…，支出…`
        (
            "镇本级一般公共预算收入6.40亿元，上级补助收入2.10亿元。一般公共预算支出5.70亿元，"
            "上解上级支出1.60亿元，安排预算稳定调节基金0.30亿元。"
            "镇本级收入合计8.50亿元，支出7.60亿元，年终结余0.90亿元。",
            "镇本级一般公共预算收入6.40亿元，上级补助收入2.10亿元。一般公共预算支出5.70亿元，"
            "上解上级支出1.60亿元，安排预算稳定调节基金0.50亿元。"
            "镇本级收入合计8.50亿元，支出7.60亿元，年终结余0.90亿元。",
            [7.6, 5.7, 1.6, 0.5],
        ),
        (
            "事业收入42.00万元，其他收入8.00万元；基本支出30.00万元，项目支出16.00万元。"
            "收入总计50.00万元，支出46.00万元。",
            "事业收入42.00万元，其他收入8.00万元；基本支出30.00万元，项目支出19.00万元。"
            "收入总计50.00万元，支出46.00万元。",
            [46.0, 30.0, 19.0],
        ),
    ],
)
def test_each_sides_total_sums_the_items_of_its_side_before_it(write, good, bad, values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_a_paragraph_with_an_item_of_neither_side_has_no_sided_totals(write):
    """固定资产 neither comes in nor goes out: the paragraph is no statement of a fund's sides."""
    text = "本年收入80万元，上年结余10万元，固定资产20万元，本年支出60万元。收入合计110万元，支出合计60万元。"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "本年收入合计860万元。\n本年支出合计800万元。收支相抵，年终结余{r}万元。\n",
            "60",
            "80",
            [80, 800, 860],
        ),
        (
            "全县一般公共预算收入40.0亿元，加上上级补助收入20.0亿元，收入总计60.0亿元。\n"
            "全县一般公共预算支出50.0亿元，加上上解上级支出4.0亿元，支出总计54.0亿元。"
            "收支相抵，年终结余{r}亿元。\n",
            "6.0",
            "7.0",
            [7.0, 54.0, 60.0],
        ),
        (
            "基金收入合计15.50亿元。\n基金支出合计15.30亿元。上述收支相抵后，年终结余{r}亿元。\n",
            "0.20",
            "0.40",
            [0.4, 15.3, 15.5],
        ),
    ],
)
def test_a_sentence_balancing_one_side_against_the_paragraph_before(write, text, good, bad, values):
    """`…支出总计54亿元。收支相抵，年终结余…`: the words of balancing open the sentence after the
    spending alone; what came in is the paragraph before."""
    assert codes(write(text.format(r=good))) == []
    found = codes(write(text.format(r=bad)))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", sorted(values))]


@pytest.mark.parametrize(
    "text",
    [
        # a spending total after the income items: the other side, no sum of them
        "本年收入合计512.36万元，年初结转和结余16.40万元；本年支出合计497.26万元，年末结转和结余31.50万元。",
        "财政拨款收入300.0万元，其他收入20.0万元，支出合计310.0万元。",
        "收入：拨款50.0万元、事业收入10.0万元；支出总计58.0万元。",
        # an income total after spending items
        "基本支出84.2万元，项目支出15.6万元，收入合计101.3万元。",
    ],
)
def test_a_total_of_one_side_is_no_sum_of_the_other_sides_items(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("基本支出300.0万元，项目支出100.0万元，支出合计410.0万元。", [410.0, 300.0, 100.0]),
        (
            "上年结转资金24.6万元，本年财政拨款198.3万元，可用资金合计225.9万元。",
            [225.9, 24.6, 198.3],
        ),
    ],
)
def test_a_total_of_its_own_sides_items_is_their_sum(write, text, values):
    assert [(c[0], c[2]) for c in codes(write(text))] == [("AL201", values)]


def test_grand_totals_named_for_both_sides_are_no_item_of_the_balance(write):
    # `收入总计与支出总计均为…`: neither what came in nor what went out
    text = (
        "收入总计与支出总计均为528.76万元。本年收入合计512.36万元，年初结转和结余16.40万元；"
        "本年支出合计497.26万元，年末结转和结余{x}万元。"
    )
    assert codes(write(text.format(x="31.50"))) == []
    found = codes(write(text.format(x="32.50")))
    assert [(c[0], c[2]) for c in found] == [("AL201", [32.5, 512.36, 16.4, 497.26])]


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "本年收入合计612.40万元，本年支出合计598.10万元，年末结转和结余{r}万元，"
            "年初结转和结余7.30万元。\n",
            "21.60",
            "14.30",
        ),
        (
            "2025年收入总额88.6万元，支出总额90.2万元，期末结余{r}万元，期初结余3.1万元。\n",
            "1.5",
            "2.5",
        ),
        (
            "全年收入1,204.00万元，全年支出1,180.00万元，年末结余{r}万元，上年结余16.00万元。\n",
            "40.00",
            "24.00",
        ),
    ],
)
def test_what_was_carried_in_may_be_named_after_the_remainder(write, text, good, bad):
    """Income, spending and what is left, then what was carried in: the remainder is income
    plus what was carried in, less spending (it was income less spending, a false alarm)."""
    assert codes(write(text.format(r=good))) == []
    assert [c[0] for c in codes(write(text.format(r=bad)))] == ["AL201"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("项目资金600.00万元，已支出530.00万元，结余{x}万元。", [600.0, 530.0, 80.0]),
        ("专项经费600.00万元，实际支出530.00万元，结余{x}万元。", [600.0, 530.0, 80.0]),
        (
            "截至年底，福利彩票公益金600.00万元，安排支出530.00万元，结余{x}万元。",
            [600.0, 530.0, 80.0],
        ),
    ],
)
def test_a_fund_named_by_what_it_is_then_spent_and_left(write, text, values):
    """The sentence opens with the fund (项目资金, 专项经费), not with an income word: what was
    spent and what is left make it."""
    assert codes(write(text.format(x="70.00"))) == []
    found = [c for c in codes(write(text.format(x="80.00"))) if c[0] == "AL201"]
    assert [c[2] for c in found] == [values]


def test_a_sentence_opening_with_another_kind_of_figure_is_no_fund(write):
    """The first figure is an area, not money: no fund to spend from is named."""
    assert codes(write("新建校舍600平方米，支出530.00万元，结余80.00万元。")) == []
