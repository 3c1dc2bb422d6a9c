"""Tables whatever their template: total rows against their blocks, and tables written one
cell a line with nothing between rows."""

import re

import pytest
from conftest import codes, extract_text

TAB = (
    "单位：万元\n项目\t预算数\t决算数\n办公费\t12.00\t10.50\n印刷费\t3.00\t2.80\n合计\t15.00\t{x}\n"
)
PIPE = (
    "| 支出项目 | 本年数 | 上年数 |\n|---|---|---|\n| 合计 | {x} | 90.00 |\n"
    "| 工资福利支出 | 60.00 | 55.00 |\n| 商品和服务支出 | 40.00 | 35.00 |\n"
)
RUN = (
    "项目 |\n预算数 |\n决算数 |\n合 计 |\n20 |\n{x} |\n出国费 |\n0 |\n0 |\n"
    "接待费 |\n12 |\n7.30 |\n车辆费 |\n8 |\n0.20 |\n其中：运行费 |\n8 |\n0.20 |\n"
)
CODED = (
    "科目\t金额\n201 一般公共服务支出\t30.00\n20101 人大事务\t10.00\n20103 政府办公厅\t20.00\n"
    "208 社会保障和就业支出\t12.00\n20805 行政事业单位养老支出\t12.00\n合计\t{x}\n"
)


@pytest.mark.parametrize(
    ("template", "good", "bad", "values"),
    [
        (TAB, "13.30", "14.30", [14.3, 10.5, 2.8]),  # total row last
        (PIPE, "100.00", "110.00", [110.0, 60.0, 40.0]),  # total row first, under the header
        (RUN, "7.50", "7.90", [7.9, 0, 7.3, 0.2]),  # one cell a line; 其中 rows are sub-parts
        (CODED, "42.00", "44.00", [44.0, 30.0, 12.0]),  # top-level codes only
    ],
)
def test_a_total_row_is_the_sum_of_its_block(write, template, good, bad, values):
    assert codes(write(template.format(x=good))) == []
    found = [c for c in codes(write(template.format(x=bad))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_rate_columns_are_not_summed(write):
    text = "项目\t预算数\t执行数\t执行率\n甲\t10.00\t9.00\t90%\n乙\t10.00\t8.00\t80%\n合计\t20.00\t17.00\t85%\n"
    assert codes(write(text)) == []


def test_a_total_that_no_column_proves_is_left_alone(write):
    # neither column adds up under any reading: perhaps not a sum at all
    text = "项目\t数量\t金额\n甲\t3\t10.00\n乙\t4\t20.00\n合计\t9\t40.00\n"
    assert codes(write(text)) == []


def test_one_cell_a_line_becomes_a_table(write):
    x = extract_text(write(RUN.format(x="7.50")))
    (table,) = x.tables
    assert table.layout == "cell-run"
    assert [[c.text for c in row] for row in table.rows][:3] == [
        ["项目", "预算数", "决算数"],
        ["合 计", "20", "7.50"],
        ["出国费", "0", "0"],
    ]


def test_prose_with_page_numbers_is_not_a_table(write):
    text = "".join(
        f"这是一段较长的说明文字用于描述第{k}项工作的进展情况\n{k}\n" for k in range(1, 6)
    )
    assert extract_text(write(text)).tables == []


def test_each_rows_score_is_its_weight_less_its_deduction(write):
    text = "序号 | 一级指标 | 分 值 | 扣 分 | 得 分 |\n1 | 决策 | 20 | 2 | 18 |\n2 | 管理 | 30 | 1.5 | {x} |\n"
    assert codes(write(text.format(x="28.5"))) == []
    assert [(c[0], sorted(c[2])) for c in codes(write(text.format(x="27.5")))] == [
        ("AL406", [1.5, 27.5, 30])
    ]


def test_budget_and_spending_columns_of_a_plain_money_table(write):
    text = "项目\t预算数\t决算数\n会议费\t3.00\t{x}\n培训费\t5.00\t4.20\n"
    assert codes(write(text.format(x="2.80"))) == []
    assert [c[0] for c in codes(write(text.format(x="3.80")))] == ["AL101"]


def test_last_years_spending_beside_this_years_budget_is_no_overspend(write):
    text = "项目\t上年决算数\t本年预算数\n会议费\t3.80\t3.00\n培训费\t5.00\t4.20\n"
    assert codes(write(text)) == []


def test_a_line_of_spaces_is_an_empty_cell_in_its_place(write):
    text = (
        "项目\n\n金额一\n\n金额二\n\n甲类\n\n10.00\n\n5.00\n\n乙类\n\n \n\n6.00\n\n"
        "丙类\n\n4.00\n\n \n\n合计\n\n14.00\n\n{x}\n"
    )
    x = extract_text(write(text.format(x="11.00")))
    (table,) = x.tables
    assert [[c.text for c in row] for row in table.rows][2] == ["乙类", "", "6.00"]
    assert codes(write(text.format(x="11.00"))) == []
    assert [c[0] for c in codes(write(text.format(x="12.00")))] == ["AL201"]


def test_a_heading_split_over_two_cells_is_joined(write):
    text = (
        "项目资金\n(万元)\n年初\n预算数\n全年\n预算数\n全年\n执行数\n分值\n执行率\n得分\n"
        "年度资金总额\n50\n50\n45\n10\n{r}%\n9\n"
        "其中：当年财政拨款\n50\n50\n45\n10\n90%\n9\n"
        "上年结转资金\n0\n0\n0\n0\n0%\n0\n"
    )
    x = extract_text(write(text.format(r="90")))
    (table,) = x.tables
    assert [c.text for c in table.rows[0]] == [
        "项目资金(万元)",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
    ]
    assert "AL102" in [c[0] for c in codes(write(text.format(r="80")))]


def test_this_year_against_last_year_on_every_row(write):
    text = (
        "项目\t本年数\t上年数\t增减额\t增减率\n办公费\t10.00\t12.00\t-2.00\t-16.67%\n"
        "印刷费\t5.00\t4.00\t1.00\t{r}%\n合计\t15.00\t16.00\t-1.00\t-6.25%\n"
    )
    assert codes(write(text.format(r="25.00"))) == []
    assert [(c[0], c[1]) for c in codes(write(text.format(r="20.00")))] == [("AL501", 3)]


def test_a_row_that_numbers_the_columns_holds_no_figures(write):
    """栏次 1 2 3 under the header are the columns' numbers (PHRASEBOOK §9), not a budget of 2
    and a spending of 3."""
    table = (
        "单位：万元\n"
        "| 项目 | 行次 | 年初预算数 | 调整预算数 | 决算数 | 完成率 |\n"
        "| 栏次 | | 1 | 2 | 3 | 4=3/2 |\n"
        "| 工资福利支出 | 1 | 50.00 | 60.00 | 57.00 | 95.00% |\n"
        "| 商品和服务支出 | 2 | 20.00 | 20.00 | 18.00 | {p}% |\n"
        "| 合计 | 3 | 70.00 | 80.00 | 75.00 | 93.75% |\n"
    )
    assert codes(write(table.format(p="90.00"))) == []
    assert [(c[0], c[1]) for c in codes(write(table.format(p="95.00")))] == [("AL102", 5)]


@pytest.mark.parametrize(
    "table",
    [
        "单位：万元\n| 项目 | 合计 | 基本支出 | 项目支出 |\n| 一般公共服务支出 | 146.00 | 96.00 | 50.00 |\n"
        "| 教育支出 | {t} | 60.00 | 25.00 |\n",
        "单位：万元\n项目\t小计\t工资福利支出\t商品和服务支出\t对个人和家庭的补助\n"
        "行政运行\t{t}\t40.00\t12.50\t2.50\n机关服务\t30.00\t20.00\t8.00\t2.00\n",
    ],
)
def test_a_total_column_is_the_sum_of_the_columns_after_it(write, table):
    good = "85.00" if "教育" in table else "55.00"
    bad = "80.00" if "教育" in table else "58.00"
    assert codes(write(table.format(t=good))) == []
    found = codes(write(table.format(t=bad)))
    assert [c[0] for c in found] == ["AL201"]
    assert float(bad) in found[0][2]


def test_a_total_column_that_no_row_proves_may_leave_a_remainder(write):
    # no row adds up: the columns after 合计 need not be all of it
    table = (
        "| 项目 | 合计 | 设备费 | 材料费 |\n| 甲项目 | 96.00 | 41.00 | 32.00 |\n"
        "| 乙项目 | 78.00 | 21.00 | 33.00 |\n"
    )
    assert codes(write(table)) == []


@pytest.mark.parametrize(
    "table",
    [
        "收入支出决算总表\n单位：万元\n| 项目 | 金额 | 项目 | 金额 |\n"
        "| 财政拨款收入 | 200.00 | 一般公共服务支出 | 150.00 |\n| 其他收入 | 10.00 | 教育支出 | 55.00 |\n"
        "| 年初结转和结余 | 5.00 | 年末结转和结余 | {x} |\n| 总计 | 215.00 | 总计 | {t} |\n",
        "收支总表\n收入\t决算数\t支出\t决算数\n本年收入\t80.00\t本年支出\t75.00\n"
        "上年结转\t4.00\t结转下年\t{x}\n总计\t84.00\t总计\t{t}\n",
    ],
)
def test_the_grand_totals_of_the_two_sides_are_equal(write, table):
    good = table.replace("{x}", "10.00" if "财政" in table else "9.00")
    good = good.replace("{t}", "215.00" if "财政" in table else "84.00")
    assert codes(write(good)) == []
    bad = table.replace("{x}", "5.00").replace("{t}", "210.00" if "财政" in table else "80.00")
    assert [c[0] for c in codes(write(bad))] == ["AL202"]


@pytest.mark.parametrize(
    ("table", "good", "bad"),
    [
        (
            "“三公”经费支出情况表\n单位：万元\n| 合计 | 因公出国（境）费 | 公务用车购置和运行费 | 公务接待费 |\n"
            "| 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 |\n"
            "| 12.00 | {x} | 0.00 | 0.00 | 10.00 | 8.00 | 2.00 | 1.50 |\n",
            "9.50",
            "9.00",
        ),
        (
            "单位：万元\n合计\t基本支出\t项目支出\n预算数\t决算数\t预算数\t决算数\t预算数\t决算数\n"
            "104.00\t{x}\t62.00\t57.50\t42.00\t34.50\n",
            "92.00",
            "95.00",
        ),
    ],
)
def test_a_total_column_of_a_grouped_header(write, table, good, bad):
    """`合计` spanning 预算数 | 决算数 over groups of the same two: each kind adds up over the groups."""
    assert codes(write(table.format(x=good))) == []
    found = codes(write(table.format(x=bad)))
    assert [c[0] for c in found] == ["AL201"]
    assert float(bad) in found[0][2]


SUBTOTALS_BELOW = (
    "单位：万元\n序号 | 支出内容 | 预算数 | 实际支出数 |\n1 | 设备购置 | 120.00 | 115.50 |\n"
    "2 | 人员培训 | 30.00 | 27.00 |\n小计 | | 150.00 | 142.50 |\n3 | 工程监理 | 41.00 | 40.00 |\n"
    "合计 | | 191.00 | {x} |\n"
)
SUBTOTALS_ABOVE = (
    "单位：万元\n项目 | 预算数 | 决算数 |\n货物类小计 | 160.00 | 150.00 |\n设备 | 120.00 | 115.00 |\n"
    "家具 | 40.00 | 35.00 |\n服务类小计 | 41.00 | 40.50 |\n监理 | 41.00 | 40.50 |\n"
    "合计 | 201.00 | {x} |\n"
)
INCOME_SIDE = (
    "单位：万元\n项目 | 金额 | 项目 | 金额 |\n一、财政拨款收入 | 1180.50 | 一、一般公共服务支出 | 860.30 |\n"
    "二、事业收入 | 76.30 | 二、住房保障支出 | 396.50 |\n本年收入合计 | 1256.80 | 本年支出合计 | 1256.80 |\n"
    "上年结转结余 | 20.00 | 年末结转结余 | 20.00 |\n收入总计 | {x} | 支出总计 | 1276.80 |\n"
)


@pytest.mark.parametrize(
    ("template", "good", "bad", "values"),
    [
        (SUBTOTALS_BELOW, "182.50", "185.50", [185.5, 142.5, 40.0]),  # 合计 = 小计 + rows after
        (SUBTOTALS_ABOVE, "190.50", "195.50", [195.5, 150.0, 40.5]),  # 小计 above their rows
        (INCOME_SIDE, "1276.80", "1278.80", [1278.8, 1256.8, 20.0]),  # 本年收入合计 + 结转 = 总计
    ],
)
def test_a_total_of_higher_rank_sums_the_totals_before_it(write, template, good, bad, values):
    assert codes(write(template.format(x=good))) == []
    found = [c for c in codes(write(template.format(x=bad))) if c[0] == "AL201"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


# a 支出决算表 of functional classification codes of our own: 类 (3 digits) over 款 (5) over
# 项 (7), the code in a column of its own or at the start of the name
CODED_LEVELS = (
    "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n"
    "\t合计\t{total}\t92.00\t26.50\n"
    "205\t教育支出\t70.50\t60.00\t10.50\n"
    "20501\t教育管理事务\t{kuan}\t60.00\t10.50\n"
    "2050101\t行政运行\t60.00\t60.00\t0.00\n"
    "2050199\t其他教育管理事务支出\t10.50\t0.00\t10.50\n"
    "210\t卫生健康支出\t48.00\t32.00\t16.00\n"
    "21011\t行政事业单位医疗\t32.00\t32.00\t0.00\n"
    "2101101\t行政单位医疗\t20.00\t20.00\t0.00\n"
    "2101102\t事业单位医疗\t12.00\t12.00\t0.00\n"
    "21004\t公共卫生\t16.00\t0.00\t16.00\n"
)


@pytest.mark.parametrize(
    "layout",
    [
        lambda text: text,
        lambda text: re.sub(r"\n(\d+)\t", r"\n\1 ", text.replace("科目编码\t", "")).replace(
            "\n\t合计", "\n合计"
        ),
    ],
    ids=["code column", "code in the name"],
)
def test_coded_rows_are_the_sums_of_the_next_level_of_their_code(write, layout):
    """Every level sums the level below it, and the 合计 row sums the top level alone."""
    good = layout(CODED_LEVELS.format(total="118.50", kuan="70.50"))
    assert codes(write(good)) == []
    wrong_total = layout(CODED_LEVELS.format(total="120.50", kuan="70.50"))
    found = [(c[0], sorted(c[2])) for c in codes(write(wrong_total))]
    assert ("AL201", [48.0, 70.5, 120.5]) in found
    wrong_middle = layout(CODED_LEVELS.format(total="118.50", kuan="71.50"))
    found = [(c[0], sorted(c[2])) for c in codes(write(wrong_middle))]
    assert found == [("AL201", [10.5, 60.0, 71.5])]


def test_codes_that_skip_a_level_are_not_read_as_a_classification(write):
    """`205` over seven-digit codes with no five-digit row between: not the nesting of a
    classification, so the rows are not summed under it (a total row still is)."""
    text = (
        "科目编码\t科目名称\t金额\n205\t教育支出\t50.00\n2050101\t行政运行\t30.00\n"
        "2050199\t其他支出\t10.00\n"
    )
    assert codes(write(text)) == []


def test_coded_rows_one_cell_a_line_keep_their_codes_out_of_the_figures(write):
    """A PDF export of the same table, one cell a line: under a 科目编码 heading a code just
    before a name belongs to that row's label, not to the figures of the row before."""
    rows = [line.split("\t") for line in CODED_LEVELS.strip("\n").split("\n")]
    laid = "\n".join(cell or " " for row in rows for cell in row) + "\n"
    assert codes(write(laid.format(total="118.50", kuan="70.50"))) == []
    found = [(c[0], sorted(c[2])) for c in codes(write(laid.format(total="118.50", kuan="71.50")))]
    assert found == [("AL201", [10.5, 60.0, 71.5])]


# a 收支总表 of our own with the 行次 column of such tables: row numbers between the amounts
NUMBERED_SIDES = (
    "单位：万元\n项目\t行次\t金额\t项目\t行次\t金额\n"
    "一、财政拨款收入\t1\t{income}\t一、一般公共服务支出\t21\t180.40\n"
    "二、事业收入\t2\t15.00\t二、卫生健康支出\t22\t{spent}\n"
    "三、其他收入\t3\t4.20\t三、住房保障支出\t23\t30.00\n"
    "本年收入合计\t4\t261.50\t本年支出合计\t24\t258.40\n"
    "上年结转结余\t5\t{carried}\t年末结转结余\t25\t9.10\n"
    "总计\t6\t267.50\t总计\t26\t267.50\n"
)


@pytest.mark.parametrize(
    "layout",
    [
        lambda text: text,
        lambda text: "\n".join(c for line in text.split("\n") for c in line.split("\t")),
        lambda text: " ".join(text.split()) + "\n",
    ],
    ids=["tabs", "cell a line", "one line"],
)
def test_row_numbers_are_no_figures_of_a_table(write, layout):
    good = NUMBERED_SIDES.format(income="242.30", spent="48.00", carried="6.00")
    assert codes(write(layout(good))) == []
    bad = NUMBERED_SIDES.format(income="242.30", spent="48.00", carried="6.50")
    found = [(c[0], sorted(c[2])) for c in codes(write(layout(bad)))]
    if layout(good) == good:  # with its rows: the grand total sums 本年收入合计 and the rows after
        assert ("AL201", [6.5, 261.5, 267.5]) in found
    assert all(v not in (1, 2, 3, 4, 5, 6, 21, 22, 23) for _, values in found for v in values)


def test_a_row_of_a_numbered_table_against_its_total(write):
    bad = NUMBERED_SIDES.format(income="242.30", spent="45.00", carried="6.00")
    found = [(c[0], sorted(c[2])) for c in codes(write(bad))]
    assert ("AL201", [30.0, 45.0, 180.4, 258.4]) in found


# merged headings as exports keep them: the text in the first cell, the cells it spans empty
MERGED_SUBTOTAL = (
    "单位：万元\n| 合计 | 出国费 | 公务用车费 | | | 公务接待费 |\n"
    "| | | 小计 | 公务用车购置费 | 公务用车运行费 | |\n"
    "| {t} | 0.00 | {s} | 1.50 | {r} | 2.00 |\n"
)
MERGED_PAIRS = (
    "单位：万元\n| 合计 | | 基本支出 | | | | | | 项目支出 | |\n"
    "| | | 小计 | | 人员经费 | | 公用经费 | | | |\n"
    "| 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 |\n"
    "| 130.00 | {t} | 90.00 | {s} | 70.00 | 66.00 | 20.00 | {r} | 40.00 | 36.00 |\n"
)
MERGED_ROWS = (
    "单位：万元\n| 项目 | 合计 | 基本支出 | | | 项目支出 |\n"
    "| | | 小计 | 工资福利支出 | 商品和服务支出 | |\n"
    "| 一般公共服务支出 | {t} | {s} | 30.00 | {r} | 12.50 |\n"
    "| 教育支出 | 21.00 | 15.00 | 11.00 | 4.00 | 6.00 |\n"
)


@pytest.mark.parametrize(
    ("table", "good", "broken_subtotal", "broken_total"),
    [
        (
            MERGED_SUBTOTAL,
            {"t": "6.50", "s": "4.50", "r": "3.00"},
            ({"t": "6.50", "s": "4.50", "r": "3.40"}, [4.5, 1.5, 3.4]),
            ({"t": "6.80", "s": "4.50", "r": "3.00"}, [6.8, 0.0, 4.5, 2.0]),
        ),
        (
            MERGED_PAIRS,
            {"t": "115.00", "s": "79.00", "r": "13.00"},
            ({"t": "115.00", "s": "79.00", "r": "14.00"}, [79.0, 66.0, 14.0]),
            ({"t": "118.00", "s": "79.00", "r": "13.00"}, [118.0, 79.0, 36.0]),
        ),
        (
            MERGED_ROWS,
            {"t": "48.50", "s": "36.00", "r": "6.00"},
            ({"t": "48.50", "s": "36.00", "r": "6.50"}, [36.0, 30.0, 6.5]),
            ({"t": "47.50", "s": "36.00", "r": "6.00"}, [47.5, 36.0, 12.5]),
        ),
    ],
)
def test_totals_of_column_groups_under_merged_headings(
    write, table, good, broken_subtotal, broken_total
):
    """A 小计 column sums its group's other columns, and the 合计 column sums the groups (a
    group by its 小计), one kind of figure (预算数, 决算数) at a time."""
    assert codes(write(table.format(**good))) == []
    for cells, values in (broken_subtotal, broken_total):
        found = [c for c in codes(write(table.format(**cells))) if c[0] == "AL201"]
        assert [sorted(c[2]) for c in found] == [sorted(values)]


def test_a_column_group_without_a_total_of_its_own_is_not_summed(write):
    """`本年 | 上年` over 预算数 and 决算数 with no 合计 or 小计: nothing says they make a whole."""
    table = (
        "单位：万元\n| 本年 | | 上年 | |\n| 预算数 | 决算数 | 预算数 | 决算数 |\n"
        "| 50.00 | 45.00 | 48.00 | 40.00 |\n"
    )
    assert codes(write(table)) == []


def test_figures_under_merged_headings_are_named_by_every_heading_over_them(write):
    x = extract_text(write(MERGED_PAIRS.format(t="115.00", s="79.00", r="13.00")))
    assert [f.label for f in x.facts[:6]] == [
        ":合计预算数",
        ":合计决算数",
        ":基本支出小计预算数",
        ":基本支出小计决算数",
        ":基本支出人员经费预算数",
        ":基本支出人员经费决算数",
    ]


def test_each_column_group_pairs_its_own_budget_and_spending(write):
    """`因公出国费 预算数 | 决算数 | 公务接待费 预算数 | 决算数`: spending above its own group's
    budget is flagged there, not only in the last group."""
    table = (
        "单位：万元\n| 合计 | | 会议费 | | 培训费 | |\n"
        "| 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 |\n"
        "| 20.00 | {t} | 8.00 | {m} | 12.00 | 10.00 |\n"
    )
    assert codes(write(table.format(t="17.00", m="7.00"))) == []
    found = codes(write(table.format(t="19.00", m="9.00")))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL101", [8.0, 9.0])]


# a fund block printed from text to PDF and read back: one cell a line, the rows' empty cells
# gone with nothing to show them (a blank 得分, the 其中 row's empty 执行数 … 得分)
FUND_RUN = (
    "项目资金\n(万元)\n\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率(%)\n得分\n\n\n"
    "年度资金总额\n60万元\n60万元\n57万元\n10\n95%\n{score}\n\n\n"
    "其中：当年财政拨款\n{part}\n60万元\n\n\n\n上年结转资金\n\n\n\n其他资金\n\n\n\n年度总体目标\n"
)


def test_a_fund_block_one_cell_a_line_keeps_its_columns(write):
    x = extract_text(write(FUND_RUN.format(score="9.5", part="60万元")))
    (table,) = x.tables
    rows = [[c.text for c in row] for row in table.rows]
    headings = ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)"]
    assert rows[0] == [*headings, "得分"]
    # the 其中 row's figures are its budgets, the cells after them empty
    assert rows[2] == ["其中:当年财政拨款", "60万元", "60万元", "", "", "", ""]
    assert codes(write(FUND_RUN.format(score="9.5", part="60万元"))) == []


def test_a_fund_blocks_blank_score_is_the_last_cell_not_a_shifted_row(write):
    # without its 得分 the first row is one cell short: its 95% stands under 执行率 only when the
    # row spans every heading, the empty cell last
    found = codes(write(FUND_RUN.format(score="", part="60万元")))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL404", [9.5, 10, 95])]


def test_a_fund_part_one_cell_a_line_against_its_total(write):
    found = codes(write(FUND_RUN.format(score="9.5", part="50万元")))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", [50, 60])]


@pytest.mark.parametrize(
    ("unit", "good", "bad"),
    [("万元", "14.30", "15.30"), ("元", "142,780.90", "143,780.90"), ("亿元", "1.43", "1.53")],
)
def test_figures_that_carry_their_unit_in_each_cell_are_summed(write, unit, good, bad):
    parts = {"万元": ("10.50", "3.80"), "元": ("104,860.50", "37,920.40"), "亿元": ("1.05", "0.38")}
    a, b = parts[unit]
    text = f"项目\t决算数\n办公费\t{a}{unit}\n印刷费\t{b}{unit}\n合计\t{{x}}{unit}\n"
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL201"]


def test_counts_and_rates_with_their_units_are_not_summed_as_money(write):
    text = "项目\t人数\t达标率\n甲组\t12人\t90%\n乙组\t8人\t85%\n合计\t20人\t88%\n"
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "| 支出项目 | 2026年 | 2025年 | 增减 |\n| 办公费 | 18.40 | 16.90 | {x} |\n"
            "| 印刷费 | 3.20 | 3.50 | -0.30 |\n",
            "1.50",
            "1.80",
            [18.4, 16.9, 1.8],
        ),
        (
            "项目\t2025年度决算数\t2024年度决算数\t增减额\t增减率\n"
            "基本支出\t356.20\t331.70\t24.50\t{x}%\n",
            "7.39",
            "7.93",
            [356.2, 331.7, 7.93],
        ),
        (
            "项目 2024年 2023年 增减额\n公务接待费 2.64 3.08 {x}\n会议费 1.20 1.05 0.15\n",
            "-0.44",
            "-0.34",
            [2.64, 3.08, -0.34],
        ),
    ],
)
def test_columns_headed_by_consecutive_years_are_this_year_and_last(write, text, good, bad, values):
    assert codes(write(text.format(x=good))) == []
    found = [c for c in codes(write(text.format(x=bad))) if c[0] == "AL501"]
    assert [sorted(c[2]) for c in found] == [sorted(values)]


@pytest.mark.parametrize(
    "text",
    [
        # one year's budget and spending, and a difference of them that is no change on last year
        "项目\t2025年预算数\t2025年决算数\t增减\n办公费\t20.00\t18.50\t1.50\n",
        # years two apart: no this year and last
        "项目\t2025年\t2023年\t增减\n办公费\t20.00\t18.50\t3.50\n",
    ],
)
def test_columns_of_one_year_or_of_years_apart_are_no_change_on_last_year(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL501"] == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "| 支出内容 | 预算数 | 执行数 | 执行率 |\n| 照明改造 | 65.00 | 62.30 | 95.85% |\n"
            "| 场地维修 | 80.00 | 78.60 | 98.25% |\n| 合计 | 145.00 | 140.90 | {x}% |\n",
            "97.17",
            "99.17",
        ),
        (
            "项目\t全年预算数\t全年执行数\t执行率\n办公设备\t12.00\t11.40\t95.00%\n"
            "维修\t8.00\t7.20\t90.00%\n合计\t20.00\t18.60\t{x}%\n",
            "93.00",
            "95.00",
        ),
        (
            "| 科目 | 预算数 | 决算数 | 执行率 |\n| 基本支出 | 300.0 | 291.0 | 97.0% |\n"
            "| 项目支出 | 100.0 | 88.0 | 88.0% |\n| 总计 | 400.0 | 379.0 | {x}% |\n",
            "94.8",
            "96.8",
        ),
    ],
)
def test_the_total_rows_rate_is_its_spending_over_its_budget(write, text, good, bad):
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL102"]


@pytest.mark.parametrize(
    ("header", "row", "good", "bad"),
    [
        (
            "| 项目 | 合计 | 差旅费 | 车辆使用费 | | | 接待费 |\n"
            "| | | | 小计 | 购置费 | 运行费 | |\n",
            "| 决算数 | 12.00 | 0.00 | 9.00 | 0.00 | {x} | 3.00 |\n",
            "9.00",
            "8.00",
        ),
        (
            "| 项目 | 合计 | 租赁费 | 设备购置 | | | 维修费 |\n| | | | 小计 | 办公设备 | 专用设备 | |\n",
            "| 本年 | 20.50 | 0.00 | 15.30 | 0.00 | {x} | 5.20 |\n",
            "15.30",
            "14.30",
        ),
        (
            "| 单位 | 合计 | 会议费 | 培训费 | | | 印刷费 |\n| | | | 小计 | 师资费 | 场地费 | |\n",
            "| 本级 | 8.60 | 0.00 | 6.40 | 0.00 | {x} | 2.20 |\n",
            "6.40",
            "5.90",
        ),
    ],
)
def test_a_subtotal_column_of_one_row_is_the_sum_of_its_group(write, header, row, good, bad):
    """A 小计 heading sums the headings beside it under its group's by its name: a table of one
    row proves it no less than one of many (parts that fell short were read as a remainder)."""
    text = "单位：万元\n" + header + row
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL201"]


PROVEN = (
    "| 项目合计出国费用车小计购置运行接待 | | | | | |\n"
    "| 2023年预算 | 12.50 | 2.00 | 6.30 | 1.20 | 5.10 | 4.20 |\n"
    "| 2023年决算 | 10.84 | 1.36 | 5.73 | 0.80 | 4.93 | 3.75 |\n"
    "| 2022年决算 | 11.62 | 1.88 | 6.05 | 1.10 | {x} | 3.69 |\n"
)


def test_a_column_sum_the_other_rows_prove_whatever_the_headings(write):
    """Headings run together: no column is named a total, but 6.30 = 1.20 + 5.10 and
    5.73 = 0.80 + 4.93 prove the fourth column the sum of the next two."""
    assert codes(write(PROVEN.format(x="4.95"))) == []
    assert codes(write(PROVEN.format(x="4.59"))) == [("AL201", 4, [6.05, 1.1, 4.59])]


@pytest.mark.parametrize(
    "text",
    [
        # small whole numbers add up by chance
        "| 项目 | 甲 | 乙 | 丙 | 丁 |\n| 一组 | 3 | 1 | 2 | 5 |\n| 二组 | 4 | 2 | 2 | 7 |\n"
        "| 三组 | 5 | 1 | 1 | 9 |\n",
        # a sum that holds in one row that means something (the other holds with a zero part)
        "| 项目 | 甲 | 乙 | 丙 |\n| 一 | 12.34 | 10.00 | 2.34 |\n| 二 | 5.00 | 5.00 | 0.00 |\n"
        "| 三 | 7.77 | 1.11 | 3.33 |\n",
        # a row that lost a cell is not read against the columns
        "| 项目 | 合计 | 甲 | 乙 |\n| 一 | 12.34 | 10.00 | 2.34 |\n| 二 | 15.50 | 10.20 | 5.30 |\n"
        "| 三 | 20.00 | 12.00 |\n| 四 | 9.99 | 4.99 | 5.00 |\n",
    ],
)
def test_what_the_figures_do_not_prove_a_sum(write, text):
    assert codes(write(text)) == []


PARENT_ROWS = (
    "| 项目 | 年初预算 | 调整预算 | 决算 |\n| 基本支出 | 320.50 | 330.20 | 328.75 |\n"
    "| 人员经费 | 250.30 | 255.10 | 254.60 |\n| 公用经费 | 70.20 | 75.10 | {x} |\n"
    "| 项目支出 | 180.00 | 191.00 | 185.40 |\n"
)


def test_a_row_sum_the_other_columns_prove(write):
    """A parent row whose children lost their indent: 320.50 = 250.30 + 70.20 and 330.20 =
    255.10 + 75.10 prove 基本支出 the sum of the two rows below it."""
    assert codes(write(PARENT_ROWS.format(x="74.15"))) == []
    assert codes(write(PARENT_ROWS.format(x="47.15"))) == [("AL201", 2, [328.75, 254.6, 47.15])]


# a list of sums in two columns, the total row closing it, in each layout a page prints
TWO_COLUMNS = [
    ("收入项目", "金额"),
    ("财政补助收入", "{a}"),
    ("经营收入", "45.30"),
    ("附属单位上缴收入", "8.25"),
    ("收入合计", "{t}"),
]
TWO_COLUMN_LAYOUTS = {
    "spaced": lambda rows: "\n".join("   ".join(r) for r in rows),
    "one space": lambda rows: "\n".join(" ".join(r) for r in rows),
    "cell a line": lambda rows: "\n".join(f"{c} |" for r in rows for c in r),
    "pipe": lambda rows: "\n".join(f"| {a} | {b} |" for a, b in rows),
}


@pytest.mark.parametrize("layout", list(TWO_COLUMN_LAYOUTS))
@pytest.mark.parametrize(
    ("a", "t", "values"),
    [
        ("912.60", "966.15", None),
        ("912.60", "996.15", [996.15, 912.6, 45.3, 8.25]),  # the total 30 above its rows
        ("612.60", "966.15", [966.15, 612.6, 45.3, 8.25]),  # a row 300 short: 31% of it
    ],
)
def test_a_two_column_list_closed_by_its_total_row(write, layout, a, t, values):
    """A label and one sum a line under two headings, then 合计: the rows are all of it, so a
    shortfall of any size is an error, as it is under a total row of several columns."""
    rows = [tuple(c.format(a=a, t=t) for c in row) for row in TWO_COLUMNS]
    text = "单位：万元\n" + TWO_COLUMN_LAYOUTS[layout](rows) + "\n"
    found = [c for c in codes(write(text)) if c[0] == "AL201"]
    assert found == ([] if values is None else [("AL201", found[0][1], values)])


@pytest.mark.parametrize(
    "text",
    [
        # label-and-figure lines with no total row: nothing says they add up
        "项目   金额\n办公费   12.40\n印刷费   3.10\n差旅费   6.00\n会议费   2.20\n",
        # a total row on top over the items the page chose to show: a remainder is allowed
        "| 项目 | 金额 |\n| 支出合计 | 96.00 |\n| 办公费 | 12.40 |\n| 差旅费 | 6.00 |\n"
        "| 会议费 | 2.20 |\n",
    ],
)
def test_two_column_lists_that_need_not_add_up(write, text):
    assert codes(write(text)) == []


def test_a_coded_table_flattened_into_one_line_keeps_its_codes_out_of_the_figures(write):
    """`… 63.40 50.10 13.30 20102 政协事务 …`: each row's 科目编码 stands after the figures of
    the row before; read as a figure it made 20101 the 'sum' of the next codes."""
    text = (
        "单位：万元\n科目编码 科目名称 合计 基本支出 项目支出 201 一般公共服务支出 {x} 140.20 "
        "31.60 20101 人大事务 63.40 50.10 13.30 20102 政协事务 108.40 90.10 18.30 "
        "205 教育支出 22.00 22.00 0.00 合计 193.80 162.20 31.60\n"
    )
    assert codes(write(text.format(x="171.80"))) == []
    found = [(c[0], sorted(c[2])) for c in codes(write(text.format(x="174.80")))]
    assert ("AL201", [63.4, 108.4, 174.8]) in found
    assert all(v < 1000 for _, values in found for v in values)


def test_a_row_number_column_is_no_sum_whatever_its_heading(write):
    """行次 printed over two lines (`行` / `次`) is no heading the cues know; its 1 2 3 are
    still no figures to add."""
    text = (
        "单位：万元\n项  行  合  财政拨  其他\n目  次  计  款收入  收入\n"
        "合计  1  506.30  480.10  26.20\n办公费  2  306.20  300.00  6.20\n"
        "差旅费  3  200.10  180.10  20.00\n"
    )
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "单位：万元 收入项目 金额 财政补助收入 812.40 经营收入 45.30 其他收入 6.10 "
            "收入合计 {x}\n",
            "863.80",
            "893.80",
            [893.8, 812.4, 45.3, 6.1],
        ),
        (
            "单位：万元 支出合计 {x} 人员经费 512.75 公用经费 98.05 对个人和家庭的补助 30.00\n",
            "640.80",
            "670.80",
            [670.8, 512.75, 98.05, 30.0],
        ),
        (
            "资金来源（万元） 中央资金 300 省级资金 120 县级资金 60 合计 {x}\n",
            "480",
            "490",
            [490, 300, 120, 60],
        ),
    ],
)
def test_a_two_column_list_flattened_into_one_line(write, text, good, bad, values):
    assert codes(write(text.format(x=good))) == []
    assert [(c[0], c[2]) for c in codes(write(text.format(x=bad)))] == [("AL201", values)]


@pytest.mark.parametrize(
    "text",
    [
        # no total: fields of a form, nothing that adds up
        "项目 金额 办公费 12.40 印刷费 3.10 差旅费 6.00 会议费 2.20\n",
        # figures printed unlike (a count, a rate, a sum): a form's fields before a total
        "受益人数 1200 补助标准 0.25 补助月数 12 合计 300\n",
        # a year among the figures
        "实施年度 2024 计划数 36 完成数 30 合计 70\n",
    ],
)
def test_label_figure_runs_that_are_no_table(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    "headings",
    [
        "项目 2025年 2024年 增减额 增减率",
        "项目 2025年决算数 2024年决算数 增减额 增减率(%)",
        "科目 2025年度 2024年度 增减 增幅",
    ],
)
def test_year_headings_of_a_table_flattened_into_one_line(write, headings):
    text = f"单位：万元 {headings} 商品和服务支出 318.60 300.00 18.60 {{x}} 资本性支出 42.00 60.00 -18.00 -30.00%\n"
    assert codes(write(text.format(x="6.20%"))) == []
    found = codes(write(text.format(x="6.80%")))
    assert [(c[0], c[2]) for c in found] == [("AL501", [6.8, 318.6, 300.0])]


SIDES_ONE_LINE = (
    "单位：万元 收入 金额 支出 金额 财政拨款收入 512.20 基本支出 402.70 事业收入 24.50 "
    "项目支出 {x} 其他收入 3.30 上缴上级支出 1.10 本年收入合计 540.00 本年支出合计 540.00\n"
)


def test_a_two_sided_table_flattened_into_one_line_is_read_side_by_side(write):
    """Income and spending rows alternate when a 收支 table is flattened; its two totals,
    `本年收入合计` then `本年支出合计`, show the sides: each side adds up on its own."""
    assert codes(write(SIDES_ONE_LINE.format(x="136.20"))) == []
    found = codes(write(SIDES_ONE_LINE.format(x="130.20")))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", [1.1, 130.2, 402.7, 540.0])]


def test_a_decrease_printed_with_its_sign_in_a_flattened_row(write):
    """`-47.50` in a row flattened into one line is the row's change, not the row's end."""
    text = (
        "单位：万元 项目 本年数 上年数 增减额 增减率(%) 会议费 18.60 24.00 {x} -22.50 "
        "培训费 30.40 28.00 2.40 8.57\n"
    )
    assert codes(write(text.format(x="-5.40"))) == []
    assert [(c[0], c[2]) for c in codes(write(text.format(x="-4.40")))] == [
        ("AL501", [18.6, 24.0, -4.4])
    ]
