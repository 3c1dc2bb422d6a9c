"""A whole of funds followed, with no cue, by the sources it came from (extract/fund_sources.py).
Wordings of our own."""

import pytest
from conftest import codes


@pytest.mark.parametrize(
    ("text", "good", "bad", "values"),
    [
        ("年度资金总额120万元，中央补助90万元，地方配套{x}万元。", "30", "40", [120, 90, 40]),
        (
            "资金总额：86.00万元 中央资金：60.00万元 省级资金：{x}万元",
            "26.00",
            "28.00",
            [86.0, 60.0, 28.0],
        ),
        ("项目资金申请（万元） 资金总额：75 财政拨款：60 其他资金：{x}", "15", "20", [75, 60, 20]),
        # a near miss is a slip whether or not every source is named
        (
            "项目总投资400.00万元，省级补助250.00万元，县级配套{x}万元。",
            "150.00",
            "140.00",
            [400.0, 250.0, 140.0],
        ),
    ],
)
def test_sources_after_a_whole_of_funds_are_its_parts(write, text, good, bad, values):
    assert codes(write(text.format(x=good) + "\n")) == []
    assert [(c[0], c[2]) for c in codes(write(text.format(x=bad) + "\n"))] == [("AL201", values)]


@pytest.mark.parametrize(
    "text",
    [
        # what was done with a source is no source (已拨付)
        "年度资金总额120万元，中央补助已拨付100万元，地方配套30万元。",
        # a use of the funds is no source
        "年度资金总额120万元，设备购置100万元，人员培训30万元。",
        # the sources named need not be all of them: one well short of the total is no slip
        "年度资金总额120万元，中央补助60万元，地方配套20万元。",
    ],
)
def test_what_is_no_list_of_sources_or_may_leave_a_remainder(write, text):
    assert codes(write(text + "\n")) == []
