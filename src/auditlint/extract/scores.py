"""Scores stated in prose: a total and its deductions or item scores, and the grade given.

总分100分，得分92分。…扣3分…扣5分              100 − Σ扣分 against the score
总分100分，得分92分。1.产出得分45分。2.效益得分…   the items' scores add up to it
自评得分92分，评价等级为“优”。                   the grade for the score's band
"""

from __future__ import annotations

import itertools
import re

from auditlint.extract.clauses import Q
from auditlint.extract.model import Fact, Relation

_GRADE = re.compile(
    r"(?:等级|档次|评价结果|评定)(?:为|是|:|：)?\s*[“\"「]?(优秀|优|良好|良|中等|中|合格|差|较差)[”\"」]?"
)


_OVERALL = re.compile(r"(?:总得分|自评得分|综合得分|得分|总分|评分|评价得分)$")
_DEDUCTED = re.compile(r"(?:扣|扣除|扣减)$")


_WHOLE_SCORE = re.compile(r"综合|自评|评价|总|最终|整体")


def grade(text: str, a: int, b: int, sq: list[Q], place, before: list[Q] = ()) -> list[Relation]:
    """The grade named in the sentence text[a:b] for the last score before it; a sentence
    that names only the grade (`评价等级为优。`) takes the overall score of the sentence
    before (its 得分, not a deduction)."""
    m = _GRADE.search(text, a, b)
    if not m:
        return []
    scores = [q for q in sq if q.fact.kind == "score" and q.found.start < m.start()]
    wholes = [
        k
        for k, q in enumerate(scores[:-1])
        if _WHOLE_SCORE.search(q.fact.label) and not _DEDUCTED.search(q.fact.label)
    ]
    if wholes and "其中" in text[scores[wholes[-1]].found.end : scores[wholes[-1] + 1].found.start]:
        # `自评得分92分，其中：决策18分，…效益19分，评价等级为优`: the grade of the whole, not of
        # the last of its parts
        scores = scores[: wholes[-1] + 1]
    if not scores:
        overall = [q for q in before if q.fact.kind == "score" and _OVERALL.search(q.fact.label)]
        overall = [q for q in overall if not _DEDUCTED.search(q.fact.label)]
        # the whole's score, not an item's listed after it (`自评得分94.5分，其中：A（15分）得14分…`)
        whole = [q for q in overall if _WHOLE_SCORE.search(q.fact.label)]
        scores = (whole or overall)[-1:]
    if not scores:
        return []
    line, col = place(m.start(1))
    return [
        Relation(
            kind="grade",
            roles={"score": scores[-1].fact.id},
            line=line,
            extra={"grade": m.group(1)[0], "column": col},
        )
    ]


def score_groups(facts: list[Fact], item_scores: set[int]) -> list[Relation]:
    """`总分X分，得分Y分` followed by `扣z分` deductions or `…得分z分` item headings."""
    group: dict | None = None
    groups: list[dict] = []
    scored = [f for f in facts if f.kind == "score"]
    pending: dict | None = None  # 总分 stated, its deductions before the score (`扣分情况：…`)
    for prev, f in zip([None, *scored], scored, strict=False):
        if "总分" in f.label:
            pending = {"max": f, "deductions": []}
        elif (
            pending is not None
            and f.line == pending["max"].line
            and f.label.endswith(("扣", "扣除", "扣减"))
        ):
            pending["deductions"].append(f)
        if (
            prev is not None
            and "总分" in prev.label
            and f.label.endswith("得分")
            and (f.line == prev.line)
        ):
            group = {"max": prev, "score": f, "deductions": [], "items": []}
            groups.append(group)
            pending = None
        elif (
            pending is not None
            and pending["deductions"]
            and f.label.endswith("得分")
            and f.line == pending["max"].line
        ):
            group = {
                "max": pending["max"],
                "score": f,
                "deductions": pending["deductions"],
                "items": [],
                "closed": True,  # its deductions came before the score: none after count
            }
            groups.append(group)
            pending = None
        elif group is not None and f is not group["max"] and not group.get("closed"):
            if f.label.endswith(("扣", "扣除", "扣减")):
                group["deductions"].append(f)
            elif f.id in item_scores:
                group["items"].append(f)
    out: list[Relation] = []
    for g in groups:
        if g["deductions"]:
            out.append(
                Relation(
                    kind="deductions",
                    roles={
                        "max": g["max"].id,
                        "score": g["score"].id,
                        "deductions": [d.id for d in g["deductions"]],
                    },
                    line=g["score"].line,
                )
            )
        if len(g["items"]) >= 2:
            out.append(
                Relation(
                    kind="total_parts",
                    roles={"total": g["score"].id, "parts": [d.id for d in g["items"]]},
                    line=g["score"].line,
                    extra={"via": "items", "complete": True},
                )
            )
    return out


# what a score figure of a sentence is: its weight (分值5分, 满分10分, 权重20分, `产出指标（50分）`),
# a deduction (扣1分) or the score given (得4分, 得分48分)
_WEIGHT = re.compile(r"(?:分值|满分|权重|标准分)(?:为|是)?$|[(（]$")
_GIVEN = re.compile(r"(?:得|得分|评分|自评得分)(?:为|是)?$")
_RATE_NAME = re.compile(r"(?:执行率|完成率|到位率|支付率|拨付率)(?:为|是|达)?$")


_OPEN = re.compile(r"[(（]\s*$")
# `产出指标50分得47分`: a score right after an unbracketed weight (not after a comma: in
# `产出指标分值50分，效益指标分值30分，得分75分` the score may be of both)
_SCORED_NEXT = re.compile(r"^\s*(?:实际)?(?:得分为|得分|得)\s*$")
# the weight's label names an item (指标, 管理, 产出…), ending in a word, not in 得/扣/分
_ITEM_NAME = re.compile(r"[\u4e00-\u9fff](?<![得扣分减])(?:分值|满分|权重)?$")
_THEN_SCORED = re.compile(
    r"^\s*[)）]\s*(?:[,，:：]\s*)?(?:实际)?(?:得分为|得分|得|获得|评分为?)\s*$"
)


def bracket_weights(text: str, sq: list[Q]) -> list[Relation]:
    """`部门管理（35分）得33分`, `产出指标50分得47分`: an item's weight,
    in brackets or right after its name, then its score, which cannot be above it (AL402),
    however many items the sentence lists."""
    out: list[Relation] = []
    for weight, score in itertools.pairwise(sq):
        if weight.fact.kind != "score" or score.fact.kind != "score":
            continue
        if weight.fact.qualifier or score.fact.qualifier:
            continue
        gap = text[weight.found.end : score.found.start]
        if _OPEN.search(text, max(0, weight.found.start - 2), weight.found.start):
            scored = _THEN_SCORED.match(gap)
        else:  # a weight named by its item alone, not itself a score or a deduction
            scored = _SCORED_NEXT.match(gap) and _ITEM_NAME.search(weight.fact.label)
        if scored:
            name = weight.fact.label.rstrip("(（ ")  # `部门管理（`: the item's name
            weight.fact.label, score.fact.label = f"{name}分值", f"{name}得分"
            out.append(
                Relation(
                    kind="score_cap",
                    roles={"weight": weight.fact.id, "score": score.fact.id},
                    line=score.fact.line,
                )
            )
    return out


_GROUP_END = re.compile(r"[;；]")


def score_clauses(text: str, a: int, b: int, sq: list[Q]) -> list[Relation]:
    """One indicator's score in the sentence text[a:b] (score_clause), or in each of its
    clause groups (`产出指标分值50分，实际得分48分；效益指标分值30分，实际得分28分；…`)."""
    out = score_clause(text, a, b, sq)
    if out or not _GROUP_END.search(text, a, b):
        return out
    start = a
    for end in [m.end() for m in _GROUP_END.finditer(text, a, b)] + [b]:
        group = [q for q in sq if start <= q.found.start < end]
        out += score_clause(text, start, end, group)
        start = end
    return out


def score_clause(text: str, a: int, b: int, sq: list[Q]) -> list[Relation]:
    """`该指标分值5分，因材料不全扣1分，得4分` (the weight less what was deducted is the score),
    `产出指标分值50分，得分48分` (no score above its weight), `预算执行率98%，得分9.8分（满分
    10分）` (an execution rate's score is rate × weight): one indicator's score in one sentence,
    its weight, deductions and score each named."""
    scores = [q for q in sq if q.fact.kind == "score" and not q.fact.qualifier]
    weights = [q for q in scores if _WEIGHT.search(_before(text, q))]
    given = [q for q in scores if _GIVEN.search(_before(text, q))]
    if len(weights) != 1 or len(given) != 1:
        return []
    (weight,), (score,) = weights, given
    if weight.fact.id == score.fact.id:
        return []
    deducted = [q for q in scores if _DEDUCTED.search(_before(text, q).rstrip("了"))]
    out = [
        Relation(
            kind="score_cap",
            roles={"weight": weight.fact.id, "score": score.fact.id},
            line=score.fact.line,
        )
    ]
    between = all(weight.found.start < q.found.start < score.found.start for q in deducted)
    # `满分10分，得9.5分，扣0.5分`: what was deducted, said after the score (not split again
    # into its own parts: `扣1分，其中A扣0.5分…`)
    after = (
        bool(deducted)
        and weight.found.start < score.found.start
        and all(q.found.start > score.found.start for q in deducted)
        and _DEDUCTED_NEXT.fullmatch(text, score.found.end, deducted[0].found.start) is not None
        and "其中" not in text[score.found.end : deducted[-1].found.start]
    )
    if deducted and (between or after):
        out.append(
            Relation(
                kind="deductions",
                roles={
                    "max": weight.fact.id,
                    "score": score.fact.id,
                    "deductions": [q.fact.id for q in deducted],
                },
                line=score.fact.line,
            )
        )
    rates = [q for q in sq if q.fact.kind == "percent" and _RATE_NAME.search(_before(text, q))]
    if len(rates) == 1 and not deducted:
        out.append(
            Relation(
                kind="rate_score",
                roles={
                    "weight": weight.fact.id,
                    "rate": rates[0].fact.id,
                    "score": score.fact.id,
                },
                line=score.fact.line,
            )
        )
    return out


# the clause right after a score that says what was deducted (`，扣0.5分`, `，共扣除2分`)
_DEDUCTED_NEXT = re.compile(r"\s*[,，;；]\s*(?:共|合计|累计)?扣(?:除|减)?了?\s*")


def _before(text: str, q: Q) -> str:
    """The words right before a figure, up to the clause mark before it."""
    start = max(0, q.found.start - 12)
    return re.split(r"[,，;；。:：]", text[start : q.found.start])[-1].strip()


_MARKS = re.compile(r"^(?:满分|满分值|分值|总分)$")
_MARKS_OPEN = re.compile(r"[(（]\s*(?:满分|满分值|分值|总分)\s*(?:为|是)?\s*$")


def marked_scores(
    text: str, sq: list[Q], previous: list[Q], full_marks: int | None
) -> list[Relation]:
    """`决策得分17.5分（满分20分），过程得分18.2分（满分20分），…`: each score with its full
    marks in brackets after it cannot be above them (AL402); and where those full marks make
    the evaluation's (100), the items are all of it, so their scores add up to the total score
    stated before them, in the sentence or the one before (`…评价得分为87.6分。`)."""
    pairs: list[tuple[Q, Q]] = []
    for score, marks in itertools.pairwise(sq):
        if score.fact.kind != "score" or marks.fact.kind != "score":
            continue
        if score.fact.qualifier or marks.fact.qualifier or not _MARKS.match(marks.fact.label):
            continue
        if not _MARKS_OPEN.search(text, max(0, marks.found.start - 8), marks.found.start):
            continue  # (满分20分) in brackets right after the score
        if "得" not in score.fact.label:
            continue
        pairs.append((score, marks))
    out = [
        Relation(
            kind="score_cap", roles={"weight": m.fact.id, "score": s.fact.id}, line=s.fact.line
        )
        for s, m in pairs
    ]
    if len(pairs) < 2 or full_marks is None or sum(m.fact.value for _, m in pairs) != full_marks:
        return out
    used = {q.fact.id for pair in pairs for q in pair}
    first = pairs[0][0].found.start
    here = [q for q in sq if q.found.start < first]
    total = next(
        (
            q
            for q in reversed(here or previous)
            if q.fact.kind == "score"
            and q.fact.id not in used
            and "得分" in q.fact.label
            and not q.fact.qualifier
        ),
        None,
    )
    if total is not None:
        out.append(
            Relation(
                kind="total_parts",
                roles={"total": total.fact.id, "parts": [s.fact.id for s, _ in pairs]},
                line=total.fact.line,
                extra={"via": "满分", "complete": True},
            )
        )
    return out
