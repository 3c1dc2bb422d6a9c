"""Parts of a whole the sentence opens by naming: `X中，A a，B b`.

    “三公”经费的实际支出是12.35万元。…                   the whole, stated before
    2025年“三公”经费的实际支出中，出国费0万元；            the sentence names it and lists
    公务用车费8.15万元；公务接待费4.20万元。               its parts
    项目支出主要用于：A 60万元，B 35万元。                 (some of them, the cue says)

The whole is the figure stated last before under the name the opening gives; a short label
borrows the words of its sentence's subject (`“三公”经费的支出预算是…，支出决算是…`: the second is
`“三公”经费的支出决算`). Where several earlier figures go by that name, each is a reading, and the
check reports only when none of them is the parts' sum. The opening words and the nouns a
whole's name ends in are data (`whole_openers`, `whole_names` in `[composition]` of
checks/domain/cues.toml).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from auditlint.domain import Domain
from auditlint.extract.clauses import Q, unit_family
from auditlint.extract.composition import part_or_total, parts_relation
from auditlint.extract.lexicon import YEAR, alternation, compiled
from auditlint.extract.model import Fact, Relation

# at most this many readings of the whole (distinct values, nearest first)
MAX_READINGS = 3
# a name shorter than this (`支出中`) names too many figures to single one out
MIN_NAME = 4
_NOISE = re.compile(rf"[“”\"'‘’\s]|^{YEAR}|^\d{{2}}年度?")


_CLOSED = re.compile(r"[。；;！!]$")


class WholeOpener:
    def __init__(self, domain: Domain) -> None:
        words = domain.section("composition")
        ends = alternation(words.get("whole_names", []))
        forms = [
            re.escape(w).replace(
                re.escape("{name}"), rf"(?P<name{k}>[^,，;；:：。%]{{2,40}}?(?:{ends}))"
            )
            for k, w in enumerate(words.get("whole_openers", []))
        ]
        self.opening = re.compile(
            rf"\s*(?:{'|'.join(f'(?:{f})' for f in forms) or '(?!)'})\s*[,，:：]"
        )
        self.end = re.compile(rf"(?:{ends})$")
        self.noun = re.compile(ends)  # the nouns a whole's name may hold
        self.partial = re.compile(alternation(words.get("not_exhaustive", [])))


def whole_opener(domain: Domain) -> WholeOpener:
    return compiled(domain, WholeOpener)


def _core(name: str) -> str:
    """A name without quotes, spaces and a leading year: what two wordings of it share."""
    return _NOISE.sub("", name)


def full_name(fact: Fact) -> str:
    """A figure's label, or, where its sentence's subject holds the label's first word, the
    subject's words before it and the label (`支出决算` under `“三公”经费支出预算` →
    `“三公”经费支出决算`): the name the sentence leaves out."""
    subject = fact.context.split("|")[2] if fact.context.count("|") >= 2 else ""
    label = fact.label
    if len(label) < 2 or not subject or subject.startswith(label):
        return label
    at = subject.rfind(label[:2])
    return subject[:at] + label if at > 0 else label


def _names(name: str, fact: Fact, end: re.Pattern[str]) -> bool:
    """Whether a figure goes by the name: every character of the name is in the figure's full
    name, and the noun the name ends in (支出, 决算) too."""
    full = _core(full_name(fact))
    tail = end.search(name)
    return tail is not None and tail.group() in full and all(ch in full for ch in name)


def parts_of_named_whole(
    text: str,
    a: int,
    b: int,
    sq: list[Q],
    earlier: list[Q],
    cues: WholeOpener,
    complete: Callable[[Q, list[Q]], bool],
) -> list[Relation]:
    """The parts a sentence opening with `X中，` lists, of the figure stated before as X."""
    opening = cues.opening.match(text, a, b)
    if opening is None or not sq or sq[0].found.start < opening.end():
        return []
    if b >= len(text.rstrip()) and not _CLOSED.search(text[:b].rstrip()):
        return []  # a list cut off where the text ends (a page lost, an excerpt) is not whole
    name = _core(next((v for k, v in opening.groupdict().items() if v), ""))
    if len(name) < MIN_NAME:
        return []
    family = unit_family(sq[0].fact)
    parts = [q for q in sq if part_or_total(q) and unit_family(q.fact) == family]
    labels = [p.fact.label for p in parts]
    if len(parts) < 2 or "" in labels or len(set(labels)) < len(labels):
        return []
    if any(p.fact.qualifier for p in parts):
        return []
    readings: dict[object, Q] = {}  # by value in the base unit
    for q in reversed(earlier):
        if (
            part_or_total(q)
            and unit_family(q.fact) == family
            and not q.fact.qualifier
            and _names(name, q.fact, cues.end)
        ):
            readings.setdefault(q.fact.value * q.fact.scale, q)
            if len(readings) == MAX_READINGS:
                break
    if not readings:
        return []
    whole, *others = readings.values()
    partial = cues.partial.search(opening.group()) is not None
    rel = parts_relation(whole, parts, "中", not partial and complete(whole, parts))
    if others:
        rel.extra["alternatives"] = [q.fact.id for q in others]
    if partial:  # `项目支出主要用于：…`: some of the parts, the text says
        rel.extra["partial"] = True
    return [rel]
