"""A total printed in a table and restated in the prose (extract/table_repeat.py): AL301 where
the two differ beyond rounding; silence where they agree, where the name is printed in two
tables, and where the prose names another total. Reports of our own."""

import pytest
from conftest import codes

TABLE = (
    "收入支出决算总表\n"
    "单位：万元\n"
    "项目 | 金额 | 项目 | 金额\n"
    "财政拨款收入 | 112.00 | 一般公共服务支出 | 95.30\n"
    "其他收入 | 8.50 | 农林水支出 | 25.20\n"
    "本年收入合计 | 120.50 | 本年支出合计 | 120.50\n"
    "年初结转和结余 | 4.20 | 年末结转和结余 | 4.20\n"
    "收入总计 | 124.70 | 支出总计 | 124.70\n"
)


@pytest.mark.parametrize(
    ("prose", "good", "values"),
    [
        ("本年收入合计{x}万元，其中财政拨款收入112.00万元。", "120.50", [120.5, 125.5]),
        ("2023年度本年支出合计为{x}万元。", "120.50", [120.5, 125.5]),
        ("本部门收入总计{x}万元，与上年基本持平。", "124.70", [124.7, 125.5]),
    ],
)
def test_a_table_total_restated_in_the_prose_must_agree(write, prose, good, values):
    text = "二、决算情况说明\n" + prose + "\n" + TABLE
    assert codes(write(text.format(x=good))) == []
    assert [(c[0], c[2]) for c in codes(write(text.format(x="125.50")))] == [("AL301", values)]


def test_a_total_in_yuan_restated_in_ten_thousands_is_the_same_total(write):
    text = "本年收入合计1205000.00元。\n" + TABLE
    assert codes(write(text)) == []
    assert [c[0] for c in codes(write(text.replace("1205000.00", "1250000.00")))] == ["AL301"]


@pytest.mark.parametrize(
    "prose",
    [
        # 收入合计 given the 收入总计's figure: a reading that holds
        "收入合计124.70万元。",
        # last year's total is another quantity
        "上年收入合计118.00万元。",
        # a total given as about so much
        "本年收入合计约121万元。",
    ],
)
def test_another_total_or_an_approximate_one_is_not_the_table_s(write, prose):
    text = prose + "\n" + TABLE
    assert codes(write(text)) == []


def test_a_name_printed_in_two_tables_is_two_quantities(write):
    """The 财政拨款 table's 本年收入合计 is of that fund only: the prose's may be either."""
    second = (
        "财政拨款收入支出决算总表\n"
        "单位：万元\n"
        "项目 | 金额 |\n"
        "一般公共预算拨款 | 112.00 |\n"
        "政府性基金拨款 | 0.00 |\n"
        "本年收入合计 | 112.00 |\n"
    )
    text = "本年收入合计112.00万元。\n" + TABLE + "\n" + second
    assert codes(write(text)) == []
