"""Layouts that real tools produce: a PDF table split over two pages, wrapped CJK cell text,
tab-aligned text in a PDF, HTML in <pre>, tables written as paragraphs in a .docx; and the
five seeds converted by LibreOffice keep their findings (when soffice is there)."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from conftest import SAMPLES
from report_files import prose_and_tables, write_docx

from auditlint.config import Config
from auditlint.readers import convert, read_path
from auditlint.readers.builder import join_wrapped as cell_text
from auditlint.runner import lint


def findings(*paths: Path) -> Counter:
    return Counter((f.code, tuple(f.values)) for f in lint(list(paths), Config()).findings)


def _pdf(path: Path, story_rows: list[list[str]], col_widths=None, font_size=9) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle(
        "cell", fontName="STSong-Light", fontSize=font_size, leading=font_size + 3
    )
    grid = [[Paragraph(t, style) for t in row] for row in story_rows]
    table = Table(grid, colWidths=col_widths, repeatRows=0)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    return path


def test_wrapped_cjk_cell_text_is_joined_without_a_space():
    assert cell_text("年度资\n金总额") == "年度资金总额"
    assert cell_text("budget\nexecution") == "budget execution"
    assert cell_text("全年预算数\n86.40") == "全年预算数86.40"
    assert cell_text("44,\n770.\n21") == "44,770.21"  # a number broken at its separators
    assert cell_text("12\n345") == "12 345"  # two figures, or one: the reader cannot tell
    assert cell_text("") == ""


def test_wrapped_label_in_a_pdf_cell_keeps_its_word(tmp_path):
    rows = [["项目", "全年预算数", "全年执行数"], ["年度资金总额合计", "86.40", "96.40"]]
    path = _pdf(tmp_path / "r.pdf", rows, col_widths=[40, 120, 120])
    doc = read_path(path)
    cells = [c.text for t in doc.tables for row in t.rows for c in row]
    assert "年度资金总额合计" in cells  # wrapped over two lines in a 40-point column
    assert [f.code for f in lint([path], Config()).findings] == ["AL101"]


def test_a_table_split_over_pages_is_one_table(tmp_path):
    rows = [["支出项目", "金额（万元）"]]
    rows += [[f"第{i}项支出", "1.00"] for i in range(1, 80)]
    rows += [["合计", "80.00"]]  # 79 parts: the total is wrong by one
    path = _pdf(tmp_path / "r.pdf", rows)
    doc = read_path(path)
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == 81
    pages = {ln.where.split(" 表")[0] for ln in doc.lines if ln.cells}
    assert len(pages) >= 2 and "第 1 页" in pages
    result = lint([path], Config())
    (total,) = [f for f in result.findings if f.code == "AL201"]
    assert total.values[0] == 80 and not total.location.startswith("第 1 页")
    fixed = _pdf(tmp_path / "fixed.pdf", [*rows[:-1], ["合计", "79.00"]])
    assert not lint([fixed], Config()).findings


def test_two_tables_on_two_pages_stay_two(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    story = []
    for rows in ([["甲", "1.00"], ["乙", "2.00"], ["合计", "3.00"]],
                 [["丙", "4.00"], ["丁", "5.00"], ["合计", "9.00"]]):  # fmt: skip
        table = Table(rows)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 9),
                                   ("GRID", (0, 0), (-1, -1), 0.5, "black")]))  # fmt: skip
        story += [table, PageBreak()]
    path = tmp_path / "two.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    assert len(read_path(path).tables) == 2
    assert not lint([path], Config()).findings


def _ruled_pages(path: Path, pages: list[tuple[float, list[float], list[list[str]]]]) -> Path:
    """A PDF drawn line by line: per page, the table's top (points from the page top), the x
    of its column rulings and its rows (20 points high), so each page rules its own columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    height = A4[1]
    c = canvas.Canvas(str(path), pagesize=A4)
    for top, xs, rows in pages:
        y0 = height - top
        ys = [y0 - 20 * r for r in range(len(rows) + 1)]
        for y in ys:
            c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, ys[0], x, ys[-1])
        c.setFont("STSong-Light", 9)
        for r, row in enumerate(rows):
            for k, text in enumerate(row):
                c.drawString(xs[k] + 3, ys[r] - 14, text)
        c.showPage()
    c.save()
    return path


# the first page's rows run to its foot (a 20-point row from 72 to past 85% of the page)
_FIRST = [["支出项目", "预算数", "决算数"]] + [[f"第{i}项", "2.00", "1.50"] for i in range(1, 36)]


def test_a_table_continued_with_a_ruling_more_is_laid_on_both_pages_columns(tmp_path):
    """Page 2 rules the label column in two; its figures stay under 预算数 and 决算数."""
    rest = [["", "其中", "2.00", "1.50"] for _ in range(4)]

    def report(name: str, budget: str) -> Path:
        pages = [
            (72, [60, 260, 360, 460], _FIRST),
            (72, [60, 160, 260, 360, 460], [*rest, ["合计", "", budget, "58.50"]]),
        ]
        return _ruled_pages(tmp_path / name, pages)

    path, ok = report("r.pdf", "79.00"), report("ok.pdf", "78.00")
    doc = read_path(path)
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == len(_FIRST) + 5
    assert [c.text for c in doc.tables[0].rows[-1]] == ["合计", "", "79.00", "58.50"]
    (total,) = lint([path], Config()).findings
    assert total.code == "AL201" and total.values[:2] == [79.0, 2.0]
    assert total.location.startswith("第 2 页")
    assert not lint([ok], Config()).findings


def test_a_row_broken_by_the_page_is_one_row(tmp_path):
    """`质量指` at the foot of page 1 and `标` at the top of page 2 are one cell."""
    first = [*_FIRST[:-1], ["质量指", "2.00", "1.50"]]
    path = _ruled_pages(
        tmp_path / "r.pdf",
        [
            (72, [60, 260, 360, 460], first),
            (72, [60, 260, 360, 460], [["标", "", ""], ["合计", "70.00", "52.50"]]),
        ],
    )
    table = read_path(path).tables[0]
    assert [c.text for c in table.rows[-2]] == ["质量指标", "2.00", "1.50"]
    assert not lint([path], Config()).findings


def test_a_table_below_space_on_the_next_page_is_a_table_of_its_own(tmp_path):
    """A table that starts lower than the pages' top margin follows a blank line: a new one."""
    second = [["乙项", "5.00", "4.00"], ["合计", "5.00", "4.00"]]
    path = _ruled_pages(
        tmp_path / "r.pdf", [(72, [60, 260, 360, 460], _FIRST), (110, [60, 260, 360, 460], second)]
    )
    assert len(read_path(path).tables) == 2
    assert not lint([path], Config()).findings


def test_tab_aligned_text_in_a_pdf_is_a_table(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "tabs.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 10)
    lines = [
        ("收入", "金额", "支出", "金额"),
        ("财政拨款", "500.00", "基本支出", "300.00"),
        ("其他收入", "120.00", "项目支出", "200.00"),
        ("收入合计", "620.00", "支出合计", "500.00"),
    ]
    for i, fields in enumerate(lines):
        for j, text in enumerate(fields):
            c.drawString(60 + 110 * j, 760 - 18 * i, text)
    c.save()
    doc = read_path(path)
    assert [ln.raw for ln in doc.lines[:2]] == [
        "收入\t金额\t支出\t金额",
        "财政拨款\t500.00\t基本支出\t300.00",
    ]
    assert doc.tables and doc.tables[0].layout == "tab"


def test_html_pre_keeps_its_lines(tmp_path):
    text = (SAMPLES / "003_dcdae65a502864fc.txt").read_text(encoding="utf-8")
    from html import escape

    page = tmp_path / "r.html"
    page.write_text(f"<html><body><pre>\n{escape(text)}</pre></body></html>", encoding="utf-8")
    assert findings(page) == findings(SAMPLES / "003_dcdae65a502864fc.txt")


def test_tab_aligned_paragraphs_in_a_docx_are_a_table(tmp_path):
    import docx

    document = docx.Document()
    for line in ("项目\t全年预算数\t全年执行数", "年度资金总额\t86.40\t96.40", "说明。"):
        document.add_paragraph(line)
    path = tmp_path / "r.docx"
    document.save(path)
    doc = read_path(path)
    assert doc.tables and doc.tables[0].layout == "tab"
    assert [f.code for f in lint([path], Config()).findings] == ["AL101"]


@pytest.mark.skipif(
    convert.soffice() is None, reason="needs LibreOffice (soffice); .ci/run installs it"
)
@pytest.mark.parametrize("fmt", ["docx", "odt", "doc", "html"])
def test_seeds_converted_by_libreoffice_keep_their_findings(tmp_path, fmt):
    for seed in sorted(SAMPLES.glob("0*.txt")):
        shutil.copy(seed, tmp_path / seed.name)
    subprocess.run(
        [convert.soffice(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
         "--headless", "--convert-to", fmt, "--outdir", str(tmp_path / "out"),
         *sorted(map(str, tmp_path.glob("0*.txt")))],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    for seed in sorted(tmp_path.glob("0*.txt")):
        converted = tmp_path / "out" / f"{seed.stem}.{fmt}"
        assert findings(converted) == findings(seed), converted.name


@pytest.mark.skipif(
    convert.soffice() is None, reason="needs LibreOffice (soffice); .ci/run installs it"
)
def test_seeds_printed_from_text_to_pdf_keep_their_findings(tmp_path):
    """The plain text printed to PDF by LibreOffice keeps no mark of a table laid one cell a
    line (its blank cells and blank lines are the same space): the cells are read as a run
    under their headings, each row's figures after its label, its empty cells last."""
    for seed in sorted(SAMPLES.glob("0*.txt")):
        shutil.copy(seed, tmp_path / seed.name)
    subprocess.run(
        [convert.soffice(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
         "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "out"),
         *sorted(map(str, tmp_path.glob("0*.txt")))],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    new = []
    for seed in sorted(tmp_path.glob("0*.txt")):
        printed, text = findings(tmp_path / "out" / f"{seed.stem}.pdf"), findings(seed)
        assert text - printed == Counter(), seed.name
        new += [(seed.name[:3], *f) for f in printed - text]
    # a figure spaced inside (`10, 281. 80`) that the text's table cell hides from AL701
    assert new == [("001", "AL701", (10281.8,))]


@pytest.mark.skipif(
    convert.soffice() is None, reason="needs LibreOffice (soffice); .ci/run installs it"
)
def test_seeds_as_word_tables_printed_to_pdf_keep_their_findings(tmp_path):
    """The seeds as a reviewer gets them: Word documents with ruled tables (some running over
    several pages, a row broken by a page), printed to PDF by LibreOffice."""
    for seed in sorted(SAMPLES.glob("0*.txt")):
        write_docx(tmp_path / f"{seed.stem}.docx", *prose_and_tables(read_path(seed)), ruled=True)
    subprocess.run(
        [convert.soffice(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
         "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "out"),
         *sorted(map(str, tmp_path.glob("0*.docx")))],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    for seed in sorted(SAMPLES.glob("0*.txt")):
        printed = tmp_path / "out" / f"{seed.stem}.pdf"
        assert findings(printed) == findings(seed), printed.name


def _scan_pdf(path: Path, pages: list[str | None]) -> Path:
    """A PDF whose pages are text (a string) or only an image (None), as a scanner makes."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    picture = Image.new("L", (200, 100), 200)
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in pages:
        if page is None:
            c.drawImage(ImageReader(picture), 50, 500, width=400, height=200)
        else:
            c.setFont("STSong-Light", 10)
            c.drawString(60, 760, page)
        c.showPage()
    c.save()
    return path


def test_a_scan_is_an_error_naming_its_pages(tmp_path, monkeypatch):
    from auditlint.readers import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)
    path = _scan_pdf(tmp_path / "scan.pdf", [None, None, None])
    (f,) = lint([path], Config()).findings
    assert (f.code, f.severity) == ("AL011", "error")
    assert "全部页面" in f.message and "OCR" in f.message and "text layer" in f.message_en


def test_scanned_pages_among_text_pages_are_named_and_the_rest_is_checked(tmp_path):
    # grey pictures: with or without OCR, nothing is read from them
    text = "全年预算数 86.40 万元，全年执行数 96.40 万元。"
    path = _scan_pdf(tmp_path / "mixed.pdf", [text, None, None, text, None])
    found = sorted((f.code, f.severity) for f in lint([path], Config()).findings)
    assert found == [("AL011", "error"), ("AL101", "error"), ("AL101", "error")]
    (notice,) = [f for f in lint([path], Config()).findings if f.code == "AL011"]
    assert "第 2–3、5 页" in notice.message and "page(s) 2–3, 5" in notice.message_en
