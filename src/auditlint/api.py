"""The check API: what a check (built-in or a user's) is written against.

A check is a function decorated with :func:`check`; it receives a :class:`Context` and yields
findings made with :meth:`Context.finding`. Its docstring is its documentation, in the form
ruff uses: ``What it does`` / ``Why is this bad?`` / ``Example``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from auditlint.domain import Domain
from auditlint.extract import Extraction
from auditlint.extract.model import Fact, Relation
from auditlint.extract.paragraphs import section_heads as section_heads  # for checks
from auditlint.numbers import format_decimal

SEVERITIES = ("error", "warning", "info")


@dataclass
class Finding:
    code: str
    name: str
    severity: str
    message: str  # Chinese
    message_en: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    values: list[float | int] = field(default_factory=list)
    key: str = ""  # stable identity besides code/path/values: the labels compared
    source: str = ""  # the original line, for reporters that show it (not serialised)
    location: str = ""  # where a person finds it: "12:5", "表 1 第 3 行 第 2 列", "Sheet1!C5"
    # the file relative to the project root, however the path was typed: baselines and
    # fingerprints use it, so a run from a subfolder or by absolute path matches the same
    project_path: str = ""
    # [line, column, end_line, end_column] of each figure compared, for a reporter that marks
    # them in the text (the review page); not part of the JSON contract
    spans: list[list[int]] = field(default_factory=list)
    # the document's own line, where `line` is the file's (a sheet's row, a data file's line):
    # what a reporter that shows the document as read anchors the finding at
    doc_line: int = 0

    @property
    def where(self) -> str:
        """The cell or paragraph of a .docx/.xlsx/.pdf/.html finding; empty for plain text."""
        if self.location and self.location != f"{self.line}:{self.column}":
            return self.location
        return ""

    @property
    def place(self) -> str:
        """`path:line:col`, with the cell or paragraph when the file is not plain text."""
        at = f"{self.path}:{self.line}:{self.column}"
        return f"{at} ({self.where})" if self.where else at

    @property
    def fingerprint(self) -> str:
        """Identity that survives lines added above (rule, file, labels, values; no line)."""
        path = self.project_path or self.path
        raw = "|".join([self.code, path, self.key, ",".join(map(str, self.values))])
        return hashlib.sha256(raw.encode()).hexdigest()[:16]

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message_en if lang == "en" else self.message,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "values": self.values,
            "location": self.location or f"{self.line}:{self.column}",
            "fingerprint": self.fingerprint,
        }


CheckFunc = Callable[["Context"], Iterable[Finding]]


@dataclass
class Check:
    code: str
    name: str
    severity: str
    func: CheckFunc
    doc: str
    origin: str = ""

    @property
    def summary(self) -> str:
        return (self.doc.strip().splitlines() or [""])[0]

    @property
    def documentation(self) -> str:
        """What `auditlint rule CODE` prints, and the review page shows."""
        import inspect

        return (
            f"# {self.name} ({self.code})\n\nDefault severity: {self.severity}\n\n"
            + inspect.cleandoc(self.doc)
        )


_REGISTRY: dict[str, Check] = {}


def check(code: str, name: str, severity: str = "error") -> Callable[[CheckFunc], CheckFunc]:
    """Register a check. Codes are unique; a later registration of a code replaces the earlier."""
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {SEVERITIES}")

    def register(func: CheckFunc) -> CheckFunc:
        _REGISTRY[code] = Check(
            code=code,
            name=name,
            severity=severity,
            func=func,
            doc=func.__doc__ or "",
            origin=getattr(func, "__module__", ""),
        )
        return func

    return register


def registry() -> dict[str, Check]:
    return _REGISTRY


def fmt(value: Decimal, decimals: int = 2) -> str:
    return format_decimal(value, decimals)


def named(fact: Fact, role: str = "") -> str:
    """`年度资金总额:全年预算数 86.4`: the figure with the label the report gives it, so two
    findings about one table or sentence can be told apart in either language. The label is the
    report's own words and is not translated; `role` stands in where the report names none."""
    label = fact.label or role
    return f"{label} {fact.text}" if label else fact.text


@dataclass
class Context:
    """What a check sees of one document: its extraction, the domain data and settings."""

    extraction: Extraction
    domain: Domain
    settings: dict[str, Any] = field(default_factory=dict)
    check: Check | None = None

    @property
    def path(self) -> str:
        return self.extraction.document.path

    @property
    def facts(self) -> list[Fact]:
        return self.extraction.facts

    @property
    def lines(self):
        return self.extraction.document.lines

    def fact(self, fact_id: int) -> Fact:
        return self.extraction.fact(fact_id)

    def place(self, line: int, column: int = 1) -> tuple[str, str]:
        """Another place as the user finds it, for a message that points there: `第 52 行` /
        `line 52` in a text file, `段落 12`, `表 1 第 3 行 第 2 列` or `Sheet1!C5` elsewhere
        (Chinese, English)."""
        where = self.extraction.document.locate(line, column)
        if where == f"{line}:{column}":
            return f"第 {line} 行", f"line {line}"
        # `与段落 19 的`: a space after a figure or code, as `第 19 行` has one
        return where + (" " if where[-1:].isascii() else ""), where

    def relations(self, kind: str) -> Iterator[Relation]:
        return iter(self.extraction.of_kind(kind))

    def frame(self):
        """Facts as a pandas DataFrame under the pandera schema (imported on first use)."""
        return self.extraction.frame()

    def finding(
        self,
        at: Fact | tuple[int, int, int, int],
        zh: str,
        en: str,
        values: Iterable[Fact | Decimal | int | float] = (),
        key: str = "",
    ) -> Finding:
        assert self.check is not None, "finding() is called from inside a check"
        loc = (at.line, at.column, at.end_line, at.end_column) if isinstance(at, Fact) else at
        vals: list[float | int] = []
        spans: list[list[int]] = []
        for v in values:
            if isinstance(v, Fact):
                vals.append(v.json_value)
                spans.append([v.line, v.column, v.end_line, v.end_column])
            elif isinstance(v, Decimal):
                vals.append(int(v) if v == v.to_integral_value() else float(v))
            else:
                vals.append(v)
        return Finding(
            code=self.check.code,
            name=self.check.name,
            severity=self.check.severity,
            message=zh,
            message_en=en,
            path=self.path,
            line=loc[0],
            column=loc[1],
            end_line=loc[2],
            end_column=loc[3],
            values=vals,
            key=key,
            spans=spans,
        )
