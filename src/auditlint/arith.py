"""Interval arithmetic on printed figures (DESIGN.md: what rounding explains is never flagged)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from auditlint.extract.model import Fact
from auditlint.numbers import unit_kind

Interval = tuple[Decimal, Decimal]


def sum_interval(facts: Iterable[Fact], sibling_decimals: int = 0) -> Interval:
    lo = hi = Decimal(0)
    for f in facts:
        a, b = f.interval(sibling_decimals)
        lo, hi = lo + a, hi + b
    return lo, hi


def parts_interval(parts: list[Fact]) -> Interval:
    """The sum of a breakdown's parts: a whole figure among parts printed with cents is exact
    to the cents (`0` or `40` beside `19.99`: its author shows cents when there are any)."""
    places = max((p.decimals for p in parts), default=0)
    if not all(p.kind in ("money", "none") for p in parts):
        places = 0
    return sum_interval(parts, places)


def signed_sum_interval(facts: Iterable[Fact], signs: Iterable[int]) -> Interval:
    """Σ sign × figure: changes that add up (增加2, 减少1 → +1)."""
    lo = hi = Decimal(0)
    for f, sign in zip(facts, signs, strict=True):
        lo, hi = (
            (lo + f.interval()[0], hi + f.interval()[1])
            if sign > 0
            else (
                lo - f.interval()[1],
                hi - f.interval()[0],
            )
        )
    return lo, hi


def disjoint(a: Interval, b: Interval, slack: Decimal = Decimal(0)) -> bool:
    """No value in common. A printed figure's interval is half-open, [x − h, x + h): 52.34
    cannot be 52.345, so intervals that only touch are disjoint; an exact figure is a point."""
    if a[0] == a[1] or b[0] == b[1]:  # a point: closed
        return a[1] + slack < b[0] or b[1] + slack < a[0]
    return a[1] + slack <= b[0] or b[1] + slack <= a[0]


def ratio_percent(num: Interval, den: Interval) -> Interval | None:
    if den[0] <= 0 or num[0] < 0:
        return None
    return (num[0] / den[1] * 100, num[1] / den[0] * 100)


def signed(i: Interval, sign: int) -> Interval:
    """A magnitude printed without its sign (减少4.45) as the signed interval it stands for."""
    return i if sign > 0 else (-i[1], -i[0])


def signed_ratio_percent(num: Interval, den: Interval) -> Interval | None:
    """num/den × 100 for a numerator that may be negative and a positive denominator."""
    if den[0] <= 0:
        return None
    lo = num[0] / (den[1] if num[0] >= 0 else den[0])
    hi = num[1] / (den[0] if num[1] >= 0 else den[1])
    return (lo * 100, hi * 100)


def mid(i: Interval) -> Decimal:
    return (i[0] + i[1]) / 2


def same_family(a: Fact, b: Fact) -> bool:
    return _same_unit_family(a.unit, b.unit)


@lru_cache(maxsize=1024)
def _same_unit_family(a: str, b: str) -> bool:
    """Cached per unit pair: checks compare every pair of facts."""
    if unit_kind(a) == "money" and unit_kind(b) == "money":
        return True
    return a.removeprefix("万").removeprefix("亿") == b.removeprefix("万").removeprefix("亿")


def some_subset_meets(total: Fact, parts: list[Fact]) -> bool:
    """Whether some of the parts, not all, add up to the total within rounding in a reading a
    list can have: it ran on past its end (the parts up to some point), holds the total itself
    (one part equal to it), interleaves another kind of figure (every other one), or took in a
    part's own sub-parts (every part but a run right after one that adds up to it). Parts above their total are an error only when
    no such reading holds (evidence before alarms); any subset at all would excuse most lists
    of small counts (5 + 5 + 4 of 14 among 5, 5, 3, 4)."""
    places = max((p.decimals for p in parts), default=0)
    if not all(p.kind in ("money", "none") for p in parts):
        places = 0
    t = total.interval()
    spans = [p.interval(places) for p in parts]

    def meets(kept: list[tuple[Decimal, Decimal]]) -> bool:
        return bool(kept) and not disjoint((sum(a for a, _ in kept), sum(b for _, b in kept)), t)

    n = len(parts)
    if any(meets(spans[:k]) for k in range(1, n)):
        return True  # ran on past its end
    if any(not disjoint(span, t) for span in spans):
        return True  # one of them is the total itself (`共15个，其中一级3个…三级15个`)
    if meets(spans[0::2]) or meets(spans[1::2]):
        return True  # every other figure: the parts, each with a figure of another kind
    for i in range(n):
        for j in range(i + 2, n + 1):  # parts[i+1:j] are parts[i]'s own
            run = spans[i + 1 : j]
            own = not disjoint((sum(a for a, _ in run), sum(b for _, b in run)), spans[i])
            if own and meets(spans[: i + 1] + spans[j:]):
                return True
    return False
