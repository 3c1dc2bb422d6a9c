"""Tables of this year against last year, whatever their template: on every row, the change
amount is this year's figure less last year's and the change rate that amount over last
year's (`本年数 | 上年数 | 增减额 | 增减率`). Column roles come from the headers
(`[header_roles]` this_year, last_year, change_amount, change_rate in checks/domain); the
amounts carry their own sign (`-1.00`, `(1.00)`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from auditlint.document import Cell, Table
from auditlint.extract.model import Fact, Relation

_ROLES = ("this_year", "last_year", "change_amount", "change_rate")


def table_changes(
    table: Table,
    roles: list[str],
    make: Callable[[Cell, str, Table, int, int], Fact | None],
    header_texts: Callable[[int], str],
    first_row: int,
) -> list[Relation]:
    """`roles`: each column's role; `first_row`: the first row below the headers."""
    out = _ratios_to_last_year(table, roles, make, header_texts, first_row)
    at = {role: roles.index(role) for role in _ROLES if role in roles}
    if "this_year" not in at or "last_year" not in at or len(at) < 3:
        return out
    for facts in _row_facts(table, at, make, header_texts, first_row):
        if facts.get("this_year") is None or facts.get("last_year") is None:
            continue
        names = {"this_year": "current", "last_year": "previous"}
        names |= {"change_amount": "delta", "change_rate": "percent"}
        found = {names[k]: f.id for k, f in facts.items() if f is not None}
        if len(found) < 3:
            continue
        rate = facts.get("change_rate")
        if rate is not None and not rate.unit:
            rate.unit = "%"
        # the change's direction is its figure's sign (`(2.00)`, `-1.00`), its size the rest
        delta, pct = facts.get("change_amount"), facts.get("change_rate")
        sign = -1 if delta is not None and delta.value < 0 else 1
        # a rate printed without its sign beside a signed amount goes the amount's way
        percent_sign = -1 if pct is not None and pct.value < 0 else sign
        out.append(
            Relation(
                kind="change",
                roles=found,
                line=facts["this_year"].line,
                extra={
                    "sign": sign,
                    "percent_sign": percent_sign,
                    "base": "previous",
                    "signed": True,
                },
            )
        )
    return out


def _ratios_to_last_year(
    table: Table,
    roles: list[str],
    make: Callable[[Cell, str, Table, int, int], Fact | None],
    header_texts: Callable[[int], str],
    first_row: int,
) -> list[Relation]:
    """`决算数 | 上年决算数 | 决算数为上年决算数的%` of a fiscal account's table: on every row, this
    year's figure (本年数, else the 决算数) over last year's, as a percentage (AL102)."""
    if "last_year_ratio" not in roles or "last_year" not in roles:
        return []
    this = "this_year" if "this_year" in roles else "execution"
    if this not in roles:
        return []
    cols = {"numerator": roles.index(this), "denominator": roles.index("last_year")}
    cols["percent"] = roles.index("last_year_ratio")
    out: list[Relation] = []
    for facts in _row_facts(table, cols, make, header_texts, first_row):
        if len(facts) < 3 or any(f is None for f in facts.values()):
            continue
        if not facts["percent"].unit:
            facts["percent"].unit = "%"
        out.append(
            Relation(
                kind="ratio",
                roles={k: f.id for k, f in facts.items()},
                line=facts["percent"].line,
                extra={"name": header_texts(cols["percent"]), "reading": "named"},
            )
        )
    return out


def _row_facts(
    table: Table,
    columns: dict[str, int],
    make: Callable[[Cell, str, Table, int, int], Fact | None],
    header_texts: Callable[[int], str],
    first_row: int,
) -> Iterator[dict[str, Fact | None]]:
    """For each row below the headers, the facts of its filled cells in `columns` (role →
    column), each labelled by the row's first text and the column's heading."""
    for r, row in enumerate(table.rows[first_row:], start=first_row):
        label = next((c.text.strip() for c in row if c.text.strip()), "")
        yield {
            role: make(row[j], f"{label}:{header_texts(j)}", table, r, j)
            for role, j in columns.items()
            if j < len(row) and row[j].text.strip()
        }
