"""Units named once for a whole table: `单位：万元`, `金额单位：元` on a line just above it, or
`(万元)` in a heading cell. The figures in its cells are printed bare; this is their unit."""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditlint.document import Line, Table

_STATED = re.compile(r"(?:金额)?单位\s*[:：]?\s*(亿元|万元|千元|元)")
_IN_HEADING = re.compile(r"[(（](亿元|万元|千元|元)[)、,，）]")
_LOOK_ABOVE = 3  # lines above a table where its unit may be stated


def table_unit(lines: Sequence[Line], table: Table) -> str:
    """The money unit the table states for its figures ('' when it states none)."""
    start = table.start_line
    for number in range(start - 1, max(0, start - 1 - _LOOK_ABOVE), -1):
        if 1 <= number <= len(lines) and (m := _STATED.search(lines[number - 1].text)):
            return m.group(1)
    for row in table.rows[:3]:
        for cell in row:
            if m := _STATED.search(cell.text) or _IN_HEADING.search(cell.text):
                return m.group(1)
    return ""


def table_title(lines: Sequence[Line], table: Table) -> str:
    """The text of the lines just above the table (its title, `…收入决算表`), nearest last."""
    start = table.start_line
    above = [
        lines[number - 1].text.strip()
        for number in range(max(1, start - _LOOK_ABOVE), start)
        if number <= len(lines)
    ]
    return " ".join(t for t in above if t)
