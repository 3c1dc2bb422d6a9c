"""What extraction produces: quantities (facts), the relations between them, and paragraphs."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from auditlint.numbers import Number, unit_kind, unit_scale


@dataclass(slots=True)
class Fact:
    """One quantity found in the document, with where it is and what it measures."""

    id: int
    value: Decimal
    decimals: int
    text: str  # as printed, e.g. "35,298.67"
    unit: str
    label: str
    line: int
    column: int
    end_line: int
    end_column: int
    qualifier: str = ""  # approximate | lower_bound | upper_bound
    period: str = ""
    section: str = ""
    scope: str = "document"
    source: str = "prose"  # prose | table
    table: int = 0
    row: int = 0
    col: int = 0
    role: str = ""  # column role in a table: budget, execution, rate, weight, score, …
    malformed: bool = False
    concept: str = ""
    # scope words, topic and list subject of the sentence the figure stands in (context.py)
    context: str = ""

    @property
    def kind(self) -> str:
        return unit_kind(self.unit)

    @property
    def scale(self) -> Decimal:
        return unit_scale(self.unit)

    @property
    def exact(self) -> bool:
        """Scores and plain counts are exact (10分 is not 9.6 rounded); amounts are rounded."""
        return self.kind in ("score", "count") and not self.unit.startswith(("万", "亿"))

    @property
    def half_ulp(self) -> Decimal:
        if self.exact:
            return Decimal(0)
        return Decimal(5).scaleb(-(self.decimals + 1))

    def interval(self, sibling_decimals: int = 0) -> tuple[Decimal, Decimal]:
        """The values the printed figure may stand for, in base units (元, 人, %).

        `sibling_decimals`: a whole amount printed beside amounts with decimals (`40万元` next to
        `19.99万元` in one breakdown) is exact to those decimals; its author shows cents when
        there are any."""
        s = self.scale
        half = self.half_ulp
        if sibling_decimals and self.decimals == 0 and half:
            half = Decimal(5).scaleb(-(sibling_decimals + 1))
        return ((self.value - half) * s, (self.value + half) * s)

    def rounded_interval(self) -> tuple[Decimal, Decimal]:
        """The values the figure may stand for were it rounded to what is printed, scores and
        counts too (a total score printed whole in a summary, 96 for 95.8)."""
        half = Decimal(5).scaleb(-(self.decimals + 1))
        return ((self.value - half) * self.scale, (self.value + half) * self.scale)

    @property
    def base_value(self) -> Decimal:
        return self.value * self.scale

    @property
    def json_value(self) -> float | int:
        """The figure as printed, for JSON `values`."""
        return int(self.value) if self.decimals == 0 else float(self.value)


@dataclass(slots=True)
class Relation:
    """Figures that must agree: `roles` maps a role name to a fact id or a list of fact ids."""

    kind: str
    roles: dict[str, Any]
    line: int
    extra: dict[str, Any] = field(default_factory=dict)

    def ids(self) -> list[int]:
        out: list[int] = []
        for v in self.roles.values():
            if isinstance(v, list):
                out.extend(x for x in v if isinstance(x, int))
            elif isinstance(v, int):
                out.append(v)
        return out


@dataclass(slots=True)
class Paragraph:
    """Prose lines joined where a sentence runs across lines; each character keeps its place."""

    text: str = ""
    section: str = ""
    # where each joined line starts in `text`, and its line number (not a place per character:
    # most prose holds no figure, and only figures ask for their place)
    starts: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    first_column: int = 1  # where the text starts on its first line (a table cell's column)

    @classmethod
    def joined(cls, lines: list[tuple[int, str]], section: str) -> Paragraph:
        """One paragraph of (line number, text) pairs, joined once (not grown line by line:
        a long paragraph would be copied once per line)."""
        if len(lines) == 1:  # most paragraphs of a report are one line
            ((number, text),) = lines
            return cls(text=text, section=section, starts=[0], lines=[number])
        starts, at = [], 0
        for _, text in lines:
            starts.append(at)
            at += len(text)
        return cls(
            text="".join(text for _, text in lines),
            section=section,
            starts=starts,
            lines=[number for number, _ in lines],
        )

    def place(self, offset: int) -> tuple[int, int]:
        """(line, 1-based column) of the character at `offset`, clamped to the text."""
        if not self.text:
            return (0, 0)
        offset = min(max(offset, 0), len(self.text) - 1)
        i = bisect_right(self.starts, offset) - 1
        return self.lines[i], offset - self.starts[i] + (self.first_column if i == 0 else 1)


class FactRecorder:
    """Where both extractors record the facts they find: one numbering (ids never clash across
    prose and tables) and one way from a printed number to a Fact."""

    def __init__(self, domain: Any, next_id: int) -> None:
        self.domain = domain
        self.next_id = next_id
        self.facts: list[Fact] = []

    def record(self, number: Number, label: str, **where: Any) -> Fact:
        fact = Fact(
            id=self.next_id,
            value=number.value,
            decimals=number.decimals,
            text=number.text,
            malformed=number.malformed,
            label=label,
            concept=self.domain.concept(label),
            **where,
        )
        self.next_id += 1
        self.facts.append(fact)
        return fact
