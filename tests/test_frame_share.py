"""The share frame on wordings of our own."""

import pytest
from conftest import codes

WORDINGS = [
    # bare 占: the whole is the total the part belongs to
    (
        "本年支出合计400.00万元，其中：基本支出300.00万元，占{p}%；项目支出100.00万元，占25.00%。",
        "75.00",
        "70.00",
    ),
    # the whole named after 占
    (
        "基本支出预算200.00万元，其中工资福利支出160.00万元，占基本支出预算的{p}%。",
        "80.00",
        "85.00",
    ),
    # a `分别` list of amounts and one of shares
    (
        "全年采购1.20亿元，其中货物、工程、服务分别为0.60亿元、0.24亿元和0.36亿元，"
        "占全年采购的比例分别为50%、{p}%和30%。",
        "20",
        "24",
    ),
    # 所占比例为 at the end of the label
    (
        "全年支出500.00万元。其中培训经费50.00万元，所占比例为{p}%。",
        "10.00",
        "12.00",
    ),
]


@pytest.mark.parametrize(("text", "good", "bad"), WORDINGS)
def test_share_wordings(write, text, good, bad):
    assert codes(write(text.format(p=good))) == []
    found = [c[0] for c in codes(write(text.format(p=bad)))]
    # a share too large in a list of shares of one whole also takes them past 100% (AL105)
    assert found in (["AL103"], ["AL103", "AL105"])


@pytest.mark.parametrize(
    "text",
    [
        # a sub-list's share of the grand total
        "总支出1000.00万元，其中项目支出400.00万元，其中：设备费100.00万元，占总支出的10.00%。",
        # a whole named and never stated is not replaced by another total
        "全年支出900亿元，其中税收返还和转移支付440亿元（包括一般性转移支付300亿元，占转移支付比重达82%）。",
        # a bare figure with no unit is not a part
        "推广面积占总面积比例880%，得分8，指标完成。",
    ],
)
def test_what_is_not_a_broken_share(write, text):
    assert [c for c in codes(write(text)) if c[0] == "AL103"] == []
