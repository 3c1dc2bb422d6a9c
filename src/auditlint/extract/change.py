"""The change frame: a figure compared with a base (上年, 2022年, 预算), in any order the
sentence states its parts — the previous value, the amount, the rate:

    支出60万元，较上年增加6万元，增长11.1%。            current, base, amount, rate
    支出50万元，较上年的46万元增加4万元。              … with the previous value
    收入完成900万元，同比增长12%，增收96万元。          rate before amount
    合计140万元，上年为110万元，较上年增加30万元。      previous in a clause of its own
    利润收入80亿元，增加5亿元，增长6.7%。              no base named: amount and rate both
    预算1205万元（较上年压缩2%）                       a bracket holds the change of the
                                                       figure before it

A figure is a change when a verb of the lexicon (`[change]` in checks/domain/cues.toml) ends
the text before it; a figure after a base word and before the verb is the previous value. The
sign of each figure comes from its own verb, so `减少0.03万元，增长0.02%` keeps both signs.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from auditlint.domain import unquoted
from auditlint.extract.clauses import SENTENCE_END, Q, brackets, unit_family
from auditlint.extract.composition import list_marker
from auditlint.extract.lexicon import BUDGET_KINDS, ChangeCues
from auditlint.extract.model import Fact, Relation
from auditlint.extract.quantities import clean_label

_CLAUSE = re.compile(r"[;；:：]")
_PHRASE = re.compile(r"[;；:：,，]")
_WORDS = re.compile(r"[\u4e00-\u9fff\w]")
# what kind of figure a name is: a budget, a final account, an execution, a plan
_KIND_WORDS = re.compile("预算|决算|执行|实际|计划")
_BUDGET_KINDS = re.compile(BUDGET_KINDS)  # names of money, not kinds of figure


def _kinds(label: str) -> list[str]:
    return _KIND_WORDS.findall(_BUDGET_KINDS.sub("", label))


@dataclass(slots=True)
class _Group:
    base: str  # previous | budget | implicit
    scope: int  # the bracket the group stands in (-1: none)
    start: int  # offset of the base word or first change
    previous: Q | None = None
    delta: Q | None = None
    percent: Q | None = None
    points: Q | None = None  # a change of a rate in percentage points
    signs: dict[str, int] = field(default_factory=dict)
    year: str = ""  # the year the base names (较2022年), or `last` for 上年, 同比…


def _kind(q: Q) -> str:
    if q.fact.kind != "percent":
        return "delta"
    return "points" if q.fact.unit == "个百分点" else "percent"


def change_relations(
    text: str, a: int, b: int, sq: list[Q], before: list[Q], cues: ChangeCues
) -> list[Relation]:
    """Changes stated in the sentence text[a:b] with figures `sq`; `before` are the previous
    sentence's figures, for a sentence that opens with its comparison (`。比上年增加…`)."""
    if not cues.any_verb.search(text, a, b):
        return []  # no change without a verb of change (most sentences)
    if "分别" in text[a:b]:
        listed = _respective(text, a, b, sq, cues)
        if listed is not None:
            return listed
    scopes = brackets(text, a, b)
    groups: list[_Group] = []
    levels: list[tuple[Q, int]] = []  # figures stated as levels, with their bracket
    stated_previous: list[Q] = []
    previous_names: dict[int, str] = {}  # what each stated previous figure names (`支出`)
    # a later year's figure after an earlier one's (`2024年为750万元，2025年为812万元`): the
    # earlier one is its previous, by the id of the later
    later_year: dict[int, Q] = {}
    current_of: dict[int, int] = {}  # group → how many levels were stated before it
    group: _Group | None = None
    at = a
    for q in sq:
        gap_start, gap = at, text[at : q.found.start]
        at = q.found.end
        scope = scopes[q.found.start - a]
        verb = cues.verb_at_end.search(gap)
        if verb is not None and q.fact.kind == "percent" and cues.rate_name.search(gap):
            verb = None  # 节约率10%: the rate frame's (what was saved over the plan)
        # a base word belongs to its own clause: not one closed by `;` (较上年持平；公务接待费…),
        # and, for a previous value (no verb), not one closed by a comma either
        clause = _CLAUSE.split(gap)[-1] if verb is not None else _PHRASE.split(gap)[-1]
        base = cues.base_budget.search(clause) or cues.base_previous.search(clause)
        if base is not None and verb is None and cues.previous_label.search(gap):
            # `，上年同期为1.96万元`: the previous period's figure, in a clause of its own
            base = None
        if base is not None:
            base_at = gap_start + len(gap) - len(clause) + base.start()
        if group is not None and (group.scope != scope or (base and verb is None)):
            group = None
        if base is not None:
            kind = "budget" if cues.base_budget.fullmatch(base.group()) else "previous"
            group = _Group(base=kind, scope=scope, start=base_at, year=_base_year(base.group()))
            groups.append(group)
            current_of[id(group)] = len(levels)
        if verb is None:
            if group is not None and group.previous is None and not group.delta and base:
                group.previous = q  # 较上年的46万元 / 比去年3.01万元
                continue
            group = None
            named = cues.previous_label.search(gap) if levels else _last_years(gap, cues)
            if named and levels and _later_year(named.group(), levels[-1][0]):
                later_year[q.fact.id] = levels[-1][0]
                named = None
            if named:  # a previous figure follows the current one (`2023年…，2022年为…`)
                stated_previous.append(q)
                previous_names[q.fact.id] = named.group("rest")
            else:
                levels.append((q, scope))
            continue
        if q.fact.qualifier:
            group = None
            continue
        kind = _kind(q)
        if group is None or getattr(group, kind if kind != "points" else "percent") is not None:
            group = _Group(base="implicit", scope=scope, start=q.found.start)
            groups.append(group)
            current_of[id(group)] = len(levels)
        if kind == "points":
            group.signs["points"] = cues.sign(verb.group("verb"))  # no relative check
            group.points = q
            continue
        setattr(group, kind, q)
        # `增加-1.5万元`, `增长-15%`: a negative figure turns the verb's way round
        group.signs[kind] = cues.sign(verb.group("verb")) * (-1 if q.fact.value < 0 else 1)
    groups = _rate_before_its_base(groups, current_of)
    went_from = _from_to(text, sq) if _TO_HINT.search(text, a, b) else {}
    went_from = {**later_year, **went_from}
    out = []
    compared: _Group | None = None  # the last group that named its base
    # what the change before was said of (its subject, its figure) and in which bracket
    said_of: tuple[str, Q | None] | None = None
    said_in = -2
    for g in groups:
        current = _current(levels[: current_of[id(g)]], g)
        opens = not _WORDS.search(text, a, g.start)  # the sentence opens with the comparison
        named = _named_after_base(text, g, cues) if opens else ""
        shared = _shared_names(named) if opens and current is None else []
        if shared and before and not current_of[id(g)]:
            # `与上年相比，收入、支出总计各增加52万元`: one change of each quantity named
            plain = [p for p in before if p.fact.kind != "percent"]
            each = [
                next((p for p in reversed(plain) if _names_one(n, p.fact.label)), None)
                for n in shared
            ]
            if None not in each:
                out += [
                    r
                    for p in each
                    if p is not None
                    and (r := _relation(g, p, stated_previous, previous_names)) is not None
                ]
                continue
        if current is None and not current_of[id(g)] and before and opens:
            plain = [p for p in before if p.fact.kind != "percent"]
            # the last figure before, unless the sentence names another (`。与上年相比，
            # “三公”经费减少…` after the 三公 items: the total, found by its name)
            if plain and (not named or _names_one(named, plain[-1].fact.label)):
                current = plain[-1]
        if current is None and g.base != "implicit":
            current = _current_after(text, sq, g)  # `较上年增加8万元，为58万元`
        if g.base != "implicit":
            compared = g
        # a clause after the comparison that names what changed (`…，其中人员经费增加12万元`)
        own = _own_subject(g, cues) if g.base == "implicit" else ""
        if (
            current is not None
            and own
            and (
                _names_another(own, current.fact.label)
                or cues.parts_cue.search(text, current.found.end, g.start)
            )
        ):
            # `基本支出120万元，…，其中人员经费增加12万元`: not the 120's change; nor is
            # `支出22万元，…，其中基本支出增加1万元` (a part named after 其中) the 22's
            current = None
        if g.points is not None and g.delta is None and g.percent is None:
            rel = _points_relation(g, levels[: current_of[id(g)]], sq, went_from)
        elif current is None and own and g.delta is not None:
            # the change names what changed (`…；其他收入增加10万元，增长25%`), stated elsewhere;
            # the base the sentence named holds for the clauses after it
            if g.base == "implicit" and compared is not None and compared.scope == g.scope:
                g.base = compared.base
            rel = _without_current(g, own)
        elif current is None and g.base != "implicit" and current_of[id(g)] == 0:
            subject = named or _subject(text, a, g.start)
            if not subject and said_in == g.scope and said_of is not None:
                # `“三公”经费较上年减少…；较年初预算减少…`: a second base of the same subject
                subject, current = said_of
            if current is not None:
                rel = _relation(g, current, stated_previous, previous_names)
            else:
                rel = _without_current(
                    g, subject, _previous_of(g, subject, stated_previous, previous_names)
                )
        else:
            if current is not None and g.previous is None and current.fact.id in went_from:
                g.previous = went_from[current.fact.id]  # 由上年的1200人增加到1500人，增加…
            rel = _relation(g, current, stated_previous, previous_names, _following(sq, g))
        if rel is not None:
            out.append(rel)
            said_of = (rel.extra.get("subject", ""), current)
            said_in = g.scope
    return _then_result(text, a, sq, before, cues, _joined_halves(out))


# what a figure is after a change to it (`…减少60人次，实际培训440人次`): the result
_RESULT = re.compile(r"^(?:实际|最终|调整后|变动后|减少后|增加后|现有|剩余)")


def _then_result(
    text: str, a: int, sq: list[Q], before: list[Q], cues: ChangeCues, out: list[Relation]
) -> list[Relation]:
    """`原计划培训500人次，因故减少60人次，实际培训440人次` (or the 500 ending the sentence
    before): a level, a change with no base of its own, then the figure it resulted in, named
    as such (实际, 最终, 调整后…): result = level ± change. Replaces the change's reading
    without its figure (its subject, `因故`, names nothing)."""
    # changes read without their figure or base: the ones this reading may replace
    bare = {
        r.roles["delta"]: r
        for r in out
        if r.roles.keys() == {"delta"} and r.extra.get("base") == "implicit"
    }
    used = {i for r in out if r.roles.get("delta") not in bare for i in r.ids()}
    for k, q in enumerate(sq):
        if k + 1 >= len(sq) or q.fact.id in used or q.fact.kind not in ("money", "count"):
            continue
        gap = text[sq[k - 1].found.end if k else a : q.found.start]
        verb = cues.verb_at_end.search(gap)
        if verb is None or q.fact.qualifier:
            continue
        result = sq[k + 1]
        if (
            result.fact.qualifier
            or result.fact.role
            or unit_family(result.fact) != unit_family(q.fact)
            or not _RESULT.match(result.fact.label)
            or cues.verb_at_end.search(text[q.found.end : result.found.start])
        ):
            continue
        if k:  # the level before the change in its sentence, itself no change
            levels = [p for p in sq[:k] if not p.fact.role and not p.fact.qualifier]
        else:  # or the last figure of the sentence before
            levels = [p for p in before if p.fact.kind != "percent"]
        level = levels[-1] if levels else None
        if level is None or unit_family(level.fact) != unit_family(q.fact):
            continue
        if k and cues.verb_at_end.search(text, a, level.found.start):
            continue
        level.fact.role = level.fact.role or "previous"
        q.fact.role = q.fact.role or "delta"
        sign = cues.sign(verb.group("verb"))
        roles = {"current": result.fact.id, "previous": level.fact.id, "delta": q.fact.id}
        extra = {"sign": sign, "percent_sign": sign, "base": "previous"}
        rel = bare.get(q.fact.id)
        if rel is None:
            out.append(Relation(kind="change", roles=roles, line=q.fact.line, extra=extra))
        else:
            rel.roles, rel.extra = roles, extra
    return out


# what opens the figure a change came to, stated after it (`增加8万元，为58万元`, `，达到460万元`)
_CAME_TO = re.compile(r"^\s*[，,]\s*(?:为|达到|达|增至|减至|降至|升至)\s*$")


def _current_after(text: str, sq: list[Q], g: _Group) -> Q | None:
    """The figure a change came to, right after the change's amount and rate and opened by a
    word of being (`与上年相比，项目支出增加8万元，为58万元`): an amount of the change's unit
    with no name of its own."""
    if g.delta is None:
        return None
    for q in (g.delta, g.percent):  # right after the amount, or after the rate that follows it
        if q is None:
            continue
        at = next(i for i, p in enumerate(sq) if p is q)
        after = sq[at + 1] if at + 1 < len(sq) else None
        if (
            after is not None
            and not after.fact.role
            and not after.fact.qualifier
            and after.fact.kind in ("money", "count")
            and unit_family(after.fact) == unit_family(g.delta.fact)
            and _CAME_TO.match(text[q.found.end : after.found.start])
        ):
            return after
    return None


def _following(sq: list[Q], g: _Group) -> Q | None:
    """The figure of the sentence right after the group's last one, if any."""
    own = [q for q in (g.delta, g.percent) if q is not None]
    if not own:
        return None
    last = max(own, key=lambda q: q.found.start)
    i = next(i for i, q in enumerate(sq) if q is last)
    return sq[i + 1] if i + 1 < len(sq) else None


_YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*年)")


def _later_year(label: str, before: Q) -> bool:
    """Whether a clause's year (`，2025年为`) comes after the year of the figure before it
    (`2024年支出750万元`): then that figure is the previous one, not this."""
    year = _YEAR.search(label)
    return year is not None and before.fact.period.isdigit() and year.group() > before.fact.period


_PREVIOUS_RATE = re.compile(r"^(?:上年|去年|上期|上年度|(?:19|20)\d{2}年度?)")

# `由上年的1200人增加到1500人` / `从88%提高至95%`: from one figure to the next
_TO_HINT = re.compile(r"[到至]")
_FROM = re.compile(r"(?:由|从)(?P<when>上年|去年|上期|(?:19|20)\d{2}年度?)?(?:的|底的|末的)?\s*$")
_TO = re.compile(
    r"^\s*(?:增加|增长|提高|提升|上升|减少|下降|降低|压减|减)(?:到|至)"
    r"(?:本年|今年|本期|(?:19|20)\d{2}年度?)?(?:的|底的|末的)?\s*$"
)


def _from_to(text: str, sq: list[Q]) -> dict[int, Q]:
    """The figure a sentence says a quantity went from, by the id of the one it went to."""
    out: dict[int, Q] = {}
    for before, after in itertools.pairwise(sq):
        if unit_family(before.fact) != unit_family(after.fact):
            continue
        gap = text[before.found.end : after.found.start]
        lead = text[max(0, before.found.start - 12) : before.found.start]
        went = _FROM.search(lead) if _TO.match(gap) else None
        if went is None:
            continue
        out[after.fact.id] = before
        # both are of the quantity named before 由 (`执行率由上年的88%提高到95%`)
        name = before.fact.label[: before.fact.label.rfind(went.group()[0])]
        if name:
            after.fact.label = name
            before.fact.label = (went.group("when") or "上年") + name
    return out


def _points_relation(
    g: _Group, levels: list[tuple[Q, int]], sq: list[Q], went_from: dict[int, Q]
) -> Relation | None:
    """`执行率92%，较上年下降5个百分点，上年执行率98%`: a rate's change in points against the
    previous rate the sentence states (`较上年的98%`, `上年…98%` after it, or `由98%下降到92%`)."""
    current = next((q for q, s in reversed(levels) if q.fact.kind == "percent"), None)
    assert g.points is not None
    if current is None or g.base == "budget":
        return None
    previous = g.previous or went_from.get(current.fact.id)
    if previous is None:
        previous = next(
            (
                q
                for q in sq
                if q.found.start > g.points.found.end
                and q.fact.kind == "percent"
                and q.fact.unit != "个百分点"
                and _PREVIOUS_RATE.match(q.fact.label)
            ),
            None,
        )
    if previous is None or previous.fact.kind != "percent" or current.fact.qualifier:
        return None
    previous.fact.role = previous.fact.role or "previous"
    g.points.fact.role = g.points.fact.role or "delta"
    sign = g.signs.get("points", 1)
    return Relation(
        kind="change",
        roles={"current": current.fact.id, "previous": previous.fact.id, "delta": g.points.fact.id},
        line=g.points.fact.line,
        extra={"sign": sign, "percent_sign": sign, "base": "previous", "points": True},
    )


def _rate_before_its_base(groups: list[_Group], current_of: dict[int, int]) -> list[_Group]:
    """`支出30万元，减幅5%，比上年减少2.5万元`: a rate without a base right before the amount
    that names one is that change's rate."""
    out: list[_Group] = []
    for g in groups:
        last = out[-1] if out else None
        if (
            last is not None
            and last.base == "implicit"
            and last.percent is not None
            and last.delta is None
            and last.previous is None
            and g.base != "implicit"
            and g.delta is not None
            and g.percent is None
            and last.scope == g.scope
            and current_of[id(last)] == current_of[id(g)]
        ):
            g.percent = last.percent
            g.signs["percent"] = last.signs.get("percent", 1)
            out[-1] = g
            continue
        out.append(g)
    return out


def _joined_halves(rels: list[Relation]) -> list[Relation]:
    """`支出14.2万元，较上年下降12%，较上年减少2.1万元`: the rate and the amount of one change,
    each with its own base phrase, are one change (same figure, same base, one of each)."""
    out: list[Relation] = []
    for rel in rels:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == rel.kind == "change"
            and "current" in last.roles
            and last.roles.get("current") == rel.roles.get("current")
            and last.extra.get("base") == rel.extra.get("base")
            and "previous" not in last.roles
            and "previous" not in rel.roles
            and {"delta", "percent"} == {*last.roles, *rel.roles} - {"current"}
            and not ({"delta", "percent"} & set(last.roles) & set(rel.roles))
        ):
            last.roles.update({k: v for k, v in rel.roles.items() if k != "current"})
            if "delta" in rel.roles:
                last.extra["sign"] = rel.extra.get("sign", 1)
            else:
                last.extra["percent_sign"] = rel.extra.get("percent_sign", 1)
            continue
        out.append(rel)
    return out


_RESPECTIVE_CLAUSE = re.compile(r"分别")
_LIST_JOIN = re.compile(r"^\s*(?:、|和|及|与|,|，)?\s*$")


def _respective(text: str, a: int, b: int, sq: list[Q], cues: ChangeCues) -> list[Relation] | None:
    """`A、B分别为80万元、20万元，分别比上年减少5万元、增加2万元，分别下降5.88%、增长11.11%`:
    each `分别` list after the first pairs its figures, in order, with the first's (PHRASEBOOK
    §2, trap 7); a verb before the list serves the figures after it (`比上年分别减少5万元、
    2万元`). None when the sentence is not so laid out; then the figures are read as usual."""
    marks = [m.start() for m in _RESPECTIVE_CLAUSE.finditer(text, a, b)]
    runs: list[list[Q]] = []
    for n, at in enumerate(marks):
        end = marks[n + 1] if n + 1 < len(marks) else b
        run = [q for q in sq if at < q.found.start < end]
        if not run:
            return None
        runs.append(run)
    levels, changes = runs[0], runs[1:]
    if runs and cues.verb_at_end.search(text[marks[0] : runs[0][0].found.start]):
        # `A 80万元、B 20万元，分别比上年减少…`: the levels stand before the first 分别
        levels, changes = [q for q in sq if q.found.end <= marks[0]], runs
        marks = [a, *marks]
    if not changes:  # the list: the figures joined by 、 and 和 from the cue on
        k = 1
        while k < len(levels) and _LIST_JOIN.match(
            text[levels[k - 1].found.end : levels[k].found.start]
        ):
            k += 1
        levels = levels[:k]
    if len(levels) < 2 or any(q.fact.kind == "percent" for q in levels):
        return None
    if not changes:
        after = [q for q in sq if q.found.start >= levels[-1].found.end]
        gap = text[levels[-1].found.end : after[0].found.start] if after else ""
        if after and cues.verb_at_end.search(gap):
            return []  # `A、B分别为80万元、20万元，比上年增加5万元`: of the two, whose sum is unsaid
        return None
    out: list[Relation] = []
    per_level: list[dict[str, Q]] = [{} for _ in levels]
    signs: list[dict[str, int]] = [{} for _ in levels]
    base = "previous"
    for n, run in enumerate(changes):
        clause = text[marks[n + 1] : run[0].found.start]
        if cues.base_budget.search(clause):
            base = "budget"
        if len(run) != len(levels):
            return None
        at = marks[n + 1]
        verb = None
        for i, q in enumerate(run):
            gap = text[at : q.found.start]
            own = cues.verb_at_end.search(gap)
            # `分别减少10万元、5万元`: one verb before the list serves each figure of it
            if own is None and not (i and verb is not None and _LIST_JOIN.match(gap)):
                return None
            verb = own or verb
            at = q.found.end
            if verb is None or q.fact.qualifier:
                return None
            kind = _kind(q)
            if kind == "points" or kind in per_level[i]:
                return None
            per_level[i][kind] = q
            signs[i][kind] = cues.sign(verb.group("verb"))
    for level, found, sign in zip(levels, per_level, signs, strict=True):
        if not found:
            continue
        roles = {"current": level.fact.id}
        for kind, q in found.items():
            roles[kind] = q.fact.id
            q.fact.role = q.fact.role or ("delta" if kind == "delta" else "change_rate")
        first = sign.get("delta", sign.get("percent", 1))
        anchor = found.get("delta") or found["percent"]
        out.append(
            Relation(
                kind="change",
                roles=roles,
                line=anchor.fact.line,
                extra={"sign": first, "percent_sign": sign.get("percent", first), "base": base},
            )
        )
    return out


# no change at all; `基本持平` (about the same) allows one, so does `略有…`
_FLAT = re.compile(r"(?<![基本大致略])(?:持平|无增减变化|无增减|无变化|没有变化|未发生变化|零增长)")


# `0万元，与上年持平`: no change said in words right after the figure (not 基本持平)
_SAID_FLAT = re.compile(
    r"\s*[,，(（]?\s*(?:与上年|与去年|同上年|较上年|比上年|同比|与上年度)?(?:相比)?\s*"
    r"(?:持平|无增减变化|无增减|无变化|没有变化|零增长)"
)


def said_flat(text: str, a: int, b: int, sq: list[Q]) -> list[Q]:
    """The figures of text[a:b] said, right after them, to be unchanged with no previous figure
    beside them (`因公出国（境）费0万元，与上年持平`): each is a change of zero, which a breakdown
    of a total's change counts."""
    if not _FLAT_HINT.search(text, a, b):
        return []  # most sentences say nothing is unchanged
    out = []
    for k, q in enumerate(sq):
        m = _SAID_FLAT.match(text, q.found.end, b)
        if m is None or q.fact.kind not in ("money", "count") or q.fact.role or q.fact.qualifier:
            continue
        if k + 1 < len(sq) and sq[k + 1].found.start < _clause_end(text, m.end(), b):
            continue  # a figure in the same clause after it: a previous value (flat_relations)
        out.append(q)
    return out


_CLAUSE_MARK = re.compile(r"[,，;；。]")
_FLAT_HINT = re.compile(r"持平|无增减|无变化|没有变化|零增长")


def _clause_end(text: str, start: int, b: int) -> int:
    m = _CLAUSE_MARK.search(text, start, b)
    return m.start() if m else b


def flat_relations(text: str, a: int, b: int, sq: list[Q], cues: ChangeCues) -> list[Relation]:
    """`办公费12万元，上年为12万元，与上年持平`: a figure said to be unchanged from the previous
    one the sentence states (after a base word, `与上年的5万元持平`, or in a clause of its own,
    `上年为…`); the two must agree."""
    flat = _FLAT.search(text, a, b)
    if flat is None:
        return []
    before = [q for q in sq if q.found.end <= flat.start() and q.fact.kind != "percent"]
    after = [q for q in sq if q.found.start >= flat.end() and q.fact.kind != "percent"]
    if before and after and cues.previous_label.search(text, flat.end(), after[0].found.start):
        # `公务接待费1.5万元，与上年持平，上年为1.8万元`: the previous figure after the word
        current, previous = before[-1], after[0]
        named = cues.previous_label.search(text[current.found.end : previous.found.start])
    elif len(before) < 2:
        return []
    else:
        current, previous = before[-2], before[-1]
        gap = text[current.found.end : previous.found.start]
        last_clause = re.split(r"[,，;；()（）]", gap)[-1]  # the base stands right before it
        named = cues.previous_label.search(gap) or cues.base_previous.search(last_clause)
    if named is None or unit_family(current.fact) != unit_family(previous.fact):
        return []
    if current.fact.qualifier or previous.fact.qualifier or current.fact.role:
        return []
    previous.fact.role = previous.fact.role or "previous"
    return [
        Relation(
            kind="flat",
            roles={"current": current.fact.id, "previous": previous.fact.id},
            line=previous.fact.line,
        )
    ]


def _subject(text: str, a: int, at: int) -> str:
    """What a change without a figure of its own is about: the words before its base
    (`“三公”经费预算数比2017年…` → 三公经费预算数)."""
    cut = max((m.end() for m in _PHRASE.finditer(text, a, at)), default=a)
    cut = max(cut, max((m.end() for m in SENTENCE_END.finditer(text, a, at)), default=a))
    return clean_label(text[cut:at].replace("“", "").replace("”", ""))


_SHARED = re.compile(
    r"^(?P<heads>(?:[\u4e00-\u9fff]{1,6}、)+)(?P<last>[\u4e00-\u9fff]{2,12}?)(?:各|均|都)$"
)


def _shared_names(named: str) -> list[str]:
    """`收入、支出总计各` → 收入总计, 支出总计: names listed with 、 that share the last one's
    tail, one change said of each (各, 均); [] for any other subject."""
    m = _SHARED.match(named)
    if m is None:
        return []
    heads = m.group("heads").rstrip("、").split("、")
    last = m.group("last")
    cut = len(heads[-1])  # the tail the last name adds to a head as long as the one before it
    if cut >= len(last):
        return []
    tail = last[cut:]
    return [h + tail for h in heads] + [last]


def _named_after_base(text: str, g: _Group, cues: ChangeCues) -> str:
    """`与上年相比，“三公”经费减少2.4万元`: the quantity a sentence that opens with its base
    names between the base and the verb ('' where it names none)."""
    first = min(
        (q for q in (g.delta, g.percent, g.points) if q is not None),
        key=lambda q: q.found.start,
        default=None,
    )
    if first is None:
        return ""
    between = text[g.start : first.found.start]
    base = cues.base_previous.match(between) or cues.base_budget.match(between)
    verb = cues.verb_at_end.search(between)
    if base is None or verb is None:
        return ""
    words = _QUOTES_AND_BREAKS.sub("", between[base.end() : verb.start()])
    words = _BASE_TAIL.sub("", words)  # 较2020年度[决算数]减少: the rest of the base
    return clean_label(words) if len(words) >= 2 else ""


def _own_subject(g: _Group, cues: ChangeCues) -> str:
    """What a change's own figure names before its verb (`其中人员经费增加` → 人员经费), the
    base and the verb aside; '' where it names nothing more (`较上年增加`, `同比增长`)."""
    first = min(
        (q for q in (g.delta, g.percent) if q is not None),
        key=lambda q: q.found.start,
        default=None,
    )
    if first is None:
        return ""
    label = unquoted(first.fact.label)
    verb = cues.verb_at_end.search(label)
    if verb is not None:
        label = label[: verb.start()]
    base = cues.base_previous.search(label) or cues.base_budget.search(label)
    if base is not None:
        label = label[: base.start()]
    name = _COMPARED.sub("", clean_label(label))
    return name if len(_WORDS.findall(name)) >= 2 else ""


# the end of a base stated before the verb (`与上年的11万元相比减少`): no name
_COMPARED = re.compile(r"(?:相比|相较|对比|比较)$")


def _names_another(subject: str, label: str) -> bool:
    """A change's own name and a level's label that cannot be one quantity: neither holds the
    other (人员经费 and 基本支出; not 教育支出 and 一般公共预算教育支出)."""
    a, b = _bare(subject), _bare(label)
    return bool(a and b) and a not in b and b not in a


def _names_one(subject: str, label: str) -> bool:
    """A subject and a label of one quantity: the same name (quotes, 本年, 合计 aside), or one
    that adds only the kind of figure (`财政拨款` / `财政拨款支出`); not a name inside another
    (`收入` is not `其他收入`)."""
    a, b = _bare(subject), _bare(label)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in _KIND_TAILS


def _bare(name: str) -> str:
    return _TOTAL_WORD.sub("", _THIS_PERIOD.sub("", unquoted(name)))


_KIND_TAILS = frozenset({"", "支出", "收入", "资金", "经费", "数", "金额"})


_BASE_TAIL = re.compile(
    r"^(?:年度|年)?(?:年初|调整后?)?(?:预算|决算|执行)?(?:数|金额|水平)?(?:的)?"
)


_QUOTES_AND_BREAKS = re.compile(r"[“”\"'‘’\s,，:：相比]")


# last year's level named at a clause's start before any figure of this year (`上年支出875万元，
# 本年…`): not 上年结转/上年结余, what was carried into this year, and not a year by number,
# which may be this year's
_LAST_YEARS = re.compile(r"^(?:上年度|上年|去年|上期)(?!结转|结余|结存)")


def _last_years(gap: str, cues: ChangeCues) -> re.Match[str] | None:
    named = cues.previous_label.search(gap)
    if named is None or not _LAST_YEARS.match(named.group().lstrip(",，;；(（ ")):
        return None
    return named


def _previous_of(
    g: _Group, subject: str, stated_previous: list[Q], names: dict[int, str]
) -> Q | None:
    """For a change whose figure the sentence does not state (`与上年相比，支出增加85万元，
    增长9.8%，上年支出867万元`): the previous value it states of the same name, before the
    change or right after it."""
    if g.previous is not None or g.base != "previous" or g.delta is None:
        return g.previous
    alike = [q for q in stated_previous if unit_family(q.fact) == unit_family(g.delta.fact)]
    if not _THIS_PERIOD.sub("", subject):
        # `上年支出867万元，本年比上年增加…`: the subject is this year's figure of that name
        return alike[-1] if len(alike) == 1 else None
    return next((q for q in alike if _names_the_same(names.get(q.fact.id, ""), subject)), None)


def _without_current(g: _Group, subject: str, previous: Q | None = None) -> Relation | None:
    """`基本支出较上年增17.1万元，增幅17.18%`: the figure changed is stated elsewhere, if at all;
    the relation names it by its subject, for the document-wide pass to find. With the
    previous value stated, the amount and rate are checked against it alone."""
    if g.delta is None or not subject:
        return None
    g.delta.fact.role = g.delta.fact.role or "delta"
    roles = {"delta": g.delta.fact.id}
    if previous is not None:
        previous.fact.role = previous.fact.role or "previous"
        roles["previous"] = previous.fact.id
    if g.percent is not None:
        g.percent.fact.role = g.percent.fact.role or "change_rate"
        roles["percent"] = g.percent.fact.id
    sign = g.signs.get("delta", 1)
    return Relation(
        kind="change",
        roles=roles,
        line=g.delta.fact.line,
        extra={
            "sign": sign,
            "percent_sign": g.signs.get("percent", sign),
            "base": g.base,
            "subject": subject,
        },
    )


_BASE_YEAR = re.compile(r"(?:19|20)\d{2}")
_LAST_YEAR_BASE = re.compile(r"上年|去年|同比|上年度")


def _base_year(base: str) -> str:
    """The year a base phrase compares with: its own (较2022年), `last` for last year's."""
    year = _BASE_YEAR.search(base)
    if year is not None:
        return year.group()
    return "last" if _LAST_YEAR_BASE.search(base) else ""


def resolve_previous(relations: list[Relation], facts: list[Fact]) -> None:
    """Give a change of a stated figure whose sentence states no previous value (`2023年…
    会议费12万元（零增长）`, `…印刷费7.6万元（较2022年压缩5%）`) the figure the document states
    of that quantity for the year compared with (`2022年…会议费12万元`): the same label, in
    the same scope and context, of that year; one value, or none is taken."""
    by_id = {f.id: f for f in facts}
    for rel in relations:
        if rel.kind != "change" or "current" not in rel.roles or "previous" in rel.roles:
            continue
        if rel.extra.get("base") != "previous" or rel.extra.get("points"):
            continue
        cur = by_id[rel.roles["current"]]
        year = rel.extra.get("base_year", "")
        if year == "last" and cur.period.isdigit():
            year = str(int(cur.period) - 1)
        if not year.isdigit() or not cur.period.isdigit() or year >= cur.period:
            continue
        same = [
            f
            for f in facts
            if f.id != cur.id
            and f.period == year
            and f.label == cur.label
            and len(_bare(f.label)) >= 2
            and f.kind == cur.kind
            and f.unit == cur.unit
            and f.scope == cur.scope
            and f.source == cur.source
            and f.context.split("|")[0] == cur.context.split("|")[0]
            and not f.role
            and not f.qualifier
        ]
        if same and len({f.value for f in same}) == 1:
            previous = same[0]
            previous.role = "previous"
            rel.roles["previous"] = previous.id


def resolve_subjects(relations: list[Relation], facts: list[Fact], concept) -> None:
    """Give a change stated without its figure (`subject` set) the figure the document
    stated last before it under that name: same label or concept, same year, not itself a
    change or a previous value."""
    by_id = {f.id: f for f in facts}
    for rel in relations:
        subject = rel.extra.get("subject") if rel.kind == "change" else None
        if not subject or "current" in rel.roles:
            continue
        delta = by_id[rel.roles["delta"]]
        want = concept(subject)
        kinds = _kinds(subject)
        for f in reversed(facts):
            if f.id >= delta.id or f.role or f.kind != delta.kind or f.source != "prose":
                continue
            if f.period and delta.period and f.period != delta.period:
                continue
            if (
                f.label == subject
                or _bare(f.label) == _bare(subject)
                or (want and _concept_of(f, concept) == want and _same_kind(f.label, kinds))
                or (rel.extra.get("base") == "budget" and _spent_named(subject, f.label))
            ):
                rel.roles["current"] = f.id
                break


# what was spent, named by its kind after the thing (`培训费支出决算数`): against a budget
_DONE_TAIL = re.compile(r"(?:决算|执行|实际支出)(?:数|金额)?$")


def _spent_named(subject: str, label: str) -> bool:
    """`会议费支出决算数较年初预算数减少…` about `（二）会议费支出3.20万元` stated before: what
    was spent of a thing, named without its kind word (or item marker) where it was stated."""
    marker = list_marker(label)
    plain = _bare(label[marker[1] :] if marker else label).strip()
    thing = _bare(_DONE_TAIL.sub("", subject))
    return len(thing) >= 2 and thing != _bare(subject) and plain == thing


_THIS_PERIOD = re.compile(r"^(?:本年度|本年|今年|当年|本期|(?:19|20)\d{2}\s*年度?)")


def _names_the_same(previous: str, current: str) -> bool:
    """A previous figure's clause names the current's quantity, or nothing else (`上年为`):
    `上年支出` for `本年支出`, not `上年结转` (carried over, a part, not last year's level)."""
    if not previous:
        return True
    previous = _TOTAL_WORD.sub("", previous)  # 上年收入合计 names 本年收入(合计)
    core = _TOTAL_WORD.sub("", _THIS_PERIOD.sub("", current))
    return bool(core) and bool(previous) and (previous in core or core.endswith(previous))


_TOTAL_WORD = re.compile(r"(?:合计|总计|共计)(?:数|额)?$")


def _concept_of(f: Fact, concept) -> str:
    """A figure's concept, or, for one named only by its kind in a sentence about something
    (`“三公”经费年初预算22万元，支出决算8.77万元`), the concept of the sentence's subject."""
    if f.concept or not _KIND_ONLY.fullmatch(f.label):
        return f.concept
    return concept(f.context.rpartition("|")[2])


_KIND_ONLY = re.compile(
    r"(?:年初|全年|调整后?|本年|当年)?(?:预算|决算|执行|实际|支出)+(?:数|额|金额)?"
)


# a subject that names no kind (`三公经费较上年…`) is about the actual figure, never a budget
_ACTUAL_KINDS = {"决算", "执行", "实际"}


def _same_kind(label: str, kinds: list[str]) -> bool:
    """A figure of the kind the change's subject names: the same kind words, or, for a subject
    without any, an actual (决算/执行/实际) or a figure that names no kind either."""
    found = _kinds(label)
    return found == kinds or (not kinds and set(found) <= _ACTUAL_KINDS)


def _current(levels: list[tuple[Q, int]], g: _Group) -> Q | None:
    """The figure a change is about: the last level stated before it in the same bracket (for
    a change in brackets, the figure right before the bracket), of the amount's unit."""
    like = g.delta or g.previous
    scope = g.scope
    for q, s in reversed(levels):
        if q.fact.kind == "percent":
            continue  # a share or rate beside the figure (占75%): the change is the figure's
        if like is not None and unit_family(q.fact) != unit_family(like.fact):
            continue
        if s == scope or (scope >= 0 and q.found.end <= scope and s < scope):
            return q
    return None


def _relation(
    g: _Group,
    current: Q | None,
    stated_previous: list[Q],
    names: dict[int, str],
    following: Q | None = None,
) -> Relation | None:
    """The change relation of group `g`; `following`: the figure right after its own."""
    if current is None or current.fact.kind == "percent":
        return None
    if g.delta is not None and unit_family(g.delta.fact) != unit_family(current.fact):
        return None
    previous = g.previous
    if previous is None and g.base != "budget":
        later = [p for p in stated_previous if p.found.start > current.found.start]
        earlier = [p for p in later if p.found.start < g.start]
        # or the figure right after the change (`较上年减少2.6万元，上年支出21万元`), or the
        # one stated before the current (`上年支出875万元，本年支出960万元，增加…`)
        first = [p for p in stated_previous if p.found.end <= current.found.start]
        candidate = earlier[-1] if earlier else following
        if candidate not in stated_previous and first:
            candidate = first[-1]
        if (
            candidate is not None
            and candidate in stated_previous
            and unit_family(candidate.fact) == unit_family(current.fact)
            and _names_the_same(names.get(candidate.fact.id, ""), current.fact.label)
        ):
            previous = candidate
    if previous is not None and previous.fact.kind == "percent":
        return None
    if g.base == "implicit" and (g.delta is None or g.percent is None) and previous is None:
        # no base named: an amount and a rate, or the previous figure, say it is one; an amount
        # alone is kept apart, for a breakdown to tie to its total's change (change_split)
        return _baseless(g, current) if g.delta is not None else None
    if g.delta is None and g.percent is None:
        return None
    roles = {"current": current.fact.id}
    if previous is not None:
        if not previous.fact.unit:
            previous.fact.unit = current.fact.unit  # 较上年2.08减少… : the same unit
        roles["previous"] = previous.fact.id
        previous.fact.role = previous.fact.role or "previous"
    if g.delta is not None:
        roles["delta"] = g.delta.fact.id
        g.delta.fact.role = g.delta.fact.role or "delta"
    if g.percent is not None:
        roles["percent"] = g.percent.fact.id
        g.percent.fact.role = g.percent.fact.role or "change_rate"
    sign = g.signs.get("delta", g.signs.get("percent", 1))
    anchor = g.delta or g.percent
    assert anchor is not None
    return Relation(
        kind="change",
        roles=roles,
        line=anchor.fact.line,
        extra={
            "sign": sign,
            "percent_sign": g.signs.get("percent", sign),
            "base": g.base,
            "base_year": g.year,
        },
    )


def _baseless(g: _Group, current: Q) -> Relation:
    """`其中：会议费8万元，减少1万元`: a figure and an amount after a verb, with no base of their
    own. Alone it says nothing (its base is not known), so it is a relation of its own kind that
    no check reads; a breakdown whose total states its change takes it as a part's change."""
    assert g.delta is not None
    return Relation(
        kind="bare_change",
        roles={"current": current.fact.id, "delta": g.delta.fact.id},
        line=g.delta.fact.line,
        extra={"sign": g.signs.get("delta", 1), "base": "implicit"},
    )
