"""The rate frame: a percentage named as the ratio of two amounts stated before it.

    项目资金80万元，已拨付72万元，拨付率90%。        spent ÷ available
    到位资金60万元，实际使用57万元，资金使用率95%。
    收到资金2,000万元，支出1,900万元，支付进度95%。

Rate names are data (`[rate]` in checks/domain/cues.toml). Which amount is divided by which is
read from the figures: of the pairs of amounts before the rate in its clause group, one whose
ratio the rate is; where none is, the one amount named as a base (预算, 下达, 到位资金…) and the
one named as done (拨付, 使用, 支出…) after it, when the words name exactly those two.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection

from auditlint.arith import disjoint, ratio_percent
from auditlint.domain import Domain
from auditlint.extract.clauses import GROUP_END, Q, unit_family
from auditlint.extract.lexicon import BUDGET_KINDS, alternation, compiled
from auditlint.extract.model import Relation


class RateCues:
    def __init__(self, domain: Domain) -> None:
        words = domain.section("rate")
        self.name = re.compile(rf"(?:{alternation(words.get('names', []))})$")
        self.base = re.compile(alternation(words.get("base", [])))
        self.done = re.compile(alternation(words.get("done", [])))
        kinds = [*words.get("base", []), *words.get("done", []), *words.get("kind_words", [])]
        self.of_verb = re.compile(rf"^(?:{alternation(words.get('of_verbs', [])) or '(?!)'})")
        self.kind_words = re.compile(alternation(kinds))
        self.survey_rate = re.compile(
            rf"(?:{alternation(words.get('survey_rates', [])) or '(?!)'})$"
        )
        self.satisfied = re.compile(
            rf"(?<!不)(?:{alternation(words.get('satisfied', [])) or '(?!)'})"
            r"(?:人数|户数|人次|份数|份|人|户)?$"
        )
        self.respondents = tuple(words.get("respondents", []))
        self.left = re.compile(alternation(words.get("left", [])) or "(?!)")
        # the same without the base words, some of which name the thing (项目资金)
        self.done_words = re.compile(
            alternation([*words.get("done", []), *words.get("kind_words", [])])
        )


def rate_cues(domain: Domain) -> RateCues:
    return compiled(domain, RateCues)


# a rate's name without what it is of and what kind of ratio it is: 资金到位率 → 到位
_STEM = re.compile(r"^(?:资金|预算|项目|投资)|(?:率|进度|比例)$")


# the kinds of budget are names, not budgets: 一般公共预算收入 is income, and so is any 预算收入
_BUDGET_KIND = re.compile(rf"{BUDGET_KINDS}|预算(?=收入)")


def _is_base(cues: RateCues, label: str) -> bool:
    return cues.base.search(_BUDGET_KIND.sub("", label)) is not None


def _same_subject(cues: RateCues, base: str, done: str) -> bool:
    """Whether two amounts are of one thing once the words of what was done with it are
    gone: 年初预算资金 / 实际到位资金 (both the project's funds), not 三公经费支出预算 /
    公务用车费支出决算."""
    a, b = cues.kind_words.sub("", base), cues.kind_words.sub("", done)
    return not a or not b or a == b or a in b or b in a


# what was due or planned of a thing (应到位, 计划发放) and what was actually done of it
_DUE = re.compile(r"(?:^|[^相供对])应(?!急|用)|计划|预计|预期")
_DONE = re.compile(r"实际|已")


def _due_and_done(a: Q, b: Q) -> tuple[Q, Q] | None:
    """Of two amounts named by the rate's own word, (the one due, the one done), where one says
    it was due or planned and the other that it was done (`应到位…，实际到位…，到位率`)."""
    for due, done in ((a, b), (b, a)):
        says_due = _DUE.search(due.fact.label) and not _DUE.search(done.fact.label)
        if says_due and _DONE.search(done.fact.label) and not _DONE.search(due.fact.label):
            return due, done
    return None


_FINAL_BUDGET = re.compile(r"调整后|调整预算|全年预算")


def _amounts_like(figures, done: Q) -> list[Q]:
    """The amounts among `figures` of `done`'s unit, `done` aside."""
    return [
        p
        for p in figures
        if p is not done and _amount(p) and unit_family(p.fact) == unit_family(done.fact)
    ]


def _bases(cues: RateCues, figures, done: Q, alike) -> list[Q]:
    """The amounts among `figures` named as a base of what `done` did, of its unit and, as
    `alike` judges their names, of the same thing."""
    return [
        p
        for p in _amounts_like(figures, done)
        if _is_base(cues, p.fact.label) and alike(cues, p.fact.label, done.fact.label)
    ]


def _same_period(p: Q, done: Q) -> bool:
    return not p.fact.period or not done.fact.period or p.fact.period == done.fact.period


# what a figure's name may hold besides its kind without naming a thing of its own
_NAMELESS = re.compile(r"^(?:该|本|此)?(?:项目)?(?:资金|经费|款项?)?$")


def _names_nothing_else(cues: RateCues, done: str, base: str) -> bool:
    """Whether `done` names no thing but its kind (`该项目已拨付资金`) or one the base names
    too: `营养改善资金` is no spending of `助学补助资金`."""
    rest = cues.kind_words.sub("", done)
    return bool(_NAMELESS.match(rest)) or rest in base


def _named_alike(cues: RateCues, base: str, done: str) -> bool:
    """Two amounts of one named thing: the same words once those of what was done with it are
    gone, and some words left (医疗救助资金 in 安排… and 累计支出…)."""
    # in either order of verb and object (建设高标准农田 / 高标准农田建设); the name may be a
    # base word itself (项目资金实际到位 / 项目资金已支出)
    return any(
        len(a) >= 2 and sorted(a) == sorted(b)
        for words in (cues.kind_words, cues.done_words)
        for a, b in [(words.sub("", base), words.sub("", done))]
    )


_OF = re.compile(r"\s*的\s*$")


def _of_base(text: str, sq: list[Q], i: int, cues: RateCues) -> Relation | None:
    """`实际支出180万元，是年初预算200万元的90%`: the percentage right after `的` and a base
    figure whose name opens with a verb of being (为, 是, 相当于, 达到) is the figure before
    that one over the base, where that one names what was done."""
    base, done = sq[i - 1], sq[i - 2]
    if (
        not _OF.match(text[base.found.end : sq[i].found.start])
        or not _amount(base)
        or not _amount(done)
        or unit_family(base.fact) != unit_family(done.fact)
        or not cues.of_verb.match(base.fact.label)
        or not _is_base(cues, base.fact.label)
        or not cues.done.search(done.fact.label)
        or GROUP_END.search(text, done.found.end, base.found.start)
    ):
        return None
    q = sq[i]
    return Relation(
        kind="ratio",
        roles={"numerator": done.fact.id, "denominator": base.fact.id, "percent": q.fact.id},
        line=q.fact.line,
        extra={
            "name": cues.of_verb.sub("", base.fact.label) + "的",
            "reading": "named",
            "alternatives": [],
        },
    )


# rates of what was saved or is left over the base (节约率, 结余率: PHRASEBOOK §4)
_REMAINDER_STEMS = ("节约", "结余", "节余", "剩余")


def _remainder_ratio(
    group: list[Q], amounts: list[Q], q: Q, name: str, cues: RateCues
) -> Relation | None:
    """`计划100万元，实际采购90万元，节约10万元，节约率10%`: what was saved or is left (a
    difference, whatever other frame reads it) over the base named before it; None for a rate
    of another kind, or where the saving or the base is not one figure."""
    stem = _STEM.sub("", name)
    if stem not in _REMAINDER_STEMS:
        return None
    left = [
        p for p in group if stem in p.fact.label and p.fact.kind == "money" and not p.fact.qualifier
    ]
    if len(left) != 1:
        return None
    bases = [
        p
        for p in amounts
        if p is not left[0]
        and _is_base(cues, p.fact.label)
        and unit_family(p.fact) == unit_family(left[0].fact)
    ]
    if not bases:
        return None
    return Relation(
        kind="ratio",
        roles={"numerator": left[0].fact.id, "denominator": bases[0].fact.id, "percent": q.fact.id},
        line=q.fact.line,
        extra={"name": name, "reading": "named", "alternatives": [p.fact.id for p in bases[1:]]},
    )


def _survey_ratio(group: list[Q], q: Q, cues: RateCues) -> Relation | None:
    """`收回480份，其中满意456份，满意度95%`: the one count of the satisfied over the count of
    those who answered, the most telling of the respondents' words first (有效, 收回 before
    发放); the other counts of respondents are other readings (alternatives)."""
    if not cues.survey_rate.search(q.fact.label):
        return None
    counts = [p for p in group if p.fact.kind == "count" and not p.fact.qualifier]
    satisfied = [p for p in counts if cues.satisfied.search(p.fact.label)]
    if len(satisfied) != 1:
        return None
    num = satisfied[0]
    ranked = [
        p
        for word in cues.respondents
        for p in counts
        if p is not num
        and word in p.fact.label
        and unit_family(p.fact) == unit_family(num.fact)
        and p.found.start < num.found.start
    ]
    # each once, in the order of the words that name them
    bases = list({p.fact.id: p for p in reversed(ranked)}.values())[::-1]
    if not bases:
        return None
    return Relation(
        kind="ratio",
        roles={"numerator": num.fact.id, "denominator": bases[0].fact.id, "percent": q.fact.id},
        line=q.fact.line,
        extra={
            "name": cues.survey_rate.search(q.fact.label).group(),
            "reading": "named",
            "alternatives": [p.fact.id for p in bases[1:]],
        },
    )


# a rate named for what was done (`办结率`, `合格率`, `问题发生率`), with what it says before
_RATE_WORD = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,6})率(?:为|是|达到|达)?$")


def _count_ratio(group: list[Q], q: Q) -> Relation | None:
    """`受理投诉126件，已办结118件，办结率93.7%`: a rate named for what was done, of two counts of
    one unit in its clause group — the one whose name holds the rate's word (办结; the first
    two characters of a longer one, 问题 of 问题发生) over a count before it at least as large:
    the first, the whole looked at (受理, 抽查), or another (the alternatives)."""
    m = _RATE_WORD.search(q.fact.label)
    if m is None:
        return None
    stem = m.group("stem")
    counts = [p for p in group if p.fact.kind == "count" and not p.fact.qualifier]
    words = [stem] if len(stem) < 4 else [stem, stem[:2]]
    for word in words:
        named = [p for p in counts if word in p.fact.label]
        if len(named) == 1:
            break
    else:
        return None
    num = named[0]
    # every count before it that could hold it is a reading (`检查120家，发现隐患30家，整改28家，
    # 整改率93.3%`: of the 30); the first, the whole looked at, is the one named in messages
    before = [
        p
        for p in counts
        if p.found.start < num.found.start and unit_family(p.fact) == unit_family(num.fact)
    ]
    # (none as large: the first is still what was looked at, and a rate above 100% is wrong)
    bases = [p for p in before if p.fact.value >= num.fact.value] or before[:1]
    if not bases:
        return None
    return Relation(
        kind="ratio",
        roles={"numerator": num.fact.id, "denominator": bases[0].fact.id, "percent": q.fact.id},
        line=q.fact.line,
        extra={
            "name": m.group("stem") + "率",
            "reading": "named",
            "alternatives": [p.fact.id for p in bases[1:]],
        },
    )


_NOT_YET = re.compile(r"^(?:尚)?未|^还未|^没有")


def _split_ratio(amounts: list[Q], q: Q, name: str) -> Relation | None:
    """`已分配9.5亿元，未分配0.5亿元，分配率95%` (PHRASEBOOK §4): what was done over what was
    done and what was not, both named by the rate's own word (分配 in 已分配 and 未分配)."""
    stem = _STEM.sub("", name)
    named = [p for p in amounts if len(stem) >= 2 and stem in p.fact.label]
    if len(named) != 2:
        return None
    undone = [p for p in named if _NOT_YET.search(p.fact.label)]
    if len(undone) != 1 or unit_family(named[0].fact) != unit_family(named[1].fact):
        return None
    done = next(p for p in named if p is not undone[0])
    return Relation(
        kind="split_ratio",
        roles={"done": done.fact.id, "undone": undone[0].fact.id, "percent": q.fact.id},
        line=q.fact.line,
        extra={"name": name},
    )


def _amounts_after(text: str, sq: list[Q], i: int) -> list[Q]:
    """The amounts right after a rate that opens its clause group, up to the next percentage or
    the group's end: its two amounts where there are exactly two (the words must still name
    which is the base and which was done, or the pair must give the rate)."""
    after: list[Q] = []
    for p in sq[i + 1 :]:
        if p.fact.kind == "percent" or GROUP_END.search(text, sq[i].found.end, p.found.start):
            break
        if _amount(p):
            after.append(p)
    return after if len(after) == 2 else []


def _base_then_done(cues: RateCues, before: list[Q]) -> list[Q]:
    """The sentence before's amounts where they are two of one unit, the first named as a base
    and the second as done ([] for any other sentence)."""
    amounts = [p for p in before if _amount(p)]
    if len(amounts) != 2 or unit_family(amounts[0].fact) != unit_family(amounts[1].fact):
        return []
    base, done = amounts
    if not _is_base(cues, base.fact.label) or not cues.done.search(done.fact.label):
        return []
    if _is_base(cues, done.fact.label):
        return []
    return amounts


def _amount(q: Q) -> bool:
    return q.fact.kind in ("money", "count") and not q.fact.role and not q.fact.qualifier


def rate_relations(
    text: str,
    sq: list[Q],
    cues: RateCues,
    taken: set[int],
    before: list[Q] = (),
    further: list[Q] = (),
    parts: Collection[int] = (),
) -> list[Relation]:
    """Rates of the sentence whose figures are `sq`; the amounts of a rate are those of its own
    clause group: after the last percentage before it, and not across a `;`. A rate whose
    group holds only the amount done takes its base from the sentence before (`before`),
    where that names one amount of the same thing as a base; else from the paragraphs before
    (`further`), where exactly one base names the very thing done (`安排医疗救助资金1560万元` …
    `累计支出医疗救助资金1482万元，支出率95%`)."""
    out: list[Relation] = []
    for i, q in enumerate(sq):
        if q.fact.kind != "percent" or q.fact.id in taken or q.fact.qualifier:
            continue
        name = cues.name.search(q.fact.label)
        if name is None and q.fact.unit == "%":
            since = max((k + 1 for k in range(i) if sq[k].fact.kind == "percent"), default=0)
            survey = _survey_ratio(sq[since:i], q, cues) or _count_ratio(sq[since:i], q)
            if survey is not None:
                out.append(survey)
                continue
        if name is None and q.fact.unit == "%" and i >= 2:
            of = _of_base(text, sq, i, cues)
            if of is not None:
                out.append(of)
                continue
        if name is None or q.fact.unit == "个百分点":
            continue
        since = max((k + 1 for k in range(i) if sq[k].fact.kind == "percent"), default=0)
        since = max(
            [since]
            + [
                k + 1
                for k in range(since, i)
                if GROUP_END.search(text, sq[k].found.end, q.found.start)
            ]
        )
        # amounts, or counts of one unit (计划2万亩，实际建成2.1万亩，完成率105%)
        amounts = [p for p in sq[since:i] if _amount(p)]
        if not amounts:  # the rate first, then its two amounts (`到位率100%，计划…，到位…`)
            amounts = _amounts_after(text, sq, i)
        if not amounts and since == 0:
            # `全年预算数200万元，全年执行数180万元。项目预算执行率为90%`: a sentence of the
            # rate alone is of the two amounts of the sentence before, one named as the base
            # and the other as done, in that order
            amounts = _base_then_done(cues, before)
        families = {unit_family(p.fact) for p in amounts}
        if len(families) > 1:
            amounts = [p for p in amounts if unit_family(p.fact) == "money"]
        remainder = _remainder_ratio(sq[since:i], amounts, q, name.group(), cues)
        if remainder is None:
            remainder = _split_ratio(amounts, q, name.group())
        if remainder is not None:
            out.append(remainder)
            continue
        if len(amounts) >= 2 and _STEM.sub("", name.group()) not in _REMAINDER_STEMS:
            # what is left (`已支出480万元，结余40万元，执行率92.3%`) is neither the base of a
            # rate of what was done nor what was done
            amounts = [p for p in amounts if not cues.left.search(p.fact.label)] or amounts
        named: tuple[Q, Q] | None = None  # (base, done) when the words name them
        alternatives: list[Q] = []  # other bases the text names, any of which may be meant
        # the one amount is what was done: named so, or by the rate's own word (下达进度: 已下达)
        stem_word = _STEM.sub("", name.group())
        if len(amounts) == 1 and (
            cues.done.search(amounts[0].fact.label)
            or (len(stem_word) >= 2 and stem_word in amounts[0].fact.label)
        ):
            done = amounts[0]
            # (not a part of a base listed after it: `预算860万元，其中：财政拨款资金800万元…`)
            # the base stated earlier in the sentence, before another rate (`项目资金到位240
            # 万元，到位率100%，已支付216万元，支付率90%`), else in the sentence before
            earlier = [
                p
                for p in _bases(cues, [r for r in sq[:since] if _amount(r)], done, _same_subject)
                or _bases(cues, before, done, _same_subject)
                if p.fact.id not in parts
            ]
            word = cues.base.search(name.group())  # 预算执行率: a base named by its kind
            if word and word.group() in stem_word:
                word = None  # 下达进度: what was done (已下达), not the base
            if word and earlier and not any(word.group() in p.fact.label for p in earlier):
                # the sentence before states another base (已下达…，下达进度…。…预算执行率): the
                # nearest figure of the kind the rate names, if the report states one
                earlier = [
                    p
                    for p in _bases(cues, further, done, _same_subject)
                    if word.group() in p.fact.label
                ][-1:]
            if len(earlier) > 1:  # 年初预算…，追加…，调整后预算…: the budget that holds at the end
                final = [p for p in earlier if _FINAL_BUDGET.search(p.fact.label)]
                if len(final) == 1:
                    alternatives = [p for p in earlier if p is not final[0]]
                    earlier = final
            if not earlier:
                alike = _bases(cues, further, done, _named_alike)
                earlier = [p for p in alike if _same_period(p, done)]
            if not earlier and word:
                # `预算执行率` with the budgets stated in a paragraph before (`年初预算安排185万元，
                # 追加25万元，调整后预算为210万元`): the one that holds at the end, the others
                # other readings
                kind = [
                    p
                    for p in _amounts_like(further, done)
                    if word.group() in p.fact.label and _same_period(p, done)
                ]
                final = [p for p in kind if _FINAL_BUDGET.search(p.fact.label)]
                if kind:
                    earlier = final[-1:] or kind[-1:]
                    alternatives = [p for p in kind if p is not earlier[0]]
            if not earlier:
                # `中央资金1800万元` … `中央资金执行1620万元，执行率90%`: the same thing stated
                # before with no word of what was done with it is what there was to do
                stated = [
                    p
                    for p in _amounts_like(further, done)
                    if not cues.done.search(p.fact.label)
                    and _named_alike(cues, p.fact.label, done.fact.label)
                    and _same_period(p, done)
                ]
                earlier = stated[-1:] if len({p.fact.value for p in stated}) == 1 else []
            if not earlier and not cues.base.search(name.group()):
                # `下达资金150万元` … `该项目已拨付资金138万元，拨付率92%`: the one base the
                # report has stated so far, by whatever name, is what a rate named for what was
                # done is of (a rate named for its base, 完成预算的, may be of a part's budget)
                stated = [
                    p
                    for p in _amounts_like(further, done)
                    if _is_base(cues, p.fact.label)
                    and _same_period(p, done)
                    and _names_nothing_else(cues, done.fact.label, p.fact.label)
                ]
                earlier = stated[-1:] if len({p.fact.value for p in stated}) == 1 else []
            if len(earlier) == 1:  # 项目预算150万元。……已拨付138万元，拨付率92%
                amounts, named = [earlier[0], done], (earlier[0], done)
                # a base taken from outside the rate's clauses is one reading: the amounts
                # stated just before may be another (`实际到位2850万元，…；已支付2565万元，支付率
                # 90%`: paid of what arrived, not of the whole investment)
                alternatives += [
                    p for p in _amounts_like([*before, *sq[:since]], done) if p is not earlier[0]
                ]
        if (
            len(amounts) == 1
        ):  # the budget a change was against (`较年初预算8万元减少…，完成预算的85%`)
            against = [
                p
                for p in sq[since:i]
                if p.fact.role == "previous"
                and not p.fact.qualifier
                and unit_family(p.fact) == unit_family(amounts[0].fact)
                and _is_base(cues, p.fact.label)
            ]
            if len(against) == 1 and not _is_base(cues, amounts[0].fact.label):
                amounts, named = [against[0], amounts[0]], (against[0], amounts[0])
        if len(amounts) == 1 and i + 1 < len(sq):
            base = sq[i + 1]  # the base right after the rate (`完成预算的93%，比年初预算20万元…`)
            compared = base.fact.role == "previous" and not base.fact.qualifier  # 比年初预算20万元
            if (
                (_amount(base) or compared)
                and unit_family(base.fact) == unit_family(amounts[0].fact)
                and _is_base(cues, base.fact.label)
                and not _is_base(cues, amounts[0].fact.label)
                and not GROUP_END.search(text, q.found.end, base.found.start)
            ):
                amounts, named = [base, amounts[0]], (base, amounts[0])
        if len(amounts) < 2:
            continue
        pairs = [
            (num, den)
            for den, num in itertools.permutations(amounts, 2)
            if (r := ratio_percent(num.fact.interval(), den.fact.interval())) is not None
            and not disjoint(r, q.fact.interval())
        ]
        bases = [p for p in amounts if _is_base(cues, p.fact.label)]
        done = [p for p in amounts if cues.done.search(p.fact.label) and p not in bases]
        if (
            named is None
            and len(bases) == 1
            and len(done) == 1
            and bases[0].found.start < done[0].found.start
        ):
            named = (bases[0], done[0])
        if named is None and len(amounts) == 2 and len(bases) == 1:
            # `新建机耕路36公里，计划新建40公里，完成率90%`: the other amount does what the base
            # planned (its words less the base's are in the other's name)
            other = next(p for p in amounts if p is not bases[0])
            planned = cues.kind_words.sub("", bases[0].fact.label)
            if (
                len(planned) >= 2
                and planned in other.fact.label
                and not _is_base(cues, other.fact.label)
                and other.fact.id not in parts
                and unit_family(other.fact) == unit_family(bases[0].fact)
            ):
                named = (bases[0], other)
        stem = _STEM.sub("", name.group())
        if named is None and len(stem) >= 2:
            # the rate names what was done (到位率: 到位): that amount over the other, a base,
            # in either order (`发放补助资金95万元，下达资金100万元，资金发放率95%`)
            by_stem = [p for p in amounts if stem in p.fact.label]
            others = [p for p in amounts if p not in by_stem and _is_base(cues, p.fact.label)]
            if len(by_stem) == 1 and len(others) == 1:
                named = (others[0], by_stem[0])
            elif len(by_stem) == 2:  # 应到位…，实际到位…，到位率: what was due, what was done
                named = _due_and_done(*by_stem)
        if pairs:
            num, den = pairs[-1]
            reading = "fits"
        elif named is not None:
            den, num = named
            reading = "named"
        else:
            continue  # no pair gives the rate and the words name none: no reading to stand on
        out.append(
            Relation(
                kind="ratio",
                roles={"numerator": num.fact.id, "denominator": den.fact.id, "percent": q.fact.id},
                line=q.fact.line,
                extra={
                    "name": name.group(),
                    "reading": reading,
                    "alternatives": [p.fact.id for p in alternatives],
                },
            )
        )
    return out
