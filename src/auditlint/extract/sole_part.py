"""A part that is all of its total changes as its total does.

    收入100万元，同比增加10万元。其中：拨款收入100万元，同比增加12万元。

A breakdown whose one part equals the total, the others being zero, says the part is the whole:
its change from last year is the total's change (PHRASEBOOK §1, trap 4: the values agree, the
changes do not — a real conflict, seen in published reports). Where both state a change the
same way (both increases, or both decreases), the amounts are paired, and the rates, for AL301.
"""

from __future__ import annotations

from auditlint.arith import disjoint
from auditlint.extract.model import Fact, Relation
from auditlint.extract.repeat import restated

_WHY = (
    "（该分项即总数，变动应相同）",
    " (the part is all of the total: its change is the total's)",
)


def sole_part_changes(facts: list[Fact], relations: list[Relation]) -> list[Relation]:
    """Repeat relations between the change of a total and that of its one part not zero,
    where the part equals the total."""
    by_id = {f.id: f for f in facts}
    changes: dict[int, Relation] = {}
    for rel in relations:
        if rel.kind == "change" and "current" in rel.roles:
            changes.setdefault(rel.roles["current"], rel)
    out: list[Relation] = []
    for rel in relations:
        if rel.kind != "total_parts" or rel.extra.get("signs"):
            continue
        total = by_id[rel.roles["total"]]
        parts = [by_id[i] for i in rel.roles["parts"]]
        whole = [p for p in parts if p.value != 0]
        if len(whole) != 1 or total.value == 0 or total.kind != "money":
            continue
        part = whole[0]
        if disjoint(part.interval(), total.interval()):
            continue
        of_total, of_part = changes.get(total.id), changes.get(part.id)
        if of_total is None or of_part is None or of_total is of_part:
            continue
        if of_total.extra.get("sign", 1) != of_part.extra.get("sign", 1):
            continue  # opposite ways: another reading of one of them, not a restatement
        for role, rounded, what in (("delta", False, "变动额"), ("percent", True, "变动率")):
            a, b = of_total.roles.get(role), of_part.roles.get(role)
            if isinstance(a, int) and isinstance(b, int) and a != b:
                names = (f"{total.label or '合计'}{what}", f"{part.label}{what}")
                out.append(restated(by_id[a], by_id[b], rounded=rounded, names=names, why=_WHY))
    return out
