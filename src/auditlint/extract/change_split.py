"""A total's change as the sum of its parts' changes (PHRASEBOOK §1, trap 4).

    会议培训费12万元，较上年减少1.5万元。其中：会议费8万元，较上年减少1万元；     the parts of a
    培训费4万元，较上年减少0.5万元。                                             breakdown, each
                                                                               with its change
    基本支出比上年增加12万元。1.工资福利支出增加10万元… 2.商品和服务支出…      every part of a
    3.对个人和家庭的补助…                                                       known breakdown

Both are read once every change and breakdown of the report is known, and checked by AL201
with the changes' signs (增加 adds, 减少 takes away).
"""

from __future__ import annotations

from auditlint.arith import disjoint, parts_interval
from auditlint.domain import Domain
from auditlint.extract.composition import member
from auditlint.extract.model import Fact, Relation


def _change_split(whole: Relation, parts: list[Relation], line: int) -> Relation:
    """The total's change as the signed sum of its parts' changes (AL201 with signs)."""
    return Relation(
        kind="total_parts",
        roles={"total": whole.roles["delta"], "parts": [p.roles["delta"] for p in parts]},
        line=line,
        extra={
            "via": "change",
            "complete": True,
            "signs": [p.extra.get("sign", 1) for p in parts],
            "total_sign": whole.extra.get("sign", 1),
        },
    )


def split_changes(relations: list[Relation], facts: list[Fact]) -> list[Relation]:
    """`三公经费12万元，较上年减少1.5万元。其中：车辆费8万元，较上年减少1万元；接待费4万元，较上年
    减少0.5万元`: where a total and every one of its parts state their change against one base,
    and the parts make the total (a whole breakdown, or they add up to it), the parts' changes
    add up to the total's."""
    by_id = {f.id: f for f in facts}
    delta_of = {
        r.roles["current"]: r
        for r in relations
        if r.kind == "change"
        and "delta" in r.roles
        and "current" in r.roles
        and not r.extra.get("points")
    }
    # a part's change stated without a base (`其中：A 8万元，减少1万元`) takes its total's
    bare = {
        r.roles["current"]: r
        for r in relations
        if r.kind == "bare_change" and r.roles["current"] not in delta_of
    }
    out: list[Relation] = []
    for rel in relations:
        if rel.kind != "total_parts" or rel.extra.get("signs") or len(rel.roles["parts"]) < 2:
            continue
        whole = delta_of.get(rel.roles["total"])
        changes = [delta_of.get(p) or bare.get(p) for p in rel.roles["parts"]]
        if whole is None or any(
            c is None or (c.kind == "change" and c.extra.get("base") != whole.extra.get("base"))
            for c in changes
        ):
            continue
        total, parts = by_id[rel.roles["total"]], [by_id[p] for p in rel.roles["parts"]]
        adds_up = rel.extra.get("complete") or not disjoint(parts_interval(parts), total.interval())
        if not adds_up or rel.extra.get("partial"):
            continue
        out.append(_change_split(whole, changes, rel.line))
    return out


def named_change_breakdown(
    domain: Domain, relations: list[Relation], facts: list[Fact]
) -> list[Relation]:
    """`基本支出比上年增加12万元。1.工资福利支出增加10万元… 2.商品和服务支出增加1.5万元…
    3.对个人和家庭的补助增加0.5万元`: a change of a total, then the changes of every part of its
    known breakdown (domain data), each once and in a row, against the same base: the parts'
    changes add up to the total's. Naming every part is the evidence."""
    by_id = {f.id: f for f in facts}

    def name(rel: Relation) -> str:
        current = rel.roles.get("current")
        return by_id[current].label if current is not None else rel.extra.get("subject", "")

    changes = sorted(
        (
            r
            for r in relations
            if r.kind == "change" and "delta" in r.roles and not r.extra.get("points")
        ),
        key=lambda r: r.roles["delta"],
    )
    split = {
        r.roles["total"] for r in relations if r.kind == "total_parts" and r.extra.get("signs")
    }
    out: list[Relation] = []
    for i, whole in enumerate(changes):
        total_name = name(whole)
        if whole.roles["delta"] in split:
            continue  # the parts' changes are summed already (split_changes)
        for bd in domain.data.get("breakdowns", []):
            if not total_name or not any(t in total_name for t in bd["total"]):
                continue
            parts: list[Relation] = []
            named: set[int] = set()
            for rel in changes[i + 1 :]:
                which = member(name(rel), bd["parts"])
                if (
                    which is None
                    or which in named
                    or rel.extra.get("base") not in (whole.extra.get("base"), "implicit")
                ):
                    break
                named.add(which)
                parts.append(rel)
            if len(named) < len(bd["parts"]):
                continue
            delta = by_id[whole.roles["delta"]]
            if any(by_id[p.roles["delta"]].unit != delta.unit for p in parts):
                continue
            out.append(_change_split(whole, parts, delta.line))
            break
    return out
