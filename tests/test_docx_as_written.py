"""Word documents as people write them: tracked changes, automatic list numbering, cells
with line breaks, and messages that point at another place the way the user finds it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from auditlint.config import Config
from auditlint.readers import read_path
from auditlint.readers.docx_numbering import chinese, render
from auditlint.runner import lint


def _run(text: str, tag: str = "w:t"):
    r = OxmlElement("w:r")
    t = OxmlElement(tag)
    t.text = text
    r.append(t)
    return r


def _change(kind: str, text: str, n: int):
    el = OxmlElement(kind)
    el.set(qn("w:id"), str(n))
    el.set(qn("w:author"), "审核人")
    el.append(_run(text, "w:delText" if kind == "w:del" else "w:t"))
    return el


def test_tracked_changes_read_as_accepted(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("全年预算数 86.40 万元，全年执行数 ")
    p._p.append(_change("w:del", "80.00", 1))  # struck out
    p._p.append(_change("w:ins", "96.40", 2))  # put in its place
    p._p.append(_run(" 万元。"))
    path = tmp_path / "r.docx"
    d.save(path)
    (line,) = [ln.raw for ln in read_path(path).lines if ln.raw]
    assert line == "全年预算数 86.40 万元，全年执行数 96.40 万元。"
    (f,) = lint([path], Config()).findings
    assert (f.code, f.values) == ("AL101", [86.4, 96.4])


def test_automatic_numbering_is_shown_and_a_list_that_mixes_typed_numbers_is_no_gap(tmp_path):
    d = docx.Document()
    d.add_paragraph("主要工作")
    for text in ("完成第一项任务。", "完成第二项任务。"):
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("3. 完成第三项任务。")  # the author typed the next number
    path = tmp_path / "r.docx"
    d.save(path)
    lines = [ln.raw for ln in read_path(path).lines]
    assert lines[1:] == ["1. 完成第一项任务。", "2. 完成第二项任务。", "3. 完成第三项任务。"]
    assert not lint([path], Config()).findings


@pytest.mark.parametrize(
    ("n", "fmt", "shown"),
    [(1, "decimal", "1"), (10, "chineseCounting", "十"), (21, "chineseCountingThousand", "二十一"),
     (3, "chineseLegalSimplified", "叁"), (2, "ideographTraditional", "乙"),
     (3, "decimalEnclosedCircle", "③"), (4, "upperRoman", "IV"), (2, "lowerLetter", "b"),
     (7, "decimalZero", "07"), (5, "bullet", "")],
)  # fmt: skip
def test_number_formats(n, fmt, shown):
    assert render(n, fmt) == shown


def test_chinese_counting():
    assert [chinese(n) for n in (1, 10, 11, 20, 99, 100, 101, 110, 1005)] == [
        "一", "十", "十一", "二十", "九十九", "一百", "一百零一", "一百一十", "一千零五",
    ]  # fmt: skip


def test_cell_with_line_breaks_keeps_its_words_and_figures(tmp_path):
    d = docx.Document()
    table = d.add_table(rows=2, cols=3)
    for c, text in enumerate(("项目", "全年预算数", "全年执行数")):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "年度资金\n总额"  # a label wrapped by hand
    table.cell(1, 1).text = "86.40"
    table.cell(1, 2).text = "96.40"
    path = tmp_path / "r.docx"
    d.save(path)
    cells = [c.text for t in read_path(path).tables for row in t.rows for c in row]
    assert "年度资金总额" in cells
    (f,) = lint([path], Config()).findings
    assert f.code == "AL101" and "年度资金总额" in f.message


def test_a_message_points_at_the_other_place_as_the_user_finds_it(tmp_path):
    d = docx.Document()
    d.add_paragraph("一、基本情况")
    d.add_paragraph("2024年基本支出1546.46万元，项目支出300.00万元。")
    d.add_paragraph("二、支出情况")
    d.add_paragraph("2024年基本支出1285.95万元，主要用于人员经费。")
    path = tmp_path / "r.docx"
    d.save(path)
    (f,) = [f for f in lint([path], Config()).findings if f.code == "AL301"]
    assert f.location == "段落 4"
    assert "段落 2 的" in f.message and "at 段落 2" in f.message_en
    assert "第 2 行" not in f.message


def test_text_reports_still_say_line(tmp_path):
    report = Path(tmp_path / "r.txt")
    report.write_text(
        "2024年基本支出1546.46万元。\n\n二、支出情况\n\n2024年基本支出1285.95万元。\n", "utf-8"
    )
    (f,) = [f for f in lint([report], Config()).findings if f.code == "AL301"]
    assert "与第 1 行的" in f.message and "on line" not in f.message_en
    assert "at line 1" in f.message_en
