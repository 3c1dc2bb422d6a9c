from conftest import extract_text, seed

from auditlint.readers import read_path


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
