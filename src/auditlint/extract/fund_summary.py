"""The fund block's figures restated in prose: budget, spending and rate of the whole project.

    全年预算数为200万元，执行数为172.35万元，完成预算的86.2%。        the summary
    | 年度资金总额 | 200 | 200 | 172.35 | 10 | 86.2% | 9 |              the 自评表's fund row

A self-evaluation states its project's budget, spending and execution rate in its summary and
again in the fund block of its table (PHRASEBOOK §7: text total against the table's 年度资金
总额). Where a report has one such fund row, a budget-and-spending statement in prose whose
names are only budget, spending and rate words (and words for the project as a whole:
`[fund_summary] subjects`) states the same three figures: each is paired with the row's
(the budget with the row's 年初 or 全年 budget, whichever it states), for AL301. A statement
that names a fund (财政拨款, 上年结转) or an item is another quantity.
"""

from __future__ import annotations

import re

from auditlint.domain import Domain
from auditlint.extract.lexicon import alternation
from auditlint.extract.model import Fact, Relation
from auditlint.extract.repeat import restated


def _plain(domain: Domain) -> re.Pattern[str]:
    words = [
        *domain.words("budget_execution", "budget"),
        *domain.words("budget_execution", "execution"),
        *domain.words("budget_execution", "rate"),
        *domain.section("fund_summary").get("subjects", []),
    ]
    return re.compile(rf"(?:{alternation(words) or '(?!)'})+")


def _fund_row(facts: list[Fact], relations: list[Relation], domain: Domain) -> dict[str, Fact]:
    """The one fund-total row's figures by role, {} where the report has none or several."""
    by_id = {f.id: f for f in facts}
    totals = tuple(domain.section("funds").get("total", []))
    rows = {
        (e.table, e.row)
        for r in relations
        if r.kind == "budget_execution"
        and (e := by_id[r.roles["execution"]]).source == "table"
        and e.label.split(":", 1)[0].startswith(totals)
    }
    if len(rows) != 1:
        return {}
    table, row = rows.pop()
    return {
        f.role: f
        for f in facts
        if f.source == "table" and f.table == table and f.row == row
        if f.role in ("budget", "budget_initial", "execution", "rate")
    }


def _nearest(figure: Fact, options: list[Fact]) -> Fact:
    return min(options, key=lambda o: abs(o.base_value - figure.base_value))


def fund_summaries(facts: list[Fact], relations: list[Relation], domain: Domain) -> list[Relation]:
    """Repeat relations between a prose budget-and-spending statement and the fund row."""
    row = _fund_row(facts, relations, domain)
    if "execution" not in row:
        return []
    by_id = {f.id: f for f in facts}
    plain = _plain(domain)
    budgets = [row[k] for k in ("budget", "budget_initial") if k in row]
    out: list[Relation] = []
    for rel in relations:
        if rel.kind != "budget_execution" or rel.extra.get("income"):
            continue
        stated = {k: by_id[v] for k, v in rel.roles.items() if isinstance(v, int)}
        if any(f.source != "prose" or f.qualifier for f in stated.values()):
            continue
        if not all(plain.fullmatch(f.label) for f in stated.values() if f.label):
            continue  # a fund's or an item's budget, not the project's
        out.append(restated(stated["execution"], row["execution"]))
        if "budget" in stated and budgets:
            out.append(restated(stated["budget"], _nearest(stated["budget"], budgets)))
        if "rate" in stated and "rate" in row:
            out.append(restated(stated["rate"], row["rate"], rounded=True))
    return out
