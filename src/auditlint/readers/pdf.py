"""PDF reports (pdfplumber): text lines per page, and tables where the PDF has ruled tables.

Location scheme: `第 P 页 第 N 行` for a text line (N counts that page's text lines), and
`第 P 页 表 T 第 R 行 第 C 列` for a table cell. Scanned PDFs (images only) have no text; they
read as empty. Encrypted PDFs are reported (AL008), never guessed at.
"""

from __future__ import annotations

import io

from auditlint.document import Document
from auditlint.readers import ReadProblem
from auditlint.readers.archive import corrupt, encrypted
from auditlint.readers.builder import DocumentBuilder

MAX_PAGES = 2000


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _page(builder: DocumentBuilder, page, number: int) -> None:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    items: list[tuple[float, str, object]] = []
    prose = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
    for line in prose.extract_text_lines(return_chars=False):
        items.append((line["top"], "text", line["text"]))
    for t in tables:
        items.append((t.bbox[1], "table", t.extract()))
    n_line = 0
    for _top, kind, content in sorted(items, key=lambda item: item[0]):
        if kind == "text":
            n_line += 1
            builder.paragraph(str(content), f"第 {number} 页 第 {n_line} 行")
        else:
            t = len(builder.tables) + 1
            rows = [[cell or "" for cell in row] for row in content]  # type: ignore[union-attr]
            builder.table(
                rows,
                lambda r, p=number, t=t: f"第 {p} 页 表 {t} 第 {r + 1} 行",
                lambda r, c, p=number, t=t: f"第 {p} 页 表 {t} 第 {r + 1} 行 第 {c + 1} 列",
                "pdf",
            )


def _is_encryption_error(exc: BaseException) -> bool:
    """pdfplumber wraps pdfminer's errors; look through the wrapper and the chain."""
    seen: list[BaseException] = [exc]
    while seen:
        e = seen.pop()
        name = type(e).__name__
        if "Password" in name or "Encrypt" in name:
            return True
        seen += [a for a in e.args if isinstance(a, BaseException)]
        seen += [c for c in (e.__cause__, e.__context__) if c is not None and c is not e]
    return False


def read_pdf(path: str, data: bytes) -> Document | ReadProblem:
    if not data.lstrip().startswith(b"%PDF"):
        return corrupt(".pdf")
    import pdfplumber

    builder = DocumentBuilder(path, "pdf")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                return ReadProblem(
                    "AL006",
                    f"PDF 页数过多（超过 {MAX_PAGES} 页），未检查",
                    f"more than {MAX_PAGES} pages; not checked",
                )
            for number, page in enumerate(pdf.pages, start=1):
                _page(builder, page, number)
                page.close()  # release the page's parsed objects: memory stays per page
    except Exception as exc:  # pdfminer raises many types for damaged or protected files
        if _is_encryption_error(exc):
            return encrypted()
        return corrupt(".pdf")
    doc = builder.build()
    if not any(line.text.strip() for line in doc.lines):
        return ReadProblem(
            "AL003",
            "PDF 中没有可提取的文字（可能是扫描件）",
            "no extractable text in the PDF (a scan?)",
        )
    return doc
