"""Every reader reproduces the text reader's findings on the same content, points to a place a
person can find, and turns every kind of bad input into its own finding."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from conftest import seed
from report_files import (
    prose_and_tables,
    write_csv,
    write_docx,
    write_html,
    write_pdf,
    write_xlsx,
)

from auditlint.config import Config
from auditlint.readers import read_path
from auditlint.runner import lint


def found(*paths: Path) -> list[tuple[str, tuple]]:
    return sorted((f.code, tuple(f.values)) for f in lint(list(paths), Config()).findings)


@pytest.fixture(scope="module")
def content():
    """Seed 003's prose and tables, and the findings the text reader gives for each part."""
    doc = read_path(seed("003"))
    prose, tables = prose_and_tables(doc)
    in_table = {c.line for t in doc.tables for row in t.rows for c in row}
    findings = lint([seed("003")], Config()).findings
    every = sorted((f.code, tuple(f.values)) for f in findings)
    table_only = sorted((f.code, tuple(f.values)) for f in findings if f.line in in_table)
    first = {c.line for row in doc.tables[0].rows for c in row}
    first_table = sorted((f.code, tuple(f.values)) for f in findings if f.line in first)
    return prose, tables, every, table_only, first_table


def test_content_carries_prose_and_table_findings(content):
    _, tables, every, table_only, first_table = content
    assert len(tables) == 2 and len(every) == 9 and len(table_only) == 6
    assert [c for c, _ in first_table] == ["AL101", "AL102", "AL201", "AL201"]


def test_docx_same_findings_with_paragraph_and_cell_locations(tmp_path, content):
    prose, tables, every, *_ = content
    path = write_docx(tmp_path / "r.docx", prose, tables)
    assert found(path) == every
    where = {f.code: f.location for f in lint([path]).findings}
    assert where["AL101"] == "表 1 第 6 行 第 6 列"
    assert where["AL301"].startswith("段落 ")


def test_xlsx_same_table_findings_with_sheet_cells(tmp_path, content):
    _, tables, _, table_only, _ = content
    path = write_xlsx(tmp_path / "r.xlsx", tables)
    assert found(path) == table_only
    where = {f.code: f.location for f in lint([path]).findings}
    assert where["AL101"] == "表1!F6" and where["AL404"] == "表2!I6"


def test_csv_gbk_without_bom(tmp_path, content):
    _, tables, *_, first_table = content
    path = write_csv(tmp_path / "r.csv", tables[0], encoding="gbk")
    assert found(path) == first_table
    assert {f.location for f in lint([path]).findings} == {"C6", "D6", "E6", "G6"}


def test_html_same_findings(tmp_path, content):
    prose, tables, every, *_ = content
    path = write_html(tmp_path / "r.html", prose, tables)
    assert found(path) == every


def test_pdf_ruled_tables_same_findings(tmp_path, content):
    _, tables, _, table_only, _ = content
    path = write_pdf(tmp_path / "r.pdf", tables)
    assert found(path) == table_only
    where = {f.code: f.location for f in lint([path]).findings}
    assert where["AL101"] == "第 1 页 表 1 第 6 行 第 6 列"


def test_locations_reach_every_output_format(tmp_path, content):
    from auditlint.reporters import render

    _, tables, *_ = content
    result = lint([write_xlsx(tmp_path / "r.xlsx", tables)])
    for fmt, needle in [("json", '"location": "表1!F6"'), ("concise", "(表1!F6)"),
                        ("junit", "表1!F6"), ("sarif", "表1!F6"), ("github", "表1!F6")]:  # fmt: skip
        out = io.StringIO()
        render(result, fmt, out)
        assert needle in out.getvalue(), fmt


def test_report_data_round_trip_and_hand_correction(tmp_path):
    import subprocess
    import sys

    data = subprocess.run(
        [sys.executable, "-m", "auditlint.cli", "extract", seed("003"), "--format", "yaml"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    path = tmp_path / "r.yaml"
    path.write_text(data, encoding="utf-8")
    assert found(path) == found(seed("003"))[:0] + [
        x for x in found(seed("003")) if x[0] != "AL702"
    ]
    lines = data.splitlines()
    over = next(f for f in lint([path]).findings if f.code == "AL101")
    assert over.location.startswith("facts[") and lines[over.line - 1].lstrip().startswith("- id:")

    # a reviewer corrects the execution figure by hand: the finding goes away
    fact = over.location
    index = int(fact[6:-1])
    import yaml

    doc = yaml.safe_load(data)
    doc["facts"][index + 0]  # the budget side; find the execution fact by value instead
    for f in doc["facts"]:
        if f["text"] == "96.4":
            f["value"], f["text"] = "86.4", "86.4"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert "AL101" not in {c for c, _ in found(path)}


@pytest.mark.parametrize(
    ("text", "path_in_data", "line"),
    [
        ("format: auditlint-report/1\nfacts:\n  - id: 1\n    value: 八十六\n    unit: 万元\n    label: 预算数\n",
         "facts[0].value", 4),
        ("format: auditlint-report/1\nfacts:\n  - id: 1\n    value: 5\n    label: 预算数\n", "facts[0]", 3),
        ("format: auditlint-report/1\ntables:\n  - rows: [[a, {b: 1}]]\n", "tables[0].rows[0][1]", 3),
        ("format: auditlint-report/1\nfacts: []\nrelations:\n  - kind: share\n    roles: {part: 7}\n",
         "relations[0].roles.part", 5),
        ("format: something-else\nlines: []\n", "format", 1),
        ('{"format": "auditlint-report/1", "lines": [1, "x"]}', "lines[0]", 1),
    ],
)  # fmt: skip
def test_report_data_errors_name_the_path_and_line(tmp_path, text, path_in_data, line):
    p = tmp_path / ("r.json" if text.startswith("{") else "r.yaml")
    p.write_text(text, encoding="utf-8")
    (f,) = lint([p]).findings
    assert (f.code, f.line) == ("AL009", line)
    assert f.message_en.startswith(path_in_data + ":")


# ---- bad input, tried on purpose: each its own finding, and the run goes on ----


def _zip(entries: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def _locked_xls() -> bytes:
    """A LibreOffice .xls (tests/data/converted) as a password makes it: a FILEPASS record
    right after the workbook's BOF, where Excel writes it (the records after it would be
    encrypted; a reader must stop there)."""
    data = bytearray((Path(__file__).parent / "data/converted/tables003.xls").read_bytes())
    bof = data.find(bytes([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]))  # BIFF8 globals
    assert bof >= 0
    data[bof + 20 : bof + 22] = bytes([0x2F, 0x00])  # the next record becomes FILEPASS
    return bytes(data)


def _bad_inputs(tmp_path: Path, content) -> dict[str, tuple[Path, str]]:
    prose, tables, *_ = content
    good_docx = write_docx(tmp_path / "good.docx", prose[:3], tables[:1]).read_bytes()
    good_xlsx = write_xlsx(tmp_path / "good.xlsx", tables[:1]).read_bytes()
    cases = {
        "empty": ("empty.txt", b"", "AL003"),
        "empty docx": ("empty.docx", b"", "AL003"),
        "binary junk": ("junk.docx", os.urandom(4096), "AL005"),
        "binary junk as text": ("junk.txt", bytes(range(256)) * 16, "AL002"),
        "truncated docx": ("cut.docx", good_docx[: len(good_docx) // 2], "AL005"),
        "truncated xlsx": ("cut.xlsx", good_xlsx[: len(good_xlsx) // 3], "AL005"),
        "zip that is not a document": ("other.docx", _zip({"a.txt": b"hello"}), "AL005"),
        "zip bomb": ("bomb.xlsx", _zip({"xl/big.xml": b"0" * (300 * 1024 * 1024 // 10)} | {f"xl/p{i}.xml": b"0" * (25 * 1024 * 1024) for i in range(9)}), "AL006"),
        "external entity": ("xxe.docx", _zip({"[Content_Types].xml": b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><t>&x;</t>'}), "AL007"),
        "encrypted pdf": ("locked.pdf", write_pdf(tmp_path / "locked-src.pdf", tables[:1], encrypt="secret").read_bytes(), "AL008"),
        "junk pdf": ("junk.pdf", b"%PDF-1.7\n" + os.urandom(2000), "AL005"),
        "password-protected xls": ("locked.xls", _locked_xls(), "AL008"),
        "deep html": ("deep.html", b"<div>" * 5000 + "执行数 1 万元".encode() + b"</div>" * 5000, "AL006"),
        "gbk text without BOM": ("gbk.txt", "全年预算数 86.4 万元，全年执行数 96.4 万元。".encode("gbk"), "AL101"),
    }  # fmt: skip
    out = {}
    for name, (filename, data, code) in cases.items():
        p = tmp_path / filename
        p.write_bytes(data)
        out[name] = (p, code)
    return out


def test_every_bad_input_is_its_own_finding_and_the_run_goes_on(tmp_path, content):
    cases = _bad_inputs(tmp_path, content)
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # 100 MB, sparse: never read
        fh.truncate(100 * 1024 * 1024)
    gone = tmp_path / "gone.txt"
    locked_dir = tmp_path / "locked"
    locked_dir.mkdir()
    (locked_dir / "r.txt").write_text("全年预算数 1 万元。", encoding="utf-8")
    locked_dir.chmod(0)
    good = tmp_path / "good.txt"
    good.write_text("全年预算数 86.4 万元，全年执行数 96.4 万元。\n", encoding="utf-8")
    paths = [p for p, _ in cases.values()] + [big, gone, locked_dir / "r.txt", good]
    try:
        result = lint(paths)
    finally:
        locked_dir.chmod(0o755)
    by_file = {}
    for f in result.findings:
        by_file.setdefault(Path(f.path).name, []).append(f.code)
    for name, (p, code) in cases.items():
        assert by_file.get(p.name, [None])[0] == code, name
    assert by_file["huge.txt"] == ["AL004"]
    assert by_file["gone.txt"] == ["AL001"]
    if os.geteuid() != 0:  # root reads through permissions
        assert by_file["r.txt"] == ["AL001"]
    assert by_file["good.txt"] == ["AL101"]
    assert not result.internal_error


def test_a_file_that_disappears_mid_run(tmp_path, monkeypatch):
    import auditlint.runner as runner

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for p in (first, second):
        p.write_text("全年预算数 86.4 万元，全年执行数 96.4 万元。\n", encoding="utf-8")
    real = runner.load_bytes

    def vanish_second(path):
        if path.name == "a.txt":
            second.unlink()
        return real(path)

    monkeypatch.setattr(runner, "load_bytes", vanish_second)
    result = lint([tmp_path])
    assert [(Path(f.path).name, f.code) for f in result.findings] == [
        ("a.txt", "AL101"),
        ("b.txt", "AL001"),
    ]


def test_no_traceback_from_the_cli_on_bad_input(tmp_path, content):
    import subprocess
    import sys

    cases = _bad_inputs(tmp_path, content)
    r = subprocess.run(
        [sys.executable, "-m", "auditlint.cli", "check", "--no-cache", "-f", "json",
         *[str(p) for p, _ in cases.values()]],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert len({f["path"] for f in json.loads(r.stdout)}) == len(cases)
