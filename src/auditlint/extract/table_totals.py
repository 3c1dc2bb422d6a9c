"""Tables whatever their template: a total row (`合计`, `小计`, `总计`) against the rows of its
block, column by column.

    项目        预算数  决算数          the block: the rows between the header (or the last
    办公费      12.00   10.50           total) and the total row, or, for a total row right
    印刷费       3.00    2.80           under the header, the rows below it
    合计        15.00   13.30

Rows labelled `其中…` are parts of the row above them; rate and change columns are not sums
(`[table_totals]` in checks/domain/cues.toml). Several readings of a block are tried (every row;
without the `其中` rows; the top level of coded rows such as 201 / 20101); a column is flagged
only when no reading adds up, and only where another column of the same total row adds up
under some reading (the block is proven a sum); a table with one column of figures is read as
a list that may leave a remainder (a near miss or parts above the total are still flagged).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from auditlint.arith import disjoint, parts_interval
from auditlint.document import Cell, Table
from auditlint.domain import Domain
from auditlint.extract.column_groups import Path, grouped_sums
from auditlint.extract.lexicon import alternation
from auditlint.extract.model import Fact, Relation

# a figure alone in its cell, bare or a sum of money with its unit (`30.00万元`: each cell says
# it); `(4.45)` is a negative in accounting tables (not `(1)`, a number)
_BARE = re.compile(
    r"^\s*(?:-?[\d,]+(?:\.\d+)?(?:万元|亿元|千元|元)?|[(（](?:\d[\d,]*\.\d+|\d{2,})[)）])\s*$"
)
_CODE = re.compile(r"^\s*(\d{3,9})\s*[-—.、 ]?")

# a cell's figure: fact made on demand (FactRecorder.record through the table extractor)
MakeFact = Callable[[Cell, str, Table, int, int], Fact | None]


class TableTotalCues:
    def __init__(self, domain: Domain) -> None:
        words = domain.section("table_totals")
        prefix = int(words.get("label_prefix_max", 6))
        self.total_row = re.compile(
            rf"^[\u4e00-\u9fff“”\"]{{0,{prefix}}}(?:{alternation(words.get('row_labels', []))})$"
        )
        self.sub_row = tuple(words.get("sub_row", ["其中"]))
        self.ranks: dict[str, int] = dict(words.get("ranks", {}))
        self.not_summed = re.compile(alternation(words.get("not_summed", [])))

    def rank(self, label: str) -> int:
        """The rank of a total row's word (小计 below 合计 below 总计; 0 for none)."""
        compact = label.replace(" ", "").replace("\u3000", "")
        return max((r for w, r in self.ranks.items() if compact.endswith(w)), default=0)


# rows that number the columns (栏次 1 2 3): references, never members of a block
NUMBERING_LABELS = ("栏次", "行次", "栏号")


def numbering_row(row: list[Cell]) -> bool:
    """A row that numbers the columns (`栏次 | 1 | 2 | 3=1+2`), which accounting tables put
    under their header: its numbers are references, never amounts (PHRASEBOOK §9)."""
    first = next((c.text.strip() for c in row if c.text.strip()), "")
    return first.replace(" ", "") in NUMBERING_LABELS


def row_label(row: list[Cell]) -> tuple[int, str]:
    """The row's label: its first cell with text that is not a bare figure (-1 for none, and
    for a row that numbers the columns)."""
    for i, cell in enumerate(row):
        text = cell.text.strip()
        if text and not _BARE.match(text):
            return (-1, "") if text.replace(" ", "") in NUMBERING_LABELS else (i, text)
    return -1, ""


def _row_code(row: list[Cell], label: tuple[int, str]) -> str:
    """A classification code of the row (`201`, `2010301`): at the start of its label, or alone
    in a cell before it (a 科目编码 column); '' for none."""
    at, text = label
    if at < 0:
        return ""
    if m := _CODE.match(text):
        return m.group(1)
    before = [c.text.strip() for c in row[:at] if c.text.strip()]
    if len(before) == 1 and _CODE_CELL.match(before[0]):
        return before[0]
    return ""


_CODE_CELL = re.compile(r"^\d{3,9}$")


def _figures(row: list[Cell], after: int) -> dict[int, Cell]:
    return {j: c for j, c in enumerate(row) if j > after and _BARE.match(c.text)}


# a total column of a grouped header: the total word, then the kind of figure the group holds
_GROUPED_TOTAL = re.compile(
    r"^(?:合计|小计|总计)(?P<kind>预算数|决算数|执行数|预算|决算|本年数|上年数)$"
)


def column_totals(
    table: Table, cues: TableTotalCues, make: MakeFact, header_texts: Callable[[int], str]
) -> list[Relation]:
    """A total column (`合计 | 基本支出 | 项目支出`) against the columns after it, row by row,
    up to the next total column or one that is not a sum. Proven a sum where some row adds
    up; a table where none does is read as columns that may leave a remainder."""
    width = max((len(r) for r in table.rows), default=0)
    heads = [header_texts(j).replace(" ", "") for j in range(width)]
    out: list[Relation] = []
    for j, head in enumerate(heads):
        grouped = _GROUPED_TOTAL.match(head)
        if grouped:  # `合计 预算数 | 决算数` over groups: the same kind in each later group
            kind = grouped.group("kind")
            members = [
                k
                for k in range(j + 1, width)
                if heads[k].endswith(kind) and not _GROUPED_TOTAL.match(heads[k])
            ]
        elif cues.total_row.match(head):
            members = []
            for k in range(j + 1, width):
                if (
                    cues.total_row.match(heads[k])
                    or cues.not_summed.search(heads[k])
                    or not heads[k]
                ):
                    break
                members.append(k)
        else:
            continue
        if len(members) < 2:
            continue
        rows: list[tuple[Fact, list[Fact]]] = []
        for r, row in enumerate(table.rows):
            label = row_label(row)  # a row of figures alone (under a grouped header) has none
            if numbering_row(row) or j >= len(row) or not _BARE.match(row[j].text):
                continue
            total = make(row[j], f"{label[1]}:{heads[j]}", table, r, j)
            parts = [
                f
                for k in members
                if k < len(row)
                and _BARE.match(row[k].text)
                and (f := make(row[k], f"{label[1]}:{heads[k]}", table, r, k))
            ]
            if total is not None and len(parts) >= 2:
                rows.append((total, parts))
        out += _column_relations(rows)
    return out


def _column_relations(rows: list[tuple[Fact, list[Fact]]], proven: bool = False) -> list[Relation]:
    """One total column's relations, row by row: proven a sum where some row adds up (or
    `proven` by its heading), else read as columns that may leave a remainder."""
    proven = proven or any(not disjoint(parts_interval(p), t.interval()) for t, p in rows)
    return [
        Relation(
            kind="total_parts",
            roles={"total": t.id, "parts": [f.id for f in p]},
            line=t.line,
            extra={"via": "table", "complete": proven},
        )
        for t, p in rows
    ]


def group_totals(
    table: Table, header_rows: int, paths: list[Path], make: MakeFact
) -> list[Relation]:
    """Total columns of column groups under a header of several rows (column_groups.py),
    row by row; proven a sum where some row adds up, as total columns are."""
    body = [(r, row) for r, row in enumerate(table.rows) if r >= header_rows]

    def has_figures(j: int) -> bool:
        return any(j < len(row) and _BARE.match(row[j].text) for _, row in body)

    out: list[Relation] = []
    for t_col, part_cols in grouped_sums(paths, has_figures):
        rows: list[tuple[Fact, list[Fact]]] = []
        for r, row in body:
            cols = [t_col, *part_cols]
            if numbering_row(row) or any(
                k >= len(row) or not _BARE.match(row[k].text) for k in cols
            ):
                continue
            label = row_label(row)[1]
            facts = [make(row[k], f"{label}:{''.join(paths[k])}", table, r, k) for k in cols]
            if None not in facts:
                rows.append((facts[0], facts[1:]))
        # a 小计 heading is the sum of the headings beside it under its group's, by its name
        named = [h for h in paths[t_col] if h][-1:] == ["小计"]
        out += _column_relations(rows, proven=named)
    return out


_GRAND_TOTAL = re.compile(r"^(?:收入|支出|收支)?总计$")


def paired_totals(table: Table, make: MakeFact) -> list[Relation]:
    """A 收入支出总表 laid out side by side (`收入 | 金额 | 支出 | 金额`): the 总计 of one side
    and the 总计 of the other, in one row, are equal — what there was to spend (income and what
    was carried in) is what was spent and carried on."""
    out: list[Relation] = []
    for r, row in enumerate(table.rows):
        at = [
            j
            for j, c in enumerate(row)
            if "计" in c.text and _GRAND_TOTAL.match(c.text.replace(" ", "").strip())
        ]
        if len(at) != 2:
            continue
        ends = (at[1], len(row))
        found = []
        for j, end in zip(at, ends, strict=True):
            k = next((k for k in range(j + 1, end) if row[k].text.strip()), None)
            fact = make(row[k], row[j].text.strip(), table, r, k) if k is not None else None
            if fact is None or not _BARE.match(row[k].text):
                break
            found.append(fact)
        if len(found) == 2:
            income, spending = found  # 收入 on the left, as the form is printed
            out.append(
                Relation(
                    kind="balance",
                    roles={"left": [spending.id], "right": [income.id]},
                    line=spending.line,
                )
            )
    return out


def table_totals(
    table: Table, cues: TableTotalCues, make: MakeFact, header_texts: Callable[[int], str]
) -> list[Relation]:
    rows = table.rows
    labels = [row_label(r) for r in rows]
    codes = {i: c for i, r in enumerate(rows) if (c := _row_code(r, labels[i]))}
    totals = [
        i
        for i, (_, text) in enumerate(labels)
        if cues.total_row.match(text.replace(" ", "").replace("\u3000", ""))
    ]
    out: list[Relation] = []
    heading = _heading_ranks(rows, labels, totals, cues)
    for n, t in enumerate(totals):
        rank = cues.rank(labels[t][1])
        # a total right after totals of a lower rank (`本年收入合计 | 年初结转 | 总计`) sums them
        # and the rows after them, not those rows alone
        after_lower = n > 0 and 0 < cues.rank(labels[totals[n - 1]][1]) < rank
        block = _after_lower_totals(rows, labels, totals, n, cues) if after_lower else []
        if len(block) < 2:
            block = (_below if rank in heading else _block)(rows, labels, totals, n, t)
        if len(block) < 2:
            block = _after_lower_totals(rows, labels, totals, n, cues)
        if len(block) < 2:
            continue
        closed = len(totals) == 1 and max(block) < t  # the table's one total, under its rows
        out += _block_relations(table, t, block, labels, codes, cues, make, header_texts, closed)
    for parent, children in _outline_parents(rows, labels, totals):
        out += _block_relations(table, parent, children, labels, codes, cues, make, header_texts)
    for parent, children in _code_parents(rows, labels, codes):
        out += _block_relations(table, parent, children, labels, codes, cues, make, header_texts)
    return out


def _heading_ranks(rows, labels, totals: list[int], cues: TableTotalCues) -> set[int]:
    """The ranks whose total rows head their blocks (`货物类小计 | 设备 | 家具 | 服务类小计 | …`):
    the first total of the rank has no rows of figures above it, back to the table's start
    or the total before, and two or more below it; its sisters then head theirs too."""
    out: set[int] = set()
    seen: set[int] = set()
    for n, t in enumerate(totals):
        rank = cues.rank(labels[t][1])
        if not rank or rank in seen:
            continue
        seen.add(rank)
        same = [m for m in range(n + 1, len(totals)) if cues.rank(labels[totals[m]][1]) == rank]
        if not same:
            continue  # one total of its rank: a block above or below, as _block finds
        start = totals[n - 1] + 1 if n else 0
        if (
            not _with_figures(rows, labels, start, t)
            and len(_below(rows, labels, totals, n, t)) >= 2
        ):
            out.add(rank)
    return out


def _below(rows, labels, totals: list[int], n: int, t: int) -> list[int]:
    """The rows of figures below total row t, up to the next total."""
    end = totals[n + 1] if n + 1 < len(totals) else len(rows)
    return _with_figures(rows, labels, t + 1, end)


def _block(rows, labels, totals: list[int], n: int, t: int) -> list[int]:
    """The member rows of the total row t: the rows above it back to the last total or the
    header, or, where there are none, the rows below it up to the next total."""
    start = totals[n - 1] + 1 if n else 0
    above = [i for i in range(start, t) if labels[i][0] >= 0 and _figures(rows[i], labels[i][0])]
    if len(above) >= 2:
        return above
    end = totals[n + 1] if n + 1 < len(totals) else len(rows)
    return [i for i in range(t + 1, end) if labels[i][0] >= 0 and _figures(rows[i], labels[i][0])]


def _with_figures(rows, labels, start: int, stop: int) -> list[int]:
    """The labelled rows with figures among rows[start:stop]."""
    return [i for i in range(start, stop) if labels[i][0] >= 0 and _figures(rows[i], labels[i][0])]


def _after_lower_totals(rows, labels, totals: list[int], n: int, cues: TableTotalCues) -> list[int]:
    """`…小计160 | 工程监理40 | 合计200`, `本年收入合计 | 上年结转结余 | 收入总计`: a total row of
    a higher rank than the totals just before it sums them and the rows after the last of
    them; where those totals head their blocks (a total above its rows), the rows after belong
    to the last of them, and the total sums the lower totals alone."""
    rank = cues.rank(labels[totals[n]][1])
    lower: list[int] = []
    for m in range(n - 1, -1, -1):
        if not 0 < cues.rank(labels[totals[m]][1]) < rank:
            break
        lower.insert(0, m)
    if not lower:
        return []
    if any(totals[b] - totals[a] == 1 for a, b in pairwise(lower)):
        return []  # `本年收入合计 | 本年支出合计` side by side: two sides read as one column
    last = totals[lower[-1]]
    after = _with_figures(rows, labels, last + 1, totals[n])
    heads = any(
        not _with_figures(rows, labels, (totals[m - 1] + 1 if m else 0), totals[m]) for m in lower
    )
    block = [totals[m] for m in lower] + ([] if heads else after)
    return block if len(block) >= 2 else []


_TOP_MARK = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")


def _top_marked(label: str) -> bool:
    return bool(_TOP_MARK.match(label))


def _outline_parents(rows, labels, totals: list[int]) -> list[tuple[int, list[int]]]:
    """Rows marked 一、 二、 with two or more unmarked rows of figures under them, up to the next
    marked or total row: each is the sum of the rows under it (`一、税收收入 | 增值税 | 企业所得税`)."""
    marked = [i for i, (_, text) in enumerate(labels) if _top_marked(text)]
    if len(marked) < 2:
        return []
    out = []
    for k, parent in enumerate(marked):
        stops = [i for i in (*marked[k + 1 :], *totals) if i > parent]
        end = min(stops, default=len(rows))
        children = _with_figures(rows, labels, parent + 1, end)
        if len(children) >= 2 and _figures(rows[parent], labels[parent][0]):
            out.append((parent, children))
    return out


def _code_parents(rows, labels, codes: dict[int, str]) -> list[tuple[int, list[int]]]:
    """Coded rows over the rows of the next level of their code (`201 | 一般公共服务支出` over
    `20103`, `20106`; `20103` over `2010301`, `2010302`): each is the sum of them. Only where
    every row up to the next row outside the code nests under it, two digits a level."""
    out = []
    ordered = sorted(codes)
    for k, parent in enumerate(ordered):
        code = codes[parent]
        children: list[int] = []
        for i in ordered[k + 1 :]:
            if not codes[i].startswith(code) or codes[i] == code:
                break
            if len(codes[i]) == len(code) + 2:
                children.append(i)
            elif len(codes[i]) < len(code) + 2 or not children:
                children = []
                break  # a level skipped: not the nesting of a classification
        children = [i for i in children if _figures(rows[i], labels[i][0])]
        if len(children) >= 2 and _figures(rows[parent], labels[parent][0]):
            out.append((parent, children))
    return out


def _readings(
    block: list[int], labels, codes: dict[int, str], cues: TableTotalCues
) -> tuple[list[list[int]], int]:
    """Ways to read which rows add up to the total: all, without `其中` rows, top-level codes;
    and the reading the rows' own structure proves (-1: none): codes that nest (201 over
    20101, 20103) make the top level the parts."""
    readings = [block]
    plain = [i for i in block if not labels[i][1].startswith(cues.sub_row)]
    if plain != block:
        readings.append(plain)
    codes = {i: codes[i] for i in block if i in codes}
    structural = -1
    if len(codes) == len(block):
        shortest = min(len(c) for c in codes.values())
        top = [i for i in block if len(codes[i]) == shortest]
        if top != block and len(top) >= 2:
            parent = ""
            nests = True
            for i in block:
                if len(codes[i]) == shortest:
                    parent = codes[i]
                elif not codes[i].startswith(parent):
                    nests = False
            readings.append(top)
            structural = len(readings) - 1 if nests else -1
    # rows marked 一、 二、 over unmarked rows (`一、税收收入 | 增值税 | … | 二、非税收入`): the
    # marked rows are the top level
    marked = [i for i in block if _top_marked(labels[i][1])]
    if 2 <= len(marked) < len(block) and marked[0] == block[0]:
        readings.append(marked)
    kept = [r for r in readings if len(r) >= 2]
    return kept, (kept.index(readings[structural]) if structural >= 0 else -1)


_WHOLE = re.compile(r"^\d{1,3}$")


def _numbering_columns(rows: list[list[Cell]]) -> set[int]:
    """Columns that number the rows (行次 1 2 3 …, 栏次), whatever their heading says (a heading
    split over two lines, lost): whole numbers that go up by one down three rows or more."""
    out = set()
    width = max((len(r) for r in rows), default=0)
    for j in range(width):
        texts = [r[j].text for r in rows if j < len(r) and r[j].text.strip()]
        while texts and not texts[0][:1].isdigit():
            texts.pop(0)  # the heading rows
        if len(texts) < 3 or not all(_WHOLE.match(t) for t in texts):
            continue
        numbers = [int(t) for t in texts]
        if all(b == a + 1 for a, b in pairwise(numbers)):
            out.add(j)
    return out


def _short(parts: list[Fact], total: Fact) -> bool:
    return parts_interval(parts)[1] < total.interval()[0]


def _block_relations(
    table, t, block, labels, codes, cues, make, header_texts, closed: bool = False
) -> list[Relation]:
    """A total row's relations, column by column, under the reading of its block the columns
    bear out. A table's one total row under its rows, in a table of one column of figures
    (`closed`), sums them all: a shortfall there is no unlisted remainder."""
    rows = table.rows
    total_row = rows[t]
    columns = _figures(total_row, labels[t][0])
    readings, structural = _readings(block, labels, codes, cues)
    # column → (total, the parts under each reading, which readings add up)
    found: dict[int, tuple[Fact, list[list[Fact]], list[bool]]] = {}
    numbering = _numbering_columns(rows)
    for j, cell in columns.items():
        if cues.not_summed.search(header_texts(j)) or "%" in cell.text or j in numbering:
            continue
        total = make(cell, f"{labels[t][1]}:{header_texts(j)}", table, t, j)
        if total is None:
            continue
        per_reading = [
            [
                f
                for i in reading
                if j < len(rows[i])
                and _BARE.match(rows[i][j].text)
                and (f := make(rows[i][j], f"{labels[i][1]}:{header_texts(j)}", table, i, j))
            ]
            for reading in readings
        ]
        fits = [
            len(parts) >= 2 and not disjoint(parts_interval(parts), total.interval())
            for parts in per_reading
        ]
        if any(len(parts) >= 2 for parts in per_reading):
            found[j] = (total, per_reading, fits)
    # the reading that the most columns bear out is the block's structure
    support = [sum(f[2][k] for f in found.values()) for k in range(len(readings))]
    proven = max(support, default=0) > 0 or structural >= 0
    chosen = structural if structural >= 0 else support.index(max(support)) if proven else 0
    closed = closed and len(found) == 1
    out = []
    for total, per_reading, fits in found.values():
        k = fits.index(True) if any(fits) else chosen
        if len(per_reading[k]) < 2:
            continue
        out.append(
            Relation(
                kind="total_parts",
                roles={"total": total.id, "parts": [p.id for p in per_reading[k]]},
                line=total.line,
                extra={
                    "via": "table",
                    "complete": proven or (closed and _short(per_reading[k], total)),
                },
            )
        )
    return out
