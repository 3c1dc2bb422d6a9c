"""`A、B和C分别为10万元、20万元和30万元`: names listed before 分别为 are the labels of the
figures listed after it, in order (the lists must be as long as each other). Each figure
otherwise takes its label from the clause before it, which here is a list joiner.
"""

from __future__ import annotations

import re

from auditlint.domain import Domain
from auditlint.extract.clauses import Q
from auditlint.extract.lexicon import alternation, compiled
from auditlint.extract.quantities import clean_label


class RespectivelyCues:
    def __init__(self, domain: Domain) -> None:
        words = domain.section("respectively")
        self.cue = re.compile(alternation(words.get("cues", ["分别为"])))
        joiners = alternation(words.get("name_joiners", ["、"]))
        self.split = re.compile(joiners)
        self.between = re.compile(rf"^\s*(?:{joiners})\s*$")


def respectively_cues(domain: Domain) -> RespectivelyCues:
    return compiled(domain, RespectivelyCues)


_CLAUSE_START = re.compile(r"[,，;；:：。]")
# a count of the names just listed (`东城区、西城区、南山县三个县（区）`, `甲乙两项`)
_COUNTED = re.compile(
    r"[一二两三四五六七八九十\d]{1,2}\s*(?:个|项|类|家|所|批)?[\u4e00-\u9fff]{0,3}"
    r"(?:[(（][\u4e00-\u9fff]{1,3}[)）])?$"
)


# the words that open a clause listing where something went (`资金分配到东城区、西城区…`):
# not part of the first name
_GIVEN_TO = re.compile(
    r"^[^、]*?(?:分配|下达|拨付|下拨|安排|发放|补助|落实)(?:到|给|至)(?=[^、]{2})"
)


def _names_before(text: str, at: int, cues: RespectivelyCues) -> list[str]:
    """The names listed before the cue at `at`: in its own clause, or, where the cue opens
    its clause (`…南山县三个县（区），分别为…`), in the clause before, its count aside."""
    cuts = [c.end() for c in _CLAUSE_START.finditer(text, 0, at)]
    cut = cuts[-1] if cuts else 0
    if not text[cut:at].strip() and cuts and text[cuts[-1] - 1] in ",，":
        start = cuts[-2] if len(cuts) >= 2 else 0
        clause = _COUNTED.sub("", text[start : cut - 1].strip())
        if any(ch.isdigit() for ch in clause):
            return []  # figures, each with its own name already (`A 50万元和B 200万元，分别占…`)
        names = [n.strip() for n in cues.split.split(_GIVEN_TO.sub("", clause)) if n.strip()]
        return names if len(names) >= 2 else []
    return [n.strip() for n in cues.split.split(_GIVEN_TO.sub("", text[cut:at])) if n.strip()]


# `分别占项目总投资的48%、32%…`: the whole the listed shares are of, between the cue and them
_WHOLE_OF = re.compile(r"\s*(?P<whole>[^\d,，。;；:：、]{2,20}?)的?(?:比重|比例)?(?:为|是)?\s*$")


def name_lists(
    text: str, qs: list[Q], cues: RespectivelyCues, concept
) -> list[tuple[list[Q], str]]:
    """Give the figures of every `…分别为…` list of the paragraph the names listed before it.
    Returns the lists of shares of one named whole (`A、B、C分别占总投资的50%、30%、20%`)
    with that whole's name: sibling shares, whose sum AL105 checks."""
    shares: list[tuple[list[Q], str]] = []
    if "分别" not in text:
        return shares
    by_start = {q.found.start: i for i, q in enumerate(qs)}
    for m in cues.cue.finditer(text):
        after = [i for i, q in enumerate(qs) if q.found.start >= m.end()]
        if not after:
            continue
        run = [after[0]]
        between = text[m.end() : qs[run[0]].found.start]
        whole = _WHOLE_OF.fullmatch(between) if m.group().endswith("占") else None
        if whole is None and between.strip(" :：") != "":
            continue  # the list of figures starts right after the cue
        for i in after[1:]:
            if i != run[-1] + 1 or not cues.between.match(
                text[qs[run[-1]].found.end : qs[i].found.start]
            ):
                break
            run.append(i)
        names = _names_before(text, m.start(), cues)
        if len(run) < 2 or len(names) != len(run) or by_start.get(qs[run[0]].found.start) is None:
            continue
        if whole is not None and any(qs[i].fact.kind != "percent" for i in run):
            continue
        for i, name in zip(run, names, strict=True):
            label = clean_label(name)
            if label:
                qs[i].fact.label = f"{label}占{whole.group('whole')}" if whole else label
                qs[i].fact.concept = concept(label)
        if whole is not None:
            shares.append(([qs[i] for i in run], whole.group("whole")))
    return shares
