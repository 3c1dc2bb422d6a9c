"""`auditlint extract`: what was understood, as rich tables or JSON."""

from __future__ import annotations

import json
from typing import Any, TextIO

from auditlint.extract import Extraction


def _fact_dict(f) -> dict[str, Any]:
    return {
        "id": f.id,
        "value": str(f.value),
        "decimals": f.decimals,
        "text": f.text,
        "unit": f.unit,
        "kind": f.kind,
        "label": f.label,
        "concept": f.concept,
        "qualifier": f.qualifier,
        "period": f.period,
        "section": f.section,
        "scope": f.scope,
        "context": f.context,
        "source": f.source,
        "table": f.table,
        "row": f.row,
        "col": f.col,
        "role": f.role,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "malformed": f.malformed,
    }


def extraction_dict(x: Extraction) -> dict[str, Any]:
    """The report-data format (`auditlint.readers.data`): what `auditlint check` reads back."""
    in_tables = x.document.table_lines() | {c.line for t in x.tables for row in t.rows for c in row}
    return {
        "format": "auditlint-report/1",
        "source": x.document.path,
        "encoding": x.document.encoding,
        "lines": [ln.raw for ln in x.document.lines if ln.number not in in_tables],
        "facts": [_fact_dict(f) for f in x.facts],
        "relations": [
            {
                "kind": r.kind,
                "line": r.line,
                "roles": r.roles,
                "extra": {k: v for k, v in r.extra.items()},
            }
            for r in x.relations
        ],
        "tables": [
            {
                "id": t.id,
                "layout": t.layout,
                "start_line": t.start_line,
                "end_line": t.end_line,
                "rows": [[c.text for c in row] for row in t.rows],
            }
            for t in x.tables
        ],
    }


def write_extraction_json(x: Extraction, out: TextIO) -> None:
    json.dump(extraction_dict(x), out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")


def write_extraction_yaml(x: Extraction, out: TextIO) -> None:
    import yaml

    data = json.loads(json.dumps(extraction_dict(x), ensure_ascii=False, default=str))
    yaml.safe_dump(data, out, allow_unicode=True, sort_keys=False, width=100)


def show_extraction(x: Extraction) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    facts = Table(title=f"facts — {x.document.path} ({x.document.encoding})", box=None)
    for col in ("id", "line:col", "value", "unit", "label", "scope", "role"):
        facts.add_column(col)
    for f in x.facts:
        facts.add_row(
            str(f.id),
            f"{f.line}:{f.column}",
            f.text,
            f.unit,
            f.label[:24],
            f.scope[:16],
            f.role or f.qualifier,
        )
    console.print(facts)
    rels = Table(title="relations", box=None)
    for col in ("kind", "line", "figures"):
        rels.add_column(col)
    for r in x.relations:
        parts = []
        for role, v in r.roles.items():
            ids = v if isinstance(v, list) else [v]
            parts.append(f"{role}=" + "+".join(x.fact(i).text for i in ids if isinstance(i, int)))
        rels.add_row(r.kind, str(r.line), "  ".join(parts))
    console.print(rels)
    tables = Table(title="tables", box=None)
    for col in ("id", "layout", "lines", "rows"):
        tables.add_column(col)
    for t in x.tables:
        tables.add_row(str(t.id), t.layout, f"{t.start_line}-{t.end_line}", str(len(t.rows)))
    console.print(tables)
