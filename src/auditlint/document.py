"""The Document: what every reader produces and every later stage reads.

A line keeps its raw text and its normalised text (`auditlint.normalise`); where the two
differ in length, `Line.origin` says where each normalised character stood, so a finding's
column is the column a person sees in the original file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Line(NamedTuple):
    """One line of the report. Immutable; a NamedTuple rather than a frozen dataclass because
    every line of every report makes one, and it is built 3x faster."""

    number: int  # 1-based line in the original file (a paragraph or table row in others)
    raw: str  # as decoded, without the line ending
    text: str  # normalised (auditlint.normalise)
    where: str = ""  # where a person finds it in a .docx/.xlsx/.pdf/.html: "段落 12", "Sheet1!5"
    cells: tuple[tuple[int, str], ...] = ()  # a table row's (first column, cell location)
    file_line: int = 0  # the line in the file, when lines are not the file's (report data)
    # for each character of `text`, its 0-based index in `raw`; empty when they correspond
    # one for one (the usual case)
    origin: tuple[int, ...] = ()

    def raw_column(self, column: int) -> int:
        """The 1-based column in `raw` of the character at 1-based `column` of `text`."""
        if not self.origin or column < 1:
            return column
        i = column - 1
        if i >= len(self.origin):
            return self.origin[-1] + 1 + i - len(self.origin) + 1
        return self.origin[i] + 1


@dataclass(slots=True)
class Cell:
    text: str  # normalised, continuation lines joined
    line: int
    column: int  # 1-based
    end_line: int
    end_column: int  # 1-based, inclusive of the last character

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class Table:
    id: int
    layout: str  # tab | cell-per-line | pipe | flattened
    rows: list[list[Cell]] = field(default_factory=list)
    # the id of the table this one goes on from (a score sheet's indicator rows after its fund
    # block, with text between them): 0 for none
    continues: int = 0

    @property
    def start_line(self) -> int:
        return self.rows[0][0].line if self.rows and self.rows[0] else 0

    @property
    def end_line(self) -> int:
        return max((c.end_line for r in self.rows for c in r), default=0)


@dataclass
class Document:
    path: str
    lines: list[Line]
    tables: list[Table] = field(default_factory=list)
    encoding: str = "utf-8"
    location_scheme: str = "line:column"
    # facts and relations given by structured report data, used instead of extraction
    given: tuple[list, list] | None = None
    # what the reader could not read though it read the rest (pages that are only images): a
    # finding each, beside the checks' findings; ReadProblem objects
    notices: list = field(default_factory=list)

    def line(self, number: int) -> Line | None:
        if 1 <= number <= len(self.lines):
            return self.lines[number - 1]
        return None

    def raw_column(self, line: int, column: int) -> int:
        """A column of the normalised text as a column of the original line."""
        found = self.line(line)
        return found.raw_column(column) if found is not None else column

    def locate(self, line: int, column: int) -> str:
        """A location a person can find: the cell or paragraph, else `line:column`."""
        found = self.line(line)
        if found is None or not (found.where or found.cells):
            return f"{line}:{column}"
        cell = ""
        for start, label in found.cells:
            if start <= column:
                cell = label
        return cell or found.where

    def row_spans(self) -> dict[int, list[tuple[int, int]]]:
        """By line, the stretches (1-based columns, inclusive) that rows of a table rebuilt
        inside a line of text cover: prose extraction leaves them to the table pass and reads
        the text around them."""
        out: dict[int, list[tuple[int, int]]] = {}
        for t in self.tables:
            if t.layout != "flattened":
                continue
            for row in t.rows:
                cells = [c for c in row if c.text.strip()]
                if cells and all(c.line == cells[0].line for c in cells):
                    span = (cells[0].column, max(c.end_column for c in cells))
                    out.setdefault(cells[0].line, []).append(span)
        return out

    def table_lines(self) -> set[int]:
        """Lines that belong to a table, which prose extraction leaves to the table pass."""
        out: set[int] = set()
        for t in self.tables:
            if t.layout not in ("flattened", "glued"):  # a line of text, not only cells
                out.update(range(t.start_line, t.end_line + 1))
        return out
