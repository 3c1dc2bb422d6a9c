"""Extraction: Document → facts (a DataFrame under the pandera schema) + relations."""

from __future__ import annotations

from dataclasses import dataclass, field

from auditlint.document import Document, Table
from auditlint.domain import Domain, load_domain
from auditlint.extract.composition import CompositionCues
from auditlint.extract.fund_summary import fund_summaries
from auditlint.extract.lexicon import compiled
from auditlint.extract.model import Fact, Paragraph, Relation
from auditlint.extract.numbered_items import item_lists
from auditlint.extract.overall_score import overall_scores
from auditlint.extract.paragraphs import paragraphs
from auditlint.extract.prose import ProseExtractor
from auditlint.extract.repeat import repeat_relations
from auditlint.extract.share import other_wholes
from auditlint.extract.sole_part import sole_part_changes
from auditlint.extract.table_repeat import table_restatements
from auditlint.extract.tabular import TableExtractor
from auditlint.normalise.units import table_title, table_unit

__all__ = ["Extraction", "Fact", "Relation", "extract"]


@dataclass
class Extraction:
    document: Document
    facts: list[Fact]
    relations: list[Relation]
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return self.document.tables

    def fact(self, fact_id: int) -> Fact:
        return self._by_id[fact_id]

    def of_kind(self, kind: str) -> list[Relation]:
        """Relations of one kind, in document order: each check asks for its own kinds."""
        return self._by_kind.get(kind, [])

    def __post_init__(self) -> None:
        self._by_id = {f.id: f for f in self.facts}
        self._by_kind: dict[str, list[Relation]] = {}
        for r in self.relations:
            self._by_kind.setdefault(r.kind, []).append(r)

    def frame(self):  # -> pandas.DataFrame
        """Facts as a DataFrame validated by the pandera schema (the checks' contract)."""
        from auditlint.schema import facts_frame

        return facts_frame(self.facts)


def extract(doc: Document, domain: Domain | None = None) -> Extraction:
    if doc.given is not None:  # report data: the facts were reviewed by a person
        facts, relations = list(doc.given[0]), list(doc.given[1])
        if not any(r.kind == "repeat" for r in relations):  # derived: which state one quantity
            relations += repeat_relations(facts, relations, domain or load_domain())
        return Extraction(document=doc, facts=facts, relations=relations)
    domain = domain or load_domain()
    paras = paragraphs(doc, compiled(domain, CompositionCues.from_domain).comma_opener)
    prose = ProseExtractor(domain, next_id=1)
    glued = frozenset(
        (cell.line, column)
        for table in doc.tables
        if table.layout == "glued"
        for row in table.rows
        for cell in row
        for column in range(cell.column, cell.end_column + 1)
    )
    prose.run(paras, glued)
    prose.score_groups()
    tables = TableExtractor(domain, next_id=prose.next_id)
    titles = {t.id: table_title(doc.lines, t) for t in doc.tables}
    tables.run(doc.tables, {t.id: table_unit(doc.lines, t) for t in doc.tables}, titles)
    facts, relations = prose.facts + tables.facts, prose.relations + tables.relations
    other_wholes(relations, facts, domain.concept)  # a share's whole in a table is a reading
    paragraph_of = {line: k for k, p in enumerate(paras) for line in p.lines}
    list_of = {line: k for k, p in zip(item_lists(paras), paras, strict=True) for line in p.lines}
    relations += repeat_relations(facts, relations, domain, paragraph_of, list_of)
    relations += table_restatements(doc, facts, domain)
    relations += overall_scores(facts, relations, domain, titles)
    relations += fund_summaries(facts, relations, domain)
    relations += sole_part_changes(facts, relations)
    return Extraction(document=doc, facts=facts, relations=relations, paragraphs=paras)
