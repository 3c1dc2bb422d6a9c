"""What a CI gate and a pre-commit hook rely on: baseline, cache, parallel runs, quiet
output, the Python API, and the real pre-commit tool running the hook."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SAMPLES, seed

import auditlint
import auditlint.runner as runner
from auditlint.cache import open_cache
from auditlint.config import Config

EXE = [sys.executable, "-m", "auditlint.cli", "check"]

BAD = "二、预算执行\n全年预算数 86.4 万元，全年执行数 96.4 万元，执行率 111.6%。\n"
SECOND_ERROR = "项目资金 50 万元，其中：设备购置 30 万元，培训 25 万元。\n"


def run(*args, cwd):
    return subprocess.run(
        [*EXE, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_baseline_accepts_recorded_findings_and_fails_on_new_ones(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(BAD, encoding="utf-8")
    base = tmp_path / "baseline.json"

    r = run("r.txt", "--baseline", base, "--update-baseline", cwd=tmp_path)
    assert r.returncode == 0
    recorded = json.loads(base.read_text(encoding="utf-8"))["findings"]
    assert [e["code"] for e in recorded] == ["AL101"]

    assert run("r.txt", "--baseline", base, "-q", cwd=tmp_path).returncode == 0

    report.write_text("一、概况\n\n本年度新增说明。\n" + BAD, encoding="utf-8")
    r = run("r.txt", "--baseline", base, "-f", "json", cwd=tmp_path)
    assert r.returncode == 0 and json.loads(r.stdout) == []

    report.write_text("一、概况\n\n" + BAD + SECOND_ERROR, encoding="utf-8")
    r = run("r.txt", "--baseline", base, "-f", "json", cwd=tmp_path)
    assert r.returncode == 1
    assert [(f["code"], f["line"]) for f in json.loads(r.stdout)] == [("AL201", 5)]

    # the old error fixed: updating drops it from the baseline
    report.write_text("一、概况\n\n" + SECOND_ERROR, encoding="utf-8")
    run("r.txt", "--baseline", base, "--update-baseline", cwd=tmp_path)
    assert [e["code"] for e in json.loads(base.read_text())["findings"]] == ["AL201"]


def test_baseline_that_is_not_json_is_a_usage_error(tmp_path):
    (tmp_path / "r.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    r = run("r.txt", "--baseline", "b.json", cwd=tmp_path)
    assert r.returncode == 2 and "baseline" in r.stderr
    assert run("r.txt", "--update-baseline", cwd=tmp_path).returncode == 2


def test_second_run_reads_the_cache_and_does_no_extraction(tmp_path, monkeypatch):
    files = [shutil.copy(seed(p), tmp_path) for p in ("000", "003", "004")]
    config = Config()
    cache = open_cache(config, tmp_path / "cache")
    first = runner.lint(files, config, cache=cache)
    assert len(first) == 11

    calls = []
    real_extract = runner.extract

    def counting_extract(*args, **kwargs):
        calls.append(args[0].path)
        return real_extract(*args, **kwargs)

    monkeypatch.setattr(runner, "extract", counting_extract)
    second = runner.lint(files, config, cache=cache)
    assert calls == []
    assert [f.to_dict() for f in second] == [f.to_dict() for f in first]
    assert [f.source for f in second] == [f.source for f in first]

    # an edited file is extracted again; other settings are a different cache entry
    Path(files[0]).write_text(Path(files[0]).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    runner.lint(files, config, cache=cache)
    assert calls == [Path(files[0]).as_posix()]
    other = Config(ignore=["AL7"])
    runner.lint(files[1:2], other, cache=open_cache(other, tmp_path / "cache"))
    assert calls[1:] == [Path(files[1]).as_posix()]


def test_cli_cache_directory_and_no_cache(tmp_path):
    shutil.copy(seed("003"), tmp_path / "r.txt")
    first = run("r.txt", "-f", "json", cwd=tmp_path)
    assert (tmp_path / ".auditlint_cache" / ".gitignore").is_file()
    assert run("r.txt", "-f", "json", cwd=tmp_path).stdout == first.stdout
    run("r.txt", "--no-cache", "--cache-dir", "elsewhere", cwd=tmp_path)
    assert not (tmp_path / "elsewhere").exists()


def test_jobs_give_the_same_output_in_the_same_order(tmp_path):
    args = (
        "-f",
        "json",
        "--no-cache",
        SAMPLES,
        *sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))[:20],
    )
    one = run(*args, "--jobs", "1", cwd=tmp_path)
    two = run(*args, "--jobs", "2", cwd=tmp_path)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert len(json.loads(one.stdout)) >= 12


def test_quiet_prints_nothing_when_clean_and_findings_only_otherwise(tmp_path):
    clean = run(SAMPLES / "fixed", "-q", cwd=tmp_path)
    assert clean.returncode == 0 and clean.stdout == ""
    noisy = run(seed("004"), "-q", "--no-color", cwd=tmp_path)
    assert noisy.returncode == 1
    assert "AL702" in noisy.stdout and "1 finding" not in noisy.stdout and "共" not in noisy.stdout


def test_statistics_counts_per_rule(tmp_path):
    r = run(seed("003"), "-f", "concise", "--statistics", cwd=tmp_path)
    assert r.stdout.splitlines()[:2] == [
        "    3  AL201  parts-total-mismatch",
        "    1  AL101  execution-over-budget",
    ]
    assert len(r.stdout.splitlines()) == 7


def test_python_api_returns_findings(tmp_path):
    result = auditlint.lint(seed("003"), Config(select=["AL1"]))
    assert [(f.code, f.line, f.values) for f in result] == [
        ("AL101", 115, [86.4, 96.4]),
        ("AL102", 117, [86.4, 96.4, 100]),
    ]
    config_file = tmp_path / "auditlint.toml"
    config_file.write_text('ignore = ["AL1", "AL2", "AL4", "AL7"]\n', encoding="utf-8")
    assert [f.code for f in auditlint.lint([seed("003")], config_file)] == ["AL301"]


def _git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_pre_commit_hook_end_to_end(tmp_path):
    """The real pre-commit tool installs the hook from this repository and runs it."""
    work = tmp_path / "reports"
    work.mkdir()
    _git("init", "-q", cwd=work)
    (work / "bad.txt").write_text(BAD, encoding="utf-8")
    shutil.copy(SAMPLES / "fixed" / seed("003").name, work / "good.txt")
    _git("add", ".", cwd=work)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    pre_commit = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "auditlint"]

    def hook(name: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*pre_commit, "--files", name], cwd=work, env=env, capture_output=True, text=True
        )

    bad = hook("bad.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "AL101" in bad.stdout
    good = hook("good.txt")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout


def test_progress_bar_only_on_a_terminal_for_long_runs(monkeypatch):
    from rich.console import Console

    from auditlint.progress import MIN_FILES, progress_for

    with progress_for(500) as advance:  # pytest's stderr is not a terminal
        assert advance is None
    monkeypatch.setattr(Console, "is_terminal", property(lambda self: True))
    monkeypatch.setenv("TTY_INTERACTIVE", "1")  # as a terminal would let rich decide
    monkeypatch.delenv("CI", raising=False)
    with progress_for(MIN_FILES - 1) as advance:
        assert advance is None
    with progress_for(MIN_FILES) as advance:
        assert callable(advance)
        advance(None)
    monkeypatch.setenv("CI", "true")
    with progress_for(500) as advance:
        assert advance is None
