"""The facts table: the contract between extraction and checks, as a pandera schema.

Imported only where a DataFrame is wanted (extract output, user checks that use pandas), so a
plain `check` run does not pay for pandas and pandera at start-up.
"""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal

import pandas as pd
import pandera.pandas as pa

from auditlint.extract.model import Fact

KINDS = ["money", "percent", "score", "count", "date", "other", "none"]

FACTS_SCHEMA = pa.DataFrameSchema(
    {
        "id": pa.Column(int, unique=True),
        "value": pa.Column(
            object, pa.Check(lambda s: s.map(lambda v: isinstance(v, Decimal)).all())
        ),
        "decimals": pa.Column(int, pa.Check.ge(0)),
        "text": pa.Column(str),
        "unit": pa.Column(str),
        "kind": pa.Column(str, pa.Check.isin(KINDS)),
        "label": pa.Column(str),
        "concept": pa.Column(str),
        "qualifier": pa.Column(
            str, pa.Check.isin(["", "approximate", "lower_bound", "upper_bound"])
        ),
        "period": pa.Column(str),
        "section": pa.Column(str),
        "scope": pa.Column(str),
        "context": pa.Column(str),
        "source": pa.Column(str, pa.Check.isin(["prose", "table"])),
        "table": pa.Column(int, pa.Check.ge(0)),
        "row": pa.Column(int, pa.Check.ge(0)),
        "col": pa.Column(int, pa.Check.ge(0)),
        "role": pa.Column(str),
        "line": pa.Column(int, pa.Check.ge(1)),
        "column": pa.Column(int, pa.Check.ge(1)),
        "end_line": pa.Column(int, pa.Check.ge(1)),
        "end_column": pa.Column(int, pa.Check.ge(1)),
        "malformed": pa.Column(bool),
    },
    strict=True,
    ordered=False,
)


def facts_frame(facts: list[Fact]) -> pd.DataFrame:
    rows = []
    for f in facts:
        row = asdict(f)
        row["kind"] = f.kind
        rows.append(row)
    columns = list(FACTS_SCHEMA.columns)
    frame = pd.DataFrame(rows, columns=columns)
    for col in (
        "id",
        "decimals",
        "table",
        "row",
        "col",
        "line",
        "column",
        "end_line",
        "end_column",
    ):
        frame[col] = frame[col].astype(int)
    frame["malformed"] = frame["malformed"].astype(bool)
    for col in (
        "text",
        "unit",
        "kind",
        "label",
        "concept",
        "qualifier",
        "period",
        "section",
        "scope",
        "context",
        "source",
        "role",
    ):
        frame[col] = frame[col].astype(object)
    return FACTS_SCHEMA.validate(frame)
