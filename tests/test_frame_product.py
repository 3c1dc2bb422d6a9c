"""The product frame on wordings of our own: an amount per unit times the count of units is the
amount stated after them (AL203); rates per period and averages are left alone."""

import pytest
from conftest import codes

WORDINGS = [
    # (consistent, broken, values of the finding)
    ("按40名代表每人2000元测算，计8万元。", "按40名代表每人2000元测算，计9万元。", [2000, 40, 9]),
    (
        "为60户困难家庭每户补助3000元，共计18万元。",
        "为60户困难家庭每户补助3000元，共计16万元。",
        [3000, 60, 16],
    ),
    (
        "每亩补贴100元，共补贴1850亩，发放补贴资金18.5万元。",
        "每亩补贴100元，共补贴1850亩，发放补贴资金15.8万元。",
        [100, 1850, 15.8],
    ),
    # per student (每生, for the year the report covers) and per kilometre
    (
        "对全县2350名寄宿生按照每生每年1000元的标准发放生活补助，共计发放235万元。",
        "对全县2350名寄宿生按照每生每年1000元的标准发放生活补助，共计发放253万元。",
        [1000, 2350, 253],
    ),
    (
        "资助家庭困难学生300名，每生补助500元，共计发放15万元。",
        "资助家庭困难学生300名，每生补助500元，共计发放16万元。",
        [500, 300, 16],
    ),
    (
        "新建通村道路8公里，每公里补助30万元，共计补助240万元。",
        "新建通村道路8公里，每公里补助30万元，共计补助270万元。",
        [30, 8, 270],
    ),
]


@pytest.mark.parametrize(("good", "bad", "values"), WORDINGS)
def test_rate_times_count_is_the_amount(write, good, bad, values):
    assert codes(write(good)) == []
    assert [(c[0], sorted(c[2])) for c in codes(write(bad))] == [("AL203", sorted(values))]


@pytest.mark.parametrize(
    "text",
    [
        "每人每月补助500元，共120人，全年发放72万元。",  # per month: the months are elsewhere
        "人均补助2000元，共40人，发放9万元。",  # an average, not a rate
        "每户补助3000元，申报120户，其中60户已发放，共发放18万元。",  # two counts of 户
    ],
)
def test_what_is_no_product(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "bad", "values"),
    [
        (
            "受益农户3200户，户均增收2500元，共计增收800万元。",
            "受益农户3200户，户均增收2500元，共计增收900万元。",
            [2500, 3200, 900],
        ),
        (
            "慰问困难群众150人，人均发放慰问金500元，合计发放7.5万元。",
            "慰问困难群众150人，人均发放慰问金500元，合计发放8.5万元。",
            [500, 150, 8.5],
        ),
        (
            "完成改良土壤600亩，亩均投入1500元，共投入90万元。",
            "完成改良土壤600亩，亩均投入1500元，共投入80万元。",
            [1500, 600, 80],
        ),
    ],
)
def test_an_average_per_unit_times_the_count_is_the_total_said_after_it(write, good, bad, values):
    assert codes(write(good)) == []
    assert [(c[0], c[2]) for c in codes(write(bad))] == [("AL203", values)]


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        (
            "发放医疗救助资金1560万元，救助困难群众2.6万人次，人均救助{x}元。",
            "600",
            "500",
            [500, 2.6, 1560],
        ),
        (
            "全年发放生活补助资金54万元，补助对象1800户，户均补助{x}元。",
            "300",
            "350",
            [350, 1800, 54],
        ),
        (
            "共支出培训经费12.6万元，培训基层干部420人次，人均培训经费{x}元。",
            "300",
            "320",
            [320, 420, 12.6],
        ),
    ],
)
def test_an_average_of_the_amount_stated_before_the_count(write, text, good, bad, values):
    """The total first, then how many, then the average of it, named as what the total is of."""
    assert codes(write(text.format(x=good))) == []
    assert [(c[0], c[2]) for c in codes(write(text.format(x=bad)))] == [("AL203", values)]


def test_an_average_of_something_else_than_the_amount_before_is_no_product(write):
    """户均增收 is what each household gained, not its share of the money spent."""
    assert codes(write("投入产业资金90万元，受益农户300户，户均增收5000元。")) == []


def test_an_average_beside_an_amount_that_is_no_total_of_it_is_no_product(write):
    """人均收入 beside the county's output: no 共计 says the amount is the average's total."""
    assert codes(write("全县常住人口30万人，人均可支配收入2.5万元，地区生产总值120亿元。")) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        ("设立监督检查组5个，每组3人，共抽调人员{x}人。", "15", "16"),
        ("开设兴趣班5个，每班20人，共计{x}人。", "100", "102"),
        ("走访困难户120户，每户发放宣传册2册，共发放{x}册。", "240", "250"),
    ],
)
def test_a_count_per_unit_times_the_units_is_the_count_after(write, text, good, bad):
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL203"]


def test_a_count_per_unit_of_another_unit_than_the_total_is_left_alone(write):
    # 40 people a session is no count of 人次, and 2次以上 is no exact rate
    text = (
        "共开办培训班12期，每期40人，共培训500人次。走访困难户120户，每户走访2次以上，共走访260次。"
    )
    assert codes(write(text)) == []
