"""A figure's context: what, beyond its own label, says which quantity it is.

The same label names different quantities in different scopes: `上级补助收入` of the general
budget and of the fund budget, `缴费补贴` of two counties, `资金使用` of two numbered funds, one
item's 2010 and 2011 values. A figure takes from the sentence it stands in:
- the year the sentence is about (not a year it compares with: `较2021年`),
- the scope words it names (budget kinds, levels, places; `[scopes]` in checks/domain),
- its topic (`从资金来源看，…`, `…预算中，…`),
- for a figure that continues a list, the sentence's subject (the first figure's label).
Two figures are one quantity only where their contexts agree (checks/conflicts.py).
"""

from __future__ import annotations

import re

from auditlint.domain import Domain
from auditlint.extract.lexicon import YEAR, alternation, compiled

_BASE_YEAR = re.compile(rf"(?:较|比|与|同|相比|相较|对比)\s*({YEAR})")
_ANY_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_CLAUSES = re.compile(r"[,，;；:：]")


_TIME_HINT = re.compile("[月季批半]")  # every time word holds one: most sentences need no search
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_NUMBER = r"(?:[一二三四五六七八九十]{1,3}|\d{1,3})"


def _time_pattern(words: list[str]) -> str:
    """The time words as one pattern: `{month}` a month, `{n}` a number."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(
        re.escape(w).replace(re.escape("{month}"), _MONTH).replace(re.escape("{n}"), _NUMBER)
        for w in ordered
    )


class ContextCues:
    def __init__(self, domain: Domain) -> None:
        words = domain.section("scopes")
        self.scope_words = re.compile(alternation(words.get("words", [])))
        times = _time_pattern(words.get("times", []))
        self.times = re.compile(times) if times else None
        suffixes = alternation(words.get("place_suffixes", []))
        # a place opens its clause: `青山区申请…`, `2023年东湖县…`, `（二）西岭镇…`
        self.place = re.compile(
            r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）.、]\s*)?(?:(?:19|20)\d{2}年度?)?"
            rf"(?![全本该我各两三四五六多])([\u4e00-\u9fff]{{2,4}}?(?:{suffixes}))(?!级|本级)"
        )
        self.topic = re.compile(rf"(?:{alternation(words.get('topic_endings', []))})\s*$")
        self._scopes: dict[str, str] = {}
        self._topics: dict[str, str] = {}
        self.partition = re.compile(rf"(?:{alternation(words.get('partition_endings', []))})\s*$")
        # `其中` ends in 中 but opens parts, not a topic
        self.not_topic = re.compile(
            rf"(?:{alternation(domain.section('composition').get('parts_after', []))})\s*$"
        )

    def scopes(self, where: str) -> str:
        """The scope words and places of a stretch of text (remembered: the figures of one
        sentence share most of it)."""
        found = self._scopes.get(where)
        if found is None:
            if len(self._scopes) > 20_000:
                self._scopes.clear()
            places = {m.group(1) for c in _CLAUSES.split(where) if (m := self.place.match(c))}
            words = {m.group() for m in self.scope_words.finditer(where)}
            found = self._scopes[where] = "、".join(sorted(words | places))
        return found

    def topic_of(self, before: str) -> str:
        """The topic set by the clauses before a figure's own (remembered per sentence)."""
        found = self._topics.get(before)
        if found is None:
            if len(self._topics) > 20_000:
                self._topics.clear()
            clauses = [c.strip() for c in _CLAUSES.split(before)] if before else []
            found = (
                next((f"!{c}" for c in clauses if self.partition.search(c)), "")
                or next(
                    (c for c in clauses if self.topic.search(c) and not self.not_topic.search(c)),
                    "",
                )
                or _titled(before)
            )
            self._topics[before] = found
        return found


_TITLE = re.compile(
    r"^\s*(?:[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.、]\s*)?([^,，;；:：\d]{2,60})[:：]"
)


def _titled(before: str) -> str:
    """The title a sentence opens with, before a colon (`1.工资福利支出：年初预算…`): what its
    figures are of. 其中 and other cues before a colon open parts, not a title."""
    m = _TITLE.match(before)
    if m is None or m.group(1).endswith(("其中", "包括", "如下")):
        return ""
    return m.group(1).strip()


def context_cues(domain: Domain) -> ContextCues:
    return compiled(domain, ContextCues)


def sentence_year(prefix: str) -> str:
    """The year the sentence is about: the first year before the figure that is not the base
    of a comparison."""
    if "年" not in prefix:
        return ""
    bases = {m.start(1) for m in _BASE_YEAR.finditer(prefix)}
    for m in _ANY_YEAR.finditer(prefix):
        if m.start() not in bases:
            return m.group(1)
    return ""


def figure_context(cues: ContextCues, prefix: str, subject: str, where: tuple[str, ...]) -> str:
    """`prefix`: the sentence up to the figure (its label included); `subject`: the label of
    the sentence's first figure when this figure is not it; `where`: the text whose scope
    words hold for the figure (the heading above, the sentence's opening before its first
    figure, the figure's own label). `scopes|topic|subject`; a topic that singles out a part
    (`…方面`) is marked `!`."""
    cut = max((m.start() for m in _CLAUSES.finditer(prefix)), default=0)
    found = [s for part in where if (s := cues.scopes(part))]
    if (
        cues.times is not None
        and _TIME_HINT.search(prefix)
        and (times := cues.times.findall(prefix))
    ):
        found.append("、".join(sorted(set(times))))  # 截至6月底, anywhere before the figure
    scopes = (
        found[0]
        if len(found) == 1
        else "、".join(sorted({w for s in found for w in s.split("、")}))
    )
    return "|".join((scopes, cues.topic_of(prefix[: cut + 1] if cut else ""), subject))
