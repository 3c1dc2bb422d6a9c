"""Reports of our own (tests/data/): a 专项资金 evaluation (a fund given out to three counties),
a department's self-evaluation of its whole spending, a 绩效运行监控报告, a township's 决算说明
(项级 items each titled before a colon, one explaining its overspend) and a 部门预算说明 (a
change against last year's budget, `比上年预算增加…`, is no budget of its own): each stays
silent, and each figure broken by one digit is found by the check for its relation."""

from pathlib import Path

import pytest
from conftest import codes

DATA = Path(__file__).parent / "data"
FUND = DATA / "special_fund_evaluation.txt"
DEPARTMENT = DATA / "department_self_evaluation.txt"
MONITORING = DATA / "monitoring_report.txt"
TOWNSHIP = DATA / "township_final_accounts.txt"
BUDGET = DATA / "department_budget_note.txt"

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
    # the rate names its base (预算执行率: the 预算 two sentences before, not the 已下达 between)
    (MONITORING, "预算执行率50.00%", "预算执行率53.00%", "AL102"),
    (MONITORING, "下达进度83.72%", "下达进度86.72%", "AL102"),
    (MONITORING, "支出117.00万元", "支出147.00万元", "AL102"),
    (MONITORING, "其他资金60.00万元", "其他资金90.00万元", "AL201"),
    (TOWNSHIP, "其他收入60.00万元，占3.37%", "其他收入90.00万元，占3.37%", "AL201"),
    (TOWNSHIP, "项目支出740.12万元，占41.34%", "项目支出740.12万元，占44.34%", "AL103"),
    (TOWNSHIP, "完成年初预算的90.00%", "完成年初预算的93.00%", "AL102"),
    (TOWNSHIP, "下降12.24%", "下降15.24%", "AL501"),
    (TOWNSHIP, "公务接待费决算支出2.50万元", "公务接待费决算支出2.80万元", "AL201"),
    (BUDGET, "政府性基金预算拨款收入200.00万元", "政府性基金预算拨款收入230.00万元", "AL201"),
    (BUDGET, "占90.91%", "占93.91%", "AL103"),
    (BUDGET, "增长4.39%", "增长4.69%", "AL501"),
    (BUDGET, "项目支出560.00万元", "项目支出590.00万元", "AL201"),
    (BUDGET, "比上年预算增加100.40万元，增长4.02%", "比上年预算增加100.40万元，增长5.02%", "AL501"),
    (BUDGET, "住房保障支出60.00万元", "住房保障支出90.00万元", "AL201"),
    (BUDGET, "公务接待费4.00万元", "公务接待费4.30万元", "AL201"),
    (BUDGET, "服务类140.00万元", "服务类170.00万元", "AL201"),
]


@pytest.mark.parametrize(
    "report",
    [FUND, DEPARTMENT, MONITORING, TOWNSHIP, BUDGET],
    ids=["fund", "department", "monitoring", "township", "budget"],
)
def test_the_consistent_report_is_silent(report):
    assert codes(report) == []


@pytest.mark.parametrize(("report", "good", "bad", "code"), BREAKS)
def test_one_broken_figure_is_found(write, report, good, bad, code):
    text = report.read_text(encoding="utf-8")
    assert text.count(good) == 1
    assert code in [c[0] for c in codes(write(text.replace(good, bad, 1)))]
