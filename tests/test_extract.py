"""Representative facts and every kind of relation, on the seeds and in other wordings."""

from decimal import Decimal

import pytest
from conftest import codes, extract_text, seed


def _fact(x, line, text):
    return next(f for f in x.facts if f.line == line and f.text == text)


def _rels(x, kind):
    out = []
    for r in x.relations:
        if r.kind != kind:
            continue
        out.append(
            {
                k: [x.fact(i).text for i in v] if isinstance(v, list) else x.fact(v).text
                for k, v in r.roles.items()
            }
        )
    return out


def test_seed000_prose_facts_and_relations():
    x = extract_text(seed("000"))
    f = _fact(x, 13, "35,298.67")
    assert (f.value, f.decimals, f.unit, f.label, f.column) == (
        Decimal("35298.67"),
        2,
        "万元",
        "全年预算数",
        20,
    )
    assert _fact(x, 23, "9325").unit == "条"
    assert _fact(x, 37, "1655.54").label == "筹募慈善款物"
    assert _rels(x, "budget_execution") == [
        {"budget": "35,298.67", "execution": "35,012.17", "rate": "99.19"}
    ]
    assert _rels(x, "change") == [{"current": "64.92", "delta": "4.45", "percent": "6.4"}]


def test_seed001_budget_table_sides():
    x = extract_text(seed("001"))
    assert _rels(x, "balance") == [
        {"left": ["117,897.50", "96,313.27"], "right": ["381,681.03", "67,158.50"]}
    ]


def test_seed002_project_scopes():
    x = extract_text(seed("002"))
    budgets = [(f.scope, f.text) for f in x.facts if f.label == "全年预算数"]
    assert budgets == [
        ("document", "12965.37"),
        ("最低生活保障项目", "4623.33"),
        ("残疾人补贴项目", "2155.89"),
        ("临时救助项目", "210.37"),
        ("特困人员救助供养项目", "1270.57"),
    ]


def test_seed003_totals_enumerations_and_tables():
    x = extract_text(seed("003"))
    parts = _rels(x, "total_parts")
    assert {"total": "69", "parts": ["11", "57", "1"]} in parts
    assert {"total": "24299.59", "parts": ["1546.46", "22753.13"]} in parts
    assert {"total": "86.4", "parts": ["28.8"]} in parts
    enums = [r.extra["items"] for r in x.relations if r.kind == "enumeration"]
    assert len(enums[0]) == 8 and enums[0][3].startswith("基层政权、社区治理")
    assert len(enums[1]) == 5
    assert {"level": "50", "rows": ["10"] * 5} in _rels(x, "level_weight")
    assert {"weight": "10", "rate": "100"} in _rels(x, "rate_score")


def test_seed004_score_breakdowns_and_deductions():
    x = extract_text(seed("004"))
    assert {"total": "48.5", "parts": ["19", "20", "9.5"]} in _rels(x, "total_parts")
    assert _rels(x, "deductions") == [{"max": "50", "score": "48.5", "deductions": ["1", "0.5"]}]
    items = [r for r in _rels(x, "total_parts") if r["total"] == "50"]
    assert items == [{"total": "50", "parts": ["3", "4", "4", "15", "10", "10", "4"]}]


def test_relations_in_other_wordings(write):
    p = write(
        "一、收支情况\n"
        "本年收入合计500.00万元，其中：财政拨款收入420.00万元，占84.00%；其他收入80.00万元。\n"
        "项目支出预算120万元，实际执行108万元，预算执行率为90%。\n"
        "公用经费支出30.00万元，较上年增加5.00万元，增长20.00%。\n"
        "本单位设有3个科室：综合科、财务科、业务科。\n"
        "考评总分100分，得分92分，评价等级为“优”。\n"
    )
    x = extract_text(p)
    assert _rels(x, "total_parts") == [{"total": "500.00", "parts": ["420.00", "80.00"]}]
    assert _rels(x, "share") == [{"part": "420.00", "total": "500.00", "percent": "84.00"}]
    assert _rels(x, "budget_execution") == [{"budget": "120", "execution": "108", "rate": "90"}]
    assert _rels(x, "change") == [{"current": "30.00", "delta": "5.00", "percent": "20.00"}]
    assert [r.extra["items"] for r in x.relations if r.kind == "enumeration"] == [
        ["综合科", "财务科", "业务科"]
    ]
    assert _rels(x, "grade") == [{"score": "92"}]


def test_facts_frame_validates_against_schema():
    frame = extract_text(seed("003")).frame()
    assert {"value", "decimals", "unit", "label", "scope", "line", "column"} <= set(frame.columns)
    assert len(frame) > 100


def test_prose_does_not_read_across_glued_cells(write):
    # `农药使用量较上年减少52%2%5`: the cells are 5, 2%, 2%, 5, not a decrease of 52%
    ext = extract_text(write("生态效益指标农药使用量较上年减少52%2%5\n"))
    assert sorted((f.source, f.role, float(f.value)) for f in ext.facts) == [
        ("table", "actual", 2),
        ("table", "score", 5),
        ("table", "target", 2),
        ("table", "weight", 5),
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("下达县级资金指标84.5万元，已全部支付。", [(84.5, "money")]),
        ("本年下达资金指标42.35万元。", [(42.35, "money")]),
        ("产出指标50分，效益指标30分。", [(50, "score"), (30, "score")]),
        ("指标1：培训人数；指标2：合格率。", []),  # item numbers
        ("全年培训人员495人次：干部120人次。", [(495, "count"), (120, "count")]),
    ],
)
def test_figures_after_indicator_words_and_before_colons(write, text, kept):
    """`指标` before a code is no quantity, before an amount it is (资金指标84.5万元); a figure
    with its unit before a colon is one."""
    facts = extract_text(write(text)).facts
    assert [(float(f.value), f.kind) for f in facts] == [(float(v), k) for v, k in kept]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("全年预算数：36.50万元，全年执行数：33.20万元。", ["全年预算数", "全年执行数"]),
        ("项目资金：120万元；到位资金：118万元", ["项目资金", "到位资金"]),
        ("参训人数：85人  合格人数：82人", ["参训人数", "合格人数"]),
        # a colon after a cue or a total word names nothing
        ("其中：42.00万元用于设备购置", [""]),
        ("合计：57.30万元", [""]),
    ],
)
def test_a_fields_name_before_its_colon_is_the_figures_label(write, text, labels):
    x = extract_text(write(text))
    assert [f.label for f in x.facts] == labels


def test_figures_named_by_form_fields_are_checked(write):
    text = "全年预算数：48.00万元，全年执行数：{e}万元，执行率：92.50%。"
    assert codes(write(text.format(e="44.40"))) == []
    assert [c[0] for c in codes(write(text.format(e="45.40")))] == ["AL102"]
