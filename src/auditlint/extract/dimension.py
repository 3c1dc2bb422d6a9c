"""Breakdowns by a dimension the text names: `从资金来源看，…`, `按支出功能分类，…`, `按用途分：`.

    全区下达资金100万元。从资金来源看，省级资金60万元；市级资金40万元。    a sentence opening
                                                                          with the dimension
    项目资金86.5万元，按用途分：设备52.3万元，培训14.2万元，印刷20万元。  right after a figure
    本年收入…，本年支出…。⏎从支出构成看，基本支出…，项目支出…。           a paragraph's opening,
                                                                          of the quantity named

The openers and the quantities a dimension may name are data (`breakdown_openers`,
`dimension_subjects` in `[composition]` of checks/domain/cues.toml).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from auditlint.extract.clauses import Q, unit_family
from auditlint.extract.composition import CompositionCues, list_end, part_or_total, parts_relation
from auditlint.extract.model import Relation


def breakdown_by_dimension(
    text: str,
    a: int,
    b: int,
    sq: list[Q],
    previous: list[Q],
    cues: CompositionCues,
    complete: Callable[[Q, list[Q]], bool],
    earlier: Q | None = None,
    named_only: bool = False,
) -> list[Relation]:
    """`全区下达资金100万元。从资金来源看，省级资金60万元；市级资金40万元。`: a sentence that
    opens by naming a dimension lists parts of the total the sentence before stated last; when
    that sentence broke a total down (`…。从彩票类型看，…`, `X，其中：A，B。按经济分类，…`), of
    that total (`earlier`): each dimension splits the same whole, not the last part of the
    one before. `named_only`: `previous` is the paragraph before, reached only by a dimension
    that names its quantity (`从支出看`)."""
    opener = cues.breakdown_opener.match(text, a) if previous else None
    if opener is None:
        return []
    totals = [earlier] if earlier else [q for q in previous if part_or_total(q)]
    # `从支出看，…` after income and spending: the figure of the quantity the dimension names
    subject = cues.dimension_subject.search(opener.group())
    if subject is None and named_only:
        return []
    if subject is not None and not earlier:
        totals = [q for q in totals if subject.group() in q.fact.label]
    if not totals:
        return []
    total = totals[-1]
    family = unit_family(total.fact)
    stop = list_end(text, a, b, sq)
    parts = [
        q for q in sq if q.found.start < stop and part_or_total(q) and unit_family(q.fact) == family
    ]
    if len(parts) < 2 or any(p.fact.qualifier for p in parts) or total.fact.qualifier:
        return []
    return [parts_relation(total, parts, "维度", complete(total, parts))]


_COMMA = re.compile(r"\s*[,，]")


def dimension_after_figure(
    text: str,
    a: int,
    b: int,
    sq: list[Q],
    cues: CompositionCues,
    complete: Callable[[Q, list[Q]], bool],
) -> list[Relation]:
    """`项目资金86.5万元，按用途分：设备52.3万元，培训14.2万元，印刷20万元`: a clause that names a
    dimension right after a figure lists that figure's parts, as a sentence opening with it
    lists the parts of the figure before (breakdown_by_dimension)."""
    out: list[Relation] = []
    for k, q in enumerate(sq[:-2]):
        comma = _COMMA.match(text, q.found.end, b)
        if comma is None or not part_or_total(q) or q.fact.qualifier:
            continue
        opener = cues.breakdown_opener.match(text, comma.end(), b)
        if opener is None:
            continue
        stop = list_end(text, opener.end(), b, sq)
        family = unit_family(q.fact)
        parts = [
            p
            for p in sq[k + 1 :]
            if p.found.start < stop and part_or_total(p) and unit_family(p.fact) == family
        ]
        if len(parts) >= 2 and not any(p.fact.qualifier for p in parts):
            out.append(parts_relation(q, parts, "维度", complete(q, parts)))
    return out
