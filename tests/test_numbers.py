from decimal import Decimal

import pytest
from conftest import codes
from hypothesis import given
from hypothesis import strategies as st

from auditlint.domain import load_domain
from auditlint.extract.quantities import find_quantities
from auditlint.normalise import normalise_text as normalise
from auditlint.numbers import format_decimal, parse_number


def test_grouped_and_plain_numbers_keep_their_precision():
    n = parse_number("35,298.67")
    assert (n.value, n.decimals, n.malformed) == (Decimal("35298.67"), 2, False)
    assert parse_number("100").decimals == 0
    assert parse_number("99.3620").decimals == 4  # trailing zero is printed precision


def test_broken_spacing_is_read_and_remembered_as_malformed():
    n = parse_number("44, 770. 21")
    assert n.value == Decimal("44770.21") and n.malformed


def test_interval_of_printed_figure():
    assert parse_number("1285.95").interval() == (Decimal("1285.945"), Decimal("1285.955"))


def test_full_width_digits_are_normalised_without_moving_columns():
    raw = "执行数３５，０１２．１７万元，完成９９．１９％"
    text = normalise(raw)
    assert len(text) == len(raw)
    found = list(find_quantities(text, load_domain()))
    assert [(q.number.value, q.unit) for q in found] == [
        (Decimal("35012.17"), "万元"),
        (Decimal("99.19"), "%"),
    ]
    assert raw[found[0].start] == "３"


def test_units_scales_and_qualifiers():
    text = "保障城市低保对象2.41万人次，满意度超过85%，约 1655.54 万元，发放 246 万元"
    found = list(find_quantities(text, load_domain()))
    assert [(q.unit, q.qualifier, q.label) for q in found] == [
        ("万人次", "", "保障城市低保对象"),
        ("%", "lower_bound", "满意度"),
        ("万元", "approximate", ""),
        ("万元", "", "发放"),
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("全年执行数5230.5（含中央资金3120.2万元，地方资金2110.3万元）", "万元"),
        ("支出总额86.40（其中人员经费60.10万元、公用经费26.30万元）", "万元"),
        ("受益面积1250.5(水田800.5亩，旱地450亩)", "亩"),
        # no list of one unit in the bracket: the figure stays without a unit
        ("指标得分8.5（满分10分）", ""),
        ("执行数52.3（中央资金30万元，占比57%）", ""),
        (
            "全年执行数5230（含中央资金3120万元，地方资金2110万元）",
            "",
        ),  # a whole number may be a code
    ],
)
def test_a_figure_without_a_unit_takes_the_unit_of_the_parts_in_its_bracket(text, unit):
    assert next(iter(find_quantities(text, load_domain()))).unit == unit


def test_dates_codes_and_list_markers_are_not_quantities():
    text = "(1) 2024年度，联系电话：13912345678，第3季度，2023-2024年，指标1:完成率100%"
    found = list(find_quantities(text, load_domain()))
    assert [(q.number.value, q.unit) for q in found] == [(Decimal(100), "%")]


def test_dotted_dates_and_section_numbers_are_not_figures(write):
    """`2023.3.1~2023.11.30` is a date range, `3.2.1` a section: no part of either is a figure,
    but a figure before a full stop typed as `.` still is."""
    text = normalise("实施期2023.3.1~2023.11.30，依据第3.2.1条，于2024.01.15前完成，执行率96.5%.")
    found = [q.number.text for q in find_quantities(text, load_domain())]
    assert found == ["96.5"]
    # a flattened information block: the date was read as a column's total (a false AL201)
    path = write(
        "项目基本信息\n项目实施期 2023.3.1~2023.11.30\n"
        "计划安排资金(万元) 860.50 实际到位资金(万元) 860.50\n其中:中央财政 其中:中央财政\n"
        "省财政 省财政\n市县财政 860.50 市县财政 860.50\n实际支出(万元) 402.16\n"
    )
    assert codes(path) == []


def test_a_figure_right_after_a_comma_is_a_figure():
    """Published pages print `,` for `，`: a clause may open with its figure (`,20万元用于乙`);
    only a comma between digits is a thousands mark (`1,234`)."""
    text = normalise("资金30万元用于甲，20万元用于乙，分别为10万元,15万元；合计1,234.5万元。")
    found = [q.number.text for q in find_quantities(text, load_domain())]
    assert found == ["30", "20", "10", "15", "1,234.5"]
    # … and a comma after a digit, before a figure with decimals or of four digits or more,
    # parts two figures (PHRASEBOOK §10: `各为52.31,50.86万元`)
    text = normalise("收、支总计各为52.31,50.86万元，1,2345.6元，12,345元。")
    found = [q.number.text for q in find_quantities(text, load_domain())]
    assert found == ["52.31", "50.86", "1", "2345.6", "12,345"]


def test_more_than_between_a_figure_and_its_unit():
    """`300余万元`, `20多个`: the unit after 余/多 is the figure's, which is a lower bound."""
    text = normalise("发放补贴300余万元，覆盖20多个乡镇，完成50项。")
    found = [(q.number.text, q.unit, q.qualifier) for q in find_quantities(text, load_domain())]
    assert found == [("300", "万元", "lower_bound"), ("20", "个", "lower_bound"), ("50", "项", "")]


def test_an_items_marker_after_a_clause_break_is_no_figure():
    text = normalise("1.财政拨款收入700万元；2.事业收入100万元，3、其他收入5.5万元。")
    found = [(q.number.text, q.label) for q in find_quantities(text, load_domain())]
    assert found == [("700", "财政拨款收入"), ("100", "事业收入"), ("5.5", "其他收入")]


@given(st.text())
def test_number_finding_never_raises(text):
    list(find_quantities(normalise(text), load_domain()))


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_parse_format_parse_is_stable(value):
    once = parse_number(format_decimal(value, 2))
    assert (once is not None and once.value == value.normalize()) or once.value == value
    again = parse_number(format_decimal(once.value, 2))
    assert again.value == once.value


_REPORTISH = st.text(
    alphabet=st.sampled_from(
        list("0123456789.,%-，。：:；（）()其中合计预算执行数万元人户分个得总\n\t |、①")
    )
    | st.characters(),
    max_size=400,
)


@given(_REPORTISH)
def test_reading_and_extraction_never_raise_on_arbitrary_text(text):
    from auditlint.extract import extract
    from auditlint.readers.text import read_text_file

    doc = read_text_file("x.txt", text.encode("utf-8", errors="surrogatepass"))
    if not hasattr(doc, "code"):
        extraction = extract(doc)
        for f in extraction.facts:
            assert f.line >= 1 and f.column >= 1


@given(_REPORTISH)
def test_html_reader_never_raises(text):
    from auditlint.readers.html import read_html

    page = "<table><tr><td>" + text + "</td></tr></table><p>" + text
    read_html("x.html", page.encode("utf-8", errors="surrogatepass"))


_DATA_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.floats(allow_nan=False),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(
    st.fixed_dictionaries(
        {"format": st.just("auditlint-report/1")},
        optional={"lines": _DATA_VALUES, "tables": _DATA_VALUES, "facts": _DATA_VALUES},
    )
)
def test_report_data_reader_never_raises(data):
    """Any shape of data gives a Document or an AL009 finding, never an exception."""
    import json

    from auditlint.readers.data import read_report_data

    result = read_report_data("x.json", json.dumps(data, ensure_ascii=False).encode())
    assert not hasattr(result, "code") or result.code in ("AL003", "AL006", "AL009")


@given(_REPORTISH)
def test_every_check_runs_on_arbitrary_text_without_an_internal_error(text):
    import tempfile
    from pathlib import Path

    from auditlint.runner import lint

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "r.txt")
        path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
        result = lint([path])
    assert not result.internal_error, [f.message_en for f in result.findings if f.code == "AL000"]


_GLUED = st.text(
    alphabet=st.sampled_from(list("指标合格率成本时间完成万元人亩%年月日一—-(分)≥0123456789.")),
    max_size=120,
)


@given(_GLUED)
def test_glued_rows_are_the_line_cut_in_order_with_score_within_weight(text):
    from auditlint.document import Line
    from auditlint.readers.tables import glued_rows

    line = Line(1, text, normalise(text))
    end = 0
    for label, weight, target, actual, score in glued_rows(line):
        cells = (label, weight, target, actual, score)
        for cell in cells:  # each cell is exactly its slice of the line (columns 1-based)
            assert cell.text == line.text[cell.column - 1 : cell.end_column]
        starts = [c.column for c in cells]
        assert starts == sorted(starts) and label.column > end  # in order, rows apart
        assert Decimal(score.text) <= Decimal(weight.text)
        end = score.end_column


@given(
    st.lists(
        st.tuples(
            st.text(
                alphabet=st.sampled_from(list("植树面积验收合格率完工成本宣传")),
                min_size=2,
                max_size=8,
            ),
            st.integers(1, 30),
            st.decimals(min_value=0, max_value=99999, places=1, allow_nan=False),
            st.sampled_from(["人", "亩", "%", "万元", "个"]),
            st.integers(0, 30),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_glued_rows_written_by_a_template_are_read_back(rows):
    from auditlint.document import Line
    from auditlint.readers.tables import glued_rows

    text = "，".join(f"{label}{w}{v}{unit}{v}{unit}{s}" for label, w, v, unit, s in rows)
    found = [[c.text for c in row] for row in glued_rows(Line(1, text, normalise(text)))]
    assert found == [
        [label, str(w), f"{v}{unit}", f"{v}{unit}", str(s)]
        for label, w, v, unit, s in rows
        if s <= w
    ]


def test_signed_figures_in_prose_and_cells(write):
    from conftest import extract_text

    x = extract_text(
        write("本年支出较上年增减额为-4.45万元，增减率-6.41%。2022-2023年度，指标1-2完成。")
    )
    assert [(f.text, f.value, f.label) for f in x.facts if f.kind in ("money", "percent")] == [
        ("-4.45", Decimal("-4.45"), "本年支出较上年增减额"),
        ("-6.41", Decimal("-6.41"), "增减率"),
    ]


def test_a_bracketed_negative_in_a_table_adds_up(write):
    from conftest import codes

    text = "项目\t本年数\t上年数\t增减额\n办公费\t10.00\t12.00\t(2.00)\n印刷费\t5.00\t4.00\t1.00\n"
    assert codes(write(text + "合计\t15.00\t16.00\t-1.00\n")) == []
    # the total's change is neither the sum of the rows' (AL201) nor 15 − 16 (AL501)
    assert sorted(
        (c[0], sorted(c[2])) for c in codes(write(text + "合计\t15.00\t16.00\t-3.00\n"))
    ) == [("AL201", [-3.0, -2.0, 1.0]), ("AL501", [-3.0, 15.0, 16.0])]


def test_a_glued_row_needs_a_label_after_a_headings_close():
    """Found by the property test above: `一)1—0%0` left an empty label cell."""
    from auditlint.document import Line
    from auditlint.readers.tables import glued_rows

    text = "一)1—0%0"
    assert glued_rows(Line(1, text, normalise(text))) == []


def test_a_table_change_goes_the_way_its_amount_is_signed(write):
    """A row's 增减额 carries its direction; a rate printed without a sign goes the same way."""
    from conftest import codes

    head = "项目\t本年数\t上年数\t增减额\t增减率\n"
    assert codes(write(head + "办公费\t10.00\t12.00\t(2.00)\t16.67%\n")) == []
    assert codes(write(head + "办公费\t10.00\t12.00\t-2.00\t-16.67%\n")) == []
    found = codes(write(head + "办公费\t10.00\t12.00\t-2.00\t-20.00%\n"))
    assert [c[0] for c in found] == ["AL501"]
