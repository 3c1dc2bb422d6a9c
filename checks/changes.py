"""Year-on-year changes: the stated amount and percentage against each other."""

from __future__ import annotations

from auditlint.api import Context, check, fmt
from auditlint.arith import disjoint, mid, ratio_percent


@check(code="AL501", name="change-mismatch", severity="error")
def change_mismatch(ctx: Context):
    """A stated change (`同比减少4.45万元，下降6.4%`) whose amount and percentage disagree.

    ## What it does
    From the current value and the stated change amount, derives last year's value
    (current − change) and recomputes the percentage change, all as intervals from the
    printed precision; compares with the stated percentage.

    ## Why is this bad?
    Year-on-year figures are where errors in last year's base hide; an inconsistent pair means
    one of the three numbers is wrong.

    ## Example
    `支出64.92万元，同比减少4.45万元，下降6.4%` is consistent (4.45 ÷ 69.37 = 6.41%);
    `下降7.4%` would be flagged.
    """
    for rel in ctx.relations("change"):
        if "delta" not in rel.roles or "percent" not in rel.roles:
            continue
        if rel.extra.get("base") != "previous":
            continue
        cur, delta, pct = (ctx.fact(rel.roles[k]) for k in ("current", "delta", "percent"))
        if cur.kind != delta.kind or pct.qualifier:
            continue
        sign = rel.extra.get("sign", 1)
        cl, ch = cur.interval()
        dl, dh = delta.interval()
        prev = (cl - dh, ch - dl) if sign > 0 else (cl + dl, ch + dh)
        computed = ratio_percent((dl, dh), prev)
        if computed is None or not disjoint(computed, pct.interval()):
            continue
        c = mid(computed)
        yield ctx.finding(
            pct,
            f"变动率 {pct.text}% 与 变动额 {delta.text} ÷ 上年数 {fmt(mid(prev) / cur.scale, 2)} = "
            f"{fmt(c, 2)}% 不符",
            f"change {pct.text}% does not match {delta.text} / previous "
            f"{fmt(mid(prev) / cur.scale, 2)} = {fmt(c, 2)}%",
            values=[cur, delta, pct],
            key=f"{cur.label}|{delta.label}",
        )
