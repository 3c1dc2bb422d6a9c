"""The Document: what every reader produces and every later stage reads.

Text is normalised character for character (full-width digits and punctuation become ASCII),
so a column in the normalised text is the same column in the original file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

# Full-width ASCII block → ASCII, ideographic space → space; one character for one character.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH.update({ord("﹪"): ord("%"), ord("－"): ord("-"), ord("．"): ord(".")})


_FOLD = {chr(k): chr(v) for k, v in _FULLWIDTH.items()}
_TO_FOLD = re.compile("[" + "".join(map(re.escape, _FOLD)) + "]")


def _fold(m: re.Match[str]) -> str:
    return _FOLD[m.group()]


# the full-width forms in nearly every line of Chinese prose, replaced before the regex pass
_COMMON = tuple((ch, _FOLD[ch]) for ch in "，：（）；％")


def normalise(text: str) -> str:
    """Fold full-width forms to ASCII without changing the length of the text. (str.replace
    for the common ones, then a regex for the rest: 4-10x faster than str.translate on
    Chinese text.)"""
    for wide, narrow in _COMMON:
        if wide in text:
            text = text.replace(wide, narrow)
    return _TO_FOLD.sub(_fold, text)


class Line(NamedTuple):
    """One line of the report. Immutable; a NamedTuple rather than a frozen dataclass because
    every line of every report makes one, and it is built 3x faster."""

    number: int  # 1-based line in the original file (a paragraph or table row in others)
    raw: str  # as decoded, without the line ending
    text: str  # normalised; same length as raw
    where: str = ""  # where a person finds it in a .docx/.xlsx/.pdf/.html: "段落 12", "Sheet1!5"
    cells: tuple[tuple[int, str], ...] = ()  # a table row's (first column, cell location)
    file_line: int = 0  # the line in the file, when lines are not the file's (report data)


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

    def line(self, number: int) -> Line | None:
        if 1 <= number <= len(self.lines):
            return self.lines[number - 1]
        return None

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

    def table_lines(self) -> set[int]:
        """Lines that belong to a table, which prose extraction leaves to the table pass."""
        out: set[int] = set()
        for t in self.tables:
            if t.layout not in ("flattened", "glued"):  # a line of text, not only cells
                out.update(range(t.start_line, t.end_line + 1))
        return out
