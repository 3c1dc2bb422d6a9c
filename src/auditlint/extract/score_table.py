"""Relations of a 项目支出绩效自评表's score rows: the 执行率 row's score, indicator rows (met,
missed, capped), rows guessed where a flattened or glued row lost its headings, and the 总分
row against the rows. A part of TableExtractor (tabular.py), which reads the rows."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from auditlint.document import Cell, Table
from auditlint.extract.model import Fact, Relation
from auditlint.numbers import NUMBER_RE, unit_kind

if TYPE_CHECKING:
    from auditlint.extract.tabular import _Header

NUMERIC_ONLY = re.compile(r"^[\d.,%\s]+$")
# cells of a guessed indicator row: target, actual, weight, score (the template's order; a
# glued row keeps the weight first, as OCR read it)
GUESSED_COLUMNS = {"flattened": (1, 2, 3, 4), "glued": (2, 3, 1, 4)}


class ScoreTableRelations:
    """The score-row relations of TableExtractor."""

    def _rate_score(self, rs: dict) -> None:
        if rs["weight"] is None or rs["rate"] is None:
            return
        roles = {"weight": rs["weight"].id, "rate": rs["rate"].id}
        extra = {}
        if rs["score"] is not None:
            roles["score"] = rs["score"].id
        elif rs["blank"] is not None:
            extra["blank"] = (rs["blank"].line, rs["blank"].column)
        else:
            return
        self.relations.append(
            Relation(kind="rate_score", roles=roles, line=rs["rate"].line, extra=extra)
        )

    def _guessed_indicator(self, table: Table, scope: str, r: int, row: list[Cell]) -> None:
        """An indicator row read without its headings: `label 214人 203人 2 1.8` is 年度指标值,
        实际完成值 (one unit), then 分值 and 得分 (plain, score ≤ weight ≤ 20). A dash target
        with a rate on a 执行率 row is that row's 分值/执行率/得分. Anything less regular is left
        alone."""
        texts = [c.text.strip() for c in row]
        if len(row) != 5 or not texts[0] or NUMBER_RE.search(texts[0]):
            return
        ti, ai, wi, si = GUESSED_COLUMNS[table.layout]
        if not all(NUMERIC_ONLY.match(texts[i]) and "%" not in texts[i] for i in (wi, si)):
            return
        if not Decimal(0) <= Decimal(texts[si]) <= Decimal(texts[wi]) <= 20:
            return
        unit = self._unit_of(row[ti])
        dash = bool(texts[ti]) and set(texts[ti]) <= set("-—–一/")
        if dash and self.domain.header_role(texts[0]) == "rate" and texts[ai].endswith("%"):
            shape = "rate"
        elif texts[ti] == texts[ai] and not unit and NUMBER_RE.search(texts[ti]):
            shape = "met"  # printed alike but not a quantity (`2021年12月完成`)
        elif unit and unit == self._unit_of(row[ai]) and unit_kind(unit) != "money":
            shape = "indicator"
        else:
            return
        label = texts[0]
        weight = self._fact(row[wi], f"{label}:分值", "weight", table, scope, r, wi, "分")
        score = self._fact(row[si], f"{label}:得分", "score", table, scope, r, si, "分")
        if weight is None or score is None:
            return
        line = row[si].line
        cap = Relation(kind="score_cap", roles={"weight": weight.id, "score": score.id}, line=line)
        if shape == "rate":
            rate = self._fact(row[ai], f"{label}:执行率", "rate", table, scope, r, ai, "%")
            self._rate_score({"weight": weight, "rate": rate, "score": score, "blank": None})
            return
        if shape == "met":
            self.relations += [cap, self._met(weight, score, label, texts[ti])]
            return
        target = self._fact(row[ti], f"{label}:目标", "target", table, scope, r, ti)
        actual = self._fact(row[ai], f"{label}:实际", "actual", table, scope, r, ai)
        if target is None or actual is None:  # a cell too long to be one figure
            return
        self.relations += [
            cap,
            Relation(
                kind="indicator",
                roles={
                    "target": target.id,
                    "actual": actual.id,
                    "weight": weight.id,
                    "score": score.id,
                },
                line=line,
                extra={"level": "", "label": label, "guessed": True},
            ),
        ]

    @staticmethod
    def _met(weight: Fact, score: Fact, label: str, printed: str) -> Relation:
        """An indicator whose actual is printed exactly as its target (a date, a deadline)."""
        return Relation(
            kind="indicator_met",
            roles={"weight": weight.id, "score": score.id},
            line=score.line,
            extra={"label": label, "printed": printed},
        )

    def _indicator(self, ind: dict, header: _Header) -> None:
        weight, score = ind["weight"], ind["score"]
        if weight is not None and score is not None:
            self.relations.append(
                Relation(
                    kind="score_cap",
                    roles={"weight": weight.id, "score": score.id},
                    line=score.line,
                )
            )
        if weight is None or score is None or ind["target"] is None or ind["actual"] is None:
            return
        printed = ind["target"].text.strip()
        if (
            printed == ind["actual"].text.strip()
            and NUMBER_RE.search(printed)
            and not self._unit_of(ind["target"])
        ):  # printed alike but not a quantity (`2023年6月底`)
            self.relations.append(self._met(weight, score, ind["label"], printed))
            return
        t = self._fact(
            ind["target"], f"{ind['label']}:目标", "target", ind["table"], ind["scope"], ind["r"], 0
        )
        a = self._fact(
            ind["actual"], f"{ind['label']}:实际", "actual", ind["table"], ind["scope"], ind["r"], 0
        )
        if t is None or a is None or t.kind != a.kind or t.kind in ("date", "none"):
            return
        self.relations.append(
            Relation(
                kind="indicator",
                roles={"target": t.id, "actual": a.id, "weight": weight.id, "score": score.id},
                line=score.line,
                extra={"level": ind["level"], "label": ind["label"]},
            )
        )

    def _score_total(
        self,
        cells: dict[str, Fact | None],
        levels: list[dict],
        rate_score: dict | None,
        rows: list[dict],
        open_rate: bool = False,
    ) -> None:
        wt, st = cells.get("weight"), cells.get("score")
        weights = [r["weight"].id for r in rows if r["weight"] is not None]
        scores = [r["score"].id for r in rows if r["score"] is not None]
        due: list[dict] = []
        if rate_score and rate_score["weight"] is not None:
            weights.append(rate_score["weight"].id)
            if rate_score["score"] is not None:
                scores.append(rate_score["score"].id)
            elif rate_score["rate"] is not None:
                due.append({"rate": rate_score["rate"].id, "weight": rate_score["weight"].id})
        if open_rate:  # a row unread shows as weights short of the total; else none is missing
            row_weights = sum(r["weight"].value for r in rows if r["weight"] is not None)
            open_rate = wt is not None and row_weights < wt.value
        if wt is not None and weights:
            self.relations.append(
                Relation(
                    kind="score_total",
                    roles={"total": wt.id, "rows": weights},
                    line=wt.line,
                    extra={"what": "weight", "open_rate": open_rate},
                )
            )
        if st is not None and scores:
            self.relations.append(
                Relation(
                    kind="score_total",
                    roles={"total": st.id, "rows": scores},
                    line=st.line,
                    extra={"what": "score", "due": due, "open_rate": open_rate},
                )
            )

    # ----------------------------------------------- budget table: two sides
