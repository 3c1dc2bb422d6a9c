"""OpenDocument reports (.odt text, .ods spreadsheets), read from the package's content.xml.

No extra library: the format is a zip of XML (checked for bombs and DTDs like every Office
package, then parsed with defusedxml). A spreadsheet cell keeps the text it displays (an .ods
stores `12.50` or `95.00%` beside the value), so printed precision is what the author saw.

Location schemes: .odt as .docx (`段落 N`, `表 T 第 R 行 第 C 列`); .ods as .xlsx (`Sheet1!C5`).
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from auditlint.document import Document
from auditlint.readers import ReadProblem
from auditlint.readers.archive import check_zip, corrupt
from auditlint.readers.builder import DocumentBuilder

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
MAX_CELLS = 2_000_000
MAX_COLUMNS = 1024  # a row's trailing empty cells are often "repeated 1024 times"


def _q(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def text_of(el: Element) -> str:
    """A paragraph's text as shown: spans joined, `text:s` as its spaces, tabs, line breaks."""
    out: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == _q(TEXT, "s"):
            out.append(" " * int(child.get(_q(TEXT, "c"), "1") or 1))
        elif tag == _q(TEXT, "tab"):
            out.append("\t")
        elif tag == _q(TEXT, "line-break"):
            out.append("\n")
        elif tag in (_q(TEXT, "note"), _q(OFFICE, "annotation")):
            pass  # footnotes and comments are not the report's text
        else:
            out.append(text_of(child))
        out.append(child.tail or "")
    return "".join(out)


def _cell_text(cell: Element) -> str:
    paragraphs = [text_of(p) for p in cell if p.tag in (_q(TEXT, "p"), _q(TEXT, "h"))]
    return "\n".join(paragraphs)


def table_rows(table: Element) -> Iterator[list[str]]:
    """Rows of displayed cell texts; repeated rows and cells expanded, trailing empties not."""
    for row in table.iter(_q(TABLE, "table-row")):
        cells: list[tuple[str, int]] = []
        for cell in row:
            if cell.tag not in (_q(TABLE, "table-cell"), _q(TABLE, "covered-table-cell")):
                continue
            repeat = int(cell.get(_q(TABLE, "number-columns-repeated"), "1") or 1)
            cells.append((_cell_text(cell) if cell.tag.endswith("}table-cell") else "", repeat))
        while cells and not cells[-1][0].strip():
            cells.pop()
        texts: list[str] = []
        for text, repeat in cells:
            texts.extend([text] * min(repeat, MAX_COLUMNS - len(texts)))
        rows = int(row.get(_q(TABLE, "number-rows-repeated"), "1") or 1)
        for _ in range(min(rows, 1) if not texts else rows):
            yield texts


def _content(data: bytes, kind: str) -> Element | ReadProblem:
    archive = check_zip(data, kind)
    if isinstance(archive, ReadProblem):
        return archive
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(archive.read("content.xml"))
    except Exception:  # missing part, bad XML, a DTD defusedxml refuses
        return corrupt(kind)


def _body(data: bytes, kind: str, part: str) -> Element | ReadProblem:
    """The document's `office:body/office:<part>` (text or spreadsheet), or why not."""
    root = _content(data, kind)
    if isinstance(root, ReadProblem):
        return root
    body = root.find(f"{_q(OFFICE, 'body')}/{_q(OFFICE, part)}")
    return corrupt(kind) if body is None else body


def read_odt(path: str, data: bytes) -> Document | ReadProblem:
    body = _body(data, ".odt", "text")
    if isinstance(body, ReadProblem):
        return body
    builder = DocumentBuilder(path, "odt")
    counter = {"p": 0, "t": 0}

    def walk(parent: Element) -> None:
        for child in parent:
            if child.tag in (_q(TEXT, "p"), _q(TEXT, "h")):
                counter["p"] += 1
                builder.paragraph(text_of(child), f"段落 {counter['p']}")
            elif child.tag == _q(TABLE, "table"):
                counter["t"] += 1
                t = counter["t"]
                builder.table(
                    list(table_rows(child)),
                    lambda r, t=t: f"表 {t} 第 {r + 1} 行",
                    lambda r, c, t=t: f"表 {t} 第 {r + 1} 行 第 {c + 1} 列",
                    "odt",
                )
            elif child.tag in (_q(TEXT, "list"), _q(TEXT, "list-item"), _q(TEXT, "section")):
                walk(child)

    walk(body)
    return builder.build()


def read_ods(path: str, data: bytes) -> Document | ReadProblem:
    from auditlint.readers.sheets import add_sheet

    body = _body(data, ".ods", "spreadsheet")
    if isinstance(body, ReadProblem):
        return body
    builder = DocumentBuilder(path, "ods")
    cells = 0
    for sheet in body.iter(_q(TABLE, "table")):
        rows = []
        for row in table_rows(sheet):
            cells += max(len(row), 1)
            if cells > MAX_CELLS:
                return ReadProblem(
                    "AL006",
                    f"表格单元格过多（超过 {MAX_CELLS}），未检查",
                    f"more than {MAX_CELLS} cells; not checked",
                )
            rows.append(row)
        width = max((len(r) for r in rows), default=0)  # trailing empties were not expanded
        rows = [r + [""] * (width - len(r)) for r in rows]
        add_sheet(builder, sheet.get(_q(TABLE, "name"), "Sheet"), rows, "ods")
    return builder.build()
