"""Facts and relations from prose: each paragraph's figures become facts (with their label,
qualifiers, year and context), and each sentence is handed to the relation frames, one module
per relation: change, composition, budget, rate, share, count, scores."""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal

from auditlint.domain import Domain
from auditlint.extract.arithmetic import adjustment, balance, difference
from auditlint.extract.balance import (
    balanced_totals,
    fund_balance,
    fund_balance_cues,
    sided_totals,
)
from auditlint.extract.budget import BudgetFrame, acknowledge
from auditlint.extract.change import (
    change_relations,
    flat_relations,
    resolve_previous,
    resolve_subjects,
    said_flat,
)
from auditlint.extract.change_split import named_change_breakdown, split_changes
from auditlint.extract.clauses import Q, sentences
from auditlint.extract.composition import (
    CompositionCues,
    bracket_parts,
    breakdown_before,
    complete_breakdown,
    distributed_parts,
    items_then_total,
    member,
    named_breakdown,
    open_lists,
    sentence_parts,
    total_after_parts,
    total_of_sentence_before,
)
from auditlint.extract.context import context_cues, figure_context, sentence_year
from auditlint.extract.count import enumerations, named_list_counts, worded_counts
from auditlint.extract.dimension import breakdown_by_dimension, dimension_after_figure
from auditlint.extract.fund_sources import fund_source_cues, fund_sources
from auditlint.extract.interleaved import interleaved_columns
from auditlint.extract.lexicon import change_cues, compiled
from auditlint.extract.model import Fact, FactRecorder, Paragraph, Relation
from auditlint.extract.numbered_items import numbered_counts
from auditlint.extract.partitioned_whole import partitioned_wholes
from auditlint.extract.product import product_cues, product_relations
from auditlint.extract.progress import progress_cues, progress_gaps
from auditlint.extract.quantities import find_quantities
from auditlint.extract.rate import rate_cues, rate_relations
from auditlint.extract.respectively import name_lists, respectively_cues
from auditlint.extract.run_on import run_on_lists
from auditlint.extract.score_outline import outline_weights
from auditlint.extract.score_runs import indicator_runs
from auditlint.extract.scores import (
    bracket_weights,
    grade,
    marked_scores,
    score_clauses,
    score_groups,
)
from auditlint.extract.share import (
    Pending,
    earlier_totals,
    implied_wholes,
    later_wholes,
    share_cues,
    share_relations,
    shares_of_listed_parts,
    shares_of_named_parts,
)
from auditlint.extract.whole_named import MAX_READINGS, parts_of_named_whole, whole_opener
from auditlint.normalise.numerals import numeral_value
from auditlint.numbers import Number, has_digit

_PROJECT = re.compile(
    r"^\s*(?P<name>[^,，。:：;；]{1,30}?(?:项目|专项资金))(?:绩效)?(?:自评)?(?:综述|情况|结果)?[:：]"
)
# a topic (context.py's, `!` for one that singles out) that names a breakdown's dimension:
# `从资金来源看`, `按支出功能分`, `分项目看` (not `在公务接待方面`, one part)
_DIMENSION_TOPIC = re.compile(r"^!(?:从|按|分|以)")


def _singles_out(fact: Fact) -> bool:
    """Whether a figure's sentence opens with the dimension of a breakdown (`从资金来源看，…`):
    its list is the whole of that breakdown."""
    return bool(_DIMENSION_TOPIC.match([*fact.context.split("|"), "", ""][1]))


_NUMBERED = re.compile(r"^\s*(?:#+\s*)?\d{1,2}\s*[.、]")


# a figure named as a total: 总支出, 收入总额, 支出合计, 总计
_TOTAL_NAME = re.compile(r"总|合计$|共计$")
_CLAUSE_MARK = re.compile(r"[,，;；:：。]")


def _last_clause(text: str, marks: list[int], start: int, end: int) -> str:
    """The clause that leads up to text[end] (a figure's), from no earlier than `start`;
    `marks`: where the paragraph's clause marks are."""
    i = bisect_right(marks, end - 1) - 1
    cut = max(marks[i] + 1, start) if i >= 0 else start
    return text[cut:end]


class ProseExtractor(FactRecorder):
    def __init__(self, domain: Domain, next_id: int) -> None:
        super().__init__(domain, next_id)
        self.relations: list[Relation] = []
        self._change = change_cues(domain)
        self._budget = compiled(domain, BudgetFrame)
        self._composition = compiled(domain, CompositionCues.from_domain)
        anywhere = domain.words("composition", "parts_anywhere") or ("其中",)
        self._parts_opening = re.compile(rf"\s*(?:{'|'.join(map(re.escape, anywhere))})\s*[:：]")
        self._fund_balance = fund_balance_cues(domain)
        self._fund_sources = fund_source_cues(domain)
        self._context = context_cues(domain)
        self._rate = rate_cues(domain)
        self._product = product_cues(domain)
        self._progress = progress_cues(domain)
        self._share = share_cues(domain)
        self._respectively = respectively_cues(domain)
        self._whole_opener = whole_opener(domain)
        self._item_scores: set[int] = set()
        self._pending_shares: list[Pending] = []  # shares whose whole is not found yet
        self._earlier_figures: list[Q] = []  # of the paragraphs before the one being read
        self._grand_totals = domain.section("balance").get("grand_totals", [])
        self._full_marks = domain.data.get("totals", {}).get("full_marks")

    # ---------------------------------------------------------------- facts
    def run(
        self, paragraphs: list[Paragraph], in_cells: frozenset[tuple[int, int]] = frozenset()
    ) -> None:
        """`in_cells`: (line, column) of the characters of a glued table's cells, which the
        table pass reads; prose would run them together (`减少82%` from the cells 8 and 2%)."""
        read: list[tuple[Paragraph, list[Q]]] = []  # paragraphs with their figures, in order
        for para in paragraphs:
            self._worded_counts(para)
            if not has_digit(para.text):
                read.append((para, []))  # a heading or `其中：` alone: lists need to know
                continue  # no figure, so no fact and no relation (most of a report's prose)
            project = _PROJECT.match(para.text)
            scope = project.group("name") if project else "document"
            qs: list[Q] = []
            bounds = sentences(para.text)
            ends = [b for _, b in bounds]
            marks = [m.start() for m in _CLAUSE_MARK.finditer(para.text)]
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
                    opening = _last_clause(para.text, marks, 0, found.start)
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
                        (
                            para.section,
                            opening,
                            _last_clause(para.text, marks, start, head_end),
                            found.label,
                        ),
                    ),
                )
                qs.append(Q(fact, found))
            for shares, whole in name_lists(para.text, qs, self._respectively, self.domain.concept):
                self.relations.append(
                    Relation(
                        kind="share_list",
                        roles={"percents": [q.fact.id for q in shares]},
                        line=shares[-1].fact.line,
                        extra={"whole": whole, "complete": _singles_out(shares[0].fact)},
                    )
                )
            if qs and _NUMBERED.match(para.text):
                first_end = sentences(para.text)[0][1]
                for q in qs:
                    if q.found.start < first_end and q.fact.kind == "score":
                        if q.fact.label.endswith("得分"):
                            self._item_scores.add(q.fact.id)
                        break
            if qs:  # every relation relates figures: prose without one has none
                last = next((r for r in reversed(read) if r[1]), None)
                if last and last[0].section != para.section:
                    last = None
                self._relations(para, qs, _recent_figures(read, para), self._opened_by(para, last))
            read.append((para, qs))
            self._earlier_figures += qs
        resolve_subjects(self.relations, self.facts, self.domain.concept)
        resolve_previous(self.relations, self.facts)
        self._numbered_counts(read)
        self.relations += named_list_counts(read)
        open_lists(read, self._composition, self.relations, self._complete)
        self.relations += split_changes(self.relations, self.facts)
        self.relations += named_change_breakdown(self.domain, self.relations, self.facts)
        self.relations += items_then_total(read, self._composition)
        self.relations += outline_weights(read)
        self.relations += fund_balance(read, self.relations, self._fund_balance)
        self.relations += sided_totals(read, self.relations, self._fund_balance)
        partitions = self.domain.data.get("partitions", {})
        self.relations += partitioned_wholes(read, self.relations, partitions)
        self.relations += later_wholes(self._pending_shares, self.facts, self.domain.concept)
        orphans = [(p.part, p.percent) for p in self._pending_shares if not p.named]
        self.relations += earlier_totals(orphans, self.facts)
        resolved = {r.roles["percent"] for r in self.relations if r.kind == "share"}
        self.relations += implied_wholes(self._pending_shares, resolved, self.facts)

    def _worded_counts(self, para: Paragraph) -> None:
        """A count in words after the list it counts (`下设甲科、乙科、丙科三个科室`): a fact of
        its own, with no label (so no other frame takes it), and its enumeration."""
        for start, end, items, etc in worded_counts(para.text):
            numeral = para.text[start:end]
            value = numeral_value(numeral)
            if value is None:
                continue
            number = Number(value=Decimal(value), decimals=0, text=numeral)
            fact = self._worded(para, start, end - 1, number, "", para.text[end])
            self.relations.append(
                Relation(
                    kind="enumeration",
                    roles={"count": fact.id},
                    line=fact.line,
                    extra={"items": items, "etc": etc},
                )
            )

    def _numbered_counts(self, read: list[tuple[Paragraph, list[Q]]]) -> None:
        """Counts announced before numbered items (`以下四个方面：一是…`), with the count's
        fact: the figure found there, or one of its own for a count in words."""
        figures = {id(para): qs for para, qs in read}
        counted = {r.roles["count"] for r in self.relations if r.kind == "enumeration"}

        def record(para: Paragraph, start: int, end: int, unit: str) -> Fact | None:
            found = next(
                (q.fact for q in figures[id(para)] if q.found.start <= start < q.found.end), None
            )
            if found is not None:
                return None if found.id in counted or found.kind != "count" else found
            value = numeral_value(para.text[start:end])
            if value is None:
                return None
            number = Number(value=Decimal(value), decimals=0, text=para.text[start:end])
            return self._worded(para, start, end - 1, number, "", unit)

        self.relations += numbered_counts([para for para, _ in read], record)

    # ------------------------------------------------------------ relations
    def _opened_by(self, para: Paragraph, last: tuple[Paragraph, list[Q]] | None) -> list[Q]:
        """The figures of the last sentence of the paragraph before, for a paragraph that
        opens with the cue of their parts (`…已支出960万元，结余50万元。` / `其中：A…，B…`):
        the line break is no end of the sentence's reach."""
        if last is None or not self._parts_opening.match(para.text):
            return []
        before, figures = last
        start = sentences(before.text)[-1][0]
        return [q for q in figures if q.found.start >= start]

    def _relations(
        self, para: Paragraph, qs: list[Q], paragraph_before: list[Q], opened_by: list[Q]
    ) -> None:
        """`paragraph_before`: the figures of the paragraphs with figures before this one in its
        section (the last few), which a paragraph opening with a named dimension breaks down
        (`从支出看，…`, after a paragraph of income's parts);
        `opened_by`: the figures of its last sentence, where this one opens with 其中."""
        text = para.text
        first_new = len(self.relations)
        previous: list[Q] = opened_by
        broken_down: Q | None = None  # the whole the sentence before split into parts
        for a, b in sentences(text):
            sq = [q for q in qs if a <= q.found.start < b]
            if not sq:
                self.relations += grade(text, a, b, sq, para.place, previous)
                continue
            found = change_relations(text, a, b, sq, previous, self._change)
            found += flat_relations(text, a, b, sq, self._change)
            if not any(r.kind == "flat" for r in found):
                found += self._zero_changes(para, said_flat(text, a, b, sq), qs)
            parted_before = {
                i for r in self.relations if r.kind == "total_parts" for i in r.roles["parts"]
            }
            parts = sentence_parts(
                text, a, b, sq, previous, self._complete, self._composition, parted_before
            )
            parts += breakdown_by_dimension(
                text, a, b, sq, previous, self._composition, self._complete, broken_down
            )
            if not previous and not parts:
                parts = breakdown_by_dimension(
                    text,
                    a,
                    b,
                    sq,
                    paragraph_before,
                    self._composition,
                    self._complete,
                    named_only=True,
                )
            if not parts:  # `X，按用途分：A a，B b`: the dimension named after the total
                parts = dimension_after_figure(text, a, b, sq, self._composition, self._complete)
            if not parts:  # `资金分配到A县、B县，分别为…`: the parts of what was given out
                parts = distributed_parts(text, a, b, sq, previous, self._composition)
            if not parts:  # `“三公”经费的实际支出中，A…；B…`: of the figure stated before as that
                earlier = self._earlier_figures + [q for q in qs if q.found.end <= a]
                parts = parts_of_named_whole(
                    text, a, b, sq, earlier, self._whole_opener, self._complete
                )
            whole_before = broken_down
            broken_down = self._fact_q(parts[-1].roles["total"], qs) if parts else None
            _or_the_total(found, parts)
            taken = {i for r in parts for i in r.roles["parts"]}
            parted = {
                i for r in self.relations if r.kind == "total_parts" for i in r.roles["parts"]
            }
            adjusted = adjustment(
                text, a, sq, self._composition, taken, previous, parted, whole_before
            )
            found += parts + adjusted
            found += total_after_parts(text, a, sq, self._composition, parts, adjusted)
            if not found:  # `…。合计180万元。`: the total of the sentence before
                found += total_of_sentence_before(text, a, sq, previous, self._composition, parted)
            found += balance(sq, self._composition, taken, previous, parted, whole_before, text)
            found += balanced_totals(text, sq, self._grand_totals)
            totals = {r.roles["total"] for r in found if r.kind == "total_parts"}
            found += named_breakdown(self.domain, sq, totals)
            found += interleaved_columns(sq, totals)
            totals = {r.roles["total"] for r in found if r.kind == "total_parts"}
            found += fund_sources(sq, self._fund_sources, totals)
            found += breakdown_before(self.domain, sq, previous, totals)
            found += bracket_parts(text, sq, self._composition, self._complete)
            found += difference(text, sq, self._composition)
            budget = self._budget.sentence(sq, taken, text)
            paired = {
                i for r in self.relations + budget if r.kind == "budget_execution" for i in r.ids()
            }
            budget += self._budget.spent_then_budget(text, a, b, sq, paired)
            acknowledge(budget, text[a:])  # `…。决算数大于年初预算数的主要原因是…`
            rated = {r.roles["rate"] for r in budget if "rate" in r.roles}
            # the figures before: earlier paragraphs', then this one's sentences before
            further = self._earlier_figures + [q for q in qs if q.found.end <= a]
            listed = {  # parts of a breakdown (not the steps of an adjusted budget)
                i
                for r in self.relations
                if r.kind == "total_parts" and not r.extra.get("signs")
                for i in r.roles["parts"]
            }
            found += budget + rate_relations(text, sq, self._rate, rated, previous, further, listed)
            found += product_relations(text, sq, self._product)
            found += progress_gaps(text, sq, self._progress)
            found += grade(text, a, b, sq, para.place)
            found += score_clauses(text, a, b, sq)
            found += bracket_weights(text, sq)
            found += marked_scores(text, sq, previous, self._full_marks)
            self.relations.extend(found)
            previous = sq
        run_on_lists(text, qs, self.relations[first_new:], self.domain)
        self._shares(para, qs)
        self.relations += enumerations(text, qs)
        self.relations += indicator_runs(text, qs)
        paired = {i for r in self.relations if r.kind == "budget_execution" for i in r.ids()}
        self.relations += self._budget.budget_actual_pairs(qs, paired)

    def _worded(
        self, para: Paragraph, start: int, last: int, number: Number, label: str, unit: str
    ) -> Fact:
        """A figure the text states in words (`三个`, `持平`), at para.text[start:last + 1]."""
        line, col = para.place(start)
        end_line, end_col = para.place(last)
        return self.record(
            number,
            label,
            unit=unit,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            section=para.section,
            qualifier="worded",
        )

    def _zero_changes(self, para: Paragraph, unchanged: list[Q], qs: list[Q]) -> list[Relation]:
        """`公用经费30万元，与上年持平`: a change of zero said in words, a figure of its own at
        the word (0, in the figure's unit, exact to the finest figure of its paragraph) so that
        the changes of a breakdown's parts can be added up with it."""
        out = []
        for q in unchanged:
            decimals = max(p.fact.decimals for p in qs if p.fact.unit == q.fact.unit)
            number = Number(value=Decimal(0), decimals=decimals, text="持平")
            zero = self._worded(
                para, q.found.end, q.found.end, number, f"{q.fact.label}持平", q.fact.unit
            )
            zero.role = "delta"
            out.append(
                Relation(
                    kind="change",
                    roles={"current": q.fact.id, "delta": zero.id},
                    line=zero.line,
                    extra={"sign": 1, "percent_sign": 1, "base": "previous", "base_year": "last"},
                )
            )
        return out

    @staticmethod
    def _fact_q(fact_id: int, qs: list[Q]) -> Q | None:
        return next((q for q in qs if q.fact.id == fact_id), None)

    def score_groups(self) -> None:
        self.relations += score_groups(self.facts, self._item_scores)

    def _complete(self, total: Q, parts: list[Q]) -> bool:
        return complete_breakdown(self.domain, total, parts)

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
        previous: list[Q] = []
        for a, b in sentences(para.text):
            sq = [q for q in qs if a <= q.found.start < b]
            if not any(q.fact.kind == "percent" for q in sq):
                previous = sq
                continue
            found = shares_of_listed_parts(
                para.text, a, sq, previous, self.relations, self._share, self._label_of
            )
            pending: list[Pending] = []
            if not found:
                found, pending = share_relations(
                    para.text, sq, self._share, parents, self._wholes, self._label_of, previous
                )
            self.relations.extend(found)
            self._pending_shares.extend(pending)
            taken = {r.roles["percent"] for r in found if "percent" in r.roles}
            taken |= {p.percent for p in pending}
            taken |= {
                i for r in self.relations if r.kind == "share_list" for i in r.roles["percents"]
            }
            self.relations += shares_of_named_parts(
                sq, taken, self._share, self.domain.data.get("breakdowns", []), member
            )
            previous = sq

    def _label_of(self, fact_id: int) -> str:
        return self.facts[fact_id - self.facts[0].id].label if self.facts else ""

    def _wholes(self, named: str, part: Fact) -> list[Fact]:
        """The figure stated last before under the name a share gives its whole: its label,
        or a longer label holding the name (`占总支出的` for `省级总支出安排`) when that figure
        is a total some breakdown is of. A whole named only as a total (`占总额的`, `占总数的`):
        the totals stated before (`…总支出`, `…合计`) of the part's noun (支出, 收入) where the
        part names one, nearest first, each a reading."""
        if self._share.generic_whole.fullmatch(named):
            return self._totals_before(part)
        totals = {r.roles["total"] for r in self.relations if r.kind == "total_parts"}
        for f in reversed(self.facts):
            if f.id >= part.id or f.kind != part.kind or not f.label or f.role:
                continue
            if f.label == named or (len(f.label) >= 3 and f.label in named):
                return [f]
            if len(named) >= 2 and named in f.label and f.id in totals:
                return [f]
        return []

    def _totals_before(self, part: Fact) -> list[Fact]:
        nouns = set(self._whole_opener.noun.findall(part.label))
        found: dict[object, Fact] = {}  # by value in the base unit
        for f in reversed(self.facts):
            if f.id >= part.id or f.kind != part.kind or f.role or f.qualifier:
                continue
            if not _TOTAL_NAME.search(f.label):
                continue
            if nouns and not nouns & set(self._whole_opener.noun.findall(f.label)):
                continue
            found.setdefault(f.value * f.scale, f)
            if len(found) == MAX_READINGS:
                break
        return list(found.values())


def _or_the_total(changes: list[Relation], parts: list[Relation]) -> None:
    """`X 500万元，其中A 300万元，B 200万元，比上年增加20万元`: the change after a list of parts
    may be the last part's or the whole's; the check takes either reading (`or_current`)."""
    last_part = {r.roles["parts"][-1]: r.roles["total"] for r in parts if r.roles["parts"]}
    for rel in changes:
        if rel.kind == "change" and rel.roles.get("current") in last_part:
            rel.extra["or_current"] = last_part[rel.roles["current"]]


# how many paragraphs with figures back a dimension that names its quantity reaches
# (`全市收入…，支出…。` / `从收入看，…` / `从支出看，…`: the third reaches the first)
_DIMENSION_REACH = 3


def _recent_figures(read: list[tuple[Paragraph, list[Q]]], para: Paragraph) -> list[Q]:
    """The figures of the last few paragraphs with figures before `para` in its section."""
    out: list[list[Q]] = []
    for before, qs in reversed(read):
        if not qs:
            continue
        if before.section != para.section or len(out) == _DIMENSION_REACH:
            break
        out.append(qs)
    return [q for qs in reversed(out) for q in qs]
