"""The composition frame: a total and its parts.

    基本支出300万元，其中：人员经费200万元，公用经费100万元。   total, cue, parts (one sentence)
    支出合计500万元。其中：基本支出320万元，项目支出180万元。   the cue opens the next sentence
    项目支出90万元，其中：                                     the cue ends its paragraph: the
    1.设备购置60万元。                                         parts are the first figures of
    2.运行维护30万元。                                         the items that follow, one each

Cue words are data (`[composition]` in checks/domain/cues.toml). Parts that carry a change verb
(`其中：A增加2万元，B减少1万元`) split the total's change, not its level: their signed sum is
the change (trap 1 of the phrasebook).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from auditlint.arith import disjoint, sum_interval
from auditlint.extract.clauses import Q, sentences, unit_family
from auditlint.extract.lexicon import alternation
from auditlint.extract.model import Paragraph, Relation

# `1.` `1、` `(1)` `①` `一、` `(一)` `一是`: the style of a list item's marker
_MARKER = re.compile(
    r"^\s*(?:(?P<num>\d{1,2})\s*[.、)](?!\d)|[(](?P<pnum>\d{1,2})[)]|(?P<circ>[①-⑳])"
    r"|(?P<han>[一二三四五六七八九十]{1,3})[、.]|[(](?P<phan>[一二三四五六七八九十]{1,3})[)]"
    r"|(?P<shi>[一二三四五六七八九十]{1,3})是)"
)


def marker_style(text: str) -> str:
    m = _MARKER.match(text)
    return m.lastgroup or "" if m else ""


class CompositionCues:
    def __init__(self, words: dict) -> None:
        cues = words.get("parts_after", ["其中"])
        self.open_list = re.compile(rf"(?:{alternation(cues)})\s*[:：]?\s*$")
        self.not_exhaustive = tuple(words.get("not_exhaustive", []))


def plain(q: Q) -> bool:
    """A figure that can be a total or a part: not a percentage, not a change, not a bound."""
    return q.fact.kind != "percent" and q.fact.role not in ("delta", "change_rate", "previous")


def open_lists(
    paras: list[tuple[Paragraph, list[Q]]],
    cues: CompositionCues,
    relations: list[Relation],
    complete: Callable[[Q, list[Q]], bool],
) -> None:
    """Totals whose parts cue ends the paragraph: the parts are the items that follow."""
    delta_of = {
        r.roles["current"]: r
        for r in relations
        if r.kind == "change" and "delta" in r.roles and "previous" not in r.roles
    }
    for i, (para, qs) in enumerate(paras):
        cue = cues.open_list.search(para.text.rstrip(" 。"))
        if cue is None or para.text.rstrip()[-1:] == "。":
            continue
        before = [q for q in qs if q.found.end <= cue.start() and plain(q)]
        if not before:
            continue
        total = before[-1]
        family = unit_family(total.fact)
        parts = _items(paras[i + 1 :], family)
        if len(parts) < 2 or total.fact.qualifier == "approximate":
            continue
        if any(p.fact.qualifier for p, _ in parts):
            continue
        members = [p for p, _ in parts]
        whole = not cue.group().startswith(cues.not_exhaustive) and complete(total, members)
        relations.append(
            Relation(
                kind="total_parts",
                roles={"total": total.fact.id, "parts": [p.fact.id for p in members]},
                line=total.fact.line,
                extra={"via": "items", "complete": whole},
            )
        )
        adds_up = whole or not disjoint(
            sum_interval(p.fact for p in members), total.fact.interval()
        )
        _split_change(total, members, delta_of, relations, adds_up)


def _items(following: list[tuple[Paragraph, list[Q]]], family: str) -> list[tuple[Q, list[Q]]]:
    """The first figure of each item after an open list, and the item's figures: items of
    one marker style (or none), until a paragraph of another style or one without a part."""
    style: str | None = None
    out: list[tuple[Q, list[Q]]] = []
    for para, qs in following:
        this = marker_style(para.text)
        if style is None:
            style = this
        elif this != style:
            if style and this and not out:
                break
            if style and this and _depth(this) > _depth(style):
                continue  # a deeper list inside a marked item
            break
        first_end = sentences(para.text)[0][1] if para.text else 0
        first = next((q for q in qs if plain(q) and q.found.start < first_end), None)
        if first is None or unit_family(first.fact) != family:
            break
        out.append((first, qs))
    return out


_DEPTH = {"han": 0, "phan": 1, "shi": 1, "num": 2, "pnum": 3, "circ": 4, "": 5}


def _depth(style: str) -> int:
    return _DEPTH.get(style, 5)


def _split_change(
    total: Q,
    parts: list[Q],
    delta_of: dict[int, Relation],
    relations: list[Relation],
    complete: bool,
) -> None:
    """When the total and every part state their change against one base, the parts'
    changes add up to the total's."""
    whole = delta_of.get(total.fact.id)
    if whole is None:
        return
    deltas, signs = [], []
    for part in parts:
        rel = delta_of.get(part.fact.id)
        if rel is None or rel.extra.get("base") != whole.extra.get("base"):
            return
        deltas.append(rel.roles["delta"])
        signs.append(rel.extra.get("sign", 1))
    relations.append(
        Relation(
            kind="total_parts",
            roles={"total": whole.roles["delta"], "parts": deltas},
            line=total.fact.line,
            extra={
                "via": "change",
                "complete": complete,
                "signs": signs,
                "total_sign": whole.extra.get("sign", 1),
            },
        )
    )
