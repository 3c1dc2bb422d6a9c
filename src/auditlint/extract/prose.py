"""Facts and relations from prose: totals with parts, budget/execution/rate, changes, shares,
enumerations, score statements and deductions, grades."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from functools import lru_cache

from auditlint.domain import Domain
from auditlint.extract.change import change_relations, resolve_subjects
from auditlint.extract.clauses import Q
from auditlint.extract.composition import (
    CompositionCues,
    balance,
    complete_breakdown,
    open_lists,
    plain,
    sentence_parts,
    total_after_parts,
)
from auditlint.extract.context import context_cues, figure_context, sentence_year
from auditlint.extract.lexicon import change_cues
from auditlint.extract.model import Fact, FactRecorder, Paragraph, Relation
from auditlint.extract.quantities import find_quantities
from auditlint.extract.rate import rate_cues, rate_relations
from auditlint.extract.share import share_cues, share_relations
from auditlint.numbers import has_digit

_PROJECT = re.compile(
    r"^\s*(?P<name>[^,，。:：;；]{1,30}?(?:项目|专项资金))(?:绩效)?(?:自评)?(?:综述|情况|结果)?[:：]"
)
_CHANGE_WORD = re.compile(r"(增加|减少|下降|增长|上升|降低|节约|提高|减)")
_COMPARE = re.compile(
    r"(同比|比上年|比去年|较上年|较去年|与上年|与去年|上年同期|与\d{4}年相比|比\d{4}年|较\d{4}年|比预算|较预算)"
)
_GRADE = re.compile(
    r"(?:等级|档次|评价结果|评定)(?:为|是|:|：)?\s*[“\"「]?(优秀|优|良好|良|中等|中|合格|差|较差)[”\"」]?"
)
_ENUM_BEFORE = re.compile(
    r"(?P<n>\d+)\s*(?P<cls>个|家|所|项|类|名|条)(?P<noun>[\u4e00-\u9fff]{1,8})[:：]"
)
_ENUM_AFTER = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{2,8}?)(?P<n>\d+)\s*(?P<cls>个|家|所|项|类|名|条)[:：]"
)
QUOTED_LIST = re.compile(
    r"((?:“[^”]{1,40}”\s*[、,]?\s*){2,})(?P<etc>等)?(?P<n>\d+)\s*(?P<cls>个|场|项|次|类|家)"
)
_SENT_END = re.compile(r"[。!！?？]")


_NOT_BUDGET = re.compile("执行数|实际|决算")
_CLAUSE_END = re.compile("[;；]")
_NUMBERED = re.compile(r"^\s*(?:#+\s*)?\d{1,2}\s*[.、]")


@lru_cache(maxsize=64)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for "contains any of these words" (a search, not a loop per word); a
    pattern that never matches when there are none."""
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


_LABELQUALIFIER = re.compile(
    r"^(?:\d{4}\s*年|年|本年|全年|本年度)?(?:一般公共预算|政府性基金预算)?"
)


def _core_label(label: str) -> str:
    """A total's name without the year and budget-type words around it and a trailing 预算:
    `2022年一般公共预算基本支出` and `基本支出预算` both name 基本支出."""
    core = _LABELQUALIFIER.sub("", label.strip())
    return core.removesuffix("预算数").removesuffix("预算")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _split_items(text: str) -> list[tuple[int, int]]:
    """Split a list on its primary separator (`，` if present, else `、`), outside brackets."""
    sep = "," if "," in text else "、"
    items, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "(（《“[":
            depth += 1
        elif ch in ")）》”]":
            depth = max(0, depth - 1)
        elif ch == sep and depth == 0:
            items.append((start, i))
            start = i + 1
    items.append((start, len(text)))
    return [(a, b) for a, b in items if text[a:b].strip()]


class ProseExtractor(FactRecorder):
    def __init__(self, domain: Domain, next_id: int) -> None:
        super().__init__(domain, next_id)
        self.relations: list[Relation] = []
        self._budget_words = _any_word(domain.words("budget_execution", "budget"))
        self._exec_words = _any_word(domain.words("budget_execution", "execution"))
        self._rate_words = _any_word(domain.words("budget_execution", "rate"))
        self._change = change_cues(domain)
        self._difference_words = _any_word(domain.words("budget_execution", "difference"))
        self._composition = CompositionCues(
            domain.section("composition"), domain.section("balance")
        )
        self._context = context_cues(domain)
        self._rate = rate_cues(domain)
        self._share = share_cues(domain)
        self._item_scores: set[int] = set()
        self._pending_shares: list[tuple[int, int, str]] = []  # (part, percent, total named)

    # ---------------------------------------------------------------- facts
    def run(
        self, paragraphs: list[Paragraph], in_cells: frozenset[tuple[int, int]] = frozenset()
    ) -> None:
        """`in_cells`: (line, column) of the characters of a glued table's cells, which the
        table pass reads; prose would run them together (`减少82%` from the cells 8 and 2%)."""
        read: list[tuple[Paragraph, list[Q]]] = []  # paragraphs with their figures, in order
        for para in paragraphs:
            if not has_digit(para.text):
                read.append((para, []))  # a heading or `其中：` alone: lists need to know
                continue  # no figure, so no fact and no relation (most of a report's prose)
            project = _PROJECT.match(para.text)
            scope = project.group("name") if project else "document"
            qs: list[Q] = []
            bounds = _sentences(para.text)
            ends = [b for _, b in bounds]
            # sentence start → its first figure's label and where that figure starts
            first: dict[int, tuple[str, int]] = {}
            for found in find_quantities(para.text, self.domain):
                if in_cells and any(
                    para.place(i) in in_cells for i in range(found.start, found.end)
                ):
                    continue
                line, col = para.place(found.start)
                end_line, end_col = para.place(found.end - 1)
                start = bounds[min(bisect_right(ends, found.start), len(bounds) - 1)][0]
                prefix = para.text[start : found.start]
                subject, head_end = first.setdefault(start, (found.label, found.start))
                if not qs:  # the paragraph's opening sets the scope of all its sentences
                    opening = _last_clause(para.text, 0, found.start)
                fact = self.record(
                    found.number,
                    found.label,
                    unit=found.unit,
                    line=line,
                    column=col,
                    end_line=end_line,
                    end_column=end_col,
                    qualifier=found.qualifier,
                    period=found.period or sentence_year(prefix),
                    section=para.section,
                    scope=scope,
                    context=figure_context(
                        self._context,
                        prefix,
                        "" if subject is found.label else subject,
                        f"{para.section}，{opening}，{_last_clause(para.text, start, head_end)}，"
                        f"{found.label}",
                    ),
                )
                qs.append(Q(fact, found))
            if qs and _NUMBERED.match(para.text):
                first_end = _sentences(para.text)[0][1]
                for q in qs:
                    if q.found.start < first_end and q.fact.kind == "score":
                        if q.fact.label.endswith("得分"):
                            self._item_scores.add(q.fact.id)
                        break
            if qs:  # every relation relates figures: prose without one has none
                self._relations(para, qs)
            read.append((para, qs))
        resolve_subjects(self.relations, self.facts, self.domain.concept)
        open_lists(read, self._composition, self.relations, self._complete)
        self._later_share_totals()

    # ------------------------------------------------------------ relations
    def _relations(self, para: Paragraph, qs: list[Q]) -> None:
        sentences = _sentences(para.text)
        previous: list[Q] = []
        for a, b in sentences:
            sq = [q for q in qs if a <= q.found.start < b]
            if not sq:
                continue
            self.relations.extend(change_relations(para.text, a, b, sq, previous, self._change))
            found = sentence_parts(para.text, a, b, sq, previous, self._complete)
            taken = {i for r in found for i in r.roles["parts"]}
            found += total_after_parts(para.text, a, sq, self._composition, taken)
            found += balance(sq, self._composition)
            self.relations.extend(found)
            self._budget_execution(sq)
            self._spent_then_budget(para, a, b, sq)
            rated = {
                r.roles["rate"]
                for r in self.relations[-8:]
                if r.kind == "budget_execution" and "rate" in r.roles
            }
            self.relations.extend(rate_relations(para.text, sq, self._rate, rated))
            self._grades(para, a, b, sq)
            previous = sq
        self._shares(para, qs)
        self._enumerations(para, qs)
        self._budget_actual_pairs(qs)

    def _spent_then_budget(self, para: Paragraph, a: int, b: int, sq: list[Q]) -> None:
        """`会议费支出3.08万元，年初预算为3万元` in one clause (between semicolons): the
        amount spent, then its budget. Sentence-level pairing misses it when a sentence lists
        several such clauses."""
        if sum(1 for q in sq if q.fact.kind == "money") < 2:
            return  # a pair needs two amounts
        paired = {i for r in self.relations if r.kind == "budget_execution" for i in r.ids()}
        bounds = [a, *(a + m.end() for m in _CLAUSE_END.finditer(para.text[a:b])), b]
        for start, end in itertools.pairwise(bounds):
            clause = [q for q in sq if start <= q.found.start < end and q.fact.kind == "money"]
            for first, second in itertools.pairwise(clause):
                spent, budget = first.fact, second.fact
                if spent.id in paired or budget.id in paired:
                    continue
                if self._role(budget.label) != "budget" or self._role(spent.label):
                    continue
                if not spent.label.endswith(("支出", "费", "经费")):
                    continue
                if _unit_family(spent) != _unit_family(budget):
                    continue
                self.relations.append(
                    Relation(
                        kind="budget_execution",
                        roles={"budget": budget.id, "execution": spent.id},
                        line=spent.line,
                    )
                )
                paired |= {spent.id, budget.id}

    def _budget_actual_pairs(self, qs: list[Q]) -> None:
        """`预算支出A … 实际支出B` across sentences: the same base label with 预算 / 实际."""
        paired = {i for r in self.relations if r.kind == "budget_execution" for i in r.ids()}
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
                        self.relations.append(
                            Relation(
                                kind="budget_execution",
                                roles={"budget": b.fact.id, "execution": f.id},
                                line=f.line,
                            )
                        )

    def _role(self, label: str) -> str:
        label = label.replace("一般公共预算", "").replace("基金预算", "")
        if self._difference_words.search(label) or self._change.base_budget.search(label):
            return ""  # 超出预算金额, 比预算数减少: a difference from the budget, not the budget
        if self._rate_words.search(label):
            return "rate"
        if self._budget_words.search(label) and not _NOT_BUDGET.search(label):
            return "budget"
        if self._exec_words.search(label):
            return "execution"
        return ""

    def _complete(self, total: Q, parts: list[Q]) -> bool:
        return complete_breakdown(self.domain, total, parts)

    def _budget_execution(self, sq: list[Q]) -> None:
        roles: dict[str, Q] = {}
        for q in sq:
            role = self._role(q.fact.label)
            if role == "rate" and q.fact.kind != "percent":
                continue
            if role in ("budget", "execution") and q.fact.kind != "money":
                continue
            if role and role not in roles:
                roles[role] = q
        if "budget" in roles and "execution" in roles:
            if _unit_family(roles["budget"].fact) != _unit_family(roles["execution"].fact):
                return
            r = {k: v.fact.id for k, v in roles.items()}
            self.relations.append(
                Relation(kind="budget_execution", roles=r, line=roles["execution"].fact.line)
            )

    def _grades(self, para: Paragraph, a: int, b: int, sq: list[Q]) -> None:
        m = _GRADE.search(para.text, a, b)
        if not m:
            return
        scores = [q for q in sq if q.fact.kind == "score" and q.found.start < m.start()]
        if not scores:
            return
        score = scores[-1]
        line, col = para.place(m.start(1))
        self.relations.append(
            Relation(
                kind="grade",
                roles={"score": score.fact.id},
                line=line,
                extra={"grade": m.group(1)[0], "column": col},
            )
        )

    def _shares(self, para: Paragraph, qs: list[Q]) -> None:
        """Shares of the paragraph's sentences (share.py), with the totals each part
        belongs to, nearest first (a share in a sub-list may be of the grand total)."""
        parent: dict[int, int] = {}
        for rel in self.relations:
            if rel.kind == "total_parts" and not rel.extra.get("signs"):
                for pid in rel.roles["parts"]:
                    parent.setdefault(pid, rel.roles["total"])
        parents: dict[int, list[int]] = {}
        for pid in {q.fact.id for q in qs}:
            chain, at = [], pid
            while at in parent and len(chain) < 3:
                at = parent[at]
                chain.append(at)
            if chain:
                parents[pid] = chain
        for a, b in _sentences(para.text):
            sq = [q for q in qs if a <= q.found.start < b]
            if not any(q.fact.kind == "percent" for q in sq):
                continue
            found, pending = share_relations(
                para.text, sq, self._share, parents, self._whole, self._label_of
            )
            self.relations.extend(found)
            self._pending_shares.extend(pending)

    def _label_of(self, fact_id: int) -> str:
        return self.facts[fact_id - self.facts[0].id].label if self.facts else ""

    def _whole(self, named: str, part: Fact) -> Fact | None:
        """The figure stated last before under the name a share gives its whole."""
        for f in reversed(self.facts):
            if f.id >= part.id or f.kind != part.kind or not f.label or f.role:
                continue
            if f.label == named or (len(f.label) >= 3 and f.label in named):
                return f
        return None

    def _later_share_totals(self) -> None:
        """`占基本支出预算7.20%` before the report states 基本支出 (`一般公共预算基本支出 X元`):
        resolved once every fact is known, when exactly one figure of that core label and the
        part's unit family exists."""
        for part_id, percent_id, named in self._pending_shares:
            part = next(f for f in self.facts if f.id == part_id)
            want = _core_label(named)
            found = {
                f.value: f
                for f in self.facts
                if f.id != part_id
                and f.kind == part.kind
                and f.label
                and _core_label(f.label) == want
            }
            if len(want) < 2 or len(found) != 1:
                continue
            (total,) = found.values()
            self.relations.append(
                Relation(
                    kind="share",
                    roles={"part": part_id, "total": total.id, "percent": percent_id},
                    line=next(f.line for f in self.facts if f.id == percent_id),
                )
            )

    def _enumerations(self, para: Paragraph, qs: list[Q]) -> None:
        text = para.text
        if ":" not in text and "：" not in text and "“" not in text:
            return  # every enumeration pattern needs a colon or a quoted list
        by_start = {q.found.start: q for q in qs}
        for pattern in (_ENUM_BEFORE, _ENUM_AFTER):
            for m in pattern.finditer(text):
                q = by_start.get(m.start("n"))
                if q is None:
                    continue
                end = len(text)
                stop = re.search(r"[。;；]", text[m.end() :])
                if stop:
                    end = m.end() + stop.start()
                body = text[m.end() : end]
                spans = _split_items(body)
                items: list[tuple[int, int]] = []
                for s, e in spans:
                    item = body[s:e]
                    if re.search(r"\d+\s*(个|家|所|项|名|人)|[:：]", item):
                        break
                    items.append((s, e))
                if len(items) < 2 or any(e - s > 40 for s, e in items):
                    continue
                self._add_enum(para, q, [body[s:e].strip() for s, e in items], etc=False)
        for m in QUOTED_LIST.finditer(text):
            q = by_start.get(m.start("n"))
            if q is None:
                continue
            items = re.findall(r"“([^”]{1,40})”", m.group(1))
            self._add_enum(para, q, items, etc=bool(m.group("etc")))

    def score_groups(self) -> None:
        """`总分X分，得分Y分` followed by `扣z分` deductions or `…得分z分` item headings."""
        group: dict | None = None
        groups: list[dict] = []
        facts = [f for f in self.facts if f.kind == "score"]
        for prev, f in zip([None, *facts], facts, strict=False):
            if (
                prev is not None
                and "总分" in prev.label
                and f.label.endswith("得分")
                and f.line == prev.line
            ):
                group = {"max": prev, "score": f, "deductions": [], "items": []}
                groups.append(group)
            elif group is not None and f is not group["max"]:
                if f.label.endswith(("扣", "扣除", "扣减")):
                    group["deductions"].append(f)
                elif f.id in self._item_scores:
                    group["items"].append(f)
        for g in groups:
            if g["deductions"]:
                self.relations.append(
                    Relation(
                        kind="deductions",
                        roles={
                            "max": g["max"].id,
                            "score": g["score"].id,
                            "deductions": [d.id for d in g["deductions"]],
                        },
                        line=g["score"].line,
                    )
                )
            if len(g["items"]) >= 2:
                self.relations.append(
                    Relation(
                        kind="total_parts",
                        roles={"total": g["score"].id, "parts": [d.id for d in g["items"]]},
                        line=g["score"].line,
                        extra={"via": "items", "complete": True},
                    )
                )

    def _add_enum(self, para: Paragraph, q: Q, items: list[str], etc: bool) -> None:
        if any(r.kind == "enumeration" and r.roles["count"] == q.fact.id for r in self.relations):
            return
        self.relations.append(
            Relation(
                kind="enumeration",
                roles={"count": q.fact.id},
                line=q.fact.line,
                extra={"items": items, "etc": etc},
            )
        )


_CHANGE_LABEL = re.compile(r"(增加|减少|下降|增长|上升|降低|节约|持平|减|增)$")


_CLAUSE_MARK = re.compile(r"[,，;；:：。]")


def _last_clause(text: str, start: int, end: int) -> str:
    """The clause that leads up to text[end] (a figure's), from no earlier than `start`."""
    cut = max((m.end() for m in _CLAUSE_MARK.finditer(text, start, end)), default=start)
    return text[cut:end]


def _plain(q: Q) -> bool:
    """A figure that can be a total or a part: not a percentage, not a change amount."""
    return plain(q) and not _CHANGE_LABEL.search(q.fact.label)


def _unit_family(f: Fact) -> str:
    """Units that can be added together: all money is one family, counts keep their unit."""
    if f.kind == "money":
        return "money"
    return f.unit.removeprefix("万").removeprefix("亿") or "none"
