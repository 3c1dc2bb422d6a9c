"""Word (.docx) reports: body paragraphs and native tables in document order.

Location scheme: a paragraph is `段落 N` (N counts body paragraphs from 1); a table cell is
`表 T 第 R 行 第 C 列` (tables, rows and grid columns from 1). A merged cell's text is kept in
its first grid cell; the cells it covers are blank, so a merged figure is counted once.
"""

from __future__ import annotations

import io

from auditlint.document import Document
from auditlint.readers import ReadProblem
from auditlint.readers.archive import check_zip, corrupt
from auditlint.readers.builder import DocumentBuilder
from auditlint.readers.docx_numbering import ListNumbers

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# what the document says once its tracked changes are accepted: deletions and moved-away text
# are dropped, insertions and moved-to text kept
_DROPPED = {f"{_W}del", f"{_W}moveFrom"}
_TEXT = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n",
         f"{_W}noBreakHyphen": "-", f"{_W}softHyphen": ""}  # fmt: skip


def paragraph_text(p) -> str:
    """A paragraph's text with its tracked changes accepted (python-docx's `text` leaves out
    runs inside `w:ins`: `2024年基本支出为万元`)."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag in _DROPPED or tag == f"{_W}pPr" or tag == f"{_W}rPr":
                continue
            if tag in _TEXT:
                out.append((child.text or "") if _TEXT[tag] is None else _TEXT[tag])
            else:
                walk(child)

    walk(p)
    return "".join(out)


def cell_text(tc) -> str:
    """A cell's paragraphs, each a line (the builder joins them as the layout shows)."""
    return "\n".join(paragraph_text(p) for p in tc.iter(f"{_W}p"))


def _rows(table) -> list[list[str]]:
    """Grid rows with covered parts of merged cells blank (python-docx repeats them)."""
    out: list[list[str]] = []
    above: list[object] = []
    for row in table.rows:
        texts: list[str] = []
        elements: list[object] = []
        for c, cell in enumerate(row.cells):
            el = cell._tc
            repeated = (elements and elements[-1] is el) or (c < len(above) and above[c] is el)
            texts.append("" if repeated else cell_text(el))
            elements.append(el)
        out.append(texts)
        above = elements
    return out


def read_docx(path: str, data: bytes) -> Document | ReadProblem:
    archive = check_zip(data, ".docx")
    if isinstance(archive, ReadProblem):
        return archive
    import docx
    from docx.table import Table as DocxTable

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many types for a damaged package
        return corrupt(".docx")
    builder = DocumentBuilder(path, "docx")
    numbering = ListNumbers(document)
    n_para = n_table = 0
    try:
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                n_para += 1
                builder.paragraph(numbering.label(child) + paragraph_text(child), f"段落 {n_para}")
            elif tag == "tbl":
                n_table += 1
                t = n_table
                builder.table(
                    _rows(DocxTable(child, document)),
                    lambda r, t=t: f"表 {t} 第 {r + 1} 行",
                    lambda r, c, t=t: f"表 {t} 第 {r + 1} 行 第 {c + 1} 列",
                    "docx",
                )
    except Exception:
        return corrupt(".docx")
    return builder.build()
