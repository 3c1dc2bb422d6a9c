"""Budget execution: spending above budget, and stated rates or shares against their parts."""

from __future__ import annotations

from decimal import Decimal
from itertools import combinations

from auditlint.api import Context, check, fmt, named, section_heads
from auditlint.arith import disjoint, mid, ratio_percent
from auditlint.extract.model import Fact


def _show(ctx: Context, fact_id: int) -> str:
    f = ctx.fact(fact_id)
    return f"{f.text}{f.unit}" if f.unit not in ("", "分") else f.text


def _excess_stated(ctx: Context, b: Fact, e: Fact, bi, ei) -> bool:
    """A figure on the line of the execution and its budget (before or after them), or one of
    the next figures where the text wrapped after the execution, states by how much the one
    exceeds the other, and it does: an overspend the report acknowledges is no inconsistency
    (a wrong excess is one, for the difference checks)."""
    excess = ctx.domain.words("budget_execution", "excess")
    for f in ctx.facts:
        near = f.line == e.line or (0 < f.id - e.id <= 2 and 0 < f.line - e.line <= 1)
        if not near or f.id in (b.id, e.id) or not any(w in f.label for w in excess):
            continue
        if not disjoint((ei[0] - bi[1], ei[1] - bi[0]), f.interval()):
            return True
    return False


def _of_income(b: Fact, e: Fact) -> bool:
    """A budget and an execution of income (`收入年初预算15亿元，实际完成15.6亿元`): a label says
    收入 and neither says 支出."""
    labels = (b.label, e.label)
    return any("收入" in t for t in labels) and not any("支出" in t for t in labels)


@check(code="AL101", name="execution-over-budget", severity="error")
def execution_over_budget(ctx: Context):
    """Execution (执行数) above the budget (预算数) it executes.

    ## What it does
    Finds budget/execution pairs — a 项目支出绩效自评表 row, or prose such as
    `全年预算数X万元，执行数Y万元` — where the execution exceeds the budget beyond what the
    printed precision explains.

    ## Why is this bad?
    Spending beyond budget is an anomaly a reviewer must query: either a figure is wrong or
    money was spent without authority. 执行率 above 100% is the same fact.

    ## Example
    `年度资金总额 | 50 | 50 | 56` → 全年执行数 56 超过全年预算数 50（超出 6，执行率 112%）
    """
    for rel in ctx.relations("budget_execution"):
        b, e = ctx.fact(rel.roles["budget"]), ctx.fact(rel.roles["execution"])
        if rel.extra.get("income") or _of_income(b, e):
            continue  # income collected above its budget is no overspending (PHRASEBOOK §4)
        if rel.extra.get("acknowledged"):
            continue  # `决算数大于年初预算数的主要原因是…`: the report says so and why
        # a whole budget beside an execution with cents is exact to the cents (2 beside 2.05)
        bi, ei = b.interval(e.decimals), e.interval(b.decimals)
        if ei[0] < bi[1]:  # half-open intervals: touching is not overlapping
            continue
        if _excess_stated(ctx, b, e, bi, ei):
            continue  # `…实际支出52.60万元，超出预算2.60万元`: the report says so itself
        over = (e.base_value - b.base_value) / b.scale
        rate = e.base_value / b.base_value * 100 if b.value else Decimal(0)
        d = max(b.decimals, e.decimals)
        yield ctx.finding(
            e,
            f"{named(e, '执行数')} 超过{named(b, '预算数')}（超出 {fmt(over, d)}，执行率 {fmt(rate, 1)}%）",
            f"execution {named(e)} exceeds budget {named(b)} (over by {fmt(over, d)}, "
            f"rate {fmt(rate, 1)}%)",
            values=[b, e],
            key=f"{b.label}|{e.label}",
        )


@check(code="AL102", name="rate-mismatch", severity="error")
def rate_mismatch(ctx: Context):
    """A stated execution rate (执行率, 完成预算的x%) that its own figures do not give.

    ## What it does
    Recomputes 执行数 ÷ 预算数 as an interval from the printed precision of both and compares
    it with the stated percentage's interval.

    ## Why is this bad?
    The rate is what readers look at; a rate that disagrees with its own numerator and
    denominator hides overspending or underspending.

    ## Example
    `全年预算数 50，全年执行数 56，执行率 100%` → 56 ÷ 50 = 112%, not 100%.
    """
    for rel in ctx.relations("budget_execution"):
        if "rate" not in rel.roles:
            continue
        b, e, r = (ctx.fact(rel.roles[k]) for k in ("budget", "execution", "rate"))
        others = [ctx.fact(i) for i in rel.extra.get("alternatives", [])]
        if any(
            (c := ratio_percent(e.interval(), o.interval())) is not None
            and not disjoint(c, r.interval())
            for o in others
        ):
            continue  # of what arrived between the budget and the spending (已下达…)
        names = ("执行率", "执行数", "预算数"), ("rate", "execution", "budget")
        yield from _rate_finding(ctx, e, b, r, names)
    for rel in ctx.relations("ratio"):  # 拨付率, 到位率, 使用率 … of two amounts in prose
        num, den, r = (ctx.fact(rel.roles[k]) for k in ("numerator", "denominator", "percent"))
        others = [ctx.fact(i) for i in rel.extra.get("alternatives", [])]
        if any(
            (c := ratio_percent(num.interval(), o.interval())) is not None
            and not disjoint(c, r.interval())
            for o in others
        ):
            continue  # another base the text names gives the rate (年初预算 beside 调整后预算)
        zh = (rel.extra.get("name", "比率"), num.label, den.label)
        yield from _rate_finding(ctx, num, den, r, (zh, zh))
    yield from _split_ratios(ctx)


def _split_ratios(ctx: Context):
    """`已分配9.5亿元，未分配0.5亿元，分配率95%`: done ÷ (done + not done)."""
    for rel in ctx.relations("split_ratio"):
        done, undone, r = (ctx.fact(rel.roles[k]) for k in ("done", "undone", "percent"))
        (d0, d1), (u0, u1) = done.interval(), undone.interval()
        if r.qualifier or d0 < 0 or u0 < 0 or d0 + u1 <= 0 or d1 + u0 <= 0:
            continue
        computed = (d0 / (d0 + u1) * 100, d1 / (d1 + u0) * 100)
        if not disjoint(computed, r.interval()):
            continue
        whole = done.base_value + undone.base_value
        c = done.base_value / whole * 100 if whole else mid(computed)
        off = fmt(abs(c - r.value), 2)
        name = rel.extra.get("name", "比率")
        yield ctx.finding(
            r,
            f"{named(r, name)}% 与 {named(done)} ÷ （{named(done)} + {named(undone)}） = "
            f"{fmt(c, 2)}% 不符（相差 {off} 个百分点）",
            f"{name} {named(r)}% does not match {named(done)} / ({named(done)} + "
            f"{named(undone)}) = {fmt(c, 2)}% (off by {off} points)",
            values=[done, undone, r],
            key=f"{done.label}|{undone.label}|{r.label}",
        )


def _rate_finding(ctx: Context, num, den, r, names):
    """The finding for a stated rate that num ÷ den does not give, if it does not. `names`:
    the rate's, the numerator's and the denominator's, in Chinese and in English."""
    # a whole amount beside one with decimals is exact to those decimals (`决算1.7万元，完成
    # 预算2万元的85%`: the budget is 2.0, not anything from 1.5 to 2.5)
    places = max(num.decimals, den.decimals)
    computed = ratio_percent(num.interval(places), den.interval(places))
    if r.qualifier or computed is None or not disjoint(computed, r.interval()):
        return
    # the ratio of the figures as printed (72 ÷ 80 = 90%), not the middle of its interval
    c = num.base_value / den.base_value * 100 if den.base_value else mid(computed)
    off = fmt(abs(c - r.value), 2)
    (rate, num_name, den_name), (rate_en, num_en, den_en) = names
    yield ctx.finding(
        r,
        f"{named(r, rate)}% 与 {named(num, num_name)} ÷ {named(den, den_name)} = {fmt(c, 2)}% 不符"
        f"（相差 {off} 个百分点）",
        f"{rate_en} {named(r)}% does not match {num_en} {named(num)} / {den_en} {named(den)} = "
        f"{fmt(c, 2)}% (off by {off} points)",
        values=[den, num, r],
        key=f"{den.label}|{num.label}|{r.label}",
    )


def _misfit(ctx: Context, rel) -> tuple[Decimal, Decimal] | None:
    """part ÷ total of a share relation where it cannot give the stated share, else None; a
    share that another whole the text may mean gives (a sub-list's grand total) fits."""
    p, t, pc = (ctx.fact(rel.roles[k]) for k in ("part", "total", "percent"))
    if pc.qualifier or p.kind != t.kind:
        return None
    computed = ratio_percent(p.interval(), t.interval())
    if computed is None or not disjoint(computed, pc.interval()):
        return None
    others = [ctx.fact(i) for i in rel.extra.get("alternatives", [])]
    if any(
        o.kind == p.kind
        and (r := ratio_percent(p.interval(), o.interval())) is not None
        and not disjoint(r, pc.interval())
        for o in others
    ):
        return None
    return computed


@check(code="AL103", name="share-mismatch", severity="error")
def share_mismatch(ctx: Context):
    """A stated share (`占x%`) that the part and its total do not give.

    ## What it does
    For `A万元，占x%` where the total is named (`占本年支出合计的x%`) or is the total that A is
    a part of (`X万元，其中：A万元，占x%`), recomputes A ÷ total and compares it with x%.

    ## Why is this bad?
    Shares are how a breakdown is read; a wrong share misstates the structure of spending.

    ## Example
    `支出合计800.00万元，其中：基本支出600.00万元，占75.00%` is fine;
    `占70.00%` would be flagged.
    """
    for rel in ctx.relations("share"):
        computed = _misfit(ctx, rel)
        if computed is None:
            continue
        p, t, pc = (ctx.fact(rel.roles[k]) for k in ("part", "total", "percent"))
        # the figures as printed (3.6 ÷ 8.0 = 45%), not the middle of their intervals
        c = p.base_value / t.base_value * 100 if t.base_value > 0 else mid(computed)
        yield ctx.finding(
            pc,
            f"占比 {pc.text}% 与 {named(p)} ÷ {named(t)} = {fmt(c, 2)}% 不符",
            f"share {pc.text}% does not match {named(p)} / {named(t)} = {fmt(c, 2)}%",
            values=[p, t, pc],
            key=f"{p.label}|{t.label}",
        )


@check(code="AL104", name="cost-above-execution", severity="error")
def cost_above_execution(ctx: Context):
    """An indicator's actual cost above everything the project spent.

    ## What it does
    In a 项目支出绩效自评表, takes each indicator whose 实际完成值 is an amount (the 成本指标
    rows) and compares it with the 全年执行数 of the table's 年度资金总额 row; flags an actual
    cost that the printed precision cannot bring down to the execution.

    ## Why is this bad?
    Part of a project's spending cannot exceed the whole of it: either the indicator reports
    the budget instead of the cost, or the execution figure is wrong.

    ## Example
    `年度资金总额 | 80 | 80 | 62.5` with `成本指标 | 设备购置费 | 80万元 | 80万元` → the cost
    80 is above the 62.5 spent.
    """
    spent: dict[tuple[int, str], Fact] = {}
    for rel in ctx.relations("budget_execution"):
        e = ctx.fact(rel.roles["execution"])
        if e.source == "table":
            spent.setdefault((e.table, e.scope), e)  # the table's first pair: its funds total
    for rel in ctx.relations("indicator"):
        actual = ctx.fact(rel.roles["actual"])
        total = spent.get((actual.table, actual.scope))
        if total is None or actual.kind != "money" or total.kind != "money":
            continue
        if actual.interval()[0] < total.interval()[1]:
            continue
        over = (actual.base_value - total.base_value) / total.scale
        d = max(actual.decimals, total.decimals)
        name = rel.extra.get("label", "")
        yield ctx.finding(
            actual,
            f"{name} 实际完成值 {actual.text}{actual.unit} 超过全年执行数 {total.text}{total.unit}"
            f"（多 {fmt(over, d)}）",
            f"{name} actual cost {actual.text}{actual.unit} exceeds the execution "
            f"{total.text}{total.unit} (by {fmt(over, d)})",
            values=[actual, total],
            key=name,
        )


def _has_whole_subset(percents: list[Fact]) -> bool:
    """Some of the shares already make up 100%: two breakdowns of one total (人员经费/公用经费
    and 工资福利/商品和服务…) were listed together, not one breakdown that overflows."""
    if len(percents) > 12:
        return True  # too many to tell apart; say nothing
    for size in range(2, len(percents)):
        for subset in combinations(percents, size):
            lo = sum(p.interval()[0] for p in subset)
            hi = sum(p.interval()[1] for p in subset)
            if lo <= 100 <= hi:
                return True
    return False


def _added_shares(shares: list[Fact]):
    """Shares added up: the interval their printed precision allows, the sum as printed, the
    terms (`40%+35%+25%`) and the words for a sum above or below 100%."""
    low = sum(s.interval()[0] for s in shares)
    high = sum(s.interval()[1] for s in shares)
    words = ("超过", "above") if low > 100 else ("不足", "below")
    return (low, high), sum(s.value for s in shares), "+".join(f"{s.text}%" for s in shares), words


def _complete_breakdown_shares(ctx: Context, wrong: set[int]):
    """(finding, ids of its shares) for each breakdown known to be complete whose shares do
    not add up to 100%, each share's printed precision allowed for: 54.54% + 1.51% + 44.69%
    cannot be. `wrong`: shares AL103 reports one by one, left to it."""
    share_of: dict[tuple[int, int], Fact] = {}
    for rel in ctx.relations("share"):
        share_of.setdefault((rel.roles["part"], rel.roles["total"]), ctx.fact(rel.roles["percent"]))
    for rel in ctx.relations("total_parts"):
        if not rel.extra.get("complete") or rel.extra.get("signs"):
            continue
        total_id, part_ids = rel.roles["total"], rel.roles["parts"]
        found = [share_of.get((p, total_id)) for p in part_ids]
        shares = [s for s in found if s is not None and not s.qualifier]
        if len(shares) < 2 or len(shares) < len(found) or any(s.id in wrong for s in shares):
            continue  # a part without its share, or a share AL103 finds wrong on its own
        (low, high), stated, terms, (word, word_en) = _added_shares(shares)
        if low <= 100 <= high:
            continue
        total = ctx.fact(total_id)
        yield (
            ctx.finding(
                shares[-1],
                f"{total.label or '合计'}的各组成部分占比合计 {terms} = {fmt(stated, 2)}%，{word} 100%",
                f"the shares of the parts of {total.label or 'the total'} add up to {fmt(stated, 2)}% "
                f"({terms}), {word_en} 100%",
                values=shares,
                key=f"complete|{total.label}|" + "|".join(ctx.fact(p).label for p in part_ids),
            ),
            {s.id for s in shares},
        )


def _listed_shares(ctx: Context, said: set[int]):
    """(finding, ids) for each list of shares of one named whole (`A、B、C分别占总投资的50%、
    30%、25%`) that adds up to more than 100%, or, opened by the dimension it breaks the whole
    down by (`从资金来源看，…`), to anything but 100%."""
    for rel in ctx.relations("share_list"):
        shares = [ctx.fact(i) for i in rel.roles["percents"]]
        if any(s.qualifier or s.id in said for s in shares):
            continue
        (low, high), stated, terms, (word, word_en) = _added_shares(shares)
        if low <= 100 and (high >= 100 or not rel.extra.get("complete")):
            continue
        whole = rel.extra.get("whole", "")
        of = f"占{whole}的比重合计" if whole else "各部分占比合计"
        yield (
            ctx.finding(
                shares[-1],
                f"{of} {terms} = {fmt(stated, 2)}%，{word} 100%",
                f"shares of {whole or 'one whole'} add up to {fmt(stated, 2)}% ({terms}), "
                f"{word_en} 100%",
                values=shares,
                key=f"list|{whole}|" + "|".join(s.label for s in shares),
            ),
            {s.id for s in shares},
        )


@check(code="AL105", name="shares-above-whole", severity="error")
def shares_above_whole(ctx: Context):
    """Sibling items whose shares of one total add up to more than 100% (or, for a breakdown
    known to be complete, to anything but 100%).

    ## What it does
    Collects the shares stated as `占<total>的x%` in one section for different items (one
    item's share counted once, however often it is repeated) and flags a set whose sum is
    above 100% beyond what the printed precision explains — even when the total itself is
    never printed. When some of the shares already make up 100%, two breakdowns of the same
    total were listed together, and nothing is flagged.

    ## Why is this bad?
    Parts of one whole cannot make up more than the whole: at least one share, or one of the
    amounts it was computed from, is wrong.

    ## Example
    `1. 基本支出 300万元，占部门支出的85.20%` … `2. 项目支出 60万元，占部门支出的17.30%` →
    85.20% + 17.30% = 102.50%.
    """
    # shares AL103 finds wrong one by one: one finding for one error
    wrong = {r.roles["percent"] for r in ctx.relations("share") if _misfit(ctx, r) is not None}
    reported: set[int] = set()
    for finding, ids in _complete_breakdown_shares(ctx, wrong):
        reported |= ids
        yield finding
    for finding, ids in _listed_shares(ctx, wrong | reported):
        reported |= ids
        yield finding
    # a part with a share of another part (`人员经费…，占基本支出的84.6%`) is inside it
    inside: dict[str, set[str]] = {}
    for rel in ctx.relations("share_of_named"):
        inside.setdefault(ctx.fact(rel.roles["part"]).label, set()).add(rel.extra["total"])
    groups: dict[tuple[str, str, str], dict[str, tuple[Fact, Fact]]] = {}
    for rel in ctx.relations("share_of_named"):
        part, pc = ctx.fact(rel.roles["part"]), ctx.fact(rel.roles["percent"])
        if pc.qualifier or part.qualifier or pc.value > 100:
            continue  # (above 100%: a completion rate, `占计划的110%`, no share of a whole)
        major = section_heads(part.section)  # the headings the items stand under
        key = (part.scope, major, rel.extra["total"])
        groups.setdefault(key, {}).setdefault(part.label, (part, pc))
    for (_, _, total), items in groups.items():
        shares = list(items.values())
        if {pc.id for _, pc in shares} <= reported or any(pc.id in wrong for _, pc in shares):
            continue  # said already: as the shares of a complete breakdown, or one by one
        labels = [p.label for p, _ in shares]
        if len(shares) < 2 or any(a in b for a in labels for b in labels if a != b):
            continue  # a part and its own sub-part are not siblings
        if any(
            whole in b or b in whole for a in labels for whole in inside.get(a, ()) for b in labels
        ):
            continue  # … nor is one whose share of the other is stated
        low = sum(pc.interval()[0] for _, pc in shares)
        if low <= 100 or _has_whole_subset([pc for _, pc in shares]):
            continue
        last = max((pc for _, pc in shares), key=lambda f: (f.line, f.column))
        stated = sum(pc.value for _, pc in shares)
        parts = "+".join(f"{pc.text}%" for _, pc in shares)
        yield ctx.finding(
            last,
            f"占{total}的比重合计 {parts} = {fmt(stated, 2)}%，超过 100%",
            f"shares of {total} add up to {fmt(stated, 2)}% ({parts}), above 100%",
            values=[v for pair in shares for v in pair],
            key=f"{total}|" + "|".join(labels),
        )


def _whole_of(part: Fact, share: Fact) -> tuple[Decimal, Decimal] | None:
    """The whole a part and its share give (part ÷ share), as wide as their printed precision
    allows; None for a share of nothing."""
    low, high = part.interval()
    s_low, s_high = share.interval()
    if s_low <= 0 or low < 0:
        return None
    return low * 100 / s_high, high * 100 / s_low


def _common(wholes: list[tuple[Decimal, Decimal]]) -> bool:
    return max(w[0] for w in wholes) <= min(w[1] for w in wholes)


@check(code="AL106", name="shares-imply-different-wholes", severity="error")
def shares_imply_different_wholes(ctx: Context):
    """Parts listed with their shares of one whole that the report never states, where no one
    whole gives them all.

    ## What it does
    For `其中：A 300万元，占62.5%；B 120万元，占25%；C 60万元，占12.5%` with the total stated
    nowhere (or a whole named as a total, `占本年支出合计的`, and never given), each part ÷ its
    share is that whole (480万元 here). It flags a list where those wholes, each as wide as the
    printed precision of its part and share allows, have none in common, and names the part
    whose whole stands apart when only one does. Shares of a base that may be each part's own
    (`占年初预算的`, `占计划的`) are not compared.

    ## Why is this bad?
    A share or an amount was mistyped; the breakdown cannot be read as printed.

    ## Example
    `A 300万元，占58%；B 120万元，占25%；C 60万元，占12.5%` → 300 ÷ 58% = 517.24 while the others
    give 480.
    """
    for rel in ctx.relations("implied_whole"):
        listed = zip(rel.roles["parts"], rel.roles["percents"], strict=True)
        pairs = [  # (a share of 0% gives no whole)
            (p, s, w)
            for p, s in ((ctx.fact(a), ctx.fact(b)) for a, b in listed)
            if (w := _whole_of(p, s)) is not None
        ]
        if len(pairs) < 2 or _common([w for _, _, w in pairs]):
            continue
        parts, shares, wholes = ([x[k] for x in pairs] for k in range(3))
        # each whole as printed, in the first part's unit
        scale = parts[0].scale
        given = [p.base_value * 100 / s.value / scale for p, s in zip(parts, shares, strict=True)]
        apart = [
            k
            for k in range(len(parts))
            if len(parts) >= 3 and _common([w for j, w in enumerate(wholes) if j != k])
        ]
        unit = parts[0].unit
        if len(apart) == 1:
            k = apart[0]
            rest = [given[j] for j in range(len(parts)) if j != k]
            p, s = parts[k], shares[k]
            yield ctx.finding(
                s,
                f"{named(p)} 占 {s.text}% 推出的总额 {fmt(given[k], 2)}{unit} 与其余各项推出的 "
                f"{fmt(min(rest), 2)}{unit} 不符",
                f"{named(p)} at {s.text}% implies a whole of {fmt(given[k], 2)}{unit}, the other "
                f"parts one of {fmt(min(rest), 2)}{unit}",
                values=[p, s],
                key="implied|" + "|".join(x.label for x in parts),
            )
            continue
        terms = "，".join(
            f"{named(p)} ÷ {s.text}% = {fmt(g, 2)}{unit}"
            for p, s, g in zip(parts, shares, given, strict=True)
        )
        terms_en = ", ".join(
            f"{named(p)} / {s.text}% = {fmt(g, 2)}{unit}"
            for p, s, g in zip(parts, shares, given, strict=True)
        )
        yield ctx.finding(
            shares[-1],
            f"各项按占比推出的总额不一致：{terms}",
            f"the parts' shares imply different wholes: {terms_en}",
            values=[*parts, *shares],
            key="implied|" + "|".join(x.label for x in parts),
        )
