"""The product frame: an amount per unit times how many units is the amount stated after them.

    按40名代表每人2000元测算，计8万元。                  rate, count, amount
    为60户困难家庭每户补助3000元，共计18万元。
    受益农户3200户，户均增收2500元，共计增收800万元。     an average, then the total it makes
    每亩补贴100元，共补贴1850亩，发放补贴资金18.5万元。
    设立检查组5个，每组3人，共抽调人员15人。          a count per unit makes a count

The rate names its unit with 每 (`每人`, `每户`, `每亩`: `[product] per` in
checks/domain/cues.toml), the count is the sentence's only count of that unit, and the amount is
the first one after both. A rate per period (`每人每月`) is left alone: the number of periods is
not stated beside it.
"""

from __future__ import annotations

import re

from auditlint.domain import Domain
from auditlint.extract.clauses import Q
from auditlint.extract.lexicon import alternation, compiled
from auditlint.extract.model import Relation


class ProductCues:
    def __init__(self, domain: Domain) -> None:
        words = domain.section("product")
        units = sorted(words.get("units", {}).items(), key=lambda kv: -len(kv[0]))
        # 每 and the measure word a rate is per (`每人`, `每名`, `每户`), to the count units it
        # counts in (`人` counts 人 and 名)
        names = alternation([u for u, _ in units]) or "(?!)"
        self.per = re.compile(rf"每\s*(?P<unit>{names})")
        # `户均增收2500元`, `人均补助600元`: an average per unit, a rate only where the amount
        # after it says it is their total (`，共计增收800万元`: not 人均收入 beside an output)
        self.average = re.compile(rf"(?P<unit>{names})均")
        self.sum_word = re.compile(r"[,，]\s*(?:共计|合计|总计|累计|共|计)")
        self.counted = {u: set(counts) for u, counts in units}
        self.period = re.compile(alternation(words.get("per_period", [])) or "(?!)")


def product_cues(domain: Domain) -> ProductCues:
    return compiled(domain, ProductCues)


def _per(q: Q, text: str, cues: ProductCues) -> tuple[str, bool]:
    """The unit an amount is per (`每人2000元` → 人), from its label, and whether it is an
    average (`户均`); '' for none."""
    if q.fact.kind not in ("money", "count") or q.fact.qualifier:
        return "", False
    label = text[max(0, q.found.start - 16) : q.found.start]
    label = re.split(r"[,，;；。:：]", label)[-1]
    found = list(cues.per.finditer(label))
    if found and not cues.period.search(label, found[-1].start()):
        return found[-1].group("unit"), False
    average = list(cues.average.finditer(label))
    if average and not cues.period.search(label):
        return average[-1].group("unit"), True
    return "", False


def product_relations(text: str, sq: list[Q], cues: ProductCues) -> list[Relation]:
    """rate × count = amount in one sentence."""
    out: list[Relation] = []
    if len(sq) < 3 or ("每" not in text and "均" not in text):
        return out
    for i, rate in enumerate(sq):
        unit, average = _per(rate, text, cues)
        if not unit:
            continue
        counts = [
            q
            for q in sq
            if q is not rate
            and q.fact.kind == "count"
            and not q.fact.qualifier
            and q.fact.unit.removeprefix("万") in cues.counted[unit]
        ]
        if len(counts) != 1:
            continue  # none, or several: which one the rate is of is not known
        count = counts[0]
        after = max(rate.found.end, count.found.end)
        # the total is of the rate's kind: money per head makes money, people per group people
        total = next(
            (
                q
                for q in sq[i + 1 :]
                if q.found.start >= after
                and q.fact.kind == rate.fact.kind
                and (q.fact.kind == "money" or q.fact.unit == rate.fact.unit)
            ),
            None,
        )
        if total is None and average:
            total = _total_before(text, sq, rate, count, cues)
            if total is not None and not total.fact.qualifier:
                out.append(_product(rate, count, total))
            continue
        if total is None or total.fact.qualifier or _per(total, text, cues)[0]:
            continue
        before = max((q.found.end for q in sq if q.found.end <= total.found.start), default=0)
        if average and not cues.sum_word.search(text, before, total.found.start):
            continue
        out.append(_product(rate, count, total))
    return out


def _product(rate: Q, count: Q, total: Q) -> Relation:
    return Relation(
        kind="product",
        roles={"rate": rate.fact.id, "count": count.fact.id, "total": total.fact.id},
        line=total.fact.line,
    )


def _total_before(text: str, sq: list[Q], rate: Q, count: Q, cues: ProductCues) -> Q | None:
    """`发放救助资金1560万元，救助2.6万人次，人均救助600元`: the total first, then how many, then
    the average of it: the amount before the count whose name holds what the average is of
    (救助 in 救助资金), so that an average of something else (`户均增收`) is not read as a share
    of the money spent."""
    at = text.rfind("均", 0, rate.found.start)
    word = re.sub(r"[为是达约\s]", "", text[at + 1 : rate.found.start]) if at >= 0 else ""
    if len(word) < 2:
        return None
    before = [
        q
        for q in sq
        if q.found.end <= count.found.start and q.fact.kind == "money" and q is not rate
    ]
    if not before or _per(before[-1], text, cues)[0]:
        return None
    total = before[-1]
    shared = any(word[k : k + 2] in total.fact.label for k in range(len(word) - 1))
    return total if shared else None
