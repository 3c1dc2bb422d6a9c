"""Files as reviewers receive them: .odt, .rtf, .doc (through LibreOffice), .xls, .ods and
.tsv made by real tools (tests/data/converted/make.sh), each giving the findings of the file
it was made from and no others; no format silently passed over in a folder; hostile input a
finding in bounded time."""

from __future__ import annotations

import io
import shutil
import stat
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from conftest import seed

from auditlint.config import Config
from auditlint.readers import convert
from auditlint.runner import lint

FIXTURES = Path(__file__).parent / "data" / "converted"
SOFFICE = convert.soffice()


def findings(*paths: Path) -> Counter:
    return Counter((f.code, tuple(f.values)) for f in lint(list(paths), Config()).findings)


@pytest.mark.parametrize("number", ["000", "003"])
@pytest.mark.parametrize("fmt", ["odt", "rtf"])
def test_open_and_rich_text_give_the_findings_of_their_source(number, fmt):
    assert findings(FIXTURES / f"seed{number}.{fmt}") == findings(seed(number))


@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_legacy_and_open_spreadsheets_give_the_findings_of_the_workbook(fmt):
    expected = findings(FIXTURES / "tables003.xlsx")
    assert sum(expected.values()) >= 5
    assert findings(FIXTURES / f"tables003.{fmt}") == expected


def test_spreadsheet_cells_are_located_and_the_sheet_name_is_no_text():
    result = lint([FIXTURES / "tables003.ods"], Config())
    assert all(f.location.startswith("表") and "!" in f.location for f in result.findings)
    from auditlint.extract import extract
    from auditlint.readers import read_path

    facts = extract(read_path(FIXTURES / "tables003.ods")).facts
    assert not any(f.text in ("1", "2") and f.label == "" for f in facts)  # 表1, 表2


def test_tsv_is_read_as_a_text_table(tmp_path):
    tsv = tmp_path / "r.tsv"
    shutil.copy(seed("003"), tsv)
    assert findings(tsv) == findings(seed("003"))


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (soffice); .ci/run installs it")
@pytest.mark.parametrize("number", ["000", "003"])
def test_word_97_through_libreoffice(number, tmp_path):
    doc = tmp_path / f"r{number}.doc"
    shutil.copy(FIXTURES / f"seed{number}.doc", doc)
    before = doc.read_bytes()
    assert findings(doc) == findings(seed(number))
    assert doc.read_bytes() == before and sorted(tmp_path.iterdir()) == [doc]  # never written


def test_without_libreoffice_a_legacy_file_says_how_to_read_it(tmp_path, monkeypatch):
    monkeypatch.setattr(convert, "soffice", lambda: None)
    for suffix, target in ((".doc", ".docx"), (".wps", ".docx"), (".et", ".xlsx")):
        path = tmp_path / f"r{suffix}"
        path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(600))
        (f,) = lint([path], Config()).findings
        assert (f.code, f.severity) == ("AL010", "error")
        assert suffix in f.message and "LibreOffice" in f.message and target in f.message
        assert "LibreOffice" in f.message_en and target in f.message_en


def test_a_converter_that_hangs_is_ended(tmp_path, monkeypatch):
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(convert, "soffice", lambda: str(fake))
    monkeypatch.setattr(convert, "TIME_LIMIT", 1)
    path = tmp_path / "r.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(600))
    start = time.monotonic()
    (f,) = lint([path], Config()).findings
    assert time.monotonic() - start < 10
    assert f.code == "AL010" and "1 秒" in f.message and "ended" in f.message_en


def test_no_report_format_is_silently_passed_over_in_a_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(convert, "soffice", lambda: None)
    for name in ("seed003.odt", "seed003.rtf", "tables003.xls", "tables003.ods"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(600))
    (tmp_path / "old.et").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(600))
    shutil.copy(seed("000"), tmp_path / "r.tsv")
    result = lint([tmp_path], Config())
    assert len(result.files) == 7
    hit = {Path(f.path).name for f in result.findings}
    assert hit == {p.name for p in tmp_path.iterdir()}
    assert {f.code for f in result.findings if Path(f.path).suffix in (".doc", ".et")} == {"AL010"}


def test_rtf_nested_a_hundred_thousand_groups_deep(tmp_path):
    path = tmp_path / "deep.rtf"
    path.write_bytes(b"{\\rtf1 " + b"{" * 100_000 + "执行数".encode("gbk") + b"}" * 100_000 + b"}")
    start = time.monotonic()
    result = lint([path], Config())
    assert time.monotonic() - start < 10 and not result.internal_error


def test_rtf_that_is_not_rtf_is_a_finding(tmp_path):
    path = tmp_path / "r.rtf"
    path.write_bytes("全年预算数 86.4 万元".encode())
    (f,) = lint([path], Config()).findings
    assert f.code == "AL005"


def _ods(rows_xml: str) -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        '<office:spreadsheet><table:table table:name="S">'
        f"{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    return buf.getvalue()


def test_ods_with_a_million_rows_is_a_finding_in_bounded_time(tmp_path):
    row = (
        '<table:table-row table:number-rows-repeated="1000000">'
        '<table:table-cell table:number-columns-repeated="3"><text:p>1</text:p>'
        "</table:table-cell></table:table-row>"
    )
    path = tmp_path / "big.ods"
    path.write_bytes(_ods(row))
    start = time.monotonic()
    (f,) = lint([path], Config()).findings
    assert time.monotonic() - start < 20
    assert f.code == "AL006"


def test_ods_trailing_repeats_do_not_make_a_wide_sheet(tmp_path):
    rows = (
        "<table:table-row><table:table-cell><text:p>全年预算数</text:p></table:table-cell>"
        "<table:table-cell><text:p>全年执行数</text:p></table:table-cell>"
        '<table:table-cell table:number-columns-repeated="16000"/></table:table-row>'
        "<table:table-row><table:table-cell><text:p>86.40</text:p></table:table-cell>"
        "<table:table-cell><text:p>96.40</text:p></table:table-cell></table:table-row>"
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
        'table:number-columns-repeated="16000"/></table:table-row>'
    )
    path = tmp_path / "r.ods"
    path.write_bytes(_ods(rows))
    from auditlint.readers import read_path

    doc = read_path(path)
    assert [len(r) for t in doc.tables for r in t.rows] == [2, 2]
    assert [f.code for f in lint([path], Config()).findings] == ["AL101"]


def test_xls_that_is_not_one_is_a_finding(tmp_path):
    path = tmp_path / "r.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(600))
    (f,) = lint([path], Config()).findings
    assert f.code == "AL005"


@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods"])
def test_a_spreadsheet_finding_is_at_its_row_and_cell(fmt):
    """`line` is the sheet's row and `column` the cell's column, as the location says."""
    import re

    from auditlint.readers.sheets import column_letter

    result = lint([FIXTURES / f"tables003.{fmt}"], Config())
    assert result.findings
    for f in result.findings:
        letters, row = re.fullmatch(r".+!([A-Z]+)(\d+)", f.location).groups()
        assert f.line == int(row) and column_letter(f.column - 1) == letters, f.location
