"""Indicator rows of a score sheet flattened into one line of text, their labels lost:

    …指标名称 指标值 完成值 分值 得分 … 500人次 520人次 20 20 … 95% 95% 20 18 …

A sheet saved as text, or a spreadsheet's cells joined by spaces, keeps each row's four
figures side by side — the target, the actual value of one unit, then the weight and the
score, plain numbers — while its labels drift away. Such a run is an indicator row wherever
the paragraph carries the sheet's headings (分值 and 得分, and 指标值 or 完成值); AL408 and
AL402 read it as they read a table's row.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from auditlint.extract.clauses import Q
from auditlint.extract.model import Relation

# the headings of a score sheet's indicator columns, all in the paragraph
_HEADINGS = (("分值",), ("得分",), ("指标值", "完成值"))
# nothing but spaces or a cell separator between the four figures of a row
_BETWEEN = re.compile(r"^[\s|]*$")
# the largest weight one indicator row carries (a whole level weighs at most half the 100)
MAX_WEIGHT = Decimal(50)


def _sheet(text: str) -> bool:
    return all(any(word in text for word in words) for words in _HEADINGS)


def _plain(q: Q) -> bool:
    return q.fact.kind == "none" and not q.fact.unit and not q.fact.qualifier


def _row(text: str, run: list[Q]) -> bool:
    target, actual, weight, score = run
    gaps = (text[a.found.end : b.found.start] for a, b in itertools.pairwise(run))
    if not all(_BETWEEN.match(gap) for gap in gaps):
        return False
    if not target.fact.unit or target.fact.unit != actual.fact.unit or target.fact.unit == "分":
        return False
    if not (_plain(weight) and _plain(score)) or any(q.fact.role for q in run):
        return False
    return Decimal(0) <= score.fact.value <= weight.fact.value <= MAX_WEIGHT


def indicator_runs(text: str, qs: list[Q]) -> list[Relation]:
    """The indicator rows of a flattened score sheet's paragraph: runs of target, actual (one
    unit), weight and score (plain, score ≤ weight ≤ 50), each read once."""
    out: list[Relation] = []
    if len(qs) < 4 or not _sheet(text):
        return out
    i = 0
    while i + 4 <= len(qs):
        run = qs[i : i + 4]
        if not _row(text, run):
            i += 1
            continue
        target, actual, weight, score = (q.fact for q in run)
        weight.role, score.role = "weight", "score"
        roles = {"target": target.id, "actual": actual.id, "weight": weight.id, "score": score.id}
        out += [
            Relation(
                kind="score_cap",
                roles={"weight": weight.id, "score": score.id},
                line=score.line,
            ),
            Relation(
                kind="indicator",
                roles=roles,
                line=score.line,
                extra={"level": "", "label": "指标", "guessed": True},
            ),
        ]
        i += 4
    return out
