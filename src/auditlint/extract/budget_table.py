"""Relations of money tables: each row's budget against its spending, a 自评表's fund rows against
年度资金总额, and a budget table's 支出 side against its 收入 side. A part of TableExtractor
(tabular.py), which reads the rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditlint.document import Cell, Table
from auditlint.extract.model import Fact, Relation

if TYPE_CHECKING:
    from auditlint.extract.tabular import _Header


def _income(label: str, title: str) -> bool:
    """A row of income: its label says 收入 (and not 支出), or says neither and the table's
    title does (`一般公共预算收入决算表`: 增值税, 企业所得税 …)."""
    for text in (label, title):
        if "收入" in text and "支出" not in text:
            return True
        if "支出" in text:
            return False
    return False


class BudgetTableRelations:
    """The money-row relations of TableExtractor."""

    @staticmethod
    def _same_year(header: _Header) -> bool:
        """Budget and spending columns of one year: not 上年决算数 beside 本年预算数."""
        return not any(
            w in t
            for t, ro in zip(header.texts, header.roles, strict=False)
            if ro in ("budget", "budget_initial", "execution")
            for w in ("上年", "去年", "上期", "同期")
        )

    def _budget_row(self, cells: dict[str, Fact | None], r: int, blanks: dict[str, Cell]) -> None:
        budget = cells.get("budget") or cells.get("budget_initial")
        execution = cells.get("execution")
        if budget is None or execution is None:
            return
        roles = {"budget": budget.id, "execution": execution.id}
        if cells.get("rate") is not None:
            roles["rate"] = cells["rate"].id  # type: ignore[union-attr]
        rel = Relation(kind="budget_execution", roles=roles, line=execution.line)
        if _income(execution.label, self._table_title):
            rel.extra["income"] = True  # collected above its budget: no overspending
        self.relations.append(rel)

    def _funds(self, total: dict[str, Fact], parts: dict[str, list[Fact]]) -> None:
        # drop an earlier version of this block's relation: the latest part row completes it
        self.relations = [
            r
            for r in self.relations
            if not (
                r.kind == "total_parts"
                and r.extra.get("via") == "funds"
                and r.roles["total"] in {f.id for f in total.values()}
            )
        ]
        for role, t in total.items():
            ps = parts.get(role, [])
            if ps:
                self.relations.append(
                    Relation(
                        kind="total_parts",
                        roles={"total": t.id, "parts": [p.id for p in ps]},
                        line=t.line,
                        extra={"via": "funds", "complete": True},
                    )
                )

    def _sides(self, row: list[Cell]) -> tuple[int, int, int, int] | None:
        texts = [c.text.replace(" ", "") for c in row]
        amount_cols = [  # (not a rate of one: 决算数为调整预算数的%)
            i for i, t in enumerate(texts) if ("金额" in t or "预算数" in t) and "%" not in t
        ]
        if len(amount_cols) != 2:
            return None
        left_amt, right_amt = amount_cols
        left_lbl, right_lbl = left_amt - 1, right_amt - 1
        if left_lbl < 0 or right_lbl <= left_amt:
            return None
        if "支出" in texts[left_lbl] and ("收入" in texts[right_lbl] or "来源" in texts[right_lbl]):
            return (left_lbl, left_amt, right_lbl, right_amt)
        return (-1, -1, -1, -1)  # a paired block whose sides need not agree

    def _side_row(
        self,
        table: Table,
        scope: str,
        r: int,
        row: list[Cell],
        sides,
        header: _Header,
        side_facts: tuple[list[Fact], list[Fact]],
    ) -> None:
        if sides[0] < 0 or len(row) <= sides[3]:
            return
        for k, (li, ai) in enumerate(((sides[0], sides[1]), (sides[2], sides[3]))):
            f = self._fact(
                row[ai],
                f"{row[li].text.strip()}:{header.texts[ai]}",
                "amount",
                table,
                scope,
                r,
                ai,
                header.money_unit,
            )
            if f is not None:
                side_facts[k].append(f)

    def _sides_relation(self, side_facts: tuple[list[Fact], list[Fact]]) -> None:
        left, right = side_facts
        if len(left) >= 1 and len(right) >= 1 and len(left) + len(right) >= 3:
            self.relations.append(
                Relation(
                    kind="balance",
                    roles={"left": [f.id for f in left], "right": [f.id for f in right]},
                    line=left[0].line,
                )
            )
