"""A count announced before numbered items, against the items that follow:

    主要开展了以下四个方面的工作：一是…；二是…；三是…。        in the sentence
    存在以下3个问题：1.…；2.…。
    本年度重点开展了以下四项工作：                              in the paragraphs after it
    （一）…
    （二）…

Reports announce how many points they make and then number them (PHRASEBOOK §6: counts that
disagree with their list, 9 announced but 8 listed). The items are the markers of one style
numbered from one without a gap (一是, （一）, 1., （1）, ①, 第一), after the colon; the
count is the number before its measure word. AL601 compares them (the enumeration relation).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from auditlint.extract.composition import marker_number, marker_style
from auditlint.extract.model import Fact, Paragraph, Relation
from auditlint.normalise.numerals import numeral_value

_NUMERAL = "[一二两三四五六七八九十]{1,3}"
# `以下四个方面的工作：`, `如下3项：`, `存在5个问题：` — the count, its measure word, a few words,
# then the colon that opens the items
ANNOUNCED = re.compile(
    rf"(?P<n>{_NUMERAL}|\d{{1,2}})\s*(?P<mw>个方面|方面|个|项|条|点|类|件)"
    r"(?P<noun>[^\d,，。;；:：()（）]{0,10})[:：]\s*"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# the item markers, one pattern a style, each capturing the item's number
STYLES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?P<k>{_NUMERAL})是"),
    re.compile(rf"[(（]\s*(?P<k>{_NUMERAL})\s*[)）]"),
    re.compile(rf"第(?P<k>{_NUMERAL})[,，、:：]"),
    re.compile(r"[(（]\s*(?P<k>\d{1,2})\s*[)）]"),
    re.compile(r"(?<![\d.])(?P<k>\d{1,2})\s*[.、．](?!\d)"),
    re.compile(f"(?P<k>[{_CIRCLED}])"),
)
# how far after the colon the first item may start
_FIRST_WITHIN = 3


def _number(k: str) -> int | None:
    if k in _CIRCLED:
        return _CIRCLED.index(k) + 1
    if k.isdigit():
        return int(k)
    value = numeral_value(k)
    return int(value) if value is not None else None


def _first(text: str, at: int) -> tuple[re.Pattern[str], int] | None:
    """The style of the item starting right at `at` (number one), and where its text starts."""
    for style in STYLES:
        m = style.match(text, at)
        if m is not None and _number(m.group("k")) == 1:
            return style, m.end()
    return None


def _inline(text: str, style: re.Pattern[str], start: int) -> list[str]:
    """The items of one style after the first, numbered on from it, within the paragraph."""
    items, at, want = [], start, 2
    for m in style.finditer(text, start):
        if _number(m.group("k")) != want:
            continue
        items.append(text[at : m.start()].strip(" ；;，,。"))
        at, want = m.end(), want + 1
    items.append(text[at:].strip(" ；;，,。"))
    return items


def _following(paras: list[Paragraph], style: re.Pattern[str]) -> tuple[list[str], bool]:
    """The items of paragraphs that open with the style's markers numbered from one, passing
    over those that open with another style's (an item's sub-items), until a paragraph that
    opens otherwise; and whether they ran to the end of the text."""
    items: list[str] = []
    for para in paras:
        text = para.text.lstrip()
        m = style.match(text)
        if m is None and items and any(other.match(text) for other in STYLES):
            continue  # `1.修订办法` under `（一）…`: a sub-item
        if m is None or _number(m.group("k")) != len(items) + 1:
            return items, False
        items.append(text[m.end() :].strip(" ；;，,。")[:12])
    return items, True


def numbered_counts(
    paras: list[Paragraph],
    record: Callable[[Paragraph, int, int, str], Fact | None],
) -> list[Relation]:
    """Enumerations of counts announced before numbered items (`以下四项：一是…`, or the
    paragraphs after a colon that ends one). `record` makes the count's fact (a worded one has
    none of its own) from its paragraph, start, end and measure word."""
    out: list[Relation] = []
    for i, para in enumerate(paras):
        text = para.text
        if "：" not in text and ":" not in text:
            continue
        for m in ANNOUNCED.finditer(text):
            if _number(m.group("n")) is None:
                continue
            after = m.end()
            if after >= len(text.rstrip()):
                first = _first(paras[i + 1].text.lstrip(), 0) if i + 1 < len(paras) else None
                if first is None:
                    continue
                items, to_the_end = _following(paras[i + 1 :], first[0])
            else:
                first = next(
                    (f for k in range(_FIRST_WITHIN) if (f := _first(text, after + k))), None
                )
                if first is None:
                    continue
                items = _inline(text, *first)
                to_the_end = i == len(paras) - 1 and not text.rstrip().endswith("。")
            if len(items) < 2 or (to_the_end and len(items) < (_number(m.group("n")) or 0)):
                continue  # no list, or one the text may have cut off
            count = record(para, m.start("n"), m.end("n"), m.group("mw")[-1])
            if count is not None:
                out.append(
                    Relation(
                        kind="enumeration",
                        roles={"count": count.id},
                        line=count.line,
                        extra={"items": [item[:12] for item in items], "etc": False},
                    )
                )
    return out


def item_lists(paras: list[Paragraph]) -> list[int]:
    """For each paragraph, the paragraph that opens its numbered list (`一是…` `二是…`, `1.…`
    `2.…` one after another, each its own paragraph), else its own index: the items of one
    list are things listed side by side, as in one paragraph."""
    out: list[int] = []
    opened: tuple[int, str, int] | None = None  # (first paragraph, style, last number)
    for k, para in enumerate(paras):
        style, number = marker_style(para.text), marker_number(para.text)
        if (
            opened is not None
            and style == opened[1]
            and number is not None
            and number == opened[2] + 1
            and para.section == paras[opened[0]].section
        ):
            opened = (opened[0], style, number)
        elif style and number == 1:
            opened = (k, style, 1)
        elif style and number and k and _ends_with_item(paras[k - 1], style, number - 1):
            opened = (k - 1, style, number)  # `…一是…。` then a paragraph `二是…`
        else:
            opened = None
        out.append(opened[0] if opened is not None else k)
    return out


# the marker styles whose items run inside a paragraph (`…一是…`, `…。1.…`): their patterns
_INLINE = {"shi": STYLES[0], "num": STYLES[4]}


def _ends_with_item(para: Paragraph, style: str, number: int) -> bool:
    """Whether a paragraph holds the item `number` of a list in `style` inside it, which the
    next paragraph goes on from."""
    pattern = _INLINE.get(style)
    return pattern is not None and any(
        _number(m.group("k")) == number for m in pattern.finditer(para.text)
    )
