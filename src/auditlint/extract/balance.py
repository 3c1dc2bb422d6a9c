"""The balance frame: what a fund has left is what came in less what went out.

    国有资本经营收入300万元，上级补助收入80万元，上年结余20万元，
    国有资本经营支出350万元，年终结余50万元。                 items in, items out, what is left
    …收入合计140万元。                                         (a total stands for its items)
    …支出合计120万元。
    上述收支相抵，年终结余20万元。                              the cue reaches back to the
                                                               paragraphs before

Budget and final-account reports state each fund's balance this way. Every figure before the
remainder must be known as coming in (收入, 上年结余, 调入资金 …) or going out (支出, 调出资金,
上解上级支出 …), a reserve fund either way as its verb says (drawn on or set aside), else the sentence is read as something else
and no relation is made. The words are data (`[fund_balance]` in checks/domain/cues.toml).
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditlint.domain import Domain
from auditlint.extract.arithmetic import CARRIED_IN
from auditlint.extract.clauses import Q, brackets, sentences
from auditlint.extract.lexicon import alternation, compiled
from auditlint.extract.model import Paragraph, Relation

# paragraphs a `上述收支相抵` may reach back over
REACH_BACK = 3


class FundBalanceCues:
    def __init__(self, domain: Domain) -> None:
        words = domain.section("fund_balance")
        self.result = re.compile(rf"(?:{alternation(words.get('result', []))})$")
        self.outgoing = re.compile(alternation(words.get("outgoing", [])))
        self.incoming = re.compile(alternation(words.get("incoming", [])))
        self.carry = re.compile(rf"^\s*(?:{alternation(words.get('carry', []))})")
        self.reserve = re.compile(alternation(words.get("reserve", [])))
        self.reserve_in = re.compile(alternation(words.get("reserve_in", [])))
        self.reserve_out = re.compile(alternation(words.get("reserve_out", [])))
        totals = [*words.get("income_totals", []), *words.get("spending_totals", [])]
        # the words right before the figure (a label loses its 合计: `收入合计` is labelled 收入)
        self.side_total = re.compile(rf"(?:{alternation(totals) or '(?!)'})(?:为|是|达)?[:：]?\s*$")
        self.spending_total = re.compile(
            rf"(?:{alternation(words.get('spending_totals', [])) or '(?!)'})(?:为|是|达)?[:：]?\s*$"
        )


def fund_balance_cues(domain: Domain) -> FundBalanceCues:
    return compiled(domain, FundBalanceCues)


def _sign(q: Q, cues: FundBalanceCues) -> int:
    """+1 for a figure coming in, -1 for one going out, 0 for one of neither."""
    label = q.fact.label
    if cues.reserve.search(label):
        out, drawn = cues.reserve_out.search(label), cues.reserve_in.search(label)
        return -1 if out and not drawn else 1 if drawn and not out else 0
    if cues.outgoing.search(label):
        return -1
    return 1 if cues.incoming.search(label) else 0


def _both_sides(q: Q, cues: FundBalanceCues) -> bool:
    label = q.fact.label
    return bool(cues.outgoing.search(label) and cues.incoming.search(label))


def _plain(q: Q) -> bool:
    f = q.fact
    return (
        f.kind == "money" and not f.qualifier and f.role not in ("delta", "change_rate", "previous")
    )


def _figures(para: Paragraph, qs: list[Q]) -> list[Q]:
    """The paragraph's plain amounts outside brackets (a bracket qualifies the figure before)."""
    scopes = brackets(para.text, 0, len(para.text))
    return [q for q in qs if _plain(q) and scopes[q.found.start] < 0]


def _covered(figures: list[Q], relations: list[Relation]) -> set[int]:
    """Figures that a total among `figures` already counts: its parts; and of two totals that
    share parts, the earlier, which the later sums up with more (`总收入…，其中地方收入…；
    加上级补助…，收入合计…`: the 收入合计 counts the 地方收入)."""
    ids = {q.fact.id for q in figures}
    totals = [  # (not a change split over parts: its parts are changes, not the figures)
        r
        for r in relations
        if r.kind == "total_parts" and r.roles["total"] in ids and r.extra.get("via") != "change"
    ]
    covered = {i for r in totals for i in r.roles["parts"]}
    for a in totals:
        for b in totals:
            if a.roles["total"] < b.roles["total"] and set(a.roles["parts"]) & set(
                b.roles["parts"]
            ):
                covered.add(a.roles["total"])
    return covered


def fund_balance(
    read: list[tuple[Paragraph, list[Q]]], relations: list[Relation], cues: FundBalanceCues
) -> list[Relation]:
    """remainder = Σ in − Σ out for each paragraph that states what a fund has left."""
    out: list[Relation] = []
    stated = {  # remainders another frame already balances (收入合计…，支出合计…，结余…)
        i for r in relations if r.extra.get("via") == "结余" for i in r.roles["parts"]
    }
    for k, (para, qs) in enumerate(read):
        if not any(cues.result.search(q.fact.label) for q in qs):
            continue  # most paragraphs state no remainder
        figures = _figures(para, qs)
        results = [q for q in figures if cues.result.search(q.fact.label)]
        if not results or results[0].fact.id in stated:
            continue
        result = results[0]
        before = [q for q in figures if q.found.start < result.found.start]
        # `…支出总计49.4亿元。收支相抵，年终结余0.6亿元`: a sentence opening with the words of
        # balancing, after one side only, balances it against the paragraphs before
        opening = next(a for a, b in sentences(para.text) if a <= result.found.start < b)
        covered_here = _covered(before, relations)
        one_side = {_sign(q, cues) for q in before if q.fact.id not in covered_here} == {-1}
        if (not before or one_side) and cues.carry.match(para.text[opening:]):
            for back in range(k - 1, max(k - 1 - REACH_BACK, -1), -1):
                earlier_para, earlier_qs = read[back]
                if earlier_para.section != para.section:
                    break
                earlier = _figures(earlier_para, earlier_qs)
                if any(cues.result.search(q.fact.label) for q in earlier):
                    break  # the balance of the fund before
                before = earlier + before
        # what was carried in, named after the remainder in its sentence (`…支出470万元，年末
        # 结转和结余15万元，年初结转和结余5万元`), is an item too
        closing = next(b for a, b in sentences(para.text) if a <= result.found.start < b)
        before += [
            q
            for q in figures
            if result.found.end <= q.found.start < closing
            and CARRIED_IN.search(q.fact.label)
            and _sign(q, cues) == 1
            and not cues.result.search(q.fact.label)
        ]
        covered = _covered(before, relations)
        # a figure named for both sides (`收入总计与支出总计均为…`) is the account's grand total,
        # not an item of either
        items = [q for q in before if q.fact.id not in covered and not _both_sides(q, cues)]
        signs = [_sign(q, cues) for q in items]
        if not items or 0 in signs or 1 not in signs or -1 not in signs:
            continue  # a figure of neither side: not a balance statement
        out.append(
            Relation(
                kind="total_parts",
                roles={"total": result.fact.id, "parts": [q.fact.id for q in items]},
                line=result.fact.line,
                extra={"via": "收支", "complete": True, "signs": signs},
            )
        )
    return out


def _side_total(q: Q, before: str, last: tuple[Q, int] | None, cues: FundBalanceCues) -> int:
    """+1 where `q` is the income side's total, -1 the spending side's, 0 where neither. Right
    after one side's total the other side's word alone stands for its total too, the 合计
    said once for both (`收入合计36.2亿元，支出33.7亿元`)."""
    if cues.side_total.search(before):
        return -1 if cues.spending_total.search(before) else 1
    if last is None:
        return 0
    total, side = last
    word = ("收入", "支出")[side > 0]  # the other side's
    label = q.fact.label.strip()
    if label == word or label == total.fact.label.replace(("支出", "收入")[side > 0], word):
        return -side
    return 0


def sided_totals(
    read: list[tuple[Paragraph, list[Q]]], relations: list[Relation], cues: FundBalanceCues
) -> list[Relation]:
    """`…收入12.3亿元，上级补助收入8.4亿元。…支出19.8亿元，上解上级支出0.9亿元。收入合计20.7亿元，
    支出合计20.7亿元，…`: each side's total is the sum of the items of its side listed before
    it in the paragraph (since its start or the last remainder), where every item is known to
    come in or go out (else the paragraph is something else) and the side has two or more."""
    out: list[Relation] = []
    known = {  # sums another frame already reads (`…，加上上年结转20万元，收入总量130万元`)
        (r.roles["total"], frozenset(r.roles["parts"]))
        for r in relations
        if r.kind == "total_parts"
    }
    for para, qs in read:
        text = para.text
        if "合计" not in text and "总计" not in text and "总" not in text:
            continue  # most paragraphs state no total of a side
        figures = _figures(para, qs)
        covered = _covered(figures, relations)
        items: list[Q] = []
        last_total: tuple[Q, int] | None = None  # the side total just read, and its side
        for q in figures:
            before = text[max(0, q.found.start - 8) : q.found.start]
            if cues.result.search(q.fact.label):
                items = []  # a fund's balance closes its items
                last_total = None
                continue
            side = _side_total(q, before, last_total, cues)
            if not side:
                last_total = None
                if q.fact.id not in covered:
                    items.append(q)
                continue
            last_total = (q, side)
            signs = [_sign(p, cues) for p in items]
            if not items or 0 in signs or 1 not in signs:
                continue
            parts = [p for p, s in zip(items, signs, strict=True) if s == side]
            if len(parts) >= 2 and (q.fact.id, frozenset(p.fact.id for p in parts)) not in known:
                out.append(
                    Relation(
                        kind="total_parts",
                        roles={"total": q.fact.id, "parts": [p.fact.id for p in parts]},
                        line=q.fact.line,
                        extra={"via": "合计", "complete": True},
                    )
                )
    return out


def balanced_totals(text: str, sq: list[Q], pairs: list[list[str]]) -> list[Relation]:
    """`收入总计1826.40万元，支出总计1826.40万元`: the two grand totals of a 收支 statement are
    one sum by its construction (what came in, carry-over included, is what went out, carry-
    over included), so a sentence stating both states one quantity twice (AL301). Only where
    both name the same fund: the words before 收入总计 and 支出总计 agree (`一般公共预算`)."""
    out: list[Relation] = []
    for income_word, spending_word in pairs:
        if income_word not in text or spending_word not in text:
            continue
        named = [(q, _named_as(text, q, (income_word, spending_word))) for q in sq if _plain(q)]
        for k, (income, (word, fund)) in enumerate(named):
            if word != income_word:
                continue
            spending = next(
                (q for q, (w, f) in named[k + 1 :] if w == spending_word and f == fund), None
            )
            if spending is not None and spending.fact.unit == income.fact.unit:
                out.append(
                    Relation(
                        kind="repeat",
                        roles={"first": income.fact.id, "again": spending.fact.id},
                        line=spending.fact.line,
                        extra={
                            "names": [fund + income_word, fund + spending_word],
                            "why": [
                                "（收支两方的总计含结转结余，应相等）",
                                " (both grand totals include the carry-over and must be equal)",
                            ],
                        },
                    )
                )
    return out


# the words before a figure up to its clause: a fund's name (the year, 本年, 全年 aside), then
# the word for a grand total
@lru_cache(maxsize=16)
def _before_figure(words: tuple[str, str]) -> re.Pattern[str]:
    """A grand-total word right before a figure, with the fund it names before it."""
    return re.compile(
        r"(?:\d{4}年度?|本年度?|全年|年度)?(?P<fund>[^\d,，。;；:：、]*?)"
        rf"(?P<word>{'|'.join(map(re.escape, words))})(?:为|是|[:：])?\s*$"
    )


def _named_as(text: str, q: Q, words: tuple[str, str]) -> tuple[str, str]:
    """(the grand-total word a figure is named by, the fund before it), or ('', '')."""
    m = _before_figure(words).search(text, max(0, q.found.start - 30), q.found.start)
    if m is None:
        return "", ""
    return m.group("word"), m.group("fund")
