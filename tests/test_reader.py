from auditlint.readers import ReadProblem, read_path


def test_gb18030_without_bom(write):
    p = write("全年预算数100万元，执行数90万元。\n", encoding="gb18030")
    doc = read_path(p)
    assert doc.encoding == "gb18030"
    assert doc.lines[0].text.startswith("全年预算数100万元")


def test_utf8_bom_and_mixed_line_endings(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes("\ufeff第一行\r\n第二行\n第三行\r第四行".encode())
    doc = read_path(p)
    assert [ln.text for ln in doc.lines] == ["第一行", "第二行", "第三行", "第四行"]
    assert [ln.number for ln in doc.lines] == [1, 2, 3, 4]


def test_empty_binary_and_missing_files_are_problems_not_crashes(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    binary = tmp_path / "junk.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    results = [read_path(p) for p in (empty, binary, tmp_path / "gone.txt", tmp_path)]
    assert [r.code for r in results] == ["AL003", "AL002", "AL001", "AL001"]
    assert all(isinstance(r, ReadProblem) for r in results)
