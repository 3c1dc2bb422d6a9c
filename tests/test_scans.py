"""Scans: images and image-only PDF pages read by the real OCR engine (the `ocr` extra, which
the dev install includes); without it, a finding that says how to read them; an image too
large to decode is refused unread."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from auditlint.config import Config
from auditlint.readers import ocr
from auditlint.runner import lint


def _has_chinese_font() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run([fc_list, ":lang=zh"], capture_output=True, text=True, check=False)
    return bool(found.stdout.strip())


# the page is drawn with a CID font that PDFium fills from the system's fonts: without a Chinese
# one the characters come out blank and OCR has only the figures to read
needs_chinese_font = pytest.mark.skipif(
    not _has_chinese_font(),
    reason="drawing a scan needs a Chinese system font (Debian: fonts-wqy-microhei; .ci/run "
    "installs it)",
)


def _picture(lines: list[str]):
    """A clean image of text lines, as a scanner at 200 dpi gives a printed page, drawn with
    reportlab's CID font through a PDF (no system font needed)."""
    import pypdfium2
    from reportlab.lib.pagesizes import A5, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    import io

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A5))
    c.setFont("STSong-Light", 14)
    for i, line in enumerate(lines):
        c.drawString(40, 370 - 28 * i, line)
    c.save()
    page = pypdfium2.PdfDocument(buf.getvalue())[0]
    return page.render(scale=200 / 72).to_pil().convert("RGB")


TEXT = ["全年预算数 86.40 万元，", "全年执行数 96.40 万元。"]


@needs_chinese_font
def test_an_image_of_a_report_is_read_by_ocr(tmp_path):
    path = tmp_path / "scan.png"
    _picture(TEXT).save(path)
    (f,) = lint([path], Config()).findings
    assert (f.code, f.values) == ("AL101", [86.4, 96.4])
    assert f.location.endswith("（识别）")


@needs_chinese_font
def test_an_image_only_pdf_page_is_read_by_ocr(tmp_path):
    path = tmp_path / "scan.pdf"
    _picture(TEXT).save(path, resolution=200)
    (f,) = lint([path], Config()).findings
    assert (f.code, f.values) == ("AL101", [86.4, 96.4])


def test_without_the_extra_scans_say_how_to_read_them(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    image, pdf = tmp_path / "scan.jpg", tmp_path / "scan.pdf"
    picture = _picture(TEXT)
    picture.save(image)
    picture.save(pdf, resolution=200)
    for path in (image, pdf):
        (f,) = lint([path], Config()).findings
        assert (f.code, f.severity) == ("AL011", "error")
        assert "auditlint-cn[ocr]" in f.message and "auditlint-cn[ocr]" in f.message_en


def test_an_image_of_twenty_thousand_pixels_square_is_refused_unread(tmp_path):
    # a PNG header that declares 20,000 × 20,000 pixels: a decompression bomb
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 20_000, 20_000, 8, 0, 0, 0, 0)
    data = (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 100))
    )
    path = tmp_path / "bomb.png"
    path.write_bytes(data + chunk(b"IEND", b""))
    (f,) = lint([path], Config()).findings
    assert f.code == "AL006" and "20000×20000" in f.message


def test_an_image_that_is_not_one(tmp_path):
    path = tmp_path / "x.jpg"
    path.write_bytes(b"not an image at all")
    (f,) = lint([path], Config()).findings
    assert f.code == "AL005"


def test_lines_are_joined_with_columns_as_tabs():
    boxes = [(10, 30, 0, 80, "全年预算数"), (12, 31, 200, 240, "86.40"), (50, 70, 0, 60, "说明")]
    assert ocr._join(boxes) == [(10, "全年预算数\t86.40"), (50, "说明")]
    close = [(10, 30, 0, 80, "全年预算数"), (11, 30, 85, 120, "86.40")]
    assert ocr._join(close) == [(10, "全年预算数86.40")]


def _ruled(rows: list[list[str]], widths: list[int], span_first: bool = False):
    """An image of a ruled table, as a scan of a printed Word table at 200 dpi: `span_first`
    merges the first row into one cell (its inner rulings not drawn)."""
    import io

    import pypdfium2
    from reportlab.lib.pagesizes import A5, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=landscape(A5))
    c.setFont("STSong-Light", 12)
    xs = [40]
    for w in widths:
        xs.append(xs[-1] + w)
    top, height = 380, 26
    ys = [top - height * r for r in range(len(rows) + 1)]
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for k, x in enumerate(xs):
        inner = 0 < k < len(xs) - 1
        c.line(x, ys[1] if span_first and inner else ys[0], x, ys[-1])
    for r, row in enumerate(rows):
        for k, text in enumerate(row):
            c.drawString(xs[k] + 6, ys[r] - 18, text)
    c.save()
    page = pypdfium2.PdfDocument(buf.getvalue())[0]
    return page.render(scale=200 / 72).to_pil().convert("RGB")


def test_the_rulings_of_a_scanned_table_make_its_cells():
    import numpy

    from auditlint.readers.ruling import grids

    rows = [["资金情况表", "", ""], ["项目", "预算数", "执行数"], ["甲项", "10.00", "9.00"]]
    image = _ruled(rows, [160, 100, 100], span_first=True)
    (grid,) = grids(numpy.asarray(image.convert("L")))
    assert len(grid.bands) == 3 and len(grid.starts) == 3
    assert [len(cells) for cells in grid.cells] == [1, 3, 3]  # the first row is one cell
    plain = _picture(TEXT)  # lines of text hold no ruling
    assert grids(numpy.asarray(plain.convert("L"))) == []


@needs_chinese_font
def test_a_scanned_ruled_table_is_read_cell_by_cell(tmp_path):
    """Text in the cells of a scanned table lands in its columns, whatever the gaps between
    words: the 合计 row is checked against the rows above it."""
    rows = [["项目", "预算数", "执行数"], ["设备购置费", "30.00", "28.00"],
            ["培训费", "12.00", "11.50"], ["合计", "{t}", "39.50"]]  # fmt: skip
    for total, found in (("42.00", []), ("45.00", [("AL201", [45.0, 30.0, 12.0])])):
        path = tmp_path / f"scan{total}.png"
        _ruled([[c.format(t=total) for c in row] for row in rows], [68, 40, 40]).save(path)
        got = [(f.code, f.values) for f in lint([path], Config()).findings]
        assert got == found
        if found:
            assert lint([path], Config()).findings[0].location.startswith("表 1 第 4 行")
