"""Parts of a list that runs on past its sentence's full stop.

    基本支出500万元，其中：人员经费420万元，主要包括基本工资等。       the list opens in one sentence,
    公用经费70万元，主要包括办公费等。                                 its next part opens the next

    项目资金30万元，主要用于：1.设备购置10万元，已拨付8万元。      numbered items, one sentence
    2.人员培训20万元，已拨付15万元。                                  each

Where each part of a list is a paragraph of its own and the page lost its line breaks (a web
page flattened into one line, a paragraph per part joined), each part is a sentence. The next
sentence is a part only on evidence: it opens with the next number of the list's items, or its
first clause holds its figure and names a member of the breakdown the parts so far are members
of (人员经费 → 公用经费; 因公出国 → 公务用车 → 公务接待; domain data: `breakdowns` and
`partitions` in checks/domain/concepts.toml), one not named yet — and then the list runs on
only until every member is named: a list that stops short of its breakdown was some other
list, and stays as its sentence gave it.
"""

from __future__ import annotations

from auditlint.domain import Domain
from auditlint.extract.clauses import Q, sentences, unit_family
from auditlint.extract.composition import (
    CLAUSE_BREAK,
    closest_total,
    item_heads,
    item_marks,
    marker_number,
    member,
    part_or_total,
)
from auditlint.extract.model import Relation


def _groups(domain: Domain, total_label: str) -> list[list[list[str]]]:
    """The breakdowns a list of parts of this total may complete: the total's own (基本支出's)
    and every partition."""
    out = [bd["parts"] for bd in domain.data.get("breakdowns", []) if _is_total(bd, total_label)]
    return out + list(domain.data.get("partitions", {}).values())


def _is_total(breakdown: dict, label: str) -> bool:
    return any(word in label for word in breakdown["total"])


def _first_part(text: str, a: int, b: int, sq: list[Q], family: str) -> Q | None:
    """The sentence's figure that can be a part, where the sentence opens with it: in its
    first clause, of the list's unit, a plain amount."""
    if not sq:
        return None
    first = sq[0]
    brk = CLAUSE_BREAK.search(text, a, b)
    if brk is not None and brk.start() < first.found.start:
        return None
    if not part_or_total(first) or unit_family(first.fact) != family or first.fact.qualifier:
        return None
    return first


def _run_on(
    text: str, spans: list[tuple[int, int]], qs: list[Q], rel: Relation, domain: Domain
) -> None:
    by_id = {q.fact.id: q for q in qs}
    total = by_id.get(rel.roles["total"])
    parts = [by_id.get(i) for i in rel.roles["parts"]]
    if total is None or not parts or None in parts:
        return
    family = unit_family(parts[0].fact)
    last = parts[-1]
    at = next((k for k, (a, b) in enumerate(spans) if a <= last.found.start < b), None)
    if at is None or at + 1 >= len(spans):
        return
    if _numbered_run_on(text, spans, at, qs, rel, family):
        return
    if rel.extra.get("partial") or rel.extra.get("complete"):
        return  # some of the parts by the text's word, or all of them already
    if any(
        q.found.start > last.found.start and part_or_total(q) and unit_family(q.fact) == family
        for q in qs
        if q.found.start < spans[at][1]
    ):
        return  # the list has ended inside its sentence
    for members in _groups(domain, total.fact.label):
        named = [member(p.fact.label, members) for p in parts]
        if None in named or len(set(named)) < len(named) or len(named) >= len(members):
            continue
        more: list[Q] = []
        for a, b in spans[at + 1 :]:
            sq = [q for q in qs if a <= q.found.start < b]
            part = _first_part(text, a, b, sq, family)
            which = member(part.fact.label, members) if part else None
            if part is None or which is None or which in named:
                break
            named.append(which)
            more.append(part)
            if len(named) == len(members):
                break
        if more and len(named) == len(members):
            _extend(rel, more, spans, qs)
            rel.extra["complete"] = True
            return


def _number_at(text: str, at: int) -> int | None:
    """The number of the item marker a sentence opens with (`2.`, `(2)`, `②`), if any."""
    head = text[at : at + 6].lstrip().replace("（", "(").replace("）", ")")
    return marker_number(head) if head[:1] in "(0123456789①②③④⑤⑥⑦⑧⑨⑩" else None


def _numbered_run_on(
    text: str, spans: list[tuple[int, int]], at: int, qs: list[Q], rel: Relation, family: str
) -> bool:
    """Items numbered on past the sentence of the list's last part: each sentence that opens
    with the next number gives its items' figures (item_heads) as parts."""
    a, b = spans[at]
    last_start = max(q.found.start for q in qs if q.fact.id in rel.roles["parts"])
    marks = [m for m in item_marks(text, a, b) if m <= last_start]
    if not marks:
        return False
    expect = (_number_at(text, marks[-1]) or 0) + 1
    more: list[Q] = []
    for a2, b2 in spans[at + 1 :]:
        if _number_at(text, a2) != expect:
            break
        sq = [q for q in qs if a2 <= q.found.start < b2]
        start = a2 + len(text[a2:b2]) - len(text[a2:b2].lstrip())
        firsts = [start] + [m for m in item_marks(text, a2, b2) if m > start]
        heads = item_heads(
            text,
            a2,
            b2,
            [q for q in sq if part_or_total(q) and unit_family(q.fact) == family],
            marks=firsts,
        )
        if not heads:
            break
        more += heads
        expect += len(heads)
    if more:
        _extend(rel, more, spans, qs)
    return bool(more)


def _extend(rel: Relation, more: list[Q], spans: list[tuple[int, int]], qs: list[Q]) -> None:
    """Add the parts found after the list's sentence, and take again, of the figures of the
    total's sentence before the parts, the total their sum fits (closest_total): the first
    part alone may have pointed at another (`收入…，支出…，结转68万元。其中：1.…`)."""
    by_id = {q.fact.id: q for q in qs}
    parts = [by_id[i] for i in rel.roles["parts"]] + more
    total = by_id[rel.roles["total"]]
    a, b = next(span for span in spans if span[0] <= total.found.start < span[1])
    family = unit_family(total.fact)
    candidates = [
        q
        for q in qs
        if a <= q.found.start < min(b, parts[0].found.start)
        and part_or_total(q)
        and unit_family(q.fact) == family
        and not q.fact.qualifier
    ]
    if total in candidates:
        total = closest_total(candidates, parts)
    rel.roles["total"] = total.fact.id
    rel.line = total.fact.line
    rel.roles["parts"] = [q.fact.id for q in parts]
    rel.extra["run_on"] = True


def run_on_lists(text: str, qs: list[Q], relations: list[Relation], domain: Domain) -> None:
    """Extend, in place, each list of parts of this paragraph (`relations`) whose breakdown
    the sentences after it complete."""
    spans = list(sentences(text))
    for rel in relations:
        if rel.kind != "total_parts" or rel.extra.get("signs"):
            continue
        _run_on(text, spans, qs, rel, domain)
