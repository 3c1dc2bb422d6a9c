"""What a reporter may show of a checked document: its lines, its tables and the figures that
were understood, all in the original file's coordinates.

Reporters read a finished Result and nothing else; the review page needs the text around
each finding, so the runner keeps this view of each document when asked (`keep_views`), built
once the checks have run. Columns are 1-based and inclusive, in the raw line, as in findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from auditlint.document import Document
from auditlint.extract import Extraction


@dataclass(slots=True)
class LineView:
    number: int
    raw: str
    where: str = ""  # 段落 12, 第 2 页, Sheet1!5: the place a person finds it


@dataclass(slots=True)
class CellView:
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(slots=True)
class TableView:
    id: int
    layout: str
    rows: list[list[CellView]]
    first_line: int
    last_line: int


@dataclass(slots=True)
class FactView:
    line: int
    column: int
    end_column: int
    text: str
    label: str
    unit: str
    role: str
    kind: str


@dataclass
class FileView:
    path: str
    lines: list[LineView] = field(default_factory=list)
    tables: list[TableView] = field(default_factory=list)
    facts: list[FactView] = field(default_factory=list)


def build_view(path: str, doc: Document, extraction: Extraction | None) -> FileView:
    """The document as read, with its tables and facts mapped back to raw columns."""
    view = FileView(path=path)
    view.lines = [LineView(line.number, line.raw, line.where) for line in doc.lines]
    for table in doc.tables:
        if table.layout in ("flattened", "glued") or not table.rows:
            continue  # a line of text with cells in it: shown as the text it is
        rows = [
            [
                CellView(
                    c.line,
                    doc.raw_column(c.line, c.column),
                    c.end_line,
                    doc.raw_column(c.end_line, c.end_column),
                )
                for c in row
            ]
            for row in table.rows
        ]
        view.tables.append(
            TableView(table.id, table.layout, rows, table.start_line, table.end_line)
        )
    for fact in extraction.facts if extraction else []:
        if fact.line != fact.end_line or fact.line < 1:
            continue
        view.facts.append(
            FactView(
                fact.line,
                doc.raw_column(fact.line, fact.column),
                doc.raw_column(fact.line, fact.end_column),
                fact.text,
                fact.label,
                fact.unit,
                fact.role,
                fact.kind,
            )
        )
    return view
