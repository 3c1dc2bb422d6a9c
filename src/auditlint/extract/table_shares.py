"""Share columns of a table, whatever its template (PHRASEBOOK §3, §9): each row's share is its
amount over the table's total, the amount read in the nearest column of figures to the left of
the share column.

    项目        决算数    占比          基本支出: 410.20 ÷ 523.60 = 78.34%
    基本支出    410.20    78.34%
    项目支出    113.40    21.66%
    合计        523.60   100%

A row inside a block (the `其中` rows, a 小计 block, coded rows) may give its share of that
block's total instead of the table's: both are tried, and AL103 reports a share neither gives.
A column is read only where some row other than the total's gives its share (the column is
proven to be shares of that total); a heading that names another whole (`占全省比重`) is not
read, its whole not being in the table. Headings: `[table_shares]` in checks/domain/cues.toml.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from auditlint.arith import disjoint, ratio_percent
from auditlint.document import Cell, Table
from auditlint.domain import Domain
from auditlint.extract.lexicon import alternation
from auditlint.extract.model import Fact, Relation
from auditlint.extract.table_totals import MakeFact, TableTotalCues, row_label

# an amount alone in its cell (`410.20`, `1,200.00`), and a share (`78.34%`, `78.34`)
_AMOUNT = re.compile(r"^\s*-?\d[\d,]*(?:\.\d+)?\s*$")
_SHARE = re.compile(r"^\s*\d+(?:\.\d+)?\s*%?\s*$")
# the unit a share heading may carry: 占比(%), 比重%, 占比（百分比）
_PERCENT_UNIT = re.compile(r"[(（]\s*(?:%|％|百分比)\s*[)）]|%|％")


class TableShareCues:
    def __init__(self, domain: Domain) -> None:
        headings = domain.section("table_shares").get("headings", [])
        self._heading = re.compile(rf"^(?P<before>.*?)(?:{alternation(headings)})$")

    def is_share(self, heading: str) -> bool:
        """A heading of shares of the table's own total: a share word at its end, and no 占
        before it that names another whole (`占全省比重`; `决算数占比` is the 决算数's)."""
        m = self._heading.match(_PERCENT_UNIT.sub("", heading).strip())
        return m is not None and "占" not in m.group("before")


def table_shares(
    table: Table,
    cues: TableShareCues,
    total_cues: TableTotalCues,
    make: MakeFact,
    header_texts: Callable[[int], str],
    width: int,
    sums: list[Relation],
) -> list[Relation]:
    """Share relations of every share column; `sums`: the table's total rows read against
    their blocks, whose totals are the other wholes a row's share may be of."""
    columns = [j for j in range(width) if cues.is_share(header_texts(j))]
    if not columns:
        return []
    rows = table.rows
    labels = [row_label(r) for r in rows]
    totals = [
        i
        for i, (_, text) in enumerate(labels)
        if total_cues.total_row.match(text.replace(" ", "").replace("\u3000", ""))
    ]
    if not totals:
        return []
    out: list[Relation] = []
    for s in columns:
        a = _amount_column(rows, s, columns)
        if a is None:
            continue
        pairs = {
            i: (row[a], row[s])
            for i, row in enumerate(rows)
            if len(row) > s and _AMOUNT.match(row[a].text) and _SHARE.match(row[s].text)
        }
        grand = max(
            (t for t in totals if t in pairs),
            key=lambda t: (total_cues.rank(labels[t][1]), _value(pairs[t][0].text)),
            default=None,
        )
        if grand is None:
            continue
        out += _column_shares(table, make, labels, pairs, grand, a, s, sums)
    return out


def _column_shares(
    table: Table,
    make: MakeFact,
    labels: list[tuple[int, str]],
    pairs: dict[int, tuple[Cell, Cell]],
    grand: int,
    a: int,
    s: int,
    sums: list[Relation],
) -> list[Relation]:
    """The share relations of one column, where some row other than the total's gives its
    share of the total (else the column is not shares of it, and nothing is read)."""
    whole = make(pairs[grand][0], labels[grand][1], table, grand, a)
    if whole is None:
        return []
    parents: dict[int, list[int]] = {}
    for rel in sums:
        if rel.kind == "total_parts" and rel.roles["total"] != whole.id:
            for p in rel.roles["parts"]:
                parents.setdefault(p, []).append(rel.roles["total"])
    read: list[tuple[Fact, Fact]] = []
    for i, (amount_cell, share_cell) in pairs.items():
        part = make(amount_cell, labels[i][1], table, i, a)
        share = make(share_cell, labels[i][1], table, i, s)
        if part is None or share is None or part.kind != whole.kind:
            continue
        share.unit = "%"  # under a share heading, whatever unit the table states (单位：万元)
        read.append((part, share))
    if not any(
        part.id != whole.id
        and (r := ratio_percent(part.interval(), whole.interval())) is not None
        and not disjoint(r, share.interval())
        for part, share in read
    ):
        return []
    return [
        Relation(
            kind="share",
            roles={"part": part.id, "total": whole.id, "percent": share.id},
            line=share.line,
            extra={"alternatives": parents.get(part.id, [])},
        )
        for part, share in read
    ]


def _amount_column(rows: list[list[Cell]], s: int, shares: list[int]) -> int | None:
    """The column of amounts a share column is of: the nearest one to its left that holds
    figures and is no share column itself."""
    for j in range(s - 1, -1, -1):
        if j in shares:
            continue
        if any(len(r) > j and _AMOUNT.match(r[j].text) for r in rows):
            return j
    return None


def _value(text: str) -> float:
    return float(text.replace(",", "").strip() or 0)
