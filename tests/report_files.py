"""Write a report (its prose lines and tables) as .docx, .xlsx, .csv, .html and .pdf, for
tests that check every reader reproduces the text reader's findings. The content comes from
the text reader's own Document, so no sample text is copied into the tests."""

from __future__ import annotations

import csv
import html
from pathlib import Path

from auditlint.document import Document


def prose_and_tables(doc: Document) -> tuple[list[str], list[list[list[str]]]]:
    in_tables = {c.line for t in doc.tables for row in t.rows for c in row} | doc.table_lines()
    prose = [ln.raw for ln in doc.lines if ln.number not in in_tables and ln.raw.strip()]
    tables = [[[c.text for c in row] for row in t.rows] for t in doc.tables]
    return prose, tables


def _grid(rows: list[list[str]]) -> list[list[str]]:
    """A full grid: a short row's first cell spans the missing columns, as a merged label
    cell does in a native table, so its figures stay under their column headers."""
    width = max(len(r) for r in rows)
    return [r[:1] + [""] * (width - len(r)) + r[1:] if r else [""] * width for r in rows]


def write_docx(
    path: Path, prose: list[str], tables: list[list[list[str]]], ruled: bool = False
) -> Path:
    """A Word document of the prose, then the tables (`ruled`: with borders, Table Grid)."""
    import docx

    document = docx.Document()
    for line in prose:
        document.add_paragraph(line)
    for rows in tables:
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        if ruled:
            table.style = "Table Grid"
        for r, row in enumerate(_grid(rows)):
            span = width - len(rows[r])
            if span and rows[r]:  # a real merged cell, which the reader must count once
                table.cell(r, 0).merge(table.cell(r, span))
            for c, text in enumerate(row):
                if not (span and 0 < c <= span):
                    table.cell(r, c).text = text
        document.add_paragraph("")
    document.save(path)
    return path


def write_xlsx(path: Path, tables: list[list[list[str]]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for i, rows in enumerate(tables, start=1):
        sheet = book.create_sheet(f"表{i}")
        for row in _grid(rows):
            sheet.append([_cell_value(t) for t in row])
    book.save(path)
    return path


def _cell_value(text: str):
    """Numbers as numbers, the way a spreadsheet holds them; everything else as text."""
    try:
        value = float(text)
    except ValueError:
        return text
    if "." in text:
        return value  # printed decimals come back from the General format's shortest form
    return int(value)


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def write_html(path: Path, prose: list[str], tables: list[list[list[str]]]) -> Path:
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>报告</title></head><body>"]
    parts += [f"<p>{html.escape(line)}</p>" for line in prose]
    for rows in tables:
        parts.append("<table border='1'>")
        for row in rows:
            parts.append("<tr>" + "".join(f"<td>{html.escape(t)}</td>" for t in row) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def write_pdf(path: Path, tables: list[list[list[str]]], encrypt: str | None = None) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    story = []
    for rows in tables:
        grid = [[t[:14] if len(t) > 14 else t for t in row] for row in _grid(rows)]
        table = Table(grid)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), "STSong-Light", 7),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ]
            )
        )
        story += [table, PageBreak()]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), encrypt=encrypt).build(story)
    return path
