"""Facts from tables: column roles from header rows, each row's cells read as the figures of
their roles, and the relations of the rows handed to their frames — score rows
(score_table.py), money rows (budget_table.py), total rows of any table (table_totals.py),
this year against last year (table_changes.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from auditlint.document import Cell, Table
from auditlint.domain import Domain
from auditlint.extract.budget_table import BudgetTableRelations
from auditlint.extract.column_groups import column_paths
from auditlint.extract.column_identities import figure_identities
from auditlint.extract.lexicon import compiled
from auditlint.extract.model import Fact, FactRecorder, Relation
from auditlint.extract.quantities import find_quantities
from auditlint.extract.score_table import GUESSED_COLUMNS, NUMERIC_ONLY, ScoreTableRelations
from auditlint.extract.table_changes import table_changes
from auditlint.extract.table_shares import TableShareCues, table_shares
from auditlint.extract.table_totals import (
    NUMBERING_LABELS,
    TableTotalCues,
    column_totals,
    group_totals,
    numbering_row,
    paired_totals,
    table_totals,
)
from auditlint.numbers import NUMBER_RE, parse_number

_BRACKETS = re.compile(r"[(（][^)）]*[)）]")
_LEVEL_WEIGHT = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_COMPARATOR = re.compile(r"^\s*(≥|>=|≤|<=|>|<|不低于|不少于|不高于|不超过|大于等于|小于等于)")
_NUMERIC_CELL = re.compile(
    r"^\s*(?:≥|>=|≤|<=|>|<)?\s*[\d,.]+\s*(?:%|万元|万|元|亿元|分|[\u4e00-\u9fff]{0,3})\s*$"
)


# a negative as accounting tables print it: (4.45), -4.45 (not (1), a list number)
_NEGATIVE_CELL = re.compile(
    r"\s*(?:[(（]\s*(\d[\d,]*\.\d+|\d{2,})\s*[)）]|[-−]\s*(\d[\d,]*(?:\.\d+)?))\s*"
)


# headings of a column that numbers the rows (行次 of a 收入支出决算总表, 序号): references
_NUMBERING_HEADINGS = frozenset({*NUMBERING_LABELS, "行号", "序号"})
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")  # a 小计 in that column is a label, kept


def _is_numbering_heading(text: str) -> bool:
    return text.replace(" ", "") in _NUMBERING_HEADINGS


def without_numbering_columns(table: Table) -> Table:
    """The table with the numbers under a 行次 or 序号 heading blanked below it: row numbers, never
    amounts (PHRASEBOOK §9), though they look like figures and sit between the amounts."""
    found = next(
        (
            (r, columns)
            for r, row in enumerate(table.rows)
            if (columns := {j for j, c in enumerate(row) if _is_numbering_heading(c.text)})
        ),
        None,
    )
    if found is None:
        return table
    r, columns = found
    rows = [
        [
            replace(c, text="") if j in columns and k > r and _ROW_NUMBER.match(c.text) else c
            for j, c in enumerate(cells)
        ]
        for k, cells in enumerate(table.rows)
    ]
    return replace(table, rows=rows)


@lru_cache(maxsize=4096)
def _clean_header(text: str) -> str:
    return _BRACKETS.sub("", text).replace(" ", "")


@dataclass
class _Header:
    roles: list[str]  # role per column ('' when none)
    texts: list[str]
    money_unit: str = ""  # unit stated for amounts, e.g. 万元 from 项目资金(万元)
    rate_col: int = -1


def _group_pairs(header: _Header, money: dict[int, Fact]) -> list[tuple[Fact, Fact]]:
    """The budget and spending figures of each column group of a row, paired by the group's
    headings (`公务接待费预算数` with `公务接待费决算数`); none where the row has one budget."""
    budgets = {i: f for i, f in money.items() if header.roles[i] in ("budget", "budget_initial")}
    spent = {i: f for i, f in money.items() if header.roles[i] == "execution"}
    if len(budgets) < 2:
        return []
    pairs = []
    for i, budget in budgets.items():
        group = _KIND_HEAD.sub("", header.texts[i])
        same = [f for k, f in spent.items() if _KIND_HEAD.sub("", header.texts[k]) == group]
        if group and len(same) == 1:
            pairs.append((budget, same[0]))
    return pairs


# the heading of a figure's kind at the end of its column's headings
_KIND_HEAD = re.compile(r"(?:年初|全年|调整后)?(?:预算|决算|执行|支出)(?:数|金额)?$")


def _heading_rows_above(rows: list[list[Cell]], width: int) -> list[list[Cell]]:
    """The rows of headings right above a header row that are as wide as it (not the 项目名称 |
    主管部门 lines above a sheet's columns)."""
    k = len(rows)
    while k and len(rows[k - 1]) == width and any(c.text.strip() for c in rows[k - 1]):
        k -= 1
    return rows[k:]


def _merged_texts(rows: list[list[Cell]]) -> list[str]:
    """The headings of the last row's columns with those of the rows above that head them
    (merged cells spanning columns, column_groups.py), for the last row's cells."""
    paths = column_paths(rows, len(rows[-1]), _clean_header)
    return ["".join(dict.fromkeys(h for h in path if h)) for path in paths]


class TableExtractor(FactRecorder, ScoreTableRelations, BudgetTableRelations):
    def __init__(self, domain: Domain, next_id: int) -> None:
        super().__init__(domain, next_id)
        self.relations: list[Relation] = []
        self.total_labels = domain.words("funds", "total")
        self.part_labels = domain.words("funds", "parts")
        self.score_total_labels = domain.section("totals").get("labels", ["总分"])
        self._total_cues = compiled(domain, TableTotalCues)
        self._share_cues = compiled(domain, TableShareCues)
        self._table_unit = ""
        self._table_title = ""
        # the 执行率 row of each fund block, for the indicator rows of its sheet in a table
        # of their own (the 总分 row counts the 执行率 row's weight and score)
        self._rate_scores: dict[int, dict] = {}

    # ------------------------------------------------------------------ helpers
    def _fact(
        self,
        cell: Cell,
        label: str,
        role: str,
        table: Table,
        scope: str,
        r: int,
        c: int,
        default_unit: str = "",
    ) -> Fact | None:
        text = cell.text.strip()
        if not text or len(text) > 30 or not NUMBER_RE.search(text):
            return None
        # a bare figure (`76.60`, the usual amount cell) is no quantity to the prose rules (a
        # figure at the start of a text is a list marker there): read it as printed; a cell of
        # an accounting table may print a negative as `(4.45)` or `-4.45`
        negative = _NEGATIVE_CELL.fullmatch(text)
        if negative:
            text = negative.group(1) or negative.group(2)
        bare = NUMBER_RE.fullmatch(text)
        found = None if bare else next(iter(find_quantities(text, self.domain)), None)
        if found is None:
            m = bare or NUMBER_RE.search(text)
            num = parse_number(m.group(0)) if m else None
            if num is None:
                return None
            unit, qualifier, start, end = "", "", m.start(), m.end()
        else:
            num, unit, qualifier = found.number, found.unit, found.qualifier
            start, end = found.start, found.end
        comparator = _COMPARATOR.match(text)
        if comparator:
            qualifier = (
                "upper_bound"
                if comparator.group(1) in ("≤", "<=", "<", "不高于", "不超过", "小于等于")
                else "lower_bound"
            )
        if negative and num is not None:
            num = replace(num, value=-num.value, text=f"-{num.text}")
        if not unit and default_unit:
            unit = default_unit
        if unit == "万" and default_unit in ("万元", ""):
            unit = (
                "万元"
                if role in ("budget", "budget_initial", "execution") or default_unit
                else unit
            )
        if role == "rate" and not unit:
            unit = "%"
        if role in ("weight", "score") and not unit:
            unit = "分"
        if cell.end_line != cell.line:  # wrapped cell: point at the whole cell
            line, column, end_line, end_column = (
                cell.line,
                cell.column,
                cell.end_line,
                cell.end_column,
            )
        else:
            col = cell.column + max(cell.text.find(text), 0)
            line, column, end_line, end_column = cell.line, col + start, cell.line, col + end - 1
        fact = self.record(
            num,
            label,
            unit=unit,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            qualifier=qualifier,
            scope=scope,
            source="table",
            table=table.id,
            row=r + 1,
            col=c + 1,
            role=role,
        )
        return fact

    def _header(self, row: list[Cell], guessed: bool = False) -> _Header | None:
        """Column roles of a heading row. `guessed`: headings a flattened line seemed to have;
        taken only when every one of them is a heading the domain data knows."""
        if any(_NUMERIC_CELL.match(c.text) and c.text.strip() for c in row):
            return None  # a row of figures (tested first: most rows are, and it is cheaper)
        roles = [self.domain.header_role(_clean_header(c.text)) or "" for c in row]
        _years_as_roles([_clean_header(c.text) for c in row], roles)
        if sum(1 for r in roles if r) < 2:
            return None
        if guessed and any(c.text.strip() and not r for c, r in zip(row, roles, strict=True)):
            return None
        money_unit = (
            "万元"
            if any("万元" in c.text for c in row)
            else ("元" if any("(元)" in c.text or "（元）" in c.text for c in row) else "")
        )
        return _Header(
            roles=roles, texts=[_clean_header(c.text) for c in row], money_unit=money_unit
        )

    @staticmethod
    def _align(header: _Header, cells: list[Cell]) -> dict[int, Cell]:
        """Column index → cell; short rows (merged cells) align to the right edge. A row whose
        percentages fall under columns of amounts or scores while one column over they fall
        under the rate columns, and nothing else falls wrong, is a column out (a merged label
        cell read as a column, `项目资金(万元) | 单位 | 年初预算数…` over `年度资金总额 | 200 | …`)."""
        n, k = len(header.roles), len(cells)
        if k >= n:
            aligned = dict(enumerate(cells[:n]))
        else:
            aligned = {n - k + i: c for i, c in enumerate(cells)}
        if _misplaced(header, aligned) == 0:
            return aligned
        for shift in (1, -1):
            moved = {i + shift: c for i, c in aligned.items() if 0 <= i + shift < n}
            kept = sum(1 for c in aligned.values() if _PERCENT_CELL.match(c.text))
            if _misplaced(header, moved) == 0 and kept == sum(
                1
                for i, c in moved.items()
                if _PERCENT_CELL.match(c.text) and header.roles[i] in _RATE_ROLES
            ):
                return moved
        return aligned

    @staticmethod
    def _scope(table: Table) -> str:
        for row in table.rows:
            texts = [c.text.strip() for c in row if c.text.strip()]
            for i, t in enumerate(texts[:-1]):
                if t in ("项目名称", "专项资金名称", "资金名称", "项目"):
                    return texts[i + 1][:40]
        return f"表{table.id}"

    # --------------------------------------------------------------------- run
    def run(
        self,
        tables: list[Table],
        units: dict[int, str] | None = None,
        titles: dict[int, str] | None = None,
    ) -> None:
        """`units`: the money unit each table states for its bare figures (by table id);
        `titles`: the text above each table (`…收入决算表`)."""
        for table in tables:
            table = without_numbering_columns(table)
            first = len(self.facts)
            self._table_title = (titles or {}).get(table.id, "")
            self._table_unit = (units or {}).get(table.id, "")  # (before its rows are read)
            self._table(table)
            self._totals(table, first)

    def _totals(self, table: Table, first: int) -> None:
        """Total rows against their blocks, whatever the template (table_totals.py)."""
        if table.layout == "glued":
            return
        known = {(f.row, f.col): f for f in self.facts[first:]}
        scope = self._scope(table)
        header = []
        body_start = len(table.rows)
        for r, row in enumerate(table.rows):
            if numbering_row(row):
                continue  # 栏次 1 2 3: the columns' numbers, part of the header
            if any(NUMERIC_ONLY.match(c.text) and c.text.strip() for c in row):
                body_start = r
                break
            header.append(row)

        width = max((len(r) for r in header), default=0)

        def spanned(r: list[Cell], j: int) -> Cell | None:
            """Row r's cell over column j: a row of fewer cells whose count divides the widest
            row's spans it evenly (`合计 | 因公出国费 | …` over `预算数 | 决算数 | …`)."""
            if 1 < len(r) < width and width % len(r) == 0 and j < width:
                return r[j // (width // len(r))]
            return r[j] if j < len(r) else None

        def header_text(j: int) -> str:
            return "".join(_clean_header(c.text) for r in header if (c := spanned(r, j)))

        def make(cell: Cell, label: str, t: Table, r: int, j: int) -> Fact | None:
            fact = known.get((r + 1, j + 1))
            if fact is None:
                side = _side_label(t.rows[r], j)
                if side:  # the row's label on the figure's own side, the column's name kept
                    label = side + label[label.index(":") :] if ":" in label else side
                fact = self._fact(cell, label, "", t, scope, r, j, self._table_unit)
                if fact is not None:
                    known[(r + 1, j + 1)] = fact
            return fact

        before = len(self.relations)
        self.relations += table_totals(table, self._total_cues, make, header_text)
        if header:  # a total column needs a header that names it
            paths = column_paths(header, width, _clean_header)
            grouped = group_totals(table, body_start, paths, make)
            self.relations += grouped or column_totals(table, self._total_cues, make, header_text)
        self.relations += paired_totals(table, make)
        cell_facts = {f.id: f for f in known.values()}
        totals_read = {
            (cell_facts[r.roles["total"]].row - 1, cell_facts[r.roles["total"]].col - 1)
            for r in self.relations[before:]
            if r.kind == "total_parts" and r.roles["total"] in cell_facts
        }
        self.relations += figure_identities(table, make, totals_read)
        if header:
            sums = self.relations[before:]
            self.relations += table_shares(
                table, self._share_cues, self._total_cues, make, header_text, width, sums
            )
            roles = [self.domain.header_role(header_text(j)) or "" for j in range(width)]
            _years_as_roles([header_text(j) for j in range(width)], roles)
            self.relations += table_changes(table, roles, make, header_text, len(header))

    def _table(self, table: Table) -> None:
        scope = self._scope(table)
        header: _Header | None = None
        level: dict | None = None
        levels: list[dict] = []
        rate_score: dict | None = self._rate_scores.get(table.continues)
        indicator_rows: list[dict] = []
        funds_total: dict[str, Fact] | None = None
        funds_parts: dict[str, list[Fact]] = {}
        sides: tuple[int, int, int, int] | None = None
        side_facts: tuple[list[Fact], list[Fact]] = ([], [])
        headings: list[list[Cell]] = []  # rows of headings right above the row being read
        for r, row in enumerate(table.rows):
            if numbering_row(row):
                continue  # 栏次 1 2 3 4=3/2: the columns' numbers, not figures
            h = self._header(row, guessed=table.layout == "flattened")
            above = _heading_rows_above(headings, len(row))
            if h is not None and above:  # `合计 | 因公出国费 | …` over `预算数 | 决算数 | …`
                h.texts = _merged_texts([*above, row])
            if any(_NUMERIC_CELL.match(c.text) and c.text.strip() for c in row):
                headings = []
            else:
                headings.append(row)
            row_sides = self._sides(row)
            if (
                h is None
                and row_sides is not None
                and not any(_NUMERIC_CELL.match(c.text) for c in row if c.text.strip())
            ):
                h = _Header(
                    roles=[""] * len(row),
                    texts=[_clean_header(c.text) for c in row],
                    money_unit="万元" if any("万元" in c.text for c in row) else "",
                )
            if h is not None:
                header, level, sides = h, None, row_sides
                continue
            filled = [c for c in row if c.text.strip()]
            if len(filled) >= 2 and not any(NUMBER_RE.search(c.text) for c in filled):
                header = None  # a text block (年度总体目标 …) ends the columns above it
            if header is None:
                if table.layout in GUESSED_COLUMNS:
                    self._guessed_indicator(table, scope, r, row)
                continue
            if sides is not None:
                self._side_row(table, scope, r, row, sides, header, side_facts)
                continue
            aligned = self._align(header, row)
            texts = {i: c.text.strip() for i, c in aligned.items()}
            first_role = min((i for i, ro in enumerate(header.roles) if ro), default=0)
            label = "".join(
                t
                for i, t in sorted(texts.items())
                if i < first_role and t and not NUMERIC_ONLY.match(t)
            )
            # an indicator row is named by its deepest level's name (a 三级指标, or the 一级指标
            # of a sheet that has no lower level, after a 序号 column)
            for depth in ("level3", "level2", "level1"):
                if depth in header.roles and texts.get(header.roles.index(depth)):
                    label = (
                        label if depth != "level3" and label else texts[header.roles.index(depth)]
                    )
                    break
            first_text = next((c.text.strip() for c in row if c.text.strip()), "")
            is_total_row = first_text in self.score_total_labels
            if is_total_row:
                label = first_text
            cells_by_role: dict[str, Fact | None] = {}
            blank_by_role: dict[str, Cell] = {}
            money_by_col: dict[int, Fact] = {}  # budget and spending figures, by column
            # a second label column after the figures (`项目 | 决算数 | 项目 | 决算数`: income
            # on the left, spending on the right) names the figures to its right
            side_labels = [
                k
                for k in range(first_role + 1, len(header.roles))
                if not header.roles[k] and texts.get(k) and not NUMERIC_ONLY.match(texts[k])
            ]
            for i, cell in aligned.items():
                role = header.roles[i]
                if role in ("", "level1", "level2", "level3", "grade", "remark"):
                    continue
                if role in ("target", "actual"):
                    continue
                # the money unit the table states (`单位：万元`) for its amount columns
                unit = (
                    header.money_unit or self._table_unit
                    if role in ("budget", "budget_initial", "execution")
                    else self._table_unit
                    if role in _AMOUNT_ROLES
                    else ""
                )
                side = max((k for k in side_labels if k < i), default=None)
                name = texts[side] if side is not None and not is_total_row else label
                f = self._fact(cell, f"{name}:{header.texts[i]}", role, table, scope, r, i, unit)
                cells_by_role[role] = f
                if f is not None and role in ("budget", "budget_initial", "execution"):
                    money_by_col[i] = f
                if f is None and cell.blank:
                    blank_by_role[role] = cell
            # level header such as 产出指标(50分)
            lvl_i = header.roles.index("level1") if "level1" in header.roles else -1
            if lvl_i >= 0 and texts.get(lvl_i):
                lvl_text = texts[lvl_i]
                m = _LEVEL_WEIGHT.search(lvl_text)
                level = {"name": _BRACKETS.sub("", lvl_text), "weight": None, "rows": []}
                if m:
                    cell = aligned[lvl_i]
                    level["weight"] = self._fact(
                        Cell(m.group(0), cell.line, cell.column, cell.end_line, cell.end_column),
                        f"{level['name']}:分值",
                        "level_weight",
                        table,
                        scope,
                        r,
                        lvl_i,
                        "分",
                    )
                levels.append(level)
            money_roles = [
                ro for ro in ("budget_initial", "budget", "execution") if ro in cells_by_role
            ]
            if money_roles and ("weight" in header.roles and "target" not in header.roles):
                # fund block of a 项目支出绩效自评表; its first row is the 年度资金总额 whether or
                # not a flattened line kept the label there (headings, then the rows' values)
                unlabelled_first = not label and funds_total is None and table.layout == "flattened"
                if unlabelled_first or any(t in label for t in self.total_labels):
                    funds_total = {ro: cells_by_role[ro] for ro in money_roles if cells_by_role[ro]}
                    funds_parts = {}
                    self._budget_row(cells_by_role, r, blank_by_role)
                    if cells_by_role.get("weight") is not None:
                        rate_score = {
                            "weight": cells_by_role.get("weight"),
                            "rate": cells_by_role.get("rate"),
                            "score": cells_by_role.get("score"),
                            "blank": blank_by_role.get("score"),
                        }
                        self._rate_score(rate_score)
                elif funds_total is not None and any(p in label for p in self.part_labels):
                    for ro in money_roles:
                        if cells_by_role[ro] is not None:
                            funds_parts.setdefault(ro, []).append(cells_by_role[ro])
                    self._funds(funds_total, funds_parts)
                    if cells_by_role.get("rate") is not None:  # a fund's own 执行率
                        self._budget_row(cells_by_role, r, blank_by_role)
                    if cells_by_role.get("weight") and cells_by_role.get("score"):
                        # … and its own score where the row gives one (most leave it blank)
                        self._rate_score(
                            {
                                "weight": cells_by_role["weight"],
                                "rate": cells_by_role.get("rate"),
                                "score": cells_by_role["score"],
                                "blank": None,
                            }
                        )
                continue
            if is_total_row and ("weight" in header.roles or "score" in header.roles):
                # an indicator sheet counts its 执行率 row in the total: where none was read
                # (the fund block laid out so it was not), the rows may fall short by it
                open_rate = rate_score is None and "target" in header.roles
                self._score_total(cells_by_role, levels, rate_score, indicator_rows, open_rate)
                continue
            if money_roles and "weight" not in header.roles and self._same_year(header):
                pairs = _group_pairs(header, money_by_col)
                if pairs:  # `因公出国费 预算数 | 决算数 | 公务接待费 预算数 | 决算数`: each group's
                    for budget, execution in pairs:
                        self._budget_row({"budget": budget, "execution": execution}, r, {})
                else:
                    self._budget_row(cells_by_role, r, blank_by_role)  # 预算数 | 决算数 | 执行率
            weight, score = cells_by_role.get("weight"), cells_by_role.get("score")
            deduction = cells_by_role.get("deduction")
            if weight is not None and score is not None and deduction is not None:
                self.relations.append(  # 分值 | 扣分 | 得分: each row's score is what is left
                    Relation(
                        kind="deductions",
                        roles={"max": weight.id, "score": score.id, "deductions": [deduction.id]},
                        line=score.line,
                    )
                )
            if weight is None and score is None:
                continue
            ind = {
                "weight": weight,
                "score": score,
                "blank": blank_by_role.get("score"),
                "target": aligned.get(header.roles.index("target"))
                if "target" in header.roles
                else None,
                "actual": aligned.get(header.roles.index("actual"))
                if "actual" in header.roles
                else None,
                "level": level["name"] if level else "",
                "label": label,
                "table": table,
                "scope": scope,
                "r": r,
            }
            indicator_rows.append(ind)
            if level is not None and weight is not None:
                level["rows"].append(weight)
            self._indicator(ind, header)
        for lv in levels:
            if lv["weight"] is not None and lv["rows"]:
                self.relations.append(
                    Relation(
                        kind="level_weight",
                        roles={"level": lv["weight"].id, "rows": [f.id for f in lv["rows"]]},
                        line=lv["weight"].line,
                        extra={"level": lv["name"]},
                    )
                )
        self._sides_relation(side_facts)
        if rate_score is not None:
            self._rate_scores[table.id] = rate_score

    # -------------------------------------------------------------- relations
    def _unit_of(self, cell: Cell) -> str:
        found = next(iter(find_quantities(cell.text.strip(), self.domain)), None)
        return found.unit if found is not None else ""


# a heading that names a year's figures: `2025年`, `2024年度决算数`, `2025年预算`
_YEAR_HEADING = re.compile(r"^(\d{4})\s*年度?(?:决算数|预算数|决算|预算|支出|收入|金额|数)?$")


def _side_label(row: list[Cell], j: int) -> str:
    """The label of a figure in a row of two sides (`财政拨款收入 | 80.00 | 教育支出 | 50.00`):
    the last label cell to its left where the row holds more than one, else ''."""
    texts = [c.text.strip() for c in row[:j]]
    labels = [k for k, t in enumerate(texts) if t and not NUMERIC_ONLY.match(t)]
    if len(labels) < 2 or not any(NUMERIC_ONLY.match(t) for t in texts[labels[0] : labels[-1]]):
        return ""
    return texts[labels[-1]]


def _years_as_roles(headings: list[str], roles: list[str]) -> None:
    """Two columns headed by consecutive years, of one kind (`2025年 | 2024年`, `2025年决算数 |
    2024年决算数`), are this year's and last year's figures: the rows' change columns compare
    them as `本年数 | 上年数` do."""
    years = {
        c: int(m.group(1)) for c, text in enumerate(headings) if (m := _YEAR_HEADING.match(text))
    }
    if len(years) != 2 or "this_year" in roles or "last_year" in roles:
        return
    (a, ya), (b, yb) = sorted(years.items(), key=lambda kv: -kv[1])
    if ya - yb != 1 or roles[a] != roles[b]:
        return
    roles[a], roles[b] = "this_year", "last_year"


# columns of amounts of the year against another (本年数 | 上年数 | 增减额)
_AMOUNT_ROLES = frozenset({"this_year", "last_year", "change_amount"})
# columns whose figures are percentages, and columns whose figures never are
_RATE_ROLES = frozenset({"rate", "last_year_ratio", "change_rate"})
_NOT_RATE_ROLES = frozenset(
    {"budget", "budget_initial", "execution", "weight", "score", "deduction", *_AMOUNT_ROLES}
)
_PERCENT_CELL = re.compile(r"^\s*-?[\d,.]+\s*%\s*$")


def _misplaced(header: _Header, aligned: dict[int, Cell]) -> int:
    """Percentages that fall under a column of amounts or scores, and figures without a % that
    fall under a rate column while a percentage of the row falls elsewhere."""
    wrong = sum(
        1
        for i, c in aligned.items()
        if _PERCENT_CELL.match(c.text) and header.roles[i] in _NOT_RATE_ROLES
    )
    if wrong:
        wrong += sum(
            1
            for i, c in aligned.items()
            if header.roles[i] in _RATE_ROLES and c.text.strip() and not _PERCENT_CELL.match(c.text)
        )
    return wrong
