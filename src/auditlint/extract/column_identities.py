"""Column sums the figures prove, whatever the header says.

    | 合计  | 出国费 | 用车 小计 | 购置 | 运行 | 接待 小计 | 行政运行 | 其他 |
    | 12.50 | 2.00   | 6.30      | 1.20 | 5.10 | 4.20      | 1.70     | 2.50 |
    | 10.84 | 1.36   | 5.73      | 0.80 | 4.93 | 3.75      | 1.45     | 2.30 |
    | 11.62 | 1.88   | 6.05      | 1.10 | 4.59 | 3.69      | 1.29     | 2.40 |   ← 1.10 + 4.59 ≠ 6.05

Headers of published tables arrive mangled (merged cells split, cells one a line, headings
run together), but the figures keep the table's arithmetic: where one column equals the sum of
some others in every row but one, and in two rows or more where the sum means something (two
parts or more not zero; a total of three printed digits with decimals, or four without), the
columns are a total and its parts, and the row that does not add up is wrong. Chance does not
make such a sum hold twice over figures with cents. Rows are read the same way: a row that is
the sum of the rows right below or above it in every column but one. Only rows as wide as most
rows are read (a row that lost a cell has its figures under other columns); the smallest set of
parts is kept for each total (the others restate it through sub-totals that hold themselves).
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from itertools import combinations

from auditlint.document import Cell, Table
from auditlint.extract.model import Fact, Relation
from auditlint.extract.table_totals import MakeFact

# a figure alone in its cell (as table_totals reads them), with its decimals
_FIGURE = re.compile(r"^\s*(-?[\d,]+(?:\.(\d+))?)\s*$")
# columns beyond which the search is not tried (the subsets grow as 2^n)
MAX_COLUMNS = 12
# parts a total may have here
MAX_PARTS = 5
MIN_ROWS = 3
# rows a block of part rows may hold
MAX_BLOCK = 15
SUPPORT = 2
SIGNIFICANT = 3  # printed digits of a total with decimals that make a sum mean something


def _value(cell: Cell) -> tuple[Decimal, Decimal] | None:
    """The cell's figure and half a unit of its last printed digit."""
    m = _FIGURE.match(cell.text)
    if m is None:
        return None
    try:
        value = Decimal(m.group(1).replace(",", ""))
    except InvalidOperation:
        return None
    return value, Decimal(5).scaleb(-(len(m.group(2) or "") + 1))


def _printed_digits(value: Decimal) -> int:
    """Digits as printed, leading zeros aside (6.30 has three, 0.80 two)."""
    return len(str(abs(value)).replace(".", "").lstrip("0"))


def _holds(row: dict[int, tuple[Decimal, Decimal]], t: int, parts: tuple[int, ...]) -> bool:
    total, half = row[t]
    s = sum((row[k][0] for k in parts), Decimal(0))
    slack = half + sum((row[k][1] for k in parts), Decimal(0))
    return abs(total - s) < slack or total == s


def _meaningful(row: dict[int, tuple[Decimal, Decimal]], t: int, parts: tuple[int, ...]) -> bool:
    """A row where the sum holding says something: two parts or more not zero, and a total of
    three printed digits with cents, or of four without (small whole numbers add up by
    chance: 3 = 1 + 2)."""
    nonzero = sum(1 for k in parts if row[k][0] != 0)
    total, half = row[t]
    digits = SIGNIFICANT if half < Decimal("0.5") else SIGNIFICANT + 1
    return nonzero >= 2 and _printed_digits(total) >= digits


Grid = dict[int, dict[int, tuple[Decimal, Decimal]]]


def _grid(table: Table) -> Grid:
    """Row → column → figure, for the rows as wide as most rows with three figures or more."""
    widths = Counter(len(r) for r in table.rows if sum(1 for c in r if _value(c)) >= 3)
    if not widths:
        return {}
    width = widths.most_common(1)[0][0]
    grid: Grid = {}
    for r, row in enumerate(table.rows):
        if len(row) != width:
            continue
        values = {j: v for j, c in enumerate(row) if (v := _value(c)) is not None}
        if len(values) >= 3:
            grid[r] = values
    return grid


def _proven(
    lines: Grid, candidates: dict[int, list[tuple[int, ...]]]
) -> list[tuple[int, tuple[int, ...], list[int]]]:
    """(total, parts, lines read) of each total whose smallest candidate set of parts the
    lines prove: `lines` maps a line of evidence (a row for column sums) to its figures by
    position; `candidates`, each total's sets of parts, smallest first."""
    out = []
    for t, sets in candidates.items():
        for parts in sets:
            read: list[int] = []
            failed = meant = 0
            for n, v in lines.items():
                if t not in v or any(k not in v for k in parts):
                    continue
                read.append(n)
                if not _holds(v, t, parts):
                    failed += 1
                    if failed > 1:
                        break  # most sets fail at once: two lines and they are out
                elif _meaningful(v, t, parts):
                    meant += 1
            if failed > 1 or len(read) < MIN_ROWS or meant < SUPPORT:
                continue
            out.append((t, parts, read))
            break
    return out


def proven_sums(table: Table) -> list[tuple[int, tuple[int, ...], list[int]]]:
    """(total column, part columns, rows read) of each column sum the figures prove."""
    grid = _grid(table)
    if len(grid) < MIN_ROWS:
        return []
    width = max(max(v) for v in grid.values()) + 1
    columns = [j for j in range(width) if sum(1 for v in grid.values() if j in v) >= MIN_ROWS]
    columns = [j for j in columns if any(v.get(j, (0,))[0] != 0 for v in grid.values())]
    if len(columns) < 3 or len(columns) > MAX_COLUMNS:
        return []
    candidates = {
        t: [
            parts
            for size in range(2, MAX_PARTS + 1)
            for parts in combinations([j for j in columns if j != t], size)
        ]
        for t in columns
    }
    return _proven(grid, candidates)


def proven_row_sums(table: Table) -> list[tuple[int, tuple[int, ...], list[int]]]:
    """(total row, part rows, columns read) of each row sum the figures prove: a row that is
    the sum of the rows right below it, or right above it (a parent row whose children lost
    their indent, a 合计 whose label was lost)."""
    grid = _grid(table)
    rows = sorted(grid)
    if len(rows) < 3:
        return []
    by_column: Grid = {}
    for r, values in grid.items():
        for j, v in values.items():
            by_column.setdefault(j, {})[r] = v
    candidates: dict[int, list[tuple[int, ...]]] = {}
    for i, t in enumerate(rows):
        below = [tuple(rows[i + 1 : k]) for k in range(i + 3, min(len(rows), i + MAX_BLOCK) + 1)]
        above = [tuple(rows[k:i]) for k in range(i - 2, max(-1, i - MAX_BLOCK), -1)]
        sets = sorted(below + above, key=len)
        if sets:
            candidates[t] = sets
    return _proven(by_column, candidates)


def _label(row: list[Cell]) -> str:
    return next((c.text.strip() for c in row if c.text.strip() and not _value(c)), "")


def _relation(make: MakeFact, table: Table, cells: list[tuple[int, int]]) -> Relation | None:
    """The total (first cell) and its parts, (row, column) each, as a total_parts relation."""
    facts: list[Fact] = []
    for r, j in cells:
        row = table.rows[r]
        fact = make(row[j], f"{_label(row)}:第{j + 1}列", table, r, j)
        if fact is None:
            return None
        facts.append(fact)
    return Relation(
        kind="total_parts",
        roles={"total": facts[0].id, "parts": [f.id for f in facts[1:]]},
        line=facts[0].line,
        extra={"via": "columns", "complete": True},
    )


def figure_identities(
    table: Table, make: MakeFact, total_cells: set[tuple[int, int]]
) -> list[Relation]:
    """total_parts relations for each proven column sum, row by row, and each proven row sum,
    column by column, where no other relation of the table reads the total's cells as totals
    (`total_cells`: (row, column) of those). The figures are named by their row's label and
    their column's number: where this is needed the headings were not read."""
    out: list[Relation] = []
    for t, parts, rows in proven_sums(table):
        if any((r, t) in total_cells for r in rows):
            continue
        out += [rel for r in rows if (rel := _relation(make, table, [(r, k) for k in (t, *parts)]))]
    for t, parts, columns in proven_row_sums(table):
        if any((t, j) in total_cells for j in columns):
            continue
        out += [
            rel for j in columns if (rel := _relation(make, table, [(r, j) for r in (t, *parts)]))
        ]
    return out
