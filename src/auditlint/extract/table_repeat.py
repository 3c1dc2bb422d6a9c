"""A total a table prints, restated in the prose (PHRASEBOOK §7): one quantity twice.

    收入支出决算总表                    本年收入合计86.90万元，其中财政拨款收入80.00万元…
    本年收入合计 | 86.40                → 本年收入合计 前后不一致 (AL301)

A 决算 report prints its tables and explains them in words; the words restate the tables'
totals. Where the prose's figure is another total of the table that shares the name's stem
(`收入合计` given the 收入总计's figure), that reading holds and nothing is reported. A row is
read this way only where its name says what it holds: a total row (`…合计`,
`…总计`) or a quantity the domain data names (基本支出, 三公经费…), four characters at least,
printed with one figure on its side of the row, and in no other table (`本年收入合计` of the
收支总表 and of the 财政拨款收支总表 are two quantities). The prose must name it the same way,
the year and 本年 aside (收入合计 and 收入总计 stay apart: the 总计 holds the carry-over), in
the report's own year, with no qualifier.
"""

from __future__ import annotations

import re
from collections import Counter

from auditlint.arith import disjoint, same_family
from auditlint.document import Document
from auditlint.domain import Domain
from auditlint.extract.model import Fact, Relation

_TOTAL = re.compile(r"(?:合计|总计)$")
# what may open a name and not change the quantity: the year, this year, the reporting unit
_OPENING = re.compile(r"^(?:\d{4}\s*年度?|本年度|本年|全年|年度|本单位|本部门|我单位|我部门)+")
# what may close the prose's name before its figure
_CLOSING = re.compile(r"(?:为|是|达到|达)+$")
# where a prose figure's name begins: after the last clause mark before it
_CLAUSE = re.compile(r"[，,。；;：:、（(）)]")
_MIN_NAME = 4


def _name(text: str) -> str:
    text = re.sub(r"[\s“”\"]", "", text)
    return _CLOSING.sub("", _OPENING.sub("", text))


def _stem(name: str) -> str:
    """A total's name without its total word (本年收入合计, 收入总计 → 收入)."""
    return _TOTAL.sub("", name).removeprefix("本年")


def _row_name(fact: Fact) -> str:
    return _name(fact.label.partition(":")[0])


def table_restatements(doc: Document, facts: list[Fact], domain: Domain) -> list[Relation]:
    """(table figure, prose figure) pairs of one named total, for AL301."""
    rows: dict[str, list[Fact]] = {}
    for f in facts:
        if f.source == "table" and f.kind == "money" and not f.qualifier:
            rows.setdefault(_row_name(f), []).append(f)
    named: dict[str, Fact] = {}
    for name, found in rows.items():
        if len(name) < _MIN_NAME or not (_TOTAL.search(name) or domain.concept(name)):
            continue
        if len({(f.table, f.row) for f in found}) == 1 and len(found) == 1:
            named[name] = found[0]  # one figure, in one row of one table
    if not named:
        return []
    text_of = {line.number: line.text for line in doc.lines}
    years = Counter(f.period for f in facts if f.source == "prose" and f.period)
    year = years.most_common(1)[0][0] if years else ""
    out: list[Relation] = []
    for f in facts:
        if f.source != "prose" or f.kind != "money" or f.qualifier or f.role:
            continue
        if f.scope != "document" or (f.period and year and f.period != year):
            continue
        before = text_of.get(f.line, "")[: max(f.column - 1, 0)]
        printed = _CLOSING.sub("", re.sub(r"[\s“”\"]", "", _CLAUSE.split(before)[-1]))
        name = _name(printed)
        shown = named.get(name)
        if shown is None or not same_family(shown, f):
            continue
        if any(
            not disjoint(other.interval(), f.interval())
            for other_name, other in named.items()
            if other is not shown and _stem(other_name) == _stem(name)
        ):
            continue  # `收入合计` given the 收入总计's figure: a reading that holds
        out.append(
            Relation(
                kind="repeat",
                roles={"first": shown.id, "again": f.id},
                line=f.line,
                extra={"names": [shown.label.partition(":")[0], printed], "source": "table"},
            )
        )
    return out
