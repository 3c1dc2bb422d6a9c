"""Each check on reports written here, in wordings and layouts other than the seeds':
an inconsistent version that must be flagged (code, line, values) and a consistent one that
must stay silent."""

import pytest
from conftest import codes

from auditlint.runner import lint

FUND_HEADER = "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
IND_HEADER = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"

CASES = [
    # (code, inconsistent text, expected (line, values), consistent text)
    (
        "AL101",
        "经核实，本项目全年预算数为50.00万元，全年执行数为55.20万元。\n",
        (1, [50.0, 55.2]),
        "经核实，本项目全年预算数为50.00万元，全年执行数为49.80万元。\n",
    ),
    (
        "AL102",
        "说明\n项目全年预算数120万元，执行数108万元，完成预算的95%。\n",
        (2, [120, 108, 95]),
        "说明\n项目全年预算数120万元，执行数108万元，完成预算的90%。\n",
    ),
    (
        "AL102",
        FUND_HEADER + "年度资金总额\t40\t40\t30\t10\t80%\t7.5\n",
        (2, [40, 30, 80]),
        FUND_HEADER + "年度资金总额\t40\t40\t30\t10\t75%\t7.5\n",
    ),
    (  # a fund row's own execution rate
        "AL102",
        FUND_HEADER + "年度资金总额\t100\t100\t90\t10\t90%\t9\n"
        "当年财政拨款\t80\t80\t72\t\t85%\t\n上年结转资金\t20\t20\t18\t\t90%\t\n",
        (3, [80, 72, 85]),
        FUND_HEADER + "年度资金总额\t100\t100\t90\t10\t90%\t9\n"
        "当年财政拨款\t80\t80\t72\t\t90%\t\n上年结转资金\t20\t20\t18\t\t90%\t\n",
    ),
    (
        "AL103",
        "本年支出合计800.00万元，其中：基本支出600.00万元，占70.00%；项目支出200.00万元。\n",
        (1, [600.0, 800.0, 70.0]),
        "本年支出合计800.00万元，其中：基本支出600.00万元，占75.00%；项目支出200.00万元。\n",
    ),
    (
        "AL201",
        "单位现有人员52人，其中在编人员40人，聘用人员13人。\n",
        (1, [52, 40, 13]),
        "单位现有人员52人，其中在编人员40人，聘用人员12人。\n",
    ),
    (
        "AL201",
        FUND_HEADER + "年度资金总额\t100\t100\t90\t10\t90%\t9\n"
        "当年财政拨款\t70\t60\t50\t\t\t\n上年结转资金\t30\t30\t40\t\t\t\n其他资金\t\t\t\t\t\t\n",
        (2, [100, 60, 30]),
        FUND_HEADER + "年度资金总额\t100\t100\t90\t10\t90%\t9\n"
        "当年财政拨款\t70\t70\t50\t\t\t\n上年结转资金\t30\t30\t40\t\t\t\n其他资金\t\t\t\t\t\t\n",
    ),
    (
        "AL301",
        "一、概况\n本年度三公经费支出12.50万元。\n二、分析\n全年三公经费支出为13.50万元，较好控制。\n",
        (4, [12.5, 13.5]),
        "一、概况\n本年度三公经费支出12.50万元。\n二、分析\n全年三公经费支出为12.50万元，较好控制。\n",
    ),
    (
        "AL401",
        IND_HEADER + "产出指标(20分)\t数量指标\t培训人次\t100人次\t120人次\t10\t10\n"
        "\t质量指标\t合格率\t95%\t96%\t10\t9\n总分\t\t\t\t\t20\t20\n",
        (4, [20, 10, 9]),
        IND_HEADER + "产出指标(20分)\t数量指标\t培训人次\t100人次\t120人次\t10\t10\n"
        "\t质量指标\t合格率\t95%\t96%\t10\t10\n总分\t\t\t\t\t20\t20\n",
    ),
    (
        "AL402",
        IND_HEADER + "满意度指标(10分)\t满意度\t群众满意度\t≥90%\t95%\t10\t12\n",
        (2, [10, 12]),
        IND_HEADER + "满意度指标(10分)\t满意度\t群众满意度\t≥90%\t95%\t10\t10\n",
    ),
    (
        "AL403",
        IND_HEADER + "产出指标(30分)\t数量指标\t培训人次\t100人次\t120人次\t10\t10\n"
        "\t质量指标\t合格率\t95%\t96%\t10\t10\n",
        (2, [30, 10, 10]),
        IND_HEADER + "产出指标(20分)\t数量指标\t培训人次\t100人次\t120人次\t10\t10\n"
        "\t质量指标\t合格率\t95%\t96%\t10\t10\n",
    ),
    (
        "AL404",
        FUND_HEADER + "年度资金总额\t40\t40\t36\t10\t90%\t\n",
        (2, [10, 90, 9]),
        FUND_HEADER + "年度资金总额\t40\t40\t36\t10\t90%\t9\n",
    ),
    (
        "AL405",
        FUND_HEADER + "年度资金总额\t40\t40\t40\t10\t100%\t8\n",
        (2, [10, 100, 8]),
        FUND_HEADER + "年度资金总额\t40\t40\t40\t10\t100%\t10\n",
    ),
    (
        "AL406",
        "（二）管理效率\n管理效率总分40分，得分37分。\n1.资料报送不及时，扣1分。\n2.制度不健全，扣1分。\n",
        (2, [40, 37, 1, 1]),
        "（二）管理效率\n管理效率总分40分，得分38分。\n1.资料报送不及时，扣1分。\n2.制度不健全，扣1分。\n",
    ),
    (
        "AL407",
        "综合评价：本项目自评得分85分，评价等级为“优”。\n",
        (1, [85]),
        "综合评价：本项目自评得分85分，评价等级为“良”。\n",
    ),
    (
        "AL408",
        IND_HEADER + "产出指标(10分)\t数量指标\t新建站点数\t20个\t16个\t10\t10\n",
        (2, [20, 16, 10, 10]),
        IND_HEADER + "产出指标(10分)\t数量指标\t新建站点数\t20个\t16个\t10\t8\n",
    ),
    (
        "AL501",
        "2023年公务接待费8.00万元，比上年减少2.00万元，下降25.00%。\n",
        (1, [8.0, 2.0, 25.0]),
        "2023年公务接待费8.00万元，比上年减少2.00万元，下降20.00%。\n",
    ),
    (
        "AL601",
        "中心下设4个科室：综合科、业务科、财务科。\n",
        (1, [4, 3]),
        "中心下设3个科室：综合科、业务科、财务科。\n",
    ),
    (
        "AL702",
        "1.工作开展情况\n2.资金使用情况\n2.绩效目标情况\n",
        (3, [2, 2]),
        "1.工作开展情况\n2.资金使用情况\n3.绩效目标情况\n",
    ),
    (
        "AL701",
        "年度收入合计12, 345. 60万元。\n",
        (1, [12345.6]),
        "年度收入合计12,345.60万元。\n",
    ),
    (
        "AL703",
        "办公费支出12.3456789万元。\n",
        (1, [12.3456789]),
        "办公费支出12.345678万元。\n",  # exact to the fen
    ),
    (
        "AL703",
        "办公经费5.1913万元，其中：印刷费3.45678万元，邮电费1.2345万元，水费0.5万元。\n",
        (1, [3.45678]),
        "办公经费5.1913万元，其中：印刷费3.4568万元，邮电费1.2345万元，水费0.5万元。\n",
    ),
]


@pytest.mark.parametrize(("code", "bad", "expected", "good"), CASES, ids=[c[0] for c in CASES])
def test_check_flags_inconsistent_and_stays_silent_on_consistent(write, code, bad, expected, good):
    found = [(line, values) for c, line, values in codes(write(bad, "bad.txt")) if c == code]
    assert found == [expected]
    assert codes(write(good, "good.txt")) == []


def test_rounding_that_precision_explains_is_not_flagged(write):
    # 3 parts at 2 decimals: 33.33 + 33.33 + 33.33 = 99.99 vs 100.00 is off by more than
    # their half-ulps (0.015 + 0.005) → flagged; 33.33*3 vs 99.99 is exact → silent
    text = "经费总额99.99万元，其中：甲33.33万元，乙33.33万元，丙33.33万元。\n"
    assert codes(write(text)) == []
    text = "执行率：全年预算数3万元，执行数2万元，完成预算的66.7%。\n"
    assert codes(write(text)) == []


def test_two_projects_budgets_are_not_a_conflict(write):
    text = (
        "甲项目绩效自评综述：全年预算数为100万元，执行数为100万元，完成预算数的100%。\n"
        "乙项目绩效自评综述：全年预算数为80万元，执行数为80万元，完成预算数的100%。\n"
    )
    assert codes(write(text)) == []


def test_subset_after_qizhong_is_not_a_breakdown(write):
    text = "共排查困难户500户，其中纳入救助的120户。\n"
    assert codes(write(text)) == []


def test_sibling_numbered_items_are_separate_scopes(write):
    text = (
        "一、收支决算\n1.一般公共预算\n上级补助收入120万元，收入合计300万元。\n"
        "2.政府性基金\n上级补助收入80万元，收入合计90万元。\n"
    )
    assert codes(write(text)) == []


def test_change_against_a_stated_previous_value(write):
    good = "本年公用经费支出450万元，较上年的500万元减少50万元，下降10.0%。\n"
    assert codes(write(good, "good.txt")) == []
    bad = "本年公用经费支出450万元，较上年的500万元减少60万元，下降12.0%。\n"
    assert [(c, line) for c, line, _ in codes(write(bad, "bad.txt"))] == [
        ("AL501", 1),
        ("AL501", 1),
    ]


def test_whole_amounts_beside_cents_are_exact_and_touching_intervals_do_not_meet(write):
    """`30万元` beside `26.45万元` means 30.00: the parts make 76.45, not the 76.43 stated;
    an interval [x − h, x + h) never reaches x + h, so a sum that only touches it is off."""
    bad = "共完成资金76.43万元。其中：30万元用于设备购置；20万元用于培训；26.45万元用于宣传。\n"
    assert codes(write(bad)) == [("AL201", 1, [76.43, 30, 20, 26.45])]
    good = "共完成资金76.45万元。其中：30万元用于设备购置；20万元用于培训；26.45万元用于宣传。\n"
    assert codes(write(good)) == []
    # whole parts among whole parts keep their rounding (30 may be 29.6), as does a total
    rounded = "共完成资金89.6万元。其中：40万元用于设备购置；20万元用于培训；30万元用于宣传。\n"
    assert codes(write(rounded)) == []
    whole_total = (
        "共完成资金90万元。其中：40.2万元用于设备购置；20万元用于培训；29.6万元用于宣传。\n"
    )
    assert codes(write(whole_total)) == []


def test_spent_then_its_budget_in_one_clause(write):
    """Clauses between semicolons pair an amount spent with the budget named right after it."""
    text = (
        "三公经费支出3.58万元，年初预算为3.95万元。其中：会议费支出0.50万元，年初预算为0.60万元；"
        "公务接待费支出3.08万元，年初预算为3万元，差值为0.08万元；培训费支出0万元，年初预算为0.85万元。\n"
    )
    assert codes(write(text)) == [("AL101", 1, [3, 3.08])]
    fixed = text.replace("支出3.08万元", "支出2.98万元").replace("3.58万元", "3.48万元")
    assert codes(write(fixed)) == []
    # 2.55 against 2.5 printed to one decimal: 2.5 may be 2.55 - rounding explains it
    whole = "公务接待费支出3万元，年初预算为3万元；会议费支出2.55万元，年初预算为2.5万元。\n"
    assert codes(write(whole)) == []


def test_share_of_a_total_stated_further_on(write):
    text = (
        "工资福利支出预算 500000 元，占基本支出预算 62.50%。\n"
        "对个人和家庭补助支出预算 60000 元，占基本支出预算 7.60%。\n"
        "2023 年一般公共预算基本支出 800000.00 元。\n"
    )
    assert codes(write(text)) == [("AL103", 2, [60000, 800000.0, 7.6])]
    assert codes(write(text.replace("7.60%", "7.50%"))) == []
    # two different figures could be the total: reported only when neither gives the share
    two = text + "基本支出 700000.00 元。\n"
    assert codes(write(two.replace("7.60%", "8.57%"))) == []
    assert [c[0] for c in codes(write(two))] == ["AL103"]


def test_list_under_a_heading_that_starts_above_one(write):
    bad = "一、工作开展情况\n3.完成年度培训任务。\n4.开展专项检查。\n"
    assert codes(write(bad)) == [("AL702", 2, [3])]
    carried = "一、工作开展情况\n1.完成培训任务。\n2.开展检查。\n二、下一步计划\n3.加强监督。\n"
    assert codes(write(carried)) == []
    excerpt = "3.完成年度培训任务。\n4.开展专项检查。\n"
    assert codes(write(excerpt)) == []


def test_numbering_inside_a_line_flattened_from_a_page(write):
    filler = "按照要求认真组织实施各项工作，" * 20
    page = (
        f"一、基本情况,{filler}二、绩效目标完成情况,(一)资金投入情况,{filler}"
        f"1.资金到位情况,{filler}3.资金管理情况,{filler}(二)绩效目标完成情况,{filler}\n"
    )
    assert codes(write(page)) == [("AL702", 1, [1, 3])]
    assert codes(write(page.replace("3.资金管理", "2.资金管理"))) == []
    # the same markers in an ordinary long paragraph (no headings inside) are not a list
    prose = f"{filler}1.资金到位情况,{filler}3.资金管理情况,{filler}\n"
    assert codes(write(prose)) == []


@pytest.mark.parametrize("cue", ["其中:", "其中：", "其中,", "其中， ", "其中 "])
def test_fund_block_flattened_into_one_line(write, cue):
    """A 自评表 page extracted as one line: the headings before the values give the columns;
    the sub-row's cue (`其中:` `其中,`) stands between two rows of the table."""
    line = (
        "项目名称 道路养护 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
        f"年度资金总额: 60 60 55 10 91.67% 9.17 {cue}当年财政拨款 {{a}} {{a}} {{b}} 上年结转资金 5 5 5 "
        "其他资金 年度总体目标 完成道路养护任务\n"
    )
    found = codes(write(line.format(a=50, b=45)))
    assert [(c, v) for c, _, v in found] == [
        ("AL201", [60, 50, 5]),
        ("AL201", [60, 50, 5]),
        ("AL201", [55, 45, 5]),
    ]
    assert codes(write(line.format(a=55, b=50))) == []


def test_level_weight_given_twice_differently(write):
    table = (
        IND_HEADER + "产出指标(60分)\t数量指标\t培训人次\t100人次\t120人次\t30\t30\n"
        "\t质量指标\t合格率\t95%\t96%\t30\t30\n"
    )
    note = "注：一级指标分值为产出指标50分、效益指标30分、满意度指标10分。\n"
    found = [(c, v) for c, _, v in codes(write(table + note)) if c == "AL409"]
    assert found == [("AL409", [50, 60])]
    assert [c for c, _, _ in codes(write(table + note.replace("50分", "60分")))] == []
    # two projects' tables may weigh the levels differently
    other = table.replace("产出指标(60分)", "产出指标(40分)").replace("30\t30", "20\t20")
    two = "项目名称\t甲\n" + table + "\n说明\n\n项目名称\t乙\n" + other
    assert [c for c, _, _ in codes(write(two)) if c == "AL409"] == []


def test_cost_indicator_above_what_was_spent(write):
    def report(cost: str) -> str:
        return (
            "项目名称\t设备更新\n" + FUND_HEADER + "年度资金总额\t80\t80\t62.5\t10\t78.13%\t7.81\n"
            + IND_HEADER
            + f"产出指标(50分)\t成本指标\t设备购置费\t80万元\t{cost}万元\t50\t50\n"
        )  # fmt: skip

    found = [(c, line, v) for c, line, v in codes(write(report("80"))) if c == "AL104"]
    assert found == [("AL104", 5, [80, 62.5])]
    assert [c for c, _, _ in codes(write(report("60")))] == []


def test_sibling_shares_of_one_total_above_100_percent(write):
    bad = (
        "（二）按支出结构分类\n"
        "1. 基本支出 300.00 万元，占部门支出的\n85.20%，同比持平。\n"
        "2. 项目支出 60.00 万元，占部门支出的 17.30%，同比增加。\n"
    )
    assert codes(write(bad)) == [("AL105", 4, [300.0, 85.2, 60.0, 17.3])]
    assert codes(write(bad.replace("85.20", "82.70"))) == []
    two_breakdowns = (
        "基本支出 100 万元，其中：人员经费 80 万元，占基本支出的 80%；公用经费 20 万元，"
        "占基本支出的 20%。按经济分类，工资福利支出 70 万元，占基本支出的 70%；"
        "商品和服务支出 30 万元，占基本支出的 30%。\n"
    )
    assert codes(write(two_breakdowns)) == []


def test_numbered_notes(write):
    inline = "注：1.分值按统一标准设置，2.得分不超过分值，4.定量指标按完成比例计分。\n"
    assert codes(write(inline)) == [("AL702", 1, [2, 4])]
    assert codes(write(inline.replace("4.定量", "3.定量"))) == []
    lines = "一、说明\n注：1.分值按统一标准设置。\n2.得分不超过分值。\n3.定量指标按完成比例计分。\n"
    assert codes(write(lines)) == []


def test_indicator_scores_out_of_order_in_a_flattened_table(write):
    line = (
        "绩效指标 指标名称：培训人次 500人次 400人次 2 {a} 指标名称：覆盖户数 300户 270户 2 {b} "
        "指标名称：宣传场次 20场 20场 2 2\n"
    )
    assert codes(write(line.format(a="1.8", b="1.5"))) == [
        ("AL410", 1, [500, 400, 1.8, 300, 270, 1.5])
    ]
    assert codes(write(line.format(a="1.6", b="1.8"))) == []


def test_projects_said_to_be_evaluated_against_projects_reported(write):
    text = (
        "一、自评工作情况\n本年度对一般公共预算项目开展绩效自评，其中一级项目{n}个。另对2个项目开展了重点绩效评价。\n"
        "二、项目自评结果\n"
        "道路养护项目绩效自评综述：全年预算数为80.00万元，执行数为78.00万元。\n"
        "校舍维修项目绩效自评综述：全年预算数为50.00万元，执行数为50.00万元。\n"
        "图书采购项目绩效自评综述：全年预算数为20.00万元，执行数为19.50万元。\n"
    )
    assert codes(write(text.format(n=5))) == [("AL602", 2, [5, 3])]
    assert codes(write(text.format(n=3))) == []


def test_document_numbers_that_lost_their_year_brackets(write):
    bad = "根据《实施意见》（某财发〔20228号）和（财绩2021〕7号）及（市政发202115号）要求。\n"
    assert codes(write(bad)) == [
        ("AL704", 1, [20228]),
        ("AL704", 1, [2021]),
        ("AL704", 1, [202115]),
    ]
    good = (
        "根据《实施意见》（某财发〔2022〕8号）和（财绩〔2021〕7号）及（市政发[2021]15号）要求。\n"
    )
    assert codes(write(good)) == []


def test_glued_rows_rate_score_and_a_deadline_met_as_printed(write):
    line = "产出指标(30分)植树面积6120亩120亩6资金执行率8—95%{rate}完工时间42023年6月底2023年6月底{due}\n"
    assert codes(write(line.format(rate="6", due="3"))) == [
        ("AL405", 1, [8, 95, 6]),
        ("AL408", 1, [4, 3]),
    ]
    assert codes(write(line.format(rate="7.6", due="4"))) == []
    # the message shows the product of the printed figures, not the middle of an interval
    (finding, _) = lint([write(line.format(rate="6", due="3"))]).findings
    assert finding.message == "执行率得分 6 与 执行率 95% × 分值 8 = 7.6 不符"


def test_deadline_met_as_printed_in_a_table_yet_scored_down(write):
    table = IND_HEADER + "产出指标(5分)\t时效指标\t竣工时间\t2023年9月前\t2023年9月前\t5\t{s}\n"
    assert codes(write(table.format(s=4))) == [("AL408", 2, [5, 4])]
    assert codes(write(table.format(s=5))) == []


def test_deadline_before_the_implementation_period(write):
    text = (
        "项目绩效自评表（2024年度）\n项目实施期：2024年4月至2024年10月\n"
        "时效指标\t完成采购\t{due}前完成\t已完成\t5\t5\n"
    )
    assert codes(write(text.format(due="2023年6月30日"))) == [("AL801", 3, [2023, 6, 2024, 4])]
    assert codes(write(text.format(due="2024年6月30日"))) == []
    # the month the period begins, a deadline with no period, a later project's own period
    assert codes(write(text.format(due="2024年4月"))) == []
    assert codes(write("时效指标：2019年12月底前完成。\n")) == []
    two = (
        "甲项目实施期2023年1月-2023年12月，要求2023年3月前完成招标。\n"
        "乙项目实施期2024年5月-2024年12月，要求2024年3月前完成招标。\n"
    )
    assert codes(write(two)) == [("AL801", 2, [2024, 3, 2024, 5])]
    # a date before the period that is history, not a deadline; another project's own table
    history = "项目实施期2024年4月-2024年10月。依据2023年12月前下达的资金文件实施。\n"
    assert codes(write(history)) == []
    other = (
        "项目名称\t甲工程\n项目实施期2024年4月-2024年10月\n"
        "项目名称\t乙工程\n时效指标\t2024年3月底前完成设计\n"
    )
    assert codes(write(other)) == []


@pytest.mark.parametrize(
    ("line", "values"),
    [
        (
            "主要职责：1.负责绿地的日常养护。2.负责工程的质量监督。3.负责古树保护。3.负责科普宣传。\n",
            [3, 3],
        ),
        ("工作目标：1.完成A项任务。2.完成B项任务。4.完成C项任务。\n", [2, 4]),
        ("具体措施如下：1、加强管理；2、完善制度；3、强化监督；5、定期考核。\n", [3, 5]),
        ("1.负责日常养护。2.负责质量监督。3.负责古树保护。3.负责科普宣传。\n", [3, 3]),
    ],
)
def test_a_list_run_into_one_line(write, line, values):
    assert [(c[0], c[2]) for c in codes(write(line))] == [("AL702", values)]


@pytest.mark.parametrize(
    "line",
    [
        "具体措施如下：1、加强管理；2、完善制度；3、强化监督；4、定期考核。\n",
        # amounts and quarters are no markers
        "完成情况：1.5万元用于设备购置。2.3万元用于培训，3季度完成。\n",
        # a list whose items hold their own sub-lists numbered again from 1
        "工作安排：1.加强管理。2.完善制度：1.修订财务制度。2.修订采购制度。3.强化监督。\n",
    ],
)
def test_what_is_no_broken_run_in_list(write, line):
    assert [c for c in codes(write(line)) if c[0] == "AL702"] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("批复资金50万元，已拨付56万元。", [50, 56]),
        ("年初预算80.00万元，实际开支86.00万元。", [80.0, 86.0]),
        ("下达补助资金30.00万元，已支付32.50万元。", [30.0, 32.5]),
    ],
)
def test_spending_above_what_was_approved_issued_or_planned(write, text, values):
    assert [(c[0], c[2]) for c in codes(write(text))] == [("AL101", values)]


@pytest.mark.parametrize(
    "text",
    [
        "申请资金60万元，实际支出58万元。",
        # more than planned is normal for a plan (投资完成率 above 100%)
        "项目计划投资200万元，实际完成投资210万元，投资完成率105%。",
        # the report states the excess itself, and it is right
        "申请补贴238.00万元，实际支出240.00万元，超出预算金额2.00万元。",
        # … after the spending and then its budget
        "会议费支出3.08万元，年初预算为3万元，超支0.08万元，主要是会议增加。",
    ],
)
def test_spending_within_budget_or_an_acknowledged_excess(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        (
            "甲镇申请取暖补贴80.00万元，实际发放取暖补贴86.00万元，超出预算金额{x}万元。",
            "6.00",
            "8.00",
        ),
        ("批复设备购置资金300.0万元，已支付310.0万元，超预算{x}万元。", "10.0", "20.0"),
        ("年初安排培训费20.0万元，实际支出23.5万元，超过预算{x}万元。", "3.5", "3.0"),
    ],
)
def test_an_excess_over_the_budget_is_the_difference_of_the_two(write, text, good, bad):
    """`发放` is spending and `超预算` an excess, not a budget: a right excess is silent, a
    wrong one is the overspend and a sum that does not hold."""
    assert codes(write(text.format(x=good))) == []
    found = sorted((c[0], sorted(c[2])) for c in codes(write(text.format(x=bad))))
    assert [code for code, _ in found] == ["AL101", "AL201"]


def test_each_item_s_excess_follows_its_own_spending(write):
    """Two items, each with its excess: the first pair's excess is the one right after it,
    not the last of the sentence (5.00 is the second item's)."""
    text = (
        "申请取暖补贴80.00万元，电费补贴20.00万元；发放取暖补贴86.00万元，超出预算金额6.00万元；"
        "电费补贴25.00万元，超出预算金额5.00万元。"
    )
    assert codes(write(text)) == []


def test_an_amount_per_head_is_no_budget_of_what_was_paid(write):
    """`每人补助600元` beside `发放补助资金4.8万元`: a rate, not the funds 4.8万元 came from."""
    assert codes(write("每人补助600元，共80人，发放补助资金4.8万元。")) == []


def test_an_acknowledged_excess_that_is_wrong_is_still_an_overspend(write):
    """The overspend (AL101), and the stated excess that is not 240 − 238 (AL201)."""
    text = "申请补贴238.00万元，实际支出240.00万元，超出预算金额5.00万元。"
    assert sorted(c[0] for c in codes(write(text))) == ["AL101", "AL201"]


@pytest.mark.parametrize(
    ("text", "good", "bad"),
    [
        ("残疾人福利类资金90.00万元，资金使用{x}万元。", "61.50", "96.50"),
        ("项目资金50.00万元，已使用{x}万元，剩余资金用于下年。", "45.00", "55.00"),
        ("培训经费20.00万元，实际支出{x}万元。", "18.00", "23.00"),
    ],
)
def test_funds_named_without_a_budget_word_are_the_budget_of_their_use(write, text, good, bad):
    """`X资金90万元，资金使用62.5万元`: what was used of the funds cannot exceed them."""
    assert codes(write(text.format(x=good))) == []
    assert [c[0] for c in codes(write(text.format(x=bad)))] == ["AL101"]


@pytest.mark.parametrize(
    "text",
    [
        "本年收入50.00万元，本年支出60.00万元。",  # spending may exceed the year's income
        "项目资金50.00万元，设备购置已支付55.00万元。",  # the payment names a subject of its own
        "总投资120.00万元，其中财政资金80.00万元，自筹资金40.00万元，实际使用96.50万元。",
    ],
)
def test_what_is_no_allotment_of_the_funds_used(write, text):
    assert codes(write(text)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the excess stated before or after the pair, and right: the report says so itself
        ("决算数大于预算数3.20万元，全年支出决算为25.20万元，年初预算为22.00万元。", []),
        ("本年支出决算为25.20万元，年初预算为22.00万元，决算数大于预算数3.20万元。", []),
        # … and wrong: the overspend, and the difference that is not 25.20 − 22.00
        (
            "本年支出决算为25.20万元，年初预算为22.00万元，决算数大于预算数3.80万元。",
            [("AL101", [22.0, 25.2]), ("AL201", [25.2, 22.0, 3.8])],
        ),
        # a shortfall stated by name: the budget is the spending plus it
        ("本年支出决算为20.20万元，年初预算为22.00万元，决算数小于预算数1.80万元。", []),
        (
            "本年支出决算为20.20万元，年初预算为22.00万元，决算数小于预算数1.20万元。",
            [("AL201", [22.0, 20.2, 1.2])],
        ),
        # the spending named by 决算 alone, after its budget
        ("印刷费预算3.00万元，决算2.45万元，决算数小于预算数0.55万元。", []),
        (
            "印刷费预算3.00万元，决算2.45万元，决算数小于预算数0.65万元。",
            [("AL201", [3.0, 2.45, 0.65])],
        ),
        (
            "会议费年初预算1.50万元，决算1.80万元，决算数大于预算数0.30万元。",
            [],
        ),
        (
            "会议费年初预算1.50万元，决算1.90万元，决算数大于预算数0.30万元。",
            [("AL101", [1.5, 1.9]), ("AL201", [1.9, 1.5, 0.3])],
        ),
    ],
)
def test_a_difference_from_the_budget_stated_by_name(write, text, found):
    assert [(c[0], c[2]) for c in codes(write(text))] == found


def test_an_overspend_the_report_explains_is_no_finding(write):
    """`决算数大于年初预算数的主要原因是…` (PHRASEBOOK §5): the report says so itself, and why."""
    text = (
        "行政运行（项）：年初预算为600.00万元，支出决算为640.20万元，完成年初预算的106.70%。"
        "决算数大于年初预算数的主要原因是人员增加。"
    )
    assert codes(write(text)) == []


def test_an_overspend_no_sentence_explains_is_found(write):
    text = "行政运行（项）：年初预算为600.00万元，支出决算为640.20万元，完成年初预算的106.70%。"
    assert [c[0] for c in codes(write(text))] == ["AL101"]
