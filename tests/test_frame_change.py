"""The change frame on wordings of our own: each order the language allows, consistent (silent)
and broken by one figure (AL501 with the figures compared)."""

import pytest
from conftest import codes, extract_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditlint.config import Config
from auditlint.runner import lint

# (consistent sentence, the same with one figure broken, values of the finding)
WORDINGS = [
    # current, base, amount, rate
    (
        "办公费支出66.00万元，较上年增加6.00万元，增长10.00%。",
        "办公费支出66.00万元，较上年增加6.00万元，增长12.00%。",
        [66.0, 6.0, 12.0],
    ),
    # previous value named after the base
    (
        "会议费支出52.00万元，比上年的48.00万元增加4.00万元，增长8.33%。",
        "会议费支出52.00万元，比上年的48.00万元增加5.00万元，增长8.33%。",
        [52.0, 48.0, 5.0],
    ),
    # rate before amount
    (
        "非税收入完成840万元，同比增长5%，增收40万元。",
        "非税收入完成840万元，同比增长7%，增收40万元。",
        [840, 40, 7],
    ),
    # previous in a clause of its own
    (
        "本年支出合计150.00万元，2023年为120.00万元，较2023年增加30.00万元，增长25.00%。",
        "本年支出合计150.00万元，2023年为120.00万元，较2023年增加30.00万元，增长20.00%。",
        [20.0, 150.0, 120.0],
    ),
    # the previous figure named in a clause of its own, with the quantity's name
    (
        "本年支出65.00万元，上年支出69.37万元，同比下降6.30%。",
        "本年支出65.00万元，上年支出69.37万元，同比下降8.30%。",
        [65.0, 69.37, 8.3],
    ),
    (
        "本年收入132.00万元，上年同期收入110.00万元，增长20.00%。",
        "本年收入132.00万元，上年同期收入110.00万元，增长25.00%。",
        [132.0, 110.0, 25.0],
    ),
    # both figures named as totals (合计, 总计)
    (
        "本年支出合计312.00万元，上年支出合计260.00万元，增长20.00%。",
        "本年支出合计312.00万元，上年支出合计260.00万元，增长22.00%。",
        [312.0, 260.0, 22.0],
    ),
    (
        "本年收入总计90万元，上年收入总计120万元，下降25%。",
        "本年收入总计90万元，上年收入总计120万元，下降20%。",
        [90, 120, 20],
    ),
    (
        "2024年支出合计56.00万元，2023年支出70.00万元，同比下降20.00%。",
        "2024年支出合计56.00万元，2023年支出70.00万元，同比下降25.00%。",
        [56.0, 70.0, 25.0],
    ),
    # the previous figure right after the change
    (
        "公务接待费支出4.2万元，较上年减少0.8万元，上年支出5.0万元。",
        "公务接待费支出4.2万元，较上年减少1.8万元，上年支出5.0万元。",
        [4.2, 5.0, 1.8],
    ),
    (
        "水电费16.50万元，同比增长10.00%，上年为15.00万元。",
        "水电费16.50万元，同比增长12.00%，上年为15.00万元。",
        [12.0, 16.5, 15.0],
    ),
    (
        "本年培训人次1320人次，比上年增加220人次，上年培训人次1100人次。",
        "本年培训人次1320人次，比上年增加120人次，上年培训人次1100人次。",
        [1320, 1100, 120],
    ),
    # from one figure to the next (由…增加到…, 从…下降至…), then the change
    (
        "受益人数由上年的1200人增加到1500人，增加300人，增长25%。",
        "受益人数由上年的1200人增加到1500人，增加300人，增长30%。",
        [1500, 1200, 30],
    ),
    (
        "培训人次从2023年的800人次下降至720人次，减少80人次，下降10%。",
        "培训人次从2023年的800人次下降至720人次，减少60人次，下降10%。",
        [720, 800, 60],
    ),
    (
        "预算执行率由上年的88.0%提高到本年的95.0%，提高7.0个百分点。",
        "预算执行率由上年的88.0%提高到本年的95.0%，提高9.0个百分点。",
        [95.0, 88.0, 9.0],
    ),
    # no base word: the previous year's figure says it is a change
    (
        "2023年支出65.00万元，2022年为69.37万元，减少4.37万元。",
        "2023年支出65.00万元，2022年为69.37万元，减少4.87万元。",
        [65.0, 69.37, 4.87],
    ),
    # `分别` lists: each change is of the figure in its place in the first list
    (
        "基本支出与项目支出分别为80万元、20万元，分别比上年减少5万元、增加2万元，分别下降5.88%、增长11.11%。",
        "基本支出与项目支出分别为80万元、20万元，分别比上年减少5万元、增加2万元，分别下降5.88%、增长15.11%。",
        [20.0, 2.0, 15.11],
    ),
    (
        "甲、乙两项收入分别为50万元、30万元，分别比上年增加10万元、减少10万元，分别增长25%、下降25%。",
        "甲、乙两项收入分别为50万元、30万元，分别比上年增加10万元、减少10万元，分别增长25%、下降20%。",
        [30.0, 10.0, 20.0],
    ),
    # no base word, but amount and rate together
    (
        "投资收益45.6亿元，增加3.6亿元，增长8.6%。",
        "投资收益45.6亿元，增加3.6亿元，增长9.6%。",
        [45.6, 3.6, 9.6],
    ),
    # a decrease with 了 and 幅
    (
        "培训费12.00万元，与去年相比减少了3.00万元，降幅为20%。",
        "培训费12.00万元，与去年相比减少了3.00万元，降幅为25%。",
        [12.0, 3.0, 25],
    ),
    # a whole base beside a current figure with decimals is exact to those decimals
    (
        "邮电费支出3.5万元，比上年决算数7万元下降50%。",
        "邮电费支出3.5万元，比上年决算数7万元下降40%。",
        [40, 3.5, 7],
    ),
    (
        "维修费支出13.2万元，较上年的12万元增长10%。",
        "维修费支出13.2万元，较上年的12万元增长12%。",
        [12, 13.2, 12],
    ),
    (
        "咨询费8.25万元，与上年的11万元相比减少2.75万元。",
        "咨询费8.25万元，与上年的11万元相比减少2.95万元。",
        [8.25, 11, 2.95],
    ),
    # the previous figure in brackets after the current one
    (
        "办公费支出26.4万元（上年：24.0万元），增长10%。",
        "办公费支出26.4万元（上年：24.0万元），增长12%。",
        [26.4, 24.0, 12],
    ),
    (
        "培训人数330人（2023年：300人），增长10%。",
        "培训人数330人（2023年：300人），增长15%。",
        [330, 300, 15],
    ),
    (
        "水费支出8.8万元（上年为8.0万元），较上年增加0.8万元。",
        "水费支出8.8万元（上年为8.0万元），较上年增加1.8万元。",
        [8.8, 8.0, 1.8],
    ),
    # a negative change after a verb of increase is a decrease (`增加-1.5万元，增长-15%`)
    (
        "印刷费8.50万元，较上年增加-1.50万元，增长-15.00%。",
        "印刷费8.50万元，较上年增加-1.50万元，增长-25.00%。",
        [8.5, -1.5, -25.0],
    ),
    (
        "邮寄费4.00万元，同比增长-20.00%，增加-1.00万元。",
        "邮寄费4.00万元，同比增长-20.00%，增加-1.50万元。",
        [4.0, -1.5, -20.0],
    ),
    (
        "本年收入180万元，比上年的200万元增加-20万元，增长-10%。",
        "本年收入180万元，比上年的200万元增加-20万元，增长-12%。",
        [180, 200, -12],
    ),
    # the comparison opens its own sentence and names the whole, not the last part before it
    (
        "培训会议经费12.60万元，其中：会议费9.20万元；培训费3.40万元。与上年相比，培训会议经费减少2.40万元，下降16.00%。",
        "培训会议经费12.60万元，其中：会议费9.20万元；培训费3.40万元。与上年相比，培训会议经费减少2.40万元，下降19.00%。",
        [12.6, 2.4, 19.0],
    ),
    (
        "基本支出300.00万元，其中：人员经费240.00万元，公用经费60.00万元。与上年相比，基本支出增加20.00万元，增长7.14%。",
        "基本支出300.00万元，其中：人员经费240.00万元，公用经费60.00万元。与上年相比，基本支出增加20.00万元，增长9.14%。",
        [300.0, 20.0, 9.14],
    ),
    (
        "项目支出合计90万元，其中：甲项目50万元，乙项目40万元。与2023年相比，项目支出合计增加10万元，增长12.5%。",
        "项目支出合计90万元，其中：甲项目50万元，乙项目40万元。与2023年相比，项目支出合计增加10万元，增长14.5%。",
        [90, 10, 14.5],
    ),
    # … and a part's name inside the whole's is not the whole (`收入合计` is not `其他收入`)
    (
        "本年收入合计1250.80万元，其中：财政拨款收入1180.80万元；其他收入70.00万元。"
        "与上年相比，收入合计增加50.80万元，增长4.23%。",
        "本年收入合计1250.80万元，其中：财政拨款收入1180.80万元；其他收入70.00万元。"
        "与上年相比，收入合计增加50.80万元，增长5.23%。",
        [1250.8, 50.8, 5.23],
    ),
    # the comparison opens its own sentence
    (
        "差旅费支出18.00万元。比上年减少2.00万元，下降10.00%。",
        "差旅费支出18.00万元。比上年减少2.00万元，下降12.00%。",
        [18.0, 2.0, 12.0],
    ),
    # a second base of the same subject, after the first (`…；较年初预算…`)
    (
        "2024年度“三公”经费决算8.40万元。经对比，“三公”经费比上年决算减少0.20万元，"
        "下降2.33%；比年初预算减少5.60万元，下降40.00%。",
        "2024年度“三公”经费决算8.40万元。经对比，“三公”经费比上年决算减少0.20万元，"
        "下降2.33%；比年初预算减少5.60万元，下降45.00%。",
        [8.4, 5.6, 45.0],
    ),
    (
        "培训费支出9.00万元。与上年相比，培训费减少1.00万元，下降10.00%；与年初预算相比，"
        "减少3.00万元，下降25.00%。",
        "培训费支出9.00万元。与上年相比，培训费减少1.00万元，下降10.00%；与年初预算相比，"
        "减少3.00万元，下降20.00%。",
        [9.0, 3.0, 20.0],
    ),
    (
        "会议费支出4.50万元，比上年增加0.50万元，增长12.50%，比预算减少1.00万元，下降18.18%。",
        "会议费支出4.50万元，比上年增加0.50万元，增长12.50%，比预算减少1.00万元，下降28.18%。",
        [4.5, 1.0, 28.18],
    ),
]


@pytest.mark.parametrize(("good", "bad", "values"), WORDINGS)
def test_change_wordings(write, good, bad, values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL501"]
    assert len(found) == 1
    assert sorted(found[0][2]) == sorted(values)


@pytest.mark.parametrize(
    "text",
    [
        # the change in brackets belongs to the figure before it, not to the next one
        "差旅费120.50万元（较上年压缩2%），会议费86万元（与上年持平）。",
        # a base closed by a semicolon does not reach the next item
        "培训费40万元，较上年持平；接待费24.2万元，较上年减少1.2万元，下降4.72%。",
        # 新增 is newly added, not a change against a base
        "新增设备12台，新增投资30万元，增长率待核定。",
        # a change of a rate in points is not a relative change
        "执行率95%，较上年提高3个百分点。",
        # an approximate change is not checked exactly
        "支出200万元，比上年增加约30万元，增长18%。",
        # carried over from last year is a part of this year's income, not last year's income
        "本年收入合计80.00万元，上年结转合计20.00万元，增长5.00%。",
        "会议费9.00万元，较上年减少2.00万元，上年结转3.00万元。",
        # a range is not a change from one figure to another
        "补助标准由每户1至2万元提高，全年发放30万元。",
        "本年收入80.00万元，上年结转20.00万元，同比增长5.00%。",
        # a subject inside another's name is not that quantity (收入 is not 其他收入)
        "其他收入10.00万元。收入较上年增加2.00万元，增长50.00%。",
        # a subject without its kind word is not taken for a figure stated long before with one
        # (财政拨款 of 财政拨款收入, when the section is about spending)
        "财政拨款收入120.00万元。财政拨款支出决算情况：财政拨款较上年增加30.00万元，增长20.00%。",
        # the second comparison names a subject of its own, whose figure is not stated
        "培训费支出9.00万元。与上年相比，培训费减少1.00万元，下降10.00%；会议费较年初预算"
        "减少3.00万元，下降20.00%。",
    ],
)
def test_what_is_not_a_broken_change(write, text):
    assert codes(write(text)) == []


def test_opposite_directions(write):
    text = "接待费支出1.50万元，较上年减少0.03万元，增长0.02%。"
    assert [c[0] for c in codes(write(text))] == ["AL501"]


def test_negative_growth_is_a_decrease(write):
    assert codes(write("行政经费79.00亿元，同比减少10.00亿元，负增长11.24%。")) == []


def test_relation_roles(write):
    x = extract_text(write("公用经费支出30万元，比上年25万元增加5万元，增长20%。"))
    (rel,) = x.of_kind("change")
    shown = {k: x.fact(v).text for k, v in rel.roles.items()}
    assert shown == {"current": "30", "previous": "25", "delta": "5", "percent": "20"}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    previous=st.integers(min_value=20, max_value=9000),
    change=st.integers(min_value=1, max_value=900),
    up=st.booleans(),
    wording=st.sampled_from(
        [
            "{label}支出{cur}万元，较上年{verb}{d}万元，{rverb}{p}%。",
            "{label}支出{cur}万元，同比{rverb}{p}%，{verb}{d}万元。",
            "{label}支出{cur}万元，比上年{prev}万元{verb}{d}万元。",
        ]
    ),
    slip=st.integers(min_value=2, max_value=7),
)
def test_a_consistent_change_is_silent_and_one_broken_digit_is_not(
    tmp_path, previous, change, up, wording, slip
):
    """Property: any consistent change in these orders stays silent; changing its amount by a
    few units (beyond rounding) is found."""
    from auditlint.runner import lint

    if not up and change >= previous:
        return
    cur = previous + change if up else previous - change
    pct = f"{change * 100 / previous:.2f}"
    verb, rverb = ("增加", "增长") if up else ("减少", "下降")
    fill = dict(
        label="培训费", cur=f"{cur}.00", verb=verb, rverb=rverb, p=pct, prev=f"{previous}.00"
    )
    good = tmp_path / "good.txt"
    good.write_text(wording.format(d=f"{change}.00", **fill), encoding="utf-8")
    assert [f.code for f in lint([good]).findings] == []
    bad = tmp_path / "bad.txt"
    bad.write_text(wording.format(d=f"{change + slip}.00", **fill), encoding="utf-8")
    # the rate the broken amount implies: where it is within rounding of the stated one (a
    # 99% fall, where the base moves with the amount), silence is right
    implied = (change + slip) * 100 / (cur - change - slip if up else cur + change + slip)
    if "{prev}" not in wording and abs(implied - float(pct)) < 0.05:
        return
    assert "AL501" in [f.code for f in lint([bad]).findings]


def test_a_change_of_a_figure_stated_earlier(write):
    """`X比上年减少…` with X's figure in an earlier sentence: the change is checked against it."""
    text = "2024年三公经费预算数为8.00万元，主要用于接待。\n2024年三公经费预算数比上年减少2.00万元，减幅{p}%。\n"
    assert codes(write(text.format(p="20.00"))) == []
    found = [c for c in codes(write(text.format(p="25.00"))) if c[0] == "AL501"]
    assert [sorted(c[2]) for c in found] == [[2.0, 8.0, 25.0]]


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "2023年三公经费决算12.50万元。经比较，2023年三公经费比上年决算减少0.50万元，下降{p}%。",
            "3.85",
            "4.85",
        ),
        ("本年基本支出决算为260.00万元。基本支出比上年增加20.00万元，增长{p}%。", "8.33", "9.33"),
        ("项目支出实际完成90.00万元。\n项目支出较上年减少10.00万元，下降{p}%。", "10.00", "12.00"),
    ],
)
def test_a_change_whose_subject_names_no_kind_is_of_the_actual_figure(write, text, good, bad):
    assert codes(write(text.format(p=good))) == []
    assert [c[0] for c in codes(write(text.format(p=bad)))] == ["AL501"]


def test_a_subject_without_a_kind_is_not_a_budget(write):
    # 20 on 280 is 7.14%, not 8%: the change is of the actual spending, which is not stated
    text = "基本支出预算300.00万元。基本支出比上年增加20.00万元，增长8.00%。"
    assert codes(write(text)) == []


def test_a_named_figure_of_another_kind_is_not_taken(write):
    # the change is of the final account; the earlier figure is the budget
    text = "三公经费年初预算为20.00万元。\n三公经费决算数比上年减少1.00万元，下降9.00%。\n"
    assert codes(write(text)) == []


def test_opposite_directions_without_the_figure(write):
    text = "（二）商品和服务支出较上年减0.40万元，增0.10%。主要原因是培训增加。\n"
    assert [c[0] for c in codes(write(text))] == ["AL501"]


def test_a_figure_named_by_its_kind_in_a_sentence_about_the_subject(write):
    """`三公经费年初预算…，支出决算8.77万元`: the 决算 is the 三公经费's, which a later change of
    三公经费决算 is measured against."""
    text = (
        "2024年“三公”经费年初预算12.00万元，支出决算9.00万元。\n"
        "2024年“三公”经费支出决算数比上年减少1.00万元，下降{p}%。\n"
    )
    assert codes(write(text.format(p="10.00"))) == []
    found = [c for c in codes(write(text.format(p="12.00"))) if c[0] == "AL501"]
    assert [sorted(c[2]) for c in found] == [[1.0, 9.0, 12.0]]


def test_a_change_of_nothing_beside_cents_is_exactly_nothing(write):
    text = "印刷费3.00万元，较上年增加0万元，增长{p}%。"
    assert codes(write(text.format(p="0"))) == []
    assert [c[0] for c in codes(write(text.format(p="5")))] == ["AL501"]
    # beside whole amounts, 0 may stand for up to half a unit: 5% of 6 is that
    assert codes(write("印刷费6万元，较上年增加0万元，增长5%。")) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "办公费12.00万元，上年为12.00万元，与上年持平。",
            "办公费12.00万元，上年为11.00万元，与上年持平。",
            [12.0, 11.0],
        ),
        ("培训费5万元，与上年的5万元持平。", "培训费5万元，与上年的6万元持平。", [5.0, 6.0]),
        (
            "2024年接待费3.00万元，2023年为3.00万元，无增减变化。",
            "2024年接待费3.00万元，2023年为3.50万元，无增减变化。",
            [3.0, 3.5],
        ),
    ],
)
def test_unchanged_from_a_previous_figure_that_differs(write, good, bad, values):
    assert codes(write(good)) == []
    found = codes(write(bad))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL501", sorted(values))]


def test_about_the_same_allows_a_difference(write):
    assert codes(write("办公费12.00万元，上年为11.80万元，与上年基本持平。")) == []


def test_a_budget_kind_in_the_subject_is_no_kind_of_figure(write):
    """一般公共预算 names the money, not a budget: the change is of the spending."""
    text = (
        "本单位一般公共预算中的三公经费决算8.00万元。\n"
        "本单位一般公共预算中的三公经费决算数比上年减少1.00万元，下降{p}%。\n"
    )
    assert codes(write(text.format(p="11.11"))) == []
    assert [c[0] for c in codes(write(text.format(p="12.50")))] == ["AL501"]


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "1.教育支出88.00万元：主要用于学校的\n日常运转。较上年减少{x}\n万元，下降10.00%。\n",
            "9.78",
            "8.78",
        ),
        (
            "（二）基本支出230.00万元：用于保障机构\n正常运转。比上年增加{x}万元，增长15.00%。\n",
            "30.00",
            "32.00",
        ),
        (
            "2、项目支出64.00万元：主要是设备\n购置。与上年相比减少{x}万元，下降20.00%。\n",
            "16.00",
            "18.00",
        ),
    ],
)
def test_a_numbered_item_that_runs_on_lends_its_figure_to_the_next_sentence(write, text, good, bad):
    """A numbered line with a figure and text after its colon is the item's first sentence,
    wrapped onto the next line, not a title: a change that opens the next sentence is its."""
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL501"]


def test_a_title_that_ends_with_its_colon_lends_nothing(write):
    text = "（一）收入情况：\n较上年增加8.00万元，增长25.00%。\n"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("rate", "found"),
    [
        ("2.32", []),  # 110.40 ÷ 4750.00: the whole's change
        ("5.90", []),  # 110.40 ÷ 1870.00: the last part's
        ("4.10", ["AL501"]),  # neither
    ],
)
def test_a_change_after_a_list_of_parts_may_be_the_wholes(write, rate, found):
    text = (
        "本年支出合计4,860.40万元，其中基本支出2,880.00万元，项目支出1,980.40万元，"
        f"比上年增加110.40万元，增长{rate}%。"
    )
    assert [c[0] for c in codes(write(text))] == found


# Orders and forms of one change, each consistent (silent) and broken (AL501)
CHANGE_FORMS = [
    # the rate and the amount, each with its own base phrase: one change
    ("三公经费支出13.60万元，较上年下降13.38%，较上年减少2.10万元。", []),
    ("三公经费支出13.60万元，较上年下降12.00%，较上年减少2.10万元。", ["AL501"]),
    ("会议费9.00万元，同比增长12.50%，同比增加1.00万元。", []),
    ("会议费9.00万元，同比增长15.50%，同比增加1.00万元。", ["AL501"]),
    ("培训费6.00万元，比上年减少1.50万元，比上年下降20.00%。", []),
    ("培训费6.00万元，比上年减少1.50万元，比上年下降25.00%。", ["AL501"]),
    # a rate without a base right before the amount that names one
    ("商品和服务支出30.00万元，减幅7.69%，比上年减少2.50万元。", []),
    ("商品和服务支出30.00万元，减幅5.00%，比上年减少2.50万元。", ["AL501"]),
    ("收入完成840万元，增幅12%，比上年增收90万元。", []),
    ("收入完成840万元，增幅15%，比上年增收90万元。", ["AL501"]),
    ("公用经费48.00万元，降幅4.00%，较上年度减少2.00万元。", []),
    ("公用经费48.00万元，降幅6.00%，较上年度减少2.00万元。", ["AL501"]),
    # a rate's change in percentage points, against the previous rate stated
    ("资金执行率92.0%，较上年下降6.0个百分点，上年执行率98.0%。", []),
    ("资金执行率92.0%，较上年下降5.0个百分点，上年执行率98.0%。", ["AL501"]),
    ("资金执行率92.0%，较上年的98.0%下降6.0个百分点。", []),
    ("资金执行率92.0%，较上年的98.0%下降5.0个百分点。", ["AL501"]),
    ("基本支出占比75.0%，比上年提高2.0个百分点，上年占比73.0%。", []),
    ("基本支出占比75.0%，比上年提高3.0个百分点，上年占比73.0%。", ["AL501"]),
    ("资金执行率92.0%，较上年下降5.0个百分点。", []),  # no previous rate: nothing to check
    ("资金执行率92%，较上年下降5个百分点，上年执行率98%。", []),  # 92 − 98 within rounding
]


@pytest.mark.parametrize(("text", "found"), CHANGE_FORMS)
def test_forms_of_one_change(write, text, found):
    assert [c[0] for c in codes(write(text))] == found


def test_a_quoted_name_is_the_same_quantity_as_the_unquoted(write):
    """`“三公”经费` and `三公经费` name one concept, however many of their quotes a label kept."""
    text = (
        "“三公”经费支出21.00万元，其中：公务接待费6.00万元，公务用车运行费15.00万元。"
        "与上年相比，三公经费减少3.00万元，下降{p}%。"
    )
    assert codes(write(text.format(p="12.50"))) == []
    assert [(c[0], c[2]) for c in codes(write(text.format(p="15.50")))] == [
        ("AL501", [21.0, 3.0, 15.5])
    ]


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        # the clauses after a comparison name the parts that changed, stated before
        (
            "本年收入合计300万元，其中财政拨款收入250万元，其他收入50万元。收入合计较上年增加30万元，"
            "增长11.11%，其中财政拨款收入增加20万元，增长8.70%；其他收入增加10万元，增长25%。",
            "本年收入合计300万元，其中财政拨款收入250万元，其他收入50万元。收入合计较上年增加30万元，"
            "增长11.11%，其中财政拨款收入增加20万元，增长8.70%；其他收入增加10万元，增长35%。",
            [50, 10, 35],
        ),
        (
            "基本支出120万元，项目支出80万元。与上年相比，基本支出增加10万元，增长9.09%；"
            "项目支出减少20万元，下降20%。",
            "基本支出120万元，项目支出80万元。与上年相比，基本支出增加10万元，增长9.09%；"
            "项目支出减少20万元，下降30%。",
            [80, 20, 30],
        ),
        (
            "“三公”经费支出6.50万元，其中：公务接待费支出2.00万元；公务用车运行维护费支出4.50万元。\n"
            "“三公”经费支出比上年减少0.50万元，下降7.14%，其中：公务接待费支出减少0.20万元，"
            "下降9.09%；公务用车运行维护费支出减少0.30万元，下降6.25%。",
            "“三公”经费支出6.50万元，其中：公务接待费支出2.00万元；公务用车运行维护费支出4.50万元。\n"
            "“三公”经费支出比上年减少0.50万元，下降7.14%，其中：公务接待费支出减少0.20万元，"
            "下降19.09%；公务用车运行维护费支出减少0.30万元，下降6.25%。",
            [2.0, 0.2, 19.09],
        ),
    ],
)
def test_a_clause_after_the_comparison_names_what_changed(write, good, bad, values):
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL501"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_a_part_that_changed_is_not_the_total_before_it(write):
    """`其中人员经费增加12万元` after 基本支出's figure: the 12 is no change of the 120."""
    text = "基本支出120万元，较上年增加10万元，增长9.09%，其中人员经费增加12万元，增长15%。"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        # the previous figure stated after the word for no change
        (
            "公务接待费1.5万元，与上年持平，上年为1.5万元。",
            "公务接待费1.5万元，与上年持平，上年为1.8万元。",
            [1.5, 1.8],
        ),
        (
            "办公费3.2万元，较上年无增减，上年3.2万元。",
            "办公费3.2万元，较上年无增减，上年3.0万元。",
            [3.2, 3.0],
        ),
        (
            "差旅费2.0万元，同比持平（上年：2.0万元）。",
            "差旅费2.0万元，同比持平（上年：2.4万元）。",
            [2.0, 2.4],
        ),
    ],
)
def test_unchanged_from_a_previous_figure_stated_after(write, good, bad, values):
    assert codes(write(good)) == []
    assert [(c[0], c[2]) for c in codes(write(bad))] == [("AL501", values)]


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        (
            "支出5.60万元，比去年多0.60万元，增长12.00%。",
            "支出5.60万元，比去年多0.60万元，增长15.00%。",
        ),
        (
            "报刊费1.20万元，比上年多了0.20万元，增长20.00%。",
            "报刊费1.20万元，比上年多了0.20万元，增长25.00%。",
        ),
        (
            "培训费8.80万元，较上年多0.80万元，上年为8.00万元。",
            "培训费8.80万元，较上年多0.60万元，上年为8.00万元。",
        ),
    ],
)
def test_more_than_last_year(write, good, bad):
    """比上年多 (PHRASEBOOK §2 `少`/`多了`): a change up, like 增加."""
    assert codes(write(good)) == []
    assert [c[0] for c in codes(write(bad))] == ["AL501"]


def test_many_before_a_measure_word_is_no_change(write):
    assert codes(write("全县共有50多个村，其中30多个村通公交，差不多30万元用于培训。")) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "2024年办公费支出为40.00万元，2025年为46.00万元，增长15.00%。",
            "2024年办公费支出为40.00万元，2025年为46.00万元，增长14.00%。",
            [14.0, 46.0, 40.0],
        ),
        (
            "2024年度会议费25.60万元，2025年度为22.40万元，减少3.20万元。",
            "2024年度会议费25.60万元，2025年度为22.40万元，减少3.60万元。",
            [22.4, 25.6, 3.6],
        ),
        (
            "2024年培训人次为800人次，2025年为920人次，增加120人次，增长15%。",
            "2024年培训人次为800人次，2025年为920人次，增加120人次，增长12%。",
            [920, 800, 12],
        ),
    ],
)
def test_an_earlier_year_stated_first_is_the_previous_figure(write, good, bad, values):
    """`2024年为a，2025年为b，增长x%`: the later year's figure is the current one."""
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL501"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "（二）会议费支出3.20万元。\n会议费支出决算数较年初预算数减少0.80万元，下降20.00%。\n",
            "（二）会议费支出3.20万元。\n会议费支出决算数较年初预算数减少0.80万元，下降25.00%。\n",
            [3.2, 0.8, 25.0],
        ),
        (
            "1.培训费支出12.00万元。\n培训费支出决算比年初预算减少3.00万元，下降20.00%。\n",
            "1.培训费支出12.00万元。\n培训费支出决算比年初预算减少3.00万元，下降30.00%。\n",
            [12.0, 3.0, 30.0],
        ),
        (
            "3.印刷费支出4.50万元。\n印刷费支出执行数较预算数增加0.50万元，增长12.50%。\n",
            "3.印刷费支出4.50万元。\n印刷费支出执行数较预算数增加0.50万元，增长15.00%。\n",
            [4.5, 0.5, 15.0],
        ),
    ],
)
def test_a_change_against_budget_is_of_what_was_spent_stated_before(write, good, bad, values):
    """`X决算数较年初预算数减少…` after `（二）X 3.20万元`: the figure stated before, with its item
    marker and without the kind word, is what was spent."""
    assert codes(write(good)) == []
    found = [c for c in codes(write(bad)) if c[0] == "AL501"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_a_change_against_budget_is_not_of_the_budget_stated_before(write):
    text = "会议费预算3.20万元。\n会议费支出决算数较年初预算数减少0.80万元，下降30.00%。\n"
    assert [c for c in codes(write(text)) if c[0] == "AL501"] == []


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        (
            "2025年度收入总计864.30万元，支出总计864.30万元。与上年相比，收入、支出总计各增加52.10万元，增长6.42%。",
            "2025年度收入总计864.30万元，支出总计864.30万元。与上年相比，收入、支出总计各增加52.10万元，增长6.62%。",
        ),
        (
            "本年收入合计120.00万元，本年支出合计120.00万元。较上年，收入、支出合计均减少10.00万元，下降7.69%。",
            "本年收入合计120.00万元，本年支出合计120.00万元。较上年，收入、支出合计均减少10.00万元，下降8.69%。",
        ),
        (
            "基本支出30.00万元，项目支出30.00万元。与上年相比，基本、项目支出各增加5.00万元，增长20.00%。",
            "基本支出30.00万元，项目支出30.00万元。与上年相比，基本、项目支出各增加5.00万元，增长25.00%。",
        ),
    ],
)
def test_one_change_said_of_each_of_several_quantities(write, good, bad):
    """`收入、支出总计各增加…`: the change of each quantity named, each against its own figure."""
    assert codes(write(good)) == []
    assert [c[0] for c in codes(write(bad))] == ["AL501", "AL501"]


def test_a_shared_change_of_quantities_not_stated_is_left_alone(write):
    text = "本年收入合计120.00万元。较上年，收入、支出合计均减少10.00万元，下降7.69%。"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "found"),
    [
        # last year's level first, then this year's and the change: the amount and the rate
        (
            "上年支出{p}万元，本年支出960.50万元，比上年增加85.50万元，增长9.77%。",
            "875.00",
            "805.00",
            [[85.5, 805.0, 960.5], [9.77, 805.0, 960.5]],
        ),
        # last year's level first, this year's not stated: the rate against the amount
        (
            "去年接待费{p}万元，今年比去年减少0.60万元，下降25.00%。",
            "2.40",
            "3.40",
            [[0.6, 3.4, 25.0]],
        ),
        # the change first, last year's level after it
        (
            "与上年相比，培训人次增加120人次，增长15.00%，上年培训人次{p}人次。",
            "800",
            "900",
            [[15.0, 120, 900]],
        ),
    ],
)
def test_last_year_s_level_stated_before_or_after_the_change(write, text, good, bad, found):
    """`上年…X` names the previous value wherever it stands; where this year's figure is not
    stated, the rate is checked against the amount and the previous value alone."""
    assert codes(write(text.format(p=good))) == []
    got = codes(write(text.format(p=bad)))
    assert sorted((c[0], sorted(c[2])) for c in got) == sorted(("AL501", v) for v in found)


@pytest.mark.parametrize(
    "text",
    [
        # carried over from last year: a part of this year's money, not last year's level
        "上年结转20.00万元，本年支出120.00万元，比上年增加10.00万元，增长9.09%。",
        # a year by number first: this year's own figure
        "2023年支出120.00万元，比上年增加10.00万元，增长9.09%。",
    ],
)
def test_what_is_no_previous_level_stated_first(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the year compared with stated in a sentence before, item by item
        (
            "2022年培训费预算中，会议费12.0万元，印刷费8.0万元。\n"
            "2023年培训费预算中，会议费12.0万元（零增长），印刷费7.6万元（较2022年压缩5%）。\n",
            [],
        ),
        (
            "2022年培训费预算中，会议费12.0万元，印刷费8.0万元。\n"
            "2023年培训费预算中，会议费13.0万元（零增长），印刷费7.6万元（较2022年压缩5%）。\n",
            [("AL501", [0.0, 12.0, 13.0])],
        ),
        (
            "2022年，全县发放救助金450万元。\n2023年，全县发放救助金480万元，比上年增加20万元。\n",
            [("AL501", [20, 450, 480])],
        ),
        (
            "2021年接待来访群众1200人次。\n2022年接待来访群众1150人次，较2021年减少5%。\n",
            [("AL501", [5, 1150, 1200])],
        ),
    ],
)
def test_the_previous_year_s_figure_stated_in_a_sentence_before(write, text, found):
    """A change of a figure whose sentence states no previous value takes the figure of the
    same name stated for the year compared with, elsewhere in the report."""
    assert sorted((c[0], sorted(c[2])) for c in codes(write(text))) == found


def test_a_figure_of_another_year_or_name_is_no_previous_value(write):
    """2021's figure is no base for 比上年 in 2023; 印刷费 is no base for 会议费."""
    text = (
        "2021年会议费12.0万元。\n2022年印刷费9.0万元。\n2023年会议费15.0万元，比上年增加1.0万元。\n"
    )
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "截至6月底，项目预算执行率42.00%，低于序时进度（50%）{g}个百分点。",
            "8",
            "6",
            [6, 42.0, 50],
        ),
        ("截至9月底支出进度80%，高于时间进度75%{g}个百分点。", "5", "15", [15, 75, 80]),
        (
            "上半年资金支付进度为46.5%，慢于序时进度（50%）{g}个百分点。",
            "3.5",
            "4.5",
            [4.5, 46.5, 50],
        ),
    ],
)
def test_a_gap_to_the_reference_progress_is_their_difference(write, text, good, bad, values):
    """`执行率42%，低于序时进度（50%）8个百分点`: the gap in points between a rate and the
    reference it is measured by."""
    assert codes(write(text.format(g=good))) == []
    found = codes(write(text.format(g=bad)))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL501", sorted(values))]


def test_a_gap_to_a_reference_not_stated_is_left_alone(write):
    assert codes(write("截至9月底支出进度68%，低于序时进度7个百分点。")) == []


def test_a_rate_against_the_budget_says_so(write):
    """`较年初预算数减少6.3万元，下降55.3%` with the budget not stated: the message names the
    budget it implies (4.5 + 6.3), not a previous year's figure."""
    path = write("会议费支出决算4.5万元，较年初预算数减少6.3万元，下降55.3%。")
    (found,) = lint([path], Config()).findings
    assert found.code == "AL501" and "÷ 预算数 10.8" in found.message


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        ("原计划培训500人次，因疫情减少60人次，实际培训{r}人次。", "440", "450", [60, 450, 500]),
        (
            "全县登记贫困户1200户。经复核，减少15户，实际享受补助{r}户。",
            "1185",
            "1195",
            [15, 1195, 1200],
        ),
        ("年初计划建设道路20公里，年中增加5公里，最终建成{r}公里。", "25", "26", [5, 20, 26]),
    ],
)
def test_a_level_a_change_and_the_figure_it_resulted_in(write, text, good, bad, values):
    """`…500人次，因故减少60人次，实际培训440人次`: the figure named as the result (实际, 最终…)
    is the level before it changed by the amount between."""
    assert codes(write(text.format(r=good))) == []
    found = codes(write(text.format(r=bad)))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL501", values)]


def test_a_change_against_its_own_base_keeps_its_reading(write):
    """`比上年增加10万元` is last year's change of the 100, not a step to the 实际 after it."""
    assert codes(write("支出100万元，比上年增加10万元，实际支出120万元。")) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        ("培训费支出2.35万元，同比增长{x}%，上年同期为1.96万元。", "19.9", "18.2"),
        ("本月收入86.5万元，去年同期是80.2万元，同比增加{x}万元。", "6.3", "7.3"),
        ("一季度接待游客4.62万人次，上年同期为4.02万人次，同比增长{x}%。", "14.9", "13.0"),
    ],
)
def test_the_same_period_last_year_stated_in_a_clause_of_its_own(write, text, good, bad):
    """`上年同期为…` names the previous figure, as `上年为…` does; `较上年同期` is a base."""
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL501"]


def test_the_same_period_as_a_base_with_its_figure_inside(write):
    text = "支出5.20万元，较上年同期的4.80万元增加{x}万元。"
    assert codes(write(text.format(x="0.40"))) == []
    assert [c[0] for c in codes(write(text.format(x="0.50")))] == ["AL501"]


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        ("人员经费预算比上年增加12.60万元，增长{p}%，为166.20万元。\n", "8.20", "9.20"),
        ("机关运行经费比2024年减少3.20万元，下降{p}%，降至28.80万元。\n", "10.00", "11.00"),
        ("与上年相比，全年培训增加45人次，增长{p}%，达到345人次。\n", "15", "18"),
    ],
)
def test_the_figure_a_change_came_to_may_follow_it(write, text, good, bad):
    """`较上年增加12.6万元，增长8.2%，为166.2万元`: the figure after the change, opened by 为/
    达到/降至, is what changed (PHRASEBOOK §2: current, base, amount, rate, in any order)."""
    assert codes(write(text.format(p=good))) == []
    assert [c[0] for c in codes(write(text.format(p=bad)))] == ["AL501"]


def test_a_figure_after_a_change_that_names_itself_is_not_what_changed(write):
    text = "较上年增加12.60万元，增长30.00%，其中人员经费为50.00万元。\n"
    assert codes(write(text)) == []


RESPECTIVE_ONE_VERB = [
    # one verb before the list of changes serves each of them
    "基本支出和项目支出分别为120.5万元、80.2万元，比上年分别减少10.1万元、5.3万元，分别下降7.7%、{x}%。",
    # the levels named before the first 分别, which opens the changes
    "基本支出120.5万元、项目支出80.2万元，分别比上年减少10.1万元、5.3万元，分别下降7.7%、{x}%。",
]


@pytest.mark.parametrize("text", RESPECTIVE_ONE_VERB)
def test_respective_changes_under_one_verb(write, text):
    assert codes(write(text.format(x="6.2"))) == []
    assert codes(write(text.format(x="8.9"))) == [("AL501", 1, [80.2, 5.3, 8.9])]


def test_a_change_after_a_respective_list_is_of_the_list_not_its_last_figure(write):
    # the change is of the two together, whose sum the sentence does not state
    assert codes(write("甲、乙两项分别为80万元、20万元，比上年增加5万元，增长5.3%。")) == []
    # … and of their total where it does
    found = codes(write("甲、乙分别为80万元、20万元，合计100万元，比上年增加5万元，增长6.3%。"))
    assert found == [("AL501", 1, [100, 5, 6.3])]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("收入100万元，同比增加10万元。其中：拨款收入100万元，同比增加12万元。", [10, 12]),
        # the other part is zero: the one left is the whole
        (
            "三公经费3.4万元，较上年减少0.2万元。其中：因公出国费0万元，公务接待费3.4万元，较上年减少0.3万元。",
            [0.2, 0.3],
        ),
    ],
)
def test_a_part_that_is_all_of_its_total_changes_as_the_total_does(write, text, values):
    assert codes(write(text)) == [("AL301", 1, values)]


@pytest.mark.parametrize(
    "text",
    [
        "支出50万元，比上年减少5万元，下降9.1%。其中：基本支出50万元，比上年减少5万元，下降9.1%。",
        "支出50万元，比上年减少5万元，下降9.1%。其中：基本支出50万元，比上年减少5万元，下降9%。",
        "收入100万元，同比增加10万元。其中：拨款收入80万元，同比增加12万元。",  # not all of it
    ],
)
def test_what_is_not_a_sole_parts_other_change(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("公务接待费3.8万元，比上年减少-2.56%。", [3.8, -2.56]),
        ("公务接待费3.8万元，比上年下降-0.1万元。", [3.8, -0.1]),
        ("公务接待费3.8万元，同比降低-0.3万元。", [3.8, -0.3]),
    ],
)
def test_a_decrease_by_a_negative_figure(write, text, values):
    assert codes(write(text)) == [("AL705", 1, values)]


@pytest.mark.parametrize(
    "text",
    [
        "公务接待费3.8万元，比上年增长-2.56%。",  # growth below zero: a decrease, written so
        "公务接待费3.8万元，比上年减少0.1万元，下降2.56%。",
    ],
)
def test_what_is_no_double_negative(write, text):
    assert codes(write(text)) == []


def test_a_signed_change_word_carries_its_direction_in_the_sign(write):
    assert codes(write("公务接待费3.8万元，比上年增减-0.3万元。")) == []
