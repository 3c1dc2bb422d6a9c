"""Column sums the figures prove, whatever the header says.

    | 合计 | 出国费 | 用车 小计 | 购置 | 运行 | 接待 小计 | 行政运行 | 其他 |
    | 6.94 | 0.00   | 2.94      | 0.00 | 2.94 | 4.00      | 0.37     | 3.63 |
    | 4.06 | 0.00   | 3.01      | 0.00 | 3.01 | 1.05      | 0.47     | 0.58 |
    | 2.88 | 0.00   | -0.07     | 0.00 | -0.07| 2.95      | -0.10    | 3.08 |   ← 3.08 ≠ 3.05

Headers of published tables arrive mangled (merged cells split, cells one a line, headings
run together), but the figures keep the table's arithmetic: where one column equals the sum of
some others in every row but one, and in two rows or more where the sum means something (two
parts or more not zero, a total of three printed digits with decimals or four without), the columns are a total
and its parts, and the row that does not add up is wrong. Chance does not make such a sum hold
twice over figures with cents. Only rows as wide as most rows are read (a row that lost a cell
has its figures under other columns); the smallest set of parts is kept for each total (the
others restate it through sub-totals that hold in their own right).
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


def proven_sums(table: Table) -> list[tuple[int, tuple[int, ...], list[int]]]:
    """(total column, part columns, rows read) of each column sum the figures prove."""
    widths = Counter(len(r) for r in table.rows if sum(1 for c in r if _value(c)) >= 3)
    if not widths:
        return []
    width = widths.most_common(1)[0][0]
    grid: dict[int, dict[int, tuple[Decimal, Decimal]]] = {}
    for r, row in enumerate(table.rows):
        if len(row) != width:
            continue
        values = {j: v for j, c in enumerate(row) if (v := _value(c)) is not None}
        if len(values) >= 3:
            grid[r] = values
    columns = [j for j in range(width) if sum(1 for v in grid.values() if j in v) >= MIN_ROWS]
    columns = [j for j in columns if any(v.get(j, (0,))[0] != 0 for v in grid.values())]
    if len(columns) < 3 or len(columns) > MAX_COLUMNS or len(grid) < MIN_ROWS:
        return []
    best: dict[int, tuple[tuple[int, ...], list[int]]] = {}
    for t in columns:
        others = [j for j in columns if j != t]
        for size in range(2, MAX_PARTS + 1):
            if t in best:
                break  # the smallest set of parts
            for parts in combinations(others, size):
                rows = [r for r, v in grid.items() if t in v and all(k in v for k in parts)]
                if len(rows) < MIN_ROWS:
                    continue
                held = [r for r in rows if _holds(grid[r], t, parts)]
                if len(rows) - len(held) > 1:
                    continue
                if sum(1 for r in held if _meaningful(grid[r], t, parts)) < SUPPORT:
                    continue
                best[t] = (parts, rows)
                break
    return [(t, parts, rows) for t, (parts, rows) in best.items()]


def column_identities(table: Table, make: MakeFact, totals_read: set[int]) -> list[Relation]:
    """total_parts relations, row by row, for each proven column sum whose total column no
    other relation of the table reads as a total (`totals_read`: those columns). The figures
    are named by their row and column number: where this is needed the headings were not
    read."""
    out: list[Relation] = []
    for t, parts, rows in proven_sums(table):
        if t in totals_read:
            continue
        for r in rows:
            row = table.rows[r]
            label = next((c.text.strip() for c in row if c.text.strip() and not _value(c)), "")
            total = make(row[t], f"{label}:第{t + 1}列", table, r, t)
            figures: list[Fact] = [
                f for k in parts if (f := make(row[k], f"{label}:第{k + 1}列", table, r, k))
            ]
            if total is None or len(figures) != len(parts):
                continue
            out.append(
                Relation(
                    kind="total_parts",
                    roles={"total": total.id, "parts": [f.id for f in figures]},
                    line=total.line,
                    extra={"via": "columns", "complete": True},
                )
            )
    return out
