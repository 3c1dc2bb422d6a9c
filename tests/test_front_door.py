"""The everyday commands as a new user meets them: names, selectors, baselines, versions,
stable JUnit names and valid SARIF URIs. Each test failed before the fix it guards."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, SAMPLES, seed
from junitparser import JUnitXml

import auditlint
from auditlint.config import Config, ConfigError

EXE = [sys.executable, "-m", "auditlint.cli"]
DATA = Path(__file__).parent / "data"
BROKEN = "全年预算数 86.4 万元，全年执行数 96.4 万元，执行率 100%。\n"


def run(*args, cwd=None):
    return subprocess.run(
        [*EXE, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120
    )


# --- the distribution name ------------------------------------------------------------------


def test_distribution_name_is_ours_everywhere_it_is_installed_from():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    # `auditlint` on PyPI is another project; installing it gives a different command
    assert project["name"] == auditlint.DISTRIBUTION != "auditlint"
    assert project["scripts"]["auditlint"] == "auditlint.cli:main"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    installs = re.findall(r"pip install (\S+)", readme)
    assert installs, "the README says how to install"
    for target in installs:
        assert target.strip("'`").startswith(("-e", ".", auditlint.DISTRIBUTION)), target
    log = json.loads(run("check", "--no-cache", "-f", "sarif", seed("003")).stdout)
    uri = log["runs"][0]["tool"]["driver"]["informationUri"]
    assert uri == f"https://pypi.org/project/{auditlint.DISTRIBUTION}/"


def test_version_flag():
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"auditlint {auditlint.__version__} ({auditlint.DISTRIBUTION})"
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", auditlint.__version__)


def test_usage_error_names_the_argument_as_a_user_types_it():
    r = run("check")
    assert r.returncode == 2
    assert "Usage: auditlint check [OPTIONS] PATHS..." in r.stderr
    assert "{" not in r.stderr


# --- selectors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "named", "suggested"),
    [
        (["--select", "AL1O1"], "AL1O1", "AL101"),  # letter O for zero
        (["--select", "XX1"], "XX1", "auditlint rules"),
        (["--ignore", "AL9999"], "AL9999", "did you mean"),
        (["--select", "AL1,AL2O"], "AL2O", "AL20"),
    ],
)
def test_unknown_selector_is_a_usage_error_naming_the_closest(tmp_path, args, named, suggested):
    report = tmp_path / "r.txt"
    report.write_text(BROKEN, encoding="utf-8")
    r = run("check", "--no-cache", *args, report)
    assert r.returncode == 2, r.stdout
    assert f"`{named}`" in r.stderr and suggested in r.stderr
    assert "通过" not in r.stdout and "passed" not in r.stdout


def test_codes_are_case_insensitive_in_options_and_config(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(BROKEN, encoding="utf-8")
    r = run("check", "--no-cache", "-f", "json", "--select", "al1", report)
    assert r.returncode == 1
    assert {f["code"] for f in json.loads(r.stdout)} == {"AL101", "AL102"}
    (tmp_path / "auditlint.toml").write_text(
        'ignore = ["al102"]\n[severity]\nal101 = "info"\n', encoding="utf-8"
    )
    r = run("check", "--no-cache", "-f", "json", "--select", "AL1", "r.txt", cwd=tmp_path)
    found = json.loads(r.stdout)
    assert [(f["code"], f["severity"]) for f in found] == [("AL101", "info")]
    assert r.returncode == 0  # info is below the default --fail-on warning


@pytest.mark.parametrize(
    "toml",
    [
        'select = ["AL1O1"]\n',
        '[severity]\nAL2O1 = "info"\n',
        '[per-file-ignores]\n"old/*.txt" = ["AL7OO"]\n',
    ],
)
def test_unknown_code_in_config_names_the_file(tmp_path, toml):
    (tmp_path / "auditlint.toml").write_text(toml, encoding="utf-8")
    (tmp_path / "r.txt").write_text(BROKEN, encoding="utf-8")
    r = run("check", "--no-cache", "r.txt", cwd=tmp_path)
    assert r.returncode == 2
    assert "auditlint.toml" in r.stderr and "unknown rule code" in r.stderr


def test_validate_codes_accepts_prefixes_and_all():
    known = ["AL101", "AL102", "AL201"]
    Config(select=["al", "AL1", "al201"], ignore=["ALL"]).validate_codes(known)
    with pytest.raises(ConfigError, match="AL3"):
        Config(select=["AL3"]).validate_codes(known)


# --- messages carry the labels they compare ----------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_messages_tell_findings_apart_in_both_languages(lang):
    r = run("check", "--no-cache", "-f", "json", "--lang", lang, SAMPLES)
    found = json.loads(r.stdout)
    by_file: dict[str, list[str]] = {}
    for f in found:
        by_file.setdefault(f["path"], []).append(f["message"])
    for messages in by_file.values():
        assert len(messages) == len(set(messages)), messages
    totals = [
        f["message"] for f in found if f["code"] == "AL201" and "年度资金总额" in f["message"]
    ]
    assert any("年初预算数 86.4" in m for m in totals)
    assert any("全年预算数 86.4" in m for m in totals)


def test_update_baseline_speaks_the_language_of_the_run(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(BROKEN, encoding="utf-8")
    args = ("check", "--no-cache", "--baseline", tmp_path / "b.json", "--update-baseline", report)
    assert "已将 2 个问题记入基线" in run(*args).stderr
    assert "2 finding(s) written to" in run(*args, "--lang", "en").stderr


# --- baselines independent of how the path was typed ---------------------------------------


def test_baseline_matches_from_a_subfolder_and_by_absolute_path(tmp_path):
    project = tmp_path / "project"
    reports = project / "reports"
    reports.mkdir(parents=True)
    (project / "auditlint.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    shutil.copy(seed("003"), reports / "a.txt")
    baseline = project / "baseline.json"
    r = run(
        "check", "--no-cache", "--baseline", baseline, "--update-baseline", "reports", cwd=project
    )
    assert r.returncode == 0, r.stderr
    recorded = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert recorded and {e["path"] for e in recorded} == {"reports/a.txt"}

    for cwd, *target in [
        (project, "reports"),
        (reports, "."),
        (reports, "a.txt"),
        (project, (reports / "a.txt").resolve()),
        (tmp_path, (reports / "a.txt").resolve(), "--config", project / "auditlint.toml"),
    ]:
        r = run("check", "--no-cache", "-f", "json", "--baseline", baseline, *target, cwd=cwd)
        assert (r.returncode, json.loads(r.stdout)) == (0, []), (cwd, target)

    (reports / "a.txt").write_text(BROKEN + (reports / "a.txt").read_text("utf-8"), "utf-8")
    r = run("check", "--no-cache", "-f", "json", "--baseline", baseline, ".", cwd=reports)
    new = json.loads(r.stdout)
    assert r.returncode == 1 and {f["code"] for f in new} == {"AL101", "AL102"}


def test_fingerprint_in_json_does_not_depend_on_the_working_directory(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'reports'\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "r.txt").write_text(BROKEN, encoding="utf-8")
    top = json.loads(run("check", "--no-cache", "-f", "json", "sub/r.txt", cwd=tmp_path).stdout)
    inner = json.loads(
        run("check", "--no-cache", "-f", "json", "r.txt", cwd=tmp_path / "sub").stdout
    )
    assert [f["path"] for f in top] != [f["path"] for f in inner]
    assert [f["fingerprint"] for f in top] == [f["fingerprint"] for f in inner]


# --- JUnit names stable, SARIF URIs valid ---------------------------------------------------


def _case_names(report: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / "j.xml"
    run("check", "--no-cache", "-f", "junit", "-o", out, report)
    return [case.name for suite in JUnitXml.fromfile(str(out)) for case in suite]


def test_junit_case_names_survive_lines_added_above_and_stay_unique(tmp_path):
    report = tmp_path / "r.txt"
    text = seed("003").read_text(encoding="utf-8")
    report.write_text(text, encoding="utf-8")
    before = _case_names(report, tmp_path)
    report.write_text("一段新加的说明。\n\n" + text, encoding="utf-8")
    after = _case_names(report, tmp_path)
    assert before == after and len(before) > 3
    assert len(set(before)) == len(before)
    assert not any(re.search(r"\(\d+:\d+\)", name) for name in before)


def test_junit_case_names_unique_when_the_same_finding_repeats(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(BROKEN + "\n说明。\n\n" + BROKEN, encoding="utf-8")
    names = _case_names(report, tmp_path)
    assert len(names) == len(set(names)) >= 2


@pytest.mark.parametrize("name", ["报告 #1.txt", "a b%20c.txt", "年度:自评?.txt"])
def test_sarif_uris_are_percent_encoded_and_valid(tmp_path, name):
    (tmp_path / name).write_text(BROKEN, encoding="utf-8")
    log = json.loads(run("check", "--no-cache", "-f", "sarif", name, cwd=tmp_path).stdout)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    (sarif_run,) = log["runs"]
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif_run["results"]
    ]
    assert uris and all(uri == uris[0] for uri in uris)
    # resolved against the base, the URI names the very file
    base = sarif_run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    from urllib.parse import unquote, urljoin, urlparse

    resolved = urlparse(urljoin(base, uris[0]))
    assert not resolved.fragment and not resolved.query
    assert Path(unquote(resolved.path)).resolve() == (tmp_path / name).resolve()
    assert sarif_run["artifacts"][0]["location"]["uri"] == uris[0]


def test_sarif_of_the_samples_validates_against_the_official_schema():
    log = json.loads(run("check", "--no-cache", "-f", "sarif", SAMPLES).stdout)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    assert len(log["runs"][0]["results"]) >= 13


# --- the README stands alone; speed is measured on real reports ----------------------------


def test_readme_speaks_only_of_what_is_in_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme
    for path in re.findall(r"`((?:benchmarks|tests|sample_reports|checks|src)/[\w./-]+)`", readme):
        assert (ROOT / path).exists(), path


def test_speed_benchmark_times_real_reports_and_names_generated_ones_as_scaling(tmp_path):
    folder = tmp_path / "real"
    folder.mkdir()
    shutil.copy(seed("000"), folder / "a.txt")
    shutil.copy(seed("003"), folder / "b.txt")
    r = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "speed.py"),
            folder,
            "--copies",
            "10",
            "--repeat",
            "1",
            "--scaling",
            "10",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert any(line.startswith("real reports (the seeds, copied): 10 reports:") for line in lines)
    assert any(line.startswith(f"real reports ({folder}): 2 reports:") for line in lines)
    assert any(line.startswith("generated reports (scaling only): 10 reports:") for line in lines)
