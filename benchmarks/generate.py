"""Generate realistic budget-performance reports with consistent numbers, and optionally break
exactly one relation per report, recording the ground truth.

    python benchmarks/generate.py OUT_DIR --count 200 --seed 1 [--inject] [--size BYTES]

Writes OUT_DIR/NNNNN.txt and OUT_DIR/truth.json: for each file its kind, layout and, with
--inject, the injected error kind and the check code expected to catch it. Reproducible: the
same seed writes the same files.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

KINDS = ("部门整体支出自评报告", "项目支出绩效自评表", "绩效目标申报表", "决算说明")
# injected error kind → the check that must catch it
INJECTIONS = {
    "over_budget": "AL101",
    "rate": "AL102",
    "sum": "AL201",
    "conflict": "AL301",
    "score": "AL401",
    "change": "AL501",
    "count": "AL601",
    "format": "AL701",
}
DEPTS = ("县民政局", "市教育局", "区卫生健康局", "县农业农村局", "市文化和旅游局", "区司法局")
UNITS = ("办公室", "财务股", "政策法规股", "社会事务股", "规划股", "综合执法大队", "信息中心")
PROJECTS = ("困难群众救助", "农村道路维护", "校舍安全改造", "基层医疗设备购置", "文化惠民演出")

Q2 = Decimal("0.01")


def money(rng: random.Random, low: float, high: float) -> Decimal:
    return Decimal(str(rng.uniform(low, high))).quantize(Q2, ROUND_HALF_UP)


def pct(numerator: Decimal, denominator: Decimal) -> Decimal:
    return (numerator / denominator * 100).quantize(Q2, ROUND_HALF_UP)


def split(rng: random.Random, total: Decimal, parts: int) -> list[Decimal]:
    """Parts of a 2-decimal total that add up to it exactly."""
    cuts = sorted(rng.uniform(0.15, 0.85) for _ in range(parts - 1))
    shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0], strict=True)]
    out = [(total * Decimal(str(s))).quantize(Q2, ROUND_HALF_UP) for s in shares[:-1]]
    return [*out, total - sum(out)]


@dataclass
class Report:
    kind: str
    layout: str
    lines: list[str] = field(default_factory=list)
    injected: str = ""

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _dept_report(rng: random.Random, inject: str) -> Report:
    r = Report("部门整体支出自评报告", rng.choice(("编号", "段落")))
    dept, year = rng.choice(DEPTS), rng.randint(2019, 2025)
    units = rng.sample(UNITS, rng.randint(3, 6))
    budget = money(rng, 300, 5000)
    spent = (budget * Decimal(str(rng.uniform(0.85, 0.99)))).quantize(Q2, ROUND_HALF_UP)
    rate = pct(spent, budget)
    basic = (spent * Decimal(str(rng.uniform(0.4, 0.7)))).quantize(Q2, ROUND_HALF_UP)
    staff_cost, office_cost = split(rng, basic, 2)
    people = rng.randint(20, 200)
    admin = rng.randint(5, people - 5)
    last_year = (spent * Decimal(str(rng.uniform(0.8, 0.97)))).quantize(Q2, ROUND_HALF_UP)
    delta = spent - last_year
    growth = pct(delta, last_year)
    n_units = len(units)
    shown_units = n_units
    basic_again = basic
    if inject == "over_budget":
        spent = (budget * Decimal(str(rng.uniform(1.05, 1.2)))).quantize(Q2, ROUND_HALF_UP)
        rate = pct(spent, budget)
        basic = (spent * Decimal("0.5")).quantize(Q2, ROUND_HALF_UP)
        staff_cost, office_cost = split(rng, basic, 2)
        basic_again = basic
        delta = spent - last_year
        growth = pct(delta, last_year)
    elif inject == "rate":
        rate += Decimal(rng.choice((-1, 1)) * rng.randint(3, 9))
    elif inject == "sum":
        office_cost += Decimal(rng.randint(5, 40))
    elif inject == "conflict":
        basic_again = basic + Decimal(rng.randint(20, 90))
    elif inject == "change":
        delta += Decimal(rng.randint(10, 60))
    elif inject == "count":
        shown_units = n_units + rng.choice((-1, 1))
    wording = rng.randint(0, 1)
    r.lines += [f"{dept}{year}年度部门整体支出绩效自评报告", "", "一、部门基本情况", ""]
    r.lines.append(f"{dept}内设{shown_units}个股室：{'、'.join(units)}。")
    r.lines.append(f"全局在职人员{people}人，其中行政编制{admin}人，事业编制{people - admin}人。")
    r.lines += ["", "二、部门整体支出情况", ""]
    if wording:
        r.lines.append(f"{year}年全年预算数{budget}万元，全年执行数{spent}万元，执行率{rate}%。")
    else:
        r.lines.append(
            f"本年度全年预算数为{budget}万元，全年执行数为{spent}万元，完成预算的{rate}%。"
        )
    basic_text = f"{basic}"
    if inject == "format":
        whole, frac = f"{basic:,}".split(".")
        basic_text = f"{whole.replace(',', ', ')}. {frac}" if "," in whole else f"{whole}. {frac}"
    r.lines.append(
        f"基本支出{basic_text}万元，其中：人员经费{staff_cost}万元，公用经费{office_cost}万元。"
    )
    r.lines += ["", "三、部门整体支出绩效情况", ""]
    r.lines.append(f"本年支出{spent}万元，较上年的{last_year}万元增加{delta}万元，增长{growth}%。")
    r.lines.append(f"全年基本支出{basic_again}万元，主要用于保障机构正常运转。")
    r.injected = inject
    return r


def _project_table(rng: random.Random, inject: str) -> Report:
    r = Report("项目支出绩效自评表", rng.choice(("tab", "pipe")))
    name = rng.choice(PROJECTS)
    budget = money(rng, 20, 500)
    spent = (budget * Decimal(str(rng.uniform(0.8, 0.99)))).quantize(Q2, ROUND_HALF_UP)
    fiscal, carry = split(rng, budget, 2)
    rate = pct(spent, budget)
    rate_score = (rate / 100 * 10).quantize(Q2, ROUND_HALF_UP)
    rows_scores = [(w, w) for w in (20, 15, 15, 30, 10)]
    if inject == "over_budget":
        spent = (budget * Decimal(str(rng.uniform(1.05, 1.2)))).quantize(Q2, ROUND_HALF_UP)
        rate = pct(spent, budget)
        rate_score = Decimal(10)
    elif inject == "rate":
        rate = (rate - Decimal(rng.randint(4, 9))).quantize(Q2)
        rate_score = (rate / 100 * 10).quantize(Q2, ROUND_HALF_UP)
        rate = pct(spent, budget) + Decimal(rng.randint(4, 9))
    elif inject == "sum":
        carry += Decimal(rng.randint(3, 20))
    total_score = rate_score + sum(s for _, s in rows_scores)
    shown_total = total_score
    if inject == "score":
        shown_total = total_score - rng.randint(2, 6)
    rows = [
        ["项目名称", name, "", "", "", "", ""],
        ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", f"{budget}", f"{budget}", f"{spent}", "10", f"{rate}%", f"{rate_score}"],
        ["其中：当年财政拨款", f"{fiscal}", f"{fiscal}", "", "", "", ""],
        ["上年结转资金", f"{carry}", f"{carry}", "", "", "", ""],
        ["其他资金", "0", "0", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "受益人数", "500人", "520人", "20", "20"],
        ["", "质量指标", "验收合格率", "100%", "100%", "15", "15"],
        ["", "时效指标", "按时完成率", "100%", "100%", "15", "15"],
        ["效益指标", "社会效益指标", "群众生活改善", "明显", "明显", "30", "30"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "90%", "95%", "10", "10"],
        ["总分", "", "", "", "", "100", f"{shown_total}"],
    ]
    r.lines += [f"{name}项目支出绩效自评表", ""]
    for row in rows:
        r.lines.append("| " + " | ".join(row) + " |" if r.layout == "pipe" else "\t".join(row))
    r.injected = inject
    return r


def _target_form(rng: random.Random, inject: str) -> Report:
    r = Report("绩效目标申报表", "prose")
    dept = rng.choice(DEPTS)
    total = money(rng, 500, 8000)
    basic, project = split(rng, total, 2)
    staff, office = split(rng, basic, 2)
    if inject == "sum":
        project += Decimal(rng.randint(10, 50))
    r.lines += [f"{dept}部门整体预算绩效目标申报表", ""]
    r.lines.append(f"部门预算总额{total}万元，其中：基本支出{basic}万元，项目支出{project}万元。")
    r.lines.append(f"基本支出{basic}万元，其中：人员经费{staff}万元，公用经费{office}万元。")
    r.injected = inject
    return r


def _final_accounts(rng: random.Random, inject: str) -> Report:
    r = Report("决算说明", "prose")
    dept, year = rng.choice(DEPTS), rng.randint(2019, 2025)
    now = money(rng, 500, 9000)
    before = (now * Decimal(str(rng.uniform(0.8, 1.2)))).quantize(Q2, ROUND_HALF_UP)
    delta = now - before
    word = "增加" if delta >= 0 else "减少"
    rate = pct(abs(delta), before)
    if inject == "change":
        rate += Decimal(rng.randint(3, 12))
    income = split(rng, now, 3)
    r.lines += [f"{dept}{year}年度部门决算说明", "", "一、收入支出决算总体情况说明", ""]
    r.lines.append(
        f"{year}年度收入总计{now}万元，与上年的{before}万元相比，{word}{abs(delta)}万元，"
        f"{'增长' if delta >= 0 else '下降'}{rate}%。"
    )
    r.lines.append(
        f"收入总计{now}万元，其中：财政拨款收入{income[0]}万元，事业收入{income[1]}万元，"
        f"其他收入{income[2]}万元。"
    )
    r.injected = inject
    return r


# narrative a real report carries between its figures (most of a report is prose)
NARRATIVE = (
    "坚持以人民为中心的发展思想，围绕中心、服务大局，扎实推进各项重点工作落地见效。",
    "严格执行预算管理制度，规范资金审批流程，确保资金使用安全、合规、有效。",
    "加强绩效目标管理，将绩效理念融入预算编制、执行和监督的全过程。",
    "建立健全内部控制制度，定期开展自查自纠，及时整改发现的问题。",
    "强化部门协同配合，形成工作合力，推动各项政策措施落实到位。",
    "持续优化服务流程，提升办事效率，群众满意度进一步提高。",
    "加大政策宣传力度，通过多种渠道向社会公开预算和绩效信息。",
    "针对执行中发现的问题，明确责任分工和整改时限，确保整改到位。",
)


def pad_to(report: Report, size: int, rng: random.Random) -> Report:
    """Grow a report to about `size` bytes with narrative paragraphs after its sections,
    as real reports are: mostly prose, with the figures in a few places."""
    extra: list[str] = []
    while len(report.text().encode()) + len("\n".join(extra).encode()) < size:
        extra.append("".join(rng.sample(NARRATIVE, 4)))
    report.lines += ["", "四、主要工作措施", "", *extra]
    return report


# which kinds of report can carry which injected error
CARRIERS = {
    "over_budget": (_dept_report, _project_table),
    "rate": (_dept_report, _project_table),
    "sum": (_dept_report, _project_table, _target_form),
    "conflict": (_dept_report,),
    "score": (_project_table,),
    "change": (_dept_report, _final_accounts),
    "count": (_dept_report,),
    "format": (_dept_report,),
}
MAKERS = (_dept_report, _project_table, _target_form, _final_accounts)


def generate(out: Path, count: int, seed: int, inject: bool, size: int = 0) -> list[dict]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    truth = []
    kinds = list(INJECTIONS)
    for i in range(count):
        if inject:
            kind = kinds[i % len(kinds)]
            report = rng.choice(CARRIERS[kind])(rng, kind)
            if size:
                pad_to(report, size, rng)
        else:
            report = rng.choice(MAKERS)(rng, "")
        if size:
            pad_to(report, size, rng)
        name = f"{i:05d}.txt"
        (out / name).write_text(report.text(), encoding="utf-8")
        truth.append(
            {
                "file": name,
                "kind": report.kind,
                "layout": report.layout,
                "injected": report.injected,
                "expect": INJECTIONS.get(report.injected, ""),
            }
        )
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
    return truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--inject", action="store_true")
    parser.add_argument("--size", type=int, default=0, help="pad each report to about N bytes")
    args = parser.parse_args()
    generate(args.out, args.count, args.seed, args.inject, args.size)


if __name__ == "__main__":
    main()
