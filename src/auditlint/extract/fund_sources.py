"""A whole of funds and, with no cue between, the sources it came from:

    年度资金总额120万元，中央补助90万元，地方配套30万元。
    项目资金申请（万元） 资金总额：120 财政拨款：100 其他资金：20

The total's name says it is the whole of the funds (资金总额, 总投资) and each figure after it is
named only by a source (中央, 省级, 自筹, 其他, with at most the fund words after it: 补助, 配套,
资金): the figures are its parts. Whether they are all of them the text does not say, so a
shortfall is left to the check's rule for lists that may leave a remainder; parts above the
total are an error either way. Words: `source_totals`, `source_names`, `source_words` in the
[composition] section of checks/domain/cues.toml.
"""

from __future__ import annotations

import re

from auditlint.domain import Domain
from auditlint.extract.clauses import Q, unit_family
from auditlint.extract.composition import part_or_total, parts_relation
from auditlint.extract.lexicon import alternation, compiled
from auditlint.extract.model import Relation


class FundSourceCues:
    def __init__(self, domain: Domain) -> None:
        words = domain.section("composition")
        totals = alternation(words.get("source_totals", []))
        names = alternation(words.get("source_names", []))
        tails = alternation(words.get("source_words", []))
        self.total = re.compile(rf"(?:{totals})$" if totals else "(?!)")
        self.source = re.compile(rf"^(?:{names})(?:{tails})*$" if names else "(?!)")


def fund_source_cues(domain: Domain) -> FundSourceCues:
    return compiled(domain, FundSourceCues)


_LABEL_MARKS = re.compile(r"[\s:：（）()万元]")


def fund_sources(sq: list[Q], cues: FundSourceCues, totals_taken: set[int]) -> list[Relation]:
    """Totals of funds followed directly by two sources or more, each figure's name a source."""
    out: list[Relation] = []
    for i, q in enumerate(sq):
        if q.fact.id in totals_taken or not part_or_total(q):
            continue
        if not cues.total.search(_LABEL_MARKS.sub("", q.fact.label)):
            continue
        parts: list[Q] = []
        for p in sq[i + 1 :]:
            name = _LABEL_MARKS.sub("", p.fact.label)
            if (
                not part_or_total(p)
                or unit_family(p.fact) != unit_family(q.fact)
                or not cues.source.match(name)
            ):
                break
            parts.append(p)
        if len(parts) >= 2 and len({_LABEL_MARKS.sub("", p.fact.label) for p in parts}) == len(
            parts
        ):
            out.append(parts_relation(q, parts, "来源", False))
    return out
