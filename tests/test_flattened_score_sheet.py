"""A score sheet flattened into one line of space-separated cells (a PDF or web export): its
indicator rows are rebuilt under their headings, so level weights, the 总分 row, scores above
their weights and missed targets are checked as in a sheet with real rows."""

from __future__ import annotations

import re

import pytest
from conftest import codes

from auditlint.readers import read_path

FUNDS = (
    "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
    "年度资金总额 80 80 76 10 95% 9.5 其中：当年财政拨款 80 80 76 — — — "
    "上年结转资金 0 0 0 — — — 其他资金 0 0 0 — — — "
)
# three templates of our own: a remark column; none; two name columns under 指标名称
SHEETS = {
    "remarks": FUNDS
    + "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因及改进措施 "
    "产出指标（50分） 数量指标 培训农户人次 ≥300人次 320人次 20 20 "
    "质量指标 培训考核合格率 ≥90% 94% 15 15 时效指标 按期完成率 100% 100% 15 15 "
    "效益指标（30分） 经济效益指标 参训农户增收 ≥500元 460元 20 18 部分农户未达产 "
    "社会效益指标 带动就业人数 ≥50人 55人 10 10 "
    "满意度指标（10分） 服务对象满意度指标 参训农户满意度 ≥90% 96% 10 10 总分 100 97.5\n",
    "plain": FUNDS + "一级指标 二级指标 三级指标 指标值 实际值 分值 得分 "
    "产出指标（40分） 数量指标 新建村级服务站 12个 12个 20 20 质量指标 验收合格率 ≥95% 98% 20 20 "
    "效益指标（40分） 社会效益指标 覆盖行政村数 ≥60个 64个 25 25 可持续影响指标 运行年限 ≥3年 3年 15 15 "
    "满意度指标（10分） 满意度指标 村民满意度 ≥85% 91% 10 10 合计 100 99.5\n",
    "two-levels": FUNDS + "二级指标 指标名称 年度指标值 实际完成值 分值 得分 "
    "数量指标 发放补贴户数 ≥800户 812户 30 30 质量指标 补贴发放准确率 100% 100% 30 30 "
    "社会效益指标 受益人口 ≥2000人 2150人 20 20 满意度指标 受益户满意度 ≥90% 93% 10 10 "
    "总分 100 99.5\n",
}
ROWS = {"remarks": 7, "plain": 6, "two-levels": 5}  # indicator rows and the total row

# the same sheet as a PDF or web export lays it out: one line; one cell a line; one cell a line
# ending in ` |` with blank lines between
LAYOUTS = {
    "one line": lambda text: text,
    "cell a line": lambda text: "\n".join(text.split()) + "\n",
    "cell a line, pipes": lambda text: "\n\n".join(f"{w} |" for w in text.split()) + "\n",
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", SHEETS)
def test_a_consistent_flattened_sheet_is_read_row_by_row_and_is_silent(write, name, layout):
    path = write(LAYOUTS[layout](SHEETS[name]))
    rows = [row for table in read_path(path).tables for row in table.rows]
    headings = next(i for i, row in enumerate(rows) if row[0].text.endswith("级指标"))
    assert len(rows) - headings - 1 == ROWS[name]
    assert codes(path) == []


def test_a_row_keeps_its_names_values_and_remark():
    from auditlint.document import Line
    from auditlint.readers.flat_scores import header_at, indicator_rows, line_words

    text = SHEETS["remarks"].rstrip("\n")
    line = Line(1, text, text)
    found, _ = indicator_rows(line_words(line, header_at(line)))
    rows = [[c.text for c in row] for row in found]
    assert rows[0] == [
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因及改进措施",
    ]  # fmt: skip
    assert rows[4] == [
        "效益指标（30分）", "经济效益指标", "参训农户增收", "≥500元", "460元", "20", "18",
        "部分农户未达产",
    ]  # fmt: skip
    assert rows[2][0] == ""  # the level heading is a merged cell: only its first row has it
    assert rows[-1] == ["总分", "", "", "", "", "100", "97.5", ""]


@pytest.mark.parametrize(
    ("name", "old", "new", "finding"),
    [
        # a level's rows against its heading
        ("remarks", "时效指标 按期完成率 100% 100% 15 15", "时效指标 按期完成率 100% 100% 10 10",
         ("AL403", [10, 15, 20, 50])),
        ("plain", "运行年限 ≥3年 3年 15 15", "运行年限 ≥3年 3年 15 18",
         ("AL402", [15, 18])),
        # the 总分 row against the rows and the fund block's 执行率 row
        ("two-levels", "总分 100 99.5", "总分 100 98.5", ("AL401", [9.5, 10, 20, 30, 30, 98.5])),
        # a missed target with full marks
        ("two-levels", "≥800户 812户", "≥800户 782户", ("AL408", [30, 30, 782, 800])),
    ],
)  # fmt: skip
def test_a_broken_flattened_sheet_is_found(write, name, old, new, finding):
    assert old in SHEETS[name]
    for laid in LAYOUTS.values():
        found = [(c[0], sorted(c[2])) for c in codes(write(laid(SHEETS[name].replace(old, new))))]
        assert finding in found


@pytest.mark.parametrize("name", SHEETS)
def test_a_percent_sign_set_apart_is_read_as_the_figure_s(write, name):
    """`95 %`: a space before the sign must not make the sign a cell and the rate a bare 95."""
    spaced = re.sub(r"(?<=\d)%", " %", SHEETS[name])
    assert codes(write(spaced)) == []
    broken = spaced.replace("76 10 95 % 9.5", "76 10 90 % 9.5")
    assert [(c[0], sorted(c[2])) for c in codes(write(broken))] == [
        ("AL102", [76, 80, 90]),
        ("AL405", [9.5, 10, 90]),
    ]


@pytest.mark.parametrize("name", SHEETS)
def test_every_weight_and_score_broken_by_one_is_found(write, name):
    """The mutation idea on our own sheets: each 分值 or 得分 figure one higher."""
    text = SHEETS[name]
    start = text.index("级指标") if "一级指标" in text else text.index("二级指标")
    pairs = list(re.finditer(r"(?<= )(\d+(?:\.\d+)?) (\d+(?:\.\d+)?)(?= |\n)", text[start:]))
    assert len(pairs) == ROWS[name]
    for m in pairs:
        for group in (1, 2):
            at = start + m.start(group)
            figure = m.group(group)
            broken = text[:at] + str(int(float(figure)) + 1) + text[at + len(figure) :]
            assert codes(write(broken)), (figure, broken[at - 20 : at + 10])


def test_a_blank_score_leaves_the_block_unread(write):
    """A row whose 得分 cell is empty shifts every row after it: nothing is read, nothing is
    flagged."""
    text = SHEETS["plain"].replace("验收合格率 ≥95% 98% 20 20", "验收合格率 ≥95% 98% 20")
    path = write(text)
    (table,) = read_path(path).tables
    assert [row[0].text for row in table.rows] == [
        "",
        "年度资金总额",
        "当年财政拨款",
        "上年结转资金",
        "其他资金",
    ]
    assert codes(path) == []


def test_a_sheet_cut_short_inside_a_level_does_not_sum_that_level(write):
    """Without its 总分 row the block may have been cut inside a level: that level is not read,
    so its rows read so far are not taken for the whole level."""
    text = SHEETS["plain"]
    cut = text[: text.index("可持续影响指标")] + "（下转第2页）\n"
    path = write(cut)
    (table,) = read_path(path).tables
    assert table.rows[-1][2].text == "验收合格率"  # the rows of 效益指标（40分） are not kept
    assert codes(path) == []


def test_without_its_fund_block_a_sheet_may_fall_short_of_its_total_by_the_rate_row(write):
    """The 总分 counts the 执行率 row; where the fund block was not read, rows 10 short of the
    total are not an error, rows above it still are."""
    block = SHEETS["plain"][len(FUNDS) :]
    assert codes(write(block)) == []
    over = block.replace("合计 100 99.5", "合计 88 87.5")
    found = [(c[0], sorted(c[2])) for c in codes(write(over))]
    assert ("AL401", [10, 15, 20, 20, 25, 88]) in found


def _wrapped(text: str) -> str:
    """A sheet printed to PDF: headings wrapped inside their cells (`一级` over `指标`, `产出` over
    `指标（50分）`), one cell a line."""
    words = []
    for w in text.split():
        if w == "一级指标":
            words += ["一级", "指标"]
        elif re.fullmatch(r"[\u4e00-\u9fff]{2}指标（\d+分）", w):
            words += [w[:2], w[2:4], w[4:]] if w.startswith("产出") else [w[:2], w[2:]]
        else:
            words.append(w)
    return "\n".join(words) + "\n"


@pytest.mark.parametrize("name", ["remarks", "plain"])
def test_headings_wrapped_in_their_cells_are_rejoined(write, name):
    path = write(_wrapped(SHEETS[name]))
    rows = [row for table in read_path(path).tables for row in table.rows]
    heads = [row[0].text for row in rows if re.search(r"指标\(\d+分\)$", row[0].text)]
    stated = re.findall(r"\S+指标（\d+分）", SHEETS[name])  # (brackets read as ASCII ones)
    assert heads == [h.replace("（", "(").replace("）", ")") for h in stated]
    assert codes(path) == []
    broken = SHEETS[name].replace("满意度指标（10分）", "满意度指标（15分）")
    assert [c[0] for c in codes(write(_wrapped(broken)))] == ["AL403"]


def test_a_row_of_blank_cells_lost_in_the_text_is_left_out(write):
    """A level-2 heading whose row was all blank (a PDF's text keeps no empty cells) stands right
    before the next row's: in a sheet that weights its top levels it is no level 1."""
    text = SHEETS["plain"].replace(
        "可持续影响指标 运行年限", "生态效益指标 可持续影响指标 运行年限"
    )
    path = write("\n".join(text.split()) + "\n")
    rows = [[c.text for c in row] for table in read_path(path).tables for row in table.rows]
    assert ["", "可持续影响指标", "运行年限", "≥3年", "3年", "15", "15"] in rows
    assert codes(path) == []


# a sheet whose cells a spreadsheet export joined with the labels drifted away from the
# figures: each row's target, actual, weight and score still stand side by side
DRIFTED = (
    "绩效自评表（项目） 二级指标 指标名称 指标值 完成值 分值 得分 "
    "产出指标 数量指标 指标1：培训人次 质量指标 指标1：合格率 "
    "500人次 {a}人次 20 {s1} 95% 95% 20 {s2} 12个 12个 10 10 总分"
)


@pytest.mark.parametrize(
    ("a", "s1", "s2", "found"),
    [
        ("520", "20", "20", []),
        # a target missed (480 of 500) yet full marks
        ("480", "20", "20", [("AL408", [500, 480, 20, 20])]),
        # a target met (95% of 95%) yet a score below the weight
        ("520", "20", "18", [("AL408", [95, 95, 20, 18])]),
    ],
)
def test_rows_whose_labels_drifted_are_read_from_their_four_figures(write, a, s1, s2, found):
    got = codes(write(DRIFTED.format(a=a, s1=s1, s2=s2) + "\n"))
    assert [(c[0], c[2]) for c in got] == found


def test_four_figures_without_the_sheet_s_headings_are_no_row(write):
    """`95% 95% 20 18` in prose that names no 分值/得分 columns: not a score row."""
    assert codes(write("两年的合格率 95% 95%，两类 20 18 个。\n")) == []
