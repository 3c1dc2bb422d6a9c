"""Presentation: malformed numbers, list numbering, implausible precision."""

from __future__ import annotations

import re

from auditlint.api import Context, check

_MARKER = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:(?P<paren>[(]\s*(?P<n1>\d{1,2})\s*[)])|(?P<dot>(?P<n2>\d{1,2})\s*[.、](?!\d))"
    r"|(?P<circ>[①②③④⑤⑥⑦⑧⑨⑩]))"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_PARENT = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十]+[)])"
)


@check(code="AL701", name="malformed-number", severity="warning")
def malformed_number(ctx: Context):
    """A number broken by stray spaces or misplaced separators (`12, 345. 60`).

    ## What it does
    Flags figures whose digit groups are split by spaces or whose thousands separators do not
    fall every three digits. The figure is still read (as 12345.60) for the other checks.

    ## Why is this bad?
    A malformed figure may be read differently by a person, a spreadsheet or a parser.

    ## Example
    `12, 345. 60万元` → write `12,345.60万元`.
    """
    for f in ctx.facts:
        if f.malformed:
            yield ctx.finding(
                f,
                f"数字格式异常：“{f.text}”（读作 {f.value}）",
                f"malformed number '{f.text}' (read as {f.value})",
                values=[f],
                key=f.text,
            )


@check(code="AL702", name="numbering-gap", severity="warning")
def numbering_gap(ctx: Context):
    """A numbered list that skips or repeats a number: (1), (2), (4).

    ## What it does
    Follows list markers at the start of lines — `(1)`, `1.`, `1、`, `①` — each style on its
    own, restarting under every higher-level heading (`一、`, `(一)`) and whenever a list
    starts again at 1; flags a number that skips ahead or repeats.

    ## Why is this bad?
    A gap usually means an item was deleted or a paragraph lost in conversion, which a reviewer
    should know before trusting the list.

    ## Example
    `(1) … (2) … (4) …` → 缺少 (3).
    """
    last: dict[str, tuple[int, int]] = {}
    for ln in ctx.lines:
        if _PARENT.match(ln.text):
            last.clear()
            continue
        m = _MARKER.match(ln.text)
        if not m:
            continue
        if m.group("paren"):
            style, n = "paren", int(m.group("n1"))
        elif m.group("dot"):
            style, n = "dot", int(m.group("n2"))
        else:
            style, n = "circ", _CIRCLED.index(m.group("circ")) + 1
        prev = last.get(style)
        last[style] = (n, ln.number)
        if prev is None or n == 1 or n == prev[0] + 1:
            continue
        if n > prev[0] + 1 or n == prev[0]:
            start = m.start(style) + 1
            missing = "、".join(str(k) for k in range(prev[0] + 1, n)) or str(n)
            what = f"缺少 {missing}" if n > prev[0] else f"重复 {n}"
            yield ctx.finding(
                (ln.number, start, ln.number, m.end()),
                f"编号不连续：第 {prev[1]} 行为 {prev[0]}，此处为 {n}（{what}）",
                f"list numbering jumps from {prev[0]} (line {prev[1]}) to {n}",
                values=[prev[0], n],
                key=f"{style}|{prev[0]}|{n}",
            )


@check(code="AL703", name="implausible-precision", severity="warning")
def implausible_precision(ctx: Context):
    """An amount printed more finely than its unit allows (12.34567万元 is a tenth of a fen).

    ## What it does
    Flags amounts in 万元 with more than 4 decimals, in 元 with more than 2, in 亿元 with
    more than 6: precision finer than one fen (分).

    ## Why is this bad?
    Such digits are left over from a calculation or a typo; the figure was not rounded as
    the report's other figures were.

    ## Example
    `办公费12.34567万元` → 5 decimals of 万元.
    """
    limits = {"万元": 4, "元": 2, "亿元": 6}
    for f in ctx.facts:
        limit = limits.get(f.unit)
        if limit is not None and f.decimals > limit:
            yield ctx.finding(
                f,
                f"金额精度异常：{f.text}{f.unit} 有 {f.decimals} 位小数（{f.unit}最多 {limit} 位）",
                f"implausible precision: {f.text}{f.unit} has {f.decimals} decimals "
                f"(at most {limit} for {f.unit})",
                values=[f],
                key=f.text,
            )
