"""The terminal view laid out by display width (CJK characters take two columns), at the
widths people's terminals have, with rich's console at a fixed width."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from rich.cells import cell_len

from auditlint.config import Config
from auditlint.reporters.full import wrap, write_full
from auditlint.runner import lint

# a long sentence of our own: the figures sit far to the right, past 80 columns of CJK text
REPORT = (
    "本单位坚持以人民为中心的发展思想，围绕年度重点工作任务，统筹安排各项资金，"
    "经认真梳理核对，全年预算数 86.40 万元，全年执行数 96.40 万元，执行率 100.10%，"
    "资金使用总体规范。\n\n"
    "二、基本支出情况\n\n"
    "基本支出 120.00 万元，其中：人员经费 80.00 万元，公用经费 30.00 万元。\n"
)


@pytest.fixture
def findings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the path as a user types it, relative
    Path("自评报告.txt").write_text(REPORT, encoding="utf-8")
    result = lint(["自评报告.txt"], Config(root=str(tmp_path)))
    assert {f.code for f in result.findings} == {"AL101", "AL102", "AL201"}
    return result


def render(result, width: int, lang: str = "zh") -> list[str]:
    out = io.StringIO()
    write_full(result, out, lang, color=False, width=width)
    return out.getvalue().splitlines()


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_line_fits_the_width(findings, width, lang):
    lines = render(findings, width, lang)
    assert max(cell_len(line) for line in lines) <= width
    assert sum("│" in line for line in lines) == 2 * len(findings.findings)


@pytest.mark.parametrize("width", [80, 120])
def test_messages_whole_and_severity_as_a_word(findings, width):
    lines = render(findings, width)
    text = "\n".join(lines)
    for f in findings.findings:
        head = next(i for i, line in enumerate(lines) if f"{f.place}: {f.code} " in line)
        assert ("错误" if f.severity == "error" else "警告") in lines[head]
        if f.message in lines[head]:
            continue  # fits beside the place
        # on the lines below, indented, broken only between words or CJK characters
        body = []
        for line in lines[head + 1 :]:
            if not line.startswith("    ") or "│" in line:
                break
            body.append(line[4:])
        assert "".join(body).replace(" ", "") == f.message.replace(" ", ""), text
        for a, b in itertools.pairwise(body):
            assert not (a[-1].isdigit() and b[0].isdigit()), (a, b)  # no number cut in two


@pytest.mark.parametrize("width", [80, 120])
def test_excerpt_cut_around_the_figure_with_a_marker_under_it(findings, width):
    lines = render(findings, width)
    for i, line in enumerate(lines):
        if "│ " not in line or line.strip().startswith("│"):
            continue
        marker = lines[i + 1]
        excerpt = line.split("│ ", 1)[1]
        carets = marker.split("│ ", 1)[1]
        lead = len(carets) - len(carets.lstrip(" "))
        # the carets stand under the figure: same display column, same display width
        col = 0
        for pos, ch in enumerate(excerpt):
            if col == lead:
                figure = excerpt[pos : pos + 30]
                break
            col += cell_len(ch)
        else:
            pytest.fail(f"marker column {lead} not at a character start: {excerpt}")
        width_marked = carets.count("^")
        assert figure[0].isdigit(), (excerpt, carets)
        assert cell_len(figure) >= width_marked


def test_wider_terminals_show_more_context(findings):
    narrow = [line for line in render(findings, 80) if "│ " in line and "^" not in line]
    wide = [line for line in render(findings, 120) if "│ " in line and "^" not in line]
    assert sum(map(cell_len, wide)) > sum(map(cell_len, narrow))


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("全年预算数 86.40 万元", 10, ["全年预算数", "86.40 万元"]),
        ("全年预算数86.40万元，执行率", 12, ["全年预算数86", "…"]),
        ("甲乙丙丁，戊己", 8, ["甲乙丙", "丁，戊己"]),  # no line starts with a comma
        ("budget 86.4 exceeds", 12, ["budget 86.4", "exceeds"]),
    ],
)
def test_wrap_breaks_where_a_line_may_break(text, width, lines):
    got = wrap(text, width)
    assert all(cell_len(line) <= width for line in got)
    assert "".join(got).replace(" ", "") == text.replace(" ", "")
    if lines[-1] != "…":
        assert got == lines
    else:
        assert not any(a[-1].isdigit() and b[:1].isdigit() for a, b in itertools.pairwise(got))
