"""The count frame: a number of things and the list that names them.

设3个科室：办公室、财务科、业务科。        a count, then the items after a colon
科室3个：办公室、财务科、业务科。          the count after its noun
开展“春风”“夏雨”“秋实”3项活动           quoted items, then the count (等 before the count:
                                         the list is not complete)
下设办公室、财务科、业务科三个科室        a count in words right after its list (prose.py
                                         records it as a fact without a label)
"""

from __future__ import annotations

import re

from auditlint.extract.clauses import Q, sentences
from auditlint.extract.model import Paragraph, Relation

_ENUM_BEFORE = re.compile(
    r"(?P<n>\d+)\s*(?P<cls>个|家|所|项|类|名|条)(?P<noun>[\u4e00-\u9fff]{1,8})[:：]"
)
_ENUM_AFTER = re.compile(
    r"(?P<noun>[\u4e00-\u9fff]{2,8}?)(?P<n>\d+)\s*(?P<cls>个|家|所|项|类|名|条)[:：]"
)
# `设3个科室，分别为：甲科、乙科、丙科` / `项目3个，即甲、乙`: the count, then the items after a cue
_ENUM_CUE = re.compile(
    r"(?P<n>\d+)\s*(?P<cls>个|家|所|项|类|条)(?P<noun>[\u4e00-\u9fff]{0,8})[,，]\s*"
    r"(?:分别为|分别是|即|包括)\s*[:：]?"
)
# `辖甲、乙、丙3个社区`: the items before the count, its digit glued to the last item; the list
# opens its run of words (not after a digit: glued table cells), and 4项目… is no count
_GLUED_COUNT = re.compile(
    r"(?P<n>\d+)\s*(?P<cls>个|家|所|项(?!目)|类|条)(?P<noun>[\u4e00-\u9fff]{1,6})"
)
# … and the list that ends right before its digit, looked for in the text just before it
_LIST_BEFORE = re.compile(
    r"(?<![\u4e00-\u9fff\d、])(?P<list>(?:[\u4e00-\u9fff]{1,12}、)+[\u4e00-\u9fff]{1,12}?"
    r"(?:(?:和|及|以及)[\u4e00-\u9fff]{1,12}?)?)(?P<etc>等)?$"
)
_LIST_REACH = 120  # characters before a count its list may take
_LAST_JOIN = re.compile(r"(?:和|及|以及)")
# a count that is not the list's length: of things in the items (`东山、西岭的3个村`), of each
# (`各2个`), of a list left open (`等乡镇3个`), or not exact
_NOT_THE_LIST = re.compile(
    r"[的中等]|(?:各|均|每|分别|约|近|超过|不少于|累计|新增|增加|减少|共有)$"
)
QUOTED_LIST = re.compile(
    r"((?:“[^”]{1,40}”\s*[、,]?\s*){2,})(?P<etc>等)?(?P<n>\d+)\s*(?P<cls>个|场|项|次|类|家)"
)
_ITEM_END = re.compile(r"[。;；]")
_COUNT_WORD = re.compile(r"\d\s*(?:个|家|所|项|类|名|条|场|次)")
_NOT_AN_ITEM = re.compile(r"\d+\s*(个|家|所|项|名|人)|[:：]")


def _split_items(text: str) -> list[tuple[int, int]]:
    """Split a list on its primary separator (`，` if present, else `、`), outside brackets."""
    sep = "," if "," in text else "、"
    items, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "(（《“[":
            depth += 1
        elif ch in ")）》”]":
            depth = max(0, depth - 1)
        elif ch == sep and depth == 0:
            items.append((start, i))
            start = i + 1
    items.append((start, len(text)))
    return [(a, b) for a, b in items if text[a:b].strip()]


def _list_before(text: str, at: int) -> tuple[list[str], bool] | None:
    """The 、 list that ends right before a count at `at` (`辖甲、乙、丙3个社区`), and whether it
    ends in 等; None where no list ends there or it is not the list of what is counted."""
    if text[at - 1 : at] in ("", "、"):
        return None
    window = max(0, at - _LIST_REACH)
    m = _LIST_BEFORE.search(text, window, at)
    cut = window and m is not None and m.start() == window  # the list runs on before it
    if m is None or cut or _NOT_THE_LIST.search(m.group("list")):
        return None
    if _WORDED_COUNT.search(m.group("list")):
        return None  # a count inside the list: the list before it is another one's
    items = m.group("list").split("、")
    last = _LAST_JOIN.split(items[-1])
    items = [*items[:-1], *last] if len(last) == 2 else items
    return [i.strip() for i in items if i.strip()], bool(m.group("etc"))


# a count in words glued to the list it counts (`下设甲科、乙科、丙科三个科室`, `两类`, `十二项`)
_WORDED_COUNT = re.compile(
    r"(?<!第)(?P<n>[二两三四五六七八九]?十[一二三四五六七八九]?|[两三四五六七八九])"
    r"(?=(?:个|家|所|项(?!目)|类|条)[\u4e00-\u9fff])"
)


def worded_counts(text: str) -> list[tuple[int, int, list[str], bool]]:
    """Counts written in words right after the 、 list they count: (start, end of the numeral,
    the items, whether the list ends in 等). Elsewhere a worded count is a word (三个方面)."""
    if "、" not in text:
        return []
    out = []
    seen: set[int] = set()
    at = text.find("、")
    while at >= 0:  # a list's last item is at most 12 characters: look only that far past a 、
        m = _WORDED_COUNT.search(text, at + 1, at + 17)
        if m is not None and m.start() <= at + 13 and m.start() not in seen:
            seen.add(m.start())
            listed = _list_before(text, m.start())
            if listed is not None and len(listed[0]) >= 2:
                out.append((m.start(), m.end(), *listed))
        at = text.find("、", at + 1)
    return out


def enumerations(text: str, qs: list[Q]) -> list[Relation]:
    out: list[Relation] = []
    if not any(mark in text for mark in (":", "：", "“", "、")):
        return out  # every enumeration pattern needs a colon, a quoted list or a 、 list
    if not _COUNT_WORD.search(text):
        return out  # … and a count with its measure word
    by_start = {q.found.start: q for q in qs}
    counted: set[int] = set()

    def add(q: Q, items: list[str], etc: bool, or_count: int | None = None) -> None:
        if q.fact.id in counted:
            return
        counted.add(q.fact.id)
        extra: dict = {"items": items, "etc": etc}
        if or_count is not None:
            extra["or_count"] = or_count  # the other reading of a 和 inside the last item
        out.append(
            Relation(
                kind="enumeration",
                roles={"count": q.fact.id},
                line=q.fact.line,
                extra=extra,
            )
        )

    colon = ":" in text or "：" in text
    cued = "分别" in text or "即" in text or "包括" in text
    patterns = [
        p
        for p, wanted in ((_ENUM_BEFORE, colon), (_ENUM_AFTER, colon), (_ENUM_CUE, cued))
        if wanted
    ]
    for pattern in patterns:
        for m in pattern.finditer(text):
            q = by_start.get(m.start("n"))
            if q is None:
                continue
            stop = _ITEM_END.search(text, m.end())
            body = text[m.end() : stop.start() if stop else len(text)]
            items: list[tuple[int, int]] = []
            for s, e in _split_items(body):
                if _NOT_AN_ITEM.search(body[s:e]):
                    break
                items.append((s, e))
            if len(items) < 2 or any(e - s > 40 for s, e in items):
                continue
            listed = [body[s:e].strip() for s, e in items]
            *first, last = listed
            # (in a list of 、 only: items set apart by ， are names that may hold 和)
            joined = (
                _LAST_JOIN.split(last, maxsplit=1) if "," not in body and "，" not in body else []
            )
            if len(joined) == 2 and all(len(w.strip()) >= 2 for w in joined):
                # `甲科、乙科和丙科`: 和 joins the last two items, or is inside a name
                # (`住房和城乡建设局`); either reading may be the one counted
                add(q, [*first, *(w.strip() for w in joined)], False, or_count=len(listed))
            else:
                add(q, listed, etc=False)
    for count in _GLUED_COUNT.finditer(text) if "、" in text else ():
        q = by_start.get(count.start("n"))
        if q is None:
            continue
        listed = _list_before(text, count.start())
        if listed is not None:
            add(q, *listed)
    for m in QUOTED_LIST.finditer(text) if "“" in text else ():
        q = by_start.get(m.start("n"))
        if q is not None:
            add(q, re.findall(r"“([^”]{1,40})”", m.group(1)), etc=bool(m.group("etc")))
    return out


# a sentence that opens with a name and a colon and lists names (`内设机构：办公室、财务科、业务科`)
_NAMED_LIST = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,10})[:：]\s*(?P<body>[^。;；]+)")
# what may stand after a count at the end of its sentence or line (`内设机构4个。`, `下设科室4`)
_COUNT_END = re.compile(r"\s*(?:个|家|所|项|类|条)?\s*[。;；]?\s*$")


def named_list_counts(read: list[tuple[Paragraph, list[Q]]]) -> list[Relation]:
    """`内设机构4个。内设机构：办公室、财务科、业务科。`: a count that ends its sentence, or its
    line (`②本级下设科室4` over `下设科室：…`), and the next sentence, opening with the count's
    name and a colon, lists the things counted, set apart by 、. The name must end the count's
    label; a list with 等, or with figures in it, is left to the other frames."""
    out: list[Relation] = []
    last: Q | None = None  # the count that ended the sentence before, and its text after
    for para, qs in read:
        bounds = sentences(para.text)
        for a, b in bounds:
            in_sentence = [q for q in qs if a <= q.found.start < b]
            # the list opens the sentence after the count, or follows the count right away
            # where the line break after it was joined away (`…科室4下设科室:…`)
            starts = [(a, last)] + [(q.found.end, q) for q in in_sentence if _is_count(q)]
            for at, count in starts:
                m = _NAMED_LIST.match(para.text, at, b)
                if m is None or count is None or not _names_count(m.group("name"), count):
                    continue
                body = m.group("body").rstrip()
                items = [w.strip() for w in body.split("、")]
                if (
                    len(items) >= 2
                    and not any(ch.isdigit() for ch in body)
                    and not body.endswith("等")
                    and all(2 <= len(w) <= 20 for w in items)
                ):
                    out.append(
                        Relation(
                            kind="enumeration",
                            roles={"count": count.fact.id},
                            line=count.fact.line,
                            extra={"items": items, "etc": False},
                        )
                    )
            final = in_sentence[-1] if in_sentence else None
            last = (
                final
                if final is not None
                and _is_count(final)
                and _COUNT_END.fullmatch(para.text, final.found.end, b)
                else None
            )
    return out


def _is_count(q: Q) -> bool:
    return q.fact.kind in ("count", "none") and q.fact.decimals == 0 and not q.fact.qualifier


def _names_count(name: str, count: Q) -> bool:
    return len(name) >= 2 and count.fact.label.endswith(name)
