"""Whatever a report says, every file is checked: texts made of the words, marks and figures
reports are built from, in any order, never end a file's check with an internal error (AL000).
Each wording below once did."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditlint.runner import lint

PIECES = [
    "其中：", "其中", "，", "；", "。", "：", "、", "（", "）", "(", ")", "①", "②", "⑳",
    "一是", "二是", "1.", "2.", "（一）", "一、", "合计", "总计", "小计", "分别为", "包括", "即",
    "比上年", "较上年", "增加", "减少", "增长", "下降", "提高", "个百分点", "占", "占比", "的",
    "执行率", "完成预算的", "预算", "年初预算", "决算", "支出", "收入", "结余", "基本支出",
    "三公经费", "得分", "分值", "分", "万元", "元", "%", "人", "个", "项", "以下三个方面",
    "如下", "|", "\n", "\t", " ", "— 4 —", "100", "0", "12.5", "-3.2", "(4.45)", "1,234.56",
    "2023年", "百分之九十", "三", "〔2023〕5号", "年度资金总额", "全年预算数", "全年执行数",
    "指标1", "产出指标（40分）", "≥", "约",
]  # fmt: skip


def _codes(tmp_path, text: str) -> list[str]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [f.code for f in lint([path]).findings]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that opens with a comparison in points only
        "2023年预算执行率为98.00%。较上年提高3个百分点。\n",
        # items numbered with circled numbers inside a sentence
        "项目资金110.00万元，其中：①设备购置70.00万元；②人员培训40.00万元。\n",
    ],
)
def test_wordings_that_once_ended_the_check(tmp_path, text):
    assert "AL000" not in _codes(tmp_path, text)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(PIECES), min_size=5, max_size=90))
def test_any_text_of_report_pieces_is_checked_to_the_end(tmp_path, pieces):
    assert "AL000" not in _codes(tmp_path, "".join(pieces) + "\n")
