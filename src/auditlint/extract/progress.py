"""The progress frame: a rate against the reference it is measured by, and the gap in points.

    截至6月底，预算执行率42%，低于序时进度（50%）8个百分点。      rate, reference, gap
    支出进度80%，高于时间进度75%5个百分点。

Monitoring reports measure spending against the share of the year gone (PHRASEBOOK §4, 支出进度
and 序时进度); where the reference is stated, the gap is its difference from the rate, read as
a change in points (AL501). The words are data (`[progress]` in checks/domain/cues.toml).
"""

from __future__ import annotations

import re

from auditlint.domain import Domain
from auditlint.extract.clauses import Q
from auditlint.extract.lexicon import alternation, compiled
from auditlint.extract.model import Relation


class ProgressCues:
    def __init__(self, domain: Domain) -> None:
        words = domain.section("progress")
        above = alternation(words.get("above", [])) or "(?!)"
        below = alternation(words.get("below", [])) or "(?!)"
        references = alternation(words.get("references", [])) or "(?!)"
        # between the rate and the reference: the comparison (`，低于序时进度（`)
        self.compared = re.compile(
            rf"^\s*[,，]?\s*(?:(?P<above>{above})|(?P<below>{below}))\s*(?P<ref>{references})"
            r"\s*(?:为|的)?\s*[(（]?\s*$"
        )
        # between the reference and the gap: its bracket closed, nothing else
        self.gap = re.compile(r"^\s*[)）]?\s*[,，]?\s*$")


def progress_cues(domain: Domain) -> ProgressCues:
    return compiled(domain, ProgressCues)


def progress_gaps(text: str, sq: list[Q], cues: ProgressCues) -> list[Relation]:
    """rate − reference = ± gap for each `A%，低于序时进度（B%）C个百分点` of the sentence."""
    out: list[Relation] = []
    for rate, reference, gap in zip(sq, sq[1:], sq[2:], strict=False):
        if rate.fact.kind != "percent" or reference.fact.kind != "percent":
            continue
        if gap.fact.unit != "个百分点" or rate.fact.unit != "%" or reference.fact.unit != "%":
            continue
        if any(q.fact.qualifier for q in (rate, reference, gap)):
            continue
        compared = cues.compared.match(text[rate.found.end : reference.found.start])
        if compared is None or not cues.gap.match(text[reference.found.end : gap.found.start]):
            continue
        sign = 1 if compared.group("above") else -1
        reference.fact.role = reference.fact.role or "previous"
        reference.fact.label = compared.group("ref")  # not `低于序时进度（`
        gap.fact.role = gap.fact.role or "delta"
        out.append(
            Relation(
                kind="change",
                roles={
                    "current": rate.fact.id,
                    "previous": reference.fact.id,
                    "delta": gap.fact.id,
                },
                line=gap.fact.line,
                extra={"sign": sign, "percent_sign": sign, "base": "previous", "points": True},
            )
        )
    return out
