"""Dates: deadlines against the implementation period they belong to."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from auditlint.api import Context, check

_DATE = r"(?P<{p}y>(?:19|20)\d{{2}})\s*年\s*(?P<{p}m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<{p}d>[0-3]?\d)\s*日)?"
# A year glued to an indicator number (`指标12021年…`, OCR) still starts at the 20.
_NOT_IN_NUMBER = r"(?:(?<!\d)|(?<=指标\d))"


@cache
def _period_re(labels: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"(?:{_alternatives(labels)})\s*[:：为是]?\s*{_NOT_IN_NUMBER}{_DATE.format(p='s')}"
        rf"\s*(?:[-—–~～至到]|－)\s*(?:{_DATE.format(p='e')}|(?P<month_only>1[0-2]|0?[1-9])\s*月)"
    )


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _deadline_re(words: tuple[str, ...], verbs: tuple[str, ...]) -> re.Pattern[str]:
    """`2023年6月30日前完成`: a date, `前`, then what must be done by then (a date with `前`
    alone is often history: `2022年10月前下达的文件`)."""
    return re.compile(
        rf"{_NOT_IN_NUMBER}{_DATE.format(p='')}\s*(?:{_alternatives(words)})"
        rf"\s*(?:全部|全面|按期|按时)?\s*(?:{_alternatives(verbs)})"
    )


def _day(m: re.Match[str], p: str, last: bool = False) -> date | None:
    y, mo = int(m.group(f"{p}y")), int(m.group(f"{p}m"))
    day = m.group(f"{p}d")
    try:
        return date(y, mo, int(day)) if day else date(y, mo, 28 if last else 1)
    except ValueError:  # 2月30日: not a date we can place
        return None


@check(code="AL801", name="deadline-before-period", severity="error")
def deadline_before_period(ctx: Context):
    """A deadline that falls before the implementation period of its project has begun.

    ## What it does
    Reads the implementation period (`实施期2023年3月-2023年11月`, the labels in
    `checks/domain/concepts.toml` `[periods]`) and each deadline after it
    (`2022年11月30日前完成资金支付`: a date, `前` and a completion verb), and flags a deadline
    earlier than the period's first month. A new 项目名称 or a new period starts a new project.

    ## Why is this bad?
    Work cannot be finished before it starts: the deadline's year is usually a copy of last
    year's table (a 时效指标 not updated), so the indicator was never set for this project.

    ## Example
    `专项实施期2023年3月-2023年11月 … 时效指标 2022年11月30日前完成` → the deadline is four
    months before the project begins; write `2023年11月30日前`.
    """
    period_re = _period_re(ctx.domain.words("periods", "labels"))
    deadline_re = _deadline_re(
        ctx.domain.words("periods", "deadline_words"), ctx.domain.words("periods", "deadline_verbs")
    )
    new_project = ctx.domain.words("periods", "new_project")
    start: tuple[date, int] | None = None  # the period's first day, its line
    for ln in ctx.lines:
        if start is not None and any(word in ln.text for word in new_project):
            start = None  # another project's table: its own period, if it states one, follows
        if "年" not in ln.text:
            continue
        periods = list(period_re.finditer(ln.text))
        spans = [(p.start(), p.end()) for p in periods]
        events = [(p.start(), "period", p) for p in periods]
        events += [
            (d.start(), "deadline", d)
            for d in deadline_re.finditer(ln.text)
            if not any(a <= d.start() < b for a, b in spans)
        ]
        for _, kind, m in sorted(events, key=lambda e: e[0]):
            if kind == "period":
                first = _day(m, "s")
                start = (first, ln.number) if first else None
                continue
            due = _day(m, "", last=True)
            if start is None or due is None or due >= start[0]:
                continue
            begins, line = start
            there = ctx.place(line)
            yield ctx.finding(
                (ln.number, m.start() + 1, ln.number, m.end()),
                f"完成时限 {m.group(0)} 早于{there[0]}的实施期起点 {begins.year}年{begins.month}月",
                f"deadline {m.group(0)} falls before the implementation period begins "
                f"({begins.year}-{begins.month:02d}, {there[1]})",
                values=[due.year, due.month, begins.year, begins.month],
                key=m.group(0),
            )
