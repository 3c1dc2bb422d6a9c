"""Column groups of a header of several rows: totals over the columns they head.

    | 合计 | 出国费     | 公务用车费 |      |      | 公务接待费 |
    |      |            | 小计       | 购置 | 运行 |            |
    | 6.5  | 0          | 4.5        | 1.5  | 3.0  | 2.0        |

A heading with empty cells after it, over cells of the row below, is a merged cell spanning
them (what a table exported from Word or Excel keeps of one): 公务用车费 heads 小计,
购置 and 运行. A total column among a group's columns (`小计`, `合计`, `总计`) is the sum of
the group's other columns, one for each heading below it (预算数, 决算数); a group with a total
of its own counts with that total in the sum of the group above it. Without a total column a
group is left alone: nothing says its columns make up a whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from auditlint.document import Cell

# a column heading that says the column totals its group
_TOTAL_HEAD = re.compile(r"^(?:合计|小计|总计)(?:数|金额)?$")

Path = tuple[str, ...]


def column_paths(header: list[list[Cell]], width: int, clean: Callable[[str], str]) -> list[Path]:
    """Each column's headings from the top header row down, a merged heading repeated over
    the columns it spans."""
    grid = [[clean(r[j].text) if j < len(r) else "" for j in range(width)] for r in header]
    depth = len(grid)
    for h, row in enumerate(grid[:-1]):
        below = grid[h + 1 :]
        for j in range(1, width):
            if row[j] or not row[j - 1] or not any(b[j] for b in below):
                continue
            if h and grid[h - 1][j] != grid[h - 1][j - 1]:
                continue  # not past the edge of the heading above
            if any(b[j - 1] for b in below):  # the heading to the left heads headings below
                row[j] = row[j - 1]
    return [tuple(grid[h][j] for h in range(depth)) for j in range(width)]


def grouped_sums(
    paths: list[Path], has_figures: Callable[[int], bool]
) -> list[tuple[int, list[int]]]:
    """(total column, its part columns) for each total heading in a group of columns; only
    where the header has a group (a heading over two or more headings below it)."""
    columns = [j for j in range(len(paths)) if has_figures(j)]
    if not columns or len(paths[0]) < 2 or not _has_group(paths, columns):
        return []
    out: list[tuple[int, list[int]]] = []
    _sums_in((), paths, columns, out)
    return out


def _has_group(paths: list[Path], columns: list[int]) -> bool:
    heads: dict[str, set[str]] = {}
    for j in columns:
        if paths[j][0]:
            heads.setdefault(paths[j][0], set()).add(paths[j][1])
    return any(len(below - {""}) >= 2 for below in heads.values())


def _children(prefix: Path, paths: list[Path], columns: list[int]) -> dict[str, list[int]]:
    """The headings one level below `prefix`, in order, each with its columns."""
    found: dict[str, list[int]] = {}
    n = len(prefix)
    for j in columns:
        if paths[j][:n] == prefix and len(paths[j]) > n:
            found.setdefault(paths[j][n], []).append(j)
    return found


def _value_column(node: Path, suffix: Path, paths: list[Path], columns: list[int]) -> int | None:
    """The column that gives `node`'s figure of the kind `suffix` names: its own, or that of
    its total heading where it is a group."""
    exact = [j for j in columns if paths[j] == node + suffix]
    if len(exact) == 1:
        return exact[0]
    if not suffix or suffix[0]:
        return None
    totals = [h for h in _children(node, paths, columns) if _TOTAL_HEAD.match(h)]
    if len(totals) != 1:
        return None
    return _value_column((*node, totals[0]), suffix[1:], paths, columns)


def _sums_in(
    node: Path, paths: list[Path], columns: list[int], out: list[tuple[int, list[int]]]
) -> None:
    children = _children(node, paths, columns)
    if len(node) < len(paths[0]) - 1:
        for head in children:
            if head:
                _sums_in((*node, head), paths, columns, out)
    totals = [h for h in children if h and _TOTAL_HEAD.match(h)]
    others = [h for h in children if h and not _TOTAL_HEAD.match(h)]
    if len(totals) != 1 or len(others) < 2:
        return
    total = (*node, totals[0])
    suffixes = sorted({paths[j][len(total) :] for j in children[totals[0]]})
    for suffix in suffixes:
        t = _value_column(total, suffix, paths, columns)
        parts = [_value_column((*node, h), suffix, paths, columns) for h in others]
        if t is not None and None not in parts:
            out.append((t, [p for p in parts if p is not None]))
