"""The rate frame on wordings of our own: a named rate of two amounts in its clause group."""

import pytest
from conftest import codes

WORDINGS = [
    ("项目资金80.00万元，已拨付72.00万元，拨付率{p}%。", "90.00", "95.00"),
    ("到位资金60.00万元，实际使用57.00万元，资金使用率{p}%。", "95.00", "97.00"),
    ("年初批复预算150.00万元，截至年底支付120.00万元，支付进度{p}%。", "80.00", "85.00"),
    # the rate names what was done: that amount over the base, in either order
    ("项目资金到位54万元，计划投资60万元，到位率{p}%。", "90", "100"),
    ("发放补助资金95万元，下达资金100万元，资金发放率{p}%。", "95", "90"),
    ("已拨付资金45.00万元，年初预算50.00万元，拨付率{p}%。", "90.00", "80.00"),
    # the budget a change in the same clause group was against
    ("公务接待费6.80万元，较年初预算8.00万元减少1.20万元，完成预算的{p}%。", "85.00", "88.00"),
    # the base named right after the rate
    ("本年支出合计150.00万元，完成年初预算的{p}%，年初预算200.00万元。", "75.00", "80.00"),
    ("支出决算18.60万元，完成预算的{p}%，比年初预算20.00万元减少1.40万元。", "93.00", "98.00"),
    ("实际拨付45万元，拨付率{p}%，下达资金50万元。", "90", "95"),
    # a completion rate of what was done against the target or task (PHRASEBOOK §4 完成率)
    ("新建农田面积目标值2.5万亩，实际完成2.43万亩，完成率{p}%。", "97.2", "90.2"),
    ("全年任务60场，实际开展54场，完成任务的{p}%。", "90", "95"),
    ("计划改造40户，实际完成38户，完成计划的{p}%。", "95", "90"),
    # both amounts named by the rate's word: the one due or planned, the one done
    ("应到位资金150万元，实际到位资金135万元，资金到位率{p}%。", "90", "100"),
    ("计划发放补贴320万元，实际发放补贴304万元，发放率{p}%。", "95", "98"),
    ("应拨付资金60万元，已拨付资金54万元，拨付率{p}%。", "90", "95"),
    # the base stated inside the rate (`是/为/相当于/完成 + base + 的 + x%`, PHRASEBOOK §4)
    ("实际支出180万元，是年初预算200万元的{p}%。", "90", "95"),
    ("全年支出180万元，相当于全年预算200万元的{p}%。", "90", "85"),
    ("累计完成投资3.6亿元，达到计划投资4亿元的{p}%。", "90", "80"),
    # a whole base beside decimals is exact to them: 2 is 2.0, so 95% is no rounding of 85%
    ("支出决算1.7万元，完成预算2万元的{p}%。", "85", "95"),
    # the rate named as what it completed of the plan, year or task
    ("计划建设农田2.00万亩。全年完成农田建设2.10万亩，完成计划任务的{p}%。", "105.00", "110.00"),
    ("计划改造老旧小区12个，实际改造老旧小区10个，完成年度计划的{p}%。", "83", "100"),
    ("年度目标培训600人次，实际培训630人次，完成年度目标的{p}%。", "105", "115"),
    # what was done named by the verb the plan names (`计划新建…`, `新建…`)
    ("新建机耕路36.00公里，计划新建40.00公里，完成率{p}%。", "90.00", "92.00"),
    ("改造农村危房38户，计划改造40户，完成率{p}%。", "95", "85"),
    ("计划修缮校舍1200平方米，实际修缮校舍1080平方米，完成率{p}%。", "90", "80"),
    # the rate first, its two amounts after it
    ("资金到位率{p}%，计划资金80万元，实际到位资金76万元。", "95", "100"),
    ("拨付率为{p}%，下达资金250.00万元，已拨付225.00万元。", "90.00", "96.00"),
    ("项目资金使用率{p}%：到位资金40万元，已使用36万元。", "90", "80"),
]


def test_a_rate_first_then_two_amounts_it_does_not_name_is_left_alone(write):
    """Two amounts after a rate that the words name neither as its base nor as what was done
    (parts of a fund): no reading of the rate, no finding."""
    assert codes(write("资金到位率100%，中央补助60万元，县级配套35万元。\n")) == []


@pytest.mark.parametrize(("text", "good", "bad"), WORDINGS)
def test_rate_wordings(write, text, good, bad):
    assert codes(write(text.format(p=good))) == []
    assert [c[0] for c in codes(write(text.format(p=bad)))] == ["AL102"]


@pytest.mark.parametrize(
    "text",
    [
        # each rate belongs to the amount of its own clause; the budgets are not stated
        "本级支出300.00亿元，完成预算的100%；转移支付870.00亿元，完成预算的97.6%。",
        # a completion rate above 100% is normal, and its pair fits
        "计划投入200万元，实际到位230万元，到位率115%。",
        # two base amounts and no pair that fits: no reading to stand on
        "下达资金120万元，调减35万元，全年实际下达85万元，发放率100%。",
        # last year's figure after a rate is no base of it
        "支出决算18.60万元，完成预算的93.00%，上年支出20.00万元。",
        # an indicator's rate is stated, not derived from the target's figures
        "验收合格率目标值100%，实际合格率100%，受益户数目标值120户，实际130户。",
        # two amounts of the rate's word, neither said to be due: no reading
        "第一批到位资金40万元，第二批到位资金36万元，到位率100%。",
    ],
)
def test_what_is_not_a_broken_rate(write, text):
    assert codes(write(text)) == []


def test_a_rate_whose_base_is_the_sentence_before(write):
    text = "本项目预算资金280.00万元。截至年底已拨付资金{e}万元，资金拨付率96%。"
    assert codes(write(text.format(e="268.80"))) == []
    assert [c[0] for c in codes(write(text.format(e="248.80")))] == ["AL102"]


def test_a_sub_items_rate_is_not_of_the_total_before(write):
    # the sentence before holds the total and its spending: not this item's base
    text = "三公经费预算18.60万元，决算6.10万元。公务用车费支出决算2.70万元，完成预算的100%。"
    assert codes(write(text)) == []


def test_a_share_of_a_total_named_inside_a_longer_label(write):
    text = (
        "2024年省级总支出安排800.00亿元，其中，本级支出200.00亿元，占总支出的{p}%；其他600.00亿元。"
    )
    assert codes(write(text.format(p="25.0"))) == []
    assert [c[0] for c in codes(write(text.format(p="22.5")))] == ["AL103"]


def test_a_rate_whose_base_is_a_total_in_the_sentence_before(write):
    text = (
        "本项目年初预算资金1,200.00万元，其中中央资金800.00万元、省级资金250.00万元、"
        "县级资金150.00万元。全年实际到位资金1,150.00万元，资金到位率{p}%。"
    )
    assert codes(write(text.format(p="95.83"))) == []
    assert [c[0] for c in codes(write(text.format(p="93.83")))] == ["AL102"]


def test_budget_revenue_is_no_base_of_spending(write):
    text = (
        "一般公共预算收入870.00亿元，为预算的100%。一般公共预算支出1200.00亿元，完成预算的97.6%。"
    )
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        # the base in a section before, naming the very thing done
        (
            "（一）资金安排\n全年共安排助学补助资金800万元。\n（二）资金使用\n"
            "截至年底累计支出助学补助资金720万元，资金支出率{p}%。\n",
            "90",
            "95",
        ),
        (
            "一、资金下达\n下达农机购置补贴资金250万元。\n二、资金发放\n"
            "已发放农机购置补贴资金240万元，发放率{p}%。\n",
            "96",
            "98",
        ),
        (
            "1.预算安排\n年初预算安排培训经费40万元。\n2.执行情况\n全年使用培训经费36万元，使用率{p}%。\n",
            "90",
            "80",
        ),
        # the thing named in either order of verb and object
        (
            "（一）项目概况\n本项目计划改造供水管网12.5公里，总投资900万元。\n（二）实施情况\n"
            "全年完成供水管网改造12.0公里，完成计划的{p}%。\n",
            "96",
            "98",
        ),
        # the thing named by a base word itself: what arrived, then what was spent of it
        (
            "（一）资金到位\n项目资金实际到位3600万元。\n（二）资金支出\n"
            "项目资金已支出3420万元，支付进度为{p}%。\n",
            "95",
            "90",
        ),
    ],
)
def test_a_rate_whose_base_names_the_same_thing_in_a_section_before(write, text, good, bad):
    assert codes(write(text.format(p=good))) == []
    assert [c[0] for c in codes(write(text.format(p=bad)))] == ["AL102"]


def test_a_base_named_by_a_base_word_of_another_thing_is_not_taken(write):
    text = "（一）资金到位\n培训资金实际到位50万元。\n（二）资金支出\n项目资金已支出45万元，支付进度为80%。\n"
    assert codes(write(text)) == []


def test_a_base_of_another_thing_in_a_section_before_is_not_taken(write):
    text = (
        "（一）资金安排\n全年共安排助学补助资金800万元。\n（二）资金使用\n"
        "截至年底累计支出营养改善资金720万元，资金支出率95%。\n"
    )
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("rate", "found"),
    [
        ("98", []),  # 441 ÷ 450, the adjusted budget
        ("105", []),  # 441 ÷ 420, the first budget: a base the text names
        ("96", ["AL102"]),
    ],
)
def test_a_rate_after_a_budget_adjusted_is_of_the_budget_either_way(write, rate, found):
    """`年初预算…，追加…，调整后预算…` then a rate of what was spent: the adjusted budget is
    read, and the first one is a base the rate may mean."""
    text = (
        "项目年初预算安排资金420万元，年中追加30万元，调整后预算450万元。"
        f"截至年底，实际支出441万元，预算执行率{rate}%。"
    )
    assert [c[0] for c in codes(write(text))] == found


def test_a_rate_of_a_base_inside_is_of_that_base_only(write):
    """Two percentages, each of the base named right before it: 180 is 90% of the budget and
    120% of the year before."""
    text = "实际支出180万元，是年初预算200万元的90%，是上年150万元的120%。"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        # what was saved or is left over the base (PHRASEBOOK §4 节约率, 结余率)
        (
            "全年政府采购预算120.00万元，实际采购112.50万元，节约资金7.50万元，节约率{p}%。",
            "6.25",
            "6.55",
        ),
        ("项目预算80万元，实际支出72万元，结余资金8万元，结余率{p}%。", "10", "12"),
        # the saving is also read as a change: it is the rate's numerator all the same
        ("计划采购100万元，实际采购90万元，节约10万元，节约率{p}%。", "10", "15"),
    ],
)
def test_a_saving_or_remainder_rate_is_of_the_base(write, text, good, bad):
    assert codes(write(text.format(p=good))) == []
    assert [c[0] for c in codes(write(text.format(p=bad)))] == ["AL102"]


def test_a_remainder_rate_without_its_base_is_left_alone(write):
    assert codes(write("预算执行率95%，预算结余资金20万元，结余率5%。")) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        # what was done over what was done and what was not (PHRASEBOOK §4 分配率)
        ("已分配9.5亿元，未分配0.5亿元，分配率{p}%。", "95", "90"),
        ("已拨付资金450万元，尚未拨付50万元，拨付率{p}%。", "90", "80"),
        ("项目资金已支付36万元，未支付4万元，支付率{p}%。", "90", "96"),
    ],
)
def test_a_rate_of_what_was_done_and_what_was_not(write, text, good, bad):
    assert codes(write(text.format(p=good))) == []
    assert [c[0] for c in codes(write(text.format(p=bad)))] == ["AL102"]


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        ("收到项目资金520万元。已支出480万元，结余40万元，资金执行率为{p}%。", "92.31", "90.31"),
        ("预算安排60万元，实际支出54万元，剩余6万元，预算执行率{p}%。", "90", "80"),
        (
            "下达资金200万元，其中省级150万元。已拨付190万元，尚未使用10万元，拨付率{p}%。",
            "95",
            "85",
        ),
    ],
)
def test_what_is_left_is_neither_the_base_nor_what_was_done(write, text, good, bad):
    """A rate of what was done, stated after what is left: of the base, not of the remainder."""
    assert codes(write(text.format(p=good))) == []
    assert [c[0] for c in codes(write(text.format(p=bad)))] == ["AL102"]


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "项目总投资800.00万元。截至年底，资金实际到位720.00万元，到位率90.00%；"
            "已支付资金648.00万元，支付率{p}%。\n",
            "90.00",
            "80.00",
        ),
        (
            "下达补助资金500.00万元。截至年底，已到位资金450.00万元，到位率90.00%；"
            "已拨付资金405.00万元，拨付率{p}%。\n",
            "90.00",
            "70.00",
        ),
        (
            "项目预算200.00万元。资金到位180.00万元，到位率90.00%；已使用162.00万元，使用率{p}%。\n",
            "90.00",
            "70.00",
        ),
    ],
)
def test_a_rate_of_what_was_done_next_may_be_of_the_amount_before_it(write, text, good, bad):
    """A rate whose base is taken from a sentence before (the investment) may be of the amount
    of the step before it (what arrived): either reading that gives it is enough."""
    assert codes(write(text.format(p=good))) == []
    assert [c[0] for c in codes(write(text.format(p=bad)))] == ["AL102"]


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "项目总投资600.00万元，其中：中央资金360.00万元，县级资金240.00万元。\n"
            "全年执行540.00万元。其中，中央资金执行324.00万元，执行率{p}%。\n",
            "90.00",
            "95.00",
        ),
        (
            "本年安排培训经费50.00万元。\n截至年底，培训经费支出45.00万元，支出率{p}%。\n",
            "90.00",
            "85.00",
        ),
        (
            "省级补助资金120.00万元用于设备购置。\n省级补助资金已拨付108.00万元，拨付率{p}%。\n",
            "90.00",
            "80.00",
        ),
    ],
)
def test_a_rate_of_a_thing_stated_before_by_its_name_alone(write, text, good, bad):
    """`中央资金360万元` … `中央资金执行324万元，执行率90%`: the same thing stated before, with no
    word of what was done with it, is the rate's base."""
    assert codes(write(text.format(p=good))) == []
    assert [c[0] for c in codes(write(text.format(p=bad)))] == ["AL102"]


def test_a_thing_stated_before_as_done_is_no_base(write):
    text = "中央资金支出300.00万元。\n中央资金执行324.00万元，执行率70.00%。\n"
    assert [c for c in codes(write(text)) if c[0] == "AL102"] == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        # the satisfied of the returned questionnaires, not of those sent out
        ("发放问卷500份，收回480份，其中满意456份，满意度为{r}%。", "95", "90", [90, 456, 480]),
        ("随机走访农户200户，对项目表示满意的190户，满意率{r}%。", "95", "90", [90, 190, 200]),
        ("共收回有效问卷320份，满意和基本满意的304份，满意度{r}%。", "95", "90", [90, 304, 320]),
    ],
)
def test_a_survey_s_rate_is_the_satisfied_over_those_who_answered(write, text, good, bad, values):
    assert codes(write(text.format(r=good))) == []
    found = codes(write(text.format(r=bad)))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL102", values)]


@pytest.mark.parametrize(
    "text",
    [
        # of those sent out, where all were returned or the report counts so: another reading
        "发放问卷500份，收回480份，其中满意456份，满意度为91.2%。",
        # two levels of satisfied: which make the rate is not said
        "收回问卷100份，非常满意60份，满意25份，满意度85%。",
        # no count of those who answered
        "满意度调查显示，表示满意的占多数，满意度达96%。",
    ],
)
def test_a_survey_s_rate_it_cannot_recompute_is_left_alone(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL102"] == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "资金分配到东城区、西城区、南山县三个县（区），分别为2100万元、1500万元、2400万元。\n"
            "东城区支出2016万元，支出率{r}%；西城区支出1320万元，支出率88%。\n",
            "96",
            "99",
        ),
        (
            "省级资金下达给甲镇、乙镇，分别为80万元、60万元。\n甲镇已拨付72万元，拨付率{r}%。\n",
            "90",
            "95",
        ),
        (
            "补助资金拨付到A村、B村，分别为50万元、30万元。\nA村实际使用45万元，使用率{r}%。\n",
            "90",
            "80",
        ),
    ],
)
def test_the_base_of_a_place_s_rate_is_what_was_given_to_it(write, text, good, bad):
    """`资金分配到A、B，分别为…` names the places, not `资金分配到A`: each place's later rate
    is of the sum it was given."""
    assert codes(write(text.format(r=good))) == []
    assert [c[0] for c in codes(write(text.format(r=bad)))] == ["AL102"]


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        ("全年受理投诉举报126件，已办结118件，办结率{x}%，其余8件正在办理中。", "93.7", "94.6"),
        ("本次共抽查项目18个，发现问题项目6个，问题发生率为{x}%。", "33.3", "30.0"),
        ("检测样品240批次，合格235批次，合格率{x}%。", "97.9", "98.9"),
        # more passed than were tested: no reading gives a rate under 100%
        ("共检测水样1250份，合格{x}份，合格率97.4%。", "1218", "1518"),
    ],
)
def test_a_rate_named_for_what_was_done_of_two_counts(write, text, good, bad):
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL102"]


@pytest.mark.parametrize(
    "text",
    [
        # of the hidden dangers found, not of the firms inspected
        "检查企业120家，发现隐患企业30家，整改隐患企业28家，整改率93.3%。",
        # one count only: nothing to measure the rate by
        "培训120人，考核合格率98%。",
        "全县12个乡镇，覆盖率100%。",
    ],
)
def test_a_rate_of_counts_any_count_before_may_be_its_base(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "年初预算安排资金185.00万元，年中追加25.00万元，调整后预算为210.00万元。\n（三）资金使用情况\n"
            "截至年底，项目实际支出198.45万元，预算执行率为{x}%。\n",
            "94.50",
            "97.50",
        ),
        (
            "全年预算资金64.00万元。\n二、资金使用\n全年已支出资金59.52万元，预算执行率{x}%。\n",
            "93.00",
            "95.00",
        ),
        (
            "项目年初预算数120.0万元。\n（二）执行情况\n实际支出111.6万元，预算执行率为{x}%。\n",
            "93.0",
            "96.0",
        ),
    ],
)
def test_a_budget_rate_takes_the_budget_of_a_paragraph_before(write, text, good, bad):
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL102"]


def test_a_budget_of_another_year_before_is_no_base(write):
    text = (
        "2024年预算资金64.00万元。\n二、资金使用\n2025年已支出资金59.52万元，预算执行率95.00%。\n"
    )
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "一、基本情况\n本年下达乡村振兴补助资金150.00万元，用于道路硬化。\n"
            "二、资金使用\n截至年底，该项目已拨付资金138.00万元，资金拨付率{p}%。\n",
            "92.00",
            "96.00",
        ),
        (
            "上级批复专项经费40万元。\n（二）执行情况\n项目经费实际支付36万元，支付率为{p}%。\n",
            "90",
            "80",
        ),
        (
            "县财政安排奖补资金75.0万元。\n三、绩效情况\n全年已兑付资金72.0万元，资金兑付率{p}%。\n",
            "96.0",
            "99.0",
        ),
    ],
)
def test_a_rate_named_for_what_was_done_takes_the_one_base_stated_before(write, text, good, bad):
    """`下达…150万元` … `已拨付138万元，拨付率92%`: the only base the report has stated so far,
    whatever its name, is what a rate named for what was done is of."""
    assert codes(write(text.format(p=good))) == []
    assert [c[0] for c in codes(write(text.format(p=bad)))] == ["AL102"]


@pytest.mark.parametrize(
    "text",
    [
        # two bases stated before: which one the rate is of, the words do not say
        "下达中央资金120.00万元，下达省级资金50.00万元。\n二、资金使用\n"
        "已拨付资金45.00万元，拨付率80.00%。\n",
        # a rate named for its base (完成预算的) of a part's spending: the part's own budget
        "三公经费预算18.60万元。\n（二）公务用车\n公务用车运行费支出2.70万元，完成预算的100%。\n",
    ],
)
def test_a_base_stated_before_that_may_not_be_the_rate_s_is_not_used(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "该项目全年预算数200.00万元，全年执行数180.00万元。项目预算执行率为{x}%，得分9分。",
            "90.00",
            "95.00",
            [200.0, 180.0, 95.0],
        ),
        (
            "下达资金150.00万元，已拨付138.00万元。资金拨付率为{x}%。",
            "92.00",
            "95.00",
            [150.0, 138.0, 95.0],
        ),
        (
            "年初安排资金64.00万元，实际使用资金60.80万元。资金使用率达到{x}%，较上年有所提高。",
            "95.00",
            "97.00",
            [64.0, 60.8, 97.0],
        ),
    ],
)
def test_a_rate_in_a_sentence_of_its_own_is_of_the_two_amounts_before(
    write, text, good, bad, values
):
    assert codes(write(text.format(x=good))) == []
    assert [(c[0], c[2]) for c in codes(write(text.format(x=bad)))] == [("AL102", values)]


@pytest.mark.parametrize(
    "text",
    [
        # two bases before: which one the rate is of, the text does not say
        "年初预算200.00万元，调整预算180.00万元。预算执行率为95.00%。",
        # the rate of what was spent of what arrived, stated between the budget and the spending
        "项目总预算200.00万元，已下达资金180.00万元；实际支出150.00万元，预算执行率83.33%。",
    ],
)
def test_a_rate_another_reading_gives_is_silent(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # each clause group's budget is the one its spending is of
        (
            "下达甲镇补助资金80.00万元，已全部发放，结余为0；乙镇补助资金120.00万元，发放110.00万元，结余10.00万元。",
            [],
        ),
        (
            "年初预算市级资金50.00万元，已全部拨付；县级资金预算90.00万元，实际支出95.00万元。",
            [("AL101", [90.0, 95.0])],
        ),
        # one budget, then its spending in the next clause group
        ("全年预算数为60.00万元；全年执行数为66.00万元。", [("AL101", [60.0, 66.0])]),
    ],
)
def test_spending_is_of_the_budget_of_its_own_clause_group(write, text, found):
    assert [(c[0], c[2]) for c in codes(write(text + "\n"))] == found


# a rate whose base is stated earlier in its sentence, before another rate (`…到位240万元，到位率
# 100%，已支付216万元，支付率90%`): the amounts after the first rate hold only what was done
BASE_BEFORE_ANOTHER_RATE = [
    (
        "本年度共下达补助资金150万元，下达率100%，实际发放补助资金135万元，发放率{x}%。",
        "90",
        "92",
        [150, 135, 92],
    ),
    ("项目预算资金80万元，到位率100%，已使用68万元，使用率{x}%。", "85", "90", [80, 68, 90]),
    ("培训经费到位30万元，到位率100%；已支出27万元，支出率{x}%。", "90", "95", [30, 27, 95]),
]


@pytest.mark.parametrize(("text", "good", "bad", "values"), BASE_BEFORE_ANOTHER_RATE)
def test_a_rate_takes_its_base_from_before_another_rate(write, text, good, bad, values):
    assert codes(write(text.format(x=good))) == []
    assert [(c[0], c[2]) for c in codes(write(text.format(x=bad)))] == [("AL102", values)]


def test_a_base_of_another_subject_before_another_rate_is_not_taken(write):
    assert codes(write("甲镇资金到位80万元，到位率100%，乙镇已支付60万元，支付率80%。")) == []


# a form's budget and spending figures set down in a line of prose without their unit (the
# unit stands over the form): named by the form's column words, they are amounts
FORM_FIGURES = [
    ("全年预算数 64.00，全年执行数 {x}，执行率 90%", "57.60", "58.60", "AL102", [64.0, 58.6, 90]),
    ("年初预算数：120，全年执行数：{x}，执行率：80%", "96", "102", "AL102", [120, 102, 80]),
    ("预算数 37.4 决算数 {x}", "31.6", "39.6", "AL101", [37.4, 39.6]),
]


@pytest.mark.parametrize(("text", "good", "bad", "code", "values"), FORM_FIGURES)
def test_form_figures_without_a_unit(write, text, good, bad, code, values):
    assert codes(write(text.format(x=good))) == []
    assert (code, values) in [(c[0], c[2]) for c in codes(write(text.format(x=bad)))]


def test_counts_named_as_budgeted_are_no_amounts(write):
    assert codes(write("本年度预算项目数5个，执行数6个。")) == []
