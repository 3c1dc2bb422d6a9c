"""Machine formats, validated and parsed rather than compared as strings: JUnit against a
Jenkins-style XSD and with junitparser, SARIF against the SARIF 2.1.0 schema, GitHub
annotations by parsing the workflow commands back."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import xmlschema
from conftest import SAMPLES, seed
from junitparser import Error, Failure, JUnitXml

from auditlint.reporters.github import escape_data, escape_property

DATA = Path(__file__).parent / "data"
EXE = [sys.executable, "-m", "auditlint.cli", "check", "--no-cache"]


def run(*args, cwd=None):
    return subprocess.run(
        [*EXE, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def json_findings(*paths) -> list[dict]:
    return json.loads(run("-f", "json", *paths).stdout)


def test_junit_validates_and_lists_every_file(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    clean = SAMPLES / "fixed" / seed("003").name
    out = tmp_path / "report.xml"
    r = run("-f", "junit", "-o", out, seed("003"), clean, junk)
    assert r.returncode == 1 and r.stdout == ""
    xmlschema.XMLSchema(DATA / "junit-jenkins.xsd").validate(out)

    expected = json_findings(seed("003"), clean, junk)
    xml = JUnitXml.fromfile(str(out))
    suites = {s.name: s for s in xml}
    assert set(suites) == {seed("003").as_posix(), clean.as_posix(), junk.as_posix()}

    seed_cases = list(suites[seed("003").as_posix()])
    assert len(seed_cases) == suites[seed("003").as_posix()].failures == 9
    for case, finding in zip(
        seed_cases, [f for f in expected if f["path"].endswith(seed("003").name)], strict=True
    ):
        (failure,) = case.result
        assert isinstance(failure, Failure)
        assert failure.message.startswith(finding["code"])
        assert f":{finding['line']}:{finding['column']}: {finding['code']}" in failure.text
        assert "values: " + ", ".join(map(str, finding["values"])) in failure.text

    (passing,) = list(suites[clean.as_posix()])
    assert passing.is_passed
    (broken,) = list(suites[junk.as_posix()])
    assert isinstance(broken.result[0], Error) and broken.result[0].message.startswith("AL002")
    assert xml.failures == 9 and xml.errors == 1


def test_junit_survives_control_characters_in_source(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("执行数 96.4 万元，预算数 86.4 万元，执行率 100%。\x0b\n", encoding="utf-8")
    out = tmp_path / "r.xml"
    run("-f", "junit", "-o", out, report)
    xmlschema.XMLSchema(DATA / "junit-jenkins.xsd").validate(out)


def test_sarif_validates_with_rules_and_fingerprints(tmp_path):
    r = run("-f", "sarif", seed("003"), seed("000"))
    log = json.loads(r.stdout)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(log, schema, format_checker=jsonschema.FormatChecker())

    (sarif_run,) = log["runs"]
    rules = sarif_run["tool"]["driver"]["rules"]
    by_id = {rule["id"]: i for i, rule in enumerate(rules)}
    assert {"AL101", "AL201", "AL301"} <= set(by_id)
    assert all(rule["help"]["text"] and rule["shortDescription"]["text"] for rule in rules)
    expected = json_findings(seed("003"), seed("000"))
    results = sarif_run["results"]
    assert len(results) == len(expected) == 10
    for res, finding in zip(results, expected, strict=True):
        assert res["ruleId"] == finding["code"]
        assert res["ruleIndex"] == by_id[finding["code"]]
        region = res["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (finding["line"], finding["column"])
        assert region["endColumn"] == finding["end_column"] + 1  # SARIF end is exclusive
        assert res["partialFingerprints"]["auditlint/v1"] == finding["fingerprint"]


def test_sarif_fingerprints_survive_lines_added_above(tmp_path):
    text = seed("003").read_text(encoding="utf-8")
    before, after = tmp_path / "a", tmp_path / "b"
    before.mkdir()
    after.mkdir()
    (before / "r.txt").write_text(text, encoding="utf-8")
    (after / "r.txt").write_text("新增的说明一行。\n\n另一行。\n" + text, encoding="utf-8")

    def prints(cwd):
        res = json.loads(run("-f", "sarif", "r.txt", cwd=cwd).stdout)["runs"][0]["results"]
        return [
            (
                r["partialFingerprints"]["auditlint/v1"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
            )
            for r in res
        ]

    old, new = prints(before), prints(after)
    assert [fp for fp, _ in old] == [fp for fp, _ in new]
    assert [line + 3 for _, line in old] == [line for _, line in new]


_COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def test_github_annotations_parse_back(tmp_path):
    r = run("-f", "github", seed("003"), seed("004"))
    expected = json_findings(seed("003"), seed("004"))
    lines = r.stdout.splitlines()
    assert len(lines) == len(expected)
    for line, finding in zip(lines, expected, strict=True):
        level, props, message = _COMMAND.match(line).groups()
        assert (
            level == {"error": "error", "warning": "warning", "info": "notice"}[finding["severity"]]
        )
        fields = dict(p.split("=", 1) for p in props.split(","))
        assert unquote(fields["file"]) == finding["path"]
        assert (int(fields["line"]), int(fields["col"])) == (finding["line"], finding["column"])
        assert unquote(fields["title"]).startswith(finding["code"])
        assert unquote(message) == f"{finding['code']} {finding['message']}"


def test_github_escaping():
    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    assert unquote(escape_property("dir,1/x:y.txt")) == "dir,1/x:y.txt"
