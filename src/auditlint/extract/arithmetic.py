"""The arithmetic frames: figures added to and taken from one another, stated as such.

    年初预算100万元，追加20万元，调减5万元，调整后预算115万元。   start + steps = result
    本级收入52亿元，加上转移支付31亿元、上年结转6亿元，收入总计89亿元。
    收入合计48.2亿元，支出合计41.7亿元，年终结余6.5亿元。        income = spending + what is left
    支出3.15万元，年初预算为4.05万元，差值为0.9万元。              an unsigned difference
    项目预算20万元，实际支出18.5万元，节约1.5万元。

Each is a total and its signed parts (`total_parts` with `signs`), checked as a sum (AL201). The
words are data: `[adjustment]`, `[balance]`, `difference` and `saving` in checks/domain/cues.toml.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from auditlint.extract.clauses import Q, unit_family
from auditlint.extract.composition import (
    CARRIED_IN,
    CLAUSE_BREAK,
    CompositionCues,
    part_or_total,
    parts_relation,
)
from auditlint.extract.model import Relation

# a label that says its figure is added to the one before (`加上上年结转`, `再加上级补助`)
ADDED = re.compile(r"(?:再?加上?|另加)")


def _balance_role(q: Q, cues: CompositionCues) -> str:
    """income, expenditure, remainder or '' (`加上转移支付31亿元`: a figure added to what came
    before, whatever its name)."""
    if ADDED.match(q.fact.label):
        return ""
    return next((r for r, p in cues.balance.items() if p.search(q.fact.label)), "")


def balance(
    sq: list[Q],
    cues: CompositionCues,
    taken: Collection[int] = (),
    previous: Sequence[Q] = (),
    parted: Collection[int] = (),
    whole_before: Q | None = None,
    text: str = "",
) -> list[Relation]:
    """`收入合计48.2亿元，支出合计41.7亿元，年终结余6.5亿元`: income = expenditure + what remains,
    where these three are the sentence's amounts one after another, from its first (or the
    last remainder): after other amounts the income is one item of many, which the fund
    balance frame (balance.py) reads. A sentence that opens with the spending and what is
    left takes the income from the end of the sentence before (`previous`), unless that is
    a part of another figure (`parted`), where it stands for the whole they split
    (`whole_before`: `共收到资金520万元，其中中央…，县级70万元。已支出480万元，结余40万元`).
    The parts of a figure (`taken`: `总投资600万元，其中省级
    500万元，市级100万元，实际使用560万元，结余40万元`) stand between, not in the run."""
    out: list[Relation] = []
    if len(sq) < 2 or not any(cues.balance["remainder"].search(q.fact.label) for q in sq[1:]):
        return out
    money = [
        q for q in sq if part_or_total(q) and q.fact.kind == "money" and q.fact.id not in taken
    ]
    roles = [_balance_role(q, cues) for q in money]
    if roles[:3] == ["", "expenditure", "remainder"] and money[0] is sq[0]:
        # `项目资金600万元，已支出530万元，结余70万元`: the sentence opens with the fund it
        # then spends from, named by what it is rather than as income
        roles[0] = "income"
    if roles[:2] == ["expenditure", "remainder"] and previous:
        # `…实际到位500万元，到位率100%。已支出460万元，结余40万元。`: what came in ends the
        # sentence before (its last amount, no part of another)
        before = [q for q in previous if q.fact.kind == "money" and not q.fact.qualifier]
        came_in = before[-1] if before else None
        if came_in is not None and came_in.fact.id in parted and whole_before in before:
            came_in = whole_before  # the last of the parts of the whole that came in
        if (
            came_in is not None
            and came_in.fact.id not in parted
            and unit_family(came_in.fact) == unit_family(money[0].fact)
            and _balance_role(came_in, cues) == "income"
            and part_or_total(came_in)
        ):
            out.append(parts_relation(came_in, money[:2], "结余", True))
    opening = roles[:1] == [""] and money[0] is sq[0]  # `项目资金600万元，用于…`: the fund named
    uses_roles = ["income", *roles[1:]] if opening else roles
    out += _uses_then_what_is_left(text, money, uses_roles, cues)
    for i in range(len(money) - 2):
        if roles[i : i + 3] != ["income", "expenditure", "remainder"]:
            continue
        if i and (roles[i - 1] != "remainder" or CARRIED_IN.search(money[i - 1].fact.label)):
            continue  # after what was carried in (年初结转和结余): the fund balance frame's
        if any(CARRIED_IN.search(q.fact.label) for q in money[i + 3 :]):
            continue  # … or before it, named after them (`…年末结转和结余15万元，年初结转和结余5万元`)
        income, spent, left = money[i : i + 3]
        out.append(parts_relation(income, [spent, left], "结余", True))
    return out


# what a spending figure is named by besides its verb: when, how far, of which money, not on
# what (`已支出`, `累计拨付资金`)
_NO_OBJECT = re.compile(
    r"^(?:其中|另|已经?|累计|实际|共计?|全年|本年|当年|年度|截至\S*?)*"
    r"(?:(?:资金|金额|经费|款项|财政资金)?)$"
)


# money passed on to a place or body below (`下达西峰区`, `拨付至各乡镇`): spent from the fund,
# though 下达 alone names what a fund received (`下达资金`)
_GIVEN_TO = re.compile(
    r"^(?:下达|拨付|分配|转拨)(?:给|至|到)?\S{0,10}?(?:区|县|市|镇|乡|村|街道|乡镇|单位|部门)$"
)


def _clause(text: str, money: list[Q], j: int) -> str:
    """The words of figure j's clause before it (`安排用于扶老、助残等公益事业` where the
    label keeps only what follows the last 、), else its label."""
    label = money[j].fact.label
    if not text:
        return label
    start = money[j - 1].found.end if j else 0
    words = re.split(r"[,，;；。]", text[start : money[j].found.start])[-1].strip()
    return words if label and words.endswith(label) else label


def _use(label: str, cues: CompositionCues) -> str:
    """What a spending figure was used on (`支付设备款` -> 设备款, `安排用于道路维修` -> 道路维修);
    '' where its name says only that it was spent (`已支出`, `累计拨付资金`)."""
    at = label.find("用于")
    if at >= 0:
        rest = label[at + 2 :]
    else:
        m = cues.balance["expenditure"].search(label)
        if m is None:
            return ""
        rest = label[m.end() :]
    return "" if _NO_OBJECT.match(rest) else rest


def _uses_then_what_is_left(
    text: str, money: list[Q], roles: list[str], cues: CompositionCues
) -> list[Relation]:
    """`收到资金200万元，支付设备款120万元，拨付乡镇50万元，结余30万元`: a fund, then two or more
    things it was spent on, each named by what (or whom) for, then what is left: income = the
    uses + the remainder. Figures each named only as spent (`已拨付100万元，已支出90万元`) are
    stages of the same money, not uses beside one another, and make no such run."""
    out: list[Relation] = []
    for i, role in enumerate(roles):
        if role != "income" or (i and roles[i - 1] not in ("", "remainder")):
            continue
        uses: list[Q] = []
        j = i + 1
        while j < len(money) and (
            (roles[j] in ("expenditure", "") and _use(_clause(text, money, j), cues))
            or _GIVEN_TO.match(money[j].fact.label)
        ):
            uses.append(money[j])
            j += 1
        if len(uses) < 2 or j >= len(money) or roles[j] != "remainder":
            continue
        if CARRIED_IN.search(money[j].fact.label):
            continue
        if any(unit_family(q.fact) != unit_family(money[i].fact) for q in [*uses, money[j]]):
            continue
        out.append(parts_relation(money[i], [*uses, money[j]], "结余", True))
    return out


def adjustment(
    text: str,
    a: int,
    sq: list[Q],
    cues: CompositionCues,
    taken: Collection[int] = (),
    previous: Sequence[Q] = (),
    parts_before: Collection[int] = (),
    whole_before: Q | None = None,
) -> list[Relation]:
    """`年初预算100万元，追加20万元，调减5万元，调整后预算115万元`: the budget that results is
    the first one plus what was added less what was taken away, in the order stated. The
    arithmetic words (`加上`, `减去`) start from whatever figure stands before them, the last
    of the sentence before where the sentence opens with one (`…300万元。加上上年结转20万元，
    收入总计320万元`), and an item listed after a step with `、` takes its sign. The result
    is read only after at least one step, by its name or a total word in its clause (`，收入
    总计`); a figure of another role ends the run, but the parts of a figure (`其中…`, in
    `taken`) are passed over; where the sentence before held only parts, the whole they split
    (`whole_before`) is the figure before."""
    out: list[Relation] = []
    start: Q | None = None
    steps: list[tuple[Q, int]] = []
    last: Q | None = None
    if sq and previous and _opens_with(text, a, sq[0], cues.arithmetic):
        # the figure before the sentence, a total rather than its last part (`…380万元，其中：
        # 利润收入…，股息收入…。加上上年结转…`)
        last = next(
            (
                q
                for q in reversed(previous)
                if _adjustable(q) and part_or_total(q) and q.fact.id not in parts_before
            ),
            None,
        )
        if last is None and whole_before is not None and _adjustable(whole_before):
            last = whole_before  # `…86.5亿元。其中：A…；B…。加上…`: the whole the parts split
    for q in sq:
        if q.fact.id in taken:
            continue
        if not _adjustable(q):
            start, steps, last = None, [], None
            continue
        role = next((r for r, p in cues.adjustment.items() if p.search(q.fact.label)), "")
        if (
            role in ("increase", "decrease")
            and start is None
            and last is not None
            and cues.arithmetic.match(q.fact.label)
        ):
            start = last  # `本级收入52亿元，加上转移支付…`
        gap = text[last.found.end : q.found.start] if last is not None else ""
        if (
            steps
            and role not in ("increase", "decrease", "result")
            and gap.startswith("、")
            and not CLAUSE_BREAK.search(gap)
        ):
            # `加上A 31亿元、B 6亿元`: listed after a step, a step of its sign (whatever its
            # name: `、补充预算稳定调节基金0.6亿元` is no budget to start from)
            role = "increase" if steps[-1][1] > 0 else "decrease"
        if steps and not role and cues.total_after.search(gap):
            role = "result"  # `，收入总计89亿元`
        if role == "result" and start is not None and steps:
            parts = [start] + [s for s, _ in steps]
            signs = [1] + [sign for _, sign in steps]
            rel = parts_relation(q, parts, "调整", True)
            rel.extra["signs"] = signs
            out.append(rel)
            start, steps = None, []
        elif role in ("increase", "decrease") and start is not None:
            steps.append((q, 1 if role == "increase" else -1))
        elif role == "start" and not steps:
            start = q
        else:
            start, steps = None, []
        last = q
    return out


def _adjustable(q: Q) -> bool:
    return q.fact.kind == "money" and not q.fact.qualifier


def _opens_with(text: str, a: int, q: Q, words: re.Pattern[str]) -> bool:
    """Whether the sentence from `a` opens with one of `words` in the clause of `q`."""
    return bool(words.match(q.fact.label)) and not CLAUSE_BREAK.search(text, a, q.found.start)


def difference(text: str, sq: list[Q], cues: CompositionCues) -> list[Relation]:
    """`支出3.15万元，年初预算为4.05万元，差值为0.9万元`: an unsigned difference of the two
    amounts before it; the larger of them is the smaller plus the difference."""
    out: list[Relation] = []
    for i, q in enumerate(sq):
        if i < 2 or not cues.difference.search(text[sq[i - 1].found.end : q.found.start]):
            continue
        a, b = sq[i - 2], sq[i - 1]
        family = unit_family(q.fact)
        if any(unit_family(p.fact) != family or p.fact.qualifier for p in (a, b, q)):
            continue
        if _GROUP_END.search(text, a.found.end, q.found.start):
            continue  # the three in one clause group
        big, small = (a, b) if a.fact.base_value >= b.fact.base_value else (b, a)
        out.append(parts_relation(big, [small, q], "差值", True))
    return out


_GROUP_END = re.compile(r"[;；。]")
