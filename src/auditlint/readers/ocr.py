"""Text from images (scanned PDF pages, .png/.jpg), with the optional extra
`auditlint-cn[ocr]`: rapidocr-onnxruntime, which ships its Chinese models in the wheel and runs
offline. Each recognised box keeps its place on the page; boxes on one line are joined, a wide
gap between them being a column (a tab), so a scanned table is found as a typed one is.
"""

from __future__ import annotations

import itertools
from functools import cache
from typing import Any

from auditlint.readers.parts import FOOT, Part

MAX_PIXELS = 60_000_000  # an image above this is refused unread (a decompression bomb)
HINT_ZH = "安装 OCR 组件（pip install 'auditlint-cn[ocr]'）后可识别扫描件"
HINT_EN = "install the OCR extra (pip install 'auditlint-cn[ocr]') to read scans"
TAB_GAP = 1.0  # a gap of one text height between two boxes on a line is a column


@cache
def engine() -> Any | None:
    """The OCR engine, loaded once per process; None when the extra is not installed."""
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:
        return None
    return RapidOCR()


def available() -> bool:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


Box = tuple[float, float, float, float, str]  # top, bottom, left, right, text


def _boxes(image: Any) -> list[Box]:
    import numpy

    ocr = engine()
    if ocr is None:
        return []
    found, _ = ocr(numpy.asarray(image.convert("RGB")))
    boxes = []
    for corners, text, _score in found or []:
        xs = [p[0] for p in corners]
        ys = [p[1] for p in corners]
        boxes.append((min(ys), max(ys), min(xs), max(xs), text))
    return boxes


def page_of(image: Any, scale: float = 1.0) -> tuple[list[tuple[str, object]], float]:
    """A page image as a typed PDF page reads: its text lines and its ruled tables (ruling.py),
    each recognised box in the cell that holds it, top to bottom; positions in pixels times
    `scale` (72/dpi gives points). Also where the first item starts (the page's top margin)."""
    import numpy

    from auditlint.readers.ruling import grids

    boxes = _boxes(image)
    tables = grids(numpy.asarray(image.convert("L")))
    loose = [b for b in boxes if not any(g.place(b[0], b[1], b[2], b[3], b[4]) for g in tables)]
    items: list[tuple[float, str, object]] = [(top, "text", t) for top, t in _join(loose)]
    height = image.size[1]
    for g in tables:
        x0, y0, x1, y1 = g.bbox
        part = Part(
            g.rows(_cell_text),
            [x * scale for x in g.starts],
            (x0 * scale, y0 * scale, x1 * scale, y1 * scale),
            y1 >= height * (1 - FOOT),
        )
        items.append((y0, "table", part))
    items.sort(key=lambda i: i[0])
    top = items[0][0] * scale if items else 0.0
    return [(kind, content) for _top, kind, content in items], top


def _cell_text(boxes: list[Box]) -> str:
    """A cell's boxes as its lines, top to bottom (the builder joins them as wrapped text)."""
    return "\n".join(text for _top, text in _join(boxes))


def _join(boxes: list[Box]) -> list[tuple[float, str]]:
    """Boxes into lines (with each line's top): a box joins the line whose vertical middle it
    overlaps."""
    rows: list[list[tuple[float, float, float, float, str]]] = []
    for box in sorted(boxes):
        middle = (box[0] + box[1]) / 2
        for row in rows:
            top, bottom = min(b[0] for b in row), max(b[1] for b in row)
            if top <= middle <= bottom:
                row.append(box)
                break
        else:
            rows.append([box])
    out = []
    for row in rows:
        row.sort(key=lambda b: b[2])
        height = sum(b[1] - b[0] for b in row) / len(row)
        text = row[0][4]
        for prev, box in itertools.pairwise(row):
            text += ("\t" if box[2] - prev[3] >= TAB_GAP * height else "") + box[4]
        out.append((min(b[0] for b in row), text))
    return out
