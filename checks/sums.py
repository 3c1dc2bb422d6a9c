"""Totals against their parts, and a budget table's two sides."""

from __future__ import annotations

from decimal import Decimal

from auditlint.api import Context, check, fmt, named
from auditlint.arith import (
    disjoint,
    mid,
    parts_interval,
    same_family,
    signed,
    signed_sum_interval,
    some_subset_meets,
    sum_interval,
)

# A shortfall this small relative to the total is an arithmetic slip, not an unlisted remainder:
# up to 10% for a short list (2-4 parts, where a remainder would have been named), 2% for a
# longer one (a list of many items that leaves one out falls short by that item).
NEAR_MISS = Decimal("0.10")
NEAR_MISS_LONG = Decimal("0.02")
SHORT_LIST = 4


@check(code="AL201", name="parts-total-mismatch", severity="error")
def parts_total_mismatch(ctx: Context):
    """A total that its parts do not add up to.

    ## What it does
    Adds the parts of a total — `X，其中：A a，B b` in prose, 当年财政拨款 + 上年结转资金 +
    其他资金 against 年度资金总额 in a table, section scores against the section total — as
    intervals from their printed precision, and compares with the total.
    Tables whose headings were lost or mangled are read by their figures: a column (or row)
    that is the sum of some others in every row (column) but one, and meaningfully in two, is
    their total. Parts above the total are always flagged. Parts below it are flagged when the breakdown is
    known to be complete (a table's fund rows, a breakdown listed in `checks/domain`), or when
    the gap is under 10% of the total for a list of 2-4 parts, 2% for a longer one (a slip,
    not an unlisted remainder).

    ## Why is this bad?
    A breakdown that does not add up means at least one of its figures is wrong.

    ## Example
    `基本支出为500.00万元，其中：工资福利支出320.00万元，商品和服务支出150.00万元，
    对个人和家庭补助支出29.50万元` → parts sum to 499.50, 0.50 short of 500.00.
    """
    for rel in ctx.relations("total_parts"):
        total = ctx.fact(rel.roles["total"])
        parts = [ctx.fact(i) for i in rel.roles["parts"]]
        if not parts or any(not same_family(total, p) for p in parts):
            continue
        signs = rel.extra.get("signs")
        if signs:  # parts of a change: 增加 adds, 减少 takes away
            s = signed_sum_interval(parts, signs)
            t = signed(total.interval(), rel.extra.get("total_sign", 1))
        else:
            s = parts_interval(parts)  # 40 beside 19.99 is exact to the cents
            t = total.interval()
        if not disjoint(s, t):
            continue
        if not signs and any(
            not disjoint(s, ctx.fact(i).interval()) for i in rel.extra.get("alternatives", [])
        ):
            continue  # another reading of the whole (a figure of the same name) is the sum
        gap = mid(t) - mid(s)
        complete = rel.extra.get("complete")
        if signs and not complete:
            continue  # a change split is checked only where the parts are all of the total
        near = NEAR_MISS if len(parts) <= SHORT_LIST else NEAR_MISS_LONG
        if gap > 0 and rel.extra.get("partial"):
            continue  # 主要包括: parts that fall short are the ones the text chose to name
        if gap > 0 and not (complete or (len(parts) >= 2 and gap <= near * mid(t))):
            continue
        if gap < 0 and not signs and not complete and some_subset_meets(total, parts):
            continue  # some of the parts make the total: a list that ran on or took sub-parts
        if gap < 0 and not signs and not complete and _budgets_and_spending(ctx, parts):
            continue  # two lists in one (`A支出0.50万元，年初预算为0.60万元；B支出…`)
        d = max(p.decimals for p in [total, *parts])
        shown = mid(s) / total.scale
        diff = abs(gap) / total.scale
        word = "少" if gap > 0 else "多"
        name = total.label or "合计"
        of_change = signs and rel.extra.get("via") not in ("调整", "收支")
        if of_change:
            name = "变动额"  # parts of a change; an adjusted budget or a balance keeps its name
        total_text = total.text
        total_sign = rel.extra.get("total_sign", 1)
        if signs and all(sign == total_sign for sign in signs):
            signs = None  # every change one way (all decreases): their sizes add up
            shown, word = abs(shown), ("少" if (gap > 0) == (total_sign > 0) else "多")
        elif signs and total_sign < 0:
            total_text = f"−{total.text}"  # a decrease against changes both ways
        terms = _terms(parts, signs)
        balance = rel.extra.get("via") == "收支"  # what is left: income less spending
        yield ctx.finding(
            total,
            f"{name} {total_text} 与{'收支相抵' if balance else '各分项之和'} {fmt(shown, d)} 不符"
            f"（{terms}，{word} {fmt(diff, d)}）",
            f"{'change' if of_change else 'remainder' if balance else 'total'} {named(total)} "
            f"does not equal {'income less expenditure' if balance else 'the sum of its parts'} "
            f"{fmt(shown, d)} "
            f"({terms}; off by {fmt(diff, d)})",
            values=[total, *parts],
            key=f"{total.label}|" + "|".join(p.label for p in parts),
        )


def _budgets_and_spending(ctx: Context, parts) -> bool:
    """Whether the parts hold both budgets and what was spent (each item with its budget):
    no one list of parts of one total."""
    budget = ctx.domain.words("budget_execution", "budget")
    spent = (
        *ctx.domain.words("budget_execution", "execution"),
        *ctx.domain.words("balance", "expenditure"),
    )
    kinds = {
        "budget" if any(w in p.label for w in budget) else "spent"
        for p in parts
        if any(w in p.label for w in (*budget, *spent))
    }
    return len(kinds) == 2


def _terms(parts, signs) -> str:
    """`a+b+c`, or with the signs of a change split: `2−1`, `−3+1`."""
    if not signs or all(sign > 0 for sign in signs):
        return "+".join(p.text for p in parts)
    terms = "".join(
        ("+" if sign > 0 else "−") + p.text for p, sign in zip(parts, signs, strict=True)
    )
    return terms.removeprefix("+")


@check(code="AL203", name="product-mismatch", severity="error")
def product_mismatch(ctx: Context):
    """An amount per unit times the count of units that is not the amount stated.

    ## What it does
    Multiplies a rate per unit (`每人2000元`, `每户补助3000元`, `每亩补贴100元`) by the count it is
    per (`40名`, `60户`, `1850亩`) in the same sentence, as intervals from the printed
    precision, and compares with the amount that follows them (`计8万元`).

    ## Why is this bad?
    The amount is computed from the two; a product that does not give it means the rate, the
    count or the amount is wrong (a subsidy paid to more people than counted, or fewer).

    ## Example
    `按40名代表每人2000元测算，计9万元` → 40 × 2000元 = 8万元, not 9万元.
    """
    for rel in ctx.relations("product"):
        rate, count, total = (ctx.fact(rel.roles[k]) for k in ("rate", "count", "total"))
        if not same_family(rate, total):
            continue
        lo, hi = rate.interval()
        fewest, most = count.interval()  # a count in 万 (`2.6万人次`) is rounded too
        made = (lo * fewest, hi * most)
        if not disjoint(made, total.interval()):
            continue
        d = max(total.decimals, 2)
        shown = rate.base_value * count.base_value / total.scale
        stated = f"{total.label or ('金额' if total.kind == 'money' else '合计')} {total.text}{total.unit}"
        yield ctx.finding(
            total,
            f"{stated} 与 {rate.text}{rate.unit} × {count.text}{count.unit} = "
            f"{fmt(shown, d)}{total.unit} 不符",
            f"{stated} does not equal {rate.text}{rate.unit} × {count.text}{count.unit} = "
            f"{fmt(shown, d)}{total.unit}",
            values=[rate, count, total],
            key=f"{rate.label}|{count.label}|{total.label}",
        )


@check(code="AL202", name="budget-sides-unbalanced", severity="error")
def budget_sides_unbalanced(ctx: Context):
    """A budget table whose expenditure side does not equal its income side.

    ## What it does
    In a 预算申报表 laid out as `部门预算支出 | 金额 | 收入来源 | 金额`, adds each side and
    compares the two sums.

    ## Why is this bad?
    A budget balances: every yuan to be spent has a source. Unequal sides mean a figure is
    missing or wrong.

    ## Example
    支出 1,200.00 + 800.00 = 2,000.00 against 收入 1,500.00 + 600.00 = 2,100.00.
    """
    for rel in ctx.relations("balance"):
        left = [ctx.fact(i) for i in rel.roles["left"]]
        right = [ctx.fact(i) for i in rel.roles["right"]]
        sl, sr = sum_interval(left), sum_interval(right)
        if not disjoint(sl, sr):
            continue
        d = max(f.decimals for f in left + right)
        scale = left[0].scale
        a, b = mid(sl) / scale, mid(sr) / scale
        yield ctx.finding(
            left[0],
            f"支出合计 {fmt(a, d)} 与收入合计 {fmt(b, d)} 不相等（相差 {fmt(abs(a - b), d)}）",
            f"expenditure side {fmt(a, d)} does not equal income side {fmt(b, d)} "
            f"(difference {fmt(abs(a - b), d)})",
            values=[*left, *right],
            key="|".join(f.label for f in left + right),
        )
