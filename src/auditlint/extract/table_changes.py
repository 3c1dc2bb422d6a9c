"""Tables of this year against last year, whatever their template: on every row, the change
amount is this year's figure less last year's and the change rate that amount over last
year's (`本年数 | 上年数 | 增减额 | 增减率`). Column roles come from the headers
(`[header_roles]` this_year, last_year, change_amount, change_rate in checks/domain); the
amounts carry their own sign (`-1.00`, `(1.00)`)."""

from __future__ import annotations

from collections.abc import Callable

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
    at = {role: roles.index(role) for role in _ROLES if role in roles}
    if "this_year" not in at or "last_year" not in at or len(at) < 3:
        return []
    out: list[Relation] = []
    for r, row in enumerate(table.rows[first_row:], start=first_row):
        label = next((c.text.strip() for c in row if c.text.strip()), "")
        facts = {
            role: make(row[j], f"{label}:{header_texts(j)}", table, r, j)
            for role, j in at.items()
            if j < len(row) and row[j].text.strip()
        }
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
