"""The share frame: a part's percentage of a whole.

    基本支出300万元，占75%；项目支出100万元，占25%。    the whole: the total the parts belong to
    工资福利支出80万元，占基本支出的88.9%。              the whole named after 占
    甲、乙、丙三类支出分别为10万元、20万元和30万元，        a `分别` list of amounts and a list of
    占总支出的比例分别为16.7%、33.3%和50%。              shares, paired in order

Cue words are data (`[share]` in checks/domain/cues.toml). The part is the last amount before
the share in its clause group (not across `;`, not past another percentage). Which whole is
meant is read from the evidence: the named one, the total of the part's breakdown and the
total above that are all candidates (shares in a sub-list are often of the grand total); the
check reports a share only when no candidate gives it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import NamedTuple

from auditlint.arith import disjoint, parts_interval, ratio_percent
from auditlint.domain import Domain, unquoted
from auditlint.extract.clauses import Q, unit_family
from auditlint.extract.lexicon import alternation, compiled
from auditlint.extract.model import Fact, Relation

_GROUP_END = re.compile(r"[;；。]")
# a second share of the part before, right after its first (`，占本年支出的71.0%`)
_NEXT_SHARE = re.compile(r"\s*[,，]\s*占[^,，;；。\d]*")


class ShareCues:
    def __init__(self, domain: Domain) -> None:
        words = domain.section("share")
        cues = alternation(words.get("cues", ["占"]))
        around = alternation(words.get("around", []))
        # a share's label opens with 占 (占本年支出的) or ends with its cue (所占比例为, 占比)
        self.cue = re.compile(rf"^(?:占到|占)|(?:{cues})(?:{around})?$")
        self.opening = re.compile(r"^(?:占到|占)")
        self.around = re.compile(rf"(?:{alternation(words.get('around', []))})+$")
        joiners = alternation(words.get("list_joiners", ["、"]))
        self.joiner = re.compile(rf"^\s*(?:{joiners})\s*$")
        self.generic_whole = re.compile(alternation(words.get("generic_wholes", [])))
        # a named whole that is the total of everything listed (`本年支出合计`, `总支出`)
        self.total_whole = re.compile(alternation(words.get("total_wholes", [])) or "(?!)")
        # a list's own total word right before its figure (`，合计500万元`)
        totals = alternation(words.get("list_totals", [])) or "(?!)"
        self.list_total = re.compile(rf"[,，](?:{totals})(?:为|是)?\s*$")


class Pending(NamedTuple):
    """A share whose whole was not found where it stands: its part, its percentage, the whole
    it names ('' for a bare 占) and whether that name says it is the total of all (`合计`)."""

    part: int
    percent: int
    named: str
    of_total: bool = False


def share_cues(domain: Domain) -> ShareCues:
    return compiled(domain, ShareCues)


def named_whole(cues: ShareCues, label: str) -> str:
    """The whole a share names: `占本年支出合计的比例为` → 本年支出合计 ('' for a bare `占`)."""
    m = cues.cue.search(label)
    if m is None:
        return ""
    rest = label[m.end() :] if cues.opening.match(label[m.start() :]) else label[: m.start()]
    whole = cues.around.sub("", rest).strip()
    return "" if whole == "比" else whole  # 占比, 占比为: the cue itself, no whole named


def _plain_amount(q: Q) -> bool:
    """An amount or a count that can be a part (a bare figure with no unit is not)."""
    return q.fact.kind in ("money", "count", "none") and q.fact.role not in (
        "delta",
        "change_rate",
        "previous",
    )


# `A项60万元、B项140万元`: a list of amounts each with its name, joined by 、/和/及
_NAMED_ITEM = re.compile(r"\s*(?:、|和|及|与|以及)[^\d,，;；。:：%]{1,12}$")


def _runs(text: str, sq: list[Q], cues: ShareCues, named: bool = False) -> list[list[int]]:
    """Indexes of figures listed one after another (`10万元、20万元和30万元`); `named`: also
    amounts each after its own name (`A项60万元、B项140万元`)."""
    runs: list[list[int]] = []
    for i, q in enumerate(sq):
        between = text[sq[i - 1].found.end : q.found.start] if i else ""
        joined = cues.joiner.match(between) or (
            named and q.fact.kind != "percent" and _NAMED_ITEM.match(between)
        )
        if (
            runs
            and runs[-1][-1] == i - 1
            and joined
            and (q.fact.kind == "percent") == (sq[i - 1].fact.kind == "percent")
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _names_agree(label: str, named: str) -> bool:
    """`基本支出` and `基本支出预算`: one name inside the other, in order."""
    a, b = sorted((label, named), key=len)
    return len(a) >= 2 and _subsequence(a, b)


def share_relations(
    text: str,
    sq: list[Q],
    cues: ShareCues,
    parents: dict[int, list[int]],
    find_wholes: Callable[[str, Fact], list[Fact]],
    label_of: Callable[[int], str],
    before: list[Q] = (),
) -> tuple[list[Relation], list[tuple[int, int, str]]]:
    """Shares in the sentence whose figures are `sq`. `parents`: a part's totals, nearest
    first; `find_wholes`: the figures stated before under a name, nearest first; `label_of`:
    a fact's label; `before`: the figures of the sentence before.
    Returns the relations and the shares whose whole is not stated yet (`Pending`)."""
    out: list[Relation] = []
    pending: list[Pending] = []
    pairs: dict[int, int] = {}  # percent index → part index, from `分别` lists
    runs = _runs(text, sq, cues)
    if "分别" in text:  # `A项60万元、B项140万元，分别占…的30%和70%`: named items, in order
        runs = _runs(text, sq, cues, named=True)
    paired_runs = list(itertools.pairwise(runs))
    # `…分别为300万元、150万元和50万元，合计500万元，分别占总支出的60%、30%和10%`: the list's own
    # total between the amounts and their shares is no run of its own
    paired_runs += [
        (amounts, shares)
        for amounts, total, shares in zip(runs, runs[1:], runs[2:], strict=False)
        if len(total) == 1 and cues.list_total.search(text, 0, sq[total[0]].found.start)
    ]
    for amounts, shares in paired_runs:
        if (
            len(amounts) == len(shares) >= 2
            and all(sq[k].fact.kind == "percent" for k in shares)
            and all(_plain_amount(sq[k]) for k in amounts)
        ):
            pairs.update(zip(shares, amounts, strict=True))
    last_percent = -1
    last: tuple[Q, str] | None = None  # the part and named whole of the share before
    last_of_total = False  # … and whether that whole was named as a total (`本年支出合计`)
    for i, q in enumerate(sq):
        if q.fact.kind != "percent":
            continue
        inline = _inline_whole(text, sq, i, cues)
        if inline is not None:
            part, whole = inline
            out.append(
                Relation(
                    kind="share",
                    roles={"part": part.fact.id, "total": whole.fact.id, "percent": q.fact.id},
                    line=q.fact.line,
                )
            )
            last_percent = i
            continue
        # `分别占总额的30%和70%`: the 分别 of a list of shares is no part of the cue
        label = q.fact.label.lstrip("(（").removeprefix("分别")  # `（占本年收入的80%）`
        listed = i in pairs
        stated = None if listed or (i and _plain_amount(sq[i - 1])) else _part_stated_later(sq, i)
        if stated is not None:
            label = label[label.index("占") :]  # `基本支出占总支出的`: the whole after 占
        # `A 360万元，B 120万元，A占比75%`: A's share, not that of the amount just before
        earlier = None if listed or stated else _part_named_before(sq, i, before)
        if earlier is not None:
            label = label[label.index("占") :]
        if not (cues.cue.search(label) or (listed and cues.cue.search(_list_label(sq, i, pairs)))):
            last_percent = i
            continue
        named_part = _part_after(text, sq, i)
        if named_part is not None:
            earlier = None
        if earlier is not None:
            label = label[label.index("占") :]
        if listed:
            part = sq[pairs[i]]
            label = _list_label(sq, i, pairs)
        elif named_part is not None:
            part, label = named_part, "占"  # the share of the part's own total
            last_percent = i
        else:
            group = [
                p
                for k, p in enumerate(sq[last_percent + 1 : i], start=last_percent + 1)
                if not _GROUP_END.search(text, p.found.end, q.found.start)
            ]
            amounts = [p for p in group if _plain_amount(p)]
            last_percent = i
            if earlier is not None:
                part = earlier
            elif amounts:
                part = amounts[-1]
            elif last is not None and _NEXT_SHARE.fullmatch(
                text, sq[i - 1].found.end, q.found.start
            ):
                part = last[0]  # `人员经费220万元，占基本支出的84.6%，占本年支出的71.0%`
            elif stated is not None:
                part = stated  # `基本支出占总支出的75%，基本支出150万元，总支出200万元`
            else:
                continue
        named = named_whole(cues, label)
        explicit = bool(named)
        # a whole named only as a total (`占总额的`, `占总数的`) is the part's own total
        specific = explicit and bool(_core_label(named))
        if explicit:
            last_of_total = bool(
                cues.total_whole.search(text, sq[i - 1].found.end if i else 0, q.found.start)
            )
        if not named and last is not None and last[1] and part is not last[0]:
            named = last[1]  # `A 260万元，占本年支出的83.9%；B 50万元，占16.1%`: the same whole
        elif not explicit:
            last_of_total = False
        last = (part, named)
        candidates: list[Fact] = []
        if explicit:
            out.append(
                Relation(
                    kind="share_of_named",
                    roles={"part": part.fact.id, "percent": q.fact.id},
                    line=q.fact.line,
                    extra={"total": named},
                )
            )
        generic = explicit and not specific and bool(cues.generic_whole.fullmatch(named))
        # `占总额的`: of a total before, where the part's own breakdown gives none
        if (
            named
            and (specific or not explicit or generic)
            and not (generic and parents.get(part.fact.id))
        ):
            candidates += find_wholes(named, part.fact)
        # a named whole not found by name: the part's own totals, where their names agree
        inherited = [
            t
            for t in parents.get(part.fact.id, [])
            if not specific
            or candidates
            or _names_agree(label_of(t), named)
            or _names_agree(_core_label(label_of(t)), _core_label(named))  # 采购总额 / 采购金额
        ]
        candidate_ids = [c.id for c in candidates] + [
            t for t in inherited if t not in {c.id for c in candidates}
        ]
        if (
            not candidate_ids
            and part is named_part
            and i
            and _plain_amount(sq[i - 1])
            and unit_family(sq[i - 1].fact) == unit_family(part.fact)
        ):
            candidate_ids = [sq[i - 1].fact.id]  # `投入7740万元，A占比48.9%，达到3784万元`
        if not candidate_ids:
            if specific or (named and not explicit):  # named, or the whole of the share before
                pending.append(Pending(part.fact.id, q.fact.id, named, last_of_total))
            elif not named:  # a bare 占 with no total near
                pending.append(Pending(part.fact.id, q.fact.id, ""))
            continue
        out.append(
            Relation(
                kind="share",
                roles={"part": part.fact.id, "total": candidate_ids[0], "percent": q.fact.id},
                line=q.fact.line,
                extra={"alternatives": candidate_ids[1:]},
            )
        )
    return out, pending


# `青少年项目占比48.9%，达到3784万元`: a named part's share, then its amount
_PART_SHARE = re.compile(r"[\u4e00-\u9fff]{2,}(?:占比|所占比例|所占比重|占)$")
_THEN_AMOUNT = re.compile(r"^\s*[,，]\s*(?:达到了?|达|计|为|共计?|合计)\s*$")


def _part_after(text: str, sq: list[Q], i: int) -> Q | None:
    """The amount right after a share that names its part before the cue and no whole
    (`其中财政资金占比80%，计400万元`): that amount is the part."""
    if i + 1 >= len(sq) or not _PART_SHARE.search(sq[i].fact.label):
        return None
    after = sq[i + 1]
    between = text[sq[i].found.end : after.found.start]
    if after.fact.label or not _plain_amount(after) or not _THEN_AMOUNT.match(between):
        return None
    return after


_PART_THEN_CUE = re.compile(r"^(?P<part>[^占\d]{2,14}?)占(?!比)")


def _part_stated_later(sq: list[Q], i: int) -> Q | None:
    """A share that names its part before 占 (`基本支出占总支出的75%`), with no amount of its
    own: the part is the first amount after it in the sentence under the same name
    (`，基本支出150万元`)."""
    m = _PART_THEN_CUE.match(sq[i].fact.label)
    name = _core_label(m.group("part")) if m else ""
    if len(name) < 2:
        return None
    for later in sq[i + 1 :]:
        if later.fact.kind == "percent":
            return None  # another share's amounts
        if _plain_amount(later) and _core_label(later.fact.label) == name:
            return later
    return None


_PART_THEN_SHARE = re.compile(r"^(?P<part>[^占\d]{2,14}?)占")


def _part_named_before(sq: list[Q], i: int, before: list[Q] = ()) -> Q | None:
    """A share that names its part before 占 (`基本支出占比75%`) after other amounts: the
    amount of that name stated before it in the sentence, nearest first (not simply the
    amount right before the share, which may be another part's); in a sentence that states
    no amount before it (`…基本支出70万元，…。基本支出占本年支出的70%`), the amount of that
    very name in the sentence before."""
    m = _PART_THEN_SHARE.match(sq[i].fact.label)
    name = _core_label(m.group("part")) if m else ""
    if len(name) < 2:
        return None
    amounts = [q for q in reversed(sq[:i]) if q.fact.kind != "percent" and _plain_amount(q)]
    if not amounts:
        stated = [q for q in reversed(before) if _plain_amount(q)]
        return next((q for q in stated if _core_label(q.fact.label) == name), None)
    named = [_core_label(q.fact.label) for q in amounts]
    exact = next((q for q, n in zip(amounts, named, strict=True) if n == name), None)
    # a name shortened at either end (`税收占比` for 税收收入, `支出占比` for 项目支出), but
    # not one inside another name (税收 in 非税收入)
    return exact or next(
        (q for q, n in zip(amounts, named, strict=True) if n.startswith(name) or n.endswith(name)),
        None,
    )


def _chars_within(short: str, long: str) -> bool:
    """Every character of `short` (two or more) in `long`, in any order: 彩票销售 in 全年销售彩票."""
    return len(short) >= 2 and set(short) <= set(long)


def shares_of_listed_parts(
    text: str,
    a: int,
    sq: list[Q],
    previous: list[Q],
    relations: list[Relation],
    cues: ShareCues,
    label_of: Callable[[int], str],
) -> list[Relation]:
    """`…种植补贴36万元；养殖补贴24万元；农机补贴60万元。各项占补贴发放总额的比例分别为30%、20%、
    50%`: a sentence of percentages only, opening with a share cue and 分别, gives in order the
    shares of the parts the sentence before listed, as many as it has, of their total (whose
    name the share's whole agrees with, if it names one)."""
    if (
        len(sq) < 2
        or any(q.fact.kind != "percent" for q in sq)
        or "分别" not in text[a : sq[0].found.start]
    ):
        return []
    label = sq[0].fact.label
    if not cues.cue.search(label):
        return []
    before = {q.fact.id for q in previous}
    lists = [
        r
        for r in relations
        if r.kind == "total_parts"
        and not r.extra.get("signs")
        and len(r.roles["parts"]) == len(sq)
        and set(r.roles["parts"]) <= before
    ]
    if not lists:
        return []
    listed = lists[-1]
    named = _core_label(named_whole(cues, label))
    total = _core_label(label_of(listed.roles["total"]))
    if named and not (_chars_within(named, total) or _chars_within(total, named)):
        return []  # a share of another whole (占全省销售总量的比重)
    return [
        Relation(
            kind="share",
            roles={"part": part, "total": listed.roles["total"], "percent": q.fact.id},
            line=q.fact.line,
            extra={"alternatives": []},
        )
        for part, q in zip(listed.roles["parts"], sq, strict=True)
    ]


_OF_WHOLE = re.compile(r"^\s*(?:的)?(?:比例|比重)?\s*(?:为|是|达到|达)?\s*$")


def _inline_whole(text: str, sq: list[Q], i: int, cues: ShareCues) -> tuple[Q, Q] | None:
    """`项目支出180万元，占总支出500万元的36%`: the whole stated inside the share, right after
    占, and the part the amount before it in the clause group (part, whole)."""
    if i < 2:
        return None
    whole, part = sq[i - 1], sq[i - 2]
    if not (_plain_amount(whole) and _plain_amount(part)) or whole.fact.kind == "none":
        return None
    if not cues.opening.match(whole.fact.label) or whole.fact.kind != part.fact.kind:
        return None
    if not _OF_WHOLE.match(text[whole.found.end : sq[i].found.start]):
        return None
    if _GROUP_END.search(text, part.found.end, whole.found.start):
        return None
    whole.fact.label = cues.opening.sub("", whole.fact.label)  # 占总支出 names 总支出
    return part, whole


def _list_label(sq: list[Q], i: int, pairs: dict[int, int]) -> str:
    """The label of a `分别` list of shares is the first share's: `占总支出的比例分别为`."""
    first = min(k for k in pairs if pairs[k] - k == pairs[i] - i)
    label = sq[first].fact.label.removeprefix("分别")
    return label.removesuffix("分别为").removesuffix("分别是").removesuffix("分别")


_LABEL_QUALIFIER = re.compile(
    r"^(?:[本该我](?:项目|单位|部门|局|院|委|中心))?(?:\d{4}\s*年|年|本年|全年|本年度)?"
    r"(?:一般公共预算|政府性基金预算)?"
)


def _core_label(label: str) -> str:
    """A total's name without what it is of (`该项目`, `本单位`), the year and budget-type words
    around it, quotes, and a trailing 预算 or word for a total: `2022年` + `一般公共预算` +
    `基本支出`, `基本支出预算` and `基本支出合计` all name 基本支出."""
    core = _LABEL_QUALIFIER.sub("", unquoted(label.strip())).replace("总金额", "金额")
    return _TOTAL_SUFFIX.sub("", core.removesuffix("预算数").removesuffix("预算"))


_KIND_WORD = re.compile(r"预算|决算|执行|实际|计划")


def _kinds(label: str) -> set[str]:
    return set(_KIND_WORD.findall(label))


_TOTAL_SUFFIX = re.compile(r"(?:合计数|总计数|合计|总计|总额|总数|总量)$")
# wholes a share is tried against when the text names its whole but states it elsewhere
MAX_WHOLES = 4


_ACTUAL = frozenset({"决算", "执行", "实际"})


def _names_whole(label: str, named: str, want: str, concept: str, of: Callable[[str], str]) -> bool:
    """Whether a figure's label names the whole a share names: the same core name, one core
    inside the other (three characters or more), or the same concept of the domain data."""
    # a figure of the kind named (a name without a kind is of the actual figure, not of its
    # budget: 三公经费 is not the 三公经费预算数), or without a kind of its own where the name
    # is a budget's (`占基本支出预算的` in a budget report that says 基本支出)
    kinds, wanted = _kinds(label), _kinds(named)
    if not (kinds == wanted or (not wanted and kinds <= _ACTUAL) or not kinds):
        return False
    core = _core_label(label)
    if core == want or (len(core) >= 3 and core in want):
        return True
    # (not a longer label: 转移支付 is not 专项转移支付, a part, nor 税收返还和转移支付, a sum)
    return bool(concept) and of(label) == concept


# how far back a bare share's total may be looked for, in facts
_REACH = 40


def earlier_totals(orphans: list[tuple[int, int]], facts: list[Fact]) -> list[Relation]:
    """`（二）结构情况\n一般公共服务支出820.40万元，占47.69%；农林水支出610.72万元，占35.50%；…`:
    bare shares of several parts on one line, or on lines one after another, with no total of
    their own are of the total stated
    shortly before that gives all of them but at most one (and two at least), or that the
    parts add up to and one share fits: the figures themselves single it out; a share that
    does not fit is then checked against it."""
    by_id = {f.id: f for f in facts}
    index = {f.id: k for k, f in enumerate(facts)}
    by_line: dict[int, list[tuple[Fact, Fact]]] = {}
    for part_id, percent_id in orphans:
        percent = by_id[percent_id]
        by_line.setdefault(percent.line, []).append((by_id[part_id], percent))
    # lines one after another (`（一）A 150万元，占46.9%` / `（二）B 70万元，占21.9%`) are one
    # list, as the parts of one line are
    groups: list[list[tuple[Fact, Fact]]] = []
    last_line = -2
    for line in sorted(by_line):
        if groups and line == last_line + 1:
            groups[-1] += by_line[line]
        else:
            groups.append(list(by_line[line]))
        last_line = line
    out: list[Relation] = []
    for pairs in groups:
        if len(pairs) < 2:
            continue
        first = min(index[p.id] for p, _ in pairs)
        largest = max(p.base_value for p, _ in pairs)
        family = pairs[0][0].kind
        for cand in reversed(facts[max(0, first - _REACH) : first]):
            if cand.kind != family or cand.role or cand.qualifier or cand.base_value <= largest:
                continue
            fits = sum(
                1
                for p, pc in pairs
                if (r := ratio_percent(p.interval(), cand.interval())) is not None
                and not disjoint(r, pc.interval())
            )
            whole = not disjoint(parts_interval([p for p, _ in pairs]), cand.interval())
            if fits >= max(2, len(pairs) - 1) or (whole and fits >= 1):
                out += [
                    Relation(
                        kind="share",
                        roles={"part": p.id, "total": cand.id, "percent": pc.id},
                        line=pc.line,
                        extra={"alternatives": []},
                    )
                    for p, pc in pairs
                ]
                break
    return out


# roles a whole may have: none (prose), or a table cell's amount column
_WHOLE_ROLES = frozenset({"", "amount", "budget", "budget_initial", "execution"})


def _named_wholes(
    named: str, part: Fact, facts: list[Fact], concept_of: Callable[[str], str]
) -> list[Fact]:
    """The figures of the part's kind whose labels name the whole a share names, nearest
    first, one of each value."""
    want = _core_label(named)
    if len(want) < 2:
        return []
    concept = concept_of(named)
    found = sorted(
        (
            f
            for f in facts
            if f.id != part.id
            and f.kind == part.kind
            and f.label
            and f.role in _WHOLE_ROLES
            and not f.qualifier
            # (a table's cell by its row's name: `本年支出合计:决算数`)
            and _names_whole(f.label.split(":")[0], named, want, concept, concept_of)
        ),
        key=lambda f: abs(f.id - part.id),
    )
    return list({f.value: f for f in found}.values())[:MAX_WHOLES]


def other_wholes(
    relations: list[Relation], facts: list[Fact], concept_of: Callable[[str], str]
) -> None:
    """A share of a named whole checked against the figure of that name stated before it may
    mean another of that name (`占本年支出合计的99.05%` after `支出总计1286.40万元`, the table's
    `本年支出合计 1237.50`): every figure in the report that the name fits is another reading,
    so the check reports the share only when none gives it."""
    by_id = {f.id: f for f in facts}
    names = {r.roles["percent"]: r.extra["total"] for r in relations if r.kind == "share_of_named"}
    for rel in relations:
        if rel.kind != "share" or rel.roles["percent"] not in names:
            continue
        taken = {rel.roles["total"], *rel.extra.get("alternatives", [])}
        more = _named_wholes(
            names[rel.roles["percent"]], by_id[rel.roles["part"]], facts, concept_of
        )
        rel.extra["alternatives"] = [
            *rel.extra.get("alternatives", []),
            *(f.id for f in more if f.id not in taken),
        ]


def later_wholes(
    pending: list[Pending], facts: list[Fact], concept_of: Callable[[str], str]
) -> list[Relation]:
    """`占基本支出预算7.20%` where the report states 基本支出 elsewhere (`一般公共预算` + `基本支出
    X元`), resolved once every fact is known: the figures of the part's kind whose labels name
    that whole, nearest first; the check reports a share only when none of them gives it."""
    by_id = {f.id: f for f in facts}
    out: list[Relation] = []
    for part_id, percent_id, named, _ in pending:
        part = by_id[part_id]
        want = _core_label(named)
        if len(want) < 2:
            continue
        concept = concept_of(named)
        found = sorted(
            (
                f
                for f in facts
                if f.id != part_id
                and f.kind == part.kind
                and f.label
                and not f.role
                and not f.qualifier
                and _names_whole(f.label, named, want, concept, concept_of)
            ),
            key=lambda f: abs(f.id - part_id),
        )
        if not found:
            continue
        wholes = list({f.value: f for f in found}.values())[:MAX_WHOLES]
        out.append(
            Relation(
                kind="share",
                roles={"part": part_id, "total": wholes[0].id, "percent": percent_id},
                line=by_id[percent_id].line,
                extra={"alternatives": [w.id for w in wholes[1:]]},
            )
        )
    return out


def implied_wholes(pending: list[Pending], resolved: set[int], facts: list[Fact]) -> list[Relation]:
    """`其中：A 300万元，占比62.5%；B 120万元，占比25%；C 60万元，占比12.5%` with the whole stated
    nowhere: shares of one whole on one line — bare (`占25%`), or of one whole named as a total
    (`占本年支出合计的`) — each give that whole as part ÷ share; the check asks whether one whole
    gives them all. A whole named otherwise (`占年初预算的`, `占计划的`) may be each part's own,
    and is left alone. `resolved`: shares a stated whole was found for."""
    by_id = {f.id: f for f in facts}
    groups: dict[tuple[int, str, str], list[tuple[int, int]]] = {}
    for part_id, percent_id, named, of_total in pending:
        if percent_id in resolved or (named and not of_total):
            continue
        part, percent = by_id[part_id], by_id[percent_id]
        if part.qualifier or percent.qualifier or part.kind not in ("money", "count"):
            continue
        key = (percent.line, named, part.unit if part.kind == "count" else "money")
        members = groups.setdefault(key, [])
        if all(p != part_id for p, _ in members):
            members.append((part_id, percent_id))
    return [
        Relation(
            kind="implied_whole",
            roles={"parts": [p for p, _ in members], "percents": [pc for _, pc in members]},
            line=line,
            extra={"whole": named},
        )
        for (line, named, _), members in groups.items()
        if len(members) >= 2
    ]


def shares_of_named_parts(
    sq: list[Q],
    taken: set[int],
    cues: ShareCues,
    breakdowns: list[dict],
    member: Callable[[str, list[list[str]]], int | None],
) -> list[Relation]:
    """`从支出结构看，基本支出占比75.2%，项目支出占比24.8%`: shares that name their parts before
    占 and give no amounts — no share relation holds them (`taken`) — are a list of shares of
    one whole (the one they name, or the one a bare 占 leaves implicit): more than 100% is
    wrong, and so is anything but 100% where the parts are every part of a breakdown the
    domain data knows (基本支出 and 项目支出) each once."""
    groups: dict[str, list[tuple[str, Q]]] = {}
    last_whole = ""
    for q in sq:
        if q.fact.kind != "percent" or q.fact.id in taken or q.fact.qualifier or q.fact.role:
            continue  # (a role: a level of a change, `上年占比73.0%`, read by its frame)
        m = _PART_THEN_SHARE.match(q.fact.label)
        name = _core_label(m.group("part")) if m else ""
        if len(name) < 2:
            continue
        # a bare 占 after a share that named its whole: of the same whole
        whole = named_whole(cues, q.fact.label[m.end() - 1 :]) or last_whole
        last_whole = whole
        members = groups.setdefault(whole, [])
        if all(n != name for n, _ in members):
            members.append((name, q))
    out: list[Relation] = []
    for whole, members in groups.items():
        if len(members) < 2:
            continue
        names = [n for n, _ in members]
        complete = False
        for bd in breakdowns:
            found = [member(n, bd["parts"]) for n in names]
            if all(k is not None for k in found) and sorted(found) == list(range(len(bd["parts"]))):
                complete = True
        out.append(
            Relation(
                kind="share_list",
                roles={"percents": [q.fact.id for _, q in members]},
                line=members[-1][1].fact.line,
                extra={"whole": whole, "complete": complete},
            )
        )
    return out
