"""Score tables read the wrong way round stay silent; one real score above its weight does not."""

import pytest
from conftest import codes

HEADER = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"


def test_a_table_whose_columns_read_the_wrong_way_round_is_not_a_list_of_errors(write):
    # the template printed 得分 where the header says 分值: every row "scores above" its weight
    rows = "".join(
        f"产出指标\t数量指标\t指标{k}\t≥{k}0个\t{k}2个\t{w}\t{w + 5}\n"
        for k, w in ((1, 5), (2, 10), (3, 5), (4, 10))
    )
    assert [c for c in codes(write(HEADER + rows)) if c[0] == "AL402"] == []


def test_one_row_above_its_weight_is_still_found(write):
    rows = (
        "产出指标\t数量指标\t指标1\t≥10个\t12个\t10\t10\n"
        "产出指标\t质量指标\t指标2\t≥95%\t98%\t10\t12\n"
        "效益指标\t社会效益\t指标3\t提升\t提升\t10\t10\n"
        "满意度指标\t满意度\t指标4\t≥90%\t95%\t10\t10\n"
    )
    assert [(c[0], sorted(c[2])) for c in codes(write(HEADER + rows)) if c[0] == "AL402"] == [
        ("AL402", [10, 12])
    ]


_SPACED_SHEET = (
    "一级指标 二级指标 三级指标 {w} 年度指标值 实际完成值 {s}\n"
    "产出指标 数量指标 维修路段 40 ≥12公里 12.5公里 40\n"
    "产出指标 质量指标 验收合格率 30 100% 100% 30\n"
    "效益指标 社会效益 通行时间缩短 20 ≥10分钟 8分钟 16\n"
    "满意度指标 服务对象 群众满意度 10 ≥90% 93% 10\n"
)


@pytest.mark.parametrize(
    ("w", "s", "total", "good", "bad"),
    [
        ("分值", "得分", "总分 100 {x}\n", "96", "98"),
        ("权重", "自评得分", "合计 100 {x}\n", "96", "94"),
        ("分值", "得分", "总分 {x}\n", "96", "90"),
    ],
)
def test_a_space_aligned_sheet_s_total_line_without_its_empty_cells(write, w, s, total, good, bad):
    """`总分 100 96` under a space-aligned score sheet, its empty cells not printed: the weights'
    total, then the scores' (PHRASEBOOK §8)."""
    text = _SPACED_SHEET.format(w=w, s=s) + total
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL401"]


def test_a_total_line_after_a_table_of_no_scores_is_no_score_total(write):
    text = "项目 预算数 决算数 执行率\n培训费 50.00 45.00 90%\n印刷费 10.00 9.00 90%\n合计 60.00 54.00\n"
    assert codes(write(text)) == []


SHIFTED = (
    "| 项目资金(万元) | 实施单位 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "| 年度资金总额 | 80 | 80 | {spent} | 10 | 95.6% | 9.56 | |\n"
    "| 其中:财政拨款资金 | 80 | 80 | 76.5 | 10 | 95.6% | 9.56 | |\n"
)


def test_a_fund_row_a_column_out_is_read_where_its_percentage_fits(write):
    """A merged label cell read as a column puts the row's figures one column out: the
    percentage under 分值, the score under 执行率. Read one column over, the row fits."""
    assert codes(write(SHIFTED.format(spent="76.5"))) == []
    # the total row's spending against its rate, and against the one fund it is made of
    assert codes(write(SHIFTED.format(spent="70.5"))) == [
        ("AL201", 2, [70.5, 76.5]),
        ("AL102", 2, [80, 70.5, 95.6]),
    ]


def test_a_fund_part_rows_own_score_is_its_rate_times_its_weight(write):
    text = (
        "| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "| 年度资金总额 | 80 | 80 | 76.5 | 10 | 95.6% | 9.56 |\n"
        "| 其中:财政拨款资金 | 80 | 80 | 76.5 | {w} | 95.6% | {s} |\n"
    )
    assert codes(write(text.format(w="—", s="—"))) == []
    assert codes(write(text.format(w="10", s="9.56"))) == []
    assert codes(write(text.format(w="10", s="8"))) == [("AL405", 3, [10, 95.6, 8])]
