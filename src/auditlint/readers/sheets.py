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
            while rows and not any(t.strip() for t in rows[-1]):
                rows.pop()
            start = first_row or 1
            builder.paragraph(name, f"{name}")
            builder.table(
                rows,
                lambda r, n=name, s=start: f"{n}!{s + r}",
                lambda r, c, n=name, s=start: f"{n}!{column_letter(c)}{s + r}",
                "xlsx",
            )
    except Exception:
        return corrupt(".xlsx")
    finally:
        book.close()
    return builder.build()


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
