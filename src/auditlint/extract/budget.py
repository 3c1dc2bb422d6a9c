"""The budget frame: an amount budgeted against the amount spent, and the rate between them.

    全年预算数50万元，全年执行数46万元，执行率92%。      in one sentence, any order
    会议费支出3.08万元，年初预算为3万元；…              spent, then its budget, in one clause
    预算支出12万元……实际支出11万元                     one name with 预算 / 实际, across sentences

Budget, execution and rate words are data (`[budget_execution]` in checks/domain/concepts.toml),
with the words that make a figure a difference from the budget instead (超出预算金额,
比预算数减少: never the budget itself).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection
from functools import lru_cache

from auditlint.domain import Domain
from auditlint.extract.clauses import GROUP_END, Q, unit_family
from auditlint.extract.lexicon import BUDGET_KINDS, change_cues
from auditlint.extract.model import Relation

_NOT_BUDGET = re.compile("执行数|实际|决算")
_MONEY_NAMES = re.compile(BUDGET_KINDS)  # 一般公共预算, 预算稳定调节基金: names, not budgets
_ADJUSTED = re.compile("调整|全年")
_CLAUSE_END = re.compile("[;；]")
_CHANGE_LABEL = re.compile(r"(增加|减少|下降|增长|上升|降低|节约|持平|减|增)$")
# funds allotted to something (the budget of what is then used of them), and the names of
# figures that are not such funds: income, spending, what is left, a change
_FUNDS = re.compile(r"资金|经费|补助|补贴|公益金")
_NOT_ALLOTTED = re.compile(r"收入|支出|结余|结转|剩余|未使用|增加|减少|其中")
# an amount per head, per mu, per household (`每亩补贴100元`, `人均`, `补助标准`): a rate, not funds
_PER_UNIT = re.compile(r"每|人均|户均|亩均|标准")


# the report saying itself that the spending is above its budget (`决算数大于年初预算数的主要原因
# 是…`, PHRASEBOOK §5): an overspend acknowledged, with or without its amount
# (with its amount, `决算数大于预算数3.2万元`, the amount is checked instead: _stated_difference)
_ACKNOWLEDGED = re.compile(
    r"(?:决算数?|支出数?|执行数?|实际支出)(?:大于|超过|超出|高于|多于)(?:年初|调整后?|全年)?预算"
    r"(?!(?:数|金额)?\s*(?:为|[(（])?\s*\d)"
)


def acknowledge(relations: list[Relation], text: str) -> None:
    """Mark the budget relations of a paragraph that says its spending is above budget."""
    if _ACKNOWLEDGED.search(text):
        for rel in relations:
            if rel.kind == "budget_execution":
                rel.extra["acknowledged"] = True


# the difference of the two stated by name (`决算数大于预算数3.2万元`, `支出小于年初预算0.8万元`)
_ABOVE = re.compile(r"(?:大于|高于|多于|超出|超过|超)(?:年初|调整后?|全年)?预算(?:数|金额)?$")
_BELOW = re.compile(r"(?:小于|低于|少于)(?:年初|调整后?|全年)?预算(?:数|金额)?$")


def _stated_difference(
    sq: list[Q], budget: Q, execution: Q, role: Callable[[str], str]
) -> list[Relation]:
    """The figure after the pair named as the excess of the spending over the budget, or its
    shortfall: the larger of the two is the smaller plus it (AL201). Only the first such
    figure before another budget or spending figure: a sentence may list several items, each
    with its own excess (`…发放A 130万元，超出预算10万元；B 50万元，超出预算5万元`)."""
    after = max(budget.found.end, execution.found.end)
    for q in sq:
        if q.found.start < after or q.fact.kind != "money":
            continue
        if role(q.fact.label) in ("budget", "execution"):
            break
        if q.fact.qualifier or unit_family(q.fact) != unit_family(budget.fact):
            continue
        above, below = _ABOVE.search(q.fact.label), _BELOW.search(q.fact.label)
        if above or below:
            big, small = (execution, budget) if above else (budget, execution)
            relation = Relation(
                kind="total_parts",
                roles={"total": big.fact.id, "parts": [small.fact.id, q.fact.id]},
                line=q.fact.line,
                extra={"via": "差值", "complete": True},
            )
            return [relation]
    return []


@lru_cache(maxsize=64)
def any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for "contains any of these words" (a search, not a loop per word); a
    pattern that never matches when there are none."""
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


class BudgetFrame:
    def __init__(self, domain: Domain) -> None:
        self._budget = any_word(domain.words("budget_execution", "budget"))
        self._execution = any_word(domain.words("budget_execution", "execution"))
        self._rate = any_word(domain.words("budget_execution", "rate"))
        self._difference = any_word(domain.words("budget_execution", "difference"))
        self._base_budget = change_cues(domain).base_budget
        self._base_previous = change_cues(domain).base_previous
        steps = domain.section("adjustment")
        # 追加预算, 调减: what a budget was changed by, not a budget of the figure beside it
        self._step = any_word(tuple(steps.get("increase", []) + steps.get("decrease", [])))

    def role(self, label: str) -> str:
        """budget, execution, rate or '' for a figure's label."""
        label = _MONEY_NAMES.sub("", label).replace("基金预算", "")
        if (
            self._difference.search(label)
            or self._base_budget.search(label)
            or self._base_previous.search(label)
        ):
            # 超出预算金额, 比预算数减少, 比上年预算增加: a difference, not the budget
            return ""
        if self._step.search(label):
            return ""
        if self._rate.search(label):
            return "rate"
        if self._budget.search(label) and not _NOT_BUDGET.search(label):
            return "budget"
        if self._execution.search(label):
            return "execution"
        return ""

    def sentence(self, sq: list[Q], parts: Collection[int] = (), text: str = "") -> list[Relation]:
        """The first budget, execution and rate figure of a sentence, where both amounts are.
        `parts`: figures that are parts of a total of the sentence (never the funds used);
        `text`: the paragraph, where a `；` between two budgets is looked for."""
        roles: dict[str, Q] = {}
        for q in sq:
            role = self.role(q.fact.label)
            if role == "rate" and q.fact.kind != "percent":
                continue
            if role in ("budget", "execution") and not _budget_figure(q):
                continue
            if role == "budget" and "budget" in roles and _ADJUSTED.search(q.fact.label):
                roles["budget"] = q  # 年初预算数80万元，调整数95万元，决算数95万元: the adjusted
            elif (
                role == "budget"
                and "budget" in roles
                and "execution" not in roles
                and GROUP_END.search(text, roles["budget"].found.end, q.found.start)
            ):
                # `下达A资金80万元，已全部发放；B资金120万元，发放110万元`: a budget of a clause
                # group of its own is the one its spending is of
                roles = {k: v for k, v in roles.items() if k != "rate"} | {"budget": q}
            elif role and role not in roles:
                roles[role] = q
        if (
            "budget" in roles
            and "execution" in roles
            and GROUP_END.search(text, roles["budget"].found.end, roles["execution"].found.start)
        ):
            # the spending stands in a clause group after the budget's; where that group names
            # funds of its own before it (`…；乙镇补助资金120万元，发放110万元`), those are what
            # it spent from
            spent = roles["execution"]
            start = max(m.end() for m in GROUP_END.finditer(text, 0, spent.found.start))
            own = [q for q in sq if start <= q.found.start < spent.found.start]
            if any(q.fact.kind == "money" for q in own):
                allotted = self._allotted([*own, spent], spent)
                if allotted is None:
                    return []
                roles = {"budget": allotted, "execution": spent}
        if "budget" not in roles and "execution" in roles:
            allotted = self._allotted(sq, roles["execution"])
            if allotted is not None and allotted.fact.id not in parts:
                roles["budget"] = allotted
        if "budget" not in roles or "execution" not in roles:
            return []
        if unit_family(roles["budget"].fact) != unit_family(roles["execution"].fact):
            return []
        ids = {k: v.fact.id for k, v in roles.items()}
        out = [Relation(kind="budget_execution", roles=ids, line=roles["execution"].fact.line)]
        if "rate" in roles:
            # amounts stated between the budget and the spending (`已下达资金180万元`): a rate
            # of what was spent may be of what arrived, another reading the check tries
            budget, spent = roles["budget"], roles["execution"]
            out[0].extra["alternatives"] = [
                q.fact.id
                for q in sq
                if budget.found.end <= q.found.start < spent.found.start
                and q.fact.kind == "money"
                and not q.fact.qualifier
                and q.fact.id not in parts
                and unit_family(q.fact) == unit_family(spent.fact)
            ]
        return out + _stated_difference(sq, roles["budget"], roles["execution"], self.role)

    def _allotted(self, sq: list[Q], spent: Q) -> Q | None:
        """`助学类资金480万元，资金使用312.6万元`: funds named without a budget word, then
        what of them was used, named by nothing but the using: the funds are its budget."""
        rest = _FUNDS.sub("", self._execution.sub("", spent.fact.label))
        if len(rest) > 2:
            return None  # the spending names a subject of its own
        before = [q for q in sq if q.found.end <= spent.found.start and q.fact.kind == "money"]
        if not before:
            return None
        q = before[-1]
        label = q.fact.label
        if q.fact.qualifier or self.role(label) or not _FUNDS.search(label):
            return None
        if _NOT_ALLOTTED.search(label) or _PER_UNIT.search(label):
            return None
        if unit_family(q.fact) != unit_family(spent.fact):
            return None
        return q

    def spent_then_budget(
        self, text: str, a: int, b: int, sq: list[Q], paired: set[int]
    ) -> list[Relation]:
        """`会议费支出3.08万元，年初预算为3万元` in one clause (between semicolons): the
        amount spent, then its budget. Sentence-level pairing misses it when a sentence lists
        several such clauses."""
        out: list[Relation] = []
        if sum(1 for q in sq if q.fact.kind == "money") < 2:
            return out  # a pair needs two amounts
        bounds = [a, *(a + m.end() for m in _CLAUSE_END.finditer(text[a:b])), b]
        for start, end in itertools.pairwise(bounds):
            clause = [q for q in sq if start <= q.found.start < end and q.fact.kind == "money"]
            for first, second in itertools.pairwise(clause):
                spent, budget = first.fact, second.fact
                if spent.id in paired or budget.id in paired:
                    continue
                if self.role(budget.label) != "budget" or self.role(spent.label):
                    continue
                if not spent.label.endswith(("支出", "费", "经费")):
                    continue
                if unit_family(spent) != unit_family(budget):
                    continue
                out.append(
                    Relation(
                        kind="budget_execution",
                        roles={"budget": budget.id, "execution": spent.id},
                        line=spent.line,
                    )
                )
                paired |= {spent.id, budget.id}
        return out

    @staticmethod
    def budget_actual_pairs(qs: list[Q], paired: set[int]) -> list[Relation]:
        """`预算支出A … 实际支出B` across sentences: the same base label with 预算 / 实际."""
        out: list[Relation] = []
        budgets: dict[str, Q] = {}
        for q in qs:
            f = q.fact
            if f.kind != "money" or f.id in paired or _CHANGE_LABEL.search(f.label):
                continue
            for word, role in (("预算", "budget"), ("实际", "execution")):
                if word in f.label and f.label.count(word) == 1:
                    base = f.label.replace(word, "")
                    if len(base) < 2 or "一般公共" in f.label or "基金" in f.label:
                        continue
                    if role == "budget":
                        budgets.setdefault(base, q)
                    elif base in budgets:
                        b = budgets.pop(base)
                        out.append(
                            Relation(
                                kind="budget_execution",
                                roles={"budget": b.fact.id, "execution": f.id},
                                line=f.line,
                            )
                        )
        return out


# a form's column word after a budget or spending name (`全年预算数 50.00`, `执行数：96`): the
# figure is an amount though the unit is stated only over the form
_COLUMN_WORD = re.compile(r"(?:预算|执行|决算)数$")


def _budget_figure(q: Q) -> bool:
    """A budget's or a spending's figure: money, or a plain figure named by a form's column."""
    f = q.fact
    return f.kind == "money" or (
        f.kind == "none" and not f.unit and bool(_COLUMN_WORD.search(f.label))
    )
