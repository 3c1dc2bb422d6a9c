"""Restated figures that differ by a slip of one digit (one digit wrong, two neighbours
swapped), on wordings of our own: flagged where the names share a name, even across sections
and where the names differ too much for the label frame; left alone where the names say two
quantities (a budget and what was spent, two years, two districts) or the figures are short."""

import pytest
from conftest import codes

from auditlint.extract.repeat import misprint


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "一、项目概况\n本年度安排市级体彩公益金2345.6万元。\n二、资金使用情况\n"
            "年初下达本市市级体彩公益金2354.6万元，已全部拨付。\n",
            [2345.6, 2354.6],
        ),
        (
            "一、资金安排\n老年人福利类675.2万元。\n二、资金使用\n老年福利类资金675.7万元，主要用于养老服务。\n",
            [675.2, 675.7],
        ),
        (
            "一、资金下达\n预拨资金53.15万元。\n二、资金到位\n预拨资金53.95万元已到位。\n",
            [53.15, 53.95],
        ),
    ],
)
def test_a_restatement_with_a_slip_of_one_digit(write, text, values):
    assert codes(write(text)) == [("AL301", 4, values)]


@pytest.mark.parametrize(
    "text",
    [
        "一、预算情况\n基本支出预算1234.56万元。\n二、执行情况\n基本支出决算1234.06万元。\n",
        "一、上年情况\n2022年投入福彩公益金1234.5万元。\n二、本年情况\n2023年投入福彩公益金1284.5万元。\n",
        "一、甲项目\n项目资金50万元。\n二、乙项目\n项目资金60万元。\n",
        "一、资金分配\n东城区下达资金1234.5万元，已拨付。\n西城区下达资金1244.5万元，已拨付。\n",
        "一、收入\n财政拨款收入1234.5万元。\n二、支出\n商品和服务支出1234.8万元。\n",
    ],
)
def test_figures_a_digit_apart_that_are_two_quantities(write, text):
    assert codes(write(text)) == []


def test_what_a_slip_of_one_digit_is(write):
    from conftest import extract_text

    x = extract_text(
        write(
            "甲2143.6万元，乙2149.6万元，丙2134.6万元，丁2143.60万元，戊3412.6万元，己80.00万元，庚60.00万元。\n"
        )
    )
    a, b, c, d, e, f, g = x.facts
    assert misprint(a, b) and misprint(a, c)  # one digit; two neighbours swapped
    assert not misprint(a, d) and not misprint(a, e)  # other decimals; digits far apart
    assert not misprint(f, g)  # one significant digit
