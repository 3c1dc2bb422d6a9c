"""Enumerations: a stated count against the items listed."""

from __future__ import annotations

import re

from auditlint.api import Context, check


@check(code="AL601", name="enumeration-count-mismatch", severity="error")
def enumeration_count_mismatch(ctx: Context):
    """`内设8个股室：a，b，…` where the number of items listed is not 8.

    ## What it does
    Counts the items of a list introduced by a number (`N个…：`, `…N个：`, or quoted items
    followed by `N场`/`等N个`, or a 、 list followed by its count in digits or words,
    `甲科、乙科、丙科三个科室`, or numbered items after the count's colon, `以下四个方面：一是…；
    二是…` or one paragraph each, `（一）…`, or a list that restates the count's name before
    its colon, `内设机构4个。内设机构：…`) and compares with N. With `等` (and others), only a
    list longer than N is flagged.

    ## Why is this bad?
    A count that does not match its own list means an item is missing, extra, or miscounted.

    ## Example
    `下设3个二级单位：救助站、殡仪站` → 列举 2 个.
    """
    for rel in ctx.relations("enumeration"):
        n = ctx.fact(rel.roles["count"])
        items = rel.extra["items"]
        k = len(items)
        if k == n.value or (rel.extra.get("etc") and k < n.value):
            continue
        if rel.extra.get("or_count") == n.value:
            continue  # the list read with 和 inside its last name
        yield ctx.finding(
            n,
            f"称 {n.text} 项，实际列举 {k} 项（{'、'.join(items)}）",
            f"states {n.text} items but lists {k} ({', '.join(items)})",
            values=[n, k],
            key="|".join(items),
        )


# "其中一级项目7个" / "开展了4个项目绩效自评": how many projects the report says it evaluated
_CLAIM = re.compile(r"一级项目\s*(?P<a>\d+)\s*个|(?P<b>\d+)\s*个(?:一级)?项目(?:的)?(?:绩效)?自评")
_SENTENCE = re.compile(r"[^。;；!！?？]+")
_TABLE_SCOPE = re.compile(r"表\d+")


@check(code="AL602", name="project-count-mismatch", severity="warning")
def project_count_mismatch(ctx: Context):
    """The number of projects a report says it self-evaluated against the projects it reports.

    ## What it does
    Finds statements of how many projects were self-evaluated (`其中一级项目7个`,
    `开展了4个项目绩效自评`, in a sentence about 自评, not about 重点评价) and counts the projects
    the report gives results for (sections such as `X项目绩效自评综述：` and tables with a
    `项目名称`). When at least two projects are reported and a stated number differs, flags it.

    ## Why is this bad?
    Either projects are missing from the report or the stated scope of the evaluation is wrong;
    a reviewer cannot tell which projects were left out.

    ## Example
    `其中一级项目5个` but only three `…项目绩效自评综述` sections follow → 5 vs 3.
    """
    reported = {
        f.scope for f in ctx.facts if f.scope != "document" and not _TABLE_SCOPE.fullmatch(f.scope)
    }
    if len(reported) < 2:
        return
    for para in ctx.extraction.paragraphs:
        for sentence in _SENTENCE.finditer(para.text):
            text = sentence.group(0)
            if "自评" not in text or "重点" in text:
                continue
            for m in _CLAIM.finditer(text):
                group = "a" if m.group("a") else "b"
                n = int(m.group(group))
                if n == len(reported):
                    continue
                start = sentence.start() + m.start(group)
                line, column = para.place(start)
                end_line, end_column = para.place(start + len(m.group(group)) - 1)
                yield ctx.finding(
                    (line, column, end_line, end_column),
                    f"称自评项目 {n} 个，报告中列出 {len(reported)} 个项目的自评结果"
                    f"（{'、'.join(sorted(reported))}）",
                    f"states {n} projects self-evaluated but reports results for "
                    f"{len(reported)} ({', '.join(sorted(reported))})",
                    values=[n, len(reported)],
                    key="|".join(sorted(reported)),
                )
