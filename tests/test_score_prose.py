"""One indicator's score in one sentence (extract/scores.py, score_clauses), on wordings of our
own: no score above its weight (AL402), the weight less what was deducted (AL406), and an
execution rate's score as rate × weight (AL405)."""

import pytest
from conftest import codes


@pytest.mark.parametrize(
    ("good", "bad", "code"),
    [
        ("产出指标分值50分，得分48分。", "产出指标分值50分，得分52分。", "AL402"),
        ("该项满分10分，得分9分。", "该项满分10分，得分11分。", "AL402"),
        ("时效指标权重20分，得分18分。", "时效指标权重20分，得分21分。", "AL402"),
        (
            "该指标分值5分，因材料不全扣1分，得4分。",
            "该指标分值5分，因材料不全扣1分，得3分。",
            "AL406",
        ),
        ("满分10分，扣2分，得8分。", "满分10分，扣2分，得7分。", "AL406"),
        # what was deducted said after the score
        ("该项满分10分，得9.5分，扣0.5分。", "该项满分10分，得9.5分，扣1.5分。", "AL406"),
        (
            "该指标分值8分，得分6分，扣2分，原因是资料不全。",
            "该指标分值8分，得分6分，扣3分，原因是资料不全。",
            "AL406",
        ),
        ("分值5分，得4分，扣0.5分，扣0.5分。", "分值5分，得4分，扣0.5分，扣1.5分。", "AL406"),
        (
            "标准分15分，因进度滞后扣3分，得分12分。",
            "标准分15分，因进度滞后扣3分，得分13分。",
            "AL406",
        ),
        (
            "预算执行率98%，得分9.8分（满分10分）。",
            "预算执行率98%，得分9.5分（满分10分）。",
            "AL405",
        ),
        ("资金执行率90%，满分10分，得分9分。", "资金执行率90%，满分10分，得分8分。", "AL405"),
        ("预算执行率100%，分值10分，得10分。", "预算执行率100%，分值10分，得9分。", "AL405"),
    ],
)
def test_one_indicators_score(write, good, bad, code):
    assert codes(write(good)) == []
    assert [c[0] for c in codes(write(bad))] == [code]


@pytest.mark.parametrize(
    "text",
    [
        # two weights: which score is whose is not said
        "产出指标分值50分，效益指标分值30分，得分75分。",
        # a deduction after the score belongs to something else
        "满分10分，得8分，另有2项扣1分的情形已整改。",
        # a deduction said after the score and then split into its own parts
        "该指标分值8分，得分6分，扣2分，其中资料不全扣1.5分、逾期扣1分。",
    ],
)
def test_what_is_no_score_of_one_indicator(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "自评总分100分，扣分情况：绩效目标不细化扣2分，资金拨付不及时扣3分，最终得分{s}分。",
            "95",
            "96",
        ),
        ("本项目总分100分，其中档案不全扣1.5分，自评得分{s}分。", "98.5", "98"),
        ("评价总分100分，进度滞后扣4分、资料缺失扣1分，综合得分{s}分。", "95", "94"),
    ],
)
def test_deductions_stated_before_the_score(write, text, good, bad):
    assert codes(write(text.format(s=good))) == []
    assert [c[0] for c in codes(write(text.format(s=bad)))] == ["AL406"]


def test_a_deduction_after_such_a_score_is_of_something_else(write):
    text = "自评总分100分，资金拨付不及时扣2分，最终得分98分。其他单位同类指标扣1分。"
    assert codes(write(text)) == []


LEVEL_ITEMS = (
    "三、绩效评价结果\n（一）产出指标（50分），得分48分。\n（二）效益指标（30分），得分30分。\n"
    "（三）满意度指标（10分），得分9分。\n（四）预算执行率（10分），得分10分。\n"
    "综合得分{t}分，评价等级为优。\n"
)


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (LEVEL_ITEMS, "97", "95"),  # the levels' items, then the total score
        (
            "项目决策得分18分，项目过程得分19分，项目产出得分36分，项目效益得分20分，综合评分为{t}分。",
            "93",
            "95",
        ),
        (
            "经评价，本项目总得分为{t}分。其中：决策指标得分17分，过程指标得分18分，产出指标得分34分，效益指标得分17分。",
            "86",
            "88",
        ),
    ],
)
def test_the_levels_scores_add_up_to_the_total_score(write, text, good, bad):
    assert codes(write(text.format(t=good))) == []
    assert [c[0] for c in codes(write(text.format(t=bad)))] == ["AL201"]


def test_a_total_score_does_not_sum_the_weights_beside_it(write):
    text = "产出指标50分，效益指标30分，满意度指标10分，预算执行率10分，自评得分96分。"
    assert codes(write(text)) == []


LEVELS = "一、决策（{a}分）得分18分\n二、过程（20分）得分19分\n三、产出（40分）得分37分\n四、效益（20分）得分{b}分\n"


@pytest.mark.parametrize(
    ("a", "b", "closing", "found"),
    [
        ("20", "18", "总分100分，自评得分92分。", []),
        ("20", "18", "总分100分，自评得分94分。", [("AL201", [94, 18, 19, 37, 18])]),
        ("25", "18", "总分100分，自评得分92分。", [("AL201", [100, 25, 20, 40, 20])]),
        ("20", "16", "满分100分，综合得分92分。", [("AL201", [92, 18, 19, 37, 16])]),
        # full marks alone, without the score: nothing of the items' scores to total
        ("25", "18", "总分100分。", []),
    ],
)
def test_full_marks_then_the_score_total_the_levels_above(write, a, b, closing, found):
    """`总分100分，自评得分92分` after the levels: their weights make the full marks and their
    scores the score."""
    got = codes(write(LEVELS.format(a=a, b=b) + closing + "\n"))
    assert [(c[0], sorted(c[2])) for c in got] == [(code, sorted(v)) for code, v in found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "自评得分92分，其中：部门决策（15分）得14分，部门管理（35分）得33分，部门产出及效益（50分）得45分。",
            [],
        ),
        (
            "自评得分95分，其中：部门决策（15分）得14分，部门管理（35分）得36分，部门产出及效益（50分）得45分。",
            [("AL402", [35, 36])],
        ),
        ("项目决策（20分）：得分18分；项目过程（20分）：得分21分。", [("AL402", [20, 21])]),
    ],
)
def test_a_weight_in_brackets_caps_the_score_after_it(write, text, found):
    """`部门管理（35分）得33分` (PHRASEBOOK §8 `目标任务(15分)`): no score above its weight."""
    assert [(c[0], c[2]) for c in codes(write(text))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("自评得分93分，其中：产出指标50分得47分，效益指标30分得27.5分，满意度指标10分得9分。", []),
        (
            "自评得分93分，其中：产出指标50分得47分，效益指标20分得27.5分，满意度指标10分得9分。",
            [("AL402", [20, 27.5])],
        ),
        ("项目管理15分得分16分；项目产出40分实际得38分。", [("AL402", [15, 16])]),
        ("产出指标40分得分41分。", [("AL402", [40, 41])]),
        # a deduction, then the score: no weight
        ("该项扣2分得8分，另一项扣1分得9分。", []),
    ],
)
def test_a_weight_right_after_its_item_caps_the_score_after_it(write, text, found):
    """`产出指标50分得47分`: an item's weight without brackets, then its score."""
    assert [(c[0], c[2]) for c in codes(write(text))] == found


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "项目自评得分91分，其中：项目决策20分，得分18分；项目过程20分，得分{s}分；"
            "项目产出40分，得分37分；项目效益20分，得分19分。",
            "17",
            "15",
            [91, 18, 15, 37, 19],
        ),
        (
            "综合评分87分，其中决策类指标满分15分，得分14分；过程类指标满分25分，得分{s}分；"
            "产出类指标满分40分，得分34分；效益类指标满分20分，得分18分。",
            "21",
            "23",
            [87, 14, 23, 34, 18],
        ),
        (
            "自评总分94分，其中：投入管理15分，得分{s}分；实施管理35分，得分33分；"
            "产出效益50分，得分47分。",
            "14",
            "12",
            [94, 12, 33, 47],
        ),
    ],
)
def test_a_score_whose_parts_each_state_their_full_marks_sums_the_scores(
    write, text, good, bad, values
):
    """`得分92分，其中：A 20分，得分18分；…`: the scores make the score, not the marks beside them."""
    assert codes(write(text.format(s=good))) == []
    found = [(c[0], sorted(c[2])) for c in codes(write(text.format(s=bad)))]
    assert ("AL201", sorted(values)) in found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "评价得分为91分。其中：项目决策（20分）得18分，项目过程（20分）得19分，"
            "项目产出（40分）得36分，项目效益（20分）得18分。",
            [],
        ),
        (
            "评价得分为91分。其中：项目决策（20分）得18分，项目过程（20分）得19分，"
            "项目产出（40分）得36分，项目效益（30分）得18分。",
            [("AL411", [91, 20, 20, 40, 30])],
        ),
        (
            "本项目自评得分93分，其中：预算执行率10分得9.5分，产出指标55分得47分，"
            "效益指标30分得27.5分，满意度指标10分得9分。",
            [("AL411", [93, 10, 55, 30, 10])],
        ),
        # the parts' scores do not make the total: maybe not all parts are listed
        ("自评得分93分，其中：产出指标50分得47分，效益指标30分得27.5分。", []),
    ],
)
def test_the_weights_of_all_parts_of_a_score_make_the_full_marks(write, text, found):
    """Parts whose scores add up to the total are all of it; their weights make 100."""
    assert [(c[0], c[2]) for c in codes(write(text))] == found


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        # each item's full marks in brackets, then its score; the total sums the scores
        (
            "根据评分标准，项目决策（20分）得18分，项目过程（20分）得19分，项目产出（40分）得36分，"
            "项目效益（20分）得17分，总得分为{x}分。",
            "90",
            "91",
            [91, 18, 19, 36, 17],
        ),
        (
            "产出指标权重50分，实际得分47分；效益指标权重30分，实际得分28分；满意度指标权重10分，"
            "实际得分9分；预算执行率权重10分，实际得分10分；合计得分{x}分。",
            "94",
            "95",
            [95, 47, 28, 9, 10],
        ),
        (
            "决策指标满分15分，得分14分；管理指标满分25分，得分23分；绩效指标满分60分，得分55分；"
            "自评得分{x}分。",
            "92",
            "93",
            [93, 14, 23, 55],
        ),
    ],
)
def test_a_total_score_after_items_with_their_weights_sums_the_scores(
    write, text, good, bad, values
):
    assert codes(write(text.format(x=good))) == []
    found = [c for c in codes(write(text.format(x=bad))) if c[0] == "AL201"]
    assert [c[2] for c in found] == [values]


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "经综合评价，该专项资金绩效评价得分为87.6分，等级为“良”。决策得分17.5分（满分20分），"
            "过程得分18.2分（满分20分），产出得分32.4分（满分35分），效益得分{x}分（满分25分）。",
            "19.5",
            "12.5",
            [87.6, 17.5, 18.2, 32.4, 12.5],
        ),
        (
            "本项目自评总得分为86分：决策得分16分（满分20分），管理得分18分（满分20分），"
            "绩效得分{x}分（满分60分）。",
            "52",
            "55",
            [86, 16, 18, 55],
        ),
        (
            "本部门绩效评价得分92分。投入得分{x}分（满分15分）；过程得分23分（满分25分）；"
            "产出得分38分（满分40分）；效益得分18分（满分20分）。",
            "13",
            "15",
            [92, 15, 23, 38, 18],
        ),
    ],
)
def test_scores_with_their_full_marks_making_100_add_up_to_the_total_before(
    write, text, good, bad, values
):
    assert codes(write(text.format(x=good))) == []
    found = [c for c in codes(write(text.format(x=bad))) if c[0] == "AL201"]
    assert [c[2] for c in found] == [values]


def test_scores_whose_full_marks_fall_short_of_100_are_some_of_the_items(write):
    # 20 + 20 of 100: two of the items, which need not make the total
    text = "评价总分88分。决策得分17分（满分20分），过程得分19分（满分20分）。"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "经综合评价，该项目自评得分92分，其中：项目决策18分，项目过程19分，项目产出36分，"
            "项目效益19分，评价等级为“优”。\n",
            [],
        ),
        (
            "经综合评价，该项目自评得分82分，其中：项目决策18分，项目过程19分，项目产出26分，"
            "项目效益19分，评价等级为“优”。\n",
            [("AL407", [82])],
        ),
    ],
)
def test_a_grade_after_the_parts_of_the_whole_score_is_the_wholes(write, text, found):
    """`自评得分92分，其中：…效益19分，评价等级为优`: the grade is of the whole, not of its last part."""
    assert [(c[0], c[2]) for c in codes(write(text)) if c[0] == "AL407"] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "产出指标分值50分，实际得分48分；效益指标分值30分，实际得分28分；满意度指标分值10分，得分10分。\n",
            [],
        ),
        (
            "产出指标分值50分，实际得分48分；效益指标分值30分，实际得分32分；满意度指标分值10分，得分10分。\n",
            [("AL402", [30, 32])],
        ),
        (
            "决策指标分值20分，因档案不全扣1分，得19分；过程指标分值20分，扣2分，得分17分。\n",
            [("AL406", [20, 17, 2])],
        ),
    ],
)
def test_one_indicators_score_in_each_clause_group(write, text, found):
    """Several indicators in one sentence, a `；` between them: each group is one indicator's
    weight, deductions and score."""
    assert [(c[0], c[2]) for c in codes(write(text))] == found
