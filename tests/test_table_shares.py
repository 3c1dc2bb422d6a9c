"""Share columns of tables (extract/table_shares.py): every row's share against the table's
total, in any layout the readers rebuild, and silence where a share is of another whole or
the printed precision explains the difference. Tables of our own."""

import pytest
from conftest import codes

PIPES = (
    "单位：万元\n"
    "项目 | 决算数 | 占比\n"
    "基本支出 | 386.40 | 80.50%\n"
    "项目支出 | 93.60 | {x}%\n"
    "合计 | 480.00 | 100%\n"
)
TOTAL_FIRST = (
    "项目\t金额（万元）\t比重（%）\n"
    "支出合计\t250.00\t100\n"
    "工资福利支出\t150.00\t60.00\n"
    "商品和服务支出\t75.00\t{x}\n"
    "对个人和家庭的补助\t25.00\t10.00\n"
)
TWO_COLUMNS = (
    "单位：万元\n"
    "项目 | 预算数 | 占比(%) | 决算数 | 占比(%)\n"
    "合计 | 640.00 | 100 | 520.00 | 100\n"
    "基本支出 | 480.00 | 75.00 | 416.00 | 80.00\n"
    "项目支出 | 160.00 | 25.00 | 104.00 | {x}\n"
)
# the same table aligned by spaces, and one cell a line (as PDFs print them)
SPACED = (
    "项目        决算数      占比\n"
    "基本支出    386.40      80.50%\n"
    "项目支出    93.60       {x}%\n"
    "合计        480.00      100%\n"
)
CELLS = "项目\n决算数\n占比\n基本支出\n386.40\n80.50%\n项目支出\n93.60\n{x}%\n合计\n480.00\n100%\n"
# the 其中 rows may give their share of the whole table or of their block
NESTED = (
    "科目 | 决算数 | 所占比例\n"
    "一、一般公共服务支出 | 320.00 | 64.00%\n"
    "其中：行政运行 | 240.00 | {x}%\n"
    "一般行政管理事务 | 80.00 | 16.00%\n"
    "二、教育支出 | 180.00 | 36.00%\n"
    "支出合计 | 500.00 | 100%\n"
)


@pytest.mark.parametrize(
    ("table", "good", "bad", "values"),
    [
        (PIPES, "19.50", "21.50", [93.6, 480.0, 21.5]),
        (SPACED, "19.50", "21.50", [93.6, 480.0, 21.5]),
        (CELLS, "19.50", "21.50", [93.6, 480.0, 21.5]),
        (TOTAL_FIRST, "30.00", "35.00", [75.0, 250.0, 35.0]),
        (TWO_COLUMNS, "20.00", "22.00", [104.0, 520.0, 22.0]),
        (NESTED, "48.00", "52.00", [240.0, 500.0, 52.0]),
        (NESTED, "75.00", "70.00", [240.0, 500.0, 70.0]),
    ],
)
def test_a_share_column_is_each_row_over_the_total(write, table, good, bad, values):
    assert codes(write(table.format(x=good))) == []
    assert [(c[0], c[2]) for c in codes(write(table.format(x=bad)))] == [("AL103", values)]


@pytest.mark.parametrize(
    "table",
    [
        # shares of a whole outside the table
        "项目 | 决算数 | 占全省比重\n基本支出 | 400.00 | 8.00%\n项目支出 | 150.00 | 3.00%\n"
        "合计 | 550.00 | 11.00%\n",
        # a column no row of which is a share of the total: not shares of it
        "项目 | 决算数 | 比重\n基本支出 | 400.00 | 55.00%\n项目支出 | 150.00 | 45.00%\n"
        "合计 | 550.00 | 90.00%\n",
        # thirds, each rounded: 33.33% × 3 is 99.99%
        "项目 | 金额 | 占比\n甲 | 10.00 | 33.33%\n乙 | 10.00 | 33.33%\n丙 | 10.00 | 33.33%\n"
        "合计 | 30.00 | 100%\n",
        # no total row: nothing says what the shares are of
        "项目 | 金额 | 占比\n甲 | 10.00 | 40.00%\n乙 | 15.00 | 60.00%\n",
    ],
)
def test_shares_of_another_whole_or_within_rounding_are_silent(write, table):
    assert codes(write(table)) == []
