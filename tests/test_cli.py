"""The command line as users and CI see it: output contract, exit codes, plugins."""

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import SAMPLES, seed

EXE = [sys.executable, "-m", "auditlint.cli"]

PLUGIN = '''
from auditlint.api import check

@check(code="X901", name="big-staff", severity="warning")
def big_staff(ctx):
    """Staff counts above 60.

    ## What it does
    Flags 人 counts above 60.
    """
    for f in ctx.facts:
        if f.unit == "人" and f.value > 60:
            yield ctx.finding(f, f"人数 {f.text} 超过 60", f"{f.text} people is over 60", values=[f])
'''


def run(*args, cwd=None, env=None):
    return subprocess.run(
        [*EXE, *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_json_contract_and_exit_status_1():
    r = run("check", "--output-format", "json", seed("003"))
    assert r.returncode == 1
    findings = json.loads(r.stdout)
    first = next(f for f in findings if f["code"] == "AL101")
    assert {k: first[k] for k in ("code", "severity", "line", "column", "values")} == {
        "code": "AL101",
        "severity": "error",
        "line": 115,
        "column": 2,
        "values": [86.4, 96.4],
    }
    for f in findings:
        assert set(f) >= {
            "code",
            "name",
            "severity",
            "message",
            "path",
            "line",
            "column",
            "end_line",
            "end_column",
            "values",
        }
        assert f["line"] <= f["end_line"]


def test_clean_reports_exit_0_and_english_messages():
    r = run("check", "--lang", "en", SAMPLES / "fixed")
    assert r.returncode == 0, r.stdout
    assert "All checks passed" in r.stdout
    r = run("check", "-f", "concise", "--lang", "en", seed("003"))
    assert (
        "execution 年度资金总额:全年执行数 96.4 exceeds budget 年度资金总额:全年预算数 86.4"
        in r.stdout
    )


def test_bad_files_are_findings_and_the_run_goes_on(tmp_path):
    (tmp_path / "a_junk.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "b_empty.txt").write_bytes(b"")
    good = tmp_path / "c_report.txt"
    good.write_text("全年预算数10.00万元，执行数12.00万元。\n", encoding="utf-8")
    r = run("check", "-f", "json", tmp_path, tmp_path / "gone.txt")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert [(Path(f["path"]).name, f["code"]) for f in json.loads(r.stdout)] == [
        ("a_junk.txt", "AL002"),
        ("b_empty.txt", "AL003"),
        ("c_report.txt", "AL101"),
        ("gone.txt", "AL001"),
    ]
    assert good.read_text(encoding="utf-8").startswith("全年预算数")  # never written


def test_fail_on_exit_zero_and_bad_config(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("1.一\n2.二\n2.三\n", encoding="utf-8")  # a warning only
    assert run("check", report, "--fail-on", "error").returncode == 0
    assert run("check", report).returncode == 1
    assert run("check", report, "--exit-zero").returncode == 0
    bad = tmp_path / "auditlint.toml"
    bad.write_text('selekt = ["AL1"]\n', encoding="utf-8")
    r = run("check", report, "--config", bad)
    assert r.returncode == 2 and "unknown setting" in r.stderr


def test_config_select_ignore_severity_and_per_file(tmp_path):
    (tmp_path / "auditlint.toml").write_text(
        '[severity]\nAL702 = "error"\n[per-file-ignores]\n"old_*.txt" = ["AL7"]\n',
        encoding="utf-8",
    )
    (tmp_path / "new.txt").write_text("1.一\n3.三\n", encoding="utf-8")
    (tmp_path / "old_a.txt").write_text("1.一\n3.三\n", encoding="utf-8")
    r = run("check", "-f", "json", ".", cwd=tmp_path)
    found = json.loads(r.stdout)
    assert [(Path(f["path"]).name, f["code"], f["severity"]) for f in found] == [
        ("new.txt", "AL702", "error")
    ]


def test_rules_and_rule_docs():
    r = run("rules")
    assert r.returncode == 0 and "AL201" in r.stdout and "AL001" in r.stdout
    r = run("rule", "AL201")
    assert "## Why is this bad?" in r.stdout and "## Example" in r.stdout
    assert run("rule", "AL999").returncode == 2


def test_extract_json_shows_facts_relations_tables():
    r = run("extract", "--format", "json", seed("001"))
    data = json.loads(r.stdout)
    assert data["tables"][0]["layout"] == "tab"
    assert any(rel["kind"] == "balance" for rel in data["relations"])
    assert any(f["text"] == "117,897.50" and f["line"] == 8 for f in data["facts"])


def test_user_checks_directory_from_config(tmp_path):
    checks = tmp_path / "my_checks"
    checks.mkdir()
    (checks / "staff.py").write_text(PLUGIN, encoding="utf-8")
    (tmp_path / "auditlint.toml").write_text('checks-dirs = ["my_checks"]\n', encoding="utf-8")
    (tmp_path / "r.txt").write_text("全局干部职工69人。\n", encoding="utf-8")
    r = run("check", "-f", "json", "r.txt", cwd=tmp_path)
    assert [(f["code"], f["values"]) for f in json.loads(r.stdout)] == [("X901", [69])]


def test_user_checks_by_entry_point(tmp_path):
    site = tmp_path / "site"
    (site / "staffplugin-0.1.dist-info").mkdir(parents=True)
    (site / "staffplugin.py").write_text(PLUGIN, encoding="utf-8")
    (site / "staffplugin-0.1.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: staffplugin\nVersion: 0.1\n", encoding="utf-8"
    )
    (site / "staffplugin-0.1.dist-info" / "entry_points.txt").write_text(
        "[auditlint.checks]\nstaff = staffplugin\n", encoding="utf-8"
    )
    report = tmp_path / "r.txt"
    report.write_text("全局干部职工69人。\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(site)}
    r = run("check", "-f", "json", report, env=env)
    assert [(f["code"], f["values"]) for f in json.loads(r.stdout)] == [("X901", [69])]
