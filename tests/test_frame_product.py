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
