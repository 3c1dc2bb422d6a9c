"""Build a Document from a format that has paragraphs and native tables (.docx, .xlsx, .csv,
.pdf, .html): each paragraph becomes a line, each table row a line of tab-joined cells, so
every later stage works on lines and columns as it does for text, while `Line.where` and
`Line.cells` remember the paragraph, cell or page a person would look for."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from auditlint.document import Cell, Document, Line, Table
from auditlint.normalise import normalise_line, normalise_text

_BREAKS = str.maketrans({"\t": " ", "\v": " ", "\f": " "})


def wide(ch: str) -> bool:
    """A CJK character or full-width form: words of them are written without spaces."""
    return unicodedata.east_asian_width(ch[:1] or " ") in ("W", "F")


def join_wrapped(text: str) -> str:
    """A cell's lines as one text, joined the way the layout shows: no space inside a CJK word
    that wrapped (`年度资` / `金总额` is `年度资金总额`) or a number (`44,` / `770.` / `21` is
    `44,770.21`), a space between Latin words."""
    lines = [ln.strip() for ln in text.replace("\r", "\n").split("\n") if ln.strip()]
    joined = lines[:1]
    for ln in lines[1:]:
        glued = wide(joined[-1][-1]) or wide(ln[0]) or _NUMBER_WRAP.search(joined[-1] + ln[:2])
        joined.append(("" if glued else " ") + ln)
    return "".join(joined)


# a number broken at its separator: `12,` + `345`, `6.` + `78`, `9` + `.5`
_NUMBER_WRAP = re.compile(r"\d[,.]\d{1,2}$")


class DocumentBuilder:
    def __init__(self, path: str, scheme: str, encoding: str = "") -> None:
        self.path = path
        self.scheme = scheme
        self.encoding = encoding
        self.lines: list[Line] = []
        self.tables: list[Table] = []
        self._in_tables: set[int] = set()  # lines of native tables

    def paragraph(self, text: str, where: str, file_line: int = 0) -> None:
        """One line per line break in the paragraph; all carry the paragraph's location. Tabs
        are kept: tab-aligned paragraphs are a table, found as in a text file (build())."""
        for piece in text.splitlines() or [""]:
            raw = piece
            norm = normalise_line(raw)
            self.lines.append(
                Line(
                    len(self.lines) + 1,
                    raw,
                    norm.text,
                    where=where,
                    origin=norm.origin,
                    file_line=file_line,
                )
            )

    def table(
        self,
        rows: Sequence[Sequence[str]],
        row_where: Callable[[int], str],
        cell_where: Callable[[int, int], str],
        layout: str,
        row_line: Callable[[int], int] | None = None,
    ) -> None:
        """Rows of cell texts (blank for the covered part of a merged cell). `row_line`: the
        row's number in the file, where a row is a line a user can go to (a sheet's row)."""
        if not rows:
            return
        table = Table(id=len(self.tables) + 1, layout=layout)
        for r, row in enumerate(rows):
            number = len(self.lines) + 1
            texts = [join_wrapped((c or "").translate(_BREAKS)) for c in row]
            cells: list[Cell] = []
            starts: list[tuple[int, str]] = []
            column = 1
            for c, text in enumerate(texts):
                end = column + max(len(text), 1) - 1
                cells.append(Cell(normalise_text(text), number, column, number, end))
                starts.append((column, cell_where(r, c)))
                column += len(text) + 1
            raw = "\t".join(texts)
            norm = normalise_line(raw)
            self.lines.append(
                Line(
                    number,
                    raw,
                    norm.text,
                    where=row_where(r),
                    cells=tuple(starts),
                    origin=norm.origin,
                    file_line=row_line(r) if row_line else 0,
                )
            )
            table.rows.append(cells)
        self.tables.append(table)
        self._in_tables.update(range(table.start_line, table.end_line + 1))

    def _paragraph_tables(self) -> list[Table]:
        """Tables written as paragraphs (tab-aligned, one cell a paragraph, pipes), found in each
        stretch of paragraphs between native tables the way the text reader finds them."""
        from auditlint.readers.tables import find_tables

        found: list[Table] = []
        stretch: list[Line] = []
        for line in [*self.lines, None]:
            if line is not None and line.number not in self._in_tables:
                stretch.append(line)
                continue
            if stretch:
                found.extend(find_tables(stretch))
                stretch = []
        return found

    def build(self) -> Document:
        tables = sorted(self.tables + self._paragraph_tables(), key=lambda t: t.start_line)
        for number, table in enumerate(tables, start=1):
            table.id = number
        return Document(
            path=self.path,
            lines=self.lines,
            tables=tables,
            encoding=self.encoding,
            location_scheme=self.scheme,
        )
