"""The overall score: one evaluation's total, stated up front, in the conclusion and in the
score table's total row.

    本项目自评得分96分，评价等级为“优”。                        the summary
    | 总分 | 100 | 96 |                                          the score table's total row
    经综合评价，该项目最终得分96分。                            the conclusion

A self-evaluation has one total score, and a report gives it in several places (PHRASEBOOK §7:
score up front against the table total). Statements of it are figures whose name is a total-
score word (`[composition] score_totals`: 自评得分, 综合得分, 最终得分…) with nothing before it
but words for what is evaluated (`[overall] subjects`: 本项目, 部门整体支出…): `产出指标得分`
and `上年自评得分` are other quantities. The table's is the score total of the row whose
weight is the full marks. Where a report holds more than one such table it evaluates more than
one thing, and no statement is tied to any. A total printed whole in prose may round the
table's (96 for 95.8): the pairs are marked `rounded`, compared at the printed precision.
"""

from __future__ import annotations

import re
from decimal import Decimal

from auditlint.domain import Domain
from auditlint.extract.composition import list_marker
from auditlint.extract.lexicon import alternation
from auditlint.extract.model import Fact, Relation
from auditlint.extract.repeat import other_context, restated


def _statement(domain: Domain) -> re.Pattern[str]:
    totals = alternation(domain.section("composition").get("score_totals", []))
    subjects = alternation(domain.section("overall").get("subjects", []))
    return re.compile(rf"(?:{subjects or '(?!)'})*(?:{totals or '(?!)'})(?:为|是)?")


def _name(label: str) -> str:
    marker = list_marker(label)
    return label[marker[1] :] if marker is not None else label


def table_overall(facts: list[Fact], relations: list[Relation], full_marks: Decimal) -> list[Fact]:
    """The score totals of score tables whose row of weights makes the full marks."""
    by_id = {f.id: f for f in facts}
    weights = {
        (f.table, f.row): f.value
        for f in facts
        if f.source == "table" and f.role == "weight" and f.kind == "score"
    }
    out: list[Fact] = []
    for rel in relations:
        if rel.kind != "score_total" or rel.extra.get("what") != "score":
            continue
        total = by_id[rel.roles["total"]]
        if total.source == "table" and weights.get((total.table, total.row)) == full_marks:
            out.append(total)
    return out


def _evaluates(f: Fact, things: dict[str, list[str]]) -> str:
    """What a statement's words, or the topic of its sentence, say is evaluated (a project, a
    department), "" where none."""
    words_said = f.label + f.context
    return next((k for k, words in things.items() if any(w in words_said for w in words)), "")


def statements(facts: list[Fact], domain: Domain, full_marks: Decimal) -> list[Fact]:
    """Prose figures that state an evaluation's total score. One after a score of other full
    marks in its sentence (`产出指标满分50分，自评得分48分`) is a level's."""
    statement = _statement(domain)
    out: list[Fact] = []
    before: Fact | None = None
    for f in facts:
        if (
            f.source == "prose"
            and f.kind == "score"
            and not f.qualifier
            and f.value <= full_marks
            and statement.fullmatch(_name(f.label))
            and not (
                before is not None
                and before.line == f.line
                and before.kind == "score"
                and before.value != full_marks
            )
        ):
            out.append(f)
        before = f
    return out


def overall_scores(
    facts: list[Fact], relations: list[Relation], domain: Domain, titles: dict[int, str]
) -> list[Relation]:
    """Repeat relations between the statements of one evaluation's total score: each against
    the score table's total where there is one table, else each against the first before it
    that evaluates the same thing. `titles`: each table's title, which may say what it
    evaluates (a project's 自评表, a department's)."""
    full = domain.section("totals").get("full_marks")
    if full is None:
        return []
    full_marks = Decimal(str(full))
    tables = table_overall(facts, relations, full_marks)
    if len(tables) > 1:
        return []
    stated = statements(facts, domain, full_marks)
    things = domain.section("overall").get("evaluates", {})
    if tables:
        table = tables[0]
        of = next(
            (
                k
                for k, words in things.items()
                if any(w in titles.get(table.table, "") for w in words)
            ),
            "",
        )
        return [
            restated(f, table, rounded=True)
            for f in stated
            if not of or _evaluates(f, things) in ("", of)
        ]
    generic = set(domain.words("generic_labels", "words"))
    out: list[Relation] = []
    for i, b in enumerate(stated):
        kind = _evaluates(b, things)
        a = next(
            (
                a
                for a in stated[:i]
                if (not kind or _evaluates(a, things) in ("", kind))
                and not other_context(a.context, b.context, generic)
            ),
            None,
        )
        if a is not None and a.line != b.line:
            out.append(restated(a, b, rounded=True))
    return out
