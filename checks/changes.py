"""Year-on-year changes: the stated amount and percentage against each other."""

from __future__ import annotations

from decimal import Decimal

from auditlint.api import Context, check, fmt, named
from auditlint.arith import disjoint, mid, ratio_percent, signed, signed_ratio_percent


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
    budget_of = {r.roles["execution"]: r.roles["budget"] for r in ctx.relations("budget_execution")}
    for rel in ctx.relations("flat"):  # 与上年持平 beside two figures that differ
        cur, prev = ctx.fact(rel.roles["current"]), ctx.fact(rel.roles["previous"])
        if disjoint(cur.interval(), prev.interval()):
            yield ctx.finding(
                prev,
                f"称与上年持平，但 {named(cur)} 与上年 {prev.text} 不同",
                f"said to be unchanged, but {named(cur)} differs from the previous {prev.text}",
                values=[cur, prev],
                key=f"{cur.label}|flat",
            )
    for rel in ctx.relations("change"):
        contradiction = _opposite_directions(ctx, rel)
        if contradiction is not None:
            yield contradiction
            continue
        if "current" not in rel.roles:
            # a change of a figure the report does not state: its rate against the previous
            # value, where that is stated (`增加85万元，增长9.8%，上年支出867万元`)
            yield from _against_previous_only(ctx, rel)
            continue
        cur = ctx.fact(rel.roles["current"])
        base_id = rel.roles.get("previous")
        if base_id is None and rel.extra.get("base") == "budget":
            base_id = budget_of.get(cur.id)
        if base_id is not None:
            yield from _against_base(ctx, rel, cur, ctx.fact(base_id))
            continue
        if "delta" not in rel.roles or "percent" not in rel.roles:
            continue
        delta, pct = ctx.fact(rel.roles["delta"]), ctx.fact(rel.roles["percent"])
        if cur.kind != delta.kind or pct.qualifier:
            continue
        sign = rel.extra.get("sign", 1)
        computed = _rate_of(cur, delta, sign)
        if computed is None or not disjoint(computed, _size(pct)):
            continue
        other = rel.extra.get("or_current")  # a change after a list: the last part's or the whole's
        if other is not None:
            whole = _rate_of(ctx.fact(other), delta, sign)
            if whole is None or not disjoint(whole, _size(pct)):
                continue
        # the figures as printed (2 ÷ 18 = 11.11%), not the middle of their intervals
        size = abs(delta.base_value)  # a negative figure's direction is in the sign already
        previous = cur.base_value - sign * size
        c = size / previous * 100 if previous > 0 else mid(computed)
        # the base the change is against, as the sentence names it (比预算…: the budget)
        base_zh, base_en = (
            ("预算数", "budget") if rel.extra.get("base") == "budget" else ("上年数", "previous")
        )
        yield ctx.finding(
            pct,
            f"{named(cur)} 的变动率 {pct.text}% 与 变动额 {delta.text} ÷ {base_zh} "
            f"{fmt(previous / cur.scale, 2)} = {fmt(c, 2)}% 不符",
            f"change of {named(cur)}: {pct.text}% does not match {delta.text} / {base_en} "
            f"{fmt(previous / cur.scale, 2)} = {fmt(c, 2)}%",
            values=[cur, delta, pct],
            key=f"{cur.label}|{delta.label}",
        )


def _against_previous_only(ctx: Context, rel):
    """The rate of a change whose figure is not stated: the amount over the previous value."""
    if not {"previous", "delta", "percent"} <= rel.roles.keys():
        return
    prev, delta, pct = (ctx.fact(rel.roles[k]) for k in ("previous", "delta", "percent"))
    if prev.kind != delta.kind or pct.qualifier or prev.value <= 0:
        return
    computed = ratio_percent(
        _size(delta, prev.decimals if delta.value == 0 else 0), prev.interval()
    )
    if computed is None or not disjoint(computed, _size(pct)):
        return
    c = abs(delta.base_value) / prev.base_value * 100
    yield ctx.finding(
        pct,
        f"变动率 {pct.text}% 与 变动额 {delta.text} ÷ {named(prev)} = {fmt(c, 2)}% 不符",
        f"change rate {pct.text}% does not match {delta.text} / {named(prev)} = {fmt(c, 2)}%",
        values=[prev, delta, pct],
        key=f"{prev.label}|{delta.label}",
    )


def _size(fact, sibling_decimals: int = 0):
    """A change's size as an interval: a negative figure (`增加-1.5万元`) is a change the other
    way, its direction already in the relation's sign."""
    lo, hi = fact.interval(sibling_decimals)
    return (-hi, -lo) if fact.value < 0 else (lo, hi)


def _rate_of(cur, delta, sign: int):
    """The change rate an amount gives against the previous value it implies, as an interval."""
    cl, ch = cur.interval()
    # a change of 0 beside a figure printed with cents is 0.00 (`3.00万元，增加0万元`)
    dl, dh = _size(delta, cur.decimals if delta.value == 0 and cur.kind == "money" else 0)
    dl = max(dl, Decimal(0))  # a magnitude: its sign is the verb's
    prev = (cl - dh, ch - dl) if sign > 0 else (cl + dl, ch + dh)
    return ratio_percent((dl, dh), prev)


def _against_base(ctx: Context, rel, cur, base):
    """Change stated against a value the text also gives (较2024年的2190万元; 比预算增加35%)."""
    # a whole amount beside amounts with decimals is exact to them (`5万元` beside `2.5万元`)
    delta = ctx.fact(rel.roles["delta"]) if "delta" in rel.roles else None
    shown = max(f.decimals for f in (cur, base, delta) if f is not None and f.kind == cur.kind)
    cl, ch = cur.interval(shown)
    bl, bh = base.interval(shown)
    diff = (cl - bh, ch - bl)
    sign = rel.extra.get("sign", 1)
    if delta is not None:
        stated = signed(_size(delta, shown if delta.kind == cur.kind else 0), sign)
        if cur.kind == delta.kind and disjoint(diff, stated):
            points = " 个百分点" if rel.extra.get("points") else ""  # a rate's change
            yield ctx.finding(
                delta,
                f"变动{'' if points else '额'} {delta.text}{points} 与 {named(cur)} − "
                f"{named(base)} = {fmt(mid(diff) / cur.scale, 2)}{points} 不符",
                f"change {delta.text}{' points' if points else ''} does not match {named(cur)} − "
                f"{named(base)} = {fmt(mid(diff) / cur.scale, 2)}",
                values=[cur, base, delta],
                key=f"{cur.label}|{base.label}",
            )
    if "percent" in rel.roles:
        pct = ctx.fact(rel.roles["percent"])
        computed = signed_ratio_percent(diff, (bl, bh))
        if pct.qualifier or computed is None:
            return
        if disjoint(computed, signed(_size(pct), sign)):
            point = base.base_value
            c = (cur.base_value - point) / point * 100 if point > 0 else mid(computed)
            yield ctx.finding(
                pct,
                f"变动率 {pct.text}% 与 ({named(cur)} − {named(base)}) ÷ {base.text} = "
                f"{fmt(c, 2)}% 不符",
                f"change {pct.text}% does not match ({named(cur)} − {named(base)}) / {base.text} = "
                f"{fmt(c, 2)}%",
                values=[pct, cur, base],
                key=f"{cur.label}|{base.label}|%",
            )


def _opposite_directions(ctx: Context, rel):
    """`减少0.03万元，增长0.02%`: the amount and the rate of one change point opposite ways."""
    if "delta" not in rel.roles or "percent" not in rel.roles:
        return None
    if rel.extra.get("percent_sign", rel.extra.get("sign", 1)) == rel.extra.get("sign", 1):
        return None
    delta, pct = ctx.fact(rel.roles["delta"]), ctx.fact(rel.roles["percent"])
    if delta.value == 0 or pct.value == 0:
        return None
    cur = ctx.fact(rel.roles["current"]) if "current" in rel.roles else None
    name = (cur.label or cur.text) if cur else rel.extra.get("subject", "")
    down, up = ("减少", "增长") if rel.extra.get("sign", 1) < 0 else ("增加", "下降")
    return ctx.finding(
        pct,
        f"变动方向矛盾：{name} {down} {delta.text}，却{up} {pct.text}%",
        f"the change of {name} points both ways: amount {delta.text} and rate {pct.text}% have "
        "opposite signs",
        values=[f for f in (cur, delta, pct) if f is not None],
        key=f"{name}|{delta.label}|sign",
    )


@check(code="AL705", name="double-negative-change", severity="warning")
def double_negative_change(ctx: Context):
    """A decrease by a negative figure (`比上年减少-2.56%`, `下降-0.3万元`).

    ## What it does
    Flags a change in prose whose verb already says it went down (减少, 下降, 降低…) while its
    amount or rate is printed with a minus sign (not 增减, whose sign is its direction). `增长-2.56%` (growth below zero) is a way of writing
    a decrease and is left alone; only the decrease words are read.

    ## Why is this bad?
    Read literally, a decrease of −2.56% is an increase: the sign and the verb say the same
    thing twice, or contradict each other, and a reader cannot tell which was meant.

    ## Example
    `公务接待费3.80万元，比上年减少-2.56%` → write `减少2.56%` (or `增长-2.56%`).
    """
    down = tuple(ctx.domain.words("change", "down"))
    for rel in ctx.relations("change"):
        for role in ("delta", "percent"):
            fact_id = rel.roles.get(role)
            if not isinstance(fact_id, int):
                continue
            f = ctx.fact(fact_id)
            # the verb right before the figure (its label's end) says down, the sign says so too
            if f.value < 0 and f.source == "prose" and f.label.endswith(down):
                if f.label.endswith(("增减", "增或减", "增(减)", "增（减）")):
                    continue  # a signed change column or word: the sign is the direction
                verb = max((w for w in down if f.label.endswith(w)), key=len)
                unit = "%" if role == "percent" else f.unit
                cur = ctx.fact(rel.roles["current"]) if "current" in rel.roles else None
                yield ctx.finding(
                    f,
                    f"{verb} {f.text}{unit}：以负数表述减少，字面上是增加",
                    f"a decrease by {f.text}{unit}: a negative decrease reads as an increase",
                    values=[g for g in (cur, f) if g is not None],
                    key=f"{f.label}|{role}|double-negative",
                )
