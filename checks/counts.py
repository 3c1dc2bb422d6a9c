"""Enumerations: a stated count against the items listed."""

from __future__ import annotations

from auditlint.api import Context, check


@check(code="AL601", name="enumeration-count-mismatch", severity="error")
def enumeration_count_mismatch(ctx: Context):
    """`内设8个股室：a，b，…` where the number of items listed is not 8.

    ## What it does
    Counts the items of a list introduced by a number (`N个…：`, `…N个：`, or quoted items
    followed by `N场`/`等N个`) and compares with N. With `等` (and others), only a list longer
    than N is flagged.

    ## Why is this bad?
    A count that does not match its own list means an item is missing, extra, or miscounted.

    ## Example
    `下设3个二级单位：救助站、殡仪站` → 列举 2 个.
    """
    for rel in ctx.relations("enumeration"):
        n = ctx.fact(rel.roles["count"])
        items = rel.extra["items"]
        k = len(items)
        if k == n.value or (rel.extra.get("etc") and k < n.value):
            continue
        yield ctx.finding(
            n,
            f"称 {n.text} 项，实际列举 {k} 项（{'、'.join(items)}）",
            f"states {n.text} items but lists {k}",
            values=[n, k],
            key="|".join(items),
        )
