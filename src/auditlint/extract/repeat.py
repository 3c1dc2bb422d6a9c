"""The repeat frame: one quantity stated twice, wherever in the report.

Figures pair when their labels name the same quantity — the same words, or the same words
with a few added (`筹募款物` / `筹募慈善款物`) but no word that makes a different quantity
(预算/执行, 城市/农村, 上年/本年…) — in the same scope and year, in contexts that agree (the same
scope words and topic, lists about the same subject: extract/context.py), across sections only
for concepts the domain data names (基本支出, 三公经费…), and never as parts of different totals.
AL301 compares each pair's values.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from auditlint.arith import same_family
from auditlint.domain import Domain
from auditlint.extract.composition import list_marker
from auditlint.extract.model import Fact, Relation

# Words that make two otherwise similar labels different quantities.
DISTINGUISHING = (
    "预算",
    "执行",
    "实际",
    "决算",
    "年初",
    "全年",
    "上年",
    "去年",
    "本年",
    "结转",
    "结余",
    "计划",
    "目标",
    "调整",
    "新增",
    "人均",
    "平均",
    "同比",
    "增加",
    "减少",
    "提高",
    "下降",
    "增长",
    "占",
    "收入",
    "支出",
    "城市",
    "农村",
    "城镇",
    "市级",
    "县级",
    "省级",
    "中央",
    "一般公共",
    "政府性基金",
    "其他",
    "当年",
    "累计",
    "剩余",
    "补助",
    "完成",
    "未",
    # what was done with a sum (省级补助资金 / 省级补助资金已拨付)
    "拨付",
    "支付",
    "到位",
    "发放",
    "兑付",
    "使用",
)


# Labels that open with one of these verbs measure an action in its context (资金 "involved"
# in one evaluation, households "removed" this year), not a stock of the report's subject.
CONTEXTUAL_VERBS = (
    "涉及",
    "清退",
    "新增",
    "发放",
    "投入",
    "用于",
    "安排",
    "下达",
    "拨付",
    "支付",
    "退出",
    "纳入",
)


_CHANGE = re.compile(r"(增加|减少|下降|增长|上升|降低|节约|持平)")


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


_SAME_PERIOD = ("本年度", "本年", "全年", "今年", "年度", "当年")


def restated(
    a: Fact,
    b: Fact,
    *,
    rounded: bool = False,
    names: tuple[str, str] | None = None,
    why: tuple[str, str] | None = None,
) -> Relation:
    """A repeat relation of two figures in document order (AL301 compares them): `rounded`,
    at the precision printed, exact kinds too; `names`, what each is called in the finding, in
    the order given; `why`, the reason they must agree (Chinese, English)."""
    (first, first_name), (again, again_name) = sorted(
        ((a, names[0] if names else ""), (b, names[1] if names else "")),
        key=lambda x: (x[0].line, x[0].column),
    )
    extra: dict = {}
    if rounded:
        extra["rounded"] = True
    if names:
        extra["names"] = [first_name, again_name]
    if why:
        extra["why"] = list(why)
    return Relation(
        kind="repeat", roles={"first": first.id, "again": again.id}, line=again.line, extra=extra
    )


def _core(label: str) -> str:
    """The label without its list marker (`(二)支出` is 支出, not a part of `(二)项目支出`) and
    without a leading word for "this year", which every figure here shares."""
    marker = list_marker(label)
    if marker is not None and len(label) - marker[1] >= 2:
        label = label[marker[1] :]
    for word in _SAME_PERIOD:
        if label.startswith(word) and len(label) - len(word) >= 3:
            return label[len(word) :]
    return label


@dataclass(frozen=True)
class _Label:
    """What pairing needs of a label, worked out once per label rather than once per pair."""

    core: str
    words: frozenset[str]  # the distinguishing words in it
    comparable: bool  # not empty, not generic, not opening with a contextual verb


@lru_cache(maxsize=4096)
def _core_words(label: str) -> tuple[str, frozenset[str]]:
    """The label's core and its distinguishing words (cached: reports share their labels)."""
    core = _core(label)
    return core, frozenset(w for w in DISTINGUISHING if w in core)


def _label(label: str, generic: set[str]) -> _Label:
    core, words = _core_words(label)
    return _Label(
        core=core,
        words=words,
        comparable=bool(label) and label not in generic and not label.startswith(CONTEXTUAL_VERBS),
    )


def same_quantity(x: _Label, y: _Label) -> bool:
    """Labels naming one quantity: equal, or one a subsequence of the other that keeps most of it
    and adds no distinguishing word (筹募款物 ~ 筹募慈善款物; 基本支出 ≁ 基本支出预算)."""
    if not x.comparable or not y.comparable:
        return False
    a, b = x.core, y.core
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 4:
        return a == b and len(a) >= 3
    if a != b:
        if len(short) / len(long) < 0.6 or not _subsequence(short, long):
            return False
        if x.words != y.words:
            return False
    return True


def _same_place(a: str, b: str) -> bool:
    """Same section, one inside the other, and not two sibling headings or numbered items
    (1.一般公共预算 / 2.政府性基金; two projects' (二)资金使用)."""
    path_a, path_b = a.split(" / "), b.split(" / ")
    short, long = sorted((path_a, path_b), key=len)
    return long[: len(short)] == short


def _candidates(facts: list[Fact]) -> list[Fact]:
    out = []
    for f in facts:
        if f.source != "prose" or f.kind not in ("money", "count"):
            continue
        if f.qualifier in ("lower_bound", "upper_bound"):
            continue
        if f.qualifier == "approximate" and f.decimals == 0:
            continue
        if f.value == 0 or _CHANGE.search(f.label):
            continue
        out.append(f)
    return out


def _pairs(facts: list[Fact], generic: set[str]) -> list[tuple[Fact, Fact]]:
    """Pairs of facts of one scope and kind whose labels name the same quantity, in document
    order. Labels are compared once per pair of distinct labels, not once per pair of facts:
    a long report repeats a few labels many times."""
    groups: dict[tuple[str, str], dict[str, list[Fact]]] = {}
    for f in facts:
        groups.setdefault((f.scope, f.kind), {}).setdefault(f.label, []).append(f)
    pairs: list[tuple[Fact, Fact]] = []
    for by_label in groups.values():
        labels = list(by_label)
        seen = [_label(label, generic) for label in labels]
        for i, la in enumerate(labels):
            for j in range(i, len(labels)):
                lb = labels[j]
                if not same_quantity(seen[i], seen[j]):
                    continue
                if la == lb:
                    same = by_label[la]
                    pairs += [(a, b) for j, a in enumerate(same) for b in same[j + 1 :]]
                else:
                    pairs += [
                        (a, b) if a.id < b.id else (b, a)
                        for a in by_label[la]
                        for b in by_label[lb]
                    ]
    return sorted(pairs, key=lambda p: (p[0].id, p[1].id))


def other_context(a: str, b: str, generic: set[str]) -> bool:
    """Whether two figures' sentences set them in different scopes (extract/context.py):
    other scope words or topic, or lists about different subjects."""
    scopes_a, topic_a, subject_a = [*a.split("|"), "", ""][:3]
    scopes_b, topic_b, subject_b = [*b.split("|"), "", ""][:3]
    if scopes_a != scopes_b:
        return True
    if topic_a != topic_b and (
        (topic_a and topic_b) or topic_a.startswith("!") or topic_b.startswith("!")
    ):
        return True  # two topics, or one that singles out a part
    if subject_a and subject_b:
        return not same_quantity(_label(subject_a, generic), _label(subject_b, generic))
    return False


# a label of nothing but what kind of figure it is: the figure of its sentence's subject
# (`支出2万元，年初预算为1.8万元`: the 1.8 is that expense's budget, not a 年初预算 of its own)
_RELATIVE = re.compile(
    r"(?:年初|全年|调整后?|本年|当年)?(?:预算|决算|执行|实际|支出|完成)(?:数|额|金额|资金)?"
)


def _relative(a: Fact, b: Fact) -> bool:
    """One of two figures names only its kind and stands in a list about a subject."""
    return any(_RELATIVE.fullmatch(f.label) and f.context.rpartition("|")[2] for f in (a, b))


# a label this long, with its year, names one quantity wherever in the report it stands
FULL_NAME = 8


def _named_in_full(a: Fact, b: Fact) -> bool:
    """`2025年本级社会保险基金收入总额` in the text before the first heading and again under
    a heading: one name, long and dated alike, is one quantity there (not in two sibling
    sections, which may be two projects')."""
    return (
        not (a.section and b.section)
        and a.label == b.label
        and len(_core(a.label)) >= FULL_NAME
        and bool(a.period)
    )


# significant digits a figure needs before one misprinted digit marks it as the same figure:
# in shorter figures one digit apart is as often two quantities (5万元 and 6万元, 80.00 and 60.00)
MISPRINT_DIGITS = 4


def _significant(text: str) -> int:
    """Digits from the first non-zero to the last non-zero (80.00 has one, 2143.6 five)."""
    digits = "".join(ch for ch in text if ch.isdigit()).strip("0")
    return len(digits)


def misprint(a: Fact, b: Fact) -> bool:
    """Two figures of one unit printed alike but for one digit, or two neighbouring digits
    swapped (2143.6 / 2149.6, 673.25 / 637.25): one figure with a typing slip, where two
    quantities that share a name would differ throughout."""
    if a.unit != b.unit or a.decimals != b.decimals or a.value == b.value:
        return False
    x, y = (f.text.replace(",", "").replace(" ", "") for f in (a, b))
    if len(x) != len(y) or min(_significant(x), _significant(y)) < MISPRINT_DIGITS:
        return False
    differ = [k for k in range(len(x)) if x[k] != y[k]]
    if len(differ) == 1:
        return x[differ[0]].isdigit() and y[differ[0]].isdigit()
    if len(differ) == 2 and differ[1] == differ[0] + 1:
        i, j = differ
        return x[i] == y[j] and x[j] == y[i]
    return False


def repeat_relations(
    facts: list[Fact],
    relations: list[Relation],
    domain: Domain,
    paragraph_of: dict[int, int] | None = None,
    list_of: dict[int, int] | None = None,
) -> list[Relation]:
    """Every pair of figures that state one quantity (first, again), in document order; not
    two of one paragraph (`paragraph_of`: line → paragraph), where a name given twice names
    two things listed side by side (a pension's excess and a subsidy's), as on one line; nor
    two of one numbered list's items (`list_of`: line → list) under names that differ."""
    paragraph_of = paragraph_of or {}
    list_of = list_of or {}

    def together(a: Fact, b: Fact) -> bool:
        return (
            a.line == b.line
            or (a.line in paragraph_of and paragraph_of.get(a.line) == paragraph_of.get(b.line))
            # two items of one numbered list (`一是…采购A 425万粒` / `二是企业自行采购A 200万粒`)
            # list two things, unless they name them alike word for word
            or (
                a.label != b.label
                and a.line in list_of
                and list_of.get(a.line) == list_of.get(b.line)
            )
        )

    generic = set(domain.words("generic_labels", "words"))
    by_id = {f.id: f for f in facts}
    parent: dict[int, str] = {}
    for rel in relations:
        if rel.kind == "total_parts":
            for pid in rel.roles["parts"]:
                parent[pid] = by_id[rel.roles["total"]].label
    out: list[Relation] = []
    for a, b in _pairs(_candidates(facts), generic):
        if together(a, b) or not same_family(a, b):
            continue
        if a.period and b.period and a.period != b.period:
            continue
        if other_context(a.context, b.context, generic) or _relative(a, b):
            continue  # two counties, two funds, two topics: one label, two quantities
        if parent.get(a.id, "") != parent.get(b.id, "") and a.id in parent and b.id in parent:
            continue
        if (
            not _same_place(a.section, b.section)
            and not (a.concept and a.concept == b.concept)
            and not _named_in_full(a, b)
            and not misprint(a, b)
        ):
            continue  # across sections only for quantities the domain data names, or one
            # name whose figures differ by a slip of one digit
        if _sections_opposed(a, b):
            continue
        out.append(Relation(kind="repeat", roles={"first": a.id, "again": b.id}, line=b.line))
    return out + _misprinted(facts, out, generic, parent, together)


def _shared_name(a: str, b: str, generic: set[str], length: int = 3) -> bool:
    """Two labels that share a run of `length` characters of a name (福彩公益金 in
    `下达市级体彩公益金` and `安排市级体彩公益金`), not a generic word or a number."""
    core_b = _core(b)
    for k in range(len(a) - length + 1):
        run = a[k : k + length]
        named = all("\u4e00" <= ch <= "\u9fff" for ch in run) and run in core_b
        if named and run not in generic and not any(run in g for g in generic if len(g) >= length):
            return True
    return False


# distinguishing words that set two quantities apart when one label has a word of one side
# and the other a word of the other side (and not of the first)
OPPOSED = (
    (
        ("预算", "年初", "计划", "目标"),
        ("决算", "执行", "实际", "完成", "拨付", "支付", "到位", "发放", "使用"),
    ),
    (("上年", "去年"), ("本年", "当年")),
    (("收入",), ("支出",)),
    (("城市", "城镇"), ("农村",)),
    (("中央",), ("省级", "市级", "县级")),
    (("省级",), ("市级", "县级")),
    (("市级",), ("县级",)),
    (("增加", "增长", "提高"), ("减少", "下降")),
)


def _opposed(x: frozenset[str], y: frozenset[str]) -> bool:
    """Labels on two sides of one distinction (预算 / 决算, 本年 / 上年, 收入 / 支出)."""
    for one, other in OPPOSED:
        for p, q in ((x, y), (y, x)):
            if p & set(one) and not p & set(other) and q & set(other) and not q & set(one):
                return True
    return False


def _sections_opposed(a: Fact, b: Fact) -> bool:
    """Two figures under headings on two sides of one distinction (`一、年初预算情况` /
    `二、决算情况`): the heading names what kind of figure each is, as a label would."""
    if _same_place(a.section, b.section):
        return False
    words = (frozenset(w for w in DISTINGUISHING if w in f.section) for f in (a, b))
    return _opposed(*words)


def _misprinted(
    facts: list[Fact],
    found: list[Relation],
    generic: set[str],
    parent: dict[int, str],
    together: Callable[[Fact, Fact], bool],
) -> list[Relation]:
    """Figures printed alike but for a one-digit slip (misprint), whose names share a name
    (`年初安排体彩公益金2143.6万元` … `下达体彩公益金2149.6万元`): one figure misprinted, even where the
    names differ too much for the label frame. Same period, same context and the same
    distinguishing words (预算/决算, 本年/上年…), as there."""
    paired = {(r.roles["first"], r.roles["again"]) for r in found}
    groups: dict[tuple[str, int, int], list[Fact]] = {}
    for f in _candidates(facts):
        groups.setdefault((f.unit, f.decimals, len(f.text)), []).append(f)
    out: list[Relation] = []
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if together(a, b) or (a.id, b.id) in paired or not misprint(a, b):
                    continue
                if a.period and b.period and a.period != b.period:
                    continue
                if other_context(a.context, b.context, generic) or _relative(a, b):
                    continue
                if a.id in parent and b.id in parent and parent[a.id] != parent[b.id]:
                    continue  # parts of two totals
                if not _shared_name(a.label, b.label, generic):
                    continue
                if _opposed(_core_words(a.label)[1], _core_words(b.label)[1]):
                    continue  # a budget and what was spent of it, often a digit apart
                if _sections_opposed(a, b):
                    continue
                out.append(
                    Relation(kind="repeat", roles={"first": a.id, "again": b.id}, line=b.line)
                )
    return out
