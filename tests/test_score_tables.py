"""Score tables read the wrong way round stay silent; one real score above its weight does not."""

from conftest import codes

HEADER = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"


def test_a_table_whose_columns_read_the_wrong_way_round_is_not_a_list_of_errors(write):
    # the template printed 得分 where the header says 分值: every row "scores above" its weight
    rows = "".join(
        f"产出指标\t数量指标\t指标{k}\t≥{k}0个\t{k}2个\t{w}\t{w + 5}\n"
        for k, w in ((1, 5), (2, 10), (3, 5), (4, 10))
    )
    assert [c for c in codes(write(HEADER + rows)) if c[0] == "AL402"] == []


def test_one_row_above_its_weight_is_still_found(write):
    rows = (
        "产出指标\t数量指标\t指标1\t≥10个\t12个\t10\t10\n"
        "产出指标\t质量指标\t指标2\t≥95%\t98%\t10\t12\n"
        "效益指标\t社会效益\t指标3\t提升\t提升\t10\t10\n"
        "满意度指标\t满意度\t指标4\t≥90%\t95%\t10\t10\n"
    )
    assert [(c[0], sorted(c[2])) for c in codes(write(HEADER + rows)) if c[0] == "AL402"] == [
        ("AL402", [10, 12])
    ]
