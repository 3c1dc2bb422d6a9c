"""The composition frame: a total and its parts.

    基本支出300万元，其中：人员经费200万元，公用经费100万元。   total, cue, parts (one sentence)
    支出合计500万元。其中：基本支出320万元，项目支出180万元。   the cue opens the next sentence
    项目支出90万元，其中：                                     the cue ends its paragraph: the
    1.设备购置60万元。                                         parts are the first figures of
    2.运行维护30万元。                                         the items that follow, one each

Cue words are data (`[composition]` in checks/domain/cues.toml). Parts that carry a change verb
(`其中：A增加2万元，B减少1万元`) split the total's change, not its level: their signed sum is
the change (trap 1 of the phrasebook). Figures added to and taken from one another by words
(加上, 减去, 结余, 差值, 节约) are the arithmetic frames (arithmetic.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from auditlint.arith import disjoint, parts_interval
from auditlint.domain import Domain
from auditlint.extract.clauses import Q, brackets, sentences, unit_family
from auditlint.extract.lexicon import alternation
from auditlint.extract.model import Paragraph, Relation
from auditlint.normalise.numerals import numeral_value

# `1.` `1、` `(1)` `①` `一、` `(一)` `一是`: the style of a list item's marker
_MARKER = re.compile(
    r"^\s*(?:(?P<num>\d{1,2})\s*[.、)](?!\d)|[(](?P<pnum>\d{1,2})[)]|(?P<circ>[①-⑳])"
    r"|(?P<han>[一二三四五六七八九十]{1,3})[、.]|[(](?P<phan>[一二三四五六七八九十]{1,3})[)]"
    r"|(?P<shi>[一二三四五六七八九十]{1,3})是)"
)

# the count a lead-in may give its items: `三个方面`, `3项`, `几个方面` (no number: no count)
_COUNT = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3}|几)"


def _count_value(text: str) -> int | None:
    value = text if text.isdigit() else numeral_value(text)
    return int(value) if value is not None else None


def marker_style(text: str) -> str:
    m = _MARKER.match(text)
    return m.lastgroup or "" if m else ""


def marker_number(text: str) -> int | None:
    """The number a list marker gives (一、 and (1) alike), None without one."""
    m = _MARKER.match(text)
    if m is None or not m.lastgroup:
        return None
    digits = m.group(m.lastgroup)
    if m.lastgroup == "circ":  # (before isdigit: ② is a digit to Python, and no int)
        return ord(digits) - ord("①") + 1
    if digits.isdigit():
        return int(digits)
    return "一二三四五六七八九十".find(digits) + 1 if len(digits) == 1 else None


def list_marker(text: str) -> tuple[int, int] | None:
    """(depth, where the marker ends) of a list item's or heading's marker: 一、 is 0, (一) 1,
    1. 2, (1) 3, ① 4; None without one."""
    m = _MARKER.match(text)
    if m is None or not m.lastgroup:
        return None
    return _DEPTH[m.lastgroup], m.end()


class CompositionCues:
    @classmethod
    def from_domain(cls, domain: Domain) -> CompositionCues:
        return cls(
            domain.section("composition"),
            domain.section("balance"),
            domain.section("adjustment"),
        )

    def __init__(
        self, words: dict, balance: dict | None = None, adjustment: dict | None = None
    ) -> None:
        cues = words.get("parts_after", ["其中"])
        # the cue ends with a colon, a comma (`其中，` on ~10 pages in the phrasebook) or nothing
        self.open_list = re.compile(rf"(?:{alternation(cues)})\s*[:：,，]?\s*$")
        # … the comma that would otherwise join the line to the next (paragraphs.py)
        self.comma_opener = re.compile(rf"(?:{alternation(cues)})\s*[,，]\s*$")
        leads = alternation(words.get("list_lead_ins", [])).replace(
            re.escape("{n}"), f"(?:{_COUNT})?"
        )
        self.lead_in = re.compile(rf"(?:{leads or '(?!)'})\s*[:：。]?\s*$")
        partial_leads = alternation(words.get("partial_lead_ins", []))
        # the lead-in's own sentence, from the last break before it
        self.partial_lead = re.compile(rf"(?:{partial_leads or '(?!)'})[^,，。;；:：]*$")
        # inside a sentence: 其中 anywhere; the others open a clause or sentence, after a comma,
        # colon or full stop (`，包括` `：即` `。主要用于`; not `；即开型…`), since they are common
        # inside other words
        self.anywhere = tuple(words.get("parts_anywhere", ["其中"]))
        anywhere = alternation(list(self.anywhere))
        opening = alternation(words.get("parts_in_sentence", []))
        # the cues' first characters: a cheap test most sentences fail
        starts = {
            w[0]
            for w in [*words.get("parts_anywhere", ["其中"]), *words.get("parts_in_sentence", [])]
        }
        self.in_sentence_hint = re.compile(f"[{re.escape(''.join(sorted(starts)))}]")
        self.in_sentence = re.compile(rf"(?P<cue>{anywhere}|(?:(?<=[,，:：。])|^)(?:{opening}))")
        # a sentence that names its total and opens the list (`“三公”经费包括：…`, `项目支出主要
        # 用于：…`): the total is the figure of that name in the sentence before
        self.subject_cue = re.compile(
            rf"\s*(?P<subject>[^\d,，。;；:：、()（）]{{2,14}}?)(?P<cue>{opening or '(?!)'})\s*[:：]"
        )
        self.closed = {cue: tuple(ends) for cue, ends in words.get("closed_cues", {}).items()}
        self.not_exhaustive = tuple(words.get("not_exhaustive", []))
        self.exhaustive = frozenset(words.get("exhaustive", []))
        self.outside = re.compile(alternation(words.get("outside", [])))
        bracket = alternation(words.get("bracket_openers", []))
        self.bracket_opener = re.compile(rf"\s*[(（]\s*(?:{bracket})?\s*[:：]?")
        self.difference = re.compile(
            rf"(?:{alternation(words.get('difference', []))})\s*$"
            rf"|[,，;；]\s*(?:{alternation(words.get('saving', []))})了?"
            r"(?:年初预算|预算|计划)?(?:资金|金额|数)?(?:为|了)?\s*$"
        )
        openers = "|".join(
            re.escape(o).replace(re.escape("{dim}"), r"[^,，。;；:：]{1,12}?")
            for o in words.get("breakdown_openers", [])
        )
        self.breakdown_opener = re.compile(rf"\s*(?:{openers or '(?!)'})\s*[,，:：]")
        self.dimension_subject = re.compile(
            alternation(words.get("dimension_subjects", [])) or "(?!)"
        )
        self.distributed = re.compile(alternation(words.get("distributed", [])) or "(?!)")
        score_totals = words.get("score_totals", [])
        self.total_word = re.compile(alternation([*words.get("total_after", []), *score_totals]))
        # a paragraph that opens with the total of the items before it: `合计500万元。`,
        # `综合得分95分。`
        openings = alternation([*words.get("total_labels", []), *score_totals])
        back = alternation(words.get("sentence_total_openers", [])) or "(?!)"
        nouns = alternation(words.get("sentence_total_nouns", [])) or "(?!)"
        verbs = alternation(words.get("sentence_total_verbs", [])) or "(?!)"
        counted = r"(?:[两二三四五六七八九十\d]+(?:项|类|个|笔|部分))?"
        # … naming how many it sums and what (`以上三项合计支出500万元`, `上述资金共计安排80万元`)
        self.total_opening = re.compile(
            rf"\s*(?:(?:{back}){counted}(?:{nouns})?)?(?:{openings})"
            rf"(?:(?:{verbs})?(?:{nouns})?)\s*(?:为|是)?\s*[:：]?"
        )
        self.score_total = re.compile(alternation(score_totals) or "(?!)")
        marks = alternation(words.get("full_marks", [])) or "(?!)"
        self.full_marks = re.compile(rf"\s*(?:{marks})\s*(?:为|是)?\s*[:：]?")
        # a clause that opens with a total word and ends at the figure: `，合计` `，共计下达`;
        # or names what it totals first (`，收入合计`, `，两项总计`), with one of the words that
        # may close a label (`total_labels`; 总额 heads a total its parts follow)
        totals = alternation([*words.get("total_after", []), *score_totals])
        closing = alternation(words.get("total_labels", []))
        self.total_after = re.compile(
            rf"[,，;；]\s*(?:(?:{totals})|[^,，;；:：]{{1,8}}?(?:{closing or '(?!)'}))"
            r"[^,，;；:：]{0,6}$"
        )
        # a sentence that opens with the total of the one before (`。以上两项合计`, `。上述资金
        # 共计`, `。合计为`): the words up to its figure
        self.sentence_total = re.compile(
            rf"\s*(?:{back})?(?:[两二三四五六七八九十\d]+(?:项|类|个|笔|部分))?(?:{nouns})?"
            rf"(?:{closing or '(?!)'})\s*(?:为|是)?\s*[:：]?\s*"
        )
        # a clause summing the list up closes it (`其中A 10万元，B 20万元，共计下达30万元`); only
        # the words that sum (total_labels): 累计 or 共 may open a clause of another kind
        self.list_closer = re.compile(
            rf"[,，;；][^,，;；:：]{{0,8}}?(?:{closing or '(?!)'})(?=[^,，;；:：]{{0,6}}\d)"
        )
        balance = balance or {}
        # tried in this order: 结余资金 is a remainder, 安排支出 spending, 下达资金 income
        self.balance = {
            role: re.compile(alternation(balance.get(role, [])))
            for role in ("remainder", "expenditure", "income")
        }
        adjustment = adjustment or {}
        # the arithmetic words start from any figure before them (`，加上…`, `，减去…`)
        self.arithmetic = re.compile(alternation(adjustment.get("arithmetic", [])) or "(?!)")
        # the result first (调整后预算 holds 预算), then the steps, then the start
        self.adjustment = {
            role: re.compile(alternation(adjustment.get(role, [])))
            for role in ("result", "increase", "decrease", "start")
            if adjustment.get(role)
        }

    def closed_by_what_is_left(self, cue: str, parts: list[Q]) -> bool:
        """Whether a list of uses ends with what is left of the whole (`用于A 90万元，B 30万元，
        结余20万元`): what was used and what remains are all of it, whatever the cue said. The
        parts before it are uses, by the cue (用于) or each by its name (`其中：支付…，用于…`),
        not where the money came from (`其中中央资金…，已支付…，结余…`); what was carried
        into the year (`上年结余`) is one source among others, not what is left."""
        if len(parts) < 2:
            return False
        *used, last = (p.fact.label for p in parts)
        spent = self.balance["expenditure"]
        return (
            bool(self.balance["remainder"].search(last))
            and not CARRIED_IN.search(last)
            and not any(self.balance["remainder"].search(u) for u in used)
            and ("用于" in cue or all("用于" in u or spent.search(u) for u in used))
        )

    def other_side(self, total: str, parts: list[str]) -> bool:
        """Whether a total names one side of a 收支 account (支出) and the figures before it
        only the other (收入, and what was carried in): a spending total after income is no
        sum of it, nor an income total after spending."""
        spent, came = self.balance["expenditure"], self.balance["income"]
        for side, other in ((spent, came), (came, spent)):
            if (
                side.search(total)
                and not other.search(total)
                and not any(side.search(p) for p in parts)
                and any(other.search(p) for p in parts)
            ):
                return True
        return False


# a remainder brought into the year (年初结转和结余, 上年结余): something coming in, not the end
# of a fund's balance before
CARRIED_IN = re.compile(r"年初|上年|期初|以前年度")


def parts_relation(total: Q, parts: list[Q], via: str, complete: bool) -> Relation:
    """A total and its parts, and whether the parts are known to make up all of it."""
    return Relation(
        kind="total_parts",
        roles={"total": total.fact.id, "parts": [p.fact.id for p in parts]},
        line=total.fact.line,
        extra={"via": via, "complete": complete},
    )


def plain(q: Q) -> bool:
    """A figure that can be a total or a part: not a percentage, not a change, not a bound."""
    return q.fact.kind != "percent" and q.fact.role not in ("delta", "change_rate", "previous")


def open_lists(
    paras: list[tuple[Paragraph, list[Q]]],
    cues: CompositionCues,
    relations: list[Relation],
    complete: Callable[[Q, list[Q]], bool],
) -> None:
    """Totals whose parts cue ends the paragraph: the parts are the items that follow."""
    for i, (para, qs) in enumerate(paras):
        if announced_list(paras, i, cues, relations, complete):
            continue
        heading = _heading_total(paras, i)
        if heading is not None:
            relations.append(heading)
            continue
        cue = cues.open_list.search(para.text.rstrip(" 。")) or _colon_after_last(para.text, qs)
        if cue is None or para.text.rstrip()[-1:] == "。":
            continue
        # figures without a unit are not summed across paragraphs: in run-together text they
        # are item numbers, years and table cells as often as amounts
        before = [
            q for q in qs if q.found.end <= cue.start() and plain(q) and q.fact.kind != "none"
        ]
        if not before:
            continue
        family = unit_family(before[-1].fact)
        parts = _items(paras[i + 1 :], family)
        kept = inside([p for p, _ in parts], cues.outside)
        parts = parts[: len(kept)]
        total = closest_total([q for q in before if unit_family(q.fact) == family], parts)
        if len(parts) < 2 or total.fact.qualifier == "approximate":
            continue
        if any(p.fact.qualifier for p, _ in parts):
            continue
        members = [p for p, _ in parts]
        left = cues.closed_by_what_is_left(cue.group(), members)
        partial = cue.group().startswith(cues.not_exhaustive) and not left
        whole = left or (not partial and complete(total, members))
        rel = parts_relation(total, members, "items", whole)
        if partial:  # 主要包括: the text says these are some of the parts
            rel.extra["partial"] = True
        relations.append(rel)


_FIGURE_COLON = re.compile(r"\s*[:：]\s*$")


def _colon_after_last(text: str, qs: list[Q]) -> re.Match[str] | None:
    """`…共安排专项资金三项，合计540万元：`: a paragraph that ends with a figure and a colon
    announces the items that follow as that figure's parts."""
    if not qs:
        return None
    return _FIGURE_COLON.match(text, qs[-1].found.end)


# what may follow a heading's one figure: its unit and a stop
_HEADING_TAIL = re.compile(r"\s*(?:万元|亿元|元)?\s*[。;；]?\s*$")


def _heading_total(paras: list[tuple[Paragraph, list[Q]]], i: int) -> Relation | None:
    """`（一）人员经费320万元` over `1.基本工资180万元` `2.津贴补贴90万元` …: a heading that ends
    with its one amount, the items marked one level deeper right under it, and then the next
    heading of its level or above: every child is listed, so they make all of it. A list that
    runs into prose or to the end of the text may have been cut short, and makes none."""
    para, qs = paras[i]
    marked = list_marker(para.text)
    if marked is None or len(qs) != 1 or not plain(qs[0]) or qs[0].fact.kind != "money":
        return None
    total = qs[0]
    if total.fact.qualifier or not _HEADING_TAIL.match(para.text, total.found.end):
        return None
    depth = marked[0]
    parts: list[Q] = []
    child: int | None = None
    closed = False
    for next_para, next_qs in paras[i + 1 :]:
        item = list_marker(next_para.text)
        if item is not None and item[0] <= depth:
            closed = True  # the next heading of the total's level: the list is whole
            break
        if item is None or (child is not None and item[0] != child):
            return None  # prose or another level: not seen to its end
        child = item[0]
        first = next((q for q in next_qs if plain(q)), None)
        if first is None or unit_family(first.fact) != unit_family(total.fact):
            return None
        parts.append(first)
    # (at the end of the text the list may have been cut off with it, as excerpts are)
    if not closed or len(parts) < 2 or any(p.fact.qualifier for p in parts):
        return None
    return parts_relation(total, parts, "items", True)


def announced_list(
    paras: list[tuple[Paragraph, list[Q]]],
    i: int,
    cues: CompositionCues,
    relations: list[Relation],
    complete: Callable[[Q, list[Q]], bool],
) -> bool:
    """A lead-in that ends paragraph i (`收入具体情况如下。`) announces numbered items, each
    opening with a part of the total stated just before it: in the lead-in's paragraph, or in
    the paragraph before where the lead-in stands alone. A paragraph that already lists the
    items' figures (`A 0万元；B 3.4万元。具体情况如下：`) restates them, it gives no total.
    Whether it found the list."""
    para, qs = paras[i]
    lead = cues.lead_in.search(para.text.rstrip())
    if lead is None:
        return False
    before = [q for q in qs if q.found.end <= lead.start() and plain(q) and q.fact.kind != "none"]
    if not qs and i > 0:
        before = [q for q in paras[i - 1][1] if plain(q) and q.fact.kind != "none"]
    items = _numbered_items(paras[i + 1 :])
    if not before or items is None:
        return False
    family = unit_family(items[0].fact)
    before = [q for q in before if unit_family(q.fact) == family]
    if not before or any(q.fact.qualifier for q in items):
        return False
    if {q.fact.value for q in before} & {q.fact.value for q in items}:
        return False
    total = closest_total(before, items)
    if total.fact.qualifier == "approximate" or inside(items, cues.outside) != items:
        return False
    counted = re.search(_COUNT, lead.group())
    if counted and _count_value(counted.group()) == len(items):
        # `主要用于以下三个方面：` and three items: whatever 主要 says, these are all of them
        relations.append(parts_relation(total, items, "items", True))
        return True
    partial = bool(cues.partial_lead.search(para.text, 0, lead.start()))
    rel = parts_relation(total, items, "items", not partial and complete(total, items))
    if partial:  # `主要支出情况如下`: some of the parts
        rel.extra["partial"] = True
    relations.append(rel)
    return True


def _numbered_items(following: list[tuple[Paragraph, list[Q]]]) -> list[Q] | None:
    """The first figure of each item of the numbered list that follows, from its item one:
    paragraphs without a marker or with a deeper one continue the item above (its `其中：`
    lines); the list ends at a shallower marker or a number out of order. None where the list
    is not two or more items that each open with a figure of one kind."""
    style = marker_style(following[0][0].text) if following else ""
    if not style or marker_number(following[0][0].text) != 1:
        return None
    out: list[Q] = []
    for para, qs in following:
        this = marker_style(para.text)
        if not this or _depth(this) > _depth(style):
            continue
        if this != style or marker_number(para.text) != len(out) + 1:
            break
        first_end = sentences(para.text)[0][1]
        first = next((q for q in qs if plain(q) and q.found.start < first_end), None)
        if first is None or (out and unit_family(first.fact) != unit_family(out[0].fact)):
            return None
        out.append(first)
    return out if len(out) >= 2 else None


def items_then_total(
    paras: list[tuple[Paragraph, list[Q]]], cues: CompositionCues
) -> list[Relation]:
    """Numbered items, then a paragraph that opens with their total (`（一）基本支出300万元。
    （二）项目支出200万元。合计500万元。`): each item's first figure of the total's kind is a
    part, and the total names the items as all of it. A paragraph that opens with the items'
    full marks and then their score (`总分100分，自评得分92分`) totals both: the items' weights
    (`一、决策（20分）得分18分`) and their scores."""
    out: list[Relation] = []
    for i, (para, qs) in enumerate(paras):
        opening = cues.total_opening.match(para.text) or cues.full_marks.match(para.text)
        if opening is None or not qs or not qs[0].found.start <= opening.end() + 2:
            continue
        total = qs[0]
        if not plain(total) or total.fact.qualifier:
            continue
        scored = bool(cues.score_total.search(opening.group()))  # a total of the items' scores
        marks = None
        if cues.full_marks.fullmatch(opening.group()):
            second = qs[1] if len(qs) > 1 else None  # `总分100分，自评得分92分`
            if total.fact.kind != "score" or second is None or not plain(second):
                continue
            if not cues.score_total.search(second.fact.label):
                continue
            marks, total, scored = total, second, True
        parts = _items_before(paras, i, total, scored)
        if parts is None:
            continue
        out.append(parts_relation(total, parts, "items", True))
        if marks is not None:
            weights = _items_before(paras, i, marks, False)
            if weights is not None and len(weights) == len(parts):
                out.append(parts_relation(marks, weights, "items", True))
    return out


def _items_before(
    paras: list[tuple[Paragraph, list[Q]]], i: int, total: Q, scored: bool
) -> list[Q] | None:
    """The numbered items right before paragraph i, from the list's first, each by its first
    figure of the total's kind (its 得分 where the total is a score); None where there is no
    such list of two or more."""
    family = unit_family(total.fact)
    style: str | None = None
    parts: list[Q] = []
    for item, item_qs in reversed(paras[:i]):
        this = marker_style(item.text)
        if not this or (style is not None and this != style):
            break
        style = this
        figures = [q for q in item_qs if plain(q) and unit_family(q.fact) == family]
        if scored:  # `（一）产出指标（50分），得分48分。`: the item's score, not its weight
            figures = [q for q in figures if "得分" in q.fact.label][-1:]
        first = figures[0] if figures else None
        if first is None or first.fact.qualifier:
            break
        parts.insert(0, first)
    start = i - len(parts)
    if len(parts) < 2 or marker_number(paras[start][0].text) != 1:
        return None  # the items are a list from its first
    if start > 0 and _item_with_figure(paras[start - 1], family):
        return None  # sub-items of the item above: the total is of the outer list
    return parts


def _item_with_figure(para: tuple[Paragraph, list[Q]], family: str) -> bool:
    text, qs = para[0].text, para[1]
    return bool(marker_style(text)) and any(plain(q) and unit_family(q.fact) == family for q in qs)


def closest_total(candidates: list[Q], parts: list) -> Q:
    """Of the figures that may be the total (`收入1237万元，支出1169万元，结转68万元。其中：…`),
    the one the parts' sum fits, else the one nearest to it: the reading with most evidence."""
    figures = [p[0] if isinstance(p, tuple) else p for p in parts]
    if len(candidates) == 1 or not figures:
        return candidates[-1]
    total = parts_interval([q.fact for q in figures])
    fits = [q for q in candidates if not disjoint(q.fact.interval(), total)]
    if fits:
        return fits[-1]
    middle = (total[0] + total[1]) / 2
    return min(reversed(candidates), key=lambda q: abs(q.fact.base_value - middle))


def _items(following: list[tuple[Paragraph, list[Q]]], family: str) -> list[tuple[Q, list[Q]]]:
    """The first figure of each item after an open list, and the item's figures: items of
    one marker style (or none), until a paragraph of another style or one without a part. An
    unmarked item opens with its part (`人员经费380万元，主要用于…`): a paragraph whose first
    clause holds no figure is prose again (`按照规定，…安排164亿元`), not an item."""
    style: str | None = None
    out: list[tuple[Q, list[Q]]] = []
    for para, qs in following:
        this = marker_style(para.text)
        if style is None:
            style = this
        elif this != style:
            if style and this and not out:
                break
            if style and this and _depth(this) > _depth(style):
                continue  # a deeper list inside a marked item
            break
        first_end = sentences(para.text)[0][1] if para.text else 0
        if not this:
            clause = CLAUSE_BREAK.search(para.text, 0, first_end)
            first_end = clause.start() if clause else first_end
        first = next((q for q in qs if plain(q) and q.found.start < first_end), None)
        if first is None or unit_family(first.fact) != family:
            break
        out.append((first, qs))
    return out


_DEPTH = {"han": 0, "phan": 1, "shi": 1, "num": 2, "pnum": 3, "circ": 4, "": 5}


def _depth(style: str) -> int:
    return _DEPTH.get(style, 5)


# a clause that adds to or takes from the total ends its list of parts: 加上, 另, 追加, 调减 …
# (one that sums the list up, `，合计…` `，共计下达…`, ends it too: CompositionCues.list_closer);
# a part's own change (`，减少9.1%；` `，减幅5%`) is no subtraction
_ADDITION = re.compile(
    r"[,，;；](?:加|减(?![少幅收支小低])|另|再加)[^,，;；]{0,3}"
    r"|[,，;；][^,，;；]{0,4}(?:追加|调增|调减|核减)"
)
_CHANGE_LABEL = re.compile(r"(增加|减少|下降|增长|上升|降低|节约|持平|减|增)$")
CLAUSE_BREAK = re.compile(r"[，;；]|,(?!\d)|(?<!\d),")  # not the comma of 1,000,000
# a clause without a figure this long, or two in a row, is prose again: the list has ended
_LONG_CLAUSE = 25


def part_or_total(q: Q) -> bool:
    return (
        plain(q) and not _CHANGE_LABEL.search(q.fact.label) and not _PER_UNIT.search(q.fact.label)
    )


# an amount per person, household or mu (`每户补助3000元`, `人均2000元`) is a rate, neither a
# total nor a part
_PER_UNIT = re.compile(r"每(?:人|户|亩|名|位|个|所|家|辆)|[人户]均")


def list_end(text: str, start: int, stop: int, figures: list[Q]) -> int:
    """Where a list of parts that starts at `start` ends (at most `stop`): the parts are the
    clauses with figures; a long clause without one, or two in a row, ends it (run-on text
    whose full stops were lost: `…本级59.75万元，项目目标是保证学校的正常运转二、…`)."""
    starts = [q.found.start for q in figures]
    bare = 0
    at = start
    for m in [*CLAUSE_BREAK.finditer(text, start, stop), None]:
        end = m.start() if m else stop
        has_figure = any(at <= s < end for s in starts)
        if has_figure:
            bare = 0
        elif at > start:  # the cue's own clause may be bare (`其中：`)
            bare += 1
            if bare >= 2 or end - at >= _LONG_CLAUSE:
                return at
        at = m.end() if m else stop
    return stop


def inside(parts: list[Q], outside: re.Pattern[str] | None) -> list[Q]:
    """The parts up to the first that names what lies outside the total (退休 after the staff
    in post): `实有50人，其中在职30人、…，退休20人` counts the retired apart."""
    if outside is None:
        return parts
    for k, q in enumerate(parts):
        if k and outside.search(q.fact.label):
            return parts[:k]
    return parts


_WORD = re.compile(r"[\u4e00-\u9fff]")


def _described(text: str, start: int, stop: int, sq: list[Q]) -> bool:
    """The cue's own clause names things but holds no figure (`，主要是非税收入；`, `，包括基本
    工资、津贴补贴，`): a list of words, not of parts (its figures, if any, come later)."""
    brk = CLAUSE_BREAK.search(text, start, stop)
    end = brk.start() if brk else stop
    if any(start <= q.found.start < end for q in sq):
        return False
    return len(_WORD.findall(text, start, end)) >= 2


def _near(text: str, total: Q, at: int, sq: list[Q]) -> bool:
    """A total stands close before its cue: no stretch of _LONG_CLAUSE characters without a
    figure between them (run-on text whose full stops were lost)."""
    ends = [total.found.end] + [q.found.end for q in sq if total.found.end < q.found.start < at]
    starts = [q.found.start for q in sq if total.found.end < q.found.start < at] + [at]
    return all(s - e < _LONG_CLAUSE for e, s in zip(ends, starts, strict=True))


# an item's marker inside a sentence, after the cue or a clause break (`：1.` `；(2)` `，③`)
_IN_SENTENCE_ITEM = re.compile(
    r"(?<=[:：;；,，。])\s*(?=\d{1,2}[.、](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])"
)


def item_marks(text: str, start: int, stop: int) -> list[int]:
    """Where the numbered items of a list inside text[start:stop] begin, in sequence (1. 2. 3.;
    a number out of sequence is no item's)."""
    marks: list[int] = []
    expect: int | None = None
    for m in _IN_SENTENCE_ITEM.finditer(text, start, stop):
        n = marker_number(text[m.end() : m.end() + 4].replace("（", "(").replace("）", ")"))
        if n is not None and (expect is None or n == expect):
            marks.append(m.end())
            expect = n + 1
    return marks


def item_heads(
    text: str, start: int, stop: int, parts: list[Q], marks: list[int] | None = None
) -> list[Q]:
    """The parts of a list numbered inside its sentence (`其中：1.A 10万元，已拨付8万元；2.B…`):
    each item's figure in its first clause; the item's other figures are its own (what was paid
    of it), not parts of the total. An item without one: no list of amounts (none). `marks`:
    where the items begin, if known."""
    marks = item_marks(text, start, stop) if marks is None else marks
    if not marks or not parts or parts[0].found.start < marks[0]:
        return parts
    heads: list[Q] = []
    for k, mark in enumerate(marks):
        end = marks[k + 1] if k + 1 < len(marks) else stop
        brk = CLAUSE_BREAK.search(text, mark, end)
        clause_end = brk.start() if brk else end
        head = next((q for q in parts if mark <= q.found.start < clause_end), None)
        if head is None:
            return []
        heads.append(head)
    return heads


# a closer that counts what it sums (`两项合计`, `以上三类共计`)
_COUNTED = re.compile(r"[两二三四五六七八九十\d]+(?:项|类|者|部分)")


def sentence_parts(
    text: str,
    a: int,
    b: int,
    sq: list[Q],
    previous: list[Q],
    complete: Callable[[Q, list[Q]], bool],
    cues: CompositionCues,
    parted: Collection[int] = (),
) -> list[Relation]:
    """`X，其中：A a，B b` in the sentence text[a:b], or with another cue of the lexicon's
    (`，包括`, `，主要用于以下方面：`, `，即`, `，含`) or a colon right after the total
    (`合计560万元：A 420万元，B 150万元`); a sentence that opens with its cue takes its total
    from the sentence before: where it names it (`资金主要用于：`), the last figure of that name
    that is no part of another (`parted`: `资金总额260万元，其中…，配套资金60万元。资金主要用于…`)."""
    out: list[Relation] = []
    colons = _colons_after_figures(text, sq, b) if _COLON_HINT.search(text, a, b) else {}
    if not colons and not cues.in_sentence_hint.search(text, a, b):
        return out  # most sentences hold no cue of parts
    found: list[re.Match[str]] = list(cues.in_sentence.finditer(text, a, b))
    named = cues.subject_cue.match(text, a, b) if previous else None
    if named is not None and not (found and found[0].start("cue") <= named.start("cue")):
        found.insert(0, named)
    found = sorted([*found, *(m for m, _q in colons.values())], key=lambda m: m.start("cue"))
    # a cue whose clause says in words what the figure before it holds (`，主要是非税收入；`)
    # opens no list, nor does it end the list it stands in (`其中：A 70万元，主要是…；B 30万元`)
    found = [m for m in found if not _described(text, m.end("cue"), b, sq)]
    if not found:
        return out
    outside = cues.outside
    scopes = brackets(text, a, b)
    found = _without_sibling_cues(text, found, sq, scopes, a, cues)
    for n, m in enumerate(found):
        at = m.start("cue")
        word = m.group("cue")
        opened = scopes[at - a]
        # the next cue at this bracket depth or above ends the list; one inside a bracket
        # (`其中：A 50万元（其中：…），B 30万元`) opens a part's own sub-list
        stop = next(
            (f.start("cue") for f in found[n + 1 :] if scopes[f.start("cue") - a] <= opened),
            b,
        )
        if opened >= 0:  # `A 100万元（其中：B 30万元）`: the parts of the figure before the bracket
            close = next((i for i in range(at, b) if scopes[i - a] < opened), b)
            stop = min(stop, close)
        addition = _ADDITION.search(text, at + len(word), stop)
        if addition:
            stop = addition.start()
        closing = cues.list_closer.search(text, at + len(word), stop)
        if closing:  # `…，共计下达90万元`: the list's own total after it
            stop = closing.start()
        stop = list_end(text, at, stop, sq)
        if word in cues.closed and not any(w in text[at:b] for w in cues.closed[word]):
            continue  # `，由…` without its 构成: a clause of another kind
        # the parts stand at the cue's bracket depth: figures in brackets after a part are
        # its own sub-parts (`其中局本级187人（在职139人、退休8人），环卫处1707人`)
        level = scopes[at - a]
        parts = inside(
            [
                q
                for q in sq
                if at < q.found.start < stop
                and part_or_total(q)
                and scopes[q.found.start - a] == level
            ],
            outside,
        )
        parts = item_heads(text, at, stop, parts)
        before = [q for q in sq if q.found.end <= at and part_or_total(q)]
        if at in colons:
            before = [colons[at][1]]  # the figure the colon follows
        elif before and not _near(text, before[-1], at, sq):
            before = []  # run-on text between the last figure and the cue: no total for it
        if opened >= 0:
            before = [q for q in before if q.found.end <= opened][-1:]
        if not before and not text[a:at].strip(" ,，:："):
            before = [q for q in previous if part_or_total(q)]
        elif not before and m is named:
            subject = _unquoted(m.group("subject"))
            named_before = [
                q for q in previous if part_or_total(q) and _names(subject, q.fact.label)
            ]
            wholes = [q for q in named_before if q.fact.id not in parted]
            before = (wholes or named_before)[-1:]
        by_unit: dict[str, list[Q]] = {}
        for q in parts:
            by_unit.setdefault(unit_family(q.fact), []).append(q)
        for k, (family, members) in enumerate(by_unit.items()):
            if k and members[0].fact.kind == "none":
                continue  # bare numbers after the list's own parts: run-on text, not parts
            totals = [q for q in before if unit_family(q.fact) == family]
            if not totals:
                continue
            paired = _paired_sides(totals, members, complete)
            if paired:
                out += paired
                continue
            total = closest_total(totals, members)
            members = _score_side(total, _one_side(total, members))
            if not members:
                continue
            if any(p.fact.qualifier for p in members) or total.fact.qualifier == "approximate":
                continue
            if total.fact.kind == "score" and any(
                p.fact.label.endswith(("扣", "扣除", "扣减")) for p in members
            ):
                continue  # 总分…其中…扣1.5分，得分98.5分: deductions, read as such (scores.py)
            left = cues.closed_by_what_is_left(word, members)
            partial = word.startswith(cues.not_exhaustive) and not left
            # the list's own total after it (`，共计30万元`) that its parts make: every part is
            # listed, so the total before the cue must be theirs too
            after = next((q for q in sq if closing and q.found.start >= closing.end()), None)
            if after is not None and cues.other_side(
                after.fact.label, [p.fact.label for p in members]
            ):
                after = None  # `其中：A…，B收入…；支出合计…`: the other side's total, not theirs
            summed = (
                after is not None
                and unit_family(after.fact) == family
                and not disjoint(after.fact.interval(), parts_interval([p.fact for p in members]))
            )
            # `两项合计` sums the parts named, which need not be all of the total's
            counted = closing is not None and _COUNTED.search(closing.group())
            whole = (
                (summed and not counted)
                or (word in cues.exhaustive and len(members) >= 2)
                or left
                or (not partial and complete(total, members))
            )
            rel = parts_relation(total, members, word, whole)
            if partial:  # 主要用于: the text says these are some of the parts
                rel.extra["partial"] = True
            out.append(rel)
            if (
                after is not None
                and unit_family(after.fact) == family
                and not summed
                and (not whole or disjoint(after.fact.interval(), total.fact.interval()))
            ):
                # the list's own total that its parts do not make, where the total before the
                # cue does not already stand for it: checked against them too
                out.append(parts_relation(after, members, "合计", True))
    return out


# what may stand between a part's figure and the cue that opens the next part beside it
_PART_GAP = re.compile(r"\s*[,，、]\s*")
# what may stand between two cues that open one list (`其中，用于…`), or a cue and its first part
_CUE_GAP = re.compile(r"[\s,，:：]*")


def _without_sibling_cues(
    text: str, found: list[re.Match[str]], sq: list[Q], scopes, a: int, cues: CompositionCues
) -> list[re.Match[str]]:
    """`，用于A 200万元，用于B 300万元` (or `其中用于A…，用于B…`): a cue that opens each part
    in turn names the parts of one total, not a part's own parts. Such a cue follows its
    list's one figure directly and is the cue that opened it (or the word the first part
    opened with); 其中 is not, since `其中A 60万元，其中B 40万元` nests. A cue right after
    another (`其中，用于A…`) is part of it."""
    kept: list[re.Match[str]] = []
    last: re.Match[str] | None = None
    for m in found:
        word = m.group("cue")
        if last is not None and _CUE_GAP.fullmatch(text, last.end("cue"), m.start("cue")):
            last = m  # `其中，用于A…`: a cue right after another opens the same list
            continue
        if last is not None and word not in cues.anywhere:
            between = [q for q in sq if last.end("cue") <= q.found.start < m.start("cue")]
            head = _CUE_GAP.match(text, last.end("cue")).end()
            if (
                len(between) == 1
                and scopes[m.start("cue") - a] == scopes[last.start("cue") - a]
                and (last.group("cue") == word or text.startswith(word, head))
                and _PART_GAP.fullmatch(text, between[0].found.end, m.start("cue"))
            ):
                last = m
                continue
        kept.append(m)
        last = m
    return kept


# `合计560万元：财政资金420万元，社会资金150万元`: a colon right after a figure opens its parts,
# as does `中，` (`参训的300人中，甲类120人、乙类100人`: 中 after the count for 其中)
_COLON = re.compile(r"\s*(?P<cue>[:：]|中\s*[,，:：])")
_COLON_HINT = re.compile(r"[:：中]")  # a cheap test most sentences fail
_ITEM_MARK = re.compile(
    r"\s*(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]+[、是])"
)


def _colons_after_figures(text: str, sq: list[Q], b: int) -> dict[int, tuple[re.Match[str], Q]]:
    """Colons that follow a plain amount or count directly, with two figures after them, by
    where they stand: the figure before each is the only total its list may have."""
    out = {}
    for k, q in enumerate(sq):
        if q.fact.kind not in ("money", "count") or len(sq) - k < 3 or not part_or_total(q):
            continue
        m = _COLON.match(text, q.found.end, b)
        if m is not None and not _ITEM_MARK.match(text, m.end(), b):
            out[m.start("cue")] = (m, q)  # (not `…10.5万元:(3)…`, a mistyped item separator)
    return out


def _unquoted(text: str) -> str:
    return re.sub(r"[“”\"'‘’\s]", "", text)


def _names(subject: str, label: str) -> bool:
    """Whether a sentence's subject names a figure's label: one holds the other (`三公经费` /
    `“三公”经费支出`, `收入` / `本年收入合计`)."""
    label = _unquoted(label)
    return len(subject) >= 2 and len(label) >= 2 and (subject in label or label in subject)


# what was budgeted and what was done of it: two sides a list of parts does not cross
_BUDGET_SIDE = re.compile(r"预算|批复|安排|下达|计划|总投资")
_DONE_SIDE = re.compile(r"实际|执行|完成|决算|拨付|使用")


def _side(label: str) -> int:
    """+1 for a budget's figure, -1 for one of what was done, 0 for one that names neither or
    both."""
    budget, done = bool(_BUDGET_SIDE.search(label)), bool(_DONE_SIDE.search(label))
    return 0 if budget == done else 1 if budget else -1


def _one_side(total: Q, parts: list[Q]) -> list[Q]:
    """The parts up to one on the other side of the total's (`项目总预算60万元，其中财政资金
    50万元；实际完成投资66万元`: the 66 is what was done, no part of the budget). A list all on
    the other side stays (`下达100万元，其中已拨付60万元，未拨付40万元`: a split of the whole)."""
    side = _side(total.fact.label)
    if not side or _side(parts[0].fact.label) == -side:
        return parts
    for k, p in enumerate(parts):
        if _side(p.fact.label) == -side:
            return parts[:k]
    return parts


# a part's figure named only by the kind of figure it is: the part is the one before it
# (`公务接待费预算5.00万元，支出3.20万元`)
_BARE_DONE = re.compile(
    r"^(?:实际)?(?:支出|决算|支出决算|决算数|执行|执行数|实际支出)(?:数|金额)?(?:为)?$"
)


_SCORED = re.compile(r"得分|得$")
# a total of scores given (得分, 综合评分, 自评总分), not of full marks (总分, 满分, 分值)
_SCORED_TOTAL = re.compile(r"得分|评分|自评|得$")


def _score_side(total: Q, parts: list[Q]) -> list[Q]:
    """`自评得分92分，其中：项目决策20分，得分18分；…`: parts each stated with its full marks and
    its score. The scores are the parts of a score; the full marks those of a total of marks."""
    if total.fact.kind != "score":
        return parts
    scored = [p for p in parts if _SCORED.search(p.fact.label)]
    if not scored or len(scored) == len(parts):
        return parts
    return (
        scored if _SCORED_TOTAL.search(total.fact.label) else [p for p in parts if p not in scored]
    )


def _paired_sides(
    totals: list[Q], members: list[Q], complete: Callable[[Q, list[Q]], bool]
) -> list[Relation]:
    """`“三公”经费预算25万元，实际支出18.6万元…。其中：公务接待费预算5万元，支出3.2万元；公务用车
    运行维护费预算20万元，支出15.4万元；因公出国（境）费0元`: parts each with its budget and its
    spending, the spending named only by its kind: the budgets are the parts of the budget
    total, the spendings of the spending total (a zero part named neither way of both)."""
    budgets = [p for p in members if _side(p.fact.label) > 0]
    spent = [p for p in members if _BARE_DONE.match(p.fact.label)]
    zeros = [p for p in members if p not in budgets and p not in spent and p.fact.value == 0]
    if len(budgets) < 2 or len(spent) < 1 or len(budgets) + len(spent) + len(zeros) != len(members):
        return []
    if any(members.index(q) == 0 or members[members.index(q) - 1] not in budgets for q in spent):
        return []  # each spending right after its part's budget
    budget_total = [t for t in totals if _side(t.fact.label) > 0][-1:]
    spent_total = [t for t in totals if _side(t.fact.label) < 0 or "支出" in t.fact.label]
    spent_total = [t for t in spent_total if t not in budget_total][-1:]
    if not budget_total or not spent_total:
        return []
    whole = complete(budget_total[0], budgets + zeros)
    return [
        parts_relation(budget_total[0], budgets + zeros, "其中", whole),
        parts_relation(spent_total[0], spent + zeros, "其中", whole),
    ]


def complete_breakdown(domain: Domain, total: Q, parts: list[Q]) -> bool:
    """Parts known to make up the whole total: a breakdown of that total listed in the domain
    data (基本支出 = 人员经费 + 公用经费 …), or parts that each name a different member of one
    partition (中央/省级/市级/县级; 当年/上年结转; 福利彩票/体育彩票 …)."""
    if len(parts) < 2:
        return False
    for bd in domain.data.get("breakdowns", []):
        if not any(t in total.fact.label for t in bd["total"]):
            continue
        named = [member(p.fact.label, bd["parts"]) for p in parts]
        # each part a different member: a member named twice is a part and its own sub-part
        if all(i is not None for i in named) and len(set(named)) == len(named):
            return True
    for members in domain.data.get("partitions", {}).values():
        named = [member(p.fact.label, members) for p in parts]
        if all(i is not None for i in named) and len(set(named)) == len(named):
            return True
    return False


def named_breakdown(domain: Domain, sq: list[Q], totals_taken: set[int]) -> list[Relation]:
    """`三公经费4.5万元，因公出国费0万元，公务接待费0万元，公务用车费4.5万元`: a total followed,
    with no cue, by figures that name every part of its known breakdown (domain data), each
    once. Every part must be there: naming all of a definition's parts is the evidence that
    the figures are the breakdown and not a list that happens to follow."""
    out: list[Relation] = []
    for i, q in enumerate(sq):
        if q.fact.id in totals_taken or not part_or_total(q):
            continue
        for bd in domain.data.get("breakdowns", []):
            if not any(t in q.fact.label for t in bd["total"]):
                continue
            parts: list[Q] = []
            named: set[int] = set()
            for p in sq[i + 1 :]:
                if unit_family(p.fact) != unit_family(q.fact) or not part_or_total(p):
                    break
                which = member(p.fact.label, bd["parts"])
                if which is None or which in named:
                    break  # another quantity, or a sub-part of a part named already
                named.add(which)
                parts.append(p)
                if len(named) == len(bd["parts"]):
                    break
            if len(named) == len(bd["parts"]) >= 2:
                out.append(parts_relation(q, parts, "构成", True))
                break
    return out


def breakdown_before(
    domain: Domain, sq: list[Q], previous: list[Q], totals_taken: set[int]
) -> list[Relation]:
    """`基本支出、项目支出分别为300万元、100万元…。本年支出合计400万元…`: a sentence that opens
    with a total whose known breakdown the sentence before gave whole — its figures of the
    total's unit are every part of the breakdown, each once, and nothing else."""
    total = next((q for q in sq if part_or_total(q)), None)
    if total is None or total.fact.id in totals_taken or not previous:
        return []
    family = unit_family(total.fact)
    before = [q for q in previous if part_or_total(q) and unit_family(q.fact) == family]
    for bd in domain.data.get("breakdowns", []):
        if not any(t in total.fact.label for t in bd["total"]):
            continue
        named = [member(q.fact.label, bd["parts"]) for q in before]
        if (
            len(before) >= 2
            and None not in named
            and sorted(named) == list(range(len(bd["parts"])))
        ):
            return [parts_relation(total, before, "构成", True)]
    return []


def member(label: str, members: list[list[str]]) -> int | None:
    """Which member of a partition a label names (the one whose word comes first in it)."""
    found = [(label.find(w), i) for i, words in enumerate(members) for w in words if w in label]
    return min(found)[1] if found else None


# a score and its weight as a list of them names them (`产出指标（50分）得47分`: `（` and `）得`)
_SCORE_LABEL = re.compile(r"得分|得$")
_WEIGHT_LABEL = re.compile(r"(?:分值|权重|满分)$|[(（]$")


def total_after_parts(
    text: str,
    a: int,
    sq: list[Q],
    cues: CompositionCues,
    breakdowns: list[Relation],
    adjusted: Sequence[Relation] = (),
) -> list[Relation]:
    """`A 10万元，B 20万元，合计30万元`: parts first, the total after them. The parts are the
    figures of the total's unit since the sentence start or the last total, outside brackets
    and not already parts of another total in `breakdowns`. Of the readings — every run of them
    that ends at the total, and the same with a broken-down figure in place of its parts
    (`总收入410万元，其中地方收入270万元；加上级补助120万元…，收入合计`) — one that adds up is
    taken, else the whole run."""
    out: list[Relation] = []
    end = min(len(text), max((q.found.end for q in sq), default=a) + 1)
    if len(sq) < 3 or not cues.total_word.search(text, a, end):
        return out  # two parts and a total, and a total word among them
    taken = {i for r in breakdowns for i in r.roles["parts"]}
    results = {r.roles["total"] for r in adjusted}
    split = {r.roles["total"]: r.roles["parts"] for r in breakdowns}
    by_id = {q.fact.id: q for q in sq}
    scopes = brackets(text, a, end)
    start = 0
    at = a
    for i, q in enumerate(sq):
        gap, at = text[at : q.found.start], q.found.end
        if not part_or_total(q) or not cues.total_after.search(gap):
            continue
        if q.fact.id in results:
            start = i + 1
            continue  # what is added and taken away, read by the adjustment frame
        family = unit_family(q.fact)
        run = [
            p
            for p in sq[start:i]
            if part_or_total(p)
            and unit_family(p.fact) == family
            and p.fact.id not in taken
            and scopes[p.found.start - a] < 0
        ]
        start = i + 1
        if len(run) < 2 or any(p.fact.qualifier for p in run) or q.fact.qualifier:
            continue
        if cues.arithmetic.match(run[0].fact.label):
            continue  # `。加上上级补助…、上年结转…，收入总计`: added to a figure before the run
        if cues.other_side(q.fact.label, [p.fact.label for p in run]):
            continue  # `本年收入合计…，年初结转…；本年支出合计…`: the spending is no sum of income
        if cues.score_total.search(gap) or "得分" in q.fact.label:
            # a total score sums the scores, not the weights beside them (`产出指标（50分）得47分`,
            # `权重50分，实际得分47分`); a run of anything else is no list of scores
            scored = [p for p in run if _SCORE_LABEL.search(p.fact.label)]
            if len(scored) < 2 or not all(
                p in scored or _WEIGHT_LABEL.search(p.fact.label) for p in run
            ):
                continue
            run = scored
        substituted = [
            sub
            for p in run
            for sub in ([by_id[j] for j in split[p.fact.id]] if p.fact.id in split else [p])
        ]
        readings = [run[k:] for k in range(len(run) - 1)]
        if substituted != run:
            readings += [substituted[k:] for k in range(len(substituted) - 1)]
        parts = next(
            (
                r
                for r in readings
                if not disjoint(parts_interval([p.fact for p in r]), q.fact.interval())
            ),
            run,
        )
        out.append(parts_relation(q, parts, "合计", True))
    return out


def total_of_sentence_before(
    text: str, a: int, sq: list[Q], previous: list[Q], cues: CompositionCues, taken: set[int]
) -> list[Relation]:
    """`A 120万元，B 60万元。合计180万元。`: a sentence that opens with a total word (`以上两项
    合计`, `上述资金共计`) and then its figure totals the figures of the sentence before, of
    its unit, that are no parts of another total (`taken`): the run of them ending with the
    sentence that adds up, else all of them, as total_after_parts reads one sentence."""
    if not sq or not previous:
        return []
    total = sq[0]
    opening = cues.sentence_total.match(text, a)
    if opening is None or opening.end() != total.found.start or not part_or_total(total):
        return []
    if total.fact.qualifier:
        return []
    family = unit_family(total.fact)
    run = [
        p
        for p in previous
        if part_or_total(p) and unit_family(p.fact) == family and p.fact.id not in taken
    ]
    if len(run) < 2 or any(p.fact.qualifier for p in run):
        return []
    if cues.other_side(total.fact.label, [p.fact.label for p in run]):
        return []
    readings = [run[k:] for k in range(len(run) - 1)]
    parts = next(
        (
            r
            for r in readings
            if not disjoint(parts_interval([p.fact for p in r]), total.fact.interval())
        ),
        run,
    )
    return [parts_relation(total, parts, "合计", True)]


def bracket_parts(
    text: str, sq: list[Q], cues: CompositionCues, complete: Callable[[Q, list[Q]], bool]
) -> list[Relation]:
    """`全年发放300万元（当年资金280万元，上年结转资金20万元）`: a bracket opened right after a
    figure, holding figures of its unit each with its own name, lists its parts."""
    out: list[Relation] = []
    if "(" not in text and "（" not in text:
        return out
    for i, q in enumerate(sq[:-2]):
        after = text[q.found.end : sq[i + 1].found.start]
        if not cues.bracket_opener.match(after) or "其中" in after:
            continue  # (其中：…) is read by the 其中 frame
        close = min(
            (k for k in (text.find(")", q.found.end), text.find("）", q.found.end)) if k >= 0),
            default=-1,
        )
        if close < 0:
            continue
        inner = [p for p in sq[i + 1 :] if p.found.end <= close]
        family = unit_family(q.fact)
        inner = _without_counted_names(text, inner, family)
        if (
            len(inner) < 2
            or not part_or_total(q)
            or any(not part_or_total(p) or unit_family(p.fact) != family for p in inner)
            or any(not p.fact.label or p.fact.qualifier for p in inner)
        ):
            continue
        out.append(parts_relation(q, inner, "括号", complete(q, inner)))
    return out


_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达)?")
_ITEM_BREAK = re.compile(r"[、,，;；]")


def _without_counted_names(text: str, inner: list[Q], family: str) -> list[Q]:
    """The figures of a bracket less those of another unit inside a part's name (`、2家劳务
    公司派遣人员180人`: 2家 counts the companies the part's 180人 work for), which stand right
    before their part's figure with no separator between; any other figure is left to say the
    bracket is no list of parts."""
    out: list[Q] = []
    for k, p in enumerate(inner):
        if unit_family(p.fact) != family and k + 1 < len(inner):
            nxt = inner[k + 1]
            if unit_family(nxt.fact) == family and not _ITEM_BREAK.search(
                text, p.found.end, nxt.found.start
            ):
                continue
        out.append(p)
    return out


# between the figures after 分别: a separator only; after a colon, a separator and the next name
_RESPECTIVE_GAP = re.compile(r"\s*(?:、|和|及|,|，)\s*")
_NAMED_GAP = re.compile(r"[\s万亿元]*(?:、|,|，|;|；)[^。；;:：,，、]{1,15}")
# the rest of a clause of giving out, up to its colon (`分配到各乡镇：`, `下达至各县如下：`)
_COLON_AFTER = re.compile(r"[^。；;:：,，]{0,12}[:：]")


def distributed_parts(
    text: str, a: int, b: int, sq: list[Q], previous: list[Q], cues: CompositionCues
) -> list[Relation]:
    """`…合计6000万元。资金分配到东城区、西城区、南山县三个县（区），分别为2100万元、1500万元、
    2400万元`: a total given out (分配到, 下达到, 拨付给 …) to the places listed, the figures after
    分别 one each: they are its parts, all of them. The total is an amount before the
    sentence's 分别, or of the sentence before: the one the parts make, else the nearest."""
    m = _RESPECTIVELY.search(text, a, b)
    gap = _RESPECTIVE_GAP
    if m is None or not cues.distributed.search(text, a, m.start()):
        # `…分配到各乡镇：城关镇120万元、河口镇90万元…`: the places named with their figures after
        # a colon that ends the clause of giving out
        given = cues.distributed.search(text, a, b)
        m = _COLON_AFTER.match(text, given.end(), b) if given else None
        if m is None or any(given.end() <= q.found.start < m.end() for q in sq):
            return []
        gap = _NAMED_GAP
    after = [q for q in sq if q.found.start >= m.end() and part_or_total(q)]
    parts = after[:1]
    for q in after[1:]:
        if not gap.fullmatch(text, parts[-1].found.end, q.found.start):
            break
        parts.append(q)
    if gap is _NAMED_GAP and not all(p.fact.label for p in parts):
        return []
    if len(parts) < 2 or len({unit_family(p.fact) for p in parts}) > 1:
        return []
    family = unit_family(parts[0].fact)
    before = [q for q in sq if q.found.end <= m.start() and part_or_total(q)] or [
        q for q in previous if part_or_total(q)
    ]
    totals = [q for q in before if unit_family(q.fact) == family and not q.fact.qualifier]
    if not totals or any(p.fact.qualifier for p in parts):
        return []
    # of several amounts before (`共计1250万元，其中中央800万元，省级450万元。资金分配到…`),
    # the one the parts make, else the nearest: not merely the last, a part itself
    return [parts_relation(closest_total(totals, parts), parts, "分配", True)]
