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


def name_lists(text: str, qs: list[Q], cues: RespectivelyCues, concept) -> None:
    """Give the figures of every `…分别为…` list of the paragraph the names listed before it."""
    if "分别" not in text:
        return
    by_start = {q.found.start: i for i, q in enumerate(qs)}
    for m in cues.cue.finditer(text):
        after = [i for i, q in enumerate(qs) if q.found.start >= m.end()]
        if not after:
            continue
        run = [after[0]]
        if text[m.end() : qs[run[0]].found.start].strip(" :：") != "":
            continue  # the list of figures starts right after the cue
        for i in after[1:]:
            if i != run[-1] + 1 or not cues.between.match(
                text[qs[run[-1]].found.end : qs[i].found.start]
            ):
                break
            run.append(i)
        cut = max((c.end() for c in _CLAUSE_START.finditer(text, 0, m.start())), default=0)
        names = [n.strip() for n in cues.split.split(text[cut : m.start()]) if n.strip()]
        if len(run) < 2 or len(names) != len(run) or by_start.get(qs[run[0]].found.start) is None:
            continue
        for i, name in zip(run, names, strict=True):
            label = clean_label(name)
            if label:
                qs[i].fact.label = label
                qs[i].fact.concept = concept(label)
