import pytest
from conftest import codes, extract_text, seed

from auditlint.config import Config
from auditlint.readers import read_path
from auditlint.runner import lint


def _rows(table):
    return [[c.text for c in row] for row in table.rows]


def test_seed003_cell_per_line_tables_keep_blank_cells():
    doc = read_path(seed("003"))
    assert [(t.layout, t.start_line) for t in doc.tables] == [
        ("cell-per-line", 82),
        ("cell-per-line", 302),
    ]
    rows = _rows(doc.tables[0])
    assert ["", "年度资金总额", "86.4", "86.4", "96.4", "10", "100%", "10"] in rows
    assert ["", "其中:当年财政拨付", "28.8", "28.8", "", "", "", ""] in rows
    # a wrapped cell (产出 / 指标 / (50分) on three lines) is one cell
    assert any(r[1:2] == ["产出指标(50分)"] for r in rows)


def test_seed001_tab_table():
    doc = read_path(seed("001"))
    first = doc.tables[0]
    assert first.layout == "tab"
    assert ["", "基本支出", "117,897.50", "财政拨款", "381,681.03"] in _rows(first)
    cell = first.rows[3][2]
    assert (cell.line, cell.column) == (8, 7)


def test_markdown_pipe_and_cell_per_line_pipe_tables(write):
    p = write(
        "| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 |\n|---|---|---|---|\n"
        "| 年度资金总额 | 50 | 50 | 60 |\n\n说明文字。\n\n"
        "年度资金总额 |\n40 |\n40 |\n|||||\n其他资金 |\n0 |\n0 |\n|||||\n"
    )
    doc = read_path(p)
    assert [_rows(t) for t in doc.tables] == [
        [
            ["项目资金", "年初预算数", "全年预算数", "全年执行数"],
            ["年度资金总额", "50", "50", "60"],
        ],
        [["年度资金总额", "40", "40"], ["其他资金", "0", "0"]],
    ]


def test_flattened_row_inside_a_line(write):
    p = write(
        "项目资金 年初预算数 全年预算数 全年执行数 分值 年度资金总额: 90 90 80 10 其他资金 0 0 0\n"
    )
    doc = read_path(p)
    assert next(_rows(t) for t in doc.tables) == [
        ["", "年初预算数", "全年预算数", "全年执行数", "分值"],  # the headings before the values
        ["年度资金总额", "90", "90", "80", "10"],
        ["其他资金", "0", "0", "0", ""],
    ]
    # three columns are too weak a sign: no heading row, rows as they are
    p = write("项目资金 年初预算数 全年预算数 全年执行数 年度资金总额: 90 90 80 其他资金 0 0\n")
    assert next(_rows(t) for t in read_path(p).tables) == [
        ["年度资金总额", "90", "90", "80"],
        ["其他资金", "0", "0"],
    ]


def test_flattened_rows_under_headings_fill_from_the_left_until_text_intervenes(write):
    p = write(
        "资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 50 50 40 10 80% 8 "
        "其中:当年财政拨款 50 50 40 上年结转资金 其他资金 年度总体目标 完成建设 指标甲 100 8 8\n"
    )
    rows = next(_rows(t) for t in read_path(p).tables)
    assert rows[:3] == [
        ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "50", "50", "40", "10", "80%", "8"],
        ["当年财政拨款", "50", "50", "40", "", "", ""],
    ]
    assert rows[3] == ["指标甲", "100", "8", "8"]  # after text: not padded into the fund columns


def test_table_facts_carry_role_label_and_cell_location():
    x = extract_text(seed("003"))
    f = next(f for f in x.facts if f.role == "execution" and f.line == 115)
    assert (f.text, f.unit, f.label, f.scope, f.column) == (
        "96.4",
        "万元",
        "年度资金总额:全年执行数",
        "困难老年人家庭适老化改造",
        2,
    )


def test_glued_indicator_rows_split_only_where_the_text_fixes_the_boundaries(write):
    p = write(
        "产出指标(30分)植树面积6120亩120亩6验收合格率1298%98%12资金执行率8—95%7.6"
        "完工时间42023年6月底2023年6月底4宣传覆盖率5≥80%≥75%5\n"
    )
    (table,) = read_path(p).tables
    assert table.layout == "glued"
    assert _rows(table) == [
        [
            "植树面积",
            "6",
            "120亩",
            "120亩",
            "6",
        ],  # not `产出指标(30分)…`: the heading's `分)` is cut
        ["验收合格率", "12", "98%", "98%", "12"],
        ["资金执行率", "8", "—", "95%", "7.6"],
        ["完工时间", "4", "2023年6月底", "2023年6月底", "4"],
    ]  # ≥80% vs ≥75%: target and actual differ, so where 5 ends is not certain: left alone
    (cell,) = [row[1] for row in table.rows if row[0].text == "验收合格率"]
    assert (cell.line, cell.column, cell.end_column) == (1, 29, 30)


def test_glued_row_whose_score_exceeds_its_weight_is_not_a_row(write):
    # 8 after 120亩120亩 cannot be a score of 分值 6: the split is wrong, so no row
    assert read_path(write("植树面积6120亩120亩8\n")).tables == []


@pytest.mark.parametrize(
    ("table", "where"),
    [
        # a pipe table whose cell is a sentence
        (
            "项目名称 | 示范项目 |\n年度总体目标完成情况 | 本年度预算资金为80万元，执行数为72万元，完成预算的{p}%。 |\n",
            (2, 41),
        ),
        # one cell per line
        (
            "项目名称 |\n示范项目 |\n完成情况 |\n全年下达资金40.00万元，已拨付36.00万元，拨付率{p}%。 |\n",
            (4, 29),
        ),
        # a tab-separated row
        ("指标\t说明\n资金使用\t截至年底安排资金50万元，已支付45万元，支付率{p}%。\n", (2, 30)),
    ],
)
def test_a_cell_that_is_a_sentence_is_read_as_prose(write, table, where):
    assert codes(write(table.format(p="90"))) == []
    found = codes(write(table.format(p="95")))
    assert [(c[0], c[1]) for c in found] == [("AL102", where[0])]
    (finding,) = lint([write(table.format(p="95"))]).findings
    assert (finding.line, finding.column) == where


SPACED = [
    # (a table printed with spaces between its cells, its fixed twin, the finding's values)
    (
        "单位：万元\n项目 预算数 决算数\n基本支出 120.00 118.50\n项目支出 80.00 75.80\n"
        "合计 200.00 196.30\n",
        "单位：万元\n项目 预算数 决算数\n基本支出 120.00 118.50\n项目支出 80.00 75.80\n"
        "合计 200.00 194.30\n",
        ("AL201", [196.3, 118.5, 75.8]),
    ),
    (
        "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额 50 50 45 10 95% 9\n其中：当年财政拨款 50 50 45 - - -\n",
        "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额 50 50 45 10 90% 9\n其中：当年财政拨款 50 50 45 - - -\n",
        ("AL102", [45, 50, 95]),
    ),
    (
        "收入项目　本年数　上年数\n财政拨款收入　300.5　280.0\n其他收入　20.0　18.5\n"
        "收入合计　330.5　298.5\n",
        "收入项目　本年数　上年数\n财政拨款收入　300.5　280.0\n其他收入　20.0　18.5\n"
        "收入合计　320.5　298.5\n",
        ("AL201", [330.5, 300.5, 20.0]),
    ),
    # a row of figures with its label cell blank, and a label printed with spaces inside it
    (
        "单位：万元\n项目      合计     基本支出   项目支出\n"
        "          96.00    70.00      26.00\n"
        "办 公 费  60.00    45.00      15.00\n"
        "会议费    36.00    25.00      13.00\n",
        "单位：万元\n项目      合计     基本支出   项目支出\n"
        "          96.00    70.00      26.00\n"
        "办 公 费  60.00    45.00      15.00\n"
        "会议费    36.00    25.00      11.00\n",
        ("AL201", [36.0, 25.0, 13.0]),
    ),
]


@pytest.mark.parametrize(("bad", "good", "finding"), SPACED)
def test_a_table_aligned_by_spaces_is_a_table(write, bad, good, finding):
    found = [(c[0], sorted(c[2])) for c in codes(write(bad))]
    assert (finding[0], sorted(finding[1])) in found
    assert codes(write(good)) == []


def test_lines_with_spaces_that_are_prose_make_no_table(write):
    """Spaced words around figures in sentences (a PDF's text) are no rows of a table."""
    text = (
        "2024 年 基本支出 120.00 万元，较上年增加 10.00 万元。\n"
        "其中 人员经费 102.00 万元，公用经费 18.00 万元。\n"
        "主要 用于 保障 机构 运转。\n"
    )
    path = write(text)
    assert [t.layout for t in read_path(path).tables] == []
    assert codes(path) == []


@pytest.mark.parametrize(
    ("line", "finding"),
    [
        (  # the rate × weight is not the score
            "资金情况 年度资金总额 其中：财政拨款 全年预算数 全年执行数 分值 执行率 得分 "
            "48.00 43.20 10 90% 8 48.00 43.20 — 90% — 其他资金 — —",
            ("AL405", [10, 90, 8]),
        ),
        (  # the execution over the budget, the rate of the printed figures
            "项目资金（万元） 全年预算数 全年执行数 分值 执行率 得分 30.00 36.00 10 120% 10",
            ("AL101", [30.0, 36.0]),
        ),
        (
            "年度资金 全年预算数 全年执行数 分值 执行率 得分 120.50 110.00 10 85% 8.5",
            ("AL102", [85, 110.0, 120.5]),
        ),
    ],
)
def test_headings_then_the_rows_values_in_one_line_are_a_fund_block(write, line, finding):
    """A fund block flattened with its row labels printed before the headings: the values
    after the headings are its rows, the first the 年度资金总额."""
    found = [(c[0], sorted(c[2])) for c in codes(write(line + "\n"))]
    assert (finding[0], sorted(finding[1])) in found


def test_headings_then_values_that_fill_no_whole_row_are_no_fund_block(write):
    """Four values under five headings: which heading each is under is unknown."""
    line = "资金情况 全年预算数 全年执行数 分值 执行率 得分 48.00 43.20 10 90%\n"
    tables = read_path(write(line)).tables
    assert all(len(t.rows) == 1 for t in tables)  # no heading row, nothing read as a column
    assert codes(write(line)) == []


def test_a_consistent_flattened_fund_block_is_silent(write):
    line = (
        "资金情况 年度资金总额 其中：财政拨款 全年预算数 全年执行数 分值 执行率 得分 "
        "48.00 43.20 10 90% 9 48.00 43.20 — 90% — 其他资金 — —\n"
    )
    assert codes(write(line)) == []


def _cells_by_paragraph(cells: list[str]) -> str:
    """A Word table saved as text: each cell a paragraph of its own, blank lines between."""
    return "\n\n".join(cells) + "\n"


FUND_CELLS = [
    "项目支出绩效自评表", "项目名称", "校舍维修", "项目资金", "(万元)", " ",
    "年初", "预算数", "全年", "预算数", "全年", "执行数", "分值", "执行率", "得分",
    "年度资金总额", "50.5", "50.5", "{x}", "10", "{r}", "{s}",
    "其中:当年财政拨款", "50.5", "50.5", "{x}", " ",
    "上年结转资金", " ", " ", " ", " ",
    "其他资金", " ", " ", " ", " ",
]  # fmt: skip


@pytest.mark.parametrize(
    ("x", "r", "s", "found"),
    [
        ("44.0", "87%", "9", []),  # 44.0 / 50.5 = 87.13%; 8.7 rounds to 9
        ("44.0", "97%", "9", ["AL102", "AL405"]),  # and 9.7 does not round to 9
        ("44.0", "87%", "7", ["AL405"]),
        ("52.0", "103%", "10", ["AL101"]),
    ],
)
def test_a_fund_block_one_cell_a_paragraph_is_read_under_its_headings(write, x, r, s, found):
    """The headings above the 年度资金总额 row name its columns; the rows after it may stop
    short (their last cells merged away)."""
    text = _cells_by_paragraph([c.format(x=x, r=r, s=s) for c in FUND_CELLS])
    assert sorted({c[0] for c in codes(write(text))}) == found


def test_a_fund_block_one_cell_a_paragraph_ends_where_a_row_opens_with_a_value(write):
    """Below the fund block, rows that open with a value (`324户`) are another block: they are
    not read under the fund block's headings (which gave false 得分 > 分值 findings)."""
    cells = [c.format(x="44.0", r="87%", s="9") for c in FUND_CELLS]
    cells += ["年度总体目标", "完成维修", "产出指标", "维修面积", "300平方米", "10", "10"]
    tables = read_path(write(_cells_by_paragraph(cells))).tables
    assert [[c.text for c in row][:2] for row in tables[0].rows][-1][0] == "其他资金"
    assert codes(write(_cells_by_paragraph(cells))) == []


def test_figures_one_a_line_under_repeated_headings_without_a_label_are_no_table(write):
    """Column headings that repeat (预算数 / 决算数 for each of three items over two header
    rows), then the figures with no label, one cell a line: which figure stands under which
    heading cannot be told, so no pairs are made (the last 决算数 had been read as the row's
    label and every pair shifted: a false AL101)."""
    cells = ["“三公”经费支出表", "单位：万元", "合计", "会议费", "培训费", "接待费"]
    cells += ["预算数", "决算数"] * 4 + ["40.00", "36.00", "20.00", "18.00", "12.00", "11.00"]
    cells += ["8.00", "7.00"]
    text = "\n".join(cells) + "\n"
    assert not any(t.layout == "cell-run" for t in read_path(write(text)).tables)
    assert codes(write(text)) == []


def test_figures_in_one_line_under_repeated_headings_without_a_label_are_no_table(write):
    """The same on a page flattened into one line: the last `决算数` is no row's label, and the
    figures are not paired under the headings (a false AL101 `决算数 8.00 超过 预算数 0.50`)."""
    line = (
        "“三公”经费及机关运行经费支出表 单位：万元 “三公”经费 机关运行经费决算数 合计 会议费 "
        "培训费 接待费 小计 购置费 运行费 "
        + "预算数 决算数 " * 6
        + "210.50 40.00 36.00 20.00 18.00 12.00 11.00 8.00 0.50\n"
    )
    assert codes(write(line)) == []


def test_spaced_rows_with_a_blank_label_or_a_spaced_label_keep_their_columns(write):
    text = (
        "项目      合计     基本支出   项目支出\n"
        "          96.00    70.00      26.00\n"
        "办 公 费  60.00    45.00      15.00\n"
        "会议费    36.00    25.00      11.00\n"
    )
    (table,) = read_path(write(text)).tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["项目", "合计", "基本支出", "项目支出"],
        ["", "96.00", "70.00", "26.00"],
        ["办 公 费", "60.00", "45.00", "15.00"],
        ["会议费", "36.00", "25.00", "11.00"],
    ]


# a PDF's layout text: cells apart by wide gaps, headings printed with a space between their
# characters (`预 算 数`), a label with one inside (`办 公 费`), or a tab between cells
WIDE_GAPS = [
    "项目        预 算 数     决 算 数\n合计        {x}        81.30\n"
    "办公费      52.00        47.10\n会议费      34.50        34.20\n",
    "科目名称      预 算 数      执 行 数\n办 公 费     52.00         47.10\n"
    "会 议 费     34.50         34.20\n合 计        {x}         81.30\n",
    "项目\t预 算 数\t决 算 数\n合计\t{x}\t81.30\n办公费\t52.00\t47.10\n会议费\t34.50\t34.20\n",
]


@pytest.mark.parametrize("text", WIDE_GAPS)
def test_rows_apart_by_wide_gaps_keep_spaced_headings_whole(write, text):
    (table,) = read_path(write(text.format(x="86.50"))).tables
    header = [c.text for c in table.rows[0]]
    assert len(header) == 3 and header[1] == "预 算 数" and header[2] in ("决 算 数", "执 行 数")
    assert codes(write(text.format(x="86.50"))) == []
    found = codes(write(text.format(x="88.50")))
    assert [(c[0], sorted(c[2])) for c in found] == [("AL201", [34.5, 52.0, 88.5])]


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        # a 三公 table: the items are the columns, the years' figures the rows
        (
            "合计 因公出国费 公务用车运行费 公务接待费\n预算数 9.60 0 6.40 3.20\n决算数 {x} 0 5.85 2.74\n",
            "8.59",
            "8.95",
            [8.95, 0, 5.85, 2.74],
        ),
        (
            "预算数 决算数\n办公费 12.00 10.50\n会议费 4.00 3.20\n合计 16.00 {x}\n",
            "13.70",
            "13.90",
            [13.9, 10.5, 3.2],
        ),
        (
            "本年数 上年数\n工资福利支出 410.20 396.80\n商品和服务支出 88.40 91.30\n合计 {x} 488.10\n",
            "498.60",
            "496.80",
            [496.8, 410.2, 88.4],
        ),
    ],
)
def test_spaced_rows_under_a_header_without_its_corner_cell(write, text, good, bad, values):
    """The cell over the labels left blank: the header is one word short of its rows."""
    (table,) = read_path(write(text.format(x=good))).tables
    assert table.rows[0][0].text == "" and len(table.rows[0]) == len(table.rows[1])
    assert codes(write(text.format(x=good))) == []
    assert [(c[0], c[2]) for c in codes(write(text.format(x=bad)))] == [("AL201", values)]


def test_a_line_of_words_above_rows_of_its_own_width_keeps_its_cells(write):
    text = "项目 预算数 决算数\n办公费 12.00 10.50\n会议费 4.00 3.20\n"
    (table,) = read_path(write(text)).tables
    assert [c.text for c in table.rows[0]] == ["项目", "预算数", "决算数"]


def _barred(cells: list[str]) -> str:
    """Cells one a line, each closed by a line of its own `|`; `""` is an empty cell."""
    return "".join(f"{c}\n|\n" if c else "|\n" for c in cells)


_BARRED_HEAD = ["项  目", "预算数", "决算\n数", ""]
_BARRED_ROWS = [
    ["商品和服务\n支出", "64.20", "60.15", ""],
    ["设备购置\n维修费", "18.00", "17.35", ""],
    ["资本性支出", "12.40", "12.40", ""],
]


def test_cells_closed_by_bar_lines_are_a_table_whose_cells_run_over_lines(write):
    doc = read_path(
        write("单位：万元\n" + _barred([c for row in (_BARRED_HEAD, *_BARRED_ROWS) for c in row]))
    )
    assert [_rows(t) for t in doc.tables] == [
        [
            ["项  目", "预算数", "决算数"],
            ["商品和服务支出", "64.20", "60.15"],
            ["设备购置维修费", "18.00", "17.35"],
            ["资本性支出", "12.40", "12.40"],
        ]
    ]


@pytest.mark.parametrize(("spent", "found"), [("89.90", []), ("91.90", ["AL201"])])
def test_a_total_row_of_a_barred_table_is_checked(write, spent, found):
    total = ["合计", "94.60", spent, ""]
    text = "单位：万元\n" + _barred(
        [c for row in (_BARRED_HEAD, *_BARRED_ROWS, total) for c in row]
    )
    assert [c[0] for c in codes(write(text))] == found


def test_prose_between_bar_lines_is_no_table(write):
    text = "|\n本单位全年共开展培训12期，\n|\n参训人员达到480人次，\n|\n较上年增加60人次。\n|\n"
    assert read_path(write(text)).tables == []


_FIRST_PART = "| 科目 | 决算数 |\n| 文化旅游支出 | 46.20 |\n| 卫生健康支出 | 28.50 |\n"
_SECOND_PART = "| 科目 | 决算数 |\n| 住房保障支出 | 12.30 |\n| 合计 | {total} |\n"


@pytest.mark.parametrize(
    "between",
    ["（续表）\n", "续上表\n单位：万元\n", "- 2 -\n\n(续)\n"],
)
def test_a_table_continued_with_its_header_again_is_one_table(write, between):
    text = "单位：万元\n" + _FIRST_PART + between + _SECOND_PART
    doc = read_path(write(text.format(total="87.00")))
    assert [len(t.rows) for t in doc.tables] == [5]
    assert [c[0] for c in codes(write(text.format(total="87.00")))] == []
    assert [c[0] for c in codes(write(text.format(total="85.00")))] == ["AL201"]


def test_two_tables_with_one_header_and_prose_between_stay_two(write):
    text = (
        "单位：万元\n" + _FIRST_PART + "| 合计 | 74.70 |\n"
        "二、下属单位情况\n下属单位的支出如下表。\n" + _SECOND_PART.format(total="12.30")
    )
    assert [len(t.rows) for t in read_path(write(text)).tables] == [4, 3]
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "项目 预算数 决算数\n工资福利支出 2,345.60 2,310.00\n商品和服务支出 567.80 560.00\n"
            "合计 2,913.40 {x}\n",
            "2,870.00",
            "2,880.00",
        ),
        (
            "科目 上年数 本年数\n人员经费 11,905,312.40 12,408,551.20\n"
            "公用经费 998,146.50 1,020,300.60\n合计 12,903,458.90 {x}\n",
            "13,428,851.80",
            "13,438,851.80",
        ),
        (
            "项目 预算数 决算数\n专项业务费 36,418 35,900\n设备购置费 4,200 4,100\n"
            "合计 40,618 {x}\n",
            "40,000",
            "40,100",
        ),
    ],
)
def test_a_space_aligned_table_with_thousands_marks_is_read(write, text, good, bad):
    assert [c[0] for c in codes(write(text.format(x=good)))] == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL201"]


def test_a_comma_between_clauses_keeps_a_line_prose(write):
    text = "项目 预算数 决算数\n培训 12 11\n宣传 8,其中 6 5\n合计 20 16\n"
    assert [len(t.rows) for t in read_path(write(text)).tables] != [4]


def _cells(*cells: str) -> str:
    return "".join(f"{c}\n" for c in cells)


_SIDES = [
    ("财政拨款收入", "286.40", "一般公共服务支出", "201.30"),
    ("事业收入", "15.60", "文化旅游支出", "64.70"),
    ("其他收入", "4.00", "卫生健康支出", "{x}"),
    ("本年收入合计", "306.00", "本年支出合计", "306.00"),
]


@pytest.mark.parametrize(
    ("head", "good", "bad"),
    [
        ("单位：万元\n", "40.00", "41.00"),
        ("收入支出决算总表\n项目\n金额\n项目\n金额\n", "40.00", "39.00"),
        ("金额单位：万元\n收入\n支出\n", "40.00", "42.50"),
    ],
)
def test_income_and_spending_cells_one_a_line_are_two_sides(write, head, good, bad):
    """`收入 | 金额 | 支出 | 金额` printed one cell a line: each side's total is of its own side
    (it summed both sides' items)."""
    text = head + _cells(*[c for row in _SIDES for c in row])
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL201"]


def test_rows_one_a_line_that_name_no_sides_are_not_paired(write):
    text = _cells(
        *("培训费", "12.00", "11.50", "印刷费", "3.00", "2.80"),
        *("差旅费", "5.00", "4.60", "会议费", "2.00", "1.10", "合计", "22.00", "20.00"),
    )
    assert [len(t.rows) for t in read_path(write(text)).tables] == [5]
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    "head",
    ["项  目 预算数 决算数", "科 目 名 称 预算数 决算数", "项　目 年初预算 年末决算"],
)
def test_a_heading_spelled_with_spaces_is_one_heading(write, head):
    body = "维修费 20.00 19.00\n物业费 10.00 9.50\n合  计 30.00 {x}\n"
    text = head + "\n" + body
    assert [len(t.rows[0]) for t in read_path(write(text.format(x="28.50"))).tables] == [3]
    assert codes(write(text.format(x="28.50"))) == []
    assert [c[0] for c in codes(write(text.format(x="29.50")))] == ["AL201"]


def test_single_character_headings_over_as_many_columns_stay_apart(write):
    text = "项目 甲 乙 丙\n维修费 2.00 1.00 3.00\n物业费 1.00 1.50 2.50\n合计 3.00 2.50 5.50\n"
    assert [len(t.rows[0]) for t in read_path(write(text)).tables] == [4]


HEADINGS_ABOVE = [
    # a score sheet's fund block, its headings on the line above its flattened rows
    (
        "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额: 50.00 50.00 45.00 10 90% 9 其中:本年财政拨款 50.00 50.00 45.00\n",
        "90% 9 ",
        "90% 8 ",
        ("AL405", [10.0, 90.0, 8.0]),
    ),
    (
        "资金情况 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
        "年度资金总额 20.00 20.00 18.00 10 90.00% 9.00\n",
        "90.00% 9.00",
        "90.00% 9.50",
        ("AL405", [10.0, 90.0, 9.5]),
    ),
    # budget and spending columns of other rows
    (
        "支出项目 年初预算数 全年预算数 全年执行数 执行率\n"
        "设备购置费 30.00 32.00 31.50 98.44%\n人员培训费 10.00 10.00 9.00 90.00%\n",
        "31.50 98.44%",
        "31.50 88.44%",
        ("AL102", [32.0, 31.5, 88.44]),
    ),
]


@pytest.mark.parametrize(("text", "part", "broken", "finding"), HEADINGS_ABOVE)
def test_flattened_rows_under_a_line_of_headings(write, text, part, broken, finding):
    assert codes(write(text)) == []
    found = [(c, sorted(v)) for c, _line, v in codes(write(text.replace(part, broken)))]
    assert found == [(finding[0], sorted(finding[1]))]


def test_a_title_line_is_no_header_of_the_rows_below(write):
    """Two words above a row are a title, not its headings."""
    doc = read_path(write("项目支出 绩效自评表\n年度资金总额 20.00 20.00 18.00 10 90.00% 9.00\n"))
    assert doc.tables[0].rows[0][0].text == "年度资金总额"


def test_figures_on_the_right_side_of_a_two_sided_table_carry_their_own_side_s_label(write):
    """`收入 | 金额 | 支出 | 金额`: a spending figure is named by the spending label beside it,
    not the income label that opens the row (a finding had said 本年收入合计 of a spending sum)."""
    text = (
        "单位：万元\n"
        "项目 | 金额 | 项目 | 金额\n"
        "财政拨款收入 | 70.00 | 社会保障和就业支出 | 45.00\n"
        "事业收入 | 12.50 | 卫生健康支出 | 36.50\n"
        "本年收入合计 | 82.50 | 本年支出合计 | 82.50\n"
    )
    facts = extract_text(write(text)).facts
    assert [(f.label, f.text) for f in facts if f.col == 4] == [
        ("本年支出合计:金额", "82.50"),
        ("社会保障和就业支出:金额", "45.00"),
        ("卫生健康支出:金额", "36.50"),
    ]
    found = codes(write(text.replace("36.50", "35.50")))
    assert [(c[0], c[2]) for c in found] == [("AL201", [82.5, 45.0, 35.5])]


# a 序号 column before the labels, its total row printed without a number, and a last column
# of words (评价等级, 备注) that a row may leave blank: the space-aligned rows keep their columns
NUMBERED_ROWS = [
    (
        "序号 项目 预算数 决算数\n1 办公费 52.00 47.10\n2 会议费 34.50 34.20\n合计 {x} 81.30\n",
        [34.5, 52.0],
    ),
    (
        "序号 项目 预算数 决算数\n1 办公费 52.00 47.10\n2 会议费 34.50 34.20\n3 合计 {x} 81.30\n",
        [34.5, 52.0],
    ),
    (
        "项目 预算数 决算数 备注\n办公费 52.00 47.10 节约\n会议费 34.50 34.20\n合计 {x} 81.30\n",
        [34.5, 52.0],
    ),
]


@pytest.mark.parametrize(("text", "parts"), NUMBERED_ROWS)
def test_spaced_rows_with_row_numbers_or_a_remark_column(write, text, parts):
    assert codes(write(text.format(x="86.50"))) == []
    found = codes(write(text.format(x="88.50")))
    assert [(c[0], c[1], sorted(c[2])) for c in found] == [("AL201", 4, sorted([88.5, *parts]))]


def test_a_score_row_after_a_numbering_column_is_named_by_its_level(write):
    """`序号 | 一级指标 | 分值 | 扣分 | 得分`: the row's name is its 一级指标, not the blank
    that the row number leaves (the finding had named no indicator)."""
    text = (
        "序号   一级指标   分 值   扣 分   得 分   评价等级\n"
        "1   运行管理   12   1   11   优\n"
        "2   业务成效   30   2.5   26.5\n"
        "3   满意度   8   0   8   良\n"
    )
    result = lint([write(text)], Config())
    assert [(f.code, f.line, f.values) for f in result.findings] == [("AL406", 3, [30, 26.5, 2.5])]
    assert "业务成效" in result.findings[0].message


# a column of classification codes before the names (`科目编码 科目名称 …`), the total row
# with no code: the coded rows nest (201 over 20101, 20104), as in a pipe table
CODED_SPACED = (
    "单位：万元\n"
    "科目编码   科目名称   合计   基本支出   项目支出\n"
    "201   一般公共服务支出   {x}   214.30   36.20\n"
    "20101   人大事务   96.40   80.10   16.30\n"
    "20104   发展与改革事务   154.10   134.20   19.90\n"
    "210   卫生健康支出   42.80   30.00   12.80\n"
    "   合计   293.30   244.30   49.00\n"
)


def test_spaced_rows_under_a_code_column_are_a_table(write):
    assert codes(write(CODED_SPACED.format(x="250.50"))) == []
    found = codes(write(CODED_SPACED.format(x="256.50")))
    # 201 is both the sum of its own row's columns and of its two children
    assert sorted((c[0], c[1], sorted(c[2])) for c in found) == [
        ("AL201", 3, [36.2, 214.3, 256.5]),
        ("AL201", 3, [96.4, 154.1, 256.5]),
        ("AL201", 7, [42.8, 256.5, 293.3]),
    ]


# a row whose label spans the indicator levels (merged cells, printed once) and has only the
# figures: set under the columns the rows above fill with figures
MERGED_LABEL = (
    "一级指标   二级指标   三级指标   分值   得分\n"
    "产出指标   数量指标   完成改造户数   30   30\n"
    "产出指标   时效指标   按期完工率   20   17\n"
    "效益指标   社会效益指标   群众受益面   25   24\n"
    "满意度指标   满意度指标   住户满意度   15   14\n"
    "预算执行率   10   {x}\n"
    "总分   100   94\n"
)


def test_a_row_with_a_merged_label_keeps_its_figures_columns(write):
    assert codes(write(MERGED_LABEL.format(x="9"))) == []
    assert codes(write(MERGED_LABEL.format(x="12"))) == [
        ("AL402", 6, [10, 12]),
        ("AL401", 7, [94, 30, 17, 24, 14, 12]),
    ]


# headings a PDF's layout text broke over two lines, their halves one line above the other
HALVED_HEADINGS = (
    "单位：万元\n"
    "项  年初预  全年执  执行率\n"
    "目  算数  行数  （%）\n"
    "培训费  48.00  45.60  95.00\n"
    "资料费  12.50  {x}  88.00\n"
    "合计  60.50  56.60  93.55\n"
)


def test_headings_broken_over_two_lines_are_joined(write):
    x = extract_text(write(HALVED_HEADINGS.format(x="11.00")))
    (table,) = x.tables
    assert [c.text for c in table.rows[0]] == ["项目", "年初预算数", "全年执行数", "执行率(%)"]
    assert codes(write(HALVED_HEADINGS.format(x="11.00"))) == []
    found = codes(write(HALVED_HEADINGS.format(x="10.00")))  # 80% spent, not 88%; 1 short
    assert sorted((c[0], c[1], sorted(c[2])) for c in found) == [
        ("AL102", 5, [10.0, 12.5, 88.0]),
        ("AL201", 6, [10.0, 45.6, 56.6]),
    ]


# the budget row of a score sheet with its rate columns between 分值 and 得分
RATE_ROW = (
    "一级指标   二级指标   三级指标   分值   年度指标值   实际完成值   得分\n"
    "产出指标   数量指标   新增床位数   40   ≥120张   126张   40\n"
    "效益指标   社会效益指标   入住率提高   30   ≥10个百分点   12个百分点   30\n"
    "满意度指标   满意度指标   老人满意度   20   ≥90%   92%   20\n"
    "预算执行率   10   100%   {rate}   {score}\n"
    "总分   100   {total}\n"
)


def test_a_merged_label_row_with_rates_between_its_weight_and_score(write):
    good = RATE_ROW.format(rate="94.5%", score="9.45", total="99.45")
    assert codes(write(good)) == []
    bad = RATE_ROW.format(rate="94.5%", score="9.45", total="98.45")
    assert codes(write(bad)) == [("AL401", 6, [98.45, 40, 30, 20, 9.45])]


def test_a_merged_label_row_with_a_blank_cell_is_not_placed(write):
    """`预算执行率 10 100% 94.5%` with its 得分 left blank: right-aligned, 94.5% would stand
    under 得分; the row is left out of the table rather than guessed."""
    text = RATE_ROW.format(rate="94.5%", score="", total="90").replace("94.5%   \n", "94.5%\n")
    x = extract_text(write(text))
    assert not any(
        c.text == "94.5%" for t in x.tables if t.layout == "spaced" for r in t.rows for c in r
    )
