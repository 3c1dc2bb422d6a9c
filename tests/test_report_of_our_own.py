"""A 部门决算说明 of our own (tests/data/final_accounts_note.txt), consistent throughout: it
stays silent, and each figure broken by one digit is found by the check for its relation."""

from pathlib import Path

import pytest
from conftest import codes

REPORT = Path(__file__).parent / "data" / "final_accounts_note.txt"

BREAKS = [
    ("基本支出250.00万元，占75.76%", "基本支出250.00万元，占74.76%", "AL103"),
    ("增长6.67%", "增长7.67%", "AL501"),
    ("增长7.14%", "增长8.14%", "AL501"),
    ("公务接待费2.00万元", "公务接待费2.60万元", "AL201"),
    ("政府采购服务支出15.00万元", "政府采购服务支出16.00万元", "AL201"),
    ("占政府采购支出总额的88.89%", "占政府采购支出总额的86.89%", "AL103"),
    ("各增加20.50万元，增长6.22%", "各增加20.50万元，增长7.22%", "AL501"),
    ("财政拨款收入320.00万元，占94.12%", "财政拨款收入320.00万元，占93.12%", "AL103"),
    ("项目支出80.00万元", "项目支出85.00万元", "AL201"),
    ("比年初预算300.00万元增加20.00万元", "比年初预算300.00万元增加25.00万元", "AL501"),
]


def test_the_consistent_report_is_silent():
    assert codes(REPORT) == []


@pytest.mark.parametrize(("good", "bad", "code"), BREAKS)
def test_one_broken_figure_is_found(write, good, bad, code):
    text = REPORT.read_text(encoding="utf-8")
    assert good in text
    assert code in [c[0] for c in codes(write(text.replace(good, bad, 1)))]


@pytest.mark.parametrize(
    "text",
    [
        # staff retired are listed after those in post, outside the total
        "本单位实有人员50人，其中高级职称5人、中级职称20人、初级职称15人，离退休人员20人。",
        # the adjusted budget is the budget the final account is measured against
        "年初预算数80万元，调整数95万元，决算数95万元，增加15万元。",
        # a budget named only by its kind belongs to its sentence's subject
        "支出2.00万元，年初预算为2.10万元。\n年初预算数80.00万元，调整数95.00万元。",
    ],
)
def test_traps_of_the_phrasebook_stay_silent(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("good", "broken", "code"),
    [
        # a completion rate of two counts of one unit
        (
            "计划建设农田2.00万亩，实际建成2.10万亩，完成率105%。",
            "计划建设农田2.00万亩，实际建成2.10万亩，完成率108%。",
            "AL102",
        ),
        # funds issued less those spent is what is carried over
        (
            "下达资金8.00亿元，已支出7.20亿元，支出进度90%，结转0.80亿元。",
            "下达资金8.00亿元，已支出7.20亿元，支出进度90%，结转0.90亿元。",
            "AL201",
        ),
        (
            "项目资金到位120.00万元，已使用110.00万元，结余10.00万元。",
            "项目资金到位120.00万元，已使用110.00万元，结余12.00万元。",
            "AL201",
        ),
        # a grade in a sentence of its own is the grade of the overall score before it
        (
            "自评总分100分，得分92分，其中产出指标扣5分，效益指标扣3分。评价等级为优。",
            "自评总分100分，得分92分，其中产出指标扣5分，效益指标扣3分。评价等级为良。",
            "AL407",
        ),
    ],
)
def test_more_wordings_of_our_own(write, good, broken, code):
    assert codes(write(good)) == []
    assert code in [c[0] for c in codes(write(broken))]
