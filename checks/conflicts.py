"""The same quantity stated twice with different values."""

from __future__ import annotations

from auditlint.api import Context, check
from auditlint.arith import disjoint


@check(code="AL301", name="conflicting-values", severity="error")
def conflicting_values(ctx: Context):
    """One quantity given two different values in the same scope.

    ## What it does
    Takes the figures the repeat frame (extract/repeat.py) found stating one quantity — the
    same words, or the same words with a few added (`筹募款物` / `筹募慈善款物`) but no word
    that makes a different quantity (预算/执行, 城市/农村, 上年/本年…), in the same scope,
    year and context (two counties, two funds, two topics are two quantities), across
    sections only for concepts named in `checks/domain` (基本支出, 项目支出, 三公经费…), never
    parts of different totals — and flags pairs whose values rounding cannot reconcile. The two
    grand totals of one fund's 收支 statement (`收入总计…，支出总计…`, `收入总量`/`支出总量`;
    `[balance] grand_totals`) are one sum by construction and are compared the same way.
    A figure restated with a slip of one digit (one digit wrong or two swapped, four significant
    digits or more) is paired across sections too, where the names share a name and stand on
    the same side of every distinction (预算/决算, 本年/上年, 收入/支出). An evaluation's total
    score (`本项目自评得分96分`, the score table's full-marks row) and the fund block's total row
    restated in the summary (`全年预算数…执行数…执行率…`) are compared the same way, the score at
    the precision printed (a summary may round the table's 95.8 to 96).

    ## Why is this bad?
    A report that gives 基本支出 as 520.00万元 in one place and 500.00万元 in another is wrong
    in at least one; a reviewer cannot know which.

    ## Example
    `其中：基本支出520.00万元` … `本年基本支出为500.00万元` → 基本支出 前后不一致.
    """
    reported: set[tuple[str, str]] = set()
    for rel in ctx.relations("repeat"):
        a, b = ctx.fact(rel.roles["first"]), ctx.fact(rel.roles["again"])
        if rel.extra.get("rounded"):  # statements that may round one another (a total score)
            if not disjoint(a.rounded_interval(), b.rounded_interval()):
                continue
        elif not disjoint(a.interval(), b.interval()):
            continue
        key = (a.label, b.text)
        if key in reported:
            continue
        reported.add(key)
        there = ctx.place(a.line, a.column)
        # the names the relation gives (`收入总计`, `支出总计`: two totals that must agree)
        name_a, name_b = rel.extra.get("names", [a.label, b.label])
        why_zh, why_en = rel.extra.get("why", ["", ""])
        yield ctx.finding(
            b,
            f"{name_b} {b.text}{b.unit} 与{there[0]}的{name_a} {a.text}{a.unit} 不一致{why_zh}",
            f"{name_b} {b.text}{b.unit} conflicts with {name_a} {a.text}{a.unit} at {there[1]}"
            f"{why_en}",
            values=[a, b],
            key=f"{a.label}|{b.label}",
        )
