"""Spreadsheets: every .xlsx sheet, or a .csv file, is one table; each row a line.

Location scheme: a cell is `Sheet1!C5` (.xlsx) or `C5` (.csv), a row `Sheet1!5` / `5`.
Numbers are shown as the sheet shows them: a number format such as `0.00` or `#,##0.0`
fixes the printed decimals, which the interval arithmetic depends on (`0.00%` is a percent).
Formulas give their cached values (what the author saw), never the formula text.
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal

from auditlint.document import Document
from auditlint.readers import ReadProblem
from auditlint.readers.archive import check_zip, corrupt
from auditlint.readers.builder import DocumentBuilder

MAX_CELLS = 2_000_000
_DECIMALS = re.compile(r"0\.(0+)")


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def _shown(value: object, number_format: str) -> str:
    """The cell as the sheet displays it (decimals, thousands separators, percent)."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    percent = "%" in number_format
    if percent:
        number *= 100
    grouping = "," if "#,##" in number_format else ""
    m = _DECIMALS.search(number_format)
    if m:
        text = f"{number:{grouping}.{len(m.group(1))}f}"
    elif "0" in number_format:  # "0", "#,##0", "0%": whole numbers
        text = f"{number:{grouping}.0f}"
    else:  # General: the shortest text that is the value
        text = format(number.normalize(), grouping + "f")
    return text + ("%" if percent else "")


def read_xlsx(path: str, data: bytes) -> Document | ReadProblem:
    archive = check_zip(data, ".xlsx")
    if isinstance(archive, ReadProblem):
        return archive
    import openpyxl  # uses defusedxml when it is installed

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many types for a damaged workbook
        return corrupt(".xlsx")
    builder = DocumentBuilder(path, "xlsx")
    cells = 0
    try:
        for sheet in book.worksheets:
            name = sheet.title
            rows: list[list[str]] = []
            first_row = None
            for row in sheet.iter_rows():
                texts = [_shown(c.value, getattr(c, "number_format", "") or "") for c in row]
                cells += len(texts)
                if cells > MAX_CELLS:
                    return ReadProblem(
                        "AL006",
                        f"表格单元格过多（超过 {MAX_CELLS}），未检查",
                        f"more than {MAX_CELLS} cells; not checked",
                    )
                if first_row is None:
                    if not any(t.strip() for t in texts):
                        continue
                    first_row = getattr(row[0], "row", 1) if row else 1
                rows.append(texts)
            add_sheet(builder, name, rows, "xlsx", first_row or 1)
    except Exception:
        return corrupt(".xlsx")
    finally:
        book.close()
    return builder.build()


def _single(texts: list[str]) -> str:
    """The text of a row with one filled cell that is words, not a figure; else ''."""
    filled = [t.strip() for t in texts if t.strip()]
    if len(filled) != 1 or _FIGURE.fullmatch(filled[0]):
        return ""
    return filled[0]


_FIGURE = re.compile(r"[-+(（]?[\d,.，]+%?[)）]?")


def add_sheet(
    builder: DocumentBuilder, name: str, rows: list[list[str]], layout: str, first_row: int = 1
) -> None:
    """A sheet's rows as tables. Two forms stacked in one sheet are two tables: a table ends at
    two blank rows, or at a blank row before a title (a row of one cell of words); such a row,
    and a row that is one sentence, is text between tables. One blank row inside a form (they
    often have them) does not end it. The sheet's name is where the cells are (`Sheet1!C5`), not
    text of the report: its digits are no figures."""
    block: list[list[str]] = []
    start = first_row
    blanks = 0

    def flush() -> None:
        while block and not any(t.strip() for t in block[-1]):
            block.pop()
        if block:
            builder.table(
                list(block),
                lambda r, s=start: f"{name}!{s + r}",
                lambda r, c, s=start: f"{name}!{column_letter(c)}{s + r}",
                layout,
                row_line=lambda r, s=start: s + r,  # `line` in the outputs is the sheet's row
            )
            block.clear()

    for i, texts in enumerate(rows):
        row = first_row + i
        if not any(t.strip() for t in texts):
            blanks += 1
            if blanks >= 2:
                flush()
            elif block:
                block.append(texts)
            continue
        single = _single(texts)
        sentence = single if len(single) >= 20 or "。" in single else ""
        if sentence or (single and (blanks or not block)):
            flush()
            column = next(c for c, t in enumerate(texts) if t.strip())
            builder.paragraph(single, f"{name}!{column_letter(column)}{row}", file_line=row)
            blanks = 0
            continue
        blanks = 0
        if not block:
            start = row
        block.append(texts)
    flush()


def read_xls(path: str, data: bytes) -> Document | ReadProblem:
    """Legacy Excel (.xls, BIFF): xlrd, which gives each cell's number format, so a figure
    shows the decimals and percent the sheet shows (calamine gives stored values only: 100%
    would read as 1 and 86.40 as 86.4)."""
    if data.startswith(b"PK"):  # an .xlsx saved under the old name
        return read_xlsx(path, data)
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except xlrd.biffh.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            return ReadProblem(
                "AL008", "文档已加密，无法读取", "document is encrypted; cannot read it"
            )
        return corrupt(".xls")
    except Exception:  # xlrd raises many types for a damaged file
        return corrupt(".xls")
    builder = DocumentBuilder(path, "xls")
    cells = 0
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            cells += sheet.nrows * sheet.ncols
            if cells > MAX_CELLS:
                return ReadProblem(
                    "AL006",
                    f"表格单元格过多（超过 {MAX_CELLS}），未检查",
                    f"more than {MAX_CELLS} cells; not checked",
                )
            rows = [
                [_xls_shown(book, sheet.cell(r, c)) for c in range(sheet.ncols)]
                for r in range(sheet.nrows)
            ]
            add_sheet(builder, sheet.name, rows, "xls")
            book.unload_sheet(index)
    except Exception:
        return corrupt(".xls")
    finally:
        book.release_resources()
    return builder.build()


def _xls_shown(book, cell) -> str:
    import xlrd

    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if cell.ctype == xlrd.XL_CELL_TEXT:
        return str(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    fmt = ""
    try:
        xf = book.xf_list[cell.xf_index]
        fmt = book.format_map[xf.format_key].format_str
    except (IndexError, KeyError, AttributeError, TypeError):
        pass
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode).date().isoformat()
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return str(cell.value)
    value = cell.value
    if isinstance(value, float) and value.is_integer() and "0." not in fmt and "%" not in fmt:
        value = int(value)
    return _shown(value, fmt)


def read_csv(path: str, data: bytes) -> Document | ReadProblem:
    from auditlint.readers.text import decode_nonempty

    decoded = decode_nonempty(data)
    if isinstance(decoded, ReadProblem):
        return decoded
    text, encoding = decoded
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text), dialect))
    except csv.Error:
        return corrupt(".csv")
    builder = DocumentBuilder(path, "csv", encoding)
    builder.table(
        rows,
        lambda r: str(r + 1),
        lambda r, c: f"{column_letter(c)}{r + 1}",
        "csv",
    )
    return builder.build()
