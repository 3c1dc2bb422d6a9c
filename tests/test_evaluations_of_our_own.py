"""Two evaluation reports of our own (tests/data/special_fund_evaluation.txt, a fund given out
to three counties; tests/data/department_self_evaluation.txt, a department's whole spending):
each stays silent, and each figure broken by one digit is found by the check for its relation."""

from pathlib import Path

import pytest
from conftest import codes

DATA = Path(__file__).parent / "data"
FUND = DATA / "special_fund_evaluation.txt"
DEPARTMENT = DATA / "department_self_evaluation.txt"

BREAKS = [
    (FUND, "市级配套资金1200万元", "市级配套资金1500万元", "AL201"),
    (FUND, "1500万元、2400万元", "1500万元、2700万元", "AL201"),  # 分配到…，分别为
    (FUND, "南山县支出2184万元", "南山县支出2484万元", "AL201"),
    (FUND, "完成率105%", "完成率108%", "AL102"),
    (FUND, "项目效益（20分）得18分", "项目效益（20分）得15分", "AL201"),  # the sum of scores
    (FUND, "项目过程（20分）得19分", "项目过程（20分）得22分", "AL402"),  # above its weight
    (DEPARTMENT, "项目支出470.32万元", "项目支出440.32万元", "AL201"),
    (DEPARTMENT, "预算执行率97.38%", "预算执行率97.68%", "AL102"),
    (DEPARTMENT, "比预算减少6.40万元", "比预算减少6.70万元", "AL501"),
    (DEPARTMENT, "节约率6.25%", "节约率6.55%", "AL102"),
    (DEPARTMENT, "部门管理（35分）得33分", "部门管理（35分）得36分", "AL402"),
]


@pytest.mark.parametrize("report", [FUND, DEPARTMENT], ids=["fund", "department"])
def test_the_consistent_report_is_silent(report):
    assert codes(report) == []


@pytest.mark.parametrize(("report", "good", "bad", "code"), BREAKS)
def test_one_broken_figure_is_found(write, report, good, bad, code):
    text = report.read_text(encoding="utf-8")
    assert text.count(good) == 1
    assert code in [c[0] for c in codes(write(text.replace(good, bad, 1)))]
