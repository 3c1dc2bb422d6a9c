"""Scores: totals, caps, level weights, blank and rate scores, deductions, grades, targets."""

from __future__ import annotations

from decimal import Decimal

from auditlint.api import Context, check, fmt, named
from auditlint.arith import disjoint, mid, sum_interval
from auditlint.extract.model import Fact


def _due_score(ctx: Context, rate_id: int, weight_id: int) -> Decimal:
    rate, weight = ctx.fact(rate_id), ctx.fact(weight_id)
    return min(rate.value / 100, Decimal(1)) * weight.value


@check(code="AL401", name="score-total-mismatch", severity="error")
def score_total_mismatch(ctx: Context):
    """A 总分 row whose 分值 or 得分 is not the sum of the rows above it.

    ## What it does
    Adds the 分值 (weights) and 得分 (scores) of every indicator row and of the 执行率 row and
    compares them with the 总分 row. A blank 执行率 score counts as the score its rate earns;
    where an indicator sheet's 执行率 row was not read, rows short of the total are let pass.

    ## Why is this bad?
    The total is the self-evaluation's result; a total that its rows do not give is either a
    wrong total or a wrong row.

    ## Example
    rows score 10+10+…+10 (90) with the 执行率 row blank at 100% × 10 → due 100, 总分 says 90.
    """
    for rel in ctx.relations("score_total"):
        total = ctx.fact(rel.roles["total"])
        rows = [ctx.fact(i) for i in rel.roles["rows"]]
        due = [_due_score(ctx, d["rate"], d["weight"]) for d in rel.extra.get("due", [])]
        lo, hi = sum_interval(rows)
        s = (lo + sum(due), hi + sum(due))
        if not disjoint(s, total.interval()):
            continue
        if rel.extra.get("open_rate") and s[1] < total.interval()[0]:
            continue  # the sheet's 执行率 row was not read: what the rows lack may be its part
        what = "分值" if rel.extra.get("what") == "weight" else "得分"
        note = f"，含执行率行应得 {fmt(sum(due), 2)} 分" if due else ""
        note_en = f", including {fmt(sum(due), 2)} due on the blank rate row" if due else ""
        yield ctx.finding(
            total,
            f"总分{what} {total.text} 与各行{what}之和 {fmt(mid(s), 2)} 不符{note}",
            f"total {what} {total.text} does not equal the rows' sum {fmt(mid(s), 2)}{note_en}",
            values=[total, *rows, *due],
            key=f"{rel.extra.get('what')}|{total.label}",
        )


@check(code="AL402", name="score-above-weight", severity="error")
def score_above_weight(ctx: Context):
    """An indicator scored above its 分值.

    ## What it does
    Compares each indicator row's 得分 with its 分值.

    ## Why is this bad?
    The weight is the maximum; a higher score inflates the total.

    Where most rows of one table would score above their weight, the columns were read the
    wrong way round (the template puts 得分 before 分值, or a row's cells shifted): the other
    reading holds, and nothing is reported for that table.

    ## Example
    `服务对象满意度 | ≥90% | 95% | 10 | 12` → 得分 12 超过分值 10.
    """
    pairs = [
        (ctx.fact(r.roles["weight"]), ctx.fact(r.roles["score"]))
        for r in ctx.relations("score_cap")
    ]
    per_table: dict[tuple[str, int], list[int]] = {}  # rows, rows above their weight
    for w, s in pairs:
        counts = per_table.setdefault((s.source, s.table), [0, 0])
        counts[0] += 1
        counts[1] += s.interval()[0] > w.interval()[1]
    for w, s in pairs:
        if s.interval()[0] <= w.interval()[1]:
            continue
        rows, above = per_table[(s.source, s.table)]
        if s.source == "table" and rows >= 3 and above * 2 > rows:
            continue  # most of the table reads so: the columns, not the scores, are off
        yield ctx.finding(
            s,
            f"得分 {named(s)} 超过分值 {named(w)}",
            f"score {named(s)} exceeds its weight {named(w)}",
            values=[w, s],
            key=s.label,
        )


@check(code="AL403", name="level-weight-mismatch", severity="error")
def level_weight_mismatch(ctx: Context):
    """A level header such as `产出指标(50分)` whose rows' 分值 do not add up to it.

    ## What it does
    Adds the 分值 of the indicator rows under a 一级指标 and compares with the weight in its
    header.

    ## Why is this bad?
    The scheme fixes the weights (产出 50, 效益 30, 满意度 10, 执行率 10); rows that add up to
    more or less distort the total.

    ## Example
    `产出指标(50分)` over rows of 10+10+10+10 → 40, not 50.
    """
    for rel in ctx.relations("level_weight"):
        level = ctx.fact(rel.roles["level"])
        rows = [ctx.fact(i) for i in rel.roles["rows"]]
        s = sum_interval(rows)
        if disjoint(s, level.interval()):
            name = rel.extra.get("level", "")
            yield ctx.finding(
                level,
                f"{name}({level.text}分) 与其下各行分值之和 {fmt(mid(s), 2)} 不符",
                f"{name} weight {level.text} does not equal its rows' weights {fmt(mid(s), 2)}",
                values=[level, *rows],
                key=name,
            )


def _level_of(label: str, levels: list[str]) -> str:
    """The 一级指标 whose weight a figure gives: `产出指标(70分)`, `产出指标50分`, a table's
    `产出指标(50分)` cell (`产出指标:分值`); never a 得分."""
    core = label.removesuffix(":分值").rstrip("(（ :：")
    if core.endswith("得分"):
        return ""
    return next((name for name in levels if core.endswith(name)), "")


@check(code="AL411", name="weights-not-full-marks", severity="error")
def weights_not_full_marks(ctx: Context):
    """The weights of an evaluation's parts that do not add up to its full marks.

    ## What it does
    Takes a total score stated with all its parts, each with its weight (`自评得分93分，其中：
    产出指标50分得47分，…`) — all, because the parts' scores add up to the total — and adds
    the weights; they must make the full marks of an evaluation (`[totals] full_marks` in
    checks/domain/scoring.toml, 100).

    ## Why is this bad?
    Every scheme weighs its parts to 100; weights that add up to more or less mean one weight
    is wrong, and the total no longer compares with other evaluations'.

    ## Example
    `得分91分，其中：项目决策（20分）得18分，项目过程（20分）得19分，项目产出（40分）得36分，
    项目效益（30分）得18分` → 20+20+40+30 = 110, not 100.
    """
    full = ctx.domain.data.get("totals", {}).get("full_marks")
    if full is None:
        return
    weight_of = {r.roles["score"]: r.roles["weight"] for r in ctx.relations("score_cap")}
    # weights the report totals itself (`总分100分` after the levels): AL201 checks those
    summed = {frozenset(r.roles["parts"]) for r in ctx.relations("total_parts")}
    for rel in ctx.relations("total_parts"):
        total = ctx.fact(rel.roles["total"])
        if total.kind != "score" or rel.extra.get("signs") or len(rel.roles["parts"]) < 2:
            continue
        parts = [ctx.fact(i) for i in rel.roles["parts"]]
        if any(p.kind != "score" or p.id not in weight_of for p in parts):
            continue
        if disjoint(sum_interval(parts), total.interval()):
            continue  # the parts' scores do not make the total: maybe not all of them (AL201)
        weights = [ctx.fact(weight_of[p.id]) for p in parts]
        if frozenset(w.id for w in weights) in summed:
            continue
        s = sum_interval(weights)
        if not disjoint(s, (Decimal(full), Decimal(full))):
            continue
        terms = "+".join(w.text for w in weights)
        yield ctx.finding(
            weights[-1],
            f"各部分分值之和 {terms} = {fmt(mid(s), 2)}，不等于满分 {full}",
            f"the parts' weights add up to {fmt(mid(s), 2)} ({terms}), not the full {full}",
            values=[total, *weights],
            key=f"full|{total.label}",
        )


@check(code="AL409", name="level-weight-conflict", severity="error")
def level_weight_conflict(ctx: Context):
    """One 一级指标 given two different weights in the same report.

    ## What it does
    Collects the weights stated for each 一级指标 named in `checks/domain/scoring.toml`
    (`产出指标(70分)` in a table or its flattened text, `产出指标50分` in the scoring note) and
    flags a level whose weights differ within one scope.

    ## Why is this bad?
    The note under a 自评表 fixes the scheme; a table that weighs the levels otherwise was scored
    against another scheme, and its 总分 cannot be compared with other projects'.

    ## Example
    `注：…产出指标50分、效益指标30分…` above a table headed `产出指标(70分)` → 50 vs 70.
    """
    levels = sorted(ctx.domain.data.get("default_weights", {}), key=len, reverse=True)
    stated: dict[str, list[Fact]] = {}
    for f in ctx.facts:
        if f.kind != "score" or f.role not in ("", "level_weight"):
            continue
        name = _level_of(f.label, levels)
        if not name:
            continue
        # one project's table, or the document's own note, which applies to every table
        seen = next(
            (
                s
                for s in stated.get(name, [])
                if s.scope == f.scope or "document" in (s.scope, f.scope)
            ),
            None,
        )
        stated.setdefault(name, []).append(f)
        if seen is None or seen.value == f.value:
            continue
        there = ctx.place(seen.line, seen.column)
        yield ctx.finding(
            f,
            f"{name} 的分值 {f.text} 与{there[0]}的 {seen.text} 分不一致",
            f"{name} weighted {f.text} here but {seen.text} at {there[1]}",
            values=[seen, f],
            key=name,
        )


@check(code="AL404", name="missing-score", severity="error")
def missing_score(ctx: Context):
    """A blank 得分 where the table's own figures give a score (the 执行率 row).

    ## What it does
    Finds a 执行率 row with a 分值 and a rate but an empty 得分 cell.

    ## Why is this bad?
    The execution-rate score is part of every 项目支出绩效自评; leaving it blank makes the
    total wrong or unexplained.

    ## Example
    `年度资金总额 | 21 | 21 | 21 | 10 | 100% | (blank)` → 得分应为 10.
    """
    for rel in ctx.relations("rate_score"):
        if "blank" not in rel.extra:
            continue
        w, r = ctx.fact(rel.roles["weight"]), ctx.fact(rel.roles["rate"])
        due = _due_score(ctx, r.id, w.id)
        line, col = rel.extra["blank"]
        yield ctx.finding(
            (line, col, line, col),
            f"执行率得分为空：执行率 {r.text}% × 分值 {w.text} 应得 {fmt(due, 2)} 分",
            f"rate score is blank: rate {r.text}% × weight {w.text} gives {fmt(due, 2)}",
            values=[w, r, due],
            key="rate-score",
        )


@check(code="AL405", name="rate-score-mismatch", severity="error")
def rate_score_mismatch(ctx: Context):
    """The 执行率 row's 得分 is not 执行率 × 分值 (capped at the 分值).

    ## What it does
    Recomputes the execution-rate score from the stated rate and weight; a score printed
    without decimals may be the due score rounded (86% × 10 = 8.6 → 9).

    ## Why is this bad?
    The rule is mechanical (Ministry of Finance practice); a different score means the rate,
    the weight or the score is wrong.

    ## Example
    `分值 10 | 执行率 100% | 得分 9` → 应得 10 分.
    """
    for rel in ctx.relations("rate_score"):
        if "score" not in rel.roles:
            continue
        w, r, s = (ctx.fact(rel.roles[k]) for k in ("weight", "rate", "score"))
        if w.value > 20:  # a whole-table score in the weight column, not the rate row's
            continue
        rl, rh = r.interval()
        wl, wh = w.interval()
        due = (min(rl / 100, Decimal(1)) * wl, min(rh / 100, Decimal(1)) * wh)
        # the score is the due score rounded to the score's printed places (86% × 10 → 9)
        half = Decimal(5).scaleb(-(s.decimals + 1))
        if disjoint(due, (s.value - half, s.value + half), slack=Decimal("0.05")):
            # the product of the figures as printed, not the middle of the interval
            printed = fmt(_due_score(ctx, r.id, w.id), 2)
            yield ctx.finding(
                s,
                f"执行率得分 {s.text} 与 执行率 {r.text}% × 分值 {w.text} = {printed} 不符",
                f"rate score {s.text} does not match rate {r.text}% × weight {w.text} = {printed}",
                values=[w, r, s],
                key="rate-score",
            )


@check(code="AL406", name="deduction-mismatch", severity="error")
def deduction_mismatch(ctx: Context):
    """Stated deductions (`扣1分`) that do not take the full mark to the stated score.

    ## What it does
    After `总分X分，得分Y分`, adds the `扣z分` deductions stated for that part and checks
    X − Σz = Y.

    ## Why is this bad?
    The deductions are the explanation of the score; if they do not account for it, either a
    deduction is unexplained or the score is wrong.

    ## Example
    `总分50分，得分48.5分` … `扣1分` … `扣1分` → 50 − 2 = 48, not 48.5.
    """
    for rel in ctx.relations("deductions"):
        mx, sc = ctx.fact(rel.roles["max"]), ctx.fact(rel.roles["score"])
        deds = [ctx.fact(i) for i in rel.roles["deductions"]]
        dl, dh = sum_interval(deds)
        ml, mh = mx.interval()
        expected = (ml - dh, mh - dl)
        if disjoint(expected, sc.interval()):
            yield ctx.finding(
                sc,
                f"得分 {named(sc)} 与 总分 {mx.text} − 扣分 {'+'.join(d.text for d in deds)} = "
                f"{fmt(mid(expected), 2)} 不符",
                f"score {named(sc)} does not equal {mx.text} minus deductions "
                f"{' + '.join(d.text for d in deds)} = {fmt(mid(expected), 2)}",
                values=[mx, sc, *deds],
                key=sc.label,
            )


@check(code="AL407", name="grade-mismatch", severity="error")
def grade_mismatch(ctx: Context):
    """A grade (优/良/中/差) that does not fit its score.

    ## What it does
    Compares a stated grade with the grade bands in `checks/domain/scoring.toml`
    (90–100 优, 80–90 良, 60–80 中, below 60 差).

    ## Why is this bad?
    The grade decides how the result is used (budget cuts for 差); a grade above the score's band
    overstates performance.

    ## Example
    `得分85分，评价等级为“优”` → 85 分应为“良”.
    """
    bands = ctx.domain.data.get("grades", [])
    for rel in ctx.relations("grade"):
        s = ctx.fact(rel.roles["score"])
        grade = rel.extra["grade"]
        fitting = [
            b["name"]
            for b in bands
            if Decimal(str(b["min"])) <= s.value < Decimal(str(b["max"]))
            or (s.value == Decimal(str(b["max"])) == 100)
        ]
        known = {b["name"] for b in bands}
        if grade not in known or not fitting or grade in fitting:
            continue
        yield ctx.finding(
            s,
            f"得分 {s.text} 应评为“{fitting[0]}”，报告为“{grade}”",
            f"score {s.text} falls in grade {fitting[0]}, report says {grade}",
            values=[s],
            key=grade,
        )


@check(code="AL408", name="target-score-mismatch", severity="warning")
def target_score_mismatch(ctx: Context):
    """An indicator that missed its target but got full marks, or met it and did not.

    ## What it does
    For indicator rows with numeric 年度指标值 and 实际完成值 in the same unit, decides whether
    the target was met (`≤` targets and amounts, i.e. costs, are met from below) and compares
    with 得分 = 分值. A target and actual printed alike (`2021年12月完成` twice) count as met.

    ## Why is this bad?
    A missed quantitative target scores in proportion to the actual (actual ÷ target); full
    marks on a miss inflate the result, a deduction on a hit is unexplained.

    ## Example
    `入户随访人数 | 12000人 | 11500人 | 3 | 3` → missed by 500 yet full marks.
    """
    for rel in ctx.relations("indicator"):
        t, a, w, s = (ctx.fact(rel.roles[k]) for k in ("target", "actual", "weight", "score"))
        if t.unit != a.unit or "成本" in rel.extra.get("level", "") or a.qualifier:
            continue
        # an amount target is a ceiling (成本指标): spending less than planned meets it, unless
        # `≥` makes it a floor (`人均增收≥500元`)
        upper = t.qualifier == "upper_bound" or (t.kind == "money" and t.qualifier != "lower_bound")
        ti, ai = t.interval(), a.interval()
        missed = ai[0] > ti[1] if upper else ai[1] < ti[0]
        full = not disjoint(s.interval(), w.interval())
        name = rel.extra.get("label", "")
        if missed and full:
            yield ctx.finding(
                s,
                f"{name} 实际完成值 {a.text}{a.unit} 未达到年度指标值 {t.text}{t.unit}，"
                f"却得满分 {s.text}",
                f"{name}: actual {a.text}{a.unit} misses target {t.text}{t.unit} yet scores full "
                f"marks {s.text}",
                values=[t, a, w, s],
                key=rel.extra.get("label", ""),
            )
        elif not missed and not full and s.value < w.value and (ai[0] >= ti[0] or upper):
            yield ctx.finding(
                s,
                f"{name} 实际完成值 {a.text}{a.unit} 已达到年度指标值 {t.text}{t.unit}，"
                f"得分 {s.text} 却低于分值 {w.text}",
                f"{name}: actual {a.text}{a.unit} meets target {t.text}{t.unit} yet scores "
                f"{s.text} of {w.text}",
                values=[t, a, w, s],
                key=rel.extra.get("label", ""),
            )
    for rel in ctx.relations("indicator_met"):
        w, s = ctx.fact(rel.roles["weight"]), ctx.fact(rel.roles["score"])
        if s.value < w.value and disjoint(s.interval(), w.interval()):
            printed, name = rel.extra["printed"], rel.extra.get("label", "")
            yield ctx.finding(
                s,
                f"{name} 实际完成值与年度指标值同为“{printed}”，得分 {s.text} 却低于分值 {w.text}",
                f"{name}: actual and target are both “{printed}” yet it scores {s.text} of "
                f"{w.text}",
                values=[w, s],
                key=rel.extra.get("label", ""),
            )


def _completion(rel, ctx: Context) -> tuple[Decimal, Decimal] | None:
    """actual ÷ target as an interval, for a missed quantitative target (not a ceiling)."""
    t, a = ctx.fact(rel.roles["target"]), ctx.fact(rel.roles["actual"])
    if t.unit != a.unit or t.qualifier == "upper_bound" or t.kind == "money" or a.qualifier:
        return None
    ti, ai = t.interval(), a.interval()
    if ti[0] <= 0 or ai[1] >= ti[0]:  # met (or could be): full marks are due, AL408's case
        return None
    return ai[0] / ti[1], ai[1] / ti[0]


@check(code="AL410", name="score-order-mismatch", severity="warning")
def score_order_mismatch(ctx: Context):
    """Of two indicators with the same 分值 that both missed, the one that did worse scored more.

    ## What it does
    For missed quantitative targets in one table, computes each row's completion (实际完成值 ÷
    年度指标值) and compares rows of equal 分值: a row with a lower completion must not get a
    higher 得分.

    ## Why is this bad?
    Missed targets score in proportion to completion; a reversed order means one of the
    scores was set by hand against the rule, which a reviewer must query.

    ## Example
    `体检人数 | 5000人 | 4000人 | 2 | 1.4` (80%) and `随访人数 | 2000人 | 1500人 | 2 | 1.8` (75%).
    """
    rows = []
    for rel in ctx.relations("indicator"):
        done = _completion(rel, ctx)
        if done is not None:
            w, s = ctx.fact(rel.roles["weight"]), ctx.fact(rel.roles["score"])
            rows.append((rel, done, w, s))
    reported: set[int] = set()
    for rel, done, w, s in rows:
        for other, other_done, ow, os_ in rows:
            if other is rel or s.table != os_.table or s.scope != os_.scope or w.value != ow.value:
                continue
            if done[1] < other_done[0] and s.interval()[0] > os_.interval()[1]:
                if id(rel) in reported:
                    continue
                reported.add(id(rel))
                t, a = ctx.fact(rel.roles["target"]), ctx.fact(rel.roles["actual"])
                ot, oa = ctx.fact(other.roles["target"]), ctx.fact(other.roles["actual"])
                pct, opct = mid(done) * 100, mid(other_done) * 100
                yield ctx.finding(
                    s,
                    f"{rel.extra.get('label', '')} 完成 {fmt(pct, 1)}% 得 {s.text} 分，高于完成 "
                    f"{fmt(opct, 1)}% 的{other.extra.get('label', '')}（{os_.text} 分），分值同为 {w.text}",
                    f"{rel.extra.get('label', '')} completes {fmt(pct, 1)}% yet scores {s.text}, more "
                    f"than {other.extra.get('label', '')} at {fmt(opct, 1)}% ({os_.text}); same weight {w.text}",
                    values=[t, a, s, ot, oa, os_],
                    key=f"{rel.extra.get('label', '')}|{other.extra.get('label', '')}",
                )
