"""Cue lexicons (`checks/domain/cues.toml`) compiled into the patterns the frames use.

The words are data: a reader of a frame finds every wording it accepts in the lexicon, and a
finance office can add its own. Compiled once per Domain (a run loads one)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from auditlint.domain import Domain

T = TypeVar("T")
YEAR = r"(?:19|20)\d{2}\s*年度?"
# the kinds of budget are names of money, not budgets: 一般公共预算支出 is spending
# names of money that hold 预算 and are no budget: the budget kinds, and the reserve fund
BUDGET_KINDS = r"(?:一般公共|政府性基金|国有资本经营|社会保险基金)预算|预算稳定调节基金"


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """Words as one regex alternation, longest first; `{year}` stands for any year."""
    ordered = sorted(set(words), key=len, reverse=True)
    parts = [re.escape(w).replace(re.escape("{year}"), YEAR) for w in ordered]
    return "|".join(parts) if parts else "(?!)"


class ChangeCues:
    """The change frame's words: bases, verbs (and their sign), what may follow a verb."""

    def __init__(self, domain: Domain) -> None:
        words = domain.section("change")
        self.up = frozenset(words.get("up", []))
        self.down = frozenset(words.get("down", []))
        verbs = alternation([*self.up, *self.down])
        tails = alternation(words.get("verb_tails", []))
        blockers = "".join(map(re.escape, words.get("not_change", [])))
        not_before = f"(?<![{blockers}])" if blockers else ""
        self.any_verb = re.compile(verbs)
        # a verb ending the text between two figures: the next figure is a change
        self.verb_at_end = re.compile(
            rf"{not_before}(?P<verb>{verbs})(?:{tails})?\s*(?:约|近)?\s*$"
        )
        rates = alternation(words.get("rate_names", []))
        self.rate_name = re.compile(rf"(?:{rates})(?:为|是|达)?\s*$" if rates else "(?!)")
        # `，其中人员经费增加…`: what follows names a part, not the figure before the cue
        parts = domain.words("composition", "parts_anywhere") or ("其中",)
        self.parts_cue = re.compile(alternation(list(parts)))
        self.base_previous = re.compile(alternation(words.get("bases_previous", [])))
        self.base_budget = re.compile(alternation(words.get("bases_budget", [])))
        # a clause that opens with the previous period and ends at its figure: `，上年为`,
        # `，2022年决算数为`, `，上年支出` (`rest`: what it names, which must be the current's)
        self.previous_label = re.compile(
            rf"(?:^|[,，;；(（])\s*(?:{alternation(words.get('previous_labels', []))})"
            r"(?:同期)?(?P<rest>[^,，;；:：。\d]{0,10}?)(?:的|数|决算数)?(?:为|是|:|：)?\s*$"
        )

    def sign(self, verb: str) -> int:
        return -1 if verb in self.down else 1


def compiled(domain: Domain, build: Callable[[Domain], T]) -> T:
    """A frame's cues compiled once per domain (kept in its memo, beside its other
    worked-out answers): every report of a run reads the same lexicons."""
    key = ("compiled", f"{build.__module__}.{build.__qualname__}", "")
    cues = domain._memo.get(key)
    if cues is None:
        cues = domain._memo[key] = build(domain)
    return cues


def change_cues(domain: Domain) -> ChangeCues:
    return compiled(domain, ChangeCues)
