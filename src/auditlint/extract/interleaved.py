"""Two columns of a form flattened into one line, their rows interleaved (PHRASEBOOK §9):

    资金情况 年度金额:300万元 资金使用情况 合计:246.5万元 中央财政180万元 中央财政150.2万元
    省级财政120万元 省级财政96.3万元

Each row's name comes twice, once for each column (`中央财政` 180, `中央财政` 150.2): the first
figures are the parts of the first total before them, the second of the second. The pairs of
one name, in a row, are the evidence that the line is two columns; a column is checked (its
parts made all of its total) only where the other column's parts add up to its own total, which
proves the reading, as a table's total row is proven by another of its columns.
"""

from __future__ import annotations

from auditlint.arith import disjoint, parts_interval
from auditlint.extract.clauses import Q, unit_family
from auditlint.extract.composition import parts_relation, plain
from auditlint.extract.model import Relation

_LEAST_PAIRS = 2


def interleaved_columns(sq: list[Q], totals_taken: set[int]) -> list[Relation]:
    """`合计A 合计B L1 a1 L1 b1 L2 a2 L2 b2`: A = a1 + a2 and B = b1 + b2, where one holds."""
    out: list[Relation] = []
    i = 2
    while i + 2 * _LEAST_PAIRS <= len(sq):
        pairs = _pairs_from(sq, i)
        if len(pairs) < _LEAST_PAIRS or not _opens_columns(sq[i - 2], sq[i - 1], pairs):
            i += 1
            continue
        first, second = sq[i - 2], sq[i - 1]
        if first.fact.id in totals_taken or second.fact.id in totals_taken:
            i += 2 * len(pairs)
            continue
        left, right = [a for a, _ in pairs], [b for _, b in pairs]
        holds = [_adds_up(first, left), _adds_up(second, right)]
        if any(holds):
            out.append(parts_relation(first, left, "并列两栏", True))
            out.append(parts_relation(second, right, "并列两栏", True))
        i += 2 * len(pairs)
    return out


def _pairs_from(sq: list[Q], i: int) -> list[tuple[Q, Q]]:
    """Figures from sq[i] on, two by two, while both of a pair carry one name."""
    pairs = []
    while i + 1 < len(sq):
        a, b = sq[i], sq[i + 1]
        if not (plain(a) and plain(b)) or not a.fact.label or a.fact.label != b.fact.label:
            break
        pairs.append((a, b))
        i += 2
    return pairs


def _opens_columns(first: Q, second: Q, pairs: list[tuple[Q, Q]]) -> bool:
    """The two figures before the pairs are the columns' totals: plain figures of the pairs'
    unit under names of their own (not a pair themselves)."""
    family = unit_family(pairs[0][0].fact)
    return (
        plain(first)
        and plain(second)
        and first.fact.label != second.fact.label
        and unit_family(first.fact) == family == unit_family(second.fact)
        and all(unit_family(a.fact) == family for pair in pairs for a in pair)
    )


def _adds_up(total: Q, parts: list[Q]) -> bool:
    return not disjoint(total.fact.interval(), parts_interval([p.fact for p in parts]))
