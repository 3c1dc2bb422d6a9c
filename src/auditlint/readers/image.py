"""Images of reports (.png, .jpg): read by OCR with the optional extra `auditlint-cn[ocr]`;
without it, a finding that says how to read them. Every line keeps where it was on the image
(`第 N 行（识别）`: line N of the recognised text)."""

from __future__ import annotations

import io

from auditlint.document import Document
from auditlint.readers import ReadProblem
from auditlint.readers.archive import corrupt
from auditlint.readers.builder import DocumentBuilder
from auditlint.readers.ocr import HINT_EN, HINT_ZH, MAX_PIXELS
from auditlint.readers.parts import Part


def _declared_size(data: bytes) -> tuple[int, int]:
    """The size a PNG header declares (Pillow refused to open it), else (0, 0)."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return 0, 0


def read_image(path: str, data: bytes) -> Document | ReadProblem:
    from PIL import Image, UnidentifiedImageError

    from auditlint.readers import ocr

    try:
        image = Image.open(io.BytesIO(data))  # reads the header only
        width, height = image.size
    except Image.DecompressionBombError:  # Pillow's own limit, far above ours
        image, (width, height) = None, _declared_size(data)
    except (UnidentifiedImageError, OSError, ValueError):
        return corrupt("image")
    if image is None or width * height > MAX_PIXELS:
        return ReadProblem(
            "AL006",
            f"图像过大（{width}×{height} 像素，上限 {MAX_PIXELS} 像素），未检查",
            f"image too large ({width}×{height} pixels, limit {MAX_PIXELS}); not checked",
        )
    if not ocr.available():
        return ReadProblem(
            "AL011",
            f"图像文件（扫描件）没有文字层，未检查：{HINT_ZH}",
            f"an image (a scan) has no text layer and was not checked: {HINT_EN}",
        )
    try:
        image.load()
        items, _top = ocr.page_of(image)
    except (OSError, ValueError, Image.DecompressionBombError):
        return corrupt("image")
    builder = DocumentBuilder(path, "image")
    n = 0
    for _kind, content in items:
        if isinstance(content, Part):  # a ruled table
            t = len(builder.tables) + 1
            builder.table(
                content.rows,
                lambda r, t=t: f"表 {t} 第 {r + 1} 行（识别）",
                lambda r, c, t=t: f"表 {t} 第 {r + 1} 行 第 {c + 1} 列（识别）",
                "image",
            )
            continue
        n += 1
        builder.paragraph(str(content), f"第 {n} 行（识别）")
    doc = builder.build()
    if not any(line.text.strip() for line in doc.lines):
        return ReadProblem("AL003", "图像中没有识别出文字", "no text recognised in the image")
    return doc
