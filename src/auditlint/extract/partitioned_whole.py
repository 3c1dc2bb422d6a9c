"""A whole stated once, then its parts by every member of a partition, later in its section:

    全年筹集彩票公益金2600万元。
    （二）按管理部门划分
    福利彩票机构…筹集福利彩票公益金1500万元；体育彩票机构…筹集体育彩票公益金1100万元。

No cue links them: the evidence is that each later figure names the whole's quantity with one
member of a known partition (domain data `[partitions]`: 福利彩票/体育彩票, 当年/上年结转 …), and
that every member is named, each once. A partition only partly named (中央 and 省级 of five
levels) may leave a part unstated, so it makes no sum.
"""

from __future__ import annotations

from bisect import bisect_right

from auditlint.extract.clauses import Q, unit_family
from auditlint.extract.composition import member, part_or_total, parts_relation
from auditlint.extract.model import Paragraph, Relation

# the shortest common ending of a whole's name and a part's name (less its member's word)
# that says they name one quantity (`公益金`, `资金`)
_SHARED_ENDING = 2


def _shared_ending(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _without_member(label: str, words: list[str]) -> str:
    word = min((w for w in words if w in label), key=label.find)
    return label.replace(word, "", 1)


def _within(section: str, whole_section: str) -> bool:
    """Whether a figure stands in the whole's section or one of its subsections (a whole before
    any heading reaches no further than the first)."""
    if not whole_section:
        return not section
    return section == whole_section or section.startswith(whole_section + " / ")


def partitioned_wholes(
    read: list[tuple[Paragraph, list[Q]]],
    relations: list[Relation],
    partitions: dict[str, list[list[str]]],
) -> list[Relation]:
    out: list[Relation] = []
    sums = [r for r in relations if r.kind == "total_parts"]
    totals = {r.roles["total"] for r in sums}
    parted = {i for r in sums for i in r.roles["parts"]}
    figures = [
        (para.section, q)
        for para, qs in read
        for q in qs
        if part_or_total(q) and not q.fact.qualifier and q.fact.label
    ]
    # which member of each partition every figure names (None: none), worked out once
    named_by = {
        name: [member(q.fact.label, members) for _, q in figures]
        for name, members in partitions.items()
    }
    # … and where those that name one stand (a section, once left, does not come back: only
    # these need be looked at)
    naming = {
        name: [j for j, k in enumerate(which) if k is not None] for name, which in named_by.items()
    }
    for i, (section, whole) in enumerate(figures):
        if whole.fact.id in totals or whole.fact.id in parted:
            continue
        family = unit_family(whole.fact)
        for name, members in partitions.items():
            which = named_by[name]
            if which[i] is not None:
                continue  # a member's own figure is no whole of the others
            named: dict[int, Q] = {}
            later = naming[name]
            for j in later[bisect_right(later, i) :]:
                later_section, q = figures[j]
                if not _within(later_section, section):
                    break
                k = which[j]
                if unit_family(q.fact) != family:
                    continue
                if whole.fact.period and q.fact.period and q.fact.period != whole.fact.period:
                    continue  # another year's figure
                rest = _without_member(q.fact.label, members[k])
                if _shared_ending(rest, whole.fact.label) < _SHARED_ENDING:
                    continue
                if k in named:
                    break  # a member named again: another listing, not this one's parts
                named[k] = q
                if len(named) == len(members):
                    break
            parts = sorted(named.values(), key=lambda q: q.fact.id)
            if len(parts) == len(members) >= 2 and not any(p.fact.id in parted for p in parts):
                out.append(parts_relation(whole, parts, "分类", True))
                break
    return out
