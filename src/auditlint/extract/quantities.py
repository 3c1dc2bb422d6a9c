"""Find every quantity in a stretch of text and the label it measures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from auditlint.domain import Domain
from auditlint.numbers import NUMBER_RE, UNIT_RE, Number, has_digit, parse_number, unit_kind

# Characters that end the phrase a figure belongs to.
_CLAUSE_BREAK = set(",，。;；:：、!！?？\t|")
_YEAR_PREFIX = re.compile(r"^(?:\d{4}\s*年度?|\d{4}\s*-\s*\d{4}\s*年度?)\s*")
_SUBJECT_PREFIX = re.compile(
    r"^(?:[(]?\d{1,2}[).、]|[一二三四五六七八九十]+是|其中|共计|共|我局|我单位|本单位|本部门|我部门|我市|我区"
    r"|我县|我镇|全局|单位)+"
)
_TRAILING = re.compile(
    r"(?:超过|不低于|不少于|不超过|低于|以上|分别为|分别是|总额为|约为|已达|高达|达到|提高到|增至|减至|降至|共计|合计|累计|总计|为|是|(?<![下到传送抵表发])达|共|(?<![节制签预违履合公条契])约|计|有|了|仅|只有|到)+$"
)
_PERIOD = re.compile(r"(\d{4})\s*年")
_UNIT_AFTER_QUALIFIERS = ("以上", "以下", "左右", "余", "多")


@dataclass(slots=True)
class Found:
    """A quantity found in text, positions as offsets into that text."""

    number: Number
    unit: str
    label: str
    start: int
    end: int  # exclusive, after the unit
    qualifier: str
    period: str


def _label_start(text: str, pos: int, floor: int) -> int:
    i = pos
    while i > floor and text[i - 1] not in _CLAUSE_BREAK:
        i -= 1
    return i


@lru_cache(maxsize=4096)
def clean_label(raw: str) -> str:
    """The label without quotes, a leading year or subject and trailing verbs (cached: reports
    repeat their labels)."""
    label = raw.strip().strip("“”\"'《》 ")
    if label[:1] in "(（" and not any(c in label for c in ")）"):
        label = label[1:]  # `（上年：24.0万元）`: the bracket opens the clause, names nothing
    label = _YEAR_PREFIX.sub("", label)
    label = _SUBJECT_PREFIX.sub("", label)
    label = label.replace(" ", "")
    prev = None
    while prev != label:
        prev = label
        label = _TRAILING.sub("", label)
        label = label.removesuffix("的") if not label.endswith("预算的") else label
    return label


# words that end in 约 and are no approximation: 节约1.5万元 is a saving of exactly 1.5
_NOT_ABOUT = ("节约", "制约", "签约", "预约", "违约", "履约", "合约", "公约", "条约", "契约")


def _qualifier(domain: Domain, before: str, after: str) -> str:
    tail = before.rstrip()[-4:]
    for kind in ("upper_bound", "lower_bound", "approximate"):
        if tail.endswith(domain.words("qualifiers", kind)):
            if kind == "approximate" and tail.endswith(_NOT_ABOUT):
                continue
            return kind
    if not after.startswith(_UNIT_AFTER_QUALIFIERS):
        return ""
    for word in _UNIT_AFTER_QUALIFIERS:
        if after.startswith(word):
            return (
                "lower_bound"
                if word in ("以上", "余", "多")
                else ("upper_bound" if word == "以下" else "approximate")
            )
    return ""


_CHANGED_TO = frozenset("加长高升降少减增")  # last characters of a verb of change before 至


def _skip(text: str, start: int, end: int, unit: str, number: Number) -> bool:
    """Figures that are not quantities: dates, list markers, codes, ordinals."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    kind = unit_kind(unit)
    if kind == "date":
        return True
    if before.endswith("至") and before[:1] in _CHANGED_TO:
        pass  # `下降至720人次`, `提升至91%`: the level it went to, not the end of a range
    elif before.endswith(("第", "〔", "*", "[", "-", "/", "~", "～", "至", "附件")):
        return True
    if before.endswith("指标") and kind not in ("score", "money") and not unit:
        return True  # 指标1, 指标2: codes; 产出指标50分 a weight, 下达资金指标80万元 an amount,
        # 设置指标6个 a count
    if unit and after.startswith(":"):
        return False  # `培训495人次：…`: a figure with its unit, then what it holds
    if after.startswith(("-", "/", "~", "～", "〕", "]", "*", ":", "月", "级", "号", "期")):
        return kind not in ("money", "percent")
    if not unit:
        if number.decimals == 0 and 1900 <= number.value <= 2100:
            return True  # a year
        if number.decimals == 0 and len(number.text) >= 7:
            return True  # phone numbers, codes
        stripped = text[:start].rstrip(" ")
        if (
            not stripped
            or stripped.endswith(("(", "（"))
            or (after[:1] in (".", "、", ")", "）") and not stripped.strip())
        ):
            return True  # list marker
        if (
            stripped[-1] in ";；。:：,，"
            and after[:1] in (".", "、", "．")
            and not after[1:2].isdigit()
            and len(number.text) <= 2
        ):
            return True  # `…700万元；2.事业收入…`: an item's marker after a clause break
        if after[:1] in (".", "、", ")", "）") and (not stripped or stripped[-1] in "(（"):
            return True
    return False


_SIGN_AFTER = ("万", "亿", "元", "%", "千")


def _is_sign(text: str, at: int) -> bool:
    """A minus sign before the figure at `at`: `-` after a space, a bracket, a separator or a
    Chinese character (not after a digit or letter: 2022-2023, 指标1-2, A-3), and an amount or
    a percentage after the figure."""
    if at == 0 or text[at - 1] not in "-−":
        return False
    before = text[at - 2] if at >= 2 else " "
    if before.isascii() and before.isalnum():
        return False
    m = NUMBER_RE.match(text, at)
    after = text[m.end() : m.end() + 2].lstrip() if m else ""
    return after.startswith(_SIGN_AFTER)


_BRACKET_AFTER = re.compile(r"\s*[(（][^()（）]{0,80}[)）]")


def _unit_in_bracket(text: str, end: int) -> str:
    """The unit a figure printed without one takes from the bracket right after it that lists
    its parts, each with that unit (`执行数5230.5（含中央资金3120.2万元，地方资金2110.3万元）`):
    the author wrote the unit once, inside; '' where the bracket holds fewer than two figures
    or figures of different units."""
    m = _BRACKET_AFTER.match(text, end)
    if m is None:
        return ""
    units = set()
    for n in NUMBER_RE.finditer(text, end, m.end()):
        u = UNIT_RE.match(text, n.end())
        units.add((u.group("scale") or "") + (u.group("unit") or "") if u else "")
    count = sum(1 for _ in NUMBER_RE.finditer(text, end, m.end()))
    unit = units.pop() if len(units) == 1 else ""
    return unit if count >= 2 and unit_kind(unit) in ("money", "count") else ""


def find_quantities(text: str, domain: Domain) -> Iterator[Found]:
    if not has_digit(text):
        return
    last_end = 0
    for m in NUMBER_RE.finditer(text):
        number = parse_number(m.group(0))
        if number is None:
            continue
        u = UNIT_RE.match(text, m.end())
        more = ""  # `300余万元`, `20多人`: 余/多 between the figure and its unit, a lower bound
        if u is not None and not u.group(0).strip() and text[m.end() : m.end() + 1] in ("余", "多"):
            after_more = UNIT_RE.match(text, m.end() + 1)
            if after_more is not None and (after_more.group("scale") or after_more.group("unit")):
                u, more = after_more, "lower_bound"
        scale, unit = (u.group("scale") or "", u.group("unit") or "") if u else ("", "")
        if unit in ("年", "年度", "月", "日") and scale:
            unit = ""
        full_unit = scale + unit
        end = u.end() if u and full_unit else m.end()
        if not full_unit and number.decimals:
            full_unit = _unit_in_bracket(text, end)
        tail = text[end : end + 2]
        for word in _UNIT_AFTER_QUALIFIERS:
            if tail.startswith(word):
                end += len(word)
                break
        negative = _is_sign(text, m.start())
        if negative:  # -4.45万元: a figure with its sign, not a range or a code
            number = replace(number, value=-number.value, text="-" + number.text)
        elif _skip(text, m.start(), end, full_unit, number):
            continue
        qualifier = more or _qualifier(domain, text[max(0, m.start() - 6) : m.start()], tail)
        start = _label_start(text, m.start(), last_end)
        raw_label = text[start : m.start() - negative]
        if not raw_label.strip():
            # `全年预算数：50万元`: a form's field names the figure after its colon
            colon = start - 1
            if colon > last_end and text[colon] in ":：":
                start = _label_start(text, colon, last_end)
                raw_label = text[start:colon]
        label = clean_label(raw_label)[-24:]  # OCR text without punctuation: keep the tail
        period_match = _PERIOD.search(raw_label)
        yield Found(
            number=number,
            unit=full_unit,
            label=label,
            start=m.start() - negative,
            end=end,
            qualifier=qualifier,
            period=period_match.group(1) if period_match else "",
        )
        last_end = end
