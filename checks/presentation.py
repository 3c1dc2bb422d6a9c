"""Presentation: malformed numbers, list numbering, implausible precision."""

from __future__ import annotations

import re

from auditlint.api import Context, check

_MARKER = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:(?:注|说明|备注)\s*[:：]\s*)?(?:(?P<paren>[(]\s*(?P<n1>\d{1,2})\s*[)])|(?P<dot>(?P<n2>\d{1,2})\s*[.、](?!\d))"
    r"|(?P<circ>[①②③④⑤⑥⑦⑧⑨⑩]))"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
# what a line marker or heading can start with (after spaces): a cheap test most lines fail
_MARKER_FIRST = frozenset("#注说备(0123456789一二三四五六七八九十" + _CIRCLED)
_PARENT = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十]+[)])"
)
# Inside a long line flattened from a page (OCR, PDF): markers after a punctuation mark,
# followed by a Chinese character, so 2.5万元 and 1、2、3个 are never markers.
_FLATTENED = 500
_INLINE = re.compile(
    r"(?<=[,，。;；:：])\s*(?:(?P<parent>[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)])"
    r"|(?P<dot>(?P<n2>\d{1,2})[.、])(?=[\u4e00-\u9fff]))"
)


_NOTE = re.compile(r"(?:注|说明|备注)\s*[:：]\s*(?=1[.、])")


# a list run into one line, at its start or after a colon: `主要职责：1.负责…。2.负责…。3.…`
_RUN_IN = re.compile(r"(?:^\s*|[:：]\s*)1[.、](?=[\u4e00-\u9fff])")
_RUN_IN_ITEM = re.compile(r"(?<=[。;；:：])\s*(?P<dot>(?P<n2>\d{1,2})[.、])(?=[\u4e00-\u9fff])")
RUN_IN_MIN = 3  # items; two could be a sentence that happens to hold `1.` and `2.`


def _may_hold_inline(text: str) -> bool:
    """A line long enough to be a page, or one that may hold a numbered note (注:1.…) or a
    list run in after a colon (职责：1.…。2.…)."""
    return len(text) >= _FLATTENED or (
        "1" in text and ("注" in text or "说明" in text or _RUN_IN.search(text) is not None)
    )


def _flattened(text: str) -> list[re.Match[str]]:
    """Markers inside a line that holds a whole page (two headings or more), or inside a
    numbered note run into one line (`注:1.…，2.…`), else none."""
    if not _may_hold_inline(text):
        return []
    note = _NOTE.search(text) if "1" in text else None
    if note:
        items = [m for m in _INLINE.finditer(text, note.end() - 1) if m.group("dot")]
        if len(items) >= 2:
            return items
    run_in = _RUN_IN.search(text) if "1" in text else None
    if run_in:  # items each after a full stop, semicolon or the colon
        items = list(_RUN_IN_ITEM.finditer(text, run_in.start()))
        at_start = not text[: run_in.start()].strip()  # its 1. is the line's own marker
        if len(items) + at_start >= RUN_IN_MIN:
            return items
    if len(text) < _FLATTENED:
        return []
    found = [m for m in _INLINE.finditer(text) if m.start() > 0]
    return found if sum(1 for m in found if m.group("parent")) >= 2 else []


def _markers(ctx: Context):
    """(kind, style, n, line, start column, end column) in reading order; kind is parent or
    item. Markers at line starts, and inside lines flattened from a page."""
    for ln in ctx.lines:
        at_start = ln.text.lstrip()[:1] in _MARKER_FIRST
        if not at_start and not _may_hold_inline(ln.text):
            continue  # most lines: a cheap test instead of three patterns
        if at_start:
            parent, m = _PARENT.match(ln.text), _MARKER.match(ln.text)
        else:
            parent = m = None
        if parent:
            yield "parent", "", 0, ln.number, 0, 0
        elif m:
            if m.group("paren"):
                style, n = "paren", int(m.group("n1"))
            elif m.group("dot"):
                style, n = "dot", int(m.group("n2"))
            else:
                style, n = "circ", _CIRCLED.index(m.group("circ")) + 1
            yield "item", style, n, ln.number, m.start(style) + 1, m.end()
        for inline in _flattened(ln.text):
            if inline.groupdict().get("parent"):
                yield "parent", "", 0, ln.number, 0, 0
            else:
                n = int(inline.group("n2"))
                yield "item", "dot", n, ln.number, inline.start("dot") + 1, inline.end("dot")


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
    starts again at 1; flags a number that skips ahead or repeats, and a list under a heading
    that starts above 1 (unless it carries on the numbering from before the heading). In long
    lines flattened from a page, markers after a punctuation mark count too.

    ## Why is this bad?
    A gap usually means an item was deleted or a paragraph lost in conversion, which a reviewer
    should know before trusting the list.

    ## Example
    `(1) … (2) … (4) …` → 缺少 (3).
    """
    last: dict[str, tuple[int, int]] = {}
    carried: dict[str, tuple[int, int]] = {}  # the list before the last heading
    seen_heading = False
    for kind, style, n, line, start, end in _markers(ctx):
        if kind == "parent":
            carried, last, seen_heading = {**carried, **last}, {}, True
            continue
        prev = last.get(style)
        last[style] = (n, line)
        if prev is None:
            before = carried.get(style)
            if n == 1 or not seen_heading or (before and n == before[0] + 1):
                continue  # a new list, an excerpt starting mid-list, or numbering carried on
            prev = (0, line)
        elif n == 1 or n == prev[0] + 1:
            continue
        if n > prev[0] + 1 or n == prev[0]:
            missing = "、".join(str(k) for k in range(prev[0] + 1, n)) or str(n)
            what = f"缺少 {missing}" if n > prev[0] else f"重复 {n}"
            there = ctx.place(prev[1])
            where = f"{there[0]}为 {prev[0]}" if prev[0] else "标题后"
            yield ctx.finding(
                (line, start, line, end),
                f"编号不连续：{where}，此处为 {n}（{what}）",
                f"list numbering jumps from {prev[0]} ({there[1]}) to {n}"
                if prev[0]
                else f"list under a heading starts at {n}",
                values=[prev[0], n] if prev[0] else [n],
                key=f"{style}|{prev[0]}|{n}",
            )


@check(code="AL703", name="implausible-precision", severity="warning")
def implausible_precision(ctx: Context):
    """An amount printed more finely than money is counted, or more finely than the amounts
    beside it (a stray digit).

    ## What it does
    Flags an amount finer than one fen (分): more than 6 decimals of 万元, 10 of 亿元, 5 of
    千元, 2 of 元. And an amount of 3 or more decimals printed with more decimals than every
    other amount of its breakdown (its total and sibling parts), where those show 2 or more:
    `工资福利支出12.34567万元，商品和服务支出3.4567万元` — one digit too many, or the figure
    was not rounded as its siblings were (beside whole amounts, `369万元`, it is not).
    Yuan-exact amounts in 万元 (`1234.567891万元`, six decimals throughout) are not flagged.

    ## Why is this bad?
    Such digits are left over from a calculation or a typo.

    ## Example
    `办公费12.3456789万元` → 7 decimals of 万元, finer than a fen.
    """
    limits = {"万元": 6, "元": 2, "亿元": 10, "千元": 5}
    breakdowns: dict[int, list] = {}  # a figure → the other figures of its breakdowns
    for rel in ctx.relations("total_parts"):
        members = [ctx.fact(i) for i in [rel.roles["total"], *rel.roles["parts"]]]
        for m in members:
            breakdowns.setdefault(m.id, []).extend(g for g in members if g is not m)
    for f in ctx.facts:
        limit = limits.get(f.unit)
        if limit is None:
            continue
        siblings = [g for g in breakdowns.get(f.id, []) if g.unit == f.unit]
        if f.decimals > limit:
            zh = f"{f.unit}最多 {limit} 位"
            en = f"at most {limit} for {f.unit}"
        elif (
            f.decimals >= 3
            and siblings
            and 2 <= (most := max(g.decimals for g in siblings)) < f.decimals
        ):
            zh = f"同一构成的其他金额最多 {most} 位"
            en = f"the other amounts beside it have at most {most}"
        else:
            continue
        yield ctx.finding(
            f,
            f"金额精度异常：{f.text}{f.unit} 有 {f.decimals} 位小数（{zh}）",
            f"implausible precision: {f.text}{f.unit} has {f.decimals} decimals ({en})",
            values=[f],
            key=f.text,
        )


# 文号 are 机关代字〔年份〕序号号: 某财发〔2022〕8号. Conversion drops a bracket or both.
_DOC_NUMBER = re.compile(
    r"〔(?P<a>(?:19|20)\d{2}\d{1,4})号"  # 〔20228号: no closing bracket
    r"|(?<![〔\[(（\d])(?P<b>(?:19|20)\d{2})〕\d{1,4}号"  # 2021〕56号: no opening bracket
    r"|(?<=[\u4e00-\u9fff]发)(?P<c>(?:19|20)\d{2}\d{1,4})号"  # 政发202115号: no brackets
)


@check(code="AL704", name="malformed-document-number", severity="warning")
def malformed_document_number(ctx: Context):
    """A document number (文号) that lost its year brackets: `某财发〔20228号`.

    ## What it does
    Finds 文号 whose year is not closed, not opened, or not bracketed at all
    (`〔20228号`, `2021〕56号`, `政发202115号`) — the shapes PDF and Word conversion leave.

    ## Why is this bad?
    The year and the serial number run together, so the cited document cannot be looked up
    (is `〔20228号` 2022 No. 8 or 202 No. 28?).

    ## Example
    `《关于印发管理办法的通知》（某财发〔20228号）` → write `某财发〔2022〕8号`.
    """
    for ln in ctx.lines:
        if "号" not in ln.text:
            continue
        for m in _DOC_NUMBER.finditer(ln.text):
            group = next(g for g in ("a", "b", "c") if m.group(g))
            digits = m.group(group)
            yield ctx.finding(
                (ln.number, m.start() + 1, ln.number, m.end()),
                f"文号格式异常：“{m.group(0)}”缺少年份括号〔〕",
                f"malformed document number '{m.group(0)}': the year is not bracketed",
                values=[int(digits)],
                key=m.group(0),
            )
