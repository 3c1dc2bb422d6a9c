"""Score weights in an outline of headings: a heading's weight is the sum of its sub-headings'.

    一、项目决策（20分）            a heading with its weight in brackets right after its title
    （一）项目立项（8分）           the headings one level down, each with its own weight,
    （二）绩效目标（12分）          up to the next heading of the parent's level or above
    二、项目过程（30分）

Evaluation reports lay out their scoring scheme this way (PHRASEBOOK §8: level headers whose
children carry their own weights); AL403 compares each level with its children, as it does
for a score table's level rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditlint.extract.clauses import Q
from auditlint.extract.composition import list_marker
from auditlint.extract.model import Paragraph, Relation

# a title, then its weight alone in brackets: `项目决策(20分)`, `项目立项(8 分):`
_WEIGHTED_TITLE = re.compile(
    r"\s*(?P<title>[^\d,，。;；()]{2,30}?)\s*[(]\s*\d+(?:\.\d+)?\s*分\s*[)]"
)


_MARKER_FIRST = frozenset("0123456789(①②③④⑤⑥⑦⑧⑨⑩一二三四五六七八九十")


@dataclass
class _Heading:
    depth: int
    title: str
    weight: Q | None  # None: a heading without a weight, which still ends the level above


def _heading(para: Paragraph, qs: list[Q]) -> _Heading | None:
    if para.text.lstrip()[:1] not in _MARKER_FIRST:
        return None  # most paragraphs: a cheap test instead of the marker pattern
    marker = list_marker(para.text)
    if marker is None:
        return None
    depth, end = marker
    m = _WEIGHTED_TITLE.match(para.text, end)
    first = qs[0] if qs else None
    if m is None or first is None or first.fact.kind != "score":
        return _Heading(depth, "", None)
    if not m.start() <= first.found.start < m.end():
        return _Heading(depth, "", None)
    return _Heading(depth, m.group("title").strip(), first)


def outline_weights(read: list[tuple[Paragraph, list[Q]]]) -> list[Relation]:
    """Each weighted heading against the weights of the headings one level below it, where
    there are two or more, every one carries a weight, and a heading of the level's own rank
    closes it."""
    headings = [h for para, qs in read if (h := _heading(para, qs)) is not None]
    out: list[Relation] = []
    for i, h in enumerate(headings):
        if h.weight is None:
            continue
        below: list[_Heading] = []
        closed = False  # by a heading of its own level or above: every child has been seen
        for other in headings[i + 1 :]:
            if other.depth <= h.depth:
                closed = True
                break
            below.append(other)
        if not below or not closed:
            continue  # the last level of an excerpt may go on past its end
        step = min(b.depth for b in below)
        children = [b.weight for b in below if b.depth == step]
        weights = [c for c in children if c is not None]
        if len(weights) < 2 or len(weights) != len(children):
            continue
        out.append(
            Relation(
                kind="level_weight",
                roles={"level": h.weight.fact.id, "rows": [c.fact.id for c in weights]},
                line=h.weight.fact.line,
                extra={"level": h.title},
            )
        )
    return out
